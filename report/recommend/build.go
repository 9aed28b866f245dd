package recommend

import (
	"errors"
	"fmt"
	"html/template"
	"sort"

	"github.com/socialaudit/socialaudit/analyze"
)

// Report pages a recommendation can belong to.
const (
	pageResponsiveness = "responsiveness"
	pageConversation   = "conversation"
	pageFeedback       = "feedback"
)

// epsilon absorbs float noise when a difference is compared with a
// threshold (0.80 - 0.65 is 0.15000000000000002).
const epsilon = 1e-9

// trigger is the outcome of a rule: the markdown file to fill (a base name
// under recommendations/<lang>/) and the severity. An empty file means the
// rule does not fire.
type trigger struct {
	file     string
	severity Severity
	// edit adjusts the view for this recommendation.
	edit func(v *view)
}

// rule is one recommendation: its stable id, its page and its trigger.
type rule struct {
	id, page string
	check    func(res *analyze.Results, t Thresholds) (trigger, error)
}

// rules are every recommendation Build knows, each with its threshold.
var rules = []rule{
	{"low-response-rate", pageResponsiveness, lowResponseRate},
	{"slow-response", pageResponsiveness, slowResponse},
	{"unanswered-questions", pageResponsiveness, unansweredQuestions},
	{"hidden-without-answer", pageResponsiveness, hiddenWithoutAnswer},
	{"out-of-hours", pageResponsiveness, outOfHours},
	{"responsive", pageResponsiveness, responsive},
	{"broadcast", pageConversation, broadcast},
	{"feedback-rising", pageFeedback, feedbackRising},
	{"canned-replies", pageResponsiveness, cannedReplies},
	{"crisis-response", pageResponsiveness, crisisResponse},
	{"never-answered-regulars", pageResponsiveness, neverAnsweredRegulars},
	{"agents", pageResponsiveness, agents},
	{"campaign-silence", pageConversation, campaignSilence},
	{"click-only", pageConversation, clickOnly},
	{"one-platform", pageConversation, onePlatform},
	{"posting-pushback", pageFeedback, postingPushback},
	{"responsiveness-not-measurable", pageResponsiveness, responsivenessNotMeasurable},
	{"broadcast-not-measurable", pageConversation, broadcastNotMeasurable},
	{"feedback-not-measurable", pageFeedback, feedbackNotMeasurable},
	{"trend-not-measurable", pageFeedback, trendNotMeasurable},
}

// Build writes the recommendations that the figures of res trigger, in the
// language of opts, sorted by severity (most urgent first), then by ID.
func Build(res *analyze.Results, opts Options) ([]Recommendation, error) {
	if res == nil {
		return nil, errors.New("recommend: no results")
	}
	lang, l, err := localeOf(opts.Lang)
	if err != nil {
		return nil, fmt.Errorf("recommend: %w", err)
	}
	t := opts.Thresholds.withDefaults()
	base, err := newView(res, opts, t, l)
	if err != nil {
		return nil, fmt.Errorf("recommend: %w", err)
	}
	var out []Recommendation
	for _, r := range rules {
		tr, err := r.check(res, t)
		if err != nil {
			return nil, fmt.Errorf("recommend: %s: %w", r.id, err)
		}
		if tr.file == "" {
			continue
		}
		v := *base
		if tr.edit != nil {
			tr.edit(&v)
		}
		rec, err := write(lang, l, tr.file, &v)
		if err != nil {
			return nil, fmt.Errorf("recommend: %s: %w", r.id, err)
		}
		rec.ID, rec.Severity, rec.Page = r.id, tr.severity, r.page
		out = append(out, rec)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Severity != out[j].Severity {
			return out[i].Severity > out[j].Severity
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

// write fills and renders one recommendation file.
func write(lang string, l *locale, file string, v *view) (Recommendation, error) {
	name := "recommendations/" + lang + "/" + file + ".md"
	tmpl, err := parse(name, l)
	if err != nil {
		return Recommendation{}, err
	}
	filled, err := execute(tmpl, v)
	if err != nil {
		return Recommendation{}, err
	}
	title, figure, body, err := frontMatter(name, filled)
	if err != nil {
		return Recommendation{}, err
	}
	html, err := render(body)
	if err != nil {
		return Recommendation{}, fmt.Errorf("%s: %w", name, err)
	}
	return Recommendation{Title: title, Figure: figure, Body: html}, nil
}

// Methodology writes the methodology page for res: the metric definitions
// in plain words, filled with this report's settings (period, as-of, time
// zone, SLA, business hours, brand accounts) and thresholds.
func Methodology(res *analyze.Results, opts Options) (template.HTML, error) {
	if res == nil {
		return "", errors.New("recommend: methodology: no results")
	}
	lang, l, err := localeOf(opts.Lang)
	if err != nil {
		return "", fmt.Errorf("recommend: methodology: %w", err)
	}
	v, err := newView(res, opts, opts.Thresholds.withDefaults(), l)
	if err != nil {
		return "", fmt.Errorf("recommend: methodology: %w", err)
	}
	tmpl, err := parse("methodology/"+lang+".md", l)
	if err != nil {
		return "", fmt.Errorf("recommend: methodology: %w", err)
	}
	filled, err := execute(tmpl, v)
	if err != nil {
		return "", fmt.Errorf("recommend: methodology: %w", err)
	}
	html, err := render(filled)
	if err != nil {
		return "", fmt.Errorf("recommend: methodology: %w", err)
	}
	return html, nil
}

// rate returns *p and whether it is set.
func rate(p *float64) (float64, bool) {
	if p == nil {
		return 0, false
	}
	return *p, true
}

// lowResponseRate fires below t.LowResponseRate (Socialbakers' 65 %),
// critical below t.CriticalResponseRate.
func lowResponseRate(res *analyze.Results, t Thresholds) (trigger, error) {
	s := &res.Responsiveness.ResponseStats
	r, ok := rate(s.ResponseRate)
	if !s.Measurable || !ok || r >= t.LowResponseRate {
		return trigger{}, nil
	}
	sev := Warning
	if r < t.CriticalResponseRate {
		sev = Critical
	}
	return trigger{file: "low-response-rate", severity: sev, edit: func(v *view) {
		v.Critical = sev == Critical
	}}, nil
}

// slowResponse fires when the median first response exceeds t.SlowMedian
// or the p90 exceeds the SLA.
func slowResponse(res *analyze.Results, t Thresholds) (trigger, error) {
	s := &res.Responsiveness.ResponseStats
	fr := &s.FirstResponse
	if !s.Measurable || fr.Median == nil || fr.P90 == nil {
		return trigger{}, nil
	}
	sla := res.SLA
	if sla == 0 {
		sla = analyze.DefaultSLA
	}
	median, p90 := *fr.Median > t.SlowMedian, *fr.P90 > sla
	if !median && !p90 {
		return trigger{}, nil
	}
	return trigger{file: "slow-response", severity: Warning, edit: func(v *view) {
		v.Slow.Median, v.Slow.P90 = median, p90
	}}, nil
}

// unansweredQuestions fires when at least one question is unanswered and
// questions are answered below t.QuestionResponseRate.
func unansweredQuestions(res *analyze.Results, t Thresholds) (trigger, error) {
	q := &res.Responsiveness.Questions
	r, ok := rate(q.ResponseRate)
	if !q.Measurable || !ok || q.Unanswered == 0 || r >= t.QuestionResponseRate {
		return trigger{}, nil
	}
	return trigger{file: "unanswered-questions", severity: Warning}, nil
}

// hiddenWithoutAnswer fires when the brand hid at least one customer
// comment it never answered.
func hiddenWithoutAnswer(res *analyze.Results, _ Thresholds) (trigger, error) {
	s := &res.Responsiveness.ResponseStats
	if !s.Measurable || s.HiddenWithoutAnswer == nil || *s.HiddenWithoutAnswer == 0 {
		return trigger{}, nil
	}
	return trigger{file: "hidden-without-answer", severity: Warning}, nil
}

// outOfHours fires, given at least t.OutOfHoursMinJudged judged comments
// out of hours, when their response rate is t.OutOfHoursGap or more below
// the in-hours rate, or their median first response is more than
// t.OutOfHoursMedianFactor times the in-hours median.
func outOfHours(res *analyze.Results, t Thresholds) (trigger, error) {
	in, out := &res.Responsiveness.InHours, &res.Responsiveness.OutOfHours
	if !in.Measurable || !out.Measurable || out.Answered+out.Unanswered < t.OutOfHoursMinJudged {
		return trigger{}, nil
	}
	inRate, inOK := rate(in.ResponseRate)
	outRate, outOK := rate(out.ResponseRate)
	gap := inRate - outRate
	byRate := inOK && outOK && gap >= t.OutOfHoursGap-epsilon
	inMed, outMed := in.FirstResponse.Median, out.FirstResponse.Median
	byMedian := inMed != nil && outMed != nil && *inMed > 0 &&
		float64(*outMed) > t.OutOfHoursMedianFactor*float64(*inMed)
	if !byRate && !byMedian {
		return trigger{}, nil
	}
	return trigger{file: "out-of-hours", severity: Warning, edit: func(v *view) {
		v.Gap.Rate, v.Gap.Median = byRate, byMedian
	}}, nil
}

// responsive praises a response rate of at least t.GoodResponseRate with a
// median first response of at most t.GoodMedian.
func responsive(res *analyze.Results, t Thresholds) (trigger, error) {
	s := &res.Responsiveness.ResponseStats
	r, ok := rate(s.ResponseRate)
	if !s.Measurable || !ok || s.FirstResponse.Median == nil ||
		r < t.GoodResponseRate || *s.FirstResponse.Median > t.GoodMedian {
		return trigger{}, nil
	}
	return trigger{file: "responsive", severity: Info}, nil
}

// broadcast fires when the broadcast share exceeds t.BroadcastShare.
func broadcast(res *analyze.Results, t Thresholds) (trigger, error) {
	b := &res.Broadcast.BroadcastStats
	share, ok := rate(b.BroadcastShare)
	if !b.Measurable || !ok || share <= t.BroadcastShare {
		return trigger{}, nil
	}
	return trigger{file: "broadcast", severity: Warning}, nil
}

// feedbackRising fires when the negative-feedback trend is rising.
func feedbackRising(res *analyze.Results, _ Thresholds) (trigger, error) {
	tr := &res.NegativeFeedback.Trend
	if !tr.Measurable || tr.Direction != analyze.TrendRising {
		return trigger{}, nil
	}
	return trigger{file: "feedback-rising", severity: Warning}, nil
}

// notMeasurable explains a "not measurable" area: the file is
// not-measurable-<area>-<reason>, for the reasons listed with their
// severity; any other reason is an error, so that a new reason code cannot
// go unexplained.
func notMeasurable(area string, measurable bool, reason string, known map[string]Severity) (trigger, error) {
	if measurable {
		return trigger{}, nil
	}
	sev, ok := known[reason]
	if !ok {
		return trigger{}, fmt.Errorf("%s not measurable for an unknown reason %q", area, reason)
	}
	return trigger{file: "not-measurable-" + area + "-" + reason, severity: sev, edit: func(v *view) {
		v.Reason = reason
	}}, nil
}

// responsivenessNotMeasurable explains why response figures are missing.
func responsivenessNotMeasurable(res *analyze.Results, _ Thresholds) (trigger, error) {
	s := &res.Responsiveness.ResponseStats
	return notMeasurable("responsiveness", s.Measurable, s.Reason, map[string]Severity{
		analyze.ReasonNoBrandComments:    Warning,
		analyze.ReasonAuthorsWithheld:    Warning,
		analyze.ReasonNoCustomerComments: Info,
	})
}

// broadcastNotMeasurable explains why posts and replies cannot be compared.
func broadcastNotMeasurable(res *analyze.Results, _ Thresholds) (trigger, error) {
	b := &res.Broadcast.BroadcastStats
	return notMeasurable("broadcast", b.Measurable, b.Reason, map[string]Severity{
		analyze.ReasonNoReplySource:   Info,
		analyze.ReasonNoBrandComments: Info,
		analyze.ReasonAuthorsWithheld: Info,
		analyze.ReasonNoPosts:         Info,
	})
}

// feedbackNotMeasurable explains why negative feedback is missing.
func feedbackNotMeasurable(res *analyze.Results, _ Thresholds) (trigger, error) {
	f := &res.NegativeFeedback
	return notMeasurable("feedback", f.Measurable, f.Reason, map[string]Severity{
		analyze.ReasonNoFeedbackData: Info,
	})
}

// trendNotMeasurable explains a missing trend only when negative feedback
// itself is measurable; otherwise feedback-not-measurable says it all.
func trendNotMeasurable(res *analyze.Results, _ Thresholds) (trigger, error) {
	f := &res.NegativeFeedback
	if !f.Measurable {
		return trigger{}, nil
	}
	return notMeasurable("trend", f.Trend.Measurable, f.Trend.Reason, map[string]Severity{
		analyze.ReasonTooFewMonths: Info,
	})
}
