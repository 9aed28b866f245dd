package owncsv_test

import (
	"fmt"
	"strings"

	"github.com/socialaudit/socialaudit/analyze/owncsv"
)

func ExampleDecoder() {
	posts := "platform,post_id,published_at,impressions,hides\n" +
		"facebook,p1,2024-05-01T10:00:00+02:00,1200,3\n" +
		"facebook,p2,2024-05-02 09:00,\"1,234\",\n"
	comments := "platform,comment_id,post_id,parent_id,from_brand,created_at,text\n" +
		"facebook,c1,p1,,no,2024-05-01T11:00:00+02:00,\"Is it vegan?\"\n" +
		"facebook,c2,p1,c1,yes,2024-05-01T11:30:00+02:00,\"Yes, 100%!\"\n"

	d := owncsv.NewDecoder(owncsv.Options{})
	for _, f := range []struct{ name, text string }{{"posts.csv", posts}, {"comments.csv", comments}} {
		if err := d.Decode(f.name, strings.NewReader(f.text)); err != nil {
			fmt.Println(err)
			return
		}
	}
	ds := d.Dataset()
	for _, in := range ds.Inputs {
		fmt.Printf("%s: %s, %d rows, %d used, %d rejected\n", in.File, in.Format, in.Rows, in.Used, in.Rejected)
		for _, r := range in.Rejections {
			fmt.Println("  ", r.Error())
		}
	}
	p := ds.Posts[0]
	fmt.Println(p.ID, p.Published, "impressions", p.Impressions, "hides", p.Hides)
	for _, c := range ds.Comments {
		fmt.Printf("%s replies to %q: %q\n", c.ID, c.ParentID, c.Text)
	}
	// Output:
	// posts.csv: socialaudit posts, 2 rows, 1 used, 1 rejected
	//    posts.csv:3: column "impressions": "1,234" is not a whole number
	// comments.csv: socialaudit comments, 2 rows, 2 used, 0 rejected
	// p1 2024-05-01 10:00:00 +0200 +0200 impressions 1200 hides 3
	// c1 replies to "": "Is it vegan?"
	// c2 replies to "c1": "Yes, 100%!"
}
