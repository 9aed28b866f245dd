package report

import "github.com/socialaudit/socialaudit/report/internal/locale"

// The wording of the archive index (package report/archive), which lists
// every report of a folder with their headline figures.
func init() {
	locale.Register(map[string]locale.Message{
		// Page.
		"archive.title":        {En: "Report archive", Fr: "Archive des rapports"},
		"archive.title.client": {En: "%s — report archive", Fr: "%s — archive des rapports"},
		"archive.lead.one": {
			En: "One report found in this folder. It links to its own pages; the charts below will follow its headline figures from one report to the next once there are more.",
			Fr: "Ce dossier contient un seul rapport. Le lien mène à ses pages\u00a0; les graphiques ci-dessous suivront ses chiffres clés d’un rapport à l’autre dès qu’il y en aura d’autres.",
		},
		"archive.lead.other": {
			En: "%s reports found in this folder, oldest period first. Each row links to its report; the charts below follow the headline figures from one report to the next.",
			Fr: "Ce dossier contient %s rapports, du plus ancien au plus récent. Chaque ligne renvoie à son rapport\u00a0; les graphiques ci-dessous suivent les chiffres clés d’un rapport à l’autre.",
		},
		"archive.footer":         {En: "Index written by %s.", Fr: "Index produit par %s."},
		"archive.footer.echarts": {En: "Charts drawn with Apache ECharts", Fr: "Graphiques tracés avec Apache ECharts"},
		"archive.footer.licence": {En: "licence", Fr: "licence"},
		"archive.footer.notice":  {En: "notice", Fr: "avis"},
		"archive.not_measurable": {En: "not measurable", Fr: "non mesurable"},
		"archive.no_report":      {En: "no report", Fr: "aucun rapport"},
		"archive.not_stated":     {En: "not stated", Fr: "non précisée"},
		"archive.no_client":      {En: "(no client name)", Fr: "(client non nommé)"},
		"archive.data_table":     {En: "Data table", Fr: "Tableau des données"},

		// The list of reports.
		"archive.reports":              {En: "Reports", Fr: "Rapports"},
		"archive.reports.caption":      {En: "Every report of this folder, oldest period first", Fr: "Tous les rapports du dossier, du plus ancien au plus récent"},
		"archive.head.report":          {En: "Report", Fr: "Rapport"},
		"archive.head.client":          {En: "Client", Fr: "Client"},
		"archive.head.period":          {En: "Period covered", Fr: "Période couverte"},
		"archive.head.lang":            {En: "Language", Fr: "Langue"},
		"archive.head.generated":       {En: "Generated on", Fr: "Produit le"},
		"archive.head.folder":          {En: "Folder", Fr: "Dossier"},
		"archive.lang.en":              {En: "English", Fr: "anglais"},
		"archive.lang.fr":              {En: "French", Fr: "français"},
		"archive.figures":              {En: "Headline figures", Fr: "Chiffres clés"},
		"archive.figures.caption":      {En: "The headline figures of each report", Fr: "Les chiffres clés de chaque rapport"},
		"archive.figures.intro":        {En: "“Not measurable” means the report’s data could not support the figure; the report itself says why. Rates count only the comments old enough to be judged.", Fr: "«\u00a0Non mesurable\u00a0» signifie que les données du rapport ne permettaient pas d’établir ce chiffre\u00a0; le rapport en donne la raison. Les taux ne portent que sur les commentaires assez anciens pour être jugés."},
		"archive.trends":               {En: "From one report to the next", Fr: "D’un rapport à l’autre"},
		"archive.trends.intro":         {En: "One chart per headline figure, one point per report period. A gap in a line means the figure was not measurable in that report.", Fr: "Un graphique par chiffre clé, un point par période. Une courbe interrompue signale un chiffre non mesurable dans le rapport correspondant."},
		"archive.trends.clients":       {En: "One line per client.", Fr: "Une courbe par client."},
		"archive.trends.duplicates":    {En: "Where a client has several reports for the same period (one in each language, for instance), the charts take the first one listed; the tables above list them all.", Fr: "Lorsqu’un client a plusieurs rapports pour la même période (un par langue, par exemple), les graphiques retiennent le premier de la liste\u00a0; les tableaux ci-dessus les présentent tous."},
		"archive.chart.none":           {En: "Not measurable in any report.", Fr: "Non mesurable dans aucun rapport."},
		"archive.problems":             {En: "Folders that could not be read", Fr: "Dossiers illisibles"},
		"archive.problems.intro":       {En: "These folders hold a data/metrics.json that is not a readable socialaudit report. They are left out of the tables and charts above.", Fr: "Ces dossiers contiennent un fichier data/metrics.json qui n’est pas un rapport socialaudit lisible. Ils sont exclus des tableaux et des graphiques ci-dessus."},
		"archive.problems.caption":     {En: "Folders left out, and why", Fr: "Dossiers exclus, et pourquoi"},
		"archive.head.reason":          {En: "Why", Fr: "Raison"},
		"archive.problem.read":         {En: "The file cannot be read.", Fr: "Le fichier ne peut pas être lu."},
		"archive.problem.permission":   {En: "Reading the file is not permitted.", Fr: "La lecture du fichier n’est pas autorisée."},
		"archive.problem.list":         {En: "The folder cannot be listed, so a report inside it may be missing here.", Fr: "Le contenu du dossier ne peut pas être listé\u00a0: un rapport qui s’y trouverait manque peut-être ici."},
		"archive.problem.empty":        {En: "The file is empty.", Fr: "Le fichier est vide."},
		"archive.problem.json":         {En: "The file is not valid JSON (line %s, column %s).", Fr: "Le fichier n’est pas du JSON valide (ligne %s, colonne %s)."},
		"archive.problem.field":        {En: "The field %s does not have the expected type.", Fr: "Le champ %s n’a pas le type attendu."},
		"archive.problem.generator":    {En: "The file was not written by socialaudit (its generator is “%s”).", Fr: "Le fichier n’a pas été produit par socialaudit (générateur\u00a0: «\u00a0%s\u00a0»)."},
		"archive.problem.no_generator": {En: "Nothing in the file says it was written by socialaudit.", Fr: "Rien dans le fichier n’indique qu’il a été produit par socialaudit."},
		"archive.problem.schema":       {En: "The file follows version %s of the metrics layout; this version of socialaudit reads versions %s to %s.", Fr: "Le fichier suit la version %s du format des indicateurs\u00a0; cette version de socialaudit lit les versions %s à %s."},
		"archive.problem.period":       {En: "The report period is missing or unreadable.", Fr: "La période du rapport est absente ou illisible."},
		"archive.problem.noindex":      {En: "The report’s index.html is missing, so there is nothing to link to.", Fr: "Le fichier index.html du rapport est absent\u00a0: il n’y a rien vers quoi renvoyer."},

		// Periods.
		"archive.period.quarter": {En: "Q%s %s", Fr: "T%s %s"},
		"archive.period.half":    {En: "H%s %s", Fr: "S%s %s"},
		"archive.period.range":   {En: "%s to %s", Fr: "du %s au %s"},

		// The headline figures: table heads and chart titles, axis names,
		// and the subject of the charts' sentences.
		"archive.fig.rate":               {En: "Response rate", Fr: "Taux de réponse"},
		"archive.fig.rate.subject":       {En: "Response rate", Fr: "Le taux de réponse"},
		"archive.fig.median":             {En: "Median first response", Fr: "Délai médian de première réponse"},
		"archive.fig.median.subject":     {En: "Median first response", Fr: "Le délai médian de première réponse"},
		"archive.fig.median.axis":        {En: "hours", Fr: "heures"},
		"archive.fig.unanswered":         {En: "Unanswered", Fr: "Sans réponse"},
		"archive.fig.unanswered.subject": {En: "Unanswered comments", Fr: "Le nombre de commentaires sans réponse"},
		"archive.fig.unanswered.axis":    {En: "comments", Fr: "commentaires"},
		"archive.fig.broadcast":          {En: "Broadcast share", Fr: "Part de diffusion"},
		"archive.fig.broadcast.subject":  {En: "Broadcast share", Fr: "La part de diffusion"},
		"archive.fig.negative":           {En: "Negative feedback per 1,000 impressions", Fr: "Retours négatifs pour 1\u202f000 impressions"},
		"archive.fig.negative.subject":   {En: "Negative feedback per 1,000 impressions", Fr: "Le nombre de retours négatifs pour 1\u202f000 impressions"},
		"archive.fig.negative.axis":      {En: "per 1,000 impressions", Fr: "pour 1\u202f000 impressions"},
		"archive.fig.followers":          {En: "Net follower change", Fr: "Solde net d’abonnés"},
		"archive.fig.followers.subject":  {En: "Net follower change", Fr: "Le solde net d’abonnés"},
		"archive.fig.followers.axis":     {En: "followers", Fr: "abonnés"},
		"archive.fig.customers":          {En: "Customer comments", Fr: "Commentaires de clients"},
		"archive.fig.customers.subject":  {En: "Customer comments", Fr: "Le nombre de commentaires de clients"},
		"archive.fig.customers.axis":     {En: "comments", Fr: "commentaires"},

		// The point of each chart, its text alternative. %[1]s is a subject
		// above; values and periods are formatted.
		"archive.point.change": {En: "%[1]s went from %[2]s (%[3]s) to %[4]s (%[5]s).", Fr: "%[1]s passe de %[2]s (%[3]s) à %[4]s (%[5]s)."},
		"archive.point.same":   {En: "%[1]s stayed at %[2]s from %[3]s to %[4]s.", Fr: "%[1]s reste à %[2]s de %[3]s à %[4]s."},
		"archive.point.one":    {En: "%[1]s was %[2]s (%[3]s).", Fr: "%[1]s s’établit à %[2]s (%[3]s)."},
		"archive.point.none":   {En: "%[1]s is not measurable in any report.", Fr: "%[1]s n’est mesurable dans aucun rapport."},
		"archive.point.gaps":   {En: "Not measurable for %s.", Fr: "Non mesurable pour %s."},
		"archive.point.for":    {En: "For %[1]s, %[2]s", Fr: "Pour %[1]s, %[2]s"},
		"archive.list.and":     {En: "%s and %s", Fr: "%s et %s"},
	})
}
