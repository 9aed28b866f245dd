package table

import (
	"io"
	"unicode/utf8"
)

// MaxCell is the largest cell read, in bytes of text. No export has cells
// near it (a post's text is a few kilobytes); a bigger cell is a broken or
// hostile file, and encoding/csv would hold all of it in memory, with the
// row around it. Its row is rejected, and only MaxCell bytes of it are ever
// held.
const MaxCell = 1 << 20

// Oversize is a cell of more than MaxCell bytes.
type Oversize struct {
	Field int   // the cell's index in its row, from 0
	Size  int64 // its length in bytes of text
}

// CapReader sits between a file's text and a csv.Reader: it follows the
// CSV quoting of the text (with the delimiter comma) and drops the bytes of
// any cell beyond MaxCell, keeping the quotes and delimiters, so that the
// csv.Reader sees the same records, and remembers the rows it shortened.
// The line breaks dropped with a cell's text are counted, and Line turns
// the csv.Reader's line numbers back into the file's. The memory it needs
// does not grow with the size of a cell.
type CapReader struct {
	r     io.Reader
	comma byte // 0 when the delimiter is not ASCII: a row is then one cell
	max   int64
	// specialPlain are the bytes that end plain text in a cell without
	// quotes: the delimiter, a quote, a line break.
	specialPlain [256]bool

	in     []byte
	out    []byte // text not yet returned
	outBuf []byte // out's storage: a quote pair is the most a byte gives
	err    error

	state   capState
	line    int   // current line of the text given to the csv.Reader, from 1
	recLine int   // where the current record starts, in the same count
	field   int   // the current cell's index in its record
	size    int64 // the current cell's length so far
	cr      bool  // a carriage return, not yet emitted
	cut     map[int]Oversize

	dropped int     // line breaks dropped so far
	shifts  []shift // where the count of dropped line breaks grew
}

// shift says that from line on (a line of the csv.Reader), dropped line
// breaks come before.
type shift struct{ line, dropped int }

type capState uint8

const (
	capStart  capState = iota // at the start of a cell
	capPlain                  // in a cell without quotes
	capQuoted                 // in a quoted cell
	capQuote                  // in a quoted cell, just after a quote
	capClosed                 // just after the closing quote of a cell
	capBroken                 // after a syntax error, up to the end of the line
)

// NewCapReader returns a CapReader of r for the delimiter comma.
func NewCapReader(r io.Reader, comma rune) *CapReader {
	return newCapReader(r, comma, MaxCell)
}

func newCapReader(r io.Reader, comma rune, max int64) *CapReader {
	const chunk = 32 << 10
	c := &CapReader{r: r, max: max, line: 1, recLine: 1, in: make([]byte, chunk), outBuf: make([]byte, 0, 2*chunk+2)}
	if comma < utf8.RuneSelf {
		c.comma = byte(comma)
	}
	c.specialPlain['"'], c.specialPlain['\r'], c.specialPlain['\n'] = true, true, true
	if c.comma != 0 {
		c.specialPlain[c.comma] = true
	}
	return c
}

// Oversize returns the first cell beyond MaxCell of the record starting at
// line (as the csv.Reader counts) and forgets it.
func (c *CapReader) Oversize(line int) (Oversize, bool) {
	o, ok := c.cut[line]
	if ok {
		delete(c.cut, line)
	}
	return o, ok
}

// Line returns the line of the text a record starting at line (as the
// csv.Reader counts) starts at.
func (c *CapReader) Line(line int) int {
	d := 0
	for i := len(c.shifts) - 1; i >= 0; i-- {
		if c.shifts[i].line <= line {
			d = c.shifts[i].dropped
			break
		}
	}
	return line + d
}

func (c *CapReader) Read(p []byte) (int, error) {
	for len(c.out) == 0 {
		if c.err != nil {
			return 0, c.err
		}
		n, err := c.r.Read(c.in)
		c.out = c.outBuf[:0]
		in := c.in[:n]
		for i := 0; i < len(in); {
			// Most bytes are a cell's plain text: take a run of them at
			// once, keeping what stays within the limit, as content does
			// one byte at a time. byte handles everything else.
			if j := c.run(in[i:]); j > 0 {
				keep := min(int64(j), max(c.max-c.size, 0))
				c.out = append(c.out, in[i:i+int(keep)]...)
				c.size += int64(j)
				i += j
				continue
			}
			c.byte(in[i])
			i++
		}
		if err != nil {
			c.err = err
			if err == io.EOF {
				c.end()
			}
		} else if n == 0 {
			return 0, io.ErrNoProgress
		}
	}
	n := copy(p, c.out)
	c.out = c.out[n:]
	return n, nil
}

// run is the length of the text at the start of b that is plain cell
// content in the current state: no quote, line break or (outside quotes)
// delimiter; 0 in the states where every byte matters.
func (c *CapReader) run(b []byte) int {
	if c.cr {
		return 0
	}
	var special *[256]bool
	switch c.state {
	case capPlain:
		special = &c.specialPlain
	case capQuoted:
		special = &specialQuoted
	default:
		return 0
	}
	j := 0
	for j < len(b) && !special[b[j]] {
		j++
	}
	return j
}

// specialQuoted are the bytes that end plain text in a quoted cell.
var specialQuoted = [256]bool{'"': true, '\r': true, '\n': true}

// byte follows the quoting as encoding/csv reads it: a cell is quoted when
// its first byte is a quote; in it, two quotes are one, and a quote
// followed by the delimiter or a line break ends it. A quote in a cell
// without quotes, or text after a closing quote, is a syntax error that
// makes the csv.Reader give up the rest of the line: that byte is kept, so
// that it still fails, and the rest of the line is dropped.
func (c *CapReader) byte(b byte) {
	switch c.state {
	case capStart:
		if b == '"' {
			c.out = append(c.out, b)
			c.state = capQuoted
			return
		}
		c.state = capPlain
		c.plain(b)
	case capPlain, capClosed:
		c.plain(b)
	case capQuoted:
		// The csv.Reader reads a line break written "\r\n" as one "\n",
		// in quotes too: a carriage return waits for the next byte.
		if c.cr {
			c.cr = false
			if b == '\n' {
				c.newline("\r\n")
				return
			}
			c.content('\r')
		}
		switch b {
		case '"':
			c.state = capQuote // kept until the next byte says what it is
		case '\r':
			c.cr = true
		case '\n':
			c.newline("\n")
		default:
			c.content(b)
		}
	case capQuote:
		c.out = append(c.out, '"')
		if b == '"' { // an escaped quote: one byte of text
			c.size++
			if c.size <= c.max {
				c.out = append(c.out, '"')
			} else {
				c.out = c.out[:len(c.out)-1]
			}
			c.state = capQuoted
			return
		}
		c.state = capClosed
		c.plain(b)
	case capBroken:
		if b == '\n' {
			c.state = capPlain
			c.plain(b)
		}
	}
}

// plain handles a byte outside quotes. A carriage return is held until
// the next byte says whether it ends the line or is text.
func (c *CapReader) plain(b byte) {
	if c.cr {
		c.cr = false
		if b == '\n' {
			c.out = append(c.out, '\r')
		} else if !c.text('\r') {
			// Keep the byte after it too: the csv.Reader drops a
			// carriage return that ends the file, and the error with it.
			c.out = append(c.out, b)
			return
		}
	}
	switch {
	case b == c.comma && b != 0:
		c.endCell()
		c.field++
		c.out = append(c.out, b)
		c.state = capStart
	case b == '\n':
		c.endCell()
		c.field = 0
		c.out = append(c.out, b)
		c.line++
		c.recLine = c.line
		c.state = capStart
		if n := len(c.shifts); c.dropped > 0 && (n == 0 || c.shifts[n-1].dropped != c.dropped) {
			c.shifts = append(c.shifts, shift{c.line, c.dropped})
		}
	case b == '\r':
		c.cr = true
	default:
		c.text(b)
	}
}

// text handles a byte of a cell without quotes, or after a closing quote;
// it reports whether the line goes on.
func (c *CapReader) text(b byte) bool {
	if c.state == capClosed || b == '"' {
		c.out = append(c.out, b)
		c.state = capBroken
		return false
	}
	c.content(b)
	return true
}

// newline handles a line break in a quoted cell: one byte of its text.
func (c *CapReader) newline(nl string) {
	c.size++
	if c.size <= c.max {
		c.out = append(c.out, nl...)
		c.line++
	} else {
		c.dropped++
	}
}

func (c *CapReader) content(b byte) {
	c.size++
	if c.size <= c.max {
		c.out = append(c.out, b)
	}
}

// endCell records a cell that was cut, the first of its record.
func (c *CapReader) endCell() {
	if c.size > c.max {
		if _, seen := c.cut[c.recLine]; !seen {
			if c.cut == nil {
				c.cut = map[int]Oversize{}
			}
			c.cut[c.recLine] = Oversize{Field: c.field, Size: c.size}
		}
	}
	c.size = 0
}

// end closes the last cell at the end of the text.
func (c *CapReader) end() {
	switch {
	case c.state == capQuote:
		c.out = append(c.out, '"')
	case c.cr:
		c.cr = false
		c.out = append(c.out, '\r') // dropped by the csv.Reader at the end
	}
	c.endCell()
}
