package owncsv

import (
	"errors"
	"fmt"
	"github.com/socialaudit/socialaudit/analyze/internal/field"
	"math"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/socialaudit/socialaudit/analyze"
)

// The parsers below are strict on purpose: gocsv's own conversions read
// "010" as octal, "12.9" as 12 and an empty cell as 0 without a word
// (LIBRARIES.md §1.6). Each one returns a short, lower-case reason that
// quotes the bad value; the caller adds the file, line and column.

// parseCount reads a whole, non-negative decimal number. An empty cell is an
// unknown count, never zero.
func parseCount(s string) (analyze.Count, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return analyze.Count{}, nil
	}
	if d, ok := strings.CutPrefix(s, "-"); ok && d != "" && strings.Trim(d, "0123456789") == "" {
		return analyze.Count{}, fmt.Errorf("%q is negative; a count cannot be", s)
	}
	var n int64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return analyze.Count{}, fmt.Errorf("%q is not a whole number", s)
		}
		d := int64(c - '0')
		if n > (math.MaxInt64-d)/10 {
			return analyze.Count{}, fmt.Errorf("%q is too large", s)
		}
		n = n*10 + d
	}
	return analyze.KnownCount(n), nil
}

// parseFlag reads true/false, 1/0 or yes/no in any case. An empty cell is
// FlagUnknown.
func parseFlag(s string) (analyze.Flag, error) {
	s = strings.TrimSpace(s)
	switch {
	case s == "":
		return analyze.FlagUnknown, nil
	case s == "1" || strings.EqualFold(s, "true") || strings.EqualFold(s, "yes"):
		return analyze.FlagYes, nil
	case s == "0" || strings.EqualFold(s, "false") || strings.EqualFold(s, "no"):
		return analyze.FlagNo, nil
	}
	return analyze.FlagUnknown, fmt.Errorf("%q is not a boolean (want true/false, 1/0 or yes/no)", s)
}

// parseDate reads YYYY-MM-DD as midnight UTC of that day.
func parseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return time.Time{}, fmt.Errorf("%q is not a date (want YYYY-MM-DD)", s)
	}
	y, ok1 := field.Digits(s[0:4])
	m, ok2 := field.Digits(s[5:7])
	d, ok3 := field.Digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return time.Time{}, fmt.Errorf("%q is not a date (want YYYY-MM-DD)", s)
	}
	if y < minYear {
		return time.Time{}, fmt.Errorf("%q is not a valid date: year before %d", s, minYear)
	}
	if m < 1 || m > 12 || d < 1 || d > field.DaysIn(y, m) {
		return time.Time{}, fmt.Errorf("%q is not a valid date", s)
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), nil
}

// minYear bounds the years accepted (field.MinYear).
const minYear = field.MinYear

// timeKind says how a time was placed on the time line, so that the
// decoder can tell the reader which times it had to interpret.
type timeKind = field.Kind

const (
	timeOffset  = field.KindOffset  // the text carried its own offset
	timeLocal   = field.KindLocal   // zone-less, read in the configured zone
	timeGap     = field.KindGap     // zone-less, in a daylight-saving gap: moved forward
	timeOverlap = field.KindOverlap // zone-less, in a daylight-saving overlap: earlier instant
)

// errTimeSyntax is the reason for text that is not a time at all.
var errTimeSyntax = errors.New("not a time")

// zones caches the fixed zones of the offsets seen (field.Zones).
type zones = field.Zones

// parseTime reads an RFC 3339 time (its offset kept), or
// YYYY-MM-DD[T ]HH:MM[:SS[.fff]] read in loc. Seconds are optional in both
// forms. A zone-less time that does not exist in loc (a daylight-saving gap)
// is moved forward by the length of the gap; one that exists twice (an
// overlap) is the earlier instant. Both rules are those of java.time and
// Python's fold=0, and unlike time.Date they are guaranteed.
func parseTime(s string, loc *time.Location, z zones) (time.Time, timeKind, error) {
	s = strings.TrimSpace(s)
	t, kind, err := scanTime(s, loc, z)
	if err == errTimeSyntax {
		return time.Time{}, 0, fmt.Errorf("%q is not a time (want RFC 3339 or YYYY-MM-DD HH:MM[:SS])", s)
	}
	if err != nil {
		return time.Time{}, 0, fmt.Errorf("%q is not a valid time: %v", s, err)
	}
	return t, kind, nil
}

func scanTime(s string, loc *time.Location, z zones) (time.Time, timeKind, error) {
	// 2006-01-02T15:04 is the shortest accepted form.
	if len(s) < 16 || s[4] != '-' || s[7] != '-' || s[13] != ':' {
		return time.Time{}, 0, errTimeSyntax
	}
	if c := s[10]; c != 'T' && c != 't' && c != ' ' {
		return time.Time{}, 0, errTimeSyntax
	}
	y, ok1 := field.Digits(s[0:4])
	mo, ok2 := field.Digits(s[5:7])
	d, ok3 := field.Digits(s[8:10])
	h, ok4 := field.Digits(s[11:13])
	mi, ok5 := field.Digits(s[14:16])
	if !ok1 || !ok2 || !ok3 || !ok4 || !ok5 {
		return time.Time{}, 0, errTimeSyntax
	}
	rest := s[16:]
	sec, nsec := 0, 0
	if len(rest) > 0 && rest[0] == ':' {
		if len(rest) < 3 {
			return time.Time{}, 0, errTimeSyntax
		}
		var ok bool
		if sec, ok = field.Digits(rest[1:3]); !ok {
			return time.Time{}, 0, errTimeSyntax
		}
		rest = rest[3:]
		if len(rest) > 0 && (rest[0] == '.' || rest[0] == ',') {
			n := 1
			for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
				n++
			}
			if n == 1 || n > 10 {
				return time.Time{}, 0, errTimeSyntax
			}
			frac, _ := field.Digits(rest[1:n])
			for i := n; i < 10; i++ {
				frac *= 10
			}
			nsec = frac
			rest = rest[n:]
		}
	}
	switch {
	case y < minYear:
		return time.Time{}, 0, fmt.Errorf("year before %d", minYear)
	case mo < 1 || mo > 12:
		return time.Time{}, 0, errors.New("month out of range")
	case d < 1 || d > field.DaysIn(y, mo):
		return time.Time{}, 0, errors.New("day out of range")
	case h > 23:
		return time.Time{}, 0, errors.New("hour out of range")
	case mi > 59:
		return time.Time{}, 0, errors.New("minute out of range")
	case sec > 59:
		return time.Time{}, 0, errors.New("second out of range")
	}
	if rest == "" {
		t, kind := field.InZone(y, mo, d, h, mi, sec, nsec, loc)
		return t, kind, nil
	}
	var offset int
	switch {
	case rest == "Z" || rest == "z":
	case len(rest) == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':':
		oh, ok1 := field.Digits(rest[1:3])
		om, ok2 := field.Digits(rest[4:6])
		if !ok1 || !ok2 {
			return time.Time{}, 0, errTimeSyntax
		}
		if oh > 23 || om > 59 {
			return time.Time{}, 0, errors.New("offset out of range")
		}
		offset = oh*3600 + om*60
		if rest[0] == '-' {
			offset = -offset
		}
	default:
		return time.Time{}, 0, errTimeSyntax
	}
	return time.Date(y, time.Month(mo), d, h, mi, sec, nsec, z.Fixed(offset)), timeOffset, nil
}

// checkUTF8 rejects text that is not UTF-8: a file saved as Windows-1252
// would otherwise put mojibake into the report.
func checkUTF8(s string) error {
	if utf8.ValidString(s) {
		return nil
	}
	return fmt.Errorf("%q is not valid UTF-8 (save the file as UTF-8)", s)
}
