package recommend

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
)

// The fixtures of the diagnostics' rules: each builds a measurable
// diagnostic from a few hand-picked figures.

// cannedExample is the earliest copy of the most repeated reply; it holds
// markdown that must come out literally.
const cannedExample = "Merci @Jeanne, DM *please* [here](x) #123"

// cannedFix: canned of withText replies are copies of texts texts, the
// most repeated sent top times.
func cannedFix(withText, canned, texts, top int) analyze.CannedReplies {
	return analyze.CannedReplies{
		Measurable: true, Replies: withText + 5, WithText: withText, Canned: canned,
		Share: ptr(float64(canned) / float64(withText)), Texts: texts,
		Top: []analyze.CannedText{{Text: "merci @name, dm *please* [here](x) #", Count: top, Example: cannedExample}},
	}
}

// cadenceFix: facebook had a campaign followed by 3 silent weeks to the
// end of the data (when silenced is 1) and another one without silence.
func cadenceFix(silenced int) analyze.Cadence {
	week := func(label string) analyze.Week { return analyze.Week{Label: label} }
	first := analyze.Campaign{First: week("2024-W05"), Last: week("2024-W06"), Weeks: 2, Posts: 18, SilenceWeeks: 3,
		Silenced: silenced > 0, SilenceToEnd: true}
	second := analyze.Campaign{First: week("2024-W10"), Last: week("2024-W10"), Weeks: 1, Posts: 9}
	return analyze.Cadence{Measurable: true, Campaigns: 2, Silenced: silenced, ByPlatform: []analyze.PlatformCadence{
		{Platform: "facebook", Measurable: true, Campaigns: []analyze.Campaign{first, second},
			During: analyze.WindowActivity{Weeks: 3, CustomerComments: 45, PerWeek: ptr(15.0),
				Responses: respStats(20, 20, time.Hour, 5*time.Hour)},
			After: analyze.WindowActivity{Weeks: 2, CustomerComments: 4, PerWeek: ptr(2.0),
				Responses: respStats(1, 3, time.Hour, 5*time.Hour)},
			Other: analyze.WindowActivity{Weeks: 10, CustomerComments: 50, PerWeek: ptr(5.0),
				Responses: respStats(40, 10, time.Hour, 5*time.Hour)},
		},
		{Platform: "x", Measurable: true},
	}}
}

// crisesFix: two crises, the first on a Saturday night; crisis days have
// answered of 100 comments answered, with a median of crisisMedian,
// against 80 % and normalMedian on the other days.
func crisesFix(answered int, crisisMedian, normalMedian time.Duration) analyze.Crises {
	return analyze.Crises{
		Measurable: true,
		Crises: []analyze.Crisis{
			{First: time.Date(2024, 3, 9, 0, 0, 0, 0, paris), Last: time.Date(2024, 3, 10, 0, 0, 0, 0, paris), Days: 2,
				ByComments: true, ByFeedback: true, CustomerComments: 60, PeakComments: 40, Feedback: analyze.KnownCount(25),
				Weekday: 5, StartHour: ptr(21), OutOfHours: ptr(true), Responses: respStats(30, 30, 3*time.Hour, 20*time.Hour)},
			{First: time.Date(2024, 4, 2, 0, 0, 0, 0, paris), Last: time.Date(2024, 4, 2, 0, 0, 0, 0, paris), Days: 1,
				ByComments: true, CustomerComments: 15, PeakComments: 15, Weekday: 1, StartHour: ptr(10), OutOfHours: ptr(false),
				Responses: respStats(10, 5, time.Hour, 2*time.Hour)},
		},
		CrisisDays:       respStats(answered, 100-answered, crisisMedian, 20*time.Hour),
		NormalDays:       respStats(80, 20, normalMedian, 10*time.Hour),
		OutOfHoursStarts: 1,
	}
}

// pushbackFix: 12 weeks of page-level feedback with a rank correlation of
// rho.
func pushbackFix(rho float64, strength, direction string) analyze.Pushback {
	return analyze.Pushback{Measurable: true, Basis: analyze.BasisPageRate, Weeks: make([]analyze.WeekPushback, 12),
		Rho: ptr(rho), Strength: strength, Direction: direction}
}

// clicksFix: clickOnly of posts posts are click-only; links convert worst
// and photos best among the types with at least 3 posts.
func clicksFix(posts, clickOnly int) analyze.Clicks {
	typ := func(name string, n int, per100 float64) analyze.TypeClicks {
		return analyze.TypeClicks{Type: name, Posts: n, ConversationsPer100Clicks: ptr(per100)}
	}
	return analyze.Clicks{Measurable: true, Posts: posts, ClickOnly: clickOnly, Starters: 5,
		ClicksHigh: 80, ClicksLow: 10, ConversationHigh: 12, ConversationLow: 1,
		TotalClicks: 2000, TotalConversation: 50, ConversationsPer100Clicks: ptr(2.5),
		ByType: []analyze.TypeClicks{typ("", 3, 2), typ("link", 20, 1), typ("photo", 15, 5), typ("video", 2, 50)}}
}

// membersFix: never regulars of 30 never answered, listed as the analysis
// lists them (at most 10).
func membersFix(never int) analyze.Members {
	m := analyze.Members{Measurable: true, Answers: true, Customers: 120, Regulars: 30, NeverAnswered: never}
	for i := range min(never, 10) {
		mb := analyze.Member{Platform: "facebook", AuthorID: fmt.Sprintf("id-%d", i+1), Comments: 9 - i,
			Answers: true, Unanswered: 9 - i}
		switch i {
		case 0:
			mb.AuthorName = "Jeanne D."
		case 1:
			mb.Platform, mb.AuthorName, mb.Unanswered, mb.Pending = "x", "Paul", 7, 1
		}
		m.NeverAnsweredTop = append(m.NeverAnsweredTop, mb)
	}
	return m
}

// concentrationFix: facebook and x have a and b followers; the engagement
// is split evenly; conversations are not measurable.
func concentrationFix(a, b int64) analyze.Concentration {
	measure := func(basis string, a, b int64) analyze.ConcentrationMeasure {
		t := a + b
		sa, sb := float64(a)/float64(t), float64(b)/float64(t)
		leader := "facebook"
		if sb > sa {
			leader = "x"
		}
		return analyze.ConcentrationMeasure{Measurable: true, Basis: basis, Total: t, Leader: leader,
			Shares: []analyze.PlatformShare{{Platform: "facebook", Value: a, Share: sa}, {Platform: "x", Value: b, Share: sb}},
			HHI:    ptr(sa*sa + sb*sb)}
	}
	return analyze.Concentration{
		Audience:      measure(analyze.BasisFollowers, a, b),
		Engagement:    measure(analyze.BasisEngagement, 500, 500),
		Conversations: analyze.ConcentrationMeasure{Reason: analyze.ReasonUnknownForPlatforms, Basis: analyze.BasisConversations, Missing: []string{"x"}},
	}
}

// agentsFix: Julie and Marc share 100 named replies; their first responses
// number julieN and marcN, with medians of 20 min and marcMedian.
func agentsFix(julie, marcN int, marcMedian time.Duration) analyze.Agents {
	agent := func(name string, replies, n int, median time.Duration) analyze.AgentStats {
		return analyze.AgentStats{Agent: name, Replies: replies, Share: ptr(float64(replies) / 100),
			FirstResponse: analyze.DurationStats{N: n, Median: ptr(median), P90: ptr(median), Mean: ptr(median)}}
	}
	return analyze.Agents{Measurable: true, Replies: 120, Named: 100, ByAgent: []analyze.AgentStats{
		agent("Julie", julie, 40, 20*time.Minute), agent("Marc", 100-julie, marcN, marcMedian)},
		Unnamed: analyze.AgentStats{Replies: 20}}
}

// diag returns an edit of the diagnostics.
func diag(f func(d *analyze.Diagnostics)) func(*analyze.Results) {
	return func(r *analyze.Results) { f(&r.Diagnostics) }
}

// diagCases are the thresholds of the diagnostics' rules, on both sides.
func diagCases() []recCase {
	return []recCase{
		{name: "canned at 50 %", id: "canned-replies",
			edit: diag(func(d *analyze.Diagnostics) { d.Canned = cannedFix(20, 10, 2, 6) })},
		{name: "canned not measurable", id: "canned-replies",
			edit: diag(func(d *analyze.Diagnostics) {
				d.Canned = cannedFix(20, 18, 2, 6)
				d.Canned.Measurable, d.Canned.Reason = false, analyze.ReasonNoReplies
			})},
		{name: "canned 50.5 %", id: "canned-replies", fires: true, severity: Warning,
			edit:   diag(func(d *analyze.Diagnostics) { d.Canned = cannedFix(200, 101, 4, 40) }),
			figure: "50.5 % of replies are copies",
			body: []string{"Of the <strong>200</strong> brand replies with a text in the period, <strong>101</strong> (50.5 %) are copies of " +
				"<strong>4</strong> texts, each written at least 3 times", "sent <strong>40</strong> times; its first copy read: “Merci @Jeanne, DM *please* [here](x) #123”",
				"more than 50 % of the brand"}},
		{name: "canned one text, custom threshold", id: "canned-replies", fires: true, severity: Warning,
			opts:   Options{Thresholds: Thresholds{CannedShare: 0.2}},
			edit:   diag(func(d *analyze.Diagnostics) { d.Canned = cannedFix(20, 5, 1, 5) }),
			figure: "25.0 % of replies are copies",
			body:   []string{"copies of <strong>1</strong> text written at least 3 times", "more than 20 %"}},

		{name: "no campaign silenced", id: "campaign-silence",
			edit: diag(func(d *analyze.Diagnostics) { d.Cadence = cadenceFix(0) })},
		{name: "one silenced, two needed", id: "campaign-silence",
			opts: Options{Thresholds: Thresholds{SilencedCampaigns: 2}},
			edit: diag(func(d *analyze.Diagnostics) { d.Cadence = cadenceFix(1) })},
		{name: "cadence not measurable", id: "campaign-silence",
			edit: diag(func(d *analyze.Diagnostics) {
				d.Cadence = cadenceFix(1)
				d.Cadence.Measurable, d.Cadence.Reason = false, analyze.ReasonTooFewWeeks
			})},
		{name: "one campaign silenced", id: "campaign-silence", fires: true, severity: Warning,
			edit:   diag(func(d *analyze.Diagnostics) { d.Cadence = cadenceFix(1) }),
			figure: "1 campaign followed by silence",
			body: []string{"at least 2 times its usual number of posts per week (and at least 3)",
				"Of the <strong>2</strong> campaigns found in the period, <strong>1</strong> was followed by at least 1 full week without a single post:",
				"<li>facebook: weeks 2024-W05 to 2024-W06, <strong>18</strong> posts in 2 weeks, then <strong>3</strong> weeks without a post; the account never resumed, as far as the data goes.</li>",
				`<td>facebook: campaign weeks</td>`, `<td align="right">15.0</td>`, `<td align="right">50.0 %</td>`,
				`<td>facebook: the 2 weeks after</td>`, `<td align="right">2.0</td>`, `<td align="right">25.0 %</td>`,
				`<td>facebook: other weeks</td>`, `<td align="right">80.0 %</td>`, "1 or more campaigns followed by silence"}},

		{name: "crisis days 14 points lower", id: "crisis-response",
			edit: diag(func(d *analyze.Diagnostics) { d.Crises = crisesFix(66, 30*time.Minute, 30*time.Minute) })},
		{name: "crisis median twice", id: "crisis-response",
			edit: diag(func(d *analyze.Diagnostics) { d.Crises = crisesFix(79, time.Hour, 30*time.Minute) })},
		{name: "no crisis", id: "crisis-response",
			edit: diag(func(d *analyze.Diagnostics) {
				d.Crises = crisesFix(10, 5*time.Hour, 30*time.Minute)
				d.Crises.Crises, d.Crises.OutOfHoursStarts = nil, 0
			})},
		{name: "crises not measurable", id: "crisis-response",
			edit: diag(func(d *analyze.Diagnostics) {
				d.Crises = crisesFix(10, 5*time.Hour, 30*time.Minute)
				d.Crises.Measurable, d.Crises.Reason = false, analyze.ReasonTooFewDays
			})},
		{name: "crisis days 15 points lower", id: "crisis-response", fires: true, severity: Warning,
			edit:   diag(func(d *analyze.Diagnostics) { d.Crises = crisesFix(65, 30*time.Minute, 30*time.Minute) }),
			figure: "15.0 points fewer answers on crisis days",
			body: []string{"<strong>2</strong> crises: runs of days", "the median plus 3 times the median absolute deviation, and at least 10 comments or 10 negative-feedback actions",
				"<strong>1</strong> of the 2 started at a weekend or outside business hours (09:00 to 18:00, Monday to Friday, Europe/Paris time)",
				`<td align="right">65.0 %</td>`, `<td align="right">80.0 %</td>`, "On crisis days the response rate is 15.0 points lower. This report",
				"15 points or more below", "more than 2 times as long",
				"The largest crisis ran from Saturday 2024-03-09 to 2024-03-10 (2 days), from about 21:00: <strong>60</strong> customer comments " +
					"(at most 40 in a day) and <strong>25</strong> negative-feedback actions; 50.0 % of the comments were answered, with a median first response of 3 h.",
				"Sprout Social Index, 2020"}},
		{name: "crisis median 2.1 times", id: "crisis-response", fires: true, severity: Warning,
			edit:   diag(func(d *analyze.Diagnostics) { d.Crises = crisesFix(79, 63*time.Minute, 30*time.Minute) }),
			figure: "2.1 times slower on crisis days",
			body:   []string{"On crisis days the median first response is 2.1 times that of the other days.", `<td align="right">1 h 3 min</td>`}},

		{name: "pushback 0.29", id: "posting-pushback",
			edit: diag(func(d *analyze.Diagnostics) {
				d.Pushback = pushbackFix(0.29, analyze.StrengthWeak, analyze.DirectionPositive)
			})},
		{name: "pushback negative", id: "posting-pushback",
			edit: diag(func(d *analyze.Diagnostics) {
				d.Pushback = pushbackFix(-0.6, analyze.StrengthStrong, analyze.DirectionNegative)
			})},
		{name: "pushback below a custom moderate", id: "posting-pushback",
			edit: diag(func(d *analyze.Diagnostics) {
				d.Options.Pushback = analyze.PushbackOptions{Moderate: 0.5, Strong: 0.7}
				d.Pushback = pushbackFix(0.45, analyze.StrengthWeak, analyze.DirectionPositive)
			})},
		{name: "pushback not measurable", id: "posting-pushback",
			edit: diag(func(d *analyze.Diagnostics) {
				d.Pushback = pushbackFix(0.8, analyze.StrengthStrong, analyze.DirectionPositive)
				d.Pushback.Measurable, d.Pushback.Reason = false, analyze.ReasonTooFewWeeks
			})},
		{name: "pushback 0.30", id: "posting-pushback", fires: true, severity: Warning,
			edit: diag(func(d *analyze.Diagnostics) {
				d.Pushback = pushbackFix(0.3, analyze.StrengthModerate, analyze.DirectionPositive)
			}),
			figure: "rank correlation 0.30",
			body: []string{"Over <strong>12</strong> full weeks", "page-level: hides, hide all, spam reports and unfollows, per 1,000 page impressions",
				"rank correlation between the two is <strong>0.30</strong>, a moderate relation", "at least 0.3 (moderate; strong from 0.5)",
				"A correlation is not a cause", "(2011), 44 %"}},
		{name: "pushback strong on posts", id: "posting-pushback", fires: true, severity: Warning,
			edit: diag(func(d *analyze.Diagnostics) {
				d.Pushback = pushbackFix(0.8125, analyze.StrengthStrong, analyze.DirectionPositive)
				d.Pushback.Basis = analyze.BasisPostRate
			}),
			figure: "rank correlation 0.81", body: []string{"on the posts: hides, hide all, spam reports and unlikes", "a strong relation"}},

		{name: "click-only 7.5 %", id: "click-only",
			edit: diag(func(d *analyze.Diagnostics) { d.Clicks = clicksFix(40, 3) })},
		{name: "clicks not measurable", id: "click-only",
			edit: diag(func(d *analyze.Diagnostics) {
				d.Clicks = clicksFix(40, 20)
				d.Clicks.Measurable, d.Clicks.Reason = false, analyze.ReasonTooFewPosts
			})},
		{name: "click-only 10 %", id: "click-only", fires: true, severity: Warning,
			edit:   diag(func(d *analyze.Diagnostics) { d.Clicks = clicksFix(40, 4) }),
			figure: "10.0 % of posts get clicks but no conversation",
			body: []string{"Of the <strong>40</strong> posts with a click count, <strong>4</strong> (10.0 %) drew many clicks (at least 80, the 75th percentile of the posts) " +
				"but almost no conversation (at most 1 in comments and shares, the 25th percentile).",
				"<strong>2.5</strong> conversations (comments and shares) per 100 clicks: 50 for 2,000 clicks.",
				"By post type, link posts (20) start the fewest conversations, <strong>1.0</strong> per 100 clicks, and photo posts (15) the most, <strong>5.0</strong>",
				"10 % or more of the posts"}},
		{name: "click-only, untyped worst", id: "click-only", fires: true, severity: Warning,
			edit: diag(func(d *analyze.Diagnostics) {
				d.Clicks = clicksFix(40, 4)
				d.Clicks.ByType[0].ConversationsPer100Clicks = ptr(0.5)
			}),
			figure: "10.0 % of posts get clicks but no conversation",
			body:   []string{"posts without a type (3) start the fewest conversations, <strong>0.5</strong> per 100 clicks"}},

		{name: "no regular unanswered", id: "never-answered-regulars",
			edit: diag(func(d *analyze.Diagnostics) { d.Members = membersFix(0) })},
		{name: "7 regulars, 8 needed", id: "never-answered-regulars",
			opts: Options{Thresholds: Thresholds{NeverAnswered: 8}},
			edit: diag(func(d *analyze.Diagnostics) { d.Members = membersFix(7) })},
		{name: "members answers unknown", id: "never-answered-regulars",
			edit: diag(func(d *analyze.Diagnostics) {
				d.Members = membersFix(7)
				d.Members.Answers, d.Members.AnswersReason = false, analyze.ReasonNoBrandComments
			})},
		{name: "7 regulars never answered", id: "never-answered-regulars", fires: true, severity: Warning,
			edit:   diag(func(d *analyze.Diagnostics) { d.Members = membersFix(7) }),
			figure: "7 regulars never answered",
			body: []string{"Of the <strong>120</strong> customers who commented in the period, <strong>30</strong> are regulars, with at least 2 comments each. " +
				"<strong>7</strong> of them never got a single answer",
				"<li>Jeanne D. (facebook): 9 comments, 9 unanswered</li>", "<li>Paul (x): 8 comments, 7 unanswered, 1 too recent to judge</li>",
				"<li>id-3 (facebook): 7 comments, 7 unanswered</li>", "<li>And 2 more.</li>", "1 or more regulars never answered",
				"7 in 8 messages to brands went unanswered within 72 hours (Sprout Social Index, 2015)"}},

		{name: "one platform at 50 %", id: "one-platform",
			edit: diag(func(d *analyze.Diagnostics) { d.Concentration = concentrationFix(500, 500) })},
		{name: "one platform only", id: "one-platform",
			edit: diag(func(d *analyze.Diagnostics) {
				d.Concentration = concentrationFix(500, 500)
				a := &d.Concentration.Audience
				a.Shares, a.HHI, a.Leader = a.Shares[:1], ptr(1.0), "facebook"
				a.Shares[0].Share = 1
			})},
		{name: "one platform at 51 %", id: "one-platform", fires: true, severity: Info,
			edit:   diag(func(d *analyze.Diagnostics) { d.Concentration = concentrationFix(510, 490) }),
			figure: "51.0 % of the audience on one platform", body: []string{`<td align="right">0.50</td>`}},
		{name: "one platform at 80 %", id: "one-platform", fires: true, severity: Info,
			edit:   diag(func(d *analyze.Diagnostics) { d.Concentration = concentrationFix(800, 200) }),
			figure: "80.0 % of the audience on one platform",
			body: []string{"One platform, facebook, holds <strong>80.0 %</strong> of the brand", "audience (followers), across 2 platforms.",
				"<td>Audience</td>", "<td>facebook</td>", `<td align="right">80.0 %</td>`, `<td align="right">0.68</td>`,
				"<td>Engagement</td>", `<td align="right">50.0 %</td>`, "more than 50 % of a measure"}},

		{name: "agents at 60 %, 3 times", id: "agents",
			edit: diag(func(d *analyze.Diagnostics) { d.Agents = agentsFix(60, 10, time.Hour) })},
		{name: "slow agent with too few", id: "agents",
			edit: diag(func(d *analyze.Diagnostics) { d.Agents = agentsFix(60, 9, 70*time.Minute) })},
		{name: "agents not measurable", id: "agents",
			edit: diag(func(d *analyze.Diagnostics) {
				d.Agents = agentsFix(90, 10, 5*time.Hour)
				d.Agents.Measurable, d.Agents.Reason = false, analyze.ReasonNoAgent
			})},
		{name: "one agent 61 %", id: "agents", fires: true, severity: Info,
			edit:   diag(func(d *analyze.Diagnostics) { d.Agents = agentsFix(61, 10, time.Hour) }),
			figure: "one agent writes 61.0 % of replies",
			body: []string{"names the agent of <strong>100</strong> of the <strong>120</strong> brand replies",
				"<td>Julie</td>", `<td align="right">61</td>`, `<td align="right">61.0 %</td>`, `<td align="right">20 min</td>`,
				"Julie wrote <strong>61.0 %</strong> of the replies that name an agent", "more than 60 % of the replies",
				"more than 3 times the fastest, between agents with at least 10 first responses each"}},
		{name: "slowest agent 3.5 times", id: "agents", fires: true, severity: Info,
			edit:   diag(func(d *analyze.Diagnostics) { d.Agents = agentsFix(60, 10, 70*time.Minute) }),
			figure: "slowest agent 3.5 times slower",
			body:   []string{"The slowest agent", "<strong>1 h 10 min</strong> (Marc), is 3.5 times the fastest", "<strong>20 min</strong> (Julie)"}},
	}
}

// frDiagCases are the French texts of the diagnostics' recommendations.
func frDiagCases() []recCase {
	return []recCase{
		{name: "fr: canned 50.5 %", id: "canned-replies",
			edit:   diag(func(d *analyze.Diagnostics) { d.Canned = cannedFix(200, 101, 4, 40) }),
			figure: "50,5" + nnbsp + "% des réponses sont des copies",
			body: []string{"Sur les <strong>200</strong> réponses de la marque comportant un texte sur la période, <strong>101</strong> (50,5" + nnbsp +
				"%) sont des copies de <strong>4</strong> textes écrits chacun au moins 3 fois",
				"envoyé <strong>40</strong> fois" + nbsp + "; sa première occurrence disait" + nbsp + ": «" + nbsp + "Merci @Jeanne, DM *please* [here](x) #123" + nbsp + "»",
				"dépassent 50" + nnbsp + "% des réponses"}},
		{name: "fr: canned one text", id: "canned-replies",
			opts:   Options{Thresholds: Thresholds{CannedShare: 0.2}},
			edit:   diag(func(d *analyze.Diagnostics) { d.Canned = cannedFix(20, 5, 1, 5) }),
			figure: "25,0" + nnbsp + "% des réponses sont des copies",
			body:   []string{"copies de <strong>1</strong> texte écrit au moins 3 fois"}},

		{name: "fr: one campaign silenced", id: "campaign-silence",
			edit:   diag(func(d *analyze.Diagnostics) { d.Cadence = cadenceFix(1) }),
			figure: "1 campagne suivie d’un silence",
			body: []string{"au moins 2 fois son nombre habituel de publications par semaine (et au moins 3)",
				"<strong>2</strong> campagnes ont été repérées" + nbsp + "; <strong>1</strong> a été suivie d’au moins 1 semaine complète sans aucune publication" + nbsp + ":",
				"<li>facebook" + nbsp + ": semaines 2024-W05 à 2024-W06, <strong>18</strong> publications en 2 semaines, puis <strong>3</strong> semaines sans publication" +
					nbsp + "; d’après les données, le compte n’a jamais repris.</li>",
				"<td>facebook" + nbsp + ": semaines de campagne</td>", `<td align="right">15,0</td>`, `<td align="right">50,0` + nnbsp + `%</td>`,
				"<td>facebook" + nbsp + ": les 2 semaines suivantes</td>", "<td>facebook" + nbsp + ": autres semaines</td>",
				"signale toute campagne suivie d’un silence."}},
		{name: "fr: silences from 2", id: "campaign-silence",
			opts: Options{Thresholds: Thresholds{SilencedCampaigns: 2}},
			edit: diag(func(d *analyze.Diagnostics) {
				d.Cadence = cadenceFix(1)
				d.Cadence.ByPlatform[0].Campaigns[1].Silenced, d.Cadence.ByPlatform[0].Campaigns[1].SilenceWeeks = true, 1
				d.Cadence.Silenced = 2
				d.Options.Cadence.AfterWeeks = 1
			}),
			figure: "2 campagnes suivies d’un silence",
			body: []string{"<strong>2</strong> ont été suivies", "<li>facebook" + nbsp + ": semaine 2024-W10, <strong>9</strong> publications en 1 semaine, puis <strong>1</strong> semaine sans publication.</li>",
				"<td>facebook" + nbsp + ": la semaine suivante</td>", "signale à partir de 2 campagnes suivies d’un silence."}},

		{name: "fr: crisis days 15 points lower", id: "crisis-response",
			edit:   diag(func(d *analyze.Diagnostics) { d.Crises = crisesFix(65, 30*time.Minute, 30*time.Minute) }),
			figure: "15,0 points de réponses en moins les jours de crise",
			body: []string{"<strong>2</strong> crises" + nbsp + ": des suites de jours", "la médiane plus 3 fois l’écart absolu médian, avec au moins 10 commentaires ou 10 retours négatifs",
				"<strong>1</strong> sur 2 a commencé le week-end ou en dehors des heures ouvrées (de 9" + nbsp + "h à 18" + nbsp + "h, du lundi au vendredi, fuseau Europe/Paris)",
				`<td align="right">65,0` + nnbsp + `%</td>`, "Les jours de crise, le taux de réponse est inférieur de 15,0 points.",
				"inférieur d’au moins 15 points à celui des autres jours, ou une médiane supérieure à 2 fois la leur",
				"La crise la plus importante a duré du samedi 9 mars 2024 au 10 mars 2024 (2 jours), à partir de 21" + nbsp + "h environ" + nbsp + ": " +
					"<strong>60</strong> commentaires clients (au plus 40 en une journée) et <strong>25</strong> retours négatifs" + nbsp +
					"; 50,0" + nnbsp + "% des commentaires ont reçu une réponse, avec un délai médian de première réponse de 3" + nbsp + "h.",
				"40" + nnbsp + "% des consommateurs attendent une réponse dans la première heure (Sprout Social Index, 2020)"}},
		{name: "fr: one crisis by feedback", id: "crisis-response",
			edit: diag(func(d *analyze.Diagnostics) {
				d.Crises = crisesFix(79, 63*time.Minute, 30*time.Minute)
				d.Crises.Crises = []analyze.Crisis{{First: time.Date(2024, 4, 1, 0, 0, 0, 0, paris), Last: time.Date(2024, 4, 1, 0, 0, 0, 0, paris),
					Days: 1, ByFeedback: true, Feedback: analyze.KnownCount(1), Weekday: 0}}
				d.Crises.OutOfHoursStarts = 0
			}),
			figure: "délai 2,1 fois plus long les jours de crise",
			body: []string{"<strong>1</strong> crise" + nbsp + ": une suite de jours", "Elle n’a pas commencé le week-end",
				"le délai médian de première réponse représente 2,1 fois celui des autres jours.",
				"La crise la plus importante a eu lieu le lundi 1er avr. 2024" + nbsp + ": aucun commentaire client et <strong>1</strong> retour négatif."}},

		{name: "fr: pushback 0.30", id: "posting-pushback",
			edit: diag(func(d *analyze.Diagnostics) {
				d.Pushback = pushbackFix(0.3, analyze.StrengthModerate, analyze.DirectionPositive)
			}),
			figure: "corrélation de rang 0,30",
			body: []string{"Sur <strong>12</strong> semaines complètes", "pour 1" + nnbsp + "000 impressions (au niveau de la Page" + nbsp + ": masquages",
				"vaut <strong>0,30</strong>, une relation modérée", "d’au moins 0,3 (modérée" + nbsp + "; forte à partir de 0,5)",
				"Une corrélation n’est pas une cause", "(2011), 44" + nnbsp + "%"}},

		{name: "fr: click-only 10 %", id: "click-only",
			edit:   diag(func(d *analyze.Diagnostics) { d.Clicks = clicksFix(40, 4) }),
			figure: "10,0" + nnbsp + "% des publications attirent des clics sans conversation",
			body: []string{"Sur les <strong>40</strong> publications dont le nombre de clics est connu, <strong>4</strong> (10,0" + nnbsp +
				"%) ont attiré beaucoup de clics (au moins 80, le 75e centile des publications) mais presque aucune conversation (au plus 1 en commentaires et partages, le 25e centile).",
				"<strong>2,5</strong> conversations (commentaires et partages) pour 100 clics" + nbsp + ": 50 pour 2" + nnbsp + "000 clics.",
				"les publications de type link (20) suscitent le moins de conversations, <strong>1,0</strong> pour 100 clics, et les publications de type photo (15) le plus, <strong>5,0</strong>",
				"au moins 10" + nnbsp + "% des publications"}},
		{name: "fr: one click-only post", id: "click-only",
			opts: Options{Thresholds: Thresholds{ClickOnlyShare: 0.02}},
			edit: diag(func(d *analyze.Diagnostics) {
				d.Clicks = clicksFix(40, 1)
				d.Clicks.ConversationsPer100Clicks = ptr(1.5)
			}),
			figure: "2,5" + nnbsp + "% des publications attirent des clics sans conversation",
			body:   []string{"<strong>1</strong> (2,5" + nnbsp + "%) a attiré", "<strong>1,5</strong> conversation (commentaires"}},

		{name: "fr: 7 regulars never answered", id: "never-answered-regulars",
			edit:   diag(func(d *analyze.Diagnostics) { d.Members = membersFix(7) }),
			figure: "7 habitués sans aucune réponse",
			body: []string{"Sur les <strong>120</strong> clients qui ont commenté pendant la période, <strong>30</strong> sont des habitués, avec au moins 2 commentaires chacun. " +
				"<strong>7</strong> d’entre eux n’ont jamais reçu la moindre réponse" + nbsp + ": aucun de leurs commentaires n’a obtenu de réponse.",
				"Les plus actifs d’entre eux" + nbsp + ":", "<li>Jeanne D. (facebook)" + nbsp + ": 9 commentaires, 9 sans réponse</li>",
				"<li>Paul (x)" + nbsp + ": 8 commentaires, 7 sans réponse, 1 trop récent pour être évalué</li>", "<li>Et 2 autres.</li>",
				"signale tout habitué resté sans aucune réponse."}},
		{name: "fr: 1 regular never answered", id: "never-answered-regulars",
			edit: diag(func(d *analyze.Diagnostics) {
				d.Members = membersFix(1)
				d.Members.Customers, d.Members.Regulars = 1, 1
			}),
			figure: "1 habitué sans aucune réponse",
			body: []string{"Sur le <strong>1</strong> client qui a commenté pendant la période, <strong>1</strong> est un habitué",
				"<strong>1</strong> d’entre eux n’a jamais reçu la moindre réponse" + nbsp + ": aucun de ses commentaires n’a obtenu de réponse.",
				"Le plus actif d’entre eux"}},

		{name: "fr: one platform at 80 %", id: "one-platform",
			edit:   diag(func(d *analyze.Diagnostics) { d.Concentration = concentrationFix(800, 200) }),
			figure: "80,0" + nnbsp + "% de l’audience sur une seule plateforme",
			body: []string{"Une plateforme, facebook, concentre <strong>80,0" + nnbsp + "%</strong> de l’audience de la marque (abonnés), sur 2 plateformes.",
				"<td>Audience</td>", `<td align="right">0,68</td>`, "plus de 50" + nnbsp + "% d’une mesure"}},
		{name: "fr: one platform by engagement", id: "one-platform",
			edit: diag(func(d *analyze.Diagnostics) {
				d.Concentration = concentrationFix(500, 500)
				d.Concentration.Engagement = concentrationFix(300, 700).Audience
				d.Concentration.Engagement.Basis = analyze.BasisEngagement
			}),
			figure: "70,0" + nnbsp + "% de l’engagement sur une seule plateforme",
			body:   []string{"Une plateforme, x, concentre", "de l’engagement de la marque (réactions, commentaires et partages)"}},

		{name: "fr: one agent 61 %", id: "agents",
			edit:   diag(func(d *analyze.Diagnostics) { d.Agents = agentsFix(61, 10, time.Hour) }),
			figure: "un agent rédige 61,0" + nnbsp + "% des réponses",
			body: []string{"L’export indique l’agent de <strong>100</strong> des <strong>120</strong> réponses de la marque sur la période.",
				"Julie a rédigé <strong>61,0" + nnbsp + "%</strong> des réponses qui indiquent un agent",
				"plus de 60" + nnbsp + "% des réponses", "au moins 10 premières réponses"}},
		{name: "fr: slowest agent 3.5 times", id: "agents",
			edit:   diag(func(d *analyze.Diagnostics) { d.Agents = agentsFix(60, 10, 70*time.Minute) }),
			figure: "délai 3,5 fois plus long pour l’agent le plus lent",
			body: []string{"Le délai médian de première réponse de l’agent le plus lent, <strong>1" + nbsp + "h" + nbsp + "10" + nbsp + "min</strong> (Marc), représente 3,5 fois celui du plus rapide, <strong>20" +
				nbsp + "min</strong> (Julie)."}},
	}
}

// loudDiagnostics fires every diagnostic's recommendation.
func loudDiagnostics() analyze.Diagnostics {
	d := analyze.Diagnostics{
		Canned:        cannedFix(200, 150, 4, 40),
		Cadence:       cadenceFix(1),
		Crises:        crisesFix(10, 5*time.Hour, 30*time.Minute),
		Pushback:      pushbackFix(0.8, analyze.StrengthStrong, analyze.DirectionPositive),
		Clicks:        clicksFix(40, 10),
		Members:       membersFix(12),
		Concentration: concentrationFix(900, 100),
		Agents:        agentsFix(90, 10, 5*time.Hour),
	}
	return d
}

// TestDiagnosticsFireTogether checks the pages and severities of the
// diagnostics' recommendations.
func TestDiagnosticsFireTogether(t *testing.T) {
	res := quiet()
	res.Diagnostics = loudDiagnostics()
	recs, err := Build(res, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range recs {
		got = append(got, r.Severity.String()+":"+r.Page+":"+r.ID)
	}
	want := []string{
		"warning:conversation:campaign-silence",
		"warning:responsiveness:canned-replies",
		"warning:conversation:click-only",
		"warning:responsiveness:crisis-response",
		"warning:responsiveness:never-answered-regulars",
		"warning:feedback:posting-pushback",
		"info:responsiveness:agents",
		"info:conversation:one-platform",
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestDiagnosticsHostile puts hostile text in every user string a
// diagnostic's recommendation quotes.
func TestDiagnosticsHostile(t *testing.T) {
	for _, lang := range []string{"en", "fr"} {
		res := quiet()
		res.Diagnostics = loudDiagnostics()
		d := &res.Diagnostics
		d.Canned.Top[0].Example = hostile
		d.Cadence.ByPlatform[0].Platform = hostile
		d.Clicks.ByType[1].Type = hostile
		d.Members.NeverAnsweredTop[0].AuthorName = hostile
		d.Members.NeverAnsweredTop[1].Platform = hostile
		d.Concentration.Audience.Leader = hostile
		d.Concentration.Audience.Shares[0].Platform = hostile
		d.Agents.ByAgent[0].Agent = hostile
		recs, err := Build(res, Options{Lang: lang})
		if err != nil {
			t.Fatal(err)
		}
		for id, n := range map[string]int{"canned-replies": 1, "campaign-silence": 4, "click-only": 1,
			"never-answered-regulars": 2, "one-platform": 2, "agents": 3} {
			r := find(recs, id)
			if r == nil {
				t.Errorf("%s (%s) did not fire", id, lang)
				continue
			}
			if got := strings.Count(string(r.Body), "&lt;img src=x"); got != n {
				t.Errorf("%s (%s): the hostile string appears %d times, want %d:\n%s", id, lang, got, n, r.Body)
			}
			checkHostile(t, lang+": "+id, string(r.Body))
		}
	}
}

// configNames are the names of every configurable rule and threshold
// (--threshold NAME=VALUE); the methodology lists each with its value.
var configNames = strings.Fields(`
	canned.min-repeats canned.top cadence.burst-factor cadence.burst-min-posts
	cadence.min-weeks cadence.min-silence-weeks cadence.after-weeks crises.mad-factor
	crises.min-comments crises.min-feedback crises.min-days pushback.min-weeks
	pushback.moderate pushback.strong clicks.high-percentile clicks.low-percentile
	clicks.min-posts clicks.top members.top members.min-comments
	response.low-rate response.critical-rate response.slow-median response.good-rate
	response.good-median questions.rate out-of-hours.gap out-of-hours.median-factor
	out-of-hours.min-judged broadcast.share canned.share cadence.silenced-campaigns
	crises.rate-gap crises.median-factor clicks.click-only-share members.never-answered
	concentration.leader-share agents.share agents.median-factor agents.min-responses`)

// TestMethodologyDiagnostics checks the diagnostics' definitions, filled
// with the rules a report used, and the list of names that change them.
func TestMethodologyDiagnostics(t *testing.T) {
	res := quiet()
	res.Diagnostics.Options = analyze.DiagnosticOptions{
		Canned:   analyze.CannedOptions{MinRepeats: 4},
		Cadence:  analyze.CadenceOptions{BurstFactor: 2.5, BurstMinPosts: 5},
		Crises:   analyze.CrisisOptions{MADFactor: 3.5},
		Pushback: analyze.PushbackOptions{Moderate: 0.35, Strong: 0.6},
		Clicks:   analyze.ClickOptions{HighPercentile: 80, LowPercentile: 20},
		Members:  analyze.MemberOptions{MinComments: 3},
	}
	th := Thresholds{CannedShare: 0.4, AgentMinResponses: 15, CrisisRateGap: 0.2}
	want := map[string][]string{
		"en": {
			`<h2 id="weeks">`, `<h2 id="canned">`, `<h2 id="cadence">`, `<h2 id="crises">`, `<h2 id="pushback">`,
			`<h2 id="clicks">`, `<h2 id="members">`, `<h2 id="concentration">`, `<h2 id="agents">`, `<h3 id="changing-rules">`,
			"from Monday 00:00 to the next Monday 00:00, in the report's time zone (Europe/Paris)",
			"written at least 4 times in the period", "The 10 most repeated texts",
			"reach 2.5 times the usual level, rounded up, and at least 5. With a usual level of 4 posts a week, a burst week has at least 10.",
			"at least 4 full weeks", "at least 1 full week without a single post", "the 2 weeks after each campaign",
			"above M + 3.5 × MAD and is at least 10 customer comments (for the feedback series, 10 actions)", "at least 14 days",
			"the limit is 5 + 3 × 1 = 8",
			"when at least 8 weeks have it", "the ranks 1, 2.5, 2.5, 4", "below 0.35 in absolute value the relation is weak, below 0.6 moderate",
			"A correlation is not a cause.",
			"nearest-rank 80th and 20th percentiles", "With fewer than 10 posts", "at least 3 comments in the period",
			"0.8² + 0.2² = 0.64 + 0.04 = <strong>0.68</strong>", "3 × (1/3)² = <strong>0.33</strong>",
			"agents with at least 15 first responses",
			"canned replies making up more than 40 % of the brand replies with a text",
			"crisis days 20 points or more below", "a positive rank correlation of at least 0.35",
			"<code>--threshold NAME=VALUE</code>", "<code>[thresholds]</code>",
			"<td><code>canned.share</code></td>\n<td>share of canned replies above which they are flagged</td>\n<td align=\"right\">40 %</td>",
			"<td><code>pushback.moderate</code></td>\n<td>correlation from which the relation is moderate, and flagged</td>\n<td align=\"right\">0.35</td>",
			"<td><code>crises.rate-gap</code></td>\n<td>points by which the crisis days' response rate may fall behind</td>\n<td align=\"right\">20</td>",
		},
		"fr": {
			"du lundi 0" + nbsp + "h au lundi suivant 0" + nbsp + "h, dans le fuseau horaire du rapport (Europe/Paris)",
			"écrit au moins 4 fois sur la période",
			"atteignent 2,5 fois le niveau habituel, arrondi à l’entier supérieur, et au moins 5. Avec un niveau habituel de 4 publications par semaine, une semaine de rafale en compte au moins 10.",
			"au moins 1 semaine complète sans aucune publication", "les 2 semaines qui suivent chaque campagne",
			"dépasse M + 3,5 × EAM et atteint au moins 10 commentaires clients", "la limite est 5 + 3 × 1 = 8",
			"les rangs 1" + nbsp + "; 2,5" + nbsp + "; 2,5 et 4", "en dessous de 0,35 la relation est faible, en dessous de 0,6 modérée",
			"Une corrélation n’est pas une cause.",
			"les 80e et 20e centiles", "au moins 3 commentaires sur la période",
			"0,8² + 0,2² = 0,64 + 0,04 = <strong>0,68</strong>", "ayant chacun au moins 15 premières réponses",
			"plus de 40" + nnbsp + "% des réponses de la marque comportant un texte", "inférieur d’au moins 20 points",
			"<code>--threshold NOM=VALEUR</code>",
			"<td><code>canned.share</code></td>\n<td>part de réponses toutes faites au-delà de laquelle elles sont signalées</td>\n<td align=\"right\">40" + nnbsp + "%</td>",
			"<td><code>pushback.moderate</code></td>\n<td>corrélation à partir de laquelle la relation est modérée, et signalée</td>\n<td align=\"right\">0,35</td>",
		},
	}
	ids := map[string][]string{}
	for _, lang := range []string{"en", "fr"} {
		m, err := Methodology(res, Options{Lang: lang, Thresholds: th})
		if err != nil {
			t.Fatal(err)
		}
		html := string(m)
		for _, w := range want[lang] {
			if !strings.Contains(html, w) {
				t.Errorf("%s methodology lacks %q", lang, w)
			}
		}
		for _, name := range configNames {
			if n := strings.Count(html, "<td><code>"+name+"</code></td>"); n != 1 {
				t.Errorf("%s methodology lists %s %d times", lang, name, n)
			}
		}
		if n := strings.Count(html, "<td><code>"); n != len(configNames) {
			t.Errorf("%s methodology lists %d names, want %d", lang, n, len(configNames))
		}
		for _, h := range strings.Split(html, "<h")[1:] {
			if id, ok := strings.CutPrefix(h[1:], ` id="`); ok {
				ids[lang] = append(ids[lang], h[:1]+":"+id[:strings.Index(id, `"`)])
			}
		}
	}
	if strings.Join(ids["en"], " ") != strings.Join(ids["fr"], " ") {
		t.Errorf("headings differ:\nen %q\nfr %q", ids["en"], ids["fr"])
	}
}
