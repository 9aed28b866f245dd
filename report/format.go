package report

import (
	"fmt"
	"math"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/report/internal/locale"
)

// The formatting of figures and words in the report's language. Every
// method reads the builder's locale only, so a test can build a builder with
// just a locale (see newWords).

// newWords returns a builder that can format and word things in the
// language of l, and nothing else; tests use it.
func newWords(l *locale.Locale) *builder { return &builder{l: l, loc: time.UTC} }

// t returns the catalogue message key in the report's language.
func (b *builder) t(key string, args ...any) string { return b.l.T(key, args...) }

// pl returns the plural form of the message key chosen by n: key+".one" or
// key+".other", both registered in every language.
func (b *builder) pl(n int64, key string, args ...any) string {
	return b.l.T(b.l.Plural(n, key+".one", key+".other"), args...)
}

// notMeasurable is said where the data does not support a figure.
// METRICS.md forbids printing 0 in its place.
func (b *builder) notMeasurable() string { return b.t("word.not-measurable") }

// unknown is said where an export does not carry a count.
func (b *builder) unknown() string { return b.t("word.unknown") }

// int formats n with thousands grouped: 1,234,567 or 1 234 567.
func (b *builder) int(n int64) string { return b.l.Int(n) }

// count formats a Count, or "unknown".
func (b *builder) count(c analyze.Count) string {
	if !c.Known {
		return b.unknown()
	}
	return b.int(c.Value)
}

// intPtr formats an optional count, or "unknown".
func (b *builder) intPtr(n *int) string {
	if n == nil {
		return b.unknown()
	}
	return b.int(int64(*n))
}

// rate formats a fraction as a percentage with one decimal: 42.3 %, or
// "not measurable".
func (b *builder) rate(r *float64) string {
	if r == nil {
		return b.notMeasurable()
	}
	return b.decimal(*r*100, 1) + b.l.Percent
}

// decimal formats x with the given decimals and grouped thousands.
func (b *builder) decimal(x float64, decimals int) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return b.notMeasurable()
	}
	return b.l.Float(x, decimals)
}

// floatPtr formats an optional value with the given decimals.
func (b *builder) floatPtr(x *float64, decimals int) string {
	if x == nil {
		return b.notMeasurable()
	}
	return b.decimal(*x, decimals)
}

// duration formats a duration for reading, at a precision that suits its
// size: "42 s", "12 min", "3 h 12 min", "29 h 22 min", "2 d 4 h" (the
// shared locale, so pages and recommendations agree).
func (b *builder) duration(d time.Duration) string { return b.l.Duration(d) }

// durationPtr formats an optional duration, or "not measurable".
func (b *builder) durationPtr(d *time.Duration) string {
	if d == nil {
		return b.notMeasurable()
	}
	return b.duration(*d)
}

// shortDuration formats a round duration such as a bound or the SLA: whole
// hours up to a day ("24 h"), whole days beyond ("3 d", "3 j").
func (b *builder) shortDuration(d time.Duration) string {
	switch {
	case d >= 48*time.Hour && d%(24*time.Hour) == 0:
		return b.int(int64(d/(24*time.Hour))) + b.l.UnitSpace + b.l.Day
	case d >= time.Hour && d%time.Hour == 0:
		return b.int(int64(d/time.Hour)) + b.l.UnitSpace + b.l.Hour
	}
	return b.duration(d)
}

// signed formats a known count with an explicit sign: +12, -3, 0.
func (b *builder) signed(c analyze.Count) string {
	if !c.Known {
		return b.unknown()
	}
	if c.Value > 0 {
		return "+" + b.int(c.Value)
	}
	return b.int(c.Value)
}

// reasonKeys maps analyze's Reason* codes to their sentences.
var reasonKeys = map[string]string{
	analyze.ReasonNoBrandComments:     "reason.no-brand-comments",
	analyze.ReasonAuthorsWithheld:     "reason.authors-withheld",
	analyze.ReasonNoCustomerComments:  "reason.no-customer-comments",
	analyze.ReasonNoReplySource:       "reason.no-reply-source",
	analyze.ReasonNoPosts:             "reason.no-posts",
	analyze.ReasonNoFeedbackData:      "reason.no-feedback-data",
	analyze.ReasonTooFewMonths:        "reason.too-few-months",
	analyze.ReasonNoReplies:           "reason.no-replies",
	analyze.ReasonNoReplyText:         "reason.no-reply-text",
	analyze.ReasonTooFewWeeks:         "reason.too-few-weeks",
	analyze.ReasonTooFewDays:          "reason.too-few-days",
	analyze.ReasonNoImpressions:       "reason.no-impressions",
	analyze.ReasonNoVariation:         "reason.no-variation",
	analyze.ReasonNoClicks:            "reason.no-clicks",
	analyze.ReasonTooFewPosts:         "reason.too-few-posts",
	analyze.ReasonNoAuthors:           "reason.no-authors",
	analyze.ReasonUnknownForPlatforms: "reason.unknown-for-platforms",
	analyze.ReasonZeroTotal:           "reason.zero-total",
	analyze.ReasonNoAgent:             "reason.no-agent",
	"":                                "reason.none",
}

// reason words a Reason* code as a sentence for the reader. A code this
// package does not know yet is shown as it is, inside a generic sentence.
func (b *builder) reason(code string) string {
	if k, ok := reasonKeys[code]; ok {
		return b.t(k)
	}
	return b.t("reason.code", code)
}

// trend words a trend direction.
func (b *builder) trend(t analyze.Trend) string {
	if !t.Measurable {
		return b.notMeasurable()
	}
	switch t.Direction {
	case analyze.TrendRising:
		return b.t("trend.rising")
	case analyze.TrendFalling:
		return b.t("trend.falling")
	case analyze.TrendFlat:
		return b.t("trend.flat")
	}
	return t.Direction
}

// basis words the series a trend was computed on.
func (b *builder) basis(basis string) string {
	switch basis {
	case analyze.BasisPostRate:
		return b.t("trend.basis.post-rate")
	case analyze.BasisPostCount:
		return b.t("trend.basis.post-count")
	case analyze.BasisPageRate:
		return b.t("trend.basis.page-rate")
	case analyze.BasisPageCount:
		return b.t("trend.basis.page-count")
	}
	return basis
}

// truncate puts s on one line and shortens it to at most n runes, ending
// with an ellipsis when cut.
func truncate(s string, n int) string {
	return locale.Truncate(strings.Join(strings.Fields(s), " "), n)
}

// date formats the calendar day of t with the month in full: "1 January
// 2024", "1er janvier 2024" (the locale writes French ordinals).
func (b *builder) date(t time.Time) string { return b.l.LongDate(t) }

// dateTime formats t to the minute with its zone abbreviation:
// "31 March 2024, 20:00 CEST", "31 mars 2024 à 20:00 CEST".
func (b *builder) dateTime(t time.Time) string {
	return b.t("site.datetime", b.date(t), t.Format("15:04 MST"))
}

// period words the days from first to last: "1 May 2024 to 30 June 2024".
func (b *builder) period(first, last time.Time) string {
	return b.t("site.period", b.date(first), b.date(last))
}

// parseMonth reads analyze's month keys ("2024-03").
func parseMonth(month string) (time.Time, bool) {
	t, err := time.Parse("2006-01", month)
	return t, err == nil
}

// monthCell names a month at the start of a table row: "March 2024",
// "Mars 2024"; a string that is not a month key is kept.
func (b *builder) monthCell(month string) string {
	t, ok := parseMonth(month)
	if !ok {
		return month
	}
	return capitalize(b.l.Month(t))
}

// monthName names a month inside a sentence: "March 2024", "mars 2024".
func (b *builder) monthName(month string) string {
	t, ok := parseMonth(month)
	if !ok {
		return month
	}
	return b.l.Month(t)
}

// monthAxis names a month on a chart axis: "Mar 2024", "Mars 2024".
func (b *builder) monthAxis(month string) string {
	t, ok := parseMonth(month)
	if !ok {
		return month
	}
	return capitalize(b.l.ShortMonth(t))
}

// weekday names the day d of analyze's heatmap (0 = Monday) in a sentence:
// "Saturday", "samedi".
func (b *builder) weekday(d int) string { return b.l.Weekdays[d] }

// weekdayCell names the day d at the start of a cell or an axis label.
func (b *builder) weekdayCell(d int) string { return capitalize(b.l.Weekdays[d]) }

// hour names an hour of the day, 0 to 24: "09:00", "9 h".
func (b *builder) hour(h int) string {
	if b.l.Lang == "fr" {
		return fmt.Sprintf("%d\u00a0h", h)
	}
	return fmt.Sprintf("%02d:00", h)
}

// hourRange names the hour that starts at h: "09:00 to 10:00", "de 9 h à
// 10 h".
func (b *builder) hourRange(h int) string {
	return b.t("word.range", b.hour(h), b.hour(h+1))
}

// businessHours words the business hours: "Monday to Friday, 09:00 to
// 18:00", "du lundi au vendredi, de 9 h à 18 h".
func (b *builder) businessHours(bh analyze.BusinessHours) string {
	return b.t("word.business-hours", b.hour(bh.Start), b.hour(bh.End))
}

// capitalize upper-cases the first letter of s.
func capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// countValue is the chart value of a Count: the number, or "-", which
// ECharts draws as a gap.
func countValue(c analyze.Count) any {
	if !c.Known {
		return "-"
	}
	return c.Value
}

// floatValue is the chart value of an optional figure, rounded for display.
func floatValue(x *float64, scale float64, decimals int) any {
	if x == nil {
		return "-"
	}
	p := math.Pow(10, float64(decimals))
	return math.Round(*x*scale*p) / p
}

// ruleNumber formats a rule's number (a factor, a bound) with as few
// decimals as it needs, up to two: "2", "1.5", "1,25".
func (b *builder) ruleNumber(x float64) string {
	if x == math.Trunc(x) {
		return b.decimal(x, 0)
	}
	s := strings.TrimRight(b.decimal(x, 2), "0")
	return strings.TrimSuffix(strings.TrimSuffix(s, "."), ",")
}
