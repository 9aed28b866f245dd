// Package locale formats numbers, percentages and durations for one report
// language. The report pages and the recommendations share it, so that a
// figure reads the same wherever it is printed. Only symbols live here;
// sentences live in the templates.
package locale

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Locale is the formatting of one language.
type Locale struct {
	Thousands, Decimal string // digit group and decimal separators
	Percent            string // written after a number: " %"
	// Unit symbols of durations.
	Second, Minute, Hour, Day string
	// DateTime is a time.Format layout for a date and time.
	DateTime string
	// Plural picks the form for n.
	Plural func(n int64, one, other string) string
}

// English is the default locale: 1,234.5; 42.3 %; 3 h 12 min.
var English = &Locale{
	Thousands: ",", Decimal: ".", Percent: " %",
	Second: "s", Minute: "min", Hour: "h", Day: "d",
	DateTime: "2006-01-02 15:04",
	Plural: func(n int64, one, other string) string {
		if n == 1 {
			return one
		}
		return other
	},
}

var locales = map[string]*Locale{"en": English}

// For returns the locale of a language code; "" means English.
func For(lang string) (*Locale, error) {
	if lang == "" {
		lang = "en"
	}
	l, ok := locales[lang]
	if !ok {
		return nil, fmt.Errorf("language %q is not supported (supported: en)", lang)
	}
	return l, nil
}

// Int groups the digits of n by thousands: 1,234,567.
func (l *Locale) Int(n int64) string {
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
			b.WriteString(l.Thousands)
		}
		b.WriteRune(c)
	}
	return b.String()
}

// Float formats f with prec decimals and grouped thousands: 1,234.5. It
// never writes "-0.0"; NaN and infinities are written as Go does.
func (l *Locale) Float(f float64, prec int) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return strconv.FormatFloat(f, 'f', prec, 64)
	}
	s := strconv.FormatFloat(f, 'f', prec, 64)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	intPart, frac, _ := strings.Cut(s, ".")
	n, err := strconv.ParseInt(intPart, 10, 64)
	if err != nil { // beyond int64: leave ungrouped
		return strings.Replace(strconv.FormatFloat(f, 'f', prec, 64), ".", l.Decimal, 1)
	}
	out := l.Int(n)
	if frac != "" {
		out += l.Decimal + frac
	}
	if neg && strings.ContainsAny(out, "123456789") {
		out = "-" + out
	}
	return out
}

// Pct formats a rate (0.4234) as a percentage with one decimal: 42.3 %.
func (l *Locale) Pct(f float64) string { return l.Float(f*100, 1) + l.Percent }

// Short formats f with at most one decimal, dropping ".0": 2, 1.5.
func (l *Locale) Short(f float64) string {
	f = math.Round(f*10) / 10
	if f == math.Trunc(f) {
		return l.Float(f, 0)
	}
	return l.Float(f, 1)
}

// Duration formats d for a reader: 40 s, 45 min, 3 h 12 min, 2 d 4 h.
// Below 48 hours it counts hours, so that a 24 h SLA reads as such.
func (l *Locale) Duration(d time.Duration) string {
	if d < 0 {
		return "-" + l.Duration(-d)
	}
	if s := d.Round(time.Second); s < time.Minute {
		return l.Int(int64(s/time.Second)) + " " + l.Second
	}
	d = d.Round(time.Minute)
	if d < time.Hour {
		return l.Int(int64(d/time.Minute)) + " " + l.Minute
	}
	if d < 48*time.Hour {
		h, m := int64(d/time.Hour), int64(d%time.Hour/time.Minute)
		s := l.Int(h) + " " + l.Hour
		if m != 0 {
			s += " " + l.Int(m) + " " + l.Minute
		}
		return s
	}
	d = d.Round(time.Hour)
	days, h := int64(d/(24*time.Hour)), int64(d%(24*time.Hour)/time.Hour)
	s := l.Int(days) + " " + l.Day
	if h != 0 {
		s += " " + l.Int(h) + " " + l.Hour
	}
	return s
}

// Truncate shortens s to at most n runes (n >= 2), ending with "…" when it
// cuts. It is the same in every language.
func Truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimRight(string(r[:n-1]), " ") + "…"
}
