// Package linkedin reads LinkedIn Page analytics exports: the "All posts"
// sheet of the content export, saved as CSV.
//
// LinkedIn itself exports an .xls/.xlsx workbook; reading it directly
// would need a workbook library, which the project does not take on. The
// table reader refuses a workbook with a message that says to save the
// sheet as CSV.
package linkedin

import (
	"errors"
	"strconv"
	"strings"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/analyze/internal/field"
	"github.com/socialaudit/socialaudit/analyze/internal/importer"
	"github.com/socialaudit/socialaudit/analyze/internal/table"
)

// Posts is the "All posts" sheet of the LinkedIn Page content export (Page
// admin, Analytics, Content, Export), saved as CSV: one row per update of
// the page, organic or sponsored, with its counters. Row 1 is a note
// ("Engagement metrics for individual posts...") and row 2 the header; a
// file whose note row was deleted is read too. Created date is a day
// without a clock, month first as LinkedIn writes it (a spreadsheet may
// have turned it day first: the file's dates decide). The sheet has no
// comments, so it serves the broadcast ratio only.
var Posts = importer.Format{
	ID:     "linkedin-posts",
	Name:   "LinkedIn Page content export, All posts sheet (saved as CSV)",
	Kind:   "posts",
	Match:  matchPosts,
	Decode: decodePosts,
}

var postsRequired = []string{"Post title", "Post link", "Created date"}

var postsOptional = []string{"Post type", "Impressions", "Clicks", "Likes", "Comments", "Reposts", "Content Type"}

// headerRow returns the index among head of the header (0, or 1 after the
// note row) and its verdict; the best verdict when neither matches.
func headerRow(head []table.Record) (int, importer.Match) {
	var best importer.Match
	for i := 0; i < len(head) && i < 2; i++ {
		m := importer.NewHeader(head[i].Fields).Score(postsRequired, postsOptional...)
		if m.OK {
			return i, m
		}
		if i == 0 || m.Score > best.Score {
			best = m
		}
	}
	return -1, best
}

func matchPosts(head []table.Record) importer.Match {
	_, m := headerRow(head)
	return m
}

func decodePosts(f *importer.File) error {
	f.UsualOrder = field.MonthFirst
	head, err := f.Table.Peek(2)
	if err != nil {
		return err
	}
	at, _ := headerRow(head)
	if at < 0 {
		return errors.New("the file has no All posts header on its first two rows")
	}
	h := importer.NewHeader(head[at].Fields)
	col := struct {
		title, link, postType, created, contentType int
	}{
		title: h.Index("Post title"), link: h.Index("Post link"), postType: h.Index("Post type"),
		created: h.Index("Created date"), contentType: h.Index("Content Type"),
	}
	counts := []struct {
		i   int
		dst func(p *analyze.Post) *analyze.Count
	}{
		{h.Index("Impressions"), func(p *analyze.Post) *analyze.Count { return &p.Impressions }},
		{h.Index("Clicks"), func(p *analyze.Post) *analyze.Count { return &p.Clicks }},
		{h.Index("Likes"), func(p *analyze.Post) *analyze.Count { return &p.Reactions }},
		{h.Index("Comments"), func(p *analyze.Post) *analyze.Count { return &p.Comments }},
		{h.Index("Reposts"), func(p *analyze.Post) *analyze.Count { return &p.Shares }},
	}
	used := map[int]bool{col.title: true, col.link: true, col.postType: true, col.created: true, col.contentType: true}
	for _, c := range counts {
		used[c.i] = true
	}
	for i, name := range h.Names {
		// Views, Offsite Views and Follows are not counters of the model;
		// CTR and engagement rate are percentages, not counts; Posted by
		// is a person, not the page (see Account below).
		if !used[i] && strings.TrimSpace(name) != "" {
			f.Input.IgnoredColumns = append(f.Input.IgnoredColumns, name)
		}
	}

	// Counted once per post id: a duplicate row is dropped by Finish.
	var sponsored, posts int
	seen := map[string]bool{}
	f.Columns = h.Names
	err = f.Rows(at+1, func(rec table.Record) *importer.Rejection {
		if r := importer.Width(rec, h.Len()); r != nil {
			return r
		}
		link := strings.TrimSpace(importer.Cell(rec, col.link))
		if link == "" {
			return importer.Rejectf(h.Names[col.link], "required value is empty (the post link is the post's only id)")
		}
		p := analyze.Post{
			Platform: "linkedin",
			// The page is not named in the sheet, and Posted by is the
			// admin who posted, who changes: keyed on it, one post
			// exported twice could fail to merge.
			Account:   "",
			ID:        postID(link),
			Permalink: link,
			Text:      importer.Cell(rec, col.title),
			Type:      strings.ToLower(strings.TrimSpace(importer.Cell(rec, col.contentType))),
		}
		for _, c := range counts {
			if c.i < 0 {
				continue
			}
			n, err := field.Count(importer.Cell(rec, c.i))
			if err != nil {
				return importer.Rejectf(h.Names[c.i], "%v", err)
			}
			*c.dst(&p) = n
		}
		if r := f.AddPost(p, h.Names[col.created], importer.Cell(rec, col.created), rec.Line); r != nil {
			return r
		}
		if seen[p.ID] {
			return nil
		}
		seen[p.ID] = true
		posts++
		if strings.EqualFold(strings.TrimSpace(importer.Cell(rec, col.postType)), "sponsored") {
			sponsored++
		}
		return nil
	})
	if err != nil {
		return err
	}
	if sponsored > 0 {
		verb := "are"
		if sponsored == 1 {
			verb = "is"
		}
		f.Note("%d of the %s %s sponsored (Post type \"Sponsored\"): sponsored posts count as the page's posts like organic ones, and their counters include paid delivery",
			sponsored, plural(posts, "post", "posts"), verb)
	}
	return nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// postID returns the id of a post from its link: the number of
// ".../feed/update/urn:li:activity:<id>", the URN itself for another kind
// ("urn:li:share:<id>", "urn:li:ugcPost:<id>", which number differently),
// else the whole link.
func postID(link string) string {
	s := strings.NewReplacer("%3A", ":", "%3a", ":").Replace(link)
	i := strings.Index(s, "urn:li:")
	if i < 0 {
		return link
	}
	urn := s[i:]
	if j := strings.IndexAny(urn, "/?#&"); j >= 0 {
		urn = urn[:j]
	}
	parts := strings.Split(urn, ":")
	if len(parts) != 4 || parts[3] == "" {
		return link
	}
	if parts[2] == "activity" && isDigits(parts[3]) {
		return parts[3]
	}
	return urn
}

func isDigits(s string) bool {
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
