// Package coder finds CAMEO events in parsed sentences: for each verb
// phrase it looks the verb up in the verb dictionary, matches the verb's
// patterns against the words before and after it, and takes the source
// and target actors from the noun phrases around it, resolved through the
// actor and agent dictionaries for the sentence's date. Its rules are
// PETRARCH's, which the CAMEO dictionaries were written for; the input is
// syntax's clause sequence, whatever parser produced it.
package coder

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/herald-events/herald/internal/dict"
	"github.com/herald-events/herald/internal/syntax"
)

// Options change how sentences are coded.
type Options struct {
	// RequireDyad drops events whose source or target is unknown ("---").
	RequireDyad bool
	// NewActorLength, when positive, lets an uncoded noun phrase of fewer
	// than this many words stand as its own actor, in double quotes.
	NewActorLength int
	Commas         Commas
	// Explain records a trace of each decision in Result.Trace.
	Explain bool
}

// DefaultOptions are PETRARCH's defaults.
func DefaultOptions() Options {
	return Options{RequireDyad: true, Commas: DefaultCommas}
}

// Coder codes sentences with one dictionary set. It is safe for
// concurrent use.
type Coder struct {
	d    *dict.Set
	opt  Options
	pool *sync.Pool // of *work, to reuse buffers
	// tRules are the verb dictionary's transformations, parsed once.
	tOnce  *sync.Once
	tRules []transformRule
}

// New returns a coder.
func New(d *dict.Set, opt Options) *Coder {
	return &Coder{d: d, opt: opt, pool: &sync.Pool{New: func() any { return new(work) }}, tOnce: &sync.Once{}}
}

// Options returns the coder's options.
func (c *Coder) Options() Options { return c.opt }

// WithOptions returns a coder sharing c's dictionaries with other options.
func (c *Coder) WithOptions(opt Options) *Coder { return New(c.d, opt) }

// Span is a range of token indexes, End exclusive.
type Span struct{ Start, End int }

// Empty reports whether the span holds no token.
func (s Span) Empty() bool { return s.End <= s.Start }

// Event is one coded event with the evidence for it.
type Event struct {
	Source, Target string
	Code           string
	// Pattern is the dictionary line that fired, or the verb line when
	// the verb's own code was used.
	Pattern    string
	PatternPos dict.Pos
	Verb       string // the verb as it appears, upper case
	VerbLemma  string
	VerbSpan   Span
	SourceSpan Span
	TargetSpan Span
	SourceText string
	TargetText string
	Passive    bool
	// Symmetric is set for events made from a paired code (042:043).
	Symmetric bool
	// SourceRef and TargetRef are set when the actor was a pronoun
	// resolved to an earlier sentence's actor.
	SourceRef, TargetRef *Referent
	// SourceDateline and TargetDateline are set when a story coder took
	// the actor's state from the story's dateline.
	SourceDateline, TargetDateline bool
}

// Result is what coding one sentence produced.
type Result struct {
	Events []Event
	// Discard names the discard phrase that stopped coding; StoryDiscard
	// says it stops the whole story.
	Discard      string
	StoryDiscard bool
	Issues       []dict.IssueCount
	Trace        []string
	// Names lists the people the sentence names in full (see
	// Context.Names).
	Names []NameMention
	// Group is the last armed or political group the sentence names
	// (see Context.Group), or nil.
	Group *Referent
	// Acts are the sentence's acts between named actors, statements and
	// appeals aside, in order (see Context.Acts).
	Acts []Act
}

// Act is an act a sentence reported: who did it, its code and the verb's
// lemma.
type Act struct {
	By    Referent
	Code  string
	Lemma string
}

// citem is an item of the clause sequence with the code of its NE.
type citem struct {
	syntax.Item
	code string
	end  int // for Open: index of the matching Close
}

// seqItem is an element of the upper or lower sequence around a verb.
type seqItem struct {
	kind seqKind
	word string
	at   int // index in the clause sequence
	code string
}

type seqKind uint8

const (
	seqWord seqKind = iota
	seqNEOpen
	seqNEClose
	seqNECOpen
	seqNECClose
)

func (s seqItem) isMarker() bool { return s.kind != seqWord }

// Referent is the actor a pronoun stands for: who the previous sentences
// were about.
type Referent struct {
	Code       string `json:"code"`
	Text       string `json:"text"`
	SentenceID string `json:"sentence_id"`
}

// Context carries what the story around a sentence tells the coder.
type Context struct {
	// Referent is what "he" or "she" refer to, or nil.
	Referent *Referent
	// Tokens maps a pronoun's token index to what it stands for within
	// the sentence: "we" inside a quotation is its speaker, "it" in
	// "Wagner said it was leaving" is Wagner.
	Tokens map[int]*Referent
	// Names maps the first and the last word of each person the story
	// named in full before ("Wang Yi", "Marco Rubio") to that mention,
	// so that the name alone stands for the person ("Wang urged
	// Washington ..."); nil for a word two people share.
	Names map[string]*NameMention
	// Group is the armed or political group the story named last
	// before the sentence: what "the group" or "the movement" means when
	// the sentence itself names none before it, if it was named recently
	// enough (groupAge counts the sentences since).
	Group    *Referent
	groupAge int
	// Acts are the acts the sentence before reported: "the attack",
	// "the strikes", "the move" or "the sanctions" of the next sentence,
	// naming no one, stand for the last of them their noun fits, and so
	// for who did it ("Israel struck Hezbollah positions. Lebanon
	// condemned the attack": Israel).
	Acts []Act
}

// NameMention is a person the dictionaries know, named in full.
type NameMention struct {
	Words      []string // the name's words, upper case
	Actor      *dict.Actor
	SentenceID string
}

// Advance carries into the context what the sentence coded as res tells
// the sentences after it: the people it named in full, the group it named
// last, the acts it reported.
func (cx *Context) Advance(res Result) {
	if res.Group != nil {
		cx.Group, cx.groupAge = res.Group, 0
	} else {
		cx.groupAge++
	}
	cx.Acts = res.Acts
	for i := range res.Names {
		m := &res.Names[i]
		if cx.Names == nil {
			cx.Names = map[string]*NameMention{}
		}
		for _, w := range []string{m.Words[0], m.Words[len(m.Words)-1]} {
			if len(w) < 2 {
				continue
			}
			if old, ok := cx.Names[w]; ok && (old == nil || old.Actor != m.Actor) {
				cx.Names[w] = nil // two people share the word
				continue
			}
			cx.Names[w] = m
		}
	}
}

// pronouns are the noun phrases that take the story's referent.
var pronouns = map[string]bool{"HE": true, "SHE": true, "HIM": true, "HER": true}

// possessives make an agent phrase belong to the referent ("his troops").
var possessives = map[string]bool{"HIS": true, "HER": true, "THEIR": true, "ITS": true}

// Code codes one sentence, dated day.
func (c *Coder) Code(s *syntax.Sentence, day dict.Day) (Result, error) {
	return c.CodeContext(s, day, nil)
}

// CodeContext codes one sentence of a story, with what the sentences
// before it said (for pronouns); cx may be nil.
func (c *Coder) CodeContext(s *syntax.Sentence, day dict.Day, cx *Context) (Result, error) {
	var res Result
	w := c.pool.Get().(*work)
	defer c.pool.Put(w)
	words := w.upper[:0]
	for _, t := range s.Tokens {
		words = append(words, syntax.UpperWord(t.Text))
	}
	w.upper = words
	if dc, ok := c.d.Discards.MatchWhole(words, func(i int) bool { return wholeWord(s, i) }); ok {
		res.Discard = strings.Join(dc.Words, " ")
		res.StoryDiscard = dc.Story
		return res, nil
	}
	items, err := w.clauses.Clauses(s, words)
	if err != nil {
		return res, err
	}
	return c.codeClauses(w, s, items, day, res, cx)
}

// namingAside reports whether the items between the commas at lo and hi
// are one noun phrase naming an actor, right after a noun phrase that
// names none, only an agent or nothing known ("the army chief, Abdel
// Fattah al-Burhan,"): an apposition that says who, not an aside.
func (c *Coder) namingAside(items []syntax.Item, lo, hi int, day dict.Day) bool {
	phrase := func(a, b int) ([]string, bool) {
		// the words of the single NE in items[a:b], past NP brackets
		var words []string
		nes := 0
		for k := a; k < b; k++ {
			it := items[k]
			switch {
			case it.Kind == syntax.Open && it.Label == syntax.LabelNE:
				nes++
			case it.Kind == syntax.Open && (it.Label == "NP" || it.Label == ","):
			case it.Kind == syntax.Close:
			case it.Kind == syntax.Word:
				if nes == 0 && it.Word != "," {
					return nil, false
				}
				if it.Word != "," {
					words = append(words, it.Word)
				}
			default:
				return nil, false
			}
		}
		return words, nes == 1
	}
	name, ok := phrase(lo+3, hi)
	if !ok || len(name) == 0 {
		return false
	}
	if code := c.d.Read(name, day).Code; isNull(code) {
		return false
	}
	// the noun phrase before the first comma
	end := lo - 1
	for end >= 0 && items[end].Kind == syntax.Close && items[end].Label != syntax.LabelNE {
		end--
	}
	if end < 0 || items[end].Kind != syntax.Close || items[end].Label != syntax.LabelNE {
		return false
	}
	start := end - 1
	for start >= 0 && !(items[start].Kind == syntax.Open && items[start].Label == syntax.LabelNE) {
		start--
	}
	if start < 0 {
		return false
	}
	var before []string
	for k := start + 1; k < end; k++ {
		if items[k].Kind == syntax.Word {
			before = append(before, items[k].Word)
		}
	}
	return isNull(c.d.Read(before, day).Code)
}

// CodeClauses codes a clause sequence already built for s.
func (c *Coder) codeClauses(w *work, s *syntax.Sentence, items []syntax.Item, day dict.Day, res Result, cx *Context) (Result, error) {
	items = dropCommaClauses(items, c.opt.Commas, func(items []syntax.Item, lo, hi int) bool { return c.namingAside(items, lo, hi, day) })
	w.c, w.s, w.day, w.res, w.cx = c, s, day, &res, cx
	w.mixed = 0 // (a pooled work must not answer mixedCase for the last sentence it coded)
	w.resolved = w.resolved[:0]
	w.referents = w.referents[:0]
	w.occs = w.occs[:0]
	w.wordsBuilt = false
	w.items = w.items[:0]
	for _, it := range items {
		w.items = append(w.items, citem{Item: it})
	}
	w.pair()
	w.assignCodes()
	w.stateTitles()
	if c.opt.Explain {
		res.Trace = append(res.Trace, "tree: "+s.Bracketed(s.Root), "clauses: "+w.render())
	}
	w.checkVerbs()
	w.resolveNesting()
	for _, e := range res.Events {
		if !strings.HasPrefix(e.Code, "01") && !strings.HasPrefix(e.Code, "02") && !strings.HasPrefix(e.Source, "---") && named(e.Source) && named(e.Target) {
			res.Acts = append(res.Acts, Act{By: Referent{Code: e.Source, Text: e.SourceText, SentenceID: s.ID}, Code: e.Code, Lemma: strings.ToUpper(strings.TrimPrefix(e.VerbLemma, "+"))})
		}
	}
	if len(res.Events) > 0 && len(c.d.Issues.List) > 0 {
		res.Issues = c.d.Issues.MatchUpper(w.issueWords(s))
	}
	return res, nil
}

// wholeWord reports whether token i of s stands between spaces (or the
// ends) of the sentence text, as PETRARCH-2 splits a sentence into the
// words its discards match ("three years ago, a police officer said" has
// "ago," and no "ago"). Hyphens and the sentence's final stop also end a
// word, so that "World Cup-style" and "won the World Cup." still have the
// words of a sports phrase. A token not found in the text counts as one.
func wholeWord(s *syntax.Sentence, i int) bool {
	t := s.Tokens[i]
	if t.Start < 0 || t.End > len(s.Text) || t.Start > t.End {
		return true
	}
	edge := func(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '-' }
	final := func(k int) bool { // the sentence's closing punctuation from k on
		rest := strings.TrimRight(s.Text[k:], " \t\r\n\"'”’)")
		return rest != "" && strings.Trim(rest, ".!?") == ""
	}
	return (t.Start == 0 || edge(s.Text[t.Start-1])) && (t.End == len(s.Text) || edge(s.Text[t.End]) || final(t.End))
}

// issueWords are the sentence's tokens in capitals as Issues.Match puts
// them (strings.ToUpper): the words CodeContext upper-cased, except a word
// with a curly quote, which UpperWord straightens and issues match as
// written.
func (w *work) issueWords(s *syntax.Sentence) []string {
	out := make([]string, len(s.Tokens))
	for i, t := range s.Tokens {
		if i < len(w.upper) && !strings.ContainsRune(t.Text, '’') && !strings.ContainsRune(t.Text, '‘') {
			out[i] = w.upper[i]
		} else {
			out[i] = strings.ToUpper(t.Text)
		}
	}
	return out
}

type work struct {
	c     *Coder
	s     *syntax.Sentence
	mixed int8 // mixedCase's answer: 0 not yet known, 1 yes, -1 no
	day   dict.Day
	items []citem
	res   *Result
	cx    *Context
	// resolved lists the NEs (by item index) whose code came from a
	// pronoun's referent, and refs the referents, in step.
	resolved  []int
	referents []*Referent
	start     int // first item the upper sequence may reach
	// occs are the coded verbs of the sentence, in order.
	occs []occurrence
	// clauses is reused for the clause sequence, upper for the tokens
	// in upper case.
	clauses syntax.ClauseScratch
	upper   []string
	// words is the set of the sentence's words (see sentenceWords).
	words      map[string]bool
	wordMask   uint64
	wordsBuilt bool
	// cur is the verb being coded: its place, for nesting.
	cur occurrence
	// buffers reused from verb to verb
	upBuf, lowBuf []seqItem
}

func (w *work) tracef(format string, args ...any) {
	if w.c.opt.Explain {
		w.res.Trace = append(w.res.Trace, fmt.Sprintf(format, args...))
	}
}

func (w *work) pair() {
	var stack []int
	for i := range w.items {
		w.items[i].end = -1
		switch w.items[i].Kind {
		case syntax.Open:
			stack = append(stack, i)
		case syntax.Close:
			if len(stack) > 0 {
				w.items[stack[len(stack)-1]].end = i
				stack = stack[:len(stack)-1]
			}
		}
	}
	// The root bracket is not part of any clause.
	w.start = 1
}

func (w *work) render() string {
	var b strings.Builder
	for i, it := range w.items {
		if i > 0 {
			b.WriteByte(' ')
		}
		switch it.Kind {
		case syntax.Open:
			b.WriteString("(" + it.Label)
			if it.Label == syntax.LabelNE {
				b.WriteString("[" + it.code + "]")
			}
		case syntax.Close:
			b.WriteString("~" + it.Label)
		default:
			b.WriteString(it.Word)
		}
	}
	return b.String()
}

// neWords returns the words of the NE opened at i. A word written with
// underscores ("DOL_AMROTH") counts as its parts, as dictionary phrases
// are written that way.
func (w *work) neWords(i int) []string {
	out := make([]string, 0, max(0, min(w.items[i].end, len(w.items))-i-1))
	lastTok := -2
	for k := i + 1; k < len(w.items) && k < w.items[i].end; k++ {
		if w.items[k].Kind == syntax.Word {
			word := w.items[k].Word
			// "Barad - dur", split by the tokenizer, is one word as
			// written and in the dictionaries: join hyphens with no
			// space around them (also a hyphen another tokenizer left
			// on the word after it, "military -ruled").
			tok := w.items[k].Tok
			if len(out) > 0 && tok == lastTok+1 && w.joined(tok) && (strings.HasPrefix(word, "-") || strings.HasSuffix(out[len(out)-1], "-")) {
				out[len(out)-1] += word
				lastTok = tok
				continue
			}
			lastTok = tok
			if strings.Contains(word, "_") && strings.Trim(word, "_") != "" {
				for _, p := range strings.Split(word, "_") {
					if p != "" {
						out = append(out, p)
					}
				}
				continue
			}
			out = append(out, word)
		}
	}
	return out
}

// marks returns, for the n words neWords gives for the NE opened at i,
// which of them came right after a possessive ending that the NE left out
// ("Egypt | 's | Muslim Brotherhood"), which were written in lower case
// in a sentence that uses capitals, and which were written as names. It counts words as neWords does, so it
// gives up (no marks) where neWords joined or split words.
func (w *work) marks(i, n int) dict.Marks {
	var m dict.Marks
	mixed := w.mixedCase()
	j := 0
	for k := i + 1; k < len(w.items) && k < w.items[i].end; k++ {
		it := w.items[k]
		if it.Kind != syntax.Word {
			continue
		}
		if strings.Contains(it.Word, "_") || it.Word == "-" || strings.HasSuffix(it.Word, "-") || j >= n {
			return dict.Marks{}
		}
		if t := it.Tok - 1; t >= 0 && t < len(w.s.Tokens) && w.s.Tokens[t].Tag == "POS" && (j == 0 || w.items[k-1].Kind != syntax.Word || w.items[k-1].Tok != t) {
			if m.PossBefore == nil {
				m.PossBefore = make([]bool, n)
			}
			m.PossBefore[j] = true
		}
		// (a plural is left alone: names of groups of states are
		// written in lower case, "Western allies", "Gulf states")
		if mixed && it.Tok >= 0 && it.Tok < len(w.s.Tokens) && startsLower(w.s.Tokens[it.Tok].Text) && !plural(w.s.Tokens[it.Tok]) {
			if m.Lower == nil {
				m.Lower = make([]bool, n)
			}
			m.Lower[j] = true
		}
		if it.Tok >= 0 && it.Tok < len(w.s.Tokens) && w.s.Tokens[it.Tok].Tag == "VB" {
			if m.Verb == nil {
				m.Verb = make([]bool, n)
			}
			m.Verb[j] = true
		}
		if it.Tok >= 0 && it.Tok < len(w.s.Tokens) && w.s.Tokens[it.Tok].Tag == "NNP" && !abbreviation(w.s.Tokens[it.Tok].Text) {
			if m.Name == nil {
				m.Name = make([]bool, n)
			}
			m.Name[j] = true
		}
		j++
	}
	if j != n {
		return dict.Marks{}
	}
	return m
}

// mixedCase reports whether the sentence writes words both in lower case
// and capitalized after its first word: only then does a lower-case word
// say it is no name (not in a headline in capitals, nor in text written
// all in lower case).
func (w *work) mixedCase() bool {
	if w.mixed != 0 {
		return w.mixed > 0
	}
	lower, upper := false, false
	for k, t := range w.s.Tokens {
		if startsLower(t.Text) {
			lower = true
		} else if k > 0 && t.Text != "" && unicode.IsUpper([]rune(t.Text)[0]) {
			upper = true
		}
	}
	w.mixed = -1
	if lower && upper {
		w.mixed = 1
	}
	return w.mixed > 0
}

// plural reports a word tagged or written as a plural noun ("states"
// may be tagged a singular name).
func plural(t syntax.Token) bool {
	if t.Tag == "PRP" {
		return false // "us"
	}
	return t.Tag == "NNS" || t.Tag == "NNPS" || strings.HasSuffix(t.Text, "s")
}

// abbreviation reports a word of up to three capitals ("US", "UK", "EU"),
// often written where an adjective would be ("US analysts").
func abbreviation(s string) bool {
	s = strings.ReplaceAll(s, ".", "")
	if len(s) == 0 || len(s) > 3 {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func startsLower(s string) bool {
	for _, r := range s {
		return unicode.IsLower(r)
	}
	return false
}

// tokenRef returns the referent the context gives the one word of the
// NE opened at i, if any.
func (w *work) tokenRef(i int) *Referent {
	if len(w.cx.Tokens) == 0 {
		return nil
	}
	for k := i + 1; k < len(w.items) && k < w.items[i].end; k++ {
		if w.items[k].Kind == syntax.Word {
			return w.cx.Tokens[w.items[k].Tok]
		}
	}
	return nil
}

// joined reports whether token t follows the previous one with no space
// between them in the sentence text.
func (w *work) joined(t int) bool {
	if t <= 0 || t >= len(w.s.Tokens) {
		return false
	}
	a, b := w.s.Tokens[t-1], w.s.Tokens[t]
	return a.End >= 0 && a.End == b.Start
}

// span returns the token span of the constituent opened at i.
func (w *work) span(i int) Span {
	sp := Span{-1, -1}
	end := w.items[i].end
	if end < 0 {
		end = len(w.items) - 1
	}
	for k := i; k <= end; k++ {
		if w.items[k].Kind == syntax.Word && w.items[k].Tok >= 0 {
			t := w.items[k].Tok
			if sp.Start < 0 || t < sp.Start {
				sp.Start = t
			}
			if t+1 > sp.End {
				sp.End = t + 1
			}
		}
	}
	if sp.Start < 0 {
		return Span{}
	}
	// Punctuation at the edges ("Peskov said: ..."'s comma) is not
	// part of the phrase.
	for sp.Start < sp.End-1 && isPunct(w.s.Tokens[sp.Start].Text) {
		sp.Start++
	}
	for sp.End-1 > sp.Start && isPunct(w.s.Tokens[sp.End-1].Text) {
		sp.End--
	}
	return sp
}

// isPunct reports whether a token is only punctuation.
func isPunct(t string) bool {
	for _, r := range t {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return t != ""
}

// namedBefore returns the person the story named in full before whose
// first or last word a noun phrase is, alone or after an honorific or a
// title ("Wang", "Mr. Wang", "Foreign Minister Wang"), or nil.
func (w *work) namedBefore(words []string, rd dict.Reading) *NameMention {
	if w.cx == nil || len(w.cx.Names) == 0 || len(words) == 0 {
		return nil
	}
	m := w.cx.Names[words[len(words)-1]]
	if m == nil {
		return nil
	}
	for k, x := range words[:len(words)-1] {
		if honorifics[x] || slices.ContainsFunc(rd.AgentSpans, func(sp [2]int) bool { return k >= sp[0] && k < sp[1] }) {
			continue
		}
		return nil
	}
	return m
}

// honorifics stand before a surname.
var honorifics = map[string]bool{"MR": true, "MR.": true, "MRS": true, "MRS.": true, "MS": true, "MS.": true, "DR": true, "DR.": true, "THE": true}

// assignCodes gives every NE its actor code.
func (w *work) assignCodes() {
	for i := range w.items {
		if w.items[i].Kind == syntax.Open && w.items[i].Label == syntax.LabelNE {
			words := w.neWords(i)
			rd := w.c.d.ReadMarked(words, w.marks(i, len(words)), w.day)
			w.items[i].code = rd.Code
			if rd.Code == "---" && len(words) == 2 && words[0] == "THE" && words[1] == "WEST" && w.mixedCase() && !lowerAt(w.marks(i, 2), 1) {
				// "Putin warned the West": the Western countries, as
				// written with a capital (not "the west of Ukraine",
				// nor "the West Bank", a longer name)
				rd = w.c.d.Read([]string{"WESTERN", "COUNTRIES"}, w.day)
				w.items[i].code = rd.Code
			}
			if rd.Actor != nil && rd.Actor.Person() && rd.ActorTo-rd.ActorFrom >= 2 {
				w.res.Names = append(w.res.Names, NameMention{Words: slices.Clone(words[rd.ActorFrom:rd.ActorTo]), Actor: rd.Actor, SentenceID: w.s.ID})
			}
			if rd.Actor != nil && groupCode(rd.Code) {
				w.res.Group = &Referent{Code: rd.Code, Text: strings.Join(words[rd.ActorFrom:rd.ActorTo], " "), SentenceID: w.s.ID}
			}
			if rd.Actor == nil && groupWord(words) && (rd.Code == "---" || w.recentGroup(2) != nil) {
				// "Israel, which has fought Hezbollah for a year, agreed
				// to a ceasefire with the group": the group named last
				if k := w.neBefore(i, groupCode); k >= 0 {
					w.resolveTo(i, w.items[k].code, &Referent{Code: w.items[k].code, Text: strings.Join(w.neWords(k), " "), SentenceID: w.s.ID})
					continue
				}
				// "the group" is the group the story is about when it
				// was named within eight sentences; "the rebels", more
				// generic, within two
				within := 8
				if rd.Code != "---" {
					within = 2
				}
				if g := w.recentGroup(within); g != nil {
					w.resolveTo(i, g.Code, g)
					continue
				}
			}
			if g := w.actReferent(words, rd.Code); g != nil {
				// "Israel struck Hezbollah positions in southern
				// Lebanon. Lebanon's president condemned the attack":
				// the attack the sentence before reported is its
				// attacker's
				w.resolveTo(i, g.Code, g)
				continue
			}
			if rd.Code == "---" && len(words) == 2 && words[0] == "THE" && words[1] == "COUNTRY" {
				// "18 years after Washington invaded the country": the
				// state named last before it, not the subject of the
				// verb it is the object of
				if k := w.countryBefore(i); k >= 0 {
					w.resolveTo(i, w.items[k].code, &Referent{Code: w.items[k].code, Text: strings.Join(w.neWords(k), " "), SentenceID: w.s.ID})
					continue
				}
			}
			if strings.HasPrefix(rd.Code, "---") && len(rd.Code) > 3 {
				if actor, ok := w.ofActor(i); ok {
					// "the mayor of the West Bank city of Nablus":
					// a role of the actor its "of" phrase names
					w.items[i].code = dict.Combine(actor, rd.Agents)
					continue
				}
				if w.wordAfter(i) == "THERE" {
					// "leaving Mali after helping the military junta
					// there": the agent of the state named before
					if k := w.stateBefore(i); k >= 0 {
						w.items[i].code = w.items[k].code + rd.Code[3:]
						continue
					}
				}
			}
			if w.cx == nil {
				continue
			}
			if m := w.namedBefore(words, rd); m != nil && isNull(w.items[i].code) {
				// "Wang urged Washington ...", after "Wang Yi" earlier
				// in the story: the name alone is the person
				code, _ := m.Actor.CodeOn(w.day)
				w.resolveTo(i, dict.Combine(code, rd.Agents), &Referent{Code: code, Text: strings.Join(m.Words, " "), SentenceID: m.SentenceID})
				continue
			}
			if w.items[i].code == "---" && len(words) == 1 {
				if r := w.tokenRef(i); r != nil {
					w.resolveTo(i, r.Code, r)
					continue
				}
			}
			code := w.items[i].code
			if strings.HasPrefix(code, "---") && len(code) > 3 && len(words) > 1 && possessives[words[0]] {
				// "his troops", "its ambassador": an agent of the
				// country of the actor named before it in the sentence
				// ("Russia recalled its ambassador"), else of the story's
				// referent.
				if k := w.ownerBefore(i); k >= 0 {
					owner := w.items[k].code
					w.resolveTo(i, possessedCode(owner, code), &Referent{Code: owner, Text: strings.Join(w.neWords(k), " "), SentenceID: w.s.ID})
					continue
				}
			}
			if w.cx.Referent == nil {
				continue
			}
			ref := w.cx.Referent.Code
			switch {
			case code == "---" && len(words) == 1 && pronouns[words[0]] && len(ref) > 3:
				// ("he" or "she" is a person: not a state named alone,
				// "Russia ... he")
				w.resolveTo(i, ref, w.cx.Referent)
			case strings.HasPrefix(code, "---") && len(code) > 3 && len(words) > 1 && possessives[words[0]] && len(ref) >= 3 && ref[:3] != "---":
				w.resolveTo(i, possessedCode(ref, code), w.cx.Referent)
			}
		}
	}
}

// stateTitles joins a state's adjective that the parse left a phrase of
// its own to the title phrase right after it in the same noun phrase:
// "Colombian | Defence Minister Pedro Sanchez" is Colombia's defence
// minister (COLGOVMIL) in both phrases, not Colombia and an official of no
// state.
func (w *work) stateTitles() {
	for i := range w.items {
		it := w.items[i]
		if it.Kind != syntax.Open || it.Label != syntax.LabelNE || it.end < 0 || len(it.code) != 3 || isNull(it.code) {
			continue
		}
		j := it.end + 1
		if j >= len(w.items) || w.items[j].Kind != syntax.Open || w.items[j].Label != syntax.LabelNE {
			continue
		}
		c := w.items[j].code
		if len(c) <= 3 || c[:3] != "---" {
			continue
		}
		p := w.parent(i)
		if p < 0 || p != w.parent(j) || !strings.HasPrefix(w.items[p].Label, "NP") || len(w.neWords(i)) != 1 {
			continue
		}
		joined := it.code + c[3:]
		w.items[i].code, w.items[j].code = joined, joined
	}
}

// possessedCode is the code of an agent phrase ("---MIL": "its
// commanders") that belongs to owner: a state's agents are the state's
// ("Iran's government said its troops": IRNMIL), while an international
// body's or an armed group's stay theirs, as when the phrase names them
// ("NATO said its troops": IGOWSTNATMIL, not a state's military;
// "Hezbollah said its commanders": LBNREBMIL, as "Hezbollah commanders").
func possessedCode(owner, agent string) string {
	role := agent[3:]
	if len(owner) <= 3 || !nonStateOwner(owner) {
		return owner[:3] + role
	}
	for k := 3; k+len(role) <= len(owner); k += 3 {
		if owner[k:k+len(role)] == role {
			return owner
		}
	}
	return owner + role
}

// nonStateOwner reports whether a code names an international or
// transnational body or an armed non-state group rather than a part of a
// state.
func nonStateOwner(code string) bool {
	switch code[:3] {
	case "IGO", "NGO", "IMG", "MNC", "NGM":
		return true
	}
	return hasRole(code[3:], "REB", "INS", "SEP", "UAF")
}

// wordAfter returns the word right after the NE that opens at item i,
// past closing brackets and the opening of an adverb phrase, or "".
func (w *work) wordAfter(i int) string {
	for k := w.items[i].end + 1; k < len(w.items); k++ {
		switch it := w.items[k]; {
		case it.Kind == syntax.Word:
			return it.Word
		case it.Kind == syntax.Close, it.Kind == syntax.Open && (it.Label == "ADVP" || it.Label == "RB"):
		default:
			return ""
		}
	}
	return ""
}

// stateBefore returns the nearest NE before item i that names a state and
// nothing more (a three-letter code), or -1.
func (w *work) stateBefore(i int) int {
	return w.neBefore(i, func(c string) bool { return len(c) == 3 && !isNull(c) })
}

// countryBefore returns the state that "the country" at item i refers
// to: the nearest NE before it naming a state alone, other than the
// subject of the verb right before it ("Washington invaded the country"
// is not Washington), or -1.
func (w *work) countryBefore(i int) int {
	subj := -1
	for k := i - 1; k >= 0; k-- {
		it := w.items[k]
		if it.Kind == syntax.Open && it.Label == syntax.LabelNE {
			break // another phrase first: no verb of its own before it
		}
		if it.Kind == syntax.Open && strings.HasPrefix(it.Label, "VB") {
			subj = w.neBefore(k, func(string) bool { return true })
			break
		}
	}
	for k := i; ; {
		if k = w.stateBefore(k); k < 0 || k != subj {
			return k
		}
	}
}

// resolveTo gives the NE at item i the code of what it stands for, and
// records the referent for its events' evidence.
func (w *work) resolveTo(i int, code string, r *Referent) {
	w.items[i].code = code
	w.resolved = append(w.resolved, i)
	w.referents = append(w.referents, r)
}

// lowerAt reports whether marks say the phrase's word k is written in
// lower case.
func lowerAt(m dict.Marks, k int) bool { return k < len(m.Lower) && m.Lower[k] }

// recentGroup returns the group the story named last, in one of the
// within sentences before this one, or nil.
func (w *work) recentGroup(within int) *Referent {
	if w.cx == nil || w.cx.Group == nil || w.cx.groupAge >= within {
		return nil
	}
	return w.cx.Group
}

// groupCode reports whether code names an armed or political group: a
// rebel, insurgent, separatist or unaligned armed group of a state, or a
// multinational militant group (IMG...), with no further role.
func groupCode(code string) bool {
	if len(code) < 6 || len(code)%3 != 0 || code[:3] == "---" {
		return false
	}
	if code[:3] == "IMG" {
		return true
	}
	switch code[3:6] {
	case "REB", "INS", "SEP", "UAF":
		return len(code) == 6 || len(code) == 9 && code[6] >= 'A' // (a group's own code: PSEREBHMS)
	}
	return false
}

// groupWord reports whether a noun phrase is "the group", "the militant
// group", "the movement", "the militia" and the like, naming no one.
func groupWord(words []string) bool {
	n := len(words)
	if n < 2 {
		return false
	}
	switch words[n-1] {
	case "GROUP", "MOVEMENT", "MILITIA", "ORGANIZATION", "ORGANISATION", "FACTION":
	case "REBELS", "MILITANTS", "INSURGENTS", "JIHADISTS", "MILITIAS":
		// "M23 rebels seized Goma. The rebels said ...": its members
		// (only right after "the")
		return n == 2 && words[0] == "THE"
	default:
		return false
	}
	// the phrase is "the (adjective) group", or ends in it after a
	// preposition ("a ceasefire with the group")
	for k := n - 2; k >= 0 && k >= n-3; k-- {
		if words[k] == "THE" {
			return k == 0 || k >= 2 && prepositions[words[k-1]]
		}
	}
	return false
}

// actReferent returns who did the act a noun phrase naming no one stands
// for ("the attack", "the latest strikes", "the move"): the last act the
// sentence before reported that its noun fits; nil for none.
func (w *work) actReferent(words []string, code string) *Referent {
	noun, ok := actHead(words)
	if code != "---" || w.cx == nil || len(w.cx.Acts) == 0 || !ok {
		return nil
	}
	for k := len(w.cx.Acts) - 1; k >= 0; k-- {
		if a := &w.cx.Acts[k]; fitsAct(noun, a.Code, a.Lemma) {
			return &a.By
		}
	}
	return nil
}

// fitsAct reports whether an act coded code, by a verb of lemma, may be
// called noun: an attack is any act of force; strikes and bombings come
// from the air or are called strikes; shelling is artillery's; sanctions
// and measures are sanctions or restrictions (16x, 17x); a move, a
// decision or a step is any act but a meeting or talks; an accusation or
// criticism is one (11x).
func fitsAct(noun, code, lemma string) bool {
	switch noun {
	case "STRIKE", "STRIKES", "AIRSTRIKE", "AIRSTRIKES", "BOMBING", "BOMBINGS", "RAID", "RAIDS":
		return strings.HasPrefix(code, "195") || strings.HasPrefix(code, "183") || forceCode(code) && (lemma == "STRIKE" || lemma == "BOMB" || lemma == "RAID" || lemma == "HIT")
	case "SHELLING", "BOMBARDMENT":
		return strings.HasPrefix(code, "194") || forceCode(code) && (lemma == "SHELL" || lemma == "BOMBARD")
	case "SANCTIONS", "MEASURES", "TARIFFS", "RESTRICTIONS", "BAN":
		return strings.HasPrefix(code, "16") || strings.HasPrefix(code, "17")
	case "MOVE", "DECISION", "STEP":
		return !strings.HasPrefix(code, "03") && !strings.HasPrefix(code, "04")
	case "ACCUSATION", "ACCUSATIONS", "ALLEGATION", "ALLEGATIONS", "CRITICISM":
		return strings.HasPrefix(code, "11")
	}
	return forceCode(code)
}

// actHead returns the noun of a phrase that is "the attack", "the latest
// strikes", "the move", "the accusation as baseless" and the like: "the"
// and an act, with at most two words between, naming no one, up to an
// "as" or a comma.
func actHead(words []string) (string, bool) {
	for k := 2; k < len(words); k++ {
		if words[k] == "AS" || words[k] == "," {
			// "rejected the accusation as baseless"
			words = words[:k]
			break
		}
	}
	n := len(words)
	if n < 2 || n > 4 || words[0] != "THE" || !actNouns[words[n-1]] {
		return "", false
	}
	for _, x := range words[1 : n-1] {
		if actNouns[x] || prepositions[x] {
			return "", false
		}
	}
	return words[n-1], true
}

// actNouns name an act one side carries out: of force, or a measure or
// move.
var actNouns = map[string]bool{
	"SANCTIONS": true, "MEASURES": true, "TARIFFS": true, "RESTRICTIONS": true, "BAN": true,
	"MOVE": true, "DECISION": true, "STEP": true,
	"ACCUSATION": true, "ACCUSATIONS": true, "ALLEGATION": true, "ALLEGATIONS": true, "CRITICISM": true,
	"ATTACK": true, "ATTACKS": true, "STRIKE": true, "STRIKES": true, "AIRSTRIKE": true, "AIRSTRIKES": true,
	"BOMBING": true, "BOMBINGS": true, "BOMBARDMENT": true, "SHELLING": true, "ASSAULT": true, "RAID": true,
	"RAIDS": true, "OFFENSIVE": true, "INCURSION": true, "INVASION": true, "AMBUSH": true, "KILLING": true,
	"KILLINGS": true, "MASSACRE": true,
}

// prepositions that may put "the group" at the end of a phrase.
var prepositions = map[string]bool{"WITH": true, "AGAINST": true, "ON": true, "TO": true, "FROM": true, "OF": true, "BY": true, "FOR": true}

// ownerBefore returns the nearest NE before item i whose code names a
// state or group (not "---..."), or -1.
func (w *work) ownerBefore(i int) int {
	return w.neBefore(i, func(c string) bool { return len(c) >= 3 && c[:3] != "---" })
}

// neBefore returns the nearest NE before item i whose code ok accepts, or
// -1.
func (w *work) neBefore(i int, ok func(code string) bool) int {
	for k := i - 1; k >= 0; k-- {
		if w.items[k].Kind == syntax.Open && w.items[k].Label == syntax.LabelNE && ok(w.items[k].code) {
			return k
		}
	}
	return -1
}

// phraseCode codes a noun phrase: the first actor found in it, with the
// codes of every agent found appended (or prepended for "NGO~" agents).
// A phrase with agents but no actor gets "---" as its actor part.
// PhraseCode returns the code of a noun phrase (upper-case words) on a
// day, as the coder codes actors: "---" when nothing in it is known.
func (c *Coder) PhraseCode(words []string, day dict.Day) string { return c.phraseCode(words, day) }

func (c *Coder) phraseCode(words []string, day dict.Day) string {
	return c.d.Read(words, day).Code
}

// ofActor returns the code of the actor that an "of" phrase right after
// the NE at i names ("the mayor | of the city of Nablus").
func (w *work) ofActor(i int) (string, bool) {
	it, k := w.items, w.items[i].end+1
	if k+4 >= len(it) || it[k].Kind != syntax.Open || it[k].Label != "PP" || it[k+1].Kind != syntax.Open || it[k+1].Label != "IN" ||
		it[k+2].Word != "OF" || it[k+3].Kind != syntax.Close || it[k+4].Kind != syntax.Open || it[k+4].Label != syntax.LabelNE {
		return "", false
	}
	c := w.c.phraseCode(w.neWords(k+4), w.day)
	return c, c != "" && !isNull(c)
}

func isNull(code string) bool { return strings.HasPrefix(code, "---") }
