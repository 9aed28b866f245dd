package report

import "github.com/socialaudit/socialaudit/report/internal/locale"

// The words of the responsiveness page's diagnostics (diag_answers.go):
// canned replies, crises, the most active members, who answers. French
// follows messages_pages.go: a no-break space before : ; ? !, the
// typographic apostrophe, "aucun" rather than a zero, the singular for
// one (and zero, by the French plural rule).
func init() {
	locale.Register(map[string]locale.Message{
		// Canned replies.
		"diag.canned.heading": {En: "Personal or pasted answers?", Fr: "Réponses personnelles ou copiées-collées\u00a0?"},
		"diag.canned.rule": {
			En: "A reply counts as a copy when its text, once normalised (case, spacing, links, names, numbers and signatures masked), is written at least %s times in the period, on any platform; every copy counts, the first included.",
			Fr: "Une réponse compte comme une copie lorsque son texte, une fois normalisé (casse, espaces, liens, noms, nombres et signatures masqués), est écrit au moins %s fois pendant la période, toutes plateformes confondues\u00a0; chaque exemplaire compte, le premier compris."},
		"diag.canned.headline.one": {
			En: "%s of %s reply (%s) is a copy.",
			Fr: "%s réponse sur %s (%s) est une copie."},
		"diag.canned.headline.other": {
			En: "%s of %s replies (%s) are copies.",
			Fr: "%s réponses sur %s (%s) sont des copies."},
		"diag.canned.texts.one": {
			En: "They repeat %s text.",
			Fr: "Elles reprennent %s seul texte."},
		"diag.canned.texts.other": {
			En: "They repeat %s different texts.",
			Fr: "Elles reprennent %s textes différents."},
		"diag.canned.none.one": {
			En: "%s reply has a text, and no text was written %s times or more: none is a copy.",
			Fr: "%s réponse comporte un texte, et aucun texte n’a été écrit %s fois ou plus\u00a0: aucune copie."},
		"diag.canned.none.other": {
			En: "None of the %s replies with a text is a copy: no text was written %s times or more.",
			Fr: "Aucune des %s réponses avec un texte n’est une copie\u00a0: aucun texte n’a été écrit %s fois ou plus."},
		"diag.canned.no-text.one": {
			En: "%s reply has no text and is left out.",
			Fr: "%s réponse sans texte est écartée."},
		"diag.canned.no-text.other": {
			En: "%s replies have no text and are left out.",
			Fr: "%s réponses sans texte sont écartées."},
		"diag.canned.top.caption.one": {
			En: "The repeated text (%s shown of %s)",
			Fr: "Le texte répété (%s affiché sur %s)"},
		"diag.canned.top.caption.other": {
			En: "The most repeated texts (%s shown of %s in all)",
			Fr: "Les textes les plus répétés (%s affichés sur %s au total)"},
		"diag.canned.col.example":      {En: "Reply, as first written", Fr: "Réponse, telle qu’écrite la première fois"},
		"diag.canned.col.copies":       {En: "Copies", Fr: "Exemplaires"},
		"diag.canned.col.first":        {En: "First copy", Fr: "Premier exemplaire"},
		"diag.canned.col.last":         {En: "Last copy", Fr: "Dernier exemplaire"},
		"diag.canned.col.with-text":    {En: "Replies with a text", Fr: "Réponses avec texte"},
		"diag.canned.col.canned":       {En: "Copied replies", Fr: "Réponses copiées"},
		"diag.canned.col.share":        {En: "Share of copies", Fr: "Part de copies"},
		"diag.canned.platform.caption": {En: "Copies by platform", Fr: "Copies par plateforme"},

		// Crises.
		"diag.crises.heading": {En: "Days of crisis", Fr: "Jours de crise"},
		"diag.crises.rule": {
			En: "A day is a crisis day when it stands far above a usual day: above the median day plus %s times the median absolute deviation (MAD) from it, and at least a minimum count. Consecutive crisis days form one crisis.",
			Fr: "Un jour est un jour de crise lorsqu’il dépasse de loin un jour habituel\u00a0: au-delà du jour médian plus %s fois l’écart absolu médian (MAD), et au moins un nombre minimum. Des jours de crise consécutifs forment une seule crise."},
		"diag.crises.comments.threshold": {
			En: "Customer comments: a usual day has %[2]s and the MAD is %[4]s, so a crisis day has more than %[1]s (%[2]s + %[3]s × %[4]s) and at least %[5]s, over %[6]s.",
			Fr: "Commentaires clients\u00a0: un jour habituel en compte %[2]s et le MAD est de %[4]s\u00a0; un jour de crise en compte donc plus de %[1]s (%[2]s + %[3]s × %[4]s) et au moins %[5]s, sur %[6]s."},
		"diag.crises.feedback.threshold": {
			En: "Negative feedback of the page (hides, hide-all, spam reports and unfollows): a usual day has %[2]s and the MAD is %[4]s, so a crisis day has more than %[1]s (%[2]s + %[3]s × %[4]s) and at least %[5]s, over %[6]s with this figure.",
			Fr: "Retours négatifs de la page (masquages, masquages de tout, signalements comme spam et désabonnements)\u00a0: un jour habituel en compte %[2]s et le MAD est de %[4]s\u00a0; un jour de crise en compte donc plus de %[1]s (%[2]s + %[3]s × %[4]s) et au moins %[5]s, sur %[6]s avec ce chiffre."},
		"diag.crises.n-days.one":   {En: "%s day", Fr: "%s jour"},
		"diag.crises.n-days.other": {En: "%s days", Fr: "%s jours"},
		"diag.crises.comments.nm": {
			En: "Customer comments per day are not measurable: %s",
			Fr: "Les commentaires clients par jour ne sont pas mesurables\u00a0: %s"},
		"diag.crises.feedback.nm": {
			En: "Negative feedback per day is not measurable: %s",
			Fr: "Les retours négatifs par jour ne sont pas mesurables\u00a0: %s"},
		"diag.crises.too-few-days.one": {
			En: "The series has %s day, and %s are needed to say what a usual day is.",
			Fr: "La série compte %s jour, et il en faut %s pour dire ce qu’est un jour habituel."},
		"diag.crises.too-few-days.other": {
			En: "The series has %s days, and %s are needed to say what a usual day is.",
			Fr: "La série compte %s jours, et il en faut %s pour dire ce qu’est un jour habituel."},
		"diag.crises.count.none": {
			En: "No day of the period stood out: no crisis.",
			Fr: "Aucun jour de la période ne sort du lot\u00a0: aucune crise."},
		"diag.crises.count.one":   {En: "%s crisis in the period.", Fr: "%s crise pendant la période."},
		"diag.crises.count.other": {En: "%s crises in the period.", Fr: "%s crises pendant la période."},
		"diag.crises.ooh.none": {
			En: "None started on a weekend or outside business hours (%s).",
			Fr: "Aucune n’a commencé un week-end ou en dehors des heures ouvrées (%s)."},
		"diag.crises.ooh.one": {
			En: "%s started on a weekend or outside business hours (%s).",
			Fr: "%s a commencé un week-end ou en dehors des heures ouvrées (%s)."},
		"diag.crises.ooh.other": {
			En: "%s started on a weekend or outside business hours (%s).",
			Fr: "%s ont commencé un week-end ou en dehors des heures ouvrées (%s)."},
		"diag.crises.start-unknown.one": {
			En: "For %s crisis, the hour it started is unknown.",
			Fr: "Pour %s crise, l’heure de début est inconnue."},
		"diag.crises.start-unknown.other": {
			En: "For %s crises, the hour they started is unknown.",
			Fr: "Pour %s crises, l’heure de début est inconnue."},
		"diag.crises.comments.title": {En: "Customer comments per day", Fr: "Commentaires clients par jour"},
		"diag.crises.feedback.title": {En: "Negative feedback of the page per day", Fr: "Retours négatifs de la page par jour"},
		"diag.crises.comments.axis":  {En: "customer comments", Fr: "commentaires clients"},
		"diag.crises.feedback.axis":  {En: "negative actions", Fr: "actions négatives"},
		"diag.crises.series.usual":   {En: "Usual day", Fr: "Jour habituel"},
		"diag.crises.series.crisis":  {En: "Crisis day", Fr: "Jour de crise"},
		"diag.crises.series.threshold": {
			En: "threshold: %s",
			Fr: "seuil\u00a0: %s"},
		"diag.crises.comments.n.one":   {En: "%s customer comment", Fr: "%s commentaire client"},
		"diag.crises.comments.n.other": {En: "%s customer comments", Fr: "%s commentaires clients"},
		"diag.crises.feedback.n.one":   {En: "%s negative action", Fr: "%s action négative"},
		"diag.crises.feedback.n.other": {En: "%s negative actions", Fr: "%s actions négatives"},
		"diag.crises.point.calm": {
			En: "The busiest day, %s, had %s against a usual %s; no day was above the threshold of %s.",
			Fr: "Le jour le plus chargé, le %s, a compté %s contre %s un jour habituel\u00a0; aucun jour n’a dépassé le seuil de %s."},
		"diag.crises.point.one": {
			En: "The busiest day, %s, had %s against a usual %s; %s day was above the threshold of %s.",
			Fr: "Le jour le plus chargé, le %s, a compté %s contre %s un jour habituel\u00a0; %s jour a dépassé le seuil de %s."},
		"diag.crises.point.other": {
			En: "The busiest day, %s, had %s against a usual %s; %s days were above the threshold of %s.",
			Fr: "Le jour le plus chargé, le %s, a compté %s contre %s un jour habituel\u00a0; %s jours ont dépassé le seuil de %s."},
		"diag.crises.list.none": {En: "No crisis in the period", Fr: "Aucune crise pendant la période"},
		"diag.crises.list.caption.one": {
			En: "%s crisis of the period",
			Fr: "%s crise de la période"},
		"diag.crises.list.caption.other": {
			En: "%s crises of the period, in time order",
			Fr: "%s crises de la période, dans l’ordre chronologique"},
		"diag.crises.col.first":        {En: "First day", Fr: "Premier jour"},
		"diag.crises.col.day":          {En: "Day", Fr: "Date"},
		"diag.crises.col.flagged":      {En: "Flagged by", Fr: "Signalée par"},
		"diag.crises.col.peak":         {En: "Most in a day", Fr: "Maximum sur un jour"},
		"diag.crises.col.feedback":     {En: "Negative feedback", Fr: "Retours négatifs"},
		"diag.crises.col.start":        {En: "Started", Fr: "Début"},
		"diag.crises.col.out-of-hours": {En: "Out of hours", Fr: "Hors heures ouvrées"},
		"diag.crises.by.comments":      {En: "customer comments", Fr: "commentaires clients"},
		"diag.crises.by.feedback":      {En: "negative feedback", Fr: "retours négatifs"},
		"diag.crises.by.both":          {En: "comments and feedback", Fr: "commentaires et retours négatifs"},
		"diag.crises.hour-unknown":     {En: "hour unknown", Fr: "heure inconnue"},
		"diag.crises.yes":              {En: "Yes", Fr: "Oui"},
		"diag.crises.no":               {En: "No", Fr: "Non"},
		"diag.crises.feedback.caption.one": {
			En: "%s day above the threshold of %s actions",
			Fr: "%s jour au-dessus du seuil de %s actions"},
		"diag.crises.feedback.caption.other": {
			En: "%s days above the threshold of %s actions",
			Fr: "%s jours au-dessus du seuil de %s actions"},
		"diag.crises.feedback.caption.none": {
			En: "No day above the threshold of %s actions; the busiest day:",
			Fr: "Aucun jour au-dessus du seuil de %s actions\u00a0; le jour le plus chargé\u00a0:"},
		"diag.crises.compare.caption": {
			En: "Answers on crisis days and on the other days",
			Fr: "Réponses les jours de crise et les autres jours"},
		"diag.crises.compare.crisis.one":   {En: "Crisis days (%s)", Fr: "Jour de crise (%s)"},
		"diag.crises.compare.crisis.other": {En: "Crisis days (%s)", Fr: "Jours de crise (%s)"},
		"diag.crises.compare.normal":       {En: "Other days", Fr: "Autres jours"},

		// Most active members.
		"diag.members.heading": {En: "The community's most active members", Fr: "Les membres les plus actifs de la communauté"},
		"diag.members.rule": {
			En: "A customer is the author of customer comments, known on each platform by id or, without one, by name; a regular wrote at least %s in the period; a regular is never answered when none of their comments got an answer and at least one waited more than %s without one.",
			Fr: "Un client est l’auteur de commentaires clients, reconnu sur chaque plateforme par son identifiant ou, à défaut, par son nom\u00a0; un habitué a écrit au moins %s pendant la période\u00a0; un habitué n’a jamais eu de réponse lorsqu’aucun de ses commentaires n’en a reçu et qu’au moins un a attendu plus de %s sans réponse."},
		"diag.members.n-comments.one":   {En: "%s comment", Fr: "%s commentaire"},
		"diag.members.n-comments.other": {En: "%s comments", Fr: "%s commentaires"},
		"diag.members.customers.one": {
			En: "%s customer commented in the period.",
			Fr: "%s client a commenté pendant la période."},
		"diag.members.customers.other": {
			En: "%s customers commented in the period.",
			Fr: "%s clients ont commenté pendant la période."},
		"diag.members.regulars.one": {
			En: "%s of them is a regular (at least %s).",
			Fr: "%s d’entre eux est un habitué (au moins %s)."},
		"diag.members.regulars.other": {
			En: "%s of them are regulars (at least %s).",
			Fr: "%s d’entre eux sont des habitués (au moins %s)."},
		"diag.members.regulars.none": {
			En: "None is a regular (at least %s).",
			Fr: "Aucun n’est un habitué (au moins %s)."},
		"diag.members.answers.nm": {
			En: "Whether the brand answered them is not measurable: %s",
			Fr: "Savoir si la marque leur a répondu n’est pas mesurable\u00a0: %s"},
		"diag.members.never.none": {
			En: "Every regular got at least one answer.",
			Fr: "Chaque habitué a reçu au moins une réponse."},
		"diag.members.never.one": {
			En: "%s regular never got an answer.",
			Fr: "%s habitué n’a jamais reçu de réponse."},
		"diag.members.never.other": {
			En: "%s regulars never got an answer.",
			Fr: "%s habitués n’ont jamais reçu de réponse."},
		"diag.members.anonymous.one": {
			En: "%s customer comment names no author and is left out.",
			Fr: "%s commentaire client n’indique pas son auteur et est écarté."},
		"diag.members.anonymous.other": {
			En: "%s customer comments name no author and are left out.",
			Fr: "%s commentaires clients n’indiquent pas leur auteur et sont écartés."},
		"diag.members.top.caption.one": {
			En: "The most active customer (%s of %s in all)",
			Fr: "Le client le plus actif (%s sur %s au total)"},
		"diag.members.top.caption.other": {
			En: "The %s most active customers, of %s in all",
			Fr: "Les %s clients les plus actifs, sur %s au total"},
		"diag.members.never.caption.one": {
			En: "The regular never answered (%s of %s in all)",
			Fr: "L’habitué sans réponse (%s sur %s au total)"},
		"diag.members.never.caption.other": {
			En: "The %s most active regulars never answered, of %s in all",
			Fr: "Les %s habitués sans réponse les plus actifs, sur %s au total"},
		"diag.members.col.customer": {En: "Customer", Fr: "Client"},
		"diag.members.col.first":    {En: "First comment", Fr: "Premier commentaire"},
		"diag.members.col.last":     {En: "Last comment", Fr: "Dernier commentaire"},

		// Who answers.
		"diag.agents.heading": {En: "Who answers", Fr: "Qui répond"},
		"diag.agents.how": {
			En: "An agent is the person who wrote a brand reply, where the export says so: the socialaudit CSV format and the mapping files take an agent column for it.",
			Fr: "L’agent est la personne qui a écrit une réponse de la marque, lorsque l’export l’indique\u00a0: le format CSV de socialaudit et les fichiers de correspondance acceptent pour cela une colonne agent."},
		"diag.agents.intro.one": {
			En: "%s of %s brand replies (%s) names the agent who wrote it.",
			Fr: "%s réponse de la marque sur %s (%s) indique l’agent qui l’a écrite."},
		"diag.agents.intro.other": {
			En: "%s of %s brand replies (%s) name the agent who wrote them.",
			Fr: "%s réponses de la marque sur %s (%s) indiquent l’agent qui les a écrites."},
		"diag.agents.rule": {
			En: "Agents are grouped whatever the case of their name; an agent's first responses are the customer comments whose first answer they wrote, and their median is over those.",
			Fr: "Les agents sont regroupés sans tenir compte des majuscules\u00a0; les premières réponses d’un agent sont les commentaires clients dont il a écrit la première réponse, et sa médiane porte sur celles-ci."},
		"diag.agents.caption.one": {
			En: "%s agent, most replies first",
			Fr: "%s agent, par nombre de réponses"},
		"diag.agents.caption.other": {
			En: "%s agents, most replies first",
			Fr: "%s agents, par nombre de réponses décroissant"},
		"diag.agents.caption.capped.one": {
			En: "The %s agents with the most replies (%s in all)",
			Fr: "Les %s agents qui répondent le plus (%s au total)"},
		"diag.agents.caption.capped.other": {
			En: "The %s agents with the most replies, of %s in all",
			Fr: "Les %s agents qui répondent le plus, sur %s au total"},
		"diag.agents.all.one":    {En: "The %s agent", Fr: "L’agent (%s)"},
		"diag.agents.all.other":  {En: "All %s agents", Fr: "Les %s agents"},
		"diag.members.all.one":   {En: "The %s customer", Fr: "Le client (%s)"},
		"diag.members.all.other": {En: "All %s customers", Fr: "Les %s clients"},
		"diag.members.never.all.one": {
			En: "The %s regular never answered (never_answered column)",
			Fr: "L’habitué sans réponse (%s ; colonne never_answered)"},
		"diag.members.never.all.other": {
			En: "All %s regulars never answered (never_answered column)",
			Fr: "Les %s habitués sans réponse (colonne never_answered)"},
		"diag.agents.col.agent":   {En: "Agent", Fr: "Agent"},
		"diag.agents.col.replies": {En: "Replies", Fr: "Réponses"},
		"diag.agents.col.share":   {En: "Share of named replies", Fr: "Part des réponses signées"},
		"diag.agents.col.firsts":  {En: "First responses", Fr: "Premières réponses"},
		"diag.agents.unnamed":     {En: "No agent named", Fr: "Sans agent indiqué"},
	})
}
