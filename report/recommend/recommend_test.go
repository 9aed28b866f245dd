package recommend

import (
	"io/fs"
	"path"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/templates"
)

func ptr[T any](v T) *T { return &v }

var paris = time.FixedZone("Europe/Paris", 3600)

// respStats builds measurable ResponseStats from counts; every answer is
// within the SLA and nothing is hidden.
func respStats(answered, unanswered int, median, p90 time.Duration) analyze.ResponseStats {
	s := analyze.ResponseStats{
		Measurable:          true,
		CustomerComments:    answered + unanswered,
		Answered:            answered,
		Unanswered:          unanswered,
		AnsweredWithinSLA:   answered,
		HiddenWithoutAnswer: ptr(0),
	}
	if n := answered + unanswered; n > 0 {
		s.ResponseRate = ptr(float64(answered) / float64(n))
		s.WithinSLARate = ptr(float64(answered) / float64(n))
	}
	if answered > 0 {
		s.FirstResponse = analyze.DurationStats{N: answered, Median: ptr(median), P90: ptr(p90), Mean: ptr(median)}
	}
	return s
}

func broadcastStats(posts, replies int) analyze.BroadcastStats {
	b := analyze.BroadcastStats{Measurable: true, BrandPosts: posts, BrandReplies: replies}
	if posts+replies > 0 {
		b.BroadcastShare = ptr(float64(posts) / float64(posts+replies))
	}
	if replies > 0 {
		b.PostsPerReply = ptr(float64(posts) / float64(replies))
	}
	return b
}

// quiet returns Results that trigger no recommendation: every figure sits
// between its thresholds.
func quiet() *analyze.Results {
	res := &analyze.Results{
		Period: analyze.Period{
			From: time.Date(2024, 1, 1, 0, 0, 0, 0, paris),
			To:   time.Date(2024, 5, 1, 0, 0, 0, 0, paris),
		},
		AsOf:          time.Date(2024, 5, 2, 9, 30, 0, 0, paris),
		Location:      paris,
		SLA:           24 * time.Hour,
		BusinessHours: analyze.BusinessHours{Start: 9, End: 18},
		Platforms:     []string{"facebook", "x"},
		Months:        []string{"2024-01", "2024-02", "2024-03", "2024-04"},
	}
	r := &res.Responsiveness
	r.ResponseStats = respStats(80, 20, 30*time.Minute, 10*time.Hour)
	r.Questions = respStats(80, 20, 30*time.Minute, 10*time.Hour)
	r.InHours = respStats(80, 20, 30*time.Minute, 10*time.Hour)
	r.OutOfHours = respStats(14, 6, 45*time.Minute, 12*time.Hour) // 70 %
	res.Broadcast.BroadcastStats = broadcastStats(40, 60)
	nf := &res.NegativeFeedback
	nf.Measurable = true
	for i, m := range res.Months {
		nf.Monthly = append(nf.Monthly, analyze.MonthFeedback{Month: m, Posts: analyze.PostFeedback{
			Total: analyze.KnownCount(int64(10 + i)), Per1000: ptr(1.5),
		}})
	}
	nf.Trend = analyze.Trend{Measurable: true, Direction: analyze.TrendFlat, Basis: analyze.BasisPostRate, Months: 4}
	return res
}

func find(recs []Recommendation, id string) *Recommendation {
	for i := range recs {
		if recs[i].ID == id {
			return &recs[i]
		}
	}
	return nil
}

func TestQuietTriggersNothing(t *testing.T) {
	recs, err := Build(quiet(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		t.Errorf("unexpected recommendation %s (%s)", r.ID, r.Figure)
	}
}

// recCase is one case of the recommendation table: Results edited from
// quiet, and what the English recommendation id says about them.
type recCase struct {
	name     string
	id       string
	opts     Options
	edit     func(*analyze.Results)
	fires    bool
	severity Severity
	figure   string   // exact, when it fires
	body     []string // substrings of the body, when it fires
}

// recCases are the thresholds of every rule, on both sides, and every
// "not measurable" reason; the French tests run them too.
func recCases() []recCase { return append(coreCases(), diagCases()...) }

// coreCases are the cases of the core figures' rules.
func coreCases() []recCase {
	return []recCase{
		{name: "rate at 65 %", id: "low-response-rate",
			edit: func(r *analyze.Results) {
				r.Responsiveness.ResponseStats = respStats(65, 35, 30*time.Minute, 10*time.Hour)
			}},
		{name: "rate 64.5 %", id: "low-response-rate", fires: true, severity: Warning,
			edit: func(r *analyze.Results) {
				r.Responsiveness.ResponseStats = respStats(129, 71, 30*time.Minute, 10*time.Hour)
				r.Responsiveness.Pending = 3
			},
			figure: "64.5 % answered",
			body: []string{"<strong>129</strong> of the <strong>200</strong> customer comments", "<strong>64.5 %</strong>",
				"71 comments got no answer", "3 more are younger than the 24 h SLA", "below 65 %",
				"Socially Devoted", "(2012)", "30 % of their fans"}},
		{name: "thousands", id: "low-response-rate", fires: true, severity: Warning,
			edit: func(r *analyze.Results) {
				r.Responsiveness.ResponseStats = respStats(1234, 766, 30*time.Minute, 10*time.Hour)
			},
			figure: "61.7 % answered", body: []string{"<strong>1,234</strong> of the <strong>2,000</strong>", "766 comments"}},
		{name: "rate at 30 % is a warning", id: "low-response-rate", fires: true, severity: Warning,
			edit: func(r *analyze.Results) {
				r.Responsiveness.ResponseStats = respStats(30, 70, 30*time.Minute, 10*time.Hour)
			},
			figure: "30.0 % answered"},
		{name: "rate 29 % is critical", id: "low-response-rate", fires: true, severity: Critical,
			edit: func(r *analyze.Results) {
				r.Responsiveness.ResponseStats = respStats(29, 71, 30*time.Minute, 10*time.Hour)
			},
			figure: "29.0 % answered", body: []string{"Below 30 %, most people", "urgent"}},
		{name: "custom threshold", id: "low-response-rate", fires: true, severity: Warning,
			opts:   Options{Thresholds: Thresholds{LowResponseRate: 0.85}},
			figure: "80.0 % answered", body: []string{"below 85 %"}},

		{name: "median at 1 h, p90 at SLA", id: "slow-response",
			edit: func(r *analyze.Results) { r.Responsiveness.ResponseStats = respStats(80, 20, time.Hour, 24*time.Hour) }},
		{name: "median 1 h 1 min", id: "slow-response", fires: true, severity: Warning,
			edit: func(r *analyze.Results) {
				r.Responsiveness.ResponseStats = respStats(80, 20, time.Hour+time.Minute, 24*time.Hour)
			},
			figure: "median 1 h 1 min",
			body: []string{"<strong>1 h 1 min</strong> or more", "<strong>24 h</strong> or more", "above the 1 h",
				"Sprout Social Index 2020, 40 %", "80.0 % of the comments old enough to judge were answered within the SLA of 24 h"}},
		{name: "p90 above SLA", id: "slow-response", fires: true, severity: Warning,
			edit: func(r *analyze.Results) {
				r.Responsiveness.ResponseStats = respStats(80, 20, 30*time.Minute, 52*time.Hour)
			},
			figure: "90th percentile 2 d 4 h", body: []string{"<strong>2 d 4 h</strong>", "above the SLA of 24 h", "79 %"}},

		{name: "questions at 65 %", id: "unanswered-questions",
			edit: func(r *analyze.Results) { r.Responsiveness.Questions = respStats(65, 35, 30*time.Minute, 10*time.Hour) }},
		{name: "questions 64 %", id: "unanswered-questions", fires: true, severity: Warning,
			edit: func(r *analyze.Results) {
				r.Responsiveness.Questions = respStats(64, 36, 30*time.Minute, 10*time.Hour)
				r.Open = []analyze.OpenComment{
					{Comment: &analyze.Comment{Platform: "x", Text: "Thanks!"}, Age: 50 * time.Hour},
					{Comment: &analyze.Comment{Platform: "facebook", Account: "acme", Text: "Where is my order?",
						Created: time.Date(2024, 4, 3, 9, 0, 0, 0, time.UTC)}, Question: true, Age: 26 * time.Hour},
					{Comment: &analyze.Comment{Platform: "x", Text: "Soon?"}, Question: true, Pending: true, Age: time.Hour},
				}
			},
			figure: "64.0 % of questions answered",
			body: []string{"36 questions (customer", "<strong>64</strong> of the <strong>100</strong> questions",
				"against 80.0 % of all", "below 65 %", "The oldest unanswered question:",
				"2024-04-03 10:00, facebook (acme), unanswered after 26 h: “Where is my order?”"}},

		{name: "nothing hidden", id: "hidden-without-answer"},
		{name: "hidden unknown", id: "hidden-without-answer",
			edit: func(r *analyze.Results) { r.Responsiveness.HiddenWithoutAnswer = nil }},
		{name: "one hidden", id: "hidden-without-answer", fires: true, severity: Warning,
			edit:   func(r *analyze.Results) { r.Responsiveness.HiddenWithoutAnswer = ptr(1) },
			figure: "1 hidden without answer", body: []string{"<strong>1</strong> customer comment and never answered it", "100 customer comments"}},

		{name: "out of hours 10 points lower", id: "out-of-hours"},
		{name: "out of hours 15 points lower", id: "out-of-hours", fires: true, severity: Warning,
			edit: func(r *analyze.Results) {
				r.Responsiveness.OutOfHours = respStats(13, 7, 45*time.Minute, 12*time.Hour)
			},
			figure: "15.0 points lower out of hours",
			body: []string{"09:00 to 18:00, Monday to Friday, Europe/Paris time", `<td align="right">80.0 %</td>`,
				`<td align="right">65.0 %</td>`, `<td align="right">45 min</td>`, "15 points or more", "at least 20 out-of-hours"}},
		{name: "too few out of hours", id: "out-of-hours",
			edit: func(r *analyze.Results) { r.Responsiveness.OutOfHours = respStats(9, 10, 45*time.Minute, 12*time.Hour) }},
		{name: "out of hours median twice", id: "out-of-hours",
			edit: func(r *analyze.Results) { r.Responsiveness.OutOfHours = respStats(14, 6, time.Hour, 12*time.Hour) }},
		{name: "out of hours median three times", id: "out-of-hours", fires: true, severity: Warning,
			edit: func(r *analyze.Results) {
				r.Responsiveness.OutOfHours = respStats(14, 6, 90*time.Minute, 12*time.Hour)
			},
			figure: "3.0 times slower out of hours", body: []string{"3.0 times the business-hours one", "1 h 30 min", "70.0 %"}},

		{name: "broadcast at 50 %", id: "broadcast",
			edit: func(r *analyze.Results) { r.Broadcast.BroadcastStats = broadcastStats(50, 50) }},
		{name: "broadcast 51 %", id: "broadcast", fires: true, severity: Warning,
			edit:   func(r *analyze.Results) { r.Broadcast.BroadcastStats = broadcastStats(51, 49) },
			figure: "51.0 % of brand messages are posts",
			body: []string{"<strong>51</strong> posts", "<strong>49</strong> replies", "1.0 posts per reply", "above the 50 %",
				"4 times as many promotional posts as replies (2015)", "23 promotional messages for every reply (Q2 2016)"}},
		{name: "no replies", id: "broadcast", fires: true, severity: Warning,
			edit:   func(r *analyze.Results) { r.Broadcast.BroadcastStats = broadcastStats(1500, 0) },
			figure: "100.0 % of brand messages are posts", body: []string{"1,500 posts, no replies", "<strong>0</strong> replies"}},

		{name: "feedback falling", id: "feedback-rising",
			edit: func(r *analyze.Results) { r.NegativeFeedback.Trend.Direction = analyze.TrendFalling }},
		{name: "feedback rate rising", id: "feedback-rising", fires: true, severity: Warning,
			edit: func(r *analyze.Results) {
				m := r.NegativeFeedback.Monthly
				m[0].Posts.Per1000, m[1].Posts.Per1000, m[2].Posts.Per1000, m[3].Posts.Per1000 = nil, ptr(1.5), ptr(2.25), ptr(3.0)
				r.NegativeFeedback.Trend = analyze.Trend{Measurable: true, Direction: analyze.TrendRising,
					Basis: analyze.BasisPostRate, Slope: 0.7512, Months: 3}
			},
			figure: "+0.75 per month",
			body: []string{"<strong>3</strong> months", "per 1,000 impressions", "<strong>1.50</strong> in 2024-02",
				"<strong>3.00</strong> in 2024-04", "<strong>+0.75</strong> per month", "at least 3 months",
				"The Social Break-Up", "(2011), 44 %"}},
		{name: "feedback count rising", id: "feedback-rising", fires: true, severity: Warning,
			edit: func(r *analyze.Results) {
				m := r.NegativeFeedback.Monthly
				m[3].Posts.Total = analyze.KnownCount(1500)
				r.NegativeFeedback.Trend = analyze.Trend{Measurable: true, Direction: analyze.TrendRising,
					Basis: analyze.BasisPostCount, Slope: 412.34, Months: 4}
			},
			figure: "+412.3 per month",
			body:   []string{"a count of actions", "<strong>10</strong> in 2024-01", "<strong>1,500</strong> in 2024-04"}},

		{name: "feedback rising slowly", id: "feedback-rising", fires: true, severity: Warning,
			edit: func(r *analyze.Results) {
				r.NegativeFeedback.Trend = analyze.Trend{Measurable: true, Direction: analyze.TrendRising,
					Basis: analyze.BasisPostRate, Slope: 0.00041, Months: 4}
			},
			figure: "+0.0004 per month", body: []string{"<strong>1.50</strong> in 2024-01", "<strong>1.50</strong> in 2024-04"}},

		{name: "responsive 89 %", id: "responsive",
			edit: func(r *analyze.Results) { r.Responsiveness.ResponseStats = respStats(89, 11, time.Hour, 10*time.Hour) }},
		{name: "responsive but slow", id: "responsive",
			edit: func(r *analyze.Results) {
				r.Responsiveness.ResponseStats = respStats(95, 5, time.Hour+time.Minute, 10*time.Hour)
			}},
		{name: "responsive", id: "responsive", fires: true, severity: Info,
			edit:   func(r *analyze.Results) { r.Responsiveness.ResponseStats = respStats(90, 10, time.Hour, 10*time.Hour) },
			figure: "90.0 % answered, median 1 h",
			body:   []string{"at least 90 % with a median of at most 1 h", "very responsive", "15 minutes over 7 days", "Meta Page help"}},

		{name: "no brand comments", id: "responsiveness-not-measurable", fires: true, severity: Warning,
			opts: Options{Brand: []string{"@acme", "acme_fr"}},
			edit: func(r *analyze.Results) {
				r.Responsiveness.ResponseStats = analyze.ResponseStats{Reason: analyze.ReasonNoBrandComments, CustomerComments: 321}
			},
			figure: "not measurable",
			body:   []string{"holds 321 comments", "(@acme, acme_fr) match no comment author", "<code>--brand</code>", "page's own access"}},
		{name: "no brand comments, no brand given", id: "responsiveness-not-measurable", fires: true, severity: Warning,
			edit: func(r *analyze.Results) {
				r.Responsiveness.ResponseStats = analyze.ResponseStats{Reason: analyze.ReasonNoBrandComments}
			},
			figure: "not measurable", body: []string{"No brand account was given."}},
		{name: "authors withheld", id: "responsiveness-not-measurable", fires: true, severity: Warning,
			edit: func(r *analyze.Results) {
				r.Responsiveness.ResponseStats = analyze.ResponseStats{Reason: analyze.ReasonAuthorsWithheld, CustomerComments: 1858}
			},
			figure: "not measurable", body: []string{"undiscoverable", "holds 1,858 comments", "page's own access"}},
		{name: "authors withheld, broadcast", id: "broadcast-not-measurable", fires: true, severity: Info,
			edit: func(r *analyze.Results) {
				r.Broadcast.BroadcastStats = analyze.BroadcastStats{Reason: analyze.ReasonAuthorsWithheld, BrandPosts: 3}
			},
			figure: "not measurable", body: []string{"published 3 posts", "undiscoverable"}},
		{name: "no customer comments", id: "responsiveness-not-measurable", fires: true, severity: Info,
			edit: func(r *analyze.Results) {
				r.Responsiveness.ResponseStats = analyze.ResponseStats{Reason: analyze.ReasonNoCustomerComments, CustomerComments: 2, Pending: 2}
			},
			figure: "not measurable", body: []string{"2 customer comments, and 2 of them are younger than the SLA of 24 h at 2024-05-02 09:30"}},
		{name: "no reply source", id: "broadcast-not-measurable", fires: true, severity: Info,
			edit: func(r *analyze.Results) {
				r.Broadcast.BroadcastStats = analyze.BroadcastStats{Reason: analyze.ReasonNoReplySource, BrandPosts: 12}
			},
			figure: "not measurable", body: []string{"published 12 posts", "begins with @"}},
		{name: "no brand comments for replies", id: "broadcast-not-measurable", fires: true, severity: Info,
			edit: func(r *analyze.Results) {
				r.Broadcast.BroadcastStats = analyze.BroadcastStats{Reason: analyze.ReasonNoBrandComments, BrandPosts: 1}
			},
			figure: "not measurable", body: []string{"published 1 post in the period", "<code>--brand</code>"}},
		{name: "no posts", id: "broadcast-not-measurable", fires: true, severity: Info,
			edit: func(r *analyze.Results) {
				r.Broadcast.BroadcastStats = analyze.BroadcastStats{Reason: analyze.ReasonNoPosts}
			},
			figure: "not measurable", body: []string{"2024-01-01 00:00 to 2024-05-01 00:00, Europe/Paris time"}},
		{name: "no feedback data", id: "feedback-not-measurable", fires: true, severity: Info,
			edit: func(r *analyze.Results) {
				r.NegativeFeedback = analyze.NegativeFeedback{Reason: analyze.ReasonNoFeedbackData,
					Trend: analyze.Trend{Reason: analyze.ReasonNoFeedbackData}}
			},
			figure: "not measurable", body: []string{"Negative Feedback from Users"}},
		{name: "no trend when no feedback", id: "trend-not-measurable",
			edit: func(r *analyze.Results) {
				r.NegativeFeedback = analyze.NegativeFeedback{Reason: analyze.ReasonNoFeedbackData,
					Trend: analyze.Trend{Reason: analyze.ReasonNoFeedbackData}}
			}},
		{name: "too few months", id: "trend-not-measurable", fires: true, severity: Info,
			edit: func(r *analyze.Results) {
				r.NegativeFeedback.Trend = analyze.Trend{Reason: analyze.ReasonTooFewMonths, Months: 2}
			},
			figure: "2 months with data", body: []string{"this data has 2."}},
	}
}

func TestRecommendations(t *testing.T) {
	for _, tt := range recCases() {
		t.Run(tt.name, func(t *testing.T) {
			res := quiet()
			if tt.edit != nil {
				tt.edit(res)
			}
			recs, err := Build(res, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			rec := find(recs, tt.id)
			if !tt.fires {
				if rec != nil {
					t.Fatalf("%s fired: %s\n%s", tt.id, rec.Figure, rec.Body)
				}
				return
			}
			if rec == nil {
				t.Fatalf("%s did not fire; got %v", tt.id, recs)
			}
			if rec.Severity != tt.severity {
				t.Errorf("severity = %v, want %v", rec.Severity, tt.severity)
			}
			if rec.Figure != tt.figure {
				t.Errorf("figure = %q, want %q", rec.Figure, tt.figure)
			}
			body := string(rec.Body)
			for _, want := range tt.body {
				if !strings.Contains(body, want) {
					t.Errorf("body lacks %q:\n%s", want, body)
				}
			}
			if rec.Title == "" || strings.ContainsAny(rec.Title+rec.Figure, `\<>*`) {
				t.Errorf("title %q or figure %q is not plain text", rec.Title, rec.Figure)
			}
		})
	}
}

func TestUnknownReason(t *testing.T) {
	res := quiet()
	res.Responsiveness.ResponseStats = analyze.ResponseStats{Reason: "weird"}
	if _, err := Build(res, Options{}); err == nil || !strings.Contains(err.Error(), `"weird"`) {
		t.Errorf("err = %v, want an unknown reason error", err)
	}
}

func TestLang(t *testing.T) {
	for _, tt := range []struct {
		lang string
		ok   bool
	}{{"", true}, {"en", true}, {"fr", true}, {"de", false}, {"EN", false}, {"FR", false}, {"../en", false}} {
		_, err := Build(quiet(), Options{Lang: tt.lang})
		_, merr := Methodology(quiet(), Options{Lang: tt.lang})
		if (err == nil) != tt.ok || (merr == nil) != tt.ok {
			t.Errorf("lang %q: Build err %v, Methodology err %v; want ok=%v", tt.lang, err, merr, tt.ok)
		}
	}
	if _, err := Build(nil, Options{}); err == nil {
		t.Error("Build(nil) gave no error")
	}
}

// noisy fires as many recommendations as one Results can.
func noisy() *analyze.Results {
	res := quiet()
	r := &res.Responsiveness
	r.ResponseStats = respStats(29, 71, 2*time.Hour, 30*time.Hour)
	r.HiddenWithoutAnswer = ptr(4)
	r.Questions = respStats(10, 30, 2*time.Hour, 30*time.Hour)
	r.OutOfHours = respStats(5, 25, 5*time.Hour, 40*time.Hour)
	res.Broadcast.BroadcastStats = broadcastStats(90, 10)
	res.NegativeFeedback.Trend.Direction = analyze.TrendRising
	return res
}

func TestOrder(t *testing.T) {
	res := noisy()
	res.NegativeFeedback.Trend = analyze.Trend{Reason: analyze.ReasonTooFewMonths, Months: 1}
	recs, err := Build(res, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range recs {
		ids = append(ids, r.Severity.String()+":"+r.ID)
	}
	want := []string{
		"critical:low-response-rate",
		"warning:broadcast",
		"warning:hidden-without-answer",
		"warning:out-of-hours",
		"warning:slow-response",
		"warning:unanswered-questions",
		"info:trend-not-measurable",
	}
	if !reflect.DeepEqual(ids, want) {
		t.Errorf("order = %q\nwant    %q", ids, want)
	}
	again, err := Build(res, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(recs, again) {
		t.Error("two builds differ")
	}
}

const hostile = "</script><script>x</script> [a](javascript:alert(1)) <img src=x onerror=alert(1)> *bold* http://evil.example\n\n# h"

func checkHostile(t *testing.T, where, html string) {
	t.Helper()
	for _, bad := range []string{"<script", `href="javascript`, "<img", "<em>", "<a ", "<h1", "\\"} {
		if strings.Contains(html, bad) {
			t.Errorf("%s contains %q:\n%s", where, bad, html)
		}
	}
	for _, lit := range []string{"&lt;/script&gt;&lt;script&gt;x&lt;/script&gt;", "[a](javascript:alert(1))",
		"&lt;img src=x onerror=alert(1)&gt;", "*bold*", "http://evil.example # h"} {
		if !strings.Contains(html, lit) {
			t.Errorf("%s lacks the literal %q:\n%s", where, lit, html)
		}
	}
}

func TestHostileStrings(t *testing.T) {
	for _, lang := range []string{"en", "fr"} {
		t.Run(lang, func(t *testing.T) { hostileStrings(t, lang) })
	}
}

func hostileStrings(t *testing.T, lang string) {
	res := noisy()
	res.Platforms = []string{hostile}
	res.Location = time.FixedZone(hostile, 0)
	res.Open = []analyze.OpenComment{{
		Comment:  &analyze.Comment{Platform: hostile, Account: hostile, Text: hostile},
		Question: true, Age: 30 * time.Hour,
	}}
	opts := Options{Lang: lang, Brand: []string{hostile}}
	recs, err := Build(res, opts)
	if err != nil {
		t.Fatal(err)
	}
	q := find(recs, "unanswered-questions")
	if q == nil {
		t.Fatal("unanswered-questions did not fire")
	}
	if n := strings.Count(string(q.Body), "&lt;img src=x"); n != 3 { // platform, account, text
		t.Errorf("the hostile string appears %d times, want 3:\n%s", n, q.Body)
	}
	for _, r := range recs {
		if strings.Contains(string(r.Body), "&lt;img") {
			checkHostile(t, r.ID, string(r.Body))
		}
	}
	checkHostile(t, "out-of-hours", string(find(recs, "out-of-hours").Body))

	res.Responsiveness.ResponseStats = analyze.ResponseStats{Reason: analyze.ReasonNoBrandComments}
	recs, err = Build(res, opts)
	if err != nil {
		t.Fatal(err)
	}
	checkHostile(t, "responsiveness-not-measurable", string(find(recs, "responsiveness-not-measurable").Body))

	m, err := Methodology(res, opts)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(m), "&lt;img src=x"); n < 3 { // zone (several times), brand, platform
		t.Errorf("methodology shows the hostile string %d times, want at least 3", n)
	}
	checkHostile(t, "methodology", string(m))
}

func TestMethodology(t *testing.T) {
	res := quiet()
	res.SLA = 36 * time.Hour
	res.BusinessHours = analyze.BusinessHours{Start: 8, End: 20}
	m, err := Methodology(res, Options{Brand: []string{"@acme", "acme_support"}, Thresholds: Thresholds{LowResponseRate: 0.7}})
	if err != nil {
		t.Fatal(err)
	}
	html := string(m)
	for _, want := range []string{
		"<td>from 2024-01-01 00:00 up to, but not including, 2024-05-01 00:00</td>",
		"<td>2024-05-02 09:30</td>",
		"<td>Europe/Paris</td>",
		"<td>36 h</td>",
		"<td>08:00 to 20:00, Monday to Friday</td>",
		"<td>@acme, acme_support</td>",
		"<td>facebook, x</td>",
		"younger than the SLA (36 h)",
		"response rate below 70 % (critical below 30 %)",
		"90th percentile above the SLA (36 h)",
		"at least 20 out-of-hours comments",
		"<strong>20 min</strong>", "<strong>10 h</strong>", "<strong>2 h 51 min</strong>",
		`<h2 id="settings">`, `<h2 id="responsiveness">`, `<h2 id="trend">`, `<h2 id="thresholds">`,
		"never added together", "fewer than 3 such months",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("methodology lacks %q", want)
		}
	}
	if got, want := strings.Count(html, "<h2"), strings.Count(html, `<h2 id="`); got != want || got < 10 {
		t.Errorf("%d headings, %d with an id; want all, and at least 10", got, want)
	}
	if strings.Contains(html, "{#") {
		t.Error("a heading attribute was not parsed")
	}
	none, err := Methodology(res, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(none), "<td>none given</td>") {
		t.Error("methodology without brand accounts does not say so")
	}
}

// TestEveryTemplate fills every embedded recommendation with a fully
// populated view, every optional part switched on, so a typo in any
// branch fails here.
func TestEveryTemplate(t *testing.T) {
	for _, lang := range []string{"en", "fr"} {
		t.Run(lang, func(t *testing.T) { everyTemplate(t, lang) })
	}
}

func everyTemplate(t *testing.T, lang string) {
	l := locales[lang]
	res := noisy()
	res.Open = []analyze.OpenComment{{Comment: &analyze.Comment{Platform: "x", Account: "a", Text: "?"}, Question: true}}
	res.Responsiveness.Pending = 2
	res.Diagnostics = loudDiagnostics()
	base, err := newView(res, Options{Brand: []string{"acme"}}, DefaultThresholds, l)
	if err != nil {
		t.Fatal(err)
	}
	files, err := fs.Glob(templates.Markdown, "recommendations/"+lang+"/*.md")
	if err != nil || len(files) < 14 {
		t.Fatalf("found %d files (%v)", len(files), err)
	}
	for _, name := range files {
		for _, basis := range []string{analyze.BasisPostRate, analyze.BasisPostCount, analyze.BasisPageRate, analyze.BasisPageCount} {
			v := *base
			v.Slow.Median, v.Slow.P90, v.Gap.Rate, v.Gap.Median, v.Critical = true, true, true, true, true
			v.Trend.Basis, v.Pushback.Basis = basis, basis
			v.Crises.ByRate, v.Crises.ByMedian, v.Agents.ByShare, v.Agents.BySpeed = true, true, true, true
			v.Reason = "x"
			rec, err := write(lang, l, strings.TrimSuffix(path.Base(name), ".md"), &v)
			if err != nil {
				t.Errorf("%s: %v", name, err)
				continue
			}
			if body := string(rec.Body); body == "" || strings.Contains(body, "no value") || strings.Contains(body, "<nil>") ||
				strings.Contains(body, "%!") || strings.Contains(body, "{{") {
				t.Errorf("%s: bad body %q", name, rec.Body)
			}
		}
	}
	// Every file is reachable: its name is a rule's file or a known reason's.
	reachable := map[string]bool{}
	for _, r := range rules {
		reachable[r.id] = true
	}
	for _, area := range []struct{ area, reasons string }{
		{"responsiveness", "no_brand_comments authors_withheld no_customer_comments"},
		{"broadcast", "no_reply_source no_brand_comments authors_withheld no_posts"},
		{"feedback", "no_feedback_data"},
		{"trend", "too_few_months"},
	} {
		for _, r := range strings.Fields(area.reasons) {
			reachable["not-measurable-"+area.area+"-"+r] = true
		}
	}
	for _, name := range files {
		if base := strings.TrimSuffix(path.Base(name), ".md"); !reachable[base] {
			t.Errorf("%s is not used by any rule", name)
		}
	}
}

func TestFrontMatter(t *testing.T) {
	for _, tt := range []struct {
		in, title, figure, body string
		ok                      bool
	}{
		{"---\ntitle: A: b\nfigure: 3 %\n---\n\nBody\n", "A: b", "3 %", "Body\n", true},
		{"title: A\nfigure: 3\n---\nBody", "", "", "", false},
		{"---\ntitle: A\nfigure: 3\nBody", "", "", "", false},
		{"---\ntitle: A\n---\nBody", "", "", "", false},
		{"---\ntitle: A\nfigure: 3\ncolour: red\n---\nBody", "", "", "", false},
	} {
		title, figure, body, err := frontMatter("t.md", tt.in)
		if (err == nil) != tt.ok || title != tt.title || figure != tt.figure || body != tt.body {
			t.Errorf("frontMatter(%q) = %q, %q, %q, %v", tt.in, title, figure, body, err)
		}
	}
}

func TestFormat(t *testing.T) {
	l := locales["en"]
	for _, tt := range []struct {
		got, want string
	}{
		{l.Int(0), "0"},
		{l.Int(999), "999"},
		{l.Int(1234), "1,234"},
		{l.Int(-1234567), "-1,234,567"},
		{l.Float(1234.56, 1), "1,234.6"},
		{l.Float(-0.04, 1), "0.0"},
		{l.Float(-12.345, 2), "-12.35"},
		{l.Pct(0.4234), "42.3 %"},
		{l.Pct(1), "100.0 %"},
		{l.pctThreshold(0.65), "65 %"},
		{l.pctThreshold(0.125), "12.5 %"},
		{l.Short(2), "2"},
		{l.Short(1.5), "1.5"},
		{l.Duration(40 * time.Second), "40 s"},
		{l.Duration(45 * time.Minute), "45 min"},
		{l.Duration(59*time.Minute + 40*time.Second), "1 h"},
		{l.Duration(3*time.Hour + 12*time.Minute), "3 h 12 min"},
		{l.Duration(24 * time.Hour), "24 h"},
		{l.Duration(47*time.Hour + 59*time.Minute), "47 h 59 min"},
		{l.Duration(52 * time.Hour), "2 d 4 h"},
		{l.Duration(72*time.Hour + 20*time.Minute), "3 d"},
		{escapeMarkdown("a*b_c [x](y) <i>"), `a\*b\_c \[x\]\(y\) \<i\>`},
		{escapeMarkdown("  one\n\n    two\tthree \x00"), "one two three"},
		{escapeMarkdown("café & co."), `café \& co\.`},
		{truncate("abcdef", 4), "abc…"},
		{truncate("abc", 4), "abc"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
	if got := Severity(7).String(); got != "severity(7)" {
		t.Errorf("Severity(7) = %q", got)
	}
}
