package templates

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"regexp"
	"strings"
	"testing"
)

// TestEChartsRecord checks every vendored ECharts file against the sha256
// record written by scripts/vendor-echarts.sh, and that the record covers
// every file under assets/echarts/, which the site ships: the custom build,
// ECharts' LICENSE (with the licences of zrender and tslib, bundled in the
// build, appended) and NOTICE, and d3's licence, which LICENSE refers to.
func TestEChartsRecord(t *testing.T) {
	rec, err := Assets.ReadFile("assets/echarts.sha256")
	if err != nil {
		t.Fatalf("read record: %v", err)
	}
	want := map[string]bool{
		"echarts/echarts.min.js":      false,
		"echarts/LICENSE":             false,
		"echarts/NOTICE":              false,
		"echarts/licenses/LICENSE-d3": false,
	}
	shipped := map[string]bool{}
	err = fs.WalkDir(Assets, "assets/echarts", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			shipped[strings.TrimPrefix(p, "assets/")] = false
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(bytes.NewReader(rec))
	for sc.Scan() {
		sum, name, ok := strings.Cut(sc.Text(), "  ")
		if !ok || len(sum) != 64 {
			t.Fatalf("record line %q is not in sha256sum format", sc.Text())
		}
		data, err := Assets.ReadFile("assets/" + name)
		if err != nil {
			t.Fatalf("record lists %s: %v", name, err)
		}
		got := sha256.Sum256(data)
		if hex.EncodeToString(got[:]) != sum {
			t.Errorf("%s: sha256 %x, record says %s", name, got, sum)
		}
		if _, ok := want[name]; ok {
			want[name] = true
		}
		if _, ok := shipped[name]; ok {
			shipped[name] = true
		}
	}
	for name, seen := range want {
		if !seen {
			t.Errorf("record does not list %s", name)
		}
	}
	for name, seen := range shipped {
		if !seen {
			t.Errorf("assets/%s ships but the record does not list it", name)
		}
	}
	// The licence of every bundled package reaches a single-file report
	// too, which carries LICENSE and NOTICE only: ECharts' own, zrender's
	// (BSD-3-Clause) and tslib's (0BSD).
	license, err := Assets.ReadFile("assets/echarts/LICENSE")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Apache License", "Copyright (c) 2017, Baidu Inc.", "Copyright (c) Microsoft Corporation."} {
		if !bytes.Contains(license, []byte(s)) {
			t.Errorf("assets/echarts/LICENSE does not contain %q", s)
		}
	}
}

// TestEChartsVersion checks that the recorded version is the one in the
// embedded build, so the record cannot drift from the file.
func TestEChartsVersion(t *testing.T) {
	v := EChartsVersion()
	if !regexp.MustCompile(`^\d+\.\d+\.\d+$`).MatchString(v) {
		t.Fatalf("EChartsVersion() = %q, want X.Y.Z", v)
	}
	js, err := Assets.ReadFile("assets/" + EChartsScript)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(js, []byte(`version="`+v+`"`)) && !bytes.Contains(js, []byte(`"`+v+`"`)) {
		t.Errorf("%s does not carry version %s", EChartsScript, v)
	}
	// The script is served as a file, but must stay safe to inline.
	if bytes.Contains(bytes.ToLower(js), []byte("</script")) {
		t.Errorf("%s contains </script", EChartsScript)
	}
}

// TestNoExternalURLInSiteFiles checks that the stylesheet and the page
// templates load nothing from outside the site.
func TestNoExternalURLInSiteFiles(t *testing.T) {
	check := func(fsys fs.FS, pattern string) {
		names, err := fs.Glob(fsys, pattern)
		if err != nil || len(names) == 0 {
			t.Fatalf("glob %s: %v %v", pattern, names, err)
		}
		for _, n := range names {
			b, _ := fs.ReadFile(fsys, n)
			for _, bad := range []string{"http://", "https://", "//cdn", "@import", "url("} {
				if bytes.Contains(b, []byte(bad)) {
					t.Errorf("%s contains %q", n, bad)
				}
			}
		}
	}
	check(Assets, "assets/*.css")
	check(HTML, "html/*.html")
}
