package report

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"github.com/socialaudit/socialaudit/report/internal/locale"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/socialaudit/socialaudit/templates"
)

func buildSingle(t *testing.T, meta Meta) string {
	t.Helper()
	meta.SingleFile = true
	site, err := Build(fixture(), meta)
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	if len(site.Files) != 1 || site.Files[0].Path != SingleFileName {
		t.Fatalf("single-file site has files %v", site.Files)
	}
	return string(site.Files[0].Data)
}

// allPages builds the fixture's report with meta as a site and as a single
// file: every HTML page of the site by its path, and the single file as
// SingleFileName.
func allPages(t *testing.T, meta Meta) map[string]string {
	t.Helper()
	site, err := Build(fixture(), meta)
	if err != nil {
		t.Fatal(err)
	}
	pages := map[string]string{SingleFileName: buildSingle(t, meta)}
	for _, f := range site.Files {
		if strings.HasSuffix(f.Path, ".html") {
			pages[f.Path] = string(f.Data)
		}
	}
	return pages
}

// decodeDataURL returns the media type and bytes of a base64 data: URL.
func decodeDataURL(t *testing.T, u string) (string, []byte) {
	t.Helper()
	rest, ok := strings.CutPrefix(u, "data:")
	mime, b64, ok2 := strings.Cut(rest, ";base64,")
	if !ok || !ok2 {
		t.Fatalf("not a base64 data: URL: %.60s", u)
	}
	b, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		t.Fatalf("data: URL %.40s: %v", u, err)
	}
	return mime, b
}

// scriptBodies returns the bodies of the page's <script> elements.
func scriptBodies(page string) []string {
	var out []string
	for rest := page; ; {
		i := strings.Index(rest, "<script>")
		if i < 0 {
			return out
		}
		rest = rest[i+len("<script>"):]
		j := strings.Index(rest, "</script>")
		out = append(out, rest[:j])
		rest = rest[j:]
	}
}

func TestSingleFile(t *testing.T) {
	pinRecommendations(t)
	meta := brandedMeta(t)
	full := buildSingle(t, meta)
	page := stripInline(full) // the markup, without our inline script and style
	multi, err := Build(fixture(), meta)
	if err != nil {
		t.Fatal(err)
	}

	// Every page, in navigation order, as a section.
	last := -1
	for _, po := range pageOrder {
		i := strings.Index(page, `<section id="page-`+po.Name+`" class="page page-`+po.Name+`">`)
		if i < last {
			t.Errorf("section page-%s missing or out of order", po.Name)
		}
		last = i
		if !strings.Contains(page, `<li><a href="#page-`+po.Name+`">`+locale.English.T("nav."+po.Name)+`</a></li>`) {
			t.Errorf("no navigation link to #page-%s", po.Name)
		}
	}
	if strings.Count(page, "<h1>") != 1 || strings.Count(page, "<main") != 1 || strings.Count(page, "<footer") != 1 {
		t.Error("the single file should have one h1, one main and one footer")
	}
	if strings.Contains(page, "aria-current") {
		t.Error("a single file marks a current page")
	}
	// The chart and the recommendations of every page are there.
	if got := strings.Count(page, `class="chart-canvas`); got != 4+2+3 {
		t.Errorf("%d charts, want 9", got)
	}
	if got := strings.Count(page, `<li class="recommendation`); got != 5 {
		t.Errorf("%d recommendations, want 5, once each, on the overview", got)
	}
	for _, link := range []string{`<p><a href="#page-responsiveness">See Responsiveness</a></p>`, `<p><a href="#page-data">See Data</a></p>`} {
		if !strings.Contains(page, link) {
			t.Errorf("a recommendation lacks its link %s", link)
		}
	}

	// Nothing is fetched or linked outside the file: every src and href is
	// an in-page anchor, a data: URL, or the one permalink of the data.
	ids := map[string]int{}
	for _, id := range attrValues(page, "id") {
		ids[id]++
	}
	for id, n := range ids {
		if n > 1 {
			t.Errorf("id %q is used %d times", id, n)
		}
	}
	for _, attr := range []string{"src", "href"} {
		for _, u := range attrValues(page, attr) {
			switch {
			case strings.HasPrefix(u, "#"):
				if ids[u[1:]] == 0 {
					t.Errorf("%s=%q points at no element", attr, u)
				}
			case strings.HasPrefix(u, "data:"):
				decodeDataURL(t, u)
			case attr == "href" && u == "https://www.facebook.com/maisondupont/posts/101":
			default:
				t.Errorf("%s=%q leaves the file", attr, u)
			}
		}
	}
	if n := len(attrValues(page, "src")); n != 2 {
		t.Errorf("%d src attributes, want 2 (the logos, each once)", n)
	}

	// The downloads are the site's data files, with a file name.
	for _, name := range []string{"metrics.json", "unanswered.csv"} {
		re := regexp.MustCompile(`<a href="(data:[^"]*)" download="` + regexp.QuoteMeta(name) + `">` + regexp.QuoteMeta(name) + `</a>`)
		m := re.FindStringSubmatch(page)
		if m == nil {
			t.Errorf("no download link for %s", name)
			continue
		}
		mime, b := decodeDataURL(t, html.UnescapeString(m[1]))
		if want := multi.File("data/" + name).Data; !bytes.Equal(b, want) {
			t.Errorf("%s: the embedded file differs from the site's", name)
		}
		if mime != map[string]string{"metrics.json": "application/json", "unanswered.csv": "text/csv;charset=utf-8"}[name] {
			t.Errorf("%s: media type %q", name, mime)
		}
	}
	// The logos are the given bytes, still shown through <img> only.
	for _, tc := range []struct {
		class string
		logo  *Logo
	}{{"client-logo", meta.ClientLogo}, {"agency-logo", meta.AgencyLogo}} {
		re := regexp.MustCompile(`<img class="` + tc.class + `" src="(data:[^"]*)"`)
		m := re.FindAllStringSubmatch(page, -1)
		if len(m) == 0 {
			t.Errorf("no %s image", tc.class)
			continue
		}
		mime, b := decodeDataURL(t, html.UnescapeString(m[0][1]))
		if mime != tc.logo.MIME || !bytes.Equal(b, tc.logo.Data) {
			t.Errorf("%s: %s, not the logo", tc.class, mime)
		}
	}
	if strings.Contains(page, "<svg") {
		t.Error("an SVG is inlined into the page")
	}

	// Inline: exactly our stylesheets and our two scripts.
	scripts := scriptBodies(full)
	echarts, _ := templates.Assets.ReadFile("assets/" + templates.EChartsScript)
	reportJS, _ := templates.Assets.ReadFile(reportScript)
	if len(scripts) != 2 || scripts[0] != string(echarts) || scripts[1] != string(reportJS) {
		t.Errorf("%d inline scripts; want ECharts then report.js, as they are", len(scripts))
	}
	// The policy allows these two scripts, by their hashes, and no other.
	if want := `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ` +
		scriptHash(string(echarts)) + " " + scriptHash(string(reportJS)) +
		`; style-src 'unsafe-inline'; img-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'">`; !strings.Contains(full, "<head>\n"+want+"\n<meta charset") {
		t.Errorf("the head does not start with the policy %s:\n%.600s", want, full[strings.Index(full, "<head>"):])
	}
	if strings.Count(page, "<script") != 2 || strings.Contains(page, "<script src") {
		// (page has the script bodies stripped; full has ECharts's text.)
		t.Error("a script other than ECharts and report.js")
	}
	siteCSS, _ := templates.Assets.ReadFile("assets/site.css")
	if strings.Count(page, "<style>") != 1 || !strings.Contains(full, "<style>\n"+string(siteCSS)+"\n/* The client's accent colour #ffcc00") {
		t.Error("the stylesheet is not site.css then brand.css, inline")
	}
	if strings.Contains(page, `<link rel="stylesheet"`) {
		t.Error("a linked stylesheet in the single file")
	}
	checkScripts(t, SingleFileName, strings.ReplaceAll(page, "<script></script>", ""))

	// The ECharts licence goes with the library.
	for _, f := range []string{"LICENSE", "NOTICE"} {
		re := regexp.MustCompile(`<a href="(data:[^"]*)" download="echarts-` + f + `.txt">`)
		m := re.FindStringSubmatch(page)
		if m == nil {
			t.Errorf("no link to the ECharts %s", f)
			continue
		}
		if _, b := decodeDataURL(t, html.UnescapeString(m[1])); !bytes.Contains(b, []byte("Apache")) {
			t.Errorf("the ECharts %s is not the licence text", f)
		}
	}

	// Deterministic.
	if again := buildSingle(t, meta); again != full {
		t.Error("two single-file builds differ")
	}
}

// stripInline empties of the inline <script> and <style>
// elements (ours, checked apart), so that checkScripts sees the markup.
func stripInline(page string) string {
	for _, tag := range []string{"script", "style"} {
		var b strings.Builder
		rest := page
		for {
			i := strings.Index(rest, "<"+tag+">")
			if i < 0 {
				break
			}
			b.WriteString(rest[:i] + "<" + tag + ">")
			rest = rest[i:]
			rest = rest[strings.Index(rest, "</"+tag+">"):]
		}
		b.WriteString(rest)
		page = b.String()
	}
	return page
}

// TestSingleFileLinksOnlyInside renders every page of a multi-file and a
// single-file build and checks that no src or href anywhere names another
// host or an absolute path ("http:", "https:", "//", "/"); the only
// exception is the permalink of a post, which the data gives.
func TestSingleFileLinksOnlyInside(t *testing.T) {
	pages := allPages(t, brandedMeta(t))
	for name, page := range pages {
		for _, attr := range []string{"src", "href", "action", "srcset", "poster", "data"} {
			for _, u := range attrValues(stripInline(page), attr) {
				low := strings.ToLower(u)
				if strings.HasPrefix(low, "http:") || strings.HasPrefix(low, "https:") || strings.HasPrefix(low, "//") || strings.HasPrefix(low, "/") {
					if attr == "href" && u == "https://www.facebook.com/maisondupont/posts/101" {
						continue
					}
					t.Errorf("%s: %s=%q", name, attr, u)
				}
			}
		}
	}
}

func TestSingleFileHostile(t *testing.T) {
	res, meta := hostileFixture()
	meta.SingleFile = true
	site, err := Build(res, meta)
	if err != nil {
		t.Fatal(err)
	}
	page := string(site.Files[0].Data)
	pres, pmeta := plainFixture()
	pmeta.SingleFile = true
	plain, err := Build(pres, pmeta)
	if err != nil {
		t.Fatal(err)
	}
	for _, raw := range markupEntries() {
		if got, want := strings.Count(page, raw), strings.Count(string(plain.Files[0].Data), raw); got > want {
			t.Errorf("the single file contains %q unescaped: %d times, %d without hostile text", raw, got, want)
		}
	}
	if strings.Count(page, "<script") != 2 {
		t.Errorf("%d scripts with hostile text, want 2", strings.Count(page, "<script"))
	}
	markup := strings.ReplaceAll(stripInline(page), "<script></script>", "")
	checkScripts(t, SingleFileName, markup)
	checkLinks(t, SingleFileName, markup)
	checkShownAsText(t, SingleFileName, markup, meta)
	checkSameMarkup(t, SingleFileName, markup, strings.ReplaceAll(stripInline(string(plain.Files[0].Data)), "<script></script>", ""))
	// The policy's hashes are those of the scripts as they are.
	for _, js := range scriptBodies(page) {
		if !strings.Contains(page, scriptHash(js)) {
			t.Errorf("the policy lacks the hash of the script %.60q", js)
		}
	}
}

func TestInlineChecks(t *testing.T) {
	for _, js := range []string{"a</script>b", "a</SCRIPT >", "x<!--y", "'<script>'"} {
		if _, err := inlineScript("x.js", []byte(js)); err == nil {
			t.Errorf("inlineScript accepted %q", js)
		}
	}
	if _, err := inlineScript("x.js", []byte("if (a < b) { c(); }")); err != nil {
		t.Error(err)
	}
	if _, err := inlineCSS([]byte("p{}</style><script>")); err == nil {
		t.Error("inlineCSS accepted </style>")
	}
}

func TestWriteFile(t *testing.T) {
	meta := fixtureMeta()
	meta.SingleFile = true
	site, err := Build(fixture(), meta)
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Join(t.TempDir(), "out", "audit.html")
	if err := site.WriteFile(name); err != nil {
		t.Fatalf("WriteFile: %v", err)
	}
	b, err := os.ReadFile(name)
	if err != nil || !bytes.Equal(b, site.Files[0].Data) {
		t.Errorf("file on disk differs: %v", err)
	}
	if err := buildFixture(t).WriteFile(name); err == nil || !strings.Contains(err.Error(), "only a single-file report is one file") {
		t.Errorf("WriteFile of a multi-file site: %v", err)
	}
}

// TestLandmarksAndHeadings checks every page, multi-file and single-file:
// a skip link to main, the header, navigation, main and footer landmarks
// once each, one h1, and headings that never skip a level.
func TestLandmarksAndHeadings(t *testing.T) {
	pinRecommendations(t)
	pages := allPages(t, brandedMeta(t))
	pages[SingleFileName] = stripInline(pages[SingleFileName])
	headingRE := regexp.MustCompile(`<h([1-6])[ >]`)
	for name, page := range pages {
		for _, want := range []string{
			`<a class="skip-link" href="#main">`, `<header class="site">`, `<nav aria-label="`, `<main id="main"`, `<footer class="site">`,
		} {
			if n := strings.Count(page, want); n != 1 {
				t.Errorf("%s: %q %d times, want once", name, want, n)
			}
		}
		if !strings.HasPrefix(page[strings.Index(page, "<body"):], `<body`) || strings.Index(page, "skip-link") > strings.Index(page, "<header") {
			t.Errorf("%s: the skip link is not the first thing in the body", name)
		}
		prev := 0
		for _, m := range headingRE.FindAllStringSubmatch(page, -1) {
			level := int(m[1][0] - '0')
			if prev == 0 && level != 1 {
				t.Errorf("%s: the first heading is h%d", name, level)
			}
			if level > prev+1 {
				t.Errorf("%s: h%d after h%d skips a level", name, level, prev)
			}
			prev = level
		}
		if n := strings.Count(page, "<h1"); n != 1 {
			t.Errorf("%s: %d h1, want 1", name, n)
		}
		// The theme switch works only with the script, which unhides it;
		// it is a labelled native select, so the keyboard drives it.
		if !strings.Contains(page, `<div class="theme-switch" hidden>`+"\n"+`<label for="theme-choice">Theme</label>`+"\n"+`<select id="theme-choice">`) {
			t.Errorf("%s: no labelled theme switch", name)
		}
		// Each chart states its point (or its title) as an image.
		for _, tag := range startTags(page) {
			if !strings.Contains(tag, `class="chart-canvas`) {
				continue
			}
			var role, label string
			for _, a := range attributes(tag) {
				switch a.Name {
				case "role":
					role = a.Value
				case "aria-label":
					label = a.Value
				}
			}
			if role != "img" || label == "" {
				t.Errorf("%s: a chart without role=img and a label: %.100s", name, tag)
			}
		}
	}
}

// TestChartLabel: a chart's text alternative is its point when the view
// has one, else its title; the option goes in data-option, escaped.
func TestChartLabel(t *testing.T) {
	tmpl, err := parseTemplates(locale.English)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		cv   chartView
		want string
	}{
		{chartView{ID: "c1", Title: "Replies by month", Point: "Replies doubled in June.", Option: `{"a":"<b>"}`},
			`<div id="c1" class="chart-canvas" role="img" aria-label="Replies by month: Replies doubled in June. The same figures are in the data table below." data-option="{&#34;a&#34;:&#34;&lt;b&gt;&#34;}"></div>`},
		{chartView{ID: "c2", Title: "Replies by month", Option: `{}`, Tall: true},
			`<div id="c2" class="chart-canvas tall" role="img" aria-label="Replies by month" data-option="{}"></div>`},
	} {
		var b bytes.Buffer
		if err := tmpl.ExecuteTemplate(&b, "chart", tc.cv); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), tc.want) {
			t.Errorf("chart %s:\n%s\nwant %s", tc.cv.ID, b.String(), tc.want)
		}
	}
}

// TestSingleFileBudget: the CSV files are embedded in the data page's
// order while they fit in singleFileBudget; a file too large is skipped
// and a later one that fits is still embedded.
func TestSingleFileBudget(t *testing.T) {
	mib := func(n int) []byte { return make([]byte, n<<20) }
	data := []dataFile{
		{Path: metricsPath, Data: mib(1)}, // not counted against the budget
		{Path: unansweredPath, Data: mib(6)},
		{Path: postsPath, Data: mib(5)},
		{Path: membersPath, Data: mib(3)},
		{Path: agentsPath, Data: mib(2)},
		{Path: rejectionsPath, Data: []byte("x")},
	}
	got := embeddedFiles(data)
	want := map[string]bool{metricsPath: true, unansweredPath: true, membersPath: true, rejectionsPath: true}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("embedded %v, want %v (6 + 3 MiB, then 1 byte)", got, want)
	}
}

// TestSingleFileLargeCSV builds a single file whose worklist is over the
// budget: the data page names it with its size instead of embedding it,
// embeds the other files once, and the link under a capped list leads to
// the data page's item.
func TestSingleFileLargeCSV(t *testing.T) {
	res := metricsDiagFixture()
	res.Open[0].Comment.Text = strings.Repeat("x", 11<<20) // 11.5 MB with the rest of the file
	meta := fixtureMeta()
	meta.SingleFile = true
	site, err := Build(res, meta)
	if err != nil {
		t.Fatal(err)
	}
	page := string(site.Files[0].Data)
	if len(page) > 5<<20 {
		t.Errorf("the single file weighs %d bytes: the worklist went in", len(page))
	}
	for _, want := range []string{
		`<li id="download-unanswered">unanswered.csv: the worklist: 3 customer comments without an answer, oldest first (11.5 MB: too large to embed in this file; build the report as a site, without --single-file, to get it)</li>`,
		`<li id="download-members"><a href="data:text/csv;charset=utf-8;base64,`,
		`<p class="full-list">All 14 customers: <a href="#download-members">members.csv</a></p>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the single file lacks %.120q", want)
		}
	}
	if n := strings.Count(page, "data:text/csv"); n != 4 {
		t.Errorf("%d CSV files embedded, want 4 (each once)", n)
	}
}
