package recommend

import "testing"

// TestEscapeMarkdownIsolatesBidi: a name holding a right-to-left override
// or right-to-left letters is isolated, so it cannot reorder the figures
// around it; other names are left as they are.
func TestEscapeMarkdownIsolatesBidi(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Ann \u202eevil", "\u2068Ann \u202eevil\u2069"},
		{"שרה", "\u2068שרה\u2069"},
		{"مريم (x)", "\u2068مريم \\(x\\)\u2069"},
		{"Zoé Martin", "Zoé Martin"},
		{"a*b", "a\\*b"},
	} {
		if got := escapeMarkdown(tc.in); got != tc.want {
			t.Errorf("escapeMarkdown(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
