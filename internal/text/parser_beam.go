package text

import "math"

// Beam decoding. The transition model is trained greedily (dynamic oracle),
// so its scores compare moves at one state, not whole parses. Read as a
// local probability model — a softmax over the valid moves' scores at a
// fixed temperature — they do compare parses: a parse's score is the sum of
// its moves' log-probabilities. The beam keeps at most width parses and
// drops any whose score falls more than delta below the best, so on the
// many moves where the model is sure the beam holds one parse and costs
// what greedy parsing costs; nor does it keep a parse that has trailed
// the best for more than maxAge moves.

// beamConfig sets the parser's decoding; a width of 1 or less is greedy.
type beamConfig struct {
	width int
	temp  float32 // softmax temperature, in the model's score units
	delta float32 // the largest log-probability gap kept
	// maxAge: a parse that has not led the beam for more than maxAge
	// steps is dropped (0: no limit)
	maxAge int32
}

// defaultBeam is the decoding an Analyzer starts with: a beam of two, on
// EWT dev UAS +0.6 and LAS +0.7 over greedy parsing for about a fifth more
// time (wider beams gain nothing more; see README). A second parse that
// has trailed for eight steps gives its place to new alternatives: with
// room for one, a stale one would block them. The temperature scales
// with the model's weights (a model summing three parsers scores about
// three times as high as one), as the mean absolute transition weight
// times 11, about 150 for the model herald ships.
func defaultBeam(p *parser) beamConfig {
	return beamConfig{width: 2, temp: 11 * p.model.meanAbs3(), delta: 1, maxAge: 8}
}

// copyFrom makes st a copy of o, reusing st's arrays.
func (st *pstate) copyFrom(o *pstate) {
	if st.n != o.n || len(st.head) != len(o.head) {
		st.reset(o.n)
	}
	st.b = o.b
	copy(st.head, o.head)
	copy(st.label, o.label)
	copy(st.l1, o.l1)
	copy(st.l2, o.l2)
	copy(st.r1, o.r1)
	copy(st.r2, o.r2)
	copy(st.nl, o.nl)
	copy(st.nr, o.nr)
	copy(st.lset, o.lset)
	copy(st.rset, o.rset)
	st.stack = append(st.stack[:0], o.stack...)
}

type beamItem struct {
	st    *pstate
	score float32
	since int32 // the last step it led the beam
}

type beamCand struct {
	from  int32
	mv    int32
	score float32
	since int32
}

// labelFor names the arc move mv would make in st (-1 for a shift).
// Parses in a beam share many arcs with the same surroundings: memo, when
// not nil, remembers the label chosen for each set of label features.
func (p *parser) labelFor(st *pstate, in *pinput, mv int, buf []uint64, lscores *[256]float32, memo map[uint64]int) int {
	if mv == mShift {
		return -1
	}
	h, d := st.arcOf(mv)
	if h == 0 {
		return p.root
	}
	cs := p.lcands[lcandKey(in, h, d)]
	if len(cs) == 1 && int(cs[0]) != p.root {
		return int(cs[0]) // the only label such arcs had in training
	}
	buf = p.labelFeatures(st, in, h, d, buf)
	var key uint64
	if memo != nil {
		key = uint64(h)<<32 | uint64(d)
		for _, f := range buf {
			key = mix(key, f)
		}
		if l, ok := memo[key]; ok {
			return l
		}
	}
	// all labels are cleared: bestLabel may fall back to them
	clearScores(lscores, nil, len(p.labels))
	p.lmodel.score(buf, lscores, cs)
	l := p.bestLabel(lscores, h, cs)
	if memo != nil {
		memo[key] = l
	}
	return l
}

// parseBeam parses n words with beam search as cfg sets it.
func (p *parser) parseBeam(in *pinput, n int, cfg beamConfig) (heads, labels []int) {
	k := cfg.width
	beam := make([]beamItem, 1, k)
	next := make([]beamItem, 0, k)
	sc := p.getScratch()
	defer p.scratch.Put(sc)
	beam[0].st = sc.state(n)
	free := sc.states // spare states, handed back at the end
	var scores [3]float32
	var valid [3]bool
	var lscores [256]float32
	buf := make([]uint64, 0, 128)
	cands := make([]beamCand, 0, 3*k)
	claimed := make([]bool, k)
	invT := 1 / cfg.temp
	memo := sc.memo
	clear(memo)
	step := int32(0)
	for !beam[0].st.terminal() {
		cands = cands[:0]
		for bi, it := range beam {
			validMoves(it.st, &valid)
			nv := 0
			for _, v := range valid {
				if v {
					nv++
				}
			}
			if nv == 1 { // a forced move: probability 1
				for c := range 3 {
					if valid[c] {
						cands = addCand(cands, k, beamCand{int32(bi), int32(c), it.score, it.since})
					}
				}
				continue
			}
			buf = p.features(it.st, in, buf)
			p.model.score3(buf, &scores)
			best := float32(math.Inf(-1))
			for c := range 3 {
				if valid[c] && scores[c] > best {
					best = scores[c]
				}
			}
			// The log of the softmax's normalizer is the same for every
			// move of this parse: with one parse in the beam it shifts all
			// candidates alike and changes no choice, so it is left out.
			var lz float32
			if len(beam) > 1 {
				var z float64
				for c := range 3 {
					if valid[c] {
						z += math.Exp(float64((scores[c] - best) * invT))
					}
				}
				lz = float32(math.Log(z))
			}
			for c := range 3 {
				if valid[c] {
					cands = addCand(cands, k, beamCand{int32(bi), int32(c), it.score + (scores[c]-best)*invT - lz, it.since})
				}
			}
		}
		step++
		cands[0].since = step
		j := 1
		for i := 1; i < len(cands); i++ {
			if cands[i].score >= cands[0].score-cfg.delta && (cfg.maxAge == 0 || step-cands[i].since <= cfg.maxAge) {
				cands[j] = cands[i]
				j++
			}
		}
		cands = cands[:j]
		// Each kept move gets a state: its item's own for the first move
		// kept from it, a copy for any other (taken before any is changed).
		clear(claimed[:len(beam)])
		next = next[:0]
		for _, c := range cands {
			if !claimed[c.from] {
				claimed[c.from] = true
				next = append(next, beamItem{beam[c.from].st, c.score, c.since})
				continue
			}
			next = append(next, beamItem{nil, c.score, c.since})
		}
		for bi := range beam {
			if !claimed[bi] {
				free = append(free, beam[bi].st)
			}
		}
		for i, c := range cands {
			if next[i].st != nil {
				continue
			}
			var st *pstate
			if len(free) > 0 {
				st, free = free[len(free)-1], free[:len(free)-1]
			} else {
				st = newPState(n)
			}
			st.copyFrom(beam[c.from].st) // (resizes a spare state as needed)
			next[i].st = st
		}
		for i, c := range cands {
			st := next[i].st
			st.apply(int(c.mv), p.labelFor(st, in, int(c.mv), buf, &lscores, memo))
		}
		beam, next = next, beam
	}
	heads, labels = beam[0].st.tree()
	for _, it := range beam {
		free = append(free, it.st)
	}
	sc.states = free
	return heads, labels
}

// addCand inserts c into cands, kept sorted by falling score (ties in
// arrival order) and at most k long.
func addCand(cands []beamCand, k int, c beamCand) []beamCand {
	i := len(cands)
	for i > 0 && cands[i-1].score < c.score {
		i--
	}
	if i >= k {
		return cands
	}
	if len(cands) < k {
		cands = append(cands, beamCand{})
	}
	copy(cands[i+1:], cands[i:len(cands)-1])
	cands[i] = c
	return cands
}
