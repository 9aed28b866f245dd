package main

import (
	"fmt"
	"os"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/analyze/anonymize"
	"github.com/socialaudit/socialaudit/report"
)

// readNotes reads and checks the --notes file before any export is read,
// so that a mistake in the summary is reported at once. No file, no notes.
func readNotes(path string) (*report.Notes, error) {
	if path == "" {
		return nil, nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("--notes: %w", err)
	}
	return report.ParseNotes(path, b)
}

// anonymizeOptions are the --anonymize flags.
type anonymizeOptions struct {
	on       bool
	key      string
	keyGiven bool
}

// check refuses a key without --anonymize (it would silently do nothing)
// and an empty key (it would silently number the pseudonyms).
func (a anonymizeOptions) check() error {
	switch {
	case a.keyGiven && !a.on:
		return usagef("--anonymize-key is only used with --anonymize")
	case a.keyGiven && a.key == "":
		return usagef("--anonymize-key needs a non-empty secret")
	}
	return nil
}

// apply pseudonymises the dataset when asked, and returns what it replaced
// for the report to state (nil for a named report).
func (a anonymizeOptions) apply(ds *analyze.Dataset, opts analyze.Options) *anonymize.Stats {
	if !a.on {
		return nil
	}
	st := anonymize.Apply(ds, opts, a.key)
	return &st
}
