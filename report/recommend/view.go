package recommend

import (
	"fmt"
	"strings"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
)

// view is what every markdown template is filled with: figures already
// formatted for the language, and user strings already escaped for
// markdown, so a template cannot forget to. Empty strings stand for "not
// measurable"; the templates only print figures their trigger guarantees.
type view struct {
	From, To, AsOf string // the period [From, To) and as-of, in Zone
	Zone           string // escaped
	SLA            string
	BusinessStart  string   // "09:00", "9 h"
	BusinessEnd    string   // "18:00", "18 h"
	Brand          []string // escaped
	BrandN         number   // len(Brand), for agreement
	Platforms      []string // escaped
	Months         number

	T thresholdView

	All, Questions, InHours, OutOfHours stats

	Broadcast broadcastView
	Trend     trendView

	// Slow says which first-response figure is slow.
	Slow struct{ Median, P90 bool }
	// Gap says how out-of-hours answers fall behind.
	Gap struct {
		Rate, Median bool
		Points       decimal // in-hours minus out-of-hours rate, in points
		Factor       decimal // out-of-hours median / in-hours median
	}
	// OldQuestions are the oldest unanswered questions (at most 3).
	OldQuestions  []openView
	OldQuestionsN number // len(OldQuestions)

	// Critical is true when the recommendation at hand is critical.
	Critical bool
	// Reason is the "not measurable" code of the recommendation at hand.
	Reason string
}

// thresholdView holds the thresholds as the texts state them.
type thresholdView struct {
	LowResponseRate, CriticalResponseRate string
	QuestionResponseRate                  string
	GoodResponseRate                      string
	SlowMedian, GoodMedian                string
	OutOfHoursGap                         decimal // points
	OutOfHoursMedianFactor                decimal
	OutOfHoursMinJudged                   number
	BroadcastShare                        string
}

// stats are ResponseStats formatted.
type stats struct {
	Measurable                     bool
	Comments, Answered, Unanswered number
	Pending, Judged                number
	WithinSLA                      number // answered within the SLA
	Rate, WithinSLARate            string
	Median, P90, Mean              string
	Hidden                         number // hidden without answer
	HiddenKnown                    bool
}

// broadcastView is BroadcastStats formatted.
type broadcastView struct {
	Posts, Replies number
	Share          string
	PostsPerReply  decimal // empty when there is no reply
}

// trendView is the negative-feedback trend formatted.
type trendView struct {
	Basis      string // an analyze.Basis* code
	Direction  string // an analyze.Trend* code
	Months     number
	Slope      string // signed, in the unit of Basis, per month
	FirstMonth string // "2024-02", "février 2024"
	FirstValue string
	LastMonth  string
	LastValue  string
}

// openView is an unanswered comment, escaped.
type openView struct {
	Platform, Account string
	Created           string
	Age               string
	Text              string
}

// oldQuestions is how many unanswered questions a recommendation quotes,
// and quoteRunes how much of each.
const (
	oldQuestions = 3
	quoteRunes   = 140
)

// newView formats the figures of res.
func newView(res *analyze.Results, opts Options, t Thresholds, l *locale) (*view, error) {
	loc := res.Location
	if loc == nil {
		loc = time.UTC
	}
	sla := res.SLA
	if sla == 0 {
		sla = analyze.DefaultSLA
	}
	bh := res.BusinessHours
	if bh == (analyze.BusinessHours{}) {
		bh = analyze.DefaultBusinessHours
	}
	v := &view{
		From:          l.dateTime(res.Period.From.In(loc)),
		To:            l.dateTime(res.Period.To.In(loc)),
		AsOf:          l.dateTime(res.AsOf.In(loc)),
		Zone:          escapeMarkdown(loc.String()),
		SLA:           l.Duration(sla),
		BusinessStart: l.hour(bh.Start),
		BusinessEnd:   l.hour(bh.End),
		Months:        l.num(int64(len(res.Months))),
		T: thresholdView{
			LowResponseRate:        l.pctThreshold(t.LowResponseRate),
			CriticalResponseRate:   l.pctThreshold(t.CriticalResponseRate),
			QuestionResponseRate:   l.pctThreshold(t.QuestionResponseRate),
			GoodResponseRate:       l.pctThreshold(t.GoodResponseRate),
			SlowMedian:             l.Duration(t.SlowMedian),
			GoodMedian:             l.Duration(t.GoodMedian),
			OutOfHoursGap:          l.dec(l.Short(t.OutOfHoursGap * 100)),
			OutOfHoursMedianFactor: l.dec(l.Short(t.OutOfHoursMedianFactor)),
			OutOfHoursMinJudged:    l.num(int64(t.OutOfHoursMinJudged)),
			BroadcastShare:         l.pctThreshold(t.BroadcastShare),
		},
		All:        newStats(&res.Responsiveness.ResponseStats, l),
		Questions:  newStats(&res.Responsiveness.Questions, l),
		InHours:    newStats(&res.Responsiveness.InHours, l),
		OutOfHours: newStats(&res.Responsiveness.OutOfHours, l),
	}
	in, out := &res.Responsiveness.InHours, &res.Responsiveness.OutOfHours
	if in.ResponseRate != nil && out.ResponseRate != nil {
		v.Gap.Points = l.dec(l.Float((*in.ResponseRate-*out.ResponseRate)*100, 1))
	}
	if m, n := in.FirstResponse.Median, out.FirstResponse.Median; m != nil && n != nil && *m > 0 {
		v.Gap.Factor = l.dec(l.Float(float64(*n)/float64(*m), 1))
	}
	for _, b := range opts.Brand {
		v.Brand = append(v.Brand, escapeMarkdown(b))
	}
	v.BrandN = l.num(int64(len(v.Brand)))
	for _, p := range res.Platforms {
		v.Platforms = append(v.Platforms, escapeMarkdown(p))
	}

	b := &res.Broadcast.BroadcastStats
	v.Broadcast = broadcastView{
		Posts:   l.num(int64(b.BrandPosts)),
		Replies: l.num(int64(b.BrandReplies)),
		Share:   l.pctOf(b.BroadcastShare),
	}
	if b.PostsPerReply != nil {
		v.Broadcast.PostsPerReply = l.dec(l.Float(*b.PostsPerReply, 1))
	}

	v.Trend.Months = l.num(int64(res.NegativeFeedback.Trend.Months))
	if tr := &res.NegativeFeedback.Trend; tr.Measurable {
		tv, err := newTrend(tr, res.NegativeFeedback.Monthly, l)
		if err != nil {
			return nil, err
		}
		v.Trend = tv
	}

	for _, o := range res.Open {
		if len(v.OldQuestions) == oldQuestions {
			break
		}
		if o.Pending || !o.Question {
			continue
		}
		c := &o.Comment
		v.OldQuestions = append(v.OldQuestions, openView{
			Platform: escapeMarkdown(c.Platform),
			Account:  escapeMarkdown(c.Account),
			Created:  l.dateTime(c.Created.In(loc)),
			Age:      l.Duration(o.Age),
			Text:     escapeMarkdown(truncate(c.Text, quoteRunes)),
		})
	}
	v.OldQuestionsN = l.num(int64(len(v.OldQuestions)))
	return v, nil
}

// newStats formats one ResponseStats.
func newStats(s *analyze.ResponseStats, l *locale) stats {
	st := stats{
		Measurable: s.Measurable,
		Comments:   l.num(int64(s.CustomerComments)),
		Answered:   l.num(int64(s.Answered)),
		Unanswered: l.num(int64(s.Unanswered)),
		Pending:    l.num(int64(s.Pending)),
		Judged:     l.num(int64(s.Answered + s.Unanswered)),
		WithinSLA:  l.num(int64(s.AnsweredWithinSLA)),
		Rate:       l.pctOf(s.ResponseRate),
		Median:     l.durationOf(s.FirstResponse.Median),
		P90:        l.durationOf(s.FirstResponse.P90),
		Mean:       l.durationOf(s.FirstResponse.Mean),
	}
	st.WithinSLARate = l.pctOf(s.WithinSLARate)
	if s.HiddenWithoutAnswer != nil {
		st.Hidden, st.HiddenKnown = l.num(int64(*s.HiddenWithoutAnswer)), true
	}
	return st
}

// newTrend formats a measurable trend with the first and last monthly
// values of its basis.
func newTrend(tr *analyze.Trend, monthly []analyze.MonthFeedback, l *locale) (trendView, error) {
	tv := trendView{Basis: tr.Basis, Direction: tr.Direction, Months: l.num(int64(tr.Months))}
	prec := 1
	if tr.Basis == analyze.BasisPostRate || tr.Basis == analyze.BasisPageRate {
		prec = 2
	}
	// A small slope keeps enough decimals not to read as zero.
	for tv.Slope = l.Float(tr.Slope, prec); prec < 6 && !strings.ContainsAny(tv.Slope, "123456789"); {
		prec++
		tv.Slope = l.Float(tr.Slope, prec)
	}
	if tr.Slope > 0 {
		tv.Slope = "+" + tv.Slope
	}
	first := true
	for _, m := range monthly {
		value, ok, err := monthValue(tr.Basis, &m, l)
		if err != nil {
			return trendView{}, err
		}
		if !ok {
			continue
		}
		month, err := time.Parse("2006-01", m.Month)
		if err != nil {
			return trendView{}, fmt.Errorf("month %q is not YYYY-MM", m.Month)
		}
		if first {
			tv.FirstMonth, tv.FirstValue = l.month(month), value
			first = false
		}
		tv.LastMonth, tv.LastValue = l.month(month), value
	}
	if first {
		return trendView{}, fmt.Errorf("trend on %s has no monthly value", tr.Basis)
	}
	return tv, nil
}

// monthValue is the value of one month in the series of basis, if known.
func monthValue(basis string, m *analyze.MonthFeedback, l *locale) (string, bool, error) {
	switch basis {
	case analyze.BasisPostRate:
		if m.Posts.Per1000 == nil {
			return "", false, nil
		}
		return l.Float(*m.Posts.Per1000, 2), true, nil
	case analyze.BasisPostCount:
		return l.Int(m.Posts.Total.Value), m.Posts.Total.Known, nil
	case analyze.BasisPageRate:
		if m.Page.Per1000 == nil {
			return "", false, nil
		}
		return l.Float(*m.Page.Per1000, 2), true, nil
	case analyze.BasisPageCount:
		return l.Int(m.Page.Total.Value), m.Page.Total.Known, nil
	}
	return "", false, fmt.Errorf("unknown trend basis %q", basis)
}
