package report

import (
	"fmt"
	"html/template"
	"sort"
	"strings"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/report/internal/locale"
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
	// Notes is the consultant's executive summary (index page only).
	Notes notesView
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
	// Compare names the comparison period, when there is one (compare.go).
	Compare string
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
	// Change is the change against the comparison period (compare.go).
	Change figureChange
}

type recView struct {
	ID string
	// Severity is the severity in words; Class is its stable name for CSS:
	// "critical", "warning" or "info".
	Severity, Class     string
	Title, Figure       string
	Body                template.HTML // rendered by recommend with raw HTML off
	PageFile, PageLabel string
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
	// Full links the CSV file holding the whole list when the table shows
	// only its head (limits.go); nil for a table that is whole.
	Full *link
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
	// ID is the id of the data page's item for a data file
	// (downloadID), which links under capped lists point to in a single
	// file; empty elsewhere.
	ID string
	// Download is the file name offered when the link saves its target
	// (the download attribute); set in a single file.
	Download string
	// Embedded replaces Href in a single file: the target itself as a
	// data: URL, built by us (see dataURL).
	Embedded template.URL
}

// The pages, in navigation order; each is named by the message
// "nav.<Name>".
var pageOrder = []struct{ Name, File string }{
	{"index", "index.html"},
	{"responsiveness", "responsiveness.html"},
	{"conversation", "conversation.html"},
	{"feedback", "feedback.html"},
	{"methodology", "methodology.html"},
	{"data", "data.html"},
}

// builder carries what every part of the view needs: the results, the run,
// and the language every word and figure is written in.
type builder struct {
	res  *analyze.Results
	meta Meta
	l    *locale.Locale
	loc  *time.Location
	sla  string // "24 h"
}

// newBuilder returns the builder of one report in the language l.
func newBuilder(res *analyze.Results, meta Meta, l *locale.Locale) *builder {
	b := &builder{res: res, meta: meta, l: l, loc: location(res)}
	b.sla = b.shortDuration(sla(res))
	return b
}

// pageLabel names a page in the report's language.
func (b *builder) pageLabel(name string) string { return b.t("nav." + name) }

// newPages builds the view of every page.
func (b *builder) newPages(recs []recommend.Recommendation, method template.HTML) ([]pageView, error) {
	all := b.sortRecs(recs)
	site := b.siteView()
	var pages []pageView
	for _, po := range pageOrder {
		p := pageView{Name: po.Name, File: po.File, Title: b.pageLabel(po.Name), Site: site}
		for _, n := range pageOrder {
			p.Nav = append(p.Nav, navItem{Name: n.Name, File: n.File, Label: b.pageLabel(n.Name), Current: n.Name == po.Name})
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
		if err == nil {
			err = b.diagnostics(&p) // diagnostics.go: the habits behind the figures
		}
		if err == nil {
			err = b.timeExtras(&p) // events.go: --events and --compare
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
func (b *builder) sortRecs(recs []recommend.Recommendation) []sortedRec {
	rs := append([]recommend.Recommendation(nil), recs...)
	sort.SliceStable(rs, func(i, j int) bool {
		if rs[i].Severity != rs[j].Severity {
			return rs[i].Severity > rs[j].Severity
		}
		return rs[i].ID < rs[j].ID
	})
	var out []sortedRec
	for _, r := range rs {
		class := severityClass(r.Severity)
		v := recView{ID: r.ID, Severity: b.t("sev." + class), Class: class, Title: r.Title, Figure: r.Figure, Body: r.Body}
		for _, po := range pageOrder {
			if po.Name == r.Page && po.Name != "index" {
				v.PageFile, v.PageLabel = po.File, b.pageLabel(po.Name)
			}
		}
		out = append(out, sortedRec{page: r.Page, view: v})
	}
	return out
}

// severityClass is the stable name of a severity: "critical", "warning"
// or "info". It names the severity's message ("sev.critical") and its CSS
// class.
func severityClass(s recommend.Severity) string {
	switch s {
	case recommend.Critical:
		return "critical"
	case recommend.Warning:
		return "warning"
	}
	return "info"
}

func (b *builder) siteView() siteView {
	title := b.meta.Client
	if strings.TrimSpace(title) == "" {
		title = b.t("site.default-title")
	}
	from := b.res.Period.From.In(b.loc)
	last := b.res.Period.To.In(b.loc).Add(-time.Nanosecond)
	period := b.period(from, last)
	if last.Before(from) {
		period = b.date(from)
	}
	return siteView{
		Lang:       b.l.Lang,
		Title:      title,
		Period:     period,
		AsOf:       b.dateTime(b.res.AsOf.In(b.loc)) + " (" + b.loc.String() + ")",
		Stylesheet: "assets/site.css",
		Footer:     b.t("site.generated", generator(b.meta), b.date(b.meta.GeneratedAt.UTC())),
	}
}

// notMeasurableFigure is a figure the data does not support.
func (b *builder) notMeasurableFigure(label, reason string) figure {
	return figure{Label: label, Value: b.notMeasurable(), Explain: reason, NM: true}
}

// rateFigure is a rate figure, or "not measurable" with the reason.
func (b *builder) rateFigure(label string, s analyze.ResponseStats, rate *float64, explain string) figure {
	if !s.Measurable {
		return b.notMeasurableFigure(label, b.reason(s.Reason))
	}
	if rate == nil {
		return b.notMeasurableFigure(label, b.reason(analyze.ReasonNoCustomerComments))
	}
	return figure{Label: label, Value: b.rate(rate), Explain: explain}
}

// responseFigures are the headline responsiveness figures.
func (b *builder) responseFigures() []figure {
	r := b.res.Responsiveness
	s := r.ResponseStats
	var f []figure
	f = append(f, b.rateFigure(b.t("fig.response-rate"), s, s.ResponseRate, b.pl(int64(s.Answered), "fig.response-rate.explain",
		b.int(int64(s.Answered)), b.int(int64(s.Answered+s.Unanswered)), b.sla)))
	median := b.t("fig.median")
	p90 := b.t("fig.p90")
	switch {
	case !s.Measurable:
		f = append(f, b.notMeasurableFigure(median, b.reason(s.Reason)), b.notMeasurableFigure(p90, b.reason(s.Reason)))
	case s.FirstResponse.Median == nil:
		f = append(f, b.notMeasurableFigure(median, b.t("fig.none-answered")),
			b.notMeasurableFigure(p90, b.t("fig.none-answered")))
	default:
		f = append(f,
			figure{Label: median, Value: b.durationPtr(s.FirstResponse.Median), Explain: b.t("fig.median.explain",
				b.int(int64(s.FirstResponse.N)), b.durationPtr(s.FirstResponse.Mean))},
			figure{Label: p90, Value: b.durationPtr(s.FirstResponse.P90), Explain: b.t("fig.p90.explain")})
	}
	if !s.Measurable {
		f = append(f, b.notMeasurableFigure(b.t("fig.unanswered"), b.reason(s.Reason)),
			b.notMeasurableFigure(b.t("fig.pending"), b.reason(s.Reason)))
	} else {
		f = append(f,
			figure{Label: b.t("fig.unanswered"), Value: b.int(int64(s.Unanswered)), Explain: b.t("fig.unanswered.explain", b.sla)},
			figure{Label: b.t("fig.pending"), Value: b.int(int64(s.Pending)), Explain: b.t("fig.pending.explain", b.sla)})
	}
	q := r.Questions
	f = append(f, b.rateFigure(b.t("fig.questions"), q, q.ResponseRate, b.t("fig.questions.explain", b.int(int64(q.CustomerComments)))))
	f = append(f, b.rateFigure(b.t("fig.within", b.sla), s, s.WithinSLARate, b.t("fig.within.explain", b.sla)))
	hidden := b.t("fig.hidden")
	switch {
	case !s.Measurable:
		f = append(f, b.notMeasurableFigure(hidden, b.reason(s.Reason)))
	case s.HiddenWithoutAnswer == nil:
		f = append(f, figure{Label: hidden, Value: b.unknown(), NM: true, Explain: b.t("fig.hidden.unknown")})
	default:
		f = append(f, figure{Label: hidden, Value: b.intPtr(s.HiddenWithoutAnswer), Explain: b.t("fig.hidden.explain")})
	}
	return f
}

// broadcastFigures are the headline conversation figures.
func (b *builder) broadcastFigures() []figure {
	s := b.res.Broadcast.BroadcastStats
	share, ppr := b.t("fig.broadcast"), b.t("fig.posts-per-reply")
	if !s.Measurable {
		return []figure{b.notMeasurableFigure(share, b.reason(s.Reason)), b.notMeasurableFigure(ppr, b.reason(s.Reason))}
	}
	f := []figure{{Label: share, Value: b.rate(s.BroadcastShare), Explain: b.t("fig.broadcast.explain",
		b.int(int64(s.BrandPosts+s.BrandReplies)), b.int(int64(s.BrandPosts)), b.int(int64(s.BrandReplies)))}}
	if s.PostsPerReply == nil {
		f = append(f, figure{Label: ppr, Value: b.notMeasurable(), NM: true,
			Explain: b.pl(int64(s.BrandPosts), "fig.no-replies", b.int(int64(s.BrandPosts)))})
	} else {
		f = append(f, figure{Label: ppr, Value: b.floatPtr(s.PostsPerReply, 1), Explain: b.t("fig.posts-per-reply.explain")})
	}
	return f
}

// feedbackFigures are the headline negative-feedback figures.
func (b *builder) feedbackFigures() []figure {
	nf := b.res.NegativeFeedback
	var f []figure
	label := b.t("fig.feedback")
	switch {
	case !nf.Measurable:
		f = append(f, b.notMeasurableFigure(label, b.reason(nf.Reason)))
	case nf.Posts.Per1000 == nil:
		f = append(f, b.notMeasurableFigure(label, b.t("fig.feedback.no-impressions")))
	default:
		f = append(f, figure{Label: label, Value: b.floatPtr(nf.Posts.Per1000, 2), Explain: b.t("fig.feedback.explain",
			b.count(nf.Posts.Total), b.int(int64(nf.Posts.PostsWithFeedback)))})
	}
	t := nf.Trend
	trend := b.t("fig.trend")
	if !t.Measurable {
		f = append(f, b.notMeasurableFigure(trend, b.reason(t.Reason)))
	} else {
		f = append(f, figure{Label: trend, Value: b.trend(t), Explain: b.t("fig.trend.explain",
			b.basis(t.Basis), b.int(int64(t.Months)), b.decimal(t.Slope, 2))})
	}
	net := b.t("fig.net-followers")
	if nf.Page.NetFollowers.Known {
		f = append(f, figure{Label: net, Value: b.signed(nf.Page.NetFollowers), Explain: b.t("fig.net-followers.explain",
			b.count(nf.Page.Follows), b.count(nf.Page.Unfollows), b.int(int64(nf.Page.Days)))})
	} else {
		f = append(f, figure{Label: net, Value: b.unknown(), NM: true, Explain: b.t("fig.net-followers.unknown")})
	}
	return f
}

func (b *builder) index(p *pageView) {
	p.Intro = b.t("index.intro")
	p.Figures = append(p.Figures, b.responseFigures()...)
	p.Figures = append(p.Figures, b.broadcastFigures()...)
	p.Figures = append(p.Figures, b.feedbackFigures()...)
}
