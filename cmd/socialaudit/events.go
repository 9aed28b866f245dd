package main

import (
	"fmt"
	"os"

	"github.com/socialaudit/socialaudit/report"
)

// readEvents reads the --events file; no events when path is empty.
//
// The parser lives in package report (report.ParseEvents), beside the Event
// type and its rules, so that events from another source (the
// configuration file's [[events]] tables) are built as report.Event values
// and checked with Event.Check by the same rules.
func readEvents(path string) ([]report.Event, error) {
	if path == "" {
		return nil, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("--events: %w", err)
	}
	defer f.Close()
	return report.ParseEvents(f, path)
}
