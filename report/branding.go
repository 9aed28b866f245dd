package report

import (
	"bytes"
	"encoding/base64"
	"encoding/xml"
	"errors"
	"fmt"
	"html/template"
	"image"
	_ "image/gif" // registers GIF for image.DecodeConfig
	_ "image/jpeg"
	_ "image/png"
	"io"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/socialaudit/socialaudit/report/internal/locale"
)

// Branding: the client's and the agency's logos, the agency's name and
// contact, and an accent colour. Everything is embedded in the report
// (copied under assets/brand/, or inlined as data: URLs in a single file);
// nothing is ever fetched.

// MaxLogoSize is the largest logo accepted, in bytes. A logo is shown a few
// centimetres wide; anything bigger only makes the e-mailed file heavy.
const MaxLogoSize = 2 << 20

// Logo is an image shown in the report: the client's or the agency's. Make
// one with NewLogo, which checks the bytes; Build checks again that MIME is
// what the bytes are.
type Logo struct {
	Data []byte
	// MIME is the type sniffed from Data: image/png, image/jpeg,
	// image/gif, image/webp or image/svg+xml.
	MIME string
}

// The logo types the report accepts, with the extension of their copy under
// assets/brand/.
var logoExt = map[string]string{
	"image/png":     "png",
	"image/jpeg":    "jpg",
	"image/gif":     "gif",
	"image/webp":    "webp",
	"image/svg+xml": "svg",
}

// NewLogo checks that data is an image a browser shows from an <img> (PNG,
// JPEG, GIF, WebP or SVG, decided by its content, never by a file name) of
// at most MaxLogoSize bytes, and returns it with its type.
//
// An SVG is accepted because the report only ever shows it through <img>:
// a browser runs no script and loads no resource of an SVG shown that way.
func NewLogo(data []byte) (*Logo, error) {
	if len(data) > MaxLogoSize {
		return nil, fmt.Errorf("the image is %s; a logo may be at most %s", sizeText(len(data)), sizeText(MaxLogoSize))
	}
	if len(data) == 0 {
		return nil, errors.New("the file is empty, not an image")
	}
	mime, err := sniffLogo(data)
	if err != nil {
		return nil, err
	}
	return &Logo{Data: data, MIME: mime}, nil
}

// check verifies a Logo built without NewLogo.
func (l *Logo) check() error {
	if l == nil {
		return nil
	}
	got, err := NewLogo(l.Data)
	if err != nil {
		return err
	}
	if got.MIME != l.MIME {
		return fmt.Errorf("the image is %s, not %q", got.MIME, l.MIME)
	}
	return nil
}

// dataURL is the logo as a data: URL. It is our own encoding of bytes we
// sniffed: a MIME type from logoExt and base64, whose alphabet has no quote,
// space or angle bracket, so it cannot leave the attribute it is put in.
// An SVG shown from <img src="data:..."> still runs no script.
func (l *Logo) dataURL() template.URL {
	return dataURL(l.MIME, l.Data)
}

// dataURL encodes data as a data: URL of type mime. The caller vouches that
// mime is one of our fixed types; see Logo.dataURL for why the result is a
// safe template.URL.
func dataURL(mime string, data []byte) template.URL {
	return template.URL("data:" + mime + ";base64," + base64.StdEncoding.EncodeToString(data))
}

// sniffLogo names the image type of data from its first bytes (and, for
// SVG, its root element).
func sniffLogo(data []byte) (string, error) {
	switch {
	case bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")):
		return decodeConfig(data, "image/png", "PNG")
	case bytes.HasPrefix(data, []byte("\xff\xd8\xff")):
		return decodeConfig(data, "image/jpeg", "JPEG")
	case bytes.HasPrefix(data, []byte("GIF87a")), bytes.HasPrefix(data, []byte("GIF89a")):
		return decodeConfig(data, "image/gif", "GIF")
	case len(data) >= 16 && string(data[:4]) == "RIFF" && string(data[8:12]) == "WEBP":
		switch string(data[12:16]) {
		case "VP8 ", "VP8L", "VP8X":
			return "image/webp", nil
		}
		return "", errors.New("the file says it is a WebP image but its first chunk is not VP8, VP8L or VP8X")
	}
	if looksLikeXML(data) {
		if err := checkSVG(data); err != nil {
			return "", err
		}
		return "image/svg+xml", nil
	}
	return "", errors.New("not a PNG, JPEG, GIF, WebP or SVG image")
}

// decodeConfig reads the image header, so that a truncated or corrupt file
// is refused here rather than shown broken in the report.
func decodeConfig(data []byte, mime, name string) (string, error) {
	cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return "", fmt.Errorf("not a valid %s image: %v", name, err)
	}
	if cfg.Width == 0 || cfg.Height == 0 {
		return "", fmt.Errorf("the %s image is %d×%d pixels", name, cfg.Width, cfg.Height)
	}
	return mime, nil
}

// looksLikeXML reports whether data starts, after a byte-order mark and
// white space, with "<".
func looksLikeXML(data []byte) bool {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	data = bytes.TrimLeft(data, " \t\r\n")
	return len(data) > 0 && data[0] == '<'
}

// svgNamespace is the namespace a browser needs on the root element to show
// an SVG file from <img>.
const svgNamespace = "http://www.w3.org/2000/svg"

// checkSVG accepts well-formed UTF-8 XML whose root element is <svg> in the
// SVG namespace: what a browser shows from <img>. A browser shows nothing
// for an SVG that is not well-formed, so a broken file is refused here.
func checkSVG(data []byte) error {
	if !utf8.Valid(data) {
		return errors.New("an SVG file must be UTF-8 text; this one is not")
	}
	dec := xml.NewDecoder(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))))
	dec.Strict = true
	root := true
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			if root {
				return errors.New("the XML file has no element; not an SVG image")
			}
			return nil
		}
		if err != nil {
			return fmt.Errorf("not a well-formed SVG image: %v", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok || !root {
			continue
		}
		root = false
		if se.Name.Local != "svg" {
			return fmt.Errorf("an XML file whose root element is <%s>, not an SVG image", se.Name.Local)
		}
		if se.Name.Space != svgNamespace {
			return fmt.Errorf("the <svg> root element lacks xmlns=%q, without which browsers do not show it as an image", svgNamespace)
		}
	}
}

// sizeText is a byte count for an error message: "2 MB", "3.1 MB", "512 kB".
func sizeText(n int) string {
	switch {
	case n >= 1<<20:
		s := fmt.Sprintf("%.1f", float64(n)/(1<<20))
		return strings.TrimSuffix(s, ".0") + " MB"
	case n >= 1<<10:
		return fmt.Sprintf("%d kB", (n+1<<9)>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// localSize is sizeText in the report's language: "12 kB", "12 ko".
func localSize(l *locale.Locale, n int) string {
	switch {
	case n >= 1<<20:
		return l.T("layout.size.mb", strings.TrimSuffix(strings.TrimSuffix(l.Float(float64(n)/(1<<20), 1), "0"), l.Decimal))
	case n >= 1<<10:
		return l.T("layout.size.kb", l.Int(int64((n+1<<9)>>10)))
	}
	return l.T("layout.size.bytes", l.Int(int64(n)))
}

// rgb is a colour of 8-bit sRGB channels.
type rgb struct{ R, G, B uint8 }

// ParseAccent reads an accent colour written #RRGGBB (either case), as
// --accent takes it.
func ParseAccent(s string) (string, error) {
	c, err := parseHex(s)
	if err != nil {
		return "", err
	}
	return c.hex(), nil
}

func parseHex(s string) (rgb, error) {
	bad := fmt.Errorf("accent colour %q is not written #RRGGBB (six hexadecimal digits, for example #2f5fb3)", s)
	if len(s) != 7 || s[0] != '#' {
		return rgb{}, bad
	}
	var v [3]uint8
	for i := range v {
		hi, ok1 := hexDigit(s[1+2*i])
		lo, ok2 := hexDigit(s[2+2*i])
		if !ok1 || !ok2 {
			return rgb{}, bad
		}
		v[i] = hi<<4 | lo
	}
	return rgb{v[0], v[1], v[2]}, nil
}

func hexDigit(c byte) (uint8, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func (c rgb) hex() string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

// luminance is the WCAG 2 relative luminance of c.
func (c rgb) luminance() float64 {
	lin := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(c.R) + 0.7152*lin(c.G) + 0.0722*lin(c.B)
}

// contrast is the WCAG 2 contrast ratio of two colours, from 1 to 21.
func contrast(a, b rgb) float64 {
	la, lb := a.luminance(), b.luminance()
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// mix moves c towards target by t (0: c, 1: target), rounding each channel.
func mix(c, target rgb, t float64) rgb {
	m := func(a, b uint8) uint8 { return uint8(math.Round(float64(a)*(1-t) + float64(b)*t)) }
	return rgb{m(c.R, target.R), m(c.G, target.G), m(c.B, target.B)}
}

// WCAG 2 AA contrast minimums: text, and lines and other graphics that carry
// meaning (a focus ring, the current page's underline).
const (
	textContrast    = 4.5
	graphicContrast = 3.0
)

// theme is the part of a colour theme the accent is checked against. The
// same values are in site.css; a test keeps the two in step.
type theme struct {
	Name        string
	Paper, Tint rgb // the page, and the background of figure cards and table heads
	// Toward is where the accent moves when it lacks contrast: black on a
	// light page, white on a dark one.
	Toward rgb
}

var (
	lightTheme = theme{Name: "light", Paper: rgb{0xff, 0xff, 0xff}, Tint: rgb{0xf4, 0xf6, 0xfa}, Toward: rgb{0, 0, 0}}
	darkTheme  = theme{Name: "dark", Paper: rgb{0x14, 0x17, 0x1c}, Tint: rgb{0x1f, 0x24, 0x2c}, Toward: rgb{0xff, 0xff, 0xff}}
)

// accentUse is the accent as one theme uses it: Text for links and other
// text in the accent colour (at least 4.5:1 on the page and on the tint),
// Line for rules and underlines (at least 3:1 on the page).
type accentUse struct{ Text, Line rgb }

// fit returns the accent for th: the colour itself where it has the
// contrast, else the nearest colour towards black (light theme) or white
// (dark theme), in steps of 1 %, that has it.
func (th theme) fit(c rgb) accentUse {
	first := func(ok func(rgb) bool) rgb {
		for k := 0; k <= 100; k++ {
			if m := mix(c, th.Toward, float64(k)/100); ok(m) {
				return m
			}
		}
		return th.Toward
	}
	return accentUse{
		Text: first(func(m rgb) bool {
			return contrast(m, th.Paper) >= textContrast && contrast(m, th.Tint) >= textContrast
		}),
		Line: first(func(m rgb) bool { return contrast(m, th.Paper) >= graphicContrast }),
	}
}

// accentPalette is a given accent with its variants for both themes.
type accentPalette struct {
	Given       rgb
	Light, Dark accentUse
}

func newAccentPalette(c rgb) accentPalette {
	return accentPalette{Given: c, Light: lightTheme.fit(c), Dark: darkTheme.fit(c)}
}

// adjusted reports whether some use differs from the given colour.
func (p accentPalette) adjusted() bool {
	for _, u := range []accentUse{p.Light, p.Dark} {
		if u.Text != p.Given || u.Line != p.Given {
			return true
		}
	}
	return false
}

// css is assets/brand.css: the accent variables for both themes, with the
// same selectors as site.css so that, loaded after it, they win. The dark
// rules are for the screen only: a page always prints light.
func (p accentPalette) css() []byte {
	vars := func(u accentUse) string {
		return fmt.Sprintf("--accent: %s; --accent-text: %s;", u.Line.hex(), u.Text.hex())
	}
	var b strings.Builder
	fmt.Fprintf(&b, "/* The client's accent colour %s (socialaudit --accent), fitted to each theme. */\n", p.Given.hex())
	fmt.Fprintf(&b, ":root { %s }\n", vars(p.Light))
	fmt.Fprintf(&b, "@media screen and (prefers-color-scheme: dark) { :root:not([data-theme=\"light\"]) { %s } }\n", vars(p.Dark))
	fmt.Fprintf(&b, "@media screen { :root[data-theme=\"dark\"] { %s } }\n", vars(p.Dark))
	return []byte(b.String())
}

// branding is Meta's branding, checked.
type branding struct {
	ClientLogo, AgencyLogo *Logo
	Agency, Contact        string
	Accent                 *accentPalette // nil: the stylesheet's own
}

// newBranding checks the branding fields of meta.
func newBranding(meta Meta) (branding, error) {
	b := branding{
		ClientLogo: meta.ClientLogo, AgencyLogo: meta.AgencyLogo,
		Agency: strings.TrimSpace(meta.AgencyName), Contact: strings.TrimSpace(meta.Contact),
	}
	if err := meta.ClientLogo.check(); err != nil {
		return b, fmt.Errorf("client logo: %w", err)
	}
	if err := meta.AgencyLogo.check(); err != nil {
		return b, fmt.Errorf("agency logo: %w", err)
	}
	if meta.Accent != "" {
		c, err := parseHex(meta.Accent)
		if err != nil {
			return b, err
		}
		p := newAccentPalette(c)
		b.Accent = &p
	}
	return b, nil
}

// Paths of the branding files of a multi-file site.
const (
	brandStylesheet = "assets/brand.css"
	brandDir        = "assets/brand/"
)

func (l *Logo) path(name string) string { return brandDir + name + "." + logoExt[l.MIME] }

// files are the branding files of a multi-file site, in path order.
func (b branding) files() []File {
	var out []File
	if b.Accent != nil {
		out = append(out, File{Path: brandStylesheet, Data: b.Accent.css()})
	}
	if b.AgencyLogo != nil {
		out = append(out, File{Path: b.AgencyLogo.path("agency-logo"), Data: b.AgencyLogo.Data})
	}
	if b.ClientLogo != nil {
		out = append(out, File{Path: b.ClientLogo.path("client-logo"), Data: b.ClientLogo.Data})
	}
	return out
}

// logoView is a logo on a page.
type logoView struct {
	// Src is a path under assets/brand/, or a data: URL in a single file;
	// either way built by us from fixed parts (see Logo.dataURL).
	Src template.URL
	Alt string
}

// preparedView is the "Prepared by" line of the header and footer.
type preparedView struct {
	Label string // "Prepared by", or empty when only a contact is given
	Logo  *logoView
	Name  string
	// Contact is the free-text contact, labelled when there is no agency.
	Contact string
}

// views builds what the header and footer show of the branding.
func (b branding) views(l *locale.Locale, client string, single bool) (clientLogo *logoView, prepared *preparedView) {
	src := func(lg *Logo, name string) template.URL {
		if single {
			return lg.dataURL()
		}
		return template.URL(lg.path(name))
	}
	if b.ClientLogo != nil {
		alt := l.T("layout.logo.client.unnamed")
		if strings.TrimSpace(client) != "" {
			alt = l.T("layout.logo.client", client)
		}
		clientLogo = &logoView{Src: src(b.ClientLogo, "client-logo"), Alt: alt}
	}
	if b.Agency == "" && b.AgencyLogo == nil && b.Contact == "" {
		return clientLogo, nil
	}
	prepared = &preparedView{Name: b.Agency, Contact: b.Contact}
	if b.Agency != "" || b.AgencyLogo != nil {
		prepared.Label = l.T("layout.prepared")
	} else {
		prepared.Contact = l.T("layout.contact", b.Contact)
	}
	if b.AgencyLogo != nil {
		alt := l.T("layout.logo.agency.unnamed")
		if b.Agency != "" {
			alt = l.T("layout.logo.agency", b.Agency)
		}
		prepared.Logo = &logoView{Src: src(b.AgencyLogo, "agency-logo"), Alt: alt}
	}
	return clientLogo, prepared
}

// facts are the data page's lines about the branding: who prepared the
// report, the logos, and the accent colour with any change made to it for
// contrast.
func (b branding) facts(l *locale.Locale) []fact {
	var out []fact
	if b.Agency != "" {
		out = append(out, fact{l.T("layout.fact.agency"), b.Agency})
	}
	if b.Contact != "" {
		out = append(out, fact{l.T("layout.fact.contact"), b.Contact})
	}
	logo := func(key string, lg *Logo) {
		if lg != nil {
			out = append(out, fact{l.T(key), l.T("layout.fact.logo.desc", strings.ToUpper(logoExt[lg.MIME]), localSize(l, len(lg.Data)))})
		}
	}
	logo("layout.fact.clientlogo", b.ClientLogo)
	logo("layout.fact.agencylogo", b.AgencyLogo)
	if p := b.Accent; p != nil {
		desc := l.T("layout.fact.accent.asgiven", p.Given.hex())
		if p.adjusted() {
			desc = l.T("layout.fact.accent.adjusted", p.Given.hex(),
				p.Light.Text.hex(), p.Light.Line.hex(), p.Dark.Text.hex(), p.Dark.Line.hex())
		}
		out = append(out, fact{l.T("layout.fact.accent"), desc})
	}
	return out
}
