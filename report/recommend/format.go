package recommend

import (
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// locale formats numbers, durations and times for one language. Only
// symbols live here; every sentence is in the markdown files.
type locale struct {
	thousands, decimal string
	percent            string // between the number and nothing: " %"
	second, minute     string // unit symbols
	hour, day          string
	dateTime           string // time.Format layout
	// plural picks the form for n.
	plural func(n int64, one, other string) string
}

// locales are the supported languages; a language is supported when it has
// a locale here and its markdown files in the templates package.
var locales = map[string]*locale{
	"en": {
		thousands: ",",
		decimal:   ".",
		percent:   " %",
		second:    "s",
		minute:    "min",
		hour:      "h",
		day:       "d",
		dateTime:  "2006-01-02 15:04",
		plural: func(n int64, one, other string) string {
			if n == 1 {
				return one
			}
			return other
		},
	},
}

// number is a count with its formatted text; templates print the text and
// hand the value to plural.
type number struct {
	N    int64
	text string
}

// String returns the formatted count.
func (n number) String() string { return n.text }

// num formats a count: 1,234.
func (l *locale) num(n int64) number { return number{N: n, text: l.int(n)} }

// int groups the digits of n by thousands.
func (l *locale) int(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(l.thousands)
		}
		b.WriteRune(c)
	}
	return b.String()
}

// float formats f with prec decimals and grouped thousands: 1,234.5.
func (l *locale) float(f float64, prec int) string {
	s := strconv.FormatFloat(f, 'f', prec, 64)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	intPart, frac, _ := strings.Cut(s, ".")
	n, err := strconv.ParseInt(intPart, 10, 64)
	if err != nil { // beyond int64: leave ungrouped
		return strings.Replace(strconv.FormatFloat(f, 'f', prec, 64), ".", l.decimal, 1)
	}
	out := l.int(n)
	if frac != "" {
		out += l.decimal + frac
	}
	if neg && strings.ContainsAny(out, "123456789") { // no "-0.0"
		out = "-" + out
	}
	return out
}

// pct formats a measured rate (0.4234) with one decimal: 42.3 %.
func (l *locale) pct(f float64) string { return l.float(f*100, 1) + l.percent }

// pctOf formats a rate, or "" when it is nil.
func (l *locale) pctOf(f *float64) string {
	if f == nil {
		return ""
	}
	return l.pct(*f)
}

// pctThreshold formats a threshold without a needless decimal: 65 %, 12.5 %.
func (l *locale) pctThreshold(f float64) string { return l.short(f*100) + l.percent }

// short formats f with at most one decimal, dropping ".0": 2, 1.5.
func (l *locale) short(f float64) string {
	f = math.Round(f*10) / 10
	if f == math.Trunc(f) {
		return l.float(f, 0)
	}
	return l.float(f, 1)
}

// duration formats d for a reader: 40 s, 45 min, 3 h 12 min, 2 d 4 h.
// Below 48 hours it counts hours, so that an SLA of 24 h reads as such.
func (l *locale) duration(d time.Duration) string {
	if d < 0 {
		return "-" + l.duration(-d)
	}
	if d < time.Minute {
		return l.int(int64(d.Round(time.Second)/time.Second)) + " " + l.second
	}
	d = d.Round(time.Minute)
	if d < time.Hour {
		return l.int(int64(d/time.Minute)) + " " + l.minute
	}
	if d < 48*time.Hour {
		h, m := int64(d/time.Hour), int64(d%time.Hour/time.Minute)
		s := l.int(h) + " " + l.hour
		if m != 0 {
			s += " " + l.int(m) + " " + l.minute
		}
		return s
	}
	d = d.Round(time.Hour)
	days, h := int64(d/(24*time.Hour)), int64(d%(24*time.Hour)/time.Hour)
	s := l.int(days) + " " + l.day
	if h != 0 {
		s += " " + l.int(h) + " " + l.hour
	}
	return s
}

// durationOf formats d, or "" when it is nil.
func (l *locale) durationOf(d *time.Duration) string {
	if d == nil {
		return ""
	}
	return l.duration(*d)
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

// truncate shortens s to at most n runes, ending with "…" when cut.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimRight(string(r[:n-1]), " ") + "…"
}
