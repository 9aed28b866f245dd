package analyze

import (
	"cmp"
	"slices"
	"sort"
	"strings"
)

// memberKey identifies a customer: (platform, author id), or without an id
// (platform, lower-case name).
type memberKey struct {
	platform string
	byName   bool
	key      string
}

// memberAcc counts one customer's comments. It refers to comments by
// index, to stay small: a million comments may come from hundreds of
// thousands of customers.
type memberAcc struct {
	keyAt       int32 // a comment of the customer, for the key
	first, last int32 // their earliest and latest comments
	nameAt      int32 // the comment the name is taken from; -1: none
	comments    int32
	answered    int32
	unanswered  int32
	pending     int32
}

// members ranks the customers who comment most, with what became of their
// comments (see Members).
func (c *context) members() Members {
	opts := c.diag.Members
	verdicts := c.verdicts()

	// Per platform, the customers by author id, or by "\x00" and the
	// lower-case name: string keys hash faster than structs.
	byPlatform := map[string]map[string]int32{}
	var lastPlatform string
	var byKey map[string]int32
	var accs []memberAcc
	var out Members
	judged := 0
	for i, cm := range c.comments {
		v := verdicts[i]
		if !v.judged {
			continue
		}
		judged++
		k, ok := customerKey(cm)
		if !ok {
			out.Anonymous++
			continue
		}
		if byKey == nil || cm.Platform != lastPlatform {
			byKey, lastPlatform = byPlatform[cm.Platform], cm.Platform
			if byKey == nil {
				byKey = map[string]int32{}
				byPlatform[cm.Platform] = byKey
			}
		}
		sk := k.key
		if k.byName {
			sk = "\x00" + sk
		}
		n, ok := byKey[sk]
		if !ok {
			n = int32(len(accs))
			byKey[sk] = n
			accs = append(accs, memberAcc{keyAt: int32(i), first: int32(i), last: int32(i), nameAt: -1})
		}
		a := &accs[n]
		a.comments++
		switch v.status {
		case statusAnswered:
			a.answered++
		case statusPending:
			a.pending++
		default:
			a.unanswered++
		}
		if cm.Created.Before(c.comments[a.first].Created) {
			a.first = int32(i)
		}
		// The latest comment; ties: the later in the data. The name is
		// the latest non-empty one.
		if !cm.Created.Before(c.comments[a.last].Created) {
			a.last = int32(i)
		}
		if strings.TrimSpace(cm.AuthorName) != "" && (a.nameAt < 0 || !cm.Created.Before(c.comments[a.nameAt].Created)) {
			a.nameAt = int32(i)
		}
	}
	switch {
	case judged == 0:
		out.Reason = ReasonNoCustomerComments
		return out
	case len(accs) == 0:
		out.Reason = ReasonNoAuthors
		return out
	}
	out.Measurable = true
	out.Answers, out.AnswersReason = c.anyBrand, c.judgedReason()

	// The order: most comments first, then platform, lower-case name and
	// key. Names are lower-cased only when two customers tie on comments
	// and platform, which keeps ranking hundreds of thousands cheap.
	names := make([]string, len(accs))
	named := make([]bool, len(accs))
	nameOf := func(x int32) string {
		if !named[x] {
			named[x] = true
			if at := accs[x].nameAt; at >= 0 {
				names[x] = strings.ToLower(strings.TrimSpace(c.comments[at].AuthorName))
			}
		}
		return names[x]
	}
	less := func(x, y int32) bool {
		a, b := &accs[x], &accs[y]
		if a.comments != b.comments {
			return a.comments > b.comments
		}
		// Then the earliest first comment, which pseudonyms do not change,
		// so that --anonymize ranks the same people in the same places.
		if fa, fb := c.comments[a.first].Created, c.comments[b.first].Created; !fa.Equal(fb) {
			return fa.Before(fb)
		}
		ca, cb := c.comments[a.keyAt], c.comments[b.keyAt]
		if ca.Platform != cb.Platform {
			return ca.Platform < cb.Platform
		}
		if na, nb := nameOf(x), nameOf(y); na != nb {
			return na < nb
		}
		ka, _ := customerKey(ca)
		kb, _ := customerKey(cb)
		if ka.byName != kb.byName {
			return !ka.byName
		}
		return ka.key < kb.key
	}
	member := func(a *memberAcc) Member {
		cm := c.comments[a.keyAt]
		m := Member{
			Platform: cm.Platform,
			AuthorID: strings.TrimSpace(cm.AuthorID),
			Comments: int(a.comments),
			First:    c.comments[a.first].Created,
			Last:     c.comments[a.last].Created,
		}
		if a.nameAt >= 0 {
			m.AuthorName = strings.TrimSpace(c.comments[a.nameAt].AuthorName)
		}
		if ok, _ := c.judgeableOn(m.Platform); ok {
			m.Answers = true
			m.Answered, m.Unanswered, m.Pending = int(a.answered), int(a.unanswered), int(a.pending)
		}
		m.Regular = int(a.comments) >= opts.MinComments
		m.NeverAnswered = m.Regular && m.Answers && a.answered == 0 && a.unanswered > 0
		return m
	}
	out.Customers = len(accs)
	var top, never []int32
	for n := range accs {
		a := &accs[n]
		top = pushTop(top, int32(n), opts.Top, less)
		if int(a.comments) < opts.MinComments {
			continue
		}
		out.Regulars++
		if ok, _ := c.judgeableOn(c.comments[a.keyAt].Platform); ok && a.answered == 0 && a.unanswered > 0 {
			out.NeverAnswered++
			never = pushTop(never, int32(n), opts.Top, less)
		}
	}
	for _, n := range top {
		out.Top = append(out.Top, member(&accs[n]))
	}
	// Every customer in the same order, for the report's full list. The
	// comments and first times, which decide almost every comparison, are
	// copied beside the indexes so that sorting does not chase pointers.
	type ranked struct {
		comments, ns, n int32
		sec             int64 // the first comment: seconds and nanoseconds
	}
	order := make([]ranked, len(accs))
	for n := range accs {
		t := c.comments[accs[n].first].Created
		order[n] = ranked{comments: accs[n].comments, ns: int32(t.Nanosecond()), n: int32(n), sec: t.Unix()}
	}
	slices.SortFunc(order, func(x, y ranked) int {
		if x.comments != y.comments {
			return cmp.Compare(y.comments, x.comments)
		}
		if x.sec != y.sec {
			return cmp.Compare(x.sec, y.sec)
		}
		if x.ns != y.ns {
			return cmp.Compare(x.ns, y.ns)
		}
		switch {
		case less(x.n, y.n):
			return -1
		case less(y.n, x.n):
			return 1
		}
		return 0
	})
	out.All = make([]Member, len(order))
	for i, r := range order {
		out.All[i] = member(&accs[r.n])
	}
	for _, n := range never {
		out.NeverAnsweredTop = append(out.NeverAnsweredTop, member(&accs[n]))
	}
	return out
}

// pushTop keeps the (at most) n first elements of an ordering in top,
// sorted: x goes in at its place if there is room or it comes before the
// last. Selecting the first 10 of m costs about m comparisons, not
// m log m.
func pushTop(top []int32, x int32, n int, less func(a, b int32) bool) []int32 {
	if len(top) == n && !less(x, top[n-1]) {
		return top
	}
	i := sort.Search(len(top), func(i int) bool { return less(x, top[i]) })
	if len(top) < n {
		top = append(top, 0)
	}
	copy(top[i+1:], top[i:])
	top[i] = x
	return top
}

// customerKey is the key of a comment's author; ok is false when the
// comment names neither an id nor a name.
func customerKey(cm *Comment) (memberKey, bool) {
	if id := strings.TrimSpace(cm.AuthorID); id != "" {
		return memberKey{platform: cm.Platform, key: id}, true
	}
	name := strings.TrimSpace(cm.AuthorName)
	if name == "" {
		return memberKey{}, false
	}
	return memberKey{platform: cm.Platform, byName: true, key: strings.ToLower(name)}, true
}
