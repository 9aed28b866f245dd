package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// FuzzBuild runs the whole build (detection, every importer, merging,
// every analysis, the pages) on two small fuzzed files and checks what
// must hold whatever the input: no panic; a usage error never (the flags
// are fixed); on success, every input row accounted for (read = used +
// rejected + merged), every time in metrics.json valid and inside what was
// read, and every page well-formed HTML with no script or event handler
// that the report did not put there.
func FuzzBuild(f *testing.F) {
	seeds := [][2]string{
		{ownCommentsHeader + "\nfacebook,acme,c1,p1,,u1,Ann,false,2026-03-01T10:00:00Z,where is it?,false\nfacebook,acme,c2,p1,c1,acme,Acme,true,2026-03-01T12:00:00Z,here,false\n",
			"platform,account,post_id,published_at,type,text,permalink,impressions,reach,reactions,comments,shares,clicks,hides,hide_all,spam_reports,unlikes\nfacebook,acme,p1,2026-03-01T09:00:00Z,photo,hi,https://example.com/p1,100,80,3,2,1,5,0,0,1,0\n"},
		{ownCommentsHeader + "\nx,acme,1,,,u1,<script>alert(1)</script>,false,2026-03-01T10:00:00Z,\"\"\"><img src=x onerror=alert(1)>\",\n", ""},
		{"id,message,created_time,from,parent\n1,hello,2026-03-01T10:00:00+0000,\"{\"\"name\"\": \"\"Ann\"\", \"\"id\"\": \"\"1\"\"}\",\n", "date,followers\n2026-03-01,10\n"},
		{"\xef\xbb\xbfTweet id,Tweet permalink,Tweet text,time,impressions,engagements\n1,https://x.com/a/status/1,@acme hi,2026-03-01 10:00 +0000,10,1\n", ""},
	}
	for _, s := range seeds {
		f.Add([]byte(s[0]), []byte(s[1]), false)
	}
	f.Fuzz(func(t *testing.T, a, b []byte, french bool) {
		dir := t.TempDir()
		in := filepath.Join(dir, "in")
		os.Mkdir(in, 0o755)
		os.WriteFile(filepath.Join(in, "a.csv"), a, 0o644)
		if len(b) > 0 {
			os.WriteFile(filepath.Join(in, "b.csv"), b, 0o644)
		}
		out := filepath.Join(dir, "site")
		lang := "en"
		if french {
			lang = "fr"
		}
		code, _, stderr := runCLI(t, noEpoch, "build", "--brand", "acme", "--lang", lang, "-o", out, in)
		switch code {
		case exitOK:
		case exitError:
			if strings.Contains(stderr, "panic") || !strings.HasPrefix(stderr, "socialaudit: ") {
				t.Fatalf("error without a clear message: %q", stderr)
			}
			return
		default:
			t.Fatalf("exit %d: %s", code, stderr)
		}
		checkMetrics(t, filepath.Join(out, "data", "metrics.json"))
		pages, _ := filepath.Glob(filepath.Join(out, "*.html"))
		if len(pages) == 0 {
			t.Fatal("a successful build wrote no page")
		}
		for _, p := range pages {
			doc, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if err := checkHTML(doc); err != nil {
				t.Fatalf("%s: %v", filepath.Base(p), err)
			}
		}
	})
}

// checkMetrics checks the accounting of every input and the times of
// metrics.json.
func checkMetrics(t *testing.T, name string) {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Period struct{ From, To string }
		AsOf   string `json:"as_of"`
		Inputs []struct {
			File                         string
			First, Last                  *string
			Rows, Used, Rejected, Merged int
			Rejections                   []struct{ Line int }
		}
	}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("metrics.json: %v", err)
	}
	parse := func(what, s string) time.Time {
		tm, err := time.Parse(time.RFC3339, s)
		if err != nil || tm.Year() < 1 || tm.Year() > 9999 {
			t.Fatalf("metrics.json %s %q is not a valid time: %v", what, s, err)
		}
		return tm
	}
	from, to := parse("period.from", m.Period.From), parse("period.to", m.Period.To)
	if !from.Before(to) {
		t.Fatalf("period %s..%s is empty or reversed", m.Period.From, m.Period.To)
	}
	parse("as_of", m.AsOf)
	for _, in := range m.Inputs {
		if in.Rows != in.Used+in.Rejected+in.Merged {
			t.Fatalf("%s: %d rows read, but %d used + %d rejected + %d merged", in.File, in.Rows, in.Used, in.Rejected, in.Merged)
		}
		if len(in.Rejections) != in.Rejected {
			t.Fatalf("%s: %d rejected, %d rejections listed", in.File, in.Rejected, len(in.Rejections))
		}
		for _, r := range in.Rejections {
			if r.Line < 2 {
				t.Fatalf("%s: a rejection at line %d (the header is line 1)", in.File, r.Line)
			}
		}
		if (in.First == nil) != (in.Used+in.Merged == 0) {
			t.Fatalf("%s: first %v with %d rows used or merged", in.File, in.First, in.Used+in.Merged)
		}
		if in.First != nil {
			if first, last := parse("first", *in.First), parse("last", *in.Last); last.Before(first) {
				t.Fatalf("%s: last %s before first %s", in.File, *in.Last, *in.First)
			}
		}
	}
}

// voidElements have no end tag.
var voidElements = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true}

var (
	tagRe     = regexp.MustCompile(`^<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>` + "`" + `]+))?)*)\s*(/?)>`)
	attrRe    = regexp.MustCompile(`\s+([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>` + "`" + `]+))?`)
	scriptEnd = []byte("</script>")
)

// checkHTML checks that doc is well-formed: every element the pages open
// is closed in order, every attribute is quoted properly, scripts come
// only as files (src) or as the report's own inline data, and no element
// carries an event handler (on...) attribute: anything else would be text
// from the data escaping its place.
func checkHTML(doc []byte) error {
	var stack []string
	line := func(i int) int { return bytes.Count(doc[:i], []byte("\n")) + 1 }
	for i := 0; i < len(doc); {
		j := bytes.IndexByte(doc[i:], '<')
		if j < 0 {
			break
		}
		i += j
		rest := doc[i:]
		switch {
		case bytes.HasPrefix(rest, []byte("<!--")):
			k := bytes.Index(rest, []byte("-->"))
			if k < 0 {
				return fmt.Errorf("line %d: comment never closed", line(i))
			}
			i += k + 3
			continue
		case bytes.HasPrefix(rest, []byte("<!DOCTYPE")) || bytes.HasPrefix(rest, []byte("<!doctype")):
			i += bytes.IndexByte(rest, '>') + 1
			continue
		}
		m := tagRe.FindSubmatch(rest)
		if m == nil {
			return fmt.Errorf("line %d: a '<' that starts no well-formed tag: %.60q", line(i), rest)
		}
		closing, name, attrs := len(m[1]) > 0, strings.ToLower(string(m[2])), m[3]
		for _, a := range attrRe.FindAllSubmatch(attrs, -1) {
			if n := strings.ToLower(string(a[1])); strings.HasPrefix(n, "on") {
				return fmt.Errorf("line %d: <%s> carries an event handler %s", line(i), name, n)
			}
		}
		i += len(m[0])
		switch {
		case closing:
			if len(stack) == 0 || stack[len(stack)-1] != name {
				return fmt.Errorf("line %d: </%s> closes nothing open (open: %v)", line(i), name, stack)
			}
			stack = stack[:len(stack)-1]
		case name == "script":
			k := bytes.Index(doc[i:], scriptEnd)
			if k < 0 {
				return fmt.Errorf("line %d: <script> never closed", line(i))
			}
			body := doc[i : i+k]
			if !bytes.Contains(attrs, []byte("src=")) && len(bytes.TrimSpace(body)) > 0 {
				return fmt.Errorf("line %d: an inline script in a multi-file page: %.60q", line(i), body)
			}
			i += k + len(scriptEnd)
		case name == "style":
			k := bytes.Index(doc[i:], []byte("</style>"))
			if k < 0 {
				return fmt.Errorf("line %d: <style> never closed", line(i))
			}
			i += k + len("</style>")
		case voidElements[name] || len(m[4]) > 0:
		default:
			stack = append(stack, name)
		}
	}
	if len(stack) > 0 {
		return fmt.Errorf("elements never closed: %v", stack)
	}
	return nil
}

// TestCheckHTMLCatches proves the well-formedness check can fail.
func TestCheckHTMLCatches(t *testing.T) {
	for _, bad := range []string{
		`<p>unclosed`,
		`<p><b>crossed</p></b>`,
		`<td>a <script>alert(1)</script></td>`,
		`<img src=x onerror=alert(1)>`,
		`<div title="x" onclick="y">a</div>`,
		`<a href="x>broken`,
		`<!-- open comment`,
	} {
		if err := checkHTML([]byte(bad)); err == nil {
			t.Errorf("checkHTML(%q) passed, want an error", bad)
		}
	}
	good := `<!DOCTYPE html><html><head><meta charset="utf-8"><script src="a.js"></script></head><body><p>a &lt;script&gt;</p><img alt="" src="x"></body></html>`
	if err := checkHTML([]byte(good)); err != nil {
		t.Errorf("checkHTML(good): %v", err)
	}
}

// TestSamplePagesWellFormed runs FuzzBuild's checks on the sample report,
// in both languages, so that they are known to pass on a full report and
// to look at real pages.
func TestSamplePagesWellFormed(t *testing.T) {
	for _, lang := range []string{"en", "fr"} {
		out := filepath.Join(t.TempDir(), "site")
		code, _, stderr := runCLI(t, epochEnv, "build", "--brand", "maisonbrindille", "--brand", "Maison Brindille",
			"--tz", "Europe/Paris", "--lang", lang, "-o", out, "../../sample-data")
		if code != exitOK {
			t.Fatalf("%s: exit %d: %s", lang, code, stderr)
		}
		checkMetrics(t, filepath.Join(out, "data", "metrics.json"))
		pages, _ := filepath.Glob(filepath.Join(out, "*.html"))
		if len(pages) < 6 {
			t.Fatalf("%s: %d pages", lang, len(pages))
		}
		for _, p := range pages {
			doc, _ := os.ReadFile(p)
			if err := checkHTML(doc); err != nil {
				t.Errorf("%s %s: %v", lang, filepath.Base(p), err)
			}
		}
	}
}
