package text

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/herald-events/herald/internal/conllu"
)

// This file scores an analysis against gold CoNLL-U with the alignment
// rules of the CoNLL 2018 shared task evaluation script (conll18_ud_eval.py,
// version 1.2): tokens and sentences are matched by their character spans
// with whitespace removed, words inside multiword tokens are aligned by the
// longest common subsequence of their case-folded forms, and LAS compares
// universal relations (subtypes after ":" are ignored) and aligned heads.

// Score is precision, recall and F1 of one metric, as percentages.
type Score struct {
	Gold, System, Correct int
	Precision, Recall, F1 float64
}

func newScore(gold, sys, correct int) Score {
	s := Score{Gold: gold, System: sys, Correct: correct}
	if sys > 0 {
		s.Precision = 100 * float64(correct) / float64(sys)
	}
	if gold > 0 {
		s.Recall = 100 * float64(correct) / float64(gold)
	}
	if gold+sys > 0 {
		s.F1 = 200 * float64(correct) / float64(gold+sys)
	}
	return s
}

// UDScores are the CoNLL 2018 metrics.
type UDScores struct {
	Tokens, Sentences, Words Score
	UPOS, XPOS, Lemma        Score
	UAS, LAS                 Score
	LASFull                  Score // LAS with relation subtypes compared too
}

type evWord struct {
	start, end int // character span (whitespace removed)
	multi      bool
	form       string
	upos, xpos string
	lemma      string
	deprel     string
	head       int // index of the head word in the document's words; -1 = root
}

type evDoc struct {
	chars     []rune
	tokens    [][2]int
	sentences [][2]int
	words     []evWord
}

func (d *evDoc) addChars(form string) (int, int) {
	s := len(d.chars)
	for _, r := range form {
		if !unicode.IsSpace(r) {
			d.chars = append(d.chars, r)
		}
	}
	return s, len(d.chars)
}

func goldDoc(sents []*conllu.Sentence) *evDoc {
	d := &evDoc{}
	for _, s := range sents {
		base := len(d.words)
		sstart := len(d.chars)
		mi := 0
		for i := 0; i < len(s.Tokens); i++ {
			t := s.Tokens[i]
			if mi < len(s.MultiTokens) && s.MultiTokens[mi].First == t.ID {
				m := s.MultiTokens[mi]
				a, b := d.addChars(m.Form)
				d.tokens = append(d.tokens, [2]int{a, b})
				for k := m.First; k <= m.Last; k++ {
					d.words = append(d.words, goldWord(s.Tokens[k-1], a, b, true, base))
				}
				i = m.Last - 1
				mi++
				continue
			}
			a, b := d.addChars(t.Form)
			d.tokens = append(d.tokens, [2]int{a, b})
			d.words = append(d.words, goldWord(t, a, b, false, base))
		}
		d.sentences = append(d.sentences, [2]int{sstart, len(d.chars)})
	}
	return d
}

func goldWord(t conllu.Token, a, b int, multi bool, base int) evWord {
	h := -1
	if t.Head > 0 {
		h = base + t.Head - 1
	}
	return evWord{start: a, end: b, multi: multi, form: t.Form, upos: t.UPOS, xpos: t.XPOS, lemma: t.Lemma, deprel: t.Deprel, head: h}
}

func systemDoc(sents []Sentence) *evDoc {
	d := &evDoc{}
	for _, s := range sents {
		base := len(d.words)
		sstart := len(d.chars)
		for i := 0; i < len(s.Tokens); {
			j := i + 1
			for j < len(s.Tokens) && s.Tokens[j].Joined {
				j++
			}
			form := ""
			for k := i; k < j; k++ {
				form += s.Tokens[k].Form
			}
			a, b := d.addChars(form)
			d.tokens = append(d.tokens, [2]int{a, b})
			for k := i; k < j; k++ {
				t := s.Tokens[k]
				h := -1
				if t.Head > 0 {
					h = base + t.Head - 1
				}
				d.words = append(d.words, evWord{start: a, end: b, multi: j-i > 1, form: t.Form, upos: t.UPOS, xpos: t.XPOS, lemma: t.Lemma, deprel: t.Deprel, head: h})
			}
			i = j
		}
		d.sentences = append(d.sentences, [2]int{sstart, len(d.chars)})
	}
	return d
}

func spansScore(g, s [][2]int) Score {
	correct, i, j := 0, 0, 0
	for i < len(g) && j < len(s) {
		switch {
		case g[i][0] < s[j][0]:
			i++
		case g[i][0] > s[j][0]:
			j++
		default:
			if g[i][1] == s[j][1] {
				correct++
			}
			i++
			j++
		}
	}
	return newScore(len(g), len(s), correct)
}

func beyondEnd(w []evWord, i, end int) bool {
	if i >= len(w) {
		return true
	}
	if w[i].multi {
		return w[i].start >= end
	}
	return w[i].end > end
}

func extendEnd(w evWord, end int) int {
	if w.multi && w.end > end {
		return w.end
	}
	return end
}

// alignWords returns, for each system word, the aligned gold word or -1.
func alignWords(g, s []evWord) []int {
	sysToGold := make([]int, len(s))
	for i := range sysToGold {
		sysToGold[i] = -1
	}
	gi, si := 0, 0
	for gi < len(g) && si < len(s) {
		if g[gi].multi || s[si].multi {
			var end int
			if g[gi].multi {
				end = g[gi].end
				if !s[si].multi && s[si].start < g[gi].start {
					si++
				}
			} else {
				end = s[si].end
				if !g[gi].multi && g[gi].start < s[si].start {
					gi++
				}
			}
			gs, ss := gi, si
			for !beyondEnd(g, gi, end) || !beyondEnd(s, si, end) {
				if gi < len(g) && (si >= len(s) || g[gi].start <= s[si].start) {
					end = extendEnd(g[gi], end)
					gi++
				} else {
					end = extendEnd(s[si], end)
					si++
				}
			}
			if si > ss && gi > gs {
				ng, ns := gi-gs, si-ss
				lcs := make([][]int, ng)
				for x := range lcs {
					lcs[x] = make([]int, ns)
				}
				eq := func(a, b int) bool { return strings.EqualFold(g[gs+a].form, s[ss+b].form) }
				for x := ng - 1; x >= 0; x-- {
					for y := ns - 1; y >= 0; y-- {
						if eq(x, y) {
							v := 1
							if x+1 < ng && y+1 < ns {
								v += lcs[x+1][y+1]
							}
							lcs[x][y] = v
						}
						if x+1 < ng && lcs[x+1][y] > lcs[x][y] {
							lcs[x][y] = lcs[x+1][y]
						}
						if y+1 < ns && lcs[x][y+1] > lcs[x][y] {
							lcs[x][y] = lcs[x][y+1]
						}
					}
				}
				x, y := 0, 0
				for x < ng && y < ns {
					if eq(x, y) {
						sysToGold[ss+y] = gs + x
						x++
						y++
					} else if x+1 < ng && lcs[x][y] == lcs[x+1][y] || x+1 >= ng && lcs[x][y] == 0 {
						x++
					} else {
						y++
					}
				}
			}
			continue
		}
		switch {
		case g[gi].start == s[si].start && g[gi].end == s[si].end:
			sysToGold[si] = gi
			gi++
			si++
		case g[gi].start <= s[si].start:
			gi++
		default:
			si++
		}
	}
	return sysToGold
}

func universal(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

// EvaluateUD scores system sentences against gold sentences. The system
// text (word forms without whitespace) must spell the same characters as
// the gold.
func EvaluateUD(gold []*conllu.Sentence, system []Sentence) (*UDScores, error) {
	g, s := goldDoc(gold), systemDoc(system)
	if string(g.chars) != string(s.chars) {
		n := 0
		for n < len(g.chars) && n < len(s.chars) && g.chars[n] == s.chars[n] {
			n++
		}
		lo := max(0, n-20)
		return nil, fmt.Errorf("gold and system texts differ at character %d: gold %q, system %q", n,
			string(g.chars[lo:min(len(g.chars), n+20)]), string(s.chars[lo:min(len(s.chars), n+20)]))
	}
	al := alignWords(g.words, s.words)
	var aligned, upos, xpos, lemma, uas, las, lasFull int
	for si, gi := range al {
		if gi < 0 {
			continue
		}
		aligned++
		gw, sw := g.words[gi], s.words[si]
		if gw.upos == sw.upos {
			upos++
		}
		if gw.xpos == sw.xpos {
			xpos++
		}
		if gw.lemma == sw.lemma || gw.lemma == "_" {
			lemma++
		}
		headOK := false
		if sw.head < 0 {
			headOK = gw.head < 0
		} else {
			headOK = gw.head >= 0 && al[sw.head] == gw.head
		}
		if headOK {
			uas++
			if universal(gw.deprel) == universal(sw.deprel) {
				las++
			}
			if gw.deprel == sw.deprel {
				lasFull++
			}
		}
	}
	ng, ns := len(g.words), len(s.words)
	return &UDScores{
		Tokens:    spansScore(g.tokens, s.tokens),
		Sentences: spansScore(g.sentences, s.sentences),
		Words:     newScore(ng, ns, aligned),
		UPOS:      newScore(ng, ns, upos),
		XPOS:      newScore(ng, ns, xpos),
		Lemma:     newScore(ng, ns, lemma),
		UAS:       newScore(ng, ns, uas),
		LAS:       newScore(ng, ns, las),
		LASFull:   newScore(ng, ns, lasFull),
	}, nil
}

// RawText rebuilds running text from gold sentences the way UD's
// conllu_to_text does: sentences of a paragraph are joined by a space (none
// after a SpaceAfter=No word), paragraphs ("# newpar", "# newdoc") are
// separated by a blank line.
func RawText(sents []*conllu.Sentence) string {
	var b strings.Builder
	for i, s := range sents {
		if i > 0 {
			if isParaStart(s) {
				b.WriteString("\n\n")
			} else if prev := sents[i-1]; len(prev.Tokens) > 0 && prev.SpaceAfter(len(prev.Tokens)-1) {
				b.WriteString(" ")
			}
		}
		t := s.Text
		if t == "" {
			t = textFromTokens(s)
		}
		b.WriteString(t)
	}
	b.WriteString("\n")
	return b.String()
}

func isParaStart(s *conllu.Sentence) bool {
	for _, c := range s.Comments {
		if strings.HasPrefix(c, "newpar") || strings.HasPrefix(c, "newdoc") {
			return true
		}
	}
	return false
}

func textFromTokens(s *conllu.Sentence) string {
	var b strings.Builder
	for i := 0; i < len(s.Tokens); i++ {
		id := s.Tokens[i].ID
		if m := s.MultiTokenOf(id); m >= 0 {
			mt := s.MultiTokens[m]
			b.WriteString(mt.Form)
			i = mt.Last - 1
		} else {
			b.WriteString(s.Tokens[i].Form)
		}
		if i < len(s.Tokens)-1 && s.SpaceAfter(i) {
			b.WriteString(" ")
		}
	}
	return b.String()
}
