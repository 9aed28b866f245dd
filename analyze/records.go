package analyze

import (
	"strconv"
	"time"
)

// Count is a whole, non-negative counter read from an export that may not
// have it. The zero Count is unknown, which is deliberately different from a
// known zero: METRICS.md forbids printing 0 for what the data does not say.
type Count struct {
	Value int64
	Known bool
}

// KnownCount returns a known Count of n.
func KnownCount(n int64) Count { return Count{Value: n, Known: true} }

// Add returns c+d, known when either is known (an unknown side adds nothing).
func (c Count) Add(d Count) Count {
	return Count{Value: c.Value + d.Value, Known: c.Known || d.Known}
}

// Ptr returns the value as a pointer, nil when unknown (for JSON null).
func (c Count) Ptr() *int64 {
	if !c.Known {
		return nil
	}
	v := c.Value
	return &v
}

// String formats the count, or "unknown".
func (c Count) String() string {
	if !c.Known {
		return "unknown"
	}
	return strconv.FormatInt(c.Value, 10)
}

// Flag is a yes/no fact that an export may leave unknown.
type Flag int8

// The values of a Flag. The zero Flag is FlagUnknown.
const (
	FlagUnknown Flag = iota
	FlagNo
	FlagYes
)

// Source says where a record came from, so that every figure can be traced
// back to a file and a physical line.
type Source struct {
	File string // the file name as given on the command line
	Line int    // 1-based physical line where the record starts
}

// Post is something the brand published on its own account. Posts are
// identified by (Platform, Account, ID).
type Post struct {
	Platform  string // lower-case, as given ("facebook", "instagram", "x"...)
	Account   string // the brand account it was published on; may be empty
	ID        string
	Published time.Time
	Type      string // as given ("photo", "video", "link", "reply"...); may be empty
	// IsReply marks a post that is really a reply (a tweet beginning with
	// "@", a row whose type is "reply"): it counts as a brand reply, not as a
	// broadcast post.
	IsReply   bool
	Text      string
	Permalink string

	Impressions, Reach, Reactions, Comments, Shares, Clicks Count
	// Negative feedback, counted in actions (not unique users).
	Hides, HideAll, SpamReports, Unlikes Count

	Source Source
}

// HasNegativeFeedback reports whether the export carried at least one of the
// four negative-feedback counters for this post.
func (p *Post) HasNegativeFeedback() bool {
	return p.Hides.Known || p.HideAll.Known || p.SpamReports.Known || p.Unlikes.Known
}

// NegativeFeedback returns hides + hide_all + spam_reports + unlikes over the
// known counters (unknown when none is known).
func (p *Post) NegativeFeedback() Count {
	return p.Hides.Add(p.HideAll).Add(p.SpamReports).Add(p.Unlikes)
}

// FirstYear is the first year anything in a report may be dated in: no
// social platform's export goes back further (Facebook opened in 2004). An
// earlier date is a wrong one, or a date read in the wrong day/month order.
// The importers reject records dated before it, and the report events.
const FirstYear = 2004

// Comment is one message of a conversation on or about the brand's content:
// a comment, a reply, a visitor post, a mention, a reply tweet. Comments are
// identified by (Platform, ID); ParentID and PostID refer to ids of the same
// platform.
type Comment struct {
	Platform   string
	Account    string // the brand account whose content it is on; may be empty
	ID         string
	PostID     string // may be empty
	ParentID   string // the message it replies to; empty for a top-level comment
	AuthorID   string
	AuthorName string
	// FromBrand is what the export itself says about the author. When it
	// is FlagUnknown, the brand accounts of Options decide.
	FromBrand Flag
	// AuthorWithheld marks a comment whose export withheld its author (the
	// Graph API without the page's own access writes "undiscoverable"), so
	// nobody can tell whether the brand wrote it.
	AuthorWithheld bool
	Created        time.Time
	Text           string
	// Hidden is FlagYes when the brand hid the comment, FlagUnknown when the
	// export does not say.
	Hidden Flag
	// Agent names the person who wrote a brand comment on the brand's
	// behalf (an inbox tool's "agent", "assigned to" or "replied by"
	// column), as given; empty when the export does not say. It is read
	// only on brand comments. Platform exports never carry it (twcs, the
	// Graph API and Meta's exports name only the page), so it comes from
	// socialaudit's own CSV or a mapping file. The JSON omits it when
	// empty, so that the golden files of the exports without it stay as
	// they are.
	Agent string `json:",omitempty"`

	Source Source
}

// Daily holds page-level metrics for one platform, account and calendar day.
type Daily struct {
	Platform string
	Account  string
	// Date is the calendar day, stored as midnight UTC of that day; use
	// Options.Location to place it in time.
	Date time.Time

	Followers, Follows, Unfollows Count
	Hides, HideAll, SpamReports   Count
	Impressions                   Count

	Source Source
}

// Dataset is everything read from the inputs: the records, and for each
// input file the accounting of its rows.
type Dataset struct {
	Posts    []Post
	Comments []Comment
	Daily    []Daily
	Inputs   []Input
}

// Input accounts for one input file: every row read is either used or
// rejected with a reason.
type Input struct {
	File string // as given on the command line
	Kind string // detected kind: "posts", "comments" or "daily"
	// Format names the format the importer recognised ("socialaudit posts").
	Format string
	// FormatID is the format's short stable name ("owncsv-posts").
	FormatID string
	// Encoding and Delimiter say how the text was read ("UTF-8", "comma").
	Encoding, Delimiter string
	// DateOrder is "dmy" or "mdy" when the file wrote dates with slashes.
	DateOrder string
	// First and Last are the earliest and latest instants of the file's
	// records (days at midnight UTC), zero when it has none.
	First, Last time.Time

	Rows     int // data rows read (header excluded)
	Used     int
	Rejected int
	// Merged counts the rows whose record another export also held: the
	// record is counted once, with the later export's counters (see
	// MergedInto). Rows = Used + Rejected + Merged.
	Merged int
	// MergedInto says, per later file, how many of this file's records it
	// superseded.
	MergedInto []Merge
	// Rejections lists every rejected row with its line and reason.
	Rejections []Rejection
	// IgnoredColumns are header names the importer does not use, reported
	// once per file.
	IgnoredColumns []string
	// Notes are other things the importer wants the reader to know (a time
	// zone it assumed, for example).
	Notes []string
}

// Merge counts the records of one file superseded by a later export.
type Merge struct {
	File    string // the later export
	Records int
}

// Rejection is one input row that was not used, and why.
type Rejection struct {
	File   string
	Line   int    // 1-based physical line where the row starts
	Column string // the offending column, empty when the row as a whole is wrong
	Reason string
}

// Error formats the rejection as file:line: column "x": reason.
func (r Rejection) Error() string {
	s := r.File + ":" + strconv.Itoa(r.Line) + ": "
	if r.Column != "" {
		s += "column " + strconv.Quote(r.Column) + ": "
	}
	return s + r.Reason
}
