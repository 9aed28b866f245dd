package report

import "github.com/socialaudit/socialaudit/report/internal/locale"

// The words of events (events.go, "ev.") and of the comparison with
// another period (compare.go, "cmp.").
func init() {
	locale.Register(map[string]locale.Message{
		// Events on the summary page.
		"ev.heading": {En: "Events", Fr: "Événements"},
		"ev.intro": {
			En: "The events you listed, drawn on every time chart of the report: a line on the month (or day) of a one-day event, a shaded band across the months (or days) of a longer one. Events outside the report period are listed here but not drawn.",
			Fr: "Les événements que vous avez indiqués, reportés sur chaque graphique chronologique du rapport\u00a0: une ligne sur le mois (ou le jour) d’un événement d’une journée, une bande grisée sur les mois (ou les jours) d’un événement plus long. Les événements situés hors de la période du rapport figurent ici, mais ne sont pas reportés.",
		},
		"ev.caption":     {En: "Events of the report", Fr: "Événements du rapport"},
		"ev.head.date":   {En: "Date", Fr: "Date"},
		"ev.head.label":  {En: "Event", Fr: "Événement"},
		"ev.head.charts": {En: "On the charts", Fr: "Sur les graphiques"},
		"ev.range":       {En: "%s to %s", Fr: "du %s au %s"},
		"ev.drawn":       {En: "yes", Fr: "oui"},
		"ev.outside":     {En: "no: outside the report period", Fr: "non\u00a0: hors de la période du rapport"},

		// The comparison period, named.
		"cmp.heading":       {En: "Comparison period", Fr: "Période de comparaison"},
		"cmp.noun.previous": {En: "previous period", Fr: "période précédente"},
		"cmp.noun.custom":   {En: "comparison period", Fr: "période de comparaison"},
		"cmp.site.previous": {En: "Compared with the previous period, %s to %s", Fr: "Comparaison avec la période précédente, du %s au %s"},
		"cmp.site.custom":   {En: "Compared with %s to %s", Fr: "Comparaison avec la période du %s au %s"},

		// The summary page's statement of the comparison.
		"cmp.intro.previous": {
			En: "Each headline figure is compared with the previous period, %s to %s: the period of the same length just before this one (as many calendar months when this report covers whole months, otherwise as many days).",
			Fr: "Chaque chiffre clé est comparé à la période précédente, du %s au %s\u00a0: la période de même durée qui précède immédiatement celle-ci (autant de mois civils si le rapport couvre des mois entiers, sinon autant de jours).",
		},
		"cmp.intro.custom": {
			En: "Each headline figure is compared with the period you chose, %s to %s.",
			Fr: "Chaque chiffre clé est comparé à la période que vous avez choisie, du %s au %s.",
		},
		"cmp.intro.asof": {
			En: "It is judged as it stood on %s, as long after its end as this report after its own, so that both periods had the same time to be answered: later answers do not count, and its comments younger than %s then are pending.",
			Fr: "Elle est jugée telle qu’elle se présentait le %s, aussi longtemps après sa fin que ce rapport après la sienne, pour que les deux périodes aient eu le même temps pour obtenir une réponse\u00a0: les réponses plus tardives ne comptent pas, et ses commentaires de moins de %s à ce moment-là sont en attente.",
		},
		"cmp.intro.rules": {
			En: "Rates change in percentage points (pts) between the rates as printed, other figures by their difference and in percent. Whether a change is better or worse depends on the figure: a higher response rate is better, a longer response time worse; pending comments and the trend are not judged.",
			Fr: "Les taux évoluent en points de pourcentage (pts) entre les taux affichés, les autres chiffres de leur différence et en pourcentage. Qu’une évolution soit une amélioration ou une dégradation dépend du chiffre\u00a0: un taux de réponse plus élevé est une amélioration, un délai de réponse plus long une dégradation\u00a0; les commentaires en attente et la tendance ne sont pas jugés.",
		},
		"cmp.intro.align": {
			En: "On the monthly charts, a dashed line shows the %s month by month, its first month against this report's first; the axis at the top names its months.",
			Fr: "Sur les graphiques mensuels, une ligne en pointillés représente la %s mois par mois, son premier mois face au premier mois de ce rapport\u00a0; l’axe du haut indique ses mois.",
		},
		"cmp.intro.nodata": {
			En: "The inputs hold no record for that period, so no change can be measured: every change reads \"change not measurable\".",
			Fr: "Les données ne contiennent aucun enregistrement pour cette période\u00a0: aucune évolution n’est mesurable.",
		},

		// The change of a headline figure.
		"cmp.nm":           {En: "change not measurable", Fr: "évolution non mesurable"},
		"cmp.nm.nodata":    {En: "The inputs hold no record for the comparison period.", Fr: "Les données ne contiennent aucun enregistrement pour la période de comparaison."},
		"cmp.nm.previous":  {En: "Not measurable for the comparison period: %s.", Fr: "Non mesurable sur la période de comparaison\u00a0: %s."},
		"cmp.was.previous": {En: "Previous period: %s", Fr: "Période précédente\u00a0: %s"},
		"cmp.was.custom":   {En: "Comparison period: %s", Fr: "Période de comparaison\u00a0: %s"},
		"cmp.word.same":    {En: "unchanged", Fr: "stable"},
		"cmp.word.better":  {En: "better", Fr: "en amélioration"},
		"cmp.word.worse":   {En: "worse", Fr: "en dégradation"},
		"cmp.pts":          {En: "%s pts", Fr: "%s\u00a0pts"},

		// Why a figure is not measurable for the comparison period, as the
		// end of a sentence.
		"cmp.reason.no_brand_comments":    {En: "no comment can be attributed to the brand", Fr: "aucun commentaire ne peut être attribué à la marque"},
		"cmp.reason.authors_withheld":     {En: "the export withheld who wrote the comments", Fr: "l’export ne dit pas qui a écrit les commentaires"},
		"cmp.reason.no_customer_comments": {En: "no customer comment was old enough to judge", Fr: "aucun commentaire client n’était assez ancien pour être jugé"},
		"cmp.reason.no_reply_source":      {En: "the data cannot count the brand's replies", Fr: "les données ne permettent pas de compter les réponses de la marque"},
		"cmp.reason.no_posts":             {En: "the brand published no post", Fr: "la marque n’a rien publié"},
		"cmp.reason.no_feedback_data":     {En: "no post or day carries negative-feedback counters", Fr: "aucune publication ni aucun jour ne porte de compteurs de retours négatifs"},
		"cmp.reason.too_few_months":       {En: "fewer than 3 months have data", Fr: "moins de 3\u00a0mois comportent des données"},
		"cmp.reason.no_answered_comments": {En: "no customer comment was answered", Fr: "aucun commentaire client n’a reçu de réponse"},
		"cmp.reason.hidden_unknown":       {En: "the export does not say which comments were hidden", Fr: "l’export n’indique pas quels commentaires ont été masqués"},
		"cmp.reason.no_brand_messages":    {En: "the brand wrote neither posts nor replies", Fr: "la marque n’a écrit ni publication ni réponse"},
		"cmp.reason.no_replies":           {En: "the brand wrote no reply", Fr: "la marque n’a écrit aucune réponse"},
		"cmp.reason.no_impressions":       {En: "the posts with negative feedback have no impressions", Fr: "les publications qui portent des retours négatifs n’ont pas d’impressions"},
		"cmp.reason.no_follow_data":       {En: "the data have no daily follows and unfollows", Fr: "les données ne comportent pas d’abonnements ni de désabonnements quotidiens"},
		"cmp.reason.other":                {En: "the data do not support it", Fr: "les données ne le permettent pas"},

		// The comparison period on the monthly charts and their tables.
		"cmp.series.resp":      {En: "Response rate, %s (%%)", Fr: "Taux de réponse, %s (%%)"},
		"cmp.series.share":     {En: "Broadcast share, %s (%%)", Fr: "Part de diffusion, %s (%%)"},
		"cmp.series.per1000":   {En: "Per 1,000 impressions, %s", Fr: "Pour 1\u202f000 impressions, %s"},
		"cmp.series.follows":   {En: "Follows, %s", Fr: "Abonnements, %s"},
		"cmp.series.unfollows": {En: "Unfollows, %s", Fr: "Désabonnements, %s"},
		"cmp.cell.nm":          {En: "not measurable", Fr: "non mesurable"},
		"cmp.cell.unknown":     {En: "unknown", Fr: "inconnu"},
		"cmp.head.month":       {En: "Month of the %s", Fr: "Mois de la %s"},
		"cmp.caption.nodata": {
			En: "The inputs hold no record for the %s, so it is not drawn.",
			Fr: "Les données ne contiennent aucun enregistrement pour la %s\u00a0: elle n’est pas représentée.",
		},
		"cmp.caption.align": {
			En: "Each month is set against the month in the same position of the %s (%s to %s): first against first, second against second, and so on.",
			Fr: "Chaque mois est mis en regard du mois de même rang de la %s (du %s au %s)\u00a0: le premier avec le premier, le deuxième avec le deuxième, et ainsi de suite.",
		},
		"cmp.caption.extra": {
			En: "The %s has more months than this report (%s against %s): the extra months are not shown.",
			Fr: "La %s compte plus de mois que ce rapport (%s contre %s)\u00a0: les mois en surplus ne sont pas représentés.",
		},
	})
}
