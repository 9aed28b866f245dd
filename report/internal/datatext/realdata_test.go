package datatext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/socialaudit/socialaudit/analyze/importers"
)

// realData is where the real exports are, beside the project (see
// ../shared/real-data/SOURCES.md); they are never copied into it.
const realData = "../../../../shared/real-data"

// TestRealDataTexts reads every real export and checks that each note,
// rejection reason and format name the importers wrote is known to the
// catalogue, so that a French data page of a real report is French.
func TestRealDataTexts(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(realData, "*.csv"))
	if len(files) == 0 {
		t.Skip(realData + " is absent")
	}
	n := 0
	for _, name := range files {
		if strings.Contains(name, "uci_facebook_metrics") {
			continue // no dates: no format reads it, on purpose
		}
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		file, err := importers.ReadFile(name, f, importers.Options{})
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		in := file.Input
		texts := append([]string{in.Format, in.Delimiter}, in.Notes...)
		for _, r := range in.Rejections {
			texts = append(texts, r.Reason)
		}
		for _, s := range texts {
			n++
			if !Known(s) {
				t.Errorf("%s: not translated: %q\n  gives %q", filepath.Base(name), s, In("fr", s))
			}
		}
	}
	t.Logf("%d texts of the real exports translated", n)
}
