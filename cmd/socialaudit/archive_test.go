package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/socialaudit/socialaudit/report/archive"
)

func runArchive(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	err = archiveCommand(args, &out, &errb)
	return out.String(), errb.String(), err
}

// twoReports builds the small fixture twice into site: once over its own
// span (2 to 10 March 2026), once over the month of March. Both have the
// figures TestBuildSmallFixture checks by hand: response rate 2/3, median
// first response 30 min, 1 unanswered, broadcast share 2/4, 7 negative
// feedback over 3,000 impressions, no page data, 4 customer comments.
func twoReports(t *testing.T) string {
	t.Helper()
	site := t.TempDir()
	for _, b := range [][]string{
		{"-o", filepath.Join(site, "acme", "span")},
		{"-o", filepath.Join(site, "acme", "march"), "--from", "2026-03-01", "--to", "2026-03-31"},
	} {
		args := append([]string{"build", "testdata/small", "--brand", "@ACME", "--tz", "Europe/Paris", "--client", "Acme"}, b...)
		if code, _, stderr := runCLI(t, epochEnv, args...); code != 0 {
			t.Fatalf("build: exit %d: %s", code, stderr)
		}
	}
	return site
}

func TestArchiveCommand(t *testing.T) {
	site := twoReports(t)
	stdout, stderr, err := runArchive(t, site)
	if err != nil {
		t.Fatalf("archive: %v", err)
	}
	if want := "Indexed 2 report(s). Open " + filepath.Join(site, "index.html") + " in a browser.\n"; stdout != want {
		t.Errorf("stdout %q, want %q", stdout, want)
	}
	if stderr != "" {
		t.Errorf("stderr %q, want nothing", stderr)
	}
	doc, err := os.ReadFile(filepath.Join(site, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	// The month starts first: 1 March before 2 March.
	row := `<tr><th scope="row"><a href="acme/march/index.html">Mar 2026</a></th><td>Acme</td>` +
		`<td class="num">66.7 %</td><td class="num">30 min</td><td class="num">1</td><td class="num">50.0 %</td>` +
		`<td class="num">2.33</td><td class="num not-measurable">not measurable</td><td class="num">4</td></tr>` + "\n" +
		`<tr><th scope="row"><a href="acme/span/index.html">2 Mar 2026 to 10 Mar 2026</a></th>`
	for _, s := range []string{row, "<title>Acme — report archive</title>", `<html lang="en">`} {
		if !bytes.Contains(doc, []byte(s)) {
			t.Errorf("index.html lacks %s", s)
		}
	}
	for _, f := range []string{"assets/site.css", "assets/echarts/echarts.min.js"} {
		if _, err := os.Stat(filepath.Join(site, f)); err != nil {
			t.Errorf("missing %s: %v", f, err)
		}
	}

	// Again, in French with a title: the index is rewritten in place.
	_, _, err = runArchive(t, "--lang", "fr", "--title", "Acme, revue trimestrielle", site)
	if err != nil {
		t.Fatalf("archive --lang fr: %v", err)
	}
	doc, _ = os.ReadFile(filepath.Join(site, "index.html"))
	for _, s := range []string{`<html lang="fr">`, "<h1>Acme, revue trimestrielle</h1>", `<td class="num">66,7` + "\u202f" + `%</td>`, ">mars 2026</a>"} {
		if !bytes.Contains(doc, []byte(s)) {
			t.Errorf("French index.html lacks %s", s)
		}
	}
}

func TestArchiveCommandProblems(t *testing.T) {
	site := twoReports(t)
	bad := filepath.Join(site, "other", "data")
	if err := os.MkdirAll(bad, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(bad, "metrics.json"), []byte(`{"generator": "othertool"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, err := runArchive(t, site)
	if err != nil {
		t.Fatalf("archive: %v", err)
	}
	if !strings.Contains(stdout, "Indexed 2 report(s); 1 folder(s) could not be read and are listed on the page.") {
		t.Errorf("stdout %q", stdout)
	}
	if !strings.HasPrefix(stderr, "socialaudit: warning: other: The file was not written by socialaudit") {
		t.Errorf("stderr %q", stderr)
	}
}

func TestArchiveCommandErrors(t *testing.T) {
	site := twoReports(t)
	reportPage := filepath.Join(site, "acme", "span", "index.html")
	before, err := os.ReadFile(reportPage)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args  []string
		usage bool
		want  string
	}{
		{nil, true, "archive needs the SITE_DIR"},
		{[]string{site, site}, true, "archive takes one SITE_DIR, not 2"},
		{[]string{"--lang", "de", site}, true, `--lang "de" is not supported: use en or fr`},
		{[]string{"--nope", site}, true, "unknown flag: --nope"},
		{[]string{t.TempDir()}, false, "no readable report found"},
		{[]string{filepath.Join(site, "acme", "span")}, false, "is itself a report"},
		{[]string{filepath.Join(site, "missing")}, false, "no such file or directory"},
	} {
		stdout, _, err := runArchive(t, tc.args...)
		if err == nil {
			t.Errorf("%v: no error", tc.args)
			continue
		}
		var ue usageError
		if errors.As(err, &ue) != tc.usage {
			t.Errorf("%v: usage error %v, want %v", tc.args, !tc.usage, tc.usage)
		}
		if !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: %q does not contain %q", tc.args, err, tc.want)
		}
		if stdout != "" {
			t.Errorf("%v: stdout %q", tc.args, stdout)
		}
	}
	// The report that was refused is untouched.
	if after, _ := os.ReadFile(reportPage); !bytes.Equal(before, after) {
		t.Error("archive changed the report's index.html")
	}
	_, err = archive.Build(filepath.Join(site, "acme", "span"), archive.Options{})
	if !errors.Is(err, archive.ErrSiteIsReport) {
		t.Errorf("got %v, want ErrSiteIsReport", err)
	}
}

func TestArchiveHelp(t *testing.T) {
	for _, args := range [][]string{{"-h"}, {"--help"}} {
		stdout, _, err := runArchive(t, args...)
		if err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		for _, s := range []string{"Usage: socialaudit archive [flags] SITE_DIR", "--lang LANGUAGE", "--title TEXT", "-h, --help"} {
			if !strings.Contains(stdout, s) {
				t.Errorf("%v: help lacks %q", args, s)
			}
		}
	}
}
