// Command bench compares socialaudit with DuckDB on the same job: it
// builds both programs, generates inputs of each size, then, for each run,
// builds the whole report with socialaudit and computes the responsiveness
// figures with DuckDB on the same files, measuring each process (wall time
// and peak RSS), and checks that the figures agree. It prints a table of
// the medians over the runs and writes every measurement to results.json
// and results.tsv. bench/run is the way to start it; see bench/README.md.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/socialaudit/socialaudit/bench/figures"
	"github.com/socialaudit/socialaudit/bench/gen"
	"github.com/socialaudit/socialaudit/bench/harness"
)

func main() {
	runs := flag.Int("runs", envInt("RUNS", 3), "runs per size (env RUNS)")
	seed := flag.Uint64("seed", 1, "generator seed")
	out := flag.String("out", os.Getenv("BENCH_OUT"), "folder for results.json and results.tsv (env BENCH_OUT; default: a new temporary folder)")
	work := flag.String("work", "", "folder for the binaries, inputs and sites (default: a temporary folder, removed at the end)")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: bench/run [-runs N] [-seed N] [-out DIR] [-work DIR] [SIZE...]   (default sizes: 100k 1M 5M)")
		flag.PrintDefaults()
	}
	flag.Parse()
	sizes := flag.Args()
	if len(sizes) == 0 {
		sizes = []string{"100k", "1M", "5M"}
	}
	var ns []int
	for _, s := range sizes {
		n, err := gen.ParseSize(s)
		if err != nil || n == 0 {
			fmt.Fprintln(os.Stderr, "bench: size", s, "is not a number of comments")
			os.Exit(2)
		}
		ns = append(ns, n)
	}
	if *runs < 1 {
		fmt.Fprintln(os.Stderr, "bench: -runs must be at least 1")
		os.Exit(2)
	}
	if err := run(ns, *runs, *seed, *out, *work); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil {
		return v
	}
	return def
}

// Run is one run of both programs on one input.
type Run struct {
	Socialaudit Cost     `json:"socialaudit"`
	DuckDB      Cost     `json:"duckdb"`
	QuerySec    float64  `json:"duckdb_query_seconds"`
	Agree       bool     `json:"agree"`
	Diffs       []string `json:"diffs,omitempty"`
}

// Cost is a process's measurement, in plain units.
type Cost struct {
	WallSec   float64 `json:"wall_seconds"`
	MaxRSSMiB float64 `json:"max_rss_mib"`
	UserSec   float64 `json:"user_seconds"`
	SysSec    float64 `json:"sys_seconds"`
}

func cost(m harness.Measurement) Cost {
	return Cost{
		WallSec:   m.Wall.Seconds(),
		MaxRSSMiB: float64(m.MaxRSS) / (1 << 20),
		UserSec:   m.User.Seconds(),
		SysSec:    m.Sys.Seconds(),
	}
}

// Size is the result for one input size: every run, and the medians.
type Size struct {
	Comments   int     `json:"comments"`
	Rows       int     `json:"rows"` // of all three files
	InputBytes int64   `json:"input_bytes"`
	GenSec     float64 `json:"generate_seconds"`
	// Load is the load average (1, 5, 15 min) before the size's runs.
	Load     string `json:"load_average"`
	Rejected int    `json:"rejected"`
	Runs     []Run  `json:"runs"`
	// Medians over the runs.
	Socialaudit Cost    `json:"socialaudit_median"`
	DuckDB      Cost    `json:"duckdb_median"`
	QuerySec    float64 `json:"duckdb_query_seconds_median"`
	// Ratio is socialaudit's wall time over DuckDB's (medians): below 1,
	// socialaudit is faster.
	Ratio float64 `json:"ratio"`
	Agree bool    `json:"agree"`
	// Figures are socialaudit's (equal to DuckDB's when Agree).
	Figures figures.Figures `json:"figures"`
}

// Results is the file results.json.
type Results struct {
	Date      string `json:"date"`
	GoVersion string `json:"go_version"`
	CPUs      int    `json:"cpus"`
	Runs      int    `json:"runs_per_size"`
	Seed      uint64 `json:"seed"`
	Commit    string `json:"commit,omitempty"`
	Sizes     []Size `json:"sizes"`
}

func run(ns []int, runs int, seed uint64, out, work string) error {
	root, err := harness.RepoRoot()
	if err != nil {
		return err
	}
	if work == "" {
		work, err = os.MkdirTemp("", "socialaudit-bench-work-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(work)
	}
	if out == "" {
		out, err = os.MkdirTemp("", "socialaudit-bench-")
		if err != nil {
			return err
		}
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	sa, duck := filepath.Join(work, "socialaudit"), filepath.Join(work, "duck")
	logf("building socialaudit (no cgo) and the DuckDB program (cgo)")
	if err := harness.BuildSocialaudit(root, sa); err != nil {
		return err
	}
	if err := harness.BuildDuck(root, duck); err != nil {
		return err
	}
	res := Results{
		Date:      time.Now().UTC().Format(time.RFC3339),
		GoVersion: runtime.Version(),
		CPUs:      runtime.NumCPU(),
		Runs:      runs,
		Seed:      seed,
		Commit:    commit(root),
	}
	brands := gen.BrandFlags()
	allAgree := true
	for _, n := range ns {
		data := filepath.Join(work, "data-"+gen.FormatSize(n))
		logf("%s: generating", gen.FormatSize(n))
		start := time.Now()
		st, err := gen.WriteDir(data, gen.Config{Comments: n, Seed: seed})
		if err != nil {
			return err
		}
		s := Size{Comments: n, Rows: st.Posts + st.Comments + st.Daily, InputBytes: st.Bytes,
			GenSec: time.Since(start).Seconds(), Load: loadAvg()}
		site := filepath.Join(work, "site-"+gen.FormatSize(n))
		for i := range runs {
			logf("%s: run %d of %d: socialaudit build", gen.FormatSize(n), i+1, runs)
			rep, err := harness.BuildReport(sa, data, site, brands)
			if err != nil {
				return err
			}
			logf("%s: run %d of %d: socialaudit %.2fs; DuckDB", gen.FormatSize(n), i+1, runs, rep.Wall.Seconds())
			d, err := harness.RunDuck(duck, data, brands)
			if err != nil {
				return err
			}
			logf("%s: run %d of %d: DuckDB %.2fs", gen.FormatSize(n), i+1, runs, d.Wall.Seconds())
			diffs := figures.Compare(rep.Figures, d.Result.Figures)
			if rep.Inputs.Rejected != 0 || rep.Inputs.Used != s.Rows {
				diffs = append(diffs, fmt.Sprintf("socialaudit used %d of %d rows, rejected %d: %s",
					rep.Inputs.Used, s.Rows, rep.Inputs.Rejected, strings.Join(rep.Inputs.Rejections, "; ")))
			}
			s.Rejected = rep.Inputs.Rejected
			s.Figures = rep.Figures
			s.Runs = append(s.Runs, Run{
				Socialaudit: cost(rep.Measurement),
				DuckDB:      cost(d.Measurement),
				QuerySec:    d.Result.QuerySeconds,
				Agree:       len(diffs) == 0,
				Diffs:       diffs,
			})
			if len(diffs) > 0 {
				a, _ := json.MarshalIndent(rep.Figures, "  ", "  ")
				b, _ := json.MarshalIndent(d.Result.Figures, "  ", "  ")
				fmt.Fprintf(os.Stderr, "DISAGREEMENT at %s:\n  %s\nsocialaudit:\n  %s\nDuckDB:\n  %s\n",
					gen.FormatSize(n), strings.Join(diffs, "\n  "), a, b)
			}
		}
		if err := os.RemoveAll(site); err != nil {
			return err
		}
		if err := os.RemoveAll(data); err != nil {
			return err
		}
		s.summarise()
		allAgree = allAgree && s.Agree
		res.Sizes = append(res.Sizes, s)
	}
	printTable(os.Stdout, res)
	if err := write(out, res); err != nil {
		return err
	}
	fmt.Printf("\nResults: %s and %s\n", filepath.Join(out, "results.json"), filepath.Join(out, "results.tsv"))
	if !allAgree {
		return fmt.Errorf("the figures disagree (see above)")
	}
	return nil
}

// summarise takes the medians over the runs.
func (s *Size) summarise() {
	med := func(f func(r Run) float64) float64 {
		var v []float64
		for _, r := range s.Runs {
			v = append(v, f(r))
		}
		return median(v)
	}
	s.Socialaudit = Cost{
		WallSec:   med(func(r Run) float64 { return r.Socialaudit.WallSec }),
		MaxRSSMiB: med(func(r Run) float64 { return r.Socialaudit.MaxRSSMiB }),
		UserSec:   med(func(r Run) float64 { return r.Socialaudit.UserSec }),
		SysSec:    med(func(r Run) float64 { return r.Socialaudit.SysSec }),
	}
	s.DuckDB = Cost{
		WallSec:   med(func(r Run) float64 { return r.DuckDB.WallSec }),
		MaxRSSMiB: med(func(r Run) float64 { return r.DuckDB.MaxRSSMiB }),
		UserSec:   med(func(r Run) float64 { return r.DuckDB.UserSec }),
		SysSec:    med(func(r Run) float64 { return r.DuckDB.SysSec }),
	}
	s.QuerySec = med(func(r Run) float64 { return r.QuerySec })
	s.Ratio = s.Socialaudit.WallSec / s.DuckDB.WallSec
	s.Agree = true
	for _, r := range s.Runs {
		s.Agree = s.Agree && r.Agree
	}
}

// median is the middle value, or the mean of the two middle values.
func median(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	v = slices.Clone(v)
	slices.Sort(v)
	if len(v)%2 == 1 {
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}

func printTable(w *os.File, res Results) {
	fmt.Fprintf(w, "\nsocialaudit build (whole site) vs DuckDB (responsiveness query), medians of %d run(s), %d CPU(s), %s\n\n",
		res.Runs, res.CPUs, res.GoVersion)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "comments\tinput MB\tsa wall s\tsa cpu s\tsa RSS MiB\tduck wall s\tduck cpu s\tduck RSS MiB\tratio\tsa rows/s\tsa MB/s\tduck rows/s\tduck MB/s\tduck query s\tagree\t")
	for _, s := range res.Sizes {
		mb := float64(s.InputBytes) / 1e6
		agree := "yes"
		if !s.Agree {
			agree = "NO"
		}
		fmt.Fprintf(tw, "%s\t%.1f\t%.2f\t%.2f\t%.0f\t%.2f\t%.2f\t%.0f\t%.2f\t%s\t%.1f\t%s\t%.1f\t%.2f\t%s\t\n",
			gen.FormatSize(s.Comments), mb,
			s.Socialaudit.WallSec, s.Socialaudit.UserSec+s.Socialaudit.SysSec, s.Socialaudit.MaxRSSMiB,
			s.DuckDB.WallSec, s.DuckDB.UserSec+s.DuckDB.SysSec, s.DuckDB.MaxRSSMiB,
			s.Ratio,
			rate(float64(s.Rows), s.Socialaudit.WallSec), mb/s.Socialaudit.WallSec,
			rate(float64(s.Rows), s.DuckDB.WallSec), mb/s.DuckDB.WallSec,
			s.QuerySec, agree)
	}
	tw.Flush()
}

// rate formats rows per second, as 1.23M or 456k.
func rate(rows, sec float64) string {
	r := rows / sec
	switch {
	case r >= 1e6:
		return fmt.Sprintf("%.2fM", r/1e6)
	case r >= 1e3:
		return fmt.Sprintf("%.0fk", r/1e3)
	}
	return fmt.Sprintf("%.0f", r)
}

func write(dir string, res Results) error {
	b, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "results.json"), append(b, '\n'), 0o644); err != nil {
		return err
	}
	var t strings.Builder
	t.WriteString("comments\trows\tinput_bytes\trun\tsa_wall_s\tsa_max_rss_mib\tsa_user_s\tsa_sys_s\tduck_wall_s\tduck_max_rss_mib\tduck_user_s\tduck_sys_s\tduck_query_s\tagree\n")
	for _, s := range res.Sizes {
		row := func(run string, sa, dk Cost, q float64, agree bool) {
			fmt.Fprintf(&t, "%d\t%d\t%d\t%s\t%.3f\t%.1f\t%.3f\t%.3f\t%.3f\t%.1f\t%.3f\t%.3f\t%.3f\t%t\n",
				s.Comments, s.Rows, s.InputBytes, run, sa.WallSec, sa.MaxRSSMiB, sa.UserSec, sa.SysSec,
				dk.WallSec, dk.MaxRSSMiB, dk.UserSec, dk.SysSec, q, agree)
		}
		for i, r := range s.Runs {
			row(strconv.Itoa(i+1), r.Socialaudit, r.DuckDB, r.QuerySec, r.Agree)
		}
		row("median", s.Socialaudit, s.DuckDB, s.QuerySec, s.Agree)
	}
	return os.WriteFile(filepath.Join(dir, "results.tsv"), []byte(t.String()), 0o644)
}

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "%s "+format+"\n", append([]any{time.Now().Format("15:04:05")}, args...)...)
}

// loadAvg is /proc/loadavg's first three fields, to tell a busy machine.
func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return ""
	}
	return strings.Join(f[:3], " ")
}

// commit is the checkout's HEAD, when git can tell, with "+dirty" when
// the tree has changes.
func commit(root string) string {
	out, err := exec.Command("git", "-C", root, "rev-parse", "--short", "HEAD").Output()
	if err != nil {
		return ""
	}
	c := strings.TrimSpace(string(out))
	if st, err := exec.Command("git", "-C", root, "status", "--porcelain").Output(); err == nil && len(st) > 0 {
		c += "+dirty"
	}
	return c
}
