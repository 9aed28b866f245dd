package sampledata

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/analyze/importers"
)

// The tests read the generated CSV back, as a user's tool would, and check
// the stories the README promises against the records.

var brandAccounts = []string{"maisonbrindille", "Maison Brindille"}

type row struct {
	line int
	f    map[string]string
}

type rec struct {
	platform, id, post, parent, text string
	brand, fromBrandEmpty, hidden    bool
	at                               time.Time
}

type loaded struct {
	files    map[string][]byte
	posts    []row
	comments []rec
	daily    []row
	bad      []string // "file:line: column" of rows that do not parse
	asOf     time.Time
}

func readCSV(t *testing.T, name string, data []byte) []row {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(data))
	header, err := r.Read()
	if err != nil {
		t.Fatalf("%s: header: %v", name, err)
	}
	var rows []row
	for {
		fields, err := r.Read()
		if err != nil {
			if err.Error() == "EOF" {
				break
			}
			t.Fatalf("%s: %v", name, err)
		}
		line, _ := r.FieldPos(0)
		m := map[string]string{}
		for i, h := range header {
			m[h] = fields[i]
		}
		rows = append(rows, row{line, m})
	}
	return rows
}

func load(t *testing.T) *loaded {
	t.Helper()
	files, err := Generate()
	if err != nil {
		t.Fatal(err)
	}
	l := &loaded{files: map[string][]byte{}}
	for _, f := range files {
		l.files[f.Name] = f.Data
	}
	isBrand := func(id, name string) bool {
		for _, b := range brandAccounts {
			if strings.EqualFold(strings.TrimPrefix(id, "@"), b) || strings.EqualFold(name, b) {
				return true
			}
		}
		return false
	}
	for _, r := range readCSV(t, "posts.csv", l.files["posts.csv"]) {
		ok := true
		for _, c := range []string{"impressions", "reach", "reactions", "comments", "shares", "clicks",
			"hides", "hide_all", "spam_reports", "unlikes"} {
			if v := r.f[c]; v != "" {
				if _, err := strconv.Atoi(v); err != nil {
					l.bad = append(l.bad, fmt.Sprintf("posts.csv:%d: %s", r.line, c))
					ok = false
				}
			}
		}
		at, err := time.Parse(time.RFC3339, r.f["published_at"])
		if err != nil {
			l.bad = append(l.bad, fmt.Sprintf("posts.csv:%d: published_at", r.line))
			ok = false
		}
		if ok {
			l.posts = append(l.posts, r)
			if at.After(l.asOf) {
				l.asOf = at
			}
		}
	}
	for _, r := range readCSV(t, "comments.csv", l.files["comments.csv"]) {
		at, err := time.Parse(time.RFC3339, r.f["created_at"])
		if err != nil {
			l.bad = append(l.bad, fmt.Sprintf("comments.csv:%d: created_at", r.line))
			continue
		}
		c := rec{platform: r.f["platform"], id: r.f["comment_id"], post: r.f["post_id"], parent: r.f["parent_id"],
			text: r.f["text"], at: at, hidden: r.f["hidden"] == "true", fromBrandEmpty: r.f["from_brand"] == ""}
		switch r.f["from_brand"] {
		case "true":
			c.brand = true
		case "":
			c.brand = isBrand(r.f["author_id"], r.f["author_name"])
		}
		l.comments = append(l.comments, c)
		if at.After(l.asOf) {
			l.asOf = at
		}
	}
	l.daily = readCSV(t, "daily.csv", l.files["daily.csv"])
	return l
}

// customers returns the customer comments with their first response time
// (-1 when unanswered), following METRICS.md: a brand comment answers C when
// it is not earlier and its parent is C, or is C's parent.
func (l *loaded) customers() ([]rec, []time.Duration) {
	byParent := map[string][]time.Time{}
	for _, c := range l.comments {
		if c.brand && c.parent != "" {
			k := c.platform + "\x00" + c.parent
			byParent[k] = append(byParent[k], c.at)
		}
	}
	var cs []rec
	var first []time.Duration
	for _, c := range l.comments {
		if c.brand {
			continue
		}
		best := time.Duration(-1)
		keys := []string{c.platform + "\x00" + c.id}
		if c.parent != "" {
			keys = append(keys, c.platform+"\x00"+c.parent)
		}
		for _, k := range keys {
			for _, bt := range byParent[k] {
				if d := bt.Sub(c.at); d >= 0 && !bt.After(l.asOf) && (best < 0 || d < best) {
					best = d
				}
			}
		}
		cs = append(cs, c)
		first = append(first, best)
	}
	return cs, first
}

// rate is the response rate of the customer comments selected by keep,
// pending ones excluded.
func (l *loaded) rate(keep func(rec) bool) (rate float64, n int) {
	cs, first := l.customers()
	answered := 0
	for i, c := range cs {
		if !keep(c) {
			continue
		}
		if first[i] < 0 && l.asOf.Sub(c.at) < 24*time.Hour {
			continue
		}
		n++
		if first[i] >= 0 {
			answered++
		}
	}
	if n == 0 {
		return 0, 0
	}
	return float64(answered) / float64(n), n
}

func parisDate(t time.Time) string { return local(t).Format("2006-01-02") }

func inDates(t time.Time, from, to string) bool {
	d := parisDate(t)
	return d >= from && d <= to
}

func TestCommittedFilesUpToDate(t *testing.T) {
	files, err := Generate()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		path := filepath.Join("..", "..", "sample-data", f.Name)
		got, err := os.ReadFile(path)
		if err != nil {
			t.Errorf("%v: run go run ./cmd/gensample", err)
			continue
		}
		if !bytes.Equal(got, f.Data) {
			t.Errorf("%s differs from the generator's output: run go run ./cmd/gensample", path)
		}
	}
}

func TestGenerateIsDeterministic(t *testing.T) {
	a, err := Generate()
	if err != nil {
		t.Fatal(err)
	}
	b, err := Generate()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	total := 0
	for i := range a {
		names = append(names, a[i].Name)
		total += len(a[i].Data)
		if a[i].Name != b[i].Name || !bytes.Equal(a[i].Data, b[i].Data) {
			t.Errorf("two runs differ in %s", a[i].Name)
		}
	}
	if want := "README.md comments.csv daily.csv posts.csv"; strings.Join(names, " ") != want {
		t.Errorf("files = %v, want %s", names, want)
	}
	if total > 3<<20 {
		t.Errorf("sample data is %d bytes, want under 3 MB", total)
	}
}

func TestScale(t *testing.T) {
	l := load(t)
	cs, _ := l.customers()
	if len(cs) < 3000 {
		t.Errorf("%d customer comments, want at least 3000", len(cs))
	}
	if n := len(l.comments); n < 4000 || n > 6000 {
		t.Errorf("%d comments, want 4000-6000", n)
	}
	platforms := map[string]bool{}
	months := map[string]bool{}
	for _, c := range l.comments {
		platforms[c.platform] = true
		months[local(c.at).Format("2006-01")] = true
	}
	for _, p := range l.posts {
		platforms[p.f["platform"]] = true
	}
	if len(platforms) < 3 {
		t.Errorf("platforms %v, want at least 3", platforms)
	}
	for _, m := range []string{"2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08"} {
		if !months[m] {
			t.Errorf("no comment in %s", m)
		}
	}
	if len(l.daily) != 4*184 {
		t.Errorf("%d daily rows, want 736 (4 platforms x 184 days)", len(l.daily))
	}
}

func TestCrisisWeekend(t *testing.T) {
	l := load(t)
	cs, first := l.customers()
	perDay := map[string]int{}
	for _, c := range cs {
		perDay[parisDate(c.at)]++
	}
	var counts []int
	for d := 0; d < numDays; d++ {
		counts = append(counts, perDay[day(d).Format("2006-01-02")])
	}
	sort.Ints(counts)
	median := counts[(len(counts)+1)/2-1]
	if sat := perDay["2026-06-13"]; sat <= 5*median {
		t.Errorf("crisis Saturday has %d customer comments, median day %d: want more than 5x", sat, median)
	}
	for _, c := range l.comments {
		if c.brand && inDates(c.at, "2026-06-13", "2026-06-14") {
			t.Errorf("brand comment %s at %s: the brand should be silent on the crisis weekend", c.id, c.at)
		}
	}
	// Every answered weekend comment is answered on Monday or later.
	for i, c := range cs {
		if first[i] >= 0 && inDates(c.at, "2026-06-13", "2026-06-14") &&
			c.at.Add(first[i]).Before(paris(2026, time.June, 15, 9, 0)) {
			t.Errorf("crisis comment %s answered before Monday 09:00", c.id)
		}
	}
	var spam, spamCrisis int
	for _, r := range l.daily {
		if r.f["platform"] != "facebook" {
			continue
		}
		n, _ := strconv.Atoi(r.f["spam_reports"])
		if r.f["date"] == "2026-06-13" || r.f["date"] == "2026-06-14" {
			spamCrisis += n
		} else {
			spam += n
		}
	}
	if spamCrisis*182 <= 10*spam*2 {
		t.Errorf("facebook spam reports on the crisis weekend %d, on the other 182 days %d: want 10x the daily average", spamCrisis, spam)
	}
}

func TestBurstThenSilence(t *testing.T) {
	l := load(t)
	var burst, silence, before int
	for _, p := range l.posts {
		if p.f["type"] == "reply" || strings.HasPrefix(p.f["text"], "@") {
			continue
		}
		at, _ := time.Parse(time.RFC3339, p.f["published_at"])
		switch {
		case inDates(at, "2026-04-06", "2026-04-19"):
			burst++
		case inDates(at, "2026-04-20", "2026-05-24"):
			silence++
		case inDates(at, "2026-03-09", "2026-03-22"):
			before++
		}
	}
	if burst < 100 || burst < 4*before {
		t.Errorf("%d posts in the campaign fortnight, %d in a fortnight of March: want at least 100 and 4x", burst, before)
	}
	if silence > 3 {
		t.Errorf("%d posts in the five weeks after the campaign, want at most 3", silence)
	}
	quiet, n := l.rate(func(c rec) bool { return inDates(c.at, "2026-04-20", "2026-05-24") })
	all, _ := l.rate(func(rec) bool { return true })
	if n < 100 || quiet > 0.15 || all < 0.30 {
		t.Errorf("response rate during the silence %.2f over %d comments, overall %.2f: want under 0.15 over 100+, and over 0.30", quiet, n, all)
	}
}

var signature = regexp.MustCompile(`\^\p{L}+$|#\d+`)

func TestCannedReplies(t *testing.T) {
	l := load(t)
	same := map[string]int{}
	best := ""
	for _, c := range l.comments {
		if c.brand {
			k := signature.ReplaceAllString(c.text, "")
			same[k]++
			if same[k] > same[best] {
				best = k
			}
		}
	}
	if same[best] < 300 {
		t.Errorf("most repeated brand reply %q appears %d times, want at least 300", best, same[best])
	}
	if n := same[strings.TrimSuffix(cannedDM, "^")]; n < 300 {
		t.Errorf("the DM reply appears %d times, want at least 300", n)
	}
}

func TestNegativeFeedbackRises(t *testing.T) {
	l := load(t)
	var imp, neg, hides [6]int
	for _, p := range l.posts {
		fb := p.f["platform"] == "facebook"
		for _, c := range []string{"hides", "hide_all", "spam_reports", "unlikes"} {
			if (p.f[c] != "") != fb {
				t.Fatalf("posts.csv:%d: %s is %q; want it filled on facebook only", p.line, c, p.f[c])
			}
		}
		if !fb {
			continue
		}
		at, _ := time.Parse(time.RFC3339, p.f["published_at"])
		m := int(local(at).Month()) - 3
		n := func(c string) int { v, _ := strconv.Atoi(p.f[c]); return v }
		imp[m] += n("impressions")
		neg[m] += n("hides") + n("hide_all") + n("spam_reports") + n("unlikes")
		hides[m] += n("hides")
	}
	per := func(x [6]int, a, b int) float64 { return float64(x[a]+x[b]) / float64(imp[a]+imp[b]) * 1000 }
	if early, late := per(neg, 0, 1), per(neg, 4, 5); late < 1.5*early {
		t.Errorf("negative feedback per 1,000 impressions: Mar-Apr %.2f, Jul-Aug %.2f: want 1.5x", early, late)
	}
	if early, late := per(hides, 0, 1), per(hides, 4, 5); late < 1.5*early {
		t.Errorf("hides per 1,000 impressions: Mar-Apr %.2f, Jul-Aug %.2f: want 1.5x", early, late)
	}
	// Least-squares slope of the monthly rate (months 0..5, mean 2.5).
	var num float64
	for m := 0; m < 6; m++ {
		num += (float64(m) - 2.5) * float64(neg[m]) / float64(imp[m])
	}
	if num <= 0 {
		t.Errorf("monthly negative feedback rate does not rise: %v over %v", neg, imp)
	}
}

func TestOfficeHours(t *testing.T) {
	l := load(t)
	normal := func(c rec) bool {
		return !inDates(c.at, "2026-04-20", "2026-05-24") && !inDates(c.at, "2026-06-13", "2026-06-16")
	}
	in, n1 := l.rate(func(c rec) bool { return normal(c) && inBusinessHours(c.at) })
	out, n2 := l.rate(func(c rec) bool { return normal(c) && !inBusinessHours(c.at) })
	if in < 0.6 || out > 0.35 || n1 < 300 || n2 < 1000 {
		t.Errorf("response rate in business hours %.2f (%d), out of hours %.2f (%d): want >= 0.6 and <= 0.35", in, n1, out, n2)
	}
	cs, first := l.customers()
	var fast []time.Duration
	for i, c := range cs {
		if first[i] >= 0 && normal(c) && inBusinessHours(c.at) {
			fast = append(fast, first[i])
		}
	}
	sort.Slice(fast, func(i, j int) bool { return fast[i] < fast[j] })
	if med := fast[(len(fast)+1)/2-1]; med > 3*time.Hour {
		t.Errorf("median first response in business hours %v, want within 3 h", med)
	}
}

func TestQuestionsHiddenPending(t *testing.T) {
	l := load(t)
	q, _ := l.rate(func(c rec) bool { return isQuestion(c.text) })
	other, _ := l.rate(func(c rec) bool { return !isQuestion(c.text) })
	if q > other-0.10 {
		t.Errorf("response rate of questions %.2f, of other comments %.2f: want 10 points lower", q, other)
	}
	cs, first := l.customers()
	var hidden, hiddenAnswered, pending, sameThread int
	direct := map[string]bool{}
	for _, c := range l.comments {
		if c.brand {
			direct[c.platform+"\x00"+c.parent] = true
		}
	}
	for i, c := range cs {
		if c.hidden {
			hidden++
			if first[i] >= 0 {
				hiddenAnswered++
			}
		}
		if first[i] < 0 && l.asOf.Sub(c.at) < 24*time.Hour {
			pending++
		}
		if first[i] >= 0 && !direct[c.platform+"\x00"+c.id] {
			sameThread++
		}
	}
	if hidden < 50 || hiddenAnswered != 0 {
		t.Errorf("%d hidden customer comments, %d of them answered: want 50+ and none", hidden, hiddenAnswered)
	}
	if pending < 5 {
		t.Errorf("%d pending comments at %s, want at least 5", pending, l.asOf)
	}
	if sameThread < 20 {
		t.Errorf("%d comments answered only through their thread, want at least 20", sameThread)
	}
	var brandNoFlag int
	for _, c := range l.comments {
		if c.brand && c.fromBrandEmpty {
			brandNoFlag++
		}
	}
	if brandNoFlag < 100 {
		t.Errorf("%d brand comments with an empty from_brand, want at least 100 so that --brand matters", brandNoFlag)
	}
}

func TestMalformedRows(t *testing.T) {
	l := load(t)
	if len(l.bad) != 2 {
		t.Fatalf("malformed rows %v, want exactly 2", l.bad)
	}
	readme := string(l.files["README.md"])
	for _, b := range l.bad {
		loc := b[:strings.Index(b, ": ")]
		col := b[strings.Index(b, ": ")+2:]
		if !strings.Contains(readme, "`"+loc+"`: column `"+col+"`") {
			t.Errorf("README.md does not document %s", b)
		}
	}
	if !strings.HasPrefix(l.bad[0], "posts.csv:") || !strings.HasPrefix(l.bad[1], "comments.csv:") {
		t.Errorf("malformed rows %v, want one in posts.csv then one in comments.csv", l.bad)
	}
}

// TestHostileText checks the hostile records the page test relies on: the
// planted comments are in comments.csv exactly as written (text and
// author), are the first comments of the demo, neither hidden nor answered,
// and the hostile post is a non-crisis Facebook post with feedback.
func TestHostileText(t *testing.T) {
	l := load(t)
	rows := readCSV(t, "comments.csv", l.files["comments.csv"])
	planted := HostileComments()
	if len(planted) < 7 {
		t.Fatalf("%d planted comments, want at least 7", len(planted))
	}
	if !strings.HasPrefix(planted[0].Text, "<script>") {
		t.Errorf("the oldest planted comment is %q, want the <script> payload first: lists of the oldest show it", planted[0].Text)
	}
	for i, pc := range planted {
		if i >= len(rows) {
			t.Fatalf("comments.csv has %d rows, fewer than the planted comments", len(rows))
		}
		f := rows[i].f
		got := HostileComment{Platform: f["platform"], AuthorID: f["author_id"], AuthorName: f["author_name"], Text: f["text"], Plain: pc.Plain}
		if got != pc {
			t.Errorf("comments.csv row %d is %+v, want the planted comment %+v", i+1, got, pc)
		}
		if f["hidden"] == "true" || f["from_brand"] == "true" {
			t.Errorf("planted comment %d is hidden or the brand's: %v", i+1, f)
		}
		if !strings.Contains(pc.Text, pc.Plain) || pc.Plain == "" {
			t.Errorf("planted comment %q does not contain its plain part %q", pc.Text, pc.Plain)
		}
		if n := bytes.Count(l.files["comments.csv"], []byte(pc.Plain)) + bytes.Count(l.files["posts.csv"], []byte(pc.Plain)); n != 1 {
			t.Errorf("the plain part %q is %d times in the demo's texts, want once", pc.Plain, n)
		}
		if !isQuestion(pc.Text) {
			t.Errorf("planted comment %q is not a question, so a list of questions would leave it out", pc.Text)
		}
	}
	// None is answered: no brand comment has a planted comment as parent,
	// nor shares its thread.
	cs, first := l.customers()
	answered := map[string]bool{}
	for i, c := range cs {
		if first[i] >= 0 {
			answered[c.platform+"\x00"+c.id] = true
		}
	}
	for i := range planted {
		if f := rows[i].f; answered[f["platform"]+"\x00"+f["comment_id"]] {
			t.Errorf("planted comment %s %s is answered", f["platform"], f["comment_id"])
		}
	}
	// Every payload that could run is one the page test detects.
	for _, pc := range planted {
		for _, s := range []string{pc.Text, pc.AuthorName} {
			if strings.ContainsAny(s, "<>") || strings.Contains(s, "javascript:") || strings.Contains(s, "__f__") {
				if !strings.Contains(s, "window.__pwned=1") && !strings.Contains(s, "document.title='PWNED'") {
					t.Errorf("payload %q sets neither window.__pwned nor the title", s)
				}
			}
		}
	}
	for _, h := range hostile {
		if !bytes.Contains(l.files["comments.csv"], []byte(strings.ReplaceAll(h, `"`, `""`))) {
			t.Errorf("hostile text %q missing from comments.csv", h)
		}
	}
	var posts []row
	for _, p := range l.posts {
		if p.f["text"] == HostilePostText {
			posts = append(posts, p)
		}
	}
	if len(posts) != 1 {
		t.Fatalf("%d posts read %q, want 1", len(posts), HostilePostText)
	}
	if p := posts[0].f; p["platform"] != "facebook" || p["hides"] == "" || p["hides"] == "0" {
		t.Errorf("the hostile post is %v, want a Facebook post with hides", p)
	}
	if !strings.Contains(string(l.files["README.md"]), "`"+HostilePostText+"`") {
		t.Error("README.md does not quote the hostile post")
	}
}

// TestAgentColumn checks the agent column: empty for customers, the
// signature's name for brand replies, except on LinkedIn where the brand
// answers outside its inbox tool and no agent is recorded.
func TestAgentColumn(t *testing.T) {
	l := load(t)
	sig := regexp.MustCompile(`\^(\p{L}+)$`)
	var named, linkedin int
	for _, r := range readCSV(t, "comments.csv", l.files["comments.csv"]) {
		f := r.f
		brand := f["from_brand"] == "true" || f["author_id"] == accounts[f["platform"]].authorID
		m := sig.FindStringSubmatch(f["text"])
		switch {
		case !brand && f["agent"] != "":
			t.Errorf("comments.csv:%d: customer comment with agent %q", r.line, f["agent"])
		case brand && m == nil:
			t.Errorf("comments.csv:%d: brand reply %q has no signature", r.line, f["text"])
		case brand && f["platform"] == "linkedin":
			linkedin++
			if f["agent"] != "" {
				t.Errorf("comments.csv:%d: LinkedIn reply with agent %q", r.line, f["agent"])
			}
		case brand:
			named++
			if f["agent"] != m[1] {
				t.Errorf("comments.csv:%d: agent %q, signature ^%s", r.line, f["agent"], m[1])
			}
		}
	}
	if named < 1000 || linkedin < 10 {
		t.Errorf("%d brand replies name their agent, %d LinkedIn replies do not: want 1000+ and 10+", named, linkedin)
	}
}

// TestFlashSales checks the flash sales in the generator's records: link
// posts on Facebook and X only, never in the silence nor on the crisis
// weekend, out of the page's daily impressions; and the hostile post is
// still the non-crisis Facebook post with the most negative feedback per
// impression, flash sales included, as the README says.
func TestFlashSales(t *testing.T) {
	g := build()
	n := 0
	for _, p := range g.posts {
		if !p.promo {
			continue
		}
		n++
		d := dayIndex(p.at)
		if p.typ != "link" || (p.platform != "facebook" && p.platform != "x") || !strings.Contains(p.text, promoLink) ||
			(d >= silenceFirst && d <= silenceLast) || (d >= crisisDay && d <= crisisDay+2) {
			t.Errorf("flash sale %s %s on %s (%s): %q", p.platform, p.id, formatTime(p.at), p.typ, p.text)
		}
	}
	if n < 100 {
		t.Errorf("%d flash sales, want at least 100", n)
	}
	var hostile *post
	for _, p := range g.byPlat["facebook"] {
		if p.text == hostilePost {
			hostile = p
		}
	}
	if hostile == nil {
		t.Fatal("no hostile post")
	}
	neg := func(p *post) int { return p.hides + p.hideAll + p.spam + p.unlikes }
	for _, p := range g.byPlat["facebook"] {
		if !p.crisis && p != hostile && neg(p)*hostile.impressions > neg(hostile)*p.impressions {
			t.Errorf("post %s (promo %v) has more negative feedback per impression than the hostile post", p.id, p.promo)
		}
	}
}

// analyzeDemo runs the real pipeline on the generated files, as
// `socialaudit build --brand maisonbrindille --brand "Maison Brindille"
// --tz Europe/Paris sample-data/` does: every file read and detected by the
// importers, merged, analysed with the default rules.
func analyzeDemo(t *testing.T) (*analyze.Results, *time.Location) {
	t.Helper()
	loc, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Skipf("no time zone database: %v", err)
	}
	files, err := Generate()
	if err != nil {
		t.Fatal(err)
	}
	var got []*importers.File
	for _, f := range files {
		if !strings.HasSuffix(f.Name, ".csv") {
			continue
		}
		file, err := importers.ReadFile(f.Name, bytes.NewReader(f.Data), importers.Options{Location: loc, ZoneGiven: true})
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		got = append(got, file)
	}
	res, err := analyze.Run(importers.Merge(got), analyze.Options{Location: loc, Brand: brandAccounts})
	if err != nil {
		t.Fatal(err)
	}
	return res, loc
}

// TestDiagnosticsFindThePlantedCases checks that each of the eight
// diagnostics, with its default rules, finds the case the demo plants for
// it (README.md, "Stories"), with the figures the README quotes where it
// quotes them.
func TestDiagnosticsFindThePlantedCases(t *testing.T) {
	res, loc := analyzeDemo(t)
	d := res.Diagnostics
	g := build()
	f, st := g.facts(), g.storyFacts()

	t.Run("canned", func(t *testing.T) {
		c := d.Canned
		if !c.Measurable || c.Share == nil || *c.Share <= 0.5 || len(c.Top) == 0 {
			t.Fatalf("canned replies: measurable %v (%s), share %v, %d texts: want over half the replies canned",
				c.Measurable, c.Reason, c.Share, len(c.Top))
		}
		top := c.Top[0]
		if !strings.HasPrefix(top.Text, "thanks for your message! please dm us your order number") || top.Count != f.canned["dm"] {
			t.Errorf("most repeated reply %q x %d, want the DM reply x %d (story 4)", top.Text, top.Count, f.canned["dm"])
		}
		t.Logf("canned share %.2f, top text x %d", *c.Share, top.Count)
	})

	t.Run("cadence", func(t *testing.T) {
		// The April campaign, 2026-W15 and W16, on every platform; the
		// silence after it (2026-04-20 to 05-24) is broken on Facebook by
		// one lonely post on 2026-05-08 (W19), so two silent weeks there,
		// five on X.
		c := d.Cadence
		silent := map[string]int{}
		for _, pc := range c.ByPlatform {
			for _, cp := range pc.Campaigns {
				if cp.First.Label == "2026-W15" && cp.Last.Label == "2026-W16" && cp.Silenced {
					silent[pc.Platform] = cp.SilenceWeeks
				}
			}
		}
		if !c.Measurable || c.Silenced < 1 || silent["facebook"] < 2 || silent["x"] < 5 {
			t.Errorf("cadence: %d campaigns, %d silenced; silent weeks after the April campaign %v: want 2+ on facebook, 5+ on x",
				c.Campaigns, c.Silenced, silent)
		}
		t.Logf("%d campaigns, %d followed by silence; after April: %v", c.Campaigns, c.Silenced, silent)
	})

	t.Run("crises", func(t *testing.T) {
		c := d.Crises
		var crisis *analyze.Crisis
		for i := range c.Crises {
			if c.Crises[i].First.Equal(time.Date(2026, time.June, 13, 0, 0, 0, 0, loc)) {
				crisis = &c.Crises[i]
			}
		}
		if !c.Measurable || crisis == nil {
			t.Fatalf("crises: measurable %v (%s), %d crises, none starting on 2026-06-13", c.Measurable, c.Reason, len(c.Crises))
		}
		if crisis.Weekday != 5 || crisis.OutOfHours == nil || !*crisis.OutOfHours || !crisis.ByComments || !crisis.ByFeedback {
			t.Errorf("the crisis of 2026-06-13: weekday %d, out of hours %v, by comments %v, by feedback %v: want a Saturday (5), out of hours, flagged by both series",
				crisis.Weekday, crisis.OutOfHours, crisis.ByComments, crisis.ByFeedback)
		}
		if crisis.PeakComments != f.perDay[crisisDay] {
			t.Errorf("the crisis peaks at %d customer comments, want the %d of the Saturday (story 1)", crisis.PeakComments, f.perDay[crisisDay])
		}
		if c.OutOfHoursStarts < 1 {
			t.Errorf("%d crises started out of hours, want at least the crisis Saturday", c.OutOfHoursStarts)
		}
		t.Logf("%d crises; 2026-06-13: %d days, peak %d", len(c.Crises), crisis.Days, crisis.PeakComments)
	})

	t.Run("pushback", func(t *testing.T) {
		p := d.Pushback
		if !p.Measurable || p.Rho == nil || p.Direction != analyze.DirectionPositive || *p.Rho < d.Options.Pushback.Moderate || *p.Rho < 0.3 {
			t.Fatalf("pushback: measurable %v (%s), rho %v, %s: want positive and at least 0.3", p.Measurable, p.Reason, p.Rho, p.Direction)
		}
		t.Logf("rho %.2f over %d weeks (%s, %s)", *p.Rho, len(p.Weeks), p.Basis, p.Strength)
	})

	t.Run("clicks", func(t *testing.T) {
		c := d.Clicks
		if !c.Measurable || c.Posts == 0 {
			t.Fatalf("clicks: not measurable (%s)", c.Reason)
		}
		if share := float64(c.ClickOnly) / float64(c.Posts); share < 0.15 || c.Starters < 1 {
			t.Errorf("%d click-only posts of %d (%.2f) and %d conversation starters: want 15 %% or more, and starters",
				c.ClickOnly, c.Posts, share, c.Starters)
		}
		promos, promoClickOnly := 0, 0
		for _, pc := range c.All {
			promo := strings.Contains(pc.Post.Text, promoLink)
			if promo {
				promos++
				if pc.ClickOnly {
					promoClickOnly++
				}
			}
			if promo && pc.Starter {
				t.Errorf("flash sale %s %s is a conversation starter", pc.Post.Platform, pc.Post.ID)
			}
		}
		if promos != st.promos || promoClickOnly*10 < promos*9 {
			t.Errorf("%d flash sales counted (README: %d), %d of them click-only: want 90 %% or more", promos, st.promos, promoClickOnly)
		}
		for _, pc := range c.TopClickOnly {
			if !strings.Contains(pc.Post.Text, promoLink) {
				t.Errorf("top click-only post %q is not a flash sale", pc.Post.Text)
			}
		}
		t.Logf("%d click-only posts of %d (%d flash sales), %d starters", c.ClickOnly, c.Posts, promoClickOnly, c.Starters)
	})

	t.Run("members", func(t *testing.T) {
		m := d.Members
		if !m.Measurable || !m.Answers || m.NeverAnswered < 1 || len(m.NeverAnsweredTop) == 0 {
			t.Fatalf("members: measurable %v (%s), answers %v, %d regulars never answered", m.Measurable, m.Reason, m.Answers, m.NeverAnswered)
		}
		t.Logf("%d regulars, %d never answered", m.Regulars, m.NeverAnswered)
	})

	t.Run("concentration", func(t *testing.T) {
		a := d.Concentration.Audience
		if !a.Measurable || a.Basis != analyze.BasisFollowers || a.Leader != "facebook" {
			t.Fatalf("audience: measurable %v (%s), basis %s, leader %q: want facebook by followers", a.Measurable, a.Reason, a.Basis, a.Leader)
		}
		for _, s := range a.Shares {
			if int(s.Value) != st.followers[s.Platform] {
				t.Errorf("%s: %d followers, README says %d", s.Platform, s.Value, st.followers[s.Platform])
			}
			if s.Platform == "facebook" && s.Share <= 0.55 {
				t.Errorf("facebook holds %.2f of the followers, want more than 0.55", s.Share)
			}
		}
		t.Logf("audience: %+v", a.Shares)
	})

	t.Run("agents", func(t *testing.T) {
		a := d.Agents
		if !a.Measurable || len(a.ByAgent) != len(agents) {
			t.Fatalf("agents: measurable %v (%s), %d agents: want the %d of the demo", a.Measurable, a.Reason, len(a.ByAgent), len(agents))
		}
		if a.Unnamed.Replies != st.unnamed || a.Named != st.replies-st.unnamed {
			t.Errorf("%d named and %d unnamed replies, README says %d and %d", a.Named, a.Unnamed.Replies, st.replies-st.unnamed, st.unnamed)
		}
		by := map[string]analyze.AgentStats{}
		for _, s := range a.ByAgent {
			by[s.Agent] = s
			if s.Replies != st.agentReplies[s.Agent] {
				t.Errorf("%s wrote %d replies, README says %d", s.Agent, s.Replies, st.agentReplies[s.Agent])
			}
			if s.FirstResponse.N != len(st.agentFirsts[s.Agent]) || s.FirstResponse.N > 0 && *s.FirstResponse.Median != median(st.agentFirsts[s.Agent]) {
				t.Errorf("%s: %d first responses, median %v; README: %d, %v", s.Agent, s.FirstResponse.N,
					s.FirstResponse.Median, len(st.agentFirsts[s.Agent]), median(st.agentFirsts[s.Agent]))
			}
		}
		if top := a.ByAgent[0]; top.Agent != "Julie" || top.Share == nil || *top.Share <= 0.6 {
			t.Errorf("the most active agent is %s with a share of %v, want Julie with more than 0.6", top.Agent, top.Share)
		}
		// The slowest agent against the fastest, among those with at least
		// 10 first responses.
		var fastest, slowest string
		for _, s := range a.ByAgent {
			if s.FirstResponse.N < 10 {
				continue
			}
			if fastest == "" || *s.FirstResponse.Median < *by[fastest].FirstResponse.Median {
				fastest = s.Agent
			}
			if slowest == "" || *s.FirstResponse.Median > *by[slowest].FirstResponse.Median {
				slowest = s.Agent
			}
		}
		if slowest != "Tom" || fastest != "Julie" || *by["Tom"].FirstResponse.Median <= 3**by["Julie"].FirstResponse.Median {
			t.Errorf("slowest %s, fastest %s; Tom's median %v, Julie's %v: want Tom more than 3x slower than Julie",
				slowest, fastest, by["Tom"].FirstResponse.Median, by["Julie"].FirstResponse.Median)
		}
		t.Logf("Julie %d replies (%.2f), median %v; Tom median %v over %d", by["Julie"].Replies, *by["Julie"].Share,
			*by["Julie"].FirstResponse.Median, *by["Tom"].FirstResponse.Median, by["Tom"].FirstResponse.N)
	})
}
