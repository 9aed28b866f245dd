// Package importers reads the files a consultant is given, whatever
// platform or tool exported them: it recognises each file's format by its
// content (never its name), decodes it with that format's importer, and
// merges overlapping exports so that each record counts once.
//
// Every row of every file is accounted for in the file's analyze.Input:
// read = used + rejected + merged.
package importers

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
	"github.com/socialaudit/socialaudit/analyze/internal/importer"
	"github.com/socialaudit/socialaudit/analyze/internal/table"
	"github.com/socialaudit/socialaudit/analyze/mapped"
	"github.com/socialaudit/socialaudit/analyze/owncsv"
)

// Options are the reader's choices.
type Options struct {
	// Location is the zone of times written without an offset; nil is UTC.
	Location *time.Location
	// ZoneGiven says the user chose Location (--tz): it then also applies
	// to formats that have a zone of their own (Facebook's legacy exports,
	// US Pacific).
	ZoneGiven bool
	// DateOrder is "dmy", "mdy" or "" (decide per file from its dates).
	DateOrder string
	// Mappings are the user's own formats (--map), tried before the
	// built-in ones.
	Mappings []*mapped.Mapping
	// Now is the time of the check (the caller's clock): a record dated
	// more than a day after it is rejected, as one dated before 2004
	// always is. The zero Time checks only the latter.
	Now time.Time
}

// Info describes a format for people.
type Info struct {
	ID   string // short stable name, e.g. "facebook-legacy-posts"
	Name string // what the file is
	Kind string // posts, comments or daily
}

// Formats lists the built-in formats, in the order they are tried.
func Formats() []Info {
	var out []Info
	for _, f := range builtin {
		out = append(out, Info{ID: f.ID, Name: f.Name, Kind: f.Kind})
	}
	return out
}

// File is what one input file gave: its records and their accounting.
type File struct {
	Input    analyze.Input
	Posts    []analyze.Post
	Comments []analyze.Comment
	Daily    []analyze.Daily
	// byID indexes Comments by platform and id, when the importer built
	// such an index anyway (the own format's duplicate check): Merge's
	// thread check then need not build it again.
	byID map[[2]string]int
}

// NoMatchError is the error for a file no format recognises.
type NoMatchError struct {
	File    string
	Closest *Info    // the format that came closest, if any came at all
	Missing []string // what the closest format missed
	Known   []Info
}

func (e *NoMatchError) Error() string {
	var b strings.Builder
	b.WriteString(e.Short())
	b.WriteString(". Known formats:\n")
	b.WriteString(KnownList(e.Known))
	return b.String()
}

// Short is the error without the list of known formats, for listing
// several files.
func (e *NoMatchError) Short() string {
	s := fmt.Sprintf("%s: not a format socialaudit knows", e.File)
	if e.Closest != nil {
		s += fmt.Sprintf("; the closest is %s (%s), but the file %s", e.Closest.Name, e.Closest.ID, MissingText(e.Missing))
	}
	return s
}

// KnownList formats the known formats, one per line, and how to read any
// other layout.
func KnownList(known []Info) string {
	var b strings.Builder
	for _, f := range known {
		fmt.Fprintf(&b, "  %-26s %s\n", f.ID, f.Name)
	}
	b.WriteString("For any other layout, describe its columns in a mapping file and pass it with --map (see the README).")
	return b.String()
}

// MissingText words what a file lacked for a format: `has no columns "a",
// "b"`, `lacks the second header row...`, or both.
func MissingText(missing []string) string {
	var cols, other []string
	for _, m := range missing {
		if strings.HasPrefix(m, "the ") {
			other = append(other, m)
		} else {
			cols = append(cols, fmt.Sprintf("%q", m))
		}
	}
	var parts []string
	switch {
	case len(cols) == 1:
		parts = append(parts, "has no column "+cols[0])
	case len(cols) > 4:
		parts = append(parts, "has no columns "+strings.Join(cols[:4], ", ")+fmt.Sprintf(" and %d more", len(cols)-4))
	case len(cols) > 1:
		parts = append(parts, "has no columns "+strings.Join(cols, ", "))
	}
	if len(other) > 0 {
		parts = append(parts, "lacks "+strings.Join(other, " and "))
	}
	return strings.Join(parts, " and ")
}

// ReadFile detects the format of one file and decodes it. name is how the
// file is reported. The error is about the file as a whole (not a format
// socialaudit knows, empty, binary, dates of undecidable order); problems
// with single rows are rejections in the File's Input.
func ReadFile(name string, r io.ReadSeeker, opts Options) (*File, error) {
	order, err := field.ParseOrder(opts.DateOrder)
	if err != nil {
		return nil, fmt.Errorf("--date-order: %w", err)
	}
	// A mapping that names its own delimiter sees the file split by it;
	// every other format sees the sniffed delimiter. Each reading starts
	// from the beginning of the file again.
	open := func(comma rune) (*table.Table, []table.Record, error) {
		if _, err := r.Seek(0, io.SeekStart); err != nil {
			return nil, nil, err
		}
		t, err := table.Open(r, table.Options{Comma: comma})
		if err != nil {
			return nil, nil, err
		}
		head, err := t.Peek(importer.MatchRows)
		return t, head, err
	}
	var best *importer.Format
	var closest *importer.Format
	var closestMatch importer.Match
	try := func(f *importer.Format, head []table.Record) bool {
		m := f.Match(head)
		if m.OK {
			best = f
			return true
		}
		if m.Score > closestMatch.Score {
			closest, closestMatch = f, m
		}
		return false
	}
	var t *table.Table
	for _, m := range opts.Mappings {
		if m.Comma() == 0 {
			continue
		}
		mt, head, err := open(m.Comma())
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		f := m.Format()
		if try(&f, head) {
			t = mt
			break
		}
	}
	if best == nil {
		var head []table.Record
		var err error
		if t, head, err = open(0); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		formats := candidates(opts)
		for i := range formats {
			if try(&formats[i], head) {
				break
			}
		}
	}
	if best == nil {
		e := &NoMatchError{File: name, Known: Formats()}
		if closest != nil && closestMatch.Score >= 0.25 {
			e.Closest = &Info{ID: closest.ID, Name: closest.Name, Kind: closest.Kind}
			e.Missing = closestMatch.Missing
		}
		return nil, e
	}
	if best.ID == ownFormatID {
		return readOwn(name, r, t, opts)
	}
	iopts := importer.Options{Location: opts.Location, ZoneGiven: opts.ZoneGiven, DateOrder: order, Now: opts.Now}
	f := importer.NewFile(name, t, *best, iopts)
	if err := best.Decode(f); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if err := f.Finish(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return &File{Input: f.Input, Posts: f.Posts, Comments: f.Comments, Daily: f.Daily}, nil
}

// candidates are the formats to try on the sniffed delimiter: the user's
// mappings that do not name a delimiter first, then the built-in formats.
func candidates(opts Options) []importer.Format {
	var out []importer.Format
	for _, m := range opts.Mappings {
		if m.Comma() == 0 {
			out = append(out, m.Format())
		}
	}
	return append(out, builtin...)
}

// ownFormatID names socialaudit's own format, decoded by package owncsv.
const ownFormatID = "socialaudit"

// ownFormat recognises socialaudit's own CSV files by their header; package
// owncsv decodes them.
func ownFormat() importer.Format {
	return importer.Format{
		ID:   ownFormatID,
		Name: "socialaudit's own CSV format (posts, comments or daily)",
		Kind: "posts, comments or daily",
		Match: func(head []table.Record) importer.Match {
			if len(head) == 0 {
				return importer.Match{}
			}
			h := importer.NewHeader(head[0].Fields)
			var best importer.Match
			for _, k := range owncsv.Kinds() {
				m := h.Score(k.Required)
				// Every column of the own format is lower-case snake
				// case; a platform header that happens to hold the
				// same words is not ours.
				if m.OK && !strings.Contains(strings.Join(head[0].Fields, ""), " ") {
					return m
				}
				m.OK = false
				if m.Score > best.Score {
					best = m
				}
			}
			return best
		},
	}
}

// readOwn decodes a file in socialaudit's own format with package owncsv,
// from the start again.
func readOwn(name string, r io.ReadSeeker, t *table.Table, opts Options) (*File, error) {
	if _, err := r.Seek(0, io.SeekStart); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var text io.Reader = r
	if t.Encoding != table.UTF8 && t.Encoding != table.UTF8BOM {
		var err error
		if text, _, err = table.Text(r); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	dec := owncsv.NewDecoder(owncsv.Options{Location: opts.Location, Comma: t.Comma, Now: opts.Now})
	if err := dec.Decode(name, text); err != nil {
		return nil, err
	}
	ds := dec.Dataset()
	in := ds.Inputs[0]
	in.FormatID = ownFormatID
	in.Encoding = string(t.Encoding)
	in.Delimiter = importer.DelimiterName(t.Comma)
	in.First, in.Last = importer.Span(ds.Posts, ds.Comments, ds.Daily)
	in.Notes = append(importer.EncodingNotes(t), in.Notes...)
	return &File{Input: in, Posts: ds.Posts, Comments: ds.Comments, Daily: ds.Daily, byID: dec.CommentIndex()}, nil
}

// CheckDateOrder reports whether s is a DateOrder value: "dmy", "mdy" or
// "" (decide per file).
func CheckDateOrder(s string) error {
	_, err := field.ParseOrder(s)
	return err
}

// ErrNoFiles is returned by Merge when given nothing.
var ErrNoFiles = errors.New("no input file")

// Merge combines the files into one dataset, counting each record once.
// Two files hold the same record when they share its key (platform,
// account and id for a post; platform and id for a comment; platform,
// account and day for a daily row). The later export wins: the file whose
// records reach the latest instant, and among files that end at the same
// instant the one given last. Its record is kept with its own known
// counters; the counters it does not know are taken from the earlier
// export. The earlier file's row counts as merged, not used. Parent links
// are then checked across the files (see checkThreads).
func Merge(files []*File) *analyze.Dataset {
	// rank[i] is file i's place from the latest export (0) to the earliest.
	idx := make([]int, len(files))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		if c := files[b].Input.Last.Compare(files[a].Input.Last); c != 0 {
			return c
		}
		return cmp.Compare(b, a)
	})
	merged := make([]map[int]int, len(files)) // loser file -> winner file -> records
	note := func(loser, winner int) {
		files[loser].Input.Used--
		files[loser].Input.Merged++
		if merged[loser] == nil {
			merged[loser] = map[int]int{}
		}
		merged[loser][winner]++
	}

	dropPosts := mergeKind(files, idx, func(f *File) int { return len(f.Posts) },
		func(f *File, i int) any {
			p := &f.Posts[i]
			return [3]string{p.Platform, p.Account, p.ID}
		},
		func(w, l *File, wi, li int) { mergePost(&w.Posts[wi], &l.Posts[li]) }, note)
	dropComments := mergeKind(files, idx, func(f *File) int { return len(f.Comments) },
		func(f *File, i int) any {
			c := &f.Comments[i]
			return [2]string{c.Platform, c.ID}
		},
		func(w, l *File, wi, li int) { mergeComment(&w.Comments[wi], &l.Comments[li]) }, note)
	dropDaily := mergeKind(files, idx, func(f *File) int { return len(f.Daily) },
		func(f *File, i int) any {
			d := &f.Daily[i]
			return dayKey{d.Platform, d.Account, d.Date}
		},
		func(w, l *File, wi, li int) { mergeDaily(&w.Daily[wi], &l.Daily[li]) }, note)

	ds := &analyze.Dataset{
		Posts:    gather(files, func(f *File) []analyze.Post { return f.Posts }, dropPosts),
		Comments: gather(files, func(f *File) []analyze.Comment { return f.Comments }, dropComments),
		Daily:    gather(files, func(f *File) []analyze.Daily { return f.Daily }, dropDaily),
	}
	for i, f := range files {
		for w, n := range merged[i] {
			f.Input.MergedInto = append(f.Input.MergedInto, analyze.Merge{File: files[w].Input.File, Records: n})
		}
		slices.SortFunc(f.Input.MergedInto, func(a, b analyze.Merge) int { return cmp.Compare(a.File, b.File) })
		ds.Inputs = append(ds.Inputs, f.Input)
	}
	checkThreads(ds, commentIndex(files, ds.Comments))
	return ds
}

type loc2 struct{ file, rec int }

// commentIndex is the index by platform and id of the merged comments when
// a file's importer built it and that file alone holds them all; else nil.
func commentIndex(files []*File, comments []analyze.Comment) map[[2]string]int {
	for _, f := range files {
		if len(f.Comments) == len(comments) && len(comments) > 0 && len(f.byID) == len(comments) &&
			&f.Comments[0] == &comments[0] {
			return f.byID
		}
	}
	return nil
}

// gather puts the records of one kind together, in file order, without the
// losers of the merge. A kind that one file alone holds is handed over as
// it is: copying a million comments would cost their memory twice.
func gather[T any](files []*File, records func(*File) []T, drop map[loc2]bool) []T {
	var only []T
	holders, n := 0, 0
	for _, f := range files {
		if r := records(f); len(r) > 0 {
			holders++
			n += len(r)
			only = r
		}
	}
	if holders <= 1 {
		return only
	}
	out := make([]T, 0, n-len(drop))
	for i, f := range files {
		for j, r := range records(f) {
			if !drop[loc2{i, j}] {
				out = append(out, r)
			}
		}
	}
	return out
}

type dayKey struct {
	platform, account string
	date              time.Time
}

// mergeKind finds the records of one kind that a later export also holds.
// It returns the losers; a kind found in one file only costs nothing.
func mergeKind(files []*File, byRecency []int, count func(*File) int, key func(*File, int) any,
	combine func(winner, loser *File, wi, li int), note func(loser, winner int)) map[loc2]bool {
	having := 0
	for _, f := range files {
		if count(f) > 0 {
			having++
		}
	}
	if having < 2 {
		return nil
	}
	winners := map[any]loc2{}
	drop := map[loc2]bool{}
	for _, fi := range byRecency {
		f := files[fi]
		for j := 0; j < count(f); j++ {
			k := key(f, j)
			if w, ok := winners[k]; ok {
				combine(files[w.file], f, w.rec, j)
				drop[loc2{fi, j}] = true
				note(fi, w.file)
				continue
			}
			winners[k] = loc2{fi, j}
		}
	}
	return drop
}

func fill(w *analyze.Count, l analyze.Count) {
	if !w.Known {
		*w = l
	}
}

func fillText(w *string, l string) {
	if *w == "" {
		*w = l
	}
}

func mergePost(w, l *analyze.Post) {
	for _, pair := range [][2]*analyze.Count{
		{&w.Impressions, &l.Impressions}, {&w.Reach, &l.Reach}, {&w.Reactions, &l.Reactions},
		{&w.Comments, &l.Comments}, {&w.Shares, &l.Shares}, {&w.Clicks, &l.Clicks},
		{&w.Hides, &l.Hides}, {&w.HideAll, &l.HideAll}, {&w.SpamReports, &l.SpamReports}, {&w.Unlikes, &l.Unlikes},
	} {
		fill(pair[0], *pair[1])
	}
	fillText(&w.Type, l.Type)
	fillText(&w.Text, l.Text)
	fillText(&w.Permalink, l.Permalink)
	w.IsReply = w.IsReply || l.IsReply
}

func mergeComment(w, l *analyze.Comment) {
	fillText(&w.PostID, l.PostID)
	fillText(&w.ParentID, l.ParentID)
	fillText(&w.AuthorID, l.AuthorID)
	fillText(&w.AuthorName, l.AuthorName)
	fillText(&w.Text, l.Text)
	fillText(&w.Agent, l.Agent)
	if w.FromBrand == analyze.FlagUnknown {
		w.FromBrand = l.FromBrand
	}
	if w.Hidden == analyze.FlagUnknown {
		w.Hidden = l.Hidden
	}
	w.AuthorWithheld = w.AuthorWithheld && l.AuthorWithheld
}

func mergeDaily(w, l *analyze.Daily) {
	for _, pair := range [][2]*analyze.Count{
		{&w.Followers, &l.Followers}, {&w.Follows, &l.Follows}, {&w.Unfollows, &l.Unfollows},
		{&w.Hides, &l.Hides}, {&w.HideAll, &l.HideAll}, {&w.SpamReports, &l.SpamReports},
		{&w.Impressions, &l.Impressions},
	} {
		fill(pair[0], *pair[1])
	}
}
