package owncsv_test

import (
	"bytes"
	"sort"
	"strings"
	"testing"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/analyze/owncsv"
)

// FuzzDecode checks what must hold for any input: a file either fails as a
// whole and leaves nothing behind, or every row is accounted for exactly
// once (used or rejected, at a distinct line inside the file), every record
// has its required fields, and reading the same file again with the same
// decoder uses nothing (every record is now a duplicate).
func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		"platform,post_id,published_at,impressions,type,text\nfb,1,2024-05-01T10:00:00Z,12,reply,hi\nx,2,2024-05-01 10:00,,,@a\n",
		"\ufeffplatform,comment_id,created_at,text,from_brand,hidden,parent_id\r\nfb,1,2024-05-01T10:00:00+02:00,\"a\r\nb\",yes,0,\r\nfb,1,bad,x,,,\r\n",
		"platform,date,followers,unfollows\nfb,2024-05-01,1,\nfb,2024-05-01,2,3\nfb,2024-13-01,,\n",
		"platform,comment_id,created_at,text\nfb,1,2024-05-01T10:00:00Z,\"never closed\nfb,2,x,y\n",
		"platform,comment_id,created_at\nfb,1\n\"fb\",2,2024-05-01T10:00:00Z\n",
		"Platform,Post_ID,published_at\n",
		"",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		const name = "f.csv"
		d := owncsv.NewDecoder(owncsv.Options{})
		err := d.Decode(name, bytes.NewReader(data))
		ds := d.Dataset()
		if err != nil {
			if !strings.HasPrefix(err.Error(), name+":") {
				t.Errorf("error %q does not name the file", err)
			}
			if len(ds.Inputs)+len(ds.Posts)+len(ds.Comments)+len(ds.Daily) != 0 {
				t.Errorf("failed file left records or inputs behind")
			}
			return
		}
		if len(ds.Inputs) != 1 {
			t.Fatalf("%d inputs, want 1", len(ds.Inputs))
		}
		in := ds.Inputs[0]
		if in.Rows != in.Used+in.Rejected || in.Rejected != len(in.Rejections) {
			t.Fatalf("rows %d != used %d + rejected %d (%d rejections)", in.Rows, in.Used, in.Rejected, len(in.Rejections))
		}
		lastLine := bytes.Count(data, []byte("\n")) + 1
		var lines []int
		check := func(what string, src analyze.Source, platform, id string, ok bool) {
			if src.File != name || src.Line < 2 || src.Line > lastLine {
				t.Errorf("%s at %s:%d, outside the file's lines 2..%d", what, src.File, src.Line, lastLine)
			}
			if platform == "" || platform != strings.ToLower(strings.TrimSpace(platform)) || id == "" || !ok {
				t.Errorf("%s at line %d lacks a required field: platform %q, id %q", what, src.Line, platform, id)
			}
			lines = append(lines, src.Line)
		}
		for _, p := range ds.Posts {
			check("post", p.Source, p.Platform, p.ID, !p.Published.IsZero())
		}
		for _, c := range ds.Comments {
			check("comment", c.Source, c.Platform, c.ID, !c.Created.IsZero())
		}
		for _, x := range ds.Daily {
			check("day", x.Source, x.Platform, x.Date.Format("2006-01-02"), !x.Date.IsZero())
		}
		if n := len(ds.Posts) + len(ds.Comments) + len(ds.Daily); n != in.Used {
			t.Errorf("%d records, but %d rows used", n, in.Used)
		}
		for _, r := range in.Rejections {
			if r.File != name || r.Line < 2 || r.Line > lastLine || r.Reason == "" {
				t.Errorf("rejection %q outside the file's lines 2..%d", r.Error(), lastLine)
			}
			lines = append(lines, r.Line)
		}
		sort.Ints(lines)
		for i := 1; i < len(lines); i++ {
			if lines[i] == lines[i-1] {
				t.Errorf("two rows start at line %d", lines[i])
			}
		}
		if err := d.Decode(name, bytes.NewReader(data)); err != nil {
			t.Fatalf("second read failed: %v", err)
		}
		if again := ds.Inputs[1]; again.Rows != in.Rows || again.Used != 0 || again.Rejected != in.Rows {
			t.Errorf("second read: rows %d, used %d, rejected %d; want %d rows, all rejected", again.Rows, again.Used, again.Rejected, in.Rows)
		}
	})
}
