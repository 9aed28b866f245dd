package archive

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"html/template"
	"math"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/socialaudit/socialaudit/report"
	"github.com/socialaudit/socialaudit/report/internal/locale"
)

// The view model: preformatted strings that the template only places.
// Every string from the reports (client names, folder names) reaches the
// page through html/template, and the charts through json.Marshal.

// pageView is the archive index.
type pageView struct {
	Lang        string
	Title       string
	Lead        string
	Reports     tableView
	Figures     tableView
	TrendsIntro string
	Charts      []chartView
	// Problems is nil when every folder could be read.
	Problems *tableView
	Footer   string
}

type tableView struct {
	Caption string
	Head    []headCell
	Rows    [][]cell
}

type headCell struct {
	Text string
	Num  bool
}

type cell struct {
	Text string
	Href string // a relative link built by reportHref
	Num  bool
	NM   bool // "not measurable", "no report"
	Row  bool // the row's header
}

// chartView is one chart with its data table. When Missing is set the
// chart is replaced by that sentence; the table stays.
type chartView struct {
	ID    string
	Title string
	// Point states what the chart shows: its text alternative.
	Point string
	// Option is the ECharts option, json.Marshal output, placed in the
	// canvas's data-option attribute for report.js to draw.
	Option  string
	Missing string
	Table   tableView
}

// figureDef is one headline figure: where metrics.json holds it, how to
// print it, how to chart it.
type figureDef struct {
	key string // archive.fig.<key>; the chart id is archive_<key>
	pct bool   // a rate, charted as a percentage
	// whole numbers: the axis steps by 1.
	whole bool
	// value is nil where the report does not measure the figure.
	value func(m *report.MetricsJSON) *float64
	text  func(l *locale.Locale, v float64) string
	chart func(v float64) any
}

var figureDefs = []figureDef{
	{key: "rate", pct: true, value: func(m *report.MetricsJSON) *float64 {
		if !m.Responsiveness.Measurable {
			return nil
		}
		return m.Responsiveness.ResponseRate
	}, text: pctText, chart: pctValue},
	{key: "median", value: func(m *report.MetricsJSON) *float64 {
		r := m.Responsiveness
		if !r.Measurable || r.FirstResponseSeconds == nil {
			return nil
		}
		return r.FirstResponseSeconds.Median
	}, text: func(l *locale.Locale, v float64) string {
		return l.Duration(time.Duration(math.Round(v)) * time.Second)
	}, chart: func(v float64) any { return round(v/3600, 2) }},
	{key: "unanswered", whole: true, value: func(m *report.MetricsJSON) *float64 {
		if !m.Responsiveness.Measurable {
			return nil
		}
		return intValue(m.Responsiveness.Unanswered)
	}, text: intText, chart: intChart},
	{key: "broadcast", pct: true, value: func(m *report.MetricsJSON) *float64 {
		if !m.Broadcast.Measurable {
			return nil
		}
		return m.Broadcast.BroadcastShare
	}, text: pctText, chart: pctValue},
	{key: "negative", value: func(m *report.MetricsJSON) *float64 {
		if !m.NegativeFeedback.Measurable {
			return nil
		}
		return m.NegativeFeedback.Posts.Per1000
	}, text: func(l *locale.Locale, v float64) string { return l.Float(v, 2) },
		chart: func(v float64) any { return round(v, 2) }},
	{key: "followers", whole: true, value: func(m *report.MetricsJSON) *float64 {
		n := m.NegativeFeedback.Page.NetFollowers
		if n == nil {
			return nil
		}
		v := float64(*n)
		return &v
	}, text: func(l *locale.Locale, v float64) string {
		if v > 0 {
			return "+" + l.Int(int64(v))
		}
		return l.Int(int64(v))
	}, chart: intChart},
	{key: "customers", whole: true, value: func(m *report.MetricsJSON) *float64 {
		v := float64(m.Summary.CustomerComments)
		return &v
	}, text: intText, chart: intChart},
}

func pctText(l *locale.Locale, v float64) string { return l.Pct(v) }
func pctValue(v float64) any                     { return round(v*100, 1) }
func intText(l *locale.Locale, v float64) string { return l.Int(int64(v)) }
func intChart(v float64) any                     { return int64(v) }

func intValue(n *int) *float64 {
	if n == nil {
		return nil
	}
	v := float64(*n)
	return &v
}

// round rounds v to prec decimals, as the tables print it.
func round(v float64, prec int) float64 {
	p := math.Pow(10, float64(prec))
	return math.Round(v*p) / p
}

// row is one report as the page shows it.
type row struct {
	r      *Report
	label  string // short period label: "Q1 2026"
	client string
	href   string
}

// newPage builds the view of the index.
func newPage(l *locale.Locale, opts Options, reports []Report, problems []Problem) pageView {
	rows := make([]row, len(reports))
	for i := range reports {
		r := &reports[i]
		rows[i] = row{r: r, label: periodLabel(l, r.From, r.To), client: clientName(l, r.Metrics.Client), href: reportHref(r.Dir)}
	}
	p := pageView{Lang: l.Lang, Title: title(l, opts.Title, reports)}
	if len(reports) == 1 {
		p.Lead = l.T("archive.lead.one")
	} else {
		p.Lead = l.T("archive.lead.other", l.Int(int64(len(reports))))
	}
	p.Reports = reportsTable(l, rows)
	p.Figures = figuresTable(l, rows)
	var dup bool
	var clients int
	p.Charts, clients, dup = trendCharts(l, rows)
	p.TrendsIntro = l.T("archive.trends.intro")
	if clients > 1 {
		p.TrendsIntro += " " + l.T("archive.trends.clients")
	}
	if dup {
		p.TrendsIntro += " " + l.T("archive.trends.duplicates")
	}
	if len(problems) > 0 {
		t := tableView{Caption: l.T("archive.problems.caption"),
			Head: []headCell{{Text: l.T("archive.head.folder")}, {Text: l.T("archive.head.reason")}}}
		for _, pr := range problems {
			t.Rows = append(t.Rows, []cell{{Text: pr.Dir, Row: true}, {Text: pr.Reason(l.Lang)}})
		}
		p.Problems = &t
	}
	gen := opts.Generator
	if gen == "" {
		gen = "socialaudit"
	}
	p.Footer = l.T("archive.footer", gen)
	return p
}

// title is the page title: the option, else the common client's archive,
// else a plain one.
func title(l *locale.Locale, given string, reports []Report) string {
	if t := strings.TrimSpace(given); t != "" {
		return t
	}
	client := strings.TrimSpace(reports[0].Metrics.Client)
	for _, r := range reports[1:] {
		if strings.TrimSpace(r.Metrics.Client) != client {
			client = ""
		}
	}
	if client == "" {
		return l.T("archive.title")
	}
	return l.T("archive.title.client", client)
}

// clientName is the client a report names, or a placeholder.
func clientName(l *locale.Locale, c string) string {
	if c = strings.TrimSpace(c); c != "" {
		return c
	}
	return l.T("archive.no_client")
}

func reportsTable(l *locale.Locale, rows []row) tableView {
	t := tableView{Caption: l.T("archive.reports.caption"), Head: []headCell{
		{Text: l.T("archive.head.report")}, {Text: l.T("archive.head.client")}, {Text: l.T("archive.head.period")},
		{Text: l.T("archive.head.lang")}, {Text: l.T("archive.head.generated")}, {Text: l.T("archive.head.folder")},
	}}
	for _, r := range rows {
		m := &r.r.Metrics
		t.Rows = append(t.Rows, []cell{
			{Text: r.label, Href: r.href, Row: true},
			{Text: r.client},
			{Text: periodRange(l, r.r.From, r.r.To)},
			langCell(l, m.Lang),
			generatedCell(l, m.GeneratedAt),
			{Text: r.r.Dir},
		})
	}
	return t
}

// langCell names a report's language; an older report does not say.
func langCell(l *locale.Locale, lang string) cell {
	switch lang {
	case "en", "fr":
		return cell{Text: l.T("archive.lang." + lang)}
	case "":
		return cell{Text: l.T("archive.not_stated"), NM: true}
	}
	return cell{Text: lang}
}

// generatedCell is the day the report was generated (UTC, as recorded).
func generatedCell(l *locale.Locale, at string) cell {
	t, err := time.Parse(time.RFC3339, at)
	if err != nil {
		return cell{Text: l.T("archive.not_stated"), NM: true}
	}
	return cell{Text: l.Date(t.UTC())}
}

func figuresTable(l *locale.Locale, rows []row) tableView {
	t := tableView{Caption: l.T("archive.figures.caption"),
		Head: []headCell{{Text: l.T("archive.head.report")}, {Text: l.T("archive.head.client")}}}
	for _, f := range figureDefs {
		t.Head = append(t.Head, headCell{Text: l.T("archive.fig." + f.key), Num: true})
	}
	for _, r := range rows {
		cells := []cell{{Text: r.label, Href: r.href, Row: true}, {Text: r.client}}
		for _, f := range figureDefs {
			cells = append(cells, valueCell(l, f, f.value(&r.r.Metrics)))
		}
		t.Rows = append(t.Rows, cells)
	}
	return t
}

// valueCell prints a figure, or "not measurable" where it is null.
func valueCell(l *locale.Locale, f figureDef, v *float64) cell {
	if v == nil {
		return cell{Text: l.T("archive.not_measurable"), Num: true, NM: true}
	}
	return cell{Text: f.text(l, *v), Num: true}
}

// trendCharts draws each figure across the report periods: one category
// per distinct period label, one line per client. Where a client has
// several reports with the same label, the first listed gives the point
// (dup reports it). It also returns the number of clients.
func trendCharts(l *locale.Locale, rows []row) (cs []chartView, clients int, dup bool) {
	var labels, names []string
	seenLabel := map[string]bool{}
	seenClient := map[string]bool{}
	point := map[[2]string]*row{} // (client, label) -> the row that gives the point
	for i := range rows {
		r := &rows[i]
		if !seenLabel[r.label] {
			seenLabel[r.label] = true
			labels = append(labels, r.label)
		}
		if !seenClient[r.client] {
			seenClient[r.client] = true
			names = append(names, r.client)
		}
		k := [2]string{r.client, r.label}
		if point[k] != nil {
			dup = true
			continue
		}
		point[k] = r
	}
	for _, f := range figureDefs {
		cs = append(cs, trendChart(l, f, labels, names, point))
	}
	return cs, len(names), dup
}

// chartSeries is one client's values over the labels; nil where the client
// has no report for the period or the report does not measure the figure.
type chartSeries struct {
	name   string
	has    []bool // the client has a report for the label
	values []*float64
}

func trendChart(l *locale.Locale, f figureDef, labels, names []string, point map[[2]string]*row) chartView {
	c := chartView{ID: "archive_" + f.key, Title: l.T("archive.fig." + f.key)}
	var series []chartSeries
	measured := false
	for _, n := range names {
		s := chartSeries{name: n, has: make([]bool, len(labels)), values: make([]*float64, len(labels))}
		for i, lb := range labels {
			if r := point[[2]string{n, lb}]; r != nil {
				s.has[i] = true
				s.values[i] = f.value(&r.r.Metrics)
				measured = measured || s.values[i] != nil
			}
		}
		series = append(series, s)
	}
	c.Table = chartTable(l, f, labels, series)
	c.Point = chartPoint(l, f, labels, series)
	if !measured {
		c.Missing = l.T("archive.chart.none")
		return c
	}
	opt, err := lineOption(l, c.ID, f, labels, series)
	if err != nil {
		// The option holds only numbers, periods and names: marshalling
		// cannot fail; if it ever did, the table still carries the figures.
		c.Missing = l.T("archive.chart.none")
		return c
	}
	c.Option = opt
	return c
}

// chartTable is the data behind a chart: one row per period, one column
// per client (the figure itself when there is one client).
func chartTable(l *locale.Locale, f figureDef, labels []string, series []chartSeries) tableView {
	t := tableView{Caption: l.T("archive.fig." + f.key), Head: []headCell{{Text: l.T("archive.head.report")}}}
	if len(series) == 1 {
		t.Head = append(t.Head, headCell{Text: l.T("archive.fig." + f.key), Num: true})
	} else {
		for _, s := range series {
			t.Head = append(t.Head, headCell{Text: s.name, Num: true})
		}
	}
	for i, lb := range labels {
		cells := []cell{{Text: lb, Row: true}}
		for _, s := range series {
			if !s.has[i] {
				cells = append(cells, cell{Text: l.T("archive.no_report"), Num: true, NM: true})
				continue
			}
			cells = append(cells, valueCell(l, f, s.values[i]))
		}
		t.Rows = append(t.Rows, cells)
	}
	return t
}

// chartPoint states what the chart shows, series by series: where the
// figure started and ended, and the periods that do not measure it.
func chartPoint(l *locale.Locale, f figureDef, labels []string, series []chartSeries) string {
	subject := l.T("archive.fig." + f.key + ".subject")
	var out []string
	for _, s := range series {
		var at []int
		var gaps []string
		for i := range labels {
			switch {
			case s.values[i] != nil:
				at = append(at, i)
			case s.has[i]:
				gaps = append(gaps, labels[i])
			}
		}
		var sentence string
		switch {
		case len(at) == 0:
			sentence = l.T("archive.point.none", subject)
			gaps = nil
		case len(at) == 1:
			i := at[0]
			sentence = l.T("archive.point.one", subject, f.text(l, *s.values[i]), labels[i])
		default:
			i, j := at[0], at[len(at)-1]
			a, b := f.text(l, *s.values[i]), f.text(l, *s.values[j])
			if a == b {
				sentence = l.T("archive.point.same", subject, a, labels[i], labels[j])
			} else {
				sentence = l.T("archive.point.change", subject, a, labels[i], b, labels[j])
			}
		}
		if len(series) > 1 {
			sentence = l.T("archive.point.for", s.name, lowerFirst(sentence))
		}
		if len(gaps) > 0 {
			sentence += " " + l.T("archive.point.gaps", list(l, gaps))
		}
		out = append(out, sentence)
	}
	return strings.Join(out, " ")
}

// lowerFirst lower-cases the first letter of a sentence that follows a
// comma.
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// list joins items: "a", "a and b", "a, b and c".
func list(l *locale.Locale, items []string) string {
	if len(items) == 1 {
		return items[0]
	}
	return l.T("archive.list.and", strings.Join(items[:len(items)-1], ", "), items[len(items)-1])
}

// chartIDPattern is what chart ids must match: element ids that need no
// escaping anywhere.
var chartIDPattern = regexp.MustCompile(`^[A-Za-z0-9_]+$`)

// lineOption builds the ECharts option of a chart with go-echarts, and
// marshals it with json.Marshal. go-echarts' renderers are never used: they
// write user text unescaped into <script>.
func lineOption(l *locale.Locale, id string, f figureDef, labels []string, series []chartSeries) (string, error) {
	if !chartIDPattern.MatchString(id) {
		return "", fmt.Errorf("chart id %q: not [A-Za-z0-9_]", id)
	}
	y := opts.YAxis{Type: "value"}
	switch {
	case f.pct:
		y = opts.YAxis{Name: "%", Type: "value", Min: 0, Max: 100, AxisLabel: &opts.AxisLabel{Formatter: "{value} %"}}
	case f.whole:
		y = opts.YAxis{Name: l.T("archive.fig." + f.key + ".axis"), Type: "value", MinInterval: 1}
	default:
		y.Name = l.T("archive.fig." + f.key + ".axis")
	}
	line := charts.NewLine()
	line.SetGlobalOptions(
		// A fixed id (a random one would make every run differ); AssetsHost
		// is set so that no CDN URL is ever filled in.
		charts.WithInitializationOpts(opts.Initialization{
			ChartID: id, Width: "100%", Height: "22rem", Theme: "white", Renderer: "svg",
			PageTitle: id, AssetsHost: "assets/echarts/",
		}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(len(series) > 1), Top: "0"}),
		charts.WithAnimation(false),
		charts.WithYAxisOpts(y),
	)
	line.SetXAxis(labels)
	for _, s := range series {
		data := make([]opts.LineData, len(labels))
		for i, v := range s.values {
			data[i] = opts.LineData{Value: "-"} // ECharts' empty value: a gap
			if v != nil {
				data[i] = opts.LineData{Value: f.chart(*v)}
			}
		}
		line.AddSeries(s.name, data, charts.WithLineChartOpts(opts.LineChart{
			ConnectNulls: opts.Bool(false), ShowSymbol: opts.Bool(true), SymbolSize: 8,
		}))
	}
	line.Validate()
	b, err := json.Marshal(line.JSON()) // HTML-escaping: no < > & reach the page raw
	if err != nil {
		return "", fmt.Errorf("chart %s: marshal option: %w", id, err)
	}
	return string(b), nil
}

// periodLabel names a period shortly, for an axis and a sentence: a
// calendar month ("Jan 2026"), quarter ("Q1 2026"), half ("H1 2026") or
// year ("2026") when the period is exactly one, else its dates.
func periodLabel(l *locale.Locale, from, to time.Time) string {
	fy, fm, fd := from.Date()
	ty, tm, td := to.Date()
	midnight := func(t time.Time) bool {
		return t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0
	}
	if fd == 1 && td == 1 && midnight(from) && midnight(to) {
		months := (ty*12 + int(tm)) - (fy*12 + int(fm))
		year := fmt.Sprint(fy)
		switch {
		case months == 1:
			return l.ShortMonth(from)
		case months == 3 && (fm-1)%3 == 0:
			return l.T("archive.period.quarter", fmt.Sprint(int(fm-1)/3+1), year)
		case months == 6 && (fm-1)%6 == 0:
			return l.T("archive.period.half", fmt.Sprint(int(fm-1)/6+1), year)
		case months == 12 && fm == 1:
			return year
		}
	}
	return periodRange(l, from, to)
}

// periodRange gives the first and last days of [from, to).
func periodRange(l *locale.Locale, from, to time.Time) string {
	last := to.Add(-time.Nanosecond)
	if y, m, d := last.Date(); y == from.Year() && m == from.Month() && d == from.Day() {
		return l.Date(from)
	}
	return l.T("archive.period.range", l.Date(from), l.Date(last))
}

//go:embed archive.html
var pageTemplate string

// render executes the page template in the page's language.
func render(p pageView) ([]byte, error) {
	l, err := locale.For(p.Lang)
	if err != nil {
		return nil, err
	}
	t, err := template.New("archive").Funcs(template.FuncMap{
		"t": func(key string, args ...any) string { return l.T(key, args...) },
	}).Parse(pageTemplate)
	if err != nil {
		return nil, fmt.Errorf("archive: parse template: %w", err)
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "page", p); err != nil {
		return nil, fmt.Errorf("archive: render index.html: %w", err)
	}
	return buf.Bytes(), nil
}
