package owncsv

import (
	"testing"
	"time"
	_ "time/tzdata" // the zone tests must not depend on the machine's tz database

	"github.com/socialaudit/socialaudit/analyze"
)

func TestParseCount(t *testing.T) {
	tests := []struct {
		in   string
		want analyze.Count
		err  string
	}{
		{in: "", want: analyze.Count{}},
		{in: "   ", want: analyze.Count{}},
		{in: "0", want: analyze.KnownCount(0)},
		{in: "42", want: analyze.KnownCount(42)},
		{in: " 42 ", want: analyze.KnownCount(42)},
		{in: "010", want: analyze.KnownCount(10)}, // gocsv reads 8 (octal)
		{in: "9223372036854775807", want: analyze.KnownCount(9223372036854775807)},
		{in: "9223372036854775808", err: `"9223372036854775808" is too large`},
		{in: "99999999999999999999", err: `"99999999999999999999" is too large`},
		{in: "12.5", err: `"12.5" is not a whole number`}, // gocsv reads 12
		{in: "12,5", err: `"12,5" is not a whole number`},
		{in: "-3", err: `"-3" is negative; a count cannot be`},
		{in: "-", err: `"-" is not a whole number`},
		{in: "-3.5", err: `"-3.5" is not a whole number`},
		{in: "+3", err: `"+3" is not a whole number`},
		{in: "1,234", err: `"1,234" is not a whole number`},
		{in: "0x1F", err: `"0x1F" is not a whole number`}, // gocsv reads 31
		{in: "1_000", err: `"1_000" is not a whole number`},
		{in: "1e3", err: `"1e3" is not a whole number`},
		{in: "١٢", err: `"١٢" is not a whole number`},
	}
	for _, tt := range tests {
		got, err := parseCount(tt.in)
		if msg := errString(err); msg != tt.err {
			t.Errorf("parseCount(%q) error = %q, want %q", tt.in, msg, tt.err)
		}
		if got != tt.want {
			t.Errorf("parseCount(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

func TestParseFlag(t *testing.T) {
	tests := []struct {
		in   string
		want analyze.Flag
		err  string
	}{
		{in: "", want: analyze.FlagUnknown},
		{in: "  ", want: analyze.FlagUnknown},
		{in: "true", want: analyze.FlagYes},
		{in: "TRUE", want: analyze.FlagYes},
		{in: " Yes ", want: analyze.FlagYes},
		{in: "1", want: analyze.FlagYes},
		{in: "false", want: analyze.FlagNo},
		{in: "False", want: analyze.FlagNo},
		{in: "NO", want: analyze.FlagNo},
		{in: "0", want: analyze.FlagNo},
		{in: "y", err: `"y" is not a boolean (want true/false, 1/0 or yes/no)`},
		{in: "on", err: `"on" is not a boolean (want true/false, 1/0 or yes/no)`},
		{in: "2", err: `"2" is not a boolean (want true/false, 1/0 or yes/no)`},
	}
	for _, tt := range tests {
		got, err := parseFlag(tt.in)
		if msg := errString(err); msg != tt.err {
			t.Errorf("parseFlag(%q) error = %q, want %q", tt.in, msg, tt.err)
		}
		if got != tt.want {
			t.Errorf("parseFlag(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want, err string
	}{
		{in: "2024-01-05", want: "2024-01-05T00:00:00Z"},
		{in: " 2024-01-05 ", want: "2024-01-05T00:00:00Z"},
		{in: "2024-02-29", want: "2024-02-29T00:00:00Z"},
		{in: "2000-02-29", want: "2000-02-29T00:00:00Z"},
		{in: "2023-02-29", err: `"2023-02-29" is not a valid date`},
		{in: "1900-02-29", err: `"1900-02-29" is not a valid date`},
		{in: "1900-01-01", want: "1900-01-01T00:00:00Z"},
		{in: "1899-12-31", err: `"1899-12-31" is not a valid date: year before 1900`},
		{in: "0001-01-01", err: `"0001-01-01" is not a valid date: year before 1900`},
		{in: "2024-04-31", err: `"2024-04-31" is not a valid date`},
		{in: "2024-13-01", err: `"2024-13-01" is not a valid date`},
		{in: "2024-00-10", err: `"2024-00-10" is not a valid date`},
		{in: "2024-1-05", err: `"2024-1-05" is not a date (want YYYY-MM-DD)`},
		{in: "05/01/2024", err: `"05/01/2024" is not a date (want YYYY-MM-DD)`},
		{in: "2024-01-05T00:00", err: `"2024-01-05T00:00" is not a date (want YYYY-MM-DD)`},
		{in: "2024-01-0x", err: `"2024-01-0x" is not a date (want YYYY-MM-DD)`},
	}
	for _, tt := range tests {
		got, err := parseDate(tt.in)
		if msg := errString(err); msg != tt.err {
			t.Errorf("parseDate(%q) error = %q, want %q", tt.in, msg, tt.err)
		}
		if tt.err != "" {
			continue
		}
		if s := got.Format(time.RFC3339); s != tt.want || got.Location() != time.UTC {
			t.Errorf("parseDate(%q) = %s in %v, want %s in UTC", tt.in, s, got.Location(), tt.want)
		}
	}
}

func TestParseTime(t *testing.T) {
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Fatal(err)
	}
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	const syntax = ` is not a time (want RFC 3339 or YYYY-MM-DD HH:MM[:SS])`
	tests := []struct {
		in   string
		loc  *time.Location
		want string // RFC 3339 with the time's own offset
		kind timeKind
		err  string
	}{
		// Offsets are kept whatever the configured zone.
		{in: "2024-05-01T10:00:00Z", loc: paris, want: "2024-05-01T10:00:00Z", kind: timeOffset},
		{in: "2024-05-01T10:00:00z", loc: time.UTC, want: "2024-05-01T10:00:00Z", kind: timeOffset},
		{in: "2024-05-01T10:00:00+02:00", loc: time.UTC, want: "2024-05-01T10:00:00+02:00", kind: timeOffset},
		{in: "2024-05-01T10:00:00+00:00", loc: paris, want: "2024-05-01T10:00:00Z", kind: timeOffset},
		{in: "2024-05-01T10:00:00.5-05:30", loc: paris, want: "2024-05-01T10:00:00.5-05:30", kind: timeOffset},
		{in: "2024-05-01T10:00:00.123456789+09:00", loc: paris, want: "2024-05-01T10:00:00.123456789+09:00", kind: timeOffset},
		{in: "2024-05-01T10:00+01:00", loc: time.UTC, want: "2024-05-01T10:00:00+01:00", kind: timeOffset},
		{in: " 2024-05-01T10:00:00Z ", loc: time.UTC, want: "2024-05-01T10:00:00Z", kind: timeOffset},
		// Zone-less times are read in the configured zone.
		{in: "2024-05-01 10:00", loc: time.UTC, want: "2024-05-01T10:00:00Z", kind: timeLocal},
		{in: "2024-05-01 10:00", loc: paris, want: "2024-05-01T10:00:00+02:00", kind: timeLocal},
		{in: "2024-01-15T10:00:30", loc: paris, want: "2024-01-15T10:00:30+01:00", kind: timeLocal},
		{in: "2024-01-15t10:00:30,25", loc: paris, want: "2024-01-15T10:00:30.25+01:00", kind: timeLocal},
		{in: "2024-05-01 10:00", loc: ny, want: "2024-05-01T10:00:00-04:00", kind: timeLocal},
		// Daylight-saving gap (clocks jump 02:00 -> 03:00): moved forward by the gap.
		{in: "2024-03-31 01:59:59", loc: paris, want: "2024-03-31T01:59:59+01:00", kind: timeLocal},
		{in: "2024-03-31 02:00", loc: paris, want: "2024-03-31T03:00:00+02:00", kind: timeGap},
		{in: "2024-03-31 02:30", loc: paris, want: "2024-03-31T03:30:00+02:00", kind: timeGap},
		{in: "2024-03-31 03:00", loc: paris, want: "2024-03-31T03:00:00+02:00", kind: timeLocal},
		{in: "2024-03-10 02:15", loc: ny, want: "2024-03-10T03:15:00-04:00", kind: timeGap},
		// Overlap (clocks go back 03:00 -> 02:00): the earlier instant.
		{in: "2024-10-27 01:59", loc: paris, want: "2024-10-27T01:59:00+02:00", kind: timeLocal},
		{in: "2024-10-27 02:00", loc: paris, want: "2024-10-27T02:00:00+02:00", kind: timeOverlap},
		{in: "2024-10-27 02:59:59", loc: paris, want: "2024-10-27T02:59:59+02:00", kind: timeOverlap},
		{in: "2024-10-27 03:00", loc: paris, want: "2024-10-27T03:00:00+01:00", kind: timeLocal},
		{in: "2024-11-03 01:30", loc: ny, want: "2024-11-03T01:30:00-04:00", kind: timeOverlap},
		// Errors.
		{in: "", loc: time.UTC, err: `""` + syntax},
		{in: "2024-05-01", loc: time.UTC, err: `"2024-05-01"` + syntax},
		{in: "01/05/2024 10:00", loc: time.UTC, err: `"01/05/2024 10:00"` + syntax},
		{in: "2024-05-01_10:00", loc: time.UTC, err: `"2024-05-01_10:00"` + syntax},
		{in: "2024-05-01 10:0", loc: time.UTC, err: `"2024-05-01 10:0"` + syntax},
		{in: "2024-05-01 10:00:", loc: time.UTC, err: `"2024-05-01 10:00:"` + syntax},
		{in: "2024-05-01 10:00:00.", loc: time.UTC, err: `"2024-05-01 10:00:00."` + syntax},
		{in: "2024-05-01T10:00:00+2:00", loc: time.UTC, err: `"2024-05-01T10:00:00+2:00"` + syntax},
		{in: "2024-05-01T10:00:00+0200", loc: time.UTC, err: `"2024-05-01T10:00:00+0200"` + syntax},
		{in: "2024-05-01T10:00:00 UTC", loc: time.UTC, err: `"2024-05-01T10:00:00 UTC"` + syntax},
		{in: "2024-05-01T10:00:00.1234567891Z", loc: time.UTC, err: `"2024-05-01T10:00:00.1234567891Z"` + syntax},
		{in: "0001-01-01T00:00:00Z", loc: time.UTC, err: `"0001-01-01T00:00:00Z" is not a valid time: year before 1900`},
		{in: "1899-12-31 23:59", loc: paris, err: `"1899-12-31 23:59" is not a valid time: year before 1900`},
		{in: "2024-13-01 10:00", loc: time.UTC, err: `"2024-13-01 10:00" is not a valid time: month out of range`},
		{in: "2023-02-29 10:00", loc: time.UTC, err: `"2023-02-29 10:00" is not a valid time: day out of range`},
		{in: "2024-05-01 24:00", loc: time.UTC, err: `"2024-05-01 24:00" is not a valid time: hour out of range`},
		{in: "2024-05-01 10:60", loc: time.UTC, err: `"2024-05-01 10:60" is not a valid time: minute out of range`},
		{in: "2024-05-01T10:00:60Z", loc: time.UTC, err: `"2024-05-01T10:00:60Z" is not a valid time: second out of range`},
		{in: "2024-05-01T10:00:00+24:00", loc: time.UTC, err: `"2024-05-01T10:00:00+24:00" is not a valid time: offset out of range`},
	}
	z := zones{}
	for _, tt := range tests {
		got, kind, err := parseTime(tt.in, tt.loc, z)
		if msg := errString(err); msg != tt.err {
			t.Errorf("parseTime(%q, %v) error = %q, want %q", tt.in, tt.loc, msg, tt.err)
			continue
		}
		if tt.err != "" {
			continue
		}
		if s := got.Format(time.RFC3339Nano); s != tt.want || kind != tt.kind {
			t.Errorf("parseTime(%q, %v) = %s (kind %d), want %s (kind %d)", tt.in, tt.loc, s, kind, tt.want, tt.kind)
		}
	}
	// One *time.Location per offset, however many times carry it.
	a, _, _ := parseTime("2024-05-01T10:00:00+02:00", time.UTC, z)
	b, _, _ := parseTime("2025-01-01T00:00:00+02:00", time.UTC, z)
	if a.Location() != b.Location() {
		t.Errorf("times with the same offset got different locations")
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
