package mapped

import (
	"fmt"
	"strings"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/analyze/internal/field"
	"github.com/socialaudit/socialaudit/analyze/internal/importer"
	"github.com/socialaudit/socialaudit/analyze/internal/table"
)

// wanted returns the header names the file must have: every mapped column
// and the brand column.
func (m *Mapping) wanted() []string {
	var out []string
	seen := map[string]bool{}
	for _, c := range m.columns {
		out = append(out, c.header)
		seen[importer.Norm(c.header)] = true
	}
	if m.brandColumn != "" && !seen[importer.Norm(m.brandColumn)] {
		out = append(out, m.brandColumn)
	}
	return out
}

// match recognises a file whose header row holds every mapped column.
func (m *Mapping) match(head []table.Record) importer.Match {
	if len(head) < m.headerRow {
		return importer.Match{Missing: m.wanted()}
	}
	return importer.NewHeader(head[m.headerRow-1].Fields).Score(m.wanted())
}

// decode reads the rows below the header row. The mapping is shared, so
// everything that belongs to one file lives in this call.
func (m *Mapping) decode(f *importer.File) error {
	if m.comma != 0 && f.Table.Comma != m.comma {
		// Reading on with another delimiter would mis-split every row.
		return fmt.Errorf("the mapping file %s says the delimiter is %s, but the file was read with %s (the reader must open it with the mapping's delimiter)",
			m.file, commaName(m.comma), commaName(f.Table.Comma))
	}
	head, err := f.Table.Peek(m.headerRow)
	if err != nil {
		return err
	}
	if len(head) < m.headerRow {
		return fmt.Errorf("the file has no row %d for the header that the mapping file %s expects there", m.headerRow, m.file)
	}
	h := importer.NewHeader(head[m.headerRow-1].Fields)
	idx := map[string]int{}
	used := map[int]bool{}
	for _, c := range m.columns {
		i := h.Index(c.header)
		if i < 0 {
			return fmt.Errorf("the header has no column %q, which the mapping file %s maps to %s", c.header, m.file, c.field)
		}
		idx[c.field] = i
		used[i] = true
	}
	brand := -1
	if m.brandColumn != "" {
		if brand = h.Index(m.brandColumn); brand < 0 {
			return fmt.Errorf("the header has no column %q, which the mapping file %s names in brand.column", m.brandColumn, m.file)
		}
		used[brand] = true
	}
	for i, n := range h.Names {
		if !used[i] && strings.TrimSpace(n) != "" {
			f.Input.IgnoredColumns = append(f.Input.IgnoredColumns, n)
		}
	}

	if m.loc != nil {
		zone := m.loc.String()
		if f.Opts.ZoneGiven && f.Loc.String() != zone {
			f.Note("times without a UTC offset are read in %s, as the mapping file %s says (time_zone), not in %s (--tz)", zone, m.file, f.Loc)
		} else {
			f.Note("times without a UTC offset are read in %s, as the mapping file %s says (time_zone)", zone, m.file)
		}
		f.Loc = m.loc
	}
	if _, ok := idx["from_brand"]; m.kind == "comments" && m.brandColumn == "" && !ok {
		f.Note("the mapping file %s does not say which messages are the brand's: --brand decides", m.file)
	}

	d := &decoder{m: m, f: f, h: h, idx: idx, brand: brand}
	f.Columns = h.Names
	err = f.Rows(m.headerRow, d.row)
	if err != nil {
		return err
	}
	switch {
	case m.layout != nil && d.laidOut > 0:
		f.Note("dates read with the date_layout %q of the mapping file %s", m.layout.text, m.file)
		if m.layout.order != field.OrderUnknown {
			f.Input.DateOrder = m.layout.order.String()
		}
	case m.layout == nil && m.order != field.OrderUnknown && d.slashed > 0:
		f.Input.DateOrder = m.order.String()
		how := ""
		if f.Opts.DateOrder != field.OrderUnknown && f.Opts.DateOrder != m.order {
			how = fmt.Sprintf(", not %s as --date-order says", f.Opts.DateOrder)
		}
		f.Note("dates with slashes read %s, as the mapping file %s says (date_order)%s", m.order.Long(), m.file, how)
	}
	return nil
}

func commaName(c rune) string {
	switch c {
	case ',':
		return `","`
	case ';':
		return `";"`
	case '\t':
		return "a tab"
	case '|':
		return `"|"`
	}
	return fmt.Sprintf("%q", c)
}

// decoder reads the rows of one file.
type decoder struct {
	m     *Mapping
	f     *importer.File
	h     importer.Header
	idx   map[string]int
	brand int
	// laidOut and slashed count the values read with the layout and the
	// slashed dates put in the mapping's order, for the notes.
	laidOut, slashed int
}

// cell returns the cell of a canonical field, and whether it is mapped.
func (d *decoder) cell(rec table.Record, f string) (string, bool) {
	i, ok := d.idx[f]
	if !ok {
		return "", false
	}
	return importer.Cell(rec, i), true
}

// col is the file's own name of a field's column, for rejections.
func (d *decoder) col(f string) string {
	if i, ok := d.idx[f]; ok {
		return d.h.Names[i]
	}
	return f
}

// id returns a required identifier cell, trimmed.
func (d *decoder) id(rec table.Record, f string) (string, *importer.Rejection) {
	s, _ := d.cell(rec, f)
	s = strings.TrimSpace(s)
	if s == "" {
		return "", importer.Rejectf(d.col(f), "required value is empty")
	}
	return s, nil
}

// text returns an optional text cell ("" when unmapped or empty).
func (d *decoder) text(rec table.Record, f string) string {
	s, _ := d.cell(rec, f)
	return s
}

// platform returns the row's platform, lower-case.
func (d *decoder) platform(rec table.Record) (string, *importer.Rejection) {
	if d.m.platform != "" {
		return d.m.platform, nil
	}
	s, _ := d.cell(rec, "platform")
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return "", importer.Rejectf(d.col("platform"), "required value is empty")
	}
	return s, nil
}

func (d *decoder) account(rec table.Record) string {
	if d.m.account != "" {
		return d.m.account
	}
	s, _ := d.cell(rec, "account")
	return strings.TrimSpace(s)
}

// count reads a counter; an unmapped or empty cell is unknown, never 0.
func (d *decoder) count(rec table.Record, f string, dst *analyze.Count) *importer.Rejection {
	s, ok := d.cell(rec, f)
	if !ok {
		return nil
	}
	n, err := field.Count(s)
	if err != nil {
		return importer.Rejectf(d.col(f), "%v", err)
	}
	*dst = n
	return nil
}

// flag reads a yes/no cell; unmapped or empty is unknown.
func (d *decoder) flag(rec table.Record, f string, dst *analyze.Flag) *importer.Rejection {
	s, ok := d.cell(rec, f)
	if !ok {
		return nil
	}
	v, err := parseFlag(s)
	if err != nil {
		return importer.Rejectf(d.col(f), "%v", err)
	}
	*dst = v
	return nil
}

// parseFlag reads true/false, yes/no, 1/0 or oui/non in any case; an empty
// cell is unknown.
func parseFlag(s string) (analyze.Flag, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	switch t {
	case "":
		return analyze.FlagUnknown, nil
	case "true", "yes", "1", "oui":
		return analyze.FlagYes, nil
	case "false", "no", "0", "non":
		return analyze.FlagNo, nil
	}
	return analyze.FlagUnknown, fmt.Errorf("%q is not a yes/no value (want true/false, yes/no, 1/0 or oui/non)", strings.TrimSpace(s))
}

// when returns the row's time cell as the text File.Add* reads: with a
// date_layout, the value parsed and rewritten in ISO form (File.Add* know
// only field.Scan's layouts); with a date_order, slashed dates rewritten
// in ISO form in that order; else the cell as it is, whose order the file
// decides.
func (d *decoder) when(rec table.Record) (string, *importer.Rejection) {
	f := timeField[d.m.kind]
	s, _ := d.cell(rec, f)
	if field.Unknown(s) {
		return "", importer.Rejectf(d.col(f), "required value is empty")
	}
	switch {
	case d.m.layout != nil:
		iso, err := d.m.layout.parse(s)
		if err != nil {
			return "", importer.Rejectf(d.col(f), "%v", err)
		}
		d.laidOut++
		return iso, nil
	case d.m.order != field.OrderUnknown:
		st, err := field.Scan(s)
		if err != nil {
			return "", importer.Rejectf(d.col(f), "%v", err)
		}
		if !st.Slashed {
			return s, nil
		}
		day, err := st.Date(d.m.order)
		if err != nil {
			return "", importer.Rejectf(d.col(f), "%q is not a valid date read %s, as the mapping file says: %v", strings.TrimSpace(s), d.m.order.Long(), err)
		}
		d.slashed++
		return isoStamp(st, day.Format("2006-01-02")), nil
	}
	return s, nil
}

// isoStamp writes a scanned stamp whose date is day in the ISO form
// field.Scan reads back to the same stamp.
func isoStamp(st field.Stamp, day string) string {
	if !st.HasTime {
		return day
	}
	s := fmt.Sprintf("%s %02d:%02d:%02d", day, st.Hour, st.Min, st.Sec)
	if st.Nsec > 0 {
		s += fmt.Sprintf(".%09d", st.Nsec)
	}
	if st.HasOffset {
		off, sign := st.Offset, '+'
		if off < 0 {
			off, sign = -off, '-'
		}
		s += fmt.Sprintf("%c%02d:%02d", sign, off/3600, off%3600/60)
	}
	return s
}

// row turns one data row into a record or a rejection.
func (d *decoder) row(rec table.Record) *importer.Rejection {
	if r := importer.Width(rec, d.h.Len()); r != nil {
		return r
	}
	switch d.m.kind {
	case "comments":
		return d.comment(rec)
	case "posts":
		return d.post(rec)
	default:
		return d.day(rec)
	}
}

func (d *decoder) comment(rec table.Record) *importer.Rejection {
	id, r := d.id(rec, "id")
	if r != nil {
		return r
	}
	platform, r := d.platform(rec)
	if r != nil {
		return r
	}
	c := analyze.Comment{
		Platform:   platform,
		Account:    d.account(rec),
		ID:         id,
		PostID:     strings.TrimSpace(d.text(rec, "post_id")),
		ParentID:   strings.TrimSpace(d.text(rec, "parent_id")),
		AuthorID:   strings.TrimSpace(d.text(rec, "author_id")),
		AuthorName: strings.TrimSpace(d.text(rec, "author_name")),
		Text:       d.text(rec, "text"),
		Agent:      strings.TrimSpace(d.text(rec, "agent")),
	}
	if r := d.flag(rec, "from_brand", &c.FromBrand); r != nil {
		return r
	}
	if r := d.flag(rec, "hidden", &c.Hidden); r != nil {
		return r
	}
	if d.brand >= 0 {
		// An empty cell says nothing of the author: --brand decides.
		if v := importer.Cell(rec, d.brand); strings.TrimSpace(v) != "" {
			c.FromBrand = analyze.FlagNo
			if contains(d.m.brandValues, importer.Norm(v)) {
				c.FromBrand = analyze.FlagYes
			}
		}
	}
	raw, r := d.when(rec)
	if r != nil {
		return r
	}
	return d.f.AddComment(c, d.col("created"), raw, rec.Line)
}

func (d *decoder) post(rec table.Record) *importer.Rejection {
	id, r := d.id(rec, "id")
	if r != nil {
		return r
	}
	platform, r := d.platform(rec)
	if r != nil {
		return r
	}
	p := analyze.Post{
		Platform:  platform,
		Account:   d.account(rec),
		ID:        id,
		Type:      strings.TrimSpace(d.text(rec, "type")),
		Text:      d.text(rec, "text"),
		Permalink: strings.TrimSpace(d.text(rec, "permalink")),
	}
	counts := []struct {
		f   string
		dst *analyze.Count
	}{
		{"impressions", &p.Impressions}, {"reach", &p.Reach}, {"reactions", &p.Reactions},
		{"comments", &p.Comments}, {"shares", &p.Shares}, {"clicks", &p.Clicks},
		{"hides", &p.Hides}, {"hide_all", &p.HideAll}, {"spam_reports", &p.SpamReports}, {"unlikes", &p.Unlikes},
	}
	for _, c := range counts {
		if r := d.count(rec, c.f, c.dst); r != nil {
			return r
		}
	}
	// An is_reply column says it; without one (or with its cell empty), a
	// type of "reply" does (records.go).
	var reply analyze.Flag
	if r := d.flag(rec, "is_reply", &reply); r != nil {
		return r
	}
	switch reply {
	case analyze.FlagYes:
		p.IsReply = true
	case analyze.FlagUnknown:
		p.IsReply = strings.EqualFold(p.Type, "reply")
	}
	raw, r := d.when(rec)
	if r != nil {
		return r
	}
	return d.f.AddPost(p, d.col("published"), raw, rec.Line)
}

func (d *decoder) day(rec table.Record) *importer.Rejection {
	platform, r := d.platform(rec)
	if r != nil {
		return r
	}
	x := analyze.Daily{Platform: platform, Account: d.account(rec)}
	counts := []struct {
		f   string
		dst *analyze.Count
	}{
		{"followers", &x.Followers}, {"follows", &x.Follows}, {"unfollows", &x.Unfollows},
		{"hides", &x.Hides}, {"hide_all", &x.HideAll}, {"spam_reports", &x.SpamReports},
		{"impressions", &x.Impressions},
	}
	for _, c := range counts {
		if r := d.count(rec, c.f, c.dst); r != nil {
			return r
		}
	}
	raw, r := d.when(rec)
	if r != nil {
		return r
	}
	return d.f.AddDaily(x, d.col("date"), raw, rec.Line)
}
