package analyze

import (
	"fmt"
	"testing"
	"time"
)

// clicksDataset: ten Facebook posts with clicks (c), comments (m) and
// shares (s); conversation = m + s.
//
//	p1  link   c100 m1  s0 -> 1        p6  photo c8  m6  s2 -> 8
//	p2  link   c80  m0  s0 -> 0        p7  video c30 m3  s3 -> 6
//	p3  link   c60  m2  s1 -> 3        p8  video c20 m4  s1 -> 5
//	p4  photo  c5   m10 s4 -> 14       p9  video c15 m?  s2 -> 3 + 2 = 5
//	p5  photo  c10  m20 s5 -> 25       p10 link  c50 m0  s1 -> 1
//
// p9's export has no comments counter: its 3 customer comment records
// stand in (its brand reply does not count). Left out: a post without
// clicks, a reply post, and a LinkedIn post with clicks but neither
// comments nor shares (and no LinkedIn comment records).
//
// Clicks sorted [5 8 10 15 20 30 50 60 80 100]: the 75th percentile is the
// ceil(7.5) = 8th value, 60; the 25th the ceil(2.5) = 3rd, 10.
// Conversations sorted [0 1 1 3 5 5 6 8 14 25]: 75th = 8, 25th = 1.
// Click-only (clicks >= 60 and > 10, conversation <= 1 and < 8): p1, p2
// (p3 has 3). Starters (conversation >= 8 and > 1): p5, p4, p6.
// Totals: clicks 378, conversation 68, 68/378 x 100 per 100 clicks.
func clicksDataset(t *testing.T) *Dataset {
	ds := &Dataset{}
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	add := func(id, typ string, clicks, comments, shares int64) {
		p := Post{Platform: "facebook", ID: id, Type: typ, Published: at.Add(time.Duration(len(ds.Posts)) * time.Hour),
			Clicks: KnownCount(clicks), Shares: KnownCount(shares)}
		if comments >= 0 {
			p.Comments = KnownCount(comments)
		}
		ds.Posts = append(ds.Posts, p)
	}
	add("p1", "link", 100, 1, 0)
	add("p2", "Link", 80, 0, 0)
	add("p3", "link", 60, 2, 1)
	add("p4", "photo", 5, 10, 4)
	add("p5", "photo", 10, 20, 5)
	add("p6", "photo", 8, 6, 2)
	add("p7", "video", 30, 3, 3)
	add("p8", "video", 20, 4, 1)
	add("p9", "video", 15, -1, 2)
	add("p10", "link", 50, 0, 1)
	ds.Posts = append(ds.Posts,
		Post{Platform: "facebook", ID: "noclicks", Published: at, Comments: KnownCount(99)},
		Post{Platform: "facebook", ID: "reply", IsReply: true, Published: at, Clicks: KnownCount(999), Comments: KnownCount(0)},
		Post{Platform: "linkedin", ID: "li", Published: at, Clicks: KnownCount(500)},
	)
	for i := 0; i < 3; i++ {
		ds.Comments = append(ds.Comments, Comment{Platform: "facebook", ID: fmt.Sprint("c", i), PostID: "p9", AuthorID: "u", Created: at.Add(20 * time.Hour)})
	}
	ds.Comments = append(ds.Comments, Comment{Platform: "facebook", ID: "b", PostID: "p9", ParentID: "c0", AuthorID: "acme", Created: at.Add(21 * time.Hour)})
	return ds
}

func TestClicks(t *testing.T) {
	cl := mustRun(t, clicksDataset(t), Options{Brand: []string{"acme"}}).Diagnostics.Clicks
	if !cl.Measurable || cl.Posts != 10 || len(cl.All) != 10 {
		t.Fatalf("measurable %v (%s) posts %d all %d", cl.Measurable, cl.Reason, cl.Posts, len(cl.All))
	}
	if cl.ClicksHigh != 60 || cl.ClicksLow != 10 || cl.ConversationHigh != 8 || cl.ConversationLow != 1 {
		t.Errorf("percentiles clicks %d/%d conversation %d/%d, want 60/10 8/1", cl.ClicksHigh, cl.ClicksLow, cl.ConversationHigh, cl.ConversationLow)
	}
	if cl.TotalClicks != 378 || cl.TotalConversation != 68 || cl.ClickOnly != 2 || cl.Starters != 3 {
		t.Errorf("totals %d/%d, click-only %d, starters %d", cl.TotalClicks, cl.TotalConversation, cl.ClickOnly, cl.Starters)
	}
	eqRate(t, "conversations per 100 clicks", cl.ConversationsPer100Clicks, f(68.0/378*100))
	ids := func(ps []PostClicks) string {
		s := ""
		for _, p := range ps {
			s += p.Post.ID + " "
		}
		return s
	}
	if got := ids(cl.TopClickOnly); got != "p1 p2 " {
		t.Errorf("click-only %s", got)
	}
	if got := ids(cl.TopStarters); got != "p5 p4 p6 " {
		t.Errorf("starters %s", got)
	}
	if got := ids(cl.All); got != "p1 p2 p3 p4 p5 p6 p7 p8 p9 p10 " {
		t.Errorf("all %s", got)
	}
	p9 := cl.All[8]
	if p9.Comments != KnownCount(3) || p9.Conversation != 5 || p9.CustomerReplies != KnownCount(3) || p9.BrandReplies != KnownCount(1) {
		t.Errorf("p9 %+v", p9)
	}
	if p1 := cl.All[0]; p1.CustomerReplies != KnownCount(0) || !p1.ClickOnly || p1.Starter {
		t.Errorf("p1 %+v", p1)
	}

	// By type (the type lower-cased):
	//   link  p1 p2 p3 p10: clicks [50 60 80 100] -> 2nd = 60; conv
	//         [0 1 1 3] -> 1; comments [0 0 1 2] -> 0; shares [0 0 1 1] -> 0;
	//         5 per 290 clicks.
	//   photo p4 p5 p6: clicks [5 8 10] -> 8; conv [8 14 25] -> 14;
	//         comments [6 10 20] -> 10; shares [2 4 5] -> 4; 47 per 23.
	//   video p7 p8 p9: clicks [15 20 30] -> 20; conv [5 5 6] -> 5;
	//         comments [3 3 4] -> 3; shares [1 2 3] -> 2; 16 per 65.
	i64 := func(v int64) *int64 { return &v }
	want := []TypeClicks{
		{Type: "link", Posts: 4, MedianClicks: 60, MedianConversation: 1, MedianComments: i64(0), MedianShares: i64(0), ClickOnly: 2, ConversationsPer100Clicks: f(5.0 / 290 * 100)},
		{Type: "photo", Posts: 3, MedianClicks: 8, MedianConversation: 14, MedianComments: i64(10), MedianShares: i64(4), Starters: 3, ConversationsPer100Clicks: f(47.0 / 23 * 100)},
		{Type: "video", Posts: 3, MedianClicks: 20, MedianConversation: 5, MedianComments: i64(3), MedianShares: i64(2), ConversationsPer100Clicks: f(16.0 / 65 * 100)},
	}
	if len(cl.ByType) != len(want) {
		t.Fatalf("by type %+v", cl.ByType)
	}
	for i, w := range want {
		g := cl.ByType[i]
		if g.Type != w.Type || g.Posts != w.Posts || g.MedianClicks != w.MedianClicks || g.MedianConversation != w.MedianConversation ||
			*g.MedianComments != *w.MedianComments || *g.MedianShares != *w.MedianShares || g.ClickOnly != w.ClickOnly || g.Starters != w.Starters {
			t.Errorf("type %s: %+v (comments %d shares %d)", w.Type, g, *g.MedianComments, *g.MedianShares)
		}
		eqRate(t, w.Type+" per 100 clicks", g.ConversationsPer100Clicks, w.ConversationsPer100Clicks)
	}

	// Top 1 of each.
	cl = mustRun(t, clicksDataset(t), Options{Brand: []string{"acme"}, Diagnostics: DiagnosticOptions{Clicks: ClickOptions{Top: 1}}}).Diagnostics.Clicks
	if ids(cl.TopClickOnly) != "p1 " || ids(cl.TopStarters) != "p5 " || cl.ClickOnly != 2 {
		t.Errorf("top 1: %s / %s", ids(cl.TopClickOnly), ids(cl.TopStarters))
	}
}

func TestClicksNotMeasurable(t *testing.T) {
	ds := clicksDataset(t)
	ds.Posts = ds.Posts[1:] // 9 posts with clicks
	if cl := mustRun(t, ds, Options{}).Diagnostics.Clicks; cl.Measurable || cl.Reason != ReasonTooFewPosts || cl.Posts != 9 || cl.All != nil {
		t.Errorf("9 posts: %+v", cl)
	}
	ds = &Dataset{Posts: []Post{post(t, "p", "2026-03-02T10:00:00Z", 100)}}
	if cl := mustRun(t, ds, Options{}).Diagnostics.Clicks; cl.Measurable || cl.Reason != ReasonNoClicks {
		t.Errorf("no clicks: %+v", cl)
	}
	// Every post the same: nothing is high or low.
	ds = &Dataset{}
	for i := 0; i < 10; i++ {
		ds.Posts = append(ds.Posts, Post{Platform: "x", ID: fmt.Sprint(i), Published: ts(t, "2026-03-02T10:00:00Z"), Clicks: KnownCount(5), Shares: KnownCount(2)})
	}
	if cl := mustRun(t, ds, Options{}).Diagnostics.Clicks; !cl.Measurable || cl.ClickOnly != 0 || cl.Starters != 0 || cl.ByType[0].MedianComments != nil {
		t.Errorf("all equal: %+v", cl)
	}
}
