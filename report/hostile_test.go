package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html"
	"html/template"
	"io"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
	corpus "github.com/socialaudit/socialaudit/internal/hostile"
	"github.com/socialaudit/socialaudit/report/internal/locale"
)

// The attacks a hostile export could carry in any text it controls: the
// shared corpus (internal/hostile), which e2e puts through a browser too,
// and quotes, whose escaping the tests look for.
const (
	quotes = `"quotes' & <b>`
	jsURL  = `javascript:window.__pwned=6//`
)

// hostile is the attacks of the first version of these tests, which other
// tests still use (events_test.go).
const hostile = `</script><script>window.__pwned=1</script> __f__(window.__pwned=2)__f__ ` + quotes +
	` <img src=x onerror=alert(1)> javascript:alert(1)`

// hostileAll is every attack in one string.
var hostileAll = corpus.Joined() + " " + quotes

// hostilePermalinks are the permalinks of the top posts: none may become a
// link that runs or leaves a page through an attribute.
var hostilePermalinks = []string{`https://example.com/p?q="><script>window.__pwned=1</script>`, jsURL, `data:text/html,<script>window.__pwned=7</script>`,
	` JaVaScRiPt:window.__pwned=1`, `" onmouseover="window.__pwned=5`}

// hostileNotes is the markdown of --notes with the attacks: raw HTML (left
// out by goldmark), links and an image with javascript: URLs, the corpus in
// a code block, where it must show as it is, and the client's hostile name
// through a placeholder.
var hostileNotes = "# Summary of {{ .Client }}\n\n" +
	"<script>window.__pwned=1</script>\n\n<img src=x onerror=window.__pwned=3>\n\n" +
	"A [link](javascript:window.__pwned=6) and <javascript:window.__pwned=6> " +
	"and [a data link](data:text/html,<script>window.__pwned=7</script>) inline <b onclick=\"window.__pwned=5\">html</b>.\n\n" +
	"```\n" + strings.ReplaceAll(strings.ReplaceAll(corpus.Joined(), "{{", "{ {"), "}}", "} }") + "\n```\n"

// hostileFixture puts the attacks into every text field of the fixture
// that comes from the data or the command line: the corpus in every field,
// formulas at the start of what data/unanswered.csv writes, the 1 MB text
// in a post and in a comment, hostile permalinks, event labels and notes.
// Codes that analyze itself sets (months, reasons, trend direction and
// basis) are left alone.
func hostileFixture() (*analyze.Results, Meta) {
	return fieldFixture(func(tag string) string { return tag + " " + hostileAll }, corpus.Formulas(), corpus.Huge(), hostilePermalinks, hostileNotes)
}

// plainFixture is hostileFixture with harmless text of the same shape, to
// compare the markup of the pages with.
func plainFixture() (*analyze.Results, Meta) {
	return fieldFixture(func(tag string) string { return tag + " plain" }, []string{"formula"}, "huge plain",
		[]string{"https://example.com/1", "plain"}, "# Summary of {{ .Client }}\n\n<p>plain</p>\n\nplain\n\n"+
			"A [link](https://example.com/a) and <https://example.com/b> "+
			"and [a data link](https://example.com/c) inline <b>html</b>.\n\n```\nplain\n```\n")
}

func fieldFixture(h func(tag string) string, formulas []string, huge string, permalinks []string, notes string) (*analyze.Results, Meta) {
	res := fixture()
	f := func(i int, tag string) string { return formulas[i%len(formulas)] + " " + h(tag) }
	for i := range res.Platforms {
		res.Platforms[i] = h("platform")
	}
	for i := range res.Responsiveness.ByPlatform {
		res.Responsiveness.ByPlatform[i].Platform = h("platform" + itoa(i))
	}
	for i := range res.Broadcast.ByPlatform {
		res.Broadcast.ByPlatform[i].Platform = h("platform" + itoa(i))
	}
	for i := range res.NegativeFeedback.ByPlatform {
		res.NegativeFeedback.ByPlatform[i].Platform = h("platform" + itoa(i))
	}
	for i := range res.NegativeFeedback.TopPosts {
		p := &res.NegativeFeedback.TopPosts[i].Post
		p.Platform, p.Account, p.ID, p.Type, p.Text = h("platform"), h("account"), f(i, "id"), h("type"), h("text")
		if i == 0 {
			p.Text = huge
		}
		p.Permalink = permalinks[i%len(permalinks)]
	}
	for i := range res.Open {
		c := res.Open[i].Comment
		c.Platform, c.Account, c.ID, c.PostID, c.ParentID = h("platform"), h("account"), f(i, "id"), f(i+1, "post"), f(i+2, "parent")
		c.AuthorID, c.AuthorName, c.Text = f(i+3, "author"), f(i+4, "name"), f(i+5, "text")
		if i == 0 {
			c.Text = huge
		}
	}
	for i := range res.Inputs {
		in := &res.Inputs[i]
		in.File, in.Kind, in.Format = h("file"), h("kind"), h("format")
		in.IgnoredColumns = []string{h("column")}
		in.Notes = []string{h("note")}
		for j := range in.Rejections {
			r := &in.Rejections[j]
			r.File, r.Column, r.Reason = h("file"), h("column"), h("reason")
		}
		for j := range in.MergedInto {
			in.MergedInto[j].File = h("merged")
		}
	}
	res.Inputs[1].Format = "map:" + h("mapping")
	// The full lists of data/ (posts, members, agents), each with a row.
	post := analyze.Post{Platform: h("platform"), Account: h("account"), ID: f(0, "post"), Type: h("type"),
		Text: f(1, "post text"), Permalink: permalinks[0], Published: res.Period.From}
	pc := analyze.PostClicks{Post: post, Clicks: 10, Conversation: 1, ClickOnly: true}
	d := &res.Diagnostics
	d.Clicks = analyze.Clicks{Measurable: true, Posts: 1, ClickOnly: 1, TotalClicks: 10, TotalConversation: 1,
		TopClickOnly: []analyze.PostClicks{pc}, All: []analyze.PostClicks{pc}}
	member := analyze.Member{Platform: h("platform"), AuthorID: f(2, "member"), AuthorName: f(3, "member name"), Comments: 2,
		First: res.Period.From, Last: res.Period.From, Regular: true}
	d.Members = analyze.Members{Measurable: true, Customers: 1, Regulars: 1, Top: []analyze.Member{member}, All: []analyze.Member{member}}
	d.Agents = analyze.Agents{Measurable: true, Replies: 1, Named: 1,
		ByAgent: []analyze.AgentStats{{Agent: f(4, "agent"), Replies: 1, Share: fp(1)}}}
	meta := fixtureMeta()
	meta.Client = h("client")
	meta.Brand = []string{h("brand"), "@" + h("handle")}
	meta.Version = h("version")
	meta.AgencyName, meta.Contact = h("agency"), h("contact")
	meta.Events = []Event{
		{Date: time.Date(2024, 2, 14, 0, 0, 0, 0, time.UTC), Label: h("event")},
		{Date: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), End: time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC), Label: h("range")},
	}
	n, err := ParseNotes("notes.md", []byte(notes))
	if err != nil {
		panic(err)
	}
	meta.Notes = n
	return res, meta
}

func TestHostileText(t *testing.T) {
	for _, lang := range []string{"en", "fr"} {
		t.Run(lang, func(t *testing.T) { testHostileText(t, lang) })
	}
}

func testHostileText(t *testing.T, lang string) {
	if lang != "en" {
		// The recommendations' own texts are package recommend's to test; in
		// other languages they are left out here, so that this test does
		// not depend on recommend's languages.
		saveB, saveM := buildRecommendations, buildMethodology
		t.Cleanup(func() { buildRecommendations, buildMethodology = saveB, saveM })
		buildRecommendations = func(*analyze.Results, recommendOptions) ([]recommendation, error) { return nil, nil }
		buildMethodology = func(*analyze.Results, recommendOptions) (template.HTML, error) { return "<p>-</p>", nil }
	}
	res, meta := hostileFixture()
	meta.Lang = lang
	site, err := Build(res, meta)
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	options, perPage := chartOptions(t, res, meta)
	pres, pmeta := plainFixture()
	pmeta.Lang = lang
	plain, err := Build(pres, pmeta)
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	for _, f := range site.Files {
		if strings.HasPrefix(f.Path, "assets/") {
			continue
		}
		s := string(f.Data)
		ext := f.Path[strings.LastIndex(f.Path, "."):]
		// The hostile text must be there, escaped; else the test proves nothing.
		escaped := map[string]string{".html": "&#34;quotes&#39; &amp; &lt;b&gt;", ".json": `\"quotes' \u0026 \u003cb\u003e`, ".csv": quotes}
		if want := escaped[ext]; !strings.Contains(s, want) {
			t.Errorf("%s: the hostile text is not in the output as %q", f.Path, want)
		}
		if ext == ".csv" {
			continue // plain data, not markup: checked in TestHostileCSV
		}
		for _, raw := range append(markupEntries(), "<script>", "<img", "<svg", "onerror=window.__pwned=3>", "<style>", "<!--") {
			if ext == ".json" && !strings.ContainsAny(raw, "<>&") {
				continue // quotes are escaped as \" in JSON
			}
			if got, want := strings.Count(s, raw), strings.Count(string(plain.File(f.Path).Data), raw); got > want {
				t.Errorf("%s contains %q unescaped: %d times, %d without hostile text", f.Path, raw, got, want)
			}
		}
		if !strings.HasSuffix(f.Path, ".html") {
			continue
		}
		lower := strings.ToLower(s)
		// report.js, and ECharts where the page draws a chart.
		if got, want := strings.Count(lower, "<script"), 1+min(perPage[f.Path], 1); got != want {
			t.Errorf("%s: %d <script tags, want %d", f.Path, got, want)
		}
		if got, want := strings.Count(lower, "<script"), strings.Count(lower, `<script src="assets/echarts/echarts.min.js"></script>`)+strings.Count(lower, `<script src="assets/report.js"></script>`); got != want {
			t.Errorf("%s: %d <script tags, of which only %d load ECharts or report.js", f.Path, got, want)
		}
		if got, want := strings.Count(s, "<script"), strings.Count(string(plain.File(f.Path).Data), "<script"); got != want {
			t.Errorf("%s: %d <script tags with hostile text, %d without", f.Path, got, want)
		}
		if strings.Contains(lower, `href="javascript`) {
			t.Errorf("%s: a javascript: URL became a link", f.Path)
		}
		checkOptions(t, f.Path, s, options, perPage[f.Path])
		checkScripts(t, f.Path, s)
		checkLinks(t, f.Path, s)
		checkSameMarkup(t, f.Path, s, string(plain.File(f.Path).Data))
		checkShownAsText(t, f.Path, s, meta)
	}
	// The hostile permalinks are no links, not even html/template's dead
	// "#ZgotmplZ"; the plain ones are.
	open := ">" + escapeIn(t, "{{.}}", l10n(t, lang, "word.open-link")) + "</a>"
	if fb := string(site.File("feedback.html").Data); strings.Contains(fb, "ZgotmplZ") || strings.Count(fb, open) != 1 ||
		!strings.Contains(fb, `<a href="https://example.com/p?q=%22%3e%3cscript%3ewindow.__pwned=1%3c/script%3e" rel="noopener noreferrer nofollow">`) {
		t.Errorf("feedback.html: the permalinks are not one web link (escaped) and no other: %d links", strings.Count(fb, open))
	}

	// metrics.json keeps every string exactly, escaped only by JSON.
	var m MetricsJSON
	if err := json.Unmarshal(site.File("data/metrics.json").Data, &m); err != nil {
		t.Fatalf("metrics.json: %v", err)
	}
	if m.Client != meta.Client || m.NegativeFeedback.TopPosts[0].Text != res.NegativeFeedback.TopPosts[0].Post.Text ||
		m.Inputs[0].Rejections[0].Reason != res.Inputs[0].Rejections[0].Reason {
		t.Error("metrics.json does not round-trip the hostile strings")
	}
}

// chartOptions returns the option JSON of every chart of the view, by id,
// and how many charts with an option each page file has.
func chartOptions(t *testing.T, res *analyze.Results, meta Meta) (map[string]string, map[string]int) {
	t.Helper()
	l, err := locale.For(meta.Lang)
	if err != nil {
		t.Fatal(err)
	}
	pages, err := newBuilder(res, meta, l).newPages(nil, "")
	if err != nil {
		t.Fatal(err)
	}
	out, perPage := map[string]string{}, map[string]int{}
	for _, p := range pages {
		for _, s := range p.Sections {
			for _, c := range s.Charts {
				if c.Option != "" {
					out[c.ID] = c.Option
					perPage[p.File]++
				}
			}
		}
	}
	return out, perPage
}

// dataOption matches a chart canvas and its option attribute; html/template
// escapes every quote inside an attribute value, so [^"]* is the whole value.
var dataOption = regexp.MustCompile(`<div id="([A-Za-z0-9_]+)" class="chart-canvas[^"]*" role="img" aria-label="[^"]*" data-option="([^"]*)"></div>`)

// checkOptions checks every chart of a page: its data-option attribute,
// once the browser decodes it, is exactly the JSON that json.Marshal made,
// valid, with every "__f__" inside a JSON string, where it is inert.
func checkOptions(t *testing.T, name, page string, options map[string]string, charts int) {
	t.Helper()
	matches := dataOption.FindAllStringSubmatch(page, -1)
	if got, want := len(matches), charts; got != want {
		t.Errorf("%s: %d chart canvases with an option, want %d", name, got, want)
	}
	if got := strings.Count(page, "data-option="); got != len(matches) {
		t.Errorf("%s: %d data-option attributes, %d on a chart canvas", name, got, len(matches))
	}
	for _, m := range matches {
		id, attr := m[1], m[2]
		if strings.ContainsAny(attr, "<>'") {
			t.Errorf("%s: %s: the attribute holds raw markup characters", name, id)
		}
		option := html.UnescapeString(attr)
		if want, ok := options[id]; !ok || option != want {
			t.Errorf("%s: %s: the decoded attribute is not the chart's JSON:\n got %.200s\nwant %.200s", name, id, option, want)
		}
		if !json.Valid([]byte(option)) {
			t.Errorf("%s: chart option is not valid JSON: %.200s", name, option)
		}
		if n := countOutsideStrings(option, "__f__"); n != 0 {
			t.Errorf("%s: %d __f__ markers outside JSON strings", name, n)
		}
	}
}

// attribute is one attribute of a start tag, its value decoded.
type attribute struct{ Name, Value string }

// attributes parses the attributes of a start tag as html/template writes
// them: name, or name="value" (values are always double-quoted).
func attributes(tag string) []attribute {
	var out []attribute
	rest := strings.TrimSuffix(tag[1:], ">")
	if i := strings.IndexAny(rest, " \n"); i >= 0 {
		rest = rest[i:]
	} else {
		return nil
	}
	for {
		rest = strings.TrimLeft(rest, " \n")
		if rest == "" {
			return out
		}
		end := strings.IndexAny(rest, "= \n")
		if end < 0 {
			return append(out, attribute{Name: rest})
		}
		a := attribute{Name: rest[:end]}
		rest = rest[end:]
		if strings.HasPrefix(rest, `="`) {
			rest = rest[2:]
			j := strings.IndexByte(rest, '"')
			if j < 0 {
				return append(out, attribute{Name: a.Name, Value: "UNTERMINATED " + rest})
			}
			a.Value = html.UnescapeString(rest[:j])
			rest = rest[j+1:]
		} else if rest != "" && rest[0] == '=' {
			// Not how html/template writes; keep it visible to the checks.
			a.Value = "UNQUOTED " + rest
			rest = ""
		}
		out = append(out, a)
	}
}

// attrValues returns the values of every attribute named attr of the
// start tags of page, decoded as a browser does.
func attrValues(page, attr string) []string {
	var out []string
	for _, tag := range startTags(page) {
		for _, a := range attributes(tag) {
			if a.Name == attr {
				out = append(out, a.Value)
			}
		}
	}
	return out
}

// countOutsideStrings counts occurrences of sub in js that are not inside a
// double-quoted string.
func countOutsideStrings(js, sub string) int {
	n, in := 0, false
	for i := 0; i < len(js); i++ {
		switch {
		case in && js[i] == '\\':
			i++
		case js[i] == '"':
			in = !in
		case !in && strings.HasPrefix(js[i:], sub):
			n++
		}
	}
	return n
}

func TestCountOutsideStrings(t *testing.T) {
	for _, tc := range []struct {
		js   string
		want int
	}{
		{`{"a":"__f__(x)__f__"}`, 0},
		{`{"a":(x)__f__}`, 1},
		{`{"a":"\"__f__"}`, 0},
		{`{"a":"x\\"__f__}`, 1},
	} {
		if got := countOutsideStrings(tc.js, "__f__"); got != tc.want {
			t.Errorf("countOutsideStrings(%s) = %d, want %d", tc.js, got, tc.want)
		}
	}
}

// TestHostileCSV checks data/unanswered.csv with the corpus in every
// column that comes from the data: every cell reads back as it was given,
// with a leading apostrophe exactly when a spreadsheet would take it for a
// formula (= + - @, tab, carriage return), whatever the column.
func TestHostileCSV(t *testing.T) {
	res, meta := hostileFixture()
	site, err := Build(res, meta)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(site.File("data/unanswered.csv").Data)).ReadAll()
	if err != nil {
		t.Fatalf("unanswered.csv does not parse: %v", err)
	}
	if len(rows) != 1+len(res.Open) {
		t.Fatalf("%d rows, want %d", len(rows), 1+len(res.Open))
	}
	guarded, formulas := 0, map[string]bool{}
	for _, f := range corpus.Formulas() {
		formulas[f[:1]] = true
	}
	for i, row := range rows[1:] {
		c := res.Open[i].Comment
		for col, given := range map[int]string{1: c.Platform, 2: c.Account, 3: c.ID, 7: c.AuthorID, 8: c.AuthorName, 9: c.PostID, 10: c.ParentID, 11: c.Text} {
			want := given
			if formulas[given[:1]] {
				want = "'" + given
				guarded++
			}
			if row[col] != want {
				t.Errorf("row %d, %s = %.80q, want %.80q", i+1, unansweredHeader[col], row[col], want)
			}
		}
	}
	// Every column of the comments that a stranger writes started with a
	// formula in some row; the platform and account never did.
	if want := len(res.Open)*6 - 1; guarded != want { // the first comment's text is the 1 MB one
		t.Errorf("%d cells guarded, want %d", guarded, want)
	}
	if text := rows[1][11]; len(text) != corpus.HugeSize || text != corpus.Huge() {
		t.Errorf("the 1 MB text: %d bytes in the file", len(text))
	}
	// Formulas of the corpus, each alone as an author name: every one is
	// guarded.
	res = fixture()
	for i, f := range corpus.Formulas() {
		o := res.Open[0]
		c := *o.Comment
		c.AuthorName, c.Text = f, f
		o.Comment = &c
		res.Open = append(res.Open, o)
		_ = i
	}
	b, err := render(func(w io.Writer) error { return unansweredCSV(res, w) })
	if err != nil {
		t.Fatal(err)
	}
	rows, err = csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for i, f := range corpus.Formulas() {
		row := rows[len(rows)-len(corpus.Formulas())+i]
		if row[8] != "'"+f || row[11] != "'"+f {
			t.Errorf("formula %q written as %q and %q", f, row[8], row[11])
		}
	}
}

func TestNeutraliseFormula(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"hello", "hello"},
		{"=1+1", "'=1+1"},
		{"+33 6", "'+33 6"},
		{"-1", "'-1"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\tx", "'\tx"},
		{"\rx", "'\rx"},
		{"a=b", "a=b"},
		{" =1", " =1"},
	} {
		if got := neutraliseFormula(tc.in); got != tc.want {
			t.Errorf("neutraliseFormula(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// checkScripts checks that a page runs no script of its own: every
// <script> loads a file, and no element has an on* handler attribute (the
// hostile text is escaped, so "onerror=" can only come from a template) or
// an inline style. checkOptions checks the chart options themselves.
func checkScripts(t reporter, name, page string) {
	t.Helper()
	for rest := page; ; {
		i := strings.Index(rest, "<script")
		if i < 0 {
			break
		}
		rest = rest[i:]
		tag := rest[:strings.IndexByte(rest, '>')+1]
		if !strings.HasPrefix(tag, `<script src="`) || !strings.HasPrefix(rest[len(tag):], "</script>") {
			t.Errorf("%s: an inline script: %.80s", name, rest)
		}
		rest = rest[len(tag):]
	}
	for _, tag := range startTags(page) {
		for _, a := range attributes(tag) {
			if strings.HasPrefix(a.Name, "on") {
				t.Errorf("%s: an event handler attribute in %.80s", name, tag)
			}
			if a.Name == "style" {
				t.Errorf("%s: an inline style in %.80s", name, tag)
			}
		}
	}
}

// startTags returns the start tags of page ("<div ...>"), outside <script>
// and <style> elements, whose bodies are not markup.
func startTags(page string) []string {
	var tags []string
	for rest := page; ; {
		i := strings.IndexByte(rest, '<')
		if i < 0 || i+1 >= len(rest) {
			return tags
		}
		rest = rest[i:]
		j := strings.IndexByte(rest, '>')
		if j < 0 {
			return tags
		}
		tag := rest[:j+1]
		rest = rest[j+1:]
		if tag[1] == '/' || tag[1] == '!' {
			continue
		}
		tags = append(tags, tag)
		for _, raw := range []string{"script", "style"} {
			if strings.HasPrefix(tag, "<"+raw) {
				if k := strings.Index(rest, "</"+raw+">"); k >= 0 {
					rest = rest[k:]
				}
			}
		}
	}
}

// reporter is what the page checks need of a *testing.T, so that
// TestHostileChecksCatch can run them on broken pages and count.
type reporter interface {
	Helper()
	Errorf(format string, args ...any)
}

// recorder counts the errors of the checks it is given to.
type recorder struct{ errors []string }

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

// TestHostileChecksCatch breaks the hostile index page as a template bug
// would and checks that each page check catches its fault: a check that
// cannot fail would prove nothing.
func TestHostileChecksCatch(t *testing.T) {
	res, meta := hostileFixture()
	site, err := Build(res, meta)
	if err != nil {
		t.Fatal(err)
	}
	pres, pmeta := plainFixture()
	plain, err := Build(pres, pmeta)
	if err != nil {
		t.Fatal(err)
	}
	page, want := string(site.File("index.html").Data), string(plain.File("index.html").Data)
	esc := func(s string) string {
		return escapeIn(t, "<p>{{.}}</p>", s)[3 : len(escapeIn(t, "<p>{{.}}</p>", s))-4]
	}
	img := corpus.Corpus()[2].Text // "><img src=x onerror=...>
	for _, c := range []struct {
		name   string
		broken string
		check  func(reporter, string)
	}{
		{"unescaped", strings.Replace(page, esc(img), img, 1), func(r reporter, p string) { checkSameMarkup(r, "index.html", p, want) }},
		{"escaped twice", strings.ReplaceAll(page, esc(meta.Contact), esc(esc(meta.Contact))), func(r reporter, p string) { checkShownAsText(r, "index.html", p, meta) }},
		{"cut", strings.ReplaceAll(page, esc(meta.AgencyName), esc(meta.AgencyName[:50])), func(r reporter, p string) { checkShownAsText(r, "index.html", p, meta) }},
		{"javascript link", strings.Replace(page, `<a href=""`, `<a href="javascript:window.__pwned=6"`, 1), func(r reporter, p string) { checkLinks(r, "index.html", p) }},
		{"handler", strings.Replace(page, "<h2", `<h2 onclick="x()"`, 1), func(r reporter, p string) { checkScripts(r, "index.html", p) }},
		{"inline script", strings.Replace(page, "<h2", `<script>x()</script><h2`, 1), func(r reporter, p string) { checkScripts(r, "index.html", p) }},
	} {
		var ok, bad recorder
		c.check(&ok, page)
		c.check(&bad, c.broken)
		if c.broken == page {
			t.Errorf("%s: the mutation changed nothing", c.name)
		}
		if len(ok.errors) != 0 || len(bad.errors) == 0 {
			t.Errorf("%s: %d errors on the page, %d on the broken page, want 0 and some: %.300q", c.name, len(ok.errors), len(bad.errors), bad.errors)
		} else {
			t.Logf("%s: caught: %.200s", c.name, bad.errors[0])
		}
	}
}

// markupEntries are the texts of the corpus that hold a character with a
// meaning in markup: none may appear as it is in a page or in metrics.json.
func markupEntries() []string {
	var out []string
	for _, e := range corpus.Corpus() {
		if strings.ContainsAny(e.Text, "<>\"'&") {
			out = append(out, e.Text)
		}
	}
	return append(out, quotes)
}

// checkLinks checks every href and src of a page: each is one of ours (a
// page, an anchor, an asset, a data file, a data: URL we built), an http(s)
// permalink; not even the dead #ZgotmplZ that html/template makes of a URL
// it refuses.
func checkLinks(t reporter, name, page string) {
	t.Helper()
	for _, attr := range []string{"href", "src", "action", "formaction", "xlink:href"} {
		for _, v := range attrValues(page, attr) {
			low := strings.ToLower(strings.TrimSpace(v))
			switch {
			case strings.HasPrefix(low, "https://"), strings.HasPrefix(low, "http://"):
			case strings.HasPrefix(low, "data:") && attr == "src" && strings.HasPrefix(low, "data:image/"):
			case strings.HasPrefix(low, "data:") && (strings.HasPrefix(low, "data:application/json;base64,") ||
				strings.HasPrefix(low, "data:text/csv;charset=utf-8;base64,") || strings.HasPrefix(low, "data:text/plain;charset=utf-8;base64,")):
			case strings.Contains(low, ":"), strings.Contains(v, "ZgotmplZ"):
				t.Errorf("%s: %s=%q: a URL with a scheme that is not ours", name, attr, v)
			}
		}
	}
}

// checkSameMarkup checks that hostile text added no element and no
// attribute: the page has the same start tags, with the same attribute
// names, in the same order, as the page built from harmless text.
func checkSameMarkup(t reporter, name, page, plain string) {
	t.Helper()
	shape := func(p string) []string {
		var out []string
		for _, tag := range startTags(p) {
			end := strings.IndexAny(tag, " \n>")
			s := tag[:end]
			for _, a := range attributes(tag) {
				s += " " + a.Name
			}
			out = append(out, s)
		}
		return out
	}
	got, want := shape(page), shape(plain)
	for i := 0; i < min(len(got), len(want)); i++ {
		if got[i] != want[i] {
			t.Errorf("%s: tag %d is %q with hostile text, %q without", name, i, got[i], want[i])
			return
		}
	}
	if len(got) != len(want) {
		t.Errorf("%s: %d start tags with hostile text, %d without", name, len(got), len(want))
	}
}

// pageText is what a browser shows of page as text: the markup without its
// tags, comments, scripts and styles, with the character references decoded.
func pageText(page string) string {
	var b strings.Builder
	rest := page
	for {
		i := strings.IndexByte(rest, '<')
		if i < 0 {
			b.WriteString(rest)
			break
		}
		b.WriteString(rest[:i])
		rest = rest[i:]
		skip := ">"
		switch {
		case strings.HasPrefix(rest, "<!--"):
			skip = "-->"
		case strings.HasPrefix(rest, "<script"):
			skip = "</script>"
		case strings.HasPrefix(rest, "<style"):
			skip = "</style>"
		}
		j := strings.Index(rest, skip)
		if j < 0 {
			break
		}
		rest = rest[j+len(skip):]
	}
	return html.UnescapeString(b.String())
}

// checkShownAsText checks that the fields that every page or one page
// shows whole are in its text, exactly as given: not escaped twice, cut,
// stripped or reordered.
func checkShownAsText(t reporter, name, page string, meta Meta) {
	t.Helper()
	text := pageText(page)
	want := []string{meta.Client, meta.AgencyName, meta.Contact}
	switch name {
	case "index.html", SingleFileName:
		want = append(want, meta.Events[0].Label, meta.Events[1].Label)
		for _, e := range corpus.Corpus() {
			// The notes' code block shows the corpus as written
			// ({{ is written "{ {" there, the notes' placeholders being
			// template actions).
			want = append(want, strings.ReplaceAll(strings.ReplaceAll(e.Text, "{{", "{ {"), "}}", "} }"))
		}
	}
	if name == "data.html" || name == SingleFileName {
		want = append(want, "file "+hostileAll, "reason "+hostileAll, "column "+hostileAll)
	}
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("%s: the text of the page does not show %.80q whole", name, w)
		}
	}
	// The 1 MB text, where a page shows it (the top posts' table cuts a
	// post's text at 100 characters), is shown cut.
	if strings.Contains(text, corpus.Huge()[:2000]) {
		t.Errorf("%s: the 1 MB text is shown beyond its first 2,000 bytes", name)
	}
}

// escapeIn executes tmpl (html/template) with s, as the report's templates
// would print s there.
func escapeIn(t *testing.T, tmpl, s string) string {
	t.Helper()
	var b strings.Builder
	if err := template.Must(template.New("").Parse(tmpl)).Execute(&b, s); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// l10n is the catalogue's text of key in lang.
func l10n(t *testing.T, lang, key string) string {
	t.Helper()
	l, err := locale.For(lang)
	if err != nil {
		t.Fatal(err)
	}
	return l.T(key)
}
