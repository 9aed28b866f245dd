package report

import (
	"regexp"
	"strings"
	"testing"
)

// TestTitleIsolatesTheClient checks that a client name holding a bidi
// override is wrapped in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE in
// every <title>, which cannot hold markup, so that it reorders nothing after
// it; a plain name is left as it is.
func TestTitleIsolatesTheClient(t *testing.T) {
	pinRecommendations(t)
	title := regexp.MustCompile(`<title>([^<]*)</title>`)
	for _, c := range []struct{ client, want string }{
		{"Ann\u202Etxet", "\u2068Ann\u202Etxet\u2069"},
		{"Maison Dupont", "Maison Dupont"},
	} {
		meta := fixtureMeta()
		meta.Client = c.client
		pages := allPages(t, meta)
		for name, page := range pages {
			m := title.FindStringSubmatch(page)
			if m == nil || !strings.HasSuffix(m[1], c.want) || strings.Count(m[1], "\u2068") != strings.Count(c.want, "\u2068") {
				t.Errorf("%s, client %q: title %q, want it to end with %q", name, c.client, m, c.want)
			}
		}
	}
}
