package analyze

import (
	"sort"
	"strings"
	"time"
)

// agents counts each agent's replies and first responses (see Agents).
func (c *context) agents() Agents {
	var out Agents
	if !c.anyBrand {
		out.Reason = c.unattributedReason("")
		return out
	}

	type acc struct {
		name    string // as first written
		replies int
		firsts  []time.Duration
		first   int // index of the reply the name was taken from
	}
	byKey := map[string]*acc{}
	// byRaw finds an agent by the name as written, to lower-case each
	// spelling once rather than once per reply.
	byRaw := map[string]*acc{}
	var unnamed acc
	get := func(i int) *acc {
		raw := c.comments[i].Agent
		a := byRaw[raw]
		if a == nil {
			agent := strings.TrimSpace(raw)
			if agent == "" {
				return &unnamed
			}
			k := strings.ToLower(agent)
			a = byKey[k]
			if a == nil {
				a = &acc{name: agent, first: i}
				byKey[k] = a
			}
			byRaw[raw] = a
		}
		agent := strings.TrimSpace(raw)
		// The spelling of the earliest reply (ties: the first in the data).
		if c.comments[i].Created.Before(c.comments[a.first].Created) {
			a.name, a.first = agent, i
		}
		return a
	}
	for i, cm := range c.comments {
		if c.brand[i] && cm.ParentID != "" && c.inPeriod(cm.Created) {
			out.Replies++
			get(i).replies++
		}
	}
	out.Named = out.Replies - unnamed.replies
	switch {
	case out.Replies == 0:
		out.Reason = ReasonNoReplies
		return out
	case out.Named == 0:
		out.Reason = ReasonNoAgent
		return out
	}
	out.Measurable = true

	verdicts := c.verdicts()
	for _, v := range verdicts {
		if v.judged && v.status == statusAnswered {
			a := get(v.by)
			a.firsts = append(a.firsts, v.first)
		}
	}
	for _, a := range byKey {
		out.ByAgent = append(out.ByAgent, AgentStats{
			Agent:         a.name,
			Replies:       a.replies,
			Share:         ratio(a.replies, out.Named),
			FirstResponse: Durations(a.firsts),
		})
	}
	sort.Slice(out.ByAgent, func(i, j int) bool {
		a, b := &out.ByAgent[i], &out.ByAgent[j]
		if a.Replies != b.Replies {
			return a.Replies > b.Replies
		}
		ka, kb := strings.ToLower(a.Agent), strings.ToLower(b.Agent)
		if ka != kb {
			return ka < kb
		}
		return a.Agent < b.Agent
	})
	out.Unnamed = AgentStats{Replies: unnamed.replies, FirstResponse: Durations(unnamed.firsts)}
	return out
}
