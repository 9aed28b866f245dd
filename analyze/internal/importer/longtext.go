package importer

import (
	"fmt"
	"reflect"
	"strings"
	"unicode/utf8"

	"github.com/socialaudit/socialaudit/analyze"
)

// MaxText is the longest post or comment text kept, in bytes. No platform
// lets a post or comment be this long (Facebook's posts stop at 63,206
// characters, X's long posts at 25,000, comments far sooner), so a longer one
// comes from a broken or hostile file; keeping it whole would make memory
// follow the length of texts rather than the number of records.
const MaxText = 64 << 10

// LongTexts shortens the texts longer than MaxText as records are read, and
// counts them for a note on the data page.
type LongTexts int

// Post shortens p's text if it is too long.
func (n *LongTexts) Post(p *analyze.Post) {
	if shorten(&p.Text) {
		detach(p)
		*n++
	}
}

// Comment shortens c's text if it is too long.
func (n *LongTexts) Comment(c *analyze.Comment) {
	if shorten(&c.Text) {
		detach(c)
		*n++
	}
}

// Noter takes a note for the data page; *File is one.
type Noter interface {
	Note(format string, args ...any)
}

// NoteTo says how many texts were shortened, if any.
func (n LongTexts) NoteTo(to Noter) {
	if n > 0 {
		to.Note("texts longer than %d KiB (more than any platform allows) shortened to that length: %d", MaxText>>10, int(n))
	}
}

// shorten cuts *s to at most MaxText bytes, on a character boundary, into
// a string of its own; it reports whether it cut.
func shorten(s *string) bool {
	if len(*s) <= MaxText {
		return false
	}
	n := MaxText
	for n > 0 && !utf8.RuneStart((*s)[n]) {
		n--
	}
	*s = strings.Clone((*s)[:n])
	return true
}

// detach copies every string field of the struct *p into memory of its own:
// the fields read from one row are slices of one string, so a single one
// left would keep the whole long row in memory. Reflection keeps it right
// when fields are added; it runs only on the rare record whose text was cut.
func detach[T analyze.Post | analyze.Comment](p *T) {
	v := reflect.ValueOf(p).Elem()
	for i := 0; i < v.NumField(); i++ {
		if f := v.Field(i); f.Kind() == reflect.String && f.CanSet() {
			f.SetString(strings.Clone(f.String()))
		}
	}
}

// InputNotes takes notes into an Input directly; with no Input, it drops
// them.
type InputNotes struct{ *analyze.Input }

// Note adds a line to what the data page says about the file.
func (in InputNotes) Note(format string, args ...any) {
	if in.Input != nil {
		in.Notes = append(in.Notes, fmt.Sprintf(format, args...))
	}
}
