package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/report"
)

// TestOutRefused: --out may not replace an input, whatever --force says,
// nor, without --force, anything but a previous report.
func TestOutRefused(t *testing.T) {
	root := t.TempDir()
	in := filepath.Join(root, "exports")
	copyDir(t, "testdata/small", in)
	file := filepath.Join(root, "notes.txt")
	os.WriteFile(file, []byte("mine"), 0o644)
	photos := filepath.Join(root, "photos")
	os.Mkdir(photos, 0o755)
	os.WriteFile(filepath.Join(photos, "a.jpg"), []byte("x"), 0o644)

	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"the input folder", []string{"-o", in, in}, exitUsage, "--out " + in + " is the input " + in + ": writing the report there would replace it"},
		{"the input folder, forced", []string{"--force", "-o", in, in}, exitUsage, "is the input"},
		{"a folder holding an input", []string{"-o", root, filepath.Join(in, "comments.csv")}, exitUsage, "--out " + root + " holds the input"},
		{"a file", []string{"-o", file, in}, exitUsage, "--out: not a socialaudit report: " + file + " is a file, not a folder; choose another --out, or add --force"},
		{"a foreign folder", []string{"-o", photos, in}, exitUsage, "holds files and no socialaudit report"},
		{"single file over a foreign file", []string{"--single-file", "-o", file, in}, exitUsage, file + " exists and is not a socialaudit report"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, epochEnv, append([]string{"build", "--brand", "@ACME"}, tc.args...)...)
			if code != tc.code || !strings.Contains(stderr, tc.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr, tc.code, tc.want)
			}
		})
	}
	// Nothing was touched.
	if b, _ := os.ReadFile(file); string(b) != "mine" {
		t.Errorf("notes.txt now holds %q", b)
	}
	if _, err := os.Stat(filepath.Join(photos, "a.jpg")); err != nil {
		t.Errorf("photos/a.jpg: %v", err)
	}
	if _, err := os.Stat(filepath.Join(in, "comments.csv")); err != nil {
		t.Errorf("the input: %v", err)
	}

	// --force replaces a foreign folder; a previous report is replaced
	// without it.
	if code, _, stderr := runCLI(t, epochEnv, "build", "--brand", "@ACME", "--force", "-o", photos, in); code != 0 {
		t.Fatalf("--force: exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(photos, "a.jpg")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("after --force, photos/a.jpg: %v, want it gone", err)
	}
	if code, _, stderr := runCLI(t, epochEnv, "build", "--brand", "@ACME", "-o", photos, in); code != 0 {
		t.Fatalf("rebuilding over a report: exit %d: %s", code, stderr)
	}
}

// TestFailedBuildLeavesReport: a build that fails once the report is being
// made leaves the previous report as it was, and nothing beside it.
func TestFailedBuildLeavesReport(t *testing.T) {
	root := t.TempDir()
	out := filepath.Join(root, "site")
	if code, _, stderr := runCLI(t, epochEnv, "build", "--brand", "@ACME", "-o", out, "testdata/small"); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	before := readTree(t, out)
	// The next build writes half a site, then fails.
	buildSite = func(res *analyze.Results, meta report.Meta) (*report.Site, error) {
		return &report.Site{Files: []report.File{{Path: "index.html", Data: []byte("half")}, {Path: "../outside", Data: nil}}}, nil
	}
	defer func() { buildSite = report.BuildStreamed }()
	code, _, stderr := runCLI(t, epochEnv, "build", "--brand", "@ACME", "-o", out, "testdata/small")
	if code != exitError || !strings.Contains(stderr, "invalid path") {
		t.Fatalf("exit %d, stderr %q; want a write error", code, stderr)
	}
	after := readTree(t, out)
	if len(after) != len(before) {
		t.Errorf("the report has %d files after the failed build, %d before", len(after), len(before))
	}
	for p, b := range before {
		if string(after[p]) != string(b) {
			t.Errorf("%s changed", p)
		}
	}
	if es, _ := os.ReadDir(root); len(es) != 1 {
		var names []string
		for _, e := range es {
			names = append(names, e.Name())
		}
		t.Errorf("beside the report: %v, want nothing", names)
	}
}

// copyDir copies the files of a folder (not its subfolders).
func copyDir(t *testing.T, from, to string) {
	t.Helper()
	if err := os.MkdirAll(to, 0o755); err != nil {
		t.Fatal(err)
	}
	es, err := os.ReadDir(from)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		if e.IsDir() {
			continue
		}
		b, err := os.ReadFile(filepath.Join(from, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(to, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
