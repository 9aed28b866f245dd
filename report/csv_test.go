package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
	corpus "github.com/socialaudit/socialaudit/internal/hostile"
)

// buildCSV builds the site of res and returns the file at p.
func buildCSV(t *testing.T, res *analyze.Results, p string) string {
	t.Helper()
	site, err := Build(res, fixtureMeta())
	if err != nil {
		t.Fatal(err)
	}
	f := site.File(p)
	if f == nil {
		t.Fatalf("no %s", p)
	}
	return string(f.Data)
}

// TestPostsCSV checks data/posts.csv against the two posts of
// metricsDiagFixture, written out by hand: by publication time, in the
// report's zone, unknown counts empty, the text last.
func TestPostsCSV(t *testing.T) {
	want := "platform,account,post_id,published_at,type,clicks,comments,shares,conversation,customer_replies,brand_replies,click_only,starter,permalink,text\n" +
		"facebook,Maison Dupont,201,2024-01-03T10:00:00+01:00,link,900,,2,2,,,yes,no,https://www.facebook.com/maisondupont/posts/201,Our new shop: click here\n" +
		"facebook,Maison Dupont,202,2024-01-10T18:30:00+01:00,photo,40,25,5,30,25,3,no,yes,https://www.facebook.com/maisondupont/posts/202,What is your favourite recipe?\n"
	if got := buildCSV(t, metricsDiagFixture(), postsPath); got != want {
		t.Errorf("posts.csv:\n%s\nwant:\n%s", got, want)
	}
}

// TestMembersCSV checks data/members.csv: every customer in the order of
// Members.All, ranked from 1; answers empty where they are not known; a
// name that a spreadsheet would run guarded.
func TestMembersCSV(t *testing.T) {
	res := metricsDiagFixture()
	at := func(m time.Month, d, h int) time.Time { return time.Date(2024, m, d, h, 0, 0, 0, paris) }
	res.Diagnostics.Members.All = []analyze.Member{
		{Platform: "facebook", AuthorID: "u1", AuthorName: "Jane Roe", Comments: 5, Answers: true, Answered: 0, Unanswered: 4, Pending: 1,
			First: at(time.January, 5, 8), Last: at(time.March, 30, 22), Regular: true, NeverAnswered: true},
		{Platform: "instagram", AuthorName: "paul_b", Comments: 3, First: at(time.February, 1, 12), Last: at(time.February, 20, 12), Regular: true},
		{Platform: "x", AuthorID: "@ann", AuthorName: "=HYPERLINK(\"https://evil.example\")", Comments: 1, Answers: true, Answered: 1,
			First: at(time.April, 1, 9), Last: at(time.April, 1, 9)},
	}
	want := "rank,platform,author_id,author_name,comments,answered,unanswered,pending,first,last,regular,never_answered\n" +
		"1,facebook,u1,Jane Roe,5,0,4,1,2024-01-05T08:00:00+01:00,2024-03-30T22:00:00+01:00,yes,yes\n" +
		"2,instagram,,paul_b,3,,,,2024-02-01T12:00:00+01:00,2024-02-20T12:00:00+01:00,yes,no\n" +
		`3,x,'@ann,"'=HYPERLINK(""https://evil.example"")",1,1,0,0,2024-04-01T09:00:00+02:00,2024-04-01T09:00:00+02:00,no,no` + "\n"
	if got := buildCSV(t, res, membersPath); got != want {
		t.Errorf("members.csv:\n%s\nwant:\n%s", got, want)
	}
}

// TestAgentsCSV checks data/agents.csv: the named agents, most replies
// first, shares as fractions and times in seconds, empty when unknown; the
// replies naming nobody are not a row.
func TestAgentsCSV(t *testing.T) {
	want := "agent,replies,share,first_responses,first_response_median_seconds,first_response_p90_seconds,first_response_mean_seconds\n" +
		"Julie,7,0.7,5,5400,10800,7200\n" +
		"Marc,3,0.3,0,,,\n"
	if got := buildCSV(t, metricsDiagFixture(), agentsPath); got != want {
		t.Errorf("agents.csv:\n%s\nwant:\n%s", got, want)
	}
	// Not measurable: the header only.
	res := metricsDiagFixture()
	res.Diagnostics.Agents = analyze.Agents{Reason: analyze.ReasonNoAgent, Replies: 4}
	if got := buildCSV(t, res, agentsPath); got != agentsHeaderLine {
		t.Errorf("agents.csv, not measurable:\n%s", got)
	}
}

const agentsHeaderLine = "agent,replies,share,first_responses,first_response_median_seconds,first_response_p90_seconds,first_response_mean_seconds\n"

// TestRejectionsCSV checks data/rejections.csv: the rejections of every
// input in order, a row's own file when it names one, the whole-row
// rejections with an empty column, quotes doubled.
func TestRejectionsCSV(t *testing.T) {
	res := fixture()
	res.Inputs[2].Rejections = append(res.Inputs[2].Rejections,
		analyze.Rejection{Line: 15, Column: "created_at", Reason: `"-3 days" is not a date`},
		analyze.Rejection{File: "archive.zip/comments.csv", Line: 2, Reason: "empty row"})
	want := "file,line,column,reason\n" +
		`facebook-posts.csv,7,impressions,"""12,5"" is not a whole number"` + "\n" +
		`comments.csv,12,,"wrong number of fields (5, the header has 9)"` + "\n" +
		`comments.csv,15,created_at,"""-3 days"" is not a date"` + "\n" +
		"archive.zip/comments.csv,2,,empty row\n"
	if got := buildCSV(t, res, rejectionsPath); got != want {
		t.Errorf("rejections.csv:\n%s\nwant:\n%s", got, want)
	}
}

// TestCSVFormulas writes every formula of the hostile corpus into each
// text column of the new CSV files: every cell comes back whole with a
// leading apostrophe.
func TestCSVFormulas(t *testing.T) {
	res := metricsDiagFixture()
	d := &res.Diagnostics
	var posts []analyze.PostClicks
	var members []analyze.Member
	var agents []analyze.AgentStats
	var rejections []analyze.Rejection
	for _, f := range corpus.Formulas() {
		pc := d.Clicks.All[0]
		pc.Post.Platform, pc.Post.Account, pc.Post.ID, pc.Post.Type, pc.Post.Permalink, pc.Post.Text = f, f, f, f, f, f
		posts = append(posts, pc)
		members = append(members, analyze.Member{Platform: f, AuthorID: f, AuthorName: f, Comments: 1})
		agents = append(agents, analyze.AgentStats{Agent: f, Replies: 1})
		rejections = append(rejections, analyze.Rejection{File: f, Line: 1, Column: f, Reason: f})
	}
	d.Clicks.All, d.Members.All, d.Agents.ByAgent = posts, members, agents
	res.Inputs = []analyze.Input{{File: "in.csv", Rejections: rejections}}
	for _, tc := range []struct {
		path string
		cols []int // the columns holding the formula
	}{
		{postsPath, []int{0, 1, 2, 4, 13, 14}},
		{membersPath, []int{1, 2, 3}},
		{agentsPath, []int{0}},
		{rejectionsPath, []int{0, 2, 3}},
	} {
		rows, err := csv.NewReader(strings.NewReader(buildCSV(t, res, tc.path))).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", tc.path, err)
		}
		if len(rows) != 1+len(corpus.Formulas()) {
			t.Fatalf("%s: %d rows, want %d", tc.path, len(rows), 1+len(corpus.Formulas()))
		}
		for i, f := range corpus.Formulas() {
			for _, c := range tc.cols {
				if got := rows[i+1][c]; got != "'"+f {
					t.Errorf("%s row %d, %s = %q, want %q", tc.path, i+1, rows[0][c], got, "'"+f)
				}
			}
		}
	}
}

// TestCapsAgentsRejections: 25 agents and 25 rejected rows of one file;
// the page and metrics.json list 20 of each, say how many there are and
// link the CSV, which has all 25.
func TestCapsAgentsRejections(t *testing.T) {
	res := metricsDiagFixture()
	a := &res.Diagnostics.Agents
	a.ByAgent = nil
	for i := 0; i < 25; i++ {
		a.ByAgent = append(a.ByAgent, analyze.AgentStats{Agent: fmt.Sprintf("agent %02d", i), Replies: 100 - i})
	}
	in := &res.Inputs[2]
	in.Rejections = nil
	for i := 0; i < 25; i++ {
		in.Rejections = append(in.Rejections, analyze.Rejection{Line: 10 + i, Reason: "empty row"})
	}
	in.Rejected, in.Rows = 25, in.Used+25
	site, err := Build(res, fixtureMeta())
	if err != nil {
		t.Fatal(err)
	}
	resp, data := string(site.File("responsiveness.html").Data), string(site.File("data.html").Data)
	for _, want := range []string{
		"<caption>The 20 agents with the most replies, of 25 in all</caption>",
		"agent 19", `<p class="full-list">All 25 agents: <a href="data/agents.csv">agents.csv</a></p>`,
	} {
		if !strings.Contains(resp, want) {
			t.Errorf("responsiveness.html lacks %q", want)
		}
	}
	if strings.Contains(resp, "agent 20") {
		t.Errorf("responsiveness.html lists the 21st agent")
	}
	for _, want := range []string{
		"<caption>Rejected rows: the first 20 of each file, of 26 in all</caption>",
		`<p class="full-list">All 26 rejected rows: <a href="data/rejections.csv">rejections.csv</a></p>`,
		`<td class="num">29</td>`,
	} {
		if !strings.Contains(data, want) {
			t.Errorf("data.html lacks %q", want)
		}
	}
	if strings.Contains(data, `<td class="num">30</td>`) {
		t.Errorf("data.html lists the 21st rejected row of a file")
	}
	var m MetricsJSON
	if err := json.Unmarshal(site.File(metricsPath).Data, &m); err != nil {
		t.Fatal(err)
	}
	ag := m.Diagnostics.Agents
	if len(ag.ByAgent) != 20 || ag.Agents != 25 || ag.ByAgent[19].Agent != "agent 19" || ag.FullList != "data/agents.csv" {
		t.Errorf("metrics agents: %d listed, %d counted, full list %q", len(ag.ByAgent), ag.Agents, ag.FullList)
	}
	if ij := m.Inputs[2]; len(ij.Rejections) != 20 || ij.Rejected != 25 || ij.Rejections[19].Line != 29 || ij.FullList != "data/rejections.csv" {
		t.Errorf("metrics rejections: %d listed of %d", len(ij.Rejections), ij.Rejected)
	}
	want := []DownloadJSON{{"data/unanswered.csv", 3}, {"data/posts.csv", 2}, {"data/members.csv", 0}, {"data/agents.csv", 25}, {"data/rejections.csv", 26}}
	if fmt.Sprint(m.Downloads) != fmt.Sprint(want) {
		t.Errorf("downloads %v, want %v", m.Downloads, want)
	}
	for p, rows := range map[string]int{agentsPath: 25, rejectionsPath: 26} {
		if n := bytes.Count(site.File(p).Data, []byte("\n")) - 1; n != rows {
			t.Errorf("%s: %d rows, want %d", p, n, rows)
		}
	}
}

// TestGroupScatter groups 6 points of two series on a 2 x 2 grid over
// [0, 10] x [0, 4] (cells split at 5.5 and 2.5), by hand.
func TestGroupScatter(t *testing.T) {
	series := [][]scatterPoint{
		{{X: 0, Y: 0}, {X: 5, Y: 2}, {X: 10, Y: 4}, {X: 6, Y: 0}},
		{{X: 9, Y: 3}, {X: 1, Y: 4}},
	}
	if groupScatter(series, 6, 2) {
		t.Fatal("grouped 6 points with room for 6")
	}
	if !groupScatter(series, 5, 2) {
		t.Fatal("did not group 6 points with room for 5")
	}
	// Series 0: (0,0) and (5,2) in cell (0,0), mean (2.5, 1) rounded half up
	// to (3, 1); (6,0) in (1,0); (10,4) in (1,1). Series 1: (1,4) in (0,1);
	// (9,3) in (1,1).
	want := "[[{3 1 2 } {6 0 1 } {10 4 1 }] [{1 4 1 } {9 3 1 }]]"
	if got := fmt.Sprint(series); got != want {
		t.Errorf("grouped %s, want %s", got, want)
	}
	// The worst case: every cell of the grid holds a point of each series.
	var full [][]scatterPoint
	for s := 0; s < 3; s++ {
		var ps []scatterPoint
		for x := int64(0); x < 1000; x++ {
			ps = append(ps, scatterPoint{X: x, Y: (x * 37) % 1000})
		}
		full = append(full, ps)
	}
	groupScatter(full, maxScatterPoints, scatterGrid)
	n := 0
	for _, ps := range full {
		n += len(ps)
	}
	if n > maxScatterPoints {
		t.Errorf("%d points drawn, more than %d", n, maxScatterPoints)
	}
}

// TestChunks checks that the CSV buffer gives back exactly what was written,
// across its pieces' boundaries, and nothing for nothing.
func TestChunks(t *testing.T) {
	var c chunks
	var want []byte
	for i := 0; len(want) < 3*chunkSize+12345; i++ {
		p := []byte(strings.Repeat(string(rune('a'+i%26)), 1+i%9000))
		if n, err := c.Write(p); n != len(p) || err != nil {
			t.Fatalf("Write: %d, %v", n, err)
		}
		want = append(want, p...)
	}
	got := c.bytes()
	if !bytes.Equal(got, want) || cap(got) != len(want) {
		t.Errorf("got %d bytes (cap %d), want %d", len(got), cap(got), len(want))
	}
	var empty chunks
	if b := empty.bytes(); len(b) != 0 {
		t.Errorf("empty: %q", b)
	}
}
