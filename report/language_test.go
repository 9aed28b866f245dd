package report

import (
	"encoding/json"
	"github.com/socialaudit/socialaudit/report/internal/datatext"
	"html"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/report/internal/locale"
)

// ownPrefixes are the key prefixes of this package's messages
// (messages_pages.go, messages_points.go, messages_diag_*.go).
var ownPrefixes = []string{"site.", "nav.", "sev.", "word.", "trend.", "reason.", "fig.", "col.", "chart.", "sec.",
	"index.", "resp.", "conv.", "fb.", "data.", "point.", "diag."}

// sameInBothLanguages are this package's messages whose French is the
// English word: anything else with En == Fr is a translation left undone.
var sameInBothLanguages = map[string]bool{
	"nav.conversation": true, "site.licence": true, "col.total": true, "col.impressions": true, "col.type": true,
	"col.format": true, "chart.axis.messages": true, "chart.axis.actions": true, "resp.split.questions": true,
	"diag.agents.col.agent": true, "diag.conc.col.hhi": true, "diag.conc.share-cell": true,
	"diag.conc.measure.audience": true, "diag.conc.measure.conversations": true, "diag.conc.measure.engagement": true,
	"diag.conc.measure-lower.audience": true, "diag.conc.measure-lower.conversations": true,
	"diag.conc.measure-lower.engagement": true,
}

// distinctive are words of each language that the pages of the other must
// not contain (outside the data of the fixture).
var distinctive = map[string][]string{
	"en": {" the ", " of ", "Response rate", "comments", " and ", "Negative feedback"},
	"fr": {" les ", " des ", "Taux de réponse", "commentaires", " et ", "Retours négatifs"},
}

// TestNoOtherLanguage builds the fixture's site in English and in French
// and checks that no page carries a string of the other language: no
// literal part of any catalogue message that differs between the
// languages, and none of a few distinctive words. The texts of the
// fixture's data are taken out first. The English texts analyze writes
// (format names, importer notes, rejection reasons) must reach the French
// data page in French, through package datatext.
func TestNoOtherLanguage(t *testing.T) {
	pinRecommendations(t)
	res, meta := fixture(), fixtureMeta()
	data := fixtureTexts(res, meta)
	fromAnalyze := analyzeTexts(res)
	msgs := locale.Messages()
	for _, m := range msgs {
		if isOwn(m.Key) && m.En == m.Fr && !sameInBothLanguages[m.Key] {
			t.Errorf("message %s is the same in English and French: %q", m.Key, m.En)
		}
	}
	for _, lang := range []string{"en", "fr"} {
		other := map[string]string{"en": "fr", "fr": "en"}[lang]
		site := buildFixtureLang(t, lang)
		for _, name := range frGoldenPages {
			text := visibleText(string(site.File(name).Data))
			if strings.Contains(text, locale.Missing) {
				t.Errorf("%s %s: a missing message: %s", lang, name, text[strings.Index(text, locale.Missing):][:60])
			}
			text = removeAll(text, data)
			if name == "data.html" && lang == "fr" {
				// analyze's English texts reach the page translated
				// (package datatext): none may show as it is.
				for _, s := range fromAnalyze {
					if !datatext.Known(s) {
						t.Errorf("fr data.html: analyze's text %q has no French", s)
					}
					if strings.Contains(text, s) {
						t.Errorf("fr data.html: analyze's text %q is shown in English", s)
					}
				}
			}
			for _, m := range msgs {
				if m.En == m.Fr {
					continue
				}
				f := m.Fr
				if lang == "fr" {
					f = m.En
				}
				for _, part := range literalParts(f) {
					if strings.Contains(text, part) {
						t.Errorf("%s %s: contains %q, from the %s of message %s", lang, name, part, other, m.Key)
					}
				}
			}
			for _, w := range distinctive[other] {
				if i := strings.Index(text, w); i >= 0 {
					t.Errorf("%s %s: contains the %s word %q: …%s…", lang, name, other, w, around(text, i))
				}
			}
		}
	}
}

// TestLiteralParts pins how a message is cut into the parts searched for.
func TestLiteralParts(t *testing.T) {
	got := literalParts("Half of the %s answered comments got (mean: %[2]s) a %d b %s to %s")
	want := []string{"Half of the", "answered comments got (mean:", ") a"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("literalParts = %q, want %q", got, want)
	}
	if got := literalParts("Responsiveness"); len(got) != 1 {
		t.Errorf("a long single word is not searched: %q", got)
	}
	if got := literalParts("Data"); len(got) != 0 {
		t.Errorf("a short single word is searched: %q", got)
	}
}

func isOwn(key string) bool {
	for _, p := range ownPrefixes {
		if strings.HasPrefix(key, p) {
			return true
		}
	}
	return false
}

// verb matches the fmt verbs of a message format.
var verb = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z%]`)

// literalParts cuts a message format at its verbs and keeps the parts
// distinctive enough to search for: two words or more, or 12 characters.
func literalParts(format string) []string {
	var out []string
	for _, p := range verb.Split(format, -1) {
		p = strings.TrimSpace(p)
		if len(strings.Fields(p)) >= 2 || utf8.RuneCountInString(p) >= 12 {
			out = append(out, p)
		}
	}
	return out
}

var (
	tag       = regexp.MustCompile(`<[^>]*>`)
	labelAttr = regexp.MustCompile(`\s(?:aria-label|title|alt)="([^"]*)"`)
	optAttr   = regexp.MustCompile(`\sdata-option="([^"]*)"`)
)

// visibleText is what a reader of the page meets: its text without the
// markup, the labels of its attributes (aria-label, title, alt), and the
// names and labels of its charts (the strings of each option's JSON). Each
// piece is on its own line, so that pieces never run together.
func visibleText(page string) string {
	var b strings.Builder
	for _, m := range labelAttr.FindAllStringSubmatch(page, -1) {
		b.WriteString(html.UnescapeString(m[1]) + "\n")
	}
	for _, m := range optAttr.FindAllStringSubmatch(page, -1) {
		var opt any
		if err := json.Unmarshal([]byte(html.UnescapeString(m[1])), &opt); err == nil {
			jsonStrings(opt, &b)
		}
	}
	body := optAttr.ReplaceAllString(page, "")
	b.WriteString(html.UnescapeString(tag.ReplaceAllString(body, "\n")))
	return b.String()
}

// jsonStrings writes every string of a decoded JSON value, one a line.
func jsonStrings(v any, b *strings.Builder) {
	switch v := v.(type) {
	case string:
		b.WriteString(v + "\n")
	case []any:
		for _, x := range v {
			jsonStrings(x, b)
		}
	case map[string]any:
		for _, x := range v {
			jsonStrings(x, b)
		}
	}
}

// fixtureTexts are the texts of the fixture's data and of the command
// line, which are in no language of ours: names, post texts, file names.
func fixtureTexts(res *analyze.Results, meta Meta) []string {
	out := []string{meta.Client, generator(meta)}
	out = append(out, meta.Brand...)
	out = append(out, res.Platforms...)
	for _, tp := range res.NegativeFeedback.TopPosts {
		p := tp.Post
		out = append(out, truncate(p.Text, 100), p.Account, p.Type)
	}
	for _, in := range res.Inputs {
		out = append(out, in.File)
		out = append(out, in.IgnoredColumns...)
		for _, mg := range in.MergedInto {
			out = append(out, mg.File)
		}
		for _, rj := range in.Rejections {
			out = append(out, rj.File, rj.Column)
		}
	}
	return out
}

// analyzeTexts are the English texts analyze wrote for the reader, which
// the data page shows through dataText, translated.
func analyzeTexts(res *analyze.Results) []string {
	var out []string
	for _, in := range res.Inputs {
		out = append(out, in.Format)
		out = append(out, in.Notes...)
		for _, rj := range in.Rejections {
			out = append(out, rj.Reason)
		}
	}
	return out
}

// removeAll takes every occurrence of the non-empty strings of xs out of
// s, longest first, so that a name inside a longer text goes with it.
func removeAll(s string, xs []string) string {
	sorted := append([]string(nil), xs...)
	for i := range sorted {
		for j := i + 1; j < len(sorted); j++ {
			if len(sorted[j]) > len(sorted[i]) {
				sorted[i], sorted[j] = sorted[j], sorted[i]
			}
		}
	}
	for _, x := range sorted {
		if x != "" {
			s = strings.ReplaceAll(s, x, "\n")
		}
	}
	return s
}

// around is the text near index i, for error messages.
func around(s string, i int) string {
	from, to := max(0, i-40), min(len(s), i+40)
	for from > 0 && !utf8.RuneStart(s[from]) {
		from--
	}
	for to < len(s) && !utf8.RuneStart(s[to]) {
		to++
	}
	return strings.ReplaceAll(s[from:to], "\n", " ⏎ ")
}
