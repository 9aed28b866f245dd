package report

import (
	"path"
	"strings"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/report/internal/datatext"
)

// num is a right-aligned cell.
func num(s string) cell { return cell{Text: s, Num: true} }

// txt is a plain cell.
func txt(s string) cell { return cell{Text: s} }

// heads builds a table head; the first column is text, the rest numbers.
func heads(first string, rest ...string) []headCell {
	h := []headCell{{Text: first}}
	for _, r := range rest {
		h = append(h, headCell{Text: r, Num: true})
	}
	return h
}

// statsCells formats a ResponseStats as the standard table columns:
// customer comments, answered, unanswered, pending, response rate, within
// SLA, median first response.
func (b *builder) statsCells(s analyze.ResponseStats) []cell {
	if !s.Measurable {
		nm := num(b.notMeasurable())
		return []cell{num(b.int(int64(s.CustomerComments))), nm, nm, nm, nm, nm, nm}
	}
	return []cell{
		num(b.int(int64(s.CustomerComments))),
		num(b.int(int64(s.Answered))),
		num(b.int(int64(s.Unanswered))),
		num(b.int(int64(s.Pending))),
		num(b.rate(s.ResponseRate)),
		num(b.rate(s.WithinSLARate)),
		num(b.durationPtr(s.FirstResponse.Median)),
	}
}

func (b *builder) statsHead(first string) []headCell {
	return heads(first, b.t("col.customer-comments"), b.t("col.answered"), b.t("fig.unanswered"), b.t("fig.pending"),
		b.t("fig.response-rate"), b.t("col.within", b.sla), b.t("col.median"))
}

// rateOrGap is a response rate for a chart: a gap when not measurable.
func rateOrGap(s analyze.ResponseStats) any {
	if !s.Measurable {
		return "-"
	}
	return pct(s.ResponseRate)
}

// withReason appends the reason to a sentence saying what is missing.
func withReason(sentence, reason string) string { return sentence + " " + reason }

func (b *builder) responsiveness(p *pageView) error {
	r := b.res.Responsiveness
	s := r.ResponseStats
	p.Intro = b.t("resp.intro", b.sla)
	if r.LeftOut > 0 {
		p.Intro += " " + b.pl(int64(r.LeftOut), "resp.left-out", b.int(int64(r.LeftOut)))
	}
	p.Figures = b.responseFigures()
	reason := b.reason(s.Reason)

	// Monthly response rate with comment counts.
	monthly := chartView{ID: "resp_monthly", Title: b.t("resp.monthly.title")}
	var x []string
	var comments, rates []any
	anyRate := false
	for _, m := range r.ByMonth {
		x = append(x, b.monthAxis(m.Month))
		comments = append(comments, m.All.CustomerComments)
		rates = append(rates, rateOrGap(m.All))
		anyRate = anyRate || (m.All.Measurable && m.All.ResponseRate != nil)
		monthly.Table.Rows = append(monthly.Table.Rows, append([]cell{txt(b.monthCell(m.Month))}, b.statsCells(m.All)...))
	}
	monthly.Table.Head = b.statsHead(b.t("col.month"))
	if !anyRate {
		monthly.Missing = withReason(b.t("resp.monthly.missing"), reason)
	} else {
		opt, err := barLineChart{ID: monthly.ID, X: x, Percent: b.l.Percent,
			LeftName: b.t("chart.axis.comments"), RightName: b.t("chart.axis.response-rate"), RightPct: true,
			Bars:  []series{{b.t("col.customer-comments"), comments}},
			Lines: []series{{b.t("chart.series.response-rate"), rates}}}.option()
		if err != nil {
			return err
		}
		monthly.Option = opt
		monthly.Point = b.responseRatePoint()
	}

	// First-response buckets.
	buckets := chartView{ID: "resp_buckets", Title: b.t("resp.buckets.title")}
	labels := b.bucketLabels()
	buckets.Table.Head = heads(b.t("col.first-response"), b.t("col.customer-comments"))
	if !s.Measurable {
		buckets.Missing = reason
		buckets.Table.Rows = append(buckets.Table.Rows, []cell{txt(b.t("word.all")), num(b.notMeasurable())})
	} else {
		cats := append(labels[:], b.t("resp.bucket.unanswered"), b.t("resp.bucket.pending"))
		vals := []int{s.Buckets[0], s.Buckets[1], s.Buckets[2], s.Buckets[3], s.Buckets[4], s.Unanswered, s.Pending}
		for i, c := range cats {
			buckets.Table.Rows = append(buckets.Table.Rows, []cell{txt(c), num(b.int(int64(vals[i])))})
		}
		opt, err := barLineChart{ID: buckets.ID, X: cats, Percent: b.l.Percent, LeftName: b.t("chart.axis.comments"),
			Bars: []series{{b.t("col.customer-comments"), intValues(vals...)}}}.option()
		if err != nil {
			return err
		}
		buckets.Option = opt
		buckets.Point = b.bucketsPoint(vals)
	}

	// Weekday x hour heatmap of unanswered comments.
	heat := chartView{ID: "resp_heatmap", Title: b.t("resp.heatmap.title"), Tall: true}
	heat.Table.Caption = b.t("resp.heatmap.caption", b.loc.String())
	heat.Table.Head = []headCell{{Text: b.t("col.weekday")}, {Text: b.t("col.hour")},
		{Text: b.t("col.customer-comments"), Num: true}, {Text: b.t("fig.unanswered"), Num: true}}
	var days [7]string
	for d := 0; d < 7; d++ {
		days[d] = b.weekdayCell(d)
		for h := 0; h < 24; h++ {
			if r.Heatmap.Comments[d][h] == 0 && r.Heatmap.Unanswered[d][h] == 0 {
				continue
			}
			un := num(b.notMeasurable())
			if s.Measurable {
				un = num(b.int(int64(r.Heatmap.Unanswered[d][h])))
			}
			heat.Table.Rows = append(heat.Table.Rows, []cell{txt(b.weekdayCell(d)), txt(b.hourRange(h)),
				num(b.int(int64(r.Heatmap.Comments[d][h]))), un})
		}
	}
	if !s.Measurable {
		heat.Missing = reason
	} else {
		opt, err := heatmapChart(heat.ID, r.Heatmap.Unanswered, days, b.t("chart.axis.hour"), b.t("chart.series.unanswered"))
		if err != nil {
			return err
		}
		heat.Option = opt
		heat.Point = b.heatmapPoint(r.Heatmap.Unanswered)
	}

	// By platform.
	plat := chartView{ID: "resp_platform", Title: b.t("resp.platform.title")}
	plat.Table.Head = append(b.statsHead(b.t("col.platform")), headCell{Text: b.t("fig.questions"), Num: true})
	x, rates = nil, nil
	var platRates []*float64
	anyRate = false
	for _, pr := range r.ByPlatform {
		x = append(x, pr.Platform)
		rates = append(rates, rateOrGap(pr.All))
		var rate *float64
		if pr.All.Measurable {
			rate = pr.All.ResponseRate
		}
		platRates = append(platRates, rate)
		anyRate = anyRate || rate != nil
		q := num(b.notMeasurable())
		if pr.Questions.Measurable {
			q = num(b.rate(pr.Questions.ResponseRate))
		}
		plat.Table.Rows = append(plat.Table.Rows, append(append([]cell{txt(pr.Platform)}, b.statsCells(pr.All)...), q))
	}
	if !anyRate {
		plat.Missing = withReason(b.t("resp.platform.missing"), reason)
	} else {
		opt, err := barLineChart{ID: plat.ID, X: x, Percent: b.l.Percent, LeftName: b.t("chart.axis.response-rate"), LeftPct: true,
			Bars: []series{{b.t("chart.series.response-rate"), rates}}}.option()
		if err != nil {
			return err
		}
		plat.Option = opt
		plat.Point = b.extremesPoint("point.resp-platform", x, platRates, b.rate)
	}

	// Business hours and questions, as a table only.
	split := tableView{Caption: b.t("resp.split.caption"), Head: b.statsHead(b.t("col.comments"))}
	bh := b.res.BusinessHours
	if bh == (analyze.BusinessHours{}) {
		bh = analyze.DefaultBusinessHours
	}
	for _, row := range []struct {
		label string
		s     analyze.ResponseStats
	}{
		{b.t("resp.split.all"), s},
		{b.t("resp.split.questions"), r.Questions},
		{b.t("resp.split.in-hours", b.businessHours(bh)), r.InHours},
		{b.t("resp.split.out-hours"), r.OutOfHours},
	} {
		split.Rows = append(split.Rows, append([]cell{txt(row.label)}, b.statsCells(row.s)...))
	}

	p.Sections = []section{
		{Heading: b.t("sec.monthly"), Charts: []chartView{monthly}},
		{Heading: b.t("resp.sec.speed"), Intro: b.t("resp.sec.speed.intro"), Charts: []chartView{buckets}},
		{Heading: b.t("resp.sec.heatmap"), Intro: b.t("resp.sec.heatmap.intro"), Charts: []chartView{heat}},
		{Heading: b.t("sec.platform"), Charts: []chartView{plat}},
		{Heading: b.t("resp.sec.questions"), Tables: []tableView{split}},
	}
	return nil
}

// broadcastCells formats BroadcastStats as table columns: posts, replies,
// broadcast share, posts per reply.
func (b *builder) broadcastCells(s analyze.BroadcastStats) []cell {
	replies := num(b.int(int64(s.BrandReplies)))
	if repliesUnknown(s) {
		replies = num(b.unknown())
	}
	ppr := num(b.floatPtr(s.PostsPerReply, 1))
	if s.PostsPerReply == nil && s.BrandReplies == 0 && !repliesUnknown(s) && s.BrandPosts > 0 {
		ppr = num(b.pl(int64(s.BrandPosts), "conv.no-replies", b.int(int64(s.BrandPosts))))
	}
	return []cell{num(b.int(int64(s.BrandPosts))), replies, num(b.rate(s.BroadcastShare)), ppr}
}

func (b *builder) conversation(p *pageView) error {
	bc := b.res.Broadcast
	p.Intro = b.t("conv.intro")
	p.Figures = b.broadcastFigures()
	head := heads(b.t("col.month"), b.t("col.brand-posts"), b.t("col.brand-replies"), b.t("fig.broadcast"), b.t("fig.posts-per-reply"))

	monthly := chartView{ID: "conv_monthly", Title: b.t("conv.monthly.title")}
	monthly.Table.Head = head
	var x, months []string
	var posts, replies, share []any
	var shares []*float64
	anyData := false
	for _, m := range bc.ByMonth {
		x = append(x, b.monthAxis(m.Month))
		months = append(months, m.Month)
		posts = append(posts, m.BrandPosts)
		replies = append(replies, repliesValue(m.BroadcastStats))
		share = append(share, pct(m.BroadcastShare))
		shares = append(shares, m.BroadcastShare)
		anyData = anyData || m.BroadcastShare != nil
		monthly.Table.Rows = append(monthly.Table.Rows, append([]cell{txt(b.monthCell(m.Month))}, b.broadcastCells(m.BroadcastStats)...))
	}
	if !bc.Measurable || !anyData {
		monthly.Missing = b.reason(bc.Reason)
	} else {
		opt, err := barLineChart{ID: monthly.ID, X: x, Percent: b.l.Percent,
			LeftName: b.t("chart.axis.messages"), RightName: b.t("chart.axis.broadcast"), RightPct: true,
			Bars:  []series{{b.t("col.brand-posts"), posts}, {b.t("col.brand-replies"), replies}},
			Lines: []series{{b.t("chart.series.broadcast"), share}}}.option()
		if err != nil {
			return err
		}
		monthly.Option = opt
		monthly.Point = b.changePoint("point.conv-monthly", months, shares, b.rate)
	}

	plat := chartView{ID: "conv_platform", Title: b.t("conv.platform.title")}
	plat.Table.Head = heads(b.t("col.platform"), b.t("col.brand-posts"), b.t("col.brand-replies"), b.t("fig.broadcast"), b.t("fig.posts-per-reply"))
	x, posts, replies, shares = nil, nil, nil, nil
	anyData = false
	for _, pb := range bc.ByPlatform {
		x = append(x, pb.Platform)
		posts = append(posts, pb.BrandPosts)
		replies = append(replies, repliesValue(pb.BroadcastStats))
		var sh *float64
		if pb.Measurable {
			sh = pb.BroadcastShare
		}
		shares = append(shares, sh)
		anyData = anyData || pb.Measurable
		plat.Table.Rows = append(plat.Table.Rows, append([]cell{txt(pb.Platform)}, b.broadcastCells(pb.BroadcastStats)...))
	}
	if !anyData {
		plat.Missing = b.reason(bc.Reason)
	} else {
		opt, err := barLineChart{ID: plat.ID, X: x, Percent: b.l.Percent, LeftName: b.t("chart.axis.messages"),
			Bars: []series{{b.t("col.brand-posts"), posts}, {b.t("col.brand-replies"), replies}}}.option()
		if err != nil {
			return err
		}
		plat.Option = opt
		plat.Point = b.extremesPoint("point.conv-platform", x, shares, b.rate)
	}
	p.Sections = []section{
		{Heading: b.t("sec.monthly"), Charts: []chartView{monthly}},
		{Heading: b.t("sec.platform"), Charts: []chartView{plat}},
	}
	return nil
}

// postFeedbackCells: posts, with feedback, hides, hide-all, spam, unlikes,
// total, impressions, per 1,000.
func (b *builder) postFeedbackCells(f analyze.PostFeedback) []cell {
	return []cell{
		num(b.int(int64(f.Posts))), num(b.int(int64(f.PostsWithFeedback))),
		num(b.count(f.Hides)), num(b.count(f.HideAll)), num(b.count(f.SpamReports)), num(b.count(f.Unlikes)),
		num(b.count(f.Total)), num(b.count(f.Impressions)), num(b.floatPtr(f.Per1000, 2)),
	}
}

// pageFeedbackCells: days, follows, unfollows, net, hides, hide-all, spam,
// total, impressions, per 1,000.
func (b *builder) pageFeedbackCells(f analyze.PageFeedback) []cell {
	return []cell{
		num(b.int(int64(f.Days))), num(b.count(f.Follows)), num(b.count(f.Unfollows)), num(b.signed(f.NetFollowers)),
		num(b.count(f.Hides)), num(b.count(f.HideAll)), num(b.count(f.SpamReports)),
		num(b.count(f.Total)), num(b.count(f.Impressions)), num(b.floatPtr(f.Per1000, 2)),
	}
}

// postFeedbackHead and pageFeedbackHead head the columns of
// postFeedbackCells and pageFeedbackCells.
func (b *builder) postFeedbackHead() []string {
	return []string{b.t("col.posts"), b.t("col.with-feedback"), b.t("col.hides"), b.t("col.hide-all"), b.t("col.spam"),
		b.t("col.unlikes"), b.t("col.total"), b.t("col.impressions"), b.t("col.per-1000")}
}

func (b *builder) pageFeedbackHead() []string {
	return []string{b.t("col.days"), b.t("col.follows"), b.t("col.unfollows"), b.t("col.net-followers"), b.t("col.hides"),
		b.t("col.hide-all"), b.t("col.spam"), b.t("col.total"), b.t("col.page-impressions"), b.t("col.per-1000")}
}

func (b *builder) feedback(p *pageView) error {
	nf := b.res.NegativeFeedback
	p.Intro = b.t("fb.intro")
	p.Figures = b.feedbackFigures()

	monthly := chartView{ID: "fb_monthly", Title: b.t("fb.monthly.title")}
	monthly.Table.Head = heads(b.t("col.month"), b.postFeedbackHead()...)
	var x, months []string
	var hides, hideAll, spam, unlikes, rate []any
	var per1000, totals []*float64
	anyData := false
	for _, m := range nf.Monthly {
		f := m.Posts
		x = append(x, b.monthAxis(m.Month))
		months = append(months, m.Month)
		hides = append(hides, countValue(f.Hides))
		hideAll = append(hideAll, countValue(f.HideAll))
		spam = append(spam, countValue(f.SpamReports))
		unlikes = append(unlikes, countValue(f.Unlikes))
		rate = append(rate, floatValue(f.Per1000, 1, 2))
		per1000 = append(per1000, f.Per1000)
		totals = append(totals, countFloat(f.Total))
		anyData = anyData || f.Total.Known || f.Per1000 != nil
		monthly.Table.Rows = append(monthly.Table.Rows, append([]cell{txt(b.monthCell(m.Month))}, b.postFeedbackCells(f)...))
	}
	if !anyData {
		monthly.Missing = withReason(b.t("fb.monthly.missing"), b.reason(nf.Reason))
	} else {
		opt, err := barLineChart{ID: monthly.ID, X: x, Percent: b.l.Percent,
			LeftName: b.t("chart.axis.actions"), RightName: b.t("chart.axis.per-1000"), Stack: "feedback",
			Bars: []series{{b.t("col.hides"), hides}, {b.t("col.hide-all"), hideAll}, {b.t("col.spam"), spam},
				{b.t("col.unlikes"), unlikes}},
			Lines: []series{{b.t("col.per-1000"), rate}}}.option()
		if err != nil {
			return err
		}
		monthly.Option = opt
		if anyValue(per1000) {
			monthly.Point = b.changePoint("point.fb-monthly-rate", months, per1000, func(x *float64) string { return b.floatPtr(x, 2) })
		} else {
			monthly.Point = b.changePoint("point.fb-monthly-count", months, totals, func(x *float64) string { return b.decimal(*x, 0) })
		}
	}

	follows := chartView{ID: "fb_follows", Title: b.t("fb.follows.title")}
	follows.Table.Head = heads(b.t("col.month"), b.pageFeedbackHead()...)
	x = nil
	var fo, unf []any
	anyData = false
	for _, m := range nf.Monthly {
		f := m.Page
		x = append(x, b.monthAxis(m.Month))
		fo = append(fo, countValue(f.Follows))
		unf = append(unf, countValue(f.Unfollows))
		anyData = anyData || f.Follows.Known || f.Unfollows.Known
		follows.Table.Rows = append(follows.Table.Rows, append([]cell{txt(b.monthCell(m.Month))}, b.pageFeedbackCells(f)...))
	}
	if !anyData {
		follows.Missing = b.t("fb.follows.missing")
	} else {
		opt, err := barLineChart{ID: follows.ID, X: x, Percent: b.l.Percent, LeftName: b.t("chart.axis.people"),
			Bars: []series{{b.t("col.follows"), fo}, {b.t("col.unfollows"), unf}}}.option()
		if err != nil {
			return err
		}
		follows.Option = opt
		follows.Point = b.followsPoint(nf.Monthly)
	}

	plat := chartView{ID: "fb_platform", Title: b.t("fb.platform.title")}
	plat.Table.Head = heads(b.t("col.platform"), b.postFeedbackHead()...)
	pageTable := tableView{Caption: b.t("fb.page-table.caption"), Head: heads(b.t("col.platform"), b.pageFeedbackHead()...)}
	x, rate, per1000 = nil, nil, nil
	anyData = false
	for _, pf := range nf.ByPlatform {
		x = append(x, pf.Platform)
		rate = append(rate, floatValue(pf.Posts.Per1000, 1, 2))
		per1000 = append(per1000, pf.Posts.Per1000)
		anyData = anyData || pf.Posts.Per1000 != nil
		plat.Table.Rows = append(plat.Table.Rows, append([]cell{txt(pf.Platform)}, b.postFeedbackCells(pf.Posts)...))
		pageTable.Rows = append(pageTable.Rows, append([]cell{txt(pf.Platform)}, b.pageFeedbackCells(pf.Page)...))
	}
	if !anyData {
		plat.Missing = withReason(b.t("fb.platform.missing"), b.reason(nf.Reason))
	} else {
		opt, err := barLineChart{ID: plat.ID, X: x, Percent: b.l.Percent, LeftName: b.t("chart.axis.per-1000"),
			Bars: []series{{b.t("col.per-1000"), rate}}}.option()
		if err != nil {
			return err
		}
		plat.Option = opt
		plat.Point = b.extremesPoint("point.fb-platform", x, per1000, func(x *float64) string { return b.floatPtr(x, 2) })
	}

	top := tableView{
		Caption: b.t("fb.top.caption"),
		Head: []headCell{{Text: b.t("col.published")}, {Text: b.t("col.platform")}, {Text: b.t("col.account")},
			{Text: b.t("col.type")}, {Text: b.t("col.text")}, {Text: b.t("col.impressions"), Num: true},
			{Text: b.t("nav.feedback"), Num: true}, {Text: b.t("col.per-1000"), Num: true}, {Text: b.t("col.link")}},
	}
	for _, tp := range topPosts(nf.TopPosts) {
		pst := tp.Post
		linkCell := txt("")
		if webURL(pst.Permalink) {
			linkCell = cell{Text: b.t("word.open-link"), Href: pst.Permalink}
		}
		top.Rows = append(top.Rows, []cell{
			txt(pst.Published.In(b.loc).Format(b.l.DateTime)), txt(pst.Platform), txt(pst.Account), txt(pst.Type),
			{Text: truncate(pst.Text, 100), Wide: true},
			num(b.count(pst.Impressions)), num(b.int(tp.Total)), num(b.decimal(tp.Per1000, 2)), linkCell,
		})
	}
	topSection := section{Heading: b.t("fb.sec.top"), Tables: []tableView{top}}
	if len(nf.TopPosts) == 0 {
		topSection.Tables = nil
		topSection.Empty = b.t("fb.top.empty")
	}
	p.Sections = []section{
		{Heading: b.t("fb.sec.monthly"), Charts: []chartView{monthly}},
		{Heading: b.t("fb.sec.follows"), Charts: []chartView{follows}},
		{Heading: b.t("sec.platform"), Charts: []chartView{plat}, Tables: []tableView{pageTable}},
		topSection,
	}
	return nil
}

// dataText returns a text that analyze wrote, in English, for the reader
// (an importer's note, a rejection reason, the name of a format) in the
// report's language; package datatext holds their French.
func (b *builder) dataText(s string) string { return datatext.In(b.l.Lang, s) }

// dataTexts translates each of analyze's texts on its own: the catalogue
// knows each note as the importer wrote it, not a sentence joined from
// several.
func (b *builder) dataTexts(texts []string) []string {
	out := make([]string, len(texts))
	for i, s := range texts {
		out[i] = b.dataText(s)
	}
	return out
}

func (b *builder) data(p *pageView) {
	res := b.res
	p.Intro = b.t("data.intro")
	from := b.dateTime(res.Period.From.In(b.loc))
	to := b.dateTime(res.Period.To.In(b.loc))
	if res.Period.FromDefaulted {
		from = b.t("data.from-default", from)
	}
	if res.Period.ToDefaulted {
		to = b.t("data.to-default", to)
	}
	brand := b.t("data.no-brand")
	if len(b.meta.Brand) > 0 {
		brand = strings.Join(b.meta.Brand, ", ")
	}
	bh := res.BusinessHours
	if bh == (analyze.BusinessHours{}) {
		bh = analyze.DefaultBusinessHours
	}
	sum := res.Summary
	comments := b.t("data.from-customers", b.int(int64(sum.CustomerComments))) + ", " + b.t("data.from-brand", b.int(int64(sum.BrandComments)))
	if sum.AuthorWithheld > 0 {
		comments += ", " + b.t("data.withheld", b.int(int64(sum.AuthorWithheld)))
	}
	records := b.pl(int64(sum.Posts), "data.posts", b.int(int64(sum.Posts))) + ", " +
		b.pl(int64(sum.Comments), "data.comments", b.int(int64(sum.Comments))) + " (" + comments + "), " +
		b.pl(int64(sum.Days), "data.days", b.int(int64(sum.Days)))
	p.Facts = []fact{
		{b.t("data.from"), from},
		{b.t("data.to"), to},
		{b.t("data.as-of"), b.dateTime(res.AsOf.In(b.loc))},
		{b.t("data.zone"), b.loc.String()},
		{b.t("data.sla"), b.sla},
		{b.t("data.business-hours"), capitalize(b.businessHours(bh))},
		{b.t("data.brand"), brand},
		{b.t("data.platforms"), joinOr(res.Platforms, b.t("word.none"))},
		{b.t("data.records"), records},
		{b.t("data.after-as-of"), b.pl(int64(res.IgnoredAfterAsOf), "data.ignored", b.int(int64(res.IgnoredAfterAsOf)))},
	}
	if f, ok := anonymizedFact(b.meta); ok {
		p.Facts = append(p.Facts, f)
	}
	p.Downloads = []link{{Href: metricsPath, Text: "metrics.json", Note: b.t("data.metrics-note")}}
	for _, f := range csvFiles {
		n := int64(csvRows(res, f.path))
		note := b.t(f.note + ".none")
		if n > 0 {
			note = b.pl(n, f.note, b.int(n))
		}
		p.Downloads = append(p.Downloads, link{Href: f.path, Text: path.Base(f.path), Note: note})
	}
	for i := range p.Downloads {
		p.Downloads[i].ID = downloadID(p.Downloads[i].Href)
	}

	inputs := tableView{Caption: b.t("data.inputs"), Head: []headCell{{Text: b.t("col.file")}, {Text: b.t("col.format")},
		{Text: b.t("col.read-as")}, {Text: b.t("col.period")}, {Text: b.t("col.rows"), Num: true}, {Text: b.t("col.used"), Num: true},
		{Text: b.t("col.rejected"), Num: true}, {Text: b.t("col.merged"), Num: true}}}
	notes := tableView{Caption: b.t("data.notes"), Head: []headCell{{Text: b.t("col.file")}, {Text: b.t("col.notes")}, {Text: b.t("col.unused-columns")}}}
	rejections := tableView{Caption: b.t("data.rejections"), Head: []headCell{{Text: b.t("col.file")}, {Text: b.t("col.line"), Num: true},
		{Text: b.t("col.column")}, {Text: b.t("col.reason")}}}
	merges := tableView{Caption: b.t("data.merges.caption"), Head: []headCell{{Text: b.t("col.earlier-export")},
		{Text: b.t("col.later-export")}, {Text: b.t("col.records"), Num: true}}}
	for _, in := range res.Inputs {
		readAs := joinOr(nonEmpty(b.encoding(in.Encoding), b.delimiter(in.Delimiter), b.dateOrder(in.DateOrder)), "")
		inputs.Rows = append(inputs.Rows, []cell{
			{Text: in.File, Wide: true}, txt(b.dataText(in.Format) + " (" + b.kind(in.Kind) + ")"), txt(readAs),
			txt(b.filePeriod(in.First, in.Last)),
			num(b.int(int64(in.Rows))), num(b.int(int64(in.Used))), num(b.int(int64(in.Rejected))), num(b.int(int64(in.Merged))),
		})
		if len(in.Notes) > 0 || len(in.IgnoredColumns) > 0 {
			notes.Rows = append(notes.Rows, []cell{{Text: in.File, Wide: true}, {Text: b.joinNotes(b.dataTexts(in.Notes)), Wide: true},
				{Text: joinOr(in.IgnoredColumns, b.t("word.none")), Wide: true}})
		}
		for _, mg := range in.MergedInto {
			merges.Rows = append(merges.Rows, []cell{{Text: in.File, Wide: true}, {Text: mg.File, Wide: true}, num(b.int(int64(mg.Records)))})
		}
		for _, rj := range capList(in.Rejections, maxRejections) {
			file := rejectionFile(in, rj)
			col := rj.Column
			if col == "" {
				col = b.t("data.whole-row")
			}
			rejections.Rows = append(rejections.Rows, []cell{{Text: file, Wide: true}, num(b.int(int64(rj.Line))), txt(col),
				{Text: b.dataText(rj.Reason), Wide: true}})
		}
	}
	tables := []tableView{inputs}
	if len(notes.Rows) > 0 {
		tables = append(tables, notes)
	}
	in := section{Heading: b.t("data.inputs"), Tables: tables, Intro: b.t("data.inputs.intro")}
	if len(res.Inputs) == 0 {
		in.Tables, in.Empty = nil, b.t("data.inputs.empty")
	}
	mrg := section{Heading: b.t("data.merges"), Tables: []tableView{merges}, Intro: b.t("data.merges.intro")}
	if len(merges.Rows) == 0 {
		mrg.Tables, mrg.Empty = nil, b.t("data.merges.empty")
	}
	if n := csvRows(res, rejectionsPath); n > len(rejections.Rows) {
		rejections.Caption = b.pl(int64(n), "data.rejections.capped", b.int(maxRejections), b.int(int64(n)))
		rejections.Full = b.fullList(rejectionsPath, n, "data.rejections.all")
	}
	rej := section{Heading: b.t("data.rejections"), Tables: []tableView{rejections}}
	if len(rejections.Rows) == 0 {
		rej.Tables, rej.Empty = nil, b.t("data.rejections.empty")
	}
	p.Sections = []section{in, mrg, rej}
}

// kind words the kind of records a file held; a kind this package does not
// know is analyze's word.
func (b *builder) kind(k string) string {
	switch k {
	case "posts", "comments", "daily":
		return b.t("data.kind." + k)
	}
	return b.dataText(k)
}

// delimiter words the field separator a file was read with.
func (b *builder) delimiter(d string) string {
	switch d {
	case "comma", "semicolon", "tab", "pipe":
		return b.t("data.delim." + d)
	}
	return b.dataText(d)
}

// encoding words the text encoding a file was read in; only "with BOM"
// and "with Windows-1252 lines" are words, the rest are names (UTF-8,
// Windows-1252).
func (b *builder) encoding(e string) string {
	if base, ok := strings.CutSuffix(e, " with BOM"); ok {
		return b.t("data.with-bom", base)
	}
	return b.dataText(e)
}

// dateOrder words a file's day/month order.
func (b *builder) dateOrder(o string) string {
	switch o {
	case "dmy":
		return b.t("data.dmy")
	case "mdy":
		return b.t("data.mdy")
	}
	return ""
}

// filePeriod gives the days a file covers, in the report's zone.
func (b *builder) filePeriod(first, last time.Time) string {
	if first.IsZero() {
		return b.t("data.no-record")
	}
	return b.period(first.In(b.loc), last.In(b.loc))
}

// nonEmpty drops the empty strings.
func nonEmpty(xs ...string) []string {
	var out []string
	for _, x := range xs {
		if x != "" {
			out = append(out, x)
		}
	}
	return out
}

// joinOr joins names with commas, or says none.
func joinOr(names []string, none string) string {
	if len(names) == 0 {
		return none
	}
	return strings.Join(names, ", ")
}

// joinNotes joins importer notes, which are fragments, into one text:
// "Dates with slashes read month first; 3 times read in UTC."
func (b *builder) joinNotes(notes []string) string {
	var parts []string
	for _, n := range notes {
		if n = strings.TrimRight(strings.TrimSpace(n), "."); n != "" {
			parts = append(parts, n)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return capitalize(strings.Join(parts, b.t("data.notes-sep"))) + "."
}
