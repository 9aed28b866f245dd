package recommend

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	loc "github.com/socialaudit/socialaudit/report/internal/locale"
)

// locale is the shared formatting of the report's language, with the
// helpers the recommendation views need on top of it. Its functions are
// everything Go writes in the language beyond the shared locale; every
// sentence lives in the markdown files.
type locale struct {
	*loc.Locale
	// dateTime writes a date and time to the minute, without the zone
	// (the texts name the zone once).
	dateTime func(t time.Time) string
	// date writes a calendar day.
	date func(t time.Time) string
	// month writes a calendar month.
	month func(t time.Time) string
	// ordinal writes a rank: "75th", "75e".
	ordinal func(n int64) string
	// hour writes an hour of the day on the clock: the bounds of the
	// business hours.
	hour func(h int) string
	// decimalOne says whether a decimal takes the singular, from the
	// digits of its integer part and whether it shows a fraction (CLDR's
	// plural rules: English "1 point" but "1.0 points"; French "1,5 point").
	decimalOne func(integer string, fraction bool) bool
}

// locales are the supported languages; a language is supported when it has
// a locale in report/internal/locale and its markdown files in templates.
var locales = map[string]*locale{
	"en": {
		Locale:   loc.English,
		dateTime: func(t time.Time) string { return t.Format(loc.English.DateTime) },
		date:     func(t time.Time) string { return t.Format("2006-01-02") },
		month:    func(t time.Time) string { return t.Format("2006-01") },
		hour:     func(h int) string { return fmt.Sprintf("%02d:00", h) },
		ordinal: func(n int64) string {
			suffix := "th"
			switch {
			case n%100 >= 11 && n%100 <= 13:
			case n%10 == 1:
				suffix = "st"
			case n%10 == 2:
				suffix = "nd"
			case n%10 == 3:
				suffix = "rd"
			}
			return strconv.FormatInt(n, 10) + suffix
		},
		decimalOne: func(integer string, fraction bool) bool {
			return integer == "1" && !fraction
		},
	},
	"fr": {
		Locale: loc.French,
		// "3 févr. 2026 à 14:05", as locale.Time writes it, without the zone.
		dateTime: func(t time.Time) string { return loc.French.Date(t) + " à " + t.Format("15:04") },
		date:     loc.French.Date,
		month:    loc.French.Month,
		// "9 h", the usual French way to give an hour on the clock.
		hour: func(h int) string { return strconv.Itoa(h) + "\u00a0h" },
		// "1er", "75e", as the French texts write "90e centile".
		ordinal: func(n int64) string {
			if n == 1 {
				return "1er"
			}
			return strconv.FormatInt(n, 10) + "e"
		},
		decimalOne: func(integer string, _ bool) bool {
			return integer == "0" || integer == "1"
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
func (l *locale) num(n int64) number { return number{N: n, text: l.Int(n)} }

// decimal is a number with decimals with its formatted text; templates
// print the text and hand it to plural, which needs to know whether the
// language takes the singular for it.
type decimal struct {
	text string
	one  bool
}

// String returns the formatted number.
func (d decimal) String() string { return d.text }

// dec makes a decimal of text, a number as Float or Short wrote it in this
// locale.
func (l *locale) dec(text string) decimal {
	integer, _, fraction := strings.Cut(strings.TrimLeft(text, "+-"), l.Decimal)
	integer = strings.ReplaceAll(integer, l.Thousands, "")
	return decimal{text: text, one: l.decimalOne(integer, fraction)}
}

// plural picks one or other for n, a number or a decimal, by the rules of
// the language.
func (l *locale) plural(n any, one, other string) (string, error) {
	switch n := n.(type) {
	case number:
		return l.Plural(n.N, one, other), nil
	case decimal:
		if n.one {
			return one, nil
		}
		return other, nil
	}
	return "", fmt.Errorf("plural of %T: want a count or a decimal", n)
}

// pctOf formats a rate, or "" when it is nil.
func (l *locale) pctOf(f *float64) string {
	if f == nil {
		return ""
	}
	return l.Pct(*f)
}

// pctThreshold formats a threshold without a needless decimal: 65 %, 12.5 %.
func (l *locale) pctThreshold(f float64) string { return l.Short(f*100) + l.Percent }

// exact formats a setting with as many decimals as it has (0.35, 2,5):
// a rule is stated as given, never rounded.
func (l *locale) exact(f float64) decimal {
	return l.dec(strings.Replace(strconv.FormatFloat(f, 'f', -1, 64), ".", l.Decimal, 1))
}

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
	return loc.Isolate(b.String())
}

// truncate shortens a quoted comment to n runes (the shared rule).
var truncate = loc.Truncate
