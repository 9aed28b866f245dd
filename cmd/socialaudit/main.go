// Command socialaudit turns social-media exports into a static report site.
// See the README, or run `socialaudit help`.
package main

import (
	"os"
	"time"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, time.Now, os.LookupEnv))
}
