package duck

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	_ "github.com/duckdb/duckdb-go/v2"

	"github.com/socialaudit/socialaudit/bench/figures"
)

func openDB(t *testing.T) *sql.DB {
	t.Helper()
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func fixture(dir string) Config {
	return Config{
		Comments: filepath.Join(dir, "comments.csv"),
		Posts:    filepath.Join(dir, "posts.csv"),
		Daily:    filepath.Join(dir, "daily.csv"),
		Brand:    []string{"acme"},
	}
}

func readExpected(t *testing.T) figures.Result {
	t.Helper()
	b, err := os.ReadFile("../testdata/fixture/expected.json")
	if err != nil {
		t.Fatal(err)
	}
	var want figures.Result
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	return want
}

// TestFixture checks the query against the hand-computed figures of
// testdata/fixture (see its README.md).
func TestFixture(t *testing.T) {
	got, err := Compute(context.Background(), openDB(t), fixture("../testdata/fixture"))
	if err != nil {
		t.Fatal(err)
	}
	want := readExpected(t)
	for _, d := range figures.Compare(want.Figures, got.Figures) {
		t.Error(strings.Replace(d, "socialaudit", "hand-computed", 1))
	}
	if !got.AsOf.Equal(want.AsOf) || !got.From.Equal(want.From) || !got.To.Equal(want.To) {
		t.Errorf("as of %s, period [%s, %s); want %s, [%s, %s)", got.AsOf, got.From, got.To, want.AsOf, want.From, want.To)
	}
	// The mean must be exact here, not only within the tolerance.
	if m := got.FirstResponse.Mean; m == nil || *m != 3000 {
		t.Errorf("mean %s, want 3000", show(m))
	}
}

// TestFixtureVariants changes one thing of the fixture at a time and
// checks the figures move as the definitions say.
func TestFixtureVariants(t *testing.T) {
	base, err := os.ReadFile("../testdata/fixture/comments.csv")
	if err != nil {
		t.Fatal(err)
	}
	type want struct{ customer, answered, unanswered, pending int }
	for _, tc := range []struct {
		name     string
		edit     func(string) string
		brand    []string
		sla      time.Duration
		noDaily  bool
		want     want
		median   float64
		measured bool
	}{
		{name: "as given", edit: func(s string) string { return s }, want: want{6, 3, 2, 1}, median: 1800, measured: true},
		// Without the daily row, as of is b5's time (05-03 12:00): c6
		// (05-03 09:00) is 3 h old, still pending; c5 is 27 h old.
		{name: "no daily row", edit: func(s string) string { return s }, noDaily: true, want: want{6, 3, 2, 1}, median: 1800, measured: true},
		// A 12 h SLA makes c6 (15 h old) unanswered.
		{name: "sla 12h", edit: func(s string) string { return s }, sla: 12 * time.Hour, want: want{6, 3, 3, 0}, median: 1800, measured: true},
		// b6 moved to facebook answers c3 after 1800 s.
		{name: "b6 on facebook", edit: func(s string) string {
			return strings.Replace(s, "x,acme,b6,", "facebook,acme,b6,", 1)
		}, want: want{6, 4, 1, 1}, median: 1800, measured: true},
		// Without from_brand=false, the fan account "acme" is the brand:
		// c4 and c5 are no longer customer comments.
		{name: "fan account unmarked", edit: func(s string) string {
			s = strings.Replace(s, "acme,false,", "acme,,", 1)
			return strings.Replace(s, "acme,FALSE,", "acme,,", 1)
		}, want: want{4, 2, 1, 1}, median: 1800, measured: true},
		// b1 one second before c1: not an answer; c1's first is b2, 3 h.
		{name: "answer before the comment", edit: func(s string) string {
			return strings.Replace(s, "2026-05-01T10:30:00Z", "2026-05-01T09:59:59Z", 1)
		}, want: want{6, 3, 2, 1}, median: 7200, measured: true},
		// No brand account given: b1, b2 and b5 are customers; b3, b4 and
		// b6 are still the brand's (from_brand).
		{name: "no --brand", edit: func(s string) string { return s }, brand: []string{}, want: want{9, 1, 6, 2}, median: 0, measured: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "comments.csv"), []byte(tc.edit(string(base))), 0o644); err != nil {
				t.Fatal(err)
			}
			cfg := fixture("../testdata/fixture")
			cfg.Comments = filepath.Join(dir, "comments.csv")
			if tc.brand != nil {
				cfg.Brand = tc.brand
			}
			if tc.noDaily {
				cfg.Daily = ""
			}
			cfg.SLA = tc.sla
			got, err := Compute(context.Background(), openDB(t), cfg)
			if err != nil {
				t.Fatal(err)
			}
			if got.Measurable != tc.measured {
				t.Fatalf("measurable %v", got.Measurable)
			}
			g := want{got.CustomerComments, *got.Answered, *got.Unanswered, *got.Pending}
			if g != tc.want {
				t.Errorf("customer, answered, unanswered, pending = %v, want %v", g, tc.want)
			}
			if m := *got.FirstResponse.Median; m != tc.median {
				t.Errorf("median %v, want %v", m, tc.median)
			}
		})
	}
}

// TestNotMeasurable: with no brand comment at all, only the customer
// comments are counted.
func TestNotMeasurable(t *testing.T) {
	dir := t.TempDir()
	csv := "platform,comment_id,parent_id,author_name,created_at\n" +
		"facebook,1,,Ann,2026-05-01T10:00:00Z\nfacebook,2,1,Bob,2026-05-01T11:00:00Z\n"
	if err := os.WriteFile(filepath.Join(dir, "comments.csv"), []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := Compute(context.Background(), openDB(t), Config{Comments: filepath.Join(dir, "comments.csv"), Brand: []string{"acme"}})
	if err != nil {
		t.Fatal(err)
	}
	if got.Measurable || got.CustomerComments != 2 || got.Answered != nil || got.ResponseRate != nil {
		t.Errorf("got %+v, want not measurable with 2 customer comments", got.Figures)
	}
}

// TestNearestRank checks that DuckDB's quantile_disc, as the query calls
// it, is the nearest rank of METRICS.md: the value at 1-based position
// ceil(p/100 * n) of the sorted values.
func TestNearestRank(t *testing.T) {
	db := openDB(t)
	r := rand.New(rand.NewPCG(1, 2))
	for n := 1; n <= 120; n++ {
		vals := r.Perm(10 * n)[:n]
		var rows []string
		for _, v := range vals {
			rows = append(rows, fmt.Sprintf("(%d)", v))
		}
		var med, p90 int
		q := "SELECT quantile_disc(f, 0.5), quantile_disc(f, 0.9) FROM (VALUES " + strings.Join(rows, ",") + ") t(f)"
		if err := db.QueryRow(q).Scan(&med, &p90); err != nil {
			t.Fatal(err)
		}
		slices.Sort(vals)
		if want := vals[(50*n+99)/100-1]; med != want {
			t.Errorf("n=%d: median %d, want %d", n, med, want)
		}
		if want := vals[(90*n+99)/100-1]; p90 != want {
			t.Errorf("n=%d: p90 %d, want %d", n, p90, want)
		}
	}
}

func TestMeanNanos(t *testing.T) {
	for _, tc := range []struct {
		sum  string
		n    int
		want time.Duration
	}{
		{"3", 2, 1500},   // 1.5 µs exactly
		{"1", 3, 333},    // 333.33 ns
		{"2", 3, 667},    // 666.67 ns
		{"1", 2000, 1},   // 0.5 ns: half away from zero
		{"1", 2001, 0},   // 0.4998 ns
		{"-1", 2000, -1}, // never happens, but symmetric
		{"9000000000", 3, 3000 * time.Second},
		{"200000000000000000", 5000000, 40000 * time.Second},
	} {
		got, err := meanNanos(tc.sum, tc.n)
		if err != nil || got != tc.want {
			t.Errorf("meanNanos(%s, %d) = %d, %v; want %d", tc.sum, tc.n, got, err, tc.want)
		}
	}
	if _, err := meanNanos("x", 1); err == nil {
		t.Error("meanNanos of a non-number: no error")
	}
}

// TestQuoting: a path and a brand name with a single quote stay literals.
func TestQuoting(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "it's")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"comments.csv", "posts.csv", "daily.csv"} {
		b, err := os.ReadFile(filepath.Join("../testdata/fixture", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cfg := fixture(dir)
	cfg.Brand = append(cfg.Brand, "O'Brien")
	got, err := Compute(context.Background(), openDB(t), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if got.CustomerComments != 6 {
		t.Errorf("%d customer comments, want 6", got.CustomerComments)
	}
}

func show(p *float64) string {
	if p == nil {
		return "null"
	}
	return fmt.Sprint(*p)
}
