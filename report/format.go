package report

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/report/internal/locale"
)

// The words printed where the data does not support a figure. METRICS.md
// forbids printing 0 in their place.
const (
	notMeasurable = "not measurable"
	unknown       = "unknown"
)

// formatInt formats n with a comma between thousands: 1,234,567.
func formatInt(n int64) string { return locale.English.Int(n) }

// formatCount formats a Count, or "unknown".
func formatCount(c analyze.Count) string {
	if !c.Known {
		return unknown
	}
	return formatInt(c.Value)
}

// formatIntPtr formats an optional count, or "unknown".
func formatIntPtr(n *int) string {
	if n == nil {
		return unknown
	}
	return formatInt(int64(*n))
}

// formatRate formats a fraction as a percentage with one decimal: 42.3 %.
func formatRate(r *float64) string {
	if r == nil {
		return notMeasurable
	}
	return formatDecimal(*r*100, 1) + " %"
}

// formatDecimal formats x with the given decimals and thousands commas.
func formatDecimal(x float64, decimals int) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return notMeasurable
	}
	return locale.English.Float(x, decimals)
}

// formatFloatPtr formats an optional value with the given decimals.
func formatFloatPtr(x *float64, decimals int) string {
	if x == nil {
		return notMeasurable
	}
	return formatDecimal(*x, decimals)
}

// formatDuration formats a duration for reading, at a precision that suits
// its size: "42 s", "12 min", "3 h 12 min", "29 h 22 min", "2 d 4 h" (the
// shared locale, so pages and recommendations agree).
func formatDuration(d time.Duration) string { return locale.English.Duration(d) }

// formatDurationPtr formats an optional duration, or "not measurable".
func formatDurationPtr(d *time.Duration) string {
	if d == nil {
		return notMeasurable
	}
	return formatDuration(*d)
}

// reasonText words a Reason* code as a sentence for the reader.
func reasonText(code string) string {
	switch code {
	case analyze.ReasonNoBrandComments:
		return "No comment in the data can be attributed to the brand: the export does not say who wrote the comments, and none matches the configured brand accounts."
	case analyze.ReasonAuthorsWithheld:
		return "The export withheld who wrote the comments (Facebook writes \"undiscoverable\"), so the brand's replies cannot be told from customers' comments. Only an export made with the page's own access shows who replied."
	case analyze.ReasonNoCustomerComments:
		return "There is no customer comment old enough to judge: none arrived in the period, or all are still within the response-time target."
	case analyze.ReasonNoReplySource:
		return "The data has neither brand comments nor reply posts, so the brand's replies cannot be counted."
	case analyze.ReasonNoPosts:
		return "No brand post was published in the period."
	case analyze.ReasonNoFeedbackData:
		return "No post or daily row of the period carries negative-feedback counters."
	case analyze.ReasonTooFewMonths:
		return "Fewer than 3 months have data, so no trend is claimed."
	case "":
		return "The data does not support this figure."
	}
	return "The data does not support this figure (" + code + ")."
}

// trendText words a trend direction.
func trendText(t analyze.Trend) string {
	if !t.Measurable {
		return notMeasurable
	}
	switch t.Direction {
	case analyze.TrendRising:
		return "rising"
	case analyze.TrendFalling:
		return "falling"
	case analyze.TrendFlat:
		return "flat"
	}
	return t.Direction
}

// basisText words the series a trend was computed on.
func basisText(basis string) string {
	switch basis {
	case analyze.BasisPostRate:
		return "post-level negative feedback per 1,000 impressions"
	case analyze.BasisPostCount:
		return "post-level negative feedback count"
	case analyze.BasisPageRate:
		return "page-level negative feedback per 1,000 page impressions"
	case analyze.BasisPageCount:
		return "page-level negative feedback count"
	}
	return basis
}

// truncate puts s on one line and shortens it to at most n runes, ending
// with an ellipsis when cut.
func truncate(s string, n int) string {
	return locale.Truncate(strings.Join(strings.Fields(s), " "), n)
}

// formatDate formats the calendar day of t: 2 January 2006.
func formatDate(t time.Time) string { return t.Format("2 January 2006") }

// formatDateTime formats t to the minute with its zone abbreviation.
func formatDateTime(t time.Time) string { return t.Format("2 January 2006, 15:04 MST") }

// monthLabel turns "2024-03" into "March 2024"; other strings are kept.
func monthLabel(month string) string {
	t, err := time.Parse("2006-01", month)
	if err != nil {
		return month
	}
	return t.Format("January 2006")
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

// shortDuration formats a round duration such as a bound or the SLA: whole
// hours up to a day ("24 h"), whole days beyond ("3 d").
func shortDuration(d time.Duration) string {
	switch {
	case d >= 48*time.Hour && d%(24*time.Hour) == 0:
		return fmt.Sprintf("%d d", d/(24*time.Hour))
	case d >= time.Hour && d%time.Hour == 0:
		return fmt.Sprintf("%d h", d/time.Hour)
	}
	return formatDuration(d)
}

// formatSigned formats a known count with an explicit sign: +12, -3, 0.
func formatSigned(c analyze.Count) string {
	if !c.Known {
		return unknown
	}
	if c.Value > 0 {
		return "+" + formatInt(c.Value)
	}
	return formatInt(c.Value)
}
