package e2e

import (
	"bytes"
	"encoding/csv"
	"html"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/socialaudit/socialaudit/internal/sampledata"
)

// TestHarnessCatchesBrokenPages runs the per-page checks on the small pages
// of testdata/broken, each broken in one way, and on one page with nothing
// wrong: each check must catch its fault, and none may fire on the good
// page. Without this, a check that can never fail would pass unnoticed.
func TestHarnessCatchesBrokenPages(t *testing.T) {
	bctx := browser(t)
	root, err := filepath.Abs(filepath.Join("testdata", "broken"))
	if err != nil {
		t.Fatal(err)
	}
	type catch struct{ kind, text string } // a problem of this kind, mentioning text
	for _, c := range []struct {
		page    string
		want    []catch
		wantCSP bool // load with WantCSP
	}{
		{"throws.html", []catch{{"exception", "TypeError"}}, false},
		{"console.html", []catch{{"console", "chart option could not be read"}}, false},
		{"fetch.html", []catch{{"request", "https://example.com/x.png"}}, false},
		{"outside.html", []catch{{"request", "outside.js"}}, false},
		{"emptychart.html", []catch{{"chart", "chart empty not drawn"}}, false},
		{"pwned.html", []catch{{"sentinel", "window.__pwned"}, {"sentinel", `"PWNED"`}}, false},
		{"lang.html", []catch{{"lang", `lang="fr"`}}, false},
		{"links.html", []catch{{"link", `"missing.html" names a file that does not exist`},
			{"link", "#nowhere has no target"}, {"link", "javascript: URL"}}, false},
		{"dialog.html", []catch{{"dialog", `alert "xss"`}}, false},
		// The policy stops the inline script: the sentinel stays unset,
		// and the violation is what tells.
		{"csp-inline.html", []catch{{"csp", "violation: script-src-elem refused inline"}, {"csp", "Executing inline script violates"}}, true},
		{"csp-loose.html", []catch{{"csp", "script-src allows 'unsafe-inline'"}, {"csp", "script-src allows https:"},
			{"csp", "img-src allows *"}}, true},
		{"ok.html", []catch{{"csp", "no Content-Security-Policy <meta> first in <head>"}}, true},
	} {
		t.Run(c.page+map[bool]string{true: " (policy wanted)"}[c.wantCSP], func(t *testing.T) {
			tb := open(t, bctx, load{File: filepath.Join(root, c.page), Root: root, Lang: "en", ChartWait: time.Second, WantCSP: c.wantCSP})
			defer tb.close()
			r := tb.check("")
		next:
			for _, w := range c.want {
				for _, p := range r.Problems {
					if p.Kind == w.kind && strings.Contains(p.Detail, w.text) {
						t.Logf("caught: %s", p)
						continue next
					}
				}
				t.Errorf("no %s problem mentioning %q; problems: %v", w.kind, w.text, r.Problems)
			}
		})
	}

	t.Run("ok.html", func(t *testing.T) {
		tb := open(t, bctx, load{File: filepath.Join(root, "ok.html"), Root: root, Lang: "en", ChartWait: 5 * time.Second})
		defer tb.close()
		r := tb.check("")
		if len(r.Problems) != 0 {
			t.Errorf("problems on a good page: %v", r.Problems)
		}
		if len(r.Charts) != 1 || !r.Charts[0].drawn() {
			t.Errorf("charts %+v, want one drawn (it is drawn 300 ms after load)", r.Charts)
		}
		if !strings.Contains(r.Text, "<script>window.__pwned=1</script>") {
			t.Errorf("the escaped script is not in the page's text: %q", r.Text)
		}
		var dot bool
		for _, u := range r.Requests {
			dot = dot || strings.HasSuffix(u, "/broken/dot.svg")
		}
		if !dot {
			t.Errorf("requests %v, want dot.svg among them", r.Requests)
		}
		// Moving to an anchor that is there raises nothing.
		if r := tb.check("top"); len(r.Problems) != 0 {
			t.Errorf("problems after going to #top: %v", r.Problems)
		}
	})

	t.Run("csp-ok.html", func(t *testing.T) {
		// The site's policy lets a page of the site load its files, draw
		// (with a style attribute set at run time) and show data: images.
		tb := open(t, bctx, load{File: filepath.Join(root, "csp-ok.html"), Root: root, Lang: "en", ChartWait: 5 * time.Second, WantCSP: true})
		defer tb.close()
		r := tb.check("")
		if len(r.Problems) != 0 {
			t.Errorf("problems on a good page: %v", r.Problems)
		}
		if len(r.Charts) != 1 || !r.Charts[0].drawn() {
			t.Errorf("charts %+v, want one drawn", r.Charts)
		}
	})

	t.Run("ok.html as a single file", func(t *testing.T) {
		// A single file may load nothing but itself, and link to no file.
		tb := open(t, bctx, load{File: filepath.Join(root, "ok.html"), Lang: "en", ChartWait: 5 * time.Second})
		defer tb.close()
		r := tb.check("")
		if got, want := kinds(r.Problems), []string{"link", "request"}; !reflect.DeepEqual(got, want) {
			t.Errorf("problems %v, want kinds %v", r.Problems, want)
		}
	})
}

// TestHarnessCatchesUnescapedSample takes the English sample site, prints
// the hostile comment and the hostile post unescaped, as a template bug
// would, and checks that the page's policy stops the payloads and the
// harness reports the violation; and that without the policy the payloads
// run and the sentinel catches them: the sample's hostile text is a real
// test, and so is the policy.
func TestHarnessCatchesUnescapedSample(t *testing.T) {
	bctx := browser(t)
	ordinaryComments(t) // builds refSite
	for _, raw := range []string{sampledata.HostileComments()[0].Text, sampledata.HostilePostText} {
		escaped := []byte(html.EscapeString(raw))
		var page string
		for _, p := range htmlFiles(t, refSite) {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(data, escaped) {
				page = p
				break
			}
		}
		if page == "" {
			t.Fatalf("no page of %s holds %q escaped as %q", refSite, raw, escaped)
		}
		// A copy of the site, with the one page unescaped.
		site := filepath.Join(t.TempDir(), "site")
		if err := os.CopyFS(site, os.DirFS(refSite)); err != nil {
			t.Fatal(err)
		}
		mutated := filepath.Join(site, filepath.Base(page))
		data, err := os.ReadFile(mutated)
		if err != nil {
			t.Fatal(err)
		}
		data = bytes.ReplaceAll(data, escaped, []byte(raw))
		if err := os.WriteFile(mutated, data, 0o644); err != nil {
			t.Fatal(err)
		}
		tb := open(t, bctx, load{File: mutated, Root: site, Lang: "en", WantCSP: true})
		r := tb.check("")
		tb.close()
		if got := kinds(r.Problems); !reflect.DeepEqual(got, []string{"csp"}) {
			t.Errorf("%s with %q unescaped: problems %v, want policy violations only", filepath.Base(page), raw, r.Problems)
		} else {
			t.Logf("%s with %q unescaped: caught: %v", filepath.Base(page), raw, r.Problems)
		}

		// Without the policy, the payload runs.
		policy := regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="[^"]*">\n`)
		if len(policy.FindAll(data, -1)) != 1 {
			t.Fatalf("%s: no policy to remove", mutated)
		}
		if err := os.WriteFile(mutated, policy.ReplaceAll(data, nil), 0o644); err != nil {
			t.Fatal(err)
		}
		tb = open(t, bctx, load{File: mutated, Root: site, Lang: "en"})
		r = tb.check("")
		tb.close()
		if got := kinds(r.Problems); !reflect.DeepEqual(got, []string{"sentinel"}) {
			t.Errorf("%s with %q unescaped and no policy: problems %v, want the sentinel only", filepath.Base(page), raw, r.Problems)
		} else {
			t.Logf("%s with %q unescaped and no policy: caught: %v", filepath.Base(page), raw, r.Problems)
		}
	}
}

// TestCSPProblems checks the policy rule without a browser.
func TestCSPProblems(t *testing.T) {
	const site = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'none'; form-action 'none'; base-uri 'none'"
	const single = "default-src 'none'; script-src 'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=' 'sha256-AAAA'; style-src 'unsafe-inline'; img-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'"
	for _, c := range []struct {
		policy string
		single bool
		want   int
	}{
		{site, false, 0},
		{single, true, 0},
		{site, true, 3}, // 'self' in a single file: script, style, img
		{single, false, 2},
		{strings.Replace(site, "default-src 'none'", "default-src 'self'", 1), false, 2},
		{strings.Replace(site, "script-src 'self'", "script-src 'self' 'unsafe-inline'", 1), false, 1},
		{strings.Replace(site, "script-src 'self'", "script-src 'self' 'unsafe-eval'", 1), false, 1},
		{strings.Replace(site, "img-src 'self' data:", "img-src 'self' data: https://cdn.example", 1), false, 1},
		{strings.Replace(site, "connect-src 'none'", "connect-src *", 1), false, 1},
		{strings.Replace(site, "; base-uri 'none'", "", 1), false, 1},
		{strings.Replace(site, "; form-action 'none'", "; form-action 'none'; form-action *", 1), false, 1},
		{site + "; report-uri https://x.example/", false, 1},
	} {
		if got := cspProblems(c.policy, c.single); len(got) != c.want {
			t.Errorf("cspProblems(%q, %t) = %v, want %d problems", c.policy, c.single, got, c.want)
		}
	}
}

// TestAllowedRequest checks which URLs a page may load, without a browser.
func TestAllowedRequest(t *testing.T) {
	for _, c := range []struct {
		url, root, file string
		want            bool
	}{
		{"file:///tmp/site/assets/echarts/echarts.min.js", "/tmp/site", "/tmp/site/index.html", true},
		{"file:///tmp/site/index.html", "/tmp/site", "/tmp/site/index.html", true},
		{"file:///tmp/site%20two/a.css", "/tmp/site two", "/tmp/site two/index.html", true},
		{"file:///tmp/site/../secret.txt", "/tmp/site", "/tmp/site/index.html", false},
		{"file:///tmp/sitex/a.js", "/tmp/site", "/tmp/site/index.html", false},
		{"file://otherhost/tmp/site/a.js", "/tmp/site", "/tmp/site/index.html", false},
		{"https://example.com/x.png", "/tmp/site", "/tmp/site/index.html", false},
		{"http://localhost/a.js", "/tmp/site", "/tmp/site/index.html", false},
		{"data:image/png;base64,AAAA", "/tmp/site", "/tmp/site/index.html", true},
		{"blob:null/1234", "/tmp/site", "/tmp/site/index.html", true},
		{"about:blank", "", "/tmp/report.html", true},
		{"file:///tmp/report.html", "", "/tmp/report.html", true},
		{"file:///tmp/assets/echarts.min.js", "", "/tmp/report.html", false},
	} {
		if got := allowedRequest(c.url, c.root, c.file); got != c.want {
			t.Errorf("allowedRequest(%q, %q, %q) = %t, want %t", c.url, c.root, c.file, got, c.want)
		}
	}
}

// TestHostileProblems checks the hostile-text rule on made-up page texts,
// without a browser.
func TestHostileProblems(t *testing.T) {
	refs := reference{texts: []string{"Is the Ficelle tote washable?"}, names: []string{"Sarah Bennett"}}
	planted := sampledata.HostileComments()
	post := sampledata.HostilePostText
	page := func(file string, parts ...string) result {
		var r result
		r.File = file
		r.Text = strings.Join(parts, "\n")
		return r
	}
	feedback := page("feedback.html", post)
	p0, p1 := planted[0], planted[1]
	for _, c := range []struct {
		name    string
		results []result
		want    int // problems
	}{
		{"no list, post shown", []result{feedback}, 0},
		{"post shown nowhere", []result{page("feedback.html", "Summer sale starts now")}, 1},
		{"list of three, no authors", []result{feedback, page("index.html", p0.Text, p1.Text, refs.texts[0])}, 0},
		{"list with authors", []result{feedback, page("worklist.html", p0.AuthorName, p0.Text, refs.names[0], refs.texts[0])}, 0},
		{"list without any hostile comment", []result{feedback, page("index.html", refs.texts[0])}, 2},
		{"list without the oldest", []result{feedback, page("index.html", p1.Text, refs.texts[0])}, 1},
		{"list with authors, hostile author missing", []result{feedback, page("worklist.html", p0.Text, refs.names[0], refs.texts[0])}, 1},
		{"only hostile comments listed", []result{feedback, page("index.html", p0.Text, p1.Text)}, 0},
		{"hostile text escaped twice", []result{feedback, page("index.html", "&lt;script&gt;window.__pwned=1&lt;/script&gt; "+p0.Plain, p1.Text)}, 2},
		{"hostile text stripped", []result{feedback, page("index.html", p0.Plain)}, 2},
	} {
		got, notes := hostileProblems(c.results, refs)
		if len(got) != c.want {
			t.Errorf("%s: %d problems %v, want %d (notes %v)", c.name, len(got), got, c.want, notes)
		}
	}
}

// TestWorklistProblems checks the worklist rule on made-up CSV files,
// without a browser: every hostile comment, formulas defused.
func TestWorklistProblems(t *testing.T) {
	write := func(guard func(string) string) string {
		var b bytes.Buffer
		w := csv.NewWriter(&b)
		w.Write([]string{"platform", "author_name", "text"})
		for _, h := range sampledata.HostileComments() {
			w.Write([]string{h.Platform, guard(h.AuthorName), guard(h.Text)})
		}
		w.Flush()
		p := filepath.Join(t.TempDir(), "unanswered.csv")
		if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	if got := worklistProblems(write(spreadsheetSafe)); len(got) != 0 {
		t.Errorf("problems with every comment written safely: %v", got)
	}
	formulas := 0
	for _, h := range sampledata.HostileComments() {
		if spreadsheetSafe(h.Text) != h.Text || spreadsheetSafe(h.AuthorName) != h.AuthorName {
			formulas++
		}
	}
	if got := worklistProblems(write(func(s string) string { return s })); len(got) != formulas || formulas == 0 {
		t.Errorf("%d problems with the formulas left live, want %d: %v", len(got), formulas, got)
	}
	if got := worklistProblems(filepath.Join(t.TempDir(), "missing.csv")); len(got) != 1 {
		t.Errorf("problems for a missing file: %v", got)
	}
}
