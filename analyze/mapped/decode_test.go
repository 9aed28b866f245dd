package mapped

import (
	"bytes"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/analyze/internal/field"
	"github.com/socialaudit/socialaudit/analyze/internal/importer"
	"github.com/socialaudit/socialaudit/analyze/internal/importer/importertest"
	"github.com/socialaudit/socialaudit/analyze/internal/table"
)

func mustParse(t testing.TB, path string) *Mapping {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Parse(path, data)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func read(t testing.TB, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// decodeWith runs a mapping the way the registry should: the table opened
// with the mapping's delimiter (importertest.Decode always sniffs it), then
// Match, Decode, Finish and the importer invariants.
func decodeWith(t testing.TB, m *Mapping, name string, data []byte, opts importer.Options) (*importer.File, error) {
	t.Helper()
	tb, err := table.Open(bytes.NewReader(data), table.Options{Comma: m.Comma()})
	if err != nil {
		return nil, err
	}
	head, err := tb.Peek(importer.MatchRows)
	if err != nil {
		return nil, err
	}
	format := m.Format()
	if mt := format.Match(head); !mt.OK {
		t.Fatalf("%s does not match %s: missing %v", name, format.ID, mt.Missing)
	}
	f := importer.NewFile(name, tb, format, opts)
	if err := format.Decode(f); err != nil {
		return nil, err
	}
	if err := f.Finish(); err != nil {
		return nil, err
	}
	importertest.Check(t, f)
	return f, nil
}

func rejections(f *importer.File) []string {
	var out []string
	for _, r := range f.Input.Rejections {
		out = append(out, r.Error())
	}
	return out
}

// The inbox fixture is an Agorapulse-like comments export as a French
// spreadsheet saves it: UTF-8 with a BOM, CRLF, ";" as delimiter, a note
// row above the header (header_row = 2), day-first dates in Paris time
// with no seconds, "Oui"/"Non" for hidden, an unmapped Sentiment column,
// and a brand column (Author = "Lumen Home", in any case).
//
// Expected, worked out by hand from the CSV (Paris is UTC+1 until the
// 29 March 2026 02:00 switch, UTC+2 after):
//   - line 3  c1, Maria K, 25/03 14:05 CET = 13:05Z, not the brand, hidden no.
//   - line 4  c2, reply to c1 by "Lumen Home" = brand, 15:40 CET = 14:40Z.
//   - line 5  c3, 26/03 09:00 CET = 08:00Z, hidden yes ("Oui").
//   - line 6  c4 (a message over lines 6-7), 29/03 02:30 does not exist in
//     Paris (the clocks jump 02:00 -> 03:00): moved forward to 03:30 CEST =
//     01:30Z; hidden empty = unknown; Instagram, account lumenhome.
//   - line 8  c5, author "LUMEN HOME" = brand, 10:15 CEST = 08:15Z.
//   - line 17 c12, author empty: FromBrand unknown (--brand decides),
//     28/03 19:00 CET = 18:00Z.
//   - rejected: 9 ISO date not in the layout, 10 empty ID, 11 four cells,
//     12 "Peut-être" is not yes/no, 14 duplicate of c1 (line 3), 15 31 April,
//     16 empty Network. Line 13 (only semicolons) is not a row.
//
// So 13 rows, 6 used, 7 rejected, first 13:05Z on 25 March, last 08:15Z on
// 29 March, dmy.
func TestInboxTOML(t *testing.T) {
	m := mustParse(t, "testdata/inbox.toml")
	if m.Comma() != ';' || m.Name() != "Agorapulse inbox" || m.Kind() != "comments" || m.HeaderRow() != 2 {
		t.Fatalf("parsed %+v", m)
	}
	fm := m.Format()
	if fm.ID != "map:inbox.toml" || fm.Name != "Agorapulse inbox (mapping file inbox.toml)" || fm.Kind != "comments" {
		t.Errorf("format %q %q %q", fm.ID, fm.Name, fm.Kind)
	}
	f, err := importertest.Decode(t, fm, "inbox.csv", read(t, "testdata/inbox.csv"), importer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	in := f.Input
	if in.Rows != 13 || in.Used != 6 || in.Rejected != 7 || in.Delimiter != "semicolon" || in.DateOrder != "dmy" {
		t.Errorf("rows %d used %d rejected %d delimiter %s order %s; want 13, 6, 7, semicolon, dmy", in.Rows, in.Used, in.Rejected, in.Delimiter, in.DateOrder)
	}
	want := []string{
		`inbox.csv:9: column "Date": "2026-03-27 10:00" does not match the date_layout "DD/MM/YYYY HH:mm"`,
		`inbox.csv:10: column "ID": required value is empty`,
		`inbox.csv:11: wrong number of fields (4, the header has 11)`,
		`inbox.csv:12: column "Hidden": "Peut-être" is not a yes/no value (want true/false, yes/no, 1/0 or oui/non)`,
		`inbox.csv:14: duplicate of the comment at line 3`,
		`inbox.csv:15: column "Date": "31/04/2026 10:00" does not match the date_layout "DD/MM/YYYY HH:mm" (day out of range)`,
		`inbox.csv:16: column "Network": required value is empty`,
	}
	if got := rejections(f); !reflect.DeepEqual(got, want) {
		t.Errorf("rejections:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	byID := map[string]analyze.Comment{}
	for _, c := range f.Comments {
		byID[c.ID] = c
	}
	check := func(id, created string, brand, hidden analyze.Flag) {
		t.Helper()
		c := byID[id]
		if got := c.Created.UTC().Format(time.RFC3339); got != created || c.FromBrand != brand || c.Hidden != hidden {
			t.Errorf("%s: created %s brand %d hidden %d; want %s %d %d", id, got, c.FromBrand, c.Hidden, created, brand, hidden)
		}
	}
	check("c1", "2026-03-25T13:05:00Z", analyze.FlagNo, analyze.FlagNo)
	check("c2", "2026-03-25T14:40:00Z", analyze.FlagYes, analyze.FlagNo)
	check("c3", "2026-03-26T08:00:00Z", analyze.FlagNo, analyze.FlagYes)
	check("c4", "2026-03-29T01:30:00Z", analyze.FlagNo, analyze.FlagUnknown)
	check("c5", "2026-03-29T08:15:00Z", analyze.FlagYes, analyze.FlagNo)
	check("c12", "2026-03-28T18:00:00Z", analyze.FlagUnknown, analyze.FlagNo)
	if c := byID["c4"]; c.Platform != "instagram" || c.Account != "lumenhome" || c.Text != "Livraison ?\nToujours rien" || c.Source.Line != 6 {
		t.Errorf("c4 %+v", c)
	}
	if c := byID["c2"]; c.ParentID != "c1" || c.PostID != "p1" || c.AuthorID != "pg1" || c.Platform != "facebook" {
		t.Errorf("c2 %+v", c)
	}
	if !reflect.DeepEqual(in.IgnoredColumns, []string{"Sentiment"}) {
		t.Errorf("ignored %v", in.IgnoredColumns)
	}
	importertest.Golden(t, "inbox", f)
}

// The YAML twin of inbox.toml (brand.values written as a single string)
// decodes the fixture to the same golden; only the format's file name
// differs.
func TestInboxYAMLTwin(t *testing.T) {
	m := mustParse(t, "testdata/inbox.yaml")
	f, err := importertest.Decode(t, m.Format(), "inbox.csv", read(t, "testdata/inbox.csv"), importer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if f.Input.FormatID != "map:inbox.yaml" {
		t.Errorf("format id %s", f.Input.FormatID)
	}
	f.Input.FormatID = "map:inbox.toml"
	f.Input.Notes = replaceAll(f.Input.Notes, "inbox.yaml", "inbox.toml")
	f.Input.Format = strings.ReplaceAll(f.Input.Format, "inbox.yaml", "inbox.toml")
	importertest.Golden(t, "inbox", f)
}

func replaceAll(xs []string, old, new string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = strings.ReplaceAll(x, old, new)
	}
	return out
}

// --tz does not override the mapping's time_zone, and the note says so.
func TestInboxZoneOverridesTZ(t *testing.T) {
	m := mustParse(t, "testdata/inbox.toml")
	ny, _ := time.LoadLocation("America/New_York")
	f, err := importertest.Decode(t, m.Format(), "inbox.csv", read(t, "testdata/inbox.csv"), importer.Options{Location: ny, ZoneGiven: true})
	if err != nil {
		t.Fatal(err)
	}
	if f.Comments[0].Created.UTC().Format(time.RFC3339) != "2026-03-25T13:05:00Z" {
		t.Errorf("c1 at %v, want 13:05Z (Paris)", f.Comments[0].Created.UTC())
	}
	if !strings.Contains(strings.Join(f.Input.Notes, "\n"), "not in America/New_York (--tz)") {
		t.Errorf("notes %q", f.Input.Notes)
	}
}

// The posts fixture is a Sprout-like export: date_layout "M/D/YYYY h:mm A"
// with am, PM and p.m. spellings, New York time, "1,234" counts, "-" and
// empty cells for unknown counts, an unmapped engagement-rate column.
//
// Expected by hand (New York is UTC-5 until the 8 March 2026 02:00 switch,
// UTC-4 after):
//   - line 2 fb_101, 14 March 9:05 EDT = 13:05Z, impressions 1234, reach 980,
//     reactions 56, comments 4, shares 2, clicks 31.
//   - line 3 ig_202, 12:30 PM EDT = 16:30Z, impressions 2500, reach, shares
//     and clicks unknown ("-").
//   - line 4 tw_303, 4:10 p.m. = 20:10Z, type "Reply" so IsReply, reach
//     unknown (empty).
//   - line 7 fb_106, 8 March 2:30 AM is in the gap: 03:30 EDT = 07:30Z.
//   - rejected: line 5 "3/17/2026 9:00" lacks AM/PM, line 6 "12.5"
//     impressions.
func TestPostsYAML(t *testing.T) {
	m := mustParse(t, "testdata/posts.yaml")
	if m.Comma() != 0 {
		t.Errorf("comma %q, want 0 (sniffed)", m.Comma())
	}
	f, err := importertest.Decode(t, m.Format(), "posts.csv", read(t, "testdata/posts.csv"), importer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	in := f.Input
	if in.Rows != 6 || in.Used != 4 || in.Rejected != 2 || in.DateOrder != "mdy" {
		t.Errorf("rows %d used %d rejected %d order %q", in.Rows, in.Used, in.Rejected, in.DateOrder)
	}
	want := []string{
		`posts.csv:5: column "Date": "3/17/2026 9:00" does not match the date_layout "M/D/YYYY h:mm A"`,
		`posts.csv:6: column "Impressions": "12.5" is not a whole number`,
	}
	if got := rejections(f); !reflect.DeepEqual(got, want) {
		t.Errorf("rejections %q", got)
	}
	times := map[string]string{"fb_101": "2026-03-14T13:05:00Z", "ig_202": "2026-03-15T16:30:00Z", "tw_303": "2026-03-16T20:10:00Z", "fb_106": "2026-03-08T07:30:00Z"}
	for _, p := range f.Posts {
		if got := p.Published.UTC().Format(time.RFC3339); got != times[p.ID] {
			t.Errorf("%s published %s, want %s", p.ID, got, times[p.ID])
		}
		if p.IsReply != (p.ID == "tw_303") {
			t.Errorf("%s IsReply %v", p.ID, p.IsReply)
		}
	}
	p := f.Posts[0]
	if p.Impressions != analyze.KnownCount(1234) || p.Reach != analyze.KnownCount(980) || p.Clicks != analyze.KnownCount(31) || p.Platform != "facebook" || p.Account != "Lumen Home" {
		t.Errorf("fb_101 %+v", p)
	}
	if ig := f.Posts[1]; ig.Reach.Known || ig.Shares.Known || ig.Clicks.Known || ig.Impressions != analyze.KnownCount(2500) {
		t.Errorf("ig_202 unknown counts %+v", ig)
	}
	if f.Posts[2].Reach.Known || f.Posts[2].HasNegativeFeedback() {
		t.Errorf("tw_303 %+v", f.Posts[2])
	}
	importertest.Golden(t, "posts", f)
}

// The daily fixture uses "|", which the reader never sniffs, so it is
// opened with the mapping's delimiter. Its slashed dates all have days of
// 12 or less (ambiguous), and date_order = "dmy" reads them day first,
// even against --date-order mdy (the note says so).
//
// Expected by hand: 2, 3 and 4 March 2026 used (4 March written in ISO);
// followers 1204, 1208, 1210; impressions 3400, 2950, unknown; unfollows
// on 4 March unknown ("-"). Rejected: line 5 "12,5" impressions, line 6
// "03/15/2026" (month 15 read day first), line 7 duplicate of line 2.
func TestDailyPipe(t *testing.T) {
	m := mustParse(t, "testdata/daily.toml")
	if m.Comma() != '|' {
		t.Fatalf("comma %q", m.Comma())
	}
	data := read(t, "testdata/daily.csv")
	f, err := decodeWith(t, m, "daily.csv", data, importer.Options{DateOrder: field.MonthFirst})
	if err != nil {
		t.Fatal(err)
	}
	in := f.Input
	if in.Rows != 6 || in.Used != 3 || in.Rejected != 3 || in.DateOrder != "dmy" {
		t.Errorf("rows %d used %d rejected %d order %q", in.Rows, in.Used, in.Rejected, in.DateOrder)
	}
	want := []string{
		`daily.csv:5: column "Impressions": "12,5" is not a whole number`,
		`daily.csv:6: column "Jour": "03/15/2026" is not a valid date read day first (dmy), as the mapping file says: month out of range`,
		`daily.csv:7: duplicate of the day at line 2`,
	}
	if got := rejections(f); !reflect.DeepEqual(got, want) {
		t.Errorf("rejections %q", got)
	}
	if !strings.Contains(strings.Join(in.Notes, "\n"), "not mdy as --date-order says") {
		t.Errorf("notes %q", in.Notes)
	}
	d := f.Daily
	if len(d) != 3 || d[0].Date.Format("2006-01-02") != "2026-03-02" || d[2].Date.Format("2006-01-02") != "2026-03-04" ||
		d[1].Impressions != analyze.KnownCount(2950) || d[2].Impressions.Known || d[2].Unfollows.Known ||
		d[0].Platform != "linkedin" || d[0].Account != "Lumen Home" || d[0].Followers != analyze.KnownCount(1204) {
		t.Errorf("daily %+v", d)
	}
	importertest.Golden(t, "daily", f)

	// Read with another delimiter, the mapping refuses the file rather
	// than mis-split it.
	tb, err := table.Open(bytes.NewReader(data), table.Options{Comma: ','})
	if err != nil {
		t.Fatal(err)
	}
	fl := importer.NewFile("daily.csv", tb, m.Format(), importer.Options{})
	if err := m.Format().Decode(fl); err == nil || !strings.Contains(err.Error(), `says the delimiter is "|", but the file was read with ","`) {
		t.Errorf("decode with the wrong delimiter: %v", err)
	}
}

// Match scores the header row against the mapped columns.
func TestMatch(t *testing.T) {
	m := mustParse(t, "testdata/inbox.toml")
	fm := m.Format()
	rec := func(fields ...string) table.Record { return table.Record{Fields: fields} }
	note := rec("a note")
	if got := fm.Match([]table.Record{note}); got.OK || len(got.Missing) != 10 {
		t.Errorf("short file: %+v", got)
	}
	full := rec("id", "conversation", "parent", "network", "profile", "author", "author id", "date", "message", "hidden")
	if got := fm.Match([]table.Record{note, full}); !got.OK || got.Score != 1 {
		t.Errorf("case-insensitive header: %+v", got)
	}
	// The header on row 1 is not where the mapping says.
	if got := fm.Match([]table.Record{full, note}); got.OK {
		t.Errorf("header on the wrong row matched: %+v", got)
	}
	partial := rec("ID", "Date", "Message", "Author", "Network")
	got := fm.Match([]table.Record{note, partial})
	if got.OK || got.Score != 0.5 || !reflect.DeepEqual(got.Missing, []string{"Profile", "Conversation", "Parent", "Author ID", "Hidden"}) {
		t.Errorf("partial: %+v", got)
	}
}

// A comments mapping without brand or from_brand leaves the author to
// --brand, and says so; a from_brand column is read as yes/no; dates
// without a layout or an order are decided by the file (field.Scan).
func TestFromBrandColumnAndScan(t *testing.T) {
	m, err := Parse("fb.toml", []byte(`
kind = "comments"
platform = "Facebook"
[columns]
id = "Comment"
created = "When"
from_brand = "By page"
author_name = "Who"
`))
	if err != nil {
		t.Fatal(err)
	}
	data := []byte("Comment,When,By page,Who\n1,03/14/2026 10:00,no,Ann\n2,03/14/2026 11:00,yes,Shop\n3,03/15/2026 11:00,,Bob\n4,04/01/2026 09:00,maybe,Cy\n")
	f, err := importertest.Decode(t, m.Format(), "fb.csv", data, importer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Comments) != 3 || f.Comments[0].FromBrand != analyze.FlagNo || f.Comments[1].FromBrand != analyze.FlagYes || f.Comments[2].FromBrand != analyze.FlagUnknown {
		t.Errorf("comments %+v", f.Comments)
	}
	if f.Input.DateOrder != "mdy" || f.Comments[0].Platform != "facebook" || m.Name() != "fb" {
		t.Errorf("order %q platform %q name %q", f.Input.DateOrder, f.Comments[0].Platform, m.Name())
	}
	if got := rejections(f); len(got) != 1 || got[0] != `fb.csv:5: column "By page": "maybe" is not a yes/no value (want true/false, yes/no, 1/0 or oui/non)` {
		t.Errorf("rejections %q", got)
	}

	m2, err := Parse("plain.yml", []byte("kind: comments\nplatform: x\ncolumns: {id: id, created: at}\n"))
	if err != nil {
		t.Fatal(err)
	}
	f, err = importertest.Decode(t, m2.Format(), "plain.csv", []byte("id,at\n1,2026-03-14T10:00:00Z\n"), importer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(f.Input.Notes, "\n"), "--brand decides") || f.Comments[0].FromBrand != analyze.FlagUnknown {
		t.Errorf("notes %q", f.Input.Notes)
	}
}

// A posts mapping with an is_reply column: the column wins over the type.
func TestIsReplyColumn(t *testing.T) {
	m, err := Parse("p.toml", []byte(`
kind = "posts"
platform = "x"
date_layout = "YYYY-MM-DD[T]HH:mm:ssZ"
[columns]
id = "id"
published = "at"
type = "type"
is_reply = "reply?"
`))
	if err != nil {
		t.Fatal(err)
	}
	data := []byte("id,at,type,reply?\n1,2026-03-14T10:00:00+01:00,reply,no\n2,2026-03-14T10:00:00Z,tweet,oui\n3,2026-03-14T10:00:00-05:00,Reply,\n")
	f, err := importertest.Decode(t, m.Format(), "p.csv", data, importer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	wantReply := []bool{false, true, true}
	wantTime := []string{"2026-03-14T09:00:00Z", "2026-03-14T10:00:00Z", "2026-03-14T15:00:00Z"}
	for i, p := range f.Posts {
		if p.IsReply != wantReply[i] || p.Published.UTC().Format(time.RFC3339) != wantTime[i] {
			t.Errorf("post %s reply %v at %v", p.ID, p.IsReply, p.Published.UTC())
		}
	}
	// Times with their own offset: no note about a zone applied.
	for _, n := range f.Input.Notes {
		if strings.Contains(n, "without a UTC offset") {
			t.Errorf("note %q", n)
		}
	}
}

// An agent column is read as given (trimmed); an empty cell names nobody.
func TestAgentColumn(t *testing.T) {
	m, err := Parse("inbox.toml", []byte(`
kind = "comments"
platform = "instagram"
[columns]
id = "Message ID"
parent_id = "In reply to"
created = "Created at"
agent = "Agent"
[brand]
column = "Direction"
values = ["outbound"]
`))
	if err != nil {
		t.Fatal(err)
	}
	data := []byte("Message ID,In reply to,Direction,Agent,Created at\n" +
		"m1,,inbound,,2026-03-25T14:05:00Z\n" +
		"m2,m1,outbound, Léa ,2026-03-25T15:40:00Z\n" +
		"m3,m1,outbound,,2026-03-25T16:00:00Z\n")
	f, err := importertest.Decode(t, m.Format(), "inbox.csv", data, importer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range f.Comments {
		got = append(got, c.ID+":"+c.Agent)
	}
	if want := []string{"m1:", "m2:Léa", "m3:"}; !reflect.DeepEqual(got, want) {
		t.Errorf("agents %q, want %q", got, want)
	}
}
