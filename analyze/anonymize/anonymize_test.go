package anonymize

import (
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
)

var day = time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC)

func at(h, m int) time.Time {
	return day.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute)
}

// dataset is small enough to work out every pseudonym by hand. In order of
// first appearance (time, platform, id):
//
//	09:00 x        200  jane_doe           -> commenter-0001
//	10:00 facebook fb1  u2 "Bob"           -> commenter-0002
//	10:00 facebook fb2  u1 "Jane Doe"      -> commenter-0003
//	11:00 facebook fb3  u1 "Jane Doe"      -> commenter-0003 again
//	11:30 facebook fb4  page1 (brand by --brand), kept
//	12:00 x        201  MaisonDupont (brand by the export), kept
//	13:00 facebook fb5  no id, "Ann Lee"   -> commenter-0004
//	14:00 facebook fb6  no id, "ann lee"   -> commenter-0004 (same name)
func dataset() *analyze.Dataset {
	return &analyze.Dataset{Comments: []analyze.Comment{
		{Platform: "facebook", ID: "fb2", AuthorID: "u1", AuthorName: "Jane Doe", Created: at(10, 0), FromBrand: analyze.FlagNo,
			Text: "Where is my order? Ask @bob, he waited too."},
		{Platform: "x", ID: "200", AuthorID: "jane_doe", AuthorName: "jane_doe", Created: at(9, 0), FromBrand: analyze.FlagNo,
			Text: "@MaisonDupont my kettle leaks"},
		{Platform: "facebook", ID: "fb1", AuthorID: "u2", AuthorName: "Bob", Created: at(10, 0),
			Text: "Same here"},
		{Platform: "facebook", ID: "fb3", ParentID: "fb2", AuthorID: "u1", AuthorName: "Jane Doe", Created: at(11, 0),
			Text: "Still nothing."},
		{Platform: "facebook", ID: "fb4", ParentID: "fb2", AuthorID: "page1", AuthorName: "Maison Dupont", Created: at(11, 30),
			Text: "Sorry Jane  Doe, we will call you. Jane, and JANE DOE's friend @Bob, thanks! Write to help@maison.example."},
		{Platform: "x", ID: "201", ParentID: "200", AuthorID: "MaisonDupont", AuthorName: "MaisonDupont", Created: at(12, 0), FromBrand: analyze.FlagYes,
			Text: "@jane_doe sorry! DM us. @MaisonDupont @jane_doe_2 @jane_doe."},
		{Platform: "facebook", ID: "fb5", AuthorName: "Ann Lee", Created: at(13, 0), Text: "Hello"},
		{Platform: "facebook", ID: "fb6", ParentID: "fb0", AuthorName: "ann lee", Created: at(14, 0), Text: "Hello again"},
	}}
}

var opts = analyze.Options{Brand: []string{"page1"}}

func authors(ds *analyze.Dataset) map[string]string {
	out := map[string]string{}
	for _, c := range ds.Comments {
		out[c.Platform+":"+c.ID] = c.AuthorID + "|" + c.AuthorName
	}
	return out
}

func TestNumberedPseudonyms(t *testing.T) {
	ds := dataset()
	st := Apply(ds, opts, "")
	want := []struct{ id, parent, authorID, authorName, text string }{
		{"comment-000003", "", "commenter-0003", "commenter-0003", "Where is my order? Ask @commenter-0002, he waited too."},
		{"comment-000001", "", "commenter-0001", "commenter-0001", "@MaisonDupont my kettle leaks"},
		{"comment-000002", "", "commenter-0002", "commenter-0002", "Same here"},
		{"comment-000004", "comment-000003", "commenter-0003", "commenter-0003", "Still nothing."},
		{"comment-000005", "comment-000003", "page1", "Maison Dupont",
			// "Jane" alone is a word of the name of the author answered.
			"Sorry commenter-0003, we will call you. commenter-0003, and commenter-0003's friend @commenter-0002, thanks! Write to help@maison.example."},
		{"comment-000006", "comment-000001", "MaisonDupont", "MaisonDupont", "@commenter-0001 sorry! DM us. @MaisonDupont @jane_doe_2 @commenter-0001."},
		{"comment-000007", "", "", "commenter-0004", "Hello"},
		{"comment-000008", "comment-000009", "", "commenter-0004", "Hello again"},
	}
	for i, w := range want {
		c := ds.Comments[i]
		got := []string{c.ID, c.ParentID, c.AuthorID, c.AuthorName, c.Text}
		exp := []string{w.id, w.parent, w.authorID, w.authorName, w.text}
		if !reflect.DeepEqual(got, exp) {
			t.Errorf("comment %d:\n got %q\nwant %q", i, got, exp)
		}
	}
	wantStats := Stats{Keyed: false, Authors: 4, Comments: 6, IDs: 9, Mentions: 7}
	if st != wantStats {
		t.Errorf("stats = %+v, want %+v", st, wantStats)
	}
}

// TestFiguresUnchanged checks that anonymizing changes no figure: the same
// comments are the brand's, the same replies answer the same comments.
func TestFiguresUnchanged(t *testing.T) {
	plain, err := analyze.Run(dataset(), opts)
	if err != nil {
		t.Fatal(err)
	}
	ds := dataset()
	Apply(ds, opts, "secret")
	anon, err := analyze.Run(ds, opts)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(plain.Summary, anon.Summary) || !reflect.DeepEqual(plain.Responsiveness, anon.Responsiveness) ||
		!reflect.DeepEqual(plain.Broadcast, anon.Broadcast) {
		t.Errorf("figures changed:\nplain %+v\n anon %+v", plain.Responsiveness.ResponseStats, anon.Responsiveness.ResponseStats)
	}
	if plain.Responsiveness.Answered != 3 || plain.Summary.BrandComments != 2 {
		t.Errorf("the fixture no longer tests answers: %d answered, %d brand comments", plain.Responsiveness.Answered, plain.Summary.BrandComments)
	}
	if len(plain.Open) != len(anon.Open) {
		t.Fatalf("%d open comments, %d anonymized", len(plain.Open), len(anon.Open))
	}
}

func TestKeyedPseudonyms(t *testing.T) {
	ds := dataset()
	st := Apply(ds, opts, "secret")
	if !st.Keyed {
		t.Error("stats do not say keyed")
	}
	shape := regexp.MustCompile(`^commenter-[0-9a-f]{10}$`)
	jane := ds.Comments[0].AuthorID
	for _, i := range []int{0, 1, 2, 6} {
		if p := ds.Comments[i].AuthorID + ds.Comments[i].AuthorName; !shape.MatchString(ds.Comments[i].AuthorName) || strings.Contains(p, "Jane") {
			t.Errorf("comment %d: pseudonym %q", i, ds.Comments[i].AuthorName)
		}
	}
	if ds.Comments[3].AuthorID != jane {
		t.Errorf("same author, two pseudonyms: %q and %q", jane, ds.Comments[3].AuthorID)
	}
	if ds.Comments[1].AuthorID == jane {
		t.Error("jane_doe on X and Jane Doe on Facebook share a pseudonym: identities are per platform")
	}
	// HMAC-SHA256("secret", "facebook\x00u1"), first 10 hex digits,
	// computed apart with: printf 'facebook\0u1' | openssl dgst -sha256 -hmac secret
	if jane != "commenter-"+wantHMAC {
		t.Errorf("Jane's keyed pseudonym = %q, want commenter-%s", jane, wantHMAC)
	}

	// Another dataset made with the same key: Jane comes later, among
	// other people, and keeps her pseudonym; another key gives another.
	other := &analyze.Dataset{Comments: []analyze.Comment{
		{Platform: "facebook", ID: "q1", AuthorID: "u9", AuthorName: "Zoe", Created: at(1, 0)},
		{Platform: "facebook", ID: "q2", AuthorID: "u1", AuthorName: "Jane D.", Created: at(2, 0)},
	}}
	again := &analyze.Dataset{Comments: append([]analyze.Comment(nil), other.Comments...)}
	Apply(other, opts, "secret")
	if got := other.Comments[1].AuthorID; got != jane {
		t.Errorf("next quarter, Jane = %q, want %q", got, jane)
	}
	Apply(again, opts, "another secret")
	if got := again.Comments[1].AuthorID; got == jane || !shape.MatchString(got) {
		t.Errorf("with another key, Jane = %q", got)
	}
}

// wantHMAC is the first 10 hex digits of HMAC-SHA256 under the key
// "secret" of "facebook\x00u1".
const wantHMAC = "e04bea88d5"

func TestBrandNamesNeverPseudonyms(t *testing.T) {
	// A brand account named like the first pseudonym: the commenter gets
	// another, so that the analysis cannot take them for the brand.
	ds := &analyze.Dataset{Comments: []analyze.Comment{
		{Platform: "x", ID: "1", AuthorID: "someone", Created: at(1, 0)},
	}}
	o := analyze.Options{Brand: []string{"@Commenter-0001"}}
	Apply(ds, o, "")
	if got := ds.Comments[0].AuthorID; got != "commenter-0001-2" {
		t.Errorf("pseudonym = %q, want commenter-0001-2", got)
	}
	if analyze.IsBrandAuthor(&ds.Comments[0], o) {
		t.Error("the pseudonymised commenter became the brand")
	}
}

func TestAmbiguousMention(t *testing.T) {
	ds := &analyze.Dataset{Comments: []analyze.Comment{
		{Platform: "facebook", ID: "1", AuthorID: "a", AuthorName: "Sam Roe", Created: at(1, 0)},
		{Platform: "facebook", ID: "2", AuthorID: "b", AuthorName: "Sam Roe", Created: at(2, 0)},
		{Platform: "facebook", ID: "3", AuthorID: "page", FromBrand: analyze.FlagYes, Created: at(3, 0), Text: "Thanks Sam Roe!"},
	}}
	Apply(ds, analyze.Options{}, "")
	if got := ds.Comments[2].Text; got != "Thanks commenter!" {
		t.Errorf("text = %q", got)
	}
	if ds.Comments[0].AuthorID == ds.Comments[1].AuthorID {
		t.Error("two ids, one pseudonym")
	}
}

func TestDeterministic(t *testing.T) {
	a, b := dataset(), dataset()
	// The input order must not matter: reverse one copy.
	for i, j := 0, len(b.Comments)-1; i < j; i, j = i+1, j-1 {
		b.Comments[i], b.Comments[j] = b.Comments[j], b.Comments[i]
	}
	Apply(a, opts, "")
	Apply(b, opts, "")
	if got, want := authors(b), authors(a); !reflect.DeepEqual(got, want) {
		t.Errorf("order changed the pseudonyms:\n%v\n%v", got, want)
	}
}

// BenchmarkApply pseudonymises 100,000 comments of 20,000 authors, each
// text with a mention and a full name.
func BenchmarkApply(b *testing.B) {
	base := make([]analyze.Comment, 100000)
	for i := range base {
		a := i % 20000
		base[i] = analyze.Comment{
			Platform: "x", ID: fmt.Sprint(1000000 + i), ParentID: fmt.Sprint(1000000 + i/2),
			AuthorID: fmt.Sprintf("user%d", a), AuthorName: fmt.Sprintf("First%d Last%d", a, a),
			Created: day.Add(time.Duration(i) * time.Minute),
			Text:    fmt.Sprintf("@user%d said First%d Last%d was right, see you soon!", (a+1)%20000, (a+2)%20000, (a+2)%20000),
		}
	}
	for _, key := range []string{"", "secret"} {
		b.Run("key="+key, func(b *testing.B) {
			for b.Loop() {
				ds := &analyze.Dataset{Comments: append([]analyze.Comment(nil), base...)}
				if st := Apply(ds, analyze.Options{}, key); st.Mentions != 200000 {
					b.Fatalf("%+v", st)
				}
			}
		})
	}
}

// TestReplyNameWordsKeepCannedReplies: a reply that names the author it
// answers by first name ("Thank you Ruby!") gets the pseudonym in its place,
// and the canned-reply normalisation reads it as the same text as before,
// so the canned-reply figures are the same with and without anonymization.
func TestReplyNameWordsKeepCannedReplies(t *testing.T) {
	mk := func() *analyze.Dataset {
		ds := &analyze.Dataset{}
		for i, name := range []string{"Ruby Fournier", "Noah Clarke", "Zoé Martin"} {
			id := string(rune('a' + i))
			ds.Comments = append(ds.Comments,
				analyze.Comment{Platform: "facebook", ID: id, AuthorID: "u" + id, AuthorName: name, Text: "Love it",
					Created: time.Date(2026, 3, 1, 10, i, 0, 0, time.UTC), FromBrand: analyze.FlagNo},
				analyze.Comment{Platform: "facebook", ID: id + "r", ParentID: id, AuthorID: "acme", AuthorName: "Acme",
					Text:    "Thank you " + strings.Fields(name)[0] + "! Send us a photo @" + strings.ToLower(strings.Fields(name)[0]) + "_fan ^Julie",
					Created: time.Date(2026, 3, 1, 11, i, 0, 0, time.UTC), FromBrand: analyze.FlagYes})
		}
		return ds
	}
	named, anon := mk(), mk()
	st := Apply(anon, analyze.Options{Brand: []string{"acme"}}, "")
	if st.Mentions != 3 {
		t.Errorf("%d mentions replaced, want the 3 first names", st.Mentions)
	}
	if got, want := anon.Comments[1].Text, "Thank you commenter-0001! Send us a photo @ruby_fan ^Julie"; got != want {
		t.Errorf("reply = %q, want %q (the handle and the signature are not name words)", got, want)
	}
	for i := 1; i < 6; i += 2 {
		n := analyze.NormalizeReply(named.Comments[i].Text, named.Comments[i-1].AuthorName)
		a := analyze.NormalizeReply(anon.Comments[i].Text, anon.Comments[i-1].AuthorName)
		if n != a || n != "thank you @name! send us a photo @name ^agent" {
			t.Errorf("reply %d normalised %q named, %q anonymized; want both %q", i, n, a, "thank you @name! send us a photo @name ^agent")
		}
	}
}
