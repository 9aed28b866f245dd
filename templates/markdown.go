package templates

import "embed"

// Markdown holds the written texts of the report, one folder or file per
// language so that a translation is only new files:
//
//   - recommendations/<lang>/<name>.md: one recommendation each, a
//     text/template whose front matter carries the title and the figure;
//   - methodology/<lang>.md: the methodology page.
//
// They are filled by package report/recommend with formatted figures (user
// strings already escaped for markdown) and rendered by goldmark with raw
// HTML off.
//
//go:embed recommendations methodology
var Markdown embed.FS
