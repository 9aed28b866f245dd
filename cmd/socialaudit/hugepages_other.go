//go:build !linux

package main

// adviseHugePages does nothing: the advice is Linux's (madvise with
// MADV_HUGEPAGE); other systems offer a program no such request.
func adviseHugePages(need int64) (start uintptr, n int64) { return 0, 0 }
