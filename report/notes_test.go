package report

import (
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/report/internal/locale"
)

// notMeasurableFixture is the fixture with nothing measurable: no brand
// comment, no reply, no feedback, no follows.
func notMeasurableFixture() *analyze.Results {
	res := fixture()
	r := &res.Responsiveness
	r.ResponseStats = notMeasured(analyze.ReasonNoBrandComments, 30)
	r.Questions = notMeasured(analyze.ReasonNoBrandComments, 10)
	r.InHours, r.OutOfHours = r.ResponseStats, r.ResponseStats
	for i := range r.ByPlatform {
		r.ByPlatform[i].All, r.ByPlatform[i].Questions = r.ResponseStats, r.Questions
	}
	for i := range r.ByMonth {
		r.ByMonth[i].All, r.ByMonth[i].Questions = r.ResponseStats, r.Questions
	}
	res.Broadcast.BroadcastStats = analyze.BroadcastStats{Reason: analyze.ReasonNoReplySource, BrandPosts: 12}
	res.NegativeFeedback = analyze.NegativeFeedback{Reason: analyze.ReasonNoFeedbackData,
		Trend: analyze.Trend{Reason: analyze.ReasonTooFewMonths}}
	return res
}

func TestNotesValues(t *testing.T) {
	nbsp := "\u202f"
	for _, tc := range []struct {
		name string
		res  *analyze.Results
		lang string
		want NotesValues
	}{
		{"measured, English", fixture(), "en", NotesValues{
			Client: "Maison Dupont", Period: "1 January 2024 to 31 March 2024", From: "1 January 2024", To: "31 March 2024", SLA: "24 h",
			CustomerComments: "30", Answered: "20", Unanswered: "8", Pending: "2",
			ResponseRate: "71.4 %", MedianFirstResponse: "3 h 12 min", P90FirstResponse: "2 d 4 h", MeanFirstResponse: "10 h 30 min",
			AnsweredWithinSLA: "53.6 %", QuestionsAnswered: "66.7 %", HiddenWithoutAnswer: "3",
			BrandPosts: "12", BrandReplies: "4", BroadcastShare: "75.0 %", PostsPerReply: "3.0",
			NegativeFeedbackPer1000: "0.74", NegativeFeedbackTrend: "rising", NetFollowerChange: "+60",
		}},
		{"measured, French", fixture(), "fr", NotesValues{
			Client: "Maison Dupont", Period: "du 1er janvier 2024 au 31 mars 2024", From: "1er janvier 2024", To: "31 mars 2024", SLA: "24\u00a0h",
			CustomerComments: "30", Answered: "20", Unanswered: "8", Pending: "2",
			ResponseRate: "71,4" + nbsp + "%", MedianFirstResponse: "3\u00a0h\u00a012\u00a0min", P90FirstResponse: "2\u00a0j\u00a04\u00a0h", MeanFirstResponse: "10\u00a0h\u00a030\u00a0min",
			AnsweredWithinSLA: "53,6" + nbsp + "%", QuestionsAnswered: "66,7" + nbsp + "%", HiddenWithoutAnswer: "3",
			BrandPosts: "12", BrandReplies: "4", BroadcastShare: "75,0" + nbsp + "%", PostsPerReply: "3,0",
			NegativeFeedbackPer1000: "0,74", NegativeFeedbackTrend: "en hausse", NetFollowerChange: "+60",
		}},
		{"not measurable, English", notMeasurableFixture(), "en", NotesValues{
			Client: "Maison Dupont", Period: "1 January 2024 to 31 March 2024", From: "1 January 2024", To: "31 March 2024", SLA: "24 h",
			CustomerComments: "30", Answered: "not measurable", Unanswered: "not measurable", Pending: "not measurable",
			ResponseRate: "not measurable", MedianFirstResponse: "not measurable", P90FirstResponse: "not measurable", MeanFirstResponse: "not measurable",
			AnsweredWithinSLA: "not measurable", QuestionsAnswered: "not measurable", HiddenWithoutAnswer: "not measurable",
			BrandPosts: "12", BrandReplies: "unknown", BroadcastShare: "not measurable", PostsPerReply: "not measurable",
			NegativeFeedbackPer1000: "not measurable", NegativeFeedbackTrend: "not measurable", NetFollowerChange: "unknown",
		}},
		{"not measurable, French", notMeasurableFixture(), "fr", NotesValues{
			Client: "Maison Dupont", Period: "du 1er janvier 2024 au 31 mars 2024", From: "1er janvier 2024", To: "31 mars 2024", SLA: "24\u00a0h",
			CustomerComments: "30", Answered: "non mesurable", Unanswered: "non mesurable", Pending: "non mesurable",
			ResponseRate: "non mesurable", MedianFirstResponse: "non mesurable", P90FirstResponse: "non mesurable", MeanFirstResponse: "non mesurable",
			AnsweredWithinSLA: "non mesurable", QuestionsAnswered: "non mesurable", HiddenWithoutAnswer: "non mesurable",
			BrandPosts: "12", BrandReplies: "inconnu", BroadcastShare: "non mesurable", PostsPerReply: "non mesurable",
			NegativeFeedbackPer1000: "non mesurable", NegativeFeedbackTrend: "non mesurable", NetFollowerChange: "inconnu",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l, err := locale.For(tc.lang)
			if err != nil {
				t.Fatal(err)
			}
			meta := fixtureMeta()
			meta.Lang = tc.lang
			got := newBuilder(tc.res, meta, l).notesValues()
			gv, wv := reflect.ValueOf(got), reflect.ValueOf(tc.want)
			for i := 0; i < gv.NumField(); i++ {
				if g, w := gv.Field(i).String(), wv.Field(i).String(); g != w {
					t.Errorf("%s = %q, want %q", gv.Type().Field(i).Name, g, w)
				}
			}
		})
	}
}

// TestNotesValuesAsPagesPrint checks that every placeholder of a headline
// figure reads exactly as the summary page prints that figure, so that the
// consultant's text and the figures beside it never disagree.
func TestNotesValuesAsPagesPrint(t *testing.T) {
	labels := map[string]string{
		"Response rate":                           "ResponseRate",
		"Median first response":                   "MedianFirstResponse",
		"First response, 90th percentile":         "P90FirstResponse",
		"Unanswered":                              "Unanswered",
		"Pending":                                 "Pending",
		"Questions answered":                      "QuestionsAnswered",
		"Answered within 24 h":                    "AnsweredWithinSLA",
		"Hidden without answer":                   "HiddenWithoutAnswer",
		"Broadcast share":                         "BroadcastShare",
		"Posts per reply":                         "PostsPerReply",
		"Negative feedback per 1,000 impressions": "NegativeFeedbackPer1000",
		"Negative-feedback trend":                 "NegativeFeedbackTrend",
		"Net follower change":                     "NetFollowerChange",
	}
	for name, res := range map[string]*analyze.Results{"measured": fixture(), "not measurable": notMeasurableFixture()} {
		t.Run(name, func(t *testing.T) {
			meta := fixtureMeta()
			pages, err := newBuilder(res, meta, locale.English).newPages(nil, "")
			if err != nil {
				t.Fatal(err)
			}
			index := pages[0]
			v := reflect.ValueOf(newBuilder(res, meta, locale.English).notesValues())
			seen := map[string]bool{}
			for _, f := range index.Figures {
				field, ok := labels[f.Label]
				if !ok {
					t.Errorf("headline figure %q has no placeholder", f.Label)
					continue
				}
				seen[field] = true
				if got := v.FieldByName(field).String(); got != f.Value {
					t.Errorf("{{ .%s }} = %q, the page prints %q", field, got, f.Value)
				}
			}
			if len(seen) != len(labels) {
				t.Errorf("the page has %d of the %d headline figures", len(seen), len(labels))
			}
			if got := v.FieldByName("Period").String(); got != index.Site.Period {
				t.Errorf("{{ .Period }} = %q, the page header prints %q", got, index.Site.Period)
			}
		})
	}
}

const sampleNotes = `# Where we stand

This quarter {{ .Client }} answered **{{ .ResponseRate }}** of its customers
({{ .Answered }} of {{ .CustomerComments }} comments), with a median first
response of {{.MedianFirstResponse}}.

## Next steps

- Answer the {{ .Unanswered }} open comments.
- Net follower change: {{ .NetFollowerChange }}.
`

func buildWithNotes(t *testing.T, meta Meta, src string) *Site {
	t.Helper()
	pinRecommendations(t)
	n, err := ParseNotes("notes.md", []byte(src))
	if err != nil {
		t.Fatalf("ParseNotes: %v", err)
	}
	meta.Notes = n
	site, err := Build(fixture(), meta)
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	return site
}

func TestNotesOnSummaryPage(t *testing.T) {
	site := buildWithNotes(t, fixtureMeta(), sampleNotes)
	page := string(site.File("index.html").Data)
	want := `<section class="notes" aria-labelledby="notes-heading">
<h2 id="notes-heading">Executive summary</h2>
<h3>Where we stand</h3>
<p>This quarter Maison Dupont answered <strong>71.4 %</strong> of its customers
(20 of 30 comments), with a median first
response of 3 h 12 min.</p>
<h4>Next steps</h4>
<ul>
<li>Answer the 8 open comments.</li>
<li>Net follower change: +60.</li>
</ul>
</section>
<h2>Headline figures</h2>`
	if !strings.Contains(page, want) {
		t.Errorf("index.html lacks the notes, first, as:\n%s\n---- page:\n%s", want, page)
	}
	for _, other := range []string{"responsiveness.html", "data.html"} {
		if strings.Contains(string(site.File(other).Data), "Where we stand") {
			t.Errorf("%s shows the notes", other)
		}
	}
	// Without notes, the page has no empty section.
	pinRecommendations(t)
	if strings.Contains(string(buildFixture(t).File("index.html").Data), "notes-heading") {
		t.Error("index.html has a notes section without notes")
	}
}

func TestNotesHeadingsStartAtThree(t *testing.T) {
	site := buildWithNotes(t, fixtureMeta(), "#### Low\n\ntext\n\n### Top\n\n###### Deep\n")
	page := string(site.File("index.html").Data)
	for _, want := range []string{"<h4>Low</h4>", "<h3>Top</h3>", "<h6>Deep</h6>"} {
		if !strings.Contains(page, want) {
			t.Errorf("index.html lacks %s", want)
		}
	}
}

// TestNotesValuesEscaped fills the notes with a hostile client name: it
// must read as text, open no markdown and run nothing.
func TestNotesValuesEscaped(t *testing.T) {
	meta := fixtureMeta()
	meta.Client = "**Bold** <script>alert(1)</script> [x](javascript:alert(1)) _u_ `c`\n# Title"
	site := buildWithNotes(t, meta, "For {{ .Client }}.\n\nRaw <b>html</b> and <script>alert(2)</script> in the file, [a link](javascript:alert(3)).\n\n# Heading {onclick=\"alert(4)\"}\n")
	page := string(site.File("index.html").Data)
	want := "<p>For **Bold** &lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(1)) _u_ `c` # Title.</p>"
	if !strings.Contains(page, want) {
		t.Errorf("index.html lacks %s", want)
	}
	for _, bad := range []string{"<script>", "<strong>Bold", "<em>u", "<code>c", `href="javascript`, "<b>html", "<h3>Title", "onclick"} {
		if strings.Contains(page, bad) {
			t.Errorf("index.html contains %s", bad)
		}
	}
}

func TestNotesErrors(t *testing.T) {
	list := "the placeholders are .Client, .Period, .From, .To, .SLA, .CustomerComments,"
	for _, tc := range []struct {
		name, src string
		want      []string
	}{
		{"unknown placeholder", "Fine.\n\nRate: {{ .ResponseRat }}\n", []string{"notes.md:3: {{ .ResponseRat }} is not a placeholder;", list, ".NetFollowerChange"}},
		{"wrong case", "{{ .responserate }}", []string{"notes.md:1:", "did you mean {{ .ResponseRate }}?"}},
		{"condition", "a\n{{ if .ResponseRate }}x{{ end }}", []string{"notes.md:2: {{if .ResponseRate}} is not allowed"}},
		{"loop", "{{ range .Client }}x{{ end }}", []string{"notes.md:1: {{range .Client}} is not allowed"}},
		{"call", "{{ call .Client }}", []string{"notes.md:1: {{call .Client}} is not a placeholder"}},
		{"function", "{{ printf \"%s\" .Client }}", []string{"notes.md:1:", "is not a placeholder", "no functions"}},
		{"pipe", "{{ .Client | html }}", []string{"notes.md:1:", "is not a placeholder"}},
		{"variable", "{{ $x := .Client }}", []string{"notes.md:1:", "is not a placeholder"}},
		{"dot", "\n\n{{ . }}", []string{"notes.md:3: {{.}} is not a placeholder"}},
		{"field of a field", "{{ .Client.Name }}", []string{"notes.md:1: {{.Client.Name}} is not a placeholder"}},
		{"define", "x\n{{ define \"t\" }}y{{ end }}", []string{"notes.md:2: {{ define }} and {{ block }} are not allowed"}},
		{"template", "{{ template \"x\" }}", []string{"notes.md:1:", "is not allowed"}},
		{"undefined function", "ok\n{{ shell \"rm\" }}", []string{"notes.md:2:", `function "shell" not defined`, "placeholders are written {{ .ResponseRate }}"}},
		{"unclosed", "Rate {{ .ResponseRate", []string{"notes.md:1:", "unclosed action"}},
		{"not UTF-8", "fine\nr\xe9ponse\n", []string{"notes.md:2: not UTF-8 text"}},
		{"empty", " \n\n", []string{"notes.md: the notes are empty"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseNotes("notes.md", []byte(tc.src))
			if err == nil {
				t.Fatalf("no error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q\nlacks %q", err, w)
				}
			}
		})
	}
}

func TestNotesBuildErrors(t *testing.T) {
	pinRecommendations(t)
	for _, tc := range []struct {
		name, src, client, want string
	}{
		{"client without --client", "Hello\n\nfor {{ .Client }}", "", "notes.md:3: {{ .Client }} is used but the report has no client name: give one with --client"},
		{"image", "Look:\n\n![logo](https://example.com/x.png)\n", "X", "notes.md:3: an image: the report shows nothing it would have to fetch"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n, err := ParseNotes("notes.md", []byte(tc.src))
			if err != nil {
				t.Fatal(err)
			}
			meta := fixtureMeta()
			meta.Client, meta.Notes = tc.client, n
			_, err = Build(fixture(), meta)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Build error %v, want %q", err, tc.want)
			}
		})
	}
}

// TestNotesCRLFAndBOM reads a file saved by a Windows editor.
func TestNotesCRLFAndBOM(t *testing.T) {
	site := buildWithNotes(t, fixtureMeta(), "\uFEFFRate: {{ .ResponseRate }}\r\n\r\nDone.\r\n")
	page := string(site.File("index.html").Data)
	if !strings.Contains(page, "<p>Rate: 71.4 %</p>\n<p>Done.</p>") {
		t.Errorf("index.html:\n%s", page)
	}
}

// TestREADMEPlaceholders keeps the README's list of placeholders, in its
// section "Your own summary", the same as NotesValues' fields, in order.
func TestREADMEPlaceholders(t *testing.T) {
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(b), "\n## Your own summary\n")
	if !ok {
		t.Fatal(`README.md has no section "## Your own summary"`)
	}
	if i := strings.Index(section, "\n## "); i >= 0 {
		section = section[:i]
	}
	item := regexp.MustCompile("(?m)^- `\\{\\{ \\.(\\w+) \\}\\}`")
	var got []string
	for _, m := range item.FindAllStringSubmatch(section, -1) {
		got = append(got, m[1])
	}
	if !reflect.DeepEqual(got, NotesPlaceholders()) {
		t.Errorf("README lists\n%v\nNotesValues has\n%v", got, NotesPlaceholders())
	}
}
