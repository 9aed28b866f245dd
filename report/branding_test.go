package report

import (
	"bytes"
	"fmt"
	"html/template"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"math"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/report/internal/locale"
	"github.com/socialaudit/socialaudit/report/recommend"
)

// testImage is a 3×2 image with some colour.
func testImage() image.Image {
	img := image.NewRGBA(image.Rect(0, 0, 3, 2))
	img.Set(1, 1, color.RGBA{0x1b, 0x6e, 0x5a, 0xff})
	return img
}

func encodeImage(t *testing.T, format string) []byte {
	t.Helper()
	var b bytes.Buffer
	var err error
	switch format {
	case "png":
		err = png.Encode(&b, testImage())
	case "jpeg":
		err = jpeg.Encode(&b, testImage(), nil)
	case "gif":
		err = gif.Encode(&b, testImage(), nil)
	}
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// webpHeader is the start of a lossless WebP file: RIFF, size, WEBP, VP8L.
var webpHeader = []byte("RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00\x2f\x02\x00\x00\x00")

const goodSVG = `<?xml version="1.0" encoding="UTF-8"?>
<!-- a logo -->
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/><script>alert(1)</script></svg>
`

func TestNewLogo(t *testing.T) {
	pngData := encodeImage(t, "png")
	for _, tc := range []struct {
		name     string
		data     []byte
		mime     string // when accepted
		errWants string // when refused
	}{
		{"png", pngData, "image/png", ""},
		{"jpeg", encodeImage(t, "jpeg"), "image/jpeg", ""},
		{"gif", encodeImage(t, "gif"), "image/gif", ""},
		{"webp", webpHeader, "image/webp", ""},
		{"svg", []byte(goodSVG), "image/svg+xml", ""},
		{"svg with BOM and blank lines", []byte("\xef\xbb\xbf\n\n" + goodSVG), "image/svg+xml", ""},
		{"svg without declaration", []byte(`<svg xmlns="http://www.w3.org/2000/svg"/>`), "image/svg+xml", ""},

		{"empty", nil, "", "empty"},
		{"text", []byte("Maison Brindille"), "", "not a PNG, JPEG, GIF, WebP or SVG image"},
		{"pdf", []byte("%PDF-1.7\n..."), "", "not a PNG, JPEG, GIF, WebP or SVG image"},
		{"html", []byte("<!DOCTYPE html><html><body><img src=x onerror=alert(1)></body></html>"), "", "root element is <html>"},
		{"xhtml", []byte(`<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>`), "", "root element is <html>, not an SVG image"},
		{"svg without namespace", []byte(`<svg viewBox="0 0 1 1"></svg>`), "", `lacks xmlns="http://www.w3.org/2000/svg"`},
		{"broken svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg"><g></svg>`), "", "not a well-formed SVG"},
		{"svg in latin-1", []byte("<svg xmlns=\"http://www.w3.org/2000/svg\"><title>caf\xe9</title></svg>"), "", "must be UTF-8"},
		{"xml without element", []byte(`<?xml version="1.0"?>`), "", "no element"},
		{"truncated png", pngData[:12], "", "not a valid PNG image"},
		{"jpeg signature only", []byte("\xff\xd8\xff\xe0"), "", "not a valid JPEG image"},
		{"webp of another chunk", []byte("RIFF\x1a\x00\x00\x00WEBPABCD"), "", "first chunk is not VP8"},
		{"too big", append(append([]byte(nil), pngData...), make([]byte, MaxLogoSize)...), "", "a logo may be at most 2 MB"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l, err := NewLogo(tc.data)
			if tc.errWants != "" {
				if err == nil || !strings.Contains(err.Error(), tc.errWants) {
					t.Fatalf("NewLogo: error %v, want one containing %q", err, tc.errWants)
				}
				return
			}
			if err != nil {
				t.Fatalf("NewLogo: %v", err)
			}
			if l.MIME != tc.mime {
				t.Errorf("MIME %q, want %q", l.MIME, tc.mime)
			}
		})
	}
}

func TestSizeText(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want string
	}{
		{0, "0 bytes"}, {1023, "1023 bytes"}, {1024, "1 kB"}, {1536, "2 kB"}, {512 << 10, "512 kB"},
		{2 << 20, "2 MB"}, {2<<20 + 1, "2 MB"}, {3<<20 + 100<<10, "3.1 MB"},
	} {
		if got := sizeText(tc.n); got != tc.want {
			t.Errorf("sizeText(%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
}

func TestParseAccent(t *testing.T) {
	for in, want := range map[string]string{"#1B6E5A": "#1b6e5a", "#000000": "#000000", "#fFfFfF": "#ffffff"} {
		got, err := ParseAccent(in)
		if err != nil || got != want {
			t.Errorf("ParseAccent(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"", "1b6e5a", "#1b6e5", "#1b6e5a0", "#fff", "red", "#GG0000", " #1b6e5a", "#1b6e5a;}", "rgb(1,2,3)"} {
		if _, err := ParseAccent(in); err == nil || !strings.Contains(err.Error(), "#RRGGBB") {
			t.Errorf("ParseAccent(%q): error %v, want one naming #RRGGBB", in, err)
		}
	}
}

// TestContrast checks the WCAG formula against published values (WebAIM's
// contrast checker: #767676 and #777777 on white).
func TestContrast(t *testing.T) {
	white, black := rgb{255, 255, 255}, rgb{0, 0, 0}
	for _, tc := range []struct {
		a, b rgb
		want float64
	}{
		{white, black, 21},
		{black, white, 21},
		{white, white, 1},
		{rgb{0x76, 0x76, 0x76}, white, 4.54},
		{rgb{0x77, 0x77, 0x77}, white, 4.48},
		{rgb{0xff, 0, 0}, white, 4.00},
		{rgb{0, 0, 0xff}, white, 8.59},
	} {
		if got := contrast(tc.a, tc.b); math.Abs(got-tc.want) > 0.005 {
			t.Errorf("contrast(%s, %s) = %.3f, want %.2f", tc.a.hex(), tc.b.hex(), got, tc.want)
		}
	}
}

// TestAccentFit checks that each variant has the contrast it needs, moves
// only towards black (light theme) or white (dark theme), and is the
// nearest step that has it: one step less would not.
func TestAccentFit(t *testing.T) {
	ok := map[string]func(th theme, c rgb) bool{
		"text": func(th theme, c rgb) bool { return contrast(c, th.Paper) >= 4.5 && contrast(c, th.Tint) >= 4.5 },
		"line": func(th theme, c rgb) bool { return contrast(c, th.Paper) >= 3 },
	}
	for _, hex := range []string{"#2f5fb3", "#1b6e5a", "#ffcc00", "#ffffff", "#000000", "#e4002b", "#7f7f7f"} {
		c, _ := parseHex(hex)
		p := newAccentPalette(c)
		for _, th := range []theme{lightTheme, darkTheme} {
			use := p.Light
			if th.Name == "dark" {
				use = p.Dark
			}
			for kind, got := range map[string]rgb{"text": use.Text, "line": use.Line} {
				if !ok[kind](th, got) {
					t.Errorf("%s, %s theme, %s: %s lacks the contrast", hex, th.Name, kind, got.hex())
				}
				k := -1
				for i := 0; i <= 100; i++ {
					if mix(c, th.Toward, float64(i)/100) == got {
						k = i
						break
					}
				}
				if k < 0 {
					t.Errorf("%s, %s theme, %s: %s is not the colour moved towards %s", hex, th.Name, kind, got.hex(), th.Toward.hex())
					continue
				}
				if k > 0 && ok[kind](th, mix(c, th.Toward, float64(k-1)/100)) {
					t.Errorf("%s, %s theme, %s: moved %d %% where %d %% was enough", hex, th.Name, kind, k, k-1)
				}
			}
		}
	}
	// Hand-checked cases: the default blue needs no change on the light
	// theme (6.4:1 on white); pure yellow must darken there; black must
	// lighten on the dark theme.
	blue, _ := parseHex("#2f5fb3")
	if p := newAccentPalette(blue); p.Light.Text != blue || p.Light.Line != blue {
		t.Errorf("#2f5fb3 changed on the light theme: %+v", p.Light)
	}
	yellow, _ := parseHex("#ffcc00")
	if p := newAccentPalette(yellow); p.Light.Text == yellow || !p.adjusted() {
		t.Error("#ffcc00 kept for text on white (1.6:1)")
	}
	if p := newAccentPalette(rgb{}); p.Dark.Text == (rgb{}) {
		t.Error("#000000 kept for text on the dark theme")
	}
}

// cssBlock returns the declarations of the first rule of css whose
// selector is exactly sel, as name -> value.
func cssBlock(t *testing.T, css, sel string) map[string]string {
	t.Helper()
	i := strings.Index(css, sel+" {")
	if i < 0 {
		t.Fatalf("site.css has no %q rule", sel)
	}
	body := css[i+len(sel)+2:]
	body = body[:strings.IndexByte(body, '}')]
	out := map[string]string{}
	for _, decl := range strings.Split(body, ";") {
		name, value, ok := strings.Cut(strings.TrimSpace(decl), ":")
		if ok && strings.HasPrefix(name, "--") {
			out[name] = strings.TrimSpace(value)
		}
	}
	return out
}

// TestPaletteContrast reads the themes from site.css and checks each pair
// of colours a page shows together against WCAG AA: 4.5:1 for text, 3:1
// for lines that carry meaning (focus ring, current-page underline, form
// borders). It also keeps --paper and --tint in step with branding.go,
// which fits the accent colour to them.
func TestPaletteContrast(t *testing.T) {
	b, err := os.ReadFile("../templates/assets/site.css")
	if err != nil {
		t.Fatal(err)
	}
	css := string(b)
	light := cssBlock(t, css, ":root")
	dark := cssBlock(t, css, `:root[data-theme="dark"]`)
	system := cssBlock(t, css, `:root:not([data-theme="light"])`)
	if fmt.Sprint(dark) != fmt.Sprint(system) {
		t.Errorf("the dark theme chosen differs from the dark theme of the system:\n%v\n%v", dark, system)
	}
	hexRE := regexp.MustCompile(`^#[0-9a-f]{6}$`)
	for _, tc := range []struct {
		th   theme
		vars map[string]string
	}{{lightTheme, light}, {darkTheme, dark}} {
		col := func(name string) rgb {
			v := tc.vars[name]
			if !hexRE.MatchString(v) {
				t.Fatalf("%s theme: %s is %q, not #rrggbb", tc.th.Name, name, v)
			}
			c, _ := parseHex(v)
			return c
		}
		if col("--paper") != tc.th.Paper || col("--tint") != tc.th.Tint {
			t.Errorf("%s theme: --paper %s, --tint %s in site.css; branding.go has %s, %s",
				tc.th.Name, col("--paper").hex(), col("--tint").hex(), tc.th.Paper.hex(), tc.th.Tint.hex())
		}
		for _, fg := range []string{"--ink", "--muted", "--accent-text", "--critical", "--warning", "--info", "--better"} {
			for _, bg := range []string{"--paper", "--tint"} {
				if c := contrast(col(fg), col(bg)); c < textContrast {
					t.Errorf("%s theme: text %s on %s: %.2f:1, under 4.5:1", tc.th.Name, fg, bg, c)
				}
			}
		}
		for _, fg := range []string{"--accent", "--focus", "--rule", "--critical", "--warning", "--info"} {
			for _, bg := range []string{"--paper", "--tint"} {
				if c := contrast(col(fg), col(bg)); c < graphicContrast {
					t.Errorf("%s theme: line %s on %s: %.2f:1, under 3:1", tc.th.Name, fg, bg, c)
				}
			}
		}
		// The stylesheet's own accent is what fitting it would give.
		if p := tc.th.fit(col("--accent-text")); p.Text != col("--accent-text") {
			t.Errorf("%s theme: --accent-text %s would be fitted to %s", tc.th.Name, col("--accent-text").hex(), p.Text.hex())
		}
	}
}

// brandedMeta is fixtureMeta with every branding field set.
func brandedMeta(t *testing.T) Meta {
	t.Helper()
	meta := fixtureMeta()
	client, err := NewLogo([]byte(goodSVG))
	if err != nil {
		t.Fatal(err)
	}
	agency, err := NewLogo(encodeImage(t, "png"))
	if err != nil {
		t.Fatal(err)
	}
	meta.ClientLogo, meta.AgencyLogo = client, agency
	meta.AgencyName = "Agence Lumière"
	meta.Contact = "Jeanne Martin · 01 23 45 67 89"
	meta.Accent = "#FFCC00"
	return meta
}

func TestBranding(t *testing.T) {
	meta := brandedMeta(t)
	site, err := Build(fixture(), meta)
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	for path, want := range map[string][]byte{
		"assets/brand/client-logo.svg": meta.ClientLogo.Data,
		"assets/brand/agency-logo.png": meta.AgencyLogo.Data,
	} {
		if f := site.File(path); f == nil || !bytes.Equal(f.Data, want) {
			t.Errorf("%s missing or not the logo's bytes", path)
		}
	}
	css := site.File("assets/brand.css")
	if css == nil {
		t.Fatal("no assets/brand.css")
	}
	p := newAccentPalette(rgb{0xff, 0xcc, 0x00})
	for _, want := range []string{
		":root { --accent: " + p.Light.Line.hex() + "; --accent-text: " + p.Light.Text.hex() + "; }",
		`:root[data-theme="dark"] { --accent: ` + p.Dark.Line.hex() + "; --accent-text: " + p.Dark.Text.hex() + "; }",
		`:root:not([data-theme="light"]) { --accent: ` + p.Dark.Line.hex(),
	} {
		if !strings.Contains(string(css.Data), want) {
			t.Errorf("brand.css lacks %q:\n%s", want, css.Data)
		}
	}
	for _, f := range site.Files {
		if !strings.HasSuffix(f.Path, ".html") {
			continue
		}
		s := string(f.Data)
		for _, want := range []string{
			`<link rel="stylesheet" href="assets/site.css">` + "\n" + `<link rel="stylesheet" href="assets/brand.css">`,
			`<img class="client-logo" src="assets/brand/client-logo.svg" alt="Maison Dupont logo">`,
			`<p class="prepared"><span class="prepared-label">Prepared by</span> <img class="agency-logo" src="assets/brand/agency-logo.png" alt="Agence Lumière logo"> <span class="agency">Agence Lumière</span></p>`,
			`<p class="contact">Jeanne Martin · 01 23 45 67 89</p>`,
		} {
			if !strings.Contains(s, want) {
				t.Errorf("%s lacks %q", f.Path, want)
			}
		}
		if n := strings.Count(s, `<p class="prepared">`); n != 2 {
			t.Errorf("%s: the agency shows %d times, want 2 (header and footer)", f.Path, n)
		}
		if n := strings.Count(s, `<img class="agency-logo"`); n != 1 {
			t.Errorf("%s: the agency logo shows %d times, want once (header)", f.Path, n)
		}
		if strings.Contains(s, "<svg") {
			t.Errorf("%s: an SVG is inlined into the page; logos go through <img> only", f.Path)
		}
	}
	data := string(site.File("data.html").Data)
	for _, want := range []string{
		"<dt>Prepared by</dt>\n<dd>Agence Lumière</dd>",
		"<dt>Contact</dt>\n<dd>Jeanne Martin · 01 23 45 67 89</dd>",
		"<dt>Client logo</dt>\n<dd>SVG image, ",
		"<dt>Agency logo</dt>\n<dd>PNG image, ",
		"<dt>Accent colour</dt>\n<dd>#ffcc00 given. So that text and lines in that colour stay legible",
		"the light theme uses " + p.Light.Text.hex() + " for text and " + p.Light.Line.hex() + " for lines",
	} {
		if !strings.Contains(data, want) {
			t.Errorf("data.html lacks %q", want)
		}
	}

	// Without branding, nothing of it shows.
	plain := buildFixture(t)
	for _, f := range plain.Files {
		if strings.HasPrefix(f.Path, "assets/brand") {
			t.Errorf("%s written without branding", f.Path)
		}
		if s := string(f.Data); strings.HasSuffix(f.Path, ".html") &&
			(strings.Contains(s, "brand.css") || strings.Contains(s, `class="prepared"`) || strings.Contains(s, "<img")) {
			t.Errorf("%s shows branding that was not given", f.Path)
		}
	}
}

// TestBrandingOnlyContact: a contact alone is labelled, with no "Prepared
// by" line.
func TestBrandingOnlyContact(t *testing.T) {
	meta := fixtureMeta()
	meta.Contact = "hello@example.org"
	site, err := Build(fixture(), meta)
	if err != nil {
		t.Fatal(err)
	}
	s := string(site.File("index.html").Data)
	if !strings.Contains(s, `<p class="contact">Contact: hello@example.org</p>`) || strings.Contains(s, `class="prepared"`) {
		t.Errorf("contact alone shown wrong:\n%s", s[:strings.Index(s, "</header>")])
	}
}

func TestBrandingHostile(t *testing.T) {
	res, meta := hostileFixture()
	meta.ClientLogo, _ = NewLogo([]byte(goodSVG))
	site, err := Build(res, meta)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"index.html", "data.html"} {
		s := string(site.File(name).Data)
		for _, want := range []string{
			escapeIn(t, `<span class="agency">{{.}}</span>`, "agency "+hostileAll),
			escapeIn(t, `<p class="contact">{{.}}</p>`, "contact "+hostileAll),
			// The alt text is a sentence around the name: the name is
			// isolated from it (locale.Isolate).
			escapeIn(t, `<img class="client-logo" src="x" alt="{{.}}">`, locale.Isolate("client "+hostileAll)+" logo")[len(`<img class="client-logo" src="x" `):],
		} {
			if !strings.Contains(s, want) {
				t.Errorf("%s lacks the escaped %.200q", name, want)
			}
		}
	}
}

func TestBrandingErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		set  func(*Meta)
		want string
	}{
		{"accent", func(m *Meta) { m.Accent = "teal" }, `accent colour "teal" is not written #RRGGBB`},
		{"accent with CSS", func(m *Meta) { m.Accent = "#000000; } body { display: none" }, "#RRGGBB"},
		{"client logo type", func(m *Meta) { m.ClientLogo = &Logo{Data: []byte(goodSVG), MIME: "image/png"} }, `client logo: the image is image/svg+xml, not "image/png"`},
		{"agency logo bytes", func(m *Meta) { m.AgencyLogo = &Logo{Data: []byte("GIF89a"), MIME: "image/gif"} }, "agency logo: not a valid GIF image"},
		{"language", func(m *Meta) { m.Lang = "de" }, "de"},
	} {
		meta := fixtureMeta()
		tc.set(&meta)
		_, err := Build(fixture(), meta)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: Build error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
}

func TestLocalSize(t *testing.T) {
	en, _ := locale.For("en")
	fr, _ := locale.For("fr")
	for _, tc := range []struct {
		n      int
		en, fr string
	}{
		{364, "364 bytes", "364\u00a0octets"},
		{1536, "2 kB", "2\u00a0ko"},
		{1234 << 10, "1.2 MB", "1,2\u00a0Mo"},
		{2 << 20, "2 MB", "2\u00a0Mo"},
		{3<<20 + 100<<10, "3.1 MB", "3,1\u00a0Mo"},
	} {
		if got := localSize(en, tc.n); got != tc.en {
			t.Errorf("en %d: %q, want %q", tc.n, got, tc.en)
		}
		if got := localSize(fr, tc.n); got != tc.fr {
			t.Errorf("fr %d: %q, want %q", tc.n, got, tc.fr)
		}
	}
}

// TestFrameInFrench: the words of the frame follow Meta.Lang.
func TestFrameInFrench(t *testing.T) {
	// The recommendations' own French is not this test's business.
	saveB, saveM := buildRecommendations, buildMethodology
	t.Cleanup(func() { buildRecommendations, buildMethodology = saveB, saveM })
	buildRecommendations = func(*analyze.Results, recommend.Options) ([]recommend.Recommendation, error) { return nil, nil }
	buildMethodology = func(*analyze.Results, recommend.Options) (template.HTML, error) { return "", nil }
	meta := brandedMeta(t)
	meta.Lang = "fr"
	site, err := Build(fixture(), meta)
	if err != nil {
		t.Fatal(err)
	}
	s := string(site.File("data.html").Data)
	for _, want := range []string{
		`<a class="skip-link" href="#main">Aller au contenu</a>`,
		`<label for="theme-choice">Thème</label>`,
		`<option value="system">Selon le système</option>`,
		`<option value="light">Clair</option>`,
		`<option value="dark">Sombre</option>`,
		"alt=\"Logo\u00a0: Maison Dupont\"",
		`<span class="prepared-label">Réalisé par</span>`,
		"<dt>Logo du client</dt>\n<dd>image SVG de ",
		"<dt>Couleur d’accent</dt>\n<dd>#ffcc00 fournie. Pour que les textes",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("data.html in French lacks %q", want)
		}
	}
}

func TestBrandingIsDeterministic(t *testing.T) {
	meta := brandedMeta(t)
	a, err := Build(fixture(), meta)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Build(fixture(), meta)
	if len(a.Files) != len(b.Files) {
		t.Fatalf("%d files, then %d", len(a.Files), len(b.Files))
	}
	for i := range a.Files {
		if a.Files[i].Path != b.Files[i].Path || !bytes.Equal(a.Files[i].Data, b.Files[i].Data) {
			t.Errorf("%s differs between two builds", a.Files[i].Path)
		}
	}
}
