package table

import (
	"bytes"
	"errors"
	"io"
	"testing"
	"unicode/utf8"
)

// FuzzOpen: the encoding and delimiter sniffing and the reading never
// panic; every record read has valid UTF-8 fields (whatever the encoding
// found) and lines that only go forward.
func FuzzOpen(f *testing.F) {
	for _, s := range []string{
		"a,b,c\n1,2,3\n", "a;b;c\n1;2;3\n", "a\tb\n1\t2\n", "a|b\n1|2\n",
		"\xef\xbb\xbfa,b\n\"x\ny\",2\n", "\xff\xfea\x00,\x00b\x00\n\x00", "caf\xe9,cr\xe8me\nb,c\n",
		"na\xc3\xafve,caf\xe9\n", "\"unterminated,1\n2,3\n", "",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		tb, err := Open(bytes.NewReader(data), Options{})
		if err != nil {
			return
		}
		last := 0
		for n := 0; n < 10000; n++ {
			rec, err := tb.Next()
			if errors.Is(err, io.EOF) {
				return
			}
			var re *RowError
			if errors.As(err, &re) {
				if re.Line < last {
					t.Fatalf("row error at line %d after line %d", re.Line, last)
				}
				last = re.Line
				continue
			}
			if err != nil {
				return
			}
			if rec.Line <= last && !(rec.Line == last && last == 0) {
				t.Fatalf("record at line %d after line %d", rec.Line, last)
			}
			last = rec.Line
			for _, f := range rec.Fields {
				if !utf8.ValidString(f) {
					t.Fatalf("line %d: field %q is not valid UTF-8 (encoding %s)", rec.Line, f, tb.Encoding)
				}
			}
		}
	})
}
