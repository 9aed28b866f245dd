package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
)

// sparse is a Results where the data supports almost nothing: no brand
// comment, no reply source, no negative-feedback counters, one month.
func sparse() *analyze.Results {
	from := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	nm := notMeasured(analyze.ReasonNoBrandComments, 7)
	bc := analyze.BroadcastStats{Reason: analyze.ReasonNoReplySource, BrandPosts: 5}
	var heat analyze.Heatmap
	heat.Comments[2][14] = 7
	return &analyze.Results{
		Period:    analyze.Period{From: from, To: from.AddDate(0, 0, 10)},
		AsOf:      from.AddDate(0, 0, 10).Add(-time.Hour),
		SLA:       12 * time.Hour,
		Months:    []string{"2024-05"},
		Summary:   analyze.Summary{Posts: 5, Comments: 7, CustomerComments: 7},
		Platforms: []string{"x"},
		Responsiveness: analyze.Responsiveness{
			ResponseStats: nm, Questions: notMeasured(analyze.ReasonNoBrandComments, 2),
			InHours: notMeasured(analyze.ReasonNoBrandComments, 4), OutOfHours: notMeasured(analyze.ReasonNoBrandComments, 3),
			ByPlatform: []analyze.PlatformResponsiveness{{Platform: "x", All: nm, Questions: notMeasured(analyze.ReasonNoBrandComments, 2)}},
			ByMonth:    []analyze.MonthResponsiveness{{Month: "2024-05", All: nm, Questions: notMeasured(analyze.ReasonNoBrandComments, 2)}},
			Heatmap:    heat,
		},
		Broadcast: analyze.Broadcast{
			BroadcastStats: bc,
			ByPlatform:     []analyze.PlatformBroadcast{{Platform: "x", BroadcastStats: bc}},
			ByMonth:        []analyze.MonthBroadcast{{Month: "2024-05", BroadcastStats: bc}},
		},
		NegativeFeedback: analyze.NegativeFeedback{
			Reason:     analyze.ReasonNoFeedbackData,
			Posts:      analyze.PostFeedback{Posts: 5, Impressions: kc(0)},
			Monthly:    []analyze.MonthFeedback{{Month: "2024-05", Posts: analyze.PostFeedback{Posts: 5}}},
			Trend:      analyze.Trend{Reason: analyze.ReasonTooFewMonths, Months: 1},
			ByPlatform: []analyze.PlatformFeedback{{Platform: "x", Posts: analyze.PostFeedback{Posts: 5}}},
		},
	}
}

// lookup walks a decoded JSON document along a dotted path; numeric parts
// index arrays.
func lookup(t *testing.T, doc any, path string) any {
	t.Helper()
	cur := doc
	for _, part := range strings.Split(path, ".") {
		switch v := cur.(type) {
		case map[string]any:
			next, ok := v[part]
			if !ok {
				t.Fatalf("%s: no key %q", path, part)
			}
			cur = next
		case []any:
			i := 0
			for _, c := range part {
				i = i*10 + int(c-'0')
			}
			if i >= len(v) {
				t.Fatalf("%s: index %d out of %d", path, i, len(v))
			}
			cur = v[i]
		default:
			t.Fatalf("%s: %q is inside a scalar", path, part)
		}
	}
	return cur
}

func decodeMetrics(t *testing.T, res *analyze.Results) (any, []byte) {
	t.Helper()
	return decodeMetricsMeta(t, res, fixtureMeta())
}

// decodeMetricsMeta builds metrics.json with meta and returns it decoded
// (numbers as json.Number) and as written.
func decodeMetricsMeta(t *testing.T, res *analyze.Results, meta Meta) (any, []byte) {
	t.Helper()
	b, err := metricsJSON(res, meta)
	if err != nil {
		t.Fatal(err)
	}
	var doc any
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	if err := d.Decode(&doc); err != nil {
		t.Fatal(err)
	}
	return doc, b
}

// TestMetricsValues checks metrics.json against figures computed by hand
// from the fixture.
func TestMetricsValues(t *testing.T) {
	doc, raw := decodeMetrics(t, fixture())
	if !bytes.HasSuffix(raw, []byte("}\n")) || !bytes.HasPrefix(raw, []byte("{\n  \"schema\": 2,\n")) {
		t.Errorf("metrics.json is not indented with a trailing newline:\n%.60s", raw)
	}
	for _, tc := range []struct {
		path string
		want any // string of a json.Number, a string, bool, or nil
	}{
		{"schema", "2"},
		{"generator", "socialaudit v0.1.0"},
		{"generated_at", "2024-04-02T10:00:00Z"},
		{"time_zone", "Europe/Paris"},
		{"as_of", "2024-03-31T20:00:00+02:00"},
		{"sla_seconds", "86400"},
		{"period.from", "2024-01-01T00:00:00+01:00"},
		{"period.to", "2024-04-01T00:00:00+02:00"},
		{"summary.customer_comments", "30"},
		{"responsiveness.reason", nil},
		{"responsiveness.response_rate", "0.7142857142857143"},    // 20 / 28
		{"responsiveness.within_sla_rate", "0.5357142857142857"},  // 15 / 28
		{"responsiveness.first_response_seconds.median", "11520"}, // 3 h 12 min
		{"responsiveness.first_response_seconds.p90", "187200"},   // 52 h
		{"responsiveness.first_response_seconds.mean", "37800"},   // 10 h 30 min
		{"responsiveness.first_response_buckets.1h_8h", "5"},
		{"responsiveness.first_response_buckets.over_72h", "2"},
		{"responsiveness.hidden_without_answer", "3"},
		{"responsiveness.questions.response_rate", "0.6666666666666666"}, // 6 / 9
		{"responsiveness.by_platform.instagram.hidden_without_answer", nil},
		{"responsiveness.by_platform.instagram.questions.measurable", false},
		{"responsiveness.by_platform.instagram.questions.reason", "no_customer_comments"},
		{"responsiveness.by_platform.instagram.questions.answered", nil},
		{"responsiveness.by_platform.instagram.questions.first_response_seconds", nil},
		{"responsiveness.by_month.2.month", "2024-03"},
		{"responsiveness.by_month.2.pending", "2"},
		{"responsiveness.by_month.2.questions.customer_comments", "2"},
		{"responsiveness.by_month.2.questions.response_rate", nil},
		{"responsiveness.heatmap.weekdays.6", "sun"},
		{"responsiveness.heatmap.comments.4.17", "4"},   // Friday 17:00
		{"responsiveness.heatmap.unanswered.5.22", "3"}, // Saturday 22:00
		{"broadcast.broadcast_share", "0.75"},
		{"broadcast.posts_per_reply", "3"},
		{"broadcast.by_platform.instagram.brand_replies", "0"},
		{"broadcast.by_platform.instagram.posts_per_reply", nil},
		{"broadcast.by_month.1.broadcast_share", "0.5714285714285714"}, // 4 / 7
		{"negative_feedback.posts.unlikes", nil},
		{"negative_feedback.posts.total", "37"},
		{"negative_feedback.posts.per_1000_impressions", "0.74"}, // 37 / 50,000 * 1,000
		{"negative_feedback.page.net_followers", "60"},
		{"negative_feedback.trend.direction", "rising"},
		{"negative_feedback.trend.basis", "post_per_1000_impressions"},
		{"negative_feedback.trend.slope_per_month", "0.4"},
		{"negative_feedback.by_platform.instagram.page.follows", nil},
		{"negative_feedback.by_platform.instagram.page.days", "0"},
		{"negative_feedback.top_posts.0.permalink", "https://www.facebook.com/maisondupont/posts/101"},
		{"negative_feedback.top_posts.1.published_at", "2024-02-14T18:00:00+01:00"},
		{"inputs.1.ignored_columns.length", nil},
	} {
		if strings.HasSuffix(tc.path, ".length") {
			v := lookup(t, doc, strings.TrimSuffix(tc.path, ".length"))
			if a, ok := v.([]any); !ok || len(a) != 0 {
				t.Errorf("%s = %#v, want []", tc.path, v)
			}
			continue
		}
		got := lookup(t, doc, tc.path)
		if n, ok := got.(json.Number); ok {
			got = string(n)
		}
		if got != tc.want {
			t.Errorf("%s = %#v, want %#v", tc.path, got, tc.want)
		}
	}
}

// TestMetricsNotMeasurable checks the nulls of a Results where almost
// nothing is measurable.
func TestMetricsNotMeasurable(t *testing.T) {
	doc, raw := decodeMetrics(t, sparse())
	for _, tc := range []struct {
		path string
		want any
	}{
		{"time_zone", "UTC"},
		{"sla_seconds", "43200"},
		{"responsiveness.measurable", false},
		{"responsiveness.reason", "no_brand_comments"},
		{"responsiveness.customer_comments", "7"},
		{"responsiveness.answered", nil},
		{"responsiveness.unanswered", nil},
		{"responsiveness.pending", nil},
		{"responsiveness.answered_within_sla", nil},
		{"responsiveness.response_rate", nil},
		{"responsiveness.within_sla_rate", nil},
		{"responsiveness.first_response_seconds", nil},
		{"responsiveness.first_response_buckets", nil},
		{"responsiveness.hidden_without_answer", nil},
		{"responsiveness.by_month.0.questions.customer_comments", "2"},
		{"broadcast.measurable", false},
		{"broadcast.reason", "no_reply_source"},
		{"broadcast.brand_posts", "5"},
		{"broadcast.brand_replies", nil},
		{"broadcast.broadcast_share", nil},
		{"negative_feedback.reason", "no_feedback_data"},
		{"negative_feedback.posts.hides", nil},
		{"negative_feedback.posts.impressions", "0"},
		{"negative_feedback.posts.per_1000_impressions", nil},
		{"negative_feedback.trend.measurable", false},
		{"negative_feedback.trend.reason", "too_few_months"},
		{"negative_feedback.trend.direction", nil},
		{"negative_feedback.trend.slope_per_month", nil},
		{"negative_feedback.trend.months", "1"},
	} {
		got := lookup(t, doc, tc.path)
		if n, ok := got.(json.Number); ok {
			got = string(n)
		}
		if got != tc.want {
			t.Errorf("%s = %#v, want %#v", tc.path, got, tc.want)
		}
	}
	for _, key := range []string{`"top_posts": []`, `"inputs": []`} {
		if !bytes.Contains(raw, []byte(key)) {
			t.Errorf("metrics.json lacks %s", key)
		}
	}
}

// TestPagesNotMeasurable checks that the pages say "not measurable" with
// the reason in words, never 0, and replace charts without data.
func TestPagesNotMeasurable(t *testing.T) {
	pinRecommendations(t)
	// The pinned texts describe the fixture; this Results gets none.
	buildRecommendations = func(*analyze.Results, recommendOptions) ([]recommendation, error) { return nil, nil }
	site, err := Build(sparse(), fixtureMeta())
	if err != nil {
		t.Fatal(err)
	}
	page := func(name string) string { return string(site.File(name).Data) }
	resp := page("responsiveness.html")
	for _, want := range []string{
		`<p class="label">Response rate</p>
<p class="value nm">not measurable</p>
<p class="explain">No comment in the data can be attributed to the brand`,
		`<p class="not-measurable">Not measurable: No month has a measurable response rate. No comment in the data`,
		`<td>Wednesday</td><td>14:00 to 15:00</td><td class="num">7</td><td class="num">not measurable</td>`,
		"Within 12 h",
	} {
		if !strings.Contains(resp, want) {
			t.Errorf("responsiveness.html lacks %q", want)
		}
	}
	if strings.Contains(resp, "data-option=") || strings.Contains(resp, "echarts.min.js") {
		t.Error("responsiveness.html draws a chart although no response figure is measurable")
	}
	conv := page("conversation.html")
	for _, want := range []string{
		"The data has neither brand comments nor reply posts",
		`<td class="num">5</td><td class="num">unknown</td><td class="num">not measurable</td>`,
	} {
		if !strings.Contains(conv, want) {
			t.Errorf("conversation.html lacks %q", want)
		}
	}
	fb := page("feedback.html")
	for _, want := range []string{
		"No post or daily row of the period carries negative-feedback counters.",
		"Fewer than 3 months have data, so no trend is claimed.",
		"The data has no daily follows or unfollows for the period.",
		"No post of the period has both negative feedback and impressions in the export.",
		`<p class="label">Net follower change</p>
<p class="value nm">unknown</p>`,
	} {
		if !strings.Contains(fb, want) {
			t.Errorf("feedback.html lacks %q", want)
		}
	}
	if got := page("index.html"); !strings.Contains(got, "<h1>Maison Dupont</h1>") || !strings.Contains(got, "1 May 2024 to 10 May 2024") {
		t.Errorf("index.html: title or period wrong")
	}
	meta := fixtureMeta()
	meta.Client = " "
	site, err = Build(sparse(), meta)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(site.File("index.html").Data), "<h1>Social media audit</h1>") {
		t.Error("an empty client name does not give the default title")
	}
}

// TestPagesNotMeasurableFrench checks the French words for what the data
// does not support, on the same sparse results.
func TestPagesNotMeasurableFrench(t *testing.T) {
	pinRecommendations(t)
	buildRecommendations = func(*analyze.Results, recommendOptions) ([]recommendation, error) { return nil, nil }
	meta := fixtureMeta()
	meta.Lang = "fr"
	site, err := Build(sparse(), meta)
	if err != nil {
		t.Fatal(err)
	}
	page := func(name string) string { return string(site.File(name).Data) }
	for _, tc := range []struct{ page, want string }{
		{"responsiveness.html", `<p class="label">Taux de réponse</p>
<p class="value nm">non mesurable</p>
<p class="explain">Aucun commentaire des données ne peut être attribué à la marque` + nbsp + `:`},
		{"responsiveness.html", `<p class="not-measurable">Non mesurable` + nbsp + `: Aucun mois n’a de taux de réponse mesurable. Aucun commentaire des données`},
		{"responsiveness.html", `<td>Mercredi</td><td>de 14` + nbsp + `h à 15` + nbsp + `h</td><td class="num">7</td><td class="num">non mesurable</td>`},
		{"responsiveness.html", "Sous 12\u00a0h"},
		{"conversation.html", "Les données ne contiennent ni commentaires de la marque ni publications en réponse"},
		{"conversation.html", `<td class="num">5</td><td class="num">non disponible</td><td class="num">non mesurable</td>`},
		{"feedback.html", "Moins de 3 mois comportent des données" + nbsp + ": aucune tendance n’est avancée."},
		{"feedback.html", "Les données ne comportent ni abonnements ni désabonnements quotidiens pour la période."},
		{"feedback.html", `<p class="label">Solde net d’abonnés</p>
<p class="value nm">non disponible</p>`},
		{"index.html", "Du 1er mai 2024 au 10 mai 2024"},
		{"index.html", `<html lang="fr">`},
	} {
		if !strings.Contains(page(tc.page), tc.want) {
			t.Errorf("%s lacks %q", tc.page, tc.want)
		}
	}
	meta.Client = " "
	site, err = Build(sparse(), meta)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(site.File("index.html").Data), "<h1>Audit des réseaux sociaux</h1>") {
		t.Error("an empty client name does not give the French default title")
	}
}

// TestDataFilesLanguageNeutral checks that the data files are the same in
// every language but for metrics.json's "lang".
func TestDataFilesLanguageNeutral(t *testing.T) {
	pinRecommendations(t)
	en, fr := buildFixtureLang(t, "en"), buildFixtureLang(t, "fr")
	if !bytes.Equal(en.File("data/unanswered.csv").Data, fr.File("data/unanswered.csv").Data) {
		t.Error("unanswered.csv differs between languages")
	}
	enJSON, frJSON := string(en.File("data/metrics.json").Data), string(fr.File("data/metrics.json").Data)
	if !strings.Contains(enJSON, `"lang": "en",`) || !strings.Contains(frJSON, `"lang": "fr",`) {
		t.Fatal(`metrics.json lacks "lang"`)
	}
	if strings.Replace(frJSON, `"lang": "fr",`, `"lang": "en",`, 1) != enJSON {
		t.Error("metrics.json differs between languages beyond lang")
	}
	if _, err := Build(fixture(), Meta{Lang: "de"}); err == nil || !strings.Contains(err.Error(), `"de"`) {
		t.Errorf("an unsupported language: err = %v", err)
	}
}
