package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"testing"
)

// The corpus of bad inputs (../../testdata/corpus): each case is a folder
// holding its input files in input/, or inputs the test makes (too large to commit, or which git
// cannot hold), and want.txt, the exact outcome of `check` and of `build`
// on them: exit status, standard output and standard error. Run
//
//	go test ./cmd/socialaudit -run Corpus -update
//
// to rewrite want.txt after an intended change, and read the diff.

var update = flag.Bool("update", false, "rewrite the corpus outcomes (testdata/corpus/*/want.txt)")

const corpusDir = "../../testdata/corpus"

// madeCases are the cases whose inputs the test makes: make returns the
// PATH to give the commands (under dir, a fresh folder).
var madeCases = map[string]func(t *testing.T, dir string) string{
	// A file that is not there.
	"missing-file": func(t *testing.T, dir string) string { return filepath.Join(dir, "comments.csv") },
	// A folder without a single CSV (git keeps no empty folder).
	"empty-folder": func(t *testing.T, dir string) string { return dir },
	// A folder the user may not read.
	"no-permission": func(t *testing.T, dir string) string {
		in := filepath.Join(dir, "exports")
		if err := os.Mkdir(in, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(in, "comments.csv"), []byte(ownCommentsHeader+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(in, 0); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(in, 0o755) })
		return in
	},
	// One cell of 50 MB: the row is rejected, and memory stays flat.
	"huge-cell": func(t *testing.T, dir string) string {
		name := filepath.Join(dir, "comments.csv")
		f, err := os.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(f, "%s\nfacebook,acme,c1,p1,,u1,Ann,false,2026-03-01T10:00:00Z,\"", ownCommentsHeader)
		chunk := bytes.Repeat([]byte("spam "), 1<<16) // 320 KiB
		for n := 0; n < 50<<20; n += len(chunk) {
			f.Write(chunk[:min(len(chunk), 50<<20-n)])
		}
		fmt.Fprintf(f, "\",false\nfacebook,acme,c2,p1,c1,acme,Acme,true,2026-03-01T12:00:00Z,thanks,false\n")
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		return name
	},
}

const ownCommentsHeader = "platform,account,comment_id,post_id,parent_id,author_id,author_name,from_brand,created_at,text,hidden"

// noEpoch is an environment without SOURCE_DATE_EPOCH: the clock is
// fixedNow (2030-01-01), which the future-date checks measure against.
func noEpoch(string) (string, bool) { return "", false }

func TestCorpus(t *testing.T) {
	entries, err := os.ReadDir(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	var cases []string
	for _, e := range entries {
		if e.IsDir() {
			cases = append(cases, e.Name())
		}
	}
	for name := range madeCases {
		if _, err := os.Stat(filepath.Join(corpusDir, name)); err != nil {
			t.Errorf("made case %s has no folder (with want.txt) in %s", name, corpusDir)
		}
	}
	sort.Strings(cases)
	if len(cases) < 16 {
		t.Fatalf("%d cases in %s, want the 16 of issue 6 at least", len(cases), corpusDir)
	}
	for _, name := range cases {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join(corpusDir, name)
			input := filepath.Join(dir, "input")
			if make, ok := madeCases[name]; ok {
				tmp, err := os.MkdirTemp("", "corpus-")
				if err != nil {
					t.Fatal(err)
				}
				// Readable by anyone, so that the permission case can run as
				// another user; removed at the end.
				os.Chmod(tmp, 0o755)
				t.Cleanup(func() { os.RemoveAll(tmp) })
				dir, input = tmp, make(t, tmp)
			}
			got := corpusOutcome(t, name, dir, input)
			wantFile := filepath.Join(corpusDir, name, "want.txt")
			if *update {
				if err := os.WriteFile(wantFile, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(wantFile)
			if err != nil {
				t.Fatalf("%v (run with -update to write it)", err)
			}
			if got != string(want) {
				t.Errorf("outcome differs from %s (-update rewrites it):\n--- got\n%s\n--- want\n%s", wantFile, got, want)
			}
		})
	}
}

// corpusOutcome runs check, then build, on input and writes down what
// happened, with the case folder shown as $CASE and the output as $OUT.
func corpusOutcome(t *testing.T, name, dir, input string) string {
	out := filepath.Join(t.TempDir(), "site")
	var b strings.Builder
	for _, args := range [][]string{
		{"check", input},
		{"build", "--brand", "acme", "-o", out, input},
	} {
		code, stdout, stderr := corpusRun(t, name, args)
		clean := func(s string) string {
			s = strings.ReplaceAll(s, out, "$OUT")
			s = strings.ReplaceAll(s, dir, "$CASE")
			return sizes.ReplaceAllString(s, "${1}($$SIZE)")
		}
		shown := append([]string{"socialaudit"}, args...)
		fmt.Fprintf(&b, "$ %s\nexit %d\n", clean(strings.Join(shown, " ")), code)
		for _, o := range []struct{ name, text string }{{"stdout", stdout}, {"stderr", stderr}} {
			if o.text == "" {
				continue
			}
			fmt.Fprintf(&b, "%s:\n", o.name)
			for _, line := range strings.Split(strings.TrimSuffix(clean(o.text), "\n"), "\n") {
				fmt.Fprintf(&b, "| %s\n", line)
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

// sizes matches the byte sizes the build prints, which change with every
// template edit and are not the point of the corpus.
var sizes = regexp.MustCompile(`(Wrote [^(\n]*)\(\d+(?:\.\d+)? (?:B|KiB|MiB|GiB)\)`)

// corpusRun runs the command in-process, except for the permission case
// as root: root reads any folder, so the command runs as nobody through
// setpriv, from a binary built for it.
func corpusRun(t *testing.T, name string, args []string) (int, string, string) {
	if name != "no-permission" || os.Geteuid() != 0 {
		return runCLI(t, noEpoch, args...)
	}
	if runtime.GOOS != "linux" {
		t.Skip("as root, the permission case needs setpriv (Linux)")
	}
	bin := corpusBinary(t)
	cmd := exec.Command("setpriv", append([]string{"--reuid=65534", "--regid=65534", "--clear-groups", bin}, args...)...)
	cmd.Dir = os.TempDir()
	var so, se bytes.Buffer
	cmd.Stdout, cmd.Stderr = &so, &se
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("setpriv: %v", err)
	}
	return code, so.String(), se.String()
}

// corpusBinary builds socialaudit once, readable by anyone.
func corpusBinary(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "corpus-bin-")
	if err != nil {
		t.Fatal(err)
	}
	os.Chmod(dir, 0o755)
	t.Cleanup(func() { os.RemoveAll(dir) })
	bin := filepath.Join(dir, "socialaudit")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}
