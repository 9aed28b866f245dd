package main

import "testing"

func TestMedian(t *testing.T) {
	for _, tc := range []struct {
		in   []float64
		want float64
	}{
		{nil, 0},
		{[]float64{3}, 3},
		{[]float64{5, 1, 3}, 3},
		{[]float64{4, 1, 3, 2}, 2.5},
	} {
		in := append([]float64(nil), tc.in...)
		if got := median(tc.in); got != tc.want {
			t.Errorf("median(%v) = %v, want %v", tc.in, got, tc.want)
		}
		for i := range in {
			if in[i] != tc.in[i] {
				t.Errorf("median reordered its argument: %v", tc.in)
			}
		}
	}
}

func TestSummarise(t *testing.T) {
	s := Size{Runs: []Run{
		{Socialaudit: Cost{WallSec: 3, MaxRSSMiB: 100}, DuckDB: Cost{WallSec: 1}, Agree: true},
		{Socialaudit: Cost{WallSec: 9, MaxRSSMiB: 300}, DuckDB: Cost{WallSec: 2}, Agree: false},
		{Socialaudit: Cost{WallSec: 4, MaxRSSMiB: 200}, DuckDB: Cost{WallSec: 3}, Agree: true},
	}}
	s.summarise()
	if s.Socialaudit.WallSec != 4 || s.Socialaudit.MaxRSSMiB != 200 || s.DuckDB.WallSec != 2 || s.Ratio != 2 || s.Agree {
		t.Errorf("summarise: %+v", s)
	}
}

func TestRate(t *testing.T) {
	for _, tc := range []struct {
		rows, sec float64
		want      string
	}{
		{1e6, 2, "500k"}, {5e6, 2, "2.50M"}, {100, 1, "100"},
	} {
		if got := rate(tc.rows, tc.sec); got != tc.want {
			t.Errorf("rate(%v, %v) = %q, want %q", tc.rows, tc.sec, got, tc.want)
		}
	}
}
