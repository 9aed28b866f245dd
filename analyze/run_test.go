package analyze

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// ts parses an RFC 3339 time or fails the test.
func ts(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func cust(t *testing.T, id, parent, at, text string) Comment {
	return Comment{Platform: "facebook", ID: id, ParentID: parent, AuthorID: "u-" + id, Created: ts(t, at), Text: text}
}

func brandReply(t *testing.T, id, parent, at string) Comment {
	return Comment{Platform: "facebook", ID: id, ParentID: parent, AuthorID: "@Acme", Created: ts(t, at), Text: "thanks"}
}

func mustRun(t *testing.T, ds *Dataset, opts Options) *Results {
	t.Helper()
	res, err := Run(ds, opts)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func f(v float64) *float64 { return &v }

func eqRate(t *testing.T, name string, got, want *float64) {
	t.Helper()
	switch {
	case got == nil && want == nil:
	case got == nil || want == nil:
		t.Errorf("%s = %v, want %v", name, fmtp(got), fmtp(want))
	case abs(*got-*want) > 1e-9:
		t.Errorf("%s = %v, want %v", name, *got, *want)
	}
}

func fmtp(p *float64) any {
	if p == nil {
		return "nil"
	}
	return *p
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func eqDur(t *testing.T, name string, got *time.Duration, want time.Duration) {
	t.Helper()
	if got == nil {
		t.Errorf("%s = nil, want %s", name, want)
	} else if *got != want {
		t.Errorf("%s = %s, want %s", name, *got, want)
	}
}

// The worked example: six customer comments, brand "Acme" given as "acme"
// on the command line (author id "@Acme": case and "@" ignored).
//
//	c1 10:00 answered directly at 10:30                       -> 30 min
//	c2 11:00 reply in c1's thread; brand answers c1's thread
//	         again at 13:00 (parent c1)                        -> 2 h (same-thread rule)
//	c3 12:00 "Where is my order?" answered at 12:10 by a brand
//	         reply to c3 AND at 15:00 -> first = 10 min
//	c4 09:00 day 2, never answered, as-of is day 3 20:00      -> unanswered (35 h old)
//	c5 day 3 19:00, no answer, 1 h old < 24 h SLA             -> pending
//	c6 day 1 08:00 "?": brand reply in c1's thread at 10:30 is
//	         not c6's thread (c6 is top-level)                  -> unanswered, hidden
func exampleDataset(t *testing.T) *Dataset {
	c6 := cust(t, "c6", "", "2026-03-02T08:00:00Z", "Is anyone there?")
	c6.Hidden = FlagYes
	c4 := cust(t, "c4", "", "2026-03-03T09:00:00Z", "meh")
	c4.Hidden = FlagNo
	return &Dataset{Comments: []Comment{
		cust(t, "c1", "", "2026-03-02T10:00:00Z", "Love it"),
		brandReply(t, "b1", "c1", "2026-03-02T10:30:00Z"),
		cust(t, "c2", "c1", "2026-03-02T11:00:00Z", "me too"),
		brandReply(t, "b2", "c1", "2026-03-02T13:00:00Z"),
		cust(t, "c3", "", "2026-03-02T12:00:00Z", "Where is my order?"),
		brandReply(t, "b3", "c3", "2026-03-02T12:10:00Z"),
		brandReply(t, "b4", "c3", "2026-03-02T15:00:00Z"),
		c4,
		cust(t, "c5", "", "2026-03-04T19:00:00Z", "hello"),
		c6,
		{Platform: "facebook", ID: "z", AuthorID: "u-z", Created: ts(t, "2026-03-04T20:00:00Z"), Text: "last"},
	}}
}

func TestResponsivenessWorkedExample(t *testing.T) {
	ds := exampleDataset(t)
	// c-last at 20:00 sets as-of; it is pending too (0 h old).
	res := mustRun(t, ds, Options{Brand: []string{"acme"}})
	r := res.Responsiveness
	if !r.Measurable {
		t.Fatalf("not measurable: %s", r.Reason)
	}
	if got, want := res.AsOf, ts(t, "2026-03-04T20:00:00Z"); !got.Equal(want) {
		t.Errorf("as of = %s, want %s", got, want)
	}
	if r.CustomerComments != 7 || r.Answered != 3 || r.Unanswered != 2 || r.Pending != 2 {
		t.Errorf("customer/answered/unanswered/pending = %d/%d/%d/%d, want 7/3/2/2",
			r.CustomerComments, r.Answered, r.Unanswered, r.Pending)
	}
	eqRate(t, "response rate", r.ResponseRate, f(3.0/5))
	eqRate(t, "within SLA", r.WithinSLARate, f(3.0/5))
	// First responses sorted: 10 min, 30 min, 2 h. Nearest rank: median is
	// position ceil(1.5)=2 -> 30 min; p90 position ceil(2.7)=3 -> 2 h.
	eqDur(t, "median", r.FirstResponse.Median, 30*time.Minute)
	eqDur(t, "p90", r.FirstResponse.P90, 2*time.Hour)
	eqDur(t, "mean", r.FirstResponse.Mean, (10+30+120)*time.Minute/3)
	if r.Buckets != [5]int{2, 1, 0, 0, 0} {
		t.Errorf("buckets = %v, want [2 1 0 0 0]", r.Buckets)
	}
	if r.HiddenWithoutAnswer == nil || *r.HiddenWithoutAnswer != 1 {
		t.Errorf("hidden without answer = %v, want 1", r.HiddenWithoutAnswer)
	}
	// Questions: c3 (answered in 10 min) and c6 (unanswered).
	q := r.Questions
	if q.CustomerComments != 2 || q.Answered != 1 || q.Unanswered != 1 {
		t.Errorf("questions = %+v", q)
	}
	eqRate(t, "question rate", q.ResponseRate, f(0.5))
	// Open comments, oldest first: c6, c4 unanswered; c5, z pending.
	var ids []string
	for _, o := range res.Open {
		s := o.Comment.ID
		if o.Pending {
			s += "(pending)"
		}
		ids = append(ids, s)
	}
	if got := strings.Join(ids, " "); got != "c6 c4 c5(pending) z(pending)" {
		t.Errorf("open = %s", got)
	}
	if res.Open[1].Age != 35*time.Hour {
		t.Errorf("age of c4 = %s, want 35h", res.Open[1].Age)
	}
	if res.Summary.BrandComments != 4 || res.Summary.CustomerComments != 7 {
		t.Errorf("summary = %+v", res.Summary)
	}
	// In hours (09-18 weekdays; 2026-03-02 is a Monday): c1, c2, c3, c4 in;
	// c6 (08:00), c5 (19:00), z (20:00) out.
	if r.InHours.CustomerComments != 4 || r.OutOfHours.CustomerComments != 3 {
		t.Errorf("in/out hours = %d/%d, want 4/3", r.InHours.CustomerComments, r.OutOfHours.CustomerComments)
	}
	eqRate(t, "in-hours rate", r.InHours.ResponseRate, f(3.0/4))
	eqRate(t, "out-of-hours rate", r.OutOfHours.ResponseRate, f(0))
	// Heatmap: unanswered c6 on Monday 08h, c4 on Tuesday 09h.
	if r.Heatmap.Unanswered[0][8] != 1 || r.Heatmap.Unanswered[1][9] != 1 || r.Heatmap.Comments[0][10] != 1 {
		t.Errorf("heatmap wrong: %v", r.Heatmap.Unanswered)
	}
}

func TestSLAAndAsOf(t *testing.T) {
	ds := exampleDataset(t)
	// With a 1 h SLA, c5 (1 h old) is no longer pending, and c2's 2 h
	// answer is outside the SLA.
	res := mustRun(t, ds, Options{Brand: []string{"ACME"}, SLA: time.Hour})
	r := res.Responsiveness
	if r.Pending != 1 || r.Unanswered != 3 || r.AnsweredWithinSLA != 2 {
		t.Errorf("pending/unanswered/within = %d/%d/%d, want 1/3/2", r.Pending, r.Unanswered, r.AnsweredWithinSLA)
	}
	eqRate(t, "within SLA", r.WithinSLARate, f(2.0/6))

	// As of Monday 12:05: b2..b4 and later comments are unknown. c1
	// answered (30 min); c2 (11:00) pending; c3 (12:00) pending;
	// c6 (08:00) pending (4 h old).
	res = mustRun(t, ds, Options{Brand: []string{"acme"}, AsOf: ts(t, "2026-03-02T12:05:00Z")})
	r = res.Responsiveness
	if r.Answered != 1 || r.Pending != 3 || r.Unanswered != 0 {
		t.Errorf("answered/pending/unanswered = %d/%d/%d, want 1/3/0", r.Answered, r.Pending, r.Unanswered)
	}
	// After 12:05: b3, b2, b4, c4, c5, z.
	if res.IgnoredAfterAsOf != 6 {
		t.Errorf("ignored after as-of = %d, want 6", res.IgnoredAfterAsOf)
	}
}

func TestNotMeasurableWithoutBrandComment(t *testing.T) {
	res := mustRun(t, exampleDataset(t), Options{}) // no --brand: nothing says who is the brand
	r := res.Responsiveness
	if r.Measurable || r.Reason != ReasonNoBrandComments {
		t.Fatalf("measurable=%v reason=%q", r.Measurable, r.Reason)
	}
	if r.CustomerComments != 11 || r.Answered != 0 || r.ResponseRate != nil || r.FirstResponse.Median != nil {
		t.Errorf("not-measurable stats leak figures: %+v", r.ResponseStats)
	}
	if len(res.Open) != 0 {
		t.Errorf("open comments listed while not measurable: %d", len(res.Open))
	}
	if res.Broadcast.Measurable || res.Broadcast.Reason != ReasonNoBrandComments {
		t.Errorf("broadcast measurable=%v reason=%q", res.Broadcast.Measurable, res.Broadcast.Reason)
	}
	if res.Responsiveness.ByPlatform[0].All.Measurable {
		t.Error("platform measurable without brand comments")
	}
}

// Comments whose export withheld the authors (Facebook's "undiscoverable")
// are not measurable for that reason, even with --brand given: nothing can
// match an author that is not there.
func TestNotMeasurableWhenAuthorsWithheld(t *testing.T) {
	ds := exampleDataset(t)
	for i := range ds.Comments {
		ds.Comments[i].AuthorID, ds.Comments[i].AuthorName = "", ""
		ds.Comments[i].FromBrand = FlagUnknown
		ds.Comments[i].AuthorWithheld = true
	}
	res := mustRun(t, ds, Options{Brand: []string{"acme"}})
	r := res.Responsiveness
	if r.Measurable || r.Reason != ReasonAuthorsWithheld || r.CustomerComments != len(ds.Comments) {
		t.Fatalf("measurable=%v reason=%q customer comments %d", r.Measurable, r.Reason, r.CustomerComments)
	}
	if res.Broadcast.Measurable || res.Broadcast.Reason != ReasonAuthorsWithheld {
		t.Errorf("broadcast measurable=%v reason=%q", res.Broadcast.Measurable, res.Broadcast.Reason)
	}
	if p := r.ByPlatform[0].All; p.Measurable || p.Reason != ReasonAuthorsWithheld {
		t.Errorf("platform measurable=%v reason=%q", p.Measurable, p.Reason)
	}
}

// Withheld comments on one platform are left out of the figures another
// platform makes measurable: the example's comments are judged as before
// (11 customer comments), plus three withheld facebook comments that count
// only in instagram's own not-measurable row, never as unanswered.
func TestWithheldPlatformLeftOutOfOverall(t *testing.T) {
	ds := exampleDataset(t)
	base := mustRun(t, exampleDataset(t), Options{Brand: []string{"acme"}})
	for i, at := range []string{"2026-03-02T09:00:00Z", "2026-03-02T10:00:00Z", "2026-03-03T11:00:00Z"} {
		c := cust(t, "w"+string(rune('1'+i)), "", at, "why?")
		c.Platform, c.AuthorID, c.AuthorName, c.AuthorWithheld = "instagram", "", "", true
		ds.Comments = append(ds.Comments, c)
	}
	res := mustRun(t, ds, Options{Brand: []string{"acme"}})
	r := res.Responsiveness
	if !r.Measurable || r.CustomerComments != base.Responsiveness.CustomerComments || r.Unanswered != base.Responsiveness.Unanswered || r.LeftOut != 3 {
		t.Fatalf("measurable=%v customer %d (want %d) unanswered %d (want %d) left out %d",
			r.Measurable, r.CustomerComments, base.Responsiveness.CustomerComments, r.Unanswered, base.Responsiveness.Unanswered, r.LeftOut)
	}
	if len(res.Open) != len(base.Open) {
		t.Errorf("open list %d, want %d", len(res.Open), len(base.Open))
	}
	if s := res.Summary; s.AuthorWithheld != 3 || s.CustomerComments != base.Summary.CustomerComments || s.Comments != base.Summary.Comments+3 {
		t.Errorf("summary %+v, base %+v", s, base.Summary)
	}
	for _, p := range r.ByPlatform {
		if p.Platform == "instagram" && (p.All.Measurable || p.All.Reason != ReasonAuthorsWithheld || p.All.CustomerComments != 3 || p.Questions.CustomerComments != 3) {
			t.Errorf("facebook row %+v", p)
		}
	}
}

func TestExportFlagDecidesOverBrandList(t *testing.T) {
	ds := exampleDataset(t)
	// The export says b1 is not from the brand, although its author matches
	// --brand: b1 becomes a customer reply in c1's thread (10:30), answered
	// like c1 itself only by b2 (13:00, parent c1): b1 2 h 30, c1 3 h.
	ds.Comments[1].FromBrand = FlagNo
	// And a customer-looking author flagged as brand answers c4.
	ds.Comments = append(ds.Comments, Comment{Platform: "facebook", ID: "b9", ParentID: "c4",
		AuthorID: "agent7", FromBrand: FlagYes, Created: ts(t, "2026-03-03T10:00:00Z")})
	res := mustRun(t, ds, Options{Brand: []string{"acme"}})
	r := res.Responsiveness
	if r.CustomerComments != 8 || r.Answered != 5 || r.Unanswered != 1 {
		t.Errorf("customer/answered/unanswered = %d/%d/%d, want 8/5/1", r.CustomerComments, r.Answered, r.Unanswered)
	}
	// Firsts: c3 10 min, c4 1 h, c2 2 h, b1 2 h 30, c1 3 h; median rank
	// ceil(2.5) = 3 -> 2 h; p90 rank ceil(4.5) = 5 -> 3 h.
	eqDur(t, "median", r.FirstResponse.Median, 2*time.Hour)
	eqDur(t, "p90", r.FirstResponse.P90, 3*time.Hour)
}

func TestNearestRank(t *testing.T) {
	for _, tc := range []struct{ p, n, want int }{
		{50, 1, 1}, {90, 1, 1}, {50, 2, 1}, {50, 4, 2}, {50, 5, 3},
		{90, 10, 9}, {90, 11, 10}, {90, 100, 90}, {90, 101, 91}, {50, 0, 1},
	} {
		if got := NearestRank(tc.p, tc.n); got != tc.want {
			t.Errorf("NearestRank(%d, %d) = %d, want %d", tc.p, tc.n, got, tc.want)
		}
	}
	var ds []time.Duration
	for i := 10; i >= 1; i-- {
		ds = append(ds, time.Duration(i)*time.Minute)
	}
	s := Durations(ds)
	eqDur(t, "median", s.Median, 5*time.Minute)
	eqDur(t, "p90", s.P90, 9*time.Minute)
	eqDur(t, "mean", s.Mean, 5*time.Minute+30*time.Second)
	if e := Durations(nil); e.Median != nil || e.Mean != nil || e.N != 0 {
		t.Errorf("empty durations: %+v", e)
	}
}

func TestPeriodFilter(t *testing.T) {
	ds := exampleDataset(t)
	// Only Tuesday 3 March: c4 (unanswered). Answers may come after the period.
	res := mustRun(t, ds, Options{Brand: []string{"acme"},
		From: ts(t, "2026-03-03T00:00:00Z"), To: ts(t, "2026-03-04T00:00:00Z")})
	r := res.Responsiveness
	if r.CustomerComments != 1 || r.Unanswered != 1 {
		t.Errorf("customer/unanswered = %d/%d, want 1/1", r.CustomerComments, r.Unanswered)
	}
	// Monday only: c1, c2, c3, c6; answers c2 at 13:00 etc. are inside.
	res = mustRun(t, ds, Options{Brand: []string{"acme"},
		From: ts(t, "2026-03-02T00:00:00Z"), To: ts(t, "2026-03-02T11:30:00Z")})
	r = res.Responsiveness
	// c1 (answered 10:30), c2 (answered at 13:00, after the period end), c6.
	if r.CustomerComments != 3 || r.Answered != 2 || r.Unanswered != 1 {
		t.Errorf("customer/answered/unanswered = %d/%d/%d, want 3/2/1", r.CustomerComments, r.Answered, r.Unanswered)
	}
	if res.Summary.BrandComments != 1 { // b1 only
		t.Errorf("brand comments in period = %d, want 1", res.Summary.BrandComments)
	}
	// Default period: from the earliest record to just after the latest.
	res = mustRun(t, ds, Options{Brand: []string{"acme"}})
	if !res.Period.From.Equal(ts(t, "2026-03-02T08:00:00Z")) || !res.Period.To.Equal(ts(t, "2026-03-04T20:00:01Z")) {
		t.Errorf("default period = %s .. %s", res.Period.From, res.Period.To)
	}
	if !res.Period.FromDefaulted || !res.Period.ToDefaulted {
		t.Error("default period not flagged")
	}
	if _, err := Run(ds, Options{From: ts(t, "2026-03-05T00:00:00Z"), To: ts(t, "2026-03-05T00:00:00Z")}); err == nil {
		t.Error("empty period accepted")
	}
}

func TestTimeZoneMonthsAndHours(t *testing.T) {
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Fatal(err)
	}
	ds := &Dataset{Comments: []Comment{
		// 31 March 22:30 UTC is 1 April 00:30 in Paris (CEST, +02:00).
		cust(t, "a", "", "2026-03-31T22:30:00Z", "x"),
		// 28 March 23:30 UTC is Sunday 29 March 00:30 in Paris (CET, +01:00).
		cust(t, "b", "", "2026-03-28T23:30:00Z", "y"),
		brandReply(t, "r", "b", "2026-03-29T06:00:00Z"),
	}}
	res := mustRun(t, ds, Options{Brand: []string{"acme"}, Location: paris})
	if got := strings.Join(res.Months, ","); got != "2026-03,2026-04" {
		t.Fatalf("months = %s", got)
	}
	if res.Responsiveness.ByMonth[0].All.CustomerComments != 1 || res.Responsiveness.ByMonth[1].All.CustomerComments != 1 {
		t.Errorf("by month = %+v", res.Responsiveness.ByMonth)
	}
	h := res.Responsiveness.Heatmap.Comments
	if h[2][0] != 1 || h[6][0] != 1 { // Wednesday 00h, Sunday 00h
		t.Errorf("heatmap weekday/hour wrong: wed=%v sun=%v", h[2], h[6])
	}
	// In UTC both are in March.
	res = mustRun(t, ds, Options{Brand: []string{"acme"}})
	if got := strings.Join(res.Months, ","); got != "2026-03" {
		t.Errorf("UTC months = %s", got)
	}
	if res.Location != time.UTC || res.AsOf.Location() != time.UTC {
		t.Error("default zone is not UTC")
	}
}

func TestBroadcast(t *testing.T) {
	ds := &Dataset{
		Posts: []Post{
			{Platform: "facebook", ID: "p1", Published: ts(t, "2026-01-05T10:00:00Z")},
			{Platform: "facebook", ID: "p2", Published: ts(t, "2026-01-06T10:00:00Z")},
			{Platform: "x", ID: "t1", Published: ts(t, "2026-02-01T10:00:00Z")},
			{Platform: "x", ID: "t2", Published: ts(t, "2026-02-02T10:00:00Z"), IsReply: true},
			{Platform: "x", ID: "t3", Published: ts(t, "2026-02-03T10:00:00Z")},
		},
		Comments: []Comment{
			cust(t, "c1", "", "2026-01-05T11:00:00Z", "hi"),
			brandReply(t, "b1", "c1", "2026-01-05T12:00:00Z"),
			// A top-level brand comment (no parent) is not a reply.
			{Platform: "facebook", ID: "b2", AuthorID: "acme", Created: ts(t, "2026-01-07T12:00:00Z")},
		},
	}
	res := mustRun(t, ds, Options{Brand: []string{"acme"}})
	b := res.Broadcast
	if !b.Measurable || b.BrandPosts != 4 || b.BrandReplies != 2 {
		t.Fatalf("broadcast = %+v", b.BroadcastStats)
	}
	eqRate(t, "share", b.BroadcastShare, f(4.0/6))
	eqRate(t, "posts per reply", b.PostsPerReply, f(2))
	if len(b.ByPlatform) != 2 || b.ByPlatform[0].BrandPosts != 2 || b.ByPlatform[0].BrandReplies != 1 ||
		b.ByPlatform[1].BrandPosts != 2 || b.ByPlatform[1].BrandReplies != 1 {
		t.Errorf("by platform = %+v", b.ByPlatform)
	}
	if len(b.ByMonth) != 2 || b.ByMonth[0].BrandPosts != 2 || b.ByMonth[0].BrandReplies != 1 {
		t.Errorf("by month = %+v", b.ByMonth)
	}
	// Posts with no replies at all: share 100 %, posts per reply not measurable.
	ds.Posts[3].IsReply = false
	ds.Comments = ds.Comments[:1]
	ds.Comments[0].FromBrand = FlagNo // the export says who wrote it
	res = mustRun(t, ds, Options{})
	b = res.Broadcast
	if !b.Measurable || b.BrandReplies != 0 || b.PostsPerReply != nil {
		t.Errorf("no replies: %+v", b.BroadcastStats)
	}
	eqRate(t, "share", b.BroadcastShare, f(1))
	// No comments and no reply posts: replies cannot be counted.
	ds.Comments = nil
	res = mustRun(t, ds, Options{})
	if res.Broadcast.Measurable || res.Broadcast.Reason != ReasonNoReplySource || res.Broadcast.BroadcastShare != nil {
		t.Errorf("no reply source: %+v", res.Broadcast.BroadcastStats)
	}
}

func post(t *testing.T, id, at string, impressions int64, fb ...int64) Post {
	p := Post{Platform: "facebook", ID: id, Published: ts(t, at), Impressions: KnownCount(impressions)}
	if len(fb) == 4 {
		p.Hides, p.HideAll, p.SpamReports, p.Unlikes = KnownCount(fb[0]), KnownCount(fb[1]), KnownCount(fb[2]), KnownCount(fb[3])
	}
	return p
}

func TestNegativeFeedback(t *testing.T) {
	ds := &Dataset{
		Posts: []Post{
			post(t, "a", "2026-01-10T10:00:00Z", 1000, 2, 1, 0, 1), // 4 -> 4.0 per 1000
			post(t, "b", "2026-02-10T10:00:00Z", 2000, 5, 0, 1, 0), // 6 -> 3.0
			post(t, "c", "2026-02-20T10:00:00Z", 500),              // no feedback columns: impressions not counted
			post(t, "d", "2026-03-10T10:00:00Z", 1000, 8, 2, 0, 0), // 10 -> 10.0
			{Platform: "instagram", ID: "i", Published: ts(t, "2026-03-11T10:00:00Z")},
		},
		Daily: []Daily{
			{Platform: "facebook", Date: ts(t, "2026-01-01T00:00:00Z"), Follows: KnownCount(10), Unfollows: KnownCount(3), Hides: KnownCount(1)},
			{Platform: "facebook", Date: ts(t, "2026-03-01T00:00:00Z"), Follows: KnownCount(2), Unfollows: KnownCount(7)},
		},
	}
	res := mustRun(t, ds, Options{})
	nf := res.NegativeFeedback
	if !nf.Measurable {
		t.Fatal("not measurable")
	}
	p := nf.Posts
	if p.Posts != 5 || p.PostsWithFeedback != 3 || p.Hides.Value != 15 || p.HideAll.Value != 3 ||
		p.SpamReports.Value != 1 || p.Unlikes.Value != 1 || p.Total.Value != 20 || p.Impressions.Value != 4000 {
		t.Errorf("posts = %+v", p)
	}
	eqRate(t, "per 1000", p.Per1000, f(5)) // 20 / 4000 * 1000
	g := nf.Page
	if g.Days != 2 || g.Follows.Value != 12 || g.Unfollows.Value != 10 || g.NetFollowers.Value != 2 || !g.NetFollowers.Known {
		t.Errorf("page = %+v", g)
	}
	if g.HideAll.Known || g.SpamReports.Known || g.Impressions.Known || g.Per1000 != nil {
		t.Errorf("unknown page counters became known: %+v", g)
	}
	if g.Total.Value != 11 { // hides 1 + unfollows 10
		t.Errorf("page total = %v, want 11", g.Total)
	}
	// Monthly rates 4, 3, 10 over months 0, 1, 2: slope = ((−1)(4−17/3) + (1)(10−17/3)) / 2 = 3.
	tr := nf.Trend
	if !tr.Measurable || tr.Basis != BasisPostRate || tr.Months != 3 || tr.Direction != TrendRising || abs(tr.Slope-3) > 1e-9 {
		t.Errorf("trend = %+v", tr)
	}
	// Ranking: d (10), a (4), b (3); c and i have no feedback.
	if len(nf.TopPosts) != 3 || nf.TopPosts[0].Post.ID != "d" || nf.TopPosts[1].Post.ID != "a" || nf.TopPosts[2].Post.ID != "b" {
		t.Errorf("top posts = %+v", nf.TopPosts)
	}
	if nf.ByPlatform[1].Platform != "instagram" || nf.ByPlatform[1].Posts.Total.Known || nf.ByPlatform[1].Posts.Per1000 != nil {
		t.Errorf("instagram feedback invented: %+v", nf.ByPlatform[1])
	}
	// Two months only: no trend.
	res = mustRun(t, ds, Options{To: ts(t, "2026-03-01T00:00:00Z")})
	if tr := res.NegativeFeedback.Trend; tr.Measurable || tr.Reason != ReasonTooFewMonths || tr.Months != 2 {
		t.Errorf("two-month trend = %+v", tr)
	}
	// Unknown impressions: the count is used instead of the rate.
	for i := range ds.Posts {
		ds.Posts[i].Impressions = Count{}
	}
	res = mustRun(t, ds, Options{})
	if tr := res.NegativeFeedback.Trend; tr.Basis != BasisPostCount || tr.Direction != TrendRising || abs(tr.Slope-3) > 1e-9 {
		t.Errorf("count trend = %+v", tr) // 4, 6, 10 -> slope 3
	}
	if res.NegativeFeedback.Posts.Per1000 != nil || len(res.NegativeFeedback.TopPosts) != 0 {
		t.Error("rate computed without impressions")
	}
	// No counters anywhere: not measurable.
	res = mustRun(t, &Dataset{Posts: []Post{{Platform: "x", ID: "1", Published: ts(t, "2026-01-01T00:00:00Z")}}}, Options{})
	if res.NegativeFeedback.Measurable || res.NegativeFeedback.Reason != ReasonNoFeedbackData || res.NegativeFeedback.Trend.Reason != ReasonNoFeedbackData {
		t.Errorf("no data: %+v", res.NegativeFeedback)
	}
}

func TestSlope(t *testing.T) {
	for _, tc := range []struct {
		xs, ys []float64
		want   float64
	}{
		{[]float64{0, 1, 2}, []float64{1, 2, 3}, 1},
		{[]float64{0, 1, 2}, []float64{3, 2, 1}, -1},
		{[]float64{0, 1, 3}, []float64{0.1, 0.1, 0.1}, 0},
		{[]float64{0, 2, 4, 6}, []float64{1, 1, 2, 2}, 0.2},
	} {
		// Case 4 by hand: mean x 3, mean y 1.5; sxy = (−3)(−.5)+(−1)(−.5)+(1)(.5)+(3)(.5) = 4; sxx = 9+1+1+9 = 20.
		if got := Slope(tc.xs, tc.ys); abs(got-tc.want) > 1e-12 {
			t.Errorf("Slope(%v, %v) = %v, want %v", tc.xs, tc.ys, got, tc.want)
		}
	}
}

func TestNoRecords(t *testing.T) {
	if _, err := Run(&Dataset{}, Options{}); !errors.Is(err, ErrNoRecords) {
		t.Errorf("err = %v, want ErrNoRecords", err)
	}
	if _, err := Run(exampleDataset(t), Options{SLA: -time.Hour}); err == nil {
		t.Error("negative SLA accepted")
	}
}

func TestDailyInPeriodUsesReportZone(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	ds := &Dataset{Daily: []Daily{
		{Platform: "facebook", Date: ts(t, "2026-05-31T00:00:00Z"), Unfollows: KnownCount(1)},
		{Platform: "facebook", Date: ts(t, "2026-06-01T00:00:00Z"), Unfollows: KnownCount(2)},
	}}
	// The period June in New York starts at 04:00 UTC; the day 1 June (midnight
	// in New York) belongs to it, 31 May does not.
	res := mustRun(t, ds, Options{Location: ny,
		From: time.Date(2026, 6, 1, 0, 0, 0, 0, ny), To: time.Date(2026, 7, 1, 0, 0, 0, 0, ny)})
	if g := res.NegativeFeedback.Page; g.Days != 1 || g.Unfollows.Value != 2 {
		t.Errorf("page = %+v", g)
	}
}

func TestIsQuestion(t *testing.T) {
	for s, want := range map[string]bool{"why?": true, "¿qué": true, "なぜ？": true, "fine.": false, "": false} {
		if IsQuestion(s) != want {
			t.Errorf("IsQuestion(%q) != %v", s, want)
		}
	}
}

// A platform whose export states the author's side can be judged even when
// the brand never answered there; one that states nothing cannot.
func TestPlatformMeasurability(t *testing.T) {
	ds := exampleDataset(t)
	ds.Comments = append(ds.Comments,
		Comment{Platform: "instagram", ID: "i1", AuthorID: "fan", FromBrand: FlagNo, Created: ts(t, "2026-03-02T10:00:00Z")},
		Comment{Platform: "linkedin", ID: "l1", AuthorID: "fan", Created: ts(t, "2026-03-02T10:00:00Z")},
	)
	res := mustRun(t, ds, Options{Brand: []string{"acme"}})
	got := map[string]ResponseStats{}
	for _, p := range res.Responsiveness.ByPlatform {
		got[p.Platform] = p.All
	}
	if ig := got["instagram"]; !ig.Measurable || ig.Unanswered != 1 || ig.ResponseRate == nil || *ig.ResponseRate != 0 {
		t.Errorf("instagram = %+v", ig)
	}
	if li := got["linkedin"]; li.Measurable || li.Reason != ReasonNoBrandComments || li.CustomerComments != 1 {
		t.Errorf("linkedin = %+v", li)
	}
	if !got["facebook"].Measurable {
		t.Error("facebook not measurable")
	}
}

// Page-level data only: the trend falls back to the page rate, then to the
// page count. Totals (hides + hide_all + spam_reports + unfollows) per
// 1,000 impressions are 2, 3 and 6 in Jan, Feb, Mar: slope by hand
// ((−1)(2−11/3) + (1)(6−11/3)) / 2 = 2.
func TestTrendOnPageData(t *testing.T) {
	day := func(date string, hides, hideAll, spam, unfollows, impressions int64) Daily {
		return Daily{Platform: "facebook", Date: ts(t, date+"T00:00:00Z"), Hides: KnownCount(hides), HideAll: KnownCount(hideAll),
			SpamReports: KnownCount(spam), Unfollows: KnownCount(unfollows), Impressions: KnownCount(impressions)}
	}
	ds := &Dataset{Daily: []Daily{
		day("2026-01-01", 1, 0, 0, 1, 1000),
		day("2026-02-01", 2, 0, 1, 0, 1000),
		day("2026-03-01", 0, 4, 0, 2, 1000),
	}}
	res := mustRun(t, ds, Options{})
	nf := res.NegativeFeedback
	eqRate(t, "page per 1000", nf.Page.Per1000, f(11.0/3)) // 11 actions over 3,000 impressions
	if tr := nf.Trend; tr.Basis != BasisPageRate || tr.Direction != TrendRising || tr.Months != 3 || abs(tr.Slope-2) > 1e-9 {
		t.Errorf("page-rate trend = %+v", tr)
	}
	for i := range ds.Daily {
		ds.Daily[i].Impressions = Count{}
	}
	res = mustRun(t, ds, Options{})
	if tr := res.NegativeFeedback.Trend; tr.Basis != BasisPageCount || abs(tr.Slope-2) > 1e-9 {
		t.Errorf("page-count trend = %+v", tr)
	}
	if res.NegativeFeedback.Page.Per1000 != nil {
		t.Error("page rate without impressions")
	}
}

// TestBrandByPlatform: "Lumen" is the brand's handle on X, but on Facebook
// it is a customer's name; the brand's Facebook page is "Lumen Home". By
// hand (Monday 2026-03-02, UTC, as of Wednesday 00:00, SLA 24 h):
//
//	x1 10:00 fan1 on X           answered by x2 (@Lumen, brand on X) at 11:00: 1 h
//	f1 10:00 Lumen on Facebook   a customer; never answered, 38 h old: unanswered
//	f2 10:00 u2 on Facebook      answered by f3 (Lumen Home) at 10:30: 30 min
//
// Brand comments 2 (x2, f3), customer comments 3; answered 2 of 3;
// median (nearest rank, n=2: position 1) 30 min, p90 (position 2) 1 h.
// X alone: 1 of 1; Facebook alone: 1 of 2.
func TestBrandByPlatform(t *testing.T) {
	at := func(s string) time.Time { return ts(t, "2026-03-02T"+s+":00Z") }
	ds := &Dataset{Comments: []Comment{
		{Platform: "x", ID: "x1", AuthorID: "fan1", Created: at("10:00"), Text: "hello"},
		{Platform: "x", ID: "x2", ParentID: "x1", AuthorID: "98765", AuthorName: "@Lumen", Created: at("11:00"), Text: "hi"},
		{Platform: "facebook", ID: "f1", AuthorID: "lumen", AuthorName: "Lumen", Created: at("10:00"), Text: "my order"},
		{Platform: "facebook", ID: "f2", AuthorID: "u2", Created: at("10:00"), Text: "question"},
		{Platform: "facebook", ID: "f3", ParentID: "f2", AuthorName: "Lumen Home", Created: at("10:30"), Text: "answer"},
	}}
	opts := Options{
		AsOf:            ts(t, "2026-03-04T00:00:00Z"),
		BrandByPlatform: map[string][]string{"X": {"lumen"}, " facebook ": {"LUMEN HOME"}},
	}
	res := mustRun(t, ds, opts)
	if res.Summary.BrandComments != 2 || res.Summary.CustomerComments != 3 {
		t.Errorf("brand/customer comments = %d/%d, want 2/3", res.Summary.BrandComments, res.Summary.CustomerComments)
	}
	r := res.Responsiveness
	if r.Answered != 2 || r.Unanswered != 1 || r.Pending != 0 {
		t.Errorf("answered/unanswered/pending = %d/%d/%d, want 2/1/0", r.Answered, r.Unanswered, r.Pending)
	}
	eqRate(t, "response rate", r.ResponseRate, f(2.0/3))
	eqDur(t, "median", r.FirstResponse.Median, 30*time.Minute)
	eqDur(t, "p90", r.FirstResponse.P90, time.Hour)
	if len(res.Open) != 1 || res.Open[0].Comment.ID != "f1" {
		t.Errorf("open = %+v, want f1 only", res.Open)
	}
	want := map[string][2]int{"facebook": {1, 2}, "x": {1, 1}} // answered, customer
	for _, p := range r.ByPlatform {
		if got := [2]int{p.All.Answered, p.All.CustomerComments}; got != want[p.Platform] {
			t.Errorf("%s: answered/customer = %v, want %v", p.Platform, got, want[p.Platform])
		}
	}
	if len(r.ByPlatform) != 2 {
		t.Errorf("%d platforms, want 2", len(r.ByPlatform))
	}

	// The same handle given for every platform makes f1 the brand's: then
	// only x1 and f2 are customers', both answered.
	opts.Brand = []string{"lumen"}
	res = mustRun(t, ds, opts)
	if res.Summary.BrandComments != 3 || res.Responsiveness.Answered != 2 || res.Responsiveness.Unanswered != 0 {
		t.Errorf("with --brand lumen: brand %d, answered %d, unanswered %d; want 3, 2, 0",
			res.Summary.BrandComments, res.Responsiveness.Answered, res.Responsiveness.Unanswered)
	}
}
