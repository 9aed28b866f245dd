package table

import (
	"bytes"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"
	"unicode/utf16"
)

func utf16le(s string, bom bool) []byte {
	var b bytes.Buffer
	if bom {
		b.Write([]byte{0xff, 0xfe})
	}
	for _, u := range utf16.Encode([]rune(s)) {
		b.WriteByte(byte(u))
		b.WriteByte(byte(u >> 8))
	}
	return b.Bytes()
}

func readAll(t *testing.T, tb *Table) []Record {
	t.Helper()
	var out []Record
	for {
		rec, err := tb.Next()
		if err == io.EOF {
			return out
		}
		var re *RowError
		if errors.As(err, &re) {
			out = append(out, Record{Fields: []string{"ERR " + re.Reason}, Line: re.Line})
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, rec)
	}
}

func TestOpen(t *testing.T) {
	cases := []struct {
		name  string
		in    []byte
		enc   Encoding
		comma rune
		want  []Record
	}{
		{"utf8 comma", []byte("a,b\n1,\"x\ny\"\n2,z\n"), UTF8, ',', []Record{{[]string{"a", "b"}, 1}, {[]string{"1", "x\ny"}, 2}, {[]string{"2", "z"}, 4}}},
		{"bom semicolon crlf", []byte("\xef\xbb\xbfa;b\r\n1,5;2\r\n"), UTF8BOM, ';', []Record{{[]string{"a", "b"}, 1}, {[]string{"1,5", "2"}, 2}}},
		{"tab", []byte("a\tb\tc\n1\t2\t3\n"), UTF8, '\t', []Record{{[]string{"a", "b", "c"}, 1}, {[]string{"1", "2", "3"}, 2}}},
		{"cp1252", []byte("city,n\nCatalu\xf1a,1\n\x80,2\n"), Windows1252, ',', []Record{{[]string{"city", "n"}, 1}, {[]string{"Cataluña", "1"}, 2}, {[]string{"€", "2"}, 3}}},
		{"utf16 sep line", utf16le("sep=,\r\n\"Facebook follows\"\r\n\"Date\",\"Primary\"\r\n\"2025-08-01T00:00:00\",\"20\"\r\n", true), UTF16LE, ',',
			[]Record{{[]string{"Facebook follows"}, 2}, {[]string{"Date", "Primary"}, 3}, {[]string{"2025-08-01T00:00:00", "20"}, 4}}},
		{"bad row goes on", []byte("a,b\n1,\"x\"y\n2,z\n"), UTF8, ',', []Record{{[]string{"a", "b"}, 1}, {[]string{`ERR extraneous or missing " in quoted-field (at column 5)`}, 2}, {[]string{"2", "z"}, 3}}},
		{"pipe", []byte("a|b|c\n1|x,y|3\n"), UTF8, '|', []Record{{[]string{"a", "b", "c"}, 1}, {[]string{"1", "x,y", "3"}, 2}}},
		// A comma file whose text holds pipes stays a comma file.
		{"pipes in a comma file", []byte("a,b\n1,x|y\n2,z\n"), UTF8, ',', []Record{{[]string{"a", "b"}, 1}, {[]string{"1", "x|y"}, 2}, {[]string{"2", "z"}, 3}}},
		{"bare cr kept in cell", []byte("a,b\n1,x\r\ry\n"), UTF8, ',', []Record{{[]string{"a", "b"}, 1}, {[]string{"1", "x\r\ry"}, 2}}},
	}
	for _, c := range cases {
		for _, wrap := range []string{"seeker", "stream"} {
			var r io.Reader = bytes.NewReader(c.in)
			if wrap == "stream" {
				r = io.MultiReader(r) // hides Seek
			}
			tb, err := Open(r, Options{})
			if err != nil {
				t.Errorf("%s/%s: %v", c.name, wrap, err)
				continue
			}
			if tb.Encoding != c.enc || tb.Comma != c.comma {
				t.Errorf("%s/%s: encoding %s comma %q, want %s %q", c.name, wrap, tb.Encoding, tb.Comma, c.enc, c.comma)
			}
			if head, err := tb.Peek(1); err != nil || len(head) != 1 || !reflect.DeepEqual(head[0], c.want[0]) {
				t.Errorf("%s/%s: Peek = %v, %v", c.name, wrap, head, err)
			}
			if got := readAll(t, tb); !reflect.DeepEqual(got, c.want) {
				t.Errorf("%s/%s:\n got %v\nwant %v", c.name, wrap, got, c.want)
			}
		}
	}
}

func TestOpenErrors(t *testing.T) {
	cases := map[string]string{
		"":                    "empty",
		"  \n\n":              "empty",
		"PK\x03\x04rest":      "zip",
		"\xd0\xcf\x11\xe0abc": "Excel",
		"a,b\n\x00\x01":       "binary",
	}
	for in, want := range cases {
		_, err := Open(strings.NewReader(in), Options{})
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Open(%q) = %v, want an error about %s", in, err, want)
		}
	}
}

// A Windows-1252 byte far beyond the first megabyte still switches the
// encoding of a seekable file.
func TestLateWindows1252(t *testing.T) {
	in := "a,b\n" + strings.Repeat("x,1\n", 400000) + "D\xfcsseldorf,2\n"
	tb, err := Open(strings.NewReader(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if tb.Encoding != Windows1252 {
		t.Fatalf("encoding %s", tb.Encoding)
	}
	recs := readAll(t, tb)
	if last := recs[len(recs)-1]; last.Fields[0] != "Düsseldorf" || last.Line != 400002 {
		t.Errorf("last record %v", last)
	}
}

// A row that cannot be split before the header is neither shown by Peek nor
// counted by Skip, so Peek(1) then Skip(1) lands after the header.
func TestSkipMatchesPeek(t *testing.T) {
	tb, err := Open(strings.NewReader("note \"bad\" row\nid,text\n1,a\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	head, _ := tb.Peek(1)
	if len(head) != 1 || head[0].Fields[0] != "id" || head[0].Line != 2 {
		t.Fatalf("Peek = %v", head)
	}
	if err := tb.Skip(1); err != nil {
		t.Fatal(err)
	}
	rec, err := tb.Next()
	if err != nil || rec.Fields[0] != "1" || rec.Line != 3 {
		t.Errorf("after Skip: %v, %v", rec, err)
	}
}
