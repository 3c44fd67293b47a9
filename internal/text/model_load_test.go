package text

import (
	"bufio"
	"bytes"
	"math/rand/v2"
	"testing"
)

// A model section read from its bytes builds the same tables as the rows
// put through sparseBuilder: every feature scores the same.
func TestFileRowsBuildLikeBuilder(t *testing.T) {
	for _, nclass := range []int{3, 40} {
		rng := rand.New(rand.NewPCG(1, uint64(nclass)))
		b := &sparseBuilder{nclass: nclass}
		var feats []uint64
		for i := 0; i < 5000; i++ {
			f := rng.Uint64()
			n := 1 + rng.IntN(min(nclass, 20))
			var cls []uint16
			var ws []float32
			for _, c := range rng.Perm(nclass)[:n] {
				cls = append(cls, uint16(c))
				ws = append(ws, float32(rng.NormFloat64()))
			}
			b.add(f, cls, ws)
			feats = append(feats, f)
		}
		var buf bytes.Buffer
		mw := &mwriter{w: bufio.NewWriter(&buf)}
		mw.sparse(b.build())
		if mw.err != nil || mw.w.Flush() != nil {
			t.Fatal(mw.err)
		}
		rows := (&mreader{b: buf.Bytes()}).sparse()
		if rows == nil {
			t.Fatal("section not read")
		}
		got := rows.build()
		// the rows of the file, through the builder
		want := &sparseBuilder{nclass: nclass}
		rd := &mreader{b: rows.data}
		key := uint32(0)
		for range rows.n {
			key += uint32(rd.uvarint())
			c := int(rd.uvarint())
			raw := rd.take(3 * c)
			var cls []uint16
			var ws []float32
			for j := 0; j < c; j++ {
				cls = append(cls, uint16(raw[3*j]))
				ws = append(ws, fromHalf(uint16(raw[3*j+1])|uint16(raw[3*j+2])<<8))
			}
			want.add(uint64(key)<<32, cls, ws)
		}
		wm := want.build()
		if got.nfeat != wm.nfeat || got.nfeat != len(feats) {
			t.Fatalf("%d classes: %d and %d features, want %d", nclass, got.nfeat, wm.nfeat, len(feats))
		}
		for _, f := range feats {
			if nclass <= 3 {
				var a, b [3]float32
				got.score3([]uint64{f}, &a)
				wm.score3([]uint64{f}, &b)
				if a != b {
					t.Fatalf("feature %x: %v, want %v", f, a, b)
				}
				continue
			}
			var a, b [256]float32
			got.score([]uint64{f}, &a, nil)
			wm.score([]uint64{f}, &b, nil)
			if a != b {
				t.Fatalf("feature %x scores differ", f)
			}
		}
	}
}
