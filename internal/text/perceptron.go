package text

import "math"

// This file holds the averaged perceptron shared by the tagger and the
// parser. Features are 64-bit hashes; the trained model keeps, for each
// feature, only the classes it has a non-zero weight for (a sparse row), so
// it stays small and scoring touches little memory.

const (
	hmul1 = 0x9E3779B97F4A7C15
	hmul2 = 0xD6E8FEB86659FD93
)

// mix combines two 64-bit values into a well-spread hash.
func mix(a, b uint64) uint64 {
	x := a*hmul1 ^ (b + 0x632BE59BD9B4E019)
	x ^= x >> 29
	x *= hmul2
	x ^= x >> 32
	return x
}

func f1(t, a uint64) uint64       { return mix(t, a) | 1 }
func f2(t, a, b uint64) uint64    { return mix(mix(t, a), b) | 1 }
func f3(t, a, b, c uint64) uint64 { return mix(mix(mix(t, a), b), c) | 1 }

// hstr is FNV-1a over a string, never 0.
func hstr(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h | 1
}

// accum is one (feature, class) weight during training.
type accum struct {
	class int32
	w     float64
	total float64
	stamp int64
}

// trainer is an averaged perceptron under training. It is deterministic:
// maps are only looked up, never iterated.
type trainer struct {
	nclass int
	index  map[uint64]int32
	rows   [][]accum
	keys   []uint64 // row -> feature
	clock  int64
}

func newTrainer(nclass int) *trainer {
	return &trainer{nclass: nclass, index: make(map[uint64]int32)}
}

// score adds the current weights of feats into scores (len nclass, zeroed by
// the caller).
func (t *trainer) score(feats []uint64, scores []float64) {
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			continue
		}
		for _, a := range t.rows[r] {
			scores[a.class] += a.w
		}
	}
}

// tick advances the instance clock; call once per training instance.
func (t *trainer) tick() { t.clock++ }

// update adds d to the weight of class c for every feature.
func (t *trainer) update(feats []uint64, c int, d float64) {
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			r = int32(len(t.rows))
			t.index[f] = r
			t.rows = append(t.rows, nil)
			t.keys = append(t.keys, f)
		}
		row := t.rows[r]
		j := -1
		for k := range row {
			if row[k].class == int32(c) {
				j = k
				break
			}
		}
		if j < 0 {
			row = append(row, accum{class: int32(c), stamp: t.clock})
			j = len(row) - 1
			t.rows[r] = row
		}
		a := &row[j]
		a.total += float64(t.clock-a.stamp) * a.w
		a.stamp = t.clock
		a.w += d
	}
}

// freeze averages the weights and builds the compact model. Weights whose
// average is below minAbs in magnitude are dropped.
func (t *trainer) freeze(minAbs float64) *sparseModel {
	keys := t.keys
	b := &sparseBuilder{nclass: t.nclass}
	for r, row := range t.rows {
		var cls []uint16
		var ws []float32
		for _, a := range row {
			tot := a.total + float64(t.clock-a.stamp)*a.w
			avg := tot / float64(max(t.clock, 1))
			if math.Abs(avg) < minAbs {
				continue
			}
			cls = append(cls, uint16(a.class))
			ws = append(ws, float32(avg))
		}
		if len(cls) > 0 {
			b.add(keys[r], cls, ws)
		}
	}
	return b.build()
}

// sparseModel is a frozen perceptron: an open-addressing table from a
// 32-bit feature key (the top half of the 64-bit feature hash) to a row of
// (class, weight) pairs. A stray key collision costs a little accuracy,
// never correctness.
type sparseModel struct {
	nclass int
	mask   uint32
	slots  []uint32 // feature key (0 = empty)
	rowOf  []int32  // slot -> row
	start  []uint32 // row -> first entry; len rows+1
	cls    []uint8
	w      []float32
}

func key32(f uint64) uint32 { return uint32(f>>32) | 1 }

type sparseBuilder struct {
	nclass int
	keys   []uint32
	start  []uint32
	cls    []uint8
	w      []float32
}

func (b *sparseBuilder) add(key uint64, cls []uint16, w []float32) {
	b.keys = append(b.keys, key32(key))
	b.start = append(b.start, uint32(len(b.cls)))
	for _, c := range cls {
		b.cls = append(b.cls, uint8(c))
	}
	b.w = append(b.w, w...)
}

func (b *sparseBuilder) build() *sparseModel {
	size := 1
	for size < 2*len(b.keys)+2 {
		size <<= 1
	}
	m := &sparseModel{
		nclass: b.nclass,
		mask:   uint32(size - 1),
		slots:  make([]uint32, size),
		rowOf:  make([]int32, size),
		start:  append(b.start, uint32(len(b.cls))),
		cls:    b.cls,
		w:      b.w,
	}
	for r, k := range b.keys {
		i := (k * 0x9E3779B1) >> 7 & m.mask
		for m.slots[i] != 0 {
			if m.slots[i] == k {
				break // duplicate key: the first row wins
			}
			i = (i + 1) & m.mask
		}
		if m.slots[i] == 0 {
			m.slots[i] = k
			m.rowOf[i] = int32(r)
		}
	}
	return m
}

// score adds the weights of feats into scores (len nclass).
func (m *sparseModel) score(feats []uint64, scores []float32) {
	slots, mask := m.slots, m.mask
	for _, f := range feats {
		k := key32(f)
		i := (k * 0x9E3779B1) >> 7 & mask
		for {
			s := slots[i]
			if s == k {
				r := m.rowOf[i]
				a, b := m.start[r], m.start[r+1]
				cls, w := m.cls[a:b], m.w[a:b]
				for j, c := range cls {
					scores[c] += w[j]
				}
				break
			}
			if s == 0 {
				break
			}
			i = (i + 1) & mask
		}
	}
}

func (m *sparseModel) numFeatures() int { return len(m.start) - 1 }
