package syntax

import (
	"fmt"
	"sort"
	"strings"
)

// DepToken is one word of a dependency parse (CoNLL-U or herald's own).
type DepToken struct {
	Form, Lemma string
	UPOS, XPOS  string
	Feats       string
	// Head is 1-based; 0 is the root.
	Head   int
	Deprel string
	// Start and End are byte offsets into the sentence text, -1 if unknown.
	Start, End int
}

// DepError is a malformed dependency tree.
type DepError struct {
	Token int // 1-based
	Msg   string
}

func (e *DepError) Error() string { return fmt.Sprintf("dependency tree: word %d: %s", e.Token, e.Msg) }

// CheckTree reports, as a *DepError, what keeps toks from being a tree:
// no words, a head out of range, a word that is its own head, no root, a
// cycle.
func CheckTree(toks []DepToken) error {
	n := len(toks)
	if n == 0 {
		return &DepError{0, "no words"}
	}
	roots := 0
	for i, t := range toks {
		if t.Head < 0 || t.Head > n {
			return &DepError{i + 1, fmt.Sprintf("head %d out of range", t.Head)}
		}
		if t.Head == i+1 {
			return &DepError{i + 1, "word is its own head"}
		}
		if t.Head == 0 {
			roots++
		}
	}
	if roots == 0 {
		return &DepError{1, "no root"}
	}
	// every word must reach the root
	for i := 1; i <= n; i++ {
		seen := 0
		for h := i; h != 0; h = toks[h-1].Head {
			seen++
			if seen > n {
				return &DepError{i, "dependency cycle"}
			}
		}
	}
	return nil
}

// FromDependencies builds a sentence from a Universal Dependencies parse:
// the dependency tree is turned into the constituents the clause builder
// reads (clauses, verb phrases with their auxiliaries, noun phrases with
// their prepositional modifiers, coordinations), so the coder sees the
// same structure whichever parser produced the sentence.
func FromDependencies(text string, toks []DepToken) (*Sentence, error) {
	return fromDependencies(text, append([]DepToken(nil), toks...))
}

// FromOwnDependencies is FromDependencies for a caller that hands toks
// over: they are normalized in place instead of copied.
func FromOwnDependencies(text string, toks []DepToken) (*Sentence, error) {
	return fromDependencies(text, toks)
}

func fromDependencies(text string, toks []DepToken) (*Sentence, error) {
	n := len(toks)
	if n == 0 {
		return nil, &DepError{0, "no words"}
	}
	s := &Sentence{Text: text, Tokens: make([]Token, n)}
	normalizeUD(toks)
	if err := CheckTree(toks); err != nil {
		return nil, err
	}
	c := &udConv{toks: toks, kids: childLists(toks), tags: make([]string, n)}
	for i, t := range toks {
		c.tags[i] = pennTag(t)
		s.Tokens[i] = Token{Text: t.Form, Tag: c.tags[i], Lemma: t.Lemma, Start: t.Start, End: t.End, Head: toks[i].Head, Deprel: toks[i].Deprel, UPOS: toks[i].UPOS}
	}
	c.done = make([]bool, n+1)
	root := &Node{Label: "ROOT", Tok: -1}
	for _, r := range c.kids[0] {
		root.Children = append(root.Children, c.top(r))
	}
	// Words left out of every phrase (possible with non-projective
	// trees) are attached at the end so none is lost.
	for i := 1; i <= n; i++ {
		if !c.done[i] {
			root.Children = append(root.Children, c.leaf(i))
		}
	}
	s.Root = root
	return s, nil
}

// childLists lists each word's dependents (index 0 the root's) in order,
// all in one backing array.
func childLists(toks []DepToken) [][]int {
	start := make([]int, len(toks)+2) // word h's dependents at all[start[h]:start[h+1]]
	for _, t := range toks {
		start[t.Head+1]++
	}
	for h := 1; h < len(start); h++ {
		start[h] += start[h-1]
	}
	all := make([]int, len(toks))
	kids := make([][]int, len(toks)+1)
	for h := range kids {
		kids[h] = all[start[h]:start[h]:start[h+1]] // (appends fill it in place)
	}
	for i, t := range toks {
		kids[t.Head] = append(kids[t.Head], i+1)
	}
	return kids
}

// descends reports whether word w (1-based) lies under word a.
func descends(toks []DepToken, w, a int) bool {
	for steps := 0; w > 0 && steps <= len(toks); steps++ {
		if w == a {
			return true
		}
		w = toks[w-1].Head
	}
	return false
}

// normalizeUD maps, in place, UD version 1 relations and tags (still
// produced by older models such as UDPipe 1) to their version 2 names,
// and repairs what the clause conversion cannot read.
func normalizeUD(toks []DepToken) {
	renameUD(toks)
	repairUD(toks)
}

// renameUD maps UD version 1 relation and tag names to version 2.
func renameUD(toks []DepToken) {
	for i := range toks {
		t := &toks[i]
		switch t.Deprel {
		case "dobj":
			t.Deprel = "obj"
		case "nsubjpass":
			t.Deprel = "nsubj:pass"
		case "csubjpass":
			t.Deprel = "csubj:pass"
		case "auxpass":
			t.Deprel = "aux:pass"
		case "neg":
			t.Deprel = "advmod"
		case "mwe":
			t.Deprel = "fixed"
		case "name":
			t.Deprel = "flat"
		case "nmod:agent":
			t.Deprel = "obl:agent"
		}
		if t.UPOS == "CONJ" {
			t.UPOS = "CCONJ"
		}
	}
}

// repairUD corrects, in place, what parsers get wrong in ways the clause
// conversion cannot read.
func repairUD(toks []DepToken) {
	// A noun marked possessive ("Gondor 's") modifies the noun after it;
	// a parser that made it a subject or object of its own is corrected.
	for i := range toks {
		t := &toks[i]
		if t.Deprel == "nmod:poss" || (t.UPOS != "PROPN" && t.UPOS != "NOUN") {
			continue
		}
		poss := false
		for j := range toks {
			if toks[j].Head == i+1 && toks[j].Deprel == "case" && (toks[j].XPOS == "POS" || toks[j].Form == "'s" || toks[j].Form == "’s") {
				poss = true
			}
		}
		if !poss || !(strings.HasPrefix(t.Deprel, "nsubj") || t.Deprel == "obj" || t.Deprel == "iobj") {
			continue
		}
		for k := i + 1; k < len(toks); k++ {
			y := toks[k]
			if (y.UPOS == "NOUN" || y.UPOS == "PROPN") && y.Head != 0 && toks[y.Head-1].UPOS != "NOUN" && toks[y.Head-1].UPOS != "PROPN" && !descends(toks, k+1, i+1) {
				// (not a word under the possessive itself: "welcomed
				// the ICJ's ruling against Israel" parsed with "ruling"
				// a clause of "ICJ" would hang the ICJ from Israel, in
				// a cycle)
				t.Head, t.Deprel = k+1, "nmod:poss"
				break
			}
		}
	}
	// Chains of conjuncts ("Mordor, Rohan, Fornost and Bree" parsed as
	// Bree hanging from Fornost) hang from the first conjunct, as UD v2
	// has it, so the coordination is one compound.
	for i := range toks {
		t := &toks[i]
		for steps := 0; t.Deprel == "conj" && t.Head > 0 && steps < len(toks); steps++ {
			h := toks[t.Head-1]
			if h.Deprel != "conj" || h.Head <= 0 || h.Head == i+1 {
				break
			}
			t.Head = h.Head
		}
	}
	// Punctuation has no dependents in UD; a parser that hung words from
	// a comma ("the Rohan games, an event which ...") loses them.
	// After a noun, a noun hung from a comma is in apposition to it;
	// anything else goes to the comma's own head.
	for i := range toks {
		t := &toks[i]
		if t.Head <= 0 || toks[t.Head-1].UPOS != "PUNCT" {
			continue
		}
		p := t.Head
		ph := toks[p-1].Head
		if toks[p-1].Form == "," && p >= 2 && p < i+1 && (t.UPOS == "NOUN" || t.UPOS == "PROPN") {
			n := p - 1 // the word before the comma, up to the head of its noun
			for steps := 0; steps < len(toks) && n > 0; steps++ {
				if r := toks[n-1].Deprel; r != "compound" && r != "flat" || toks[n-1].Head <= n {
					break
				}
				n = toks[n-1].Head
			}
			if u := toks[n-1].UPOS; (u == "NOUN" || u == "PROPN") && n != i+1 && !descends(toks, n, i+1) && !descends(toks, n, p) {
				// (not a word under the noun or the comma: the
				// apposition would hang from its own dependent)
				t.Head, t.Deprel = n, "appos"
				toks[p-1].Head = i + 1 // the comma sets the apposition off
				continue
			}
		}
		if ph == i+1 {
			ph = 0
		}
		t.Head = ph
		if ph == 0 {
			t.Deprel = "root"
		}
	}
	// Function words (auxiliaries, copulas, markers, prepositions,
	// determiners, conjunctions) have no dependents of their own in UD
	// but "fixed" ones; what a parser hung from one ("Bree's minister did
	// not clash" with the subject under "did") belongs to its head.
	for i := range toks {
		t := &toks[i]
		if t.Head <= 0 || t.Deprel == "fixed" || t.Deprel == "goeswith" {
			continue
		}
		for steps := 0; steps < len(toks) && t.Head > 0; steps++ {
			h := toks[t.Head-1]
			switch h.Deprel {
			case "aux", "aux:pass", "cop", "mark", "case", "det", "cc":
			default:
				steps = len(toks)
				continue
			}
			if h.Head == i+1 {
				break
			}
			t.Head = h.Head
			if t.Head == 0 {
				t.Deprel = "root"
			}
		}
	}
	// "Mordor, the awful Arnor, and Gondor": an apposition followed by
	// a conjunct of the same noun is one more member of the list.
	for i := range toks {
		t := &toks[i]
		if t.Deprel != "appos" || t.Head <= 0 {
			continue
		}
		for j := i + 1; j < len(toks); j++ {
			if toks[j].Head == t.Head && toks[j].Deprel == "conj" {
				t.Deprel = "conj"
				break
			}
		}
	}
	// A preposition hung from a modifier before the noun ("in Minas
	// Tirith" with "in" under "Minas") belongs to the noun the
	// modifier is part of.
	for i := range toks {
		t := &toks[i]
		if t.Deprel != "case" || t.Head <= 0 {
			continue
		}
		for steps := 0; steps < len(toks); steps++ {
			h := toks[t.Head-1]
			if r := h.Deprel; r != "compound" && r != "flat" && r != "amod" && r != "nummod" || h.Head <= t.Head {
				break
			}
			t.Head = h.Head
		}
	}
	for i := range toks {
		t := &toks[i]
		if strings.HasPrefix(t.Deprel, "nmod") && t.Deprel != "nmod:poss" && t.Head > 0 {
			h := toks[t.Head-1]
			if h.UPOS == "VERB" || h.UPOS == "AUX" {
				t.Deprel = "obl" + strings.TrimPrefix(t.Deprel, "nmod")
			}
		}
	}
}

type udConv struct {
	toks []DepToken
	kids [][]int // dependents of each word (index 0: the root's)
	tags []string
	done []bool
	// leaves holds the word nodes, allocated together: a slab filled by
	// appends (a full one is replaced; nodes already made stay where
	// they are)
	leaves []Node
}

func (c *udConv) tok(i int) DepToken { return c.toks[i-1] }
func (c *udConv) rel(i int) string {
	r := c.toks[i-1].Deprel
	if k := strings.IndexByte(r, ':'); k >= 0 && !strings.HasPrefix(r, "nsubj") && !strings.HasPrefix(r, "aux") && !strings.HasPrefix(r, "csubj") && r != "compound:prt" && r != "nmod:poss" && r != "acl:relcl" {
		return r[:k]
	}
	return r
}

func (c *udConv) leaf(i int) *Node {
	c.done[i] = true
	label := c.tags[i-1]
	if c.toks[i-1].Deprel == "cc:preconj" {
		// "Neither X nor Y", "both X and Y": a determiner of the
		// coordination, as Penn trees have it, not a second conjunction.
		label = "DT"
	}
	if len(c.leaves) == cap(c.leaves) {
		c.leaves = make([]Node, 0, len(c.toks)+1)
	}
	c.leaves = append(c.leaves, Node{Label: label, Tok: i - 1})
	return &c.leaves[len(c.leaves)-1]
}

func hasFeat(feats, kv string) bool {
	for _, f := range strings.Split(feats, "|") {
		if f == kv {
			return true
		}
	}
	return false
}

// pennTag returns the word's Penn tag: its XPOS when that is one, else a
// tag derived from UPOS and features.
func pennTag(t DepToken) string {
	if x := t.XPOS; x != "" && x != "_" && strings.ToUpper(x) == x {
		return x
	}
	f := t.Feats
	switch t.UPOS {
	case "VERB", "AUX":
		low := strings.ToLower(t.Form)
		switch low {
		case "will", "would", "can", "could", "may", "might", "shall", "should", "must":
			return "MD"
		}
		switch {
		case hasFeat(f, "VerbForm=Inf"):
			return "VB"
		case hasFeat(f, "VerbForm=Ger"), hasFeat(f, "VerbForm=Part") && hasFeat(f, "Tense=Pres"):
			return "VBG"
		case hasFeat(f, "VerbForm=Part"):
			return "VBN"
		case hasFeat(f, "Tense=Past"):
			return "VBD"
		case hasFeat(f, "Person=3") && hasFeat(f, "Number=Sing"):
			return "VBZ"
		}
		return "VBP"
	case "NOUN":
		if hasFeat(f, "Number=Plur") {
			return "NNS"
		}
		return "NN"
	case "PROPN":
		if hasFeat(f, "Number=Plur") {
			return "NNPS"
		}
		return "NNP"
	case "ADJ":
		return "JJ"
	case "ADV":
		return "RB"
	case "ADP", "SCONJ":
		return "IN"
	case "DET":
		return "DT"
	case "PRON":
		if hasFeat(f, "Poss=Yes") {
			return "PRP$"
		}
		return "PRP"
	case "CCONJ":
		return "CC"
	case "NUM":
		return "CD"
	case "PART":
		switch strings.ToLower(t.Form) {
		case "to":
			return "TO"
		case "'s", "'", "’s":
			return "POS"
		}
		return "RB"
	case "PUNCT":
		switch t.Form {
		case ",", ";", ":", ".", "``", "''":
			return t.Form
		case "?", "!":
			return "."
		}
		return ":"
	case "SYM":
		return "SYM"
	case "INTJ":
		return "UH"
	}
	return "NN"
}

func isVerbTag(t string) bool { return strings.HasPrefix(t, "VB") || t == "MD" }

// isClause reports whether the word heads a clause.
func (c *udConv) isClause(h int) bool {
	t := c.tok(h)
	if t.UPOS == "VERB" || (t.UPOS == "AUX" && len(c.kids[h]) > 0) {
		return true
	}
	for _, d := range c.kids[h] {
		switch c.rel(d) {
		case "cop", "nsubj", "nsubj:pass", "csubj":
			return true
		}
	}
	return false
}

// top builds the phrase of a root word.
func (c *udConv) top(h int) *Node {
	if c.isClause(h) {
		return c.clause(h)
	}
	return c.nominal(h, false)
}

// phrase builds the phrase a dependent heads, as its relation asks.
func (c *udConv) phrase(d int) *Node {
	switch c.rel(d) {
	case "punct", "cc", "mark", "case", "det", "aux", "aux:pass", "cop", "compound:prt":
		return c.leafPhrase(d)
	case "advmod":
		if len(c.kids[d]) == 0 {
			return &Node{Label: "ADVP", Tok: -1, Children: []*Node{c.leaf(d)}}
		}
	}
	if c.isClause(d) {
		return c.clause(d)
	}
	return c.nominal(d, false)
}

// leafPhrase is a function word, with anything hanging from it.
func (c *udConv) leafPhrase(d int) *Node {
	if len(c.kids[d]) == 0 {
		if c.rel(d) == "compound:prt" {
			return &Node{Label: "PRT", Tok: -1, Children: []*Node{c.leaf(d)}}
		}
		return c.leaf(d)
	}
	var ch []*Node
	for _, k := range c.kids[d] {
		if k > d && !c.done[d] {
			ch = append(ch, c.leaf(d))
		}
		ch = append(ch, c.phrase(k))
	}
	if !c.done[d] {
		ch = append(ch, c.leaf(d))
	}
	return &Node{Label: "X", Tok: -1, Children: ch}
}

func (c *udConv) sorted(nodes []struct {
	pos int
	n   *Node
}) []*Node {
	sort.SliceStable(nodes, func(i, j int) bool { return nodes[i].pos < nodes[j].pos })
	out := make([]*Node, len(nodes))
	for i := range nodes {
		out[i] = nodes[i].n
	}
	return out
}

type placed = struct {
	pos int
	n   *Node
}

// clause builds (S subject (VP aux (VP verb objects ...))), wrapped in
// (SBAR (IN mark) ...) when a subordinating word introduces it.
func (c *udConv) clause(h int) *Node {
	var (
		subj, pre []placed
		auxes     []int
		marks     []int
		right     []placed
		conjs     []int
		postAux   []placed // adverbs between an auxiliary and the verb ("will not")
		tail      []placed // clauses after the verb phrase, in the sentence
	)
	firstAux := h
	for _, d := range c.kids[h] {
		r := c.rel(d)
		if (r == "aux" || r == "aux:pass" || r == "cop") && d < h {
			auxes = append(auxes, d)
			if d < firstAux {
				firstAux = d
			}
		}
	}
	verbal := c.tok(h).UPOS == "VERB" || c.tok(h).UPOS == "AUX" || isVerbTag(c.tags[h-1])
	// Object control ("wants Gondor to attack", "urged Rohan to stop"): the
	// object is the subject of the infinitive, and Penn trees put it there,
	// (VP wants (S (NP Gondor) (VP to attack ...))), so the infinitive's
	// verb finds its actor.
	controller, controlled := 0, 0
	for _, d := range c.kids[h] {
		if c.rel(d) == "obj" && controller == 0 {
			controller = d
		}
		if c.rel(d) == "xcomp" && controller > 0 && d > controller && c.isClause(d) && !c.hasSubject(d) {
			controlled = d
			break
		}
	}
	if controlled == 0 {
		controller = 0
	}
	for _, d := range c.kids[h] {
		r := c.rel(d)
		switch {
		case c.done[d]:
			// already placed by the caller (a conjunct's "and")
		case d == controller:
			// placed in the infinitive below
		case d == controlled:
			subj := c.nominal(controller, false)
			cl := c.clause(d)
			if cl.Label == "S" {
				cl.Children = append([]*Node{subj}, cl.Children...)
				right = append(right, placed{d, cl})
			} else {
				right = append(right, placed{controller, subj}, placed{d, cl})
			}
		case !verbal && d < h && c.inNominal(d):
			// part of the predicate's noun phrase
		case r == "aux" || r == "aux:pass" || r == "cop":
			if d > h {
				right = append(right, placed{d, c.leaf(d)})
			}
		case r == "mark" && d < h:
			if strings.EqualFold(c.tok(d).Form, "to") {
				auxes = append(auxes, d)
				if d < firstAux {
					firstAux = d
				}
			} else {
				marks = append(marks, d)
			}
		case r == "conj" && d > h:
			conjs = append(conjs, d)
		case r == "cc" && d > h:
			// a "cc" on the first conjunct is rare; keep it in place
			right = append(right, placed{d, c.leaf(d)})
		case strings.HasPrefix(r, "nsubj") || strings.HasPrefix(r, "csubj") || r == "expl":
			if c.isClause(d) && strings.HasPrefix(r, "csubj") {
				subj = append(subj, placed{d, c.clause(d)})
			} else {
				subj = append(subj, placed{d, c.nominal(d, false)})
			}
		case d < h:
			switch {
			case d > firstAux && (r == "advmod" || c.tok(d).UPOS == "PART"):
				postAux = append(postAux, placed{d, c.phrase(d)})
			case strings.HasPrefix(r, "obl") && !c.hasCase(d) && c.commaAfter(d):
				// a bare noun phrase of time or place set off before the
				// verb ("Hours before Qaani's comments, the FBI launched
				// ..."): Penn marks it NP-TMP; here it is a
				// prepositional phrase without its preposition, so that
				// its nouns are not taken for the subject
				pre = append(pre, placed{d, &Node{Label: "PP", Tok: -1, Children: []*Node{c.phrase(d)}}})
			default:
				pre = append(pre, placed{d, c.phrase(d)})
			}
		case r == "punct" && d > h && c.sentenceLevelPunct(h, d):
			tail = append(tail, placed{d, c.leaf(d)})
		case (r == "advcl" || r == "parataxis") && c.afterComma(d):
			// ", expanding its campaign": an adverbial clause set off
			// by a comma belongs to the sentence, as in Penn trees,
			// not to the verb phrase.
			tail = append(tail, placed{d, c.phrase(d)})
		default:
			right = append(right, placed{d, c.phrase(d)})
		}
	}
	// The verb phrase proper.
	var vp *Node
	if verbal {
		ch := []*Node{c.leaf(h)}
		ch = append(ch, c.sorted(right)...)
		vp = &Node{Label: "VP", Tok: -1, Children: ch}
	} else {
		// A non-verbal predicate ("is ready", "is a threat"): the copula
		// heads the verb phrase.
		handled := func(d int) bool {
			r := c.rel(d)
			return r == "aux" || r == "aux:pass" || r == "cop" || r == "mark" || strings.HasPrefix(r, "nsubj") ||
				strings.HasPrefix(r, "csubj") || r == "expl" || (d < h && !c.inNominal(d)) || d > h
		}
		pred := c.nominalCore(h, right, handled)
		var cop int
		for i := len(auxes) - 1; i >= 0; i-- {
			if c.rel(auxes[i]) == "cop" {
				cop = auxes[i]
				auxes = append(auxes[:i], auxes[i+1:]...)
				break
			}
		}
		if cop == 0 {
			vp = pred
		} else {
			vp = &Node{Label: "VP", Tok: -1, Children: []*Node{c.leaf(cop), pred}}
		}
	}
	// Coordinated verbs share the subject: (VP (VP ...) (CC and) (VP ...)).
	var sConj []*Node
	if len(conjs) > 0 {
		coord := []*Node{vp}
		for _, d := range conjs {
			lead := c.takeLeading(d, "cc", "punct")
			coord = append(coord, lead...)
			if c.hasSubject(d) {
				sConj = append(sConj, append(lead, c.clause(d))...)
				coord = coord[:len(coord)-len(lead)]
				continue
			}
			coord = append(coord, c.clause(d).Children...)
		}
		if len(coord) > 1 {
			vp = &Node{Label: "VP", Tok: -1, Children: coord}
		}
	}
	// Auxiliaries, innermost last: (VP (MD will) (RB not) (VP (VB go))).
	sort.Ints(auxes)
	for i := len(auxes) - 1; i >= 0; i-- {
		a := auxes[i]
		ch := []*Node{c.leaf(a)}
		for _, p := range postAux {
			if p.pos > a && (i == len(auxes)-1 || p.pos < auxes[i+1]) {
				ch = append(ch, p.n)
			}
		}
		ch = append(ch, vp)
		vp = &Node{Label: "VP", Tok: -1, Children: ch}
	}
	if len(auxes) == 0 && len(postAux) > 0 {
		pre = append(pre, postAux...)
	}
	if len(subj) == 1 {
		pre = c.closeParenthetical(&subj[0], pre, h)
	}
	parts := append(pre, subj...)
	kids := c.sorted(parts)
	kids = append(kids, vp)
	kids = append(kids, c.sorted(tail)...)
	var s *Node
	if len(sConj) > 0 {
		first := &Node{Label: "S", Tok: -1, Children: kids}
		s = &Node{Label: "S", Tok: -1, Children: append([]*Node{first}, sConj...)}
	} else {
		s = &Node{Label: "S", Tok: -1, Children: kids}
	}
	if len(marks) > 0 {
		ch := []*Node{}
		for _, m := range marks {
			ch = append(ch, c.leaf(m))
		}
		return &Node{Label: "SBAR", Tok: -1, Children: append(ch, s)}
	}
	return s
}

// closeParenthetical moves the comma that closes a subject's
// parenthetical ("Arnor's minister, in remarks on Monday, urged ...") from
// the clause into the subject, where Penn trees have it: a comma between
// the subject and its verb, when the subject holds a comma of its own.
func (c *udConv) closeParenthetical(subj *placed, pre []placed, h int) []placed {
	words := subj.n.Words(nil)
	if len(words) == 0 {
		return pre
	}
	last, inner := words[len(words)-1]+1, false
	for _, w := range words {
		if c.toks[w].Form == "," {
			inner = true
		}
	}
	if !inner {
		return pre
	}
	for i, p := range pre {
		if p.pos == last+1 && p.pos < h && p.n.IsWord() && c.tok(p.pos).Form == "," {
			subj.n = &Node{Label: subj.n.Label, Tok: -1, Children: []*Node{subj.n, p.n}}
			return append(pre[:i:i], pre[i+1:]...)
		}
	}
	return pre
}

// sentenceLevelPunct reports whether the punctuation d of clause head h
// belongs to the sentence (Penn attaches a clause's commas and final
// stop to S): a comma followed by a clause-level dependent, or the
// last word.
func (c *udConv) sentenceLevelPunct(h, d int) bool {
	if d == len(c.toks) {
		return true
	}
	for _, k := range c.kids[h] {
		if k > d {
			switch c.rel(k) {
			case "advcl", "parataxis", "punct":
				return c.tok(d).Form == "," || c.tok(d).Form == ";" || c.tok(d).Form == "."
			}
			return false
		}
	}
	return true
}

// afterComma reports whether the first word of d's phrase follows a
// comma, or is one.
func (c *udConv) afterComma(d int) bool {
	first := d
	var walk func(k int)
	walk = func(k int) {
		if k < first {
			first = k
		}
		for _, x := range c.kids[k] {
			walk(x)
		}
	}
	walk(d)
	if c.tok(first).Form == "," {
		return true
	}
	return first > 1 && c.tok(first-1).Form == ","
}

// subtree returns d and its descendants not yet placed, in order.
func (c *udConv) subtree(d int) []int {
	var out []int
	var walk func(k int)
	walk = func(k int) {
		if !c.done[k] {
			out = append(out, k)
		}
		for _, x := range c.kids[k] {
			walk(x)
		}
	}
	walk(d)
	sort.Ints(out)
	return out
}

// hasClause reports whether a verb or clause hangs under d.
func (c *udConv) hasClause(d int) bool {
	if c.tok(d).UPOS == "VERB" {
		return true
	}
	for _, k := range c.kids[d] {
		switch c.rel(k) {
		case "acl", "acl:relcl", "ccomp", "advcl", "xcomp", "conj", "case":
			return true
		}
		if c.hasClause(k) {
			return true
		}
	}
	return false
}

// premodifierVerb reports whether d is a participle modifying the noun
// after it that is written as one word with its dependents
// ("Al-Qaeda-linked", "government-held", split at their hyphens): a word
// of the noun phrase, not a clause whose subject is the name before it,
// whatever relations the parser gave its pieces.
func (c *udConv) premodifierVerb(d int) bool {
	if r := c.rel(d); c.tok(d).UPOS != "VERB" || r != "amod" && r != "compound" || len(c.kids[d]) == 0 {
		return false
	}
	ks := c.subtree(d)
	for i := 1; i < len(ks); i++ {
		a, b := c.tok(ks[i-1]), c.tok(ks[i])
		if ks[i] != ks[i-1]+1 || a.End < 0 || a.End != b.Start {
			return false
		}
	}
	return true
}

// countPhrase reports whether d is a number with the words that measure
// it ("at least 20", "up to 300", "more than 50"): a word of the noun
// phrase, as Penn's QP, not a prepositional phrase, whatever relations
// the parser gave "at least".
func (c *udConv) countPhrase(d int) bool {
	if c.tok(d).UPOS != "NUM" || c.rel(d) != "nummod" {
		return false
	}
	ks := c.subtree(d)
	for i, k := range ks {
		if i > 0 && k != ks[i-1]+1 {
			return false
		}
		if k == d {
			continue
		}
		switch strings.ToLower(c.tok(k).Form) {
		case "at", "least", "most", "up", "to", "more", "fewer", "less", "than", "over", "nearly", "almost", "about", "around", "some", "roughly", "approximately":
		default:
			return false
		}
	}
	return true
}

// inNominal reports whether a left dependent belongs inside a
// predicate's noun phrase ("a major threat": det, amod, compound...).
func (c *udConv) inNominal(d int) bool {
	switch c.rel(d) {
	case "det", "amod", "compound", "nummod", "nmod:poss", "flat", "fixed":
		return true
	}
	return false
}

// commaAfter reports whether a comma follows (or ends) the phrase of word d.
func (c *udConv) commaAfter(d int) bool {
	sub := c.subtree(d)
	if len(sub) == 0 {
		return false
	}
	last := sub[len(sub)-1]
	if c.tok(last).Form == "," { // the parser may hang the comma inside
		return true
	}
	return last+1 <= len(c.toks) && c.tok(last+1).Form == ","
}

// hasCase reports whether word d has a preposition (case) of its own.
func (c *udConv) hasCase(d int) bool {
	for _, k := range c.kids[d] {
		if c.rel(k) == "case" {
			return true
		}
	}
	return false
}

func (c *udConv) hasSubject(h int) bool {
	for _, d := range c.kids[h] {
		if r := c.rel(d); strings.HasPrefix(r, "nsubj") || strings.HasPrefix(r, "csubj") {
			return true
		}
	}
	return false
}

// takeLeading takes the dependents of d with the given relations that
// come before it (a conjunct's "and" and comma) as leaves.
func (c *udConv) takeLeading(d int, rels ...string) []*Node {
	var out []*Node
	for _, k := range c.kids[d] {
		if k > d || c.done[k] {
			continue
		}
		for _, r := range rels {
			if c.rel(k) == r && len(c.kids[k]) == 0 {
				out = append(out, c.leaf(k))
			}
		}
	}
	return out
}

// nominal builds a noun phrase; with a case marker ("in", "by") it is
// a prepositional phrase (PP (IN in) (NP ...)).
func (c *udConv) nominal(h int, _ bool) *Node {
	var cases []int
	var possMark []int
	for _, d := range c.kids[h] {
		if c.rel(d) != "case" {
			continue
		}
		switch f := c.tok(d).Form; {
		case f == "'s" || f == "'" || f == "’s" || f == "’" || c.tags[d-1] == "POS":
			possMark = append(possMark, d)
		case d < h:
			cases = append(cases, d)
		}
	}
	// Punctuation before the case marker ("minister, in remarks ...")
	// opens the phrase: it goes before the preposition, not inside the
	// noun phrase after it.
	var lead []*Node
	if len(cases) > 0 {
		for _, d := range c.kids[h] {
			if d < cases[0] && c.rel(d) == "punct" && len(c.kids[d]) == 0 && !c.done[d] {
				lead = append(lead, c.leaf(d))
			}
		}
	}
	np := c.nominalCore(h, nil, nil)
	if len(possMark) > 0 {
		// A possessor: (NP (NP Gondor) (POS 's)) — the mark comes after.
		np = &Node{Label: "NP", Tok: -1, Children: []*Node{np, c.leaf(possMark[0])}}
	}
	if len(cases) == 0 {
		return np
	}
	ch := lead
	for _, k := range cases {
		ch = append(ch, c.leaf(k))
		// with the words fixed to it: "according to", "because of"
		for _, j := range c.kids[k] {
			if c.rel(j) == "fixed" && !c.done[j] && len(c.kids[j]) == 0 {
				ch = append(ch, c.leaf(j))
			}
		}
	}
	return &Node{Label: "PP", Tok: -1, Children: append(ch, np)}
}

// nominalCore builds the noun phrase of h without its case markers; extra
// are further dependents to put after it (a copular predicate's), and
// dependents for which skip is true are left to the caller.
func (c *udConv) nominalCore(h int, extra []placed, skip func(int) bool) *Node {
	var base, post []placed
	dist := c.distributeHead(h, skip)
	if dist != nil {
		base = append(base, placed{h, dist})
	}
	var conjs []int
	var joiners []int // "and" and commas between conjuncts
	for _, d := range c.kids[h] {
		r := c.rel(d)
		if skip != nil && skip(d) {
			continue
		}
		if r == "conj" && d > h {
			conjs = append(conjs, d)
		}
	}
	lastConj := 0
	if len(conjs) > 0 {
		lastConj = conjs[len(conjs)-1]
	}
	for _, d := range c.kids[h] {
		r := c.rel(d)
		switch {
		case skip != nil && skip(d):
		case r == "case" || c.done[d]:
			// handled by the caller
		case r == "conj" && d > h:
		case (r == "cc" || r == "punct") && d > h && d < lastConj && len(c.kids[d]) == 0:
			joiners = append(joiners, d)
		case d < h:
			switch {
			case r == "acl" || r == "acl:relcl":
				post = append(post, placed{d, &Node{Label: "SBAR", Tok: -1, Children: []*Node{c.clause(d)}}})
			case !c.hasClause(d) || c.premodifierVerb(d) || c.countPhrase(d):
				// Modifiers before the noun are kept flat, as Penn
				// noun phrases are: "Bree Prime Minister Romendacil",
				// "Al-Qaeda-linked rebels".
				for _, k := range c.subtree(d) {
					base = append(base, placed{k, c.leaf(k)})
				}
			default:
				base = append(base, placed{d, c.flatPhrase(d)})
			}
		default:
			switch r {
			case "flat", "compound", "fixed", "goeswith", "amod", "nummod", "det":
				switch {
				case len(c.kids[d]) == 0:
					base = append(base, placed{d, c.leaf(d)})
				case !c.hasClause(d):
					for _, k := range c.subtree(d) {
						base = append(base, placed{k, c.leaf(k)})
					}
				default:
					base = append(base, placed{d, c.flatPhrase(d)})
				}
			case "acl", "acl:relcl":
				// the comma that opens a relative clause is its sibling,
				// as in Penn trees: (NP (NP X) (, ,) (SBAR which ...))
				for _, l := range c.takeLeading(d, "punct") {
					post = append(post, placed{l.Tok + 1, l})
				}
				var cl *Node
				if c.isClause(d) {
					cl = c.clause(d)
				} else {
					cl = c.nominal(d, false)
				}
				switch {
				case r == "acl" && cl.Label == "S" && !c.hasSubject(d) && len(cl.Children) == 1:
					// A reduced relative ("the roads leading into
					// Mordor") is a verb phrase inside the noun phrase,
					// as in Penn trees, so its nouns stay actors.
					cl = cl.Children[0]
				case cl.Label != "SBAR":
					cl = &Node{Label: "SBAR", Tok: -1, Children: []*Node{cl}}
				}
				post = append(post, placed{d, cl})
			case "punct":
				post = append(post, placed{d, c.leaf(d)})
			case "appos":
				for _, l := range c.takeLeading(d, "punct") {
					post = append(post, placed{l.Tok + 1, l})
				}
				post = append(post, placed{d, c.phrase(d)})
			default:
				post = append(post, placed{d, c.phrase(d)})
			}
		}
	}
	if dist == nil {
		base = append(base, placed{h, c.leaf(h)})
	}
	label := "NP"
	switch c.tok(h).UPOS {
	case "ADJ":
		label = "ADJP"
	case "ADV":
		label = "ADVP"
	}
	// Dependents of the first conjunct that come after the last one are
	// shared by all ("lawmakers and officials in Fornost"): they go
	// around the coordination, not inside its first member.
	var shared []placed
	if len(conjs) > 0 {
		var own []placed
		for _, p := range post {
			if p.pos > lastConj {
				shared = append(shared, p)
			} else {
				own = append(own, p)
			}
		}
		post = own
	}
	if len(conjs) > 0 && len(post) == 0 && len(extra) == 0 && c.bareConjuncts(h, conjs) && c.hasPremodifier(h) {
		// "the Gondorian press and government": bare nouns coordinated
		// after modifiers share them; a flat phrase, as in Penn trees,
		// where a name modifying them is a JJ even when the tagger made a
		// proper noun of it ("Gondorian"), so the compound's
		// members are the coordinated nouns, each with the shared words.
		flat := base
		for _, p := range flat {
			if r := c.rel(p.pos); p.n.IsWord() && p.pos != h && (r == "amod" || r == "compound") && strings.HasPrefix(p.n.Label, "NNP") {
				p.n.Label = "JJ"
			}
		}
		for _, j := range joiners {
			flat = append(flat, placed{j, c.leaf(j)})
		}
		for _, d := range conjs {
			for _, l := range c.takeLeading(d, "punct", "cc") {
				flat = append(flat, placed{l.Tok + 1, l})
			}
			flat = append(flat, placed{d, c.leaf(d)})
		}
		np := &Node{Label: "NP", Tok: -1, Children: c.sorted(flat)}
		if len(shared) > 0 {
			np = &Node{Label: "NP", Tok: -1, Children: append([]*Node{np}, c.sorted(shared)...)}
		}
		return np
	}
	np := &Node{Label: label, Tok: -1, Children: c.sorted(base)}
	post = append(post, extra...)
	if len(post) > 0 {
		np = &Node{Label: label, Tok: -1, Children: append([]*Node{np}, c.sorted(post)...)}
	}
	if len(conjs) > 0 {
		coord := []placed{{h, np}}
		for _, j := range joiners {
			coord = append(coord, placed{j, c.leaf(j)})
		}
		prev := h
		anyCC := false // a conjunction anywhere in the coordination
		for _, j := range joiners {
			anyCC = anyCC || c.rel(j) == "cc"
		}
		for _, d := range conjs {
			lead := c.takeLeading(d, "punct", "cc")
			hasCC := false
			for _, l := range lead {
				coord = append(coord, placed{l.Tok + 1, l})
				hasCC = hasCC || c.rel(l.Tok+1) == "cc"
			}
			for _, j := range joiners {
				hasCC = hasCC || (j > prev && j < d && c.rel(j) == "cc")
			}
			if !hasCC {
				// Parsers sometimes hang the "and" elsewhere: take a
				// stray conjunction between the conjuncts.
				for k := d - 1; k > prev; k-- {
					if !c.done[k] && c.rel(k) == "cc" && len(c.kids[k]) == 0 {
						coord = append(coord, placed{k, c.leaf(k)})
						hasCC = true
						break
					}
				}
			}
			anyCC = anyCC || hasCC
			prev = d
			if c.isClause(d) && c.tok(d).UPOS == "VERB" {
				coord = append(coord, placed{d, c.clause(d)})
			} else {
				coord = append(coord, placed{d, c.nominal(d, false)})
			}
		}
		np = &Node{Label: label, Tok: -1, Children: c.sorted(coord)}
		if !anyCC && c.namesOnly(h, conjs) {
			// "Japan, South Korea agree to boost security ties": names
			// listed with commas alone, as headlines write them, are a
			// compound as if joined by "and" (UD makes an apposition
			// appos, not conj)
			np.Label = LabelNEC
		}
		if len(shared) > 0 {
			np = &Node{Label: label, Tok: -1, Children: append([]*Node{np}, c.sorted(shared)...)}
		}
	}
	return np
}

// namesOnly reports whether h and its conjuncts are all proper nouns with
// no dependents but flat parts of their names and the commas between.
func (c *udConv) namesOnly(h int, conjs []int) bool {
	for _, x := range append([]int{h}, conjs...) {
		if c.tok(x).UPOS != "PROPN" {
			return false
		}
		for _, k := range c.kids[x] {
			switch r := c.rel(k); {
			case r == "flat" || r == "compound" && c.tok(k).UPOS == "PROPN" && len(c.kids[k]) == 0:
			case r == "punct" && c.tok(k).Form == ",":
			case r == "conj" && x == h:
			default:
				return false
			}
		}
	}
	return true
}

// distributeHead reads coordinated modifiers of one noun ("US and British
// activists", "Israeli and Palestinian negotiators") as a coordination of
// noun phrases that each have the noun: (NP (NP US activists) (CC and)
// (NP British activists)), so that each member is an actor with the
// noun's role, as PETRARCH codes such phrases. It returns nil unless h
// has no conjuncts of its own and exactly one modifier before it with
// conjuncts, all single words.
func (c *udConv) distributeHead(h int, skip func(int) bool) *Node {
	if u := c.tok(h).UPOS; u != "NOUN" && u != "PROPN" {
		return nil
	}
	mod := -1
	for _, d := range c.kids[h] {
		if skip != nil && skip(d) || c.done[d] {
			continue
		}
		if c.rel(d) == "conj" {
			return nil
		}
		if d > h || len(c.kids[d]) == 0 {
			continue
		}
		if r := c.rel(d); r != "compound" && r != "amod" {
			continue
		}
		for _, k := range c.kids[d] {
			if c.rel(k) == "conj" {
				if mod >= 0 && mod != d {
					return nil
				}
				mod = d
			}
		}
	}
	if mod < 0 {
		return nil
	}
	// the members and the words that join them: nothing else
	members := []int{mod}
	var joins []int
	for _, k := range c.kids[mod] {
		switch c.rel(k) {
		case "conj":
			if k > h || k < mod || len(c.kids[k]) > 1 {
				return nil
			}
			for _, x := range c.kids[k] {
				if r := c.rel(x); (r != "cc" && r != "punct") || x > k || len(c.kids[x]) > 0 {
					return nil
				}
				joins = append(joins, x)
			}
			members = append(members, k)
		case "cc", "punct":
			if len(c.kids[k]) > 0 || k < mod {
				return nil
			}
			joins = append(joins, k)
		case "det":
			// "the Russian and Syrian defence ministries" with "the"
			// hung from the first member: it is the whole phrase's
			if len(c.kids[k]) > 0 || k > mod {
				return nil
			}
			joins = append(joins, k)
		default:
			return nil
		}
	}
	// single-word modifiers between the last member and the noun
	// ("US and British military officials") go with every member
	last := members[len(members)-1]
	var between []int
	for _, d := range c.kids[h] {
		if d > last && d < h && !(skip != nil && skip(d)) && !c.done[d] {
			if len(c.kids[d]) > 0 {
				return nil
			}
			between = append(between, d)
		}
	}
	coord := make([]placed, 0, 2*len(members))
	for _, m := range members {
		ch := []*Node{c.leaf(m)}
		for _, b := range between {
			ch = append(ch, &Node{Label: c.tags[b-1], Tok: b - 1})
		}
		ch = append(ch, &Node{Label: c.tags[h-1], Tok: h - 1})
		coord = append(coord, placed{m, &Node{Label: "NP", Tok: -1, Children: ch}})
	}
	for _, j := range joins {
		coord = append(coord, placed{j, c.leaf(j)})
	}
	for _, b := range between {
		c.done[b] = true
	}
	c.done[h] = true
	return &Node{Label: "NP", Tok: -1, Children: c.sorted(coord)}
}

// bareConjuncts reports whether h and its conjuncts are common nouns and
// the conjuncts have nothing of their own but a conjunction or comma.
func (c *udConv) bareConjuncts(h int, conjs []int) bool {
	if c.tok(h).UPOS != "NOUN" {
		return false
	}
	for _, d := range conjs {
		if c.tok(d).UPOS != "NOUN" {
			return false
		}
		for _, k := range c.kids[d] {
			if r := c.rel(k); r != "cc" && r != "punct" {
				return false
			}
		}
	}
	return true
}

// hasPremodifier reports whether h has a modifier before it other than a
// determiner.
func (c *udConv) hasPremodifier(h int) bool {
	for _, d := range c.kids[h] {
		if d < h {
			switch c.rel(d) {
			case "amod", "compound", "nmod:poss", "nummod", "flat":
				return true
			}
		}
	}
	return false
}

// flatPhrase is a modifier inside a noun phrase: a word with its own
// modifiers, kept as a flat run of words.
func (c *udConv) flatPhrase(d int) *Node {
	if len(c.kids[d]) == 0 {
		return c.leaf(d)
	}
	if c.isClause(d) {
		return c.clause(d)
	}
	return c.nominal(d, false)
}
