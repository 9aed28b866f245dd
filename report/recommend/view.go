package recommend

import (
	"fmt"
	"math"
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

	// Opt are the analysis rules of the diagnostics, as used.
	Opt optionView
	// The diagnostics, formatted.
	Canned        cannedView
	Cadence       cadenceView
	Crises        crisesView
	Pushback      pushbackView
	Clicks        clicksView
	Members       membersView
	Concentration concentrationView
	Agents        agentsView

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

	CannedShare        string
	SilencedCampaigns  number
	CrisisRateGap      decimal // points
	CrisisMedianFactor decimal
	ClickOnlyShare     string
	NeverAnswered      number
	LeaderShare        string
	AgentShare         string
	AgentMedianFactor  decimal
	AgentMinResponses  number
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
			CannedShare:            l.pctThreshold(t.CannedShare),
			SilencedCampaigns:      l.num(int64(t.SilencedCampaigns)),
			CrisisRateGap:          l.dec(l.Short(t.CrisisRateGap * 100)),
			CrisisMedianFactor:     l.dec(l.Short(t.CrisisMedianFactor)),
			ClickOnlyShare:         l.pctThreshold(t.ClickOnlyShare),
			NeverAnswered:          l.num(int64(t.NeverAnswered)),
			LeaderShare:            l.pctThreshold(t.LeaderShare),
			AgentShare:             l.pctThreshold(t.AgentShare),
			AgentMedianFactor:      l.dec(l.Short(t.AgentMedianFactor)),
			AgentMinResponses:      l.num(int64(t.AgentMinResponses)),
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
		c := o.Comment
		v.OldQuestions = append(v.OldQuestions, openView{
			Platform: escapeMarkdown(c.Platform),
			Account:  escapeMarkdown(c.Account),
			Created:  l.dateTime(c.Created.In(loc)),
			Age:      l.Duration(o.Age),
			Text:     escapeMarkdown(truncate(c.Text, quoteRunes)),
		})
	}
	v.OldQuestionsN = l.num(int64(len(v.OldQuestions)))
	v.diagnostics(res, t, l, loc)
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

// burstExampleLevel is the usual posts per week of the methodology's
// example of a burst.
const burstExampleLevel = 4

// listed is how many items (campaigns, customers, agents) a recommendation
// lists; it says how many more there are.
const listed = 5

// optionView holds the analysis rules of the diagnostics (the
// analyze.DiagnosticOptions used) as the texts state them.
type optionView struct {
	CannedMinRepeats, CannedTop                                 number
	BurstFactor                                                 decimal
	BurstMinPosts, CadenceMinWeeks, MinSilenceWeeks, AfterWeeks number
	// BurstExample is the posts of a burst week when the usual level is
	// burstExampleLevel posts a week.
	BurstExample                                             number
	MADFactor                                                decimal
	CrisisMinComments, CrisisMinFeedback, CrisisMinDays      number
	PushbackMinWeeks                                         number
	Moderate, Strong                                         decimal
	HighPercentile, LowPercentile, ClicksMinPosts, ClicksTop number
	High, Low                                                string // "75th", "25th"
	MembersTop, MembersMinComments                           number
}

// cannedView is CannedReplies formatted.
type cannedView struct {
	Replies, WithText, Canned, Texts number
	Share                            string
	// TopCount and TopExample are the copies of the most repeated text
	// and its earliest reply as written (escaped, shortened).
	TopCount   number
	TopExample string
}

// cadenceView is Cadence formatted: the campaigns followed by silence.
type cadenceView struct {
	Campaigns, Silenced number
	// Silences are the campaigns followed by silence (by platform, then
	// time), at most listed; More says how many are left out.
	Silences []campaignView
	More     number
	// Windows compare the customer activity of the campaigns' weeks, the
	// weeks after them and the other weeks, on the platforms of Silences;
	// windows without a full week are left out.
	Windows []windowView
}

// campaignView is one campaign, escaped.
type campaignView struct {
	Platform                   string
	First, Last                string // ISO weeks, "2024-W05"
	Weeks, Posts, SilenceWeeks number
	// ToEnd: the silence lasts to the end of the data.
	ToEnd bool
}

// windowView is the customer activity of one platform's window.
type windowView struct {
	Platform string
	Window   string // "during", "after" or "other"
	Weeks    number
	PerWeek  decimal // customer comments per week
	Rate     string  // response rate; "" when not measurable
}

// crisesView is Crises formatted.
type crisesView struct {
	N number // crises
	// ByRate and ByMedian say how crisis days fall behind (set by the
	// crisis-response rule).
	ByRate, ByMedian bool
	Crisis, Normal   stats   // crisis days, other days
	Points           decimal // other days' rate minus crisis days', in points
	Factor           decimal // crisis days' median / other days'
	OutOfHoursStarts number
	Worst            crisisView
}

// crisisView is one crisis.
type crisisView struct {
	First, Last            string // days
	Days                   number
	Weekday                string // of the first day
	StartHour              string // "" when unknown
	Comments, Peak         number
	Feedback               number
	FeedbackKnown          bool
	ByComments, ByFeedback bool
	Responses              stats
}

// pushbackView is Pushback formatted.
type pushbackView struct {
	Rho                        string // two decimals
	Strength, Direction, Basis string // analyze codes
	Weeks                      number
}

// clicksView is Clicks formatted.
type clicksView struct {
	Posts, ClickOnly, Starters     number
	Share                          string  // ClickOnly/Posts
	Per100                         decimal // conversations per 100 clicks
	TotalClicks, TotalConversation number
	ClicksHigh, ConversationLow    number
	// Types is true when at least two types compare: Worst and Best are
	// set.
	Types       bool
	Worst, Best typeView
}

// typeView is one post type.
type typeView struct {
	Type    string // escaped; "" when the export gives no type
	Posts   number
	Per100  decimal
	Untyped bool
}

// membersView is Members formatted.
type membersView struct {
	Customers, Regulars, NeverAnswered number
	// Never are the most active regulars never answered, at most listed;
	// More says how many are left out.
	Never []memberView
	More  number
}

// memberView is one customer, escaped.
type memberView struct {
	Name, Platform                string
	Comments, Unanswered, Pending number
}

// concentrationView is Concentration formatted.
type concentrationView struct {
	// Measures are the measures over at least two platforms.
	Measures []measureView
	// Pick is the measure with the largest leader share above the
	// threshold (when one-platform fires).
	Pick measureView
}

// measureView is one measure of Concentration.
type measureView struct {
	Measure   string // "audience", "engagement", "conversations"
	Basis     string // an analyze.Basis* code
	Leader    string // escaped
	Share     string // the leader's
	HHI       decimal
	Platforms number
	// Over is true when the leader's share is above the threshold.
	Over bool
}

// agentsView is Agents formatted.
type agentsView struct {
	Replies, Named number
	// ByShare and BySpeed say why the agents rule fired.
	ByShare, BySpeed bool
	Top              agentView // the agent with the most replies
	// Fast and Slow are the fastest and slowest agents by median, among
	// those with enough first responses; Factor is Slow's median over
	// Fast's. Empty when fewer than two agents compare.
	Fast, Slow agentView
	Factor     decimal
	// List are the agents, most replies first, at most listed; More says
	// how many are left out.
	List []agentView
	More number
}

// agentView is one agent, escaped.
type agentView struct {
	Name    string
	Replies number
	Share   string
	Firsts  number // first responses
	Median  string // "" when none
}

// diagnostics formats the diagnostics of res.
func (v *view) diagnostics(res *analyze.Results, t Thresholds, l *locale, loc *time.Location) {
	d := &res.Diagnostics
	o := d.Options.WithDefaults()
	v.Opt = optionView{
		CannedMinRepeats: l.num(int64(o.Canned.MinRepeats)),
		CannedTop:        l.num(int64(o.Canned.Top)),
		BurstFactor:      l.exact(o.Cadence.BurstFactor),
		BurstMinPosts:    l.num(int64(o.Cadence.BurstMinPosts)),
		BurstExample: l.num(int64(max(o.Cadence.BurstMinPosts,
			int(math.Ceil(o.Cadence.BurstFactor*burstExampleLevel-1e-9))))),
		CadenceMinWeeks:    l.num(int64(o.Cadence.MinWeeks)),
		MinSilenceWeeks:    l.num(int64(o.Cadence.MinSilenceWeeks)),
		AfterWeeks:         l.num(int64(o.Cadence.AfterWeeks)),
		MADFactor:          l.exact(o.Crises.MADFactor),
		CrisisMinComments:  l.num(int64(o.Crises.MinComments)),
		CrisisMinFeedback:  l.num(int64(o.Crises.MinFeedback)),
		CrisisMinDays:      l.num(int64(o.Crises.MinDays)),
		PushbackMinWeeks:   l.num(int64(o.Pushback.MinWeeks)),
		Moderate:           l.exact(o.Pushback.Moderate),
		Strong:             l.exact(o.Pushback.Strong),
		HighPercentile:     l.num(int64(o.Clicks.HighPercentile)),
		LowPercentile:      l.num(int64(o.Clicks.LowPercentile)),
		ClicksMinPosts:     l.num(int64(o.Clicks.MinPosts)),
		ClicksTop:          l.num(int64(o.Clicks.Top)),
		High:               l.ordinal(int64(o.Clicks.HighPercentile)),
		Low:                l.ordinal(int64(o.Clicks.LowPercentile)),
		MembersTop:         l.num(int64(o.Members.Top)),
		MembersMinComments: l.num(int64(o.Members.MinComments)),
	}

	c := &d.Canned
	v.Canned = cannedView{
		Replies:  l.num(int64(c.Replies)),
		WithText: l.num(int64(c.WithText)),
		Canned:   l.num(int64(c.Canned)),
		Texts:    l.num(int64(c.Texts)),
		Share:    l.pctOf(c.Share),
	}
	if len(c.Top) > 0 {
		v.Canned.TopCount = l.num(int64(c.Top[0].Count))
		v.Canned.TopExample = escapeMarkdown(truncate(c.Top[0].Example, quoteRunes))
	}

	v.Cadence = newCadence(&d.Cadence, l)
	v.Crises = newCrises(&d.Crises, l, loc)

	p := &d.Pushback
	v.Pushback = pushbackView{Strength: p.Strength, Direction: p.Direction, Basis: p.Basis, Weeks: l.num(int64(len(p.Weeks)))}
	if p.Rho != nil {
		v.Pushback.Rho = l.Float(*p.Rho, 2)
	}

	v.Clicks = newClicks(&d.Clicks, l)

	m := &d.Members
	v.Members = membersView{
		Customers:     l.num(int64(m.Customers)),
		Regulars:      l.num(int64(m.Regulars)),
		NeverAnswered: l.num(int64(m.NeverAnswered)),
	}
	for _, mb := range m.NeverAnsweredTop {
		if len(v.Members.Never) == listed {
			break
		}
		name := mb.AuthorName
		if name == "" {
			name = mb.AuthorID
		}
		v.Members.Never = append(v.Members.Never, memberView{
			Name:       escapeMarkdown(name),
			Platform:   escapeMarkdown(mb.Platform),
			Comments:   l.num(int64(mb.Comments)),
			Unanswered: l.num(int64(mb.Unanswered)),
			Pending:    l.num(int64(mb.Pending)),
		})
	}
	v.Members.More = l.num(int64(max(0, m.NeverAnswered-len(v.Members.Never))))

	pick := concentratedMeasure(&d.Concentration, t)
	for i, x := range concentrationMeasures(&d.Concentration) {
		share, ok := leaderShare(x.m)
		if !ok {
			continue
		}
		mv := measureView{
			Measure:   x.code,
			Basis:     x.m.Basis,
			Leader:    escapeMarkdown(x.m.Leader),
			Share:     l.Pct(share),
			Platforms: l.num(int64(len(x.m.Shares))),
			Over:      share > t.LeaderShare,
		}
		if x.m.HHI != nil {
			mv.HHI = l.dec(l.Float(*x.m.HHI, 2))
		}
		v.Concentration.Measures = append(v.Concentration.Measures, mv)
		if i == pick {
			v.Concentration.Pick = mv
		}
	}

	v.Agents = newAgents(&d.Agents, t, l)
}

// newCadence formats the campaigns followed by silence.
func newCadence(c *analyze.Cadence, l *locale) cadenceView {
	cv := cadenceView{Campaigns: l.num(int64(c.Campaigns)), Silenced: l.num(int64(c.Silenced))}
	for _, pc := range c.ByPlatform {
		silenced := false
		for _, cp := range pc.Campaigns {
			if !cp.Silenced {
				continue
			}
			silenced = true
			if len(cv.Silences) == listed {
				continue
			}
			cv.Silences = append(cv.Silences, campaignView{
				Platform:     escapeMarkdown(pc.Platform),
				First:        cp.First.Label,
				Last:         cp.Last.Label,
				Weeks:        l.num(int64(cp.Weeks)),
				Posts:        l.num(int64(cp.Posts)),
				SilenceWeeks: l.num(int64(cp.SilenceWeeks)),
				ToEnd:        cp.SilenceToEnd,
			})
		}
		if !silenced {
			continue
		}
		for _, w := range []struct {
			code string
			a    *analyze.WindowActivity
		}{{"during", &pc.During}, {"after", &pc.After}, {"other", &pc.Other}} {
			if w.a.Weeks == 0 {
				continue
			}
			wv := windowView{Platform: escapeMarkdown(pc.Platform), Window: w.code, Weeks: l.num(int64(w.a.Weeks))}
			if w.a.PerWeek != nil {
				wv.PerWeek = l.dec(l.Float(*w.a.PerWeek, 1))
			}
			if w.a.Responses.Measurable {
				wv.Rate = l.pctOf(w.a.Responses.ResponseRate)
			}
			cv.Windows = append(cv.Windows, wv)
		}
	}
	cv.More = l.num(int64(max(0, c.Silenced-len(cv.Silences))))
	return cv
}

// newCrises formats the crises and the worst of them.
func newCrises(c *analyze.Crises, l *locale, loc *time.Location) crisesView {
	cv := crisesView{
		N:                l.num(int64(len(c.Crises))),
		Crisis:           newStats(&c.CrisisDays, l),
		Normal:           newStats(&c.NormalDays, l),
		OutOfHoursStarts: l.num(int64(c.OutOfHoursStarts)),
	}
	if a, b := c.NormalDays.ResponseRate, c.CrisisDays.ResponseRate; a != nil && b != nil {
		cv.Points = l.dec(l.Float((*a-*b)*100, 1))
	}
	if m, n := c.NormalDays.FirstResponse.Median, c.CrisisDays.FirstResponse.Median; m != nil && n != nil && *m > 0 {
		cv.Factor = l.dec(l.Float(float64(*n)/float64(*m), 1))
	}
	if w := worstCrisis(c); w != nil {
		cv.Worst = crisisView{
			First:         l.date(w.First.In(loc)),
			Last:          l.date(w.Last.In(loc)),
			Days:          l.num(int64(w.Days)),
			Weekday:       l.Weekdays[w.Weekday%7],
			Comments:      l.num(int64(w.CustomerComments)),
			Peak:          l.num(int64(w.PeakComments)),
			Feedback:      l.num(w.Feedback.Value),
			FeedbackKnown: w.Feedback.Known,
			ByComments:    w.ByComments,
			ByFeedback:    w.ByFeedback,
			Responses:     newStats(&w.Responses, l),
		}
		if w.StartHour != nil {
			cv.Worst.StartHour = l.hour(*w.StartHour)
		}
	}
	return cv
}

// newClicks formats Clicks and the post types that convert clicks best and
// worst.
func newClicks(c *analyze.Clicks, l *locale) clicksView {
	cv := clicksView{
		Posts:             l.num(int64(c.Posts)),
		ClickOnly:         l.num(int64(c.ClickOnly)),
		Starters:          l.num(int64(c.Starters)),
		TotalClicks:       l.num(c.TotalClicks),
		TotalConversation: l.num(c.TotalConversation),
		ClicksHigh:        l.num(c.ClicksHigh),
		ConversationLow:   l.num(c.ConversationLow),
	}
	if c.Posts > 0 {
		cv.Share = l.Pct(float64(c.ClickOnly) / float64(c.Posts))
	}
	if c.ConversationsPer100Clicks != nil {
		cv.Per100 = l.dec(l.Float(*c.ConversationsPer100Clicks, 1))
	}
	typ := func(tc *analyze.TypeClicks) typeView {
		return typeView{
			Type:    escapeMarkdown(tc.Type),
			Untyped: tc.Type == "",
			Posts:   l.num(int64(tc.Posts)),
			Per100:  l.dec(l.Float(*tc.ConversationsPer100Clicks, 1)),
		}
	}
	if worst, best := clickTypes(c); worst != nil {
		cv.Types, cv.Worst, cv.Best = true, typ(worst), typ(best)
	}
	return cv
}

// newAgents formats Agents.
func newAgents(a *analyze.Agents, t Thresholds, l *locale) agentsView {
	av := agentsView{Replies: l.num(int64(a.Replies)), Named: l.num(int64(a.Named))}
	agent := func(s *analyze.AgentStats) agentView {
		return agentView{
			Name:    escapeMarkdown(s.Agent),
			Replies: l.num(int64(s.Replies)),
			Share:   l.pctOf(s.Share),
			Firsts:  l.num(int64(s.FirstResponse.N)),
			Median:  l.durationOf(s.FirstResponse.Median),
		}
	}
	if !a.Measurable || len(a.ByAgent) == 0 {
		return av
	}
	av.Top = agent(&a.ByAgent[0])
	for i := range a.ByAgent {
		if i == listed {
			break
		}
		av.List = append(av.List, agent(&a.ByAgent[i]))
	}
	av.More = l.num(int64(len(a.ByAgent) - len(av.List)))
	if fast, slow, _ := agentSpeed(a, t); fast != nil {
		av.Fast, av.Slow = agent(fast), agent(slow)
		if f := *fast.FirstResponse.Median; f > 0 {
			av.Factor = l.dec(l.Float(float64(*slow.FirstResponse.Median)/float64(f), 1))
		}
	}
	return av
}
