package report

import (
	"slices"
	"strings"

	"github.com/socialaudit/socialaudit/analyze"
)

// The habits behind the conversation and feedback figures: posting in
// campaigns then falling silent (Cadence), posts that draw clicks but no
// conversation (Clicks), a presence resting on one platform
// (Concentration), and posting more when the audience pushes back
// (Pushback). Each section states its rule with the values used
// (res.Diagnostics.Options) and says why when the data does not support
// it.

// clickTextRunes is the longest post text shown in the clicks tables.
const clickTextRunes = 100

// conversationDiagnostics adds posting cadence, clicks against
// conversations and concentration to the conversation page.
func (b *builder) conversationDiagnostics(p *pageView) error {
	for _, f := range []func() (section, error){b.cadenceSection, b.clicksSection, b.concentrationSection} {
		s, err := f()
		if err != nil {
			return err
		}
		p.Sections = append(p.Sections, s)
	}
	return nil
}

// pushbackDiagnostics adds posting against negative feedback to the
// feedback page.
func (b *builder) pushbackDiagnostics(p *pageView) error {
	s, err := b.pushbackSection()
	if err != nil {
		return err
	}
	p.Sections = append(p.Sections, s)
	return nil
}

// habitOptions are the rules the diagnostics used (as in analyze, zero
// fields mean the defaults, so results built by hand read as them).
func (b *builder) habitOptions() analyze.DiagnosticOptions {
	return b.res.Diagnostics.Options.WithDefaults()
}

// habitNotMeasurable is the sentence said in place of a section's charts
// and tables: "Not measurable: <reason>".
func (b *builder) habitNotMeasurable(reason string) string {
	return b.t("chart.not-measurable", reason)
}

// habitPosts counts posts in a sentence: "no post", "1 post", "12 posts".
func (b *builder) habitPosts(n int) string {
	if n == 0 {
		return b.t("diag.cadence.posts.none")
	}
	return b.pl(int64(n), "diag.cadence.posts", b.int(int64(n)))
}

// habitWeeks counts weeks in a sentence: "no week", "1 week", "4 weeks".
func (b *builder) habitWeeks(n int) string {
	if n == 0 {
		return b.t("diag.cadence.weeks.none")
	}
	return b.pl(int64(n), "diag.cadence.weeks", b.int(int64(n)))
}

// habitWeekCell names a week at the start of a table row: "2026-W15 (from
// 6 Apr 2026)", with "partial week" when the period covers part of it.
func (b *builder) habitWeekCell(w analyze.Week) string {
	if w.Partial {
		return b.t("diag.cadence.week.partial", w.Label, b.l.Date(w.Start.In(b.loc)))
	}
	return b.t("diag.cadence.week", w.Label, b.l.Date(w.Start.In(b.loc)))
}

// ---- Cadence: campaigns and silences ----

func (b *builder) cadenceSection() (section, error) {
	cd := b.res.Diagnostics.Cadence
	o := b.habitOptions().Cadence
	s := section{Heading: b.t("diag.cadence.heading")}
	intro := []string{
		b.t("diag.cadence.intro.rule", b.habitPosts(o.BurstMinPosts), b.ruleNumber(o.BurstFactor)),
		b.pl(int64(o.MinSilenceWeeks), "diag.cadence.intro.silence", b.int(int64(o.MinSilenceWeeks))),
		b.pl(int64(o.MinWeeks), "diag.cadence.intro.min-weeks", b.int(int64(o.MinWeeks))),
	}
	if cd.Measurable {
		n, sil := int64(cd.Campaigns), int64(cd.Silenced)
		switch {
		case n == 0:
			intro = append(intro, b.t("diag.cadence.totals.none"))
		case sil == 0:
			intro = append(intro, b.pl(n, "diag.cadence.totals.no-silence", b.int(n)))
		case n == 1:
			intro = append(intro, b.t("diag.cadence.totals.single-silenced", b.int(n)))
		default:
			intro = append(intro, b.pl(sil, "diag.cadence.totals.silenced", b.int(n), b.int(sil)))
		}
	}
	s.Intro = strings.Join(intro, " ")
	if len(cd.ByPlatform) == 0 {
		s.Empty = b.habitNotMeasurable(b.reason(cd.Reason))
		return s, nil
	}

	// The usual level of each platform.
	levels := tableView{Caption: b.t("diag.cadence.levels.caption"), Head: heads(b.t("col.platform"),
		b.t("diag.cadence.col.full-weeks"), b.t("diag.cadence.col.median"), b.t("diag.cadence.col.threshold"),
		b.t("diag.cadence.col.campaigns"), b.t("diag.cadence.col.silenced"))}
	campaigns := tableView{Head: []headCell{{Text: b.t("col.platform")}, {Text: b.t("diag.cadence.col.first")},
		{Text: b.t("diag.cadence.col.last")}, {Text: b.t("diag.cadence.col.weeks"), Num: true},
		{Text: b.t("col.posts"), Num: true}, {Text: b.t("diag.cadence.col.silence"), Num: true}}}
	windows := tableView{Caption: b.pl(int64(o.AfterWeeks), "diag.cadence.windows.caption", b.int(int64(o.AfterWeeks))),
		Head: heads(b.t("col.platform"), b.t("diag.cadence.col.window"), b.t("diag.cadence.col.weeks"),
			b.t("diag.cadence.col.per-week"), b.t("fig.response-rate"), b.t("col.median"))}
	windows.Head[1].Num = false
	nCampaigns := 0
	for i, pc := range cd.ByPlatform {
		c, err := b.cadenceChart(i, pc, o)
		if err != nil {
			return s, err
		}
		s.Charts = append(s.Charts, c)
		if !pc.Measurable {
			nm := num(b.notMeasurable())
			levels.Rows = append(levels.Rows, []cell{txt(pc.Platform), num(b.int(int64(pc.FullWeeks))), nm, nm, nm, nm})
			continue
		}
		silenced := 0
		for _, cp := range pc.Campaigns {
			if cp.Silenced {
				silenced++
			}
			sil := b.int(int64(cp.SilenceWeeks))
			if cp.SilenceToEnd {
				sil = b.t("diag.cadence.never-resumed", sil)
			}
			campaigns.Rows = append(campaigns.Rows, []cell{txt(pc.Platform), txt(b.habitWeekCell(cp.First)), txt(b.habitWeekCell(cp.Last)),
				num(b.int(int64(cp.Weeks))), num(b.int(int64(cp.Posts))), num(sil)})
			nCampaigns++
		}
		levels.Rows = append(levels.Rows, []cell{txt(pc.Platform), num(b.int(int64(pc.FullWeeks))),
			num(b.int(int64(pc.Median))), num(b.int(int64(pc.Threshold))),
			num(b.int(int64(len(pc.Campaigns)))), num(b.int(int64(silenced)))})
		if len(pc.Campaigns) == 0 {
			continue
		}
		for _, w := range []struct {
			key string
			a   analyze.WindowActivity
		}{
			{"diag.cadence.window.during", pc.During},
			{"diag.cadence.window.after", pc.After},
			{"diag.cadence.window.other", pc.Other},
		} {
			label := b.t(w.key)
			if w.key == "diag.cadence.window.after" {
				label = b.pl(int64(o.AfterWeeks), w.key, b.int(int64(o.AfterWeeks)))
			}
			windows.Rows = append(windows.Rows, append([]cell{txt(pc.Platform), txt(label)}, b.windowCells(w.a)...))
		}
	}
	s.Tables = append(s.Tables, levels)
	if nCampaigns > 0 {
		campaigns.Caption = b.pl(int64(nCampaigns), "diag.cadence.campaigns.caption", b.int(int64(nCampaigns)))
		s.Tables = append(s.Tables, campaigns)
	}
	if len(windows.Rows) > 0 {
		s.Tables = append(s.Tables, windows)
	}
	return s, nil
}

// windowCells: weeks, customer comments per week, response rate, median
// first response.
func (b *builder) windowCells(a analyze.WindowActivity) []cell {
	rate, median := num(b.notMeasurable()), num(b.notMeasurable())
	if a.Responses.Measurable {
		rate, median = num(b.rate(a.Responses.ResponseRate)), num(b.durationPtr(a.Responses.FirstResponse.Median))
	}
	return []cell{num(b.int(int64(a.Weeks))), num(b.floatPtr(a.PerWeek, 1)), rate, median}
}

// cadenceChart is one platform's weekly posts.
func (b *builder) cadenceChart(i int, pc analyze.PlatformCadence, o analyze.CadenceOptions) (chartView, error) {
	c := chartView{ID: "diag_cadence_" + itoa(i), Title: b.t("diag.cadence.chart.title", pc.Platform)}
	c.Table.Head = heads(b.t("diag.cadence.col.week"), b.t("col.posts"), b.t("col.customer-comments"))
	c.Table.Head = append(c.Table.Head, headCell{Text: b.t("diag.cadence.col.kind")})
	var x []string
	var usual, burst []any
	var silences [][2]int
	for j, w := range pc.Weeks {
		x = append(x, w.Label)
		kind := ""
		switch {
		case w.Burst:
			kind = b.t("diag.cadence.kind.burst")
			usual, burst = append(usual, "-"), append(burst, w.Posts)
		default:
			usual, burst = append(usual, w.Posts), append(burst, "-")
		}
		if w.Silent {
			kind = b.t("diag.cadence.kind.silence")
			if n := len(silences); n > 0 && silences[n-1][1] == j-1 {
				silences[n-1][1] = j
			} else {
				silences = append(silences, [2]int{j, j})
			}
		}
		c.Table.Rows = append(c.Table.Rows, []cell{txt(b.habitWeekCell(w.Week)), num(b.int(int64(w.Posts))),
			num(b.int(int64(w.CustomerComments))), txt(kind)})
	}
	if !pc.Measurable {
		reason := b.reason(pc.Reason)
		if pc.Reason == analyze.ReasonTooFewWeeks {
			if pc.FullWeeks == 0 {
				reason += " " + b.t("diag.cadence.too-few.none", b.int(int64(o.MinWeeks)))
			} else {
				reason += " " + b.pl(int64(pc.FullWeeks), "diag.cadence.too-few", b.int(int64(pc.FullWeeks)), b.int(int64(o.MinWeeks)))
			}
		}
		c.Missing = reason
		return c, nil
	}
	opt, err := cadenceChart{ID: c.ID, X: x, Usual: usual, Burst: burst, Threshold: pc.Threshold, Silences: silences,
		UsualName: b.t("diag.cadence.series.usual"), BurstName: b.t("diag.cadence.series.burst"),
		ThresholdName: b.t("diag.cadence.series.threshold"), AxisName: b.t("diag.cadence.axis.posts"),
		SilenceName: b.t("diag.cadence.kind.silence")}.option()
	if err != nil {
		return c, err
	}
	c.Option = opt
	c.Point = b.cadencePoint(pc)
	return c, nil
}

// cadencePoint states a platform's usual level, its burst level and its
// campaigns.
func (b *builder) cadencePoint(pc analyze.PlatformCadence) string {
	n := len(pc.Campaigns)
	if n == 0 {
		return b.t("diag.cadence.point.none", pc.Platform, b.habitPosts(pc.Threshold), b.habitPosts(pc.Median))
	}
	silenced, toEnd := 0, false
	for _, cp := range pc.Campaigns {
		if cp.Silenced {
			silenced++
		}
		toEnd = toEnd || cp.SilenceToEnd
	}
	out := b.pl(int64(n), "diag.cadence.point", pc.Platform, b.int(int64(n)), b.habitPosts(pc.Threshold), b.habitPosts(pc.Median))
	switch {
	case n == 1 && silenced == 1:
		out += " " + b.t("diag.cadence.point.single-silenced")
	case n == 1:
		out += " " + b.t("diag.cadence.point.single-not-silenced")
	case silenced == 0:
		out += " " + b.t("diag.cadence.point.no-silence")
	default:
		out += " " + b.pl(int64(silenced), "diag.cadence.point.silenced", b.int(int64(silenced)))
	}
	if toEnd {
		out += " " + b.pl(int64(n), "diag.cadence.point.never-resumed")
	}
	return out
}

// ---- Clicks against conversations ----

func (b *builder) clicksSection() (section, error) {
	ck := b.res.Diagnostics.Clicks
	o := b.habitOptions().Clicks
	s := section{Heading: b.t("diag.clicks.heading")}
	intro := []string{b.t("diag.clicks.intro")}
	if !ck.Measurable {
		reason := b.reason(ck.Reason)
		if ck.Reason == analyze.ReasonTooFewPosts {
			reason += " " + b.pl(int64(ck.Posts), "diag.clicks.too-few", b.int(int64(ck.Posts)), b.int(int64(o.MinPosts)))
		}
		s.Intro = strings.Join(intro, " ")
		s.Empty = b.habitNotMeasurable(reason)
		return s, nil
	}
	intro = append(intro,
		b.t("diag.clicks.intro.rule", itoa(o.HighPercentile), b.int(ck.ClicksHigh), itoa(o.LowPercentile), b.int(ck.ClicksLow),
			b.int(ck.ConversationHigh), b.int(ck.ConversationLow)),
		b.pl(int64(ck.Posts), "diag.clicks.intro.totals", b.int(int64(ck.Posts)), b.floatPtr(ck.ConversationsPer100Clicks, 1)))
	s.Intro = strings.Join(intro, " ")

	// The scatter; its data table is the split by type, not one row a post.
	c := chartView{ID: "diag_clicks", Title: b.t("diag.clicks.chart.title"), Tall: true}
	c.Table.Caption = b.t("diag.clicks.types.caption")
	c.Table.Head = heads(b.t("col.type"), b.t("col.posts"), b.t("diag.clicks.col.median-clicks"),
		b.t("diag.clicks.col.median-conversation"), b.t("diag.clicks.col.per-100"), b.t("diag.clicks.col.click-only"),
		b.t("diag.clicks.col.starters"))
	for _, tc := range ck.ByType {
		typ := tc.Type
		if typ == "" {
			typ = b.t("diag.clicks.type-unknown")
		}
		c.Table.Rows = append(c.Table.Rows, []cell{txt(typ), num(b.int(int64(tc.Posts))), num(b.int(tc.MedianClicks)),
			num(b.int(tc.MedianConversation)), num(b.floatPtr(tc.ConversationsPer100Clicks, 1)),
			num(b.int(int64(tc.ClickOnly))), num(b.int(int64(tc.Starters)))})
	}
	if len(ck.All) > 0 {
		c.Table.Full = b.fullList(postsPath, len(ck.All), "diag.clicks.all")
	}
	points := make([][]scatterPoint, 3) // other, click-only, starters
	for _, pc := range ck.All {
		pt := scatterPoint{X: pc.Clicks, Y: pc.Conversation}
		switch {
		case pc.ClickOnly:
			points[1] = append(points[1], pt)
		case pc.Starter:
			points[2] = append(points[2], pt)
		default:
			points[0] = append(points[0], pt)
		}
	}
	if grouped := groupScatter(points, maxScatterPoints, scatterGrid); grouped {
		for _, ps := range points {
			for i := range ps {
				ps[i].Label = b.pl(int64(ps[i].Count), "diag.clicks.cell", b.int(int64(ps[i].Count)))
			}
		}
	}
	opt, err := scatterChart{ID: c.ID, XName: b.t("diag.clicks.axis.clicks"), YName: b.t("diag.clicks.axis.conversation"),
		Series: []scatterSeries{
			{Name: b.t("diag.clicks.series.other"), Points: points[0], Color: "#8a94a6"},
			{Name: b.t("diag.clicks.series.click-only"), Points: points[1], Color: habitBurstColor},
			{Name: b.t("diag.clicks.series.starters"), Points: points[2], Color: "#1e7b4f"},
		},
		Rules: []scatterRule{
			{Name: b.t("diag.clicks.rule.clicks-high", b.int(ck.ClicksHigh)), Vertical: true, At: ck.ClicksHigh},
			{Name: b.t("diag.clicks.rule.conversation-low", b.int(ck.ConversationLow)), At: ck.ConversationLow},
			{Name: b.t("diag.clicks.rule.conversation-high", b.int(ck.ConversationHigh)), At: ck.ConversationHigh},
		}}.option()
	if err != nil {
		return s, err
	}
	c.Option = opt
	c.Point = b.clicksPoint(ck)
	if len(ck.All) > maxScatterPoints {
		c.Point += " " + b.t("diag.clicks.grouped", itoa(scatterGrid))
	}
	s.Charts = []chartView{c}

	for _, l := range []struct {
		top   []analyze.PostClicks
		total int
		key   string
	}{
		{ck.TopClickOnly, ck.ClickOnly, "diag.clicks.top-click-only.caption"},
		{ck.TopStarters, ck.Starters, "diag.clicks.top-starters.caption"},
	} {
		if len(l.top) == 0 {
			continue
		}
		t := b.clickPostsTable(l.top, l.total, l.key)
		if l.total > len(l.top) {
			t.Full = b.fullList(postsPath, len(ck.All), "diag.clicks.all")
		}
		s.Tables = append(s.Tables, t)
	}
	return s, nil
}

// groupScatter bounds the points of a scatter chart, one series per
// slice: when there are more than limit in all, the points of each series
// are grouped by cell of a grid x grid grid over the chart (from 0 to the
// largest value of each axis, over every series), each cell becoming one
// point at the mean of its points (rounded), with Count set; the cells
// come in order of column, then row. It reports whether it grouped. A
// series of n points then has at most min(n, grid x grid) points.
func groupScatter(series [][]scatterPoint, limit, grid int) bool {
	total := 0
	var maxX, maxY int64
	for _, ps := range series {
		total += len(ps)
		for _, p := range ps {
			maxX, maxY = max(maxX, p.X), max(maxY, p.Y)
		}
	}
	if total <= limit {
		return false
	}
	cellOf := func(v, top int64) int64 {
		if v <= 0 {
			return 0
		}
		// top+1 keeps the largest value in the last cell; the product
		// is done in floating point so that large counts cannot overflow.
		return int64(float64(v) * float64(grid) / float64(top+1))
	}
	type acc struct{ n, sx, sy int64 }
	for k, ps := range series {
		cells := make(map[int64]*acc)
		for _, p := range ps {
			key := cellOf(p.X, maxX)*int64(grid) + cellOf(p.Y, maxY)
			a := cells[key]
			if a == nil {
				a = &acc{}
				cells[key] = a
			}
			a.n, a.sx, a.sy = a.n+1, a.sx+p.X, a.sy+p.Y
		}
		keys := make([]int64, 0, len(cells))
		for key := range cells {
			keys = append(keys, key)
		}
		slices.Sort(keys)
		out := make([]scatterPoint, 0, len(keys))
		for _, key := range keys {
			a := cells[key]
			out = append(out, scatterPoint{X: (a.sx + a.n/2) / a.n, Y: (a.sy + a.n/2) / a.n, Count: int(a.n)})
		}
		series[k] = out
	}
	return true
}

// clicksPoint states how many posts are click-only and how many start
// conversations.
func (b *builder) clicksPoint(ck analyze.Clicks) string {
	of := b.int(int64(ck.Posts))
	var out string
	if ck.ClickOnly == 0 {
		out = b.t("diag.clicks.point.click-only.none", of)
	} else {
		out = b.pl(int64(ck.ClickOnly), "diag.clicks.point.click-only", b.int(int64(ck.ClickOnly)), of)
	}
	if ck.Starters == 0 {
		return out + " " + b.t("diag.clicks.point.starters.none")
	}
	return out + " " + b.pl(int64(ck.Starters), "diag.clicks.point.starters", b.int(int64(ck.Starters)))
}

// clickPostsTable lists posts with their clicks and conversation; total is
// how many posts of the kind there are in all.
func (b *builder) clickPostsTable(posts []analyze.PostClicks, total int, key string) tableView {
	t := tableView{
		Caption: b.pl(int64(total), key, b.int(int64(len(posts))), b.int(int64(total))),
		Head: []headCell{{Text: b.t("col.published")}, {Text: b.t("col.platform")}, {Text: b.t("col.text")},
			{Text: b.t("diag.clicks.col.clicks"), Num: true}, {Text: b.t("col.comments"), Num: true},
			{Text: b.t("diag.clicks.col.shares"), Num: true}, {Text: b.t("diag.clicks.col.brand-comments"), Num: true},
			{Text: b.t("diag.clicks.col.customer-comments"), Num: true}},
	}
	for _, pc := range posts {
		t.Rows = append(t.Rows, []cell{
			txt(b.l.Date(pc.Post.Published.In(b.loc))), txt(pc.Post.Platform),
			{Text: truncate(pc.Post.Text, clickTextRunes), Wide: true},
			num(b.int(pc.Clicks)), num(b.count(pc.Comments)), num(b.count(pc.Shares)),
			num(b.count(pc.BrandReplies)), num(b.count(pc.CustomerReplies)),
		})
	}
	return t
}

// ---- Concentration: eggs in one basket ----

// concMeasure is one measure of Concentration with its message key.
type concMeasure struct {
	key string // "audience", "engagement", "conversations"
	m   analyze.ConcentrationMeasure
}

func (b *builder) concentrationSection() (section, error) {
	cn := b.res.Diagnostics.Concentration
	measures := []concMeasure{{"audience", cn.Audience}, {"engagement", cn.Engagement}, {"conversations", cn.Conversations}}
	platforms := b.res.Platforms
	s := section{Heading: b.t("diag.conc.heading")}
	intro := []string{b.t("diag.conc.intro")}
	if n := len(platforms); n >= 2 {
		intro = append(intro, b.t("diag.conc.intro.hhi", b.decimal(1/float64(n), 2), b.int(int64(n))))
	} else {
		intro = append(intro, b.t("diag.conc.intro.hhi-one"))
	}
	switch cn.Audience.Basis {
	case analyze.BasisImpressions:
		intro = append(intro, b.t("diag.conc.intro.audience-impressions"))
	case analyze.BasisFollowers:
		intro = append(intro, b.t("diag.conc.intro.audience-followers"))
	}
	anyData := false
	for _, cm := range measures {
		if cm.m.Measurable {
			anyData = true
			continue
		}
		intro = append(intro, b.t("diag.conc.missing", b.t("diag.conc.measure."+cm.key), b.concReason(cm)))
	}
	s.Intro = strings.Join(intro, " ")
	if !anyData {
		return s, nil
	}

	c := chartView{ID: "diag_concentration", Title: b.t("diag.conc.chart.title")}
	c.Table.Head = heads(b.t("diag.conc.col.measure"), append(append([]string(nil), platforms...), b.t("diag.conc.col.hhi"))...)
	var x []string
	bars := make([]series, len(platforms))
	for i, p := range platforms {
		bars[i].Name = p
	}
	var points []string
	for _, cm := range measures {
		name := b.t("diag.conc.measure." + cm.key)
		x = append(x, name)
		row := []cell{txt(name)}
		shares := map[string]analyze.PlatformShare{}
		for _, sh := range cm.m.Shares {
			shares[sh.Platform] = sh
		}
		for i, p := range platforms {
			sh, ok := shares[p]
			if !cm.m.Measurable || !ok {
				row = append(row, num(b.notMeasurable()))
				bars[i].Values = append(bars[i].Values, "-")
				continue
			}
			share := sh.Share
			row = append(row, num(b.t("diag.conc.share-cell", b.rate(&share), b.int(sh.Value))))
			bars[i].Values = append(bars[i].Values, pct(&share))
		}
		row = append(row, num(b.floatPtr(cm.m.HHI, 2)))
		c.Table.Rows = append(c.Table.Rows, row)
		if cm.m.Measurable && cm.m.Leader != "" {
			share := shares[cm.m.Leader].Share
			points = append(points, b.t("diag.conc.point.item", b.t("diag.conc.measure-lower."+cm.key), cm.m.Leader,
				b.rate(&share), b.floatPtr(cm.m.HHI, 2)))
		}
	}
	opt, err := barLineChart{ID: c.ID, X: x, Percent: b.l.Percent, LeftName: b.t("diag.conc.axis.share"), LeftPct: true,
		Stack: "share", Bars: bars}.option()
	if err != nil {
		return s, err
	}
	c.Option = opt
	c.Point = b.t("diag.conc.point", strings.Join(points, b.t("diag.conc.point.sep")))
	s.Charts = []chartView{c}
	return s, nil
}

// concReason says why a measure is not measurable, naming the platforms
// where it is unknown.
func (b *builder) concReason(cm concMeasure) string {
	m := cm.m
	reason := b.reason(m.Reason)
	if m.Reason != analyze.ReasonUnknownForPlatforms {
		return reason
	}
	if cm.key == "audience" {
		reason += " " + b.t("diag.conc.missing.followers", strings.Join(m.Missing, ", "))
		if len(m.FallbackMissing) > 0 {
			reason += " " + b.t("diag.conc.missing.impressions", strings.Join(m.FallbackMissing, ", "))
		}
		return reason
	}
	return reason + " " + b.t("diag.conc.missing.platforms", strings.Join(m.Missing, ", "))
}

// ---- Pushback: posting against negative feedback ----

func (b *builder) pushbackSection() (section, error) {
	pb := b.res.Diagnostics.Pushback
	o := b.habitOptions().Pushback
	s := section{Heading: b.t("diag.pushback.heading")}
	intro := []string{b.t("diag.pushback.intro", b.decimal(o.Moderate, 2), b.decimal(o.Strong, 2)),
		b.pl(int64(o.MinWeeks), "diag.pushback.intro.min-weeks", b.int(int64(o.MinWeeks)))}
	switch pb.Basis {
	case analyze.BasisPageRate:
		intro = append(intro, b.t("diag.pushback.basis.page"))
	case analyze.BasisPostRate:
		intro = append(intro, b.t("diag.pushback.basis.post"))
	}
	n := len(pb.Weeks)
	if !pb.Measurable {
		reason := b.reason(pb.Reason)
		if pb.Reason == analyze.ReasonTooFewWeeks {
			reason += " " + b.t("diag.pushback.too-few", b.habitWeeks(n), b.int(int64(o.MinWeeks)))
		}
		intro = append(intro, b.habitNotMeasurable(reason))
	}
	s.Intro = strings.Join(intro, " ")
	if n == 0 {
		return s, nil
	}

	c := chartView{ID: "diag_pushback", Title: b.t("diag.pushback.chart.title")}
	c.Table.Head = heads(b.t("diag.cadence.col.week"), b.t("col.posts"), b.t("diag.pushback.col.feedback"),
		b.t("col.impressions"), b.t("col.per-1000"))
	var x []string
	var posts, rates []any
	for _, w := range pb.Weeks {
		x = append(x, w.Label)
		posts = append(posts, w.Posts)
		r := w.Per1000
		rates = append(rates, floatValue(&r, 1, 2))
		c.Table.Rows = append(c.Table.Rows, []cell{txt(b.habitWeekCell(w.Week)), num(b.int(int64(w.Posts))),
			num(b.int(w.Feedback)), num(b.int(w.Impressions)), num(b.decimal(w.Per1000, 2))})
	}
	opt, err := barLineChart{ID: c.ID, X: x, Percent: b.l.Percent,
		LeftName: b.t("diag.cadence.axis.posts"), RightName: b.t("chart.axis.per-1000"),
		Bars:  []series{{b.t("col.posts"), posts}},
		Lines: []series{{b.t("col.per-1000"), rates}}}.option()
	if err != nil {
		return s, err
	}
	c.Option = opt
	c.Point = b.pushbackPoint(pb, o)
	s.Charts = []chartView{c}
	return s, nil
}

// pushbackPoint states the relation, or, when none is claimed, how many
// weeks the chart shows.
func (b *builder) pushbackPoint(pb analyze.Pushback, o analyze.PushbackOptions) string {
	n := int64(len(pb.Weeks))
	if !pb.Measurable || pb.Rho == nil {
		return b.pl(n, "diag.pushback.point.no-claim", b.int(n))
	}
	rho := b.decimal(*pb.Rho, 2)
	strength := b.t("diag.pushback.strength." + pb.Strength)
	switch pb.Direction {
	case analyze.DirectionPositive, analyze.DirectionNegative:
		return b.t("diag.pushback.point."+pb.Direction, b.int(n), rho, strength)
	}
	return b.t("diag.pushback.point.none", b.int(n), rho)
}
