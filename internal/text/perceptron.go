package text

import (
	"math"
	"math/bits"
	"unsafe"
)

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

// step counts one training instance and, when the guess was wrong, moves
// the weights of feats toward gold and away from guess.
func (t *trainer) step(feats []uint64, gold, guess int) {
	t.tick()
	if guess != gold {
		t.update(feats, gold, 1)
		t.update(feats, guess, -1)
	}
}

// average is a weight's average over every instance seen so far.
func (t *trainer) average(a accum) float64 {
	tot := a.total + float64(t.clock-a.stamp)*a.w
	return tot / float64(max(t.clock, 1))
}

// freezeSum builds one compact model from several trainers of the same
// classes: a feature's weight is the sum of its averaged weights in each.
// For a linear model that is the same as adding the scores of the
// separate models, so an ensemble of perceptrons trained in different
// orders costs no more lookups than one. Pruning is as in freeze, applied
// to the mean weights (the sums against k times the thresholds), so the
// merged model keeps about as many features as one of its parts would.
// Features are taken in the order the trainers first met them, so the
// result is deterministic.
func freezeSum(ts []*trainer, minAbs, rowMin float64) *sparseModel {
	b := &sparseBuilder{nclass: ts[0].nclass}
	minAbs *= float64(len(ts))
	rowMin *= float64(len(ts))
	done := make(map[uint64]bool)
	sum := make([]float64, ts[0].nclass)
	has := make([]bool, ts[0].nclass)
	for ti, t := range ts {
		for _, key := range t.keys {
			if done[key] {
				continue
			}
			done[key] = true
			clear(sum)
			clear(has)
			for _, u := range ts[ti:] {
				ur, ok := u.index[key]
				if !ok {
					continue
				}
				for _, a := range u.rows[ur] {
					sum[a.class] += u.average(a)
					has[a.class] = true
				}
			}
			var cls []uint16
			var ws []float32
			mx := 0.0
			for c, ok := range has {
				if !ok || math.Abs(sum[c]) < minAbs {
					continue
				}
				cls = append(cls, uint16(c))
				ws = append(ws, float32(sum[c]))
				mx = max(mx, math.Abs(sum[c]))
			}
			if len(cls) > 0 && mx >= rowMin {
				b.add(key, cls, ws)
			}
		}
	}
	return b.build()
}

// freeze averages the weights and builds the compact model. Weights whose
// average is below minAbs in magnitude are dropped, and so are whole
// features whose largest weight is below rowMin (mostly features met once
// or twice in training: they cost memory and lookups and hardly matter).
func (t *trainer) freeze(minAbs, rowMin float64) *sparseModel {
	keys := t.keys
	b := &sparseBuilder{nclass: t.nclass}
	for r, row := range t.rows {
		var cls []uint16
		var ws []float32
		for _, a := range row {
			avg := t.average(a)
			if math.Abs(avg) < minAbs {
				continue
			}
			cls = append(cls, uint16(a.class))
			ws = append(ws, float32(avg))
		}
		mx := 0.0
		for _, w := range ws {
			mx = max(mx, math.Abs(float64(w)))
		}
		if len(cls) > 0 && mx >= rowMin {
			b.add(keys[r], cls, ws)
		}
	}
	return b.build()
}

// sparseModel is a frozen perceptron: an open-addressing table from a
// 32-bit feature key (the top half of the 64-bit feature hash) to the
// feature's weights. A stray key collision costs a little accuracy, never
// correctness.
//
// Models with at most three classes keep key and weights together in one
// slot (one cache line per lookup). Larger models keep short rows as
// (class, weight) entries and long rows (frequent features) as dense
// arrays, so that scoring a few candidate classes reads only those.
type sparseModel struct {
	nclass int
	mask   uint32
	shift  uint32      // 32 - log2(table size): see slotOf
	dense3 []denseSlot // nclass <= 3
	keys3  []uint32    // the full key of each dense3 slot (for writing the model)
	scale3 float32     // a dense3 weight is w * scale3

	slots []slot
	ents  []entry   // entries of rows with two or more classes
	rows  []float32 // dense rows, row d at d*nclass
	nfeat int
}

// slot is one feature of a large model. A row with one class is held in
// the slot itself; n > 1 entries start at ents[off]; n == 0 marks a dense
// row at rows[off*nclass].
type slot struct {
	key uint32
	off uint32
	w   float32
	n   uint8
	c   uint8
}

type entry struct {
	w float32
	c uint8
}

// denseMin is the row length from which a row is stored densely.
const denseMin = 12

// denseSlot is one feature of a model with at most three classes, in 8
// bytes so that twice as many share the cache: a 16-bit fingerprint of the
// key and the weights in fixed point. Fixed point loses nothing that
// matters: the model file already keeps weights in half precision.
type denseSlot struct {
	fp uint16
	w  [3]int16
}

// fp16 is the fingerprint of a key, never 0 (0 marks an empty slot).
func fp16(k uint32) uint16 {
	f := uint16((k * 0x85EBCA6B) >> 16)
	if f == 0 {
		f = 1
	}
	return f
}

func key32(f uint64) uint32 { return uint32(f>>32) | 1 }

// slotOf is a key's home slot: its top bits. Keys are hashes, so their
// top bits are as good an index as any; and since a model file lists its
// keys in order, a table is filled front to back while loading, touching
// memory in order instead of at random.
func slotOf(k, shift uint32) uint32 { return k >> shift }

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
	start := append(b.start, uint32(len(b.cls)))
	maxAbs := float32(0)
	nDense, nEnts := 0, 0
	for r := range b.keys {
		switch n := int(start[r+1] - start[r]); {
		case n >= denseMin:
			nDense++
		case n > 1:
			nEnts += n
		}
	}
	for _, w := range b.w {
		maxAbs = max(maxAbs, w, -w)
	}
	m := newSparseModel(b.nclass, len(b.keys), nDense, nEnts, maxAbs)
	if m.dense3 != nil {
		m.keys3 = make([]uint32, len(m.dense3))
	}
	for r, k := range b.keys {
		lo := int(start[r])
		m.insert(k, int(start[r+1])-lo, func(j int) uint8 { return b.cls[lo+j] }, func(j int) float32 { return b.w[lo+j] })
	}
	return m
}

// newSparseModel makes an empty model with room for n features (see the
// table's size below), and for large models nDense dense rows and nEnts
// entries; maxAbs, the largest weight, sets a three-class model's fixed
// point scale.
func newSparseModel(nclass, n, nDense, nEnts int, maxAbs float32) *sparseModel {
	// At most half full: a feature the model lacks (most of those looked
	// up) is known for one only at an empty slot, and the emptier the
	// table, the fewer slots a lookup reads. Against 3/4 full, analysis
	// is about 25 % faster for 20 MB more; a quarter full gains a few per
	// cent more for another 40 MB.
	size := 1
	for size < 2*n+2 {
		size <<= 1
	}
	m := &sparseModel{nclass: nclass, mask: uint32(size - 1), shift: uint32(32 - bits.Len(uint(size-1)))}
	if nclass <= 3 {
		m.dense3 = make([]denseSlot, size)
		m.scale3 = 1
		if maxAbs > 0 {
			m.scale3 = maxAbs / 32767
		}
		return m
	}
	m.slots = make([]slot, size)
	// sized up front: growing them by appends copies tens of megabytes
	m.rows = make([]float32, 0, nDense*nclass)
	m.ents = make([]entry, 0, nEnts)
	return m
}

// insert stores the row of key, n entries of class cls(j) and weight
// w(j). A key already in the table keeps its first row; that is only
// seen where full keys are kept (large models, and three-class models
// with keys3).
func (m *sparseModel) insert(key uint32, n int, cls func(int) uint8, w func(int) float32) {
	i := slotOf(key, m.shift)
	if m.dense3 != nil {
		for m.dense3[i].fp != 0 {
			if m.keys3 != nil && m.keys3[i] == key {
				return
			}
			i = (i + 1) & m.mask
		}
		m.nfeat++
		if m.keys3 != nil {
			m.keys3[i] = key
		}
		d := &m.dense3[i]
		d.fp = fp16(key)
		for j := 0; j < n; j++ {
			d.w[cls(j)] = int16(math.Round(float64(w(j) / m.scale3)))
		}
		return
	}
	for m.slots[i].key != 0 {
		if m.slots[i].key == key {
			return
		}
		i = (i + 1) & m.mask
	}
	m.nfeat++
	sl := &m.slots[i]
	sl.key = key
	switch {
	case n >= denseMin:
		d := len(m.rows) / m.nclass
		m.rows = append(m.rows, make([]float32, m.nclass)...)
		for j := 0; j < n; j++ {
			m.rows[d*m.nclass+int(cls(j))] = w(j)
		}
		sl.off = uint32(d)
	case n == 1:
		sl.n, sl.c, sl.w = 1, cls(0), w(0)
	default:
		sl.n = uint8(n)
		sl.off = uint32(len(m.ents))
		for j := 0; j < n; j++ {
			m.ents = append(m.ents, entry{w: w(j), c: cls(j)})
		}
	}
}

// rowAt returns the weights stored in slot i as classes and weights.
func (m *sparseModel) rowAt(i int, cls []uint8, w []float32) ([]uint8, []float32) {
	cls, w = cls[:0], w[:0]
	if m.dense3 != nil {
		for c, x := range m.dense3[i].w {
			if x != 0 {
				cls, w = append(cls, uint8(c)), append(w, float32(x)*m.scale3)
			}
		}
		return cls, w
	}
	sl := m.slots[i]
	switch sl.n {
	case 0:
		d := int(sl.off)
		for c, x := range m.rows[d*m.nclass : (d+1)*m.nclass] {
			if x != 0 {
				cls, w = append(cls, uint8(c)), append(w, x)
			}
		}
	case 1:
		cls, w = append(cls, sl.c), append(w, sl.w)
	default:
		for _, e := range m.ents[sl.off : sl.off+uint32(sl.n)] {
			cls, w = append(cls, e.c), append(w, e.w)
		}
	}
	return cls, w
}

// keyAt returns the key in slot i (0 = empty).
func (m *sparseModel) keyAt(i int) uint32 {
	if m.dense3 != nil {
		return m.keys3[i]
	}
	return m.slots[i].key
}

func (m *sparseModel) numSlots() int {
	if m.dense3 != nil {
		return len(m.dense3)
	}
	return len(m.slots)
}

// meanAbs3 is the mean absolute weight of a three-class model's features.
func (m *sparseModel) meanAbs3() float32 {
	var sum float64
	n := 0
	for _, d := range m.dense3 {
		if d.fp == 0 {
			continue
		}
		for _, w := range d.w {
			sum += math.Abs(float64(w))
		}
		n++
	}
	if n == 0 {
		return 1
	}
	return float32(sum / float64(n) * float64(m.scale3))
}

// score3 is score for models with at most three classes.
func (m *sparseModel) score3(feats []uint64, scores *[3]float32) {
	var s [3]int32
	for len(feats) > 0 {
		n := min(len(feats), maxFeats)
		m.add3(feats[:n], &s)
		feats = feats[n:]
	}
	sc := m.scale3
	scores[0], scores[1], scores[2] = float32(s[0])*sc, float32(s[1])*sc, float32(s[2])*sc
}

// add3 adds the fixed-point weights of at most maxFeats features to s.
func (m *sparseModel) add3(feats []uint64, s *[3]int32) {
	dense, mask, shift := m.dense3, m.mask, m.shift
	// Fetch every feature's first slot before using any: the lookups are
	// independent, so the memory system serves them in parallel.
	var at [maxFeats]uint32
	for j, f := range feats {
		at[j] = slotOf(key32(f), shift)
	}
	prefetchSlots(dense, at[:len(feats)])
	s0, s1, s2 := s[0], s[1], s[2]
	for j, f := range feats {
		fp, i := fp16(key32(f)), at[j]
		for {
			d := &dense[i]
			if d.fp == fp {
				s0 += int32(d.w[0])
				s1 += int32(d.w[1])
				s2 += int32(d.w[2])
				break
			}
			if d.fp == 0 {
				break
			}
			i = (i + 1) & mask
		}
	}
	s[0], s[1], s[2] = s0, s1, s2
}

// score adds the weights of feats into scores. Only the classes in cands
// are guaranteed to be complete (all classes when cands is nil); the caller
// compares those alone.
//
// Scoring is bound by memory latency, so it runs in sweeps: every
// feature's slot is prefetched, then each slot found and its row
// prefetched, so that the lookups of all features are in flight together;
// the last sweep adds the weights.
func (m *sparseModel) score(feats []uint64, scores *[256]float32, cands []uint8) {
	for len(feats) > 0 {
		n := min(len(feats), maxFeats)
		m.add(feats[:n], scores, cands)
		feats = feats[n:]
	}
}

// add is score for at most maxFeats features.
func (m *sparseModel) add(feats []uint64, scores *[256]float32, cands []uint8) {
	slots, mask, shift, nc := m.slots, m.mask, m.shift, m.nclass
	n := len(feats)
	var at [maxFeats]uint32
	for j, f := range feats {
		at[j] = slotOf(key32(f), shift)
	}
	prefetchSlots(slots, at[:n])
	var found [maxFeats]uint32
	var rowAt [maxFeats]uintptr // where each found feature's weights are
	nf := 0
	for j, f := range feats {
		k := key32(f)
		i := at[j]
		for {
			sl := &slots[i]
			if sl.key == k {
				switch sl.n {
				case 0:
					rowAt[nf] = uintptr(unsafe.Pointer(&m.rows[int(sl.off)*nc]))
				case 1:
					rowAt[nf] = uintptr(unsafe.Pointer(sl))
				default:
					rowAt[nf] = uintptr(unsafe.Pointer(&m.ents[sl.off]))
				}
				found[nf] = i
				nf++
				break
			}
			if sl.key == 0 {
				break
			}
			i = (i + 1) & mask
		}
	}
	if nf > 0 {
		prefetchAddrs(&rowAt[0], nf)
	}
	for _, i := range found[:nf] {
		sl := &slots[i]
		switch sl.n {
		case 1:
			scores[sl.c] += sl.w
		case 0:
			base := int(sl.off) * nc
			row := m.rows[base : base+nc]
			if cands == nil {
				for c, w := range row {
					scores[uint8(c)] += w
				}
			} else {
				for _, c := range cands {
					if int(c) < len(row) {
						scores[c] += row[c]
					}
				}
			}
		default:
			for _, e := range m.ents[sl.off : sl.off+uint32(sl.n)] {
				scores[e.c] += e.w
			}
		}
	}
}

// prefetchSlots prefetches table[i] for each i in at (the slot types are
// powers of two in size, so an index shifted is an offset).
func prefetchSlots[T any](table []T, at []uint32) {
	if len(at) == 0 || len(table) == 0 {
		return
	}
	prefetchIdx(unsafe.Pointer(&table[0]), &at[0], len(at), uint(bits.TrailingZeros(uint(unsafe.Sizeof(table[0])))))
}

// clearScores zeroes the scores a caller of score will read: those of
// cands, or of the first n classes when cands is nil. The others may hold
// what earlier calls added; nothing reads them.
func clearScores(scores *[256]float32, cands []uint8, n int) {
	if cands == nil {
		clear(scores[:n])
		return
	}
	for _, c := range cands {
		scores[c] = 0
	}
}

// maxFeats is how many features one sweep of lookups takes; more are
// scored in further sweeps. It is above every feature set's size, and
// small, since the sweeps' arrays are cleared on every call.
const maxFeats = 128

func (m *sparseModel) numFeatures() int { return m.nfeat }
