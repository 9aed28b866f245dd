package main

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/spf13/pflag"

	"github.com/socialaudit/socialaudit/report/archive"
)

// archiveOptions are the flags of archive.
type archiveOptions struct {
	lang, title string
	help        bool
}

func archiveFlags(o *archiveOptions) *pflag.FlagSet {
	fs := pflag.NewFlagSet("archive", pflag.ContinueOnError)
	fs.SetInterspersed(true)
	fs.StringVar(&o.lang, "lang", "en", "`LANGUAGE` of the index page: en or fr")
	fs.StringVar(&o.title, "title", "", "the page's title `TEXT`; default: \"CLIENT — report archive\" when\nevery report names the same client, else \"Report archive\"")
	fs.BoolVarP(&o.help, "help", "h", false, "show this help")
	fs.SortFlags = false
	fs.SetOutput(io.Discard)
	return fs
}

func archiveUsage() string {
	var o archiveOptions
	return `Usage: socialaudit archive [flags] SITE_DIR

Finds every report under SITE_DIR (each folder whose data/metrics.json was
written by 'socialaudit build') and (re)writes SITE_DIR/index.html: a table of
the reports, their headline figures, and a chart of each figure from one
report period to the next. Links are relative, so SITE_DIR can be copied to
any static host or opened from disk. Folders whose metrics cannot be read are
listed on the page with the reason.

SITE_DIR must not be a report itself, and an index.html already there must
be one that archive wrote.

Flags:
` + archiveFlags(&o).FlagUsages() + `
Exit status: 0 on success, 2 on a usage error, 1 on any other error.
`
}

// archiveCommand is 'socialaudit archive': it indexes the reports under
// one folder.
func archiveCommand(args []string, stdout, stderr io.Writer) error {
	var o archiveOptions
	fs := archiveFlags(&o)
	if err := fs.Parse(args); err != nil {
		return usageError{err}
	}
	if o.help {
		_, err := io.WriteString(stdout, archiveUsage())
		return err
	}
	if o.lang != "en" && o.lang != "fr" {
		return usagef("--lang %q is not supported: use en or fr", o.lang)
	}
	switch fs.NArg() {
	case 0:
		return usagef("archive needs the SITE_DIR that holds the reports")
	case 1:
	default:
		return usagef("archive takes one SITE_DIR, not %d", fs.NArg())
	}
	dir := fs.Arg(0)
	x, err := archive.Build(dir, archive.Options{Lang: o.lang, Title: o.title, Generator: "socialaudit " + version})
	if err != nil {
		return err
	}
	if err := x.Write(dir); err != nil {
		return err
	}
	for _, p := range x.Problems {
		fmt.Fprintf(stderr, "socialaudit: warning: %s\n", p.Error())
	}
	fmt.Fprintf(stdout, "Indexed %d report(s)", len(x.Reports))
	if n := len(x.Problems); n > 0 {
		fmt.Fprintf(stdout, "; %d folder(s) could not be read and are listed on the page", n)
	}
	fmt.Fprintf(stdout, ". Open %s in a browser.\n", filepath.Join(dir, "index.html"))
	return nil
}
