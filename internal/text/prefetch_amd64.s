#include "textflag.h"

// func prefetchIdx(base unsafe.Pointer, idx *uint32, n int, shift uint)
// prefetches base + idx[i]<<shift for i < n into every cache level.
TEXT ·prefetchIdx(SB), NOSPLIT, $0-32
	MOVQ base+0(FP), AX
	MOVQ idx+8(FP), BX
	MOVQ n+16(FP), DI
	MOVQ shift+24(FP), CX
	TESTQ DI, DI
	JLE done
loop:
	MOVL (BX), SI
	SHLQ CX, SI
	PREFETCHT0 (AX)(SI*1)
	ADDQ $4, BX
	DECQ DI
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
