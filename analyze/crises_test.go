package analyze

import (
	"fmt"
	"testing"
	"time"
)

// crisisDataset: 14 days from Friday 2026-02-27 to Thursday 2026-03-12 (UTC).
//
// Customer comments per day: [4 6 5 3 5 7 4 5 20 14 6 2 5 4] (90 in all).
// Sorted: [2 3 4 4 4 5 5 5 5 6 6 7 14 20]; the nearest-rank median is the
// 7th value, 5. Absolute deviations: [1 1 0 2 0 2 1 0 15 9 1 3 0 1],
// sorted [0 0 0 0 1 1 1 1 1 2 2 3 9 15], MAD = 7th = 1. Threshold
// 5 + 3x1 = 8: days 8 (Saturday 03-07, 20) and 9 (Sunday 03-08, 14) are
// above it and at least 10.
//
// Page negative feedback per day: [1 2 1 0 1 2 1 1 1 1 1 30 1 2]. Sorted
// [0 1 1 1 1 1 1 1 1 1 2 2 2 30], median 1; deviations
// [0 1 0 1 0 1 0 0 0 0 0 29 0 1], MAD = 7th of the sorted = 0. Threshold
// 1: only day 11 (Tuesday 03-10, 30) is above it and at least 10.
//
// So two crises: Sat 03-07 to Sun 03-08 (comments), and Tue 03-10
// (feedback).
//
// Answers: every comment of a normal day is answered after 1 h. On
// Saturday the 5 comments of 09:00-13:00 are answered after 1 h and the 15
// of 21:00-21:14 never; on Sunday none of the 14; on Tuesday both (1 h).
func crisisDataset(t *testing.T) (*Dataset, Options) {
	start := time.Date(2026, 2, 27, 0, 0, 0, 0, time.UTC)
	comments := []int{4, 6, 5, 3, 5, 7, 4, 5, 20, 14, 6, 2, 5, 4}
	feedback := []int64{1, 2, 1, 0, 1, 2, 1, 1, 1, 1, 1, 30, 1, 2}
	ds := &Dataset{}
	n := 0
	add := func(at time.Time, answered bool) {
		n++
		id := fmt.Sprint("c", n)
		ds.Comments = append(ds.Comments, Comment{Platform: "facebook", ID: id, AuthorID: "u" + id, Created: at})
		if answered {
			ds.Comments = append(ds.Comments, Comment{Platform: "facebook", ID: "r" + id, ParentID: id, AuthorID: "acme", Created: at.Add(time.Hour)})
		}
	}
	for d, k := range comments {
		day := start.AddDate(0, 0, d)
		switch d {
		case 8:
			for i := 0; i < 5; i++ {
				add(day.Add(time.Duration(9+i)*time.Hour), true)
			}
			for i := 0; i < 15; i++ {
				add(day.Add(21*time.Hour+time.Duration(i)*time.Minute), false)
			}
		case 9:
			for i := 0; i < k; i++ {
				add(day.Add(10*time.Hour+time.Duration(i)*time.Minute), false)
			}
		default:
			for i := 0; i < k; i++ {
				add(day.Add(10*time.Hour+time.Duration(i)*time.Minute), true)
			}
		}
		ds.Daily = append(ds.Daily, Daily{Platform: "facebook", Date: day, Hides: KnownCount(feedback[d])})
	}
	end := start.AddDate(0, 0, 14)
	return ds, Options{Brand: []string{"acme"}, From: start, To: end, AsOf: end.AddDate(0, 0, 7)}
}

func TestCrises(t *testing.T) {
	ds, opts := crisisDataset(t)
	cr := mustRun(t, ds, opts).Diagnostics.Crises
	if !cr.Measurable {
		t.Fatalf("not measurable: %s", cr.Reason)
	}
	cs, fs := cr.Comments, cr.Feedback
	if !cs.Measurable || cs.Median != 5 || cs.MAD != 1 || cs.Threshold != 8 || cs.MinCount != 10 || len(cs.Days) != 14 {
		t.Errorf("comment series: measurable %v median %d MAD %d threshold %v min %d days %d", cs.Measurable, cs.Median, cs.MAD, cs.Threshold, cs.MinCount, len(cs.Days))
	}
	if !fs.Measurable || fs.Median != 1 || fs.MAD != 0 || fs.Threshold != 1 || len(fs.Days) != 14 {
		t.Errorf("feedback series: measurable %v median %d MAD %d threshold %v days %d", fs.Measurable, fs.Median, fs.MAD, fs.Threshold, len(fs.Days))
	}
	flags := func(days []DayValue) string {
		s := ""
		for _, d := range days {
			s += map[bool]string{true: "X", false: "."}[d.Crisis]
		}
		return s
	}
	if got := flags(cs.Days); got != "........XX...." {
		t.Errorf("comment crisis days %s", got)
	}
	if got := flags(fs.Days); got != "...........X.." {
		t.Errorf("feedback crisis days %s", got)
	}
	if len(cr.Crises) != 2 {
		t.Fatalf("%d crises: %+v", len(cr.Crises), cr.Crises)
	}
	sat := cr.Crises[0]
	// Saturday: the 6th comment of the day (median 5, +1) is at 21:00.
	if !sat.First.Equal(time.Date(2026, 3, 7, 0, 0, 0, 0, time.UTC)) || !sat.Last.Equal(time.Date(2026, 3, 8, 0, 0, 0, 0, time.UTC)) ||
		sat.Days != 2 || !sat.ByComments || sat.ByFeedback || sat.CustomerComments != 34 || sat.PeakComments != 20 ||
		sat.Feedback != KnownCount(2) || sat.Weekday != 5 || sat.StartHour == nil || *sat.StartHour != 21 ||
		sat.OutOfHours == nil || !*sat.OutOfHours {
		t.Errorf("weekend crisis %+v (start hour %v)", sat, sat.StartHour)
	}
	// 5 of its 34 comments answered.
	eqRate(t, "weekend crisis response rate", sat.Responses.ResponseRate, f(5.0/34))
	tue := cr.Crises[1]
	// Tuesday: 2 comments, not more than the median: start hour unknown;
	// a weekday: out of hours unknown.
	if !tue.First.Equal(time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)) || tue.Days != 1 || tue.ByComments || !tue.ByFeedback ||
		tue.CustomerComments != 2 || tue.Feedback != KnownCount(30) || tue.Weekday != 1 || tue.StartHour != nil || tue.OutOfHours != nil {
		t.Errorf("feedback crisis %+v", tue)
	}
	if cr.OutOfHoursStarts != 1 {
		t.Errorf("out-of-hours starts %d, want 1", cr.OutOfHoursStarts)
	}
	// Crisis days: 20 + 14 + 2 = 36 comments, 5 + 0 + 2 = 7 answered;
	// normal days: 90 - 36 = 54, all answered after 1 h.
	if cr.CrisisDays.CustomerComments != 36 || cr.CrisisDays.Answered != 7 || cr.NormalDays.CustomerComments != 54 || cr.NormalDays.Answered != 54 {
		t.Errorf("crisis days %d/%d, normal days %d/%d", cr.CrisisDays.Answered, cr.CrisisDays.CustomerComments, cr.NormalDays.Answered, cr.NormalDays.CustomerComments)
	}
	eqRate(t, "crisis days response rate", cr.CrisisDays.ResponseRate, f(7.0/36))
	eqRate(t, "normal days response rate", cr.NormalDays.ResponseRate, f(1))
	eqDur(t, "crisis days median", cr.CrisisDays.FirstResponse.Median, time.Hour)

	// A minimum of 25 comments: Saturday (20) is no longer a crisis day.
	opts.Diagnostics.Crises = CrisisOptions{MinComments: 25}
	cr = mustRun(t, ds, opts).Diagnostics.Crises
	if len(cr.Crises) != 1 || !cr.Crises[0].ByFeedback || cr.OutOfHoursStarts != 0 {
		t.Errorf("min 25: %+v", cr.Crises)
	}
	// In Tokyo (UTC+9) every comment moves 9 hours later: the 10:00 UTC
	// ones stay on their day (19:00), Saturday's 21:00-21:14 UTC ones fall
	// on Sunday 06:00-06:14. Days: [4 6 5 3 5 7 4 5 5 29 6 2 5 4]; sorted
	// [2 3 4 4 4 5 5 5 5 5 6 6 7 29], median 5; deviations sorted
	// [0 0 0 0 0 1 1 1 1 1 2 2 3 24], MAD 1; threshold 8: only Sunday (29).
	// It starts at the 6th comment of Sunday, 06:05. The daily rows' first
	// day (02-27, midnight in Tokyo) is before the period's start (09:00 in
	// Tokyo): 13 days, too few for the feedback series.
	tokyo, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		t.Skip(err)
	}
	ds, opts = crisisDataset(t)
	opts.Location = tokyo
	cr = mustRun(t, ds, opts).Diagnostics.Crises
	if cr.Feedback.Measurable || cr.Feedback.Reason != ReasonTooFewDays || len(cr.Feedback.Days) != 13 {
		t.Errorf("Tokyo feedback series: %v %s %d days", cr.Feedback.Measurable, cr.Feedback.Reason, len(cr.Feedback.Days))
	}
	if len(cr.Crises) != 1 {
		t.Fatalf("Tokyo crises %+v", cr.Crises)
	}
	sun := cr.Crises[0]
	if !sun.First.Equal(time.Date(2026, 3, 8, 0, 0, 0, 0, tokyo)) || sun.CustomerComments != 29 || sun.Weekday != 6 ||
		sun.StartHour == nil || *sun.StartHour != 6 || sun.Feedback != KnownCount(1) {
		t.Errorf("Tokyo crisis %+v", sun)
	}
}

func TestCrisesNotMeasurable(t *testing.T) {
	// 7 days of comments, no daily rows: too few days; no feedback.
	ds := &Dataset{}
	for d := 0; d < 7; d++ {
		ds.Comments = append(ds.Comments, cust(t, fmt.Sprint("c", d), "", fmt.Sprintf("2026-03-%02dT10:00:00Z", d+2), ""))
	}
	cr := mustRun(t, ds, Options{}).Diagnostics.Crises
	if cr.Measurable || cr.Reason != ReasonTooFewDays || cr.Comments.Reason != ReasonTooFewDays || len(cr.Comments.Days) != 7 ||
		cr.Feedback.Reason != ReasonNoFeedbackData || cr.Crises != nil {
		t.Errorf("%+v", cr)
	}
	// With a week more, comments are measurable; an empty comment series
	// says why not, and the feedback series carries the diagnostic.
	ds2, opts := crisisDataset(t)
	ds2.Comments = nil
	cr = mustRun(t, ds2, opts).Diagnostics.Crises
	if !cr.Measurable || cr.Comments.Reason != ReasonNoCustomerComments || len(cr.Crises) != 1 || cr.CrisisDays.Measurable {
		t.Errorf("feedback only: %+v", cr)
	}
	// Posts only.
	cr = mustRun(t, &Dataset{Posts: []Post{post(t, "p", "2026-03-02T10:00:00Z", 1)}}, Options{}).Diagnostics.Crises
	if cr.Measurable || cr.Reason != ReasonNoCustomerComments {
		t.Errorf("posts only: %+v", cr)
	}
}

// The rule's edges: above the threshold (not at it), and at least the
// minimum count. Values [1 2 3 4 5 13]: median = 3rd of 6 = 3; deviations
// [2 1 0 1 2 10], sorted [0 1 1 2 2 10], MAD = 3rd = 1.
func TestCrisisSeriesEdges(t *testing.T) {
	days := []int{0, 1, 2, 3, 4, 5}
	values := []int64{1, 2, 3, 4, 5, 13}
	for _, tc := range []struct {
		factor   float64
		minCount int
		want     string
	}{
		{10, 1, "......"},  // threshold 3 + 10 = 13: 13 is not above it
		{9.9, 1, ".....X"}, // 12.9
		{9.9, 13, ".....X"},
		{9.9, 14, "......"},
		{0.5, 4, "...XXX"}, // 3.5: 4, 5 and 13
	} {
		s := crisisSeries(days, append([]int64(nil), values...), tc.factor, tc.minCount, 6, time.UTC)
		got := ""
		for _, d := range s.Days {
			got += map[bool]string{true: "X", false: "."}[d.Crisis]
		}
		if s.Median != 3 || s.MAD != 1 || got != tc.want {
			t.Errorf("factor %v min %d: median %d MAD %d days %s, want %s", tc.factor, tc.minCount, s.Median, s.MAD, got, tc.want)
		}
	}
	if s := crisisSeries(days, values, 3, 1, 7, time.UTC); s.Measurable || s.Reason != ReasonTooFewDays {
		t.Errorf("6 days of 7: %+v", s)
	}
}
