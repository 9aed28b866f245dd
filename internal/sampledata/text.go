package sampledata

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

// The brand and its accounts. Every name here is invented.
const (
	brandName = "Maison Brindille"
	brandSite = "example.com"
)

var products = []string{
	"Vapeur kettle", "Ardoise mug", "Lin Bleu duvet cover", "Cassis candle", "Orme teapot",
	"Sauge linen napkins", "Galet serving bowl", "Brume throw", "Ficelle tote", "Noisette coffee grinder",
}

var cities = []string{
	"Lyon", "Bordeaux", "Lille", "Nantes", "Brussels", "Geneva", "London", "Manchester",
	"Dublin", "Montréal", "Berlin", "Toulouse",
}

var firstNames = []string{
	"Claire", "Julien", "Sophie", "Thomas", "Emma", "Lucas", "Chloé", "Hugo", "Léa", "Nathan",
	"Camille", "Antoine", "Sarah", "Maxime", "Laura", "Olivia", "James", "Amelia", "Oliver",
	"Grace", "Daniel", "Hannah", "Ben", "Charlotte", "Priya", "Amir", "Fatima", "Yanis", "Inès",
	"Noah", "Zoé", "Mia", "Louis", "Manon", "Ethan", "Ruby", "Élodie", "Kwame", "Sofia", "Mathis",
}

var lastNames = []string{
	"Martin", "Bernard", "Dubois", "Laurent", "Lefèvre", "Moreau", "Garnier", "Roux", "Fournier",
	"Girard", "Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Patel", "Khan", "Murphy",
	"Walsh", "Bennett", "Clarke", "Mercier", "Blanc", "N'Diaye", "O'Brien",
}

// agents sign the brand's replies.
var agents = []string{"Julie", "Marc", "Inès", "Tom"}

// The canned replies: the same text pasted again and again, only the
// signature or the ticket number changing.
const (
	cannedDM     = "Thanks for your message! Please DM us your order number so we can look into it. ^"
	cannedTicket = "Hi! We've opened ticket #%s for you, our team will get back to you within 48 h. ^"
	cannedRecall = "We are very sorry. Please stop using your Vapeur kettle and DM us your order number: we will refund or replace it. ^"
)

// hostile are texts a troll might post; the report must print them as text.
// The payloads that would run set window.__pwned or the page title, so a
// page test can tell that none ran.
var hostile = []string{
	"</script><script>window.__pwned=1</script>",
	"<img src=x onerror=\"document.title='PWNED'\">",
	"__f__(function(){window.__pwned=1})()__f__",
	"He said \"it's fine, really\",\nthen the mug cracked. Great \"quality\", Maison Brindille!",
	"{{.}} ${7*7} <b>bold?</b> & 'quotes' = \"fun\"",
}

// HostileComment is a customer comment of the demo whose text and author
// are both hostile. It is a question (it has a question mark), neither
// hidden nor answered, and it is written before any other comment of the
// demo, so it heads the worklist (data/unanswered.csv) and any page that
// lists unanswered comments or questions oldest first.
type HostileComment struct {
	Platform, AuthorID, AuthorName, Text string
	// Plain is a harmless part of Text, found nowhere else in the demo: a
	// page that shows Plain shows the comment, and must show Text whole.
	Plain string
}

// HostileComments returns the hostile customer comments planted in the demo,
// oldest first: HTML and script injection, a javascript: URL, go-echarts'
// __f__ function markers, Go template placeholders, spreadsheet formulas and
// right-to-left overrides (U+202E). Every payload that could run sets
// window.__pwned or the page title to "PWNED".
func HostileComments() []HostileComment { return append([]HostileComment(nil), planted...) }

// HostilePostText is the text of one Facebook post of the demo (see
// hostilePost).
const HostilePostText = hostilePost

var planted = []HostileComment{
	{"facebook", "100009990001", `"><img src=x onerror="window.__pwned=1">`, "<script>window.__pwned=1</script> Where is my order MB-000001?", "Where is my order MB-000001?"},
	{"instagram", "<svg onload=window.__pwned=1>", "<script>document.title='PWNED'</script>", `"><img src=x onerror="window.__pwned=1"> Is the Orme teapot in stock?`, "Is the Orme teapot in stock?"},
	{"instagram", "bidi.\u202etxt.exe", "Ana \u202eTAHC\u202c", "Refund me now? \u202egnp.exe\u202c {{.Client}} {{ .ResponseRate }}", "Refund me now?"},
	{"x", "@javascript", "{{.Client}}", "javascript:window.__pwned=1 is this link to your shop safe?", "is this link to your shop safe?"},
	{"facebook", "100009990002", "=cmd|' /C calc'!A0", "__f__function(){window.__pwned=1}__f__ is anyone at Maison Brindille there?", "is anyone at Maison Brindille there?"},
	{"linkedin", "li-{{.Client}}", "javascript:window.__pwned=1", "=cmd|' /C calc'!A0 why no answer to my invoice?", "why no answer to my invoice?"},
	{"x", "@__f__", "__f__function(){window.__pwned=1}__f__", "@me +SUM(1+1)*cmd|' /C calc'!A0 hello from Lyon?", "hello from Lyon?"},
}

// hostilePost is the text given to one Facebook post: it closes a script
// element and opens another, which would run if the text reached a page
// or an inline script unescaped.
const hostilePost = "Summer sale </script><script>window.__pwned=1</script> starts now"

// person is a customer, with a handle on every platform.
type person struct {
	first, last string
	n           int
	// id and display, when set, are written as they are on every platform
	// instead of the handle and name derived from first, last and n: the
	// hostile authors of planted comments.
	id, display string
}

func (p person) name() string { return p.first + " " + p.last }

// handle returns the person's author id on a platform.
func (p person) handle(platform string) string {
	if p.id != "" {
		return p.id
	}
	base := strings.ToLower(asciiFold(p.first + p.last))
	switch platform {
	case "facebook":
		return strconv.Itoa(100004000000 + p.n*7919)
	case "instagram":
		return strings.ToLower(asciiFold(p.first)) + "." + strings.ToLower(asciiFold(p.last)) + strconv.Itoa(p.n%97)
	case "x":
		return "@" + base + strconv.Itoa(p.n%89)
	default:
		return "li-" + base + "-" + strconv.Itoa(1000+p.n)
	}
}

// displayName returns the name a platform shows for the person.
func (p person) displayName(platform string) string {
	if p.display != "" {
		return p.display
	}
	if platform == "x" {
		return p.first + " " + p.last[:1] + "."
	}
	return p.name()
}

var folder = strings.NewReplacer("é", "e", "è", "e", "ë", "e", "ï", "i", "ô", "o", "É", "E", "'", "", "ç", "c")

func asciiFold(s string) string { return folder.Replace(s) }

// newPeople returns n customers with deterministic names.
func newPeople(r *rand.Rand, n int) []person {
	ps := make([]person, n)
	for i := range ps {
		ps[i] = person{first: pick(r, firstNames), last: pick(r, lastNames), n: i}
	}
	return ps
}

func pick(r *rand.Rand, xs []string) string { return xs[r.IntN(len(xs))] }

// fill replaces the placeholders of a template with random values.
func fill(r *rand.Rand, tmpl string, p person) string {
	order := "MB-" + strconv.Itoa(210000+r.IntN(90000))
	rep := strings.NewReplacer(
		"{product}", pick(r, products),
		"{city}", pick(r, cities),
		"{order}", order,
		"{first}", p.first,
		"{friend}", "@"+strings.ToLower(asciiFold(pick(r, firstNames)))+"_"+strconv.Itoa(10+r.IntN(89)),
		"{days}", strconv.Itoa(6+r.IntN(15)),
	)
	return rep.Replace(tmpl)
}

// Customer comment templates by kind.
var (
	praiseTexts = []string{
		"Love my new {product}! Best purchase this year.",
		"The {product} looks even better in real life 😍",
		"Bought the {product} for my sister in {city}, she adores it.",
		"Gorgeous colours. Well done!",
		"Third {product} in our house, we are hooked.",
		"This is exactly the style I was looking for.",
		"So pretty! Adding it to my wishlist.",
		"Quality is great, the {product} feels solid.",
	}
	productQuestions = []string{
		"Is the {product} dishwasher safe?",
		"Do you ship to {city}?",
		"When will the {product} be back in stock?",
		"What are the dimensions of the {product}?",
		"Is there a discount code for first orders?",
		"Does the {product} come in green?",
		"Can I order the {product} as a gift with a card?",
		"How long is delivery to {city}?",
	}
	orderQuestions = []string{
		"Where is my order {order}? It's been {days} days.",
		"Hello, any news on order {order}? Tracking hasn't moved.",
		"I paid twice for order {order}, who do I contact?",
		"How do I return the {product}? It's the wrong size.",
		"Hello? Is anyone reading these messages?",
		"My parcel {order} says delivered but nothing arrived. What now?",
	}
	complaintTexts = []string{
		"Order {order} still not delivered after {days} days. Not impressed.",
		"My {product} arrived chipped. Second time this happens.",
		"Customer service never answers emails. Disappointing.",
		"Ordered the {product} on sale, received the wrong colour.",
		"The {product} broke after two weeks. Expected better for the price.",
		"Still waiting for my refund for {order}.",
	}
	frenchTexts = []string{
		"Trop beau ce {product} !",
		"Toujours pas reçu ma commande {order}, c'est normal ?",
		"Livraison rapide à {city}, merci !",
		"Vous livrez en Belgique ?",
		"Déçue, mon {product} est arrivé cassé.",
		"J'adore la nouvelle collection 💛",
	}
	tagTexts = []string{
		"{friend} look at this!",
		"{friend} for the new flat?",
		"{friend} 😍😍",
		"{friend} you need the {product}",
	}
	spamTexts = []string{
		"Earn 500€/day from home!!! DM me now",
		"Check my profile for FREE gift cards 🎁🎁🎁",
		"Cheap followers, fast delivery, message me",
	}
	campaignTexts = []string{
		"The Printemps en lin collection is stunning, which colour is the sage one?",
		"Ordered three napkins from the linen drop! 🌿",
		"Is the linen pre-washed?",
		"Love the campaign photos, so calm.",
		"Linen duvet covers in king size?",
		"{friend} the linen collection is out!",
	}
	silenceTexts = []string{
		"Hello? Is anyone still running this page?",
		"I've asked about order {order} three times here. No answer.",
		"Why is nobody answering anymore?",
		"Ordered during the linen campaign, still nothing. Order {order}.",
		"Your website chat is closed and nobody answers here. What's going on?",
	}
	crisisTexts = []string{
		"The handle of my Vapeur kettle just snapped with boiling water inside!! Are you going to do something?",
		"Why are you still advertising this kettle?? People are getting burned.",
		"Same here, the handle cracked this morning. Order {order}.",
		"Shame on you, Maison Brindille. Pull the kettle NOW.",
		"I want a refund for order {order}. Not waiting until Monday.",
		"Is the Vapeur kettle safe to use or not??",
		"My daughter nearly got burned. Handle came off. Unacceptable.",
		"20% off a dangerous kettle, great marketing.",
		"Hello?? Anyone at Maison Brindille this weekend?",
		"How do I return the kettle? Is there a recall?",
		"Mine too!! Batch from April. Photos on my profile.",
		"Scandaleux, la poignée de ma bouilloire Vapeur a lâché !",
		"Still no word from the brand. Unbelievable.",
	}
	followUpTexts = []string{
		"Done, I sent you a DM.",
		"I've DMed you twice already, still nothing.",
		"Thanks!",
		"Sent my order number in DM, any update?",
		"Merci !",
	}
	chimeTexts = []string{
		"Same question here.",
		"Same problem for me!",
		"+1, I'd like to know too.",
		"Also waiting for an answer...",
		"Agreed!",
	}
)

// Brand reply templates that are personal (not canned), by what they
// answer.
var (
	thanksReplies = []string{
		"Hi {first}, thank you so much! The {product} is one of our favourites too.",
		"Bonjour {first}, merci beaucoup, ça nous fait très plaisir !",
		"Thank you {first}! Send us a photo of your table, we'd love to share it.",
	}
	answerReplies = []string{
		"Hi {first}, yes, the {product} is dishwasher safe. Enjoy!",
		"Hi {first}, we deliver to {city} in 3 to 5 working days.",
		"Hi {first}, it's back in stock next week, we'll keep one aside for you if you like.",
		"Hi {first}, all the sizes are on the product page, and our team can help by chat.",
	}
	sorryReplies = []string{
		"Hi {first}, so sorry about that. We'll send a replacement today, no need to return the damaged one.",
		"Hi {first}, we're sorry for the wait. Your parcel left our warehouse this morning.",
		"Hi {first}, we've found your order and refunded the shipping costs. Sorry again!",
	}
)

// Post templates.
var (
	normalPosts = []string{
		"Slow Sunday mornings with the {product}.",
		"New in: the {product}. Made in small batches in Portugal.",
		"Behind the scenes at our workshop in {city}.",
		"Tell us: tea or coffee? ☕🍵",
		"Free delivery this week on every {product}.",
		"Our {product} in three new colours.",
		"How to care for your linen, in five steps.",
		"Meet the makers of the {product}.",
	}
	campaignPosts = []string{
		"#PrintempsEnLin day {n}: the {product} in sage green.",
		"#PrintempsEnLin: linen that gets softer with every wash.",
		"#PrintempsEnLin giveaway: tag a friend to win the {product}!",
		"#PrintempsEnLin: 15% off the whole linen collection until Sunday.",
		"#PrintempsEnLin: spring table ideas with the {product}.",
	}
	summerPosts = []string{
		"#ÉtéÀTable: long lunches with the {product}.",
		"#ÉtéÀTable: summer sale, up to 30% off.",
		"#ÉtéÀTable: picnic essentials, the {product} included.",
		"Last chance: the {product} at summer prices.",
		"#ÉtéÀTable: our favourite iced coffee recipe.",
		"Flash sale tonight only on the {product}!",
	}
)
