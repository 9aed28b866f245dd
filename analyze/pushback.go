package analyze

import "math"

// pushback sets each full week's posts against its negative feedback per
// 1,000 impressions (see Pushback).
func (c *context) pushback() Pushback {
	opts := c.diag.Pushback
	grid := c.weeks()
	weeks := grid.all()

	// The platforms that carry each kind of feedback in the period.
	pagePlatforms, postPlatforms := map[string]bool{}, map[string]bool{}
	for _, d := range c.daily {
		if c.inPeriod(c.dayStart(d.Date)) && d.Hides.Add(d.HideAll).Add(d.SpamReports).Add(d.Unfollows).Known {
			pagePlatforms[d.Platform] = true
		}
	}
	for _, p := range c.posts {
		if c.inPeriod(p.Published) && p.HasNegativeFeedback() {
			postPlatforms[p.Platform] = true
		}
	}
	if len(pagePlatforms)+len(postPlatforms) == 0 {
		return Pushback{Reason: ReasonNoFeedbackData}
	}

	// postsOf counts the broadcast posts of each week on some platforms.
	postsOf := func(platforms map[string]bool) []int {
		n := make([]int, grid.n)
		for _, p := range c.posts {
			if !p.IsReply && platforms[p.Platform] && c.inPeriod(p.Published) {
				n[grid.index(p.Published)]++
			}
		}
		return n
	}
	// series keeps the full weeks with a rate.
	series := func(posts []int, rate func(i int) (total, impressions Count, per1000 *float64)) []WeekPushback {
		var out []WeekPushback
		for i, w := range weeks {
			if w.Partial {
				continue
			}
			total, imp, r := rate(i)
			if r == nil {
				continue
			}
			out = append(out, WeekPushback{Week: w, Posts: posts[i], Feedback: total.Value, Impressions: imp.Value, Per1000: *r})
		}
		return out
	}

	var page, post []WeekPushback
	if len(pagePlatforms) > 0 {
		acc := make([]PageFeedback, grid.n)
		for _, d := range c.daily {
			start := c.dayStart(d.Date)
			if pagePlatforms[d.Platform] && c.inPeriod(start) {
				acc[grid.index(start)].add(d)
			}
		}
		page = series(postsOf(pagePlatforms), func(i int) (Count, Count, *float64) {
			acc[i].finish()
			return acc[i].Total, acc[i].Impressions, acc[i].Per1000
		})
	}
	if len(postPlatforms) > 0 {
		acc := make([]PostFeedback, grid.n)
		for _, p := range c.posts {
			if postPlatforms[p.Platform] && c.inPeriod(p.Published) {
				acc[grid.index(p.Published)].add(p)
			}
		}
		post = series(postsOf(postPlatforms), func(i int) (Count, Count, *float64) {
			acc[i].finish()
			return acc[i].Total, acc[i].Impressions, acc[i].Per1000
		})
	}

	out := Pushback{Basis: BasisPageRate, Weeks: page}
	switch {
	case len(page) >= opts.MinWeeks:
	case len(post) >= opts.MinWeeks || len(post) > len(page) || len(pagePlatforms) == 0:
		out.Basis, out.Weeks = BasisPostRate, post
	}
	if len(out.Weeks) < opts.MinWeeks {
		out.Reason = ReasonTooFewWeeks
		if len(page) == 0 && len(post) == 0 && c.noImpressions(pagePlatforms, postPlatforms) {
			out.Reason = ReasonNoImpressions
		}
		return out
	}
	xs := make([]float64, len(out.Weeks))
	ys := make([]float64, len(out.Weeks))
	for i, w := range out.Weeks {
		xs[i], ys[i] = float64(w.Posts), w.Per1000
	}
	rho, ok := Spearman(xs, ys)
	if !ok {
		out.Reason = ReasonNoVariation
		return out
	}
	out.Measurable = true
	out.Rho = &rho
	switch a := math.Abs(rho); {
	case a < opts.Moderate:
		out.Strength = StrengthWeak
	case a < opts.Strong:
		out.Strength = StrengthModerate
	default:
		out.Strength = StrengthStrong
	}
	switch {
	case rho > 0:
		out.Direction = DirectionPositive
	case rho < 0:
		out.Direction = DirectionNegative
	default:
		out.Direction = DirectionNone
	}
	return out
}

// noImpressions reports whether none of the period's days or posts that
// carry negative feedback has known, non-zero impressions.
func (c *context) noImpressions(pagePlatforms, postPlatforms map[string]bool) bool {
	for _, d := range c.daily {
		if pagePlatforms[d.Platform] && c.inPeriod(c.dayStart(d.Date)) && d.Impressions.Known && d.Impressions.Value > 0 {
			return false
		}
	}
	for _, p := range c.posts {
		if postPlatforms[p.Platform] && c.inPeriod(p.Published) && p.HasNegativeFeedback() && p.Impressions.Known && p.Impressions.Value > 0 {
			return false
		}
	}
	return true
}
