package metasuite

import (
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

// No real Meta Business Suite export is in ../shared/real-data: every
// fixture here is invented, on the headers of FORMATS.md section 2, and was
// written once as bytes by testdata/gen_fixtures.py (csv module): UTF-8 with a
// byte-order mark and one header row, as the PCM DSS handoff notes
// "verified from raw CSVs" (third-party, FORMATS.md 2.1). "Publish time" is
// written MM/DD/YYYY HH:MM: its layout is not established (FORMATS.md 2.1
// says "likely", and a third-party JavaScript importer reads it month
// first), so any layout field.Scan knows is accepted.

func decodeFile(t *testing.T, format importer.Format, name string, opts importer.Options) *importer.File {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	f, err := importertest.Decode(t, format, name, data, opts)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func wantRejections(t *testing.T, in analyze.Input, want ...string) {
	t.Helper()
	var got []string
	for _, r := range in.Rejections {
		got = append(got, r.Error())
	}
	if !slices.Equal(got, want) {
		t.Errorf("rejections:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

func wantNote(t *testing.T, in analyze.Input, part string) {
	t.Helper()
	for _, n := range in.Notes {
		if strings.Contains(n, part) {
			return
		}
	}
	t.Errorf("no note contains %q; notes:\n  %s", part, strings.Join(in.Notes, "\n  "))
}

func post(t *testing.T, f *importer.File, id string) analyze.Post {
	t.Helper()
	for _, p := range f.Posts {
		if p.ID == id {
			return p
		}
	}
	t.Fatalf("no post %s", id)
	return analyze.Post{}
}

func count(c analyze.Count) string { return c.String() }

// fb_content.csv has FORMATS.md 2.1's Facebook header with both
// negative-feedback columns ("Hide" placed after "Hide all": its position
// in the one export that had it is not reported). Rows, by physical line:
//
//	2  a photo with every counter, Hide all 1 and Hide 2
//	3  a reel whose caption is in Title (Description empty) and whose two
//	   negative-feedback cells are empty: unknown, not 0
//	4  a link post whose Description spans lines 4-5; Hide all 0, Hide 0
//	6  Reach "12.5": rejected
//	7  an empty Post ID: rejected
//	8  line 2's Post ID again: rejected as a duplicate
//	9  Views empty (unknown impressions), Link Clicks empty, Date
//	   "2025-08-31" instead of "Lifetime" (a note), Hide all 3, Hide empty
//	10 a post of type "IG reel" (a crosspost): an Instagram post; both
//	   negative-feedback cells empty
//
// Expected: 8 rows, 5 used, 3 rejected; impressions from Views, clicks from
// Link Clicks; dates month first, decided from "08/14/2025" and others.
func TestContentFacebook(t *testing.T) {
	f := decodeFile(t, Content, "fb_content.csv", importer.Options{})
	in := f.Input
	if in.Rows != 8 || in.Used != 5 || in.Rejected != 3 {
		t.Fatalf("rows %d used %d rejected %d, want 8, 5, 3", in.Rows, in.Used, in.Rejected)
	}
	wantRejections(t, in,
		`fb_content.csv:6: column "Reach": "12.5" is not a whole number`,
		`fb_content.csv:7: column "Post ID": required value is empty`,
		`fb_content.csv:8: duplicate of the post at line 2`,
	)
	p := post(t, f, "1362248909258331")
	if p.Platform != "facebook" || p.Account != "Lumen Home" || p.Type != "photos" || p.Text != "New lamps are in!" ||
		count(p.Impressions) != "1200" || count(p.Reach) != "900" || count(p.Reactions) != "45" ||
		count(p.Comments) != "10" || count(p.Shares) != "5" || count(p.Clicks) != "10" ||
		count(p.HideAll) != "1" || count(p.Hides) != "2" || p.Source.Line != 2 {
		t.Errorf("line 2: %+v", p)
	}
	if got := p.Published.UTC().Format("2006-01-02 15:04"); got != "2025-08-14 10:05" {
		t.Errorf("line 2 published %s", got)
	}
	reel := post(t, f, "1362248909258332")
	if reel.Text != "Behind the scenes at the workshop" || reel.HideAll.Known || reel.Hides.Known || reel.HasNegativeFeedback() {
		t.Errorf("line 3: text from Title, negative feedback unknown: %+v", reel)
	}
	if lk := post(t, f, "1362248909258333"); lk.Text != "Our summer sale starts today.\nSee you in store!" ||
		count(lk.HideAll) != "0" || count(lk.Hides) != "0" {
		t.Errorf("line 4: %+v", lk)
	}
	if v := post(t, f, "1362248909258335"); v.Impressions.Known || v.Clicks.Known || count(v.HideAll) != "3" || v.Hides.Known {
		t.Errorf("line 9: impressions, clicks and hides unknown, hide all 3: %+v", v)
	}
	if ig := post(t, f, "18031234567890123"); ig.Platform != "instagram" || ig.Type != "ig reel" {
		t.Errorf("line 10: an IG post type is Instagram's: %+v", ig)
	}
	if in.DateOrder != "mdy" {
		t.Errorf("date order %q", in.DateOrder)
	}
	wantNote(t, in, `impressions are read from "Views"`)
	wantNote(t, in, `clicks are read from "Link Clicks"`)
	wantNote(t, in, `"Negative feedback from users: Hide all" is empty in 2 rows`)
	wantNote(t, in, `"Negative feedback from users: Hide" is empty in 3 rows`)
	wantNote(t, in, `"Date" is "2025-08-31" in 1 row instead of "Lifetime"`)
	wantNote(t, in, `give --tz`)
	importertest.Golden(t, "fb_content", f)
}

// fb_content_hideall.csv has FORMATS.md 2.1's Facebook header exactly as
// quoted, that is with "Hide all" and without "Hide" (as in five of the
// twelve monthly exports the PCM DSS handoff describes; six had neither and
// one had both, FORMATS.md 2.1). Line 2 has Hide
// all 2, line 3 an empty Hide all, line 4 Hide all 0, line 5 a Post ID a
// spreadsheet rounded ("1.36225E+15"). Expected: Hides is a known 0 on
// lines 2 and 4 (Meta writes the column only when the type occurred), and
// unknown with Hide all on line 3; line 5 rejected; the note says so.
func TestContentHideAllOnly(t *testing.T) {
	f := decodeFile(t, Content, "fb_content_hideall.csv", importer.Options{})
	in := f.Input
	if in.Rows != 4 || in.Used != 3 || in.Rejected != 1 {
		t.Fatalf("rows %d used %d rejected %d, want 4, 3, 1", in.Rows, in.Used, in.Rejected)
	}
	wantRejections(t, in, `fb_content_hideall.csv:5: column "Post ID": "1.36225E+15" is a post id a spreadsheet rounded to a number: export the file again from Meta Business Suite, or format the column as text before saving`)
	for _, c := range []struct{ id, hideAll, hides string }{
		{"1362248909258401", "2", "0"},
		{"1362248909258402", "unknown", "unknown"},
		{"1362248909258403", "0", "0"},
	} {
		p := post(t, f, c.id)
		if count(p.HideAll) != c.hideAll || count(p.Hides) != c.hides {
			t.Errorf("%s: hide all %s hides %s, want %s, %s", c.id, p.HideAll, p.Hides, c.hideAll, c.hides)
		}
	}
	wantNote(t, in, `the file has "Negative feedback from users: Hide all" but no "Negative feedback from users: Hide": Meta writes that column only when some post had such feedback, so it is read as 0 on the rows where "Negative feedback from users: Hide all" has a value`)
	importertest.Golden(t, "fb_content_hideall", f)
}

// ig_content.csv has FORMATS.md 2.2's Instagram header. Line 2 an IG
// image, line 3 an IG reel with an empty Description, line 4 an IG carousel
// whose Account username is empty (the account falls back to Account
// name), line 5 Likes "-3": rejected. Expected: Instagram posts, likes as
// reactions, clicks and negative feedback unknown (the export has none,
// FORMATS.md 2.2), a note saying so.
func TestContentInstagram(t *testing.T) {
	f := decodeFile(t, Content, "ig_content.csv", importer.Options{})
	in := f.Input
	if in.Rows != 4 || in.Used != 3 || in.Rejected != 1 {
		t.Fatalf("rows %d used %d rejected %d, want 4, 3, 1", in.Rows, in.Used, in.Rejected)
	}
	wantRejections(t, in, `ig_content.csv:5: column "Likes": "-3" is negative; a count cannot be`)
	p := post(t, f, "18040000000000001")
	if p.Platform != "instagram" || p.Account != "lumenhome" || p.Type != "ig image" || count(p.Reactions) != "210" ||
		count(p.Impressions) != "3000" || count(p.Reach) != "2500" || count(p.Comments) != "9" || count(p.Shares) != "14" ||
		p.Clicks.Known || p.HasNegativeFeedback() {
		t.Errorf("line 2: %+v", p)
	}
	if c := post(t, f, "18040000000000003"); c.Account != "Lumen Home" || c.Type != "ig carousel" {
		t.Errorf("line 4: %+v", c)
	}
	wantNote(t, in, "Instagram's content export has no negative feedback")
	importertest.Golden(t, "ig_content", f)
}

// fb_content_2023.csv has the 2022-23 header as a third-party Streamlit
// cleaner lists it (69 columns; FORMATS.md 2.1): Impressions, People
// Reached, Likes, and negative feedback only as "Unique negative feedback
// from users: Hide all / Hide" (people, not actions). Line 2 has Hide all 1
// and Hide 2; line 3 Hide all 0 and Hide empty. Expected: impressions from
// Impressions (no Views note), reach from People Reached, reactions from
// Likes, the unique counts used, and a note saying they count people.
func TestContentOld2023(t *testing.T) {
	f := decodeFile(t, Content, "fb_content_2023.csv", importer.Options{})
	in := f.Input
	if in.Rows != 2 || in.Used != 2 || in.Rejected != 0 {
		t.Fatalf("rows %d used %d rejected %d, want 2, 2, 0", in.Rows, in.Used, in.Rejected)
	}
	p := post(t, f, "104857600000001_611111111111111")
	if p.Platform != "facebook" || count(p.Impressions) != "2500" || count(p.Reach) != "1800" || count(p.Reactions) != "80" ||
		count(p.Clicks) != "20" || count(p.HideAll) != "1" || count(p.Hides) != "2" {
		t.Errorf("line 2: %+v", p)
	}
	if q := post(t, f, "104857600000001_611111111111112"); count(q.HideAll) != "0" || q.Hides.Known || q.Clicks.Known {
		t.Errorf("line 3: %+v", q)
	}
	wantNote(t, in, "count people, not actions")
	for _, n := range in.Notes {
		if strings.Contains(n, `"Views"`) {
			t.Errorf("a 2022-23 file has no Views: %q", n)
		}
	}
	importertest.Golden(t, "fb_content_2023", f)
}

// fb_content_fr.csv is an export with only "Hide all" as a French
// spreadsheet re-saves it: semicolons, Windows-1252 without a byte-order
// mark ("été"), day-first dates, thousands grouped by a no-break space
// ("12 345") or a space ("1 500"), and an id the spreadsheet rounded
// ("1,36225E+15"). Expected: 2 posts, day-first dates decided from
// "14/08/2025", the numbers whole, the rounded id rejected.
func TestContentFrenchResave(t *testing.T) {
	f := decodeFile(t, Content, "fb_content_fr.csv", importer.Options{})
	in := f.Input
	if in.Encoding != "Windows-1252" || in.Delimiter != "semicolon" || in.DateOrder != "dmy" {
		t.Errorf("encoding %s delimiter %s order %s", in.Encoding, in.Delimiter, in.DateOrder)
	}
	if in.Rows != 3 || in.Used != 2 || in.Rejected != 1 || !strings.Contains(in.Rejections[0].Reason, `"1,36225E+15" is a post id a spreadsheet rounded`) {
		t.Fatalf("rows %d used %d rejected %d %v", in.Rows, in.Used, in.Rejected, in.Rejections)
	}
	p := post(t, f, "1362248909258501")
	if p.Text != "Soldes d'été : -30 % sur les lampes" || count(p.Impressions) != "12345" || count(p.Reach) != "9870" ||
		count(p.Reactions) != "1020" || count(p.HideAll) != "4" || count(p.Hides) != "0" {
		t.Errorf("line 2: %+v", p)
	}
	if got := p.Published.UTC().Format("2006-01-02 15:04"); got != "2025-08-14 10:05" {
		t.Errorf("line 2 published %s", got)
	}
	q := post(t, f, "1362248909258502")
	if count(q.Impressions) != "1500" || q.Published.UTC().Format("2006-01-02") != "2025-09-02" {
		t.Errorf("line 3: %+v", q)
	}
}

// Publish times are read in the zone given with --tz, and the hint to
// give one is then left out.
func TestContentZone(t *testing.T) {
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Skip(err)
	}
	f := decodeFile(t, Content, "fb_content_hideall.csv", importer.Options{Location: paris, ZoneGiven: true})
	if got := post(t, f, "1362248909258401").Published.UTC().Format("2006-01-02 15:04"); got != "2025-09-03 05:45" {
		t.Errorf("07:45 in Paris is %s UTC, want 05:45", got)
	}
	for _, n := range f.Input.Notes {
		if strings.Contains(n, "--tz") {
			t.Errorf("hint given with --tz: %q", n)
		}
	}
}

// A file whose slashed dates never have a day above 12 stops with the
// question, naming Meta's usual order.
func TestContentAmbiguousDates(t *testing.T) {
	data := []byte("\ufeffPost ID,Page ID,Page name,Publish time,Permalink,Post type,Views,Reach\n" +
		"1,2,Lumen Home,03/04/2025 10:00,,Photos,10,9\n")
	_, err := importertest.Decode(t, Content, "a.csv", data, importer.Options{})
	if !errors.Is(err, field.ErrAmbiguousOrder) || !strings.Contains(err.Error(), "month first") {
		t.Errorf("err %v", err)
	}
	f, err := importertest.Decode(t, Content, "a.csv", data, importer.Options{DateOrder: field.DayFirst})
	if err != nil || f.Posts[0].Published.Month() != 4 {
		t.Errorf("with --date-order dmy: %v", err)
	}
}

func TestContentMatch(t *testing.T) {
	for _, c := range []struct {
		name, header string
		ok           bool
	}{
		{"facebook", "Post ID,Page ID,Page name,Publish time,Permalink,Post type,Views,Reach", true},
		{"instagram", "Post ID,Account ID,Account username,Account name,Description,Duration (sec),Publish time,Permalink,Post type,Data comment,Date,Views,Reach,Likes,Shares,Follows,Comments,Saves", true},
		{"2022-23", "Post ID,Page ID,Page name,Description,Duration (sec),Publish time,Permalink,Post type,Impressions,People Reached", true},
		{"case and spaces", "post id,PAGE ID,Page  name,Publish Time,permalink,Post Type,views,reach", true},
		{"no counters", "Post ID,Page ID,Page name,Publish time,Permalink,Post type", false},
		{"legacy Page Insights post data", "Post ID,Permalink,Post Message,Type,Countries,Languages,Posted,Audience Targeting,Lifetime Post Total Reach", false},
		{"own format", "platform,post_id,published_at,impressions", false},
		{"chart", "Facebook follows", false},
	} {
		m := Content.Match([]table.Record{{Fields: strings.Split(c.header, ","), Line: 1}})
		if m.OK != c.ok {
			t.Errorf("%s: match %v, want %v (missing %v)", c.name, m.OK, c.ok, m.Missing)
		}
		if !m.OK && c.name == "no counters" && (m.Score == 0 || len(m.Missing) == 0) {
			t.Errorf("%s: a near miss should score and name what is missing: %+v", c.name, m)
		}
	}
	if m := Content.Match(nil); m.OK {
		t.Errorf("an empty file matched")
	}
}

func FuzzContent(f *testing.F) {
	for _, name := range []string{"fb_content.csv", "fb_content_hideall.csv", "ig_content.csv", "fb_content_2023.csv", "fb_content_fr.csv"} {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("Post ID,Page ID,Page name,Publish time,Permalink,Post type,Views,Reach,Negative feedback from users: Hide\n1,2,p,2025-01-01 10:00,,IG x,1 234,-,5\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fl, err := importertest.Decode(t, Content, "fuzz.csv", data, importer.Options{})
		if err != nil {
			return // a file-level error is a fine outcome; Check ran on success
		}
		tb, err := table.Open(strings.NewReader(string(data)), table.Options{})
		if err != nil {
			t.Fatal(err)
		}
		head, _ := tb.Peek(1)
		h := importer.NewHeader(head[0].Fields)
		hasNegative := h.Index(hideAllName, hideName, uniqueHideAllName, uniqueHideName) >= 0
		all, one := h.Index(hideAllName), h.Index(hideName)
		if all < 0 && one < 0 {
			all, one = h.Index(uniqueHideAllName), h.Index(uniqueHideName)
		}
		onlyOne := (all < 0) != (one < 0)
		for _, p := range fl.Posts {
			if p.Platform != "facebook" && p.Platform != "instagram" {
				t.Errorf("platform %q", p.Platform)
			}
			if p.Type != strings.ToLower(p.Type) {
				t.Errorf("type %q not lower-case", p.Type)
			}
			// A counter the file does not have is never invented.
			if p.HasNegativeFeedback() && !hasNegative {
				t.Errorf("negative feedback without a column: %+v", p)
			}
			// With one column of a family, the other is inferred as 0
			// exactly beside a known value.
			if onlyOne && p.HideAll.Known != p.Hides.Known {
				t.Errorf("hide all %s but hides %s with one column: %+v", p.HideAll, p.Hides, p)
			}
			if mangledID.MatchString(p.ID) || p.ID != strings.TrimSpace(p.ID) {
				t.Errorf("id %q", p.ID)
			}
		}
	})
}
