package report

import (
	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// Chart builders of the habits diagnostics (diag_habits.go). Like
// charts.go, they only build option objects, marshalled by chartOption:
// no formatter function, no markup; every text reaches ECharts as a JSON
// string.

// Colours of the habits charts: bursts stand out from usual weeks, the
// threshold and silences are quiet.
const (
	habitBurstColor     = "#b3261e"
	habitThresholdColor = "#5f6368"
	habitSilenceColor   = "rgba(242,177,52,0.25)"
)

// cadenceChart draws one platform's posts per week: usual weeks and burst
// weeks as stacked bars (a week is one or the other), the burst threshold
// as a dashed line on the same axis, and each silence after a campaign as
// a shaded band over its weeks.
type cadenceChart struct {
	ID string
	// X are the week keys, "2026-W15".
	X []string
	// Usual and Burst are the posts of each week, "-" in the weeks of the
	// other kind.
	Usual, Burst []any
	Threshold    int
	// Silences are the silences, as first and last index of X, included.
	Silences [][2]int
	// Names of the series, the axis and the silence bands.
	UsualName, BurstName, ThresholdName, AxisName, SilenceName string
}

func (c cadenceChart) option() (string, error) {
	bar := charts.NewBar()
	g := baseOpts(c.ID, false)
	g = append(g, charts.WithYAxisOpts(opts.YAxis{Name: c.AxisName, Type: "value", MinInterval: 1}))
	bar.SetGlobalOptions(g...)
	bar.SetXAxis(c.X)
	usual := make([]opts.BarData, len(c.Usual))
	for i, v := range c.Usual {
		usual[i] = opts.BarData{Value: v}
	}
	burst := make([]opts.BarData, len(c.Burst))
	for i, v := range c.Burst {
		burst[i] = opts.BarData{Value: v}
	}
	usualOpts := []charts.SeriesOpts{charts.WithBarChartOpts(opts.BarChart{Stack: "posts"})}
	if len(c.Silences) > 0 {
		var bands [][]opts.MarkAreaData
		for _, s := range c.Silences {
			bands = append(bands, []opts.MarkAreaData{{Name: c.SilenceName, XAxis: s[0]}, {XAxis: s[1]}})
		}
		usualOpts = append(usualOpts,
			charts.WithMarkAreaStyleOpts(opts.MarkAreaStyle{
				Label:     &opts.Label{Show: opts.Bool(true), Position: "insideTop", Color: habitThresholdColor},
				ItemStyle: &opts.ItemStyle{Color: habitSilenceColor},
			}),
			charts.WithMarkAreaData(bands...))
	}
	bar.AddSeries(c.UsualName, usual, usualOpts...)
	bar.AddSeries(c.BurstName, burst, charts.WithBarChartOpts(opts.BarChart{Stack: "posts"}),
		charts.WithItemStyleOpts(opts.ItemStyle{Color: habitBurstColor}))

	line := charts.NewLine()
	line.SetXAxis(c.X)
	th := make([]opts.LineData, len(c.X))
	for i := range th {
		th[i] = opts.LineData{Value: c.Threshold}
	}
	line.AddSeries(c.ThresholdName, th,
		charts.WithLineChartOpts(opts.LineChart{Symbol: "none"}),
		charts.WithLineStyleOpts(opts.LineStyle{Type: "dashed", Color: habitThresholdColor, Width: 1}),
		charts.WithItemStyleOpts(opts.ItemStyle{Color: habitThresholdColor}))
	bar.Overlap(line)
	return chartOption(c.ID, bar)
}

// scatterPoint is one point of a scatter chart: one item, or, when Count
// is set, a group of Count items (see groupScatter) drawn larger and named
// Label in the tooltip.
type scatterPoint struct {
	X, Y  int64
	Count int
	Label string
}

// scatterSize is the size of a scatter point: 8 for one item, growing with
// the logarithm of a group's count up to 24.
func scatterSize(count int) int {
	size := 8
	for n := 1; n < count && size < 24; n *= 2 {
		size += 2
	}
	return size
}

// scatterSeries is one named group of points.
type scatterSeries struct {
	Name   string
	Points []scatterPoint
	Color  string // "" for the palette's
}

// scatterRule is a threshold drawn across a scatter chart: a vertical
// line at X (when Vertical) or a horizontal one at Y.
type scatterRule struct {
	Name     string
	Vertical bool
	At       int64
}

// scatterChart draws points on two value axes, one series per group, with
// threshold lines. The tooltip shows the series name and the point's
// values: the options carry no text of the data beyond series names.
type scatterChart struct {
	ID           string
	XName, YName string
	Series       []scatterSeries
	Rules        []scatterRule
}

func (c scatterChart) option() (string, error) {
	sc := charts.NewScatter()
	sc.SetGlobalOptions(
		chartInit(c.ID, true),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Top: "0"}),
		charts.WithAnimation(false),
		charts.WithXAxisOpts(opts.XAxis{Type: "value", Name: c.XName, NameLocation: "middle", NameGap: 28, Min: 0}),
		charts.WithYAxisOpts(opts.YAxis{Type: "value", Name: c.YName, Min: 0}),
	)
	for i, s := range c.Series {
		data := make([]opts.ScatterData, len(s.Points))
		for j, p := range s.Points {
			data[j] = opts.ScatterData{Value: []int64{p.X, p.Y}}
			if p.Count > 0 {
				data[j].Name, data[j].SymbolSize = p.Label, scatterSize(p.Count)
			}
		}
		so := []charts.SeriesOpts{charts.WithScatterChartOpts(opts.ScatterChart{SymbolSize: 8})}
		if s.Color != "" {
			so = append(so, charts.WithItemStyleOpts(opts.ItemStyle{Color: s.Color}))
		}
		if i == 0 && len(c.Rules) > 0 {
			so = append(so, charts.WithMarkLineStyleOpts(opts.MarkLineStyle{
				Symbol:    []string{"none", "none"},
				Label:     &opts.Label{Show: opts.Bool(true), Formatter: "{b}", Color: habitThresholdColor},
				LineStyle: &opts.LineStyle{Type: "dashed", Color: habitThresholdColor, Width: 1},
			}))
			for _, r := range c.Rules {
				if r.Vertical {
					so = append(so, charts.WithMarkLineNameXAxisItemOpts(opts.MarkLineNameXAxisItem{Name: r.Name, XAxis: r.At}))
				} else {
					so = append(so, charts.WithMarkLineNameYAxisItemOpts(opts.MarkLineNameYAxisItem{Name: r.Name, YAxis: r.At}))
				}
			}
		}
		sc.AddSeries(s.Name, data, so...)
	}
	return chartOption(c.ID, sc)
}
