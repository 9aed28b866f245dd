package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"
)

// redrawEvery is the shortest time between two redraws of the bar: often
// enough to look alive, rarely enough to cost nothing.
const redrawEvery = 100 * time.Millisecond

// barWidth is the number of cells of the bar.
const barWidth = 30

// isTerminal reports whether w is a terminal: an *os.File on a character
// device. Anything else (a pipe, a file, a buffer) gets no bar, so logs
// and CI output stay clean. A variable so that tests can pretend.
var isTerminal = func(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// progress draws a one-line progress bar on a terminal, redrawn in place:
// the bytes of the inputs read so far, then the later stages by name. A
// nil *progress draws nothing; every method may be called on it.
type progress struct {
	w     io.Writer
	now   func() time.Time
	total int64  // bytes of every input
	done  int64  // bytes read so far, each byte once
	name  string // the file being read, while reading
	label string // the stage after reading
	last  time.Time
	shown bool // a line of ours is on the screen
}

// newProgress returns a bar drawing on w, or nil when w is not a terminal.
func newProgress(w io.Writer, terminal bool, now func() time.Time) *progress {
	if !terminal {
		return nil
	}
	return &progress{w: w, now: now}
}

// reading starts the reading stage over total bytes (inputBytes).
func (p *progress) reading(total int64) {
	if p == nil {
		return
	}
	p.total, p.done = total, 0
}

// inputBytes is the size of files, together; a file it cannot see counts
// nothing (reading it will say why).
func inputBytes(files []string) int64 {
	var total int64
	for _, f := range files {
		if info, err := os.Stat(f); err == nil {
			total += info.Size()
		}
	}
	return total
}

// file returns r counting what is read of it into the bar, and shows the
// file's name.
func (p *progress) file(name string, r io.ReadSeeker) io.ReadSeeker {
	if p == nil {
		return r
	}
	p.name, p.label = filepath.Base(name), ""
	p.draw(true)
	return &countingReader{r: r, p: p}
}

// add counts n more bytes read.
func (p *progress) add(n int64) {
	p.done += n
	p.draw(false)
}

// stage shows the named stage in place of the bar.
func (p *progress) stage(label string) {
	if p == nil {
		return
	}
	p.name, p.label = "", label
	p.draw(true)
}

// finish clears the bar's line, so that what follows starts clean. It may
// be called more than once.
func (p *progress) finish() {
	if p == nil || !p.shown {
		return
	}
	io.WriteString(p.w, "\r\x1b[K")
	p.shown = false
}

// draw redraws the line, at most every redrawEvery unless forced.
func (p *progress) draw(force bool) {
	t := p.now()
	if !force && p.shown && t.Sub(p.last) < redrawEvery {
		return
	}
	p.last, p.shown = t, true
	fmt.Fprintf(p.w, "\r%s\x1b[K", p.line())
}

// line is the text of the bar, within 80 columns.
func (p *progress) line() string {
	if p.label != "" {
		return printable(p.label, 76) + "..."
	}
	pct := int64(100)
	if p.total > 0 {
		pct = min(100, p.done*100/p.total)
	}
	full := int(pct) * barWidth / 100
	bar := strings.Repeat("#", full) + strings.Repeat("-", barWidth-full)
	return fmt.Sprintf("Reading [%s] %3d%%  %s", bar, pct, printable(p.name, 30))
}

// printable keeps a file name from writing control sequences to the
// terminal, and shortens it to at most n runes.
func printable(s string, n int) string {
	r := []rune(strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return '?'
		}
		return r
	}, s))
	if len(r) > n {
		r = append(r[:n-1], '…')
	}
	return string(r)
}

// countingReader tells its progress how far into the file reading got.
// The importers read a file several times (once per candidate format), so
// it counts the furthest offset reached, not every byte read.
type countingReader struct {
	r         io.ReadSeeker
	p         *progress
	pos, high int64
}

func (c *countingReader) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	c.pos += int64(n)
	if c.pos > c.high {
		c.p.add(c.pos - c.high)
		c.high = c.pos
	}
	return n, err
}

func (c *countingReader) Seek(offset int64, whence int) (int64, error) {
	pos, err := c.r.Seek(offset, whence)
	if err == nil {
		c.pos = pos
	}
	return pos, err
}
