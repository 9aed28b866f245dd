package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"testing"

	"github.com/socialaudit/socialaudit/internal/sampledata"
)

func TestRunWritesEveryFile(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	var stderr bytes.Buffer
	if err := run([]string{"-out", dir}, &stderr); err != nil {
		t.Fatalf("run: %v (stderr %q)", err, stderr.String())
	}
	files, err := sampledata.Generate()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		got, err := os.ReadFile(filepath.Join(dir, f.Name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, f.Data) {
			t.Errorf("%s written differs from Generate's", f.Name)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 4 {
		t.Errorf("%d files written, want 4", len(entries))
	}
}

func TestRunRejectsUnknownFlag(t *testing.T) {
	var stderr bytes.Buffer
	if err := run([]string{"-bogus"}, &stderr); err == nil {
		t.Error("run accepted -bogus")
	}
}

// TestRunWritesHostileText reads the written comments.csv and posts.csv back
// with encoding/csv, as the importer does, and finds every hostile comment
// (text and author name, byte for byte) and the hostile post: quoting must
// not change them.
func TestRunWritesHostileText(t *testing.T) {
	dir := t.TempDir()
	if err := run([]string{"-out", dir}, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	read := func(name string) []map[string]string {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var rows []map[string]string
		for _, r := range recs[1:] {
			m := map[string]string{}
			for i, h := range recs[0] {
				m[h] = r[i]
			}
			rows = append(rows, m)
		}
		return rows
	}
	comments := read("comments.csv")
	for _, h := range sampledata.HostileComments() {
		found := false
		for _, c := range comments {
			if c["platform"] == h.Platform && c["author_id"] == h.AuthorID && c["author_name"] == h.AuthorName && c["text"] == h.Text {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("hostile comment %+v not in the written comments.csv", h)
		}
	}
	n := 0
	for _, p := range read("posts.csv") {
		if p["text"] == sampledata.HostilePostText {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d posts with the hostile text, want 1", n)
	}
}
