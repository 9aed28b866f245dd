package recommend

import "github.com/yuin/goldmark"

// EscapeMarkdown makes a user string render as literal text inline in
// markdown: ASCII punctuation is backslash-escaped, and line breaks, tabs
// and runs of spaces become one space, so that the string can open no
// emphasis, link, heading, list, table cell or raw HTML, nor start a block
// of its own. Every markdown text of the report escapes its filled values
// with it (the recommendations here, the consultant's notes in package
// report).
func EscapeMarkdown(s string) string { return escapeMarkdown(s) }

// Markdown returns the goldmark converter the report's markdown is rendered
// with, configured once: raw HTML off, no linkify, tables and
// strikethrough, explicit heading ids. Other texts of the report (the
// consultant's notes) use it so that all render alike.
func Markdown() goldmark.Markdown { return markdown }
