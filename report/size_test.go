package report

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
)

// sizeDataset generates a brand's data over one year: comments comments
// from comments/5 customers on comments/50 posts (3 platforms), a quarter
// of them brand replies signed by comments/500 agents with canned texts,
// a daily row per platform and day, and a rejected row per 250 comments.
// The same arguments give the same data.
func sizeDataset(comments int) *analyze.Dataset {
	r := rand.New(rand.NewPCG(7, uint64(comments)))
	platforms := []string{"facebook", "instagram", "x"}
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	span := 365 * 24 * time.Hour
	posts, customers, agents := comments/50, comments/5, comments/500
	words := strings.Fields("the order arrived late and the box was damaged thanks love this product when will you restock")
	text := func() string {
		n := 3 + r.IntN(20)
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString(words[r.IntN(len(words))] + " ")
		}
		if r.IntN(8) == 0 {
			b.WriteString("?")
		}
		return b.String()
	}
	count := func(max int) analyze.Count { return analyze.KnownCount(int64(r.IntN(max))) }
	ds := &analyze.Dataset{}
	for i := 0; i < posts; i++ {
		p := platforms[i%len(platforms)]
		ds.Posts = append(ds.Posts, analyze.Post{Platform: p, Account: "acme", ID: fmt.Sprint("p", i),
			Published: start.Add(time.Duration(int64(span) / int64(posts) * int64(i))), Type: []string{"photo", "video", "link"}[r.IntN(3)],
			Text: text(), Permalink: fmt.Sprintf("https://example.com/%s/%d", p, i),
			Impressions: count(50000), Reach: count(30000), Reactions: count(900), Comments: count(200), Shares: count(100),
			Clicks: count(500), Hides: count(20), HideAll: count(5), SpamReports: count(3), Unlikes: count(10)})
	}
	step := int64(span) / int64(comments)
	for i := 0; i < comments; i++ {
		at := start.Add(time.Duration(step*int64(i) + r.Int64N(step)))
		post := r.IntN(posts)
		c := analyze.Comment{Platform: platforms[post%len(platforms)], Account: "acme", ID: fmt.Sprint("c", i),
			PostID: fmt.Sprint("p", post), Created: at}
		if i > 20 && r.IntN(4) == 0 {
			c.ParentID = fmt.Sprint("c", i-1-r.IntN(20))
			c.AuthorID, c.AuthorName, c.FromBrand = "brand", "Acme", analyze.FlagYes
			c.Agent = fmt.Sprint("agent ", r.IntN(agents))
			c.Text = fmt.Sprintf("Thanks for your message %d, we will get back to you", r.IntN(comments/50))
		} else {
			u := r.IntN(customers)
			c.AuthorID, c.AuthorName, c.Text = fmt.Sprint("u", u), fmt.Sprint("Customer ", u), text()
		}
		ds.Comments = append(ds.Comments, c)
	}
	for d := 0; d < 365; d++ {
		for _, p := range platforms {
			ds.Daily = append(ds.Daily, analyze.Daily{Platform: p, Account: "acme", Date: start.AddDate(0, 0, d),
				Followers: analyze.KnownCount(int64(10000 + d)), Follows: count(30), Unfollows: count(10),
				Hides: count(8), HideAll: count(3), SpamReports: count(2), Impressions: analyze.KnownCount(int64(5000 + r.IntN(5000)))})
		}
	}
	for _, f := range []struct {
		name string
		rows int
	}{{"posts.csv", posts}, {"comments.csv", comments}, {"daily.csv", 365 * 3}} {
		in := analyze.Input{File: f.name, Kind: strings.TrimSuffix(f.name, ".csv"), Format: "socialaudit", FormatID: "socialaudit",
			Rows: f.rows, Used: f.rows}
		if f.name == "comments.csv" {
			for j := 0; j < comments/250; j++ {
				in.Rejections = append(in.Rejections, analyze.Rejection{File: f.name, Line: 2 + j*250, Column: "created_at",
					Reason: fmt.Sprintf("%q is not a date", fmt.Sprint("day ", j))})
			}
			in.Rows += len(in.Rejections)
			in.Rejected = len(in.Rejections)
		}
		ds.Inputs = append(ds.Inputs, in)
	}
	return ds
}

// sizeSite builds the report of sizeDataset(comments) and returns the
// bytes of every file but the ECharts build (assets/echarts/) and the CSV
// downloads, by path, with the CSV files' sizes apart.
func sizeSite(t *testing.T, comments int) (site, csvs map[string]int, res *analyze.Results) {
	t.Helper()
	res, err := analyze.Run(sizeDataset(comments), analyze.Options{Brand: []string{"acme"}, Location: paris})
	if err != nil {
		t.Fatal(err)
	}
	meta := fixtureMeta()
	s, err := Build(res, meta)
	if err != nil {
		t.Fatal(err)
	}
	site, csvs = map[string]int{}, map[string]int{}
	for _, f := range s.Files {
		switch {
		case strings.HasPrefix(f.Path, "assets/echarts"):
		case strings.HasSuffix(f.Path, ".csv"):
			csvs[f.Path] = len(f.Data)
		default:
			site[f.Path] = len(f.Data)
		}
	}
	return site, csvs, res
}

func total(sizes map[string]int) int {
	n := 0
	for _, s := range sizes {
		n += s
	}
	return n
}

// TestSiteSizeBounded builds the report of one year of a small brand (2,000
// comments, 40 posts, 400 customers, 4 agents, 8 rejected rows) and of one
// 20 times larger (40,000 comments, 800 posts, 8,000 customers, 80 agents,
// 160 rejected rows), and checks that the site without the ECharts build
// and the CSV downloads does not grow with the records.
//
// What may still grow is what the caps let in: lists that fill up to their
// cap (agents 20, rejections 20 a file, the top lists of the diagnostics
// 10), and the clicks scatter, which the small report draws post by post
// and the large one on its grid (at most 3 x 12 x 12 points, about 100
// bytes each on the page). growth bounds that: 64 KiB, far below what the
// lists would take uncapped (the large input has 8,000 customers, 800
// posts, 80 agents and 160 rejected rows, each of them some 100 to 300
// bytes in the JSON and again on a page); everything else (the months,
// weeks and days of the period, the platforms, the inputs) is the same in
// both. And the whole stays under 1 MB, the goal for any input.
func TestSiteSizeBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a report of 40,000 comments")
	}
	const growth = 64 << 10
	small, smallCSV, _ := sizeSite(t, 2000)
	large, largeCSV, res := sizeSite(t, 40000)
	if res.Summary.Comments != 40000 || res.Diagnostics.Members.Customers < 7000 || len(res.Diagnostics.Agents.ByAgent) != 80 ||
		len(res.Diagnostics.Clicks.All) != 800 || res.Inputs[1].Rejected != 160 {
		t.Fatalf("the large input is not as large as said: %d comments, %d customers, %d agents, %d posts counted, %d rejected",
			res.Summary.Comments, res.Diagnostics.Members.Customers, len(res.Diagnostics.Agents.ByAgent), len(res.Diagnostics.Clicks.All), res.Inputs[1].Rejected)
	}
	for p, n := range large {
		t.Logf("%-22s %8d -> %8d bytes", p, small[p], n)
	}
	for p, n := range largeCSV {
		t.Logf("%-22s %8d -> %8d bytes (CSV, not bounded)", p, smallCSV[p], n)
	}
	s, l := total(small), total(large)
	t.Logf("pages, metrics.json and the other assets: %d -> %d bytes", s, l)
	if l-s > growth {
		t.Errorf("the site grew by %d bytes from 2,000 to 40,000 comments, more than %d", l-s, growth)
	}
	if l >= 1_000_000 {
		t.Errorf("the site without ECharts and the CSV files weighs %d bytes, not under 1 MB", l)
	}
	// The full lists did go to the CSV files: they grew with the records.
	for _, p := range []string{unansweredPath, postsPath, membersPath, agentsPath, rejectionsPath} {
		if largeCSV[p] < 10*smallCSV[p] {
			t.Errorf("%s: %d bytes, then %d: the full list is not in it", p, smallCSV[p], largeCSV[p])
		}
	}
}
