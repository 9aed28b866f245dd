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
// and spreadsheets saved on Windows produce.
const (
	UTF8        Encoding = "UTF-8"
	UTF8BOM     Encoding = "UTF-8 with BOM"
	UTF16LE     Encoding = "UTF-16LE"
	UTF16BE     Encoding = "UTF-16BE"
	Windows1252 Encoding = "Windows-1252"
)

// sniffSize is how much of a file that cannot be rewound is looked at to
// decide between UTF-8 and Windows-1252.
const sniffSize = 1 << 20

// ErrBinary is the reason for a file that holds NUL bytes: no export is
// like that, so it is the wrong file (an image, an archive, a database).
var ErrBinary = errors.New("this is a binary file, not a CSV export")

// decodeText returns a reader of the file's text as UTF-8 and the encoding
// it was read in. A seekable reader (an *os.File) is scanned to its end to
// check that it is valid UTF-8 and then rewound, so that a Windows-1252
// byte far down a big file is not misread; anything else is judged on its
// first megabyte.
func decodeText(r io.Reader) (io.Reader, Encoding, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, err := br.Peek(4)
	if err != nil && err != io.EOF {
		return nil, "", err
	}
	switch {
	case bytes.HasPrefix(head, []byte("\xef\xbb\xbf")):
		br.Discard(3)
		return br, UTF8BOM, nil
	case bytes.HasPrefix(head, []byte{0xff, 0xfe}):
		br.Discard(2)
		return &utf16Reader{r: br, order: littleEndian}, UTF16LE, nil
	case bytes.HasPrefix(head, []byte{0xfe, 0xff}):
		br.Discard(2)
		return &utf16Reader{r: br, order: bigEndian}, UTF16BE, nil
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		return nil, "", errors.New("this is a zip archive (an .xlsx workbook?), not a CSV file: open it in a spreadsheet and save the sheet as CSV")
	case bytes.HasPrefix(head, []byte{0xd0, 0xcf, 0x11, 0xe0}):
		return nil, "", errors.New("this is an old Excel workbook (.xls), not a CSV file: open it in a spreadsheet and save the sheet as CSV")
	}

	valid, err := isUTF8(r, br)
	if err != nil {
		return nil, "", err
	}
	if valid {
		return br, UTF8, nil
	}
	return &cp1252Reader{r: br}, Windows1252, nil
}

// isUTF8 reports whether the text is valid UTF-8 without NUL bytes (a NUL
// is ErrBinary). When the underlying reader can seek, the whole file is
// read and rewound, and br is reset onto it.
func isUTF8(r io.Reader, br *bufio.Reader) (bool, error) {
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
			return false, err
		}
		if len(head) == 0 {
			// bufio cannot peek more than its buffer: fall back on it.
			head, _ = br.Peek(br.Buffered())
		}
		return validText(head, len(head) < sniffSize)
	}
	valid, err := scanUTF8(br)
	if err != nil {
		return false, err
	}
	if _, err := s.Seek(start, io.SeekStart); err != nil {
		return false, err
	}
	br.Reset(r)
	return valid, nil
}

// scanUTF8 reads r to its end and reports whether it is valid UTF-8; a NUL
// byte is ErrBinary.
func scanUTF8(r io.Reader) (bool, error) {
	buf := make([]byte, 256<<10)
	var carry int // bytes of an incomplete rune kept from the last chunk
	valid := true
	for {
		n, err := r.Read(buf[carry:])
		n += carry
		chunk := buf[:n]
		if bytes.IndexByte(chunk, 0) >= 0 {
			return false, ErrBinary
		}
		end := err == io.EOF
		keep := 0
		if !end {
			keep = incompleteTail(chunk)
		}
		if valid && !utf8.Valid(chunk[:n-keep]) {
			valid = false
		}
		copy(buf, chunk[n-keep:])
		carry = keep
		if end {
			return valid, nil
		}
		if err != nil {
			return false, err
		}
	}
}

// validText is scanUTF8 for text already in memory; complete says the text
// is the whole file (else an incomplete last rune is forgiven).
func validText(b []byte, complete bool) (bool, error) {
	if bytes.IndexByte(b, 0) >= 0 {
		return false, ErrBinary
	}
	if !complete {
		b = b[:len(b)-incompleteTail(b)]
	}
	return utf8.Valid(b), nil
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
	r   *bufio.Reader
	buf [4096]byte
	out []byte
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
		out := c.out[:0]
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

// String returns the encoding's name.
func (e Encoding) String() string { return string(e) }

// Text returns a reader of the file's text as UTF-8 (a byte-order mark
// removed) and the encoding it was read in, for readers that do their own
// CSV parsing.
func Text(r io.Reader) (io.Reader, Encoding, error) { return decodeText(r) }
