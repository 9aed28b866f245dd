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

// TestBrandMatcherAsLowerCase checks the matcher's shortcut for ASCII names
// against the rule as written (lower-case both, compare): non-ASCII names
// are lower-cased, not case-folded, so a final sigma stays different; the
// accounts of a platform match on that platform only.
func TestBrandMatcherAsLowerCase(t *testing.T) {
	opts := Options{
		Brand:           []string{"@École", "οδος", "acme"},
		BrandByPlatform: map[string][]string{" X ": {"@Acme_X"}},
	}
	m := NewBrandMatcher(opts)
	for _, tc := range []struct {
		name string
		c    Comment
		want bool
	}{
		{"non-ASCII, lower-cased", Comment{AuthorName: "ÉCOLE"}, true},
		{"final sigma is not folded", Comment{AuthorName: "ΟΔΟΣ"}, false},
		{"ASCII, another length", Comment{AuthorName: "acmee"}, false},
		{"ASCII, case ignored", Comment{AuthorID: " @ACME "}, true},
		{"platform account on its platform", Comment{Platform: "x", AuthorName: "ACME_X"}, true},
		{"platform account elsewhere", Comment{Platform: "facebook", AuthorName: "acme_x"}, false},
	} {
		if got := m.Is(&tc.c); got != tc.want {
			t.Errorf("%s: Is = %v, want %v", tc.name, got, tc.want)
		}
		if got := IsBrandAuthor(&tc.c, opts); got != tc.want {
			t.Errorf("%s: IsBrandAuthor = %v, want %v", tc.name, got, tc.want)
		}
	}
}
