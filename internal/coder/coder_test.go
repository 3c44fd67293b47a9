package coder

import (
	"strconv"
	"strings"
	"testing"

	"github.com/herald-events/herald/internal/dict"
	"github.com/herald-events/herald/internal/syntax"
)

// A small dictionary written for these tests.
func testDict(t *testing.T) *dict.Set {
	t.Helper()
	s := dict.NewSet()
	verbs := `&TIES
+TIES
+RELATIONS

--- RESTORE [064] ---
RESTORE
- * DIPLOMATIC &TIES [064]
- NOT * &TIES [112]

--- ATTACK [190] ---
ATTACK
BOMB

--- MEET [040] ---
MEET {MET MEETS MEETING}
- % * [043]
- * WITH % [040]

--- SAY [---] ---
SAY {SAID SAYS SAYING}
`
	if err := s.Verbs.Read(strings.NewReader(verbs), "test.verbs"); err != nil {
		t.Fatal(err)
	}
	actors := "ARNOR [ARN]\nGONDOR [GON]\nROHAN [ROH]\nTHEODEN\n\t[ROHGOV 19400101-20011231]\n\t[ROHELI]\n"
	if err := s.Actors.Read(strings.NewReader(actors), "test.actors"); err != nil {
		t.Fatal(err)
	}
	if err := s.Agents.Read(strings.NewReader("POLICE {} [~COP]\nREBEL [~REB]\n"), "test.agents"); err != nil {
		t.Fatal(err)
	}
	return s
}

func code(t *testing.T, c *Coder, text, tree, date string) Result {
	t.Helper()
	s := penn(t, text, tree)
	d, ok := dict.ParseDay(date)
	if !ok {
		t.Fatal("bad date")
	}
	res, err := c.Code(s, d)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func triples(res Result) string {
	var out []string
	for _, e := range res.Events {
		out = append(out, e.Source+" "+e.Target+" "+e.Code)
	}
	return strings.Join(out, "; ")
}

func TestPatternAndEvidence(t *testing.T) {
	c := New(testDict(t), DefaultOptions())
	text := "Arnor restored diplomatic ties with Gondor."
	res := code(t, c, text, "(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (JJ diplomatic) (NNS ties)) (PP (IN with) (NP (NNP Gondor)))) (. .)))", "20200101")
	if got := triples(res); got != "ARN GON 064" {
		t.Fatalf("events %q", got)
	}
	e := res.Events[0]
	if !strings.Contains(e.Pattern, "DIPLOMATIC &TIES") || e.PatternPos.Line != 7 {
		t.Errorf("pattern %q at %v", e.Pattern, e.PatternPos)
	}
	// Tokens 0 (Arnor), 1 (restored), 5 (Gondor).
	if e.SourceSpan != (Span{0, 1}) || e.VerbSpan != (Span{1, 2}) || e.TargetSpan != (Span{5, 6}) {
		t.Errorf("spans %+v %+v %+v", e.SourceSpan, e.VerbSpan, e.TargetSpan)
	}
}

func TestPassiveSwapsActors(t *testing.T) {
	c := New(testDict(t), DefaultOptions())
	res := code(t, c, "Gondor was attacked by Arnor.", "(ROOT (S (NP (NNP Gondor)) (VP (VBD was) (VP (VBN attacked) (PP (IN by) (NP (NNP Arnor))))) (. .)))", "20200101")
	if got := triples(res); got != "ARN GON 190" {
		t.Fatalf("events %q", got)
	}
	if !res.Events[0].Passive {
		t.Error("not marked passive")
	}
}

func TestCompoundsAndAgentsAndDates(t *testing.T) {
	c := New(testDict(t), DefaultOptions())
	// A compound target with "* WITH %".
	res := code(t, c, "Arnor met with Gondor and Rohan.", "(ROOT (S (NP (NNP Arnor)) (VP (VBD met) (PP (IN with) (NP (NNP Gondor) (CC and) (NNP Rohan)))) (. .)))", "20200101")
	if got := triples(res); got != "ARN GON 040; ARN ROH 040" {
		t.Errorf("compound target: %q", got)
	}
	// A compound source with "% *": the members act on each other.
	res = code(t, c, "Gondor and Rohan met.", "(ROOT (S (NP (NNP Gondor) (CC and) (NNP Rohan)) (VP (VBD met)) (. .)))", "20200101")
	if got := triples(res); got != "GON ROH 043; ROH GON 043" {
		t.Errorf("compound source: %q", got)
	}
	// Agent appended to the actor; dated role of a person.
	tree := "(ROOT (S (NP (NNP Gondor) (NN police)) (VP (VBD attacked) (NP (NNP Theoden))) (. .)))"
	if got := triples(code(t, c, "Gondor police attacked Theoden.", tree, "19990101")); got != "GONCOP ROHGOV 190" {
		t.Errorf("1999: %q", got)
	}
	if got := triples(code(t, c, "Gondor police attacked Theoden.", tree, "20050101")); got != "GONCOP ROHELI 190" {
		t.Errorf("2005: %q", got)
	}
}

func TestRequireDyadAndSaid(t *testing.T) {
	c := New(testDict(t), DefaultOptions())
	// The reported clause is coded; "said" has no code of its own.
	res := code(t, c, "Rohan said Arnor attacked Gondor.", "(ROOT (S (NP (NNP Rohan)) (VP (VBD said) (SBAR (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor)))))) (. .)))", "20200101")
	if got := triples(res); got != "ARN GON 190" {
		t.Errorf("embedded: %q", got)
	}
	// No known target: no event unless dyads are not required.
	tree := "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (DT the) (NN village))) (. .)))"
	if got := triples(code(t, c, "Arnor attacked the village.", tree, "20200101")); got != "" {
		t.Errorf("require_dyad: %q", got)
	}
	o := DefaultOptions()
	o.RequireDyad = false
	if got := triples(code(t, c.WithOptions(o), "Arnor attacked the village.", tree, "20200101")); got != "ARN --- 190" {
		t.Errorf("no dyad required: %q", got)
	}
	o.NewActorLength = 4
	if got := triples(code(t, c.WithOptions(o), "Arnor attacked the village.", tree, "20200101")); got != `ARN "THE VILLAGE" 190` {
		t.Errorf("new actor: %q", got)
	}
}

func TestNegatedPattern(t *testing.T) {
	c := New(testDict(t), DefaultOptions())
	res := code(t, c, "Arnor will not restore ties with Gondor.", "(ROOT (S (NP (NNP Arnor)) (VP (MD will) (RB not) (VP (VB restore) (NP (NNS ties)) (PP (IN with) (NP (NNP Gondor))))) (. .)))", "20200101")
	if got := triples(res); got != "ARN GON 112" {
		t.Errorf("negated: %q", got)
	}
}

func TestCombineAndTransform(t *testing.T) {
	s := testDict(t)
	extra := `--- ASK [020] ---
ASK
URGE

--- PLEDGE [030] ---
PLEDGE
VOW

--- HELP [070] ---
HELP

--- CLAIM [---] ---
CLAIM

~ a (b . ATTACK) CLAIM = a b 112
`
	if err := s.Verbs.Read(strings.NewReader(extra), "more.verbs"); err != nil {
		t.Fatal(err)
	}
	c := New(s, DefaultOptions())
	// An appeal governing aid is an appeal for aid.
	res := code(t, c, "Arnor asked Gondor to help Rohan.", "(ROOT (S (NP (NNP Arnor)) (VP (VBD asked) (NP (NNP Gondor)) (S (VP (TO to) (VP (VB help) (NP (NNP Rohan)))))) (. .)))", "20200101")
	if got := triples(res); got != "ARN GON 023" {
		t.Errorf("appeal for aid: %q", got)
	}
	// An intent to attack is a threat of force.
	res = code(t, c, "Arnor vowed to attack Gondor.", "(ROOT (S (NP (NNP Arnor)) (VP (VBD vowed) (S (VP (TO to) (VP (VB attack) (NP (NNP Gondor)))))) (. .)))", "20200101")
	if got := triples(res); got != "ARN GON 138" {
		t.Errorf("intent to attack: %q", got)
	}
	// The dictionary's transformation: claiming that another attacked
	// is an accusation.
	res = code(t, c, "Arnor claimed Gondor attacked Rohan.", "(ROOT (S (NP (NNP Arnor)) (VP (VBD claimed) (SBAR (S (NP (NNP Gondor)) (VP (VBD attacked) (NP (NNP Rohan)))))) (. .)))", "20200101")
	if got := triples(res); got != "ARN GON 112" {
		t.Errorf("transformation: %q", got)
	} else if e := res.Events[0]; e.SourceText != "ARNOR" || e.TargetText != "GONDOR" {
		// the evidence is the phrases the rule's variables were bound to
		t.Errorf("transformation evidence: source %q, target %q", e.SourceText, e.TargetText)
	}
}

func TestNegatedCooperation(t *testing.T) {
	c := New(withVerbs(t, "--- HELP [070] ---\nHELP\n\n--- ALLOW [080] ---\nALLOW\n"), DefaultOptions())
	// Not helping is rejecting cooperation; not allowing is refusing to
	// yield; an explicit NOT pattern keeps its own code.
	for _, tc := range []struct{ text, tree, want string }{
		{"Arnor will not help Gondor.", "(ROOT (S (NP (NNP Arnor)) (VP (MD will) (RB not) (VP (VB help) (NP (NNP Gondor)))) (. .)))", "ARN GON 121"},
		{"Arnor did n't allow Gondor.", "(ROOT (S (NP (NNP Arnor)) (VP (VBD did) (RB n't) (VP (VB allow) (NP (NNP Gondor)))) (. .)))", "ARN GON 124"},
		{"Arnor will help Gondor.", "(ROOT (S (NP (NNP Arnor)) (VP (MD will) (VP (VB help) (NP (NNP Gondor)))) (. .)))", "ARN GON 070"},
		{"Arnor will not restore ties with Gondor.", "(ROOT (S (NP (NNP Arnor)) (VP (MD will) (RB not) (VP (VB restore) (NP (NNS ties)) (PP (IN with) (NP (NNP Gondor))))) (. .)))", "ARN GON 112"},
	} {
		if got := triples(code(t, c, tc.text, tc.tree, "20200101")); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestNegatedVerbDoesNotCombine(t *testing.T) {
	s := withVerbs(t, "--- HELP [070] ---\nHELP\n\n--- ALLOW [080] ---\nALLOW\n")
	s.PICO = &dict.PICO{}
	if err := s.PICO.Read(strings.NewReader("070:0x0040#aid\n080:0x0200#yield\n124:0x0200-0xFFFF\n"), "test.pico"); err != nil {
		t.Fatal(err)
	}
	c := New(s, DefaultOptions())
	// Refusing to let Gondor help is the refusal, not the help it forbids.
	res := code(t, c, "Arnor did not allow Gondor to help Rohan.", "(ROOT (S (NP (NNP Arnor)) (VP (VBD did) (RB not) (VP (VB allow) (NP (NNP Gondor)) (S (VP (TO to) (VP (VB help) (NP (NNP Rohan))))))) (. .)))", "20200101")
	if got := triples(res); got != "ARN GON 124" {
		t.Errorf("negated allow: %q, want ARN GON 124", got)
	}
}

func TestPossessiveTakesActorOfItsSentence(t *testing.T) {
	c := New(testDict(t), DefaultOptions())
	day, _ := dict.ParseDay("20200101")
	var s *syntax.Sentence
	// The story was about Rohan, but "its" follows Gondor in this sentence.
	s = penn(t, "Arnor attacked Gondor and its rebels.", "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NP (NNP Gondor)) (CC and) (NP (PRP$ its) (NNS rebels)))) (. .)))")
	res, err := c.CodeContext(s, day, &Context{Referent: &Referent{Code: "ROH", Text: "Rohan", SentenceID: "s1"}})
	if err != nil {
		t.Fatal(err)
	}
	if got := triples(res); got != "ARN GON 190; ARN GONREB 190" {
		t.Errorf("got %q, want ARN GON 190; ARN GONREB 190", got)
	}
	// With no actor before it, the story's referent owns the phrase.
	s = penn(t, "Its rebels attacked Arnor.", "(ROOT (S (NP (PRP$ Its) (NNS rebels)) (VP (VBD attacked) (NP (NNP Arnor))) (. .)))")
	res, err = c.CodeContext(s, day, &Context{Referent: &Referent{Code: "GON", Text: "Gondor", SentenceID: "s1"}})
	if err != nil {
		t.Fatal(err)
	}
	if got := triples(res); got != "GONREB ARN 190" {
		t.Errorf("got %q, want GONREB ARN 190", got)
	}
}

func penn(t *testing.T, text, tree string) *syntax.Sentence {
	t.Helper()
	s, err := syntax.ParsePenn(tree)
	if err != nil {
		t.Fatal(err)
	}
	s.Text = text
	syntax.Align(text, s.Tokens)
	return s
}

// TestCodingRules checks rules that decide the event of one sentence:
// each row's sentence is coded with the test dictionary plus its verbs,
// and the events must be want (or, when want is empty, must not hold
// absent).
func TestCodingRules(t *testing.T) {
	const (
		deny         = "--- DENY [016] ---\nDENY\n- * + [016]\n"
		arrest       = "--- ARREST [173] ---\nARREST\n- * + [173]\n"
		signOrDamn   = "--- SIGN [057] ---\nSIGN\n- * + [057]\n\n--- CONDEMN [111] ---\nCONDEMN\n- * + [111]\n"
		meetGive     = "--- MEET [040] ---\nMEET\n- * WITH + [040]\n\n--- GIVE [070] ---\nGIVE\n- * + [070]\n"
		seekTo       = "--- PROMISE [030] ---\nPROMISE\n+SEEK_TO {+SEEKS_TO +SOUGHT_TO +SEEKING_TO}\n- * PARTNERSHIP [031]\n"
		proposeMeet  = "--- PROPOSE [030] ---\nPROPOSE\n\n--- MEET [040] ---\nMEET\n- * + [040]\n"
		urgeMeet     = "--- URGE [020] ---\nURGE\n- * + [020]\n\n--- MEET [040] ---\nMEET\n- * + [040]\n"
		assertStrike = "--- EXPLAIN [010] ---\nEXPLAIN\nASSERT\n- * + [010]\n\n--- CONFLICT [190] ---\nFIGHT\nSTRIKE {STRIKES STRUCK STRIKING}\n- * + [190]\n\n~ a (b . STRIKE) ASSERT = a b 112\n"
		desire       = "--- DESIRE [---] ---\nDESIRE\n\n--- CONFLICT [190] ---\nFIGHT\nSTRIKE {STRIKES STRUCK STRIKING}\n- * + [190]\n\n~ a (_ b STRIKE) DESIRE = a b 138\n~ a (b . STRIKE) DESIRE = a b 021\n"
		seekShell    = "--- SEEK [020] ---\nSEEK\n- * + [020]\n\n--- SHELL [190] ---\nSHELL\n- * + [190]\n"
		say          = "--- SAY [010] ---\nSAY {SAYS SAID SAYING}\n"
		launch       = "--- LAUNCH [---] ---\nLAUNCH\n- * OFFENSIVE [190]\n"
		threaten     = "--- THREATEN [130] ---\nTHREATEN\n- * + [130]\n"
	)
	for _, tc := range []struct {
		name, verbs, text, tree, want, absent string
	}{
		// A subject read as a clause around the participle that modifies
		// it is still the subject; the phrase inside the participle's
		// clause is not.
		{"subject clause of a participle", "--- FREE [0841] ---\nFREE\n- * + [0841]\n", "The rebels held for attacking Gondor were freed by Arnor.",
			"(ROOT (S (S (NP (DT The) (NNS rebels)) (VP (VBN held) (SBAR (IN for) (S (VP (VBG attacking) (NP (NNP Gondor))))))) (VP (VBD were) (VP (VBN freed) (PP (IN by) (NP (NNP Arnor))))) (. .)))", "---REB GON 190; ARN ---REB 0841", "ARN GON"},
		// A pattern's target inside a compound is the compound.
		{"pattern target in a compound", "--- ATTACK [190] ---\nATTACK\n- * + [190]\n", "Arnor attacked Gondor and Rohan.",
			"(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NP (NNP Gondor)) (CC and) (NP (NNP Rohan)))) (. .)))", "ARN GON 190; ARN ROH 190", ""},
		// A reported clause's verb takes no target from the reporter
		// before it.
		{"no target from the reporter", "--- DIE [190] ---\nDIE\n", "Arnor says Gondor died.",
			"(ROOT (S (NP (NNP Arnor)) (VP (VBZ says) (S (NP (NNP Gondor)) (VP (VBD died)))) (. .)))", "", "GON ARN"},
		// Past the verb's object, an adverbial clause names no target
		// of the verb; a purpose clause does.
		{"no target from an adverbial clause", "--- JAIL [173] ---\nJAIL\n", "Arnor jailed a man for helping rebels in Gondor.",
			"(ROOT (S (NP (NNP Arnor)) (VP (VBD jailed) (NP (DT a) (NN man)) (SBAR (IN for) (S (VP (VBG helping) (NP (NP (NNS rebels)) (PP (IN in) (NP (NNP Gondor)))))))) (. .)))", "", "ARN GON"},
		{"target from a purpose clause", "--- SIGN [057] ---\nSIGN\n", "Arnor signed an accord to help Gondor.",
			"(ROOT (S (NP (NNP Arnor)) (VP (VBD signed) (NP (DT an) (NN accord)) (S (VP (TO to) (VP (VB help) (NP (NNP Gondor)))))) (. .)))", "ARN GON 057", ""},
		// A subject with no actor of its own is the actor its
		// participle names.
		{"source through its participle", signOrDamn, "A report released in Gondor condemned Arnor.",
			"(ROOT (S (NP (NP (DT A) (NN report)) (VP (VBN released) (PP (IN in) (NP (NNP Gondor))))) (VP (VBD condemned) (NP (NNP Arnor))) (. .)))", "GON ARN 111", ""},
		// A hyphen left on the word after it ("-run", as UDPipe
		// tokenizes) joins the two words: no agent of its own.
		{"hyphen on the next word", "", "Arnor attacked police-run Gondor.",
			"(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (JJ police) (JJ -run) (NNP Gondor))) (. .)))", "ARN GON 190", "GONCOP"},
		// Of equally specific patterns, the one matching nearest the
		// verb (its object) wins over one matching a later phrase.
		{"object first", "--- LAUNCH [---] ---\nLAUNCH\n- * CAMPAIGN [020]\n- * ATTACKS [190]\n", "Arnor launched attacks on Gondor during a campaign.",
			"(ROOT (S (NP (NNP Arnor)) (VP (VBD launched) (NP (NP (NNS attacks)) (PP (IN on) (NP (NNP Gondor)))) (PP (IN during) (NP (DT a) (NN campaign)))) (. .)))", "ARN GON 190", "020"},
		// A {...} group's words stand in one noun phrase, with other words
		// of it between them, but not across phrases.
		{"brace group within a phrase", "--- ABANDON [345] ---\nABANDON\n- * {NEW ECONOMIC RELATIONS} [903]\n", "Arnor abandoned new global economic relations with Gondor.",
			"(ROOT (S (NP (NNP Arnor)) (VP (VBD abandoned) (NP (NP (JJ new) (JJ global) (JJ economic) (NNS relations)) (PP (IN with) (NP (NNP Gondor))))) (. .)))", "ARN GON 903", "345"},
		{"brace group not across phrases", "--- ABANDON [345] ---\nABANDON\n- * {NEW RELATIONS} [903]\n", "Arnor abandoned new plans for relations with Gondor.",
			"(ROOT (S (NP (NNP Arnor)) (VP (VBD abandoned) (NP (NP (JJ new) (NNS plans)) (PP (IN for) (NP (NP (NNS relations)) (PP (IN with) (NP (NNP Gondor))))))) (. .)))", "", "903"},
		// A synset's phrase counts from its first word: "austrian gold
		// florin" starts before "florin" and wins.
		{"synset phrase starts first", "&CURR\n+FLORIN\n\n&HYPER\n+AUSTRIAN GOLD FLORIN\n\n--- CONTRIBUTE [070] ---\nCONTRIBUTE\n- * &CURR [070]\n- * &HYPER [904]\n", "Arnor contributed austrian gold florin to Gondor.",
			"(ROOT (S (NP (NNP Arnor)) (VP (VBD contributed) (NP (JJ austrian) (NN gold) (NN florin)) (PP (TO to) (NP (NNP Gondor)))) (. .)))", "ARN GON 904", "070"},
		// A passive's subject is what its patterns' objects name.
		{"passive subject matches the pattern's object", "--- RELEASE [084] ---\nRELEASE\n- * PRISONERS [0841]\n", "The Gondor prisoners were released by Arnor.",
			"(ROOT (S (NP (DT The) (NNP Gondor) (NNS prisoners)) (VP (VBD were) (VP (VBN released) (PP (IN by) (NP (NNP Arnor))))) (. .)))", "ARN GON 0841", "ARN GON 084;"},
		// A passive's "by" phrase gives way only to a pattern's target
		// that names no actor: rebels (an agent alone) stay.
		{"passive, pattern target an agent", "--- STRIKE [190] ---\nSTRIKE {STRIKES STRUCK STRIKING}\n- * FIRED BY + [190]\n", "Gondor was struck by a missile fired by rebels.",
			"(ROOT (S (NP (NNP Gondor)) (VP (VBD was) (VP (VBN struck) (PP (IN by) (NP (NP (DT a) (NN missile)) (VP (VBN fired) (PP (IN by) (NP (NNS rebels)))))))) (. .)))", "---REB GON 190", ""},
		// A pattern with the null code keeps the verb from being coded,
		// though the verb has a code of its own.
		{"null pattern", "--- ATTACK [190] ---\nATTACK\n- * CREDIBILITY [---]\n- * + [190]\n", "Arnor attacked the credibility of Gondor.",
			"(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NP (DT the) (NN credibility)) (PP (IN of) (NP (NNP Gondor))))) (. .)))", "", "190"},
		// A paired code with one side unknown makes no event between
		// the members of the other.
		{"paired code, one side unknown", "--- ENJOY [---] ---\nENJOY\n- * SUPPORT [:050]\n", "The plan enjoyed support from Arnor and Gondor.",
			"(ROOT (S (NP (DT The) (NN plan)) (VP (VBD enjoyed) (NP (NP (NN support)) (PP (IN from) (NP (NNP Arnor) (CC and) (NNP Gondor))))) (. .)))", "", "ARN GON 050"},
		// What is denied did not happen by the speaker's account: the
		// event is the denial, not the attack.
		{"denial keeps its event", deny, "Arnor denied attacking Gondor.",
			"(ROOT (S (NP (NNP Arnor)) (VP (VBD denied) (S (VP (VBG attacking) (NP (NNP Gondor))))) (. .)))", "ARN GON 016", ""},
		// The pattern's target is the phrase after the verb, "dozens"; it
		// counts the rebels, so the target is Gondor's rebels.
		{"quantity target", arrest, "Arnor arrested dozens of Gondor rebels in Rohan.",
			"(ROOT (S (NP (NNP Arnor)) (VP (VBD arrested) (NP (NP (NNS dozens)) (PP (IN of) (NP (NP (NNP Gondor) (NNS rebels)) (PP (IN in) (NP (NNP Rohan))))))) (. .)))", "ARN GONREB 173", ""},
		// A phrase that is more than a quantity stays the target,
		// unless it names people by their group.
		{"not a quantity", arrest, "Arnor arrested the drivers of Gondor rebels in Rohan.",
			"(ROOT (S (NP (NNP Arnor)) (VP (VBD arrested) (NP (NP (DT the) (NNS drivers)) (PP (IN of) (NP (NP (NNP Gondor) (NNS rebels)) (PP (IN in) (NP (NNP Rohan))))))) (. .)))", "", "GONREB"},
		{"group of an actor", arrest, "Arnor arrested the leaders of Gondor rebels in Rohan.",
			"(ROOT (S (NP (NNP Arnor)) (VP (VBD arrested) (NP (NP (DT the) (NNS leaders)) (PP (IN of) (NP (NP (NNP Gondor) (NNS rebels)) (PP (IN in) (NP (NNP Rohan))))))) (. .)))", "ARN GONREB 173", ""},
		// Signing an agreement with no other party named: each signs
		// with the other.
		{"reciprocal compound", signOrDamn, "Arnor and Gondor signed an agreement.",
			"(ROOT (S (NP (NP (NNP Arnor)) (CC and) (NP (NNP Gondor))) (VP (VBD signed) (NP (DT an) (NN agreement))) (. .)))", "ARN GON 057; GON ARN 057", ""},
		// A member with no known actor ("the rebels") makes no pairs.
		{"unknown member", signOrDamn, "Arnor and the rebels signed an agreement.",
			"(ROOT (S (NP (NP (NNP Arnor)) (CC and) (NP (DT the) (NNS rebels))) (VP (VBD signed) (NP (DT an) (NN agreement))) (. .)))", "", "---REB"},
		// Condemning is not reciprocal: no target, no event.
		{"not reciprocal", signOrDamn, "Arnor and Gondor condemned the decision.",
			"(ROOT (S (NP (NP (NNP Arnor)) (CC and) (NP (NNP Gondor))) (VP (VBD condemned) (NP (DT the) (NN decision))) (. .)))", "", "111"},
		// What someone did is aimed at them: the target with no actor of
		// its own is the agent of the participle modifying it.
		{"target through agent", signOrDamn, "Rohan condemned the move announced by Arnor.",
			"(ROOT (S (NP (NNP Rohan)) (VP (VBD condemned) (NP (NP (DT the) (NN move)) (VP (VBN announced) (PP (IN by) (NP (NNP Arnor)))))) (. .)))", "ROH ARN 111", ""},
		// A pattern word found nearest the verb may be the wrong one:
		// "injury toll" comes first, read backwards, and the search for
		// DEATH_TOLL goes on to "death toll".
		{"pattern search goes on", "--- RISEN [---] ---\nRISEN\n- DEATH_TOLL * [190]\n", "Arnor's death toll and injury toll has risen in the war with Gondor.",
			"(ROOT (S (NP (NP (NNP Arnor) (POS 's)) (NP (NN death) (NN toll)) (CC and) (NP (NN injury) (NN toll))) (VP (VBZ has) (VP (VBN risen) (PP (IN in) (NP (NP (DT the) (NN war)) (PP (IN with) (NP (NNP Gondor))))))) (. .)))", "ARN GON 190", ""},
		// What someone was arrested for is not who arrested them.
		{"passive, reason not actor", arrest, "Rohan villagers were arrested for Gondor attacks.",
			"(ROOT (S (NP (NNP Rohan) (NNS villagers)) (VP (VBD were) (VP (VBN arrested) (PP (IN for) (NP (NNP Gondor) (NNS attacks))))) (. .)))", "", "GON"},
		// The source of a verb in a second verb phrase is the subject the
		// two share, not an actor inside the first one's object.
		{"second verb phrase", seekShell, "The group praised the Arnor strike and shelled Gondor.",
			"(ROOT (S (NP (DT The) (NN group)) (VP (VP (VBD praised) (NP (DT the) (NNP Arnor) (NN strike))) (CC and) (VP (VBD shelled) (NP (NNP Gondor)))) (. .)))", "", "ARN GON"},
		{"second verb phrase, coded subject", seekShell, "Rohan praised the Arnor strike and shelled Gondor.",
			"(ROOT (S (NP (NNP Rohan)) (VP (VP (VBD praised) (NP (DT the) (NNP Arnor) (NN strike))) (CC and) (VP (VBD shelled) (NP (NNP Gondor)))) (. .)))", "ROH GON 190", ""},
		// An agentless passive: the subject is what is acted on, and the
		// actor named in the verb phrase ("in Arnor shelling") acts.
		{"agentless passive", seekShell, "Gondor villagers were shelled in Arnor raids.",
			"(ROOT (S (NP (NNP Gondor) (NNS villagers)) (VP (VBD were) (VP (VBN shelled) (PP (IN in) (NP (NNP Arnor) (NNS raids))))) (. .)))", "ARN GON 190", ""},
		// With no actor after it, the passive makes no event: the
		// subject does not shell anyone.
		{"agentless passive, no actor", seekShell, "Gondor was shelled overnight.",
			"(ROOT (S (NP (NNP Gondor)) (VP (VBD was) (VP (VBN shelled) (ADVP (RB overnight)))) (. .)))", "", "190"},
		// A participle modifying the subject of a clause with a verb of
		// its own is passive too.
		{"subject reduced relative", seekShell, "Gondor soldiers shelled in Arnor raids were buried today.",
			"(ROOT (S (NP (NP (NNP Gondor) (NNS soldiers)) (VP (VBN shelled) (PP (IN in) (NP (NNP Arnor) (NNS raids))))) (VP (VBD were) (VP (VBN buried) (NP (NN today)))) (. .)))", "ARN GON 190", ""},
		// A phrase of direction after an agentless passive is whom it
		// was done for, not who did it.
		{"passive with a recipient", seekShell, "Gondor captives were shelled to Arnor riders.",
			"(ROOT (S (NP (NNP Gondor) (NNS captives)) (VP (VBD were) (VP (VBN shelled) (PP (TO to) (NP (NNP Arnor) (NNS riders))))) (. .)))", "", "190"},
		// Where a statement was made is not whom it concerns.
		{"statement place", say, "Rohan said at a rally in Gondor.",
			"(ROOT (S (NP (NNP Rohan)) (VP (VBD said) (PP (IN at) (NP (NP (DT a) (NN rally)) (PP (IN in) (NP (NNP Gondor)))))) (. .)))", "", "010"},
		{"statement to", say, "Rohan said to Gondor.",
			"(ROOT (S (NP (NNP Rohan)) (VP (VBD said) (PP (TO to) (NP (NNP Gondor)))) (. .)))", "ROH GON 010", ""},
		{"passive with the subject's own", seekShell, "Gondor was shelled in its Arnor camp.",
			"(ROOT (S (NP (NNP Gondor)) (VP (VBD was) (VP (VBN shelled) (PP (IN in) (NP (PRP$ its) (NNP Arnor) (NN camp))))) (. .)))", "", "190"},
		// A compound of phrases with no actor ("a bombing and shelling
		// offensive") is not the target when a coded phrase follows.
		{"bare compound", launch, "Gondor launched a bombing and shelling offensive against Arnor.",
			"(ROOT (S (NP (NNP Gondor)) (VP (VBD launched) (NP (NP (DT a) (NN bombing)) (CC and) (NP (NN shelling) (NN offensive))) (PP (IN against) (NP (NNP Arnor)))) (. .)))", "GON ARN 190", ""},
		// A statement about the speaker's own country is no event.
		{"statement about one's own country", say, "Gondor police said to Gondor.",
			"(ROOT (S (NP (NNP Gondor) (NN police)) (VP (VBD said) (PP (TO to) (NP (NNP Gondor)))) (. .)))", "", "010"},
		// "are" and "be" make passives too; the subject's own country
		// after one is where it happened.
		{"passive with are", seekShell, "Gondor police are shelled in Arnor raids.",
			"(ROOT (S (NP (NNP Gondor) (NN police)) (VP (VBP are) (VP (VBN shelled) (PP (IN in) (NP (NNP Arnor) (NNS raids))))) (. .)))", "ARN GONCOP 190", ""},
		{"passive in one's own country", seekShell, "Gondor police could be shelled in Gondor.",
			"(ROOT (S (NP (NNP Gondor) (NN police)) (VP (MD could) (VP (VB be) (VP (VBN shelled) (PP (IN in) (NP (NNP Gondor)))))) (. .)))", "", "190"},
		// A role "of" an actor named in a longer phrase is that actor's.
		{"role of an actor", arrest, "Arnor arrested the police of the city of Gondor.",
			"(ROOT (S (NP (NNP Arnor)) (VP (VBD arrested) (NP (NP (DT the) (NN police)) (PP (IN of) (NP (NP (DT the) (NN city)) (PP (IN of) (NP (NNP Gondor))))))) (. .)))", "ARN GONCOP 173", ""},
		{"threat of one's own country", threaten, "Gondor police threatened Gondor.",
			"(ROOT (S (NP (NNP Gondor) (NN police)) (VP (VBD threatened) (NP (NNP Gondor))) (. .)))", "", "130"},
		// A place that is more than a place ("on an Arnor ferry") is
		// where it happened, not who did it.
		{"passive on a vehicle", seekShell, "Gondor riders were shelled on an Arnor ferry.",
			"(ROOT (S (NP (NNP Gondor) (NNS riders)) (VP (VBD were) (VP (VBN shelled) (PP (IN on) (NP (DT an) (NNP Arnor) (NN ferry))))) (. .)))", "", "190"},
		{"passive in a place", seekShell, "Gondor riders were shelled in Arnor, the old foe.",
			"(ROOT (S (NP (NNP Gondor) (NNS riders)) (VP (VBD were) (VP (VBN shelled) (PP (IN in) (NP (NP (NNP Arnor)) (, ,) (NP (DT the) (JJ old) (NN foe)))))) (. .)))", "ARN GON 190", ""},
		// "is said to": the infinitive's subject, not a passive.
		{"raising passive", seekShell, "Arnor is said to shell Gondor.",
			"(ROOT (S (NP (NNP Arnor)) (VP (VBZ is) (VP (VBN said) (S (VP (TO to) (VP (VB shell) (NP (NNP Gondor))))))) (. .)))", "ARN GON 190", ""},
		// A participle modifying an object noun is passive: the men
		// are sought, and by no one named, so it makes no event.
		{"reduced relative", seekShell, "Rohan visited the Gondor men sought in the killing.",
			"(ROOT (S (NP (NNP Rohan)) (VP (VBD visited) (NP (NP (DT the) (NNP Gondor) (NNS men)) (VP (VBN sought) (PP (IN in) (NP (DT the) (NN killing)))))) (. .)))", "", "020"},
		// With a "by" phrase the actor is known: Arnor shelled Gondor.
		{"reduced relative with by", seekShell, "Rohan visited the Gondor town shelled by Arnor.",
			"(ROOT (S (NP (NNP Rohan)) (VP (VBD visited) (NP (NP (DT the) (NNP Gondor) (NN town)) (VP (VBN shelled) (PP (IN by) (NP (NNP Arnor)))))) (. .)))", "ARN GON 190", ""},
		// The second of two coordinated verbs shares the clause's
		// subject; the first verb's object is not its source.
		{"coordinated verbs share the subject", meetGive, "Arnor agreed to give aid to Rohan and meet with Gondor.",
			"(ROOT (S (NP (NNP Arnor)) (VP (VBD agreed) (S (VP (TO to) (VP (VP (VB give) (NP (NN aid)) (PP (TO to) (NP (NNP Rohan)))) (CC and) (VP (VB meet) (PP (IN with) (NP (NNP Gondor)))))))) (. .)))", "", "ROH GON"},
		// An intent to cooperate with no other party named: each
		// intends it with the other.
		{"reciprocal intent", seekTo, "Arnor and Gondor are seeking to deepen their partnership.",
			"(ROOT (S (NP (NP (NNP Arnor)) (CC and) (NP (NNP Gondor))) (VP (VBP are) (VP (VBG seeking) (S (VP (TO to) (VP (VB deepen) (NP (PRP$ their) (NN partnership))))))) (. .)))", "ARN GON 031; GON ARN 031", ""},
		// An impersonal verb ("it was proposed") lends no actor to what
		// it governs, which stands as an event of its own.
		{"impersonal outer verb", proposeMeet, "It was proposed that Arnor meet Gondor.",
			"(ROOT (S (NP (PRP It)) (VP (VBD was) (VP (VBN proposed) (SBAR (IN that) (S (NP (NNP Arnor)) (VP (VB meet) (NP (NNP Gondor))))))) (. .)))", "ARN GON 040", ""},
		// A noun in a preposed phrase is not the subject.
		{"preposed phrase", seekShell, "On Rohan's orders Arnor shelled Gondor.",
			"(ROOT (S (PP (IN On) (NP (NP (NNP Rohan) (POS 's)) (NNS orders))) (NP (NNP Arnor)) (VP (VBD shelled) (NP (NNP Gondor))) (. .)))", "ARN GON 190", ""},
		// PETRARCH's terminal comma rule drops a short clause after the
		// last comma (", a senior official said"); not when that clause
		// holds the sentence's only verb.
		{"short main clause after a comma", seekShell, "On Monday, Arnor shelled Gondor.",
			"(ROOT (S (PP (IN On) (NP (NNP Monday))) (, ,) (NP (NNP Arnor)) (VP (VBD shelled) (NP (NNP Gondor))) (. .)))", "ARN GON 190", ""},
		// An aside between subject and verb goes with both its commas.
		{"aside between subject and verb", seekShell, "Rohan, which denies the charge, shelled Gondor.",
			"(ROOT (S (NP (NP (NNP Rohan)) (, ,) (SBAR (WHNP (WDT which)) (S (VP (VBZ denies) (NP (DT the) (NN charge))))) (, ,)) (VP (VBD shelled) (NP (NNP Gondor))) (. .)))", "ROH GON 190", ""},
		// A verb in an adverbial clause is not what the outer verb
		// governs: "urged ... after meeting" is not an appeal to meet;
		// the one who urged is the one who met.
		{"adverbial clause", urgeMeet, "Rohan urged Arnor after meeting Gondor.",
			"(ROOT (S (NP (NNP Rohan)) (VP (VBD urged) (NP (NNP Arnor)) (SBAR (IN after) (S (VP (VBG meeting) (NP (NNP Gondor)))))) (. .)))", "ROH ARN 020; ROH GON 040", ""},
		// "for meeting": the actor of the subjectless clause is not
		// known (in "jailed him for meeting X" it is the object), so it
		// makes no event.
		{"adverbial clause, for", urgeMeet, "Rohan urged Arnor for meeting Gondor.",
			"(ROOT (S (NP (NNP Rohan)) (VP (VBD urged) (NP (NNP Arnor)) (SBAR (IN for) (S (VP (VBG meeting) (NP (NNP Gondor)))))) (. .)))", "ROH ARN 020", ""},
		// A transformation names verbs, not blocks: ASSERT and STRIKE
		// match "asserted" and "struck" in blocks named otherwise.
		{"transformation by verb", assertStrike, "Rohan asserted Arnor struck Gondor.",
			"(ROOT (S (NP (NNP Rohan)) (VP (VBD asserted) (SBAR (S (NP (NNP Arnor)) (VP (VBD struck) (NP (NNP Gondor)))))) (. .)))", "ROH ARN 112", ""},
		// A statement whose object names no actor keeps its source for
		// the transformation of what it reports.
		{"transformation, statement with no target", "--- EXPLAIN [010] ---\nEXPLAIN\nTELL {TELLS TOLD TELLING}\n- * + [010]\n\n--- CONFLICT [190] ---\nSTRIKE {STRIKES STRUCK STRIKING}\n- * + [190]\n\n~ a (b . STRIKE) TELL = a b 112\n",
			"Rohan told us that Arnor struck Gondor.",
			"(ROOT (S (NP (NNP Rohan)) (VP (VBD told) (NP (PRP us)) (SBAR (IN that) (S (NP (NNP Arnor)) (VP (VBD struck) (NP (NNP Gondor)))))) (. .)))", "ROH ARN 112", ""},
		// An infinitive without a subject of its own borrows none for a
		// transformation: wanting to strike is a threat (138) ...
		{"transformation, own act", desire, "Arnor desires to strike Gondor.",
			"(ROOT (S (NP (NNP Arnor)) (VP (VBZ desires) (S (VP (TO to) (VP (VB strike) (NP (NNP Gondor)))))) (. .)))", "ARN GON 138", ""},
		// ... wanting another to strike is an appeal to it (021).
		{"transformation, another's act", desire, "Arnor desires Rohan to strike Gondor.",
			"(ROOT (S (NP (NNP Arnor)) (VP (VBZ desires) (S (NP (NNP Rohan)) (VP (TO to) (VP (VB strike) (NP (NNP Gondor)))))) (. .)))", "ARN ROH 021", ""},
	} {
		got := triples(code(t, New(withVerbs(t, tc.verbs), DefaultOptions()), tc.text, tc.tree, "20200101"))
		if tc.want != "" && got != tc.want || tc.absent != "" && strings.Contains(got, tc.absent) {
			t.Errorf("%s: %q (want %q, without %q)", tc.name, got, tc.want, tc.absent)
		}
	}
}

// withVerbs is the test dictionary with more verb blocks read after it.
func withVerbs(t *testing.T, verbs string) *dict.Set {
	t.Helper()
	s := testDict(t)
	if err := s.Verbs.Read(strings.NewReader(verbs), "more.verbs"); err != nil {
		t.Fatal(err)
	}
	return s
}

// A pattern's joined words must stand side by side in the sentence: "death
// and injury toll" read from a dependency tree gives "death toll" and
// "injury toll", but DEATH_TOLL does not match it.
func TestJoinedPatternWordsAdjacentInText(t *testing.T) {
	c := New(withVerbs(t, "--- RISEN [---] ---\nRISEN\n- DEATH_TOLL * [190]\n"), DefaultOptions())
	d, _ := dict.ParseDay("20200101")
	rows := []string{
		"Arnor PROPN NNP 6 nmod:poss", "'s PART POS 1 case", "death NOUN NN 6 compound", "and CCONJ CC 5 cc",
		"injury NOUN NN 3 conj", "toll NOUN NN 8 nsubj", "has AUX VBZ 8 aux", "risen VERB VBN 0 root",
		"in ADP IN 11 case", "the DET DT 11 det", "war NOUN NN 8 obl", "with ADP IN 13 case", "Gondor PROPN NNP 11 nmod",
	}
	build := func(rows []string) *syntax.Sentence {
		var toks []syntax.DepToken
		var words []string
		for _, r := range rows {
			f := strings.Fields(r)
			h, err := strconv.Atoi(f[3])
			if err != nil {
				t.Fatal(err)
			}
			toks = append(toks, syntax.DepToken{Form: f[0], Lemma: strings.ToLower(f[0]), UPOS: f[1], XPOS: f[2], Head: h, Deprel: f[4], Start: -1, End: -1})
			words = append(words, f[0])
		}
		s, err := syntax.FromDependencies(strings.Join(words, " "), toks)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	// "Arnor's death and injury toll has risen ...": "death" and "toll"
	// are not side by side
	res, err := c.Code(build(rows), d)
	if err != nil {
		t.Fatal(err)
	}
	if got := triples(res); got != "" {
		t.Errorf("joined words apart in the text matched: %q", got)
	}
	// "Arnor's injury and death toll has risen ...": they are
	rows[2], rows[4] = "injury NOUN NN 6 compound", "death NOUN NN 3 conj"
	res, err = c.Code(build(rows), d)
	if err != nil {
		t.Fatal(err)
	}
	if got := triples(res); got != "ARN GON 190" {
		t.Errorf("joined words side by side: %q, want ARN GON 190", got)
	}
}

// TestWholeWord checks which tokens stand between spaces in the text, as
// PETRARCH-2's discard matching sees words.
func TestWholeWord(t *testing.T) {
	s := &syntax.Sentence{Text: "It ended years ago, he said World-Cup."}
	for _, w := range []string{"It", "ended", "years", "ago", ",", "he", "said", "World", "-", "Cup", "."} {
		from := 0
		if n := len(s.Tokens); n > 0 {
			from = s.Tokens[n-1].End
		}
		i := strings.Index(s.Text[from:], w) + from
		s.Tokens = append(s.Tokens, syntax.Token{Text: w, Start: i, End: i + len(w)})
	}
	s.Tokens = append(s.Tokens, syntax.Token{Text: "lost", Start: -1, End: -1})
	var got []string
	for i := range s.Tokens {
		if wholeWord(s, i) {
			got = append(got, s.Tokens[i].Text)
		}
	}
	if strings.Join(got, " ") != "It ended years he said World Cup lost" {
		t.Errorf("whole words %q", got)
	}
}

func TestPICOCombinesOnlyDyads(t *testing.T) {
	s := withVerbs(t, "--- URGE [020] ---\nURGE\n\n--- WIN [010] ---\nWIN\n")
	s.PICO = &dict.PICO{}
	// of two high-level meanings, the governed one stands
	if err := s.PICO.Read(strings.NewReader("020:0x2000#appeal\n010:0x1000#statement\n"), "test.pico"); err != nil {
		t.Fatal(err)
	}
	c := New(s, DefaultOptions())
	// Winning over Rohan is an event between two actors and recodes
	// the appeal; winning a role, with no one on the other side, is no
	// event of its own and leaves the appeal as it is.
	for _, tc := range []struct{ text, tree, want string }{
		{"Arnor urged Gondor to win over Rohan.", "(ROOT (S (NP (NNP Arnor)) (VP (VBD urged) (NP (NNP Gondor)) (S (VP (TO to) (VP (VB win) (PRT (RP over)) (NP (NNP Rohan)))))) (. .)))", "ARN GON 010"},
		{"Arnor urged Gondor to win a greater role.", "(ROOT (S (NP (NNP Arnor)) (VP (VBD urged) (NP (NNP Gondor)) (S (VP (TO to) (VP (VB win) (NP (DT a) (JJR greater) (NN role)))))) (. .)))", "ARN GON 020"},
	} {
		if got := triples(code(t, c, tc.text, tc.tree, "20200101")); got != tc.want {
			t.Errorf("%s: %q, want %s", tc.text, got, tc.want)
		}
	}
}

// A word two people named in full share stands for neither.
func TestContextAdvance(t *testing.T) {
	a, b := &dict.Actor{Name: "WANG_YI"}, &dict.Actor{Name: "WANG_WENBIN"}
	var cx Context
	cx.Advance(Result{Names: []NameMention{{Words: []string{"WANG", "YI"}, Actor: a}}})
	if m := cx.Names["WANG"]; m == nil || m.Actor != a {
		t.Fatalf("WANG: %+v", m)
	}
	cx.Advance(Result{Names: []NameMention{{Words: []string{"WANG", "YI"}, Actor: a}, {Words: []string{"WANG", "WENBIN"}, Actor: b}}})
	if m, ok := cx.Names["WANG"]; !ok || m != nil {
		t.Errorf("shared WANG: %+v", m)
	}
	if m := cx.Names["YI"]; m == nil || m.Actor != a {
		t.Errorf("YI: %+v", m)
	}
	if m := cx.Names["WENBIN"]; m == nil || m.Actor != b {
		t.Errorf("WENBIN: %+v", m)
	}
}
