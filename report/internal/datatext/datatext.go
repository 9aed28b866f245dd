// Package datatext puts into the report's language what the importers
// write in English: the names of the formats, the notes on how each file
// was read, and the reasons rows were rejected.
//
// Package analyze words them in English, with fmt formats such as
//
//	"duplicate of the comment at line %d"
//
// and keeps only the resulting text. Rather than carry message keys
// through every importer, this package holds the French of each English
// format and recognises the format in the finished text: each format is
// turned into a pattern (%d matches a whole number, %q a Go-quoted string,
// %s and %v any text, and %n, which only the catalogue uses, a name the
// user chose, kept as it is), and the text a pattern matches is rewritten with the
// French format. Text captured by %s or %v is itself translated, so a
// fragment built by an importer's helper ("3 rows", "day first (dmy)", an
// error such as "month out of range") is French too.
//
// The tests keep the catalogue complete: every format literal given to
// Note and Rejectf in package analyze must have its French, and every note
// and reason of the importers' golden files must translate entirely.
package datatext

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// In returns s in the language lang: s itself for English (and any
// language but French), its French when the catalogue knows it, else s
// unchanged.
func In(lang, s string) string {
	if lang != "fr" || s == "" {
		return s
	}
	return translate(s, 0)
}

// Known reports whether s is entirely covered by the catalogue: a pattern
// matches it, and every %s or %v part is itself known or carries no words
// (a file name, a zone, a number). The tests use it.
func Known(s string) bool {
	_, ok := lookup(s, 0)
	return ok
}

// pattern is one compiled catalogue entry.
type pattern struct {
	en, fr string
	re     *regexp.Regexp
	verbs  []byte // the verb of each capture, in order: 'd', 'q', 's', 'v' or 'n'
	lit    int    // the number of literal characters: more specific first
}

var patterns = compile(french)

// compile turns the catalogue into patterns, the most specific first.
func compile(cat map[string]string) []pattern {
	ps := make([]pattern, 0, len(cat))
	for en, fr := range cat {
		var b strings.Builder
		var verbs []byte
		lit := 0
		b.WriteString("^")
		for i := 0; i < len(en); i++ {
			c := en[i]
			if c != '%' || i+1 == len(en) {
				b.WriteString(regexp.QuoteMeta(string(c)))
				lit++
				continue
			}
			i++
			switch en[i] {
			case 'd':
				b.WriteString(`(-?[0-9]+)`)
			case 'q':
				b.WriteString(`("(?:[^"\\]|\\.)*")`)
			case 's', 'v', 'n':
				b.WriteString(`(.*?)`)
			case '%':
				b.WriteString("%")
				lit++
				continue
			default:
				panic("datatext: unsupported verb in " + strconv.Quote(en))
			}
			verbs = append(verbs, en[i])
		}
		b.WriteString("$")
		ps = append(ps, pattern{en: en, fr: typography(fr), re: regexp.MustCompile(b.String()), verbs: verbs, lit: lit})
	}
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].lit != ps[j].lit {
			return ps[i].lit > ps[j].lit
		}
		return ps[i].en < ps[j].en
	})
	return ps
}

// typography puts the no-break space French wants before : ; ? ! and
// inside « », and the typographic apostrophe the pages use. The catalogue
// is written with plain spaces and straight apostrophes for legibility.
func typography(s string) string {
	return strings.NewReplacer(" :", "\u00a0:", " ;", "\u00a0;", " ?", "\u00a0?", " !", "\u00a0!",
		"« ", "«\u00a0", " »", "\u00a0»", "'", "’").Replace(s)
}

// maxDepth bounds the translation of captured fragments inside fragments.
const maxDepth = 4

// translate returns the French of s, or s when no pattern matches.
func translate(s string, depth int) string {
	out, _ := lookup(s, depth)
	return out
}

// lookup translates s and says whether all of it was known.
func lookup(s string, depth int) (string, bool) {
	if depth > maxDepth {
		return s, !hasWords(s)
	}
	for _, p := range patterns {
		m := p.re.FindStringSubmatch(s)
		if m == nil {
			continue
		}
		args := make([]string, len(p.verbs))
		known := true
		for i, v := range p.verbs {
			a := m[i+1]
			switch v {
			case 's', 'v':
				t, ok := lookup(a, depth+1)
				a, known = t, known && ok
			case 'q':
				a = guillemets(a)
			}
			args[i] = a
		}
		return fill(p.fr, args), known
	}
	return s, !hasWords(s)
}

// fill writes args into a French format in order; %[n]x takes the n-th.
func fill(format string, args []string) string {
	var b strings.Builder
	next := 0
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 == len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		if format[i] == '%' {
			b.WriteByte('%')
			continue
		}
		n := next
		if format[i] == '[' {
			end := strings.IndexByte(format[i:], ']')
			k, _ := strconv.Atoi(format[i+1 : i+end])
			n = k - 1
			i += end + 1
		}
		if n >= 0 && n < len(args) {
			b.WriteString(args[n])
		}
		next = n + 1
	}
	return b.String()
}

// guillemets turns a Go-quoted string into « text », the French quotes.
// A string that does not unquote (it always does) is kept as it is.
func guillemets(q string) string {
	s, err := strconv.Unquote(q)
	if err != nil {
		return q
	}
	return "«\u00a0" + s + "\u00a0»"
}

// words finds runs of three or more letters: a fragment without any (a
// number, "UTC-05:00", "x1") needs no translation.
var words = regexp.MustCompile(`[A-Za-z]{3,}`)

// hasWords reports whether s holds something a reader would call a word,
// other than names: zone names (Europe/Paris), file names (posts.csv) and
// identifiers with digits or underscores are not words.
func hasWords(s string) bool {
	for _, f := range strings.Fields(s) {
		f = strings.Trim(f, `,;:()"'`)
		if strings.ContainsAny(f, "/._0123456789-") || f == "UTC" {
			continue
		}
		if words.MatchString(f) {
			return true
		}
	}
	return false
}
