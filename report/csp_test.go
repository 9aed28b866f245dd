package report

import (
	"os"
	"strings"
	"testing"
)

// TestScriptHash checks the hash against the example of the CSP3
// specification (section 2.3.1), so that a browser computes the same.
func TestScriptHash(t *testing.T) {
	if got, want := scriptHash("alert('Hello, world.');"), "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"; got != want {
		t.Errorf("scriptHash = %s, want %s", got, want)
	}
}

// TestCSPFirst checks that every page of a site and the single file start
// their head with the policy, with the charset still in the first 1024
// bytes (HTML's rule for a <meta charset>).
func TestCSPFirst(t *testing.T) {
	pinRecommendations(t)
	pages := allPages(t, brandedMeta(t))
	for name, page := range pages {
		head := page[strings.Index(page, "<head>")+len("<head>\n"):]
		if !strings.HasPrefix(head, `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src `) {
			t.Errorf("%s: the head does not start with the policy: %.200s", name, head)
		}
		if name != SingleFileName && !strings.HasPrefix(head, `<meta http-equiv="Content-Security-Policy" content="`+siteCSP+`">`) {
			t.Errorf("%s: not the site's policy: %.300s", name, head)
		}
		if i := strings.Index(page, `<meta charset="utf-8">`); i < 0 || i+len(`<meta charset="utf-8">`) > 1024 {
			t.Errorf("%s: the charset is at byte %d", name, i)
		}
		if n := strings.Count(page, "Content-Security-Policy"); n != 1 {
			t.Errorf("%s: %d policies", name, n)
		}
	}
}

// TestArchiveCSP checks that the archive index, which ships the same
// assets as a site, has the same policy first in its head.
func TestArchiveCSP(t *testing.T) {
	b, err := os.ReadFile("archive/archive.html")
	if err != nil {
		t.Fatal(err)
	}
	want := `<meta http-equiv="Content-Security-Policy" content="` + siteCSP + `">` + "\n<meta charset=\"utf-8\">"
	if !strings.Contains(string(b), want) {
		t.Errorf("archive/archive.html does not have %s", want)
	}
}

func TestWebURL(t *testing.T) {
	for _, tc := range []struct {
		url  string
		want bool
	}{
		{"https://www.facebook.com/maisondupont/posts/101", true},
		{"http://example.com/x?q=\"><script>", true}, // escaped by the template, a link still
		{"HTTPS://example.com/", true},
		{"", false},
		{"javascript:alert(1)", false},
		{" JaVaScRiPt:alert(1)", false},
		{"data:text/html,<script>alert(1)</script>", false},
		{"//example.com/x", false},
		{"/posts/1", false},
		{"https:///nohost", false},
		{"vbscript:x", false},
	} {
		if got := webURL(tc.url); got != tc.want {
			t.Errorf("webURL(%q) = %t, want %t", tc.url, got, tc.want)
		}
	}
}
