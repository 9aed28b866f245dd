package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/report"
)

// compareSpec is a parsed --compare: the previous period, or the days
// [from, to) the user gave.
type compareSpec struct {
	previous bool
	from, to time.Time
	text     string // as given, for messages
}

// parseCompare reads --compare: "previous", or "FROM..TO" with dates
// YYYY-MM-DD (midnight in loc), TO included. Empty means no comparison.
func parseCompare(s string, loc *time.Location) (*compareSpec, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, nil
	}
	if s == "previous" {
		return &compareSpec{previous: true, text: s}, nil
	}
	a, b, ok := strings.Cut(s, "..")
	if !ok {
		return nil, usagef("--compare %q: give previous, or a period FROM..TO of dates YYYY-MM-DD (for example 2026-01-01..2026-03-31)", s)
	}
	from, err := time.ParseInLocation("2006-01-02", strings.TrimSpace(a), loc)
	if err != nil {
		return nil, usagef("--compare %q: %q is not a date YYYY-MM-DD", s, strings.TrimSpace(a))
	}
	last, err := time.ParseInLocation("2006-01-02", strings.TrimSpace(b), loc)
	if err != nil {
		return nil, usagef("--compare %q: %q is not a date YYYY-MM-DD", s, strings.TrimSpace(b))
	}
	if last.Before(from) {
		return nil, usagef("--compare %q: the period ends before it starts", s)
	}
	y, m, d := last.Date()
	return &compareSpec{from: from, to: time.Date(y, m, d+1, 0, 0, 0, 0, loc), text: s}, nil
}

// previousPeriod is the period of the same length just before [from, to),
// in from's zone:
//   - when both bounds are the first of a month at midnight (whole calendar
//     months, quarters, years), as many calendar months: April to June
//     gives January to March, March alone gives February;
//   - else, when both are at midnight, as many calendar days (a day is a day
//     even across a daylight-saving change);
//   - else, the same duration.
func previousPeriod(from, to time.Time) (time.Time, time.Time) {
	to = to.In(from.Location())
	if monthStart(from) && monthStart(to) {
		n := (to.Year()-from.Year())*12 + int(to.Month()) - int(from.Month())
		return from.AddDate(0, -n, 0), from
	}
	if midnight(from) && midnight(to) {
		days := int(civilDay(to).Sub(civilDay(from)) / (24 * time.Hour))
		return from.AddDate(0, 0, -days), from
	}
	return from.Add(-to.Sub(from)), from
}

func midnight(t time.Time) bool {
	return t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0
}

func monthStart(t time.Time) bool { return midnight(t) && t.Day() == 1 }

// civilDay is the calendar day of t as midnight UTC, for counting days.
func civilDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// comparisonAsOf is when the comparison period [from, to) is judged: as
// long after its end as the report is judged after its own (never before
// its end), and never after the report's as-of time, after which nothing is
// known. So both periods have had the same time to be answered: a report
// judged at its end judges the comparison period at its end too, its late
// answers left out and its last comments pending, as the report's are.
func comparisonAsOf(res *analyze.Results, to time.Time) time.Time {
	lag := res.AsOf.Sub(res.Period.To)
	if lag < 0 {
		lag = 0
	}
	asOf := to.Add(lag)
	if asOf.After(res.AsOf) {
		asOf = res.AsOf
	}
	return asOf
}

// compareWith computes the comparison period's figures: analyze.Run on the
// same dataset with the same options, but the comparison period and its
// as-of time. When the inputs hold no record in that period, the
// comparison has no Results, and the report says every change is not
// measurable.
func compareWith(ds *analyze.Dataset, opts analyze.Options, res *analyze.Results, spec *compareSpec) (*report.Comparison, error) {
	if spec == nil {
		return nil, nil
	}
	loc := res.Location
	if loc == nil {
		loc = time.UTC
	}
	c := &report.Comparison{Previous: spec.previous, From: spec.from, To: spec.to}
	if spec.previous {
		c.From, c.To = previousPeriod(res.Period.From.In(loc), res.Period.To.In(loc))
	}
	if c.From.Before(res.Period.To) && c.To.After(res.Period.From) {
		return nil, usagef("--compare %s overlaps the report period (%s to %s): compare with a period before or after it",
			spec.text, res.Period.From.In(loc).Format("2006-01-02"), res.Period.To.In(loc).Add(-time.Nanosecond).Format("2006-01-02"))
	}
	c.AsOf = comparisonAsOf(res, c.To)
	if recordsIn(ds, c.From, c.To, c.AsOf, loc) == 0 {
		return c, nil
	}
	popts := opts
	popts.From, popts.To, popts.AsOf = c.From, c.To, c.AsOf
	prev, err := analyze.Run(ds, popts)
	if err != nil {
		return nil, fmt.Errorf("--compare %s: %w", spec.text, err)
	}
	c.Results = prev
	return c, nil
}

// recordsIn counts the records of the dataset in [from, to) known at asOf,
// placing daily rows at midnight in loc as analyze does.
func recordsIn(ds *analyze.Dataset, from, to, asOf time.Time, loc *time.Location) int {
	in := func(t time.Time) bool { return !t.Before(from) && t.Before(to) && !t.After(asOf) }
	n := 0
	for i := range ds.Posts {
		if in(ds.Posts[i].Published) {
			n++
		}
	}
	for i := range ds.Comments {
		if in(ds.Comments[i].Created) {
			n++
		}
	}
	for i := range ds.Daily {
		y, m, d := ds.Daily[i].Date.Date()
		if in(time.Date(y, m, d, 0, 0, 0, 0, loc)) {
			n++
		}
	}
	return n
}

// noteComparison warns on stderr when the comparison period has no data,
// so that the consultant sees it before opening the report.
func noteComparison(w io.Writer, c *report.Comparison) {
	if c == nil || c.Results != nil {
		return
	}
	fmt.Fprintf(w, "socialaudit: warning: the inputs hold no record from %s to %s, the comparison period; every change reads \"not measurable\"\n",
		c.From.Format("2006-01-02"), c.To.Add(-time.Nanosecond).Format("2006-01-02"))
}
