// Package e2e opens the sample report in a real headless Chromium: every
// page, in English and French, as a site and as a single file, from disk.
// It checks that no script fails, that nothing outside the report is
// requested, that every chart is drawn, that hostile comment text is shown
// as text and never run, that each page starts with a Content-Security-Policy
// that allows nothing beyond the report and breaks none of it, and that each
// page says its language. It writes a screenshot of each index page.
// hostile_test.go builds a report with the corpus of internal/hostile in
// every field and checks it the same way.
//
// The package has tests only. They need a Chromium: SOCIALAUDIT_CHROME, or
// one of chromium, chromium-browser, chromium-headless-shell, google-chrome
// on PATH. Without one they skip, unless SOCIALAUDIT_REQUIRE_BROWSER=1;
// scripts/test.sh installs Debian's chromium when none is found and sets
// both. SOCIALAUDIT_SCREENSHOTS names the folder for the screenshots.
package e2e

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/socialaudit/socialaudit/internal/sampledata"
)

// The build the page tests run: the README's ci:build command.
var readmeBuild = []string{"build", "--client", "Maison Brindille", "--brand", "maisonbrindille",
	"--brand", "Maison Brindille", "--tz", "Europe/Paris"}

// sourceDateEpoch is the SOURCE_DATE_EPOCH of every build (.ci/run's).
const sourceDateEpoch = "1767225600"

var (
	moduleRoot string // the folder of go.mod
	workDir    string // a temporary folder for this test binary
	cliPath    string // the socialaudit binary, built by TestMain
)

func TestMain(m *testing.M) {
	os.Exit(runTests(m))
}

func runTests(m *testing.M) int {
	root, err := filepath.Abs("..")
	if err == nil {
		_, err = os.Stat(filepath.Join(root, "go.mod"))
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e: cannot find the module root:", err)
		return 1
	}
	moduleRoot = root
	workDir, err = os.MkdirTemp("", "socialaudit-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	defer os.RemoveAll(workDir)
	// Build the CLI once, unless the page tests will skip anyway.
	if p, _ := findBrowser(); p != "" || requireBrowser() {
		cliPath = filepath.Join(workDir, "socialaudit")
		cmd := exec.Command(goTool(), "build", "-o", cliPath, "./cmd/socialaudit")
		cmd.Dir = moduleRoot
		if out, err := cmd.CombinedOutput(); err != nil {
			fmt.Fprintf(os.Stderr, "e2e: go build ./cmd/socialaudit: %v\n%s", err, out)
			return 1
		}
	}
	code := m.Run()
	browserCancel()
	return code
}

// goTool is the go command that runs these tests.
func goTool() string {
	if p, err := exec.LookPath("go"); err == nil {
		return p
	}
	return filepath.Join(runtime.GOROOT(), "bin", "go")
}

// buildReport runs the CLI on sample-data/ and returns the folder of the
// site, or the HTML file when single.
func buildReport(t *testing.T, dir, lang string, single bool) string {
	t.Helper()
	out, msg, err := runBuild(dir, lang, single)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(msg)
	return out
}

// runBuild runs socialaudit build as the README does, in lang, into dir:
// a site in dir/site, or dir/report.html when single. It returns the output
// path and a line saying what ran and how long it took.
func runBuild(dir, lang string, single bool) (string, string, error) {
	if cliPath == "" {
		return "", "", fmt.Errorf("the CLI was not built")
	}
	out := filepath.Join(dir, "site")
	args := append(append([]string(nil), readmeBuild...), "--lang", lang)
	if single {
		out = filepath.Join(dir, "report.html")
		args = append(args, "--single-file")
	}
	args = append(args, "--out", out, filepath.Join(moduleRoot, "sample-data")+string(filepath.Separator))
	cmd := exec.Command(cliPath, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "SOURCE_DATE_EPOCH="+sourceDateEpoch)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return "", "", fmt.Errorf("socialaudit %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return out, fmt.Sprintf("built in %s: socialaudit %s", time.Since(start).Round(time.Millisecond), strings.Join(args, " ")), nil
}

// htmlFiles returns every .html file under dir, sorted.
func htmlFiles(t *testing.T, dir string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".html") {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	return files
}

// screenshotDir returns $SOCIALAUDIT_SCREENSHOTS, created, or a new
// temporary folder that outlives the test, and logs it.
func screenshotDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv(envScreenshots)
	if dir == "" {
		d, err := os.MkdirTemp("", "socialaudit-screenshots-")
		if err != nil {
			t.Fatal(err)
		}
		dir = d
	}
	dir, err := filepath.Abs(dir)
	if err == nil {
		err = os.MkdirAll(dir, 0o755)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots of the index pages go to %s (set %s to choose)", dir, envScreenshots)
	return dir
}

// TestReportPages builds the sample report in each language, as a site and
// as a single file, and checks every page of it in the browser.
func TestReportPages(t *testing.T) {
	bctx := browser(t)
	shots := screenshotDir(t)
	refs := ordinaryComments(t)
	start := time.Now()
	for _, lang := range []string{"en", "fr"} {
		for _, single := range []bool{false, true} {
			mode := "multi"
			if single {
				mode = "single"
			}
			t.Run(lang+"-"+mode, func(t *testing.T) {
				start := time.Now()
				dir := t.TempDir()
				out := buildReport(t, dir, lang, single)
				var results []result
				shot := filepath.Join(shots, lang+"-"+mode+"-index.png")
				if single {
					tb := open(t, bctx, load{File: out, Lang: lang, Screenshot: shot, WantCSP: true})
					first := tb.check("")
					results = append(results, first)
					for _, f := range fragments(first.Links) {
						results = append(results, tb.check(f))
					}
					tb.close()
				} else {
					var tb *tab
					for _, p := range htmlFiles(t, out) {
						l := load{File: p, Root: out, Lang: lang, WantCSP: true}
						if p == filepath.Join(out, "index.html") {
							l.Screenshot = shot
						}
						if tb == nil {
							tb = open(t, bctx, l)
							defer tb.close()
						} else {
							tb.goTo(l)
						}
						results = append(results, tb.check(""))
					}
					for _, p := range worklistProblems(filepath.Join(out, "data", "unanswered.csv")) {
						t.Errorf("data/unanswered.csv: %s", p)
					}
				}
				report(t, out, results)
				hp, notes := hostileProblems(results, refs)
				for _, n := range notes {
					t.Log(n)
				}
				for _, p := range hp {
					t.Error(p)
				}
				if _, err := os.Stat(shot); err != nil {
					t.Errorf("no screenshot of the index page: %v", err)
				} else {
					t.Logf("screenshot: %s", shot)
				}
				t.Logf("%s-%s: %d page loads in %s", lang, mode, len(results), time.Since(start).Round(time.Millisecond))
			})
		}
	}
	t.Logf("matrix done in %s", time.Since(start).Round(time.Millisecond))
}

// report logs each load (its charts counted) and fails the test with each
// problem. A chart must be drawn in at least one load of its file (a single
// file may show one section at a time), and a site must have charts.
func report(t *testing.T, out string, results []result) {
	t.Helper()
	drawn := map[string]map[string]bool{} // file -> chart id -> drawn in some load
	total := 0
	for _, r := range results {
		name, err := filepath.Rel(filepath.Dir(out), r.File)
		if err != nil {
			name = r.File
		}
		if r.Fragment != "" {
			name += "#" + r.Fragment
		}
		if drawn[r.File] == nil {
			drawn[r.File] = map[string]bool{}
		}
		n, minShapes, maxShapes := 0, 0, 0
		for _, c := range r.Charts {
			drawn[r.File][c.ID] = drawn[r.File][c.ID] || c.drawn()
			if c.drawn() {
				if n == 0 || c.Shapes < minShapes {
					minShapes = c.Shapes
				}
				maxShapes = max(maxShapes, c.Shapes)
				n++
			}
		}
		t.Logf("%s: %d of %d charts drawn (%d to %d SVG shapes each), %d tooltips shown, %d requests, %s",
			name, n, len(r.Charts), minShapes, maxShapes, r.Hovered, len(r.Requests), r.Elapsed.Round(time.Millisecond))
		for _, p := range r.Problems {
			t.Errorf("%s: %s", name, p)
		}
	}
	files := make([]string, 0, len(drawn))
	for f := range drawn {
		files = append(files, f)
	}
	sort.Strings(files)
	for _, f := range files {
		ids := make([]string, 0, len(drawn[f]))
		for id := range drawn[f] {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			total++
			if !drawn[f][id] {
				t.Errorf("%s: chart %s is drawn in none of the page's loads", filepath.Base(f), id)
			}
		}
	}
	if total == 0 {
		t.Errorf("no .chart-canvas in the whole report")
	}
	t.Logf("%d charts in all", total)
}

// reference is what ordinary (not hostile) questions of the worklist look
// like on a page: a page that shows one of these texts lists unanswered
// comments, and must show hostile ones too; one that shows one of these
// names shows authors, and must show the hostile names too.
type reference struct {
	texts, names []string
}

var (
	refOnce sync.Once
	refVal  reference
	refSite string // the English site that refVal was read from
	refErr  error
)

// ordinaryComments builds the English site once and reads the first
// ordinary comments of its worklist, data/unanswered.csv (the hostile
// comments come before them, being the oldest).
func ordinaryComments(t *testing.T) reference {
	t.Helper()
	refOnce.Do(func() {
		dir := filepath.Join(workDir, "reference")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			refErr = err
			return
		}
		out, _, err := runBuild(dir, "en", false)
		if err != nil {
			refErr = err
			return
		}
		refSite = out
		rows, err := readCSV(filepath.Join(out, "data", "unanswered.csv"))
		if err != nil {
			refErr = err
			return
		}
		hostile := map[string]bool{}
		for _, h := range sampledata.HostileComments() {
			hostile[h.Text] = true
		}
		for _, r := range rows {
			// Questions only: a list of the oldest questions shows them too.
			if hostile[strings.TrimPrefix(r["text"], "'")] || len(r["text"]) < 25 || !strings.Contains(r["text"], "?") ||
				strings.ContainsAny(r["text"], "<>\n") {
				continue
			}
			refVal.texts = append(refVal.texts, r["text"])
			refVal.names = append(refVal.names, r["author_name"])
			if len(refVal.texts) == 10 {
				break
			}
		}
		if len(refVal.texts) == 0 {
			refErr = fmt.Errorf("no ordinary comment in %s", filepath.Join(out, "data", "unanswered.csv"))
		}
	})
	if refErr != nil {
		t.Fatal(refErr)
	}
	return refVal
}

// readCSV reads a CSV file with a header into one map per row.
func readCSV(path string) ([]map[string]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(recs) == 0 {
		return nil, fmt.Errorf("%s: empty", path)
	}
	var rows []map[string]string
	for _, r := range recs[1:] {
		m := map[string]string{}
		for i, h := range recs[0] {
			m[h] = r[i]
		}
		rows = append(rows, m)
	}
	return rows, nil
}

// spreadsheetSafe is how data/unanswered.csv must write a cell: with a
// leading ' when a spreadsheet would take it for a formula.
func spreadsheetSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@", rune(s[0])) {
		return "'" + s
	}
	return s
}

// worklistProblems checks that every hostile comment is in the worklist,
// text and author byte for byte, formulas defused. It looks at the cells'
// values, not the column names, which a translated report may change.
func worklistProblems(path string) []string {
	rows, err := readCSV(path)
	if err != nil {
		return []string{err.Error()}
	}
	has := func(r map[string]string, v string) bool {
		for _, c := range r {
			if c == v {
				return true
			}
		}
		return false
	}
	var out []string
	for _, h := range sampledata.HostileComments() {
		found := false
		for _, r := range rows {
			if has(r, spreadsheetSafe(h.Text)) && has(r, spreadsheetSafe(h.AuthorName)) {
				found = true
				break
			}
		}
		if !found {
			out = append(out, fmt.Sprintf("no row with the hostile comment %q by %q (formulas prefixed with ')", h.Text, h.AuthorName))
		}
	}
	return out
}

// hostileProblems checks, over all the loads of one report, that the
// hostile texts are shown as text:
//   - the hostile post, on some page;
//   - a hostile comment whose plain part a page shows, whole (not escaped
//     twice, cut or stripped), with its author where the page shows authors
//     (it shows one of refs' names);
//   - on a page that lists unanswered comments (it shows one of refs'
//     texts), at least one hostile comment: they are older than any other,
//     and a list may be short (the three oldest questions);
//   - the oldest, the <script> one, on some page, when any page lists
//     unanswered comments.
//
// The notes say which pages were taken for lists and what they showed.
func hostileProblems(results []result, refs reference) (problems []string, notes []string) {
	planted := sampledata.HostileComments()
	postShown, scriptShown, lists := false, false, 0
	for _, r := range results {
		name := filepath.Base(r.File)
		if r.Fragment != "" {
			name += "#" + r.Fragment
		}
		if strings.Contains(r.Text, sampledata.HostilePostText) {
			postShown = true
		}
		listsNames := containsAny(r.Text, refs.names)
		shown := 0
		for i, h := range planted {
			if !strings.Contains(r.Text, h.Plain) {
				continue
			}
			shown++
			if !strings.Contains(r.Text, h.Text) {
				problems = append(problems, fmt.Sprintf("%s shows the hostile comment ending %q, but not as the text %q", name, h.Plain, h.Text))
				continue
			}
			if i == 0 {
				scriptShown = true
			}
			if listsNames && !strings.Contains(r.Text, h.AuthorName) {
				problems = append(problems, fmt.Sprintf("%s shows comment authors but not the hostile author %q of %q as text", name, h.AuthorName, h.Text))
			}
		}
		ordinary := containsAny(r.Text, refs.texts)
		if shown == 0 && !ordinary {
			continue
		}
		lists++
		if shown == 0 {
			problems = append(problems, fmt.Sprintf("%s lists unanswered comments but none of the %d older hostile ones (the oldest is %q)",
				name, len(planted), planted[0].Text))
			continue
		}
		notes = append(notes, fmt.Sprintf("%s lists unanswered comments: %d of the %d hostile ones shown as text%s",
			name, shown, len(planted), map[bool]string{true: ", with their authors", false: ""}[listsNames]))
	}
	if !postShown {
		problems = append(problems, fmt.Sprintf("the hostile post text %q is shown as text on no page", sampledata.HostilePostText))
	}
	switch {
	case lists == 0:
		notes = append(notes, "no page lists unanswered comments: the hostile comments were checked in data/unanswered.csv and by the sentinel only")
	case !scriptShown:
		problems = append(problems, fmt.Sprintf("the oldest hostile comment %q is shown as text on no page that lists unanswered comments", planted[0].Text))
	}
	return problems, notes
}

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if x != "" && strings.Contains(s, x) {
			return true
		}
	}
	return false
}
