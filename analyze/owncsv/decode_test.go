package owncsv_test

import (
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"
	"time"
	_ "time/tzdata"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/analyze/owncsv"
)

// file is one named input of a test.
type file struct{ name, text string }

// decodeAll decodes files in order with one decoder and returns the dataset
// and the file-level errors (nil where a file decoded).
func decodeAll(t *testing.T, opts owncsv.Options, files ...file) (*analyze.Dataset, []error) {
	t.Helper()
	d := owncsv.NewDecoder(opts)
	var errs []error
	for _, f := range files {
		errs = append(errs, d.Decode(f.name, strings.NewReader(f.text)))
	}
	ds := d.Dataset()
	for _, in := range ds.Inputs {
		if in.Rows != in.Used+in.Rejected || in.Rejected != len(in.Rejections) {
			t.Errorf("%s: rows %d, used %d, rejected %d, %d rejections", in.File, in.Rows, in.Used, in.Rejected, len(in.Rejections))
		}
	}
	return ds, errs
}

// The describe functions print a record on one line, with unknown counts
// as "?", so that whole records can be compared with hand-written lines.

func describePost(p analyze.Post) string {
	return fmt.Sprintf("%s|%s|%s|%s|%s|reply=%v|%q|%s|imp=%v reach=%v react=%v com=%v sh=%v cl=%v|hid=%v ha=%v sp=%v un=%v|%s:%d",
		p.Platform, p.Account, p.ID, p.Published.Format(time.RFC3339), p.Type, p.IsReply, p.Text, p.Permalink,
		c(p.Impressions), c(p.Reach), c(p.Reactions), c(p.Comments), c(p.Shares), c(p.Clicks),
		c(p.Hides), c(p.HideAll), c(p.SpamReports), c(p.Unlikes), p.Source.File, p.Source.Line)
}

func describeComment(m analyze.Comment) string {
	agent := ""
	if m.Agent != "" {
		agent = "|agent=" + m.Agent // only when given, so older lines stay short
	}
	return fmt.Sprintf("%s|%s|%s|post=%s|parent=%s|%s|%s|brand=%s|%s|%q|hidden=%s%s|%s:%d",
		m.Platform, m.Account, m.ID, m.PostID, m.ParentID, m.AuthorID, m.AuthorName, flag(m.FromBrand),
		m.Created.Format(time.RFC3339), m.Text, flag(m.Hidden), agent, m.Source.File, m.Source.Line)
}

func describeDaily(x analyze.Daily) string {
	return fmt.Sprintf("%s|%s|%s|fol=%v fs=%v uf=%v|hid=%v ha=%v sp=%v|imp=%v|%s:%d",
		x.Platform, x.Account, x.Date.Format(time.RFC3339), c(x.Followers), c(x.Follows), c(x.Unfollows),
		c(x.Hides), c(x.HideAll), c(x.SpamReports), c(x.Impressions), x.Source.File, x.Source.Line)
}

func c(n analyze.Count) string {
	if !n.Known {
		return "?"
	}
	return fmt.Sprint(n.Value)
}

func flag(f analyze.Flag) string {
	switch f {
	case analyze.FlagYes:
		return "yes"
	case analyze.FlagNo:
		return "no"
	}
	return "?"
}

func describeAll[T any](recs []T, describe func(T) string) []string {
	out := []string{}
	for _, r := range recs {
		out = append(out, describe(r))
	}
	return out
}

func rejections(in analyze.Input) []string {
	out := []string{}
	for _, r := range in.Rejections {
		out = append(out, r.Error())
	}
	return out
}

func checkLines(t *testing.T, what string, got, want []string) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s:\ngot:\n\t%s\nwant:\n\t%s", what, strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}

func TestDecodeKinds(t *testing.T) {
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		opts     owncsv.Options
		file     file
		kind     string
		posts    []string
		comments []string
		daily    []string
		ignored  []string
		notes    []string
	}{{
		name: "posts, all columns shuffled, BOM, CRLF, extra columns",
		file: file{"p.csv", "\ufeffunlikes,post_id,Notes,text,platform,impressions,published_at,type,account,reach,reactions,comments,shares,clicks,hides,hide_all,spam_reports,permalink,views\r\n" +
			"1,p1,x,\"Hello, \"\"world\"\"\",Facebook ,1200,2024-05-01T10:00:00+02:00,photo,acme,900,30,4,2,10,3,1,0,https://fb/p1,7\r\n" +
			",p2,,@bob thanks,X,,2024-05-02 08:00,,acme,,,,,,,,,,\r\n" +
			"0,p3,,,facebook,010,2024-05-03T09:00:00Z,Reply,acme,,,,,,,,,,\r\n"},
		kind: "posts",
		posts: []string{
			`facebook|acme|p1|2024-05-01T10:00:00+02:00|photo|reply=false|"Hello, \"world\""|https://fb/p1|imp=1200 reach=900 react=30 com=4 sh=2 cl=10|hid=3 ha=1 sp=0 un=1|p.csv:2`,
			`x|acme|p2|2024-05-02T08:00:00Z||reply=true|"@bob thanks"||imp=? reach=? react=? com=? sh=? cl=?|hid=? ha=? sp=? un=?|p.csv:3`,
			`facebook|acme|p3|2024-05-03T09:00:00Z|Reply|reply=true|""||imp=10 reach=? react=? com=? sh=? cl=?|hid=? ha=? sp=? un=0|p.csv:4`,
		},
		ignored: []string{"Notes", "views"},
		notes:   []string{"1 time without a UTC offset read in UTC"},
	}, {
		name: "posts, required columns only, @ starts a reply only on x and twitter",
		opts: owncsv.Options{Location: paris},
		file: file{"p.csv", "published_at,post_id,platform\n" +
			"2024-05-01 10:00,1,twitter\n" +
			"2024-05-01 11:00,2,instagram\n"},
		kind: "posts",
		posts: []string{
			`twitter||1|2024-05-01T10:00:00+02:00||reply=false|""||imp=? reach=? react=? com=? sh=? cl=?|hid=? ha=? sp=? un=?|p.csv:2`,
			`instagram||2|2024-05-01T11:00:00+02:00||reply=false|""||imp=? reach=? react=? com=? sh=? cl=?|hid=? ha=? sp=? un=?|p.csv:3`,
		},
		notes: []string{"2 times without a UTC offset read in Europe/Paris"},
	}, {
		name: "comments, shuffled, multi-line text, empty flags unknown",
		opts: owncsv.Options{Location: paris},
		file: file{"c.csv", "text,hidden,created_at,from_brand,author_name,author_id,parent_id,post_id,comment_id,account,platform\n" +
			"\"Where is\nmy order?\",no,2024-03-31 02:30,false,Ann,u1,,p1,c1,acme,facebook\n" +
			"We'll check!,,2024-10-27 02:30,TRUE,Acme,acme,c1,p1,c2,acme,facebook\n" +
			"hm,yes,2024-06-01T12:00:00Z,,Bob,u2,,p1,c3,acme,facebook\n"},
		kind: "comments",
		comments: []string{
			`facebook|acme|c1|post=p1|parent=|u1|Ann|brand=no|2024-03-31T03:30:00+02:00|"Where is\nmy order?"|hidden=no|c.csv:2`,
			`facebook|acme|c2|post=p1|parent=c1|acme|Acme|brand=yes|2024-10-27T02:30:00+02:00|"We'll check!"|hidden=?|c.csv:4`,
			`facebook|acme|c3|post=p1|parent=|u2|Bob|brand=?|2024-06-01T12:00:00Z|"hm"|hidden=yes|c.csv:5`,
		},
		notes: []string{
			"2 times without a UTC offset read in Europe/Paris",
			"1 time in a daylight-saving gap of Europe/Paris, moved forward by the gap",
			"1 time in a daylight-saving overlap of Europe/Paris, read as the earlier of the two",
		},
	}, {
		name: "comments with an agent column: trimmed, empty is unknown",
		file: file{"c.csv", "platform,comment_id,created_at,from_brand,parent_id,agent\n" +
			"facebook,c1,2024-06-01T12:00:00Z,no,,\n" +
			"facebook,c2,2024-06-01T12:30:00Z,yes,c1, Léa M. \n"},
		kind: "comments",
		comments: []string{
			`facebook||c1|post=|parent=|||brand=no|2024-06-01T12:00:00Z|""|hidden=?|c.csv:2`,
			`facebook||c2|post=|parent=c1|||brand=yes|2024-06-01T12:30:00Z|""|hidden=?|agent=Léa M.|c.csv:3`,
		},
	}, {
		name: "comments, required columns only",
		file: file{"c.csv", "platform,comment_id,created_at\r\nlinkedin,9,2024-01-01T00:00:00-05:00\r\n"},
		kind: "comments",
		comments: []string{
			`linkedin||9|post=|parent=|||brand=?|2024-01-01T00:00:00-05:00|""|hidden=?|c.csv:2`,
		},
	}, {
		name: "daily, shuffled, empty cells unknown, header only at the end without newline",
		file: file{"d.csv", "\ufeffimpressions,date,platform,followers,follows,unfollows,hides,hide_all,spam_reports,account,extra\n" +
			"5000,2024-05-01,Instagram,1200,10,3,1,0,2,acme,zz\n" +
			",2024-05-02,instagram,,,,,,,acme,\n" +
			"0,2024-05-01,facebook,0,0,0,0,0,0,acme,"},
		kind: "daily",
		daily: []string{
			`instagram|acme|2024-05-01T00:00:00Z|fol=1200 fs=10 uf=3|hid=1 ha=0 sp=2|imp=5000|d.csv:2`,
			`instagram|acme|2024-05-02T00:00:00Z|fol=? fs=? uf=?|hid=? ha=? sp=?|imp=?|d.csv:3`,
			`facebook|acme|2024-05-01T00:00:00Z|fol=0 fs=0 uf=0|hid=0 ha=0 sp=0|imp=0|d.csv:4`,
		},
		ignored: []string{"extra"},
	}, {
		name: "header only",
		file: file{"d.csv", "platform,date\n"},
		kind: "daily",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds, errs := decodeAll(t, tt.opts, tt.file)
			if errs[0] != nil {
				t.Fatal(errs[0])
			}
			checkLines(t, "posts", describeAll(ds.Posts, describePost), nonNil(tt.posts))
			checkLines(t, "comments", describeAll(ds.Comments, describeComment), nonNil(tt.comments))
			checkLines(t, "daily", describeAll(ds.Daily, describeDaily), nonNil(tt.daily))
			in := ds.Inputs[0]
			n := len(tt.posts) + len(tt.comments) + len(tt.daily)
			if in.File != tt.file.name || in.Kind != tt.kind || in.Format != "socialaudit "+tt.kind ||
				in.Rows != n || in.Used != n || in.Rejected != 0 {
				t.Errorf("input = %+v, want %s of kind %s with %d rows, all used", in, tt.file.name, tt.kind, n)
			}
			checkLines(t, "ignored columns", nonNil(in.IgnoredColumns), nonNil(tt.ignored))
			checkLines(t, "notes", nonNil(in.Notes), nonNil(tt.notes))
		})
	}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func TestDecodeRejections(t *testing.T) {
	tests := []struct {
		name       string
		files      []file
		used       []int // per file
		rejections []string
	}{{
		name: "bad cells, one rejection per row, first bad column in column order",
		files: []file{{"p.csv", "platform,post_id,published_at,impressions,reach\n" +
			"fb,1,2024-05-01T10:00:00Z,\"12,5\",\n" +
			"fb,2,2024-05-01T10:00:00Z,-3,0x1F\n" +
			"fb,3,2024-05-01T10:00:00Z,12.5,\n" +
			"fb,4,2024-05-01T10:00:00Z,99999999999999999999,\n" +
			"fb,5,yesterday,1,\n" +
			"fb,,2024-05-01T10:00:00Z,1,\n" +
			" ,6,2024-05-01T10:00:00Z,1,\n" +
			"fb,7,  ,1,\n" +
			"fb,8,2024-05-01T10:00:00Z,010,\n"}},
		used: []int{1},
		rejections: []string{
			`p.csv:2: column "impressions": "12,5" is not a whole number`,
			`p.csv:3: column "impressions": "-3" is negative; a count cannot be`,
			`p.csv:4: column "impressions": "12.5" is not a whole number`,
			`p.csv:5: column "impressions": "99999999999999999999" is too large`,
			`p.csv:6: column "published_at": "yesterday" is not a time (want RFC 3339 or YYYY-MM-DD HH:MM[:SS])`,
			`p.csv:7: column "post_id": required value is empty`,
			`p.csv:8: column "platform": required value is empty`,
			`p.csv:9: column "published_at": required value is empty`,
		},
	}, {
		name: "comments and daily cells",
		files: []file{
			{"c.csv", "platform,comment_id,created_at,from_brand,hidden,text\n" +
				"fb,1,2024-05-01T10:00:00Z,maybe,,a\n" +
				"fb,2,2024-05-01T10:00:00Z,,on,b\n" +
				"fb,3,2024-02-30 10:00,,,c\n" +
				"fb,4,2024-05-01T10:00:00Z,,,caf\xe9\n"},
			{"d.csv", "platform,date,unfollows\n" +
				"fb,01/05/2024,1\n" +
				"fb,2024-02-30,1\n" +
				"fb,2024-05-01,1.0\n"},
		},
		used: []int{0, 0},
		rejections: []string{
			`c.csv:2: column "from_brand": "maybe" is not a boolean (want true/false, 1/0 or yes/no)`,
			`c.csv:3: column "hidden": "on" is not a boolean (want true/false, 1/0 or yes/no)`,
			`c.csv:4: column "created_at": "2024-02-30 10:00" is not a valid time: day out of range`,
			`c.csv:5: column "text": "caf\xe9" is not valid UTF-8 (save the file as UTF-8)`,
			`d.csv:2: column "date": "01/05/2024" is not a date (want YYYY-MM-DD)`,
			`d.csv:3: column "date": "2024-02-30" is not a valid date`,
			`d.csv:4: column "unfollows": "1.0" is not a whole number`,
		},
	}, {
		name: "physical lines after multi-line quoted cells",
		files: []file{{"c.csv", "platform,comment_id,created_at,text\r\n" +
			"fb,1,2024-05-01T10:00:00Z,\"line one\r\nline two\r\nline three\"\r\n" +
			"fb,2,2024-05-01T10:00:00Z,\"two\n\nparagraphs\"\n" +
			"\n" +
			"fb,3,not a time,plain\n" +
			"fb,4,2024-05-01T10:00:00Z,\"x\ny\",extra\n" +
			"fb,5,2024-05-01T10:00:00Z,ok\n"}},
		used: []int{3},
		rejections: []string{
			`c.csv:9: column "created_at": "not a time" is not a time (want RFC 3339 or YYYY-MM-DD HH:MM[:SS])`,
			`c.csv:10: wrong number of fields (not as many as in the header)`,
		},
	}, {
		name: "wrong field count and bad quotes reject the row, decoding goes on",
		files: []file{{"c.csv", "platform,comment_id,created_at,text\n" +
			"fb,1,2024-05-01T10:00:00Z\n" +
			"fb,2,2024-05-01T10:00:00Z,a,b\n" +
			"fb,3,2024-05-01T10:00:00Z,say \"hi\"\n" +
			"fb,4,2024-05-01T10:00:00Z,\"closed\"late\n" +
			"fb,5,2024-05-01T10:00:00Z,\"multi\nline\"x\n" +
			"fb,6,2024-05-01T10:00:00Z,fine\n" +
			"fb,7,2024-05-01T10:00:00Z,\"never closed\n" +
			"fb,8,2024-05-01T10:00:00Z,swallowed\n"}},
		used: []int{1},
		rejections: []string{
			`c.csv:2: wrong number of fields (not as many as in the header)`,
			`c.csv:3: wrong number of fields (not as many as in the header)`,
			`c.csv:4: bare " in non-quoted-field (at column 31)`,
			`c.csv:5: extraneous or missing " in quoted-field (at column 34)`,
			`c.csv:6: extraneous or missing " in quoted-field (at line 7, column 5)`,
			`c.csv:9: extraneous or missing " in quoted-field (at line 10, column 37)`,
		},
	}, {
		name: "duplicates within and across files name the first occurrence",
		files: []file{
			{"p1.csv", "platform,account,post_id,published_at\n" +
				"fb,acme,1,2024-05-01T10:00:00Z\n" +
				"FB ,acme,1,2024-05-02T10:00:00Z\n" +
				"fb,other,1,2024-05-02T10:00:00Z\n" +
				"ig,acme,1,2024-05-02T10:00:00Z\n"},
			{"p2.csv", "post_id,platform,account,published_at\n" +
				"1,ig,acme,2024-05-03T10:00:00Z\n" +
				"2,ig,acme,2024-05-03T10:00:00Z\n"},
			{"c1.csv", "platform,comment_id,created_at,account\n" +
				"fb,1,2024-05-01T10:00:00Z,acme\n" +
				"fb,1,2024-05-01T10:00:00Z,other\n"},
			{"c2.csv", "platform,comment_id,created_at\n" +
				"fb,1,2024-05-01T10:00:00Z\n" +
				"x,1,2024-05-01T10:00:00Z\n"},
			{"d.csv", "platform,account,date\n" +
				"fb,acme,2024-05-01\n" +
				"fb,acme,2024-05-02\n" +
				"fb,acme, 2024-05-01\n" +
				"fb,,2024-05-01\n"},
		},
		used: []int{3, 1, 1, 1, 3},
		rejections: []string{
			`p1.csv:3: column "post_id": duplicate of the post at p1.csv:2`,
			`p2.csv:2: column "post_id": duplicate of the post at p1.csv:5`,
			`c1.csv:3: column "comment_id": duplicate of the comment at c1.csv:2`,
			`c2.csv:2: column "comment_id": duplicate of the comment at c1.csv:2`,
			`d.csv:4: column "date": duplicate of the day at d.csv:2`,
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds, errs := decodeAll(t, owncsv.Options{}, tt.files...)
			var got []string
			for i, in := range ds.Inputs {
				if errs[i] != nil {
					t.Fatal(errs[i])
				}
				if in.Used != tt.used[i] {
					t.Errorf("%s: used %d rows, want %d", in.File, in.Used, tt.used[i])
				}
				got = append(got, rejections(in)...)
			}
			checkLines(t, "rejections", got, tt.rejections)
			// Every rejected row is accounted for, and none became a record.
			n := 0
			for _, u := range tt.used {
				n += u
			}
			if recs := len(ds.Posts) + len(ds.Comments) + len(ds.Daily); recs != n {
				t.Errorf("%d records, want %d", recs, n)
			}
		})
	}
}

func TestDecodeFileErrors(t *testing.T) {
	const kinds = "the kinds are posts (requires platform, post_id, published_at); " +
		"comments (requires platform, comment_id, created_at); daily (requires platform, date)"
	tests := []struct {
		name, text string
		is         error
		msg        string
	}{
		{"empty", "", owncsv.ErrEmptyFile, "f.csv:1: empty file"},
		{"BOM only", "\ufeff", owncsv.ErrEmptyFile, "f.csv:1: empty file"},
		{"blank lines", "\n\r\n  \n", owncsv.ErrEmptyFile, "f.csv:1: empty file"},
		{"unknown, closest posts", "platform,post_id,impressions\nfb,1,2\n", owncsv.ErrUnknownKind,
			`f.csv:1: header matches no kind of socialaudit csv: the closest is posts, which lacks "published_at"; ` + kinds},
		{"unknown, closest comments", "id,created_at,comment_id,text\n", owncsv.ErrUnknownKind,
			`f.csv:1: header matches no kind of socialaudit csv: the closest is comments, which lacks "platform"; ` + kinds},
		{"unknown, tie on required goes to more columns", "platform,followers\n", owncsv.ErrUnknownKind,
			`f.csv:1: header matches no kind of socialaudit csv: the closest is daily, which lacks "date"; ` + kinds},
		{"unknown, nothing in common", "a;b;c\n1;2;3\n", owncsv.ErrUnknownKind,
			`f.csv:1: header matches no kind of socialaudit csv: the closest is posts, which lacks "platform", "post_id", "published_at"; ` + kinds},
		{"ambiguous", "platform,post_id,published_at,comment_id,created_at\n", owncsv.ErrAmbiguousKind,
			`f.csv:1: header matches more than one kind of socialaudit csv: it has the required columns of ` +
				`posts (requires platform, post_id, published_at) and comments (requires platform, comment_id, created_at); keep one kind per file`},
		{"case mismatch", "Platform,Post_ID,published_at,Impressions,views\n", owncsv.ErrBadHeader,
			`f.csv:1: bad header: column "Platform" should be spelled "platform"; column "Post_ID" should be spelled "post_id"; ` +
				`column "Impressions" should be spelled "impressions" (column names are lower case, with underscores, as in the posts kind)`},
		{"spacing", "platform, comment_id,created at\n", owncsv.ErrBadHeader,
			`f.csv:1: bad header: column " comment_id" should be spelled "comment_id"; column "created at" should be spelled "created_at" ` +
				`(column names are lower case, with underscores, as in the comments kind)`},
		{"zero-width character", "platform,date,hide\u200b_all\n", owncsv.ErrBadHeader,
			`f.csv:1: bad header: column "hide\u200b_all" should be spelled "hide_all" (column names are lower case, with underscores, as in the daily kind)`},
		{"duplicate name", "platform,date,hides,hides\n", owncsv.ErrBadHeader,
			`f.csv:1: bad header: column "hides" appears twice (columns 3 and 4)`},
		{"bad quote in header", "platform,\"date\nfb,2024-01-01\n", nil,
			`f.csv:1: reading the header: record on line 1; parse error on line 2, column 15: extraneous or missing " in quoted-field`},
		{"UTF-16", "\xff\xfep\x00l\x00", nil, "f.csv:1: the file is UTF-16; save it as UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds, errs := decodeAll(t, owncsv.Options{}, file{"f.csv", tt.text})
			err := errs[0]
			if err == nil {
				t.Fatalf("no error, want %q", tt.msg)
			}
			if err.Error() != tt.msg {
				t.Errorf("error:\n got %q\nwant %q", err, tt.msg)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("error %q is not %v", err, tt.is)
			}
			if len(ds.Inputs)+len(ds.Posts)+len(ds.Comments)+len(ds.Daily) != 0 {
				t.Errorf("a failed file left %+v in the dataset", ds)
			}
		})
	}
}

func TestDecodeUnnamedColumnsAreIgnoredOnce(t *testing.T) {
	ds, errs := decodeAll(t, owncsv.Options{}, file{"d.csv", "platform,date,,\nfb,2024-01-01,,\n"})
	if errs[0] != nil {
		t.Fatal(errs[0])
	}
	checkLines(t, "ignored", ds.Inputs[0].IgnoredColumns, []string{""})
	if ds.Inputs[0].Used != 1 {
		t.Errorf("used %d rows, want 1", ds.Inputs[0].Used)
	}
}

// A read error ends the file as a whole: nothing of it is kept, and its
// records do not count as first occurrences for later files.
func TestDecodeReadErrorRollsBack(t *testing.T) {
	// More than the 64 KiB the kind is detected on, so that the error comes
	// while rows are read.
	var b strings.Builder
	b.WriteString("platform,comment_id,created_at\n")
	const rows = 3000
	for i := 1; i <= rows; i++ {
		fmt.Fprintf(&b, "fb,%d,2024-05-01T10:00:00Z\n", i)
	}
	good := b.String()
	d := owncsv.NewDecoder(owncsv.Options{})
	if err := d.Decode("first.csv", strings.NewReader("platform,comment_id,created_at\nfb,0,2024-05-01T10:00:00Z\n")); err != nil {
		t.Fatal(err)
	}
	disk := errors.New("disk on fire")
	err := d.Decode("broken.csv", io.MultiReader(strings.NewReader(good), iotest.ErrReader(disk)))
	if !errors.Is(err, disk) || !strings.HasPrefix(err.Error(), "broken.csv: ") {
		t.Fatalf("error = %v, want broken.csv: ... disk on fire", err)
	}
	ds := d.Dataset()
	if len(ds.Comments) != 1 || len(ds.Inputs) != 1 {
		t.Fatalf("after the failed file: %d comments, %d inputs; want 1 and 1", len(ds.Comments), len(ds.Inputs))
	}
	if err := d.Decode("again.csv", strings.NewReader(good)); err != nil {
		t.Fatal(err)
	}
	if in := ds.Inputs[1]; in.Used != rows || in.Rejected != 0 {
		t.Errorf("re-reading the rows of the failed file: %d used, %d rejected; want %d used", in.Used, in.Rejected, rows)
	}
}

func TestKinds(t *testing.T) {
	ks := owncsv.Kinds()
	var got []string
	for _, k := range ks {
		got = append(got, fmt.Sprintf("%s %s: %s", k, k.Format(), strings.Join(k.Columns(), ",")))
	}
	checkLines(t, "kinds", got, []string{
		"posts (requires platform, post_id, published_at) socialaudit posts: platform,post_id,published_at,account,type,text,permalink,impressions,reach,reactions,comments,shares,clicks,hides,hide_all,spam_reports,unlikes",
		"comments (requires platform, comment_id, created_at) socialaudit comments: platform,comment_id,created_at,account,post_id,parent_id,author_id,author_name,from_brand,text,hidden,agent",
		"daily (requires platform, date) socialaudit daily: platform,date,account,followers,follows,unfollows,hides,hide_all,spam_reports,impressions",
	})
	ks[0].Required[0] = "changed"
	if owncsv.Kinds()[0].Required[0] != "platform" {
		t.Error("Kinds returned the package's own slices")
	}
}
