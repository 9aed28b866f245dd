package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // IANA zones even on machines without zoneinfo

	"github.com/spf13/pflag"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/analyze/importers"
	"github.com/socialaudit/socialaudit/analyze/mapped"
	"github.com/socialaudit/socialaudit/report"
	"github.com/socialaudit/socialaudit/report/recommend"
)

// version is the socialaudit version; release builds set it with
// -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// Exit codes.
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

// usageError marks an error in how the command was called (exit 2).
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// env reads an environment variable; injected for tests.
type env func(string) (string, bool)

// run is the whole program: it parses args, does the work and returns the
// exit code. Errors go to stderr prefixed "socialaudit: ".
func run(args []string, stdout, stderr io.Writer, now func() time.Time, getenv env) int {
	err := dispatch(args, stdout, stderr, now, getenv)
	if err == nil {
		return exitOK
	}
	fmt.Fprintf(stderr, "socialaudit: %v\n", err)
	var ue usageError
	if errors.As(err, &ue) {
		fmt.Fprintln(stderr, "Run 'socialaudit help' for usage.")
		return exitUsage
	}
	return exitError
}

func dispatch(args []string, stdout, stderr io.Writer, now func() time.Time, getenv env) error {
	if len(args) == 0 {
		io.WriteString(stderr, mainUsage)
		return usagef("no command given")
	}
	switch cmd := args[0]; cmd {
	case "build":
		return build(args[1:], stdout, stderr, now, getenv)
	case "check":
		return check(args[1:], stdout, stderr, now)
	case "archive":
		return archiveCommand(args[1:], stdout, stderr)
	case "init":
		return initConfig(args[1:], stdout)
	case "help", "-h", "--help":
		if len(args) > 1 && args[0] == "help" {
			usage, ok := helpTopics[args[1]]
			if !ok {
				return usagef("unknown help topic %q", args[1])
			}
			_, err := io.WriteString(stdout, usage())
			return err
		}
		_, err := io.WriteString(stdout, mainUsage)
		return err
	case "version", "--version", "-v":
		_, err := fmt.Fprintf(stdout, "socialaudit %s\n", version)
		return err
	default:
		if strings.HasPrefix(cmd, "-") {
			return usagef("unknown flag %s before a command", cmd)
		}
		return usagef("unknown command %q", cmd)
	}
}

// helpTopics are the texts of "socialaudit help TOPIC".
var helpTopics = map[string]func() string{
	"build":      buildUsage,
	"check":      checkUsage,
	"archive":    archiveUsage,
	"init":       initUsage,
	"thresholds": thresholdsUsage,
	"help":       func() string { return mainUsage },
	"version":    func() string { return mainUsage },
}

const mainUsage = `socialaudit turns a client's social-media exports into a static report site:
does the brand answer, is it a conversation or a broadcast, is the audience
pushing back.

Usage:
  socialaudit build [flags] PATH...     read the exports (files, or folders of them) and write the report
  socialaudit check [flags] PATH...     say what each file is and how its rows read; write nothing
  socialaudit init [FILE]               write a commented starter configuration file (socialaudit.toml)
  socialaudit archive [flags] SITE_DIR  write an index page over the reports kept under SITE_DIR
  socialaudit help [COMMAND]            show this help, or the flags of build, check, init or archive
  socialaudit help thresholds           list the diagnostics' rules and thresholds that --threshold sets
  socialaudit --version                 print the version

Example:
  socialaudit build --client "Lumen Home" --brand lumen_home -o site sample-data/
`

// buildOptions are the flags of build.
type buildOptions struct {
	out, client        string
	brand              []string
	from, to, asOf, tz string
	sla                string
	lang               string
	hours              hoursValue
	config             string
	notes              string
	anonymize          anonymizeOptions
	events, compare    string // events.go, compare.go
	read               readOptions
	help               bool
	// threshold are the --threshold NAME=VALUE, as given (thresholds.go).
	threshold []string

	// inputs are the PATHs of the configuration file, read when the
	// command line gives none.
	inputs []string
	// brandByPlatform is the configuration file's [brand] table.
	brandByPlatform map[string][]string
	// fileThresholds are the configuration file's [thresholds], checked;
	// --threshold wins over them.
	fileThresholds []thresholdValue
	// recommend are the recommendations' thresholds, set by
	// analyzeOptions.
	recommend recommend.Thresholds
	brandingOptions
}

// brandingOptions are the flags of the report's frame: branding and the
// single-file delivery.
type brandingOptions struct {
	singleFile bool
	// force writes --out over anything but the inputs (--force).
	force                   bool
	clientLogo, agencyLogo  string
	agency, contact, accent string
}

// languages are the report languages, for --lang.
var languages = []string{"en", "fr"}

// readOptions are the flags that say how to read the inputs, shared by
// build and check.
type readOptions struct {
	tz        string
	tzGiven   bool
	dateOrder string
	maps      []string
	// now is the day of the run: records dated after it are rejected.
	now time.Time
}

func readFlags(fs *pflag.FlagSet, o *readOptions) {
	fs.StringVar(&o.dateOrder, "date-order", "", "day/month order of dates written with slashes, dmy or mdy, for files\nwhose dates cannot tell (every day 12 or less); default: decided per file")
	fs.StringArrayVar(&o.maps, "map", nil, "a mapping `FILE` (TOML or YAML) describing the columns of an export\nsocialaudit does not know (repeatable; see the README)")
}

func buildFlags(o *buildOptions) *pflag.FlagSet {
	fs := pflag.NewFlagSet("build", pflag.ContinueOnError)
	fs.SetInterspersed(true) // flags before or after the paths
	fs.StringVarP(&o.out, "out", "o", "site", "write the report site into `DIR` (with --single-file: the HTML file\nto write, default report.html)")
	fs.BoolVar(&o.force, "force", false, "write --out even when it holds something other than a previous\nsocialaudit report; what it holds is deleted")
	fs.StringVar(&o.client, "client", "", "the client's `NAME`, shown as the report title")
	fs.StringArrayVar(&o.brand, "brand", nil, "a brand account `NAME` or id (repeatable); a comment whose author\nmatches is the brand's (case-insensitive, leading @ ignored)")
	fs.StringVar(&o.from, "from", "", "first `DATE` of the report period (YYYY-MM-DD, or a time);\ndefault: the earliest record")
	fs.StringVar(&o.to, "to", "", "last `DATE` of the report period, included (YYYY-MM-DD); a full time\nis the exclusive end; default: the latest record")
	fs.StringVar(&o.asOf, "as-of", "", "judge the data as at `TIME` (RFC 3339 or YYYY-MM-DD HH:MM[:SS]);\nlater records are ignored; default: the latest record")
	fs.StringVar(&o.tz, "tz", "UTC", "IANA time `ZONE` for months, weekdays and hours, and for times\nwritten without an offset (e.g. Europe/Paris); it also overrides the\nUS Pacific zone of Facebook's legacy exports")
	fs.StringVar(&o.sla, "sla", "24h", "answer within this `DURATION` (e.g. 24h, 90m, 2d); younger\nunanswered comments are pending")
	fs.StringVar(&o.lang, "lang", "en", "report `LANGUAGE`: en (English) or fr (French)")
	o.hours = hoursValue(analyze.DefaultBusinessHours)
	fs.Var(&o.hours, "business-hours", "working hours `HH-HH` on weekdays, in --tz, to tell comments that arrive\nin business hours from evenings and weekends (00 to 24)")
	fs.StringVar(&o.notes, "notes", "", "your executive summary: a markdown `FILE` shown first on the summary\npage, with figures as placeholders such as {{ .ResponseRate }}\n(see the README)")
	fs.BoolVar(&o.anonymize.on, "anonymize", false, "replace the commenters' names and ids by pseudonyms, in the pages and\nin unanswered.csv, for a report shared beyond the client")
	fs.StringVar(&o.anonymize.key, "anonymize-key", "", "with --anonymize, derive the pseudonyms from this secret `TEXT`, so that\na person keeps theirs in every report made with the same key")
	fs.StringVar(&o.events, "events", "", "a CSV `FILE` of events (header date,label[,end]; dates YYYY-MM-DD, end\nincluded) drawn on every time chart and listed on the summary page")
	fs.StringVar(&o.compare, "compare", "", "compare every headline figure and the time charts with `PERIOD`:\nprevious (the period of the same length just before: as many calendar\nmonths for whole months, else as many days) or FROM..TO (dates\nYYYY-MM-DD, TO included); it is judged as long after its end as the\nreport is after its own")
	fs.StringArrayVar(&o.threshold, "threshold", nil, "set a diagnostic rule or a recommendation threshold: `NAME=VALUE`\n(repeatable), such as canned.min-repeats=4 or response.low-rate=70%;\n'socialaudit help thresholds' lists the names and their defaults")
	brandingFlags(fs, &o.brandingOptions)
	readFlags(fs, &o.read)
	fs.StringVar(&o.config, "config", "", "read the options from this `FILE` (TOML or YAML); default:\nsocialaudit.toml or socialaudit.yaml in the working folder, if there")
	fs.BoolVarP(&o.help, "help", "h", false, "show this help")
	fs.SortFlags = false
	fs.SetOutput(io.Discard)
	return fs
}

func buildUsage() string {
	var o buildOptions
	return `Usage: socialaudit build [flags] PATH...

Reads each PATH (a file, or a folder: its .csv, .tsv and .txt files, sorted),
recognises each file's format by its content (see 'socialaudit check'), and
writes the report site under --out: index.html, one page per topic,
methodology.html, data.html, data/metrics.json and data/unanswered.csv.
Records found in several exports are counted once; the later export wins.

Every flag may also be set in a configuration file: socialaudit.toml (or
socialaudit.yaml) in the working folder, or the FILE of --config. Its keys
are the flags' long names, plus inputs for the PATHs, a [brand] table of
brand accounts per platform and a [thresholds] table (see 'socialaudit help
thresholds'); flags on the command line win. 'socialaudit init' writes a
commented starter file.

Flags:
` + buildFlags(&o).FlagUsages() + `
Exit status: 0 on success, 2 on a usage error, 1 on any other error.
SOURCE_DATE_EPOCH, when set, is the report's "generated" time.
`
}

func build(args []string, stdout, stderr io.Writer, now func() time.Time, getenv env) error {
	var o buildOptions
	fs := buildFlags(&o)
	if err := fs.Parse(args); err != nil {
		return usageError{err}
	}
	if o.help {
		_, err := io.WriteString(stdout, buildUsage())
		return err
	}
	cfg, err := loadConfig(fs, &o)
	if err != nil {
		return err
	}
	o.anonymize.keyGiven = fs.Changed("anonymize-key")
	if err := o.anonymize.check(); err != nil {
		return cfg.blame(err)
	}
	if o.singleFile && !fs.Changed("out") {
		o.out = report.SingleFileName
	}
	if err := o.brandingOptions.check(o.out); err != nil {
		return cfg.blame(err)
	}
	clientLogo, err := readLogo("--client-logo", o.clientLogo)
	if err != nil {
		return err
	}
	agencyLogo, err := readLogo("--agency-logo", o.agencyLogo)
	if err != nil {
		return err
	}
	opts, err := o.analyzeOptions()
	if err != nil {
		return cfg.blame(err)
	}
	spec, err := parseCompare(o.compare, opts.Location)
	if err != nil {
		return cfg.blame(err)
	}
	events, err := readEvents(o.events)
	if err != nil {
		return err
	}
	paths := fs.Args()
	if len(paths) == 0 {
		paths = o.inputs
	}
	if len(paths) == 0 {
		return usagef("build needs at least one PATH (a CSV file or a folder of them), on the command line or as inputs in a configuration file")
	}
	files, err := expandPaths(paths)
	if err != nil {
		return err
	}
	if err := checkOut(o.out, o.singleFile, o.force, paths); err != nil {
		return cfg.blame(err)
	}
	generated, err := generatedAt(now, getenv)
	if err != nil {
		return err
	}
	notes, err := readNotes(o.notes)
	if err != nil {
		return err
	}

	bar := newProgress(stderr, isTerminal(stderr), now)
	defer bar.finish()
	o.read.tz, o.read.tzGiven = o.tz, fs.Changed("tz")
	// The real clock, not SOURCE_DATE_EPOCH: a record dated after today
	// is wrong whatever date the report is stamped with.
	o.read.now = now()
	ds, err := readInputs(files, opts.Location, o.read, bar)
	if err != nil {
		return cfg.blame(err)
	}
	anonymized := o.anonymize.apply(ds, opts)
	bar.stage("Analysing the records")
	res, err := analyze.Run(ds, opts)
	if errors.Is(err, analyze.ErrNoRecords) {
		bar.finish()
		reportRejections(stderr, ds.Inputs, 10)
		return fmt.Errorf("%w: every row of the %d file(s) was rejected or they were empty", err, len(files))
	}
	if err != nil {
		return err
	}
	cmp, err := compareWith(ds, opts, res, spec)
	if err != nil {
		return err
	}
	bar.stage("Writing the report")
	noteComparison(stderr, cmp)
	meta := report.Meta{
		Client: o.client, Brand: o.brandList(), Lang: o.lang, Version: version, GeneratedAt: generated,
		Notes: notes, Anonymized: anonymized, Events: events, Compare: cmp,
		ClientLogo: clientLogo, AgencyName: o.agency, AgencyLogo: agencyLogo, Contact: o.contact,
		Accent: o.accent, SingleFile: o.singleFile, Thresholds: o.recommend,
	}
	if cfg != nil {
		meta.Config = cfg.path
	}
	site, err := buildSite(res, meta)
	if err != nil {
		return fmt.Errorf("building the report: %w", err)
	}
	if o.singleFile {
		err = site.WriteFile(o.out)
	} else {
		err = site.Write(o.out)
	}
	if err != nil {
		return err
	}
	bar.finish()
	cfg.warnPlatforms(stderr, ds)
	reportRejections(stderr, ds.Inputs, 5)
	size := int(site.Size())
	fmt.Fprintf(stdout, "Read %d file(s): %d posts, %d comments, %d days.\n", len(files), len(ds.Posts), len(ds.Comments), len(ds.Daily))
	if n := mergedRows(ds.Inputs); n > 0 {
		fmt.Fprintf(stdout, "%d row(s) held records already in a later export and were merged into them (the data page lists them).\n", n)
	}
	if anonymized != nil {
		fmt.Fprintf(stdout, "Anonymized: %d commenter(s) under pseudonyms, %d mention(s) of them replaced in comment texts.\n", anonymized.Authors, anonymized.Mentions)
	}
	if o.singleFile {
		fmt.Fprintf(stdout, "Wrote %s (%s): the whole report in one file, to open in a browser or attach to an e-mail.\n",
			o.out, humanBytes(size))
		return nil
	}
	fmt.Fprintf(stdout, "Wrote %d files (%s) to %s. Open %s in a browser.\n",
		len(site.Files), humanBytes(size), o.out, filepath.Join(o.out, "index.html"))
	return nil
}

// buildSite builds the report, its CSV downloads written as the site is
// (report.BuildStreamed); a variable so that tests can see the Meta.
var buildSite = report.BuildStreamed

// loadConfig finds, reads and applies the configuration file, if any; nil
// when there is none.
func loadConfig(fs *pflag.FlagSet, o *buildOptions) (*config, error) {
	path, err := findConfig(o.config, fs.Changed("config"))
	if err != nil || path == "" {
		return nil, err
	}
	cfg, err := readConfig(path)
	if err != nil {
		return nil, err
	}
	if err := cfg.apply(fs, o); err != nil {
		return nil, err
	}
	return cfg, nil
}

// brandList is the brand accounts as the report states them: those of
// every platform, then those of one, as "name (platform)".
func (o *buildOptions) brandList() []string {
	out := append([]string(nil), o.brand...)
	platforms := make([]string, 0, len(o.brandByPlatform))
	for p := range o.brandByPlatform {
		platforms = append(platforms, p)
	}
	sort.Strings(platforms)
	for _, p := range platforms {
		for _, a := range o.brandByPlatform[p] {
			out = append(out, a+" ("+p+")")
		}
	}
	return out
}

// warnPlatforms warns about a [brand] platform that no input has: most
// likely a misspelt platform, whose accounts would silently count as
// customers.
func (c *config) warnPlatforms(w io.Writer, ds *analyze.Dataset) {
	if c == nil || len(c.brandLines) == 0 {
		return
	}
	have := map[string]bool{}
	for i := range ds.Posts {
		have[strings.ToLower(ds.Posts[i].Platform)] = true
	}
	for i := range ds.Comments {
		have[strings.ToLower(ds.Comments[i].Platform)] = true
	}
	for i := range ds.Daily {
		have[strings.ToLower(ds.Daily[i].Platform)] = true
	}
	var list []string
	for p := range have {
		list = append(list, p)
	}
	sort.Strings(list)
	for _, p := range c.brandPlatforms() {
		if !have[p] {
			fmt.Fprintf(w, "socialaudit: warning: %s:%d: brand.%s: no input has the platform %q (the inputs' platforms: %s)\n",
				c.path, c.brandLines[p], p, p, strings.Join(list, ", "))
		}
	}
}

// brandingFlags declares the flags of the report's frame: branding and the
// single-file delivery.
func brandingFlags(fs *pflag.FlagSet, o *brandingOptions) {
	fs.BoolVar(&o.singleFile, "single-file", false, "write the whole report as one HTML file (every page, the charts, the\nlogos and the data files inlined), for e-mail; --out then names\nthe file (default report.html)")
	fs.StringVar(&o.clientLogo, "client-logo", "", "the client's logo `FILE` (PNG, JPEG, GIF, WebP or SVG, at most 2 MB),\nshown beside the client's name")
	fs.StringVar(&o.agency, "agency", "", "the `NAME` of the agency or consultant that prepared the report")
	fs.StringVar(&o.agencyLogo, "agency-logo", "", "the agency's logo `FILE` (PNG, JPEG, GIF, WebP or SVG, at most 2 MB)")
	fs.StringVar(&o.contact, "contact", "", "a contact `TEXT` shown with the agency (name, e-mail, phone)")
	fs.StringVar(&o.accent, "accent", "", "the brand's accent `COLOUR`, written #RRGGBB; darkened or lightened\nwhere a theme needs more contrast")
}

// check validates the branding flags before any input is read. out is
// --out as it will be used.
func (o brandingOptions) check(out string) error {
	if o.accent != "" {
		if _, err := report.ParseAccent(o.accent); err != nil {
			return usagef("--accent: %v", err)
		}
	}
	if o.singleFile {
		if info, err := os.Stat(out); err == nil && info.IsDir() {
			return usagef("--out %s is a folder; with --single-file, --out names the HTML file to write (for example %s)", out, report.SingleFileName)
		}
	}
	return nil
}

// readLogo reads and checks a logo file; name is the flag, for the error.
func readLogo(flag, name string) (*report.Logo, error) {
	if name == "" {
		return nil, nil
	}
	info, err := os.Stat(name)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", flag, err)
	}
	if info.IsDir() {
		return nil, fmt.Errorf("%s %s: a folder, not an image file", flag, name)
	}
	if info.Size() > report.MaxLogoSize {
		// Refused before reading: the file may be huge.
		return nil, fmt.Errorf("%s %s: the image is %s; a logo may be at most %s",
			flag, name, humanBytes(int(info.Size())), humanBytes(report.MaxLogoSize))
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", flag, err)
	}
	logo, err := report.NewLogo(data)
	if err != nil {
		return nil, fmt.Errorf("%s %s: %v", flag, name, err)
	}
	return logo, nil
}

// readInputs reads every file, then merges them. It reads them all before
// failing, so that every file-level problem is reported at once.
func readInputs(files []string, loc *time.Location, ro readOptions, bar *progress) (*analyze.Dataset, error) {
	opts, err := ro.importOptions(loc)
	if err != nil {
		return nil, err
	}
	input := inputBytes(files)
	prepareHeap(input)
	bar.reading(input)
	var got []*importers.File
	var failed []error
	for _, name := range files {
		f, err := readFile(name, opts, bar)
		if err != nil {
			failed = append(failed, err)
			continue
		}
		got = append(got, f)
	}
	if len(failed) > 0 {
		return nil, fileErrors(failed)
	}
	return importers.Merge(got), nil
}

// importOptions turns the reading flags into importers.Options, reading the
// mapping files.
func (ro readOptions) importOptions(loc *time.Location) (importers.Options, error) {
	opts := importers.Options{Location: loc, ZoneGiven: ro.tzGiven, DateOrder: ro.dateOrder, Now: ro.now}
	if err := importers.CheckDateOrder(ro.dateOrder); err != nil {
		return opts, badFlag("date-order", "%v", err)
	}
	maps, err := readMappings(ro.maps)
	if err != nil {
		return opts, err
	}
	opts.Mappings = maps
	return opts, nil
}

// readFile reads one export, telling bar (which may be nil) how far it got.
func readFile(name string, opts importers.Options, bar *progress) (*importers.File, error) {
	fh, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	return importers.ReadFile(name, bar.file(name, fh), opts)
}

// fileErrors joins the errors of several files, listing the known formats
// once when a file was not recognised.
func fileErrors(errs []error) error {
	if len(errs) == 1 {
		return errs[0]
	}
	var b strings.Builder
	unknown := false
	fmt.Fprintf(&b, "%d files cannot be read:", len(errs))
	for _, err := range errs {
		var nm *importers.NoMatchError
		if errors.As(err, &nm) {
			unknown = true
			fmt.Fprintf(&b, "\n  %s", nm.Short())
			continue
		}
		fmt.Fprintf(&b, "\n  %v", err)
	}
	if unknown {
		b.WriteString("\nKnown formats:\n" + importers.KnownList(importers.Formats()))
	}
	return errors.New(b.String())
}

func mergedRows(inputs []analyze.Input) int {
	n := 0
	for _, in := range inputs {
		n += in.Merged
	}
	return n
}

// reportRejections tells on stderr how many rows were rejected, with the
// first few, so that a consultant notices without opening the data page.
func reportRejections(w io.Writer, inputs []analyze.Input, show int) {
	total := 0
	for _, in := range inputs {
		total += in.Rejected
	}
	if total == 0 {
		return
	}
	fmt.Fprintf(w, "socialaudit: warning: %d row(s) rejected; the report's data page lists them all:\n", total)
	for _, in := range inputs {
		for _, r := range in.Rejections {
			if show == 0 {
				fmt.Fprintln(w, "  ...")
				return
			}
			fmt.Fprintf(w, "  %s\n", r.Error())
			show--
		}
	}
}

// analyzeOptions validates the flags into analyze.Options.
func (o *buildOptions) analyzeOptions() (analyze.Options, error) {
	var opts analyze.Options
	if !slices.Contains(languages, o.lang) {
		return opts, badFlag("lang", "%q is not a report language (want %s)", o.lang, strings.Join(languages, " or "))
	}
	loc, err := parseZone(o.tz)
	if err != nil {
		return opts, err
	}
	opts.Location = loc
	if opts.SLA, err = parseDuration(o.sla); err != nil {
		return opts, badFlag("sla", "%v", err)
	}
	if o.from != "" {
		if opts.From, _, err = parseWhen(o.from, loc); err != nil {
			return opts, badFlag("from", "%v", err)
		}
	}
	if o.to != "" {
		t, dateOnly, err := parseWhen(o.to, loc)
		if err != nil {
			return opts, badFlag("to", "%v", err)
		}
		if dateOnly { // the last day is included
			t = t.AddDate(0, 0, 1)
		}
		opts.To = t
	}
	if !opts.From.IsZero() && !opts.To.IsZero() && !opts.From.Before(opts.To) {
		return opts, usagef("--from %s is not before --to %s", o.from, o.to)
	}
	if o.asOf != "" {
		if opts.AsOf, _, err = parseWhen(o.asOf, loc); err != nil {
			return opts, badFlag("as-of", "%v", err)
		}
	}
	for _, b := range o.brand {
		if strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(b), "@")) == "" {
			return opts, badFlag("brand", "needs a non-empty account name or id")
		}
	}
	opts.Brand = o.brand
	opts.BrandByPlatform = o.brandByPlatform
	opts.BusinessHours = analyze.BusinessHours(o.hours)
	th, err := o.thresholds()
	if err != nil {
		return opts, err
	}
	opts.Diagnostics, o.recommend = th.diag, th.rec
	return opts, nil
}

// parseZone reads --tz: an IANA zone, never the machine's "Local", so that
// a report does not depend on where it was built.
func parseZone(tz string) (*time.Location, error) {
	loc, err := time.LoadLocation(tz)
	if err != nil || tz == "" || tz == "Local" {
		return nil, badFlag("tz", "%q is not an IANA time zone (for example UTC or Europe/Paris)", tz)
	}
	return loc, nil
}

// parseWhen reads a date (YYYY-MM-DD, midnight in loc) or a time (RFC 3339,
// or YYYY-MM-DD HH:MM[:SS] in loc). dateOnly tells which it was.
func parseWhen(s string, loc *time.Location) (t time.Time, dateOnly bool, err error) {
	s = strings.TrimSpace(s)
	if t, err := time.ParseInLocation("2006-01-02", s, loc); err == nil {
		return t, true, nil
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t, false, nil
	}
	for _, layout := range []string{"2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02T15:04:05", "2006-01-02T15:04"} {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			return t, false, nil
		}
	}
	return time.Time{}, false, fmt.Errorf("%q is neither a date (YYYY-MM-DD) nor a time (RFC 3339 or YYYY-MM-DD HH:MM[:SS])", s)
}

// parseDuration reads a Go duration, plus whole days ("2d").
func parseDuration(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	var d time.Duration
	var err error
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, perr := strconv.Atoi(days)
		if perr != nil {
			err = perr
		}
		d = time.Duration(n) * 24 * time.Hour
	} else {
		d, err = time.ParseDuration(s)
	}
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("%q is not a positive duration (for example 24h, 90m or 2d)", s)
	}
	return d, nil
}

// dataExtensions are the files a folder gives: exports are text files,
// whatever their delimiter. A file named on the command line is read
// whatever its name; its format is always decided by its content.
var dataExtensions = map[string]bool{".csv": true, ".tsv": true, ".txt": true}

// expandPaths turns the PATH arguments into a list of files: a folder gives
// its .csv, .tsv and .txt files (not recursively), sorted by name. A
// workbook in a folder is an error rather than a file silently left out.
func expandPaths(paths []string) ([]string, error) {
	var files []string
	seen := map[string]bool{}
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, pathProblem(p, err)
		}
		var add []string
		if info.IsDir() {
			entries, err := os.ReadDir(p)
			if err != nil {
				return nil, pathProblem(p, err)
			}
			for _, e := range entries {
				ext := strings.ToLower(filepath.Ext(e.Name()))
				if e.IsDir() || strings.HasPrefix(e.Name(), ".") {
					continue
				}
				if ext == ".xlsx" || ext == ".xls" {
					return nil, fmt.Errorf("%s: a spreadsheet workbook; socialaudit reads CSV: open it and save the sheet (for LinkedIn, \"All posts\") as CSV", filepath.Join(p, e.Name()))
				}
				if dataExtensions[ext] {
					add = append(add, filepath.Join(p, e.Name()))
				}
			}
			sort.Strings(add)
			if len(add) == 0 {
				return nil, fmt.Errorf("%s: the folder has no .csv, .tsv or .txt file", p)
			}
		} else {
			add = []string{p}
		}
		for _, f := range add {
			key, _ := filepath.Abs(f)
			if !seen[key] {
				seen[key] = true
				files = append(files, f)
			}
		}
	}
	return files, nil
}

// generatedAt is the report's "generated" time: SOURCE_DATE_EPOCH when set
// (reproducible builds), else the clock.
func generatedAt(now func() time.Time, getenv env) (time.Time, error) {
	if v, ok := getenv("SOURCE_DATE_EPOCH"); ok && v != "" {
		sec, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH %q is not a whole number of seconds", v)
		}
		return time.Unix(sec, 0).UTC(), nil
	}
	return now().UTC(), nil
}

func humanBytes(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// readMappings reads and checks the --map files.
func readMappings(paths []string) ([]*mapped.Mapping, error) {
	var out []*mapped.Mapping
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("--map: %w", err)
		}
		m, err := mapped.Parse(p, data)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, nil
}

// hoursValue is --business-hours, checked as it is set: whole hours
// "HH-HH", 0 <= start < end <= 24.
type hoursValue analyze.BusinessHours

// String returns the hours as HH-HH.
func (h *hoursValue) String() string { return fmt.Sprintf("%02d-%02d", h.Start, h.End) }

// Type names the value in pflag's messages.
func (h *hoursValue) Type() string { return "hours" }

// Set reads HH-HH (09-18, 9-18; 09:00-18:00 too).
func (h *hoursValue) Set(s string) error {
	start, end, ok := strings.Cut(strings.TrimSpace(s), "-")
	a, errA := wholeHour(start)
	b, errB := wholeHour(end)
	if !ok || errA != nil || errB != nil {
		return fmt.Errorf("%q is not HH-HH, whole hours from 00 to 24 (for example 09-18)", s)
	}
	if a >= b || b > 24 {
		return fmt.Errorf("%q is not a window within one day: the start must be before the end, from 00 to 24 (for example 09-18)", s)
	}
	h.Start, h.End = a, b
	return nil
}

// wholeHour reads "9", "09" or "09:00".
func wholeHour(s string) (int, error) {
	s = strings.TrimSuffix(strings.TrimSpace(s), ":00")
	if s == "" || len(s) > 2 {
		return 0, errors.New("not an hour")
	}
	return strconv.Atoi(s)
}

// pathProblem words why an input path cannot be read.
func pathProblem(p string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%s: no such file or folder", p)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("%s: permission denied: socialaudit may not read it (check who owns it and its permissions)", p)
	}
	return err
}

// checkOut refuses an --out that would destroy something: an input (the
// folder or file given, or a folder holding one), whatever --force says,
// and, without --force, anything that is not a previous socialaudit
// report (report.CheckOut).
func checkOut(out string, singleFile, force bool, inputs []string) error {
	absOut, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	for _, in := range inputs {
		absIn, err := filepath.Abs(in)
		if err != nil {
			return err
		}
		if rel, err := filepath.Rel(absOut, absIn); err == nil && (rel == "." || rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))) {
			what := "is"
			if rel != "." {
				what = "holds"
			}
			return usagef("--out %s %s the input %s: writing the report there would replace it; choose another --out", out, what, in)
		}
	}
	if force {
		return nil
	}
	if err := report.CheckOut(out, singleFile); err != nil {
		if errors.Is(err, report.ErrNotReport) {
			return usagef("--out: %v; choose another --out, or add --force to replace it (what it holds is deleted)", err)
		}
		return usagef("--out: %v", err)
	}
	return nil
}
