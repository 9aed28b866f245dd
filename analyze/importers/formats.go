package importers

import (
	"github.com/socialaudit/socialaudit/analyze/facebook"
	"github.com/socialaudit/socialaudit/analyze/graphapi"
	"github.com/socialaudit/socialaudit/analyze/internal/importer"
	"github.com/socialaudit/socialaudit/analyze/linkedin"
	"github.com/socialaudit/socialaudit/analyze/metasuite"
	"github.com/socialaudit/socialaudit/analyze/x"
)

// builtin are the formats tried on every file, most specific first: a
// format whose signature is a subset of another's comes after it.
var builtin = []importer.Format{
	ownFormat(),
	facebook.LegacyPosts,
	facebook.LegacyPage,
	x.Activity,
	x.Support,
	graphapi.Comments,
	graphapi.ScraperComments,
	linkedin.Posts,
	metasuite.Content,
	metasuite.DailyChart,
}
