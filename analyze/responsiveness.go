package analyze

import (
	"math"
	"slices"
	"sort"
	"strings"
	"time"
)

// IsQuestion reports whether a comment text asks a question: it contains
// '?', the full-width '？' or the Spanish '¿'.
func IsQuestion(text string) bool {
	// Three substring searches are much faster than ContainsAny with
	// multi-byte runes, which decodes every rune of the text.
	return strings.IndexByte(text, '?') >= 0 || strings.Contains(text, "？") || strings.Contains(text, "¿")
}

// status of a customer comment at as-of.
type status int8

const (
	statusAnswered status = iota
	statusPending
	statusUnanswered
)

// verdict is what the analysis found for one customer comment.
type verdict struct {
	// judged is false for the comments that are not judged: the brand's,
	// those outside the period, and those of unjudgeable platforms.
	judged   bool
	status   status
	first    time.Duration // first response time, when answered
	by       int           // index in context.comments of the first answer, when answered
	question bool
}

// answerRef is a brand comment that may answer others: its time, and its
// index in context.comments.
type answerRef struct {
	at time.Time
	i  int
}

// answerIndex finds the answers of customer comments: for each
// (platform, parent id), the brand comments with that parent, sorted by
// time and then by index, so that of two answers at the same instant the
// first in the data is the first answer.
type answerIndex map[threadKey][]answerRef

// threadKey identifies a message within its platform.
type threadKey struct{ platform, id string }

func (c *context) answerIndex() answerIndex {
	if c.answers != nil {
		return c.answers
	}
	// Sized for every brand reply at once: growing a map of hundreds of
	// thousands of parents rehashes it again and again.
	n := 0
	for i, cm := range c.comments {
		if c.brand[i] && cm.ParentID != "" {
			n++
		}
	}
	idx := make(answerIndex, n)
	c.answers = idx
	for i, cm := range c.comments {
		if c.brand[i] && cm.ParentID != "" {
			k := threadKey{cm.Platform, cm.ParentID}
			idx[k] = append(idx[k], answerRef{cm.Created, i})
		}
	}
	for _, ts := range idx {
		// Appended in index order: a stable sort by time breaks ties by
		// index.
		if len(ts) > 1 {
			slices.SortStableFunc(ts, func(a, b answerRef) int { return a.at.Compare(b.at) })
		}
	}
	return idx
}

// firstAnswer returns the earliest answer at or after t among brand
// comments whose parent is id.
func (idx answerIndex) firstAnswer(platform, id string, t time.Time) (answerRef, bool) {
	ts := idx[threadKey{platform, id}]
	i := sort.Search(len(ts), func(i int) bool { return !ts[i].at.Before(t) })
	if i == len(ts) {
		return answerRef{}, false
	}
	return ts[i], true
}

// judge decides whether a customer comment was answered, and how fast: a
// brand comment answers it when it replies to it directly or, when the
// comment is itself a reply, when it replies later in the same thread.
func (c *context) judge(idx answerIndex, cm *Comment) verdict {
	v := verdict{judged: true, question: IsQuestion(cm.Text)}
	best, ok := idx.firstAnswer(cm.Platform, cm.ID, cm.Created)
	if cm.ParentID != "" {
		if t, ok2 := idx.firstAnswer(cm.Platform, cm.ParentID, cm.Created); ok2 && (!ok || t.at.Before(best.at)) {
			best, ok = t, true
		}
	}
	switch {
	case ok:
		v.status, v.first, v.by = statusAnswered, best.at.Sub(cm.Created), best.i
	case c.asOf.Sub(cm.Created) < c.sla:
		v.status = statusPending
	default:
		v.status = statusUnanswered
	}
	return v
}

// responseAcc accumulates the responsiveness figures of one set of
// customer comments.
type responseAcc struct {
	customer, answered, unanswered, pending, withinSLA int
	firsts                                             []time.Duration
	buckets                                            [5]int
	hiddenKnown                                        bool
	hiddenNoAnswer                                     int
}

func (a *responseAcc) add(cm *Comment, v verdict, sla time.Duration) {
	a.customer++
	switch v.status {
	case statusAnswered:
		a.answered++
		a.firsts = append(a.firsts, v.first)
		if v.first <= sla {
			a.withinSLA++
		}
		b := 0
		for b < len(ResponseBucketBounds) && v.first > ResponseBucketBounds[b] {
			b++
		}
		a.buckets[b]++
	case statusPending:
		a.pending++
	default:
		a.unanswered++
	}
	if cm.Hidden != FlagUnknown {
		a.hiddenKnown = true
		if cm.Hidden == FlagYes && v.status != statusAnswered {
			a.hiddenNoAnswer++
		}
	}
}

// stats turns the accumulator into ResponseStats. When measurable is false
// only the number of customer comments is kept.
func (a *responseAcc) stats(measurable bool, reason string) ResponseStats {
	s := ResponseStats{Measurable: measurable, CustomerComments: a.customer}
	if !measurable {
		s.Reason = reason
		return s
	}
	s.Answered, s.Unanswered, s.Pending = a.answered, a.unanswered, a.pending
	s.AnsweredWithinSLA = a.withinSLA
	judged := a.answered + a.unanswered
	s.ResponseRate = ratio(a.answered, judged)
	s.WithinSLARate = ratio(a.withinSLA, judged)
	s.FirstResponse = Durations(a.firsts)
	s.Buckets = a.buckets
	if a.hiddenKnown {
		n := a.hiddenNoAnswer
		s.HiddenWithoutAnswer = &n
	}
	return s
}

// Durations summarises durations: the nearest-rank median and 90th
// percentile (the value at 1-based position ceil(p/100*n) of the sorted
// values) and the mean, rounded to the nearest nanosecond. It sorts its
// argument in place.
func Durations(ds []time.Duration) DurationStats {
	s := DurationStats{N: len(ds)}
	if len(ds) == 0 {
		return s
	}
	slices.Sort(ds)
	med, p90 := ds[NearestRank(50, len(ds))-1], ds[NearestRank(90, len(ds))-1]
	// Sum in float64: a million durations of days would overflow int64 ns.
	var sum float64
	for _, d := range ds {
		sum += float64(d)
	}
	mean := time.Duration(math.Round(sum / float64(len(ds))))
	s.Median, s.P90, s.Mean = &med, &p90, &mean
	return s
}

// NearestRank returns the 1-based position of the p-th percentile among n
// sorted values: ceil(p/100*n), at least 1. It is computed in integers so
// that, for example, the 90th percentile of 10 values is the 9th, not the
// 10th through a rounding error.
func NearestRank(p, n int) int {
	r := (p*n + 99) / 100
	if r < 1 {
		r = 1
	}
	return r
}

// verdicts judges every customer comment of the period once, and returns
// the verdicts indexed like c.comments (judged is false for the others).
// Responsiveness and the diagnostics read the same verdicts, so that a
// comment is answered, pending or unanswered in the same way everywhere.
func (c *context) verdicts() []verdict {
	if c.judged != nil {
		return c.judged
	}
	idx := c.answerIndex()
	judged := make([]verdict, len(c.comments))
	// Each comment is judged alone, against the index.
	inRuns(len(c.comments), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			cm := c.comments[i]
			if c.brand[i] || !c.inPeriod(cm.Created) || c.unjudgeable(cm.Platform) {
				continue
			}
			judged[i] = c.judge(idx, cm)
		}
	})
	c.judged = judged
	return judged
}

// responsiveness computes Responsiveness and the list of open comments.
func (c *context) responsiveness() (Responsiveness, []OpenComment) {
	reason := ""
	if !c.anyBrand {
		reason = c.unattributedReason("")
	}

	var all, questions, inHours, outHours responseAcc
	type pair struct{ all, questions responseAcc }
	byPlatform := map[string]*pair{}
	byMonth := make([]pair, len(c.months))
	var heat Heatmap

	// Every customer comment of the period is judged once (verdicts); the
	// open list is then built at its exact size (OpenComment is large, so
	// growing it by appends costs more than counting first).
	verdicts := c.verdicts()
	nOpen := 0
	leftOut := 0
	for i, cm := range c.comments {
		if c.brand[i] || !c.inPeriod(cm.Created) {
			continue
		}
		if c.unjudgeable(cm.Platform) {
			leftOut++
			continue
		}
		if c.anyBrand && verdicts[i].status != statusAnswered {
			nOpen++
		}
	}
	plat := func(name string) *pair {
		p := byPlatform[name]
		if p == nil {
			p = &pair{}
			byPlatform[name] = p
		}
		return p
	}
	open := make([]OpenComment, 0, nOpen)
	for i, cm := range c.comments {
		if c.brand[i] || !c.inPeriod(cm.Created) {
			continue
		}
		v := verdicts[i]
		p := plat(cm.Platform)
		if c.unjudgeable(cm.Platform) {
			// Only the platform's own row shows these comments, as not
			// measurable.
			p.all.add(cm, v, c.sla)
			if IsQuestion(cm.Text) {
				p.questions.add(cm, v, c.sla)
			}
			continue
		}
		all.add(cm, v, c.sla)
		if v.question {
			questions.add(cm, v, c.sla)
		}
		local := cm.Created.In(c.loc)
		if c.hours.Contains(local) {
			inHours.add(cm, v, c.sla)
		} else {
			outHours.add(cm, v, c.sla)
		}
		p.all.add(cm, v, c.sla)
		m := &byMonth[c.monthOf(local)]
		m.all.add(cm, v, c.sla)
		if v.question {
			p.questions.add(cm, v, c.sla)
			m.questions.add(cm, v, c.sla)
		}
		wd := (int(local.Weekday()) + 6) % 7 // Monday first
		heat.Comments[wd][local.Hour()]++
		if c.anyBrand && v.status == statusUnanswered {
			heat.Unanswered[wd][local.Hour()]++
		}
		if c.anyBrand && v.status != statusAnswered {
			open = append(open, OpenComment{
				Comment:  cm,
				Pending:  v.status == statusPending,
				Age:      c.asOf.Sub(cm.Created),
				Question: v.question,
			})
		}
	}

	r := Responsiveness{
		ResponseStats: all.stats(c.anyBrand, reason),
		Questions:     questions.stats(c.anyBrand, reason),
		InHours:       inHours.stats(c.anyBrand, reason),
		OutOfHours:    outHours.stats(c.anyBrand, reason),
		Heatmap:       heat,
		LeftOut:       leftOut,
	}
	for _, name := range sortedKeys(byPlatform) {
		p := byPlatform[name]
		ok, why := c.anyBrand && c.attributable[name], reason
		if !ok && why == "" {
			why = c.unattributedReason(name)
		}
		r.ByPlatform = append(r.ByPlatform, PlatformResponsiveness{
			Platform:  name,
			All:       p.all.stats(ok, why),
			Questions: p.questions.stats(ok, why),
		})
	}
	for i, month := range c.months {
		r.ByMonth = append(r.ByMonth, MonthResponsiveness{
			Month:     month,
			All:       byMonth[i].all.stats(c.anyBrand, reason),
			Questions: byMonth[i].questions.stats(c.anyBrand, reason),
		})
	}
	sort.Slice(open, func(i, j int) bool {
		a, b := open[i].Comment, open[j].Comment
		if !a.Created.Equal(b.Created) {
			return a.Created.Before(b.Created)
		}
		if a.Platform != b.Platform {
			return a.Platform < b.Platform
		}
		return a.ID < b.ID
	})
	return r, open
}
