// Package archive writes an index page over every socialaudit report kept
// under one folder: a table of the reports, a table of their headline
// figures, and a chart of each figure from one report to the next.
//
// A report is found by its data/metrics.json, anywhere below the folder;
// the report folder is the parent of data/. The index is the folder's
// index.html, with the stylesheet and the ECharts build under assets/, and
// links to each report by a relative path, so that the whole folder can be
// copied to any static host or opened from disk.
//
// The index is a pure function of the metrics files it reads: it prints no
// clock, and two runs over the same folder write byte-identical files.
package archive

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/socialaudit/socialaudit/report"
	"github.com/socialaudit/socialaudit/report/internal/locale"
)

// Errors that stop the archive; test them with errors.Is.
var (
	// ErrNoReports: nothing under the folder is a readable report.
	ErrNoReports = errors.New("no readable report found")
	// ErrSiteIsReport: the folder is itself a report, whose index.html the
	// archive index would overwrite.
	ErrSiteIsReport = errors.New("the folder is itself a report")
	// ErrForeignIndex: the folder has an index.html that the archive did
	// not write.
	ErrForeignIndex = errors.New("the folder has an index.html that socialaudit archive did not write")
)

// generatorMeta marks an index written by this package; an existing
// index.html without it is never overwritten.
const generatorMeta = `<meta name="generator" content="socialaudit archive">`

// Options say how to word the index.
type Options struct {
	// Lang is the index's language: "en" (default) or "fr".
	Lang string
	// Title is the page title. Empty means "<client> — report archive"
	// when every report names the same client, else "Report archive".
	Title string
	// Generator names the program in the footer, e.g. "socialaudit 0.1.0".
	Generator string
}

// Report is one readable report under the folder.
type Report struct {
	// Dir is the report folder relative to the archive folder,
	// slash-separated ("2026/q1").
	Dir string
	// From and To bound the report period [From, To), in the offsets the
	// report wrote.
	From, To time.Time
	// Metrics is its data/metrics.json.
	Metrics report.MetricsJSON
}

// Problem is a folder that holds a data/metrics.json (or could hold one)
// but cannot be read as a socialaudit report. The index lists it with the
// reason rather than leaving it out silently.
type Problem struct {
	// Dir is the folder relative to the archive folder, slash-separated.
	Dir string
	// Kind says what is wrong: one of the Problem* codes.
	Kind string
	// Args are the language-neutral details of the reason (a line and
	// column, a field name, a version).
	Args []string
	// Err is the full error, for the terminal.
	Err error
}

// The kinds of Problem.
const (
	ProblemRead        = "read"         // the file cannot be read
	ProblemPermission  = "permission"   // reading it is not permitted
	ProblemList        = "list"         // a folder cannot be listed
	ProblemEmpty       = "empty"        // the file is empty
	ProblemJSON        = "json"         // not JSON; Args: line, column
	ProblemField       = "field"        // a field of the wrong type; Args: field
	ProblemGenerator   = "generator"    // not socialaudit's; Args: generator
	ProblemNoGenerator = "no_generator" // no generator at all
	ProblemSchema      = "schema"       // another layout; Args: found, oldest and newest read
	ProblemPeriod      = "period"       // no readable period
	ProblemNoIndex     = "noindex"      // no index.html beside data/
)

// Reason words the problem in a language ("en" or "fr").
func (p Problem) Reason(lang string) string {
	l, err := locale.For(lang)
	if err != nil {
		l = locale.English
	}
	args := make([]any, len(p.Args))
	for i, a := range p.Args {
		args[i] = a
	}
	return l.T("archive.problem."+p.Kind, args...)
}

// Error is the problem for the terminal: the folder, the reason and the
// underlying error.
func (p Problem) Error() string {
	s := p.Dir + ": " + p.Reason("en")
	if p.Err != nil {
		s += " (" + p.Err.Error() + ")"
	}
	return s
}

// Index is the archive index in memory.
type Index struct {
	// Reports are sorted by period start, then folder.
	Reports []Report
	// Problems are sorted by folder.
	Problems []Problem
	// Files are the files to write, relative to the archive folder: the
	// assets first, index.html last, so that the page never refers to an
	// asset not yet written.
	Files []report.File
}

// Build reads every report under dir and renders the index. It fails when
// dir is itself a report, when it holds an index.html that the archive did
// not write, and when no report can be read.
func Build(dir string, opts Options) (*Index, error) {
	l, err := locale.For(opts.Lang)
	if err != nil {
		return nil, err
	}
	if err := checkSite(dir); err != nil {
		return nil, err
	}
	reports, problems, err := Scan(dir)
	if err != nil {
		return nil, err
	}
	if len(reports) == 0 {
		if len(problems) == 0 {
			return nil, fmt.Errorf("%w under %s: no folder holds a data/metrics.json", ErrNoReports, dir)
		}
		var b strings.Builder
		for _, p := range problems {
			b.WriteString("\n  " + p.Error())
		}
		return nil, fmt.Errorf("%w under %s; %d folder(s) could not be read:%s", ErrNoReports, dir, len(problems), b.String())
	}
	page, err := render(newPage(l, opts, reports, problems))
	if err != nil {
		return nil, err
	}
	files, err := report.AssetFiles()
	if err != nil {
		return nil, err
	}
	files = append(files, report.File{Path: "index.html", Data: page})
	return &Index{Reports: reports, Problems: problems, Files: files}, nil
}

// Write writes the index and its assets into dir, each file atomically.
// It checks dir again, so that an index built for one folder cannot
// overwrite a report or a foreign page in another.
func (x *Index) Write(dir string) error {
	if err := checkSite(dir); err != nil {
		return err
	}
	site := report.Site{Files: x.Files}
	return site.WriteInto(dir)
}

// checkSite refuses a folder that is not one, that is a report, or whose
// index.html is someone else's.
func checkSite(dir string) error {
	fi, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("archive: %w", err)
	}
	if !fi.IsDir() {
		return fmt.Errorf("archive: %s is not a folder", dir)
	}
	if _, err := os.Lstat(filepath.Join(dir, "data", "metrics.json")); err == nil {
		parent := filepath.Dir(filepath.Clean(dir))
		return fmt.Errorf("%w: %s holds data/metrics.json, and the archive index would overwrite the report's index.html; run archive on the folder that holds the reports (for example %s)",
			ErrSiteIsReport, dir, parent)
	}
	name := filepath.Join(dir, "index.html")
	b, err := os.ReadFile(name)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return fmt.Errorf("archive: %w", err)
	case !bytes.Contains(b, []byte(generatorMeta)):
		return fmt.Errorf("%w: %s; move it away, or archive another folder", ErrForeignIndex, name)
	}
	return nil
}

// Scan finds every data/metrics.json below dir (not dir's own) and reads
// it. Reports come sorted by period start, then folder; problems by
// folder. Hidden folders (".git", ".cache") are not searched. Only a
// failure to read dir itself is an error.
func Scan(dir string) ([]Report, []Problem, error) {
	root := filepath.Clean(dir)
	var reports []Report
	var problems []Problem
	rel := func(p string) string {
		r, err := filepath.Rel(root, p)
		if err != nil {
			return filepath.ToSlash(p)
		}
		return filepath.ToSlash(r)
	}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == root {
				return err
			}
			problems = append(problems, Problem{Dir: rel(p), Kind: ProblemList, Err: err})
			return nil
		}
		if d.IsDir() && p != root && strings.HasPrefix(d.Name(), ".") {
			return fs.SkipDir
		}
		if d.Name() != "metrics.json" || filepath.Base(filepath.Dir(p)) != "data" {
			return nil
		}
		reportDir := filepath.Dir(filepath.Dir(p))
		if reportDir == root {
			return nil // checkSite refuses this folder; Scan alone skips it
		}
		r, prob := readReport(reportDir, p)
		if prob != nil {
			prob.Dir = rel(reportDir)
			problems = append(problems, *prob)
		} else {
			r.Dir = rel(reportDir)
			reports = append(reports, r)
		}
		if d.IsDir() {
			return fs.SkipDir
		}
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("archive: %w", err)
	}
	sort.SliceStable(reports, func(i, j int) bool {
		a, b := reports[i], reports[j]
		if !a.From.Equal(b.From) {
			return a.From.Before(b.From)
		}
		return a.Dir < b.Dir
	})
	sort.SliceStable(problems, func(i, j int) bool { return problems[i].Dir < problems[j].Dir })
	return reports, problems, nil
}

// readReport reads one report's metrics file and checks that the report
// can be linked to.
func readReport(reportDir, name string) (Report, *Problem) {
	b, err := os.ReadFile(name)
	if err != nil {
		kind := ProblemRead
		if errors.Is(err, fs.ErrPermission) {
			kind = ProblemPermission
		}
		return Report{}, &Problem{Kind: kind, Err: err}
	}
	m, prob := parseMetrics(b)
	if prob != nil {
		prob.Err = fmt.Errorf("%s: %w", name, prob.Err)
		return Report{}, prob
	}
	from, err1 := time.Parse(time.RFC3339, m.Period.From)
	to, err2 := time.Parse(time.RFC3339, m.Period.To)
	if err := errors.Join(err1, err2); err != nil || !from.Before(to) {
		if err == nil {
			err = fmt.Errorf("period from %s is not before to %s", m.Period.From, m.Period.To)
		}
		return Report{}, &Problem{Kind: ProblemPeriod, Err: fmt.Errorf("%s: %w", name, err)}
	}
	index := filepath.Join(reportDir, "index.html")
	if fi, err := os.Stat(index); err != nil || !fi.Mode().IsRegular() {
		if err == nil {
			err = fmt.Errorf("%s is not a file", index)
		}
		return Report{}, &Problem{Kind: ProblemNoIndex, Err: err}
	}
	return Report{From: from, To: to, Metrics: m}, nil
}

// maxGenerator bounds how much of a foreign generator the page quotes.
const maxGenerator = 60

// parseMetrics decodes a metrics file, first checking that it is
// socialaudit's and of the layout this version reads.
func parseMetrics(b []byte) (report.MetricsJSON, *Problem) {
	var m report.MetricsJSON
	if len(bytes.TrimSpace(b)) == 0 {
		return m, &Problem{Kind: ProblemEmpty, Err: errors.New("empty file")}
	}
	var head struct {
		Schema    json.RawMessage `json:"schema"`
		Generator *string         `json:"generator"`
	}
	if err := json.Unmarshal(b, &head); err != nil {
		return m, jsonProblem(b, err)
	}
	switch g := head.Generator; {
	case g == nil:
		return m, &Problem{Kind: ProblemNoGenerator, Err: errors.New("no generator field")}
	case *g != "socialaudit" && !strings.HasPrefix(*g, "socialaudit "):
		return m, &Problem{Kind: ProblemGenerator, Args: []string{locale.Truncate(*g, maxGenerator)},
			Err: fmt.Errorf("generator %q is not socialaudit", *g)}
	}
	var schema int
	if err := json.Unmarshal(head.Schema, &schema); err != nil || schema < report.MetricsSchemaOldest || schema > report.MetricsSchema {
		found := strings.TrimSpace(string(head.Schema))
		if found == "" {
			found = "?"
		}
		found = locale.Truncate(found, 12)
		return m, &Problem{Kind: ProblemSchema,
			Args: []string{found, strconv.Itoa(report.MetricsSchemaOldest), strconv.Itoa(report.MetricsSchema)},
			Err:  fmt.Errorf("schema %s, not %d to %d", found, report.MetricsSchemaOldest, report.MetricsSchema)}
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return m, jsonProblem(b, err)
	}
	return m, nil
}

// jsonProblem turns a decoding error into a problem that points at the
// line and column, or names the field.
func jsonProblem(b []byte, err error) *Problem {
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		line, col := lineCol(b, syn.Offset)
		return &Problem{Kind: ProblemJSON, Args: []string{strconv.Itoa(line), strconv.Itoa(col)},
			Err: fmt.Errorf("line %d, column %d: %w", line, col, err)}
	}
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		field := typ.Field
		if field == "" {
			field = "(top level)"
		}
		return &Problem{Kind: ProblemField, Args: []string{field}, Err: err}
	}
	return &Problem{Kind: ProblemRead, Err: err}
}

// lineCol turns a byte offset (the byte after the error, as
// encoding/json reports it) into a 1-based line and column of the
// offending byte.
func lineCol(b []byte, offset int64) (line, col int) {
	if offset > int64(len(b)) {
		offset = int64(len(b))
	}
	at := int(offset) - 1
	if at < 0 {
		at = 0
	}
	line = 1 + bytes.Count(b[:at], []byte("\n"))
	col = at - bytes.LastIndexByte(b[:at], '\n')
	return line, col
}

// reportHref is the relative link from the archive folder to a report's
// index.html: each folder segment URL-escaped, ":" included, so that no
// segment can read as a URL scheme.
func reportHref(dir string) string {
	segs := strings.Split(dir, "/")
	for i, s := range segs {
		segs[i] = strings.ReplaceAll(url.PathEscape(s), ":", "%3A")
	}
	return strings.Join(segs, "/") + "/index.html"
}
