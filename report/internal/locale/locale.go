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
	// Lang is the language code: "en" or "fr". It selects the messages of
	// the catalogue (see T).
	Lang               string
	Thousands, Decimal string // digit group and decimal separators
	Percent            string // written after a number: " %"
	// Unit symbols of durations.
	Second, Minute, Hour, Day string
	// DateTime is a time.Format layout for a date and time.
	DateTime string
	// Months and ShortMonths name the months, January first; Weekdays
	// name the days, Monday first.
	Months, ShortMonths [12]string
	Weekdays            [7]string
	// UnitSpace separates a number from its unit in durations: a no-break
	// space in French, so that "2 j 4 h" never breaks across lines.
	UnitSpace string
	// Plural picks the form for n.
	Plural func(n int64, one, other string) string
}

// English is the default locale: 1,234.5; 42.3 %; 3 h 12 min.
var English = &Locale{
	Lang:      "en",
	Thousands: ",", Decimal: ".", Percent: " %",
	Second: "s", Minute: "min", Hour: "h", Day: "d", UnitSpace: " ",
	DateTime: "2006-01-02 15:04",
	Months: [12]string{"January", "February", "March", "April", "May", "June",
		"July", "August", "September", "October", "November", "December"},
	ShortMonths: [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
		"Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
	Weekdays: [7]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"},
	Plural: func(n int64, one, other string) string {
		if n == 1 {
			return one
		}
		return other
	},
}

// French follows the Imprimerie nationale's rules as CLDR encodes them:
// 1 234,5 with a narrow no-break space between thousands, 12,3 % with one
// before the sign, 3 févr. 2026; "j" (jours) for days.
var French = &Locale{
	Lang:      "fr",
	Thousands: "\u202f", Decimal: ",", Percent: "\u202f%",
	Second: "s", Minute: "min", Hour: "h", Day: "j", UnitSpace: "\u00a0",
	DateTime: "02/01/2006 15:04",
	Months: [12]string{"janvier", "février", "mars", "avril", "mai", "juin",
		"juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	ShortMonths: [12]string{"janv.", "févr.", "mars", "avr.", "mai", "juin",
		"juil.", "août", "sept.", "oct.", "nov.", "déc."},
	Weekdays: [7]string{"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"},
	// French takes the singular for 0 and 1 ("0 commentaire", "1,5 jour").
	Plural: func(n int64, one, other string) string {
		if n == 0 || n == 1 || n == -1 {
			return one
		}
		return other
	},
}

var locales = map[string]*Locale{"en": English, "fr": French}

// Languages lists the supported language codes.
func Languages() []string { return []string{"en", "fr"} }

// For returns the locale of a language code; "" means English.
func For(lang string) (*Locale, error) {
	if lang == "" {
		lang = "en"
	}
	l, ok := locales[lang]
	if !ok {
		return nil, fmt.Errorf("language %q is not supported (supported: en, fr)", lang)
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
		return l.Int(int64(s/time.Second)) + l.UnitSpace + l.Second
	}
	d = d.Round(time.Minute)
	if d < time.Hour {
		return l.Int(int64(d/time.Minute)) + l.UnitSpace + l.Minute
	}
	if d < 48*time.Hour {
		h, m := int64(d/time.Hour), int64(d%time.Hour/time.Minute)
		s := l.Int(h) + l.UnitSpace + l.Hour
		if m != 0 {
			s += l.UnitSpace + l.Int(m) + l.UnitSpace + l.Minute
		}
		return s
	}
	d = d.Round(time.Hour)
	days, h := int64(d/(24*time.Hour)), int64(d%(24*time.Hour)/time.Hour)
	s := l.Int(days) + l.UnitSpace + l.Day
	if h != 0 {
		s += l.UnitSpace + l.Int(h) + l.UnitSpace + l.Hour
	}
	return s
}

// Date formats the calendar day of t: "3 Feb 2026", "3 févr. 2026",
// "1er mai 2026".
func (l *Locale) Date(t time.Time) string {
	return l.day(t) + " " + l.ShortMonths[t.Month()-1] + " " + strconv.Itoa(t.Year())
}

// LongDate formats the calendar day of t with the month in full:
// "3 February 2026", "3 février 2026", "1er février 2026".
func (l *Locale) LongDate(t time.Time) string {
	return l.day(t) + " " + l.Months[t.Month()-1] + " " + strconv.Itoa(t.Year())
}

// day writes the day of the month; French writes the first "1er".
func (l *Locale) day(t time.Time) string {
	if t.Day() == 1 && l.Lang == "fr" {
		return "1er"
	}
	return strconv.Itoa(t.Day())
}

// Month formats the month of t: "February 2026", "février 2026".
func (l *Locale) Month(t time.Time) string {
	return l.Months[t.Month()-1] + " " + strconv.Itoa(t.Year())
}

// ShortMonth formats the month of t for a chart axis: "Feb 2026",
// "févr. 2026".
func (l *Locale) ShortMonth(t time.Time) string {
	return l.ShortMonths[t.Month()-1] + " " + strconv.Itoa(t.Year())
}

// Weekday names the day of t.
func (l *Locale) Weekday(d time.Weekday) string { return l.Weekdays[(int(d)+6)%7] }

// Time formats the date and time of t to the minute with its zone
// abbreviation: "3 Feb 2026, 14:05 CET", "3 févr. 2026 à 14:05 CET".
func (l *Locale) Time(t time.Time) string {
	sep := ", "
	if l.Lang == "fr" {
		sep = " à "
	}
	return l.Date(t) + sep + t.Format("15:04 MST")
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
