package report

import (
	"bytes"
	"fmt"
	"html/template"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/report/recommend"
)

// goldenFiles are the outputs compared with testdata/<path>.golden. The
// assets are left out: their bytes are the vendored files, checked in
// package templates.
var goldenFiles = []string{
	"index.html", "responsiveness.html", "conversation.html", "feedback.html",
	"methodology.html", "data.html", "data/metrics.json", "data/unanswered.csv",
}

// update is set by UPDATE_GOLDEN=1 (an env var, since a -update flag would
// break `go test ./...` in packages that do not define it).
var update = os.Getenv("UPDATE_GOLDEN") == "1"

// frGoldenPages are the pages compared with testdata/fr/<page>.golden;
// the data files are the same in every language (TestDataFilesLanguageNeutral).
var frGoldenPages = []string{
	"index.html", "responsiveness.html", "conversation.html", "feedback.html", "methodology.html", "data.html",
}

func buildFixture(t *testing.T) *Site { return buildFixtureLang(t, "en") }

// buildFixtureLang builds the fixture's site in a language.
func buildFixtureLang(t *testing.T, lang string) *Site {
	t.Helper()
	meta := fixtureMeta()
	meta.Lang = lang
	site, err := Build(fixture(), meta)
	if err != nil {
		t.Fatalf("Build(%s): %v", lang, err)
	}
	return site
}

// pinRecommendations replaces package recommend's texts with fixed ones for
// the duration of a test, so that the goldens test this package's rendering
// only. The fixed set has every severity, pages out of order and an equal
// severity, to pin the sort (severity, then ID).
func pinRecommendations(t *testing.T) {
	t.Helper()
	saveB, saveM := buildRecommendations, buildMethodology
	t.Cleanup(func() { buildRecommendations, buildMethodology = saveB, saveM })
	buildRecommendations = func(res *analyze.Results, opts recommend.Options) ([]recommend.Recommendation, error) {
		if len(opts.Brand) != 1 || opts.Brand[0] != "@maisondupont" {
			return nil, fmt.Errorf("unexpected options %+v", opts)
		}
		switch opts.Lang {
		case "en":
			return []recommend.Recommendation{
				{ID: "rows-rejected", Severity: recommend.Info, Page: "data", Title: "Some rows were left out", Figure: "2 rows",
					Body: "<p>Two rows could not be read.</p>"},
				{ID: "slow-response", Severity: recommend.Warning, Page: "responsiveness", Title: "Answers come too late", Figure: "median 3 h 12 min",
					Body: "<p>Half of the answered comments waited <strong>3 h 12 min</strong> or more.</p>"},
				{ID: "broadcast", Severity: recommend.Warning, Page: "conversation", Title: "The feed is a broadcast", Figure: "75.0 %",
					Body: "<p>Posts make up most of what the brand wrote.</p>"},
				{ID: "low-response-rate", Severity: recommend.Critical, Page: "responsiveness", Title: "Too many comments go unanswered", Figure: "71.4 %",
					Body: "<p>8 customer comments got no answer.</p>"},
				{ID: "feedback-rising", Severity: recommend.Warning, Page: "feedback", Title: "Negative feedback is rising", Figure: "+0.40 per month",
					Body: "<p>From 0.40 to 1.20 per 1,000 impressions.</p>"},
			}, nil
		case "fr":
			return []recommend.Recommendation{
				{ID: "rows-rejected", Severity: recommend.Info, Page: "data", Title: "Des lignes ont été écartées", Figure: "2 lignes",
					Body: "<p>Deux lignes n’ont pas pu être lues.</p>"},
				{ID: "slow-response", Severity: recommend.Warning, Page: "responsiveness", Title: "Les réponses arrivent trop tard", Figure: "médiane 3 h 12 min",
					Body: "<p>La moitié des commentaires traités ont attendu <strong>3 h 12 min</strong> ou plus.</p>"},
				{ID: "broadcast", Severity: recommend.Warning, Page: "conversation", Title: "Le fil est une vitrine", Figure: "75,0\u202f%",
					Body: "<p>Les publications constituent l’essentiel des messages de la marque.</p>"},
				{ID: "low-response-rate", Severity: recommend.Critical, Page: "responsiveness", Title: "Trop de commentaires restent sans réponse", Figure: "71,4\u202f%",
					Body: "<p>8 commentaires clients n’ont reçu aucune réponse.</p>"},
				{ID: "feedback-rising", Severity: recommend.Warning, Page: "feedback", Title: "Les retours négatifs augmentent", Figure: "+0,40 par mois",
					Body: "<p>De 0,40 à 1,20 pour 1\u202f000 impressions.</p>"},
			}, nil
		}
		return nil, fmt.Errorf("unexpected language %q", opts.Lang)
	}
	buildMethodology = func(res *analyze.Results, opts recommend.Options) (template.HTML, error) {
		if opts.Lang == "fr" {
			return "<h2>Comment les chiffres sont calculés</h2>\n<p>Un commentaire client est traité lorsqu’un message de la marque y répond.</p>\n", nil
		}
		return "<h2>How the figures are computed</h2>\n<p>A customer comment is answered when a brand message replies to it.</p>\n", nil
	}
}

func TestGolden(t *testing.T) {
	pinRecommendations(t)
	checkGoldens(t, buildFixture(t), goldenFiles, "testdata")
}

// TestGoldenFrench pins every page of the French report. The files were
// read by a French reader; the English goldens must not move when they do.
func TestGoldenFrench(t *testing.T) {
	pinRecommendations(t)
	checkGoldens(t, buildFixtureLang(t, "fr"), frGoldenPages, filepath.Join("testdata", "fr"))
}

// checkGoldens compares the files names of site with dir/<name>.golden
// ("/" written "_"), or rewrites them under UPDATE_GOLDEN=1.
func checkGoldens(t *testing.T, site *Site, names []string, dir string) {
	t.Helper()
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			f := site.File(name)
			if f == nil {
				t.Fatalf("site has no %s", name)
			}
			golden := filepath.Join(dir, strings.ReplaceAll(name, "/", "_")+".golden")
			if update {
				if err := os.MkdirAll(dir, 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, f.Data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with UPDATE_GOLDEN=1 to create it)", err)
			}
			if !bytes.Equal(f.Data, want) {
				t.Errorf("%s differs from %s; first difference:\n%s\n(run with UPDATE_GOLDEN=1 to accept)", name, golden, firstDiff(f.Data, want))
			}
		})
	}
}

// firstDiff shows the first differing line of got and want.
func firstDiff(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + itoa(i+1) + ":\n got: " + gl + "\nwant: " + wl
		}
	}
	return "(none)"
}

func TestSiteFiles(t *testing.T) {
	site := buildFixture(t)
	want := []string{
		"assets/echarts.sha256", "assets/echarts.version",
		"assets/echarts/LICENSE", "assets/echarts/NOTICE", "assets/echarts/echarts.min.js", "assets/echarts/licenses/LICENSE-d3",
		"assets/report.js", "assets/site.css",
		"conversation.html", "data.html", "data/agents.csv", "data/members.csv", "data/metrics.json", "data/posts.csv",
		"data/rejections.csv", "data/unanswered.csv",
		"feedback.html", "index.html", "methodology.html", "responsiveness.html",
	}
	var got []string
	for _, f := range site.Files {
		got = append(got, f.Path)
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("site files:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestBuildIsDeterministic(t *testing.T) {
	a, b := buildFixture(t), buildFixture(t)
	if len(a.Files) != len(b.Files) {
		t.Fatalf("%d files, then %d", len(a.Files), len(b.Files))
	}
	for i := range a.Files {
		if a.Files[i].Path != b.Files[i].Path || !bytes.Equal(a.Files[i].Data, b.Files[i].Data) {
			t.Errorf("%s differs between two builds", a.Files[i].Path)
		}
	}
}

func TestWrite(t *testing.T) {
	site := buildFixture(t)
	dir := filepath.Join(t.TempDir(), "out", "site")
	if err := site.Write(dir); err != nil {
		t.Fatalf("Write: %v", err)
	}
	// Write twice: the second run replaces files in place.
	if err := site.Write(dir); err != nil {
		t.Fatalf("second Write: %v", err)
	}
	for _, f := range site.Files {
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f.Path)))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b, f.Data) {
			t.Errorf("%s on disk differs from memory", f.Path)
		}
	}
	var leftovers []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && strings.Contains(d.Name(), ".tmp") {
			leftovers = append(leftovers, p)
		}
		return nil
	})
	if len(leftovers) > 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}
	bad := &Site{Files: []File{{Path: "../escape.html", Data: []byte("x")}}}
	if err := bad.Write(dir); err == nil {
		t.Error("Write accepted a path leaving the site")
	}
}

// TestPagesStayInside checks that nothing on a page is loaded from outside
// the site and that every link of ours is relative. The only absolute URLs
// allowed are the permalinks of the top posts, which are navigations.
func TestPagesStayInside(t *testing.T) {
	site := buildFixture(t)
	for _, f := range site.Files {
		if !strings.HasSuffix(f.Path, ".html") {
			continue
		}
		s := string(f.Data)
		for _, attr := range []string{`src="`, `href="`} {
			for rest := s; ; {
				i := strings.Index(rest, attr)
				if i < 0 {
					break
				}
				rest = rest[i+len(attr):]
				url := rest[:strings.IndexByte(rest, '"')]
				if url == "https://www.facebook.com/maisondupont/posts/101" && attr == `href="` {
					continue
				}
				if frag, ok := strings.CutPrefix(url, "#"); ok && attr == `href="` {
					if !strings.Contains(s, ` id="`+frag+`"`) {
						t.Errorf("%s: href=\"%s\" points at no element of the page", f.Path, url)
					}
					continue
				}
				if strings.Contains(url, ":") || strings.HasPrefix(url, "/") {
					t.Errorf("%s: %s%s\" is not a relative URL inside the site", f.Path, attr, url)
				}
				if site.File(strings.SplitN(url, "#", 2)[0]) == nil {
					t.Errorf("%s: %s%s\" points at no file of the site", f.Path, attr, url)
				}
			}
		}
		if !strings.Contains(s, "Generated by socialaudit v0.1.0 on 2 April 2024") {
			t.Errorf("%s: footer stamp missing", f.Path)
		}
	}
}

// TestRecommendationPlacement checks the order of the recommendations on
// the overview (most severe first, then by ID) and that each topic page
// shows exactly its own.
func TestRecommendationPlacement(t *testing.T) {
	pinRecommendations(t)
	site := buildFixture(t)
	for _, tc := range []struct {
		page string
		ids  []string
	}{
		{"index.html", []string{"low-response-rate", "broadcast", "feedback-rising", "slow-response", "rows-rejected"}},
		{"responsiveness.html", []string{"low-response-rate", "slow-response"}},
		{"conversation.html", []string{"broadcast"}},
		{"feedback.html", []string{"feedback-rising"}},
		{"methodology.html", nil},
		{"data.html", []string{"rows-rejected"}},
	} {
		s := string(site.File(tc.page).Data)
		var got []string
		for rest := s; ; {
			i := strings.Index(rest, `<li class="recommendation `)
			if i < 0 {
				break
			}
			rest = rest[i:]
			j := strings.Index(rest, `id="`)
			rest = rest[j+4:]
			got = append(got, rest[:strings.IndexByte(rest, '"')])
		}
		if strings.Join(got, ",") != strings.Join(tc.ids, ",") {
			t.Errorf("%s: recommendations %v, want %v", tc.page, got, tc.ids)
		}
	}
}

// TestRecommendError checks that a failing recommend package fails the
// build with context, rather than leaving a page out.
func TestRecommendError(t *testing.T) {
	pinRecommendations(t)
	buildMethodology = func(*analyze.Results, recommend.Options) (template.HTML, error) {
		return "", fmt.Errorf("no methodology for language %q", "xx")
	}
	_, err := Build(fixture(), fixtureMeta())
	if err == nil || !strings.Contains(err.Error(), "methodology") || !strings.Contains(err.Error(), `"xx"`) {
		t.Errorf("Build error = %v, want the methodology error wrapped", err)
	}
}

// Short names for the recommend types in tests.
type (
	recommendOptions = recommend.Options
	recommendation   = recommend.Recommendation
)
