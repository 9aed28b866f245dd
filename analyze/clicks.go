package analyze

import (
	"sort"
	"strings"
)

// clicks sets each post's clicks against the conversation it started (see
// Clicks).
func (c *context) clicks() Clicks {
	opts := c.diag.Clicks

	// Comment records per post, by side; and the platforms that have any.
	type sides struct{ customer, brand int64 }
	onPost := map[threadKey]*sides{}
	withComments := map[string]bool{}
	for _, p := range c.posts {
		if !p.IsReply && p.Clicks.Known && c.inPeriod(p.Published) {
			onPost[threadKey{p.Platform, p.ID}] = &sides{}
		}
	}
	if len(onPost) == 0 {
		return Clicks{Reason: ReasonNoClicks}
	}
	for i, cm := range c.comments {
		withComments[cm.Platform] = true
		if cm.PostID == "" {
			continue
		}
		s := onPost[threadKey{cm.Platform, cm.PostID}]
		switch {
		case s == nil:
		case c.brand[i]:
			s.brand++
		case !cm.AuthorWithheld:
			s.customer++
		}
	}

	var out Clicks
	for _, p := range c.posts {
		s := onPost[threadKey{p.Platform, p.ID}]
		if p.IsReply || !p.Clicks.Known || !c.inPeriod(p.Published) || s == nil {
			continue
		}
		pc := PostClicks{Post: *p, Clicks: p.Clicks.Value, Comments: p.Comments, Shares: p.Shares}
		if withComments[p.Platform] {
			pc.CustomerReplies, pc.BrandReplies = KnownCount(s.customer), KnownCount(s.brand)
			if !pc.Comments.Known {
				pc.Comments = pc.CustomerReplies
			}
		}
		conv := pc.Comments.Add(pc.Shares)
		if !conv.Known {
			continue
		}
		pc.Conversation = conv.Value
		out.All = append(out.All, pc)
	}
	out.Posts = len(out.All)
	switch {
	case out.Posts == 0:
		out.Reason = ReasonNoClicks
		out.All = nil
		return out
	case out.Posts < opts.MinPosts:
		out.Reason = ReasonTooFewPosts
		out.All = nil
		return out
	}
	out.Measurable = true
	sort.Slice(out.All, func(i, j int) bool { return postBefore(&out.All[i].Post, &out.All[j].Post) })

	clicks := make([]int64, out.Posts)
	convs := make([]int64, out.Posts)
	for i, pc := range out.All {
		clicks[i], convs[i] = pc.Clicks, pc.Conversation
		out.TotalClicks += pc.Clicks
		out.TotalConversation += pc.Conversation
	}
	out.ClicksHigh = percentileInt64(clicks, opts.HighPercentile)
	out.ClicksLow = percentileInt64(clicks, opts.LowPercentile)
	out.ConversationHigh = percentileInt64(convs, opts.HighPercentile)
	out.ConversationLow = percentileInt64(convs, opts.LowPercentile)
	out.ConversationsPer100Clicks = per100(out.TotalConversation, out.TotalClicks)

	type typeAcc struct {
		clicks, convs, comments, shares []int64
		clickOnly, starters             int
	}
	byType := map[string]*typeAcc{}
	for i := range out.All {
		pc := &out.All[i]
		highClicks := pc.Clicks >= out.ClicksHigh && pc.Clicks > out.ClicksLow
		lowConv := pc.Conversation <= out.ConversationLow && pc.Conversation < out.ConversationHigh
		pc.ClickOnly = highClicks && lowConv
		pc.Starter = pc.Conversation >= out.ConversationHigh && pc.Conversation > out.ConversationLow
		typ := strings.ToLower(strings.TrimSpace(pc.Post.Type))
		t := byType[typ]
		if t == nil {
			t = &typeAcc{}
			byType[typ] = t
		}
		t.clicks = append(t.clicks, pc.Clicks)
		t.convs = append(t.convs, pc.Conversation)
		if pc.Comments.Known {
			t.comments = append(t.comments, pc.Comments.Value)
		}
		if pc.Shares.Known {
			t.shares = append(t.shares, pc.Shares.Value)
		}
		if pc.ClickOnly {
			out.ClickOnly++
			t.clickOnly++
			out.TopClickOnly = append(out.TopClickOnly, *pc)
		}
		if pc.Starter {
			out.Starters++
			t.starters++
			out.TopStarters = append(out.TopStarters, *pc)
		}
	}
	for _, name := range sortedKeys(byType) {
		t := byType[name]
		var sumClicks, sumConv int64
		for i := range t.clicks {
			sumClicks += t.clicks[i]
			sumConv += t.convs[i]
		}
		tc := TypeClicks{
			Type:                      name,
			Posts:                     len(t.clicks),
			MedianClicks:              medianInt64(t.clicks),
			MedianConversation:        medianInt64(t.convs),
			ClickOnly:                 t.clickOnly,
			Starters:                  t.starters,
			ConversationsPer100Clicks: per100(sumConv, sumClicks),
		}
		if len(t.comments) > 0 {
			m := medianInt64(t.comments)
			tc.MedianComments = &m
		}
		if len(t.shares) > 0 {
			m := medianInt64(t.shares)
			tc.MedianShares = &m
		}
		out.ByType = append(out.ByType, tc)
	}
	sort.SliceStable(out.TopClickOnly, func(i, j int) bool {
		a, b := &out.TopClickOnly[i], &out.TopClickOnly[j]
		if a.Clicks != b.Clicks {
			return a.Clicks > b.Clicks
		}
		return a.Conversation < b.Conversation
	})
	sort.SliceStable(out.TopStarters, func(i, j int) bool {
		a, b := &out.TopStarters[i], &out.TopStarters[j]
		if a.Conversation != b.Conversation {
			return a.Conversation > b.Conversation
		}
		return a.Clicks < b.Clicks
	})
	// Stable sorts of a list in publication order: ties stay in it.
	out.TopClickOnly = capped(out.TopClickOnly, opts.Top)
	out.TopStarters = capped(out.TopStarters, opts.Top)
	return out
}

func capped[T any](s []T, n int) []T {
	if len(s) > n {
		return s[:n:n]
	}
	return s
}

// per100 is num/den x 100, nil when den is 0.
func per100(num, den int64) *float64 {
	if den == 0 {
		return nil
	}
	r := float64(num) / float64(den) * 100
	return &r
}

// postBefore orders posts by publication time, then platform, account and
// id: a unique key.
func postBefore(a, b *Post) bool {
	switch {
	case !a.Published.Equal(b.Published):
		return a.Published.Before(b.Published)
	case a.Platform != b.Platform:
		return a.Platform < b.Platform
	case a.Account != b.Account:
		return a.Account < b.Account
	}
	return a.ID < b.ID
}
