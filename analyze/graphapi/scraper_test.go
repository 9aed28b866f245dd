package graphapi

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/analyze/internal/importer"
	"github.com/socialaudit/socialaudit/analyze/internal/importer/importertest"
)

// scraper.csv has the scraper's real 14-column header, CRLF line ends and
// times without a zone (a fixed UTC-5, so 09:00:00 is 14:00:00 UTC). Its
// 10 rows, on one post 1000000001_20000000000000001:
//
//	line 2   a top-level comment by "Alice Martin"
//	line 3   the page's reply ("Lumen Home"): the layout has only names and
//	         no page name, so FromBrand stays unknown (--brand decides)
//	line 4-5 "undiscoverable", a message with a line break and "" quotes
//	line 6   "deprecated", a reply to line 4
//	line 7   an empty message (a sticker), "undiscoverable", a reply
//	line 8   month 13: rejected
//	line 9   the id of line 2 again: rejected as a duplicate
//	line 10  an empty comment_id: rejected
//	line 11  6 cells: rejected
//	line 12  an empty comment_published: rejected
//
// So 5 comments, 5 rejections. The note on withheld authors counts the
// rows read whose author cell was withheld, rejected rows included (lines
// 4, 7, 8, 10 and 12 "undiscoverable", line 6 "deprecated"; line 11 has too
// few cells to be read): 6 of the 10 rows, and as 3 rows named someone it
// says those comments, not the whole file, cannot be attributed. The num_*
// columns are listed as ignored.
func TestScraperFixture(t *testing.T) {
	f := decodeFile(t, ScraperComments, "testdata/scraper.csv", importer.Options{})
	in := f.Input
	if in.Rows != 10 || in.Used != 5 || in.Rejected != 5 {
		t.Fatalf("rows %d used %d rejected %d, want 10, 5, 5", in.Rows, in.Used, in.Rejected)
	}
	checkRejections(t, in, []string{
		`scraper.csv:8: column "comment_published": "2018-13-01 10:00:00" is not a valid date or time: month out of range`,
		`scraper.csv:9: duplicate of the comment at line 2`,
		`scraper.csv:10: column "comment_id": required value is empty`,
		`scraper.csv:11: wrong number of fields (6, the header has 14)`,
		`scraper.csv:12: column "comment_published": required value is empty`,
	})
	c := byID(f.Comments)
	const post = "1000000001_20000000000000001"
	a := c["20000000000000001_30000000000000001"]
	if a.PostID != post || a.ParentID != "" || a.AuthorName != "Alice Martin" || a.AuthorID != "" || a.AuthorWithheld ||
		a.Hidden != analyze.FlagUnknown || !a.Created.Equal(importertest.UTC("2018-01-30T14:00:00Z")) {
		t.Errorf("first comment %+v", a)
	}
	if r := c["20000000000000001_30000000000000002"]; r.ParentID != a.ID || r.AuthorName != "Lumen Home" || r.FromBrand != analyze.FlagUnknown {
		t.Errorf("page reply %+v", r)
	}
	late := c["20000000000000001_30000000000000003"]
	if !late.AuthorWithheld || late.AuthorName != "" || late.Text != "Why is my delivery late?\nOrdered \"2 weeks\" ago" ||
		!late.Created.Equal(importertest.UTC("2018-02-01T04:15:00Z")) {
		t.Errorf("withheld comment %+v", late)
	}
	if d := c["20000000000000001_30000000000000004"]; !d.AuthorWithheld || d.ParentID != late.ID {
		t.Errorf("deprecated %+v", d)
	}
	if s := c["20000000000000001_30000000000000005"]; s.Text != "" || !s.AuthorWithheld {
		t.Errorf("sticker %+v", s)
	}
	notes := strings.Join(in.Notes, "\n")
	for _, want := range []string{
		"fixed UTC-05:00",
		`comment authors were withheld by Facebook in 6 of the 10 rows read (1 written "deprecated", 5 written "undiscoverable"): only an export made with the page's own access token shows who replied, so those comments cannot be told apart as the brand's or other people's`,
	} {
		if !strings.Contains(notes, want) {
			t.Errorf("notes %q lack %q", notes, want)
		}
	}
	importertest.Golden(t, "scraper", f)
}

// --tz overrides the scraper's UTC-5, and the note says it was the user's
// choice.
func TestScraperZoneGiven(t *testing.T) {
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Skip(err)
	}
	data := "comment_id,status_id,parent_id,comment_message,comment_author,comment_published\r\n" +
		"1_2,9_1,,hi,Ann,2018-01-30 09:00:00\r\n"
	f, err := importertest.Decode(t, ScraperComments, "tz.csv", []byte(data), importer.Options{Location: paris, ZoneGiven: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := f.Comments[0].Created; !got.Equal(importertest.UTC("2018-01-30T08:00:00Z")) {
		t.Errorf("created %v", got)
	}
	if !strings.Contains(strings.Join(f.Input.Notes, "\n"), "read in Europe/Paris as --tz says") {
		t.Errorf("notes %q", f.Input.Notes)
	}
}

// A file without comment_author cannot say who wrote anything: every
// comment is withheld.
func TestScraperNoAuthorColumn(t *testing.T) {
	data := "comment_id,status_id,comment_message,comment_published\n1_2,9_1,hi,2018-01-30 09:00:00\n"
	f, err := importertest.Decode(t, ScraperComments, "noauthor.csv", []byte(data), importer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !f.Comments[0].AuthorWithheld || !strings.Contains(strings.Join(f.Input.Notes, "\n"), "1 with no comment_author column") {
		t.Errorf("%+v %q", f.Comments[0], f.Input.Notes)
	}
}

// Conformance on the real scraper output for the New York Times page
// (../shared/real-data, from jcjiang/facebook-page-post-scraper). Figures
// from /tmp/refcalc/nyt_comments.py (Python csv module, independent of
// this code): 1858 rows, 1858 distinct comment_id, 144 distinct
// status_id, 816 with a parent_id, comment_author "undiscoverable" in all
// 1858; comment_published from 2018-01-29 05:38:55 to 2018-02-05 19:33:14.
// Those are wall times at UTC-5, so the instants are 5 hours later:
// 2018-01-29 10:38:55 UTC and, past midnight, 2018-02-06 00:33:14 UTC
// (checked with Python: datetime(2018,2,5,19,33,14,
// tzinfo=timezone(timedelta(hours=-5))).astimezone(timezone.utc)).
func TestScraperRealData(t *testing.T) {
	path := importertest.RealData(t, 2, "facebook_graphapi_comments_nytimes_page_2018-01-29_2018-02-05.csv")
	f := decodeFile(t, ScraperComments, path, importer.Options{})
	in := f.Input
	if in.Rows != 1858 || in.Used != 1858 || in.Rejected != 0 || len(f.Comments) != 1858 {
		t.Errorf("rows %d used %d rejected %d comments %d; want 1858, 1858, 0, 1858", in.Rows, in.Used, in.Rejected, len(f.Comments))
	}
	posts := map[string]bool{}
	var replies, withheldN, empty int
	for _, c := range f.Comments {
		posts[c.PostID] = true
		if c.ParentID != "" {
			replies++
		}
		if c.AuthorWithheld && c.AuthorID == "" && c.AuthorName == "" {
			withheldN++
		}
		if strings.TrimSpace(c.Text) == "" {
			empty++
		}
	}
	if replies != 816 || len(posts) != 144 || withheldN != 1858 || empty != 2 {
		t.Errorf("replies %d posts %d withheld %d empty %d; want 816, 144, 1858, 2", replies, len(posts), withheldN, empty)
	}
	if got := in.First.UTC().Format(time.DateTime); got != "2018-01-29 10:38:55" {
		t.Errorf("first %s", got)
	}
	if got := in.Last.UTC().Format(time.DateTime); got != "2018-02-06 00:33:14" {
		t.Errorf("last %s", got)
	}
	notes := strings.Join(in.Notes, "\n")
	if !strings.Contains(notes, `comment authors were withheld by Facebook in 1858 of the 1858 rows read (1858 written "undiscoverable")`) ||
		!strings.Contains(notes, "responsiveness cannot be measured from this file") {
		t.Errorf("notes %q", notes)
	}
	// The file must not be taken for the Graph API layout.
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := importertest.Decode(t, Comments, "nyt.csv", data, importer.Options{}); err == nil {
		t.Errorf("the Graph API format took the scraper's file")
	}
}

func FuzzScraperComments(f *testing.F) {
	data, _ := os.ReadFile("testdata/scraper.csv")
	f.Add(data)
	f.Add([]byte("comment_id,status_id,comment_message,comment_published,parent_id\n1_2,9_1,,2018-01-30 09:00:00,9_1\n1_3,9_1,x,2018-01-30 09:00:00 +0100,1_3\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fl, err := importertest.Decode(t, ScraperComments, "fuzz.csv", data, importer.Options{})
		if err != nil {
			return // a file-level error is a fine outcome; Check ran on success
		}
		withheldOK(t, fl.Comments)
		for _, c := range fl.Comments {
			if c.AuthorID != "" || c.FromBrand != analyze.FlagUnknown {
				t.Errorf("scraper comment %s has an author id or a brand flag", c.ID)
			}
		}
	})
}
