package figures

import (
	"strings"
	"testing"
)

// TestCompare: Compare reports each differing figure, and the mean only
// beyond the tolerance.
func TestCompare(t *testing.T) {
	one, two := 1, 2
	x, y := 10.0, 10.0+MeanTolerance/2
	a := Figures{Measurable: true, CustomerComments: 3, Answered: &one,
		FirstResponse: &FirstResponse{Median: &x, Mean: &x}}
	b := a
	b.FirstResponse = &FirstResponse{Median: &x, Mean: &y}
	if d := Compare(a, b); d != nil {
		t.Errorf("means within the tolerance: %v", d)
	}
	b.Answered = &two
	b.FirstResponse = &FirstResponse{Median: &y, Mean: &x}
	d := Compare(a, b)
	if len(d) != 2 || !strings.HasPrefix(d[0], "answered:") || !strings.HasPrefix(d[1], "first_response_seconds.median:") {
		t.Errorf("Compare = %q, want answered and the median", d)
	}
	b = a
	b.Answered = nil
	if d := Compare(a, b); len(d) != 1 {
		t.Errorf("a figure against null: %q", d)
	}
}

// TestFromMetrics reads the overall figures and the inputs' accounting of
// a metrics.json, and ignores the breakdowns.
func TestFromMetrics(t *testing.T) {
	m := `{"schema": 1, "responsiveness": {"measurable": true, "reason": null, "customer_comments": 6,
		"answered": 3, "unanswered": 2, "pending": 1, "answered_within_sla": 3, "response_rate": 0.6,
		"within_sla_rate": 0.6, "first_response_seconds": {"median": 1800, "p90": 7200, "mean": 3000},
		"first_response_buckets": {"within_1h": 2, "1h_8h": 1, "8h_24h": 0, "24h_72h": 0, "over_72h": 0},
		"hidden_without_answer": null, "questions": {"customer_comments": 1},
		"by_platform": {"x": {"customer_comments": 2}}},
		"inputs": [{"file": "a.csv", "rows": 10, "used": 8, "rejected": 1, "merged": 1,
		            "rejections": [{"line": 3, "column": "created_at", "reason": "bad"}]},
		           {"file": "b.csv", "rows": 4, "used": 4, "rejected": 0, "merged": 0, "rejections": []}]}`
	f, err := FromMetrics([]byte(m))
	if err != nil {
		t.Fatal(err)
	}
	if f.CustomerComments != 6 || *f.Answered != 3 || *f.Pending != 1 || *f.FirstResponse.P90 != 7200 ||
		f.Buckets.H1To8 != 1 || f.HiddenWithoutAnswer != nil {
		t.Errorf("figures %+v", f)
	}
	in, err := InputsFromMetrics([]byte(m))
	if err != nil {
		t.Fatal(err)
	}
	if in.Files != 2 || in.Rows != 14 || in.Used != 12 || in.Rejected != 1 || in.Merged != 1 ||
		len(in.Rejections) != 1 || in.Rejections[0] != "a.csv:3: created_at: bad" {
		t.Errorf("inputs %+v", in)
	}
	if _, err := FromMetrics([]byte(`{"schema": 1}`)); err == nil {
		t.Error("no responsiveness: no error")
	}
}
