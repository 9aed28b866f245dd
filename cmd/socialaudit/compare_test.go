package main

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
)

func TestParseCompare(t *testing.T) {
	paris, _ := time.LoadLocation("Europe/Paris")
	for _, tc := range []struct {
		in       string
		previous bool
		from, to time.Time
		err      string
	}{
		{in: "", err: ""},
		{in: "previous", previous: true},
		{in: "2026-01-01..2026-03-31", from: time.Date(2026, 1, 1, 0, 0, 0, 0, paris), to: time.Date(2026, 4, 1, 0, 0, 0, 0, paris)},
		{in: " 2026-02-14 .. 2026-02-14 ", from: time.Date(2026, 2, 14, 0, 0, 0, 0, paris), to: time.Date(2026, 2, 15, 0, 0, 0, 0, paris)},
		{in: "last quarter", err: `--compare "last quarter": give previous, or a period FROM..TO of dates YYYY-MM-DD (for example 2026-01-01..2026-03-31)`},
		{in: "2026-01-01-2026-03-31", err: `--compare "2026-01-01-2026-03-31": give previous, or a period FROM..TO`},
		{in: "2026-01-01..2026-02-30", err: `--compare "2026-01-01..2026-02-30": "2026-02-30" is not a date YYYY-MM-DD`},
		{in: "01/01/2026..2026-03-31", err: `--compare "01/01/2026..2026-03-31": "01/01/2026" is not a date YYYY-MM-DD`},
		{in: "2026-01-01..", err: `--compare "2026-01-01..": "" is not a date YYYY-MM-DD`},
		{in: "2026-03-31..2026-01-01", err: `--compare "2026-03-31..2026-01-01": the period ends before it starts`},
	} {
		spec, err := parseCompare(tc.in, paris)
		if tc.err != "" {
			if err == nil || !strings.HasPrefix(err.Error(), tc.err) {
				t.Errorf("%q: error %v, want %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", tc.in, err)
			continue
		}
		if tc.in == "" {
			if spec != nil {
				t.Errorf("empty: %+v", spec)
			}
			continue
		}
		if spec.previous != tc.previous || !spec.from.Equal(tc.from) || !spec.to.Equal(tc.to) {
			t.Errorf("%q: %+v, want previous %v [%v, %v)", tc.in, spec, tc.previous, tc.from, tc.to)
		}
	}
}

func TestPreviousPeriod(t *testing.T) {
	paris, _ := time.LoadLocation("Europe/Paris")
	d := func(y int, m time.Month, day, h, min int) time.Time { return time.Date(y, m, day, h, min, 0, 0, paris) }
	for _, tc := range []struct {
		name             string
		from, to         time.Time
		wantFrom, wantTo time.Time
	}{
		{"a calendar quarter", d(2026, 4, 1, 0, 0), d(2026, 7, 1, 0, 0), d(2026, 1, 1, 0, 0), d(2026, 4, 1, 0, 0)},
		{"the first quarter", d(2026, 1, 1, 0, 0), d(2026, 4, 1, 0, 0), d(2025, 10, 1, 0, 0), d(2026, 1, 1, 0, 0)},
		{"March: February, 28 days", d(2026, 3, 1, 0, 0), d(2026, 4, 1, 0, 0), d(2026, 2, 1, 0, 0), d(2026, 3, 1, 0, 0)},
		{"a year", d(2026, 1, 1, 0, 0), d(2027, 1, 1, 0, 0), d(2025, 1, 1, 0, 0), d(2026, 1, 1, 0, 0)},
		{"41 days", d(2026, 4, 10, 0, 0), d(2026, 5, 21, 0, 0), d(2026, 2, 28, 0, 0), d(2026, 4, 10, 0, 0)},
		{"half a month from its first", d(2026, 4, 1, 0, 0), d(2026, 4, 15, 0, 0), d(2026, 3, 18, 0, 0), d(2026, 4, 1, 0, 0)},
		// 10 days across the change to summer time on 29 March: still
		// midnight to midnight.
		{"10 days across DST", d(2026, 3, 25, 0, 0), d(2026, 4, 4, 0, 0), d(2026, 3, 15, 0, 0), d(2026, 3, 25, 0, 0)},
		{"times, not days", d(2026, 4, 1, 9, 30), d(2026, 4, 3, 9, 30), d(2026, 3, 30, 9, 30), d(2026, 4, 1, 9, 30)},
	} {
		f, to := previousPeriod(tc.from, tc.to)
		if !f.Equal(tc.wantFrom) || !to.Equal(tc.wantTo) {
			t.Errorf("%s: [%v, %v), want [%v, %v)", tc.name, f, to, tc.wantFrom, tc.wantTo)
		}
	}
}

func TestComparisonAsOf(t *testing.T) {
	utc := func(y int, m time.Month, d, h int) time.Time { return time.Date(y, m, d, h, 0, 0, 0, time.UTC) }
	res := func(to, asOf time.Time) *analyze.Results {
		return &analyze.Results{Period: analyze.Period{From: utc(2026, 4, 1, 0), To: to}, AsOf: asOf}
	}
	for _, tc := range []struct {
		name            string
		res             *analyze.Results
		compareTo, asOf time.Time
	}{
		// Data end before the report's end: the comparison is judged at its
		// own end.
		{"judged at the end", res(utc(2026, 7, 1, 0), utc(2026, 6, 20, 9)), utc(2026, 4, 1, 0), utc(2026, 4, 1, 0)},
		// The report judged two weeks after its end: so is the comparison.
		{"two weeks later", res(utc(2026, 7, 1, 0), utc(2026, 7, 15, 0)), utc(2026, 4, 1, 0), utc(2026, 4, 15, 0)},
		// A comparison period after the report: nothing after the
		// report's as-of time is known.
		{"after the report", res(utc(2026, 4, 1, 0), utc(2026, 4, 1, 0)), utc(2026, 7, 1, 0), utc(2026, 4, 1, 0)},
	} {
		if got := comparisonAsOf(tc.res, tc.compareTo); !got.Equal(tc.asOf) {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.asOf)
		}
	}
}

// TestCompareQuarters builds the second quarter of testdata/quarters
// against the first. By hand:
//
//	Q2 (report): 8 customer comments, 6 answered an hour later, 2 never:
//	  response rate 6/8 = 75.0 %, median 1 h, unanswered 2, pending 0;
//	  no comment asks a question.
//	Q1 (previous), judged at 1 April 00:00 (the report's data end on
//	  20 June, before its end, so no extra time): 11 customer comments;
//	  c1..c5 answered two hours later; c6 answered on 5 April, after the
//	  as-of time, so unanswered; c7..c10 unanswered; c11, at 22:00 on
//	  31 March, 2 h old: pending. Rate 5/10 = 50.0 %, median 2 h,
//	  unanswered 5, pending 1; all ask a question: 5/10.
//
//	Changes: +25.0 pts; -1 h (-50.0 %); -3 (-60.0 %); pending -1
//	(-100.0 %), not judged; questions not measurable (none in Q2).
func TestCompareQuarters(t *testing.T) {
	out := t.TempDir()
	code, _, stderr := runCLI(t, epochEnv, "build", "-o", out, "--brand", "acme", "--from", "2026-04-01", "--to", "2026-06-30",
		"--compare", "previous", "testdata/quarters")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	m := metrics(t, out)
	c, _ := m["comparison"].(map[string]any)
	if c == nil {
		t.Fatal("metrics.json has no comparison")
	}
	head, _ := json.Marshal(map[string]any{"period": c["period"], "rule": c["rule"], "as_of": c["as_of"], "has_data": c["has_data"]})
	if want := `{"as_of":"2026-04-01T00:00:00Z","has_data":true,"period":{"from":"2026-01-01T00:00:00Z","to":"2026-04-01T00:00:00Z"},"rule":"previous"}`; string(head) != want {
		t.Errorf("comparison:\n%s\nwant\n%s", head, want)
	}
	figures := c["figures"].(map[string]any)
	for name, want := range map[string]string{
		"response_rate":                 `{"better":"higher","change":0.25,"current":0.75,"current_reason":null,"previous":0.5,"previous_reason":null,"relative_change":null,"unit":"fraction"}`,
		"median_first_response_seconds": `{"better":"lower","change":-3600,"current":3600,"current_reason":null,"previous":7200,"previous_reason":null,"relative_change":-0.5,"unit":"seconds"}`,
		"unanswered":                    `{"better":"lower","change":-3,"current":2,"current_reason":null,"previous":5,"previous_reason":null,"relative_change":-0.6,"unit":"count"}`,
		"pending":                       `{"better":null,"change":-1,"current":0,"current_reason":null,"previous":1,"previous_reason":null,"relative_change":-1,"unit":"count"}`,
		"questions_response_rate":       `{"better":"higher","change":null,"current":null,"current_reason":"no_customer_comments","previous":0.5,"previous_reason":null,"relative_change":null,"unit":"fraction"}`,
	} {
		got, _ := json.Marshal(figures[name])
		if string(got) != want {
			t.Errorf("%s:\n%s\nwant\n%s", name, got, want)
		}
	}

	index := readOut(t, out, "index.html")
	for _, want := range []string{
		"Compared with the previous period, 1 Jan 2026 to 31 Mar 2026",
		"&#43;25.0 pts <span class=\"verdict\">(better)</span>",
		"Previous period: 50.0 %",
		"-1 h (-50.0 %) <span class=\"verdict\">(better)</span>",
		"-3 (-60.0 %) <span class=\"verdict\">(better)</span>",
		"It is judged as it stood on 1 Apr 2026, 00:00 UTC",
	} {
		if !strings.Contains(index, want) {
			t.Errorf("index.html lacks %q", want)
		}
	}
	// The monthly chart's table sets April against January, and so on.
	resp := readOut(t, out, "responsiveness.html")
	for _, want := range []string{"<td>January 2026</td><td class=\"num\">100.0 %</td>", "<td>March 2026</td><td class=\"num\">0.0 %</td>"} {
		if !strings.Contains(resp, want) {
			t.Errorf("responsiveness.html lacks %q", want)
		}
	}
}

func TestCompareNoData(t *testing.T) {
	out := t.TempDir()
	code, _, stderr := runCLI(t, epochEnv, "build", "-o", out, "--brand", "acme", "--from", "2026-04-01", "--to", "2026-06-30",
		"--compare", "2025-01-01..2025-03-31", "testdata/quarters")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if want := "socialaudit: warning: the inputs hold no record from 2025-01-01 to 2025-03-31, the comparison period; every change reads \"not measurable\"\n"; stderr != want {
		t.Errorf("stderr %q, want %q", stderr, want)
	}
	c := metrics(t, out)["comparison"].(map[string]any)
	if c["has_data"] != false || c["rule"] != "custom" {
		t.Errorf("comparison %v", c)
	}
	for name, f := range c["figures"].(map[string]any) {
		f := f.(map[string]any)
		if f["previous"] != nil || f["change"] != nil || f["previous_reason"] != "no_data_in_comparison_period" {
			t.Errorf("%s: %v", name, f)
		}
	}
	index := readOut(t, out, "index.html")
	if n := strings.Count(index, `<p class="change nm">change not measurable</p>`); n != 13 {
		t.Errorf("index.html says \"change not measurable\" on %d figures, want 13", n)
	}
	if strings.Contains(index, "&#43;") || strings.Contains(index, "(better)") {
		t.Error("index.html shows a change without data")
	}
}

func TestCompareErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--compare", "yesterday"}, exitUsage, `--compare "yesterday": give previous, or a period FROM..TO`},
		{[]string{"--compare", "2026-03-31..2026-01-01"}, exitUsage, "the period ends before it starts"},
		{[]string{"--from", "2026-04-01", "--to", "2026-06-30", "--compare", "2026-03-01..2026-04-30"}, exitUsage,
			"--compare 2026-03-01..2026-04-30 overlaps the report period (2026-04-01 to 2026-06-30)"},
	} {
		args := append([]string{"build", "-o", t.TempDir(), "--brand", "acme"}, tc.args...)
		code, _, stderr := runCLI(t, epochEnv, append(args, "testdata/quarters")...)
		if code != tc.code || !strings.Contains(stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", tc.args, code, stderr, tc.code, tc.want)
		}
	}
}
