package importers

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/analyze/internal/importer"
)

// readString reads one file given as text, failing on a file-level error.
func readString(t *testing.T, name, text string, opts Options) *File {
	t.Helper()
	f, err := ReadFile(name, strings.NewReader(text), opts)
	if err != nil {
		t.Fatal(err)
	}
	in := f.Input
	if in.Rows != in.Used+in.Rejected || len(in.Rejections) != in.Rejected || len(f.Posts)+len(f.Comments)+len(f.Daily) != in.Used {
		t.Errorf("%s: rows %d used %d rejected %d (%d listed)", name, in.Rows, in.Used, in.Rejected, len(in.Rejections))
	}
	return f
}

func rejections(in analyze.Input) string {
	var out []string
	for _, r := range in.Rejections {
		out = append(out, r.Error())
	}
	return strings.Join(out, "\n")
}

const twcsHeader = "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"

// A file mixing UTF-8 and Windows-1252 lines is read with each part in its
// own encoding, in socialaudit's own format and in a platform's, and the
// data page says which lines were read as Windows-1252.
func TestMixedEncodingNote(t *testing.T) {
	own := readString(t, "own.csv", "platform,comment_id,created_at,text\n"+
		"x,c1,2026-03-01 10:00,café\nx,c2,2026-03-01 11:00,caf\xe9\nx,c3,2026-03-01 12:00,\x93d\xe9j\xe0\x94\n", Options{})
	twcs := readString(t, "twcs.csv", twcsHeader+
		"1,u1,True,Mon Nov 06 09:00:00 +0000 2017,caf\xe9,,\n2,u1,True,Mon Nov 06 10:00:00 +0000 2017,café,,\n", Options{})
	for _, c := range []struct {
		f     *File
		texts []string
		note  string
	}{
		{own, []string{"café", "café", "“déjà”"}, "2 lines hold bytes that are not UTF-8, read as Windows-1252 (the first is line 3), while the rest of the file is UTF-8: check their accented letters"},
		{twcs, []string{"café", "café"}, "line 2 holds bytes that are not UTF-8, read as Windows-1252, while the rest of the file is UTF-8: check its accented letters"},
	} {
		in := c.f.Input
		if in.Encoding != "UTF-8 with Windows-1252 lines" || len(in.Notes) == 0 || in.Notes[0] != c.note {
			t.Errorf("%s: encoding %q, notes %q", in.File, in.Encoding, in.Notes)
		}
		var texts []string
		for _, cm := range c.f.Comments {
			texts = append(texts, cm.Text)
		}
		if strings.Join(texts, "|") != strings.Join(c.texts, "|") {
			t.Errorf("%s: texts %q, want %q", in.File, texts, c.texts)
		}
	}
}

// Records dated before 2004 or after the day of the check (with a day of
// slack) are rejected, in every importer, and the file's span is that of
// the records kept.
func TestDatesOutOfRange(t *testing.T) {
	now := time.Date(2026, 4, 29, 15, 0, 0, 0, time.UTC)
	own := readString(t, "posts.csv", "platform,post_id,published_at\n"+
		"x,p1,1999-03-01 10:00\n"+ // before 2004
		"x,p2,2003-12-31T23:59:59+00:00\n"+ // the last second before 2004
		"x,p3,2004-01-01 00:00\n"+ // kept
		"x,p4,2026-04-30 14:59\n"+ // within the day of slack: kept
		"x,p5,2026-04-30 15:01\n"+ // a day and a minute after: rejected
		"x,p6,2036-05-01 10:00\n", Options{Now: now})
	daily := readString(t, "daily.csv", "platform,date,followers\nx,2026-04-30,1\nx,2026-05-01,2\nx,1970-01-01,3\n", Options{Now: now})
	twcs := readString(t, "twcs.csv", twcsHeader+
		"1,u1,True,Mon Nov 06 09:00:00 +0000 2017,a,,\n"+
		"2,u1,True,Mon Mar 01 09:00:00 +0000 1999,b,,\n"+
		"3,u1,True,Thu May 01 09:00:00 +0000 2036,c,,\n", Options{Now: now})
	// Without a time of check, only the dates before 2004 are rejected.
	noNow := readString(t, "later.csv", "platform,post_id,published_at\nx,p1,1999-03-01 10:00\nx,p6,2036-05-01 10:00\n", Options{})

	const before = "dated %s, before 2004: no social platform export goes back that far; a wrong date or date order?"
	const after = "dated %s, after the day of the check (2026-04-29): an export cannot hold what has not happened yet; a wrong date or date order?"
	for _, c := range []struct {
		f           *File
		used        int
		rejected    string
		first, last string
	}{
		{own, 2, strings.Join([]string{
			`posts.csv:2: column "published_at": ` + fmt.Sprintf(before, "1999-03-01"),
			`posts.csv:3: column "published_at": ` + fmt.Sprintf(before, "2003-12-31"),
			`posts.csv:6: column "published_at": ` + fmt.Sprintf(after, "2026-04-30"),
			`posts.csv:7: column "published_at": ` + fmt.Sprintf(after, "2036-05-01")}, "\n"),
			"2004-01-01T00:00:00Z", "2026-04-30T14:59:00Z"},
		{daily, 1, strings.Join([]string{
			`daily.csv:3: column "date": ` + fmt.Sprintf(after, "2026-05-01"),
			`daily.csv:4: column "date": ` + fmt.Sprintf(before, "1970-01-01")}, "\n"),
			"2026-04-30T00:00:00Z", "2026-04-30T00:00:00Z"},
		{twcs, 1, strings.Join([]string{
			`twcs.csv:3: column "created_at": ` + fmt.Sprintf(before, "1999-03-01"),
			`twcs.csv:4: column "created_at": ` + fmt.Sprintf(after, "2036-05-01")}, "\n"),
			"2017-11-06T09:00:00Z", "2017-11-06T09:00:00Z"},
		{noNow, 1, `later.csv:2: column "published_at": ` + fmt.Sprintf(before, "1999-03-01"),
			"2036-05-01T10:00:00Z", "2036-05-01T10:00:00Z"},
	} {
		in := c.f.Input
		if in.Used != c.used || rejections(in) != c.rejected {
			t.Errorf("%s: used %d, want %d; rejections:\n%s\nwant:\n%s", in.File, in.Used, c.used, rejections(in), c.rejected)
		}
		if got := in.First.UTC().Format(time.RFC3339) + " " + in.Last.UTC().Format(time.RFC3339); got != c.first+" "+c.last {
			t.Errorf("%s: span %s, want %s %s", in.File, got, c.first, c.last)
		}
	}
}

// A cell over the limit rejects its row, naming the column and the size,
// in socialaudit's own format and in a platform's; the other rows are read
// on their lines.
func TestCellTooLong(t *testing.T) {
	big := strings.Repeat("é", 1<<20) // 2 MiB of text
	own := readString(t, "own.csv", "platform,comment_id,created_at,text\n"+
		"x,c1,2026-03-01 10:00,\""+big+"\n\"\nx,c2,2026-03-01 11:00,ok\n", Options{})
	twcs := readString(t, "twcs.csv", twcsHeader+
		"1,u1,True,Mon Nov 06 09:00:00 +0000 2017,"+big+",,\n2,u1,True,Mon Nov 06 10:00:00 +0000 2017,ok,,\n", Options{})
	for _, c := range []struct {
		f    *File
		want string
		line int
	}{
		{own, `own.csv:2: column "text": the cell holds 2097153 bytes, more than the limit of 1048576 (1 MiB): the row is not read`, 4},
		{twcs, `twcs.csv:2: column "text": the cell holds 2097152 bytes, more than the limit of 1048576 (1 MiB): the row is not read`, 3},
	} {
		in := c.f.Input
		if got := rejections(in); got != c.want || len(c.f.Comments) != 1 || c.f.Comments[0].Source.Line != c.line || c.f.Comments[0].Text != "ok" {
			t.Errorf("%s: rejections %q\nwant %q; comments %+v", in.File, got, c.want, c.f.Comments)
		}
	}
}

// A 50 MB cell, read from a file on disk by the whole registry (detection,
// then socialaudit's own format), costs a few MiB, not 50.
func TestHugeCellFile(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 50 MB file")
	}
	path := filepath.Join(t.TempDir(), "huge.csv")
	w, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprint(w, "platform,comment_id,created_at,text\nx,c1,2026-03-01 10:00,")
	chunk := []byte(strings.Repeat("0123456789abcdef", 4096))
	for range 50 << 20 / len(chunk) {
		w.Write(chunk)
	}
	fmt.Fprint(w, "\nx,c2,2026-03-01 11:00,ok\n")
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	r, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f, err := ReadFile("huge.csv", r, Options{})
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	want := `huge.csv:2: column "text": the cell holds 52428800 bytes, more than the limit of 1048576 (1 MiB): the row is not read`
	if got := rejections(f.Input); got != want || f.Input.Used != 1 {
		t.Errorf("rejections %q, used %d", got, f.Input.Used)
	}
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("ReadFile of a 50 MB cell: %.1f MiB allocated", float64(alloc)/(1<<20))
	if alloc > 16<<20 {
		t.Errorf("ReadFile allocated %d bytes for a 50 MB cell", alloc)
	}
}

// Parent links are checked across files once merged: a self-parent and a
// cycle (c3 and c4 at the same time: the tie goes to the smaller id) are
// cleared, and so is the earliest comment of a cycle through two files
// (d2, at 06:00); a reply older than its parent (c5) is kept as it is.
// Each repair is noted on the file of the comment it touched.
func TestThreadRepairs(t *testing.T) {
	const head = "platform,comment_id,parent_id,created_at\n"
	a := readString(t, "a.csv", head+
		"x,c1,,2026-03-01 10:00\n"+
		"x,c2,c2,2026-03-01 11:00\n"+
		"x,c3,c4,2026-03-01 12:00\n"+
		"x,c4,c3,2026-03-01 12:00\n"+
		"x,c5,c1,2026-03-01 09:00\n"+
		"x,c6,d1,2026-03-01 08:00\n", Options{})
	b := readString(t, "b.csv", head+
		"x,d1,d2,2026-03-01 07:00\n"+
		"x,d2,c6,2026-03-01 06:00\n", Options{})
	ds := Merge([]*File{a, b})
	parents := map[string]string{}
	for _, c := range ds.Comments {
		parents[c.ID] = c.ParentID
	}
	want := map[string]string{"c1": "", "c2": "", "c3": "", "c4": "c3", "c5": "c1", "c6": "d1", "d1": "d2", "d2": ""}
	for id, p := range want {
		if parents[id] != p {
			t.Errorf("parent of %s = %q, want %q", id, parents[id], p)
		}
	}
	notes := map[string][]string{
		"a.csv": {"6 times without a UTC offset read in UTC",
			`line 3: comment "c2" names itself as its parent; it is read as a comment without parent`,
			`line 4: comment "c3" is the earliest of 2 comments whose parents form a cycle; it is read as a comment without parent`,
			`line 6: comment "c5" is dated before "c1", the comment it replies to; it is kept, but not counted as an answer to it`},
		"b.csv": {"2 times without a UTC offset read in UTC",
			`line 3: comment "d2" is the earliest of 3 comments whose parents form a cycle; it is read as a comment without parent`},
	}
	for _, in := range ds.Inputs {
		if strings.Join(in.Notes, "\n") != strings.Join(notes[in.File], "\n") {
			t.Errorf("%s notes:\n%s\nwant:\n%s", in.File, strings.Join(in.Notes, "\n"), strings.Join(notes[in.File], "\n"))
		}
	}
}

// Many repairs in one file are one note each, with the count and the
// first five lines.
func TestThreadRepairsAggregated(t *testing.T) {
	var b strings.Builder
	b.WriteString("platform,comment_id,parent_id,created_at\nx,top,,2026-03-01 10:00\n")
	for i := range 7 { // lines 3 to 9
		fmt.Fprintf(&b, "x,s%d,s%d,2026-03-01 11:00\n", i, i)
	}
	b.WriteString("x,o1,top,2026-03-01 09:00\nx,o2,top,2026-03-01 09:30\n") // lines 10, 11
	b.WriteString("x,y1,y2,2026-03-01 12:00\nx,y2,y1,2026-03-01 12:01\n")   // lines 12, 13
	b.WriteString("x,z1,z2,2026-03-01 12:00\nx,z2,z1,2026-03-01 11:59\n")   // lines 14, 15
	ds := Merge([]*File{readString(t, "many.csv", b.String(), Options{})})
	want := []string{"14 times without a UTC offset read in UTC",
		"7 comments name themselves as their parent (lines 3, 4, 5, 6, 7, …); they are read as comments without parent",
		"2 cycles of comments whose parents lead back to themselves (lines 12, 15); the earliest comment of each is read as a comment without parent",
		"2 comments are dated before the comment they reply to (lines 10, 11); they are kept, but not counted as answers to them"}
	if got := ds.Inputs[0].Notes; strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("notes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A .csv written with pipes or tabs is read; one with a delimiter no
// spreadsheet uses is refused with an error naming the file.
func TestOtherDelimiters(t *testing.T) {
	for name, text := range map[string]string{
		"pipe.csv": "platform|post_id|published_at|impressions\nx|p1|2026-03-01 10:00|5\n",
		"tab.csv":  "platform\tpost_id\tpublished_at\timpressions\nx\tp1\t2026-03-01 10:00\t5\n",
	} {
		f := readString(t, name, text, Options{})
		if len(f.Posts) != 1 || f.Posts[0].Impressions != known(5) {
			t.Errorf("%s: delimiter %s, posts %+v", name, f.Input.Delimiter, f.Posts)
		}
	}
	_, err := ReadFile("hash.csv", strings.NewReader("platform#post_id#published_at\nx#p1#2026-03-01 10:00\n"), Options{})
	if err == nil || !strings.HasPrefix(err.Error(), "hash.csv: not a format socialaudit knows") {
		t.Errorf("err = %v", err)
	}
}

// A text longer than importer.MaxText but under the cell cap is kept, cut at the last
// whole character within importer.MaxText, in the own format and a platform's; the
// data page says how many were cut.
func TestLongTextShortened(t *testing.T) {
	// 65,535 bytes of "a" then "é" (2 bytes): the é straddles the limit.
	long := strings.Repeat("a", importer.MaxText-1) + "é" + strings.Repeat("b", 10_000)
	want := strings.Repeat("a", importer.MaxText-1)
	own := readString(t, "own.csv", "platform,comment_id,created_at,text\n"+
		"x,c1,2026-03-01 10:00,"+long+"\nx,c2,2026-03-01 11:00,ok\n", Options{})
	twcs := readString(t, "twcs.csv", twcsHeader+
		"1,u1,True,Mon Nov 06 09:00:00 +0000 2017,"+long+",,\n2,u1,True,Mon Nov 06 10:00:00 +0000 2017,ok,,\n", Options{})
	note := "texts longer than 64 KiB (more than any platform allows) shortened to that length: 1"
	for _, f := range []*File{own, twcs} {
		in := f.Input
		if len(f.Comments) != 2 || f.Comments[0].Text != want || f.Comments[1].Text != "ok" {
			t.Errorf("%s: texts of %d comments: first %d bytes", in.File, len(f.Comments), len(f.Comments[0].Text))
			continue
		}
		if f.Comments[0].ID != "c1" && f.Comments[0].ID != "1" {
			t.Errorf("%s: id %q after the cut", in.File, f.Comments[0].ID)
		}
		if !slices.Contains(in.Notes, note) {
			t.Errorf("%s: notes %q, want %q", in.File, in.Notes, note)
		}
	}
	// A text of exactly importer.MaxText bytes is kept whole, without a note.
	exact := readString(t, "own.csv", "platform,comment_id,created_at,text\nx,c1,2026-03-01 10:00,"+strings.Repeat("a", importer.MaxText)+"\n", Options{})
	if len(exact.Comments[0].Text) != importer.MaxText || slices.ContainsFunc(exact.Input.Notes, func(n string) bool { return strings.Contains(n, "shortened") }) {
		t.Errorf("exactly importer.MaxText: %d bytes kept, notes %q", len(exact.Comments[0].Text), exact.Input.Notes)
	}
}

// Many rows with long texts, read from disk, keep only MaxText of each in
// memory, while the file is read and after: nothing else of a long row (an
// id, a raw time waiting for the file's date order, a key of the duplicate
// check) may hold on to it. 60 rows of 600 KiB would keep 36 MiB; cut, 3.75.
func TestLongTextsReleaseTheirRows(t *testing.T) {
	if testing.Short() {
		t.Skip("writes two 36 MB files")
	}
	text := strings.Repeat("word ", 600<<10/5)
	for _, c := range []struct{ name, header, row string }{
		{"own.csv", "platform,comment_id,post_id,author_id,created_at,text\n", "x,c%d,p1,u1,2026-03-01 10:%02d,%s\n"},
		{"twcs.csv", twcsHeader, "%d,u1,True,Mon Nov 06 09:%02d:00 +0000 2017,%s,,\n"},
	} {
		path := filepath.Join(t.TempDir(), c.name)
		w, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprint(w, c.header)
		for i := range 60 {
			fmt.Fprintf(w, c.row, i+1, i, text)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		r, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		runtime.GC()
		stop := sampleHeap()
		f, err := ReadFile(c.name, r, Options{})
		peak := stop()
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		if len(f.Comments) != 60 || len(f.Comments[59].Text) != importer.MaxText {
			t.Fatalf("%s: %d comments, the last %d bytes long", c.name, len(f.Comments), len(f.Comments[59].Text))
		}
		t.Logf("%s, 60 rows of 600 KiB: heap objects at most %.1f MiB while reading, %.1f MiB after", c.name,
			float64(peak)/(1<<20), float64(m.HeapAlloc)/(1<<20))
		// The garbage collector lets the heap reach twice what is live
		// (and 4 MiB at least), plus the rows being read (a batch of
		// about 1 MiB per stage of the own format's reading): 23-26 MiB
		// seen; keeping the long rows costs 42-48.
		if peak > 34<<20 || m.HeapAlloc > 16<<20 {
			t.Errorf("%s: the long rows are kept in memory", c.name)
		}
		runtime.KeepAlive(f)
	}
}

// sampleHeap samples the bytes of heap objects (live or not yet swept) every
// half millisecond until the returned function is called, which returns the
// highest sample.
func sampleHeap() func() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	done := make(chan struct{})
	result := make(chan uint64)
	go func() {
		var peak uint64
		tick := time.NewTicker(500 * time.Microsecond)
		defer tick.Stop()
		for {
			metrics.Read(s)
			peak = max(peak, s[0].Value.Uint64())
			select {
			case <-done:
				result <- peak
				return
			case <-tick.C:
			}
		}
	}()
	return func() uint64 { close(done); return <-result }
}

// A single own-format file hands its duplicate check's index to the thread
// check, which repairs exactly as when it builds its own: the same parents
// and the same notes.
func TestThreadRepairsWithTheImportersIndex(t *testing.T) {
	text := "platform,comment_id,parent_id,created_at\n" +
		"x,c1,,2026-03-01 10:00\nx,c2,c2,2026-03-01 11:00\nx,c3,c4,2026-03-01 12:00\n" +
		"x,c4,c3,2026-03-01 12:00\nx,c5,c1,2026-03-01 09:00\nfacebook,c1,c3,2026-03-01 13:00\n"
	reused := readString(t, "a.csv", text, Options{})
	if reused.byID == nil {
		t.Fatal("the own format kept no index")
	}
	built := readString(t, "a.csv", text, Options{})
	built.byID = nil
	dsReused, dsBuilt := Merge([]*File{reused}), Merge([]*File{built})
	if commentIndex([]*File{reused}, dsReused.Comments) == nil {
		t.Fatal("Merge did not take the index")
	}
	for i := range dsBuilt.Comments {
		if r, b := dsReused.Comments[i], dsBuilt.Comments[i]; r.ID != b.ID || r.ParentID != b.ParentID {
			t.Errorf("comment %d: %s parent %q with the index, %s parent %q without", i, r.ID, r.ParentID, b.ID, b.ParentID)
		}
	}
	if got, want := strings.Join(dsReused.Inputs[0].Notes, "\n"), strings.Join(dsBuilt.Inputs[0].Notes, "\n"); got != want || !strings.Contains(got, "cycle") {
		t.Errorf("notes with the index:\n%s\nwithout:\n%s", got, want)
	}
}
