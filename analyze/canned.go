package analyze

import (
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// NormalizeReply reduces a reply to the text an agent would have pasted:
// lower case; a link (http://, https://, www., in any case) becomes
// "<url>"; an @mention, and any whole word of name that has two letters or
// more, becomes "@name"; an agent's signature, "^" and letters ("^JK",
// "^Julie", as support accounts sign on X), becomes "^agent"; a run of
// digits, with . , : / - between digits, becomes "#"; white space is
// collapsed to one space and trimmed. name is
// the author name of the comment replied to ("" when unknown). With name
// "Jane Doe", "Hi Jane, your order 12345" becomes "hi @name, your order #".
func NormalizeReply(text, name string) string {
	s := text
	// The name's words, as substrings: no allocation for up to 8 words.
	var buf [8]string
	names := nameWords(buf[:0], name)
	var b strings.Builder
	b.Grow(len(s))
	space := false // white space seen since the last token
	sep := func() {
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
	}
	// mention writes "@name", once for a run of mentions separated by
	// spaces only ("Jane Doe", "@jane @john"), so that a name counts the
	// same whether written in one piece or in words.
	mention := func() {
		if strings.HasSuffix(b.String(), "@name") {
			space = false
			return
		}
		sep()
		b.WriteString("@name")
	}
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case isSpace(r):
			space = true
			i += size
		case (r == 'h' || r == 'H') && (hasPrefixFold(s[i:], "http://") || hasPrefixFold(s[i:], "https://")),
			(r == 'w' || r == 'W') && hasPrefixFold(s[i:], "www."):
			j := i
			for j < len(s) {
				r2, n := utf8.DecodeRuneInString(s[j:])
				if isSpace(r2) {
					break
				}
				j += n
			}
			sep()
			b.WriteString("<url>")
			i = j
		case r == '@' && i+size < len(s) && isHandleRune(s[i+size:]):
			j := i + size
			for j < len(s) {
				r2, n := utf8.DecodeRuneInString(s[j:])
				// A dot belongs to the handle only between handle
				// characters ("@jane.doe", not the full stop of "@jane.").
				if isHandle(r2) || r2 == '.' && j+n < len(s) && isHandleRune(s[j+n:]) {
					j += n
					continue
				}
				break
			}
			mention()
			i = j
		case r == '^' && i+size < len(s) && isWordStart(s[i+size:]):
			// A support agent's signature ("^JK", "^Julie").
			j := i + size
			for j < len(s) {
				r2, n := utf8.DecodeRuneInString(s[j:])
				if !isWordRune(r2) {
					break
				}
				j += n
			}
			sep()
			b.WriteString("^agent")
			i = j
		case unicode.IsDigit(r):
			j := i + size
			for j < len(s) {
				r2, n := utf8.DecodeRuneInString(s[j:])
				if unicode.IsDigit(r2) {
					j += n
					continue
				}
				if strings.ContainsRune(".,:/-", r2) && j+n < len(s) {
					if r3, _ := utf8.DecodeRuneInString(s[j+n:]); unicode.IsDigit(r3) {
						j += n
						continue
					}
				}
				break
			}
			sep()
			b.WriteByte('#')
			i = j
		case isWordRune(r) && name != "" && wholeNameAt(s, i, name):
			// The replied-to author's whole name ("Jane Doe", or a
			// pseudonym such as "commenter-0042") is one mention.
			mention()
			i += len(name)
		case isWordRune(r):
			j := i + size
			for j < len(s) {
				r2, n := utf8.DecodeRuneInString(s[j:])
				if !isWordRune(r2) {
					break
				}
				j += n
			}
			if word := s[i:j]; isNameWord(names, word) {
				mention()
			} else {
				sep()
				writeLower(&b, word)
			}
			i = j
		default:
			sep()
			writeLower(&b, s[i:i+size])
			i += size
		}
	}
	return b.String()
}

// writeLower writes s in lower case, as strings.ToLower would, without
// allocating.
func writeLower(b *strings.Builder, s string) {
	lower := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			lower = false
			break
		}
	}
	if lower {
		b.WriteString(s)
		return
	}
	for _, r := range s {
		b.WriteRune(unicode.ToLower(r))
	}
}

// hasPrefixFold is strings.HasPrefix, ignoring case; prefix is ASCII.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// wholeNameAt reports whether the name, ignoring case, is written at
// s[i:] and ends there as a word (not followed by a letter or digit).
func wholeNameAt(s string, i int, name string) bool {
	if len(s)-i < len(name) || !strings.EqualFold(s[i:i+len(name)], name) {
		return false
	}
	if j := i + len(name); j < len(s) {
		r, _ := utf8.DecodeRuneInString(s[j:])
		return !isWordRune(r) && !unicode.IsDigit(r)
	}
	return true
}

// NameWords are the words of an author's name that NormalizeReply masks
// in replies to them: runs of letters of two letters or more.
func NameWords(name string) []string { return nameWords(nil, name) }

// nameWords appends to dst the words (runs of letters) of name that have
// two letters or more.
func nameWords(dst []string, name string) []string {
	for i := 0; i < len(name); {
		r, size := utf8.DecodeRuneInString(name[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(name) {
			r2, n := utf8.DecodeRuneInString(name[j:])
			if !isWordRune(r2) {
				break
			}
			j += n
		}
		if utf8.RuneCountInString(name[i:j]) >= 2 {
			dst = append(dst, name[i:j])
		}
		i = j
	}
	return dst
}

// isNameWord reports whether word is one of names, ignoring case.
func isNameWord(names []string, word string) bool {
	for _, n := range names {
		if strings.EqualFold(n, word) {
			return true
		}
	}
	return false
}

// isWordRune: letters and the marks that combine with them. Digits are not
// part of words, so that "ab12345" keeps "ab" and masks the number.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

func isHandle(r rune) bool { return isWordRune(r) || unicode.IsDigit(r) || r == '_' }

// isWordStart reports whether s starts with a letter.
func isWordStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

// isHandleRune reports whether s starts with a handle character.
func isHandleRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isHandle(r)
}

// reply is one brand reply: a brand comment with a parent (comment is its
// index in context.comments), or a reply post (post is its index in
// context.posts, comment is -1).
type reply struct {
	comment, post int
	norm          string
}

func (c *context) replyAt(r *reply) time.Time {
	if r.comment >= 0 {
		return c.comments[r.comment].Created
	}
	return c.posts[r.post].Published
}

func (c *context) replyPlatform(r *reply) string {
	if r.comment >= 0 {
		return c.comments[r.comment].Platform
	}
	return c.posts[r.post].Platform
}

func (c *context) replyText(r *reply) string {
	if r.comment >= 0 {
		return c.comments[r.comment].Text
	}
	return c.posts[r.post].Text
}

// replyBefore orders replies by time, then platform, kind (comments first)
// and id: a unique key.
func (c *context) replyBefore(a, b *reply) bool {
	at, bt := c.replyAt(a), c.replyAt(b)
	switch {
	case !at.Equal(bt):
		return at.Before(bt)
	case c.replyPlatform(a) != c.replyPlatform(b):
		return c.replyPlatform(a) < c.replyPlatform(b)
	case (a.comment >= 0) != (b.comment >= 0):
		return a.comment >= 0
	case a.comment >= 0:
		return c.comments[a.comment].ID < c.comments[b.comment].ID
	}
	pa, pb := c.posts[a.post], c.posts[b.post]
	if pa.Account != pb.Account {
		return pa.Account < pb.Account
	}
	return pa.ID < pb.ID
}

// canned finds the reply texts the brand pastes again and again (see
// CannedReplies).
func (c *context) canned() CannedReplies {
	opts := c.diag.Canned
	var out CannedReplies

	// The author name of the comment each brand reply replies to, found
	// through the answer index (brand comments by parent), to mask it.
	idx := c.answerIndex()
	parentName := make([]string, len(c.comments))
	for _, cm := range c.comments {
		if cm.AuthorName == "" {
			continue
		}
		for _, a := range idx[threadKey{cm.Platform, cm.ID}] {
			parentName[a.i] = cm.AuthorName
		}
	}
	source := len(c.attributable) > 0
	var replies []reply
	for i, cm := range c.comments {
		if c.brand[i] && cm.ParentID != "" && c.inPeriod(cm.Created) {
			replies = append(replies, reply{comment: i, post: -1})
		}
	}
	// Normalising is most of the work, and each reply is normalised
	// alone: the replies are shared out in as many runs as there are
	// processors.
	inRuns(len(replies), func(lo, hi int) {
		for j := lo; j < hi; j++ {
			r := &replies[j]
			r.norm = NormalizeReply(c.comments[r.comment].Text, parentName[r.comment])
		}
	})
	for i, p := range c.posts {
		if p.IsReply {
			source = true
			if c.inPeriod(p.Published) {
				replies = append(replies, reply{comment: -1, post: i, norm: NormalizeReply(p.Text, "")})
			}
		}
	}
	out.Replies = len(replies)
	switch {
	case !source:
		out.Reason = ReasonNoReplySource
		if len(c.comments) > 0 {
			out.Reason = c.unattributedReason("")
		}
		return out
	case len(replies) == 0:
		out.Reason = ReasonNoReplies
		return out
	}

	// Group the replies by normalised text: an index into groups per
	// text, so that a million distinct texts cost no pointer each.
	type group struct {
		norm        string
		count       int
		first, last *reply
		platforms   map[string]bool // filled for canned texts only
	}
	var groups []group
	groupOf := map[string]int{}
	for i := range replies {
		r := &replies[i]
		if r.norm == "" {
			continue
		}
		out.WithText++
		k, ok := groupOf[r.norm]
		if !ok {
			k = len(groups)
			groupOf[r.norm] = k
			groups = append(groups, group{norm: r.norm, first: r, last: r})
		}
		g := &groups[k]
		g.count++
		if c.replyBefore(r, g.first) {
			g.first = r
		}
		if c.replyBefore(g.last, r) {
			g.last = r
		}
	}
	if out.WithText == 0 {
		out.Reason = ReasonNoReplyText
		return out
	}
	out.Measurable = true

	type plat struct{ withText, canned int }
	byPlatform := map[string]*plat{}
	for i := range replies {
		r := &replies[i]
		if r.norm == "" {
			continue
		}
		name := c.replyPlatform(r)
		p := byPlatform[name]
		if p == nil {
			p = &plat{}
			byPlatform[name] = p
		}
		p.withText++
		if g := &groups[groupOf[r.norm]]; g.count >= opts.MinRepeats {
			p.canned++
			if g.platforms == nil {
				g.platforms = map[string]bool{}
			}
			g.platforms[name] = true
		}
	}
	for i := range groups {
		g := &groups[i]
		if g.count < opts.MinRepeats {
			continue
		}
		out.Canned += g.count
		out.Top = append(out.Top, CannedText{Text: g.norm, Count: g.count, Example: c.replyText(g.first),
			First: c.replyAt(g.first), Last: c.replyAt(g.last), Platforms: sortedKeys(g.platforms)})
	}
	out.Texts = len(out.Top)
	out.Share = ratio(out.Canned, out.WithText)
	sort.Slice(out.Top, func(i, j int) bool {
		a, b := &out.Top[i], &out.Top[j]
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		return a.Text < b.Text
	})
	if len(out.Top) > opts.Top {
		out.Top = out.Top[:opts.Top:opts.Top]
	}
	for _, name := range sortedKeys(byPlatform) {
		p := byPlatform[name]
		out.ByPlatform = append(out.ByPlatform, PlatformCanned{Platform: name, WithText: p.withText,
			Canned: p.canned, Share: ratio(p.canned, p.withText)})
	}
	return out
}
