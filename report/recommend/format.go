package recommend

import (
	"strings"
	"time"
	"unicode/utf8"

	loc "github.com/socialaudit/socialaudit/report/internal/locale"
)

// locale is the shared formatting of the report's language, with the
// helpers the recommendation views need on top of it.
type locale struct{ *loc.Locale }

// locales are the supported languages; a language is supported when it has
// a locale in report/internal/locale and its markdown files in templates.
var locales = map[string]*locale{"en": {loc.English}}

// number is a count with its formatted text; templates print the text and
// hand the value to plural.
type number struct {
	N    int64
	text string
}

// String returns the formatted count.
func (n number) String() string { return n.text }

// num formats a count: 1,234.
func (l *locale) num(n int64) number { return number{N: n, text: l.Int(n)} }

// pctOf formats a rate, or "" when it is nil.
func (l *locale) pctOf(f *float64) string {
	if f == nil {
		return ""
	}
	return l.Pct(*f)
}

// pctThreshold formats a threshold without a needless decimal: 65 %, 12.5 %.
func (l *locale) pctThreshold(f float64) string { return l.Short(f*100) + l.Percent }

// durationOf formats d, or "" when it is nil.
func (l *locale) durationOf(d *time.Duration) string {
	if d == nil {
		return ""
	}
	return l.Duration(*d)
}

// asciiPunct is every ASCII punctuation character; CommonMark lets each be
// backslash-escaped, and escaping them all leaves a user string no way to
// open emphasis, a link, an autolink, an entity, a heading, a list, a table
// cell or raw HTML.
const asciiPunct = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"

// escapeMarkdown makes a user string (a platform, account or brand name, a
// comment text) render as literal text inline in markdown: ASCII
// punctuation is backslash-escaped, and line breaks, tabs and runs of
// spaces become one space so the string cannot start a block of its own.
// Other control characters are dropped.
func escapeMarkdown(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v':
			space = true
			continue
		case r < 0x20 || r == 0x7f || r == utf8.RuneError:
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		if r < utf8.RuneSelf && strings.ContainsRune(asciiPunct, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// truncate shortens a quoted comment to n runes (the shared rule).
var truncate = loc.Truncate
