package analyze

import (
	"fmt"
	"reflect"
	"testing"
	"time"
)

// concentrationDataset: three platforms in March 2026.
//
// Followers: Facebook acme 1,000 on 03-01 then 1,200 on 03-10 (the latest:
// 1,200), acme-fr 300 -> 1,500; Instagram 500; X none. So the audience
// falls back to post impressions: Facebook 6,000 + 4,000 = 10,000,
// Instagram 3,000, X 7,000; total 20,000; shares 0.5, 0.15, 0.35;
// HHI = 0.25 + 0.0225 + 0.1225 = 0.395.
//
// Engagement (reactions + comments + shares): Facebook 50+10+0 and 30+10
// (shares unknown) = 100; Instagram 80+20 = 100; X 0. Total 200, shares
// 0.5, 0.5, 0; HHI 0.5; leader Facebook (tied with Instagram, first by
// name).
//
// Conversations: 6 Facebook and 2 Instagram customer comments, X none
// (no comment record): not measurable, X missing.
func concentrationDataset(t *testing.T) *Dataset {
	day := func(d int) time.Time { return time.Date(2026, 3, d, 0, 0, 0, 0, time.UTC) }
	p := func(platform, id string, impressions, reactions, comments int64, shares Count) Post {
		return Post{Platform: platform, ID: id, Published: day(5).Add(time.Hour), Impressions: KnownCount(impressions),
			Reactions: KnownCount(reactions), Comments: KnownCount(comments), Shares: shares}
	}
	ds := &Dataset{
		Posts: []Post{
			p("facebook", "f1", 6000, 50, 10, KnownCount(0)),
			p("facebook", "f2", 4000, 30, 10, Count{}),
			p("instagram", "i1", 3000, 80, 20, Count{}),
			p("x", "x1", 7000, 0, 0, KnownCount(0)),
		},
		Daily: []Daily{
			{Platform: "facebook", Account: "acme", Date: day(1), Followers: KnownCount(1000)},
			{Platform: "facebook", Account: "acme", Date: day(10), Followers: KnownCount(1200)},
			{Platform: "facebook", Account: "acme", Date: day(11)}, // followers unknown: 1,200 stays
			{Platform: "facebook", Account: "acme-fr", Date: day(3), Followers: KnownCount(300)},
			{Platform: "instagram", Date: day(3), Followers: KnownCount(500)},
		},
	}
	for i := 0; i < 8; i++ {
		platform := "facebook"
		if i >= 6 {
			platform = "instagram"
		}
		ds.Comments = append(ds.Comments, Comment{Platform: platform, ID: fmt.Sprint(i), AuthorID: "u", Created: day(6)})
	}
	ds.Comments = append(ds.Comments, Comment{Platform: "facebook", ID: "b", ParentID: "0", AuthorID: "acme", Created: day(7)})
	return ds
}

func checkMeasure(t *testing.T, name string, got ConcentrationMeasure, basis string, total int64, shares []PlatformShare, hhi float64, leader string) {
	t.Helper()
	if !got.Measurable || got.Basis != basis || got.Total != total || got.Leader != leader || got.Missing != nil {
		t.Errorf("%s: measurable %v (%s) basis %s total %d leader %s missing %v", name, got.Measurable, got.Reason, got.Basis, got.Total, got.Leader, got.Missing)
	}
	if len(got.Shares) != len(shares) {
		t.Fatalf("%s: shares %+v", name, got.Shares)
	}
	for i, s := range shares {
		g := got.Shares[i]
		if g.Platform != s.Platform || g.Value != s.Value || abs(g.Share-s.Share) > 1e-12 {
			t.Errorf("%s: share %d = %+v, want %+v", name, i, g, s)
		}
	}
	eqRate(t, name+" HHI", got.HHI, f(hhi))
}

func TestConcentration(t *testing.T) {
	ds := concentrationDataset(t)
	co := mustRun(t, ds, Options{Brand: []string{"acme"}}).Diagnostics.Concentration
	checkMeasure(t, "audience", co.Audience, BasisImpressions, 20000,
		[]PlatformShare{{"facebook", 10000, 0.5}, {"instagram", 3000, 0.15}, {"x", 7000, 0.35}}, 0.395, "facebook")
	checkMeasure(t, "engagement", co.Engagement, BasisEngagement, 200,
		[]PlatformShare{{"facebook", 100, 0.5}, {"instagram", 100, 0.5}, {"x", 0, 0}}, 0.5, "facebook")
	cv := co.Conversations
	if cv.Measurable || cv.Reason != ReasonUnknownForPlatforms || !reflect.DeepEqual(cv.Missing, []string{"x"}) || cv.HHI != nil || cv.Shares != nil {
		t.Errorf("conversations %+v", cv)
	}

	// X's followers known (500): the audience is followers, 1,500 + 500 +
	// 500 = 2,500; shares 0.6, 0.2, 0.2; HHI 0.36 + 0.04 + 0.04 = 0.44.
	// X's comments known (1 customer comment): conversations 6, 2, 1 of 9;
	// HHI (36 + 4 + 1)/81.
	ds.Daily = append(ds.Daily, Daily{Platform: "x", Date: time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC), Followers: KnownCount(500)})
	ds.Comments = append(ds.Comments, Comment{Platform: "x", ID: "x", AuthorID: "u", Created: time.Date(2026, 3, 6, 0, 0, 0, 0, time.UTC)})
	co = mustRun(t, ds, Options{Brand: []string{"acme"}}).Diagnostics.Concentration
	checkMeasure(t, "audience by followers", co.Audience, BasisFollowers, 2500,
		[]PlatformShare{{"facebook", 1500, 0.6}, {"instagram", 500, 0.2}, {"x", 500, 0.2}}, 0.44, "facebook")
	checkMeasure(t, "conversations", co.Conversations, BasisConversations, 9,
		[]PlatformShare{{"facebook", 6, 6.0 / 9}, {"instagram", 2, 2.0 / 9}, {"x", 1, 1.0 / 9}}, 41.0/81, "facebook")
}

func TestConcentrationNotMeasurable(t *testing.T) {
	ds := concentrationDataset(t)
	ds.Posts[3].Impressions = Count{} // X: neither followers nor impressions
	co := mustRun(t, ds, Options{Brand: []string{"acme"}}).Diagnostics.Concentration
	au := co.Audience
	if au.Measurable || au.Reason != ReasonUnknownForPlatforms || au.Basis != BasisFollowers ||
		!reflect.DeepEqual(au.Missing, []string{"x"}) || !reflect.DeepEqual(au.FallbackMissing, []string{"x"}) {
		t.Errorf("audience %+v", au)
	}
	// Everything on one platform: HHI 1.
	one := &Dataset{Posts: []Post{{Platform: "facebook", ID: "p", Published: ts(t, "2026-03-02T10:00:00Z"), Reactions: KnownCount(3)}}}
	co = mustRun(t, one, Options{}).Diagnostics.Concentration
	checkMeasure(t, "one platform", co.Engagement, BasisEngagement, 3, []PlatformShare{{"facebook", 3, 1}}, 1, "facebook")
	// Known zeros only: nothing to share.
	one.Posts[0].Reactions = KnownCount(0)
	if e := mustRun(t, one, Options{}).Diagnostics.Concentration.Engagement; e.Measurable || e.Reason != ReasonZeroTotal || e.HHI != nil {
		t.Errorf("zero total %+v", e)
	}
	// An export that withheld the authors: conversations unknown there.
	withheld := &Dataset{Comments: []Comment{{Platform: "facebook", ID: "c", AuthorWithheld: true, Created: ts(t, "2026-03-02T10:00:00Z")}}}
	if cv := mustRun(t, withheld, Options{}).Diagnostics.Concentration.Conversations; cv.Measurable || !reflect.DeepEqual(cv.Missing, []string{"facebook"}) {
		t.Errorf("withheld %+v", cv)
	}
}
