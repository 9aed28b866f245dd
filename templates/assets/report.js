/* socialaudit report: draws the charts and runs the theme switch.
 *
 * Static: no data of the report is in this file. Each chart is a
 * <div class="chart-canvas" data-option="..."> whose attribute holds the
 * ECharts option as JSON (escaped by the page's template, decoded by the
 * browser); this script parses it and draws it with the SVG renderer, which
 * prints sharply.
 *
 * The theme is "system" (follow prefers-color-scheme), "light" or "dark",
 * kept in localStorage and set as <html data-theme>; site.css does the rest.
 * It is applied as soon as this script runs, in <head>, so that a dark page
 * does not flash light first.
 */
(function () {
	"use strict";

	var root = document.documentElement;
	var storageKey = "socialaudit-theme";
	var darkQuery = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;
	var printQuery = window.matchMedia ? window.matchMedia("print") : null;

	function storedChoice() {
		try {
			var v = window.localStorage.getItem(storageKey);
			if (v === "light" || v === "dark") {
				return v;
			}
		} catch (e) {
			// Storage refused (privacy settings, some file:// pages): no memory.
		}
		return "system";
	}

	function applyChoice(choice) {
		if (choice === "light" || choice === "dark") {
			root.setAttribute("data-theme", choice);
		} else {
			root.removeAttribute("data-theme");
		}
	}

	function saveChoice(choice) {
		try {
			if (choice === "system") {
				window.localStorage.removeItem(storageKey);
			} else {
				window.localStorage.setItem(storageKey, choice);
			}
		} catch (e) {
			// As above: the choice holds for this page only.
		}
	}

	applyChoice(storedChoice());

	// Whether the page shows dark now. Printing is always light (site.css).
	function isDark() {
		var t = root.getAttribute("data-theme");
		if (t) {
			return t === "dark";
		}
		return !!(darkQuery && darkQuery.matches);
	}

	// Numbers as the page's language writes them: 1,234.5 or 1 234,5.
	var numberFormat = null;
	function formatNumber(v) {
		if (Array.isArray(v)) { // heatmap cells are [x, y, value]
			v = v[v.length - 1];
		}
		if (typeof v !== "number" || !isFinite(v)) {
			return "–";
		}
		if (!numberFormat) {
			try {
				numberFormat = new Intl.NumberFormat(root.lang || undefined, {maximumFractionDigits: 2});
			} catch (e) {
				numberFormat = new Intl.NumberFormat(undefined, {maximumFractionDigits: 2});
			}
		}
		return numberFormat.format(v);
	}

	// A formatter that writes the number where a template such as
	// "{value} %" says, or the number alone.
	function formatterFor(template) {
		if (typeof template === "string" && template.indexOf("{value}") >= 0) {
			return function (v) { return template.split("{value}").join(formatNumber(v)); };
		}
		return formatNumber;
	}

	function asList(x) {
		if (!x) {
			return [];
		}
		return Array.isArray(x) ? x : [x];
	}

	function cssVar(name) {
		return window.getComputedStyle(root).getPropertyValue(name).trim();
	}

	// prepare adds to a parsed option what JSON cannot carry (functions)
	// and what depends on the theme.
	function prepare(option) {
		option.backgroundColor = "transparent"; // the page's colour shows through
		// Axis labels inside the chart's box, so that none is cut at a
		// narrow width (a phone, an A4 page).
		if (option.xAxis || option.yAxis) {
			var grids = asList(option.grid);
			if (grids.length === 0) {
				grids = [{}];
				option.grid = grids[0];
			}
			grids.forEach(function (g) {
				if (g.containLabel === undefined) {
					g.containLabel = true;
				}
			});
		}
		var axisFormats = [];
		asList(option.yAxis).forEach(function (axis, i) {
			var template = axis.axisLabel && axis.axisLabel.formatter;
			axisFormats[i] = formatterFor(template);
			if (axis.type === "value") {
				axis.axisLabel = axis.axisLabel || {};
				axis.axisLabel.formatter = axisFormats[i];
			}
		});
		asList(option.xAxis).forEach(function (axis) {
			if (axis.type === "value") {
				axis.axisLabel = axis.axisLabel || {};
				axis.axisLabel.formatter = formatterFor(axis.axisLabel.formatter);
			}
		});
		asList(option.tooltip).forEach(function (t) {
			t.valueFormatter = formatNumber;
		});
		// A series on a percentage axis says "%" in the tooltip too.
		asList(option.series).forEach(function (s) {
			var f = axisFormats[s.yAxisIndex || 0];
			if (f && f !== formatNumber) {
				s.tooltip = s.tooltip || {};
				s.tooltip.valueFormatter = f;
			}
		});
		// The lowest colour of a heatmap scale is the theme's tint, so that
		// empty cells look empty in both themes.
		var tint = cssVar("--tint");
		asList(option.visualMap).forEach(function (vm) {
			if (tint && vm.inRange && Array.isArray(vm.inRange.color) && vm.inRange.color.length > 1) {
				vm.inRange.color[0] = tint;
			}
		});
		return option;
	}

	var charts = []; // {el, option (JSON text), chart}

	// setViewBox lets the stylesheet scale the drawn SVG (print): ECharts
	// gives its live SVG a width and a height but no viewBox.
	function setViewBox(entry) {
		var svg = entry.el.querySelector("svg");
		if (svg && entry.chart) {
			svg.setAttribute("viewBox", "0 0 " + entry.chart.getWidth() + " " + entry.chart.getHeight());
		}
	}

	// draw (re)draws one chart, at the size of its box or at size, and
	// paints it at once: printing does not wait for an animation frame.
	function draw(entry, dark, size) {
		if (entry.chart) {
			entry.chart.dispose();
		}
		var opts = {renderer: "svg"};
		if (size) {
			opts.width = size.width;
			opts.height = size.height;
		}
		entry.chart = window.echarts.init(entry.el, dark ? "dark" : null, opts);
		// ECharts repaints the SVG in later frames too (after a resize):
		// give it its viewBox each time.
		entry.chart.on("rendered", function () { setViewBox(entry); });
		entry.chart.setOption(prepare(JSON.parse(entry.option)));
		paintNow(entry);
	}

	function paintNow(entry) {
		var zr = entry.chart.getZr && entry.chart.getZr();
		if (zr && zr.refreshImmediately) {
			zr.refreshImmediately();
		}
		setViewBox(entry);
	}

	function drawAll(dark, size) {
		charts.forEach(function (entry) {
			try {
				draw(entry, dark, size);
			} catch (e) {
				entry.el.setAttribute("data-error", String(e));
				if (window.console) {
					window.console.error("chart " + entry.el.id + ": " + e);
				}
			}
		});
	}

	function resizeAll() {
		charts.forEach(function (entry) {
			if (entry.chart) {
				entry.chart.resize();
				paintNow(entry);
			}
		});
	}

	var printing = false;
	function mm(x) { return Math.round(x / 25.4 * 96); } // CSS px
	// Before printing: light colours, and the charts redrawn at the width of
	// an A4 page's text (170 mm), not the window's.
	function beforePrint() {
		if (printing) {
			return;
		}
		printing = true;
		charts.forEach(function (entry) {
			var tall = entry.el.classList.contains("tall");
			try {
				draw(entry, false, {width: mm(170), height: mm(tall ? 140 : 115)});
			} catch (e) {
				entry.el.setAttribute("data-error", String(e));
			}
		});
	}
	function afterPrint() {
		if (!printing) {
			return;
		}
		printing = false;
		drawAll(isDark());
	}

	function setUpThemeSwitch() {
		var box = document.querySelector(".theme-switch");
		var select = document.getElementById("theme-choice");
		if (!box || !select) {
			return;
		}
		select.value = storedChoice();
		select.addEventListener("change", function () {
			applyChoice(select.value);
			saveChoice(select.value);
			drawAll(isDark());
		});
		box.hidden = false; // it works only with this script
	}

	function start() {
		setUpThemeSwitch();
		if (!window.echarts) {
			return; // a page without charts
		}
		var els = document.querySelectorAll(".chart-canvas[data-option]");
		for (var i = 0; i < els.length; i++) {
			charts.push({el: els[i], option: els[i].getAttribute("data-option"), chart: null});
		}
		drawAll(isDark());

		var pending = false;
		window.addEventListener("resize", function () {
			// Laying a page out for print resizes the window too; the charts
			// are then drawn for paper already (beforePrint, or scaled by
			// their viewBox), and a redraw would lose the viewBox.
			if (printing || pending || (printQuery && printQuery.matches)) {
				return;
			}
			pending = true;
			window.requestAnimationFrame(function () {
				pending = false;
				resizeAll();
			});
		});
		window.addEventListener("beforeprint", beforePrint);
		window.addEventListener("afterprint", afterPrint);
		if (printQuery && printQuery.addEventListener) {
			printQuery.addEventListener("change", function (e) {
				if (e.matches) {
					beforePrint();
				} else {
					afterPrint();
				}
			});
		}
		if (darkQuery && darkQuery.addEventListener) {
			darkQuery.addEventListener("change", function () {
				if (!root.getAttribute("data-theme") && !printing) {
					drawAll(isDark());
				}
			});
		}
	}

	if (document.readyState === "loading") {
		document.addEventListener("DOMContentLoaded", start);
	} else {
		start();
	}
})();
