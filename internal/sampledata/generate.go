package sampledata

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
	"time"
)

// The seed of the demo. Changing it changes every committed file.
const seed1, seed2 = 20260301, 20260831

// The seed of the stories planted after the first ones (the flash sales):
// they draw from a source of their own, so that every earlier story keeps
// its figures.
const seed3, seed4 = 20260612, 20260615

var platforms = []string{"facebook", "instagram", "x", "linkedin"}

// accounts are the brand's own accounts: the account column, the author id
// and author name of its comments.
var accounts = map[string]struct{ account, authorID string }{
	"facebook":  {"Maison Brindille", "104839221"},
	"instagram": {"maisonbrindille", "maisonbrindille"},
	"x":         {"MaisonBrindille", "@MaisonBrindille"},
	"linkedin":  {"maison-brindille", "maison-brindille"},
}

// Comment categories decide texts, hiding and the brand's reply.
const (
	catPraise = iota
	catProductQ
	catOrder
	catComplaint
	catFrench
	catTag
	catSpam
	catCampaign
	catSilence
	catCrisis
	catFollowUp
	catChime
	catHostile
)

type post struct {
	seq      int
	platform string
	id       string
	at       time.Time
	typ      string
	text     string
	crisis   bool
	campaign bool
	// promo marks the flash-sale link posts: boosted to people outside the
	// page, they neither crowd the page's own posts (recent) nor receive
	// the messages visitors leave on the page (latestPost).
	promo bool

	// Counters; -1 is unknown (an empty cell).
	impressions, reach, reactions, comments, shares, clicks int
	hides, hideAll, spam, unlikes                           int
	// badImpressions, when set, is written instead of impressions: the
	// deliberately malformed row.
	badImpressions string
}

type comment struct {
	seq      int
	platform string
	post     *post
	parent   *comment
	top      *comment // first comment of the thread (itself when top-level)
	brand    bool
	who      person
	at       time.Time
	text     string
	cat      int
	hidden   bool
	id       string
	// agent is the member of staff who wrote a brand reply, as the inbox
	// tool records it; empty for customers and for replies written outside
	// the tool.
	agent string
	// badTime, when set, is written instead of the time: the deliberately
	// malformed row.
	badTime string
}

type daily struct {
	platform                          string
	day                               int
	followers, follows, unfollows     int
	hides, hideAll, spam, impressions int
}

// demo is everything generated, before it is written as CSV.
type demo struct {
	r *rand.Rand
	// extra is the source of the later stories (see seed3).
	extra    *rand.Rand
	people   []person
	posts    []*post
	byPlat   map[string][]*post // sorted by time
	comments []*comment
	daily    []daily
	seq      int
	troll    person
}

func (g *demo) next() int { g.seq++; return g.seq }

// build generates the whole demo.
func build() *demo {
	g := &demo{r: rand.New(rand.NewPCG(seed1, seed2)), extra: rand.New(rand.NewPCG(seed3, seed4)),
		byPlat: map[string][]*post{}}
	g.people = newPeople(g.r, 900)
	g.troll = person{first: "Mallory", last: "Grimm", n: 4242}
	g.schedulePosts()
	g.postMetrics()
	g.plantHostilePost()
	g.customerComments()
	g.conversations()
	g.promoComments()
	g.plantHostileComments()
	g.finish()
	g.pageMetrics()
	return g
}

// perWeek is the posting rate of a platform on a day, in posts per week.
// It rises month after month: the brand posts more and more.
func perWeek(pi, d int) int {
	rates := [...][7]int{
		//  Mar Apr May Jun Jul Aug burst
		{3, 3, 3, 5, 8, 12, 28},  // facebook
		{3, 3, 3, 4, 6, 9, 21},   // instagram
		{5, 5, 4, 7, 10, 14, 42}, // x
		{1, 1, 1, 1, 2, 3, 5},    // linkedin
	}
	switch {
	case d >= burstFirst && d <= burstLast:
		return rates[pi][6]
	case d >= silenceFirst && d <= silenceLast:
		return 0
	case d >= crisisDay && d <= crisisDay+2:
		return 0 // only the scheduled promos and the recall notice
	}
	return rates[pi][int(day(d).Month())-3]
}

func (g *demo) addPost(pf string, t time.Time, typ, text string) *post {
	p := &post{seq: g.next(), platform: pf, at: t, typ: typ, text: text}
	g.posts = append(g.posts, p)
	return p
}

var postTypes = map[string][]string{
	"facebook":  {"photo", "photo", "video", "link", "status"},
	"instagram": {"image", "image", "carousel", "reel"},
	"x":         {"tweet"},
	"linkedin":  {"article", "image", "text"},
}

func (g *demo) schedulePosts() {
	r := g.r
	for d := 0; d < numDays; d++ {
		wd := day(d).Weekday()
		for pi, pf := range platforms {
			if pf == "linkedin" && (wd == time.Saturday || wd == time.Sunday) {
				continue
			}
			w := perWeek(pi, d)
			n := w / 7
			if r.IntN(7) < w%7 {
				n++
			}
			for k := 0; k < n; k++ {
				var t time.Time
				switch pf {
				case "x":
					t = at(d, 7+r.IntN(16), r.IntN(60))
				case "linkedin":
					t = at(d, 8+r.IntN(5), r.IntN(60))
				default:
					t = at(d, 8+r.IntN(13), r.IntN(60))
				}
				tmpl := pick(r, normalPosts)
				campaign := d >= burstFirst && d <= burstLast
				if campaign {
					tmpl = strings.ReplaceAll(pick(r, campaignPosts), "{n}", strconv.Itoa(d-burstFirst+1))
				} else if day(d).Month() >= time.June && r.IntN(2) == 0 {
					tmpl = pick(r, summerPosts)
				}
				p := g.addPost(pf, t, pick(r, postTypes[pf]), fill(r, tmpl, person{}))
				p.campaign = campaign
			}
		}
	}
	// The silence: two lonely posts in five weeks.
	g.addPost("facebook", paris(2026, time.May, 8, 11, 0), "photo", "Long weekend mood. See you soon!")
	g.addPost("instagram", paris(2026, time.May, 14, 10, 30), "image", "Ascension day picnic 🧺")
	// The crisis: promotions scheduled before the weekend go out while the
	// comments fill with burned customers; the recall comes on Monday.
	promo := "Weekend brunch? Our Vapeur kettle is 20% off until Sunday night ☕ #brunch"
	for _, s := range []struct {
		pf   string
		t    time.Time
		text string
	}{
		{"facebook", paris(2026, time.June, 13, 10, 0), promo},
		{"instagram", paris(2026, time.June, 13, 10, 30), promo},
		{"x", paris(2026, time.June, 13, 10, 0), promo},
		{"facebook", paris(2026, time.June, 14, 11, 0), "Last day: 20% off the Vapeur kettle! ☕"},
		{"x", paris(2026, time.June, 14, 11, 0), "Last day: 20% off the Vapeur kettle! ☕"},
	} {
		p := g.addPost(s.pf, s.t, "photo", s.text)
		if s.pf == "x" {
			p.typ = "tweet"
		}
		p.crisis = true
	}
	recall := "Important safety notice: voluntary recall of the Vapeur glass kettle (batch 2026-04). Please stop using it and contact us for a full refund."
	for _, pf := range platforms {
		p := g.addPost(pf, recallPost, "status", recall)
		if pf == "x" {
			p.typ = "tweet"
		}
		p.crisis = true
	}
	// A few replies the brand made from its X timeline: they are posts of
	// the export, but they count as replies, not broadcasts.
	for k := 0; k < 28; k++ {
		d := r.IntN(numDays)
		if d >= silenceFirst && d <= silenceLast {
			continue
		}
		typ := "tweet"
		if k%2 == 0 {
			typ = "reply"
		}
		pp := g.people[r.IntN(len(g.people))]
		text := pp.handle("x") + " " + fill(r, pick(r, []string{
			"Merci ! Enjoy your {product} ☕",
			"Thank you for the photo, lovely table!",
			"Glad the {product} arrived safely.",
		}), pp)
		g.addPost("x", at(d, 9+r.IntN(9), r.IntN(60)), typ, text)
	}
	g.schedulePromos()
	sort.Slice(g.posts, func(i, j int) bool { return postLess(g.posts[i], g.posts[j]) })
	counters := map[string]int{}
	for _, p := range g.posts {
		counters[p.platform]++
		k := counters[p.platform]
		switch p.platform {
		case "facebook":
			p.id = "104839221_" + strconv.Itoa(1200000000+k*7)
		case "instagram":
			p.id = strconv.Itoa(17900000000000000 + k*4513)
		case "x":
			p.id = strconv.FormatInt(1890000000000000000+int64(k)*9_876_543_211, 10)
		default:
			p.id = "urn:li:activity:" + strconv.FormatInt(7300000000000000000+int64(k)*1_000_003, 10)
		}
		g.byPlat[p.platform] = append(g.byPlat[p.platform], p)
	}
}

func postLess(a, b *post) bool {
	if !a.at.Equal(b.at) {
		return a.at.Before(b.at)
	}
	if a.platform != b.platform {
		return a.platform < b.platform
	}
	return a.seq < b.seq
}

// isReply tells the posts that count as replies (an X text beginning
// with "@", or type "reply").
func (p *post) isReply() bool {
	return p.typ == "reply" || (p.platform == "x" && strings.HasPrefix(p.text, "@"))
}

// recent counts the platform's broadcast posts in the 7 days before p.
func (g *demo) recent(p *post) int {
	n := 0
	for _, q := range g.byPlat[p.platform] {
		if q.at.Before(p.at) && p.at.Sub(q.at) < 7*24*time.Hour && !q.isReply() && !q.promo {
			n++
		}
	}
	return n
}

// feedbackRate is the post-level negative feedback per million impressions
// on Facebook, by month: it rises as the brand posts more.
var feedbackRate = [...]int{900, 1000, 1100, 1500, 2100, 2900}

func (g *demo) postMetrics() {
	r := g.r
	base := map[string]int{"facebook": 9000, "instagram": 12000, "x": 3000, "linkedin": 2500}
	for _, p := range g.posts {
		if p.promo {
			g.promoMetrics(p)
			continue
		}
		prev := g.recent(p)
		imp := base[p.platform] * (60 + r.IntN(81)) / 100 * 100 / (100 + 2*prev)
		if p.campaign {
			imp = imp * 130 / 100
		}
		if p.isReply() {
			imp = 150 + r.IntN(600)
		}
		if p.crisis {
			imp = map[string]int{"facebook": 60000, "instagram": 45000, "x": 38000, "linkedin": 9000}[p.platform] * (80 + r.IntN(41)) / 100
		}
		p.impressions = imp
		p.reach = imp * (55 + r.IntN(25)) / 100
		if p.platform == "x" {
			p.reach = -1
		}
		p.reactions = imp * (15 + r.IntN(30)) / 1000
		p.shares = imp * (1 + r.IntN(5)) / 1000
		p.clicks = imp * (3 + r.IntN(15)) / 1000
		if p.typ == "link" || p.typ == "article" {
			p.clicks *= 3
		}
		if p.crisis {
			p.reactions = imp * (40 + r.IntN(30)) / 1000
			p.shares = imp * (8 + r.IntN(8)) / 1000
		}
		if p.platform == "instagram" {
			p.clicks = -1
		}
		p.hides, p.hideAll, p.spam, p.unlikes = -1, -1, -1, -1
		if p.platform != "facebook" {
			continue
		}
		rate := feedbackRate[int(local(p.at).Month())-3] * (100 + 3*prev) / 100
		split := [4]int{50, 15, 10} // hides, hide_all, spam reports; unlikes the rest
		if p.crisis {
			rate = 14000
			split = [4]int{45, 20, 20}
		}
		total := imp*rate/1000000*(80+r.IntN(41))/100 + r.IntN(2)
		p.hides = total * split[0] / 100
		p.hideAll = total * split[1] / 100
		p.spam = total * split[2] / 100
		p.unlikes = total - p.hides - p.hideAll - p.spam
	}
}

// latestPost returns the platform's latest broadcast post before t, or nil;
// the flash sales do not count.
func (g *demo) latestPost(pf string, t time.Time) *post {
	ps := g.byPlat[pf]
	i := sort.Search(len(ps), func(i int) bool { return !ps[i].at.Before(t) })
	for i--; i >= 0; i-- {
		if !ps[i].isReply() && !ps[i].promo {
			return ps[i]
		}
	}
	return nil
}

// customer returns a customer: one comment in ten comes from eight
// regulars, and the others are skewed towards the first customers too.
func (g *demo) customer() person {
	if g.r.IntN(10) == 0 {
		return g.people[g.r.IntN(8)]
	}
	return g.people[g.r.IntN(g.r.IntN(len(g.people))+1)]
}

// weighted picks an index with the given integer weights.
func weighted(r *rand.Rand, w ...int) int {
	sum := 0
	for _, x := range w {
		sum += x
	}
	n := r.IntN(sum)
	for i, x := range w {
		if n < x {
			return i
		}
		n -= x
	}
	return len(w) - 1
}

// hourWeights: when customers write, Paris time. Evenings are busy.
var hourWeights = []int{3, 2, 1, 1, 1, 1, 2, 4, 6, 7, 7, 7, 9, 9, 7, 7, 7, 8, 10, 12, 13, 13, 10, 6}

func (g *demo) newComment(pf string, p *post, who person, t time.Time, cat int, text string) *comment {
	c := &comment{seq: g.next(), platform: pf, post: p, who: who, at: t, cat: cat, text: text}
	c.top = c
	r := g.r
	if pf == "facebook" || pf == "instagram" {
		hide := map[int]int{catSpam: 90, catCrisis: 8, catComplaint: 3, catHostile: 50}[cat]
		if hide == 0 {
			hide = 1
		}
		c.hidden = r.IntN(200) < 2*hide
	}
	g.comments = append(g.comments, c)
	return c
}

// text picks a category and a text for a customer comment.
func (g *demo) text(who person, campaign, silence, visitor bool) (int, string) {
	r := g.r
	if silence && r.IntN(100) < 45 {
		return catSilence, fill(r, pick(r, silenceTexts), who)
	}
	if campaign && r.IntN(100) < 45 {
		return catCampaign, fill(r, pick(r, campaignTexts), who)
	}
	var cat int
	if visitor {
		cat = []int{catOrder, catComplaint, catFrench, catSpam, catPraise}[weighted(r, 40, 30, 15, 5, 10)]
	} else {
		cat = []int{catPraise, catProductQ, catTag, catComplaint, catFrench, catSpam, catOrder}[weighted(r, 38, 22, 12, 12, 8, 3, 5)]
	}
	texts := map[int][]string{
		catPraise: praiseTexts, catProductQ: productQuestions, catOrder: orderQuestions,
		catComplaint: complaintTexts, catFrench: frenchTexts, catTag: tagTexts, catSpam: spamTexts,
	}[cat]
	return cat, fill(r, pick(r, texts), who)
}

func inSilence(t time.Time) bool {
	d := dayIndex(t)
	return d >= silenceFirst && d <= silenceLast
}

func (g *demo) customerComments() {
	r := g.r
	mean := map[string]int{"facebook": 5, "instagram": 4, "x": 3, "linkedin": 2}
	// Comments under the posts.
	for _, p := range g.posts {
		if p.crisis || p.isReply() || p.promo {
			continue
		}
		m100 := mean[p.platform] * 100 * 100 / (100 + 3*g.recent(p))
		if p.campaign {
			m100 = m100 * 13 / 10
		}
		n := r.IntN(2*m100/100 + 1)
		for k := 0; k < n; k++ {
			var delay int
			switch u := r.IntN(100); {
			case u < 50:
				delay = 2 + r.IntN(180)
			case u < 80:
				delay = 180 + r.IntN(540)
			default:
				delay = 720 + r.IntN(2160)
			}
			t := p.at.Add(time.Duration(delay) * time.Minute)
			if h := local(t).Hour(); h >= 1 && h < 7 && r.IntN(10) < 7 {
				t = t.Add(time.Duration(7-h) * time.Hour)
			}
			who := g.customer()
			cat, text := g.text(who, p.campaign, inSilence(t), false)
			g.newComment(p.platform, p, who, t, cat, text)
		}
	}
	// Messages that do not answer a post: order questions, complaints,
	// mentions. They keep coming when the brand stops posting.
	for d := 0; d < numDays; d++ {
		n := 1 + r.IntN(4)
		for k := 0; k < n; k++ {
			pf := []string{"facebook", "instagram", "x"}[weighted(r, 45, 20, 35)]
			t := at(d, weighted(r, hourWeights...), r.IntN(60))
			who := g.customer()
			cat, text := g.text(who, false, inSilence(t), true)
			var p *post
			if pf != "x" || r.IntN(100) < 40 {
				p = g.latestPost(pf, t)
			}
			g.newComment(pf, p, who, t, cat, text)
		}
	}
	// The crisis weekend and its tail.
	for i, n := range []int{380, 260, 150, 60, 30} {
		d := crisisDay + i
		for k := 0; k < n; k++ {
			var t time.Time
			if i == 0 {
				// From 09:40 on Saturday, growing through the day.
				span := 14*60 + 20
				m := 9*60 + 40 + max(r.IntN(span), r.IntN(span))
				t = at(d, m/60, m%60)
			} else {
				t = at(d, weighted(r, hourWeights...), r.IntN(60))
			}
			pf := []string{"facebook", "instagram", "x"}[weighted(r, 50, 27, 23)]
			who := g.customer()
			var p *post
			if pf != "x" || r.IntN(100) < 70 {
				p = g.latestPost(pf, t)
			}
			cat, text := catCrisis, fill(r, pick(r, crisisTexts), who)
			if i >= 3 && r.IntN(2) == 0 {
				cat, text = g.text(who, false, false, true)
			}
			g.newComment(pf, p, who, t, cat, text)
		}
	}
	// A troll tests the report's escaping.
	for i, s := range []struct {
		pf string
		t  time.Time
	}{
		{"facebook", paris(2026, time.March, 21, 22, 14)},
		{"instagram", paris(2026, time.May, 2, 23, 50)},
		{"x", paris(2026, time.June, 13, 16, 2)},
		{"facebook", paris(2026, time.July, 19, 21, 33)},
		{"instagram", paris(2026, time.August, 9, 13, 13)},
	} {
		c := g.newComment(s.pf, g.latestPost(s.pf, s.t), g.troll, s.t, catHostile, hostile[i])
		c.hidden = s.pf != "x" && i < 2
	}
}

// plantHostilePost gives hostilePost as text to the non-crisis Facebook post
// with the most negative feedback per impression, so that it is among the
// posts the feedback page lists. It draws no random number, so the rest of
// the demo is the same with or without it.
func (g *demo) plantHostilePost() {
	var best *post
	for _, p := range g.byPlat["facebook"] {
		if p.crisis || p.promo || p.impressions <= 0 {
			continue
		}
		// neg/imp > bestNeg/bestImp, in integers; the earlier post wins a tie.
		if best == nil || (p.hides+p.hideAll+p.spam+p.unlikes)*best.impressions >
			(best.hides+best.hideAll+best.spam+best.unlikes)*p.impressions {
			best = p
		}
	}
	best.text = hostilePost
}

// plantHostileComments adds the planted comments, one every seven minutes
// from 00:10 on the first day, before any other comment of the demo. They
// are neither hidden nor answered. No random number is drawn, so the rest
// of the demo is the same with or without them.
func (g *demo) plantHostileComments() {
	for i, pc := range planted {
		t := paris(2026, time.March, 1, 0, 10+7*i)
		who := person{id: pc.AuthorID, display: pc.AuthorName}
		c := &comment{seq: g.next(), platform: pc.Platform, post: g.latestPost(pc.Platform, t), who: who,
			at: t, cat: catHostile, text: pc.Text}
		c.top = c
		g.comments = append(g.comments, c)
	}
}

// answerTime decides whether and when the brand answers a customer
// comment: quickly in business hours, the next working morning or never in
// the evening and at the weekend, hardly ever during the silence, and from
// Monday morning during the crisis.
func (g *demo) answerTime(c *comment) (time.Time, bool) {
	r := g.r
	if c.hidden || c.cat == catSpam || c.cat == catHostile {
		return time.Time{}, false
	}
	q := isQuestion(c.text)
	var p int
	var t time.Time
	crisisStart := at(crisisDay, 0, 0)
	switch {
	case inSilence(c.at):
		p, t = 4, c.at.Add(time.Duration(26*60+r.IntN(48*60))*time.Minute)
	case !c.at.Before(crisisStart) && c.at.Before(crisisFirstReply):
		p = 55
		d := dayIndex(crisisFirstReply) + r.IntN(2)
		m := 9*60 + 7 + r.IntN(8*60+53)
		t = at(d, m/60, m%60)
	case inBusinessHours(c.at):
		p = 85
		if q {
			p = 55
		}
		var delay int
		switch u := r.IntN(100); {
		case u < 60:
			delay = 8 + r.IntN(82)
		case u < 90:
			delay = 90 + r.IntN(150)
		default:
			delay = 240 + r.IntN(180)
		}
		t = c.at.Add(time.Duration(delay) * time.Minute)
		if !inBusinessHours(t) {
			t = nextMorning(c.at).Add(time.Duration(r.IntN(90)) * time.Minute)
		}
	case local(c.at).Weekday() == time.Saturday || local(c.at).Weekday() == time.Sunday:
		p, t = 20, nextMorning(c.at).Add(time.Duration(r.IntN(240))*time.Minute)
		if q {
			p = 12
		}
	default:
		p, t = 30, nextMorning(c.at).Add(time.Duration(r.IntN(150))*time.Minute)
		if q {
			p = 18
		}
	}
	if c.cat == catTag {
		p /= 3
	}
	if inSilence(t) && !inSilence(c.at) {
		p /= 4
	}
	return t, r.IntN(100) < p
}

func isQuestion(s string) bool { return strings.ContainsAny(s, "?？¿") }

// agentFor picks who answers c at t: Julie answers most comments; Tom
// works through the backlog, the comments left a day or more (the weekend's,
// the silence's), so his answers come long after the comment. It draws one
// random number, where the signature used to be drawn.
func (g *demo) agentFor(c *comment, t time.Time) string {
	w := []int{86, 7, 6, 1} // Julie, Marc, Inès, Tom
	if t.Sub(c.at) >= 20*time.Hour {
		w = []int{22, 7, 6, 65}
	}
	return agents[weighted(g.r, w...)]
}

// replyText writes the brand's answer to c, signed by sig, canned more
// often than not.
func (g *demo) replyText(c *comment, sig string) string {
	r := g.r
	crisisWeek := dayIndex(c.at) >= crisisDay && dayIndex(c.at) < crisisDay+7
	switch {
	case crisisWeek && (c.cat == catCrisis || c.cat == catChime || c.cat == catFollowUp) && r.IntN(100) < 85:
		return cannedRecall + sig
	case c.cat == catOrder || c.cat == catComplaint || c.cat == catSilence || c.cat == catFollowUp ||
		c.cat == catCrisis || c.cat == catChime:
		switch u := r.IntN(100); {
		case u < 65:
			return cannedDM + sig
		case u < 85:
			return fmt.Sprintf(cannedTicket, strconv.Itoa(40000+r.IntN(60000))) + sig
		}
	default:
		if r.IntN(100) < 25 {
			return cannedDM + sig
		}
	}
	texts := thanksReplies
	switch {
	case c.cat == catProductQ || isQuestion(c.text):
		texts = answerReplies
	case c.cat == catOrder || c.cat == catComplaint || c.cat == catSilence || c.cat == catFollowUp ||
		c.cat == catCrisis || c.cat == catChime:
		texts = sorryReplies
	}
	return fill(r, pick(r, texts), c.who) + " ^" + sig
}

// flattened reports whether replies to replies hang under the top-level
// comment (Facebook-style threads).
func flattened(pf string) bool { return pf != "x" }

// conversations adds chime-ins, brand replies and customer follow-ups to
// every thread.
func (g *demo) conversations() {
	r := g.r
	tops := append([]*comment(nil), g.comments...)
	sort.Slice(tops, func(i, j int) bool { return commentLess(tops[i], tops[j]) })
	for _, top := range tops {
		msgs := []*comment{top}
		if top.cat != catSpam && top.cat != catHostile && r.IntN(100) < 12 {
			for k := 0; k <= r.IntN(2); k++ {
				t := top.at.Add(time.Duration(5+r.IntN(475)) * time.Minute)
				who := g.customer()
				c := g.newComment(top.platform, top.post, who, t, catChime, fill(r, pick(r, chimeTexts), who))
				c.parent, c.top, c.hidden = top, top, false
				msgs = insertByTime(msgs, c)
			}
		}
		if top.hidden {
			continue // the brand hides; it never answers in that thread
		}
		var lastBrand time.Time
		for i := 0; i < len(msgs); i++ {
			m := msgs[i]
			if m.brand || (flattened(m.platform) && !lastBrand.Before(m.at)) {
				continue // covered by a later brand message of the thread
			}
			t, ok := g.answerTime(m)
			if !ok {
				continue
			}
			agent := g.agentFor(m, t)
			b := &comment{seq: g.next(), platform: m.platform, post: m.post, brand: true, at: t, top: top,
				text: g.replyText(m, agent), agent: agent}
			if m.platform == "linkedin" {
				b.agent = "" // written on LinkedIn itself, outside the inbox tool
			}
			b.parent = m
			if flattened(m.platform) {
				b.parent = top
			}
			g.comments = append(g.comments, b)
			msgs = insertByTime(msgs, b)
			if t.After(lastBrand) {
				lastBrand = t
			}
			if m.cat != catTag && r.IntN(100) < 22 {
				ft := t.Add(time.Duration(10+r.IntN(350)) * time.Minute)
				f := g.newComment(m.platform, m.post, m.who, ft, catFollowUp, fill(r, pick(r, followUpTexts), m.who))
				f.parent, f.top, f.hidden = b, top, false
				if flattened(m.platform) {
					f.parent = top
				}
				msgs = insertByTime(msgs, f)
			}
		}
	}
}

func insertByTime(msgs []*comment, c *comment) []*comment {
	i := sort.Search(len(msgs), func(i int) bool { return commentLess(c, msgs[i]) })
	msgs = append(msgs, nil)
	copy(msgs[i+1:], msgs[i:])
	msgs[i] = c
	return msgs
}

func commentLess(a, b *comment) bool {
	if !a.at.Equal(b.at) {
		return a.at.Before(b.at)
	}
	if a.platform != b.platform {
		return a.platform < b.platform
	}
	return a.seq < b.seq
}

// finish drops what lies after the demo, orders the comments, gives them
// ids and counts them on their posts.
func (g *demo) finish() {
	kept := g.comments[:0]
	for _, c := range g.comments {
		if c.at.Before(end) {
			kept = append(kept, c)
		}
	}
	g.comments = kept
	sort.Slice(g.comments, func(i, j int) bool { return commentLess(g.comments[i], g.comments[j]) })
	counters := map[string]int{}
	for _, c := range g.comments {
		counters[c.platform]++
		k := counters[c.platform]
		switch c.platform {
		case "facebook":
			c.id = "fbc_" + strconv.Itoa(300000+k*3)
		case "instagram":
			c.id = strconv.Itoa(18030000000000000 + k*7211)
		case "x":
			c.id = strconv.FormatInt(1890500000000000000+int64(k)*1_234_567_891, 10)
		default:
			c.id = "urn:li:comment:" + strconv.Itoa(6900000+k*11)
		}
		if c.post != nil {
			c.post.comments++
		}
	}
}

func (g *demo) pageMetrics() {
	r := g.r
	// Impressions of posts land 70 % on their day, 30 % on the next.
	postImp := map[string][]int{}
	posts7 := map[string][]int{}
	for _, pf := range platforms {
		postImp[pf] = make([]int, numDays+1)
		posts7[pf] = make([]int, numDays+7)
	}
	for _, p := range g.posts {
		d := dayIndex(p.at)
		if !p.promo { // the page's impressions are organic; the flash sales' are paid
			postImp[p.platform][d] += p.impressions * 7 / 10
			postImp[p.platform][d+1] += p.impressions - p.impressions*7/10
		}
		if !p.isReply() {
			for k := d; k < d+7; k++ {
				posts7[p.platform][k]++
			}
		}
	}
	followers := map[string]int{"facebook": 26040, "instagram": 9650, "x": 4120, "linkedin": 2310}
	crisisUnfollows := []int{45, 60, 38, 15}
	crisisSpam := []int{22, 31, 12, 4}
	for d := 0; d < numDays; d++ {
		burst := d >= burstFirst && d <= burstLast
		ci := d - crisisDay
		for _, pf := range platforms {
			x := daily{platform: pf, day: d, unfollows: -1, hides: -1, hideAll: -1, spam: -1}
			switch pf {
			case "facebook":
				x.impressions = 2500 + r.IntN(800) + postImp[pf][d]
				x.follows = 8 + r.IntN(9)
				if burst {
					x.follows += 25 + r.IntN(20)
				}
				x.unfollows = 2 + r.IntN(3) + posts7[pf][d]*6/10
				rate := feedbackRate[int(day(d).Month())-3] * (100 + 3*posts7[pf][d]) / 100
				x.hides = x.impressions * rate / 1000000 * 6 / 10 * (80 + r.IntN(41)) / 100
				x.hideAll = x.hides / 4
				x.spam = r.IntN(2)
				if ci >= 0 && ci < 4 {
					x.follows = 2 + r.IntN(3)
					x.unfollows += crisisUnfollows[ci]
					x.spam += crisisSpam[ci]
					x.hides += crisisSpam[ci] * 2
				}
				followers[pf] += x.follows - x.unfollows
			case "instagram":
				x.impressions = 3000 + r.IntN(1000) + postImp[pf][d]
				x.follows = 10 + r.IntN(10)
				if burst {
					x.follows += 30
				}
				followers[pf] += x.follows - 3 - r.IntN(4) - posts7[pf][d]/3
			case "x":
				x.impressions = 1200 + r.IntN(500) + postImp[pf][d]
				x.follows = -1
				followers[pf] += r.IntN(7) - 2
			default:
				x.impressions = 400 + r.IntN(200) + postImp[pf][d]
				x.follows = r.IntN(4)
				followers[pf] += x.follows
			}
			x.followers = followers[pf]
			g.daily = append(g.daily, x)
		}
	}
}
