package report

import (
	"strings"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
)

// The diagnostics of the responsiveness page (see diagnostics.go): does the
// brand answer in person (canned replies), does it hold when comments
// spike (crises), does it answer its most faithful customers (members),
// and who does the answering (agents). Each section states its rule with
// the values used (res.Diagnostics.Options), then the figures; where the
// data cannot support one, it says why and prints no number in its place.

// answerDiagnostics adds canned replies, crises, the most active members
// and who answers to the responsiveness page.
func (b *builder) answerDiagnostics(p *pageView) error {
	opts := b.answerOptions()
	crises, err := b.crisesSection(opts.Crises)
	if err != nil {
		return err
	}
	p.Sections = append(p.Sections,
		b.cannedSection(opts.Canned),
		crises,
		b.membersSection(opts.Members),
		b.agentsSection(),
	)
	return nil
}

// answerOptions are the rules of this page's diagnostics as used (as in
// analyze, zero fields mean the defaults).
func (b *builder) answerOptions() analyze.DiagnosticOptions {
	return b.res.Diagnostics.Options.WithDefaults()
}

// ansJoin joins the non-empty sentences with a space.
func ansJoin(s ...string) string { return strings.Join(nonEmpty(s...), " ") }

// ansDate is a day in a table cell: "3 Feb 2026", "3 févr. 2026".
func (b *builder) ansDate(t time.Time) string { return b.l.Date(t.In(b.loc)) }

// ansDayKey is the category of a day on a daily chart's axis, "2026-06-13",
// which report/events.go recognises for the --events marks.
func (b *builder) ansDayKey(t time.Time) string { return t.In(b.loc).Format(eventDate) }

// ansNM is a number the data does not support.
func (b *builder) ansNM() cell { return num(b.notMeasurable()) }

// ansInt is a right-aligned count.
func (b *builder) ansInt(n int) cell { return num(b.int(int64(n))) }

// ----- Canned replies -----

func (b *builder) cannedSection(o analyze.CannedOptions) section {
	c := b.res.Diagnostics.Canned
	s := section{Heading: b.t("diag.canned.heading")}
	rule := b.t("diag.canned.rule", b.int(int64(o.MinRepeats)))
	if !c.Measurable {
		s.Intro = rule
		s.Empty = b.t("chart.not-measurable", b.reason(c.Reason))
		return s
	}
	var head string
	if c.Canned > 0 {
		head = ansJoin(
			b.pl(int64(c.WithText), "diag.canned.headline", b.int(int64(c.Canned)), b.int(int64(c.WithText)), b.rate(c.Share)),
			b.pl(int64(c.Texts), "diag.canned.texts", b.int(int64(c.Texts))))
	} else {
		head = b.pl(int64(c.WithText), "diag.canned.none", b.int(int64(c.WithText)), b.int(int64(o.MinRepeats)))
	}
	if n := c.Replies - c.WithText; n > 0 {
		head = ansJoin(head, b.pl(int64(n), "diag.canned.no-text", b.int(int64(n))))
	}
	s.Intro = ansJoin(head, rule)

	if len(c.Top) > 0 {
		top := tableView{
			Caption: b.pl(int64(c.Texts), "diag.canned.top.caption", b.int(int64(len(c.Top))), b.int(int64(c.Texts))),
			Head: []headCell{{Text: b.t("diag.canned.col.example")}, {Text: b.t("diag.canned.col.copies"), Num: true},
				{Text: b.t("col.platform")}, {Text: b.t("diag.canned.col.first")}, {Text: b.t("diag.canned.col.last")}},
		}
		for _, t := range c.Top {
			top.Rows = append(top.Rows, []cell{{Text: truncate(t.Example, 200), Wide: true}, b.ansInt(t.Count),
				txt(strings.Join(t.Platforms, ", ")), txt(b.ansDate(t.First)), txt(b.ansDate(t.Last))})
		}
		s.Tables = append(s.Tables, top)
	}
	if len(c.ByPlatform) > 0 {
		plat := tableView{Caption: b.t("diag.canned.platform.caption"),
			Head: heads(b.t("col.platform"), b.t("diag.canned.col.with-text"), b.t("diag.canned.col.canned"), b.t("diag.canned.col.share"))}
		for _, pc := range c.ByPlatform {
			plat.Rows = append(plat.Rows, []cell{txt(pc.Platform), b.ansInt(pc.WithText), b.ansInt(pc.Canned), num(b.rate(pc.Share))})
		}
		s.Tables = append(s.Tables, plat)
	}
	return s
}

// ----- Crises -----

func (b *builder) crisesSection(o analyze.CrisisOptions) (section, error) {
	cr := b.res.Diagnostics.Crises
	s := section{Heading: b.t("diag.crises.heading")}
	factor := b.ruleNumber(o.MADFactor)
	rule := b.t("diag.crises.rule", factor)
	comments := b.crisisSeriesSentence("comments", cr.Comments, o.MinComments, o.MinDays, factor)
	feedback := b.crisisSeriesSentence("feedback", cr.Feedback, o.MinFeedback, o.MinDays, factor)
	if !cr.Measurable {
		// Each series says why, with its figures ("5 days, 14 needed").
		s.Intro = rule
		s.Empty = ansJoin(comments, feedback)
		return s, nil
	}
	s.Intro = ansJoin(b.crisesCount(cr), rule, comments, feedback)

	list := b.crisesTable(cr.Crises)
	daily := chartView{ID: "diag_crises_comments", Title: b.t("diag.crises.comments.title"), Table: list}
	if err := b.crisisChart(&daily, cr.Comments, "comments"); err != nil {
		return s, err
	}
	s.Charts = append(s.Charts, daily)
	if cr.Feedback.Measurable {
		fb := chartView{ID: "diag_crises_feedback", Title: b.t("diag.crises.feedback.title"), Table: b.feedbackDaysTable(cr.Feedback)}
		if err := b.crisisChart(&fb, cr.Feedback, "feedback"); err != nil {
			return s, err
		}
		s.Charts = append(s.Charts, fb)
	}

	cmp := tableView{Caption: b.t("diag.crises.compare.caption"), Head: b.statsHead(b.t("col.days"))}
	crisisDays := 0
	for _, c := range cr.Crises {
		crisisDays += c.Days
	}
	cmp.Rows = append(cmp.Rows,
		append([]cell{txt(b.pl(int64(crisisDays), "diag.crises.compare.crisis", b.int(int64(crisisDays))))}, b.statsCells(cr.CrisisDays)...),
		append([]cell{txt(b.t("diag.crises.compare.normal"))}, b.statsCells(cr.NormalDays)...))
	s.Tables = append(s.Tables, cmp)
	return s, nil
}

// crisesCount says how many crises there were and how many started out of
// hours.
func (b *builder) crisesCount(cr analyze.Crises) string {
	n := len(cr.Crises)
	if n == 0 {
		return b.t("diag.crises.count.none")
	}
	bh := b.res.BusinessHours
	if bh == (analyze.BusinessHours{}) {
		bh = analyze.DefaultBusinessHours
	}
	count := b.pl(int64(n), "diag.crises.count", b.int(int64(n)))
	ooh := b.t("diag.crises.ooh.none", b.businessHours(bh))
	if cr.OutOfHoursStarts > 0 {
		ooh = b.pl(int64(cr.OutOfHoursStarts), "diag.crises.ooh", b.int(int64(cr.OutOfHoursStarts)), b.businessHours(bh))
	}
	unknown := 0
	for _, c := range cr.Crises {
		if c.OutOfHours == nil {
			unknown++
		}
	}
	var un string
	if unknown > 0 {
		un = b.pl(int64(unknown), "diag.crises.start-unknown", b.int(int64(unknown)))
	}
	return ansJoin(count, ooh, un)
}

// crisisSeriesSentence states one series' threshold with its values, or
// why it is not measurable. kind is "comments" or "feedback".
func (b *builder) crisisSeriesSentence(kind string, s analyze.CrisisSeries, min, minDays int, factor string) string {
	if !s.Measurable {
		why := b.reason(s.Reason)
		if s.Reason == analyze.ReasonTooFewDays {
			why = b.pl(int64(len(s.Days)), "diag.crises.too-few-days", b.int(int64(len(s.Days))), b.int(int64(minDays)))
		}
		return b.t("diag.crises."+kind+".nm", why)
	}
	return b.t("diag.crises."+kind+".threshold", b.ruleNumber(s.Threshold), b.int(s.Median), factor, b.int(s.MAD),
		b.int(int64(min)), b.pl(int64(len(s.Days)), "diag.crises.n-days", b.int(int64(len(s.Days)))))
}

// crisesTable lists the crises: the data table of the daily chart, which
// would otherwise have a row for every day.
func (b *builder) crisesTable(crises []analyze.Crisis) tableView {
	t := tableView{
		Caption: b.t("diag.crises.list.none"),
		Head: []headCell{{Text: b.t("diag.crises.col.first")}, {Text: b.t("col.days"), Num: true},
			{Text: b.t("diag.crises.col.flagged")}, {Text: b.t("col.customer-comments"), Num: true},
			{Text: b.t("diag.crises.col.peak"), Num: true}, {Text: b.t("diag.crises.col.feedback"), Num: true},
			{Text: b.t("diag.crises.col.start")}, {Text: b.t("diag.crises.col.out-of-hours")},
			{Text: b.t("fig.response-rate"), Num: true}, {Text: b.t("col.median"), Num: true}},
	}
	if len(crises) > 0 {
		t.Caption = b.pl(int64(len(crises)), "diag.crises.list.caption", b.int(int64(len(crises))))
	}
	for _, c := range crises {
		flagged := "diag.crises.by.comments"
		switch {
		case c.ByComments && c.ByFeedback:
			flagged = "diag.crises.by.both"
		case c.ByFeedback:
			flagged = "diag.crises.by.feedback"
		}
		start := b.weekdayCell(c.Weekday) + ", " + b.t("diag.crises.hour-unknown")
		if c.StartHour != nil {
			start = b.weekdayCell(c.Weekday) + ", " + b.hour(*c.StartHour)
		}
		ooh := b.unknown()
		if c.OutOfHours != nil {
			ooh = b.t("diag.crises.no")
			if *c.OutOfHours {
				ooh = b.t("diag.crises.yes")
			}
		}
		rate, median := b.ansNM(), b.ansNM()
		if c.Responses.Measurable {
			rate, median = num(b.rate(c.Responses.ResponseRate)), num(b.durationPtr(c.Responses.FirstResponse.Median))
		}
		t.Rows = append(t.Rows, []cell{txt(b.ansDate(c.First)), b.ansInt(c.Days), txt(b.t(flagged)),
			b.ansInt(c.CustomerComments), b.ansInt(c.PeakComments), num(b.count(c.Feedback)),
			txt(start), txt(ooh), rate, median})
	}
	return t
}

// feedbackDaysTable lists the days the negative feedback flagged, or the
// busiest day when none was: the data table of the feedback chart.
func (b *builder) feedbackDaysTable(s analyze.CrisisSeries) tableView {
	t := tableView{Head: heads(b.t("diag.crises.col.day"), b.t("diag.crises.col.feedback"))}
	n := 0
	for _, d := range s.Days {
		if d.Crisis {
			n++
			t.Rows = append(t.Rows, []cell{txt(b.ansDate(d.Day)), num(b.int(d.Value))})
		}
	}
	if n > 0 {
		t.Caption = b.pl(int64(n), "diag.crises.feedback.caption", b.int(int64(n)), b.ruleNumber(s.Threshold))
		return t
	}
	t.Caption = b.t("diag.crises.feedback.caption.none", b.ruleNumber(s.Threshold))
	if i := ansBusiest(s.Days); i >= 0 {
		t.Rows = append(t.Rows, []cell{txt(b.ansDate(s.Days[i].Day)), num(b.int(s.Days[i].Value))})
	}
	return t
}

// ansBusiest is the index of the day with the highest value (the first on a
// tie), -1 when there is none.
func ansBusiest(days []analyze.DayValue) int {
	top := -1
	for i, d := range days {
		if top < 0 || d.Value > days[top].Value {
			top = i
		}
	}
	return top
}

// crisisChart draws a daily series with its crisis days and threshold;
// kind ("comments" or "feedback") names the messages.
func (b *builder) crisisChart(c *chartView, s analyze.CrisisSeries, kind string) error {
	if !s.Measurable || len(s.Days) == 0 {
		c.Missing = b.reason(s.Reason)
		return nil
	}
	ch := dailyThresholdChart{
		ID:        c.ID,
		AxisName:  b.t("diag.crises." + kind + ".axis"),
		Usual:     b.t("diag.crises.series.usual"),
		Crisis:    b.t("diag.crises.series.crisis"),
		Threshold: s.Threshold,
		Line:      b.t("diag.crises.series.threshold", b.ruleNumber(s.Threshold)),
	}
	for _, d := range s.Days {
		ch.X = append(ch.X, b.ansDayKey(d.Day))
		ch.Values = append(ch.Values, d.Value)
		ch.Flagged = append(ch.Flagged, d.Crisis)
	}
	opt, err := ch.option()
	if err != nil {
		return err
	}
	c.Option = opt
	c.Point = b.crisisPoint(s, kind)
	return nil
}

// crisisPoint states the busiest day against the usual one and how many
// days passed the threshold: "The busiest day, 13 June 2024, had 98
// customer comments against a usual 13; 2 days were above the threshold
// of 40."
func (b *builder) crisisPoint(s analyze.CrisisSeries, kind string) string {
	i := ansBusiest(s.Days)
	if i < 0 {
		return ""
	}
	n := 0
	for _, d := range s.Days {
		if d.Crisis {
			n++
		}
	}
	top := s.Days[i]
	value := b.pl(top.Value, "diag.crises."+kind+".n", b.int(top.Value))
	if n == 0 {
		return b.t("diag.crises.point.calm", b.date(top.Day.In(b.loc)), value, b.int(s.Median), b.ruleNumber(s.Threshold))
	}
	return b.pl(int64(n), "diag.crises.point", b.date(top.Day.In(b.loc)), value, b.int(s.Median),
		b.int(int64(n)), b.ruleNumber(s.Threshold))
}

// ----- Most active members -----

func (b *builder) membersSection(o analyze.MemberOptions) section {
	m := b.res.Diagnostics.Members
	s := section{Heading: b.t("diag.members.heading")}
	rule := b.t("diag.members.rule", b.pl(int64(o.MinComments), "diag.members.n-comments", b.int(int64(o.MinComments))), b.sla)
	if !m.Measurable {
		s.Intro = rule
		s.Empty = b.t("chart.not-measurable", b.reason(m.Reason))
		return s
	}
	intro := []string{
		b.pl(int64(m.Customers), "diag.members.customers", b.int(int64(m.Customers))),
		b.regulars(m.Regulars, o.MinComments),
	}
	switch {
	case !m.Answers:
		intro = append(intro, b.t("diag.members.answers.nm", b.reason(m.AnswersReason)))
	case m.Regulars == 0:
	case m.NeverAnswered == 0:
		intro = append(intro, b.t("diag.members.never.none"))
	default:
		intro = append(intro, b.pl(int64(m.NeverAnswered), "diag.members.never", b.int(int64(m.NeverAnswered))))
	}
	if m.Anonymous > 0 {
		intro = append(intro, b.pl(int64(m.Anonymous), "diag.members.anonymous", b.int(int64(m.Anonymous))))
	}
	s.Intro = ansJoin(append(intro, rule)...)

	head := []headCell{{Text: b.t("diag.members.col.customer")}, {Text: b.t("col.platform")},
		{Text: b.t("col.comments"), Num: true}, {Text: b.t("col.answered"), Num: true},
		{Text: b.t("fig.unanswered"), Num: true}, {Text: b.t("fig.pending"), Num: true},
		{Text: b.t("diag.members.col.first")}, {Text: b.t("diag.members.col.last")}}
	top := tableView{Caption: b.pl(int64(m.Customers), "diag.members.top.caption", b.int(int64(len(m.Top))), b.int(int64(m.Customers))), Head: head}
	for _, mb := range m.Top {
		top.Rows = append(top.Rows, b.memberRow(mb))
	}
	if m.Customers > len(m.Top) {
		top.Full = b.fullList(membersPath, m.Customers, "diag.members.all")
	}
	s.Tables = append(s.Tables, top)
	if m.Answers && m.NeverAnswered > 0 {
		never := tableView{Caption: b.pl(int64(m.NeverAnswered), "diag.members.never.caption",
			b.int(int64(len(m.NeverAnsweredTop))), b.int(int64(m.NeverAnswered))), Head: head}
		for _, mb := range m.NeverAnsweredTop {
			never.Rows = append(never.Rows, b.memberRow(mb))
		}
		if m.NeverAnswered > len(m.NeverAnsweredTop) {
			never.Full = b.fullList(membersPath, m.NeverAnswered, "diag.members.never.all")
		}
		s.Tables = append(s.Tables, never)
	}
	return s
}

// regulars says how many customers are regulars.
func (b *builder) regulars(n, min int) string {
	least := b.pl(int64(min), "diag.members.n-comments", b.int(int64(min)))
	if n == 0 {
		return b.t("diag.members.regulars.none", least)
	}
	return b.pl(int64(n), "diag.members.regulars", b.int(int64(n)), least)
}

// memberRow is one customer's row: name, platform, comments, answered,
// unanswered, pending, first and last comment.
func (b *builder) memberRow(m analyze.Member) []cell {
	name := m.AuthorName
	if strings.TrimSpace(name) == "" {
		name = m.AuthorID
	}
	row := []cell{{Text: name, Wide: true}, txt(m.Platform), b.ansInt(m.Comments)}
	if m.Answers {
		row = append(row, b.ansInt(m.Answered), b.ansInt(m.Unanswered), b.ansInt(m.Pending))
	} else {
		row = append(row, b.ansNM(), b.ansNM(), b.ansNM())
	}
	return append(row, txt(b.ansDate(m.First)), txt(b.ansDate(m.Last)))
}

// ----- Who answers -----

func (b *builder) agentsSection() section {
	a := b.res.Diagnostics.Agents
	s := section{Heading: b.t("diag.agents.heading")}
	if !a.Measurable {
		s.Intro = b.t("diag.agents.how")
		s.Empty = b.t("chart.not-measurable", b.reason(a.Reason))
		return s
	}
	s.Intro = ansJoin(
		b.pl(int64(a.Named), "diag.agents.intro", b.int(int64(a.Named)), b.int(int64(a.Replies)), b.rate(ansRatio(a.Named, a.Replies))),
		b.t("diag.agents.rule"))
	t := tableView{
		Caption: b.pl(int64(len(a.ByAgent)), "diag.agents.caption", b.int(int64(len(a.ByAgent)))),
		Head: heads(b.t("diag.agents.col.agent"), b.t("diag.agents.col.replies"), b.t("diag.agents.col.share"),
			b.t("diag.agents.col.firsts"), b.t("col.median")),
	}
	if n := len(a.ByAgent); n > maxAgents {
		t.Caption = b.pl(int64(n), "diag.agents.caption.capped", b.int(maxAgents), b.int(int64(n)))
		t.Full = b.fullList(agentsPath, n, "diag.agents.all")
	}
	row := func(name string, st analyze.AgentStats, share string) []cell {
		return []cell{{Text: name, Wide: true}, b.ansInt(st.Replies), num(share),
			b.ansInt(st.FirstResponse.N), num(b.durationPtr(st.FirstResponse.Median))}
	}
	for _, st := range capList(a.ByAgent, maxAgents) {
		t.Rows = append(t.Rows, row(st.Agent, st, b.rate(st.Share)))
	}
	if a.Unnamed.Replies > 0 || a.Unnamed.FirstResponse.N > 0 {
		t.Rows = append(t.Rows, row(b.t("diag.agents.unnamed"), a.Unnamed, "–"))
	}
	s.Tables = append(s.Tables, t)
	return s
}

// ansRatio is n/d, nil when d is 0.
func ansRatio(n, d int) *float64 {
	if d == 0 {
		return nil
	}
	r := float64(n) / float64(d)
	return &r
}
