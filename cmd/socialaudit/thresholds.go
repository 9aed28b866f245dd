package main

// The diagnostics' rules (analyze.DiagnosticOptions) and the
// recommendations' thresholds (recommend.Thresholds) are set by NAME, with
// --threshold NAME=VALUE or a [thresholds] table of the configuration
// file. thresholdTable is the one list of them: the flag, the file, 'help
// thresholds' and the starter file of init all read it, and a test checks
// that it covers every field of both structs.

import (
	"fmt"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/report/recommend"
)

// thresholdKind is what a threshold's value is and how it is written.
type thresholdKind int

const (
	// thInt is a whole number, at least the threshold's min (1 unless
	// said).
	thInt thresholdKind = iota
	// thPercentile is a whole percentile from 1 to 99.
	thPercentile
	// thFloat is a number above 0 (a factor).
	thFloat
	// thRate is a fraction above 0 and at most 1, written 0.65 or 65%.
	thRate
	// thCorrelation is the strength of a rank correlation, above 0 and at
	// most 1, written as a decimal (0.3).
	thCorrelation
	// thDuration is a duration above 0 (1h, 90m, 2d).
	thDuration
)

// want says what a kind takes, for messages.
func (k thresholdKind) want(min int) string {
	switch k {
	case thPercentile:
		return "a whole percentile from 1 to 99"
	case thFloat:
		return "a number above 0"
	case thRate:
		return "a rate above 0 and at most 100%, such as 65% or 0.65"
	case thCorrelation:
		return "a number above 0 and at most 1, such as 0.3"
	case thDuration:
		return "a duration above 0, such as 1h, 90m or 2d"
	}
	return fmt.Sprintf("a whole number of at least %d", max(min, 1))
}

// thresholdSettings are the values the thresholds set.
type thresholdSettings struct {
	diag analyze.DiagnosticOptions
	rec  recommend.Thresholds
}

// defaultSettings are the defaults, read from the packages that use them.
func defaultSettings() thresholdSettings {
	return thresholdSettings{diag: analyze.DefaultDiagnosticOptions, rec: recommend.DefaultThresholds}
}

// threshold is one configurable value.
type threshold struct {
	name    string
	kind    thresholdKind
	min     int // thInt: the least value (1 when 0)
	meaning string
	// field points at the value in s: an *int, *float64 or
	// *time.Duration according to kind.
	field func(s *thresholdSettings) any
	// below names a threshold this one must stay below.
	below string
}

// rule reports whether the threshold is an analysis rule (a field of
// analyze.DiagnosticOptions) rather than a recommendation threshold.
func (t threshold) rule() bool {
	var s thresholdSettings
	p := reflect.ValueOf(t.field(&s)).Pointer()
	start := reflect.ValueOf(&s.diag).Pointer()
	return p >= start && p < start+reflect.TypeOf(s.diag).Size()
}

// thresholdTable lists every threshold, analysis rules first, in the order
// of their structs.
var thresholdTable = []threshold{
	// Analysis rules: analyze.DiagnosticOptions.
	{name: "canned.min-repeats", kind: thInt, min: 2, meaning: "a reply text written at least this many times is a canned reply",
		field: func(s *thresholdSettings) any { return &s.diag.Canned.MinRepeats }},
	{name: "canned.top", kind: thInt, meaning: "canned reply texts listed",
		field: func(s *thresholdSettings) any { return &s.diag.Canned.Top }},
	{name: "cadence.burst-factor", kind: thFloat, meaning: "a week is a burst (a campaign) when its posts reach this multiple of the platform's usual week",
		field: func(s *thresholdSettings) any { return &s.diag.Cadence.BurstFactor }},
	{name: "cadence.burst-min-posts", kind: thInt, meaning: "a burst has at least this many posts",
		field: func(s *thresholdSettings) any { return &s.diag.Cadence.BurstMinPosts }},
	{name: "cadence.min-weeks", kind: thInt, meaning: "full weeks needed to know a platform's usual posts per week",
		field: func(s *thresholdSettings) any { return &s.diag.Cadence.MinWeeks }},
	{name: "cadence.min-silence-weeks", kind: thInt, meaning: "a burst is followed by silence when at least this many full weeks without a post follow it",
		field: func(s *thresholdSettings) any { return &s.diag.Cadence.MinSilenceWeeks }},
	{name: "cadence.after-weeks", kind: thInt, meaning: "weeks after a burst whose customer activity and answers are compared with the other weeks'",
		field: func(s *thresholdSettings) any { return &s.diag.Cadence.AfterWeeks }},
	{name: "crises.mad-factor", kind: thFloat, meaning: "a crisis day exceeds the daily median by this many median absolute deviations",
		field: func(s *thresholdSettings) any { return &s.diag.Crises.MADFactor }},
	{name: "crises.min-comments", kind: thInt, meaning: "a crisis day of comments has at least this many customer comments",
		field: func(s *thresholdSettings) any { return &s.diag.Crises.MinComments }},
	{name: "crises.min-feedback", kind: thInt, meaning: "a crisis day of negative feedback has at least this many actions",
		field: func(s *thresholdSettings) any { return &s.diag.Crises.MinFeedback }},
	{name: "crises.min-days", kind: thInt, meaning: "days of data needed before a day is called abnormal",
		field: func(s *thresholdSettings) any { return &s.diag.Crises.MinDays }},
	{name: "pushback.min-weeks", kind: thInt, meaning: "weeks needed before a relation between posting and negative feedback is claimed",
		field: func(s *thresholdSettings) any { return &s.diag.Pushback.MinWeeks }},
	{name: "pushback.moderate", kind: thCorrelation, below: "pushback.strong", meaning: "a rank correlation at least this strong is moderate (weaker: weak)",
		field: func(s *thresholdSettings) any { return &s.diag.Pushback.Moderate }},
	{name: "pushback.strong", kind: thCorrelation, meaning: "a rank correlation at least this strong is strong",
		field: func(s *thresholdSettings) any { return &s.diag.Pushback.Strong }},
	{name: "clicks.high-percentile", kind: thPercentile, meaning: "a post's clicks or conversations at or above this percentile of the posts with clicks are high",
		field: func(s *thresholdSettings) any { return &s.diag.Clicks.HighPercentile }},
	{name: "clicks.low-percentile", kind: thPercentile, below: "clicks.high-percentile", meaning: "a post's clicks or conversations at or below this percentile are low",
		field: func(s *thresholdSettings) any { return &s.diag.Clicks.LowPercentile }},
	{name: "clicks.min-posts", kind: thInt, meaning: "posts with clicks needed before posts are classified",
		field: func(s *thresholdSettings) any { return &s.diag.Clicks.MinPosts }},
	{name: "clicks.top", kind: thInt, meaning: "posts kept in each list of posts by clicks",
		field: func(s *thresholdSettings) any { return &s.diag.Clicks.Top }},
	{name: "members.top", kind: thInt, meaning: "most active customers listed",
		field: func(s *thresholdSettings) any { return &s.diag.Members.Top }},
	{name: "members.min-comments", kind: thInt, meaning: "a customer with at least this many comments is a regular",
		field: func(s *thresholdSettings) any { return &s.diag.Members.MinComments }},

	// Recommendation thresholds: recommend.Thresholds.
	{name: "response.low-rate", kind: thRate, meaning: "a response rate below it is a warning",
		field: func(s *thresholdSettings) any { return &s.rec.LowResponseRate }},
	{name: "response.critical-rate", kind: thRate, below: "response.low-rate", meaning: "a response rate below it is critical",
		field: func(s *thresholdSettings) any { return &s.rec.CriticalResponseRate }},
	{name: "response.slow-median", kind: thDuration, meaning: "a median first response above it is slow",
		field: func(s *thresholdSettings) any { return &s.rec.SlowMedian }},
	{name: "questions.rate", kind: thRate, meaning: "questions answered below this rate (one at least unanswered) are flagged",
		field: func(s *thresholdSettings) any { return &s.rec.QuestionResponseRate }},
	{name: "out-of-hours.gap", kind: thRate, meaning: "an out-of-hours response rate this far below the in-hours one is flagged (15% is 15 points)",
		field: func(s *thresholdSettings) any { return &s.rec.OutOfHoursGap }},
	{name: "out-of-hours.median-factor", kind: thFloat, meaning: "an out-of-hours median first response above this multiple of the in-hours one is flagged",
		field: func(s *thresholdSettings) any { return &s.rec.OutOfHoursMedianFactor }},
	{name: "out-of-hours.min-judged", kind: thInt, meaning: "out-of-hours comments answered or unanswered needed before comparing",
		field: func(s *thresholdSettings) any { return &s.rec.OutOfHoursMinJudged }},
	{name: "broadcast.share", kind: thRate, meaning: "a broadcast share above it means a broadcast feed",
		field: func(s *thresholdSettings) any { return &s.rec.BroadcastShare }},
	{name: "response.good-rate", kind: thRate, meaning: "the brand is praised at or above this response rate, with a good median",
		field: func(s *thresholdSettings) any { return &s.rec.GoodResponseRate }},
	{name: "response.good-median", kind: thDuration, meaning: "the brand is praised at or under this median first response, with a good rate",
		field: func(s *thresholdSettings) any { return &s.rec.GoodMedian }},
	{name: "canned.share", kind: thRate, meaning: "a share of canned replies above it is flagged",
		field: func(s *thresholdSettings) any { return &s.rec.CannedShare }},
	{name: "cadence.silenced-campaigns", kind: thInt, meaning: "at least this many campaigns followed by silence are flagged",
		field: func(s *thresholdSettings) any { return &s.rec.SilencedCampaigns }},
	{name: "crises.rate-gap", kind: thRate, meaning: "crisis days answered this far below the other days are flagged (15% is 15 points)",
		field: func(s *thresholdSettings) any { return &s.rec.CrisisRateGap }},
	{name: "crises.median-factor", kind: thFloat, meaning: "crisis days whose median first response is above this multiple of the other days' are flagged",
		field: func(s *thresholdSettings) any { return &s.rec.CrisisMedianFactor }},
	{name: "clicks.click-only-share", kind: thRate, meaning: "click-only posts making up at least this share of the posts with clicks are flagged",
		field: func(s *thresholdSettings) any { return &s.rec.ClickOnlyShare }},
	{name: "members.never-answered", kind: thInt, meaning: "at least this many regulars never answered are flagged",
		field: func(s *thresholdSettings) any { return &s.rec.NeverAnswered }},
	{name: "concentration.leader-share", kind: thRate, meaning: "one platform with more than this share of the audience, engagement or conversations is flagged",
		field: func(s *thresholdSettings) any { return &s.rec.LeaderShare }},
	{name: "agents.share", kind: thRate, meaning: "one agent writing more than this share of the signed replies is flagged",
		field: func(s *thresholdSettings) any { return &s.rec.AgentShare }},
	{name: "agents.median-factor", kind: thFloat, meaning: "the slowest agent's median first response above this multiple of the fastest's is flagged",
		field: func(s *thresholdSettings) any { return &s.rec.AgentMedianFactor }},
	{name: "agents.min-responses", kind: thInt, meaning: "first responses each agent needs before the agents' speeds are compared",
		field: func(s *thresholdSettings) any { return &s.rec.AgentMinResponses }},
}

// thresholdByName indexes thresholdTable.
var thresholdByName = func() map[string]*threshold {
	m := make(map[string]*threshold, len(thresholdTable))
	for i := range thresholdTable {
		m[thresholdTable[i].name] = &thresholdTable[i]
	}
	return m
}()

// parse reads a value of the threshold: an int, a float64 or a
// time.Duration according to its kind. The error says what is wanted.
func (t threshold) parse(text string) (any, error) {
	s := strings.TrimSpace(text)
	bad := fmt.Errorf("want %s, not %q", t.kind.want(t.min), text)
	switch t.kind {
	case thInt, thPercentile:
		n, err := strconv.Atoi(s)
		lo, hi := max(t.min, 1), math.MaxInt
		if t.kind == thPercentile {
			lo, hi = 1, 99
		}
		if err != nil || n < lo || n > hi {
			return nil, bad
		}
		return n, nil
	case thFloat, thCorrelation:
		f, err := strconv.ParseFloat(s, 64)
		if err != nil || !(f > 0) || math.IsInf(f, 0) || (t.kind == thCorrelation && f > 1) {
			return nil, bad
		}
		return f, nil
	case thRate:
		num, percent := strings.CutSuffix(s, "%")
		f, err := strconv.ParseFloat(strings.TrimSpace(num), 64)
		if percent {
			f /= 100
		}
		if err != nil || !(f > 0) || f > 1 {
			if err == nil && !percent && f > 1 && f <= 100 {
				return nil, fmt.Errorf("want %s, not %q (write %s%% for a percentage)", t.kind.want(0), text, num)
			}
			return nil, bad
		}
		return f, nil
	case thDuration:
		d, err := parseDuration(s)
		if err != nil {
			return nil, bad
		}
		return d, nil
	}
	return nil, bad
}

// set stores a value parse returned.
func (t threshold) set(s *thresholdSettings, v any) {
	switch p := t.field(s).(type) {
	case *int:
		*p = v.(int)
	case *float64:
		*p = v.(float64)
	case *time.Duration:
		*p = v.(time.Duration)
	}
}

// get returns the threshold's value in s.
func (t threshold) get(s *thresholdSettings) any {
	switch p := t.field(s).(type) {
	case *int:
		return *p
	case *float64:
		return *p
	case *time.Duration:
		return *p
	}
	return nil
}

// format writes a value as it is given: 3, 2.5, 65%, 0.3, 1h.
func (t threshold) format(v any) string {
	switch v := v.(type) {
	case int:
		return strconv.Itoa(v)
	case float64:
		if t.kind == thRate {
			return strconv.FormatFloat(math.Round(v*1e6)/1e4, 'f', -1, 64) + "%"
		}
		return strconv.FormatFloat(v, 'f', -1, 64)
	case time.Duration:
		return formatDuration(v)
	}
	return fmt.Sprint(v)
}

// defaultText is the threshold's default, formatted.
func (t threshold) defaultText() string {
	d := defaultSettings()
	return t.format(t.get(&d))
}

// formatDuration writes a duration as parseDuration reads it, shortly:
// 2d, 1h, 90m, else Go's form.
func formatDuration(d time.Duration) string {
	switch {
	case d >= 24*time.Hour && d%(24*time.Hour) == 0:
		return strconv.FormatInt(int64(d/(24*time.Hour)), 10) + "d"
	case d >= time.Hour && d%time.Hour == 0:
		return strconv.FormatInt(int64(d/time.Hour), 10) + "h"
	case d >= time.Minute && d%time.Minute == 0:
		return strconv.FormatInt(int64(d/time.Minute), 10) + "m"
	}
	return d.String()
}

// thresholdValue is one threshold as given, on the command line (line 0)
// or in the configuration file.
type thresholdValue struct {
	name  string
	value any
	text  string
	line  int // in the configuration file; 0 for the command line
}

// thresholdError is a bad threshold; line > 0 blames the configuration
// file (see config.blame).
type thresholdError struct {
	name, msg string
	line      int
}

func (e thresholdError) Error() string { return "--threshold " + e.name + ": " + e.msg }

// lookupThreshold finds a threshold by name, or says which was meant.
func lookupThreshold(name string) (*threshold, error) {
	if t, ok := thresholdByName[name]; ok {
		return t, nil
	}
	return nil, fmt.Errorf("unknown threshold%s", suggestThreshold(name))
}

// suggestThreshold proposes the thresholds a mistyped name probably means:
// the same name in lower case with dashes, the closest name by edits, or
// the names of the group it names.
func suggestThreshold(name string) string {
	norm := strings.ToLower(strings.NewReplacer("_", "-", " ", "-").Replace(strings.TrimSpace(name)))
	if _, ok := thresholdByName[norm]; ok {
		return " (did you mean " + norm + "?)"
	}
	best, dist := "", 0
	for _, t := range thresholdTable {
		if d := editDistance(norm, t.name); best == "" || d < dist {
			best, dist = t.name, d
		}
	}
	if dist <= max(2, len(norm)/5) {
		return " (did you mean " + best + "?)"
	}
	var group []string
	given, _, _ := strings.Cut(norm, ".")
	for _, t := range thresholdTable {
		g, rest, _ := strings.Cut(t.name, ".")
		if g == given || rest == norm {
			group = append(group, t.name)
		}
	}
	if len(group) > 0 {
		return " (did you mean " + orList(group) + "?)"
	}
	return ": 'socialaudit help thresholds' lists them"
}

// orList writes "a", "a or b", "a, b or c".
func orList(s []string) string {
	if len(s) == 1 {
		return s[0]
	}
	return strings.Join(s[:len(s)-1], ", ") + " or " + s[len(s)-1]
}

// editDistance is the Levenshtein distance of a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// parseThresholdArg reads one --threshold NAME=VALUE.
func parseThresholdArg(arg string) (thresholdValue, error) {
	name, text, ok := strings.Cut(arg, "=")
	name = strings.TrimSpace(name)
	if !ok || name == "" {
		return thresholdValue{}, usageError{thresholdError{name: strings.TrimSpace(arg), msg: "want NAME=VALUE, such as canned.min-repeats=4 ('socialaudit help thresholds' lists the names)"}}
	}
	v, err := parseThreshold(name, text, 0)
	if err != nil {
		return v, usageError{err}
	}
	return v, nil
}

// parseThreshold reads the value of the threshold name; line is where the
// configuration file gives it (0: the command line).
func parseThreshold(name, text string, line int) (thresholdValue, error) {
	t, err := lookupThreshold(name)
	if err != nil {
		return thresholdValue{}, thresholdError{name, err.Error(), line}
	}
	v, err := t.parse(text)
	if err != nil {
		return thresholdValue{}, thresholdError{name, err.Error(), line}
	}
	return thresholdValue{name: t.name, value: v, text: text, line: line}, nil
}

// thresholds turns the configuration file's [thresholds] and the
// --threshold flags (which win for the same name) into the settings, and
// checks the pairs of thresholds that must stay in order.
func (o *buildOptions) thresholds() (thresholdSettings, error) {
	var s thresholdSettings
	given := map[string]thresholdValue{}
	for _, v := range o.fileThresholds {
		given[v.name] = v
	}
	for _, arg := range o.threshold {
		v, err := parseThresholdArg(arg)
		if err != nil {
			return s, err
		}
		given[v.name] = v
	}
	names := make([]string, 0, len(given))
	for name := range given {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		thresholdByName[name].set(&s, given[name].value)
	}
	// The pairs, with the defaults in place of what was not given.
	full := defaultSettings()
	for _, name := range names {
		thresholdByName[name].set(&full, given[name].value)
	}
	for _, t := range thresholdTable {
		if t.below == "" {
			continue
		}
		upper := thresholdByName[t.below]
		lo, hi := t.get(&full), upper.get(&full)
		if less(lo, hi) {
			continue
		}
		blame, ok := given[t.name]
		if !ok {
			blame = given[upper.name]
		}
		e := thresholdError{name: blame.name, line: blame.line,
			msg: fmt.Sprintf("%s (%s) must be below %s (%s)", t.name, t.format(lo), upper.name, upper.format(hi))}
		if e.line == 0 {
			return s, usageError{e}
		}
		return s, e
	}
	return s, nil
}

// less compares two values of the same kind.
func less(a, b any) bool {
	switch a := a.(type) {
	case int:
		return a < b.(int)
	case float64:
		return a < b.(float64)
	case time.Duration:
		return a < b.(time.Duration)
	}
	return false
}

// thresholdsUsage is 'socialaudit help thresholds'.
func thresholdsUsage() string {
	var b strings.Builder
	b.WriteString(`Usage: socialaudit build --threshold NAME=VALUE ...

The diagnostics' rules and the recommendations' thresholds, set with
--threshold NAME=VALUE on build (repeatable) or in the [thresholds] table
of the configuration file; the command line wins for the same NAME:

  [thresholds]
  "canned.min-repeats" = 4
  "response.low-rate" = "70%"

or with nested tables ([thresholds.canned] then min-repeats = 4); in YAML,
a thresholds: mapping. 'socialaudit init' writes every one, commented out.

Values: whole numbers; numbers (2.5); rates as 65% or 0.65, above 0 and at
most 100%; durations as 1h, 90m or 2d. Every value must be above 0.
`)
	width := 0
	for _, t := range thresholdTable {
		width = max(width, len(t.name)+1+len(t.defaultText()))
	}
	for _, group := range []struct {
		title string
		rule  bool
	}{
		{"Analysis rules (what the diagnostics count and when they judge):", true},
		{"Recommendation thresholds (when a finding gives a recommendation):", false},
	} {
		b.WriteString("\n" + group.title + "\n")
		for _, t := range thresholdTable {
			if t.rule() != group.rule {
				continue
			}
			nv := t.name + "=" + t.defaultText()
			lines := wrap(t.meaning, 76-4-width)
			fmt.Fprintf(&b, "  %-*s  %s\n", width, nv, lines[0])
			for _, l := range lines[1:] {
				fmt.Fprintf(&b, "  %-*s  %s\n", width, "", l)
			}
		}
	}
	return b.String()
}

// wrap cuts text into lines of at most width bytes, between words.
func wrap(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line != "" && len(line)+1+len(w) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return append(lines, line)
}

// starterThresholds is the [thresholds] example of the starter file: every
// threshold with its default, commented out.
func starterThresholds(yamlSyntax bool) string {
	var b strings.Builder
	b.WriteString(`
# The diagnostics' rules and the recommendations' thresholds, each with its
# default ('socialaudit help thresholds' says what each one means);
# --threshold NAME=VALUE on the command line wins. Rates are written "65%"
# or 0.65, durations "1h", "90m" or "2d".
`)
	if yamlSyntax {
		b.WriteString("# thresholds:\n")
	} else {
		b.WriteString("# [thresholds]\n")
	}
	prefix := "# "
	if yamlSyntax {
		prefix = "#   "
	}
	rule := true
	for i, t := range thresholdTable {
		if i == 0 || t.rule() != rule {
			rule = t.rule()
			title := "Analysis rules"
			if !rule {
				title = "Recommendation thresholds"
				b.WriteString("#\n")
			}
			b.WriteString(prefix + "# " + title + "\n")
		}
		d := defaultSettings()
		v := t.get(&d)
		text := t.format(v)
		if t.kind == thRate || t.kind == thDuration {
			text = quote(text)
		}
		if yamlSyntax {
			b.WriteString(prefix + quote(t.name) + ": " + text + "\n")
		} else {
			b.WriteString(prefix + quote(t.name) + " = " + text + "\n")
		}
	}
	return b.String()
}
