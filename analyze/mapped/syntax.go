package mapped

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
	yaml "go.yaml.in/yaml/v3"
)

// raw is a mapping file as written, before validation. Both syntaxes
// decode into it.
type raw struct {
	Name       string            `toml:"name" yaml:"name"`
	Kind       string            `toml:"kind" yaml:"kind"`
	Platform   string            `toml:"platform" yaml:"platform"`
	Account    string            `toml:"account" yaml:"account"`
	HeaderRow  *int              `toml:"header_row" yaml:"header_row"`
	DateLayout string            `toml:"date_layout" yaml:"date_layout"`
	DateOrder  string            `toml:"date_order" yaml:"date_order"`
	TimeZone   string            `toml:"time_zone" yaml:"time_zone"`
	Delimiter  *string           `toml:"delimiter" yaml:"delimiter"`
	Columns    map[string]string `toml:"columns" yaml:"columns"`
	Brand      *rawBrand         `toml:"brand" yaml:"brand"`
}

type rawBrand struct {
	Column string     `toml:"column" yaml:"column"`
	Values stringList `toml:"values" yaml:"values"`
}

// knownKeys are the keys of each table, for the unknown-key messages.
var knownKeys = map[string][]string{
	"":      {"name", "kind", "platform", "account", "header_row", "date_layout", "date_order", "time_zone", "delimiter", "columns", "brand"},
	"brand": {"column", "values"},
}

// stringList is a list of strings that may also be written as one string
// (values = "Lumen Home"), which is what people write for a single value.
type stringList []string

// UnmarshalTOML reads a string or an array of strings.
func (s *stringList) UnmarshalTOML(v any) error {
	switch v := v.(type) {
	case string:
		*s = stringList{v}
		return nil
	case []any:
		out := make(stringList, 0, len(v))
		for _, x := range v {
			str, ok := x.(string)
			if !ok {
				return fmt.Errorf("want a list of strings, found %v", x)
			}
			out = append(out, str)
		}
		*s = out
		return nil
	}
	return fmt.Errorf("want a string or a list of strings, found %v", v)
}

// UnmarshalYAML reads a string or a sequence of strings.
func (s *stringList) UnmarshalYAML(n *yaml.Node) error {
	switch n.Kind {
	case yaml.ScalarNode:
		*s = stringList{n.Value}
		return nil
	case yaml.SequenceNode:
		out := make(stringList, 0, len(n.Content))
		for _, x := range n.Content {
			if x.Kind != yaml.ScalarNode {
				return fmt.Errorf("line %d: want a list of strings", x.Line)
			}
			out = append(out, x.Value)
		}
		*s = out
		return nil
	}
	return fmt.Errorf("line %d: want a string or a list of strings", n.Line)
}

// lines maps a key path ("brand.column") to its 1-based line in the file.
type lines map[string]int

// of returns the line of the key, or of its closest parent that has one
// (a key of a TOML inline table is on its parent's line), or 0.
func (ls lines) of(path ...string) int {
	for n := len(path); n > 0; n-- {
		if l, ok := ls[strings.Join(path[:n], ".")]; ok {
			return l
		}
	}
	return 0
}

// problem is one thing wrong with a mapping file.
type problem struct {
	line int
	key  string // the key path, empty for the file as a whole
	msg  string
}

// problems collects a file's problems, to report them all at once: a
// consultant fixes a file in one go, not one error per run.
type problems struct {
	file string
	list []problem
}

func (p *problems) add(line int, key, format string, args ...any) {
	p.list = append(p.list, problem{line: line, key: key, msg: fmt.Sprintf(format, args...)})
}

// err returns the problems as one error, one per line, in file order.
func (p *problems) err() error {
	if len(p.list) == 0 {
		return nil
	}
	// A stable insertion sort by line: the lists are short.
	l := p.list
	for i := 1; i < len(l); i++ {
		for j := i; j > 0 && lineLess(l[j], l[j-1]); j-- {
			l[j], l[j-1] = l[j-1], l[j]
		}
	}
	errs := make([]error, len(l))
	for i, x := range l {
		s := p.file
		if x.line > 0 {
			s += ":" + strconv.Itoa(x.line)
		}
		s += ": "
		if x.key != "" {
			s += x.key + ": "
		}
		errs[i] = errors.New(s + x.msg)
	}
	return errors.Join(errs...)
}

// lineLess puts problems without a line (the file as a whole) last.
func lineLess(a, b problem) bool {
	if a.line == 0 || b.line == 0 {
		return a.line != 0 && b.line == 0
	}
	return a.line < b.line
}

// syntaxError is a file that is not valid TOML or YAML at all, as opposed
// to valid syntax with wrong keys or values.
type syntaxError struct{ err error }

func (e *syntaxError) Error() string { return e.err.Error() }

// tomlLastKey reads BurntSushi's "toml: line 3 (last key "kind"): msg".
var tomlLastKey = regexp.MustCompile(`^toml: (?:line (\d+) )?\(last key "([^"]*)"\): (.*)$`)

// readTOML decodes a TOML mapping file. Unknown keys are problems naming
// the key and its line.
func readTOML(file string, data []byte) (*raw, lines, *problems, error) {
	p := &problems{file: file}
	// A first pass tells a file that is not TOML at all (then YAML may be
	// tried) from a TOML file with values of the wrong type.
	var generic map[string]any
	if _, err := toml.Decode(string(data), &generic); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, nil, nil, &syntaxError{fmt.Errorf("%s:%d: not valid TOML: %s", file, pe.Position.Line, pe.Message)}
		}
		return nil, nil, nil, &syntaxError{fmt.Errorf("%s: not valid TOML: %s", file, strings.TrimPrefix(err.Error(), "toml: "))}
	}
	ls := tomlLines(data)
	var r raw
	md, err := toml.Decode(string(data), &r)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			line := pe.Position.Line
			if line == 0 {
				line = ls.of(strings.Split(pe.LastKey, ".")...)
			}
			p.add(line, pe.LastKey, "%s", pe.Message)
			return nil, ls, p, nil
		}
		if m := tomlLastKey.FindStringSubmatch(err.Error()); m != nil {
			line, _ := strconv.Atoi(m[1])
			if line == 0 {
				line = ls.of(strings.Split(m[2], ".")...)
			}
			p.add(line, m[2], "%s", m[3])
			return nil, ls, p, nil
		}
		p.add(0, "", "%s", strings.TrimPrefix(err.Error(), "toml: "))
		return nil, ls, p, nil
	}
	// BurntSushi also fills a field from a key in another case ("Kind");
	// YAML would not, and the documentation spells the keys in lower case,
	// so a key not spelled exactly is unknown here too.
	var unknown []toml.Key
	for _, k := range md.Keys() {
		parent := strings.Join(k[:len(k)-1], ".")
		if known, ok := knownKeys[parent]; ok && !contains(known, k[len(k)-1]) {
			unknown = append(unknown, k)
		}
	}
	for _, k := range md.Undecoded() {
		if !containsKey(unknown, k) {
			unknown = append(unknown, k)
		}
	}
	var reported []toml.Key
next:
	for _, k := range unknown {
		for _, r := range reported {
			if len(r) < len(k) && slicesEqual(r, k[:len(r)]) {
				continue next // inside an unknown table already reported
			}
		}
		reported = append(reported, k)
		unknownKey(p, ls.of(k...), k)
	}
	return &r, ls, p, nil
}

func containsKey(ks []toml.Key, k toml.Key) bool {
	for _, x := range ks {
		if slicesEqual(x, k) {
			return true
		}
	}
	return false
}

func slicesEqual(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// unknownKey reports a key the mapping syntax does not have, with the keys
// its table does have.
func unknownKey(p *problems, line int, path []string) {
	parent := strings.Join(path[:len(path)-1], ".")
	known, ok := knownKeys[parent]
	key := strings.Join(path, ".")
	if !ok {
		p.add(line, key, "unknown key")
		return
	}
	where := "at the top level"
	if parent != "" {
		where = "in " + parent
	}
	p.add(line, key, "unknown key (the keys %s are %s)", where, strings.Join(known, ", "))
}

// tomlLines finds the line of every key of a TOML text, as well as a simple
// line scanner can: table headers, keys (bare, quoted or dotted) before an
// "=", multi-line strings skipped. BurntSushi's MetaData knows the lines
// but does not export them.
func tomlLines(data []byte) lines {
	ls := lines{}
	set := func(path []string, n int) {
		for i := 1; i <= len(path); i++ {
			k := strings.Join(path[:i], ".")
			if _, ok := ls[k]; !ok {
				ls[k] = n
			}
		}
	}
	var table []string
	inString := "" // the closing delimiter of a multi-line string
	for i, line := range strings.Split(string(data), "\n") {
		n := i + 1
		s := strings.TrimSpace(line)
		if inString != "" {
			if strings.Contains(s, inString) {
				inString = ""
			}
			continue
		}
		if s == "" || s[0] == '#' {
			continue
		}
		if s[0] == '[' {
			body := strings.TrimPrefix(s[1:], "[")
			keys, rest, ok := tomlKey(body)
			rest = strings.TrimLeft(rest, "]")
			rest = strings.TrimSpace(rest)
			if ok && (rest == "" || rest[0] == '#') {
				table = keys
				set(keys, n)
			}
			continue
		}
		keys, rest, ok := tomlKey(s)
		if !ok || !strings.HasPrefix(rest, "=") {
			continue
		}
		set(append(append([]string(nil), table...), keys...), n)
		v := strings.TrimSpace(rest[1:])
		for _, q := range []string{`"""`, `'''`} {
			if strings.HasPrefix(v, q) && strings.Count(v, q) == 1 {
				inString = q
			}
		}
	}
	return ls
}

// tomlKey reads a key (bare, "quoted" or 'literal' pieces joined by dots)
// at the start of s and returns its pieces and the rest, trimmed.
func tomlKey(s string) ([]string, string, bool) {
	var keys []string
	for {
		s = strings.TrimLeft(s, " \t")
		if s == "" {
			return nil, "", false
		}
		switch s[0] {
		case '"', '\'':
			end := 1
			for end < len(s) && s[end] != s[0] {
				if s[0] == '"' && s[end] == '\\' {
					end++
				}
				end++
			}
			if end >= len(s) {
				return nil, "", false
			}
			k := s[1:end]
			if s[0] == '"' {
				if u, err := strconv.Unquote(s[:end+1]); err == nil {
					k = u
				}
			}
			keys = append(keys, k)
			s = s[end+1:]
		default:
			end := 0
			for end < len(s) && (isBare(s[end])) {
				end++
			}
			if end == 0 {
				return nil, "", false
			}
			keys = append(keys, s[:end])
			s = s[end:]
		}
		s = strings.TrimLeft(s, " \t")
		if !strings.HasPrefix(s, ".") {
			return keys, s, true
		}
		s = s[1:]
	}
}

func isBare(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// yamlLine reads yaml.v3's "line 3: msg" inside its error texts.
var yamlLine = regexp.MustCompile(`^\s*line (\d+): (.*)$`)

// readYAML decodes a YAML mapping file. Unknown keys are found on the node
// tree first, for messages in our words with every unknown key at once;
// decoding with KnownFields(true) then catches what that walk does not.
func readYAML(file string, data []byte) (*raw, lines, *problems, error) {
	p := &problems{file: file}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, nil, nil, &syntaxError{yamlSyntax(file, err)}
	}
	ls := lines{}
	var top *yaml.Node
	if doc.Kind == yaml.DocumentNode && len(doc.Content) == 1 {
		top = doc.Content[0]
	}
	if top == nil || (top.Kind == yaml.ScalarNode && top.Tag == "!!null") {
		return &raw{}, ls, p, nil // an empty file: validation says what is missing
	}
	if top.Kind != yaml.MappingNode {
		p.add(top.Line, "", "a mapping file is a set of keys (name, kind, columns...), not a %s", nodeKind(top))
		return nil, ls, p, nil
	}
	walkYAML(top, nil, ls, p)
	var r raw
	dec := yaml.NewDecoder(bytes.NewReader(data))
	// Unknown keys already reported are not reported again; the values
	// are still checked, to list every problem at once.
	dec.KnownFields(len(p.list) == 0)
	if err := dec.Decode(&r); err != nil && err != io.EOF {
		var te *yaml.TypeError
		if errors.As(err, &te) {
			for _, e := range te.Errors {
				if m := yamlLine.FindStringSubmatch(e); m != nil {
					n, _ := strconv.Atoi(m[1])
					p.add(n, ls.at(n), "%s", yamlWords(m[2]))
				} else {
					p.add(0, "", "%s", yamlWords(e))
				}
			}
			return nil, ls, p, nil
		}
		return nil, nil, nil, &syntaxError{yamlSyntax(file, err)}
	}
	return &r, ls, p, nil
}

// at returns the deepest key on line n, or "".
func (ls lines) at(n int) string {
	best := ""
	for k, l := range ls {
		if l == n && (len(k) > len(best) || len(k) == len(best) && k < best) {
			best = k
		}
	}
	return best
}

// yamlUnmarshal reads yaml.v3's "cannot unmarshal !!str `two` into int".
var yamlUnmarshal = regexp.MustCompile("^cannot unmarshal !!(\\w+)(?: `(.*)`)? into (\\S+)$")

// yamlWords says a yaml.v3 type error in the mapping's terms rather than
// Go's.
func yamlWords(msg string) string {
	m := yamlUnmarshal.FindStringSubmatch(msg)
	if m == nil {
		return msg
	}
	want := map[string]string{
		"int": "a whole number", "string": "a text", "map[string]string": "a table of field = column name",
		"mapped.rawBrand": "a table with column and values", "mapped.raw": "a table of keys",
	}[m[3]]
	if want == "" {
		return msg
	}
	found := map[string]string{"str": "a text", "int": "a number", "float": "a number", "bool": "a true/false", "seq": "a list", "map": "a table"}[m[1]]
	if found == "" {
		found = "!!" + m[1]
	}
	if m[2] == "" {
		return fmt.Sprintf("want %s, found %s", want, found)
	}
	return fmt.Sprintf("want %s, found %s %q", want, found, m[2])
}

// walkYAML records the line of every key and reports the unknown ones.
func walkYAML(n *yaml.Node, path []string, ls lines, p *problems) {
	if n.Kind != yaml.MappingNode {
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		kp := append(append([]string(nil), path...), k.Value)
		key := strings.Join(kp, ".")
		if _, ok := ls[key]; !ok {
			ls[key] = k.Line
		}
		parent := strings.Join(path, ".")
		if parent == "columns" {
			continue // canonical field names are checked by validation
		}
		if !contains(knownKeys[parent], k.Value) {
			unknownKey(p, k.Line, kp)
			continue
		}
		if k.Value == "columns" || k.Value == "brand" {
			walkYAML(v, kp, ls, p)
		}
	}
}

func nodeKind(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "list"
	case yaml.ScalarNode:
		return "single value"
	}
	return "document of another kind"
}

// yamlSyntax rewrites yaml.v3's "yaml: line 3: msg" as file:3.
func yamlSyntax(file string, err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		return fmt.Errorf("%s:%s: not valid YAML: %s", file, m[1], m[2])
	}
	return fmt.Errorf("%s: not valid YAML: %s", file, msg)
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
