package x

import (
	"os"
	"strings"
	"testing"

	"github.com/socialaudit/socialaudit/analyze/internal/importer"
	"github.com/socialaudit/socialaudit/analyze/internal/importer/importertest"
)

// The fixture has the export's real 40-column header, every cell quoted,
// "-" in the promoted columns, floats for counts, a text with a line break,
// two replies (one after a space) and three bad rows: a fractional count,
// an empty time, and a duplicate id (rejected after the first).
func TestActivityFixture(t *testing.T) {
	data, err := os.ReadFile("testdata/activity.csv")
	if err != nil {
		t.Fatal(err)
	}
	f, err := importertest.Decode(t, Activity, "activity.csv", data, importer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	in := f.Input
	if in.Rows != 6 || in.Used != 3 || in.Rejected != 3 {
		t.Fatalf("rows %d used %d rejected %d, want 6, 3, 3", in.Rows, in.Used, in.Rejected)
	}
	want := []string{
		`activity.csv:6: column "impressions": "12.5" is not a whole number`,
		`activity.csv:7: column "time": required value is empty`,
		`activity.csv:8: duplicate of the post at line 2`,
	}
	for i, r := range in.Rejections {
		if r.Error() != want[i] {
			t.Errorf("rejection %d = %s, want %s", i, r.Error(), want[i])
		}
	}
	p := f.Posts[0]
	if p.IsReply || p.Account != "lumenhome" || p.Impressions.Value != 1200 || p.Clicks.Value != 40 || p.Shares.Value != 3 || p.Comments.Value != 2 || p.Reactions.Value != 15 {
		t.Errorf("first post %+v", p)
	}
	if !f.Posts[1].IsReply || !f.Posts[2].IsReply {
		t.Errorf("tweets starting with @ should be replies")
	}
	importertest.Golden(t, "activity", f)
}

// Conformance on a real export (../shared/real-data, by its owner Lisa
// DeBruine, CC-BY). Expected figures computed by an independent Python
// script (csv module; a reply is a text starting with "@"): 356 tweets, 270
// replies, 86 broadcast; sums impressions 1,625,538, replies 615, retweets
// 1,322, likes 3,433, url clicks 34,681; first 2021-08-02 12:58 UTC, last
// 2021-08-31 19:53 UTC.
func TestActivityRealData(t *testing.T) {
	path := importertest.RealData(t, 2, "x_tweet_activity_metrics_by_tweet_LisaDeBruine_2021-08.csv")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := importertest.Decode(t, Activity, "activity.csv", data, importer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var replies int
	var imp, rep, rt, likes, clicks int64
	for _, p := range f.Posts {
		if p.IsReply {
			replies++
		}
		imp += p.Impressions.Value
		rep += p.Comments.Value
		rt += p.Shares.Value
		likes += p.Reactions.Value
		clicks += p.Clicks.Value
	}
	if f.Input.Rows != 356 || f.Input.Used != 356 || len(f.Posts) != 356 || replies != 270 {
		t.Errorf("rows %d used %d posts %d replies %d; want 356, 356, 356, 270", f.Input.Rows, f.Input.Used, len(f.Posts), replies)
	}
	if imp != 1625538 || rep != 615 || rt != 1322 || likes != 3433 || clicks != 34681 {
		t.Errorf("sums impressions %d replies %d retweets %d likes %d clicks %d", imp, rep, rt, likes, clicks)
	}
	if got := f.Input.First.UTC().Format("2006-01-02 15:04"); got != "2021-08-02 12:58" {
		t.Errorf("first %s", got)
	}
	if got := f.Input.Last.UTC().Format("2006-01-02 15:04"); got != "2021-08-31 19:53" {
		t.Errorf("last %s", got)
	}
}

func FuzzActivity(f *testing.F) {
	data, _ := os.ReadFile("testdata/activity.csv")
	f.Add(data)
	f.Add([]byte(`"Tweet id","Tweet permalink","Tweet text","time","impressions"` + "\n\"1\",\"\",\"@a\",\"2021-01-01 10:00 +0000\",\"-\"\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fl, err := importertest.Decode(t, Activity, "fuzz.csv", data, importer.Options{})
		if err != nil {
			return // a file-level error is a fine outcome; Check ran on success
		}
		for _, p := range fl.Posts {
			if p.IsReply != strings.HasPrefix(strings.TrimSpace(p.Text), "@") {
				t.Errorf("IsReply %v for %q", p.IsReply, p.Text)
			}
		}
	})
}
