package report

import "github.com/socialaudit/socialaudit/report/internal/locale"

// The words of the habits diagnostics (diag_habits.go): campaigns and
// silences, clicks against conversations, concentration on one platform
// (conversation page), posting against negative feedback (feedback page).
func init() {
	locale.Register(map[string]locale.Message{
		// Counts and weeks shared by the sections.
		"diag.cadence.posts.none":   {En: "no post", Fr: "aucune publication"},
		"diag.cadence.posts.one":    {En: "%s post", Fr: "%s publication"},
		"diag.cadence.posts.other":  {En: "%s posts", Fr: "%s publications"},
		"diag.cadence.weeks.none":   {En: "no week", Fr: "aucune semaine"},
		"diag.cadence.weeks.one":    {En: "%s week", Fr: "%s semaine"},
		"diag.cadence.weeks.other":  {En: "%s weeks", Fr: "%s semaines"},
		"diag.cadence.week":         {En: "%s (from %s)", Fr: "%s (à partir du %s)"},
		"diag.cadence.week.partial": {En: "%s (from %s, partial week)", Fr: "%s (à partir du %s, semaine incomplète)"},
		"diag.cadence.col.week":     {En: "Week", Fr: "Semaine"},
		"diag.cadence.axis.posts":   {En: "posts", Fr: "publications"},
		"diag.cadence.heading":      {En: "Campaigns and silences", Fr: "Campagnes et silences"},
		"diag.cadence.chart.title":  {En: "Posts per week on %s", Fr: "Publications par semaine sur %s"},
		"diag.cadence.col.kind":     {En: "Kind of week", Fr: "Type de semaine"},
		"diag.cadence.kind.burst":   {En: "Burst", Fr: "Pic"},
		"diag.cadence.kind.silence": {En: "Silence after a campaign", Fr: "Silence après une campagne"},
		"diag.cadence.series.usual": {En: "Posts", Fr: "Publications"},
		"diag.cadence.series.burst": {En: "Posts in burst weeks", Fr: "Publications des semaines de pic"},
		"diag.cadence.series.threshold": {
			En: "Burst threshold", Fr: "Seuil de pic"},

		// Campaigns and silences.
		"diag.cadence.intro.rule": {
			En: "Posts (not replies) are counted per platform and per ISO week, Monday to Sunday. A platform's usual level is the median of its posts per full week; a week is a burst when it has at least %s and at least %s times the usual level (rounded up). Consecutive burst weeks form a campaign.",
			Fr: "Les publications (hors réponses) sont comptées par plateforme et par semaine ISO, du lundi au dimanche. Le niveau habituel d’une plateforme est la médiane de ses publications par semaine complète\u00a0; une semaine est un pic lorsqu’elle compte au moins %s et au moins %s fois le niveau habituel (arrondi au supérieur). Des semaines de pic consécutives forment une campagne."},
		"diag.cadence.intro.silence.one": {
			En: "A campaign is followed by silence when at least %s full week without a post comes right after it.",
			Fr: "Une campagne est suivie d’un silence lorsqu’au moins %s semaine complète sans publication vient juste après elle."},
		"diag.cadence.intro.silence.other": {
			En: "A campaign is followed by silence when at least %s full weeks without a post come right after it.",
			Fr: "Une campagne est suivie d’un silence lorsqu’au moins %s semaines complètes sans publication viennent juste après elle."},
		"diag.cadence.intro.min-weeks.one": {
			En: "A platform needs %s full week for its usual level to be known.",
			Fr: "Il faut %s semaine complète pour connaître le niveau habituel d’une plateforme."},
		"diag.cadence.intro.min-weeks.other": {
			En: "A platform needs %s full weeks for its usual level to be known.",
			Fr: "Il faut %s semaines complètes pour connaître le niveau habituel d’une plateforme."},
		"diag.cadence.totals.none": {
			En: "No week of the period was a burst.",
			Fr: "Aucune semaine de la période n’a été un pic."},
		"diag.cadence.totals.no-silence.one": {
			En: "Over the period: %s campaign, not followed by silence.",
			Fr: "Sur la période\u00a0: %s campagne, qui n’a pas été suivie d’un silence."},
		"diag.cadence.totals.no-silence.other": {
			En: "Over the period: %s campaigns, none followed by silence.",
			Fr: "Sur la période\u00a0: %s campagnes, dont aucune n’a été suivie d’un silence."},
		"diag.cadence.totals.single-silenced": {
			En: "Over the period: %s campaign, followed by silence.",
			Fr: "Sur la période\u00a0: %s campagne, suivie d’un silence."},
		"diag.cadence.totals.silenced.one": {
			En: "Over the period: %s campaigns, of which %s was followed by silence.",
			Fr: "Sur la période\u00a0: %s campagnes, dont %s suivie d’un silence."},
		"diag.cadence.totals.silenced.other": {
			En: "Over the period: %s campaigns, of which %s were followed by silence.",
			Fr: "Sur la période\u00a0: %s campagnes, dont %s suivies d’un silence."},
		"diag.cadence.too-few.none": {
			En: "The period has no full week; at least %s are needed.",
			Fr: "La période ne compte aucune semaine complète\u00a0; il en faut au moins %s."},
		"diag.cadence.too-few.one": {
			En: "%s full week, at least %s needed.",
			Fr: "%s semaine complète, il en faut au moins %s."},
		"diag.cadence.too-few.other": {
			En: "%s full weeks, at least %s needed.",
			Fr: "%s semaines complètes, il en faut au moins %s."},
		"diag.cadence.levels.caption": {
			En: "Usual level and campaigns by platform", Fr: "Niveau habituel et campagnes par plateforme"},
		"diag.cadence.col.full-weeks": {En: "Full weeks", Fr: "Semaines complètes"},
		"diag.cadence.col.median": {
			En: "Usual posts per week (median)", Fr: "Publications habituelles par semaine (médiane)"},
		"diag.cadence.col.threshold": {En: "Burst from (posts)", Fr: "Pic à partir de (publications)"},
		"diag.cadence.col.campaigns": {En: "Campaigns", Fr: "Campagnes"},
		"diag.cadence.col.silenced":  {En: "Followed by silence", Fr: "Suivies d’un silence"},
		"diag.cadence.campaigns.caption.one": {
			En: "The campaign (%s)", Fr: "La campagne (%s)"},
		"diag.cadence.campaigns.caption.other": {
			En: "The campaigns (%s in all)", Fr: "Les campagnes (%s en tout)"},
		"diag.cadence.col.first":   {En: "First week", Fr: "Première semaine"},
		"diag.cadence.col.last":    {En: "Last week", Fr: "Dernière semaine"},
		"diag.cadence.col.weeks":   {En: "Weeks", Fr: "Semaines"},
		"diag.cadence.col.silence": {En: "Weeks of silence after", Fr: "Semaines de silence ensuite"},
		"diag.cadence.never-resumed": {
			En: "%s (never resumed)", Fr: "%s (jamais de reprise)"},
		"diag.cadence.windows.caption.one": {
			En: "Customer comments and answers during the campaigns, in the %s full week after each, and in the other full weeks",
			Fr: "Commentaires clients et réponses pendant les campagnes, pendant %s semaine complète après chacune, et pendant les autres semaines complètes"},
		"diag.cadence.windows.caption.other": {
			En: "Customer comments and answers during the campaigns, in the %s full weeks after each, and in the other full weeks",
			Fr: "Commentaires clients et réponses pendant les campagnes, pendant %s semaines complètes après chacune, et pendant les autres semaines complètes"},
		"diag.cadence.col.window":         {En: "Weeks compared", Fr: "Semaines comparées"},
		"diag.cadence.col.per-week":       {En: "Customer comments per week", Fr: "Commentaires clients par semaine"},
		"diag.cadence.window.during":      {En: "During campaigns", Fr: "Pendant les campagnes"},
		"diag.cadence.window.after.one":   {En: "%s week after", Fr: "%s semaine après"},
		"diag.cadence.window.after.other": {En: "%s weeks after", Fr: "%s semaines après"},
		"diag.cadence.window.other":       {En: "Other weeks", Fr: "Autres semaines"},
		"diag.cadence.point.none": {
			En: "On %s, no week reached the burst level of %s (usual week: %s).",
			Fr: "Sur %s, aucune semaine n’a atteint le seuil de pic de %s (semaine habituelle\u00a0: %s)."},
		"diag.cadence.point.one": {
			En: "On %s, %s campaign of weeks with at least %s (usual week: %s).",
			Fr: "Sur %s, %s campagne de semaines d’au moins %s (semaine habituelle\u00a0: %s)."},
		"diag.cadence.point.other": {
			En: "On %s, %s campaigns of weeks with at least %s (usual week: %s).",
			Fr: "Sur %s, %s campagnes de semaines d’au moins %s (semaine habituelle\u00a0: %s)."},
		"diag.cadence.point.single-silenced": {
			En: "It was followed by silence.", Fr: "Elle a été suivie d’un silence."},
		"diag.cadence.point.single-not-silenced": {
			En: "It was not followed by silence.", Fr: "Elle n’a pas été suivie d’un silence."},
		"diag.cadence.point.no-silence": {
			En: "None was followed by silence.", Fr: "Aucune n’a été suivie d’un silence."},
		"diag.cadence.point.silenced.one": {
			En: "%s was followed by silence.", Fr: "%s a été suivie d’un silence."},
		"diag.cadence.point.silenced.other": {
			En: "%s were followed by silence.", Fr: "%s ont été suivies d’un silence."},
		"diag.cadence.point.never-resumed.one": {
			En: "Posting never resumed after it.",
			Fr: "Les publications n’ont jamais repris ensuite."},
		"diag.cadence.point.never-resumed.other": {
			En: "After the last one, posting never resumed.",
			Fr: "Après la dernière, les publications n’ont jamais repris."},

		// Clicks against conversations.
		"diag.clicks.heading": {En: "Clicks or conversations?", Fr: "Des clics ou des conversations\u00a0?"},
		"diag.clicks.intro": {
			En: "Each post (not a reply) with a click count is set against the conversation it started: its comments plus its shares.",
			Fr: "Chaque publication (hors réponses) qui indique son nombre de clics est rapprochée de la conversation qu’elle a suscitée\u00a0: ses commentaires plus ses partages."},
		"diag.clicks.intro.rule": {
			En: "Among these posts, percentile %s of clicks is %s and percentile %s is %s; of conversation, %s and %s. A post is click-only when its clicks reach the high mark while its conversation stays at or below the low one; it starts a conversation when its conversation reaches the high mark.",
			Fr: "Parmi ces publications, le centile %s des clics vaut %s et le centile %s vaut %s\u00a0; pour la conversation, %s et %s. Une publication n’attire que des clics lorsque ses clics atteignent le seuil haut alors que sa conversation reste au seuil bas ou en dessous\u00a0; elle lance la conversation lorsque sa conversation atteint le seuil haut."},
		"diag.clicks.intro.totals.one": {
			En: "Conversations per 100 clicks over the %s post with clicks: %s.",
			Fr: "Conversations pour 100 clics, sur %s publication avec clics\u00a0: %s."},
		"diag.clicks.intro.totals.other": {
			En: "Conversations per 100 clicks over the %s posts with clicks: %s.",
			Fr: "Conversations pour 100 clics, sur %s publications avec clics\u00a0: %s."},
		"diag.clicks.too-few.one": {
			En: "%s post carries clicks, at least %s needed.",
			Fr: "%s publication comporte des clics, il en faut au moins %s."},
		"diag.clicks.too-few.other": {
			En: "%s posts carry clicks, at least %s needed.",
			Fr: "%s publications comportent des clics, il en faut au moins %s."},
		"diag.clicks.chart.title": {En: "Clicks and conversation of each post", Fr: "Clics et conversation de chaque publication"},
		"diag.clicks.types.caption": {
			En: "Clicks and conversation by type of post", Fr: "Clics et conversation par type de publication"},
		"diag.clicks.col.median-clicks":       {En: "Median clicks", Fr: "Clics (médiane)"},
		"diag.clicks.col.median-conversation": {En: "Median conversation", Fr: "Conversation (médiane)"},
		"diag.clicks.col.per-100":             {En: "Conversations per 100 clicks", Fr: "Conversations pour 100 clics"},
		"diag.clicks.col.click-only":          {En: "Click-only", Fr: "Clics sans conversation"},
		"diag.clicks.col.starters":            {En: "Conversation starters", Fr: "Lancent la conversation"},
		"diag.clicks.col.clicks":              {En: "Clicks", Fr: "Clics"},
		"diag.clicks.col.shares":              {En: "Shares", Fr: "Partages"},
		"diag.clicks.col.brand-comments":      {En: "Brand comments in the data", Fr: "Commentaires de la marque dans les données"},
		"diag.clicks.col.customer-comments":   {En: "Customer comments in the data", Fr: "Commentaires clients dans les données"},
		"diag.clicks.type-unknown":            {En: "(not given)", Fr: "(non indiqué)"},
		"diag.clicks.axis.clicks":             {En: "clicks", Fr: "clics"},
		"diag.clicks.axis.conversation":       {En: "comments + shares", Fr: "commentaires + partages"},
		"diag.clicks.series.other":            {En: "Other posts", Fr: "Autres publications"},
		"diag.clicks.series.click-only":       {En: "Click-only posts", Fr: "Publications à clics sans conversation"},
		"diag.clicks.series.starters":         {En: "Posts that started a conversation", Fr: "Publications qui lancent la conversation"},
		"diag.clicks.rule.clicks-high":        {En: "high clicks: %s", Fr: "clics élevés\u00a0: %s"},
		"diag.clicks.rule.conversation-low":   {En: "low conversation: %s", Fr: "conversation faible\u00a0: %s"},
		"diag.clicks.rule.conversation-high":  {En: "high conversation: %s", Fr: "conversation forte\u00a0: %s"},
		"diag.clicks.point.click-only.none": {
			En: "None of the %s posts drew many clicks with little conversation.",
			Fr: "Aucune des %s publications n’a attiré beaucoup de clics avec peu de conversation."},
		"diag.clicks.point.click-only.one": {
			En: "%s of the %s posts drew many clicks but little conversation.",
			Fr: "%s publication sur %s a attiré beaucoup de clics mais peu de conversation."},
		"diag.clicks.point.click-only.other": {
			En: "%s of the %s posts drew many clicks but little conversation.",
			Fr: "%s publications sur %s ont attiré beaucoup de clics mais peu de conversation."},
		"diag.clicks.point.starters.none": {
			En: "None started a lively conversation.", Fr: "Aucune n’a lancé de conversation nourrie."},
		"diag.clicks.point.starters.one": {
			En: "%s started a lively conversation.", Fr: "%s a lancé une conversation nourrie."},
		"diag.clicks.point.starters.other": {
			En: "%s started a lively conversation.", Fr: "%s ont lancé une conversation nourrie."},
		"diag.clicks.top-click-only.caption.one": {
			En: "Click-only posts, most clicks first: %s of %s",
			Fr: "Publications à clics sans conversation, les plus cliquées d’abord\u00a0: %s sur %s"},
		"diag.clicks.top-click-only.caption.other": {
			En: "Click-only posts, most clicks first: %s of %s",
			Fr: "Publications à clics sans conversation, les plus cliquées d’abord\u00a0: %s sur %s"},
		"diag.clicks.top-starters.caption.one": {
			En: "Posts that started a conversation, most conversation first: %s of %s",
			Fr: "Publications qui lancent la conversation, les plus commentées et partagées d’abord\u00a0: %s sur %s"},
		"diag.clicks.top-starters.caption.other": {
			En: "Posts that started a conversation, most conversation first: %s of %s",
			Fr: "Publications qui lancent la conversation, les plus commentées et partagées d’abord\u00a0: %s sur %s"},
		"diag.clicks.all.one":    {En: "The %s post counted, with its figures", Fr: "La publication comptée (%s), avec ses chiffres"},
		"diag.clicks.all.other":  {En: "All %s posts counted, with their figures", Fr: "Les %s publications comptées, avec leurs chiffres"},
		"diag.clicks.cell.one":   {En: "%s post", Fr: "%s publication"},
		"diag.clicks.cell.other": {En: "%s posts", Fr: "%s publications"},
		"diag.clicks.grouped": {
			En: "With this many posts, the chart groups them on a grid of %[1]s by %[1]s cells: a point stands for the posts of one cell, at their average, and is larger the more posts it holds.",
			Fr: "Vu le nombre de publications, le graphique les regroupe sur une grille de %[1]s cases sur %[1]s\u00a0: un point représente les publications d’une case, à leur moyenne, et grossit avec leur nombre."},

		// Concentration.
		"diag.conc.heading": {En: "Eggs in one basket", Fr: "Tous les œufs dans le même panier"},
		"diag.conc.intro": {
			En: "Each platform's share of the brand's audience, engagement (reactions, comments and shares of the period's posts) and conversations (customer comments of the period). The concentration index (HHI) is the sum of the squared shares.",
			Fr: "La part de chaque plateforme dans l’audience de la marque, son engagement (réactions, commentaires et partages des publications de la période) et ses conversations (commentaires clients de la période). L’indice de concentration (HHI) est la somme des carrés des parts."},
		"diag.conc.intro.hhi": {
			En: "It is 1 when everything is on one platform and %s when the %s platforms weigh the same.",
			Fr: "Il vaut 1 lorsque tout repose sur une plateforme et %s lorsque les %s plateformes pèsent autant."},
		"diag.conc.intro.hhi-one": {
			En: "With a single platform, it is 1.", Fr: "Avec une seule plateforme, il vaut 1."},
		"diag.conc.intro.audience-followers": {
			En: "Audience is the followers: each account's latest count in the period.",
			Fr: "L’audience est le nombre d’abonnés\u00a0: le dernier relevé de la période pour chaque compte."},
		"diag.conc.intro.audience-impressions": {
			En: "Audience is the impressions of the period's posts, since not every platform gives its followers.",
			Fr: "L’audience est le nombre d’impressions des publications de la période, faute d’un nombre d’abonnés pour chaque plateforme."},
		"diag.conc.missing": {
			En: "%s: not measurable. %s", Fr: "%s\u00a0: non mesurable. %s"},
		"diag.conc.missing.followers": {
			En: "No follower count for: %s.", Fr: "Aucun nombre d’abonnés pour\u00a0: %s."},
		"diag.conc.missing.impressions": {
			En: "No post impressions for: %s.", Fr: "Aucune impression de publication pour\u00a0: %s."},
		"diag.conc.missing.platforms": {
			En: "Unknown for: %s.", Fr: "Inconnue pour\u00a0: %s."},
		"diag.conc.measure.audience":            {En: "Audience", Fr: "Audience"},
		"diag.conc.measure.engagement":          {En: "Engagement", Fr: "Engagement"},
		"diag.conc.measure.conversations":       {En: "Conversations", Fr: "Conversations"},
		"diag.conc.measure-lower.audience":      {En: "audience", Fr: "audience"},
		"diag.conc.measure-lower.engagement":    {En: "engagement", Fr: "engagement"},
		"diag.conc.measure-lower.conversations": {En: "conversations", Fr: "conversations"},
		"diag.conc.chart.title":                 {En: "Each platform's share", Fr: "Part de chaque plateforme"},
		"diag.conc.col.measure":                 {En: "Measure", Fr: "Mesure"},
		"diag.conc.col.hhi":                     {En: "Concentration (HHI)", Fr: "Concentration (HHI)"},
		"diag.conc.share-cell":                  {En: "%s (%s)", Fr: "%s (%s)"},
		"diag.conc.axis.share":                  {En: "share", Fr: "part"},
		"diag.conc.point":                       {En: "Largest shares: %s.", Fr: "Plus grandes parts\u00a0: %s."},
		"diag.conc.point.item":                  {En: "%s, %s with %s (HHI %s)", Fr: "%s, %s avec %s (HHI %s)"},
		"diag.conc.point.sep":                   {En: "; ", Fr: "\u00a0; "},

		// Posting against negative feedback.
		"diag.pushback.heading": {En: "Posting against negative feedback", Fr: "Rythme de publication et retours négatifs"},
		"diag.pushback.intro": {
			En: "Each full week's posts are set against its negative feedback per 1,000 impressions, and the relation is measured by Spearman's rank correlation (rho, from -1 to 1): weak below %s in absolute value, moderate below %s, strong beyond.",
			Fr: "Les publications de chaque semaine complète sont rapprochées de ses retours négatifs pour 1\u202f000 impressions, et la relation est mesurée par la corrélation de rang de Spearman (rho, de -1 à 1)\u00a0: faible en dessous de %s en valeur absolue, modérée en dessous de %s, forte au-delà."},
		"diag.pushback.intro.min-weeks.one": {
			En: "No relation is claimed with fewer than %s week with a value.",
			Fr: "Aucune relation n’est avancée avec moins de %s semaine ayant une valeur."},
		"diag.pushback.intro.min-weeks.other": {
			En: "No relation is claimed with fewer than %s weeks with a value.",
			Fr: "Aucune relation n’est avancée avec moins de %s semaines ayant une valeur."},
		"diag.pushback.basis.page": {
			En: "The feedback is the page's: hides, hide-all, spam reports and unfollows per 1,000 page impressions, which covers weeks without posts too.",
			Fr: "Les retours sont ceux de la page\u00a0: masquages, «\u00a0masquer tout\u00a0», signalements de spam et désabonnements pour 1\u202f000 impressions de la page, ce qui couvre aussi les semaines sans publication."},
		"diag.pushback.basis.post": {
			En: "The feedback is the posts': hides, hide-all, spam reports and unlikes of the week's posts per 1,000 of their impressions.",
			Fr: "Les retours sont ceux des publications\u00a0: masquages, «\u00a0masquer tout\u00a0», signalements de spam et retraits de «\u00a0J’aime\u00a0» des publications de la semaine pour 1\u202f000 de leurs impressions."},
		"diag.pushback.too-few": {
			En: "%s with a value, %s needed.", Fr: "%s avec une valeur, il en faut %s."},
		"diag.pushback.chart.title": {
			En: "Posts and negative feedback per week", Fr: "Publications et retours négatifs par semaine"},
		"diag.pushback.col.feedback": {En: "Negative feedback", Fr: "Retours négatifs"},
		"diag.pushback.point.no-claim.one": {
			En: "The chart shows %s week with a value; no relation is claimed.",
			Fr: "Le graphique montre %s semaine avec une valeur\u00a0; aucune relation n’est avancée."},
		"diag.pushback.point.no-claim.other": {
			En: "The chart shows %s weeks with a value; no relation is claimed.",
			Fr: "Le graphique montre %s semaines avec une valeur\u00a0; aucune relation n’est avancée."},
		"diag.pushback.strength.weak":     {En: "weak", Fr: "faible"},
		"diag.pushback.strength.moderate": {En: "moderate", Fr: "modérée"},
		"diag.pushback.strength.strong":   {En: "strong", Fr: "forte"},
		"diag.pushback.point.positive": {
			En: "Over %s weeks, the weeks with more posts had more negative feedback per 1,000 impressions (rho %s: %s relation).",
			Fr: "Sur %s semaines, les semaines avec plus de publications ont reçu plus de retours négatifs pour 1\u202f000 impressions (rho %s\u00a0: relation %s)."},
		"diag.pushback.point.negative": {
			En: "Over %s weeks, the weeks with more posts had less negative feedback per 1,000 impressions (rho %s: %s relation).",
			Fr: "Sur %s semaines, les semaines avec plus de publications ont reçu moins de retours négatifs pour 1\u202f000 impressions (rho %s\u00a0: relation %s)."},
		"diag.pushback.point.none": {
			En: "Over %s weeks, posts and negative feedback show no relation (rho %s).",
			Fr: "Sur %s semaines, publications et retours négatifs ne montrent aucune relation (rho %s)."},
	})
}
