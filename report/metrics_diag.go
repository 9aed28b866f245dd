package report

import (
	"time"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/report/recommend"
)

// This file is the "diagnostics" block of data/metrics.json: the habits
// behind the numbers (analyze.Diagnostics), the rules they were found with
// and the thresholds the recommendations fire at. Its conventions are those
// of the rest of the file: rates are fractions, durations seconds, times
// RFC 3339 in the report's zone, days "2006-01-02", ISO weeks "2026-W15";
// a figure the data does not support is null, never 0; a block that is not
// measurable says so with "measurable": false and a reason code; lists are
// [] when empty.

// DiagnosticsJSON is analyze.Diagnostics.
type DiagnosticsJSON struct {
	Options       DiagOptionsJSON    `json:"options"`
	Thresholds    DiagThresholdsJSON `json:"thresholds"`
	CannedReplies CannedRepliesJSON  `json:"canned_replies"`
	Cadence       CadenceJSON        `json:"cadence"`
	Crises        CrisesJSON         `json:"crises"`
	Pushback      PushbackJSON       `json:"pushback"`
	Clicks        ClicksJSON         `json:"clicks"`
	Members       MembersJSON        `json:"members"`
	Concentration ConcentrationJSON  `json:"concentration"`
	Agents        AgentsJSON         `json:"agents"`
}

// DiagOptionsJSON are the rules the diagnostics were computed with
// (analyze.DiagnosticOptions, defaults filled in). Each key is the name of
// the setting (--threshold canned.min-repeats=3 is options.canned.min_repeats).
type DiagOptionsJSON struct {
	Canned struct {
		MinRepeats int `json:"min_repeats"`
		Top        int `json:"top"`
	} `json:"canned"`
	Cadence struct {
		BurstFactor     float64 `json:"burst_factor"`
		BurstMinPosts   int     `json:"burst_min_posts"`
		MinWeeks        int     `json:"min_weeks"`
		MinSilenceWeeks int     `json:"min_silence_weeks"`
		AfterWeeks      int     `json:"after_weeks"`
	} `json:"cadence"`
	Crises struct {
		MADFactor   float64 `json:"mad_factor"`
		MinComments int     `json:"min_comments"`
		MinFeedback int     `json:"min_feedback"`
		MinDays     int     `json:"min_days"`
	} `json:"crises"`
	Pushback struct {
		MinWeeks int     `json:"min_weeks"`
		Moderate float64 `json:"moderate"`
		Strong   float64 `json:"strong"`
	} `json:"pushback"`
	Clicks struct {
		HighPercentile int `json:"high_percentile"`
		LowPercentile  int `json:"low_percentile"`
		MinPosts       int `json:"min_posts"`
		Top            int `json:"top"`
	} `json:"clicks"`
	Members struct {
		Top         int `json:"top"`
		MinComments int `json:"min_comments"`
	} `json:"members"`
}

// DiagThresholdsJSON are the recommendation thresholds in force
// (recommend.Thresholds, defaults filled in), keyed as the settings
// (--threshold response.low-rate=65% is thresholds.response.low_rate).
// Rates are fractions; durations are seconds (keys ending in _seconds).
type DiagThresholdsJSON struct {
	Response struct {
		LowRate           float64 `json:"low_rate"`
		CriticalRate      float64 `json:"critical_rate"`
		SlowMedianSeconds float64 `json:"slow_median_seconds"`
		GoodRate          float64 `json:"good_rate"`
		GoodMedianSeconds float64 `json:"good_median_seconds"`
	} `json:"response"`
	Questions struct {
		Rate float64 `json:"rate"`
	} `json:"questions"`
	OutOfHours struct {
		Gap          float64 `json:"gap"`
		MedianFactor float64 `json:"median_factor"`
		MinJudged    int     `json:"min_judged"`
	} `json:"out_of_hours"`
	Broadcast struct {
		Share float64 `json:"share"`
	} `json:"broadcast"`
	Canned struct {
		Share float64 `json:"share"`
	} `json:"canned"`
	Cadence struct {
		SilencedCampaigns int `json:"silenced_campaigns"`
	} `json:"cadence"`
	Crises struct {
		RateGap      float64 `json:"rate_gap"`
		MedianFactor float64 `json:"median_factor"`
	} `json:"crises"`
	Clicks struct {
		ClickOnlyShare float64 `json:"click_only_share"`
	} `json:"clicks"`
	Members struct {
		NeverAnswered int `json:"never_answered"`
	} `json:"members"`
	Concentration struct {
		LeaderShare float64 `json:"leader_share"`
	} `json:"concentration"`
	Agents struct {
		Share        float64 `json:"share"`
		MedianFactor float64 `json:"median_factor"`
		MinResponses int     `json:"min_responses"`
	} `json:"agents"`
}

// CannedRepliesJSON is analyze.CannedReplies. Replies is null when the data
// cannot count the brand's replies; with_text, canned, share and texts are
// null when not measurable (with_text is 0 for "no_replies" and
// "no_reply_text", where it is known).
type CannedRepliesJSON struct {
	Measurable bool                 `json:"measurable"`
	Reason     *string              `json:"reason"`
	Replies    *int                 `json:"replies"`
	WithText   *int                 `json:"with_text"`
	Canned     *int                 `json:"canned"`
	Share      *float64             `json:"share"`
	Texts      *int                 `json:"texts"`
	Top        []CannedTextJSON     `json:"top"`
	ByPlatform []CannedPlatformJSON `json:"by_platform"`
}

// CannedTextJSON is one canned reply: its normalised text, how many copies,
// the earliest copy as written, and when and where it was pasted.
type CannedTextJSON struct {
	Text      string   `json:"text"`
	Count     int      `json:"count"`
	Example   string   `json:"example"`
	First     string   `json:"first"`
	Last      string   `json:"last"`
	Platforms []string `json:"platforms"`
}

// CannedPlatformJSON is the canned replies of one platform.
type CannedPlatformJSON struct {
	Platform string   `json:"platform"`
	WithText int      `json:"with_text"`
	Canned   int      `json:"canned"`
	Share    *float64 `json:"share"`
}

// CadenceJSON is analyze.Cadence; campaigns and silenced are null when no
// platform is measurable.
type CadenceJSON struct {
	Measurable bool                  `json:"measurable"`
	Reason     *string               `json:"reason"`
	Campaigns  *int                  `json:"campaigns"`
	Silenced   *int                  `json:"silenced"`
	ByPlatform []PlatformCadenceJSON `json:"by_platform"`
}

// PlatformCadenceJSON is one platform's cadence. Median, threshold and the
// windows are null when the platform is not measurable (too few full
// weeks); its weeks are listed all the same, with burst and silent null.
type PlatformCadenceJSON struct {
	Platform   string            `json:"platform"`
	Measurable bool              `json:"measurable"`
	Reason     *string           `json:"reason"`
	FullWeeks  int               `json:"full_weeks"`
	Median     *int              `json:"median"`
	Threshold  *int              `json:"threshold"`
	Weeks      []CadenceWeekJSON `json:"weeks"`
	Campaigns  []CampaignJSON    `json:"campaigns"`
	During     *WindowJSON       `json:"during"`
	After      *WindowJSON       `json:"after"`
	Other      *WindowJSON       `json:"other"`
}

// CadenceWeekJSON is one ISO week of a platform: week is "2026-W15", start
// its Monday at midnight, partial true when the period covers only part of
// it.
type CadenceWeekJSON struct {
	Week             string `json:"week"`
	Start            string `json:"start"`
	Partial          bool   `json:"partial"`
	Posts            int    `json:"posts"`
	CustomerComments int    `json:"customer_comments"`
	Burst            *bool  `json:"burst"`
	Silent           *bool  `json:"silent"`
}

// CampaignJSON is a run of burst weeks: first and last are ISO weeks,
// start the first week's Monday; silence_weeks counts the full weeks
// without a post right after it.
type CampaignJSON struct {
	First        string `json:"first"`
	Last         string `json:"last"`
	Start        string `json:"start"`
	Weeks        int    `json:"weeks"`
	Posts        int    `json:"posts"`
	SilenceWeeks int    `json:"silence_weeks"`
	Silenced     bool   `json:"silenced"`
	SilenceToEnd bool   `json:"silence_to_end"`
}

// WindowJSON is the customer activity of a set of full weeks; per_week is
// null when there is no such week.
type WindowJSON struct {
	Weeks            int               `json:"weeks"`
	CustomerComments int               `json:"customer_comments"`
	PerWeek          *float64          `json:"per_week"`
	Responses        ResponseStatsJSON `json:"responses"`
}

// CrisesJSON is analyze.Crises. crisis_days, normal_days and
// out_of_hours_starts are null when neither series is measurable.
type CrisesJSON struct {
	Measurable       bool               `json:"measurable"`
	Reason           *string            `json:"reason"`
	Comments         CrisisSeriesJSON   `json:"comments"`
	Feedback         CrisisSeriesJSON   `json:"feedback"`
	Crises           []CrisisJSON       `json:"crises"`
	CrisisDays       *ResponseStatsJSON `json:"crisis_days"`
	NormalDays       *ResponseStatsJSON `json:"normal_days"`
	OutOfHoursStarts *int               `json:"out_of_hours_starts"`
}

// CrisisSeriesJSON is one daily series and its threshold; median, mad and
// threshold are null, and each day's crisis null, when the series is not
// measurable.
type CrisisSeriesJSON struct {
	Measurable bool           `json:"measurable"`
	Reason     *string        `json:"reason"`
	Median     *int64         `json:"median"`
	MAD        *int64         `json:"mad"`
	Threshold  *float64       `json:"threshold"`
	MinCount   int            `json:"min_count"`
	Days       []DayValueJSON `json:"days"`
}

// DayValueJSON is one day of a daily series; date is "2006-01-02" in the
// report's zone.
type DayValueJSON struct {
	Date   string `json:"date"`
	Value  int64  `json:"value"`
	Crisis *bool  `json:"crisis"`
}

// CrisisJSON is a run of crisis days. first and last are dates; weekday is
// the first day's ISO 8601 weekday number (1 = Monday ... 7 = Sunday);
// feedback is null when none of its days carries negative feedback;
// start_hour (0-23) is null when unknown, out_of_hours null when it started
// on a weekday at an unknown hour.
type CrisisJSON struct {
	First            string            `json:"first"`
	Last             string            `json:"last"`
	Days             int               `json:"days"`
	ByComments       bool              `json:"by_comments"`
	ByFeedback       bool              `json:"by_feedback"`
	CustomerComments int               `json:"customer_comments"`
	PeakComments     int               `json:"peak_comments"`
	Feedback         *int64            `json:"feedback"`
	Weekday          int               `json:"weekday"`
	StartHour        *int              `json:"start_hour"`
	OutOfHours       *bool             `json:"out_of_hours"`
	Responses        ResponseStatsJSON `json:"responses"`
}

// PushbackJSON is analyze.Pushback. basis is null when no feedback data
// exists; rho, strength and direction are null when not measurable. The
// weeks are listed even when too few to conclude.
type PushbackJSON struct {
	Measurable bool               `json:"measurable"`
	Reason     *string            `json:"reason"`
	Basis      *string            `json:"basis"`
	Weeks      []PushbackWeekJSON `json:"weeks"`
	Rho        *float64           `json:"rho"`
	Strength   *string            `json:"strength"`
	Direction  *string            `json:"direction"`
}

// PushbackWeekJSON is one full ISO week: its posts against its negative
// feedback per 1,000 impressions.
type PushbackWeekJSON struct {
	Week        string  `json:"week"`
	Start       string  `json:"start"`
	Posts       int     `json:"posts"`
	Feedback    int64   `json:"feedback"`
	Impressions int64   `json:"impressions"`
	Per1000     float64 `json:"per_1000_impressions"`
}

// ClicksJSON is analyze.Clicks. counted_posts is the number of posts with
// clicks and a conversation figure, each of them a row of data/posts.csv
// (full_list) when measurable; every other figure is null, and the CSV
// file has no row, when not measurable.
type ClicksJSON struct {
	Measurable                bool               `json:"measurable"`
	Reason                    *string            `json:"reason"`
	CountedPosts              int                `json:"counted_posts"`
	ClicksHigh                *int64             `json:"clicks_high"`
	ClicksLow                 *int64             `json:"clicks_low"`
	ConversationHigh          *int64             `json:"conversation_high"`
	ConversationLow           *int64             `json:"conversation_low"`
	TotalClicks               *int64             `json:"total_clicks"`
	TotalConversation         *int64             `json:"total_conversation"`
	ConversationsPer100Clicks *float64           `json:"conversations_per_100_clicks"`
	ClickOnly                 *int               `json:"click_only"`
	Starters                  *int               `json:"starters"`
	ByType                    []ClickTypeJSON    `json:"by_type"`
	TopClickOnly              []ClickTopPostJSON `json:"top_click_only"`
	TopStarters               []ClickTopPostJSON `json:"top_starters"`
	// FullList is the CSV of every post counted (counted_posts rows).
	FullList string `json:"full_list"`
}

// ClickTypeJSON is the clicks of one post type ("" when the export does not
// say); median_comments and median_shares are null when no post of the
// type carries them.
type ClickTypeJSON struct {
	Type                      string   `json:"type"`
	Posts                     int      `json:"posts"`
	MedianClicks              int64    `json:"median_clicks"`
	MedianConversation        int64    `json:"median_conversation"`
	MedianComments            *int64   `json:"median_comments"`
	MedianShares              *int64   `json:"median_shares"`
	ClickOnly                 int      `json:"click_only"`
	Starters                  int      `json:"starters"`
	ConversationsPer100Clicks *float64 `json:"conversations_per_100_clicks"`
}

// ClickPostJSON is one post's clicks and conversation; unknown counts are
// null.
type ClickPostJSON struct {
	Platform        string `json:"platform"`
	PostID          string `json:"post_id"`
	PublishedAt     string `json:"published_at"`
	Type            string `json:"type"`
	Clicks          int64  `json:"clicks"`
	Comments        *int64 `json:"comments"`
	Shares          *int64 `json:"shares"`
	Conversation    int64  `json:"conversation"`
	CustomerReplies *int64 `json:"customer_replies"`
	BrandReplies    *int64 `json:"brand_replies"`
	ClickOnly       bool   `json:"click_only"`
	Starter         bool   `json:"starter"`
}

// ClickTopPostJSON is a post of the top lists: ClickPostJSON with its
// account, text and link.
type ClickTopPostJSON struct {
	ClickPostJSON
	Account   string `json:"account"`
	Text      string `json:"text"`
	Permalink string `json:"permalink"`
}

// MembersJSON is analyze.Members. customers, regulars and never_answered
// are null when not measurable; never_answered is null too when the answer
// counts are not known (answers false, answers_reason says why).
type MembersJSON struct {
	Measurable       bool         `json:"measurable"`
	Reason           *string      `json:"reason"`
	Answers          bool         `json:"answers"`
	AnswersReason    *string      `json:"answers_reason"`
	Customers        *int         `json:"customers"`
	Anonymous        int          `json:"anonymous"`
	Regulars         *int         `json:"regulars"`
	NeverAnswered    *int         `json:"never_answered"`
	Top              []MemberJSON `json:"top"`
	NeverAnsweredTop []MemberJSON `json:"never_answered_top"`
	// FullList is the CSV of every customer (customers rows).
	FullList string `json:"full_list"`
}

// MemberJSON is one customer; answered, unanswered and pending are null
// when the answers are not known on the member's platform.
type MemberJSON struct {
	Platform   string `json:"platform"`
	AuthorID   string `json:"author_id"`
	AuthorName string `json:"author_name"`
	Comments   int    `json:"comments"`
	Answered   *int   `json:"answered"`
	Unanswered *int   `json:"unanswered"`
	Pending    *int   `json:"pending"`
	First      string `json:"first"`
	Last       string `json:"last"`
}

// ConcentrationJSON is analyze.Concentration.
type ConcentrationJSON struct {
	Audience      ConcentrationMeasureJSON `json:"audience"`
	Engagement    ConcentrationMeasureJSON `json:"engagement"`
	Conversations ConcentrationMeasureJSON `json:"conversations"`
}

// ConcentrationMeasureJSON is one measure: each platform's value and share,
// and the Herfindahl-Hirschman index. total is null when a platform's value
// is unknown (0 when every value is known and zero); hhi and leader are
// null when not measurable. fallback_missing is only ever filled for the
// audience.
type ConcentrationMeasureJSON struct {
	Measurable      bool                `json:"measurable"`
	Reason          *string             `json:"reason"`
	Basis           string              `json:"basis"`
	Missing         []string            `json:"missing"`
	FallbackMissing []string            `json:"fallback_missing"`
	Total           *int64              `json:"total"`
	Shares          []PlatformShareJSON `json:"shares"`
	HHI             *float64            `json:"hhi"`
	Leader          *string             `json:"leader"`
}

// PlatformShareJSON is one platform's value and share of a measure.
type PlatformShareJSON struct {
	Platform string  `json:"platform"`
	Value    int64   `json:"value"`
	Share    float64 `json:"share"`
}

// AgentsJSON is analyze.Agents. replies is null when the data cannot tell
// the brand's comments; named when not measurable for another reason than
// "no_replies" or "no_agent"; unnamed when not measurable.
type AgentsJSON struct {
	Measurable bool    `json:"measurable"`
	Reason     *string `json:"reason"`
	Replies    *int    `json:"replies"`
	Named      *int    `json:"named"`
	// Agents counts the agents; by_agent lists the first maxAgents of
	// them, most replies first, and full_list is the CSV of all.
	Agents   int               `json:"agents"`
	ByAgent  []AgentJSON       `json:"by_agent"`
	Unnamed  *UnnamedAgentJSON `json:"unnamed"`
	FullList string            `json:"full_list"`
}

// AgentJSON is one agent: replies, share of the replies naming an agent,
// and the first responses they wrote (first_responses of them, times in
// seconds).
type AgentJSON struct {
	Agent                string            `json:"agent"`
	Replies              int               `json:"replies"`
	Share                *float64          `json:"share"`
	FirstResponses       int               `json:"first_responses"`
	FirstResponseSeconds FirstResponseJSON `json:"first_response_seconds"`
}

// UnnamedAgentJSON gathers the replies, and first responses, naming nobody.
type UnnamedAgentJSON struct {
	Replies              int               `json:"replies"`
	FirstResponses       int               `json:"first_responses"`
	FirstResponseSeconds FirstResponseJSON `json:"first_response_seconds"`
}

// diagnosticsJSON converts res.Diagnostics; thresholds are the ones the
// recommendations use.
func diagnosticsJSON(res *analyze.Results, thresholds recommend.Thresholds) DiagnosticsJSON {
	loc := location(res)
	d := &res.Diagnostics
	return DiagnosticsJSON{
		Options:       diagOptionsJSON(d.Options.WithDefaults()),
		Thresholds:    diagThresholdsJSON(thresholds.WithDefaults()),
		CannedReplies: cannedJSON(d.Canned, loc),
		Cadence:       cadenceJSON(d.Cadence, loc),
		Crises:        crisesJSON(d.Crises, loc),
		Pushback:      pushbackJSON(d.Pushback, loc),
		Clicks:        clicksJSON(d.Clicks, loc),
		Members:       membersJSON(d.Members, loc),
		Concentration: ConcentrationJSON{
			Audience:      concentrationJSON(d.Concentration.Audience),
			Engagement:    concentrationJSON(d.Concentration.Engagement),
			Conversations: concentrationJSON(d.Concentration.Conversations),
		},
		Agents: agentsJSON(d.Agents),
	}
}

func diagOptionsJSON(o analyze.DiagnosticOptions) DiagOptionsJSON {
	var j DiagOptionsJSON
	j.Canned.MinRepeats, j.Canned.Top = o.Canned.MinRepeats, o.Canned.Top
	c := o.Cadence
	j.Cadence.BurstFactor, j.Cadence.BurstMinPosts, j.Cadence.MinWeeks = c.BurstFactor, c.BurstMinPosts, c.MinWeeks
	j.Cadence.MinSilenceWeeks, j.Cadence.AfterWeeks = c.MinSilenceWeeks, c.AfterWeeks
	cr := o.Crises
	j.Crises.MADFactor, j.Crises.MinComments, j.Crises.MinFeedback, j.Crises.MinDays = cr.MADFactor, cr.MinComments, cr.MinFeedback, cr.MinDays
	j.Pushback.MinWeeks, j.Pushback.Moderate, j.Pushback.Strong = o.Pushback.MinWeeks, o.Pushback.Moderate, o.Pushback.Strong
	cl := o.Clicks
	j.Clicks.HighPercentile, j.Clicks.LowPercentile, j.Clicks.MinPosts, j.Clicks.Top = cl.HighPercentile, cl.LowPercentile, cl.MinPosts, cl.Top
	j.Members.Top, j.Members.MinComments = o.Members.Top, o.Members.MinComments
	return j
}

func diagThresholdsJSON(t recommend.Thresholds) DiagThresholdsJSON {
	var j DiagThresholdsJSON
	j.Response.LowRate = t.LowResponseRate
	j.Response.CriticalRate = t.CriticalResponseRate
	j.Response.SlowMedianSeconds = t.SlowMedian.Seconds()
	j.Response.GoodRate = t.GoodResponseRate
	j.Response.GoodMedianSeconds = t.GoodMedian.Seconds()
	j.Questions.Rate = t.QuestionResponseRate
	j.OutOfHours.Gap = t.OutOfHoursGap
	j.OutOfHours.MedianFactor = t.OutOfHoursMedianFactor
	j.OutOfHours.MinJudged = t.OutOfHoursMinJudged
	j.Broadcast.Share = t.BroadcastShare
	j.Canned.Share = t.CannedShare
	j.Cadence.SilencedCampaigns = t.SilencedCampaigns
	j.Crises.RateGap = t.CrisisRateGap
	j.Crises.MedianFactor = t.CrisisMedianFactor
	j.Clicks.ClickOnlyShare = t.ClickOnlyShare
	j.Members.NeverAnswered = t.NeverAnswered
	j.Concentration.LeaderShare = t.LeaderShare
	j.Agents.Share = t.AgentShare
	j.Agents.MedianFactor = t.AgentMedianFactor
	j.Agents.MinResponses = t.AgentMinResponses
	return j
}

// jsonInt, jsonInt64, jsonFloat, jsonBool and jsonString take a copy's
// address; the JSON of an unknown figure is a nil pointer.
func jsonInt(n int) *int           { return &n }
func jsonInt64(n int64) *int64     { return &n }
func jsonFloat(x float64) *float64 { return &x }
func jsonBool(b bool) *bool        { return &b }
func jsonString(s string) *string  { return &s }

// jsonTime formats t as RFC 3339 in the report's zone.
func jsonTime(t time.Time, loc *time.Location) string { return t.In(loc).Format(time.RFC3339) }

// jsonDate formats a day (midnight in the report's zone) as "2006-01-02".
func jsonDate(t time.Time, loc *time.Location) string { return t.In(loc).Format("2006-01-02") }

func cannedJSON(c analyze.CannedReplies, loc *time.Location) CannedRepliesJSON {
	j := CannedRepliesJSON{
		Measurable: c.Measurable,
		Reason:     reasonPtr(c.Measurable, c.Reason),
		Top:        []CannedTextJSON{},
		ByPlatform: []CannedPlatformJSON{},
	}
	// The replies are counted unless the data cannot say which comments
	// are the brand's; their texts are counted once there is a reply.
	switch {
	case c.Measurable:
		j.Replies, j.WithText = jsonInt(c.Replies), jsonInt(c.WithText)
	case c.Reason == analyze.ReasonNoReplies, c.Reason == analyze.ReasonNoReplyText:
		j.Replies, j.WithText = jsonInt(c.Replies), jsonInt(c.WithText)
		return j
	default:
		return j
	}
	j.Canned, j.Share, j.Texts = jsonInt(c.Canned), c.Share, jsonInt(c.Texts)
	for _, t := range c.Top {
		j.Top = append(j.Top, CannedTextJSON{
			Text:      t.Text,
			Count:     t.Count,
			Example:   t.Example,
			First:     jsonTime(t.First, loc),
			Last:      jsonTime(t.Last, loc),
			Platforms: append([]string{}, t.Platforms...),
		})
	}
	for _, p := range c.ByPlatform {
		j.ByPlatform = append(j.ByPlatform, CannedPlatformJSON{p.Platform, p.WithText, p.Canned, p.Share})
	}
	return j
}

func cadenceJSON(c analyze.Cadence, loc *time.Location) CadenceJSON {
	j := CadenceJSON{
		Measurable: c.Measurable,
		Reason:     reasonPtr(c.Measurable, c.Reason),
		ByPlatform: []PlatformCadenceJSON{},
	}
	if c.Measurable {
		j.Campaigns, j.Silenced = jsonInt(c.Campaigns), jsonInt(c.Silenced)
	}
	for _, p := range c.ByPlatform {
		pj := PlatformCadenceJSON{
			Platform:   p.Platform,
			Measurable: p.Measurable,
			Reason:     reasonPtr(p.Measurable, p.Reason),
			FullWeeks:  p.FullWeeks,
			Weeks:      []CadenceWeekJSON{},
			Campaigns:  []CampaignJSON{},
		}
		for _, w := range p.Weeks {
			wj := CadenceWeekJSON{
				Week:             w.Label,
				Start:            jsonTime(w.Start, loc),
				Partial:          w.Partial,
				Posts:            w.Posts,
				CustomerComments: w.CustomerComments,
			}
			if p.Measurable {
				wj.Burst, wj.Silent = jsonBool(w.Burst), jsonBool(w.Silent)
			}
			pj.Weeks = append(pj.Weeks, wj)
		}
		if p.Measurable {
			pj.Median, pj.Threshold = jsonInt(p.Median), jsonInt(p.Threshold)
			for _, cp := range p.Campaigns {
				pj.Campaigns = append(pj.Campaigns, CampaignJSON{
					First:        cp.First.Label,
					Last:         cp.Last.Label,
					Start:        jsonTime(cp.First.Start, loc),
					Weeks:        cp.Weeks,
					Posts:        cp.Posts,
					SilenceWeeks: cp.SilenceWeeks,
					Silenced:     cp.Silenced,
					SilenceToEnd: cp.SilenceToEnd,
				})
			}
			pj.During, pj.After, pj.Other = windowJSON(p.During), windowJSON(p.After), windowJSON(p.Other)
		}
		j.ByPlatform = append(j.ByPlatform, pj)
	}
	return j
}

func windowJSON(w analyze.WindowActivity) *WindowJSON {
	return &WindowJSON{
		Weeks:            w.Weeks,
		CustomerComments: w.CustomerComments,
		PerWeek:          w.PerWeek,
		Responses:        responseJSON(w.Responses),
	}
}

func crisesJSON(c analyze.Crises, loc *time.Location) CrisesJSON {
	j := CrisesJSON{
		Measurable: c.Measurable,
		Reason:     reasonPtr(c.Measurable, c.Reason),
		Comments:   crisisSeriesJSON(c.Comments, loc),
		Feedback:   crisisSeriesJSON(c.Feedback, loc),
		Crises:     []CrisisJSON{},
	}
	if !c.Measurable {
		return j
	}
	for _, cr := range c.Crises {
		j.Crises = append(j.Crises, CrisisJSON{
			First:            jsonDate(cr.First, loc),
			Last:             jsonDate(cr.Last, loc),
			Days:             cr.Days,
			ByComments:       cr.ByComments,
			ByFeedback:       cr.ByFeedback,
			CustomerComments: cr.CustomerComments,
			PeakComments:     cr.PeakComments,
			Feedback:         cr.Feedback.Ptr(),
			Weekday:          cr.Weekday + 1, // analyze: 0 = Monday; ISO: 1 = Monday
			StartHour:        cr.StartHour,
			OutOfHours:       cr.OutOfHours,
			Responses:        responseJSON(cr.Responses),
		})
	}
	crisis, normal := responseJSON(c.CrisisDays), responseJSON(c.NormalDays)
	j.CrisisDays, j.NormalDays = &crisis, &normal
	j.OutOfHoursStarts = jsonInt(c.OutOfHoursStarts)
	return j
}

func crisisSeriesJSON(s analyze.CrisisSeries, loc *time.Location) CrisisSeriesJSON {
	j := CrisisSeriesJSON{
		Measurable: s.Measurable,
		Reason:     reasonPtr(s.Measurable, s.Reason),
		MinCount:   s.MinCount,
		Days:       []DayValueJSON{},
	}
	if s.Measurable {
		j.Median, j.MAD, j.Threshold = jsonInt64(s.Median), jsonInt64(s.MAD), jsonFloat(s.Threshold)
	}
	for _, d := range s.Days {
		dj := DayValueJSON{Date: jsonDate(d.Day, loc), Value: d.Value}
		if s.Measurable {
			dj.Crisis = jsonBool(d.Crisis)
		}
		j.Days = append(j.Days, dj)
	}
	return j
}

func pushbackJSON(p analyze.Pushback, loc *time.Location) PushbackJSON {
	j := PushbackJSON{
		Measurable: p.Measurable,
		Reason:     reasonPtr(p.Measurable, p.Reason),
		Weeks:      []PushbackWeekJSON{},
		Rho:        p.Rho,
	}
	if p.Basis != "" {
		j.Basis = jsonString(p.Basis)
	}
	for _, w := range p.Weeks {
		j.Weeks = append(j.Weeks, PushbackWeekJSON{
			Week:        w.Label,
			Start:       jsonTime(w.Start, loc),
			Posts:       w.Posts,
			Feedback:    w.Feedback,
			Impressions: w.Impressions,
			Per1000:     w.Per1000,
		})
	}
	if p.Measurable {
		j.Strength, j.Direction = jsonString(p.Strength), jsonString(p.Direction)
	} else {
		j.Rho = nil
	}
	return j
}

func clicksJSON(c analyze.Clicks, loc *time.Location) ClicksJSON {
	j := ClicksJSON{
		Measurable:   c.Measurable,
		Reason:       reasonPtr(c.Measurable, c.Reason),
		CountedPosts: c.Posts,
		ByType:       []ClickTypeJSON{},
		TopClickOnly: []ClickTopPostJSON{},
		TopStarters:  []ClickTopPostJSON{},
		FullList:     postsPath,
	}
	if !c.Measurable {
		return j
	}
	j.ClicksHigh, j.ClicksLow = jsonInt64(c.ClicksHigh), jsonInt64(c.ClicksLow)
	j.ConversationHigh, j.ConversationLow = jsonInt64(c.ConversationHigh), jsonInt64(c.ConversationLow)
	j.TotalClicks, j.TotalConversation = jsonInt64(c.TotalClicks), jsonInt64(c.TotalConversation)
	j.ConversationsPer100Clicks = c.ConversationsPer100Clicks
	j.ClickOnly, j.Starters = jsonInt(c.ClickOnly), jsonInt(c.Starters)
	for _, t := range c.ByType {
		j.ByType = append(j.ByType, ClickTypeJSON{
			Type:                      t.Type,
			Posts:                     t.Posts,
			MedianClicks:              t.MedianClicks,
			MedianConversation:        t.MedianConversation,
			MedianComments:            t.MedianComments,
			MedianShares:              t.MedianShares,
			ClickOnly:                 t.ClickOnly,
			Starters:                  t.Starters,
			ConversationsPer100Clicks: t.ConversationsPer100Clicks,
		})
	}
	top := func(ps []analyze.PostClicks) []ClickTopPostJSON {
		out := []ClickTopPostJSON{}
		for _, pc := range ps {
			out = append(out, ClickTopPostJSON{
				ClickPostJSON: clickPostJSON(pc, loc),
				Account:       pc.Post.Account,
				Text:          pc.Post.Text,
				Permalink:     pc.Post.Permalink,
			})
		}
		return out
	}
	j.TopClickOnly, j.TopStarters = top(c.TopClickOnly), top(c.TopStarters)
	return j
}

func clickPostJSON(pc analyze.PostClicks, loc *time.Location) ClickPostJSON {
	return ClickPostJSON{
		Platform:        pc.Post.Platform,
		PostID:          pc.Post.ID,
		PublishedAt:     jsonTime(pc.Post.Published, loc),
		Type:            pc.Post.Type,
		Clicks:          pc.Clicks,
		Comments:        pc.Comments.Ptr(),
		Shares:          pc.Shares.Ptr(),
		Conversation:    pc.Conversation,
		CustomerReplies: pc.CustomerReplies.Ptr(),
		BrandReplies:    pc.BrandReplies.Ptr(),
		ClickOnly:       pc.ClickOnly,
		Starter:         pc.Starter,
	}
}

func membersJSON(m analyze.Members, loc *time.Location) MembersJSON {
	j := MembersJSON{
		Measurable:       m.Measurable,
		Reason:           reasonPtr(m.Measurable, m.Reason),
		Answers:          m.Measurable && m.Answers,
		Anonymous:        m.Anonymous,
		Top:              []MemberJSON{},
		NeverAnsweredTop: []MemberJSON{},
		FullList:         membersPath,
	}
	if !m.Measurable {
		// No answer counts without members: the same reason.
		j.AnswersReason = reasonPtr(false, m.Reason)
		return j
	}
	j.AnswersReason = reasonPtr(m.Answers, m.AnswersReason)
	j.Customers, j.Regulars = jsonInt(m.Customers), jsonInt(m.Regulars)
	if m.Answers {
		j.NeverAnswered = jsonInt(m.NeverAnswered)
	}
	member := func(x analyze.Member) MemberJSON {
		mj := MemberJSON{
			Platform:   x.Platform,
			AuthorID:   x.AuthorID,
			AuthorName: x.AuthorName,
			Comments:   x.Comments,
			First:      jsonTime(x.First, loc),
			Last:       jsonTime(x.Last, loc),
		}
		if m.Answers && x.Answers {
			mj.Answered, mj.Unanswered, mj.Pending = jsonInt(x.Answered), jsonInt(x.Unanswered), jsonInt(x.Pending)
		}
		return mj
	}
	for _, x := range m.Top {
		j.Top = append(j.Top, member(x))
	}
	for _, x := range m.NeverAnsweredTop {
		j.NeverAnsweredTop = append(j.NeverAnsweredTop, member(x))
	}
	return j
}

func concentrationJSON(c analyze.ConcentrationMeasure) ConcentrationMeasureJSON {
	j := ConcentrationMeasureJSON{
		Measurable:      c.Measurable,
		Reason:          reasonPtr(c.Measurable, c.Reason),
		Basis:           c.Basis,
		Missing:         append([]string{}, c.Missing...),
		FallbackMissing: append([]string{}, c.FallbackMissing...),
		Shares:          []PlatformShareJSON{},
		HHI:             c.HHI,
	}
	// The total is known when every platform's value is: measurable, or
	// all zero.
	if c.Measurable || c.Reason == analyze.ReasonZeroTotal {
		j.Total = jsonInt64(c.Total)
	}
	if !c.Measurable {
		j.HHI = nil
		return j
	}
	for _, s := range c.Shares {
		j.Shares = append(j.Shares, PlatformShareJSON{s.Platform, s.Value, s.Share})
	}
	if c.Leader != "" {
		j.Leader = jsonString(c.Leader)
	}
	return j
}

func agentsJSON(a analyze.Agents) AgentsJSON {
	j := AgentsJSON{
		Measurable: a.Measurable,
		Reason:     reasonPtr(a.Measurable, a.Reason),
		ByAgent:    []AgentJSON{},
		FullList:   agentsPath,
	}
	switch {
	case a.Measurable, a.Reason == analyze.ReasonNoReplies, a.Reason == analyze.ReasonNoAgent:
		j.Replies, j.Named = jsonInt(a.Replies), jsonInt(a.Named)
	}
	if !a.Measurable {
		return j
	}
	j.Agents = len(a.ByAgent)
	for _, s := range capList(a.ByAgent, maxAgents) {
		j.ByAgent = append(j.ByAgent, AgentJSON{
			Agent:                s.Agent,
			Replies:              s.Replies,
			Share:                s.Share,
			FirstResponses:       s.FirstResponse.N,
			FirstResponseSeconds: durationStatsJSON(s.FirstResponse),
		})
	}
	j.Unnamed = &UnnamedAgentJSON{
		Replies:              a.Unnamed.Replies,
		FirstResponses:       a.Unnamed.FirstResponse.N,
		FirstResponseSeconds: durationStatsJSON(a.Unnamed.FirstResponse),
	}
	return j
}

// durationStatsJSON converts a DurationStats to seconds.
func durationStatsJSON(d analyze.DurationStats) FirstResponseJSON {
	return FirstResponseJSON{Median: seconds(d.Median), P90: seconds(d.P90), Mean: seconds(d.Mean)}
}
