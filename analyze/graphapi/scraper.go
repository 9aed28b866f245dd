package graphapi

import (
	"errors"
	"strings"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/analyze/internal/field"
	"github.com/socialaudit/socialaudit/analyze/internal/importer"
	"github.com/socialaudit/socialaudit/analyze/internal/table"
)

// ScraperComments is the comments file of minimaxir's
// facebook-page-post-scraper and its forks (<page>_facebook_comments.csv):
// comment_id, status_id, parent_id, comment_message, comment_author,
// comment_published, then reaction counts. The script writes
// comment_published without a zone after shifting it to a fixed UTC-5
// (timedelta(hours=-5), "EST" all year), so that is how it is read unless
// --tz says otherwise. comment_author is the author's name, or
// "undiscoverable" when the API withheld it (every export since 2018 made
// without the page's own token).
var ScraperComments = importer.Format{
	ID:    "facebook-scraper-comments",
	Name:  "Facebook comments from facebook-page-post-scraper (comment_id, status_id, comment_message, comment_published)",
	Kind:  "comments",
	Match: matchScraper,
	Decode: func(f *importer.File) error {
		return decodeScraper(f)
	},
}

// scraperRequired are the columns that tell the scraper's layout from
// socialaudit's own comments CSV (comment_id, post_id, created_at, text).
var scraperRequired = []string{"comment_id", "status_id", "comment_message", "comment_published"}

var scraperOptional = []string{"parent_id", "comment_author", "num_reactions", "num_likes"}

// scraperZone is the fixed offset the scraper shifted its times to.
var scraperZone = time.FixedZone("UTC-05:00", -5*3600)

func matchScraper(head []table.Record) importer.Match {
	if len(head) == 0 {
		return importer.Match{}
	}
	return importer.NewHeader(head[0].Fields).Score(scraperRequired, scraperOptional...)
}

func decodeScraper(f *importer.File) error {
	head, err := f.Table.Peek(1)
	if err != nil {
		return err
	}
	if len(head) == 0 {
		return errors.New("the file has no header row")
	}
	h := importer.NewHeader(head[0].Fields)
	col := struct{ id, status, parent, message, author, published int }{
		id: h.Index("comment_id"), status: h.Index("status_id"), parent: h.Index("parent_id"),
		message: h.Index("comment_message"), author: h.Index("comment_author"), published: h.Index("comment_published"),
	}
	if col.id < 0 || col.status < 0 || col.message < 0 || col.published < 0 {
		return errors.New("the file has no comment_id, status_id, comment_message or comment_published column")
	}
	used := map[int]bool{}
	for _, i := range []int{col.id, col.status, col.parent, col.message, col.author, col.published} {
		if i >= 0 {
			used[i] = true
		}
	}
	f.Input.IgnoredColumns = ignored(h, used)
	f.UsualOrder = field.MonthFirst // a US script; only Excel re-saves slash its dates
	if !f.Opts.ZoneGiven {
		f.Loc = scraperZone
	}
	var authors withheld
	var zoneless, parentIsPost int
	f.Columns = h.Names
	err = f.Rows(1, func(rec table.Record) *importer.Rejection {
		if r := importer.Width(rec, h.Len()); r != nil {
			return r
		}
		c := analyze.Comment{Platform: "facebook", Text: importer.Cell(rec, col.message)}
		authors.seen++
		switch name := strings.TrimSpace(importer.Cell(rec, col.author)); {
		case col.author < 0:
			c.AuthorWithheld = true
			authors.add("with no comment_author column")
		case name == "" || withheldValue(name):
			c.AuthorWithheld = true
			authors.add(label(name))
		default:
			c.AuthorName = name
		}
		c.ID = strings.TrimSpace(importer.Cell(rec, col.id))
		if c.ID == "" {
			return importer.Rejectf(h.Names[col.id], "required value is empty")
		}
		if r := checkID(h.Names[col.id], c.ID); r != nil {
			return r
		}
		c.PostID = strings.TrimSpace(importer.Cell(rec, col.status))
		if r := checkID(h.Names[col.status], c.PostID); r != nil {
			return r
		}
		toTop := false
		c.ParentID = strings.TrimSpace(importer.Cell(rec, col.parent))
		if c.ParentID != "" {
			if r := checkID(h.Names[col.parent], c.ParentID); r != nil {
				return r
			}
			switch c.ParentID {
			case c.ID:
				return importer.Rejectf(h.Names[col.parent], "the comment %q names itself as its parent", c.ID)
			case c.PostID:
				// A top-level comment given its post as parent replies
				// to no comment.
				c.ParentID = ""
				toTop = true
			}
		}
		raw := importer.Cell(rec, col.published)
		if r := f.AddComment(c, h.Names[col.published], raw, rec.Line); r != nil {
			return r
		}
		if st, err := field.Scan(raw); err == nil && !st.HasOffset {
			zoneless++
		}
		if toTop {
			parentIsPost++
		}
		return nil
	})
	if err != nil {
		return err
	}
	if zoneless > 0 {
		if f.Opts.ZoneGiven {
			f.Note("comment_published read in %s as --tz says, although facebook-page-post-scraper writes its times at a fixed UTC-05:00", f.Loc)
		} else {
			f.Note("comment_published read at a fixed UTC-05:00, the offset facebook-page-post-scraper shifts its times to (timedelta(hours=-5)); --tz overrides it")
		}
	}
	authors.note(f)
	if parentIsPost > 0 {
		f.Note("%s named their post as parent: read as top-level comments", plural(parentIsPost, "comment"))
	}
	return nil
}
