package mapped

import (
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/analyze/internal/importer"
)

// A TOML file with one problem of each kind: every problem is reported at
// once, in file order, each with its line and key.
func TestParseTOMLProblems(t *testing.T) {
	src := `name = "Broken"
kind = "comments"
time_zon = "UTC"
header_row = 9
date_layout = "DD/MM/YYY"
time_zone = "Europe/Pari"
delimiter = ":"
[columns]
id = "ID"
creted = "Date"
author_id = "author"
author_name = "Author"
[brand]
colum = "Author"
values = []
`
	_, err := Parse("bad.toml", []byte(src))
	want := []string{
		`bad.toml:3: time_zon: unknown key (the keys at the top level are name, kind, platform, account, header_row, date_layout, date_order, time_zone, delimiter, columns, brand)`,
		`bad.toml:4: header_row: 9 is out of range: the header must be one of the first 5 rows (1 is the first)`,
		`bad.toml:5: date_layout: "DD/MM/YYY" has 'Y', which is not a token (tokens: YYYY YY MMMM MMM MM M DD D dddd ddd HH H hh h mm m ss s A Z ZZ; put other letters in [brackets])`,
		`bad.toml:6: time_zone: "Europe/Pari" is not a time zone (want an IANA name such as "Europe/Paris", "America/New_York" or "UTC")`,
		`bad.toml:7: delimiter: ":" is not a delimiter (want ",", ";", "\t" for a tab, or "|")`,
		`bad.toml:8: columns: comments needs the field created: map it to the file's column names`,
		`bad.toml:10: columns.creted: "creted" is not a field of comments (the fields are platform, account, id, post_id, parent_id, author_id, author_name, from_brand, created, text, hidden, agent)`,
		`bad.toml:12: columns.author_name: column "Author" is already mapped to author_id; a column can be mapped once`,
		`bad.toml:13: brand.column: missing: name the column that tells the brand's rows (an author or direction column)`,
		`bad.toml:14: brand.colum: unknown key (the keys in brand are column, values)`,
		`bad.toml:15: brand.values: missing: list the values that mark the brand's rows`,
		`bad.toml: platform: missing: say platform = "facebook" (or instagram, x, linkedin...) or map the column that holds it in columns.platform`,
	}
	checkErr(t, err, want)
}

// The same problems in YAML, with YAML's own ways to be wrong.
func TestParseYAMLProblems(t *testing.T) {
	src := `name: Broken
kind: comments
time_zon: UTC
header_row: 0
date_layout: hh:mm DD/MM/YYYY
time_zone: Mars/Olympus
delimiter: ":"
columns:
  id: ID
  creted: Date
  author_id: author
  author_name: Author
brand:
  colum: Author
`
	_, err := Parse("bad.yaml", []byte(src))
	want := []string{
		`bad.yaml:3: time_zon: unknown key (the keys at the top level are name, kind, platform, account, header_row, date_layout, date_order, time_zone, delimiter, columns, brand)`,
		`bad.yaml:4: header_row: 0 is out of range: the header must be one of the first 5 rows (1 is the first)`,
		`bad.yaml:5: date_layout: "hh:mm DD/MM/YYYY" has a 12-hour clock (hh) without A for AM/PM; use HH for a 24-hour clock`,
		`bad.yaml:6: time_zone: "Mars/Olympus" is not a time zone (want an IANA name such as "Europe/Paris", "America/New_York" or "UTC")`,
		`bad.yaml:7: delimiter: ":" is not a delimiter (want ",", ";", "\t" for a tab, or "|")`,
		`bad.yaml:8: columns: comments needs the field created: map it to the file's column names`,
		`bad.yaml:10: columns.creted: "creted" is not a field of comments (the fields are platform, account, id, post_id, parent_id, author_id, author_name, from_brand, created, text, hidden, agent)`,
		`bad.yaml:12: columns.author_name: column "Author" is already mapped to author_id; a column can be mapped once`,
		`bad.yaml:13: brand.column: missing: name the column that tells the brand's rows (an author or direction column)`,
		`bad.yaml:13: brand.values: missing: list the values that mark the brand's rows`,
		`bad.yaml:14: brand.colum: unknown key (the keys in brand are column, values)`,
		`bad.yaml: platform: missing: say platform = "facebook" (or instagram, x, linkedin...) or map the column that holds it in columns.platform`,
	}
	checkErr(t, err, want)
}

func checkErr(t *testing.T, err error, want []string) {
	t.Helper()
	if err == nil {
		t.Fatal("no error")
	}
	got := strings.Split(err.Error(), "\n")
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// One problem per case, in both syntaxes where it applies.
func TestParseOneProblem(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"kind.toml", "kind = \"replies\"\nplatform = \"x\"\n", `kind.toml:1: kind: "replies" is not a kind (want posts, comments or daily)`},
		{"kind.yaml", "platform: x\nkind: Replies\n", `kind.yaml:2: kind: "Replies" is not a kind (want posts, comments or daily)`},
		{"type.toml", "kind = \"daily\"\nheader_row = \"2\"\n", `type.toml:2: header_row: incompatible types: TOML value has type string; destination has type integer`},
		{"type.yaml", "kind: daily\nheader_row: two\n", `type.yaml:2: header_row: want a whole number, found a text "two"`},
		{"syntax.toml", "kind = posts\n", `syntax.toml:1: not valid TOML: expected value but found "posts" instead`},
		{"syntax.yaml", "kind: [posts\n", `syntax.yaml:1: not valid YAML: did not find expected ',' or ']'`},
		{"list.yaml", "- kind\n- posts\n", `list.yaml:1: a mapping file is a set of keys (name, kind, columns...), not a list`},
		{"dup.yaml", "kind: daily\nkind: posts\n", `dup.yaml:2: mapping key "kind" already defined at line 1`},
		{"inline.toml", "kind = \"comments\"\nplatform = \"x\"\ncolumns = { id = \"a\", created = \"b\" }\nbrand = { column = \"A\", valus = [\"x\"] }\n",
			"inline.toml:4: brand.valus: unknown key (the keys in brand are column, values)\ninline.toml:4: brand.values: missing: list the values of \"A\" that mark the brand's rows"},
		{"both.toml", "kind = \"daily\"\nplatform = \"x\"\ndate_order = \"dmy\"\ndate_layout = \"DD/MM/YYYY\"\n[columns]\ndate = \"d\"\n",
			`both.toml:3: date_order: give date_layout or date_order, not both: the layout already says where the day and the month are`},
		{"order.yaml", "kind: daily\nplatform: x\ndate_order: ymd\ncolumns: {date: d}\n", `order.yaml:3: date_order: "ymd" is not a date order (want dmy for 25/03/2026 or mdy for 03/25/2026)`},
		{"posts.toml", "kind = \"posts\"\nplatform = \"x\"\n[columns]\ntext = \"t\"\n", `posts.toml:3: columns: posts needs the fields id and published: map them to the file's column names`},
		{"daily.yaml", "kind: daily\nplatform: x\ncolumns:\n  followers: f\n", `daily.yaml:3: columns: daily needs the field date: map it to the file's column names`},
		{"brandposts.yaml", "kind: posts\nplatform: x\ncolumns: {id: a, published: b}\nbrand: {column: c, values: [x]}\n", `brandposts.yaml:4: brand: only comments have authors: a posts export is the brand's own`},
		{"twice.toml", "kind = \"comments\"\nplatform = \"x\"\n[columns]\nid = \"a\"\ncreated = \"b\"\nfrom_brand = \"c\"\n[brand]\ncolumn = \"d\"\nvalues = \"x\"\n", `twice.toml:7: brand: give brand or columns.from_brand, not both`},
		{"plat.toml", "kind = \"daily\"\nplatform = \"x\"\n[columns]\ndate = \"d\"\nplatform = \"p\"\n", `plat.toml:2: platform: give platform or columns.platform, not both`},
		{"empty.yaml", "kind: daily\nplatform: x\ncolumns:\n  date: \"\"\n", "empty.yaml:4: columns.date: the column name is empty"},
		{"field.yaml", "kind: daily\nplatform: x\ncolumns:\n  date: d\n  reach: r\n", `field.yaml:5: columns.reach: "reach" is not a field of daily (the fields are platform, account, date, followers, follows, unfollows, hides, hide_all, spam_reports, impressions)`},
		{"local.toml", "kind = \"daily\"\nplatform = \"x\"\ntime_zone = \"Local\"\n[columns]\ndate = \"d\"\n", `local.toml:3: time_zone: "Local" is not a time zone (want an IANA name such as "Europe/Paris", "America/New_York" or "UTC")`},
		{"either.conf", "kind: [posts\n", "either.conf is neither TOML nor YAML (name it .toml or .yaml to see only one of these):\n  as TOML: either.conf:1: not valid TOML: expected '.' or '=', but got ':' instead\n  as YAML: either.conf:1: not valid YAML: did not find expected ',' or ']'"},
		{"case.toml", "Kind = \"daily\"\nplatform = \"x\"\n[columns]\ndate = \"d\"\n", "case.toml:1: Kind: unknown key (the keys at the top level are name, kind, platform, account, header_row, date_layout, date_order, time_zone, delimiter, columns, brand)"},
		{"pipe.yaml", "kind: daily\nplatform: x\ndelimiter: |\ncolumns: {date: d}\n", `pipe.yaml:3: delimiter: is empty (want ",", ";", "\t" for a tab, or "|"; in YAML, put it in quotes: delimiter: "|")`},
		{"list.yml", "kind: daily\nplatform: x\ncolumns: [date]\n", "list.yml:3: columns: want a table of field = column name, found a list"},
		{"unknown.toml", "kind = \"daily\"\nplatform = \"x\"\n[columns]\ndate = \"d\"\n[extra]\na = 1\nb = 2\n", "unknown.toml:5: extra: unknown key (the keys at the top level are name, kind, platform, account, header_row, date_layout, date_order, time_zone, delimiter, columns, brand)"},
	}
	for _, c := range cases {
		_, err := Parse(c.name, []byte(c.src))
		if err == nil || err.Error() != c.want {
			t.Errorf("%s:\ngot  %v\nwant %s", c.name, err, c.want)
		}
	}
}

// Good files: defaults, delimiters spelled several ways, and a file whose
// extension says nothing, tried as TOML then YAML.
func TestParseGood(t *testing.T) {
	cases := []struct {
		name, src string
		comma     rune
	}{
		{"tab.toml", "kind = \"daily\"\nplatform = \"x\"\ndelimiter = \"\\t\"\n[columns]\ndate = \"d\"\n", '\t'},
		{"tab.yaml", "kind: daily\nplatform: x\ndelimiter: \\t\ncolumns: {date: d}\n", '\t'},
		{"tab2.yml", "kind: daily\nplatform: x\ndelimiter: tab\ncolumns: {date: d}\n", '\t'},
		{"pipe.map", "kind = \"daily\"\nplatform = \"x\"\ndelimiter = \"|\"\n[columns]\ndate = \"d\"\n", '|'},
		{"semi.map", "kind: daily\nplatform: x\ndelimiter: ';'\ncolumns: {date: d}\n", ';'},
		{"none", "kind: daily\nplatform: x\ncolumns: {date: d}\n", 0},
	}
	for _, c := range cases {
		m, err := Parse(c.name, []byte(c.src))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if m.Comma() != c.comma || m.HeaderRow() != 1 || m.Kind() != "daily" {
			t.Errorf("%s: comma %q header %d kind %s", c.name, m.Comma(), m.HeaderRow(), m.Kind())
		}
	}
	m, err := Parse("exports/sprout.v2.toml", []byte("kind = \"daily\"\nplatform = \"x\"\n[columns]\ndate = \"d\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if m.Name() != "sprout.v2" || m.Format().ID != "map:sprout.v2.toml" || m.Format().Name != "sprout.v2 (mapping file sprout.v2.toml)" {
		t.Errorf("name %q id %q", m.Name(), m.Format().ID)
	}
}

// The token syntax, value by value.
func TestLayout(t *testing.T) {
	ok := []struct{ layout, value, want string }{
		{"DD/MM/YYYY HH:mm", "25/03/2026 14:05", "2026-03-25 14:05:00"},
		{"DD/MM/YYYY HH:mm", " 25/03/2026 9:05 ", "2026-03-25 09:05:00"},
		{"D/M/YY", "5/3/26", "2026-03-05"},
		{"YYYY-MM-DD hh:mm:ss A", "2026-03-25 02:05:09 pm", "2026-03-25 14:05:09"},
		{"M/D/YYYY h:mm A", "3/25/2026 12:05 a.m.", "2026-03-25 00:05:00"},
		{"MMM D, YYYY H:mm", "Mar 5, 2026 7:30", "2026-03-05 07:30:00"},
		{"dddd D MMMM YYYY", "Thursday 5 March 2026", "2026-03-05"},
		{"YYYY-MM-DDTHH:mm:ssZ", "2026-03-25T14:05:09+01:00", "2026-03-25T14:05:09+01:00"},
		{"YYYY-MM-DDTHH:mm:ssZ", "2026-03-25T14:05:09Z", "2026-03-25T14:05:09Z"},
		{"YYYYMMDD HHmm ZZ", "20260325 1405 -0500", "2026-03-25T14:05:00-05:00"},
		{"DD.MM.YYYY [à] HH[h]mm", "25.03.2026 à 14h05", "2026-03-25 14:05:00"},
		{"DD/MM/YYYY HH:mm:ss", "25/03/2026 14:05:09.250", "2026-03-25 14:05:09.25"},
		{"DD_MM_YYYY", "25_03_2026", "2026-03-25"},
	}
	for _, c := range ok {
		l, err := parseLayout(c.layout)
		if err != nil {
			t.Errorf("parseLayout(%q): %v", c.layout, err)
			continue
		}
		got, err := l.parse(c.value)
		if err != nil || got != c.want {
			t.Errorf("%q with %q = %q, %v; want %q", c.value, c.layout, got, err, c.want)
		}
	}
	badLayouts := map[string]string{
		"":                   "is empty",
		"DD/MM":              `"DD/MM" needs a year (YYYY or YY), a month (MM, M, MMM or MMMM) and a day (DD or D)`,
		"DD/MM/YYYY 10:mm":   `has a digit '1'`,
		"DD/MM/YYYY at HH":   `has 'a', which is not a token`,
		"DD/MM/YYYY HH A":    `has A (AM/PM) without a 12-hour clock (hh or h)`,
		"DD/MM/YYYY mm":      `has minutes without an hour`,
		"DD/MM/YYYY HH:ss":   `has seconds without minutes`,
		"DD/MM/YYYY Z":       `has a UTC offset (Z) without a time`,
		"DD/MM/YYYY [Jan]":   `has literal text that would be read as part of the date`,
		"DD/MM/YYYY_D":       `has two tokens for the same thing (DD and D)`,
		"YYYY/MM/DD [9am":    `has a [ without its ]`,
		"YYYY-MM-DD [PM]":    `has literal text that would be read as part of the date`,
		"YYYY-MM-DD [1]":     `has digits in its literal text [1]`,
		"YYYY-MM-D_D":        `has two tokens for the same thing (D and D)`,
		"YYYY-MM-_D HH:mm":   `has literal text that would be read as part of the date`,
		"YYYY-MM-DD hh:mm A": "",
	}
	for layout, want := range badLayouts {
		_, err := parseLayout(layout)
		if want == "" {
			if err != nil {
				t.Errorf("parseLayout(%q): %v", layout, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("parseLayout(%q) = %v, want %q", layout, err, want)
		}
	}
	l, _ := parseLayout("DD/MM/YYYY HH:mm")
	for value, want := range map[string]string{
		"25/03/2026":       `"25/03/2026" does not match the date_layout "DD/MM/YYYY HH:mm"`,
		"32/03/2026 10:00": `"32/03/2026 10:00" does not match the date_layout "DD/MM/YYYY HH:mm" (day out of range)`,
		"25/03/2026 24:00": `"25/03/2026 24:00" does not match the date_layout "DD/MM/YYYY HH:mm" (hour out of range)`,
		"25/03/1899 10:00": `"25/03/1899 10:00" is before 1900`,
	} {
		if _, err := l.parse(value); err == nil || err.Error() != want {
			t.Errorf("parse(%q) = %v, want %s", value, err, want)
		}
	}
}

// The example of docs/mapping.md's README section parses, and the
// testdata mappings keep working (the CLI tests use inbox.toml).
func TestDocsExamples(t *testing.T) {
	doc, err := os.ReadFile("../../docs/mapping.md")
	if err != nil {
		t.Skip("docs/mapping.md not found")
	}
	blocks := fenced(string(doc))
	n := 0
	for i, b := range blocks {
		var name string
		switch b.lang {
		case "toml":
			name = "doc.toml"
		case "yaml":
			name = "doc.yaml"
		default:
			continue
		}
		if strings.Contains(b.text, "# not a complete mapping") {
			continue
		}
		n++
		if _, err := Parse(name, []byte(b.text)); err != nil {
			t.Errorf("docs/mapping.md block %d (%s): %v", i, b.lang, err)
		}
	}
	if n < 3 {
		t.Errorf("only %d complete mappings found in docs/mapping.md", n)
	}
	// The README example decodes its own CSV excerpt.
	readme := section(string(doc), "## README example")
	var m *Mapping
	var csv string
	for _, b := range fenced(readme) {
		switch b.lang {
		case "toml":
			if m, err = Parse("inbox.toml", []byte(b.text)); err != nil {
				t.Fatal(err)
			}
		case "csv":
			csv = b.text
		}
	}
	if m == nil || csv == "" {
		t.Fatal("the README example needs a toml and a csv block")
	}
	f, err := decodeWith(t, m, "inbox.csv", []byte(csv), importer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if f.Input.Rows != 2 || f.Input.Used != 2 || f.Comments[0].FromBrand != analyze.FlagNo || f.Comments[1].FromBrand != analyze.FlagYes ||
		f.Comments[0].Created.UTC().Format(time.RFC3339) != "2026-03-25T13:05:00Z" {
		t.Errorf("README example: rows %d used %d, rejections %v, comments %+v", f.Input.Rows, f.Input.Used, f.Input.Rejections, f.Comments)
	}
}

type block struct{ lang, text string }

// fenced returns the fenced code blocks of a Markdown text.
func fenced(s string) []block {
	var out []block
	var cur *block
	for _, line := range strings.SplitAfter(s, "\n") {
		trim := strings.TrimSpace(line)
		if strings.HasPrefix(trim, "```") {
			if cur == nil {
				cur = &block{lang: strings.TrimPrefix(trim, "```")}
			} else {
				out = append(out, *cur)
				cur = nil
			}
			continue
		}
		if cur != nil {
			cur.text += line
		}
	}
	return out
}

// section returns the text from a heading to the next heading of the same
// level.
func section(s, heading string) string {
	i := strings.Index(s, heading+"\n")
	if i < 0 {
		return ""
	}
	rest := s[i+len(heading):]
	if j := strings.Index(rest, "\n## "); j >= 0 {
		rest = rest[:j]
	}
	return rest
}
