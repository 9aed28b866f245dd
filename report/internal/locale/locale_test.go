package locale

import (
	"math"
	"testing"
	"time"
)

func TestEnglish(t *testing.T) {
	l := English
	for _, tc := range []struct{ got, want string }{
		{l.Int(0), "0"},
		{l.Int(999), "999"},
		{l.Int(1000), "1,000"},
		{l.Int(-1234567), "-1,234,567"},
		{l.Float(1234.5, 1), "1,234.5"},
		{l.Float(-0.04, 1), "0.0"},
		{l.Float(-12.34, 2), "-12.34"},
		{l.Float(math.NaN(), 1), "NaN"},
		{l.Pct(0.4234), "42.3 %"},
		{l.Pct(1), "100.0 %"},
		{l.Short(2), "2"},
		{l.Short(1.46), "1.5"},
		{l.Duration(40 * time.Second), "40 s"},
		{l.Duration(59600 * time.Millisecond), "1 min"},
		{l.Duration(59*time.Minute + 40*time.Second), "1 h"},
		{l.Duration(45*time.Minute + 20*time.Second), "45 min"},
		{l.Duration(3*time.Hour + 12*time.Minute), "3 h 12 min"},
		{l.Duration(24 * time.Hour), "24 h"},
		{l.Duration(29*time.Hour + 22*time.Minute), "29 h 22 min"},
		{l.Duration(52*time.Hour + 20*time.Minute), "2 d 4 h"},
		{l.Duration(72 * time.Hour), "3 d"},
		{l.Duration(-90 * time.Minute), "-1 h 30 min"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
	if l.Plural(1, "post", "posts") != "post" || l.Plural(2, "post", "posts") != "posts" {
		t.Error("plural")
	}
	if _, err := For("xx"); err == nil {
		t.Error("unknown language accepted")
	}
	if got, err := For(""); err != nil || got != English {
		t.Error(`"" is not English`)
	}
}

func TestTruncate(t *testing.T) {
	for _, tc := range []struct {
		s    string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"exactly10!", 10, "exactly10!"},
		{"one two three", 8, "one two…"},
		{"one two  three", 9, "one two…"}, // trailing space before the cut dropped
		{"éèêëàâäîï", 5, "éèêë…"},
	} {
		if got := Truncate(tc.s, tc.n); got != tc.want {
			t.Errorf("Truncate(%q, %d) = %q, want %q", tc.s, tc.n, got, tc.want)
		}
	}
}

func TestFrench(t *testing.T) {
	l := French
	feb := time.Date(2026, 2, 3, 14, 5, 0, 0, time.UTC)
	for _, tc := range []struct{ got, want string }{
		{l.Int(1234567), "1\u202f234\u202f567"},
		{l.Float(1234.5, 1), "1\u202f234,5"},
		{l.Pct(0.123), "12,3\u202f%"},
		{l.Duration(52*time.Hour + 20*time.Minute), "2\u00a0j\u00a04\u00a0h"},
		{l.Date(time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)), "1er mai 2026"},
		{English.Date(time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)), "1 May 2026"},
		{l.Date(feb), "3 févr. 2026"},
		{l.LongDate(feb), "3 février 2026"},
		{l.Month(feb), "février 2026"},
		{l.Time(feb), "3 févr. 2026 à 14:05 UTC"},
		{l.Weekday(time.Sunday), "dimanche"},
		{English.Date(feb), "3 Feb 2026"},
		{English.Time(feb), "3 Feb 2026, 14:05 UTC"},
		{English.Weekday(time.Monday), "Monday"},
		{l.Plural(0, "commentaire", "commentaires"), "commentaire"},
		{l.Plural(2, "commentaire", "commentaires"), "commentaires"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}

func TestCatalog(t *testing.T) {
	Register(map[string]Message{"test.greeting": {En: "%s comments", Fr: "%s commentaires"}})
	if got := French.T("test.greeting", "3"); got != "3 commentaires" {
		t.Errorf("fr: %q", got)
	}
	if got := English.T("test.greeting", "3"); got != "3 comments" {
		t.Errorf("en: %q", got)
	}
	if got := English.T("test.nothing"); got != Missing+"test.nothing⟧" {
		t.Errorf("missing: %q", got)
	}
	defer func() {
		if recover() == nil {
			t.Error("registering a key twice did not panic")
		}
	}()
	Register(map[string]Message{"test.greeting": {En: "a", Fr: "b"}})
}
