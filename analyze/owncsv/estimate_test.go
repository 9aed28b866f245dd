package owncsv

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEstimateRows checks the up-front reservation: close to the truth for a
// regular file, nothing for a small one, and nothing for a file whose size
// comes from a few giant cells rather than from its rows.
func TestEstimateRows(t *testing.T) {
	line := strings.Repeat("x", 99) + "\n" // 100 bytes a row
	head := func(data []byte) []byte { return data[:min(len(data), maxHeader)] }

	regular := []byte(strings.Repeat(line, 20_000)) // 2,000,000 bytes, 20,000 rows
	if got := estimateRows(bytes.NewReader(regular[maxHeader:]), head(regular), ','); got < 20_000 || got > 20_700 {
		t.Errorf("regular in memory: estimate %d, want 20,000 to 20,700 (a window's rounding)", got)
	}

	small := []byte(strings.Repeat(line, 100))
	if got := estimateRows(bytes.NewReader(nil), small, ','); got != 0 {
		t.Errorf("small: estimate %d, want 0", got)
	}

	dir := t.TempDir()
	write := func(name string, data []byte) *os.File {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { f.Close() })
		return f
	}

	f := write("regular.csv", regular)
	if got := estimateRows(f, head(regular), ','); got < 20_000 || got > 20_700 {
		t.Errorf("regular file: estimate %d, want 20,000 to 20,700", got)
	}

	// 1,000 ordinary rows, then one 4 MB cell, then 1,000 more rows: 2,001
	// rows in 4.2 MB. The head alone would guess 42,000.
	var giant bytes.Buffer
	giant.WriteString(strings.Repeat(line, 1000))
	giant.WriteString(`"` + strings.Repeat("y", 4<<20) + `"` + "\n")
	giant.WriteString(strings.Repeat(line, 1000))
	f = write("giant.csv", giant.Bytes())
	if got := estimateRows(f, head(giant.Bytes()), ','); got != 0 {
		t.Errorf("giant cell in the middle: estimate %d, want 0 (no line break in the middle window)", got)
	}

	// Rows whose text holds a line break: 20,000 records of 2 lines each.
	multi := []byte(strings.Repeat("x,\""+strings.Repeat("y", 40)+"\n"+strings.Repeat("z", 55)+"\"\n", 20_000))
	if got := estimateRows(bytes.NewReader(multi[maxHeader:]), head(multi), ','); got < 20_000 || got > 20_700 {
		t.Errorf("two lines a record: estimate %d, want 20,000 to 20,700, not the 40,000 lines", got)
	}

	// A reader claiming a terabyte of 100-byte rows is capped.
	if got := estimateRows(lenReader(1<<40), head(regular), ','); got != maxReserve {
		t.Errorf("a terabyte: estimate %d, want the cap %d", got, maxReserve)
	}
}

// lenReader is an empty reader that reports a length, as bytes.Reader does.
type lenReader int

func (lenReader) Read([]byte) (int, error) { return 0, io.EOF }
func (n lenReader) Len() int               { return int(n) }
