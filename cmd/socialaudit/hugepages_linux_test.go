//go:build linux

package main

import (
	"bufio"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestHugeHeapSize(t *testing.T) {
	const mib = 1 << 20
	for _, tc := range []struct{ need, ram, want int64 }{
		{900 * mib, 16 << 30, 900 * mib},     // a million comments
		{20 << 30, 16 << 30, 8 << 30},        // more than the machine: half of it
		{63 * mib, 16 << 30, 0},              // too small to matter
		{minHugeHeap, 16 << 30, minHugeHeap}, // just enough
		{900 * mib, 100 * mib, 0},            // half of a tiny machine is too small
	} {
		if got := hugeHeapSize(tc.need, tc.ram); got != tc.want {
			t.Errorf("hugeHeapSize(%d, %d) = %d, want %d", tc.need, tc.ram, got, tc.want)
		}
	}
}

// advisedBytes says how many bytes of [start, start+n) lie in mappings of
// this process that carry the MADV_HUGEPAGE advice ("hg" among the VmFlags
// of /proc/self/smaps).
func advisedBytes(t *testing.T, start uintptr, n int64) int64 {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skipf("no /proc/self/smaps: %v", err)
	}
	defer f.Close()
	end := start + uintptr(n)
	var total int64
	var lo, hi uint64
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 {
			continue
		}
		if from, to, ok := strings.Cut(fields[0], "-"); ok && !strings.HasSuffix(fields[0], ":") {
			// A mapping's first line: "7f12a000-7f12c000 rw-p ...".
			lo, err = strconv.ParseUint(from, 16, 64)
			if err == nil {
				hi, err = strconv.ParseUint(to, 16, 64)
			}
			if err != nil {
				t.Fatalf("smaps: %q", sc.Text())
			}
			continue
		}
		if fields[0] != "VmFlags:" || !slices.Contains(fields[1:], "hg") {
			continue
		}
		if a, b := max(lo, uint64(start)), min(hi, uint64(end)); a < b {
			total += int64(b - a)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return total
}

// TestAdviseHugePages checks that the advice reaches the kernel: the
// memory adviseHugePages returns is advised MADV_HUGEPAGE, all of it; with
// GODEBUG=disablethp=1, it advises nothing.
func TestAdviseHugePages(t *testing.T) {
	if _, err := os.Stat("/sys/kernel/mm/transparent_hugepage/enabled"); err != nil {
		t.Skip("this kernel has no transparent huge pages")
	}
	const want = 256 << 20
	t.Run("disablethp", func(t *testing.T) {
		t.Setenv("GODEBUG", "disablethp=1")
		if start, n := adviseHugePages(want); start != 0 || n != 0 {
			t.Errorf("advised %d bytes at %#x: GODEBUG=disablethp=1 should ask for none", n, start)
		}
	})
	t.Run("advised", func(t *testing.T) {
		start, n := adviseHugePages(want)
		if start == 0 || n != want {
			t.Fatalf("advised %d bytes at %#x, want %d", n, start, want)
		}
		if got := advisedBytes(t, start, n); got != n {
			t.Errorf("%d of the %d bytes at %#x are advised MADV_HUGEPAGE", got, n, start)
		}
	})
}
