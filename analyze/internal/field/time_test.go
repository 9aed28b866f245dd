package field

import (
	"errors"
	"testing"
	"time"
)

func TestScanAndTime(t *testing.T) {
	paris, _ := time.LoadLocation("Europe/Paris")
	la, _ := time.LoadLocation("America/Los_Angeles")
	cases := []struct {
		in    string
		order Order
		loc   *time.Location
		want  string // RFC 3339 in UTC
		kind  Kind
	}{
		{"2026-03-14", OrderUnknown, paris, "2026-03-13T23:00:00Z", KindDate},
		{"2026-03-14 09:05", OrderUnknown, time.UTC, "2026-03-14T09:05:00Z", KindLocal},
		{"2026-03-14T09:05:07.5Z", OrderUnknown, paris, "2026-03-14T09:05:07.5Z", KindOffset},
		{"2018-01-31T19:05:11+0000", OrderUnknown, paris, "2018-01-31T19:05:11Z", KindOffset},
		{"2021-08-31 19:53 +0000", OrderUnknown, paris, "2021-08-31T19:53:00Z", KindOffset},
		{"2025-08-01T00:00:00", OrderUnknown, time.UTC, "2025-08-01T00:00:00Z", KindLocal},
		{"Tue Oct 31 22:10:47 +0000 2017", OrderUnknown, paris, "2017-10-31T22:10:47Z", KindOffset},
		{"Sat, Sep 12, 2026", OrderUnknown, time.UTC, "2026-09-12T00:00:00Z", KindDate},
		{"02/14/2016 12:40:16 AM", MonthFirst, la, "2016-02-14T08:40:16Z", KindLocal},
		{"02/14/2016 12:40:16 PM", MonthFirst, la, "2016-02-14T20:40:16Z", KindLocal},
		{"8/24/2014", MonthFirst, time.UTC, "2014-08-24T00:00:00Z", KindDate},
		{"10/1/2015 21:00", MonthFirst, time.UTC, "2015-10-01T21:00:00Z", KindLocal},
		{"10/1/2015 21:00", DayFirst, time.UTC, "2015-01-10T21:00:00Z", KindLocal},
		{"14.03.26", DayFirst, time.UTC, "2026-03-14T00:00:00Z", KindDate},
		{"2026-03-29 02:30", OrderUnknown, paris, "2026-03-29T01:30:00Z", KindGap},
		{"2026-10-25 02:30", OrderUnknown, paris, "2026-10-25T00:30:00Z", KindOverlap},
	}
	for _, c := range cases {
		st, err := Scan(c.in)
		if err != nil {
			t.Errorf("Scan(%q): %v", c.in, err)
			continue
		}
		got, kind, err := st.Time(c.order, c.loc, Zones{})
		if err != nil {
			t.Errorf("Time(%q): %v", c.in, err)
			continue
		}
		if s := got.UTC().Format(time.RFC3339Nano); s != c.want || kind != c.kind {
			t.Errorf("%q = %s kind %d, want %s kind %d", c.in, s, kind, c.want, c.kind)
		}
	}
	for _, in := range []string{"", "yesterday", "2026-02-30", "13/13/2026", "1/2/3", "2026-03-14 25:00", "2026-03-14T10:00+25:00", "1899-12-31", "13:00 PM 1/1/2026", "1/1/2026 13:00 PM", "2026-03-14 09:05 junk"} {
		if st, err := Scan(in); err == nil {
			t.Errorf("Scan(%q) = %+v, want an error", in, st)
		}
	}
}

func TestVotes(t *testing.T) {
	decide := func(given, usual Order, values ...string) (Order, error) {
		var v Votes
		for _, s := range values {
			st, err := Scan(s)
			if err != nil {
				t.Fatal(err)
			}
			v.Add(st, s)
		}
		return v.Decide(given, usual)
	}
	if o, err := decide(OrderUnknown, MonthFirst, "01/02/2026", "02/14/2026"); err != nil || o != MonthFirst {
		t.Errorf("month-first evidence: %v %v", o, err)
	}
	if o, err := decide(OrderUnknown, MonthFirst, "01/02/2026", "14/02/2026"); err != nil || o != DayFirst {
		t.Errorf("day-first evidence: %v %v", o, err)
	}
	if _, err := decide(OrderUnknown, MonthFirst, "01/02/2026", "03/04/2026"); !errors.Is(err, ErrAmbiguousOrder) {
		t.Errorf("ambiguous: %v", err)
	}
	if o, err := decide(DayFirst, MonthFirst, "01/02/2026"); err != nil || o != DayFirst {
		t.Errorf("given order: %v %v", o, err)
	}
	if _, err := decide(OrderUnknown, OrderUnknown, "14/02/2026", "02/14/2026"); err == nil {
		t.Error("mixed orders should fail")
	}
	if o, err := decide(OrderUnknown, OrderUnknown, "2026-02-01"); err != nil || o != OrderUnknown {
		t.Errorf("ISO dates need no order: %v %v", o, err)
	}
}
