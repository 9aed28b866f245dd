package report

import "github.com/socialaudit/socialaudit/report/internal/locale"

// The sentences that state each chart's point (points.go). French puts the
// change in a participle clause ("a reculé, passant de … à …"), which reads
// unambiguously where "a reculé de X à Y" could be read as "by X".
func init() {
	locale.Register(map[string]locale.Message{
		"word.from-month":        {En: "from %s", Fr: "de %s"},
		"word.from-month-elided": {En: "from %s", Fr: "d’%s"},

		"point.resp-monthly.rose": {
			En: "The response rate rose from %s in %s to %s in %s.",
			Fr: "Le taux de réponse a progressé, passant de %s en %s à %s en %s."},
		"point.resp-monthly.fell": {
			En: "The response rate fell from %s in %s to %s in %s.",
			Fr: "Le taux de réponse a reculé, passant de %s en %s à %s en %s."},
		"point.resp-monthly.flat": {
			En: "The response rate held at %s %s to %s.",
			Fr: "Le taux de réponse est resté stable à %s %s à %s."},
		"point.resp-monthly.one": {
			En: "The response rate was %s in %s.",
			Fr: "Le taux de réponse était de %s en %s."},

		"point.resp-platform.spread": {
			En: "The response rate is highest on %s (%s) and lowest on %s (%s).",
			Fr: "Le taux de réponse est le plus élevé sur %s (%s) et le plus bas sur %s (%s)."},
		"point.resp-platform.same": {
			En: "The response rate is %s on every platform.",
			Fr: "Le taux de réponse est de %s sur toutes les plateformes."},
		"point.resp-platform.one": {
			En: "The response rate on %s is %s.",
			Fr: "Le taux de réponse sur %s est de %s."},

		"point.buckets.within.one": {
			En: "The largest group: %s of %s customer comments got their first answer within %s.",
			Fr: "Le cas le plus fréquent\u00a0: %s commentaire client sur %s a reçu sa première réponse en moins de %s."},
		"point.buckets.within.other": {
			En: "The largest group: %s of %s customer comments got their first answer within %s.",
			Fr: "Le cas le plus fréquent\u00a0: %s commentaires clients sur %s ont reçu leur première réponse en moins de %s."},
		"point.buckets.range.one": {
			En: "The largest group: %s of %s customer comments got their first answer in %s to %s.",
			Fr: "Le cas le plus fréquent\u00a0: %s commentaire client sur %s a reçu sa première réponse dans un délai de %s à %s."},
		"point.buckets.range.other": {
			En: "The largest group: %s of %s customer comments got their first answer in %s to %s.",
			Fr: "Le cas le plus fréquent\u00a0: %s commentaires clients sur %s ont reçu leur première réponse dans un délai de %s à %s."},
		"point.buckets.over.one": {
			En: "The largest group: %s of %s customer comments got their first answer after more than %s.",
			Fr: "Le cas le plus fréquent\u00a0: %s commentaire client sur %s n’a reçu sa première réponse qu’au bout de plus de %s."},
		"point.buckets.over.other": {
			En: "The largest group: %s of %s customer comments got their first answer after more than %s.",
			Fr: "Le cas le plus fréquent\u00a0: %s commentaires clients sur %s n’ont reçu leur première réponse qu’au bout de plus de %s."},
		"point.buckets.unanswered.one": {
			En: "The largest group: %s of %s customer comments is still unanswered after the %s target.",
			Fr: "Le cas le plus fréquent\u00a0: %s commentaire client sur %s est resté sans réponse au-delà du délai cible de %s."},
		"point.buckets.unanswered.other": {
			En: "The largest group: %s of %s customer comments are still unanswered after the %s target.",
			Fr: "Le cas le plus fréquent\u00a0: %s commentaires clients sur %s sont restés sans réponse au-delà du délai cible de %s."},
		"point.buckets.pending.one": {
			En: "The largest group: %s of %s customer comments is pending, younger than %s.",
			Fr: "Le cas le plus fréquent\u00a0: %s commentaire client sur %s est en attente, reçu depuis moins de %s."},
		"point.buckets.pending.other": {
			En: "The largest group: %s of %s customer comments are pending, younger than %s.",
			Fr: "Le cas le plus fréquent\u00a0: %s commentaires clients sur %s sont en attente, reçus depuis moins de %s."},
		"point.buckets.none": {
			En: "There is no customer comment to show.",
			Fr: "Il n’y a aucun commentaire client à présenter."},

		"point.heatmap": {
			En: "The busiest slot for unanswered comments is %s, %s: %s of %s.",
			Fr: "Le créneau qui concentre le plus de commentaires sans réponse est le %s, %s\u00a0: %s sur %s."},
		"point.heatmap.none": {
			En: "No customer comment was left unanswered, at any hour.",
			Fr: "Aucun commentaire client n’est resté sans réponse, quelle que soit l’heure."},

		"point.conv-monthly.rose": {
			En: "The broadcast share rose from %s in %s to %s in %s.",
			Fr: "La part de diffusion a progressé, passant de %s en %s à %s en %s."},
		"point.conv-monthly.fell": {
			En: "The broadcast share fell from %s in %s to %s in %s.",
			Fr: "La part de diffusion a reculé, passant de %s en %s à %s en %s."},
		"point.conv-monthly.flat": {
			En: "The broadcast share held at %s %s to %s.",
			Fr: "La part de diffusion est restée stable à %s %s à %s."},
		"point.conv-monthly.one": {
			En: "The broadcast share was %s in %s.",
			Fr: "La part de diffusion était de %s en %s."},

		"point.conv-platform.spread": {
			En: "The broadcast share is highest on %s (%s) and lowest on %s (%s).",
			Fr: "La part de diffusion est la plus forte sur %s (%s) et la plus faible sur %s (%s)."},
		"point.conv-platform.same": {
			En: "The broadcast share is %s on every platform.",
			Fr: "La part de diffusion est de %s sur toutes les plateformes."},
		"point.conv-platform.one": {
			En: "The broadcast share on %s is %s.",
			Fr: "La part de diffusion sur %s est de %s."},

		"point.fb-monthly-rate.rose": {
			En: "Negative feedback per 1,000 impressions rose from %s in %s to %s in %s.",
			Fr: "Les retours négatifs pour 1\u202f000 impressions ont progressé, passant de %s en %s à %s en %s."},
		"point.fb-monthly-rate.fell": {
			En: "Negative feedback per 1,000 impressions fell from %s in %s to %s in %s.",
			Fr: "Les retours négatifs pour 1\u202f000 impressions ont reculé, passant de %s en %s à %s en %s."},
		"point.fb-monthly-rate.flat": {
			En: "Negative feedback per 1,000 impressions held at %s %s to %s.",
			Fr: "Les retours négatifs pour 1\u202f000 impressions sont restés stables à %s %s à %s."},
		"point.fb-monthly-rate.one": {
			En: "Negative feedback per 1,000 impressions was %s in %s.",
			Fr: "Les retours négatifs pour 1\u202f000 impressions s’élevaient à %s en %s."},
		"point.fb-monthly-count.rose": {
			En: "Post-level negative feedback rose from %s in %s to %s in %s.",
			Fr: "Les retours négatifs sur les publications ont progressé, passant de %s en %s à %s en %s."},
		"point.fb-monthly-count.fell": {
			En: "Post-level negative feedback fell from %s in %s to %s in %s.",
			Fr: "Les retours négatifs sur les publications ont reculé, passant de %s en %s à %s en %s."},
		"point.fb-monthly-count.flat": {
			En: "Post-level negative feedback held at %s %s to %s.",
			Fr: "Les retours négatifs sur les publications sont restés stables à %s %s à %s."},
		"point.fb-monthly-count.one": {
			En: "Post-level negative feedback was %s in %s.",
			Fr: "Les retours négatifs sur les publications s’élevaient à %s en %s."},

		"point.fb-platform.spread": {
			En: "Negative feedback per 1,000 impressions is highest on %s (%s) and lowest on %s (%s).",
			Fr: "Les retours négatifs pour 1\u202f000 impressions sont les plus fréquents sur %s (%s) et les plus rares sur %s (%s)."},
		"point.fb-platform.same": {
			En: "Negative feedback per 1,000 impressions is %s on every platform.",
			Fr: "Les retours négatifs pour 1\u202f000 impressions s’établissent à %s sur toutes les plateformes."},
		"point.fb-platform.one": {
			En: "Negative feedback per 1,000 impressions on %s is %s.",
			Fr: "Sur %s, les retours négatifs pour 1\u202f000 impressions s’établissent à %s."},

		"point.follows": {
			En: "Over the period, %s against %s: a net change of %s.",
			Fr: "Sur la période, %s pour %s, soit un solde net de %s."},
		"point.follows.no-unfollows": {
			En: "Over the period, %s; the data has no unfollows.",
			Fr: "Sur la période, %s\u00a0; les données ne comportent pas de désabonnements."},
		"point.follows.no-follows": {
			En: "Over the period, %s; the data has no follows.",
			Fr: "Sur la période, %s\u00a0; les données ne comportent pas d’abonnements."},
		"point.follows.n.one":     {En: "%s follow", Fr: "%s abonnement"},
		"point.follows.n.other":   {En: "%s follows", Fr: "%s abonnements"},
		"point.unfollows.n.one":   {En: "%s unfollow", Fr: "%s désabonnement"},
		"point.unfollows.n.other": {En: "%s unfollows", Fr: "%s désabonnements"},
	})
}
