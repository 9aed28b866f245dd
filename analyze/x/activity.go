// Package x reads X (Twitter) exports: the legacy Twitter Analytics "tweet
// activity" export (one row per tweet) and customer-support conversation
// exports shaped like Kaggle's twcs.csv.
package x

import (
	"strings"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/analyze/internal/field"
	"github.com/socialaudit/socialaudit/analyze/internal/importer"
	"github.com/socialaudit/socialaudit/analyze/internal/table"
)

// Activity is the Twitter Analytics "tweet activity" export, by tweet
// (analytics.twitter.com, Tweets, Export data, By Tweet): one row per tweet
// of the account, its own replies included. A tweet whose text starts with
// "@" is a reply to someone, so it counts as a brand reply, not as a
// broadcast post. The export says nothing of the tweets it answers, so it
// serves the broadcast ratio, not response times.
var Activity = importer.Format{
	ID:    "x-tweet-activity",
	Name:  "X/Twitter Analytics tweet activity export (by tweet)",
	Kind:  "posts",
	Match: matchActivity,
	Decode: func(f *importer.File) error {
		return decodeActivity(f)
	},
}

var activityRequired = []string{"Tweet id", "Tweet permalink", "Tweet text", "time", "impressions"}

func matchActivity(head []table.Record) importer.Match {
	if len(head) == 0 {
		return importer.Match{}
	}
	return importer.NewHeader(head[0].Fields).Score(activityRequired, "engagements", "replies", "retweets", "likes")
}

func decodeActivity(f *importer.File) error {
	head, err := f.Table.Peek(1)
	if err != nil {
		return err
	}
	h := importer.NewHeader(head[0].Fields)
	col := struct {
		id, link, text, time, impressions, replies, retweets, likes, clicks int
	}{
		id: h.Index("Tweet id"), link: h.Index("Tweet permalink"), text: h.Index("Tweet text"),
		time: h.Index("time"), impressions: h.Index("impressions"), replies: h.Index("replies"),
		retweets: h.Index("retweets"), likes: h.Index("likes", "favorites"), clicks: h.Index("url clicks"),
	}
	f.Columns = h.Names
	return f.Rows(1, func(rec table.Record) *importer.Rejection {
		if r := importer.Width(rec, h.Len()); r != nil {
			return r
		}
		id := strings.TrimSpace(importer.Cell(rec, col.id))
		if id == "" {
			return importer.Rejectf("Tweet id", "required value is empty")
		}
		text := importer.Cell(rec, col.text)
		link := strings.TrimSpace(importer.Cell(rec, col.link))
		p := analyze.Post{
			Platform:  "x",
			Account:   handle(link),
			ID:        id,
			Text:      text,
			Permalink: link,
			Type:      "tweet",
		}
		if strings.HasPrefix(strings.TrimSpace(text), "@") {
			p.IsReply = true
			p.Type = "reply"
		}
		counts := []struct {
			name string
			i    int
			dst  *analyze.Count
		}{
			{"impressions", col.impressions, &p.Impressions},
			{"replies", col.replies, &p.Comments},
			{"retweets", col.retweets, &p.Shares},
			{"likes", col.likes, &p.Reactions},
			{"url clicks", col.clicks, &p.Clicks},
		}
		for _, c := range counts {
			if c.i < 0 {
				continue
			}
			n, err := field.Count(importer.Cell(rec, c.i))
			if err != nil {
				return importer.Rejectf(h.Names[c.i], "%v", err)
			}
			*c.dst = n
		}
		return f.AddPost(p, "time", importer.Cell(rec, col.time), rec.Line)
	})
}

// handle returns the account name in a tweet's permalink
// (https://twitter.com/<handle>/status/<id>), or "".
func handle(link string) string {
	for _, host := range []string{"twitter.com/", "x.com/"} {
		if i := strings.Index(link, host); i >= 0 {
			rest := link[i+len(host):]
			if j := strings.Index(rest, "/status"); j > 0 {
				return rest[:j]
			}
		}
	}
	return ""
}
