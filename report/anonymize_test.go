package report

import (
	"strings"
	"testing"

	"github.com/socialaudit/socialaudit/analyze/anonymize"
)

func TestAnonymizedStated(t *testing.T) {
	pinRecommendations(t)
	meta := fixtureMeta()
	meta.Anonymized = &anonymize.Stats{Authors: 12, Comments: 30, IDs: 40, Mentions: 1}
	site, err := Build(fixture(), meta)
	if err != nil {
		t.Fatal(err)
	}
	data := string(site.File("data.html").Data)
	want := "<dt>Anonymized</dt>\n<dd>Yes: the commenters (12 people) appear under pseudonyms, numbered in order of first appearance (commenter-0001, commenter-0002 and so on). " +
		"Their names and ids, the ids of the comments, and the mentions of them in comment texts (@handle or full name, 1 mention) were replaced"
	if !strings.Contains(data, want) {
		t.Errorf("data.html lacks\n%s\n---- page:\n%s", want, data)
	}
	if m := string(site.File("data/metrics.json").Data); !strings.Contains(m, `"anonymized": true,`) {
		t.Errorf("metrics.json does not say anonymized:\n%s", m)
	}

	// A named report says nothing on the data page, and false in metrics.
	named := buildFixture(t)
	if strings.Contains(string(named.File("data.html").Data), "Anonymized") {
		t.Error("a named report says Anonymized")
	}
	if m := string(named.File("data/metrics.json").Data); !strings.Contains(m, `"anonymized": false,`) {
		t.Errorf("metrics.json of a named report:\n%s", m)
	}
}

func TestAnonymizedFactWording(t *testing.T) {
	for _, tc := range []struct {
		lang  string
		stats anonymize.Stats
		want  []string
	}{
		{"en", anonymize.Stats{Keyed: true, Authors: 1, Mentions: 0},
			[]string{"the commenters (1 person) appear under pseudonyms derived from a secret key", "full name, 0 mentions)"}},
		{"fr", anonymize.Stats{Authors: 1234, Mentions: 0},
			[]string{"Anonymisation | Oui\u00a0: les auteurs des commentaires (1\u202f234 personnes) apparaissent sous un pseudonyme, numéroté", "nom complet\u00a0: 0 occurrence)"}},
		{"fr", anonymize.Stats{Keyed: true, Authors: 2, Mentions: 5},
			[]string{"(2 personnes) apparaissent sous un pseudonyme tiré d’une clé secrète", "nom complet\u00a0: 5 occurrences)"}},
	} {
		meta := fixtureMeta()
		meta.Lang = tc.lang
		st := tc.stats
		meta.Anonymized = &st
		f, ok := anonymizedFact(meta)
		if !ok {
			t.Fatal("no fact")
		}
		got := f.Term + " | " + f.Desc
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s %+v: %q\nlacks %q", tc.lang, tc.stats, got, w)
			}
		}
	}
}
