// Package importertest runs an importer on test input the way the registry
// does, checks the properties every importer must keep, and compares the
// result with a golden JSON file (UPDATE_GOLDEN=1 rewrites it).
package importertest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/analyze/internal/importer"
	"github.com/socialaudit/socialaudit/analyze/internal/table"
)

// Decode opens data as the file name, checks that format recognises it,
// and decodes it. A file-level error is returned, not reported.
func Decode(t testing.TB, format importer.Format, name string, data []byte, opts importer.Options) (*importer.File, error) {
	t.Helper()
	tb, err := table.Open(bytes.NewReader(data), table.Options{})
	if err != nil {
		return nil, err
	}
	head, err := tb.Peek(importer.MatchRows)
	if err != nil {
		return nil, err
	}
	if m := format.Match(head); !m.OK {
		return nil, fmt.Errorf("%s does not match %s: missing %v", name, format.ID, m.Missing)
	}
	f := importer.NewFile(name, tb, format, opts)
	if err := format.Decode(f); err != nil {
		return nil, err
	}
	if err := f.Finish(); err != nil {
		return nil, err
	}
	Check(t, f)
	return f, nil
}

// Check fails the test unless the file keeps the importer's promises: every
// row read is used or rejected, every record has an id and a time, and
// every rejection names its file and a line.
func Check(t testing.TB, f *importer.File) {
	t.Helper()
	in := f.Input
	if in.Rows != in.Used+in.Rejected {
		t.Errorf("%s: rows %d != used %d + rejected %d", in.File, in.Rows, in.Used, in.Rejected)
	}
	if n := len(f.Posts) + len(f.Comments) + len(f.Daily); n != in.Used {
		t.Errorf("%s: %d records but %d rows used", in.File, n, in.Used)
	}
	if len(in.Rejections) != in.Rejected {
		t.Errorf("%s: %d rejections listed, %d counted", in.File, len(in.Rejections), in.Rejected)
	}
	for _, r := range in.Rejections {
		if r.File != in.File || r.Line < 1 || r.Reason == "" {
			t.Errorf("bad rejection %+v", r)
		}
	}
	for _, p := range f.Posts {
		if p.ID == "" || p.Platform == "" || p.Published.IsZero() || p.Source.Line < 1 {
			t.Errorf("post without id, platform, time or line: %+v", p)
		}
	}
	for _, c := range f.Comments {
		if c.ID == "" || c.Platform == "" || c.Created.IsZero() || c.Source.Line < 1 {
			t.Errorf("comment without id, platform, time or line: %+v", c)
		}
	}
	for _, d := range f.Daily {
		if d.Platform == "" || d.Date.IsZero() || d.Source.Line < 1 {
			t.Errorf("day without platform, date or line: %+v", d)
		}
	}
}

// golden is the JSON form of a decoded file: the records, with times in
// UTC, and the accounting.
type golden struct {
	Input    analyze.Input     `json:"input"`
	Posts    []analyze.Post    `json:"posts,omitempty"`
	Comments []analyze.Comment `json:"comments,omitempty"`
	Daily    []analyze.Daily   `json:"daily,omitempty"`
}

// Golden compares the decoded file with testdata/<name>.golden.json, or
// rewrites it when UPDATE_GOLDEN=1. Review a rewritten file by hand: it is
// the expectation.
func Golden(t *testing.T, name string, f *importer.File) {
	t.Helper()
	g := golden{Input: f.Input, Posts: f.Posts, Comments: f.Comments, Daily: f.Daily}
	g.Input.First, g.Input.Last = g.Input.First.UTC(), g.Input.Last.UTC()
	for i := range g.Posts {
		g.Posts[i].Published = g.Posts[i].Published.UTC()
	}
	for i := range g.Comments {
		g.Comments[i].Created = g.Comments[i].Created.UTC()
	}
	got, err := json.MarshalIndent(g, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", name+".golden.json")
	if os.Getenv("UPDATE_GOLDEN") == "1" {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with UPDATE_GOLDEN=1 to create it, then check it by hand)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the decoded file (UPDATE_GOLDEN=1 rewrites it); got:\n%s", path, got)
	}
}

// RealData returns the path of a file of ../shared/real-data seen from a
// package directory depth levels below the module root, skipping the test
// when the folder is absent (it is never copied into the project).
func RealData(t testing.TB, depth int, name string) string {
	t.Helper()
	p := filepath.Join(append(repeat("..", depth+1), "shared", "real-data", name)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("real data not available: %v", err)
	}
	return p
}

func repeat(s string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = s
	}
	return out
}

// UTC parses an RFC 3339 time for expectations, panicking on a typo.
func UTC(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}
