package mapped

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode"

	"github.com/socialaudit/socialaudit/analyze/internal/field"
)

// layout is a date_layout of a mapping file, translated to Go's reference
// layout. Consultants know spreadsheet-style tokens ("DD/MM/YYYY HH:mm"),
// not Go's "02/01/2006 15:04", so the file speaks the former.
type layout struct {
	text     string // as written in the mapping file
	goLayout string
	clock    bool // has an hour: a time, not only a date
	offset   bool // has Z or ZZ: the values carry their own UTC offset
	ampm     bool // has A
	// order is the order of a numeric day and month, for Input.DateOrder;
	// OrderUnknown when the year comes first or the month is a name.
	order field.Order
}

// token is one element of the date_layout syntax.
type token struct {
	tok, goTok string
	part       byte // what it stands for: y M D w H m s A Z
}

// tokens lists the syntax, the longer spelling of a letter first so that
// the first prefix found is the longest.
var tokens = []token{
	{"YYYY", "2006", 'y'}, {"YY", "06", 'y'},
	{"MMMM", "January", 'M'}, {"MMM", "Jan", 'M'}, {"MM", "01", 'M'}, {"M", "1", 'M'},
	{"DD", "02", 'D'}, {"D", "2", 'D'},
	{"dddd", "Monday", 'w'}, {"ddd", "Mon", 'w'},
	// Go's "15" reads one or two digits, so H and HH are the same when
	// reading.
	{"HH", "15", 'H'}, {"H", "15", 'H'}, {"hh", "03", 'h'}, {"h", "3", 'h'},
	{"mm", "04", 'm'}, {"m", "4", 'm'},
	{"ss", "05", 's'}, {"s", "5", 's'},
	{"A", "PM", 'A'},
	{"ZZ", "Z0700", 'Z'}, {"Z", "Z07:00", 'Z'},
}

// tokenList is the syntax for messages.
const tokenList = "YYYY YY MMMM MMM MM M DD D dddd ddd HH H hh h mm m ss s A Z ZZ"

// parseLayout translates a date_layout. Letters that are not tokens must be
// put in [brackets] (a bare T is allowed, as in "YYYY-MM-DDTHH:mm"); digits
// are refused because Go's layouts give digits a meaning.
func parseLayout(s string) (*layout, error) {
	if strings.TrimSpace(s) == "" {
		return nil, errors.New("is empty")
	}
	l := &layout{text: s}
	var goL strings.Builder
	// pieces are the translated parts, for the self-check below.
	type piece struct{ lit, goTok string }
	var pieces []piece
	seen := map[byte]string{}
	var posDay, posMonth, posYear = -1, -1, -1
	numericMonth := false
	for i := 0; i < len(s); {
		if s[i] == '[' {
			end := strings.IndexByte(s[i:], ']')
			if end < 0 {
				return nil, fmt.Errorf("%q has a [ without its ]", s)
			}
			lit := s[i+1 : i+end]
			if strings.IndexFunc(lit, unicode.IsDigit) >= 0 {
				return nil, fmt.Errorf("%q has digits in its literal text [%s], which cannot be told from the date", s, lit)
			}
			pieces = append(pieces, piece{lit: lit})
			goL.WriteString(lit)
			i += end + 1
			continue
		}
		var tk *token
		for j := range tokens {
			if strings.HasPrefix(s[i:], tokens[j].tok) {
				tk = &tokens[j]
				break
			}
		}
		if tk == nil {
			r := []rune(s[i:])[0]
			switch {
			case r == 'T':
			case unicode.IsDigit(r):
				return nil, fmt.Errorf("%q has a digit %q, which cannot be told from the date", s, r)
			case unicode.IsLetter(r):
				return nil, fmt.Errorf("%q has %q, which is not a token (tokens: %s; put other letters in [brackets])", s, r, tokenList)
			}
			lit := string(r)
			pieces = append(pieces, piece{lit: lit})
			goL.WriteString(lit)
			i += len(lit)
			continue
		}
		part := tk.part
		if part == 'h' {
			part = 'H' // one hour, whichever clock
		}
		if prev, dup := seen[part]; dup {
			return nil, fmt.Errorf("%q has two tokens for the same thing (%s and %s)", s, prev, tk.tok)
		}
		seen[part] = tk.tok
		switch tk.part {
		case 'y':
			posYear = i
		case 'M':
			posMonth = i
			numericMonth = tk.tok == "MM" || tk.tok == "M"
		case 'D':
			posDay = i
		case 'H':
			l.clock = true
		case 'h':
			l.clock = true
		case 'A':
			l.ampm = true
		case 'Z':
			l.offset = true
		}
		pieces = append(pieces, piece{goTok: tk.goTok})
		goL.WriteString(tk.goTok)
		i += len(tk.tok)
	}
	twelve := seen['H'] == "hh" || seen['H'] == "h"
	_, hasMin := seen['m']
	_, hasSec := seen['s']
	switch {
	case posYear < 0 || posMonth < 0 || posDay < 0:
		return nil, fmt.Errorf("%q needs a year (YYYY or YY), a month (MM, M, MMM or MMMM) and a day (DD or D)", s)
	case twelve && !l.ampm:
		return nil, fmt.Errorf("%q has a 12-hour clock (%s) without A for AM/PM; use HH for a 24-hour clock", s, seen['H'])
	case l.ampm && !twelve:
		return nil, fmt.Errorf("%q has A (AM/PM) without a 12-hour clock (hh or h)", s)
	case hasMin && !l.clock:
		return nil, fmt.Errorf("%q has minutes without an hour", s)
	case hasSec && !hasMin:
		return nil, fmt.Errorf("%q has seconds without minutes", s)
	case l.offset && !l.clock:
		return nil, fmt.Errorf("%q has a UTC offset (%s) without a time", s, seen['Z'])
	}
	if numericMonth && posYear > min(posDay, posMonth) {
		l.order = field.MonthFirst
		if posDay < posMonth {
			l.order = field.DayFirst
		}
	}
	l.goLayout = goL.String()
	// Go reads some literal text next to a token as another token ("_2"
	// is a padded day, "Jan" a month). Formatting two instants piece by
	// piece and as a whole must agree, or the translation is unfaithful.
	for _, ref := range refTimes {
		var want strings.Builder
		for _, p := range pieces {
			if p.goTok != "" {
				want.WriteString(ref.Format(p.goTok))
			} else {
				want.WriteString(p.lit)
			}
		}
		if got := ref.Format(l.goLayout); got != want.String() {
			return nil, fmt.Errorf("%q has literal text that would be read as part of the date (%q); change or remove it", s, got)
		}
	}
	return l, nil
}

// refTimes have every field distinct and non-zero, one with one-digit
// month, day and hour, both with a non-UTC offset.
var refTimes = []time.Time{
	time.Date(2037, 11, 28, 19, 48, 59, 0, time.FixedZone("", 5*3600+1800)),
	time.Date(2031, 2, 3, 4, 5, 6, 0, time.FixedZone("", -3*3600)),
}

// ampmRe finds am/pm in any case, with or without dots, as a word.
var ampmRe = regexp.MustCompile(`(?i)(^|[^\pL])([ap])\.?m\.?($|[^\pL])`)

// parse reads a value and returns it as text field.Scan reads exactly: an
// ISO date, an ISO wall-clock time (placed in the file's zone later), or an
// RFC 3339 time with its offset. The error quotes the value and the layout.
func (l *layout) parse(raw string) (string, error) {
	v := strings.TrimSpace(raw)
	if l.ampm {
		// Go reads only upper-case AM and PM; exports write "pm", "p.m.".
		v = ampmRe.ReplaceAllStringFunc(v, func(m string) string {
			sub := ampmRe.FindStringSubmatch(m)
			return sub[1] + strings.ToUpper(sub[2]) + "M" + sub[3]
		})
	}
	t, err := time.Parse(l.goLayout, v)
	if err != nil {
		why := ""
		var pe *time.ParseError
		if errors.As(err, &pe) && pe.Message != "" {
			why = " (" + strings.TrimPrefix(pe.Message, ": ") + ")"
		}
		return "", fmt.Errorf("%q does not match the date_layout %q%s", strings.TrimSpace(raw), l.text, why)
	}
	if t.Year() < field.MinYear {
		return "", fmt.Errorf("%q is before %d", strings.TrimSpace(raw), field.MinYear)
	}
	switch {
	case l.offset:
		return t.Format(time.RFC3339Nano), nil
	case l.clock:
		return t.Format("2006-01-02 15:04:05.999999999"), nil
	}
	return t.Format("2006-01-02"), nil
}
