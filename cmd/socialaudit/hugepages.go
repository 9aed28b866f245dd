package main

// Huge pages. A build of a million comments touches about 900 MiB of
// fresh memory. In 4 KiB pages that is some 230,000 page faults (1.6 s of
// system time on the benchmark's machine) and as many TLB entries for the
// analyses to miss. Linux can back memory with 2 MiB pages instead, but
// most distributions (Debian, Ubuntu) only do so for memory a program asks
// for with madvise(MADV_HUGEPAGE), and Go does not ask for its heap.
//
// So, before reading, the build asks for huge pages for as much heap as
// the inputs will need (prepareHeap): it allocates that much at once,
// advises it, and frees it. Go's heap then grows into that same memory,
// which the kernel backs with huge pages as it is first written; memory it
// does not touch costs nothing, so an input that needs less memory than
// its size suggests (long texts are cut) still costs only what it uses.
//
// Measured on a million comments (2 cores, Linux 6.18, THP "madvise"),
// six runs each, alternated: without the advice 5.36-5.64 s wall, 7.0-7.4
// s of user time and about 225,000 page faults; with it, in five runs of
// six, 4.26-5.20 s, 5.5-5.9 s and 8,000-21,000 faults. In the sixth, most
// of the heap still got small pages (6.76 s, 236,000 faults): the kernel
// had mapped its shared huge zero page there first, as it does when
// untouched memory is read before it is written; with that page turned
// off (/sys/kernel/mm/transparent_hugepage/use_zero_page) every run got
// huge pages. Writing the whole range now would avoid that, but would
// make the memory resident whether the build needs it or not.
//
// The advice is not quite free: Go keeps a word of bookkeeping per 8 KiB
// page of the block it allocates, about 1 MiB per GiB advised. The 5.2 GB
// file of issue 6 (2,000 comments and 100 cells of 50 MiB) is advised the
// most there is, half the memory (11.5 GB here), and its build peaked at
// 45 MB instead of 34.5 MB. GODEBUG=disablethp=1, Go's own switch against
// huge pages, turns the advice off.

// heapPerInputByte is how many bytes of memory a build takes at its peak
// for each byte of input, rounded up: the benchmark's million comments
// (220 MB of input) peak at about 900 MiB, five million (1.1 GB) at about
// 4.6 GiB.
const heapPerInputByte = 4

// minHugeHeap is the smallest heap worth advising: below it, the build is
// over in a fraction of a second anyway.
const minHugeHeap = 64 << 20

// prepareHeap asks for huge pages for the heap a build of input bytes will
// need (see above). It does nothing for small inputs, on systems other
// than Linux, and when GODEBUG has disablethp=1.
func prepareHeap(input int64) {
	adviseHugePages(input * heapPerInputByte)
}

// hugeHeapSize is how many bytes of heap to advise for a build expected to
// need need bytes, on a machine of ram bytes of memory: need, but at most
// half of the memory, so that asking never fails where the build would
// not; 0 when that is below minHugeHeap.
func hugeHeapSize(need, ram int64) int64 {
	n := min(need, ram/2)
	if n < minHugeHeap {
		return 0
	}
	return n
}
