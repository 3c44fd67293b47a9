package text

// UD attaches a punctuation mark inside the unit it delimits, "at the
// highest possible node that preserves projectivity", and paired marks
// (quotes, brackets) to the head of what they enclose. Those attachments
// follow from the rest of the tree, so repairPunct makes them after the
// parser has attached the words: the parser, which reads punctuation
// left to right like any word, got about one mark in five wrong on EWT
// dev.

// repairPunct reattaches punctuation marks without dependents of their
// own: paired marks to the single word their span hangs from, the others
// to the lower of the highest words on each side that can take them
// without crossing an arc; a mark the parser hung from one of those
// words' paths already stays.
func repairPunct(toks []Token) {
	n := len(toks)
	if n < 3 {
		return
	}
	isP := make([]bool, n)
	hasKids := make([]bool, n)
	for i, t := range toks {
		isP[i] = t.UPOS == "PUNCT"
		if t.Head > 0 {
			hasKids[t.Head-1] = true
		}
	}
	// lo and hi hold the span of the words (punctuation left out) in each
	// word's subtree
	lo := make([]int, n)
	hi := make([]int, n)
	for i := range toks {
		lo[i], hi[i] = n, -1
	}
	for i := range toks {
		if isP[i] {
			continue
		}
		for k, steps := i, 0; k >= 0 && steps <= n; k, steps = toks[k].Head-1, steps+1 {
			lo[k], hi[k] = min(lo[k], i), max(hi[k], i)
		}
	}
	done := make([]bool, n)
	// paired marks first
	for a := 0; a < n; a++ {
		if !isP[a] || hasKids[a] || done[a] {
			continue
		}
		b := closingMark(toks, a)
		if b < 0 || hasKids[b] {
			continue
		}
		top := -1
		for k := a + 1; k < b; k++ {
			if isP[k] {
				continue
			}
			if h := toks[k].Head - 1; h < a || h > b {
				if top >= 0 {
					top = -2
					break
				}
				top = k
			}
		}
		if top >= 0 {
			toks[a].Head, toks[b].Head = top+1, top+1
			toks[a].Deprel, toks[b].Deprel = "punct", "punct"
			done[a], done[b] = true, true
		}
	}
	for p := 0; p < n; p++ {
		if !isP[p] || hasKids[p] || done[p] {
			continue
		}
		var path []int
		l := p - 1
		for l >= 0 && isP[l] {
			l--
		}
		lc := -1
		if l >= 0 {
			lc = l
			path = append(path, l)
			for {
				h := toks[lc].Head - 1
				if h < 0 || h > p || hi[h] > p {
					break
				}
				lc = h
				path = append(path, h)
			}
		}
		r := p + 1
		for r < n && isP[r] {
			r++
		}
		rc := -1
		if r < n {
			rc = r
			path = append(path, r)
			for {
				h := toks[rc].Head - 1
				if h < p || lo[h] < p {
					break
				}
				rc = h
				path = append(path, h)
			}
		}
		lc = highestProjective(toks, isP, l, lc, p)
		rc = highestProjective(toks, isP, r, rc, p)
		var cand int
		switch {
		case lc >= 0 && rc >= 0 && under(toks, lc, rc):
			cand = lc
		case lc >= 0 && rc >= 0 && under(toks, rc, lc):
			cand = rc
		case lc >= 0:
			cand = lc
		case rc >= 0:
			cand = rc
		default:
			continue
		}
		cur := toks[p].Head - 1
		keep := false
		for _, k := range path {
			if k == cur && projective(toks, isP, k, p) {
				keep = true
			}
		}
		if !keep {
			toks[p].Head = cand + 1
		}
	}
}

// highestProjective walks back down the path from top to the neighbour
// word start until it finds a word that can take mark p without crossing
// an arc; -1 when none can.
func highestProjective(toks []Token, isP []bool, start, top, p int) int {
	if top < 0 {
		return -1
	}
	for k := top; ; {
		if projective(toks, isP, k, p) {
			return k
		}
		if k == start {
			return -1
		}
		// one step down towards start
		c := start
		for toks[c].Head-1 != k {
			c = toks[c].Head - 1
		}
		k = c
	}
}

// projective reports whether an arc from word h to mark p crosses no
// other: every word between them lies under h.
func projective(toks []Token, isP []bool, h, p int) bool {
	a, b := min(h, p), max(h, p)
	for k := a + 1; k < b; k++ {
		if !isP[k] && !under(toks, k, h) {
			return false
		}
	}
	return true
}

// closingMark returns the mark that closes the bracket or quotation
// opened at word a, or -1.
func closingMark(toks []Token, a int) int {
	var want string
	switch toks[a].Form {
	case "(":
		want = ")"
	case "[":
		want = "]"
	case "“":
		want = "”"
	case "\"":
		if toks[a].XPOS != "``" {
			return -1
		}
		want = "\""
	default:
		return -1
	}
	for k := a + 1; k < len(toks); k++ {
		if toks[k].Form == want {
			return k
		}
		if toks[k].Form == toks[a].Form {
			return -1 // nested or unbalanced
		}
	}
	return -1
}
