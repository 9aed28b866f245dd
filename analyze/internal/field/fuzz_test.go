package field

import (
	"math"
	"strings"
	"testing"
	"time"
)

// FuzzCount: Count never panics; a known count is never negative, and an
// error always quotes something (never a silent zero).
func FuzzCount(f *testing.F) {
	for _, s := range []string{"", "-", "1,234", "1 234,0", "89.0", "-5", "12,5", "12 %", "99999999999999999999", "1'000", "\u202f1\u202f000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := Count(s)
		if err != nil {
			if c.Known {
				t.Fatalf("Count(%q): error %v with a known count %d", s, err, c.Value)
			}
			if err.Error() == "" {
				t.Fatalf("Count(%q): an empty error", s)
			}
			return
		}
		if c.Known && c.Value < 0 {
			t.Fatalf("Count(%q) = %d, negative", s, c.Value)
		}
		if !c.Known && !Unknown(s) {
			t.Fatalf("Count(%q): unknown without error, but the cell says something", s)
		}
	})
}

// FuzzNumber: Number never panics and never returns NaN or an infinity.
func FuzzNumber(f *testing.F) {
	for _, s := range []string{"", "12,3 %", "-1.5", "1,234.5", "1.234,5", "1e9", "NaN", "Inf"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, known, err := Number(s)
		if err != nil && known {
			t.Fatalf("Number(%q): error %v, yet known", s, err)
		}
		if known && (math.IsNaN(v) || math.IsInf(v, 0)) {
			t.Fatalf("Number(%q) = %v", s, v)
		}
	})
}

// FuzzTime: Scan and Time never panic; a time they accept is a real
// instant of years 1..9999 whose calendar day is the day written.
func FuzzTime(f *testing.F) {
	for _, s := range []string{"2026-03-01T10:00:00Z", "2026-03-01 10:00:00 +0200", "03/04/2026 10:00", "13/04/2026",
		"4/13/2026 9:05 PM", "Mon Mar 02 10:00:00 +0000 2026", "2026-02-30", "2026-03-29 02:30", "9999-12-31T23:59:59-14:00"} {
		f.Add(s, uint8(0))
	}
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string, order uint8) {
		st, err := Scan(s)
		if err != nil {
			return
		}
		o := Order(order % 3)
		tm, _, err := st.Time(o, paris, Zones{})
		if err != nil {
			return
		}
		if y := tm.Year(); y < 1 || y > 10000 {
			t.Fatalf("Time(%q) = %v: year %d", s, tm, y)
		}
		if _, err := time.Parse(time.RFC3339Nano, tm.Format(time.RFC3339Nano)); err != nil && tm.Year() <= 9999 {
			t.Fatalf("Time(%q) = %v does not round-trip: %v", s, tm, err)
		}
		d, err := st.Date(o)
		if err != nil {
			t.Fatalf("Scan(%q): Time accepts, Date refuses: %v", s, err)
		}
		if !st.HasOffset && !strings.Contains(s, "PM") {
			if y, m, dd := tm.Date(); y != d.Year() || m != d.Month() || dd != d.Day() {
				t.Fatalf("Time(%q) = %v is not on the day written %v", s, tm, d)
			}
		}
	})
}
