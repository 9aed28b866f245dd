package graphapi

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// object reads a cell holding one of the API's nested objects unflattened,
// as a tool may write it when it saves the API's answer as is: JSON
// ({"name": "A", "id": "1"}) or, from pandas, a Python dict's repr
// ({'name': 'A', 'id': '1'}). It returns the object's top-level string and
// number values by key; nested values are skipped. An empty cell is an
// empty object.
func object(cell string) (map[string]string, error) {
	s := strings.TrimSpace(cell)
	switch s {
	case "", "null", "None", "NaN", "nan":
		return nil, nil // JSON's, Python's and pandas' "nothing"
	}
	if m, ok := jsonObject(s); ok {
		return m, nil
	}
	p := &reprScanner{s: s}
	m, ok := p.object()
	if ok {
		p.space()
		ok = p.i == len(p.s)
	}
	if !ok {
		return nil, fmt.Errorf("%q is not an object (want {\"id\": ..., \"name\": ...})", short(s))
	}
	return m, nil
}

// short cuts a long cell for a message.
func short(s string) string {
	if len(s) <= 60 {
		return s
	}
	cut := 60
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "..."
}

func jsonObject(s string) (map[string]string, bool) {
	d := json.NewDecoder(strings.NewReader(s))
	d.UseNumber()
	var raw map[string]any
	if err := d.Decode(&raw); err != nil || d.More() {
		return nil, false
	}
	if raw == nil {
		return nil, false // "null" is not an object
	}
	m := map[string]string{}
	for k, v := range raw {
		switch v := v.(type) {
		case string:
			m[k] = v
		case json.Number:
			m[k] = v.String()
		}
	}
	return m, true
}

// reprScanner reads the repr of a Python dict: single- or double-quoted
// strings with backslash escapes, bare numbers, True, False and None, and
// nested dicts and lists (skipped).
type reprScanner struct {
	s string
	i int
}

func (p *reprScanner) space() {
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == '\t' || p.s[p.i] == '\n' || p.s[p.i] == '\r') {
		p.i++
	}
}

func (p *reprScanner) peek() byte {
	if p.i < len(p.s) {
		return p.s[p.i]
	}
	return 0
}

func (p *reprScanner) object() (map[string]string, bool) {
	p.space()
	if p.peek() != '{' {
		return nil, false
	}
	p.i++
	m := map[string]string{}
	p.space()
	if p.peek() == '}' {
		p.i++
		return m, true
	}
	for {
		p.space()
		key, ok := p.str()
		if !ok {
			return nil, false
		}
		p.space()
		if p.peek() != ':' {
			return nil, false
		}
		p.i++
		p.space()
		switch c := p.peek(); c {
		case '\'', '"':
			v, ok := p.str()
			if !ok {
				return nil, false
			}
			m[key] = v
		case '{', '[':
			if !p.skip() {
				return nil, false
			}
		default:
			start := p.i
			for p.i < len(p.s) && p.s[p.i] != ',' && p.s[p.i] != '}' {
				p.i++
			}
			v := strings.TrimSpace(p.s[start:p.i])
			if v == "" {
				return nil, false
			}
			if v != "None" && v != "True" && v != "False" && v != "null" && v != "true" && v != "false" {
				m[key] = v
			}
		}
		p.space()
		switch p.peek() {
		case ',':
			p.i++
		case '}':
			p.i++
			return m, true
		default:
			return nil, false
		}
	}
}

// str reads a quoted string.
func (p *reprScanner) str() (string, bool) {
	q := p.peek()
	if q != '\'' && q != '"' {
		return "", false
	}
	p.i++
	var b strings.Builder
	for p.i < len(p.s) {
		c := p.s[p.i]
		switch {
		case c == q:
			p.i++
			return b.String(), true
		case c == '\\':
			if p.i+1 >= len(p.s) {
				return "", false
			}
			e := p.s[p.i+1]
			p.i += 2
			switch e {
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			case 'r':
				b.WriteByte('\r')
			case 'x', 'u', 'U':
				n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
				if p.i+n > len(p.s) {
					return "", false
				}
				r, err := strconv.ParseUint(p.s[p.i:p.i+n], 16, 32)
				if err != nil {
					return "", false
				}
				p.i += n
				b.WriteRune(rune(r)) // an invalid code point becomes U+FFFD
			default:
				b.WriteByte(e)
			}
		default:
			b.WriteByte(c)
			p.i++
		}
	}
	return "", false
}

// skip passes over a nested dict or list, quotes respected.
func (p *reprScanner) skip() bool {
	var stack []byte
	for p.i < len(p.s) {
		switch c := p.s[p.i]; c {
		case '\'', '"':
			if _, ok := p.str(); !ok {
				return false
			}
			continue
		case '{', '[':
			stack = append(stack, c)
		case '}', ']':
			if len(stack) == 0 || (c == '}') != (stack[len(stack)-1] == '{') {
				return false
			}
			stack = stack[:len(stack)-1]
			if len(stack) == 0 {
				p.i++
				return true
			}
		}
		p.i++
	}
	return false
}
