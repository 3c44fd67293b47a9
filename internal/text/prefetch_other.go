//go:build !amd64

package text

import "unsafe"

// prefetch8 and prefetch16 are hints that only amd64 implements.
func prefetch8(base unsafe.Pointer, idx *uint32, n int)  {}
func prefetch16(base unsafe.Pointer, idx *uint32, n int) {}

func prefetchAddrs(addrs *uintptr, n int) {}
