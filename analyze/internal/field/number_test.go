package field

import (
	"testing"

	"github.com/socialaudit/socialaudit/analyze"
)

func TestCount(t *testing.T) {
	ok := map[string]analyze.Count{
		"":             {},
		" - ":          {},
		"0":            analyze.KnownCount(0),
		"010":          analyze.KnownCount(10), // never octal
		"89.0":         analyze.KnownCount(89),
		"89,0":         analyze.KnownCount(89),
		"1,234":        analyze.KnownCount(1234),
		"1.234":        analyze.KnownCount(1234),
		"1,234,567":    analyze.KnownCount(1234567),
		"1 234":        analyze.KnownCount(1234),
		"1\u00a0234":   analyze.KnownCount(1234),
		"1\u202f234,0": analyze.KnownCount(1234),
		"1,234.0":      analyze.KnownCount(1234),
		"1.234,0":      analyze.KnownCount(1234),
		"1'234":        analyze.KnownCount(1234),
	}
	for in, want := range ok {
		got, err := Count(in)
		if err != nil || got != want {
			t.Errorf("Count(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"12,5", "12.5", "-3", "5 %", "abc", "1,23,4", "1 23", "12,", ",5x", "1..2", "0x10", "1e3", "99999999999999999999"} {
		if got, err := Count(in); err == nil {
			t.Errorf("Count(%q) = %v, want an error", in, got)
		}
	}
	// The reasons owncsv gives too, word for word.
	for in, want := range map[string]string{
		"-5":   `"-5" is negative; a count cannot be`,
		"12,5": `"12,5" is not a whole number`,
	} {
		if _, err := Count(in); err == nil || err.Error() != want {
			t.Errorf("Count(%q) error = %v, want %q", in, err, want)
		}
	}
}

func TestNumber(t *testing.T) {
	ok := map[string]float64{
		"1,234.5":   1234.5,
		"1 234,5":   1234.5,
		"1234,5":    1234.5,
		"12,3 %":    12.3,
		"6.14%":     6.14,
		"-0.5":      -0.5,
		"0.0561798": 0.0561798,
		",5":        0.5,
	}
	for in, want := range ok {
		got, known, err := Number(in)
		if err != nil || !known || got-want > 1e-9 || want-got > 1e-9 {
			t.Errorf("Number(%q) = %v, %v, %v; want %v", in, got, known, err, want)
		}
	}
	if _, known, err := Number("-"); known || err != nil {
		t.Errorf(`Number("-") should be unknown`)
	}
	for _, in := range []string{"12,3,4.5.6", "%", "1 234 5", "1.2.3,4,5"} {
		if _, _, err := Number(in); err == nil {
			t.Errorf("Number(%q) should fail", in)
		}
	}
}
