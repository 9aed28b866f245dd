package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/report/recommend"
)

// metricsDiagFixture is the fixture with every diagnostic filled by hand: some
// measurable, some not, some counts unknown.
func metricsDiagFixture() *analyze.Results {
	res := fixture()
	at := func(m time.Month, d, h, min int) time.Time { return time.Date(2024, m, d, h, min, 0, 0, paris) }
	day := func(m time.Month, d int) time.Time { return at(m, d, 0, 0) }
	week := func(label string, m time.Month, d int, partial bool) analyze.Week {
		return analyze.Week{Label: label, Start: day(m, d), Partial: partial}
	}
	answered := func(comments, answered, unanswered int, median time.Duration) analyze.ResponseStats {
		return analyze.ResponseStats{
			Measurable: true, CustomerComments: comments, Answered: answered, Unanswered: unanswered,
			AnsweredWithinSLA: answered, ResponseRate: fp(float64(answered) / float64(answered+unanswered)),
			WithinSLARate: fp(float64(answered) / float64(answered+unanswered)),
			FirstResponse: analyze.DurationStats{N: answered, Median: dp(median), P90: dp(median), Mean: dp(median)},
			Buckets:       [5]int{answered, 0, 0, 0, 0},
		}
	}
	w1, w2, w3 := week("2024-W01", time.January, 1, false), week("2024-W02", time.January, 8, false), week("2024-W03", time.January, 15, false)
	post := func(id string, published time.Time, typ, text string) analyze.Post {
		return analyze.Post{Platform: "facebook", Account: "Maison Dupont", ID: id, Published: published, Type: typ,
			Text: text, Permalink: "https://www.facebook.com/maisondupont/posts/" + id}
	}
	p1 := analyze.PostClicks{Post: post("201", at(time.January, 3, 10, 0), "link", "Our new shop: click here"),
		Clicks: 900, Comments: analyze.Count{}, Shares: kc(2), Conversation: 2,
		CustomerReplies: analyze.Count{}, BrandReplies: analyze.Count{}, ClickOnly: true}
	p2 := analyze.PostClicks{Post: post("202", at(time.January, 10, 18, 30), "photo", "What is your favourite recipe?"),
		Clicks: 40, Comments: kc(25), Shares: kc(5), Conversation: 30,
		CustomerReplies: kc(25), BrandReplies: kc(3), Starter: true}

	res.Diagnostics = analyze.Diagnostics{
		// Two rules set, the rest at their defaults (zero).
		Options: analyze.DiagnosticOptions{
			Canned: analyze.CannedOptions{MinRepeats: 4},
			Crises: analyze.CrisisOptions{MADFactor: 2.5},
		},
		Canned: analyze.CannedReplies{
			Measurable: true, Replies: 12, WithText: 10, Canned: 6, Share: fp(0.6), Texts: 1,
			Top: []analyze.CannedText{{Text: "hi @name, please send us a dm", Count: 6, Example: "Hi Jane, please send us a DM",
				First: at(time.January, 2, 9, 15), Last: at(time.March, 28, 17, 0), Platforms: []string{"facebook", "instagram"}}},
			ByPlatform: []analyze.PlatformCanned{
				{Platform: "facebook", WithText: 8, Canned: 5, Share: fp(0.625)},
				{Platform: "instagram", WithText: 2, Canned: 1, Share: fp(0.5)},
			},
		},
		Cadence: analyze.Cadence{
			Measurable: true, Campaigns: 1, Silenced: 1,
			ByPlatform: []analyze.PlatformCadence{
				{
					Platform: "facebook", Measurable: true, FullWeeks: 3, Median: 2, Threshold: 4,
					Weeks: []analyze.WeekCadence{
						{Week: w1, Posts: 6, CustomerComments: 9, Burst: true},
						{Week: w2, Posts: 0, CustomerComments: 2, Silent: true},
						{Week: w3, Posts: 2, CustomerComments: 4},
					},
					Campaigns: []analyze.Campaign{{First: w1, Last: w1, Weeks: 1, Posts: 6, SilenceWeeks: 1, Silenced: true}},
					During:    analyze.WindowActivity{Weeks: 1, CustomerComments: 9, PerWeek: fp(9), Responses: answered(9, 3, 6, 5*time.Hour)},
					After:     analyze.WindowActivity{Weeks: 2, CustomerComments: 6, PerWeek: fp(3), Responses: answered(6, 5, 1, time.Hour)},
					Other:     analyze.WindowActivity{Responses: analyze.ResponseStats{Reason: analyze.ReasonNoCustomerComments}},
				},
				{
					Platform: "instagram", Reason: analyze.ReasonTooFewWeeks, FullWeeks: 1,
					Weeks: []analyze.WeekCadence{{Week: week("2024-W13", time.March, 25, false), Posts: 3, CustomerComments: 1}},
				},
			},
		},
		Crises: analyze.Crises{
			Measurable: true,
			Comments: analyze.CrisisSeries{
				Measurable: true, Median: 2, MAD: 1, Threshold: 4.5, MinCount: 10,
				Days: []analyze.DayValue{
					{Day: day(time.January, 12), Value: 2},
					{Day: day(time.January, 13), Value: 14, Crisis: true},
				},
			},
			Feedback: analyze.CrisisSeries{Reason: analyze.ReasonTooFewDays, MinCount: 10,
				Days: []analyze.DayValue{{Day: day(time.January, 12), Value: 3}}},
			Crises: []analyze.Crisis{{
				First: day(time.January, 13), Last: day(time.January, 13), Days: 1, ByComments: true,
				CustomerComments: 14, PeakComments: 14, Weekday: 5, OutOfHours: jsonBool(true),
				Responses: answered(14, 4, 10, 20*time.Hour),
			}},
			CrisisDays:       answered(14, 4, 10, 20*time.Hour),
			NormalDays:       answered(16, 16, 0, 2*time.Hour),
			OutOfHoursStarts: 1,
		},
		Pushback: analyze.Pushback{
			Reason: analyze.ReasonTooFewWeeks, Basis: analyze.BasisPostRate,
			Weeks: []analyze.WeekPushback{{Week: w2, Posts: 4, Feedback: 3, Impressions: 2000, Per1000: 1.5}},
		},
		Clicks: analyze.Clicks{
			Measurable: true, Posts: 2, ClicksHigh: 900, ClicksLow: 40, ConversationHigh: 30, ConversationLow: 2,
			TotalClicks: 940, TotalConversation: 32, ConversationsPer100Clicks: fp(32.0 / 940 * 100),
			ClickOnly: 1, Starters: 1,
			ByType: []analyze.TypeClicks{
				{Type: "link", Posts: 1, MedianClicks: 900, MedianConversation: 2, MedianShares: func() *int64 { n := int64(2); return &n }(),
					ClickOnly: 1, ConversationsPer100Clicks: fp(2.0 / 900 * 100)},
			},
			TopClickOnly: []analyze.PostClicks{p1},
			TopStarters:  []analyze.PostClicks{p2},
			All:          []analyze.PostClicks{p1, p2},
		},
		Members: analyze.Members{
			Measurable: true, Answers: true, Customers: 14, Anonymous: 2, Regulars: 3, NeverAnswered: 1,
			Top: []analyze.Member{
				{Platform: "facebook", AuthorID: "u1", AuthorName: "Jane Roe", Comments: 5, Answers: true,
					Answered: 0, Unanswered: 4, Pending: 1, First: at(time.January, 5, 8, 0), Last: at(time.March, 30, 22, 10)},
				{Platform: "instagram", AuthorName: "paul_b", Comments: 3, First: at(time.February, 1, 12, 0), Last: at(time.February, 20, 12, 0)},
			},
			NeverAnsweredTop: []analyze.Member{
				{Platform: "facebook", AuthorID: "u1", AuthorName: "Jane Roe", Comments: 5, Answers: true,
					Answered: 0, Unanswered: 4, Pending: 1, First: at(time.January, 5, 8, 0), Last: at(time.March, 30, 22, 10)},
			},
		},
		Concentration: analyze.Concentration{
			Audience: analyze.ConcentrationMeasure{Measurable: true, Basis: analyze.BasisFollowers, Total: 5000,
				Shares: []analyze.PlatformShare{{Platform: "facebook", Value: 3000, Share: 0.6}, {Platform: "instagram", Value: 2000, Share: 0.4}},
				HHI:    fp(0.52), Leader: "facebook"},
			Engagement: analyze.ConcentrationMeasure{Reason: analyze.ReasonUnknownForPlatforms, Basis: analyze.BasisEngagement,
				Missing: []string{"instagram"}},
			Conversations: analyze.ConcentrationMeasure{Reason: analyze.ReasonZeroTotal, Basis: analyze.BasisConversations},
		},
		Agents: analyze.Agents{
			Measurable: true, Replies: 12, Named: 10,
			ByAgent: []analyze.AgentStats{
				{Agent: "Julie", Replies: 7, Share: fp(0.7), FirstResponse: analyze.DurationStats{N: 5, Median: dp(90 * time.Minute), P90: dp(3 * time.Hour), Mean: dp(2 * time.Hour)}},
				{Agent: "Marc", Replies: 3, Share: fp(0.3), FirstResponse: analyze.DurationStats{}},
			},
			Unnamed: analyze.AgentStats{Replies: 2, FirstResponse: analyze.DurationStats{N: 1, Median: dp(time.Hour), P90: dp(time.Hour), Mean: dp(time.Hour)}},
		},
	}
	return res
}

type pathWant struct {
	path string
	want any // string of a json.Number, a string, bool, nil, or "[]" for an empty list
}

// checkPaths compares the values at paths under "diagnostics.".
func checkPaths(t *testing.T, doc any, cases []pathWant) {
	t.Helper()
	for _, tc := range cases {
		path := "diagnostics." + tc.path
		got := lookup(t, doc, path)
		if tc.want == "[]" {
			if a, ok := got.([]any); !ok || len(a) != 0 {
				t.Errorf("%s = %#v, want []", path, got)
			}
			continue
		}
		if n, ok := got.(json.Number); ok {
			got = string(n)
		}
		if got != tc.want {
			t.Errorf("%s = %#v, want %#v", path, got, tc.want)
		}
	}
}

// TestMetricsDiagnostics checks every block of "diagnostics" against the
// hand-built figures of metricsDiagFixture.
func TestMetricsDiagnostics(t *testing.T) {
	meta := fixtureMeta()
	meta.Thresholds = recommend.Thresholds{CannedShare: 0.4, SlowMedian: 2 * time.Hour}
	doc, _ := decodeMetricsMeta(t, metricsDiagFixture(), meta)
	checkPaths(t, doc, []pathWant{
		// The rules: the two set, the others their defaults.
		{"options.canned.min_repeats", "4"},
		{"options.canned.top", "10"},
		{"options.crises.mad_factor", "2.5"},
		{"options.crises.min_days", "14"},
		{"options.cadence.burst_factor", "2"},
		{"options.pushback.moderate", "0.3"},
		{"options.clicks.high_percentile", "75"},
		{"options.members.min_comments", "2"},
		// The thresholds: two set, durations in seconds, rates fractions.
		{"thresholds.canned.share", "0.4"},
		{"thresholds.response.slow_median_seconds", "7200"},
		{"thresholds.response.good_median_seconds", "3600"},
		{"thresholds.response.low_rate", "0.65"},
		{"thresholds.questions.rate", "0.65"},
		{"thresholds.out_of_hours.min_judged", "20"},
		{"thresholds.cadence.silenced_campaigns", "1"},
		{"thresholds.crises.rate_gap", "0.15"},
		{"thresholds.clicks.click_only_share", "0.1"},
		{"thresholds.concentration.leader_share", "0.5"},
		{"thresholds.agents.min_responses", "10"},

		{"canned_replies.measurable", true},
		{"canned_replies.reason", nil},
		{"canned_replies.replies", "12"},
		{"canned_replies.with_text", "10"},
		{"canned_replies.canned", "6"},
		{"canned_replies.share", "0.6"},
		{"canned_replies.texts", "1"},
		{"canned_replies.top.0.text", "hi @name, please send us a dm"},
		{"canned_replies.top.0.count", "6"},
		{"canned_replies.top.0.example", "Hi Jane, please send us a DM"},
		{"canned_replies.top.0.first", "2024-01-02T09:15:00+01:00"},
		{"canned_replies.top.0.last", "2024-03-28T17:00:00+01:00"},
		{"canned_replies.top.0.platforms.1", "instagram"},
		{"canned_replies.by_platform.0.platform", "facebook"},
		{"canned_replies.by_platform.0.share", "0.625"},
		{"canned_replies.by_platform.1.with_text", "2"},

		{"cadence.measurable", true},
		{"cadence.campaigns", "1"},
		{"cadence.silenced", "1"},
		{"cadence.by_platform.0.platform", "facebook"},
		{"cadence.by_platform.0.reason", nil},
		{"cadence.by_platform.0.full_weeks", "3"},
		{"cadence.by_platform.0.median", "2"},
		{"cadence.by_platform.0.threshold", "4"},
		{"cadence.by_platform.0.weeks.0.week", "2024-W01"},
		{"cadence.by_platform.0.weeks.0.start", "2024-01-01T00:00:00+01:00"},
		{"cadence.by_platform.0.weeks.0.partial", false},
		{"cadence.by_platform.0.weeks.0.posts", "6"},
		{"cadence.by_platform.0.weeks.0.customer_comments", "9"},
		{"cadence.by_platform.0.weeks.0.burst", true},
		{"cadence.by_platform.0.weeks.1.silent", true},
		{"cadence.by_platform.0.weeks.2.burst", false},
		{"cadence.by_platform.0.campaigns.0.first", "2024-W01"},
		{"cadence.by_platform.0.campaigns.0.last", "2024-W01"},
		{"cadence.by_platform.0.campaigns.0.start", "2024-01-01T00:00:00+01:00"},
		{"cadence.by_platform.0.campaigns.0.silence_weeks", "1"},
		{"cadence.by_platform.0.campaigns.0.silenced", true},
		{"cadence.by_platform.0.campaigns.0.silence_to_end", false},
		{"cadence.by_platform.0.during.weeks", "1"},
		{"cadence.by_platform.0.during.per_week", "9"},
		{"cadence.by_platform.0.during.responses.response_rate", "0.3333333333333333"},
		{"cadence.by_platform.0.during.responses.first_response_seconds.median", "18000"},
		{"cadence.by_platform.0.after.per_week", "3"},
		{"cadence.by_platform.0.other.weeks", "0"},
		{"cadence.by_platform.0.other.per_week", nil},
		{"cadence.by_platform.0.other.responses.measurable", false},
		{"cadence.by_platform.0.other.responses.reason", "no_customer_comments"},
		// A platform with too few weeks: its weeks, no verdict.
		{"cadence.by_platform.1.measurable", false},
		{"cadence.by_platform.1.reason", "too_few_weeks"},
		{"cadence.by_platform.1.full_weeks", "1"},
		{"cadence.by_platform.1.median", nil},
		{"cadence.by_platform.1.threshold", nil},
		{"cadence.by_platform.1.weeks.0.posts", "3"},
		{"cadence.by_platform.1.weeks.0.burst", nil},
		{"cadence.by_platform.1.weeks.0.silent", nil},
		{"cadence.by_platform.1.campaigns", "[]"},
		{"cadence.by_platform.1.during", nil},
		{"cadence.by_platform.1.other", nil},

		{"crises.measurable", true},
		{"crises.comments.median", "2"},
		{"crises.comments.mad", "1"},
		{"crises.comments.threshold", "4.5"},
		{"crises.comments.min_count", "10"},
		{"crises.comments.days.1.date", "2024-01-13"},
		{"crises.comments.days.1.value", "14"},
		{"crises.comments.days.1.crisis", true},
		{"crises.comments.days.0.crisis", false},
		{"crises.feedback.measurable", false},
		{"crises.feedback.reason", "too_few_days"},
		{"crises.feedback.median", nil},
		{"crises.feedback.mad", nil},
		{"crises.feedback.threshold", nil},
		{"crises.feedback.days.0.value", "3"},
		{"crises.feedback.days.0.crisis", nil},
		{"crises.crises.0.first", "2024-01-13"},
		{"crises.crises.0.last", "2024-01-13"},
		{"crises.crises.0.days", "1"},
		{"crises.crises.0.by_comments", true},
		{"crises.crises.0.by_feedback", false},
		{"crises.crises.0.customer_comments", "14"},
		{"crises.crises.0.peak_comments", "14"},
		{"crises.crises.0.feedback", nil},
		{"crises.crises.0.weekday", "6"}, // Saturday, ISO 8601
		{"crises.crises.0.start_hour", nil},
		{"crises.crises.0.out_of_hours", true},
		{"crises.crises.0.responses.unanswered", "10"},
		{"crises.crisis_days.response_rate", "0.2857142857142857"}, // 4 / 14
		{"crises.normal_days.first_response_seconds.median", "7200"},
		{"crises.out_of_hours_starts", "1"},

		// Too few weeks: the weeks are there, no correlation.
		{"pushback.measurable", false},
		{"pushback.reason", "too_few_weeks"},
		{"pushback.basis", "post_per_1000_impressions"},
		{"pushback.weeks.0.week", "2024-W02"},
		{"pushback.weeks.0.start", "2024-01-08T00:00:00+01:00"},
		{"pushback.weeks.0.posts", "4"},
		{"pushback.weeks.0.feedback", "3"},
		{"pushback.weeks.0.impressions", "2000"},
		{"pushback.weeks.0.per_1000_impressions", "1.5"},
		{"pushback.rho", nil},
		{"pushback.strength", nil},
		{"pushback.direction", nil},

		{"clicks.measurable", true},
		{"clicks.counted_posts", "2"},
		{"clicks.clicks_high", "900"},
		{"clicks.clicks_low", "40"},
		{"clicks.conversation_high", "30"},
		{"clicks.conversation_low", "2"},
		{"clicks.total_clicks", "940"},
		{"clicks.total_conversation", "32"},
		{"clicks.conversations_per_100_clicks", "3.404255319148936"},
		{"clicks.click_only", "1"},
		{"clicks.starters", "1"},
		{"clicks.by_type.0.type", "link"},
		{"clicks.by_type.0.median_comments", nil},
		{"clicks.by_type.0.median_shares", "2"},
		{"clicks.top_click_only.0.post_id", "201"},
		{"clicks.top_click_only.0.text", "Our new shop: click here"},
		{"clicks.top_click_only.0.account", "Maison Dupont"},
		{"clicks.top_click_only.0.comments", nil},
		{"clicks.top_starters.0.permalink", "https://www.facebook.com/maisondupont/posts/202"},
		// Every post is in data/posts.csv, not here.
		{"clicks.full_list", "data/posts.csv"},

		{"members.measurable", true},
		{"members.answers", true},
		{"members.answers_reason", nil},
		{"members.customers", "14"},
		{"members.anonymous", "2"},
		{"members.regulars", "3"},
		{"members.never_answered", "1"},
		{"members.top.0.author_id", "u1"},
		{"members.top.0.author_name", "Jane Roe"},
		{"members.top.0.answered", "0"},
		{"members.top.0.unanswered", "4"},
		{"members.top.0.pending", "1"},
		{"members.top.0.first", "2024-01-05T08:00:00+01:00"},
		{"members.top.0.last", "2024-03-30T22:10:00+01:00"},
		// Answers not known on the member's platform: null, not 0.
		{"members.top.1.author_id", ""},
		{"members.top.1.comments", "3"},
		{"members.top.1.answered", nil},
		{"members.top.1.unanswered", nil},
		{"members.top.1.pending", nil},
		{"members.never_answered_top.0.platform", "facebook"},
		{"members.full_list", "data/members.csv"},

		{"concentration.audience.measurable", true},
		{"concentration.audience.basis", "followers"},
		{"concentration.audience.missing", "[]"},
		{"concentration.audience.total", "5000"},
		{"concentration.audience.shares.0.share", "0.6"},
		{"concentration.audience.shares.1.value", "2000"},
		{"concentration.audience.hhi", "0.52"},
		{"concentration.audience.leader", "facebook"},
		{"concentration.engagement.measurable", false},
		{"concentration.engagement.reason", "unknown_for_platforms"},
		{"concentration.engagement.missing.0", "instagram"},
		{"concentration.engagement.total", nil},
		{"concentration.engagement.shares", "[]"},
		{"concentration.engagement.hhi", nil},
		{"concentration.engagement.leader", nil},
		{"concentration.conversations.reason", "zero_total"},
		{"concentration.conversations.total", "0"},

		{"agents.measurable", true},
		{"agents.replies", "12"},
		{"agents.named", "10"},
		{"agents.by_agent.0.agent", "Julie"},
		{"agents.by_agent.0.share", "0.7"},
		{"agents.by_agent.0.first_responses", "5"},
		{"agents.by_agent.0.first_response_seconds.median", "5400"},
		{"agents.by_agent.0.first_response_seconds.p90", "10800"},
		{"agents.by_agent.0.first_response_seconds.mean", "7200"},
		{"agents.by_agent.1.first_responses", "0"},
		{"agents.by_agent.1.first_response_seconds.median", nil},
		{"agents.agents", "2"},
		{"agents.full_list", "data/agents.csv"},
		{"agents.unnamed.replies", "2"},
		{"agents.unnamed.first_response_seconds.median", "3600"},
	})

	if _, ok := lookup(t, doc, "diagnostics.clicks").(map[string]any)["posts"]; ok {
		t.Errorf("clicks still lists every post")
	}
}

// TestMetricsDiagnosticsNotMeasurable checks the nulls and reason codes of
// diagnostics the data does not support, and the counts that stay known.
func TestMetricsDiagnosticsNotMeasurable(t *testing.T) {
	res := sparse()
	res.Diagnostics = analyze.Diagnostics{
		Canned:  analyze.CannedReplies{Reason: analyze.ReasonNoReplySource},
		Cadence: analyze.Cadence{Reason: analyze.ReasonNoPosts},
		Crises: analyze.Crises{Reason: analyze.ReasonTooFewDays,
			Comments: analyze.CrisisSeries{Reason: analyze.ReasonTooFewDays, MinCount: 10,
				Days: []analyze.DayValue{{Day: time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC), Value: 7}}},
			Feedback: analyze.CrisisSeries{Reason: analyze.ReasonNoFeedbackData, MinCount: 10}},
		Pushback: analyze.Pushback{Reason: analyze.ReasonNoFeedbackData},
		Clicks:   analyze.Clicks{Reason: analyze.ReasonTooFewPosts, Posts: 5},
		Members:  analyze.Members{Reason: analyze.ReasonNoAuthors, Anonymous: 7},
		Concentration: analyze.Concentration{
			Audience:      analyze.ConcentrationMeasure{Reason: analyze.ReasonUnknownForPlatforms, Basis: analyze.BasisFollowers, Missing: []string{"x"}, FallbackMissing: []string{"x"}},
			Engagement:    analyze.ConcentrationMeasure{Reason: analyze.ReasonUnknownForPlatforms, Basis: analyze.BasisEngagement, Missing: []string{"x"}},
			Conversations: analyze.ConcentrationMeasure{Measurable: true, Basis: analyze.BasisConversations, Total: 7, Shares: []analyze.PlatformShare{{Platform: "x", Value: 7, Share: 1}}, HHI: fp(1), Leader: "x"},
		},
		Agents: analyze.Agents{Reason: analyze.ReasonNoAgent, Replies: 4},
	}
	doc, raw := decodeMetricsMeta(t, res, fixtureMeta())
	checkPaths(t, doc, []pathWant{
		{"canned_replies.measurable", false},
		{"canned_replies.reason", "no_reply_source"},
		{"canned_replies.replies", nil},
		{"canned_replies.with_text", nil},
		{"canned_replies.canned", nil},
		{"canned_replies.share", nil},
		{"canned_replies.texts", nil},
		{"canned_replies.top", "[]"},
		{"canned_replies.by_platform", "[]"},

		{"cadence.measurable", false},
		{"cadence.reason", "no_posts"},
		{"cadence.campaigns", nil},
		{"cadence.silenced", nil},
		{"cadence.by_platform", "[]"},

		{"crises.measurable", false},
		{"crises.reason", "too_few_days"},
		{"crises.comments.reason", "too_few_days"},
		{"crises.comments.median", nil},
		{"crises.comments.threshold", nil},
		{"crises.comments.days.0.date", "2024-05-02"},
		{"crises.comments.days.0.value", "7"},
		{"crises.comments.days.0.crisis", nil},
		{"crises.feedback.reason", "no_feedback_data"},
		{"crises.feedback.days", "[]"},
		{"crises.crises", "[]"},
		{"crises.crisis_days", nil},
		{"crises.normal_days", nil},
		{"crises.out_of_hours_starts", nil},

		{"pushback.reason", "no_feedback_data"},
		{"pushback.basis", nil},
		{"pushback.weeks", "[]"},
		{"pushback.rho", nil},

		{"clicks.measurable", false},
		{"clicks.reason", "too_few_posts"},
		{"clicks.counted_posts", "5"},
		{"clicks.clicks_high", nil},
		{"clicks.total_clicks", nil},
		{"clicks.conversations_per_100_clicks", nil},
		{"clicks.click_only", nil},
		{"clicks.starters", nil},
		{"clicks.by_type", "[]"},
		{"clicks.top_click_only", "[]"},
		{"clicks.full_list", "data/posts.csv"},

		{"members.measurable", false},
		{"members.reason", "no_authors"},
		{"members.answers", false},
		{"members.answers_reason", "no_authors"},
		{"members.customers", nil},
		{"members.anonymous", "7"},
		{"members.regulars", nil},
		{"members.never_answered", nil},
		{"members.top", "[]"},
		{"members.never_answered_top", "[]"},

		{"concentration.audience.reason", "unknown_for_platforms"},
		{"concentration.audience.missing.0", "x"},
		{"concentration.audience.fallback_missing.0", "x"},
		{"concentration.audience.total", nil},
		{"concentration.audience.hhi", nil},
		{"concentration.audience.leader", nil},
		{"concentration.conversations.measurable", true},
		{"concentration.conversations.shares.0.share", "1"},
		{"concentration.conversations.hhi", "1"},
		{"concentration.conversations.fallback_missing", "[]"},

		// No agent named: the replies are counted, none names anybody.
		{"agents.measurable", false},
		{"agents.reason", "no_agent"},
		{"agents.replies", "4"},
		{"agents.named", "0"},
		{"agents.by_agent", "[]"},
		{"agents.unnamed", nil},
	})
	if bytes.Contains(raw, []byte(`"diagnostics": {}`)) || !bytes.Contains(raw, []byte(`"by_agent": []`)) {
		t.Error("the diagnostics' empty lists are not written []")
	}

	// Members whose answers are unknown everywhere; agents that cannot
	// tell the brand's comments.
	res.Diagnostics.Members = analyze.Members{Measurable: true, AnswersReason: analyze.ReasonNoBrandComments, Customers: 2, Regulars: 1, NeverAnswered: 0,
		Top: []analyze.Member{{Platform: "x", AuthorID: "9", Comments: 4}}}
	res.Diagnostics.Agents = analyze.Agents{Reason: analyze.ReasonNoBrandComments}
	doc, _ = decodeMetricsMeta(t, res, fixtureMeta())
	checkPaths(t, doc, []pathWant{
		{"members.answers", false},
		{"members.answers_reason", "no_brand_comments"},
		{"members.customers", "2"},
		{"members.never_answered", nil},
		{"members.top.0.answered", nil},
		{"agents.replies", nil},
		{"agents.named", nil},
	})
}

// TestMetricsDiagnosticsDeterministic builds the file twice, and the whole
// site twice, and wants the same bytes.
func TestMetricsDiagnosticsDeterministic(t *testing.T) {
	_, a := decodeMetricsMeta(t, metricsDiagFixture(), fixtureMeta())
	_, b := decodeMetricsMeta(t, metricsDiagFixture(), fixtureMeta())
	if !bytes.Equal(a, b) {
		t.Fatal("metrics.json differs between two builds of the same results")
	}
	i := bytes.Index(a, []byte(`"diagnostics": {`))
	if i < 0 {
		t.Fatal(`metrics.json has no "diagnostics"`)
	}
	pinRecommendations(t)
	var files [2][]byte
	for k := range files {
		site, err := Build(metricsDiagFixture(), fixtureMeta())
		if err != nil {
			t.Fatal(err)
		}
		files[k] = site.File("data/metrics.json").Data
	}
	if !bytes.Equal(files[0], files[1]) {
		t.Error("data/metrics.json differs between two builds of the site")
	}
	if !bytes.Equal(files[0], a) {
		t.Error("the site's data/metrics.json is not metricsJSON's")
	}
	if !strings.Contains(string(a[i:]), `"weekday": 6,`) {
		t.Error("the crisis weekday is not an ISO number")
	}
}
