package analyze

import (
	"sort"
	"strings"
)

// members ranks the customers who comment most, with what became of their
// comments (see Members).
func (c *context) members() Members {
	opts := c.diag.Members
	verdicts := c.verdicts()

	type memberKey struct{ platform, key string }
	type acc struct {
		m    Member
		name string // lower-case, for sorting
		key  string
		// nameAt is the index of the comment the name was taken from.
		nameAt int
	}
	byKey := map[memberKey]*acc{}
	var out Members
	judged := 0
	for i, cm := range c.comments {
		v := verdicts[i]
		if !v.judged {
			continue
		}
		judged++
		id, name := strings.TrimSpace(cm.AuthorID), strings.TrimSpace(cm.AuthorName)
		key := "id:" + id
		if id == "" {
			key = "name:" + strings.ToLower(name)
		}
		if id == "" && name == "" {
			out.Anonymous++
			continue
		}
		k := memberKey{cm.Platform, key}
		a := byKey[k]
		if a == nil {
			a = &acc{m: Member{Platform: cm.Platform, AuthorID: id, First: cm.Created, Last: cm.Created}, key: key, nameAt: -1}
			byKey[k] = a
		}
		m := &a.m
		m.Comments++
		switch v.status {
		case statusAnswered:
			m.Answered++
		case statusPending:
			m.Pending++
		default:
			m.Unanswered++
		}
		if cm.Created.Before(m.First) {
			m.First = cm.Created
		}
		if cm.Created.After(m.Last) {
			m.Last = cm.Created
		}
		// The latest non-empty name (ties: the later in the data).
		if name != "" && (a.nameAt < 0 || !cm.Created.Before(c.comments[a.nameAt].Created)) {
			m.AuthorName, a.name, a.nameAt = name, strings.ToLower(name), i
		}
	}
	switch {
	case judged == 0:
		out.Reason = ReasonNoCustomerComments
		return out
	case len(byKey) == 0:
		out.Reason = ReasonNoAuthors
		return out
	}
	out.Measurable = true
	out.Answers, out.AnswersReason = c.anyBrand, c.judgedReason()

	all := make([]*acc, 0, len(byKey))
	for _, a := range byKey {
		ok, _ := c.judgeableOn(a.m.Platform)
		a.m.Answers = ok
		if !ok {
			a.m.Answered, a.m.Unanswered, a.m.Pending = 0, 0, 0
		}
		all = append(all, a)
	}
	sort.Slice(all, func(i, j int) bool {
		a, b := all[i], all[j]
		switch {
		case a.m.Comments != b.m.Comments:
			return a.m.Comments > b.m.Comments
		case a.m.Platform != b.m.Platform:
			return a.m.Platform < b.m.Platform
		case a.name != b.name:
			return a.name < b.name
		}
		return a.key < b.key
	})
	out.Customers = len(all)
	for _, a := range all {
		if len(out.Top) < opts.Top {
			out.Top = append(out.Top, a.m)
		}
		if a.m.Comments < opts.MinComments {
			continue
		}
		out.Regulars++
		if a.m.Answers && a.m.Answered == 0 && a.m.Unanswered > 0 {
			out.NeverAnswered++
			if len(out.NeverAnsweredTop) < opts.Top {
				out.NeverAnsweredTop = append(out.NeverAnsweredTop, a.m)
			}
		}
	}
	return out
}
