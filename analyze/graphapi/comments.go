package graphapi

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/analyze/internal/importer"
	"github.com/socialaudit/socialaudit/analyze/internal/table"
)

// Comments is a Facebook comment export made from the Graph API
// (GET /{post-id}/comments, fields id, message, created_time, from{id,name},
// parent{id}, is_hidden...), one row per comment or reply, with the nested
// fields flattened the way the usual tools do it: from.id, from_id, from/id,
// from__id, "from id" or fromId (likewise from.name, parent.id and a post id
// post_id, post.id or object.id), or left nested as a JSON object or a
// Python dict's repr in a "from" column.
//
// A comment whose author the API withheld (no from, or a tool's
// "undiscoverable") is AuthorWithheld. A comment written by the page
// itself (from.id is the page id that starts the post id
// "pageid_postid") is the brand's own.
var Comments = importer.Format{
	ID:    "facebook-graph-comments",
	Name:  "Facebook comments exported from the Graph API (id, message, created_time, from, parent)",
	Kind:  "comments",
	Match: matchComments,
	Decode: func(f *importer.File) error {
		return decodeComments(f)
	},
}

// flat lists the names a flattening tool gives the key of a nested object:
// pandas' json_normalize writes "from.id", others "from_id", "from/id",
// "from__id", "from id" or "fromId" (which Norm makes "fromid").
func flat(object, key string) []string {
	return []string{object + "." + key, object + "_" + key, object + "/" + key, object + "__" + key, object + " " + key, object + key}
}

// The names of the Graph API comment fields, flattened.
var (
	gID       = []string{"id"}
	gMessage  = []string{"message"}
	gCreated  = []string{"created_time"}
	gFromID   = flat("from", "id")
	gFromName = flat("from", "name")
	gParentID = flat("parent", "id")
	gPostID   = append(flat("post", "id"), flat("object", "id")...)
	gHidden   = []string{"is_hidden", "is hidden", "ishidden"}
	// Nested objects left as they came (JSON or a Python dict's repr).
	gFrom   = []string{"from"}
	gParent = []string{"parent"}
	gPost   = []string{"post", "object"}
	// gCommentOnly are fields of a comment that a Graph API post has not:
	// id, message and created_time alone would also take a posts export.
	gCommentOnly = [][]string{gParentID, gParent, gHidden, gPostID, gPost,
		{"comment_count"}, {"like_count"}, {"can_reply_privately"}, {"can_hide"}}
	gOptional = [][]string{gFromID, gFromName, {"permalink_url"}}
)

func matchComments(head []table.Record) importer.Match {
	if len(head) == 0 {
		return importer.Match{}
	}
	h := importer.NewHeader(head[0].Fields)
	var m importer.Match
	found, total := 0, 0
	for _, req := range []struct {
		label string
		names []string
	}{{"id", gID}, {"message", gMessage}, {"created_time", gCreated}} {
		total++
		if h.Index(req.names...) >= 0 {
			found++
		} else {
			m.Missing = append(m.Missing, req.label)
		}
	}
	total++
	commentOnly := false
	for _, names := range gCommentOnly {
		if h.Index(names...) >= 0 {
			commentOnly = true
		}
	}
	if commentOnly {
		found++
	} else {
		m.Missing = append(m.Missing, "parent.id or is_hidden")
	}
	for _, names := range gOptional {
		total++
		if h.Index(names...) >= 0 {
			found++
		}
	}
	m.Score = float64(found) / float64(total)
	m.OK = len(m.Missing) == 0
	return m
}

// graphCols are the column indexes of a Graph API comment export, -1 when
// absent. A flattened column wins over the nested object of the same field.
type graphCols struct {
	id, message, created   int
	fromID, fromName, from int
	parentID, parent       int
	postID, post, hidden   int
	hasAuthor, hasPost     bool
}

func commentColumns(h importer.Header) graphCols {
	c := graphCols{
		id: h.Index(gID...), message: h.Index(gMessage...), created: h.Index(gCreated...),
		fromID: h.Index(gFromID...), fromName: h.Index(gFromName...), from: -1,
		parentID: h.Index(gParentID...), parent: -1,
		postID: h.Index(gPostID...), post: -1,
		hidden: h.Index(gHidden...),
	}
	if c.fromID < 0 && c.fromName < 0 {
		c.from = h.Index(gFrom...)
	}
	if c.parentID < 0 {
		c.parent = h.Index(gParent...)
	}
	if c.postID < 0 {
		c.post = h.Index(gPost...)
	}
	c.hasAuthor = c.fromID >= 0 || c.fromName >= 0 || c.from >= 0
	c.hasPost = c.postID >= 0 || c.post >= 0
	return c
}

func (c graphCols) used() map[int]bool {
	used := map[int]bool{}
	for _, i := range []int{c.id, c.message, c.created, c.fromID, c.fromName, c.from, c.parentID, c.parent, c.postID, c.post, c.hidden} {
		if i >= 0 {
			used[i] = true
		}
	}
	return used
}

func decodeComments(f *importer.File) error {
	head, err := f.Table.Peek(1)
	if err != nil {
		return err
	}
	if len(head) == 0 {
		return errors.New("the file has no header row")
	}
	h := importer.NewHeader(head[0].Fields)
	col := commentColumns(h)
	if col.id < 0 || col.message < 0 || col.created < 0 {
		return errors.New("the file has no id, message or created_time column")
	}
	f.Input.IgnoredColumns = ignored(h, col.used())
	var authors withheld
	var derived, parentIsPost int
	f.Columns = h.Names
	err = f.Rows(1, func(rec table.Record) *importer.Rejection {
		if r := importer.Width(rec, h.Len()); r != nil {
			return r
		}
		c := analyze.Comment{Platform: "facebook", Text: importer.Cell(rec, col.message)}

		// The author first, so that the note counts every row read.
		authors.seen++
		var how string
		switch {
		case !col.hasAuthor:
			how = "with no from column"
		default:
			id, name, r := author(h, rec, col)
			if r != nil {
				return r
			}
			if withheldValue(id) || withheldValue(name) {
				how = "written " + strings.Join(nonEmpty(labelIf(id), labelIf(name)), " and ")
			}
			if withheldValue(id) {
				id = ""
			}
			if withheldValue(name) {
				name = ""
			}
			if id == "" && name == "" && how == "" {
				how = "left empty"
			}
			c.AuthorID, c.AuthorName = id, name
		}
		if c.AuthorID == "" && c.AuthorName == "" {
			c.AuthorWithheld = true
			authors.add(how)
		}

		c.ID = strings.TrimSpace(importer.Cell(rec, col.id))
		if c.ID == "" {
			return importer.Rejectf(h.Names[col.id], "required value is empty")
		}
		if r := checkID(h.Names[col.id], c.ID); r != nil {
			return r
		}
		// What the notes count, once the row is in.
		var postFromID, toTop bool
		var r *importer.Rejection
		if c.PostID, r = nestedID(h, rec, col.postID, col.post); r != nil {
			return r
		}
		pageID := ""
		if c.PostID != "" {
			if r := checkID(postColumn(h, col), c.PostID); r != nil {
				return r
			}
			if page, _, ok := splitPair(c.PostID); ok {
				pageID = page
			}
		} else if post, _, ok := splitPair(c.ID); ok {
			// Comment ids are "postid_commentid": without a post column
			// the post is the part before "_" (the post's own number,
			// without the page id of "pageid_postid").
			c.PostID = post
			postFromID = true
		}
		if c.ParentID, r = nestedID(h, rec, col.parentID, col.parent); r != nil {
			return r
		}
		if c.ParentID != "" {
			pc := h.Names[max(col.parentID, col.parent)]
			if r := checkID(pc, c.ParentID); r != nil {
				return r
			}
			switch c.ParentID {
			case c.ID:
				return importer.Rejectf(pc, "the comment %q names itself as its parent", c.ID)
			case c.PostID:
				// Some tools give a top-level comment its post as
				// parent; it replies to no comment.
				c.ParentID = ""
				toTop = true
			}
		}
		if col.hidden >= 0 {
			flag, err := hiddenFlag(importer.Cell(rec, col.hidden))
			if err != nil {
				return importer.Rejectf(h.Names[col.hidden], "%v", err)
			}
			c.Hidden = flag
		}
		if pageID != "" && c.AuthorID == pageID {
			c.FromBrand = analyze.FlagYes
		}
		if r := f.AddComment(c, h.Names[col.created], importer.Cell(rec, col.created), rec.Line); r != nil {
			return r
		}
		if postFromID {
			derived++
		}
		if toTop {
			parentIsPost++
		}
		return nil
	})
	if err != nil {
		return err
	}
	authors.note(f)
	if derived > 0 {
		why := "the file has no post id column"
		if col.hasPost {
			why = "their post id cell is empty"
		}
		f.Note("post ids of %s taken from the comment ids (the part before \"_\") as %s: they are the post's own number, without the page id that posts exports put before it (pageid_postid)", plural(derived, "comment"), why)
	}
	if parentIsPost > 0 {
		f.Note("%s named their post as parent: read as top-level comments", plural(parentIsPost, "comment"))
	}
	return nil
}

// author reads from.id and from.name, flattened or from a nested "from"
// object, trimmed.
func author(h importer.Header, rec table.Record, col graphCols) (id, name string, r *importer.Rejection) {
	if col.from >= 0 {
		cell := strings.TrimSpace(importer.Cell(rec, col.from))
		if withheldValue(cell) {
			return cell, "", nil // "undiscoverable" in place of the object
		}
		m, err := object(cell)
		if err != nil {
			return "", "", importer.Rejectf(h.Names[col.from], "%v", err)
		}
		return strings.TrimSpace(m["id"]), strings.TrimSpace(m["name"]), nil
	}
	return strings.TrimSpace(importer.Cell(rec, col.fromID)), strings.TrimSpace(importer.Cell(rec, col.fromName)), nil
}

// nestedID reads an id from its flattened column, or else from the nested
// object's "id".
func nestedID(h importer.Header, rec table.Record, flatCol, nestedCol int) (string, *importer.Rejection) {
	if flatCol >= 0 {
		return strings.TrimSpace(importer.Cell(rec, flatCol)), nil
	}
	if nestedCol < 0 {
		return "", nil
	}
	cell := importer.Cell(rec, nestedCol)
	m, err := object(cell)
	if err != nil {
		// A plain id is fine too: the tool may have written the id alone.
		if s := strings.TrimSpace(cell); plainID(s) {
			return s, nil
		}
		return "", importer.Rejectf(h.Names[nestedCol], "%v", err)
	}
	return strings.TrimSpace(m["id"]), nil
}

// plainID reports whether s looks like a Graph API id: digits, or two
// runs of digits joined by "_".
func plainID(s string) bool {
	if _, _, ok := splitPair(s); ok {
		return true
	}
	return digitsOnly(s)
}

func postColumn(h importer.Header, col graphCols) string {
	return h.Names[max(col.postID, col.post)]
}

// labelIf quotes a withheld-author value for the note, or returns "".
func labelIf(v string) string {
	if withheldValue(v) {
		return strconv.Quote(strings.ToLower(strings.TrimSpace(v)))
	}
	return ""
}

func nonEmpty(xs ...string) []string {
	var out []string
	for _, x := range xs {
		if x != "" && (len(out) == 0 || out[len(out)-1] != x) {
			out = append(out, x)
		}
	}
	return out
}

// hiddenFlag reads is_hidden: true or false in any case, 1 or 0, yes or
// no; empty is unknown.
func hiddenFlag(s string) (analyze.Flag, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "":
		return analyze.FlagUnknown, nil
	case "true", "1", "yes":
		return analyze.FlagYes, nil
	case "false", "0", "no":
		return analyze.FlagNo, nil
	}
	return analyze.FlagUnknown, fmt.Errorf("%q is not true or false", strings.TrimSpace(s))
}
