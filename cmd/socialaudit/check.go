package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/analyze/importers"
)

// checkShow is how many rejections check lists per file.
const checkShow = 5

func checkFlags(o *buildOptions) *pflag.FlagSet {
	fs := pflag.NewFlagSet("check", pflag.ContinueOnError)
	fs.SetInterspersed(true)
	fs.StringVar(&o.tz, "tz", "UTC", "IANA time `ZONE` for times written without an offset (e.g. Europe/Paris);\nit also overrides the US Pacific zone of Facebook's legacy exports")
	readFlags(fs, &o.read)
	fs.BoolVarP(&o.help, "help", "h", false, "show this help")
	fs.SortFlags = false
	fs.SetOutput(io.Discard)
	return fs
}

func checkUsage() string {
	var o buildOptions
	return `Usage: socialaudit check [flags] PATH...

Says, for each file (or each .csv, .tsv and .txt file of a folder), which
export format it is (or why none matched, naming the closest), how it was
read (encoding, delimiter, day/month order), its rows read, used, rejected
and merged with another export, the period it covers, and its warnings.
It writes nothing. Formats are recognised by content, never by file name.

Flags:
` + checkFlags(&o).FlagUsages() + `
Exit status: 0 when every file can be read, 1 when one cannot, 2 on a usage
error.

Known formats:
` + importers.KnownList(importers.Formats()) + "\n"
}

// check prints what each file is and how its rows read.
func check(args []string, stdout, stderr io.Writer, now func() time.Time) error {
	var o buildOptions
	fs := checkFlags(&o)
	if err := fs.Parse(args); err != nil {
		return usageError{err}
	}
	if o.help {
		_, err := io.WriteString(stdout, checkUsage())
		return err
	}
	if fs.NArg() == 0 {
		return usagef("check needs at least one PATH (a file or a folder of them)")
	}
	loc, err := parseZone(o.tz)
	if err != nil {
		return err
	}
	o.read.tzGiven = fs.Changed("tz")
	o.read.now = now()
	opts, err := o.read.importOptions(loc)
	if err != nil {
		return err
	}
	files, err := expandPaths(fs.Args())
	if err != nil {
		return err
	}
	var got []*importers.File
	failed := map[string]error{}
	unknown := false
	for _, name := range files {
		f, err := readFile(name, opts, nil)
		if err != nil {
			failed[name] = err
			var nm *importers.NoMatchError
			unknown = unknown || errors.As(err, &nm)
			continue
		}
		got = append(got, f)
	}
	ds := importers.Merge(got)
	inputs := map[string]analyze.Input{}
	for _, in := range ds.Inputs {
		inputs[in.File] = in
	}
	var rows, used, rejected, merged int
	for _, name := range files {
		fmt.Fprintln(stdout, name)
		if err, ok := failed[name]; ok {
			var nm *importers.NoMatchError
			if errors.As(err, &nm) {
				msg := "not recognised"
				if nm.Closest != nil {
					msg += fmt.Sprintf("; the closest format is %s (%s), but the file %s", nm.Closest.Name, nm.Closest.ID, importers.MissingText(nm.Missing))
				}
				field(stdout, "format", msg)
			} else {
				field(stdout, "error", strings.TrimPrefix(err.Error(), name+": "))
			}
			fmt.Fprintln(stdout)
			continue
		}
		in := inputs[name]
		rows, used, rejected, merged = rows+in.Rows, used+in.Used, rejected+in.Rejected, merged+in.Merged
		field(stdout, "format", fmt.Sprintf("%s (%s), %s", in.Format, in.FormatID, in.Kind))
		how := in.Encoding + ", " + in.Delimiter
		if in.DateOrder != "" {
			how += ", dates " + in.DateOrder
		}
		field(stdout, "read as", how)
		field(stdout, "rows", fmt.Sprintf("%d read: %d used, %d rejected, %d merged", in.Rows, in.Used, in.Rejected, in.Merged))
		if in.First.IsZero() {
			field(stdout, "period", "none (no record was used)")
		} else {
			field(stdout, "period", fmt.Sprintf("%s to %s (%s)", in.First.In(loc).Format("2006-01-02 15:04"), in.Last.In(loc).Format("2006-01-02 15:04"), loc))
		}
		for _, m := range in.MergedInto {
			field(stdout, "merged", fmt.Sprintf("%d record(s) also in %s, a later export: its values kept", m.Records, m.File))
		}
		for _, n := range in.Notes {
			field(stdout, "note", n)
		}
		if len(in.IgnoredColumns) > 0 {
			field(stdout, "ignored", fmt.Sprintf("%d column(s): %s", len(in.IgnoredColumns), shortList(in.IgnoredColumns, 6)))
		}
		for i, r := range in.Rejections {
			if i == checkShow {
				field(stdout, "warning", fmt.Sprintf("... and %d more rejected row(s)", len(in.Rejections)-checkShow))
				break
			}
			field(stdout, "warning", "line "+strings.TrimPrefix(r.Error(), name+":"))
		}
		fmt.Fprintln(stdout)
	}
	fmt.Fprintf(stdout, "%d file(s): %d readable, %d not. Rows: %d read = %d used + %d rejected + %d merged.\n",
		len(files), len(files)-len(failed), len(failed), rows, used, rejected, merged)
	if unknown {
		fmt.Fprintf(stdout, "\nKnown formats:\n%s\n", importers.KnownList(importers.Formats()))
	}
	if len(failed) > 0 {
		return fmt.Errorf("%d of %d file(s) cannot be read", len(failed), len(files))
	}
	return nil
}

func field(w io.Writer, name, value string) {
	fmt.Fprintf(w, "  %-9s %s\n", name+":", value)
}

func shortList(xs []string, max int) string {
	if len(xs) <= max {
		return strings.Join(xs, ", ")
	}
	return strings.Join(xs[:max], ", ") + fmt.Sprintf(" and %d more", len(xs)-max)
}
