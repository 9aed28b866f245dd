// Package recommend turns measured Results into written recommendations and
// the methodology text: markdown files embedded in the binary (see the
// templates package), filled with the measured figures and rendered by
// goldmark with raw HTML off.
package recommend

import (
	"html/template"
	"strconv"
	"time"
)

// Severity orders recommendations: the most urgent first.
type Severity int

// Severities, from least to most urgent.
const (
	Info Severity = iota
	Warning
	Critical
)

// Recommendation is one written recommendation, triggered by a threshold on
// a measured figure that it cites.
type Recommendation struct {
	// ID is stable across runs and languages ("low-response-rate"); it is
	// used as the HTML anchor.
	ID       string
	Severity Severity
	// Page is the report page the recommendation belongs to:
	// "responsiveness", "conversation", "feedback" or "data".
	Page  string
	Title string // plain text
	// Figure is the measured figure that triggered it, formatted for the
	// reader ("38.2 %"); plain text.
	Figure string
	// Body is the rendered markdown (goldmark, raw HTML off); safe HTML.
	Body template.HTML
}

// Options choose the language and the thresholds.
type Options struct {
	Lang string // "" or "en" (English), or "fr"
	// Brand lists the brand accounts as configured (--brand); the
	// methodology states them.
	Brand []string
	// Thresholds trigger the recommendations; zero fields mean the value
	// of DefaultThresholds.
	Thresholds Thresholds
}

// Thresholds are the measured figures' trigger points. A zero field means
// the value of the same field in DefaultThresholds, so the zero Thresholds
// are the defaults.
type Thresholds struct {
	// LowResponseRate: a response rate below it is a warning.
	LowResponseRate float64
	// CriticalResponseRate: a response rate below it is critical.
	CriticalResponseRate float64
	// SlowMedian: a median first response above it is slow. (A p90 above
	// the report's SLA is slow too.)
	SlowMedian time.Duration
	// QuestionResponseRate: questions answered below this rate, with at
	// least one unanswered, are flagged.
	QuestionResponseRate float64
	// OutOfHoursGap is how far (as a fraction: 0.15 is 15 points) the
	// out-of-hours response rate may fall below the in-hours one.
	OutOfHoursGap float64
	// OutOfHoursMedianFactor: an out-of-hours median first response above
	// this multiple of the in-hours median is flagged.
	OutOfHoursMedianFactor float64
	// OutOfHoursMinJudged is the number of judged (answered or unanswered)
	// out-of-hours comments needed before comparing.
	OutOfHoursMinJudged int
	// BroadcastShare: a broadcast share above it means a broadcast feed.
	BroadcastShare float64
	// GoodResponseRate and GoodMedian: at or above the rate and at or
	// under the median, the brand is praised.
	GoodResponseRate float64
	GoodMedian       time.Duration

	// The diagnostics' thresholds. Their rules (what a canned reply, a
	// campaign or a crisis is) are analyze.DiagnosticOptions; these say
	// when a finding deserves a recommendation.

	// CannedShare: a share of canned replies (CannedReplies.Share) above
	// it is flagged.
	CannedShare float64
	// SilencedCampaigns: at least this many campaigns followed by silence
	// (Cadence.Silenced) are flagged.
	SilencedCampaigns int
	// CrisisRateGap and CrisisMedianFactor: crisis days whose response
	// rate is this far (a fraction: 0.15 is 15 points) or more below the
	// other days', or whose median first response is more than this
	// multiple of theirs, are flagged.
	CrisisRateGap      float64
	CrisisMedianFactor float64
	// ClickOnlyShare: click-only posts making up at least this share of
	// the posts with clicks (Clicks.ClickOnly/Clicks.Posts) are flagged.
	ClickOnlyShare float64
	// NeverAnswered: at least this many regulars never answered
	// (Members.NeverAnswered) are flagged.
	NeverAnswered int
	// LeaderShare: one platform holding more than this share of the
	// audience, the engagement or the conversations is flagged, when the
	// data has at least two platforms.
	LeaderShare float64
	// AgentShare: one agent writing more than this share of the replies
	// that name an agent is flagged.
	AgentShare float64
	// AgentMedianFactor and AgentMinResponses: the slowest agent's median
	// first response more than AgentMedianFactor times the fastest's, both
	// over at least AgentMinResponses first responses, is flagged.
	AgentMedianFactor float64
	AgentMinResponses int
}

// DefaultThresholds are the thresholds used when Options leave them zero.
// The response-rate ones follow Socialbakers' "Socially Devoted" 65 % (2012)
// and Facebook's "very responsive" badge (90 %); the one-hour median follows
// the Sprout Social Index 2020 (40 % of consumers expect a reply within the
// first hour).
var DefaultThresholds = Thresholds{
	LowResponseRate:        0.65,
	CriticalResponseRate:   0.30,
	SlowMedian:             time.Hour,
	QuestionResponseRate:   0.65,
	OutOfHoursGap:          0.15,
	OutOfHoursMedianFactor: 2,
	OutOfHoursMinJudged:    20,
	BroadcastShare:         0.5,
	GoodResponseRate:       0.9,
	GoodMedian:             time.Hour,

	CannedShare:        0.5,
	SilencedCampaigns:  1,
	CrisisRateGap:      0.15,
	CrisisMedianFactor: 2,
	ClickOnlyShare:     0.1,
	NeverAnswered:      1,
	LeaderShare:        0.5,
	AgentShare:         0.6,
	AgentMedianFactor:  3,
	AgentMinResponses:  10,
}

// WithDefaults returns t with its zero fields filled from
// DefaultThresholds: the thresholds a report uses.
func (t Thresholds) WithDefaults() Thresholds { return t.withDefaults() }

// withDefaults fills the zero fields from DefaultThresholds.
func (t Thresholds) withDefaults() Thresholds {
	d := DefaultThresholds
	orDefault(&t.LowResponseRate, d.LowResponseRate)
	orDefault(&t.CriticalResponseRate, d.CriticalResponseRate)
	orDefault(&t.SlowMedian, d.SlowMedian)
	orDefault(&t.QuestionResponseRate, d.QuestionResponseRate)
	orDefault(&t.OutOfHoursGap, d.OutOfHoursGap)
	orDefault(&t.OutOfHoursMedianFactor, d.OutOfHoursMedianFactor)
	orDefault(&t.OutOfHoursMinJudged, d.OutOfHoursMinJudged)
	orDefault(&t.BroadcastShare, d.BroadcastShare)
	orDefault(&t.GoodResponseRate, d.GoodResponseRate)
	orDefault(&t.GoodMedian, d.GoodMedian)
	orDefault(&t.CannedShare, d.CannedShare)
	orDefault(&t.SilencedCampaigns, d.SilencedCampaigns)
	orDefault(&t.CrisisRateGap, d.CrisisRateGap)
	orDefault(&t.CrisisMedianFactor, d.CrisisMedianFactor)
	orDefault(&t.ClickOnlyShare, d.ClickOnlyShare)
	orDefault(&t.NeverAnswered, d.NeverAnswered)
	orDefault(&t.LeaderShare, d.LeaderShare)
	orDefault(&t.AgentShare, d.AgentShare)
	orDefault(&t.AgentMedianFactor, d.AgentMedianFactor)
	orDefault(&t.AgentMinResponses, d.AgentMinResponses)
	return t
}

// orDefault sets *v to d when it is the zero value.
func orDefault[T comparable](v *T, d T) {
	var zero T
	if *v == zero {
		*v = d
	}
}

// String returns the severity as a code ("info", "warning", "critical"),
// fit for a CSS class; the report words it in the reader's language.
func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Critical:
		return "critical"
	}
	return "severity(" + strconv.Itoa(int(s)) + ")"
}
