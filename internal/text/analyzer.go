package text

import (
	_ "embed"
	"errors"
	"io"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"
)

// embeddedModel is the model trained on UD English EWT (CC BY-SA 4.0),
// built by `herald train`. It is read-only.
//
//go:embed model/en_ewt.model
var embeddedModel []byte

// Analyzer tags, lemmatizes and parses English text. It is read-only after
// loading and safe for concurrent use.
type Analyzer struct {
	m       *model
	classOf map[[2]string]int // (UPOS, XPOS) -> tagger class
	onePass bool              // skip the tagger's second pass
	beam    beamConfig        // the parser's decoding
	cls     tagClassIDs       // the classes the tag repairs set
}

// tagClassIDs holds the tagger classes the tag repairs set, -1 for one
// the model lacks (whose repair then does nothing).
type tagClassIDs struct {
	vb, vbd, vbg, vbn, vbp, vbz, nn, nns, nnp, jj, add, hyph, openQuote, closeQuote, cd, in int
}

// Fast returns an Analyzer sharing a's model that tags in one pass: about a
// fifth faster, about 0.1 point less accurate in tagging.
func (a *Analyzer) Fast() *Analyzer {
	f := *a
	f.onePass = true
	return &f
}

// Greedy returns an Analyzer sharing a's model whose parser keeps one
// parse instead of a beam: faster, about half a point less accurate.
func (a *Analyzer) Greedy() *Analyzer {
	g := *a
	g.beam.width = 1
	return &g
}

// Load returns an Analyzer over the model embedded in the binary. Each call
// decodes the model again; load once and share the result.
func Load() (*Analyzer, error) {
	if len(embeddedModel) == 0 {
		return nil, errors.New("text: no embedded model (run herald train)")
	}
	m, err := parseModel(embeddedModel)
	if err != nil {
		return nil, err
	}
	return newAnalyzer(m), nil
}

// LoadDefault is Load.
func LoadDefault() (*Analyzer, error) { return Load() }

// LoadModel reads a model written by Train.
func LoadModel(r io.Reader) (*Analyzer, error) {
	m, err := readModel(r)
	if err != nil {
		return nil, err
	}
	return newAnalyzer(m), nil
}

func newAnalyzer(m *model) *Analyzer {
	a := &Analyzer{m: m, classOf: map[[2]string]int{}, beam: defaultBeam(m.parser)}
	for c := range m.tagger.upos {
		a.classOf[[2]string{m.tagger.upos[c], m.tagger.xpos[c]}] = c
	}
	class := func(upos, xpos string) int {
		if c, ok := a.classOf[[2]string{upos, xpos}]; ok {
			return c
		}
		return -1
	}
	a.cls = tagClassIDs{
		vb: class("VERB", "VB"), vbd: class("VERB", "VBD"), vbg: class("VERB", "VBG"), vbn: class("VERB", "VBN"), vbp: class("VERB", "VBP"), vbz: class("VERB", "VBZ"),
		nn: class("NOUN", "NN"), nns: class("NOUN", "NNS"), nnp: class("PROPN", "NNP"), jj: class("ADJ", "JJ"), add: class("PROPN", "ADD"), hyph: class("PUNCT", "HYPH"),
		openQuote: class("PUNCT", "``"), closeQuote: class("PUNCT", "''"), cd: class("NUM", "CD"), in: class("ADP", "IN"),
	}
	addIrregularForms(m, a.cls)
	return a
}

// LoadFile reads a model file.
func LoadFile(path string) (*Analyzer, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	a, err := LoadModel(f)
	if err != nil {
		return nil, errors.New(path + ": " + err.Error())
	}
	return a, nil
}

// Analyze segments, tags, lemmatizes and parses raw text.
func (a *Analyzer) Analyze(text string) []Sentence {
	sents := Tokenize(text)
	for i := range sents {
		a.analyzeTokens(sents[i].Tokens)
	}
	return sents
}

// analyzeTokens is Tag followed by Parse, sharing the word attributes.
func (a *Analyzer) analyzeTokens(toks []Token) {
	n := len(toks)
	if n == 0 {
		return
	}
	tg := a.m.tagger
	ws, classes := a.tagClasses(toks, make([]int, 0, n))
	xpos := make([]string, n)
	for i, c := range classes {
		toks[i].UPOS = tg.upos[c]
		toks[i].XPOS = tg.xpos[c]
		toks[i].Lemma = a.m.lemma.lemma(toks[i].Form, toks[i].XPOS)
		xpos[i] = tg.xpos[c]
	}
	a.parseWords(toks, pinputFromWords(ws, classes, xpos))
}

// parseWords parses toks from the parser's input built for them, sets
// Head and Deprel, and repairs what news text often trips the parser on.
func (a *Analyzer) parseWords(toks []Token, in *pinput) {
	var heads, labels []int
	if a.beam.width > 1 {
		heads, labels = a.m.parser.parseBeam(in, len(toks), a.beam)
	} else {
		heads, labels = a.m.parser.parseInput(in, len(toks))
	}
	for i := range toks {
		toks[i].Head = heads[i]
		toks[i].Deprel = a.m.parser.labels[labels[i]]
	}
	RepairParse(toks)
}

// RepairParse corrects, in place, the dependency-tree errors that
// statistical parsers make on news text and that the coder trips on (see
// repair.go): a sentence rooted in a noun, a trailing reporting clause
// hung elsewhere than from the root, two subjects of one verb, a
// subordinate clause's subject taken for a prepositional phrase, a verb of
// saying's complement hung from its object, a clause's conjunction inside
// its subject, misattached punctuation. herald applies it to its own
// parses; it needs Form, UPOS, XPOS, Lemma, Head and Deprel.
func RepairParse(toks []Token) {
	repairNounRoot(toks)
	repairPrepositionRoot(toks)
	repairReducedRelative(toks)
	repairRootParticiple(toks)
	repairHyphenName(toks)
	repairExistentialParticiple(toks)
	repairParticipleConjunct(toks)
	repairMedialReporting(toks)
	repairReportedClause(toks)
	repairReporting(toks)
	repairPerfectParticiple(toks)
	repairRelativeClause(toks)
	repairRelativeSubject(toks)
	repairHeadlineList(toks)
	repairDoubleSubject(toks)
	repairCompoundList(toks)
	repairModifierCoordination(toks)
	repairModifierClause(toks)
	repairSubordinateSubject(toks)
	repairMarkedSubject(toks)
	repairNounComplement(toks)
	repairBarePassive(toks)
	repairPassiveAgent(toks)
	repairSplitName(toks)
	repairPossessor(toks)
	repairComplementClause(toks)
	repairObjectSubject(toks)
	repairOpeningSubject(toks)
	repairAccordingTo(toks)
	repairClauseCoordination(toks)
	repairOfComplement(toks)
	repairStrayAdjective(toks)
	repairPunct(toks)
}

// tagClasses tags toks (appending their tag classes to out) with the
// repairs the tagger's own view misses, and returns the word attributes
// the parser reuses.
func (a *Analyzer) tagClasses(toks []Token, out []int) ([]wordInfo, []int) {
	forms := make([]string, len(toks))
	for i := range toks {
		forms[i] = modelForm(toks[i].Form)
	}
	tg := a.m.tagger
	ws := tg.lowerCaseCommon(tg.withIrregular(tg.wordInfos(forms), forms), forms)
	classes := tg.tagWords(ws, forms, out, a.onePass)
	a.closedClassWords(forms, classes)
	a.unseenClosedClass(forms, classes)
	a.foreignNames(forms, classes)
	a.falseGerund(forms, classes)
	a.lettersAsPunctuation(forms, classes)
	a.capitalizedBeforeName(forms, classes)
	a.verbBeforePossessive(forms, classes)
	a.pluralAfterNumber(forms, classes)
	a.lowerCaseName(forms, classes)
	a.initialIngName(forms, classes)
	a.coordinatedNoun(forms, classes)
	a.adjectiveAsName(forms, classes)
	a.adjectiveAsNoun(forms, classes)
	a.adjectiveAfterPossessive(forms, classes)
	a.nounAfterPrepositionPhrase(forms, classes)
	a.ingEventNoun(forms, classes)
	a.causativeBase(forms, classes)
	a.adjectiveAfterVerb(forms, classes)
	a.verbAfterFunctionWord(forms, classes)
	a.infinitiveAfterTo(forms, classes)
	a.verbless(forms, classes)
	a.headlineVerb(forms, classes)
	a.headlineCompoundVerb(forms, classes)
	a.headlineNounSubject(forms, classes)
	a.sameFormPast(forms, classes)
	a.finitePastTense(forms, classes)
	a.andPastTense(forms, classes)
	a.phrasalPast(forms, classes)
	a.accusedParticiple(forms, classes)
	a.spacingTags(toks, classes)
	a.addressTags(toks, classes)
	return ws, classes
}

// andPastTense makes a participle after "and" with an object after it a
// past tense when the verb nearest before the "and" is one: the second of
// two coordinated past tense verbs ("Trump said he was not happy with
// Putin and threatened new sanctions against Moscow"; in EWT train an
// "-ed" form between "and" and an object, after a past tense verb, is a
// past tense 34 times in 36, the other two adjectives after an adjective:
// "a weak and failed state").
func (a *Analyzer) andPastTense(forms []string, classes []int) {
	tg := a.m.tagger
	vbd := a.cls.vbd
	if vbd < 0 {
		return
	}
	for i := 2; i+1 < len(forms); i++ {
		if tg.xpos[classes[i]] != "VBN" || !strings.EqualFold(forms[i-1], "and") || !canBePast(tg, forms[i]) {
			continue
		}
		switch tg.xpos[classes[i-2]] {
		case "JJ", "JJR", "JJS", "RB", "VBN":
			continue // "a weak and failed state", "was attacked and robbed"
		}
		if !nounPhraseNext(tg, classes, i+1) {
			continue
		}
		for j := i - 2; j >= 0; j-- {
			x := tg.xpos[classes[j]]
			if strings.HasPrefix(x, "VB") || x == "MD" {
				if x == "VBD" {
					classes[i] = vbd
				}
				break
			}
		}
	}
}

// finitePastTense corrects a tagging error that news text meets often and
// the web text the tagger learned from rarely: a past tense verb read as a
// participle right after its subject, or after an aside that follows its
// subject ("On Monday, Israel attacked Gaza"
// with "attacked" a VBN, which leaves the sentence without a verb and the
// parser with a noun for its root). A participle that can be a past tense
// form ("stolen" cannot) becomes one when a noun or pronoun comes right
// before it, an object right after it, no form of be, have or get before
// it in its clause, and no finite verb after it in its clause (the
// participle of "the troops attacked the village were Israeli" stays).
// The object is a determiner, a name, a pronoun, a number or an
// adjective; in a sentence without a finite verb, also a preposition and
// one of those; and where no finite verb comes before it in its clause, a
// bare noun or "to" ("The storm threatened oil platforms", "as the leader
// prepared to attend"), unless the subject is a singular noun with no
// determiner ("a family owned company").
func (a *Analyzer) finitePastTense(forms []string, classes []int) {
	tg := a.m.tagger
	vbd := a.cls.vbd
	if vbd < 0 {
		return
	}
	x := func(i int) string { return tg.xpos[classes[i]] }
	boundary := func(i int) bool {
		switch strings.ToLower(forms[i]) {
		case ",", ";", ":", "that", "which", "who", "whom", "whose", "when", "where", "while", "because", "--", "-":
			return true
		}
		return false
	}
	// a subordinating conjunction opens a clause of its own ("as the
	// leader prepared to attend", "... as the storm's progress kept")
	subordinator := func(i int) bool {
		switch strings.ToLower(forms[i]) {
		case "as", "after", "before", "since", "until", "although", "though", "if", "unless", "whereas":
			return true
		}
		return false
	}
	// where the participle's clause starts, for the search of a finite
	// verb before it; a verb of saying or thinking ends the clause before
	// its complement ("Officials said such a move enjoyed support")
	opens := func(i int) bool {
		switch strings.ToLower(forms[i]) {
		case "and", "but":
			return true
		}
		if finiteVerb(x(i)) {
			if l := a.m.lemma.lemma(forms[i], x(i)); reportingLemmas[l] || thinkingLemmas[l] {
				return true
			}
		}
		return boundary(i) || subordinator(i)
	}
	// where it ends, for the search after it: also a conjunction before
	// another verb ("revised the language ... and added")
	ends := func(i int) bool {
		switch strings.ToLower(forms[i]) {
		case "and", "but":
			return i+1 < len(forms) && tg.upos[classes[i+1]] == "VERB"
		}
		return boundary(i) || subordinator(i)
	}
	for i := 1; i < len(classes); i++ {
		if x(i) != "VBN" {
			continue
		}
		subj := i - 1
		if forms[subj] == "," {
			// "Russia, which denies it, attacked Ukraine": the subject
			// is before the aside
			subj = -1
			for k := i - 2; k > 0; k-- {
				if forms[k] == "," {
					subj = k - 1
					break
				}
			}
			if subj < 0 {
				continue
			}
		}
		switch tg.upos[classes[subj]] {
		case "NOUN", "PROPN", "PRON":
		default:
			continue
		}
		if objectOfPreposition(tg, classes, subj) {
			// "In a joint statement published Oct. 25, ...": the noun
			// is a preposition's object, the participle its modifier
			continue
		}
		aux := false
		for k := i - 1; k >= 0 && !boundary(k); k-- {
			if x(k) == "POS" {
				continue // a possessive, not "is" or "has": "Iran's Quds force attacked"
			}
			switch strings.ToLower(forms[k]) {
			case "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m",
				"have", "has", "had", "having", "'ve", "'d", "get", "gets", "got", "gotten", "getting":
				aux = true
			}
		}
		if aux || i+1 >= len(forms) || !canBePast(tg, forms[i]) {
			continue
		}
		if namingParticiple[strings.ToLower(forms[i])] && tg.upos[classes[i+1]] != "ADP" {
			// "a man named Joe"; but "called on Israel" is no naming
			continue
		}
		if afterSubordinator(tg, forms, classes, subj) && !finiteIn(x, ends, i, 1, len(classes)) {
			// "when police clashed with protesters": a clause that a
			// subordinator opens has its verb right after its
			// subject, whatever follows it
			classes[i] = vbd
			continue
		}
		// an object must follow: a determiner, a name, a pronoun or a
		// number ("attacked Gaza", "attacked a village"); a preposition
		// or a bare noun after the participle ("passport needed for",
		// "family owned company") is more often a fragment
		switch next := tg.upos[classes[i+1]]; {
		case next == "DET", next == "PROPN", next == "PRON", next == "NUM":
		case countAhead(tg, forms, classes, i+1):
			// "Israeli airstrikes killed at least 30 people, the
			// ministry said": a number that a measure opens
		case next == "ADJ": // "The army fired anti-aircraft missiles"
		case next == "ADP":
			// "The United Nations called upon Israel to stop": a
			// preposition and then an object, in a sentence with no
			// finite verb at all (with one elsewhere, "the passport
			// needed for the trip was lost", it stays a participle)
			if i+2 >= len(forms) || !objectStart(tg.upos[classes[i+2]]) || hasFinite(x, len(classes)) {
				continue
			}
		case next == "NOUN", next == "PART" && x(i+1) == "TO":
			// a bare noun ("The storm threatened oil installations") or
			// an infinitive ("the leader prepared to attend") only in a
			// clause with no finite verb before the participle: "a
			// family owned company" after "We visited" stays a modifier
			if finiteIn(x, opens, subj, -1, len(classes)) {
				continue
			}
			if x(subj) == "NN" && !determined(tg, classes, subj) && hasFinite(x, len(classes)) {
				// a singular noun with no determiner is a compound's
				// first word: "a family owned company", "web based";
				// but not in a sentence with no finite verb at all
				// ("Kenyan police fired tear gas at ...")
				continue
			}
		default:
			continue
		}
		if finiteIn(x, ends, i, 1, len(classes)) {
			continue
		}
		classes[i] = vbd
	}
}

// countMeasures open a number: "at least 30", "more than 100".
var countMeasures = [][]string{
	{"at", "least"}, {"at", "most"}, {"more", "than"}, {"less", "than"}, {"fewer", "than"},
	{"up", "to"}, {"as", "many", "as"}, {"nearly"}, {"almost"}, {"about"}, {"around"},
	{"some"}, {"over"}, {"roughly"}, {"approximately"}, {"an", "estimated"},
}

// countAhead reports whether the words from i are a measure and then a
// number ("at least 30", "nearly 50").
func countAhead(tg *tagger, forms []string, classes []int, i int) bool {
	for _, m := range countMeasures {
		if i+len(m) >= len(forms) {
			continue
		}
		ok := true
		for k, w := range m {
			if !strings.EqualFold(forms[i+k], w) {
				ok = false
				break
			}
		}
		if ok && tg.upos[classes[i+len(m)]] == "NUM" {
			return true
		}
	}
	return false
}

// nounPhraseNext reports whether the word at i can open a noun phrase:
// an object's first word (objectNext), a singular noun or an adjective.
func nounPhraseNext(tg *tagger, classes []int, i int) bool {
	if objectNext(tg, classes, i) {
		return true
	}
	return i < len(classes) && (tg.xpos[classes[i]] == "NN" || tg.xpos[classes[i]] == "JJ")
}

// clauseOpeners are the subordinators after which a noun phrase and a
// participle are a clause's subject and verb.
var clauseOpeners = map[string]bool{
	"when": true, "after": true, "because": true, "before": true, "since": true,
	"while": true, "until": true, "although": true, "though": true, "once": true, "whereas": true,
}

// afterSubordinator reports whether the noun phrase ending at word subj
// (a noun or pronoun, with determiners, adjectives, numbers and
// possessives before it) follows a subordinator.
func afterSubordinator(tg *tagger, forms []string, classes []int, subj int) bool {
	k := subj
	for k >= 0 {
		switch tg.xpos[classes[k]] {
		case "DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "PRP$", "POS", "PRP":
			k--
			continue
		}
		break
	}
	return k >= 0 && k < subj && clauseOpeners[strings.ToLower(forms[k])]
}

// objectNext reports whether the word at i opens a noun phrase that can be
// an object ("conducted exercises", "the", "two"): after a participle
// that follows its subject in a sentence with no finite verb, the
// participle is the verb ("Chinese warships conducted exercises near
// Taiwan"); a caption's participle has a preposition or an adverb after
// it ("Three soldiers killed in ...").
func objectNext(tg *tagger, classes []int, i int) bool {
	if i >= len(classes) {
		return false
	}
	switch tg.xpos[classes[i]] {
	case "DT", "NNS", "NNP", "NNPS", "CD", "PRP$":
		return true
	}
	return false
}

// inOpeningPhrase reports whether word i lies in a phrase that a
// preposition opens the sentence with, before its comma ("In a statement
// published Oct. 25, ...").
func inOpeningPhrase(tg *tagger, forms []string, classes []int, i int) bool {
	if tg.xpos[classes[0]] != "IN" {
		return false
	}
	for k := 1; k < i; k++ {
		if forms[k] == "," {
			return false
		}
	}
	return true
}

// adjectiveAsName tags as a proper noun a capitalized adjective after a
// determiner that no noun follows: "an American held since 2022", "the
// French said" name people (the tagger had read "American" as the
// adjective of a noun that never comes, and the parse lost the phrase).
func (a *Analyzer) adjectiveAsName(forms []string, classes []int) {
	tg := a.m.tagger
	nnp := a.cls.nnp
	if nnp < 0 {
		return
	}
	for i := 1; i < len(forms); i++ {
		if tg.xpos[classes[i]] != "JJ" || !isCapWord(forms[i]) || tg.xpos[classes[i-1]] != "DT" {
			continue
		}
		if i+1 < len(forms) {
			switch tg.xpos[classes[i+1]] {
			case "NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD", "VBG", "HYPH", "CC", ",", "POS":
				continue
			}
		}
		classes[i] = nnp
	}
}

// adjectiveAsNoun tags as a noun a lower-case adjective after a
// determiner and a capitalized adjective that no noun follows: "a British
// national detained in Afghanistan" names a Briton (the tagger had read
// "national" as the adjective of a noun that never comes).
func (a *Analyzer) adjectiveAsNoun(forms []string, classes []int) {
	tg := a.m.tagger
	nn := a.cls.nn
	if nn < 0 {
		return
	}
	for i := 2; i < len(forms); i++ {
		if tg.xpos[classes[i]] != "JJ" || isCapWord(forms[i]) || !isCapWord(forms[i-1]) || tg.xpos[classes[i-2]] != "DT" {
			continue
		}
		switch tg.xpos[classes[i-1]] {
		case "JJ", "NNP":
		default:
			continue
		}
		if i+1 < len(forms) {
			switch tg.xpos[classes[i+1]] {
			case "VBN", "IN", ",", ".", "CC", "VBD", "VBZ", "TO", "WDT", "WP":
			default:
				continue
			}
		}
		classes[i] = nn
	}
}

// adjectiveAfterPossessive tags as a noun an adjective between a
// possessive ("'s", "its", "their" ...) and a finite verb or a modal: a
// possessive takes a noun, so the adjective is one ("Myanmar's military
// bombed a school" had "military" the adjective of a noun that never
// comes, and no subject). In EWT train such a word is a noun 473 times in
// 474.
func (a *Analyzer) adjectiveAfterPossessive(forms []string, classes []int) {
	tg := a.m.tagger
	nn := a.cls.nn
	if nn < 0 {
		return
	}
	for i := 1; i+1 < len(forms); i++ {
		if tg.xpos[classes[i]] != "JJ" || isCapWord(forms[i]) {
			continue
		}
		switch tg.xpos[classes[i-1]] {
		case "POS", "PRP$":
		default:
			continue
		}
		switch tg.xpos[classes[i+1]] {
		case "VBD", "VBZ", "VBP", "MD":
			classes[i] = nn
		}
	}
}

// closedClassWords tags words of closed classes that training saw too
// rarely to learn: as numbers the words that multiply one ("several
// thousand teachers", "two hundred": "thousand" twice in EWT train, and
// the tagger otherwise guesses from its ending, a preposition, and the
// sentence's parse with it), and "ahead" before "of" as a preposition.
func (a *Analyzer) closedClassWords(forms []string, classes []int) {
	if a.cls.cd < 0 {
		return
	}
	for i, f := range forms {
		switch f {
		case "hundred", "thousand", "million", "billion", "trillion":
			classes[i] = a.cls.cd
		case "ahead":
			// "ahead of the elections" is a preposition of time or
			// place, as EWT annotates it, not the object it was taken
			// for ("sent a similar message ahead of the Virginia
			// elections" made the elections the message's)
			if i+1 < len(forms) && forms[i+1] == "of" && a.cls.in >= 0 {
				classes[i] = a.cls.in
			}
		case "mine":
			// after a determiner or a noun, a mine, not the pronoun: "a
			// gold mine owned by a Canadian company" (in EWT train both
			// such are nouns; the pronoun follows prepositions and verbs)
			if i > 0 && a.cls.nn >= 0 {
				switch a.m.tagger.xpos[classes[i-1]] {
				case "DT", "NN", "NNS", "NNP", "NNPS":
					classes[i] = a.cls.nn
				}
			}
		}
	}
}

// unseenClosedClass tags as a proper noun a capitalized word training saw
// too rarely to list that the tagger gave a closed-class tag (a
// conjunction, determiner, preposition, pronoun, modal ...): the closed
// classes' words are all in training, and a name or acronym is none of
// them ("ECOWAS suspended Guinea-Bissau" had "ECOWAS" a conjunction and
// no verb). A sentence's first word must be all capitals ("Whilst" may
// open a sentence).
func (a *Analyzer) unseenClosedClass(forms []string, classes []int) {
	tg := a.m.tagger
	nnp := a.cls.nnp
	if nnp < 0 {
		return
	}
	for i, f := range forms {
		switch tg.xpos[classes[i]] {
		case "CC", "DT", "IN", "PRP", "PRP$", "MD", "TO", "WDT", "WP", "WP$", "WRB", "PDT", "EX":
		default:
			continue
		}
		if len(f) < 2 || !upperFirst(f) || tg.candsOf(f) != nil || tg.irregular[strings.ToLower(f)] != nil {
			continue
		}
		if i == 0 && strings.ToUpper(f) != f {
			continue
		}
		classes[i] = nnp
	}
}

// foreignNames tags as a proper noun a capitalized word inside a sentence
// that the tagger, not having seen it, took for a foreign word (FW) and
// that a noun follows: news names people, places and demonyms the
// training text never saw ("engaged Filipino peacekeepers"), and a
// foreign word before a noun leaves the parser a clause where there is a
// noun phrase.
func (a *Analyzer) foreignNames(forms []string, classes []int) {
	tg := a.m.tagger
	nnp := a.cls.nnp
	if nnp < 0 {
		return
	}
	for i := 1; i+1 < len(forms); i++ {
		if tg.xpos[classes[i]] != "FW" || !isCapWord(forms[i]) {
			continue
		}
		if tg.known(forms[i]) {
			continue
		}
		if u := tg.upos[classes[i+1]]; u == "NOUN" || u == "PROPN" {
			classes[i] = nnp
		}
	}
}

// coordinatedNoun tags as a noun a word between "and" (or "or") after a
// noun and a noun before it, that the tagger read as a verb and training
// saw as a noun and never as a verb (or never saw): "a missile and drone
// attack" with "drone" a past tense left the sentence two verbs. A regular
// "-ed" or "-ing" form is left alone.
func (a *Analyzer) coordinatedNoun(forms []string, classes []int) {
	tg := a.m.tagger
	nn := a.cls.nn
	if nn < 0 {
		return
	}
	for i := 2; i+1 < len(forms); i++ {
		switch tg.xpos[classes[i]] {
		case "VB", "VBD", "VBP", "VBZ":
		default:
			continue
		}
		if c := strings.ToLower(forms[i-1]); c != "and" && c != "or" {
			continue
		}
		if x := tg.xpos[classes[i-2]]; x != "NN" && x != "NNS" {
			continue
		}
		if x := tg.xpos[classes[i+1]]; x != "NN" && x != "NNS" {
			continue
		}
		l := strings.ToLower(forms[i])
		if strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ing") || tg.known(forms[i]) && (!tg.seenAs(forms[i], "NN") || tg.seenAs(forms[i], "VB", "VBD", "VBP", "VBZ")) {
			continue
		}
		classes[i] = nn
	}
}

// falseGerund retags a capitalized word the tagger read as a gerund
// though it has no gerund's ending as a name ("Hong Kong authorities
// charged ..." with "Hong" a VBG, which left the sentence a clause for its
// subject). In EWT train every VBG ends in "-ing", but for "gon" (gonna),
// "-in" or "-in'" spellings (walkin, cookin') and three annotation slips;
// lower-case words are left alone, since web text misspells gerunds
// ("developiong" in EWT dev).
func (a *Analyzer) falseGerund(forms []string, classes []int) {
	tg := a.m.tagger
	if a.cls.nnp < 0 {
		return
	}
	for i, f := range forms {
		if tg.xpos[classes[i]] != "VBG" {
			continue
		}
		l := strings.ToLower(f)
		if strings.HasSuffix(l, "ing") || strings.HasSuffix(l, "in") || strings.HasSuffix(l, "in'") || l == "gon" {
			continue
		}
		if isCapWord(f) {
			classes[i] = a.cls.nnp
		}
	}
}

// lettersAsPunctuation retags a word of letters that the tagger read as
// punctuation (a quotation mark, a comma, a hyphen ...) as a name when
// capitalized, else a noun: "his Chinese counterpart Wang Yi" had "Yi" a
// closing quotation mark. In EWT train no word of letters is tagged as
// punctuation.
func (a *Analyzer) lettersAsPunctuation(forms []string, classes []int) {
	tg := a.m.tagger
	if a.cls.nnp < 0 || a.cls.nn < 0 {
		return
	}
	for i, f := range forms {
		if tg.upos[classes[i]] != "PUNCT" || f == "" || strings.IndexFunc(f, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			continue
		}
		classes[i] = a.nounClass(f)
	}
}

// nounClass is the noun class for a word that must be a noun: a proper
// noun when capitalized, else a common one.
func (a *Analyzer) nounClass(f string) int {
	if isCapWord(f) {
		return a.cls.nnp
	}
	return a.cls.nn
}

// capitalizedBeforeName tags as a proper noun a capitalized word inside a
// sentence that the tagger read as a common noun right before a name:
// "his Chinese counterpart Wang Yi" had "Wang" a noun and the parser made
// "Yi" its apposition. In EWT train such a word is a proper noun 2,020
// times in 2,188, a common noun 35 (titles: "Chairman Levitt").
func (a *Analyzer) capitalizedBeforeName(forms []string, classes []int) {
	tg := a.m.tagger
	if a.cls.nnp < 0 {
		return
	}
	for i := 1; i+1 < len(forms); i++ {
		if tg.xpos[classes[i]] != "NN" || tg.xpos[classes[i+1]] != "NNP" || !titleCase(forms[i]) || !titleCase(forms[i+1]) {
			continue
		}
		switch forms[i-1] {
		case ".", "!", "?", ":", "\"", "“", "'", "‘", "(", "-", "—", "–":
			continue // a sentence's or a quotation's first word
		}
		classes[i] = a.cls.nnp
	}
}

// verbBeforePossessive tags as a noun a word read as a verb right before a
// possessive "'s": only a noun phrase takes one ("Human Rights Watch's
// Asia director" had "Watch" a verb and the director Asia's; in EWT train
// no verb comes before a possessive, and 440 of the 685 words that do are
// proper nouns). A capitalized word is a proper noun, any other a noun.
func (a *Analyzer) verbBeforePossessive(forms []string, classes []int) {
	tg := a.m.tagger
	if a.cls.nnp < 0 || a.cls.nn < 0 {
		return
	}
	for i := 0; i+1 < len(forms); i++ {
		x := tg.xpos[classes[i]]
		if tg.xpos[classes[i+1]] != "POS" || !strings.HasPrefix(x, "VB") || !startsWithLetter(forms[i]) {
			continue
		}
		classes[i] = a.nounClass(forms[i])
	}
}

// pluralAfterNumber tags as a plural noun a word in -s read as a verb
// after a number and the names or adjectives that follow it ("US forces
// intercepted three Houthi drones" had "drones" a verb and the Houthis
// its subject): a number counts the noun after its modifiers. In EWT
// train, 67 of the 70 words in -s after a number (not a year: "1560 Ruy
// Lopez visits Rome") and names or adjectives are plural nouns, and the
// one verb is "is", which training never saw as a noun: only a word
// training saw as a plural noun, or never saw, changes.
func (a *Analyzer) pluralAfterNumber(forms []string, classes []int) {
	tg := a.m.tagger
	if a.cls.nns < 0 {
		return
	}
	for i := 2; i < len(forms); i++ {
		if tg.xpos[classes[i]] != "VBZ" || !strings.HasSuffix(strings.ToLower(forms[i]), "s") || tg.known(forms[i]) && !tg.seenAs(forms[i], "NNS") {
			continue
		}
		j := i - 1
		for j > 0 {
			if x := tg.xpos[classes[j]]; x != "NNP" && x != "NNPS" && x != "JJ" {
				break
			}
			j--
		}
		if j == i-1 || tg.xpos[classes[j]] != "CD" || strings.EqualFold(forms[j], "one") || yearLike(forms[j]) {
			continue
		}
		classes[i] = a.cls.nns
	}
}

// lowerCaseName tags as a common noun a word written in lower case that
// the tagger read as a proper noun right after an adjective or a common
// noun ("the foreign ministry", "the Russian defence ministry": "ministry"
// had been a name, from "Ministry", and the parser hung it from
// "defence" as an apposition), in a noun phrase that a determiner or a
// possessor opens. In EWT train a word in lower case after an adjective
// or a common noun is a proper noun 18 times in 9,882 nouns; in its web
// text, names are written in lower case mostly without a determiner
// ("you mean miramar florida").
func (a *Analyzer) lowerCaseName(forms []string, classes []int) {
	tg := a.m.tagger
	if a.cls.nn < 0 || a.cls.nns < 0 {
		return
	}
	for i := 1; i < len(forms); i++ {
		x := tg.xpos[classes[i]]
		if x != "NNP" && x != "NNPS" || !isLowerWord(forms[i]) { // ("iPhone" stays)
			continue
		}
		if i+1 < len(forms) && (forms[i+1] == "-" || upperFirst(forms[i+1])) {
			continue // a particle of the name after it ("the group al-Shabab")
		}
		switch tg.xpos[classes[i-1]] {
		case "JJ", "NN", "NNS":
		default:
			continue
		}
		j := i - 1 // past the modifiers, a determiner or a possessor
		for j > 0 && modifierTag(tg.xpos[classes[j]]) {
			j--
		}
		switch tg.xpos[classes[j]] {
		case "DT", "PRP$", "POS":
		default:
			continue
		}
		if x == "NNP" {
			classes[i] = a.cls.nn
		} else {
			classes[i] = a.cls.nns
		}
	}
}

// modifierTag reports whether a word so tagged may modify a noun after it.
func modifierTag(x string) bool {
	switch x {
	case "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "VBN", "VBG", "CD", "HYPH":
		return true
	}
	return false
}

// yearLike reports whether w is four digits from 1000 to 2199.
func yearLike(w string) bool {
	if len(w) != 4 || w[0] < '1' || w[0] > '2' {
		return false
	}
	for i := 0; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w[0] == '1' || w[1] <= '1'
}

// titleCase reports whether w is a word of letters with only its first
// one a capital ("Wang", not "US" or "iPhone").
func titleCase(w string) bool {
	for i, r := range w {
		if !unicode.IsLetter(r) || (i == 0) != unicode.IsUpper(r) {
			return false
		}
	}
	return w != ""
}

// initialIngName tags as a proper noun a sentence's first word that the
// tagger, not having seen it, read as a gerund for its "-ing" ending when a
// verb follows it: news opens sentences with places the training text
// never saw ("Beijing imposed sanctions", "Kunming hosted the talks"),
// and a gerund there leaves the parser a clause for a subject. The verb
// after it, read as a participle or an adjective, is then a past tense.
func (a *Analyzer) initialIngName(forms []string, classes []int) {
	tg := a.m.tagger
	nnp, vbd := a.cls.nnp, a.cls.vbd
	if nnp < 0 || vbd < 0 || len(forms) < 3 || tg.xpos[classes[0]] != "VBG" || !isCapWord(forms[0]) || tg.known(forms[0]) {
		return
	}
	switch x := tg.xpos[classes[1]]; {
	case x == "VBD", x == "VBZ", x == "VBP", x == "MD":
		classes[0] = nnp
	case (x == "VBN" || x == "JJ") && canBePast(tg, forms[1]) && (x == "VBN" || tg.seenAs(forms[1], "VBD", "VBN") || strings.HasSuffix(strings.ToLower(forms[1]), "ed")):
		classes[0], classes[1] = nnp, vbd
	}
}

// nounAfterPrepositionPhrase tags as a noun a base-form verb that ends a
// preposition's noun phrase ("against an Islamic State target southwest of
// Baghdad" with "target" a VB): a base form needs "to", a modal, "do" or
// a verb such as "let" or "help" before its subject, and a noun phrase
// that opens with a determiner right after a preposition has none. Only
// words the training data had as a singular noun, or never saw, change,
// and not a capitalized one (a title's "The Panels On The Roof Look
// Great").
func (a *Analyzer) nounAfterPrepositionPhrase(forms []string, classes []int) {
	tg := a.m.tagger
	nn := a.cls.nn
	if nn < 0 {
		return
	}
	for i := 2; i < len(forms); i++ {
		if tg.xpos[classes[i]] != "VB" || !nominal(tg.upos[classes[i-1]]) || isCapWord(forms[i]) {
			continue
		}
		k := i - 1
		for k >= 0 && (nominal(tg.upos[classes[k]]) || tg.upos[classes[k]] == "ADJ" || tg.upos[classes[k]] == "NUM") {
			k--
		}
		if k < 1 || tg.xpos[classes[k]] != "DT" || tg.upos[classes[k-1]] != "ADP" || strings.EqualFold(forms[k-1], "to") {
			continue
		}
		if tg.known(forms[i]) && !tg.seenAs(forms[i], "NN") {
			continue
		}
		classes[i] = nn
	}
}

// ingEventNoun tags as a noun an "-ing" word naming a violent act
// ("shelling", "fighting", "bombing") that the tagger read as a gerund
// after a singular noun or an adjective in a preposition's phrase, before
// another preposition or the end: "were killed in Israeli tank shelling in
// the east of the Gaza Strip" had "shelling" open a clause, and the place
// after it lost to the people killed. After a plural noun the word is a
// participle ("soldiers fighting in Gaza").
func (a *Analyzer) ingEventNoun(forms []string, classes []int) {
	tg := a.m.tagger
	nn := a.cls.nn
	if nn < 0 {
		return
	}
	for i := 2; i < len(forms); i++ {
		if tg.xpos[classes[i]] != "VBG" || !violentIng[strings.ToLower(forms[i])] {
			continue
		}
		if x := tg.xpos[classes[i-1]]; x != "NN" && x != "JJ" && x != "NNP" {
			continue
		}
		if i+1 < len(forms) && tg.upos[classes[i+1]] != "ADP" && tg.upos[classes[i+1]] != "PUNCT" {
			continue
		}
		k := i - 1
		for k >= 0 && (tg.upos[classes[k]] == "NOUN" || tg.upos[classes[k]] == "ADJ" || tg.upos[classes[k]] == "PROPN" || tg.upos[classes[k]] == "DET" || tg.upos[classes[k]] == "NUM") {
			k--
		}
		if k < 0 || tg.upos[classes[k]] != "ADP" {
			continue
		}
		classes[i] = nn
	}
}

// violentIng are "-ing" nouns of violent acts.
var violentIng = map[string]bool{
	"shelling": true, "fighting": true, "bombing": true, "shooting": true, "firing": true,
	"rioting": true, "looting": true, "kidnapping": true,
}

// causativeBase tags as a base form (VB) a present tense verb that
// follows the object of "help", "make", "let", "have" or "watch":
// "helping young men join an armed group", "let you all know"
// take a bare infinitive, never a finite verb. A nominative pronoun
// there is a subject ("make sure they go"), and leaves the verb alone.
func (a *Analyzer) causativeBase(forms []string, classes []int) {
	tg := a.m.tagger
	vb := a.cls.vb
	if vb < 0 {
		return
	}
	for i := 2; i < len(forms); i++ {
		if tg.xpos[classes[i]] != "VBP" {
			continue
		}
		k := i - 1
		for k >= 0 {
			switch tg.upos[classes[k]] {
			case "DET", "ADJ", "NOUN", "PROPN", "NUM":
				k--
				continue
			case "PRON":
				if !nominative[strings.ToLower(forms[k])] {
					k--
					continue
				}
			}
			break
		}
		if k < 0 || k == i-1 || tg.upos[classes[k]] != "VERB" && tg.upos[classes[k]] != "AUX" || !causatives[strings.ToLower(forms[k])] {
			continue
		}
		classes[i] = vb
	}
}

// adjectiveAfterVerb tags as an adjective a base-form verb right after a
// finite verb and before a noun phrase, that training saw as an adjective:
// "The United States faced stiff international and Palestinian criticism"
// had "stiff" a VB, the object of "faced" a clause of its own. A finite
// verb takes no bare infinitive right after it (in EWT train 14 times in
// 204,000 words, after "help", "say", "need", "suggest" and "have"), unless
// it is one that does ("helped build", "let go", "dare say").
func (a *Analyzer) adjectiveAfterVerb(forms []string, classes []int) {
	tg := a.m.tagger
	jj := a.cls.jj
	if jj < 0 {
		return
	}
	for i := 1; i+1 < len(forms); i++ {
		if tg.xpos[classes[i]] != "VB" || !finiteVerb(tg.xpos[classes[i-1]]) || tg.upos[classes[i-1]] != "VERB" {
			continue
		}
		if p := strings.ToLower(forms[i-1]); causatives[p] || bareInfinitiveVerbs[p] {
			continue
		}
		switch tg.upos[classes[i+1]] {
		case "ADJ", "NOUN", "PROPN":
		default:
			continue
		}
		if tg.known(forms[i]) && !tg.seenAs(forms[i], "JJ") {
			continue
		}
		classes[i] = jj
	}
}

// accusedParticiple tags as a participle a past form of a verb that
// always names whom it acts on (accusing, charging, sentencing, killing,
// arresting, abducting ...) right before a preposition: "accused of",
// "charged with", "killed in" never follow their subject in the active,
// which names whom first ("Iran accused Israel of war crimes"); a headline
// drops the "was" ("Sudan's RSF accused of genocide in Darfur" had the
// RSF accuse Darfur). In EWT train and dev every such form before a
// preposition is a participle.
func (a *Analyzer) accusedParticiple(forms []string, classes []int) {
	tg := a.m.tagger
	vbn := a.cls.vbn
	if vbn < 0 {
		return
	}
	for i := 1; i+1 < len(forms); i++ {
		if tg.xpos[classes[i]] != "VBD" || !chargeVerbs[strings.ToLower(forms[i])] {
			continue
		}
		next := strings.ToLower(forms[i+1])
		if next == "at" && i+2 < len(forms) {
			if l := strings.ToLower(forms[i+2]); l == "least" || l == "most" {
				continue // "killed at least 20 people": a count, the object
			}
		}
		switch next {
		case "of", "with", "for", "over", "in", "at", "on", "near", "during", "after", "by", "from", "as":
			classes[i] = vbn
		}
	}
}

// chargeVerbs are the past forms of verbs of accusing, charging and
// sentencing, which take whom before the charge.
var chargeVerbs = map[string]bool{
	"accused": true, "charged": true, "suspected": true, "convicted": true, "acquitted": true,
	"indicted": true, "sentenced": true, "jailed": true, "arrested": true, "detained": true,
	"killed": true, "injured": true, "abducted": true, "kidnapped": true, "deported": true,
	"expelled": true, "captured": true,
}

// sameFormPast tags as a past tense a verb whose past is its base form
// ("cut", "hit", "set") that the tagger read as a noun right after a name,
// when the word after it, read as a present tense in -s, may be a plural
// noun (training saw it as one, or too rarely to list it) ("The US cut
// funds to UNRWA" had "US cut" a noun and
// "funds" the verb); the plural is the object's noun again.
func (a *Analyzer) sameFormPast(forms []string, classes []int) {
	tg := a.m.tagger
	vbd, nns := a.cls.vbd, a.cls.nns
	if vbd < 0 || nns < 0 {
		return
	}
	for i := 1; i+1 < len(forms); i++ {
		if !sameFormPasts[strings.ToLower(forms[i])] || tg.xpos[classes[i]] != "NN" {
			continue
		}
		if x := tg.xpos[classes[i-1]]; x != "NNP" && x != "NNPS" {
			continue
		}
		nx := forms[i+1]
		if tg.xpos[classes[i+1]] != "VBZ" || !strings.HasSuffix(nx, "s") || tg.known(nx) && !tg.seenAs(nx, "NNS") {
			continue
		}
		classes[i], classes[i+1] = vbd, nns
	}
}

// sameFormPasts are verbs whose past tense is their base form.
var sameFormPasts = map[string]bool{
	"cut": true, "hit": true, "set": true, "shut": true, "put": true, "cast": true, "spread": true,
	"quit": true, "bid": true, "cost": true,
}

// phrasalPast tags as a past tense a word the tagger read as a noun right
// after a noun, that training saw as a past tense or a participle that can
// be one, when a particle and an object follow it: "The US Navy shot down two Houthi drones" had "shot"
// a noun (a shot) and "drones" the verb; so is "set" in "set fire to" or
// "set fire on". A plural noun the tagger then
// read as a verb, after a number and its modifiers, is the object's noun
// again.
func (a *Analyzer) phrasalPast(forms []string, classes []int) {
	tg := a.m.tagger
	vbd := a.cls.vbd
	if vbd < 0 {
		return
	}
	for i := 1; i+2 < len(forms); i++ {
		if x := tg.xpos[classes[i]]; x != "NN" || !tg.seenAs(forms[i], "VBD", "VBN") || !canBePast(tg, forms[i]) {
			continue
		}
		if !nominal(tg.upos[classes[i-1]]) {
			continue
		}
		if strings.ToLower(forms[i]) == "set" && strings.ToLower(forms[i+1]) == "fire" && (forms[i+2] == "to" || forms[i+2] == "on") {
			// "A Ukrainian drone attack set fire to an oil depot"
			classes[i] = vbd
			continue
		}
		switch strings.ToLower(forms[i+1]) {
		case "down", "up", "off", "out", "back":
		default:
			continue
		}
		switch tg.xpos[classes[i+2]] {
		case "DT", "CD", "PRP$", "JJ", "NNP":
		default:
			continue
		}
		classes[i] = vbd
		// the object's noun, read as a verb after the number that
		// counts it: "two Houthi drones"
		k := i + 2
		for k < len(forms) && (tg.xpos[classes[k]] == "DT" || tg.xpos[classes[k]] == "CD" || tg.xpos[classes[k]] == "JJ" || tg.xpos[classes[k]] == "NNP" || tg.xpos[classes[k]] == "PRP$") {
			k++
		}
		if k < len(forms) && k > i+2 && (tg.xpos[classes[k]] == "VBZ" || tg.xpos[classes[k]] == "VBP") && strings.HasSuffix(strings.ToLower(forms[k]), "s") && (!tg.known(forms[k]) || tg.seenAs(forms[k], "NNS")) {
			if a.cls.nns >= 0 {
				classes[k] = a.cls.nns
			}
		}
	}
}

// bareInfinitiveVerbs are the finite verbs besides the causatives that take
// a bare infinitive right after them.
var bareInfinitiveVerbs = map[string]bool{
	"dare": true, "dared": true, "dares": true, "need": true, "needs": true, "needed": true,
	"bid": true, "bids": true, "see": true, "saw": true, "sees": true, "hear": true, "heard": true, "hears": true,
	"feel": true, "felt": true, "feels": true, "go": true, "come": true, "say": true, "says": true, "said": true,
	"suggest": true, "suggests": true, "suggested": true,
}

// infinitiveAfterTo tags as a base-form verb a word training saw fewer
// than three times, not in "-ly", that the tagger read as an adverb right
// after "to" and before the start of a noun phrase ("Saudi Arabia
// pledged to invest $600 billion"): in EWT train such words are verbs 154
// times in 210, the rest names, nouns and adjectives, never adverbs. So is
// a word read as a noun there that training saw as a base-form verb,
// before an object.
func (a *Analyzer) infinitiveAfterTo(forms []string, classes []int) {
	tg := a.m.tagger
	if a.cls.vb < 0 {
		return
	}
	for i := 1; i+1 < len(forms); i++ {
		if !strings.EqualFold(forms[i-1], "to") {
			continue
		}
		next := tg.xpos[classes[i+1]]
		switch tg.xpos[classes[i]] {
		case "RB":
			if tg.known(forms[i]) || strings.HasSuffix(strings.ToLower(forms[i]), "ly") {
				continue
			}
			switch next {
			case "DT", "CD", "$", "PRP$", "NNP", "NNS", "JJ", "NN", "PRP":
				classes[i] = a.cls.vb
			}
		case "NN":
			// a noun training saw as a base-form verb, before an object
			// ("a deal to process migrants"; in EWT train such words
			// before a determiner, possessive, plural, number, name or
			// object pronoun are verbs 666 times in 671)
			if !tg.seenAs(forms[i], "VB") {
				continue
			}
			switch next {
			case "DT", "CD", "PRP$", "NNP", "NNS":
				classes[i] = a.cls.vb
			case "PRP":
				if !nominative[strings.ToLower(forms[i+1])] {
					classes[i] = a.cls.vb
				}
			}
		}
	}
}

// verbAfterFunctionWord tags as a verb a word the tagger took for a noun
// or adjective where only a verb can stand: a past participle after
// "have" ("police have laid siege"), a base form after a modal ("It will
// house the offices"), a present tense after a subject pronoun ("They
// worry China is ...", "she fears"). The word must be one training saw
// as a verb of that kind, or a form that can be one and that training
// saw too seldom to know.
func (a *Analyzer) verbAfterFunctionWord(forms []string, classes []int) {
	tg := a.m.tagger
	verbal := func(i int, xpos ...string) bool { return !tg.known(forms[i]) || tg.seenAs(forms[i], xpos...) }
	// an "-ing" form read as a noun, or as an adjective training never
	// saw as one, that can be a gerund ("nothing" cannot)
	ingVerb := func(i int) bool {
		x := tg.xpos[classes[i]]
		return (x == "NN" || x == "JJ" && !tg.seenAs(forms[i], "JJ")) && strings.HasSuffix(strings.ToLower(forms[i]), "ing") &&
			!indefinitePronoun(forms[i]) && verbal(i, "VBG")
	}
	set := func(i, c int) {
		if c >= 0 {
			classes[i] = c
		}
	}
	for i := 1; i < len(forms); i++ {
		x := tg.xpos[classes[i]]
		if x != "NN" && x != "NNS" && x != "JJ" && x != "VB" || isCapWord(forms[i]) {
			continue
		}
		prev := strings.ToLower(forms[i-1])
		// "do they know", "let them go": a base form after the pronoun
		inverted := i >= 2 && (tg.xpos[classes[i-2]] == "MD" || tg.upos[classes[i-2]] == "AUX")
		switch {
		case tg.xpos[classes[i-1]] == "MD" && x == "NN" && (verbal(i, "VB", "VBP") ||
			i+1 < len(forms) && (tg.xpos[classes[i+1]] == "DT" || tg.xpos[classes[i+1]] == "PRP$")):
			// after a modal, and with a determiner after it, a noun
			// form is a verb with its object ("It will house the
			// offices")
			set(i, a.cls.vb)
		case tg.xpos[classes[i-1]] == "MD" && x == "JJ" && (tg.seenAs(forms[i], "VB") || objectAfter(tg, forms, classes, i+1)):
			// no adjective follows a modal without "be": a word
			// training saw as a base form is one, and so is one with an
			// object after it ("Israel would free over 150 prisoners",
			// "will clear the area")
			set(i, a.cls.vb)
		case (prev == "have" || prev == "has" || prev == "had" || prev == "'ve") && x != "NNS" && x != "VB" &&
			verbal(i, "VBN", "VBD") && a.m.lemma.lemma(forms[i], "VBN") != strings.ToLower(forms[i]):
			set(i, a.cls.vbn)
		case prev == "," && ingVerb(i) && objectAfter(tg, forms, classes, i+1):
			// "..., the minister said, warning Israel against an
			// attack": an "-ing" form after a comma with an object
			// opens a participle clause (in EWT train 81 times in 84;
			// the others "something", "during" and a base form)
			set(i, a.cls.vbg)
		case progressiveBe[prev] && ingVerb(i) && nounPhraseNext(tg, classes, i+1):
			// "The EU is weighing sanctions": an "-ing" form between
			// "be" and an object is the progressive (in EWT train 244
			// times in 254; the others are "nothing", "something" ...
			// and adjectives training knows as such, "glaring")
			set(i, a.cls.vbg)
		case (prev == "i" || prev == "we" || prev == "they") && (x == "NN" || x == "VB") && !inverted && verbal(i, "VB", "VBP"):
			set(i, a.cls.vbp)
		case (prev == "he" || prev == "she") && x == "NNS" && verbal(i, "VBZ"):
			set(i, a.cls.vbz)
		case x == "NNS" && tg.xpos[classes[i-1]] == "NN" && i+1 < len(forms) && (tg.xpos[classes[i+1]] == "DT" || tg.xpos[classes[i+1]] == "PRP$") &&
			determined(tg, classes, i-1) && verbal(i, "VBZ"):
			// a noun phrase is not followed by another that opens with a
			// determiner: "The artwork pictures the moment", "the
			// touchscreen handles its settings"
			set(i, a.cls.vbz)
		}
	}
}

// progressiveBe are the forms of "be" that open a progressive ("'s" is
// also a possessive, and left out).
var progressiveBe = map[string]bool{"is": true, "are": true, "was": true, "were": true, "am": true, "'re": true, "'m": true, "be": true, "been": true}

// indefinitePronoun reports whether a word is "nothing", "something",
// "anything" or "everything".
func indefinitePronoun(w string) bool {
	switch strings.ToLower(w) {
	case "nothing", "something", "anything", "everything":
		return true
	}
	return false
}

// objectAfter reports whether the words from i open an object: a
// determiner, a possessive or object pronoun, a name or a number (also
// after "over", "about", "nearly" ...: "over 150 prisoners").
func objectAfter(tg *tagger, forms []string, classes []int, i int) bool {
	if i < len(forms) && tg.xpos[classes[i]] == "RB" && i+1 < len(forms) && tg.xpos[classes[i+1]] == "CD" {
		i++
	}
	if i >= len(forms) {
		return false
	}
	switch tg.xpos[classes[i]] {
	case "DT", "PRP$", "NNP", "NNPS", "CD":
		return true
	case "PRP":
		return !nominative[strings.ToLower(forms[i])]
	}
	return false
}

// causatives take an object and a bare infinitive.
var causatives = map[string]bool{
	"help": true, "helps": true, "helped": true, "helping": true,
	"make": true, "makes": true, "made": true, "making": true,
	"let": true, "lets": true, "letting": true,
	"have": true, "has": true, "had": true, "having": true,
	"watch": true, "watches": true, "watched": true, "watching": true,
}

// nominative pronouns are subjects, never objects.
var nominative = map[string]bool{"i": true, "we": true, "they": true, "he": true, "she": true, "who": true}

// verbless gives a sentence the tagger left without a finite verb its
// verb: a full sentence (ending in a period) has one, and the first word
// after a noun that the tagger took for a noun or adjective but training
// saw as a past tense form, or took for a plural noun but training saw as
// a present tense one, is it ("The city's new mayor left yesterday for
// Geneva" with "left" a noun, "The oxygen bar charges Rs 299" with
// "charges" a plural).
func (a *Analyzer) verbless(forms []string, classes []int) {
	tg := a.m.tagger
	n := len(forms)
	if n < 4 || forms[n-1] != "." {
		return
	}
	if tg.anyFinite(classes) {
		return
	}
	vbd, vbz := a.cls.vbd, a.cls.vbz
	if vbd < 0 || vbz < 0 {
		return
	}
	determined := tg.xpos[classes[0]] == "DT"
	for i := 1; i < n-1; i++ {
		nounBefore := false
		switch u := tg.upos[classes[i-1]]; {
		case u == "NOUN" || u == "PROPN" || u == "PRON":
			nounBefore = true
		case determined && tg.xpos[classes[i-1]] == "JJ" && tg.seenAs(forms[i-1], "NN") && a.cls.nn >= 0 &&
			strings.HasSuffix(strings.ToLower(forms[i]), "ed") &&
			(tg.xpos[classes[i]] == "VBN" || tg.xpos[classes[i]] == "JJ" && nounPhraseNext(tg, classes, i+1)):
			// "The Chinese military staged drills": an adjective
			// training saw as a noun, ending the subject that a
			// determiner opened, before a regular past form (one read
			// as an adjective too, before a noun phrase: "The military
			// ousted President Bazoum")
			classes[i-1] = a.cls.nn
			classes[i] = vbd
			return
		}
		if !nounBefore || isCapWord(forms[i]) && isCapWord(forms[i-1]) && isCapWord(forms[i+1]) {
			// (a capitalized word between two others is part of a name:
			// "The Sudanese Armed Forces recaptured Khartoum")
			continue
		}
		switch x := tg.xpos[classes[i]]; {
		case (x == "NN" || x == "NNS" || x == "JJ") && tg.seenAs(forms[i], "VBD"),
			x == "NN" && tg.seenAs(forms[i], "VBN") && canBePast(tg, forms[i]) && !strings.HasSuffix(strings.ToLower(forms[i]), "ed"):
			// the second: an irregular form training saw as a
			// participle and a noun but never as a past tense ("Israeli
			// troops shot three Palestinians")
			classes[i] = vbd
			return
		case x == "NNS" && tg.seenAs(forms[i], "VBZ"):
			classes[i] = vbz
			return
		case x == "JJ" && strings.HasSuffix(strings.ToLower(forms[i]), "ed") && !tg.seenAs(forms[i], "JJ") && nounPhraseNext(tg, classes, i+1):
			// a regular "-ed" form training never saw as an adjective,
			// before a noun phrase ("the ELN resumed peace talks")
			classes[i] = vbd
			return
		case x == "VBN" && i+1 < n && appealVerbs[strings.ToLower(forms[i])] && appealPrepositions[strings.ToLower(forms[i+1])]:
			// a verb of appeal and its preposition ("BRICS leaders
			// called for reform"), which no subject undergoes: the
			// past tense
			classes[i] = vbd
			return
		case x == "VBN" && strings.HasSuffix(strings.ToLower(forms[i]), "ed") && (!tg.seenAs(forms[i], "VBN") || objectNext(tg, classes, i+1) && !inOpeningPhrase(tg, forms, classes, i)):
			// a regular form training never saw as a participle, after
			// the subject of a sentence with no other verb ("Hundreds
			// of protesters clashed with police"); "killed", seen as
			// both, may head a caption ("Three soldiers killed in ...")
			classes[i] = vbd
			return
		}
	}
}

// appealVerbs with one of appealPrepositions after them ask or argue for
// something: "called for", "pressed for", "voted against".
var (
	appealVerbs = map[string]bool{
		"called": true, "pushed": true, "pressed": true, "appealed": true, "voted": true,
		"pleaded": true, "argued": true, "lobbied": true, "campaigned": true,
	}
	appealPrepositions = map[string]bool{"for": true, "on": true, "against": true}
)

// anyFinite reports whether any of classes is a finite verb's.
func (tg *tagger) anyFinite(classes []int) bool {
	for _, c := range classes {
		if finiteTag(tg.xpos[c]) {
			return true
		}
	}
	return false
}

// headlineVerb gives a headline, a sentence with no finite verb, that
// opens with a name (or a noun phrase that holds one and ends in a
// singular noun), its verb: a plural noun right after the name, before
// the start of a noun phrase, whose singular is a verb news headlines use
// ("US sanctions Chinese firms", "Israel strikes Iran's nuclear sites"),
// is a present tense. EWT train never shows most of these as verbs
// ("sanctions", "strikes", "raids", "vows" are nouns or absent there).
func (a *Analyzer) headlineVerb(forms []string, classes []int) {
	tg := a.m.tagger
	vbz := a.cls.vbz
	if vbz < 0 || len(forms) < 3 || tg.anyFinite(classes) {
		return
	}
	for i := 1; i+1 < len(forms); i++ {
		switch tg.xpos[classes[i-1]] {
		case "NNP", "NNPS":
		case "POS", "JJ", "NN", "DT":
			// or a noun phrase around a name: "Syria's new government
			// signs deal with Kurdish-led SDF"
			if !upperFirst(forms[0]) {
				return
			}
		default:
			return // the name must run from the start to the word
		}
		if tg.xpos[classes[i]] != "NNS" || !headlineVerbs[singularVerb(strings.ToLower(forms[i]))] {
			continue
		}
		if x := tg.xpos[classes[i-1]]; x != "NNP" && x != "NN" {
			return // a singular noun before the verb: its subject
		}
		switch tg.xpos[classes[i+1]] {
		case "DT", "JJ", "NNP", "NNPS", "CD", "PRP$", "PRP", "NNS", "NN":
			classes[i] = vbz
		}
		return
	}
}

// headlineCompoundVerb gives a headline whose subject is two or more
// names joined by "and" or commas ("Putin, Xi pledge deeper ties", "Japan
// and South Korea vow closer ties") its verb: the lower-case word right
// after the last name, the base form of a verb headlines use, before the
// start of a noun phrase or "to", is a present tense (the tagger had
// "pledge" a name, since EWT train has "Pledge" in names and never the
// verb).
func (a *Analyzer) headlineCompoundVerb(forms []string, classes []int) {
	tg := a.m.tagger
	vbp := a.cls.vbp
	if vbp < 0 || len(forms) < 5 || tg.anyFinite(classes) {
		return
	}
	name := func(i int) bool { x := tg.xpos[classes[i]]; return x == "NNP" || x == "NNPS" }
	joins := 0
	i := 0
	for ; i < len(forms) && (name(i) && upperFirst(forms[i]) || i > 0 && (forms[i] == "and" || forms[i] == ",") && name(i-1)); i++ {
		if !name(i) {
			joins++
		}
	}
	if joins == 0 || i == 0 || i+1 >= len(forms) || !name(i-1) {
		return
	}
	w := forms[i]
	if !headlineVerbs[w] && !headlineBaseVerbs[w] {
		return
	}
	switch tg.xpos[classes[i+1]] {
	case "DT", "JJ", "JJR", "NNP", "NNPS", "CD", "PRP$", "PRP", "NNS", "NN", "TO":
		classes[i] = vbp
	}
}

// headlineBaseVerbs are verbs headlines use in the base form after a
// plural subject that headlineVerbs (read through plurals) lacks.
var headlineBaseVerbs = map[string]bool{
	"agree": true, "discuss": true, "meet": true, "call": true, "urge": true,
	"warn": true, "condemn": true, "accuse": true, "deny": true, "trade": true, "exchange": true,
	"launch": true, "resume": true, "suspend": true, "end": true, "restore": true, "seek": true,
}

// headlineNounSubject reads the other headline: a name (or a noun
// sequence opening the sentence) and a plural of a headline verb that the
// tagger took for the verb (or, with no finite verb, for the noun it
// is), then a headline verb in any tag, or a word it took for a noun or
// a participle that training saw as a verb, then the start of a noun
// phrase
// ("US strikes hit three Iranian nuclear sites", "US strikes target
// Houthi sites in Yemen"): the plural is the subject's noun and the next
// word the verb, a past tense where it can be one and a present
// otherwise. The word after must open a noun phrase by itself (a
// determiner, number, adjective, name or possessive), so a compound stays
// ("US strikes trade deal").
func (a *Analyzer) headlineNounSubject(forms []string, classes []int) {
	tg := a.m.tagger
	c := a.cls
	if c.vbz < 0 || c.nns < 0 || c.vbd < 0 || c.vbp < 0 || len(forms) < 4 {
		return
	}
	at := -1
	for i, k := range classes {
		x := tg.xpos[k]
		if !finiteTag(x) {
			continue
		}
		if at >= 0 || x != "VBZ" {
			return // one finite verb, and that a plural's look-alike
		}
		at = i
	}
	if at < 0 {
		// no finite verb: the first plural after the subject's words
		for i := 1; i < len(forms) && at < 0; i++ {
			switch tg.xpos[classes[i]] {
			case "NNS":
				at = i
			case "NNP", "NNPS", "NN", "JJ":
			default:
				return
			}
		}
	}
	if at < 1 || at+2 >= len(forms) || !headlineVerbs[singularVerb(strings.ToLower(forms[at]))] {
		return
	}
	for i := 0; i < at; i++ {
		switch tg.xpos[classes[i]] {
		case "NNP", "NNPS", "NN", "JJ":
		default:
			return // the subject runs from the start to the plural
		}
	}
	if tg.xpos[classes[at-1]] != "NNP" && tg.xpos[classes[at-1]] != "NN" {
		return
	}
	v := at + 1
	lv := strings.ToLower(forms[v])
	if !headlineVerbs[lv] {
		switch tg.xpos[classes[v]] {
		case "NN", "VBN", "JJ":
		default:
			return
		}
		if !tg.seenAs(lv, "VB", "VBP", "VBD") {
			return
		}
	}
	switch tg.xpos[classes[v+1]] {
	case "DT", "CD", "JJ", "NNP", "NNPS", "PRP$":
	default:
		return
	}
	classes[at] = c.nns
	if canBePast(tg, lv) && tg.seenAs(lv, "VBD") {
		classes[v] = c.vbd
	} else {
		classes[v] = c.vbp
	}
}

// singularVerb strips the third-person "-s" or "-es" of a verb form.
func singularVerb(w string) string {
	switch {
	case strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}

// headlineVerbs are verbs of acts between actors that headlines put right
// after their subject's name, and whose third-person form is also a
// plural noun.
var headlineVerbs = map[string]bool{
	"sanction": true, "strike": true, "attack": true, "bomb": true, "shell": true, "raid": true,
	"arrest": true, "jail": true, "ban": true, "slam": true, "blast": true, "hail": true,
	"vow": true, "pledge": true, "back": true, "probe": true, "target": true, "halt": true,
	"curb": true, "block": true, "bar": true, "order": true, "fine": true, "charge": true,
	"claim": true, "name": true, "eye": true, "face": true, "sign": true, "visit": true,
	"host": true, "release": true, "cut": true, "recall": true, "summon": true,
	"expel": true, "seize": true, "hit": true, "plan": true, "push": true, "boost": true,
	"fund": true, "aid": true, "arm": true, "tariff": true, "embargo": true, "demand": true,
	"protest": true, "rally": true, "mourn": true, "honor": true, "honour": true, "thank": true,
	"welcome": true, "praise": true, "snub": true, "rebuff": true, "reject": true, "talk": true,
}

// thinkingLemmas are verbs of thought and feeling that take a clause
// without "that" ("believed the army had fired first").
var thinkingLemmas = map[string]bool{
	"think": true, "believe": true, "hope": true, "fear": true, "know": true, "feel": true,
	"suggest": true, "expect": true, "suspect": true, "hear": true, "learn": true,
}

// canBePast reports whether a word may be a past tense verb: a regular
// "-ed" form may, and one training saw as a VBD ("took"); of the other
// irregular forms, those ending in -n are participles alone ("stolen",
// "taken", "done"), the rest may be either ("struck", "shot").
func canBePast(tg *tagger, form string) bool {
	l := strings.ToLower(form)
	if strings.HasSuffix(l, "ed") || tg.seenAs(l, "VBD") {
		return true
	}
	// an irregular form training saw only as a participle: "stolen",
	// "taken", "done" are participles alone, "struck", "shot", "held" are
	// past tense forms too
	return !strings.HasSuffix(l, "n") && !strings.HasSuffix(l, "ne")
}

// determined reports whether the noun phrase ending at word i opens with a
// determiner or a possessive ("the storm", "its oil minister").
func determined(tg *tagger, classes []int, i int) bool {
	k := i - 1
	for k >= 0 {
		switch tg.upos[classes[k]] {
		case "ADJ", "NOUN", "PROPN", "NUM", "ADV":
			k--
			continue
		}
		break
	}
	if k < 0 {
		return false
	}
	switch tg.xpos[classes[k]] {
	case "DT", "PRP$", "POS", "WP$", "PDT":
		return true
	}
	return false
}

// finiteIn reports whether a finite verb tag comes walking from word from
// (exclusive) in direction dir (+1 or -1) through n words, before a word
// where stop holds.
func finiteIn(x func(int) string, stop func(int) bool, from, dir, n int) bool {
	for k := from + dir; k >= 0 && k < n && !stop(k); k += dir {
		if finiteTag(x(k)) {
			return true
		}
	}
	return false
}

func objectStart(upos string) bool {
	return upos == "DET" || upos == "PROPN" || upos == "PRON" || upos == "NUM"
}

// hasFinite reports whether any of the n words has a finite verb tag.
func hasFinite(x func(int) string, n int) bool {
	return finiteIn(x, func(int) bool { return false }, -1, 1, n)
}

// objectOfPreposition reports whether the noun phrase ending at word i is
// the object of a preposition that opens a phrase of its own (at the start
// of the sentence or after a comma or conjunction: "In a joint statement
// published ..."), not of one inside a longer noun phrase ("The Republic
// of Arnor fired ...").
func objectOfPreposition(tg *tagger, classes []int, i int) bool {
	k := i - 1
	for ; k >= 0; k-- {
		switch tg.upos[classes[k]] {
		case "DET", "ADJ", "NOUN", "PROPN", "NUM", "PART":
			continue
		}
		break
	}
	if k < 0 || tg.upos[classes[k]] != "ADP" {
		return false
	}
	if k == 0 {
		return true
	}
	switch tg.upos[classes[k-1]] {
	case "PUNCT", "CCONJ", "SCONJ":
		return true
	}
	return false
}

// addressTags tags web and e-mail addresses ("www.un.org",
// "press@example.com") as addresses (ADD), as UD does: the tokenizer
// already knows them, and EWT tags 242 of the 246 words it takes for one
// so; the tagger, which sees their pieces, often calls them nouns.
func (a *Analyzer) addressTags(toks []Token, classes []int) {
	add := a.cls.add
	if add < 0 {
		return
	}
	for i := range toks {
		f := strings.ToLower(toks[i].Form)
		// a file name ("TEXT.htm") is no address
		file := !strings.Contains(f, "/") && (strings.HasSuffix(f, ".htm") || strings.HasSuffix(f, ".html"))
		if looksLikeURL(f) && !file {
			classes[i] = add
		}
	}
}

// spacingTags corrects the tags that the spaces around a word decide and
// the tagger, which does not see spacing, can miss.
func (a *Analyzer) spacingTags(toks []Token, classes []int) {
	a.joinedHyphens(toks, classes)
	a.quoteDirection(toks, classes)
}

// joinedHyphens tags a hyphen written between two words with no space
// ("government-held", split as EWT splits it) as HYPH: the tagger does not
// see spacing and sometimes reads it as a dash (",", ":"), which the parser
// then takes for a clause boundary. In EWT such hyphens are HYPH twenty
// times as often as anything else; between digits ("9-5") they are SYM
// and are left alone.
func (a *Analyzer) joinedHyphens(toks []Token, classes []int) {
	hyph := a.cls.hyph
	if hyph < 0 {
		return
	}
	tg := a.m.tagger
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].Form != "-" || toks[i-1].SpaceAfter || toks[i].SpaceAfter {
			continue
		}
		switch tg.xpos[classes[i]] {
		case ",", ":":
		default:
			continue
		}
		if !startsWithLetter(toks[i-1].Form) || !startsWithLetter(toks[i+1].Form) {
			continue
		}
		classes[i] = hyph
	}
}

// quoteDirection tags a straight double quote by the spaces around it:
// one with a space (or the sentence start) before it and none after
// opens a quotation (Penn's opening-quote tag), one with none before and a
// space after closes it. EWT tags such quotes so 75 times out of 76; the
// tagger, which sees no spacing, often reads them the other way round.
func (a *Analyzer) quoteDirection(toks []Token, classes []int) {
	open, closing := a.cls.openQuote, a.cls.closeQuote
	if open < 0 || closing < 0 {
		return
	}
	for i, t := range toks {
		if t.Form != "\"" {
			continue
		}
		before := i == 0 || toks[i-1].SpaceAfter
		after := i == len(toks)-1 || t.SpaceAfter
		switch {
		case before && !after:
			classes[i] = open
		case !before && after:
			classes[i] = closing
		}
	}
}

func startsWithLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// namingParticiple are participles that introduce a name ("a man named
// Joe", "a group called Hamas"), after a noun as often as not.
var namingParticiple = map[string]bool{
	"named": true, "called": true, "dubbed": true, "titled": true, "entitled": true, "nicknamed": true,
}

// Tag sets UPOS, XPOS and Lemma of each token from its Form.
func (a *Analyzer) Tag(toks []Token) {
	if len(toks) == 0 {
		return
	}
	tg := a.m.tagger
	_, classes := a.tagClasses(toks, nil)
	for i, c := range classes {
		toks[i].UPOS = tg.upos[c]
		toks[i].XPOS = tg.xpos[c]
		toks[i].Lemma = a.m.lemma.lemma(toks[i].Form, toks[i].XPOS)
	}
}

// Parse sets Head and Deprel of each token from Form and tags (call Tag
// first, or fill UPOS and XPOS yourself).
func (a *Analyzer) Parse(toks []Token) {
	if len(toks) == 0 {
		return
	}
	forms := make([]string, len(toks))
	tags := make([]int, len(toks))
	xpos := make([]string, len(toks))
	for i := range toks {
		forms[i] = modelForm(toks[i].Form)
		xpos[i] = toks[i].XPOS
		if c, ok := a.classOf[[2]string{toks[i].UPOS, toks[i].XPOS}]; ok {
			tags[i] = c
		} else {
			tags[i] = -1
		}
	}
	a.parseWords(toks, makePInput(forms, tags, xpos, ambOf(a.m.tagger, forms)))
}

// Lemma returns the lemma of a word form with the given Penn tag.
func (a *Analyzer) Lemma(form, xpos string) string { return a.m.lemma.lemma(form, xpos) }

// VerbLemma returns the lemma of a verb form, trying the Penn verb tags in
// turn and keeping the first that the lexicon knows (falling back to the
// suffix rules for VBD, VBZ, VBG, VBN, then VB).
func (a *Analyzer) VerbLemma(form string) string {
	lm := a.m.lemma
	for _, x := range []string{"VBD", "VBZ", "VBG", "VBN", "VBP", "VB"} {
		if l, ok := lm.exact[form+"\t"+x]; ok {
			return l
		}
		if l, ok := lm.exact[strings.ToLower(form)+"\t"+x]; ok {
			return l
		}
	}
	lf := strings.ToLower(form)
	switch {
	case strings.HasSuffix(lf, "ing"):
		return lm.lemma(lf, "VBG")
	case strings.HasSuffix(lf, "ed"):
		return lm.lemma(lf, "VBD")
	case strings.HasSuffix(lf, "s"):
		return lm.lemma(lf, "VBZ")
	}
	return lf
}
