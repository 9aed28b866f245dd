package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// stepClock returns a clock that moves on by step at each reading.
func stepClock(step time.Duration) func() time.Time {
	t := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	return func() time.Time {
		t = t.Add(step)
		return t
	}
}

func TestProgressSilentWhenNotATerminal(t *testing.T) {
	var buf bytes.Buffer
	if isTerminal(&buf) {
		t.Error("a buffer is a terminal")
	}
	f, err := os.Create(filepath.Join(t.TempDir(), "log"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if isTerminal(f) {
		t.Error("a regular file is a terminal")
	}
	p := newProgress(&buf, false, stepClock(time.Second))
	if p != nil {
		t.Fatal("a bar for a non-terminal")
	}
	p.reading(inputBytes([]string{f.Name()}))
	r := p.file(f.Name(), f)
	if r != io.ReadSeeker(f) {
		t.Error("the file is wrapped for nothing")
	}
	p.stage("Analysing")
	p.finish()
	if buf.Len() != 0 {
		t.Errorf("wrote %q", buf.String())
	}
}

// TestProgressBar reads a 10,000-byte file 100 bytes at a time on a clock
// that moves 30 ms per reading: the file's name is drawn at once (1 draw),
// then a redraw every 4th read (120 ms >= 100 ms): 25 more draws, 26 in
// all. Reading the file again after a seek counts no byte twice.
func TestProgressBar(t *testing.T) {
	name := filepath.Join(t.TempDir(), "posts.csv")
	if err := os.WriteFile(name, bytes.Repeat([]byte("x"), 10000), 0o644); err != nil {
		t.Fatal(err)
	}
	fh, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	var buf bytes.Buffer
	p := newProgress(&buf, true, stepClock(30*time.Millisecond))
	p.reading(inputBytes([]string{name}))
	r := p.file(name, fh)
	chunk := make([]byte, 100)
	for {
		if _, err := r.Read(chunk); err == io.EOF {
			break
		}
	}
	if _, err := r.Seek(0, io.SeekStart); err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, r)
	if p.done != 10000 || p.total != 10000 {
		t.Errorf("done %d of %d, want 10000 of 10000", p.done, p.total)
	}
	draws := strings.Split(buf.String(), "\r")[1:]
	if len(draws) != 26 {
		t.Errorf("%d draws, want 26", len(draws))
	}
	if want := "Reading [------------------------------]   0%  posts.csv\x1b[K"; draws[0] != want {
		t.Errorf("first draw %q, want %q", draws[0], want)
	}
	if want := "Reading [##############################] 100%  posts.csv\x1b[K"; draws[len(draws)-1] != want {
		t.Errorf("last draw %q, want %q", draws[len(draws)-1], want)
	}
	if want := "Reading [###---------------------------]  12%  posts.csv\x1b[K"; draws[3] != want {
		t.Errorf("fourth draw %q, want %q", draws[3], want)
	}
	buf.Reset()
	p.stage("Analysing the records")
	p.finish()
	p.finish()
	if got, want := buf.String(), "\rAnalysing the records...\x1b[K\r\x1b[K"; got != want {
		t.Errorf("stage and finish wrote %q, want %q", got, want)
	}
}

func TestPrintable(t *testing.T) {
	for in, want := range map[string]string{
		"posts.csv":                        "posts.csv",
		"evil\x1b]0;title\x07.csv":         "evil?]0;title?.csv",
		"a-very-long-export-file-name.csv": "a-very-long-export-file-name.…",
	} {
		if got := printable(in, 30); got != want {
			t.Errorf("printable(%q) = %q, want %q", in, got, want)
		}
	}
}

// rejectionWarning is what build says on stderr about testdata/small.
const rejectionWarning = "socialaudit: warning: 1 row(s) rejected; the report's data page lists them all:\n" +
	"  testdata/small/posts.csv:4: column \"impressions\": \"n/a\" is not a whole number\n"

func TestBuildProgressOnTerminalOnly(t *testing.T) {
	// Not a terminal (a buffer): today's messages and nothing else.
	code, _, stderr := runCLI(t, epochEnv, "build", "--brand", "acme", "-o", t.TempDir(), "testdata/small")
	if code != 0 || stderr != rejectionWarning {
		t.Errorf("exit %d, stderr %q, want %q", code, stderr, rejectionWarning)
	}

	orig := isTerminal
	isTerminal = func(io.Writer) bool { return true }
	defer func() { isTerminal = orig }()
	out := t.TempDir()
	code, _, stderr = runCLI(t, epochEnv, "build", "--brand", "acme", "-o", out, "testdata/small")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	// The fixed test clock never moves: only the forced draws show, one
	// per file and one per stage, then the line is cleared before the
	// warnings. comments.csv is 437 of the 728 bytes: 60 %, 18 cells.
	want := "\rReading [------------------------------]   0%  comments.csv\x1b[K" +
		"\rReading [##################------------]  60%  posts.csv\x1b[K" +
		"\rAnalysing the records...\x1b[K" +
		"\rWriting the report...\x1b[K" +
		"\r\x1b[K" + rejectionWarning
	if stderr != want {
		t.Errorf("stderr\n%q\nwant\n%q", stderr, want)
	}
}
