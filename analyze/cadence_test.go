package analyze

import (
	"fmt"
	"testing"
	"time"
)

// weekly builds a dataset over the 8 full weeks from Monday 2026-01-05 to
// Monday 2026-03-02 (ISO weeks 2026-W02 to W09).
type weekly struct {
	t  *testing.T
	ds Dataset
	n  int
}

var weeklyFrom = time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)

// at is week w (0-based), day d (0 = Monday), hour h.
func (b *weekly) at(w, d int, h time.Duration) time.Time {
	return weeklyFrom.AddDate(0, 0, 7*w+d).Add(h)
}

func (b *weekly) posts(platform string, perWeek ...int) {
	for w, n := range perWeek {
		for k := 0; k < n; k++ {
			b.n++
			b.ds.Posts = append(b.ds.Posts, Post{Platform: platform, ID: fmt.Sprint("p", b.n), Published: b.at(w, 1, time.Duration(k)*time.Hour)})
		}
	}
}

// comment adds a customer comment in week w, answered after `after` (0:
// never).
func (b *weekly) comment(platform string, w int, after time.Duration) {
	b.n++
	id := fmt.Sprint("c", b.n)
	created := b.at(w, 2, time.Duration(b.n)*time.Minute)
	b.ds.Comments = append(b.ds.Comments, Comment{Platform: platform, ID: id, AuthorID: "u" + id, Created: created})
	if after > 0 {
		b.ds.Comments = append(b.ds.Comments, Comment{Platform: platform, ID: "r" + id, ParentID: id, AuthorID: "acme", Created: created.Add(after)})
	}
}

func (b *weekly) opts() Options {
	end := weeklyFrom.AddDate(0, 0, 56)
	return Options{Brand: []string{"acme"}, From: weeklyFrom, To: end, AsOf: end}
}

// As of the end of the period, every unanswered comment is older than the
// SLA. Facebook posts per week [1 1 5 4 0 0 1 1]: sorted [0 0 1 1 1 1 4 5], the
// nearest-rank median is the 4th value, 1; threshold max(3, ceil(2x1)) = 3.
// W04 (5) and W05 (4) are one campaign of 9 posts, followed by 2 silent
// weeks (W06, W07), then a post in W08: not silent to the end.
//
// Customer comments, by window:
//   - other weeks (W02, W03, W08, W09: 4 weeks): 2 in W02 answered in 1 h,
//     1 in W08 answered in 3 h, 1 in W09 unanswered -> 4 comments, 1 per
//     week, 3/4 answered, median of [1h 1h 3h] = 2nd = 1 h.
//   - during (W04, W05: 2 weeks): 3 in W04 answered in 30 min; in W05 1
//     answered in 2 h and 2 unanswered -> 6, 3 per week, 4/6, median of
//     [30m 30m 30m 2h] = 2nd = 30 min.
//   - after (W06, W07: the 2 weeks after): 4 unanswered in W06; in W07 1
//     answered in 10 h, 1 unanswered -> 6, 3 per week, 1/6, median 10 h.
//
// LinkedIn posts [0 0 0 0 0 0 3 0]: median 0, threshold max(3, 0) = 3: W08
// is a campaign, followed by 1 silent week that is the last full week:
// silent to the end. No LinkedIn comment: its answers are not measurable.
// A reply post is not a post.
func TestCadence(t *testing.T) {
	b := &weekly{t: t}
	b.posts("facebook", 1, 1, 5, 4, 0, 0, 1, 1)
	b.posts("linkedin", 0, 0, 0, 0, 0, 0, 3, 0)
	b.ds.Posts = append(b.ds.Posts, Post{Platform: "facebook", ID: "reply", IsReply: true, Published: b.at(4, 1, 0)})
	b.comment("facebook", 0, time.Hour)
	b.comment("facebook", 0, time.Hour)
	b.comment("facebook", 6, 3*time.Hour)
	b.comment("facebook", 7, 0)
	for i := 0; i < 3; i++ {
		b.comment("facebook", 2, 30*time.Minute)
	}
	b.comment("facebook", 3, 2*time.Hour)
	b.comment("facebook", 3, 0)
	b.comment("facebook", 3, 0)
	for i := 0; i < 4; i++ {
		b.comment("facebook", 4, 0)
	}
	b.comment("facebook", 5, 10*time.Hour)
	b.comment("facebook", 5, 0)

	cd := mustRun(t, &b.ds, b.opts()).Diagnostics.Cadence
	if !cd.Measurable || cd.Campaigns != 2 || cd.Silenced != 2 || len(cd.ByPlatform) != 2 {
		t.Fatalf("cadence: measurable %v (%s), campaigns %d, silenced %d, %d platforms", cd.Measurable, cd.Reason, cd.Campaigns, cd.Silenced, len(cd.ByPlatform))
	}
	fb := cd.ByPlatform[0]
	if fb.Platform != "facebook" || !fb.Measurable || fb.FullWeeks != 8 || fb.Median != 1 || fb.Threshold != 3 {
		t.Errorf("facebook: %s measurable %v full weeks %d median %d threshold %d", fb.Platform, fb.Measurable, fb.FullWeeks, fb.Median, fb.Threshold)
	}
	var posts, bursts, silent string
	for _, w := range fb.Weeks {
		posts += fmt.Sprint(w.Posts)
		bursts += map[bool]string{true: "B", false: "."}[w.Burst]
		silent += map[bool]string{true: "S", false: "."}[w.Silent]
		if w.Partial {
			t.Errorf("week %s partial", w.Label)
		}
	}
	if posts != "11540011" || bursts != "..BB...." || silent != "....SS.." {
		t.Errorf("posts %s bursts %s silent %s", posts, bursts, silent)
	}
	if fb.Weeks[0].Label != "2026-W02" || !fb.Weeks[0].Start.Equal(weeklyFrom) || fb.Weeks[7].Label != "2026-W09" {
		t.Errorf("weeks %s %s .. %s", fb.Weeks[0].Label, fb.Weeks[0].Start, fb.Weeks[7].Label)
	}
	want := Campaign{First: fb.Weeks[2].Week, Last: fb.Weeks[3].Week, Weeks: 2, Posts: 9, SilenceWeeks: 2, Silenced: true}
	if len(fb.Campaigns) != 1 || fb.Campaigns[0] != want {
		t.Errorf("campaigns %+v, want %+v", fb.Campaigns, want)
	}
	window := func(name string, w WindowActivity, weeks, comments int, perWeek, rate float64, median time.Duration) {
		t.Helper()
		if w.Weeks != weeks || w.CustomerComments != comments || !w.Responses.Measurable {
			t.Errorf("%s: weeks %d comments %d measurable %v, want %d %d", name, w.Weeks, w.CustomerComments, w.Responses.Measurable, weeks, comments)
		}
		eqRate(t, name+" per week", w.PerWeek, f(perWeek))
		eqRate(t, name+" response rate", w.Responses.ResponseRate, f(rate))
		eqDur(t, name+" median", w.Responses.FirstResponse.Median, median)
	}
	window("other", fb.Other, 4, 4, 1, 3.0/4, time.Hour)
	window("during", fb.During, 2, 6, 3, 4.0/6, 30*time.Minute)
	window("after", fb.After, 2, 6, 3, 1.0/6, 10*time.Hour)

	li := cd.ByPlatform[1]
	wantLi := Campaign{First: li.Weeks[6].Week, Last: li.Weeks[6].Week, Weeks: 1, Posts: 3, SilenceWeeks: 1, Silenced: true, SilenceToEnd: true}
	if li.Median != 0 || li.Threshold != 3 || len(li.Campaigns) != 1 || li.Campaigns[0] != wantLi {
		t.Errorf("linkedin: median %d threshold %d campaigns %+v", li.Median, li.Threshold, li.Campaigns)
	}
	if li.During.Responses.Measurable || li.During.Responses.Reason != ReasonNoBrandComments || li.During.PerWeek == nil || *li.During.PerWeek != 0 {
		t.Errorf("linkedin during: %+v", li.During)
	}

	// Two silent weeks needed: both campaigns still qualify for Facebook
	// (2), not for LinkedIn (1). A factor of 5 puts Facebook's threshold at
	// max(3, 5) = 5: only W04 is a burst, and W05 (4 posts) is no silence.
	o := b.opts()
	o.Diagnostics.Cadence = CadenceOptions{MinSilenceWeeks: 2, BurstFactor: 5}
	cd = mustRun(t, &b.ds, o).Diagnostics.Cadence
	fb, li = cd.ByPlatform[0], cd.ByPlatform[1]
	if fb.Threshold != 5 || len(fb.Campaigns) != 1 || fb.Campaigns[0].Posts != 5 || fb.Campaigns[0].SilenceWeeks != 0 || fb.Campaigns[0].Silenced ||
		li.Campaigns[0].Silenced || cd.Silenced != 0 {
		t.Errorf("stricter: facebook %+v, linkedin %+v, silenced %d", fb.Campaigns, li.Campaigns, cd.Silenced)
	}
}

// A period of 3 full weeks and two partial ones: fewer than 4 full weeks,
// not measurable, but the series is there; partial weeks are flagged.
func TestCadenceTooFewWeeks(t *testing.T) {
	b := &weekly{t: t}
	b.posts("facebook", 1, 2, 3, 4, 5)
	o := b.opts()
	o.From, o.To = weeklyFrom.Add(36*time.Hour), weeklyFrom.AddDate(0, 0, 28).Add(12*time.Hour) // Tue 12:00 .. Mon 12:00
	cd := mustRun(t, &b.ds, o).Diagnostics.Cadence
	if cd.Measurable || cd.Reason != ReasonTooFewWeeks || len(cd.ByPlatform) != 1 {
		t.Fatalf("%+v", cd)
	}
	p := cd.ByPlatform[0]
	if p.Measurable || p.Reason != ReasonTooFewWeeks || p.FullWeeks != 3 || len(p.Weeks) != 5 || !p.Weeks[0].Partial || p.Weeks[1].Partial || !p.Weeks[4].Partial {
		t.Errorf("%+v", p)
	}
	// The first post (Tuesday 00:00) is before the period: 0 in week 0.
	if p.Weeks[0].Posts != 0 || p.Weeks[4].Posts != 0 || p.Weeks[3].Posts != 4 {
		t.Errorf("posts %d %d %d", p.Weeks[0].Posts, p.Weeks[3].Posts, p.Weeks[4].Posts)
	}
	if cd := mustRun(t, &Dataset{Comments: []Comment{cust(t, "c", "", "2026-03-02T10:00:00Z", "")}}, Options{}).Diagnostics.Cadence; cd.Measurable || cd.Reason != ReasonNoPosts {
		t.Errorf("no posts: %+v", cd)
	}
}

// Weeks are calendar weeks of the report's zone, across a change of
// daylight-saving time: Sunday 2026-03-29 23:30 in Paris (21:30 UTC, after
// the clocks went forward) is in the week of Monday 2026-03-23.
func TestWeekGridAcrossDST(t *testing.T) {
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Skip(err)
	}
	c := &context{loc: paris, period: Period{
		From: time.Date(2026, 3, 23, 0, 0, 0, 0, paris),
		To:   time.Date(2026, 4, 6, 0, 0, 0, 0, paris),
	}}
	g := c.weeks()
	if g.n != 2 {
		t.Fatalf("%d weeks", g.n)
	}
	if i := g.index(time.Date(2026, 3, 29, 21, 30, 0, 0, time.UTC)); i != 0 {
		t.Errorf("Sunday night in week %d", i)
	}
	if i := g.index(time.Date(2026, 3, 29, 22, 30, 0, 0, time.UTC)); i != 1 { // Monday 00:30 CEST
		t.Errorf("Monday 00:30 in week %d", i)
	}
	w := g.week(1)
	if w.Label != "2026-W14" || !w.Start.Equal(time.Date(2026, 3, 30, 0, 0, 0, 0, paris)) || w.Partial {
		t.Errorf("week 1 = %+v", w)
	}
	// 2026-01-01 is a Thursday of ISO week 2026-W01, which began on
	// Monday 2025-12-29.
	c.period = Period{From: time.Date(2026, 1, 1, 0, 0, 0, 0, paris), To: time.Date(2026, 1, 5, 0, 0, 0, 0, paris)}
	if w := c.weeks().week(0); w.Label != "2026-W01" || w.Start.Day() != 29 || !w.Partial {
		t.Errorf("first week of 2026 = %+v", w)
	}
}
