package graphapi

import (
	"encoding/json"
	"maps"
	"os"
	"strings"
	"testing"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/analyze/internal/importer"
	"github.com/socialaudit/socialaudit/analyze/internal/importer/importertest"
	"github.com/socialaudit/socialaudit/analyze/internal/table"
)

func decodeFile(t *testing.T, format importer.Format, path string, opts importer.Options) *importer.File {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	name := path[strings.LastIndexByte(path, '/')+1:]
	f, err := importertest.Decode(t, format, name, data, opts)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func checkRejections(t *testing.T, in analyze.Input, want []string) {
	t.Helper()
	if len(in.Rejections) != len(want) {
		t.Errorf("%d rejections, want %d:", len(in.Rejections), len(want))
	}
	for i, r := range in.Rejections {
		if i >= len(want) || r.Error() != want[i] {
			t.Errorf("rejection %d = %s", i, r.Error())
		}
	}
}

func byID(cs []analyze.Comment) map[string]analyze.Comment {
	m := map[string]analyze.Comment{}
	for _, c := range cs {
		m[c.ID] = c
	}
	return m
}

// graph_dotted.csv is a pandas json_normalize flattening (from.id,
// from.name, parent.id, post.id) with CRLF line ends, for the page
// 111111111111111 ("Lumen Home"). Its 12 rows:
//
//	line 2   a top-level question, is_hidden "false"
//	line 3   the page's reply to it (from.id = the page id of post.id): FromBrand yes
//	line 4   a hidden comment (is_hidden "TRUE")
//	line 5-6 a message with a line break, time at +0100, is_hidden "0"
//	line 7   no from at all (withheld), is_hidden empty: Hidden unknown
//	line 8   an empty message (a sticker) replying to the page's reply
//	line 9   2024-02-30: rejected
//	line 10  the id of line 2 again: rejected as a duplicate
//	line 11  3 cells: rejected
//	line 12  an empty id: rejected
//	line 13  is_hidden "maybe": rejected
//	line 14  the page's own top-level comment on another post: FromBrand yes
//
// So 7 comments, 5 rejections, 1 withheld author; like_count,
// comment_count and permalink_url are listed as ignored.
func TestCommentsDotted(t *testing.T) {
	f := decodeFile(t, Comments, "testdata/graph_dotted.csv", importer.Options{})
	in := f.Input
	if in.Rows != 12 || in.Used != 7 || in.Rejected != 5 {
		t.Fatalf("rows %d used %d rejected %d, want 12, 7, 5", in.Rows, in.Used, in.Rejected)
	}
	checkRejections(t, in, []string{
		`graph_dotted.csv:9: column "created_time": "2024-02-30T10:00:00+0000" is not a valid date or time: day out of range`,
		`graph_dotted.csv:10: duplicate of the comment at line 2`,
		`graph_dotted.csv:11: wrong number of fields (3, the header has 11)`,
		`graph_dotted.csv:12: column "id": required value is empty`,
		`graph_dotted.csv:13: column "is_hidden": "maybe" is not true or false`,
	})
	c := byID(f.Comments)
	const post = "111111111111111_222222222222222"
	q := c["222222222222222_300000000000001"]
	if q.PostID != post || q.ParentID != "" || q.AuthorID != "900000000000001" || q.AuthorName != "Marie Dupont" ||
		q.FromBrand != analyze.FlagUnknown || q.Hidden != analyze.FlagNo || !q.Created.Equal(importertest.UTC("2024-03-04T09:15:00Z")) {
		t.Errorf("question %+v", q)
	}
	r := c["222222222222222_300000000000002"]
	if r.ParentID != q.ID || r.FromBrand != analyze.FlagYes || r.AuthorWithheld {
		t.Errorf("page reply %+v", r)
	}
	if c["222222222222222_300000000000003"].Hidden != analyze.FlagYes {
		t.Errorf("hidden comment not hidden")
	}
	nl := c["222222222222222_300000000000004"]
	if nl.Text != "First line\nsecond line, after a break" || !nl.Created.Equal(importertest.UTC("2024-03-05T07:00:00Z")) || nl.Hidden != analyze.FlagNo {
		t.Errorf("line-break comment %+v", nl)
	}
	w := c["222222222222222_300000000000005"]
	if !w.AuthorWithheld || w.AuthorID != "" || w.AuthorName != "" || w.Hidden != analyze.FlagUnknown {
		t.Errorf("withheld comment %+v", w)
	}
	if s := c["222222222222222_300000000000006"]; s.Text != "" || s.ParentID != r.ID {
		t.Errorf("sticker reply %+v", s)
	}
	if o := c["222222222222333_300000000000001"]; o.FromBrand != analyze.FlagYes || o.PostID != "111111111111111_222222222222333" {
		t.Errorf("page's own comment %+v", o)
	}
	if strings.Join(in.IgnoredColumns, ",") != "like_count,comment_count,permalink_url" {
		t.Errorf("ignored %v", in.IgnoredColumns)
	}
	importertest.Golden(t, "graph_dotted", f)
}

// graph_underscore.csv flattens with underscores (from_id, from_name,
// parent_id), LF line ends, and has no post id column, so posts come from
// the comment ids ("5550001_6660001" is on post "5550001"). Its 7 rows:
//
//	line 2 a question; line 3 a reply by from_id 42 "Lumen Home": with no
//	       page id in the file, FromBrand stays unknown (--brand decides)
//	line 4 from_name "undiscoverable", from_id empty: withheld
//	line 5 both "deprecated": withheld, is_hidden "False"
//	line 6 id "abc": no post id can be derived, PostID empty
//	line 7 parent_id is the post itself: read as top-level; a time without
//	       offset, read in UTC (the default zone) with a note; is_hidden "1"
//	line 8 time "yesterday": rejected
func TestCommentsUnderscore(t *testing.T) {
	f := decodeFile(t, Comments, "testdata/graph_underscore.csv", importer.Options{})
	in := f.Input
	if in.Rows != 7 || in.Used != 6 || in.Rejected != 1 {
		t.Fatalf("rows %d used %d rejected %d, want 7, 6, 1", in.Rows, in.Used, in.Rejected)
	}
	checkRejections(t, in, []string{`graph_underscore.csv:8: column "created_time": "yesterday" is not a date or time`})
	c := byID(f.Comments)
	if r := c["5550001_6660002"]; r.PostID != "5550001" || r.ParentID != "5550001_6660001" || r.AuthorID != "42" || r.FromBrand != analyze.FlagUnknown {
		t.Errorf("reply %+v", r)
	}
	for _, id := range []string{"5550001_6660003", "5550001_6660004"} {
		if w := c[id]; !w.AuthorWithheld || w.AuthorID != "" || w.AuthorName != "" {
			t.Errorf("withheld %+v", w)
		}
	}
	if c["5550001_6660004"].Hidden != analyze.FlagNo || c["5550001_6660003"].Hidden != analyze.FlagUnknown {
		t.Errorf("hidden flags of the withheld comments")
	}
	if a := c["abc"]; a.PostID != "" {
		t.Errorf("abc %+v", a)
	}
	top := c["5550001_6660005"]
	if top.ParentID != "" || top.PostID != "5550001" || top.Hidden != analyze.FlagYes || !top.Created.Equal(importertest.UTC("2024-05-10T12:00:00Z")) {
		t.Errorf("reply to the post %+v", top)
	}
	importertest.Golden(t, "graph_underscore", f)
}

// Every usual flattening of from{id,name}, parent{id} and the post id
// gives the same comment; nested objects left as JSON or as a Python
// dict's repr (what pandas writes for a column of dicts) too.
func TestCommentsFlattenings(t *testing.T) {
	const want = "11_22 post 1_11 parent 11_21 author 7/Zoé d'Arc"
	for _, tc := range []struct{ header, row string }{
		{"id,message,created_time,from.id,from.name,parent.id,post.id", `11_22,hi,2024-01-02T03:04:05+0000,7,Zoé d'Arc,11_21,1_11`},
		{"id,message,created_time,from_id,from_name,parent_id,post_id", `11_22,hi,2024-01-02T03:04:05+0000,7,Zoé d'Arc,11_21,1_11`},
		{"id,message,created_time,from/id,from/name,parent/id,post/id", `11_22,hi,2024-01-02T03:04:05+0000,7,Zoé d'Arc,11_21,1_11`},
		{"id,message,created_time,from__id,from__name,parent__id,object__id", `11_22,hi,2024-01-02T03:04:05+0000,7,Zoé d'Arc,11_21,1_11`},
		{"id,message,created_time,from id,from name,parent id,object id", `11_22,hi,2024-01-02T03:04:05+0000,7,Zoé d'Arc,11_21,1_11`},
		{"id,message,created_time,fromId,fromName,parentId,postId", `11_22,hi,2024-01-02T03:04:05+0000,7,Zoé d'Arc,11_21,1_11`},
		{"\ufeffID,Message,Created_Time,From.Id,From.Name,Parent.Id,Object.Id", `11_22,hi,2024-01-02T03:04:05+0000,7,Zoé d'Arc,11_21,1_11`},
		{"id,message,created_time,from,parent,post", `11_22,hi,2024-01-02T03:04:05+0000,"{""name"": ""Zo\u00e9 d'Arc"", ""id"": ""7""}","{""id"": ""11_21"", ""from"": {""id"": ""8""}}","{""id"": ""1_11""}"`},
		{"id,message,created_time,from,parent,post", `11_22,hi,2024-01-02T03:04:05+0000,"{'name': ""Zoé d'Arc"", 'id': '7'}","{'created_time': '2024-01-01T00:00:00+0000', 'from': {'name': 'X', 'id': '8'}, 'message': 'a, b', 'id': '11_21'}",1_11`},
	} {
		f, err := importertest.Decode(t, Comments, "flat.csv", []byte(tc.header+"\n"+tc.row+"\n"), importer.Options{})
		if err != nil {
			t.Errorf("%s: %v", tc.header, err)
			continue
		}
		if len(f.Comments) != 1 {
			t.Errorf("%s: %d comments, rejections %v", tc.header, len(f.Comments), f.Input.Rejections)
			continue
		}
		c := f.Comments[0]
		got := c.ID + " post " + c.PostID + " parent " + c.ParentID + " author " + c.AuthorID + "/" + c.AuthorName
		if got != want || c.AuthorWithheld || c.Text != "hi" {
			t.Errorf("%s: got %s (withheld %v)", tc.header, got, c.AuthorWithheld)
		}
	}
}

// A nested from cell that is neither JSON nor a dict's repr is rejected,
// naming the column; "undiscoverable" in its place is a withheld author.
func TestCommentsNestedBad(t *testing.T) {
	data := "id,message,created_time,from,parent\n" +
		"1_1,a,2024-01-02T03:04:05+0000,\"{'id': '7',\",\n" +
		"1_2,b,2024-01-02T03:04:05+0000,undiscoverable,\n" +
		"1_3,c,2024-01-02T03:04:05+0000,,1_2\n" +
		"1_4,d,2024-01-02T03:04:05+0000,null,not an id\n"
	f, err := importertest.Decode(t, Comments, "nested.csv", []byte(data), importer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkRejections(t, f.Input, []string{
		`nested.csv:2: column "from": "{'id': '7'," is not an object (want {"id": ..., "name": ...})`,
		`nested.csv:5: column "parent": "not an id" is not an object (want {"id": ..., "name": ...})`,
	})
	if len(f.Comments) != 2 || !f.Comments[0].AuthorWithheld || !f.Comments[1].AuthorWithheld || f.Comments[1].ParentID != "1_2" {
		t.Errorf("comments %+v", f.Comments)
	}
}

// Match takes the Graph API's names, not socialaudit's own comments CSV,
// the scraper's layout, or a Graph API posts export (id, message,
// created_time with no field only a comment has).
func TestCommentsMatch(t *testing.T) {
	for _, tc := range []struct {
		header  string
		graph   bool
		scraper bool
	}{
		{"id,message,created_time,from.id,from.name,parent.id,is_hidden", true, false},
		{"id,message,created_time,is_hidden", true, false},
		{"id,message,created_time,from_id,from_name", false, false}, // could be posts
		{"id,message,created_time,permalink_url,shares.count,status_type", false, false},
		{"platform,comment_id,post_id,parent_id,author_id,author_name,from_brand,created_at,text,hidden", false, false},
		{"comment_id,status_id,parent_id,comment_message,comment_author,comment_published,num_reactions,num_likes,num_loves,num_wows,num_hahas,num_sads,num_angrys,num_special", false, true},
		{"comment_id,status_id,comment_message,comment_published", false, true},
		{"comment_id,post_id,comment_message,created_at", false, false},
	} {
		head := []table.Record{{Fields: strings.Split(tc.header, ","), Line: 1}}
		if got := Comments.Match(head); got.OK != tc.graph {
			t.Errorf("graph match %v for %s (missing %v)", got.OK, tc.header, got.Missing)
		}
		if got := ScraperComments.Match(head); got.OK != tc.scraper {
			t.Errorf("scraper match %v for %s (missing %v)", got.OK, tc.header, got.Missing)
		}
	}
	if m := Comments.Match([]table.Record{{Fields: []string{"id", "message", "created_time"}}}); m.OK || strings.Join(m.Missing, ",") != "parent.id or is_hidden" || m.Score <= 0 {
		t.Errorf("posts-like header: %+v", m)
	}
}

// The page's own reply is only told when the post id names the page: a
// reply whose from.id differs stays unknown, for --brand to decide.
func TestCommentsFromBrand(t *testing.T) {
	data := "id,message,created_time,from.id,from.name,parent.id,post_id\n" +
		"9_1,q,2024-01-02T03:04:05+0000,55,Ann,,100_9\n" +
		"9_2,a,2024-01-02T04:04:05+0000,100,Page,9_1,100_9\n" +
		"9_3,b,2024-01-02T05:04:05+0000,101,Other page,9_1,100_9\n" +
		"9_4,c,2024-01-02T06:04:05+0000,100,Page,9_1,\n"
	f, err := importertest.Decode(t, Comments, "brand.csv", []byte(data), importer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []analyze.Flag{analyze.FlagUnknown, analyze.FlagYes, analyze.FlagUnknown, analyze.FlagUnknown}
	for i, c := range f.Comments {
		if c.FromBrand != want[i] {
			t.Errorf("%s: FromBrand %v, want %v", c.ID, c.FromBrand, want[i])
		}
	}
	// 9_4 had an empty post id cell: its post comes from its id.
	if f.Comments[3].PostID != "9" || !strings.Contains(strings.Join(f.Input.Notes, "\n"), "post ids of 1 comment taken from the comment ids") {
		t.Errorf("derived post id %q, notes %q", f.Comments[3].PostID, f.Input.Notes)
	}
}

// A spreadsheet's rounding of an id is a rejection that says so.
func TestCommentsRoundedID(t *testing.T) {
	data := "id,message,created_time,parent.id\n1.01515E+16,a,2024-01-02T03:04:05+0000,\n"
	f, err := importertest.Decode(t, Comments, "round.csv", []byte(data), importer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkRejections(t, f.Input, []string{`round.csv:2: column "id": "1.01515E+16" is an id a spreadsheet rounded to a number; export the file again without opening it in a spreadsheet`})
}

// withheldOK checks the fuzz property beyond importertest.Check: a
// withheld author has no id or name, a comment with neither is withheld,
// and a withheld comment is never the brand's.
func withheldOK(t *testing.T, cs []analyze.Comment) {
	t.Helper()
	for _, c := range cs {
		if c.AuthorWithheld && (c.AuthorID != "" || c.AuthorName != "") {
			t.Errorf("withheld comment %s has author %q/%q", c.ID, c.AuthorID, c.AuthorName)
		}
		if !c.AuthorWithheld && c.AuthorID == "" && c.AuthorName == "" {
			t.Errorf("comment %s has no author but is not withheld", c.ID)
		}
		if c.FromBrand == analyze.FlagYes && c.AuthorWithheld {
			t.Errorf("withheld comment %s is the brand's", c.ID)
		}
		if c.ParentID != "" && (c.ParentID == c.ID || c.ParentID == c.PostID) {
			t.Errorf("comment %s has parent %q", c.ID, c.ParentID)
		}
	}
}

func FuzzComments(f *testing.F) {
	for _, p := range []string{"testdata/graph_dotted.csv", "testdata/graph_underscore.csv"} {
		data, _ := os.ReadFile(p)
		f.Add(data)
	}
	f.Add([]byte("id,message,created_time,from,parent,post\n1_2,hi,2024-01-02T03:04:05+0000,\"{'name': 'A', 'id': '7', 'x': [1, {'y': '}'}]}\",\"{\"\"id\"\": \"\"1_1\"\"}\",1_9\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fl, err := importertest.Decode(t, Comments, "fuzz.csv", data, importer.Options{})
		if err != nil {
			return // a file-level error is a fine outcome; Check ran on success
		}
		withheldOK(t, fl.Comments)
	})
}

// FuzzObject checks the nested-object reader on its own: it never fails on
// a JSON object, and whatever it accepts it accepts the same with spaces
// around.
func FuzzObject(f *testing.F) {
	for _, s := range []string{`{"id": "1", "name": "A"}`, `{'name': "d'Arc", 'id': '7', 'x': [1, {'y': '}'}]}`, `{'a': None, 'b': 1.5}`, `{'n': '\xe9\u00e9\U0001F600'}`, `{}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := object(s)
		if json.Valid([]byte(s)) && strings.HasPrefix(strings.TrimSpace(s), "{") && err != nil {
			t.Errorf("JSON object %q refused: %v", s, err)
		}
		if err != nil {
			return
		}
		m2, err2 := object(" " + s + " ")
		if err2 != nil || !maps.Equal(m, m2) {
			t.Errorf("%q: %v then %v (%v)", s, m, m2, err2)
		}
	})
}
