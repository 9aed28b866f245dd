package analyze

import (
	"testing"
	"time"
)

// Broken parent links straight from a file (the importers repair them, but
// the analysis must not rely on it): a cycle c2 -> c3 -> c2, a brand
// comment that names itself as its parent, and a brand reply older than
// the comment it replies to. The analysis follows one link at a time and
// never a chain, so it ends; hand-computed: b2 (10:30) replies to c2
// (10:05), answering c2 in 25 min and, in the same thread, c3 (10:10) in
// 20 min; b3 (09:00) is older than c1 (10:00) and does not answer it, so
// c1 is pending at as-of (10:30, the latest record).
func TestBrokenThreadsEnd(t *testing.T) {
	ds := &Dataset{Comments: []Comment{
		cust(t, "c1", "", "2026-03-02T10:00:00Z", "hello"),
		cust(t, "c2", "c3", "2026-03-02T10:05:00Z", "a"),
		cust(t, "c3", "c2", "2026-03-02T10:10:00Z", "b"),
		brandReply(t, "b1", "b1", "2026-03-02T10:20:00Z"),
		brandReply(t, "b2", "c2", "2026-03-02T10:30:00Z"),
		brandReply(t, "b3", "c1", "2026-03-02T09:00:00Z"),
	}}
	done := make(chan *Results)
	var err error
	go func() {
		res, e := Run(ds, Options{Brand: []string{"acme"}})
		err = e
		done <- res
	}()
	var res *Results
	select {
	case res = <-done:
	case <-time.After(time.Minute):
		t.Fatal("the analysis does not end on a cycle of parents")
	}
	if err != nil {
		t.Fatal(err)
	}
	r := res.Responsiveness
	if r.CustomerComments != 3 || r.Answered != 2 || r.Pending != 1 || r.Unanswered != 0 {
		t.Errorf("customer/answered/pending/unanswered = %d/%d/%d/%d, want 3/2/1/0",
			r.CustomerComments, r.Answered, r.Pending, r.Unanswered)
	}
	// Nearest rank over 20 min and 25 min: the median is position 1.
	eqDur(t, "median", r.FirstResponse.Median, 20*time.Minute)
	eqDur(t, "p90", r.FirstResponse.P90, 25*time.Minute)
}
