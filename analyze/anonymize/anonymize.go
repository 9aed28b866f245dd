// Package anonymize replaces the commenters of a dataset by stable
// pseudonyms before it is analysed, so that a report shared beyond the
// client names nobody: every page and file made from the dataset only ever
// sees the pseudonyms.
//
// Apply replaces, for every comment that the brand did not write (by
// analyze.IsBrandAuthor, the rule analyze.Run uses):
//
//   - the author's id and name, by one pseudonym per author: the same
//     platform and author id (or, without an id, the same name) always gets
//     the same pseudonym;
//   - in every comment text (the brand's replies included), the mentions of
//     those authors: "@handle" where handle is one of their names or ids,
//     and their full names of two words or more written out ("Jane Doe");
//   - the ids of all comments and the parent ids that point at them, since
//     a comment id is a link to the comment, and so to its author, on most
//     platforms (facebook.com/ID, x.com/i/status/ID). Ids are replaced one
//     for one, so every reply still finds the comment it answers and every
//     figure is the same as without anonymization.
//   - in a reply, the words of the name of the author it answers ("Hi
//     Jane" under Jane Doe's comment): the words analyze.NormalizeReply
//     masks, so that canned replies are counted the same.
//
// It does not touch what the brand wrote under its own name, nor:
//
//   - post texts and post links (the brand's own publications);
//   - names written in free text that are neither an @handle, the full
//     name of a known author, nor a word of the name of the author a reply
//     answers ("Jane" in a reply to someone else), nor people who never
//     commented;
//   - the ids of posts, and the cells quoted in the reasons of rejected
//     rows (the data page lists them as read).
//
// Without a key, pseudonyms are numbered in order of first appearance
// (comments sorted by time, platform and id): commenter-0001,
// commenter-0002... With a key, they are derived from HMAC-SHA256 of the
// author's platform and id under the key, so that the same person gets the
// same pseudonym in every report made with the same key (quarter after
// quarter), and nobody without the key can tell who it is.
package anonymize

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/socialaudit/socialaudit/analyze"
)

// Stats says what Apply replaced.
type Stats struct {
	// Keyed is true when the pseudonyms were derived from a key, false when
	// they were numbered.
	Keyed bool
	// Authors counts the distinct commenters given a pseudonym.
	Authors int
	// Comments counts the comments whose author was replaced.
	Comments int
	// IDs counts the distinct comment ids replaced (comments, and the
	// parents they point at).
	IDs int
	// Mentions counts the mentions of pseudonymised commenters replaced in
	// comment texts.
	Mentions int
}

// Pseudonym prefixes. A numbered pseudonym has at least four digits; a
// keyed one has keyedAuthorHex hexadecimal digits, or all 64 when two
// authors would share the short form.
const (
	authorPrefix   = "commenter-"
	commentPrefix  = "comment-"
	keyedAuthorHex = 10
	keyedIDHex     = 16
)

// Apply pseudonymises the commenters of ds in place, deciding who is the
// brand as analyze.Run does with the same opts, and returns what it
// replaced. With an empty key the pseudonyms are numbered; with a key they
// are derived from it. It reads nothing but its arguments: the same dataset,
// options and key always give the same pseudonyms.
func Apply(ds *analyze.Dataset, opts analyze.Options, key string) Stats {
	st := Stats{Keyed: key != ""}
	if ds == nil {
		return st
	}
	a := newAssigner(key)

	// First appearance: comments by time, platform and id; the input order
	// breaks the remaining ties (it is deterministic too).
	order := make([]int, len(ds.Comments))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		x, y := &ds.Comments[order[i]], &ds.Comments[order[j]]
		if !x.Created.Equal(y.Created) {
			return x.Created.Before(y.Created)
		}
		if x.Platform != y.Platform {
			return x.Platform < y.Platform
		}
		return x.ID < y.ID
	})

	// Brand accounts keep their names, and no pseudonym may take one.
	brand := make([]bool, len(ds.Comments))
	for _, b := range opts.Brand {
		a.reserve(b)
	}
	isBrand := analyze.NewBrandMatcher(opts)
	for i := range ds.Comments {
		c := &ds.Comments[i]
		if brand[i] = isBrand.Is(c); brand[i] {
			a.reserve(c.AuthorID)
			a.reserve(c.AuthorName)
		}
	}

	// Where each comment is, by its original id, and its author's name as
	// written, for the replies that name the author they answer.
	byID := make(map[string]int, len(ds.Comments))
	written := make([]string, len(ds.Comments))
	for i := range ds.Comments {
		c := &ds.Comments[i]
		byID[c.Platform+"\x00"+c.ID] = i
		written[i] = c.AuthorName
	}

	// Authors, in order of first appearance.
	names := newMentions()
	for _, i := range order {
		c := &ds.Comments[i]
		if brand[i] || c.AuthorWithheld || strings.TrimSpace(c.AuthorID)+strings.TrimSpace(c.AuthorName) == "" {
			continue
		}
		p := a.author(c)
		names.add(c.Platform, c.AuthorID, p)
		names.add(c.Platform, c.AuthorName, p)
		if c.AuthorID != "" {
			c.AuthorID = p
		}
		if c.AuthorName != "" {
			c.AuthorName = p
		}
		st.Comments++
	}
	for _, b := range opts.Brand {
		names.keep(b)
	}
	for i := range ds.Comments {
		if brand[i] {
			names.keep(ds.Comments[i].AuthorID)
			names.keep(ds.Comments[i].AuthorName)
		}
	}

	// Comment ids, and mentions in every text.
	for _, i := range order {
		c := &ds.Comments[i]
		var n int
		c.Text, n = names.replace(c.Platform, c.Text)
		st.Mentions += n
		if j, ok := byID[c.Platform+"\x00"+c.ParentID]; ok && c.ParentID != "" && !brand[j] && written[j] != ds.Comments[j].AuthorName {
			c.Text, n = replaceNameWords(c.Text, analyze.NameWords(written[j]), ds.Comments[j].AuthorName)
			st.Mentions += n
		}
		c.ID = a.comment(c.Platform, c.ID)
		c.ParentID = a.comment(c.Platform, c.ParentID)
	}
	st.Authors = len(a.authors)
	st.IDs = len(a.ids)
	return st
}

// assigner hands out pseudonyms, one per author and one per comment id.
type assigner struct {
	key     []byte
	keyed   bool
	authors map[string]string // identity -> pseudonym
	ids     map[string]string // platform \x00 id -> pseudonym
	taken   map[string]bool   // lower-case pseudonyms and brand names
}

func newAssigner(key string) *assigner {
	return &assigner{
		key: []byte(key), keyed: key != "",
		authors: map[string]string{}, ids: map[string]string{}, taken: map[string]bool{},
	}
}

// reserve keeps a brand name or id from ever being a pseudonym, so that a
// pseudonymised author cannot become the brand's.
func (a *assigner) reserve(s string) {
	if k := normal(s); k != "" {
		a.taken[k] = true
	}
}

// normal is how names are compared, as analyze compares brand accounts:
// trimmed, lower-case, without a leading "@".
func normal(s string) string {
	return strings.ToLower(strings.TrimPrefix(strings.TrimSpace(s), "@"))
}

// identity is who wrote c: the platform and the author id, or without an id
// the platform and the name.
func identity(c *analyze.Comment) (ident, hmacInput string) {
	if id := strings.TrimSpace(c.AuthorID); id != "" {
		return c.Platform + "\x00id\x00" + id, c.Platform + "\x00" + id
	}
	name := normal(c.AuthorName)
	return c.Platform + "\x00name\x00" + name, c.Platform + "\x00\x00" + name
}

// author returns the pseudonym of c's author, giving one on first sight.
func (a *assigner) author(c *analyze.Comment) string {
	ident, input := identity(c)
	if p, ok := a.authors[ident]; ok {
		return p
	}
	var p string
	if a.keyed {
		p = a.unique(authorPrefix, a.digest(input), keyedAuthorHex)
	} else {
		p = a.unique(fmt.Sprintf("%s%04d", authorPrefix, len(a.authors)+1), "", 0)
	}
	a.authors[ident] = p
	return p
}

// comment returns the pseudonym of a comment id ("" stays "").
func (a *assigner) comment(platform, id string) string {
	if id == "" {
		return ""
	}
	k := platform + "\x00" + id
	if p, ok := a.ids[k]; ok {
		return p
	}
	var p string
	if a.keyed {
		p = a.unique(commentPrefix, a.digest("comment\x00"+k), keyedIDHex)
	} else {
		p = a.unique(fmt.Sprintf("%s%06d", commentPrefix, len(a.ids)+1), "", 0)
	}
	a.ids[k] = p
	return p
}

// digest is the hexadecimal HMAC-SHA256 of s under the key.
func (a *assigner) digest(s string) string {
	m := hmac.New(sha256.New, a.key)
	m.Write([]byte(s))
	return hex.EncodeToString(m.Sum(nil))
}

// unique returns prefix+digest[:short] (or prefix alone when digest is
// empty) unless it is taken, then the full digest, then a numbered suffix:
// two authors never share a pseudonym, and none is a brand's name.
func (a *assigner) unique(prefix, digest string, short int) string {
	cands := []string{prefix}
	if digest != "" {
		cands = []string{prefix + digest[:short], prefix + digest}
	}
	base := cands[len(cands)-1]
	for n := 2; ; n++ {
		for _, c := range cands {
			if !a.taken[c] {
				a.taken[c] = true
				return c
			}
		}
		cands = []string{fmt.Sprintf("%s-%d", base, n)}
	}
}

// replaceNameWords replaces, in text, every word (a run of letters) equal
// to one of words, ignoring case, by with; it returns the text and how
// many words it replaced.
func replaceNameWords(text string, words []string, with string) (string, int) {
	if len(words) == 0 {
		return text, 0
	}
	var b strings.Builder
	done, n := 0, 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if skip := unitAt(text, i); skip > 0 {
			i += skip
			continue
		}
		if !isLetter(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if !isLetter(r2) {
				break
			}
			j += n2
		}
		for _, w := range words {
			if strings.EqualFold(text[i:j], w) {
				b.WriteString(text[done:i])
				b.WriteString(with)
				done, n = j, n+1
				break
			}
		}
		i = j
	}
	if n == 0 {
		return text, 0
	}
	b.WriteString(text[done:])
	return b.String(), n
}

// isLetter: the letters and marks of a word, as analyze.NormalizeReply
// reads them (digits are not part of words).
func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }

// unitAt is the length of a link, an @handle or a signature ("^JK")
// starting at text[i], 0 for none: NormalizeReply reads each as a whole,
// never as words, so a name inside one is not a name word.
func unitAt(text string, i int) int {
	rest := text[i:]
	lower := strings.ToLower(rest[:min(len(rest), 8)])
	isURL := strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "www.")
	if !isURL && (len(rest) < 2 || rest[0] != '@' && rest[0] != '^') {
		return 0
	}
	j := 1
	if isURL {
		j = 0
	}
	for j < len(rest) {
		r, n := utf8.DecodeRuneInString(rest[j:])
		if unicode.IsSpace(r) || !isURL && !(isLetter(r) || unicode.IsDigit(r) || r == '_' || r == '.') {
			break
		}
		j += n
	}
	if j == 1 && !isURL {
		return 0
	}
	return j
}
