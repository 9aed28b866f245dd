package sampledata

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"time"
)

// facts are the figures the README quotes, counted from the generated
// records.
type facts struct {
	posts, replyPosts, customers, brands map[string]int
	dailyRows                            int
	perDay                               []int // customer comments per Paris day
	median                               int   // nearest-rank median of perDay
	firstCrisisReply                     time.Time
	burstPosts, silencePosts             int
	silenceCustomers, silenceBrand       int
	canned                               map[string]int
	hidden                               int
	asOf                                 time.Time
	monthImp, monthNeg, monthHides       [6]int
}

func (g *demo) facts() facts {
	f := facts{posts: map[string]int{}, replyPosts: map[string]int{}, customers: map[string]int{},
		brands: map[string]int{}, perDay: make([]int, numDays), canned: map[string]int{}}
	for _, p := range g.posts {
		if p.at.After(f.asOf) {
			f.asOf = p.at
		}
		if p.isReply() {
			f.replyPosts[p.platform]++
			continue
		}
		f.posts[p.platform]++
		d := dayIndex(p.at)
		if d >= burstFirst && d <= burstLast {
			f.burstPosts++
		}
		if d >= silenceFirst && d <= silenceLast {
			f.silencePosts++
		}
		if p.platform == "facebook" {
			m := int(local(p.at).Month()) - 3
			f.monthImp[m] += p.impressions
			f.monthNeg[m] += p.hides + p.hideAll + p.spam + p.unlikes
			f.monthHides[m] += p.hides
		}
	}
	for _, c := range g.comments {
		if c.at.After(f.asOf) {
			f.asOf = c.at
		}
		d := dayIndex(c.at)
		silence := d >= silenceFirst && d <= silenceLast
		if !c.brand {
			f.customers[c.platform]++
			f.perDay[d]++
			if c.hidden {
				f.hidden++
			}
			if silence {
				f.silenceCustomers++
			}
			continue
		}
		f.brands[c.platform]++
		if silence {
			f.silenceBrand++
		}
		if d >= crisisDay && (f.firstCrisisReply.IsZero() || c.at.Before(f.firstCrisisReply)) {
			f.firstCrisisReply = c.at
		}
		switch {
		case strings.HasPrefix(c.text, cannedDM):
			f.canned["dm"]++
		case strings.HasPrefix(c.text, cannedRecall):
			f.canned["recall"]++
		case strings.HasPrefix(c.text, "Hi! We've opened ticket #"):
			f.canned["ticket"]++
		}
	}
	f.dailyRows = len(g.daily)
	sorted := append([]int(nil), f.perDay...)
	sort.Ints(sorted)
	f.median = sorted[(len(sorted)+1)/2-1]
	return f
}

// storyFacts are the figures of the later stories: the flash sales, who
// answers, and where the audience is.
type storyFacts struct {
	promos, promoComments, promoShares   int
	promoDays                            []string
	promoClicks, otherClicks             int // nearest-rank medians
	promoConversation, otherConversation int // nearest-rank medians of comments + shares
	replies, unnamed                     int // brand replies, and those naming no agent
	agentReplies                         map[string]int
	agentFirsts                          map[string][]time.Duration
	followers                            map[string]int // on the last day
	followersTotal                       int
}

// median is the nearest-rank median of xs (sorted in place); 0 when empty.
func median[T int | time.Duration](xs []T) T {
	if len(xs) == 0 {
		return 0
	}
	sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
	return xs[(len(xs)+1)/2-1]
}

func (g *demo) storyFacts() storyFacts {
	s := storyFacts{agentReplies: map[string]int{}, agentFirsts: map[string][]time.Duration{},
		followers: map[string]int{}}
	var promoClicks, otherClicks, promoConv, otherConv []int
	for _, p := range g.posts {
		if p.isReply() || p.clicks < 0 {
			continue
		}
		conv := p.comments + p.shares
		if p.promo {
			s.promos++
			s.promoComments += p.comments
			s.promoShares += p.shares
			promoClicks = append(promoClicks, p.clicks)
			promoConv = append(promoConv, conv)
			continue
		}
		otherClicks = append(otherClicks, p.clicks)
		otherConv = append(otherConv, conv)
	}
	for _, d := range promoDays {
		s.promoDays = append(s.promoDays, d.String())
	}
	s.promoClicks, s.otherClicks = median(promoClicks), median(otherClicks)
	s.promoConversation, s.otherConversation = median(promoConv), median(otherConv)

	// First responses, as METRICS.md defines them: a brand comment not
	// earlier than a customer comment answers it when its parent is the
	// comment, or the comment's parent.
	byParent := map[*comment][]*comment{}
	for _, c := range g.comments {
		if !c.brand {
			continue
		}
		s.replies++
		if c.agent == "" {
			s.unnamed++
		} else {
			s.agentReplies[c.agent]++
		}
		if c.parent != nil {
			byParent[c.parent] = append(byParent[c.parent], c)
		}
	}
	for _, c := range g.comments {
		if c.brand {
			continue
		}
		var first *comment
		for _, k := range []*comment{c, c.parent} {
			if k == nil {
				continue
			}
			for _, b := range byParent[k] {
				if !b.at.Before(c.at) && (first == nil || b.at.Before(first.at)) {
					first = b
				}
			}
		}
		if first != nil && first.agent != "" {
			s.agentFirsts[first.agent] = append(s.agentFirsts[first.agent], first.at.Sub(c.at))
		}
	}
	last := map[string]int{}
	for _, x := range g.daily {
		if x.day >= last[x.platform] {
			last[x.platform] = x.day
			s.followers[x.platform] = x.followers
		}
	}
	s.followersTotal = sum(s.followers)
	return s
}

// hostileFacts are the figures of the README's section on hostile text.
type hostileFacts struct {
	trollHidden                     int
	plantedFirst, plantedLast, post time.Time
}

func (g *demo) hostileFacts() hostileFacts {
	var h hostileFacts
	for _, c := range g.comments {
		switch {
		case c.cat == catHostile && c.who.id != "":
			if h.plantedFirst.IsZero() || c.at.Before(h.plantedFirst) {
				h.plantedFirst = c.at
			}
			if c.at.After(h.plantedLast) {
				h.plantedLast = c.at
			}
		case c.cat == catHostile && c.hidden:
			h.trollHidden++
		}
	}
	for _, p := range g.posts {
		if p.text == hostilePost {
			h.post = p.at
		}
	}
	return h
}

// pct is a/b in whole percent, rounded half up; 0 when b is 0.
func pct(a, b int) int {
	if b == 0 {
		return 0
	}
	return (a*200 + b) / (2 * b)
}

// hm writes a duration in hours and minutes: "44 h 53 min".
func hm(d time.Duration) string {
	m := int(d.Round(time.Minute) / time.Minute)
	return fmt.Sprintf("%d h %02d min", m/60, m%60)
}

// joinAnd joins words as in "Monday, Wednesday and Friday".
func joinAnd(xs []string) string {
	if len(xs) < 2 {
		return strings.Join(xs, "")
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

// agentList says how many replies the agents other than Julie wrote.
func agentList(st storyFacts, named int) string {
	var parts []string
	for _, a := range agents[1:] {
		parts = append(parts, fmt.Sprintf("%s %d (%d %%)", a, st.agentReplies[a], pct(st.agentReplies[a], named)))
	}
	return joinAnd(parts)
}

func sum(m map[string]int) int {
	n := 0
	for _, pf := range platforms {
		n += m[pf]
	}
	return n
}

// readme writes sample-data/README.md from the generated records, so that
// every figure and line number in it is right by construction.
func (g *demo) readme(badPost, badComment badRow) []byte {
	f := g.facts()
	h := g.hostileFacts()
	st := g.storyFacts()
	var b bytes.Buffer
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	p("# Sample data: Maison Brindille\n\n")
	p("Generated by `go run ./cmd/gensample` (package `internal/sampledata`); do not edit by hand.\n")
	p("Maison Brindille is an invented French-English home-goods brand (kettles, mugs, linen,\n")
	p("candles), selling online from Paris. Its accounts, customers and orders are fictional; links\n")
	p("point to `%s` subdomains.\n\n", brandSite)
	p("```\ngo run ./cmd/socialaudit build --client \"Maison Brindille\" --brand maisonbrindille --brand \"Maison Brindille\" --tz Europe/Paris sample-data/\n```\n\n")
	p("## Files\n\n")
	p("| File | Kind | Rows |\n|---|---|---|\n")
	p("| posts.csv | posts | %d (one malformed) |\n", sum(f.posts)+sum(f.replyPosts)+1)
	p("| comments.csv | comments | %d (one malformed) |\n", sum(f.customers)+sum(f.brands)+1)
	p("| daily.csv | daily | %d |\n\n", f.dailyRows)
	p("| Platform | Posts | Reply posts | Customer comments | Brand comments |\n|---|---|---|---|---|\n")
	for _, pf := range platforms {
		p("| %s | %d | %d | %d | %d |\n", pf, f.posts[pf], f.replyPosts[pf], f.customers[pf], f.brands[pf])
	}
	p("| total | %d | %d | %d | %d |\n\n", sum(f.posts), sum(f.replyPosts), sum(f.customers), sum(f.brands))
	p("Period: 2026-03-01 to 2026-08-31. The latest record (as-of) is %s.\n", formatTime(f.asOf))
	p("Times are Paris local time with their offset, except X, whose export is in UTC (`Z`).\n\n")
	p("## Brand accounts (`--brand`)\n\n")
	p("Pass `--brand maisonbrindille --brand \"Maison Brindille\"`. Facebook and X rows say who\n")
	p("wrote them (`from_brand` true/false); Instagram and LinkedIn rows leave `from_brand` empty,\n")
	p("so without `--brand` their %d brand replies would be taken for customer comments.\n",
		f.brands["instagram"]+f.brands["linkedin"])
	p("The brand's author ids: facebook `104839221` (name \"Maison Brindille\"), instagram\n")
	p("`maisonbrindille`, x `@MaisonBrindille`, linkedin `maison-brindille`.\n\n")
	p("Facebook, Instagram and LinkedIn threads are flat: a reply to a reply has the top-level\n")
	p("comment as parent, so one brand reply answers the earlier messages of its thread.\n")
	p("Negative-feedback cells (hides, hide_all, spam_reports, unlikes) are filled on Facebook\n")
	p("posts only and empty (unknown) elsewhere; so are the daily counters a platform does not report.\n")
	p("Daily impressions are the page's organic ones: the paid reach of the flash sales (story 7)\n")
	p("is in their rows of posts.csv only.\n")
	p("The `agent` column of comments.csv names who wrote each brand reply, as the brand's inbox\n")
	p("tool records it (the same name as the reply's signature); it is empty for customers and for\n")
	p("the %d LinkedIn replies, written on LinkedIn itself.\n\n", st.unnamed)
	p("## Stories\n\n")
	p("1. **Weekend crisis, Saturday 2026-06-13.** Handles of the Vapeur kettle snap; the brand's\n")
	p("   scheduled promotions for that very kettle go out on Saturday and Sunday. %d customer\n", f.perDay[crisisDay])
	p("   comments on Saturday against a median of %d a day; the first brand reply after Friday\n", f.median)
	p("   comes on Monday, %s; the recall notice at %s.\n", formatTime(f.firstCrisisReply), formatTime(recallPost))
	p("   Hides, spam reports and unfollows jump on the crisis posts and in daily.csv\n")
	p("   (2026-06-13 to 2026-06-16).\n")
	p("2. **Campaign burst, then silence.** `#PrintempsEnLin`, 2026-04-06 to 2026-04-19: %d posts in\n", f.burstPosts)
	p("   two weeks. Then 2026-04-20 to 2026-05-24: %d posts in five weeks, %d customer comments and\n", f.silencePosts, f.silenceCustomers)
	p("   only %d brand replies.\n", f.silenceBrand)
	p("3. **Pushback grows with posting frequency.** The page's own Facebook posts per week rise\n")
	p("   from 3 (March) to 12 (August), on top of the flash sales. Post-level negative feedback per\n")
	p("   1,000 impressions, by month:\n")
	for m := 0; m < 6; m++ {
		p("   %s %s (hides alone %s)", time.Month(m + 3).String()[:3], per1000(f.monthNeg[m], f.monthImp[m]), per1000(f.monthHides[m], f.monthImp[m]))
		if m < 5 {
			p(";")
		}
		p("\n")
	}
	p("4. **Canned replies.** The same texts pasted again and again, only the signature (and the\n")
	p("   ticket number) changing: %d times \"%s<name>\",\n", f.canned["dm"], cannedDM)
	p("   %d times \"%s<name>\" and %d times\n", f.canned["ticket"], strings.Replace(cannedTicket, "%s", "<number>", 1), f.canned["recall"])
	p("   \"%s<name>\".\n", cannedRecall)
	p("5. **Office hours only.** Comments on weekdays 09:00-18:00 Paris are mostly answered within a\n")
	p("   few hours; evenings and weekends mostly never, or the next working morning.\n")
	p("6. **Questions, hiding, pending.** Comments with a question mark are answered less often than\n")
	p("   the others; %d customer comments were hidden, none of them answered; comments of the last\n", f.hidden)
	p("   24 hours before as-of are pending. The most active customers comment dozens of times.\n")
	p("7. **Flash sales: clicks, no conversation.** Every %s at 12:30, except\n", joinAnd(st.promoDays))
	p("   during the silence and from the crisis Saturday to the recall Monday, a \"-20 %%\" link post on\n")
	p("   Facebook and X points to `%s`, boosted to people outside the page.\n", promoLink)
	p("   %d flash sales: a median of %d clicks each against %d for the other posts with clicks, and\n", st.promos, st.promoClicks, st.otherClicks)
	p("   a median conversation (comments + shares) of %d against %d: %d comments and %d shares in\n", st.promoConversation, st.otherConversation, st.promoComments, st.promoShares)
	p("   all, and nobody answers the comments. The page's photos and questions keep the conversation.\n")
	named := st.replies - st.unnamed
	p("8. **Who answers.** Julie wrote %d of the %d brand replies that name an agent (%d %%);\n", st.agentReplies["Julie"], named, pct(st.agentReplies["Julie"], named))
	p("   %s. Tom works through the backlog, the comments left\n", agentList(st, named))
	p("   a day or more: the %d comments he answered first had waited a median of %s,\n", len(st.agentFirsts["Tom"]), hm(median(st.agentFirsts["Tom"])))
	p("   the %d Julie answered first %s.\n", len(st.agentFirsts["Julie"]), hm(median(st.agentFirsts["Julie"])))
	p("9. **Facebook holds the audience.** Followers on 2026-08-31:")
	for i, pf := range platforms {
		if i == 2 {
			p("\n  ")
		}
		p(" %s %d (%d %%)", pf, st.followers[pf], pct(st.followers[pf], st.followersTotal))
		if i < len(platforms)-1 {
			p(",")
		}
	}
	p("; %d in all.\n\n", st.followersTotal)
	p("## Hostile text (on purpose)\n\n")
	p("Strangers write comments, so the demo carries text that would run if a page printed it\n")
	p("unescaped. The report must show all of it as plain text; every payload that could run sets\n")
	p("`window.__pwned` or the page title to `PWNED`, so the page test can tell that none did.\n\n")
	p("- A troll posted %d comments (script tags, an `onerror` image, `__f__(...)__f__`, quotes,\n", len(hostile))
	p("  commas and a newline in one cell, template braces); %d of them are hidden, none is answered.\n", h.trollHidden)
	p("- %d customer questions, the first comments of the demo (%s to\n", len(planted), formatTime(h.plantedFirst))
	p("  %s), neither hidden nor answered, so they head `unanswered.csv` and any\n", formatTime(h.plantedLast))
	p("  list of the oldest unanswered comments or questions. Their texts and author names hold\n")
	p("  `<script>` elements, an `onerror` image, a `javascript:` URL, `__f__function(){...}__f__`,\n")
	p("  Go template placeholders (`{{.Client}}`), spreadsheet formulas (`=cmd|' /C calc'!A0`) and\n")
	p("  right-to-left overrides (U+202E).\n")
	p("- The Facebook post of %s, the one with the most negative feedback per\n", formatTime(h.post))
	p("  impression outside the crisis, so among those the feedback page lists, reads\n")
	p("  `%s`.\n\n", hostilePost)
	p("## Malformed rows (on purpose)\n\n")
	p("The report's data page should list exactly these two rejections:\n\n")
	p("- `posts.csv:%d`: column `%s` is `%s`.\n", badPost.line, badPost.column, badPost.value)
	p("- `comments.csv:%d`: column `%s` is `%s`, a day that does not exist.\n", badComment.line, badComment.column, badComment.value)
	return b.Bytes()
}
