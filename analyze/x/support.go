package x

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/analyze/internal/field"
	"github.com/socialaudit/socialaudit/analyze/internal/importer"
	"github.com/socialaudit/socialaudit/analyze/internal/table"
)

// Support is a customer-support conversation export shaped like Kaggle's
// "Customer Support on Twitter" twcs.csv: one row per tweet, customers'
// and companies' alike, with tweet_id, author_id, inbound (True for a
// customer, False for the company), created_at, text, response_tweet_id
// (the replies, a comma-separated list in one cell) and
// in_response_to_tweet_id. Files re-written by pandas carry a leading
// unnamed index column and ids written as floats ("3.0"); Excel re-saves
// write inbound as TRUE/FALSE. Every row becomes a comment; replies are
// linked through in_response_to_tweet_id only, and response_tweet_id is
// checked against those links, never used to make new ones.
var Support = importer.Format{
	ID:     "x-customer-support",
	Name:   "Customer-support conversations on X/Twitter (twcs.csv layout)",
	Kind:   "comments",
	Match:  matchSupport,
	Decode: decodeSupport,
}

var supportRequired = []string{"tweet_id", "author_id", "inbound", "created_at", "in_response_to_tweet_id"}

func matchSupport(head []table.Record) importer.Match {
	if len(head) == 0 {
		return importer.Match{}
	}
	return importer.NewHeader(head[0].Fields).Score(supportRequired, "text", "response_tweet_id")
}

// link is what one used row says about the conversation, for the check of
// response_tweet_id against in_response_to_tweet_id.
type link struct {
	id, parent string
	responses  []string
	line       int
}

func decodeSupport(f *importer.File) error {
	head, err := f.Table.Peek(1)
	if err != nil {
		return err
	}
	if len(head) == 0 {
		return errors.New("the file has no header row")
	}
	h := importer.NewHeader(head[0].Fields)
	col := struct {
		id, author, inbound, created, text, responses, parent int
	}{
		id: h.Index("tweet_id"), author: h.Index("author_id"), inbound: h.Index("inbound"),
		created: h.Index("created_at"), text: h.Index("text"),
		responses: h.Index("response_tweet_id"), parent: h.Index("in_response_to_tweet_id"),
	}
	used := map[int]bool{col.id: true, col.author: true, col.inbound: true, col.created: true,
		col.text: true, col.responses: true, col.parent: true}
	for i, name := range h.Names {
		switch {
		case used[i]:
		case i == 0 && importer.Norm(name) == "":
			// pandas' df.to_csv() writes the row index first, under no name.
			f.Note("the unnamed first column (a row index written by pandas) is ignored")
		default:
			f.Input.IgnoredColumns = append(f.Input.IgnoredColumns, name)
		}
	}

	var links []link
	var badLists int
	var firstBadList string
	f.Columns = h.Names
	err = f.Rows(1, func(rec table.Record) *importer.Rejection {
		if r := importer.Width(rec, h.Len()); r != nil {
			return r
		}
		id, err := tweetID(importer.Cell(rec, col.id))
		if err != nil {
			return importer.Rejectf(h.Names[col.id], "%v", err)
		}
		if id == "" {
			return importer.Rejectf(h.Names[col.id], "required value is empty")
		}
		brand, err := inbound(importer.Cell(rec, col.inbound))
		if err != nil {
			return importer.Rejectf(h.Names[col.inbound], "%v", err)
		}
		parent, err := tweetID(importer.Cell(rec, col.parent))
		if err != nil {
			return importer.Rejectf(h.Names[col.parent], "%v", err)
		}
		// response_tweet_id is only checked, never used: a cell that
		// cannot be read costs the check, not the comment.
		var responses []string
		if col.responses >= 0 {
			responses, err = idList(importer.Cell(rec, col.responses))
			if err != nil {
				badLists++
				if firstBadList == "" {
					firstBadList = fmt.Sprintf("line %d: %v", rec.Line, err)
				}
				responses = nil
			}
		}
		author := strings.TrimSpace(importer.Cell(rec, col.author))
		c := analyze.Comment{
			Platform:   "x",
			ID:         id,
			ParentID:   parent,
			AuthorID:   author,
			AuthorName: author,
			FromBrand:  analyze.FlagNo,
			Text:       importer.Cell(rec, col.text),
		}
		if brand {
			c.FromBrand = analyze.FlagYes
			c.Account = author // a company tweet is on the company's own account
		}
		if r := f.AddComment(c, h.Names[col.created], importer.Cell(rec, col.created), rec.Line); r != nil {
			return r
		}
		links = append(links, link{id: id, parent: parent, responses: responses, line: rec.Line})
		return nil
	})
	if err != nil {
		return err
	}
	if badLists > 0 {
		f.Note("%s could not be read and left out of the check of reply links (first at %s)",
			plural(badLists, "response_tweet_id cell", "response_tweet_id cells"), firstBadList)
	}
	if col.responses >= 0 {
		checkLinks(f, links)
	}
	return nil
}

// checkLinks compares the two ways the export links a reply to the tweet it
// answers, over the tweets of the file (the first row of a duplicated id,
// the one Finish keeps), and says on the data page what it found: how many
// listed replies the file does not hold, and whether the two sides agree.
// Records are linked through in_response_to_tweet_id only, whatever this
// finds.
func checkLinks(f *importer.File, links []link) {
	byID := make(map[string]*link, len(links))
	for i := range links {
		if _, dup := byID[links[i].id]; !dup {
			byID[links[i].id] = &links[i]
		}
	}
	type pair struct{ parent, child string }
	listed := map[pair]bool{}
	outside := 0
	for _, l := range byID {
		for _, r := range l.responses {
			if _, ok := byID[r]; !ok {
				outside++
				continue
			}
			listed[pair{l.id, r}] = true
		}
	}
	total, disagree := 0, 0
	var example string
	var exampleLine int
	see := func(line int, s string) {
		disagree++
		if example == "" || line < exampleLine {
			example, exampleLine = s, line
		}
	}
	for _, l := range byID {
		if l.parent == "" {
			continue
		}
		if _, ok := byID[l.parent]; !ok {
			continue
		}
		total++
		if !listed[pair{l.parent, l.id}] {
			see(l.line, fmt.Sprintf("tweet %s at line %d replies to %s, whose response_tweet_id does not list it", l.id, l.line, l.parent))
		}
	}
	for p := range listed {
		child := byID[p.child]
		if child.parent == p.parent {
			continue
		}
		total++
		parent := byID[p.parent]
		what := "no in_response_to_tweet_id"
		if child.parent != "" {
			what = "in_response_to_tweet_id " + child.parent
		}
		see(parent.line, fmt.Sprintf("tweet %s at line %d lists %s in response_tweet_id, but %s has %s", p.parent, parent.line, p.child, p.child, what))
	}
	if outside > 0 {
		f.Note("response_tweet_id names %s not in this file (answers this slice does not hold): replies are linked through in_response_to_tweet_id only, so none of them counts as an answer",
			plural(outside, "tweet", "tweets"))
	}
	switch {
	case total == 0:
	case disagree == 0:
		f.Note("response_tweet_id and in_response_to_tweet_id agree on all %s between tweets of this file", plural(total, "reply link", "reply links"))
	default:
		f.Note("response_tweet_id and in_response_to_tweet_id disagree on %d of the %s between tweets of this file (first: %s); replies are linked through in_response_to_tweet_id only",
			disagree, plural(total, "reply link", "reply links"), example)
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// maxExactFloat is 2^53: above it a float64 cannot hold every whole number,
// so an id written as a float may have been rounded on its way.
const maxExactFloat = 1 << 53

// tweetID reads a tweet id: digits, or digits written as a float by pandas
// (a column of ids with empty cells becomes float64, so 3 is written
// "3.0"). It returns the canonical digits ("3"), "" for an empty cell, and
// an error for anything else: a fraction, an exponent (the digits are
// lost), or a float too large to hold the id exactly.
func tweetID(raw string) (string, error) {
	s := strings.TrimSpace(raw)
	if field.Unknown(s) {
		return "", nil
	}
	if _, err := strconv.ParseFloat(s, 64); err == nil && strings.ContainsAny(s, "eE") {
		return "", fmt.Errorf("%q is a tweet id written in exponent notation, whose last digits may be lost", s)
	}
	whole, frac, float := strings.Cut(s, ".")
	switch {
	case !isDigits(whole) || float && !isDigits(frac):
		return "", fmt.Errorf("%q is not a tweet id", s)
	case float && strings.Trim(frac, "0") != "":
		return "", fmt.Errorf("%q is not a whole number", s)
	}
	whole = strings.TrimLeft(whole, "0")
	if whole == "" {
		whole = "0"
	}
	if float {
		n, err := strconv.ParseUint(whole, 10, 64)
		if err != nil || n > maxExactFloat {
			return "", fmt.Errorf("%q is a tweet id written as a floating-point number too large to be exact (above 2^53): it may have been rounded", s)
		}
	}
	return whole, nil
}

// idList reads response_tweet_id: tweet ids separated by commas ("9,6,10"),
// or an empty cell.
func idList(raw string) ([]string, error) {
	if field.Unknown(raw) {
		return nil, nil
	}
	parts := strings.Split(raw, ",")
	out := make([]string, 0, len(parts))
	for _, p := range parts {
		id, err := tweetID(p)
		if err != nil {
			return nil, err
		}
		if id == "" {
			return nil, fmt.Errorf("%q has an empty item", strings.TrimSpace(raw))
		}
		out = append(out, id)
	}
	return out, nil
}

// inbound reads the inbound flag: True for a customer's tweet, False for
// the company's. pandas writes True/False, Excel TRUE/FALSE, and a French
// Excel VRAI/FAUX. It returns whether the tweet is the company's.
func inbound(raw string) (brand bool, err error) {
	s := strings.TrimSpace(raw)
	switch strings.ToLower(s) {
	case "true", "vrai":
		return false, nil
	case "false", "faux":
		return true, nil
	case "":
		return false, errors.New("required value is empty")
	}
	return false, fmt.Errorf("%q is not True or False", s)
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
