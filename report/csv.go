package report

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strconv"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
)

// unansweredHeader is the header of data/unanswered.csv.
var unansweredHeader = []string{
	"status", "platform", "account", "comment_id", "created_at", "age_hours", "question",
	"author_id", "author_name", "post_id", "parent_id", "text",
}

// unansweredCSV renders data/unanswered.csv, the community manager's
// worklist: every customer comment without an answer, oldest first, in the
// order of Results.Open.
func unansweredCSV(res *analyze.Results) ([]byte, error) {
	loc := location(res)
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	if err := w.Write(unansweredHeader); err != nil {
		return nil, fmt.Errorf("write unanswered.csv: %w", err)
	}
	for _, o := range res.Open {
		c := o.Comment
		status := "unanswered"
		if o.Pending {
			status = "pending"
		}
		question := "no"
		if o.Question {
			question = "yes"
		}
		row := []string{
			status, c.Platform, c.Account, c.ID,
			c.Created.In(loc).Format(time.RFC3339),
			strconv.FormatFloat(o.Age.Hours(), 'f', 1, 64),
			question, c.AuthorID, c.AuthorName, c.PostID, c.ParentID, c.Text,
		}
		for i := range row {
			row[i] = neutraliseFormula(row[i])
		}
		if err := w.Write(row); err != nil {
			return nil, fmt.Errorf("write unanswered.csv: %w", err)
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return nil, fmt.Errorf("write unanswered.csv: %w", err)
	}
	return buf.Bytes(), nil
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
