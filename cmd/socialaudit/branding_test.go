package main

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/socialaudit/socialaudit/report"
)

// writeLogos writes a PNG and an SVG logo into dir.
func writeLogos(t *testing.T, dir string) (pngPath, svgPath string) {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewGray(image.Rect(0, 0, 4, 2))); err != nil {
		t.Fatal(err)
	}
	pngPath, svgPath = filepath.Join(dir, "agency.png"), filepath.Join(dir, "client.svg")
	if err := os.WriteFile(pngPath, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	svg := `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 2"><rect width="2" height="2"/></svg>`
	if err := os.WriteFile(svgPath, []byte(svg), 0o644); err != nil {
		t.Fatal(err)
	}
	return pngPath, svgPath
}

func TestBrandingFlags(t *testing.T) {
	tmp := t.TempDir()
	pngPath, svgPath := writeLogos(t, tmp)
	out := filepath.Join(tmp, "site")
	code, _, stderr := runCLI(t, epochEnv, "build", "--brand", "acme", "-o", out,
		"--client", "Acme", "--client-logo", svgPath, "--agency", "Agence <b>Lumière</b>", "--agency-logo", pngPath,
		"--contact", "jeanne@example.org", "--accent", "#1B6E5A", "testdata/small")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, f := range []string{"assets/brand.css", "assets/brand/client-logo.svg", "assets/brand/agency-logo.png"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("missing %s: %v", f, err)
		}
	}
	index, _ := os.ReadFile(filepath.Join(out, "index.html"))
	for _, want := range []string{
		`<img class="client-logo" src="assets/brand/client-logo.svg" alt="Acme logo">`,
		`<span class="agency">Agence &lt;b&gt;Lumière&lt;/b&gt;</span>`,
		`<p class="contact">jeanne@example.org</p>`,
		`<link rel="stylesheet" href="assets/brand.css">`,
	} {
		if !bytes.Contains(index, []byte(want)) {
			t.Errorf("index.html lacks %q", want)
		}
	}
	css, _ := os.ReadFile(filepath.Join(out, "assets/brand.css"))
	if !bytes.Contains(css, []byte(":root { --accent: #1b6e5a; --accent-text: #1b6e5a; }")) {
		t.Errorf("brand.css:\n%s", css)
	}
}

func TestBrandingFlagErrors(t *testing.T) {
	tmp := t.TempDir()
	text := filepath.Join(tmp, "logo.png")
	os.WriteFile(text, []byte("not an image at all"), 0o644)
	big := filepath.Join(tmp, "big.png")
	if err := os.WriteFile(big, make([]byte, report.MaxLogoSize+1), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--accent", "red"}, exitUsage, `--accent: accent colour "red" is not written #RRGGBB`},
		{[]string{"--accent", "#12345"}, exitUsage, "#RRGGBB"},
		{[]string{"--client-logo", filepath.Join(tmp, "none.png")}, exitError, "--client-logo: stat " + filepath.Join(tmp, "none.png")},
		{[]string{"--agency-logo", text}, exitError, "--agency-logo " + text + ": not a PNG, JPEG, GIF, WebP or SVG image"},
		{[]string{"--client-logo", big}, exitError, "--client-logo " + big + ": the image is 2.0 MiB; a logo may be at most 2.0 MiB"},
		{[]string{"--client-logo", tmp}, exitError, "a folder, not an image file"},
		{[]string{"--single-file", "-o", tmp}, exitUsage, "--out " + tmp + " is a folder; with --single-file, --out names the HTML file"},
	} {
		args := append(append([]string{"build", "-o", filepath.Join(tmp, "site")}, tc.args...), "testdata/small")
		code, _, stderr := runCLI(t, epochEnv, args...)
		if code != tc.code || !strings.Contains(stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d and %q", tc.args, code, stderr, tc.code, tc.want)
		}
	}
	if _, err := os.Stat(filepath.Join(tmp, "site")); err == nil {
		t.Error("a site was written despite a bad flag")
	}
}

func TestSingleFileFlag(t *testing.T) {
	small, err := filepath.Abs("testdata/small")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	t.Chdir(dir)
	code, stdout, stderr := runCLI(t, epochEnv, "build", "--single-file", "--brand", "acme", small)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(filepath.Join(dir, report.SingleFileName))
	if err != nil {
		t.Fatalf("no report.html in the working folder: %v", err)
	}
	if want := fmt.Sprintf("Wrote report.html (%s)", humanBytes(len(b))); !strings.Contains(stdout, want) {
		t.Errorf("stdout %q does not give the size as %q", stdout, want)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("the single file left %d entries in the folder, want 1", len(entries))
	}
	s := string(b)
	for _, want := range []string{`<section id="page-index"`, `<section id="page-data"`, `<a href="#page-feedback">`, `download="unanswered.csv"`} {
		if !strings.Contains(s, want) {
			t.Errorf("report.html lacks %q", want)
		}
	}
	if strings.Contains(s, `src="assets/`) || strings.Contains(s, `href="assets/`) || strings.Contains(s, `href="data/`) {
		t.Error("report.html links a file beside it")
	}

	// --out names the file, in a folder made for it; two runs agree.
	named := filepath.Join(dir, "out", "acme-q3.html")
	if code, _, stderr := runCLI(t, epochEnv, "build", "--single-file", "--brand", "acme", "-o", named, small); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	again, err := os.ReadFile(named)
	if err != nil || !bytes.Equal(again, b) {
		t.Errorf("the second single file differs from the first (%v)", err)
	}
}
