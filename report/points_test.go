package report

import (
	"testing"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/report/internal/locale"
)

// TestChartPoints checks the point of every chart of the fixture in both
// languages. The expected values are worked out by hand from fixture():
//   - response rate: January 8/(8+2) = 80.0 %, March 4/(4+2) = 66.7 %: fell;
//   - buckets 6, 5, 4, 3, 2, unanswered 8, pending 2 (30 in all): the
//     largest group is the 8 unanswered;
//   - heatmap unanswered: Monday 09h 1, Friday 17h 2, Saturday 22h 3: 6 in
//     all, Saturday 22:00 the busiest;
//   - platforms: facebook 16/21 = 76.2 %, instagram 4/7 = 57.1 %;
//   - broadcast share: January 4/5 = 80.0 %, March 4/4 = 100.0 %: rose;
//     facebook 8/12 = 66.7 %, instagram 4/4 = 100.0 %;
//   - per 1,000 impressions: January 0.40, March 1.20: rose; facebook
//     0.875, printed 0.88, instagram 0.20;
//   - follows 40 + 35 + 25 = 100, unfollows 10 + 12 + 18 = 40: net +60.
func TestChartPoints(t *testing.T) {
	want := map[string]map[string]string{
		"en": {
			"resp_monthly":  "The response rate fell from 80.0 % in January 2024 to 66.7 % in March 2024.",
			"resp_buckets":  "The largest group: 8 of 30 customer comments are still unanswered after the 24 h target.",
			"resp_heatmap":  "The busiest slot for unanswered comments is Saturday, 22:00 to 23:00: 3 of 6.",
			"resp_platform": "The response rate is highest on facebook (76.2 %) and lowest on instagram (57.1 %).",
			"conv_monthly":  "The broadcast share rose from 80.0 % in January 2024 to 100.0 % in March 2024.",
			"conv_platform": "The broadcast share is highest on instagram (100.0 %) and lowest on facebook (66.7 %).",
			"fb_monthly":    "Negative feedback per 1,000 impressions rose from 0.40 in January 2024 to 1.20 in March 2024.",
			"fb_follows":    "Over the period, 100 follows against 40 unfollows: a net change of +60.",
			"fb_platform":   "Negative feedback per 1,000 impressions is highest on facebook (0.88) and lowest on instagram (0.20).",
		},
		"fr": {
			"resp_monthly":  "Le taux de réponse a reculé, passant de 80,0" + nnbsp + "% en janvier 2024 à 66,7" + nnbsp + "% en mars 2024.",
			"resp_buckets":  "Le cas le plus fréquent" + nbsp + ": 8 commentaires clients sur 30 sont restés sans réponse au-delà du délai cible de 24\u00a0h.",
			"resp_heatmap":  "Le créneau qui concentre le plus de commentaires sans réponse est le samedi, de 22" + nbsp + "h à 23" + nbsp + "h" + nbsp + ": 3 sur 6.",
			"resp_platform": "Le taux de réponse est le plus élevé sur facebook (76,2" + nnbsp + "%) et le plus bas sur instagram (57,1" + nnbsp + "%).",
			"conv_monthly":  "La part de diffusion a progressé, passant de 80,0" + nnbsp + "% en janvier 2024 à 100,0" + nnbsp + "% en mars 2024.",
			"conv_platform": "La part de diffusion est la plus forte sur instagram (100,0" + nnbsp + "%) et la plus faible sur facebook (66,7" + nnbsp + "%).",
			"fb_monthly":    "Les retours négatifs pour 1" + nnbsp + "000 impressions ont progressé, passant de 0,40 en janvier 2024 à 1,20 en mars 2024.",
			"fb_follows":    "Sur la période, 100 abonnements pour 40 désabonnements, soit un solde net de +60.",
			"fb_platform":   "Les retours négatifs pour 1" + nnbsp + "000 impressions sont les plus fréquents sur facebook (0,88) et les plus rares sur instagram (0,20).",
		},
	}
	for _, l := range []*locale.Locale{locale.English, locale.French} {
		pages, err := newBuilder(fixture(), fixtureMeta(), l).newPages(nil, "")
		if err != nil {
			t.Fatal(err)
		}
		seen := 0
		for _, p := range pages {
			for _, s := range p.Sections {
				for _, c := range s.Charts {
					seen++
					w, ok := want[l.Lang][c.ID]
					if !ok {
						t.Errorf("%s: chart %s has no expected point", l.Lang, c.ID)
						continue
					}
					if c.Point != w {
						t.Errorf("%s %s:\n got %q\nwant %q", l.Lang, c.ID, c.Point, w)
					}
				}
			}
		}
		if seen != len(want[l.Lang]) {
			t.Errorf("%s: %d charts, %d expected points", l.Lang, seen, len(want[l.Lang]))
		}
	}
}

// TestChangePoint covers the other shapes of a monthly series: flat, a
// single month, gaps, none.
func TestChangePoint(t *testing.T) {
	months := []string{"2024-03", "2024-04", "2024-05"}
	for _, tc := range []struct {
		vals []*float64
		b    *builder
		want string
	}{
		{[]*float64{fp(0.5), nil, fp(0.50001)}, en, "The response rate held at 50.0 % from March 2024 to May 2024."},
		{[]*float64{nil, fp(0.5), fp(0.5)}, fr, "Le taux de réponse est resté stable à 50,0" + nnbsp + "% d’avril 2024 à mai 2024."},
		{[]*float64{nil, fp(0.25), nil}, en, "The response rate was 25.0 % in April 2024."},
		{[]*float64{nil, fp(0.25), nil}, fr, "Le taux de réponse était de 25,0" + nnbsp + "% en avril 2024."},
		{[]*float64{fp(0.2), nil, fp(0.9)}, en, "The response rate rose from 20.0 % in March 2024 to 90.0 % in May 2024."},
		{[]*float64{nil, nil, nil}, en, ""},
	} {
		if got := tc.b.changePoint("point.resp-monthly", months, tc.vals, tc.b.rate); got != tc.want {
			t.Errorf("got  %q\nwant %q", got, tc.want)
		}
	}
}

func TestExtremesPoint(t *testing.T) {
	labels := []string{"facebook", "instagram", "x"}
	for _, tc := range []struct {
		vals []*float64
		b    *builder
		want string
	}{
		{[]*float64{fp(0.5), fp(0.5), nil}, en, "The response rate is 50.0 % on every platform."},
		{[]*float64{nil, fp(0.5), nil}, fr, "Le taux de réponse sur instagram est de 50,0" + nnbsp + "%."},
		// A tie for the highest: the first platform named.
		{[]*float64{fp(0.9), fp(0.9), fp(0.1)}, en, "The response rate is highest on facebook (90.0 %) and lowest on x (10.0 %)."},
		{[]*float64{nil, nil, nil}, en, ""},
	} {
		if got := tc.b.extremesPoint("point.resp-platform", labels, tc.vals, tc.b.rate); got != tc.want {
			t.Errorf("got  %q\nwant %q", got, tc.want)
		}
	}
}

func TestBucketsAndHeatmapPoints(t *testing.T) {
	b := newBuilder(fixture(), fixtureMeta(), locale.French)
	for _, tc := range []struct{ got, want string }{
		{b.bucketsPoint([]int{1, 0, 0, 0, 0, 0, 0}), "Le cas le plus fréquent" + nbsp + ": 1 commentaire client sur 1 a reçu sa première réponse en moins de 1\u00a0h."},
		{b.bucketsPoint([]int{2, 5, 5, 0, 0, 1, 0}), "Le cas le plus fréquent" + nbsp + ": 5 commentaires clients sur 13 ont reçu leur première réponse dans un délai de 1\u00a0h à 8\u00a0h."},
		{b.bucketsPoint([]int{0, 0, 0, 0, 4, 1, 0}), "Le cas le plus fréquent" + nbsp + ": 4 commentaires clients sur 5 n’ont reçu leur première réponse qu’au bout de plus de 3\u00a0j."},
		{b.bucketsPoint([]int{0, 0, 0, 0, 0, 0, 3}), "Le cas le plus fréquent" + nbsp + ": 3 commentaires clients sur 3 sont en attente, reçus depuis moins de 24\u00a0h."},
		{b.bucketsPoint(make([]int, 7)), "Il n’y a aucun commentaire client à présenter."},
		{b.heatmapPoint([7][24]int{}), "Aucun commentaire client n’est resté sans réponse, quelle que soit l’heure."},
		{en.bucketsPoint([]int{0, 0, 0, 2, 0, 0, 0}), "The largest group: 2 of 2 customer comments got their first answer in 24 h to 3 d."},
	} {
		if tc.got != tc.want {
			t.Errorf("got  %q\nwant %q", tc.got, tc.want)
		}
	}
	var grid [7][24]int
	grid[2][23], grid[6][0] = 2, 2 // a tie: Wednesday comes first
	if got, want := b.heatmapPoint(grid), "Le créneau qui concentre le plus de commentaires sans réponse est le mercredi, de 23"+nbsp+"h à 24"+nbsp+"h"+nbsp+": 2 sur 4."; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestFollowsPoint(t *testing.T) {
	month := func(fo, unf analyze.Count) analyze.MonthFeedback {
		return analyze.MonthFeedback{Page: analyze.PageFeedback{Follows: fo, Unfollows: unf}}
	}
	for _, tc := range []struct {
		b      *builder
		months []analyze.MonthFeedback
		want   string
	}{
		{fr, []analyze.MonthFeedback{month(kc(1), kc(0)), month(analyze.Count{}, kc(0))}, "Sur la période, 1 abonnement pour 0 désabonnement, soit un solde net de +1."},
		{en, []analyze.MonthFeedback{month(kc(3), kc(5))}, "Over the period, 3 follows against 5 unfollows: a net change of -2."},
		{en, []analyze.MonthFeedback{month(kc(3), analyze.Count{})}, "Over the period, 3 follows; the data has no unfollows."},
		{fr, []analyze.MonthFeedback{month(analyze.Count{}, kc(2))}, "Sur la période, 2 désabonnements" + nbsp + "; les données ne comportent pas d’abonnements."},
		{en, []analyze.MonthFeedback{month(analyze.Count{}, analyze.Count{})}, ""},
	} {
		if got := tc.b.followsPoint(tc.months); got != tc.want {
			t.Errorf("got  %q\nwant %q", got, tc.want)
		}
	}
}
