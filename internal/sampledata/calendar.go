package sampledata

import "time"

// The demo covers 2026-03-01 to 2026-08-31, Paris local time. Offsets are
// fixed by hand (CET, then CEST from 2026-03-29 01:00 UTC) so that the
// generator needs no time zone database and gives the same bytes everywhere.
var (
	cet      = time.FixedZone("CET", 3600)
	cest     = time.FixedZone("CEST", 2*3600)
	dstStart = time.Date(2026, time.March, 29, 1, 0, 0, 0, time.UTC)
	dstEnd   = time.Date(2026, time.October, 25, 1, 0, 0, 0, time.UTC)

	// firstDay is the first calendar day of the demo; numDays days follow.
	firstDay = time.Date(2026, time.March, 1, 0, 0, 0, 0, time.UTC)
	// end is the first instant after the demo: nothing is generated at or
	// after it.
	end = paris(2026, time.September, 1, 0, 0)
)

const numDays = 184 // 2026-03-01 .. 2026-08-31

// paris returns the instant of a Paris wall-clock time in 2026.
func paris(y int, m time.Month, d, h, min int) time.Time {
	t := time.Date(y, m, d, h, min, 0, 0, cet)
	if !t.Before(dstStart) && t.Before(dstEnd) {
		t = time.Date(y, m, d, h, min, 0, 0, cest)
	}
	return t
}

// local returns t in Paris time, with the offset that applies at t.
func local(t time.Time) time.Time {
	if !t.Before(dstStart) && t.Before(dstEnd) {
		return t.In(cest)
	}
	return t.In(cet)
}

// day returns the calendar date (midnight UTC) of day i of the demo.
func day(i int) time.Time { return firstDay.AddDate(0, 0, i) }

// dayIndex returns the demo day of t's Paris date.
func dayIndex(t time.Time) int {
	l := local(t)
	d := time.Date(l.Year(), l.Month(), l.Day(), 0, 0, 0, 0, time.UTC)
	return int(d.Sub(firstDay) / (24 * time.Hour))
}

// at returns the Paris wall-clock time h:min on demo day i.
func at(i, h, min int) time.Time {
	d := day(i)
	return paris(d.Year(), d.Month(), d.Day(), h, min)
}

// dateIndex returns the demo day of a calendar date.
func dateIndex(m time.Month, d int) int {
	return int(time.Date(2026, m, d, 0, 0, 0, 0, time.UTC).Sub(firstDay) / (24 * time.Hour))
}

// The story calendar (demo day indexes).
var (
	burstFirst   = dateIndex(time.April, 6)  // Monday: "Printemps en lin" campaign starts
	burstLast    = dateIndex(time.April, 19) // Sunday: campaign ends
	silenceFirst = dateIndex(time.April, 20) // the community manager is gone
	silenceLast  = dateIndex(time.May, 24)
	crisisDay    = dateIndex(time.June, 13) // Saturday: the Vapeur kettle handles
	// crisisFirstReply is the first brand reply after the crisis started:
	// Monday morning.
	crisisFirstReply = paris(2026, time.June, 15, 9, 7)
	// recallPost is when the recall notice is published.
	recallPost = paris(2026, time.June, 15, 14, 30)
)

// inBusinessHours reports whether t falls on a weekday, 09:00-18:00 Paris.
func inBusinessHours(t time.Time) bool {
	l := local(t)
	if wd := l.Weekday(); wd == time.Saturday || wd == time.Sunday {
		return false
	}
	return l.Hour() >= 9 && l.Hour() < 18
}

// nextMorning returns 09:00 Paris of the first weekday at or after t's
// date whose 09:00 is after t.
func nextMorning(t time.Time) time.Time {
	i := dayIndex(t)
	for {
		m := at(i, 9, 0)
		wd := local(m).Weekday()
		if m.After(t) && wd != time.Saturday && wd != time.Sunday {
			return m
		}
		i++
	}
}

// formatTime formats t in RFC 3339 with its Paris offset.
func formatTime(t time.Time) string { return local(t).Format(time.RFC3339) }

// formatUTC formats t in RFC 3339 in UTC ("Z"), as X exports do.
func formatUTC(t time.Time) string { return t.UTC().Format(time.RFC3339) }
