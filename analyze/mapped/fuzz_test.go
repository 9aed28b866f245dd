package mapped

import (
	"os"
	"testing"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/analyze/internal/importer"
	"github.com/socialaudit/socialaudit/analyze/internal/importer/importertest"
	"github.com/socialaudit/socialaudit/analyze/internal/table"
)

// FuzzParse: Parse never panics, and a mapping it accepts is usable: a
// valid kind with its required fields mapped, a platform from somewhere, a
// header row the registry can see, a delimiter of the allowed set, and a
// format whose Match and Decode are set.
func FuzzParse(f *testing.F) {
	for _, p := range []string{"testdata/inbox.toml", "testdata/inbox.yaml", "testdata/posts.yaml", "testdata/daily.toml"} {
		data, _ := os.ReadFile(p)
		f.Add(uint8(0), data)
		f.Add(uint8(1), data)
		f.Add(uint8(2), data)
	}
	f.Add(uint8(0), []byte("kind = \"comments\"\nbrand = { column = \"A\", values = \"x\" }\n[columns]\nid = \"a\"\n"))
	f.Add(uint8(1), []byte("kind: posts\ncolumns: {id: a, published: b}\ndate_layout: \"[T]YYYY hh A\"\n"))
	exts := []string{"m.toml", "m.yaml", "m.map"}
	f.Fuzz(func(t *testing.T, ext uint8, data []byte) {
		m, err := Parse(exts[int(ext)%len(exts)], data)
		if err != nil {
			if m != nil {
				t.Fatal("a mapping and an error")
			}
			return
		}
		fields, ok := kindFields[m.kind]
		if !ok {
			t.Fatalf("accepted kind %q", m.kind)
		}
		mapped := map[string]bool{}
		for _, c := range m.columns {
			if c.header == "" || !contains(append(fields, common...), c.field) {
				t.Fatalf("accepted column %+v for %s", c, m.kind)
			}
			mapped[c.field] = true
		}
		for _, r := range required[m.kind] {
			if !mapped[r] {
				t.Fatalf("accepted a %s mapping without %s", m.kind, r)
			}
		}
		if (m.platform == "") == !mapped["platform"] {
			t.Fatalf("platform constant %q and column %v", m.platform, mapped["platform"])
		}
		if m.headerRow < 1 || m.headerRow > importer.MatchRows {
			t.Fatalf("header row %d", m.headerRow)
		}
		switch m.Comma() {
		case 0, ',', ';', '\t', '|':
		default:
			t.Fatalf("delimiter %q", m.Comma())
		}
		if m.brandColumn != "" && (m.kind != "comments" || len(m.brandValues) == 0 || mapped["from_brand"]) {
			t.Fatalf("brand %q %q on %s", m.brandColumn, m.brandValues, m.kind)
		}
		fm := m.Format()
		if fm.ID == "" || fm.Name == "" || fm.Match == nil || fm.Decode == nil {
			t.Fatalf("format %+v", fm)
		}
		fm.Match(nil)
		fm.Match([]table.Record{{Fields: []string{"a", "b"}}})
	})
}

// FuzzDecode feeds any bytes to the inbox mapping. Beyond
// importertest.Check (every row used or rejected, every record with an
// id, a platform and a time), every comment keeps what the mapping
// promises: a platform read lower-case from Network, a time on a whole
// minute (the layout has no seconds), a line below the header row, and a
// brand flag set only from the Author column.
func FuzzDecode(f *testing.F) {
	data, _ := os.ReadFile("testdata/inbox.csv")
	f.Add(data)
	f.Add([]byte("note\nID;Conversation;Parent;Network;Profile;Author;Author ID;Date;Message;Hidden\nc1;p;;FB;P;Lumen Home;u;29/03/2026 02:30;x;oui\n"))
	f.Add([]byte("\nID;Conversation;Parent;Network;Profile;Author;Author ID;Date;Message;Hidden\n\"a\n;;;;;;;;;\n"))
	m := mustParse(f, "testdata/inbox.toml")
	f.Fuzz(func(t *testing.T, data []byte) {
		fl, err := importertest.Decode(t, m.Format(), "fuzz.csv", data, importer.Options{})
		if err != nil {
			return // a file-level error (no match, empty, binary) is fine
		}
		for _, c := range fl.Comments {
			if c.Created.Second() != 0 || c.Created.Nanosecond() != 0 {
				t.Errorf("comment %s at %v: not on a whole minute", c.ID, c.Created)
			}
			if c.Source.Line <= m.headerRow {
				t.Errorf("comment %s from line %d, at or above the header", c.ID, c.Source.Line)
			}
			if c.FromBrand == analyze.FlagYes && importer.Norm(c.AuthorName) != "lumen home" {
				t.Errorf("comment %s by %q marked the brand's", c.ID, c.AuthorName)
			}
			if c.FromBrand == analyze.FlagUnknown && c.AuthorName != "" {
				t.Errorf("comment %s by %q left unknown", c.ID, c.AuthorName)
			}
		}
		for _, r := range fl.Input.Rejections {
			if r.Line <= m.headerRow {
				t.Errorf("rejection above the header: %+v", r)
			}
		}
	})
}
