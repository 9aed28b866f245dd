package gen

import (
	"bytes"
	"encoding/csv"
	"io"
	"strings"
	"testing"
	"time"
)

func generate(t *testing.T, cfg Config) (posts, comments, daily []byte, st Stats) {
	t.Helper()
	var p, c, d bytes.Buffer
	st, err := Write(&p, &c, &d, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return p.Bytes(), c.Bytes(), d.Bytes(), st
}

func readAll(t *testing.T, b []byte) (map[string]int, [][]string) {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(b))
	header, err := r.Read()
	if err != nil {
		t.Fatal(err)
	}
	cols := map[string]int{}
	for i, h := range header {
		cols[h] = i
	}
	var rows [][]string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err) // also catches a row with the wrong number of fields
		}
		rows = append(rows, rec)
	}
	return cols, rows
}

func TestDeterministicAndExact(t *testing.T) {
	for _, n := range []int{0, 1, 7, 301, 5000} {
		p1, c1, d1, st := generate(t, Config{Comments: n, Seed: 3})
		p2, c2, d2, _ := generate(t, Config{Comments: n, Seed: 3})
		if !bytes.Equal(p1, p2) || !bytes.Equal(c1, c2) || !bytes.Equal(d1, d2) {
			t.Errorf("%d comments: two runs with the same seed differ", n)
		}
		_, rows := readAll(t, c1)
		if len(rows) != n || st.Comments != n {
			t.Errorf("%d comments: wrote %d rows, counted %d", n, len(rows), st.Comments)
		}
		if got := int64(len(p1) + len(c1) + len(d1)); st.Bytes != got {
			t.Errorf("%d comments: Stats.Bytes %d, wrote %d", n, st.Bytes, got)
		}
	}
	_, a, _, _ := generate(t, Config{Comments: 1000, Seed: 1})
	_, b, _, _ := generate(t, Config{Comments: 1000, Seed: 2})
	if bytes.Equal(a, b) {
		t.Error("seeds 1 and 2 gave the same comments")
	}
}

// TestThreads checks the shape of the data: every reply's parent is an
// earlier comment of the same post and platform, nothing is after Export,
// the brand is recognisable, and the texts exercise CSV quoting.
func TestThreads(t *testing.T) {
	posts, comments, daily, st := generate(t, Config{Comments: 20000, Seed: 1})
	pc, prows := readAll(t, posts)
	cc, crows := readAll(t, comments)
	_, drows := readAll(t, daily)
	if len(prows) != st.Posts || len(drows) != st.Daily || st.Daily != 3*Days {
		t.Errorf("posts %d (stats %d), daily %d (stats %d)", len(prows), st.Posts, len(drows), st.Daily)
	}
	if want := 20000 / CommentsPerPost; st.Posts < want-1 || st.Posts > want+1 {
		t.Errorf("%d posts for 20000 comments, want about %d", st.Posts, want)
	}
	postOf := map[string]string{}
	for _, r := range prows {
		postOf[r[pc["post_id"]]] = r[pc["platform"]]
	}

	type seen struct {
		platform, post string
		brand          bool
		parent         string
		t              time.Time
	}
	byID := map[string]seen{}
	keys := map[string]bool{}
	for _, b := range BrandFlags() {
		keys[strings.ToLower(b)] = true
	}
	var (
		brand, answered, followUps, nested, sameInstant, hidden int
		underBrand                                              int
		withComma, withQuote, withNewline, questions            int
		platforms                                               = map[string]int{}
	)
	for _, r := range crows {
		id, parent, post, platform := r[cc["comment_id"]], r[cc["parent_id"]], r[cc["post_id"]], r[cc["platform"]]
		at, err := time.Parse(time.RFC3339, r[cc["created_at"]])
		if err != nil {
			t.Fatal(err)
		}
		if at.After(Export) || at.Before(Start) {
			t.Errorf("%s at %s, outside [Start, Export]", id, at)
		}
		if _, dup := byID[id]; dup {
			t.Errorf("duplicate id %s", id)
		}
		if postOf[post] != platform {
			t.Errorf("%s: post %q is not a %s post", id, post, platform)
		}
		fb := strings.ToLower(r[cc["from_brand"]])
		name := strings.ToLower(strings.TrimPrefix(r[cc["author_name"]], "@"))
		isBrand := fb == "true" || fb == "yes" || fb == "1" || fb == "" && keys[name]
		if fb == "" && keys[name] != isBrand {
			t.Errorf("%s: author %q", id, r[cc["author_name"]])
		}
		if parent != "" {
			p, ok := byID[parent]
			switch {
			case !ok:
				t.Errorf("%s: parent %s is not an earlier row", id, parent)
			case p.post != post || p.platform != platform:
				t.Errorf("%s: parent %s is on another post", id, parent)
			case at.Before(p.t):
				t.Errorf("%s: dated before its parent %s", id, parent)
			}
			if isBrand && p.brand {
				// The brand answers a customer who replied to one of its
				// replies, under the same parent: METRICS.md's second
				// kind of answer.
				underBrand++
			}
			if isBrand && !p.brand && at.Equal(p.t) {
				sameInstant++
			}
			if isBrand {
				answered++
			} else {
				followUps++
				if p.parent != "" {
					nested++
				}
			}
		}
		if isBrand {
			brand++
		}
		byID[id] = seen{platform, post, isBrand, parent, at}
		platforms[platform]++
		text := r[cc["text"]]
		if strings.Contains(text, ",") {
			withComma++
		}
		if strings.Contains(text, `"`) {
			withQuote++
		}
		if strings.Contains(text, "\n") {
			withNewline++
		}
		if !isBrand && strings.ContainsAny(text, "?？¿") {
			questions++
		}
		if r[cc["hidden"]] == "true" {
			hidden++
		}
	}
	if brand != st.Brand {
		t.Errorf("%d brand rows, stats say %d", brand, st.Brand)
	}
	t.Logf("brand %d, brand replies %d (under a brand reply %d), customer follow-ups %d (replies to replies %d), answers in the same second %d, hidden %d, questions %d, texts with , %d \" %d newline %d, platforms %v",
		brand, answered, underBrand, followUps, nested, sameInstant, hidden, questions, withComma, withQuote, withNewline, platforms)
	for name, v := range map[string]int{"brand comments without a parent": brand - answered, "follow-ups": followUps,
		"replies to replies": nested, "brand replies under a brand reply": underBrand, "hidden": hidden, "questions": questions,
		"commas": withComma, "quotes": withQuote, "line breaks": withNewline} {
		if v == 0 {
			t.Errorf("no %s in 20000 comments", name)
		}
	}
	if len(platforms) != 3 {
		t.Errorf("platforms %v, want 3", platforms)
	}
	// Customers are the majority, and most are answered: a realistic mix.
	if f := float64(brand) / float64(len(crows)); f < 0.3 || f > 0.5 {
		t.Errorf("brand share %.2f", f)
	}
}

func TestParseSize(t *testing.T) {
	for s, want := range map[string]int{"6": 6, "100k": 100000, "1M": 1000000, "2.5M": 2500000, "5m": 5000000, "0": 0} {
		if n, err := ParseSize(s); err != nil || n != want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", s, n, err, want)
		}
		if s != "2.5M" && s != "5m" {
			if f := FormatSize(want); f != s {
				t.Errorf("FormatSize(%d) = %q, want %q", want, f, s)
			}
		}
	}
	for _, s := range []string{"", "k", "-1", "1.5", "1e3x", "0.0001k"} {
		if n, err := ParseSize(s); err == nil {
			t.Errorf("ParseSize(%q) = %d, want an error", s, n)
		}
	}
}

func TestAppendField(t *testing.T) {
	for in, want := range map[string]string{
		"plain":      "plain",
		"a, b":       `"a, b"`,
		`say "hi"`:   `"say ""hi"""`,
		"two\nlines": "\"two\nlines\"",
		`"`:          `""""`,
		"":           "",
		"café 😀":     "café 😀",
	} {
		if got := string(appendField(nil, in)); got != want {
			t.Errorf("appendField(%q) = %q, want %q", in, got, want)
		}
	}
}
