package analyze

import (
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// NormalizeReply reduces a reply to the text an agent would have pasted:
// lower case; a link (http://, https://, www.) becomes "<url>"; an
// @mention, and any whole word among names, becomes "@name"; a run of
// digits, with . , : / - between digits, becomes "#"; white space is
// collapsed to one space and trimmed. names are lower-case words (see
// nameWords). "Hi @Jane, your order 12345" becomes "hi @name, your order #".
func NormalizeReply(text string, names []string) string {
	s := strings.ToLower(text)
	var b strings.Builder
	b.Grow(len(s))
	space := false // white space seen since the last token
	emit := func(tok string) {
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteString(tok)
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			space = true
			i += size
		case r == 'h' && (strings.HasPrefix(s[i:], "http://") || strings.HasPrefix(s[i:], "https://")),
			r == 'w' && strings.HasPrefix(s[i:], "www."):
			j := i
			for j < len(s) {
				r2, n := utf8.DecodeRuneInString(s[j:])
				if unicode.IsSpace(r2) {
					break
				}
				j += n
			}
			emit("<url>")
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
			emit("@name")
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
			emit("#")
			i = j
		case isWordRune(r):
			j := i + size
			for j < len(s) {
				r2, n := utf8.DecodeRuneInString(s[j:])
				if !isWordRune(r2) {
					break
				}
				j += n
			}
			word := s[i:j]
			for _, n := range names {
				if word == n {
					word = "@name"
					break
				}
			}
			emit(word)
			i = j
		default:
			emit(s[i : i+size])
			i += size
		}
	}
	return b.String()
}

// isWordRune: letters and the marks that combine with them. Digits are not
// part of words, so that "ab12345" keeps "ab" and masks the number.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }

func isHandle(r rune) bool { return isWordRune(r) || unicode.IsDigit(r) || r == '_' }

// isHandleRune reports whether s starts with a handle character.
func isHandleRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isHandle(r)
}

// nameWords splits an author name into the lower-case words that mask it
// in a reply: runs of letters of at least two letters ("Maria K." gives
// "maria").
func nameWords(name string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return !isWordRune(r) }) {
		if utf8.RuneCountInString(w) >= 2 {
			out = append(out, w)
		}
	}
	return out
}

// reply is one brand reply: a brand comment with a parent, or a reply post.
type reply struct {
	platform string
	id       string
	at       time.Time
	text     string // as written
	norm     string
	post     bool // a reply post, not a comment
}

// before orders replies by time, then platform, kind and id: a unique key.
func (a *reply) before(b *reply) bool {
	switch {
	case !a.at.Equal(b.at):
		return a.at.Before(b.at)
	case a.platform != b.platform:
		return a.platform < b.platform
	case a.post != b.post:
		return !a.post
	}
	return a.id < b.id
}

// canned finds the reply texts the brand pastes again and again (see
// CannedReplies).
func (c *context) canned() CannedReplies {
	opts := c.diag.Canned
	var out CannedReplies

	// The author names of the comments replied to, to mask them.
	parents := map[threadKey]string{}
	for i, cm := range c.comments {
		if c.brand[i] && cm.ParentID != "" && c.inPeriod(cm.Created) {
			parents[threadKey{cm.Platform, cm.ParentID}] = ""
		}
	}
	source := len(c.attributable) > 0
	for _, cm := range c.comments {
		k := threadKey{cm.Platform, cm.ID}
		if _, ok := parents[k]; ok {
			parents[k] = cm.AuthorName
		}
	}
	var replies []reply
	for i, cm := range c.comments {
		if !c.brand[i] || cm.ParentID == "" || !c.inPeriod(cm.Created) {
			continue
		}
		names := nameWords(parents[threadKey{cm.Platform, cm.ParentID}])
		replies = append(replies, reply{platform: cm.Platform, id: cm.ID, at: cm.Created, text: cm.Text,
			norm: NormalizeReply(cm.Text, names)})
	}
	for _, p := range c.posts {
		if p.IsReply {
			source = true
			if c.inPeriod(p.Published) {
				replies = append(replies, reply{platform: p.Platform, id: p.Account + "\x00" + p.ID, at: p.Published,
					text: p.Text, norm: NormalizeReply(p.Text, nil), post: true})
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

	type group struct {
		count     int
		first     *reply
		last      *reply
		platforms map[string]bool
	}
	groups := map[string]*group{}
	for i := range replies {
		r := &replies[i]
		if r.norm == "" {
			continue
		}
		out.WithText++
		g := groups[r.norm]
		if g == nil {
			g = &group{first: r, last: r, platforms: map[string]bool{}}
			groups[r.norm] = g
		}
		g.count++
		g.platforms[r.platform] = true
		if r.before(g.first) {
			g.first = r
		}
		if g.last.before(r) {
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
		p := byPlatform[r.platform]
		if p == nil {
			p = &plat{}
			byPlatform[r.platform] = p
		}
		p.withText++
		if groups[r.norm].count >= opts.MinRepeats {
			p.canned++
		}
	}
	for norm, g := range groups {
		if g.count < opts.MinRepeats {
			continue
		}
		out.Canned += g.count
		out.Top = append(out.Top, CannedText{Text: norm, Count: g.count, Example: g.first.text,
			First: g.first.at, Last: g.last.at, Platforms: sortedKeys(g.platforms)})
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
