package report

import (
	"fmt"
	"html/template"
	"sort"
	"strings"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/report/recommend"
	"github.com/socialaudit/socialaudit/templates"
)

// The view model: plain structs of preformatted strings. The templates only
// place them; every decision about wording and numbers is made here.

// pageView is one HTML page.
type pageView struct {
	Name  string // "index", "responsiveness", ...; selects the body template
	File  string // "index.html"
	Title string // the page heading
	Site  siteView
	Nav   []navItem
	Intro string
	// Figures are the headline figures of the page.
	Figures []figure
	// Recs are the recommendations shown on the page, most severe first.
	Recs     []recView
	Sections []section
	// Methodology is the body of methodology.html, rendered markdown.
	Methodology template.HTML
	// Facts are term/description pairs (the data page's settings).
	Facts []fact
	// Downloads link to the data files.
	Downloads []link
	// EChartsSrc is the relative URL of the ECharts script; empty on pages
	// without charts.
	EChartsSrc string
}

// siteView is what every page shares.
type siteView struct {
	Lang       string
	Title      string
	Period     string
	AsOf       string
	Stylesheet string
	Footer     string
	// Chrome is the frame around the pages: branding, theme switch,
	// scripts; see chromeView in report.go.
	Chrome chromeView
}

type navItem struct {
	Name        string // the page's name, as pageView.Name
	File, Label string
	Current     bool
}

type figure struct {
	Label   string
	Value   string
	Explain string
	// NM marks a value that is not a number ("not measurable", "unknown").
	NM bool
}

type recView struct {
	ID, Severity, Title, Figure string
	Body                        template.HTML // rendered by recommend with raw HTML off
	PageFile, PageLabel         string
}

type section struct {
	Heading string
	Intro   string
	Charts  []chartView
	Tables  []tableView
	// Empty is said instead of the tables when there is nothing to list.
	Empty string
}

// chartView is one chart with its data table. When Missing is set, the
// chart is replaced by that sentence; the table stays.
type chartView struct {
	ID    string
	Title string
	// Point is one sentence stating what the chart shows: its text
	// alternative. The chart's title stands in when it is empty.
	Point string
	// Option is the ECharts option, json.Marshal output (see charts.go),
	// placed in the canvas's data-option attribute, which html/template
	// escapes; assets/report.js draws it.
	Option  string
	Tall    bool
	Missing string
	Table   tableView
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
	Href string // a link target from the data; html/template sanitises it
	Num  bool
	Wide bool // long free text
}

type fact struct{ Term, Desc string }

type link struct {
	Href, Text, Note string
	// Download is the file name offered when the link saves its target
	// (the download attribute); set in a single file.
	Download string
	// Embedded replaces Href in a single file: the target itself as a
	// data: URL, built by us (see dataURL).
	Embedded template.URL
}

// The pages, in navigation order.
var pageOrder = []struct{ Name, File, Label string }{
	{"index", "index.html", "Overview"},
	{"responsiveness", "responsiveness.html", "Responsiveness"},
	{"conversation", "conversation.html", "Conversation"},
	{"feedback", "feedback.html", "Negative feedback"},
	{"methodology", "methodology.html", "Methodology"},
	{"data", "data.html", "Data"},
}

// builder carries what every part of the view needs.
type builder struct {
	res  *analyze.Results
	meta Meta
	loc  *time.Location
	sla  string // "24 h"
}

// newPages builds the view of every page.
func newPages(res *analyze.Results, meta Meta, recs []recommend.Recommendation, method template.HTML) ([]pageView, error) {
	b := &builder{res: res, meta: meta, loc: location(res), sla: shortDuration(sla(res))}
	all := sortRecs(recs)
	site := b.siteView()
	var pages []pageView
	for _, po := range pageOrder {
		p := pageView{Name: po.Name, File: po.File, Title: po.Label, Site: site}
		for _, n := range pageOrder {
			p.Nav = append(p.Nav, navItem{Name: n.Name, File: n.File, Label: n.Label, Current: n.Name == po.Name})
		}
		for _, r := range all {
			switch {
			case po.Name == "index":
				p.Recs = append(p.Recs, r.view)
			case r.page == po.Name:
				v := r.view
				v.PageFile, v.PageLabel = "", "" // no link to the page it is on
				p.Recs = append(p.Recs, v)
			}
		}
		var err error
		switch po.Name {
		case "index":
			p.Title = site.Title
			b.index(&p)
		case "responsiveness":
			err = b.responsiveness(&p)
		case "conversation":
			err = b.conversation(&p)
		case "feedback":
			err = b.feedback(&p)
		case "methodology":
			p.Methodology = method
		case "data":
			b.data(&p)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", po.File, err)
		}
		for _, s := range p.Sections {
			for _, c := range s.Charts {
				if c.Missing == "" {
					p.EChartsSrc = "assets/" + templates.EChartsScript
				}
			}
		}
		pages = append(pages, p)
	}
	return pages, nil
}

type sortedRec struct {
	page string
	view recView
}

// sortRecs orders recommendations most severe first, then by ID (unique).
func sortRecs(recs []recommend.Recommendation) []sortedRec {
	rs := append([]recommend.Recommendation(nil), recs...)
	sort.SliceStable(rs, func(i, j int) bool {
		if rs[i].Severity != rs[j].Severity {
			return rs[i].Severity > rs[j].Severity
		}
		return rs[i].ID < rs[j].ID
	})
	labels := map[string]string{}
	for _, po := range pageOrder {
		labels[po.Name] = po.File
	}
	var out []sortedRec
	for _, r := range rs {
		v := recView{ID: r.ID, Severity: severityText(r.Severity), Title: r.Title, Figure: r.Figure, Body: r.Body}
		for _, po := range pageOrder {
			if po.Name == r.Page && po.Name != "index" {
				v.PageFile, v.PageLabel = po.File, po.Label
			}
		}
		out = append(out, sortedRec{page: r.Page, view: v})
	}
	return out
}

// severityText names a severity.
func severityText(s recommend.Severity) string {
	switch s {
	case recommend.Critical:
		return "Critical"
	case recommend.Warning:
		return "Warning"
	}
	return "Info"
}

func (b *builder) siteView() siteView {
	title := b.meta.Client
	if strings.TrimSpace(title) == "" {
		title = defaultTitle
	}
	from := b.res.Period.From.In(b.loc)
	last := b.res.Period.To.In(b.loc).Add(-time.Nanosecond)
	period := formatDate(from) + " to " + formatDate(last)
	if last.Before(from) {
		period = formatDate(from)
	}
	gen := b.meta.GeneratedAt.UTC().Format("2 January 2006")
	return siteView{
		Lang:       b.meta.Lang,
		Title:      title,
		Period:     period,
		AsOf:       formatDateTime(b.res.AsOf.In(b.loc)) + " (" + b.loc.String() + ")",
		Stylesheet: "assets/site.css",
		Footer:     "Generated by " + generator(b.meta) + " on " + gen,
	}
}

// notMeasurableFigure is a figure the data does not support.
func notMeasurableFigure(label, reason string) figure {
	return figure{Label: label, Value: notMeasurable, Explain: reason, NM: true}
}

// rateFigure is a rate figure, or "not measurable" with the reason.
func rateFigure(label string, s analyze.ResponseStats, rate *float64, explain string) figure {
	if !s.Measurable {
		return notMeasurableFigure(label, reasonText(s.Reason))
	}
	if rate == nil {
		return notMeasurableFigure(label, reasonText(analyze.ReasonNoCustomerComments))
	}
	return figure{Label: label, Value: formatRate(rate), Explain: explain}
}

// responseFigures are the headline responsiveness figures.
func (b *builder) responseFigures() []figure {
	r := b.res.Responsiveness
	s := r.ResponseStats
	var f []figure
	f = append(f, rateFigure("Response rate", s, s.ResponseRate, fmt.Sprintf(
		"%s of %s customer comments older than the %s target got a brand answer. Comments still within the target are not counted yet.",
		formatInt(int64(s.Answered)), formatInt(int64(s.Answered+s.Unanswered)), b.sla)))
	median := "Median first response"
	p90 := "First response, 90th percentile"
	switch {
	case !s.Measurable:
		f = append(f, notMeasurableFigure(median, reasonText(s.Reason)), notMeasurableFigure(p90, reasonText(s.Reason)))
	case s.FirstResponse.Median == nil:
		f = append(f, notMeasurableFigure(median, "No customer comment of the period was answered."),
			notMeasurableFigure(p90, "No customer comment of the period was answered."))
	default:
		f = append(f,
			figure{Label: median, Value: formatDurationPtr(s.FirstResponse.Median), Explain: fmt.Sprintf(
				"Half of the %s answered comments got their first answer within this time (mean: %s).",
				formatInt(int64(s.FirstResponse.N)), formatDurationPtr(s.FirstResponse.Mean))},
			figure{Label: p90, Value: formatDurationPtr(s.FirstResponse.P90),
				Explain: "9 answered comments out of 10 got their first answer within this time."})
	}
	if !s.Measurable {
		f = append(f, notMeasurableFigure("Unanswered", reasonText(s.Reason)),
			notMeasurableFigure("Pending", reasonText(s.Reason)))
	} else {
		f = append(f,
			figure{Label: "Unanswered", Value: formatInt(int64(s.Unanswered)), Explain: fmt.Sprintf(
				"Customer comments with no brand answer, older than the %s target. They are listed in data/unanswered.csv.", b.sla)},
			figure{Label: "Pending", Value: formatInt(int64(s.Pending)), Explain: fmt.Sprintf(
				"Customer comments without an answer yet that are younger than %s at the as-of time: too young to judge.", b.sla)})
	}
	q := r.Questions
	f = append(f, rateFigure("Questions answered", q, q.ResponseRate, fmt.Sprintf(
		"Response rate of the %s customer comments that ask a question (they contain a question mark).",
		formatInt(int64(q.CustomerComments)))))
	f = append(f, rateFigure("Answered within "+b.sla, s, s.WithinSLARate, fmt.Sprintf(
		"Share of the judged customer comments whose first answer came within %s.", b.sla)))
	switch {
	case !s.Measurable:
		f = append(f, notMeasurableFigure("Hidden without answer", reasonText(s.Reason)))
	case s.HiddenWithoutAnswer == nil:
		f = append(f, figure{Label: "Hidden without answer", Value: unknown, NM: true,
			Explain: "The export does not say which comments the brand hid."})
	default:
		f = append(f, figure{Label: "Hidden without answer", Value: formatIntPtr(s.HiddenWithoutAnswer),
			Explain: "Customer comments the brand hid and never answered. Hiding a complaint without answering it does not resolve it."})
	}
	return f
}

// broadcastFigures are the headline conversation figures.
func (b *builder) broadcastFigures() []figure {
	s := b.res.Broadcast.BroadcastStats
	if !s.Measurable {
		return []figure{notMeasurableFigure("Broadcast share", reasonText(s.Reason)),
			notMeasurableFigure("Posts per reply", reasonText(s.Reason))}
	}
	f := []figure{{Label: "Broadcast share", Value: formatRate(s.BroadcastShare), Explain: fmt.Sprintf(
		"Of the brand's %s messages, the share that were one-way posts (%s) rather than replies (%s).",
		formatInt(int64(s.BrandPosts+s.BrandReplies)), formatInt(int64(s.BrandPosts)), formatInt(int64(s.BrandReplies)))}}
	if s.PostsPerReply == nil {
		f = append(f, figure{Label: "Posts per reply", Value: notMeasurable, NM: true,
			Explain: fmt.Sprintf("%s posts, no replies.", formatInt(int64(s.BrandPosts)))})
	} else {
		f = append(f, figure{Label: "Posts per reply", Value: formatFloatPtr(s.PostsPerReply, 1),
			Explain: "How many one-way posts the brand published for each reply it wrote."})
	}
	return f
}

// feedbackFigures are the headline negative-feedback figures.
func (b *builder) feedbackFigures() []figure {
	nf := b.res.NegativeFeedback
	var f []figure
	label := "Negative feedback per 1,000 impressions"
	switch {
	case !nf.Measurable:
		f = append(f, notMeasurableFigure(label, reasonText(nf.Reason)))
	case nf.Posts.Per1000 == nil:
		f = append(f, notMeasurableFigure(label, "The posts that carry negative feedback have no impressions in the export."))
	default:
		f = append(f, figure{Label: label, Value: formatFloatPtr(nf.Posts.Per1000, 2), Explain: fmt.Sprintf(
			"Hides, hide-all, spam reports and unlikes on the period's posts (%s in all), per 1,000 impressions of the %s posts whose export carries them.",
			formatCount(nf.Posts.Total), formatInt(int64(nf.Posts.PostsWithFeedback)))})
	}
	t := nf.Trend
	if !t.Measurable {
		f = append(f, notMeasurableFigure("Negative-feedback trend", reasonText(t.Reason)))
	} else {
		f = append(f, figure{Label: "Negative-feedback trend", Value: trendText(t), Explain: fmt.Sprintf(
			"Least-squares slope of the monthly %s over %d months: %s per month.",
			basisText(t.Basis), t.Months, formatDecimal(t.Slope, 2))})
	}
	if nf.Page.NetFollowers.Known {
		f = append(f, figure{Label: "Net follower change", Value: formatSigned(nf.Page.NetFollowers), Explain: fmt.Sprintf(
			"New follows (%s) minus unfollows (%s) over the %s days of page data.",
			formatCount(nf.Page.Follows), formatCount(nf.Page.Unfollows), formatInt(int64(nf.Page.Days)))})
	} else {
		f = append(f, figure{Label: "Net follower change", Value: unknown, NM: true,
			Explain: "The data has no daily follows and unfollows for the period."})
	}
	return f
}

func (b *builder) index(p *pageView) {
	p.Intro = "What this audit measured, in three questions: does the brand answer its customers, is its presence a conversation or a broadcast, and is the audience pushing back? The pages listed above give the detail, month by month and platform by platform."
	p.Figures = append(p.Figures, b.responseFigures()...)
	p.Figures = append(p.Figures, b.broadcastFigures()...)
	p.Figures = append(p.Figures, b.feedbackFigures()...)
}
