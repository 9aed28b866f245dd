// Package owncsv decodes socialaudit's own CSV format into an
// analyze.Dataset.
//
// There are three kinds of file, told apart by their header row (see
// Kinds): posts, comments and daily page metrics. Column order is free and
// extra columns are ignored (and reported once per file). Every row is either
// used or rejected with its file, physical line, column and reason; nothing
// is dropped or zero-filled silently, and an empty cell is an unknown value,
// never a zero.
//
// Each file's header is read by gocsv's Unmarshaller against a struct of
// strings, one per kind, on a csv.Reader of the package's own (gocsv's
// package-level settings are never touched, so decoders may run
// concurrently); its rows are then placed into that struct by column (see
// decodeRows). Every cell is parsed here by strict parsers, because gocsv's
// conversions read "010" as octal and an empty cell as zero.
package owncsv

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/gocarina/gocsv"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/analyze/internal/importer"
	"github.com/socialaudit/socialaudit/analyze/internal/table"
)

// Options are the choices a Decoder is made with.
type Options struct {
	// Location is the time zone of times written without an offset. Nil
	// means UTC.
	Location *time.Location
	// Comma is the delimiter; 0 is a comma.
	Comma rune
	// Now is the time of the check: a record dated more than a day after
	// it is rejected, as one dated before 2004 always is. The zero Time
	// checks only the latter.
	Now time.Time
}

// Decoder reads socialaudit CSV files into one analyze.Dataset. Records are
// unique across all the files one Decoder reads: a second record with the
// same key is rejected, naming the first. A Decoder is not safe for
// concurrent use.
type Decoder struct {
	loc    *time.Location
	comma  rune
	now    time.Time
	ds     analyze.Dataset
	zones  zones
	intern map[string]string

	// First occurrences, as indexes into ds.Posts, ds.Comments, ds.Daily.
	posts    map[postKey]int
	comments map[commentKey]int
	daily    map[dailyKey]int
}

type postKey struct{ platform, account, id string }
type commentKey = [2]string // platform, id
type dailyKey struct {
	platform, account string
	date              time.Time
}

// NewDecoder returns a Decoder with an empty dataset.
func NewDecoder(opts Options) *Decoder {
	loc := opts.Location
	if loc == nil {
		loc = time.UTC
	}
	comma := opts.Comma
	if comma == 0 {
		comma = ','
	}
	return &Decoder{
		loc:      loc,
		comma:    comma,
		now:      opts.Now,
		zones:    zones{},
		intern:   map[string]string{},
		posts:    map[postKey]int{},
		comments: map[commentKey]int{},
		daily:    map[dailyKey]int{},
	}
}

// Dataset returns the dataset the decoder has filled so far. It is the
// decoder's own: later calls to Decode add to it.
func (d *Decoder) Dataset() *analyze.Dataset { return &d.ds }

// CommentIndex is the decoder's index of its comments by platform and id:
// positions in Dataset().Comments. It is the decoder's own map, which its
// duplicate check built, handed over so that no one builds it again.
func (d *Decoder) CommentIndex() map[[2]string]int { return d.comments }

// maxHeader bounds the header row: the kind is detected on a peek of the
// file's first bytes, before gocsv reads the header again.
const maxHeader = 64 << 10

var utf8BOM = []byte("\xef\xbb\xbf")

// Decode reads one file, detects its kind from its header, appends its
// records to the decoder's dataset and the accounting of its rows to the
// dataset's Inputs. name is how the file is reported. Problems with single
// rows are recorded as rejections in the Input; problems with the file as a
// whole (empty, unknown or ambiguous header, misspelt or duplicate column, a
// read error) are returned wrapped with name, and then nothing of the file is
// kept.
func (d *Decoder) Decode(name string, r io.Reader) error {
	// A cell is read up to table.MaxCell bytes: a bigger one would be held
	// whole in memory by the csv.Reader.
	capped := table.NewCapReader(r, d.comma)
	br := bufio.NewReaderSize(capped, maxHeader)
	peek, err := br.Peek(3)
	if err != nil && err != io.EOF {
		return fmt.Errorf("%s: %w", name, err)
	}
	if bytes.HasPrefix(peek, utf8BOM) {
		if _, err := br.Discard(3); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	buf, err := br.Peek(maxHeader)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return fmt.Errorf("%s: %w", name, err)
	}
	k, err := headerKind(buf, d.comma)
	if err != nil {
		return fmt.Errorf("%s:1: %w", name, err)
	}

	cr := csv.NewReader(br)
	cr.Comma = d.comma
	cr.ReuseRecord = true
	f := &file{d: d, name: name, cr: cr, capped: capped, in: analyze.Input{
		File:   name,
		Kind:   kinds[k].Name,
		Format: kinds[k].Format(),
	}}
	before := [3]int{len(d.ds.Posts), len(d.ds.Comments), len(d.ds.Daily)}
	d.reserve(k, estimateRows(r, buf, d.comma))
	switch k {
	case kindPosts:
		err = decodeRows(f, postRow{}, f.post)
	case kindComments:
		err = decodeRows(f, commentRow{}, f.comment)
	case kindDaily:
		err = decodeRows(f, dailyRow{}, f.day)
	}
	if err != nil {
		d.rollback(before)
		return fmt.Errorf("%s: %w", name, err)
	}
	f.notes()
	d.ds.Inputs = append(d.ds.Inputs, f.in)
	return nil
}

// estimateRows guesses the number of rows of a large file from its size,
// when the reader knows it, and the length of the rows (CSV records, which a
// text with line breaks makes longer than a line) in its first bytes; 0 when
// it cannot tell. Growing a slice of a million records by append copies
// them several times over, in long memmoves the garbage collector must wait
// for; one reservation up front avoids that.
//
// The guess must never make memory follow the file's size rather than its
// records: a file of a few rows with giant cells would otherwise reserve
// room for millions. So a file that can be read at an offset is also
// sampled in its middle and at its end, the sparsest of the three windows
// sets the density (a window without a line break gives no guess at all;
// away from the start only lines can be counted, as the quoting is not
// known there, and there are at least as many lines as records), and the
// guess is capped at maxReserve.
func estimateRows(r io.Reader, buf []byte, comma rune) int {
	if len(buf) < maxHeader {
		return 0 // small file: appending is cheap
	}
	var size int64
	var at io.ReaderAt
	switch r := r.(type) {
	case interface{ Len() int }: // bytes.Reader, strings.Reader, bytes.Buffer
		size = int64(r.Len()) + int64(len(buf)) // the peeked bytes are already read
	case interface{ Stat() (fs.FileInfo, error) }: // os.File
		fi, err := r.Stat()
		if err != nil || !fi.Mode().IsRegular() {
			return 0
		}
		size = fi.Size()
		at, _ = r.(io.ReaderAt)
	default:
		return 0
	}
	lines := records(buf, comma)
	if at != nil && size > 3*int64(len(buf)) {
		window := make([]byte, len(buf))
		for _, off := range []int64{size / 2, size - int64(len(window))} {
			n, err := at.ReadAt(window, off)
			if err != nil && err != io.EOF {
				return 0
			}
			lines = min(lines, bytes.Count(window[:n], []byte{'\n'}))
		}
	}
	if lines == 0 {
		return 0
	}
	return int(min(size/int64(len(buf))*int64(lines)+int64(lines), maxReserve))
}

// records counts the complete CSV records in buf (the last may be cut).
func records(buf []byte, comma rune) int {
	cr := csv.NewReader(bytes.NewReader(buf))
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	n := 0
	for {
		if _, err := cr.Read(); err != nil {
			var pe *csv.ParseError
			if err == io.EOF || !errors.As(err, &pe) {
				return max(n-1, 0) // the last record read may be the cut one
			}
		}
		n++
	}
}

// maxReserve caps the records reserved up front for one file; a bigger
// file grows its slices by append past this.
const maxReserve = 1 << 23

// reserve makes room for n more records of kind k.
func (d *Decoder) reserve(k, n int) {
	if n == 0 {
		return
	}
	switch k {
	case kindPosts:
		d.ds.Posts = slices.Grow(d.ds.Posts, n)
		if len(d.posts) == 0 {
			d.posts = make(map[postKey]int, n)
		}
	case kindComments:
		d.ds.Comments = slices.Grow(d.ds.Comments, n)
		if len(d.comments) == 0 {
			d.comments = make(map[commentKey]int, n)
		}
	case kindDaily:
		d.ds.Daily = slices.Grow(d.ds.Daily, n)
		if len(d.daily) == 0 {
			d.daily = make(map[dailyKey]int, n)
		}
	}
}

// headerKind reads the header from the first bytes of the file (peeked, not
// consumed) and detects the kind.
func headerKind(buf []byte, comma rune) (int, error) {
	if len(bytes.TrimSpace(buf)) == 0 {
		return 0, ErrEmptyFile
	}
	if bytes.HasPrefix(buf, []byte{0xff, 0xfe}) || bytes.HasPrefix(buf, []byte{0xfe, 0xff}) {
		return 0, errors.New("the file is UTF-16; save it as UTF-8")
	}
	hr := csv.NewReader(bytes.NewReader(buf))
	hr.Comma = comma
	hr.FieldsPerRecord = -1
	header, err := hr.Read()
	if err == io.EOF {
		return 0, ErrEmptyFile
	}
	if err != nil {
		return 0, fmt.Errorf("reading the header: %w", err)
	}
	if len(buf) == maxHeader && hr.InputOffset() == int64(len(buf)) {
		return 0, fmt.Errorf("the header row is longer than %d bytes", maxHeader)
	}
	for _, h := range header {
		if err := checkUTF8(h); err != nil {
			return 0, fmt.Errorf("%w: column name %v", ErrBadHeader, err)
		}
	}
	return detectKind(header)
}

// rollback forgets the records of a file that failed as a whole.
func (d *Decoder) rollback(before [3]int) {
	for _, p := range d.ds.Posts[before[0]:] {
		delete(d.posts, postKey{p.Platform, p.Account, p.ID})
	}
	for _, c := range d.ds.Comments[before[1]:] {
		delete(d.comments, commentKey{c.Platform, c.ID})
	}
	for _, x := range d.ds.Daily[before[2]:] {
		delete(d.daily, dailyKey{x.Platform, x.Account, x.Date})
	}
	clear(d.ds.Posts[before[0]:])
	clear(d.ds.Comments[before[1]:])
	clear(d.ds.Daily[before[2]:])
	d.ds.Posts = d.ds.Posts[:before[0]]
	d.ds.Comments = d.ds.Comments[:before[1]]
	d.ds.Daily = d.ds.Daily[:before[2]]
}

// file is the state of one Decode call.
type file struct {
	d      *Decoder
	name   string
	cr     *csv.Reader
	capped *table.CapReader
	in     analyze.Input

	local, gap, overlap int // zone-less times read, and how
	long                importer.LongTexts
}

// cellError is a rejected cell: the column and the reason.
type cellError struct {
	column, reason string
}

// decodeRows streams the rows of a file into T and hands each to use, which
// returns the record's rejection, if any. gocsv reads the header against T's
// csv tags (and names the columns T does not know) and maps the columns to
// T's fields; the rows are then placed by column into one reused T, because gocsv's Read allocates a new
// struct through reflection for every row and boxes it in an interface:
// half the cost of decoding a million comments (research/LIBRARIES.md §1.9
// measured gocsv's row path at 2.5 times plain encoding/csv). use must not
// keep the *T. The rows are read in a goroutine of their own (readRows).
func decodeRows[T any](f *file, proto T, use func(row *T, line int) *cellError) error {
	um, err := gocsv.NewUnmarshaller(f.cr, proto)
	if err != nil {
		return fmt.Errorf("reading the header: %w", err)
	}
	seen := map[string]bool{}
	for _, h := range um.MismatchedHeaders {
		if !seen[h] {
			seen[h] = true
			f.in.IgnoredColumns = append(f.in.IgnoredColumns, h)
		}
	}
	place, err := placer(um.Headers, proto)
	if err != nil {
		return fmt.Errorf("reading the header: %w", err)
	}
	// The CSV is read in a goroutine of its own, a batch of rows at a
	// time, while this one converts them: reading and converting cost
	// about the same, so on two cores a file decodes in about half the
	// time. Batches come back through free to be filled again.
	batches, free := make(chan *rowBatch, 2), make(chan *rowBatch, 4)
	done := make(chan struct{})
	defer close(done)
	go f.readRows(um.Headers, batches, free, done)
	var row T
	for b := range batches {
		for _, r := range b.rows {
			f.in.Rows++
			if r.reason != "" {
				f.reject(r.line, r.column, r.reason)
				continue
			}
			place(&row, b.cells[r.start:r.end])
			if ce := use(&row, r.line); ce != nil {
				f.reject(r.line, ce.column, ce.reason)
				continue
			}
			f.in.Used++
		}
		if b.err != nil {
			return b.err
		}
		free <- b
	}
	return nil
}

// rowBatch is a run of rows read from a file: their cells one after the
// other, and for each row where its cells are and its line, or why it is
// rejected. err, if set, ends the file after these rows.
type rowBatch struct {
	cells []string
	rows  []readRow
	bytes int // the length of the cells
	err   error
}

type readRow struct {
	start, end     int // the row's cells are cells[start:end]
	line           int
	column, reason string // a row rejected while reading
}

// A batch is sent when it holds batchRows rows or batchBytes bytes of
// cells: the rows waiting to be converted then take a few MiB at most,
// however long their texts (each cell is at most table.MaxCell).
const (
	batchRows  = 1024
	batchBytes = 1 << 20
)

// readRows reads the rows of f's CSV into batches sent on out, taking the
// batches to fill from free when there are, until the end of the file or a
// read error (sent as the last batch's err). It stops early when done is
// closed. It alone uses f.cr and f.capped while it runs.
func (f *file) readRows(headers []string, out chan<- *rowBatch, free <-chan *rowBatch, done <-chan struct{}) {
	defer close(out)
	var b *rowBatch
	send := func() bool {
		select {
		case out <- b:
			b = nil
			return true
		case <-done:
			return false
		}
	}
	for {
		if b == nil {
			select {
			case b = <-free:
				b.cells, b.rows, b.bytes = b.cells[:0], b.rows[:0], 0
			default:
				b = &rowBatch{}
			}
		}
		offset := f.cr.InputOffset()
		rec, err := f.cr.Read()
		if err == io.EOF {
			send()
			return
		}
		if err != nil {
			// A ParseError has consumed its row (the rest of the file, for
			// a quote never closed), so the next Read goes on with the next
			// row; anything else (a read error) ends the file.
			var pe *csv.ParseError
			if !errors.As(err, &pe) || f.cr.InputOffset() == offset {
				b.err = err
				send()
				return
			}
			f.capped.Oversize(pe.StartLine) // rejected for its syntax
			b.rows = append(b.rows, readRow{line: f.capped.Line(pe.StartLine), reason: f.parseReason(pe)})
		} else {
			at, _ := f.cr.FieldPos(0)
			line := f.capped.Line(at)
			if o, cut := f.capped.Oversize(at); cut {
				r := importer.Oversize(headers, o)
				b.rows = append(b.rows, readRow{line: line, column: r.Column, reason: r.Reason})
			} else {
				start := len(b.cells)
				b.cells = append(b.cells, rec...)
				for _, c := range rec {
					b.bytes += len(c)
				}
				b.rows = append(b.rows, readRow{start: start, end: len(b.cells), line: line})
			}
		}
		if (len(b.rows) == batchRows || b.bytes >= batchBytes) && !send() {
			return
		}
	}
}

// placer returns a function that sets the fields of a T from a row whose
// columns are headers, in the places gocsv's Unmarshaller would set them:
// gocsv itself maps the columns, once, by reading a probe row whose cells
// are their own column numbers. Fields no column maps are emptied. Every
// field of the row structs is a string.
func placer[T any](headers []string, proto T) (func(*T, []string), error) {
	column := make([]int, len(headers)) // the field of each column, or -1
	for j := range column {
		column[j] = -1
	}
	place := func(row *T, rec []string) {
		var zero T
		*row = zero
		r := reflect.ValueOf(row).Elem()
		for j, cell := range rec {
			if j < len(column) && column[j] >= 0 {
				r.Field(column[j]).SetString(cell)
			}
		}
	}
	if len(headers) == 1 && headers[0] == "" {
		return place, nil // no field has an empty name; CSV writes it as a blank line
	}
	var probe bytes.Buffer
	w := csv.NewWriter(&probe)
	numbers := make([]string, len(headers))
	for j := range numbers {
		numbers[j] = strconv.Itoa(j)
	}
	w.Write(headers)
	w.Write(numbers)
	w.Flush()
	um, err := gocsv.NewUnmarshaller(csv.NewReader(&probe), proto)
	if err != nil {
		return nil, err
	}
	v, err := um.Read()
	if err != nil {
		return nil, err
	}
	mapped := reflect.ValueOf(v)
	for i := range mapped.NumField() {
		if j, err := strconv.Atoi(mapped.Field(i).String()); err == nil && j >= 0 && j < len(column) {
			column[j] = i
		}
	}
	return place, nil
}

func (f *file) parseReason(pe *csv.ParseError) string {
	if errors.Is(pe.Err, csv.ErrFieldCount) {
		return "wrong number of fields (not as many as in the header)"
	}
	if pe.Line != pe.StartLine {
		return fmt.Sprintf("%v (at line %d, column %d)", pe.Err, f.capped.Line(pe.Line), pe.Column)
	}
	return fmt.Sprintf("%v (at column %d)", pe.Err, pe.Column)
}

func (f *file) reject(line int, column, reason string) {
	f.in.Rejected++
	f.in.Rejections = append(f.in.Rejections, analyze.Rejection{
		File: f.name, Line: line, Column: column, Reason: reason,
	})
}

// notes tells the reader how zone-less times were read, and how many texts
// were shortened.
func (f *file) notes() {
	zone := f.d.loc.String()
	if f.local+f.gap+f.overlap > 0 {
		f.in.Notes = append(f.in.Notes, fmt.Sprintf("%s without a UTC offset read in %s", times(f.local+f.gap+f.overlap), zone))
	}
	if f.gap > 0 {
		f.in.Notes = append(f.in.Notes, fmt.Sprintf("%s in a daylight-saving gap of %s, moved forward by the gap", times(f.gap), zone))
	}
	if f.overlap > 0 {
		f.in.Notes = append(f.in.Notes, fmt.Sprintf("%s in a daylight-saving overlap of %s, read as the earlier of the two", times(f.overlap), zone))
	}
	f.long.NoteTo(importer.InputNotes{Input: &f.in})
}

func times(n int) string {
	if n == 1 {
		return "1 time"
	}
	return fmt.Sprintf("%d times", n)
}

// cells parses the cells of one row; the first bad cell wins and later calls
// do nothing, so a row is reported once, by its first bad column in the
// kind's column order.
type cells struct {
	f   *file
	err *cellError
}

func (c *cells) fail(column string, err error) {
	if c.err == nil {
		c.err = &cellError{column: column, reason: err.Error()}
	}
}

// required returns the trimmed cell, rejecting an empty one.
func (c *cells) required(column, v string) string {
	v = strings.TrimSpace(v)
	if c.err == nil && v == "" {
		c.err = &cellError{column: column, reason: "required value is empty"}
	}
	return c.str(column, v)
}

// str returns the trimmed cell.
func (c *cells) str(column, v string) string {
	return c.text(column, strings.TrimSpace(v))
}

// text returns the cell as it is.
func (c *cells) text(column, v string) string {
	if c.err == nil {
		if err := checkUTF8(v); err != nil {
			c.fail(column, err)
		}
	}
	return v
}

// platform returns the trimmed, lower-case platform, shared between rows.
func (c *cells) platform(v string) string {
	return c.f.d.interned(strings.ToLower(c.required("platform", v)))
}

func (c *cells) account(v string) string {
	return c.f.d.interned(c.str("account", v))
}

func (c *cells) count(column, v string) analyze.Count {
	n, err := parseCount(v)
	if err != nil {
		c.fail(column, err)
	}
	return n
}

func (c *cells) flag(column, v string) analyze.Flag {
	fl, err := parseFlag(v)
	if err != nil {
		c.fail(column, err)
	}
	return fl
}

func (c *cells) time(column, v string) time.Time {
	if strings.TrimSpace(v) == "" {
		return time.Time{} // reported by required
	}
	t, kind, err := parseTime(v, c.f.d.loc, c.f.d.zones)
	if err != nil {
		c.fail(column, err)
		return t
	}
	if r := importer.CheckDate(column, t, c.f.d.now); r != nil {
		c.fail(column, errors.New(r.Reason))
		return t
	}
	switch kind {
	case timeLocal:
		c.f.local++
	case timeGap:
		c.f.gap++
	case timeOverlap:
		c.f.overlap++
	}
	return t
}

func (c *cells) date(column, v string) time.Time {
	if strings.TrimSpace(v) == "" {
		return time.Time{} // reported by required
	}
	t, err := parseDate(v)
	if err != nil {
		c.fail(column, err)
	} else if r := importer.CheckDate(column, t, c.f.d.now); r != nil {
		c.fail(column, errors.New(r.Reason))
	}
	return t
}

// interned returns one shared copy of a short, often repeated string (a
// platform or account), so that a million records do not each keep their
// row's text alive through it.
func (d *Decoder) interned(s string) string {
	if v, ok := d.intern[s]; ok {
		return v
	}
	v := strings.Clone(s)
	d.intern[v] = v
	return v
}

// duplicate is the reason for a record whose key was already seen.
func duplicate(what string, first analyze.Source) string {
	return fmt.Sprintf("duplicate of the %s at %s:%d", what, first.File, first.Line)
}
