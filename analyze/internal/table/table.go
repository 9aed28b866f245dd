// Package table reads the rows of a delimited text file as exported by a
// platform or re-saved by a spreadsheet: it sniffs the encoding (byte-order
// marks, UTF-8, Windows-1252, or UTF-8 with Windows-1252 lines) and the
// delimiter (comma, semicolon, tab or pipe, or the one an Excel "sep=" line
// names), caps the size of a cell (MaxCell), and gives every record the
// physical line it starts on, so that every message can point at the
// input.
//
// It knows nothing of formats: the importers look at the first records
// (Peek) to recognise their headers, then read the rest (Next).
package table

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Options are the choices a caller can impose instead of sniffing.
type Options struct {
	// Comma is the delimiter; 0 sniffs it.
	Comma rune
}

// Record is one row of the file.
type Record struct {
	Fields []string
	// Line is the 1-based physical line of the file where the record
	// starts (a quoted cell may hold line breaks).
	Line int
}

// RowError is a row the CSV reader could not split into cells (a stray
// quote, a quote never closed), or one with a cell longer than MaxCell. The
// row is consumed: Next goes on with the following one.
type RowError struct {
	Line   int // where the row starts
	Reason string
	// Oversize, when not nil, is the row's first cell beyond MaxCell: the
	// row was split, but that cell was cut. Fields holds the row as read.
	Oversize *Oversize
	Fields   []string
}

func (e *RowError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Reason) }

// Table is an open file.
type Table struct {
	// Encoding is the encoding the file was read in.
	Encoding Encoding
	// Comma is the delimiter in use.
	Comma rune
	// SepLine reports that the file began with an Excel "sep=" line, which
	// was honoured and skipped.
	SepLine bool
	// Mixed says which lines of a UTF8Mixed file were read as
	// Windows-1252.
	Mixed Mixed

	cr       *csv.Reader
	capped   *CapReader
	lineBase int // physical lines before the csv.Reader's first line
	peeked   []Record
	peekErrs []error // a RowError (or nil) for each peeked entry
	done     error   // the error that ended peeking (io.EOF), if any
	pos      int     // next peeked entry to return
}

// sampleSize is how much decoded text the delimiter is sniffed on.
const sampleSize = 64 << 10

// ErrEmpty is the error for a file with no text at all.
var ErrEmpty = errors.New("the file is empty")

// Open starts reading a file. The error is about the file as a whole (an
// empty or binary file, a workbook instead of a CSV, a read error).
func Open(r io.Reader, opts Options) (*Table, error) {
	text, enc, mixed, err := decodeText(r)
	if err != nil {
		return nil, err
	}
	br := bufio.NewReaderSize(text, sampleSize)
	sample, err := br.Peek(sampleSize)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return nil, err
	}
	if len(bytes.TrimSpace(sample)) == 0 {
		return nil, ErrEmpty
	}
	t := &Table{Encoding: enc, Comma: opts.Comma, Mixed: mixed}
	if c, n, ok := sepLine(sample); ok {
		if t.Comma == 0 {
			t.Comma = c
		}
		t.SepLine = true
		t.lineBase = 1
		br.Discard(n)
		sample = sample[n:]
	}
	if t.Comma == 0 {
		t.Comma = sniffComma(sample, len(sample) < sampleSize)
	}
	t.capped = NewCapReader(br, t.Comma)
	t.cr = csv.NewReader(t.capped)
	t.cr.Comma = t.Comma
	t.cr.FieldsPerRecord = -1
	return t, nil
}

// sepLine recognises Excel's "sep=;" first line, quoted or not, and returns
// the delimiter and the length of the line with its line break.
func sepLine(b []byte) (rune, int, bool) {
	end := bytes.IndexByte(b, '\n')
	if end < 0 {
		return 0, 0, false
	}
	line := strings.Trim(strings.TrimSpace(string(b[:end])), `"`)
	v, ok := strings.CutPrefix(strings.ToLower(line), "sep=")
	if !ok || len(v) != 1 {
		return 0, 0, false
	}
	switch c := rune(v[0]); c {
	case ',', ';', '\t', '|':
		return c, end + 1, true
	}
	return 0, 0, false
}

// sniffComma picks the delimiter among comma, semicolon, tab and pipe (some
// database tools write "|" into a .csv) that splits the sample into the
// most rows of one same width greater than one; ties go to the comma, then
// the semicolon, then the tab. complete says the sample is the whole file;
// otherwise its last, probably cut, line is not judged.
func sniffComma(sample []byte, complete bool) rune {
	if !complete {
		if i := bytes.LastIndexByte(sample, '\n'); i > 0 {
			sample = sample[:i+1]
		}
	}
	best, bestScore := ',', -1
	for _, c := range []rune{',', ';', '\t', '|'} {
		cr := csv.NewReader(bytes.NewReader(sample))
		cr.Comma = c
		cr.FieldsPerRecord = -1
		widths := map[int]int{}
		for n := 0; n < 50; n++ {
			rec, err := cr.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				continue
			}
			if len(rec) > 1 {
				widths[len(rec)]++
			}
		}
		score := 0
		for _, n := range widths {
			score = max(score, n)
		}
		if score > bestScore {
			best, bestScore = c, score
		}
	}
	return best
}

// Peek returns the first n records of the file (fewer if the file is
// shorter), without consuming them: Next returns them again. Rows that
// cannot be split are skipped here (Next reports them).
func (t *Table) Peek(n int) ([]Record, error) {
	for t.done == nil && t.countPeeked() < n {
		rec, err := t.read()
		if err == io.EOF {
			t.done = err
			break
		}
		var re *RowError
		if err != nil && !errors.As(err, &re) {
			return nil, err
		}
		t.peeked = append(t.peeked, rec)
		t.peekErrs = append(t.peekErrs, err)
	}
	var out []Record
	for i, rec := range t.peeked {
		if t.peekErrs[i] == nil {
			out = append(out, rec)
			if len(out) == n {
				break
			}
		}
	}
	return out, nil
}

func (t *Table) countPeeked() int {
	n := 0
	for _, e := range t.peekErrs {
		if e == nil {
			n++
		}
	}
	return n
}

// Next returns the next record, io.EOF at the end, a *RowError for a row
// that cannot be split (then call Next again), or another error that ends
// the file.
func (t *Table) Next() (Record, error) {
	if t.pos < len(t.peeked) {
		i := t.pos
		t.pos++
		rec, err := t.peeked[i], t.peekErrs[i]
		t.peeked[i] = Record{}
		if t.pos == len(t.peeked) {
			t.peeked, t.peekErrs, t.pos = nil, nil, 0
		}
		return rec, err
	}
	if t.done != nil {
		return Record{}, t.done
	}
	return t.read()
}

// Skip consumes the first n records that Peek would return (those a
// format knows to be headers, notes or preambles). Rows that cannot be
// split among them are consumed too but not counted, as Peek does not show
// them: Peek(n) then Skip(n) always lands after the same records.
func (t *Table) Skip(n int) error {
	for skipped := 0; skipped < n; {
		if _, err := t.Next(); err != nil {
			var re *RowError
			if errors.As(err, &re) {
				continue
			}
			return err
		}
		skipped++
	}
	return nil
}

func (t *Table) read() (Record, error) {
	offset := t.cr.InputOffset()
	fields, err := t.cr.Read()
	if err == nil {
		at, _ := t.cr.FieldPos(0)
		line := t.capped.Line(at) + t.lineBase
		if o, cut := t.capped.Oversize(at); cut {
			return Record{Line: line}, &RowError{Line: line, Reason: o.Reason(), Oversize: &o, Fields: fields}
		}
		return Record{Fields: separate(fields), Line: line}, nil
	}
	var pe *csv.ParseError
	if errors.As(err, &pe) && t.cr.InputOffset() != offset {
		t.capped.Oversize(pe.StartLine) // the row is rejected for its syntax
		line := t.capped.Line(pe.StartLine) + t.lineBase
		return Record{Line: line}, &RowError{Line: line, Reason: t.parseReason(pe)}
	}
	return Record{}, err
}

// bigRow is the length of a row from which its fields are separated.
const bigRow = 64 << 10

// separate gives each field of a big row a string of its own. encoding/csv
// returns a row's fields as slices of one string, so a short field kept from
// a row with a long text (an id in a map, a time waiting for the file's date
// order) would keep the whole row in memory after its text was cut.
func separate(fields []string) []string {
	n := 0
	for _, f := range fields {
		n += len(f)
	}
	if n < bigRow {
		return fields
	}
	for i, f := range fields {
		fields[i] = strings.Clone(f)
	}
	return fields
}

func (t *Table) parseReason(pe *csv.ParseError) string {
	if pe.Line != pe.StartLine {
		return fmt.Sprintf("%v (at line %d, column %d)", pe.Err, t.capped.Line(pe.Line)+t.lineBase, pe.Column)
	}
	return fmt.Sprintf("%v (at column %d)", pe.Err, pe.Column)
}

// Reason words the cell's problem, for readers that do not know the name
// of its column.
func (o Oversize) Reason() string {
	return fmt.Sprintf("cell %d holds %d bytes, more than the limit of %d (1 MiB): the row is not read", o.Field+1, o.Size, MaxCell)
}
