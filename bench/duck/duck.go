// Package duck computes socialaudit's responsiveness figures (METRICS.md,
// "Who is the brand", "Answers", "Period and as of", "Responsiveness") from
// files in socialaudit's own CSV format, with one DuckDB query: the
// comparator of the benchmark.
//
// The query follows analyze/responsiveness.go and analyze/run.go:
//
//   - A comment is the brand's when from_brand says so (true/1/yes or
//     false/0/no, any case), else when its author_id or author_name,
//     trimmed, lower-cased and without one leading "@", is one of the brand
//     accounts (normalised the same way). Every other comment is a
//     customer's.
//   - As of is the latest time of any record: a post's published_at, a
//     comment's created_at, a daily row's day at midnight (UTC, the
//     report's default zone). Records after it are ignored (none, by
//     construction). The period is [earliest record, as of + 1 s truncated
//     to the second).
//   - A brand comment B answers a customer comment C of the period when B
//     has a parent, is on the same platform, B.time >= C.time, and
//     B.parent = C.id, or C has a parent and B.parent = C.parent. The first
//     response time is the earliest such B.time - C.time. Each case is a
//     hash join on (platform, parent) with B.time >= C.time; the pairs
//     (few per comment) are grouped by the comment's (platform, id) for
//     the earliest. No correlated subquery. (ASOF joins give the earliest
//     directly, but their sorts on string keys cost about twice as much;
//     grouping by row_number() OVER () instead of two strings makes the
//     scan single-threaded, and is slower on two cores.)
//   - The unanswered, pending and hidden counts are the totals over the
//     customer comments less those over the answered ones: no final join.
//   - Answered: it has an answer; pending: no answer and as of - C.time <
//     SLA; unanswered: the rest. Median and p90 by the nearest rank
//     (DuckDB's quantile_disc is exactly ceil(p*n), checked by a test);
//     the mean is exact (an integer sum), rounded to the nanosecond.
//
// Differences that cannot show on generated data, and are left out: cells
// padded with whitespace other than spaces (socialaudit trims every Unicode
// space), times with more than microsecond precision (DuckDB keeps
// microseconds), duplicate comment ids (socialaudit rejects the second; the
// query expects (platform, comment_id) unique), comments whose export
// withholds the author (the own format cannot say so), and the --from, --to,
// --as-of and --tz options (the benchmark uses the defaults).
package duck

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/csv"
	"fmt"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/socialaudit/socialaudit/bench/figures"
)

// Config names the input files and the options.
type Config struct {
	// Comments is the comments file (required); Posts and Daily may be
	// empty.
	Comments, Posts, Daily string
	// Brand are the brand accounts, as given to socialaudit's --brand.
	Brand []string
	// SLA is the answer window; 0 is socialaudit's default, 24 h.
	SLA time.Duration
}

// Result is what the query found (figures.Result).
type Result = figures.Result

// commentColumns are the comments file's columns the query reads, and
// their types; the first three are required.
var commentColumns = []struct{ name, typ string }{
	{"platform", "VARCHAR"}, {"comment_id", "VARCHAR"}, {"created_at", "TIMESTAMPTZ"},
	{"parent_id", "VARCHAR"}, {"author_id", "VARCHAR"}, {"author_name", "VARCHAR"},
	{"from_brand", "VARCHAR"}, {"hidden", "VARCHAR"},
}

// Query returns the SQL for cfg. It reads the comments file's header: a
// column of the own format that the file leaves out is read as empty.
func Query(cfg Config) (string, error) {
	header, err := readHeader(cfg.Comments)
	if err != nil {
		return "", err
	}
	has := map[string]bool{}
	for _, h := range header {
		has[h] = true
	}
	var cols, types []string
	for i, c := range commentColumns {
		switch {
		case has[c.name]:
			cols = append(cols, c.name)
			types = append(types, fmt.Sprintf("'%s': '%s'", c.name, c.typ))
		case i < 3:
			return "", fmt.Errorf("%s: no column %s", cfg.Comments, c.name)
		default:
			cols = append(cols, fmt.Sprintf("NULL::%s AS %s", c.typ, c.name))
		}
	}
	sla := cfg.SLA
	if sla == 0 {
		sla = 24 * time.Hour
	}
	// An author matches brand account k when its trimmed, lower-cased id or
	// name is k (and does not begin with "@"), or "@" followed by k: that
	// is socialaudit's rule (one leading "@" ignored) without rewriting
	// every author.
	var keys []string
	for _, b := range cfg.Brand {
		k := brandKey(b)
		if k == "" {
			continue
		}
		if !strings.HasPrefix(k, "@") {
			keys = append(keys, literal(k))
		}
		keys = append(keys, literal("@"+k))
	}
	if len(keys) == 0 {
		keys = append(keys, "NULL") // nothing matches by name
	}
	brands := strings.Join(keys, ", ")
	csv := "header = true, delim = ',', quote = '\"', escape = '\"'"

	// Bounds of the other kinds of record, for as of and the period.
	var others []string
	if cfg.Posts != "" {
		others = append(others, fmt.Sprintf(`SELECT min(published_at) AS lo, max(published_at) AS hi
		FROM read_csv(%s, %s, types = {'published_at': 'TIMESTAMPTZ'})`, literal(cfg.Posts), csv))
	}
	if cfg.Daily != "" {
		others = append(others, fmt.Sprintf(`SELECT min(date)::TIMESTAMPTZ AS lo, max(date)::TIMESTAMPTZ AS hi
		FROM read_csv(%s, %s, types = {'date': 'DATE'})`, literal(cfg.Daily), csv))
	}
	others = append(others, "SELECT min(t) AS lo, max(t) AS hi FROM c")

	return fmt.Sprintf(`
WITH
c AS MATERIALIZED (
	SELECT
		lower(trim(platform)) AS platform,
		trim(comment_id) AS id,
		nullif(trim(parent_id), '') AS parent,
		created_at AS t,
		CASE
			WHEN lower(trim(from_brand)) IN ('1', 'true', 'yes') THEN true
			WHEN lower(trim(from_brand)) IN ('0', 'false', 'no') THEN false
			ELSE coalesce(lower(trim(author_id)) IN (%[2]s) OR lower(trim(author_name)) IN (%[2]s), false)
		END AS brand,
		CASE
			WHEN lower(trim(hidden)) IN ('1', 'true', 'yes') THEN true
			WHEN lower(trim(hidden)) IN ('0', 'false', 'no') THEN false
		END AS hidden
	FROM (SELECT %[6]s FROM read_csv(%[1]s, %[3]s, types = {%[7]s}))
),
bounds AS (
	SELECT max(hi) AS as_of, min(lo) AS lo,
		date_trunc('second', max(hi) + INTERVAL 1 SECOND) AS hi
	FROM (%[4]s)
),
-- Brand comments that may answer: those with a parent, known at as of.
answers AS (
	SELECT c.platform, c.parent, c.t FROM c, bounds
	WHERE c.brand AND c.parent IS NOT NULL AND c.t <= bounds.as_of
),
-- Customer comments of the period, with their age at as of.
customer AS (
	SELECT c.platform, c.id, c.parent, c.t, c.hidden,
		epoch_us(bounds.as_of) - epoch_us(c.t) AS age
	FROM c, bounds
	WHERE NOT c.brand AND c.t <= bounds.as_of AND c.t >= bounds.lo AND c.t < bounds.hi
),
-- Every (customer comment, answer) pair: direct replies, and later brand
-- messages in the same thread. A comment has few of either.
pairs AS (
	SELECT k.platform, k.id, k.t, k.age, k.hidden, a.t AS answered_at
	FROM customer k JOIN answers a
		ON a.platform = k.platform AND a.parent = k.id AND a.t >= k.t
	UNION ALL
	SELECT k.platform, k.id, k.t, k.age, k.hidden, a.t
	FROM customer k JOIN answers a
		ON a.platform = k.platform AND a.parent = k.parent AND a.t >= k.t
),
-- The answered comments, with their first response time in microseconds.
answered AS (
	SELECT epoch_us(min(answered_at)) - epoch_us(any_value(t)) AS f,
		any_value(age) AS age, any_value(hidden) AS hidden
	FROM pairs GROUP BY platform, id
),
-- All customer comments: the unanswered and pending are these less the
-- answered ones.
totals AS (
	SELECT count(*) AS n,
		count(*) FILTER (WHERE age < %[5]d) AS young,
		count(hidden) AS hidden_known,
		count(*) FILTER (WHERE hidden) AS hidden
	FROM customer
)
SELECT
	(SELECT count(*) > 0 FROM c, bounds WHERE c.brand AND c.t <= bounds.as_of),
	(SELECT as_of FROM bounds), (SELECT lo FROM bounds), (SELECT hi FROM bounds),
	(SELECT n FROM totals),
	count(f),
	(SELECT young FROM totals) - count(*) FILTER (WHERE age < %[5]d),
	count(*) FILTER (WHERE f <= %[5]d),
	quantile_disc(f, 0.5),
	quantile_disc(f, 0.9),
	sum(f)::VARCHAR,
	count(*) FILTER (WHERE f <= 3600000000),
	count(*) FILTER (WHERE f > 3600000000 AND f <= 28800000000),
	count(*) FILTER (WHERE f > 28800000000 AND f <= 86400000000),
	count(*) FILTER (WHERE f > 86400000000 AND f <= 259200000000),
	count(*) FILTER (WHERE f > 259200000000),
	(SELECT hidden_known > 0 FROM totals),
	(SELECT hidden FROM totals) - count(*) FILTER (WHERE hidden)
FROM answered`,
		literal(cfg.Comments), brands, csv, strings.Join(others, "\n\tUNION ALL\n\t"), sla.Microseconds(),
		strings.Join(cols, ", "), strings.Join(types, ", ")), nil
}

// readHeader returns the column names of a CSV file's first row.
func readHeader(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(bufio.NewReader(f))
	r.FieldsPerRecord = -1
	h, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: reading the header: %w", path, err)
	}
	if len(h) > 0 {
		h[0] = strings.TrimPrefix(h[0], "\ufeff")
	}
	return h, nil
}

// Compute runs the query on db, on a connection of its own whose time
// zone it sets to UTC (the report's zone: daily rows start at midnight in
// it).
func Compute(ctx context.Context, db *sql.DB, cfg Config) (Result, error) {
	conn, err := db.Conn(ctx)
	if err != nil {
		return Result{}, err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "SET TimeZone = 'UTC'"); err != nil {
		return Result{}, err
	}
	start := time.Now()
	var (
		res                                 Result
		measurable                          bool
		customer, answered, pending, within int
		median, p90                         sql.NullInt64
		sum                                 sql.NullString
		b                                   figures.Buckets
		hiddenKnown                         bool
		hiddenNoAnswer                      int
	)
	q, err := Query(cfg)
	if err != nil {
		return Result{}, err
	}
	row := conn.QueryRowContext(ctx, q)
	err = row.Scan(&measurable, &res.AsOf, &res.From, &res.To,
		&customer, &answered, &pending, &within, &median, &p90, &sum,
		&b.Within1h, &b.H1To8, &b.H8To24, &b.H24To72, &b.Over72h, &hiddenKnown, &hiddenNoAnswer)
	if err != nil {
		return Result{}, err
	}
	res.QuerySeconds = time.Since(start).Seconds()
	res.AsOf, res.From, res.To = res.AsOf.UTC(), res.From.UTC(), res.To.UTC()
	f := &res.Figures
	f.Measurable = measurable
	f.CustomerComments = customer
	if !measurable {
		return res, nil
	}
	unanswered := customer - answered - pending
	f.Answered, f.Unanswered, f.Pending, f.AnsweredWithinSLA = &answered, &unanswered, &pending, &within
	f.ResponseRate = ratio(answered, answered+unanswered)
	f.WithinSLARate = ratio(within, answered+unanswered)
	f.FirstResponse = &figures.FirstResponse{}
	if answered > 0 {
		f.FirstResponse.Median = seconds(time.Duration(median.Int64) * time.Microsecond)
		f.FirstResponse.P90 = seconds(time.Duration(p90.Int64) * time.Microsecond)
		mean, err := meanNanos(sum.String, answered)
		if err != nil {
			return Result{}, err
		}
		f.FirstResponse.Mean = seconds(mean)
	}
	f.Buckets = &b
	if hiddenKnown {
		f.HiddenWithoutAnswer = &hiddenNoAnswer
	}
	return res, nil
}

// meanNanos is sum (microseconds, as decimal text) / n, rounded to the
// nearest nanosecond, half away from zero, as socialaudit rounds.
func meanNanos(sum string, n int) (time.Duration, error) {
	s, ok := new(big.Int).SetString(sum, 10)
	if !ok {
		return 0, fmt.Errorf("sum of first response times %q is not an integer", sum)
	}
	s.Mul(s, big.NewInt(1000))
	q, r := new(big.Int).QuoRem(s, big.NewInt(int64(n)), new(big.Int))
	if r.Mul(r, big.NewInt(2)).CmpAbs(big.NewInt(int64(n))) >= 0 {
		if s.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	if !q.IsInt64() {
		return 0, fmt.Errorf("mean first response time overflows")
	}
	return time.Duration(q.Int64()), nil
}

func seconds(d time.Duration) *float64 {
	s := d.Seconds()
	return &s
}

func ratio(num, den int) *float64 {
	if den == 0 {
		return nil
	}
	r := float64(num) / float64(den)
	return &r
}

// brandKey normalises an account as socialaudit does: trimmed, without one
// leading "@", lower-case.
func brandKey(s string) string {
	return strings.ToLower(strings.TrimPrefix(strings.TrimSpace(s), "@"))
}

// literal quotes s as an SQL string.
func literal(s string) string {
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}
