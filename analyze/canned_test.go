package analyze

import (
	"reflect"
	"testing"
)

func TestNormalizeReply(t *testing.T) {
	for _, tc := range []struct {
		text string
		name string
		want string
	}{
		{"hi @jane, your order 12345", "", "hi @name, your order #"},
		{"Hi @Jane, your order 12345", "", "hi @name, your order #"},
		// Spacing collapsed and trimmed; the replied-to author's name masked
		// as whole words of two letters or more, in any case.
		{"  Sorry   Maria!\n\tWe'll  check.  ", "Maria K.", "sorry @name! we'll check."},
		{"Marianne, sorry K", "Maria K.", "marianne, sorry k"},
		// Mentions in a row, by words or whole, are one mention; a whole
		// name is masked even when it is not made of letters only (an
		// anonymized report's pseudonym), so that the figures are the
		// same with and without --anonymize.
		{"Merci Zoé MARTIN", "zoé Martin", "merci @name"},
		{"Merci commenter-0042 !", "commenter-0042", "merci @name !"},
		{"Merci commenter-00421 !", "commenter-0042", "merci @name-# !"}, // not the whole name: its words
		{"Hi @jane @john, and you Maria", "Maria K.", "hi @name, and you @name"},
		{"ÉLODIE ÇA VA", "", "élodie ça va"},
		// Numbers with separators between digits are one number; a full
		// stop after a number or a handle stays.
		{"Call 0800-123-456 at 10:30, or pay 1,50 €.", "", "call # at #, or pay # €."},
		{"Ref AB12345.", "", "ref ab#."},
		{"Thanks @jane.", "", "thanks @name."},
		{"Thanks @jane.doe_2 !", "", "thanks @name !"},
		{"a lone @ sign", "", "a lone @ sign"},
		// Links become <url>, whatever they hold.
		{"See HTTPS://t.co/AbC123?x=@y and www.acme.com/help now", "", "see <url> and <url> now"},
		{"Arabic digits ١٢٣", "", "arabic digits #"},
		// Signatures: the same text signed by two agents is one text.
		{"Please DM us. ^JK", "", "please dm us. ^agent"},
		{"Please DM us ^Julie https://t.co/x", "", "please dm us ^agent <url>"},
		{"2 ^ 3", "", "# ^ #"},
		{"", "", ""},
		{" \n ", "", ""},
	} {
		if got := NormalizeReply(tc.text, tc.name); got != tc.want {
			t.Errorf("NormalizeReply(%q, %q) = %q, want %q", tc.text, tc.name, got, tc.want)
		}
	}
}

// cannedDataset: brand "acme". Six brand replies on Facebook, one reply
// tweet, and one brand comment without a parent (not a reply).
//
//	b1 -> c1 (Jane Doe)   "Hi Jane, sorry! DM us your order number."     -> T1
//	b2 -> c2 (Bob Stone)  "Hi @bob,   sorry! DM us your order number."   -> T1
//	b3 -> c3 (Zoé)        "HI ZOÉ, sorry! DM us your order number."      -> T1
//	x1 reply tweet        "Hi @carl, sorry! DM us your order number."    -> T1
//	b4 -> c4              "Your order 123 ships today"                   -> T2
//	b5 -> c5              "Your order 98765 ships today"                 -> T2
//	b6 -> c6              ""                                             -> no text
//	b7 no parent          "Hi all, sorry! DM us your order number."      -> not a reply
//
// T1 = "hi @name, sorry! dm us your order number.", T2 = "your order # ships today".
func cannedDataset(t *testing.T) *Dataset {
	reply := func(id, parent, at, text string) Comment {
		c := brandReply(t, id, parent, at)
		c.Text = text
		return c
	}
	named := func(id, name, at string) Comment {
		c := cust(t, id, "", at, "help")
		c.AuthorName = name
		return c
	}
	return &Dataset{
		Comments: []Comment{
			named("c1", "Jane Doe", "2026-03-02T09:00:00Z"),
			named("c2", "Bob Stone", "2026-03-02T09:10:00Z"),
			named("c3", "Zoé", "2026-03-02T09:20:00Z"),
			named("c4", "Dan", "2026-03-02T09:30:00Z"),
			named("c5", "Eve", "2026-03-02T09:40:00Z"),
			named("c6", "Fay", "2026-03-02T09:50:00Z"),
			reply("b1", "c1", "2026-03-02T10:00:00Z", "Hi Jane, sorry! DM us your order number."),
			reply("b2", "c2", "2026-03-02T10:10:00Z", "Hi @bob,   sorry! DM us your order number."),
			reply("b3", "c3", "2026-03-02T10:20:00Z", "HI ZOÉ, sorry! DM us your order number."),
			reply("b4", "c4", "2026-03-02T10:30:00Z", "Your order 123 ships today"),
			reply("b5", "c5", "2026-03-02T10:40:00Z", "Your order 98765 ships today"),
			reply("b6", "c6", "2026-03-02T10:50:00Z", ""),
			reply("b7", "", "2026-03-02T11:00:00Z", "Hi all, sorry! DM us your order number."),
		},
		Posts: []Post{{Platform: "x", ID: "x1", Published: ts(t, "2026-03-02T12:00:00Z"), IsReply: true,
			Text: "Hi @carl, sorry! DM us your order number."}},
	}
}

func TestCannedReplies(t *testing.T) {
	res := mustRun(t, cannedDataset(t), Options{Brand: []string{"acme"}})
	cr := res.Diagnostics.Canned
	if !cr.Measurable {
		t.Fatalf("not measurable: %s", cr.Reason)
	}
	// Replies: b1-b6 and x1 = 7, as Broadcast counts them; with text: 6.
	// Canned (T1 written 4 times >= 3): 4; T2 only twice. Share 4/6.
	if cr.Replies != 7 || cr.Replies != res.Broadcast.BrandReplies || cr.WithText != 6 || cr.Canned != 4 || cr.Texts != 1 {
		t.Errorf("replies/with text/canned/texts = %d/%d/%d/%d, want 7/6/4/1 (broadcast %d)",
			cr.Replies, cr.WithText, cr.Canned, cr.Texts, res.Broadcast.BrandReplies)
	}
	eqRate(t, "share", cr.Share, f(4.0/6))
	want := []CannedText{{
		Text: "hi @name, sorry! dm us your order number.", Count: 4,
		Example: "Hi Jane, sorry! DM us your order number.", // b1, the earliest
		First:   ts(t, "2026-03-02T10:00:00Z"), Last: ts(t, "2026-03-02T12:00:00Z"),
		Platforms: []string{"facebook", "x"},
	}}
	if !reflect.DeepEqual(cr.Top, want) {
		t.Errorf("top = %+v\nwant %+v", cr.Top, want)
	}
	// Facebook: 5 with text, 3 canned (b1-b3) = 0.6; x: 1 of 1.
	if len(cr.ByPlatform) != 2 || cr.ByPlatform[0].Platform != "facebook" || cr.ByPlatform[0].WithText != 5 || cr.ByPlatform[0].Canned != 3 ||
		cr.ByPlatform[1].Platform != "x" || cr.ByPlatform[1].WithText != 1 || cr.ByPlatform[1].Canned != 1 {
		t.Errorf("by platform %+v", cr.ByPlatform)
	}
	eqRate(t, "facebook share", cr.ByPlatform[0].Share, f(0.6))
	eqRate(t, "x share", cr.ByPlatform[1].Share, f(1))

	// Two copies are enough: T2 joins; most copies first. 6 of 6.
	res = mustRun(t, cannedDataset(t), Options{Brand: []string{"acme"}, Diagnostics: DiagnosticOptions{Canned: CannedOptions{MinRepeats: 2}}})
	cr = res.Diagnostics.Canned
	if cr.Canned != 6 || cr.Texts != 2 || len(cr.Top) != 2 || cr.Top[1].Text != "your order # ships today" || cr.Top[1].Count != 2 {
		t.Errorf("min repeats 2: canned %d texts %d top %+v", cr.Canned, cr.Texts, cr.Top)
	}
	eqRate(t, "share at 2", cr.Share, f(1))
}

// Texts with as many copies are listed by text; Top caps the list.
func TestCannedTiesAndCap(t *testing.T) {
	ds := &Dataset{}
	for i, text := range []string{"b", "a", "b", "a", "b", "a", "c"} {
		id := string(rune('1' + i))
		ds.Comments = append(ds.Comments, cust(t, "c"+id, "", "2026-03-02T09:00:00Z", "?"))
		r := brandReply(t, "b"+id, "c"+id, "2026-03-02T10:00:00Z")
		r.Text = text
		ds.Comments = append(ds.Comments, r)
	}
	res := mustRun(t, ds, Options{Brand: []string{"acme"}})
	cr := res.Diagnostics.Canned
	if len(cr.Top) != 2 || cr.Top[0].Text != "a" || cr.Top[1].Text != "b" || cr.Canned != 6 {
		t.Errorf("top %+v canned %d", cr.Top, cr.Canned)
	}
	// All seven replies are at the same instant: the example of "b" is the
	// first by platform, kind and id, b1.
	if cr.Top[1].Example != "b" || !cr.Top[1].First.Equal(ts(t, "2026-03-02T10:00:00Z")) {
		t.Errorf("example %+v", cr.Top[1])
	}
	res = mustRun(t, ds, Options{Brand: []string{"acme"}, Diagnostics: DiagnosticOptions{Canned: CannedOptions{Top: 1}}})
	if cr := res.Diagnostics.Canned; len(cr.Top) != 1 || cr.Top[0].Text != "a" || cr.Texts != 2 {
		t.Errorf("capped top %+v texts %d", cr.Top, cr.Texts)
	}
}

func TestCannedNotMeasurable(t *testing.T) {
	brand := Options{Brand: []string{"acme"}}
	for _, tc := range []struct {
		name string
		ds   *Dataset
		opts Options
		want string
	}{
		// Without the reply tweet (which the brand wrote, being a post),
		// nothing says which comments are the brand's.
		{"no brand comment", &Dataset{Comments: cannedDataset(t).Comments}, Options{}, ReasonNoBrandComments},
		{"posts only", &Dataset{Posts: []Post{post(t, "p1", "2026-03-02T10:00:00Z", 100)}}, brand, ReasonNoReplySource},
		{"brand comments without parent", &Dataset{Comments: []Comment{brandReply(t, "b1", "", "2026-03-02T10:00:00Z")}}, brand, ReasonNoReplies},
		{"replies without text", &Dataset{Comments: []Comment{
			cust(t, "c1", "", "2026-03-02T09:00:00Z", "?"),
			func() Comment { c := brandReply(t, "b1", "c1", "2026-03-02T10:00:00Z"); c.Text = " \n"; return c }(),
		}}, brand, ReasonNoReplyText},
	} {
		cr := mustRun(t, tc.ds, tc.opts).Diagnostics.Canned
		if cr.Measurable || cr.Reason != tc.want || cr.Share != nil || cr.Top != nil {
			t.Errorf("%s: measurable %v reason %q share %v top %v, want reason %q", tc.name, cr.Measurable, cr.Reason, fmtp(cr.Share), cr.Top, tc.want)
		}
	}
}

func BenchmarkNormalizeReply(b *testing.B) {
	for i := 0; i < b.N; i++ {
		NormalizeReply("Hi Name user12345, sorry to hear that! Please DM us your order number 12345.", "Name user12345")
	}
}
