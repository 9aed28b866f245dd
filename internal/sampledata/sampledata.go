// Package sampledata generates the demo data of socialaudit: six months of
// a fictional home-goods brand, Maison Brindille, on Facebook, Instagram, X
// and LinkedIn, written in socialaudit's own CSV format with a README that
// tells the stories hidden in it.
//
// The generator is deterministic: a PCG source with a constant seed, no
// clock, fixed time zone offsets and integer arithmetic only, so the same
// bytes come out on every machine. The committed files in sample-data/ are
// its output; cmd/gensample writes them again.
package sampledata

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"sort"
	"strconv"
)

// File is one generated file: a name (no directory) and its contents.
type File struct {
	Name string
	Data []byte
}

// Headers of the three kinds of socialaudit CSV.
var (
	postsHeader = []string{"platform", "account", "post_id", "published_at", "type", "text", "permalink",
		"impressions", "reach", "reactions", "comments", "shares", "clicks", "hides", "hide_all",
		"spam_reports", "unlikes"}
	commentsHeader = []string{"platform", "account", "comment_id", "post_id", "parent_id", "author_id",
		"author_name", "from_brand", "created_at", "text", "hidden", "agent"}
	dailyHeader = []string{"platform", "account", "date", "followers", "follows", "unfollows", "hides",
		"hide_all", "spam_reports", "impressions"}
)

// Generate returns the demo files (README.md, comments.csv, daily.csv,
// posts.csv), sorted by name. It returns the same bytes on every call.
func Generate() ([]File, error) {
	g := build()
	posts, badPost, err := g.writePosts()
	if err != nil {
		return nil, fmt.Errorf("write posts.csv: %w", err)
	}
	comments, badComment, err := g.writeComments()
	if err != nil {
		return nil, fmt.Errorf("write comments.csv: %w", err)
	}
	daily, err := g.writeDaily()
	if err != nil {
		return nil, fmt.Errorf("write daily.csv: %w", err)
	}
	files := []File{
		{Name: "posts.csv", Data: posts},
		{Name: "comments.csv", Data: comments},
		{Name: "daily.csv", Data: daily},
		{Name: "README.md", Data: g.readme(badPost, badComment)},
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Name < files[j].Name })
	return files, nil
}

// table writes CSV rows and knows the physical line each row starts on.
type table struct {
	buf   bytes.Buffer
	w     *csv.Writer
	lines int // physical lines written so far
}

func newTable(header []string) (*table, error) {
	t := &table{}
	t.w = csv.NewWriter(&t.buf)
	if _, err := t.write(header); err != nil {
		return nil, err
	}
	return t, nil
}

// write writes a row and returns the 1-based line it starts on.
func (t *table) write(row []string) (int, error) {
	line := t.lines + 1
	before := t.buf.Len()
	if err := t.w.Write(row); err != nil {
		return 0, err
	}
	t.w.Flush()
	if err := t.w.Error(); err != nil {
		return 0, err
	}
	t.lines += bytes.Count(t.buf.Bytes()[before:], []byte("\n"))
	return line, nil
}

func cell(n int) string {
	if n < 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func (p *post) permalink() string {
	switch p.platform {
	case "facebook":
		return "https://facebook." + brandSite + "/maisonbrindille/posts/" + p.id
	case "instagram":
		return "https://instagram." + brandSite + "/p/" + p.id
	case "x":
		return "https://x." + brandSite + "/MaisonBrindille/status/" + p.id
	}
	return "https://linkedin." + brandSite + "/feed/update/" + p.id
}

func (p *post) time() string {
	if p.platform == "x" {
		return formatUTC(p.at)
	}
	return formatTime(p.at)
}

// badRow locates a deliberately malformed row.
type badRow struct {
	line   int
	column string
	value  string
}

func (g *demo) writePosts() ([]byte, badRow, error) {
	t, err := newTable(postsHeader)
	if err != nil {
		return nil, badRow{}, err
	}
	// The malformed row: a LinkedIn post whose export says "n/a" for its
	// impressions. It is an extra post, so the real figures do not depend on
	// it.
	bad := &post{platform: "linkedin", at: paris(2026, 7, 8, 11, 15), typ: "article",
		id:   "urn:li:activity:7300000000099999999",
		text: "We are hiring: customer care lead (Paris or remote).", impressions: 0, reach: -1,
		reactions: 41, shares: 9, clicks: 130, hides: -1, hideAll: -1, spam: -1, unlikes: -1,
		badImpressions: "n/a"}
	posts := append([]*post(nil), g.posts...)
	i := sort.Search(len(posts), func(i int) bool { return posts[i].at.After(bad.at) })
	posts = append(posts[:i], append([]*post{bad}, posts[i:]...)...)
	var br badRow
	for _, p := range posts {
		imp := cell(p.impressions)
		if p.badImpressions != "" {
			imp = p.badImpressions
		}
		line, err := t.write([]string{p.platform, accounts[p.platform].account, p.id, p.time(), p.typ, p.text,
			p.permalink(), imp, cell(p.reach), cell(p.reactions), cell(p.comments), cell(p.shares),
			cell(p.clicks), cell(p.hides), cell(p.hideAll), cell(p.spam), cell(p.unlikes)})
		if err != nil {
			return nil, badRow{}, err
		}
		if p == bad {
			br = badRow{line: line, column: "impressions", value: bad.badImpressions}
		}
	}
	return t.buf.Bytes(), br, nil
}

func (g *demo) writeComments() ([]byte, badRow, error) {
	t, err := newTable(commentsHeader)
	if err != nil {
		return nil, badRow{}, err
	}
	// The malformed row: a customer comment whose export gave it an
	// impossible date, placed among the comments of early March.
	first := g.byPlat["facebook"][0]
	bad := &comment{platform: "facebook", post: first, who: g.people[17], id: "fbc_299999",
		text: "First order arrived today, lovely packaging!", badTime: "2026-02-30T10:00:00+01:00"}
	bad.top = bad
	comments := append([]*comment(nil), g.comments...)
	cut := paris(2026, 3, 3, 0, 0)
	i := sort.Search(len(comments), func(i int) bool { return !comments[i].at.Before(cut) })
	comments = append(comments[:i], append([]*comment{bad}, comments[i:]...)...)
	var br badRow
	for k, c := range comments {
		row := g.commentRow(c, k)
		line, err := t.write(row)
		if err != nil {
			return nil, badRow{}, err
		}
		if c == bad {
			br = badRow{line: line, column: "created_at", value: c.badTime}
		}
	}
	return t.buf.Bytes(), br, nil
}

// commentRow formats a comment. Facebook and X say who is the brand;
// Instagram and LinkedIn leave from_brand empty, so --brand decides there.
// The agent column names who wrote a brand reply, where the inbox tool
// knows it.
// k varies the rows where the brand's name is spelt differently.
func (g *demo) commentRow(c *comment, k int) []string {
	acct := accounts[c.platform]
	var postID, parentID string
	if c.post != nil {
		postID = c.post.id
	}
	if c.parent != nil {
		parentID = c.parent.id
	}
	authorID, authorName := acct.authorID, brandName
	if !c.brand {
		authorID, authorName = c.who.handle(c.platform), c.who.displayName(c.platform)
	}
	fromBrand := strconv.FormatBool(c.brand)
	if c.platform == "instagram" || c.platform == "linkedin" {
		fromBrand = ""
	}
	created := formatTime(c.at)
	if c.platform == "x" {
		created = formatUTC(c.at)
	}
	if c.badTime != "" {
		created = c.badTime
	}
	hidden := ""
	if c.platform == "facebook" || c.platform == "instagram" {
		hidden = strconv.FormatBool(c.hidden)
	}
	return []string{c.platform, acct.account, c.id, postID, parentID, authorID, authorName, fromBrand,
		created, c.text, hidden, c.agent}
}

func (g *demo) writeDaily() ([]byte, error) {
	t, err := newTable(dailyHeader)
	if err != nil {
		return nil, err
	}
	for _, x := range g.daily {
		if _, err := t.write([]string{x.platform, accounts[x.platform].account, day(x.day).Format("2006-01-02"),
			cell(x.followers), cell(x.follows), cell(x.unfollows), cell(x.hides), cell(x.hideAll),
			cell(x.spam), cell(x.impressions)}); err != nil {
			return nil, err
		}
	}
	return t.buf.Bytes(), nil
}

// per1000 formats num/den*1000 with two decimals, in integers.
func per1000(num, den int) string {
	if den == 0 {
		return "n/a"
	}
	v := (num*100000 + den/2) / den
	return strconv.Itoa(v/100) + "." + fmt.Sprintf("%02d", v%100)
}
