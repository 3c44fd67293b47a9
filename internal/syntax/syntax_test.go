package syntax

import (
	"errors"
	"strings"
	"testing"
)

func TestParsePenn(t *testing.T) {
	s, err := ParsePenn("(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NNS ties)) (PP (IN with) (NP (NNP Gondor)))) (. .)))")
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	for _, tk := range s.Tokens {
		words = append(words, tk.Text+"/"+tk.Tag)
	}
	if got := strings.Join(words, " "); got != "Arnor/NNP restored/VBD ties/NNS with/IN Gondor/NNP ./." {
		t.Errorf("tokens %s", got)
	}
	s.Text = "Arnor restored ties with Gondor."
	Align(s.Text, s.Tokens)
	if tk := s.Tokens[4]; s.Text[tk.Start:tk.End] != "Gondor" {
		t.Errorf("Gondor at %d-%d", tk.Start, tk.End)
	}
}

func TestParsePennErrors(t *testing.T) {
	for _, src := range []string{
		"(ROOT (S (NP (NNP Arnor)",
		"(ROOT (S (NP (NNP Arnor Gondor))))",
		"(ROOT (S ()))",
		"ROOT",
		"(ROOT (NP (NNP A))) trailing",
	} {
		_, err := ParsePenn(src)
		var pe *PennError
		if !errors.As(err, &pe) {
			t.Errorf("%q: %v, want a PennError", src, err)
		}
	}
}

func TestClauses(t *testing.T) {
	// A possessive, a compound and a prepositional noun phrase.
	tree := `(ROOT (S (NP (NP (NNP Caras) (NNP Galadhon) (POS 's)) (JJ new) (NN mayor))
	  (VP (VBD met) (NP (NNP Arnor) (CC and) (NNP Gondor))
	  (PP (IN with) (NP (NP (NNS officials)) (PP (IN of) (NP (NNP Rohan)))))) (. .)))`
	checkClauses(t, tree,
		"(NE CARAS GALADHON NEW MAYOR ~NE",
		"(NEC (NE ARNOR ~NE (NE GONDOR ~NE ~NEC",
		"(NE OFFICIALS OF ROHAN ~NE",
		"(VP (VBD MET ~VBD")
}

// checkClauses reports the clause sequence of a Penn tree lacking any of
// want.
func checkClauses(t *testing.T, tree string, want ...string) {
	t.Helper()
	s, err := ParsePenn(tree)
	if err != nil {
		t.Fatal(err)
	}
	items, err := Clauses(s)
	if err != nil {
		t.Fatal(err)
	}
	got := String(items)
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("clauses lack %q:\n%s", w, got)
		}
	}
}

func TestExpandCompoundsCrossProduct(t *testing.T) {
	checkClauses(t, `(ROOT (S (NP (NP (NNS Lawmakers) (CC and) (NNS officials)) (PP (IN in) (NP (NNP Fornost) (CC and) (NNP Gondor)))) (VP (VBD met)) (. .)))`,
		"(NE LAWMAKERS IN FORNOST ~NE", "(NE LAWMAKERS IN GONDOR ~NE", "(NE OFFICIALS IN FORNOST ~NE", "(NE OFFICIALS IN GONDOR ~NE")
}

// Adjectives before the first member of a compound inside a phrase are
// shared by all its members.
func TestExpandCompoundsSharedAdjective(t *testing.T) {
	checkClauses(t, `(ROOT (S (NP (NNP Gondor)) (VP (VBD imposed) (NP (NP (JJ new) (NNS tariffs)) (PP (IN on) (NP (JJ Arnorian) (NN steel) (CC and) (NN aluminum))))) (. .)))`,
		"(NE NEW TARIFFS ON ARNORIAN STEEL ~NE", "(NE NEW TARIFFS ON ARNORIAN ALUMINUM ~NE")
	// an adjective that is a conjunct itself is not shared
	s, err := ParsePenn(`(ROOT (S (NP (NNP Gondor)) (VP (VBD sought) (NP (NP (NNS warrants)) (PP (IN for) (NP (JJ Arnorian) (CC and) (NNP Rohan) (NNS leaders))))) (. .)))`)
	if err != nil {
		t.Fatal(err)
	}
	if got := clauseString(t, s); strings.Contains(got, "ARNORIAN ROHAN") {
		t.Errorf("a conjunct adjective was shared: %s", got)
	}
}

func TestDateline(t *testing.T) {
	s, err := ParsePenn(`(ROOT (NP (NP (NNP CEBU) (NNP CITY)) (: --) (NP (NP (NP (NNP Mayor) (NNP Sitoy)) (CC and) (NP (NP (DT the) (NN town) (POS 's)) (NN fisherfolk))) (VP (VBN filed) (NP (DT a) (NN suit)))) (. .)))`)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Clauses(s); !errors.Is(err, ErrDateline) {
		t.Errorf("err %v, want ErrDateline", err)
	}
}

// A preposition that a parser hung from the first word of a two-word name
// ("in" under "Michel" in "in Michel Delving") governs the whole name.
func TestCaseOnNameModifier(t *testing.T) {
	s := depSentence(t, "Sam renewed his license in Michel Delving .",
		"Sam PROPN NNP 2 nsubj", "renewed VERB VBD 0 root", "his PRON PRP$ 4 nmod:poss", "license NOUN NN 2 obj",
		"in ADP IN 6 case", "Michel PROPN NNP 7 compound", "Delving PROPN NNP 4 nmod", ". PUNCT . 2 punct")
	got := s.Bracketed(s.Root)
	if want := "(PP (IN in) (NP (NNP Michel) (NNP Delving)))"; !strings.Contains(got, want) {
		t.Errorf("got %s, want it to contain %s", got, want)
	}
}

// "Neither Arnor nor Gondor": the preconjunction does not make a second
// conjunction, so the coordination is still a compound.
func TestPreconjunctionCompound(t *testing.T) {
	s := depSentence(t, "Neither Arnor nor Gondor attacked Rohan",
		"Neither CCONJ CC 2 cc:preconj", "Arnor PROPN NNP 5 nsubj", "nor CCONJ CC 4 cc",
		"Gondor PROPN NNP 2 conj", "attacked VERB VBD 0 root", "Rohan PROPN NNP 5 obj")
	if got := clauseString(t, s); !strings.Contains(got, "(NEC (NE NEITHER ARNOR ~NE") || !strings.Contains(got, "(NE GONDOR ~NE ~NEC") {
		t.Errorf("no compound: %s", got)
	}
}

// clauseString is the clause sequence of s, written out.
func clauseString(t *testing.T, s *Sentence) string {
	t.Helper()
	items, err := Clauses(s)
	if err != nil {
		t.Fatal(err)
	}
	return String(items)
}

// depSentence builds a sentence from "form UPOS XPOS head rel" rows.
func depSentence(t *testing.T, text string, rows ...string) *Sentence {
	t.Helper()
	var toks []DepToken
	for _, r := range rows {
		f := strings.Fields(r)
		h := 0
		for _, ch := range f[3] {
			h = h*10 + int(ch-'0')
		}
		toks = append(toks, DepToken{Form: f[0], UPOS: f[1], XPOS: f[2], Head: h, Deprel: f[4], Start: -1, End: -1})
	}
	s, err := FromDependencies(text, toks)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// Coordinated nouns share what modifies the first of them: a phrase after
// the last conjunct, and modifiers before bare coordinated nouns.
func TestSharedModifiersOfCoordination(t *testing.T) {
	for _, c := range []struct {
		name, text string
		toks       []string
		clauses    bool // want is in the clause sequence, not the tree
		want       string
	}{
		{"shared phrase after", "Senators and envoys in Rohan welcomed it", []string{
			"Senators NOUN NNS 6 nsubj", "and CCONJ CC 3 cc", "envoys NOUN NNS 1 conj", "in ADP IN 5 case",
			"Rohan PROPN NNP 1 nmod", "welcomed VERB VBD 0 root", "it PRON PRP 6 obj"},
			false, "(NP (NP (NP (NNS Senators)) (CC and) (NP (NNS envoys))) (PP (IN in) (NP (NNP Rohan))))"},
		{"shared modifiers before", "The Gondorian media and government warned", []string{
			"The DET DT 3 det", "Gondorian ADJ JJ 3 amod", "media NOUN NNS 6 nsubj", "and CCONJ CC 5 cc",
			"government NOUN NN 3 conj", "warned VERB VBD 0 root"},
			false, "(NP (DT The) (JJ Gondorian) (NNS media) (CC and) (NN government))"},
		// A name the tagger made a proper noun of is a shared modifier too.
		{"shared name modifier", "The Gondorian media and government warned", []string{
			"The DET DT 3 det", "Gondorian PROPN NNP 3 compound", "media NOUN NNS 6 nsubj", "and CCONJ CC 5 cc",
			"government NOUN NN 3 conj", "warned VERB VBD 0 root"},
			true, "(NEC (NE GONDORIAN MEDIA ~NE (NE GONDORIAN GOVERNMENT ~NE ~NEC"},
		// A conjunct with a determiner of its own shares nothing.
		{"own determiner", "Gondorian media and the government warned", []string{
			"Gondorian ADJ JJ 2 amod", "media NOUN NNS 6 nsubj", "and CCONJ CC 5 cc", "the DET DT 5 det",
			"government NOUN NN 2 conj", "warned VERB VBD 0 root"},
			false, "(NP (NP (JJ Gondorian) (NNS media)) (CC and) (NP (DT the) (NN government)))"},
	} {
		s := depSentence(t, c.text, c.toks...)
		got := s.Bracketed(s.Root)
		if c.clauses {
			got = clauseString(t, s)
		}
		if !strings.Contains(got, c.want) {
			t.Errorf("%s: %s, want %s", c.name, got, c.want)
		}
	}
}

// "Arnor's minister, in remarks, urged Gondor": the commas of the
// subject's parenthetical stay with the subject, in order, so the verb
// still finds its subject.
func TestSubjectParenthetical(t *testing.T) {
	s := depSentence(t, "Arnor 's minister , in remarks , urged Gondor",
		"Arnor PROPN NNP 3 nmod:poss", "'s PART POS 1 case", "minister NOUN NN 8 nsubj", ", PUNCT , 6 punct",
		"in ADP IN 6 case", "remarks NOUN NNS 3 nmod", ", PUNCT , 8 punct", "urged VERB VBD 0 root", "Gondor PROPN NNP 8 obj")
	got := s.Bracketed(s.Root)
	if want := "(PP (, ,) (IN in) (NP (NNS remarks)))) (, ,)) (VP (VBD urged)"; !strings.Contains(got, want) {
		t.Errorf("got %s, want it to contain %s", got, want)
	}
	if got := clauseString(t, s); !strings.Contains(got, "(S (NE ARNOR MINISTER , IN REMARKS , ~NE (VP (VBD URGED") {
		t.Errorf("subject not one phrase: %s", got)
	}
}

// A noun with two prepositional phrases: the first joins the NE, the
// second follows it, so Osgiliath is still there to be a target.
func TestSecondPrepositionalPhrase(t *testing.T) {
	s, err := ParsePenn("(ROOT (S (NP (NNP Arnor)) (VP (VBD welcomed) (NP (NP (DT a) (NN resumption)) (PP (IN of) (NP (NNS ties))) (PP (IN with) (NP (NNP Osgiliath))))) (. .)))")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := clauseString(t, s), "(NE A RESUMPTION OF TIES ~NE (PP (IN WITH ~IN (NE OSGILIATH ~NE ~PP"; !strings.Contains(got, want) {
		t.Errorf("got %s, want it to contain %s", got, want)
	}
}

// "Mordor, the awful Arnor, and Gondor": an apposition before a conjunct
// is a member of the list.
func TestAppositionInList(t *testing.T) {
	s := depSentence(t, "Mordor , the Arnor , and Gondor met",
		"Mordor PROPN NNP 8 nsubj", ", PUNCT , 4 punct", "the DET DT 4 det", "Arnor PROPN NNP 1 appos",
		", PUNCT , 7 punct", "and CCONJ CC 7 cc", "Gondor PROPN NNP 1 conj", "met VERB VBD 0 root")
	if got, want := clauseString(t, s), "(NEC (NE MORDOR ~NE (NE THE ARNOR ~NE (NE GONDOR ~NE ~NEC"; !strings.Contains(got, want) {
		t.Errorf("got %s, want it to contain %s", got, want)
	}
}

// Coordinated verb phrases: the "and" is written once.
func TestCoordinatedVerbPhrasesOneConjunction(t *testing.T) {
	s := depSentence(t, "Arnor will give aid and meet Gondor",
		"Arnor PROPN NNP 3 nsubj", "will AUX MD 3 aux", "give VERB VB 0 root", "aid NOUN NN 3 obj",
		"and CCONJ CC 6 cc", "meet VERB VB 3 conj", "Gondor PROPN NNP 6 obj")
	if got := s.Bracketed(s.Root); strings.Count(got, "(CC and)") != 1 {
		t.Errorf("got %s, want one (CC and)", got)
	}
}

// A parser that hangs words from a comma ("the Olympics, an event ...")
// must not lose them: after a noun they are its apposition.
func TestWordsUnderPunctuation(t *testing.T) {
	s := depSentence(t, "Arnor attended the Olympics , an event",
		"Arnor PROPN NNP 2 nsubj", "attended VERB VBD 0 root", "the DET DT 4 det", "Olympics PROPN NNPS 2 obj",
		", PUNCT , 2 punct", "an DET DT 7 det", "event NOUN NN 5 obj")
	got := s.Bracketed(s.Root)
	if want := "(NP (NP (DT the) (NNPS Olympics)) (, ,) (NP (DT an) (NN event)))"; !strings.Contains(got, want) {
		t.Errorf("got %s, want it to contain %s", got, want)
	}
}

// A possessive object whose noun the parser read as a clause of its own
// is not hung from a word under itself: the tree stays a tree.
func TestPossessiveObjectNoCycle(t *testing.T) {
	s := depSentence(t, "Rohan welcomed the Council 's ruling against Mordor",
		"Rohan PROPN NNP 2 nsubj", "welcomed VERB VBD 0 root", "the DET DT 4 det", "Council PROPN NNP 2 obj",
		"'s PART POS 4 case", "ruling VERB VBG 4 acl", "against ADP IN 8 case", "Mordor PROPN NNP 6 obl")
	if got := s.Bracketed(s.Root); !strings.Contains(got, "(NNP Mordor)") || !strings.Contains(got, "(NNP Council)") {
		t.Errorf("got %s", got)
	}
}

// A subject a parser hung from the auxiliary ("did") is the verb's.
func TestDependentOfFunctionWord(t *testing.T) {
	s := depSentence(t, "Arnor did not attack Gondor",
		"Arnor PROPN NNP 2 nsubj", "did AUX VBD 4 aux", "not PART RB 4 advmod", "attack VERB VB 0 root", "Gondor PROPN NNP 4 obj")
	got := s.Bracketed(s.Root)
	if want := "(ROOT (S (NP (NNP Arnor)) (VP (VBD did) (ADVP (RB not)) (VP (VB attack) (NP (NNP Gondor))))))"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// Object control: the object of "wants" is the subject of the
// infinitive, as Penn trees have it.
func TestObjectControl(t *testing.T) {
	s := depSentence(t, "Arnor wants Gondor to attack Rohan",
		"Arnor PROPN NNP 2 nsubj", "wants VERB VBZ 0 root", "Gondor PROPN NNP 2 obj", "to PART TO 5 mark",
		"attack VERB VB 2 xcomp", "Rohan PROPN NNP 5 obj")
	got := s.Bracketed(s.Root)
	if want := "(VP (VBZ wants) (S (NP (NNP Gondor)) (VP (TO to) (VP (VB attack) (NP (NNP Rohan))))))"; !strings.Contains(got, want) {
		t.Errorf("got %s, want it to contain %s", got, want)
	}
}

// Coordinated modifiers of one noun make a coordination of noun phrases
// that each have the noun ("Gondorian and Rohirric riders").
func TestCoordinatedModifiersShareNoun(t *testing.T) {
	for _, c := range []struct {
		text string
		toks []string
		want string // in the clause sequence; "" for no compound at all
	}{
		{"Gondorian and Rohirric mounted riders crossed", []string{
			"Gondorian ADJ JJ 5 amod", "and CCONJ CC 3 cc", "Rohirric ADJ JJ 1 conj", "mounted ADJ JJ 5 amod",
			"riders NOUN NNS 6 nsubj", "crossed VERB VBD 0 root"},
			"(NEC (NE GONDORIAN MOUNTED RIDERS ~NE (NE ROHIRRIC MOUNTED RIDERS ~NE ~NEC"},
		// A determiner stays in front of the members: "the Gondorian and
		// Rohirric defence ministries".
		{"the Gondorian and Rohirric defence ministries accused", []string{
			"the DET DT 6 det", "Gondorian ADJ JJ 6 amod", "and CCONJ CC 4 cc", "Rohirric ADJ JJ 2 conj",
			"defence NOUN NN 6 compound", "ministries NOUN NNS 7 nsubj", "accused VERB VBD 0 root"},
			"(NP (DT THE ~DT (NEC (NE GONDORIAN DEFENCE MINISTRIES ~NE (NE ROHIRRIC DEFENCE MINISTRIES ~NE ~NEC"},
		// ... also when the parser hangs it from the first member.
		{"the Gondorian and Rohirric defence ministries accused", []string{
			"the DET DT 2 det", "Gondorian ADJ JJ 6 amod", "and CCONJ CC 4 cc", "Rohirric ADJ JJ 2 conj",
			"defence NOUN NN 6 compound", "ministries NOUN NNS 7 nsubj", "accused VERB VBD 0 root"},
			"(NEC (NE GONDORIAN DEFENCE MINISTRIES ~NE (NE ROHIRRIC DEFENCE MINISTRIES ~NE ~NEC"},
		// A modifier with words of its own is left as it is.
		{"Gondorian and very old riders crossed", []string{
			"Gondorian ADJ JJ 5 amod", "and CCONJ CC 4 cc", "very ADV RB 4 advmod", "old ADJ JJ 1 conj",
			"riders NOUN NNS 6 nsubj", "crossed VERB VBD 0 root"}, ""},
	} {
		got := clauseString(t, depSentence(t, c.text, c.toks...))
		if c.want == "" && strings.Contains(got, "NEC") || c.want != "" && !strings.Contains(got, c.want) {
			t.Errorf("%s: %s, want %q", c.text, got, c.want)
		}
	}
}

// A clause set off by a comma after a possessive noun phrase is not part
// of the phrase's name: "Gondor's second city, killing eight people".
func TestCommaClauseLeavesPossessiveNE(t *testing.T) {
	for tree, want := range map[string]string{
		"(ROOT (S (NP (NNS Rebels)) (VP (VBD shelled) (NP (NP (NP (NNP Gondor) (POS 's)) (JJ second) (NN city)) (S (, ,) (VP (VBG killing) (NP (CD eight) (NNS people)))))) (. .)))": "(NE GONDOR SECOND CITY ~NE (S (, , ~, (VP (VBG KILLING ~VBG (NE EIGHT PEOPLE ~NE",
		"(ROOT (S (NP (NNS Rebels)) (VP (VBD shelled) (NP (NP (NP (NNP Gondor) (POS 's)) (JJ second) (NN city)) (, ,) (VP (VBG killing) (NP (CD eight) (NNS people))))) (. .)))":     "(NE GONDOR SECOND CITY ~NE (VP (, , ~, (VBG KILLING ~VBG (NE EIGHT PEOPLE ~NE",
	} {
		s, err := ParsePenn(tree)
		if err != nil {
			t.Fatal(err)
		}
		if got := clauseString(t, s); !strings.Contains(got, want) {
			t.Errorf("got %s, want it to contain %s", got, want)
		}
	}
}

// A bare noun phrase of time set off by a comma before the subject is no
// subject: "Hours before Arnor's talks, the envoy left" keeps Arnor out of
// the subject's place; without the comma the phrase stays as it is.
func TestPreposedBareNounPhrase(t *testing.T) {
	s := depSentence(t, "Hours before Arnor 's talks , the envoy left",
		"Hours NOUN NNS 9 obl:unmarked", "before ADP IN 5 case", "Arnor PROPN NNP 5 nmod:poss", "'s PART POS 3 case",
		"talks NOUN NNS 1 nmod", ", PUNCT , 5 punct", "the DET DT 8 det", "envoy NOUN NN 9 nsubj", "left VERB VBD 0 root")
	if got, want := clauseString(t, s), "(S (PP (NE HOURS BEFORE ARNOR TALKS , ~NE ~PP (NE THE ENVOY ~NE (VP (VBD LEFT"; !strings.Contains(got, want) {
		t.Errorf("got %s, want it to contain %s", got, want)
	}
	s = depSentence(t, "Arnor lawmakers Tuesday endorsed it",
		"Arnor PROPN NNP 2 compound", "lawmakers NOUN NNS 4 obl:unmarked", "Tuesday PROPN NNP 4 nsubj", "endorsed VERB VBD 0 root", "it PRON PRP 4 obj")
	if got := clauseString(t, s); strings.Contains(got, "(PP") {
		t.Errorf("no comma, yet a prepositional phrase: %s", got)
	}
}

// A preposition of several words ("according to", "because of") keeps its
// words together, in their place: "to" had been left to the end of the
// sentence.
func TestFixedPrepositionInPlace(t *testing.T) {
	s := depSentence(t, "Arnor attacked Gondor , according to officials .",
		"Arnor PROPN NNP 2 nsubj", "attacked VERB VBD 0 root", "Gondor PROPN NNP 2 obj", ", PUNCT , 7 punct",
		"according VERB VBG 7 case", "to ADP IN 5 fixed", "officials NOUN NNS 2 obl", ". PUNCT . 2 punct")
	got := s.Bracketed(s.Root)
	if want := "(PP (, ,) (VBG according) (IN to) (NP (NNS officials)))) (. .)))"; !strings.HasSuffix(got, want) {
		t.Errorf("got %s, want it to end in %s", got, want)
	}
}

// depSentenceAt is depSentence with each word's offsets found in text.
func depSentenceAt(t *testing.T, text string, rows ...string) *Sentence {
	t.Helper()
	var toks []DepToken
	at := 0
	for _, r := range rows {
		f := strings.Fields(r)
		h := 0
		for _, ch := range f[3] {
			h = h*10 + int(ch-'0')
		}
		start := strings.Index(text[at:], f[0]) + at
		at = start + len(f[0])
		toks = append(toks, DepToken{Form: f[0], UPOS: f[1], XPOS: f[2], Head: h, Deprel: f[4], Start: start, End: at})
	}
	s, err := FromDependencies(text, toks)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// A participle written as one word with the words before it
// ("Al-Qaeda-linked") is a word of the noun phrase, whatever relations the
// parser gave its pieces; written apart, it may be a clause.
func TestHyphenatedPremodifier(t *testing.T) {
	rows := []string{"Al PROPN NNP 5 nsubj", "- PUNCT HYPH 1 punct", "Qaeda PROPN NNP 1 flat", "- PUNCT HYPH 1 punct",
		"linked VERB VBN 6 amod", "rebels NOUN NNS 7 nsubj", "kidnapped VERB VBD 0 root", "peacekeepers NOUN NNS 7 obj"}
	s := depSentenceAt(t, "Al-Qaeda-linked rebels kidnapped peacekeepers", rows...)
	if got, want := clauseString(t, s), "(NE AL - QAEDA - LINKED REBELS ~NE (VP (VBD KIDNAPPED"; !strings.Contains(got, want) {
		t.Errorf("got %s, want it to contain %s", got, want)
	}
	s = depSentenceAt(t, "Al - Qaeda - linked rebels kidnapped peacekeepers", rows...)
	if got := clauseString(t, s); strings.Contains(got, "LINKED REBELS ~NE") {
		t.Errorf("written apart, still one phrase: %s", got)
	}
}

// The first word of a hyphenated modifier of coordinated nouns is not one
// of them.
func TestHyphenatedModifierOfCompound(t *testing.T) {
	s, err := ParsePenn("(ROOT (S (NP (NNP Arnor)) (VP (VBD condemned) (NP (NP (PRP$ his) (NN self) (HYPH -) (VBG serving) (NNS words) (CC and) (NNS evasions)))) (. .)))")
	if err != nil {
		t.Fatal(err)
	}
	got := clauseString(t, s)
	if strings.Contains(got, "(NE SELF") || strings.Contains(got, "HIS SELF ~NE") || !strings.Contains(got, "(NEC") {
		t.Errorf("got %s", got)
	}
}

func TestUpperWord(t *testing.T) {
	for in, want := range map[string]string{
		"Iran":       "IRAN",
		"UN":         "UN",
		"al-Shabaab": "AL-SHABAAB",
		"Côte":       "CÔTE",
		"d’Ivoire":   "D'IVOIRE",
		"‘Zionist’":  "'ZIONIST'",
		"":           "",
		"Türkiye's":  "TÜRKIYE'S",
		"12":         "12",
	} {
		if got := UpperWord(in); got != want {
			t.Errorf("UpperWord(%q) = %q, want %q", in, got, want)
		}
	}
}
