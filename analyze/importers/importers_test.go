package importers

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/analyze/internal/importer"
	"github.com/socialaudit/socialaudit/analyze/internal/table"
)

// Every importer's fixture is recognised as its own format, and by no
// other: detection never depends on the order of the list.
func TestDetectionIsUnambiguous(t *testing.T) {
	fixtures := map[string]string{
		"../x/testdata/activity.csv":                       "x-tweet-activity",
		"../x/testdata/support.csv":                        "x-customer-support",
		"../linkedin/testdata/posts.csv":                   "linkedin-posts",
		"../linkedin/testdata/posts_fr.csv":                "linkedin-posts",
		"../graphapi/testdata/graph_dotted.csv":            "facebook-graph-comments",
		"../graphapi/testdata/scraper.csv":                 "facebook-scraper-comments",
		"../../cmd/socialaudit/testdata/small/posts.csv":   "socialaudit",
		"../metasuite/testdata/fb_content.csv":             "meta-content",
		"../metasuite/testdata/ig_content.csv":             "meta-content",
		"../metasuite/testdata/fb_content_fr.csv":          "meta-content",
		"../metasuite/testdata/chart_facebook_follows.csv": "meta-daily-chart",
		"../metasuite/testdata/chart_views_fr.csv":         "meta-daily-chart",
		"../../sample-data/comments.csv":                   "socialaudit",
		"../../sample-data/daily.csv":                      "socialaudit",
	}
	for path, want := range fixtures {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		tb, err := table.Open(bytes.NewReader(data), table.Options{})
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		head, _ := tb.Peek(importer.MatchRows)
		var matched []string
		for _, f := range builtin {
			if f.Match(head).OK {
				matched = append(matched, f.ID)
			}
		}
		if len(matched) != 1 || matched[0] != want {
			t.Errorf("%s matches %v, want only %s", path, matched, want)
		}
		f, err := ReadFile(path, bytes.NewReader(data), Options{DateOrder: "mdy"})
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		if f.Input.FormatID != want || f.Input.Rows != f.Input.Used+f.Input.Rejected {
			t.Errorf("%s: format %s, rows %d used %d rejected %d", path, f.Input.FormatID, f.Input.Rows, f.Input.Used, f.Input.Rejected)
		}
	}
}

func TestUnknownFormatNamesTheClosest(t *testing.T) {
	data := "Tweet id,Tweet text,time\n1,hello,2021-08-31 19:53 +0000\n"
	_, err := ReadFile("tweets.csv", strings.NewReader(data), Options{})
	var nm *NoMatchError
	if !errors.As(err, &nm) {
		t.Fatalf("err = %v", err)
	}
	msg := err.Error()
	for _, want := range []string{"tweets.csv: not a format socialaudit knows", "the closest is X/Twitter Analytics tweet activity export (by tweet) (x-tweet-activity)",
		`columns "Tweet permalink", "impressions"`, "Known formats:", "facebook-graph-comments", "--map"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message lacks %q:\n%s", want, msg)
		}
	}
	if _, err := ReadFile("a.csv", strings.NewReader("a,b\n1,2\n"), Options{}); !errors.As(err, &nm) || nm.Closest != nil {
		t.Errorf("a file like nothing names no closest format: %v", err)
	}
}

// socialaudit's own format re-saved by a spreadsheet as UTF-16 with
// semicolons still reads.
func TestOwnFormatAnyEncodingAndDelimiter(t *testing.T) {
	text := "platform;account;post_id;published_at;impressions\r\nfacebook;acme;p1;2026-03-02 09:00;1000\r\n"
	var b bytes.Buffer
	b.Write([]byte{0xff, 0xfe})
	for _, u := range utf16.Encode([]rune(text)) {
		b.WriteByte(byte(u))
		b.WriteByte(byte(u >> 8))
	}
	f, err := ReadFile("posts.csv", bytes.NewReader(b.Bytes()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if f.Input.Encoding != "UTF-16LE" || f.Input.Delimiter != "semicolon" || len(f.Posts) != 1 || f.Posts[0].Impressions.Value != 1000 {
		t.Errorf("input %+v posts %+v", f.Input, f.Posts)
	}
}

func known(n int64) analyze.Count { return analyze.KnownCount(n) }

func postFile(name string, last time.Time, posts ...analyze.Post) *File {
	f := &File{Input: analyze.Input{File: name, Rows: len(posts), Used: len(posts), Last: last}, Posts: posts}
	return f
}

// Two monthly exports overlap on post p2 and day 2026-03-31; a third file,
// ending at the same instant as the second, holds p2 again and wins as the
// one given last. Hand-computed: p2 keeps the last file's impressions (30)
// and hides (3), takes hide_all (1) from the earliest file, the only one
// that knows it; rows = used + rejected + merged in every file.
func TestMergeLaterExportWins(t *testing.T) {
	mar := time.Date(2026, 3, 31, 0, 0, 0, 0, time.UTC)
	apr := time.Date(2026, 4, 30, 0, 0, 0, 0, time.UTC)
	p := func(id string, imp, hides int64) analyze.Post {
		return analyze.Post{Platform: "facebook", Account: "acme", ID: id, Published: mar, Impressions: known(imp), Hides: known(hides)}
	}
	march := postFile("march.csv", mar, p("p1", 100, 0), p("p2", 10, 1))
	march.Posts[1].HideAll = known(1)
	march.Daily = []analyze.Daily{{Platform: "facebook", Date: mar, Unfollows: known(2)}}
	march.Input.Rows, march.Input.Used = 3, 3
	april := postFile("april.csv", apr, p("p2", 20, 2), p("p3", 5, 0))
	april.Daily = []analyze.Daily{{Platform: "facebook", Date: mar, Follows: known(7)}}
	april.Input.Rows, april.Input.Used = 3, 3
	again := postFile("april-again.csv", apr, p("p2", 30, 3))

	ds := Merge([]*File{april, march, again})
	if len(ds.Posts) != 3 || len(ds.Daily) != 1 {
		t.Fatalf("%d posts, %d days", len(ds.Posts), len(ds.Daily))
	}
	var p2 analyze.Post
	for _, x := range ds.Posts {
		if x.ID == "p2" {
			p2 = x
		}
	}
	if p2.Impressions != known(30) || p2.Hides != known(3) || p2.HideAll != known(1) || p2.SpamReports.Known {
		t.Errorf("p2 = %+v", p2)
	}
	if d := ds.Daily[0]; d.Follows != known(7) || d.Unfollows != known(2) {
		t.Errorf("day = %+v", d)
	}
	want := map[string][3]int{ // used, merged, rows
		"april.csv":       {2, 1, 3},
		"march.csv":       {1, 2, 3},
		"april-again.csv": {1, 0, 1},
	}
	for _, in := range ds.Inputs {
		w := want[in.File]
		if in.Used != w[0] || in.Merged != w[1] || in.Rows != in.Used+in.Rejected+in.Merged {
			t.Errorf("%s: used %d merged %d rows %d", in.File, in.Used, in.Merged, in.Rows)
		}
	}
	if got := ds.Inputs[1].MergedInto; len(got) != 2 || got[0] != (analyze.Merge{File: "april-again.csv", Records: 1}) || got[1] != (analyze.Merge{File: "april.csv", Records: 1}) {
		t.Errorf("march merged into %+v", got)
	}
	if got := ds.Inputs[0].MergedInto; len(got) != 1 || got[0] != (analyze.Merge{File: "april-again.csv", Records: 1}) {
		t.Errorf("april merged into %+v", got)
	}
}

// A twcs-like export that does not name agents, merged with a later inbox
// export of the same comment that does: the agent is kept; the later
// export's text wins.
func TestMergeKeepsAgent(t *testing.T) {
	at := time.Date(2026, 3, 31, 10, 0, 0, 0, time.UTC)
	c := func(text, agent string) analyze.Comment {
		return analyze.Comment{Platform: "x", ID: "b1", ParentID: "c1", Created: at, Text: text, Agent: agent}
	}
	older := &File{Input: analyze.Input{File: "twcs.csv", Rows: 1, Used: 1, Last: at}, Comments: []analyze.Comment{c("old", "")}}
	inbox := &File{Input: analyze.Input{File: "inbox.csv", Rows: 1, Used: 1, Last: at.Add(time.Hour)}, Comments: []analyze.Comment{c("new", "Léa")}}
	older2 := &File{Input: analyze.Input{File: "twcs2.csv", Rows: 1, Used: 1, Last: at.Add(2 * time.Hour)}, Comments: []analyze.Comment{c("newest", "")}}
	ds := Merge([]*File{older, inbox, older2})
	if len(ds.Comments) != 1 || ds.Comments[0].Agent != "Léa" || ds.Comments[0].Text != "newest" {
		t.Errorf("merged comments %+v", ds.Comments)
	}
}

// FuzzReadFile feeds any bytes to detection and every importer: a file is
// either refused as a whole or read with every row accounted for, and every
// record has an id (a date for a day) and a time. Merging the file with
// itself merges every record once.
func FuzzReadFile(f *testing.F) {
	for _, path := range []string{
		"../x/testdata/activity.csv", "../x/testdata/support.csv", "../facebook/testdata/posts.csv", "../facebook/testdata/page.csv", "../linkedin/testdata/posts.csv",
		"../graphapi/testdata/graph_dotted.csv", "../graphapi/testdata/scraper.csv",
		"../metasuite/testdata/fb_content.csv", "../metasuite/testdata/chart_facebook_follows.csv",
		"../../cmd/socialaudit/testdata/small/comments.csv",
	} {
		if data, err := os.ReadFile(path); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := ReadFile("fuzz.csv", bytes.NewReader(data), Options{DateOrder: "dmy"})
		if err != nil {
			return
		}
		in := file.Input
		if in.Rows != in.Used+in.Rejected || len(in.Rejections) != in.Rejected {
			t.Fatalf("rows %d used %d rejected %d (%d listed)", in.Rows, in.Used, in.Rejected, len(in.Rejections))
		}
		if n := len(file.Posts) + len(file.Comments) + len(file.Daily); n != in.Used {
			t.Fatalf("%d records, %d used", n, in.Used)
		}
		for _, p := range file.Posts {
			if p.ID == "" || p.Published.IsZero() {
				t.Fatalf("post %+v", p)
			}
		}
		for _, c := range file.Comments {
			if c.ID == "" || c.Created.IsZero() {
				t.Fatalf("comment %+v", c)
			}
		}
		for _, d := range file.Daily {
			if d.Date.IsZero() {
				t.Fatalf("day %+v", d)
			}
		}
		twin := *file
		twin.Input.File = "twin.csv"
		twin.Posts = append([]analyze.Post(nil), file.Posts...)
		twin.Comments = append([]analyze.Comment(nil), file.Comments...)
		twin.Daily = append([]analyze.Daily(nil), file.Daily...)
		ds := Merge([]*File{file, &twin})
		if got := ds.Inputs[0].Merged; got != in.Used {
			t.Fatalf("the earlier twin merged %d of %d records", got, in.Used)
		}
		if len(ds.Posts)+len(ds.Comments)+len(ds.Daily) != in.Used {
			t.Fatal("merging a file with its twin changed the number of records")
		}
	})
}
