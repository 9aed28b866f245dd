// Package mapped reads exports socialaudit has no built-in format for, as
// a small mapping file describes them (--map FILE, TOML or YAML): which
// column is which canonical field, how dates are written, in which time
// zone, with which delimiter, and which rows are the brand's. Consultants
// use it for inbox-tool exports (Hootsuite, Sprout Social, Agorapulse,
// exportcomments.com) whose columns nobody has published, and for any CSV
// the built-in formats do not know. docs/mapping.md is the reference.
package mapped

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/socialaudit/socialaudit/analyze/internal/field"
	"github.com/socialaudit/socialaudit/analyze/internal/importer"
)

// Mapping is a validated mapping file. It is immutable, so one Mapping
// may decode several files at once.
type Mapping struct {
	file      string // the mapping file's base name
	name      string
	kind      string
	platform  string // constant platform, lower-case; empty when a column holds it
	account   string // constant account; may be empty
	columns   []column
	headerRow int
	layout    *layout     // nil: field.Scan reads the dates
	order     field.Order // with layout nil: the order of slashed dates, or decide per file
	loc       *time.Location
	comma     rune
	// brandColumn and brandValues say which rows are the brand's; empty
	// when a from_brand column or --brand decides.
	brandColumn string
	brandValues []string
}

// column maps one canonical field to the file's header name.
type column struct {
	field  string
	header string
	line   int // in the mapping file
}

// common are the fields every kind may map; the kind's own follow.
var common = []string{"platform", "account"}

// kindFields are the canonical fields of each kind, in the order of the
// analyze.Post, Comment and Daily fields they fill.
var kindFields = map[string][]string{
	"comments": {"id", "post_id", "parent_id", "author_id", "author_name", "from_brand", "created", "text", "hidden", "agent"},
	"posts": {"id", "published", "type", "text", "permalink", "is_reply", "impressions", "reach", "reactions",
		"comments", "shares", "clicks", "hides", "hide_all", "spam_reports", "unlikes"},
	"daily": {"date", "followers", "follows", "unfollows", "hides", "hide_all", "spam_reports", "impressions"},
}

// required are the fields a kind cannot do without; the first is the
// record's id (comments, posts) or date (daily), the last its time.
var required = map[string][]string{
	"comments": {"id", "created"},
	"posts":    {"id", "published"},
	"daily":    {"date"},
}

// timeField is the kind's one date or time column.
var timeField = map[string]string{"comments": "created", "posts": "published", "daily": "date"}

// Parse reads a mapping file: TOML for .toml, YAML for .yaml and .yml, and
// for another extension TOML, then YAML. name is the file's path as given,
// used in the messages. The error lists every problem, each with the file,
// the line where known, and the key.
func Parse(name string, data []byte) (*Mapping, error) {
	var (
		r     *raw
		ls    lines
		probs *problems
		err   error
	)
	switch strings.ToLower(filepath.Ext(name)) {
	case ".toml":
		r, ls, probs, err = readTOML(name, data)
	case ".yaml", ".yml":
		r, ls, probs, err = readYAML(name, data)
	default:
		r, ls, probs, err = readTOML(name, data)
		var tomlErr *syntaxError
		if errors.As(err, &tomlErr) {
			r, ls, probs, err = readYAML(name, data)
			var yamlErr *syntaxError
			if errors.As(err, &yamlErr) {
				return nil, fmt.Errorf("%s is neither TOML nor YAML (name it .toml or .yaml to see only one of these):\n  as TOML: %v\n  as YAML: %v", name, tomlErr, yamlErr)
			}
		}
	}
	if err != nil {
		return nil, err
	}
	if r == nil { // values of the wrong type: nothing to validate
		return nil, probs.err()
	}
	return validate(probs, r, ls)
}

// validate checks every value, reporting every problem with its key.
// p holds the problems found while reading (unknown keys).
func validate(p *problems, r *raw, ls lines) (*Mapping, error) {
	name := p.file
	m := &Mapping{file: filepath.Base(name), name: strings.TrimSpace(r.Name), headerRow: 1}
	if m.name == "" {
		m.name = strings.TrimSuffix(m.file, filepath.Ext(m.file))
	}

	m.kind = strings.ToLower(strings.TrimSpace(r.Kind))
	fields, kindOK := kindFields[m.kind]
	switch {
	case r.Kind == "":
		p.add(0, "kind", "missing: say kind = \"comments\", \"posts\" or \"daily\"")
	case !kindOK:
		p.add(ls.of("kind"), "kind", "%q is not a kind (want posts, comments or daily)", r.Kind)
	}

	if r.HeaderRow != nil {
		m.headerRow = *r.HeaderRow
		if m.headerRow < 1 || m.headerRow > importer.MatchRows {
			// The formats are recognised on the first MatchRows records.
			p.add(ls.of("header_row"), "header_row", "%d is out of range: the header must be one of the first %d rows (1 is the first)", *r.HeaderRow, importer.MatchRows)
		}
	}

	if r.DateLayout != "" && r.DateOrder != "" {
		p.add(ls.of("date_order"), "date_order", "give date_layout or date_order, not both: the layout already says where the day and the month are")
	}
	if r.DateLayout != "" {
		l, err := parseLayout(r.DateLayout)
		if err != nil {
			p.add(ls.of("date_layout"), "date_layout", "%v", err)
		}
		m.layout = l
	}
	if r.DateOrder != "" {
		switch o, err := field.ParseOrder(r.DateOrder); {
		case err != nil:
			p.add(ls.of("date_order"), "date_order", "%q is not a date order (want dmy for 25/03/2026 or mdy for 03/25/2026)", r.DateOrder)
		default:
			m.order = o
		}
	}

	if tz := strings.TrimSpace(r.TimeZone); tz != "" {
		loc, err := time.LoadLocation(tz)
		// "Local" is whatever machine runs the report: not a property
		// of the export.
		if err != nil || tz == "Local" {
			p.add(ls.of("time_zone"), "time_zone", "%q is not a time zone (want an IANA name such as \"Europe/Paris\", \"America/New_York\" or \"UTC\")", r.TimeZone)
		} else {
			m.loc = loc
		}
	}

	if r.Delimiter != nil {
		switch d := *r.Delimiter; d {
		case ",", ";", "|":
			m.comma = rune(d[0])
		case "\t", `\t`, "tab", "TAB", "Tab":
			m.comma = '\t'
		case "":
			p.add(ls.of("delimiter"), "delimiter", "is empty (want \",\", \";\", \"\\t\" for a tab, or \"|\"; in YAML, put it in quotes: delimiter: \"|\")")
		default:
			p.add(ls.of("delimiter"), "delimiter", "%q is not a delimiter (want \",\", \";\", \"\\t\" for a tab, or \"|\")", d)
		}
	}

	// Columns, in the canonical order of the kind so that messages and
	// Match are deterministic whatever the file's order.
	byHeader := map[string]string{}
	allowed := append(append([]string(nil), common...), fields...)
	for k := range r.Columns {
		if kindOK && !contains(allowed, k) {
			p.add(ls.of("columns", k), "columns."+k, "%q is not a field of %s (the fields are %s)", k, m.kind, strings.Join(allowed, ", "))
		}
	}
	for _, f := range allowed {
		h, ok := r.Columns[f]
		if !ok {
			continue
		}
		line := ls.of("columns", f)
		if strings.TrimSpace(h) == "" {
			p.add(line, "columns."+f, "the column name is empty")
			continue
		}
		n := importer.Norm(h)
		if other, dup := byHeader[n]; dup {
			p.add(line, "columns."+f, "column %q is already mapped to %s; a column can be mapped once", h, other)
			continue
		}
		byHeader[n] = f
		m.columns = append(m.columns, column{field: f, header: h, line: line})
	}
	if kindOK {
		var missing []string
		for _, f := range required[m.kind] {
			if _, ok := r.Columns[f]; !ok {
				missing = append(missing, f)
			}
		}
		if len(missing) > 0 {
			p.add(ls.of("columns"), "columns", "%s needs the %s %s: map %s to the file's column names", m.kind, plural("field", len(missing)), strings.Join(missing, " and "), it(len(missing)))
		}
	}

	m.platform = strings.ToLower(strings.TrimSpace(r.Platform))
	_, platformColumn := r.Columns["platform"]
	switch {
	case m.platform != "" && platformColumn:
		p.add(ls.of("platform"), "platform", "give platform or columns.platform, not both")
	case m.platform == "" && !platformColumn:
		p.add(ls.of("platform"), "platform", "missing: say platform = \"facebook\" (or instagram, x, linkedin...) or map the column that holds it in columns.platform")
	}
	m.account = strings.TrimSpace(r.Account)
	if _, ok := r.Columns["account"]; ok && m.account != "" {
		p.add(ls.of("account"), "account", "give account or columns.account, not both")
	}

	if b := r.Brand; b != nil {
		line := ls.of("brand")
		switch {
		case kindOK && m.kind != "comments":
			p.add(line, "brand", "only comments have authors: a %s export is the brand's own", m.kind)
		case r.Columns["from_brand"] != "":
			p.add(line, "brand", "give brand or columns.from_brand, not both")
		}
		m.brandColumn = strings.TrimSpace(b.Column)
		if m.brandColumn == "" {
			p.add(ls.of("brand", "column"), "brand.column", "missing: name the column that tells the brand's rows (an author or direction column)")
		}
		for _, v := range b.Values {
			if strings.TrimSpace(v) == "" {
				p.add(ls.of("brand", "values"), "brand.values", "a value is empty")
				continue
			}
			m.brandValues = append(m.brandValues, importer.Norm(v))
		}
		if len(b.Values) == 0 {
			of := ""
			if m.brandColumn != "" {
				of = fmt.Sprintf(" of %q", m.brandColumn)
			}
			p.add(ls.of("brand", "values"), "brand.values", "missing: list the values%s that mark the brand's rows", of)
		}
	}

	if err := p.err(); err != nil {
		return nil, err
	}
	return m, nil
}

func plural(s string, n int) string {
	if n == 1 {
		return s
	}
	return s + "s"
}

func it(n int) string {
	if n == 1 {
		return "it"
	}
	return "them"
}

// Name returns the mapping's name, as the mapping file gives it (or the
// file's base name without extension).
func (m *Mapping) Name() string { return m.name }

// Comma returns the delimiter the mapping file imposes, or 0 when it lets
// the reader sniff it.
func (m *Mapping) Comma() rune { return m.comma }

// Kind returns "posts", "comments" or "daily".
func (m *Mapping) Kind() string { return m.kind }

// HeaderRow returns the 1-based record index of the header row.
func (m *Mapping) HeaderRow() int { return m.headerRow }

// Format returns the mapping as a format the registry tries like the
// built-in ones (before them).
func (m *Mapping) Format() importer.Format {
	return importer.Format{
		ID:     "map:" + m.file,
		Name:   m.name + " (mapping file " + m.file + ")",
		Kind:   m.kind,
		Match:  m.match,
		Decode: m.decode,
	}
}
