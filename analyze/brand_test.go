package analyze

import "testing"

func TestIsBrandAuthor(t *testing.T) {
	opts := Options{Brand: []string{"@MaisonDupont", "  1234 ", "@"}}
	for _, tc := range []struct {
		name string
		c    Comment
		want bool
	}{
		{"export says brand", Comment{FromBrand: FlagYes, AuthorName: "jane"}, true},
		{"export says customer, name matches", Comment{FromBrand: FlagNo, AuthorName: "maisondupont"}, false},
		{"name matches, case and @ ignored", Comment{AuthorName: "@maisonDUPONT"}, true},
		{"id matches, spaces ignored", Comment{AuthorID: "1234"}, true},
		{"no match", Comment{AuthorID: "12345", AuthorName: "Maison Dupont"}, false},
		{"empty author never matches an empty brand", Comment{}, false},
	} {
		if got := IsBrandAuthor(&tc.c, opts); got != tc.want {
			t.Errorf("%s: IsBrandAuthor = %v, want %v", tc.name, got, tc.want)
		}
	}
}
