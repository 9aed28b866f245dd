package report

import (
	"encoding/json"
	"html/template"
	"strings"
	"testing"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/report/internal/locale"
	"github.com/socialaudit/socialaudit/report/recommend"
)

// previousFixture is the fixture moved three months back, with figures
// changed so that every kind of change appears against fixture():
//
//	figure                  previous   current    change
//	response rate           50.0 %     71.4 %     +21.4 pts, better
//	median first response   4 h        3 h 12 min -48 min (-20.0 %), better
//	p90 first response      2 d 4 h    2 d 4 h    0 s, unchanged
//	unanswered              10         8          -2 (-20.0 %), better
//	pending                 0          2          +2 (no percent from 0), not judged
//	questions answered      not measurable        not measurable
//	answered within 24 h    50.0 %     53.6 %     +3.6 pts, better
//	hidden without answer   unknown    3          not measurable
//	broadcast share         80.0 %     75.0 %     -5.0 pts, better (lower is better)
//	posts per reply         4.0        3.0        -1.0 (-25.0 %), better
//	feedback per 1,000      0.50       0.74       +0.24 (+48.0 %), worse
//	trend                   falling    rising     (words, not judged)
//	net follower change     unknown    +60        not measurable
func previousFixture() *analyze.Results {
	p := fixture()
	p.Period = analyze.Period{From: time.Date(2023, 10, 1, 0, 0, 0, 0, paris), To: time.Date(2024, 1, 1, 0, 0, 0, 0, paris)}
	p.AsOf = p.Period.To
	p.Months = []string{"2023-10", "2023-11", "2023-12"}
	s := &p.Responsiveness.ResponseStats
	s.ResponseRate, s.WithinSLARate = fp(0.5), fp(0.5)
	s.Unanswered, s.Pending = 10, 0
	s.FirstResponse.Median = dp(4 * time.Hour)
	s.HiddenWithoutAnswer = nil
	p.Responsiveness.Questions = notMeasured(analyze.ReasonNoCustomerComments, 0)
	p.Responsiveness.ByMonth[0].All.ResponseRate = fp(0.4)
	p.Responsiveness.ByMonth[1].All = notMeasured(analyze.ReasonNoCustomerComments, 0)
	p.Broadcast.BroadcastShare, p.Broadcast.PostsPerReply = fp(0.8), fp(4)
	p.NegativeFeedback.Posts.Per1000 = fp(0.5)
	p.NegativeFeedback.Trend.Direction = analyze.TrendFalling
	p.NegativeFeedback.Page.NetFollowers = analyze.Count{}
	p.NegativeFeedback.Monthly[2].Page.Follows = analyze.Count{}
	for i, m := range p.Months {
		p.Responsiveness.ByMonth[i].Month = m
		p.Broadcast.ByMonth[i].Month = m
		p.NegativeFeedback.Monthly[i].Month = m
	}
	return p
}

func compareMeta(prev *analyze.Results) Meta {
	meta := fixtureMeta()
	meta.Compare = &Comparison{
		From: time.Date(2023, 10, 1, 0, 0, 0, 0, paris), To: time.Date(2024, 1, 1, 0, 0, 0, 0, paris),
		Previous: true, AsOf: time.Date(2024, 1, 1, 0, 0, 0, 0, paris).Add(-4 * time.Hour), Results: prev,
	}
	return meta
}

// changeLine renders a figure's change the way a reader gets it.
func changeLine(f figure) string {
	c := f.Change
	s := f.Label + ": " + c.Text
	if c.Word != "" {
		s += " (" + c.Word + ")"
	}
	return s + " [" + c.Tone + "] " + c.Previous
}

func TestCompareFigures(t *testing.T) {
	pages := testPages(t, fixture(), compareMeta(previousFixture()))
	var got []string
	for _, f := range pages["index"].Figures {
		got = append(got, changeLine(f))
	}
	want := []string{
		"Response rate: +21.4 pts (better) [better] Previous period: 50.0 %",
		"Median first response: -48 min (-20.0 %) (better) [better] Previous period: 4 h",
		"First response, 90th percentile: 0 s (unchanged) [same] Previous period: 2 d 4 h",
		"Unanswered: -2 (-20.0 %) (better) [better] Previous period: 10",
		"Pending: +2 [neutral] Previous period: 0",
		"Questions answered: change not measurable [nm] Not measurable for the comparison period: no customer comment was old enough to judge.",
		"Answered within 24 h: +3.6 pts (better) [better] Previous period: 50.0 %",
		"Hidden without answer: change not measurable [nm] Not measurable for the comparison period: the export does not say which comments were hidden.",
		"Broadcast share: -5.0 pts (better) [better] Previous period: 80.0 %",
		"Posts per reply: -1.0 (-25.0 %) (better) [better] Previous period: 4.0",
		"Negative feedback per 1,000 impressions: +0.24 (+48.0 %) (worse) [worse] Previous period: 0.50",
		"Negative-feedback trend:  [neutral] Previous period: falling",
		"Net follower change: change not measurable [nm] Not measurable for the comparison period: the data have no daily follows and unfollows.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("index changes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// The topic pages carry the same changes for their own figures.
	for name, n := range map[string]int{"responsiveness": 8, "conversation": 2, "feedback": 3} {
		figs := pages[name].Figures
		if len(figs) != n {
			t.Fatalf("%s: %d figures", name, len(figs))
		}
		for _, f := range figs {
			if !f.Change.Shown {
				t.Errorf("%s: %s has no change", name, f.Label)
			}
		}
	}
	if got, want := pages["feedback"].Figures[0].Change.Text, "+0.24 (+48.0 %)"; got != want {
		t.Errorf("feedback page: %q, want %q", got, want)
	}
	if got, want := pages["data"].Site.Compare, "Compared with the previous period, 1 Oct 2023 to 31 Dec 2023"; got != want {
		t.Errorf("site label %q, want %q", got, want)
	}
	// The current side not measurable: the change is not measurable
	// either, and the other period's value is still given.
	cur := fixture()
	cur.NegativeFeedback.Posts.Per1000 = nil
	pages = testPages(t, cur, compareMeta(previousFixture()))
	if got := changeLine(pages["feedback"].Figures[0]); got != "Negative feedback per 1,000 impressions: change not measurable [nm] Previous period: 0.50" {
		t.Errorf("current not measurable: %s", got)
	}
}

// TestCompareFiguresBrief is the example of the issue: 10 customer
// comments, 5 answered, then 8 comments, 6 answered.
func TestCompareFiguresBrief(t *testing.T) {
	stats := func(comments, answered int) analyze.ResponseStats {
		return analyze.ResponseStats{Measurable: true, CustomerComments: comments, Answered: answered, Unanswered: comments - answered,
			ResponseRate: fp(float64(answered) / float64(comments))}
	}
	cur, prev := fixture(), previousFixture()
	cur.Responsiveness.ResponseStats = stats(8, 6)
	prev.Responsiveness.ResponseStats = stats(10, 5)
	for _, tc := range []struct{ lang, rate, unanswered string }{
		{"en", "+25.0 pts", "-3 (-60.0 %)"},
		{"fr", "+25,0\u00a0pts", "-3 (-60,0\u202f%)"},
	} {
		meta := compareMeta(prev)
		meta.Lang = tc.lang
		b := &builder{res: cur, meta: meta, loc: paris}
		l, _ := locale.For(tc.lang)
		rate := b.cmpChange(l, cmpResponseHeadlines[0])
		if rate.Text != tc.rate || rate.Tone != "better" || rate.Dir != "up" {
			t.Errorf("%s: response rate change %+v, want %s, better, up", tc.lang, rate, tc.rate)
		}
		un := b.cmpChange(l, cmpResponseHeadlines[3])
		if un.Text != tc.unanswered || un.Tone != "better" || un.Dir != "down" {
			t.Errorf("%s: unanswered change %+v, want %s, better, down", tc.lang, un, tc.unanswered)
		}
	}
	j := cmpJSON(cur, compareMeta(prev))
	rr := j.Figures["response_rate"]
	if rr.Current != 0.75 || rr.Previous != 0.5 || rr.Change == nil || *rr.Change != 0.25 || rr.RelativeChange != nil {
		t.Errorf("metrics response_rate %+v", rr)
	}
	un := j.Figures["unanswered"]
	if un.Current != 2.0 || un.Previous != 5.0 || *un.Change != -3 || *un.RelativeChange != -0.6 {
		t.Errorf("metrics unanswered %+v", un)
	}
}

// TestCmpHeadlinesMatch pins cmpHeadlines to the figures of the pages: each
// figure's value must be the headline's value as cmpFormat prints it, so a
// reordered or added figure fails here rather than getting another's change.
func TestCmpHeadlinesMatch(t *testing.T) {
	res := fixture()
	pages := testPages(t, res, fixtureMeta())
	for _, name := range []string{"index", "responsiveness", "conversation", "feedback"} {
		hl, figs := cmpHeadlinesOf(name), pages[name].Figures
		if len(hl) != len(figs) {
			t.Fatalf("%s: %d figures, %d headlines", name, len(figs), len(hl))
		}
		for i, h := range hl {
			v := h.value(res)
			if !v.ok {
				if !figs[i].NM {
					t.Errorf("%s: %s is %q, its headline %s says not measurable", name, figs[i].Label, figs[i].Value, h.name)
				}
				continue
			}
			if got := cmpFormat(locale.English, h, v); got != figs[i].Value {
				t.Errorf("%s: figure %d %s is %q, headline %s gives %q", name, i, figs[i].Label, figs[i].Value, h.name, got)
			}
		}
	}
}

func TestCompareNoData(t *testing.T) {
	meta := compareMeta(nil)
	pages := testPages(t, fixture(), meta)
	for _, f := range pages["index"].Figures {
		if got := changeLine(f); got != f.Label+": change not measurable [nm] The inputs hold no record for the comparison period." {
			t.Errorf("%s", got)
		}
	}
	c := chartByID(t, pages["responsiveness"], "resp_monthly")
	if axes := decodeOption(t, c)["xAxis"].([]any); len(axes) != 1 {
		t.Errorf("no data, yet %d x axes", len(axes))
	}
	if !strings.HasSuffix(c.Table.Caption, "The inputs hold no record for the previous period, so it is not drawn.") {
		t.Errorf("caption %q", c.Table.Caption)
	}
	var sec *section
	for i := range pages["index"].Sections {
		if pages["index"].Sections[i].Heading == "Comparison period" {
			sec = &pages["index"].Sections[i]
		}
	}
	if sec == nil || !strings.HasPrefix(sec.Empty, "The inputs hold no record for that period") {
		t.Fatalf("comparison section %+v", sec)
	}
	j := cmpJSON(fixture(), meta)
	if j.HasData {
		t.Error("has_data true without data")
	}
	for name, f := range j.Figures {
		if f.Previous != nil || f.Change != nil || f.PreviousReason == nil || *f.PreviousReason != cmpNoData {
			t.Errorf("%s: %+v", name, f)
		}
	}
	if len(j.Figures) != 13 {
		t.Errorf("%d figures in metrics, want 13", len(j.Figures))
	}
}

func TestCompareCharts(t *testing.T) {
	pages := testPages(t, fixture(), compareMeta(previousFixture()))
	c := chartByID(t, pages["responsiveness"], "resp_monthly")
	opt := decodeOption(t, c)
	axes := opt["xAxis"].([]any)
	if len(axes) != 2 {
		t.Fatalf("%d x axes", len(axes))
	}
	top, _ := json.Marshal(axes[1].(map[string]any)["data"])
	if string(top) != `["Oct 2023","Nov 2023","Dec 2023"]` {
		t.Errorf("top axis %s", top)
	}
	series := opt["series"].([]any)
	last := series[len(series)-1].(map[string]any)
	got, _ := json.Marshal(map[string]any{"name": last["name"], "x": last["xAxisIndex"], "y": last["yAxisIndex"], "data": last["data"], "style": last["lineStyle"]})
	// Month 1: 40.0 %; month 2 not measurable (a gap); month 3: the
	// fixture's 66.7 %.
	if want := `{"data":[40,"-",66.7],"name":"Response rate, previous period (%)","style":{"type":"dashed"},"x":1,"y":1}`; string(got) != want {
		t.Errorf("previous series\n%s\nwant\n%s", got, want)
	}
	head := c.Table.Head[len(c.Table.Head)-2:]
	if head[0].Text != "Month of the previous period" || head[1].Text != "Response rate, previous period (%)" {
		t.Errorf("table head %+v", head)
	}
	var cells []string
	for _, r := range c.Table.Rows {
		cells = append(cells, r[len(r)-2].Text+" = "+r[len(r)-1].Text)
	}
	if got, want := strings.Join(cells, "; "), "October 2023 = 40.0 %; November 2023 = not measurable; December 2023 = 66.7 %"; got != want {
		t.Errorf("table cells %q, want %q", got, want)
	}
	if want := "Each month is set against the month in the same position of the previous period (1 Oct 2023 to 31 Dec 2023): first against first, second against second, and so on."; c.Table.Caption != want {
		t.Errorf("caption %q", c.Table.Caption)
	}

	// Follows: two dashed lines on the left axis, an unknown count as a gap.
	f := chartByID(t, pages["feedback"], "fb_follows")
	series = decodeOption(t, f)["series"].([]any)
	var names []string
	for _, s := range series[len(series)-2:] {
		m := s.(map[string]any)
		d, _ := json.Marshal(m["data"])
		names = append(names, m["name"].(string)+" "+string(d)+" y"+string(mustJSON(t, m["yAxisIndex"])))
	}
	if got, want := strings.Join(names, "; "), `Follows, previous period [40,35,"-"] y0; Unfollows, previous period [10,12,18] y0`; got != want {
		t.Errorf("follows: %s\nwant %s", got, want)
	}
	if r := f.Table.Rows[2]; r[len(r)-2].Text != "unknown" || r[len(r)-1].Text != "18" {
		t.Errorf("follows row 3 %+v", r[len(r)-3:])
	}
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestCompareChartsUnevenMonths aligns a shorter and a longer comparison
// period month by month.
func TestCompareChartsUnevenMonths(t *testing.T) {
	short := previousFixture()
	short.Months = short.Months[:2]
	short.Responsiveness.ByMonth = short.Responsiveness.ByMonth[:2]
	pages := testPages(t, fixture(), compareMeta(short))
	c := chartByID(t, pages["responsiveness"], "resp_monthly")
	opt := decodeOption(t, c)
	top, _ := json.Marshal(opt["xAxis"].([]any)[1].(map[string]any)["data"])
	if string(top) != `["Oct 2023","Nov 2023",""]` {
		t.Errorf("top axis %s", top)
	}
	if r := c.Table.Rows[2]; r[len(r)-2].Text != "—" || r[len(r)-1].Text != "—" {
		t.Errorf("row without counterpart %+v", r[len(r)-2:])
	}

	long := previousFixture()
	long.Months = append(long.Months, "2024-01")
	long.Responsiveness.ByMonth = append(long.Responsiveness.ByMonth, long.Responsiveness.ByMonth[0])
	c = chartByID(t, testPages(t, fixture(), compareMeta(long))["responsiveness"], "resp_monthly")
	if !strings.HasSuffix(c.Table.Caption, "The previous period has more months than this report (4 against 3): the extra months are not shown.") {
		t.Errorf("caption %q", c.Table.Caption)
	}
}

func TestCompareMetrics(t *testing.T) {
	site, err := Build(fixture(), compareMeta(previousFixture()))
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Comparison json.RawMessage `json:"comparison"`
	}
	if err := json.Unmarshal(site.File("data/metrics.json").Data, &m); err != nil {
		t.Fatal(err)
	}
	var c ComparisonJSON
	if err := json.Unmarshal(m.Comparison, &c); err != nil {
		t.Fatal(err)
	}
	if c.Period.From != "2023-10-01T00:00:00+02:00" || c.Period.To != "2024-01-01T00:00:00+01:00" || c.Rule != "previous" ||
		c.AsOf != "2023-12-31T20:00:00+01:00" || !c.HasData {
		t.Errorf("comparison %+v", c)
	}
	check := func(name, want string) {
		t.Helper()
		b, _ := json.Marshal(c.Figures[name])
		if string(b) != want {
			t.Errorf("%s:\n%s\nwant\n%s", name, b, want)
		}
	}
	check("median_first_response_seconds", `{"unit":"seconds","better":"lower","current":11520,"previous":14400,"change":-2880,"relative_change":-0.2,"current_reason":null,"previous_reason":null}`)
	check("questions_response_rate", `{"unit":"fraction","better":"higher","current":0.6666666666666666,"previous":null,"change":null,"relative_change":null,"current_reason":null,"previous_reason":"no_customer_comments"}`)
	check("negative_feedback_trend", `{"unit":"direction","better":null,"current":"rising","previous":"falling","change":null,"relative_change":null,"current_reason":null,"previous_reason":null}`)
	check("pending", `{"unit":"count","better":null,"current":2,"previous":0,"change":2,"relative_change":null,"current_reason":null,"previous_reason":null}`)

	index := string(site.File("index.html").Data)
	for _, want := range []string{
		`<p class="compare">Compared with the previous period, 1 Oct 2023 to 31 Dec 2023</p>`,
		`<p class="change better up"><span class="arrow" aria-hidden="true">▲</span> &#43;21.4 pts <span class="verdict">(better)</span></p>`,
		`<p class="previous">Previous period: 50.0 %</p>`,
		`<h2>Comparison period</h2>`,
		"It is judged as it stood on 31 Dec 2023, 20:00 CET",
	} {
		if !strings.Contains(index, want) {
			t.Errorf("index.html lacks %q", want)
		}
	}
}

func TestCompareFrench(t *testing.T) {
	meta := compareMeta(previousFixture())
	meta.Lang = "fr"
	meta.Compare.Previous = false
	b := &builder{res: fixture(), meta: meta, loc: paris}
	l := locale.French
	var got []string
	for _, h := range cmpAllHeadlines() {
		c := b.cmpChange(l, h)
		got = append(got, c.Text+" | "+c.Word+" | "+c.Previous)
	}
	want := []string{
		"+21,4\u00a0pts | en amélioration | Période de comparaison\u00a0: 50,0\u202f%",
		"-48\u00a0min (-20,0\u202f%) | en amélioration | Période de comparaison\u00a0: 4\u00a0h",
		"0\u00a0s | stable | Période de comparaison\u00a0: 2\u00a0j\u00a04\u00a0h",
		"-2 (-20,0\u202f%) | en amélioration | Période de comparaison\u00a0: 10",
		"+2 |  | Période de comparaison\u00a0: 0",
		"évolution non mesurable |  | Non mesurable sur la période de comparaison\u00a0: aucun commentaire client n’était assez ancien pour être jugé.",
		"+3,6\u00a0pts | en amélioration | Période de comparaison\u00a0: 50,0\u202f%",
		"évolution non mesurable |  | Non mesurable sur la période de comparaison\u00a0: l’export n’indique pas quels commentaires ont été masqués.",
		"-5,0\u00a0pts | en amélioration | Période de comparaison\u00a0: 80,0\u202f%",
		"-1,0 (-25,0\u202f%) | en amélioration | Période de comparaison\u00a0: 4,0",
		"+0,24 (+48,0\u202f%) | en dégradation | Période de comparaison\u00a0: 0,50",
		" |  | Période de comparaison\u00a0: en baisse",
		"évolution non mesurable |  | Non mesurable sur la période de comparaison\u00a0: les données ne comportent pas d’abonnements ni de désabonnements quotidiens.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("French changes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if got, want := b.cmpSiteLabel(l), "Comparaison avec la période du 1er oct. 2023 au 31 déc. 2023"; got != want {
		t.Errorf("site label %q, want %q", got, want)
	}
}

// TestEventMessagesComplete checks that every key this file's code uses is
// in the catalogue in both languages (T would print "⟦missing message").
func TestEventMessagesComplete(t *testing.T) {
	// This package's French pages are other helpers' work; only this
	// file's messages are looked at, so recommend is kept out.
	saveB, saveM := buildRecommendations, buildMethodology
	t.Cleanup(func() { buildRecommendations, buildMethodology = saveB, saveM })
	buildRecommendations = func(*analyze.Results, recommend.Options) ([]recommend.Recommendation, error) { return nil, nil }
	buildMethodology = func(*analyze.Results, recommend.Options) (template.HTML, error) { return "", nil }
	for _, lang := range []string{"en", "fr"} {
		meta := compareMeta(previousFixture())
		meta.Lang = lang
		meta.Events = []Event{{Date: day(2024, 2, 14), Label: "x"}, {Date: day(2024, 1, 2), End: day(2024, 1, 5), Label: "y"}}
		site, err := Build(fixture(), meta)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range site.Files {
			if strings.Contains(string(f.Data), locale.Missing) {
				t.Errorf("%s: %s has a missing message", lang, f.Path)
			}
		}
		for _, code := range []string{analyze.ReasonNoBrandComments, analyze.ReasonAuthorsWithheld, analyze.ReasonNoCustomerComments,
			analyze.ReasonNoReplySource, analyze.ReasonNoPosts, analyze.ReasonNoFeedbackData, analyze.ReasonTooFewMonths,
			cmpNoAnswered, cmpHiddenUnknown, cmpNoMessages, cmpNoReplies, cmpNoImpressions, cmpNoFollowData, "other"} {
			l, _ := locale.For(lang)
			if s := cmpReasonText(l, code); strings.Contains(s, locale.Missing) {
				t.Errorf("%s: reason %s: %s", lang, code, s)
			}
		}
	}
}

func TestCompareIsDeterministic(t *testing.T) {
	build := func() *Site {
		meta := compareMeta(previousFixture())
		meta.Events = []Event{{Date: day(2024, 2, 14), Label: "b"}, {Date: day(2024, 2, 14), Label: "a"}, {Date: day(2024, 1, 2), End: day(2024, 3, 5), Label: "c"}}
		site, err := Build(fixture(), meta)
		if err != nil {
			t.Fatal(err)
		}
		return site
	}
	a, b := build(), build()
	for i := range a.Files {
		if a.Files[i].Path != b.Files[i].Path || string(a.Files[i].Data) != string(b.Files[i].Data) {
			t.Errorf("%s differs between two builds", a.Files[i].Path)
		}
	}
}
