package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
)

// The CSV downloads of data/: the full lists that the pages and
// metrics.json cap (see limits.go). Every one is language-neutral, like
// metrics.json: a header of snake_case names, times in RFC 3339 in the
// report's zone, booleans "yes"/"no", rates as fractions, durations in
// seconds, and an empty cell for a figure the data does not give. Each has
// a stated, stable order, and every cell goes through neutraliseFormula.

// The paths of the CSV downloads.
const (
	unansweredPath = "data/unanswered.csv"
	postsPath      = "data/posts.csv"
	membersPath    = "data/members.csv"
	agentsPath     = "data/agents.csv"
	rejectionsPath = "data/rejections.csv"
)

// unansweredHeader is the header of data/unanswered.csv.
var unansweredHeader = []string{
	"status", "platform", "account", "comment_id", "created_at", "age_hours", "question",
	"author_id", "author_name", "post_id", "parent_id", "text",
}

// postsHeader is the header of data/posts.csv.
var postsHeader = []string{
	"platform", "account", "post_id", "published_at", "type", "clicks", "comments", "shares", "conversation",
	"customer_replies", "brand_replies", "click_only", "starter", "permalink", "text",
}

// membersHeader is the header of data/members.csv.
var membersHeader = []string{
	"rank", "platform", "author_id", "author_name", "comments", "answered", "unanswered", "pending",
	"first", "last", "regular", "never_answered",
}

// agentsHeader is the header of data/agents.csv.
var agentsHeader = []string{
	"agent", "replies", "share", "first_responses",
	"first_response_median_seconds", "first_response_p90_seconds", "first_response_mean_seconds",
}

// rejectionsHeader is the header of data/rejections.csv.
var rejectionsHeader = []string{"file", "line", "column", "reason"}

// writeCSV writes a CSV file to out: the header, then the rows that rows
// passes to its argument, each cell guarded against formula injection.
func writeCSV(out io.Writer, name string, header []string, rows func(row func(...string) error) error) error {
	w := csv.NewWriter(out)
	if err := w.Write(header); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	err := rows(func(cells ...string) error {
		if len(cells) != len(header) {
			return fmt.Errorf("write %s: %d cells for %d columns", name, len(cells), len(header))
		}
		for i := range cells {
			cells[i] = neutraliseFormula(cells[i])
		}
		return w.Write(cells)
	})
	if err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	return nil
}

// render runs a writer of a file's content into memory.
func render(write func(io.Writer) error) ([]byte, error) {
	var buf chunks
	if err := write(&buf); err != nil {
		return nil, err
	}
	return buf.bytes(), nil
}

// chunks collects bytes in pieces (growing up to chunkSize) and joins them
// once at the end. A bytes.Buffer doubles as it grows: for the 165 MB
// worklist of a million comments that is 330 MB allocated, zeroed and
// copied, which cost more than writing the CSV itself.
type chunks struct {
	full [][]byte
	cur  []byte
}

const chunkSize = 1 << 20

func (c *chunks) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		if len(c.cur) == cap(c.cur) {
			if c.cur != nil {
				c.full = append(c.full, c.cur)
			}
			c.cur = make([]byte, 0, min(max(2*cap(c.cur), 4<<10), chunkSize))
		}
		k := copy(c.cur[len(c.cur):cap(c.cur)], p)
		c.cur = c.cur[:len(c.cur)+k]
		p = p[k:]
	}
	return n, nil
}

// bytes returns everything written, in one slice of its own size.
func (c *chunks) bytes() []byte {
	n := len(c.cur)
	for _, f := range c.full {
		n += len(f)
	}
	out := make([]byte, 0, n)
	for _, f := range c.full {
		out = append(out, f...)
	}
	return append(out, c.cur...)
}

// csvBool is a boolean cell.
func csvBool(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// csvInt is a count cell.
func csvInt(n int64) string { return strconv.FormatInt(n, 10) }

// csvCount is a count the data may not give: empty when unknown.
func csvCount(c analyze.Count) string {
	if !c.Known {
		return ""
	}
	return csvInt(c.Value)
}

// csvFloat is a number written as JSON would (no exponent): empty for nil.
func csvFloat(x *float64) string {
	if x == nil {
		return ""
	}
	return strconv.FormatFloat(*x, 'f', -1, 64)
}

// csvSeconds is a duration in seconds: empty for nil.
func csvSeconds(d *time.Duration) string { return csvFloat(seconds(d)) }

// unansweredCSV renders data/unanswered.csv, the community manager's
// worklist: every customer comment without an answer, oldest first, in the
// order of Results.Open.
func unansweredCSV(res *analyze.Results, out io.Writer) error {
	loc := location(res)
	return writeCSV(out, "unanswered.csv", unansweredHeader, func(row func(...string) error) error {
		for _, o := range res.Open {
			c := o.Comment
			status := "unanswered"
			if o.Pending {
				status = "pending"
			}
			err := row(status, c.Platform, c.Account, c.ID,
				c.Created.In(loc).Format(time.RFC3339),
				strconv.FormatFloat(o.Age.Hours(), 'f', 1, 64),
				csvBool(o.Question), c.AuthorID, c.AuthorName, c.PostID, c.ParentID, c.Text)
			if err != nil {
				return err
			}
		}
		return nil
	})
}

// postsCSV renders data/posts.csv: every post the clicks diagnostic
// counted (analyze.Clicks.All: the brand's posts with a click count and a
// conversation figure; none when the diagnostic is not measurable), by
// publication time, with its figures, link and text. The conversation page
// draws them, grouped beyond maxScatterPoints, and lists the top ones;
// metrics.json keeps the totals.
func postsCSV(res *analyze.Results, out io.Writer) error {
	loc := location(res)
	return writeCSV(out, "posts.csv", postsHeader, func(row func(...string) error) error {
		for _, pc := range res.Diagnostics.Clicks.All {
			p := pc.Post
			err := row(p.Platform, p.Account, p.ID, p.Published.In(loc).Format(time.RFC3339), p.Type,
				csvInt(pc.Clicks), csvCount(pc.Comments), csvCount(pc.Shares), csvInt(pc.Conversation),
				csvCount(pc.CustomerReplies), csvCount(pc.BrandReplies), csvBool(pc.ClickOnly), csvBool(pc.Starter),
				p.Permalink, p.Text)
			if err != nil {
				return err
			}
		}
		return nil
	})
}

// membersCSV renders data/members.csv: every customer, ranked as the
// members diagnostic ranks them (analyze.Members.All: most comments first,
// then the earliest first comment), with what became of their comments;
// answered, unanswered and pending are empty where the brand's answers
// cannot be told.
func membersCSV(res *analyze.Results, out io.Writer) error {
	loc := location(res)
	return writeCSV(out, "members.csv", membersHeader, func(row func(...string) error) error {
		for i, m := range res.Diagnostics.Members.All {
			answered, unanswered, pending := "", "", ""
			if m.Answers {
				answered, unanswered, pending = csvInt(int64(m.Answered)), csvInt(int64(m.Unanswered)), csvInt(int64(m.Pending))
			}
			err := row(csvInt(int64(i+1)), m.Platform, m.AuthorID, m.AuthorName, csvInt(int64(m.Comments)),
				answered, unanswered, pending, jsonTime(m.First, loc), jsonTime(m.Last, loc),
				csvBool(m.Regular), csvBool(m.NeverAnswered))
			if err != nil {
				return err
			}
		}
		return nil
	})
}

// agentsCSV renders data/agents.csv: every agent named by a brand reply,
// most replies first (then by name), as analyze.Agents.ByAgent. The
// replies naming nobody are in metrics.json (agents.unnamed).
func agentsCSV(res *analyze.Results, out io.Writer) error {
	a := res.Diagnostics.Agents
	return writeCSV(out, "agents.csv", agentsHeader, func(row func(...string) error) error {
		if !a.Measurable {
			return nil
		}
		for _, s := range a.ByAgent {
			fr := s.FirstResponse
			err := row(s.Agent, csvInt(int64(s.Replies)), csvFloat(s.Share), csvInt(int64(fr.N)),
				csvSeconds(fr.Median), csvSeconds(fr.P90), csvSeconds(fr.Mean))
			if err != nil {
				return err
			}
		}
		return nil
	})
}

// rejectionsCSV renders data/rejections.csv: every rejected row of every
// input, in the order of the inputs and then of their lines; the file is
// the one the row was in (an input may name another, such as a file of an
// archive), the column empty when the row as a whole was wrong, the
// reason as the importer wrote it, in English.
func rejectionsCSV(res *analyze.Results, out io.Writer) error {
	return writeCSV(out, "rejections.csv", rejectionsHeader, func(row func(...string) error) error {
		for _, in := range res.Inputs {
			for _, rj := range in.Rejections {
				if err := row(rejectionFile(in, rj), csvInt(int64(rj.Line)), rj.Column, rj.Reason); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// rejectionFile is the file a rejected row was in.
func rejectionFile(in analyze.Input, rj analyze.Rejection) string {
	if rj.File != "" {
		return rj.File
	}
	return in.File
}

// neutraliseFormula guards against spreadsheet formula injection (CSV
// injection): comment texts and author names are written by strangers, and
// a spreadsheet opening the worklist would evaluate a cell that begins with
// = + - @, a tab or a carriage return as a formula. Such a cell gets a
// leading apostrophe, which spreadsheets read as "this is text" (OWASP's
// advice). The value is changed visibly rather than silently dropped.
func neutraliseFormula(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}
