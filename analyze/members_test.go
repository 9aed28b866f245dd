package analyze

import (
	"fmt"
	"math/rand"
	"reflect"
	"sort"
	"testing"
	"time"
)

// membersDataset: brand "acme" on Facebook; as of 2026-03-10 12:00, so a
// comment after 2026-03-09 12:00 is pending (24 h SLA).
//
//	Ann (u1)  4: 2 answered, 1 unanswered, 1 pending; named "Ann", then "Ann B."
//	Bob (u2)  3: all unanswered                     -> a regular never answered
//	Cy (no id; "Cy", "CY", "cy ")  3: 1 answered    -> one customer by name
//	Dee (u4)  2: 1 unanswered, 1 pending            -> never answered
//	Eve (u5)  2: both pending                       -> not judged yet
//	Fay (u6)  1: unanswered                         -> not a regular
//	an anonymous comment (no id, no name)
//	Ann (u1) on X, 1 comment: another customer; X has no brand comment, so
//	its answers are not measurable.
func membersDataset(t *testing.T) (*Dataset, Options) {
	ds := &Dataset{}
	day := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	pending := time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)
	n := 0
	add := func(platform, id, name string, at time.Time, answered bool) {
		n++
		cid := fmt.Sprint("c", n)
		at = at.Add(time.Duration(n) * time.Minute)
		ds.Comments = append(ds.Comments, Comment{Platform: platform, ID: cid, AuthorID: id, AuthorName: name, Created: at})
		if answered {
			ds.Comments = append(ds.Comments, Comment{Platform: platform, ID: "r" + cid, ParentID: cid, AuthorID: "acme", Created: at.Add(time.Hour)})
		}
	}
	add("facebook", "u1", "Ann", day, true)
	add("facebook", "u1", "Ann", day, true)
	add("facebook", "u1", "Ann B.", day.AddDate(0, 0, 1), false)
	add("facebook", "u1", "", pending, false)
	for i := 0; i < 3; i++ {
		add("facebook", "u2", "Bob", day, false)
	}
	add("facebook", "", "Cy", day, true)
	add("facebook", "", "CY", day, false)
	add("facebook", "", "cy ", day, false)
	add("facebook", "u4", "Dee", day, false)
	add("facebook", "u4", "Dee", pending, false)
	add("facebook", "u5", "Eve", pending, false)
	add("facebook", "u5", "Eve", pending, false)
	add("facebook", "u6", "Fay", day, false)
	add("facebook", "", "", day, false)
	add("x", "u1", "Ann", day, false)
	return ds, Options{Brand: []string{"acme"}, AsOf: time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)}
}

func TestMembers(t *testing.T) {
	ds, opts := membersDataset(t)
	res := mustRun(t, ds, opts)
	mb := res.Diagnostics.Members
	if !mb.Measurable || !mb.Answers || mb.Customers != 7 || mb.Anonymous != 1 || mb.Regulars != 5 || mb.NeverAnswered != 2 {
		t.Fatalf("measurable %v answers %v customers %d anonymous %d regulars %d never answered %d, want 7 1 5 2",
			mb.Measurable, mb.Answers, mb.Customers, mb.Anonymous, mb.Regulars, mb.NeverAnswered)
	}
	// Ranked by comments, then platform, then name: Ann 4; Bob, Cy 3;
	// Dee, Eve 2; Fay (facebook), Ann (x) 1.
	var got string
	for _, m := range mb.Top {
		got += fmt.Sprintf("%s/%s/%s:%d=%d+%d+%d ", m.Platform, m.AuthorID, m.AuthorName, m.Comments, m.Answered, m.Unanswered, m.Pending)
	}
	want := "facebook/u1/Ann B.:4=2+1+1 facebook/u2/Bob:3=0+3+0 facebook//cy:3=1+2+0 facebook/u4/Dee:2=0+1+1 " +
		"facebook/u5/Eve:2=0+0+2 facebook/u6/Fay:1=0+1+0 x/u1/Ann:1=0+0+0 "
	if got != want {
		t.Errorf("top:\n got %s\nwant %s", got, want)
	}
	// All is every customer in the same order, each marked regular (2
	// comments or more) and never answered; Top is its head.
	got = ""
	for _, m := range mb.All {
		got += fmt.Sprintf("%s/%s:%v,%v ", m.AuthorName, m.Platform, m.Regular, m.NeverAnswered)
	}
	want = "Ann B./facebook:true,false Bob/facebook:true,true cy/facebook:true,false Dee/facebook:true,true " +
		"Eve/facebook:true,false Fay/facebook:false,false Ann/x:false,false "
	if got != want {
		t.Errorf("all:\n got %s\nwant %s", got, want)
	}
	if !reflect.DeepEqual(mb.All[:len(mb.Top)], mb.Top) {
		t.Errorf("top is not the head of all")
	}
	if mb.Top[6].Answers || !mb.Top[0].Answers {
		t.Errorf("answers known on x %v, on facebook %v", mb.Top[6].Answers, mb.Top[0].Answers)
	}
	if len(mb.NeverAnsweredTop) != 2 || mb.NeverAnsweredTop[0].AuthorName != "Bob" || mb.NeverAnsweredTop[1].AuthorName != "Dee" {
		t.Errorf("never answered %+v", mb.NeverAnsweredTop)
	}
	first, last := mb.Top[0].First, mb.Top[0].Last
	if !first.Equal(time.Date(2026, 3, 2, 9, 1, 0, 0, time.UTC)) || !last.Equal(time.Date(2026, 3, 10, 9, 4, 0, 0, time.UTC)) {
		t.Errorf("Ann first %s last %s", first, last)
	}
	// The members' verdicts are responsiveness's: Facebook's answered,
	// unanswered and pending add up to its figures, less the anonymous
	// comment (unanswered).
	var a, u, p int
	for _, m := range mb.Top {
		if m.Platform == "facebook" {
			a, u, p = a+m.Answered, u+m.Unanswered, p+m.Pending
		}
	}
	fb := res.Responsiveness.ByPlatform[0].All
	if a != fb.Answered || u+1 != fb.Unanswered || p != fb.Pending {
		t.Errorf("members %d/%d/%d, facebook %d/%d/%d", a, u, p, fb.Answered, fb.Unanswered, fb.Pending)
	}

	opts.Diagnostics.Members = MemberOptions{Top: 3, MinComments: 3}
	mb = mustRun(t, ds, opts).Diagnostics.Members
	// Regulars with 3 comments or more: Ann, Bob, Cy; never answered: Bob.
	if len(mb.Top) != 3 || mb.Regulars != 3 || mb.NeverAnswered != 1 || mb.NeverAnsweredTop[0].AuthorName != "Bob" {
		t.Errorf("top 3, min 3: %+v", mb)
	}
	if len(mb.All) != 7 || !mb.All[2].Regular || mb.All[3].Regular || mb.All[3].NeverAnswered || !mb.All[1].NeverAnswered {
		t.Errorf("all, min 3: %+v", mb.All)
	}
}

func TestMembersNotMeasurable(t *testing.T) {
	ds, opts := membersDataset(t)
	// Without the brand nothing is answered: the members are known, not
	// what became of their comments.
	opts.Brand = nil
	mb := mustRun(t, ds, opts).Diagnostics.Members
	if !mb.Measurable || mb.Answers || mb.AnswersReason != ReasonNoBrandComments || mb.NeverAnswered != 0 || mb.Top[0].Answered != 0 || mb.Top[0].Answers {
		t.Errorf("no brand: %+v", mb)
	}
	ds = &Dataset{Comments: []Comment{{Platform: "facebook", ID: "c", Created: ts(t, "2026-03-02T10:00:00Z")}}}
	if mb := mustRun(t, ds, Options{}).Diagnostics.Members; mb.Measurable || mb.Reason != ReasonNoAuthors || mb.Anonymous != 1 {
		t.Errorf("no authors: %+v", mb)
	}
	ds = &Dataset{Posts: []Post{post(t, "p", "2026-03-02T10:00:00Z", 1)}}
	if mb := mustRun(t, ds, Options{}).Diagnostics.Members; mb.Measurable || mb.Reason != ReasonNoCustomerComments {
		t.Errorf("no comments: %+v", mb)
	}
}

// pushTop keeps the first n of an ordering: the same as sorting everything
// and keeping n, ties included (the ordering here is total).
func TestPushTop(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	for trial := 0; trial < 200; trial++ {
		m := r.Intn(40)
		vals := make([]int, m)
		for i := range vals {
			vals[i] = r.Intn(10)
		}
		less := func(a, b int32) bool {
			if vals[a] != vals[b] {
				return vals[a] > vals[b]
			}
			return a < b
		}
		n := 1 + r.Intn(12)
		var top []int32
		all := make([]int32, m)
		for i := range vals {
			top = pushTop(top, int32(i), n, less)
			all[i] = int32(i)
		}
		sort.Slice(all, func(i, j int) bool { return less(all[i], all[j]) })
		want := all[:min(n, m)]
		if !reflect.DeepEqual(top, want) && !(len(top) == 0 && len(want) == 0) {
			t.Fatalf("vals %v n %d: top %v, want %v", vals, n, top, want)
		}
	}
}
