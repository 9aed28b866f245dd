package analyze

import (
	"sort"
	"time"
)

// crises finds the days when customer comments or negative feedback spike
// (see Crises).
func (c *context) crises() Crises {
	opts := c.diag.Crises
	verdicts := c.verdicts()

	// The customer comments' days, and the span they cover.
	days := make([]int, len(c.comments)) // civil day of each judged comment
	firstDay, lastDay := 0, -1
	for i, cm := range c.comments {
		if !verdicts[i].judged {
			continue
		}
		d := civilDay(cm.Created, c.loc)
		days[i] = d
		if lastDay < firstDay {
			firstDay, lastDay = d, d
		}
		firstDay, lastDay = min(firstDay, d), max(lastDay, d)
	}

	var out Crises
	flagged := map[int]*dayFlags{} // civil day -> what flagged it

	// Customer comments per day, from the first to the last.
	out.Comments = CrisisSeries{MinCount: opts.MinComments}
	commentsOn := map[int]int{}
	if lastDay < firstDay {
		out.Comments.Reason = ReasonNoCustomerComments
	} else {
		n := lastDay - firstDay + 1
		counts := make([]int64, n)
		for i := range c.comments {
			if verdicts[i].judged {
				counts[days[i]-firstDay]++
			}
		}
		dayNums := make([]int, n)
		for i := range dayNums {
			dayNums[i] = firstDay + i
			commentsOn[firstDay+i] = int(counts[i])
		}
		out.Comments = crisisSeries(dayNums, counts, opts.MADFactor, opts.MinComments, opts.MinDays, c.loc)
		for _, d := range out.Comments.Days {
			if d.Crisis {
				f := flagOf(flagged, civilDay(d.Day, c.loc))
				f.comments = true
			}
		}
	}

	// Page-level negative feedback per day, over the days that carry it.
	feedback := map[int]Count{}
	for _, d := range c.daily {
		start := c.dayStart(d.Date)
		if !c.inPeriod(start) {
			continue
		}
		t := d.Hides.Add(d.HideAll).Add(d.SpamReports).Add(d.Unfollows)
		if t.Known {
			n := civilDay(start, c.loc)
			feedback[n] = feedback[n].Add(t)
		}
	}
	out.Feedback = CrisisSeries{MinCount: opts.MinFeedback, Reason: ReasonNoFeedbackData}
	if len(feedback) > 0 {
		dayNums := make([]int, 0, len(feedback))
		for d := range feedback {
			dayNums = append(dayNums, d)
		}
		sort.Ints(dayNums)
		values := make([]int64, len(dayNums))
		for i, d := range dayNums {
			values[i] = feedback[d].Value
		}
		out.Feedback = crisisSeries(dayNums, values, opts.MADFactor, opts.MinFeedback, opts.MinDays, c.loc)
		for _, d := range out.Feedback.Days {
			if d.Crisis {
				flagOf(flagged, civilDay(d.Day, c.loc)).feedback = true
			}
		}
	}

	out.Measurable = out.Comments.Measurable || out.Feedback.Measurable
	if !out.Measurable {
		out.Reason = out.Comments.Reason
		if out.Reason == ReasonNoCustomerComments && out.Feedback.Reason != ReasonNoFeedbackData {
			out.Reason = out.Feedback.Reason
		}
		return out
	}

	// Crises: runs of consecutive flagged days.
	crisisDays := make([]int, 0, len(flagged))
	for d := range flagged {
		crisisDays = append(crisisDays, d)
	}
	sort.Ints(crisisDays)
	crisisOf := map[int]int{} // civil day -> index in out.Crises
	for i := 0; i < len(crisisDays); {
		j := i
		for j+1 < len(crisisDays) && crisisDays[j+1] == crisisDays[j]+1 {
			j++
		}
		cr := Crisis{First: dayTime(crisisDays[i], c.loc), Last: dayTime(crisisDays[j], c.loc), Days: j - i + 1}
		cr.Weekday = (int(cr.First.Weekday()) + 6) % 7
		for k := i; k <= j; k++ {
			d := crisisDays[k]
			f := flagged[d]
			cr.ByComments = cr.ByComments || f.comments
			cr.ByFeedback = cr.ByFeedback || f.feedback
			cr.CustomerComments += commentsOn[d]
			cr.PeakComments = max(cr.PeakComments, commentsOn[d])
			cr.Feedback = cr.Feedback.Add(feedback[d])
			crisisOf[d] = len(out.Crises)
		}
		out.Crises = append(out.Crises, cr)
		i = j + 1
	}

	// Response figures, and the start hour: the time of the first day's
	// (median+1)-th customer comment.
	accs := make([]responseAcc, len(out.Crises))
	var inCrisis, normal responseAcc
	firstTimes := make([][]time.Time, len(out.Crises))
	firstOf := make([]int, len(out.Crises))
	for k := range out.Crises {
		firstOf[k] = civilDay(out.Crises[k].First, c.loc)
	}
	for i, cm := range c.comments {
		v := verdicts[i]
		if !v.judged {
			continue
		}
		k, ok := crisisOf[days[i]]
		if !ok {
			normal.add(cm, v, c.sla)
			continue
		}
		inCrisis.add(cm, v, c.sla)
		accs[k].add(cm, v, c.sla)
		if days[i] == firstOf[k] {
			firstTimes[k] = append(firstTimes[k], cm.Created)
		}
	}
	measurable, reason := c.anyBrand, c.judgedReason()
	out.CrisisDays = inCrisis.stats(measurable, reason)
	out.NormalDays = normal.stats(measurable, reason)
	for k := range out.Crises {
		cr := &out.Crises[k]
		cr.Responses = accs[k].stats(measurable, reason)
		ts := firstTimes[k]
		if out.Comments.Measurable && int64(len(ts)) > out.Comments.Median {
			sort.Slice(ts, func(a, b int) bool { return ts[a].Before(ts[b]) })
			h := ts[out.Comments.Median].In(c.loc).Hour()
			cr.StartHour = &h
		}
		weekend := cr.Weekday >= 5
		switch {
		case weekend:
			cr.OutOfHours = boolPtr(true)
		case cr.StartHour != nil:
			cr.OutOfHours = boolPtr(*cr.StartHour < c.hours.Start || *cr.StartHour >= c.hours.End)
		}
		if cr.OutOfHours != nil && *cr.OutOfHours {
			out.OutOfHoursStarts++
		}
	}
	return out
}

func boolPtr(b bool) *bool { return &b }

// dayFlags says which series flagged a day.
type dayFlags struct{ comments, feedback bool }

func flagOf(m map[int]*dayFlags, day int) *dayFlags {
	f := m[day]
	if f == nil {
		f = &dayFlags{}
		m[day] = f
	}
	return f
}

// crisisSeries applies the crisis rule to a daily series: a day is a crisis
// day when its value is above median + factor x MAD (nearest-rank medians)
// and at least minCount. With fewer than minDays days it is not measurable.
func crisisSeries(dayNums []int, values []int64, factor float64, minCount, minDays int, loc *time.Location) CrisisSeries {
	s := CrisisSeries{MinCount: minCount, Days: make([]DayValue, len(values))}
	for i, d := range dayNums {
		s.Days[i] = DayValue{Day: dayTime(d, loc), Value: values[i]}
	}
	if len(values) < minDays {
		s.Reason = ReasonTooFewDays
		return s
	}
	s.Measurable = true
	sorted := append([]int64(nil), values...)
	s.Median = medianInt64(sorted)
	dev := make([]int64, len(values))
	for i, v := range values {
		dev[i] = v - s.Median
		if dev[i] < 0 {
			dev[i] = -dev[i]
		}
	}
	s.MAD = medianInt64(dev)
	s.Threshold = float64(s.Median) + factor*float64(s.MAD)
	for i := range s.Days {
		v := s.Days[i].Value
		s.Days[i].Crisis = float64(v) > s.Threshold && v >= int64(minCount)
	}
	return s
}
