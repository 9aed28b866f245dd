package report

import (
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/report/internal/locale"
)

// en and fr format as the English and French pages do.
var (
	en = newWords(locale.English)
	fr = newWords(locale.French)
)

// nnbsp is the narrow no-break space French puts between thousands and
// before %; nbsp the no-break space before : ; ? !.
const (
	nnbsp = "\u202f"
	nbsp  = "\u00a0"
)

func TestFormatInt(t *testing.T) {
	for _, tc := range []struct {
		n      int64
		en, fr string
	}{
		{0, "0", "0"}, {7, "7", "7"}, {999, "999", "999"}, {1000, "1,000", "1" + nnbsp + "000"},
		{1234, "1,234", "1" + nnbsp + "234"}, {123456, "123,456", "123" + nnbsp + "456"},
		{1234567, "1,234,567", "1" + nnbsp + "234" + nnbsp + "567"}, {-1234, "-1,234", "-1" + nnbsp + "234"}, {-999, "-999", "-999"},
	} {
		if got := en.int(tc.n); got != tc.en {
			t.Errorf("en.int(%d) = %q, want %q", tc.n, got, tc.en)
		}
		if got := fr.int(tc.n); got != tc.fr {
			t.Errorf("fr.int(%d) = %q, want %q", tc.n, got, tc.fr)
		}
	}
}

func TestFormatRate(t *testing.T) {
	for _, tc := range []struct {
		r      *float64
		en, fr string
	}{
		{nil, "not measurable", "non mesurable"},
		{fp(0), "0.0 %", "0,0" + nnbsp + "%"},
		{fp(0.423), "42.3 %", "42,3" + nnbsp + "%"},
		{fp(0.123), "12.3 %", "12,3" + nnbsp + "%"},
		{fp(20.0 / 28), "71.4 %", "71,4" + nnbsp + "%"},
		{fp(2.0 / 3), "66.7 %", "66,7" + nnbsp + "%"},
		{fp(1), "100.0 %", "100,0" + nnbsp + "%"},
		{fp(0.99996), "100.0 %", "100,0" + nnbsp + "%"},
		{fp(12.345), "1,234.5 %", "1" + nnbsp + "234,5" + nnbsp + "%"},
	} {
		if got := en.rate(tc.r); got != tc.en {
			t.Errorf("en.rate(%v) = %q, want %q", tc.r, got, tc.en)
		}
		if got := fr.rate(tc.r); got != tc.fr {
			t.Errorf("fr.rate(%v) = %q, want %q", tc.r, got, tc.fr)
		}
	}
}

func TestFormatDecimal(t *testing.T) {
	for _, tc := range []struct {
		x      float64
		d      int
		en, fr string
	}{
		{0.74, 2, "0.74", "0,74"}, {1234.5, 1, "1,234.5", "1" + nnbsp + "234,5"}, {-0.001, 2, "0.00", "0,00"},
		{-12.345, 2, "-12.35", "-12,35"}, {3, 1, "3.0", "3,0"},
	} {
		if got := en.decimal(tc.x, tc.d); got != tc.en {
			t.Errorf("en.decimal(%v, %d) = %q, want %q", tc.x, tc.d, got, tc.en)
		}
		if got := fr.decimal(tc.x, tc.d); got != tc.fr {
			t.Errorf("fr.decimal(%v, %d) = %q, want %q", tc.x, tc.d, got, tc.fr)
		}
	}
}

func TestFormatDuration(t *testing.T) {
	for _, tc := range []struct {
		d    time.Duration
		want string
	}{
		{0, "0 s"},
		{42 * time.Second, "42 s"},
		{59*time.Second + 600*time.Millisecond, "1 min"},
		{12 * time.Minute, "12 min"},
		{59*time.Minute + 40*time.Second, "1 h"},
		{3*time.Hour + 12*time.Minute, "3 h 12 min"},
		{3*time.Hour + 12*time.Minute + 31*time.Second, "3 h 13 min"},
		{5 * time.Hour, "5 h"},
		{23*time.Hour + 59*time.Minute + 40*time.Second, "24 h"},
		{24 * time.Hour, "24 h"},
		{52 * time.Hour, "2 d 4 h"},
		{52*time.Hour + 29*time.Minute, "2 d 4 h"},
		{52*time.Hour + 31*time.Minute, "2 d 5 h"},
		{1000 * 24 * time.Hour, "1,000 d"},
		{-90 * time.Minute, "-1 h 30 min"},
	} {
		if got := en.duration(tc.d); got != tc.want {
			t.Errorf("en.duration(%v) = %q, want %q", tc.d, got, tc.want)
		}
	}
	if got := en.durationPtr(nil); got != "not measurable" {
		t.Errorf("en.durationPtr(nil) = %q", got)
	}
	if got, want := fr.duration(1000*24*time.Hour+5*time.Hour), "1"+nnbsp+"000\u00a0j\u00a05\u00a0h"; got != want {
		t.Errorf("fr.duration = %q, want %q", got, want)
	}
}

func TestShortDuration(t *testing.T) {
	for _, tc := range []struct {
		d      time.Duration
		en, fr string
	}{
		{time.Hour, "1 h", "1\u00a0h"}, {8 * time.Hour, "8 h", "8\u00a0h"}, {24 * time.Hour, "24 h", "24\u00a0h"}, {72 * time.Hour, "3 d", "3\u00a0j"},
		{90 * time.Minute, "1 h 30 min", "1\u00a0h\u00a030\u00a0min"}, {30 * time.Minute, "30 min", "30\u00a0min"},
	} {
		if got := en.shortDuration(tc.d); got != tc.en {
			t.Errorf("en.shortDuration(%v) = %q, want %q", tc.d, got, tc.en)
		}
		if got := fr.shortDuration(tc.d); got != tc.fr {
			t.Errorf("fr.shortDuration(%v) = %q, want %q", tc.d, got, tc.fr)
		}
	}
	if got, want := en.bucketLabels(), [5]string{"within 1 h", "1 h to 8 h", "8 h to 24 h", "24 h to 3 d", "over 3 d"}; got != want {
		t.Errorf("en.bucketLabels() = %q, want %q", got, want)
	}
	if got, want := fr.bucketLabels(), [5]string{"moins de 1\u00a0h", "de 1\u00a0h à 8\u00a0h", "de 8\u00a0h à 24\u00a0h", "de 24\u00a0h à 3\u00a0j", "plus de 3\u00a0j"}; got != want {
		t.Errorf("fr.bucketLabels() = %q, want %q", got, want)
	}
}

func TestFormatUnknowns(t *testing.T) {
	for _, tc := range []struct{ got, want string }{
		{en.count(analyze.Count{}), "unknown"},
		{fr.count(analyze.Count{}), "non disponible"},
		{en.count(analyze.KnownCount(0)), "0"},
		{en.count(analyze.KnownCount(12345)), "12,345"},
		{fr.count(analyze.KnownCount(12345)), "12" + nnbsp + "345"},
		{en.intPtr(nil), "unknown"},
		{en.intPtr(ip(3)), "3"},
		{en.signed(analyze.KnownCount(60)), "+60"},
		{en.signed(analyze.KnownCount(-7)), "-7"},
		{en.signed(analyze.KnownCount(0)), "0"},
		{fr.signed(analyze.KnownCount(1200)), "+1" + nnbsp + "200"},
		{en.signed(analyze.Count{}), "unknown"},
		{en.floatPtr(nil, 2), "not measurable"},
		{fr.floatPtr(nil, 2), "non mesurable"},
		{en.trend(analyze.Trend{Reason: analyze.ReasonTooFewMonths}), "not measurable"},
		{en.trend(analyze.Trend{Measurable: true, Direction: analyze.TrendRising}), "rising"},
		{fr.trend(analyze.Trend{Measurable: true, Direction: analyze.TrendFalling}), "en baisse"},
		{truncate("  a   b  ", 10), "a b"},
		{truncate("abcdefghij", 5), "abcd…"},
		{truncate("été à Paris", 4), "été…"},
		{en.monthCell("2024-03"), "March 2024"},
		{fr.monthCell("2024-03"), "Mars 2024"},
		{fr.monthName("2024-02"), "février 2024"},
		{en.monthAxis("2024-01"), "Jan 2024"},
		{fr.monthAxis("2024-01"), "Janv. 2024"},
		{en.monthCell("not a month"), "not a month"},
		{fr.fromMonth("2024-04"), "d’avril 2024"},
		{fr.fromMonth("2024-08"), "d’août 2024"},
		{fr.fromMonth("2024-10"), "d’octobre 2024"},
		{fr.fromMonth("2024-03"), "de mars 2024"},
		{en.fromMonth("2024-04"), "from April 2024"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}

// TestFrenchDates checks the days, times and hours of the French pages.
func TestFrenchDates(t *testing.T) {
	first := time.Date(2024, 1, 1, 0, 0, 0, 0, paris)
	asOf := time.Date(2024, 3, 31, 20, 0, 0, 0, paris)
	for _, tc := range []struct{ got, want string }{
		{fr.date(first), "1er janvier 2024"},
		{fr.date(asOf), "31 mars 2024"},
		{en.date(first), "1 January 2024"},
		{fr.dateTime(asOf), "31 mars 2024 à 20:00 CEST"},
		{en.dateTime(asOf), "31 March 2024, 20:00 CEST"},
		{fr.period(first, asOf), "Du 1er janvier 2024 au 31 mars 2024"},
		{en.period(first, asOf), "1 January 2024 to 31 March 2024"},
		{fr.hourRange(9), "de 9" + nbsp + "h à 10" + nbsp + "h"},
		{fr.hourRange(23), "de 23" + nbsp + "h à 24" + nbsp + "h"},
		{en.hourRange(9), "09:00 to 10:00"},
		{en.businessHours(analyze.BusinessHours{Start: 9, End: 18}), "Monday to Friday, 09:00 to 18:00"},
		{fr.businessHours(analyze.BusinessHours{Start: 9, End: 18}), "du lundi au vendredi, de 9" + nbsp + "h à 18" + nbsp + "h"},
		{fr.weekdayCell(5), "Samedi"},
		{fr.weekday(5), "samedi"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}

// TestFrenchTableCells checks the cells of the French tables on the
// fixture: grouped thousands, decimal commas, percentages, durations, months
// and plurals.
func TestFrenchTableCells(t *testing.T) {
	b := newBuilder(fixture(), fixtureMeta(), locale.French)
	res := b.res
	cells := func(cs []cell) string {
		var s []string
		for _, c := range cs {
			s = append(s, c.Text)
		}
		return strings.Join(s, " | ")
	}
	for _, tc := range []struct{ got, want string }{
		{cells(b.statsCells(res.Responsiveness.ResponseStats)), "30 | 20 | 8 | 2 | 71,4" + nnbsp + "% | 53,6" + nnbsp + "% | 3\u00a0h\u00a012\u00a0min"},
		{cells(b.statsCells(res.Responsiveness.ByPlatform[1].Questions)), "0 | non mesurable | non mesurable | non mesurable | non mesurable | non mesurable | non mesurable"},
		{cells(b.broadcastCells(res.Broadcast.ByPlatform[1].BroadcastStats)), "4 | 0 | 100,0" + nnbsp + "% | 4 publications, aucune réponse"},
		{cells(b.broadcastCells(analyze.BroadcastStats{Measurable: true, BrandPosts: 1, BroadcastShare: fp(1)})), "1 | 0 | 100,0" + nnbsp + "% | 1 publication, aucune réponse"},
		{cells(b.postFeedbackCells(res.NegativeFeedback.ByPlatform[0].Posts)), "8 | 8 | 28 | 5 | 2 | non disponible | 35 | 40" + nnbsp + "000 | 0,88"},
		{cells(b.pageFeedbackCells(res.NegativeFeedback.Page)), "91 | 100 | 40 | +60 | 12 | 3 | 1 | 56 | 200" + nnbsp + "000 | 0,28"},
		{b.pl(0, "data.posts", "0"), "0 publication"},
		{b.pl(2, "data.posts", "2"), "2 publications"},
		{newWords(locale.English).pl(1, "data.posts", "1"), "1 post"},
	} {
		if tc.got != tc.want {
			t.Errorf("got  %q\nwant %q", tc.got, tc.want)
		}
	}
}

func TestReasonText(t *testing.T) {
	codes := []string{
		analyze.ReasonNoBrandComments, analyze.ReasonAuthorsWithheld, analyze.ReasonNoCustomerComments, analyze.ReasonNoReplySource,
		analyze.ReasonNoPosts, analyze.ReasonNoFeedbackData, analyze.ReasonTooFewMonths,
	}
	for _, b := range []*builder{en, fr} {
		seen := map[string]string{}
		for _, c := range codes {
			s := b.reason(c)
			if s == b.reason("some_new_code") || s == "" || strings.Contains(s, locale.Missing) {
				t.Errorf("%s: reason(%q) has no sentence of its own", b.l.Lang, c)
			}
			if prev, dup := seen[s]; dup {
				t.Errorf("%s: reason(%q) = reason(%q)", b.l.Lang, c, prev)
			}
			seen[s] = c
		}
		if got := b.reason("some_new_code"); !strings.Contains(got, "(some_new_code)") {
			t.Errorf("%s: an unknown code is not shown: %q", b.l.Lang, got)
		}
	}
	if got := en.reason(analyze.ReasonNoBrandComments); !strings.HasPrefix(got, "No comment in the data can be attributed to the brand") {
		t.Errorf("reason(no_brand_comments) = %q", got)
	}
	if got := fr.reason(analyze.ReasonNoBrandComments); !strings.HasPrefix(got, "Aucun commentaire des données ne peut être attribué à la marque"+nbsp+":") {
		t.Errorf("fr reason(no_brand_comments) = %q", got)
	}
}

// TestEveryReasonWorded fails when analyze gains a Reason* code that the
// pages cannot word: the reader would see the bare code.
func TestEveryReasonWorded(t *testing.T) {
	src, err := os.ReadFile("../analyze/results.go")
	if err != nil {
		t.Fatal(err)
	}
	codes := regexp.MustCompile(`(?m)^\s+Reason\w+\s*=\s*"([a-z_]+)"`).FindAllSubmatch(src, -1)
	if len(codes) < 19 {
		t.Fatalf("found %d Reason codes in analyze/results.go, want at least 19: has the file moved?", len(codes))
	}
	for _, c := range codes {
		if _, ok := reasonKeys[string(c[1])]; !ok {
			t.Errorf("analyze reason %q has no sentence in reasonKeys", c[1])
		}
	}
}
