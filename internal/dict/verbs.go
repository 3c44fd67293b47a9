package dict

import (
	"io"
	"sort"
	"strconv"
	"strings"
)

// ElemKind is what one element of a verb pattern matches.
type ElemKind uint8

const (
	// ElemWord matches one word.
	ElemWord ElemKind = iota
	// ElemSynset matches any phrase of a synonym set (&NAME).
	ElemSynset
	// ElemSource ($) marks the noun phrase it falls in as the source.
	ElemSource
	// ElemTarget (+) marks the noun phrase it falls in as the target.
	ElemTarget
	// ElemSkip (^) skips to the end of the noun phrase it falls in.
	ElemSkip
	// ElemCompound (%) marks a compound phrase as both source and target.
	ElemCompound
)

// Elem is one element of a verb pattern.
type Elem struct {
	Kind ElemKind
	// Word is the word (ElemWord) or synset name with its '&' (ElemSynset).
	Word string
	// Adjacent means no word may come between this element and the one
	// before it, nearer the verb ('_' in the dictionary); otherwise words
	// may be skipped (' ').
	Adjacent bool
	// SamePhrase means this element and the one before it are words of
	// one noun phrase (PETRARCH-2's {...} group: "{NEW &TIETYPES
	// RELATIONS}" matches "new global economic relations"): other words
	// of the phrase may come between, its end may not.
	SamePhrase bool
}

// Pattern is one '-' line of a verb block.
type Pattern struct {
	// Upper holds the elements before the verb, nearest the verb first.
	Upper []Elem
	// Lower holds the elements after the verb, nearest the verb first.
	Lower []Elem
	// Code is the CAMEO code in brackets: "042", "042:043" (a pair of
	// codes for the two directions) or "---" (no event).
	Code  string
	Text  string
	Pos   Pos
	Block *VerbBlock
	// Lits holds the literal words of Upper and Lower (see Words), and
	// LitMask their WordMask bits.
	Lits    []string
	LitMask uint64
}

// WordMask is a 64-bit signature of a word: a sentence whose mask lacks
// a bit of a pattern's mask cannot hold all its words.
func WordMask(w string) uint64 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return 1 << (h % 64)
}

// Size is the number of elements a pattern must match: more is more
// specific.
func (p *Pattern) Size() int { return len(p.Upper) + len(p.Lower) }

// Words returns the literal words the pattern needs, before and after
// the verb: a sentence without all of them cannot match.
func (p *Pattern) Words() []string {
	var out []string
	for _, side := range [][]Elem{p.Upper, p.Lower} {
		for _, e := range side {
			if e.Kind == ElemWord {
				out = append(out, e.Word)
			}
		}
	}
	return out
}

// VerbBlock is a "--- NAME [code] ---" block: a set of synonymous verbs
// sharing patterns.
type VerbBlock struct {
	Name     string
	Code     string
	Pos      Pos
	Verb     string // the block's first verb, which names it
	Patterns []*Pattern
	bySize   []*Pattern
	bySizeOf int // len(Patterns) when bySize was built
}

// BySize returns the block's patterns, the most specific (most elements)
// first and in file order among equals. Of two patterns with the same
// elements, the later one stands alone: PETRARCH-2 keeps a block's
// patterns in a tree of their words, where a later line with the same
// words replaces the earlier one's code ("- * &INVESTIGATION [091]" and,
// further down, "[1014]").
func (b *VerbBlock) BySize() []*Pattern {
	if b.bySize == nil || b.bySizeOf != len(b.Patterns) {
		last := make(map[string]int, len(b.Patterns))
		for i, p := range b.Patterns {
			last[patternKey(p)] = i
		}
		var ps []*Pattern
		for i, p := range b.Patterns {
			if last[patternKey(p)] == i {
				ps = append(ps, p)
			}
		}
		sort.SliceStable(ps, func(i, j int) bool { return ps[i].Size() > ps[j].Size() })
		b.bySize, b.bySizeOf = ps, len(b.Patterns)
	}
	return b.bySize
}

// VerbForm is one inflected form of a dictionary verb, as it appears in
// text, possibly with the other words of a multi-word verb.
type VerbForm struct {
	// Word is the word the parser tags as the verb, upper case.
	Word string
	// Before and After are the other words of a multi-word verb
	// ("WIRE +TAP", "+CORDON OFF"), in text order, upper case.
	Before, After []string
	// Lemma is the verb line the form was made from.
	Lemma string
	// Code is the verb's own code or, if it has none, the block's.
	Code  string
	Block *VerbBlock
	Pos   Pos
}

// Synset is a synonym set (&NAME) of words and phrases.
type Synset struct {
	Name    string
	Phrases [][]string
	Pos     Pos
	// byFirst and byLast index the phrases by their first and last
	// words; nested lists the synsets that are members.
	byFirst, byLast map[string][][]string
	nested          []string
}

func (s *Synset) index() {
	s.byFirst = map[string][][]string{}
	s.byLast = map[string][][]string{}
	s.nested = nil
	for _, p := range s.Phrases {
		if len(p) == 1 && strings.HasPrefix(p[0], "&") {
			s.nested = append(s.nested, p[0])
			continue
		}
		s.byFirst[p[0]] = append(s.byFirst[p[0]], p)
		s.byLast[p[len(p)-1]] = append(s.byLast[p[len(p)-1]], p)
	}
}

// Starting returns the phrases starting with w (or, if last is set,
// ending with it) and the member synsets to look in too.
func (s *Synset) Starting(w string, last bool) (phrases [][]string, nested []string) {
	if s.byFirst == nil {
		s.index()
	}
	if last {
		return s.byLast[w], s.nested
	}
	return s.byFirst[w], s.nested
}

// Transform is a '~' line: a rule rewriting one verb acting on another.
// herald reads and keeps them; the coder applies the "say/claim" kind.
type Transform struct {
	Text string
	Pos  Pos
}

// Verbs is a verb dictionary.
type Verbs struct {
	Synsets    map[string]*Synset
	Forms      map[string][]*VerbForm
	Blocks     []*VerbBlock
	Transforms []Transform
	Warnings   []Warning
}

// NewVerbs returns an empty verb dictionary.
func NewVerbs() *Verbs {
	return &Verbs{Synsets: map[string]*Synset{}, Forms: map[string][]*VerbForm{}}
}

// ReadVerbs reads a verb dictionary in PETRARCH's format (both the
// TABARI-style validation files and CAMEO.2.0.txt) into v. name is used in
// errors.
func (v *Verbs) Read(r io.Reader, name string) error {
	lr := newLineReader(r, name)
	var (
		block    *VerbBlock
		newBlock bool
		synset   *Synset
		noPlural bool
	)
	for {
		line, n, ok := lr.next()
		if !ok {
			break
		}
		pos := Pos{name, n}
		t := strings.TrimSpace(line)
		if synset != nil {
			if strings.HasPrefix(t, "+") {
				w := strings.TrimSpace(t[1:])
				if w == "" {
					return errorf(pos, "empty synonym in synset %s", synset.Name)
				}
				plural := !noPlural && !strings.HasSuffix(w, "_")
				w = strings.TrimSuffix(w, "_")
				words := splitWords(strings.ToUpper(w))
				if len(words) == 0 {
					return errorf(pos, "empty synonym in synset %s", synset.Name)
				}
				synset.Phrases = append(synset.Phrases, words)
				if plural && !strings.HasPrefix(words[len(words)-1], "&") {
					p := append([]string(nil), words...)
					p[len(p)-1] = nounPlural(p[len(p)-1])
					synset.Phrases = append(synset.Phrases, p)
				}
				continue
			}
			if len(synset.Phrases) == 0 {
				return errorf(synset.Pos, "synset %s has no '+' members", synset.Name)
			}
			synset = nil
		}
		switch {
		case strings.HasPrefix(t, "---"):
			code := bracketCode(t)
			nm := strings.TrimSpace(strings.Trim(strings.SplitN(t, "[", 2)[0], "- "))
			if code == "" {
				code = "---"
			}
			block = &VerbBlock{Name: nm, Code: code, Pos: pos}
			v.Blocks = append(v.Blocks, block)
			newBlock = true
		case strings.HasPrefix(t, "&"):
			nm := strings.Fields(t)[0]
			noPlural = strings.HasSuffix(nm, "_")
			nm = strings.ToUpper(strings.TrimSuffix(nm, "_"))
			synset = &Synset{Name: nm, Pos: pos}
			v.Synsets[nm] = synset
		case strings.HasPrefix(t, "~"):
			v.Transforms = append(v.Transforms, Transform{Text: strings.TrimSpace(t[1:]), Pos: pos})
		case strings.HasPrefix(t, "-") || strings.HasPrefix(t, "*"):
			if block == nil {
				return errorf(pos, "pattern before any '--- NAME [code] ---' block")
			}
			if t[0] == '*' {
				// "* (TO QUESTION) [110]": a pattern that lost its
				// dash (no verb is spelt "*"); read as PETRARCH does.
				v.Warnings = append(v.Warnings, Warning{pos, "pattern line without its leading '-'"})
				t = "- " + t
			}
			p, warn, err := v.parsePattern(t, pos)
			if err != nil {
				return err
			}
			if warn != "" {
				v.Warnings = append(v.Warnings, Warning{pos, warn})
				continue
			}
			p.Block = block
			block.Patterns = append(block.Patterns, p)
		case strings.HasPrefix(t, "+") && !strings.ContainsAny(t, "_"):
			return errorf(pos, "synonym line %q outside a synset", t)
		default:
			if block == nil {
				return errorf(pos, "verb %q before any '--- NAME [code] ---' block", t)
			}
			if err := v.addVerb(t, pos, block, newBlock); err != nil {
				return err
			}
			newBlock = false
		}
	}
	if lr.err != nil {
		return lr.err
	}
	if synset != nil && len(synset.Phrases) == 0 {
		return errorf(synset.Pos, "synset %s has no '+' members", synset.Name)
	}
	for _, s := range v.Synsets {
		s.index()
	}
	for _, b := range v.Blocks {
		b.BySize()
	}
	return nil
}

// bracketCode returns what is between the first '[' and the following ']'.
func bracketCode(s string) string {
	i := strings.IndexByte(s, '[')
	if i < 0 {
		return ""
	}
	j := strings.IndexByte(s[i:], ']')
	if j < 0 {
		return strings.TrimSpace(s[i+1:])
	}
	return strings.TrimSpace(s[i+1 : i+j])
}

// splitWords splits a phrase on blanks and underscores.
func splitWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '_' || r == '\t' })
}

func (v *Verbs) addVerb(t string, pos Pos, block *VerbBlock, first bool) error {
	code := block.Code
	if i := strings.IndexByte(t, '['); i >= 0 {
		if !strings.Contains(t[i:], "]") {
			return errorf(pos, "verb line %q: '[' without ']'", t)
		}
		if c := bracketCode(t); c != "" {
			code = c
		}
		t = strings.TrimSpace(t[:i])
	}
	var irregular []string
	if i := strings.IndexByte(t, '{'); i >= 0 {
		j := strings.IndexByte(t, '}')
		if j < i {
			return errorf(pos, "verb line %q: '{' without '}'", t)
		}
		irregular = strings.FieldsFunc(strings.ToUpper(t[i+1:j]), func(r rune) bool {
			return r == ' ' || r == '\t' || r == ','
		})
		t = strings.TrimSpace(t[:i])
	}
	t = strings.ToUpper(t)
	if t == "" {
		return errorf(pos, "empty verb line")
	}
	if strings.ContainsAny(t, " \t") {
		// PETRARCH takes the first word of a line with stray words.
		t = strings.Fields(t)[0]
	}
	if first {
		block.Verb = strings.ReplaceAll(t, "+", "")
	}
	if strings.Contains(t, "_") {
		if !strings.Contains(t, "+") {
			v.Warnings = append(v.Warnings, Warning{pos, "multi-word verb " + t + " has no '+' marking the verb; skipped"})
			return nil
		}
		forms := irregular
		if len(forms) == 0 {
			forms = multiWordForms(t)
		} else {
			forms = append(forms, t)
		}
		for _, f := range forms {
			if err := v.addMultiForm(f, t, code, block, pos); err != nil {
				return err
			}
		}
		return nil
	}
	forms := append([]string{t}, irregular...)
	if len(irregular) == 0 {
		forms = append(forms, regularForms(t)...)
	}
	if first {
		// A block that starts with a verb already defined takes that
		// verb over, as in PETRARCH, where the later block replaces it:
		// its base form and the inflected forms of the earlier entry.
		for _, w := range forms {
			var keep []*VerbForm
			for _, f := range v.Forms[w] {
				if len(f.Before) > 0 || len(f.After) > 0 || (w != t && f.Lemma != t) {
					keep = append(keep, f)
				}
			}
			if len(keep) == 0 {
				delete(v.Forms, w)
			} else {
				v.Forms[w] = keep
			}
		}
	}
	seen := map[string]bool{}
	for _, f := range forms {
		if seen[f] || strings.ContainsAny(f, "+_") {
			continue
		}
		seen[f] = true
		v.Forms[f] = append(v.Forms[f], &VerbForm{Word: f, Lemma: t, Code: code, Block: block, Pos: pos})
	}
	return nil
}

func (v *Verbs) addMultiForm(f, lemma, code string, block *VerbBlock, pos Pos) error {
	words := strings.Split(f, "_")
	k := -1
	for i, w := range words {
		if strings.HasPrefix(w, "+") {
			if k >= 0 {
				return errorf(pos, "multi-word verb %q marks more than one word with '+'", f)
			}
			k = i
		}
	}
	if k < 0 {
		v.Warnings = append(v.Warnings, Warning{pos, "form " + f + " of multi-word verb " + lemma + " has no '+'; skipped"})
		return nil
	}
	word := strings.TrimPrefix(words[k], "+")
	if word == "" {
		return errorf(pos, "multi-word verb %q: '+' marks an empty word", f)
	}
	vf := &VerbForm{Word: word, Lemma: lemma, Code: code, Block: block, Pos: pos}
	vf.Before = append(vf.Before, words[:k]...)
	vf.After = append(vf.After, words[k+1:]...)
	v.Forms[word] = append(v.Forms[word], vf)
	return nil
}

// multiWordForms makes the regular forms of a multi-word verb, inflecting
// the word marked '+'.
func multiWordForms(t string) []string {
	words := strings.Split(t, "_")
	out := []string{t}
	for i, w := range words {
		if !strings.HasPrefix(w, "+") {
			continue
		}
		for _, f := range regularForms(w[1:]) {
			c := append([]string(nil), words...)
			c[i] = "+" + f
			out = append(out, strings.Join(c, "_"))
		}
	}
	return out
}

// regularForms returns the -S, -ED and -ING forms of a regular English
// verb: PETRARCH's own (root+S, root+ED or +D, root+ING or drop E) and the
// spelling-rule variants (-ES, -IES, -IED, a doubled final consonant), so
// either spelling matches.
func regularForms(root string) []string {
	if root == "" {
		return nil
	}
	last := root[len(root)-1]
	var out []string
	out = append(out, root+"S")
	if last == 'E' {
		out = append(out, root+"D", root[:len(root)-1]+"ING")
		if strings.HasSuffix(root, "EE") {
			out = append(out, root+"ING")
		}
	} else {
		out = append(out, root+"ED", root+"ING")
	}
	if n := len(root); n >= 3 && strings.IndexByte("BDGLMNPRT", last) >= 0 && strings.IndexByte("AEIOU", root[n-2]) >= 0 && strings.IndexByte("AEIOU", root[n-3]) < 0 {
		// a final consonant after a single vowel doubles: "transferred",
		// "banned", "committed"
		out = append(out, root+string(last)+"ED", root+string(last)+"ING")
	}
	switch {
	case strings.HasSuffix(root, "S") || strings.HasSuffix(root, "X") || strings.HasSuffix(root, "Z") ||
		strings.HasSuffix(root, "CH") || strings.HasSuffix(root, "SH"):
		out = append(out, root+"ES")
	case last == 'Y' && len(root) > 1 && !strings.ContainsRune("AEIOU", rune(root[len(root)-2])):
		stem := root[:len(root)-1]
		out = append(out, stem+"IES", stem+"IED")
	}
	return out
}

// nounPlural is PETRARCH's regular plural for synonyms and agents.
func nounPlural(w string) string {
	switch {
	case strings.HasSuffix(w, "Y"):
		return w[:len(w)-1] + "IES"
	case strings.HasSuffix(w, "S"):
		return w + "ES"
	default:
		return w + "S"
	}
}

// parsePattern reads "- upper * lower [code] # comment".
func (v *Verbs) parsePattern(t string, pos Pos) (*Pattern, string, error) {
	body := strings.TrimSpace(t[1:])
	i := strings.IndexByte(body, '[')
	if i < 0 {
		return nil, "", errorf(pos, "pattern %q has no [code]", t)
	}
	j := strings.IndexByte(body[i:], ']')
	if j < 0 {
		return nil, "", errorf(pos, "pattern %q: '[' without ']'", t)
	}
	code := strings.TrimSpace(body[i+1 : i+j])
	if code == "" {
		return nil, "", errorf(pos, "pattern %q has an empty [code]", t)
	}
	body = body[:i]
	star := strings.IndexByte(body, '*')
	if star < 0 {
		return nil, "", errorf(pos, "pattern %q has no '*' marking the verb", t)
	}
	if strings.Count(body, "*") > 1 {
		return nil, "", errorf(pos, "pattern %q has more than one '*'", t)
	}
	// PETRARCH-2 syntax: (PREP noun) groups and {multi word} noun phrases
	// are read as word sequences; a brace group's words stand in one noun
	// phrase, in order ('~' joins them).
	conv := func(s string) string {
		var b strings.Builder
		depth := 0
		for _, r := range s {
			switch r {
			case '(', ')':
				b.WriteByte(' ')
			case '{':
				depth++
				b.WriteByte(' ')
			case '}':
				depth--
				b.WriteByte(' ')
			case ' ', '\t':
				if depth > 0 {
					b.WriteByte('~')
				} else {
					b.WriteByte(' ')
				}
			default:
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	up := strings.ReplaceAll(conv(body[:star]), "~ ", " ")
	low := strings.ReplaceAll(conv(body[star+1:]), "~ ", " ")
	upper, warn := v.parseElems(strings.TrimLeft(up, " "), true)
	if warn != "" {
		return nil, warn, nil
	}
	lower, warn := v.parseElems(low, false)
	if warn != "" {
		return nil, warn, nil
	}
	p := &Pattern{Upper: upper, Lower: lower, Code: code, Text: strings.TrimSpace(t), Pos: pos}
	p.indexWords()
	return p, "", nil
}

// indexWords sets Lits and LitMask from the pattern's elements.
func (p *Pattern) indexWords() {
	p.Lits = p.Words()
	p.LitMask = 0
	for _, w := range p.Lits {
		p.LitMask |= WordMask(w)
	}
}

// parseElems reads one side of a pattern. For the lower side s starts
// right after the '*', so its first character is the connector to the
// verb; for the upper side s ends right before the '*'. Elements are
// returned nearest the verb first.
func (v *Verbs) parseElems(s string, upper bool) ([]Elem, string) {
	s = strings.ToUpper(s)
	type tok struct {
		w   string
		sep byte // connector after w
	}
	var toks []tok
	lead := byte(' ')
	if !upper && len(s) > 0 && s[0] == '_' {
		lead = '_'
	}
	start := 0
	for k := 0; k <= len(s); k++ {
		if k == len(s) || s[k] == ' ' || s[k] == '_' || s[k] == '~' || s[k] == '\t' {
			if k > start {
				sep := byte(' ')
				if k < len(s) {
					sep = s[k]
					if sep == '\t' {
						sep = ' '
					}
				}
				toks = append(toks, tok{s[start:k], sep})
			} else if k < len(s) && (s[k] == '_' || s[k] == '~') && len(toks) > 0 {
				toks[len(toks)-1].sep = s[k]
			}
			start = k + 1
		}
	}
	mk := func(w string) (Elem, string) {
		switch w {
		case "$":
			return Elem{Kind: ElemSource}, ""
		case "+":
			return Elem{Kind: ElemTarget}, ""
		case "^":
			return Elem{Kind: ElemSkip}, ""
		case "%":
			return Elem{Kind: ElemCompound}, ""
		}
		if strings.HasPrefix(w, "&") {
			nm := strings.TrimSuffix(w, "_")
			if _, ok := v.Synsets[nm]; !ok {
				return Elem{}, "synset " + nm + " has not been defined; pattern skipped"
			}
			return Elem{Kind: ElemSynset, Word: nm}, ""
		}
		return Elem{Kind: ElemWord, Word: w}, ""
	}
	var out []Elem
	if upper {
		// The connector after a word joins it to the next word toward the
		// verb; the last word's connector joins it to the verb ("IN_*").
		trailingAdj := strings.HasSuffix(strings.TrimRight(s, " "), "_")
		for k := len(toks) - 1; k >= 0; k-- {
			e, warn := mk(toks[k].w)
			if warn != "" {
				return nil, warn
			}
			if k == len(toks)-1 {
				e.Adjacent = trailingAdj
			} else {
				e.Adjacent = toks[k].sep == '_'
				e.SamePhrase = toks[k].sep == '~'
			}
			out = append(out, e)
		}
		return out, ""
	}
	for k, t := range toks {
		e, warn := mk(t.w)
		if warn != "" {
			return nil, warn
		}
		if k == 0 {
			e.Adjacent = lead == '_'
		} else {
			e.Adjacent = toks[k-1].sep == '_'
			e.SamePhrase = toks[k-1].sep == '~'
		}
		out = append(out, e)
	}
	return out, ""
}

// pluralSkip are words a pattern ends with that have no plural.
var pluralSkip = map[string]bool{
	"ABOUT": true, "AGAINST": true, "AT": true, "BY": true, "FOR": true, "FROM": true, "IN": true,
	"INTO": true, "OF": true, "ON": true, "OVER": true, "TO": true, "WITH": true, "UP": true, "OUT": true,
	"OFF": true, "DOWN": true, "BACK": true, "AWAY": true, "THE": true, "A": true, "AN": true, "THAT": true,
	"NOT": true, "ITS": true, "THEIR": true, "HIS": true, "HER": true, "TIES": true, "NEWS": true,
}

// plural returns the regular English plural of an upper-case noun, or ""
// for a word ending in S (most are plurals already; "crisis", "progress"
// and the like are left alone).
func plural(w string) string {
	switch {
	case strings.HasSuffix(w, "S"):
		return ""
	case strings.HasSuffix(w, "X"), strings.HasSuffix(w, "Z"), strings.HasSuffix(w, "CH"), strings.HasSuffix(w, "SH"):
		return w + "ES"
	case len(w) > 1 && strings.HasSuffix(w, "Y") && !strings.ContainsRune("AEIOU", rune(w[len(w)-2])):
		return w[:len(w)-1] + "IES"
	}
	return w + "S"
}

// AddPlurals gives every pattern whose last literal word after the verb is
// a noun in the singular ("- * ARREST_WARRANT [173]") a twin with that
// word in the regular plural ("issued arrest warrants"), unless the block
// already has it. herald's built-in dictionaries are written with
// singular nouns and rely on this; PETRARCH's own dictionaries spell out
// the forms they want and are read as they are. It returns how many
// patterns it added.
func (v *Verbs) AddPlurals() int {
	added := 0
	for _, b := range v.Blocks {
		have := map[string]bool{}
		for _, p := range b.Patterns {
			have[patternKey(p)] = true
		}
		out := make([]*Pattern, 0, len(b.Patterns))
		for _, p := range b.Patterns {
			out = append(out, p)
			// the last element that is a word, not a source or target
			last := len(p.Lower) - 1
			for last >= 0 && p.Lower[last].Kind != ElemWord && p.Lower[last].Kind != ElemSynset {
				last--
			}
			if last < 0 || p.Lower[last].Kind != ElemWord || pluralSkip[p.Lower[last].Word] || len(p.Lower[last].Word) < 3 {
				continue
			}
			pl := plural(p.Lower[last].Word)
			if pl == "" {
				continue
			}
			q := *p
			q.Lower = append([]Elem(nil), p.Lower...)
			q.Lower[last].Word = pl
			if have[patternKey(&q)] {
				continue
			}
			have[patternKey(&q)] = true
			q.Text = p.Text + " (plural " + pl + ")"
			q.indexWords()
			// right after the singular, so that it comes before whatever
			// the singular comes before
			out = append(out, &q)
			added++
		}
		b.Patterns = out
		b.bySize = nil
	}
	return added
}

func patternKey(p *Pattern) string {
	var b strings.Builder
	for _, side := range [][]Elem{p.Upper, p.Lower} {
		for _, e := range side {
			b.WriteString(strconv.Itoa(int(e.Kind)))
			if e.Adjacent {
				b.WriteByte('_')
			}
			b.WriteString(e.Word)
			b.WriteByte(' ')
		}
		b.WriteByte('|')
	}
	return b.String()
}
