package report

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// writeTree creates files (slash paths) under dir.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for p, data := range files {
		name := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// tree lists every file under dir with its contents, slash paths.
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// names lists the entries of dir, sorted.
func names(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	sort.Strings(out)
	return out
}

const prevMetrics = `{"generator": "socialaudit 0.0.9"}`

func TestCheckOut(t *testing.T) {
	root := t.TempDir()
	report := filepath.Join(root, "report")
	writeTree(t, report, map[string]string{"index.html": "x", "data/metrics.json": prevMetrics, "assets/site.css": ""})
	extra := filepath.Join(root, "extra")
	writeTree(t, extra, map[string]string{"index.html": "x", "data/metrics.json": prevMetrics, "notes.docx": "mine"})
	foreign := filepath.Join(root, "foreign")
	writeTree(t, foreign, map[string]string{"data/metrics.json": `{"generator": "othertool"}`, "index.html": "x"})
	photos := filepath.Join(root, "photos")
	writeTree(t, photos, map[string]string{"a.jpg": "x"})
	empty := filepath.Join(root, "empty")
	os.Mkdir(empty, 0o755)
	file := filepath.Join(root, "file.txt")
	writeTree(t, root, map[string]string{"file.txt": "x", "old.html": `<head><meta name="generator" content="socialaudit"></head>`})

	for _, c := range []struct {
		out       string
		single    bool
		want      string // "" for allowed
		notReport bool
	}{
		{out: filepath.Join(root, "new"), want: ""},
		{out: empty, want: ""},
		{out: report, want: ""},
		{out: extra, want: "holds a report, but also notes.docx, which a report does not write", notReport: true},
		{out: foreign, want: "holds files and no socialaudit report", notReport: true},
		{out: photos, want: "holds files and no socialaudit report", notReport: true},
		{out: file, want: "file.txt is a file, not a folder", notReport: true},
		{out: filepath.Join(root, "new.html"), single: true, want: ""},
		{out: filepath.Join(root, "old.html"), single: true, want: ""},
		{out: file, single: true, want: "file.txt exists and is not a socialaudit report", notReport: true},
		{out: empty, single: true, want: "is a folder; a single-file report is written to a file"},
	} {
		err := CheckOut(c.out, c.single)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("CheckOut(%s, %v): %v, want allowed", c.out, c.single, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("CheckOut(%s, %v): %v, want an error with %q", c.out, c.single, err, c.want)
		case err != nil && errors.Is(err, ErrNotReport) != c.notReport:
			t.Errorf("CheckOut(%s, %v): errors.Is(ErrNotReport) = %v, want %v", c.out, c.single, !c.notReport, c.notReport)
		}
	}
}

func TestWriteReplacesWholeReport(t *testing.T) {
	root := t.TempDir()
	out := filepath.Join(root, "site")
	// A previous report, with a page this version no longer writes.
	writeTree(t, out, map[string]string{"index.html": "old", "legacy.html": "old", "data/metrics.json": prevMetrics})
	site := &Site{Files: []File{{Path: "data/metrics.json", Data: []byte("{}")}, {Path: "index.html", Data: []byte("new")}}}
	if err := site.Write(out); err != nil {
		t.Fatal(err)
	}
	got := tree(t, out)
	want := map[string]string{"index.html": "new", "data/metrics.json": "{}"}
	if len(got) != len(want) || got["index.html"] != "new" || got["data/metrics.json"] != "{}" {
		t.Errorf("site holds %v, want %v", got, want)
	}
	if n := names(t, root); len(n) != 1 || n[0] != "site" {
		t.Errorf("beside the site: %v, want only site (no temporary folder left)", n)
	}
}

func TestWriteFailureLeavesPreviousReport(t *testing.T) {
	root := t.TempDir()
	out := filepath.Join(root, "site")
	before := map[string]string{"index.html": "old", "data/metrics.json": prevMetrics}
	writeTree(t, out, before)
	// The second file cannot be written: the build fails half-way.
	site := &Site{Files: []File{{Path: "index.html", Data: []byte("new")}, {Path: "../escape.html", Data: []byte("x")}}}
	if err := site.Write(out); err == nil || !strings.Contains(err.Error(), `invalid path "../escape.html"`) {
		t.Fatalf("Write: %v, want an invalid path error", err)
	}
	if got := tree(t, out); got["index.html"] != "old" || len(got) != 2 {
		t.Errorf("after a failed write the report holds %v, want it untouched", got)
	}
	if n := names(t, root); len(n) != 1 {
		t.Errorf("debris beside the site: %v", n)
	}
}

func TestWriteSwapFailureRestores(t *testing.T) {
	root := t.TempDir()
	out := filepath.Join(root, "site")
	writeTree(t, out, map[string]string{"index.html": "old", "data/metrics.json": prevMetrics})
	calls := 0
	renameHook = func(from, to string) error {
		calls++
		if calls == 2 { // the new site into place
			return errors.New("disk on fire")
		}
		return os.Rename(from, to)
	}
	defer func() { renameHook = os.Rename }()
	site := &Site{Files: []File{{Path: "index.html", Data: []byte("new")}}}
	if err := site.Write(out); err == nil || !strings.Contains(err.Error(), "disk on fire") {
		t.Fatalf("Write: %v, want the rename error", err)
	}
	if got := tree(t, out); got["index.html"] != "old" {
		t.Errorf("after a failed swap index.html is %q, want the old one back", got["index.html"])
	}
	if n := names(t, root); len(n) != 1 {
		t.Errorf("debris beside the site: %v", n)
	}
}

func TestWriteNewFolderAndParents(t *testing.T) {
	out := filepath.Join(t.TempDir(), "a", "b", "site")
	site := &Site{Files: []File{{Path: "assets/x.css", Data: []byte("x")}}}
	if err := site.Write(out); err != nil {
		t.Fatal(err)
	}
	if got := tree(t, out); got["assets/x.css"] != "x" {
		t.Errorf("site holds %v", got)
	}
	fi, err := os.Stat(out)
	if err != nil || fi.Mode().Perm() != 0o755 {
		t.Errorf("site folder mode %v (%v), want 0755", fi.Mode().Perm(), err)
	}
}

// TestStreamedSiteAsBuilt checks that a site whose CSV downloads are
// written as they are rendered (BuildStreamed, what the command uses) writes
// the same files, byte for byte, as one built in memory, that the streamed
// files hold no data before, and that Size counts what was written.
func TestStreamedSiteAsBuilt(t *testing.T) {
	pinRecommendations(t)
	built, err := Build(fixture(), fixtureMeta())
	if err != nil {
		t.Fatal(err)
	}
	streamed, err := BuildStreamed(fixture(), fixtureMeta())
	if err != nil {
		t.Fatal(err)
	}
	nStreamed := 0
	for _, f := range streamed.Files {
		if f.Data == nil && f.stream != nil {
			nStreamed++
			if !strings.HasSuffix(f.Path, ".csv") {
				t.Errorf("%s is streamed", f.Path)
			}
		}
	}
	if nStreamed != len(csvFiles) {
		t.Errorf("%d files streamed, want the %d CSV downloads", nStreamed, len(csvFiles))
	}
	dirA, dirB := filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")
	if err := built.Write(dirA); err != nil {
		t.Fatal(err)
	}
	if err := streamed.Write(dirB); err != nil {
		t.Fatal(err)
	}
	a, b := tree(t, dirA), tree(t, dirB)
	if len(a) != len(built.Files) || len(b) != len(a) {
		t.Fatalf("%d files in memory, %d and %d written", len(built.Files), len(a), len(b))
	}
	var size int64
	for p, data := range a {
		size += int64(len(data))
		if b[p] != data {
			t.Errorf("%s differs when streamed", p)
		}
	}
	if built.Size() != size || streamed.Size() != size {
		t.Errorf("sizes %d (built) and %d (streamed), %d written", built.Size(), streamed.Size(), size)
	}
	if f := streamed.File(unansweredPath); f == nil || string(f.Data) != a[unansweredPath] {
		t.Errorf("File does not render a streamed file on demand")
	}
}
