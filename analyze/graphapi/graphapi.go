// Package graphapi reads Facebook comment exports made from the Graph API
// (GET /{post-id}/comments): the API's own field names flattened to CSV
// columns by whatever tool wrote the file (Comments), and the layout of
// minimaxir's facebook-page-post-scraper (ScraperComments).
//
// Since 2018 the Graph API withholds a comment's author ("from") unless the
// export was made with the page's own access token; scrapers then write
// "undiscoverable" (or "deprecated"). Such comments are marked
// AuthorWithheld, and the file says so in a note: nobody can tell from it
// whether the brand replied.
package graphapi

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/socialaudit/socialaudit/analyze/internal/importer"
)

// withheldValues are what exporters write in place of an author the API did
// not give: the scrapers' "undiscoverable", and "deprecated", which a fork
// of the scraper hard-codes since the field went away.
var withheldValues = []string{"undiscoverable", "deprecated"}

// withheldValue reports whether an author cell only says the author was
// withheld.
func withheldValue(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, w := range withheldValues {
		if s == w {
			return true
		}
	}
	return false
}

// withheld counts the rows whose author was withheld, by what the file
// said instead, for the file's note.
type withheld struct {
	seen    int            // rows whose author was looked at
	rows    int            // of which withheld
	byLabel map[string]int // `written "undiscoverable"`, "left empty"...
}

// add counts a withheld author; label says how the file showed it.
func (w *withheld) add(label string) {
	w.rows++
	if w.byLabel == nil {
		w.byLabel = map[string]int{}
	}
	w.byLabel[label]++
}

// label describes an author cell that withheld the author.
func label(cell string) string {
	if v := strings.ToLower(strings.TrimSpace(cell)); v != "" {
		return "written " + strconv.Quote(v)
	}
	return "left empty"
}

// note adds the file's note about withheld authors, if any: it is the
// reason the report cannot measure responsiveness on this file.
func (w *withheld) note(f *importer.File) {
	if w.rows == 0 {
		return
	}
	labels := make([]string, 0, len(w.byLabel))
	for l := range w.byLabel {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	how := make([]string, len(labels))
	for i, l := range labels {
		how[i] = fmt.Sprintf("%d %s", w.byLabel[l], l)
	}
	consequence := "so responsiveness cannot be measured from this file"
	if w.rows < w.seen {
		consequence = "so those comments cannot be told apart as the brand's or other people's"
	}
	f.Note("comment authors were withheld by Facebook in %d of the %d rows read (%s): only an export made with the page's own access token shows who replied, %s",
		w.rows, f.Input.Rows, strings.Join(how, ", "), consequence)
}

// rounded matches an id a spreadsheet turned into a rounded number
// ("1.01515E+16"): the digits are lost, so the row cannot be linked.
var rounded = regexp.MustCompile(`^[0-9](\.[0-9]+)?[eE]\+?[0-9]+$`)

// checkID rejects an id a spreadsheet rounded.
func checkID(column, id string) *importer.Rejection {
	if rounded.MatchString(id) {
		return importer.Rejectf(column, "%q is an id a spreadsheet rounded to a number; export the file again without opening it in a spreadsheet", id)
	}
	return nil
}

// splitPair splits a Graph API id of the form "a_b" (a post id
// "pageid_postid", a comment id "postid_commentid") into its two numbers.
func splitPair(id string) (a, b string, ok bool) {
	a, b, ok = strings.Cut(id, "_")
	if !ok || !digitsOnly(a) || !digitsOnly(b) {
		return "", "", false
	}
	return a, b, true
}

func digitsOnly(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// ignored lists the header names no column of used names, once each, for
// Input.IgnoredColumns.
func ignored(h importer.Header, used map[int]bool) []string {
	var out []string
	seen := map[string]bool{}
	for i, n := range h.Names {
		if used[i] || strings.TrimSpace(n) == "" || seen[n] {
			continue
		}
		seen[n] = true
		out = append(out, n)
	}
	return out
}

// plural writes n and a noun, with an "s" unless n is 1.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
