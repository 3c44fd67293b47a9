package text

import (
	"context"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The tagger is a greedy left-to-right averaged perceptron over joint
// UPOS+XPOS classes (each class is a pair seen in training), so the two tag
// sets always agree with each other. Frequent unambiguous words skip the
// classifier through a tag dictionary.

type tagger struct {
	upos, xpos []string // per class
	model      *sparseModel
	dict       map[string]int32 // exact form -> class for unambiguous frequent words
	// amb maps a lower-cased word to its ambiguity class (a hash of the set
	// of classes seen with it in training); it gives the tagger a look at
	// the likely tags of the words ahead.
	amb map[string]uint64
	// cands maps a lower-cased word seen at least three times in training
	// to the classes it was seen with; only those are scored for it.
	cands map[string][]uint8
	// lex joins amb and cands (lexicon) for analysis; nil while training
	lex map[string]lexEntry
	// irregular maps an irregular past tense or participle that training
	// saw too seldom to know, written in lower case, to the classes it
	// may take (addIrregularForms); a capitalized one may be a name
	// ("Hidden Valley", "Sat.").
	irregular map[string][]uint8
	// second, when set, is a second left-to-right pass that also sees the
	// first pass's tags of the words ahead (trained on jackknifed
	// first-pass tags).
	second *sparseModel
}

// second-pass templates
const (
	t2F0 uint64 = 200 + iota
	t2F1
	t2F2
	t2Fm1
	t2F01
	t2F12
	t2WF1
	t2T1F1
	t2F0W
)

func secondFeatures(buf []uint64, ws []wordInfo, i int, p1 int, first []int) []uint64 {
	at := func(k int) uint64 {
		if k < 0 || k >= len(first) {
			return 0
		}
		return uint64(first[k] + 3)
	}
	f0, f1v, f2v, fm1 := at(i), at(i+1), at(i+2), at(i-1)
	return append(buf,
		f1(t2F0, f0), f1(t2F1, f1v), f1(t2F2, f2v), f1(t2Fm1, fm1),
		f2(t2F01, f0, f1v), f2(t2F12, f1v, f2v), f2(t2WF1, ws[i].lower, f1v),
		f2(t2T1F1, uint64(p1+2), f1v), f2(t2F0W, f0, ws[i].lower),
	)
}

// template ids
const (
	tBias uint64 = iota + 1
	tW
	tWExact
	tS1
	tS2
	tS3
	tS4
	tP1
	tP2
	tP3
	tShape
	tWm1
	tWp1
	tWm2
	tWp2
	tS3m1
	tS3p1
	tT1
	tT2
	tT12
	tT1W
	tWWp1
	tWm1W
	tShapep1
	tFirstCap
	tT1Wp1
	tShapem1
	tA0
	tAp1
	tAp2
	tAm1
	tT1A0
	tA0Ap1
	tT1Ap1
	tA0W
	tWp1Wp2
	tWm1Wp1
	tS2p1
)

// wordInfo is what the tagger precomputes for each word.
type wordInfo struct {
	lower uint64
	exact uint64
	suf   [4]uint64
	pre   [3]uint64
	shape uint64
	suf3  uint64
	amb   uint64
	cands []uint8
}

// shapeBuf holds any shape: 12 bytes and the rune that passes them.
const shapeBuf = 16

// shapeHash hashes w's shape (appendShape), built on the stack.
func shapeHash(w string) uint64 {
	var buf [shapeBuf]byte
	return hstr(string(appendShape(buf[:0], w)))
}

// appendShape appends w's shape to b: X for a capital, x for a small
// letter, d for a digit, any other character as it is, a run of one kind
// cut to two, at most 12 bytes and the rune that passes them.
func appendShape(b []byte, w string) []byte {
	start := len(b)
	var last rune = -1
	n := 0
	for _, r := range w {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = r
		}
		if c == last {
			n++
			if n >= 2 {
				continue
			}
		} else {
			n = 0
		}
		last = c
		b = utf8.AppendRune(b, c)
		if len(b)-start > 12 {
			break
		}
	}
	return b
}

func suffix(w string, n int) string {
	k := len(w)
	for i := 0; i < n && k > 0; i++ {
		_, sz := utf8.DecodeLastRuneInString(w[:k])
		k -= sz
	}
	return w[k:]
}

func prefix(w string, n int) string {
	k := 0
	for i := 0; i < n && k < len(w); i++ {
		_, sz := utf8.DecodeRuneInString(w[k:])
		k += sz
	}
	return w[:k]
}

func normWord(w string) string {
	l := strings.ToLower(w)
	if isNumberish(l) && strings.ContainsAny(l, "0123456789") {
		var b strings.Builder
		for _, r := range l {
			if r >= '0' && r <= '9' {
				b.WriteByte('0')
			} else {
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	return l
}

var hUnknown = hstr("-UNK-")

// candsOf returns the classes a form may take: those training saw it
// with, or for an irregular verb form in lower case that it did not, the
// ones the form allows.
func (tg *tagger) candsOf(form string) []uint8 {
	if cs, ok := tg.cands[strings.ToLower(form)]; ok {
		return cs
	}
	return tg.irregular[form]
}

// withIrregular gives the words of ws that training did not know and that
// are irregular verb forms in lower case the classes those forms allow.
func (tg *tagger) withIrregular(ws []wordInfo, forms []string) []wordInfo {
	if len(tg.irregular) == 0 {
		return ws
	}
	for i := range ws {
		if ws[i].cands == nil {
			ws[i].cands = tg.irregular[forms[i]]
		}
	}
	return ws
}

// lowerCaseCommon lets the model choose any class for a word written in
// lower case whose only classes in training were proper nouns: training
// saw it capitalized alone ("a ship laden with grain" had "laden", known
// only from "bin Laden", forced to a proper noun; EWT dev: UPOS 95.08 →
// 95.09, XPOS 94.59 → 94.60, UAS 85.61 → 85.62, LAS 82.27 → 82.28).
func (tg *tagger) lowerCaseCommon(ws []wordInfo, forms []string) []wordInfo {
	for i := range ws {
		if len(ws[i].cands) == 0 || !startsWithLower(forms[i]) {
			continue
		}
		proper := true
		for _, c := range ws[i].cands {
			if x := tg.xpos[c]; x != "NNP" && x != "NNPS" {
				proper = false
				break
			}
		}
		if proper {
			ws[i].cands = nil
		}
	}
	return ws
}

// startsWithLower reports whether w starts with a small letter.
func startsWithLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// known reports whether training saw a form (lower-cased) often enough
// to know its tags; seenAs, whether it saw it with one of these Penn tags.
func (tg *tagger) known(form string) bool {
	return tg.candsOf(form) != nil
}

func (tg *tagger) seenAs(form string, xpos ...string) bool {
	for _, c := range tg.candsOf(form) {
		if slices.Contains(xpos, tg.xpos[c]) {
			return true
		}
	}
	return false
}

// ambOf returns the tagger's ambiguity class of each form.
func ambOf(tg *tagger, forms []string) []uint64 {
	out := make([]uint64, len(forms))
	for i, f := range forms {
		out[i] = ambClassOf(tg.amb, f, normWord(f))
	}
	return out
}

// ambClassOf is the ambiguity class of form f (lower, normalised): the
// tags training saw it with, or for a word rare or unseen there its shape.
func ambClassOf(amb map[string]uint64, f, lower string) uint64 {
	if a, ok := amb[lower]; ok {
		return a
	}
	return mix(hUnknown, shapeHash(f))
}

// lexEntry is what the tagger knows of a lower-cased word: its ambiguity
// class and the classes it may take.
type lexEntry struct {
	amb   uint64
	cands []uint8
}

// lexicon joins a tagger's amb and cands maps, so that a word needs one
// lookup, not two. (A model file holds candidates only for words with an
// ambiguity class.)
func lexicon(amb map[string]uint64, cands map[string][]uint8) map[string]lexEntry {
	lex := make(map[string]lexEntry, len(amb))
	for k, a := range amb {
		lex[k] = lexEntry{amb: a, cands: cands[k]}
	}
	return lex
}

// wordInfos is makeWordInfo through the tagger's lexicon.
func (tg *tagger) wordInfos(forms []string) []wordInfo {
	if tg.lex == nil {
		return makeWordInfo(forms, tg.amb, tg.cands)
	}
	return wordInfoFrom(forms, func(l string) (lexEntry, bool) {
		e, ok := tg.lex[l]
		return e, ok
	})
}

func makeWordInfo(forms []string, amb map[string]uint64, cands map[string][]uint8) []wordInfo {
	return wordInfoFrom(forms, func(l string) (lexEntry, bool) {
		a, ok := amb[l]
		return lexEntry{amb: a, cands: cands[l]}, ok
	})
}

// wordInfoFrom computes the words' attributes; look gives a lower-cased
// word's entry, and whether it has an ambiguity class.
func wordInfoFrom(forms []string, look func(l string) (lexEntry, bool)) []wordInfo {
	ws := make([]wordInfo, len(forms))
	for i, f := range forms {
		l := normWord(f)
		wi := &ws[i]
		e, ok := look(l)
		wi.cands = e.cands
		if ok {
			wi.amb = e.amb
		} else {
			wi.amb = mix(hUnknown, shapeHash(f))
		}
		wi.lower = hstr(l)
		wi.exact = hstr(f)
		for k := 0; k < 4; k++ {
			wi.suf[k] = hstr(suffix(l, k+1))
		}
		for k := 0; k < 3; k++ {
			wi.pre[k] = hstr(prefix(l, k+1))
		}
		wi.shape = shapeHash(f)
		wi.suf3 = wi.suf[2]
	}
	return ws
}

var (
	hStart = hstr("-START-")
	hEnd   = hstr("-END-")
)

func tagFeatures(buf []uint64, ws []wordInfo, forms []string, i int, p1, p2 int) []uint64 {
	w := &ws[i]
	buf = append(buf[:0],
		f1(tBias, 0),
		f1(tW, w.lower),
		f1(tWExact, w.exact),
		f1(tS1, w.suf[0]), f1(tS2, w.suf[1]), f1(tS3, w.suf[2]), f1(tS4, w.suf[3]),
		f1(tP1, w.pre[0]), f1(tP2, w.pre[1]), f1(tP3, w.pre[2]),
		f1(tShape, w.shape),
		f1(tT1, uint64(p1+2)), f1(tT2, uint64(p2+2)), f2(tT12, uint64(p1+2), uint64(p2+2)),
		f2(tT1W, uint64(p1+2), w.lower),
	)
	wm1, wm2, wp1, wp2 := hStart, hStart, hEnd, hEnd
	sm1, sp1, shm1, shp1 := hStart, hEnd, hStart, hEnd
	if i > 0 {
		wm1, sm1, shm1 = ws[i-1].lower, ws[i-1].suf3, ws[i-1].shape
	}
	if i > 1 {
		wm2 = ws[i-2].lower
	}
	if i+1 < len(ws) {
		wp1, sp1, shp1 = ws[i+1].lower, ws[i+1].suf3, ws[i+1].shape
	}
	if i+2 < len(ws) {
		wp2 = ws[i+2].lower
	}
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	buf = append(buf,
		f1(tWm1, wm1), f1(tWp1, wp1), f1(tWm2, wm2), f1(tWp2, wp2),
		f1(tS3m1, sm1), f1(tS3p1, sp1),
		f2(tWWp1, w.lower, wp1), f2(tWm1W, wm1, w.lower),
		f1(tShapep1, shp1), f1(tShapem1, shm1),
		f2(tFirstCap, first, w.shape),
		f2(tT1Wp1, uint64(p1+2), wp1),
	)
	ap1, ap2, am1, sp2 := hEnd, hEnd, hStart, hEnd
	if i > 0 {
		am1 = ws[i-1].amb
	}
	if i+1 < len(ws) {
		ap1, sp2 = ws[i+1].amb, ws[i+1].suf[1]
	}
	if i+2 < len(ws) {
		ap2 = ws[i+2].amb
	}
	buf = append(buf,
		f1(tA0, w.amb), f1(tAp1, ap1), f1(tAp2, ap2), f1(tAm1, am1),
		f2(tT1A0, uint64(p1+2), w.amb), f2(tA0Ap1, w.amb, ap1), f2(tT1Ap1, uint64(p1+2), ap1),
		f2(tA0W, w.amb, w.lower), f2(tWp1Wp2, wp1, wp2), f2(tWm1Wp1, wm1, wp1), f1(tS2p1, sp2),
	)
	return buf
}

// tag assigns class ids to forms.
func (tg *tagger) tag(forms []string, out []int) []int {
	return tg.tagWords(tg.lowerCaseCommon(tg.withIrregular(tg.wordInfos(forms), forms), forms), forms, out, false)
}

// tagWords is tag over precomputed word attributes.
func (tg *tagger) tagWords(ws []wordInfo, forms []string, out []int, onePass bool) []int {
	if tg.second == nil || onePass {
		return tg.pass(tg.model, ws, forms, nil, nil, out, nil)
	}
	margins := make([]float32, len(forms))
	first := tg.pass(tg.model, ws, forms, nil, nil, make([]int, 0, len(forms)), margins)
	return tg.pass(tg.second, ws, forms, first, margins, out, nil)
}

// sureMargin is the lead of the first pass's best tag over the next from
// which the second pass keeps the first pass's tag without scoring the
// word again. The second pass's gain is in close calls: on EWT dev the
// tagging figures with and without the shortcut differ by at most 0.01
// point, and analysis runs about a third faster.
const sureMargin = 5

// pass tags left to right with model m; first (the previous pass's tags)
// switches on the second-pass features, and then words whose first-pass
// margin (firstMargins) is at least sureMargin keep their first tag. When
// margins is not nil it receives each scored word's lead of the best tag
// over the next (+Inf for words not scored).
func (tg *tagger) pass(m *sparseModel, ws []wordInfo, forms []string, first []int, firstMargins []float32, out []int, margins []float32) []int {
	out = out[:0]
	var scores [256]float32
	nc := len(tg.upos)
	buf := make([]uint64, 0, 64)
	p1, p2 := -1, -2
	for i, f := range forms {
		c, ok := tg.dict[f]
		if !ok && len(ws[i].cands) == 1 {
			// one tag seen for this word in training: nothing to choose
			c, ok = int32(ws[i].cands[0]), true
		}
		if !ok && firstMargins != nil && firstMargins[i] >= sureMargin {
			c, ok = int32(first[i]), true
		}
		if margins != nil {
			margins[i] = float32(math.Inf(1))
		}
		if !ok {
			buf = tagFeatures(buf, ws, forms, i, p1, p2)
			if first != nil {
				buf = secondFeatures(buf, ws, i, p1, first)
			}
			cs := ws[i].cands
			clearScores(&scores, cs, nc)
			m.score(buf, &scores, cs)
			best, next := -1, -1
			consider := func(k int) {
				switch {
				case best < 0 || scores[k] > scores[best]:
					best, next = k, best
				case next < 0 || scores[k] > scores[next]:
					next = k
				}
			}
			if cs != nil {
				for _, k := range cs {
					consider(int(k))
				}
			} else {
				for k := 0; k < nc; k++ {
					consider(k)
				}
			}
			c = int32(best)
			if margins != nil && next >= 0 {
				margins[i] = scores[best] - scores[next]
			}
		}
		out = append(out, int(c))
		p2, p1 = p1, int(c)
	}
	return out
}

// taggedSentence is training data for the tagger.
type taggedSentence struct {
	forms []string
	tags  []int
}

// trainTagger trains a tagger; classes are indices into upos/xpos.
// trainTagger trains a tagger; with first (jackknifed first-pass tags for
// each sentence) it trains a second-pass model instead.
func trainTagger(ctx context.Context, data []taggedSentence, upos, xpos []string, iters int, seed uint64, dropout float64, progress func(it int, acc float64), first [][]int) (*tagger, error) {
	nclass := len(upos)
	tr := newTrainer(nclass)
	// tag dictionary
	type cnt struct {
		n    int
		tags map[int]int
	}
	counts := map[string]*cnt{}
	var order []string
	for _, s := range data {
		for i, f := range s.forms {
			c := counts[f]
			if c == nil {
				c = &cnt{tags: map[int]int{}}
				counts[f] = c
				order = append(order, f)
			}
			c.n++
			c.tags[s.tags[i]]++
		}
	}
	dict := map[string]int32{}
	for _, f := range order {
		c := counts[f]
		if c.n < 20 {
			continue
		}
		best, bn := -1, 0
		for t, n := range c.tags {
			if n > bn || n == bn && t < best {
				best, bn = t, n
			}
		}
		if float64(bn)/float64(c.n) >= 0.995 {
			dict[f] = int32(best)
		}
	}
	amb, cands := ambiguityClasses(data)
	idx := make([]int, len(data))
	for i := range idx {
		idx[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, 0x7a66))
	scores := make([]float64, nclass)
	var buf []uint64
	for it := 0; it < iters; it++ {
		rng.Shuffle(len(idx), func(a, b int) { idx[a], idx[b] = idx[b], idx[a] })
		correct, total := 0, 0
		for k, si := range idx {
			if k%256 == 0 && ctx.Err() != nil {
				return nil, ctx.Err()
			}
			s := data[si]
			ws := makeWordInfo(s.forms, amb, cands)
			for i, f := range s.forms {
				if hideWord(rng, dropout, counts[f].n) {
					ws[i].lower, ws[i].exact = rng.Uint64()|1, rng.Uint64()|1
				}
			}
			p1, p2 := -1, -2
			for i, f := range s.forms {
				gold := s.tags[i]
				guess := gold
				if c, ok := dict[f]; ok {
					guess = int(c)
				} else {
					buf = tagFeatures(buf, ws, s.forms, i, p1, p2)
					if first != nil {
						buf = secondFeatures(buf, ws, i, p1, first[si])
					}
					clear(scores)
					tr.score(buf, scores)
					if cs := ws[i].cands; cs != nil {
						guess = int(cs[0])
						for _, k := range cs[1:] {
							if scores[k] > scores[guess] {
								guess = int(k)
							}
						}
					} else {
						guess = 0
						for k := 1; k < nclass; k++ {
							if scores[k] > scores[guess] {
								guess = k
							}
						}
					}
					tr.step(buf, gold, guess)
				}
				if guess == gold {
					correct++
				}
				total++
				p2, p1 = p1, guess
			}
		}
		if progress != nil {
			progress(it, 100*float64(correct)/float64(max(total, 1)))
		}
	}
	return &tagger{upos: upos, xpos: xpos, model: tr.freeze(1e-3, 0.5), dict: dict, amb: amb, cands: cands}, nil
}

// ambiguityClasses maps each lower-cased training word to a hash of the
// classes it carries at least 5% of the time.
func ambiguityClasses(data []taggedSentence) (map[string]uint64, map[string][]uint8) {
	counts := map[string]map[int]int{}
	var order []string
	for _, s := range data {
		for i, f := range s.forms {
			l := normWord(f)
			c := counts[l]
			if c == nil {
				c = map[int]int{}
				counts[l] = c
				order = append(order, l)
			}
			c[s.tags[i]]++
		}
	}
	amb := make(map[string]uint64, len(order))
	cands := make(map[string][]uint8, len(order))
	for _, w := range order {
		c := counts[w]
		total := 0
		var tags []int
		for t, n := range c {
			total += n
			tags = append(tags, t)
		}
		if total < 3 {
			continue // rare words look like unknown ones, as at test time
		}
		sort.Ints(tags)
		h := hstr("-AMB-")
		var cs []uint8
		for _, t := range tags {
			if c[t]*20 >= total {
				h = mix(h, uint64(t+1))
			}
			cs = append(cs, uint8(t))
		}
		amb[w] = h | 1
		if total >= 10 {
			cands[w] = cs
		}
	}
	return amb, cands
}

// sortedKeys returns a map's keys in order (for deterministic output).
func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// modelForm is the form the tagger and parser see when analysing text:
// typographic single quotes and apostrophes become the ASCII apostrophe,
// which the training text has thousands of times where it has the
// typographic one a few dozen ("ministers’" is a possessive as
// "ministers'" is). The token keeps the form as written; training reads
// EWT's forms as they are.
func modelForm(f string) string {
	if !strings.ContainsAny(f, "’‘") {
		return f
	}
	return strings.ReplaceAll(strings.ReplaceAll(f, "’", "'"), "‘", "'")
}
