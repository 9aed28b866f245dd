package recommend

import (
	"html"
	"io/fs"
	"path"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/templates"
)

// langs are the supported languages, sorted.
func langs() []string {
	var out []string
	for lang := range locales {
		out = append(out, lang)
	}
	sort.Strings(out)
	return out
}

// recommendationFiles returns the base names of the recommendations of lang.
func recommendationFiles(t *testing.T, lang string) []string {
	t.Helper()
	names, err := fs.Glob(templates.Markdown, "recommendations/"+lang+"/*.md")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, n := range names {
		out = append(out, strings.TrimSuffix(path.Base(n), ".md"))
	}
	return out
}

// TestLanguagesHaveTheSameFiles checks that every language has a
// counterpart of every recommendation of every other, and its methodology.
func TestLanguagesHaveTheSameFiles(t *testing.T) {
	en := recommendationFiles(t, "en")
	if len(en) < 14 {
		t.Fatalf("English has %d recommendations", len(en))
	}
	for _, lang := range langs() {
		if got := recommendationFiles(t, lang); !reflect.DeepEqual(got, en) {
			t.Errorf("recommendations/%s has %q\nrecommendations/en has %q", lang, got, en)
		}
		if _, err := fs.Stat(templates.Markdown, "methodology/"+lang+".md"); err != nil {
			t.Errorf("no methodology for %s: %v", lang, err)
		}
	}
	// And no folder or methodology of a language recommend does not know.
	dirs, _ := fs.ReadDir(templates.Markdown, "recommendations")
	methods, _ := fs.ReadDir(templates.Markdown, "methodology")
	for _, d := range dirs {
		if locales[d.Name()] == nil {
			t.Errorf("recommendations/%s is not a supported language", d.Name())
		}
	}
	for _, m := range methods {
		if locales[strings.TrimSuffix(m.Name(), ".md")] == nil {
			t.Errorf("methodology/%s is not a supported language", m.Name())
		}
	}
}

// action matches a template action.
var action = regexp.MustCompile(`\{\{.*?\}\}`)

// literalText returns the text of a markdown template that is printed as
// is: its lines outside {{ }} actions, each action standing for a break,
// without front matter keys and code spans.
func literalText(src string) string {
	src = action.ReplaceAllString(src, "\n")
	src = codeSpan.ReplaceAllString(src, "\n")
	return frontMatterKey.ReplaceAllString(src, "")
}

// Patterns of the tests, compiled once.
var (
	codeSpan       = regexp.MustCompile("`[^`]*`")
	frontMatterKey = regexp.MustCompile(`(?m)^(title|figure):`)
	quoted         = regexp.MustCompile(`"([^"]*)"`)
	breaks         = regexp.MustCompile(`[\n.,;:()"“”«»!?|*\[\]{}#=/+×−–]+`)
	letter         = regexp.MustCompile(`\pL`)
	tag            = regexp.MustCompile(`<[^>]*>`)
	codeElement    = regexp.MustCompile(`<code>[^<]*</code>`)
)

// quotedInActions returns the string arguments of the actions of src: the
// words plural prints.
func quotedInActions(src string) []string {
	var out []string
	for _, a := range action.FindAllString(src, -1) {
		for _, m := range quoted.FindAllStringSubmatch(a, -1) {
			out = append(out, m[1])
		}
	}
	return out
}

// properNames are quoted names, the same in every language (titles of
// studies, column names of the exports), which may appear in both.
var properNames = []string{"Negative Feedback from Users"}

// fragments returns the phrases of the literal text of a markdown template,
// cut at template actions and punctuation, that have at least 4 words of 2
// letters or more: the sentences and phrases that must not appear in
// another language.
func fragments(src string) []string {
	var out []string
	for _, f := range breaks.Split(literalText(src), -1) {
		f = normalize(f)
		words := 0
		for _, w := range strings.Fields(f) {
			if len(letter.FindAllString(w, 2)) == 2 {
				words++
			}
		}
		if words < 4 {
			continue
		}
		proper := false
		for _, p := range properNames {
			proper = proper || strings.EqualFold(f, p)
		}
		if !proper {
			out = append(out, f)
		}
	}
	return out
}

// normalize makes rendered HTML or template text comparable: no tags, no
// entities, every kind of space one space, lower case.
func normalize(s string) string {
	s = tag.ReplaceAllString(s, " ")
	s = html.UnescapeString(s)
	s = strings.NewReplacer(" ", " ", "\u202f", " ", "’", "'").Replace(s)
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// languageWords are words of one language that the texts of the other
// never use, as whole words, case-sensitive.
var languageWords = map[string]*regexp.Regexp{
	"en": regexp.MustCompile(`\b(the|and|of|is|are|with|this|that|not|which|answer|answered|unanswered|comments|posts|replies|weekly|measurable|rate)\b`),
	"fr": regexp.MustCompile(`(^|[^\p{L}])(les|des|une|est|sont|avec|pour|réponse|réponses|commentaires|publications|semaine|mesurable|taux|délai|jamais)([^\p{L}]|$)`),
}

// userStrings are the texts of the fixtures that come from the data (in
// English); they are taken out of a rendering before looking for words of
// the other language.
var userStrings = []string{"Where is my order?", "Thanks!", "Soon?"}

// sourceFragments returns the fragments of every markdown file of lang.
func sourceFragments(t *testing.T, lang string) map[string]string {
	t.Helper()
	out := map[string]string{} // fragment -> file
	names, _ := fs.Glob(templates.Markdown, "recommendations/"+lang+"/*.md")
	names = append(names, "methodology/"+lang+".md")
	for _, n := range names {
		src, err := fs.ReadFile(templates.Markdown, n)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fragments(string(src)) {
			out[f] = n
		}
	}
	if len(out) < 100 {
		t.Fatalf("only %d fragments in %s", len(out), lang)
	}
	return out
}

// checkLanguage fails when text, rendered in lang, holds a fragment of
// another language's files or one of its words.
func checkLanguage(t *testing.T, where, lang, text string, others map[string]map[string]string) {
	t.Helper()
	for _, u := range userStrings {
		text = strings.ReplaceAll(text, u, "")
	}
	norm := normalize(text)
	for other, frags := range others {
		if other == lang {
			continue
		}
		for f, file := range frags {
			if strings.Contains(norm, f) {
				t.Errorf("%s (%s) contains %q from %s", where, lang, f, file)
			}
		}
		// Code (option names such as response.low-rate, commands) is the
		// same in every language: it is not looked at for words.
		plain := html.UnescapeString(tag.ReplaceAllString(codeElement.ReplaceAllString(text, " "), " "))
		for _, p := range properNames {
			plain = strings.ReplaceAll(plain, p, "")
		}
		if loc := languageWords[other].FindStringIndex(plain); loc != nil {
			from, to := max(0, loc[0]-60), min(len(plain), loc[1]+60)
			t.Errorf("%s (%s) contains the %s word %q: …%s…", where, lang, other, plain[loc[0]:loc[1]],
				strings.Join(strings.Fields(plain[from:to]), " "))
		}
	}
}

// TestNoOtherLanguage renders every case of the recommendation table and
// the methodology in every language, and checks that no rendering holds a
// sentence or a word of another language's texts.
func TestNoOtherLanguage(t *testing.T) {
	others := map[string]map[string]string{}
	for _, lang := range langs() {
		others[lang] = sourceFragments(t, lang)
	}
	seen := map[string]bool{}
	for _, tt := range append(recCases(), frCases()...) {
		res := quiet()
		if tt.edit != nil {
			tt.edit(res)
		}
		for _, lang := range langs() {
			opts := tt.opts
			opts.Lang = lang
			recs, err := Build(res, opts)
			if err != nil {
				t.Fatalf("%s (%s): %v", tt.name, lang, err)
			}
			for _, r := range recs {
				seen[lang+":"+r.ID] = true
				checkLanguage(t, tt.name+": "+r.ID, lang, r.Title+"\n"+r.Figure+"\n"+string(r.Body), others)
			}
		}
	}
	for _, lang := range langs() {
		for _, brand := range [][]string{nil, {"@acme", "acme_fr"}} {
			m, err := Methodology(quiet(), Options{Lang: lang, Brand: brand})
			if err != nil {
				t.Fatal(err)
			}
			checkLanguage(t, "methodology", lang, string(m), others)
		}
	}
	// Every rule was rendered in every language.
	for _, r := range rules {
		for _, lang := range langs() {
			if !seen[lang+":"+r.id] {
				t.Errorf("%s never rendered in %s", r.id, lang)
			}
		}
	}
}

// TestSameRecommendationsInEveryLanguage checks that the language changes
// the words only: the same recommendations, in the same order, with the
// same severities and pages, and plain-text titles and figures.
func TestSameRecommendationsInEveryLanguage(t *testing.T) {
	for _, tt := range append(recCases(), frCases()...) {
		res := quiet()
		if tt.edit != nil {
			tt.edit(res)
		}
		var want []string
		for _, lang := range langs() {
			opts := tt.opts
			opts.Lang = lang
			recs, err := Build(res, opts)
			if err != nil {
				t.Fatalf("%s (%s): %v", tt.name, lang, err)
			}
			var got []string
			for _, r := range recs {
				got = append(got, r.ID+":"+r.Severity.String()+":"+r.Page)
				if r.Title == "" || r.Figure == "" || strings.ContainsAny(r.Title+r.Figure, `\<>*{}`) {
					t.Errorf("%s (%s): title %q or figure %q is not plain text", tt.name, lang, r.Title, r.Figure)
				}
			}
			if lang == "en" {
				want = got
			} else if !reflect.DeepEqual(got, want) {
				t.Errorf("%s: %s gives %q, en %q", tt.name, lang, got, want)
			}
		}
	}
}

const (
	nbsp  = " "      // before : ; ! ? », after «
	nnbsp = "\u202f" // before %, between thousands
)

// frCases are the French texts of the recommendation table, with the
// figures formatted by hand: 1 234,5, 12,3 %, 2 j 4 h, 3 févr. 2026; and
// cases that only French words differently (agreement).
func frCases() []recCase { return append(frCoreCases(), frDiagCases()...) }

// frCoreCases are the French cases of the core figures' rules.
func frCoreCases() []recCase {
	return []recCase{
		{name: "fr: rate 64.5 %", id: "low-response-rate",
			edit: func(r *analyze.Results) {
				r.Responsiveness.ResponseStats = respStats(129, 71, 30*time.Minute, 10*time.Hour)
				r.Responsiveness.Pending = 3
			},
			figure: "taux de réponse de 64,5" + nnbsp + "%",
			body: []string{"<strong>129</strong> des <strong>200</strong> commentaires clients assez anciens pour être évalués" + nbsp + ":",
				"<strong>64,5" + nnbsp + "%</strong>", "71 commentaires n’ont reçu aucune réponse" + nbsp + "; 3 autres, arrivés depuis moins de 24 h",
				"ne sont pas encore comptés.", "inférieur à 65" + nnbsp + "%", "«" + nbsp + "Socially Devoted" + nbsp + "»", "(2012)",
				"30" + nnbsp + "% des questions", "plus de 9" + nnbsp + "000 pages"}},
		{name: "fr: one pending", id: "low-response-rate",
			edit: func(r *analyze.Results) {
				r.Responsiveness.ResponseStats = respStats(1, 1, 30*time.Minute, 10*time.Hour)
				r.Responsiveness.Pending = 1
			},
			figure: "taux de réponse de 50,0" + nnbsp + "%",
			body: []string{"<strong>1</strong> des <strong>2</strong> commentaires clients", "1 commentaire n’a reçu aucune réponse",
				"1 autre, arrivé depuis moins de 24 h (le délai cible), n’est pas encore compté."}},
		{name: "fr: thousands", id: "low-response-rate",
			edit: func(r *analyze.Results) {
				r.Responsiveness.ResponseStats = respStats(1234, 766, 30*time.Minute, 10*time.Hour)
			},
			figure: "taux de réponse de 61,7" + nnbsp + "%",
			body:   []string{"<strong>1" + nnbsp + "234</strong> des <strong>2" + nnbsp + "000</strong>", "766 commentaires"}},
		{name: "fr: critical", id: "low-response-rate",
			edit: func(r *analyze.Results) {
				r.Responsiveness.ResponseStats = respStats(29, 71, 30*time.Minute, 10*time.Hour)
			},
			figure: "taux de réponse de 29,0" + nnbsp + "%", body: []string{"En dessous de 30" + nnbsp + "%, la plupart", "urgence"}},

		{name: "fr: median 1 h 1 min", id: "slow-response",
			edit: func(r *analyze.Results) {
				r.Responsiveness.ResponseStats = respStats(80, 20, time.Hour+time.Minute, 24*time.Hour)
			},
			figure: "médiane 1 h 1 min",
			body: []string{"<strong>1 h 1 min</strong> ou plus", "<strong>24 h</strong> ou plus (le 90e centile)", "seuil de 1 h",
				"Sprout Social Index 2020, 40" + nnbsp + "%",
				"80,0" + nnbsp + "% des commentaires assez anciens pour être évalués ont reçu une réponse dans le délai cible de 24 h"}},
		{name: "fr: p90 above SLA", id: "slow-response",
			edit: func(r *analyze.Results) {
				r.Responsiveness.ResponseStats = respStats(80, 20, 30*time.Minute, 52*time.Hour)
			},
			figure: "90e centile 2 j 4 h", body: []string{"<strong>2 j 4 h</strong>", "dépasse le délai cible de 24 h", "79" + nnbsp + "%"}},

		{name: "fr: questions 64 %", id: "unanswered-questions",
			edit: func(r *analyze.Results) {
				r.Responsiveness.Questions = respStats(64, 36, 30*time.Minute, 10*time.Hour)
				r.Open = []analyze.OpenComment{
					{Comment: &analyze.Comment{Platform: "facebook", Account: "acme", Text: "Where is my order?",
						Created: time.Date(2024, 2, 3, 9, 0, 0, 0, time.UTC)}, Question: true, Age: 52 * time.Hour},
				}
			},
			figure: "64,0" + nnbsp + "% de réponses aux questions",
			body: []string{"Parmi les commentaires clients qui contiennent un point d’interrogation (les questions), 36 n’ont reçu aucune réponse.",
				"<strong>64</strong> des <strong>100</strong> questions assez anciennes", "contre 80,0" + nnbsp + "% pour l’ensemble",
				"La question la plus ancienne restée sans réponse" + nbsp + ":",
				"3 févr. 2024 à 10:00, facebook (acme), toujours sans réponse après 2 j 4 h" + nbsp + ": «" + nbsp + "Where is my order?" + nbsp + "»"}},
		{name: "fr: one unanswered question", id: "unanswered-questions",
			edit: func(r *analyze.Results) {
				r.Responsiveness.Questions = respStats(1, 1, 30*time.Minute, 10*time.Hour)
			},
			figure: "50,0" + nnbsp + "% de réponses aux questions",
			body:   []string{"(les questions), 1 n’a reçu aucune réponse.", "<strong>1</strong> des <strong>2</strong> questions assez anciennes"}},

		{name: "fr: one hidden", id: "hidden-without-answer",
			edit:   func(r *analyze.Results) { r.Responsiveness.HiddenWithoutAnswer = ptr(1) },
			figure: "1 commentaire masqué sans réponse",
			body:   []string{"<strong>1</strong> commentaire client sans jamais y répondre (100 commentaires clients sur la période)"}},
		{name: "fr: two hidden", id: "hidden-without-answer",
			edit:   func(r *analyze.Results) { r.Responsiveness.HiddenWithoutAnswer = ptr(2) },
			figure: "2 commentaires masqués sans réponse", body: []string{"<strong>2</strong> commentaires clients sans jamais"}},

		{name: "fr: out of hours 15 points lower", id: "out-of-hours",
			edit: func(r *analyze.Results) {
				r.Responsiveness.OutOfHours = respStats(13, 7, 45*time.Minute, 12*time.Hour)
			},
			figure: "15,0 points de moins hors heures ouvrées",
			body: []string{"(de 9" + nbsp + "h à 18" + nbsp + "h, du lundi au vendredi, fuseau Europe/Paris)",
				`<td align="right">80,0` + nnbsp + `%</td>`, `<td align="right">65,0` + nnbsp + `%</td>`, `<td align="right">45 min</td>`,
				"inférieur de 15,0 points.", "inférieur d’au moins 15 points", "supérieure à 2 fois",
				"au moins 20 commentaires reçus hors heures ouvrées peuvent être évalués"}},
		{name: "fr: out of hours 1.5 points lower", id: "out-of-hours",
			opts: Options{Thresholds: Thresholds{OutOfHoursGap: 0.015}},
			edit: func(r *analyze.Results) {
				r.Responsiveness.InHours = respStats(1000, 1000, 30*time.Minute, 10*time.Hour)
				r.Responsiveness.OutOfHours = respStats(970, 1030, 45*time.Minute, 12*time.Hour)
			},
			figure: "1,5 point de moins hors heures ouvrées",
			body:   []string{"inférieur de 1,5 point.", "inférieur d’au moins 1,5 point à", "<td align=\"right\">2" + nnbsp + "000</td>"}},
		{name: "fr: out of hours median three times", id: "out-of-hours",
			edit: func(r *analyze.Results) {
				r.Responsiveness.OutOfHours = respStats(14, 6, 90*time.Minute, 12*time.Hour)
			},
			figure: "délai 3,0 fois plus long hors heures ouvrées",
			body:   []string{"représente 3,0 fois celui des heures ouvrées", "1 h 30 min", "70,0" + nnbsp + "%"}},

		{name: "fr: broadcast 51 %", id: "broadcast",
			edit:   func(r *analyze.Results) { r.Broadcast.BroadcastStats = broadcastStats(51, 49) },
			figure: "51,0" + nnbsp + "% des messages de la marque sont des publications",
			body: []string{"<strong>51</strong> publications et rédigé <strong>49</strong> réponses, soit 1,0 publication par réponse",
				"seuil de 50" + nnbsp + "%", "4 fois plus de publications promotionnelles que de réponses (2015)",
				"23 messages promotionnels pour une réponse (2e trimestre 2016)"}},
		{name: "fr: broadcast 2.5 posts per reply", id: "broadcast",
			edit:   func(r *analyze.Results) { r.Broadcast.BroadcastStats = broadcastStats(5, 2) },
			figure: "71,4" + nnbsp + "% des messages de la marque sont des publications",
			body:   []string{"soit 2,5 publications par réponse"}},
		{name: "fr: one reply", id: "broadcast",
			edit:   func(r *analyze.Results) { r.Broadcast.BroadcastStats = broadcastStats(3, 1) },
			figure: "75,0" + nnbsp + "% des messages de la marque sont des publications",
			body:   []string{"<strong>3</strong> publications et rédigé <strong>1</strong> réponse, soit 3,0 publications par réponse"}},
		{name: "fr: no replies", id: "broadcast",
			edit:   func(r *analyze.Results) { r.Broadcast.BroadcastStats = broadcastStats(1500, 0) },
			figure: "100,0" + nnbsp + "% des messages de la marque sont des publications",
			body:   []string{"<strong>1" + nnbsp + "500</strong> publications et n’a rédigé <strong>aucune</strong> réponse."}},

		{name: "fr: feedback rate rising", id: "feedback-rising",
			edit: func(r *analyze.Results) {
				m := r.NegativeFeedback.Monthly
				m[0].Posts.Per1000, m[1].Posts.Per1000, m[2].Posts.Per1000, m[3].Posts.Per1000 = nil, ptr(1.5), ptr(2.25), ptr(3.0)
				r.NegativeFeedback.Trend = analyze.Trend{Measurable: true, Direction: analyze.TrendRising,
					Basis: analyze.BasisPostRate, Slope: 0.7512, Months: 3}
			},
			figure: "+0,75 par mois",
			body: []string{"Sur les <strong>3</strong> mois", "pour 1" + nnbsp + "000 impressions est passé de <strong>1,50</strong> en février 2024 à <strong>3,00</strong> en avril 2024",
				"<strong>+0,75</strong> par mois", "au moins 3 mois", "«" + nbsp + "The Social Break-Up" + nbsp + "»", "(2011), 44" + nnbsp + "%"}},
		{name: "fr: feedback page count rising", id: "feedback-rising",
			edit: func(r *analyze.Results) {
				m := r.NegativeFeedback.Monthly
				for i := range m {
					m[i].Page.Total = analyze.KnownCount(int64(1000 * (i + 1)))
				}
				r.NegativeFeedback.Trend = analyze.Trend{Measurable: true, Direction: analyze.TrendRising,
					Basis: analyze.BasisPageCount, Slope: 1000, Months: 4}
			},
			figure: "+1" + nnbsp + "000,0 par mois",
			body: []string{"au niveau de la Page", "en nombre d’actions) est passé de <strong>1" + nnbsp + "000</strong> en janvier 2024 à <strong>4" + nnbsp +
				"000</strong> en avril 2024"}},
		{name: "fr: feedback rising slowly", id: "feedback-rising",
			edit: func(r *analyze.Results) {
				r.NegativeFeedback.Trend = analyze.Trend{Measurable: true, Direction: analyze.TrendRising,
					Basis: analyze.BasisPostRate, Slope: 0.00041, Months: 4}
			},
			figure: "+0,0004 par mois", body: []string{"<strong>1,50</strong> en janvier 2024"}},

		{name: "fr: responsive", id: "responsive",
			edit:   func(r *analyze.Results) { r.Responsiveness.ResponseStats = respStats(90, 10, time.Hour, 10*time.Hour) },
			figure: "taux de réponse de 90,0" + nnbsp + "%, médiane 1 h",
			body: []string{"d’au moins 90" + nnbsp + "% avec une médiane d’au plus 1 h", "«" + nbsp + "very responsive" + nbsp + "»",
				"15 minutes sur 7 jours", "(Meta Page help)"}},

		{name: "fr: no brand comments", id: "responsiveness-not-measurable",
			opts: Options{Brand: []string{"@acme", "acme_fr"}},
			edit: func(r *analyze.Results) {
				r.Responsiveness.ResponseStats = analyze.ResponseStats{Reason: analyze.ReasonNoBrandComments, CustomerComments: 1321}
			},
			figure: "non mesurable",
			body: []string{"1" + nnbsp + "321 commentaires de tiers",
				"Les comptes de la marque indiqués (@acme, acme_fr) ne correspondent à aucun auteur", "<code>--brand</code>"}},
		{name: "fr: one brand account", id: "responsiveness-not-measurable",
			opts: Options{Brand: []string{"@acme"}},
			edit: func(r *analyze.Results) {
				r.Responsiveness.ResponseStats = analyze.ResponseStats{Reason: analyze.ReasonNoBrandComments, CustomerComments: 1}
			},
			figure: "non mesurable",
			body:   []string{"1 commentaire de tiers", "Le compte de la marque indiqué (@acme) ne correspond à aucun auteur"}},
		{name: "fr: no brand given", id: "responsiveness-not-measurable",
			edit: func(r *analyze.Results) {
				r.Responsiveness.ResponseStats = analyze.ResponseStats{Reason: analyze.ReasonNoBrandComments}
			},
			figure: "non mesurable", body: []string{"Les données ne contiennent aucun commentaire de tiers sur la période.",
				"Aucun compte de la marque n’a été indiqué."}},
		{name: "fr: authors withheld", id: "responsiveness-not-measurable",
			edit: func(r *analyze.Results) {
				r.Responsiveness.ResponseStats = analyze.ResponseStats{Reason: analyze.ReasonAuthorsWithheld, CustomerComments: 1858}
			},
			figure: "non mesurable", body: []string{"«" + nbsp + "undiscoverable" + nbsp + "»", "1" + nnbsp + "858 commentaires sur la période"}},
		{name: "fr: no customer comments", id: "responsiveness-not-measurable",
			edit: func(r *analyze.Results) {
				r.Responsiveness.ResponseStats = analyze.ResponseStats{Reason: analyze.ReasonNoCustomerComments, CustomerComments: 2, Pending: 2}
			},
			figure: "non mesurable",
			body: []string{"2 commentaires clients, dont 2 arrivés moins de 24 h (le délai cible) avant l’arrêt des données, le 2 mai 2024 à 09:30, " +
				"trop récents pour être comptés comme sans réponse"}},
		{name: "fr: no customer comment at all", id: "responsiveness-not-measurable",
			edit: func(r *analyze.Results) {
				r.Responsiveness.ResponseStats = analyze.ResponseStats{Reason: analyze.ReasonNoCustomerComments}
			},
			figure: "non mesurable",
			body:   []string{"assez ancien pour être évalué" + nbsp + ": les données n’en contiennent aucun. Ce rapport"}},
		{name: "fr: authors withheld, no comment", id: "responsiveness-not-measurable",
			edit: func(r *analyze.Results) {
				r.Responsiveness.ResponseStats = analyze.ResponseStats{Reason: analyze.ReasonAuthorsWithheld}
			},
			figure: "non mesurable", body: []string{"Les données ne contiennent aucun commentaire sur la période."}},
		{name: "fr: one pending customer comment", id: "responsiveness-not-measurable",
			edit: func(r *analyze.Results) {
				r.Responsiveness.ResponseStats = analyze.ResponseStats{Reason: analyze.ReasonNoCustomerComments, CustomerComments: 1, Pending: 1}
			},
			figure: "non mesurable",
			body:   []string{"1 commentaire client, dont 1 arrivé moins de 24 h", "trop récent pour être compté comme sans réponse"}},

		{name: "fr: authors withheld, broadcast", id: "broadcast-not-measurable",
			edit: func(r *analyze.Results) {
				r.Broadcast.BroadcastStats = analyze.BroadcastStats{Reason: analyze.ReasonAuthorsWithheld, BrandPosts: 3}
			},
			figure: "non mesurable", body: []string{"3 publications sur la période", "undiscoverable", "à 100" + nnbsp + "%"}},
		{name: "fr: authors withheld, broadcast, no post", id: "broadcast-not-measurable",
			edit: func(r *analyze.Results) {
				r.Broadcast.BroadcastStats = analyze.BroadcastStats{Reason: analyze.ReasonAuthorsWithheld}
			},
			figure: "non mesurable", body: []string{"La marque n’a mis en ligne aucune publication sur la période. L’export"}},
		{name: "fr: no reply source, no post", id: "broadcast-not-measurable",
			edit: func(r *analyze.Results) {
				r.Broadcast.BroadcastStats = analyze.BroadcastStats{Reason: analyze.ReasonNoReplySource}
			},
			figure: "non mesurable", body: []string{"La marque n’a mis en ligne aucune publication sur la période, et les données ne contiennent"}},
		{name: "fr: no reply source", id: "broadcast-not-measurable",
			edit: func(r *analyze.Results) {
				r.Broadcast.BroadcastStats = analyze.BroadcastStats{Reason: analyze.ReasonNoReplySource, BrandPosts: 12}
			},
			figure: "non mesurable", body: []string{"12 publications sur la période", "commence par @"}},
		{name: "fr: no brand comments for replies", id: "broadcast-not-measurable",
			edit: func(r *analyze.Results) {
				r.Broadcast.BroadcastStats = analyze.BroadcastStats{Reason: analyze.ReasonNoBrandComments, BrandPosts: 1}
			},
			figure: "non mesurable", body: []string{"1 publication sur la période", "<code>--brand</code>"}},
		{name: "fr: no posts", id: "broadcast-not-measurable",
			edit: func(r *analyze.Results) {
				r.Broadcast.BroadcastStats = analyze.BroadcastStats{Reason: analyze.ReasonNoPosts}
			},
			figure: "non mesurable", body: []string{"(du 1er janv. 2024 à 00:00 au 1er mai 2024 à 00:00, fuseau Europe/Paris)"}},
		{name: "fr: no feedback data", id: "feedback-not-measurable",
			edit: func(r *analyze.Results) {
				r.NegativeFeedback = analyze.NegativeFeedback{Reason: analyze.ReasonNoFeedbackData,
					Trend: analyze.Trend{Reason: analyze.ReasonNoFeedbackData}}
			},
			figure: "non mesurable", body: []string{"«" + nbsp + "Negative Feedback from Users" + nbsp + "»", "«" + nbsp + "non mesurable" + nbsp + "» plutôt que zéro"}},
		{name: "fr: too few months", id: "trend-not-measurable",
			edit: func(r *analyze.Results) {
				r.NegativeFeedback.Trend = analyze.Trend{Reason: analyze.ReasonTooFewMonths, Months: 2}
			},
			figure: "2 mois de données", body: []string{"ces données en comptent 2."}},
		{name: "fr: no month", id: "trend-not-measurable",
			edit: func(r *analyze.Results) {
				r.NegativeFeedback.Trend = analyze.Trend{Reason: analyze.ReasonTooFewMonths}
			},
			figure: "aucun mois de données", body: []string{"ces données n’en comptent aucun."}},
	}
}

// TestFrench checks the French recommendations against figures formatted
// by hand.
func TestFrench(t *testing.T) {
	for _, tt := range frCases() {
		t.Run(tt.name, func(t *testing.T) {
			res := quiet()
			if tt.edit != nil {
				tt.edit(res)
			}
			opts := tt.opts
			opts.Lang = "fr"
			recs, err := Build(res, opts)
			if err != nil {
				t.Fatal(err)
			}
			rec := find(recs, tt.id)
			if rec == nil {
				t.Fatalf("%s did not fire; got %v", tt.id, recs)
			}
			if rec.Figure != tt.figure {
				t.Errorf("figure = %q, want %q", rec.Figure, tt.figure)
			}
			for _, want := range tt.body {
				if !strings.Contains(string(rec.Body), want) {
					t.Errorf("body lacks %q:\n%s", want, rec.Body)
				}
			}
		})
	}
}

func TestFrenchMethodology(t *testing.T) {
	res := quiet()
	res.SLA = 36 * time.Hour
	res.BusinessHours = analyze.BusinessHours{Start: 8, End: 20}
	opts := Options{Lang: "fr", Brand: []string{"@acme", "acme_support"}, Thresholds: Thresholds{LowResponseRate: 0.7}}
	m, err := Methodology(res, opts)
	if err != nil {
		t.Fatal(err)
	}
	got := string(m)
	for _, want := range []string{
		"<td>du 1er janv. 2024 à 00:00 inclus au 1er mai 2024 à 00:00 exclu</td>",
		"<td>2 mai 2024 à 09:30</td>",
		"<td>Europe/Paris</td>",
		"<td>36 h</td>",
		"<td>de 8" + nbsp + "h à 20" + nbsp + "h, du lundi au vendredi</td>",
		"<td>@acme, acme_support</td>",
		"<td>facebook, x</td>",
		"moins de 36 h (le délai cible) à la date d’arrêt",
		"taux de réponse inférieur à 70" + nnbsp + "% (critique en dessous de 30" + nnbsp + "%)",
		"90e centile supérieur au délai cible (36 h)",
		"au moins 20 commentaires reçus hors heures ouvrées et assez anciens pour être évalués",
		"inférieur d’au moins 15 points", "supérieure à 2 fois",
		"<strong>20 min</strong>", "<strong>10 h</strong>", "171,25 min", "<strong>2 h 51 min</strong>",
		"ne sont jamais additionnés", "Avec moins de 3 mois de ce type",
		"pour 1" + nnbsp + "000 impressions",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("French methodology lacks %q", want)
		}
	}
	// The same sections, with the same anchors, as the English page.
	en, err := Methodology(res, Options{Brand: opts.Brand})
	if err != nil {
		t.Fatal(err)
	}
	ids := regexp.MustCompile(`<h2 id="([^"]+)"`)
	if a, b := ids.FindAllString(got, -1), ids.FindAllString(string(en), -1); !reflect.DeepEqual(a, b) || len(a) < 10 {
		t.Errorf("French headings %q, English %q", a, b)
	}
	none, err := Methodology(res, Options{Lang: "fr"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(none), "<td>aucun indiqué</td>") {
		t.Error("the French methodology without brand accounts does not say so")
	}
}

// TestFrenchTypography checks the French sources: typographic apostrophes
// and quotes, a no-break space before : ; ! ? » and after «, and a narrow
// one before %.
func TestFrenchTypography(t *testing.T) {
	names, _ := fs.Glob(templates.Markdown, "recommendations/fr/*.md")
	names = append(names, "methodology/fr.md")
	before := regexp.MustCompile(`(^|[^\x{a0}\x{202f}])([:;!?»])`)
	percent := regexp.MustCompile(`(^|[^\x{202f}])%`)
	delimiter := regexp.MustCompile(`^\|(\s*:?-+:?\s*\|)+$`)
	for _, n := range names {
		src, err := fs.ReadFile(templates.Markdown, n)
		if err != nil {
			t.Fatal(err)
		}
		texts := append(strings.Split(literalText(string(src)), "\n"), quotedInActions(string(src))...)
		for _, line := range texts {
			if delimiter.MatchString(line) || line == "---" {
				continue
			}
			if strings.ContainsAny(line, `'"`) {
				t.Errorf("%s: straight quote or apostrophe in %q", n, line)
			}
			if m := before.FindString(line); m != "" {
				t.Errorf("%s: %q lacks a no-break space before it in %q", n, m, line)
			}
			if m := percent.FindString(line); m != "" {
				t.Errorf("%s: %q lacks a narrow no-break space in %q", n, m, line)
			}
			if i := strings.Index(line, "«"); i >= 0 && !strings.HasPrefix(line[i+len("«"):], nbsp) {
				t.Errorf("%s: « without a no-break space after it in %q", n, line)
			}
		}
	}
}

func TestFrenchFormat(t *testing.T) {
	fr, en := locales["fr"], locales["en"]
	at := time.Date(2026, 2, 3, 14, 5, 0, 0, time.UTC)
	for _, tt := range []struct{ got, want string }{
		{fr.Int(1234567), "1" + nnbsp + "234" + nnbsp + "567"},
		{fr.Float(1234.5, 1), "1" + nnbsp + "234,5"},
		{fr.Pct(0.123), "12,3" + nnbsp + "%"},
		{fr.pctThreshold(0.65), "65" + nnbsp + "%"},
		{fr.pctThreshold(0.125), "12,5" + nnbsp + "%"},
		{fr.Duration(52 * time.Hour), "2\u00a0j\u00a04\u00a0h"},
		{fr.Duration(3*time.Hour + 12*time.Minute), "3\u00a0h\u00a012\u00a0min"},
		{fr.dateTime(at), "3 févr. 2026 à 14:05"},
		{en.dateTime(at), "2026-02-03 14:05"},
		{fr.month(at), "février 2026"},
		{en.month(at), "2026-02"},
		{fr.hour(9), "9" + nbsp + "h"},
		{en.hour(9), "09:00"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
	for _, tt := range []struct {
		l    *locale
		text string
		one  bool
	}{
		{en, "1", true}, {en, "1.0", false}, {en, "0", false}, {en, "0.5", false}, {en, "2", false}, {en, "1,001", false},
		{fr, "1", true}, {fr, "1,0", true}, {fr, "1,5", true}, {fr, "0,5", true}, {fr, "0", true},
		{fr, "2,0", false}, {fr, "-1,5", true}, {fr, "1" + nnbsp + "001,5", false},
	} {
		d := tt.l.dec(tt.text)
		got, err := tt.l.plural(d, "one", "other")
		if err != nil || (got == "one") != tt.one || d.String() != tt.text {
			t.Errorf("%s: plural of %q = %q, %v; want one=%v", tt.l.Lang, tt.text, got, err, tt.one)
		}
	}
	if _, err := fr.plural("2", "a", "b"); err == nil {
		t.Error("plural of a string gave no error")
	}
}
