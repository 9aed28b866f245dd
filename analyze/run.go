package analyze

import (
	"errors"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
)

// ErrNoRecords is returned by Run when the dataset holds no record at all.
var ErrNoRecords = errors.New("no usable record in the input")

// Run computes every figure of a report from the dataset. It is a pure
// function of its arguments: it never reads the clock or the local zone, and
// it does not modify ds.
func Run(ds *Dataset, opts Options) (*Results, error) {
	c, err := newContext(ds, opts)
	if err != nil {
		return nil, err
	}
	res := &Results{
		Period:           c.period,
		AsOf:             c.asOf,
		Location:         c.loc,
		SLA:              c.sla,
		BusinessHours:    c.hours,
		Months:           c.months,
		Inputs:           ds.Inputs,
		IgnoredAfterAsOf: c.ignored,
	}
	// The analyses only read the context once the verdicts (and the
	// answer index under them), which most of them share, are made; they
	// then run side by side, each writing its own part of the results.
	c.verdicts()
	var wg sync.WaitGroup
	wg.Go(func() { res.Platforms = c.platforms() })
	wg.Go(func() { res.Summary = c.summary() })
	wg.Go(func() { res.Responsiveness, res.Open = c.responsiveness() })
	wg.Go(func() { res.Broadcast = c.broadcast() })
	wg.Go(func() { res.NegativeFeedback = c.negativeFeedback() })
	wg.Go(func() { res.Diagnostics = c.diagnostics() })
	wg.Wait()
	return res, nil
}

// context holds the resolved options and the records of the analysis, with
// the brand attribution of every comment decided once.
type context struct {
	loc    *time.Location
	sla    time.Duration
	hours  BusinessHours
	asOf   time.Time
	period Period
	months []string
	// firstYear and firstMonth are the first month of the period.
	firstYear  int
	firstMonth time.Month
	ignored    int

	posts    []*Post    // published at or before as-of
	comments []*Comment // created at or before as-of
	brand    []bool     // brand[i]: comments[i] is from the brand
	// anyBrand: at least one comment is the brand's (METRICS.md's condition
	// for responsiveness to be measurable at all).
	anyBrand bool
	// withheld lists the platforms some of whose comments have their
	// author withheld by the export.
	withheld map[string]bool
	// attributable lists the platforms whose data can say who wrote the
	// comments: a brand comment, or an export stating the author's side.
	attributable map[string]bool
	daily        []*Daily // day starting at or before as-of
	// judged caches verdicts(), answers answerIndex(); nil until first
	// asked for.
	judged  []verdict
	answers answerIndex
	// diag are the diagnostics' rules, defaults filled in.
	diag DiagnosticOptions
}

func newContext(ds *Dataset, opts Options) (*context, error) {
	c := &context{loc: opts.Location, sla: opts.SLA, hours: opts.BusinessHours}
	if c.loc == nil {
		c.loc = time.UTC
	}
	if c.sla == 0 {
		c.sla = DefaultSLA
	}
	if c.sla < 0 {
		return nil, fmt.Errorf("the SLA must be positive, not %s", c.sla)
	}
	if c.hours == (BusinessHours{}) {
		c.hours = DefaultBusinessHours
	}
	if c.hours.Start < 0 || c.hours.End > 24 || c.hours.Start >= c.hours.End {
		return nil, fmt.Errorf("business hours %02d:00-%02d:00 are not a window within one day", c.hours.Start, c.hours.End)
	}
	diag, err := opts.Diagnostics.withDefaults()
	if err != nil {
		return nil, err
	}
	c.diag = diag
	if ds == nil || len(ds.Posts)+len(ds.Comments)+len(ds.Daily) == 0 {
		return nil, ErrNoRecords
	}

	// As of: the latest time of any record, unless given.
	c.asOf = opts.AsOf
	if c.asOf.IsZero() {
		for i := range ds.Posts {
			c.asOf = later(c.asOf, ds.Posts[i].Published)
		}
		for i := range ds.Comments {
			c.asOf = later(c.asOf, ds.Comments[i].Created)
		}
		for i := range ds.Daily {
			c.asOf = later(c.asOf, c.dayStart(ds.Daily[i].Date))
		}
	}
	c.asOf = c.asOf.In(c.loc)

	// Keep what is known at as-of; remember the earliest and latest times.
	var first, last time.Time
	seen := func(t time.Time) {
		if first.IsZero() || t.Before(first) {
			first = t
		}
		if t.After(last) {
			last = t
		}
	}
	c.posts = make([]*Post, 0, len(ds.Posts))
	for i := range ds.Posts {
		p := &ds.Posts[i]
		if p.Published.After(c.asOf) {
			c.ignored++
			continue
		}
		c.posts = append(c.posts, p)
		seen(p.Published)
	}
	c.comments = make([]*Comment, 0, len(ds.Comments))
	for i := range ds.Comments {
		cm := &ds.Comments[i]
		if cm.Created.After(c.asOf) {
			c.ignored++
			continue
		}
		c.comments = append(c.comments, cm)
		seen(cm.Created)
	}
	c.daily = make([]*Daily, 0, len(ds.Daily))
	for i := range ds.Daily {
		d := &ds.Daily[i]
		start := c.dayStart(d.Date)
		if start.After(c.asOf) {
			c.ignored++
			continue
		}
		c.daily = append(c.daily, d)
		seen(start)
	}
	if first.IsZero() {
		return nil, fmt.Errorf("every record is after the as-of time %s", c.asOf.Format(time.RFC3339))
	}

	// The period [from, to).
	c.period = Period{From: opts.From, To: opts.To}
	if c.period.From.IsZero() {
		c.period.From, c.period.FromDefaulted = first, true
	}
	if c.period.To.IsZero() {
		// Just after the latest record, on a whole second.
		c.period.To, c.period.ToDefaulted = last.Add(time.Second).Truncate(time.Second), true
	}
	c.period.From, c.period.To = c.period.From.In(c.loc), c.period.To.In(c.loc)
	if !c.period.From.Before(c.period.To) {
		return nil, fmt.Errorf("the report period is empty: from %s is not before to %s",
			c.period.From.Format(time.RFC3339), c.period.To.Format(time.RFC3339))
	}
	c.months = monthsBetween(c.period.From, c.period.To.Add(-time.Nanosecond))
	c.firstYear, c.firstMonth, _ = c.period.From.Date()

	// Brand attribution, once per comment.
	c.brand = make([]bool, len(c.comments))
	c.attributable = map[string]bool{}
	c.withheld = map[string]bool{}
	brand := NewBrandMatcher(opts)
	for i, cm := range c.comments {
		if cm.AuthorWithheld {
			c.withheld[cm.Platform] = true
		}
		c.brand[i] = brand.Is(cm)
		if c.brand[i] || cm.FromBrand != FlagUnknown {
			c.attributable[cm.Platform] = true
		}
		c.anyBrand = c.anyBrand || c.brand[i]
	}
	return c, nil
}

// unattributedReason says why no comment of a platform ("" for all) can be
// attributed to the brand: the export withheld the authors, or nothing
// matched.
func (c *context) unattributedReason(platform string) string {
	if platform == "" && len(c.withheld) > 0 || c.withheld[platform] {
		return ReasonAuthorsWithheld
	}
	return ReasonNoBrandComments
}

// unjudgeable reports whether a platform's comments must be left out of
// figures that other platforms make measurable: its export withheld the
// authors and nothing else says which are the brand's, so counting them as
// unanswered would invent a failure. When no platform is measurable, the
// whole report says "not measurable" and they stay in its counts.
func (c *context) unjudgeable(platform string) bool {
	return c.anyBrand && c.withheld[platform] && !c.attributable[platform]
}

// brandKey normalises an account name or id for matching: trimmed,
// lower-case, without a leading "@".
func brandKey(s string) string {
	return strings.ToLower(strings.TrimPrefix(strings.TrimSpace(s), "@"))
}

// platformKey normalises a platform id for matching: trimmed, lower-case.
func platformKey(s string) string {
	return strings.ToLower(strings.TrimSpace(s))
}

func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// dayStart places a calendar day (stored as midnight UTC) at midnight in the
// report's zone.
func (c *context) dayStart(d time.Time) time.Time {
	y, m, day := d.Date()
	return time.Date(y, m, day, 0, 0, 0, 0, c.loc)
}

func (c *context) inPeriod(t time.Time) bool {
	return !t.Before(c.period.From) && t.Before(c.period.To)
}

// monthOf returns the index in c.months of the month of t (report zone).
// t must lie in the period.
func (c *context) monthOf(t time.Time) int {
	y, m, _ := t.In(c.loc).Date()
	return (y-c.firstYear)*12 + int(m) - int(c.firstMonth)
}

// monthsBetween lists the months from the month of a to the month of b.
func monthsBetween(a, b time.Time) []string {
	var out []string
	y, m, _ := a.Date()
	ey, em, _ := b.Date()
	for y < ey || (y == ey && m <= em) {
		out = append(out, fmt.Sprintf("%04d-%02d", y, int(m)))
		m++
		if m > 12 {
			m, y = 1, y+1
		}
	}
	return out
}

func (c *context) platforms() []string {
	set := map[string]bool{}
	for _, p := range c.posts {
		if c.inPeriod(p.Published) {
			set[p.Platform] = true
		}
	}
	for _, cm := range c.comments {
		if c.inPeriod(cm.Created) {
			set[cm.Platform] = true
		}
	}
	for _, d := range c.daily {
		if c.inPeriod(c.dayStart(d.Date)) {
			set[d.Platform] = true
		}
	}
	return sortedKeys(set)
}

func (c *context) summary() Summary {
	var s Summary
	for _, p := range c.posts {
		if c.inPeriod(p.Published) {
			s.Posts++
		}
	}
	for i, cm := range c.comments {
		if !c.inPeriod(cm.Created) {
			continue
		}
		s.Comments++
		switch {
		case c.brand[i]:
			s.BrandComments++
		case cm.AuthorWithheld:
			s.AuthorWithheld++
		default:
			s.CustomerComments++
		}
	}
	for _, d := range c.daily {
		if c.inPeriod(c.dayStart(d.Date)) {
			s.Days++
		}
	}
	return s
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func ratio(num, den int) *float64 {
	if den == 0 {
		return nil
	}
	r := float64(num) / float64(den)
	return &r
}

// inRuns shares 0..n out in as many runs [lo, hi) as there are processors,
// calls f on each side by side, and waits for them: for work done on each
// record alone, into a place of its own.
func inRuns(n int, f func(lo, hi int)) {
	procs := runtime.GOMAXPROCS(0)
	run := max((n+procs-1)/procs, 1)
	var wg sync.WaitGroup
	for lo := 0; lo < n; lo += run {
		wg.Go(func() { f(lo, min(lo+run, n)) })
	}
	wg.Wait()
}
