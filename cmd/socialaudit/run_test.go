package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// fixedNow is the injected clock; with SOURCE_DATE_EPOCH set it is unused.
func fixedNow() time.Time { return time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC) }

func noEnv(string) (string, bool) { return "", false }

func epochEnv(k string) (string, bool) {
	if k == "SOURCE_DATE_EPOCH" {
		return "1700000000", true
	}
	return "", false
}

func runCLI(t *testing.T, getenv env, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, &out, &errb, fixedNow, getenv)
	return code, out.String(), errb.String()
}

func TestUsageErrorsExitTwo(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{nil, "no command given"},
		{[]string{"frobnicate"}, `unknown command "frobnicate"`},
		{[]string{"build"}, "at least one PATH"},
		{[]string{"build", "--nope", "x.csv"}, "unknown flag: --nope"},
		{[]string{"build", "--lang", "de", "x.csv"}, `--lang: "de" is not a report language (want en or fr)`},
		{[]string{"build", "--business-hours", "18-09", "x.csv"}, `invalid argument "18-09" for "--business-hours" flag: "18-09" is not a window within one day`},
		{[]string{"build", "--business-hours", "9h-18h", "x.csv"}, `"9h-18h" is not HH-HH`},
		{[]string{"build", "--config", "", "x.csv"}, `--config needs a FILE`},
		{[]string{"build", "--tz", "Mars/Olympus", "x.csv"}, "not an IANA time zone"},
		{[]string{"build", "--sla", "soon", "x.csv"}, `--sla: "soon" is not a positive duration`},
		{[]string{"build", "--sla", "-1h", "x.csv"}, "not a positive duration"},
		{[]string{"build", "--from", "2026-13-01", "x.csv"}, "--from:"},
		{[]string{"build", "--from", "2026-05-01", "--to", "2026-04-01", "x.csv"}, "is not before --to"},
		{[]string{"build", "--brand", "@", "x.csv"}, "--brand: needs a non-empty account name or id"},
		{[]string{"help", "nothing"}, "unknown help topic"},
	} {
		code, _, stderr := runCLI(t, noEnv, tc.args...)
		if code != exitUsage {
			t.Errorf("%v: exit %d, want 2", tc.args, code)
		}
		if !strings.HasPrefix(stderr, "socialaudit: ") && tc.args != nil {
			t.Errorf("%v: stderr not prefixed: %q", tc.args, stderr)
		}
		if !strings.Contains(stderr, tc.want) {
			t.Errorf("%v: stderr %q does not contain %q", tc.args, stderr, tc.want)
		}
	}
}

func TestOtherErrorsExitOne(t *testing.T) {
	code, _, stderr := runCLI(t, noEnv, "build", "-o", t.TempDir(), "testdata/does-not-exist.csv")
	if code != exitError || !strings.HasPrefix(stderr, "socialaudit: ") || !strings.Contains(stderr, "does-not-exist.csv") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	empty := t.TempDir()
	code, _, stderr = runCLI(t, noEnv, "build", "-o", t.TempDir(), empty)
	if code != exitError || !strings.Contains(stderr, "has no .csv, .tsv or .txt file") {
		t.Errorf("empty folder: exit %d, stderr %q", code, stderr)
	}
	code, _, stderr = runCLI(t, func(string) (string, bool) { return "yesterday", true }, "build", "-o", t.TempDir(), "testdata/small")
	if code != exitError || !strings.Contains(stderr, "SOURCE_DATE_EPOCH") {
		t.Errorf("bad SOURCE_DATE_EPOCH: exit %d, stderr %q", code, stderr)
	}
}

func TestHelpAndVersion(t *testing.T) {
	code, out, _ := runCLI(t, noEnv, "--version")
	if code != 0 || out != "socialaudit "+version+"\n" {
		t.Errorf("--version: %d %q", code, out)
	}
	code, out, _ = runCLI(t, noEnv, "help")
	if code != 0 || !strings.Contains(out, "socialaudit build [flags] PATH...") {
		t.Errorf("help: %d %q", code, out)
	}
	for _, args := range [][]string{{"build", "--help"}, {"help", "build"}, {"build", "-h"}} {
		code, out, _ = runCLI(t, noEnv, args...)
		if code != 0 {
			t.Errorf("%v: exit %d", args, code)
		}
		for _, flag := range []string{"-o, --out DIR", "--client NAME", "--brand NAME", "--from DATE", "--to DATE", "--as-of TIME", "--tz ZONE", "--sla DURATION", "--lang LANGUAGE", "--business-hours HH-HH", "--config FILE"} {
			if !strings.Contains(out, flag) {
				t.Errorf("%v: help lacks %q", args, flag)
			}
		}
	}
}

// metrics reads the report's data/metrics.json.
func metrics(t *testing.T, dir string) map[string]any {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "data", "metrics.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func dig(m map[string]any, path ...string) any {
	var v any = m
	for _, p := range path {
		mm, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = mm[p]
	}
	return v
}

// The small fixture, by hand (Europe/Paris, brand "@ACME" matches author
// "acme"): customer comments c1 (answered by b1 after 2 h), c2 (no answer,
// hidden), c3 (answered by b2 after 30 min), c4 (no answer; as-of is c4's
// own time, so pending). Answered 2, unanswered 1, pending 1: response rate
// 2/3; median first response (nearest rank, n=2: position 1) 30 min = 1800 s;
// p90 (position 2) 2 h = 7200 s; mean 75 min = 4500 s. Posts p1, p2 (p3 is
// rejected: impressions "n/a"): negative feedback 5 + 2 = 7 over 3,000
// impressions = 2.333... per 1,000. Brand posts 2, brand replies 2.
func TestBuildSmallFixture(t *testing.T) {
	out := t.TempDir()
	// Flags after the path, GNU style.
	code, stdout, stderr := runCLI(t, epochEnv, "build", "testdata/small", "--brand", "@ACME", "--tz", "Europe/Paris", "-o", out, "--client", "Acme")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "index.html") {
		t.Errorf("stdout does not say where to open the report: %q", stdout)
	}
	if !strings.Contains(stderr, `testdata/small/posts.csv:4: column "impressions": "n/a" is not a whole number`) {
		t.Errorf("rejected row not reported on stderr: %q", stderr)
	}
	for _, f := range []string{"index.html", "responsiveness.html", "conversation.html", "feedback.html", "methodology.html", "data.html", "data/metrics.json", "data/unanswered.csv", "assets/echarts/echarts.min.js"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("missing %s: %v", f, err)
		}
	}
	m := metrics(t, out)
	checks := []struct {
		path []string
		want any
	}{
		{[]string{"responsiveness", "customer_comments"}, 4.0},
		{[]string{"responsiveness", "answered"}, 2.0},
		{[]string{"responsiveness", "unanswered"}, 1.0},
		{[]string{"responsiveness", "pending"}, 1.0},
		{[]string{"responsiveness", "response_rate"}, 2.0 / 3},
		{[]string{"responsiveness", "first_response_seconds", "median"}, 1800.0},
		{[]string{"responsiveness", "first_response_seconds", "p90"}, 7200.0},
		{[]string{"responsiveness", "first_response_seconds", "mean"}, 4500.0},
		{[]string{"responsiveness", "hidden_without_answer"}, 1.0},
		{[]string{"broadcast", "brand_posts"}, 2.0},
		{[]string{"broadcast", "brand_replies"}, 2.0},
		{[]string{"broadcast", "broadcast_share"}, 0.5},
		{[]string{"negative_feedback", "posts", "total"}, 7.0},
		{[]string{"negative_feedback", "posts", "per_1000_impressions"}, 7.0 / 3},
		{[]string{"negative_feedback", "page", "unfollows"}, nil},
		{[]string{"time_zone"}, "Europe/Paris"},
		{[]string{"client"}, "Acme"},
		{[]string{"generated_at"}, "2023-11-14T22:13:20Z"},
		{[]string{"as_of"}, "2026-03-10T08:00:00+01:00"},
	}
	for _, c := range checks {
		got := dig(m, c.path...)
		if gf, ok := got.(float64); ok {
			if wf, ok := c.want.(float64); ok && (gf-wf > 1e-9 || wf-gf > 1e-9) {
				t.Errorf("%s = %v, want %v", strings.Join(c.path, "."), got, c.want)
			}
			continue
		}
		if got != c.want {
			t.Errorf("%s = %v, want %v", strings.Join(c.path, "."), got, c.want)
		}
	}
	inputs, _ := m["inputs"].([]any)
	if len(inputs) != 2 {
		t.Fatalf("inputs = %v", m["inputs"])
	}
	posts := inputs[1].(map[string]any) // sorted: comments.csv, posts.csv
	if posts["rows"] != 3.0 || posts["used"] != 2.0 || posts["rejected"] != 1.0 {
		t.Errorf("posts input = %v", posts)
	}
}

func TestBuildIsDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	for _, dir := range []string{a, b} {
		if code, _, stderr := runCLI(t, epochEnv, "build", "--brand", "acme", "-o", dir, "testdata/small"); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
	}
	n := 0
	err := filepath.WalkDir(a, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(a, path)
		x, _ := os.ReadFile(path)
		y, err := os.ReadFile(filepath.Join(b, rel))
		if err != nil {
			return err
		}
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs", rel)
		}
		n++
		return nil
	})
	if err != nil || n < 8 {
		t.Fatalf("compared %d files: %v", n, err)
	}
}

func TestPeriodFlags(t *testing.T) {
	paris, _ := time.LoadLocation("Europe/Paris")
	o := buildOptions{lang: "en", tz: "Europe/Paris", sla: "2d", from: "2026-03-01", to: "2026-03-31", asOf: "2026-04-02 08:30"}
	opts, err := o.analyzeOptions()
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2026, 3, 1, 0, 0, 0, 0, paris); !opts.From.Equal(want) {
		t.Errorf("from = %s, want %s", opts.From, want)
	}
	// --to DATE includes that day: the exclusive end is the next midnight.
	if want := time.Date(2026, 4, 1, 0, 0, 0, 0, paris); !opts.To.Equal(want) {
		t.Errorf("to = %s, want %s", opts.To, want)
	}
	if want := time.Date(2026, 4, 2, 8, 30, 0, 0, paris); !opts.AsOf.Equal(want) {
		t.Errorf("as of = %s, want %s", opts.AsOf, want)
	}
	if opts.SLA != 48*time.Hour {
		t.Errorf("sla = %s", opts.SLA)
	}
	// A full time given to --to is the exclusive end itself.
	o.to = "2026-03-31T12:00:00Z"
	if opts, _ = o.analyzeOptions(); !opts.To.Equal(time.Date(2026, 3, 31, 12, 0, 0, 0, time.UTC)) {
		t.Errorf("to = %s", opts.To)
	}
}

// Comments that do not say who wrote them, and no --brand: every area is
// "not measurable", in the pages and as null in metrics.json, never 0, and
// the build still succeeds and explains why.
func TestBuildNotMeasurable(t *testing.T) {
	out := t.TempDir()
	if code, _, stderr := runCLI(t, epochEnv, "build", "-o", out, "testdata/nobrand"); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	m := metrics(t, out)
	for _, c := range []struct {
		path []string
		want any
	}{
		{[]string{"responsiveness", "measurable"}, false},
		{[]string{"responsiveness", "reason"}, "no_brand_comments"},
		{[]string{"responsiveness", "customer_comments"}, 2.0},
		{[]string{"responsiveness", "answered"}, nil},
		{[]string{"responsiveness", "response_rate"}, nil},
		{[]string{"broadcast", "measurable"}, false},
		{[]string{"broadcast", "brand_replies"}, nil},
		{[]string{"broadcast", "broadcast_share"}, nil},
		{[]string{"negative_feedback", "measurable"}, false},
		{[]string{"negative_feedback", "reason"}, "no_feedback_data"},
		{[]string{"negative_feedback", "posts", "per_1000_impressions"}, nil},
	} {
		if got := dig(m, c.path...); got != c.want {
			t.Errorf("%s = %v, want %v", strings.Join(c.path, "."), got, c.want)
		}
	}
	index, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(index), "not measurable: the export does not say who wrote the comments") {
		t.Error("index.html does not explain why responsiveness is not measurable")
	}
}

// Two exports overlap on post p2: it counts once, with the later export's
// counters (posts-april.csv reaches April; it is semicolon-separated, as a
// French spreadsheet saves it). Its unknown spam_reports and unlikes are
// unknown in both, so they stay unknown. Rows: 2 + 2 read = 3 used + 1
// merged.
func TestOverlappingExportsMerge(t *testing.T) {
	dir := t.TempDir()
	code, stdout, stderr := runCLI(t, epochEnv, "build", "-o", dir, "--brand", "acme", "testdata/overlap")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "1 row(s) held records already in a later export") {
		t.Errorf("stdout %q", stdout)
	}
	m := metrics(t, dir)
	inputs := dig(m, "inputs").([]any)
	april, march := inputs[0].(map[string]any), inputs[1].(map[string]any)
	if april["file"] != "testdata/overlap/posts-april.csv" || april["delimiter"] != "semicolon" || april["used"] != 2.0 || april["merged"] != 0.0 {
		t.Errorf("april input %v", april)
	}
	if march["used"] != 1.0 || march["merged"] != 1.0 || march["rows"] != 2.0 {
		t.Errorf("march input %v", march)
	}
	into := march["merged_into"].([]any)[0].(map[string]any)
	if into["file"] != "testdata/overlap/posts-april.csv" || into["records"] != 1.0 {
		t.Errorf("merged_into %v", into)
	}
	if got := dig(m, "summary", "posts"); got != 3.0 {
		t.Errorf("posts %v", got)
	}
	// Impressions: 1000 (p1) + 2500 (p2, the later export's, not 2000) +
	// 800 (p3) = 4300. Hides: 3 + 2 (p2, april's, not 1) + 0 = 5; counted
	// twice they would be 6, with march winning 4.
	for path, want := range map[string]float64{"impressions": 4300, "hides": 5, "hide_all": 1} {
		if got := dig(m, "negative_feedback", "posts", path); got != want {
			t.Errorf("negative_feedback.posts.%s = %v, want %v", path, got, want)
		}
	}
	page, err := os.ReadFile(filepath.Join(dir, "data.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(page), "Records found in more than one export") {
		t.Error("data page does not list the merge")
	}
}

func TestCheck(t *testing.T) {
	code, stdout, stderr := runCLI(t, noEnv, "check", "--tz", "Europe/Paris", "testdata/small", "testdata/overlap/posts-april.csv")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{
		"testdata/small/comments.csv\n  format:   socialaudit comments (socialaudit), comments\n  read as:  UTF-8, comma\n",
		"testdata/overlap/posts-april.csv\n  format:   socialaudit posts (socialaudit), posts\n  read as:  UTF-8, semicolon\n  rows:     2 read: 2 used, 0 rejected, 0 merged\n  period:   2026-03-09 09:00 to 2026-04-01 09:00 (Europe/Paris)\n",
		"3 file(s): 3 readable, 0 not.",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, stdout)
		}
	}
	bad := filepath.Join(t.TempDir(), "inbox.csv")
	os.WriteFile(bad, []byte("Message ID,Received,Body\n1,2026-01-01,hi\n"), 0o644)
	code, stdout, stderr = runCLI(t, noEnv, "check", bad)
	if code != exitError || !strings.Contains(stdout, "format:   not recognised") || !strings.Contains(stdout, "Known formats:\n  socialaudit") ||
		!strings.Contains(stdout, "--map") || !strings.Contains(stderr, "1 of 1 file(s) cannot be read") {
		t.Errorf("unknown file: exit %d\nstdout %s\nstderr %s", code, stdout, stderr)
	}
}

// A mapping file describes an export socialaudit does not know: the
// Agorapulse-like inbox fixture of analyze/mapped (13 rows: 6 used, 7
// rejected, semicolons, a note row) and a pipe-delimited daily export whose
// delimiter only the mapping names (6 rows: 3 used, 3 rejected).
func TestMapFlag(t *testing.T) {
	code, stdout, stderr := runCLI(t, noEnv, "check",
		"--map", "../../analyze/mapped/testdata/inbox.toml", "--map", "../../analyze/mapped/testdata/daily.toml",
		"../../analyze/mapped/testdata/inbox.csv", "../../analyze/mapped/testdata/daily.csv")
	if code != exitOK {
		t.Fatalf("exit %d: %s\n%s", code, stderr, stdout)
	}
	for _, want := range []string{
		"format:   Agorapulse inbox (mapping file inbox.toml) (map:inbox.toml), comments",
		"rows:     13 read: 6 used, 7 rejected, 0 merged",
		"read as:  UTF-8 with BOM, semicolon, dates dmy",
		"format:   LinkedIn followers (re-saved) (mapping file daily.toml) (map:daily.toml), daily",
		"read as:  UTF-8, pipe, dates dmy",
		"rows:     6 read: 3 used, 3 rejected, 0 merged",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, stdout)
		}
	}
	code, _, stderr = runCLI(t, noEnv, "check", "--map", "testdata/small/posts.csv", "testdata/small")
	if code != exitError || !strings.Contains(stderr, "posts.csv") {
		t.Errorf("a bad mapping file: exit %d, %s", code, stderr)
	}
}
