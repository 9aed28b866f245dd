package report

import (
	"testing"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
)

func TestFormatInt(t *testing.T) {
	for _, tc := range []struct {
		n    int64
		want string
	}{
		{0, "0"}, {7, "7"}, {999, "999"}, {1000, "1,000"}, {1234, "1,234"},
		{123456, "123,456"}, {1234567, "1,234,567"}, {-1234, "-1,234"}, {-999, "-999"},
	} {
		if got := formatInt(tc.n); got != tc.want {
			t.Errorf("formatInt(%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
}

func TestFormatRate(t *testing.T) {
	for _, tc := range []struct {
		r    *float64
		want string
	}{
		{nil, "not measurable"},
		{fp(0), "0.0 %"},
		{fp(0.423), "42.3 %"},
		{fp(20.0 / 28), "71.4 %"},
		{fp(2.0 / 3), "66.7 %"},
		{fp(1), "100.0 %"},
		{fp(0.99996), "100.0 %"},
	} {
		if got := formatRate(tc.r); got != tc.want {
			t.Errorf("formatRate(%v) = %q, want %q", tc.r, got, tc.want)
		}
	}
}

func TestFormatDecimal(t *testing.T) {
	for _, tc := range []struct {
		x    float64
		d    int
		want string
	}{
		{0.74, 2, "0.74"}, {1234.5, 1, "1,234.5"}, {-0.001, 2, "0.00"}, {-12.345, 2, "-12.35"}, {3, 1, "3.0"},
	} {
		if got := formatDecimal(tc.x, tc.d); got != tc.want {
			t.Errorf("formatDecimal(%v, %d) = %q, want %q", tc.x, tc.d, got, tc.want)
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
		if got := formatDuration(tc.d); got != tc.want {
			t.Errorf("formatDuration(%v) = %q, want %q", tc.d, got, tc.want)
		}
	}
	if got := formatDurationPtr(nil); got != "not measurable" {
		t.Errorf("formatDurationPtr(nil) = %q", got)
	}
}

func TestShortDuration(t *testing.T) {
	for _, tc := range []struct {
		d    time.Duration
		want string
	}{
		{time.Hour, "1 h"}, {8 * time.Hour, "8 h"}, {24 * time.Hour, "24 h"}, {72 * time.Hour, "3 d"},
		{90 * time.Minute, "1 h 30 min"}, {30 * time.Minute, "30 min"},
	} {
		if got := shortDuration(tc.d); got != tc.want {
			t.Errorf("shortDuration(%v) = %q, want %q", tc.d, got, tc.want)
		}
	}
	want := [5]string{"within 1 h", "1 h to 8 h", "8 h to 24 h", "24 h to 3 d", "over 3 d"}
	if got := bucketLabels(); got != want {
		t.Errorf("bucketLabels() = %q, want %q", got, want)
	}
}

func TestFormatUnknowns(t *testing.T) {
	for _, tc := range []struct{ got, want string }{
		{formatCount(analyze.Count{}), "unknown"},
		{formatCount(analyze.KnownCount(0)), "0"},
		{formatCount(analyze.KnownCount(12345)), "12,345"},
		{formatIntPtr(nil), "unknown"},
		{formatIntPtr(ip(3)), "3"},
		{formatSigned(analyze.KnownCount(60)), "+60"},
		{formatSigned(analyze.KnownCount(-7)), "-7"},
		{formatSigned(analyze.KnownCount(0)), "0"},
		{formatSigned(analyze.Count{}), "unknown"},
		{formatFloatPtr(nil, 2), "not measurable"},
		{trendText(analyze.Trend{Reason: analyze.ReasonTooFewMonths}), "not measurable"},
		{truncate("  a   b  ", 10), "a b"},
		{truncate("abcdefghij", 5), "abcd…"},
		{truncate("été à Paris", 4), "été…"},
		{monthLabel("2024-03"), "March 2024"},
		{monthLabel("not a month"), "not a month"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}

func TestReasonText(t *testing.T) {
	codes := []string{
		analyze.ReasonNoBrandComments, analyze.ReasonNoCustomerComments, analyze.ReasonNoReplySource,
		analyze.ReasonNoPosts, analyze.ReasonNoFeedbackData, analyze.ReasonTooFewMonths,
	}
	seen := map[string]string{}
	for _, c := range codes {
		s := reasonText(c)
		if s == reasonText("some_new_code") || s == "" {
			t.Errorf("reasonText(%q) has no sentence of its own", c)
		}
		if prev, dup := seen[s]; dup {
			t.Errorf("reasonText(%q) = reasonText(%q)", c, prev)
		}
		seen[s] = c
	}
	if got := reasonText(analyze.ReasonNoBrandComments); got[:len("No comment in the data can be attributed to the brand")] != "No comment in the data can be attributed to the brand" {
		t.Errorf("reasonText(no_brand_comments) = %q", got)
	}
}
