// The ECharts that the report ships: only the chart types, components and
// renderer its pages use, through ECharts' documented tree-shaking API
// (echarts/core plus echarts.use). scripts/vendor-echarts.sh bundles this
// file into templates/assets/echarts/echarts.min.js, a script that defines
// the global `echarts`.
//
// What the pages use (see report/charts*.go, report/events.go,
// report/compare.go, report/archive/view.go and templates/assets/report.js):
//   - series: bar, line (also on a second x axis, --compare), scatter,
//     heatmap; all on cartesian axes (grid, xAxis, yAxis);
//   - components: tooltip (trigger "axis" and "item"; its axis pointer comes
//     with it), legend (plain: no "type": "scroll"), visualMap of type
//     "continuous" (the heatmap), markLine and markArea (thresholds, silent
//     weeks, --events);
//   - renderer: SVG only (report.js always asks for it: it prints sharply);
//   - the "dark" theme, which echarts/core registers itself.
// No title, toolbox, dataZoom, dataset, aria, markPoint, label layout or
// universal transition: no option asks for them (animation is off; the
// "title": {} and "toolbox": {} that go-echarts writes in every option are
// empty, and draw nothing in the full build either).
//
// A chart type or component used by a page but missing here draws nothing
// and says nothing in a production build; the page tests
// (e2e/echarts_test.go) compare each drawn chart's model with its option and
// fail. Add it here, then run scripts/vendor-echarts.sh.

import { use, init, getInstanceByDom, version } from 'echarts/core';
import { BarChart, LineChart, ScatterChart, HeatmapChart } from 'echarts/charts';
import {
  GridComponent,
  TooltipComponent,
  LegendPlainComponent,
  VisualMapContinuousComponent,
  MarkLineComponent,
  MarkAreaComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([
  BarChart,
  LineChart,
  ScatterChart,
  HeatmapChart,
  GridComponent,
  TooltipComponent,
  LegendPlainComponent,
  VisualMapContinuousComponent,
  MarkLineComponent,
  MarkAreaComponent,
  SVGRenderer,
]);

// The global echarts API, no more than is used: init (report.js; the rest
// is the chart instance's: setOption, on, resize, dispose, getZr...),
// getInstanceByDom (the page tests reach a drawn chart through it) and
// version.
export { init, getInstanceByDom, version };
