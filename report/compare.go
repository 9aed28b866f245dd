package report

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/report/internal/locale"
)

// A comparison (--compare) sets every headline figure against the same
// figure of another period, and draws that period on the time charts.
//
// The rules, stated on the summary page:
//   - A change is "not measurable" when either side is, and when the inputs
//     hold no record at all for the comparison period: never 0.
//   - Rates change in percentage points, computed from the two rates as the
//     page prints them (one decimal), so that a reader can check the
//     subtraction. Counts change by their difference, with the percent
//     change when the comparison count is not 0. Durations change by their
//     difference, with the percent change. Ratios change by their
//     difference at the printed precision, with the percent change.
//   - Whether a change is better or worse depends on the figure: a higher
//     response rate is better, a longer first response worse; pending
//     comments and the trend are not judged.
//   - On a monthly chart, the i-th month of the comparison period is drawn
//     against the i-th month of the report (first against first), as a
//     dashed line on a second x axis that names its months.

// Comparison is the period a report is compared with, and its figures.
type Comparison struct {
	// From and To bound the comparison period [From, To).
	From, To time.Time
	// Previous is true when the period is the one of the same length just
	// before the report's (--compare previous), false when the user chose
	// it (--compare FROM..TO).
	Previous bool
	// AsOf is the time the comparison period was judged at.
	AsOf time.Time
	// Results are the figures of the comparison period, computed from the
	// same inputs with the same options but its period and as-of time; nil
	// when the inputs hold no record in the period.
	Results *analyze.Results
}

// Reason codes of changes, beside analyze's Reason* codes.
const (
	cmpNoData        = "no_data_in_comparison_period"
	cmpNoAnswered    = "no_answered_comments"
	cmpHiddenUnknown = "hidden_unknown"
	cmpNoMessages    = "no_brand_messages"
	cmpNoReplies     = "no_replies"
	cmpNoImpressions = "no_impressions"
	cmpNoFollowData  = "no_follow_data"
)

// cmpKind says how a headline figure is compared.
type cmpKind int

const (
	cmpRate     cmpKind = iota // a fraction; changes in percentage points
	cmpDuration                // a duration; signed difference and percent
	cmpCount                   // a count; signed difference and percent
	cmpDecimal                 // a ratio; signed difference and percent
	cmpSigned                  // a signed count; signed difference only
	cmpText                    // a word (the trend); the other period's word
)

// cmpHeadline is one headline figure as compared: its metrics.json name,
// how it compares, which way is better (+1 higher, -1 lower, 0 neither)
// and how to read it from Results.
type cmpHeadline struct {
	name     string
	kind     cmpKind
	decimals int // cmpDecimal
	better   int
	value    func(res *analyze.Results) cmpValue
}

// cmpValue is one figure of one period: x is the rate, count, ratio or
// duration in seconds; text the trend direction. When ok is false, reason
// says why it is not measurable.
type cmpValue struct {
	ok     bool
	reason string
	x      float64
	text   string
}

func cmpNM(reason string) cmpValue { return cmpValue{reason: reason} }
func cmpX(x float64) cmpValue      { return cmpValue{ok: true, x: x} }

// cmpStatsRate reads a rate of a ResponseStats.
func cmpStatsRate(s analyze.ResponseStats, rate *float64) cmpValue {
	switch {
	case !s.Measurable:
		return cmpNM(s.Reason)
	case rate == nil:
		return cmpNM(analyze.ReasonNoCustomerComments)
	}
	return cmpX(*rate)
}

// cmpStatsDuration reads a first-response duration of a ResponseStats.
func cmpStatsDuration(s analyze.ResponseStats, d *time.Duration) cmpValue {
	switch {
	case !s.Measurable:
		return cmpNM(s.Reason)
	case d == nil:
		return cmpNM(cmpNoAnswered)
	}
	return cmpX(d.Seconds())
}

// The headline figures, in the order the pages show them (responseFigures,
// broadcastFigures and feedbackFigures in pages.go); TestCmpHeadlinesMatch
// checks the order.
var (
	cmpResponseHeadlines = []cmpHeadline{
		{name: "response_rate", kind: cmpRate, better: +1, value: func(r *analyze.Results) cmpValue {
			s := r.Responsiveness.ResponseStats
			return cmpStatsRate(s, s.ResponseRate)
		}},
		{name: "median_first_response_seconds", kind: cmpDuration, better: -1, value: func(r *analyze.Results) cmpValue {
			s := r.Responsiveness.ResponseStats
			return cmpStatsDuration(s, s.FirstResponse.Median)
		}},
		{name: "p90_first_response_seconds", kind: cmpDuration, better: -1, value: func(r *analyze.Results) cmpValue {
			s := r.Responsiveness.ResponseStats
			return cmpStatsDuration(s, s.FirstResponse.P90)
		}},
		{name: "unanswered", kind: cmpCount, better: -1, value: func(r *analyze.Results) cmpValue {
			s := r.Responsiveness.ResponseStats
			if !s.Measurable {
				return cmpNM(s.Reason)
			}
			return cmpX(float64(s.Unanswered))
		}},
		{name: "pending", kind: cmpCount, better: 0, value: func(r *analyze.Results) cmpValue {
			s := r.Responsiveness.ResponseStats
			if !s.Measurable {
				return cmpNM(s.Reason)
			}
			return cmpX(float64(s.Pending))
		}},
		{name: "questions_response_rate", kind: cmpRate, better: +1, value: func(r *analyze.Results) cmpValue {
			q := r.Responsiveness.Questions
			return cmpStatsRate(q, q.ResponseRate)
		}},
		{name: "within_sla_rate", kind: cmpRate, better: +1, value: func(r *analyze.Results) cmpValue {
			s := r.Responsiveness.ResponseStats
			return cmpStatsRate(s, s.WithinSLARate)
		}},
		{name: "hidden_without_answer", kind: cmpCount, better: -1, value: func(r *analyze.Results) cmpValue {
			s := r.Responsiveness.ResponseStats
			switch {
			case !s.Measurable:
				return cmpNM(s.Reason)
			case s.HiddenWithoutAnswer == nil:
				return cmpNM(cmpHiddenUnknown)
			}
			return cmpX(float64(*s.HiddenWithoutAnswer))
		}},
	}
	cmpBroadcastHeadlines = []cmpHeadline{
		{name: "broadcast_share", kind: cmpRate, better: -1, value: func(r *analyze.Results) cmpValue {
			s := r.Broadcast.BroadcastStats
			switch {
			case !s.Measurable:
				return cmpNM(s.Reason)
			case s.BroadcastShare == nil:
				return cmpNM(cmpNoMessages)
			}
			return cmpX(*s.BroadcastShare)
		}},
		{name: "posts_per_reply", kind: cmpDecimal, decimals: 1, better: -1, value: func(r *analyze.Results) cmpValue {
			s := r.Broadcast.BroadcastStats
			switch {
			case !s.Measurable:
				return cmpNM(s.Reason)
			case s.PostsPerReply == nil:
				return cmpNM(cmpNoReplies)
			}
			return cmpX(*s.PostsPerReply)
		}},
	}
	cmpFeedbackHeadlines = []cmpHeadline{
		{name: "negative_feedback_per_1000_impressions", kind: cmpDecimal, decimals: 2, better: -1, value: func(r *analyze.Results) cmpValue {
			nf := r.NegativeFeedback
			switch {
			case !nf.Measurable:
				return cmpNM(nf.Reason)
			case nf.Posts.Per1000 == nil:
				return cmpNM(cmpNoImpressions)
			}
			return cmpX(*nf.Posts.Per1000)
		}},
		{name: "negative_feedback_trend", kind: cmpText, value: func(r *analyze.Results) cmpValue {
			t := r.NegativeFeedback.Trend
			if !t.Measurable {
				return cmpNM(t.Reason)
			}
			return cmpValue{ok: true, text: t.Direction}
		}},
		{name: "net_follower_change", kind: cmpSigned, better: +1, value: func(r *analyze.Results) cmpValue {
			n := r.NegativeFeedback.Page.NetFollowers
			if !n.Known {
				return cmpNM(cmpNoFollowData)
			}
			return cmpX(float64(n.Value))
		}},
	}
)

// cmpAllHeadlines are the figures of the summary page and metrics.json.
func cmpAllHeadlines() []cmpHeadline {
	var all []cmpHeadline
	all = append(all, cmpResponseHeadlines...)
	all = append(all, cmpBroadcastHeadlines...)
	return append(all, cmpFeedbackHeadlines...)
}

// cmpHeadlinesOf are the headline figures a page shows, in order.
func cmpHeadlinesOf(page string) []cmpHeadline {
	switch page {
	case "index":
		return cmpAllHeadlines()
	case "responsiveness":
		return cmpResponseHeadlines
	case "conversation":
		return cmpBroadcastHeadlines
	case "feedback":
		return cmpFeedbackHeadlines
	}
	return nil
}

// figureChange is the change of a headline figure against the comparison
// period, as the page shows it.
type figureChange struct {
	// Shown is set when the report has a comparison.
	Shown bool
	// Text is the change: "+25.0 pts", "-1 h 20 min (-25.0 %)", "+3
	// (+42.9 %)", "change not measurable"; empty for the trend, which is
	// not a number.
	Text string
	// Dir is "up", "down" or "flat", the way the number moved; empty when
	// there is no number.
	Dir string
	// Arrow draws Dir (the page hides it from screen readers: Text carries
	// the sign).
	Arrow string
	// Tone is "better", "worse", "same", "neutral" (a change that is
	// neither) or "nm", for styling.
	Tone string
	// Word says Tone in words, so that colour is never the only sign:
	// "better", "worse", "unchanged"; empty when neutral or not measurable.
	Word string
	// Previous gives the comparison period's value ("Previous period:
	// 50.0 %"), or why the change is not measurable.
	Previous string
}

// cmpFigures sets the change of each headline figure of the page.
func (b *builder) cmpFigures(l *locale.Locale, p *pageView) error {
	hl := cmpHeadlinesOf(p.Name)
	if hl == nil {
		return nil
	}
	if len(hl) != len(p.Figures) {
		return fmt.Errorf("compare: the page has %d headline figures, the comparison knows %d", len(p.Figures), len(hl))
	}
	for i, h := range hl {
		p.Figures[i].Change = b.cmpChange(l, h)
	}
	return nil
}

// cmpNoun is what the comparison period is called: "previous period" or
// "comparison period".
func (b *builder) cmpNoun(l *locale.Locale) string {
	if b.meta.Compare.Previous {
		return l.T("cmp.noun.previous")
	}
	return l.T("cmp.noun.custom")
}

// cmpChange compares one headline figure.
func (b *builder) cmpChange(l *locale.Locale, h cmpHeadline) figureChange {
	nm := func(note string) figureChange {
		return figureChange{Shown: true, Text: l.T("cmp.nm"), Tone: "nm", Previous: note}
	}
	prevRes := b.meta.Compare.Results
	if prevRes == nil {
		return nm(l.T("cmp.nm.nodata"))
	}
	cur, prev := h.value(b.res), h.value(prevRes)
	if !prev.ok {
		return nm(l.T("cmp.nm.previous", cmpReasonText(l, prev.reason)))
	}
	key := "cmp.was.custom"
	if b.meta.Compare.Previous {
		key = "cmp.was.previous"
	}
	was := l.T(key, cmpFormat(l, h, prev))
	if !cur.ok { // the figure says why; the other period's value still informs
		return nm(was)
	}
	ch := figureChange{Shown: true, Previous: was}
	if h.kind == cmpText {
		ch.Tone = "neutral"
		return ch
	}
	sign, text := cmpDelta(l, h, cur.x, prev.x)
	ch.Text = text
	switch {
	case sign > 0:
		ch.Dir, ch.Arrow = "up", "▲"
	case sign < 0:
		ch.Dir, ch.Arrow = "down", "▼"
	default:
		ch.Dir, ch.Arrow = "flat", "="
	}
	switch {
	case sign == 0:
		ch.Tone, ch.Word = "same", l.T("cmp.word.same")
	case h.better == 0:
		ch.Tone = "neutral"
	case sign*h.better > 0:
		ch.Tone, ch.Word = "better", l.T("cmp.word.better")
	default:
		ch.Tone, ch.Word = "worse", l.T("cmp.word.worse")
	}
	return ch
}

// cmpDelta words the change from prev to cur and gives its sign, as the
// page shows it (so a change too small to show is flat).
func cmpDelta(l *locale.Locale, h cmpHeadline, cur, prev float64) (int, string) {
	pctChange := func() string {
		if prev == 0 {
			return ""
		}
		r := round((cur-prev)/prev*100, 1)
		return " (" + signed(l.Float(math.Abs(r), 1), sgn(r)) + l.Percent + ")"
	}
	switch h.kind {
	case cmpRate:
		d := round(round(cur*100, 1)-round(prev*100, 1), 1)
		return sgn(d), l.T("cmp.pts", signed(l.Float(math.Abs(d), 1), sgn(d)))
	case cmpDuration:
		d := time.Duration(math.Round((cur - prev) * float64(time.Second)))
		if d.Abs() < time.Second/2 {
			return 0, l.Duration(0)
		}
		s := sgn(float64(d))
		return s, signed(l.Duration(d.Abs()), s) + pctChange()
	case cmpCount:
		d := int64(cur) - int64(prev)
		if d == 0 {
			return 0, l.Int(0) + pctChange()
		}
		return sgn(float64(d)), signed(l.Int(abs64(d)), sgn(float64(d))) + pctChange()
	case cmpDecimal:
		d := round(round(cur, h.decimals)-round(prev, h.decimals), h.decimals)
		return sgn(d), signed(l.Float(math.Abs(d), h.decimals), sgn(d)) + pctChange()
	case cmpSigned:
		d := int64(cur) - int64(prev)
		return sgn(float64(d)), signed(l.Int(abs64(d)), sgn(float64(d)))
	}
	return 0, ""
}

// cmpFormat formats a value of a headline figure as the pages print it.
func cmpFormat(l *locale.Locale, h cmpHeadline, v cmpValue) string {
	switch h.kind {
	case cmpRate:
		return l.Pct(v.x)
	case cmpDuration:
		return l.Duration(time.Duration(math.Round(v.x * float64(time.Second))))
	case cmpCount:
		return l.Int(int64(v.x))
	case cmpDecimal:
		return l.Float(v.x, h.decimals)
	case cmpSigned:
		n := int64(v.x)
		return signed(l.Int(abs64(n)), sgn(float64(n)))
	case cmpText:
		switch v.text {
		case analyze.TrendRising, analyze.TrendFalling, analyze.TrendFlat:
			return l.T("trend." + v.text) // the pages' own words for a direction
		}
		return v.text
	}
	return ""
}

// cmpReasonText words why a figure is not measurable in the comparison
// period, as the end of a sentence.
func cmpReasonText(l *locale.Locale, code string) string {
	switch code {
	case analyze.ReasonNoBrandComments, analyze.ReasonAuthorsWithheld, analyze.ReasonNoCustomerComments,
		analyze.ReasonNoReplySource, analyze.ReasonNoPosts, analyze.ReasonNoFeedbackData, analyze.ReasonTooFewMonths,
		cmpNoAnswered, cmpHiddenUnknown, cmpNoMessages, cmpNoReplies, cmpNoImpressions, cmpNoFollowData:
		return l.T("cmp.reason." + code)
	}
	return l.T("cmp.reason.other")
}

// signed puts the sign before a formatted magnitude: "+4.2", "-3", "0".
func signed(s string, sign int) string {
	switch {
	case sign > 0:
		return "+" + s
	case sign < 0:
		return "-" + s
	}
	return s
}

func sgn(x float64) int {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	}
	return 0
}

func abs64(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

// round rounds x to the given decimals, half away from zero.
func round(x float64, decimals int) float64 {
	p := math.Pow(10, float64(decimals))
	return math.Round(x*p) / p
}

// cmpPeriodText gives the first and last day of the comparison period.
func (b *builder) cmpPeriodText(l *locale.Locale) (string, string) {
	c := b.meta.Compare
	from := c.From.In(b.loc)
	last := c.To.In(b.loc).Add(-time.Nanosecond)
	if last.Before(from) {
		last = from
	}
	return l.Date(from), l.Date(last)
}

// cmpSiteLabel is the line under the report period in every page header.
func (b *builder) cmpSiteLabel(l *locale.Locale) string {
	from, to := b.cmpPeriodText(l)
	if b.meta.Compare.Previous {
		return l.T("cmp.site.previous", from, to)
	}
	return l.T("cmp.site.custom", from, to)
}

// cmpSection is the summary page's statement of the comparison: which
// period, how it was chosen and judged, how the charts align it.
func (b *builder) cmpSection(l *locale.Locale) section {
	c := b.meta.Compare
	from, to := b.cmpPeriodText(l)
	var parts []string
	if c.Previous {
		parts = append(parts, l.T("cmp.intro.previous", from, to))
	} else {
		parts = append(parts, l.T("cmp.intro.custom", from, to))
	}
	parts = append(parts,
		l.T("cmp.intro.asof", l.Time(c.AsOf.In(b.loc)), l.Duration(sla(b.res))),
		l.T("cmp.intro.rules"),
		l.T("cmp.intro.align", b.cmpNoun(l)))
	s := section{Heading: l.T("cmp.heading"), Intro: strings.Join(parts, " ")}
	if c.Results == nil {
		s.Empty = l.T("cmp.intro.nodata")
	}
	return s
}

// cmpChartSpec is what a monthly chart draws of the comparison period:
// one dashed line per series, month by month.
type cmpChartSpec struct {
	series []cmpSeriesSpec
}

// cmpSeriesSpec is one series of the comparison period on a chart: the
// catalogue key of its name (with the period's noun as argument), its y
// axis, and its chart value and table cell for month i of the comparison
// period's results.
type cmpSeriesSpec struct {
	name  string
	yAxis int
	value func(l *locale.Locale, r *analyze.Results, i int) (any, string)
}

// cmpCharts are the monthly charts of the report, by chart id: their
// categories are the report's months, one per Results.Months.
var cmpCharts = map[string]cmpChartSpec{
	"resp_monthly": {series: []cmpSeriesSpec{{name: "cmp.series.resp", yAxis: 1,
		value: func(l *locale.Locale, r *analyze.Results, i int) (any, string) {
			s := r.Responsiveness.ByMonth[i].All
			if !s.Measurable || s.ResponseRate == nil {
				return "-", l.T("cmp.cell.nm")
			}
			return pct(s.ResponseRate), l.Pct(*s.ResponseRate)
		}}}},
	"conv_monthly": {series: []cmpSeriesSpec{{name: "cmp.series.share", yAxis: 1,
		value: func(l *locale.Locale, r *analyze.Results, i int) (any, string) {
			s := r.Broadcast.ByMonth[i].BroadcastStats
			if s.BroadcastShare == nil {
				return "-", l.T("cmp.cell.nm")
			}
			return pct(s.BroadcastShare), l.Pct(*s.BroadcastShare)
		}}}},
	"fb_monthly": {series: []cmpSeriesSpec{{name: "cmp.series.per1000", yAxis: 1,
		value: func(l *locale.Locale, r *analyze.Results, i int) (any, string) {
			f := r.NegativeFeedback.Monthly[i].Posts
			if f.Per1000 == nil {
				return "-", l.T("cmp.cell.nm")
			}
			return floatValue(f.Per1000, 1, 2), l.Float(*f.Per1000, 2)
		}}}},
	"fb_follows": {series: []cmpSeriesSpec{
		{name: "cmp.series.follows", yAxis: 0, value: func(l *locale.Locale, r *analyze.Results, i int) (any, string) {
			return cmpCountValue(l, r.NegativeFeedback.Monthly[i].Page.Follows)
		}},
		{name: "cmp.series.unfollows", yAxis: 0, value: func(l *locale.Locale, r *analyze.Results, i int) (any, string) {
			return cmpCountValue(l, r.NegativeFeedback.Monthly[i].Page.Unfollows)
		}},
	}},
}

// cmpCountValue is a count's chart value and table cell.
func cmpCountValue(l *locale.Locale, c analyze.Count) (any, string) {
	if !c.Known {
		return "-", l.T("cmp.cell.unknown")
	}
	return c.Value, l.Int(c.Value)
}

// cmpNone fills the cells of a month that has no counterpart in the
// comparison period.
const cmpNone = "—"

// cmpChart adds the comparison period to a monthly chart (opt, nil when the
// chart is not drawn) and to its data table.
func (b *builder) cmpChart(l *locale.Locale, c *chartView, opt map[string]any, spec cmpChartSpec) error {
	prev := b.meta.Compare.Results
	noun := b.cmpNoun(l)
	if prev == nil {
		c.Table.Caption = joinSentences(c.Table.Caption, l.T("cmp.caption.nodata", noun))
		return nil
	}
	n, pm := len(b.res.Months), len(prev.Months)
	if len(c.Table.Rows) != n {
		return fmt.Errorf("compare: the table has %d rows for %d months", len(c.Table.Rows), n)
	}
	from, to := b.cmpPeriodText(l)
	c.Table.Head = append(c.Table.Head, headCell{Text: l.T("cmp.head.month", noun)})
	for _, s := range spec.series {
		c.Table.Head = append(c.Table.Head, headCell{Text: l.T(s.name, noun), Num: true})
	}
	labels := make([]string, n)
	values := make([][]any, len(spec.series))
	for i := 0; i < n; i++ {
		if i >= pm {
			row := []cell{txt(cmpNone)}
			for k := range spec.series {
				row = append(row, num(cmpNone))
				values[k] = append(values[k], "-")
			}
			c.Table.Rows[i] = append(c.Table.Rows[i], row...)
			continue
		}
		month, err := time.Parse("2006-01", prev.Months[i])
		if err != nil {
			return fmt.Errorf("compare: month %q: %w", prev.Months[i], err)
		}
		labels[i] = l.ShortMonth(month)
		row := []cell{txt(l.Month(month))}
		for k, s := range spec.series {
			v, text := s.value(l, prev, i)
			values[k] = append(values[k], v)
			row = append(row, num(text))
		}
		c.Table.Rows[i] = append(c.Table.Rows[i], row...)
	}
	c.Table.Caption = joinSentences(c.Table.Caption, l.T("cmp.caption.align", noun, from, to))
	if pm > n {
		c.Table.Caption = joinSentences(c.Table.Caption, l.T("cmp.caption.extra", noun, l.Int(int64(pm)), l.Int(int64(n))))
	}
	if opt == nil {
		return nil
	}
	axes, _ := opt["xAxis"].([]any)
	if len(axes) != 1 {
		return fmt.Errorf("compare: the chart has %d x axes, not 1", len(axes))
	}
	opt["xAxis"] = append(axes, map[string]any{
		"type": "category", "position": "top", "data": labels,
		"axisTick":  map[string]any{"show": false},
		"axisLine":  map[string]any{"show": false},
		"axisLabel": map[string]any{"color": "#6b7280"},
	})
	series, _ := opt["series"].([]any)
	for k, s := range spec.series {
		series = append(series, map[string]any{
			"name": l.T(s.name, noun), "type": "line", "xAxisIndex": 1, "yAxisIndex": s.yAxis,
			"connectNulls": false, "symbol": "emptyCircle",
			"lineStyle": map[string]any{"type": "dashed"},
			"data":      values[k],
		})
	}
	opt["series"] = series
	return nil
}

// joinSentences joins two texts with a space, either may be empty.
func joinSentences(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + " " + b
}

// ComparisonJSON is the "comparison" block of data/metrics.json: the
// comparison period and, for every headline figure, both values and the
// change. Values follow the rest of the file (rates as fractions,
// durations in seconds); what is not measurable is null, with the reason.
type ComparisonJSON struct {
	Period PeriodJSON `json:"period"`
	// Rule is "previous" (the period of the same length just before the
	// report's) or "custom" (chosen by the user).
	Rule string `json:"rule"`
	// AsOf is the time the comparison period was judged at (RFC 3339).
	AsOf string `json:"as_of"`
	// HasData is false when the inputs hold no record for the comparison
	// period; then every change is null.
	HasData bool                        `json:"has_data"`
	Figures map[string]FigureChangeJSON `json:"figures"`
}

// FigureChangeJSON compares one headline figure.
type FigureChangeJSON struct {
	// Unit is "fraction", "seconds", "count", "ratio" or "direction" (the
	// trend, whose values are words and whose change is null).
	Unit string `json:"unit"`
	// Better is "higher" or "lower", null for figures that are not judged.
	Better   *string `json:"better"`
	Current  any     `json:"current"`
	Previous any     `json:"previous"`
	// Change is current - previous, in the unit (for rates, a fraction:
	// 0.25 is 25 percentage points).
	Change *float64 `json:"change"`
	// RelativeChange is Change / previous, for seconds, counts and ratios
	// whose previous value is not 0.
	RelativeChange *float64 `json:"relative_change"`
	CurrentReason  *string  `json:"current_reason"`
	PreviousReason *string  `json:"previous_reason"`
}

// cmpJSON fills the comparison block; nil when the report has none.
func cmpJSON(res *analyze.Results, meta Meta) *ComparisonJSON {
	c := meta.Compare
	if c == nil {
		return nil
	}
	loc := location(res)
	j := &ComparisonJSON{
		Period:  PeriodJSON{From: c.From.In(loc).Format(time.RFC3339), To: c.To.In(loc).Format(time.RFC3339)},
		Rule:    "custom",
		AsOf:    c.AsOf.In(loc).Format(time.RFC3339),
		HasData: c.Results != nil,
		Figures: map[string]FigureChangeJSON{},
	}
	if c.Previous {
		j.Rule = "previous"
	}
	str := func(s string) *string { return &s }
	for _, h := range cmpAllHeadlines() {
		f := FigureChangeJSON{Unit: cmpUnit(h.kind)}
		switch h.better {
		case 1:
			f.Better = str("higher")
		case -1:
			f.Better = str("lower")
		}
		cur := h.value(res)
		prev := cmpNM(cmpNoData)
		if c.Results != nil {
			prev = h.value(c.Results)
		}
		value := func(v cmpValue) any {
			if h.kind == cmpText {
				return v.text
			}
			return v.x
		}
		if cur.ok {
			f.Current = value(cur)
		} else {
			f.CurrentReason = str(cur.reason)
		}
		if prev.ok {
			f.Previous = value(prev)
		} else {
			f.PreviousReason = str(prev.reason)
		}
		if cur.ok && prev.ok && h.kind != cmpText {
			d := cur.x - prev.x
			f.Change = &d
			if prev.x != 0 && (h.kind == cmpDuration || h.kind == cmpCount || h.kind == cmpDecimal) {
				r := d / prev.x
				f.RelativeChange = &r
			}
		}
		j.Figures[h.name] = f
	}
	return j
}

// cmpUnit names the unit of a kind in metrics.json.
func cmpUnit(k cmpKind) string {
	switch k {
	case cmpRate:
		return "fraction"
	case cmpDuration:
		return "seconds"
	case cmpDecimal:
		return "ratio"
	case cmpText:
		return "direction"
	}
	return "count"
}
