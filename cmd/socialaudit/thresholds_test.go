package main

import (
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/report"
	"github.com/socialaudit/socialaudit/report/recommend"
)

// commonNames are the names agreed in the issue (COMMON.md), which the
// methodology cites: analysis rules, then recommendation thresholds.
var commonNames = [2][]string{{
	"canned.min-repeats", "canned.top", "cadence.burst-factor", "cadence.burst-min-posts",
	"cadence.min-weeks", "cadence.min-silence-weeks", "cadence.after-weeks", "crises.mad-factor",
	"crises.min-comments", "crises.min-feedback", "crises.min-days", "pushback.min-weeks",
	"pushback.moderate", "pushback.strong", "clicks.high-percentile", "clicks.low-percentile",
	"clicks.min-posts", "clicks.top", "members.top", "members.min-comments",
}, {
	"response.low-rate", "response.critical-rate", "response.slow-median",
	"response.good-rate", "response.good-median", "questions.rate",
	"out-of-hours.gap", "out-of-hours.median-factor", "out-of-hours.min-judged", "broadcast.share",
	"canned.share", "cadence.silenced-campaigns", "crises.rate-gap", "crises.median-factor",
	"clicks.click-only-share", "members.never-answered", "concentration.leader-share", "agents.share",
	"agents.median-factor", "agents.min-responses",
}}

// fieldAddrs maps the address of every leaf field of v (a pointer to a
// struct) to its path.
func fieldAddrs(v reflect.Value, path string, out map[uintptr]string) {
	v = v.Elem()
	for i := range v.NumField() {
		f, sf := v.Field(i), v.Type().Field(i)
		p := path + "." + sf.Name
		if f.Kind() == reflect.Struct {
			fieldAddrs(f.Addr(), p, out)
			continue
		}
		out[f.Addr().Pointer()] = p
	}
}

// TestThresholdTableCoversEveryField: every field of DiagnosticOptions'
// sub-structs and of recommend.Thresholds has exactly one NAME, of the
// right kind, with a default from the packages; the names are those of
// the issue.
func TestThresholdTableCoversEveryField(t *testing.T) {
	var s thresholdSettings
	fields := map[uintptr]string{}
	fieldAddrs(reflect.ValueOf(&s.diag), "DiagnosticOptions", fields)
	fieldAddrs(reflect.ValueOf(&s.rec), "Thresholds", fields)
	covered := map[string]string{}
	var names [2][]string
	for _, th := range thresholdTable {
		ptr := reflect.ValueOf(th.field(&s))
		path, ok := fields[ptr.Pointer()]
		if !ok {
			t.Errorf("%s: points at no field", th.name)
			continue
		}
		if other, dup := covered[path]; dup {
			t.Errorf("%s and %s both set %s", other, th.name, path)
		}
		covered[path] = th.name
		want := map[thresholdKind]reflect.Type{
			thInt: reflect.TypeFor[*int](), thPercentile: reflect.TypeFor[*int](),
			thFloat: reflect.TypeFor[*float64](), thRate: reflect.TypeFor[*float64](), thCorrelation: reflect.TypeFor[*float64](),
			thDuration: reflect.TypeFor[*time.Duration](),
		}[th.kind]
		if ptr.Type() != want {
			t.Errorf("%s: kind %d but field %s is %s", th.name, th.kind, path, ptr.Type())
		}
		if th.rule() != strings.HasPrefix(path, "DiagnosticOptions.") {
			t.Errorf("%s: rule() = %v for %s", th.name, th.rule(), path)
		}
		if th.meaning == "" {
			t.Errorf("%s: no meaning", th.name)
		}
		// The default is the packages' own, and reads back as itself.
		d := defaultSettings()
		def := th.get(&d)
		if reflect.ValueOf(def).IsZero() {
			t.Errorf("%s: zero default", th.name)
		}
		if v, err := th.parse(th.defaultText()); err != nil || v != def {
			t.Errorf("%s: default %q reads back as %v, %v", th.name, th.defaultText(), v, err)
		}
		if th.below != "" && thresholdByName[th.below] == nil {
			t.Errorf("%s: below an unknown %s", th.name, th.below)
		}
		i := 1
		if th.rule() {
			i = 0
		}
		names[i] = append(names[i], th.name)
	}
	for _, path := range fields {
		if _, ok := covered[path]; !ok {
			t.Errorf("%s has no threshold name: add it to thresholdTable", path)
		}
	}
	for i := range names {
		got, want := slices.Sorted(slices.Values(names[i])), slices.Sorted(slices.Values(commonNames[i]))
		if !slices.Equal(got, want) {
			t.Errorf("group %d names:\n got %q\nwant %q", i, got, want)
		}
	}
	if len(thresholdByName) != len(thresholdTable) {
		t.Errorf("duplicate names")
	}
}

func TestParseThreshold(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       any
	}{
		{"canned.min-repeats", "4", 4},
		{"canned.min-repeats", " 2 ", 2},
		{"clicks.high-percentile", "99", 99},
		{"clicks.low-percentile", "1", 1},
		{"cadence.burst-factor", "2.5", 2.5},
		{"crises.mad-factor", "0.5", 0.5},
		{"response.low-rate", "70%", 0.7},
		{"response.low-rate", "70 %", 0.7},
		{"response.low-rate", "0.7", 0.7},
		{"response.low-rate", "100%", 1.0},
		{"response.low-rate", "1", 1.0},
		{"out-of-hours.gap", "12.5%", 0.125},
		{"pushback.moderate", "0.25", 0.25},
		{"response.slow-median", "90m", 90 * time.Minute},
		{"response.slow-median", "1h30m", 90 * time.Minute},
		{"response.good-median", "2d", 48 * time.Hour},
	} {
		v, err := parseThreshold(tc.name, tc.text, 0)
		if err != nil || v.value != tc.want || v.name != tc.name {
			t.Errorf("%s=%s: %+v, %v; want %v", tc.name, tc.text, v, err, tc.want)
		}
	}
	for _, tc := range []struct{ arg, want string }{
		{"canned.min-repeats=1", `--threshold canned.min-repeats: want a whole number of at least 2, not "1"`},
		{"canned.top=0", `--threshold canned.top: want a whole number of at least 1, not "0"`},
		{"canned.top=-3", `--threshold canned.top: want a whole number of at least 1, not "-3"`},
		{"canned.top=2.5", `--threshold canned.top: want a whole number of at least 1, not "2.5"`},
		{"canned.top=", `--threshold canned.top: want a whole number of at least 1, not ""`},
		{"clicks.high-percentile=100", `--threshold clicks.high-percentile: want a whole percentile from 1 to 99, not "100"`},
		{"clicks.low-percentile=0", `--threshold clicks.low-percentile: want a whole percentile from 1 to 99, not "0"`},
		{"cadence.burst-factor=0", `--threshold cadence.burst-factor: want a number above 0, not "0"`},
		{"cadence.burst-factor=twice", `--threshold cadence.burst-factor: want a number above 0, not "twice"`},
		{"crises.mad-factor=NaN", `--threshold crises.mad-factor: want a number above 0, not "NaN"`},
		{"crises.mad-factor=+Inf", `--threshold crises.mad-factor: want a number above 0, not "+Inf"`},
		{"response.low-rate=65", `--threshold response.low-rate: want a rate above 0 and at most 100%, such as 65% or 0.65, not "65" (write 65% for a percentage)`},
		{"response.low-rate=120%", `--threshold response.low-rate: want a rate above 0 and at most 100%, such as 65% or 0.65, not "120%"`},
		{"response.low-rate=0%", `--threshold response.low-rate: want a rate above 0 and at most 100%, such as 65% or 0.65, not "0%"`},
		{"response.low-rate=-0.5", `--threshold response.low-rate: want a rate above 0 and at most 100%, such as 65% or 0.65, not "-0.5"`},
		{"pushback.strong=1.5", `--threshold pushback.strong: want a number above 0 and at most 1, such as 0.3, not "1.5"`},
		{"response.slow-median=soon", `--threshold response.slow-median: want a duration above 0, such as 1h, 90m or 2d, not "soon"`},
		{"response.slow-median=-1h", `--threshold response.slow-median: want a duration above 0, such as 1h, 90m or 2d, not "-1h"`},
		{"response.slow-median=0s", `--threshold response.slow-median: want a duration above 0, such as 1h, 90m or 2d, not "0s"`},
		{"canned.min-repeats", `--threshold canned.min-repeats: want NAME=VALUE, such as canned.min-repeats=4 ('socialaudit help thresholds' lists the names)`},
		{"=4", `--threshold =4: want NAME=VALUE, such as canned.min-repeats=4 ('socialaudit help thresholds' lists the names)`},
		{"canned.min-repeat=4", `--threshold canned.min-repeat: unknown threshold (did you mean canned.min-repeats?)`},
		{"Canned.Min_Repeats=4", `--threshold Canned.Min_Repeats: unknown threshold (did you mean canned.min-repeats?)`},
		{"response.lowrate=70%", `--threshold response.lowrate: unknown threshold (did you mean response.low-rate?)`},
		{"canned=4", `--threshold canned: unknown threshold (did you mean canned.min-repeats, canned.top or canned.share?)`},
		{"min-repeats=4", `--threshold min-repeats: unknown threshold (did you mean canned.min-repeats?)`},
		{"sla=2h", `--threshold sla: unknown threshold: 'socialaudit help thresholds' lists them`},
	} {
		_, err := parseThresholdArg(tc.arg)
		var ue usageError
		if err == nil || err.Error() != tc.want || !errors.As(err, &ue) {
			t.Errorf("%s:\n got %v\nwant %s", tc.arg, err, tc.want)
		}
	}
}

// TestThresholdFlag: --threshold sets the analysis options and the
// recommendations' thresholds; the rest stays zero (the defaults).
func TestThresholdFlag(t *testing.T) {
	o, opts, err := configure(t, "none.toml", "",
		"--threshold", "canned.min-repeats=5", "--threshold", "response.low-rate=70%",
		"--threshold", "response.slow-median=2h", "--threshold", "pushback.strong=0.6",
		"--threshold", "canned.min-repeats=4") // the last one wins
	if err != nil {
		t.Fatal(err)
	}
	var diag analyze.DiagnosticOptions
	diag.Canned.MinRepeats = 4
	diag.Pushback.Strong = 0.6
	if !reflect.DeepEqual(opts.Diagnostics, diag) {
		t.Errorf("diagnostics %+v", opts.Diagnostics)
	}
	if o.recommend != (recommend.Thresholds{LowResponseRate: 0.7, SlowMedian: 2 * time.Hour}) {
		t.Errorf("thresholds %+v", o.recommend)
	}

	// The pairs, against the other's default or given value.
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"pushback.moderate=0.6"}, "--threshold pushback.moderate: pushback.moderate (0.6) must be below pushback.strong (0.5)"},
		{[]string{"pushback.strong=0.3"}, "--threshold pushback.strong: pushback.moderate (0.3) must be below pushback.strong (0.3)"},
		{[]string{"clicks.low-percentile=80"}, "--threshold clicks.low-percentile: clicks.low-percentile (80) must be below clicks.high-percentile (75)"},
		{[]string{"clicks.low-percentile=60", "clicks.high-percentile=50"}, "--threshold clicks.low-percentile: clicks.low-percentile (60) must be below clicks.high-percentile (50)"},
		{[]string{"response.low-rate=25%"}, "--threshold response.low-rate: response.critical-rate (30%) must be below response.low-rate (25%)"},
	} {
		var args []string
		for _, a := range tc.args {
			args = append(args, "--threshold", a)
		}
		_, _, err := configure(t, "none.toml", "", args...)
		if err == nil || err.Error() != tc.want {
			t.Errorf("%v:\n got %v\nwant %s", tc.args, err, tc.want)
		}
	}
	// The values allowed are those analyze accepts.
	for _, args := range [][]string{
		{"clicks.low-percentile=98", "clicks.high-percentile=99"},
		{"pushback.moderate=0.99", "pushback.strong=1"},
		{"canned.min-repeats=2"},
	} {
		var o buildOptions
		o.threshold = args
		o.lang, o.tz, o.sla = "en", "UTC", "24h"
		opts, err := o.analyzeOptions()
		if err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		if _, err := analyze.Run(&analyze.Dataset{}, opts); err != nil && !strings.Contains(err.Error(), analyze.ErrNoRecords.Error()) {
			t.Errorf("%v: analyze refuses: %v", args, err)
		}
	}
}

// TestThresholdFlagErrorsExitTwo: a bad --threshold is a usage error,
// found before any input is read.
func TestThresholdFlagErrorsExitTwo(t *testing.T) {
	for _, tc := range []struct{ arg, want string }{
		{"canned.min-repets=5", "socialaudit: --threshold canned.min-repets: unknown threshold (did you mean canned.min-repeats?)\n"},
		{"pushback.moderate=0.7", "socialaudit: --threshold pushback.moderate: pushback.moderate (0.7) must be below pushback.strong (0.5)\n"},
		{"response.low-rate=65", `socialaudit: --threshold response.low-rate: want a rate above 0 and at most 100%, such as 65% or 0.65, not "65" (write 65% for a percentage)` + "\n"},
	} {
		code, _, stderr := runCLI(t, noEnv, "build", "--threshold", tc.arg, "-o", t.TempDir(), "testdata/does-not-exist")
		if code != exitUsage || !strings.HasPrefix(stderr, tc.want) {
			t.Errorf("%s: exit %d, stderr %q, want %q", tc.arg, code, stderr, tc.want)
		}
	}
}

// TestConfigThresholds: the [thresholds] table, quoted or nested, in TOML
// and YAML, and the threshold key as the flag.
func TestConfigThresholds(t *testing.T) {
	var diag analyze.DiagnosticOptions
	diag.Canned.MinRepeats = 4
	diag.Cadence.BurstFactor = 2.5
	diag.Clicks.Top = 5
	rec := recommend.Thresholds{LowResponseRate: 0.7, GoodMedian: 30 * time.Minute, AgentShare: 0.75}
	for _, tc := range []struct{ path, text string }{
		{"socialaudit.toml", `client = "Acme"
[thresholds]
"canned.min-repeats" = 4
"cadence.burst-factor" = 2.5
"clicks.top" = 5
"response.low-rate" = "70%"
"response.good-median" = "30m"
"agents.share" = 0.75
`},
		{"socialaudit.toml", `[thresholds]
canned.min-repeats = 4
cadence.burst-factor = 2.5
response.low-rate = 0.7
response.good-median = "30m"

[thresholds.clicks]
top = 5

[thresholds.agents]
share = "75%"
`},
		{"socialaudit.toml", `threshold = ["canned.min-repeats=4", "cadence.burst-factor=2.5", "clicks.top=5", "response.low-rate=70%"]
[thresholds]
"response.good-median" = "30m"
agents.share = "75%"
`},
		{"socialaudit.yaml", `client: Acme
thresholds:
  canned.min-repeats: 4
  cadence.burst-factor: 2.5
  clicks.top: 5
  response.low-rate: 70%
  response.good-median: 30m
  agents.share: 0.75
`},
		{"socialaudit.yaml", `thresholds:
  canned:
    min-repeats: 4
  cadence: {burst-factor: 2.5}
  clicks.top: 5
  response:
    low-rate: "70%"
    good-median: 30m
  agents:
    share: 0.75
`},
	} {
		o, opts, err := configure(t, tc.path, tc.text)
		if err != nil {
			t.Errorf("%s %q: %v", tc.path, tc.text, err)
			continue
		}
		if !reflect.DeepEqual(opts.Diagnostics, diag) || o.recommend != rec {
			t.Errorf("%s %q:\n diagnostics %+v\n thresholds %+v", tc.path, tc.text, opts.Diagnostics, o.recommend)
		}
	}

	// The command line wins for the same name; the file's others stay.
	o, opts, err := configure(t, "socialaudit.toml", "[thresholds]\n\"canned.min-repeats\" = 4\n\"canned.top\" = \"bad\"\n\"response.low-rate\" = \"70%\"\n",
		"--threshold", "canned.min-repeats=6", "--threshold", "canned.top=3")
	if err != nil {
		t.Fatal(err)
	}
	if opts.Diagnostics.Canned.MinRepeats != 6 || opts.Diagnostics.Canned.Top != 3 || o.recommend.LowResponseRate != 0.7 {
		t.Errorf("flag wins: %+v, %+v", opts.Diagnostics.Canned, o.recommend)
	}
}

// TestConfigThresholdErrors pins the messages: file, line, key.
func TestConfigThresholdErrors(t *testing.T) {
	for _, tc := range []struct{ path, text, want string }{
		{"socialaudit.toml", "client = \"A\"\n[thresholds]\n\"canned.min-repeat\" = 4\n",
			"socialaudit.toml:3: thresholds.canned.min-repeat: unknown threshold (did you mean canned.min-repeats?)"},
		{"socialaudit.toml", "[thresholds.canned]\nmin-repeats = 1\n",
			`socialaudit.toml:2: thresholds.canned.min-repeats: want a whole number of at least 2, not "1"`},
		{"socialaudit.toml", "[thresholds]\ncanned.min-repeats = 4\ncanned.bogus = 4\n",
			"socialaudit.toml:3: thresholds.canned.bogus: unknown threshold (did you mean canned.min-repeats, canned.top or canned.share?)"},
		{"socialaudit.toml", "[thresholds]\n\"response.low-rate\" = 65\n",
			`socialaudit.toml:2: thresholds.response.low-rate: want a rate above 0 and at most 100%, such as 65% or 0.65, not "65" (write 65% for a percentage)`},
		{"socialaudit.toml", "[thresholds]\n\"response.slow-median\" = 3600\n",
			`socialaudit.toml:2: thresholds.response.slow-median: want a duration above 0, such as 1h, 90m or 2d, not "3600"`},
		{"socialaudit.toml", "[thresholds]\n\"canned.top\" = true\n",
			`socialaudit.toml:2: thresholds.canned.top: want a number, or a text such as "65%" or "1h", not true or false`},
		{"socialaudit.toml", "[thresholds]\n\"canned.top\" = [3]\n",
			`socialaudit.toml:2: thresholds.canned.top: want a number, or a text such as "65%" or "1h", not a list`},
		{"socialaudit.toml", "[thresholds]\n\"canned.min-repeats\" = 4\ncanned.min-repeats = 5\n",
			"socialaudit.toml:3: thresholds.canned.min-repeats: already given on line 2"},
		{"socialaudit.toml", "thresholds = 3\n",
			`socialaudit.toml:1: thresholds: want a table of thresholds, such as [thresholds] then "canned.min-repeats" = 4, not a number`},
		{"socialaudit.toml", "threshold = [\"canned.min-repeats\"]\n",
			`socialaudit.toml:1: threshold: want NAME=VALUE texts, such as ["canned.min-repeats=4"], or a [thresholds] table`},
		{"socialaudit.toml", "threshold = \"canned.top=0\"\n",
			`socialaudit.toml:1: threshold canned.top: want a whole number of at least 1, not "0"`},
		// Every problem at once, in line order.
		{"socialaudit.toml", "clinet = \"A\"\n[thresholds]\n\"canned.top\" = 0\n\"nope\" = 1\n",
			"socialaudit.toml:1: clinet: unknown key: the keys are the long names of the build flags (see 'socialaudit help build'), and inputs\n" +
				`socialaudit.toml:3: thresholds.canned.top: want a whole number of at least 1, not "0"` + "\n" +
				"socialaudit.toml:4: thresholds.nope: unknown threshold: 'socialaudit help thresholds' lists them"},
		// A pair out of order, blamed on the file's line.
		{"socialaudit.toml", "tz = \"UTC\"\n[thresholds]\n\"pushback.moderate\" = 0.5\n",
			"socialaudit.toml:3: thresholds.pushback.moderate: pushback.moderate (0.5) must be below pushback.strong (0.5)"},

		{"socialaudit.yaml", "thresholds:\n  canned:\n    min-repeats: two\n",
			`socialaudit.yaml:3: thresholds.canned.min-repeats: want a whole number of at least 2, not "two"`},
		{"socialaudit.yaml", "thresholds:\n  canned.top:\n",
			"socialaudit.yaml:2: thresholds.canned.top: has no value: give one, or remove the key"},
		{"socialaudit.yaml", "thresholds:\n  crises.rate-gap: 15\n",
			`socialaudit.yaml:2: thresholds.crises.rate-gap: want a rate above 0 and at most 100%, such as 65% or 0.65, not "15" (write 15% for a percentage)`},
		{"socialaudit.yaml", "thresholds: [a]\n",
			`socialaudit.yaml:1: thresholds: want a table of thresholds, such as [thresholds] then "canned.min-repeats" = 4, not a list`},
		{"socialaudit.yaml", "thresholds:\n  canned.top: 3\n  canned:\n    top: 4\n",
			"socialaudit.yaml:4: thresholds.canned.top: already given on line 2"},
	} {
		_, _, err := configure(t, tc.path, tc.text)
		if err == nil || err.Error() != tc.want {
			t.Errorf("%s %q:\n got %v\nwant %s", tc.path, tc.text, err, tc.want)
		}
	}
	// An unknown name in the file is an error even when the command line
	// names it too.
	_, _, err := configure(t, "socialaudit.toml", "[thresholds]\n\"nope\" = 1\n", "--threshold", "canned.top=3")
	if err == nil || !strings.Contains(err.Error(), "socialaudit.toml:2: thresholds.nope: unknown threshold") {
		t.Errorf("unknown with a flag: %v", err)
	}
}

// TestHelpThresholds: the topic lists every name with its default and its
// meaning, by group; build's help points to it.
func TestHelpThresholds(t *testing.T) {
	code, out, stderr := runCLI(t, noEnv, "help", "thresholds")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	rules := strings.Index(out, "\nAnalysis rules")
	recs := strings.Index(out, "\nRecommendation thresholds")
	if rules < 0 || recs < rules {
		t.Fatalf("groups missing or out of order:\n%s", out)
	}
	for _, th := range thresholdTable {
		line := "\n  " + th.name + "=" + th.defaultText() + " "
		i := strings.Index(out, line)
		if i < 0 {
			t.Errorf("%s missing", line[1:])
			continue
		}
		if strings.Count(out, "\n  "+th.name+"=") != 1 {
			t.Errorf("%s listed more than once", th.name)
		}
		if (i < recs) != th.rule() {
			t.Errorf("%s in the wrong group", th.name)
		}
		// The meaning follows, wrapped: its words in order.
		rest := strings.Join(strings.Fields(out[i+len(line):]), " ")
		if !strings.HasPrefix(rest, th.meaning) {
			t.Errorf("%s: meaning %q not after it: %.80q", th.name, th.meaning, rest)
		}
	}
	for _, want := range []string{"canned.min-repeats=3 ", "response.low-rate=65% ", "response.slow-median=1h ", "pushback.moderate=0.3 ", "clicks.high-percentile=75 "} {
		if !strings.Contains(out, want) {
			t.Errorf("lacks %q", want)
		}
	}
	for _, l := range strings.Split(out, "\n") {
		if len(l) > 80 {
			t.Errorf("line longer than 80: %q", l)
		}
	}
	_, out, _ = runCLI(t, noEnv, "help", "build")
	if !strings.Contains(out, "--threshold NAME=VALUE") || !strings.Contains(out, "'socialaudit help thresholds'") {
		t.Errorf("build help does not point to help thresholds")
	}
	_, out, _ = runCLI(t, noEnv, "help")
	if !strings.Contains(out, "socialaudit help thresholds") {
		t.Errorf("main help does not list help thresholds")
	}
}

// TestStarterThresholds: the starter lists every threshold once with its
// default, commented out; uncommented, the table parses and sets every
// threshold to its default.
func TestStarterThresholds(t *testing.T) {
	for _, tc := range []struct {
		name string
		yaml bool
		head string
	}{{"socialaudit.toml", false, "# [thresholds]\n"}, {"socialaudit.yaml", true, "# thresholds:\n"}} {
		text := starter(tc.yaml)
		if strings.Contains(text, "# threshold = ") || strings.Contains(text, "# threshold: ") {
			t.Errorf("%s: the threshold flag is listed as a key", tc.name)
		}
		i := strings.Index(text, tc.head)
		j := strings.Index(text, "\n# Brand accounts per platform")
		if i < 0 || j < i {
			t.Fatalf("%s: no thresholds section before the brand one", tc.name)
		}
		section := text[i:j]
		sep := " = "
		if tc.yaml {
			sep = ": "
		}
		for _, th := range thresholdTable {
			if n := strings.Count(section, quote(th.name)+sep); n != 1 {
				t.Errorf("%s: %s listed %d times", tc.name, th.name, n)
			}
		}
		// Uncomment the whole section: "# " off every line.
		var lines []string
		for _, l := range strings.Split(section, "\n") {
			lines = append(lines, strings.TrimPrefix(strings.TrimPrefix(l, "#"), " "))
		}
		var o buildOptions
		fs := buildFlags(&o)
		cfg, err := parseConfig(tc.name, []byte(strings.Join(lines, "\n")))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if err := cfg.apply(fs, &o); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if len(o.fileThresholds) != len(thresholdTable) {
			t.Errorf("%s: %d thresholds set, want %d", tc.name, len(o.fileThresholds), len(thresholdTable))
		}
		got, err := o.thresholds()
		if err != nil {
			t.Fatal(err)
		}
		if want := defaultSettings(); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: uncommented:\n got %+v\nwant %+v", tc.name, got, want)
		}
	}
}

// cannedFixture writes comments where the brand pastes one reply three
// times and another twice, to customer comments a day apart.
func cannedFixture(t *testing.T, dir string) string {
	var b strings.Builder
	b.WriteString("platform,comment_id,post_id,parent_id,author_id,author_name,from_brand,created_at,text,hidden\n")
	replies := []string{"Sorry! Please DM us.", "Sorry! Please DM us.", "SORRY!  please dm us.", "Thanks!", "Thanks!", "On it."}
	for i, r := range replies {
		day := fmt.Sprintf("2026-03-%02d", i+2)
		fmt.Fprintf(&b, "facebook,c%d,p1,,u%d,User %d,,%s 10:00,Question %d?,\n", i, i, i, day, i)
		fmt.Fprintf(&b, "facebook,b%d,p1,c%d,acme,Acme,true,%s 11:00,%q,\n", i, i, day, r)
	}
	return writeFile(t, dir, "comments.csv", b.String())
}

// TestBuildWithThresholds: a build with --threshold changes the
// diagnostics (canned replies, by hand: "sorry! please dm us." written 3
// times, "thanks" 2, "on it" once; of 6 replies, canned 3 at 3 repeats,
// 5 at 2, none at 5) and passes the recommendations' thresholds in Meta.
func TestBuildWithThresholds(t *testing.T) {
	dir := t.TempDir()
	comments := cannedFixture(t, dir)
	var res *analyze.Results
	meta := captureMeta(t)
	orig := buildSite
	buildSite = func(r *analyze.Results, m report.Meta) (*report.Site, error) {
		res = r
		return orig(r, m)
	}
	t.Cleanup(func() { buildSite = orig })
	for _, tc := range []struct {
		args   []string
		canned int
	}{
		{nil, 3},
		{[]string{"--threshold", "canned.min-repeats=2"}, 5},
		{[]string{"--threshold", "canned.min-repeats=5", "--threshold", "response.low-rate=80%"}, 0},
	} {
		args := append([]string{"build", comments, "-o", filepath.Join(dir, "site")}, tc.args...)
		code, _, stderr := runCLI(t, epochEnv, args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", tc.args, code, stderr)
		}
		c := res.Diagnostics.Canned
		if !c.Measurable || c.Canned != tc.canned || c.WithText != 6 {
			t.Errorf("%v: canned %d of %d (measurable %v), want %d of 6", tc.args, c.Canned, c.WithText, c.Measurable, tc.canned)
		}
	}
	if res.Diagnostics.Options.Canned.MinRepeats != 5 || meta.Thresholds != (recommend.Thresholds{LowResponseRate: 0.8}) {
		t.Errorf("last build: options %+v, meta thresholds %+v", res.Diagnostics.Options.Canned, meta.Thresholds)
	}

	// From the configuration file, and the flag winning over it.
	conf := writeFile(t, dir, "audit.toml", "[thresholds.canned]\nmin-repeats = 2\n")
	code, _, stderr := runCLI(t, epochEnv, "build", "--config", conf, comments, "-o", filepath.Join(dir, "site"))
	if code != 0 || res.Diagnostics.Canned.Canned != 5 {
		t.Errorf("file: exit %d, canned %d: %s", code, res.Diagnostics.Canned.Canned, stderr)
	}
	code, _, stderr = runCLI(t, epochEnv, "build", "--config", conf, "--threshold", "canned.min-repeats=3", comments, "-o", filepath.Join(dir, "site"))
	if code != 0 || res.Diagnostics.Canned.Canned != 3 {
		t.Errorf("flag over file: exit %d, canned %d: %s", code, res.Diagnostics.Canned.Canned, stderr)
	}

	// A bad value in the file stops the build, named with its line.
	writeFile(t, dir, "audit.toml", "[thresholds.canned]\nmin-repeats = 1\n")
	code, _, stderr = runCLI(t, epochEnv, "build", "--config", conf, comments, "-o", filepath.Join(dir, "site"))
	if want := "socialaudit: " + conf + `:2: thresholds.canned.min-repeats: want a whole number of at least 2, not "1"` + "\n"; code != exitError || stderr != want {
		t.Errorf("bad file: exit %d, stderr %q, want %q", code, stderr, want)
	}
}
