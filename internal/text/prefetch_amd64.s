#include "textflag.h"

// func prefetch8(base unsafe.Pointer, idx *uint32, n int)
// prefetches base + 8*idx[i] for i < n into every cache level.
TEXT ·prefetch8(SB), NOSPLIT, $0-24
	MOVQ base+0(FP), AX
	MOVQ idx+8(FP), BX
	MOVQ n+16(FP), CX
	TESTQ CX, CX
	JLE done
loop:
	MOVL (BX), SI
	PREFETCHT0 (AX)(SI*8)
	ADDQ $4, BX
	DECQ CX
	JNZ loop
done:
	RET

// func prefetch16(base unsafe.Pointer, idx *uint32, n int)
// prefetches base + 16*idx[i] for i < n.
TEXT ·prefetch16(SB), NOSPLIT, $0-24
	MOVQ base+0(FP), AX
	MOVQ idx+8(FP), BX
	MOVQ n+16(FP), CX
	TESTQ CX, CX
	JLE done
loop:
	MOVL (BX), SI
	SHLQ $1, SI
	PREFETCHT0 (AX)(SI*8)
	ADDQ $4, BX
	DECQ CX
	JNZ loop
done:
	RET

// func prefetchAddrs(addrs *uintptr, n int)
// prefetches each of the n addresses.
TEXT ·prefetchAddrs(SB), NOSPLIT, $0-16
	MOVQ addrs+0(FP), BX
	MOVQ n+8(FP), CX
	TESTQ CX, CX
	JLE done
loop:
	MOVQ (BX), SI
	PREFETCHT0 (SI)
	ADDQ $8, BX
	DECQ CX
	JNZ loop
done:
	RET
