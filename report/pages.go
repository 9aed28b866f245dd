package report

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/report/internal/locale"
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
func statsCells(s analyze.ResponseStats) []cell {
	if !s.Measurable {
		nm := num(notMeasurable)
		return []cell{num(formatInt(int64(s.CustomerComments))), nm, nm, nm, nm, nm, nm}
	}
	return []cell{
		num(formatInt(int64(s.CustomerComments))),
		num(formatInt(int64(s.Answered))),
		num(formatInt(int64(s.Unanswered))),
		num(formatInt(int64(s.Pending))),
		num(formatRate(s.ResponseRate)),
		num(formatRate(s.WithinSLARate)),
		num(formatDurationPtr(s.FirstResponse.Median)),
	}
}

func (b *builder) statsHead(first string) []headCell {
	return heads(first, "Customer comments", "Answered", "Unanswered", "Pending", "Response rate", "Within "+b.sla, "Median first response")
}

// rateOrGap is a response rate for a chart: a gap when not measurable.
func rateOrGap(s analyze.ResponseStats) any {
	if !s.Measurable {
		return "-"
	}
	return pct(s.ResponseRate)
}

func (b *builder) responsiveness(p *pageView) error {
	r := b.res.Responsiveness
	s := r.ResponseStats
	p.Intro = fmt.Sprintf("Does the brand answer its customers? A customer comment counts as answered when a brand message replies to it, or follows it in the same thread. Comments younger than %s at the as-of time are pending and left out of the rates.", b.sla)
	if r.LeftOut > 0 {
		p.Intro += fmt.Sprintf(" %s %s left out of these figures: their export withheld the authors, so nobody can tell whether the brand answered them (see their platform below).",
			formatInt(int64(r.LeftOut)), locale.English.Plural(int64(r.LeftOut), "comment was", "comments were"))
	}
	p.Figures = b.responseFigures()
	reason := reasonText(s.Reason)

	// Monthly response rate with comment counts.
	monthly := chartView{ID: "resp_monthly", Title: "Response rate and customer comments by month"}
	var x []string
	var comments, rates []any
	anyRate := false
	for _, m := range r.ByMonth {
		x = append(x, m.Month)
		comments = append(comments, m.All.CustomerComments)
		rates = append(rates, rateOrGap(m.All))
		anyRate = anyRate || (m.All.Measurable && m.All.ResponseRate != nil)
		monthly.Table.Rows = append(monthly.Table.Rows, append([]cell{txt(monthLabel(m.Month))}, statsCells(m.All)...))
	}
	monthly.Table.Head = b.statsHead("Month")
	if !anyRate {
		monthly.Missing = "No month has a measurable response rate. " + reason
	} else {
		opt, err := barLineChart{ID: monthly.ID, X: x, LeftName: "comments", RightName: "response rate", RightPct: true,
			Bars:  []series{{"Customer comments", comments}},
			Lines: []series{{"Response rate (%)", rates}}}.option()
		if err != nil {
			return err
		}
		monthly.Option = opt
	}

	// First-response buckets.
	buckets := chartView{ID: "resp_buckets", Title: "Time to first response"}
	labels := bucketLabels()
	buckets.Table.Head = heads("First response", "Customer comments")
	if !s.Measurable {
		buckets.Missing = reason
		buckets.Table.Rows = append(buckets.Table.Rows, []cell{txt("All"), num(notMeasurable)})
	} else {
		cats := append(labels[:], "unanswered", "pending")
		vals := []int{s.Buckets[0], s.Buckets[1], s.Buckets[2], s.Buckets[3], s.Buckets[4], s.Unanswered, s.Pending}
		for i, c := range cats {
			buckets.Table.Rows = append(buckets.Table.Rows, []cell{txt(c), num(formatInt(int64(vals[i])))})
		}
		opt, err := barLineChart{ID: buckets.ID, X: cats, LeftName: "comments",
			Bars: []series{{"Customer comments", intValues(vals...)}}}.option()
		if err != nil {
			return err
		}
		buckets.Option = opt
	}

	// Weekday x hour heatmap of unanswered comments.
	heat := chartView{ID: "resp_heatmap", Title: "Unanswered customer comments by weekday and hour of arrival", Tall: true}
	heat.Table.Caption = "Weekday and hour of arrival in " + b.loc.String() + "; only the hours with customer comments are listed."
	heat.Table.Head = []headCell{{Text: "Weekday"}, {Text: "Hour"}, {Text: "Customer comments", Num: true}, {Text: "Unanswered", Num: true}}
	for d := 0; d < 7; d++ {
		for h := 0; h < 24; h++ {
			if r.Heatmap.Comments[d][h] == 0 && r.Heatmap.Unanswered[d][h] == 0 {
				continue
			}
			un := num(notMeasurable)
			if s.Measurable {
				un = num(formatInt(int64(r.Heatmap.Unanswered[d][h])))
			}
			heat.Table.Rows = append(heat.Table.Rows, []cell{txt(weekdayNames[d]), txt(fmt.Sprintf("%02d:00 to %02d:00", h, (h+1)%24)),
				num(formatInt(int64(r.Heatmap.Comments[d][h]))), un})
		}
	}
	if !s.Measurable {
		heat.Missing = reason
	} else {
		opt, err := heatmapChart(heat.ID, r.Heatmap.Unanswered, "Unanswered comments")
		if err != nil {
			return err
		}
		heat.Option = opt
	}

	// By platform.
	plat := chartView{ID: "resp_platform", Title: "Response rate by platform"}
	plat.Table.Head = append(b.statsHead("Platform"), headCell{Text: "Questions answered", Num: true})
	x, rates = nil, nil
	anyRate = false
	for _, pr := range r.ByPlatform {
		x = append(x, pr.Platform)
		rates = append(rates, rateOrGap(pr.All))
		anyRate = anyRate || (pr.All.Measurable && pr.All.ResponseRate != nil)
		q := num(notMeasurable)
		if pr.Questions.Measurable {
			q = num(formatRate(pr.Questions.ResponseRate))
		}
		plat.Table.Rows = append(plat.Table.Rows, append(append([]cell{txt(pr.Platform)}, statsCells(pr.All)...), q))
	}
	if !anyRate {
		plat.Missing = "No platform has a measurable response rate. " + reason
	} else {
		opt, err := barLineChart{ID: plat.ID, X: x, LeftName: "response rate", LeftPct: true,
			Bars: []series{{"Response rate (%)", rates}}}.option()
		if err != nil {
			return err
		}
		plat.Option = opt
	}

	// Business hours and questions, as a table only.
	split := tableView{Caption: "Questions, and comments arriving in and out of business hours", Head: b.statsHead("Comments")}
	bh := b.res.BusinessHours
	if bh == (analyze.BusinessHours{}) {
		bh = analyze.DefaultBusinessHours
	}
	for _, row := range []struct {
		label string
		s     analyze.ResponseStats
	}{
		{"All customer comments", s},
		{"Questions", r.Questions},
		{fmt.Sprintf("In business hours (Monday to Friday, %02d:00 to %02d:00)", bh.Start, bh.End), r.InHours},
		{"Evenings, nights and weekends", r.OutOfHours},
	} {
		split.Rows = append(split.Rows, append([]cell{txt(row.label)}, statsCells(row.s)...))
	}

	p.Sections = []section{
		{Heading: "Month by month", Charts: []chartView{monthly}},
		{Heading: "How fast the brand answers", Intro: "Answered comments by the time their first answer took, beside those still unanswered and pending.", Charts: []chartView{buckets}},
		{Heading: "When unanswered comments arrive", Intro: "Where the unanswered comments cluster shows the hours the community is left alone.", Charts: []chartView{heat}},
		{Heading: "By platform", Charts: []chartView{plat}},
		{Heading: "Questions and business hours", Tables: []tableView{split}},
	}
	return nil
}

// broadcastCells formats BroadcastStats as table columns: posts, replies,
// broadcast share, posts per reply.
func broadcastCells(s analyze.BroadcastStats) []cell {
	replies := num(formatInt(int64(s.BrandReplies)))
	if repliesUnknown(s) {
		replies = num(unknown)
	}
	ppr := num(formatFloatPtr(s.PostsPerReply, 1))
	if s.PostsPerReply == nil && s.BrandReplies == 0 && !repliesUnknown(s) && s.BrandPosts > 0 {
		ppr = num(fmt.Sprintf("%s posts, no replies", formatInt(int64(s.BrandPosts))))
	}
	return []cell{num(formatInt(int64(s.BrandPosts))), replies, num(formatRate(s.BroadcastShare)), ppr}
}

func (b *builder) conversation(p *pageView) error {
	bc := b.res.Broadcast
	p.Intro = "Is the brand's presence a conversation or a broadcast? Brand posts are one-way messages; brand replies are the brand's answers in comment threads. The broadcast share is the part of the brand's messages that were posts."
	p.Figures = b.broadcastFigures()
	head := heads("Month", "Brand posts", "Brand replies", "Broadcast share", "Posts per reply")

	monthly := chartView{ID: "conv_monthly", Title: "Brand posts and replies by month"}
	monthly.Table.Head = head
	var x []string
	var posts, replies, share []any
	anyData := false
	for _, m := range bc.ByMonth {
		x = append(x, m.Month)
		posts = append(posts, m.BrandPosts)
		replies = append(replies, repliesValue(m.BroadcastStats))
		share = append(share, pct(m.BroadcastShare))
		anyData = anyData || m.BroadcastShare != nil
		monthly.Table.Rows = append(monthly.Table.Rows, append([]cell{txt(monthLabel(m.Month))}, broadcastCells(m.BroadcastStats)...))
	}
	if !bc.Measurable || !anyData {
		monthly.Missing = reasonText(bc.Reason)
	} else {
		opt, err := barLineChart{ID: monthly.ID, X: x, LeftName: "messages", RightName: "broadcast share", RightPct: true,
			Bars:  []series{{"Brand posts", posts}, {"Brand replies", replies}},
			Lines: []series{{"Broadcast share (%)", share}}}.option()
		if err != nil {
			return err
		}
		monthly.Option = opt
	}

	plat := chartView{ID: "conv_platform", Title: "Brand posts and replies by platform"}
	plat.Table.Head = heads("Platform", "Brand posts", "Brand replies", "Broadcast share", "Posts per reply")
	x, posts, replies = nil, nil, nil
	anyData = false
	for _, pb := range bc.ByPlatform {
		x = append(x, pb.Platform)
		posts = append(posts, pb.BrandPosts)
		replies = append(replies, repliesValue(pb.BroadcastStats))
		anyData = anyData || pb.Measurable
		plat.Table.Rows = append(plat.Table.Rows, append([]cell{txt(pb.Platform)}, broadcastCells(pb.BroadcastStats)...))
	}
	if !anyData {
		plat.Missing = reasonText(bc.Reason)
	} else {
		opt, err := barLineChart{ID: plat.ID, X: x, LeftName: "messages",
			Bars: []series{{"Brand posts", posts}, {"Brand replies", replies}}}.option()
		if err != nil {
			return err
		}
		plat.Option = opt
	}
	p.Sections = []section{
		{Heading: "Month by month", Charts: []chartView{monthly}},
		{Heading: "By platform", Charts: []chartView{plat}},
	}
	return nil
}

// postFeedbackCells: posts, with feedback, hides, hide-all, spam, unlikes,
// total, impressions, per 1,000.
func postFeedbackCells(f analyze.PostFeedback) []cell {
	return []cell{
		num(formatInt(int64(f.Posts))), num(formatInt(int64(f.PostsWithFeedback))),
		num(formatCount(f.Hides)), num(formatCount(f.HideAll)), num(formatCount(f.SpamReports)), num(formatCount(f.Unlikes)),
		num(formatCount(f.Total)), num(formatCount(f.Impressions)), num(formatFloatPtr(f.Per1000, 2)),
	}
}

// pageFeedbackCells: days, follows, unfollows, net, hides, hide-all, spam,
// total, impressions, per 1,000.
func pageFeedbackCells(f analyze.PageFeedback) []cell {
	return []cell{
		num(formatInt(int64(f.Days))), num(formatCount(f.Follows)), num(formatCount(f.Unfollows)), num(formatSigned(f.NetFollowers)),
		num(formatCount(f.Hides)), num(formatCount(f.HideAll)), num(formatCount(f.SpamReports)),
		num(formatCount(f.Total)), num(formatCount(f.Impressions)), num(formatFloatPtr(f.Per1000, 2)),
	}
}

var (
	postFeedbackHead = []string{"Posts", "With feedback", "Hides", "Hide all", "Spam reports", "Unlikes", "Total", "Impressions", "Per 1,000 impressions"}
	pageFeedbackHead = []string{"Days", "Follows", "Unfollows", "Net followers", "Hides", "Hide all", "Spam reports", "Total", "Page impressions", "Per 1,000 impressions"}
)

func (b *builder) feedback(p *pageView) error {
	nf := b.res.NegativeFeedback
	p.Intro = "Is the audience pushing back? Post-level figures count the hides, hide-all, spam reports and unlikes on the period's posts; page-level figures count the same kinds of actions, and follows and unfollows, day by day. The two sides count the same actions from two exports, so they are shown side by side and never added."
	p.Figures = b.feedbackFigures()

	monthly := chartView{ID: "fb_monthly", Title: "Post-level negative feedback by month"}
	monthly.Table.Head = heads("Month", postFeedbackHead...)
	var x []string
	var hides, hideAll, spam, unlikes, rate []any
	anyData := false
	for _, m := range nf.Monthly {
		f := m.Posts
		x = append(x, m.Month)
		hides = append(hides, countValue(f.Hides))
		hideAll = append(hideAll, countValue(f.HideAll))
		spam = append(spam, countValue(f.SpamReports))
		unlikes = append(unlikes, countValue(f.Unlikes))
		rate = append(rate, floatValue(f.Per1000, 1, 2))
		anyData = anyData || f.Total.Known || f.Per1000 != nil
		monthly.Table.Rows = append(monthly.Table.Rows, append([]cell{txt(monthLabel(m.Month))}, postFeedbackCells(f)...))
	}
	if !anyData {
		monthly.Missing = "No month has post-level negative feedback. " + reasonText(nf.Reason)
	} else {
		opt, err := barLineChart{ID: monthly.ID, X: x, LeftName: "actions", RightName: "per 1,000 impressions", Stack: "feedback",
			Bars:  []series{{"Hides", hides}, {"Hide all", hideAll}, {"Spam reports", spam}, {"Unlikes", unlikes}},
			Lines: []series{{"Per 1,000 impressions", rate}}}.option()
		if err != nil {
			return err
		}
		monthly.Option = opt
	}

	follows := chartView{ID: "fb_follows", Title: "Page follows and unfollows by month"}
	follows.Table.Head = heads("Month", pageFeedbackHead...)
	x = nil
	var fo, unf []any
	anyData = false
	for _, m := range nf.Monthly {
		f := m.Page
		x = append(x, m.Month)
		fo = append(fo, countValue(f.Follows))
		unf = append(unf, countValue(f.Unfollows))
		anyData = anyData || f.Follows.Known || f.Unfollows.Known
		follows.Table.Rows = append(follows.Table.Rows, append([]cell{txt(monthLabel(m.Month))}, pageFeedbackCells(f)...))
	}
	if !anyData {
		follows.Missing = "The data has no daily follows or unfollows for the period."
	} else {
		opt, err := barLineChart{ID: follows.ID, X: x, LeftName: "people",
			Bars: []series{{"Follows", fo}, {"Unfollows", unf}}}.option()
		if err != nil {
			return err
		}
		follows.Option = opt
	}

	plat := chartView{ID: "fb_platform", Title: "Post-level negative feedback per 1,000 impressions by platform"}
	plat.Table.Head = heads("Platform", postFeedbackHead...)
	pageTable := tableView{Caption: "Page-level figures by platform", Head: heads("Platform", pageFeedbackHead...)}
	x, rate = nil, nil
	anyData = false
	for _, pf := range nf.ByPlatform {
		x = append(x, pf.Platform)
		rate = append(rate, floatValue(pf.Posts.Per1000, 1, 2))
		anyData = anyData || pf.Posts.Per1000 != nil
		plat.Table.Rows = append(plat.Table.Rows, append([]cell{txt(pf.Platform)}, postFeedbackCells(pf.Posts)...))
		pageTable.Rows = append(pageTable.Rows, append([]cell{txt(pf.Platform)}, pageFeedbackCells(pf.Page)...))
	}
	if !anyData {
		plat.Missing = "No platform has post-level negative feedback with impressions. " + reasonText(nf.Reason)
	} else {
		opt, err := barLineChart{ID: plat.ID, X: x, LeftName: "per 1,000 impressions",
			Bars: []series{{"Per 1,000 impressions", rate}}}.option()
		if err != nil {
			return err
		}
		plat.Option = opt
	}

	top := tableView{
		Caption: "The posts with the most negative feedback per 1,000 impressions",
		Head: []headCell{{Text: "Published"}, {Text: "Platform"}, {Text: "Account"}, {Text: "Type"}, {Text: "Text"},
			{Text: "Impressions", Num: true}, {Text: "Negative feedback", Num: true}, {Text: "Per 1,000 impressions", Num: true}, {Text: "Link"}},
	}
	for _, tp := range topPosts(nf.TopPosts) {
		pst := tp.Post
		linkCell := txt("")
		if pst.Permalink != "" {
			linkCell = cell{Text: "open", Href: pst.Permalink}
		}
		top.Rows = append(top.Rows, []cell{
			txt(pst.Published.In(b.loc).Format("2006-01-02 15:04")), txt(pst.Platform), txt(pst.Account), txt(pst.Type),
			{Text: truncate(pst.Text, 100), Wide: true},
			num(formatCount(pst.Impressions)), num(formatInt(tp.Total)), num(formatDecimal(tp.Per1000, 2)), linkCell,
		})
	}
	topSection := section{Heading: "Top posts by negative feedback", Tables: []tableView{top}}
	if len(nf.TopPosts) == 0 {
		topSection.Tables = nil
		topSection.Empty = "No post of the period has both negative feedback and impressions in the export."
	}
	p.Sections = []section{
		{Heading: "Post level, month by month", Charts: []chartView{monthly}},
		{Heading: "Page level: follows and unfollows", Charts: []chartView{follows}},
		{Heading: "By platform", Charts: []chartView{plat}, Tables: []tableView{pageTable}},
		topSection,
	}
	return nil
}

func (b *builder) data(p *pageView) {
	res := b.res
	p.Intro = "Every input file as it was read: what it was recognised as, how many rows were used, and why any row was left out. The figures of this report rest on these rows only."
	from := res.Period.From.In(b.loc).Format(time.RFC3339)
	to := res.Period.To.In(b.loc).Format(time.RFC3339)
	if res.Period.FromDefaulted {
		from += " (the earliest record)"
	}
	if res.Period.ToDefaulted {
		to += " (just after the latest record)"
	}
	brand := "none configured"
	if len(b.meta.Brand) > 0 {
		brand = ""
		for i, a := range b.meta.Brand {
			if i > 0 {
				brand += ", "
			}
			brand += a
		}
	}
	bh := res.BusinessHours
	if bh == (analyze.BusinessHours{}) {
		bh = analyze.DefaultBusinessHours
	}
	p.Facts = []fact{
		{"Period from", from},
		{"Period to (excluded)", to},
		{"As of", res.AsOf.In(b.loc).Format(time.RFC3339)},
		{"Time zone", b.loc.String()},
		{"Response-time target", b.sla},
		{"Business hours", fmt.Sprintf("Monday to Friday, %02d:00 to %02d:00", bh.Start, bh.End)},
		{"Brand accounts", brand},
		{"Platforms", joinOr(res.Platforms, "none")},
		{"Records of the period", fmt.Sprintf("%s posts, %s comments (%s from customers, %s from the brand%s), %s days of page metrics",
			formatInt(int64(res.Summary.Posts)), formatInt(int64(res.Summary.Comments)), formatInt(int64(res.Summary.CustomerComments)),
			formatInt(int64(res.Summary.BrandComments)), withheldText(res.Summary.AuthorWithheld), formatInt(int64(res.Summary.Days)))},
		{"Records after the as-of time", fmt.Sprintf("%s ignored", formatInt(int64(res.IgnoredAfterAsOf)))},
	}
	if f, ok := anonymizedFact(b.meta); ok {
		p.Facts = append(p.Facts, f)
	}
	p.Downloads = []link{
		{Href: "data/metrics.json", Text: "metrics.json", Note: "every figure of this report, for machines (rates as fractions, durations in seconds, null where not measurable)"},
		{Href: "data/unanswered.csv", Text: "unanswered.csv", Note: fmt.Sprintf("the worklist: %s customer comments without an answer, oldest first", formatInt(int64(len(res.Open))))},
	}

	inputs := tableView{Caption: "Input files", Head: []headCell{{Text: "File"}, {Text: "Format"}, {Text: "Read as"}, {Text: "Period"},
		{Text: "Rows", Num: true}, {Text: "Used", Num: true}, {Text: "Rejected", Num: true}, {Text: "Merged", Num: true}}}
	notes := tableView{Caption: "How each file was read", Head: []headCell{{Text: "File"}, {Text: "Notes"}, {Text: "Columns not used"}}}
	rejections := tableView{Caption: "Rejected rows", Head: []headCell{{Text: "File"}, {Text: "Line", Num: true}, {Text: "Column"}, {Text: "Reason"}}}
	merges := tableView{Caption: "Records found in more than one export", Head: []headCell{{Text: "Earlier export"}, {Text: "Later export, whose values were kept"}, {Text: "Records", Num: true}}}
	for _, in := range res.Inputs {
		readAs := joinOr(nonEmpty(in.Encoding, in.Delimiter, dateOrderText(in.DateOrder)), "")
		inputs.Rows = append(inputs.Rows, []cell{
			{Text: in.File, Wide: true}, txt(in.Format + " (" + in.Kind + ")"), txt(readAs), txt(periodText(in.First, in.Last, res.Location)),
			num(formatInt(int64(in.Rows))), num(formatInt(int64(in.Used))), num(formatInt(int64(in.Rejected))), num(formatInt(int64(in.Merged))),
		})
		if len(in.Notes) > 0 || len(in.IgnoredColumns) > 0 {
			notes.Rows = append(notes.Rows, []cell{{Text: in.File, Wide: true}, {Text: joinNotes(in.Notes), Wide: true}, {Text: joinOr(in.IgnoredColumns, "none"), Wide: true}})
		}
		for _, mg := range in.MergedInto {
			merges.Rows = append(merges.Rows, []cell{{Text: in.File, Wide: true}, {Text: mg.File, Wide: true}, num(formatInt(int64(mg.Records)))})
		}
		for _, rj := range in.Rejections {
			file := rj.File
			if file == "" {
				file = in.File
			}
			col := rj.Column
			if col == "" {
				col = "(whole row)"
			}
			rejections.Rows = append(rejections.Rows, []cell{{Text: file, Wide: true}, num(formatInt(int64(rj.Line))), txt(col), {Text: rj.Reason, Wide: true}})
		}
	}
	tables := []tableView{inputs}
	if len(notes.Rows) > 0 {
		tables = append(tables, notes)
	}
	in := section{Heading: "Input files", Tables: tables,
		Intro: "Each file's format was recognised from its content. Every row read was used, rejected (listed below, with its line and the reason) or merged with the same record of a later export, so rows read = used + rejected + merged."}
	if len(res.Inputs) == 0 {
		in.Tables, in.Empty = nil, "No input file was read."
	}
	mrg := section{Heading: "Merged exports", Tables: []tableView{merges},
		Intro: "When two exports hold the same post, comment or day (two monthly files that overlap, the same post exported twice), it is counted once. The later export wins: the file whose records reach the latest time, or the one given last when they end together. Its values are kept, and only the values it lacks are taken from the earlier one."}
	if len(merges.Rows) == 0 {
		mrg.Tables, mrg.Empty = nil, "No record was found in more than one export."
	}
	rej := section{Heading: "Rejected rows", Tables: []tableView{rejections}}
	if len(rejections.Rows) == 0 {
		rej.Tables, rej.Empty = nil, "No row was rejected."
	}
	p.Sections = []section{in, mrg, rej}
}

// withheldText counts the comments whose author the export withheld, when
// there are any.
func withheldText(n int) string {
	if n == 0 {
		return ""
	}
	return ", " + formatInt(int64(n)) + " whose author the export withheld"
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

// dateOrderText words a file's day/month order.
func dateOrderText(o string) string {
	switch o {
	case "dmy":
		return "dates day first"
	case "mdy":
		return "dates month first"
	}
	return ""
}

// periodText gives the days a file covers, in the report's zone.
func periodText(first, last time.Time, loc *time.Location) string {
	if first.IsZero() {
		return "no record"
	}
	if loc == nil {
		loc = time.UTC
	}
	return formatDate(first.In(loc)) + " to " + formatDate(last.In(loc))
}

// joinOr joins names with commas, or says none.
func joinOr(names []string, none string) string {
	if len(names) == 0 {
		return none
	}
	s := names[0]
	for _, n := range names[1:] {
		s += ", " + n
	}
	return s
}

// joinNotes joins importer notes, which are fragments, into one text:
// "Dates with slashes read month first; 3 times read in UTC."
func joinNotes(notes []string) string {
	var parts []string
	for _, n := range notes {
		if n = strings.TrimRight(strings.TrimSpace(n), "."); n != "" {
			parts = append(parts, n)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	s := strings.Join(parts, "; ")
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:] + "."
}
