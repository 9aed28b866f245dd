package importer

import (
	"fmt"
	"strings"

	"github.com/socialaudit/socialaudit/analyze/internal/table"
)

// Norm is how column names are compared: trimmed, lower-case, with runs of
// spaces (and no-break spaces) collapsed to one. Platforms change the case
// of their headers from year to year ("Negative feedback" and "Negative
// Feedback").
func Norm(s string) string {
	s = strings.TrimPrefix(s, "\ufeff")
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return r == ' ' || r == '\u00a0' || r == '\t' || r == '\r' || r == '\n'
	}), " ")
}

// Header is a header row, for finding columns by name.
type Header struct {
	Names []string // as written
	norm  []string
}

// NewHeader reads a header row.
func NewHeader(fields []string) Header {
	h := Header{Names: append([]string(nil), fields...)}
	for _, f := range fields {
		h.norm = append(h.norm, Norm(f))
	}
	return h
}

// Index returns the first column named any of names (compared with Norm),
// or -1.
func (h Header) Index(names ...string) int {
	for _, n := range names {
		n = Norm(n)
		for i, x := range h.norm {
			if x == n {
				return i
			}
		}
	}
	return -1
}

// All returns every column named name, in order (headers repeat in
// Facebook's exports).
func (h Header) All(name string) []int {
	var out []int
	n := Norm(name)
	for i, x := range h.norm {
		if x == n {
			out = append(out, i)
		}
	}
	return out
}

// Find returns the first column whose normalised name satisfies ok, or -1.
func (h Header) Find(ok func(norm string) bool) int {
	for i, x := range h.norm {
		if ok(x) {
			return i
		}
	}
	return -1
}

// Len is the number of columns.
func (h Header) Len() int { return len(h.Names) }

// Score says how many of the wanted names the header has, as a Match:
// OK when all of required are there.
func (h Header) Score(required []string, optional ...string) Match {
	var m Match
	found := 0
	for _, n := range required {
		if h.Index(n) >= 0 {
			found++
		} else {
			m.Missing = append(m.Missing, n)
		}
	}
	for _, n := range optional {
		if h.Index(n) >= 0 {
			found++
		}
	}
	total := len(required) + len(optional)
	if total > 0 {
		m.Score = float64(found) / float64(total)
	}
	m.OK = len(m.Missing) == 0
	return m
}

// Cell returns field i of the record, or "" when i is -1 or beyond the row.
func Cell(rec table.Record, i int) string {
	if i < 0 || i >= len(rec.Fields) {
		return ""
	}
	return rec.Fields[i]
}

// Width rejects a row whose number of cells differs from the header's.
func Width(rec table.Record, want int) *Rejection {
	if n := len(rec.Fields); n != want {
		return &Rejection{Reason: fmt.Sprintf("wrong number of fields (%d, the header has %d)", n, want)}
	}
	return nil
}
