package archive

import (
	"bytes"
	"errors"
	"html"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the fixtures are in Europe/Paris on any machine

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/report"
	"github.com/socialaudit/socialaudit/report/internal/locale"
	"github.com/socialaudit/socialaudit/templates"
)

// update is set by UPDATE_GOLDEN=1, as in package report.
var update = os.Getenv("UPDATE_GOLDEN") == "1"

func fp(x float64) *float64             { return &x }
func dp(d time.Duration) *time.Duration { return &d }

var paris = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		panic(err)
	}
	return loc
}()

// quarter is the results frame of a calendar quarter in Paris.
func quarter(year int, q int) *analyze.Results {
	from := time.Date(year, time.Month(3*q-2), 1, 0, 0, 0, 0, paris)
	to := from.AddDate(0, 3, 0)
	return &analyze.Results{
		Period:   analyze.Period{From: from, To: to},
		AsOf:     to.Add(-time.Hour),
		Location: paris,
		SLA:      24 * time.Hour,
	}
}

// q1 measures everything: 25 of 43 judged comments answered (58.1 %),
// median 3 h 12 min, 30 posts for 10 replies (75.0 %), 1.234 negative
// feedback per 1,000 impressions (1.23), 112 follows - 100 unfollows.
func q1() *analyze.Results {
	res := quarter(2026, 1)
	res.Summary = analyze.Summary{Posts: 30, Comments: 55, CustomerComments: 45, BrandComments: 10, Days: 90}
	res.Responsiveness.ResponseStats = analyze.ResponseStats{
		Measurable: true, CustomerComments: 45, Answered: 25, Unanswered: 18, Pending: 2, AnsweredWithinSLA: 20,
		ResponseRate: fp(25.0 / 43), WithinSLARate: fp(20.0 / 43),
		FirstResponse: analyze.DurationStats{N: 25, Median: dp(3*time.Hour + 12*time.Minute), P90: dp(30 * time.Hour), Mean: dp(6 * time.Hour)},
	}
	res.Broadcast.BroadcastStats = analyze.BroadcastStats{Measurable: true, BrandPosts: 30, BrandReplies: 10, BroadcastShare: fp(0.75), PostsPerReply: fp(3)}
	res.NegativeFeedback = analyze.NegativeFeedback{
		Measurable: true,
		Posts:      analyze.PostFeedback{Posts: 30, PostsWithFeedback: 30, Total: analyze.KnownCount(37), Impressions: analyze.KnownCount(29984), Per1000: fp(1.234)},
		Page:       analyze.PageFeedback{Days: 90, Follows: analyze.KnownCount(112), Unfollows: analyze.KnownCount(100), NetFollowers: analyze.KnownCount(12)},
		Trend:      analyze.Trend{Reason: analyze.ReasonTooFewMonths},
	}
	return res
}

// q2 measures nothing but its 40 customer comments: the export did not
// say who wrote them, and carried no feedback counters.
func q2() *analyze.Results {
	res := quarter(2026, 2)
	res.Summary = analyze.Summary{Posts: 0, Comments: 40, CustomerComments: 40, Days: 0}
	res.Responsiveness.ResponseStats = analyze.ResponseStats{Reason: analyze.ReasonNoBrandComments, CustomerComments: 40}
	res.Broadcast.BroadcastStats = analyze.BroadcastStats{Reason: analyze.ReasonNoReplySource}
	res.NegativeFeedback = analyze.NegativeFeedback{Reason: analyze.ReasonNoFeedbackData, Trend: analyze.Trend{Reason: analyze.ReasonTooFewMonths}}
	return res
}

// q3: 71 of 100 answered (71.0 %), median 2 h, 20 posts for 30 replies
// (40.0 %), 0.5 per 1,000 impressions (0.50), 40 follows - 43 unfollows.
func q3() *analyze.Results {
	res := quarter(2026, 3)
	res.Summary = analyze.Summary{Posts: 20, Comments: 140, CustomerComments: 105, BrandComments: 35, Days: 92}
	res.Responsiveness.ResponseStats = analyze.ResponseStats{
		Measurable: true, CustomerComments: 105, Answered: 71, Unanswered: 29, Pending: 5, AnsweredWithinSLA: 60,
		ResponseRate: fp(0.71), WithinSLARate: fp(0.60),
		FirstResponse: analyze.DurationStats{N: 71, Median: dp(2 * time.Hour), P90: dp(20 * time.Hour), Mean: dp(4 * time.Hour)},
	}
	res.Broadcast.BroadcastStats = analyze.BroadcastStats{Measurable: true, BrandPosts: 20, BrandReplies: 30, BroadcastShare: fp(0.4), PostsPerReply: fp(20.0 / 30)}
	res.NegativeFeedback = analyze.NegativeFeedback{
		Measurable: true,
		Posts:      analyze.PostFeedback{Posts: 20, PostsWithFeedback: 20, Total: analyze.KnownCount(10), Impressions: analyze.KnownCount(20000), Per1000: fp(0.5)},
		Page:       analyze.PageFeedback{Days: 92, Follows: analyze.KnownCount(40), Unfollows: analyze.KnownCount(43), NetFollowers: analyze.KnownCount(-3)},
		Trend:      analyze.Trend{Reason: analyze.ReasonTooFewMonths},
	}
	return res
}

// writeReport builds a report with report.Build and writes it under
// site/dir. The archive reads only data/metrics.json, so a report in
// another language than English is an English one whose metrics say so
// (this keeps the tests apart from the French pages' progress).
func writeReport(t *testing.T, site, dir string, res *analyze.Results, client, lang string) {
	t.Helper()
	s, err := report.Build(res, report.Meta{
		Client: client, Lang: "en", Version: "v0.1.0",
		GeneratedAt: res.Period.To.Add(48 * time.Hour),
	})
	if err != nil {
		t.Fatalf("report.Build: %v", err)
	}
	if lang != "en" {
		m := s.File("data/metrics.json")
		if !bytes.Contains(m.Data, []byte(`"lang": "en",`)) {
			t.Fatal(`metrics.json has no "lang": "en"`)
		}
		m.Data = bytes.Replace(m.Data, []byte(`"lang": "en",`), []byte(`"lang": "`+lang+`",`), 1)
	}
	if err := s.Write(filepath.Join(site, filepath.FromSlash(dir))); err != nil {
		t.Fatal(err)
	}
}

// The folders of the three-report site. Their names sort in the reverse
// of their periods, so that the order by period is tested, and hold a
// space, an accent and a colon, so that the links' escaping is.
const (
	dirQ1 = "zz/2026 T1"
	dirQ2 = "2026-q2 été"
	dirQ3 = "a:q3"
)

// threeReports writes Q1, Q2 and Q3 2026 of one client into a new folder.
func threeReports(t *testing.T) string {
	t.Helper()
	site := t.TempDir()
	writeReport(t, site, dirQ1, q1(), "Maison Dupont", "en")
	writeReport(t, site, dirQ2, q2(), "Maison Dupont", "fr")
	writeReport(t, site, dirQ3, q3(), "Maison Dupont", "en")
	return site
}

func build(t *testing.T, site string, opts Options) *Index {
	t.Helper()
	if opts.Generator == "" {
		opts.Generator = "socialaudit v0.1.0"
	}
	x, err := Build(site, opts)
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	return x
}

func page(t *testing.T, x *Index) string {
	t.Helper()
	f := x.Files[len(x.Files)-1]
	if f.Path != "index.html" {
		t.Fatalf("last file is %s, want index.html", f.Path)
	}
	return string(f.Data)
}

var (
	rowRe  = regexp.MustCompile(`(?s)<tr>(.*?)</tr>`)
	cellRe = regexp.MustCompile(`(?s)<t[hd][^>]*>(.*?)</t[hd]>`)
	tagRe  = regexp.MustCompile(`<[^>]+>`)
)

// tableRows returns the body rows of the table with the caption, as the
// reader sees the cells.
func tableRows(t *testing.T, doc, caption string) [][]string {
	t.Helper()
	i := strings.Index(doc, "<caption>"+html.EscapeString(caption)+"</caption>")
	if i < 0 {
		t.Fatalf("no table with caption %q", caption)
	}
	body := doc[i:]
	body = body[strings.Index(body, "<tbody>"):strings.Index(body, "</tbody>")]
	var rows [][]string
	for _, r := range rowRe.FindAllStringSubmatch(body, -1) {
		var cells []string
		for _, c := range cellRe.FindAllStringSubmatch(r[1], -1) {
			cells = append(cells, html.UnescapeString(tagRe.ReplaceAllString(c[1], "")))
		}
		rows = append(rows, cells)
	}
	return rows
}

func TestFiguresAcrossReports(t *testing.T) {
	site := threeReports(t)
	x := build(t, site, Options{})
	if len(x.Reports) != 3 || len(x.Problems) != 0 {
		t.Fatalf("got %d reports, %d problems; want 3, 0: %v", len(x.Reports), len(x.Problems), x.Problems)
	}
	for i, want := range []string{dirQ1, dirQ2, dirQ3} {
		if x.Reports[i].Dir != want {
			t.Errorf("report %d is %s, want %s (sorted by period)", i, x.Reports[i].Dir, want)
		}
	}
	doc := page(t, x)
	nm := "not measurable"
	want := [][]string{
		{"Q1 2026", "Maison Dupont", "58.1 %", "3 h 12 min", "18", "75.0 %", "1.23", "+12", "45"},
		{"Q2 2026", "Maison Dupont", nm, nm, nm, nm, nm, nm, "40"},
		{"Q3 2026", "Maison Dupont", "71.0 %", "2 h", "29", "40.0 %", "0.50", "-3", "105"},
	}
	checkRows(t, tableRows(t, doc, "The headline figures of each report"), want)

	checkRows(t, tableRows(t, doc, "Every report of this folder, oldest period first"), [][]string{
		{"Q1 2026", "Maison Dupont", "1 Jan 2026 to 31 Mar 2026", "English", "2 Apr 2026", dirQ1},
		{"Q2 2026", "Maison Dupont", "1 Apr 2026 to 30 Jun 2026", "French", "2 Jul 2026", dirQ2},
		{"Q3 2026", "Maison Dupont", "1 Jul 2026 to 30 Sep 2026", "English", "2 Oct 2026", dirQ3},
	})
	// The data table of the response-rate chart.
	checkRows(t, tableRows(t, doc, "Response rate"), [][]string{
		{"Q1 2026", "58.1 %"}, {"Q2 2026", nm}, {"Q3 2026", "71.0 %"},
	})

	for _, s := range []string{
		"<title>Maison Dupont — report archive</title>",
		`<p id="archive_rate_point">Response rate went from 58.1 % (Q1 2026) to 71.0 % (Q3 2026). Not measurable for Q2 2026.</p>`,
		`<p id="archive_median_point">Median first response went from 3 h 12 min (Q1 2026) to 2 h (Q3 2026). Not measurable for Q2 2026.</p>`,
		`<p id="archive_customers_point">Customer comments went from 45 (Q1 2026) to 105 (Q3 2026).</p>`,
		`<p id="archive_followers_point">Net follower change went from &#43;12 (Q1 2026) to -3 (Q3 2026). Not measurable for Q2 2026.</p>`,
		`<a href="zz/2026%20T1/index.html">Q1 2026</a>`,
		`<a href="2026-q2%20%C3%A9t%C3%A9/index.html">Q2 2026</a>`,
		`<a href="a%3Aq3/index.html">Q3 2026</a>`,
		`<script src="assets/echarts/echarts.min.js"></script>`,
		`<script src="assets/report.js"></script>`,
		generatorMeta,
	} {
		if !strings.Contains(doc, s) {
			t.Errorf("index.html lacks %s", s)
		}
	}
	if strings.Contains(doc, locale.Missing) {
		t.Errorf("index.html has a missing message: %s", doc[strings.Index(doc, locale.Missing):][:80])
	}
	if regexp.MustCompile(`<script>|\son[a-z]+=`).MatchString(doc) {
		t.Error("index.html has inline script or an event handler")
	}
}

// checkRows compares table rows cell by cell.
func checkRows(t *testing.T, got, want [][]string) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d rows, want %d:\n%q", len(got), len(want), got)
	}
	for i := range want {
		if strings.Join(got[i], " | ") != strings.Join(want[i], " | ") {
			t.Errorf("row %d:\n got %q\nwant %q", i, got[i], want[i])
		}
	}
}

var optionRe = regexp.MustCompile(`<div id="(archive_[a-z]+)" class="chart-canvas"[^>]* data-option="([^"]*)"></div>`)

// The charts carry the figures as the tables print them: percentages to
// one decimal, hours, gaps where not measurable.
func TestChartOptions(t *testing.T) {
	x := build(t, threeReports(t), Options{})
	doc := page(t, x)
	opts := map[string]string{}
	for _, m := range optionRe.FindAllStringSubmatch(doc, -1) {
		opts[m[1]] = html.UnescapeString(m[2])
	}
	if len(opts) != len(figureDefs) {
		t.Fatalf("got %d charts, want %d", len(opts), len(figureDefs))
	}
	for id, want := range map[string]string{
		"archive_rate":       `"data":[{"value":58.1},{"value":"-"},{"value":71}]`,
		"archive_median":     `"data":[{"value":3.2},{"value":"-"},{"value":2}]`,
		"archive_unanswered": `"data":[{"value":18},{"value":"-"},{"value":29}]`,
		"archive_broadcast":  `"data":[{"value":75},{"value":"-"},{"value":40}]`,
		"archive_negative":   `"data":[{"value":1.23},{"value":"-"},{"value":0.5}]`,
		"archive_followers":  `"data":[{"value":12},{"value":"-"},{"value":-3}]`,
		"archive_customers":  `"data":[{"value":45},{"value":40},{"value":105}]`,
	} {
		if !strings.Contains(opts[id], want) {
			t.Errorf("%s: option lacks %s:\n%s", id, want, opts[id])
		}
		if !strings.Contains(opts[id], `"data":["Q1 2026","Q2 2026","Q3 2026"]`) {
			t.Errorf("%s: x axis is not the three quarters:\n%s", id, opts[id])
		}
	}
}

// Every relative link and script of the index resolves to a file written
// beside it (the reports, the stylesheet, ECharts and its licence).
func TestLinksResolve(t *testing.T) {
	site := threeReports(t)
	x := build(t, site, Options{})
	if err := x.Write(site); err != nil {
		t.Fatal(err)
	}
	doc, err := os.ReadFile(filepath.Join(site, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	_, jsErr := fs.Stat(templates.Assets, "assets/report.js")
	refs := regexp.MustCompile(`(?:href|src)="([^"]+)"`).FindAllStringSubmatch(string(doc), -1)
	reports := 0
	for _, m := range refs {
		ref := html.UnescapeString(m[1])
		u, err := url.Parse(ref)
		if err != nil || u.Scheme != "" || u.Host != "" || strings.HasPrefix(u.Path, "/") {
			t.Errorf("link %q is not relative", ref)
			continue
		}
		if ref == "assets/report.js" && jsErr != nil {
			t.Log("templates has no assets/report.js yet (the layout helper adds it); not checked")
			continue
		}
		if _, err := os.Stat(filepath.Join(site, filepath.FromSlash(u.Path))); err != nil {
			t.Errorf("link %q does not resolve: %v", ref, err)
		}
		if strings.HasSuffix(u.Path, "/index.html") {
			reports++
		}
	}
	if reports != 6 { // each report linked from both tables
		t.Errorf("%d report links, want 6", reports)
	}
}

// Two runs over the same folder give byte-identical files, on disk too
// (the second run finds the first one's index and assets and ignores them).
func TestDeterministic(t *testing.T) {
	site := threeReports(t)
	a := build(t, site, Options{Lang: "fr"})
	if err := a.Write(site); err != nil {
		t.Fatal(err)
	}
	first, err := os.ReadFile(filepath.Join(site, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	b := build(t, site, Options{Lang: "fr"})
	if len(a.Files) != len(b.Files) {
		t.Fatalf("%d files, then %d", len(a.Files), len(b.Files))
	}
	for i := range a.Files {
		if a.Files[i].Path != b.Files[i].Path || !bytes.Equal(a.Files[i].Data, b.Files[i].Data) {
			t.Errorf("%s differs between two runs", a.Files[i].Path)
		}
	}
	if err := b.Write(site); err != nil {
		t.Fatal(err)
	}
	second, err := os.ReadFile(filepath.Join(site, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, second) {
		t.Error("index.html on disk differs between two runs")
	}
}

func TestFrench(t *testing.T) {
	x := build(t, threeReports(t), Options{Lang: "fr"})
	doc := page(t, x)
	nm := "non mesurable"
	checkRows(t, tableRows(t, doc, "Les chiffres clés de chaque rapport"), [][]string{
		{"T1 2026", "Maison Dupont", "58,1\u202f%", "3\u00a0h\u00a012\u00a0min", "18", "75,0\u202f%", "1,23", "+12", "45"},
		{"T2 2026", "Maison Dupont", nm, nm, nm, nm, nm, nm, "40"},
		{"T3 2026", "Maison Dupont", "71,0\u202f%", "2\u00a0h", "29", "40,0\u202f%", "0,50", "-3", "105"},
	})
	checkRows(t, tableRows(t, doc, "Tous les rapports du dossier, du plus ancien au plus récent"), [][]string{
		{"T1 2026", "Maison Dupont", "du 1er janv. 2026 au 31 mars 2026", "anglais", "2 avr. 2026", dirQ1},
		{"T2 2026", "Maison Dupont", "du 1er avr. 2026 au 30 juin 2026", "français", "2 juil. 2026", dirQ2},
		{"T3 2026", "Maison Dupont", "du 1er juil. 2026 au 30 sept. 2026", "anglais", "2 oct. 2026", dirQ3},
	})
	for _, s := range []string{
		`<html lang="fr">`,
		"<title>Maison Dupont — archive des rapports</title>",
		"Le taux de réponse passe de 58,1\u202f% (T1 2026) à 71,0\u202f% (T3 2026). Non mesurable pour T2 2026.",
		"Le solde net d’abonnés passe de +12 (T1 2026) à -3 (T3 2026).",
	} {
		if !strings.Contains(html.UnescapeString(doc), s) {
			t.Errorf("index.html lacks %q", s)
		}
	}
	// No English message of the archive in the French page.
	text := html.UnescapeString(tagRe.ReplaceAllString(doc, " "))
	for _, m := range locale.Messages() {
		if !strings.HasPrefix(m.Key, "archive.") || m.En == m.Fr || strings.Contains(m.En, "%") || len(m.En) < 8 {
			continue
		}
		if strings.Contains(text, m.En) {
			t.Errorf("French page holds the English of %s: %q", m.Key, m.En)
		}
	}
}

// Client and folder names are the user's: they reach the page only
// escaped, and the charts only through json.Marshal.
func TestHostileNames(t *testing.T) {
	site := t.TempDir()
	script := "<script>alert(1)</script>"
	img := `"><img src=x onerror=alert(1)>`
	writeReport(t, site, "one", q1(), script, "en")
	writeReport(t, site, img, q3(), img, "en")
	writeReport(t, site, "two", q2(), script, "en")
	doc := page(t, build(t, site, Options{}))
	for _, bad := range []string{"<script>alert", "<img", `"><img`} {
		if strings.Contains(doc, bad) {
			t.Errorf("index.html holds %q unescaped", bad)
		}
	}
	if n := strings.Count(doc, "<script"); n != 2 {
		t.Errorf("%d <script elements, want the 2 of ECharts and report.js", n)
	}
	for _, s := range []string{
		"&lt;script&gt;alert(1)&lt;/script&gt;",
		"&#34;&gt;&lt;img src=x onerror=alert(1)&gt;",
		`<a href="%22%3E%3Cimg%20src=x%20onerror=alert%281%29%3E/index.html">`,
		"One line per client.",
	} {
		if !strings.Contains(doc, s) {
			t.Errorf("index.html lacks %s", s)
		}
	}
	// Two clients: one series each, the point says each one's story.
	if !strings.Contains(doc, "For &lt;script&gt;alert(1)&lt;/script&gt;, response rate was 58.1 % (Q1 2026). Not measurable for Q2 2026.") {
		t.Errorf("the response-rate point does not tell the first client's story:\n%s", regexp.MustCompile(`<p id="archive_rate_point">.*</p>`).FindString(doc))
	}
	// The option holds the names JSON-escaped, then attribute-escaped.
	opt := html.UnescapeString(optionRe.FindStringSubmatch(doc)[2])
	if !strings.Contains(opt, `"name":"\u003cscript\u003ealert(1)\u003c/script\u003e"`) {
		t.Errorf("the chart option does not carry the name JSON-escaped:\n%s", opt)
	}

	// A hostile title is escaped like any other text.
	doc = page(t, build(t, site, Options{Title: script}))
	if strings.Contains(doc, "<script>alert") || !strings.Contains(doc, "<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>") {
		t.Error("the title is not escaped")
	}
}

// A folder whose metrics file cannot be read is listed with the reason,
// and the readable reports are indexed all the same.
func TestProblemsListed(t *testing.T) {
	site := t.TempDir()
	writeReport(t, site, "good", q1(), "Maison Dupont", "en")
	writeReport(t, site, "no-index", q3(), "Maison Dupont", "en")
	if err := os.Remove(filepath.Join(site, "no-index", "index.html")); err != nil {
		t.Fatal(err)
	}
	if err := os.CopyFS(site, os.DirFS("testdata/problems")); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(site, "dir-metrics", "data", "metrics.json"), 0o755); err != nil {
		t.Fatal(err)
	}
	// Hidden folders are not searched.
	writeReport(t, site, ".trash/old", q2(), "Maison Dupont", "en")

	x := build(t, site, Options{})
	if len(x.Reports) != 1 || x.Reports[0].Dir != "good" {
		t.Fatalf("reports %v, want only good", x.Reports)
	}
	type want struct{ dir, kind, reason string }
	wants := []want{
		{"bad-period", ProblemPeriod, "The report period is missing or unreadable."},
		{"broken-json", ProblemJSON, "The file is not valid JSON (line 3, column 16)."},
		{"dir-metrics", ProblemRead, "The file cannot be read."},
		{"empty", ProblemEmpty, "The file is empty."},
		{"newer", ProblemSchema, "The file follows version 3 of the metrics layout; this version of socialaudit reads versions 1 to 2."},
		{"no-generator", ProblemNoGenerator, "Nothing in the file says it was written by socialaudit."},
		{"no-index", ProblemNoIndex, "The report’s index.html is missing, so there is nothing to link to."},
		{"other-tool", ProblemGenerator, "The file was not written by socialaudit (its generator is “othertool 2.0”)."},
		{"wrong-type", ProblemField, "The field summary.customer_comments does not have the expected type."},
	}
	if len(x.Problems) != len(wants) {
		t.Fatalf("got %d problems, want %d: %v", len(x.Problems), len(wants), x.Problems)
	}
	var rows [][]string
	for i, w := range wants {
		p := x.Problems[i]
		if p.Dir != w.dir || p.Kind != w.kind || p.Reason("en") != w.reason {
			t.Errorf("problem %d: got %s %s %q, want %s %s %q", i, p.Dir, p.Kind, p.Reason("en"), w.dir, w.kind, w.reason)
		}
		if p.Err == nil {
			t.Errorf("problem %d has no error for the terminal", i)
		}
		if fr := p.Reason("fr"); fr == w.reason || strings.Contains(fr, locale.Missing) {
			t.Errorf("problem %d has no French reason: %q", i, fr)
		}
		rows = append(rows, []string{w.dir, w.reason})
	}
	doc := page(t, x)
	checkRows(t, tableRows(t, doc, "Folders left out, and why"), rows)
	if !strings.Contains(doc, "One report found in this folder.") {
		t.Error("the lead does not say there is one report")
	}
}

func TestErrors(t *testing.T) {
	t.Run("no reports", func(t *testing.T) {
		site := t.TempDir()
		if err := os.MkdirAll(filepath.Join(site, "empty", "data"), 0o755); err != nil {
			t.Fatal(err)
		}
		_, err := Build(site, Options{})
		if !errors.Is(err, ErrNoReports) || !strings.Contains(err.Error(), "no folder holds a data/metrics.json") {
			t.Errorf("got %v, want ErrNoReports saying no folder holds one", err)
		}
	})
	t.Run("only unreadable reports", func(t *testing.T) {
		site := t.TempDir()
		if err := os.CopyFS(site, os.DirFS("testdata/problems")); err != nil {
			t.Fatal(err)
		}
		_, err := Build(site, Options{})
		if !errors.Is(err, ErrNoReports) || !strings.Contains(err.Error(), "7 folder(s) could not be read") ||
			!strings.Contains(err.Error(), "other-tool: The file was not written by socialaudit") {
			t.Errorf("got %v, want ErrNoReports listing the 7 folders", err)
		}
	})
	t.Run("site is a report", func(t *testing.T) {
		site := t.TempDir()
		writeReport(t, site, "q1", q1(), "Maison Dupont", "en")
		writeReport(t, site, ".", q3(), "Maison Dupont", "en")
		before, _ := os.ReadFile(filepath.Join(site, "index.html"))
		_, err := Build(site, Options{})
		if !errors.Is(err, ErrSiteIsReport) || !strings.Contains(err.Error(), "run archive on the folder that holds the reports") {
			t.Errorf("got %v, want ErrSiteIsReport", err)
		}
		// An index built elsewhere cannot be written over it either.
		other := threeReports(t)
		x := build(t, other, Options{})
		if err := x.Write(site); !errors.Is(err, ErrSiteIsReport) {
			t.Errorf("Write over a report: got %v, want ErrSiteIsReport", err)
		}
		after, _ := os.ReadFile(filepath.Join(site, "index.html"))
		if !bytes.Equal(before, after) {
			t.Error("the report's index.html was changed")
		}
	})
	t.Run("foreign index.html", func(t *testing.T) {
		site := threeReports(t)
		if err := os.WriteFile(filepath.Join(site, "index.html"), []byte("<h1>my page</h1>"), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Build(site, Options{})
		if !errors.Is(err, ErrForeignIndex) {
			t.Errorf("got %v, want ErrForeignIndex", err)
		}
	})
	t.Run("not a folder", func(t *testing.T) {
		_, err := Build(filepath.Join(t.TempDir(), "missing"), Options{})
		if err == nil || !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("got %v, want not exist", err)
		}
	})
	t.Run("unknown language", func(t *testing.T) {
		_, err := Build(t.TempDir(), Options{Lang: "de"})
		if err == nil || !strings.Contains(err.Error(), `"de"`) {
			t.Errorf("got %v, want an unsupported language", err)
		}
	})
}

func TestPeriodLabel(t *testing.T) {
	utc := time.UTC
	d := func(y int, m time.Month, day int, loc *time.Location) time.Time {
		return time.Date(y, m, day, 0, 0, 0, 0, loc)
	}
	for _, c := range []struct {
		from, to time.Time
		en, fr   string
	}{
		{d(2026, 1, 1, utc), d(2026, 4, 1, utc), "Q1 2026", "T1 2026"},
		{d(2026, 10, 1, paris), d(2027, 1, 1, paris), "Q4 2026", "T4 2026"},
		{d(2026, 3, 1, paris), d(2026, 4, 1, paris), "Mar 2026", "mars 2026"}, // across the change to summer time
		{d(2026, 7, 1, utc), d(2027, 1, 1, utc), "H2 2026", "S2 2026"},
		{d(2026, 1, 1, utc), d(2027, 1, 1, utc), "2026", "2026"},
		{d(2026, 2, 1, utc), d(2026, 5, 1, utc), "1 Feb 2026 to 30 Apr 2026", "du 1er févr. 2026 au 30 avr. 2026"}, // 3 months, not a quarter
		{d(2026, 1, 15, utc), d(2026, 2, 15, utc), "15 Jan 2026 to 14 Feb 2026", "du 15 janv. 2026 au 14 févr. 2026"},
		{d(2026, 1, 15, utc), d(2026, 1, 16, utc), "15 Jan 2026", "15 janv. 2026"},
		{d(2026, 1, 1, utc).Add(time.Hour), d(2026, 4, 1, utc), "1 Jan 2026 to 31 Mar 2026", "du 1er janv. 2026 au 31 mars 2026"},
	} {
		if got := periodLabel(locale.English, c.from, c.to); got != c.en {
			t.Errorf("%v..%v: got %q, want %q", c.from, c.to, got, c.en)
		}
		if got := periodLabel(locale.French, c.from, c.to); got != c.fr {
			t.Errorf("%v..%v: got %q, want %q", c.from, c.to, got, c.fr)
		}
	}
}

func TestReportHref(t *testing.T) {
	for dir, want := range map[string]string{
		"2026-q1":           "2026-q1/index.html",
		"clients/a b/été":   "clients/a%20b/%C3%A9t%C3%A9/index.html",
		"javascript:x":      "javascript%3Ax/index.html",
		"100%/a?b#c":        "100%25/a%3Fb%23c/index.html",
		`"><img src=x>`:     "%22%3E%3Cimg%20src=x%3E/index.html",
		"a/../b":            "a/../b/index.html", // never produced by Scan; not cleaned either
		"x/javascript:y/..": "x/javascript%3Ay/../index.html",
	} {
		if got := reportHref(dir); got != want {
			t.Errorf("reportHref(%q) = %q, want %q", dir, got, want)
		}
		if got, _ := url.PathUnescape(reportHref(dir)); got != dir+"/index.html" {
			t.Errorf("reportHref(%q) does not unescape to the folder: %q", dir, got)
		}
	}
}

func TestLineCol(t *testing.T) {
	b := []byte("{\n  \"a\": x\n}")
	for _, c := range []struct {
		offset    int64
		line, col int
	}{{1, 1, 1}, {2, 1, 2}, {3, 2, 1}, {10, 2, 8}, {100, 3, 1}, {0, 1, 1}} {
		if l, col := lineCol(b, c.offset); l != c.line || col != c.col {
			t.Errorf("offset %d: got %d:%d, want %d:%d", c.offset, l, col, c.line, c.col)
		}
	}
}

// The golden pages show the whole index in each language, for review.
func TestGolden(t *testing.T) {
	site := threeReports(t)
	for _, lang := range []string{"en", "fr"} {
		doc := page(t, build(t, site, Options{Lang: lang}))
		golden := filepath.Join("testdata", "index."+lang+".html.golden")
		if update {
			if err := os.WriteFile(golden, []byte(doc), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if doc != string(want) {
			t.Errorf("index.html (%s) differs from %s (run with UPDATE_GOLDEN=1 to accept)", lang, golden)
		}
	}
}

// A metrics file written by hand (or by an older socialaudit, without the
// language and the generation time): fields the reader does not know are
// ignored, a real zero prints as 0, and a null as "not measurable".
func TestHandWrittenMetrics(t *testing.T) {
	x := build(t, "testdata/handwritten", Options{})
	doc := page(t, x)
	nm := "not measurable"
	checkRows(t, tableRows(t, doc, "The headline figures of each report"), [][]string{
		{"H2 2025", "Old Client", "50.0 %", "1 h 30 min", "6", nm, nm, "0", "12"},
	})
	checkRows(t, tableRows(t, doc, "Every report of this folder, oldest period first"), [][]string{
		{"H2 2025", "Old Client", "1 Jul 2025 to 31 Dec 2025", "not stated", "not stated", "2025-h2"},
	})
	if !strings.Contains(doc, "<title>Old Client — report archive</title>") {
		t.Error("the title is not the trimmed client's")
	}
	if !strings.Contains(doc, "Broadcast share is not measurable in any report.") {
		t.Error("the broadcast chart does not say it is not measurable anywhere")
	}
	if strings.Contains(doc, `id="archive_broadcast" class="chart-canvas"`) {
		t.Error("a chart is drawn with no measurable point")
	}
}

// Several clients: one line each, "no report" where a client has none for
// a period; where a client has two reports of one period, the first listed
// gives the chart's point and both stay in the tables.
func TestSeveralClients(t *testing.T) {
	site := t.TempDir()
	writeReport(t, site, "a/q1", q1(), "Acme", "en")
	other := q1()
	other.Responsiveness.ResponseRate = fp(0.9)
	writeReport(t, site, "a/q1-fr", other, "Acme", "fr")
	writeReport(t, site, "a/q3", q3(), "Acme", "en")
	writeReport(t, site, "b/q2", q2(), "Bobo", "en")
	doc := page(t, build(t, site, Options{}))
	nr, nm := "no report", "not measurable"
	checkRows(t, tableRows(t, doc, "Response rate"), [][]string{
		{"Q1 2026", "58.1 %", nr},
		{"Q2 2026", nr, nm},
		{"Q3 2026", "71.0 %", nr},
	})
	if !strings.Contains(doc, `<tr><th scope="col">Report</th><th scope="col" class="num">Acme</th><th scope="col" class="num">Bobo</th></tr>`) {
		t.Error("the chart table is not one column per client")
	}
	rows := tableRows(t, doc, "The headline figures of each report")
	if len(rows) != 4 || rows[1][2] != "90.0 %" {
		t.Errorf("the figures table does not list both Q1 reports: %q", rows)
	}
	for _, s := range []string{
		"<title>Report archive</title>",
		"One line per client. Where a client has several reports for the same period",
		"For Acme, response rate went from 58.1 % (Q1 2026) to 71.0 % (Q3 2026). For Bobo, response rate is not measurable in any report.",
	} {
		if !strings.Contains(doc, s) {
			t.Errorf("index.html lacks %s", s)
		}
	}
}
