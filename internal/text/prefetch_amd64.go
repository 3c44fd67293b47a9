package text

import "unsafe"

// prefetch8 asks the processor to fetch base+8*idx[i] (i < n) into its
// caches without waiting for them; prefetch16 does so for 16-byte
// elements. Unlike loads, prefetches retire at once, so all of a
// feature set's lookups are in flight together.
//
//go:noescape
func prefetch8(base unsafe.Pointer, idx *uint32, n int)

//go:noescape
func prefetch16(base unsafe.Pointer, idx *uint32, n int)

// prefetchAddrs prefetches each of the n addresses at addrs.
//
//go:noescape
func prefetchAddrs(addrs *uintptr, n int)
