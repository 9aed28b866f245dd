package report

import (
	"crypto/sha256"
	"encoding/base64"
	"html/template"
	"net/url"
	"strings"
)

// The Content-Security-Policy of the pages. Every page carries it as the
// first element of its <head>, <meta http-equiv="Content-Security-Policy">,
// so that it governs everything after it: a report is opened from disk or
// from any static host, which sends no header of ours. It allows no origin
// but the report itself, so that hostile text that slipped through the
// escaping could neither run nor send anything anywhere:
//
//   - default-src 'none': nothing that is not named below (fonts, frames,
//     objects, media, workers, manifests).
//   - script-src: in a site, 'self', for the two script files
//     (assets/echarts/echarts.min.js and assets/report.js); no page has an
//     inline script or an event handler attribute (chart options travel in
//     data-option attributes, read by report.js). In a single file, the
//     sha256 hashes of its two inline scripts, computed when it is built,
//     and nothing else: no 'unsafe-inline', no 'self'.
//   - style-src 'self' 'unsafe-inline': ECharts writes style at run time:
//     style attributes through setAttribute and innerHTML (the SVG root, the
//     tooltip's markup), which CSP governs like style attributes in the
//     page. Their values change with every chart, size and theme, so no
//     list of hashes could name them ('unsafe-hashes' covers fixed
//     attributes only), and a hash in style-src would turn 'unsafe-inline'
//     off. (Measured in Chromium: with style-src 'self' alone, the
//     responsiveness page of the sample raises 60 style-src-attr
//     violations, of at least ten distinct values.) The single file's own
//     stylesheet is an inline <style> too. A
//     style cannot run script in a current browser; what it could do
//     (load an image, a font) is still refused by img-src and
//     default-src.
//   - img-src 'self' data: the logos are data: URLs (in a site, files of
//     assets/brand/ too), and ECharts' SVG renderer may draw images from
//     data: URLs.
//   - connect-src 'none' (no fetch, XHR, WebSocket, beacon), form-action
//     'none' and base-uri 'none' (a <base> would redirect every relative
//     link and script).
//
// frame-ancestors (who may frame the report) cannot be set in a <meta>:
// browsers ignore it there (CSP3, section 6.1.1); only an HTTP header, which
// the static host would send, can set it. The same holds for report-uri,
// report-to and sandbox.
//
// Pages opened from disk: Chromium and Firefox match 'self' of a file://
// page against file: URLs, so a site works from disk; e2e checks it in
// Chromium. The data files' download links (data: URLs in a single file)
// are navigations, not fetches, and CSP does not govern them.

// siteCSP is the policy of every page of a multi-file site (and of the
// archive index, whose template repeats it: a test checks they agree).
const siteCSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data:; connect-src 'none'; form-action 'none'; base-uri 'none'"

// singleCSP is the policy of a single file whose inline scripts are
// scripts, exactly as they appear between <script> and </script>.
func singleCSP(scripts []template.JS) string {
	var hashes []string
	for _, s := range scripts {
		hashes = append(hashes, scriptHash(string(s)))
	}
	return "default-src 'none'; script-src " + strings.Join(hashes, " ") +
		"; style-src 'unsafe-inline'; img-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'"
}

// scriptHash is the CSP source of an inline script's text: 'sha256-' and
// the base64 of its SHA-256, the text taken as UTF-8 (as browsers hash it).
func scriptHash(script string) string {
	sum := sha256.Sum256([]byte(script))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// cspAttr is a policy as the content attribute of the <meta>: the policy
// holds only our fixed words and base64, so it is written as is (with its
// single quotes, not &#39;).
func cspAttr(policy string) template.HTMLAttr {
	return template.HTMLAttr(`content="` + policy + `"`)
}

// webURL reports whether a URL from the data (a post's permalink) may be a
// link of a page: an absolute http or https URL with a host. Anything else
// (javascript:, data:, a relative path) is no link at all, rather than the
// dead "#ZgotmplZ" link html/template would make of an unsafe one.
func webURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" && s == strings.TrimSpace(s)
}
