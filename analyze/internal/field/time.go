package field

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Order is the order of day and month in a date written with slashes or
// dots ("03/04/2026"), which the text alone cannot tell.
type Order uint8

// The orders. OrderUnknown means "decide from the file".
const (
	OrderUnknown Order = iota
	MonthFirst         // 04/30/2026, as US exports write it
	DayFirst           // 30/04/2026, as French spreadsheets write it
)

// ParseOrder reads a --date-order value: "dmy", "mdy", or "" (decide per
// file).
func ParseOrder(s string) (Order, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "":
		return OrderUnknown, nil
	case "mdy":
		return MonthFirst, nil
	case "dmy":
		return DayFirst, nil
	}
	return OrderUnknown, fmt.Errorf("%q is not a date order: want dmy (day first, 31/12/2026) or mdy (month first, 12/31/2026)", s)
}

// String names the order as --date-order takes it.
func (o Order) String() string {
	switch o {
	case MonthFirst:
		return "mdy"
	case DayFirst:
		return "dmy"
	}
	return "auto"
}

// Stamp is a date or time as read from a cell, before the day/month order
// and the time zone are applied.
type Stamp struct {
	Year, A, B     int // A and B are month and day, in the order of the text
	Hour, Min, Sec int
	Nsec           int
	HasTime        bool
	// Slashed marks a date written with slashes or dots, whose order of
	// A and B is a decision of the file (Vote, Decide).
	Slashed bool
	// HasOffset marks a time with its own UTC offset (Offset seconds).
	HasOffset bool
	Offset    int
}

// errNotTime is the reason for text that is not a date or time at all.
var errNotTime = errors.New("not a date or time")

// Scan reads a date or a time in one of the layouts platform exports and
// spreadsheets write:
//
//	2026-03-14, 2026-03-14 09:05[:07[.123]], 2026-03-14T09:05:07Z,
//	2026-03-14T09:05:07+0100, 2021-08-31 19:53 +0000   (ISO 8601 and kin)
//	03/14/2026, 3/14/2026 9:05 PM, 14/03/2026 21:05:07, 14.03.26  (order per file)
//	Tue Oct 31 22:10:47 +0000 2017                     (Twitter API)
//	Sat, Sep 12, 2026                                  (X account analytics)
func Scan(raw string) (Stamp, error) {
	s := strings.TrimSpace(raw)
	var st Stamp
	var err error
	switch {
	case len(s) >= 10 && isDigits(s[:4]) && (s[4] == '-' || s[4] == '/'):
		st, err = scanISO(s)
	case len(s) > 0 && s[0] >= '0' && s[0] <= '9':
		st, err = scanSlashed(s)
	default:
		st, err = scanNamed(s)
	}
	if err == errNotTime {
		return Stamp{}, fmt.Errorf("%q is not a date or time", s)
	}
	if err != nil {
		return Stamp{}, fmt.Errorf("%q is not a valid date or time: %v", s, err)
	}
	return st, nil
}

func scanISO(s string) (Stamp, error) {
	var st Stamp
	sep := s[4]
	if s[7] != sep {
		return st, errNotTime
	}
	y, ok1 := Digits(s[0:4])
	m, ok2 := Digits(s[5:7])
	d, ok3 := Digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return st, errNotTime
	}
	st.Year, st.A, st.B = y, m, d
	rest := s[10:]
	if rest == "" {
		return st, st.check(MonthFirst)
	}
	if rest[0] != 'T' && rest[0] != 't' && rest[0] != ' ' {
		return st, errNotTime
	}
	rest, err := st.scanClock(strings.TrimLeft(rest[1:], " "))
	if err != nil {
		return st, err
	}
	if rest, err = st.scanOffset(rest); err != nil {
		return st, err
	}
	if rest != "" {
		return st, errNotTime
	}
	return st, st.check(MonthFirst)
}

// scanSlashed reads A/B/YYYY or A.B.YY, then an optional clock and AM/PM.
func scanSlashed(s string) (Stamp, error) {
	var st Stamp
	st.Slashed = true
	date, rest, _ := strings.Cut(s, " ")
	sep := byte('/')
	if strings.IndexByte(date, '/') < 0 {
		sep = '.'
	}
	parts := strings.Split(date, string(sep))
	if len(parts) != 3 {
		return st, errNotTime
	}
	a, ok1 := Digits(parts[0])
	b, ok2 := Digits(parts[1])
	y, ok3 := Digits(parts[2])
	if !ok1 || !ok2 || !ok3 || len(parts[0]) > 2 || len(parts[1]) > 2 {
		return st, errNotTime
	}
	switch len(parts[2]) {
	case 4:
	case 2: // a spreadsheet's two-digit year: 00-69 is 20xx, as in Excel
		if y < 70 {
			y += 2000
		} else {
			y += 1900
		}
	default:
		return st, errNotTime
	}
	st.Year, st.A, st.B = y, a, b
	rest = strings.TrimSpace(rest)
	if rest == "" {
		return st, st.checkEither()
	}
	rest, err := st.scanClock(rest)
	if err != nil {
		return st, err
	}
	rest = strings.TrimSpace(rest)
	switch strings.ToUpper(rest) {
	case "":
	case "AM", "PM", "A.M.", "P.M.":
		if st.Hour < 1 || st.Hour > 12 {
			return st, errors.New("hour out of range for AM/PM")
		}
		st.Hour %= 12
		if strings.HasPrefix(strings.ToUpper(rest), "P") {
			st.Hour += 12
		}
	default:
		if rest, err = st.scanOffset(rest); err != nil || rest != "" {
			return st, errNotTime
		}
	}
	return st, st.checkEither()
}

// scanClock reads HH:MM[:SS[.fff]] (one-digit hours allowed) and returns
// what follows.
func (st *Stamp) scanClock(s string) (string, error) {
	i := strings.IndexByte(s, ':')
	if i < 1 || i > 2 || len(s) < i+3 {
		return s, errNotTime
	}
	h, ok1 := Digits(s[:i])
	m, ok2 := Digits(s[i+1 : i+3])
	if !ok1 || !ok2 {
		return s, errNotTime
	}
	st.Hour, st.Min, st.HasTime = h, m, true
	rest := s[i+3:]
	if len(rest) >= 3 && rest[0] == ':' {
		sec, ok := Digits(rest[1:3])
		if !ok {
			return s, errNotTime
		}
		st.Sec = sec
		rest = rest[3:]
		if len(rest) > 1 && (rest[0] == '.' || rest[0] == ',') {
			n := 1
			for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
				n++
			}
			if n == 1 || n > 10 {
				return s, errNotTime
			}
			frac, _ := Digits(rest[1:n])
			for i := n; i < 10; i++ {
				frac *= 10
			}
			st.Nsec = frac
			rest = rest[n:]
		}
	}
	if st.Hour > 23 || st.Min > 59 || st.Sec > 59 {
		return rest, errors.New("clock out of range")
	}
	return rest, nil
}

// scanOffset reads an optional " Z", "+01:00", "+0100", "+01" or " UTC".
func (st *Stamp) scanOffset(s string) (string, error) {
	s = strings.TrimLeft(s, " ")
	switch {
	case s == "":
		return "", nil
	case s == "Z" || s == "z" || s == "UTC" || s == "GMT":
		st.HasOffset, st.Offset = true, 0
		return "", nil
	case s[0] != '+' && s[0] != '-':
		return s, errNotTime
	}
	body := strings.ReplaceAll(s[1:], ":", "")
	if len(body) != 2 && len(body) != 4 {
		return s, errNotTime
	}
	h, ok1 := Digits(body[:2])
	m, ok2 := 0, true
	if len(body) == 4 {
		m, ok2 = Digits(body[2:])
	}
	if !ok1 || !ok2 {
		return s, errNotTime
	}
	if h > 23 || m > 59 {
		return "", errors.New("offset out of range")
	}
	st.HasOffset = true
	st.Offset = h*3600 + m*60
	if s[0] == '-' {
		st.Offset = -st.Offset
	}
	return "", nil
}

// namedLayouts are the layouts with English day and month names.
var namedLayouts = []string{
	"Mon Jan 02 15:04:05 -0700 2006", // Twitter API, twcs.csv
	"Mon, Jan 2, 2006",               // X account analytics
	"Jan 2, 2006",
	"2 Jan 2006",
	"Mon, 02 Jan 2006 15:04:05 -0700", // RFC 1123 with offset
}

func scanNamed(s string) (Stamp, error) {
	for _, layout := range namedLayouts {
		t, err := time.Parse(layout, s)
		if err != nil {
			continue
		}
		st := Stamp{Year: t.Year(), A: int(t.Month()), B: t.Day()}
		if strings.Contains(layout, "15") {
			_, off := t.Zone()
			st.Hour, st.Min, st.Sec = t.Clock()
			st.HasTime, st.HasOffset, st.Offset = true, true, off
		}
		return st, st.check(MonthFirst)
	}
	return Stamp{}, errNotTime
}

// check validates the date in the given order.
func (st Stamp) check(o Order) error {
	y, m, d := st.date(o)
	switch {
	case y < MinYear:
		return fmt.Errorf("year before %d", MinYear)
	case m < 1 || m > 12:
		return errors.New("month out of range")
	case d < 1 || d > DaysIn(y, m):
		return errors.New("day out of range")
	}
	return nil
}

// checkEither accepts a slashed date valid in at least one order.
func (st Stamp) checkEither() error {
	if err := st.check(MonthFirst); err != nil {
		if err2 := st.check(DayFirst); err2 != nil {
			return err
		}
	}
	return nil
}

func (st Stamp) date(o Order) (y, m, d int) {
	if st.Slashed && o == DayFirst {
		return st.Year, st.B, st.A
	}
	return st.Year, st.A, st.B
}

// MinYear bounds the years accepted: no social network is older, and it
// keeps year 1 (time.Time's zero, "no time" elsewhere) out of the data.
const MinYear = 1900

// Votes gathers the evidence of a file's slashed dates for Decide.
type Votes struct {
	dayFirst, monthFirst int
	// The first value that proves each order, for messages.
	dayExample, monthExample string
	slashed                  int
}

// Add counts one value's evidence: a first number above 12 can only be a
// day, a second number above 12 only a day in second place.
func (v *Votes) Add(st Stamp, raw string) {
	if !st.Slashed {
		return
	}
	v.slashed++
	switch {
	case st.A > 12 && st.B <= 12:
		v.dayFirst++
		if v.dayExample == "" {
			v.dayExample = strings.TrimSpace(raw)
		}
	case st.B > 12 && st.A <= 12:
		v.monthFirst++
		if v.monthExample == "" {
			v.monthExample = strings.TrimSpace(raw)
		}
	}
}

// ErrAmbiguousOrder is wrapped by Decide when the values cannot tell the
// order and none was given.
var ErrAmbiguousOrder = errors.New("ambiguous day/month order")

// Decide returns the order of the file's slashed dates: the given one when
// set, else the only one the values allow. It is an error when the values
// prove both orders (the file mixes them) or neither (every day is 12 or
// less), naming what was seen; usual names the platform's own order for
// the hint, or OrderUnknown.
func (v *Votes) Decide(given, usual Order) (Order, error) {
	if v.slashed == 0 {
		return given, nil
	}
	if given != OrderUnknown {
		return given, nil
	}
	switch {
	case v.dayFirst > 0 && v.monthFirst > 0:
		return OrderUnknown, fmt.Errorf("the dates mix day-first (%q) and month-first (%q) orders; fix the file or give --date-order", v.dayExample, v.monthExample)
	case v.dayFirst > 0:
		return DayFirst, nil
	case v.monthFirst > 0:
		return MonthFirst, nil
	}
	hint := ""
	if usual != OrderUnknown {
		hint = fmt.Sprintf(" (the platform itself writes %s; a spreadsheet may have changed it)", usual.describe())
	}
	return OrderUnknown, fmt.Errorf("%w: no day in the %d dates is above 12, so 03/04 could be 3 April or March 4; give --date-order dmy or --date-order mdy%s", ErrAmbiguousOrder, v.slashed, hint)
}

// Slashed returns how many slashed dates were counted.
func (v *Votes) Slashed() int { return v.slashed }

// Long names the order in words.
func (o Order) Long() string { return o.describe() }

func (o Order) describe() string {
	if o == DayFirst {
		return "day first (dmy)"
	}
	return "month first (mdy)"
}

// Kind says how a time was placed on the time line, so that importers can
// tell the reader which times they had to interpret.
type Kind uint8

// The kinds of Time.
const (
	KindOffset  Kind = iota // the text carried its own offset
	KindLocal               // zone-less, read in the given zone
	KindGap                 // zone-less, in a daylight-saving gap: moved forward
	KindOverlap             // zone-less, in a daylight-saving overlap: earlier instant
	KindDate                // a date without a clock: midnight in the given zone
)

// Time places the stamp on the time line: with its own offset when it has
// one, else as a wall-clock time in loc (see InZone). A date without a
// clock is midnight in loc.
func (st Stamp) Time(o Order, loc *time.Location, z Zones) (time.Time, Kind, error) {
	if err := st.check(o); err != nil {
		return time.Time{}, 0, err
	}
	y, m, d := st.date(o)
	if st.HasOffset {
		return time.Date(y, time.Month(m), d, st.Hour, st.Min, st.Sec, st.Nsec, z.Fixed(st.Offset)), KindOffset, nil
	}
	t, k := InZone(y, m, d, st.Hour, st.Min, st.Sec, st.Nsec, loc)
	if !st.HasTime {
		k = KindDate
	}
	return t, k, nil
}

// Date returns the stamp's calendar day as midnight UTC, the convention of
// analyze.Daily.
func (st Stamp) Date(o Order) (time.Time, error) {
	if err := st.check(o); err != nil {
		return time.Time{}, err
	}
	y, m, d := st.date(o)
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), nil
}

// Zones caches the fixed zones of the offsets seen, so that a million
// "+02:00" times share one *time.Location.
type Zones map[int]*time.Location

// Fixed returns the zone of a UTC offset in seconds.
func (z Zones) Fixed(offset int) *time.Location {
	if offset == 0 {
		return time.UTC
	}
	if l, ok := z[offset]; ok {
		return l
	}
	l := time.FixedZone("", offset)
	z[offset] = l
	return l
}

// InZone places a wall-clock time in loc deterministically. A time that
// does not exist in loc (a daylight-saving gap) is moved forward by the
// length of the gap; one that exists twice (an overlap) is the earlier
// instant. Both rules are those of java.time and Python's fold=0, and unlike
// time.Date's they are guaranteed.
func InZone(y, mo, d, h, mi, sec, nsec int, loc *time.Location) (time.Time, Kind) {
	wall := time.Date(y, time.Month(mo), d, h, mi, sec, nsec, time.UTC)
	if loc == time.UTC {
		return wall, KindLocal
	}
	// The offsets in force a day before and a day after cover every
	// transition of the tz database (they are months apart).
	_, before := wall.Add(-24 * time.Hour).In(loc).Zone()
	_, after := wall.Add(24 * time.Hour).In(loc).Zone()
	valid := func(off int) (time.Time, bool) {
		t := wall.Add(-time.Duration(off) * time.Second).In(loc)
		_, o := t.Zone()
		return t, o == off
	}
	tb, okb := valid(before)
	ta, oka := valid(after)
	switch {
	case okb && oka && !tb.Equal(ta):
		if ta.Before(tb) {
			return ta, KindOverlap
		}
		return tb, KindOverlap
	case okb:
		return tb, KindLocal
	case oka:
		return ta, KindLocal
	}
	// A gap: read the wall clock with the offset in force before it, which
	// lands as far after the gap as the wall time was into it.
	return wall.Add(-time.Duration(before) * time.Second).In(loc), KindGap
}

// Digits reads a run of ASCII digits (at most 9) as a number.
func Digits(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func isDigits(s string) bool {
	_, ok := Digits(s)
	return ok
}

// DaysIn returns the number of days of month m of year y.
func DaysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
