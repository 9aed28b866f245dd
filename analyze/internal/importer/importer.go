// Package importer is the plumbing every platform importer shares: the
// Format a registry detects and calls, the File that collects one file's
// records and the accounting of its rows, header matching, and the
// deferred placing of times once the file's day/month order is known.
//
// An importer's Decode reads the rows of its table, turns each into a record
// (AddPost, AddComment, AddDaily) or a rejection (Reject), and returns;
// Finish then decides the date order from all the file's dates, places the
// times, rejects what does not fit and the duplicates within the file, and
// closes the accounting: every row read is used or rejected.
package importer

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/analyze/internal/field"
	"github.com/socialaudit/socialaudit/analyze/internal/table"
)

// Options are the reader's choices that apply to every format.
type Options struct {
	// Location is the zone of times written without an offset; nil is UTC.
	Location *time.Location
	// ZoneGiven says Location was chosen by the user (--tz), which
	// overrides a format's own default zone.
	ZoneGiven bool
	// DateOrder is the day/month order of slashed dates when the user gave
	// one (--date-order); OrderUnknown decides per file.
	DateOrder field.Order
	// Now is the time of the check: a record dated more than a day after
	// it is rejected. The zero Time checks nothing.
	Now time.Time
}

// Format is one export format.
type Format struct {
	// ID is a short stable name ("facebook-legacy-posts"), used by --format
	// and in metrics.json.
	ID string
	// Name says what the file is, for people ("Facebook Page Insights,
	// legacy Post data export").
	Name string
	// Kind is the kind of records it yields: "posts", "comments" or "daily".
	Kind string
	// Match looks at the first records of a file (up to MatchRows) and says
	// whether they are this format.
	Match func(head []table.Record) Match
	// Decode reads the file's rows into f. An error is about the file as
	// a whole; then nothing of it is kept.
	Decode func(f *File) error
}

// MatchRows is how many records Match is shown.
const MatchRows = 5

// Match is a format's verdict on a file.
type Match struct {
	OK bool
	// Score in [0, 1] says how close the file came (the share of the
	// format's expected columns found), to name the closest format of a
	// file nobody recognised.
	Score float64
	// Missing names what the file lacked, for that message: column names,
	// or a phrase starting with "the " for anything else ("the second
	// header row of descriptions").
	Missing []string
}

// File is one file being decoded.
type File struct {
	Name  string
	Table *table.Table
	Opts  Options
	// Loc is the zone for zone-less times in this file; a format may set
	// it (Facebook's legacy exports are US Pacific) before adding records.
	Loc *time.Location
	// UsualOrder is the format's own day/month order, for the hint when a
	// file is ambiguous.
	UsualOrder field.Order
	// Columns are the names of the columns, to name the column of a cell
	// too long to read; the importer sets them before Rows.
	Columns []string

	Input    analyze.Input
	Posts    []analyze.Post
	Comments []analyze.Comment
	Daily    []analyze.Daily

	pending []pending
	votes   field.Votes
	long    LongTexts
}

// pending is a record whose time waits for the file's date order.
type pending struct {
	kind   byte // 'p', 'c' or 'd'
	index  int
	column string
	raw    string
	stamp  field.Stamp
	line   int
}

// NewFile starts the accounting of one file.
func NewFile(name string, t *table.Table, f Format, opts Options) *File {
	loc := opts.Location
	if loc == nil {
		loc = time.UTC
	}
	file := &File{
		Name: name, Table: t, Opts: opts, Loc: loc,
		Input: analyze.Input{
			File: name, Kind: f.Kind, Format: f.Name, FormatID: f.ID,
			Encoding: string(t.Encoding), Delimiter: DelimiterName(t.Comma),
		},
	}
	file.Input.Notes = EncodingNotes(t)
	return file
}

// EncodingNotes says which lines of a file mixing UTF-8 and Windows-1252
// were read as Windows-1252.
func EncodingNotes(t *table.Table) []string {
	var n notes
	switch m := t.Mixed; {
	case m.Lines == 1:
		n.Note("line %d holds bytes that are not UTF-8, read as Windows-1252, while the rest of the file is UTF-8: check its accented letters", m.First)
	case m.Lines > 1:
		n.Note("%d lines hold bytes that are not UTF-8, read as Windows-1252 (the first is line %d), while the rest of the file is UTF-8: check their accented letters", m.Lines, m.First)
	}
	return n
}

// notes collects notes outside a File.
type notes []string

// Note adds a note.
func (n *notes) Note(format string, args ...any) { *n = append(*n, fmt.Sprintf(format, args...)) }

// DelimiterName names a delimiter for the data page ("comma").
func DelimiterName(c rune) string {
	switch c {
	case ',':
		return "comma"
	case ';':
		return "semicolon"
	case '\t':
		return "tab"
	case '|':
		return "pipe"
	}
	return fmt.Sprintf("%q", c)
}

// Rows calls use for every data row after the first skip records (the
// header rows), counting each as read. A row the CSV reader cannot split is
// rejected here. use returns the row's rejection, if any; a row it accepts
// must be added with AddPost, AddComment or AddDaily.
func (f *File) Rows(skip int, use func(rec table.Record) *Rejection) error {
	if err := f.Table.Skip(skip); err != nil {
		return err
	}
	for {
		rec, err := f.Table.Next()
		if err != nil {
			var re *table.RowError
			if errors.As(err, &re) {
				f.Input.Rows++
				if o := re.Oversize; o != nil {
					r := Oversize(f.Columns, *o)
					f.Reject(re.Line, r.Column, r.Reason)
					continue
				}
				f.Reject(re.Line, "", re.Reason)
				continue
			}
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
		if blank(rec.Fields) {
			continue // an empty line is not a row
		}
		f.Input.Rows++
		if r := use(rec); r != nil {
			f.Reject(rec.Line, r.Column, r.Reason)
		}
	}
}

func blank(fields []string) bool {
	for _, s := range fields {
		if strings.TrimSpace(s) != "" {
			return false
		}
	}
	return true
}

// Rejection is a row's problem: the column (empty for the row as a whole)
// and the reason.
type Rejection struct {
	Column, Reason string
}

// Oversize is the rejection of a row with a cell longer than
// table.MaxCell, naming its column when columns has it.
func Oversize(columns []string, o table.Oversize) *Rejection {
	if o.Field < len(columns) {
		return Rejectf(columns[o.Field], "the cell holds %d bytes, more than the limit of %d (1 MiB): the row is not read", o.Size, table.MaxCell)
	}
	return &Rejection{Reason: o.Reason()}
}

// Rejectf makes a Rejection.
func Rejectf(column, format string, args ...any) *Rejection {
	return &Rejection{Column: column, Reason: fmt.Sprintf(format, args...)}
}

// Reject records a rejected row.
func (f *File) Reject(line int, column, reason string) {
	f.Input.Rejected++
	f.Input.Rejections = append(f.Input.Rejections, analyze.Rejection{
		File: f.Name, Line: line, Column: column, Reason: reason,
	})
}

// AddPost adds a post whose Published time is the cell raw of column.
func (f *File) AddPost(p analyze.Post, column, raw string, line int) *Rejection {
	return f.add('p', len(f.Posts), column, raw, line, func() { f.long.Post(&p); f.Posts = append(f.Posts, p) })
}

// AddComment adds a comment whose Created time is the cell raw of column.
func (f *File) AddComment(c analyze.Comment, column, raw string, line int) *Rejection {
	return f.add('c', len(f.Comments), column, raw, line, func() { f.long.Comment(&c); f.Comments = append(f.Comments, c) })
}

// AddDaily adds a day whose Date is the cell raw of column.
func (f *File) AddDaily(d analyze.Daily, column, raw string, line int) *Rejection {
	return f.add('d', len(f.Daily), column, raw, line, func() { f.Daily = append(f.Daily, d) })
}

func (f *File) add(kind byte, index int, column, raw string, line int, push func()) *Rejection {
	if field.Unknown(raw) {
		return Rejectf(column, "required value is empty")
	}
	st, err := field.Scan(raw)
	if err != nil {
		return &Rejection{Column: column, Reason: err.Error()}
	}
	f.votes.Add(st, raw)
	push()
	f.pending = append(f.pending, pending{kind: kind, index: index, column: column, raw: strings.TrimSpace(raw), stamp: st, line: line})
	return nil
}

// Finish places the times, drops the records whose time is invalid in the
// file's order and the duplicates within the file (rejecting their rows),
// and closes the accounting. The error is about the file as a whole: its
// dates mix orders or cannot tell theirs.
func (f *File) Finish() error {
	order, err := f.votes.Decide(f.Opts.DateOrder, f.UsualOrder)
	if err != nil {
		return err
	}
	if order != field.OrderUnknown && f.votes.Slashed() > 0 {
		how := "decided from the dates"
		if f.Opts.DateOrder != field.OrderUnknown {
			how = "as --date-order says"
		}
		f.Input.DateOrder = order.String()
		f.Note("dates with slashes read %s, %s", order.Long(), how)
	}
	f.long.NoteTo(f)
	zones := field.Zones{}
	var counts [5]int
	dropP := make([]bool, len(f.Posts))
	dropC := make([]bool, len(f.Comments))
	dropD := make([]bool, len(f.Daily))
	seenP := map[[3]string]int{}
	seenC := map[[2]string]int{}
	seenD := map[dayKey]int{}
	for _, p := range f.pending {
		var when time.Time
		var kind field.Kind
		var err error
		if p.kind == 'd' {
			when, err = p.stamp.Date(order)
		} else {
			when, kind, err = p.stamp.Time(order, f.Loc, zones)
		}
		if err != nil {
			f.Reject(p.line, p.column, fmt.Sprintf("%q is not a valid date or time: %v", p.raw, err))
			markDrop(p, dropP, dropC, dropD)
			continue
		}
		if r := CheckDate(p.column, when, f.Opts.Now); r != nil {
			f.Reject(p.line, r.Column, r.Reason)
			markDrop(p, dropP, dropC, dropD)
			continue
		}
		switch p.kind {
		case 'p':
			x := &f.Posts[p.index]
			x.Published = when
			x.Source = analyze.Source{File: f.Name, Line: p.line}
			k := [3]string{x.Platform, x.Account, x.ID}
			if first, dup := seenP[k]; dup {
				f.Reject(p.line, "", fmt.Sprintf("duplicate of the post at line %d", first))
				dropP[p.index] = true
				continue
			}
			seenP[k] = p.line
			counts[kind]++
		case 'c':
			x := &f.Comments[p.index]
			x.Created = when
			x.Source = analyze.Source{File: f.Name, Line: p.line}
			k := [2]string{x.Platform, x.ID}
			if first, dup := seenC[k]; dup {
				f.Reject(p.line, "", fmt.Sprintf("duplicate of the comment at line %d", first))
				dropC[p.index] = true
				continue
			}
			seenC[k] = p.line
			counts[kind]++
		case 'd':
			x := &f.Daily[p.index]
			x.Date = when
			x.Source = analyze.Source{File: f.Name, Line: p.line}
			k := dayKey{x.Platform, x.Account, when}
			if first, dup := seenD[k]; dup {
				f.Reject(p.line, "", fmt.Sprintf("duplicate of the day at line %d", first))
				dropD[p.index] = true
				continue
			}
			seenD[k] = p.line
		}
	}
	f.pending = nil
	f.Posts = keep(f.Posts, dropP)
	f.Comments = keep(f.Comments, dropC)
	f.Daily = keep(f.Daily, dropD)
	f.Input.Used = len(f.Posts) + len(f.Comments) + len(f.Daily)
	slices.SortStableFunc(f.Input.Rejections, func(a, b analyze.Rejection) int { return cmp.Compare(a.Line, b.Line) })

	zone := f.Loc.String()
	if n := counts[field.KindLocal] + counts[field.KindGap] + counts[field.KindOverlap]; n > 0 {
		f.Note("%s without a UTC offset read in %s", times(n), zone)
	}
	if n := counts[field.KindDate]; n > 0 {
		f.Note("%s without a clock read as midnight in %s", dates(n), zone)
	}
	if n := counts[field.KindGap]; n > 0 {
		f.Note("%s in a daylight-saving gap of %s, moved forward by the gap", times(n), zone)
	}
	if n := counts[field.KindOverlap]; n > 0 {
		f.Note("%s in a daylight-saving overlap of %s, read as the earlier of the two", times(n), zone)
	}
	f.Input.First, f.Input.Last = Span(f.Posts, f.Comments, f.Daily)
	return nil
}

// slack is how far past the time of the check a record may be dated: the
// time zones of the world span a day.
const slack = 24 * time.Hour

// CheckDate rejects a record dated before analyze.FirstYear, or after now (the
// time of the check; zero checks nothing) by more than a day. column is the
// column of the date.
func CheckDate(column string, when, now time.Time) *Rejection {
	if when.Year() < analyze.FirstYear {
		return Rejectf(column, "dated %s, before %d: no social platform export goes back that far; a wrong date or date order?", when.Format(time.DateOnly), analyze.FirstYear)
	}
	if !now.IsZero() && when.After(now.Add(slack)) {
		return Rejectf(column, "dated %s, after the day of the check (%s): an export cannot hold what has not happened yet; a wrong date or date order?", when.Format(time.DateOnly), now.Format(time.DateOnly))
	}
	return nil
}

type dayKey struct {
	platform, account string
	date              time.Time
}

func markDrop(p pending, dp, dc, dd []bool) {
	switch p.kind {
	case 'p':
		dp[p.index] = true
	case 'c':
		dc[p.index] = true
	case 'd':
		dd[p.index] = true
	}
}

func keep[T any](xs []T, drop []bool) []T {
	out := xs[:0]
	for i, x := range xs {
		if !drop[i] {
			out = append(out, x)
		}
	}
	clear(xs[len(out):])
	return out
}

// Span returns the first and last instants of the records (days at
// midnight UTC), zero when there are none.
func Span(posts []analyze.Post, comments []analyze.Comment, daily []analyze.Daily) (first, last time.Time) {
	see := func(t time.Time) {
		if first.IsZero() || t.Before(first) {
			first = t
		}
		if t.After(last) {
			last = t
		}
	}
	for i := range posts {
		see(posts[i].Published)
	}
	for i := range comments {
		see(comments[i].Created)
	}
	for i := range daily {
		see(daily[i].Date)
	}
	return first, last
}

// Note adds a line to what the data page says about the file.
func (f *File) Note(format string, args ...any) {
	f.Input.Notes = append(f.Input.Notes, fmt.Sprintf(format, args...))
}

func times(n int) string {
	if n == 1 {
		return "1 time"
	}
	return fmt.Sprintf("%d times", n)
}

func dates(n int) string {
	if n == 1 {
		return "1 date"
	}
	return fmt.Sprintf("%d dates", n)
}
