// Command duck computes socialaudit's responsiveness figures with DuckDB,
// from a folder of socialaudit's own CSV format (comments.csv, and
// posts.csv and daily.csv when present, as written by cmd/gen), and prints
// them as JSON in the shape of metrics.json's "responsiveness" object, with
// as_of, the period and the query's own time.
//
//	go run ./cmd/duck --brand "Acme Outdoor" --brand acmeoutdoor /tmp/bench-1m
package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "github.com/duckdb/duckdb-go/v2"

	"github.com/socialaudit/socialaudit/bench/duck"
	"github.com/socialaudit/socialaudit/bench/gen"
)

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

func main() {
	var brand listFlag
	flag.Var(&brand, "brand", "a brand account name or id (repeatable), as socialaudit's --brand")
	sla := flag.Duration("sla", 24*time.Hour, "answer window")
	threads := flag.Int("threads", 0, "DuckDB threads (0: DuckDB's default, one per core)")
	printSQL := flag.Bool("sql", false, "print the query and exit")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: duck [--brand NAME]... [--sla 24h] DIR")
		os.Exit(2)
	}
	dir := flag.Arg(0)
	cfg := duck.Config{
		Comments: filepath.Join(dir, gen.CommentsFile),
		Posts:    optional(filepath.Join(dir, gen.PostsFile)),
		Daily:    optional(filepath.Join(dir, gen.DailyFile)),
		Brand:    brand,
		SLA:      *sla,
	}
	if *printSQL {
		q, err := duck.Query(cfg)
		if err != nil {
			fmt.Fprintln(os.Stderr, "duck:", err)
			os.Exit(1)
		}
		fmt.Println(q)
		return
	}
	if err := run(cfg, *threads); err != nil {
		fmt.Fprintln(os.Stderr, "duck:", err)
		os.Exit(1)
	}
}

func run(cfg duck.Config, threads int) error {
	db, err := sql.Open("duckdb", "")
	if err != nil {
		return err
	}
	defer db.Close()
	ctx := context.Background()
	if threads > 0 {
		if _, err := db.ExecContext(ctx, fmt.Sprintf("SET threads = %d", threads)); err != nil {
			return err
		}
	}
	res, err := duck.Compute(ctx, db, cfg)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(res)
}

// optional returns path when the file exists, else "".
func optional(path string) string {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return ""
	}
	return path
}
