package facebook

import (
	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/analyze/internal/field"
	"github.com/socialaudit/socialaudit/analyze/internal/importer"
	"github.com/socialaudit/socialaudit/analyze/internal/table"
)

// LegacyPage is the legacy Page Insights "Page data" export (Insights,
// Export Data, Page data): one row per day and thousands of columns, in
// Windows-1252 in the older files. It yields the days' likes (followers),
// new likes and unlikes, total impressions, and negative feedback by type
// from the total-count family ("Daily Negative Feedback from Users -
// hide_clicks"), with empty and absent types read by the rule of the
// package comment. Weekly and 28-day columns are ignored: they sum days.
//
// The export does not name the Page, so the days have no Account: two
// Pages' exports of the same days would be taken for one Page's.
var LegacyPage = importer.Format{
	ID:     "facebook-legacy-page",
	Name:   "Facebook Page Insights, legacy Page data export",
	Kind:   "daily",
	Match:  matchPage,
	Decode: decodePage,
}

// pageSignals are the columns that make a Date column a page export; one
// is enough, since the export writes only what the period had.
var pageSignals = []string{"Daily Unlikes", "Lifetime Total Likes", "Daily New Likes", "Daily Negative Feedback from Users"}

func matchPage(head []table.Record) importer.Match {
	if len(head) == 0 {
		return importer.Match{}
	}
	h := importer.NewHeader(head[0].Fields)
	var m importer.Match
	found := 0
	dateFirst := h.Len() > 0 && importer.Norm(h.Names[0]) == "date"
	if dateFirst {
		found++
	} else {
		m.Missing = append(m.Missing, "Date")
	}
	signal := false
	for _, s := range pageSignals {
		if h.Index(s) >= 0 {
			found++
			signal = true
		}
	}
	if h.Find(isDailyNegativeByType) >= 0 {
		found++
		signal = true
	}
	if !signal {
		m.Missing = append(m.Missing, "Daily Unlikes")
	}
	m.OK = dateFirst && signal
	m.Score = float64(found) / float64(len(pageSignals)+2)
	return withDescriptions(m, head, len(pageSignals)+2)
}

func isDailyNegativeByType(norm string) bool {
	g, _, ok := splitType(norm)
	return ok && g == "daily negative feedback from users"
}

func decodePage(f *importer.File) error {
	lh, err := readHeaders(f)
	if err != nil {
		return err
	}
	f.UsualOrder = field.MonthFirst
	h := lh.h
	col := struct {
		followers, follows, unfollows, impressions int
	}{
		followers: lh.column("Lifetime Total Likes", tagNone), follows: lh.column("Daily New Likes", tagNone),
		unfollows: lh.column("Daily Unlikes", tagNone), impressions: lh.column("Daily Total Impressions", tagTotal),
	}
	neg, hasUnique := lh.negativeFamilies("daily")
	var complete, incomplete int
	f.Columns = h.Names
	err = f.Rows(2, func(rec table.Record) *importer.Rejection {
		if r := importer.Width(rec, h.Len()); r != nil {
			return r
		}
		d := analyze.Daily{Platform: "facebook"}
		var r *importer.Rejection
		for _, c := range []struct {
			col int
			dst *analyze.Count
		}{
			{col.followers, &d.Followers}, {col.follows, &d.Follows},
			{col.unfollows, &d.Unfollows}, {col.impressions, &d.Impressions},
		} {
			if *c.dst, r = count(rec, h.Names, c.col); r != nil {
				return r
			}
		}
		// A day with impressions is one Facebook had insights for.
		ng, r := neg.read(rec, h.Names, d.Impressions.Known)
		if r != nil {
			return r
		}
		d.Hides, d.HideAll, d.SpamReports = ng.get(typeHide), ng.get(typeHideAll), ng.get(typeSpam)
		if r := f.AddDaily(d, h.Names[0], importer.Cell(rec, 0), rec.Line); r != nil {
			return r
		}
		if ng.complete {
			complete++
		} else {
			incomplete++
		}
		return nil
	})
	if err != nil {
		return err
	}
	negativeNote(f, neg, hasUnique, "Daily Negative Feedback from Users", "hides, hide-all and spam reports", complete, incomplete)
	return nil
}
