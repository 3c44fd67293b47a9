package text

import (
	"context"
	"math/rand/v2"
	"sync"
)

// The parser is a greedy arc-hybrid transition parser (Kuhlmann et al.
// 2011) scored by averaged perceptrons over Zhang & Nivre (2011)-style
// features and trained with the dynamic oracle of Goldberg & Nivre (2013).
// Word 0 is the artificial root, kept at the bottom of the stack; exactly
// one word attaches to it.
//
// Two classifiers share the work: the transition model chooses SHIFT,
// LEFT-ARC or RIGHT-ARC (3 classes, so each feature has at most three
// weights and scoring is cheap), and whenever an arc is made the label
// model names it from features of the head, the (complete) dependent and
// their children. Labels are assigned as arcs are made, so later
// transition features see them.

const (
	mShift = 0
	mLeft  = 1
	mRight = 2
)

type parser struct {
	labels []string
	// lcands maps (head tag, dependent tag, direction) to the labels seen
	// on such arcs in training; only those are scored.
	lcands map[uint64][]uint8
	root   int          // index of "root" in labels
	model  *sparseModel // transitions
	lmodel *sparseModel // labels
	// scratch holds *parseScratch for parses under way: states and the
	// label memo are reused from sentence to sentence, not allocated.
	scratch sync.Pool
}

// parseScratch is what one parse reuses.
type parseScratch struct {
	states []*pstate // spare states
	memo   map[uint64]int
}

func (p *parser) getScratch() *parseScratch {
	if sc, ok := p.scratch.Get().(*parseScratch); ok {
		return sc
	}
	return &parseScratch{memo: make(map[uint64]int, 64)}
}

// state returns a spare state reset for n words.
func (sc *parseScratch) state(n int) *pstate {
	if k := len(sc.states); k > 0 {
		st := sc.states[k-1]
		sc.states = sc.states[:k-1]
		st.reset(n)
		return st
	}
	return newPState(n)
}

type pstate struct {
	n      int
	stack  []int
	b      int
	head   []int
	label  []int
	l1, l2 []int // leftmost, second leftmost dependent (none = n+1)
	r1, r2 []int // rightmost, second rightmost dependent
	nl, nr []int
	lset   []uint64
	rset   []uint64
}

func newPState(n int) *pstate {
	st := &pstate{n: n}
	st.reset(n)
	return st
}

func (st *pstate) reset(n int) {
	st.n = n
	m := n + 2
	if cap(st.head) < m {
		all := make([]int, 8*m) // one allocation for the eight arrays
		st.head, st.label, st.l1, st.l2 = all[:m:m], all[m:2*m:2*m], all[2*m:3*m:3*m], all[3*m:4*m:4*m]
		st.r1, st.r2, st.nl, st.nr = all[4*m:5*m:5*m], all[5*m:6*m:6*m], all[6*m:7*m:7*m], all[7*m:8*m]
	} else {
		st.head, st.label = st.head[:m], st.label[:m]
		st.l1, st.l2, st.r1, st.r2 = st.l1[:m], st.l2[:m], st.r1[:m], st.r2[:m]
		st.nl, st.nr = st.nl[:m], st.nr[:m]
	}
	if cap(st.lset) < m {
		st.lset, st.rset = make([]uint64, m), make([]uint64, m)
	}
	st.lset, st.rset = st.lset[:m], st.rset[:m]
	none := n + 1
	for i := 0; i < m; i++ {
		st.head[i] = -1
		st.label[i] = -1
		st.l1[i], st.l2[i], st.r1[i], st.r2[i] = none, none, none, none
		st.nl[i], st.nr[i] = 0, 0
		st.lset[i], st.rset[i] = 0, 0
	}
	st.stack = append(st.stack[:0], 0)
	st.b = 1
}

func (st *pstate) terminal() bool { return st.b > st.n && len(st.stack) == 1 }

func (st *pstate) s(k int) int {
	if k < len(st.stack) {
		return st.stack[len(st.stack)-1-k]
	}
	return st.n + 1
}

func (st *pstate) bf(k int) int {
	if st.b+k <= st.n {
		return st.b + k
	}
	return st.n + 1
}

func (st *pstate) addArc(h, d, l int) {
	st.head[d] = h
	st.label[d] = l
	if d < h {
		st.l2[h] = st.l1[h]
		st.l1[h] = d
		st.nl[h]++
		st.lset[h] |= 1 << uint(l&63)
	} else {
		st.r2[h] = st.r1[h]
		st.r1[h] = d
		st.nr[h]++
		st.rset[h] |= 1 << uint(l&63)
	}
}

// apply performs move mv (assumed valid), labelling a new arc with l.
func (st *pstate) apply(mv, l int) {
	switch mv {
	case mShift:
		st.stack = append(st.stack, st.b)
		st.b++
	case mLeft:
		s0 := st.stack[len(st.stack)-1]
		st.stack = st.stack[:len(st.stack)-1]
		st.addArc(st.b, s0, l)
	default:
		s0 := st.stack[len(st.stack)-1]
		s1 := st.stack[len(st.stack)-2]
		st.stack = st.stack[:len(st.stack)-1]
		st.addArc(s1, s0, l)
	}
}

// arcOf returns the head and dependent an arc move would link.
func (st *pstate) arcOf(mv int) (h, d int) {
	d = st.stack[len(st.stack)-1]
	if mv == mLeft {
		return st.b, d
	}
	return st.stack[len(st.stack)-2], d
}

// moves reports which of SHIFT, LEFT, RIGHT are allowed.
func (st *pstate) moves() (shift, left, right bool) {
	shift = st.b <= st.n
	ns := len(st.stack)
	left = ns >= 2 && st.b <= st.n // s0 is never the root when ns >= 2
	right = ns >= 2 && (ns > 2 || st.b > st.n)
	return
}

func distBucket(d int) uint64 {
	switch {
	case d <= 0:
		return 0
	case d <= 4:
		return uint64(d)
	case d <= 7:
		return 5
	default:
		return 6
	}
}

// parse feature templates
const (
	pS0W uint64 = 100 + iota
	pS0T
	pS0WT
	pS1W
	pS1T
	pS1WT
	pS2T
	pB0W
	pB0T
	pB0WT
	pB1W
	pB1T
	pB1WT
	pB2W
	pB2T
	pS0WTB0WT
	pS0WTB0W
	pS0WB0WT
	pS0WTB0T
	pS0TB0WT
	pS0WB0W
	pS0TB0T
	pB0TB1T
	pS1WS0W
	pS1TS0T
	pS1TS0W
	pS1WS0T
	pB012T
	pS0TB01T
	pS1S0TB0T
	pS210T
	pS0TL1TB0T
	pS0TR1TB0T
	pS0TB0TB0L1T
	pS1TR1TS0T
	pS0WD
	pS0TD
	pB0WD
	pB0TD
	pS0WB0WD
	pS0TB0TD
	pS1TS0TD
	pS0WVR
	pS0TVR
	pS0WVL
	pS0TVL
	pS1WVR
	pS1TVR
	pB0WVL
	pB0TVL
	pS0L1W
	pS0L1T
	pS0L1L
	pS0R1W
	pS0R1T
	pS0R1L
	pS0L2T
	pS0L2L
	pS0R2T
	pS0R2L
	pS1R1W
	pS1R1T
	pS1R1L
	pS1L1T
	pS1L1L
	pB0L1W
	pB0L1T
	pB0L1L
	pB0L2T
	pB0L2L
	pS0TL12T
	pS0TR12T
	pS1TR12T
	pB0TL12T
	pS0TLS
	pS0TRS
	pB0TLS
	pS1TRS
	pS1R1LS0T
	pB0L1LB0T
	pS0X
	pB0X
	pS1X
	pB1X
	pS0XB0X
	pS1XS0X
	pS0XB0XB1X
	pS1XS0XB0X
	pB0XB1XB2X
	pS0XL1XB0X
	pS0WB0X
	pS0XB0W
	pS0A
	pB0A
	pS1A
	pB1A
	pS0AB0A
	pS0TB0A
	pS0AB0T
	pB0TBm1T
	pS0TBm1TB0T
	pS0TS0m1T
	pS0TS0p1TB0T
)

// sentence-level precomputed attributes; index 0 = root, n+1 = none.
type pinput struct {
	w []uint64 // word hash
	t []uint64 // tag id + 1 (root and none get their own values)
	x []uint64 // Penn tag hash
	a []uint64 // the word's ambiguity class (the tags training saw it with)
}

func (p *parser) features(st *pstate, in *pinput, buf []uint64) []uint64 {
	W, T, L := in.w, in.t, st.label
	lab := func(i int) uint64 { return uint64(L[i] + 2) }
	s0, s1, s2 := st.s(0), st.s(1), st.s(2)
	b0, b1, b2 := st.bf(0), st.bf(1), st.bf(2)
	none := st.n + 1
	s0l1, s0l2, s0r1, s0r2 := none, none, none, none
	if s0 != none {
		s0l1, s0l2, s0r1, s0r2 = st.l1[s0], st.l2[s0], st.r1[s0], st.r2[s0]
	}
	s1l1, s1r1, s1r2 := none, none, none
	if s1 != none {
		s1l1, s1r1, s1r2 = st.l1[s1], st.r1[s1], st.r2[s1]
	}
	b0l1, b0l2 := none, none
	if b0 != none {
		b0l1, b0l2 = st.l1[b0], st.l2[b0]
	}
	d, d01 := uint64(0), uint64(0)
	if s0 != none && b0 != none {
		d = distBucket(b0 - s0)
	}
	if s0 != none && s1 != none {
		d01 = distBucket(s0 - s1)
	}
	s0w, s0t, s1w, s1t, b0w, b0t := W[s0], T[s0], W[s1], T[s1], W[b0], T[b0]
	s0wt, s1wt, b0wt := mix(s0w, s0t), mix(s1w, s1t), mix(b0w, b0t)
	b1t := T[b1]
	s0vl, s0vr := uint64(st.nl[s0]), uint64(st.nr[s0])
	s1vr, b0vl := uint64(st.nr[s1]), uint64(st.nl[b0])
	buf = append(buf[:0],
		f1(pS0W, s0w), f1(pS0T, s0t), f1(pS0WT, s0wt),
		f1(pS1W, s1w), f1(pS1T, s1t), f1(pS1WT, s1wt), f1(pS2T, T[s2]),
		f1(pB0W, b0w), f1(pB0T, b0t), f1(pB0WT, b0wt),
		f1(pB1W, W[b1]), f1(pB1T, b1t), f1(pB1WT, mix(W[b1], b1t)),
		f1(pB2W, W[b2]), f1(pB2T, T[b2]),
		f2(pS0WTB0WT, s0wt, b0wt), f2(pS0WTB0W, s0wt, b0w), f2(pS0WB0WT, s0w, b0wt),
		f2(pS0WTB0T, s0wt, b0t), f2(pS0TB0WT, s0t, b0wt), f2(pS0WB0W, s0w, b0w),
		f2(pS0TB0T, s0t, b0t), f2(pB0TB1T, b0t, b1t),
		f2(pS1WS0W, s1w, s0w), f2(pS1TS0T, s1t, s0t), f2(pS1TS0W, s1t, s0w), f2(pS1WS0T, s1w, s0t),
		f3(pB012T, b0t, b1t, T[b2]), f3(pS0TB01T, s0t, b0t, b1t), f3(pS1S0TB0T, s1t, s0t, b0t),
		f3(pS210T, T[s2], s1t, s0t), f3(pS0TL1TB0T, s0t, T[s0l1], b0t), f3(pS0TR1TB0T, s0t, T[s0r1], b0t),
		f3(pS0TB0TB0L1T, s0t, b0t, T[b0l1]), f3(pS1TR1TS0T, s1t, T[s1r1], s0t),
		f2(pS0WD, s0w, d), f2(pS0TD, s0t, d), f2(pB0WD, b0w, d), f2(pB0TD, b0t, d),
		f3(pS0WB0WD, s0w, b0w, d), f3(pS0TB0TD, s0t, b0t, d), f3(pS1TS0TD, s1t, s0t, d01),
		f2(pS0WVR, s0w, s0vr), f2(pS0TVR, s0t, s0vr), f2(pS0WVL, s0w, s0vl), f2(pS0TVL, s0t, s0vl),
		f2(pS1WVR, s1w, s1vr), f2(pS1TVR, s1t, s1vr), f2(pB0WVL, b0w, b0vl), f2(pB0TVL, b0t, b0vl),
		f1(pS0L1W, W[s0l1]), f1(pS0L1T, T[s0l1]), f1(pS0L1L, lab(s0l1)),
		f1(pS0R1W, W[s0r1]), f1(pS0R1T, T[s0r1]), f1(pS0R1L, lab(s0r1)),
		f1(pS0L2T, T[s0l2]), f1(pS0L2L, lab(s0l2)), f1(pS0R2T, T[s0r2]), f1(pS0R2L, lab(s0r2)),
		f1(pS1R1W, W[s1r1]), f1(pS1R1T, T[s1r1]), f1(pS1R1L, lab(s1r1)),
		f1(pS1L1T, T[s1l1]), f1(pS1L1L, lab(s1l1)),
		f1(pB0L1W, W[b0l1]), f1(pB0L1T, T[b0l1]), f1(pB0L1L, lab(b0l1)),
		f1(pB0L2T, T[b0l2]), f1(pB0L2L, lab(b0l2)),
		f3(pS0TL12T, s0t, T[s0l1], T[s0l2]), f3(pS0TR12T, s0t, T[s0r1], T[s0r2]),
		f3(pS1TR12T, s1t, T[s1r1], T[s1r2]), f3(pB0TL12T, b0t, T[b0l1], T[b0l2]),
		f2(pS0TLS, s0t, st.lset[s0]), f2(pS0TRS, s0t, st.rset[s0]),
		f2(pB0TLS, b0t, st.lset[b0]), f2(pS1TRS, s1t, st.rset[s1]),
		f2(pS1R1LS0T, lab(s1r1), s0t), f2(pB0L1LB0T, lab(b0l1), b0t),
	)
	X := in.x
	s0x, b0x, s1x, b1x := X[s0], X[b0], X[s1], X[b1]
	buf = append(buf,
		f1(pS0X, s0x), f1(pB0X, b0x), f1(pS1X, s1x), f1(pB1X, b1x),
		f2(pS0XB0X, s0x, b0x), f2(pS1XS0X, s1x, s0x), f3(pS0XB0XB1X, s0x, b0x, b1x),
		f3(pS1XS0XB0X, s1x, s0x, b0x), f3(pB0XB1XB2X, b0x, b1x, X[b2]), f3(pS0XL1XB0X, s0x, X[s0l1], b0x),
		f2(pS0WB0X, s0w, b0x), f2(pS0XB0W, s0x, b0w),
	)
	A := in.a
	s0a, b0a := A[s0], A[b0]
	buf = append(buf,
		f1(pS0A, s0a), f1(pB0A, b0a), f1(pS1A, A[s1]), f1(pB1A, A[b1]),
		f2(pS0AB0A, s0a, b0a), f2(pS0TB0A, s0t, b0a), f2(pS0AB0T, s0a, b0t),
	)
	adj := func(i, k int) uint64 { // the tag of the word k after word i
		if i == none || i+k < 0 || i+k > st.n {
			return 0
		}
		return T[i+k]
	}
	bm1t := adj(b0, -1)
	buf = append(buf,
		f2(pB0TBm1T, b0t, bm1t), f3(pS0TBm1TB0T, s0t, bm1t, b0t),
		f2(pS0TS0m1T, s0t, adj(s0, -1)), f3(pS0TS0p1TB0T, s0t, adj(s0, 1), b0t),
	)
	return buf
}

// makePInput builds the word and tag attributes of a sentence from its
// forms; amb, when not nil, holds each word's ambiguity class.
func makePInput(forms []string, tags []int, xpos []string, amb []uint64) *pinput {
	return newPInput(len(forms), tags, xpos, func(i int) (uint64, uint64) {
		a := uint64(0)
		if amb != nil {
			a = amb[i]
		}
		return hstr(normWord(forms[i])), a
	})
}

// newPInput builds the attributes of n words whose hash and ambiguity
// class word gives; a tag below 0 is unknown.
func newPInput(n int, tags []int, xpos []string, word func(i int) (w, amb uint64)) *pinput {
	in := &pinput{w: make([]uint64, n+2), t: make([]uint64, n+2), x: make([]uint64, n+2), a: make([]uint64, n+2)}
	in.w[0], in.t[0], in.x[0], in.a[0] = hstr("-ROOT-"), 1, 1, 1
	in.w[n+1], in.t[n+1], in.x[n+1], in.a[n+1] = hstr("-NONE-"), 0, 0, 0
	for i := 0; i < n; i++ {
		in.w[i+1], in.a[i+1] = word(i)
		in.x[i+1] = hstr(xpos[i])
		if tags[i] >= 0 {
			in.t[i+1] = uint64(tags[i] + 2)
		} else {
			in.t[i+1] = 1 << 20 // unknown tag
		}
	}
	return in
}

// label feature templates
const (
	lHT uint64 = 300 + iota
	lDT
	lHTDT
	lHWDT
	lHTDW
	lHWDW
	lDW
	lHW
	lDTDir
	lHTDTDir
	lHTDTDist
	lDWDir
	lDTLS
	lDTRS
	lDWLS
	lHTLS
	lHTRS
	lDTL1
	lDTR1
	lDTTm1
	lDTTp1
	lHTTp1
	lDTHTDLS
	lDL1WDT
	lHTDTDirRS
)

func (p *parser) labelFeatures(st *pstate, in *pinput, h, d int, buf []uint64) []uint64 {
	W, T, L := in.w, in.t, st.label
	dir := uint64(1)
	if d < h {
		dir = 2
	}
	dist := distBucket(max(h-d, d-h))
	hw, ht, dw, dt := W[h], T[h], W[d], T[d]
	tm1, tp1, htp1 := T[d-1], T[min(d+1, st.n+1)], T[min(h+1, st.n+1)]
	dl1, dr1 := st.l1[d], st.r1[d]
	return append(buf[:0],
		f1(lHT, ht), f1(lDT, dt), f2(lHTDT, ht, dt), f2(lHWDT, hw, dt), f2(lHTDW, ht, dw), f2(lHWDW, hw, dw),
		f1(lDW, dw), f1(lHW, hw), f2(lDTDir, dt, dir), f3(lHTDTDir, ht, dt, dir), f3(lHTDTDist, ht, dt, dist*4+dir),
		f2(lDWDir, dw, dir), f2(lDTLS, dt, st.lset[d]), f2(lDTRS, dt, st.rset[d]), f2(lDWLS, dw, st.lset[d]),
		f2(lHTLS, ht, st.lset[h]), f2(lHTRS, ht, st.rset[h]),
		f3(lDTL1, dt, uint64(L[dl1]+2), T[dl1]), f3(lDTR1, dt, uint64(L[dr1]+2), T[dr1]),
		f3(lDTTm1, dt, tm1, dir), f3(lDTTp1, dt, tp1, dir), f3(lHTTp1, ht, htp1, dir),
		f3(lDTHTDLS, dt, ht, st.lset[d]*4+dir), f2(lDL1WDT, W[dl1], dt), f3(lHTDTDirRS, ht, dt, st.rset[d]*4+dir),
	)
}

// validMoves fills valid[0..2].
func validMoves(st *pstate, valid *[3]bool) {
	valid[mShift], valid[mLeft], valid[mRight] = st.moves()
}

func lcandKey(in *pinput, h, d int) uint64 {
	dir := uint64(1)
	if d < h {
		dir = 2
	}
	return mix(mix(in.t[h], in.t[d]), dir)
}

// bestLabel picks the highest-scoring label allowed for an arc from h
// among cands (all labels when cands is nil).
func (p *parser) bestLabel(scores *[256]float32, h int, cands []uint8) int {
	best := -1
	if h == 0 {
		return p.root
	}
	if cands != nil {
		for _, l := range cands {
			if int(l) != p.root && (best < 0 || scores[l] > scores[best]) {
				best = int(l)
			}
		}
		if best >= 0 {
			return best
		}
	}
	for l := range p.labels {
		if l != p.root && (best < 0 || scores[l] > scores[best]) {
			best = l
		}
	}
	return best
}

// parse returns 1-based heads (0 = root) and label indices for a sentence.
func (p *parser) parse(forms []string, tags []int, xpos []string, amb []uint64) (heads, labels []int) {
	if len(forms) == 0 {
		return nil, nil
	}
	return p.parseInput(makePInput(forms, tags, xpos, amb), len(forms))
}

// pinputFromWords builds the parser input from the tagger's word
// attributes (the same word hashes makePInput computes).
func pinputFromWords(ws []wordInfo, tags []int, xpos []string) *pinput {
	return newPInput(len(ws), tags, xpos, func(i int) (uint64, uint64) { return ws[i].lower, ws[i].amb })
}

func (p *parser) parseInput(in *pinput, n int) (heads, labels []int) {
	sc := p.getScratch()
	st := sc.state(n)
	defer func() {
		sc.states = append(sc.states, st)
		p.scratch.Put(sc)
	}()
	var scores [3]float32
	var valid [3]bool
	var lscores [256]float32
	buf := make([]uint64, 0, 128)
	for !st.terminal() {
		validMoves(st, &valid)
		nv := 0
		for _, v := range valid {
			if v {
				nv++
			}
		}
		if nv > 1 { // a forced move needs no scoring
			buf = p.features(st, in, buf)
			p.model.score3(buf, &scores)
		}
		mv := -1
		for c := 0; c < 3; c++ {
			if valid[c] && (mv < 0 || scores[c] > scores[mv]) {
				mv = c
			}
		}
		st.apply(mv, p.labelFor(st, in, mv, buf, &lscores, nil))
	}
	return st.tree()
}

// tree returns the finished parse's 1-based heads (0 = root) and label
// indices.
func (st *pstate) tree() (heads, labels []int) {
	heads = make([]int, st.n)
	labels = make([]int, st.n)
	for i := 1; i <= st.n; i++ {
		heads[i-1] = st.head[i]
		labels[i-1] = st.label[i]
	}
	return heads, labels
}

// unlabelled costs of SHIFT, LEFT and RIGHT under the arc-hybrid dynamic
// oracle; gh are gold heads indexed by word (gh[0] unused).
func oracleCosts(st *pstate, gh []int) (c [3]int) {
	n := st.n
	ns := len(st.stack)
	b := st.b
	if b <= n {
		for k, s := range st.stack {
			if k < ns-1 && gh[b] == s {
				c[mShift]++
			}
			if s != 0 && gh[s] == b {
				c[mShift]++
			}
		}
	}
	if ns >= 2 {
		s0, s1 := st.stack[ns-1], st.stack[ns-2]
		deps := 0
		for d := b; d <= n; d++ {
			if gh[d] == s0 {
				deps++
			}
		}
		c[mLeft], c[mRight] = deps, deps
		if gh[s0] != b && (gh[s0] == s1 || gh[s0] > b) {
			c[mLeft]++
		}
		if gh[s0] != s1 && gh[s0] >= b && gh[s0] <= n {
			c[mRight]++
		}
	}
	return
}

// parseExample is one training sentence.
type parseExample struct {
	forms  []string
	tags   []int // predicted tag classes
	xpos   []string
	amb    []uint64 // ambiguity classes (see pinput)
	heads  []int    // gold heads, 1-based words, projectivized
	labels []int
}

// hideWord reports whether word dropout at rate alpha hides, this time, a
// word seen count times in training (see trainParser). With alpha 0 it
// draws nothing from rng.
func hideWord(rng *rand.Rand, alpha float64, count int) bool {
	return alpha > 0 && rng.Float64() < alpha/(alpha+float64(count))
}

// trainParser trains the parser. After each pass progress gets the
// training-set scores and, through snapshot, a parser with the weights
// averaged so far (for scoring held-out data).
//
// Word dropout: each time a sentence is trained on, a word seen c times in
// training is replaced with probability dropout/(dropout+c) by a word
// never seen, as every unknown word is at parse time; the parser learns
// not to lean on the identity of rare words (UAS +0.4 on EWT dev with
// 0.25, but worse event coding from raw text: off by default).
//
// With k > 1 it trains k parsers on data shuffled with different seeds (in
// parallel, two at a time) and merges them into one whose scores are the
// sums of theirs (freezeSum); progress reports the first.
func trainParser(ctx context.Context, data []parseExample, labels []string, iters int, seed uint64, dropout float64, k int, progress func(it int, uas, las float64, snapshot func() *parser)) (*parser, error) {
	if k <= 1 {
		p, tr, ltr, err := trainParserRun(ctx, data, labels, iters, seed, dropout, progress)
		if err != nil {
			return nil, err
		}
		p.model = tr.freeze(1e-3, 1)
		p.lmodel = ltr.freeze(1e-3, 0.5)
		return p, nil
	}
	type run struct {
		p       *parser
		tr, ltr *trainer
		err     error
	}
	runs := make([]run, k)
	sem := make(chan struct{}, 2)
	var wg sync.WaitGroup
	for i := range runs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			pr := progress
			if i > 0 {
				pr = nil
			}
			r := &runs[i]
			r.p, r.tr, r.ltr, r.err = trainParserRun(ctx, data, labels, iters, seed+uint64(i)*7919, dropout, pr)
		}()
	}
	wg.Wait()
	trs, ltrs := make([]*trainer, k), make([]*trainer, k)
	for i, r := range runs {
		if r.err != nil {
			return nil, r.err
		}
		trs[i], ltrs[i] = r.tr, r.ltr
	}
	p := runs[0].p
	p.model = freezeSum(trs, 1e-3, 1)
	p.lmodel = freezeSum(ltrs, 1e-3, 0.5)
	return p, nil
}

// trainParserRun trains one parser, returning it without its models and
// the trainers that hold them.
func trainParserRun(ctx context.Context, data []parseExample, labels []string, iters int, seed uint64, dropout float64, progress func(it int, uas, las float64, snapshot func() *parser)) (*parser, *trainer, *trainer, error) {
	p := &parser{labels: labels, root: -1}
	for i, l := range labels {
		if l == "root" {
			p.root = i
		}
	}
	L := len(labels)
	p.lcands = labelCandidates(data)
	tr := newTrainer(3)
	ltr := newTrainer(L)
	var scores [3]float64
	var valid [3]bool
	lscores := make([]float64, L)
	idx := make([]int, len(data))
	for i := range idx {
		idx[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, 0x9a25))
	counts := map[string]int{} // for word dropout
	for _, ex := range data {
		for _, f := range ex.forms {
			counts[normWord(f)]++
		}
	}
	st := newPState(1)
	var buf []uint64
	for it := 0; it < iters; it++ {
		rng.Shuffle(len(idx), func(a, b int) { idx[a], idx[b] = idx[b], idx[a] })
		correct, lcorrect, total := 0, 0, 0
		for k, si := range idx {
			if k%256 == 0 && ctx.Err() != nil {
				return nil, nil, nil, ctx.Err()
			}
			ex := &data[si]
			n := len(ex.forms)
			in := makePInput(ex.forms, ex.tags, ex.xpos, ex.amb)
			for i, f := range ex.forms {
				if hideWord(rng, dropout, counts[normWord(f)]) {
					in.w[i+1] = rng.Uint64() | 1
				}
			}
			gh := make([]int, n+2)
			gl := make([]int, n+2)
			for i := 1; i <= n; i++ {
				gh[i] = ex.heads[i-1]
				gl[i] = ex.labels[i-1]
			}
			gh[0], gh[n+1] = -1, -1
			st.reset(n)
			for !st.terminal() {
				buf = p.features(st, in, buf)
				scores = [3]float64{}
				tr.score(buf, scores[:])
				validMoves(st, &valid)
				cost := oracleCosts(st, gh)
				pred, gold, minc := -1, -1, 1<<30
				for c := 0; c < 3; c++ {
					if !valid[c] {
						continue
					}
					if pred < 0 || scores[c] > scores[pred] {
						pred = c
					}
					minc = min(minc, cost[c])
				}
				for c := 0; c < 3; c++ {
					if valid[c] && cost[c] == minc && (gold < 0 || scores[c] > scores[gold]) {
						gold = c
					}
				}
				tr.tick()
				if cost[pred] > minc {
					tr.update(buf, gold, 1)
					tr.update(buf, pred, -1)
				}
				mv := gold
				if it > 0 && rng.Float64() < 0.9 {
					mv = pred
				}
				l := -1
				if mv != mShift {
					h, d := st.arcOf(mv)
					buf = p.labelFeatures(st, in, h, d, buf)
					clear(lscores)
					ltr.score(buf, lscores)
					lp := -1
					cs := p.lcands[lcandKey(in, h, d)]
					if h == 0 {
						lp = p.root
					} else {
						for _, k := range cs {
							if int(k) != p.root && (lp < 0 || lscores[k] > lscores[lp]) {
								lp = int(k)
							}
						}
					}
					if lp < 0 {
						for k := 0; k < L; k++ {
							if k != p.root && (lp < 0 || lscores[k] > lscores[lp]) {
								lp = k
							}
						}
					}
					l = lp
					if gh[d] == h {
						ltr.step(buf, gl[d], lp)
						if it == 0 {
							l = gl[d]
						}
					}
				}
				st.apply(mv, l)
			}
			for i := 1; i <= n; i++ {
				if st.head[i] == gh[i] {
					correct++
					if st.label[i] == gl[i] {
						lcorrect++
					}
				}
				total++
			}
		}
		if progress != nil {
			snap := func() *parser {
				return &parser{labels: labels, root: p.root, lcands: p.lcands, model: tr.freeze(1e-3, 1), lmodel: ltr.freeze(1e-3, 0.5)}
			}
			progress(it, 100*float64(correct)/float64(max(total, 1)), 100*float64(lcorrect)/float64(max(total, 1)), snap)
		}
	}
	return p, tr, ltr, nil
}

// labelCandidates collects, for each (head tag, dependent tag, direction),
// the labels of the training arcs with those tags.
func labelCandidates(data []parseExample) map[uint64][]uint8 {
	seen := map[uint64]uint64{} // key -> bitset of labels
	for _, ex := range data {
		in := makePInput(ex.forms, ex.tags, ex.xpos, ex.amb)
		for i, h := range ex.heads {
			if h == 0 {
				continue
			}
			seen[lcandKey(in, h, i+1)] |= 1 << uint(ex.labels[i])
		}
	}
	out := make(map[uint64][]uint8, len(seen))
	for k, bits := range seen {
		var ls []uint8
		for l := 0; l < 64; l++ {
			if bits&(1<<uint(l)) != 0 {
				ls = append(ls, uint8(l))
			}
		}
		out[k] = ls
	}
	return out
}

// projectivize lifts non-projective arcs (to the head's head) until the
// tree is projective. heads are 1-based with 0 = root.
func projectivize(heads []int) []int {
	h := append([]int(nil), heads...)
	n := len(h)
	dominated := func(k, top int) bool { // is word k (1-based) under top?
		for steps := 0; k != 0 && steps <= n; steps++ {
			if k == top {
				return true
			}
			k = h[k-1]
		}
		return top == 0
	}
	for iter := 0; iter < n*n; iter++ {
		bestD, bestLen := -1, 1<<30
		for d := 1; d <= n; d++ {
			hd := h[d-1]
			lo, hi := min(hd, d), max(hd, d)
			for k := lo + 1; k < hi; k++ {
				if !dominated(k, hd) {
					if hi-lo < bestLen {
						bestD, bestLen = d, hi-lo
					}
					break
				}
			}
		}
		if bestD < 0 {
			break
		}
		hd := h[bestD-1]
		if hd == 0 {
			break
		}
		h[bestD-1] = h[hd-1]
	}
	return h
}
