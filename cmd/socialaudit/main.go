// Command socialaudit turns social-media exports into a static report site.
// See the README, or run `socialaudit help`.
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"time"
)

func main() {
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(gcPercent)
	}
	stop := profile()
	code := run(os.Args[1:], os.Stdout, os.Stderr, time.Now, os.LookupEnv)
	stop()
	os.Exit(code)
}

// gcPercent is the garbage collector's target, unless GOGC sets another:
// the heap may grow this many percent over what was live at the last
// collection (Go's default is 100). A build's live heap is mostly its
// records, and the collector works on the second core while the first
// reads or analyses, so collecting more often costs little time: on a
// million comments Go's default peaked at 1.06-1.09 GB and 60 at about
// 0.93 GB, in the same wall time (issue 7's goal is under 1 GiB).
const gcPercent = 60

// profile starts the profiles the environment asks for, for contributors
// measuring the tool (see "Measuring" in the README):
// SOCIALAUDIT_CPUPROFILE=FILE writes a CPU profile of the whole run, and
// SOCIALAUDIT_MEMPROFILE=FILE a heap profile (allocations and what is live)
// at its end. The returned function ends them.
func profile() (stop func()) {
	var stops []func()
	if path := os.Getenv("SOCIALAUDIT_CPUPROFILE"); path != "" {
		f, err := os.Create(path)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "socialaudit: SOCIALAUDIT_CPUPROFILE: %v\n", err)
		} else {
			stops = append(stops, func() { pprof.StopCPUProfile(); f.Close() })
		}
	}
	if path := os.Getenv("SOCIALAUDIT_MEMPROFILE"); path != "" {
		stops = append(stops, func() {
			f, err := os.Create(path)
			if err == nil {
				runtime.GC() // the live heap as of the end of the run
				err = pprof.Lookup("allocs").WriteTo(f, 0)
				if cerr := f.Close(); err == nil {
					err = cerr
				}
			}
			if err != nil {
				fmt.Fprintf(os.Stderr, "socialaudit: SOCIALAUDIT_MEMPROFILE: %v\n", err)
			}
		})
	}
	return func() {
		for _, s := range stops {
			s()
		}
	}
}
