package harness_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	_ "github.com/duckdb/duckdb-go/v2"

	"github.com/socialaudit/socialaudit/bench/duck"
	"github.com/socialaudit/socialaudit/bench/figures"
	"github.com/socialaudit/socialaudit/bench/gen"
	"github.com/socialaudit/socialaudit/bench/harness"
)

// socialaudit is the product's command, built once by TestMain.
var socialaudit string

func TestMain(m *testing.M) {
	os.Exit(func() int {
		dir, err := os.MkdirTemp("", "bench-harness-")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer os.RemoveAll(dir)
		root, err := harness.RepoRoot()
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		socialaudit = filepath.Join(dir, "socialaudit")
		if err := harness.BuildSocialaudit(root, socialaudit); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		return m.Run()
	}())
}

func duckdb(t *testing.T, dir string, brands []string) figures.Result {
	t.Helper()
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	r, err := duck.Compute(context.Background(), db, duck.Config{
		Comments: filepath.Join(dir, gen.CommentsFile),
		Posts:    filepath.Join(dir, gen.PostsFile),
		Daily:    filepath.Join(dir, gen.DailyFile),
		Brand:    brands,
	})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// asOf reads as_of and the period from a report's metrics.json.
func asOf(t *testing.T, site string) (asOf, from, to string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(site, "data", "metrics.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		AsOf   string `json:"as_of"`
		Period struct{ From, To string }
	}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m.AsOf, m.Period.From, m.Period.To
}

// TestFixture: socialaudit computes the hand-computed figures of
// testdata/fixture, from every row.
func TestFixture(t *testing.T) {
	site := filepath.Join(t.TempDir(), "site")
	rep, err := harness.BuildReport(socialaudit, "../testdata/fixture", site, []string{"acme"})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Inputs.Files != 3 || rep.Inputs.Rows != 14 || rep.Inputs.Used != 14 {
		t.Errorf("inputs %+v, want 3 files, 14 rows, all used", rep.Inputs)
	}
	b, err := os.ReadFile("../testdata/fixture/expected.json")
	if err != nil {
		t.Fatal(err)
	}
	var want figures.Result
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	for _, d := range figures.Compare(rep.Figures, want.Figures) {
		t.Error(strings.Replace(d, "duckdb", "hand-computed", 1))
	}
	if m := rep.Figures.FirstResponse; m == nil || m.Mean == nil || *m.Mean != 3000 {
		t.Errorf("first response %s, want a mean of 3000", mustJSON(m))
	}
	a, from, to := asOf(t, site)
	if a != "2026-05-04T00:00:00Z" || from != "2026-04-30T09:00:00Z" || to != "2026-05-04T00:00:01Z" {
		t.Errorf("as of %s, period [%s, %s)", a, from, to)
	}
	if rep.Wall <= 0 || rep.MaxRSS <= 0 {
		t.Errorf("measurement %+v", rep.Measurement)
	}
}

// TestNoBrand: with no brand comment, both say "not measurable" and count
// the same customer comments.
func TestNoBrand(t *testing.T) {
	dir := t.TempDir()
	csv := "platform,comment_id,parent_id,author_name,created_at\n" +
		"facebook,1,,Ann,2026-05-01T10:00:00Z\nfacebook,2,1,Bob,2026-05-01T11:00:00Z\n"
	if err := os.WriteFile(filepath.Join(dir, gen.CommentsFile), []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	rep, err := harness.BuildReport(socialaudit, dir, filepath.Join(t.TempDir(), "site"), []string{"acme"})
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	d, err := duck.Compute(context.Background(), db, duck.Config{Comments: filepath.Join(dir, gen.CommentsFile), Brand: []string{"acme"}})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Figures.Measurable || rep.Figures.CustomerComments != 2 {
		t.Errorf("socialaudit: %+v", rep.Figures)
	}
	for _, diff := range figures.Compare(rep.Figures, d.Figures) {
		t.Error(diff)
	}
}

// TestGenerated: socialaudit reads every generated row (check and build),
// and its figures equal DuckDB's exactly (the mean within
// figures.MeanTolerance).
func TestGenerated(t *testing.T) {
	n := 100_000
	if testing.Short() {
		n = 10_000
	}
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	st, err := gen.WriteDir(data, gen.Config{Comments: n, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	rows := st.Posts + st.Comments + st.Daily

	out, err := exec.Command(socialaudit, "check", data).CombinedOutput()
	if err != nil {
		t.Fatalf("socialaudit check: %v\n%s", err, out)
	}
	want := fmt.Sprintf("3 file(s): 3 readable, 0 not. Rows: %d read = %d used + 0 rejected + 0 merged.", rows, rows)
	if !strings.Contains(string(out), want) {
		t.Errorf("socialaudit check: want %q in\n%s", want, out)
	}
	// Realistic data draws no remark (a reply dated before its parent...).
	if regexp.MustCompile(`(?m)^\s+(warning|note):`).Match(out) {
		t.Errorf("socialaudit check has remarks on generated data:\n%s", out)
	}

	site := filepath.Join(dir, "site")
	rep, err := harness.BuildReport(socialaudit, data, site, gen.BrandFlags())
	if err != nil {
		t.Fatal(err)
	}
	if rep.Inputs.Rows != rows || rep.Inputs.Used != rows || rep.Inputs.Rejected != 0 {
		t.Errorf("build inputs %+v, want %d rows, all used", rep.Inputs, rows)
	}
	d := duckdb(t, data, gen.BrandFlags())
	for _, diff := range figures.Compare(rep.Figures, d.Figures) {
		t.Error(diff)
	}
	a, from, to := asOf(t, site)
	if f := d.AsOf.Format("2006-01-02T15:04:05Z07:00"); f != a {
		t.Errorf("as of: socialaudit %s, DuckDB %s", a, f)
	}
	if f := d.From.Format("2006-01-02T15:04:05Z07:00"); f != from {
		t.Errorf("from: socialaudit %s, DuckDB %s", from, f)
	}
	if f := d.To.Format("2006-01-02T15:04:05Z07:00"); f != to {
		t.Errorf("to: socialaudit %s, DuckDB %s", to, f)
	}
	// The data exercises every status.
	f := rep.Figures
	if !f.Measurable || *f.Answered == 0 || *f.Unanswered == 0 || *f.Pending == 0 || *f.HiddenWithoutAnswer == 0 {
		t.Errorf("figures %+v: some status never occurs", f)
	}
	t.Logf("%d comments: %d customer, %d answered, %d unanswered, %d pending, median %.0f s",
		n, f.CustomerComments, *f.Answered, *f.Unanswered, *f.Pending, *f.FirstResponse.Median)
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
