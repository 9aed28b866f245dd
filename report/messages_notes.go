package report

import "github.com/socialaudit/socialaudit/report/internal/locale"

// The words of the consultant's notes and of anonymized reports.
func init() {
	locale.Register(map[string]locale.Message{
		"notes.heading":       {En: "Executive summary", Fr: "Synthèse"},
		"notes.notMeasurable": {En: "not measurable", Fr: "non mesurable"},
		"notes.unknown":       {En: "unknown", Fr: "inconnu"},
		// The period: first and last day, both included.
		"notes.period":              {En: "%s to %s", Fr: "du %s au %s"},
		"notes.trend.rising":        {En: "rising", Fr: "en hausse"},
		"notes.trend.falling":       {En: "falling", Fr: "en baisse"},
		"notes.trend.flat":          {En: "flat", Fr: "stable"},
		"notes.anon.term":           {En: "Anonymized", Fr: "Anonymisation"},
		"notes.anon.people.one":     {En: "%s person", Fr: "%s personne"},
		"notes.anon.people.other":   {En: "%s people", Fr: "%s personnes"},
		"notes.anon.mentions.one":   {En: "%s mention", Fr: "%s mention"},
		"notes.anon.mentions.other": {En: "%s mentions", Fr: "%s mentions"},
		"notes.anon.numbered": {
			En: "Yes. The commenters appear under pseudonyms (%s), numbered in order of first appearance: commenter-0001, commenter-0002 and so on.",
			Fr: "Oui. Les auteurs des commentaires apparaissent sous un pseudonyme (%s), numéroté dans l’ordre de leur première apparition\u00a0: commenter-0001, commenter-0002, etc.",
		},
		"notes.anon.keyed": {
			En: "Yes. The commenters appear under pseudonyms (%s) derived from a secret key, so that the same person has the same pseudonym in every report made with that key.",
			Fr: "Oui. Les auteurs des commentaires apparaissent sous un pseudonyme (%s) tiré d’une clé secrète\u00a0: une même personne garde le même pseudonyme dans tous les rapports établis avec cette clé.",
		},
		"notes.anon.what": {
			En: "Their names and ids, the ids of the comments, and the mentions of them in comment texts (@handles and full names: %s) were replaced before any figure was computed, so every figure is the same as in the named report. The brand's accounts keep their names. Not anonymized: the texts of the posts, names written otherwise in comments (a first name alone), and the values quoted in the list of rejected rows.",
			Fr: "Leurs noms et identifiants, les identifiants des commentaires et leurs mentions dans le texte des commentaires (@identifiants et noms complets\u00a0: %s) ont été remplacés avant tout calcul\u00a0: chaque chiffre est identique à celui du rapport nominatif. Les comptes de la marque gardent leur nom. Ne sont pas anonymisés\u00a0: le texte des publications, les noms écrits autrement dans les commentaires (un prénom seul, par exemple) et les valeurs citées dans la liste des lignes rejetées.",
		},
	})
}
