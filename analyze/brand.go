package analyze

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// IsBrandAuthor reports whether the brand wrote c, by METRICS.md's rule:
// what its export says (FromBrand) when it says it, else whether its author
// id or name matches one of o.Brand, or one of o.BrandByPlatform's accounts
// for c's platform (case-insensitive, a leading "@" ignored). Run and the
// anonymizer both decide with it, so that a pseudonymised dataset is
// attributed exactly as the original one.
func IsBrandAuthor(c *Comment, o Options) bool {
	return NewBrandMatcher(o).Is(c)
}

// BrandMatcher applies IsBrandAuthor's rule with the brand's accounts
// normalised once, for the analysis that asks it of every comment.
type BrandMatcher struct {
	all        []string            // brandKey of o.Brand, without empty ones
	byPlatform map[string][]string // platformKey -> brandKey of its accounts
}

// NewBrandMatcher prepares the brand accounts of o.
func NewBrandMatcher(o Options) *BrandMatcher {
	keys := func(accounts []string) []string {
		var out []string
		for _, a := range accounts {
			if k := brandKey(a); k != "" {
				out = append(out, k)
			}
		}
		return out
	}
	m := &BrandMatcher{all: keys(o.Brand)}
	if len(o.BrandByPlatform) > 0 {
		m.byPlatform = map[string][]string{}
		for p, accounts := range o.BrandByPlatform {
			m.byPlatform[platformKey(p)] = append(m.byPlatform[platformKey(p)], keys(accounts)...)
		}
	}
	return m
}

// Is reports whether c is the brand's (see IsBrandAuthor).
func (m *BrandMatcher) Is(c *Comment) bool {
	switch c.FromBrand {
	case FlagYes:
		return true
	case FlagNo:
		return false
	}
	id, name := c.AuthorID, c.AuthorName
	if matchesKey(m.all, id) || matchesKey(m.all, name) {
		return true
	}
	if m.byPlatform != nil {
		if keys := m.byPlatform[platformKey(c.Platform)]; matchesKey(keys, id) || matchesKey(keys, name) {
			return true
		}
	}
	return false
}

// matchesKey reports whether brandKey(s) is one of keys. An ASCII s is
// compared without building its key (ASCII case folding is what ToLower
// does to it), which spares a string for each comment of a million.
func matchesKey(keys []string, s string) bool {
	if len(keys) == 0 {
		return false
	}
	s = strings.TrimPrefix(strings.TrimSpace(s), "@")
	if !isASCII(s) {
		k := strings.ToLower(s)
		return k != "" && slices.Contains(keys, k)
	}
	for _, k := range keys {
		// The key of an ASCII s is ASCII: a key that is not cannot match.
		if len(k) == len(s) && isASCII(k) && strings.EqualFold(k, s) {
			return true
		}
	}
	return false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
