package linkedin

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/analyze/internal/field"
	"github.com/socialaudit/socialaudit/analyze/internal/importer"
	"github.com/socialaudit/socialaudit/analyze/internal/importer/importertest"
)

func decodeFile(t *testing.T, name string, opts importer.Options) (*importer.File, error) {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return importertest.Decode(t, Posts, name, data, opts)
}

// posts.csv is the sheet as LinkedIn's workbook saves to CSV in English:
// the note row padded with commas, the real 20-column header, dates month
// first (03/25/2026 proves it), "1,234" with a thousands comma,
// percentages in CTR and engagement rate (ignored), a sponsored video, a
// title with a line break and a urn:li:share link (its URN is the id), a
// "-" impressions cell (unknown, not 0) and an empty Content Type.
// Rejected: line 7 (no link), 8 (likes "-3"), 9 (clicks "6.14%"), 10 (no
// date), 11 (the link of line 3 again), 12 (6 cells of 20). Used: 4 of 10.
func TestPostsFixture(t *testing.T) {
	f, err := decodeFile(t, "posts.csv", importer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	in := f.Input
	if in.Rows != 10 || in.Used != 4 || in.Rejected != 6 || in.DateOrder != "mdy" {
		t.Fatalf("rows %d used %d rejected %d order %q, want 10, 4, 6, mdy", in.Rows, in.Used, in.Rejected, in.DateOrder)
	}
	want := []string{
		`posts.csv:7: column "Post link": required value is empty (the post link is the post's only id)`,
		`posts.csv:8: column "Likes": "-3" is negative; a count cannot be`,
		`posts.csv:9: column "Clicks": "6.14%" is a percentage, not a count`,
		`posts.csv:10: column "Created date": required value is empty`,
		`posts.csv:11: duplicate of the post at line 3`,
		`posts.csv:12: wrong number of fields (6, the header has 20)`,
	}
	for i, r := range in.Rejections {
		if i >= len(want) || r.Error() != want[i] {
			t.Errorf("rejection %d = %s", i, r.Error())
		}
	}
	p := f.Posts[0]
	if p.ID != "7171000000000000001" || p.Account != "" || p.Type != "image" || p.Impressions != analyze.KnownCount(1234) ||
		p.Clicks.Value != 56 || p.Reactions.Value != 40 || p.Comments.Value != 3 || p.Shares.Value != 2 ||
		p.Published.Format("2006-01-02T15:04Z07:00") != "2026-03-25T00:00Z" {
		t.Errorf("first post %+v", p)
	}
	if p := f.Posts[2]; p.ID != "urn:li:share:7171000000000000003" || p.Text != "We are hiring!\nJoin the team" || p.Source.Line != 5 {
		t.Errorf("share post %+v", p)
	}
	if p := f.Posts[3]; p.Impressions.Known || p.Clicks.Known || !p.Reactions.Known || p.Type != "" {
		t.Errorf(`post with "-" impressions and no content type %+v`, p)
	}
	if !strings.Contains(strings.Join(in.Notes, "\n"), `1 of the 4 posts is sponsored`) {
		t.Errorf("notes %q lack the sponsored count", in.Notes)
	}
	importertest.Golden(t, "posts", f)
}

// posts_fr.csv is the sheet re-saved by a French Excel: Windows-1252,
// semicolons, CRLF, the note row, dates day first (25/03/2026), numbers
// grouped with a space or a no-break space ("1 234", "12 500"), "4,54 %"
// percentages, and a quoted title holding a semicolon. All 3 rows used;
// accents decoded; order dmy.
func TestPostsFrench(t *testing.T) {
	f, err := decodeFile(t, "posts_fr.csv", importer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	in := f.Input
	if in.Rows != 3 || in.Used != 3 || in.DateOrder != "dmy" || in.Encoding != "Windows-1252" || in.Delimiter != "semicolon" {
		t.Fatalf("input %+v", in)
	}
	wantDays := []string{"2026-03-25", "2026-04-02", "2026-04-14"}
	wantImp := []int64{1234, 12500, 2345}
	for i, p := range f.Posts {
		if d := p.Published.Format("2006-01-02"); d != wantDays[i] || p.Impressions.Value != wantImp[i] {
			t.Errorf("post %d: %s, %d impressions; want %s, %d", i, d, p.Impressions.Value, wantDays[i], wantImp[i])
		}
	}
	if p := f.Posts[2]; p.Text != "Événement à Lyon; venez nombreux" || p.Reactions.Value != 1002 || p.Type != "article" {
		t.Errorf("third post %+v", p)
	}
	importertest.Golden(t, "posts_fr", f)
}

// posts_ambiguous.csv has no note row (the header is on row 1) and only
// dates whose both numbers are 12 or less (03/01, 03/04, 03/11/2026): the
// order cannot be told, so the file is refused until --date-order says it.
func TestPostsAmbiguous(t *testing.T) {
	_, err := decodeFile(t, "posts_ambiguous.csv", importer.Options{})
	if !errors.Is(err, field.ErrAmbiguousOrder) {
		t.Fatalf("err = %v, want ErrAmbiguousOrder", err)
	}
	if !strings.Contains(err.Error(), "month first") {
		t.Errorf("the hint does not name LinkedIn's own order: %v", err)
	}
	f, err := decodeFile(t, "posts_ambiguous.csv", importer.Options{DateOrder: field.MonthFirst})
	if err != nil {
		t.Fatal(err)
	}
	var days []string
	for _, p := range f.Posts {
		days = append(days, p.Published.Format("2006-01-02"))
	}
	if got := strings.Join(days, " "); got != "2026-03-01 2026-03-04 2026-03-11" || f.Input.DateOrder != "mdy" {
		t.Errorf("days %s, order %q", got, f.Input.DateOrder)
	}
}

// LinkedIn's own .xls/.xlsx workbooks are not read (no workbook library is
// taken on): the table reader refuses them, saying what to do.
func TestPostsWorkbook(t *testing.T) {
	for name, data := range map[string][]byte{
		"content.xlsx": []byte("PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml"),
		"content.xls":  []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00\x00\x00"),
	} {
		_, err := importertest.Decode(t, Posts, name, data, importer.Options{})
		if err == nil || !strings.Contains(err.Error(), "save the sheet as CSV") {
			t.Errorf("%s: err = %v, want the workbook refused", name, err)
		}
	}
}

func TestPostID(t *testing.T) {
	for link, want := range map[string]string{
		"https://www.linkedin.com/feed/update/urn:li:activity:7171000000000000001":       "7171000000000000001",
		"https://www.linkedin.com/feed/update/urn:li:activity:7171000000000000001/":      "7171000000000000001",
		"https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7171000000000000001": "7171000000000000001",
		"https://www.linkedin.com/feed/update/urn:li:ugcPost:7171000000000000009?utm=x":  "urn:li:ugcPost:7171000000000000009",
		"https://www.linkedin.com/posts/lumen_spring-activity-7171":                      "https://www.linkedin.com/posts/lumen_spring-activity-7171",
		"https://www.linkedin.com/feed/update/urn:li:activity:":                          "https://www.linkedin.com/feed/update/urn:li:activity:",
	} {
		if got := postID(link); got != want {
			t.Errorf("postID(%q) = %q, want %q", link, got, want)
		}
	}
}

// FuzzPosts checks, beyond importertest.Check's accounting, that every post
// is LinkedIn's, on no account, with its link as permalink and an id taken
// from that link, and that a known counter is never negative.
func FuzzPosts(f *testing.F) {
	for _, name := range []string{"posts.csv", "posts_fr.csv", "posts_ambiguous.csv"} {
		data, _ := os.ReadFile("testdata/" + name)
		f.Add(data)
	}
	f.Add([]byte("note\nPost title,Post link,Created date,Likes\nx,urn:li:activity:1,1/13/2026,1 234\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fl, err := importertest.Decode(t, Posts, "fuzz.csv", data, importer.Options{})
		if err != nil {
			return // a file-level error is a fine outcome; Check ran on success
		}
		for _, p := range fl.Posts {
			if p.Platform != "linkedin" || p.Account != "" || p.Permalink == "" || p.Permalink != strings.TrimSpace(p.Permalink) {
				t.Errorf("post %+v", p)
			}
			if p.ID != p.Permalink && !strings.Contains(strings.NewReplacer("%3A", ":", "%3a", ":").Replace(p.Permalink), p.ID) {
				t.Errorf("id %q is not taken from link %q", p.ID, p.Permalink)
			}
			for _, c := range []analyze.Count{p.Impressions, p.Clicks, p.Reactions, p.Comments, p.Shares} {
				if c.Known && c.Value < 0 || !c.Known && c.Value != 0 {
					t.Errorf("counter %+v of post %s", c, p.ID)
				}
			}
			if p.Reach.Known || p.HasNegativeFeedback() {
				t.Errorf("post %s has counters the sheet does not carry", p.ID)
			}
		}
	})
}

// A note row the CSV reader cannot split (a stray quote) is skipped with
// the rest of the preamble: the header after it is not read as data.
func TestPostsBrokenNote(t *testing.T) {
	data := []byte("Engagement \"metrics\" for individual posts\n" +
		"Post title,Post link,Created date,Likes\n" +
		"Hello,https://www.linkedin.com/feed/update/urn:li:activity:1,03/25/2026,4\n")
	f, err := importertest.Decode(t, Posts, "note.csv", data, importer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if f.Input.Rows != 1 || f.Input.Used != 1 || f.Posts[0].ID != "1" || f.Posts[0].Source.Line != 3 {
		t.Errorf("input %+v, posts %+v", f.Input, f.Posts)
	}
}
