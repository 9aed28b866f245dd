package report

import (
	"bytes"
	"fmt"
	"html/template"
	"reflect"
	"strings"
	texttemplate "text/template"
	"text/template/parse"
	"time"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"github.com/socialaudit/socialaudit/report/recommend"
)

// Notes is the consultant's own executive summary (--notes FILE.md): a
// markdown file shown first on the summary page, whose placeholders, such as
// {{ .ResponseRate }}, are filled with the report's figures (see
// NotesValues). Make one with ParseNotes.
type Notes struct {
	file string
	src  string
	tmpl *texttemplate.Template
	// uses gives the line of the first use of each placeholder.
	uses map[string]int
}

// NotesValues are the placeholders of the notes, each the figure formatted
// in the report's language exactly as the pages print it (62.5 % in
// English, 62,5 % in French), or "not measurable" (or "unknown", where the
// pages say so) when the data does not support it. A placeholder is written
// {{ .Name }}; nothing else of Go's template language is allowed.
//
// The README's section "Your own summary" lists the same names; a test
// keeps the two in step.
type NotesValues struct {
	// Client is the client's name (--client); using it without one is an
	// error.
	Client string
	// Period is the report period as the page header prints it: "1 March
	// 2024 to 31 March 2024".
	Period string
	// From is the first day of the period.
	From string
	// To is the last day of the period (included).
	To string
	// SLA is the response-time target: "24 h".
	SLA string
	// CustomerComments counts the customer comments of the period.
	CustomerComments string
	// Answered counts the customer comments that got a brand answer.
	Answered string
	// Unanswered counts the customer comments without an answer, older
	// than the target.
	Unanswered string
	// Pending counts the customer comments without an answer yet, younger
	// than the target.
	Pending string
	// ResponseRate is answered / (answered + unanswered).
	ResponseRate string
	// MedianFirstResponse is the median time to the first answer.
	MedianFirstResponse string
	// P90FirstResponse is the 90th percentile of the time to the first
	// answer.
	P90FirstResponse string
	// MeanFirstResponse is the mean time to the first answer.
	MeanFirstResponse string
	// AnsweredWithinSLA is the share of judged customer comments answered
	// within the target.
	AnsweredWithinSLA string
	// QuestionsAnswered is the response rate of the customer comments that
	// ask a question.
	QuestionsAnswered string
	// HiddenWithoutAnswer counts the customer comments the brand hid and
	// never answered.
	HiddenWithoutAnswer string
	// BrandPosts counts the brand's posts of the period.
	BrandPosts string
	// BrandReplies counts the brand's replies of the period.
	BrandReplies string
	// BroadcastShare is brand posts / (brand posts + brand replies).
	BroadcastShare string
	// PostsPerReply is brand posts / brand replies.
	PostsPerReply string
	// NegativeFeedbackPer1000 is the post-level negative feedback per 1,000
	// impressions.
	NegativeFeedbackPer1000 string
	// NegativeFeedbackTrend is the direction of the monthly negative
	// feedback: rising, falling or flat.
	NegativeFeedbackTrend string
	// NetFollowerChange is follows minus unfollows, with its sign: +12.
	NetFollowerChange string
}

// notesNames lists the placeholders, in the order of NotesValues.
var notesNames = func() []string {
	t := reflect.TypeOf(NotesValues{})
	names := make([]string, t.NumField())
	for i := range names {
		names[i] = t.Field(i).Name
	}
	return names
}()

// NotesPlaceholders returns the names of the placeholders the notes may
// use, in a stable order.
func NotesPlaceholders() []string { return append([]string(nil), notesNames...) }

// notesView is the executive summary on the summary page.
type notesView struct {
	Heading string
	Body    template.HTML // goldmark output, raw HTML off
}

// ParseNotes reads the notes file (file names it in errors): UTF-8
// markdown whose only template actions are placeholders such as
// {{ .ResponseRate }}. Conditions, loops, variables and functions are
// errors, as are unknown placeholders: each error names the file, the line
// and what is wrong, and lists the valid names where that helps.
func ParseNotes(file string, src []byte) (*Notes, error) {
	s := strings.TrimPrefix(string(src), "\uFEFF")
	if !utf8.ValidString(s) {
		line := 1 + bytes.Count(src[:firstInvalid(src)], []byte("\n"))
		return nil, fmt.Errorf("%s:%d: not UTF-8 text: save the notes as UTF-8", file, line)
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	if strings.TrimSpace(s) == "" {
		return nil, fmt.Errorf("%s: the notes are empty", file)
	}
	t, err := texttemplate.New(file).Option("missingkey=error").Parse(s)
	if err != nil {
		msg := strings.TrimPrefix(err.Error(), "template: ")
		return nil, fmt.Errorf("%s (placeholders are written {{ .ResponseRate }})", msg)
	}
	n := &Notes{file: file, src: s, tmpl: t, uses: map[string]int{}}
	for _, d := range t.Templates() {
		if d != t {
			return nil, fmt.Errorf("%s:%d: {{ define }} and {{ block }} are not allowed in the notes; only placeholders such as {{ .ResponseRate }}",
				file, n.line(d.Tree.Root.Position()))
		}
	}
	if err := n.check(t.Tree.Root); err != nil {
		return nil, err
	}
	return n, nil
}

// firstInvalid is the offset of the first byte of b that is not UTF-8.
func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// line is the 1-based line of a byte offset of the notes.
func (n *Notes) line(pos parse.Pos) int {
	p := min(int(pos), len(n.src))
	return 1 + strings.Count(n.src[:p], "\n")
}

// check accepts text and placeholders only: {{ .Name }} with Name one of
// NotesValues' fields. Nothing else can run, so filling the notes cannot
// fail or do anything but print the figures.
func (n *Notes) check(list *parse.ListNode) error {
	if list == nil {
		return nil
	}
	for _, node := range list.Nodes {
		switch node := node.(type) {
		case *parse.TextNode, *parse.CommentNode:
		case *parse.ActionNode:
			name, ok := placeholder(node)
			if !ok {
				return fmt.Errorf("%s:%d: %s is not a placeholder: the notes allow only placeholders such as {{ .ResponseRate }}, with no functions, conditions or variables",
					n.file, n.line(node.Position()), node)
			}
			if !validName(name) {
				hint := ""
				for _, v := range notesNames {
					if strings.EqualFold(v, name) {
						hint = " (did you mean {{ ." + v + " }}? names are case-sensitive)"
					}
				}
				return fmt.Errorf("%s:%d: {{ .%s }} is not a placeholder%s; the placeholders are %s",
					n.file, n.line(node.Position()), name, hint, placeholderList())
			}
			if _, seen := n.uses[name]; !seen {
				n.uses[name] = n.line(node.Position())
			}
		default:
			return fmt.Errorf("%s:%d: %s is not allowed in the notes: only placeholders such as {{ .ResponseRate }}, with no functions, conditions or variables",
				n.file, n.line(node.Position()), actionText(node))
		}
	}
	return nil
}

// placeholder returns Name when the action is exactly {{ .Name }}.
func placeholder(a *parse.ActionNode) (string, bool) {
	p := a.Pipe
	if p == nil || len(p.Decl) > 0 || p.IsAssign || len(p.Cmds) != 1 || len(p.Cmds[0].Args) != 1 {
		return "", false
	}
	f, ok := p.Cmds[0].Args[0].(*parse.FieldNode)
	if !ok || len(f.Ident) != 1 {
		return "", false
	}
	return f.Ident[0], true
}

// actionText names a control structure by its opening action.
func actionText(node parse.Node) string {
	s := node.String()
	if i := strings.Index(s, "}}"); i >= 0 {
		return s[:i+2]
	}
	return s
}

func validName(name string) bool {
	for _, v := range notesNames {
		if v == name {
			return true
		}
	}
	return false
}

// placeholderList writes the valid names: ".Client, .Period, ...".
func placeholderList() string {
	return "." + strings.Join(notesNames, ", .")
}

// render fills the notes with the report's figures and renders them.
func (n *Notes) render(b *builder) (notesView, error) {
	if line, used := n.uses["Client"]; used && strings.TrimSpace(b.meta.Client) == "" {
		return notesView{}, fmt.Errorf("%s:%d: {{ .Client }} is used but the report has no client name: give one with --client", n.file, line)
	}
	v := b.notesValues()
	// Every value is text for the reader: escaped, it can open no
	// markdown construct around it.
	rv := reflect.ValueOf(&v).Elem()
	for i := 0; i < rv.NumField(); i++ {
		rv.Field(i).SetString(recommend.EscapeMarkdown(rv.Field(i).String()))
	}
	var filled strings.Builder
	if err := n.tmpl.Execute(&filled, v); err != nil {
		return notesView{}, fmt.Errorf("%s: %w", n.file, err)
	}
	body, err := n.markdown(filled.String())
	if err != nil {
		return notesView{}, err
	}
	return notesView{Heading: b.t("notes.heading"), Body: body}, nil
}

// notesHeadingLevel is the level the notes' top headings take: they sit
// under the page's "Executive summary", an h2.
const notesHeadingLevel = 3

// markdown renders the filled notes with the report's goldmark (raw HTML
// off), moving the headings down so that the file's top level becomes h3,
// and refusing images, which the report would have to fetch.
func (n *Notes) markdown(src string) (template.HTML, error) {
	md := recommend.Markdown()
	b := []byte(src)
	doc := md.Parser().Parse(text.NewReader(b))
	top := 7
	var bad error
	err := ast.Walk(doc, func(node ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch node := node.(type) {
		case *ast.Heading:
			top = min(top, node.Level)
		case *ast.Image:
			if bad == nil {
				bad = fmt.Errorf("%s:%d: an image: the report shows nothing it would have to fetch, so the notes cannot hold images", n.file, blockLine(node, b))
			}
		}
		return ast.WalkContinue, nil
	})
	if err == nil {
		err = bad
	}
	if err != nil {
		return "", err
	}
	if top < 7 {
		shift := notesHeadingLevel - top
		_ = ast.Walk(doc, func(node ast.Node, entering bool) (ast.WalkStatus, error) {
			if h, ok := node.(*ast.Heading); ok && entering {
				h.Level = min(h.Level+shift, 6)
			}
			return ast.WalkContinue, nil
		})
	}
	var out bytes.Buffer
	if err := md.Renderer().Render(&out, b, doc); err != nil {
		return "", fmt.Errorf("%s: render markdown: %w", n.file, err)
	}
	// goldmark escapes text and, without WithUnsafe, drops raw HTML and
	// dangerous URLs; the filled values were escaped for markdown first.
	return template.HTML(out.String()), nil
}

// blockLine is the 1-based line of the block that holds an inline node
// (filling the placeholders adds no line, so it is the file's line too).
func blockLine(node ast.Node, src []byte) int {
	for p := node; p != nil; p = p.Parent() {
		if p.Type() == ast.TypeBlock && p.Lines().Len() > 0 {
			return 1 + bytes.Count(src[:p.Lines().At(0).Start], []byte("\n"))
		}
	}
	return 1
}

// notesValues formats every placeholder for the report's language, as the
// pages format the same figure.
func (b *builder) notesValues() NotesValues {
	res := b.res
	// unknown is the notes' own word: a placeholder sits inside a sentence
	// ("inconnu"), where the pages' figure cards say "non disponible".
	unknownText := b.t("notes.unknown")
	count := func(measurable bool, n int) string {
		if !measurable {
			return b.notMeasurable()
		}
		return b.int(int64(n))
	}
	rate := func(measurable bool, r *float64) string {
		if !measurable {
			return b.notMeasurable()
		}
		return b.rate(r)
	}
	dur := func(measurable bool, d *time.Duration) string {
		if !measurable {
			return b.notMeasurable()
		}
		return b.durationPtr(d)
	}

	from := res.Period.From.In(b.loc)
	last := res.Period.To.In(b.loc).Add(-time.Nanosecond)
	v := NotesValues{
		Client: b.meta.Client,
		From:   b.date(from),
		To:     b.date(last),
		SLA:    b.shortDuration(sla(res)),
	}
	// The period is lower-case: it sits inside the consultant's sentence.
	v.Period = b.t("notes.period", v.From, v.To)
	if last.Before(from) {
		v.To, v.Period = v.From, v.From
	}

	s := res.Responsiveness.ResponseStats
	v.CustomerComments = b.int(int64(s.CustomerComments))
	v.Answered = count(s.Measurable, s.Answered)
	v.Unanswered = count(s.Measurable, s.Unanswered)
	v.Pending = count(s.Measurable, s.Pending)
	v.ResponseRate = rate(s.Measurable, s.ResponseRate)
	v.AnsweredWithinSLA = rate(s.Measurable, s.WithinSLARate)
	v.QuestionsAnswered = rate(res.Responsiveness.Questions.Measurable, res.Responsiveness.Questions.ResponseRate)
	v.MedianFirstResponse = dur(s.Measurable, s.FirstResponse.Median)
	v.P90FirstResponse = dur(s.Measurable, s.FirstResponse.P90)
	v.MeanFirstResponse = dur(s.Measurable, s.FirstResponse.Mean)
	switch {
	case !s.Measurable:
		v.HiddenWithoutAnswer = b.notMeasurable()
	case s.HiddenWithoutAnswer == nil:
		v.HiddenWithoutAnswer = unknownText
	default:
		v.HiddenWithoutAnswer = b.intPtr(s.HiddenWithoutAnswer)
	}

	bs := res.Broadcast.BroadcastStats
	v.BrandPosts = b.int(int64(bs.BrandPosts))
	v.BrandReplies = unknownText
	if bs.Measurable {
		v.BrandReplies = b.int(int64(bs.BrandReplies))
	}
	v.BroadcastShare = rate(bs.Measurable, bs.BroadcastShare)
	v.PostsPerReply = b.notMeasurable()
	if bs.Measurable {
		v.PostsPerReply = b.floatPtr(bs.PostsPerReply, 1)
	}

	nf := res.NegativeFeedback
	v.NegativeFeedbackPer1000 = b.notMeasurable()
	if nf.Measurable {
		v.NegativeFeedbackPer1000 = b.floatPtr(nf.Posts.Per1000, 2)
	}
	v.NegativeFeedbackTrend = b.trend(nf.Trend)
	v.NetFollowerChange = unknownText
	if nf.Page.NetFollowers.Known {
		v.NetFollowerChange = b.signed(nf.Page.NetFollowers)
	}
	return v
}
