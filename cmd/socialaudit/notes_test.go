package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func readOut(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestBuildNotes fills the notes from the small fixture: by hand, 2 of 3
// judged comments answered (66.7 %), first answers after 2 h and 30 min
// (median 30 min by the nearest rank), 1 unanswered.
func TestBuildNotes(t *testing.T) {
	dir, out := t.TempDir(), t.TempDir()
	notes := writeFile(t, dir, "notes.md", "## Summary\n\n{{ .Client }} answered {{ .ResponseRate }}, median {{ .MedianFirstResponse }}; {{ .Unanswered }} left.\n")
	code, _, stderr := runCLI(t, epochEnv, "build", "testdata/small", "--brand", "@ACME", "--tz", "Europe/Paris", "--client", "Acme", "--notes", notes, "-o", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	want := "<h2 id=\"notes-heading\">Executive summary</h2>\n<h3>Summary</h3>\n<p>Acme answered 66.7 %, median 30 min; 1 left.</p>\n</section>\n<h2>Headline figures</h2>"
	if page := readOut(t, out, "index.html"); !strings.Contains(page, want) {
		t.Errorf("index.html lacks\n%s\n---- page:\n%s", want, page)
	}
}

func TestBuildNotesErrors(t *testing.T) {
	dir := t.TempDir()
	bad := writeFile(t, dir, "notes.md", "Fine.\n{{ .ResponseRat }}\n")
	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"unknown placeholder", []string{"--notes", bad}, exitError, bad + ":2: {{ .ResponseRat }} is not a placeholder; the placeholders are .Client, .Period"},
		{"missing file", []string{"--notes", filepath.Join(dir, "none.md")}, exitError, "--notes: open " + filepath.Join(dir, "none.md")},
		{"key without --anonymize", []string{"--anonymize-key", "k"}, exitUsage, "--anonymize-key is only used with --anonymize"},
		{"empty key", []string{"--anonymize", "--anonymize-key", ""}, exitUsage, "--anonymize-key needs a non-empty secret"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "site")
			args := append([]string{"build", "testdata/small", "--brand", "acme", "-o", out}, tc.args...)
			code, _, stderr := runCLI(t, epochEnv, args...)
			if code != tc.code || !strings.Contains(stderr, tc.want) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, stderr, tc.code, tc.want)
			}
			if _, err := os.Stat(out); err == nil {
				t.Error("a site was written")
			}
		})
	}
}

// sampleArgs builds the sample report as the README does.
var sampleArgs = []string{"build", "../../sample-data", "--client", "Maison Brindille", "--brand", "maisonbrindille",
	"--brand", "Maison Brindille", "--tz", "Europe/Paris"}

// sampleCommenters lists the names and ids of every commenter of the
// sample data who is not the brand (by its from_brand column and the
// brand accounts of sampleArgs).
func sampleCommenters(t *testing.T) []string {
	t.Helper()
	f, err := os.Open("../../sample-data/comments.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	// Comment texts are not anonymized (only mentions of commenters are),
	// so a name that also occurs in a text, as the sample's hostile names
	// do, proves nothing either way and is left out.
	var texts strings.Builder
	for _, row := range rows[1:] {
		if len(row) == len(rows[0]) {
			texts.WriteString(row[col["text"]])
			texts.WriteByte('\n')
		}
	}
	allText := texts.String()
	seen := map[string]bool{}
	var out []string
	for _, row := range rows[1:] {
		if len(row) != len(rows[0]) {
			continue // the sample's malformed row
		}
		id, name := row[col["author_id"]], row[col["author_name"]]
		brand := row[col["from_brand"]] == "true"
		for _, b := range []string{"maisonbrindille", "maison brindille"} {
			brand = brand || strings.EqualFold(strings.TrimPrefix(id, "@"), b) || strings.EqualFold(strings.TrimPrefix(name, "@"), b)
		}
		if brand {
			continue
		}
		for _, s := range []string{id, strings.TrimPrefix(id, "@"), name} {
			if len(s) >= 4 && !seen[s] && !strings.Contains(allText, s) {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	return out
}

// TestBuildAnonymized builds the sample report with and without
// --anonymize: no commenter's name or id is left in the pages or in
// unanswered.csv, and every figure is the same.
func TestBuildAnonymized(t *testing.T) {
	named, anon := t.TempDir(), t.TempDir()
	if code, _, stderr := runCLI(t, epochEnv, append(sampleArgs, "-o", named)...); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	code, stdout, stderr := runCLI(t, epochEnv, append(sampleArgs, "-o", anon, "--anonymize")...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "Anonymized: ") {
		t.Errorf("stdout does not say the report is anonymized: %q", stdout)
	}

	people := sampleCommenters(t)
	if len(people) < 100 {
		t.Fatalf("only %d commenters found in the sample: the test would prove little", len(people))
	}
	files := []string{"index.html", "responsiveness.html", "conversation.html", "feedback.html", "methodology.html", "data.html",
		"data/unanswered.csv", "data/metrics.json"}
	// The named report does show them: the check below can fail.
	shown := 0
	for _, p := range people {
		if strings.Contains(readOut(t, named, "data/unanswered.csv"), p) {
			shown++
		}
	}
	if shown < 50 {
		t.Fatalf("only %d commenters appear in the named unanswered.csv", shown)
	}
	t.Logf("%d names and ids of commenters, %d of them in the named unanswered.csv", len(people), shown)
	for _, f := range files {
		text := readOut(t, anon, f)
		for _, p := range people {
			if strings.Contains(text, p) {
				t.Errorf("%s of the anonymized report contains %q", f, p)
			}
		}
	}
	un := readOut(t, anon, "data/unanswered.csv")
	if !regexp.MustCompile(`\ncomment-\d{6},`).MatchString(strings.ReplaceAll(un, "\r\n", "\n")) && !strings.Contains(un, ",commenter-0") {
		t.Errorf("unanswered.csv has no pseudonyms:\n%.500s", un)
	}
	if !strings.Contains(readOut(t, anon, "data.html"), "<dt>Anonymized</dt>") {
		t.Error("data.html does not say the report is anonymized")
	}

	// Every figure is the same: metrics.json differs only in "anonymized"
	// and in the names the diagnostics quote (the members' names and ids,
	// the canned replies' examples), which are the pseudonyms.
	a := strings.Replace(readOut(t, anon, "data/metrics.json"), `"anonymized": true`, `"anonymized": false`, 1)
	n := readOut(t, named, "data/metrics.json")
	quoted := regexp.MustCompile(`"(author_id|author_name|example)": "(?:[^"\\]|\\.)*"`)
	if quoted.ReplaceAllString(a, `"$1": ""`) != quoted.ReplaceAllString(n, `"$1": ""`) {
		t.Errorf("metrics.json differs beyond \"anonymized\" and the names quoted")
	}
	if a == n {
		t.Errorf("metrics.json is the same anonymized: the members' names should be pseudonyms")
	}
	if got, want := lineCount(readOut(t, anon, "data/unanswered.csv")), lineCount(readOut(t, named, "data/unanswered.csv")); got != want {
		t.Errorf("unanswered.csv has %d lines, %d named", got, want)
	}
}

func lineCount(s string) int { return strings.Count(s, "\n") }

// TestAnonymizeKeyStable builds two reports with the same key: the whole
// sample, and its last months only. A comment unanswered in both has the
// same author pseudonym in both; without the key the numbers differ; the
// key itself is written nowhere.
func TestAnonymizeKeyStable(t *testing.T) {
	const key = "quarterly-secret-42"
	// The later months of the sample, in a folder of their own.
	b, err := os.ReadFile("../../sample-data/comments.csv")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(b), "\n")
	var later bytes.Buffer
	later.WriteString(lines[0])
	for _, l := range lines[1:] {
		if strings.Contains(l, ",2026-07-") || strings.Contains(l, ",2026-08-") {
			later.WriteString(l)
		}
	}
	dir := t.TempDir()
	writeFile(t, dir, "comments.csv", later.String())

	build := func(src string, extra ...string) map[string]string {
		out := t.TempDir()
		args := append([]string{"build", src, "--brand", "maisonbrindille", "--brand", "Maison Brindille", "--tz", "Europe/Paris", "-o", out}, extra...)
		if code, _, stderr := runCLI(t, epochEnv, args...); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		err := filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			if data, _ := os.ReadFile(p); bytes.Contains(data, []byte(key)) {
				t.Errorf("%s contains the key", p)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return authorsByComment(t, readOut(t, out, "data/unanswered.csv"))
	}
	whole := build("../../sample-data", "--anonymize", "--anonymize-key", key)
	part := build(dir, "--anonymize", "--anonymize-key", key)
	shape := regexp.MustCompile(`^commenter-[0-9a-f]{10}$`)
	common := 0
	for k, p := range part {
		if !shape.MatchString(p) {
			t.Fatalf("keyed pseudonym %q", p)
		}
		if w, ok := whole[k]; ok {
			common++
			if w != p {
				t.Errorf("comment %s: %s in the whole report, %s in the later months", k, w, p)
			}
		}
	}
	if common < 20 {
		t.Fatalf("only %d comments in common: the test proves little", common)
	}
	t.Logf("%d unanswered comments in both keyed reports", common)

	// Numbered pseudonyms depend on the data: the same comment changes.
	wholeN, partN := build("../../sample-data", "--anonymize"), build(dir, "--anonymize")
	differ := 0
	for k, p := range partN {
		if w, ok := wholeN[k]; ok && w != p {
			differ++
		}
	}
	t.Logf("%d of them change numbered pseudonym", differ)
	if differ == 0 {
		t.Error("numbered pseudonyms are the same in both reports: the keyed check above would prove nothing")
	}
}

// authorsByComment maps each row of unanswered.csv, identified by its
// platform, time and text, to its author id.
func authorsByComment(t *testing.T, data string) map[string]string {
	t.Helper()
	rows, err := csv.NewReader(strings.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	out := map[string]string{}
	for _, r := range rows[1:] {
		out[r[col["platform"]]+"|"+r[col["created_at"]]+"|"+r[col["text"]]] = r[col["author_id"]]
	}
	return out
}
