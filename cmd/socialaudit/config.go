package main

// A configuration file (socialaudit.toml or socialaudit.yaml) supplies the
// options of build. Its keys are the long names of build's flags, applied
// to the flag set generically, so that every flag is configurable the day
// it is added; flags given on the command line win. Four keys are more
// than a flag: inputs (the PATHs), brand as a table (brand accounts per
// platform), thresholds (a table of --threshold values, thresholds.go)
// and config itself (not allowed).

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/spf13/pflag"
	yaml "go.yaml.in/yaml/v3"
)

// configNames are the files build reads from the working folder when
// --config is not given.
var configNames = []string{"socialaudit.toml", "socialaudit.yaml", "socialaudit.yml"}

// inputsKey is the key of the PATHs to read, used when the command line
// gives none.
const inputsKey = "inputs"

// valueKind is the type of a value in a configuration file, whichever its
// syntax.
type valueKind int

const (
	kindString valueKind = iota
	kindNumber
	kindBool
	kindDate
	kindNull
	kindList
	kindTable
)

func (k valueKind) String() string {
	switch k {
	case kindString:
		return "a string"
	case kindNumber:
		return "a number"
	case kindBool:
		return "true or false"
	case kindDate:
		return "a date"
	case kindNull:
		return "nothing"
	case kindList:
		return "a list"
	}
	return "a table of keys"
}

// scalar reports whether a value of this kind reads as one piece of text.
func (k valueKind) scalar() bool {
	return k == kindString || k == kindNumber || k == kindDate
}

// cfgValue is one value of a configuration file.
type cfgValue struct {
	line int
	kind valueKind
	// text is a scalar as flag text: a string as is, a number in its
	// shortest form, a TOML date as YYYY-MM-DD (a date and time as
	// YYYY-MM-DD HH:MM:SS, or RFC 3339 with its offset), true or false.
	text  string
	items []cfgValue // kindList
	keys  []cfgEntry // kindTable, in file order
}

// cfgEntry is one key of a table with its value; line is the key's line.
type cfgEntry struct {
	key   string
	line  int
	value cfgValue
}

// config is a configuration file as read.
type config struct {
	// path is the file as given to --config or as found in the working
	// folder; messages and the report's data page name it so.
	path    string
	entries []cfgEntry // the top level, in file order
	// set maps each flag the file set (not given on the command line) to
	// its line, so that a value found wrong later is blamed on the file.
	set map[string]int
	// brandLines maps each platform of the [brand] table to its line.
	brandLines map[string]int
}

// cfgProblems collects the problems of a file, to report them all at once,
// in line order: a consultant fixes a file in one go.
type cfgProblems struct {
	path string
	list []cfgProblem
}

type cfgProblem struct {
	line int
	key  string
	msg  string
}

func (p *cfgProblems) add(line int, key, format string, args ...any) {
	p.list = append(p.list, cfgProblem{line, key, fmt.Sprintf(format, args...)})
}

// err returns the problems as one error, one per line, as
// "file:line: key: what is wrong".
func (p *cfgProblems) err() error {
	if len(p.list) == 0 {
		return nil
	}
	sort.SliceStable(p.list, func(i, j int) bool { return p.list[i].line < p.list[j].line })
	errs := make([]error, len(p.list))
	for i, x := range p.list {
		errs[i] = errors.New(p.at(x.line, x.key) + x.msg)
	}
	return errors.Join(errs...)
}

// at is the "file:line: key: " prefix of a message.
func (p *cfgProblems) at(line int, key string) string {
	s := p.path
	if line > 0 {
		s += ":" + strconv.Itoa(line)
	}
	s += ": "
	if key != "" {
		s += key + ": "
	}
	return s
}

// findConfig returns the configuration file to read: the one given, which
// must exist, else the one in the working folder, else "" (none is fine).
func findConfig(given string, isGiven bool) (string, error) {
	if isGiven {
		if given == "" {
			return "", usagef("--config needs a FILE")
		}
		info, err := os.Stat(given)
		if err != nil {
			return "", fmt.Errorf("--config: %w", err)
		}
		if info.IsDir() {
			return "", fmt.Errorf("--config: %s is a folder, not a file", given)
		}
		return given, nil
	}
	var found []string
	for _, name := range configNames {
		if info, err := os.Stat(name); err == nil && !info.IsDir() {
			found = append(found, name)
		}
	}
	switch len(found) {
	case 0:
		return "", nil
	case 1:
		return found[0], nil
	}
	return "", fmt.Errorf("%s are all in this folder: keep one, or name the one to use with --config", strings.Join(found, " and "))
}

// readConfig reads and parses a configuration file: TOML for .toml, YAML
// for .yaml and .yml, and for another name TOML, then YAML.
func readConfig(path string) (*config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return parseConfig(path, data)
}

// parseConfig parses the text of a configuration file named path.
func parseConfig(path string, data []byte) (*config, error) {
	var (
		entries []cfgEntry
		err     error
	)
	switch strings.ToLower(filepath.Ext(path)) {
	case ".toml":
		entries, err = tomlConfig(path, data)
	case ".yaml", ".yml":
		entries, err = yamlConfig(path, data)
	default:
		var tomlErr error
		entries, tomlErr = tomlConfig(path, data)
		if tomlErr != nil {
			var yamlErr error
			if entries, yamlErr = yamlConfig(path, data); yamlErr != nil {
				return nil, fmt.Errorf("%s is neither TOML nor YAML (name it .toml or .yaml to see only one of these):\n  as TOML: %v\n  as YAML: %v", path, tomlErr, yamlErr)
			}
		}
	}
	if err != nil {
		return nil, err
	}
	return &config{path: path, entries: entries, set: map[string]int{}, brandLines: map[string]int{}}, nil
}

// errProbe is returned by tomlProbe: BurntSushi's MetaData keeps the line
// of every key but exports it only in a ParseError about that key, so the
// probe fails on purpose to learn where its value was written.
var errProbe = errors.New("socialaudit: probe")

// tomlProbe takes a decoded TOML value.
type tomlProbe struct{ v any }

// UnmarshalTOML keeps the value and fails, for the error's position.
func (p *tomlProbe) UnmarshalTOML(v any) error {
	p.v = v
	return errProbe
}

// tomlConfig parses a TOML configuration file.
func tomlConfig(path string, data []byte) ([]cfgEntry, error) {
	var top map[string]toml.Primitive
	md, err := toml.Decode(string(data), &top)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("%s:%d: not valid TOML: %s", path, pe.Position.Line, pe.Message)
		}
		return nil, fmt.Errorf("%s: not valid TOML: %s", path, strings.TrimPrefix(err.Error(), "toml: "))
	}
	return tomlTable(&md, top)
}

func tomlTable(md *toml.MetaData, t map[string]toml.Primitive) ([]cfgEntry, error) {
	out := make([]cfgEntry, 0, len(t))
	for k, p := range t {
		v, err := tomlValue(md, p)
		if err != nil {
			return nil, err
		}
		out = append(out, cfgEntry{key: k, line: v.line, value: v})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].line != out[j].line {
			return out[i].line < out[j].line
		}
		return out[i].key < out[j].key
	})
	return out, nil
}

func tomlValue(md *toml.MetaData, p toml.Primitive) (cfgValue, error) {
	var probe tomlProbe
	err := md.PrimitiveDecode(p, &probe)
	var pe toml.ParseError
	if !errors.As(err, &pe) || pe.Message != errProbe.Error() {
		return cfgValue{}, fmt.Errorf("reading TOML: %v", err) // not expected: the probe always fails
	}
	v := cfgValue{line: pe.Position.Line}
	if _, ok := probe.v.(map[string]any); ok {
		var sub map[string]toml.Primitive
		if err := md.PrimitiveDecode(p, &sub); err != nil {
			return cfgValue{}, err
		}
		keys, err := tomlTable(md, sub)
		if err != nil {
			return cfgValue{}, err
		}
		v.kind, v.keys = kindTable, keys
		return v, nil
	}
	fillTOML(&v, probe.v)
	return v, nil
}

// fillTOML sets v from a value decoded by BurntSushi/toml, keeping v.line
// for every item of a list.
func fillTOML(v *cfgValue, x any) {
	switch x := x.(type) {
	case string:
		v.kind, v.text = kindString, x
	case bool:
		v.kind, v.text = kindBool, strconv.FormatBool(x)
	case int64:
		v.kind, v.text = kindNumber, strconv.FormatInt(x, 10)
	case float64:
		v.kind, v.text = kindNumber, strconv.FormatFloat(x, 'g', -1, 64)
	case time.Time:
		v.kind = kindDate
		// BurntSushi marks the TOML local date and time types by the
		// names of their locations.
		switch x.Location().String() {
		case "date-local":
			v.text = x.Format("2006-01-02")
		case "datetime-local":
			v.text = x.Format("2006-01-02 15:04:05")
		case "time-local":
			v.text = x.Format("15:04:05")
		default:
			v.text = x.Format(time.RFC3339Nano)
		}
	case []any:
		v.kind = kindList
		for _, e := range x {
			item := cfgValue{line: v.line}
			fillTOML(&item, e)
			v.items = append(v.items, item)
		}
	case []map[string]any:
		v.kind = kindList
		for range x {
			v.items = append(v.items, cfgValue{line: v.line, kind: kindTable})
		}
	default: // a table inside a list
		v.kind = kindTable
	}
}

// yamlConfig parses a YAML configuration file.
func yamlConfig(path string, data []byte) ([]cfgEntry, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		if line, rest, ok := strings.Cut(msg, ": "); ok && strings.HasPrefix(line, "line ") {
			return nil, fmt.Errorf("%s:%s: not valid YAML: %s", path, strings.TrimPrefix(line, "line "), rest)
		}
		return nil, fmt.Errorf("%s: not valid YAML: %s", path, msg)
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil, nil // an empty file
	}
	top := doc.Content[0]
	if top.Kind == yaml.ScalarNode && top.Tag == "!!null" {
		return nil, nil // only comments
	}
	v, err := yamlValue(path, top)
	if err != nil {
		return nil, err
	}
	if v.kind != kindTable {
		return nil, fmt.Errorf("%s:%d: a configuration file is a set of keys (client, tz, brand...), not %s", path, top.Line, v.kind)
	}
	return v.keys, nil
}

func yamlValue(path string, n *yaml.Node) (cfgValue, error) {
	for n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	v := cfgValue{line: n.Line}
	switch n.Kind {
	case yaml.ScalarNode:
		v.text = n.Value
		switch n.ShortTag() {
		case "!!bool":
			v.kind = kindBool
			b, _ := strconv.ParseBool(strings.ToLower(n.Value))
			v.text = strconv.FormatBool(b)
		case "!!int", "!!float":
			v.kind = kindNumber
		case "!!timestamp":
			v.kind = kindDate
		case "!!null":
			v.kind = kindNull
		default:
			v.kind = kindString
		}
	case yaml.SequenceNode:
		v.kind = kindList
		for _, c := range n.Content {
			item, err := yamlValue(path, c)
			if err != nil {
				return v, err
			}
			v.items = append(v.items, item)
		}
	case yaml.MappingNode:
		v.kind = kindTable
		first := map[string]int{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, val := n.Content[i], n.Content[i+1]
			if k.Kind != yaml.ScalarNode {
				return v, fmt.Errorf("%s:%d: a key must be a plain name", path, k.Line)
			}
			if l, dup := first[k.Value]; dup {
				return v, fmt.Errorf("%s:%d: %s: already given on line %d", path, k.Line, k.Value, l)
			}
			first[k.Value] = k.Line
			item, err := yamlValue(path, val)
			if err != nil {
				return v, err
			}
			if item.kind == kindNull {
				item.line = k.Line // an empty value is on its key's line
			}
			v.keys = append(v.keys, cfgEntry{key: k.Value, line: k.Line, value: item})
		}
	default:
		return v, fmt.Errorf("%s:%d: unexpected YAML", path, n.Line)
	}
	return v, nil
}

// apply sets every flag the file names and the command line did not, and
// reads the keys that are not flags: inputs and the [brand] table. Paths
// are made relative to the file's folder. It reports every problem at once.
func (c *config) apply(fs *pflag.FlagSet, o *buildOptions) error {
	p := &cfgProblems{path: c.path}
	dir := filepath.Dir(c.path)
	for _, e := range c.entries {
		switch {
		case e.key == inputsKey:
			c.applyInputs(p, e, dir, o)
			continue
		case e.key == "brand" && e.value.kind == kindTable:
			c.applyBrandTable(p, e, o)
			continue
		case e.key == thresholdsKey || e.key == "threshold":
			c.applyThresholds(p, e, o)
			continue
		case e.key == "config":
			p.add(e.line, e.key, "a configuration file cannot name another one")
			continue
		case e.key == "help":
			p.add(e.line, e.key, "not an option of the report")
			continue
		}
		f := fs.Lookup(e.key)
		if f == nil || f.Hidden || f.Deprecated != "" {
			key := e.key
			if key == "" {
				key = `""`
			}
			p.add(e.line, key, "unknown key%s", suggest(fs, e.key))
			continue
		}
		values, ok := flagValues(p, e, f)
		if !ok || f.Changed {
			continue // the command line wins
		}
		if isPathFlag(f) {
			for i := range values {
				values[i] = relativeTo(dir, values[i])
			}
		}
		// The value's own Set, not fs.Set, whose messages speak of
		// command-line arguments; then the flag counts as given.
		for _, s := range values {
			if err := f.Value.Set(s); err != nil {
				p.add(e.line, e.key, "%s", setError(f, s, err))
				break
			}
		}
		f.Changed = true
		c.set[f.Name] = e.line
	}
	return p.err()
}

// flagValues checks the type of an entry against its flag and returns the
// texts to set, one per element for a repeatable flag. An empty string
// leaves a one-value flag at its default, as in the starter file.
func flagValues(p *cfgProblems, e cfgEntry, f *pflag.Flag) ([]string, bool) {
	v := e.value
	_, repeatable := f.Value.(pflag.SliceValue)
	want := wantOf(f)
	switch {
	case v.kind == kindNull:
		p.add(v.line, e.key, "has no value: give one (%s), or remove the key", want)
	case f.Value.Type() == "bool":
		if v.kind == kindBool {
			return []string{v.text}, true
		}
		p.add(v.line, e.key, "want %s (without quotes), not %s", want, v.kind)
	case repeatable && v.kind == kindList:
		out := make([]string, 0, len(v.items))
		for _, it := range v.items {
			if !it.kind.scalar() {
				p.add(it.line, e.key, "want %s, but an item is %s", want, it.kind)
				return nil, false
			}
			out = append(out, it.text)
		}
		return out, true
	case v.kind.scalar():
		if v.text == "" && !repeatable {
			return nil, true
		}
		return []string{v.text}, true
	case v.kind == kindList:
		p.add(v.line, e.key, "takes one value, not a list")
	default:
		p.add(v.line, e.key, "want %s, not %s", want, v.kind)
	}
	return nil, false
}

// wantOf says what values a flag takes, for messages.
func wantOf(f *pflag.Flag) string {
	t := f.Value.Type()
	switch {
	case t == "bool":
		return "true or false"
	case strings.HasPrefix(t, "int") || strings.HasPrefix(t, "uint") || strings.HasPrefix(t, "float"):
		if _, ok := f.Value.(pflag.SliceValue); ok {
			return "a list of numbers"
		}
		return "a number"
	}
	if _, ok := f.Value.(pflag.SliceValue); ok {
		return "a list of strings, such as [\"a\", \"b\"]"
	}
	return "a string"
}

// applyInputs reads the inputs key: a path or a list of them.
func (c *config) applyInputs(p *cfgProblems, e cfgEntry, dir string, o *buildOptions) {
	var items []cfgValue
	switch v := e.value; {
	case v.kind == kindString:
		items = []cfgValue{v}
	case v.kind == kindList:
		items = v.items
	default:
		p.add(v.line, e.key, "want a list of paths, such as [\"exports/\"], not %s", v.kind)
		return
	}
	var paths []string
	for _, it := range items {
		if it.kind != kindString || strings.TrimSpace(it.text) == "" {
			p.add(it.line, e.key, "want a list of paths (files or folders), but an item is %s", emptyOr(it))
			return
		}
		paths = append(paths, relativeTo(dir, it.text))
	}
	c.set[inputsKey] = e.line
	o.inputs = paths
}

// applyBrandTable reads [brand]: per platform, the accounts that are the
// brand on that platform only.
func (c *config) applyBrandTable(p *cfgProblems, e cfgEntry, o *buildOptions) {
	for _, pe := range e.value.keys {
		key := "brand." + pe.key
		platform := strings.ToLower(strings.TrimSpace(pe.key))
		if platform == "" {
			p.add(pe.line, key, "the platform is empty (say facebook, instagram, x, linkedin...)")
			continue
		}
		var items []cfgValue
		switch v := pe.value; {
		case v.kind == kindString:
			items = []cfgValue{v}
		case v.kind == kindList:
			items = v.items
		default:
			p.add(v.line, key, "want a list of account names or ids, such as [\"@maisonbrindille\"], not %s", v.kind)
			continue
		}
		for _, it := range items {
			name := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(it.text), "@"))
			if !it.kind.scalar() || name == "" {
				p.add(it.line, key, "want account names or ids, but an item is %s", emptyOr(it))
				break
			}
			if o.brandByPlatform == nil {
				o.brandByPlatform = map[string][]string{}
			}
			o.brandByPlatform[platform] = append(o.brandByPlatform[platform], it.text)
		}
		if _, ok := c.brandLines[platform]; !ok {
			c.brandLines[platform] = pe.line
		}
	}
}

// thresholdsKey is the table of thresholds: [thresholds].
const thresholdsKey = "thresholds"

// applyThresholds reads the [thresholds] table, whose keys are threshold
// names: quoted ("canned.min-repeats" = 4) or as nested tables
// ([thresholds.canned] min-repeats = 4), flattened with dots. The key
// threshold, as the flag, takes a list of NAME=VALUE. A name the command
// line sets is only checked to exist: the command line wins.
func (c *config) applyThresholds(p *cfgProblems, e cfgEntry, o *buildOptions) {
	onCommandLine := map[string]bool{}
	for _, arg := range o.threshold {
		name, _, _ := strings.Cut(arg, "=")
		onCommandLine[strings.TrimSpace(name)] = true
	}
	first := map[string]int{}
	for _, v := range o.fileThresholds {
		first[v.name] = v.line
	}
	add := func(name, text string, line int, key string) {
		t, err := lookupThreshold(name)
		if err != nil {
			p.add(line, key, "%v", err)
			return
		}
		if l, dup := first[t.name]; dup {
			p.add(line, key, "already given on line %d", l)
			return
		}
		first[t.name] = line
		if onCommandLine[t.name] {
			return
		}
		v, err := t.parse(text)
		if err != nil {
			p.add(line, key, "%v", err)
			return
		}
		o.fileThresholds = append(o.fileThresholds, thresholdValue{name: t.name, value: v, text: text, line: line})
	}
	if e.key == "threshold" { // as the flag: NAME=VALUE, one or a list
		items := []cfgValue{e.value}
		if e.value.kind == kindList {
			items = e.value.items
		}
		for _, it := range items {
			name, text, ok := strings.Cut(it.text, "=")
			if !it.kind.scalar() || !ok || strings.TrimSpace(name) == "" {
				p.add(it.line, e.key, "want NAME=VALUE texts, such as [\"canned.min-repeats=4\"], or a [%s] table", thresholdsKey)
				return
			}
			add(strings.TrimSpace(name), text, it.line, e.key+" "+strings.TrimSpace(name))
		}
		return
	}
	if e.value.kind != kindTable {
		p.add(e.value.line, e.key, "want a table of thresholds, such as [%s] then \"canned.min-repeats\" = 4, not %s", thresholdsKey, e.value.kind)
		return
	}
	// The leaves, named with dots, in line order: a nested table's own
	// line says little.
	var leaves []cfgEntry
	var walk func(prefix string, keys []cfgEntry)
	walk = func(prefix string, keys []cfgEntry) {
		for _, te := range keys {
			te.key = prefix + te.key
			if te.value.kind == kindTable {
				walk(te.key+".", te.value.keys)
				continue
			}
			leaves = append(leaves, te)
		}
	}
	walk("", e.value.keys)
	sort.SliceStable(leaves, func(i, j int) bool { return leaves[i].value.line < leaves[j].value.line })
	for _, te := range leaves {
		key := thresholdsKey + "." + te.key
		switch v := te.value; {
		case v.kind == kindNull:
			p.add(te.line, key, "has no value: give one, or remove the key")
		case v.kind == kindString || v.kind == kindNumber:
			add(te.key, v.text, v.line, key)
		default:
			p.add(v.line, key, "want a number, or a text such as \"65%%\" or \"1h\", not %s", v.kind)
		}
	}
}

// emptyOr names the kind of a value, or says it is empty.
func emptyOr(v cfgValue) string {
	if v.kind.scalar() && strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(v.text), "@")) == "" {
		return "empty"
	}
	return v.kind.String()
}

// setError words the error of a flag's Set: pflag's own types answer in
// strconv's words.
func setError(f *pflag.Flag, value string, err error) string {
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		return fmt.Sprintf("%q is not %s", value, wantOf(f))
	}
	return err.Error()
}

// suggest proposes the flag a mistyped key probably means: the same name
// with dashes for underscores, or in lower case.
func suggest(fs *pflag.FlagSet, key string) string {
	for _, cand := range []string{strings.ReplaceAll(key, "_", "-"), strings.ToLower(strings.ReplaceAll(key, "_", "-"))} {
		if f := fs.Lookup(cand); cand != key && f != nil && !f.Hidden {
			return fmt.Sprintf(" (did you mean %s?)", cand)
		}
	}
	return ": the keys are the long names of the build flags (see 'socialaudit help build'), and inputs"
}

// pathFlags are the flags whose values are paths, beside those whose
// usage names a FILE, DIR or PATH placeholder.
var pathFlags = map[string]bool{
	"out": true, "map": true, "client-logo": true, "agency-logo": true, "notes": true, "events": true,
}

// isPathFlag reports whether a flag's value is a file or folder, to be
// read relative to the configuration file.
func isPathFlag(f *pflag.Flag) bool {
	if pathFlags[f.Name] {
		return true
	}
	name, _ := pflag.UnquoteUsage(f)
	for _, p := range []string{"FILE", "DIR", "PATH"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// relativeTo reads a relative path of the configuration file as relative
// to the file's folder.
func relativeTo(dir, p string) string {
	if p == "" || filepath.IsAbs(p) || dir == "." {
		return p
	}
	return filepath.Join(dir, p)
}

// blame rewrites a flag's error as the configuration file's, with the
// key's line, when the file set that flag.
func (c *config) blame(err error) error {
	var te thresholdError
	if c != nil && errors.As(err, &te) && te.line > 0 {
		p := &cfgProblems{path: c.path}
		return errors.New(p.at(te.line, thresholdsKey+"."+te.name) + te.msg)
	}
	var fe flagError
	if c == nil || !errors.As(err, &fe) {
		return err
	}
	line, ok := c.set[fe.flag]
	if !ok {
		return err
	}
	p := &cfgProblems{path: c.path}
	return errors.New(p.at(line, fe.flag) + fe.msg)
}

// flagError is a bad value of one flag; msg does not name the flag, so the
// same message serves the command line and the configuration file.
type flagError struct {
	flag, msg string
}

func (e flagError) Error() string { return "--" + e.flag + ": " + e.msg }

// badFlag is a usage error about the value of one flag.
func badFlag(flag, format string, args ...any) error {
	return usageError{flagError{flag, fmt.Sprintf(format, args...)}}
}

// brandPlatforms lists the [brand] platforms in order, for messages.
func (c *config) brandPlatforms() []string {
	out := make([]string, 0, len(c.brandLines))
	for p := range c.brandLines {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}
