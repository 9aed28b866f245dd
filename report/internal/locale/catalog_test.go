package locale

import "testing"

// TestTIsolatesBidi: a string argument with a right-to-left override is
// isolated in the sentence, so the count after it keeps its place; a plain
// one is left as it is.
func TestTIsolatesBidi(t *testing.T) {
	Register(map[string]Message{"test.isolate": {En: "%s wrote %s replies", Fr: "%s a écrit %s réponses"}})
	if got, want := English.T("test.isolate", "Ann\u202e", "12"), "\u2068Ann\u202e\u2069 wrote 12 replies"; got != want {
		t.Errorf("T = %q, want %q", got, want)
	}
	if got, want := French.T("test.isolate", "Zoé", "3"), "Zoé a écrit 3 réponses"; got != want {
		t.Errorf("T = %q, want %q", got, want)
	}
	if got := Isolate("مريم"); got != "\u2068مريم\u2069" {
		t.Errorf("Isolate(Arabic) = %q", got)
	}
}
