package report

import "github.com/socialaudit/socialaudit/report/internal/locale"

// The words of the consultant's notes and of anonymized reports.
func init() {
	locale.Register(map[string]locale.Message{
		"notes.heading": {En: "Executive summary", Fr: "Synthèse"},
		"notes.unknown": {En: "unknown", Fr: "inconnu"},
		// The period: first and last day, both included.
		"notes.period":              {En: "%s to %s", Fr: "du %s au %s"},
		"notes.anon.term":           {En: "Anonymized", Fr: "Anonymisation"},
		"notes.anon.people.one":     {En: "%s person", Fr: "%s personne"},
		"notes.anon.people.other":   {En: "%s people", Fr: "%s personnes"},
		"notes.anon.mentions.one":   {En: "%s mention", Fr: "%s occurrence"},
		"notes.anon.mentions.other": {En: "%s mentions", Fr: "%s occurrences"},
		"notes.anon.numbered": {
			En: "Yes: the commenters (%s) appear under pseudonyms, numbered in order of first appearance (commenter-0001, commenter-0002 and so on).",
			Fr: "Oui\u00a0: les auteurs des commentaires (%s) apparaissent sous un pseudonyme, numéroté dans l’ordre de leur première apparition (commenter-0001, commenter-0002, etc.).",
		},
		"notes.anon.keyed": {
			En: "Yes: the commenters (%s) appear under pseudonyms derived from a secret key, so that the same person has the same pseudonym in every report made with that key.",
			Fr: "Oui\u00a0: les auteurs des commentaires (%s) apparaissent sous un pseudonyme tiré d’une clé secrète\u00a0; une même personne garde ainsi le même pseudonyme dans tous les rapports établis avec cette clé.",
		},
		"notes.anon.what": {
			En: "Their names and ids, the ids of the comments, and the mentions of them in comment texts (@handle or full name, %s) were replaced before any figure was computed, so every figure is the same as in the named report. The brand's accounts keep their names. Left as they are: the texts of the posts, names written otherwise in comments (a first name alone, for example) and the values quoted in the list of rejected rows.",
			Fr: "Leurs noms et identifiants, les identifiants des commentaires et les mentions de ces personnes dans le texte des commentaires (@identifiant ou nom complet\u00a0: %s) ont été remplacés avant tout calcul, si bien que chaque chiffre est identique à celui du rapport nominatif. Les comptes de la marque gardent leur nom. Restent en clair le texte des publications, les noms écrits autrement dans les commentaires (un prénom seul, par exemple) et les valeurs citées dans la liste des lignes rejetées.",
		},
	})
}
