// Package gen writes synthetic exports in socialaudit's own CSV format (a
// posts file, a comments file and a daily file) at any size, for the
// benchmark against DuckDB.
//
// The data imitates a brand's community management over six months on
// three platforms: customers comment on the brand's posts, the brand's
// account replies after delays from seconds to days (log-normal), customers
// follow up in the threads, some reply to replies, some comments are never
// answered, a few are hidden. Texts vary in length and hold commas, quotes,
// line breaks and non-ASCII characters, so that CSV quoting is exercised.
//
// The output is a pure function of the Config: the same size and seed give
// byte-identical files.
package gen

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"time"
)

// The brand's accounts. BrandFlags are the --brand values that make
// socialaudit (and the DuckDB program) recognise them: the Facebook page by
// its name, the Instagram account by its handle and the X account by its
// handle written with "@" and in another case.
const (
	BrandName      = "Acme Outdoor"
	BrandHandle    = "acmeoutdoor"
	brandFacebook  = "104729361"         // the page id
	brandInstagram = "17841400000000001" // the account id
	brandXID       = "98765"
	brandXName     = "@AcmeOutdoor"
)

// BrandFlags returns the --brand values for the generated data.
func BrandFlags() []string { return []string{BrandName, BrandHandle} }

// Start is the first instant of the generated period; posts spread over
// Days days from it.
var Start = time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)

// Days is the length of the posting period.
const Days = 183

// Export is when the export was made: a day after the last post. Nothing
// later is in the files, so the comments of the last day without an answer
// are still pending.
var Export = Start.Add((Days + 1) * 24 * time.Hour)

// CommentsPerPost is the mean number of comment rows per post.
const CommentsPerPost = 300

// File names written by WriteDir.
const (
	PostsFile    = "posts.csv"
	CommentsFile = "comments.csv"
	DailyFile    = "daily.csv"
)

// Config says what to generate.
type Config struct {
	// Comments is the exact number of comment rows (customers' and
	// brand's).
	Comments int
	// Seed varies the data; 0 is a seed like any other.
	Seed uint64
}

// Stats counts what was written.
type Stats struct {
	Posts, Comments, Daily int
	// Brand counts the comment rows written by the brand's accounts.
	Brand int
	// Bytes is the total size of the three files.
	Bytes int64
}

// WriteDir writes the three files into dir (created if needed).
func WriteDir(dir string, cfg Config) (Stats, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return Stats{}, err
	}
	var files [3]*os.File
	for i, name := range []string{PostsFile, CommentsFile, DailyFile} {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			for _, g := range files[:i] {
				g.Close()
			}
			return Stats{}, err
		}
		files[i] = f
	}
	st, err := Write(files[0], files[1], files[2], cfg)
	for _, f := range files {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	return st, err
}

// platform describes one generated platform.
type platform struct {
	name   string
	weight float64 // share of the posts
	prefix string  // of the ids
	zone   *time.Location
	// brandID and brandName are the brand's author_id and author_name.
	brandID, brandName string
	// answer is the chance that the brand answers a top-level comment.
	answer float64
	// flat: replies to replies are flattened under the top-level comment
	// (Facebook); elsewhere a reply may reply to a reply.
	flat bool
	// explicit: the export says who is the brand (from_brand is filled).
	explicit bool
	// hidden: the export carries the hidden flag.
	hidden    bool
	postTypes []string
}

var platforms = []platform{
	{name: "facebook", weight: 0.5, prefix: "fb", zone: time.FixedZone("", 2*3600),
		brandID: brandFacebook, brandName: BrandName, answer: 0.78, flat: true, hidden: true,
		postTypes: []string{"photo", "video", "link", "status"}},
	{name: "instagram", weight: 0.3, prefix: "ig", zone: time.UTC,
		brandID: brandInstagram, brandName: BrandHandle, answer: 0.62, hidden: true,
		postTypes: []string{"photo", "carousel", "reel"}},
	{name: "x", weight: 0.2, prefix: "x", zone: time.FixedZone("", -5*3600),
		brandID: brandXID, brandName: brandXName, answer: 0.7, explicit: true,
		postTypes: []string{"tweet", "video"}},
}

// Header rows of the three files.
const (
	postsHeader    = "platform,account,post_id,published_at,type,text,permalink,impressions,reach,reactions,comments,shares,clicks,hides,hide_all,spam_reports,unlikes\n"
	commentsHeader = "platform,account,comment_id,post_id,parent_id,author_id,author_name,from_brand,created_at,text,hidden,agent\n"
	dailyHeader    = "platform,account,date,followers,follows,unfollows,hides,hide_all,spam_reports,impressions\n"
)

// generator holds the state of one Write.
type generator struct {
	r        *rand.Rand
	zipf     *rand.Zipf
	comments *bufio.Writer
	posts    *bufio.Writer
	row      []byte // the row being built
	text     []byte // scratch for texts
	budget   int    // comment rows still to write
	nextID   int
	st       Stats
	err      error
}

// msg is a comment already written, as later messages of its thread need
// it.
type msg struct {
	id, parent string
	t          time.Time
	customer   int // the author's index; -1 for the brand
}

// Write generates cfg into the three writers.
func Write(posts, comments, daily io.Writer, cfg Config) (Stats, error) {
	if cfg.Comments < 0 {
		return Stats{}, fmt.Errorf("negative number of comments: %d", cfg.Comments)
	}
	r := rand.New(rand.NewPCG(cfg.Seed, uint64(cfg.Comments)))
	pool := cfg.Comments/4 + 50
	cw := &countWriter{w: comments}
	pw := &countWriter{w: posts}
	g := &generator{
		r:        r,
		zipf:     rand.NewZipf(r, 1.15, 4, uint64(pool-1)),
		comments: bufio.NewWriterSize(cw, 1<<20),
		posts:    bufio.NewWriterSize(pw, 1<<16),
	}
	g.comments.WriteString(commentsHeader)
	g.posts.WriteString(postsHeader)

	nPosts := max(1, (cfg.Comments+CommentsPerPost/2)/CommentsPerPost)
	// Each post gets a log-normal share of the comments; the last one takes
	// what rounding left, so that the total is exact.
	weights := make([]float64, nPosts)
	var sum float64
	for i := range weights {
		weights[i] = math.Exp(g.r.NormFloat64() * 0.9)
		sum += weights[i]
	}
	span := time.Duration(Days) * 24 * time.Hour
	assigned := 0
	for i := range nPosts {
		n := int(float64(cfg.Comments) * weights[i] / sum)
		if i == nPosts-1 {
			n = cfg.Comments - assigned
		}
		n = min(n, cfg.Comments-assigned)
		assigned += n
		p := &platforms[g.pickPlatform()]
		at := Start.Add(time.Duration((float64(i) + g.r.Float64()) / float64(nPosts) * float64(span))).Truncate(time.Second)
		g.post(p, i, at, n)
		if g.err != nil {
			return g.st, g.err
		}
	}
	if err := g.comments.Flush(); err != nil {
		return g.st, err
	}
	if err := g.posts.Flush(); err != nil {
		return g.st, err
	}
	dn, err := writeDaily(daily, g.r)
	if err != nil {
		return g.st, err
	}
	g.st.Daily = dn.rows
	g.st.Bytes = cw.n + pw.n + dn.bytes
	return g.st, nil
}

func (g *generator) pickPlatform() int {
	u := g.r.Float64()
	for i, p := range platforms {
		if u < p.weight {
			return i
		}
		u -= p.weight
	}
	return len(platforms) - 1
}

// post writes one post and its n comment rows.
func (g *generator) post(p *platform, i int, at time.Time, n int) {
	postID := p.prefix + "_p" + strconv.Itoa(i+1)
	g.budget = n
	written := 0
	for g.budget > 0 && g.err == nil {
		before := g.budget
		g.thread(p, postID, at)
		written += before - g.budget
	}
	g.writePost(p, postID, at, written)
}

// thread writes one conversation under a post: a customer's top-level
// comment, maybe the brand's answer, follow-ups and their answers. It stops
// when the post's budget of rows is spent.
func (g *generator) thread(p *platform, postID string, published time.Time) {
	r := g.r
	// Most comments come within hours of the post, some days later.
	var delay time.Duration
	if r.Float64() < 0.75 {
		delay = g.logNormal(3*time.Hour, 1.2)
	} else {
		delay = g.logNormal(48*time.Hour, 1.0)
	}
	delay = clamp(delay, time.Minute, 30*24*time.Hour)
	author := g.customer()
	question := r.Float64() < 0.3
	top, ok := g.comment(p, postID, "", author, published.Add(delay), question)
	if !ok {
		return
	}
	if r.Float64() < 0.004 {
		// The brand's own top-level comment (a contest's rules...): it
		// answers nobody, as it has no parent.
		g.comment(p, postID, "", -1, published.Add(g.logNormal(time.Hour, 1)), false)
	}
	thread := []msg{top}
	last := top.t
	chance := p.answer
	if question {
		chance += 0.1
	}
	if r.Float64() < chance {
		if b, ok := g.comment(p, postID, top.id, -1, top.t.Add(g.answerDelay(3*time.Hour)), false); ok {
			thread = append(thread, b)
			last = later(last, b.t)
		}
	}
	// Follow-ups: a geometric number of them, by the same customer or
	// another one, some before the brand's answer, most after.
	for r.Float64() < 0.32 && len(thread) < 12 {
		who := author
		if r.Float64() < 0.4 {
			who = g.customer()
		}
		base := last
		if r.Float64() < 0.3 {
			base = top.t
		}
		at := base.Add(clamp(g.logNormal(40*time.Minute, 1.5), 0, 10*24*time.Hour))
		parent := top.id
		if !p.flat && len(thread) > 1 && r.Float64() < 0.5 {
			// A reply to a reply, written before this one.
			if m := thread[1+r.IntN(len(thread)-1)]; !m.t.After(at) {
				parent = m.id
			}
		}
		f, ok := g.comment(p, postID, parent, who, at, r.Float64() < 0.35)
		if !ok {
			return
		}
		thread = append(thread, f)
		last = later(last, at)
		if r.Float64() < 0.5 {
			// The brand answers the follow-up, by replying to it or, where
			// threads are flat, under the same top-level comment.
			bp := f.id
			if p.flat || r.Float64() < 0.5 {
				bp = f.parent
			}
			if b, ok := g.comment(p, postID, bp, -1, at.Add(g.answerDelay(2*time.Hour)), false); ok {
				thread = append(thread, b)
				last = later(last, b.t)
			}
		}
	}
}

// answerDelay is how long the brand takes: log-normal around median, with
// now and then an answer in the same second.
func (g *generator) answerDelay(median time.Duration) time.Duration {
	if g.r.Float64() < 0.002 {
		return 0
	}
	return clamp(g.logNormal(median, 1.7), time.Second, 20*24*time.Hour)
}

// logNormal returns a log-normal duration with the given median and sigma,
// in whole seconds.
func (g *generator) logNormal(median time.Duration, sigma float64) time.Duration {
	s := median.Seconds() * math.Exp(g.r.NormFloat64()*sigma)
	return time.Duration(math.Round(s)) * time.Second
}

func clamp(d, lo, hi time.Duration) time.Duration { return min(max(d, lo), hi) }

func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// customer picks a commenter: a few regulars write much, most write once
// or twice.
func (g *generator) customer() int { return int(g.zipf.Uint64()) }

// comment writes one comment row; author -1 is the brand. It spends one row
// of the budget. It writes nothing and returns false when the budget is
// spent or the comment would come after the export (Export).
func (g *generator) comment(p *platform, postID, parent string, author int, at time.Time, question bool) (msg, bool) {
	if g.budget == 0 || at.After(Export) {
		return msg{}, false
	}
	g.nextID++
	id := p.prefix + "_c" + strconv.Itoa(g.nextID)
	g.budget--
	g.st.Comments++
	brand := author < 0
	if brand {
		g.st.Brand++
	}
	r := g.r
	b := g.row[:0]
	b = append(b, p.name...)
	b = append(b, ',')
	b = append(b, BrandHandle...)
	b = append(b, ',')
	b = append(b, id...)
	b = append(b, ',')
	b = append(b, postID...)
	b = append(b, ',')
	b = append(b, parent...)
	b = append(b, ',')
	fromBrand := ""
	if brand {
		b = append(b, p.brandID...)
		b = append(b, ',')
		b = appendField(b, p.brandName)
		if p.explicit {
			fromBrand = pick(r, trueWords)
		}
	} else {
		b = append(b, 'u')
		b = strconv.AppendInt(b, int64(author), 10)
		b = append(b, ',')
		if p.explicit && r.Float64() < 0.002 {
			// A fan account under the brand's own handle: the export's
			// from_brand=false says it is a customer.
			b = append(b, BrandHandle...)
		} else {
			b = appendField(b, customerName(author))
		}
		if p.explicit {
			fromBrand = pick(r, falseWords)
		}
	}
	b = append(b, ',')
	b = append(b, fromBrand...)
	b = append(b, ',')
	b = at.In(p.zone).AppendFormat(b, time.RFC3339)
	b = append(b, ',')
	if brand {
		g.text = brandText(g.text[:0], r)
	} else {
		g.text = customerText(g.text[:0], r, question)
	}
	b = appendField(b, string(g.text))
	b = append(b, ',')
	if p.hidden {
		if !brand && r.Float64() < 0.02 {
			b = append(b, "true"...)
		} else {
			b = append(b, "false"...)
		}
	}
	b = append(b, ',')
	if brand && p.name != "x" {
		b = append(b, pick(r, agents)...)
	}
	b = append(b, '\n')
	g.row = b
	if _, err := g.comments.Write(b); err != nil && g.err == nil {
		g.err = err
	}
	return msg{id: id, parent: parent, t: at, customer: author}, true
}

var (
	trueWords  = []string{"true", "true", "true", "TRUE", "yes", "1"}
	falseWords = []string{"false", "false", "false", "False", "no", "0"}
	agents     = []string{"Camille", "Julien", "Sofia", "", "", "Marc-Antoine"}
)

func pick(r *rand.Rand, s []string) string { return s[r.IntN(len(s))] }

// writePost writes the post row, with counters in proportion to its
// comments.
func (g *generator) writePost(p *platform, id string, at time.Time, comments int) {
	r := g.r
	g.st.Posts++
	b := g.row[:0]
	b = append(b, p.name...)
	b = append(b, ',')
	b = append(b, BrandHandle...)
	b = append(b, ',')
	b = append(b, id...)
	b = append(b, ',')
	b = at.In(p.zone).AppendFormat(b, time.RFC3339)
	b = append(b, ',')
	b = append(b, pick(r, p.postTypes)...)
	b = append(b, ',')
	g.text = postText(g.text[:0], r)
	b = appendField(b, string(g.text))
	b = append(b, ",https://example.com/"...)
	b = append(b, p.name...)
	b = append(b, '/')
	b = append(b, id...)
	impressions := int64(comments)*int64(40+r.IntN(200)) + int64(r.IntN(5000))
	counts := []int64{
		impressions,
		impressions * int64(50+r.IntN(40)) / 100,
		int64(comments) * int64(2+r.IntN(8)),
		int64(comments),
		int64(comments) * int64(r.IntN(30)) / 100,
		impressions * int64(r.IntN(30)) / 1000,
	}
	for _, c := range counts {
		b = append(b, ',')
		b = strconv.AppendInt(b, c, 10)
	}
	// Negative feedback: Facebook's exports carry it, the others do not.
	for range 4 {
		b = append(b, ',')
		if p.name == "facebook" {
			b = strconv.AppendInt(b, impressions*int64(r.IntN(20))/10000, 10)
		}
	}
	b = append(b, '\n')
	g.row = b
	if _, err := g.posts.Write(b); err != nil && g.err == nil {
		g.err = err
	}
}

type dailyStats struct {
	rows  int
	bytes int64
}

// writeDaily writes a row per platform and day of the period.
func writeDaily(w io.Writer, r *rand.Rand) (dailyStats, error) {
	cw := &countWriter{w: w}
	bw := bufio.NewWriter(cw)
	bw.WriteString(dailyHeader)
	rows := 0
	var b []byte
	for _, p := range platforms {
		followers := int64(20000 + r.IntN(30000))
		for d := range Days {
			follows := int64(20 + r.IntN(80))
			unfollows := int64(r.IntN(40))
			followers += follows - unfollows
			b = b[:0]
			b = append(b, p.name...)
			b = append(b, ',')
			b = append(b, BrandHandle...)
			b = append(b, ',')
			b = Start.AddDate(0, 0, d).AppendFormat(b, time.DateOnly)
			for _, c := range []int64{followers, follows, unfollows} {
				b = append(b, ',')
				b = strconv.AppendInt(b, c, 10)
			}
			for _, c := range []int64{int64(r.IntN(10)), int64(r.IntN(3)), int64(r.IntN(2)), int64(5000 + r.IntN(20000))} {
				b = append(b, ',')
				if p.name == "facebook" {
					b = strconv.AppendInt(b, c, 10)
				}
			}
			b = append(b, '\n')
			bw.Write(b)
			rows++
		}
	}
	if err := bw.Flush(); err != nil {
		return dailyStats{}, err
	}
	return dailyStats{rows: rows, bytes: cw.n}, nil
}

// countWriter counts the bytes written through it.
type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
