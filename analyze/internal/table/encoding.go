package table

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"unicode/utf16"
	"unicode/utf8"
)

// Encoding names the character encoding a file was read in.
type Encoding string

// The encodings a Table recognises. Only the first four are announced by the
// file itself (a byte-order mark, or text that is valid UTF-8); Windows-1252
// is the fallback for text that is not, which is what old Facebook exports
// and spreadsheets saved on Windows produce. UTF8Mixed is a file that is
// both: UTF-8 text with lines in Windows-1252 (two exports pasted into one
// file, or a cell edited on another machine). It is decoded sequence by
// sequence: what is valid UTF-8 is read as UTF-8, and each byte that is not
// as Windows-1252, so neither part turns into mojibake.
const (
	UTF8        Encoding = "UTF-8"
	UTF8BOM     Encoding = "UTF-8 with BOM"
	UTF16LE     Encoding = "UTF-16LE"
	UTF16BE     Encoding = "UTF-16BE"
	Windows1252 Encoding = "Windows-1252"
	UTF8Mixed   Encoding = "UTF-8 with Windows-1252 lines"
)

// Mixed says which lines of a UTF8Mixed file were read as Windows-1252.
type Mixed struct {
	Lines int // how many physical lines hold a byte that is not UTF-8
	First int // the first of them (1-based), 0 when none
}

// sniffSize is how much of a file that cannot be rewound is looked at to
// decide between UTF-8 and Windows-1252.
const sniffSize = 1 << 20

// ErrBinary is the reason for a file that holds NUL bytes: no export is
// like that, so it is the wrong file (an image, an archive, a database).
var ErrBinary = errors.New("this is a binary file, not a CSV export")

// decodeText returns a reader of the file's text as UTF-8 and the encoding
// it was read in, with, for UTF8Mixed, the lines read as Windows-1252. A
// seekable reader (an *os.File) is scanned to its end, in chunks, to check
// that it is valid UTF-8 and then rewound, so that a Windows-1252 byte far
// down a big file is not misread; anything else is judged on its first
// megabyte.
func decodeText(r io.Reader) (io.Reader, Encoding, Mixed, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, err := br.Peek(4)
	if err != nil && err != io.EOF {
		return nil, "", Mixed{}, err
	}
	switch {
	case bytes.HasPrefix(head, []byte("\xef\xbb\xbf")):
		br.Discard(3)
		// A byte that is not UTF-8 after the mark (a line pasted from a
		// Windows-1252 file) is read as Windows-1252, as in a mixed file,
		// so that no invalid UTF-8 reaches a record.
		return &mixedReader{r: br}, UTF8BOM, Mixed{}, nil
	case bytes.HasPrefix(head, []byte{0xff, 0xfe}):
		br.Discard(2)
		return &utf16Reader{r: br, order: littleEndian}, UTF16LE, Mixed{}, nil
	case bytes.HasPrefix(head, []byte{0xfe, 0xff}):
		br.Discard(2)
		return &utf16Reader{r: br, order: bigEndian}, UTF16BE, Mixed{}, nil
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		return nil, "", Mixed{}, errors.New("this is a zip archive (an .xlsx workbook?), not a CSV file: open it in a spreadsheet and save the sheet as CSV")
	case bytes.HasPrefix(head, []byte{0xd0, 0xcf, 0x11, 0xe0}):
		return nil, "", Mixed{}, errors.New("this is an old Excel workbook (.xls), not a CSV file: open it in a spreadsheet and save the sheet as CSV")
	}

	sc, err := isUTF8(r, br)
	if err != nil {
		return nil, "", Mixed{}, err
	}
	switch {
	case sc.invalid.Lines == 0:
		return br, UTF8, Mixed{}, nil
	case sc.multibyte:
		return &mixedReader{r: br}, UTF8Mixed, sc.invalid, nil
	}
	return &cp1252Reader{r: br}, Windows1252, Mixed{}, nil
}

// scan is what a look at the raw bytes found: whether they hold a valid
// UTF-8 multibyte sequence (an accented letter written in UTF-8), and the
// lines that hold a byte that is not UTF-8. Text with invalid bytes and no
// UTF-8 sequence is Windows-1252 throughout; with both, it is mixed.
type scan struct {
	multibyte bool
	invalid   Mixed
	line      int // the current line, 1-based
}

// add looks at the next chunk of the text; b holds whole runes (the caller
// keeps a rune cut by the chunk's end for the next chunk), or is the end.
func (s *scan) add(b []byte) {
	if s.line == 0 {
		s.line = 1
	}
	if utf8.Valid(b) {
		if !s.multibyte {
			for _, c := range b {
				if c >= utf8.RuneSelf {
					s.multibyte = true
					break
				}
			}
		}
		s.line += bytes.Count(b, []byte{'\n'})
		return
	}
	lastBad := 0 // the last line counted as holding an invalid byte
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c == '\n' {
				s.line++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			if lastBad != s.line {
				lastBad = s.line
				s.invalid.Lines++
				if s.invalid.First == 0 {
					s.invalid.First = s.line
				}
			}
		} else {
			s.multibyte = true
		}
		i += n
	}
}

// isUTF8 scans the text for UTF-8 sequences and invalid bytes; a NUL byte
// is ErrBinary. When the underlying reader can seek, the whole file is read
// in chunks and rewound, and br is reset onto it.
func isUTF8(r io.Reader, br *bufio.Reader) (scan, error) {
	s, ok := r.(io.Seeker)
	var start int64
	if ok {
		var err error
		// The bufio.Reader has read ahead: the file's position is past
		// what br has handed out.
		start, err = s.Seek(0, io.SeekCurrent)
		if err != nil {
			ok = false
		} else {
			start -= int64(br.Buffered())
		}
	}
	if !ok {
		head, err := br.Peek(sniffSize)
		if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
			return scan{}, err
		}
		if len(head) == 0 {
			// bufio cannot peek more than its buffer: fall back on it.
			head, _ = br.Peek(br.Buffered())
		}
		return scanText(head, err == io.EOF)
	}
	sc, err := scanUTF8(br)
	if err != nil {
		return scan{}, err
	}
	if _, err := s.Seek(start, io.SeekStart); err != nil {
		return scan{}, err
	}
	br.Reset(r)
	return sc, nil
}

// scanUTF8 reads r to its end, in chunks, and scans it; a NUL byte is
// ErrBinary.
func scanUTF8(r io.Reader) (scan, error) {
	buf := make([]byte, 256<<10)
	var carry int // bytes of an incomplete rune kept from the last chunk
	var sc scan
	for {
		n, err := r.Read(buf[carry:])
		n += carry
		chunk := buf[:n]
		if bytes.IndexByte(chunk, 0) >= 0 {
			return scan{}, ErrBinary
		}
		end := err == io.EOF
		keep := 0
		if !end {
			keep = incompleteTail(chunk)
		}
		sc.add(chunk[:n-keep])
		copy(buf, chunk[n-keep:])
		carry = keep
		if end {
			return sc, nil
		}
		if err != nil {
			return scan{}, err
		}
	}
}

// scanText is scanUTF8 for text already in memory; complete says the text
// is the whole file (else an incomplete last rune is forgiven).
func scanText(b []byte, complete bool) (scan, error) {
	if bytes.IndexByte(b, 0) >= 0 {
		return scan{}, ErrBinary
	}
	if !complete {
		b = b[:len(b)-incompleteTail(b)]
	}
	var sc scan
	sc.add(b)
	return sc, nil
}

// incompleteTail returns how many bytes at the end of b are the start of a
// rune cut by the chunk boundary.
func incompleteTail(b []byte) int {
	for i := 1; i <= 3 && i <= len(b); i++ {
		c := b[len(b)-i]
		if c < 0x80 {
			return 0
		}
		if c >= 0xc0 { // a leading byte
			if utf8.FullRune(b[len(b)-i:]) {
				return 0
			}
			return i
		}
	}
	return 0
}

type byteOrder bool

const (
	littleEndian byteOrder = false
	bigEndian    byteOrder = true
)

// utf16Reader turns UTF-16 text into UTF-8. An unpaired surrogate or an odd
// last byte becomes U+FFFD, as in every browser.
type utf16Reader struct {
	r     *bufio.Reader
	order byteOrder
	out   []byte // encoded, not yet returned
	err   error
}

func (u *utf16Reader) unit() (uint16, error) {
	a, err := u.r.ReadByte()
	if err != nil {
		return 0, err
	}
	b, err := u.r.ReadByte()
	if err == io.EOF {
		return 0xfffd, nil // an odd last byte
	}
	if err != nil {
		return 0, err
	}
	if u.order == bigEndian {
		return uint16(a)<<8 | uint16(b), nil
	}
	return uint16(b)<<8 | uint16(a), nil
}

func (u *utf16Reader) Read(p []byte) (int, error) {
	for len(u.out) < len(p) && u.err == nil {
		c, err := u.unit()
		if err != nil {
			u.err = err
			break
		}
		if c == 0 {
			u.err = ErrBinary
			break
		}
		r := rune(c)
		if utf16.IsSurrogate(r) {
			if c >= 0xdc00 { // a low surrogate first
				r = utf8.RuneError
			} else {
				d, err := u.unit()
				if err != nil {
					u.err = err
					r = utf8.RuneError
				} else if r2 := utf16.DecodeRune(r, rune(d)); r2 != utf8.RuneError {
					r = r2
				} else {
					// Not a pair: keep the second unit as a rune of its own.
					u.out = utf8.AppendRune(u.out, utf8.RuneError)
					if utf16.IsSurrogate(rune(d)) {
						r = utf8.RuneError
					} else {
						r = rune(d)
					}
				}
			}
		}
		u.out = utf8.AppendRune(u.out, r)
	}
	n := copy(p, u.out)
	u.out = u.out[n:]
	if n == 0 && u.err != nil {
		return 0, u.err
	}
	return n, nil
}

// cp1252 maps the bytes 0x80 to 0x9F of Windows-1252; the other bytes are
// the Latin-1 code points of the same value. The five bytes Windows-1252
// leaves undefined map to the C1 controls, as the WHATWG encoding standard
// says.
var cp1252 = [32]rune{
	0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
	0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
	0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
	0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
}

// cp1252Reader turns Windows-1252 text into UTF-8.
type cp1252Reader struct {
	r      *bufio.Reader
	buf    [4096]byte
	out    []byte
	outBuf [3 * 4096]byte // out's storage: a byte gives at most three
}

func (c *cp1252Reader) Read(p []byte) (int, error) {
	if len(c.out) == 0 {
		n, err := c.r.Read(c.buf[:])
		if n == 0 {
			if err == nil {
				err = io.ErrNoProgress
			}
			return 0, err
		}
		out := c.outBuf[:0]
		for _, b := range c.buf[:n] {
			switch {
			case b < 0x80:
				out = append(out, b)
			case b < 0xa0:
				out = utf8.AppendRune(out, cp1252[b-0x80])
			default:
				out = utf8.AppendRune(out, rune(b))
			}
		}
		c.out = out
	}
	n := copy(p, c.out)
	c.out = c.out[n:]
	return n, nil
}

// mixedReader turns UTF-8 text with stray Windows-1252 bytes into UTF-8:
// every valid UTF-8 sequence is kept as it is, every byte that is not one
// is read as Windows-1252.
type mixedReader struct {
	r      *bufio.Reader
	buf    [4096]byte
	carry  int // bytes of a rune cut by the end of the last chunk
	out    []byte
	outBuf [3 * 4096]byte // out's storage: a byte gives at most three
	err    error
}

func (m *mixedReader) Read(p []byte) (int, error) {
	for len(m.out) == 0 {
		if m.err != nil {
			return 0, m.err
		}
		n, err := m.r.Read(m.buf[m.carry:])
		n += m.carry
		m.carry = 0
		if err != nil {
			m.err = err
		}
		if n == 0 && err == nil {
			return 0, io.ErrNoProgress
		}
		b := m.buf[:n]
		out := m.outBuf[:0]
		for i := 0; i < len(b); {
			c := b[i]
			if c < utf8.RuneSelf {
				out = append(out, c)
				i++
				continue
			}
			if m.err == nil && !utf8.FullRune(b[i:]) {
				// The chunk ends inside what may be a rune: wait for the
				// rest before deciding.
				m.carry = copy(m.buf[:], b[i:])
				break
			}
			r, size := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size == 1 {
				out = appendCP1252(out, c)
			} else {
				out = append(out, b[i:i+size]...)
			}
			i += size
		}
		m.out = out
	}
	n := copy(p, m.out)
	m.out = m.out[n:]
	return n, nil
}

// appendCP1252 appends the UTF-8 of the Windows-1252 byte b (0x80 and up).
func appendCP1252(out []byte, b byte) []byte {
	if b < 0xa0 {
		return utf8.AppendRune(out, cp1252[b-0x80])
	}
	return utf8.AppendRune(out, rune(b))
}

// String returns the encoding's name.
func (e Encoding) String() string { return string(e) }

// Text returns a reader of the file's text as UTF-8 (a byte-order mark
// removed) and the encoding it was read in, for readers that do their own
// CSV parsing.
func Text(r io.Reader) (io.Reader, Encoding, error) {
	text, enc, _, err := decodeText(r)
	return text, enc, err
}
