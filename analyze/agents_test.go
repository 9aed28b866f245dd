package analyze

import (
	"testing"
	"time"
)

// agentsDataset: brand "acme"; agents as an inbox tool names them.
//
//	c1 10:00  b1 Léa 10:30 (first, 30 min), b1b Tom 11:00 (later)
//	c2 11:00  b2 "LÉA " 13:00 (2 h)                 -> the same agent as Léa
//	c3 12:00  b3 Tom 12:10 (10 min)
//	c4 09:00  b4 no agent 10:00 (1 h)                -> unnamed
//	c5 08:00  never answered
//	c6 14:00  b6a Tom and b6b Léa both at 14:20: the first in the data,
//	          Tom's, is the first answer (20 min)
//
// Replies 7 (b1 b1b b2 b3 b4 b6a b6b), named 6. Léa: b1 b2 b6b = 3;
// Tom: b1b b3 b6a = 3; a tie, so by name: Léa, Tom. Shares 3/6 each.
// First responses: Léa c1 30 min, c2 2 h -> median (1st of 2) 30 min;
// Tom c3 10 min, c6 20 min -> 10 min; unnamed c4 1 h.
func agentsDataset(t *testing.T) *Dataset {
	by := func(id, parent, at, agent string) Comment {
		c := brandReply(t, id, parent, at)
		c.Agent = agent
		return c
	}
	return &Dataset{Comments: []Comment{
		cust(t, "c1", "", "2026-03-02T10:00:00Z", ""),
		cust(t, "c2", "", "2026-03-02T11:00:00Z", ""),
		cust(t, "c3", "", "2026-03-02T12:00:00Z", ""),
		cust(t, "c4", "", "2026-03-02T09:00:00Z", ""),
		cust(t, "c5", "", "2026-03-02T08:00:00Z", ""),
		cust(t, "c6", "", "2026-03-02T14:00:00Z", ""),
		by("b2", "c2", "2026-03-02T13:00:00Z", "LÉA "),
		by("b1", "c1", "2026-03-02T10:30:00Z", "Léa"),
		by("b1b", "c1", "2026-03-02T11:00:00Z", "Tom"),
		by("b3", "c3", "2026-03-02T12:10:00Z", "Tom"),
		by("b4", "c4", "2026-03-02T10:00:00Z", ""),
		by("b6a", "c6", "2026-03-02T14:20:00Z", "Tom"),
		by("b6b", "c6", "2026-03-02T14:20:00Z", "Léa"),
		// Later than the SLA after c5, so c5 is unanswered, not pending.
		cust(t, "late", "", "2026-03-04T10:00:00Z", ""),
	}}
}

func TestAgents(t *testing.T) {
	ag := mustRun(t, agentsDataset(t), Options{Brand: []string{"acme"}}).Diagnostics.Agents
	if !ag.Measurable || ag.Replies != 7 || ag.Named != 6 || len(ag.ByAgent) != 2 {
		t.Fatalf("measurable %v (%s) replies %d named %d agents %+v", ag.Measurable, ag.Reason, ag.Replies, ag.Named, ag.ByAgent)
	}
	check := func(s AgentStats, agent string, replies, n int, median time.Duration) {
		t.Helper()
		if s.Agent != agent || s.Replies != replies || s.FirstResponse.N != n {
			t.Errorf("%+v, want %s %d replies %d first responses", s, agent, replies, n)
		}
		eqDur(t, agent+" median", s.FirstResponse.Median, median)
	}
	// "Léa" as first written (b1, 10:30), not "LÉA " (b2, 13:00).
	check(ag.ByAgent[0], "Léa", 3, 2, 30*time.Minute)
	check(ag.ByAgent[1], "Tom", 3, 2, 10*time.Minute)
	check(ag.Unnamed, "", 1, 1, time.Hour)
	eqRate(t, "Léa's share", ag.ByAgent[0].Share, f(0.5))
	if ag.Unnamed.Share != nil {
		t.Errorf("unnamed share %v", *ag.Unnamed.Share)
	}
}

func TestAgentsNotMeasurable(t *testing.T) {
	ds := agentsDataset(t)
	for i := range ds.Comments {
		ds.Comments[i].Agent = ""
	}
	if ag := mustRun(t, ds, Options{Brand: []string{"acme"}}).Diagnostics.Agents; ag.Measurable || ag.Reason != ReasonNoAgent || ag.Replies != 7 || ag.ByAgent != nil {
		t.Errorf("no agent: %+v", ag)
	}
	if ag := mustRun(t, agentsDataset(t), Options{}).Diagnostics.Agents; ag.Measurable || ag.Reason != ReasonNoBrandComments {
		t.Errorf("no brand: %+v", ag)
	}
	ds = &Dataset{Comments: []Comment{brandReply(t, "b", "", "2026-03-02T10:00:00Z")}}
	if ag := mustRun(t, ds, Options{Brand: []string{"acme"}}).Diagnostics.Agents; ag.Measurable || ag.Reason != ReasonNoReplies {
		t.Errorf("no replies: %+v", ag)
	}
	// An agent named on a customer's comment means nothing.
	ds = agentsDataset(t)
	for i := range ds.Comments {
		ds.Comments[i].Agent = ""
	}
	ds.Comments[0].Agent = "Léa"
	if ag := mustRun(t, ds, Options{Brand: []string{"acme"}}).Diagnostics.Agents; ag.Measurable || ag.Reason != ReasonNoAgent {
		t.Errorf("agent on a customer comment: %+v", ag)
	}
}
