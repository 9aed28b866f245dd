package e2e

// The browser side of the page tests: finding and starting one headless
// Chromium for the whole test binary, and checking one page load in a tab of
// its own.

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Environment variables the page tests read.
const (
	// envChrome names the browser to use (a path or a name on PATH).
	envChrome = "SOCIALAUDIT_CHROME"
	// envRequire, set to 1, turns a missing browser into a failure, not a skip.
	envRequire = "SOCIALAUDIT_REQUIRE_BROWSER"
	// envScreenshots is the folder the index screenshots are written to.
	envScreenshots = "SOCIALAUDIT_SCREENSHOTS"
)

// browserNames are looked up on PATH when SOCIALAUDIT_CHROME is not set, in
// this order (the same list as scripts/install-chromium.sh).
var browserNames = []string{"chromium", "chromium-browser", "chromium-headless-shell",
	"google-chrome", "google-chrome-stable", "headless-shell"}

// findBrowser returns the browser to run: $SOCIALAUDIT_CHROME, else the
// first of browserNames on PATH. It returns "" and the reason when there is
// none.
func findBrowser() (string, string) {
	if v := os.Getenv(envChrome); v != "" {
		p, err := exec.LookPath(v)
		if err != nil {
			return "", fmt.Sprintf("%s=%s is not an executable: %v", envChrome, v, err)
		}
		return p, ""
	}
	for _, n := range browserNames {
		if p, err := exec.LookPath(n); err == nil {
			return p, ""
		}
	}
	return "", fmt.Sprintf("no Chromium on PATH (tried %s) and %s is not set; run scripts/test.sh, which installs one",
		strings.Join(browserNames, ", "), envChrome)
}

// requireBrowser reports whether a missing browser must fail the tests.
func requireBrowser() bool { return os.Getenv(envRequire) == "1" }

// The one browser of the test binary, started on first use.
var (
	browserOnce   sync.Once
	browserCtx    context.Context
	browserPath   string
	browserSkip   string // why there is no browser, when browserPath is ""
	browserErr    error
	browserCancel = func() {}
)

// startBrowser starts the browser and opens its first tab.
func startBrowser() {
	browserPath, browserSkip = findBrowser()
	if browserPath == "" {
		return
	}
	profile, err := os.MkdirTemp("", "socialaudit-e2e-profile-")
	if err != nil {
		browserErr = err
		return
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(browserPath),
		chromedp.Headless,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.WindowSize(1280, 900),
		chromedp.UserDataDir(profile),
	)
	if os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox)
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	browserCancel = func() {
		cancelCtx()
		cancelAlloc()
		os.RemoveAll(profile)
	}
	// The first Do starts the browser; later tabs are children of ctx. It
	// must get ctx itself: the browser lives as long as the context of the
	// first Do.
	if err := chromedp.Do(ctx); err != nil {
		browserErr = fmt.Errorf("start %s: %w", browserPath, err)
		return
	}
	browserCtx = ctx
}

// browser returns the context of the shared browser, skipping the test when
// there is none (failing it when SOCIALAUDIT_REQUIRE_BROWSER=1).
func browser(t *testing.T) context.Context {
	t.Helper()
	browserOnce.Do(startBrowser)
	switch {
	case browserPath == "" && requireBrowser():
		t.Fatalf("%s=1 but no browser: %s", envRequire, browserSkip)
	case browserPath == "":
		t.Skip(browserSkip)
	case browserErr != nil:
		t.Fatal(browserErr)
	}
	return browserCtx
}

// A load is one page to open and what to expect of it.
type load struct {
	// File is the HTML file on disk; Fragment, when set, is added to its URL.
	File, Fragment string
	// Root is the folder the page may load files from. Empty means the page
	// may load nothing but File itself (a single-file report).
	Root string
	// Lang is the expected lang attribute of <html>; empty checks nothing.
	Lang string
	// Screenshot, when set, is where a full-page PNG is written.
	Screenshot string
	// ChartWait bounds the wait for the charts to be drawn (10 s when 0).
	ChartWait time.Duration
	// CSP requires a Content-Security-Policy <meta>, first in <head>, that
	// allows no origin but the report (see cspProblems).
	WantCSP bool
}

// URL is the file:// URL the load opens.
func (l load) URL() string {
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(l.File), Fragment: l.Fragment}
	return u.String()
}

// A problem is one thing wrong with a page; Kind groups them so that the
// harness test can check that each broken page is caught by the right check.
type problem struct {
	Kind   string // exception, console, request, chart, echarts, sentinel, dialog, csp, lang, link
	Detail string
}

func (p problem) String() string { return p.Kind + ": " + p.Detail }

// chartInfo is what the page reports about one .chart-canvas element.
type chartInfo struct {
	ID      string  `json:"id"`
	Visible bool    `json:"visible"`
	SVG     bool    `json:"svg"`
	Shapes  int     `json:"shapes"`
	Width   float64 `json:"width"`
	Height  float64 `json:"height"`
}

// drawn reports whether the chart has an SVG of some size with at least one
// shape in it.
func (c chartInfo) drawn() bool { return c.SVG && c.Shapes > 0 && c.Width > 0 && c.Height > 0 }

// probeResult is what the page reports about itself after its charts are
// drawn.
type probeResult struct {
	HTMLLang string `json:"lang"`
	Title    string `json:"title"`
	Pwned    bool   `json:"pwned"`
	Text     string `json:"text"`
	// Content is the body's textContent: the text of closed <details> and
	// hidden sections too, which Text (innerText) leaves out.
	Content        string      `json:"content"`
	Charts         []chartInfo `json:"charts"`
	Links          []string    `json:"links"`
	MissingTargets []string    `json:"missingTargets"`
	// CSP is the content of the policy <meta> that is the first element of
	// <head>; CSPMetas counts the policy <meta> elements anywhere.
	CSP      string `json:"csp"`
	CSPMetas int    `json:"cspMetas"`
	// Violations are the securitypolicyviolation events of the page (see
	// violationJS).
	Violations []string `json:"violations"`
	// StrayOptions are the elements with a data-option attribute (a chart's
	// option) that are not a .chart-canvas, so that no check would see
	// whether they are drawn.
	StrayOptions int `json:"strayOptions"`
	// Hovered counts the ECharts charts whose first tooltip was shown.
	Hovered int `json:"-"`
}

// result is the outcome of one load.
type result struct {
	load
	probeResult
	Requests []string
	Problems []problem
	Elapsed  time.Duration
}

// shapes are the SVG elements that count as drawn.
const shapes = `"path,rect,circle,ellipse,line,polyline,polygon,text,image"`

// chartsDrawnJS is true once every visible .chart-canvas holds an SVG with
// a shape in it. ECharts' SVG renderer draws into such an SVG, whether the
// chart is set up by an inline script or by a static script reading
// data-option.
const chartsDrawnJS = `document.readyState === "complete" &&
Array.from(document.querySelectorAll(".chart-canvas")).every(function (el) {
  var r = el.getBoundingClientRect();
  if (!(r.width > 0 && r.height > 0)) return true;
  var svg = el.querySelector("svg");
  return !!svg && svg.querySelectorAll(` + shapes + `).length > 0;
})`

// hoverJS shows the tooltip of the first point of every ECharts chart, so
// that text drawn only in tooltips is drawn too, and returns how many
// charts it reached.
const hoverJS = `(function () {
  var n = 0;
  if (!window.echarts || !echarts.getInstanceByDom) return 0;
  Array.from(document.querySelectorAll(".chart-canvas")).forEach(function (el) {
    var c = echarts.getInstanceByDom(el);
    if (!c) return;
    try { c.dispatchAction({type: "showTip", seriesIndex: 0, dataIndex: 0}); n++; } catch (e) {}
  });
  return n;
})()`

// probeJS reads what the checks need from the page.
const probeJS = `(function () {
  var charts = Array.from(document.querySelectorAll(".chart-canvas")).map(function (el, i) {
    var r = el.getBoundingClientRect();
    var svg = el.querySelector("svg");
    var c = {id: el.id || ("chart " + (i + 1)), visible: r.width > 0 && r.height > 0, svg: !!svg, shapes: 0, width: 0, height: 0};
    if (svg) {
      var b = svg.getBoundingClientRect();
      c.shapes = svg.querySelectorAll(` + shapes + `).length;
      c.width = b.width;
      c.height = b.height;
    }
    return c;
  });
  var links = Array.from(document.querySelectorAll("a[href]")).map(function (a) { return a.getAttribute("href"); });
  var missing = links.filter(function (h) { return h.length > 1 && h.charAt(0) === "#"; }).filter(function (h) {
    var id = decodeURIComponent(h.slice(1));
    return !document.getElementById(id) && document.getElementsByName(id).length === 0;
  });
  var first = document.head && document.head.firstElementChild;
  var isCSP = function (m) { return (m.getAttribute("http-equiv") || "").toLowerCase() === "content-security-policy"; };
  return {
    csp: first && first.tagName === "META" && isCSP(first) ? first.getAttribute("content") || "" : "",
    cspMetas: Array.from(document.querySelectorAll("meta[http-equiv]")).filter(isCSP).length,
    violations: (window.__cspViolations || []).slice(),
    strayOptions: Array.from(document.querySelectorAll("[data-option]")).filter(function (el) { return !el.classList.contains("chart-canvas"); }).length,
    lang: document.documentElement.getAttribute("lang") || "",
    title: document.title,
    pwned: typeof window.__pwned !== "undefined",
    text: document.body ? document.body.innerText : "",
    content: document.body ? document.body.textContent : "",
    charts: charts,
    links: links,
    missingTargets: missing
  };
})()`

// violationJS runs in every page before its own scripts (the browser runs
// it whatever the page's policy says) and keeps each Content-Security-Policy
// violation the page reports, for probeJS to read.
const violationJS = `window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__cspViolations.push(e.effectiveDirective + " refused " + (e.blockedURI || "(inline)") +
    (e.sample ? " [" + e.sample + "]" : "") + " at " + e.sourceFile + ":" + e.lineNumber);
}, true);`

// events collects what a tab reports while a page loads.
type events struct {
	mu         sync.Mutex
	exceptions []string
	console    []string
	csp        []string // the browser's messages about its policy
	dialogs    []string
	requests   []string
	// dismiss closes a dialog the page opened (a blocked tab would stop
	// the test); set by open.
	dismiss func()
}

// listen runs on the tab's message loop: it only records.
func (e *events) listen(ev any) {
	e.mu.Lock()
	defer e.mu.Unlock()
	switch ev := ev.(type) {
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		text := d.Text
		if d.Exception != nil && d.Exception.Description != "" {
			text += " " + d.Exception.Description
		}
		e.exceptions = append(e.exceptions, fmt.Sprintf("%s (%s:%d:%d)", text, d.URL, d.LineNumber+1, d.ColumnNumber+1))
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert ||
			ev.Type == runtime.ConsoleAPICalledTypeWarning {
			var parts []string
			for _, a := range ev.Args {
				switch {
				case a.Description != "":
					parts = append(parts, a.Description)
				case len(a.Value) > 0:
					parts = append(parts, string(a.Value))
				default:
					parts = append(parts, string(a.Type))
				}
			}
			text := strings.Join(parts, ", ")
			// Of the warnings, only ECharts' count (see echarts_test.go).
			if ev.Type != runtime.ConsoleAPICalledTypeWarning || isEChartsWarning(text) {
				e.console = append(e.console, fmt.Sprintf("console.%s(%s)", ev.Type, text))
			}
		}
	case *log.EventEntryAdded:
		switch {
		case strings.Contains(ev.Entry.Text, "Content Security Policy"):
			e.csp = append(e.csp, fmt.Sprintf("log %s: %s %s", ev.Entry.Source, ev.Entry.Text, ev.Entry.URL))
		case ev.Entry.Level == log.EntryLevelError:
			e.console = append(e.console, fmt.Sprintf("log %s: %s %s", ev.Entry.Source, ev.Entry.Text, ev.Entry.URL))
		}
	case *page.EventJavascriptDialogOpening:
		e.dialogs = append(e.dialogs, fmt.Sprintf("%s %q", ev.Type, ev.Message))
		if e.dismiss != nil {
			go e.dismiss()
		}
	case *network.EventRequestWillBeSent:
		e.requests = append(e.requests, ev.Request.URL)
	case *network.EventWebSocketCreated:
		e.requests = append(e.requests, ev.URL)
	}
}

// allowedRequest reports whether the page may load u: a data:, blob: or
// about: URL, or a file:// URL inside root (or the file itself when root
// is empty).
func allowedRequest(u, root, file string) bool {
	p, err := url.Parse(u)
	if err != nil {
		return false
	}
	switch p.Scheme {
	case "data", "blob", "about":
		return true
	case "file":
	default:
		return false
	}
	if p.Host != "" && p.Host != "localhost" {
		return false
	}
	path := filepath.Clean(filepath.FromSlash(p.Path))
	if root == "" {
		return path == filepath.Clean(file)
	}
	root = filepath.Clean(root)
	return path == root || strings.HasPrefix(path, root+string(filepath.Separator))
}

// A tab is one page opened in a tab of its own, with the events it reported.
type tab struct {
	t      *testing.T
	l      load
	ctx    context.Context
	cancel func()
	ev     *events
	// read counts the events already turned into problems.
	readExceptions, readConsole, readRequests, readCSP, readDialogs int
	start                                                           time.Time
}

// open opens l in a new tab of the browser. Close it with close.
func open(t *testing.T, bctx context.Context, l load) *tab {
	t.Helper()
	tb := &tab{t: t, l: l, ev: &events{}, start: time.Now()}
	tabCtx, cancelTab := chromedp.NewContext(bctx, chromedp.WithListener(tb.ev.listen))
	ctx, cancel := context.WithTimeout(tabCtx, 5*time.Minute)
	tb.ctx, tb.cancel = ctx, func() { cancel(); cancelTab() }
	tb.ev.dismiss = func() {
		chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
	}
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: violationJS}); err != nil {
		tb.cancel()
		t.Fatalf("open %s: %v", l.URL(), err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(l.URL())); err != nil {
		tb.cancel()
		t.Fatalf("open %s: %v", l.URL(), err)
	}
	return tb
}

func (tb *tab) close() { tb.cancel() }

// goTo opens l in the same tab, which saves opening a tab per page. The
// next check counts only the events that come after.
func (tb *tab) goTo(l load) {
	tb.t.Helper()
	tb.l, tb.start = l, time.Now()
	tb.ev.mu.Lock()
	tb.readExceptions, tb.readConsole, tb.readRequests = len(tb.ev.exceptions), len(tb.ev.console), len(tb.ev.requests)
	tb.readCSP, tb.readDialogs = len(tb.ev.csp), len(tb.ev.dialogs)
	tb.ev.mu.Unlock()
	if err := chromedp.Do(tb.ctx, chromedp.Navigate(l.URL())); err != nil {
		tb.t.Fatalf("open %s: %v", l.URL(), err)
	}
}

// check runs every per-page check on the page as it is now, after moving to
// fragment when it is not empty (a same-page navigation, as a click on a
// link of a table of contents makes). It fails the test only when the
// browser itself fails; what is wrong with the page is in the result's
// Problems. The events counted are those since the previous check.
func (tb *tab) check(fragment string) result {
	t, l, ctx := tb.t, tb.l, tb.ctx
	t.Helper()
	res := result{load: l}
	res.Fragment = fragment
	add := func(kind, format string, args ...any) {
		res.Problems = append(res.Problems, problem{kind, fmt.Sprintf(format, args...)})
	}
	if fragment != "" {
		q, _ := json.Marshal(fragment)
		state, err := chromedp.Run(ctx, chromedp.Evaluate[string](fmt.Sprintf(gotoFragmentJS, q)))
		if err != nil {
			t.Fatalf("%s: go to #%s: %v", l.URL(), fragment, err)
		}
		if state != "" {
			add("link", "#%s: the target is %s", fragment, state)
		}
	}
	wait := l.ChartWait
	if wait == 0 {
		wait = 10 * time.Second
	}
	_, waitErr := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](chartsDrawnJS,
		chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(wait)))
	if waitErr != nil && ctx.Err() != nil {
		t.Fatalf("%s: %v", l.URL(), waitErr)
	}
	hovered, err := chromedp.Run(ctx, chromedp.Evaluate[int](hoverJS))
	if err != nil {
		t.Fatalf("%s: hover the charts: %v", l.URL(), err)
	}
	// Let late timers, tooltips and requests happen before the events are read.
	if err := chromedp.Do(ctx, chromedp.Sleep(150*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	res.probeResult, err = chromedp.Run(ctx, chromedp.Evaluate[probeResult](probeJS))
	if err != nil {
		t.Fatalf("%s: read the page: %v", l.URL(), err)
	}
	res.Hovered = hovered
	for _, p := range echartsProblems(t, tb) {
		add("echarts", "%s", p)
	}
	if l.Screenshot != "" && fragment == "" {
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("%s: screenshot: %v", l.URL(), err)
		}
		if err := os.WriteFile(l.Screenshot, png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tb.ev.mu.Lock()
	exceptions := append([]string(nil), tb.ev.exceptions[tb.readExceptions:]...)
	console := append([]string(nil), tb.ev.console[tb.readConsole:]...)
	res.Requests = append([]string(nil), tb.ev.requests[tb.readRequests:]...)
	cspLog := append([]string(nil), tb.ev.csp[tb.readCSP:]...)
	dialogs := append([]string(nil), tb.ev.dialogs[tb.readDialogs:]...)
	tb.readExceptions, tb.readConsole, tb.readRequests = len(tb.ev.exceptions), len(tb.ev.console), len(tb.ev.requests)
	tb.readCSP, tb.readDialogs = len(tb.ev.csp), len(tb.ev.dialogs)
	tb.ev.mu.Unlock()

	for _, e := range exceptions {
		add("exception", "%s", e)
	}
	for _, c := range console {
		add("console", "%s", c)
	}
	for _, u := range res.Requests {
		if !allowedRequest(u, l.Root, l.File) {
			where := "outside the report's folder " + l.Root
			if l.Root == "" {
				where = "other than the file itself"
			}
			add("request", "%s (%s)", u, where)
		}
	}
	for _, c := range res.Charts {
		if c.Visible && !c.drawn() {
			add("chart", "chart %s not drawn after %s (svg %t, %d shapes, %.0fx%.0f)", c.ID, wait, c.SVG, c.Shapes, c.Width, c.Height)
		}
	}
	// A violation is the policy at work, but on a report it means that the
	// page tried something it must not (or that the policy forbids what the
	// report needs): either way a fault.
	for _, v := range res.Violations {
		add("csp", "violation: %s", v)
	}
	for _, c := range cspLog {
		add("csp", "%s", c)
	}
	for _, d := range dialogs {
		add("dialog", "the page opened a dialog: %s", d)
	}
	if l.WantCSP && fragment == "" {
		switch {
		case res.CSP == "":
			add("csp", "no Content-Security-Policy <meta> first in <head>")
		case res.CSPMetas != 1:
			add("csp", "%d Content-Security-Policy <meta> elements, want 1", res.CSPMetas)
		default:
			for _, p := range cspProblems(res.CSP, l.Root == "") {
				add("csp", "%s", p)
			}
		}
	}
	if res.StrayOptions > 0 {
		add("chart", "%d elements with a data-option are not a .chart-canvas, so their drawing is not checked", res.StrayOptions)
	}
	if res.Pwned {
		add("sentinel", "window.__pwned is set: hostile text ran as script")
	}
	if strings.Contains(res.Title, "PWNED") {
		add("sentinel", "the title is %q: hostile text ran as script", res.Title)
	}
	if l.Lang != "" && res.HTMLLang != l.Lang {
		add("lang", "<html lang=%q>, want %q", res.HTMLLang, l.Lang)
	}
	if fragment == "" {
		for _, m := range res.MissingTargets {
			add("link", "link %s has no target on the page", m)
		}
		for _, h := range res.Links {
			if p := linkProblem(h, l); p != "" {
				add("link", "%s", p)
			}
		}
	}
	res.Elapsed = time.Since(tb.start)
	tb.start = time.Now()
	return res
}

// gotoFragmentJS moves the page to a fragment (%s is its JSON string) and
// says what is wrong with its target: "" when it is there and shown.
const gotoFragmentJS = `(function (id) {
  location.hash = "#" + id;
  var el = document.getElementById(id) || document.getElementsByName(id)[0];
  if (!el) return "missing";
  if (el.getClientRects().length === 0) return "not shown";
  return "";
})(%s)`

// fragments returns the distinct same-page fragments the links name, in
// the order of the page.
func fragments(links []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, h := range links {
		if len(h) < 2 || h[0] != '#' {
			continue
		}
		f, err := url.PathUnescape(h[1:])
		if err != nil {
			f = h[1:]
		}
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}

// linkProblem checks one href of a page: a relative link must name a file
// that exists inside the site (none for a single file, which is sent
// alone), and no link may be a javascript: URL.
func linkProblem(href string, l load) string {
	u, err := url.Parse(href)
	if err != nil {
		return fmt.Sprintf("link %q does not parse: %v", href, err)
	}
	switch {
	case strings.EqualFold(u.Scheme, "javascript"):
		return fmt.Sprintf("link %q is a javascript: URL", href)
	case u.Scheme != "" || u.Host != "":
		return "" // a link out of the report: not fetched, so allowed
	case u.Path == "":
		return "" // same page; its fragment is checked in the page
	case l.Root == "":
		return fmt.Sprintf("link %q names another file, but a single-file report is sent alone", href)
	}
	target := filepath.Join(filepath.Dir(l.File), filepath.FromSlash(u.Path))
	if !allowedRequest((&url.URL{Scheme: "file", Path: filepath.ToSlash(target)}).String(), l.Root, l.File) {
		return fmt.Sprintf("link %q leaves the report's folder", href)
	}
	if _, err := os.Stat(target); err != nil {
		return fmt.Sprintf("link %q names a file that does not exist", href)
	}
	return ""
}

// kinds returns the sorted distinct kinds of the problems.
func kinds(ps []problem) []string {
	seen := map[string]bool{}
	var out []string
	for _, p := range ps {
		if !seen[p.Kind] {
			seen[p.Kind] = true
			out = append(out, p.Kind)
		}
	}
	sort.Strings(out)
	return out
}

// cspProblems checks a page's policy: default-src 'none', and no directive
// allowing anything beyond the report: 'self' (a site only), data: for
// images, 'unsafe-inline' for styles, sha256 hashes for the scripts of a
// single file; form-action and base-uri 'none'. single is set for a single
// file, which may load nothing, not even 'self'.
func cspProblems(policy string, single bool) []string {
	var out []string
	directives := map[string][]string{}
	for _, d := range strings.Split(policy, ";") {
		f := strings.Fields(d)
		if len(f) == 0 {
			continue
		}
		name := strings.ToLower(f[0])
		if _, dup := directives[name]; dup {
			out = append(out, fmt.Sprintf("directive %s given twice (the second is ignored)", name))
			continue
		}
		directives[name] = f[1:]
	}
	allowed := map[string]map[string]bool{
		"default-src":  {"'none'": true},
		"script-src":   {"'self'": !single},
		"style-src":    {"'self'": !single, "'unsafe-inline'": true},
		"img-src":      {"'self'": !single, "data:": true},
		"connect-src":  {"'none'": true},
		"form-action":  {"'none'": true},
		"base-uri":     {"'none'": true},
		"font-src":     {"'none'": true},
		"object-src":   {"'none'": true},
		"frame-src":    {"'none'": true},
		"media-src":    {"'none'": true},
		"worker-src":   {"'none'": true},
		"manifest-src": {"'none'": true},
	}
	for _, need := range []string{"default-src", "script-src", "form-action", "base-uri"} {
		if _, ok := directives[need]; !ok {
			out = append(out, fmt.Sprintf("no %s", need))
		}
	}
	if d, ok := directives["default-src"]; ok && (len(d) != 1 || d[0] != "'none'") {
		out = append(out, fmt.Sprintf("default-src %s, want 'none'", strings.Join(d, " ")))
	}
	for name, sources := range directives {
		ok, known := allowed[name]
		if !known {
			out = append(out, fmt.Sprintf("unexpected directive %s", name))
			continue
		}
		if len(sources) == 0 {
			out = append(out, fmt.Sprintf("%s has no source", name))
		}
		for _, s := range sources {
			hash := name == "script-src" && single && strings.HasPrefix(s, "'sha256-") && strings.HasSuffix(s, "'")
			if !ok[strings.ToLower(s)] && !hash {
				out = append(out, fmt.Sprintf("%s allows %s", name, s))
			}
		}
	}
	return out
}
