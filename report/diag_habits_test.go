package report

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/report/internal/locale"
)

// habitWeek is ISO week w of 2024 in the fixture's zone; 2024-W01 starts
// on Monday 1 January.
func habitWeek(w int, partial bool) analyze.Week {
	return analyze.Week{Label: "2024-W" + pad2(w), Start: time.Date(2024, 1, 1+7*(w-1), 0, 0, 0, 0, paris), Partial: partial}
}

func pad2(n int) string {
	if n < 10 {
		return "0" + itoa(n)
	}
	return itoa(n)
}

// habitStats is a measurable ResponseStats with a response rate and a
// median first response.
func habitStats(comments, answered, unanswered int, median time.Duration) analyze.ResponseStats {
	return analyze.ResponseStats{Measurable: true, CustomerComments: comments, Answered: answered, Unanswered: unanswered,
		ResponseRate: fp(float64(answered) / float64(answered+unanswered)), FirstResponse: analyze.DurationStats{N: answered, Median: dp(median)}}
}

// habitPost is a post of the clicks diagnostic.
func habitPost(platform, id, typ, text string, day int, clicks, comments, shares int64, kind string) analyze.PostClicks {
	p := analyze.PostClicks{
		Post:   analyze.Post{Platform: platform, ID: id, Type: typ, Text: text, Published: time.Date(2024, 2, day, 10, 0, 0, 0, paris)},
		Clicks: clicks, Comments: kc(comments), Shares: kc(shares), Conversation: comments + shares,
		CustomerReplies: kc(comments), BrandReplies: kc(1),
		ClickOnly: kind == "click-only", Starter: kind == "starter",
	}
	if platform == "instagram" {
		p.CustomerReplies, p.BrandReplies = analyze.Count{}, analyze.Count{} // no comment records
	}
	return p
}

// habitsFixture is the golden fixture with the four habits diagnostics
// measured, under rules that differ from the defaults, so that the intros
// show the values used:
//
//   - cadence: facebook posts 2 a week, bursts in W03-W04 (6 and 7
//     posts), then two full weeks of silence until the end (W07 is
//     partial); instagram has too few full weeks;
//   - clicks: 12 posts, 2 click-only, 3 starters (2 listed);
//   - concentration: audience by impressions (75 % / 25 %), engagement
//     60 % / 40 %, conversations unknown for instagram;
//   - pushback: 8 weeks of page-level feedback, rho 0.62, strong and
//     positive.
func habitsFixture() *analyze.Results {
	res := fixture()
	d := &res.Diagnostics
	d.Options = analyze.DefaultDiagnosticOptions
	d.Options.Cadence = analyze.CadenceOptions{BurstFactor: 1.5, BurstMinPosts: 4, MinWeeks: 4, MinSilenceWeeks: 2, AfterWeeks: 1}
	d.Options.Clicks.Top = 2
	d.Options.Pushback = analyze.PushbackOptions{MinWeeks: 8, Moderate: 0.3, Strong: 0.6}

	// Cadence.
	fbPosts := []int{2, 2, 6, 7, 0, 0, 1}
	fbComments := []int{3, 3, 5, 5, 4, 2, 1}
	var fb []analyze.WeekCadence
	for i, n := range fbPosts {
		fb = append(fb, analyze.WeekCadence{Week: habitWeek(i+1, i == 6), Posts: n, CustomerComments: fbComments[i],
			Burst: i == 2 || i == 3, Silent: i == 4 || i == 5})
	}
	var ig []analyze.WeekCadence
	for i, n := range []int{1, 0, 3, 1} {
		ig = append(ig, analyze.WeekCadence{Week: habitWeek(i+4, i == 3), Posts: n})
	}
	d.Cadence = analyze.Cadence{Measurable: true, Campaigns: 1, Silenced: 1, ByPlatform: []analyze.PlatformCadence{
		{Platform: "facebook", Measurable: true, Weeks: fb, FullWeeks: 6, Median: 2, Threshold: 4,
			Campaigns: []analyze.Campaign{{First: habitWeek(3, false), Last: habitWeek(4, false), Weeks: 2, Posts: 13,
				SilenceWeeks: 2, Silenced: true, SilenceToEnd: true}},
			During: analyze.WindowActivity{Weeks: 2, CustomerComments: 10, PerWeek: fp(5), Responses: habitStats(10, 4, 4, 30*time.Hour)},
			After:  analyze.WindowActivity{Weeks: 1, CustomerComments: 4, PerWeek: fp(4), Responses: habitStats(4, 1, 3, 50*time.Hour)},
			Other:  analyze.WindowActivity{Weeks: 3, CustomerComments: 8, PerWeek: fp(8.0 / 3), Responses: habitStats(8, 6, 2, 2*time.Hour)},
		},
		{Platform: "instagram", Reason: analyze.ReasonTooFewWeeks, Weeks: ig, FullWeeks: 3},
	}}

	// Clicks.
	all := []analyze.PostClicks{
		habitPost("facebook", "p1", "link", "Shop the sale", 1, 900, 0, 1, "click-only"),
		habitPost("facebook", "p2", "link", "New arrivals", 2, 300, 1, 0, "click-only"),
		habitPost("facebook", "p3", "photo", "Tell us your favourite", 3, 60, 30, 10, "starter"),
		habitPost("instagram", "p4", "photo", "Which colour?", 4, 50, 20, 8, "starter"),
		habitPost("facebook", "p5", "photo", "Our workshop", 5, 70, 25, 0, "starter"),
	}
	for i := 0; i < 7; i++ {
		all = append(all, habitPost("facebook", "q"+itoa(i), "link", "Plain post", 6+i, 100, 3, 1, ""))
	}
	d.Clicks = analyze.Clicks{Measurable: true, Posts: 12, ClicksHigh: 300, ClicksLow: 60, ConversationHigh: 25, ConversationLow: 1,
		TotalClicks: 2080, TotalConversation: 123, ConversationsPer100Clicks: fp(123.0 / 2080 * 100), ClickOnly: 2, Starters: 3,
		ByType: []analyze.TypeClicks{
			{Type: "", Posts: 1, MedianClicks: 10, MedianConversation: 2, ConversationsPer100Clicks: fp(20)},
			{Type: "link", Posts: 9, MedianClicks: 100, MedianConversation: 4, ClickOnly: 2, ConversationsPer100Clicks: fp(30.0 / 1900 * 100)},
			{Type: "photo", Posts: 3, MedianClicks: 60, MedianConversation: 33, Starters: 3, ConversationsPer100Clicks: fp(93.0 / 180 * 100)},
		},
		TopClickOnly: all[:2], TopStarters: []analyze.PostClicks{all[2], all[3]}, All: all,
	}

	// Concentration.
	d.Concentration = analyze.Concentration{
		Audience: analyze.ConcentrationMeasure{Measurable: true, Basis: analyze.BasisImpressions, Total: 40000, HHI: fp(0.625), Leader: "facebook",
			Shares: []analyze.PlatformShare{{Platform: "facebook", Value: 30000, Share: 0.75}, {Platform: "instagram", Value: 10000, Share: 0.25}}},
		Engagement: analyze.ConcentrationMeasure{Measurable: true, Basis: analyze.BasisEngagement, Total: 1000, HHI: fp(0.52), Leader: "facebook",
			Shares: []analyze.PlatformShare{{Platform: "facebook", Value: 600, Share: 0.6}, {Platform: "instagram", Value: 400, Share: 0.4}}},
		Conversations: analyze.ConcentrationMeasure{Reason: analyze.ReasonUnknownForPlatforms, Basis: analyze.BasisConversations,
			Missing: []string{"instagram"}},
	}

	// Pushback.
	var weeks []analyze.WeekPushback
	for i := 0; i < 8; i++ {
		fb, imp := int64(2+i), int64(10000)
		weeks = append(weeks, analyze.WeekPushback{Week: habitWeek(i+1, false), Posts: i % 4, Feedback: fb, Impressions: imp,
			Per1000: float64(fb) / float64(imp) * 1000})
	}
	d.Pushback = analyze.Pushback{Measurable: true, Basis: analyze.BasisPageRate, Weeks: weeks, Rho: fp(0.6172),
		Strength: analyze.StrengthStrong, Direction: analyze.DirectionPositive}
	return res
}

// habitPages builds the view of every page in a language, by name.
func habitPages(t *testing.T, res *analyze.Results, lang string) map[string]pageView {
	t.Helper()
	meta := fixtureMeta()
	meta.Lang = lang
	return testPages(t, res, meta)
}

// sectionByHeading finds a section of a page.
func sectionByHeading(t *testing.T, p pageView, heading string) section {
	t.Helper()
	for _, s := range p.Sections {
		if s.Heading == heading {
			return s
		}
	}
	t.Fatalf("%s has no section %q", p.Name, heading)
	return section{}
}

// rowTexts writes a table's rows as "a | b | c" lines.
func rowTexts(t tableView) string {
	var lines []string
	for _, r := range t.Rows {
		var cells []string
		for _, c := range r {
			cells = append(cells, c.Text)
		}
		lines = append(lines, strings.Join(cells, " | "))
	}
	return strings.Join(lines, "\n")
}

func headTexts(t tableView) string {
	var h []string
	for _, c := range t.Head {
		h = append(h, c.Text)
	}
	return strings.Join(h, " | ")
}

func checkString(t *testing.T, what, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("%s:\n got %q\nwant %q", what, got, want)
	}
}

func TestHabitsEnglish(t *testing.T) {
	pages := habitPages(t, habitsFixture(), "en")
	conv, fb := pages["conversation"], pages["feedback"]

	// Cadence: the rule with the configured values (1.5, 4, 2, 4, 1).
	cad := sectionByHeading(t, conv, "Campaigns and silences")
	checkString(t, "cadence intro", cad.Intro, "Posts (not replies) are counted per platform and per ISO week, Monday to Sunday. "+
		"A platform's usual level is the median of its posts per full week; a week is a burst when it has at least 4 posts "+
		"and at least 1.5 times the usual level (rounded up). Consecutive burst weeks form a campaign. "+
		"A campaign is followed by silence when at least 2 full weeks without a post come right after it. "+
		"A platform needs 4 full weeks for its usual level to be known. Over the period: 1 campaign, followed by silence.")
	if len(cad.Charts) != 2 {
		t.Fatalf("cadence: %d charts, want one per platform", len(cad.Charts))
	}
	c := cad.Charts[0]
	checkString(t, "cadence title", c.Title, "Posts per week on facebook")
	checkString(t, "cadence point", c.Point, "On facebook, 1 campaign of weeks with at least 4 posts (usual week: 2 posts). "+
		"It was followed by silence. Posting never resumed after it.")
	checkString(t, "cadence weeks", rowTexts(c.Table), strings.Join([]string{
		"2024-W01 (from 1 Jan 2024) | 2 | 3 | ",
		"2024-W02 (from 8 Jan 2024) | 2 | 3 | ",
		"2024-W03 (from 15 Jan 2024) | 6 | 5 | Burst",
		"2024-W04 (from 22 Jan 2024) | 7 | 5 | Burst",
		"2024-W05 (from 29 Jan 2024) | 0 | 4 | Silence after a campaign",
		"2024-W06 (from 5 Feb 2024) | 0 | 2 | Silence after a campaign",
		"2024-W07 (from 12 Feb 2024, partial week) | 1 | 1 | ",
	}, "\n"))
	// instagram: 3 full weeks, 4 needed; no chart, the reason with the numbers.
	ig := cad.Charts[1]
	if ig.Option != "" || ig.Point != "" {
		t.Errorf("instagram is drawn: %q", ig.Point)
	}
	checkString(t, "instagram missing", ig.Missing, "The period has too few weeks with data for this diagnostic, so nothing is claimed. 3 full weeks, at least 4 needed.")
	if len(cad.Tables) != 3 {
		t.Fatalf("cadence: %d tables, want levels, campaigns, windows", len(cad.Tables))
	}
	checkString(t, "levels", rowTexts(cad.Tables[0]), "facebook | 6 | 2 | 4 | 1 | 1\n"+
		"instagram | 3 | not measurable | not measurable | not measurable | not measurable")
	checkString(t, "campaigns caption", cad.Tables[1].Caption, "The campaign (1)")
	checkString(t, "campaigns", rowTexts(cad.Tables[1]),
		"facebook | 2024-W03 (from 15 Jan 2024) | 2024-W04 (from 22 Jan 2024) | 2 | 13 | 2 (never resumed)")
	checkString(t, "windows caption", cad.Tables[2].Caption,
		"Customer comments and answers during the campaigns, in the 1 full week after each, and in the other full weeks")
	// 10 comments over 2 weeks, 4 of 8 answered, median 30 h; 8/3 = 2.7 a week.
	checkString(t, "windows", rowTexts(cad.Tables[2]), "facebook | During campaigns | 2 | 5.0 | 50.0 % | 30 h\n"+
		"facebook | 1 week after | 1 | 4.0 | 25.0 % | 2 d 2 h\n"+
		"facebook | Other weeks | 3 | 2.7 | 75.0 % | 2 h")

	// Clicks: 123 conversations for 2,080 clicks = 5.9 per 100.
	ck := sectionByHeading(t, conv, "Clicks or conversations?")
	checkString(t, "clicks intro", ck.Intro, "Each post (not a reply) with a click count is set against the conversation it started: "+
		"its comments plus its shares. Among these posts, percentile 75 of clicks is 300 and percentile 25 is 60; "+
		"of conversation, 25 and 1. A post is click-only when its clicks reach the high mark while its conversation "+
		"stays at or below the low one; it starts a conversation when its conversation reaches the high mark. "+
		"Conversations per 100 clicks over the 12 posts with clicks: 5.9.")
	sc := ck.Charts[0]
	checkString(t, "clicks point", sc.Point, "2 of the 12 posts drew many clicks but little conversation. 3 started a lively conversation.")
	// The scatter's table is one row a type, not one a post.
	checkString(t, "by type", rowTexts(sc.Table), "(not given) | 1 | 10 | 2 | 20.0 | 0 | 0\n"+
		"link | 9 | 100 | 4 | 1.6 | 2 | 0\n"+
		"photo | 3 | 60 | 33 | 51.7 | 0 | 3")
	checkString(t, "click-only caption", ck.Tables[0].Caption, "Click-only posts, most clicks first: 2 of 2")
	checkString(t, "click-only", rowTexts(ck.Tables[0]), "1 Feb 2024 | facebook | Shop the sale | 900 | 0 | 1 | 1 | 0\n"+
		"2 Feb 2024 | facebook | New arrivals | 300 | 1 | 0 | 1 | 1")
	// Top is 2: 2 of the 3 starters; instagram has no comment records.
	checkString(t, "starters caption", ck.Tables[1].Caption, "Posts that started a conversation, most conversation first: 2 of 3")
	checkString(t, "starters", rowTexts(ck.Tables[1]), "3 Feb 2024 | facebook | Tell us your favourite | 60 | 30 | 10 | 1 | 30\n"+
		"4 Feb 2024 | instagram | Which colour? | 50 | 20 | 8 | unknown | unknown")
	if !ck.Tables[0].Rows[0][2].Wide {
		t.Error("the post text is not a wide cell")
	}

	// Concentration: 1/2 = 0.50 for two platforms; conversations unknown
	// for instagram.
	cn := sectionByHeading(t, conv, "Eggs in one basket")
	checkString(t, "concentration intro", cn.Intro, "Each platform's share of the brand's audience, engagement (reactions, comments "+
		"and shares of the period's posts) and conversations (customer comments of the period). The concentration index (HHI) "+
		"is the sum of the squared shares. It is 1 when everything is on one platform and 0.50 when the 2 platforms weigh the same. "+
		"Audience is the impressions of the period's posts, since not every platform gives its followers. "+
		"Conversations: not measurable. This measure is unknown for some platforms, so no share can be computed. Unknown for: instagram.")
	cc := cn.Charts[0]
	checkString(t, "concentration point", cc.Point,
		"Largest shares: audience, facebook with 75.0 % (HHI 0.62); engagement, facebook with 60.0 % (HHI 0.52).")
	checkString(t, "concentration head", headTexts(cc.Table), "Measure | facebook | instagram | Concentration (HHI)")
	checkString(t, "concentration", rowTexts(cc.Table), "Audience | 75.0 % (30,000) | 25.0 % (10,000) | 0.62\n"+
		"Engagement | 60.0 % (600) | 40.0 % (400) | 0.52\n"+
		"Conversations | not measurable | not measurable | not measurable")

	// Pushback: page-level, 8 weeks, rho 0.62 >= 0.6: strong.
	pb := sectionByHeading(t, fb, "Posting against negative feedback")
	checkString(t, "pushback intro", pb.Intro, "Each full week's posts are set against its negative feedback per 1,000 impressions, "+
		"and the relation is measured by Spearman's rank correlation (rho, from -1 to 1): weak below 0.30 in absolute value, "+
		"moderate below 0.60, strong beyond. No relation is claimed with fewer than 8 weeks with a value. "+
		"The feedback is the page's: hides, hide-all, spam reports and unfollows per 1,000 page impressions, which covers weeks without posts too.")
	pc := pb.Charts[0]
	checkString(t, "pushback point", pc.Point,
		"Over 8 weeks, the weeks with more posts had more negative feedback per 1,000 impressions (rho 0.62: strong relation).")
	checkString(t, "pushback head", headTexts(pc.Table), "Week | Posts | Negative feedback | Impressions | Per 1,000 impressions")
	checkString(t, "pushback first week", rowTexts(tableView{Rows: pc.Table.Rows[:1]}), "2024-W01 (from 1 Jan 2024) | 0 | 2 | 10,000 | 0.20")
	if len(pc.Table.Rows) != 8 {
		t.Errorf("pushback table: %d rows, want 8", len(pc.Table.Rows))
	}

	// The sections come after the pages' own, in order.
	var headings []string
	for _, s := range conv.Sections {
		headings = append(headings, s.Heading)
	}
	if got := strings.Join(headings[len(headings)-3:], " / "); got != "Campaigns and silences / Clicks or conversations? / Eggs in one basket" {
		t.Errorf("conversation sections end with %s", got)
	}
	if last := fb.Sections[len(fb.Sections)-1].Heading; last != "Posting against negative feedback" {
		t.Errorf("feedback page ends with %q", last)
	}
}

func TestHabitsFrench(t *testing.T) {
	pages := habitPages(t, habitsFixture(), "fr")
	conv, fb := pages["conversation"], pages["feedback"]
	cad := sectionByHeading(t, conv, "Campagnes et silences")
	checkString(t, "cadence intro", cad.Intro, "Les publications (hors réponses) sont comptées par plateforme et par semaine ISO, "+
		"du lundi au dimanche. Le niveau habituel d’une plateforme est la médiane de ses publications par semaine complète\u00a0; "+
		"une semaine est un pic lorsqu’elle compte au moins 4 publications et au moins 1,5 fois le niveau habituel (arrondi au supérieur). "+
		"Des semaines de pic consécutives forment une campagne. Une campagne est suivie d’un silence lorsqu’au moins 2 semaines "+
		"complètes sans publication viennent juste après elle. Il faut 4 semaines complètes pour connaître le niveau habituel "+
		"d’une plateforme. Sur la période\u00a0: 1 campagne, suivie d’un silence.")
	checkString(t, "cadence point", cad.Charts[0].Point, "Sur facebook, 1 campagne de semaines d’au moins 4 publications "+
		"(semaine habituelle\u00a0: 2 publications). Elle a été suivie d’un silence. Les publications n’ont jamais repris ensuite.")
	checkString(t, "instagram", cad.Charts[1].Missing, "La période compte trop peu de semaines avec des données pour ce diagnostic\u00a0: "+
		"rien n’est avancé. 3 semaines complètes, il en faut au moins 4.")
	checkString(t, "windows", rowTexts(cad.Tables[2]), "facebook | Pendant les campagnes | 2 | 5,0 | 50,0\u202f% | 30\u00a0h\n"+
		"facebook | 1 semaine après | 1 | 4,0 | 25,0\u202f% | 2\u00a0j\u00a02\u00a0h\n"+
		"facebook | Autres semaines | 3 | 2,7 | 75,0\u202f% | 2\u00a0h")
	checkString(t, "campaign", rowTexts(cad.Tables[1]),
		"facebook | 2024-W03 (à partir du 15 janv. 2024) | 2024-W04 (à partir du 22 janv. 2024) | 2 | 13 | 2 (jamais de reprise)")

	ck := sectionByHeading(t, conv, "Des clics ou des conversations\u00a0?")
	if !strings.HasSuffix(ck.Intro, "Conversations pour 100 clics, sur 12 publications avec clics\u00a0: 5,9.") {
		t.Errorf("clicks intro: %q", ck.Intro)
	}
	checkString(t, "clicks point", ck.Charts[0].Point,
		"2 publications sur 12 ont attiré beaucoup de clics mais peu de conversation. 3 ont lancé une conversation nourrie.")
	checkString(t, "starters", rowTexts(tableView{Rows: ck.Tables[1].Rows[1:]}),
		"4 févr. 2024 | instagram | Which colour? | 50 | 20 | 8 | non disponible | non disponible")

	cn := sectionByHeading(t, conv, "Tous les œufs dans le même panier")
	checkString(t, "concentration point", cn.Charts[0].Point,
		"Plus grandes parts\u00a0: audience, facebook avec 75,0\u202f% (HHI 0,62)\u00a0; engagement, facebook avec 60,0\u202f% (HHI 0,52).")
	checkString(t, "concentration row", rowTexts(tableView{Rows: cn.Charts[0].Table.Rows[:1]}),
		"Audience | 75,0\u202f% (30\u202f000) | 25,0\u202f% (10\u202f000) | 0,62")
	if !strings.HasSuffix(cn.Intro, "Conversations\u00a0: non mesurable. Cette mesure est inconnue pour certaines plateformes\u00a0: "+
		"aucune part ne peut être calculée. Inconnue pour\u00a0: instagram.") {
		t.Errorf("concentration intro: %q", cn.Intro)
	}

	pb := sectionByHeading(t, fb, "Rythme de publication et retours négatifs")
	checkString(t, "pushback point", pb.Charts[0].Point, "Sur 8 semaines, les semaines avec plus de publications ont reçu plus "+
		"de retours négatifs pour 1\u202f000 impressions (rho 0,62\u00a0: relation forte).")
	checkString(t, "pushback week", rowTexts(tableView{Rows: pb.Charts[0].Table.Rows[:1]}),
		"2024-W01 (à partir du 1er janv. 2024) | 0 | 2 | 10\u202f000 | 0,20")
}

// notMeasuredHabits has every habits diagnostic out of reach, each for
// a reason the report must state with its numbers.
func notMeasuredHabits() *analyze.Results {
	res := fixture()
	d := &res.Diagnostics
	d.Options = analyze.DefaultDiagnosticOptions
	d.Cadence = analyze.Cadence{Reason: analyze.ReasonTooFewWeeks, ByPlatform: []analyze.PlatformCadence{
		{Platform: "facebook", Reason: analyze.ReasonTooFewWeeks, FullWeeks: 1,
			Weeks: []analyze.WeekCadence{{Week: habitWeek(1, false), Posts: 5}, {Week: habitWeek(2, true), Posts: 1}}},
		{Platform: "instagram", Reason: analyze.ReasonTooFewWeeks,
			Weeks: []analyze.WeekCadence{{Week: habitWeek(2, true), Posts: 2}}},
	}}
	d.Clicks = analyze.Clicks{Reason: analyze.ReasonTooFewPosts, Posts: 5}
	d.Concentration = analyze.Concentration{
		Audience: analyze.ConcentrationMeasure{Reason: analyze.ReasonUnknownForPlatforms, Basis: analyze.BasisFollowers,
			Missing: []string{"facebook", "instagram"}, FallbackMissing: []string{"instagram"}},
		Engagement:    analyze.ConcentrationMeasure{Reason: analyze.ReasonZeroTotal, Basis: analyze.BasisEngagement},
		Conversations: analyze.ConcentrationMeasure{Reason: analyze.ReasonUnknownForPlatforms, Basis: analyze.BasisConversations, Missing: []string{"instagram"}},
	}
	var weeks []analyze.WeekPushback
	for i := 0; i < 5; i++ {
		weeks = append(weeks, analyze.WeekPushback{Week: habitWeek(i+1, false), Posts: i, Feedback: 3, Impressions: 1000, Per1000: 3})
	}
	d.Pushback = analyze.Pushback{Reason: analyze.ReasonTooFewWeeks, Basis: analyze.BasisPostRate, Weeks: weeks}
	return res
}

func TestHabitsNotMeasurable(t *testing.T) {
	for _, tc := range []struct {
		lang                                 string
		cadence, cadenceIG, clicks, conc, pb string
		pbPoint, cadenceHead, clicksHead     string
		concHead, pbHead                     string
	}{
		{lang: "en",
			cadenceHead: "Campaigns and silences", clicksHead: "Clicks or conversations?", concHead: "Eggs in one basket",
			pbHead:    "Posting against negative feedback",
			cadence:   "The period has too few weeks with data for this diagnostic, so nothing is claimed. 1 full week, at least 4 needed.",
			cadenceIG: "The period has too few weeks with data for this diagnostic, so nothing is claimed. The period has no full week; at least 4 are needed.",
			clicks:    "Not measurable: Too few posts carry clicks to say what a high or a low number of clicks is. 5 posts carry clicks, at least 10 needed.",
			conc: "Audience: not measurable. This measure is unknown for some platforms, so no share can be computed. " +
				"No follower count for: facebook, instagram. No post impressions for: instagram. " +
				"Engagement: not measurable. This measure is zero on every platform, so there is nothing to share out. " +
				"Conversations: not measurable. This measure is unknown for some platforms, so no share can be computed. Unknown for: instagram.",
			pb: "The feedback is the posts': hides, hide-all, spam reports and unlikes of the week's posts per 1,000 of their impressions. " +
				"Not measurable: The period has too few weeks with data for this diagnostic, so nothing is claimed. 5 weeks with a value, 8 needed.",
			pbPoint: "The chart shows 5 weeks with a value; no relation is claimed."},
		{lang: "fr",
			cadenceHead: "Campagnes et silences", clicksHead: "Des clics ou des conversations\u00a0?", concHead: "Tous les œufs dans le même panier",
			pbHead:    "Rythme de publication et retours négatifs",
			cadence:   "La période compte trop peu de semaines avec des données pour ce diagnostic\u00a0: rien n’est avancé. 1 semaine complète, il en faut au moins 4.",
			cadenceIG: "La période compte trop peu de semaines avec des données pour ce diagnostic\u00a0: rien n’est avancé. La période ne compte aucune semaine complète\u00a0; il en faut au moins 4.",
			clicks:    "Non mesurable\u00a0: Trop peu de publications comportent des clics pour dire ce qu’est un nombre de clics élevé ou faible. 5 publications comportent des clics, il en faut au moins 10.",
			conc: "Audience\u00a0: non mesurable. Cette mesure est inconnue pour certaines plateformes\u00a0: aucune part ne peut être calculée. " +
				"Aucun nombre d’abonnés pour\u00a0: facebook, instagram. Aucune impression de publication pour\u00a0: instagram. " +
				"Engagement\u00a0: non mesurable. Cette mesure est nulle sur toutes les plateformes\u00a0: il n’y a rien à répartir. " +
				"Conversations\u00a0: non mesurable. Cette mesure est inconnue pour certaines plateformes\u00a0: aucune part ne peut être calculée. Inconnue pour\u00a0: instagram.",
			pb: "Les retours sont ceux des publications\u00a0: masquages, «\u00a0masquer tout\u00a0», signalements de spam et retraits de «\u00a0J’aime\u00a0» des publications de la semaine pour 1\u202f000 de leurs impressions. " +
				"Non mesurable\u00a0: La période compte trop peu de semaines avec des données pour ce diagnostic\u00a0: rien n’est avancé. 5 semaines avec une valeur, il en faut 8.",
			pbPoint: "Le graphique montre 5 semaines avec une valeur\u00a0; aucune relation n’est avancée."},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			pages := habitPages(t, notMeasuredHabits(), tc.lang)
			conv := pages["conversation"]
			cad := sectionByHeading(t, conv, tc.cadenceHead)
			if len(cad.Charts) != 2 || cad.Charts[0].Option != "" || cad.Charts[1].Option != "" {
				t.Fatalf("cadence draws a platform that is not measurable")
			}
			checkString(t, "cadence facebook", cad.Charts[0].Missing, tc.cadence)
			checkString(t, "cadence instagram", cad.Charts[1].Missing, tc.cadenceIG)
			// No campaign is claimed: no total in the intro, no campaign table.
			if len(cad.Tables) != 1 {
				t.Errorf("cadence: %d tables, want the levels only", len(cad.Tables))
			}
			for _, r := range cad.Tables[0].Rows {
				for _, c := range r[2:] {
					if c.Text != b(tc.lang).notMeasurable() {
						t.Errorf("cadence level %q, want not measurable", c.Text)
					}
				}
			}
			ck := sectionByHeading(t, conv, tc.clicksHead)
			checkString(t, "clicks", ck.Empty, tc.clicks)
			if len(ck.Charts)+len(ck.Tables) != 0 {
				t.Error("clicks shows a chart or a table")
			}
			cn := sectionByHeading(t, conv, tc.concHead)
			if !strings.HasSuffix(cn.Intro, tc.conc) {
				t.Errorf("concentration intro:\n got %q\nwant suffix %q", cn.Intro, tc.conc)
			}
			if len(cn.Charts) != 0 {
				t.Error("concentration draws a chart with no measure")
			}
			pb := sectionByHeading(t, pages["feedback"], tc.pbHead)
			if !strings.HasSuffix(pb.Intro, tc.pb) {
				t.Errorf("pushback intro:\n got %q\nwant suffix %q", pb.Intro, tc.pb)
			}
			// The weeks are drawn, but no relation is claimed.
			checkString(t, "pushback point", pb.Charts[0].Point, tc.pbPoint)
			for _, s := range []string{pb.Intro, pb.Charts[0].Point} {
				if strings.Contains(s, "rho ") || strings.Contains(s, "0.00") || strings.Contains(s, "0,00") {
					t.Errorf("pushback claims a relation: %q", s)
				}
			}
		})
	}
}

// b returns a formatting builder of a language, for expectations.
func b(lang string) *builder {
	l, _ := locale.For(lang)
	return newWords(l)
}

// TestHabitsWithoutDiagnostics: results without diagnostics (built by
// hand, or by an older run) say so in each section, with no figure.
func TestHabitsWithoutDiagnostics(t *testing.T) {
	pages := habitPages(t, fixture(), "en")
	for _, tc := range []struct{ page, heading string }{
		{"conversation", "Campaigns and silences"}, {"conversation", "Clicks or conversations?"},
		{"conversation", "Eggs in one basket"}, {"feedback", "Posting against negative feedback"},
	} {
		s := sectionByHeading(t, pages[tc.page], tc.heading)
		if len(s.Charts)+len(s.Tables) != 0 {
			t.Errorf("%s: charts or tables without data", tc.heading)
		}
		if !strings.Contains(s.Intro+" "+s.Empty, "The data does not support this figure.") {
			t.Errorf("%s: no reason given: %q / %q", tc.heading, s.Intro, s.Empty)
		}
	}
	// The rules are the defaults: 3 posts, twice the usual level.
	cad := sectionByHeading(t, pages["conversation"], "Campaigns and silences")
	if !strings.Contains(cad.Intro, "at least 3 posts and at least 2 times the usual level") {
		t.Errorf("cadence intro without options: %q", cad.Intro)
	}
}

// seriesData reads the values of a decoded option's series, by name.
func seriesData(t *testing.T, c chartView) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, s := range decodeOption(t, c)["series"].([]any) {
		m := s.(map[string]any)
		var vals []string
		for _, d := range m["data"].([]any) {
			v, _ := json.Marshal(d.(map[string]any)["value"])
			vals = append(vals, string(v))
		}
		out[m["name"].(string)] = strings.Join(vals, ",")
	}
	return out
}

func TestHabitsChartOptions(t *testing.T) {
	pages := habitPages(t, habitsFixture(), "en")
	conv := pages["conversation"]
	for _, tc := range []struct {
		chart string
		want  map[string]string
	}{
		{"diag_cadence_0", map[string]string{
			"Posts":                `2,2,"-","-",0,0,1`,
			"Posts in burst weeks": `"-","-",6,7,"-","-","-"`,
			"Burst threshold":      `4,4,4,4,4,4,4`,
		}},
		{"diag_clicks", map[string]string{
			"Other posts":                       strings.Repeat("[100,4],", 6) + "[100,4]",
			"Click-only posts":                  `[900,1],[300,1]`,
			"Posts that started a conversation": `[60,40],[50,28],[70,25]`,
		}},
		{"diag_concentration", map[string]string{"facebook": `75,60,"-"`, "instagram": `25,40,"-"`}},
	} {
		got := seriesData(t, chartByID(t, conv, tc.chart))
		for name, want := range tc.want {
			if got[name] != want {
				t.Errorf("%s: series %q = %s, want %s", tc.chart, name, got[name], want)
			}
		}
		if len(got) != len(tc.want) {
			t.Errorf("%s: series %v", tc.chart, got)
		}
	}
	got := seriesData(t, chartByID(t, pages["feedback"], "diag_pushback"))
	if got["Posts"] != "0,1,2,3,0,1,2,3" || got["Per 1,000 impressions"] != "0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9" {
		t.Errorf("diag_pushback: %v", got)
	}

	// Weekly charts have the ISO weeks as categories; the silence is a band
	// over W05-W06; the scatter marks the percentile values.
	opt := decodeOption(t, chartByID(t, conv, "diag_cadence_0"))
	x, _ := json.Marshal(opt["xAxis"].([]any)[0].(map[string]any)["data"])
	checkString(t, "cadence x", string(x), `["2024-W01","2024-W02","2024-W03","2024-W04","2024-W05","2024-W06","2024-W07"]`)
	area, _ := json.Marshal(opt["series"].([]any)[0].(map[string]any)["markArea"].(map[string]any)["data"])
	checkString(t, "silence band", string(area), `[[{"name":"Silence after a campaign","xAxis":4},{"xAxis":5}]]`)
	opt = decodeOption(t, chartByID(t, conv, "diag_clicks"))
	lines, _ := json.Marshal(opt["series"].([]any)[0].(map[string]any)["markLine"].(map[string]any)["data"])
	checkString(t, "clicks rules", string(lines),
		`[{"name":"high clicks: 300","xAxis":300},{"name":"low conversation: 1","yAxis":1},{"name":"high conversation: 25","yAxis":25}]`)
	if tt := opt["tooltip"].(map[string]any); tt["formatter"] != nil {
		t.Errorf("the scatter's tooltip has a formatter: %v", tt)
	}
}

// TestHabitsHostile puts the attacks in the post texts, types and
// platforms of the habits diagnostics: they reach the pages as text only,
// and the charts carry no post text at all.
func TestHabitsHostile(t *testing.T) {
	res := habitsFixture()
	h := func(tag string) string { return tag + " " + hostile }
	ck := &res.Diagnostics.Clicks
	long := h("text") + strings.Repeat(" more", 100)
	for _, list := range [][]analyze.PostClicks{ck.All, ck.TopClickOnly, ck.TopStarters} {
		for i := range list {
			list[i].Post.Text = long
		}
	}
	ck.ByType[1].Type = h("type")
	res.Diagnostics.Cadence.ByPlatform[0].Platform = h("platform")
	res.Diagnostics.Concentration.Engagement.Leader = h("leader")
	meta := fixtureMeta()
	site, err := Build(res, meta)
	if err != nil {
		t.Fatal(err)
	}
	page := string(site.File("conversation.html").Data)
	for _, raw := range []string{"</script><script>window.__pwned=1</script>", "<img src=x onerror=alert(1)>", "<img", quotes} {
		if strings.Contains(page, raw) {
			t.Errorf("conversation.html contains %q unescaped", raw)
		}
	}
	if !strings.Contains(page, "&lt;img src=x onerror=alert(1)&gt;") {
		t.Error("conversation.html does not show the hostile text as text")
	}
	pages := habitPages(t, res, "en")
	clicks := chartByID(t, pages["conversation"], "diag_clicks")
	if strings.Contains(clicks.Option, "text ") || strings.Contains(clicks.Option, "__f__") {
		t.Errorf("the scatter carries post text: %.300s", clicks.Option)
	}
	s := sectionByHeading(t, pages["conversation"], "Clicks or conversations?")
	cell := s.Tables[0].Rows[0][2]
	if n := len([]rune(cell.Text)); n != clickTextRunes || !strings.HasSuffix(cell.Text, "…") {
		t.Errorf("a long post text is shown with %d runes: %q", n, cell.Text)
	}
	if c := chartByID(t, pages["conversation"], "diag_cadence_0"); strings.ContainsAny(c.Option, "<>") {
		t.Errorf("cadence option carries raw markup: %.200s", c.Option)
	}
}
