package report

import (
	"encoding/json"
	"html"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/report/internal/locale"
)

// The hostile texts of the diagnostics fixture: an author name, a reply
// text and an agent name from the data.
const (
	hostileAuthor = `<script>alert("author")</script>`
	hostileReply  = `Thanks <script>alert('reply')</script> & see <img src=x onerror=alert(1)>`
	hostileAgent  = `<b onmouseover=alert(1)>JK</b>`
)

// diagFixture is the page fixture with the four answer diagnostics filled
// in by hand:
//
//   - canned replies: 6 replies, 5 with a text, 3 of them copies of one
//     text (3/5 = 60.0 %);
//   - crises: 20 days of customer comments from 1 March 2024 (2 a day,
//     30 on Sunday 10 March and 25 on Monday 11 March); median 2, MAD 0
//     would make every 3 a crisis, so the series is given MAD 1: threshold
//     2 + 3 x 1 = 5, and the two busy days (>= 10) form one crisis that
//     started on a Sunday at 21:00. The feedback series has 5 days, 14
//     needed;
//   - members: 12 customers, 3 regulars, 1 never answered, 2 anonymous
//     comments;
//   - agents: 8 of 10 replies (80.0 %) name an agent.
func diagFixture() *analyze.Results {
	res := fixture()
	at := func(m time.Month, d, h, min int) time.Time { return time.Date(2024, m, d, h, min, 0, 0, paris) }
	d := &res.Diagnostics
	d.Options = analyze.DefaultDiagnosticOptions

	d.Canned = analyze.CannedReplies{
		Measurable: true, Replies: 6, WithText: 5, Canned: 3, Share: fp(0.6), Texts: 1,
		Top: []analyze.CannedText{{Text: "thanks <url>", Count: 3, Example: hostileReply,
			First: at(1, 5, 10, 0), Last: at(3, 20, 9, 0), Platforms: []string{"facebook", "instagram"}}},
		ByPlatform: []analyze.PlatformCanned{
			{Platform: "facebook", WithText: 3, Canned: 2, Share: fp(2.0 / 3)},
			{Platform: "instagram", WithText: 2, Canned: 1, Share: fp(0.5)},
		},
	}

	var days []analyze.DayValue
	for i := 0; i < 20; i++ {
		v := int64(2)
		switch i {
		case 9:
			v = 30
		case 10:
			v = 25
		}
		days = append(days, analyze.DayValue{Day: at(3, 1+i, 0, 0), Value: v, Crisis: v > 5})
	}
	var fbDays []analyze.DayValue
	for i := 0; i < 5; i++ {
		fbDays = append(fbDays, analyze.DayValue{Day: at(3, 1+i, 0, 0), Value: 3})
	}
	crisisStats := analyze.ResponseStats{Measurable: true, CustomerComments: 55, Answered: 20, Unanswered: 20, Pending: 15,
		AnsweredWithinSLA: 10, ResponseRate: fp(0.5), WithinSLARate: fp(0.25),
		FirstResponse: analyze.DurationStats{N: 20, Median: dp(5 * time.Hour)}}
	normalStats := analyze.ResponseStats{Measurable: true, CustomerComments: 36, Answered: 27, Unanswered: 9,
		AnsweredWithinSLA: 27, ResponseRate: fp(0.75), WithinSLARate: fp(0.75),
		FirstResponse: analyze.DurationStats{N: 27, Median: dp(90 * time.Minute)}}
	d.Crises = analyze.Crises{
		Measurable: true,
		Comments:   analyze.CrisisSeries{Measurable: true, Median: 2, MAD: 1, Threshold: 5, MinCount: 10, Days: days},
		Feedback:   analyze.CrisisSeries{Reason: analyze.ReasonTooFewDays, MinCount: 10, Days: fbDays},
		Crises: []analyze.Crisis{{First: at(3, 10, 0, 0), Last: at(3, 11, 0, 0), Days: 2, ByComments: true,
			CustomerComments: 55, PeakComments: 30, Weekday: 6, StartHour: ip(21), OutOfHours: bp(true),
			Responses: crisisStats}},
		CrisisDays: crisisStats, NormalDays: normalStats, OutOfHoursStarts: 1,
	}

	never := analyze.Member{Platform: "facebook", AuthorID: "u-1", AuthorName: hostileAuthor, Comments: 5, Answers: true,
		Unanswered: 4, Pending: 1, First: at(1, 3, 9, 0), Last: at(3, 28, 18, 0)}
	d.Members = analyze.Members{
		Measurable: true, Answers: true, Customers: 12, Anonymous: 2, Regulars: 3,
		Top: []analyze.Member{never,
			{Platform: "instagram", AuthorID: "u-2", AuthorName: "Jeanne Martin", Comments: 3, Answers: true, Answered: 3,
				First: at(2, 1, 9, 0), Last: at(3, 2, 9, 0)},
			{Platform: "instagram", AuthorID: "u-3", Comments: 2, Answers: true, Answered: 1, Unanswered: 1,
				First: at(2, 5, 9, 0), Last: at(2, 6, 9, 0)}},
		NeverAnswered: 1, NeverAnsweredTop: []analyze.Member{never},
	}

	d.Agents = analyze.Agents{
		Measurable: true, Replies: 10, Named: 8,
		ByAgent: []analyze.AgentStats{
			{Agent: "Inès", Replies: 6, Share: fp(0.75), FirstResponse: analyze.DurationStats{N: 5, Median: dp(2 * time.Hour)}},
			{Agent: hostileAgent, Replies: 2, Share: fp(0.25)},
		},
		Unnamed: analyze.AgentStats{Replies: 2, FirstResponse: analyze.DurationStats{N: 1, Median: dp(30 * time.Minute)}},
	}
	return res
}

func bp(b bool) *bool { return &b }

// answerSections builds the responsiveness page of res in lang and returns
// its diagnostic sections by heading.
func answerSections(t *testing.T, res *analyze.Results, lang string) map[string]section {
	t.Helper()
	p := habitPages(t, res, lang)["responsiveness"]
	out := map[string]section{}
	for _, s := range p.Sections[len(p.Sections)-4:] {
		out[s.Heading] = s
	}
	if len(out) != 4 {
		t.Fatalf("%s: %d diagnostic sections, want 4", lang, len(out))
	}
	return out
}

// cells returns the texts of a table's cells, row by row.
func cells(tv tableView) [][]string {
	var out [][]string
	for _, r := range tv.Rows {
		var row []string
		for _, c := range r {
			row = append(row, c.Text)
		}
		out = append(out, row)
	}
	return out
}

func checkRows(t *testing.T, what string, tv tableView, want [][]string) {
	t.Helper()
	got := cells(tv)
	if len(got) != len(want) {
		t.Errorf("%s: %d rows %q, want %d", what, len(got), got, len(want))
		return
	}
	for i := range want {
		if strings.Join(got[i], " | ") != strings.Join(want[i], " | ") {
			t.Errorf("%s row %d:\n got %q\nwant %q", what, i, got[i], want[i])
		}
	}
}

// The hand-computed page of diagFixture, in both languages.
func TestAnswerDiagnostics(t *testing.T) {
	nb, nnb := "\u00a0", "\u202f"
	for _, tc := range []struct {
		lang                         string
		canned, crises, members      string
		agents                       string
		point                        string
		crisisRow, compareRow        []string
		topCanned, platCanned        []string
		memberRow, agentRow, unnamed []string
		captions                     []string
	}{
		{
			lang: "en",
			canned: "3 of 5 replies (60.0 %) are copies. They repeat 1 text. 1 reply has no text and is left out. " +
				"A reply counts as a copy when its text, once normalised (case, spacing, links, names, numbers and signatures masked), " +
				"is written at least 3 times in the period, on any platform; every copy counts, the first included.",
			crises: "1 crisis in the period. 1 started on a weekend or outside business hours (Monday to Friday, 09:00 to 18:00). " +
				"A day is a crisis day when it stands far above a usual day: above the median day plus 3 times the median absolute deviation (MAD) from it, and at least a minimum count. Consecutive crisis days form one crisis. " +
				"Customer comments: a usual day has 2 and the MAD is 1, so a crisis day has more than 5 (2 + 3 × 1) and at least 10, over 20 days. " +
				"Negative feedback per day is not measurable: The series has 5 days, and 14 are needed to say what a usual day is.",
			members: "12 customers commented in the period. 3 of them are regulars (at least 2 comments). 1 regular never got an answer. " +
				"2 customer comments name no author and are left out. A customer is the author of customer comments, known on each platform by id or, without one, by name; " +
				"a regular wrote at least 2 comments in the period; a regular is never answered when none of their comments got an answer and at least one waited more than 24 h without one.",
			agents: "8 of 10 brand replies (80.0 %) name the agent who wrote them. Agents are grouped whatever the case of their name; " +
				"an agent's first responses are the customer comments whose first answer they wrote, and their median is over those.",
			point:      "The busiest day, 10 March 2024, had 30 customer comments against a usual 2; 2 days were above the threshold of 5.",
			crisisRow:  []string{"10 Mar 2024", "2", "customer comments", "55", "30", "unknown", "Sunday, 21:00", "Yes", "50.0 %", "5 h"},
			compareRow: []string{"Crisis days (2)", "55", "20", "20", "15", "50.0 %", "25.0 %", "5 h"},
			topCanned:  []string{hostileReply, "3", "facebook, instagram", "5 Jan 2024", "20 Mar 2024"},
			platCanned: []string{"facebook", "3", "2", "66.7 %"},
			memberRow:  []string{hostileAuthor, "facebook", "5", "0", "4", "1", "3 Jan 2024", "28 Mar 2024"},
			agentRow:   []string{"Inès", "6", "75.0 %", "5", "2 h"},
			unnamed:    []string{"No agent named", "2", "–", "1", "30 min"},
			captions: []string{"The repeated text (1 shown of 1)", "Copies by platform", "1 crisis of the period",
				"Answers on crisis days and on the other days", "The 3 most active customers, of 12 in all",
				"The regular never answered (1 of 1 in all)", "2 agents, most replies first"},
		},
		{
			lang: "fr",
			canned: "3 réponses sur 5 (60,0" + nnb + "%) sont des copies. Elles reprennent 1 seul texte. 1 réponse sans texte est écartée. " +
				"Une réponse compte comme une copie lorsque son texte, une fois normalisé (casse, espaces, liens, noms, nombres et signatures masqués), " +
				"est écrit au moins 3 fois pendant la période, toutes plateformes confondues" + nb + "; chaque exemplaire compte, le premier compris.",
			crises: "1 crise pendant la période. 1 a commencé un week-end ou en dehors des heures ouvrées (du lundi au vendredi, de 9" + nb + "h à 18" + nb + "h). " +
				"Un jour est un jour de crise lorsqu’il dépasse de loin un jour habituel" + nb + ": au-delà du jour médian plus 3 fois l’écart absolu médian (MAD), et au moins un nombre minimum. Des jours de crise consécutifs forment une seule crise. " +
				"Commentaires clients" + nb + ": un jour habituel en compte 2 et le MAD est de 1" + nb + "; un jour de crise en compte donc plus de 5 (2 + 3 × 1) et au moins 10, sur 20 jours. " +
				"Les retours négatifs par jour ne sont pas mesurables" + nb + ": La série compte 5 jours, et il en faut 14 pour dire ce qu’est un jour habituel.",
			members: "12 clients ont commenté pendant la période. 3 d’entre eux sont des habitués (au moins 2 commentaires). 1 habitué n’a jamais reçu de réponse. " +
				"2 commentaires clients n’indiquent pas leur auteur et sont écartés. Un client est l’auteur de commentaires clients, reconnu sur chaque plateforme par son identifiant ou, à défaut, par son nom" + nb + "; " +
				"un habitué a écrit au moins 2 commentaires pendant la période" + nb + "; un habitué n’a jamais eu de réponse lorsqu’aucun de ses commentaires n’en a reçu et qu’au moins un a attendu plus de 24" + nb + "h sans réponse.",
			agents: "8 réponses de la marque sur 10 (80,0" + nnb + "%) indiquent l’agent qui les a écrites. Les agents sont regroupés sans tenir compte des majuscules" + nb + "; " +
				"les premières réponses d’un agent sont les commentaires clients dont il a écrit la première réponse, et sa médiane porte sur celles-ci.",
			point:      "Le jour le plus chargé, le 10 mars 2024, a compté 30 commentaires clients contre 2 un jour habituel" + nb + "; 2 jours ont dépassé le seuil de 5.",
			crisisRow:  []string{"10 mars 2024", "2", "commentaires clients", "55", "30", "non disponible", "Dimanche, 21" + nb + "h", "Oui", "50,0" + nnb + "%", "5" + nb + "h"},
			compareRow: []string{"Jours de crise (2)", "55", "20", "20", "15", "50,0" + nnb + "%", "25,0" + nnb + "%", "5" + nb + "h"},
			topCanned:  []string{hostileReply, "3", "facebook, instagram", "5 janv. 2024", "20 mars 2024"},
			platCanned: []string{"facebook", "3", "2", "66,7" + nnb + "%"},
			memberRow:  []string{hostileAuthor, "facebook", "5", "0", "4", "1", "3 janv. 2024", "28 mars 2024"},
			agentRow:   []string{"Inès", "6", "75,0" + nnb + "%", "5", "2" + nb + "h"},
			unnamed:    []string{"Sans agent indiqué", "2", "–", "1", "30" + nb + "min"},
			captions: []string{"Le texte répété (1 affiché sur 1)", "Copies par plateforme", "1 crise de la période",
				"Réponses les jours de crise et les autres jours", "Les 3 clients les plus actifs, sur 12 au total",
				"L’habitué sans réponse (1 sur 1 au total)", "2 agents, par nombre de réponses décroissant"},
		},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			secs := answerSections(t, diagFixture(), tc.lang)
			l, _ := locale.For(tc.lang)
			get := func(key string) section {
				s, ok := secs[l.T(key)]
				if !ok {
					t.Fatalf("no section %q", l.T(key))
				}
				return s
			}
			canned, crises := get("diag.canned.heading"), get("diag.crises.heading")
			members, agents := get("diag.members.heading"), get("diag.agents.heading")
			for _, c := range []struct{ name, got, want string }{
				{"canned intro", canned.Intro, tc.canned},
				{"crises intro", crises.Intro, tc.crises},
				{"members intro", members.Intro, tc.members},
				{"agents intro", agents.Intro, tc.agents},
			} {
				if c.got != c.want {
					t.Errorf("%s:\n got %q\nwant %q", c.name, c.got, c.want)
				}
			}
			if len(canned.Tables) != 2 || len(crises.Charts) != 1 || len(crises.Tables) != 1 || len(members.Tables) != 2 || len(agents.Tables) != 1 {
				t.Fatalf("tables and charts: canned %d, crises %d charts %d tables, members %d, agents %d",
					len(canned.Tables), len(crises.Charts), len(crises.Tables), len(members.Tables), len(agents.Tables))
			}
			checkRows(t, "canned top", canned.Tables[0], [][]string{tc.topCanned})
			if !canned.Tables[0].Rows[0][0].Wide {
				t.Error("the example reply is not a wide text cell")
			}
			if got := cells(canned.Tables[1])[0]; strings.Join(got, "|") != strings.Join(tc.platCanned, "|") {
				t.Errorf("canned by platform: %q, want %q", got, tc.platCanned)
			}
			chart := crises.Charts[0]
			if chart.Point != tc.point {
				t.Errorf("crises point:\n got %q\nwant %q", chart.Point, tc.point)
			}
			checkRows(t, "crises list", chart.Table, [][]string{tc.crisisRow})
			if got := cells(crises.Tables[0])[0]; strings.Join(got, "|") != strings.Join(tc.compareRow, "|") {
				t.Errorf("crisis days row: %q, want %q", got, tc.compareRow)
			}
			if got := cells(members.Tables[0]); len(got) != 3 || strings.Join(got[0], "|") != strings.Join(tc.memberRow, "|") || got[2][0] != "u-3" {
				t.Errorf("members: %q, want first row %q and the third named by id", got, tc.memberRow)
			}
			checkRows(t, "never answered", members.Tables[1], [][]string{tc.memberRow})
			checkRows(t, "agents", agents.Tables[0], [][]string{tc.agentRow,
				{hostileAgent, "2", map[string]string{"en": "25.0 %", "fr": "25,0" + nnb + "%"}[tc.lang], "0", l.T("word.not-measurable")}, tc.unnamed})
			var captions []string
			for _, tv := range []tableView{canned.Tables[0], canned.Tables[1], chart.Table, crises.Tables[0], members.Tables[0], members.Tables[1], agents.Tables[0]} {
				captions = append(captions, tv.Caption)
			}
			if strings.Join(captions, "\n") != strings.Join(tc.captions, "\n") {
				t.Errorf("captions:\n got %q\nwant %q", captions, tc.captions)
			}
		})
	}
}

// The daily chart: one category per day, keyed "2024-03-01", crisis days
// in their own series, the threshold a markLine that survives the --events
// marks.
func TestCrisisChart(t *testing.T) {
	res := diagFixture()
	meta := fixtureMeta()
	meta.Events = []Event{{Date: time.Date(2024, 3, 10, 0, 0, 0, 0, time.UTC), Label: "Launch <script>"}}
	l, _ := locale.For("en")
	pages, err := newBuilder(res, meta, l).newPages(nil, "")
	if err != nil {
		t.Fatal(err)
	}
	var chart chartView
	for _, p := range pages {
		for _, s := range p.Sections {
			for _, c := range s.Charts {
				if c.ID == "diag_crises_comments" {
					chart = c
				}
			}
		}
	}
	if chart.Option == "" {
		t.Fatalf("no crisis chart drawn (missing: %q)", chart.Missing)
	}
	var opt struct {
		XAxis []struct {
			Data []string `json:"data"`
		} `json:"xAxis"`
		Series []struct {
			Name     string                `json:"name"`
			Type     string                `json:"type"`
			Data     []struct{ Value any } `json:"data"`
			MarkLine *struct {
				Data []map[string]any `json:"data"`
			} `json:"markLine"`
		} `json:"series"`
	}
	if err := json.Unmarshal([]byte(chart.Option), &opt); err != nil {
		t.Fatal(err)
	}
	x := opt.XAxis[0].Data
	if len(x) != 20 || x[0] != "2024-03-01" || x[19] != "2024-03-20" {
		t.Errorf("x axis: %d days, %q to %q", len(x), x[0], x[len(x)-1])
	}
	if len(opt.Series) != 2 || opt.Series[0].Name != "Usual day" || opt.Series[1].Name != "Crisis day" {
		t.Fatalf("series: %+v", opt.Series)
	}
	if v := opt.Series[1].Data[9].Value; v != float64(30) {
		t.Errorf("10 March in the crisis series: %v, want 30", v)
	}
	if v := opt.Series[0].Data[9].Value; v != "-" {
		t.Errorf("10 March in the usual series: %v, want a gap", v)
	}
	if v := opt.Series[0].Data[0].Value; v != float64(2) {
		t.Errorf("1 March in the usual series: %v, want 2", v)
	}
	if ml := opt.Series[1].MarkLine; ml == nil || len(ml.Data) != 1 || ml.Data[0]["yAxis"] != float64(5) || ml.Data[0]["name"] != "threshold: 5" {
		t.Errorf("threshold markLine: %+v", ml)
	}
	if ml := opt.Series[0].MarkLine; ml == nil || len(ml.Data) != 1 || ml.Data[0]["xAxis"] != float64(9) {
		t.Errorf("event markLine: %+v, want the event on 10 March (index 9)", ml)
	}
	if strings.ContainsAny(chart.Option, "<>") {
		t.Error("the option carries raw < or >")
	}
}

// Not measurable: each section says why, with the figures it has, and
// prints no number in place of the unknown ones.
func TestAnswerDiagnosticsNotMeasurable(t *testing.T) {
	res := fixture()
	d := &res.Diagnostics
	d.Canned = analyze.CannedReplies{Reason: analyze.ReasonNoReplyText, Replies: 4}
	d.Crises = analyze.Crises{Reason: analyze.ReasonTooFewDays,
		Comments: analyze.CrisisSeries{Reason: analyze.ReasonTooFewDays, Days: make([]analyze.DayValue, 1)},
		Feedback: analyze.CrisisSeries{Reason: analyze.ReasonNoFeedbackData}}
	d.Members = analyze.Members{Measurable: true, Answers: false, AnswersReason: analyze.ReasonAuthorsWithheld,
		Customers: 1, Regulars: 1, NeverAnswered: 0,
		Top: []analyze.Member{{Platform: "x", AuthorName: "Ann", Comments: 2, First: time.Date(2024, 2, 1, 9, 0, 0, 0, paris), Last: time.Date(2024, 2, 2, 9, 0, 0, 0, paris)}}}
	d.Agents = analyze.Agents{Reason: analyze.ReasonNoAgent, Replies: 4}
	for _, tc := range []struct {
		lang                                 string
		canned, crisesEmpty, members, agents string
		memberRow                            []string
	}{
		{
			lang:        "en",
			canned:      "Not measurable: The export left out the text of the brand's replies, so they cannot be compared.",
			crisesEmpty: "Customer comments per day are not measurable: The series has 1 day, and 14 are needed to say what a usual day is. Negative feedback per day is not measurable: No post or daily row of the period carries negative-feedback counters.",
			members:     "1 customer commented in the period. 1 of them is a regular (at least 2 comments). Whether the brand answered them is not measurable: The export withheld who wrote the comments",
			agents:      "Not measurable: No export names the agent who wrote the brand's replies.",
			memberRow:   []string{"Ann", "x", "2", "not measurable", "not measurable", "not measurable", "1 Feb 2024", "2 Feb 2024"},
		},
		{
			lang:        "fr",
			canned:      "Non mesurable\u00a0: L’export ne contient pas le texte des réponses de la marque\u00a0: impossible de les comparer.",
			crisesEmpty: "Les commentaires clients par jour ne sont pas mesurables\u00a0: La série compte 1 jour, et il en faut 14 pour dire ce qu’est un jour habituel. Les retours négatifs par jour ne sont pas mesurables\u00a0: Aucune publication ni aucune ligne quotidienne de la période ne comporte de compteurs de retours négatifs.",
			members:     "1 client a commenté pendant la période. 1 d’entre eux est un habitué (au moins 2 commentaires). Savoir si la marque leur a répondu n’est pas mesurable\u00a0: ",
			agents:      "Non mesurable\u00a0: Aucun export n’indique quel agent a écrit les réponses de la marque.",
			memberRow:   []string{"Ann", "x", "2", "non mesurable", "non mesurable", "non mesurable", "1er févr. 2024", "2 févr. 2024"},
		},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			secs := answerSections(t, res, tc.lang)
			l, _ := locale.For(tc.lang)
			canned, crises := secs[l.T("diag.canned.heading")], secs[l.T("diag.crises.heading")]
			members, agents := secs[l.T("diag.members.heading")], secs[l.T("diag.agents.heading")]
			if canned.Empty != tc.canned || len(canned.Tables) != 0 {
				t.Errorf("canned: %q, %d tables; want %q", canned.Empty, len(canned.Tables), tc.canned)
			}
			if crises.Empty != tc.crisesEmpty || len(crises.Charts)+len(crises.Tables) != 0 {
				t.Errorf("crises:\n got %q\nwant %q", crises.Empty, tc.crisesEmpty)
			}
			if !strings.HasPrefix(members.Intro, tc.members) || len(members.Tables) != 1 {
				t.Errorf("members:\n got %q\nwant prefix %q", members.Intro, tc.members)
			} else {
				checkRows(t, "member", members.Tables[0], [][]string{tc.memberRow})
			}
			if agents.Empty != tc.agents || !strings.Contains(agents.Intro, "agent") || len(agents.Tables) != 0 {
				t.Errorf("agents: intro %q, empty %q; want %q", agents.Intro, agents.Empty, tc.agents)
			}
			for _, s := range []section{canned, crises, agents} {
				if zero.MatchString(s.Intro + " " + s.Empty) {
					t.Errorf("%s: a 0 where the figure is not measurable: %q %q", s.Heading, s.Intro, s.Empty)
				}
			}
		})
	}
}

// zero matches a lone 0, a figure printed in place of an unknown one.
var zero = regexp.MustCompile(`(^|[^0-9,.])0([^0-9,.]|$)`)

// No crisis, nothing canned, every regular answered: the sentences that
// say so, and no empty table.
func TestAnswerDiagnosticsCalm(t *testing.T) {
	res := diagFixture()
	d := &res.Diagnostics
	d.Canned = analyze.CannedReplies{Measurable: true, Replies: 5, WithText: 5, Share: fp(0),
		ByPlatform: []analyze.PlatformCanned{{Platform: "facebook", WithText: 5, Share: fp(0)}}}
	for i := range d.Crises.Comments.Days {
		d.Crises.Comments.Days[i].Crisis = false
	}
	d.Crises.Crises, d.Crises.OutOfHoursStarts = nil, 0
	d.Crises.CrisisDays = analyze.ResponseStats{Measurable: true}
	d.Members.NeverAnswered, d.Members.NeverAnsweredTop = 0, nil
	secs := answerSections(t, res, "fr")
	l, _ := locale.For("fr")
	canned, crises, members := secs[l.T("diag.canned.heading")], secs[l.T("diag.crises.heading")], secs[l.T("diag.members.heading")]
	if want := "Aucune des 5 réponses avec un texte n’est une copie\u00a0: aucun texte n’a été écrit 3 fois ou plus."; !strings.HasPrefix(canned.Intro, want) {
		t.Errorf("canned: %q, want prefix %q", canned.Intro, want)
	}
	if len(canned.Tables) != 1 {
		t.Errorf("canned: %d tables, want the platform table only", len(canned.Tables))
	}
	if want := "Aucun jour de la période ne sort du lot\u00a0: aucune crise. Un jour"; !strings.HasPrefix(crises.Intro, want) {
		t.Errorf("crises: %q, want prefix %q", crises.Intro, want)
	}
	c := crises.Charts[0]
	if want := "Le jour le plus chargé, le 10 mars 2024, a compté 30 commentaires clients contre 2 un jour habituel\u00a0; aucun jour n’a dépassé le seuil de 5."; c.Point != want {
		t.Errorf("point: %q, want %q", c.Point, want)
	}
	if c.Table.Caption != "Aucune crise pendant la période" || len(c.Table.Rows) != 0 {
		t.Errorf("crises table: %q, %d rows", c.Table.Caption, len(c.Table.Rows))
	}
	if !strings.Contains(members.Intro, "Chaque habitué a reçu au moins une réponse.") || len(members.Tables) != 1 {
		t.Errorf("members: %q, %d tables", members.Intro, len(members.Tables))
	}
}

// The data's texts reach the page escaped: names, reply texts and agents
// are cells, never markup.
func TestAnswerDiagnosticsHostile(t *testing.T) {
	for _, lang := range []string{"en", "fr"} {
		meta := fixtureMeta()
		meta.Lang = lang
		pinRecommendations(t)
		site, err := Build(diagFixture(), meta)
		if err != nil {
			t.Fatal(err)
		}
		page := string(site.File("responsiveness.html").Data)
		for _, raw := range []string{hostileAuthor, hostileReply, hostileAgent, "<script>alert", "<img", "<b onmouseover"} {
			if strings.Contains(page, raw) {
				t.Errorf("%s: %q unescaped", lang, raw)
			}
		}
		for _, esc := range []string{html.EscapeString(hostileAuthor), html.EscapeString(hostileReply), html.EscapeString(hostileAgent)} {
			if !strings.Contains(page, esc) {
				t.Errorf("%s: the hostile text is not on the page as %q", lang, esc)
			}
		}
		if n := strings.Count(strings.ToLower(page), "<script"); n != 2 {
			t.Errorf("%s: %d <script tags, want 2 (ECharts and report.js)", lang, n)
		}
		checkScripts(t, "responsiveness.html", page)
	}
}

// No message of these sections reaches a page of the other language, and
// each is translated.
func TestAnswerDiagnosticsLanguage(t *testing.T) {
	res := diagFixture()
	data := append(fixtureTexts(res, fixtureMeta()), hostileAuthor, hostileReply, hostileAgent, "Jeanne Martin", "Inès")
	var own []locale.KeyedMessage
	for _, m := range locale.Messages() {
		if strings.HasPrefix(m.Key, "diag.canned.") || strings.HasPrefix(m.Key, "diag.crises.") ||
			strings.HasPrefix(m.Key, "diag.members.") || strings.HasPrefix(m.Key, "diag.agents.") {
			own = append(own, m)
			if m.En == m.Fr && m.Key != "diag.agents.col.agent" {
				t.Errorf("%s is the same in English and French: %q", m.Key, m.En)
			}
		}
	}
	for _, lang := range []string{"en", "fr"} {
		meta := fixtureMeta()
		meta.Lang = lang
		pinRecommendations(t)
		site, err := Build(res, meta)
		if err != nil {
			t.Fatal(err)
		}
		text := removeAll(visibleText(string(site.File("responsiveness.html").Data)), data)
		if strings.Contains(text, locale.Missing) {
			t.Errorf("%s: a missing message: %s", lang, text[strings.Index(text, locale.Missing):][:60])
		}
		for _, m := range own {
			if m.En == m.Fr {
				continue
			}
			other := m.Fr
			if lang == "fr" {
				other = m.En
			}
			for _, part := range literalParts(other) {
				if strings.Contains(text, part) {
					t.Errorf("%s: contains %q, from the other language of %s", lang, part, m.Key)
				}
			}
		}
	}
}
