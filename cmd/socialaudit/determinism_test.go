package main

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"testing"
)

// TestDeterministicAcrossZonesAndFileOrder builds the sample report with
// the binary, as a user would, under machine time zones far apart and from
// a copy of the sample whose files were written in the opposite order, and
// checks that every output file is byte-identical. The report's own zone
// is --tz; the machine's (TZ) must never leak into it.
func TestDeterministicAcrossZonesAndFileOrder(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the sample report several times")
	}
	bin := corpusBinary(t)
	sample := filepath.Join("..", "..", "sample-data")
	names, err := filepath.Glob(filepath.Join(sample, "*.csv"))
	if err != nil || len(names) < 3 {
		t.Fatalf("sample CSVs: %v %v", names, err)
	}
	// Two copies of the sample, as "sample-data" in two folders (file
	// names show on the data page): one written in order, one in reverse.
	forward, reversed := t.TempDir(), t.TempDir()
	copyAll := func(root string, names []string) {
		if err := os.Mkdir(filepath.Join(root, "sample-data"), 0o755); err != nil {
			t.Fatal(err)
		}
		for _, n := range names {
			b, err := os.ReadFile(n)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(root, "sample-data", filepath.Base(n)), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	sort.Strings(names)
	copyAll(forward, names)
	sort.Sort(sort.Reverse(sort.StringSlice(names)))
	copyAll(reversed, names)
	runs := []struct {
		name, tz, dir string
	}{
		{"UTC", "UTC", forward},
		{"Kiritimati", "Pacific/Kiritimati", forward},          // UTC+14
		{"Pago Pago", "Pacific/Pago_Pago", forward},            // UTC-11
		{"no TZ", "", forward},                                 // the machine's default
		{"files written in reverse", "Asia/Kolkata", reversed}, // and a half-hour offset
	}
	var first map[string][]byte
	for _, r := range runs {
		out := filepath.Join(t.TempDir(), "site")
		cmd := exec.Command(bin, "build", "--client", "Maison Brindille", "--brand", "maisonbrindille",
			"--brand", "Maison Brindille", "--tz", "Europe/Paris", "-o", out, "sample-data")
		cmd.Dir = r.dir
		cmd.Env = append(os.Environ(), "SOURCE_DATE_EPOCH=1790000000", "TZ="+r.tz)
		if r.tz == "" {
			cmd.Env = append(os.Environ(), "SOURCE_DATE_EPOCH=1790000000")
			cmd.Env = withoutTZ(cmd.Env)
		}
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%s: build: %v\n%s", r.name, err, b)
		}
		files := readTree(t, out)
		if first == nil {
			first = files
			continue
		}
		if len(files) != len(first) {
			t.Errorf("%s: %d files, the first run wrote %d", r.name, len(files), len(first))
		}
		for p, b := range first {
			if !bytes.Equal(files[p], b) {
				t.Errorf("%s: %s differs from the first run's", r.name, p)
			}
		}
	}
}

func withoutTZ(env []string) []string {
	var out []string
	for _, e := range env {
		if len(e) < 3 || e[:3] != "TZ=" {
			out = append(out, e)
		}
	}
	return out
}

// readTree reads every file under dir, by slash path.
func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
