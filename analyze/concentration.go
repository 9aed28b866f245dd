package analyze

import "time"

// concentration shares audience, engagement and conversations out between
// the platforms (see Concentration).
func (c *context) concentration() Concentration {
	platforms := c.platforms()

	// Followers: the latest known count of the period of each account.
	type accountKey struct{ platform, account string }
	type latest struct {
		day time.Time
		n   int64
	}
	last := map[accountKey]latest{}
	for _, d := range c.daily {
		start := c.dayStart(d.Date)
		if !d.Followers.Known || !c.inPeriod(start) {
			continue
		}
		k := accountKey{d.Platform, d.Account}
		if l, ok := last[k]; !ok || start.After(l.day) {
			last[k] = latest{start, d.Followers.Value}
		}
	}
	followers := map[string]Count{}
	for k, l := range last {
		followers[k.platform] = followers[k.platform].Add(KnownCount(l.n))
	}

	impressions, engagement := map[string]Count{}, map[string]Count{}
	for _, p := range c.posts {
		if !c.inPeriod(p.Published) {
			continue
		}
		impressions[p.Platform] = impressions[p.Platform].Add(p.Impressions)
		engagement[p.Platform] = engagement[p.Platform].Add(p.Reactions).Add(p.Comments).Add(p.Shares)
	}

	// Conversations: known on the platforms with comment records, unless
	// their export withheld the authors (nobody can tell the customers').
	conversations := map[string]Count{}
	verdicts := c.verdicts()
	for i, cm := range c.comments {
		if c.withheld[cm.Platform] && !c.attributable[cm.Platform] {
			continue
		}
		n := int64(0)
		if verdicts[i].judged {
			n = 1
		}
		conversations[cm.Platform] = conversations[cm.Platform].Add(KnownCount(n))
	}

	out := Concentration{
		Audience:      shareOut(platforms, followers, BasisFollowers),
		Engagement:    shareOut(platforms, engagement, BasisEngagement),
		Conversations: shareOut(platforms, conversations, BasisConversations),
	}
	if !out.Audience.Measurable && out.Audience.Reason == ReasonUnknownForPlatforms {
		byImpressions := shareOut(platforms, impressions, BasisImpressions)
		if byImpressions.Measurable || byImpressions.Reason == ReasonZeroTotal {
			out.Audience = byImpressions
		} else {
			out.Audience.FallbackMissing = byImpressions.Missing
		}
	}
	return out
}

// shareOut computes the shares of a measure and their HHI over the
// platforms; values holds the known values.
func shareOut(platforms []string, values map[string]Count, basis string) ConcentrationMeasure {
	m := ConcentrationMeasure{Basis: basis}
	for _, p := range platforms {
		v := values[p]
		if !v.Known {
			m.Missing = append(m.Missing, p)
			continue
		}
		m.Total += v.Value
	}
	switch {
	case len(m.Missing) > 0:
		m.Reason = ReasonUnknownForPlatforms
		m.Total = 0
		return m
	case m.Total == 0:
		m.Reason = ReasonZeroTotal
		return m
	}
	m.Measurable = true
	var hhi, best float64
	for _, p := range platforms {
		v := values[p].Value
		share := float64(v) / float64(m.Total)
		m.Shares = append(m.Shares, PlatformShare{Platform: p, Value: v, Share: share})
		hhi += share * share
		if share > best {
			best, m.Leader = share, p
		}
	}
	m.HHI = &hhi
	return m
}
