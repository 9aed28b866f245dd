// Package figures holds the responsiveness figures that the benchmark
// compares: those socialaudit writes into data/metrics.json and those the
// DuckDB program prints, in the same JSON shape (the field names of
// metrics.json's "responsiveness" object).
//
// It has no cgo dependency, so that the runner can compare without linking
// DuckDB.
package figures

import (
	"encoding/json"
	"fmt"
	"math"
	"time"
)

// Result is what the DuckDB program prints: the figures, as of and the
// period it found, and how long its query took.
type Result struct {
	Figures
	AsOf         time.Time `json:"as_of"`
	From         time.Time `json:"from"`
	To           time.Time `json:"to"`
	QuerySeconds float64   `json:"query_seconds"`
}

// Figures are the overall responsiveness figures of METRICS.md.
type Figures struct {
	Measurable          bool           `json:"measurable"`
	CustomerComments    int            `json:"customer_comments"`
	Answered            *int           `json:"answered"`
	Unanswered          *int           `json:"unanswered"`
	Pending             *int           `json:"pending"`
	AnsweredWithinSLA   *int           `json:"answered_within_sla"`
	ResponseRate        *float64       `json:"response_rate"`
	WithinSLARate       *float64       `json:"within_sla_rate"`
	FirstResponse       *FirstResponse `json:"first_response_seconds"`
	Buckets             *Buckets       `json:"first_response_buckets"`
	HiddenWithoutAnswer *int           `json:"hidden_without_answer"`
}

// FirstResponse is the nearest-rank median and 90th percentile and the
// mean of the first response times, in seconds.
type FirstResponse struct {
	Median *float64 `json:"median"`
	P90    *float64 `json:"p90"`
	Mean   *float64 `json:"mean"`
}

// Buckets count the answered comments by first response time.
type Buckets struct {
	Within1h int `json:"within_1h"`
	H1To8    int `json:"1h_8h"`
	H8To24   int `json:"8h_24h"`
	H24To72  int `json:"24h_72h"`
	Over72h  int `json:"over_72h"`
}

// FromMetrics reads the overall responsiveness figures of a metrics.json.
func FromMetrics(data []byte) (Figures, error) {
	var m struct {
		Responsiveness *Figures `json:"responsiveness"`
	}
	if err := json.Unmarshal(data, &m); err != nil {
		return Figures{}, fmt.Errorf("reading metrics.json: %w", err)
	}
	if m.Responsiveness == nil {
		return Figures{}, fmt.Errorf("metrics.json has no responsiveness")
	}
	return *m.Responsiveness, nil
}

// MeanTolerance is how far apart the two means may be, in seconds.
// socialaudit sums the durations in float64 nanoseconds (METRICS.md does
// not say how the mean is rounded), DuckDB sums exact integers, so the
// last digits of a mean over millions of values may differ. Every other
// figure must be equal.
const MeanTolerance = 1e-6

// Compare lists the figures that differ between a (socialaudit) and b
// (DuckDB); nil when they agree.
func Compare(a, b Figures) []string {
	var diffs []string
	add := func(name string, x, y any) {
		diffs = append(diffs, fmt.Sprintf("%s: socialaudit %v, duckdb %v", name, x, y))
	}
	if a.Measurable != b.Measurable {
		add("measurable", a.Measurable, b.Measurable)
	}
	if a.CustomerComments != b.CustomerComments {
		add("customer_comments", a.CustomerComments, b.CustomerComments)
	}
	ints := []struct {
		name string
		x, y *int
	}{
		{"answered", a.Answered, b.Answered},
		{"unanswered", a.Unanswered, b.Unanswered},
		{"pending", a.Pending, b.Pending},
		{"answered_within_sla", a.AnsweredWithinSLA, b.AnsweredWithinSLA},
		{"hidden_without_answer", a.HiddenWithoutAnswer, b.HiddenWithoutAnswer},
	}
	for _, f := range ints {
		if !eqPtr(f.x, f.y) {
			add(f.name, show(f.x), show(f.y))
		}
	}
	type pair struct {
		name string
		x, y *float64
	}
	floats := []pair{
		{"response_rate", a.ResponseRate, b.ResponseRate},
		{"within_sla_rate", a.WithinSLARate, b.WithinSLARate},
	}
	if (a.FirstResponse == nil) != (b.FirstResponse == nil) {
		add("first_response_seconds", a.FirstResponse != nil, b.FirstResponse != nil)
	} else if a.FirstResponse != nil {
		floats = append(floats,
			pair{"first_response_seconds.median", a.FirstResponse.Median, b.FirstResponse.Median},
			pair{"first_response_seconds.p90", a.FirstResponse.P90, b.FirstResponse.P90})
		x, y := a.FirstResponse.Mean, b.FirstResponse.Mean
		if (x == nil) != (y == nil) || x != nil && math.Abs(*x-*y) > MeanTolerance {
			add("first_response_seconds.mean", show(x), show(y))
		}
	}
	for _, f := range floats {
		if !eqPtr(f.x, f.y) {
			add(f.name, show(f.x), show(f.y))
		}
	}
	if (a.Buckets == nil) != (b.Buckets == nil) || a.Buckets != nil && *a.Buckets != *b.Buckets {
		add("first_response_buckets", showJSON(a.Buckets), showJSON(b.Buckets))
	}
	return diffs
}

func eqPtr[T comparable](x, y *T) bool {
	if x == nil || y == nil {
		return x == nil && y == nil
	}
	return *x == *y
}

func show[T any](p *T) string {
	if p == nil {
		return "null"
	}
	return fmt.Sprint(*p)
}

func showJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// Inputs is how a report accounted for the rows it read, over all its
// input files: rows = used + rejected + merged.
type Inputs struct {
	Files, Rows, Used, Rejected, Merged int
	// Rejections quotes the first few rejected rows.
	Rejections []string
}

// InputsFromMetrics adds up the "inputs" of a metrics.json.
func InputsFromMetrics(data []byte) (Inputs, error) {
	var m struct {
		Inputs []struct {
			File                         string `json:"file"`
			Rows, Used, Rejected, Merged int
			Rejections                   []struct {
				Line   int    `json:"line"`
				Column string `json:"column"`
				Reason string `json:"reason"`
			} `json:"rejections"`
		} `json:"inputs"`
	}
	if err := json.Unmarshal(data, &m); err != nil {
		return Inputs{}, fmt.Errorf("reading metrics.json: %w", err)
	}
	var in Inputs
	for _, f := range m.Inputs {
		in.Files++
		in.Rows += f.Rows
		in.Used += f.Used
		in.Rejected += f.Rejected
		in.Merged += f.Merged
		for _, r := range f.Rejections {
			if len(in.Rejections) < 5 {
				in.Rejections = append(in.Rejections, fmt.Sprintf("%s:%d: %s: %s", f.File, r.Line, r.Column, r.Reason))
			}
		}
	}
	return in, nil
}
