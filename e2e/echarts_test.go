package e2e

// The check that every chart is drawn with everything its option asks for.
// The site ships a custom ECharts build of only the chart types and
// components the report uses (scripts/echarts/entry.js). A production build
// of ECharts says nothing when an option names a series type or a component
// that is not in the build: the series or the component is simply left out,
// and the axes still draw, so the other checks would pass. This check reads
// each drawn chart's model back from ECharts and compares it with the
// chart's data-option; it also counts any "[ECharts]" warning in the
// console as a problem (a development build prints one for what is
// missing).

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/socialaudit/socialaudit/templates"
)

// echartsModelJS returns, for every .chart-canvas drawn by ECharts, what its
// data-option asks for and the ECharts model lacks: a series of some type
// that is not in the model (its chart type is not in the build), a
// component of the option's top level (legend, tooltip, visualMap...) or a
// marker of a series (markLine...) that the model has not. Options that are
// not components (plain values, the palette, textStyle...) are skipped, and
// so are an empty title and an empty toolbox, which draw nothing: go-echarts
// writes "title": {} and "toolbox": {} in every option, and the build
// leaves both out.
const echartsModelJS = `(function () {
  var out = [];
  if (!window.echarts || !echarts.getInstanceByDom) return out;
  var notComponents = {series: 1, textStyle: 1, stateAnimation: 1, media: 1, baseOption: 1, options: 1};
  var nothingWhenEmpty = {title: 1, toolbox: 1};
  var isEmpty = function (v) {
    return (Array.isArray(v) ? v : [v]).every(function (o) { return Object.keys(o).length === 0; });
  };
  var isObject = function (v) { return v !== null && typeof v === "object" && !Array.isArray(v); };
  var components = function (v) {
    return isObject(v) || (Array.isArray(v) && v.length > 0 && v.every(isObject));
  };
  Array.from(document.querySelectorAll(".chart-canvas[data-option]")).forEach(function (el, i) {
    var id = el.id || ("chart " + (i + 1));
    var chart = echarts.getInstanceByDom(el);
    if (!chart) return; // not drawn: the drawn-chart check reports it
    var option;
    try { option = JSON.parse(el.getAttribute("data-option")); } catch (e) { return; }
    var model = chart.getModel && chart.getModel();
    if (!model) { out.push(id + ": ECharts gives no model"); return; }
    var want = {}, got = {};
    var series = Array.isArray(option.series) ? option.series : (option.series ? [option.series] : []);
    var markers = {};
    series.forEach(function (s) {
      want[s.type] = (want[s.type] || 0) + 1;
      ["markLine", "markArea", "markPoint"].forEach(function (m) { if (s[m]) markers[m] = true; });
    });
    model.getSeries().forEach(function (s) { got[s.subType] = (got[s.subType] || 0) + 1; });
    Object.keys(want).sort().forEach(function (type) {
      if ((got[type] || 0) !== want[type]) {
        out.push(id + ": the option has " + want[type] + " series of type " + type + ", ECharts drew " + (got[type] || 0) + " (is the chart type in the build?)");
      }
    });
    Object.keys(option).sort().forEach(function (key) {
      if (notComponents[key] || !components(option[key])) return;
      if (nothingWhenEmpty[key] && isEmpty(option[key])) return;
      if (!model.getComponent(key)) {
        out.push(id + ": the option has a " + key + ", ECharts made no such component (is it in the build?)");
      }
    });
    Object.keys(markers).sort().forEach(function (m) {
      if (!model.getComponent(m)) {
        out.push(id + ": a series has a " + m + ", ECharts made no such component (is it in the build?)");
      }
    });
  });
  return out;
})()`

// echartsProblems runs echartsModelJS on the page of ctx.
func echartsProblems(t *testing.T, tb *tab) []string {
	t.Helper()
	out, err := chromedp.Run(tb.ctx, chromedp.Evaluate[[]string](echartsModelJS))
	if err != nil {
		t.Fatalf("%s: read the charts' models: %v", tb.l.URL(), err)
	}
	return out
}

// isEChartsWarning reports whether a console message comes from ECharts,
// which starts its warnings and errors with "[ECharts]".
func isEChartsWarning(text string) bool { return strings.Contains(text, "[ECharts]") }

// TestHarnessCatchesMissingECharts draws, with the ECharts build that the
// site ships, a page whose charts ask for a chart type, a component and a
// marker that the build leaves out, and one that prints an ECharts warning:
// the check must name each. Beside them, a chart with everything the report
// uses must raise nothing.
func TestHarnessCatchesMissingECharts(t *testing.T) {
	bctx := browser(t)
	dir := t.TempDir()
	js, err := templates.Assets.ReadFile("assets/" + templates.EChartsScript)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "echarts.js"), js, 0o644); err != nil {
		t.Fatal(err)
	}
	// Options as the report writes them: JSON in data-option, drawn with
	// the SVG renderer. ok uses every chart type and component of the
	// report, and an empty title and toolbox as go-echarts writes them; the
	// others ask for a sankey series, a calendar, a title with a text and a
	// markPoint, which the report has no use for and the build leaves out
	// (should the build ever take one in, pick another here).
	const page = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>ECharts build</title>
<script src="echarts.js"></script></head>
<body>
<div id="ok" class="chart-canvas" style="width: 500px; height: 300px" data-option='{
  "title": {}, "toolbox": {}, "tooltip": {"trigger": "axis"}, "legend": {"top": "0"},
  "xAxis": [{"type": "category", "data": ["a", "b", "c"]}, {"type": "category", "position": "top", "data": ["x", "y", "z"]}],
  "yAxis": [{"type": "value"}, {"type": "value", "position": "right"}],
  "visualMap": [{"type": "continuous", "min": 0, "max": 5, "calculable": true, "orient": "horizontal", "left": "center", "bottom": "0"}],
  "series": [
    {"type": "bar", "name": "b", "data": [1, 2, 3], "stack": "s",
     "markLine": {"data": [{"yAxis": 2, "name": "t"}]}, "markArea": {"data": [[{"xAxis": 0}, {"xAxis": 1}]]}},
    {"type": "line", "name": "l", "data": [3, 2, 1], "yAxisIndex": 1},
    {"type": "line", "name": "c", "data": [2, 2, 2], "xAxisIndex": 1},
    {"type": "scatter", "name": "s", "data": [[0, 1], [1, 2]]},
    {"type": "heatmap", "name": "h", "data": [[0, 0, 1], [1, 0, 5]]}
  ]}'></div>
<div id="sankey" class="chart-canvas" style="width: 300px; height: 200px" data-option='{
  "xAxis": {"type": "category", "data": ["a", "b"]}, "yAxis": {"type": "value"},
  "series": [{"type": "bar", "data": [1, 2]}, {"type": "sankey", "data": [{"name": "a"}, {"name": "b"}], "links": [{"source": "a", "target": "b", "value": 1}]}]}'></div>
<div id="calendar" class="chart-canvas" style="width: 300px; height: 200px" data-option='{
  "calendar": {"range": "2026-03"}, "title": {"text": "A title"}, "xAxis": {"type": "category", "data": ["a", "b"]}, "yAxis": {"type": "value"},
  "series": [{"type": "bar", "data": [1, 2], "markPoint": {"data": [{"type": "max"}]}}]}'></div>
<script>
document.querySelectorAll(".chart-canvas").forEach(function (el) {
  echarts.init(el, null, {renderer: "svg"}).setOption(JSON.parse(el.getAttribute("data-option")));
});
console.warn("[ECharts] a warning as ECharts prints it");
</script>
</body></html>
`
	file := filepath.Join(dir, "charts.html")
	if err := os.WriteFile(file, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	tb := open(t, bctx, load{File: file, Root: dir, Lang: "en", ChartWait: 5 * time.Second})
	defer tb.close()
	r := tb.check("")
	var got []string
	for _, p := range r.Problems {
		if strings.HasPrefix(p.Detail, "ok:") {
			t.Errorf("a problem on the chart with everything the report uses: %s", p)
		}
		got = append(got, p.String())
	}
	all := strings.Join(got, "\n")
	for _, want := range []string{
		"echarts: sankey: the option has 1 series of type sankey, ECharts drew 0",
		"echarts: calendar: the option has a calendar, ECharts made no such component",
		"echarts: calendar: the option has a title, ECharts made no such component",
		"echarts: calendar: a series has a markPoint, ECharts made no such component",
		"console: console.warning(\"[ECharts] a warning as ECharts prints it\")",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("no problem %q; problems:\n%s", want, all)
		}
	}
	if len(r.Charts) != 3 || !r.Charts[0].drawn() {
		t.Errorf("charts %+v, want 3 and ok drawn", r.Charts)
	}
	if !t.Failed() {
		t.Logf("caught:\n%s", all)
	}
}
