// Package templates embeds everything the report site is made of that is not
// computed: the html/template page set, the stylesheet and the vendored
// ECharts browser build with its licence files (assets), and the markdown
// texts of the recommendations and the methodology (see Markdown).
//
// It holds no logic: package report executes HTML and copies Assets into the
// site's assets/ directory; package report/recommend fills Markdown.
//
// ECharts is a custom build of only the chart types and components the
// report uses, made from the npm package by scripts/vendor-echarts.sh (see
// scripts/echarts/entry.js), which records its version in
// assets/echarts.version and the sha256 of each vendored file in
// assets/echarts.sha256; a test checks the embedded bytes against that record.
package templates

import (
	"embed"
	"strings"
)

// HTML holds the page templates (html/*.html), parsed together as one
// html/template set by package report.
//
//go:embed html/*.html
var HTML embed.FS

// Assets holds the files copied verbatim into the site's assets/ directory:
// site.css, report.js (which draws every chart from its data-option
// attribute and runs the theme switch) and the vendored ECharts under
// echarts/.
//
//go:embed assets
var Assets embed.FS

// EChartsScript is the path of the ECharts browser build inside Assets,
// relative to its assets/ root (and so to the site's assets/ directory).
const EChartsScript = "echarts/echarts.min.js"

// EChartsVersion returns the vendored ECharts version, as recorded in
// assets/echarts.version by scripts/vendor-echarts.sh.
func EChartsVersion() string {
	b, err := Assets.ReadFile("assets/echarts.version")
	if err != nil {
		// The file is embedded at build time; its absence is a build defect
		// that the package test reports.
		return "unknown"
	}
	return strings.TrimSpace(string(b))
}
