package hostile

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestCorpus(t *testing.T) {
	names := map[string]bool{}
	for _, e := range Corpus() {
		if names[e.Name] {
			t.Errorf("two entries named %q", e.Name)
		}
		names[e.Name] = true
		if n := utf8.RuneCountInString(e.Text); n > 100 {
			t.Errorf("%s: %d runes, more than the shortest cut of the report", e.Name, n)
		}
	}
	h := Huge()
	if len(h) != HugeSize || !strings.HasPrefix(h, HugePrefix) || !strings.HasSuffix(h, Corpus()[0].Text) || !utf8.ValidString(h) {
		t.Errorf("Huge: %d bytes, prefix %q", len(h), h[:40])
	}
	for _, f := range Formulas() {
		if !strings.ContainsRune("=+-@\t\r", rune(f[0])) {
			t.Errorf("formula %q does not begin as a formula", f)
		}
	}
}
