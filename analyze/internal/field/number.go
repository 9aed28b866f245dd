// Package field parses the cells of platform exports: counts and numbers in
// English or French style, and dates and times in the many layouts the
// platforms and spreadsheets write, with the day/month order decided per
// file from all its values.
//
// Every parser is strict: a value it cannot read for sure is an error that
// quotes it, never a guess and never a silent zero. An empty cell and "-"
// (how X writes "not promoted") are unknown values.
package field

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/socialaudit/socialaudit/analyze"
)

// Unknown reports whether a cell says nothing: empty, blank or "-".
func Unknown(s string) bool {
	s = strings.TrimSpace(s)
	return s == "" || s == "-" || s == "–"
}

// Count reads a whole, non-negative number written in English style
// ("1,234", "89.0") or French style ("1 234", "1 234,0", "89,0"); an empty
// cell or "-" is an unknown count. A fraction other than zero, a sign, a
// percent sign or anything else is an error.
func Count(s string) (analyze.Count, error) {
	if Unknown(s) {
		return analyze.Count{}, nil
	}
	n, err := parse(s)
	if err != nil {
		return analyze.Count{}, err
	}
	switch {
	case n.percent:
		return analyze.Count{}, fmt.Errorf("%q is a percentage, not a count", strings.TrimSpace(s))
	case n.negative:
		return analyze.Count{}, fmt.Errorf("%q is negative; a count cannot be", strings.TrimSpace(s))
	case n.frac != 0:
		return analyze.Count{}, fmt.Errorf("%q is not a whole number", strings.TrimSpace(s))
	case n.whole > math.MaxInt64:
		return analyze.Count{}, fmt.Errorf("%q is too large", strings.TrimSpace(s))
	}
	return analyze.KnownCount(int64(n.whole)), nil
}

// Number reads a decimal number in English or French style, with an
// optional sign and percent sign ("12,3 %" is 12.3). known is false for an
// empty cell or "-".
func Number(s string) (v float64, known bool, err error) {
	if Unknown(s) {
		return 0, false, nil
	}
	n, err := parse(s)
	if err != nil {
		return 0, false, err
	}
	v = float64(n.whole) + n.frac
	if n.negative {
		v = -v
	}
	return v, true, nil
}

type number struct {
	whole             uint64
	frac              float64
	negative, percent bool
}

// parse reads the number. The decimal separator is the last '.' or ',' of
// the text when both occur, or the only one when it is not followed by
// exactly three digits in a group pattern ("1,234" and "1.234" are read as
// thousands, which is the only whole reading; "12,5" and "12.5" as
// decimals). Spaces (plain, no-break and narrow no-break) and apostrophes
// group thousands.
func parse(raw string) (number, error) {
	var n number
	s := strings.TrimSpace(raw)
	bad := func() (number, error) { return number{}, fmt.Errorf("%q is not a number", s) }
	if p, ok := strings.CutSuffix(s, "%"); ok {
		n.percent = true
		s = strings.TrimRightFunc(p, isGroupSpace)
	}
	if p, ok := strings.CutPrefix(s, "-"); ok {
		n.negative = true
		s = p
	} else if p, ok := strings.CutPrefix(s, "+"); ok {
		s = p
	}
	// Keep digits and separators, dropping grouping spaces between digits.
	var b strings.Builder
	for i, w := 0, 0; i < len(s); i += w {
		r, size := utf8.DecodeRuneInString(s[i:])
		w = size
		switch {
		case r >= '0' && r <= '9', r == '.', r == ',':
			b.WriteRune(r)
		case isGroupSpace(r) || r == '\'':
			if b.Len() == 0 || i+w >= len(s) {
				return bad()
			}
			b.WriteByte(' ')
		default:
			return bad()
		}
	}
	t := b.String()
	if t == "" {
		return bad()
	}
	lastDot, lastComma := strings.LastIndexByte(t, '.'), strings.LastIndexByte(t, ',')
	dec := -1 // index of the decimal separator
	var group byte
	switch {
	case lastDot >= 0 && lastComma >= 0:
		dec = max(lastDot, lastComma)
		group = t[min(lastDot, lastComma)]
	case lastDot >= 0 || lastComma >= 0:
		sep := byte('.')
		if lastComma >= 0 {
			sep = ','
		}
		if strings.Count(t, string(sep)) > 1 || grouped(t, sep) {
			group = sep
		} else {
			dec = max(lastDot, lastComma)
		}
	}
	intPart, fracPart := t, ""
	if dec >= 0 {
		intPart, fracPart = t[:dec], t[dec+1:]
		if fracPart == "" || strings.ContainsAny(fracPart, ".,' ") {
			return bad()
		}
	}
	if strings.Contains(intPart, " ") || group != 0 {
		if !groupsOK(intPart, group) {
			return bad()
		}
	}
	for i := 0; i < len(intPart); i++ {
		c := intPart[i]
		if c < '0' || c > '9' {
			continue
		}
		d := uint64(c - '0')
		if n.whole > (math.MaxUint64-d)/10 {
			return number{}, fmt.Errorf("%q is too large", s)
		}
		n.whole = n.whole*10 + d
	}
	if intPart == "" && fracPart == "" {
		return bad()
	}
	if fracPart != "" {
		var f float64
		scale := 1.0
		for i := 0; i < len(fracPart); i++ {
			scale /= 10
			f += float64(fracPart[i]-'0') * scale
		}
		n.frac = f
	}
	return n, nil
}

// grouped reports whether sep, occurring once, separates thousands: "1,234"
// (a leading group of one to three digits, then exactly three).
func grouped(t string, sep byte) bool {
	i := strings.IndexByte(t, sep)
	return i >= 1 && i <= 3 && len(t)-i-1 == 3 && !strings.Contains(t, " ")
}

// groupsOK checks the thousands groups of an integer part: a first group of
// one to three digits, then groups of exactly three, all separated by the
// same character (group, or spaces).
func groupsOK(s string, group byte) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || (group != 0 && r == rune(group)) })
	if len(parts) == 0 {
		return false
	}
	seps := 0
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' || (group != 0 && s[i] == group) {
			seps++
		}
	}
	if seps != len(parts)-1 {
		return false // two separators in a row
	}
	for i, p := range parts {
		if i == 0 && (len(p) < 1 || len(p) > 3) || i > 0 && len(p) != 3 {
			return false
		}
		for j := 0; j < len(p); j++ {
			if p[j] < '0' || p[j] > '9' {
				return false
			}
		}
	}
	return true
}

func isGroupSpace(r rune) bool {
	return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009'
}
