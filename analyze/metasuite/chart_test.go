package metasuite

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/analyze/internal/importer"
	"github.com/socialaudit/socialaudit/analyze/internal/importer/importertest"
	"github.com/socialaudit/socialaudit/analyze/internal/table"
)

// chart_facebook_follows.csv was written once as bytes by gen_fixtures.py:
// UTF-16LE with a byte-order mark, a "sep=," line, the metric name
// "Facebook follows", the header "Date","Primary", every value quoted and
// dates YYYY-MM-DDT00:00:00, as two third-party sources describe Meta
// Business Suite's chart exports (FORMATS.md 2.3); the CRLF line ends are
// an assumption. Data rows, by physical line (the sep= line is line 1):
//
//	4  2025-08-01 20
//	5  2025-08-02 3
//	6  2025-08-03 0 (a known 0: the day is in the series)
//	   (2025-08-04 absent)
//	7  2025-08-05 "1.5": rejected
//	8  2025-08-06 "": rejected
//	9  2025-08-07 7
//	10 2025-08-07 8: rejected as a duplicate day
//	11 2025-08-08 12
//
// Expected: 8 rows, 5 Facebook days of follows (impressions unknown), 3
// rejected; the 3 days without a usable row (4th, 5th, 6th) are not
// invented, and a note says so.
func TestDailyChartFixture(t *testing.T) {
	f := decodeFile(t, DailyChart, "chart_facebook_follows.csv", importer.Options{})
	in := f.Input
	if in.Encoding != "UTF-16LE" || in.Rows != 8 || in.Used != 5 || in.Rejected != 3 {
		t.Fatalf("encoding %s rows %d used %d rejected %d, want UTF-16LE, 8, 5, 3", in.Encoding, in.Rows, in.Used, in.Rejected)
	}
	wantRejections(t, in,
		`chart_facebook_follows.csv:7: column "Primary": "1.5" is not a whole number`,
		`chart_facebook_follows.csv:8: column "Primary": required value is empty`,
		`chart_facebook_follows.csv:10: duplicate of the day at line 9`,
	)
	want := []struct {
		day     string
		follows int64
		line    int
	}{{"2025-08-01", 20, 4}, {"2025-08-02", 3, 5}, {"2025-08-03", 0, 6}, {"2025-08-07", 7, 9}, {"2025-08-08", 12, 11}}
	checkDays(t, f.Daily, "facebook", false, want)
	wantNote(t, in, "3 days between 2025-08-01 and 2025-08-08 have no usable row: they are left out, not read as 0")
	importertest.Golden(t, "chart_facebook_follows", f)
}

func checkDays(t *testing.T, days []analyze.Daily, platform string, impressions bool, want []struct {
	day     string
	follows int64
	line    int
}) {
	t.Helper()
	if len(days) != len(want) {
		t.Fatalf("%d days, want %d", len(days), len(want))
	}
	for i, w := range want {
		d := days[i]
		value, other := d.Follows, d.Impressions
		if impressions {
			value, other = other, value
		}
		if d.Platform != platform || d.Account != "" || d.Date.Format("2006-01-02") != w.day || !value.Known || value.Value != w.follows ||
			other.Known || d.Followers.Known || d.Unfollows.Known || d.Source.Line != w.line {
			t.Errorf("day %d = %+v, want %s %d at line %d", i, d, w.day, w.follows, w.line)
		}
	}
}

// A copy re-saved as UTF-8 by a spreadsheet (which honours the sep= line
// and drops it) gives the same days, one line earlier; the same copy with
// the sep= line kept gives the same lines.
func TestDailyChartUTF8Resave(t *testing.T) {
	raw, err := os.ReadFile("testdata/chart_facebook_follows.csv")
	if err != nil {
		t.Fatal(err)
	}
	units := make([]uint16, 0, len(raw)/2)
	for i := 2; i+1 < len(raw); i += 2 {
		units = append(units, uint16(raw[i])|uint16(raw[i+1])<<8)
	}
	text := string(utf16.Decode(units))
	dropped, ok := strings.CutPrefix(text, "sep=,\r\n")
	if !ok {
		t.Fatal("the fixture does not start with sep=,")
	}
	for _, c := range []struct {
		name  string
		data  string
		shift int
	}{
		{"without sep line", "\ufeff" + dropped, -1},
		{"with sep line, LF", strings.ReplaceAll(text, "\r\n", "\n"), 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			f, err := importertest.Decode(t, DailyChart, "resaved.csv", []byte(c.data), importer.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if f.Input.Used != 5 || f.Input.Rejected != 3 || f.Input.Rejections[0].Line != 7+c.shift {
				t.Errorf("used %d rejected %d %v", f.Input.Used, f.Input.Rejected, f.Input.Rejections)
			}
			want := []struct {
				day     string
				follows int64
				line    int
			}{{"2025-08-01", 20, 4}, {"2025-08-02", 3, 5}, {"2025-08-03", 0, 6}, {"2025-08-07", 7, 9}, {"2025-08-08", 12, 11}}
			for i := range want {
				want[i].line += c.shift
			}
			checkDays(t, f.Daily, "facebook", false, want)
		})
	}
}

// chart_views_fr.csv is a "Views" chart as a French spreadsheet re-saves
// it: the sep= line consumed, the name line padded to the table's width
// ("Views;"), semicolons, Windows-1252, day-first dates (13/08 decides the
// order), "67 753" grouped by a no-break space and "1 234" by a space.
// Expected: 4 Facebook days of impressions, 11 to 14 August 2025, with
// notes saying views are read as impressions and that the series does not
// name its platform.
func TestDailyChartFrenchResave(t *testing.T) {
	f := decodeFile(t, DailyChart, "chart_views_fr.csv", importer.Options{})
	in := f.Input
	if in.Encoding != "Windows-1252" || in.Delimiter != "semicolon" || in.DateOrder != "dmy" || in.Rejected != 0 {
		t.Errorf("encoding %s delimiter %s order %s rejected %v", in.Encoding, in.Delimiter, in.DateOrder, in.Rejections)
	}
	want := []struct {
		day     string
		follows int64
		line    int
	}{{"2025-08-11", 67753, 3}, {"2025-08-12", 1234, 4}, {"2025-08-13", 980, 5}, {"2025-08-14", 0, 6}}
	checkDays(t, f.Daily, "facebook", true, want)
	wantNote(t, in, `the series "Views" is read as impressions`)
	wantNote(t, in, `the series "Views" does not name its platform`)
	for _, n := range in.Notes {
		if strings.Contains(n, "usable row") {
			t.Errorf("no day is missing: %q", n)
		}
	}
	importertest.Golden(t, "chart_views_fr", f)
}

// Each metric name gives its platform and counter; a metric socialaudit
// does not measure is read, and every row rejected with the reason.
func TestDailyChartSeries(t *testing.T) {
	for _, c := range []struct {
		metric, platform string
		impressions      bool
	}{
		{"Facebook follows", "facebook", false},
		{"Instagram follows", "instagram", false},
		{"Follows", "facebook", false},
		{"Views", "facebook", true},
		{"Facebook views", "facebook", true},
		{"instagram VIEWS", "instagram", true},
	} {
		data := chartText(c.metric)
		f, err := importertest.Decode(t, DailyChart, "c.csv", data, importer.Options{})
		if err != nil {
			t.Fatalf("%s: %v", c.metric, err)
		}
		want := []struct {
			day     string
			follows int64
			line    int
		}{{"2025-08-01", 20, 4}, {"2025-08-02", 3, 5}}
		checkDays(t, f.Daily, c.platform, c.impressions, want)
	}
	for _, metric := range []string{"Facebook visits", "Viewers", "Content interactions", "Facebook link clicks"} {
		f, err := importertest.Decode(t, DailyChart, "c.csv", chartText(metric), importer.Options{})
		if err != nil {
			t.Fatalf("%s: %v", metric, err)
		}
		in := f.Input
		if in.Rows != 2 || in.Used != 0 || in.Rejected != 2 || len(f.Daily) != 0 {
			t.Errorf("%s: rows %d used %d rejected %d", metric, in.Rows, in.Used, in.Rejected)
		}
		if want := `c.csv:4: the series "` + metric + `" is not one socialaudit uses`; len(in.Rejections) == 0 || in.Rejections[0].Error() != want {
			t.Errorf("%s: rejections %v, want %s", metric, in.Rejections, want)
		}
		wantNote(t, in, `carries nothing socialaudit measures, so each of its rows is rejected; socialaudit reads the series "Facebook follows"`)
	}
}

func chartText(metric string) []byte {
	text := "sep=,\r\n\"" + metric + "\"\r\n\"Date\",\"Primary\"\r\n\"2025-08-01T00:00:00\",\"20\"\r\n\"2025-08-02T00:00:00\",\"3\"\r\n"
	var b bytes.Buffer
	b.Write([]byte{0xff, 0xfe})
	for _, u := range utf16.Encode([]rune(text)) {
		b.Write([]byte{byte(u), byte(u >> 8)})
	}
	return b.Bytes()
}

func TestDailyChartMatch(t *testing.T) {
	rec := func(fields ...string) table.Record { return table.Record{Fields: fields} }
	for _, c := range []struct {
		name string
		head []table.Record
		ok   bool
	}{
		{"as exported", []table.Record{rec("Facebook follows"), rec("Date", "Primary"), rec("2025-08-01T00:00:00", "20")}, true},
		{"padded name, case", []table.Record{rec("Views", ""), rec("DATE", "primary")}, true},
		{"no name line", []table.Record{rec("Date", "Primary"), rec("2025-08-01T00:00:00", "20")}, false},
		{"empty name", []table.Record{rec(""), rec("Date", "Primary")}, false},
		{"two cells of name", []table.Record{rec("Facebook", "follows"), rec("Date", "Primary")}, false},
		{"a comparison column", []table.Record{rec("Views"), rec("Date", "Primary", "Secondary")}, false},
		{"other header", []table.Record{rec("Views"), rec("Date", "Value")}, false},
		{"only the name", []table.Record{rec("Views")}, false},
		{"a content export", []table.Record{rec("Post ID", "Page ID", "Page name", "Publish time", "Permalink", "Post type", "Views", "Reach")}, false},
	} {
		if m := DailyChart.Match(c.head); m.OK != c.ok {
			t.Errorf("%s: match %v, want %v", c.name, m.OK, c.ok)
		}
	}
}

func FuzzDailyChart(f *testing.F) {
	for _, name := range []string{"chart_facebook_follows.csv", "chart_views_fr.csv"} {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add(chartText("Facebook visits"))
	f.Add([]byte("\"Instagram views\"\nDate,Primary\n01/02/2025,1 234\n13/02/2025,-\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fl, err := importertest.Decode(t, DailyChart, "fuzz.csv", data, importer.Options{})
		if err != nil {
			return // a file-level error is a fine outcome; Check ran on success
		}
		for _, d := range fl.Daily {
			// Exactly one counter, known: the chart's metric.
			if d.Follows.Known == d.Impressions.Known || d.Followers.Known || d.Unfollows.Known ||
				d.Hides.Known || d.HideAll.Known || d.SpamReports.Known {
				t.Errorf("day with other than one counter: %+v", d)
			}
			if d.Platform != "facebook" && d.Platform != "instagram" {
				t.Errorf("platform %q", d.Platform)
			}
			if d.Date.Hour() != 0 || d.Date.Minute() != 0 || d.Date.Location().String() != "UTC" {
				t.Errorf("date %v is not a day", d.Date)
			}
		}
	})
}
