package anonymize

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ambiguous is written for a mention that names two pseudonymised authors
// of the same platform (two people called "Jane Doe"): either pseudonym
// would be a guess.
const ambiguous = "commenter"

// mentions finds the pseudonymised authors' handles and full names in
// comment texts. Mentions are per platform: "@jane" on X is an X user.
type mentions struct {
	// handles maps platform \x00 normal(handle) to its pseudonym, or to
	// ambiguous.
	handles map[string]string
	// full maps platform \x00 the lower-case name, words joined by one
	// space, to its pseudonym, or to ambiguous.
	full map[string]string
	// kept are the brand's names and ids (normal), never replaced.
	kept map[string]bool
	// index lists, per platform \x00 lower-case first word, the full names
	// that begin with it, the longest first; built on first use.
	index map[string][]fullName
}

// fullName is a name of two words or more and its replacement.
type fullName struct {
	words       []string
	replacement string
}

func newMentions() *mentions {
	return &mentions{handles: map[string]string{}, full: map[string]string{}, kept: map[string]bool{}}
}

// add records a name or id of a pseudonymised author: a single word is a
// handle, replaced after "@"; a name of several words is also replaced
// where it is written out.
func (m *mentions) add(platform, name, pseudonym string) {
	words := strings.Fields(strings.TrimPrefix(strings.TrimSpace(name), "@"))
	switch len(words) {
	case 0:
		return
	case 1:
		setOnce(m.handles, platform+"\x00"+normal(words[0]), pseudonym)
	default:
		setOnce(m.full, platform+"\x00"+strings.ToLower(strings.Join(words, " ")), pseudonym)
	}
}

// setOnce maps k to v, or to ambiguous when k already maps to another value.
func setOnce(m map[string]string, k, v string) {
	if old, ok := m[k]; ok && old != v {
		v = ambiguous
	}
	m[k] = v
}

// keep marks a brand name or id, which stays as written even where a
// commenter shares it.
func (m *mentions) keep(name string) {
	if k := strings.Join(strings.Fields(normal(name)), " "); k != "" {
		m.kept[k] = true
	}
}

// buildIndex indexes the full names by their first word, in a
// deterministic order: the most words first, then alphabetical.
func (m *mentions) buildIndex() {
	m.index = map[string][]fullName{}
	keys := make([]string, 0, len(m.full))
	for k := range m.full {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		platform, name, _ := strings.Cut(k, "\x00")
		if m.kept[name] {
			continue
		}
		words := strings.Split(name, " ")
		first := wordAt(name, 0)
		ik := platform + "\x00" + first
		m.index[ik] = append(m.index[ik], fullName{words: words, replacement: m.full[k]})
	}
	for _, list := range m.index {
		sort.SliceStable(list, func(i, j int) bool { return len(list[i].words) > len(list[j].words) })
	}
}

// replace returns text with the mentions of pseudonymised authors of the
// platform replaced, and how many it replaced.
func (m *mentions) replace(platform, text string) (string, int) {
	if m.index == nil {
		m.buildIndex()
	}
	var b strings.Builder
	done, n := 0, 0 // text[:done] is in b (when n > 0)
	prevWord := false
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if prevWord {
			prevWord = isWord(r)
			i += size
			continue
		}
		at := r == '@'
		start := i
		if at {
			start = i + 1
		}
		end, with := m.match(platform, text, start, at)
		if end < 0 {
			prevWord = isWord(r)
			i += size
			continue
		}
		b.WriteString(text[done:i])
		if at {
			b.WriteByte('@')
		}
		b.WriteString(with)
		done, i, n = end, end, n+1
		prevWord = true
	}
	if n == 0 {
		return text, 0
	}
	b.WriteString(text[done:])
	return b.String(), n
}

// match looks for a mention starting at text[i]: a full name of the
// platform, or after "@" a handle. It returns the end of the mention and
// its replacement, or -1.
func (m *mentions) match(platform, text string, i int, at bool) (int, string) {
	first := wordAt(text, i)
	if first == "" {
		return -1, ""
	}
	for _, fn := range m.index[platform+"\x00"+first] {
		if end := matchWords(text, i, fn.words); end >= 0 {
			return end, fn.replacement
		}
	}
	if !at {
		return -1, ""
	}
	// A handle: word characters and inner dots (Instagram's jane.doe).
	end := i
	for end < len(text) {
		r, size := utf8.DecodeRuneInString(text[end:])
		if !isWord(r) && r != '.' {
			break
		}
		end += size
	}
	for end > i && text[end-1] == '.' {
		end--
	}
	h := normal(text[i:end])
	if m.kept[h] {
		return -1, ""
	}
	if p, ok := m.handles[platform+"\x00"+h]; ok {
		return end, p
	}
	return -1, ""
}

// wordAt returns the lower-case run of word characters at text[i].
func wordAt(text string, i int) string {
	end := i
	for end < len(text) {
		r, size := utf8.DecodeRuneInString(text[end:])
		if !isWord(r) {
			break
		}
		end += size
	}
	return strings.ToLower(text[i:end])
}

// matchWords reports where the words, separated by white space, end when
// text[i:] begins with them (ignoring case) and a word ends there; -1 when
// it does not.
func matchWords(text string, i int, words []string) int {
	pos := i
	for wi, w := range words {
		if len(text)-pos < len(w) || !strings.EqualFold(text[pos:pos+len(w)], w) {
			return -1
		}
		pos += len(w)
		if wi == len(words)-1 {
			break
		}
		sp := pos
		for pos < len(text) {
			r, size := utf8.DecodeRuneInString(text[pos:])
			if !unicode.IsSpace(r) {
				break
			}
			pos += size
		}
		if pos == sp {
			return -1
		}
	}
	if pos < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[pos:]); isWord(r) {
			return -1
		}
	}
	return pos
}

// isWord reports whether r can be part of a name or handle.
func isWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}
