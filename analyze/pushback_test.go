package analyze

import (
	"math"
	"testing"
	"time"
)

func TestSpearman(t *testing.T) {
	for _, tc := range []struct {
		name   string
		xs, ys []float64
		want   float64
		ok     bool
	}{
		{"increasing", []float64{1, 2, 3, 4}, []float64{10, 20, 25, 100}, 1, true},
		{"decreasing", []float64{1, 2, 3}, []float64{3, 2, 1}, -1, true},
		// Ranks of ys [5 6 7 8 7]: [1 2 3.5 5 3.5]; of xs: [1 2 3 4 5].
		// Around the mean rank 3: sxy = 4+1+0+2+1 = 8, sxx = 10,
		// syy = 4+1+0.25+4+0.25 = 9.5; rho = 8/sqrt(95).
		{"tied", []float64{1, 2, 3, 4, 5}, []float64{5, 6, 7, 8, 7}, 8 / math.Sqrt(95), true},
		{"constant", []float64{1, 2, 3}, []float64{4, 4, 4}, 0, false},
		{"one pair", []float64{1}, []float64{2}, 0, false},
		{"lengths differ", []float64{1, 2}, []float64{1, 2, 3}, 0, false},
	} {
		rho, ok := Spearman(tc.xs, tc.ys)
		if ok != tc.ok || math.Abs(rho-tc.want) > 1e-12 {
			t.Errorf("%s: %v %v, want %v %v", tc.name, rho, ok, tc.want, tc.ok)
		}
	}
}

// pushbackDataset: the 8 full weeks of weekly, with one Facebook daily row
// per week (Monday): 10,000 impressions and a feedback total
// [5 10 20 15 30 25 40 35] (hides T-3, hide_all, spam and unfollows 1
// each), so per 1,000 impressions [0.5 1 2 1.5 3 2.5 4 3.5]. Facebook
// posts per week [1 2 3 2 4 3 5 5]. X posts (no feedback data) and a
// Facebook reply post do not count.
//
// Ranks of posts: 1 -> 1; 2, 2 -> 2.5; 3, 3 -> 4.5; 4 -> 6; 5, 5 -> 7.5:
// [1 2.5 4.5 2.5 6 4.5 7.5 7.5]. Ranks of the rates: [1 2 4 3 6 5 8 7].
// Around the mean rank 4.5: dx [-3.5 -2 0 -2 1.5 0 3 3],
// dy [-3.5 -2.5 -0.5 -1.5 1.5 0.5 3.5 2.5];
// sxy = 12.25+5+0+3+2.25+0+10.5+7.5 = 40.5; sxx = 40.5;
// syy = 12.25+6.25+0.25+2.25+2.25+0.25+12.25+6.25 = 42;
// rho = 40.5/sqrt(40.5x42) = 0.98198: strong, positive.
func pushbackDataset(t *testing.T, weeks int) (*Dataset, Options) {
	b := &weekly{t: t}
	totals := []int64{5, 10, 20, 15, 30, 25, 40, 35}[:weeks]
	b.posts("facebook", []int{1, 2, 3, 2, 4, 3, 5, 5}[:weeks]...)
	b.posts("x", []int{9, 0, 9, 0, 9, 0, 9, 0}[:weeks]...)
	b.ds.Posts = append(b.ds.Posts, Post{Platform: "facebook", ID: "reply", IsReply: true, Published: b.at(0, 3, 0)})
	for w, total := range totals {
		b.ds.Daily = append(b.ds.Daily, Daily{Platform: "facebook", Date: b.at(w, 0, 0), Impressions: KnownCount(10000),
			Hides: KnownCount(total - 3), HideAll: KnownCount(1), SpamReports: KnownCount(1), Unfollows: KnownCount(1)})
	}
	o := b.opts()
	o.To = weeklyFrom.AddDate(0, 0, 7*weeks)
	o.AsOf = o.To
	return &b.ds, o
}

func TestPushback(t *testing.T) {
	ds, opts := pushbackDataset(t, 8)
	pb := mustRun(t, ds, opts).Diagnostics.Pushback
	if !pb.Measurable || pb.Basis != BasisPageRate || len(pb.Weeks) != 8 {
		t.Fatalf("measurable %v (%s) basis %s weeks %d", pb.Measurable, pb.Reason, pb.Basis, len(pb.Weeks))
	}
	want := WeekPushback{Week: Week{Label: "2026-W06", Start: weeklyFrom.AddDate(0, 0, 28)}, Posts: 4, Feedback: 30, Impressions: 10000, Per1000: 3}
	if pb.Weeks[4] != want {
		t.Errorf("week 5 = %+v, want %+v", pb.Weeks[4], want)
	}
	eqRate(t, "rho", pb.Rho, f(40.5/math.Sqrt(40.5*42)))
	if pb.Strength != StrengthStrong || pb.Direction != DirectionPositive {
		t.Errorf("strength %s direction %s", pb.Strength, pb.Direction)
	}
	// Bounds above 0.98: the same rho is moderate, then weak.
	opts.Diagnostics.Pushback = PushbackOptions{Moderate: 0.5, Strong: 0.99}
	if pb := mustRun(t, ds, opts).Diagnostics.Pushback; pb.Strength != StrengthModerate {
		t.Errorf("strength %s, want moderate", pb.Strength)
	}
	opts.Diagnostics.Pushback = PushbackOptions{Moderate: 0.985, Strong: 0.99}
	if pb := mustRun(t, ds, opts).Diagnostics.Pushback; pb.Strength != StrengthWeak {
		t.Errorf("strength %s, want weak", pb.Strength)
	}
}

func TestPushbackTooFewWeeks(t *testing.T) {
	// 7 weeks: no relation claimed, but the weeks are listed.
	ds, opts := pushbackDataset(t, 7)
	pb := mustRun(t, ds, opts).Diagnostics.Pushback
	if pb.Measurable || pb.Reason != ReasonTooFewWeeks || len(pb.Weeks) != 7 || pb.Rho != nil || pb.Strength != "" {
		t.Errorf("7 weeks: %+v", pb)
	}
	// With a minimum of 7 it is measurable.
	opts.Diagnostics.Pushback.MinWeeks = 7
	if pb := mustRun(t, ds, opts).Diagnostics.Pushback; !pb.Measurable {
		t.Errorf("7 of 7: %s", pb.Reason)
	}
	// The same number of posts every week: no variation.
	ds.Posts = nil
	for w := 0; w < 7; w++ {
		for i := 0; i < 2; i++ {
			ds.Posts = append(ds.Posts, Post{Platform: "facebook", ID: string(rune('a' + 2*w + i)), Published: weeklyFrom.AddDate(0, 0, 7*w).Add(time.Hour)})
		}
	}
	pb = mustRun(t, ds, opts).Diagnostics.Pushback
	if pb.Measurable || pb.Reason != ReasonNoVariation {
		t.Errorf("constant posts: %+v", pb)
	}
}

// Without daily rows the post level is used: the rates of the posts
// published each week. Week 1: 1 post, 3 actions on 1,000 impressions =
// 3.0; week 2: 2 posts, 2+2 on 2,000 = 2.0; week 3: 3 posts, 1+1+1 on
// 3,000 = 1.0. Posts [1 2 3] against rates [3 2 1]: rho = -1.
func TestPushbackPostLevel(t *testing.T) {
	b := &weekly{t: t}
	add := func(w int, hides int64, n int) {
		for i := 0; i < n; i++ {
			b.n++
			p := post(t, "p", "2026-01-05T00:00:00Z", 1000, hides, 0, 0, 0)
			p.ID, p.Published = "p"+string(rune('a'+b.n)), b.at(w, 2, time.Duration(i)*time.Hour)
			b.ds.Posts = append(b.ds.Posts, p)
		}
	}
	add(0, 3, 1)
	add(1, 2, 2)
	add(2, 1, 3)
	opts := b.opts()
	opts.To = weeklyFrom.AddDate(0, 0, 21)
	opts.Diagnostics.Pushback.MinWeeks = 3
	pb := mustRun(t, &b.ds, opts).Diagnostics.Pushback
	if !pb.Measurable || pb.Basis != BasisPostRate || len(pb.Weeks) != 3 || pb.Weeks[1].Posts != 2 || pb.Weeks[1].Per1000 != 2 ||
		pb.Direction != DirectionNegative || pb.Strength != StrengthStrong {
		t.Errorf("%+v", pb)
	}
	eqRate(t, "rho", pb.Rho, f(-1))
}

func TestPushbackNoData(t *testing.T) {
	ds := &Dataset{Posts: []Post{post(t, "p", "2026-03-02T10:00:00Z", 1000)}}
	if pb := mustRun(t, ds, Options{}).Diagnostics.Pushback; pb.Measurable || pb.Reason != ReasonNoFeedbackData {
		t.Errorf("no feedback: %+v", pb)
	}
	p := post(t, "p", "2026-03-02T10:00:00Z", 0, 1, 0, 0, 0)
	p.Impressions = Count{}
	ds = &Dataset{Posts: []Post{p}, Daily: []Daily{{Platform: "facebook", Date: ts(t, "2026-03-02T00:00:00Z"), Hides: KnownCount(3)}}}
	if pb := mustRun(t, ds, Options{}).Diagnostics.Pushback; pb.Measurable || pb.Reason != ReasonNoImpressions {
		t.Errorf("no impressions: %+v", pb)
	}
}
