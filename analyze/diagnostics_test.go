package analyze

import (
	"flag"
	"fmt"
	"math/rand"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestDiagnosticOptionsDefaults(t *testing.T) {
	got, err := DiagnosticOptions{}.withDefaults()
	if err != nil || got != DefaultDiagnosticOptions {
		t.Errorf("zero options = %+v, %v; want the defaults", got, err)
	}
	// A field given keeps its value; the others take the defaults.
	got, err = DiagnosticOptions{Cadence: CadenceOptions{BurstFactor: 1.5}}.withDefaults()
	if err != nil || got.Cadence.BurstFactor != 1.5 || got.Cadence.BurstMinPosts != 3 || got.Canned.MinRepeats != 3 {
		t.Errorf("one field = %+v, %v", got, err)
	}
	res := mustRun(t, exampleDataset(t), Options{Brand: []string{"acme"}})
	if res.Diagnostics.Options != DefaultDiagnosticOptions {
		t.Errorf("results carry %+v", res.Diagnostics.Options)
	}
	for _, tc := range []struct {
		opts DiagnosticOptions
		want string
	}{
		{DiagnosticOptions{Canned: CannedOptions{MinRepeats: 1}}, "minimum repeats must be at least 2"},
		{DiagnosticOptions{Canned: CannedOptions{MinRepeats: -2}}, "canned replies: minimum repeats must be positive, not -2"},
		{DiagnosticOptions{Crises: CrisisOptions{MADFactor: -1}}, "crises: MAD factor must be positive, not -1"},
		{DiagnosticOptions{Pushback: PushbackOptions{Moderate: 0.6}}, "0 < moderate < strong <= 1, not 0.6 and 0.5"},
		{DiagnosticOptions{Pushback: PushbackOptions{Strong: 1.5}}, "not 0.3 and 1.5"},
		{DiagnosticOptions{Clicks: ClickOptions{LowPercentile: 80}}, "1 <= low < high <= 99, not 80 and 75"},
		{DiagnosticOptions{Clicks: ClickOptions{HighPercentile: 100}}, "not 25 and 100"},
		{DiagnosticOptions{Members: MemberOptions{Top: -1}}, "members: customers listed must be positive"},
	} {
		_, err := Run(exampleDataset(t), Options{Diagnostics: tc.opts})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: error %v, want %q", tc.opts, err, tc.want)
		}
	}
}

func TestPercentileInt64(t *testing.T) {
	// Nearest rank over [1 2 3 4 5 6 7 8 9 10]: p25 = 3rd, p50 = 5th, p75 =
	// 8th, p90 = 9th. Unsorted input is sorted.
	vs := []int64{10, 9, 8, 7, 6, 5, 4, 3, 2, 1}
	for p, want := range map[int]int64{25: 3, 50: 5, 75: 8, 90: 9, 1: 1, 99: 10} {
		if got := percentileInt64(slices.Clone(vs), p); got != want {
			t.Errorf("p%d = %d, want %d", p, got, want)
		}
	}
	if got := medianInt64(nil); got != 0 {
		t.Errorf("median of nothing = %d", got)
	}
	if got := medianInt64([]int64{7}); got != 7 {
		t.Errorf("median of one = %d", got)
	}
}

// prefixed renames the records of a dataset so that several can be
// merged without clashing ids.
func prefixed(ds *Dataset, prefix string) *Dataset {
	out := &Dataset{Daily: ds.Daily}
	pre := func(s string) string {
		if s == "" {
			return ""
		}
		return prefix + s
	}
	for _, p := range ds.Posts {
		p.ID = pre(p.ID)
		out.Posts = append(out.Posts, p)
	}
	for _, c := range ds.Comments {
		c.ID, c.ParentID, c.PostID = pre(c.ID), pre(c.ParentID), pre(c.PostID)
		if c.AuthorID != "acme" {
			c.AuthorID = pre(c.AuthorID)
		}
		out.Comments = append(out.Comments, c)
	}
	return out
}

// The diagnostics do not depend on the order of the records, nor on map
// order: the test datasets merged, then reversed, give the same figures.
func TestDiagnosticsDeterministic(t *testing.T) {
	crisis, _ := crisisDataset(t)
	members, _ := membersDataset(t)
	push, _ := pushbackDataset(t, 8)
	all := &Dataset{}
	for i, ds := range []*Dataset{crisis, clicksDataset(t), cannedDataset(t), members, push, concentrationDataset(t)} {
		p := prefixed(ds, fmt.Sprint(i, ":"))
		all.Posts = append(all.Posts, p.Posts...)
		all.Comments = append(all.Comments, p.Comments...)
		all.Daily = append(all.Daily, p.Daily...)
	}
	opts := Options{Brand: []string{"acme"}}
	want := mustRun(t, all, opts).Diagnostics
	// Every diagnostic has something to say on the merged data (the LinkedIn
	// post carries no engagement counter).
	d := want
	if !d.Canned.Measurable || !d.Cadence.Measurable || !d.Crises.Measurable || !d.Pushback.Measurable || !d.Clicks.Measurable ||
		!d.Members.Measurable || !reflect.DeepEqual(d.Concentration.Engagement.Missing, []string{"linkedin"}) || d.Agents.Reason != ReasonNoAgent {
		t.Errorf("merged (missing %v): canned %s cadence %s crises %s pushback %s clicks %s members %s engagement %s agents %s",
			d.Concentration.Engagement.Missing, d.Canned.Reason, d.Cadence.Reason, d.Crises.Reason, d.Pushback.Reason, d.Clicks.Reason, d.Members.Reason,
			d.Concentration.Engagement.Reason, d.Agents.Reason)
	}
	slices.Reverse(all.Posts)
	slices.Reverse(all.Comments)
	slices.Reverse(all.Daily)
	for i := 0; i < 3; i++ {
		if got := mustRun(t, all, opts).Diagnostics; !reflect.DeepEqual(got, want) {
			t.Fatalf("run %d on reversed records differs", i)
		}
	}
}

var benchComments = flag.Int("diag.comments", 100_000, "comments in BenchmarkAnalyses' dataset")

// diagnosticsBenchData is a year of three platforms: n comments (about
// 60 % customers', each answered with probability 0.7 by one of 8 agents),
// 3,000 posts with counters, daily rows.
func diagnosticsBenchData(n int) *Dataset {
	r := rand.New(rand.NewSource(1))
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	platforms := []string{"facebook", "instagram", "x"}
	types := []string{"photo", "video", "link", "status"}
	ds := &Dataset{}
	for i := 0; i < 3000; i++ {
		ds.Posts = append(ds.Posts, Post{
			Platform: platforms[i%3], ID: fmt.Sprint("p", i), Type: types[r.Intn(4)],
			Published:   start.Add(time.Duration(r.Int63n(int64(365 * 24 * time.Hour)))),
			Impressions: KnownCount(r.Int63n(50000)), Reactions: KnownCount(r.Int63n(300)),
			Comments: KnownCount(r.Int63n(50)), Shares: KnownCount(r.Int63n(20)), Clicks: KnownCount(r.Int63n(500)),
			Hides: KnownCount(r.Int63n(5)), HideAll: KnownCount(r.Int63n(2)), SpamReports: KnownCount(r.Int63n(2)), Unlikes: KnownCount(r.Int63n(3)),
		})
	}
	for d := 0; d < 365; d++ {
		for _, p := range platforms {
			ds.Daily = append(ds.Daily, Daily{Platform: p, Date: start.AddDate(0, 0, d),
				Followers: KnownCount(10000 + int64(d)), Impressions: KnownCount(r.Int63n(100000)),
				Hides: KnownCount(r.Int63n(20)), Unfollows: KnownCount(r.Int63n(10))})
		}
	}
	canned := []string{"Hi %s, sorry to hear that! Please DM us your order number %d.", "Thanks %s!", "We are looking into it, %s (ticket %d)."}
	for len(ds.Comments) < n {
		i := len(ds.Comments)
		at := start.Add(time.Duration(r.Int63n(int64(365 * 24 * time.Hour))))
		platform := platforms[r.Intn(3)]
		author := fmt.Sprint("user", r.Intn(n/5+1))
		id := fmt.Sprint("c", i)
		ds.Comments = append(ds.Comments, Comment{Platform: platform, ID: id, PostID: fmt.Sprint("p", r.Intn(3000)),
			AuthorID: author, AuthorName: "Name " + author, Created: at, Text: "Where is my order?"})
		if r.Float64() < 0.7 && len(ds.Comments) < n {
			ds.Comments = append(ds.Comments, Comment{Platform: platform, ID: "r" + id, ParentID: id, AuthorID: "acme",
				Created: at.Add(time.Duration(r.Int63n(int64(48 * time.Hour)))), Agent: fmt.Sprint("agent", r.Intn(8)),
				Text: fmt.Sprintf(canned[r.Intn(3)], "Name "+author, r.Intn(100000))})
		}
	}
	return ds
}

// BenchmarkAnalyses times the whole analysis (Run), then each analysis
// alone, on a generated dataset of -diag.comments comments (default
// 100,000): the context (filtering, brand attribution), the verdicts and
// answer index every responsiveness figure shares, then each analysis on a
// context whose shared parts are already computed. With -benchmem.
func BenchmarkAnalyses(b *testing.B) {
	ds := diagnosticsBenchData(*benchComments)
	opts := Options{Brand: []string{"acme"}}
	b.Run("run", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, err := Run(ds, opts); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("context", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, err := newContext(ds, opts); err != nil {
				b.Fatal(err)
			}
		}
	})
	shared := func(b *testing.B) *context {
		c, err := newContext(ds, opts)
		if err != nil {
			b.Fatal(err)
		}
		c.verdicts()
		return c
	}
	b.Run("verdicts", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			c, err := newContext(ds, opts)
			if err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			c.verdicts()
		}
	})
	for _, a := range []struct {
		name string
		run  func(c *context)
	}{
		{"platforms", func(c *context) { c.platforms() }},
		{"summary", func(c *context) { c.summary() }},
		{"responsiveness", func(c *context) { c.responsiveness() }},
		{"broadcast", func(c *context) { c.broadcast() }},
		{"feedback", func(c *context) { c.negativeFeedback() }},
		{"diagnostics", func(c *context) { c.diagnostics() }},
		{"diag/canned", func(c *context) { c.canned() }},
		{"diag/cadence", func(c *context) { c.cadence() }},
		{"diag/crises", func(c *context) { c.crises() }},
		{"diag/pushback", func(c *context) { c.pushback() }},
		{"diag/clicks", func(c *context) { c.clicks() }},
		{"diag/members", func(c *context) { c.members() }},
		{"diag/concentration", func(c *context) { c.concentration() }},
		{"diag/agents", func(c *context) { c.agents() }},
	} {
		b.Run(a.name, func(b *testing.B) {
			c := shared(b)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				a.run(c)
			}
		})
	}
}
