package report

import (
	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// Colours of the daily threshold chart: usual days in the palette's
// blue, crisis days in the heatmap's red, the threshold in a dark grey
// that differs from the event marks' (events.go).
const (
	dailyUsualColor     = "#5470c6"
	dailyCrisisColor    = "#b3261e"
	dailyThresholdColor = "#3c4043"
)

// dailyThresholdChart draws one bar a day, the days above a threshold in a
// second colour, and the threshold as a horizontal line. X holds the days
// as "2026-06-13", so that report/events.go places the --events marks on
// it. The two bar series are stacked, each day having a value in one of
// them only; the threshold is a markLine of the crisis series, so that it
// stays when events.go puts its own marks on the first series.
type dailyThresholdChart struct {
	ID        string
	X         []string
	Values    []int64
	Flagged   []bool // the day is above the threshold
	AxisName  string
	Usual     string // name of the series of usual days
	Crisis    string // name of the series of crisis days
	Threshold float64
	Line      string // the threshold's label: "threshold: 27"
}

func (c dailyThresholdChart) option() (string, error) {
	bar := charts.NewBar()
	g := baseOpts(c.ID, false)
	g = append(g,
		charts.WithYAxisOpts(opts.YAxis{Name: c.AxisName, Type: "value", MinInterval: 1}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category"}),
	)
	bar.SetGlobalOptions(g...)
	bar.SetXAxis(c.X)
	usual := make([]opts.BarData, len(c.Values))
	crisis := make([]opts.BarData, len(c.Values))
	for i, v := range c.Values {
		usual[i], crisis[i] = opts.BarData{Value: "-"}, opts.BarData{Value: "-"}
		if c.Flagged[i] {
			crisis[i].Value = v
		} else {
			usual[i].Value = v
		}
	}
	stack := charts.WithBarChartOpts(opts.BarChart{Stack: "day"})
	bar.AddSeries(c.Usual, usual, stack, charts.WithItemStyleOpts(opts.ItemStyle{Color: dailyUsualColor}))
	bar.AddSeries(c.Crisis, crisis, stack, charts.WithItemStyleOpts(opts.ItemStyle{Color: dailyCrisisColor}),
		charts.WithMarkLineNameYAxisItemOpts(opts.MarkLineNameYAxisItem{Name: c.Line, YAxis: c.Threshold}),
		charts.WithMarkLineStyleOpts(opts.MarkLineStyle{
			Symbol:    []string{"none", "none"},
			Label:     &opts.Label{Show: opts.Bool(true), Position: "insideEndTop", Formatter: "{b}", Color: dailyThresholdColor},
			LineStyle: &opts.LineStyle{Color: dailyThresholdColor, Type: "dashed", Width: 1},
		}))
	return chartOption(c.ID, bar)
}
