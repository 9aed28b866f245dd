package report

import (
	"strings"
	"unicode/utf8"

	"github.com/socialaudit/socialaudit/analyze"
)

// The point of each chart: one sentence, in the report's language, that
// states what the chart shows, computed from the same figures. It is the
// chart's text alternative (chartView.Point), so it must say what a sighted
// reader takes from the drawing: the change over the months, the largest
// group, the busiest slot, the highest and lowest platform.

// responseRatePoint states how the monthly response rate changed.
func (b *builder) responseRatePoint() string {
	var months []string
	var rates []*float64
	for _, m := range b.res.Responsiveness.ByMonth {
		months = append(months, m.Month)
		var r *float64
		if m.All.Measurable {
			r = m.All.ResponseRate
		}
		rates = append(rates, r)
	}
	return b.changePoint("point.resp-monthly", months, rates, b.rate)
}

// changePoint compares the first and the last month that have a value.
// key names four messages: key.rose and key.fell (from value, from month,
// to value, to month), key.flat (value, "from" month, to month) and key.one
// (value, month) when a single month has a value. Values are compared as
// they are printed, so that "66.7 % to 66.7 %" is flat. It returns "" when
// no month has a value.
func (b *builder) changePoint(key string, months []string, vals []*float64, format func(*float64) string) string {
	first, last := -1, -1
	for i, v := range vals {
		if v == nil {
			continue
		}
		if first < 0 {
			first = i
		}
		last = i
	}
	switch {
	case first < 0:
		return ""
	case first == last:
		return b.t(key+".one", format(vals[first]), b.monthName(months[first]))
	}
	from, to := format(vals[first]), format(vals[last])
	switch {
	case from == to:
		return b.t(key+".flat", from, b.fromMonth(months[first]), b.monthName(months[last]))
	case *vals[last] > *vals[first]:
		return b.t(key+".rose", from, b.monthName(months[first]), to, b.monthName(months[last]))
	}
	return b.t(key+".fell", from, b.monthName(months[first]), to, b.monthName(months[last]))
}

// fromMonth is "from March 2024", "de mars 2024", "d'avril 2024": French
// elides "de" before a vowel.
func (b *builder) fromMonth(month string) string {
	name := b.monthName(month)
	if r, _ := utf8.DecodeRuneInString(name); strings.ContainsRune("aeiouyâàéèêîïôûAEIOUY", r) {
		return b.t("word.from-month-elided", name)
	}
	return b.t("word.from-month", name)
}

// extremesPoint names the highest and the lowest of values by label
// (platforms). key names three messages: key.spread (highest label and
// value, lowest label and value), key.same (value) when every value prints
// the same, and key.one (label, value) when only one label has a value. On
// a tie the first label wins. It returns "" when no label has a value.
func (b *builder) extremesPoint(key string, labels []string, vals []*float64, format func(*float64) string) string {
	hi, lo, n := -1, -1, 0
	same := true
	for i, v := range vals {
		if v == nil {
			continue
		}
		n++
		if hi < 0 {
			hi, lo = i, i
			continue
		}
		if format(v) != format(vals[hi]) {
			same = false
		}
		if *v > *vals[hi] {
			hi = i
		}
		if *v < *vals[lo] {
			lo = i
		}
	}
	switch {
	case n == 0:
		return ""
	case n == 1:
		return b.t(key+".one", labels[hi], format(vals[hi]))
	case same:
		return b.t(key+".same", format(vals[hi]))
	}
	return b.t(key+".spread", labels[hi], format(vals[hi]), labels[lo], format(vals[lo]))
}

// bucketsPoint names the largest group of customer comments: vals are the
// five first-response buckets, then unanswered, then pending. On a tie the
// faster group wins.
func (b *builder) bucketsPoint(vals []int) string {
	total, top := 0, 0
	for i, v := range vals {
		total += v
		if v > vals[top] {
			top = i
		}
	}
	if total == 0 {
		return b.t("point.buckets.none")
	}
	n, of := int64(vals[top]), b.int(int64(total))
	bd := analyze.ResponseBucketBounds
	switch top {
	case 0:
		return b.pl(n, "point.buckets.within", b.int(n), of, b.shortDuration(bd[0]))
	case 1, 2, 3:
		return b.pl(n, "point.buckets.range", b.int(n), of, b.shortDuration(bd[top-1]), b.shortDuration(bd[top]))
	case 4:
		return b.pl(n, "point.buckets.over", b.int(n), of, b.shortDuration(bd[3]))
	case 5:
		return b.pl(n, "point.buckets.unanswered", b.int(n), of, b.sla)
	}
	return b.pl(n, "point.buckets.pending", b.int(n), of, b.sla)
}

// heatmapPoint names the weekday and hour with the most unanswered
// comments. On a tie the earlier slot in the week (Monday first) wins.
func (b *builder) heatmapPoint(grid [7][24]int) string {
	total, td, th := 0, 0, 0
	for d := 0; d < 7; d++ {
		for h := 0; h < 24; h++ {
			total += grid[d][h]
			if grid[d][h] > grid[td][th] {
				td, th = d, h
			}
		}
	}
	if total == 0 {
		return b.t("point.heatmap.none")
	}
	return b.t("point.heatmap", b.weekday(td), b.hourRange(th), b.int(int64(grid[td][th])), b.int(int64(total)))
}

// followsPoint sums the page's follows and unfollows over the months and
// states the net change.
func (b *builder) followsPoint(months []analyze.MonthFeedback) string {
	var fo, unf analyze.Count
	for _, m := range months {
		fo = addKnown(fo, m.Page.Follows)
		unf = addKnown(unf, m.Page.Unfollows)
	}
	follows := func() string { return b.pl(fo.Value, "point.follows.n", b.int(fo.Value)) }
	unfollows := func() string { return b.pl(unf.Value, "point.unfollows.n", b.int(unf.Value)) }
	switch {
	case fo.Known && unf.Known:
		return b.t("point.follows", follows(), unfollows(), b.signed(analyze.KnownCount(fo.Value-unf.Value)))
	case fo.Known:
		return b.t("point.follows.no-unfollows", follows())
	case unf.Known:
		return b.t("point.follows.no-follows", unfollows())
	}
	return ""
}

// addKnown adds c to sum when c is known; the sum is known once any term is.
func addKnown(sum, c analyze.Count) analyze.Count {
	if !c.Known {
		return sum
	}
	return analyze.KnownCount(sum.Value + c.Value)
}

// countFloat is a known count as a chart point value, nil when unknown.
func countFloat(c analyze.Count) *float64 {
	if !c.Known {
		return nil
	}
	f := float64(c.Value)
	return &f
}

// anyValue reports whether any of vals is set.
func anyValue(vals []*float64) bool {
	for _, v := range vals {
		if v != nil {
			return true
		}
	}
	return false
}
