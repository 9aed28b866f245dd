package report

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/socialaudit/socialaudit/analyze"
)

// ECharts is used only to build option objects. Its page renderer and
// RenderSnippet are never called: they write user text unescaped into
// <script> and turn "__f__(code)__f__" in user data into live JavaScript.
// Each option goes through json.Marshal instead, whose default HTML escaping
// keeps < > & out of the script, and "__f__" stays an inert JSON string.

// chartIDPattern is what ECharts ids must match: go-echarts and our script
// use them as JavaScript identifiers and element ids.
var chartIDPattern = regexp.MustCompile(`^[A-Za-z0-9_]+$`)

// echart is what every go-echarts chart offers.
type echart interface {
	Validate()
	JSON() map[string]any
}

// chartInit fixes the chart id (a random one would make every run differ)
// and the size. WithInitializationOpts replaces the whole Initialization, so
// everything is set here at once; AssetsHost is set so that no default CDN
// URL is ever filled in.
func chartInit(id string, tall bool) charts.GlobalOpts {
	h := "22rem"
	if tall {
		h = "26rem"
	}
	return charts.WithInitializationOpts(opts.Initialization{
		ChartID:    id,
		Width:      "100%",
		Height:     h,
		Theme:      "white",
		Renderer:   "svg",
		PageTitle:  id,
		AssetsHost: "assets/echarts/",
	})
}

// chartOption validates c and marshals its option object for the canvas's
// data-option attribute.
func chartOption(id string, c echart) (string, error) {
	if !chartIDPattern.MatchString(id) {
		return "", fmt.Errorf("chart id %q: not [A-Za-z0-9_]", id)
	}
	c.Validate()
	b, err := json.Marshal(c.JSON()) // HTML-escaping too, though html/template escapes the attribute anyway
	if err != nil {
		return "", fmt.Errorf("chart %s: marshal option: %w", id, err)
	}
	return string(b), nil
}

// common options of every chart: tooltip on the axis, legend at the top.
func baseOpts(id string, tall bool) []charts.GlobalOpts {
	return []charts.GlobalOpts{
		chartInit(id, tall),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Top: "0"}),
		charts.WithAnimation(false),
	}
}

// percentAxis is a right-hand y axis from 0 to 100 %.
func percentAxis(name string) opts.YAxis {
	return opts.YAxis{
		Name: name, Type: "value", Position: "right", Min: 0, Max: 100,
		AxisLabel: &opts.AxisLabel{Formatter: "{value} %"},
		SplitLine: &opts.SplitLine{Show: opts.Bool(false)},
	}
}

// barLineChart draws bars on the left axis and lines on the right one,
// which carries a percentage or a rate.
type barLineChart struct {
	ID        string
	Tall      bool
	X         []string
	LeftName  string
	LeftPct   bool // the left axis is a percentage (0 to 100)
	RightName string
	RightPct  bool
	Stack     string
	Bars      []series
	Lines     []series
}

// series is one named data series; values are numbers or "-" for a gap.
type series struct {
	Name   string
	Values []any
}

func (c barLineChart) option() (string, error) {
	bar := charts.NewBar()
	g := baseOpts(c.ID, c.Tall)
	left := opts.YAxis{Name: c.LeftName, Type: "value", MinInterval: 1}
	if c.LeftPct {
		left = percentAxis(c.LeftName)
		left.Position = "left"
	}
	g = append(g, charts.WithYAxisOpts(left))
	bar.SetGlobalOptions(g...)
	bar.SetXAxis(c.X)
	for _, s := range c.Bars {
		data := make([]opts.BarData, len(s.Values))
		for i, v := range s.Values {
			data[i] = opts.BarData{Value: v}
		}
		bar.AddSeries(s.Name, data, charts.WithBarChartOpts(opts.BarChart{Stack: c.Stack}))
	}
	if len(c.Lines) > 0 {
		right := opts.YAxis{Name: c.RightName, Type: "value", Position: "right", SplitLine: &opts.SplitLine{Show: opts.Bool(false)}}
		if c.RightPct {
			right = percentAxis(c.RightName)
		}
		bar.ExtendYAxis(right)
		line := charts.NewLine()
		line.SetXAxis(c.X)
		for _, s := range c.Lines {
			data := make([]opts.LineData, len(s.Values))
			for i, v := range s.Values {
				data[i] = opts.LineData{Value: v}
			}
			line.AddSeries(s.Name, data, charts.WithLineChartOpts(opts.LineChart{YAxisIndex: 1, ConnectNulls: opts.Bool(false)}))
		}
		bar.Overlap(line)
	}
	return chartOption(c.ID, bar)
}

// heatmapChart draws a weekday x hour grid of counts.
func heatmapChart(id string, grid [7][24]int, name string) (string, error) {
	hm := charts.NewHeatMap()
	hours := make([]string, 24)
	for h := range hours {
		hours[h] = fmt.Sprintf("%02d", h)
	}
	max := 0
	var data []opts.HeatMapData
	for d := 0; d < 7; d++ {
		for h := 0; h < 24; h++ {
			v := grid[d][h]
			if v > max {
				max = v
			}
			// y index 6-d puts Monday at the top.
			data = append(data, opts.HeatMapData{Value: [3]int{h, 6 - d, v}})
		}
	}
	if max == 0 {
		max = 1
	}
	days := make([]string, 7)
	for d := range days {
		days[6-d] = weekdayNames[d]
	}
	g := []charts.GlobalOpts{
		chartInit(id, true),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)}),
		charts.WithAnimation(false),
		charts.WithXAxisOpts(opts.XAxis{Type: "category", Name: "hour", SplitArea: &opts.SplitArea{Show: opts.Bool(true)}}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: days, SplitArea: &opts.SplitArea{Show: opts.Bool(true)}}),
		charts.WithVisualMapOpts(opts.VisualMap{
			Type: "continuous", Calculable: opts.Bool(true), Min: 0, Max: float32(max),
			Orient: "horizontal", Left: "center", Bottom: "0",
			InRange: &opts.VisualMapInRange{Color: []string{"#f4f6fa", "#f2b134", "#b3261e"}},
		}),
	}
	hm.SetGlobalOptions(g...)
	hm.SetXAxis(hours)
	hm.AddSeries(name, data, charts.WithLabelOpts(opts.Label{Show: opts.Bool(false)}))
	return chartOption(id, hm)
}

// weekdayNames are the weekdays in Heatmap order (0 = Monday).
var weekdayNames = [7]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// bucketLabels names the five first-response buckets from their bounds.
func bucketLabels() [5]string {
	b := analyze.ResponseBucketBounds
	f := shortDuration
	return [5]string{
		"within " + f(b[0]),
		f(b[0]) + " to " + f(b[1]),
		f(b[1]) + " to " + f(b[2]),
		f(b[2]) + " to " + f(b[3]),
		"over " + f(b[3]),
	}
}

// intValues turns ints into chart values.
func intValues(n ...int) []any {
	v := make([]any, len(n))
	for i, x := range n {
		v[i] = x
	}
	return v
}

// pct is a rate as a chart percentage with one decimal, or a gap.
func pct(r *float64) any { return floatValue(r, 100, 1) }

// itoa is strconv.Itoa, for table cells of small numbers.
func itoa(n int) string { return strconv.Itoa(n) }
