package analyze

import (
	"math"
	"sort"
)

func (f *PostFeedback) add(p *Post) {
	f.Posts++
	if !p.HasNegativeFeedback() {
		return
	}
	f.PostsWithFeedback++
	f.Hides = f.Hides.Add(p.Hides)
	f.HideAll = f.HideAll.Add(p.HideAll)
	f.SpamReports = f.SpamReports.Add(p.SpamReports)
	f.Unlikes = f.Unlikes.Add(p.Unlikes)
	f.Total = f.Total.Add(p.NegativeFeedback())
	f.Impressions = f.Impressions.Add(p.Impressions)
}

func (f *PostFeedback) finish() { f.Per1000 = per1000(f.Total, f.Impressions) }

func (f *PageFeedback) add(d *Daily) {
	f.Days++
	f.Unfollows = f.Unfollows.Add(d.Unfollows)
	f.Follows = f.Follows.Add(d.Follows)
	f.Hides = f.Hides.Add(d.Hides)
	f.HideAll = f.HideAll.Add(d.HideAll)
	f.SpamReports = f.SpamReports.Add(d.SpamReports)
	f.Impressions = f.Impressions.Add(d.Impressions)
	f.Total = f.Total.Add(d.Hides).Add(d.HideAll).Add(d.SpamReports).Add(d.Unfollows)
}

func (f *PageFeedback) finish() {
	if f.Follows.Known && f.Unfollows.Known {
		f.NetFollowers = KnownCount(f.Follows.Value - f.Unfollows.Value)
	}
	f.Per1000 = per1000(f.Total, f.Impressions)
}

// per1000 is total per 1,000 impressions, nil unless both are known and
// there are impressions.
func per1000(total, impressions Count) *float64 {
	if !total.Known || !impressions.Known || impressions.Value == 0 {
		return nil
	}
	r := float64(total.Value) / float64(impressions.Value) * 1000
	return &r
}

// negativeFeedback sums the negative feedback of the period at post level
// and at page level, by month and by platform, finds its trend and ranks the
// posts that drew the most of it.
func (c *context) negativeFeedback() NegativeFeedback {
	var nf NegativeFeedback
	nf.Monthly = make([]MonthFeedback, len(c.months))
	for i, m := range c.months {
		nf.Monthly[i].Month = m
	}
	byPlatform := map[string]*PlatformFeedback{}
	plat := func(name string) *PlatformFeedback {
		f := byPlatform[name]
		if f == nil {
			f = &PlatformFeedback{Platform: name}
			byPlatform[name] = f
		}
		return f
	}
	for _, p := range c.posts {
		if !c.inPeriod(p.Published) {
			continue
		}
		nf.Posts.add(p)
		nf.Monthly[c.monthOf(p.Published)].Posts.add(p)
		plat(p.Platform).Posts.add(p)
		if t := p.NegativeFeedback(); t.Known && p.Impressions.Known && p.Impressions.Value > 0 {
			nf.TopPosts = append(nf.TopPosts, RankedPost{
				Post:    *p,
				Total:   t.Value,
				Per1000: float64(t.Value) / float64(p.Impressions.Value) * 1000,
			})
		}
	}
	for _, d := range c.daily {
		start := c.dayStart(d.Date)
		if !c.inPeriod(start) {
			continue
		}
		nf.Page.add(d)
		nf.Monthly[c.monthOf(start)].Page.add(d)
		plat(d.Platform).Page.add(d)
	}
	nf.Posts.finish()
	nf.Page.finish()
	for i := range nf.Monthly {
		nf.Monthly[i].Posts.finish()
		nf.Monthly[i].Page.finish()
	}
	for _, name := range sortedKeys(byPlatform) {
		f := byPlatform[name]
		f.Posts.finish()
		f.Page.finish()
		nf.ByPlatform = append(nf.ByPlatform, *f)
	}

	nf.Measurable = nf.Posts.Total.Known || nf.Page.Total.Known
	if !nf.Measurable {
		nf.Reason = ReasonNoFeedbackData
	}
	nf.Trend = trend(nf.Monthly, nf.Measurable)

	sort.Slice(nf.TopPosts, func(i, j int) bool {
		a, b := &nf.TopPosts[i], &nf.TopPosts[j]
		switch {
		case a.Per1000 != b.Per1000:
			return a.Per1000 > b.Per1000
		case a.Total != b.Total:
			return a.Total > b.Total
		case !a.Post.Published.Equal(b.Post.Published):
			return a.Post.Published.Before(b.Post.Published)
		case a.Post.Platform != b.Post.Platform:
			return a.Post.Platform < b.Post.Platform
		case a.Post.Account != b.Post.Account:
			return a.Post.Account < b.Post.Account
		}
		return a.Post.ID < b.Post.ID
	})
	if len(nf.TopPosts) > 10 {
		nf.TopPosts = nf.TopPosts[:10:10]
	}
	return nf
}

// MinTrendMonths is the number of months with a value below which no trend
// is claimed.
const MinTrendMonths = 3

// trend finds the direction of the monthly series, on the first basis that
// has at least MinTrendMonths months with a value: post-level rate per 1,000
// impressions, post-level count, page-level rate, page-level count.
func trend(monthly []MonthFeedback, measurable bool) Trend {
	if !measurable {
		return Trend{Reason: ReasonNoFeedbackData}
	}
	bases := []struct {
		name  string
		value func(m *MonthFeedback) (float64, bool)
	}{
		{BasisPostRate, func(m *MonthFeedback) (float64, bool) { return deref(m.Posts.Per1000) }},
		{BasisPostCount, func(m *MonthFeedback) (float64, bool) { return countValue(m.Posts.Total) }},
		{BasisPageRate, func(m *MonthFeedback) (float64, bool) { return deref(m.Page.Per1000) }},
		{BasisPageCount, func(m *MonthFeedback) (float64, bool) { return countValue(m.Page.Total) }},
	}
	most := 0
	for _, b := range bases {
		var xs, ys []float64
		for i := range monthly {
			if v, ok := b.value(&monthly[i]); ok {
				xs = append(xs, float64(i))
				ys = append(ys, v)
			}
		}
		most = max(most, len(xs))
		if len(xs) < MinTrendMonths {
			continue
		}
		slope := Slope(xs, ys)
		t := Trend{Measurable: true, Basis: b.name, Slope: slope, Months: len(xs), Direction: TrendFlat}
		switch {
		case slope > 0:
			t.Direction = TrendRising
		case slope < 0:
			t.Direction = TrendFalling
		}
		return t
	}
	return Trend{Reason: ReasonTooFewMonths, Months: most}
}

func deref(p *float64) (float64, bool) {
	if p == nil {
		return 0, false
	}
	return *p, true
}

func countValue(c Count) (float64, bool) { return float64(c.Value), c.Known }

// Slope is the least-squares slope of ys against xs. Sums are taken around
// the means so that a constant series gives exactly 0; values closer to 0
// than rounding error (relative 1e-12) are reported as 0.
func Slope(xs, ys []float64) float64 {
	n := float64(len(xs))
	if len(xs) < 2 {
		return 0
	}
	var mx, my float64
	for i := range xs {
		mx += xs[i]
		my += ys[i]
	}
	mx, my = mx/n, my/n
	var sxy, sxx, scale float64
	for i := range xs {
		sxy += (xs[i] - mx) * (ys[i] - my)
		sxx += (xs[i] - mx) * (xs[i] - mx)
		scale = math.Max(scale, math.Abs(ys[i]))
	}
	if sxx == 0 {
		return 0
	}
	s := sxy / sxx
	if math.Abs(s) <= 1e-12*scale {
		return 0
	}
	return s
}
