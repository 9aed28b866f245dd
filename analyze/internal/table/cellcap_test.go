package table

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// capRead reads in through a CapReader of limit max and a csv.Reader, and
// writes each record as "line: fields" or "line: cut cell N of S bytes",
// with the line the CapReader maps it back to.
func capRead(t *testing.T, in string, max int64) []string {
	t.Helper()
	c := newCapReader(strings.NewReader(in), ',', max)
	cr := csv.NewReader(c)
	cr.FieldsPerRecord = -1
	var out []string
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return out
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			out = append(out, fmt.Sprintf("%d: error %v", c.Line(pe.StartLine), pe.Err))
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		at, _ := cr.FieldPos(0)
		if o, cut := c.Oversize(at); cut {
			out = append(out, fmt.Sprintf("%d: cut cell %d of %d bytes", c.Line(at), o.Field, o.Size))
			continue
		}
		out = append(out, fmt.Sprintf("%d: %q", c.Line(at), rec))
	}
}

func TestCapReader(t *testing.T) {
	cases := []struct {
		name, in string
		want     []string
	}{
		{"short cells pass", "a,b\n\"x,\"\"y\",2\r\n", []string{`1: ["a" "b"]`, `2: ["x,\"y" "2"]`}},
		{"exactly the limit", "abcd,\"ef\"\"g\"\n", []string{`1: ["abcd" "ef\"g"]`}},
		{"plain cell cut", "a,b\n1,abcdefghij\n2,ok\n", []string{`1: ["a" "b"]`, "2: cut cell 1 of 10 bytes", `3: ["2" "ok"]`}},
		// The escaped quotes, the delimiters and the line breaks inside the
		// dropped text are dropped too; the lines after it keep their
		// numbers, and the first cut cell of a row is named.
		{"quoted cell cut", "h\n\"ab\"\"cd\nef,\"\"\n\n\ngh\",\"123456\"\nnext\n",
			[]string{`1: ["h"]`, "2: cut cell 0 of 15 bytes", `7: ["next"]`}},
		{"cut at the end without line break", "h\nabcdef", []string{`1: ["h"]`, "2: cut cell 0 of 6 bytes"}},
		{"carriage returns", "abcd\r\nabcde\r\n\"ab\r\ncd\"\r\nz", []string{`1: ["abcd"]`, "2: cut cell 0 of 5 bytes", "3: cut cell 0 of 5 bytes", `5: ["z"]`}},
		// A syntax error stays the csv.Reader's, on the right line.
		{"error after a cut", "\"a\n\n\n\n\nb\"\nx\"y\nz\n", []string{"1: cut cell 0 of 7 bytes", "7: error bare \" in non-quoted-field", `8: ["z"]`}},
	}
	for _, c := range cases {
		got := capRead(t, c.in, 4)
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

// A 50 MB cell is read in the memory of 1 MiB: the row is rejected with
// the cell's size, and the rows around it are read on their own lines.
// The whole run allocates a few MiB, not the cell's 50.
func TestHugeCell(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 50 MB file")
	}
	const size = 50 << 20
	path := filepath.Join(t.TempDir(), "huge.csv")
	writeHuge(t, path, size)

	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	peak := peakHeap(func() {
		tb, err := Open(f, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for {
			rec, err := tb.Next()
			if err == io.EOF {
				break
			}
			var re *RowError
			if errors.As(err, &re) {
				got = append(got, fmt.Sprintf("%d: %s", re.Line, re.Reason))
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, fmt.Sprintf("%d: %q", rec.Line, rec.Fields))
		}
		want := []string{`1: ["id" "text"]`, `2: ["1" "before"]`,
			"3: cell 2 holds 52428800 bytes, more than the limit of 1048576 (1 MiB): the row is not read",
			`5: ["3" "after"]`}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("got %q\nwant %q", got, want)
		}
	})
	runtime.ReadMemStats(&after)
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("50 MB cell: %.1f MiB allocated in all, peak heap in use %.1f MiB", float64(alloc)/(1<<20), float64(peak)/(1<<20))
	if alloc > 10<<20 || peak > 10<<20 {
		t.Errorf("reading a 50 MB cell allocated %d bytes (peak heap %d): memory grows with the cell", alloc, peak)
	}
}

// writeHuge writes a file whose third line holds a quoted cell of size
// bytes, with one line break in it.
func writeHuge(t testing.TB, path string, size int) {
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fmt.Fprint(f, "id,text\n1,before\n2,\"")
	chunk := []byte(strings.Repeat("0123456789abcdef", 4096)) // 64 KiB
	for n := 0; n < size-1; n += len(chunk) {
		f.Write(chunk[:min(len(chunk), size-1-n)])
	}
	fmt.Fprint(f, "\n\"\n3,after\n")
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// peakHeap runs fn and returns the highest HeapInuse seen while it ran,
// sampled every millisecond.
func peakHeap(fn func()) uint64 {
	done := make(chan struct{})
	peak := make(chan uint64)
	go func() {
		var m runtime.MemStats
		var top uint64
		for {
			runtime.ReadMemStats(&m)
			top = max(top, m.HeapInuse)
			select {
			case <-done:
				peak <- top
				return
			default:
				runtime.Gosched()
			}
		}
	}()
	fn()
	close(done)
	return <-peak
}

// FuzzCapReader: through a CapReader, the csv.Reader sees the same records
// on the same lines as without it, with the same number of cells; a cell is
// the same unless it was over the limit, and then its row is reported, by
// the size of its first long cell.
func FuzzCapReader(f *testing.F) {
	for _, s := range []string{"a,b\n\"x\ny\",2\n", "abcdef,\"gh\"\"ij\"\r\n\n3", "\"a\"\"\"\"\"\"b\n\n\"\nz", "x\"y\n\"\"\"\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		type row struct {
			line   int
			fields []string
			err    bool
			cut    *Oversize
		}
		read := func(r io.Reader, c *CapReader) []row {
			cr := csv.NewReader(r)
			cr.FieldsPerRecord = -1
			var out []row
			for {
				rec, err := cr.Read()
				if err == io.EOF {
					return out
				}
				var pe *csv.ParseError
				if errors.As(err, &pe) {
					line := pe.StartLine
					if c != nil {
						line = c.Line(line)
					}
					out = append(out, row{line: line, err: true})
					if len(out) > 1000 {
						return out
					}
					continue
				}
				at, _ := cr.FieldPos(0)
				var cut *Oversize
				if c != nil {
					if o, ok := c.Oversize(at); ok {
						cut = &o
					}
					at = c.Line(at)
				}
				out = append(out, row{line: at, fields: rec, cut: cut})
			}
		}
		const max = 4
		plain := read(strings.NewReader(in), nil)
		c := newCapReader(strings.NewReader(in), ',', max)
		capped := read(c, c)
		if len(plain) != len(capped) {
			t.Fatalf("%d records, %d through the CapReader", len(plain), len(capped))
		}
		for i, p := range plain {
			q := capped[i]
			if p.err != q.err || p.line != q.line {
				t.Fatalf("record %d: %+v, through the CapReader %+v", i, p, q)
			}
			if p.err {
				continue
			}
			if len(p.fields) != len(q.fields) {
				t.Fatalf("record %d: %q, through the CapReader %q", i, p.fields, q.fields)
			}
			first := -1
			for j := range p.fields {
				if len(p.fields[j]) > max && first < 0 {
					first = j
				}
				if len(p.fields[j]) <= max && p.fields[j] != q.fields[j] {
					t.Fatalf("record %d cell %d: %q, through the CapReader %q", i, j, p.fields[j], q.fields[j])
				}
			}
			switch {
			case first < 0 && q.cut != nil:
				t.Fatalf("record %d %q: cut reported %+v", i, p.fields, *q.cut)
			case first >= 0 && (q.cut == nil || *q.cut != Oversize{Field: first, Size: int64(len(p.fields[first]))}):
				t.Fatalf("record %d %q: cut reported %v, want cell %d", i, p.fields, q.cut, first)
			}
		}
	})
}
