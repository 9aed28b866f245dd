//go:build linux

package main

import (
	"os"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"unsafe"
)

// adviseHugePages allocates need bytes (see hugeHeapSize), advises them
// MADV_HUGEPAGE and frees them, so that Go's heap grows into memory the
// kernel backs with huge pages. The allocation is fresh memory, never
// touched: Go does not clear it, and it costs address space, not memory.
// Only on 64-bit systems, where address space is plenty. It returns where
// the advised memory starts and how long it is, for tests; 0, 0 when it
// advised nothing.
func adviseHugePages(need int64) (start uintptr, n int64) {
	if strconv.IntSize < 64 || strings.Contains(os.Getenv("GODEBUG"), "disablethp=1") {
		return 0, 0
	}
	var si syscall.Sysinfo_t
	if syscall.Sysinfo(&si) != nil {
		return 0, 0
	}
	n = hugeHeapSize(need, int64(uint64(si.Totalram)*uint64(si.Unit)))
	if n == 0 {
		return 0, 0
	}
	b := make([]byte, n)
	err := syscall.Madvise(b, syscall.MADV_HUGEPAGE)
	start = uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	runtime.KeepAlive(b)
	// b is dead from here: free it now, so that the heap's next growth
	// reuses its memory.
	runtime.GC()
	if err != nil {
		// A kernel without transparent huge pages: the heap keeps its
		// small pages.
		return 0, 0
	}
	return start, n
}
