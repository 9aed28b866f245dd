package recommend

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"strings"
	texttemplate "text/template"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"

	"github.com/socialaudit/socialaudit/templates"
)

// markdown renders every text, configured once. Raw HTML stays off (no
// html.WithUnsafe): user strings are escaped before they reach markdown, and
// this is the second line of defence. Linkify is left out so that a user
// string can never become a link; table cells align with the align
// attribute rather than inline styles, which a strict Content-Security-Policy
// blocks; headings take explicit ids ({#id}), since goldmark's automatic ids
// drop non-ASCII letters.
var markdown = goldmark.New(
	goldmark.WithExtensions(
		extension.NewTable(extension.WithTableCellAlignMethod(extension.TableCellAlignAttribute)),
		extension.Strikethrough,
	),
	goldmark.WithParserOptions(parser.WithAttribute()),
)

// localeOf returns the language code and locale of lang ("" means English).
func localeOf(lang string) (string, *locale, error) {
	if lang == "" {
		lang = "en"
	}
	l, ok := locales[lang]
	if !ok {
		return "", nil, fmt.Errorf("language %q is not supported", lang)
	}
	return lang, l, nil
}

// parse reads and parses one embedded markdown template.
func parse(name string, l *locale) (*texttemplate.Template, error) {
	src, err := fs.ReadFile(templates.Markdown, name)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	t, err := texttemplate.New(path.Base(name)).
		Option("missingkey=error").
		Funcs(texttemplate.FuncMap{"plural": l.plural}).
		Parse(string(src))
	if err != nil {
		return nil, fmt.Errorf("parse %s: %w", name, err)
	}
	return t, nil
}

// execute fills a template with the view.
func execute(t *texttemplate.Template, v *view) (string, error) {
	var b strings.Builder
	if err := t.Execute(&b, v); err != nil {
		return "", fmt.Errorf("fill %s: %w", t.Name(), err)
	}
	return b.String(), nil
}

// render converts markdown to HTML.
func render(src string) (template.HTML, error) {
	var b bytes.Buffer
	if err := markdown.Convert([]byte(src), &b); err != nil {
		return "", fmt.Errorf("render markdown: %w", err)
	}
	// goldmark escapes text and, without WithUnsafe, drops raw HTML and
	// dangerous URLs.
	return template.HTML(b.String()), nil
}

// frontMatter splits a filled recommendation into its title, its figure
// and its markdown body. The file starts with
//
//	---
//	title: ...
//	figure: ...
//	---
//
// Both values are plain text: they must not carry user strings.
func frontMatter(name, s string) (title, figure, body string, err error) {
	rest, ok := strings.CutPrefix(s, "---\n")
	if !ok {
		return "", "", "", fmt.Errorf("%s: no front matter (first line is not ---)", name)
	}
	head, body, ok := strings.Cut(rest, "\n---\n")
	if !ok {
		return "", "", "", fmt.Errorf("%s: front matter is not closed by ---", name)
	}
	for _, line := range strings.Split(head, "\n") {
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			return "", "", "", fmt.Errorf("%s: front matter line %q is not key: value", name, line)
		}
		value = strings.TrimSpace(value)
		switch strings.TrimSpace(key) {
		case "title":
			title = value
		case "figure":
			figure = value
		default:
			return "", "", "", fmt.Errorf("%s: unknown front matter key %q", name, key)
		}
	}
	if title == "" || figure == "" {
		return "", "", "", fmt.Errorf("%s: front matter needs a title and a figure", name)
	}
	return title, figure, strings.TrimLeft(body, "\n"), nil
}
