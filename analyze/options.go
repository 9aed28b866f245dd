package analyze

import (
	"fmt"
	"math"
	"strings"
	"time"
)

// DefaultSLA is the service level used when Options.SLA is zero: a customer
// comment younger than this at as-of is pending, not unanswered.
const DefaultSLA = 24 * time.Hour

// Options are the choices a report is made with. The zero value means: the
// whole data, as of its latest record, in UTC, with a 24 h SLA and no brand
// accounts configured.
type Options struct {
	// From and To bound the report period [From, To). Zero means: from the
	// earliest record, to just after the latest.
	From, To time.Time
	// AsOf is the moment the data is judged at. Zero means the latest time
	// of any record. Records after AsOf are ignored.
	AsOf time.Time
	// Location is the report's time zone: months, weekdays and hours are
	// taken in it. Nil means UTC.
	Location *time.Location
	// SLA is the time within which a comment should be answered. Zero means
	// DefaultSLA.
	SLA time.Duration
	// Brand lists the brand's own account names or ids. Matching is
	// case-insensitive and ignores a leading "@".
	Brand []string
	// BrandByPlatform lists, per platform id ("facebook", "x"...), account
	// names or ids that are the brand on that platform only: the same name
	// may be the brand on one network and a customer on another. Platform
	// ids are matched case-insensitively; accounts as for Brand. These add
	// to Brand, which applies to every platform.
	BrandByPlatform map[string][]string
	// BusinessHours is the weekday window used to tell comments that arrive
	// in working hours from evenings and weekends. Zero means 09:00-18:00,
	// Monday to Friday.
	BusinessHours BusinessHours
	// Diagnostics are the rules and thresholds of the diagnostics; the zero
	// value is DefaultDiagnosticOptions.
	Diagnostics DiagnosticOptions
}

// BusinessHours is a daily window [Start, End) of whole hours, Monday to
// Friday, in the report's time zone.
type BusinessHours struct {
	Start, End int
}

// DefaultBusinessHours is 09:00 to 18:00.
var DefaultBusinessHours = BusinessHours{Start: 9, End: 18}

// Contains reports whether t (already in the report's zone) falls in
// business hours.
func (b BusinessHours) Contains(t time.Time) bool {
	if wd := t.Weekday(); wd == time.Saturday || wd == time.Sunday {
		return false
	}
	h := t.Hour()
	return h >= b.Start && h < b.End
}

// DiagnosticOptions are the rules and thresholds of the diagnostics (see
// Diagnostics). A zero field means the value of the same field in
// DefaultDiagnosticOptions, so the zero DiagnosticOptions is the documented
// defaults; Results.Diagnostics.Options holds the values a report used.
type DiagnosticOptions struct {
	Canned   CannedOptions
	Cadence  CadenceOptions
	Crises   CrisisOptions
	Pushback PushbackOptions
	Clicks   ClickOptions
	Members  MemberOptions
}

// CannedOptions are the rules of CannedReplies.
type CannedOptions struct {
	// MinRepeats: a normalised reply text written at least this many
	// times in the period is a canned reply. Default 3.
	MinRepeats int
	// Top is how many of the most repeated texts are listed. Default 10.
	Top int
}

// CadenceOptions are the rules of Cadence.
type CadenceOptions struct {
	// BurstFactor and BurstMinPosts: a week is a burst when its posts are
	// at least max(BurstMinPosts, BurstFactor x the platform's median
	// posts per full week). Defaults 2 and 3.
	BurstFactor   float64
	BurstMinPosts int
	// MinWeeks is the number of full weeks needed to know a platform's
	// usual level. Default 4.
	MinWeeks int
	// MinSilenceWeeks: a campaign is followed by silence when at least
	// this many full weeks without a post follow it. Default 1.
	MinSilenceWeeks int
	// AfterWeeks is the length of the window after a campaign in which
	// customer activity and answers are compared with other weeks.
	// Default 2.
	AfterWeeks int
}

// CrisisOptions are the rules of Crises.
type CrisisOptions struct {
	// MADFactor: a day is a crisis day when its count exceeds the median
	// of the daily series + MADFactor x its median absolute deviation.
	// Default 3.
	MADFactor float64
	// MinComments and MinFeedback: a crisis day also needs at least this
	// many customer comments (or negative-feedback actions), so that a
	// quiet account's few comments are no crisis. Defaults 10 and 10.
	MinComments int
	MinFeedback int
	// MinDays is the number of days a daily series needs before anything
	// is called abnormal. Default 14.
	MinDays int
}

// PushbackOptions are the rules of Pushback.
type PushbackOptions struct {
	// MinWeeks is the number of weeks with a value below which no relation
	// is claimed. Default 8.
	MinWeeks int
	// Moderate and Strong: a rank correlation whose absolute value is
	// below Moderate is weak, below Strong moderate, and strong otherwise.
	// Defaults 0.3 and 0.5.
	Moderate, Strong float64
}

// ClickOptions are the rules of Clicks.
type ClickOptions struct {
	// HighPercentile and LowPercentile (nearest rank, 1-99) say what is a
	// high and a low number of clicks or conversations among the posts
	// with clicks. Defaults 75 and 25.
	HighPercentile, LowPercentile int
	// MinPosts is the number of posts with clicks needed before posts are
	// classified. Default 10.
	MinPosts int
	// Top is how many posts each list keeps. Default 10.
	Top int
}

// MemberOptions are the rules of Members.
type MemberOptions struct {
	// Top is how many of the most active customers are listed. Default 10.
	Top int
	// MinComments: a customer with at least this many comments in the
	// period is a regular; regulars never answered are counted and
	// listed. Default 2.
	MinComments int
}

// DefaultDiagnosticOptions are the rules used where DiagnosticOptions are
// zero.
var DefaultDiagnosticOptions = DiagnosticOptions{
	Canned:   CannedOptions{MinRepeats: 3, Top: 10},
	Cadence:  CadenceOptions{BurstFactor: 2, BurstMinPosts: 3, MinWeeks: 4, MinSilenceWeeks: 1, AfterWeeks: 2},
	Crises:   CrisisOptions{MADFactor: 3, MinComments: 10, MinFeedback: 10, MinDays: 14},
	Pushback: PushbackOptions{MinWeeks: 8, Moderate: 0.3, Strong: 0.5},
	Clicks:   ClickOptions{HighPercentile: 75, LowPercentile: 25, MinPosts: 10, Top: 10},
	Members:  MemberOptions{Top: 10, MinComments: 2},
}

// WithDefaults returns o with its zero fields filled from
// DefaultDiagnosticOptions: the rules a report uses (Run also checks them).
func (o DiagnosticOptions) WithDefaults() DiagnosticOptions {
	d := DefaultDiagnosticOptions
	orDefault(&o.Canned.MinRepeats, d.Canned.MinRepeats)
	orDefault(&o.Canned.Top, d.Canned.Top)
	orDefault(&o.Cadence.BurstFactor, d.Cadence.BurstFactor)
	orDefault(&o.Cadence.BurstMinPosts, d.Cadence.BurstMinPosts)
	orDefault(&o.Cadence.MinWeeks, d.Cadence.MinWeeks)
	orDefault(&o.Cadence.MinSilenceWeeks, d.Cadence.MinSilenceWeeks)
	orDefault(&o.Cadence.AfterWeeks, d.Cadence.AfterWeeks)
	orDefault(&o.Crises.MADFactor, d.Crises.MADFactor)
	orDefault(&o.Crises.MinComments, d.Crises.MinComments)
	orDefault(&o.Crises.MinFeedback, d.Crises.MinFeedback)
	orDefault(&o.Crises.MinDays, d.Crises.MinDays)
	orDefault(&o.Pushback.MinWeeks, d.Pushback.MinWeeks)
	orDefault(&o.Pushback.Moderate, d.Pushback.Moderate)
	orDefault(&o.Pushback.Strong, d.Pushback.Strong)
	orDefault(&o.Clicks.HighPercentile, d.Clicks.HighPercentile)
	orDefault(&o.Clicks.LowPercentile, d.Clicks.LowPercentile)
	orDefault(&o.Clicks.MinPosts, d.Clicks.MinPosts)
	orDefault(&o.Clicks.Top, d.Clicks.Top)
	orDefault(&o.Members.Top, d.Members.Top)
	orDefault(&o.Members.MinComments, d.Members.MinComments)
	return o
}

// withDefaults fills the zero fields from DefaultDiagnosticOptions and
// checks the result.
func (o DiagnosticOptions) withDefaults() (DiagnosticOptions, error) {
	o = o.WithDefaults()
	var bad []string
	positive := func(name string, v float64) {
		if v < 0 || math.IsNaN(v) || math.IsInf(v, 0) {
			bad = append(bad, fmt.Sprintf("%s must be positive, not %v", name, v))
		}
	}
	for _, x := range []struct {
		name string
		v    int
	}{
		{"canned replies: minimum repeats", o.Canned.MinRepeats},
		{"canned replies: texts listed", o.Canned.Top},
		{"cadence: minimum posts of a burst", o.Cadence.BurstMinPosts},
		{"cadence: minimum weeks", o.Cadence.MinWeeks},
		{"cadence: minimum weeks of silence", o.Cadence.MinSilenceWeeks},
		{"cadence: weeks after a campaign", o.Cadence.AfterWeeks},
		{"crises: minimum comments", o.Crises.MinComments},
		{"crises: minimum negative feedback", o.Crises.MinFeedback},
		{"crises: minimum days", o.Crises.MinDays},
		{"posting against negative feedback: minimum weeks", o.Pushback.MinWeeks},
		{"clicks: minimum posts", o.Clicks.MinPosts},
		{"clicks: posts listed", o.Clicks.Top},
		{"members: customers listed", o.Members.Top},
		{"members: minimum comments of a regular", o.Members.MinComments},
	} {
		positive(x.name, float64(x.v))
	}
	positive("cadence: burst factor", o.Cadence.BurstFactor)
	positive("crises: MAD factor", o.Crises.MADFactor)
	if o.Canned.MinRepeats < 2 && o.Canned.MinRepeats > 0 {
		bad = append(bad, "canned replies: minimum repeats must be at least 2 (a text written once is not a copy)")
	}
	if m, s := o.Pushback.Moderate, o.Pushback.Strong; !(m > 0 && m < s && s <= 1) {
		bad = append(bad, fmt.Sprintf("posting against negative feedback: the strength bounds must be 0 < moderate < strong <= 1, not %v and %v", m, s))
	}
	if lo, hi := o.Clicks.LowPercentile, o.Clicks.HighPercentile; !(lo >= 1 && lo < hi && hi <= 99) {
		bad = append(bad, fmt.Sprintf("clicks: the percentiles must be 1 <= low < high <= 99, not %d and %d", lo, hi))
	}
	if len(bad) > 0 {
		return o, fmt.Errorf("diagnostic options: %s", strings.Join(bad, "; "))
	}
	return o, nil
}

// orDefault sets *v to d when it is the zero value.
func orDefault[T comparable](v *T, d T) {
	var zero T
	if *v == zero {
		*v = d
	}
}
