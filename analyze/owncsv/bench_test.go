package owncsv_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"math/rand/v2"
	"runtime"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/analyze/owncsv"
)

const (
	benchComments = 1_000_000
	benchPosts    = 3_000
	benchBrand    = "acme"
)

var benchData = sync.OnceValue(func() [2][]byte {
	return [2][]byte{genPosts(benchPosts), genComments(benchComments, benchPosts)}
})

var (
	benchPlatforms = []string{"facebook", "instagram", "x"}
	benchWords     = []string{"the", "order", "arrived", "late", "and", "the", "box", "was", "damaged", "thanks",
		"love", "this", "product", "when", "will", "you", "restock", "size", "M", "customer", "service", "never",
		"answered", "my", "email", "great", "job", "team", "price", "too", "high", "délicieux", "merci", "👍"}
	benchStart = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	benchSpan  = 182 * 24 * time.Hour // six months
)

// benchText is a comment of 0 to 40 words, sometimes with commas, quotes,
// a question mark or a line break, so that the CSV quoting is exercised.
func benchText(r *rand.Rand) string {
	var b bytes.Buffer
	n := r.IntN(41)
	for i := 0; i < n; i++ {
		if i > 0 {
			switch r.IntN(12) {
			case 0:
				b.WriteString(", ")
			case 1:
				b.WriteString(` "`)
			case 2:
				b.WriteString(`" `)
			default:
				b.WriteByte(' ')
			}
		}
		b.WriteString(benchWords[r.IntN(len(benchWords))])
	}
	switch r.IntN(20) {
	case 0:
		b.WriteString("?")
	case 1:
		b.WriteString("\nsent from my phone")
	}
	return b.String()
}

func genPosts(n int) []byte {
	r := rand.New(rand.NewPCG(1, 2))
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write([]string{"platform", "account", "post_id", "published_at", "type", "text", "permalink", "impressions",
		"reach", "reactions", "comments", "shares", "clicks", "hides", "hide_all", "spam_reports", "unlikes"})
	types := []string{"photo", "video", "link", "status", "reply"}
	num := func(max int) string { return strconv.Itoa(r.IntN(max)) }
	for i := 0; i < n; i++ {
		p := benchPlatforms[i%len(benchPlatforms)]
		t := benchStart.Add(time.Duration(int64(benchSpan) / int64(n) * int64(i)))
		w.Write([]string{p, benchBrand, "p" + strconv.Itoa(i), t.Format(time.RFC3339), types[r.IntN(len(types))],
			benchText(r), "https://example.com/" + p + "/" + strconv.Itoa(i), num(50000), num(30000), num(900),
			num(200), num(100), num(500), num(20), num(5), num(3), num(10)})
	}
	w.Flush()
	return buf.Bytes()
}

// genComments writes n comments over six months on posts p0..p(posts-1):
// about 15 % are brand replies to a recent customer comment.
func genComments(n, posts int) []byte {
	r := rand.New(rand.NewPCG(3, 4))
	var buf bytes.Buffer
	buf.Grow(n * 160)
	w := csv.NewWriter(&buf)
	w.Write([]string{"platform", "account", "comment_id", "post_id", "parent_id", "author_id", "author_name",
		"from_brand", "created_at", "text", "hidden"})
	step := int64(benchSpan) / int64(n)
	for i := 0; i < n; i++ {
		t := benchStart.Add(time.Duration(step*int64(i) + r.Int64N(step)))
		post := r.IntN(posts)
		p := benchPlatforms[post%len(benchPlatforms)]
		id := "c" + strconv.Itoa(i)
		if i > 50 && r.IntN(100) < 15 {
			parent := "c" + strconv.Itoa(i-1-r.IntN(50))
			w.Write([]string{p, benchBrand, id, "p" + strconv.Itoa(post), parent, "brand-1", "Acme", "true",
				t.Format(time.RFC3339), benchText(r), ""})
			continue
		}
		user := r.IntN(200_000)
		hidden := ""
		if r.IntN(50) == 0 {
			hidden = "yes"
		}
		w.Write([]string{p, benchBrand, id, "p" + strconv.Itoa(post), "", "u" + strconv.Itoa(user),
			fmt.Sprintf("User %d", user), "", t.Format("2006-01-02 15:04:05"), benchText(r), hidden})
	}
	w.Flush()
	return buf.Bytes()
}

func decodeBench(b *testing.B, data [2][]byte) *analyze.Dataset {
	d := owncsv.NewDecoder(owncsv.Options{})
	if err := d.Decode("posts.csv", bytes.NewReader(data[0])); err != nil {
		b.Fatal(err)
	}
	if err := d.Decode("comments.csv", bytes.NewReader(data[1])); err != nil {
		b.Fatal(err)
	}
	ds := d.Dataset()
	if len(ds.Posts) != benchPosts || len(ds.Comments) != benchComments {
		b.Fatalf("decoded %d posts and %d comments, want %d and %d; rejections: %v %v",
			len(ds.Posts), len(ds.Comments), benchPosts, benchComments, ds.Inputs[0].Rejections, ds.Inputs[1].Rejections)
	}
	return ds
}

func reportRows(b *testing.B) {
	rows := float64(benchPosts+benchComments) * float64(b.N)
	b.ReportMetric(rows/b.Elapsed().Seconds(), "rows/s")
}

// BenchmarkDecode decodes one million comments and a few thousand posts.
func BenchmarkDecode(b *testing.B) {
	data := benchData()
	b.SetBytes(int64(len(data[0]) + len(data[1])))
	b.ReportAllocs()
	runtime.GC() // not the generator's garbage
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		decodeBench(b, data)
	}
	reportRows(b)
}

// BenchmarkDecodeAndAnalyze decodes the same input and runs the analysis
// on it, as the command does.
func BenchmarkDecodeAndAnalyze(b *testing.B) {
	data := benchData()
	b.SetBytes(int64(len(data[0]) + len(data[1])))
	b.ReportAllocs()
	runtime.GC() // not the generator's garbage
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ds := decodeBench(b, data)
		if _, err := analyze.Run(ds, analyze.Options{Brand: []string{benchBrand}}); err != nil {
			b.Fatal(err)
		}
	}
	reportRows(b)
}
