package report

import (
	"bytes"
	"fmt"
	"html/template"
	"path"
	"slices"
	"strings"

	"github.com/socialaudit/socialaudit/report/internal/locale"
	"github.com/socialaudit/socialaudit/templates"
)

// A single file (Meta.SingleFile) is the whole report as one HTML document
// that opens from an e-mail attachment with nothing beside it:
//
//   - every page is a <section id="page-NAME">, in navigation order, and the
//     links between pages are in-page anchors;
//   - the recommendations are on the overview only, each with its link to
//     its page, instead of once there and again on their page;
//   - the stylesheets and the scripts (ECharts and report.js) are inline;
//   - the logos, the data files and the ECharts licence are data: URLs,
//     the downloads with a download attribute, since browsers do not
//     navigate to data: URLs but do save them. Each data file is embedded
//     once, in the data page's list of downloads, which the links under
//     capped lists point to. metrics.json always is; the CSV files are, in
//     the list's order, while they fit in singleFileBudget: a file that
//     does not (the worklist of a million comments weighs hundreds of
//     megabytes) is named with its size and a note to build the site for
//     it, so that the file stays small enough to send.
//
// Build makes it from the same page views as the multi-file site, with only
// their links changed, so that the two never say different things.

// SingleFileName is the path of the one file of a single-file Site.
const SingleFileName = "report.html"

// singleView is the single file: the frame of the site around every page.
type singleView struct {
	Site  siteView
	Nav   []navItem
	Pages []pageView
}

// pageAnchor is the id of a page's section in the single file.
func pageAnchor(name string) string { return "page-" + name }

// downloadTypes are the media types of the data files as data: URLs.
var downloadTypes = map[string]string{
	".json": "application/json",
	".csv":  "text/csv;charset=utf-8",
}

// singleFile renders pages as one document, in the language of l. data
// holds the site's data files, for the download links.
func singleFile(tmpl *template.Template, l *locale.Locale, pages []pageView, data []dataFile) ([]byte, error) {
	if len(pages) == 0 {
		return nil, fmt.Errorf("single file: no page")
	}
	embedded := embeddedFiles(data)
	anchors := map[string]string{}
	for _, p := range pages {
		anchors[p.File] = "#" + pageAnchor(p.Name)
	}
	nav := func(items []navItem) []navItem {
		out := make([]navItem, len(items))
		for i, n := range items {
			// No item is the current page: the reader scrolls through all.
			out[i] = navItem{Name: n.Name, File: anchors[n.File], Label: n.Label}
		}
		return out
	}
	for i := range pages {
		p := &pages[i]
		p.Nav = nav(p.Nav)
		p.EChartsSrc = ""
		if p.Name != "index" {
			// The overview, first in the file, has every recommendation
			// with a link to its page; a reader going through the file (or
			// its print) would read each one twice.
			p.Recs = nil
		}
		p.Recs = append([]recView(nil), p.Recs...)
		for j := range p.Recs {
			if r := &p.Recs[j]; r.PageFile != "" {
				r.PageFile = anchors[r.PageFile]
			}
		}
		p.Downloads = append([]link(nil), p.Downloads...)
		for j := range p.Downloads {
			if err := embedDownload(&p.Downloads[j], l, data, embedded); err != nil {
				return nil, err
			}
		}
		// The links under capped lists lead to the data page's item.
		p.Sections = append([]section(nil), p.Sections...)
		for j := range p.Sections {
			s := &p.Sections[j]
			s.Tables = append([]tableView(nil), s.Tables...)
			for k := range s.Tables {
				s.Tables[k].Full = anchorLink(s.Tables[k].Full)
			}
			s.Charts = append([]chartView(nil), s.Charts...)
			for k := range s.Charts {
				s.Charts[k].Table.Full = anchorLink(s.Charts[k].Table.Full)
			}
		}
	}
	v := singleView{Site: pages[0].Site, Nav: pages[0].Nav, Pages: pages}
	var buf bytes.Buffer
	if err := tmpl.ExecuteTemplate(&buf, "single", v); err != nil {
		return nil, fmt.Errorf("single file: %w", err)
	}
	return buf.Bytes(), nil
}

// embeddedFiles chooses the data files a single file embeds: metrics.json,
// and the CSV files in order while their sizes add up to at most
// singleFileBudget (a file too large is skipped, and a later, smaller one
// may still fit).
func embeddedFiles(data []dataFile) map[string]bool {
	out := map[string]bool{}
	left := singleFileBudget
	for _, d := range data {
		switch {
		case path.Ext(d.Path) != ".csv":
			out[d.Path] = true
		case len(d.Data) <= left:
			out[d.Path] = true
			left -= len(d.Data)
		}
	}
	return out
}

// embedDownload makes a download of the data page a data: URL, or, for a
// file not embedded, a name with its size and why it is not there.
func embedDownload(d *link, l *locale.Locale, data []dataFile, embedded map[string]bool) error {
	i := slices.IndexFunc(data, func(f dataFile) bool { return f.Path == d.Href })
	mime := downloadTypes[path.Ext(d.Href)]
	if i < 0 || mime == "" {
		return fmt.Errorf("single file: %s: no such data file to embed", d.Href)
	}
	if !embedded[d.Href] {
		mb := l.Float(float64(len(data[i].Data))/1e6, 1)
		d.Note += " " + l.T("single.not-embedded", mb)
		d.Href = ""
		return nil
	}
	d.Embedded, d.Download = dataURL(mime, data[i].Data), path.Base(d.Href)
	return nil
}

// anchorLink turns the link under a capped list into one to the data
// page's item for its file.
func anchorLink(full *link) *link {
	if full == nil {
		return nil
	}
	a := *full
	a.Href = "#" + downloadID(full.Href)
	return &a
}

// inline fills the single file's head: the stylesheets and the scripts
// themselves, the logos and the licence files as data: URLs (the logos'
// were set by branding.views).
func (c *chromeView) inline(b branding) error {
	c.Single = true
	c.Script, c.BrandStylesheet = "", ""
	css, err := templates.Assets.ReadFile("assets/site.css")
	if err != nil {
		return fmt.Errorf("single file: %w", err)
	}
	if b.Accent != nil {
		css = append(append(css, '\n'), b.Accent.css()...)
	}
	if c.CSS, err = inlineCSS(css); err != nil {
		return err
	}
	for _, name := range []string{"assets/" + templates.EChartsScript, reportScript} {
		js, err := templates.Assets.ReadFile(name)
		if err != nil {
			return fmt.Errorf("single file: %w", err)
		}
		s, err := inlineScript(name, js)
		if err != nil {
			return err
		}
		c.Scripts = append(c.Scripts, s)
	}
	c.CSP = cspAttr(singleCSP(c.Scripts))
	for _, l := range []*link{&c.License, &c.Notice} {
		text, err := templates.Assets.ReadFile(l.Href)
		if err != nil {
			return fmt.Errorf("single file: %w", err)
		}
		l.Embedded = dataURL("text/plain;charset=utf-8", text)
		l.Download = "echarts-" + path.Base(l.Href) + ".txt"
	}
	return nil
}

// inlineScript vouches for one of our own script files as the body of an
// inline <script>: html/template writes a template.JS as it is. A script
// body must not hold "</script" (it would end the element) nor "<!--" or
// "<script" (they switch the HTML parser into the double-escaped state,
// where the script no longer ends where it should). The files are ours and
// vendored, so this is checked rather than escaped.
func inlineScript(name string, js []byte) (template.JS, error) {
	low := strings.ToLower(string(js))
	for _, bad := range []string{"</script", "<!--", "<script"} {
		if strings.Contains(low, bad) {
			return "", fmt.Errorf("single file: %s contains %q and cannot be inlined", name, bad)
		}
	}
	return template.JS(js), nil
}

// inlineCSS vouches for our stylesheet (site.css, and brand.css made from
// a colour checked by parseHex) as the body of an inline <style>.
func inlineCSS(css []byte) (template.CSS, error) {
	if strings.Contains(strings.ToLower(string(css)), "</style") {
		return "", fmt.Errorf("single file: the stylesheet contains \"</style\" and cannot be inlined")
	}
	return template.CSS(css), nil
}
