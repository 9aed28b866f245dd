package owncsv

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// Kind describes one of the three kinds of socialaudit CSV file: its name,
// and the columns it is recognised by (Required) and may have (Optional).
type Kind struct {
	Name     string   // "posts", "comments" or "daily"
	Required []string // columns that must be in the header and non-empty in every row
	Optional []string // columns that may be absent, and cells that may be empty
}

// String describes the kind for help text and error messages, e.g.
// "posts (requires platform, post_id, published_at)".
func (k Kind) String() string {
	return k.Name + " (requires " + strings.Join(k.Required, ", ") + ")"
}

// Columns returns every column of the kind, required ones first.
func (k Kind) Columns() []string {
	return append(append([]string(nil), k.Required...), k.Optional...)
}

// Format is the name the kind is reported under in analyze.Input.Format.
func (k Kind) Format() string { return "socialaudit " + k.Name }

const (
	kindPosts = iota
	kindComments
	kindDaily
)

var kinds = [...]Kind{
	kindPosts: {
		Name:     "posts",
		Required: []string{"platform", "post_id", "published_at"},
		Optional: []string{"account", "type", "text", "permalink", "impressions", "reach", "reactions",
			"comments", "shares", "clicks", "hides", "hide_all", "spam_reports", "unlikes"},
	},
	kindComments: {
		Name:     "comments",
		Required: []string{"platform", "comment_id", "created_at"},
		Optional: []string{"account", "post_id", "parent_id", "author_id", "author_name", "from_brand",
			"text", "hidden", "agent"},
	},
	kindDaily: {
		Name:     "daily",
		Required: []string{"platform", "date"},
		Optional: []string{"account", "followers", "follows", "unfollows", "hides", "hide_all",
			"spam_reports", "impressions"},
	},
}

// Kinds returns the three kinds of socialaudit CSV (posts, comments, daily)
// with their columns. The result is a copy: changing it changes nothing.
func Kinds() []Kind {
	out := make([]Kind, len(kinds))
	for i, k := range kinds {
		out[i] = Kind{
			Name:     k.Name,
			Required: append([]string(nil), k.Required...),
			Optional: append([]string(nil), k.Optional...),
		}
	}
	return out
}

// Errors about a whole file. Decode wraps them with the file name and the
// details, so test them with errors.Is.
var (
	// ErrEmptyFile: the file has no header row.
	ErrEmptyFile = errors.New("empty file")
	// ErrUnknownKind: the header has the required columns of no kind.
	ErrUnknownKind = errors.New("header matches no kind of socialaudit csv")
	// ErrAmbiguousKind: the header has the required columns of two kinds.
	ErrAmbiguousKind = errors.New("header matches more than one kind of socialaudit csv")
	// ErrBadHeader: a duplicate or misspelt column name.
	ErrBadHeader = errors.New("bad header")
)

// loose is the form in which header names are compared to find misspellings:
// lower case, without spaces, underscores, hyphens, dots and zero-width
// characters. gocsv itself matches " post_id" and "post\u200b_id" to
// post_id (it trims spaces and drops zero-width characters), and silently
// matches nothing for "Post_ID"; both are errors here, so that no header
// maps to a column in a way the user did not write.
func loose(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.IsSpace(r), r == '_', r == '-', r == '.',
			r == '\u200b', r == '\u200c', r == '\u200d', r == '\ufeff':
			return -1
		}
		return unicode.ToLower(r)
	}, s)
}

// detectKind finds the kind a header belongs to and checks the header's
// names. It returns the index of the kind in kinds.
func detectKind(header []string) (int, error) {
	first := make(map[string]int, len(header))
	for i, h := range header {
		if h == "" {
			continue // unnamed columns (trailing commas) are ignored, not duplicates
		}
		if j, ok := first[h]; ok {
			return 0, fmt.Errorf("%w: column %q appears twice (columns %d and %d)", ErrBadHeader, h, j+1, i+1)
		}
		first[h] = i
	}
	looseHeader := make(map[string]bool, len(header))
	for _, h := range header {
		looseHeader[loose(h)] = true
	}
	has := func(k Kind, cols []string) (present, missing []string) {
		for _, c := range cols {
			if looseHeader[loose(c)] {
				present = append(present, c)
			} else {
				missing = append(missing, c)
			}
		}
		return present, missing
	}
	var matches []int
	for i, k := range kinds {
		if _, missing := has(k, k.Required); len(missing) == 0 {
			matches = append(matches, i)
		}
	}
	switch len(matches) {
	case 0:
		return 0, unknownKind(has)
	case 1:
	default:
		var names []string
		for _, i := range matches {
			names = append(names, kinds[i].String())
		}
		return 0, fmt.Errorf("%w: it has the required columns of %s; keep one kind per file",
			ErrAmbiguousKind, strings.Join(names, " and "))
	}
	k := kinds[matches[0]]
	exact := make(map[string]bool)
	byLoose := make(map[string]string)
	for _, c := range k.Columns() {
		exact[c] = true
		byLoose[loose(c)] = c
	}
	var bad []string
	for _, h := range header {
		if exact[h] {
			continue
		}
		if c, ok := byLoose[loose(h)]; ok {
			bad = append(bad, fmt.Sprintf("column %q should be spelled %q", h, c))
		}
	}
	if len(bad) > 0 {
		return 0, fmt.Errorf("%w: %s (column names are lower case, with underscores, as in the %s kind)",
			ErrBadHeader, strings.Join(bad, "; "), k.Name)
	}
	return matches[0], nil
}

// unknownKind explains a header that matches no kind: which kind it is
// closest to (most required columns, then most columns present; ties go to
// the first kind) and what that kind lacks.
func unknownKind(has func(Kind, []string) ([]string, []string)) error {
	best, bestReq, bestAll := 0, -1, -1
	for i, k := range kinds {
		req, _ := has(k, k.Required)
		all, _ := has(k, k.Columns())
		if len(req) > bestReq || (len(req) == bestReq && len(all) > bestAll) {
			best, bestReq, bestAll = i, len(req), len(all)
		}
	}
	_, missing := has(kinds[best], kinds[best].Required)
	quoted := make([]string, len(missing))
	for i, m := range missing {
		quoted[i] = strconv.Quote(m)
	}
	var list []string
	for _, k := range kinds {
		list = append(list, k.String())
	}
	return fmt.Errorf("%w: the closest is %s, which lacks %s; the kinds are %s",
		ErrUnknownKind, kinds[best].Name, strings.Join(quoted, ", "), strings.Join(list, "; "))
}
