package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/report"
)

// configure parses a configuration text as the file path, applies it over
// the command line args, and validates the result as build does.
func configure(t *testing.T, path, text string, args ...string) (buildOptions, analyze.Options, error) {
	t.Helper()
	var o buildOptions
	fs := buildFlags(&o)
	if err := fs.Parse(args); err != nil {
		t.Fatal(err)
	}
	cfg, err := parseConfig(path, []byte(text))
	if err != nil {
		return o, analyze.Options{}, err
	}
	if err := cfg.apply(fs, &o); err != nil {
		return o, analyze.Options{}, err
	}
	opts, err := o.analyzeOptions()
	if err == nil && len(o.read.maps) == 0 { // the mapping files are not there
		_, err = o.read.importOptions(opts.Location)
	}
	return o, opts, cfg.blame(err)
}

const exampleTOML = `# Maison Brindille, Q1
client = "Maison Brindille"
tz = "Europe/Paris"
lang = "fr"
sla = "48h"
from = 2026-01-01
to = "2026-03-31"
brand = ["maisonbrindille", "@brindille_sav"]
business-hours = "08-17"
inputs = ["exports/", "/abs/extra.csv"]
map = ["maps/hootsuite.toml"]
out = "site"
`

const exampleYAML = `# Maison Brindille, Q1
client: Maison Brindille
tz: Europe/Paris
lang: fr
sla: 48h
from: 2026-01-01
to: "2026-03-31"
brand: [maisonbrindille, "@brindille_sav"]
business-hours: "08-17"
inputs:
  - exports/
  - /abs/extra.csv
map: [maps/hootsuite.toml]
out: site
`

func TestConfigSetsEveryKind(t *testing.T) {
	paris, _ := time.LoadLocation("Europe/Paris")
	for _, tc := range []struct{ path, text string }{
		{filepath.Join("clients", "brindille", "socialaudit.toml"), exampleTOML},
		{filepath.Join("clients", "brindille", "socialaudit.yaml"), exampleYAML},
		{filepath.Join("clients", "brindille", "brindille.conf"), exampleTOML}, // neither extension: TOML tried first
		{filepath.Join("clients", "brindille", "brindille.conf"), exampleYAML}, // then YAML
	} {
		o, opts, err := configure(t, tc.path, tc.text)
		if err != nil {
			t.Fatalf("%s: %v", tc.path, err)
		}
		dir := filepath.Join("clients", "brindille")
		got := []any{o.client, o.tz, o.lang, o.sla, o.from, o.to, o.brand, o.inputs, o.read.maps, o.out}
		want := []any{"Maison Brindille", "Europe/Paris", "fr", "48h", "2026-01-01", "2026-03-31",
			[]string{"maisonbrindille", "@brindille_sav"},
			[]string{filepath.Join(dir, "exports"), "/abs/extra.csv"},
			[]string{filepath.Join(dir, "maps", "hootsuite.toml")},
			filepath.Join(dir, "site")}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s:\n got %q\nwant %q", tc.path, got, want)
		}
		if opts.SLA != 48*time.Hour || opts.BusinessHours != (analyze.BusinessHours{Start: 8, End: 17}) ||
			!opts.From.Equal(time.Date(2026, 1, 1, 0, 0, 0, 0, paris)) || !opts.To.Equal(time.Date(2026, 4, 1, 0, 0, 0, 0, paris)) {
			t.Errorf("%s: options %+v", tc.path, opts)
		}
	}
}

func TestCommandLineWinsOverConfig(t *testing.T) {
	o, opts, err := configure(t, "socialaudit.toml", exampleTOML,
		"--client", "Autre", "--brand", "autre", "--business-hours", "10-19", "-o", "elsewhere", "--map", "m.toml")
	if err != nil {
		t.Fatal(err)
	}
	got := []any{o.client, o.brand, o.out, o.read.maps, o.tz, opts.BusinessHours}
	want := []any{"Autre", []string{"autre"}, "elsewhere", []string{"m.toml"}, "Europe/Paris", analyze.BusinessHours{Start: 10, End: 19}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	// In the working folder, paths stay as written.
	if !reflect.DeepEqual(o.inputs, []string{"exports/", "/abs/extra.csv"}) {
		t.Errorf("inputs %q", o.inputs)
	}
}

func TestConfigBrandPerPlatform(t *testing.T) {
	for _, tc := range []struct{ path, text string }{
		{"socialaudit.toml", `
[brand]
facebook = ["Maison Brindille"]
X = "@maisonbrindille"
instagram = ["maisonbrindille", "brindille.sav"]
`},
		{"socialaudit.yml", `
brand:
  facebook: [Maison Brindille]
  X: "@maisonbrindille"
  instagram:
    - maisonbrindille
    - brindille.sav
`},
	} {
		o, opts, err := configure(t, tc.path, tc.text, "--brand", "agency-bot")
		if err != nil {
			t.Fatalf("%s: %v", tc.path, err)
		}
		want := map[string][]string{
			"facebook":  {"Maison Brindille"},
			"x":         {"@maisonbrindille"},
			"instagram": {"maisonbrindille", "brindille.sav"},
		}
		if !reflect.DeepEqual(opts.BrandByPlatform, want) || !reflect.DeepEqual(opts.Brand, []string{"agency-bot"}) {
			t.Errorf("%s: brand %q, by platform %q", tc.path, opts.Brand, opts.BrandByPlatform)
		}
		list := []string{"agency-bot", "Maison Brindille (facebook)", "maisonbrindille (instagram)", "brindille.sav (instagram)", "@maisonbrindille (x)"}
		if got := o.brandList(); !reflect.DeepEqual(got, list) {
			t.Errorf("%s: brand list %q", tc.path, got)
		}
	}
}

// TestConfigErrors pins every message: the file, the line, the key, and
// what is wrong, all problems at once in line order.
func TestConfigErrors(t *testing.T) {
	for _, tc := range []struct {
		path, text string
		want       string
	}{
		{"socialaudit.toml", "clinet = \"Acme\"\n",
			"socialaudit.toml:1: clinet: unknown key: the keys are the long names of the build flags (see 'socialaudit help build'), and inputs"},
		{"socialaudit.toml", "\n\nas_of = \"2026-03-01\"\n",
			"socialaudit.toml:3: as_of: unknown key (did you mean as-of?)"},
		{"socialaudit.toml", "Client = \"Acme\"\n",
			"socialaudit.toml:1: Client: unknown key (did you mean client?)"},
		{"socialaudit.toml", "client = \"Acme\"\n[colours]\naccent = \"#123456\"\n",
			"socialaudit.toml:2: colours: unknown key: the keys are the long names of the build flags (see 'socialaudit help build'), and inputs"},
		{"socialaudit.toml", "client = [\"Acme\"]\n",
			"socialaudit.toml:1: client: takes one value, not a list"},
		{"socialaudit.toml", "client = true\n",
			"socialaudit.toml:1: client: want a string, not true or false"},
		{"socialaudit.toml", "brand = true\n",
			`socialaudit.toml:1: brand: want a list of strings, such as ["a", "b"], not true or false`},
		{"socialaudit.toml", "brand = [\"a\", [\"b\"]]\n",
			`socialaudit.toml:1: brand: want a list of strings, such as ["a", "b"], but an item is a list`},
		{"socialaudit.toml", "help = true\n",
			"socialaudit.toml:1: help: not an option of the report"},
		{"socialaudit.toml", "config = \"other.toml\"\n",
			"socialaudit.toml:1: config: a configuration file cannot name another one"},
		{"socialaudit.toml", "inputs = 3\n",
			`socialaudit.toml:1: inputs: want a list of paths, such as ["exports/"], not a number`},
		{"socialaudit.toml", "inputs = [\"a.csv\", \"\"]\n",
			"socialaudit.toml:1: inputs: want a list of paths (files or folders), but an item is empty"},
		{"socialaudit.toml", "client = \"Acme\"\nsla = \"soon\"\n",
			`socialaudit.toml:2: sla: "soon" is not a positive duration (for example 24h, 90m or 2d)`},
		{"socialaudit.toml", "tz = 3\n",
			`socialaudit.toml:1: tz: "3" is not an IANA time zone (for example UTC or Europe/Paris)`},
		{"socialaudit.toml", "lang = \"de\"\n",
			`socialaudit.toml:1: lang: "de" is not a report language (want en or fr)`},
		{"socialaudit.toml", "from = 2026-13-01\n",
			"socialaudit.toml:1: not valid TOML: invalid datetime: \"2026-13-01\""},
		{"socialaudit.toml", "from = 10:00:00\n",
			`socialaudit.toml:1: from: "10:00:00" is neither a date (YYYY-MM-DD) nor a time (RFC 3339 or YYYY-MM-DD HH:MM[:SS])`},
		{"socialaudit.toml", "brand = [\"@\"]\n",
			"socialaudit.toml:1: brand: needs a non-empty account name or id"},
		{"socialaudit.toml", "date-order = \"ymd\"\n",
			`socialaudit.toml:1: date-order: "ymd" is not a date order: want dmy (day first, 31/12/2026) or mdy (month first, 12/31/2026)`},
		{"socialaudit.toml", "business-hours = \"18-09\"\n",
			`socialaudit.toml:1: business-hours: "18-09" is not a window within one day: the start must be before the end, from 00 to 24 (for example 09-18)`},
		{"socialaudit.toml", "business-hours = \"9 to 5\"\n",
			`socialaudit.toml:1: business-hours: "9 to 5" is not HH-HH, whole hours from 00 to 24 (for example 09-18)`},
		{"socialaudit.toml", "[brand]\nfacebook = true\n",
			`socialaudit.toml:2: brand.facebook: want a list of account names or ids, such as ["@maisonbrindille"], not true or false`},
		{"socialaudit.toml", "[brand]\nx = [\"acme\", \"@\"]\n",
			"socialaudit.toml:2: brand.x: want account names or ids, but an item is empty"},
		{"socialaudit.toml", "client = \"Acme\"\nclient = \"Beta\"\n",
			"socialaudit.toml:2: not valid TOML: Key 'client' has already been defined."},
		// Every problem at once, in line order.
		{"socialaudit.toml", "clinet = \"Acme\"\nbrand = true\nsla = 3\n",
			"socialaudit.toml:1: clinet: unknown key: the keys are the long names of the build flags (see 'socialaudit help build'), and inputs\n" +
				`socialaudit.toml:2: brand: want a list of strings, such as ["a", "b"], not true or false`},

		{"socialaudit.yaml", "client: Acme\nclinet: Acme\n",
			"socialaudit.yaml:2: clinet: unknown key: the keys are the long names of the build flags (see 'socialaudit help build'), and inputs"},
		{"socialaudit.yaml", "client:\n",
			"socialaudit.yaml:1: client: has no value: give one (a string), or remove the key"},
		{"socialaudit.yaml", "tz: UTC\nclient:\n  - Acme\n",
			"socialaudit.yaml:3: client: takes one value, not a list"},
		{"socialaudit.yaml", "brand:\n  facebook: {name: Acme}\n",
			`socialaudit.yaml:2: brand.facebook: want a list of account names or ids, such as ["@maisonbrindille"], not a table of keys`},
		{"socialaudit.yaml", "client: A\ntz: UTC\nclient: B\n",
			"socialaudit.yaml:3: client: already given on line 1"},
		{"socialaudit.yaml", "- client\n",
			"socialaudit.yaml:1: a configuration file is a set of keys (client, tz, brand...), not a list"},
		{"socialaudit.yaml", "client: \"Acme\n",
			"socialaudit.yaml:2: not valid YAML: found unexpected end of stream"},
		{"socialaudit.yaml", "sla: soon\n",
			`socialaudit.yaml:1: sla: "soon" is not a positive duration (for example 24h, 90m or 2d)`},
		{"socialaudit.yaml", "lang: fr\nbusiness-hours: 9\n",
			`socialaudit.yaml:2: business-hours: "9" is not HH-HH, whole hours from 00 to 24 (for example 09-18)`},
		{"socialaudit.yaml", "client: Acme\n\"\": x\n",
			`socialaudit.yaml:2: "": unknown key: the keys are the long names of the build flags (see 'socialaudit help build'), and inputs`},

		{"brindille.conf", "client = \n",
			"brindille.conf is neither TOML nor YAML (name it .toml or .yaml to see only one of these):\n" +
				"  as TOML: brindille.conf:1: not valid TOML: expected value but found '\\n' instead\n" +
				"  as YAML: brindille.conf:1: a configuration file is a set of keys (client, tz, brand...), not a string"},
	} {
		_, _, err := configure(t, tc.path, tc.text)
		if err == nil {
			t.Errorf("%s %q: no error, want %s", tc.path, tc.text, tc.want)
			continue
		}
		if err.Error() != tc.want {
			t.Errorf("%s %q:\n got %s\nwant %s", tc.path, tc.text, err, tc.want)
		}
	}
}

// writeFile writes a file under dir, making its folders.
func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// copyFixture copies testdata/small into dir/sub.
func copyFixture(t *testing.T, dir, sub string) {
	t.Helper()
	for _, f := range []string{"comments.csv", "posts.csv"} {
		b, err := os.ReadFile(filepath.Join("testdata", "small", f))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, dir, filepath.Join(sub, f), string(b))
	}
}

// captureMeta records the report.Meta of the builds of a test.
func captureMeta(t *testing.T) *report.Meta {
	t.Helper()
	var got report.Meta
	orig := buildSite
	buildSite = func(res *analyze.Results, meta report.Meta) (*report.Site, error) {
		got = meta
		return orig(res, meta)
	}
	t.Cleanup(func() { buildSite = orig })
	return &got
}

// TestBuildFromConfigFound: socialaudit.toml in the working folder gives
// the inputs and the options; the report names the file.
func TestBuildFromConfigFound(t *testing.T) {
	dir := t.TempDir()
	copyFixture(t, dir, "exports")
	writeFile(t, dir, "socialaudit.toml", `client = "Acme"
tz = "Europe/Paris"
brand = ["@ACME"]
inputs = ["exports"]
out = "site"
`)
	meta := captureMeta(t)
	t.Chdir(dir)
	code, _, stderr := runCLI(t, epochEnv, "build")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	m := metrics(t, filepath.Join(dir, "site"))
	if got := dig(m, "responsiveness", "answered"); got != 2.0 {
		t.Errorf("answered = %v, want 2 (as with --brand @ACME)", got)
	}
	if dig(m, "client") != "Acme" || dig(m, "time_zone") != "Europe/Paris" {
		t.Errorf("client %v, zone %v", dig(m, "client"), dig(m, "time_zone"))
	}
	if meta.Config != "socialaudit.toml" || !reflect.DeepEqual(meta.Brand, []string{"@ACME"}) {
		t.Errorf("meta config %q, brand %q", meta.Config, meta.Brand)
	}

	// Two configuration files: which one is meant?
	writeFile(t, dir, "socialaudit.yaml", "client: Beta\n")
	code, _, stderr = runCLI(t, epochEnv, "build")
	if code != exitError || stderr != "socialaudit: socialaudit.toml and socialaudit.yaml are all in this folder: keep one, or name the one to use with --config\n" {
		t.Errorf("two files: exit %d, %q", code, stderr)
	}
}

// TestBuildWithConfigFlag: paths in the file are relative to its folder;
// [brand] per platform; business hours; a platform no input has is
// warned about.
//
// By hand, with the brand "acme" on X only: on Facebook, acme's b1 is a
// customer reply; b2 is the brand's by the export's from_brand. Customer
// comments c1, b1, c2, c3, c4 (5); answered c3 only (by b2); c1, b1 and c2
// older than 24 h at as-of (c4's time): unanswered; c4 pending. With
// business hours 08-21 (Europe/Paris) every customer comment is in hours:
// c1 Mon 10:00, b1 Mon 12:00, c2 Tue 20:00, c3 Mon 10:00, c4 Tue 08:00.
func TestBuildWithConfigFlag(t *testing.T) {
	dir := t.TempDir()
	copyFixture(t, dir, filepath.Join("client", "exports"))
	conf := writeFile(t, dir, filepath.Join("client", "audit.toml"), `tz = "Europe/Paris"
inputs = ["exports"]
out = "site"
business-hours = "08-21"

[brand]
x = ["acme"]
`)
	meta := captureMeta(t)
	t.Chdir(dir)
	code, _, stderr := runCLI(t, epochEnv, "build", "--config", filepath.Join("client", "audit.toml"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	m := metrics(t, filepath.Join(dir, "client", "site"))
	for _, c := range []struct {
		path []string
		want any
	}{
		{[]string{"responsiveness", "customer_comments"}, 5.0},
		{[]string{"responsiveness", "answered"}, 1.0},
		{[]string{"responsiveness", "unanswered"}, 3.0},
		{[]string{"responsiveness", "pending"}, 1.0},
		{[]string{"responsiveness", "in_business_hours", "customer_comments"}, 5.0},
		{[]string{"responsiveness", "out_of_business_hours", "customer_comments"}, 0.0},
	} {
		if got := dig(m, c.path...); got != c.want {
			t.Errorf("%v = %v, want %v", c.path, got, c.want)
		}
	}
	warn := "socialaudit: warning: " + filepath.Join("client", "audit.toml") + `:7: brand.x: no input has the platform "x" (the inputs' platforms: facebook)` + "\n"
	if !strings.HasPrefix(stderr, warn) {
		t.Errorf("stderr %q does not start with %q", stderr, warn)
	}
	if meta.Config != filepath.Join("client", "audit.toml") || !reflect.DeepEqual(meta.Brand, []string{"acme (x)"}) {
		t.Errorf("meta config %q, brand %q", meta.Config, meta.Brand)
	}

	// The same file with the brand on Facebook: as --brand acme.
	writeFile(t, dir, filepath.Join("client", "audit.toml"), strings.Replace(mustRead(t, conf), "x = ", "facebook = ", 1))
	code, _, stderr = runCLI(t, epochEnv, "build", "--config", conf, "--business-hours", "09-18")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	m = metrics(t, filepath.Join(dir, "client", "site"))
	if a, u, in := dig(m, "responsiveness", "answered"), dig(m, "responsiveness", "unanswered"),
		dig(m, "responsiveness", "in_business_hours", "customer_comments"); a != 2.0 || u != 1.0 || in != 2.0 {
		t.Errorf("brand on facebook: answered %v, unanswered %v, in hours %v; want 2, 1, 2", a, u, in)
	}
	if strings.Contains(stderr, "warning: "+conf) {
		t.Errorf("unexpected warning: %s", stderr)
	}
}

func mustRead(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestConfigFlagMissingFile(t *testing.T) {
	code, _, stderr := runCLI(t, noEnv, "build", "--config", filepath.Join("testdata", "nope.toml"), "testdata/small")
	want := "socialaudit: --config: stat " + filepath.Join("testdata", "nope.toml") + ": no such file or directory\n"
	if code != exitError || stderr != want {
		t.Errorf("exit %d, stderr %q, want %q", code, stderr, want)
	}
	code, _, stderr = runCLI(t, noEnv, "build", "--config", "testdata", "testdata/small")
	if code != exitError || stderr != "socialaudit: --config: testdata is a folder, not a file\n" {
		t.Errorf("folder: exit %d, stderr %q", code, stderr)
	}
}

func TestConfigErrorFromBuild(t *testing.T) {
	dir := t.TempDir()
	conf := writeFile(t, dir, "bad.yaml", "tz: Mars/Olympus\n")
	code, _, stderr := runCLI(t, noEnv, "build", "--config", conf, "-o", t.TempDir(), "testdata/small")
	want := "socialaudit: " + conf + `:1: tz: "Mars/Olympus" is not an IANA time zone (for example UTC or Europe/Paris)` + "\n"
	if code != exitError || stderr != want {
		t.Errorf("exit %d, stderr %q, want %q", code, stderr, want)
	}
	// The same value on the command line is a usage error about the flag.
	code, _, stderr = runCLI(t, noEnv, "build", "--config", conf, "--tz", "Nowhere", "-o", t.TempDir(), "testdata/small")
	if code != exitUsage || !strings.HasPrefix(stderr, `socialaudit: --tz: "Nowhere" is not an IANA time zone`) {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	// A good command-line value overrides the file's bad one.
	code, _, stderr = runCLI(t, epochEnv, "build", "--config", conf, "--tz", "UTC", "-o", t.TempDir(), "testdata/small")
	if code != 0 {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

// TestConfigFutureFlags: flags added after the configuration code (a
// switch, a logo file, and a number no build flag is yet) are configured
// with no change to it.
func TestConfigFutureFlags(t *testing.T) {
	newSet := func() (*pflag.FlagSet, *bool, *int, *string) {
		o := &buildOptions{}
		fs := buildFlags(o)
		top := fs.Int("top", 10, "how many")
		return fs, &o.singleFile, top, &o.clientLogo
	}
	fs, single, top, logo := newSet()
	cfg, err := parseConfig(filepath.Join("conf", "a.toml"), []byte("single-file = true\ntop = 3\nclient-logo = \"logo.svg\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if err := cfg.apply(fs, &buildOptions{}); err != nil {
		t.Fatal(err)
	}
	if !*single || *top != 3 || *logo != filepath.Join("conf", "logo.svg") {
		t.Errorf("single-file %v, top %d, logo %q", *single, *top, *logo)
	}
	for text, want := range map[string]string{
		"top = \"x\"\n":           `a.toml:1: top: "x" is not a number`,
		"top = 2.5\n":             `a.toml:1: top: "2.5" is not a number`,
		"single-file = \"yes\"\n": "a.toml:1: single-file: want true or false (without quotes), not a string",
		"single-file = 1\n":       "a.toml:1: single-file: want true or false (without quotes), not a number",
	} {
		fs, _, _, _ := newSet()
		cfg, err := parseConfig("a.toml", []byte(text))
		if err == nil {
			err = cfg.apply(fs, &buildOptions{})
		}
		if err == nil || err.Error() != want {
			t.Errorf("%q: %v, want %s", text, err, want)
		}
	}
}
