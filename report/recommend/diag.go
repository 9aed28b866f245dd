package recommend

import (
	"github.com/socialaudit/socialaudit/analyze"
)

// The recommendations of the diagnostics (analyze.Diagnostics). Each check
// fires on a threshold of Thresholds; what a canned reply, a campaign or a
// crisis is comes from the analysis rules (Diagnostics.Options). The
// choices a check and its text share (which crisis is the worst, which
// agents are compared...) are made once, by the functions below, for both.

// cannedReplies fires when the share of canned replies is above
// t.CannedShare.
func cannedReplies(res *analyze.Results, t Thresholds) (trigger, error) {
	c := &res.Diagnostics.Canned
	share, ok := rate(c.Share)
	if !c.Measurable || !ok || len(c.Top) == 0 || share <= t.CannedShare {
		return trigger{}, nil
	}
	return trigger{file: "canned-replies", severity: Warning}, nil
}

// campaignSilence fires when at least t.SilencedCampaigns campaigns were
// followed by silence.
func campaignSilence(res *analyze.Results, t Thresholds) (trigger, error) {
	c := &res.Diagnostics.Cadence
	if !c.Measurable || c.Silenced == 0 || c.Silenced < t.SilencedCampaigns {
		return trigger{}, nil
	}
	return trigger{file: "campaign-silence", severity: Warning}, nil
}

// crisisGap says how the answers of crisis days fall behind those of the
// other days: by rate (t.CrisisRateGap points or more below) and by median
// (more than t.CrisisMedianFactor times as long). Both false when there is
// no crisis.
func crisisGap(c *analyze.Crises, t Thresholds) (byRate, byMedian bool) {
	if !c.Measurable || len(c.Crises) == 0 {
		return false, false
	}
	in, out := &c.CrisisDays, &c.NormalDays
	crisisRate, crisisOK := rate(in.ResponseRate)
	normalRate, normalOK := rate(out.ResponseRate)
	byRate = in.Measurable && out.Measurable && crisisOK && normalOK &&
		normalRate-crisisRate >= t.CrisisRateGap-epsilon
	cm, nm := in.FirstResponse.Median, out.FirstResponse.Median
	byMedian = in.Measurable && out.Measurable && cm != nil && nm != nil && *nm > 0 &&
		float64(*cm) > t.CrisisMedianFactor*float64(*nm)
	return byRate, byMedian
}

// crisisResponse fires when there was at least one crisis and crisis days
// got fewer or slower answers than the other days.
func crisisResponse(res *analyze.Results, t Thresholds) (trigger, error) {
	byRate, byMedian := crisisGap(&res.Diagnostics.Crises, t)
	if !byRate && !byMedian {
		return trigger{}, nil
	}
	return trigger{file: "crisis-response", severity: Warning, edit: func(v *view) {
		v.Crises.ByRate, v.Crises.ByMedian = byRate, byMedian
	}}, nil
}

// worstCrisis is the crisis with the most customer comments; ties (and
// crises of negative feedback alone) go to the most negative feedback,
// then to the earliest. Nil when there is none.
func worstCrisis(c *analyze.Crises) *analyze.Crisis {
	var worst *analyze.Crisis
	for i := range c.Crises {
		cr := &c.Crises[i]
		switch {
		case worst == nil,
			cr.CustomerComments > worst.CustomerComments,
			cr.CustomerComments == worst.CustomerComments && cr.Feedback.Value > worst.Feedback.Value:
			worst = cr
		}
	}
	return worst
}

// postingPushback fires when the weeks with more posts are those with more
// negative feedback: a positive rank correlation of at least the moderate
// strength of the analysis rules.
func postingPushback(res *analyze.Results, _ Thresholds) (trigger, error) {
	p := &res.Diagnostics.Pushback
	moderate := res.Diagnostics.Options.WithDefaults().Pushback.Moderate
	if !p.Measurable || p.Rho == nil || p.Direction != analyze.DirectionPositive || *p.Rho < moderate {
		return trigger{}, nil
	}
	return trigger{file: "posting-pushback", severity: Warning}, nil
}

// clickOnly fires when click-only posts make up at least t.ClickOnlyShare
// of the posts with clicks.
func clickOnly(res *analyze.Results, t Thresholds) (trigger, error) {
	c := &res.Diagnostics.Clicks
	if !c.Measurable || c.Posts == 0 || c.ClickOnly == 0 ||
		float64(c.ClickOnly)/float64(c.Posts) < t.ClickOnlyShare-epsilon {
		return trigger{}, nil
	}
	return trigger{file: "click-only", severity: Warning}, nil
}

// minTypePosts is how many posts a post type needs before the click-only
// recommendation names it as the type that converts clicks best or worst.
const minTypePosts = 3

// clickTypes returns the post types, among those with at least
// minTypePosts posts and a click, that start the fewest and the most
// conversations per 100 clicks (ties: the first by type); both nil when
// fewer than two types qualify, or when they all convert alike.
func clickTypes(c *analyze.Clicks) (worst, best *analyze.TypeClicks) {
	n := 0
	for i := range c.ByType {
		tc := &c.ByType[i]
		if tc.Posts < minTypePosts || tc.ConversationsPer100Clicks == nil {
			continue
		}
		n++
		if worst == nil || *tc.ConversationsPer100Clicks < *worst.ConversationsPer100Clicks {
			worst = tc
		}
		if best == nil || *tc.ConversationsPer100Clicks > *best.ConversationsPer100Clicks {
			best = tc
		}
	}
	if n < 2 || *worst.ConversationsPer100Clicks == *best.ConversationsPer100Clicks {
		return nil, nil
	}
	return worst, best
}

// neverAnsweredRegulars fires when at least t.NeverAnswered regulars were
// never answered.
func neverAnsweredRegulars(res *analyze.Results, t Thresholds) (trigger, error) {
	m := &res.Diagnostics.Members
	if !m.Measurable || !m.Answers || m.NeverAnswered == 0 || m.NeverAnswered < t.NeverAnswered {
		return trigger{}, nil
	}
	return trigger{file: "never-answered-regulars", severity: Warning}, nil
}

// concentrationMeasures are the measures of Concentration with their codes,
// in the order the texts give them.
func concentrationMeasures(c *analyze.Concentration) []struct {
	code string
	m    *analyze.ConcentrationMeasure
} {
	return []struct {
		code string
		m    *analyze.ConcentrationMeasure
	}{{"audience", &c.Audience}, {"engagement", &c.Engagement}, {"conversations", &c.Conversations}}
}

// leaderShare returns the share of a measure's leader, when the measure is
// measurable over at least two platforms.
func leaderShare(m *analyze.ConcentrationMeasure) (float64, bool) {
	if !m.Measurable || len(m.Shares) < 2 || m.Leader == "" {
		return 0, false
	}
	for _, s := range m.Shares {
		if s.Platform == m.Leader {
			return s.Share, true
		}
	}
	return 0, false
}

// concentratedMeasure returns the index (in concentrationMeasures) of the
// measure whose leader holds the largest share above t.LeaderShare; -1
// when none does.
func concentratedMeasure(c *analyze.Concentration, t Thresholds) int {
	pick, best := -1, 0.0
	for i, x := range concentrationMeasures(c) {
		share, ok := leaderShare(x.m)
		if ok && share > t.LeaderShare && share > best {
			pick, best = i, share
		}
	}
	return pick
}

// onePlatform fires when, with at least two platforms, one of them holds
// more than t.LeaderShare of the audience, the engagement or the
// conversations.
func onePlatform(res *analyze.Results, t Thresholds) (trigger, error) {
	if concentratedMeasure(&res.Diagnostics.Concentration, t) < 0 {
		return trigger{}, nil
	}
	return trigger{file: "one-platform", severity: Info}, nil
}

// agentSpeed returns the fastest and the slowest agents by median first
// response, among those with at least t.AgentMinResponses first responses,
// and whether the slowest's median is more than t.AgentMedianFactor times
// the fastest's. Nil when fewer than two agents qualify.
func agentSpeed(a *analyze.Agents, t Thresholds) (fast, slow *analyze.AgentStats, slower bool) {
	n := 0
	for i := range a.ByAgent {
		s := &a.ByAgent[i]
		if s.FirstResponse.N < t.AgentMinResponses || s.FirstResponse.Median == nil {
			continue
		}
		n++
		if fast == nil || *s.FirstResponse.Median < *fast.FirstResponse.Median {
			fast = s
		}
		if slow == nil || *s.FirstResponse.Median > *slow.FirstResponse.Median {
			slow = s
		}
	}
	if n < 2 {
		return nil, nil, false
	}
	f, s := *fast.FirstResponse.Median, *slow.FirstResponse.Median
	return fast, slow, f > 0 && float64(s) > t.AgentMedianFactor*float64(f)
}

// topAgentShare returns the share of the agent with the most replies.
func topAgentShare(a *analyze.Agents) (float64, bool) {
	if !a.Measurable || len(a.ByAgent) == 0 {
		return 0, false
	}
	return rate(a.ByAgent[0].Share)
}

// agents fires when one agent writes more than t.AgentShare of the replies
// that name an agent, or when the slowest agent's median first response is
// more than t.AgentMedianFactor times the fastest's.
func agents(res *analyze.Results, t Thresholds) (trigger, error) {
	a := &res.Diagnostics.Agents
	if !a.Measurable {
		return trigger{}, nil
	}
	share, ok := topAgentShare(a)
	byShare := ok && share > t.AgentShare
	_, _, bySpeed := agentSpeed(a, t)
	if !byShare && !bySpeed {
		return trigger{}, nil
	}
	return trigger{file: "agents", severity: Info, edit: func(v *view) {
		v.Agents.ByShare, v.Agents.BySpeed = byShare, bySpeed
	}}, nil
}
