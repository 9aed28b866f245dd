package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/spf13/pflag"
)

// defaultConfig is the file init writes when given none.
const defaultConfig = "socialaudit.toml"

func initFlags(force, help *bool) *pflag.FlagSet {
	fs := pflag.NewFlagSet("init", pflag.ContinueOnError)
	fs.BoolVarP(force, "force", "f", false, "replace FILE if it exists")
	fs.BoolVarP(help, "help", "h", false, "show this help")
	fs.SortFlags = false
	fs.SetOutput(io.Discard)
	return fs
}

func initUsage() string {
	var force, help bool
	return `Usage: socialaudit init [flags] [FILE]

Writes a commented starter configuration file, FILE (default
socialaudit.toml; YAML when FILE ends in .yaml or .yml), listing every
option of build with its default, commented out, every threshold of
'socialaudit help thresholds' with its default, and examples of brand
accounts per platform. Uncomment what you need. build reads
socialaudit.toml or socialaudit.yaml from the folder it runs in, or the
file given by --config; flags on the command line win over the file.

Flags:
` + initFlags(&force, &help).FlagUsages() + `
Exit status: 0 on success, 2 on a usage error, 1 on any other error
(FILE exists without --force, or cannot be written).
`
}

// initConfig writes a starter configuration file.
func initConfig(args []string, stdout io.Writer) error {
	var force, help bool
	flags := initFlags(&force, &help)
	if err := flags.Parse(args); err != nil {
		return usageError{err}
	}
	if help {
		_, err := io.WriteString(stdout, initUsage())
		return err
	}
	if flags.NArg() > 1 {
		return usagef("init writes one FILE, not %d", flags.NArg())
	}
	name := defaultConfig
	if flags.NArg() == 1 {
		name = flags.Arg(0)
	}
	ext := strings.ToLower(filepath.Ext(name))
	text := starter(ext == ".yaml" || ext == ".yml")
	mode := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	if !force {
		mode |= os.O_EXCL
	}
	f, err := os.OpenFile(name, mode, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s already exists: edit it, or use --force to replace it with a new starter file", name)
	}
	if err != nil {
		return err
	}
	if _, err := io.WriteString(f, text); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	_, err = fmt.Fprintf(stdout, "Wrote %s. Uncomment the options you need, then run 'socialaudit build'.\n", name)
	return err
}

// starter is the text of a starter configuration file, TOML or YAML: every
// build flag, from the flag set itself so that none is forgotten, with its
// help and its default, commented out.
func starter(yamlSyntax bool) string {
	var o buildOptions
	set := buildFlags(&o)
	var b strings.Builder
	kv := func(key, value string) string {
		if yamlSyntax {
			return key + ": " + value
		}
		return key + " = " + value
	}
	b.WriteString(`# socialaudit configuration: the options of 'socialaudit build'.
#
# build reads socialaudit.toml (or socialaudit.yaml) in the folder it runs
# in, or the file given by --config. Each key is the long name of a build
# flag (see 'socialaudit help build'); a flag given on the command line wins
# over this file. Relative paths are relative to this file's folder.
#
# Every option below is commented out and shows its default: remove the "# "
# before a key to set it. An empty string leaves the default.

# The exports to read (files, or folders of them) when the command line
# gives no PATH.
`)
	b.WriteString("# " + kv(inputsKey, `["exports/"]`) + "\n")
	set.VisitAll(func(f *pflag.Flag) {
		if f.Name == "help" || f.Name == "config" || f.Name == "threshold" || f.Hidden || f.Deprecated != "" {
			return
		}
		_, usage := pflag.UnquoteUsage(f)
		b.WriteString("\n")
		for i, line := range strings.Split(usage, "\n") {
			if i == 0 {
				line = capitalize(line)
			}
			b.WriteString("# " + strings.TrimSpace(line) + "\n")
		}
		b.WriteString("# " + kv(f.Name, starterValue(f)) + "\n")
	})
	b.WriteString(starterThresholds(yamlSyntax))
	b.WriteString(`
# Brand accounts per platform: these names count as the brand on that
# platform only (a handle that is the brand on X may be a customer's name
# on Facebook). Platforms as socialaudit names them: facebook, instagram,
# x, linkedin... The brand key above applies to every platform; a file
# has one or the other. --brand on the command line replaces the brand key
# and adds to this table.
`)
	if yamlSyntax {
		b.WriteString(`# brand:
#   facebook: ["Maison Brindille"]
#   instagram: ["maisonbrindille"]
#   x: ["@maisonbrindille"]
#   linkedin: ["Maison Brindille"]
`)
	} else {
		b.WriteString(`# [brand]
# facebook = ["Maison Brindille"]
# instagram = ["maisonbrindille"]
# x = ["@maisonbrindille"]
# linkedin = ["Maison Brindille"]
`)
	}
	return b.String()
}

// starterValue writes a flag's default as a value of the file: a list for
// a repeatable flag, a bare boolean or number, else a quoted string. The
// same text is valid TOML and YAML.
func starterValue(f *pflag.Flag) string {
	if sv, ok := f.Value.(pflag.SliceValue); ok {
		items := sv.GetSlice()
		quoted := make([]string, len(items))
		for i, s := range items {
			quoted[i] = quote(s)
		}
		return "[" + strings.Join(quoted, ", ") + "]"
	}
	switch wantOf(f) {
	case "true or false", "a number":
		return f.DefValue
	}
	return quote(f.DefValue)
}

// quote writes s as a double-quoted string that TOML and YAML read alike.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case unicode.IsControl(r):
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// capitalize upper-cases the first letter of a flag's help, which is
// written to follow the flag's name.
func capitalize(s string) string {
	r := []rune(s)
	if len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
	}
	return string(r)
}
