package anonymize

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzReplace checks, on any text, that every mention of a known author is
// gone after one pass (a second pass finds nothing), that text without "@"
// or a known full name comes back unchanged, and that valid UTF-8 stays
// valid.
func FuzzReplace(f *testing.F) {
	for _, s := range []string{
		"@jane_doe hi", "Jane Doe, hello", "x@jane_doe", "@jane_doe.", "@Jane Doe!", "JANE\tDOE", "@", "é@jane_doe", "Jane Doer",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		m := newMentions()
		m.add("x", "jane_doe", "commenter-0001")
		m.add("x", "Jane Doe", "commenter-0001")
		m.add("x", "Bob", "commenter-0002")
		out, n := m.replace("x", text)
		if again, n2 := m.replace("x", out); n2 != 0 {
			t.Fatalf("%q -> %q -> %q: %d mentions left", text, out, again, n2)
		}
		if n == 0 && out != text {
			t.Fatalf("%q changed to %q with no mention", text, out)
		}
		if !strings.Contains(text, "@") && !strings.Contains(strings.ToLower(text), "jane") && out != text {
			t.Fatalf("%q changed to %q", text, out)
		}
		if utf8.ValidString(text) && !utf8.ValidString(out) {
			t.Fatalf("%q gave invalid UTF-8 %q", text, out)
		}
	})
}
