package sampledata

import "time"

// The flash sales: link posts on Facebook and X, boosted to people who do
// not follow the page, which bring hundreds of clicks and hardly a word.
// They draw from g.extra only.

// promoDays are the weekdays of the flash sales.
var promoDays = []time.Weekday{time.Monday, time.Wednesday, time.Friday}

// promoPlatforms carry the flash sales; both count clicks.
var promoPlatforms = []string{"facebook", "x"}

// promoLink is where every flash sale points.
const promoLink = "https://shop." + brandSite + "/flash-sale"

var promoPosts = []string{
	"Flash sale ⚡ -20 % on the {product}, 48 hours only: " + promoLink,
	"-20 % on the {product} until midnight, online only. " + promoLink,
	"48 hours, -20 %: the {product} and the whole kitchen range. " + promoLink,
	"Deal of the day: the {product} at -20 % while stocks last. " + promoLink,
}

var promoCommentTexts = []string{
	"{friend} 👀",
	"Does the code work in the shop in {city}?",
	"Already sold out in green...",
	"{friend} for your kitchen",
}

func isPromoDay(d int) bool {
	wd := day(d).Weekday()
	for _, w := range promoDays {
		if w == wd {
			return true
		}
	}
	return false
}

// schedulePromos adds the flash sales at 12:30 on their days, except
// during the silence (nobody posts) and from the crisis Saturday to the
// recall Monday (the promotions of the crisis are its own).
func (g *demo) schedulePromos() {
	x := g.extra
	for d := 0; d < numDays; d++ {
		if !isPromoDay(d) || (d >= silenceFirst && d <= silenceLast) || (d >= crisisDay && d <= crisisDay+2) {
			continue
		}
		text := fill(x, pick(x, promoPosts), person{})
		for _, pf := range promoPlatforms {
			p := g.addPost(pf, at(d, 12, 30), "link", text)
			p.promo = true
		}
	}
}

// promoMetrics gives a flash sale its counters: a paid reach, many clicks,
// few reactions, a share or two, and on Facebook a little less negative
// feedback than the page's own posts of the month.
func (g *demo) promoMetrics(p *post) {
	x := g.extra
	imp := 16000 + x.IntN(14000)
	if p.platform == "x" {
		imp = 7000 + x.IntN(6000)
	}
	p.impressions = imp
	p.reach = imp * (70 + x.IntN(21)) / 100
	if p.platform == "x" {
		p.reach = -1
	}
	p.reactions = imp * (2 + x.IntN(4)) / 1000
	p.shares = x.IntN(3)
	p.clicks = imp * (30 + x.IntN(25)) / 1000
	p.hides, p.hideAll, p.spam, p.unlikes = -1, -1, -1, -1
	if p.platform != "facebook" {
		return
	}
	rate := feedbackRate[int(local(p.at).Month())-3] * (70 + x.IntN(31)) / 100
	total := imp * rate / 1000000
	p.hides = total * 50 / 100
	p.hideAll = total * 15 / 100
	p.spam = total * 10 / 100
	p.unlikes = total - p.hides - p.hideAll - p.spam
}

// promoComments gives one flash sale in four a customer comment, which
// nobody answers.
func (g *demo) promoComments() {
	x := g.extra
	for _, p := range g.posts {
		if !p.promo || x.IntN(4) != 0 {
			continue
		}
		who := g.people[x.IntN(len(g.people))]
		t := p.at.Add(time.Duration(5+x.IntN(300)) * time.Minute)
		c := &comment{seq: g.next(), platform: p.platform, post: p, who: who, at: t, cat: catTag,
			text: fill(x, pick(x, promoCommentTexts), who)}
		c.top = c
		g.comments = append(g.comments, c)
	}
}
