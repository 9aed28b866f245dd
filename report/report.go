// Package report turns analyze.Results into a self-contained static HTML
// site: a small view model of preformatted strings, rendered by one
// html/template set (package templates), beside data/metrics.json, the
// CSV downloads of data/ (csv.go) and the stylesheet and ECharts build
// under assets/.
//
// Everything is built in memory by Build, and written to disk only by
// Site.Write. The output is a pure function of the Results and Meta: two
// builds of the same input are byte-identical.
//
// Every string from the data (names, texts, links, file names) reaches the
// pages only through html/template, and chart data only through
// json.Marshal; see charts.go for why go-echarts' own renderer is not used.
package report

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/analyze/anonymize"
	"github.com/socialaudit/socialaudit/report/internal/locale"
	"github.com/socialaudit/socialaudit/report/recommend"
	"github.com/socialaudit/socialaudit/templates"
)

// Meta describes the report run.
type Meta struct {
	Client string   // report title; may be empty (then "Social media audit", in the report's language)
	Brand  []string // brand accounts as configured
	// Lang is the language of the pages: "en" (the default, also for "")
	// or "fr". metrics.json and the CSV files stay language-neutral.
	Lang        string
	Version     string    // socialaudit version
	GeneratedAt time.Time // set by cmd
	// Config is the configuration file the report was built with, as its
	// path was given or found (e.g. "socialaudit.toml"); empty when none.
	// The data page names it, so that a report can be rebuilt the same way.
	Config string
	// Notes is the consultant's executive summary (--notes), shown first
	// on the summary page; nil for none.
	Notes *Notes
	// Anonymized is what anonymize.Apply replaced in the dataset when the
	// report is anonymized (--anonymize); nil when it names the commenters.
	Anonymized *anonymize.Stats
	// Events are drawn on every time chart and listed on the summary page
	// (events.go), in the order of SortEvents whatever their order here.
	Events []Event
	// Compare is the period the headline figures and the time charts are
	// compared with (compare.go); nil for no comparison.
	Compare *Comparison
	// Thresholds trigger the recommendations (--threshold); zero fields
	// mean recommend.DefaultThresholds.
	Thresholds recommend.Thresholds

	// ClientLogo is shown beside the client's name in the header; nil for
	// none. Make it with NewLogo.
	ClientLogo *Logo
	// AgencyName is the agency (or consultant) that prepared the report,
	// shown as "Prepared by" in the header and footer; empty for none.
	AgencyName string
	// AgencyLogo is shown with AgencyName; nil for none.
	AgencyLogo *Logo
	// Contact is free text (a name, an address, a phone number) shown with
	// the agency; empty for none.
	Contact string
	// Accent is the brand's colour, written #RRGGBB (see ParseAccent); the
	// links, the current page's underline and the focus ring take it,
	// darkened or lightened where a theme needs more contrast. Empty: the
	// stylesheet's blue.
	Accent string

	// SingleFile makes Build return one self-contained HTML file,
	// SingleFileName, instead of a site: every page as a section, the
	// stylesheet, the scripts, the logos and the data files inlined, for
	// sending by e-mail. See singlefile.go.
	SingleFile bool
}

// File is one output file, Path slash-separated, relative to the site root.
type File struct {
	Path string
	Data []byte
	// stream, set instead of Data by BuildStreamed for the big CSV
	// downloads, writes the content; Site.Write runs it straight into the
	// file, so that the content is never in memory whole.
	stream func(io.Writer) error
}

// Site is the whole report in memory, files sorted by Path.
type Site struct {
	Files []File
	// streamed counts the bytes Write wrote of streamed files.
	streamed int64
}

// The recommendation texts come from package recommend. They are variables
// only so that the golden tests can pin them: the wording is recommend's,
// tested there, and must not churn the page goldens.
var (
	buildRecommendations = recommend.Build
	buildMethodology     = recommend.Methodology
)

// Build computes the whole site from the results: the pages, the data files
// and the assets. It reads no clock; the "generated" stamp is
// Meta.GeneratedAt.
func Build(res *analyze.Results, meta Meta) (*Site, error) {
	return build(res, meta, false)
}

// BuildStreamed is Build for writing to disk: the CSV downloads are not
// rendered in memory but while Site.Write writes them (their Data is nil
// until then; Site.File renders one on demand). The worklist of a million
// comments is 165 MB, which Build would hold twice over while building.
// The files written are byte for byte Build's. A single file embeds its
// CSVs, so it is built as Build builds it.
func BuildStreamed(res *analyze.Results, meta Meta) (*Site, error) {
	return build(res, meta, !meta.SingleFile)
}

func build(res *analyze.Results, meta Meta, stream bool) (*Site, error) {
	if res == nil {
		return nil, errors.New("build report: no results")
	}
	l, err := locale.For(meta.Lang)
	if err != nil {
		return nil, fmt.Errorf("build report: %w", err)
	}
	meta.Lang = l.Lang
	brand, err := newBranding(meta)
	if err != nil {
		return nil, fmt.Errorf("build report: %w", err)
	}
	ropts := recommend.Options{Lang: meta.Lang, Brand: meta.Brand, Thresholds: meta.Thresholds}
	recs, err := buildRecommendations(res, ropts)
	if err != nil {
		return nil, fmt.Errorf("build report: recommendations: %w", err)
	}
	method, err := buildMethodology(res, ropts)
	if err != nil {
		return nil, fmt.Errorf("build report: methodology: %w", err)
	}
	bld := newBuilder(res, meta, l)
	pages, err := bld.newPages(recs, method)
	if err != nil {
		return nil, fmt.Errorf("build report: %w", err)
	}
	if meta.Notes != nil {
		notes, err := meta.Notes.render(bld)
		if err != nil {
			return nil, fmt.Errorf("build report: %w", err)
		}
		for i := range pages {
			if pages[i].Name == "index" {
				pages[i].Notes = notes
			}
		}
	}
	tmpl, err := parseTemplates(l)
	if err != nil {
		return nil, fmt.Errorf("build report: %w", err)
	}
	chrome, err := newChrome(l, brand, meta)
	if err != nil {
		return nil, fmt.Errorf("build report: %w", err)
	}
	for i := range pages {
		pages[i].Site.Chrome = chrome
		if pages[i].Name == "data" {
			pages[i].Facts = append(pages[i].Facts, brand.facts(l)...)
		}
	}
	data, err := dataFiles(res, meta, stream)
	if err != nil {
		return nil, fmt.Errorf("build report: %w", err)
	}
	if meta.SingleFile {
		page, err := singleFile(tmpl, l, pages, data)
		if err != nil {
			return nil, fmt.Errorf("build report: %w", err)
		}
		return &Site{Files: []File{{Path: SingleFileName, Data: page}}}, nil
	}
	site := &Site{}
	for _, p := range pages {
		var buf bytes.Buffer
		if err := tmpl.ExecuteTemplate(&buf, "page", p); err != nil {
			return nil, fmt.Errorf("build report: render %s: %w", p.File, err)
		}
		site.Files = append(site.Files, File{Path: p.File, Data: buf.Bytes()})
	}
	for _, d := range data {
		site.Files = append(site.Files, File{Path: d.Path, Data: d.Data, stream: d.stream})
	}
	assets, err := AssetFiles()
	if err != nil {
		return nil, fmt.Errorf("build report: %w", err)
	}
	site.Files = append(site.Files, assets...)
	site.Files = append(site.Files, brand.files()...)
	sort.Slice(site.Files, func(i, j int) bool { return site.Files[i].Path < site.Files[j].Path })
	for i := 1; i < len(site.Files); i++ {
		if site.Files[i].Path == site.Files[i-1].Path {
			return nil, fmt.Errorf("build report: two files at %s", site.Files[i].Path)
		}
	}
	return site, nil
}

// metricsPath is the path of metrics.json, the first of the data files
// that the data page offers for download (the CSV files are in csv.go).
const metricsPath = "data/metrics.json"

// The static script and the licence files of ECharts, as the multi-file
// pages link them.
const (
	reportScript   = "assets/report.js"
	echartsLicense = "assets/echarts/LICENSE"
	echartsNotice  = "assets/echarts/NOTICE"
)

// chromeView is the frame of every page beyond its titles: the skip link,
// the theme switch, the branding, and how the page reaches its stylesheets
// and scripts (linked files, or in a single file the files themselves).
type chromeView struct {
	SkipLabel  string
	ThemeLabel string
	Themes     []themeChoice
	ClientLogo *logoView     // nil: no logo
	Prepared   *preparedView // nil: no agency, agency logo or contact
	// BrandStylesheet is the path of assets/brand.css, or empty when no
	// accent was given (multi-file).
	BrandStylesheet string
	// Script is the path of assets/report.js (multi-file).
	Script string
	// Single is set in a single file, whose head carries CSS and Scripts
	// inline instead of links (checked by inlineCSS and inlineScript).
	Single  bool
	CSS     template.CSS
	Scripts []template.JS
	// License and Notice link the ECharts licence files.
	License, Notice link
	// CSP is the content attribute of the page's Content-Security-Policy
	// (see csp.go).
	CSP template.HTMLAttr
}

// themeChoice is one option of the theme switch; Value is what report.js
// stores and sets as the root's data-theme ("system" removes it).
type themeChoice struct{ Value, Label string }

// newChrome builds the frame of a multi-file site; singleFile turns it into
// the single file's.
func newChrome(l *locale.Locale, b branding, meta Meta) (chromeView, error) {
	c := chromeView{
		SkipLabel:  l.T("layout.skip"),
		ThemeLabel: l.T("layout.theme"),
		Themes: []themeChoice{
			{"system", l.T("layout.theme.system")},
			{"light", l.T("layout.theme.light")},
			{"dark", l.T("layout.theme.dark")},
		},
		Script:  reportScript,
		License: link{Href: echartsLicense},
		Notice:  link{Href: echartsNotice},
		CSP:     cspAttr(siteCSP),
	}
	c.ClientLogo, c.Prepared = b.views(l, meta.Client, meta.SingleFile)
	if b.Accent != nil {
		c.BrandStylesheet = brandStylesheet
	}
	if meta.SingleFile {
		if err := c.inline(b); err != nil {
			return c, err
		}
	}
	return c, nil
}

// parseTemplates parses the page set for the language of l. Its function t
// words the fixed text of the templates from the catalogue: {{t
// "index.headline"}}, {{t "site.see-page" .PageLabel}}; isolate keeps a
// name from the data from reordering the text around it where markup
// cannot (the <title>), as locale.Isolate says.
func parseTemplates(l *locale.Locale) (*template.Template, error) {
	t, err := template.New("site").Funcs(template.FuncMap{
		"t":       func(key string, args ...any) string { return l.T(key, args...) },
		"isolate": locale.Isolate,
	}).ParseFS(templates.HTML, "html/*.html")
	if err != nil {
		return nil, fmt.Errorf("parse templates: %w", err)
	}
	return t, nil
}

// AssetFiles returns the embedded assets (stylesheet, report.js, ECharts
// and its licences) under assets/, in path order: every page that draws
// with them, a report's or the archive index, ships the same files.
func AssetFiles() ([]File, error) {
	var files []File
	err := fs.WalkDir(templates.Assets, "assets", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := templates.Assets.ReadFile(p)
		if err != nil {
			return err
		}
		files = append(files, File{Path: p, Data: b})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read assets: %w", err)
	}
	return files, nil
}

// File returns the file at path p, or nil. A streamed file (BuildStreamed)
// is rendered into its Data first; if that fails, its Data stays nil.
func (s *Site) File(p string) *File {
	i := sort.Search(len(s.Files), func(i int) bool { return s.Files[i].Path >= p })
	if i < len(s.Files) && s.Files[i].Path == p {
		f := &s.Files[i]
		if f.Data == nil && f.stream != nil {
			f.Data, _ = render(f.stream)
		}
		return f
	}
	return nil
}

// Size is the bytes of the site's files: what Write wrote of a streamed
// file, which is unknown before.
func (s *Site) Size() int64 {
	n := s.streamed
	for _, f := range s.Files {
		n += int64(len(f.Data))
	}
	return n
}

// writeTo writes the file's content to w.
func (f *File) writeTo(w io.Writer) (int64, error) {
	if f.Data == nil && f.stream != nil {
		c := &countingWriter{w: w}
		err := f.stream(c)
		return c.n, err
	}
	n, err := w.Write(f.Data)
	return int64(n), err
}

// countingWriter counts the bytes written through it.
type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// writeAtomic writes data to name through a temporary file in the same
// directory, so that a reader never sees a half-written file.
func writeAtomic(name string, data []byte) error {
	dir := filepath.Dir(name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(name)+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err := os.Rename(tmp.Name(), name); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	return nil
}

// WriteFile writes a single-file site (Meta.SingleFile) to the file name,
// atomically. It refuses a site of several files, which needs Write.
func (s *Site) WriteFile(name string) error {
	if len(s.Files) != 1 {
		return fmt.Errorf("write %s: the report has %d files; only a single-file report is one file", name, len(s.Files))
	}
	if err := writeAtomic(name, s.Files[0].Data); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}
