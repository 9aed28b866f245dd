package report

import (
	"encoding/json"
	"github.com/socialaudit/socialaudit/report/internal/locale"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestParseEvents(t *testing.T) {
	// A BOM, semicolons, the French header in another order, a quoted
	// label over two lines, an end equal to the date, blank rows.
	in := "\uFEFFfin;Libellé;date\r\n" +
		";Lancement de la collection;2026-03-02\r\n" +
		"\r\n" +
		"2026-02-10;\"Soldes\nd'hiver\";2026-01-20\r\n" +
		";;\r\n" +
		"2026-02-14;Saint-Valentin;2026-02-14\r\n"
	got, err := ParseEvents(strings.NewReader(in), "événements.csv")
	if err != nil {
		t.Fatal(err)
	}
	want := []Event{
		{Date: day(2026, 1, 20), End: day(2026, 2, 10), Label: "Soldes d'hiver", Source: "événements.csv:4"},
		{Date: day(2026, 2, 14), Label: "Saint-Valentin", Source: "événements.csv:7"},
		{Date: day(2026, 3, 2), Label: "Lancement de la collection", Source: "événements.csv:2"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}

	// Commas, English header, no end column; a header with a trailing comma.
	got, err = ParseEvents(strings.NewReader("date,label,\n2026-04-01,Outage,\n"), "e.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Label != "Outage" || !got[0].Date.Equal(day(2026, 4, 1)) || !got[0].End.IsZero() {
		t.Errorf("got %+v", got)
	}
	// A header alone is no event, and no error.
	if got, err := ParseEvents(strings.NewReader("date,label,end\n"), "e.csv"); err != nil || len(got) != 0 {
		t.Errorf("header only: %v %v", got, err)
	}
}

func TestParseEventsErrors(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"rows", "date,label,end\n" +
			"2026-02-30,Bad day,\n" +
			"2026-03-01,,\n" +
			"2026-03-10,Sale,2026-03-01\n" +
			"14/02/2026,Valentine,\n" +
			"2026-04-01,Too many,,extra\n" +
			"2026-05-01,Fine,2026-05-03\n" +
			",No date,soon\n" +
			"0001-01-01,Zero,\n" +
			"2003-12-31,Early,2026-01-01\n",
			"events.csv:2: date \"2026-02-30\" is not a date written YYYY-MM-DD\n" +
				"events.csv:3: the label is empty\n" +
				"events.csv:4: end 2026-03-01 is before the date 2026-03-10\n" +
				"events.csv:5: date \"14/02/2026\" is not a date written YYYY-MM-DD\n" +
				"events.csv:6: 1 more field than the header names\n" +
				"events.csv:8: the date is empty\n" +
				"events.csv:8: end \"soon\" is not a date written YYYY-MM-DD\n" +
				"events.csv:9: date 0001-01-01 is before 2004: no social platform's data goes back that far\n" +
				"events.csv:10: date 2003-12-31 is before 2004: no social platform's data goes back that far"},
		{"header", "when;label;label\n2026-01-01;x;y\n",
			"events.csv:1: unknown column \"when\": the header names date, label and optionally end\n" +
				"events.csv:1: column \"label\" appears twice\n" +
				"events.csv:1: missing column \"date\": the header names date, label and optionally end"},
		{"no label column", "date\n2026-01-01\n",
			"events.csv:1: missing column \"label\": the header names date, label and optionally end"},
		{"empty", "\uFEFF \n", "events.csv: the file is empty: its first line must be the header date,label (and optionally end)"},
		{"latin-1", "date,label\n2026-01-01,ok\n2026-01-02,caf\xe9\n", "events.csv:3: not UTF-8 text: save the file as UTF-8"},
		{"quote", "date,label\n2026-01-01,\"open\n", "events.csv:2: a quoted field is not closed, or a \" inside it is not doubled"},
		{"bare quote", "date,label\n2026-01-01,say \"hi\"\n", "events.csv:2: a \" inside a field that does not start with one: quote the whole field and double the \" inside"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseEvents(strings.NewReader(tc.in), "events.csv")
			if err == nil {
				t.Fatalf("no error; events %+v", got)
			}
			if err.Error() != tc.want {
				t.Errorf("error:\n%s\nwant:\n%s", err, tc.want)
			}
		})
	}
}

func TestEventCheck(t *testing.T) {
	for _, tc := range []struct {
		ev   Event
		want string
	}{
		{Event{Date: day(2026, 1, 2), Label: "ok"}, ""},
		{Event{Date: day(2026, 1, 2), End: day(2026, 1, 2), Label: "same day"}, ""},
		{Event{Label: "no date"}, "the date is missing"},
		{Event{Date: day(1999, 12, 31), Label: "early"}, "date 1999-12-31 is before 2004: no social platform's data goes back that far"},
		{Event{Date: day(2004, 1, 1), Label: "first day"}, ""},
		{Event{Date: day(2026, 1, 2), Label: " \t\n"}, "the label is empty"},
		{Event{Date: day(2026, 1, 2), End: day(2026, 1, 1), Label: "x"}, "end 2026-01-01 is before the date 2026-01-02"},
	} {
		err := tc.ev.Check()
		if got := ""; err != nil {
			got = err.Error()
			if got != tc.want {
				t.Errorf("%+v: %q, want %q", tc.ev, got, tc.want)
			}
		} else if tc.want != "" {
			t.Errorf("%+v: no error, want %q", tc.ev, tc.want)
		}
	}
}

func TestEvPlace(t *testing.T) {
	months := []string{"2026-01", "2026-02", "2026-03"}
	days := []string{"2026-02-12", "2026-02-13", "2026-02-14", "2026-02-15"}
	ev := func(y int, m time.Month, d int, label string) Event { return Event{Date: day(y, m, d), Label: label} }
	rng := func(a, b time.Time, label string) Event { return Event{Date: a, End: b, Label: label} }
	events := []Event{
		rng(day(2025, 12, 15), day(2026, 1, 5), "Cut at the start"),
		rng(day(2026, 1, 20), day(2026, 2, 10), "Sale"),
		ev(2026, 2, 14, "Valentine"),
		ev(2026, 2, 20, "Outage"),
		ev(2025, 12, 31, "Before"),
		ev(2026, 4, 1, "After"),
	}
	got := evPlace(events, months)
	want := []evMark{
		{First: 0, Last: 0, Label: "Cut at the start"},
		{First: 0, Last: 1, Label: "Sale"},
		{First: 1, Last: 1, Label: "Valentine / Outage"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("months: got %+v\nwant %+v", got, want)
	}
	got = evPlace(events, days)
	// The sale ends on 10 February, before the axis starts: it is off the
	// axis. Valentine's day is the third day; the outage is after the axis.
	want = []evMark{{First: 2, Last: 2, Label: "Valentine"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("days: got %+v\nwant %+v", got, want)
	}
	got = evPlace([]Event{rng(day(2026, 2, 13), day(2026, 2, 20), "Week")}, days)
	if want := []evMark{{First: 1, Last: 3, Label: "Week"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("daily range: got %+v, want %+v", got, want)
	}
	if got := evPlace(events, []string{"facebook", "instagram"}); got != nil {
		t.Errorf("a platform axis got marks %+v", got)
	}
}

// testPages builds the view of every page, by name, in meta.Lang.
func testPages(t *testing.T, res *analyze.Results, meta Meta) map[string]pageView {
	t.Helper()
	l, err := locale.For(meta.Lang)
	if err != nil {
		t.Fatal(err)
	}
	pages, err := newBuilder(res, meta, l).newPages(nil, "")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]pageView{}
	for _, p := range pages {
		out[p.Name] = p
	}
	return out
}

// chartByID finds a chart of a page.
func chartByID(t *testing.T, p pageView, id string) chartView {
	t.Helper()
	for _, s := range p.Sections {
		for _, c := range s.Charts {
			if c.ID == id {
				return c
			}
		}
	}
	t.Fatalf("%s has no chart %s", p.Name, id)
	return chartView{}
}

// decodeOption decodes a chart's option for inspection.
func decodeOption(t *testing.T, c chartView) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(string(c.Option)), &m); err != nil {
		t.Fatalf("chart %s: %v", c.ID, err)
	}
	return m
}

// markedSeries is the series of a decoded option that carries the event
// marks, checking that it is the first line series of the first x axis,
// or the first series when there is no line.
func markedSeries(t *testing.T, opt map[string]any) map[string]any {
	t.Helper()
	series, _ := opt["series"].([]any)
	var marked []int
	want := 0
	for i := len(series) - 1; i >= 0; i-- {
		m := series[i].(map[string]any)
		if m["markLine"] != nil || m["markArea"] != nil {
			marked = append(marked, i)
		}
		if m["type"] == "line" && m["xAxisIndex"] == nil {
			want = i
		}
	}
	if len(marked) != 1 || marked[0] != want {
		t.Fatalf("marks on series %v, want on %d only", marked, want)
	}
	return series[want].(map[string]any)
}

func TestEventsOnCharts(t *testing.T) {
	res := fixture() // January to March 2024
	meta := fixtureMeta()
	// Out of order, as the configuration file may give them; a label over
	// two lines.
	meta.Events = []Event{
		{Date: day(2024, 5, 1), Label: "After the period"},
		{Date: day(2024, 1, 20), End: day(2024, 2, 10), Label: "Winter\nsale"},
		{Date: day(2023, 12, 24), Label: "Before the period"},
		{Date: day(2024, 2, 14), Label: "Valentine's day"},
	}
	pages := testPages(t, res, meta)
	for _, id := range []struct{ page, chart string }{
		{"responsiveness", "resp_monthly"}, {"conversation", "conv_monthly"},
		{"feedback", "fb_monthly"}, {"feedback", "fb_follows"},
	} {
		s := markedSeries(t, decodeOption(t, chartByID(t, pages[id.page], id.chart)))
		line, _ := json.Marshal(s["markLine"].(map[string]any)["data"])
		if string(line) != `[{"name":"Valentine's day","xAxis":1}]` {
			t.Errorf("%s: markLine data %s", id.chart, line)
		}
		area, _ := json.Marshal(s["markArea"].(map[string]any)["data"])
		if string(area) != `[[{"name":"Winter sale","xAxis":0},{"xAxis":1}]]` {
			t.Errorf("%s: markArea data %s", id.chart, area)
		}
	}
	// Charts whose axis is not time get nothing.
	for _, s := range decodeOption(t, chartByID(t, pages["responsiveness"], "resp_platform"))["series"].([]any) {
		if m := s.(map[string]any); m["markLine"] != nil || m["markArea"] != nil {
			t.Errorf("resp_platform has event marks: %v", s)
		}
	}

	// The summary page lists them all, saying which are drawn.
	var events *section
	for i, sec := range pages["index"].Sections {
		if sec.Heading == "Events" {
			events = &pages["index"].Sections[i]
		}
	}
	if events == nil {
		t.Fatal("index has no Events section")
	}
	var rows []string
	for _, r := range events.Tables[0].Rows {
		rows = append(rows, r[0].Text+" | "+r[1].Text+" | "+r[2].Text)
	}
	want := []string{
		"24 Dec 2023 | Before the period | no: outside the report period",
		"20 Jan 2024 to 10 Feb 2024 | Winter sale | yes",
		"14 Feb 2024 | Valentine's day | yes",
		"1 May 2024 | After the period | no: outside the report period",
	}
	if strings.Join(rows, "\n") != strings.Join(want, "\n") {
		t.Errorf("events table:\n%s\nwant:\n%s", strings.Join(rows, "\n"), strings.Join(want, "\n"))
	}

	// metrics.json
	m := newMetrics(res, meta)
	b, _ := json.Marshal(m.Events)
	wantJSON := `[{"date":"2023-12-24","end":null,"label":"Before the period","in_period":false},` +
		`{"date":"2024-01-20","end":"2024-02-10","label":"Winter sale","in_period":true},` +
		`{"date":"2024-02-14","end":null,"label":"Valentine's day","in_period":true},` +
		`{"date":"2024-05-01","end":null,"label":"After the period","in_period":false}]`
	if string(b) != wantJSON {
		t.Errorf("metrics events:\n%s\nwant\n%s", b, wantJSON)
	}
	if m := newMetrics(res, fixtureMeta()); m.Events != nil || m.Comparison != nil {
		t.Error("metrics carry events or a comparison the run did not ask for")
	}
}

// TestEventInPeriodZone checks that an event's day is taken in the report's
// zone: the fixture's period starts at midnight in Paris, 23:00 UTC.
func TestEventInPeriodZone(t *testing.T) {
	res := fixture()
	from, to := res.Period.From, res.Period.To
	for _, tc := range []struct {
		ev   Event
		want bool
	}{
		{Event{Date: day(2023, 12, 31)}, false},
		{Event{Date: day(2024, 1, 1)}, true},
		{Event{Date: day(2024, 3, 31)}, true},
		{Event{Date: day(2024, 4, 1)}, false},
		{Event{Date: day(2023, 12, 1), End: day(2024, 1, 1)}, true},
	} {
		if got := tc.ev.inPeriod(from, to, paris); got != tc.want {
			t.Errorf("%v..%v: in period %v, want %v", tc.ev.Date, tc.ev.End, got, tc.want)
		}
	}
}

func TestHostileEventLabels(t *testing.T) {
	res := fixture()
	meta := fixtureMeta()
	label := hostile + " {b} {a|rich}"
	meta.Events = []Event{{Date: day(2024, 2, 14), Label: label}, {Date: day(2024, 1, 3), End: day(2024, 3, 3), Label: label}}
	pages := testPages(t, res, meta)
	c := chartByID(t, pages["responsiveness"], "resp_monthly")
	if strings.ContainsAny(string(c.Option), "<>") || strings.Contains(string(c.Option), "</script") {
		t.Errorf("option carries raw markup: %s", c.Option)
	}
	s := markedSeries(t, decodeOption(t, c))
	name := s["markLine"].(map[string]any)["data"].([]any)[0].(map[string]any)["name"]
	if want := []rune(label)[:evChartLabelRunes-1]; name != string(want)+"…" {
		t.Errorf("label on the chart %q, want the first %d runes of the label and an ellipsis", name, evChartLabelRunes-1)
	}

	site, err := Build(res, meta)
	if err != nil {
		t.Fatal(err)
	}
	index := string(site.File("index.html").Data)
	if strings.Contains(index, "<img src=x") || strings.Contains(index, "</script><script>") {
		t.Error("index.html carries the label as markup")
	}
	if !strings.Contains(index, "&lt;img src=x onerror=alert(1)&gt;") {
		t.Error("index.html does not show the label as text")
	}
	var m MetricsJSON
	if err := json.Unmarshal(site.File("data/metrics.json").Data, &m); err != nil {
		t.Fatal(err)
	}
	if len(m.Events) != 2 || m.Events[0].Label != label {
		t.Errorf("metrics events %+v", m.Events)
	}
}

// FuzzParseEvents checks, for any input, that ParseEvents either fails or
// returns well-formed, sorted events that survive a round trip: written
// back as CSV and read again, they are the same.
func FuzzParseEvents(f *testing.F) {
	for _, s := range []string{
		"date,label,end\n2026-02-14,Valentine,\n2026-01-20,Sale,2026-02-10\n",
		"\uFEFFfin;libellé;date\n;Lancement;2026-03-02\n",
		"date,label\n2026-01-01,\"two\nlines\"\n",
		"date,label\n2026-13-01,x\n",
		"label,date\n\"a,b\",2026-01-01\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		evs, err := ParseEvents(strings.NewReader(in), "f.csv")
		if err != nil {
			return
		}
		var b strings.Builder
		b.WriteString("date,label,end\n")
		for i, e := range evs {
			if e.Date.IsZero() || e.Label == "" || e.Label != cleanLabel(e.Label) || e.Check() != nil {
				t.Fatalf("event %d malformed: %+v", i, e)
			}
			if !e.End.IsZero() && !e.End.After(e.Date) {
				t.Fatalf("event %d: end not after date: %+v", i, e)
			}
			if i > 0 && evs[i].Date.Before(evs[i-1].Date) {
				t.Fatalf("events out of order: %+v", evs)
			}
			end := ""
			if !e.End.IsZero() {
				end = e.End.Format(eventDate)
			}
			b.WriteString(e.Date.Format(eventDate) + `,"` + strings.ReplaceAll(e.Label, `"`, `""`) + `",` + end + "\n")
		}
		again, err := ParseEvents(strings.NewReader(b.String()), "f.csv")
		if err != nil {
			t.Fatalf("round trip: %v\n%s", err, b.String())
		}
		if len(again) != len(evs) {
			t.Fatalf("round trip: %d events, then %d", len(evs), len(again))
		}
		for i := range evs {
			a, z := evs[i], again[i]
			if !a.Date.Equal(z.Date) || !a.End.Equal(z.End) || a.Label != z.Label {
				t.Fatalf("round trip: %+v became %+v", a, z)
			}
		}
	})
}

// TestEvPlaceWeeks: on a weekly axis ("2026-W15", ISO weeks), an event
// lands on the week that contains its day, and a range spans its weeks.
func TestEvPlaceWeeks(t *testing.T) {
	// 2026-W01 starts on Monday 29 December 2025: ISO years differ from
	// calendar years around New Year.
	weeks := []string{"2026-W01", "2026-W02", "2026-W03", "2026-W04"}
	ev := func(d time.Time, label string) Event { return Event{Date: d, Label: label} }
	events := []Event{
		ev(day(2025, 12, 28), "Sunday before"),                        // 2025-W52: off the axis
		ev(day(2025, 12, 29), "Monday of W01"),                        // first day of W01
		ev(day(2026, 1, 4), "Sunday of W01"),                          // last day of W01: merged
		ev(day(2026, 1, 14), "Wednesday of W03"),                      // W03
		{Date: day(2026, 1, 9), End: day(2026, 1, 20), Label: "Sale"}, // W02 to W04
		{Date: day(2026, 1, 24), End: day(2026, 2, 10), Label: "Cut"}, // W04, cut at the end
		ev(day(2026, 1, 26), "After"),                                 // 2026-W05: off the axis
	}
	got := evPlace(evSorted(events), weeks)
	want := []evMark{
		{First: 0, Last: 0, Label: "Monday of W01 / Sunday of W01"},
		{First: 1, Last: 3, Label: "Sale"},
		{First: 2, Last: 2, Label: "Wednesday of W03"},
		{First: 3, Last: 3, Label: "Cut"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("weeks: got %+v\nwant %+v", got, want)
	}
	if got := evWeek(day(2024, 12, 30)); got != "2025-W01" {
		t.Errorf("evWeek(30 Dec 2024) = %s, want 2025-W01", got)
	}
	// A mixed axis is no time axis.
	if got := evPlace(events, []string{"2026-W01", "2026-01"}); got != nil {
		t.Errorf("a mixed axis got marks %+v", got)
	}
}

// TestEventsOnWeeklyCharts: the weekly charts of the diagnostics get the
// event marks on the week of each event.
func TestEventsOnWeeklyCharts(t *testing.T) {
	res := habitsFixture() // weeks 2024-W01 (1 January) to 2024-W08
	meta := fixtureMeta()
	meta.Events = []Event{
		{Date: day(2024, 1, 17), Label: "Launch"},                       // Wednesday of W03
		{Date: day(2024, 1, 28), End: day(2024, 2, 6), Label: "Outage"}, // Sunday of W04 to Tuesday of W06
	}
	pages := testPages(t, res, meta)
	check := func(chart string, s map[string]any) {
		t.Helper()
		line, _ := json.Marshal(s["markLine"].(map[string]any)["data"])
		if string(line) != `[{"name":"Launch","xAxis":2}]` {
			t.Errorf("%s: markLine data %s", chart, line)
		}
		area, _ := json.Marshal(s["markArea"].(map[string]any)["data"])
		if string(area) != `[[{"name":"Outage","xAxis":3},{"xAxis":5}]]` {
			t.Errorf("%s: markArea data %s", chart, area)
		}
	}
	check("diag_pushback", markedSeries(t, decodeOption(t, chartByID(t, pages["feedback"], "diag_pushback"))))
	// On the cadence chart, the events go on the threshold line (the first
	// line series); the silence band stays on the bars.
	series := decodeOption(t, chartByID(t, pages["conversation"], "diag_cadence_0"))["series"].([]any)
	check("diag_cadence_0", series[2].(map[string]any))
	// The cadence chart keeps its silence band on the bars.
	opt := decodeOption(t, chartByID(t, pages["conversation"], "diag_cadence_0"))
	area, _ := json.Marshal(opt["series"].([]any)[0].(map[string]any)["markArea"].(map[string]any)["data"])
	if string(area) != `[[{"name":"Silence after a campaign","xAxis":4},{"xAxis":5}]]` {
		t.Errorf("silence band %s", area)
	}
}
