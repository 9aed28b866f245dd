package report

import (
	"github.com/socialaudit/socialaudit/report/internal/locale"
)

// anonymizedFact states on the data page that the report is anonymized,
// how, and what is not; ok is false for a report with names.
func anonymizedFact(meta Meta) (f fact, ok bool) {
	a := meta.Anonymized
	if a == nil {
		return fact{}, false
	}
	l, err := locale.For(meta.Lang)
	if err != nil {
		l = locale.English
	}
	count := func(n int, one, other string) string {
		return l.T(l.Plural(int64(n), one, other), l.Int(int64(n)))
	}
	people := count(a.Authors, "notes.anon.people.one", "notes.anon.people.other")
	how := l.T("notes.anon.numbered", people)
	if a.Keyed {
		how = l.T("notes.anon.keyed", people)
	}
	mentions := count(a.Mentions, "notes.anon.mentions.one", "notes.anon.mentions.other")
	return fact{Term: l.T("notes.anon.term"), Desc: how + " " + l.T("notes.anon.what", mentions)}, true
}
