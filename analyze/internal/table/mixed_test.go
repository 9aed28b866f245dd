package table

import (
	"bytes"
	"io"
	"reflect"
	"strings"
	"testing"
)

// UTF-8 and Windows-1252 lines in one file: each part is read in its own
// encoding, and the lines read as Windows-1252 are counted.
func TestMixedEncodings(t *testing.T) {
	cases := []struct {
		name  string
		in    string
		enc   Encoding
		mixed Mixed
		want  [][]string
	}{
		{"one Latin-1 line", "text\ncafé\ncaf\xe9\n", UTF8Mixed, Mixed{Lines: 1, First: 3}, [][]string{{"text"}, {"café"}, {"café"}}},
		// Two bad bytes on one line count one line; the € (0x80) and the
		// curly quote (0x92) are Windows-1252, not Latin-1.
		{"three lines", "a,b\n\x80 \xe0,1\nnaïve,2\n\"l\xe0\n\x92s\",3\n", UTF8Mixed, Mixed{Lines: 3, First: 2},
			[][]string{{"a", "b"}, {"€ à", "1"}, {"naïve", "2"}, {"là\n’s", "3"}}},
		// A U+FFFD written in UTF-8 is valid text, not a bad byte.
		{"replacement char", "x\n\ufffd\n\xe9\n", UTF8Mixed, Mixed{Lines: 1, First: 3}, [][]string{{"x"}, {"\ufffd"}, {"é"}}},
		// Without a single UTF-8 sequence the file is Windows-1252, as
		// before: no note, no line counted.
		{"pure Windows-1252", "text\ncaf\xe9\n\x93quoted\x94\n", Windows1252, Mixed{}, [][]string{{"text"}, {"café"}, {"“quoted”"}}},
		{"pure UTF-8", "text\ncafé\n", UTF8, Mixed{}, [][]string{{"text"}, {"café"}}},
	}
	for _, c := range cases {
		for _, wrap := range []string{"seeker", "stream"} {
			var r io.Reader = strings.NewReader(c.in)
			if wrap == "stream" {
				r = io.MultiReader(r)
			}
			tb, err := Open(r, Options{})
			if err != nil {
				t.Fatalf("%s/%s: %v", c.name, wrap, err)
			}
			if tb.Encoding != c.enc || tb.Mixed != c.mixed {
				t.Errorf("%s/%s: encoding %q %+v, want %q %+v", c.name, wrap, tb.Encoding, tb.Mixed, c.enc, c.mixed)
			}
			var got [][]string
			for _, rec := range readAll(t, tb) {
				got = append(got, rec.Fields)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("%s/%s:\n got %q\nwant %q", c.name, wrap, got, c.want)
			}
		}
	}
}

// A rune cut by the boundary of a read chunk (of the scan, 256 KiB, and of
// the decoder, 4 KiB) is neither a bad byte nor lost; a bad byte far down
// the file is found on its line.
func TestMixedChunkBoundaries(t *testing.T) {
	for _, pad := range []int{4095, 4096, 4097, 256<<10 - 1, 256 << 10} {
		var b bytes.Buffer
		b.WriteString("h\n")
		b.WriteString(strings.Repeat("x", pad-2))
		b.WriteString("é\n")                     // straddles the boundary
		b.WriteString(strings.Repeat("y\n", 10)) // lines 3 to 12
		b.WriteString("\xe9\n")                  // line 13
		tb, err := Open(bytes.NewReader(b.Bytes()), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if tb.Encoding != UTF8Mixed || tb.Mixed != (Mixed{Lines: 1, First: 13}) {
			t.Errorf("pad %d: %s %+v", pad, tb.Encoding, tb.Mixed)
		}
		recs := readAll(t, tb)
		if len(recs) != 13 || recs[1].Fields[0] != strings.Repeat("x", pad-2)+"é" || recs[12].Fields[0] != "é" || recs[12].Line != 13 {
			t.Errorf("pad %d: %d records, last %v", pad, len(recs), recs[len(recs)-1])
		}
	}
}
