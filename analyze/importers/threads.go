package importers

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/analyze/internal/importer"
)

// checkThreads repairs the parent links of the merged comments, which only
// the whole dataset can judge (a parent may be in another file), and notes
// each repair on the file of the comment it touched:
//
//   - a comment that names itself as its parent is read as top-level;
//   - a cycle of parents (c3 replies to c4, which replies to c3) is broken
//     by reading its earliest comment (by time, then id) as top-level;
//   - a reply dated before its parent is kept as it is: the analysis only
//     counts an answer that comes after the comment it answers.
//
// byID indexes ds.Comments by platform and id when a caller has that index
// already (see commentIndex); nil builds it.
//
// The analysis never follows a chain of parents, so none of these could
// make it loop; they are repaired so that threads are trees, and reported
// because each one is a broken export.
func checkThreads(ds *analyze.Dataset, byID map[[2]string]int) {
	var self, cycles, older threadIssues
	if byID == nil {
		byID = make(map[[2]string]int, len(ds.Comments))
		for i := range ds.Comments {
			c := &ds.Comments[i]
			byID[[2]string{c.Platform, c.ID}] = i
		}
	}
	for i := range ds.Comments {
		c := &ds.Comments[i]
		if c.ParentID != "" && c.ParentID == c.ID {
			self.add(c.Source)
			self.last().id = c.ID
			c.ParentID = ""
		}
	}
	// parents[i] is the index of comment i's parent, or -1: each is looked
	// up once, for the walk and for the dates.
	parents := make([]int32, len(ds.Comments))
	for i := range ds.Comments {
		parents[i] = -1
		if c := &ds.Comments[i]; c.ParentID != "" {
			if p, ok := byID[[2]string{c.Platform, c.ParentID}]; ok {
				parents[i] = int32(p)
			}
		}
	}
	parent := func(i int) int { return int(parents[i]) }
	// Each comment has at most one parent: walking up from every comment
	// not yet seen finds each cycle once, in linear time.
	const (
		unseen = iota
		onPath
		done
	)
	state := make([]uint8, len(ds.Comments))
	var path []int
	for start := range ds.Comments {
		path = path[:0]
		i := start
		for i >= 0 && state[i] == unseen {
			state[i] = onPath
			path = append(path, i)
			i = parent(i)
		}
		if i >= 0 && state[i] == onPath {
			at := slices.Index(path, i)
			ring := path[at:]
			first := slices.MinFunc(ring, func(a, b int) int {
				x, y := &ds.Comments[a], &ds.Comments[b]
				if c := x.Created.Compare(y.Created); c != 0 {
					return c
				}
				return cmp.Compare(x.ID, y.ID)
			})
			c := &ds.Comments[first]
			cycles.add(c.Source)
			cycles.last().id, cycles.last().size = c.ID, len(ring)
			c.ParentID = ""
			parents[first] = -1
		}
		for _, j := range path {
			state[j] = done
		}
	}
	for i := range ds.Comments {
		c := &ds.Comments[i]
		if p := parent(i); p >= 0 && c.Created.Before(ds.Comments[p].Created) {
			older.add(c.Source)
			older.last().id, older.last().parent = c.ID, ds.Comments[p].ID
		}
	}

	files := map[string]*analyze.Input{}
	for i := len(ds.Inputs) - 1; i >= 0; i-- {
		files[ds.Inputs[i].File] = &ds.Inputs[i]
	}
	of := func(file string) importer.InputNotes { return importer.InputNotes{Input: files[file]} }
	for _, file := range self.files() {
		is := self.of(file)
		if len(is) == 1 {
			of(file).Note("line %d: comment %q names itself as its parent; it is read as a comment without parent", is[0].line, is[0].id)
		} else {
			of(file).Note("%d comments name themselves as their parent (lines %s); they are read as comments without parent", len(is), lines(is))
		}
	}
	for _, file := range cycles.files() {
		is := cycles.of(file)
		if len(is) == 1 {
			of(file).Note("line %d: comment %q is the earliest of %d comments whose parents form a cycle; it is read as a comment without parent", is[0].line, is[0].id, is[0].size)
		} else {
			of(file).Note("%d cycles of comments whose parents lead back to themselves (lines %s); the earliest comment of each is read as a comment without parent", len(is), lines(is))
		}
	}
	for _, file := range older.files() {
		is := older.of(file)
		if len(is) == 1 {
			of(file).Note("line %d: comment %q is dated before %q, the comment it replies to; it is kept, but not counted as an answer to it", is[0].line, is[0].id, is[0].parent)
		} else {
			of(file).Note("%d comments are dated before the comment they reply to (lines %s); they are kept, but not counted as answers to them", len(is), lines(is))
		}
	}
}

// threadIssue is one comment a check found.
type threadIssue struct {
	file       string
	line       int
	id, parent string
	size       int // the length of its cycle
}

type threadIssues []threadIssue

func (t *threadIssues) add(src analyze.Source) {
	*t = append(*t, threadIssue{file: src.File, line: src.Line})
}

func (t threadIssues) last() *threadIssue { return &t[len(t)-1] }

// files returns the files the issues are in, in order of first issue.
func (t threadIssues) files() []string {
	var out []string
	for _, x := range t {
		if !slices.Contains(out, x.file) {
			out = append(out, x.file)
		}
	}
	return out
}

// of returns the issues of one file, by line.
func (t threadIssues) of(file string) []threadIssue {
	var out []threadIssue
	for _, x := range t {
		if x.file == file {
			out = append(out, x)
		}
	}
	slices.SortStableFunc(out, func(a, b threadIssue) int { return cmp.Compare(a.line, b.line) })
	return out
}

// maxLines is how many lines a note lists.
const maxLines = 5

// lines lists the issues' lines, the first few: "6, 9, 12" or
// "6, 9, 12, 15, 18, …".
func lines(is []threadIssue) string {
	var parts []string
	for i, x := range is {
		if i == maxLines {
			parts = append(parts, "…")
			break
		}
		parts = append(parts, strconv.Itoa(x.line))
	}
	return strings.Join(parts, ", ")
}
