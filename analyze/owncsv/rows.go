package owncsv

import (
	"slices"
	"strings"

	"github.com/socialaudit/socialaudit/analyze"
)

// The row structs hold cells as text: gocsv only places them, and the strict
// parsers of this package read them, so that every error names its column.

type postRow struct {
	Platform    string `csv:"platform"`
	Account     string `csv:"account"`
	PostID      string `csv:"post_id"`
	PublishedAt string `csv:"published_at"`
	Type        string `csv:"type"`
	Text        string `csv:"text"`
	Permalink   string `csv:"permalink"`
	Impressions string `csv:"impressions"`
	Reach       string `csv:"reach"`
	Reactions   string `csv:"reactions"`
	Comments    string `csv:"comments"`
	Shares      string `csv:"shares"`
	Clicks      string `csv:"clicks"`
	Hides       string `csv:"hides"`
	HideAll     string `csv:"hide_all"`
	SpamReports string `csv:"spam_reports"`
	Unlikes     string `csv:"unlikes"`
}

type commentRow struct {
	Platform   string `csv:"platform"`
	Account    string `csv:"account"`
	CommentID  string `csv:"comment_id"`
	PostID     string `csv:"post_id"`
	ParentID   string `csv:"parent_id"`
	AuthorID   string `csv:"author_id"`
	AuthorName string `csv:"author_name"`
	FromBrand  string `csv:"from_brand"`
	CreatedAt  string `csv:"created_at"`
	Text       string `csv:"text"`
	Hidden     string `csv:"hidden"`
	Agent      string `csv:"agent"`
}

type dailyRow struct {
	Platform    string `csv:"platform"`
	Account     string `csv:"account"`
	Date        string `csv:"date"`
	Followers   string `csv:"followers"`
	Follows     string `csv:"follows"`
	Unfollows   string `csv:"unfollows"`
	Hides       string `csv:"hides"`
	HideAll     string `csv:"hide_all"`
	SpamReports string `csv:"spam_reports"`
	Impressions string `csv:"impressions"`
}

func (f *file) post(r *postRow, line int) *cellError {
	c := cells{f: f}
	p := analyze.Post{
		Platform:  c.platform(r.Platform),
		Account:   c.account(r.Account),
		ID:        c.required("post_id", r.PostID),
		Published: c.time("published_at", c.required("published_at", r.PublishedAt)),
		Type:      c.str("type", r.Type),
		Text:      c.text("text", r.Text),
		Permalink: c.str("permalink", r.Permalink),

		Impressions: c.count("impressions", r.Impressions),
		Reach:       c.count("reach", r.Reach),
		Reactions:   c.count("reactions", r.Reactions),
		Comments:    c.count("comments", r.Comments),
		Shares:      c.count("shares", r.Shares),
		Clicks:      c.count("clicks", r.Clicks),
		Hides:       c.count("hides", r.Hides),
		HideAll:     c.count("hide_all", r.HideAll),
		SpamReports: c.count("spam_reports", r.SpamReports),
		Unlikes:     c.count("unlikes", r.Unlikes),

		Source: analyze.Source{File: f.name, Line: line},
	}
	if c.err != nil {
		return c.err
	}
	f.long.Post(&p) // before its strings make a key: see importer.LongTexts
	p.IsReply = isReply(p.Platform, p.Type, p.Text)
	d := f.d
	key := postKey{p.Platform, p.Account, p.ID}
	if i, ok := d.posts[key]; ok {
		return &cellError{column: "post_id", reason: duplicate("post", d.ds.Posts[i].Source)}
	}
	d.posts[key] = len(d.ds.Posts)
	d.ds.Posts = appendDoubling(d.ds.Posts, p)
	return nil
}

// isReply tells a reply from a broadcast post: its type says so, or it is a
// tweet that begins with "@" (METRICS.md, "Broadcast versus conversation").
func isReply(platform, typ, text string) bool {
	if strings.EqualFold(typ, "reply") {
		return true
	}
	return (platform == "x" || platform == "twitter") && strings.HasPrefix(strings.TrimSpace(text), "@")
}

func (f *file) comment(r *commentRow, line int) *cellError {
	c := cells{f: f}
	m := analyze.Comment{
		Platform:   c.platform(r.Platform),
		Account:    c.account(r.Account),
		ID:         c.required("comment_id", r.CommentID),
		PostID:     c.str("post_id", r.PostID),
		ParentID:   c.str("parent_id", r.ParentID),
		AuthorID:   c.str("author_id", r.AuthorID),
		AuthorName: c.str("author_name", r.AuthorName),
		FromBrand:  c.flag("from_brand", r.FromBrand),
		Created:    c.time("created_at", c.required("created_at", r.CreatedAt)),
		Text:       c.text("text", r.Text),
		Hidden:     c.flag("hidden", r.Hidden),
		Agent:      c.str("agent", r.Agent),
		Source:     analyze.Source{File: f.name, Line: line},
	}
	if c.err != nil {
		return c.err
	}
	f.long.Comment(&m) // before its strings make a key: see importer.LongTexts
	d := f.d
	key := commentKey{m.Platform, m.ID}
	if i, ok := d.comments[key]; ok {
		return &cellError{column: "comment_id", reason: duplicate("comment", d.ds.Comments[i].Source)}
	}
	d.comments[key] = len(d.ds.Comments)
	d.ds.Comments = appendDoubling(d.ds.Comments, m)
	return nil
}

func (f *file) day(r *dailyRow, line int) *cellError {
	c := cells{f: f}
	x := analyze.Daily{
		Platform:    c.platform(r.Platform),
		Account:     c.account(r.Account),
		Date:        c.date("date", c.required("date", r.Date)),
		Followers:   c.count("followers", r.Followers),
		Follows:     c.count("follows", r.Follows),
		Unfollows:   c.count("unfollows", r.Unfollows),
		Hides:       c.count("hides", r.Hides),
		HideAll:     c.count("hide_all", r.HideAll),
		SpamReports: c.count("spam_reports", r.SpamReports),
		Impressions: c.count("impressions", r.Impressions),
		Source:      analyze.Source{File: f.name, Line: line},
	}
	if c.err != nil {
		return c.err
	}
	d := f.d
	key := dailyKey{x.Platform, x.Account, x.Date}
	if i, ok := d.daily[key]; ok {
		return &cellError{column: "date", reason: duplicate("day", d.ds.Daily[i].Source)}
	}
	d.daily[key] = len(d.ds.Daily)
	d.ds.Daily = appendDoubling(d.ds.Daily, x)
	return nil
}

// appendDoubling appends v, doubling the capacity when it is full. append
// grows large slices by only a quarter, which for a million 200-byte
// records copies the records about four times over; each copy is one long
// memmove of pointers that the garbage collector has to wait for.
func appendDoubling[T any](s []T, v T) []T {
	if len(s) == cap(s) {
		s = slices.Grow(s, max(len(s), 1024))
	}
	return append(s, v)
}
