package syntax

import (
	"errors"
	"strings"
	"unicode/utf8"
)

// ItemKind is the kind of an Item in a clause sequence.
type ItemKind uint8

const (
	// Open starts a constituent (Label says which).
	Open ItemKind = iota
	// Close ends the constituent opened by the matching Open.
	Close
	// Word is a word of the sentence.
	Word
)

// Item is one element of a clause sequence.
type Item struct {
	Kind  ItemKind
	Label string // for Open and Close
	Word  string // for Word: the word, upper case
	Tok   int    // for Word: index into Sentence.Tokens; -1 otherwise
}

// Labels of the clause sequence beyond the parser's own.
const (
	// LabelNE is a noun phrase collapsed into one actor candidate.
	LabelNE = "NE"
	// LabelNEC is a compound ("Arnor and Gondor") of NE phrases.
	LabelNEC = "NEC"
	// LabelSBR is a relative clause kept as plain words inside an NE.
	LabelSBR = "SBR"
)

// ErrDateline is returned for a sentence that starts with a dateline
// ("CEBU CITY: -- ..."), which the parser reads as one noun phrase.
var ErrDateline = errors.New("dateline: the sentence parses as a single noun phrase")

// Clauses turns a parsed sentence into the clause sequence the coder
// reads. Noun phrases become NE phrases (possessives and simple
// prepositional phrases included), coordinated noun phrases become NEC
// compounds, relative clauses inside noun phrases are reduced to words,
// and everything else keeps its constituent brackets. The rules are those
// of PETRARCH's TreeBank reader, which its dictionaries were written for.
func Clauses(s *Sentence) ([]Item, error) {
	var cs ClauseScratch
	return cs.Clauses(s, nil)
}

// ClauseScratch is what Clauses reuses from sentence to sentence: the
// output buffer and the copy of the tree the clause builder rewires. A
// caller coding many sentences keeps one per goroutine; the items it
// returns are valid until its next use.
type ClauseScratch struct {
	buf  []Item
	copy cloner
}

// Clauses is Clauses through the scratch; upper, if not nil, holds the
// tokens already upper-cased.
func (cs *ClauseScratch) Clauses(s *Sentence, upper []string) ([]Item, error) {
	root := cs.copy.tree(s.Root)
	markCompounds(root)
	if cap(cs.buf) == 0 {
		cs.buf = make([]Item, 0, 5*len(s.Tokens)+8)
	}
	b := &clauseBuilder{s: s, out: cs.buf[:0], up: upper}
	b.emit(root)
	if isDateline(b.out) {
		cs.buf = b.out
		return nil, ErrDateline
	}
	items := ExpandCompounds(b.out)
	cs.buf = items
	return items, nil
}

// tree copies a tree (the clause builder relabels and rewires its copy)
// into c's slabs, which grow to fit and are reused: the copy lives until
// the next one.
func (c *cloner) tree(n *Node) *Node {
	var nodes, links int
	countTree(n, &nodes, &links)
	if cap(c.slab) < nodes {
		c.slab = make([]Node, 0, 2*nodes)
	}
	if cap(c.kids) < links {
		c.kids = make([]*Node, 0, 2*links)
	}
	c.slab, c.kids = c.slab[:0], c.kids[:0]
	return c.clone(n)
}

func countTree(n *Node, nodes, links *int) {
	*nodes++
	*links += len(n.Children)
	for _, c := range n.Children {
		countTree(c, nodes, links)
	}
}

type cloner struct {
	slab []Node
	kids []*Node
}

func (c *cloner) clone(n *Node) *Node {
	c.slab = append(c.slab, Node{Label: n.Label, Tok: n.Tok})
	m := &c.slab[len(c.slab)-1]
	if k := len(n.Children); k > 0 {
		start := len(c.kids)
		c.kids = c.kids[:start+k]
		m.Children = c.kids[start : start+k : start+k]
		for i, ch := range n.Children {
			m.Children[i] = c.clone(ch)
		}
	}
	return m
}

func hasLabelPrefix(n *Node, p string) bool { return strings.HasPrefix(n.Label, p) }

// countLabels counts n and its descendants whose label starts with p.
func countLabels(n *Node, p string) int {
	k := 0
	n.Walk(func(m *Node) bool {
		if strings.HasPrefix(m.Label, p) {
			k++
		}
		return true
	})
	return k
}

// markCompounds relabels as NEC each noun phrase that coordinates (CC)
// other noun phrases or nouns, unless the coordination is of clauses or
// verb phrases or has several conjunctions.
func markCompounds(root *Node) {
	var visit func(parent *Node)
	visit = func(parent *Node) {
		for _, c := range parent.Children {
			if c.Label == "CC" && c.IsWord() {
				switch {
				case countLabels(parent, "VP") > 0 || countLabels(parent, "S") > 0:
					c.Label = "CCP"
				case countLabels(parent, "CC") > 1:
				case strings.HasPrefix(parent.Label, "NP") && countLabels(parent, "N") >= 3:
					parent.Label = LabelNEC
				}
			}
		}
		for _, c := range parent.Children {
			visit(c)
		}
	}
	visit(root)
}

func isDateline(items []Item) bool {
	var opens []string
	for _, it := range items {
		if it.Kind == Open {
			opens = append(opens, it.Label)
			if len(opens) == 3 {
				break
			}
		}
	}
	return len(opens) == 3 && opens[0] == "ROOT" && opens[1] == LabelNE && opens[2] == LabelNEC
}

type clauseBuilder struct {
	s   *Sentence
	out []Item
	up  []string
}

func (b *clauseBuilder) open(l string)  { b.out = append(b.out, Item{Kind: Open, Label: l, Tok: -1}) }
func (b *clauseBuilder) close(l string) { b.out = append(b.out, Item{Kind: Close, Label: l, Tok: -1}) }
func (b *clauseBuilder) word(t int) {
	w := ""
	if t < len(b.up) {
		w = b.up[t]
	} else {
		w = UpperWord(b.s.Tokens[t].Text)
	}
	b.out = append(b.out, Item{Kind: Word, Word: w, Tok: t})
}

// UpperWord is a token as the dictionaries spell it: upper case, with
// typographic apostrophes made ASCII ("People’s" is PEOPLE'S).
func UpperWord(text string) string {
	ascii, lower := true, false
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		lower = lower || 'a' <= c && c <= 'z'
	}
	if ascii { // most words: no curly quote to straighten
		if !lower {
			return text
		}
		return strings.ToUpper(text)
	}
	w := strings.ToUpper(text)
	// single curly quotes are straightened ("Côte d’Ivoire")
	return strings.ReplaceAll(strings.ReplaceAll(w, "’", "'"), "‘", "'")
}

// emit writes a node with its brackets.
func (b *clauseBuilder) emit(n *Node) {
	if n.IsWord() {
		if n.Label == "" { // a bare word of a reduced clause
			b.word(n.Tok)
			return
		}
		b.open(n.Label)
		b.word(n.Tok)
		b.close(n.Label)
		return
	}
	switch n.Label {
	case "NP":
		b.emitNP(n)
		return
	case LabelNEC:
		b.emitNEC(n)
		return
	}
	b.open(n.Label)
	for _, c := range n.Children {
		b.emit(c)
	}
	b.close(n.Label)
}

// reduceSBAR replaces each clause (SBAR) inside n by an SBR of its words.
func reduceSBAR(n *Node) {
	for i, c := range n.Children {
		if c.Label == "SBAR" && !c.IsWord() {
			var toks []int
			toks = c.Words(toks)
			r := &Node{Label: LabelSBR, Tok: -1}
			for _, t := range toks {
				r.Children = append(r.Children, &Node{Tok: t})
			}
			n.Children[i] = r
			continue
		}
		reduceSBAR(c)
	}
}

// neElems collects what an NE phrase holds: words, and NEC compounds
// kept whole; skip leaves out some leaves (the possessive marker).
func neElems(n *Node, skip func(*Node) bool, dst []*Node) []*Node {
	if n.IsWord() {
		if skip != nil && skip(n) {
			return dst
		}
		return append(dst, n)
	}
	if n.Label == LabelNEC {
		return append(dst, n)
	}
	for _, c := range n.Children {
		dst = neElems(c, skip, dst)
	}
	return dst
}

// emitNE writes an NE phrase of the given elements.
func (b *clauseBuilder) emitNE(elems []*Node) {
	b.open(LabelNE)
	for _, e := range elems {
		if e.IsWord() {
			b.word(e.Tok)
			continue
		}
		b.emitRaw(e)
	}
	b.close(LabelNE)
}

// emitRaw writes a subtree with all its brackets, without collapsing.
func (b *clauseBuilder) emitRaw(n *Node) {
	if n.IsWord() {
		if n.Label == "" {
			b.word(n.Tok)
			return
		}
		b.open(n.Label)
		b.word(n.Tok)
		b.close(n.Label)
		return
	}
	b.open(n.Label)
	for _, c := range n.Children {
		b.emitRaw(c)
	}
	b.close(n.Label)
}

func (b *clauseBuilder) emitNP(n *Node) {
	reduceSBAR(n)
	switch {
	case n.HasDescendant(func(m *Node) bool { return hasLabelPrefix(m, "POS") }):
		// A clause set off by a comma ("Syria's second city Aleppo,
		// killing at least eight people") is no part of the name.
		clause := b.detachCommaClause(n)
		b.emitNE(neElems(n, func(m *Node) bool { return hasLabelPrefix(m, "POS") }, nil))
		if clause != nil {
			b.emit(clause)
		}
		return
	case n.HasDescendant(func(m *Node) bool { return hasLabelPrefix(m, "PP") }):
		if elems, rest, ok := prepositionalNE(n); ok {
			b.emitNE(elems)
			// Further prepositional phrases of the noun ("a resumption
			// of ties with Osgiliath") follow the NE, so their actors
			// can still be found.
			for _, r := range rest {
				b.emit(r)
			}
			return
		}
	case !n.HasDescendant(func(m *Node) bool { return hasLabelPrefix(m, "NP") || m.Label == LabelNEC }):
		b.emitNE(neElems(n, nil, nil))
		return
	}
	b.open("NP")
	for _, c := range n.Children {
		b.emit(c)
	}
	b.close("NP")
}

// detachCommaClause removes from n's subtree the first clause (S or VP)
// that a comma sets off (the comma opens it or comes right before it) and
// returns it, with the comma; nil if there is none.
func (b *clauseBuilder) detachCommaClause(n *Node) *Node {
	isComma := func(m *Node) bool { return m.IsWord() && b.s.Tokens[m.Tok].Text == "," }
	for i, c := range n.Children {
		if c.IsWord() {
			continue
		}
		if c.Label == "S" || c.Label == "VP" {
			if len(c.Children) > 0 && isComma(c.Children[0]) && len(c.Children) > 1 {
				n.Children = append(n.Children[:i:i], n.Children[i+1:]...)
				return c
			}
			if i > 0 && isComma(n.Children[i-1]) {
				cl := &Node{Label: c.Label, Tok: -1, Children: append([]*Node{n.Children[i-1]}, c.Children...)}
				n.Children = append(n.Children[:i-1:i-1], n.Children[i+1:]...)
				return cl
			}
			continue
		}
		if c.Label == LabelSBR || c.Label == LabelNEC {
			continue
		}
		if cl := b.detachCommaClause(c); cl != nil {
			return cl
		}
	}
	return nil
}

// prepositionalNE collapses "(NP (NP head) (PP (IN prep) (NP object)))"
// into one NE of head, preposition and object (with a following relative
// clause), provided the object holds no further prepositional phrase.
func prepositionalNE(outer *Node) (elems, rest []*Node, ok bool) {
	// Document order of outer's subtree, with each node's parent and the
	// last position of its subtree.
	type entry struct {
		n      *Node
		parent int
		last   int
	}
	if !hasPPBelow(outer) {
		return nil, nil, false // (most noun phrases: no walk needed)
	}
	order := make([]entry, 1, 64)
	order[0] = entry{n: outer, parent: -1}
	type frame struct{ at, next int } // a node in order, its next child
	stack := make([]frame, 1, 16)
	for len(stack) > 0 {
		top := &stack[len(stack)-1]
		if kids := order[top.at].n.Children; top.next < len(kids) {
			order = append(order, entry{n: kids[top.next], parent: top.at})
			top.next++
			stack = append(stack, frame{at: len(order) - 1})
			continue
		}
		order[top.at].last = len(order) - 1 // its subtree is all in
		stack = stack[:len(stack)-1]
	}
	pp := -1
	for i := 1; i < len(order); i++ {
		if hasLabelPrefix(order[i].n, "PP") {
			pp = i
			break
		}
	}
	if pp < 0 {
		return nil, nil, false
	}
	ei := order[pp].parent
	e := order[ei].n
	if e.Label != "NP" || len(e.Children) == 0 {
		return nil, nil, false
	}
	// The phrase collapsed must be the whole noun phrase or begin it:
	// otherwise words before it would be lost.
	if ei != 0 && order[1].n != e && (len(outer.Children) == 0 || outer.Children[0] != e) {
		return nil, nil, false
	}
	first := e.Children[0]
	if first.IsWord() || (first.Label != "NP" && first.Label != LabelNEC) {
		return nil, nil, false
	}
	fi := ei + 1 // the first child follows its parent in document order
	if first.Label == LabelNEC {
		elems = append(elems, first)
	} else {
		elems = neElems(first, nil, elems)
	}
	end := order[ei].last
	in := -1
	for i := order[fi].last + 1; i < len(order); i++ {
		if order[i].n.Label == "IN" && order[i].n.IsWord() {
			in = i
			break
		}
	}
	if in < 0 {
		return nil, nil, false
	}
	elems = append(elems, order[in].n)
	oi := -1
	for i := in + 1; i <= end; i++ {
		if m := order[i].n; !m.IsWord() && (m.Label == "NP" || m.Label == LabelNEC) {
			oi = i
			break
		}
	}
	if oi < 0 {
		return nil, nil, false
	}
	obj := order[oi].n
	if obj.HasDescendant(func(m *Node) bool { return hasLabelPrefix(m, "PP") }) {
		return nil, nil, false
	}
	if obj.Label == LabelNEC {
		elems = append(elems, obj)
	} else {
		elems = neElems(obj, nil, elems)
	}
	var sbr *Node
	for i := order[oi].last + 1; i < len(order); i++ {
		if order[i].n.Label == LabelSBR {
			sbr = order[i].n
			elems = neElems(sbr, nil, elems)
			break
		}
	}
	// the phrases of e after the one collapsed
	used := order[in].parent
	for used >= 0 && order[used].parent != ei {
		used = order[used].parent
	}
	if used >= 0 {
		after := false
		for _, c := range e.Children {
			if after && c != sbr && hasLabelPrefix(c, "PP") {
				rest = append(rest, c)
			}
			after = after || c == order[used].n
		}
	}
	return elems, rest, true
}

// emitNEC writes a compound: each noun or noun phrase in it becomes an NE;
// adjectives before the first one are shared by the single nouns.
func (b *clauseBuilder) emitNEC(n *Node) {
	b.open(LabelNEC)
	var adj []*Node
	seenNoun := false
	var visit func(m *Node)
	visit = func(m *Node) {
		for i, c := range m.Children {
			switch {
			case c.IsWord() && hasLabelPrefix(c, "NN") && i+1 < len(m.Children) && m.Children[i+1].IsWord() && m.Children[i+1].Label == "HYPH":
				// the first word of a hyphenated modifier ("his own
				// self-indicting words and evasions") is no member
			case hasLabelPrefix(c, "NP") || hasLabelPrefix(c, "NN"):
				seenNoun = true
				if c.IsWord() {
					b.emitNE(append(append([]*Node(nil), adj...), c))
				} else {
					reduceSBAR(c)
					b.emitNE(neElems(c, nil, nil))
				}
			case !seenNoun && c.Label == "JJ" && c.IsWord() && m == n:
				adj = append(adj, c)
			case !c.IsWord():
				visit(c)
			}
		}
	}
	visit(n)
	b.close(LabelNEC)
}

// ExpandCompounds rewrites each NE that holds a compound, "the Arnor and
// Gondor delegations", as a compound of NEs that share the words around
// it: "the Arnor delegations", "the Gondor delegations". A phrase with two
// compounds ("lawmakers and officials in Fornost and Gondor") becomes
// one NE for each combination.
func ExpandCompounds(items []Item) []Item {
	if !hasNestedCompound(items) {
		return items
	}
	out := make([]Item, 0, len(items)+16)
	for i := 0; i < len(items); i++ {
		it := items[i]
		if it.Kind != Open || it.Label != LabelNE {
			out = append(out, it)
			continue
		}
		end := MatchClose(items, i)
		nes := expandNE(items[i:end+1], 0)
		if len(nes) == 1 {
			out = append(out, nes[0]...)
		} else {
			out = append(out, Item{Kind: Open, Label: LabelNEC, Tok: -1})
			for _, ne := range nes {
				out = append(out, ne...)
			}
			out = append(out, Item{Kind: Close, Label: LabelNEC, Tok: -1})
		}
		i = end
	}
	return out
}

// hasNestedCompound reports whether an NE holds an NEC.
func hasNestedCompound(items []Item) bool {
	inNE := 0
	for _, it := range items {
		if it.Kind == Open {
			if it.Label == LabelNE {
				inNE++
			} else if it.Label == LabelNEC && inNE > 0 {
				return true
			}
		} else if it.Kind == Close && it.Label == LabelNE {
			inNE--
		}
	}
	return false
}

// expandNE turns one NE (its Open to its Close) into the NEs of its first
// compound, recursively; an NE without a compound is returned as it is,
// with any stray brackets inside dropped.
func expandNE(ne []Item, depth int) [][]Item {
	necStart := -1
	for k := 1; k < len(ne)-1; k++ {
		if ne[k].Kind == Open && ne[k].Label == LabelNEC {
			necStart = k
			break
		}
	}
	if necStart < 0 || depth > 3 {
		flat := []Item{ne[0]}
		for _, x := range ne[1 : len(ne)-1] {
			if x.Kind == Word {
				flat = append(flat, x)
			}
		}
		return [][]Item{append(flat, ne[len(ne)-1])}
	}
	necEnd := MatchClose(ne, necStart)
	pre := ne[1:necStart]
	post := ne[necEnd+1 : len(ne)-1]
	// adjectives before the first member are shared by all ("new tariffs
	// on Canadian steel and aluminum": Canadian steel, Canadian aluminum)
	var shared []Item
	for k := necStart + 1; k < necEnd; k++ {
		if ne[k].Kind == Open && strings.HasPrefix(ne[k].Label, "N") {
			break
		}
		if ne[k].Kind == Open && ne[k].Label == "JJ" {
			ke := MatchClose(ne, k)
			if ke+1 < necEnd && ne[ke+1].Kind == Open && (ne[ke+1].Label == "CC" || ne[ke+1].Label == "CCP" || ne[ke+1].Label == ",") {
				// a conjunct itself ("Israeli and Hamas leaders"), not a
				// modifier the members share
				shared = nil
				break
			}
			for j := k; j <= ke; j++ {
				if ne[j].Kind == Word {
					shared = append(shared, ne[j])
				}
			}
			k = ke
		}
	}
	pre = append(pre[:len(pre):len(pre)], shared...)
	var out [][]Item
	for k := necStart + 1; k < necEnd; k++ {
		if ne[k].Kind == Open && strings.HasPrefix(ne[k].Label, "N") {
			ke := MatchClose(ne, k)
			if ke+1 < necEnd && ne[ke+1].Kind == Open && ne[ke+1].Label == "HYPH" {
				// the first word of a hyphenated modifier ("his own
				// self-indicting words and evasions") is no member
				k = ke
				continue
			}
			cand := []Item{{Kind: Open, Label: LabelNE, Tok: -1}}
			cand = append(cand, pre...)
			for j := k; j <= ke; j++ {
				if ne[j].Kind == Word {
					cand = append(cand, ne[j])
				}
			}
			cand = append(cand, post...)
			cand = append(cand, Item{Kind: Close, Label: LabelNE, Tok: -1})
			out = append(out, expandNE(cand, depth+1)...)
			k = ke
		}
	}
	if len(out) == 0 {
		return expandNE(append(append([]Item{ne[0]}, ne[1:necStart]...), ne[necEnd:]...), depth+1)
	}
	return out
}

// MatchClose returns the index of the Close matching the Open at i, or
// len(items)-1 if it has none.
func MatchClose(items []Item, i int) int {
	depth := 0
	for k := i; k < len(items); k++ {
		switch items[k].Kind {
		case Open:
			depth++
		case Close:
			depth--
			if depth == 0 {
				return k
			}
		}
	}
	return len(items) - 1
}

// String renders a clause sequence the way PETRARCH prints its parse
// list: "(NE ARNOR ~NE (VP (VBZ IS ~VBZ ...".
func String(items []Item) string {
	var b strings.Builder
	for i, it := range items {
		if i > 0 {
			b.WriteByte(' ')
		}
		switch it.Kind {
		case Open:
			b.WriteString("(" + it.Label)
		case Close:
			b.WriteString("~" + it.Label)
		default:
			b.WriteString(it.Word)
		}
	}
	return b.String()
}

// hasPPBelow reports whether a node below n is a prepositional phrase.
func hasPPBelow(n *Node) bool {
	for _, c := range n.Children {
		if hasLabelPrefix(c, "PP") || hasPPBelow(c) {
			return true
		}
	}
	return false
}
