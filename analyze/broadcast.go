package analyze

import "time"

// broadcastAcc counts brand posts and brand replies.
type broadcastAcc struct{ posts, replies int }

func (a broadcastAcc) stats(measurable bool, reason string) BroadcastStats {
	s := BroadcastStats{Measurable: measurable, BrandPosts: a.posts}
	if !measurable {
		s.Reason = reason
		return s
	}
	s.BrandReplies = a.replies
	s.BroadcastShare = ratio(a.posts, a.posts+a.replies)
	s.PostsPerReply = ratio(a.posts, a.replies)
	return s
}

// broadcast compares the brand's one-way posts with its replies. Replies can
// be counted only where the data says who wrote the comments (a brand
// comment, or an explicit author flag) or carries reply posts.
func (c *context) broadcast() Broadcast {
	source := map[string]bool{} // platforms whose replies can be counted
	for name := range c.attributable {
		source[name] = true
	}
	for _, p := range c.posts {
		if p.IsReply {
			source[p.Platform] = true
		}
	}
	reason := ReasonNoReplySource
	if len(c.comments) > 0 {
		reason = c.unattributedReason("")
	}

	var all broadcastAcc
	byPlatform := map[string]*broadcastAcc{}
	byMonth := make([]broadcastAcc, len(c.months))
	plat := func(name string) *broadcastAcc {
		a := byPlatform[name]
		if a == nil {
			a = &broadcastAcc{}
			byPlatform[name] = a
		}
		return a
	}
	count := func(platform string, at time.Time, post bool) {
		m := &byMonth[c.monthOf(at)]
		p := plat(platform)
		if post {
			all.posts++
			p.posts++
			m.posts++
		} else {
			all.replies++
			p.replies++
			m.replies++
		}
	}
	for _, p := range c.posts {
		if c.inPeriod(p.Published) {
			count(p.Platform, p.Published, !p.IsReply)
		}
	}
	for i, cm := range c.comments {
		if c.brand[i] && cm.ParentID != "" && c.inPeriod(cm.Created) {
			count(cm.Platform, cm.Created, false)
		}
	}

	measurable := len(source) > 0
	b := Broadcast{BroadcastStats: all.stats(measurable, reason)}
	for _, name := range sortedKeys(byPlatform) {
		b.ByPlatform = append(b.ByPlatform, PlatformBroadcast{
			Platform:       name,
			BroadcastStats: byPlatform[name].stats(source[name], reason),
		})
	}
	for i, month := range c.months {
		b.ByMonth = append(b.ByMonth, MonthBroadcast{Month: month, BroadcastStats: byMonth[i].stats(measurable, reason)})
	}
	return b
}
