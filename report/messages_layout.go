package report

import "github.com/socialaudit/socialaudit/report/internal/locale"

// The words of the page frame (skip link, theme switch, branding) and of the
// data page's branding facts.
func init() {
	locale.Register(map[string]locale.Message{
		"layout.skip":                {En: "Skip to the content", Fr: "Aller au contenu"},
		"layout.theme":               {En: "Theme", Fr: "Thème"},
		"layout.theme.system":        {En: "As the system", Fr: "Selon le système"},
		"layout.theme.light":         {En: "Light", Fr: "Clair"},
		"layout.theme.dark":          {En: "Dark", Fr: "Sombre"},
		"layout.prepared":            {En: "Prepared by", Fr: "Réalisé par"},
		"layout.contact":             {En: "Contact: %s", Fr: "Contact\u00a0: %s"},
		"layout.logo.client":         {En: "%s logo", Fr: "Logo\u00a0: %s"},
		"layout.logo.client.unnamed": {En: "Client logo", Fr: "Logo du client"},
		"layout.logo.agency":         {En: "%s logo", Fr: "Logo\u00a0: %s"},
		"layout.logo.agency.unnamed": {En: "Agency logo", Fr: "Logo de l’agence"},
		"layout.fact.agency":         {En: "Prepared by", Fr: "Réalisé par"},
		"layout.fact.contact":        {En: "Contact", Fr: "Contact"},
		"layout.fact.clientlogo":     {En: "Client logo", Fr: "Logo du client"},
		"layout.fact.agencylogo":     {En: "Agency logo", Fr: "Logo de l’agence"},
		"layout.fact.logo.desc":      {En: "%s image, %s, embedded in the report", Fr: "image %s de %s, intégrée au rapport"},
		"layout.size.bytes":          {En: "%s bytes", Fr: "%s\u00a0octets"},
		"layout.size.kb":             {En: "%s kB", Fr: "%s\u00a0ko"},
		"layout.size.mb":             {En: "%s MB", Fr: "%s\u00a0Mo"},
		"layout.fact.accent":         {En: "Accent colour", Fr: "Couleur d’accent"},
		"layout.fact.accent.asgiven": {En: "%s, as given", Fr: "%s, telle que fournie"},
		"layout.fact.accent.adjusted": {
			En: "%[1]s given. So that text and lines in that colour stay legible (WCAG AA asks a contrast of at least 4.5 to 1 for text and 3 to 1 for lines), the light theme uses %[2]s for text and %[3]s for lines, and the dark theme %[4]s and %[5]s.",
			Fr: "%[1]s fournie. Pour que les textes et les traits de cette couleur restent lisibles (le niveau AA des WCAG demande un contraste d’au moins 4,5 pour 1 pour le texte et 3 pour 1 pour les traits), le thème clair utilise %[2]s pour le texte et %[3]s pour les traits, le thème sombre %[4]s et %[5]s.",
		},
	})
}
