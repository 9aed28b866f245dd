// Package facebook reads Facebook Page Insights exports: the legacy "Post
// data" and "Page data" exports of the classic Insights tab (withdrawn in
// November 2023, so consultants only have old files of them).
//
// Both exports have two header rows: the metric names, then a description
// of each metric ("Lifetime: The number of times people have given negative
// feedback to your post. (Total Count)"). Names repeat, and case and
// wording change from year to year, so columns are found by their
// normalised name (importer.Norm) and told apart by the description's
// "(Total Count)" or "(Unique Users)".
//
// # Breakdowns by type
//
// Facebook writes a breakdown by type ("... by Type - hide_clicks") the way
// its Graph API returns it: only the types that occurred. A type that no
// row had in the export's period has no column, and a row without a type
// has an empty cell (the real exports hold no 0 in any by-type cell). So an
// empty or absent type is a known 0 only where the row shows that its
// breakdown is complete:
//
//   - when the file has the breakdown's total (for negative feedback,
//     "Lifetime Negative Feedback from Users" or "Daily Negative Feedback
//     from Users"), the row's total is known and the types it writes add up
//     to it;
//   - when the file has no such total (the post stories by action type),
//     the row carries its total impressions ("Lifetime Post Total
//     Impressions", "Daily Total Impressions"), that is Facebook had
//     insights for it (a page mention, for example, has every metric
//     empty).
//
// Elsewhere an empty type is unknown, and so is every type of a file that
// has no by-type column of the family at all: a total alone is never split
// into types, and the unique-users family is never taken for the count of
// actions. The importer says in a note of the file how many rows were
// complete.
package facebook

import (
	"fmt"
	"math"
	"strings"
	_ "time/tzdata" // America/Los_Angeles on machines without a zone database

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/analyze/internal/field"
	"github.com/socialaudit/socialaudit/analyze/internal/importer"
	"github.com/socialaudit/socialaudit/analyze/internal/table"
)

// periods are how a legacy description begins: the period of the metric.
var periods = []string{"lifetime:", "daily:", "weekly:", "28 days:"}

// descriptionRowMissing is the Missing entry of a file without the second
// header row, so that the closest-format message says what is wrong.
const descriptionRowMissing = `the second header row of descriptions ("Lifetime: ..." or "Daily: ...")`

// isDescriptionRow reports whether a record is the second header row of a
// legacy export: at least one cell is a description ("Daily: The number of
// ..."), and no cell is a number or a date, which every data row has. Not
// every cell is a description: the page export repeats raw API names there
// ("page_cta_clicks_logged_in_total:day", "BOOK_NOW - 920657974664298").
func isDescriptionRow(rec table.Record) bool {
	described := false
	for _, c := range rec.Fields {
		if field.Unknown(c) {
			continue
		}
		n := importer.Norm(c)
		for _, p := range periods {
			if strings.HasPrefix(n, p) {
				described = true
			}
		}
		if v, err := field.Count(c); err == nil && v.Known {
			return false
		}
		if _, err := field.Scan(c); err == nil {
			return false
		}
	}
	return described
}

// legacyHead is a legacy export's two header rows.
type legacyHead struct {
	h importer.Header
	// tags says, for each column, whether its description ends in
	// "(Total Count)" (tagTotal) or "(Unique Users)" (tagUnique). A
	// by-type column without a description of its own takes that of its
	// group's first column, which is the only one Facebook describes.
	tags  []tag
	norms []string // the names, normalised
}

type tag uint8

const (
	tagNone tag = iota
	tagTotal
	tagUnique
)

func newLegacyHead(names, descs table.Record) legacyHead {
	lh := legacyHead{h: importer.NewHeader(names.Fields)}
	lh.norms = make([]string, len(names.Fields))
	lh.tags = make([]tag, len(names.Fields))
	// The description of the run of columns of one group so far: a
	// by-type column without one takes it (Facebook describes only the
	// first column of a group).
	var runGroup, runDesc string
	for i, name := range names.Fields {
		lh.norms[i] = importer.Norm(name)
		d := importer.Norm(importer.Cell(descs, i))
		g, _, ok := splitType(lh.norms[i])
		switch {
		case !ok:
			runGroup, runDesc = "", ""
		case g != runGroup:
			runGroup, runDesc = g, d
		case d != "":
			runDesc = d
		default:
			d = runDesc
		}
		switch {
		case strings.Contains(d, "(total count)"):
			lh.tags[i] = tagTotal
		case strings.Contains(d, "(unique users)"):
			lh.tags[i] = tagUnique
		}
	}
	return lh
}

func (lh legacyHead) norm(i int) string { return lh.norms[i] }

// splitType splits a by-type column name ("lifetime post stories by action
// type - like") into its group and its type.
func splitType(norm string) (group, typ string, ok bool) {
	i := strings.LastIndex(norm, " - ")
	if i <= 0 || i+3 >= len(norm) {
		return "", "", false
	}
	return norm[:i], norm[i+3:], true
}

// column returns the first column named name whose description is not the
// other kind than want (tagNone takes the first column of that name).
func (lh legacyHead) column(name string, want tag) int {
	for _, i := range lh.h.All(name) {
		if want == tagNone || lh.tags[i] == tagNone || lh.tags[i] == want {
			return i
		}
	}
	return -1
}

// group is a breakdown by type: its columns in the file and the column of
// its total, if the file has one.
type group struct {
	label   string // the group's name as written, for notes
	total   int    // column of the total, or -1
	members []member
}

type member struct {
	typ string // normalised type ("hide_clicks", "link clicks")
	col int
}

// findGroup collects the columns of the breakdown whose normalised group
// name satisfies in, keeping the first column of each type and only
// columns whose description is not of the other kind than want.
func (lh legacyHead) findGroup(in func(group string, t tag) bool, want tag, total int) group {
	g := group{total: total}
	seen := map[string]bool{}
	for i := range lh.h.Names {
		name, typ, ok := splitType(lh.norm(i))
		if !ok || !in(name, lh.tags[i]) || seen[typ] {
			continue
		}
		if lh.tags[i] != tagNone && lh.tags[i] != want {
			continue
		}
		if g.label == "" {
			raw := lh.h.Names[i]
			g.label = strings.TrimSpace(raw[:max(0, strings.LastIndex(raw, " - "))])
		}
		seen[typ] = true
		g.members = append(g.members, member{typ: typ, col: i})
	}
	return g
}

// has reports whether the file has any column of the breakdown.
func (g group) has() bool { return len(g.members) > 0 }

// groupRow is one row's reading of a breakdown.
type groupRow struct {
	g        *group
	vals     []analyze.Count
	complete bool // an empty or absent type is a known 0
}

// read reads the row's cells of the breakdown. anchor says the row has
// insights at all; it decides completeness when the file has no total.
func (g *group) read(rec table.Record, names []string, anchor bool) (groupRow, *importer.Rejection) {
	r := groupRow{g: g, vals: make([]analyze.Count, len(g.members))}
	if !g.has() {
		return r, nil
	}
	var sum int64
	overflow := false
	for k, m := range g.members {
		v, err := field.Count(importer.Cell(rec, m.col))
		if err != nil {
			return r, importer.Rejectf(names[m.col], "%v", err)
		}
		r.vals[k] = v
		if v.Value > math.MaxInt64-sum {
			overflow = true
		}
		sum += v.Value
	}
	if g.total < 0 {
		r.complete = anchor
		return r, nil
	}
	t, err := field.Count(importer.Cell(rec, g.total))
	if err != nil {
		return r, importer.Rejectf(names[g.total], "%v", err)
	}
	r.complete = t.Known && !overflow && sum == t.Value
	return r, nil
}

// get returns the count of one type (normalised).
func (r groupRow) get(typ string) analyze.Count {
	if !r.g.has() {
		return analyze.Count{}
	}
	for k, m := range r.g.members {
		if m.typ == typ && r.vals[k].Known {
			return r.vals[k]
		}
	}
	if r.complete {
		return analyze.KnownCount(0)
	}
	return analyze.Count{}
}

// The negative-feedback types, as the suffixes of the by-type columns.
const (
	typeHide     = "hide_clicks"
	typeHideAll  = "hide_all_clicks"
	typeSpam     = "report_spam_clicks"
	typeUnlike   = "unlike_page_clicks"
	negativeName = "negative feedback"
)

// negativeFamilies finds the total-count breakdown of negative feedback for
// one period ("lifetime" or "daily") and the column of its total. A group
// belongs to the total-count family when its description says "(Total
// Count)" or, without a description, when its name says "from Users"
// ("Lifetime Negative Feedback from Users by Type - hide_clicks"); the
// unique-users family is "Lifetime Negative feedback - hide_clicks" or
// "... by type - ...". It also reports whether the file has the
// unique-users breakdown, for the note.
func (lh legacyHead) negativeFamilies(period string) (total group, hasUnique bool) {
	totalCol := lh.column(period+" negative feedback from users", tagTotal)
	isNeg := func(g string) bool {
		return strings.HasPrefix(g, period+" ") && strings.Contains(g, negativeName)
	}
	tot := lh.findGroup(func(g string, t tag) bool {
		return isNeg(g) && (strings.Contains(g, "from users") || t == tagTotal)
	}, tagTotal, totalCol)
	uniq := lh.findGroup(func(g string, _ tag) bool {
		return isNeg(g) && !strings.Contains(g, "from users")
	}, tagUnique, -1)
	return tot, uniq.has()
}

// negativeNote says where the negative feedback came from and how the rule
// on empty types applied: complete rows and the others. counters names
// what stays unknown without the breakdown.
func negativeNote(f *importer.File, g group, hasUnique bool, totalName, counters string, complete, incomplete int) {
	switch {
	case g.has() && g.total >= 0:
		f.Note("negative feedback by type read from the total-count columns %q (actions, not people); Facebook writes a type only when it occurred, so an empty or absent type counts 0 on rows whose written types add up to %q (%s read), elsewhere it is unknown (%s)",
			g.label+" - ...", totalName, rows(complete), rows(incomplete))
	case g.has():
		f.Note("negative feedback by type read from the total-count columns %q (actions, not people); the file has no %q, so an empty or absent type counts 0 on rows whose total impressions are known (%s read), elsewhere it is unknown (%s)",
			g.label+" - ...", totalName, rows(complete), rows(incomplete))
	case hasUnique:
		f.Note("the file has negative feedback by type only as unique users, not as the count of actions: %s are unknown", counters)
	default:
		f.Note("the file has no negative feedback by type: %s are unknown", counters)
	}
}

func rows(n int) string {
	if n == 1 {
		return "1 row"
	}
	return fmt.Sprintf("%d rows", n)
}

// readHeaders reads the two header rows; the data start at record 3
// (f.Rows(2, ...)).
func readHeaders(f *importer.File) (legacyHead, error) {
	head, err := f.Table.Peek(2)
	if err != nil {
		return legacyHead{}, err
	}
	if len(head) < 2 {
		return legacyHead{}, fmt.Errorf("the file lacks %s", descriptionRowMissing)
	}
	return newLegacyHead(head[0], head[1]), nil
}

// count reads a plain count column (-1 is unknown).
func count(rec table.Record, names []string, col int) (analyze.Count, *importer.Rejection) {
	if col < 0 {
		return analyze.Count{}, nil
	}
	v, err := field.Count(importer.Cell(rec, col))
	if err != nil {
		return analyze.Count{}, importer.Rejectf(names[col], "%v", err)
	}
	return v, nil
}
