package main

import (
	"bytes"
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
