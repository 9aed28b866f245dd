package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/report/internal/locale"
)

// Events are the consultant's own dated landmarks: a campaign launch, an
// incident, a price change. They come from a small CSV file (--events,
// parsed by ParseEvents) or, built by the caller, from the configuration
// file (checked with Event.Check). The report draws each one on every time
// chart (see evMarks), lists them on the summary page and in
// data/metrics.json.

// Event is one dated landmark of the report. Dates are calendar days: only
// their year, month and day count, and the day is taken in the report's
// time zone.
type Event struct {
	// Date is the (first) day of the event.
	Date time.Time
	// End is the last day of an event that lasts several days, included;
	// zero for a one-day event.
	End time.Time
	// Label names the event. It is user text: pages show it through
	// html/template, charts through json.Marshal, never as markup.
	Label string
	// Source says where the event was read, "events.csv:3"; may be empty.
	Source string
}

// EventError is a problem with one line of an events file.
type EventError struct {
	File string
	Line int // 1-based; 0 when the problem is with the file as a whole
	Msg  string
}

func (e *EventError) Error() string {
	if e.Line == 0 {
		return e.File + ": " + e.Msg
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

// eventDate is the layout of event dates.
const eventDate = "2006-01-02"

// tooEarly says why an event's date is wrong when it falls before
// analyze.FirstYear, the floor the importers set for records; nil
// otherwise. It also keeps "0001-01-01", which time.Parse reads as the
// zero Time, from passing for a missing date.
func tooEarly(d time.Time) error {
	if d.Year() < analyze.FirstYear {
		return fmt.Errorf("date %s is before %d: no social platform's data goes back that far", d.Format(eventDate), analyze.FirstYear)
	}
	return nil
}

// The header names of an events file, by column; French names are
// accepted beside the English ones.
var eventColumns = map[string]string{
	"date": "date", "label": "label", "end": "end",
	"libellé": "label", "libelle": "label", "fin": "end",
}

// ParseEvents reads an events file: CSV with a header naming the columns
// date, label and, optionally, end (in any order; "libellé" and "fin" are
// accepted too), one event per row. Dates are written YYYY-MM-DD; end, when
// given, is the last day of the event, included, and may not be before the
// date. The file is UTF-8, with or without a byte-order mark, and its
// fields are separated by commas or semicolons (whichever the header uses).
// Blank rows are skipped.
//
// Every problem is reported, each as an *EventError naming the file
// (name), the line and what is wrong; they are joined with errors.Join.
// The events are returned sorted by date, end and label.
func ParseEvents(r io.Reader, name string) ([]Event, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, &EventError{File: name, Msg: err.Error()}
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if !utf8.Valid(data) {
		line := 1 + bytes.Count(data[:invalidUTF8At(data)], []byte("\n"))
		return nil, &EventError{File: name, Line: line, Msg: "not UTF-8 text: save the file as UTF-8"}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &EventError{File: name, Msg: "the file is empty: its first line must be the header date,label (and optionally end)"}
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = eventDelimiter(data)
	cr.FieldsPerRecord = -1

	header, err := cr.Read()
	if err != nil {
		return nil, csvEventError(name, err)
	}
	line, _ := cr.FieldPos(0)
	cols := map[string]int{}
	var errs []error
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(h))
		col, ok := eventColumns[h]
		switch {
		case h == "" && i == len(header)-1 && i > 0: // a trailing delimiter
			continue
		case !ok:
			errs = append(errs, &EventError{File: name, Line: line,
				Msg: fmt.Sprintf("unknown column %q: the header names date, label and optionally end", h)})
		case cols[col] != 0:
			errs = append(errs, &EventError{File: name, Line: line, Msg: fmt.Sprintf("column %q appears twice", col)})
		default:
			cols[col] = i + 1 // 1-based, so that 0 means absent
		}
	}
	for _, col := range []string{"date", "label"} {
		if cols[col] == 0 {
			errs = append(errs, &EventError{File: name, Line: line,
				Msg: fmt.Sprintf("missing column %q: the header names date, label and optionally end", col)})
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}

	var events []Event
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			errs = append(errs, csvEventError(name, err))
			break
		}
		line, _ := cr.FieldPos(0)
		if blankRecord(rec) {
			continue
		}
		field := func(col string) string {
			if i := cols[col]; i > 0 && i <= len(rec) {
				return strings.TrimSpace(rec[i-1])
			}
			return ""
		}
		bad := func(format string, args ...any) {
			errs = append(errs, &EventError{File: name, Line: line, Msg: fmt.Sprintf(format, args...)})
		}
		if extra := extraFields(rec, len(header)); extra > 0 {
			bad("%d more %s than the header names", extra, locale.English.Plural(int64(extra), "field", "fields"))
			continue
		}
		ev := Event{Label: cleanLabel(field("label")), Source: fmt.Sprintf("%s:%d", name, line)}
		before := len(errs)
		if d := field("date"); d == "" {
			bad("the date is empty")
		} else if ev.Date, err = time.Parse(eventDate, d); err != nil {
			bad("date %q is not a date written YYYY-MM-DD", d)
		} else if err := tooEarly(ev.Date); err != nil {
			bad("%v", err)
		}
		if e := field("end"); e != "" {
			if ev.End, err = time.Parse(eventDate, e); err != nil {
				bad("end %q is not a date written YYYY-MM-DD", e)
			}
		}
		if !ev.Date.IsZero() && !ev.End.IsZero() && ev.End.Before(ev.Date) {
			bad("end %s is before the date %s", ev.End.Format(eventDate), ev.Date.Format(eventDate))
		}
		if ev.Label == "" {
			bad("the label is empty")
		}
		if len(errs) == before {
			events = append(events, ev.normal())
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	SortEvents(events)
	return events, nil
}

// Check reports what is wrong with an event built by hand (from the
// configuration file): no date, an empty label, an end before the date.
func (e Event) Check() error {
	if e.Date.IsZero() {
		return errors.New("the date is missing")
	}
	if err := tooEarly(e.Date); err != nil {
		return err
	}
	switch {
	case !e.End.IsZero() && evDay(e.End).Before(evDay(e.Date)):
		return fmt.Errorf("end %s is before the date %s", e.End.Format(eventDate), e.Date.Format(eventDate))
	case cleanLabel(e.Label) == "":
		return errors.New("the label is empty")
	}
	return nil
}

// normal keeps the calendar days only, drops an end equal to the date, and
// puts the label on one line.
func (e Event) normal() Event {
	e.Date = evDay(e.Date)
	if !e.End.IsZero() {
		e.End = evDay(e.End)
		if e.End.Equal(e.Date) {
			e.End = time.Time{}
		}
	}
	e.Label = cleanLabel(e.Label)
	return e
}

// SortEvents orders events by date, then end (one-day events first), then
// label and source, so that a report lists them the same way every time.
func SortEvents(evs []Event) {
	sort.SliceStable(evs, func(i, j int) bool {
		a, b := evs[i], evs[j]
		switch {
		case !a.Date.Equal(b.Date):
			return a.Date.Before(b.Date)
		case !a.End.Equal(b.End):
			return a.End.Before(b.End)
		case a.Label != b.Label:
			return a.Label < b.Label
		}
		return a.Source < b.Source
	})
}

// evSorted is a sorted copy of events in their normal form (one-line
// labels, calendar days), whatever order and form the caller built them in.
func evSorted(events []Event) []Event {
	out := make([]Event, len(events))
	for i, e := range events {
		out[i] = e.normal()
	}
	SortEvents(out)
	return out
}

// evDay is the calendar day of t as midnight UTC.
func evDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// last is the last day of the event.
func (e Event) last() time.Time {
	if e.End.IsZero() {
		return e.Date
	}
	return e.End
}

// inPeriod reports whether any day of the event overlaps the period
// [from, to), the days taken in loc.
func (e Event) inPeriod(from, to time.Time, loc *time.Location) bool {
	y, m, d := e.Date.Date()
	start := time.Date(y, m, d, 0, 0, 0, 0, loc)
	y, m, d = e.last().Date()
	end := time.Date(y, m, d+1, 0, 0, 0, 0, loc)
	return start.Before(to) && end.After(from)
}

// cleanLabel puts a label on one line: runs of white space become one
// space, other control characters go.
func cleanLabel(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) && !unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// eventDelimiter is ';' when the header line has more semicolons than
// commas, else ','.
func eventDelimiter(data []byte) rune {
	first, _, _ := bytes.Cut(data, []byte("\n"))
	if bytes.Count(first, []byte(";")) > bytes.Count(first, []byte(",")) {
		return ';'
	}
	return ','
}

// invalidUTF8At is the offset of the first byte that is not UTF-8.
func invalidUTF8At(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// csvEventError turns an encoding/csv error into an EventError.
func csvEventError(name string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		line := pe.StartLine
		if line == 0 {
			line = pe.Line
		}
		msg := pe.Err.Error()
		switch {
		case errors.Is(pe.Err, csv.ErrQuote):
			msg = `a quoted field is not closed, or a " inside it is not doubled`
		case errors.Is(pe.Err, csv.ErrBareQuote):
			msg = `a " inside a field that does not start with one: quote the whole field and double the " inside`
		}
		return &EventError{File: name, Line: line, Msg: msg}
	}
	return &EventError{File: name, Msg: err.Error()}
}

// blankRecord reports whether every field is empty.
func blankRecord(rec []string) bool {
	for _, f := range rec {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

// extraFields counts the non-empty fields beyond the header's n columns.
func extraFields(rec []string, n int) int {
	extra := 0
	for i := n; i < len(rec); i++ {
		if strings.TrimSpace(rec[i]) != "" {
			extra = i - n + 1
		}
	}
	return extra
}

// evChartLabelRunes is the longest label drawn on a chart; the summary page
// gives it in full.
const evChartLabelRunes = 40

// evMark is one event (or several on the same place) on a category axis:
// from category First to category Last, included.
type evMark struct {
	First, Last int
	Label       string
}

// evMonthKey, evDayKey and evWeekKey match the category keys of time
// charts: months "2026-02", days "2026-02-14", ISO weeks "2026-W07".
var (
	evMonthKey = regexp.MustCompile(`^\d{4}-\d{2}$`)
	evDayKey   = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	evWeekKey  = regexp.MustCompile(`^\d{4}-W\d{2}$`)
)

// evKeyOf returns how a time axis's category keys name a day: the key of
// the month, the day or the ISO week that contains it; nil when the keys
// are not all months, all days or all weeks.
func evKeyOf(keys []string) func(day time.Time) string {
	if len(keys) == 0 {
		return nil
	}
	var re *regexp.Regexp
	var key func(time.Time) string
	switch {
	case evMonthKey.MatchString(keys[0]):
		re, key = evMonthKey, func(d time.Time) string { return d.Format("2006-01") }
	case evDayKey.MatchString(keys[0]):
		re, key = evDayKey, func(d time.Time) string { return d.Format(eventDate) }
	case evWeekKey.MatchString(keys[0]):
		re, key = evWeekKey, evWeek
	default:
		return nil
	}
	for _, k := range keys {
		if !re.MatchString(k) {
			return nil
		}
	}
	return key
}

// evWeek is the key of the ISO week (Monday to Sunday) that contains the
// calendar day d: "2026-W07". Its year is the ISO year, which differs from
// the calendar year around New Year: 29 December 2025 is in 2026-W01.
func evWeek(d time.Time) string {
	y, w := d.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

// evPlace places the events on a time axis whose categories are keys
// (months "2026-02", days "2026-02-14" or ISO weeks "2026-W07",
// ascending). An event lands on the category of its month, day or week;
// one that lasts several days spans the categories from its first to its
// last day, cut to the axis. Events off the axis are left out. Events on
// the same categories share one mark, their labels joined with " / ".
// Marks come in axis order.
func evPlace(events []Event, keys []string) []evMark {
	keyOf := evKeyOf(keys)
	if keyOf == nil {
		return nil
	}
	var marks []evMark
	for _, e := range events {
		start, end := keyOf(e.Date), keyOf(e.last())
		first := sort.SearchStrings(keys, start)           // first key >= start
		last := sort.SearchStrings(keys, end+"\uffff") - 1 // last key <= end
		if first >= len(keys) || last < 0 || first > last {
			continue
		}
		merged := false
		for i := range marks {
			if marks[i].First == first && marks[i].Last == last {
				marks[i].Label += " / " + e.Label
				merged = true
				break
			}
		}
		if !merged {
			marks = append(marks, evMark{First: first, Last: last, Label: e.Label})
		}
	}
	sort.SliceStable(marks, func(i, j int) bool {
		if marks[i].First != marks[j].First {
			return marks[i].First < marks[j].First
		}
		return marks[i].Last < marks[j].Last
	})
	return marks
}

// The option objects of event marks, as ECharts reads them. The x position
// is the category index, which ECharts accepts on a category axis, so the
// marks stay right whatever the axis labels say. The label is data: it
// reaches ECharts only as a JSON string, and ECharts draws it as text.
type (
	evLineData struct {
		Name  string `json:"name"`
		XAxis int    `json:"xAxis"`
	}
	evAreaPoint struct {
		Name  string `json:"name,omitempty"`
		XAxis int    `json:"xAxis"`
	}
	evLabel struct {
		Show      bool   `json:"show"`
		Position  string `json:"position"`
		Formatter string `json:"formatter,omitempty"`
		FontSize  int    `json:"fontSize"`
		Color     string `json:"color"`
	}
	evMarkLine struct {
		Silent    bool           `json:"silent"`
		Symbol    []string       `json:"symbol"`
		Label     evLabel        `json:"label"`
		LineStyle map[string]any `json:"lineStyle"`
		Data      []evLineData   `json:"data"`
	}
	evMarkArea struct {
		Silent    bool             `json:"silent"`
		Label     evLabel          `json:"label"`
		ItemStyle map[string]any   `json:"itemStyle"`
		Data      [][2]evAreaPoint `json:"data"`
	}
)

// evColor is the grey of event marks, distinct from the series palette.
const evColor = "#5f6368"

// evOptions turns marks into the markLine (one-category marks) and
// markArea (longer ones) of a series; nil when there are none of a kind.
func evOptions(marks []evMark) (line *evMarkLine, area *evMarkArea) {
	for _, m := range marks {
		label := locale.Truncate(m.Label, evChartLabelRunes)
		if m.First == m.Last {
			if line == nil {
				line = &evMarkLine{
					Silent: true, Symbol: []string{"none", "none"},
					// "{b}" is the data name; the default would print the x index.
					Label:     evLabel{Show: true, Position: "insideEndTop", Formatter: "{b}", FontSize: 11, Color: evColor},
					LineStyle: map[string]any{"color": evColor, "type": "solid", "width": 1},
				}
			}
			line.Data = append(line.Data, evLineData{Name: label, XAxis: m.First})
			continue
		}
		if area == nil {
			area = &evMarkArea{
				Silent:    true,
				Label:     evLabel{Show: true, Position: "insideTop", FontSize: 11, Color: evColor},
				ItemStyle: map[string]any{"color": "rgba(95,99,104,0.12)"},
			}
		}
		area.Data = append(area.Data, [2]evAreaPoint{{Name: label, XAxis: m.First}, {XAxis: m.Last}})
	}
	return line, area
}

// evAddMarks puts the event marks on a series of a decoded chart option:
// its first line series on the first x axis, whose points sit in the
// middle of each category, or else its first series (beside other bars, a
// bar sits off the middle, and the mark with it, still inside the right
// category).
func evAddMarks(opt map[string]any, marks []evMark) error {
	line, area := evOptions(marks)
	if line == nil && area == nil {
		return nil
	}
	series, _ := opt["series"].([]any)
	if len(series) == 0 {
		return errors.New("event marks: the chart has no series")
	}
	target := 0
	for i, s := range series {
		m, _ := s.(map[string]any)
		if m["type"] == "line" && m["xAxisIndex"] == nil {
			target = i
			break
		}
	}
	first, ok := series[target].(map[string]any)
	if !ok {
		return errors.New("event marks: the series is not an object")
	}
	if line != nil {
		first["markLine"] = line
	}
	if area != nil {
		first["markArea"] = area
	}
	return nil
}

// evJSON is the "events" array of data/metrics.json.
func evJSON(events []Event, from, to time.Time, loc *time.Location) []EventJSON {
	if len(events) == 0 {
		return nil
	}
	out := make([]EventJSON, 0, len(events))
	for _, e := range evSorted(events) {
		j := EventJSON{Date: e.Date.Format(eventDate), Label: e.Label, InPeriod: e.inPeriod(from, to, loc)}
		if !e.End.IsZero() {
			s := e.End.Format(eventDate)
			j.End = &s
		}
		out = append(out, j)
	}
	return out
}

// EventJSON is one event in data/metrics.json. End is null for a one-day
// event; InPeriod is false for an event outside the report period, which
// the charts do not draw.
type EventJSON struct {
	Date     string  `json:"date"` // YYYY-MM-DD
	End      *string `json:"end"`  // YYYY-MM-DD, included
	Label    string  `json:"label"`
	InPeriod bool    `json:"in_period"`
}

// evSection is the summary page's list of events.
func (b *builder) evSection(l *locale.Locale) section {
	from, to := b.res.Period.From, b.res.Period.To
	t := tableView{Caption: l.T("ev.caption"), Head: []headCell{{Text: l.T("ev.head.date")}, {Text: l.T("ev.head.label")}, {Text: l.T("ev.head.charts")}}}
	for _, e := range evSorted(b.meta.Events) {
		when := l.Date(e.Date)
		if !e.End.IsZero() {
			when = l.T("ev.range", l.Date(e.Date), l.Date(e.End))
		}
		drawn := l.T("ev.drawn")
		if !e.inPeriod(from, to, b.loc) {
			drawn = l.T("ev.outside")
		}
		t.Rows = append(t.Rows, []cell{txt(when), {Text: e.Label, Wide: true}, txt(drawn)})
	}
	return section{Heading: l.T("ev.heading"), Intro: l.T("ev.intro"), Tables: []tableView{t}}
}

// evDecode decodes a chart option, keeping numbers as they were written.
func evDecode(opt string) (map[string]any, error) {
	dec := json.NewDecoder(strings.NewReader(opt))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("decode chart option: %w", err)
	}
	return m, nil
}

// evEncode encodes a chart option again. json.Marshal escapes < > & in
// strings, as chartOption does, and sorts map keys, so the output is
// deterministic.
func evEncode(m map[string]any) (string, error) {
	b, err := json.Marshal(m)
	if err != nil {
		return "", fmt.Errorf("encode chart option: %w", err)
	}
	return string(b), nil
}

// evAxisKeys reads the categories of a chart's first x axis, when they are
// all strings.
func evAxisKeys(opt map[string]any) []string {
	axes, _ := opt["xAxis"].([]any)
	if len(axes) == 0 {
		return nil
	}
	ax, _ := axes[0].(map[string]any)
	data, _ := ax["data"].([]any)
	keys := make([]string, 0, len(data))
	for _, d := range data {
		s, ok := d.(string)
		if !ok {
			return nil
		}
		keys = append(keys, s)
	}
	return keys
}

// setOption stores an option string in a chart view, whatever string type
// the view uses for it.
func setOption[T ~string](dst *T, s string) { *dst = T(s) }

// timeExtras adds what --events and --compare bring to a page: the events
// and comparison sections of the summary page, the change of every
// headline figure, and, on every time chart, the event marks and the
// comparison period's series.
func (b *builder) timeExtras(p *pageView) error {
	if len(b.meta.Events) == 0 && b.meta.Compare == nil {
		return nil
	}
	l, err := locale.For(b.meta.Lang)
	if err != nil {
		return err
	}
	if p.Name == "index" {
		if b.meta.Compare != nil {
			p.Sections = append(p.Sections, b.cmpSection(l))
		}
		if len(b.meta.Events) > 0 {
			p.Sections = append(p.Sections, b.evSection(l))
		}
	}
	if b.meta.Compare != nil {
		p.Site.Compare = b.cmpSiteLabel(l)
		if err := b.cmpFigures(l, p); err != nil {
			return err
		}
	}
	for i := range p.Sections {
		for j := range p.Sections[i].Charts {
			if err := b.timeChart(l, &p.Sections[i].Charts[j]); err != nil {
				return fmt.Errorf("chart %s: %w", p.Sections[i].Charts[j].ID, err)
			}
		}
	}
	return nil
}

// timeChart adds the event marks and the comparison to one chart, when it
// is a time chart: one of cmpCharts (monthly, one category per month of
// the report), or any chart whose categories are months, days or ISO weeks
// written "2026-02", "2026-02-14" or "2026-W07".
func (b *builder) timeChart(l *locale.Locale, c *chartView) error {
	spec, known := cmpCharts[c.ID]
	var opt map[string]any
	if c.Missing == "" && c.Option != "" {
		var err error
		if opt, err = evDecode(string(c.Option)); err != nil {
			return err
		}
	}
	keys := b.res.Months
	if !known {
		if opt == nil {
			return nil
		}
		if keys = evAxisKeys(opt); evKeyOf(keys) == nil {
			return nil
		}
	}
	if b.meta.Compare != nil && known {
		if err := b.cmpChart(l, c, opt, spec); err != nil {
			return err
		}
	}
	if opt == nil {
		return nil
	}
	if err := evAddMarks(opt, evPlace(evSorted(b.meta.Events), keys)); err != nil {
		return err
	}
	s, err := evEncode(opt)
	if err != nil {
		return err
	}
	setOption(&c.Option, s)
	return nil
}
