// Command socialaudit turns social-media exports into a static report site.
// See the README, or run `socialaudit help`.
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"time"
)

func main() {
	stop := profile()
	code := run(os.Args[1:], os.Stdout, os.Stderr, time.Now, os.LookupEnv)
	stop()
	os.Exit(code)
}

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
