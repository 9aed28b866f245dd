package facebook

import (
	"bytes"
	"encoding/csv"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/analyze/internal/field"
	"github.com/socialaudit/socialaudit/analyze/internal/importer"
	"github.com/socialaudit/socialaudit/analyze/internal/importer/importertest"
	"github.com/socialaudit/socialaudit/analyze/internal/table"
)

func read(t testing.TB, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// csvText writes records as CSV with LF line ends.
func csvText(t testing.TB, recs [][]string) []byte {
	t.Helper()
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	if err := w.WriteAll(recs); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func known(n int64) analyze.Count { return analyze.KnownCount(n) }

var unknown = analyze.Count{}

// wantRejections compares the file's rejections with their Error() texts.
func wantRejections(t *testing.T, in analyze.Input, want []string) {
	t.Helper()
	var got []string
	for _, r := range in.Rejections {
		got = append(got, r.Error())
	}
	if !slices.Equal(got, want) {
		t.Errorf("rejections\n got %q\nwant %q", got, want)
	}
}

func hasNote(in analyze.Input, part string) bool {
	for _, n := range in.Notes {
		if strings.Contains(n, part) {
			return true
		}
	}
	return false
}

// The posts fixture has the real 95-column header of a 2015-16 export (both
// rows, copied from the export's header) with invented rows, written with a
// BOM and LF line ends:
//
//	line 3  _2001 Photo, 02/14/2016 12:40:16 AM PST: impressions 1200, reach
//	        800, stories like 15 comment 2 share 3, consumptions 45 = other 5
//	        + photo 40 (no link clicks: 0), negative total 1 = hide_all 1.
//	line 4  _2002 Link, message with a line break, 01/05/2016 03:15:00 PM:
//	        impressions 900, like 7 only, link clicks 30, total 2 = hide 2.
//	line 6  _2003 a page mention: empty Type, every metric empty.
//	line 7  _2004 Video, 03/04/2016 09:15:00 AM, which could be 3 April but
//	        is 4 March (the other rows put the day second): total 0, the
//	        duplicate-name columns (views to 95%) hold different values.
//	line 8  _2005 impressions "12.5": rejected.
//	line 9  _2006 Status, Excel-style "1/7/2016 9:05": total 3 but the
//	        written types give hide_all 1 only, so the other types are
//	        unknown.
//	line 10 94 cells: rejected.
//	line 11 _2001 again: rejected as a duplicate.
//
// The file has no report_spam_clicks or unlike_page_clicks column: they are
// known zeros on complete rows. Times are US Pacific.
func TestLegacyPostsFixture(t *testing.T) {
	f, err := importertest.Decode(t, LegacyPosts, "posts.csv", read(t, "testdata/posts.csv"), importer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	in := f.Input
	if in.Rows != 8 || in.Used != 5 || in.Rejected != 3 || in.Encoding != "UTF-8 with BOM" || in.DateOrder != "mdy" {
		t.Fatalf("rows %d used %d rejected %d encoding %s order %s; want 8, 5, 3, UTF-8 with BOM, mdy", in.Rows, in.Used, in.Rejected, in.Encoding, in.DateOrder)
	}
	wantRejections(t, in, []string{
		`posts.csv:8: column "Lifetime Post Total Impressions": "12.5" is not a whole number`,
		`posts.csv:10: wrong number of fields (94, the header has 95)`,
		`posts.csv:11: duplicate of the post at line 3`,
	})
	type neg struct{ hides, hideAll, spam, unlikes analyze.Count }
	want := []struct {
		id, typ  string
		utc      string
		imp      analyze.Count
		like     analyze.Count
		clicks   analyze.Count
		negative neg
	}{
		{"100200300400500_2001", "photo", "2016-02-14T08:40:16Z", known(1200), known(15), known(0), neg{known(0), known(1), known(0), known(0)}},
		{"100200300400500_2002", "link", "2016-01-05T23:15:00Z", known(900), known(7), known(30), neg{known(2), known(0), known(0), known(0)}},
		{"100200300400500_2003", "", "2016-01-26T16:11:42Z", unknown, unknown, unknown, neg{}},
		{"100200300400500_2004", "video", "2016-03-04T17:15:00Z", known(3000), known(40), known(0), neg{known(0), known(0), known(0), known(0)}},
		{"100200300400500_2006", "status", "2016-01-07T17:05:00Z", known(450), known(4), known(0), neg{unknown, known(1), unknown, unknown}},
	}
	if len(f.Posts) != len(want) {
		t.Fatalf("%d posts, want %d", len(f.Posts), len(want))
	}
	for i, w := range want {
		p := f.Posts[i]
		got := neg{p.Hides, p.HideAll, p.SpamReports, p.Unlikes}
		if p.ID != w.id || p.Account != "100200300400500" || p.Type != w.typ || !p.Published.Equal(importertest.UTC(w.utc)) ||
			p.Impressions != w.imp || p.Reactions != w.like || p.Clicks != w.clicks || got != w.negative {
			t.Errorf("post %d = %+v\nwant %+v", i, p, w)
		}
	}
	if got := f.Posts[1].Text; got != "Read our guide to warm light\nhttp://example.org/guide" {
		t.Errorf("message %q", got)
	}
	if f.Posts[0].Published.Location().String() != pacific {
		t.Errorf("zone %v", f.Posts[0].Published.Location())
	}
	// Complete: lines 3, 4, 7 and the duplicate 11; not: 6 and 9.
	if !hasNote(in, "read as US Pacific (America/Los_Angeles)") || !hasNote(in, "(4 rows read), elsewhere it is unknown (2 rows)") {
		t.Errorf("notes %q", in.Notes)
	}
	importertest.Golden(t, "posts", f)
}

// The page fixture is Windows-1252 with CRLF line ends: 22 real column
// names of a 2014-15 export (a city name with byte 0xF1, the duplicate
// "Daily Logged-in Page Views", a raw API name repeated in the description
// row), with the total-count breakdown written only for hide_all_clicks,
// hide_clicks and xbutton_clicks, and invented days:
//
//	line 3  1/14/2015 likes 180 new 3 unlikes 1, total 2 = hide_all 1 + hide 1
//	line 4  1/15/2015 total 0, every type empty: all known 0
//	line 5  1/16/2015 total 2 = hide 2, the other types empty: 0
//	line 6  1/17/2015 unlikes, impressions and total empty: unknown
//	line 7  1/18/2015 total 3 but only hide_all 1 written: the rest unknown
//	line 8  new likes "abc": rejected
//	line 9  1/14/2015 again: rejected as a duplicate
//	line 10 21 cells: rejected
//	line 11 2/1/2015 (1 February, as the other dates say) total 0
func TestLegacyPageFixture(t *testing.T) {
	f, err := importertest.Decode(t, LegacyPage, "page.csv", read(t, "testdata/page.csv"), importer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	in := f.Input
	if in.Rows != 9 || in.Used != 6 || in.Rejected != 3 || in.Encoding != "Windows-1252" || in.DateOrder != "mdy" {
		t.Fatalf("rows %d used %d rejected %d encoding %s order %s; want 9, 6, 3, Windows-1252, mdy", in.Rows, in.Used, in.Rejected, in.Encoding, in.DateOrder)
	}
	wantRejections(t, in, []string{
		`page.csv:8: column "Daily New Likes": "abc" is not a number`,
		`page.csv:9: duplicate of the day at line 3`,
		`page.csv:10: wrong number of fields (21, the header has 22)`,
	})
	type day struct {
		date                               string
		followers, follows, unfollows, imp analyze.Count
		hides, hideAll, spam               analyze.Count
	}
	want := []day{
		{"2015-01-14T00:00:00Z", known(180), known(3), known(1), known(500), known(1), known(1), known(0)},
		{"2015-01-15T00:00:00Z", known(182), known(2), known(0), known(300), known(0), known(0), known(0)},
		{"2015-01-16T00:00:00Z", known(182), known(0), known(0), known(250), known(2), known(0), known(0)},
		{"2015-01-17T00:00:00Z", known(182), known(0), unknown, unknown, unknown, unknown, unknown},
		{"2015-01-18T00:00:00Z", known(183), known(1), known(0), known(400), unknown, known(1), unknown},
		{"2015-02-01T00:00:00Z", known(185), known(2), known(0), known(350), known(0), known(0), known(0)},
	}
	if len(f.Daily) != len(want) {
		t.Fatalf("%d days, want %d", len(f.Daily), len(want))
	}
	for i, w := range want {
		d := f.Daily[i]
		got := day{d.Date.Format(time.RFC3339), d.Followers, d.Follows, d.Unfollows, d.Impressions, d.Hides, d.HideAll, d.SpamReports}
		if got != w || d.Platform != "facebook" || d.Account != "" {
			t.Errorf("day %d = %+v\nwant %+v", i, got, w)
		}
	}
	if !hasNote(in, "(5 rows read), elsewhere it is unknown (2 rows)") {
		t.Errorf("notes %q", in.Notes)
	}
	importertest.Golden(t, "page", f)
}

// A file with only one header row is not a legacy export, but comes close
// enough to be named as the closest format, with what it lacks.
func TestLegacyMatch(t *testing.T) {
	posts := read(t, "testdata/posts.csv")
	page := read(t, "testdata/page.csv")
	head := func(data []byte) []table.Record {
		tb, err := table.Open(bytes.NewReader(data), table.Options{})
		if err != nil {
			t.Fatal(err)
		}
		h, err := tb.Peek(importer.MatchRows)
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	if m := LegacyPosts.Match(head(posts)); !m.OK || m.Score != 1 {
		t.Errorf("posts fixture: %+v", m)
	}
	if m := LegacyPage.Match(head(page)); !m.OK || m.Score != 1 {
		t.Errorf("page fixture: %+v", m)
	}
	if m := LegacyPosts.Match(head(page)); m.OK {
		t.Errorf("the page fixture matches the posts format: %+v", m)
	}
	if m := LegacyPage.Match(head(posts)); m.OK {
		t.Errorf("the posts fixture matches the page format: %+v", m)
	}
	// Drop the description row of each: a re-saved file, or another layout.
	for _, c := range []struct {
		format importer.Format
		data   []byte
	}{{LegacyPosts, posts}, {LegacyPage, page}} {
		h := head(c.data)
		one := append([]table.Record{h[0]}, h[2:]...)
		m := c.format.Match(one)
		if m.OK || m.Score < 0.5 || !slices.Equal(m.Missing, []string{descriptionRowMissing}) {
			t.Errorf("%s without descriptions: %+v", c.format.ID, m)
		}
	}
	// A daily chart export with a Date column only is far from the page
	// export.
	m := LegacyPage.Match([]table.Record{{Fields: []string{"Date", "Primary"}, Line: 1}, {Fields: []string{"2024-01-01T00:00:00", "5"}, Line: 2}})
	if m.OK || m.Score > 0.25 {
		t.Errorf("Date,Primary: %+v", m)
	}
}

// postsHeader returns the fixture's two header rows.
func postsHeader(t testing.TB) [][]string {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(read(t, "testdata/posts.csv"), []byte("\xef\xbb\xbf"))))
	var recs [][]string
	for range 2 {
		rec, err := r.Read()
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, rec)
	}
	return recs
}

// postRow makes a row of the fixture's width with an id and a Posted value.
func postRow(n int, id, posted string) []string {
	r := make([]string, n)
	r[0], r[6] = id, posted
	return r
}

// When every day is 12 or less, the order cannot be told: the file is an
// error that wraps field.ErrAmbiguousOrder and says that Facebook writes
// month first; --date-order mdy reads it.
func TestLegacyPostsAmbiguousOrder(t *testing.T) {
	recs := postsHeader(t)
	n := len(recs[0])
	recs = append(recs, postRow(n, "1_1", "03/04/2016 10:00:00 AM"), postRow(n, "1_2", "05/06/2016 11:30:00 PM"))
	data := csvText(t, recs)
	_, err := importertest.Decode(t, LegacyPosts, "ambiguous.csv", data, importer.Options{})
	if !errors.Is(err, field.ErrAmbiguousOrder) || !strings.Contains(err.Error(), "the platform itself writes month first") {
		t.Fatalf("err = %v, want the ambiguity with a month-first hint", err)
	}
	f, err := importertest.Decode(t, LegacyPosts, "ambiguous.csv", data, importer.Options{DateOrder: field.MonthFirst})
	if err != nil {
		t.Fatal(err)
	}
	// 4 March 2016 10:00 PST; 6 May 2016 23:30 PDT.
	if !f.Posts[0].Published.Equal(importertest.UTC("2016-03-04T18:00:00Z")) || !f.Posts[1].Published.Equal(importertest.UTC("2016-05-07T06:30:00Z")) {
		t.Errorf("published %v, %v", f.Posts[0].Published, f.Posts[1].Published)
	}
	// A post without insights has no negative feedback to tell.
	if f.Posts[0].HasNegativeFeedback() {
		t.Errorf("negative feedback invented: %+v", f.Posts[0])
	}
}

// --tz overrides US Pacific, and the note says so.
func TestLegacyPostsZoneGiven(t *testing.T) {
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Fatal(err)
	}
	data := read(t, "testdata/posts.csv")
	f, err := importertest.Decode(t, LegacyPosts, "posts.csv", data, importer.Options{Location: paris, ZoneGiven: true})
	if err != nil {
		t.Fatal(err)
	}
	// 02/14/2016 12:40:16 AM in Paris (UTC+1) is 2016-02-13 23:40:16 UTC.
	if p := f.Posts[0]; !p.Published.Equal(importertest.UTC("2016-02-13T23:40:16Z")) || p.Published.Location() != paris {
		t.Errorf("published %v", p.Published)
	}
	if !hasNote(f.Input, "read in Europe/Paris as --tz says") || hasNote(f.Input, "read as US Pacific") {
		t.Errorf("notes %q", f.Input.Notes)
	}
	// A location that is only the default (no --tz) does not override.
	f, err = importertest.Decode(t, LegacyPosts, "posts.csv", data, importer.Options{Location: paris})
	if err != nil {
		t.Fatal(err)
	}
	if !f.Posts[0].Published.Equal(importertest.UTC("2016-02-14T08:40:16Z")) {
		t.Errorf("published %v without --tz", f.Posts[0].Published)
	}
}

// Descriptions tell apart columns of the same name. The real page export
// writes "Daily Positive Feedback from Users - answer" twice, unique users
// first; were it to do so for negative feedback, the total count must win
// even though it comes second. The names here also vary in case and
// wording as they do across years.
func TestLegacyPageDescriptionsDisambiguate(t *testing.T) {
	recs := [][]string{
		{"date", "DAILY UNLIKES", "Daily Negative Feedback From Users",
			"Daily Negative Feedback from Users - hide_all_clicks", "Daily Negative Feedback from Users - hide_clicks",
			"Daily Negative Feedback from Users - hide_all_clicks", "Daily Negative Feedback from Users - hide_clicks",
			"Weekly Negative Feedback from Users - hide_clicks"},
		{"", "Daily: The number of Unlikes of your Page (Unique Users)", "Daily: The number of times people have given negative feedback to your Page. (Total Count)",
			"Daily: The number of people who have given negative feedback to your Page, by type. (Unique Users)", "",
			"Daily: The number of times people have given negative feedback to your Page, by type. (Total Count)", "",
			"Weekly: The number of times people have given negative feedback to your Page, by type. (Total Count)"},
		{"3/13/2015", "2", "5", "1", "1", "2", "3", "9"},
	}
	f, err := importertest.Decode(t, LegacyPage, "dup.csv", csvText(t, recs), importer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := f.Daily[0]
	if d.Unfollows != known(2) || d.HideAll != known(2) || d.Hides != known(3) || d.SpamReports != known(0) {
		t.Errorf("day %+v", d)
	}
}

// A file without the total-count breakdown says nothing of the types: a
// 2015 layout had only the totals, and a file may carry only the
// unique-users family.
func TestLegacyPostsNoBreakdown(t *testing.T) {
	for _, c := range []struct {
		name, extra, desc, note string
	}{
		{"total only", "Lifetime Negative Feedback from Users", "Lifetime: The number of times people have given negative feedback to your post. (Total Count)", "has no negative feedback by type"},
		{"unique only", "Lifetime Negative feedback - hide_clicks", "Lifetime: The number of people who have given negative feedback to your post, by type. (Unique Users)", "only as unique users"},
	} {
		recs := [][]string{
			{"Post ID", "Permalink", "Post Message", "Type", "Posted", "Lifetime Post Total Impressions", c.extra},
			{"", "", "", "", "", "Lifetime: The number of impressions of your Page post. (Total Count)", c.desc},
			{"1_2", "", "hi", "Photo", "10/13/2015 21:00", "10", "0"},
		}
		f, err := importertest.Decode(t, LegacyPosts, "x.csv", csvText(t, recs), importer.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if p := f.Posts[0]; p.HasNegativeFeedback() || p.Impressions != known(10) || p.Reactions.Known {
			t.Errorf("%s: %+v", c.name, p)
		}
		if !hasNote(f.Input, c.note) {
			t.Errorf("%s: notes %q", c.name, f.Input.Notes)
		}
	}
}

// Conformance on the real post-level export (../shared/real-data; a Page's
// own export published on GitHub, no licence stated, never copied here).
// Expected figures from an independent Python script (csv module, utf-8-sig;
// /tmp/refcalc/fb_post.py, summarised in SUMMARY.md): 170 rows, 170 posts;
// sums over the total-count family hide_all 7 and hide 4; impressions
// 291,369 (1 empty cell); Posted from 08/19/2015 03:51:26 AM to 02/14/2016
// 12:40:16 AM, Pacific, that is 10:51:26 UTC and 08:40:16 UTC (PDT, PST).
// The file has no report_spam_clicks or unlike_page_clicks column: both
// are known zeros wherever the row's breakdown is complete. The rule: 169
// rows have "Lifetime Negative Feedback from Users" and by-type cells that
// add up to it (the script found no row where they do not), so their four
// counters are known; the page mention (empty Type, every metric empty)
// keeps them unknown. Sums of the stories by action type (Python, same
// script's csv reading): like 2,806, comment 157, share 329; link clicks
// ("Lifetime Post Consumptions by type - link clicks") 836.
func TestLegacyPostsRealData(t *testing.T) {
	path := importertest.RealData(t, 2, "facebook_legacy_insights_post_level_VisualizationStudioVIC_2015-08-19_2016-02-15.csv")
	f, err := importertest.Decode(t, LegacyPosts, "posts.csv", read(t, path), importer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	in := f.Input
	if in.Rows != 170 || in.Used != 170 || len(f.Posts) != 170 || in.DateOrder != "mdy" {
		t.Errorf("rows %d used %d posts %d order %q; want 170, 170, 170, mdy (rejections %v)", in.Rows, in.Used, len(f.Posts), in.DateOrder, in.Rejections)
	}
	var hides, hideAll, spam, unlikes, imp, likes, comments, shares, clicks int64
	var negKnown, empties int
	types := map[string]int{}
	for _, p := range f.Posts {
		hides += p.Hides.Value
		hideAll += p.HideAll.Value
		spam += p.SpamReports.Value
		unlikes += p.Unlikes.Value
		imp += p.Impressions.Value
		likes += p.Reactions.Value
		comments += p.Comments.Value
		shares += p.Shares.Value
		clicks += p.Clicks.Value
		types[p.Type]++
		if p.Hides.Known && p.HideAll.Known && p.SpamReports.Known && p.Unlikes.Known {
			negKnown++
		} else if p.HasNegativeFeedback() {
			t.Errorf("post %s has some negative counters known, not all: %+v", p.ID, p)
		} else {
			empties++
			if p.Type != "" || p.Impressions.Known {
				t.Errorf("unknown negative feedback on %+v", p)
			}
		}
		if p.Account != "518995791497187" {
			t.Errorf("account %q", p.Account)
		}
	}
	if hides != 4 || hideAll != 7 || spam != 0 || unlikes != 0 || imp != 291369 {
		t.Errorf("sums hides %d hide_all %d spam %d unlikes %d impressions %d; want 4, 7, 0, 0, 291369", hides, hideAll, spam, unlikes, imp)
	}
	if likes != 2806 || comments != 157 || shares != 329 || clicks != 836 {
		t.Errorf("sums likes %d comments %d shares %d link clicks %d; want 2806, 157, 329, 836", likes, comments, shares, clicks)
	}
	if negKnown != 169 || empties != 1 {
		t.Errorf("negative feedback known on %d posts, unknown on %d; want 169, 1", negKnown, empties)
	}
	if types["photo"] != 103 || types["link"] != 39 || types["video"] != 22 || types["status"] != 3 || types["sharedvideo"] != 2 || types[""] != 1 {
		t.Errorf("types %v", types)
	}
	if !in.First.Equal(importertest.UTC("2015-08-19T10:51:26Z")) || !in.Last.Equal(importertest.UTC("2016-02-14T08:40:16Z")) {
		t.Errorf("first %v last %v", in.First.UTC(), in.Last.UTC())
	}
}

// Conformance on the real page-level export (same Page and source,
// Windows-1252, 2,325 columns). Expected figures from an independent Python
// script (csv module, cp1252; /tmp/refcalc/fb_page.py, SUMMARY.md): 180
// days, 8/24/2014 to 2/19/2015; Daily Unlikes 14, Daily New Likes 477; the
// total-count family "Daily Negative Feedback from Users - ..." hide_all 6,
// hide 24, report_spam 0. Its cells are empty on the first 24 days (23 of
// them with total 0, one with hide 1 = total 1) and the written types add
// up to the total on every day, so the rule makes every day's counters
// known: the sums are over 180 known days.
func TestLegacyPageRealData(t *testing.T) {
	path := importertest.RealData(t, 2, "facebook_legacy_insights_page_level_VisualizationStudioVIC_2014-08-24_2015-02-19.csv")
	f, err := importertest.Decode(t, LegacyPage, "page.csv", read(t, path), importer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	in := f.Input
	if in.Rows != 180 || in.Used != 180 || len(f.Daily) != 180 || in.Encoding != "Windows-1252" || in.DateOrder != "mdy" {
		t.Errorf("rows %d used %d days %d encoding %s order %q; want 180, 180, 180, Windows-1252, mdy (rejections %v)", in.Rows, in.Used, len(f.Daily), in.Encoding, in.DateOrder, in.Rejections)
	}
	var unfollows, follows, hides, hideAll, spam int64
	var knownDays int
	for _, d := range f.Daily {
		unfollows += d.Unfollows.Value
		follows += d.Follows.Value
		hides += d.Hides.Value
		hideAll += d.HideAll.Value
		spam += d.SpamReports.Value
		if d.Hides.Known && d.HideAll.Known && d.SpamReports.Known && d.Unfollows.Known && d.Follows.Known && d.Followers.Known && d.Impressions.Known {
			knownDays++
		}
	}
	if unfollows != 14 || follows != 477 || hides != 24 || hideAll != 6 || spam != 0 {
		t.Errorf("sums unlikes %d new likes %d hides %d hide_all %d spam %d; want 14, 477, 24, 6, 0", unfollows, follows, hides, hideAll, spam)
	}
	if knownDays != 180 {
		t.Errorf("%d days with every counter known, want 180", knownDays)
	}
	if !in.First.Equal(importertest.UTC("2014-08-24T00:00:00Z")) || !in.Last.Equal(importertest.UTC("2015-02-19T00:00:00Z")) {
		t.Errorf("first %v last %v", in.First, in.Last)
	}
	if !hasNote(in, "(180 rows read), elsewhere it is unknown (0 rows)") {
		t.Errorf("notes %q", in.Notes)
	}
}

// Both formats decode anything without breaking the accounting, never
// match the same file, and keep their own promises: posts of platform
// facebook whose account is the id's page, lower-case types, known
// negative counters never on a post without its breakdown, days at
// midnight UTC without an account.
func FuzzLegacyPosts(f *testing.F) {
	// The fixture's rows on the columns the format reads: the whole 95
	// columns make each run slow enough to stall the fuzzer's minimizing.
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(read(f, "testdata/posts.csv"), []byte("\xef\xbb\xbf"))))
	r.FieldsPerRecord = -1
	all, err := r.ReadAll()
	if err != nil {
		f.Fatal(err)
	}
	var narrow [][]string
	for _, rec := range all {
		if len(rec) != len(all[0]) {
			continue // the short row, which the cut would make whole
		}
		var keep []string
		for _, i := range []int{0, 1, 2, 3, 6, 8, 11, 19, 20, 22, 24, 29, 30, 34, 37, 38} {
			keep = append(keep, rec[i])
		}
		narrow = append(narrow, keep)
	}
	f.Add(append([]byte("\xef\xbb\xbf"), csvText(f, narrow)...))
	dayFirst := append(narrow[:2:2], []string{"9_9", "", "", "", "13/01/2016 1:00 PM", "", "", "", "", "", "", "", "", "", "", ""})
	f.Add(csvText(f, dayFirst))
	f.Add([]byte("Post ID,Permalink,Post Message,Posted,Lifetime Negative Feedback from Users,Lifetime Negative Feedback from Users by Type - hide_clicks\n,,,,Lifetime: x (Total Count),\n1_2,,a,1/2/2015 3:04,2,2\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzMatchOnce(t, data)
		fl, err := importertest.Decode(t, LegacyPosts, "fuzz.csv", data, importer.Options{})
		if err != nil {
			return
		}
		lh, byLine := fuzzRecords(t, data)
		g, _ := lh.negativeFamilies("lifetime")
		for _, p := range fl.Posts {
			page, _, ok := strings.Cut(p.ID, "_")
			if p.Platform != "facebook" || (ok && p.Account != page) || (!ok && p.Account != "") || p.Type != strings.ToLower(p.Type) {
				t.Errorf("post %+v", p)
			}
			if loc := p.Published.Location().String(); loc != pacific && loc != "" {
				t.Errorf("published in %q", loc)
			}
			fuzzNeverInvent(t, g, byLine[p.Source.Line], p.Impressions,
				map[string]analyze.Count{typeHide: p.Hides, typeHideAll: p.HideAll, typeSpam: p.SpamReports, typeUnlike: p.Unlikes})
		}
	})
}

func FuzzLegacyPage(f *testing.F) {
	f.Add(read(f, "testdata/page.csv"))
	f.Add([]byte("Date,Daily Unlikes,Daily Negative Feedback from Users,Daily Negative Feedback from Users - hide_clicks\r\n,Daily: u (Unique Users),Daily: t (Total Count),Daily: t (Total Count)\r\n8/24/2014,1,2,\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzMatchOnce(t, data)
		fl, err := importertest.Decode(t, LegacyPage, "fuzz.csv", data, importer.Options{})
		if err != nil {
			return
		}
		lh, byLine := fuzzRecords(t, data)
		g, _ := lh.negativeFamilies("daily")
		for _, d := range fl.Daily {
			if d.Platform != "facebook" || d.Account != "" || d.Date.Location() != time.UTC || !d.Date.Equal(d.Date.Truncate(24*time.Hour)) {
				t.Errorf("day %+v", d)
			}
			fuzzNeverInvent(t, g, byLine[d.Source.Line], d.Impressions,
				map[string]analyze.Count{typeHide: d.Hides, typeHideAll: d.HideAll, typeSpam: d.SpamReports})
		}
	})
}

// fuzzRecords reads the file again, independently of Decode: its header
// rows and its records by line.
func fuzzRecords(t *testing.T, data []byte) (legacyHead, map[int]table.Record) {
	t.Helper()
	tb, err := table.Open(bytes.NewReader(data), table.Options{})
	if err != nil {
		t.Fatal(err)
	}
	head, _ := tb.Peek(2)
	lh := newLegacyHead(head[0], head[1])
	byLine := map[int]table.Record{}
	for {
		r, err := tb.Next()
		if _, ok := err.(*table.RowError); ok {
			continue
		}
		if err != nil {
			return lh, byLine
		}
		byLine[r.Line] = r
	}
}

// fuzzNeverInvent checks the rule on empty types against the record's own
// row: a counter is the row's cell when written; a 0 that no cell wrote
// needs a file with the breakdown and a row whose total (or, without a
// total column, whose impressions) is known; a file without the breakdown
// leaves every counter unknown.
func fuzzNeverInvent(t *testing.T, g group, rec table.Record, impressions analyze.Count, got map[string]analyze.Count) {
	t.Helper()
	line := rec.Line
	for typ, c := range got {
		if !g.has() {
			if c.Known {
				t.Errorf("line %d: %s %v without a breakdown in the file", line, typ, c)
			}
			continue
		}
		cell := ""
		for _, m := range g.members {
			if m.typ == typ {
				cell = importer.Cell(rec, m.col)
			}
		}
		if !field.Unknown(cell) {
			if w, err := field.Count(cell); err != nil || w != c {
				t.Errorf("line %d: %s %v, cell %q", line, typ, c, cell)
			}
			continue
		}
		if !c.Known {
			continue
		}
		if c.Value != 0 {
			t.Errorf("line %d: %s %v from an empty cell", line, typ, c)
		}
		if g.total >= 0 && field.Unknown(importer.Cell(rec, g.total)) || g.total < 0 && !impressions.Known {
			t.Errorf("line %d: %s deduced 0 without a known total", line, typ)
		}
	}
}

// fuzzMatchOnce checks that no file matches both legacy formats.
func fuzzMatchOnce(t *testing.T, data []byte) {
	tb, err := table.Open(bytes.NewReader(data), table.Options{})
	if err != nil {
		return
	}
	head, err := tb.Peek(importer.MatchRows)
	if err != nil {
		return
	}
	a, b := LegacyPosts.Match(head), LegacyPage.Match(head)
	if a.OK && b.OK {
		t.Errorf("both formats match")
	}
	for _, m := range []importer.Match{a, b} {
		if m.Score < 0 || m.Score > 1 || m.OK && len(m.Missing) > 0 || !m.OK && len(head) > 0 && len(m.Missing) == 0 {
			t.Errorf("match %+v", m)
		}
	}
}
