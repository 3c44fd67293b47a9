package pipeline

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/herald-events/herald/internal/coder"
	"github.com/herald-events/herald/internal/dict"
	"github.com/herald-events/herald/internal/petrxml"
	"github.com/herald-events/herald/internal/sharedtest"
	"github.com/herald-events/herald/internal/story"
	"github.com/herald-events/herald/internal/syntax"
)

// dep builds a dependency sentence from "form/UPOS/XPOS/head/deprel"
// words, with offsets into the words joined by blanks.
func dep(t *testing.T, words ...string) *syntax.Sentence {
	t.Helper()
	var toks []syntax.DepToken
	var forms []string
	off := 0
	for _, w := range words {
		f := strings.Split(w, "/")
		if len(f) != 5 {
			t.Fatalf("bad word %q", w)
		}
		head := 0
		for _, c := range f[3] {
			head = head*10 + int(c-'0')
		}
		toks = append(toks, syntax.DepToken{Form: f[0], Lemma: strings.ToLower(f[0]), UPOS: f[1], XPOS: f[2], Head: head, Deprel: f[4], Start: off, End: off + len(f[0])})
		forms = append(forms, f[0])
		off += len(f[0]) + 1
	}
	s, err := syntax.FromDependencies(strings.Join(forms, " "), toks)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func storyDict(t *testing.T) *dict.Set {
	t.Helper()
	s := dict.NewSet()
	if err := s.Verbs.Read(strings.NewReader("--- ATTACK [190] ---\nATTACK\n\n--- SAY [010] ---\nSAY {SAID SAYS SAYING}\n\n--- ACCUSE [112] ---\nACCUSE\n"), "v"); err != nil {
		t.Fatal(err)
	}
	if err := s.Actors.Read(strings.NewReader("ARNOR [ARN]\nGONDOR [GON]\nROHAN [ROH]\n"), "a"); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestQuoteSpans(t *testing.T) {
	q := quoteSpans(`He said: "We will attack" and left.`, false)
	if len(q.spans) != 1 || !q.contains(strings.Index(`He said: "We will attack" and left.`, "attack")) || q.contains(0) || q.openAtEnd {
		t.Errorf("spans %+v", q)
	}
	q = quoteSpans(`“The revenge has begun.`, false)
	if !q.openAtEnd || !q.contains(5) {
		t.Errorf("open quote %+v", q)
	}
	if q = quoteSpans(`Still quoted here.” Then not.`, true); !q.contains(0) || q.contains(25) {
		t.Errorf("continued quote %+v", q)
	}
}

func TestReportedSpeechAndPronouns(t *testing.T) {
	sc := &StoryCoder{Coder: coder.New(storyDict(t), coder.DefaultOptions())}
	day, _ := dict.ParseDay("20210105")
	// "Rohan said Arnor attacked Gondor ."
	s := dep(t, "Rohan/PROPN/NNP/2/nsubj", "said/VERB/VBD/0/root", "Arnor/PROPN/NNP/4/nsubj", "attacked/VERB/VBD/2/ccomp", "Gondor/PROPN/NNP/4/obj", "./PUNCT/./2/punct")
	res, err := sc.Coder.Code(s, day)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Events) != 1 || res.Events[0].Source != "ARN" || res.Events[0].Code != "190" {
		t.Fatalf("events %+v", res.Events)
	}
	q := sc.reportedBy(s, res.Events[0], day)
	if q == nil || q.Kind != "reported" || q.Speaker != "Rohan" || q.SpeakerCode != "ROH" {
		t.Errorf("reported by %+v", q)
	}
	// "He attacked Gondor ." after a sentence about Arnor's king.
	s2 := dep(t, "He/PRON/PRP/2/nsubj", "attacked/VERB/VBD/0/root", "Gondor/PROPN/NNP/2/obj", "./PUNCT/./2/punct")
	cx := &coder.Context{Referent: &coder.Referent{Code: "ARNGOV", Text: "Arnor's king", SentenceID: "s1"}}
	res, err = sc.Coder.CodeContext(s2, day, cx)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Events) != 1 || res.Events[0].Source != "ARNGOV" || res.Events[0].SourceRef == nil || res.Events[0].SourceRef.SentenceID != "s1" {
		t.Errorf("pronoun: %+v", res.Events)
	}
	// "he" is a person, never a state named alone before it.
	cx = &coder.Context{Referent: &coder.Referent{Code: "ARN", Text: "Arnor", SentenceID: "s1"}}
	if res, _ = sc.Coder.CodeContext(s2, day, cx); len(res.Events) != 0 {
		t.Errorf("pronoun for a state: %+v", res.Events)
	}
	// Without a referent the pronoun stays unknown and no event is made.
	if res, _ = sc.Coder.Code(s2, day); len(res.Events) != 0 {
		t.Errorf("pronoun without referent: %+v", res.Events)
	}
}

// storyCodes codes text as one story of day and returns its events as
// "source target code", with the events themselves.
func storyCodes(sc *StoryCoder, text string, day time.Time) ([]string, []EventRecord) {
	evs := sc.CodeStory(&story.Story{ID: "st", Text: text, Date: day, DateKnown: true}).Events
	var got []string
	for _, e := range evs {
		got = append(got, e.Source+" "+e.Target+" "+e.Code)
	}
	return got, evs
}

// A pronoun that stands for a compound subject of a statement stands for
// every member of it.
func TestCompoundSpeakersPronoun(t *testing.T) {
	got, evs := storyCodes(storyCoder(t), "France, Britain and Canada said they would recognise a Palestinian state.", time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC))
	for _, e := range evs {
		if e.Evidence.SourceResolved == nil || e.Evidence.SourceResolved.Code != e.Source {
			t.Errorf("%s: resolved %+v", e.Source, e.Evidence.SourceResolved)
		}
	}
	if strings.Join(got, "; ") != "FRA PSE 032; GBR PSE 032; CAN PSE 032" {
		t.Errorf("events %q", got)
	}
}

// "The attack" or "the strikes" of a sentence, naming no one, stand for
// the act of force the sentence before reported, when the noun fits it:
// its attacker is the target of a condemnation.
func TestAttackReferent(t *testing.T) {
	sc := storyCoder(t)
	day := time.Date(2025, 11, 1, 0, 0, 0, 0, time.UTC)
	got, _ := storyCodes(sc, "Israel struck Hezbollah positions in southern Lebanon on Sunday.\n\nLebanon's president condemned the attack.", day)
	if !slices.Contains(got, "LBNGOV ISR 111") {
		t.Errorf("attack: %q", got)
	}
	// rockets fired are no strike; two sentences back is too far
	got, _ = storyCodes(sc, "Hezbollah fired rockets at northern Israel.\n\nLebanon's president condemned the strike.", day)
	if slices.ContainsFunc(got, func(e string) bool { return strings.HasSuffix(e, " 111") }) {
		t.Errorf("rockets as a strike: %q", got)
	}
	got, _ = storyCodes(sc, "Israel struck Hezbollah positions in southern Lebanon.\n\nThe army said the operation was over.\n\nLebanon's president condemned the attack.", day)
	if slices.ContainsFunc(got, func(e string) bool { return strings.HasSuffix(e, " 111") }) {
		t.Errorf("two sentences back: %q", got)
	}
	// "the move" is any act but talks; the sanctions' imposer
	got, _ = storyCodes(sc, "The United States imposed sanctions on Rosneft and Lukoil, two of Russia's largest oil companies.\n\nThe Kremlin condemned the move.", day)
	if !slices.Contains(got, "RUSGOV USA 111") {
		t.Errorf("move: %q", got)
	}
	// an accusation rejected is its accuser's
	got, _ = storyCodes(sc, "Armenia accused Azerbaijan of opening fire on its positions along the border.\n\nAzerbaijan rejected the accusation as baseless.", day)
	if !slices.Contains(got, "AZE ARM 120") {
		t.Errorf("accusation: %q", got)
	}
	got, _ = storyCodes(sc, "Trump met Putin in Alaska.\n\nZelensky criticised the move.", day)
	if slices.ContainsFunc(got, func(e string) bool { return strings.HasSuffix(e, " 111") }) {
		t.Errorf("a meeting as a move: %q", got)
	}
}

// What "its" names in an attack is the attacker's own, not whom it hit.
func TestAttackerOwnPossessive(t *testing.T) {
	sc := storyCoder(t)
	for txt, want := range map[string]string{
		"Russia launched one of its largest drone and missile attacks on Ukraine overnight, killing at least 12 people and damaging energy infrastructure across the country, Ukrainian officials said Sunday.": "RUS UKR 1952",
		"Israel said Hezbollah fired on its troops.": "",
	} {
		got, _ := storyCodes(sc, txt, time.Date(2025, 5, 25, 0, 0, 0, 0, time.UTC))
		if strings.Join(got, "; ") != want {
			t.Errorf("%q: %q, want %q", txt, got, want)
		}
	}
}

// A person named in full earlier in the story is meant by the name
// alone ("Wang" after "Wang Yi"); a word two people share means neither.
func TestStoryNames(t *testing.T) {
	sc := storyCoder(t)
	code := func(txt string) []string {
		got, _ := storyCodes(sc, txt, time.Date(2025, 7, 11, 0, 0, 0, 0, time.UTC))
		return got
	}
	got := code("Secretary of State Marco Rubio met his Chinese counterpart Wang Yi on Friday in Kuala Lumpur.\n\nWang urged Washington to stop interfering in Taiwan.")
	if !slices.Contains(got, "CHNGOV USA 020") {
		t.Errorf("surname after the full name: %q", got)
	}
	if got := code("Wang urged Washington to stop interfering in Taiwan."); len(got) != 0 {
		t.Errorf("surname with no full name before: %q", got)
	}
}

// Police, courts and parliament of no state named are the dateline's
// state's, unless the sentence names another state.
func TestDatelineInstitutions(t *testing.T) {
	sc := storyCoder(t)
	got, evs := storyCodes(sc, "NAIROBI, Kenya (Reuters) — Police arrested dozens of protesters in the capital on Tuesday.\n\nA court sentenced the opposition leader to five years in prison.\n\nPolice accused Ethiopian troops of attacking the town.",
		time.Date(2025, 6, 20, 0, 0, 0, 0, time.UTC))
	for _, e := range evs {
		if e.Source == "KENCOP" && e.Evidence.SourceDateline != "NAIROBI, Kenya" {
			t.Errorf("dateline evidence %+v", e.Evidence)
		}
	}
	// (with another state named, whose police they are is unclear)
	for _, want := range []string{"KENCOP KENOPP 173", "KENJUD KENOPP 116", "---COP ETHMIL 1123"} {
		if !slices.Contains(got, want) {
			t.Errorf("no %s among %q", want, got)
		}
	}
	day, _ := dict.ParseDay("20250620")
	for place, want := range map[string]string{"KHARTOUM, Sudan": "SDN", "WASHINGTON": "USA", "Indianapolis": ""} {
		if h := sc.datelineState(place, day); h != want {
			t.Errorf("dateline %q: %q, want %q", place, h, want)
		}
	}
}

// "The group", "the movement" is the armed or political group named last,
// in the sentence or before it in the story.
func TestStoryGroup(t *testing.T) {
	sc := storyCoder(t)
	day := time.Date(2025, 6, 20, 0, 0, 0, 0, time.UTC)
	got, _ := storyCodes(sc, "Hezbollah fired rockets at Israel. Israel agreed to a ceasefire with the group.\n\nThe Houthis fired a missile at Israel, and Israel struck back at the movement.", day)
	for _, want := range []string{"ISR LBNREB 0871", "ISR YEMREB 190"} {
		if !slices.Contains(got, want) {
			t.Errorf("no %s among %q", want, got)
		}
	}
	// with no group named, "the group" names no one
	if got, _ := storyCodes(sc, "Israel agreed to a ceasefire with the group.", day); len(got) != 0 {
		t.Errorf("no group named: %q", got)
	}
	// "the group" is the story's group named up to eight sentences
	// before
	got, _ = storyCodes(sc, "M23 rebels seized Goma on Monday.\n\nThe city's residents fled.\n\nCongo's foreign minister accused Rwanda of a declaration of war.\n\nRwanda denied supporting the group.", day)
	if !slices.Contains(got, "RWA CODREB 016") {
		t.Errorf("the group three sentences on: %q", got)
	}
	// "the rebels" are the group named in the sentence before, not one
	// named three sentences before
	got, _ = storyCodes(sc, "M23 rebels seized Goma on Monday.\n\nThe rebels accused Kinshasa of bombing civilians.\n\nIsrael struck Gaza. The militants fired rockets at Israel.", day)
	if !slices.Contains(got, "CODREB COD 1123") || slices.Contains(got, "CODREB ISR 194") {
		t.Errorf("the rebels: %q", got)
	}
}

func TestSpeakerOf(t *testing.T) {
	sc := &StoryCoder{Coder: coder.New(storyDict(t), coder.DefaultOptions())}
	day, _ := dict.ParseDay("20210105")
	// "Gondor said : ..." style attribution.
	s := dep(t, "Rohan/PROPN/NNP/2/compound", "officials/NOUN/NNS/3/nsubj", "said/VERB/VBD/0/root", "./PUNCT/./3/punct")
	q := sc.speakerOf(s, day)
	if q == nil || q.Speaker != "Rohan officials" || q.SpeakerCode != "ROH" {
		t.Errorf("speaker %+v", q)
	}
}

func TestReportedPronouns(t *testing.T) {
	cd := coder.New(storyDict(t), coder.DefaultOptions())
	day, _ := dict.ParseDay("20210105")
	// "Rohan said he attacked Gondor ." — he is Rohan, within the sentence.
	s := dep(t, "Rohan/PROPN/NNP/2/nsubj", "said/VERB/VBD/0/root", "he/PRON/PRP/4/nsubj", "attacked/VERB/VBD/2/ccomp", "Gondor/PROPN/NNP/4/obj", "./PUNCT/./2/punct")
	refs := ReportedPronouns(cd, s, day, "s1")
	if len(refs) != 1 || refs[2] == nil || refs[2].Code != "ROH" || refs[2].Text != "Rohan" {
		t.Fatalf("refs %+v", refs)
	}
	res, err := cd.CodeContext(s, day, &coder.Context{Tokens: refs})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range res.Events {
		if e.Source == "ROH" && e.Target == "GON" && e.Code == "190" {
			found = true
		}
	}
	if !found {
		t.Errorf("events %+v", res.Events)
	}
	// A pronoun that is not the subject of a reported clause is left alone.
	s = dep(t, "He/PRON/PRP/2/nsubj", "attacked/VERB/VBD/0/root", "Gondor/PROPN/NNP/2/obj", "./PUNCT/./2/punct")
	if refs := ReportedPronouns(cd, s, day, "s2"); refs != nil {
		t.Errorf("unexpected refs %+v", refs)
	}
	// "Rohan said Gondor attacked it ." — it is Rohan: were it Gondor,
	// it would be "itself".
	s = dep(t, "Rohan/PROPN/NNP/2/nsubj", "said/VERB/VBD/0/root", "Gondor/PROPN/NNP/4/nsubj", "attacked/VERB/VBD/2/ccomp", "it/PRON/PRP/4/obj", "./PUNCT/./2/punct")
	refs = ReportedPronouns(cd, s, day, "s3")
	if len(refs) != 1 || refs[4] == nil || refs[4].Code != "ROH" {
		t.Fatalf("object pronoun: refs %+v", refs)
	}
	// Not when the clause's subject is a pronoun too: "he said they
	// attacked him".
	s = dep(t, "Rohan/PROPN/NNP/2/nsubj", "said/VERB/VBD/0/root", "they/PRON/PRP/4/nsubj", "attacked/VERB/VBD/2/ccomp", "it/PRON/PRP/4/obj", "./PUNCT/./2/punct")
	if refs := ReportedPronouns(cd, s, day, "s4"); refs[4] != nil {
		t.Errorf("object pronoun after a pronoun subject: %+v", refs[4])
	}
}

// A dateline does not take part in the first sentence's analysis: the
// place heading the story is not its subject, and offsets still index
// the text.
func TestDatelineNotSubject(t *testing.T) {
	sc := storyCoder(t)
	txt := "KIGALI, Rwanda (AP) — France accused Germany of spying on Monday."
	ss := sc.Analysis.Text(txt, false)
	if len(ss) != 1 {
		t.Fatalf("%d sentences", len(ss))
	}
	s := ss[0]
	if !strings.HasPrefix(s.Text, "France accused") {
		t.Errorf("sentence text %q", s.Text)
	}
	day, _ := dict.ParseDay("20210105")
	res, err := sc.Coder.Code(s, day)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Events) != 1 || res.Events[0].Source != "FRA" || res.Events[0].Target != "DEU" {
		t.Fatalf("events %+v", res.Events)
	}
	if sp := byteSpan(s, res.Events[0].SourceSpan); sp.Text != "France" || s.Text[sp.Start:sp.End] != "France" {
		t.Errorf("source span %+v in %q", sp, s.Text)
	}
	// The story's records name the dateline's place.
	sr := sc.CodeStory(&story.Story{ID: "k1", Text: txt, Date: sc.Today, DateKnown: true})
	if len(sr.Events) != 1 || sr.Events[0].StoryDateline != "KIGALI, Rwanda" {
		t.Errorf("story events %+v", sr.Events)
	}
}

// A name written with a typographic apostrophe and a possessive reads as
// the dictionary's entry, with no agent read inside the name.
func TestTypographicPossessiveName(t *testing.T) {
	sc := storyCoder(t)
	ss := sc.Analysis.Text("The People’s Liberation Army shelled Taiwan’s coast guard on Monday.", false)
	if len(ss) != 1 {
		t.Fatalf("%d sentences", len(ss))
	}
	day, _ := dict.ParseDay("20240105")
	res, err := sc.Coder.Code(ss[0], day)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Events) != 1 || res.Events[0].Source != "CHNMIL" {
		t.Fatalf("events %+v", res.Events)
	}
}

// A dateline parsed into a CoNLL-U tree is taken out of it, as raw text
// analysis leaves it out: here it held the root.
func TestDatelineOutOfCoNLLU(t *testing.T) {
	rec := &petrxml.Record{ID: "d1", Text: "EDORAS, Rohan (AP) — Gondor attacked Arnor.", Parse: strings.Join([]string{
		"1\tEDORAS\tEdoras\tPROPN\tNNP\t_\t0\troot\t_\tSpaceAfter=No",
		"2\t,\t,\tPUNCT\t,\t_\t3\tpunct\t_\t_",
		"3\tRohan\tRohan\tPROPN\tNNP\t_\t1\tappos\t_\t_",
		"4\t(\t(\tPUNCT\t-LRB-\t_\t5\tpunct\t_\tSpaceAfter=No",
		"5\tAP\tAP\tPROPN\tNNP\t_\t1\tappos\t_\tSpaceAfter=No",
		"6\t)\t)\tPUNCT\t-RRB-\t_\t5\tpunct\t_\t_",
		"7\t—\t—\tPUNCT\t:\t_\t1\tpunct\t_\t_",
		"8\tGondor\tGondor\tPROPN\tNNP\t_\t9\tnsubj\t_\t_",
		"9\tattacked\tattack\tVERB\tVBD\t_\t1\tparataxis\t_\t_",
		"10\tArnor\tArnor\tPROPN\tNNP\t_\t9\tobj\t_\tSpaceAfter=No",
		"11\t.\t.\tPUNCT\t.\t_\t9\tpunct\t_\t_",
	}, "\n")}
	s, err := conllSentence(rec)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Tokens) != 4 || s.Tokens[0].Text != "Gondor" {
		t.Fatalf("tokens %+v", s.Tokens)
	}
	if got := s.Bracketed(s.Root); !strings.HasPrefix(got, "(ROOT (S (NP (NNP Gondor)) (VP (VBD attacked)") {
		t.Errorf("tree %s", got)
	}
	if sp := s.Tokens[0]; rec.Text[sp.Start:sp.End] != "Gondor" {
		t.Errorf("offsets %+v", sp)
	}
}

// Sentences coded with the built-in dictionaries and herald's own
// analysis: each row is a rule of this package's coders and dictionaries
// met in real news.
func TestBuiltinNewsRules(t *testing.T) {
	sc := storyCoder(t)
	day, _ := dict.ParseDay("20240105")
	for _, c := range []newsRule{
		// where a passive act was done is not who did it; an actorless
		// "by" phrase gives way to the agent of the participle that
		// modifies it; an airline is a business
		{"The Malaysia Airlines flight was blown up over eastern Ukraine by a missile believed to be fired by pro-Russia rebels.", "UKRREB MYSBUS 1712", "UKR MYS"},
		// the state an envoy is sent to or answers for is not whose
		// envoy it is when the phrase goes on past it; ending there, it
		// is the host a recall concerns
		{"Special Envoy for Syria Geir Pedersen met the Syrian foreign minister in Damascus.", "---GOV SYRGOV 040", "SYR SYRGOV"},
		{"France recalled its ambassador to Algeria.", "FRA DZA 161", "FRAGOV"},
		// the people of no state named that a state's organs ban are
		// its own (a state alone, or its forces, leave them unnamed)
		{"The Taliban banned women from studying at universities.", "AFGGOV AFGCVL 172", "---CVL"},
		// peacekeepers are no force of the place they serve in
		{"The UN Security Council condemned the attack on peacekeepers in southern Lebanon.", "IGOUNO ---MIL 111", "LBNMIL"},
		// air defences are forces
		{"Russian air defences destroyed 40 Ukrainian drones overnight.", "RUSMIL UKRMIL 1712", "RUS UKRMIL"},
		// a number counts the plural noun after its names
		{"The Pentagon said US forces intercepted three Houthi drones over the Red Sea.", "USAMIL YEMREBMIL 190", ""},
		// a pattern's words found in a phrase of when the act happened
		// are not its object
		{"India suspended the Indus Waters Treaty with Pakistan after the attack in Kashmir.", "IND PAK 160", "087"},
		{"Britain and France pledged to send troops to Ukraine after a ceasefire.", "FRA UKR 0334", "0356"},
		// people with no state of their own are of the place named
		// right after them; a raid's place names no one
		{"Turkish drones killed five fighters in northern Syria.", "TURMIL SYRREB 1952", ""},
		{"Israeli troops killed four civilians in the West Bank.", "ISRMIL PSEWSBCVL 190", "---CVL"},
		// a passive's people are of the place it names, unless that
		// place was taken for the actor
		{"Four children were killed in Gaza by Israeli tank shelling.", "ISR PSEGZACVL 194", "---CVL"},
		{"Two journalists were arrested in Moscow.", "RUS ---MED 173", "RUSMED"},
		// a vow that a hostile act will be done is a threat of it (a
		// passive with no agent is no threat of its own)
		{"Iran vowed that US ships would be attacked.", "IRN USA 138", "030"},
		// states, their forces and armed groups that clash with soldiers
		// fight them; civilians riot; the Taliban's fighters are the
		// forces of the state it governs
		{"Indian troops clashed with Chinese soldiers along the disputed border.", "INDMIL CHNMIL 190", "145"},
		{"Afghanistan clashed with Pakistani soldiers.", "AFG PAKMIL 190", "114"},
		{"Taliban fighters clashed with Pakistani soldiers.", "AFGMIL PAKMIL 190", "AFGGOV"},
		{"Kenyan students clashed with riot police.", "KENEDU KENCOP 145", ""},
		// what armed forces loot they seize; rioters loot in a riot
		{"Russian soldiers plundered Ukrainian museums.", "RUSMIL UKR 1711", "145"},
		{"Rioters looted shops in London.", "GBR 145", ""},
		// an irregular past tense training never saw is a verb; whom
		// something is given to or meant for may be an agent alone;
		// what is withheld from someone concerns them
		{"The Trump administration froze funding for Harvard University.", "USAGOV ---EDU 162", ""},
		{"The US withheld military aid from Ukraine.", "USA UKR 1622", "UKRMIL"},
		// accusing someone of an attack, a bombing, shooting down is
		// accusing them of aggression
		{"Azerbaijan accused Russia of shooting down an Azerbaijan Airlines passenger plane.", "AZE RUS 1123", ""},
		{"Iran accused Israel of an attack on its consulate.", "IRN ISR 1123", ""},
		// agents of no state that a participle's agent sent or launched
		// are that state's
		{"Ukrainian forces shot down 45 of the 60 drones launched by Russia overnight, the air force said.", "UKRMIL RUSMIL 190", "---MIL"},
		// adding someone to a blacklist, or triggering the snapback of
		// sanctions on someone, sanctions them; the target of a measure
		// one actor takes on another is the other
		{"The United States added dozens of Chinese companies to its export blacklist.", "USA CHNBUS 163", ""},
		{"Britain, France and Germany triggered the snapback of UN sanctions on Iran.", "GBR IRN 163", "IGOUNO"},
		// the means of an act of the same kind is the act
		{"Pakistan retaliated by shelling Indian positions along the Line of Control.", "PAK IND 194", "PAK IND 190"},
		{"Russia retaliated against Ukraine by shelling Kharkiv.", "RUS UKR 194", "RUS UKR 190"},
		// members of a compound subject that accuse "each other" accuse
		// the others, also when the parse leaves the words no phrase
		{"China and the Philippines accused each other of provocations in the South China Sea.", "CHN PHL 1123", ""},
		// "the West", so written, is the Western countries; "the west
		// of" a place and the West Bank are not
		{"Putin warned the West against supplying long-range missiles to Ukraine.", "RUSGOV WST 130", ""},
		{"Israel attacked the West Bank.", "ISR PSEWSB 190", "WST"},
		// offering condolences or sympathy expresses it
		{"Xi offered condolences to Iran over the death of President Raisi.", "CHNGOV IRN 018", ""},
		// pausing tariffs eases them; pausing, suspending or ending an
		// offensive de-escalates
		{"The US paused tariffs on Mexican goods for 30 days.", "USA MEX 085", ""},
		{"Israel paused its offensive in Gaza.", "ISR PSEGZA 087", "160"},
		{"Israel ended its offensive in Gaza.", "ISR PSEGZA 087", ""},
		// asking someone to stop, halt or end attacks or fighting is an
		// appeal for de-escalation; stopping aid cuts it
		{"Iran asked Iraq to stop the attacks on its territory.", "IRN IRQ 0256", ""},
		{"Russia and Ukraine stopped the fighting.", "RUS UKR 087", ""},
		{"The US stopped military aid to Ukraine.", "USA UKR 1622", ""},
		// what is declined, failed, refrained from or avoided was not
		// done
		{"China declined to condemn Russia's invasion.", "", "111"},
		{"Russia failed to capture Kyiv.", "", "192"},
		{"Israel refrained from attacking Iran.", "", "190"},
		// taking someone hostage abducts them; taking the city of X takes
		// territory; a suicide bomber's attack is a suicide bombing
		{"Gunmen stormed a hotel in Mogadishu and took guests hostage.", "---CVL 181", ""},
		{"Russian forces took the town of Pokrovsk.", "RUSMIL UKR 192", ""},
		{"The talks took place in Doha.", "", "192"},
		{"A suicide bomber killed 12 people at a mosque in Peshawar.", "PAKPPL 1831", "190"},
		// advancing into a place occupies it
		{"Israeli troops advanced into the buffer zone in southern Syria.", "ISRMIL SYR 192", ""},
		// a military headquarters, barracks or garrison captured is a
		// place taken
		{"The Arakan Army captured a military headquarters in Rakhine state.", "MMRREB MMRMIL 192", "173"},
		// a place handed over is returned, not extradited; a crossing
		// is a place
		{"France handed over its last military base in Ivory Coast to the Ivorian army.", "FRA CIVMIL 0842", "063"},
		{"Israeli forces seized the Rafah crossing.", "ISRMIL PSEGZA 192", ""},
		// taking aim at someone criticizes them
		{"Zelensky took aim at Hungary for blocking EU aid.", "HUN 111", "1245"},
		// holding someone accountable, as responsible, accuses them
		{"The US held Russia accountable for the downing of the plane.", "USA RUS 112", ""},
		// pleading guilty is a plea in court, whatever follows
		{"A New York man pleaded guilty to charges he threatened to kill a congresswoman, senators call for new security rules.", "", "020"},
		// a pattern's words in an adverbial clause of the verb are that
		// clause's, not the verb's object
		{"Nearly 150 Indians returned home broke on Wednesday after being deported for either violating visa norms or illegally entering the United States.", "", "128"},
		// agreeing a loan or bailout with someone is aid pledged, and an
		// agreement with someone is signed, not mere accord
		{"The IMF agreed a $7 billion bailout with Pakistan.", "IGOIMF PAK 0331", "019"},
		{"The EU agreed a trade deal with Mercosur.", "IGOEUREEC IGOSAM 057", "019"},
		// filing or registering a protest complains officially
		{"The Philippines filed a diplomatic protest against China over the water cannon attack.", "PHL CHN 114", ""},
		// "to" before a verb is no preposition: a plan to relocate
		// someone is the planner's
		{"Arab states rejected Trump's plan to relocate Gazans.", "MEA USA", "PSEGZA"},
		// people killed in strikes on a place are that place's
		{"At least 20 people were killed in Russian strikes on Kharkiv, according to Ukrainian officials.", "RUS UKRPPL 190", "---PPL"},
		{"At least 20 people were killed in Russian strikes on Kharkiv.", "RUS UKRPPL 190", "---PPL"},
		// the dissidents a state's police arrest are its own, in the
		// passive too
		{"Dozens of protesters were arrested by Turkish police in Istanbul.", "TURCOP TUROPP 173", "---OPP"},
		// a capitalized word with no gerund's ending is no gerund
		{"Hong Kong authorities charged 47 pro-democracy activists with subversion.", "HKGGOV HKGOPP 173", ""},
		// a state's court that sentences or convicts its dissidents,
		// journalists or opposition politicians of no state named
		// sentences its own
		{"A Russian court sentenced opposition politician Ilya Yashin to eight and a half years in prison.", "RUSJUD RUSOPPPTY 116", "---OPP"},
		// what a demonstration is against inside the phrase of where it
		// was held is its target; the act a verb of means serves, of the
		// same code, says whom it was done to
		{"Thousands of Serbians rallied in Belgrade against President Aleksandar Vucic.", "SRB SRBGOV 141", ""},
		{"Georgian police used water cannon and tear gas to disperse protesters outside parliament in Tbilisi.", "GEOCOP GEOOPP 175", "GEOLEG"},
		// a reporting clause set off between a subject and its verb is
		// an aside; the verb after it is the sentence's
		{"Israel, a senior official said on Saturday, attacked Gaza.", "ISR PSEGZA 190", ""},
		{"Russia, officials said, launched a massive attack on Kyiv.", "RUS UKR 190", ""},
		// a second main clause after a comma and "and" is no aside
		{"Russia attacked Kyiv, and Ukraine retaliated against Russia.", "UKR RUS 190", ""},
		// a clause after a subordinate clause's comma is the sentence's
		// own, not an aside the terminal comma rule drops
		{"A day after Israel struck Iran, Tehran fired hundreds of missiles at Israeli cities.", "IRN ISR 195", ""},
		// towns or villages captured in a region are territory taken
		{"Officials in Kyiv said Russian forces had captured two villages in the Donetsk region.", "RUSMIL UKR 192", "173"},
		// what is intercepted names no one: the place it was launched
		// from does
		{"The Israeli military intercepted a missile launched from Yemen.", "ISRMIL YEM 190", ""},
		// a mine after a noun is no pronoun; declaring an armed conflict
		// against someone threatens force, as declaring war does
		{"Mali's military government nationalized a gold mine owned by a Canadian company.", "CANBUS 171", ""},
		{"Ecuador's president declared an internal armed conflict against drug gangs.", "ECUGOV ---CRM 138", "010"},
		// a rare word after "to", before a noun phrase, is the infinitive
		{"Saudi Arabia pledged to invest $600 billion in the United States.", "SAU USA 0311", ""},
		// a government that protests complains officially
		{"China's government protested against Japan's decision.", "CHNGOV JPN 114", "141"},
		{"Tens of thousands of Israelis protested against the government's judicial overhaul.", "ISR ISRGOV 141", "114"},
		// whom an accusation of something names is its object, not a
		// place the charge mentions
		{"The RSF accused the army of bombing civilians in Darfur with drones.", "SDNREB ---MIL 1123", "SDNREB SDN "},
		// members of a compound subject that mediate do not mediate
		// between each other
		{"The United States and Saudi Arabia tried to broker a ceasefire between the two sides.", "", "USA SAU"},
		{"Qatar and Egypt mediated talks between Israel and Hamas.", "QAT ISR 045", "QAT EGY"},
		// a name set off by commas after a noun phrase that names no
		// actor says who it is: it stays, as one noun phrase
		{"The army chief, Abdel Fattah al-Burhan, rejected any truce with the RSF.", "SDNGOV SDNREB 1246", "---MIL"},
		// a participle after "and" and a past tense verb is a past tense
		{"Trump said he was \"not happy\" with Putin and threatened new sanctions against Moscow.", "RUS 1312", ""},
		// also when the participle follows a later conjunct
		{"Ukraine shot down 40 drones and five missiles launched by Russia.", "UKR RUSMIL 190", "---MIL"},
		{"Ukraine shot down 40 drones and five missiles backed by Russia.", "UKR ---MIL 190", "RUSMIL"},
		{"Ukraine shot down drones launched by Russia.", "UKR RUSMIL 190", ""},
		// beating a rival or an incumbent, or in an election, is winning
		{"Kentucky Democrats beat incumbent Gov. Matt Bevin in a state Trump won by 30 points in 2016.", "", "182"},
		{"The opposition beat the ruling party in the election.", "", "182"},
		{"Police beat protesters in Tehran.", "IRNOPP 182", ""},
		// a weapon fired at someone is that weapon's attack on them
		{"The Houthis fired a ballistic missile at Israel.", "YEMREB ISR 195", "190"},
		{"Hezbollah fired dozens of rockets at northern Israel on Sunday.", "LBNREB ISR 194", "190"},
		{"Soldiers fired at protesters.", "---MIL ---OPP 190", ""},
		// dismissing an office holder is no event, suspending one's
		// parliament an administrative sanction; who mediated talks
		// between two parties mediated between them
		{"Tunisia's president dismissed the prime minister and suspended parliament.", "TUNGOV TUNLEG 172", "120"},
		{"The African Union mediated talks between Ethiopia and the TPLF in Pretoria.", "IGOAFRAFU ETH 045", ""},
		// a verb's final consonant doubled after a single vowel;
		// handing someone over to a state cooperates with it
		{"Germany transferred weapons to Ukraine.", "DEU UKR 072", ""},
		{"Kenya extradited a British citizen wanted for murder to the United Kingdom.", "KEN GBR 063", "GBRCVL"},
		{"Saudi Arabia deposited $3 billion in Pakistan's central bank.", "SAU PAKGOV 071", ""},
		// a headline's plural after its subject's name, before an
		// object, is its verb
		{"US sanctions Chinese firms over Iran oil purchases", "USA CHNBUS 163", ""},
		// a plural subject's noun the tagger took for the verb; sanctions
		// that hit or target someone are sanctions imposed on them
		{"US strikes hit three Iranian nuclear sites.", "USA IRN 190", ""},
		{"New EU sanctions target Russian banks.", "IGOEUREEC RUS 163", ""},
		// the organs of no state named that a state coerces are its own;
		// the property of someone seized or destroyed is theirs
		{"Senegal's president dissolved parliament and called early elections.", "SENGOV SENLEG 172", "---LEG"},
		{"Niger's army detained the president.", "NERMIL NERGOV 173", ""},
		{"The Israeli army demolished the homes of two Palestinian attackers in the West Bank.", "ISRMIL PSE 1712", ""},
		// hackers who attack, target or breach attack by cyber means
		{"Russian hackers targeted German political parties.", "RUSCRM DEUPTY 176", "190"},
		{"Chinese hackers breached the US Treasury Department.", "CHNCRM USAGOV 176", "128"},
		// an adjective before a compound inside a phrase is shared
		{"The United States imposed new tariffs on Canadian steel and aluminum.", "USA CAN 163", ""},
		// what something was done as part of names no one it was done to
		{"Cuba released 553 political prisoners as part of a deal with the United States.", "CUB CUBOPP 0841", "USA"},
		// calling for sanctions against someone threatens them with
		// sanctions; an appeal is not made to whom it is against
		{"Ukraine called for sanctions against Russia.", "UKR RUS 1312", "020"},
		{"Zelensky urged allies to act against Russia.", "", "RUS"},
		// approving a ceasefire declares it
		{"The Israeli cabinet approved a ceasefire agreement with Hezbollah.", "ISRGOV LBNREB 0871", "051"},
		// a quantity's actor is whom its "of" phrase names
		{"Tens of thousands of Israelis protested against the government's judicial overhaul.", "ISR ISRGOV 141", ""},
		{"Tens of thousands of protesters marched against the government in Belgrade.", "OPP SRBGOV 141", ""},
		// a capitalized word between capitals is part of a name
		{"The Sudanese Armed Forces recaptured Khartoum from the RSF.", "SDNREB 192", "062"},
		// protesters who storm or attack riot
		{"Protesters stormed the parliament in Nairobi.", "KENLEG 145", "190"},
		{"Rebels stormed the parliament.", "---REB ---LEG 190", "145"},
		// what cooperation or an agreement is on is no party to it
		{"South Korea and Japan agreed to share intelligence on North Korean missile launches.", "KOR JPN 0314", "PRK"},
		{"Japan agreed to share intelligence on North Korea with South Korea.", "JPN KOR", "PRK"},
		// who mediated or brokered is a third party, not the target
		{"Pakistan and Afghanistan agreed to a ceasefire after talks mediated by Qatar and Turkey.", "PAK AFG 0871", "QAT"},
		{"Sudan agreed to a truce brokered by Saudi Arabia.", "", "SDN SAU"},
		{"Russia agreed to talks after Ukraine attacked Kursk.", "RUS UKR 036", ""},
		// sanctions extended are imposed again
		{"The European Union extended its sanctions on Russia for another six months.", "IGOEUREEC RUS 163", ""},
		// a compound with a determiner of its own and a conjunct is the
		// first of two noun phrases
		{"The Congolese government and M23 rebels signed a peace agreement in Doha.", "CODGOV CODREB 057", "COD 057"},
		// saying that someone attacked, naming no one attacked, accuses
		// them; an attack on someone named stays the attack; saying that
		// itself or its own attacked is no event (TestPossessiveAgents)
		{"Iran said Israel had attacked.", "IRN ISR 112", ""},
		// drones, airstrikes or artillery that strike are that weapon's
		// attack, as those that hit or kill
		{"Ukrainian drones struck an oil refinery in Russia's Saratov region.", "UKRMIL RUS 1952", "190"},
		// killing someone in an airstrike or in shelling is that
		// weapon's attack, active or passive
		{"Israel killed a Hezbollah commander in an airstrike on Beirut.", "ISR LBNREBMIL 195", "190"},
		{"Russia killed five civilians in an artillery attack on Kharkiv.", "RUS UKRCVL 194", "190"},
		// leaving an international organisation reduces relations with
		// it, now or announced; withdrawing troops stays 087
		{"Mali, Burkina Faso and Niger withdrew from ECOWAS.", "MLI IGOWAFWAS 160", "087"},
		{"Hungary will withdraw from the International Criminal Court.", "HUN IGOJUDICC 160", "0356"},
		{"Israel withdrew its troops from Gaza.", "ISR PSEGZA 087", ""},
		// initialling an agreement signs it; denying that someone did
		// something is no denial made to them
		{"Armenia and Azerbaijan initialled a peace agreement.", "ARM AZE 057", ""},
		{"The Kremlin denied that Russian drones had entered Polish airspace.", "", "RUSGOV RUSMIL"},
		{"Russia denied Ukraine's claims.", "RUS UKR 016", ""},
		// what a denial's gerund names is what it denies doing to
		{"Rwanda denied supporting the M23 rebels.", "RWA CODREB 016", ""},
		{"Iran denied supplying drones to Russia.", "IRN RUS 016", "RUSMIL"},
		// a coup is unconventional violence (180), as PETRARCH's CAMEO
		// verbs code OVERTHROW; ousting alone stays an expulsion;
		// placing someone under arrest arrests them
		{"Mutinous soldiers toppled the government of Niger.", "---MIL NERGOV 180", ""},
		{"The junta ousted the president in a coup.", "---MIL ---GOV 180", "174"},
		{"Parliament ousted the prime minister in a no-confidence vote.", "---LEG ---GOV 174", "180"},
		{"The army placed the prime minister under house arrest.", "---MIL ---GOV 173", ""},
		{"Ecuador's president Daniel Noboa declared a state of emergency.", "ECUGOV ECU 1724", ""},
		// and saying one was attacked accuses the attacker, whatever
		// verb the attack pattern is on (FIRE has no code of its own)
		{"Russia said a missile was fired at it from Ukraine.", "RUS UKR 112", "UKR RUS"},
		{"The Pentagon said Russia had violated the treaty.", "USAMIL RUS 112", ""},
		// a place after a preposition is where someone was arrested,
		// not territory taken
		{"Thai police detained three Uyghur activists at Bangkok airport.", "THACOP", "192"},
		{"M23 rebels captured Goma.", "CODREB COD 192", ""},
		// a weapon that kills or hits is that weapon's attack
		{"A US drone strike killed an al-Qaeda leader in Kabul.", "USAMIL IMGMUSALQ 1952", "190"},
		{"Syrian government airstrikes killed 12 civilians in Idlib.", "SYRGOV SYRCVL 195", ""},
		// members of a compound subject that disengage de-escalate with
		// each other; a weapons package announced is arms pledged
		{"Chinese and Indian troops disengaged from a disputed area in Ladakh.", "CHNMIL INDMIL 087", ""},
		{"The US announced a $1 billion weapons package for Israel.", "USA ISR 0332", "010"},
		// evacuating diplomats reduces relations with the host
		{"Germany evacuated its diplomats from Sudan.", "DEU SDN 161", "070"},
		// struck with a weapon is that weapon's attack
		{"Ukraine struck a Russian airbase in Crimea with long-range missiles.", "UKR RUS 195", ""},
		// the pope heads the Holy See; "a British national" names a
		// Briton
		{"Pope Francis called for a ceasefire in Gaza.", "VATGOV PSEGZA 0256", ""},
		{"Mike Pope criticized Russia.", "", "VATGOV"},
		{"The Taliban released a British national detained in Afghanistan.", "AFGGOV GBR 0841", ""},
		// a participle the parser made the root, before a finite verb
		// with no conjunction, modifies the subject; a hyphenated name
		// split in two is one
		{"Somali forces backed by US airstrikes recaptured the town of Harardhere from al-Shabaab.", "SOMMIL SOMREB 192", "SOMMIL USA"},
		// whom a hostile act is aimed at may be named by an agent alone
		{"Ecuador declared war on drug gangs after gunmen stormed a TV station.", "ECU ---CRM 138", ""},
		// a ban on demonstrations restricts political freedoms, imposed
		// on the state's own when no one is named; the press of no state
		// that a state bans or arrests is its own
		{"The Hungarian government banned Pride marches.", "HUNGOV HUN 1721", ""},
		{"Iran banned the reformist newspaper.", "IRN IRNMED 1721", ""},
		// a ban on imports or exports lifted is an embargo eased
		{"China lifted its ban on Japanese seafood imports.", "CHN JPN 085", "0811"},
		// a curfew or emergency rule imposed on no one named is imposed
		// on the state's own; where it is imposed is its target
		{"The Thai army declared martial law.", "THAMIL THA 1724", ""},
		{"Israel imposed a curfew in Hebron.", "ISR PSEWSB 1723", ""},
		// where someone was arrested is not whom; a phone call received
		// from someone is their call
		{"French police detained the Telegram founder Pavel Durov at an airport near Paris.", "", "FRA 173"},
		{"Egypt's President Abdel Fattah al-Sisi received a phone call from US President Joe Biden.", "USAGOV EGYGOV 041", "043"},
		// a pattern's "to" before its target is no infinitive's "to"
		{"Italy's Prime Minister Giorgia Meloni visited Libya to discuss migration.", "ITAGOV LBY 042", ""},
		// what a state's organ demands of an organ of no state named,
		// it demands of its own; a state's criticism of "the
		// government" names no one
		{"Israel's Supreme Court ordered the government to draft ultra-Orthodox men into the army.", "ISRJUD ISRGOV 100", ""},
		{"The US criticized the government.", "", "USAGOV"},
		// a verb that drops out (no code, no source) hands what it
		// governs to the verb above it: the accusation governs the attack
		{"Russia accused Ukraine of using drones to attack the Kremlin.", "RUS UKR 1123", "RUSGOV 190"},
		// vowing to use weapons is a threat, not a pledge of arms
		{"Iran vowed to use missiles to strike Israel.", "IRN ISR 138", "0332"},
		// a ruling welcomed is endorsed: its author is the target, not
		// whom it is against
		{"South Africa's president welcomed the ICJ's ruling against Israel.", "ZAFGOV IGOJUDICJ 051", "ISR"},
		// closing a state's consulate cuts diplomatic relations
		{"The Czech government closed the Russian consulate in Brno.", "CZEGOV RUSGOV 161", ""},
		// sending a delegation or an envoy is a visit
		{"The Israeli prime minister's office said Israel would send a delegation to Cairo for talks.", "ISR EGY 036", "033"},
		{"The US sent an envoy to Venezuela.", "USA VEN 042", ""},
		// working with someone is cooperating with them
		{"Chinese officials said Beijing was ready to work with Washington.", "CHN USA 031", ""},
		{"The US said that Iraq attacked Iran.", "IRQ IRN 190", "USA"},
		// what was fired at someone is no one acted on: the actor is
		// where it came from
		{"Rockets were fired at Israel from Lebanon.", "LBN ISR 190", "ISR LBN"},
		{"Rockets were fired at Israel by Hezbollah.", "LBNREB ISR 190", "ISR LBNREB"},
		{"Missiles were launched at Kyiv by Russia.", "RUS UKR 195", ""},
		// the leaders of a state are that state's; a supreme leader
		// governs
		{"Ukraine's president met with the leaders of Poland and Lithuania in Kyiv.", "UKRGOV LTU 040", ""},
		{"Iran's supreme leader condemned Israel.", "IRNGOV ISR 111", ""},
		// members of a compound subject hold talks with each other, not
		// with what the talks pursue
		{"Washington and the Taliban had been holding direct talks pursuing an agreement for US troops to begin leaving Afghanistan.", "USA AFGGOV 046", "USAMIL"},
		{"Russia and Ukraine held talks with Turkey.", "RUS TUR 046", "RUS UKR"},
		// a passive whose subject is the act names no one acted on:
		// the act's own actor did it
		{"Teacher protests were held last year in West Virginia.", "---EDU USA 141", "USA ---EDU"},
		// a third party is no political party; weighing on someone is
		// no policy option weighed, weighing sanctions is
		{"Iran warned third parties against interfering.", "", "PTY"},
		{"The dispute with Japan is weighing on South Korea.", "", "014"},
		{"The EU is weighing sanctions against Russia.", "IGOEUREEC RUS 014", ""},
		// a headline's participle with no "was" is passive: the subject
		// is acted on, a place after it is where, not what was taken
		{"Sudan's RSF accused of genocide in Darfur.", "", "SDNREB SDN"},
		{"Russia accused of war crimes in Bucha by Ukraine.", "UKR RUS 1124", "RUS UKR"},
		{"Three soldiers killed in Gaza by Hamas.", "PSEREBHMS ---MIL 190", ""},
		{"Two journalists arrested in Moscow.", "RUS ---MED 173", "192"},
		// where the members of a compound subject did it is no party
		{"US, Philippines hold joint military drills near Taiwan.", "USA PHL 062", "TWN"},
		// a participle clause with an object after the last comma is an
		// act of the sentence's subject, kept; an aside is dropped
		{"Iran condemned the attack, warning Israel against retaliation.", "IRN ISR 130", ""},
		{"Iran fired missiles at Israel, killing two people.", "IRN ISRPPL 190", "---PPL"},
		{"Israel attacked Gaza, a senior official said.", "ISR PSEGZA 190", "010"},
		// weapons or aid received from someone are given by them;
		// hostages handed over are released, whoever receives them
		{"Ukraine received the first F-16 fighter jets from the Netherlands.", "NLD UKR 072", "062"},
		{"Hamas handed over four Israeli hostages to the Red Cross.", "PSEREBHMS ISRCVL 0841", "063"},
		// an investigation ordered is opened, strikes ordered are the
		// orderer's; an investigation demanded stays a demand
		{"Obama ordered an investigation against Iran.", "USAELI IRN 090", "100"},
		{"Netanyahu ordered airstrikes on Gaza.", "ISRGOV PSEGZA 195", "100"},
		// the people a passive names are of the place named inside the
		// phrase of what it was done with, or after it
		{"Four children were killed in Israeli shelling in Gaza.", "ISR PSEGZACVL 194", "---CVL"},
		{"Three women were killed in Israeli artillery shelling in the north of the Gaza Strip.", "ISRMIL PSEGZACVL 194", "---CVL"},
		// accusations traded are made both ways; firing someone with no
		// arms named is dismissing them
		{"Ethiopia and Eritrea traded accusations over troop movements near the border.", "ERI ETH 112", ""},
		{"The Ukrainian president fired the army chief.", "", "193"},
		{"Israeli troops fired at protesters.", "ISRMIL ---OPP 190", ""},
		// people with no state of their own are of the place named in
		// the phrase of where they were
		{"A suicide bomber killed 15 people at a mosque in Peshawar.", "---REB PAKPPL 1831", "---PPL"},
		// intercepting a drone is no drone strike by the interceptor
		{"The Israeli military said it intercepted a drone launched from Yemen.", "", "1952"},
		// hosting talks between others hosts each of them
		{"Turkish President Erdogan hosted talks between Russia and Ukraine in Istanbul.", "TURGOV UKR 043", ""},
		// a statement to someone stands when what it reports names no
		// one on its other side; one that names no one told gives way
		{"Netanyahu told US Secretary of State Antony Blinken that Israel would continue the war.", "ISRGOV USAGOV 010", ""},
		{"This comes after police said the demonstrators inside the Polytechnic University in Hong Kong had no option but to come out and surrender.", "", "010"},
		// a person's name that goes on past a hyphen is someone else's
		{"Park Jin-young criticized Japan.", "", "KOR"},
		{"Park Jin criticized Japan.", "KORGOV JPN 111", ""},
		// a state's adjective that the parse left a phrase of its own
		// belongs to the title after it
		{"Colombian Defence Minister Pedro Sanchez accused the ELN of attacking soldiers.", "COLGOVMIL COLREB 1123", "COL COLREB"},
		// two people of one name: Spain's prime minister by his title
		// or his accent, "To Lam" by his title (session 13)
		{"Spanish Prime Minister Pedro Sanchez met Macron in Paris.", "ESPGOV FRAGOV 040", ""},
		{"Pedro Sánchez condemned Israel's blockade of Gaza.", "ESPGOV ISR 111", ""},
		// (on this test's date, 5 January 2024, minister of public security)
		{"Vietnamese party chief To Lam met Xi Jinping in Hanoi.", "VNMCOP CHNGOV 040", ""},
		{"Beijing's diktats to Lam have achieved nothing but chaos, agitating the protesters.", "", "VNM"},
		// hosting talks on something welcomes nothing (WELCOME's
		// patterns of endorsement are its own, not HOST's)
		{"Egypt hosted talks on a Gaza ceasefire.", "", "051"},
		{"Egypt welcomed the Gaza ceasefire.", "EGY PSEGZA 051", ""},
		// an adjective after a possessive, before the verb, is the
		// subject's noun (the tagger had "military" an adjective)
		{"Myanmar's military bombed a school in Sagaing.", "MMRMIL MMREDU 195", ""},
		// military strikes are attacks, no labour strike, and a military
		// operation in a place is aimed at the place, not its army
		{"The US conducted military strikes in Yemen.", "USA YEM 190", "141"},
		{"Russia launched a military operation in Ukraine.", "RUS UKR 190", "UKRMIL"},
		// a count ("at least 30") is part of the noun phrase it counts
		{"Israeli airstrikes killed at least 30 people, the ministry said.", "ISR ---PPL 195", ""},
		// blocking or intercepting ships restricts movement
		{"Chinese coast guard ships blocked a Philippine resupply mission.", "CHNMIL PHL 191", "129"},
		{"Israel intercepted a flotilla bound for Gaza.", "ISR PSEGZA 191", ""},
		// members of a compound subject that act on "each other" act on
		// the others
		{"India and Pakistan expelled each other's diplomats.", "PAK IND 161", "---GOV"},
		{"Armenia and Azerbaijan accused each other of violating the ceasefire.", "AZE ARM 112", ""},
		// a state's dissidents, protesters and political prisoners of no
		// state named are its own; a foreigner named stays foreign
		{"Belarus released 52 political prisoners after talks with a US envoy.", "BLR BLROPP 0841", ""},
		{"Iran arrested dozens of protesters.", "IRN IRNOPP 173", "---OPP"},
		{"Iran arrested a tourist.", "IRN ---CVL 173", "IRNCVL"},
		// what is discussed is no party to it; a phone call is
		// telephoning
		{"Putin and Trump discussed Ukraine in Alaska.", "USAELI RUSGOV 040", "UKR"},
		{"The EU discussed sanctions on Russia.", "", "RUS"},
		{"The Kremlin said Putin and Trump discussed a possible ceasefire in a phone call.", "RUSGOV USAELI 041", "040"},
		// an order to halt an act demands de-escalation, it is no act;
		// threatening military intervention threatens an attack
		// (aimed at the place: "military" describes the intervention)
		{"The International Court of Justice ordered Israel to halt its offensive in Rafah.", "IGOJUDICJ ISR 1056", "190"},
		{"ECOWAS threatened military intervention in Niger after the coup.", "IGOWAFWAS NER 1384", "130"},
		// a hostage deal is no hostage, however it is written
		{"Thousands of Israelis protested in Tel Aviv demanding a hostage deal.", "", "CVL"},
		// setting fire to something destroys it
		{"Haitian gangs set fire to a police station in Port-au-Prince.", "HTICRM HTICOP 1712", ""},
		// a phrasal past after a name ("shot down")
		{"The US Navy shot down two Houthi drones over the Red Sea.", "USAMIL YEMREBMIL 190", ""},
		// troops that enter or move into a place take it; a participle
		// misread for a past tense is passive only for a verb that
		// always names whom it acts on
		{"Russian troops crossed into Ukraine.", "RUSMIL UKR 192", ""},
		{"Turkish forces moved into northern Syria.", "TURMIL SYR 192", "SYR TURMIL"},
		{"Migrants crossed into the United States.", "", "192"},
		// a state's rebels are not the state
		{"Colombia suspended talks with the ELN.", "COL COLREB 164", ""},
		// an attack tried is the attack; one plotted is a threat
		{"A US helicopter was shot down while trying to raid a Taliban position.", "USA AFGGOV 190", "138"},
		{"The men plotted an attack on the embassy of Israel.", "---PPL ISRGOV 138", "190"},
		// considering something illegal is a statement, not a policy
		// option weighed
		{"The United States faced stiff criticism over its decision to no longer consider Israeli settlements illegal.", "USA ISR 010", "014"},
		// an order to evacuate is a demand, not a demand for aid;
		// evacuating people is aid
		{"Israel's military ordered residents of northern Gaza to evacuate.", "ISRMIL PSEGZACVL 100", "103"},
		{"The UN evacuated 300 civilians from Mariupol.", "IGOUNO ---CVL 070", ""},
		// banning trade is an embargo; banning a party, a party ban
		{"China banned imports of Japanese seafood.", "CHN JPN 163", "172"},
		{"Iran banned the opposition party.", "IRN IRNOPP 1722", "163"},
		// schoolchildren are civilians, of the place they are in
		{"Gunmen abducted dozens of schoolchildren in northern Nigeria.", "NGACVL 181", ""},
		// with herald's own verbs, a statement is made to no one its
		// report names; what the report says, if coded, stands
		{"Rwanda's information minister said she hoped French officials would soon be indicted.", "", "RWAGOV FRAGOV 010"},
		{"Putin said Russia had attacked Ukraine.", "RUS UKR 190", ""},
		{"The minister told Russia that talks would continue.", "---GOV RUS 010", ""},
		// the passive's accuser is the "by" phrase, not what it was
		// accused of doing
		{"Russia has been accused by Ukraine of deporting children.", "UKR RUS 112", "UKRCVL"},
		// an act with no one on its other side gives way to the act of
		// its kind it governs that names someone
		{"Police in Bangladesh used tear gas to disperse students demanding job quotas be scrapped.", "BGDCOP ---EDU 175", ""},
		// calling someone to discuss is a telephone call to them, not
		// talks with what was discussed
		{"Macron called Putin to discuss the war in Ukraine.", "FRAGOV RUSGOV 041", "UKR"},
		// hitting or retaliating with sanctions or tariffs is sanctioning
		{"China retaliated with tariffs on American soybeans.", "CHN USA 163", "190"},
		{"The EU hit Russia with new sanctions.", "IGOEUREEC RUS 163", "190"},
		// a possessor belongs to its noun ("Myanmar's military"), and
		// one name's listed parts are no actors meeting each other
		{"Myanmar's military seized power in a coup and detained Aung San Suu Kyi.", "MMRMIL MMROPP 173", "MMR MMROPP"},
		{"South Korea's Ministry of Trade, Industry and Energy has unveiled a plan to help the PV industry.", "", "KORGOVBUS"},
		// an attack's target is whom it is on, not the arms of a
		// compound before it ("missile and drone attack")
		{"Russia launched a massive missile and drone attack on Ukraine's energy infrastructure overnight.", "RUS UKR 195", "UKRMIL"},
		// strikes carried out against someone are force; a strike held
		// stops work
		{"The United States and the United Kingdom carried out strikes against Houthi targets in Yemen.", "USA YEMREB 190", "114"},
		{"Teachers held a strike against the government.", "143", "190"},
		// "according to" is no verb: the clause after its comma is the
		// sentence, not an aside to drop
		{"According to Syrian state media, Israeli jets struck targets near Damascus.", "ISR SYR 190", ""},
		// a sentence-opening place the tagger never saw is no gerund
		{"Beijing imposed sanctions on US defence companies over arms sales to Taiwan.", "CHN USABUS 163", ""},
		// "ready to", "willing to" announce the act as "will" does
		{"Putin said Russia was ready to talk with Ukraine.", "RUS UKR 036", "040"},
		{"Iran is ready to attack Israel.", "IRN ISR 1384", "190"},
		// an envoy recalled from or to a state is the recalling
		// state's: the target is the state, not its government
		{"France recalled its ambassador from Niger.", "FRA NER 161", "NERGOV"},
		{"Brazil recalled its ambassador to Israel.", "BRA ISR 161", "ISRGOV"},
		{"Russia expelled the British ambassador.", "RUS GBRGOV 161", ""},
		// cooperation announced for the future is the intent of it
		{"Macron said France would send troops to Ukraine if necessary.", "FRA UKR 0334", "074"},
		{"Germany will provide tanks to Ukraine.", "DEU UKR 0332", "072"},
		{"Modi will meet Biden next week.", "INDGOV USAGOV 036", "040"},
		// Western partners are the West
		{"Zelensky urged Western partners to speed up weapons deliveries.", "UKRGOV WST", ""},
		// hanging someone is an execution; hanging an effigy is not
		{"Iran hanged two protesters.", "IRN ---OPP 1823", ""},
		{"Protesters hanged an effigy of Putin.", "", "1823"},
		// saying someone was behind or responsible for an act accuses
		// them; being behind schedule does not
		{"Seoul said Pyongyang was behind the cyberattack.", "KOR PRK 112", ""},
		{"The minister said Russia is behind schedule.", "", "112"},
		// fighting alongside someone is fighting on their side
		{"North Korean troops are fighting alongside Russian forces in Kursk.", "PRKMIL RUSMIL 062", "190"},
		{"Ukrainian forces fought Russian troops near Bakhmut.", "UKRMIL RUSMIL 190", ""},
		// protesters protest against their own state's organs
		{"Thousands of Georgians protested outside parliament against the government's decision.", "GEO GEO", "---LEG"},
		{"Thousands of Filipinos protested outside the Chinese embassy.", "PHL CHNGOV 141", ""},
		// a participle or gerund opening the sentence is no verb that
		// makes the clause after its comma an aside; aid to someone is
		// aid to them, not to their military
		{"After meeting Zelensky in Kyiv, Macron pledged more military aid to Ukraine.", "FRAGOV UKR 0332", "UKRMIL"},
		{"Speaking in Brussels, Rutte warned Russia against attacking NATO.", "RUS 130", ""},
		// "the country" is the state named last before it, not the
		// subject of its verb (a sentence naming no state is a seed of
		// FuzzCodeText: it once never ended)
		{"Roughly 13,000 US troops remain in Afghanistan, 18 years after Washington invaded the country in the wake of the September 11, 2001 attacks.", "USA AFG 192", ""},
		{"Washington invaded the country in 2001.", "", "USA USA"},
		// a headline's comma between two names is "and"
		{"US, China reach trade deal", "USA CHN 057", ""},
		// an appeal, intent or demand for an act takes the codebook's
		// fourth digit for it
		{"Turkey called on Sweden to extradite Kurdish militants.", "TUR SWE 0213", ""},
		{"Russia demanded that Ukraine withdraw its troops.", "RUS UKR 1056", ""},
		// a subject's relative clause does not take the main verb
		{"The Houthis, who control much of Yemen, attacked a US warship.", "YEMREB USAMIL 190", ""},
		// clashes between two sides that erupt are their fight
		{"Clashes between Indian and Chinese troops erupted in the Galwan Valley.", "INDMIL CHNMIL 190", ""},
		{"Protests erupted in Tehran.", "", "190"},
		// trading strikes is exchanging them, not commerce; selling
		// arms is military cooperation
		{"Israel and Iran traded strikes for 12 days.", "ISR IRN 190", "061"},
		{"Iran sold missiles to Russia.", "IRN RUS 062", "195"},
		// warning someone against their own act threatens them; the
		// act is no threat of the warner's
		{"Hezbollah warned Israel against launching a ground invasion.", "LBNREB ISR 130", "1382"},
		{"North Korea threatened nuclear strikes against the United States.", "PRK USA 1385", ""},
		// approving a loan or arms for someone gives them; computers
		// breached are a cyber attack
		{"The IMF approved a 7 billion dollar loan for Pakistan.", "IGOIMF PAK 071", "051"},
		{"Turkey approved Sweden's bid to join NATO.", "TUR SWE 051", ""},
		{"Chinese hackers breached US Treasury computers.", "CHNCRM USAGOV 176", "128"},
		// what a meeting is about is no party to it: the party is the
		// "with" phrase, a visit's place the "in" phrase, a compound
		// subject meets its own members
		{"Lavrov held talks on Syria with Blinken.", "RUSGOV USAGOV 046", "SYR"},
		{"Russia and the US held talks on Ukraine in Riyadh.", "RUS USA 046", "UKR"},
		{"Macron attended a conference on Gaza in Cairo.", "FRAGOV EGY 042", "PSEGZA"},
		{"Obama is scheduled to attend a summit on the unrest in Iran.", "", "IRN"},
		// a place captured or seized is territory taken
		{"M23 rebels captured Goma, the largest city in eastern Congo.", "CODREB COD 192", "173"},
		{"Police captured the gang leader.", "173", "192"},
		{"Goma was captured by M23 rebels.", "CODREB COD 192", "173"},
		{"Two journalists were arrested in Moscow.", "173", "192"},
		// a place taken from someone is taken from them
		{"M23 rebels seized the town of Goma from Congolese troops.", "CODREB CODMIL 192", ""},
		// with herald's own verbs, a compound subject meeting in a place
		// meets its own members, not the place
		{"Ethiopia and Somalia held talks in Ankara.", "ETH SOM 046", "TUR"},
		{"Iran and Saudi Arabia met in Beijing.", "IRN SAU 040", "CHN"},
		// a part of a state, named after it, is a place of that state
		{"Armed men stormed a police station in Kenya's Mandera county.", "KENCOP 190", "---COP"},
		// the weapon a pattern names in the target phrase is what was
		// used, not whom: no agent of the target, and alone no target
		{"Iran launched drones at Israel.", "IRN ISR 1952", "ISRMIL"},
		{"Russia launched drones.", "", "RUS ---MIL"},
		{"The Houthis launched drones at Israel.", "YEMREB ISR 1952", ""},
		// what a negated verb governs is not done, even when the
		// negated verb has no code of its own
		{"China does not want to send troops into Hong Kong.", "", "074"},
		{"China wants to send troops into Hong Kong.", "CHN HKG 074", ""},
		// a subject opened by "neither" did not do it
		{"Neither Iran nor Iraq condemned the attack on Israel.", "", "111"},
		{"Iran and Iraq condemned the attack on Israel.", "IRQ ISR 111", ""},
		// liberating a place is taking it; liberating people is
		// releasing them
		{"Ukrainian troops liberated Kherson on Friday.", "UKRMIL UKR 192", "0841"},
		{"The army liberated 40 civilians held by the militants.", "---MIL ---CVL 0841", "192"},
		// a state protests by complaining officially; people in the
		// street demonstrate
		{"The Philippines protested China's use of water cannon against its vessels.", "PHL CHN 114", "141"},
		{"Thousands of Filipinos protested outside the Chinese embassy.", "PHL CHNGOV 141", "114"},
		// an exchange is reciprocal; blocking ships restricts movement;
		// hosting weapons is military cooperation, not a visit (and
		// under "will", the intent of it)
		{"Russia and Ukraine exchanged prisoners of war on Wednesday.", "UKR RUS 0841", ""},
		{"The Chinese coast guard blocked Philippine vessels near the Second Thomas Shoal.", "CHNMIL PHL 191", "129"},
		{"Belarus will host Russian tactical nuclear weapons.", "BLR RUS 0312", "043"},
		// what a shipment carries is what was seized; a phrase of
		// under what, when or despite what something was done names no
		// one it was done to
		{"The US Navy seized a shipment of Iranian weapons bound for Yemen.", "USAMIL IRN 171", ""},
		{"Cuba freed dozens of political prisoners under a deal with the Vatican.", "", "CUB VAT"},
		{"The Chinese military staged large-scale drills around Taiwan.", "CHNMIL TWN 150", ""},
		{"Venezuela released an American held since 2022.", "VEN USA 0841", ""},
		// warplanes delivered are military aid (to be delivered, the
		// intent of it)
		{"The Netherlands will deliver F-16 jets to Ukraine.", "NLD UKR 0332", ""},
		// strikes launched are military; a general strike stops work
		{"The Russian military launched strikes on Kharkiv.", "RUSMIL UKR 190", "141"},
		{"Workers held a nationwide strike against the government.", "---LAB ---GOV 143", "141"},
		// welcoming a release, a ceasefire or an agreement is praise;
		// welcoming visitors is hosting them
		{"Australia welcomed the release of journalist Cheng Lei by China.", "AUS CHN 051", "043"},
		{"Turkey welcomed the Swedish delegation.", "TUR SWE 043", ""},
		// a name split by the parser is one name; what is filed says
		// what it is; putting forces on alert raises their status
		{"Myanmar's military detained Aung San Suu Kyi.", "MMRMIL MMROPP 173", ""},
		{"South Africa filed a genocide case against Israel at the International Court of Justice.", "ZAF ISR 115", ""},
		{"Serbia put its army on high alert near the Kosovo border.", "SRB XKX 152", ""},
		{"Chinese warships conducted exercises near Taiwan's coast.", "CHNMIL TWN 150", ""},
		{"Israel and the United Arab Emirates established diplomatic relations.", "ARE ISR 054", ""},
		// no plans to do something is not doing it
		{"The Kremlin said Putin had no plans to meet Zelensky.", "RUSGOV UKRGOV 125", "040"},
		{"Iran has no intention to attack Israel.", "", "IRN ISR"},
		// ordering someone to leave is expelling them
		{"Niger ordered the French ambassador to leave within 48 hours.", "NER FRAGOV 174", ""},
		// peacekeepers are no people of where they serve; hackers
		// breaching accounts attack by cyber means
		{"The UN Secretary-General condemned the attack on peacekeepers in Lebanon.", "", "LBNMIL"},
		{"Four soldiers were killed in Gaza by Hamas fighters.", "PSEREBHMS ---MIL 190", "PSEGZAMIL"},
		{"Chinese hackers breached US government email accounts, Microsoft said.", "CHNCRM USAGOV 176", "128"},
		// a measure does no violence, whoever took it; a weapon does
		{"Retaliatory tariffs imposed by China have hurt U.S. farmers.", "", "CHN"},
		{"Farmers were hit by Chinese tariffs.", "", "CHN"},
		{"A missile fired by Russia hit Kyiv.", "RUS UKR 195", ""},
		// a plea in court is not an appeal; the threat stands alone
		{"A New York man pleaded guilty on Monday to threatening to kill U.S. Rep. Ilhan Omar.", "USAPPL USALEG 138", "02"},
		// pleading with someone is
		{"Iran pleaded with Russia for help.", "IRN RUS 02", ""},
		// coordinated modifiers with a determiner: one actor each
		{"The Russian and Syrian defence ministries accused U.S. forces of lying.", "SYRGOVMIL USAMIL 112", ""},
		// what was done by someone is aimed at them
		{"The Arab League condemned the move announced by Mike Pompeo.", "IGOMEAARL USAELI 111", ""},
		// an offer codes only when what is offered is cooperation
		{"Turkey offered humanitarian aid to Syria on Monday.", "TUR SYR 0333", ""},
		{"The French president's visit offers Germany a reminder of the stakes.", "", "FRAGOV DEU 03"},
		// targets with no actor of their own are where they lie; the
		// reporting army is no Israeli actor speaking about Lebanon
		{"Israeli warplanes struck targets in southern Lebanon on Tuesday, the army said.", "ISRMIL LBN 190", "ISRMIL LBN 010"},
		{"Turkish drones hit positions near Kobani, the ministry said.", "TURMIL SYR 1952", "TURMIL SYR 010"},
		// the words of the report are no target of its "said"
		{"Pakistani security forces killed six militants in a raid in South Waziristan, the army said.", "PAKCOP ---REB 190", "---MIL PAK 010"},
		// a compound subject agreeing to a ceasefire: each with the other
		{"Colombia's government and the ELN rebels agreed to a six-month ceasefire.", "COLGOV COLREB 0871", ""},
		// a verb of several words that ends inside a noun phrase leaves
		// the rest of it a phrase; avenging someone is no threat to them
		{"Hezbollah vowed revenge against Israel.", "LBNREB ISR 130", ""},
		{"Hezbollah vowed to avenge the Iranian general's death.", "", "IRNMIL"},
		// talking about someone is no meeting with them; talking with
		// them is
		{"Many people were talking about Venezuela's new president.", "", "040"},
		{"Putin talked with Erdogan about Syria.", "RUSGOV TURGOV 040", ""},
		// a meeting in a place is no third-location meeting unless the
		// words say so
		{"Putin met Erdogan in Sochi on Friday.", "RUSGOV TURGOV 040", "044"},
		// an invitation to do something is no praise of a plan, and
		// submitting a plan or a report is no yielding; submitting to
		// someone is
		{"Hamas was invited to submit a plan by Egypt.", "", "EGY PSEREBHMS 051"},
		{"Hamas was invited to submit a plan by Egypt.", "", "PSEREBHMS EGY 083"},
		{"Iran submitted a report to the IAEA.", "", "080"},
		{"The rebels submitted to the army's demands.", "---REB ---MIL 080", ""},
		// a name of several words is no name when its last word is
		// written in lower case: "an Islamic state" is no Islamic State
		{"Boko Haram launched attacks in its campaign for a strict Islamic state in Nigeria.", "NGAREB", "IMGMUSISI"},
		{"The rebels attacked the Islamic State group in Syria.", "---REB IMGMUSISI 190", ""},
		// taking a place from someone is aimed at them; tear gas fired
		// at someone is repression
		{"Syria's army recaptured the town from rebels backed by Turkey.", "SYRMIL ---REB 192", ""},
		{"Kenyan police fired tear gas at opposition supporters in Nairobi.", "KENCOP KENOPP 175", ""},
		// shooting down drones is no drone strike; "Serbian-run",
		// "Saudi-led" name who runs or leads, "Russian-made" no one
		{"Ukrainian forces shot down 30 Russian drones overnight.", "UKRMIL RUSMIL 190", "1952"},
		{"Kosovo police raided Serbian-run offices in the north.", "XKXCOP SRB 190", ""},
		{"Russian-made missiles hit the city of Kharkiv in Ukraine.", "", "RUS"},
		{"Israeli troops raided a village in the Israeli-occupied West Bank.", "ISRMIL PSEWSB 190", ""},
		// a state's adjective before a title and a person in office:
		// the person's code; an institution after the state's name
		// stays the state, as PETRARCH reads it
		{"North Korean leader Kim Jong Un threatened South Korea on Monday.", "PRKGOV KOR 13", ""},
		// a counterpart holds the same office in another state
		{"The Turkish president met his Syrian counterpart in Ankara.", "TURGOV SYRGOV 04", ""},
		// where people flee to is no target; revoking an agreement
		// reduces relations
		{"Thousands of Palestinians fled to southern Gaza on Monday.", "", "087"},
		{"Niger's junta revoked a military agreement with the United States.", "NERMIL USA", "081"},
		// not doing what a code names is no event
		{"Russia did not attack Kyiv on Monday.", "", "190"},
		// a sea named after a state is no state
		{"Chinese and Russian warships held joint exercises in the Sea of Japan.", "CHNMIL RUSMIL 062", "JPN"},
		// names written with a lower-case last word still are names
		{"The Biden administration condemned Iran.", "USAGOV IRN 111", ""},
		{"The Gulf states condemned Iran.", "PGS IRN 111", ""},
		// ending codes only an end of relations; a siege is a blockade
		{"China has the power to end Hong Kong unrest.", "", "160"},
		{"Iraq ended diplomatic relations with Syria.", "IRQ SYR 161", ""},
		{"Police have laid siege to a university in Hong Kong.", "191", "190"},
		// wanting someone to lift sanctions is an appeal to ease them
		{"Iran wants the United States to lift the sanctions.", "IRN USA 0254", "1312"},
		{"Russia wants to lift the sanctions on Iran.", "RUS IRN 0354", ""},
		// restoring or normalising ties is diplomatic recognition, and
		// two states that do it do it with each other
		{"Turkey restored ties with Armenia on Monday.", "TUR ARM 054", "081"},
		{"Saudi Arabia and Iran restored diplomatic ties.", "IRN SAU 054", ""},
		{"China chided Japan over its remarks.", "CHN JPN 111", ""},
		// a name before a noun of expertise is what the experts study
		{"Russia analysts criticized the new sanctions on Iran.", "", "RUS"},
		{"Chinese scholars criticized Japan.", "CHN JPN 111", ""},
		{"IAEA experts criticized Iran.", "IGOUNOIAE IRN 111", ""},
		// whom a report is according to is no target
		{"Turkish prosecutors launched an investigation on the men who were arrested at the border, according to officials in Greece.", "TURJUD", "GRC"},
		{"Turkish prosecutors opened an investigation late on Monday evening, according to a statement from the Greek foreign ministry.", "", "GRC"},
		// breaking codes what is broken, not anything
		{"Iran broke the news to Iraq on Monday.", "", "128"},
		{"Russia broke the ceasefire in Donbas.", "RUS UKR 196", ""},
		// an actor of the possessor's own after a possessive is the actor
		{"Qatar condemned Egypt's Muslim Brotherhood on Sunday.", "QAT EGYOPPMUS 111", ""},
		// hoping someone will do something is no comment to them;
		// hoping for better ties with someone is
		{"Kenya's foreign minister said she hoped the Somali leaders would be charged soon.", "", "013"},
		{"Egypt hopes for better relations with Israel.", "EGY ISR 013", ""},
		// wanting someone else to act is an appeal to them, not a
		// threat or a promise made to them
		{"Iran wants Russia to attack Ukraine.", "IRN RUS 020", "1384"},
		{"Iran wants Russia to provide aid to Syria.", "IRN RUS 023", "033"},
		{"Iran wants to attack Israel.", "IRN ISR 1384", ""},
		// a pattern's target with no actor of its own gives way to whom
		// it is given; a person sent somewhere is not given to the place
		{"China gave money to Pakistan.", "CHN PAK 070", ""},
		{"The smuggler sent him to Mexico.", "", "MEX"},
		// a report or statement with no actor of its own is that of
		// the actor its participle names
		{"A report released on Tuesday in Kigali accused France of war crimes.", "RWA FRA 1124", ""},
		{"A statement issued by the Kremlin condemned the attack on Ukraine.", "RUSGOV UKR 111", ""},
		// "have been permitted to" is a passive whose actor is unknown;
		// "is said to" reports what its subject does
		{"The residents have not been permitted to cross into Jordan.", "", "JOR"},
		{"Iran is said to be planning an attack on Israel.", "IRN ISR", ""},
		// the last of a list the parser made a second subject is one of
		// the list: all three met each other
		{"The US, Russia, and Switzerland met yesterday.", "RUS CHE 040", ""},
		// summoning an envoy is a complaint to the envoy's state, not to
		// what the summons was about; sending police abroad is sending
		// forces (under "will", the intent of it); a quantity of agents
		// is the agents
		{"Pakistan summoned the Afghan ambassador to protest against attacks by militants.", "PAK AFGGOV 114", ""},
		{"Kenya will send 1,000 police officers to Haiti.", "KEN HTI 0334", "033 "},
		{"Police in Bangladesh arrested dozens of opposition activists after violent protests in Dhaka.", "BGDCOP BGDOPP 173", ""},
		// a past tense the tagger took for a participle in a sentence
		// with no other verb
		{"Hundreds of protesters clashed with police in Nairobi on Wednesday.", "---OPP", ""},
		// two parties agreeing to a truce someone brokered agree with
		// each other, not with the broker
		{"Sudan's army and the Rapid Support Forces agreed to a ceasefire brokered by Saudi Arabia.", "SDNMIL SDNREB 0871", "SAU"},
		// occupied territory is the state the UN counts it part of
		{"Israeli jets struck the Golan Heights on Monday.", "ISR SYR 190", ""},
		// agreeing to someone's demands is yielding to them
		{"The United States agreed to Beijing's demands on Monday.", "USA CHN 080", "030"},
		// a subject a participle modifies is the subject of the verb
		// after it; a passive's "by" phrase is its actor even when a
		// phrase of time comes first
		{"The journalists detained last week were freed on Monday by the Iranian authorities.", "IRNGOV ---MED 0841", ""},
		{"The aid workers seized in the raid were released yesterday by Hamas.", "PSEREBHMS NGO 0841", "173"},
		// help or cooperation "against" someone is not given to them
		{"Turkey offered Syria help against Russian airstrikes.", "TUR SYR 033", "RUS"},
		{"Russia and China agreed to cooperate against the United States.", "RUS CHN 031", "USA 031"},
		// a hostile act announced is a threat of it, not the act
		{"Iran said its forces will attack Israel.", "ISR 1384", "190"},
		{"The United States would raise tariffs on Chinese imports if no deal is reached.", "USA CHN 1312", "163"},
		{"Israel bombed Hezbollah positions in Lebanon.", "ISR LBNREB 19", "138"},
		// what a negated verb with no negative code governs is not done
		{"Obama said he would not ask Russia to help Israel.", "", "070"},
		// unrest is not something attended or staged: no protest
		{"Obama is scheduled to attend a summit in Switzerland on the unrest in Iran.", "CHE 042", "141"},
		{"Kenyan opposition leaders attended a rally against the government in Nairobi.", "KENOPP KENGOV 141", ""},
		// recognizing that something is so is saying it, not recognition
		{"Austria's government recognized that Austrians were also perpetrators of Nazi crimes.", "", "054"},
		{"Russia recognized Abkhazia in 2008.", "054", ""},
		// what someone acts "as" is a role, not a target
		{"Vice President Joe Biden took over as point man on Ukraine policy.", "", "192"},
		{"Russian troops took over Ukrainian military bases.", "RUSMIL UKRMIL 192", ""},
		// "there" places an agent in the state named before it
		{"The Turkish army left Niger after training the soldiers there for a year.", "TURMIL NERMIL", ""},
		// the member of a target compound that holds the pattern's own
		// words (the weapon fired) is the means, not a target
		{"Russia fired more than 400 drones and 40 missiles at Ukraine overnight.", "RUS UKR 195", "---MIL"},
		{"Russia fired 45 missiles and more than 450 drones.", "", "---MIL"},
		// new sanctions agreed are imposed; sanctions agreed to be
		// lifted are eased
		{"The European Union agreed a 19th package of sanctions against Russia.", "IGOEUREEC RUS 163", "030"},
		{"The EU agreed to ease sanctions against Belarus.", "IGOEUREEC BLR 0354", "163"},
		// people seized are abducted by armed groups, detained by a
		// state's forces; things seized are seized
		{"The Houthis seized United Nations staff in Sanaa.", "YEMREB IGOUNO 181", "171"},
		{"Israeli forces seized activists aboard the flotilla.", "ISRMIL ---OPP 173", "181"},
		{"Iran seized a British tanker.", "IRN GBR 1711", "181"},
		// whose request or orders an act was done upon is not whom it
		// was done to
		{"Nigeria's air force struck coup plotters in Cotonou at the request of Benin's government.", "NGAMIL BEN 190", "BENGOV"},
		// a document welcomed whose author is named endorses the
		// author, not what the document is on
		{"The Palestinian Authority welcomed the Security Council's resolution on Gaza.", "PSEGOV IGOUNO 051", "PSEGZA"},
		{"Qatar welcomed the resolution on Gaza.", "QAT PSEGZA 051", ""},
		// a trade ban suspended or ended is an embargo eased; control of
		// a company seized is property seized, of a town territory taken
		{"Beijing suspended its ban on gallium exports to the United States.", "CHN USA 085", "160"},
		{"The Netherlands seized control of the chipmaker Nexperia from its Chinese owner.", "NLD CHN 1711", "192"},
		{"Rebels seized control of the town of Goma.", "192", "1711"},
		// threatening to send troops to a place threatens it with force
		{"ECOWAS threatened to deploy troops to Benin after a coup attempt.", "IGOWAFWAS BEN 138", "---MIL"},
		{"Russia warned NATO against sending troops to Ukraine.", "RUS IGOWSTNAT 130", "138"},
		// Niger State is Nigeria's; a former office holder a state
		// arrests is its own; so are the protesters its police kill
		// (not those its troops kill: armies act abroad)
		{"Boko Haram fighters abducted more than 200 schoolchildren in Niger state.", "NGAREB NGACVL 181", "NER"},
		{"Niger's junta arrested the former president.", "NERMIL NERELI 173", "---ELI"},
		{"Mozambican police killed dozens of protesters after the disputed election.", "MOZCOP MOZOPP 190", "---OPP"},
		{"Israeli troops killed protesters near the border fence.", "ISRMIL ---OPP 190", "ISROPP"},
		// headlines: names listed with commas are a compound, and the
		// base form of a verb after coordinated names is the verb
		{"Japan, South Korea agree to boost security ties.", "KOR JPN 0312", ""},
		{"Russia and China pledge deeper ties.", "RUS CHN 031", ""},
		{"Esmail Qaani, the commander of the Quds Force, threatened the United States.", "IRNMIL USA 130", "IRNMILMIL"},
		// a warrant an arrest was made on names no one arrested
		{"Philippines arrests Duterte on ICC warrant.", "PHL PHLELI 173", "IGOJUDICC"},
		{"Syria's new government signs deal with Kurdish-led SDF.", "SYRGOV SYRREB 057", ""},
		// of herald's patterns equally specific, one whose target is an
		// actor wins over one whose target is none
		{"Britain, France and Germany triggered the snapback mechanism to restore UN sanctions on Iran.", "DEU IRN 163", ""},
		{"The US added Chinese firms to its sanctions list.", "USA CHNBUS 163", ""},
		// restoring sanctions imposes them again; restoring relations
		// or aid eases
		{"The UN restored sanctions on Iran.", "IGOUNO IRN 163", "085"},
		{"The US restored military aid to Ukraine.", "USA UKR 072", ""},
		// a speaker's "the army", "the government" in what they report
		// is the speaker's state's; bare "troops" need not be
		{"Iran said the army would retaliate against Israel.", "IRNMIL ISR", "---MIL"},
		{"Israel said troops killed a Hamas commander.", "", "ISRMIL"},
		// barring is banning; foreign journalists a state bars are not
		// its own press
		{"The Netherlands barred Israeli ministers Ben-Gvir and Smotrich from entering the country.", "NLD ISRGOV 172", ""},
		{"Russia barred foreign journalists.", "RUS ---MED 1721", "RUSMED"},
		{"ECOWAS suspended Guinea-Bissau from its decision-making bodies.", "IGOWAFWAS GNB 160", ""},
		// warning of a calamity no one inflicts is no threat
		{"The World Health Organization warned of a cholera outbreak in Sudan.", "IGOUNOWHO SDN 012", "130"},
		{"Iran warned Israel of a crushing response.", "IRN ISR 130", ""},
		// "set fire to" after a noun phrase is the verb; protesters who
		// set fire riot
		{"A Ukrainian drone attack set fire to an oil depot in Russia's Belgorod region, the regional governor said.", "UKRMIL RUS 1712", "010"},
		{"Protesters set fire to the parliament building in Kathmandu.", "NPLLEG 145", "1712"},
		// a crowd of no state that protests in a state's place is its
		// own; an infinitive after an agent adds no actor to its phrase
		{"Thousands protested in Tbilisi against the government's decision to suspend EU accession talks.", "GEO GEOGOV 141", "IGOEUREEC"},
		{"South Korea and the United States began joint military exercises.", "KOR USA 062", "150"},
		// those an attack's participle clause kills, of no state named,
		// are of the state the main clause struck
		{"Ukraine struck a Russian ammunition depot in Kursk, killing several soldiers.", "UKR RUSMIL 190", "---MIL"},
		{"Russia attacked Ukraine's energy grid, killing two civilians.", "RUS UKRCVL 190", ""},
		// speaking with someone by phone is a phone call; funds frozen
		// are aid cut
		{"Starmer spoke with Zelensky by phone.", "UKRGOV 041", "040"},
		{"The European Commission froze funds for Hungary.", "IGOEUREEC HUN 162", "160"},
		// a measure a participle follows does no violence; strikes
		// carried out are attacks, a general strike a labour strike
		{"The European Union later adopted its own package targeting Russian liquefied natural gas.", "", "190"},
		{"Israel carried out strikes targeting Hezbollah.", "ISR LBNREB 190", "141"},
		{"Workers carried out a general strike in Buenos Aires.", "143", "190"},
		{"Teachers staged a strike in Nairobi.", "143", "141"},
		// intelligence sharing or cooperation suspended with someone
		// reduces relations with them; aid cut off is aid reduced, a
		// place cut off is blockaded
		{"Colombia suspended intelligence sharing with the United States.", "COL USA 160", ""},
		{"Trump cut off aid to Colombia.", "COL 162", "191"},
		{"Israel cut off electricity to Gaza.", "ISR PSEGZA 191", ""},
		{"Nicaragua's government stripped 135 political prisoners of their citizenship.", "NICGOV NICOPP 172", ""},
		// calling someone a dictator, a war criminal, a drug leader
		// denounces them; calling someone to talk is a call
		{"Zelensky called Putin a war criminal.", "UKRGOV RUSGOV 111", ""},
		{"Merz called Trump to discuss Ukraine.", " 041", "111"},
		{"The Houthis announced a blockade of Israeli ports.", "YEMREB ISR 191", "010"},
		// a reporting clause that says what its speaker did besides
		// speaking is no mere attribution to drop
		{"\"This is a great day for peace,\" Trump said after meeting Putin in Alaska.", "RUSGOV 040", ""},
		// a pattern's word that is the verb of a clause with a subject of
		// its own is that clause's; war announced is war on someone
		{"France's Macron announced that France would recognise the State of Palestine at the UN General Assembly.", "FRA PSE 032", "FRA 054"},
		{"Trump unveiled a 20-point plan to end the war in Gaza.", "", "138"},
		{"The US cut funds to UNRWA.", "USA IGOUNO 162", "070"},
		// two coordinated modifiers of one noun are two actors
		{"Egypt hosted talks between Israeli and Hamas negotiators.", "EGY ISRGOV 043", "---GOV"},
		// revoking a visa, a permit or a licence is an administrative
		// sanction; designating a group a
		// terrorist organisation blacklists it
		{"Washington revoked Petro's visa.", "USA COLGOV 172", "081"},
		{"Turkey revoked the licence of an opposition television channel.", "TUR TUROPPMED 172", ""},
		{"Israel revoked the work permits of thousands of Palestinians.", "ISR PSE 172", ""},
		{"The United States designated the Muslim Brotherhood a terrorist organisation.", "USA EGYOPPMUS 163", ""},
	} {
		checkNewsRule(t, sc.Coder, sc.Analysis, day, c)
	}
}

// A coder reuses its scratch state from sentence to sentence: whether a
// sentence mixes cases is the sentence's own, not the last one's (after a
// headline in capitals, "a strict Islamic state" had become the Islamic
// State, depending on when the pool was emptied).
func TestCaseRuleAfterHeadlineInCapitals(t *testing.T) {
	sc := storyCoder(t)
	day, _ := dict.ParseDay("20240105")
	for _, text := range []string{
		"BOKO HARAM ATTACKED THE ARMY IN NIGERIA.",
		"Boko Haram launched attacks in its campaign for a strict Islamic state in Nigeria.",
	} {
		var got []string
		for _, s := range sc.Analysis.Text(text, false) {
			r, err := sc.Coder.Code(s, day)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range r.Events {
				got = append(got, e.Source+" "+e.Target+" "+e.Code)
			}
		}
		if strings.Contains(text, "strict") && strings.Contains(strings.Join(got, "; "), "IMGMUSISI") {
			t.Errorf("%q: %v", text, got)
		}
	}
}

// A sentence about someone the dictionaries do not know takes its "he"
// and "him" from no earlier actor, nor do the sentences after it.
func TestUnknownNameSubjectClearsReferent(t *testing.T) {
	sc := storyCoder(t)
	date := time.Date(2019, 11, 20, 0, 0, 0, 0, time.UTC)
	st := &story.Story{ID: "s", Date: date, DateKnown: true, Text: "Police arrested a man in Fort Worth on Tuesday.\n\n" +
		"Webb confessed to the crime and the jury took just 15 minutes to find him guilty."}
	res := sc.CodeStory(st)
	for _, e := range res.Events {
		if e.Code == "116" {
			t.Errorf("the jury's verdict took the police for Webb: %+v", e)
		}
	}
	if len(res.Events) == 0 || res.Events[0].Code != "173" {
		t.Errorf("events %+v", res.Events)
	}
}

// TestPossessiveAgents checks whose agents "its ..." names in a story: an
// armed group's or an international body's stay theirs, as when the
// phrase names them ("its commanders" as "Hezbollah commanders"); a
// state's are the state's.
func TestPossessiveAgents(t *testing.T) {
	sc := storyCoder(t)
	day, _ := dict.ParseDay("20240105")
	for _, c := range []struct{ text, want, absent string }{
		{"Hezbollah said its commanders attacked Israel.", "LBNREBMIL ISR 190", "LBNMIL"},
		{"NATO said its troops attacked the rebels.", "IGOWSTNATMIL ---REB 190", "IGOMIL"},
		{"Iran's government said its troops attacked Israel.", "IRNMIL ISR 190", "IRNGOVMIL"},
		// saying that one's own attacked, naming no one attacked, is no
		// accusation: a speaker's own forces are the speaker's
		{"Israel said its forces attacked overnight.", "", "ISR"},
		{"Hamas said its fighters had attacked.", "", "PSEREBHMS"},
	} {
		var got []string
		for _, s := range sc.Analysis.Text(c.text, false) {
			res, err := sc.Coder.CodeContext(s, day, &coder.Context{})
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range res.Events {
				got = append(got, e.Source+" "+e.Target+" "+e.Code)
			}
		}
		all := strings.Join(got, "; ")
		if !strings.Contains(all, c.want) || strings.Contains(" "+all, " "+c.absent) {
			t.Errorf("%q: %q, want %q without %q", c.text, all, c.want, c.absent)
		}
	}
}

// TestPhoenixNewsRules codes sentences of our own from raw text with the
// Phoenix dictionaries merged over the built-ins, as `herald code --dict`
// reads them.
func TestPhoenixNewsRules(t *testing.T) {
	set, err := dict.Open(context.Background(), sharedtest.Path(t, "petrarch2", "dictionaries"), false)
	if err != nil {
		t.Fatal(err)
	}
	c := coder.New(set, coder.DefaultOptions())
	an := storyCoder(t).Analysis
	day, _ := dict.ParseDay("20191119")
	for _, tc := range []newsRule{
		// "us" written in lower case is a pronoun, not the United States
		{"Primarily, Google tells us you should expect to buy games on PlayStation.", "", "USA"},
		// a statement told to no one named keeps its source, so
		// PETRARCH's transformation of what it reports has an accuser
		{"Iran told us that Israel attacked Syria.", "IRN ISR 112", "USA"},
		// an infinitive with no agent before it is read on: the deal to
		// buy Boeing's jets is with Boeing
		{"Dubai's flagship carrier Emirates Airline finalized a deal to purchase 30 of Boeing's 787-9 Dreamliner jets.", "MNCUSA 057", ""},
	} {
		checkNewsRule(t, c, an, day, tc)
	}
}

// newsRule is a sentence, an event its coding must hold ("SRC TGT CODE",
// or "" for none required) and a code or triple it must not.
type newsRule struct{ text, want, absent string }

// checkNewsRule codes a rule's sentence from raw text and checks it.
func checkNewsRule(t *testing.T, c *coder.Coder, an *Analysis, day dict.Day, r newsRule) {
	t.Helper()
	var got []string
	for _, s := range an.Text(r.text, false) {
		res, err := c.Code(s, day)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range res.Events {
			got = append(got, e.Source+" "+e.Target+" "+e.Code)
		}
	}
	all := strings.Join(got, "; ")
	if !strings.Contains(all, r.want) || r.absent != "" && strings.Contains(" "+all, " "+r.absent) {
		t.Errorf("%q: %q, want %q without %q", r.text, all, r.want, r.absent)
	}
}
