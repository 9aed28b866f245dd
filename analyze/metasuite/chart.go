package metasuite

import (
	"errors"
	"strings"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/analyze/internal/field"
	"github.com/socialaudit/socialaudit/analyze/internal/importer"
	"github.com/socialaudit/socialaudit/analyze/internal/table"
)

// DailyChart is the export of one Meta Business Suite chart (Insights,
// a chart's menu, Export): a daily series of one page-level metric, in
// UTF-16LE with a byte-order mark, an Excel "sep=," line, the metric's name
// alone on a line, then "Date","Primary" and one row per day.
//
// It yields the days of the series socialaudit measures: follows and views
// (read as impressions) of a Facebook Page or an Instagram account. The
// chart does not name the account, so the days have none. Any other series
// (visits, viewers, content interactions, link clicks...) is read and every
// one of its rows is rejected with the reason, so that the file is
// accounted for and the build goes on with the other files.
var DailyChart = importer.Format{
	ID:     "meta-daily-chart",
	Name:   "Meta Business Suite chart export (one daily page metric)",
	Kind:   "daily",
	Match:  matchChart,
	Decode: decodeChart,
}

// series is what a chart's metric becomes.
type series struct {
	platform    string
	impressions bool // else follows
	// unnamed marks a metric whose name does not say the platform.
	unnamed bool
}

// chartSeries maps the metric names (compared with importer.Norm) to what
// they are read as; chartNames lists them for messages.
var (
	chartSeries = map[string]series{
		"facebook follows":  {platform: "facebook"},
		"instagram follows": {platform: "instagram"},
		"follows":           {platform: "facebook", unnamed: true},
		"facebook views":    {platform: "facebook", impressions: true},
		"instagram views":   {platform: "instagram", impressions: true},
		"views":             {platform: "facebook", impressions: true, unnamed: true},
	}
	chartNames = `"Facebook follows", "Instagram follows", "Follows", "Facebook views", "Instagram views" and "Views"`
)

// matchChart wants the metric's name alone on the first record (Excel may
// pad it with empty cells when it re-saves the file) and exactly the header
// Date, Primary on the second.
func matchChart(head []table.Record) importer.Match {
	if len(head) < 2 || metricName(head[0].Fields) == "" {
		return importer.Match{}
	}
	h := importer.NewHeader(head[1].Fields)
	m := h.Score([]string{"Date", "Primary"})
	if m.OK && h.Len() != 2 {
		m.OK = false
	}
	return m
}

// metricName returns the record's single non-empty cell, or "" when it has
// none or more than one.
func metricName(fields []string) string {
	if len(fields) == 0 {
		return ""
	}
	name := strings.TrimSpace(strings.TrimPrefix(fields[0], "\ufeff"))
	for _, s := range fields[1:] {
		if strings.TrimSpace(s) != "" {
			return ""
		}
	}
	return name
}

func decodeChart(f *importer.File) error {
	head, err := f.Table.Peek(2)
	if err != nil {
		return err
	}
	if len(head) < 2 {
		return errors.New("the file has no metric name and header")
	}
	metric := metricName(head[0].Fields)
	s, used := chartSeries[importer.Norm(metric)]
	h := importer.NewHeader(head[1].Fields)
	dateCol, valueCol := h.Names[h.Index("Date")], h.Names[h.Index("Primary")]
	if !used {
		f.Note("the series %q carries nothing socialaudit measures, so each of its rows is rejected; socialaudit reads the series %s", metric, chartNames)
		f.Columns = h.Names
		return f.Rows(2, func(rec table.Record) *importer.Rejection {
			return importer.Rejectf("", "the series %q is not one socialaudit uses", metric)
		})
	}
	what := "follows"
	if s.impressions {
		what = "impressions"
		f.Note("the series %q is read as impressions: Meta replaced impressions with views in 2024", metric)
	}
	if s.unnamed {
		f.Note("the series %q does not name its platform: it is read as the Facebook Page's %s", metric, what)
	}

	var days []field.Stamp
	var votes field.Votes
	f.Columns = h.Names
	err = f.Rows(2, func(rec table.Record) *importer.Rejection {
		if r := importer.Width(rec, 2); r != nil {
			return r
		}
		raw := importer.Cell(rec, 0)
		n, err := field.Count(importer.Cell(rec, 1))
		if err != nil {
			return importer.Rejectf(valueCol, "%v", err)
		}
		if !n.Known {
			return importer.Rejectf(valueCol, "required value is empty")
		}
		d := analyze.Daily{Platform: s.platform}
		if s.impressions {
			d.Impressions = n
		} else {
			d.Follows = n
		}
		if r := f.AddDaily(d, dateCol, raw, rec.Line); r != nil {
			return r
		}
		if st, err := field.Scan(raw); err == nil {
			days = append(days, st)
			votes.Add(st, raw)
		}
		return nil
	})
	if err != nil {
		return err
	}
	noteGaps(f, days, &votes)
	return nil
}

// noteGaps tells how many days between the first and the last of the
// series have no usable row (absent, or rejected). They are not invented:
// the sources disagree on whether Meta leaves out the days with nothing
// (FORMATS.md 2.3), and a day nobody reported is not a day of 0. When the dates' order cannot be
// decided, Finish says so and this stays silent.
func noteGaps(f *importer.File, days []field.Stamp, votes *field.Votes) {
	order, err := votes.Decide(f.Opts.DateOrder, field.OrderUnknown)
	if err != nil {
		return
	}
	seen := map[time.Time]bool{}
	var first, last time.Time
	for _, st := range days {
		d, err := st.Date(order)
		if err != nil {
			continue // Finish rejects it
		}
		if len(seen) == 0 || d.Before(first) {
			first = d
		}
		if len(seen) == 0 || d.After(last) {
			last = d
		}
		seen[d] = true
	}
	if len(seen) == 0 {
		return
	}
	span := int(last.Sub(first).Hours()/24) + 1
	switch missing := span - len(seen); {
	case missing == 1:
		f.Note("1 day between %s and %s has no usable row: it is left out, not read as 0", first.Format(time.DateOnly), last.Format(time.DateOnly))
	case missing > 1:
		f.Note("%d days between %s and %s have no usable row: they are left out, not read as 0", missing, first.Format(time.DateOnly), last.Format(time.DateOnly))
	}
}
