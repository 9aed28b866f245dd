package analyze

// IsBrandAuthor reports whether the brand wrote c, by METRICS.md's rule:
// what its export says (FromBrand) when it says it, else whether its author
// id or name matches one of o.Brand, or one of o.BrandByPlatform's accounts
// for c's platform (case-insensitive, a leading "@" ignored). Run and the anonymizer both decide with it, so that a
// pseudonymised dataset is attributed exactly as the original one.
func IsBrandAuthor(c *Comment, o Options) bool {
	switch c.FromBrand {
	case FlagYes:
		return true
	case FlagNo:
		return false
	}
	id, name := brandKey(c.AuthorID), brandKey(c.AuthorName)
	matches := func(accounts []string) bool {
		for _, b := range accounts {
			if k := brandKey(b); k != "" && (k == id || k == name) {
				return true
			}
		}
		return false
	}
	if matches(o.Brand) {
		return true
	}
	if len(o.BrandByPlatform) > 0 {
		platform := platformKey(c.Platform)
		for p, accounts := range o.BrandByPlatform {
			if platformKey(p) == platform && matches(accounts) {
				return true
			}
		}
	}
	return false
}
