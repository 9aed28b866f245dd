package analyze

import (
	"fmt"
	"math"
	"sort"
	"sync"
	"time"
)

// diagnostics computes every diagnostic (see Diagnostics).
func (c *context) diagnostics() Diagnostics {
	c.verdicts() // shared, made before the diagnostics run side by side
	d := Diagnostics{Options: c.diag}
	var wg sync.WaitGroup
	wg.Go(func() { d.Canned = c.canned() })
	wg.Go(func() { d.Cadence = c.cadence() })
	wg.Go(func() { d.Crises = c.crises() })
	wg.Go(func() { d.Pushback = c.pushback() })
	wg.Go(func() { d.Clicks = c.clicks() })
	wg.Go(func() { d.Members = c.members() })
	wg.Go(func() { d.Concentration = c.concentration() })
	wg.Go(func() { d.Agents = c.agents() })
	wg.Wait()
	return d
}

// civilDay numbers the calendar day of t in loc: days since 1970-01-01.
// Counting calendar days, not 24-hour spans, keeps days and weeks right
// across daylight-saving changes.
func civilDay(t time.Time, loc *time.Location) int {
	y, m, d := t.In(loc).Date()
	return int(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// dayTime is midnight, in loc, of the calendar day n (see civilDay).
func dayTime(n int, loc *time.Location) time.Time {
	y, m, d := time.Unix(int64(n)*86400, 0).UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, loc)
}

// weekGrid numbers the ISO weeks (Monday to Sunday, report zone) that the
// period touches.
type weekGrid struct {
	loc      *time.Location
	from, to time.Time // the period
	firstDay int       // civil day of the first week's Monday
	n        int
}

func (c *context) weeks() weekGrid {
	g := weekGrid{loc: c.loc, from: c.period.From, to: c.period.To}
	first := civilDay(c.period.From, c.loc)
	last := civilDay(c.period.To.Add(-time.Nanosecond), c.loc)
	// 1970-01-01 (civil day 0) was a Thursday: day n is a Monday when
	// (n+3) % 7 == 0.
	g.firstDay = first - (first+3)%7
	g.n = (last-g.firstDay)/7 + 1
	return g
}

// index returns the week of t; t must lie in the period.
func (g weekGrid) index(t time.Time) int { return (civilDay(t, g.loc) - g.firstDay) / 7 }

// week describes week i. It is full when the period covers it from its
// Monday's midnight to the next Monday's.
func (g weekGrid) week(i int) Week {
	day := g.firstDay + 7*i
	start, end := dayTime(day, g.loc), dayTime(day+7, g.loc)
	y, w := start.ISOWeek()
	full := !start.Before(g.from) && !end.After(g.to)
	return Week{Label: fmt.Sprintf("%04d-W%02d", y, w), Start: start, Partial: !full}
}

// all describes every week of the grid.
func (g weekGrid) all() []Week {
	out := make([]Week, g.n)
	for i := range out {
		out[i] = g.week(i)
	}
	return out
}

// medianInt64 is the nearest-rank median of the values (the value at
// position ceil(n/2) of the sorted values), which is always one of them. It
// sorts its argument; it returns 0 for no value.
func medianInt64(vs []int64) int64 { return percentileInt64(vs, 50) }

// percentileInt64 is the nearest-rank p-th percentile: the value at
// 1-based position ceil(p/100*n) of the sorted values. It sorts its
// argument; it returns 0 for no value.
func percentileInt64(vs []int64, p int) int64 {
	if len(vs) == 0 {
		return 0
	}
	sort.Slice(vs, func(i, j int) bool { return vs[i] < vs[j] })
	return vs[NearestRank(p, len(vs))-1]
}

// Spearman is Spearman's rank correlation of xs and ys: Pearson's
// correlation of their ranks, tied values taking the average of the ranks
// they span. ok is false when there are fewer than 2 pairs or either
// series is constant (then no correlation exists).
func Spearman(xs, ys []float64) (rho float64, ok bool) {
	if len(xs) != len(ys) || len(xs) < 2 {
		return 0, false
	}
	rx, ry := ranks(xs), ranks(ys)
	n := float64(len(xs))
	mean := (n + 1) / 2 // the mean of ranks 1..n, ties averaged or not
	var sxy, sxx, syy float64
	for i := range rx {
		dx, dy := rx[i]-mean, ry[i]-mean
		sxy += dx * dy
		sxx += dx * dx
		syy += dy * dy
	}
	if sxx == 0 || syy == 0 {
		return 0, false
	}
	rho = sxy / math.Sqrt(sxx*syy)
	// Keep rounding error from pushing a perfect relation past 1.
	return math.Max(-1, math.Min(1, rho)), true
}

// ranks returns the 1-based ranks of vs, ties averaged.
func ranks(vs []float64) []float64 {
	order := make([]int, len(vs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return vs[order[a]] < vs[order[b]] })
	r := make([]float64, len(vs))
	for i := 0; i < len(order); {
		j := i
		for j+1 < len(order) && vs[order[j+1]] == vs[order[i]] {
			j++
		}
		avg := float64(i+j)/2 + 1 // positions i..j are ranks i+1..j+1
		for k := i; k <= j; k++ {
			r[order[k]] = avg
		}
		i = j + 1
	}
	return r
}

// judgeableOn tells whether answers can be judged on a platform, and if
// not, why: the rule of Responsiveness.ByPlatform.
func (c *context) judgeableOn(platform string) (bool, string) {
	if !c.anyBrand {
		return false, c.unattributedReason("")
	}
	if !c.attributable[platform] {
		return false, c.unattributedReason(platform)
	}
	return true, ""
}

// judgedReason is the reason responsiveness is not measurable overall ("").
func (c *context) judgedReason() string {
	if !c.anyBrand {
		return c.unattributedReason("")
	}
	return ""
}
