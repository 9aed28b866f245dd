package report

import (
	"bytes"
	"fmt"
	"html/template"
	"path"
	"strings"

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
//     navigate to data: URLs but do save them.
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

// singleFile renders pages as one document. data holds the site's data
// files by path, for the download links.
func singleFile(tmpl *template.Template, pages []pageView, data map[string][]byte) ([]byte, error) {
	if len(pages) == 0 {
		return nil, fmt.Errorf("single file: no page")
	}
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
			d := &p.Downloads[j]
			b, ok := data[d.Href]
			mime := downloadTypes[path.Ext(d.Href)]
			if !ok || mime == "" {
				return nil, fmt.Errorf("single file: %s: no such data file to embed", d.Href)
			}
			d.Embedded, d.Download = dataURL(mime, b), path.Base(d.Href)
		}
	}
	v := singleView{Site: pages[0].Site, Nav: pages[0].Nav, Pages: pages}
	var buf bytes.Buffer
	if err := tmpl.ExecuteTemplate(&buf, "single", v); err != nil {
		return nil, fmt.Errorf("single file: %w", err)
	}
	return buf.Bytes(), nil
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
