package analyze

import (
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

	byKey := map[memberKey]int32{}
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
		n, ok := byKey[k]
		if !ok {
			n = int32(len(accs))
			byKey[k] = n
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

	// Sort keys, computed once: the lower-case name and the key.
	names := make([]string, len(accs))
	keys := make([]memberKey, len(accs))
	order := make([]int32, len(accs))
	for i := range accs {
		order[i] = int32(i)
		if at := accs[i].nameAt; at >= 0 {
			names[i] = strings.ToLower(strings.TrimSpace(c.comments[at].AuthorName))
		}
		keys[i], _ = customerKey(c.comments[accs[i].keyAt])
	}
	sort.Slice(order, func(i, j int) bool {
		x, y := order[i], order[j]
		a, b := &accs[x], &accs[y]
		switch {
		case a.comments != b.comments:
			return a.comments > b.comments
		case keys[x].platform != keys[y].platform:
			return keys[x].platform < keys[y].platform
		case names[x] != names[y]:
			return names[x] < names[y]
		case keys[x].byName != keys[y].byName:
			return !keys[x].byName
		}
		return keys[x].key < keys[y].key
	})
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
		return m
	}
	out.Customers = len(accs)
	for _, n := range order {
		a := &accs[n]
		if len(out.Top) < opts.Top {
			out.Top = append(out.Top, member(a))
		}
		if int(a.comments) < opts.MinComments {
			continue
		}
		out.Regulars++
		if ok, _ := c.judgeableOn(keys[n].platform); ok && a.answered == 0 && a.unanswered > 0 {
			out.NeverAnswered++
			if len(out.NeverAnsweredTop) < opts.Top {
				out.NeverAnsweredTop = append(out.NeverAnsweredTop, member(a))
			}
		}
	}
	return out
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
