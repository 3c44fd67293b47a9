//go:build !amd64

package text

import "unsafe"

// prefetchIdx and prefetchAddrs are hints that only amd64 implements.
func prefetchIdx(base unsafe.Pointer, idx *uint32, n int, shift uint) {}
func prefetchAddrs(addrs *uintptr, n int)                             {}
