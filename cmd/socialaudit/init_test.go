package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/spf13/pflag"
)

func TestInitWritesOnce(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	code, stdout, stderr := runCLI(t, noEnv, "init")
	if code != 0 || stdout != "Wrote socialaudit.toml. Uncomment the options you need, then run 'socialaudit build'.\n" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if got := mustRead(t, "socialaudit.toml"); got != starter(false) {
		t.Error("socialaudit.toml is not the TOML starter")
	}
	os.WriteFile("socialaudit.toml", []byte("client = \"mine\"\n"), 0o644)
	code, _, stderr = runCLI(t, noEnv, "init")
	if code != exitError || stderr != "socialaudit: socialaudit.toml already exists: edit it, or use --force to replace it with a new starter file\n" {
		t.Errorf("exists: exit %d, stderr %q", code, stderr)
	}
	if mustRead(t, "socialaudit.toml") != "client = \"mine\"\n" {
		t.Error("an existing file was overwritten")
	}
	if code, _, stderr = runCLI(t, noEnv, "init", "--force"); code != 0 || mustRead(t, "socialaudit.toml") != starter(false) {
		t.Errorf("--force: exit %d, %s", code, stderr)
	}
	if code, _, _ = runCLI(t, noEnv, "init", filepath.Join("conf", "brindille.yml")); code != exitError {
		t.Errorf("a missing folder: exit %d", code)
	}
	os.Mkdir("conf", 0o755)
	if code, _, stderr = runCLI(t, noEnv, "init", filepath.Join("conf", "brindille.yml")); code != 0 || mustRead(t, filepath.Join("conf", "brindille.yml")) != starter(true) {
		t.Errorf("YAML: exit %d, %s", code, stderr)
	}
	code, _, stderr = runCLI(t, noEnv, "init", "a.toml", "b.toml")
	if code != exitUsage || !strings.HasPrefix(stderr, "socialaudit: init writes one FILE, not 2\n") {
		t.Errorf("two files: exit %d, stderr %q", code, stderr)
	}
	code, stdout, _ = runCLI(t, noEnv, "help", "init")
	if code != 0 || !strings.Contains(stdout, "Usage: socialaudit init [flags] [FILE]") || !strings.Contains(stdout, "-f, --force") {
		t.Errorf("help init: exit %d, %q", code, stdout)
	}
}

// uncomment removes the "# " before the lines that start with one of the
// prefixes.
func uncomment(text string, prefixes ...string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		for _, p := range prefixes {
			if strings.HasPrefix(l, "# "+p) {
				lines[i] = strings.TrimPrefix(l, "# ")
			}
		}
	}
	return strings.Join(lines, "\n")
}

// TestStarterYieldsDefaults: the starter mentions every build flag once,
// with its default; uncommented, each line sets the flag to its default;
// the examples parse.
func TestStarterYieldsDefaults(t *testing.T) {
	for _, tc := range []struct {
		name string
		yaml bool
		sep  string
	}{{"socialaudit.toml", false, " = "}, {"socialaudit.yaml", true, ": "}} {
		text := starter(tc.yaml)
		var names, keys []string
		var defaults buildOptions
		buildFlags(&defaults).VisitAll(func(f *pflag.Flag) {
			if f.Name == "help" || f.Name == "config" || f.Name == "threshold" { // threshold: the [thresholds] table
				return
			}
			names = append(names, f.Name)
			keys = append(keys, f.Name+tc.sep)
			if n := strings.Count(text, "\n# "+f.Name+tc.sep); n != 1 {
				t.Errorf("%s: --%s mentioned %d times", tc.name, f.Name, n)
			}
		})
		if len(names) < 11 {
			t.Fatalf("only %d flags: %v", len(names), names)
		}

		// As written, everything commented out: nothing is set.
		o, _, err := configure(t, tc.name, text)
		if err != nil {
			t.Fatalf("%s as written: %v", tc.name, err)
		}
		if !reflect.DeepEqual(o, defaults) {
			t.Errorf("%s as written: %+v, want the defaults %+v", tc.name, o, defaults)
		}

		// Every option uncommented: still the defaults.
		var set buildOptions
		fs := buildFlags(&set)
		cfg, err := parseConfig(tc.name, []byte(uncomment(text, keys...)))
		if err != nil {
			t.Fatalf("%s uncommented: %v", tc.name, err)
		}
		if len(cfg.entries) != len(names) {
			t.Errorf("%s uncommented: %d keys, want %d", tc.name, len(cfg.entries), len(names))
		}
		if err := cfg.apply(fs, &set); err != nil {
			t.Fatalf("%s uncommented: %v", tc.name, err)
		}
		fs.VisitAll(func(f *pflag.Flag) {
			if got := f.Value.String(); got != f.DefValue {
				t.Errorf("%s uncommented: %s = %q, want the default %q", tc.name, f.Name, got, f.DefValue)
			}
		})
		if !reflect.DeepEqual(set, defaults) {
			t.Errorf("%s uncommented: %+v, want the defaults %+v", tc.name, set, defaults)
		}
		if _, err := set.analyzeOptions(); err != nil {
			t.Errorf("%s uncommented: %v", tc.name, err)
		}

		// The examples: inputs and brand accounts per platform.
		i := strings.Index(text, "# Brand accounts per platform")
		head, tail, ok := text[:max(i, 0)], text[max(i, 0):], i >= 0
		if !ok {
			t.Fatalf("%s: no brand example", tc.name)
		}
		examples := uncomment(head, "inputs") + uncomment(tail, "[brand]", "brand:", "  ", "facebook", "instagram", "x =", "linkedin")
		o, opts, err := configure(t, tc.name, examples)
		if err != nil {
			t.Fatalf("%s examples: %v", tc.name, err)
		}
		want := map[string][]string{"facebook": {"Maison Brindille"}, "instagram": {"maisonbrindille"},
			"x": {"@maisonbrindille"}, "linkedin": {"Maison Brindille"}}
		if !reflect.DeepEqual(opts.BrandByPlatform, want) || !reflect.DeepEqual(o.inputs, []string{"exports/"}) {
			t.Errorf("%s examples: brand %q, inputs %q", tc.name, opts.BrandByPlatform, o.inputs)
		}
	}
}

func TestQuote(t *testing.T) {
	for in, want := range map[string]string{
		"":              `""`,
		`a "b" \c`:      `"a \"b\" \\c"`,
		"tab\there\x7f": `"tab\u0009here\u007F"`,
		"Brindille été": `"Brindille été"`,
	} {
		if got := quote(in); got != want {
			t.Errorf("quote(%q) = %s, want %s", in, got, want)
		}
		// Both syntaxes read it back.
		for _, name := range []string{"q.toml", "q.yaml"} {
			sep := " = "
			if name == "q.yaml" {
				sep = ": "
			}
			cfg, err := parseConfig(name, []byte("client"+sep+quote(in)+"\n"))
			if err != nil || cfg.entries[0].value.text != in {
				t.Errorf("%s: %q read back as %+v, %v", name, in, cfg, err)
			}
		}
	}
}

// TestStarterValue covers the kinds of flags build may gain.
func TestStarterValue(t *testing.T) {
	fs := pflag.NewFlagSet("x", pflag.ContinueOnError)
	fs.Bool("single-file", false, "")
	fs.Int("top", 10, "")
	fs.Float64("ratio", 0.5, "")
	fs.Duration("wait", 0, "")
	fs.StringArray("tag", []string{"a", `b"c`}, "")
	fs.String("accent", "#1f6feb", "")
	want := map[string]string{"single-file": "false", "top": "10", "ratio": "0.5", "wait": `"0s"`,
		"tag": `["a", "b\"c"]`, "accent": `"#1f6feb"`}
	fs.VisitAll(func(f *pflag.Flag) {
		if got := starterValue(f); got != want[f.Name] {
			t.Errorf("%s: %s, want %s", f.Name, got, want[f.Name])
		}
	})
}
