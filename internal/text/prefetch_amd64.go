package text

import "unsafe"

// prefetchIdx asks the processor to fetch base + idx[i]<<shift (i < n)
// into its caches without waiting for them, and prefetchAddrs each of n
// addresses. Unlike loads, prefetches retire at once, so all of a
// feature set's lookups are in flight together.
//
//go:noescape
func prefetchIdx(base unsafe.Pointer, idx *uint32, n int, shift uint)

//go:noescape
func prefetchAddrs(addrs *uintptr, n int)
