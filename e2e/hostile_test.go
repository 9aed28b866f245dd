package e2e

// The hostile report: every field that reaches a page holds the corpus of
// internal/hostile, given to the CLI as a hostile export would (posts and
// comments in socialaudit's own format, in a file whose name is hostile;
// a mapping file whose name is hostile; --client, --agency, --contact,
// --brand, --notes and --events), and the pages are checked in Chromium.

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"github.com/socialaudit/socialaudit/internal/hostile"
)

// hostileInput is the hostile export and the command line given with it.
type hostileInput struct {
	dir  string   // the folder of the inputs
	args []string // the build's arguments before --lang, --out and the paths
	// shown are texts that the report must show as text, whole, each on
	// some page (their whereabouts are in the comments of writeHostile).
	shown []string
	// postsFile is the hostile file name of the posts.
	postsFile string
}

// brandHandle is the brand account of the hostile export: its comments are
// the brand's answers.
const brandHandle = "brandaccount"

// writeHostile writes the hostile export into dir.
func writeHostile(t *testing.T, dir string) hostileInput {
	t.Helper()
	corpus := hostile.Corpus()
	formulas := hostile.Formulas()
	in := hostileInput{dir: dir}
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	table := func(rows [][]string) []byte {
		var b bytes.Buffer
		w := csv.NewWriter(&b)
		w.WriteAll(rows)
		if err := w.Error(); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	day := func(i int) time.Time { return time.Date(2026, 3, 2+i%25, 9+i%8, 0, 0, 0, time.UTC) }

	// Posts: one per entry of the corpus, the entry as account, id, type and
	// text; the permalinks hostile URLs. The first posts get the most
	// negative feedback, so that the feedback page's table of top posts
	// shows their texts (cut at 100 characters: each entry is shorter).
	posts := [][]string{{"platform", "account", "post_id", "published_at", "type", "text", "permalink",
		"impressions", "reach", "reactions", "comments", "shares", "clicks", "hides", "hide_all", "spam_reports", "unlikes"}}
	permalinks := []string{"javascript:window.__pwned=6//", "data:text/html,<script>window.__pwned=7</script>",
		" JaVaScRiPt:window.__pwned=6", `https://example.com/p?q="><script>window.__pwned=1</script>`}
	for i, e := range corpus {
		platform := "facebook"
		if i%5 == 4 {
			platform = corpus[0].Text // a hostile platform, lower case as the report keeps it
		}
		posts = append(posts, []string{platform, e.Text, "post " + e.Text, day(i).Format(time.RFC3339), e.Text, e.Text,
			permalinks[i%len(permalinks)], "1000", "800", "10", "5", "1", "3", strconv.Itoa(40 - i), "1", "0", "0"})
	}
	posts = append(posts, []string{"facebook", "huge", "post huge", day(3).Format(time.RFC3339), "photo", hostile.Huge(),
		"", "1000", "800", "10", "5", "1", "3", "50", "1", "0", "0"})
	in.postsFile = corpus[2].Text + ".csv" // "><img src=x onerror=window.__pwned=3>.csv
	write(in.postsFile, table(posts))
	for i := 0; i < 3; i++ {
		in.shown = append(in.shown, corpus[i].Text) // the top posts' texts (feedback page)
	}
	in.shown = append(in.shown, in.postsFile) // the data page

	// Comments: author names and ids, ids, post ids and texts from the
	// corpus and the formulas; a brand answer to every other one.
	comments := [][]string{{"platform", "account", "comment_id", "post_id", "parent_id", "author_id", "author_name",
		"from_brand", "created_at", "text", "hidden", "agent"}}
	for i, e := range corpus {
		id := "comment " + e.Text
		f := formulas[i%len(formulas)]
		text := e.Text + "?"
		if i%3 == 1 {
			text = f
		}
		comments = append(comments, []string{"facebook", "", id, "post " + e.Text, "", f + " " + e.Text, e.Text,
			"", day(i).Add(time.Hour).Format(time.RFC3339), text, "", ""})
		if i%2 == 0 {
			comments = append(comments, []string{"facebook", "", "reply " + e.Text, "post " + e.Text, id, brandHandle, brandHandle,
				"", day(i).Add(3 * time.Hour).Format(time.RFC3339), "Thanks " + e.Text, "", e.Text})
		}
	}
	comments = append(comments, []string{"facebook", "", "comment huge", "post huge", "", "huge", "huge",
		"", day(3).Add(time.Hour).Format(time.RFC3339), hostile.Huge(), "", ""})
	write("comments.csv", table(comments))

	// A mapping file whose name (shown on the data page) is hostile, for
	// an export of its own.
	mapName := "mapping " + corpus[1].Text + " " + corpus[4].Text
	mapping := "name = " + strconv.Quote(mapName) + "\nkind = \"comments\"\nplatform = \"instagram\"\n" +
		"[columns]\nid = \"Message ID\"\nauthor_name = \"Sent by\"\ncreated = \"Created at\"\ntext = \"Message\"\n"
	mapFile := write("inbox.toml", []byte(mapping))
	inbox := [][]string{{"Message ID", "Sent by", "Created at", "Message"}}
	for i, e := range corpus {
		inbox = append(inbox, []string{"m" + strconv.Itoa(i), e.Text, day(i).Format("2006-01-02 15:04:05"), e.Text})
	}
	write("inbox.csv", table(inbox))
	in.shown = append(in.shown, mapName)

	// Events: a label from each entry of the corpus (the summary page lists
	// them).
	events := [][]string{{"date", "label", "end"}}
	for i, e := range corpus {
		end := ""
		if i%4 == 0 {
			end = day(i + 2).Format("2006-01-02")
		}
		events = append(events, []string{day(i).Format("2006-01-02"), "event " + e.Text, end})
		in.shown = append(in.shown, "event "+e.Text)
	}
	eventsFile := filepath.Join(t.TempDir(), "events.csv") // not among the inputs
	if err := os.WriteFile(eventsFile, table(events), 0o644); err != nil {
		t.Fatal(err)
	}

	// Notes: raw HTML (left out), javascript: and data: links (made
	// harmless), the client's hostile name through a placeholder, and the
	// corpus in a code block, shown as written ({{ is a placeholder's
	// start, so it is written "{ {" there).
	var code []string
	for _, e := range corpus {
		c := strings.NewReplacer("{{", "{ {", "}}", "} }").Replace(e.Text)
		code = append(code, c)
		in.shown = append(in.shown, c)
	}
	notes := "# Summary of {{ .Client }}\n\n<script>window.__pwned=1</script>\n\n" +
		"A [link](javascript:window.__pwned=6) and <javascript:window.__pwned=6> and [data](data:text/html,<script>window.__pwned=7</script>) " +
		"and <b onclick=\"window.__pwned=5\">inline html</b>.\n\n```\n" + strings.Join(code, "\n") + "\n```\n"
	notesFile := filepath.Join(t.TempDir(), "notes.md")
	if err := os.WriteFile(notesFile, []byte(notes), 0o644); err != nil {
		t.Fatal(err)
	}

	client := "client " + hostile.Joined()
	agency := "agency " + corpus[2].Text + " " + corpus[17].Text // with the bidi override
	contact := "contact " + corpus[4].Text + " " + corpus[5].Text
	in.shown = append(in.shown, client, agency, contact)
	in.args = []string{"build", "--client", client, "--agency", agency, "--contact", contact,
		"--brand", brandHandle, "--brand", "brand " + corpus[0].Text,
		"--tz", "Europe/Paris", "--notes", notesFile, "--events", eventsFile, "--map", mapFile}
	return in
}

// buildHostile runs the CLI on the hostile export: a site in dir/site, or
// dir/report.html.
func buildHostile(t *testing.T, in hostileInput, dir, lang string, single bool) string {
	t.Helper()
	if cliPath == "" {
		t.Fatal("the CLI was not built")
	}
	out := filepath.Join(dir, "site")
	args := append(append([]string(nil), in.args...), "--lang", lang)
	if single {
		out = filepath.Join(dir, "report.html")
		args = append(args, "--single-file")
	}
	args = append(args, "--out", out, in.dir+string(filepath.Separator))
	cmd := exec.Command(cliPath, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "SOURCE_DATE_EPOCH="+sourceDateEpoch)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		t.Fatalf("socialaudit build (hostile): %v\n%.3000s", err, stderr.String())
	}
	t.Logf("hostile build in %s", time.Since(start).Round(time.Millisecond))
	return out
}

// TestHostileReport builds the hostile report as a site and as a single
// file and checks every page in the browser: nothing runs (sentinel, no
// dialog, no policy violation), nothing outside the report is requested,
// every chart is drawn, each hostile field is shown as text, whole, and the
// 1 MB text leaves the pages of a sane size. The site's worklist keeps every
// formula defused.
func TestHostileReport(t *testing.T) {
	bctx := browser(t)
	in := writeHostile(t, t.TempDir())
	for _, single := range []bool{false, true} {
		mode := map[bool]string{false: "multi", true: "single"}[single]
		t.Run(mode, func(t *testing.T) {
			out := buildHostile(t, in, t.TempDir(), "en", single)
			var results []result
			if single {
				tb := open(t, bctx, load{File: out, Lang: "en", WantCSP: true})
				first := tb.check("")
				results = append(results, first)
				for _, f := range fragments(first.Links) {
					results = append(results, tb.check(f))
				}
				checkTheme(t, tb)
				checkBidi(t, tb)
				checkDownloads(t, bctx, out)
				tb.close()
			} else {
				var tb *tab
				themed := false
				for _, p := range htmlFiles(t, out) {
					l := load{File: p, Root: out, Lang: "en", WantCSP: true}
					if tb == nil {
						tb = open(t, bctx, l)
						defer tb.close()
					} else {
						tb.goTo(l)
					}
					results = append(results, tb.check(""))
					if len(results[len(results)-1].Charts) > 0 && !themed {
						checkTheme(t, tb)
						themed = true
					}
				}
				checkWorklist(t, filepath.Join(out, "data", "unanswered.csv"))
				checkArchive(t, bctx, filepath.Dir(out))
			}
			report(t, out, results)
			for _, p := range shownProblems(results, in.shown) {
				t.Error(p)
			}
			for _, r := range results {
				if strings.Contains(r.Text, hostile.Huge()[:2000]) {
					t.Errorf("%s shows the 1 MB text beyond its first 2,000 bytes", filepath.Base(r.File))
				}
			}
			sizes(t, out)
		})
	}
}

// shownProblems checks that each text of shown is in the text of some
// page, whole.
func shownProblems(results []result, shown []string) []string {
	var out []string
	for _, s := range shown {
		found := false
		for _, r := range results {
			if strings.Contains(r.Text, s) || strings.Contains(r.Content, s) {
				found = true
				break
			}
		}
		if !found {
			out = append(out, fmt.Sprintf("no page shows %.120q as text, whole", s))
		}
	}
	return out
}

// sizes logs the size of each page and fails one that carries a 1 MB
// text: the pages show it cut (a post's text at 100 characters), and only
// the data files hold it whole. A page of the site stays under 256 kB; the
// single file, which embeds the data files (base64, two 1 MB texts) and
// ECharts (1 MB), under 6 MB.
func sizes(t *testing.T, out string) {
	t.Helper()
	files, limit := []string{out}, int64(6<<20)
	if fi, err := os.Stat(out); err == nil && fi.IsDir() {
		files, limit = htmlFiles(t, out), 256<<10
	}
	for _, f := range files {
		fi, err := os.Stat(f)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d bytes", filepath.Base(f), fi.Size())
		if fi.Size() > limit {
			t.Errorf("%s: %d bytes, more than %d", filepath.Base(f), fi.Size(), limit)
		}
	}
}

// checkWorklist checks data/unanswered.csv of the hostile report: every
// cell that a spreadsheet would take for a formula starts with ', whatever
// the column.
func checkWorklist(t *testing.T, path string) {
	t.Helper()
	rows, err := readCSV(path)
	if err != nil {
		t.Fatal(err)
	}
	cells, guarded := 0, 0
	for _, r := range rows {
		for col, v := range r {
			cells++
			if v != "" && strings.ContainsRune("=+-@\t\r", rune(v[0])) {
				t.Errorf("unanswered.csv: column %s holds a live formula %.80q", col, v)
			}
			if strings.HasPrefix(v, "'") && len(v) > 1 && strings.ContainsRune("=+-@\t\r", rune(v[1])) {
				guarded++
			}
		}
	}
	if guarded == 0 {
		t.Errorf("unanswered.csv: no cell guarded, in %d cells: the formulas of the corpus did not reach it", cells)
	}
	t.Logf("unanswered.csv: %d rows, %d cells guarded against formulas", len(rows), guarded)
}

// checkArchive indexes the folder of a hostile site with socialaudit
// archive and checks the index page in the browser.
func checkArchive(t *testing.T, bctx context.Context, dir string) {
	t.Helper()
	cmd := exec.Command(cliPath, "archive", dir)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("socialaudit archive: %v\n%s", err, b)
	}
	index := filepath.Join(dir, "index.html")
	tb := open(t, bctx, load{File: index, Root: dir, Lang: "en", WantCSP: true})
	defer tb.close()
	r := tb.check("")
	for _, p := range r.Problems {
		t.Errorf("archive index.html: %s", p)
	}
	if len(r.Charts) == 0 {
		t.Errorf("archive index.html: no chart")
	}
	if !strings.Contains(r.Content, "client "+hostile.Corpus()[0].Text) {
		t.Errorf("archive index.html does not show the hostile client name as text")
	}
	t.Logf("archive index.html: %d charts, %d requests, problems %v", len(r.Charts), len(r.Requests), r.Problems)
}

// checkDownloads clicks each download link of a single file (data: URLs)
// and checks that the browser saves the file: the policy does not govern
// them, being navigations, not fetches.
func checkDownloads(t *testing.T, bctx context.Context, file string) {
	t.Helper()
	dir := t.TempDir()
	tb := open(t, bctx, load{File: file})
	defer tb.close()
	done := make(chan string, 8)
	lctx, cancel := context.WithCancel(tb.ctx)
	defer cancel()
	if err := chromedp.ListenBrowser(lctx, func(ev any) {
		if p, ok := ev.(*cdpbrowser.EventDownloadProgress); ok && p.State == cdpbrowser.DownloadProgressStateCompleted {
			select {
			case done <- p.GUID:
			default:
			}
		}
	}); err != nil {
		t.Fatal(err)
	}
	yes := true
	if _, err := chromedp.CallBrowser(tb.ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
		Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: dir, EventsEnabled: &yes}); err != nil {
		t.Fatal(err)
	}
	names, err := chromedp.Run(tb.ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("a[download][href^='data:']")).map(function (a) { return a.getAttribute("download"); })`))
	if err != nil {
		t.Fatal(err)
	}
	if len(names) == 0 {
		t.Fatal("no download link in the single file")
	}
	for i, name := range names {
		if _, err := chromedp.Run(tb.ctx, chromedp.Evaluate[bool](fmt.Sprintf(`(function () { document.querySelectorAll("a[download][href^='data:']")[%d].click(); return true; })()`, i))); err != nil {
			t.Fatal(err)
		}
		select {
		case guid := <-done:
			fi, err := os.Stat(filepath.Join(dir, guid))
			if err != nil || fi.Size() == 0 {
				t.Errorf("download %s: saved as %s: %v", name, guid, err)
			} else {
				t.Logf("download %s: %d bytes saved", name, fi.Size())
			}
		case <-time.After(20 * time.Second):
			t.Errorf("download %s: not saved after 20 s", name)
		}
	}
	r := tb.check("")
	for _, p := range r.Problems {
		if p.Kind == "csp" || p.Kind == "exception" {
			t.Errorf("after the downloads: %s", p)
		}
	}
}

// themeJS chooses a theme in the page's switch (%s is its JSON string) as
// a reader would, and returns the root's data-theme and the background of
// the body after the change.
const themeJS = `(function (choice) {
  var s = document.getElementById("theme-choice");
  var box = document.querySelector(".theme-switch");
  if (!s || !box || box.hidden) return "no theme switch shown";
  s.value = choice;
  s.dispatchEvent(new Event("change"));
  return (document.documentElement.getAttribute("data-theme") || "system") + " " + getComputedStyle(document.body).backgroundColor;
})(%s)`

// checkTheme switches the page to dark, then light, then back to the
// system's theme, and checks that each takes, the charts are drawn again,
// and nothing is refused or fails (report.js sets styles at run time, which
// the policy allows).
func checkTheme(t *testing.T, tb *tab) {
	t.Helper()
	backgrounds := map[string]bool{}
	for _, choice := range []string{"dark", "light", "system"} {
		got, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](fmt.Sprintf(themeJS, strconv.Quote(choice))))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(got, choice+" ") {
			t.Errorf("%s: theme %s: the page says %q", filepath.Base(tb.l.File), choice, got)
			continue
		}
		backgrounds[strings.TrimPrefix(got, choice+" ")] = true
		r := tb.check("")
		for _, p := range r.Problems {
			t.Errorf("%s: theme %s: %s", filepath.Base(tb.l.File), choice, p)
		}
		drawn := 0
		for _, c := range r.Charts {
			if c.drawn() {
				drawn++
			}
		}
		t.Logf("%s: theme %s: %s, %d of %d charts drawn", filepath.Base(tb.l.File), choice, got, drawn, len(r.Charts))
	}
	if len(backgrounds) < 2 {
		t.Errorf("%s: the background is the same in the dark and light themes: %v", filepath.Base(tb.l.File), backgrounds)
	}
}

// TestShownProblems checks the shown-as-text rule on made-up page texts,
// without a browser.
func TestShownProblems(t *testing.T) {
	page := func(text, content string) result {
		var r result
		r.Text, r.Content = text, content
		return r
	}
	script := hostile.Corpus()[0].Text
	for _, c := range []struct {
		name    string
		results []result
		want    int
	}{
		{"shown", []result{page("a "+script+" b", "")}, 0},
		{"shown in a closed details", []result{page("", script)}, 0},
		{"on another page", []result{page("x", "x"), page(script, "")}, 0},
		{"escaped twice", []result{page("&lt;script&gt;window.__pwned=1&lt;/script&gt;", "")}, 1},
		{"stripped", []result{page("window.__pwned=1", "window.__pwned=1")}, 1},
		{"cut", []result{page(script[:20]+"…", "")}, 1},
	} {
		if got := shownProblems(c.results, []string{script}); len(got) != c.want {
			t.Errorf("%s: %v, want %d problems", c.name, got, c.want)
		}
	}
}

// bidiJS returns the unicode-bidi of the elements that hold user text, by
// selector, for the first such element of the page.
const bidiJS = `(function () {
  var out = {};
  ["header .agency", "td.text", "dd"].forEach(function (sel) {
    var el = document.querySelector(sel);
    out[sel] = el ? getComputedStyle(el).unicodeBidi : "missing";
  });
  return out;
})()`

// checkBidi checks that the elements holding user text isolate it, so
// that the agency's U+202E reorders nothing beside it.
func checkBidi(t *testing.T, tb *tab) {
	t.Helper()
	got, err := chromedp.Run(tb.ctx, chromedp.Evaluate[map[string]string](bidiJS))
	if err != nil {
		t.Fatal(err)
	}
	for sel, v := range got {
		if v != "isolate" {
			t.Errorf("%s: unicode-bidi %q, want isolate", sel, v)
		}
	}
}
