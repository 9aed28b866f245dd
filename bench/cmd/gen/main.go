// Command gen writes synthetic exports in socialaudit's own format: a posts
// file, a comments file and a daily file, into a folder.
//
//	go run ./cmd/gen -comments 1000000 -seed 1 -out /tmp/bench-1m
//
// The same -comments and -seed always give the same bytes. Build the report
// with the --brand values it prints.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/socialaudit/socialaudit/bench/gen"
)

func main() {
	comments := flag.String("comments", "100k", "number of comment rows (e.g. 6, 100000, 100k, 1M)")
	seed := flag.Uint64("seed", 1, "random seed")
	out := flag.String("out", "", "folder to write posts.csv, comments.csv and daily.csv into (required)")
	flag.Parse()
	if *out == "" || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	n, err := gen.ParseSize(*comments)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(2)
	}
	start := time.Now()
	st, err := gen.WriteDir(*out, gen.Config{Comments: n, Seed: *seed})
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "gen: %d posts, %d comments (%d by the brand), %d daily rows, %d bytes in %s\n",
		st.Posts, st.Comments, st.Brand, st.Daily, st.Bytes, time.Since(start).Round(time.Millisecond))
	var flags []string
	for _, b := range gen.BrandFlags() {
		flags = append(flags, fmt.Sprintf("--brand %q", b))
	}
	fmt.Println(strings.Join(flags, " "))
}
