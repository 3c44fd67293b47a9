package text

import (
	"bytes"
	"context"
	"os"
	"reflect"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/herald-events/herald/internal/conllu"
	"github.com/herald-events/herald/internal/sharedtest"
)

// loadTestAnalyzer loads the embedded model, or the model file named by
// HERALD_TEST_MODEL (to compare a newly trained model by the same tests
// and benchmarks before it is shipped).
func loadTestAnalyzer(t testing.TB) *Analyzer {
	t.Helper()
	load := Load
	if p := os.Getenv("HERALD_TEST_MODEL"); p != "" {
		load = func() (*Analyzer, error) { return LoadFile(p) }
	}
	a, err := load()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func readConllu(t testing.TB, elem ...string) []*conllu.Sentence {
	t.Helper()
	p := sharedtest.Path(t, elem...)
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := conllu.ReadAll(f, p)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func goldTokenSentences(a *Analyzer, gold []*conllu.Sentence) []Sentence {
	sys := make([]Sentence, len(gold))
	for i, g := range gold {
		for _, tk := range g.Tokens {
			joined := false
			if m := g.MultiTokenOf(tk.ID); m >= 0 && g.MultiTokens[m].First != tk.ID {
				joined = true
			}
			sys[i].Tokens = append(sys[i].Tokens, Token{Form: tk.Form, Joined: joined})
		}
		a.Tag(sys[i].Tokens)
		a.Parse(sys[i].Tokens)
	}
	return sys
}

// TestEWTDevAccuracy scores the embedded model on the EWT dev set, with
// gold tokens and from raw text.
func TestEWTDevAccuracy(t *testing.T) {
	gold := readConllu(t, "ud-english-ewt", "en_ewt-ud-dev.conllu")
	a := loadTestAnalyzer(t)
	sc, err := EvaluateUD(gold, goldTokenSentences(a, gold))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("gold tokens: UPOS %.2f XPOS %.2f lemma %.2f UAS %.2f LAS %.2f", sc.UPOS.F1, sc.XPOS.F1, sc.Lemma.F1, sc.UAS.F1, sc.LAS.F1)
	raw, err := EvaluateUD(gold, a.Analyze(RawText(gold)))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("raw text: tokens %.2f sentences %.2f words %.2f UPOS %.2f LAS %.2f (F1)", raw.Tokens.F1, raw.Sentences.F1, raw.Words.F1, raw.UPOS.F1, raw.LAS.F1)
	// floors a little under the measured figures: a regression guard
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"UPOS", sc.UPOS.F1, 94.8}, {"XPOS", sc.XPOS.F1, 94.3}, {"lemma", sc.Lemma.F1, 96.8},
		{"UAS", sc.UAS.F1, 85}, {"LAS", sc.LAS.F1, 81.6},
		{"tokens F1", raw.Tokens.F1, 98}, {"sentences F1", raw.Sentences.F1, 80}, {"LAS F1", raw.LAS.F1, 78},
	} {
		if c.got < c.want {
			t.Errorf("%s %.2f below %.1f", c.name, c.got, c.want)
		}
	}
}

// TestBeamBeatsGreedy checks on EWT dev that the beam finds better trees
// than greedy parsing with the same model, and that a beam of one is
// greedy parsing.
func TestBeamBeatsGreedy(t *testing.T) {
	gold := readConllu(t, "ud-english-ewt", "en_ewt-ud-dev.conllu")
	a := loadTestAnalyzer(t)
	g := a.Greedy()
	one := *a
	one.beam.width = 1
	var uas [2]float64
	for i, an := range []*Analyzer{a, g} {
		sc, err := EvaluateUD(gold, goldTokenSentences(an, gold))
		if err != nil {
			t.Fatal(err)
		}
		uas[i] = sc.UAS.F1
	}
	t.Logf("UAS: beam %.2f, greedy %.2f", uas[0], uas[1])
	if uas[0] < uas[1]+0.2 {
		t.Errorf("beam UAS %.2f not above greedy %.2f", uas[0], uas[1])
	}
	// a beam of one keeps the best move at every step: the greedy parse
	for _, s := range gold[:300] {
		in, n := parserInput(a, s)
		h1, l1 := a.m.parser.parseInput(in, n)
		h2, l2 := a.m.parser.parseBeam(in, n, one.beam)
		if !slices.Equal(h1, h2) || !slices.Equal(l1, l2) {
			t.Fatalf("%s: beam of one %v %v, greedy %v %v", s.ID, h2, l2, h1, l1)
		}
	}
}

// parserInput tags a gold sentence's words and returns the parser's input
// for them and their number.
func parserInput(a *Analyzer, s *conllu.Sentence) (*pinput, int) {
	toks := make([]Token, len(s.Tokens))
	for i, tk := range s.Tokens {
		toks[i] = Token{Form: tk.Form}
	}
	ws, classes := a.tagClasses(toks, nil)
	xpos := make([]string, len(classes))
	for i, c := range classes {
		xpos[i] = a.m.tagger.xpos[c]
	}
	return pinputFromWords(ws, classes, xpos), len(toks)
}

// TestBeamConfigsGiveTrees parses dev sentences under beam settings other
// than the default: every parse is a tree with one root.
func TestBeamConfigsGiveTrees(t *testing.T) {
	gold := readConllu(t, "ud-english-ewt", "en_ewt-ud-dev.conllu")
	a := loadTestAnalyzer(t)
	for _, cfg := range []beamConfig{
		{width: 3, temp: a.beam.temp, delta: 5, maxAge: 1},
		{width: 8, temp: a.beam.temp / 4, delta: 100},
		{width: 2, temp: a.beam.temp, delta: 0.01, maxAge: 2},
	} {
		for _, s := range gold[:400] {
			in, n := parserInput(a, s)
			heads, labels := a.m.parser.parseBeam(in, n, cfg)
			roots := 0
			for i, h := range heads {
				if h < 0 || h > len(heads) || h == i+1 || labels[i] < 0 {
					t.Fatalf("%+v %s: word %d head %d label %d", cfg, s.ID, i+1, h, labels[i])
				}
				if h == 0 {
					roots++
				}
				for k, n := i, 0; k >= 0; k, n = heads[k]-1, n+1 {
					if n > len(heads) {
						t.Fatalf("%+v %s: word %d on a cycle", cfg, s.ID, i+1)
					}
				}
			}
			if roots != 1 {
				t.Fatalf("%+v %s: %d roots", cfg, s.ID, roots)
			}
		}
	}
}

// TestAddCand checks the beam's candidate list: sorted by falling score,
// ties in arrival order, at most k long.
func TestAddCand(t *testing.T) {
	var cs []beamCand
	for i, sc := range []float32{1, 3, 2, 3, 0, 5} {
		cs = addCand(cs, 3, beamCand{from: int32(i), score: sc})
	}
	var got []int32
	for _, c := range cs {
		got = append(got, c.from)
	}
	if !slices.Equal(got, []int32{5, 1, 3}) {
		t.Errorf("kept %v, want [5 1 3]", got)
	}
}

// TestEWTSentences checks tags and arcs on real dev sentences against their
// gold annotation.
func TestEWTSentences(t *testing.T) {
	gold := readConllu(t, "ud-english-ewt", "en_ewt-ud-dev.conllu")
	a := loadTestAnalyzer(t)
	byText := map[string]*conllu.Sentence{}
	for _, g := range gold {
		byText[g.Text] = g
	}
	// news-like dev sentences: every tag, lemma and arc is checked against
	// the gold annotation
	for _, text := range []string{
		"The battles and demonstrations were provoked by the US assault on Fallujah.",
		"Last month, Nasrallah announced that his party would close ranks with Hamas.",
		"Arafat's death creates a vacuum in Palestinian leadership that will not soon be filled.",
	} {
		g := byText[text]
		if g == nil {
			t.Fatalf("dev sentence %q not found", text)
		}
		toks := goldTokenSentences(a, []*conllu.Sentence{g})[0].Tokens
		for i, tk := range toks {
			gt := g.Tokens[i]
			if tk.UPOS != gt.UPOS || tk.XPOS != gt.XPOS || tk.Lemma != gt.Lemma {
				t.Errorf("%q word %d %q: got %s/%s/%s, gold %s/%s/%s", text, i+1, tk.Form, tk.UPOS, tk.XPOS, tk.Lemma, gt.UPOS, gt.XPOS, gt.Lemma)
			}
			if tk.Head != gt.Head || tk.Deprel != gt.Deprel {
				t.Errorf("%q: arc of %q is %d/%s, gold %d/%s", text, tk.Form, tk.Head, tk.Deprel, gt.Head, gt.Deprel)
			}
		}
	}
}

func TestAnalyzeNews(t *testing.T) {
	a := loadTestAnalyzer(t)
	in := "Israeli troops killed two Palestinian gunmen on Tuesday, the army said. Hamas condemned the attack."
	ss := a.Analyze(in)
	if len(ss) != 2 {
		t.Fatalf("%d sentences", len(ss))
	}
	for _, s := range ss {
		roots := 0
		for i, tk := range s.Tokens {
			if in[tk.Start:tk.End] != tk.Form {
				t.Errorf("offsets of %q wrong", tk.Form)
			}
			if tk.Head < 0 || tk.Head > len(s.Tokens) || tk.Head == i+1 || tk.Deprel == "" || tk.UPOS == "" || tk.XPOS == "" || tk.Lemma == "" {
				t.Errorf("incomplete token %+v", tk)
			}
			if tk.Head == 0 {
				roots++
			}
		}
		if roots != 1 {
			t.Errorf("%d roots in %q", roots, s.Text)
		}
	}
	second := ss[1].Tokens
	if second[1].Form != "condemned" || second[1].Head != 0 || second[1].Lemma != "condemn" || second[0].Deprel != "nsubj" || second[3].Deprel != "obj" {
		t.Errorf("Hamas condemned the attack: %+v", second)
	}
	if l := a.VerbLemma("killed"); l != "kill" {
		t.Errorf("VerbLemma(killed) = %q", l)
	}
	if l := a.Lemma("said", "VBD"); l != "say" {
		t.Errorf("Lemma(said) = %q", l)
	}
}

// A typographic apostrophe is read as the ASCII one: "officials’" is a
// possessive, and "talk" after it a noun, not a verb.
func TestTypographicApostrophe(t *testing.T) {
	a := loadTestAnalyzer(t)
	in := "Rohan revealed Gondorian officials’ daily talk about an attack on Arnor."
	ss := a.Analyze(in)
	if len(ss) != 1 {
		t.Fatalf("%d sentences", len(ss))
	}
	var apos, talk Token
	for _, tk := range ss[0].Tokens {
		switch tk.Form {
		case "’":
			apos = tk
		case "talk":
			talk = tk
		}
	}
	if apos.XPOS != "POS" || talk.UPOS != "NOUN" {
		t.Errorf("’ %s, talk %s: want POS and NOUN", apos.XPOS, talk.UPOS)
	}
	if in[apos.Start:apos.End] != "’" {
		t.Errorf("the token keeps its form and offsets: %+v", apos)
	}
}

// A past tense verb between its subject and object is not a participle,
// and the sentence's root is that verb; a naming participle stays one.
func TestFinitePastTense(t *testing.T) {
	a := loadTestAnalyzer(t)
	for _, c := range []struct{ text, word, xpos string }{
		{"On Monday, Israel attacked Gaza.", "attacked", "VBD"},
		{"On Tuesday, rebels seized the town.", "seized", "VBD"},
		{"She met a man named Joe.", "named", "VBN"},
		{"The town was attacked by rebels.", "attacked", "VBN"},
		{"Russia, which denies the charge, attacked Ukraine on Monday.", "attacked", "VBD"},
		{"The Republic of Arnor fired anti-aircraft missiles at Gondor this week.", "fired", "VBD"},
		{"The missiles fired at Gondor were new.", "fired", "VBN"},
		{"In a joint statement published Oct. 25, the two ministries accused Gondor.", "published", "VBN"},
		{"The United Nations called upon Gondor to stop the offensive.", "called", "VBD"},
		{"The passport needed for the trip was lost.", "needed", "VBN"},
		// a bare noun or an infinitive after it, in a clause with no
		// finite verb before it
		{"Hundreds of farmers mounted protests against the new tax.", "mounted", "VBD"},
		{"The storm threatened oil platforms in the gulf.", "threatened", "VBD"},
		{"The company promised to cut prices within a month.", "promised", "VBD"},
		{"We visited a family owned company near the port.", "owned", "VBN"},
		// a sentence the tagger left with no finite verb at all
		{"The city's new mayor left yesterday for Geneva for talks with the government.", "left", "VBD"},
		{"The small shop charges $5 for a cup of tea.", "charges", "VBZ"},
		// a bare singular subject in a sentence with no finite verb
		{"Kenyan police fired tear gas at the crowd.", "fired", "VBD"},
		// a possessive is no auxiliary ("Gondor's" is not "Gondor is")
		{"Gondor's elite guard attacked Arnor on Friday.", "attacked", "VBD"},
		// an irregular form training saw only as a noun and a participle
		{"Border guards shot two smugglers near the river.", "shot", "VBD"},
		{"The photographer took a good shot of the bridge.", "shot", "NN"},
	} {
		ss := a.Analyze(c.text)
		if len(ss) != 1 {
			t.Fatalf("%q: %d sentences", c.text, len(ss))
		}
		for _, tk := range ss[0].Tokens {
			if tk.Form == c.word && tk.XPOS != c.xpos {
				t.Errorf("%q: %s is %s, want %s", c.text, c.word, tk.XPOS, c.xpos)
			}
			if tk.Form == c.word && c.xpos == "VBD" && tk.Head != 0 {
				t.Errorf("%q: %s is not the root (head %d)", c.text, c.word, tk.Head)
			}
		}
	}
}

// A base form ending a preposition's noun phrase is a noun: "target" had
// been a VB conjoined to "launched".
func TestNounAfterPrepositionPhrase(t *testing.T) {
	a := loadTestAnalyzer(t)
	checkTagRule(t, a, a.nounAfterPrepositionPhrase, []tagRuleCase{
		{"struck against a rebel target near the town", "VERB/VBD ADP/IN DET/DT NOUN/NN VERB/VB ADP/IN DET/DT NOUN/NN", "VBD IN DT NN NN IN DT NN"},
		// not after "to": "to the people target ..." is no noun phrase's end
		{"came to the people target", "VERB/VBD ADP/IN DET/DT NOUN/NNS VERB/VB", "VBD IN DT NNS VB"},
	})
}

// tagCase is a sentence, a word of it and the Penn tag it must get.
type tagCase struct{ text, word, xpos string }

// checkTags analyses each case's sentence and checks its word's tag.
func checkTags(t *testing.T, cases []tagCase) {
	t.Helper()
	a := loadTestAnalyzer(t)
	for _, c := range cases {
		for _, tk := range a.Analyze(c.text)[0].Tokens {
			if tk.Form == c.word && tk.XPOS != c.xpos {
				t.Errorf("%q: %s is %s, want %s", c.text, c.word, tk.XPOS, c.xpos)
			}
		}
	}
}

// After the object of "help", "make", "let", "have" or "watch" a verb is a
// bare infinitive; after a nominative pronoun it is the pronoun's verb.
func TestCausativeBase(t *testing.T) {
	checkTags(t, []tagCase{
		{"The court jailed him for helping young men join an armed group.", "join", "VB"},
		{"The strikes made the rebels retreat from the town.", "retreat", "VB"},
		{"We make sure they go home.", "go", "VBP"},
	})
}

// Where only a verb can stand, a word that can be one is one.
func TestVerbAfterFunctionWord(t *testing.T) {
	checkTags(t, []tagCase{
		{"Police have laid siege to the university campus.", "laid", "VBN"},
		{"They worry the talks will fail.", "worry", "VBP"},
		{"We note that the army withdrew.", "note", "VBP"},
		{"Do they know the way?", "know", "VB"},
		{"The new building will house the city's police offices.", "house", "VB"},
		{"A small electric pump powers the front brakes.", "powers", "VBZ"},
	})
}

// A verb of saying before the subject ends the clause before it: the
// past tense verb of its complement is found, and is that complement.
func TestComplementPastTense(t *testing.T) {
	a := loadTestAnalyzer(t)
	ss := a.Analyze("Officials said such a move enjoyed support from Paris and Berlin.")
	tk := ss[0].Tokens[5]
	if tk.Form != "enjoyed" || tk.XPOS != "VBD" || tk.Head != 2 || tk.Deprel != "ccomp" {
		t.Errorf("got %s %s head %d %s, want enjoyed VBD, ccomp of said", tk.Form, tk.XPOS, tk.Head, tk.Deprel)
	}
}

// A capitalized word the tagger took for a foreign word, before a noun,
// is a name (a foreign word there had left the parser a clause where
// there is a noun phrase); a known word, or one before no noun, stays.
func TestForeignNames(t *testing.T) {
	a := loadTestAnalyzer(t)
	checkTagRule(t, a, a.foreignNames, []tagRuleCase{
		{"rebels engaged Zorbanian peacekeepers", "NOUN/NNS VERB/VBD X/FW NOUN/NNS", "NNS VBD NNP NNS"},
		{"rebels engaged Zorbanian yesterday", "NOUN/NNS VERB/VBD X/FW ADV/RB", "NNS VBD FW RB"},
		{"rebels engaged zorbanian peacekeepers", "NOUN/NNS VERB/VBD X/FW NOUN/NNS", "NNS VBD FW NNS"},
	})
}

// tagRuleCase is a sentence's words, the tags the tagger gave them
// (UPOS/XPOS) and the Penn tags a tag repair must leave.
type tagRuleCase struct{ words, tags, want string }

// checkTagRule applies a tag repair to each case's tags.
func checkTagRule(t *testing.T, a *Analyzer, rule func(forms []string, classes []int), cases []tagRuleCase) {
	t.Helper()
	for _, c := range cases {
		forms := strings.Fields(c.words)
		var classes []int
		for _, ut := range strings.Fields(c.tags) {
			u, x, _ := strings.Cut(ut, "/")
			cl, ok := a.classOf[[2]string{u, x}]
			if !ok {
				t.Fatalf("no class %s", ut)
			}
			classes = append(classes, cl)
		}
		rule(forms, classes)
		var got []string
		for _, cl := range classes {
			got = append(got, a.m.tagger.xpos[cl])
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%q: %s, want %s", c.words, g, c.want)
		}
	}
}

// Only a word that can be a past tense form is made one: a regular "-ed"
// form, an unseen word, or a word the training data had as VBD.
func TestCanBePast(t *testing.T) {
	a := loadTestAnalyzer(t)
	for w, want := range map[string]bool{"stolen": false, "taken": false, "took": true, "revised": true, "blorfed": true} {
		if got := canBePast(a.m.tagger, w); got != want {
			t.Errorf("canBePast(%q) = %v, want %v", w, got, want)
		}
	}
}

// Web and e-mail addresses are tagged ADD whatever their context.
func TestAddressTags(t *testing.T) {
	a := loadTestAnalyzer(t)
	for _, c := range []struct{ text, word, xpos string }{
		{`The site, "paulhastings.com" made the list.`, "paulhastings.com", "ADD"},
		{"It ran on the Seattlepi.com ( see source ).", "Seattlepi.com", "ADD"},
		{"E-mail: jane@isye.gatech.edu john@prism.gatech.edu Home: 404-449-1026", "john@prism.gatech.edu", "ADD"},
	} {
		found := false
		for _, s := range a.Analyze(c.text) {
			for _, tk := range s.Tokens {
				if tk.Form == c.word {
					found = true
					if tk.XPOS != c.xpos {
						t.Errorf("%q: %s is %s, want %s", c.text, c.word, tk.XPOS, c.xpos)
					}
				}
			}
		}
		if !found {
			t.Errorf("%q: no token %q", c.text, c.word)
		}
	}
}

// A hyphen joining two words is HYPH, not a dash; one between digits is
// not.
func TestJoinedHyphen(t *testing.T) {
	a := loadTestAnalyzer(t)
	for _, c := range []struct {
		text string
		hyph bool
	}{
		{"Rebels shelled a government-held part of the city overnight.", true},
		{"The score was 3-2 at the break.", false},
	} {
		ss := a.Analyze(c.text)
		for _, s := range ss {
			for _, tk := range s.Tokens {
				if tk.Form == "-" && (tk.XPOS == "HYPH") != c.hyph {
					t.Errorf("%q: - is %s", c.text, tk.XPOS)
				}
			}
		}
	}
}

// A straight double quote opens or closes a quotation by the spaces
// around it.
func TestQuoteDirection(t *testing.T) {
	a := loadTestAnalyzer(t)
	ss := a.Analyze(`The "new" plan "failed" and Rohan rejected the "so-called" deal.`)
	var tags []string
	for _, s := range ss {
		for _, tk := range s.Tokens {
			if tk.Form == `"` {
				tags = append(tags, tk.XPOS)
			}
		}
	}
	if strings.Join(tags, " ") != "`` '' `` '' `` ''" {
		t.Errorf("quote tags %v", tags)
	}
}

// TestTrainDeterministic trains twice on a slice of EWT train and demands
// identical model bytes, then checks the small model learned something.
func TestTrainDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("training in -short mode")
	}
	sents := readConllu(t, "ud-english-ewt", "en_ewt-ud-train.conllu")[:400]
	// two of each model, trained in parallel and merged: still the same bytes
	opt := TrainOptions{TaggerIters: 3, ParserIters: 3, Folds: 2, Ensemble: 2, Seed: 7}
	var a, b bytes.Buffer
	if err := Train(context.Background(), sents, opt, &a); err != nil {
		t.Fatal(err)
	}
	if err := Train(context.Background(), sents, opt, &b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatalf("two trainings gave different models (%d and %d bytes)", a.Len(), b.Len())
	}
	an, err := LoadModel(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	sc, err := EvaluateUD(sents, goldTokenSentences(an, sents))
	if err != nil {
		t.Fatal(err)
	}
	if sc.UPOS.F1 < 85 || sc.UAS.F1 < 70 {
		t.Errorf("small model on its own training data: UPOS %.1f UAS %.1f", sc.UPOS.F1, sc.UAS.F1)
	}
}

func TestLoadModelErrors(t *testing.T) {
	if _, err := LoadModel(strings.NewReader("not gzip")); err == nil {
		t.Error("garbage accepted")
	}
	if len(embeddedModel) > 1000 {
		// truncated models must fail cleanly
		for _, n := range []int{10, len(embeddedModel) / 2, len(embeddedModel) - 5} {
			if _, err := LoadModel(bytes.NewReader(embeddedModel[:n])); err == nil {
				t.Errorf("model truncated to %d bytes accepted", n)
			}
		}
	}
}

// gigawordSentences returns the <Text> of the GigaWord sample records.
func gigawordSentences(b *testing.B) []string {
	p := sharedtest.Path(b, "petrarch2", "GigaWord.sample.PETR.xml")
	raw, err := os.ReadFile(p)
	if err != nil {
		b.Fatal(err)
	}
	re := regexp.MustCompile(`(?s)<Text>(.*?)</Text>`)
	var out []string
	for _, m := range re.FindAllStringSubmatch(string(raw), -1) {
		out = append(out, strings.TrimSpace(m[1]))
	}
	return out
}

// BenchmarkAnalyzeNews: raw news text to tagged and parsed sentences, one
// goroutine.
func BenchmarkAnalyzeNews(b *testing.B) { benchAnalyze(b, loadTestAnalyzer(b)) }

// BenchmarkAnalyzeNewsFast is the one-pass tagging mode.
func BenchmarkAnalyzeNewsFast(b *testing.B) { benchAnalyze(b, loadTestAnalyzer(b).Fast()) }

// BenchmarkAnalyzeNewsGreedy parses without the beam.
func BenchmarkAnalyzeNewsGreedy(b *testing.B) { benchAnalyze(b, loadTestAnalyzer(b).Greedy()) }

func benchAnalyze(b *testing.B, a *Analyzer) {
	texts := gigawordSentences(b)
	words := 0
	for _, tx := range texts {
		for _, s := range Tokenize(tx) {
			words += len(s.Tokens)
		}
	}
	runtime.GC()
	b.ResetTimer()
	cpu0 := cpuTime()
	n := 0
	for i := 0; i < b.N; i++ {
		for _, tx := range texts {
			n += len(a.Analyze(tx))
		}
	}
	cpu := cpuTime() - cpu0
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
	if cpu > 0 {
		// per CPU-second of this process (GC included): the rate on one
		// core when the machine is shared with other work
		b.ReportMetric(float64(n)/cpu.Seconds(), "sentences/cpu-s")
	}
}

// BenchmarkLoad measures loading the embedded model, and the process's
// resident memory with one model loaded.
func BenchmarkLoad(b *testing.B) {
	var keep *Analyzer
	for i := 0; i < b.N; i++ {
		a, err := Load()
		if err != nil {
			b.Fatal(err)
		}
		keep = a
	}
	b.StopTimer()
	runtime.GC()
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/load")
	if rss := residentMB(); rss > 0 {
		b.ReportMetric(rss, "RSS-MB")
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heap-MB")
	runtime.KeepAlive(keep)
	_ = time.Now
}

func residentMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "VmRSS:") {
			f := strings.Fields(l)
			if len(f) >= 2 {
				kb, _ := strconv.ParseFloat(f[1], 64)
				return kb / 1024
			}
		}
	}
	return 0
}

// FuzzAnalyze checks that any text analyses into well-formed trees: every
// head in range, one root per sentence, no cycle, whatever the tagger
// and parser and the repairs after them make of it.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"Rebels engaged Bolivian peacekeepers in a firefight on Saturday, officials said.",
		"The talks ended as the minister prepared to leave.", "Officials said such a move enjoyed support.",
		"\"Go ( now ) ,\" he said . \" \" ( [ ] )", "The city's new mayor left yesterday.", "A.", ", , .",
		"He wrote to press@example.org and www.un.org.", "“Quote” — (bracket [x]) 'single'",
	} {
		f.Add(s)
	}
	a := loadTestAnalyzer(f)
	f.Fuzz(func(t *testing.T, in string) {
		for _, s := range a.Analyze(in) {
			roots := 0
			for i, tk := range s.Tokens {
				if tk.Head < 0 || tk.Head > len(s.Tokens) || tk.Head == i+1 {
					t.Fatalf("%q: word %d has head %d", in, i+1, tk.Head)
				}
				if tk.Head == 0 {
					roots++
				}
				k := i
				for steps := 0; k >= 0; steps++ {
					if steps > len(s.Tokens) {
						t.Fatalf("%q: word %d is on a cycle", in, i+1)
					}
					k = s.Tokens[k].Head - 1
				}
			}
			if len(s.Tokens) > 0 && roots != 1 {
				t.Fatalf("%q: %d roots", in, roots)
			}
		}
	})
}

func TestNumberWordsAnalysis(t *testing.T) {
	a := loadTestAnalyzer(t)
	// through the whole analysis: the lemma follows the tag
	s := a.Analyze("Several thousand teachers marched.")[0]
	if s.Tokens[1].XPOS != "CD" || s.Tokens[1].Lemma != "thousand" || s.Tokens[3].XPOS != "VBD" {
		t.Errorf("several thousand teachers marched: %s/%s/%s, %s", s.Tokens[1].XPOS, s.Tokens[1].Lemma, s.Tokens[1].Form, s.Tokens[3].XPOS)
	}
}

// News tagging repairs, each with a case it makes and one it leaves:
// no adjective follows a modal without "be" (one with an object after it
// is a base form verb); in a sentence with no finite verb, an adjective
// training saw as a noun that ends a subject a determiner opened is the
// noun and the regular past form after it the verb, and a regular
// participle with an object after it is the verb (not before a
// preposition, a caption's); a capitalized adjective after a determiner
// that no noun follows names people.
func TestNewsTagRules(t *testing.T) {
	a := loadTestAnalyzer(t)
	for _, r := range []struct {
		name  string
		rule  func(forms []string, classes []int)
		cases []tagRuleCase
	}{
		{"modal adjective", a.verbAfterFunctionWord, []tagRuleCase{
			{"Israel would free over 150 prisoners", "PROPN/NNP AUX/MD ADJ/JJ ADV/RB NUM/CD NOUN/NNS", "NNP MD VB RB CD NNS"},
			{"Israel would free the mayor", "PROPN/NNP AUX/MD ADJ/JJ DET/DT NOUN/NN", "NNP MD VB DT NN"},
			{"it would free us", "PRON/PRP AUX/MD ADJ/JJ PRON/PRP", "PRP MD VB PRP"},
			{"prices would free fall", "NOUN/NNS AUX/MD ADJ/JJ NOUN/NN", "NNS MD JJ NN"},
		}},
		{"verb before a possessive", a.verbBeforePossessive, []tagRuleCase{
			{"Human Rights Watch 's Asia director", "ADJ/JJ NOUN/NNS VERB/VBP PART/POS PROPN/NNP NOUN/NN", "JJ NNS NNP POS NNP NN"},
			{"the watch 's face", "DET/DT VERB/VBP PART/POS NOUN/NN", "DT NN POS NN"},
			// "'s" for "is" after a verb stays as it is
			{"what matters 's clear", "PRON/WP VERB/VBZ AUX/VBZ ADJ/JJ", "WP VBZ VBZ JJ"},
		}},
		{"lower-case name after a modifier", a.lowerCaseName, []tagRuleCase{
			{"The Russian defence ministry said", "DET/DT ADJ/JJ NOUN/NN PROPN/NNP VERB/VBD", "DT JJ NN NN VBD"},
			// no determiner, or a name going on after it, stays
			{"you mean miramar florida", "PRON/PRP VERB/VBP NOUN/NN PROPN/NNP", "PRP VBP NN NNP"},
			{"the militant group al - Shabab", "DET/DT ADJ/JJ NOUN/NN PROPN/NNP PUNCT/HYPH PROPN/NNP", "DT JJ NN NNP HYPH NNP"},
		}},
		{"plural after a number", a.pluralAfterNumber, []tagRuleCase{
			{"forces intercepted three Houthi drones over the sea", "NOUN/NNS VERB/VBD NUM/CD PROPN/NNP VERB/VBZ ADP/IN DET/DT NOUN/NN", "NNS VBD CD NNP NNS IN DT NN"},
			// a year before a name and its verb, and "one", stay
			{"in 1560 Lopez visits Rome", "ADP/IN NUM/CD PROPN/NNP VERB/VBZ PROPN/NNP", "IN CD NNP VBZ NNP"},
			{"the one Lopez visits", "DET/DT NUM/CD PROPN/NNP VERB/VBZ", "DT CD NNP VBZ"},
		}},
		{"violent -ing noun in a preposition's phrase", a.ingEventNoun, []tagRuleCase{
			{"killed in Israeli tank shelling in Gaza", "VERB/VBN ADP/IN ADJ/JJ NOUN/NN VERB/VBG ADP/IN PROPN/NNP", "VBN IN JJ NN NN IN NNP"},
			// after a plural noun it is a participle
			{"aid for soldiers fighting in Gaza", "NOUN/NN ADP/IN NOUN/NNS VERB/VBG ADP/IN PROPN/NNP", "NN IN NNS VBG IN NNP"},
		}},
		{"phrasal past after a name", a.phrasalPast, []tagRuleCase{
			{"The US Navy shot down two Houthi drones", "DET/DT PROPN/NNP PROPN/NNP NOUN/NN ADV/RB NUM/CD PROPN/NNP VERB/VBZ", "DT NNP NNP VBD RB CD NNP NNS"},
			// a noun training never saw as a verb stays one
			{"The US Navy band down two floors", "DET/DT PROPN/NNP PROPN/NNP NOUN/NN ADV/RB NUM/CD NOUN/NNS", "DT NNP NNP NN RB CD NNS"},
			{"A drone attack set fire to a depot", "DET/DT NOUN/NN NOUN/NN NOUN/NN NOUN/NN ADP/IN DET/DT NOUN/NN", "DT NN NN VBD NN IN DT NN"},
			// a set of fire rules
			{"The set fire rules", "DET/DT NOUN/NN NOUN/NN NOUN/NNS", "DT NN NN NNS"},
		}},
		{"participle after a comma", a.verbAfterFunctionWord, []tagRuleCase{
			{"Araghchi said , warning Israel", "PROPN/NNP VERB/VBD PUNCT/, NOUN/NN PROPN/NNP", "NNP VBD , VBG NNP"},
			// "something" and a word with no object after it stay
			{"he said , something big", "PRON/PRP VERB/VBD PUNCT/, NOUN/NN ADJ/JJ", "PRP VBD , NN JJ"},
			{"he said , warning .", "PRON/PRP VERB/VBD PUNCT/, NOUN/NN PUNCT/.", "PRP VBD , NN ."},
		}},
		{"progressive after be", a.verbAfterFunctionWord, []tagRuleCase{
			{"The EU is weighing sanctions", "DET/DT PROPN/NNP AUX/VBZ ADJ/JJ NOUN/NNS", "DT NNP VBZ VBG NNS"},
			{"The EU is weighing sanctions", "DET/DT PROPN/NNP AUX/VBZ NOUN/NN NOUN/NNS", "DT NNP VBZ VBG NNS"},
			// an adjective training knows, and "nothing", stay
			{"These are interesting examples", "DET/DT AUX/VBP ADJ/JJ NOUN/NNS", "DT VBP JJ NNS"},
			{"There is nothing illegal", "PRON/EX VERB/VBZ PRON/NN ADJ/JJ", "EX VBZ NN JJ"},
		}},
		{"participle of a verb that names whom before a preposition", a.accusedParticiple, []tagRuleCase{
			{"Sudan 's RSF accused of genocide", "PROPN/NNP PART/POS PROPN/NNP VERB/VBD ADP/IN NOUN/NN", "NNP POS NNP VBN IN NN"},
			{"Three soldiers killed in Gaza", "NUM/CD NOUN/NNS VERB/VBD ADP/IN PROPN/NNP", "CD NNS VBN IN NNP"},
			// with whom after it, it is the active past, also after a
			// count ("at least")
			{"Iran accused Israel of crimes", "PROPN/NNP VERB/VBD PROPN/NNP ADP/IN NOUN/NNS", "NNP VBD NNP IN NNS"},
			{"strikes killed at least 20 people", "NOUN/NNS VERB/VBD ADP/IN ADJ/JJS NUM/CD NOUN/NNS", "NNS VBD IN JJS CD NNS"},
			// another verb before a preposition is left alone
			{"Israel attacked after dawn", "PROPN/NNP VERB/VBD ADP/IN NOUN/NN", "NNP VBD IN NN"},
		}},
		{"adjective after a finite verb", a.adjectiveAfterVerb, []tagRuleCase{
			{"The United States faced stiff international criticism", "DET/DT PROPN/NNP PROPN/NNPS VERB/VBD VERB/VB ADJ/JJ NOUN/NN", "DT NNP NNPS VBD JJ JJ NN"},
			// a verb that takes a bare infinitive keeps it
			{"They helped build homes", "PRON/PRP VERB/VBD VERB/VB NOUN/NNS", "PRP VBD VB NNS"},
			// a word training saw only as a verb stays one
			{"Officials said build roads", "NOUN/NNS VERB/VBD VERB/VB NOUN/NNS", "NNS VBD VB NNS"},
			{"Officials faced build roads", "NOUN/NNS VERB/VBD VERB/VB NOUN/NNS", "NNS VBD VB NNS"},
		}},
		{"verbless adjective subject", a.verbless, []tagRuleCase{
			{"The Chinese military staged drills .", "DET/DT ADJ/JJ ADJ/JJ VERB/VBN NOUN/NNS PUNCT/.", "DT JJ NN VBD NNS ."},
			{"Chinese military staged drills .", "ADJ/JJ ADJ/JJ VERB/VBN NOUN/NNS PUNCT/.", "JJ JJ VBN NNS ."},
			{"The military ousted President Bazoum .", "DET/DT ADJ/JJ ADJ/JJ PROPN/NNP PROPN/NNP PUNCT/.", "DT NN VBD NNP NNP ."},
			// an adjective in -ed before no noun phrase stays one
			{"The military ousted .", "DET/DT ADJ/JJ ADJ/JJ PUNCT/.", "DT JJ JJ ."},
		}},
		{"verbless appeal", a.verbless, []tagRuleCase{
			{"BRICS leaders called for reform .", "PROPN/NNP NOUN/NNS VERB/VBN ADP/IN NOUN/NN PUNCT/.", "NNP NNS VBD IN NN ."},
			// a participle of another verb before a preposition stays
			{"Three soldiers killed in Gaza .", "NUM/CD NOUN/NNS VERB/VBN ADP/IN PROPN/NNP PUNCT/.", "CD NNS VBN IN NNP ."},
		}},
		{"verbless unseen adjective in -ed", a.verbless, []tagRuleCase{
			{"the ELN resumed peace talks .", "DET/DT PROPN/NNP ADJ/JJ NOUN/NN NOUN/NNS PUNCT/.", "DT NNP VBD NN NNS ."},
			// one training saw as an adjective stays one
			{"the ELN limited groups .", "DET/DT PROPN/NNP ADJ/JJ NOUN/NNS PUNCT/.", "DT NNP JJ NNS ."},
		}},
		{"headline verb after a name", a.headlineVerb, []tagRuleCase{
			{"US sanctions Chinese firms", "PROPN/NNP NOUN/NNS ADJ/JJ NOUN/NNS", "NNP VBZ JJ NNS"},
			// with a verb of its own, or before a preposition, a noun
			{"US sanctions hit Iran", "PROPN/NNP NOUN/NNS VERB/VBD PROPN/NNP", "NNP NNS VBD NNP"},
			{"EU sanctions on Russia", "PROPN/NNP NOUN/NNS ADP/IN PROPN/NNP", "NNP NNS IN NNP"},
			// a noun phrase around a name, ending in a singular noun
			{"Syria 's new government signs deal", "PROPN/NNP PART/POS ADJ/JJ NOUN/NN NOUN/NNS NOUN/NN", "NNP POS JJ NN VBZ NN"},
			// a plural before the plural is no subject; nor one in lower case
			{"Syria 's new troops signs deal", "PROPN/NNP PART/POS ADJ/JJ NOUN/NNS NOUN/NNS NOUN/NN", "NNP POS JJ NNS NNS NN"},
			{"road signs warning drivers", "NOUN/NN NOUN/NNS NOUN/NN NOUN/NNS", "NN NNS NN NNS"},
		}},
		{"headline verb after coordinated names", a.headlineCompoundVerb, []tagRuleCase{
			{"Putin , Xi pledge deeper ties", "PROPN/NNP PUNCT/, PROPN/NNP PROPN/NNP ADJ/JJR NOUN/NNS", "NNP , NNP VBP JJR NNS"},
			{"Russia and China vow closer ties", "PROPN/NNP CCONJ/CC PROPN/NNP NOUN/NN ADJ/JJR NOUN/NNS", "NNP CC NNP VBP JJR NNS"},
			// one name, a verb elsewhere, or no headline verb: left alone
			{"Xi pledge deeper ties", "PROPN/NNP PROPN/NNP ADJ/JJR NOUN/NNS", "NNP NNP JJR NNS"},
			{"Russia and China pledge ties grew", "PROPN/NNP CCONJ/CC PROPN/NNP PROPN/NNP NOUN/NNS VERB/VBD", "NNP CC NNP NNP NNS VBD"},
			{"Russia and China summit talks", "PROPN/NNP CCONJ/CC PROPN/NNP NOUN/NN NOUN/NNS", "NNP CC NNP NN NNS"},
		}},
		{"unseen name in a closed class", a.unseenClosedClass, []tagRuleCase{
			{"ECOWAS suspended Guinea", "CCONJ/CC ADJ/JJ PROPN/NNP", "NNP JJ NNP"},
			// a word training lists keeps its tag; so does a sentence's
			// first word that is not all capitals
			{"And Guinea", "CCONJ/CC PROPN/NNP", "CC NNP"},
			{"Zorblat Guinea", "SCONJ/IN PROPN/NNP", "IN NNP"},
		}},
		{"past tense like its base after a name", a.sameFormPast, []tagRuleCase{
			{"The US cut funds to UNRWA", "DET/DT PROPN/NNP NOUN/NN VERB/VBZ ADP/IN PROPN/NNP", "DT NNP VBD NNS IN NNP"},
			// after a common noun, or with a verb that is no plural, left alone
			{"The budget cut funds", "DET/DT NOUN/NN NOUN/NN VERB/VBZ", "DT NN NN VBZ"},
			{"The US cut seems", "DET/DT PROPN/NNP NOUN/NN VERB/VBZ", "DT NNP NN VBZ"},
		}},
		{"letters are no punctuation", a.lettersAsPunctuation, []tagRuleCase{
			{"counterpart Wang Yi on Friday", "NOUN/NN NOUN/NN PUNCT/'' ADP/IN PROPN/NNP", "NN NN NNP IN NNP"},
			{"he said , yes", "PRON/PRP VERB/VBD PUNCT/, INTJ/UH", "PRP VBD , UH"},
		}},
		{"capitalized word before a name", a.capitalizedBeforeName, []tagRuleCase{
			{"his counterpart Wang Yi said", "PRON/PRP$ NOUN/NN NOUN/NN PROPN/NNP VERB/VBD", "PRP$ NN NNP NNP VBD"},
			// a sentence's or a quotation's first word may be a common noun
			{"Police Chief Smith said", "NOUN/NN NOUN/NN PROPN/NNP VERB/VBD", "NN NNP NNP VBD"},
			{"said : Police Smith", "VERB/VBD PUNCT/: NOUN/NN PROPN/NNP", "VBD : NN NNP"},
		}},
		{"no gerund without -ing", a.falseGerund, []tagRuleCase{
			{"Hong Kong authorities charged activists", "VERB/VBG PROPN/NNP NOUN/NNS VERB/VBD NOUN/NNS", "NNP NNP NNS VBD NNS"},
			// a lower-case one may be a misspelt gerund; -in spellings stay
			{"they were developiong it", "PRON/PRP AUX/VBD VERB/VBG PRON/PRP", "PRP VBD VBG PRP"},
			{"Goin home", "VERB/VBG NOUN/NN", "VBG NN"},
		}},
		{"mine after a noun", a.closedClassWords, []tagRuleCase{
			{"a gold mine owned by a company", "DET/DT NOUN/NN PRON/PRP VERB/VBN ADP/IN DET/DT NOUN/NN", "DT NN NN VBN IN DT NN"},
			{"the house is mine", "DET/DT NOUN/NN AUX/VBZ PRON/PRP", "DT NN VBZ PRP"},
		}},
		{"infinitive after to", a.infinitiveAfterTo, []tagRuleCase{
			{"Saudi Arabia pledged to invest $ 600 billion", "PROPN/NNP PROPN/NNP VERB/VBD PART/TO ADV/RB SYM/$ NUM/CD NUM/CD", "NNP NNP VBD TO VB $ CD CD"},
			// an adverb in -ly, or one training knows, stays
			{"He wants to quickly sell the house", "PRON/PRP VERB/VBZ PART/TO ADV/RB VERB/VB DET/DT NOUN/NN", "PRP VBZ TO RB VB DT NN"},
			{"He wants to sneakily the house", "PRON/PRP VERB/VBZ PART/TO ADV/RB DET/DT NOUN/NN", "PRP VBZ TO RB DT NN"},
			// a noun training saw as a base-form verb, before an object
			{"I want to e-mail the report", "PRON/PRP VERB/VBP PART/TO NOUN/NN DET/DT NOUN/NN", "PRP VBP TO VB DT NN"},
			{"I want to e-mail they said", "PRON/PRP VERB/VBP PART/TO NOUN/NN PRON/PRP VERB/VBD", "PRP VBP TO NN PRP VBD"},
			{"a deal to process migrants", "DET/DT NOUN/NN ADP/IN NOUN/NN NOUN/NNS", "DT NN IN NN NNS"},
		}},
		{"past tense after and", a.andPastTense, []tagRuleCase{
			{"He was unhappy with Putin and threatened new sanctions", "PRON/PRP AUX/VBD ADJ/JJ ADP/IN PROPN/NNP CCONJ/CC VERB/VBN ADJ/JJ NOUN/NNS", "PRP VBD JJ IN NNP CC VBD JJ NNS"},
			// after an adjective, or a participle, a participle stays
			{"a weak and failed state", "DET/DT ADJ/JJ CCONJ/CC VERB/VBN NOUN/NN", "DT JJ CC VBN NN"},
			{"He was attacked and robbed the store", "PRON/PRP AUX/VBD VERB/VBN CCONJ/CC VERB/VBN DET/DT NOUN/NN", "PRP VBD VBN CC VBN DT NN"},
			// after a present tense verb too
			{"He says it and threatened the man", "PRON/PRP VERB/VBZ PRON/PRP CCONJ/CC VERB/VBN DET/DT NOUN/NN", "PRP VBZ PRP CC VBN DT NN"},
		}},
		{"headline: a plural subject before its verb", a.headlineNounSubject, []tagRuleCase{
			{"US strikes hit three Iranian sites", "PROPN/NNP VERB/VBZ NOUN/NN NUM/CD ADJ/JJ NOUN/NNS", "NNP NNS VBD CD JJ NNS"},
			{"New EU sanctions target Russian banks", "PROPN/NNP PROPN/NNP NOUN/NNS ADP/IN ADJ/JJ NOUN/NNS", "NNP NNP NNS VBP JJ NNS"},
			// a compound after the verb stays; so does a second verb
			{"US strikes trade deal with Japan", "PROPN/NNP VERB/VBZ NOUN/NN NOUN/NN ADP/IN PROPN/NNP", "NNP VBZ NN NN IN NNP"},
			{"US strikes hit three sites and killed", "PROPN/NNP VERB/VBZ NOUN/NN NUM/CD NOUN/NNS CCONJ/CC VERB/VBD", "NNP VBZ NN CD NNS CC VBD"},
		}},
		{"verbless: no verb inside a name", a.verbless, []tagRuleCase{
			{"The Sudanese Armed Forces recaptured Khartoum .", "DET/DT NOUN/NN ADJ/JJ NOUN/NNS VERB/VBN PROPN/NNP PUNCT/.", "DT NN JJ NNS VBD NNP ."},
			// a lower-case one between capitals may be the verb
			{"The Sudanese armed Forces .", "DET/DT NOUN/NN ADJ/JJ NOUN/NNS PUNCT/.", "DT NN VBD NNS ."},
		}},
		{"verbless participle with object", a.verbless, []tagRuleCase{
			{"Chinese warships conducted exercises near Taiwan .", "ADJ/JJ NOUN/NNS VERB/VBN NOUN/NNS ADP/IN PROPN/NNP PUNCT/.", "JJ NNS VBD NNS IN NNP ."},
			{"Three soldiers killed in Gaza .", "NUM/CD NOUN/NNS VERB/VBN ADP/IN PROPN/NNP PUNCT/.", "CD NNS VBN IN NNP ."},
		}},
		{"past tense after a subordinator's subject", a.finitePastTense, []tagRuleCase{
			{"people were injured when police clashed with protesters .", "NOUN/NNS AUX/VBD ADJ/JJ ADV/WRB NOUN/NNS VERB/VBN ADP/IN NOUN/NNS PUNCT/.", "NNS VBD JJ WRB NNS VBD IN NNS ."},
			{"He left before the protesters arrived .", "PRON/PRP VERB/VBD ADP/IN DET/DT NOUN/NNS VERB/VBN PUNCT/.", "PRP VBD IN DT NNS VBD ."},
			// an irregular participle stays one
			{"After the troops withdrawn from the city were redeployed , fighting resumed .", "ADP/IN DET/DT NOUN/NNS VERB/VBN ADP/IN DET/DT NOUN/NN AUX/VBD VERB/VBN PUNCT/, NOUN/NN VERB/VBD PUNCT/.", "IN DT NNS VBN IN DT NN VBD VBN , NN VBD ."},
		}},
		{"coordinated noun read as a verb", a.coordinatedNoun, []tagRuleCase{
			{"a massive missile and drone attack", "DET/DT ADJ/JJ NOUN/NN CCONJ/CC VERB/VBD NOUN/NN", "DT JJ NN CC NN NN"},
			// after an adjective, a verb stays one
			{"they get fussy and tear stuff up", "PRON/PRP VERB/VBP ADJ/JJ CCONJ/CC VERB/VB NOUN/NN ADP/RP", "PRP VBP JJ CC VB NN RP"},
		}},
		{"sentence-opening name in -ing", a.initialIngName, []tagRuleCase{
			{"Beijing imposed sanctions .", "VERB/VBG ADJ/JJ NOUN/NNS PUNCT/.", "NNP VBD NNS ."},
			{"Xining said nothing .", "VERB/VBG VERB/VBD PRON/NN PUNCT/.", "NNP VBD NN ."},
			// a gerund training saw stays one
			{"Running the country is hard .", "VERB/VBG DET/DT NOUN/NN AUX/VBZ ADJ/JJ PUNCT/.", "VBG DT NN VBZ JJ ."},
		}},
		{"past tense before a counted object", a.finitePastTense, []tagRuleCase{
			{"Israeli airstrikes killed at least 30 people , the ministry said .", "ADJ/JJ NOUN/NNS VERB/VBN ADP/IN ADJ/JJS NUM/CD NOUN/NNS PUNCT/, DET/DT NOUN/NN VERB/VBD PUNCT/.", "JJ NNS VBD IN JJS CD NNS , DT NN VBD ."},
			{"shelling killed nearly 50 , officials said .", "NOUN/NN VERB/VBN ADV/RB NUM/CD PUNCT/, NOUN/NNS VERB/VBD PUNCT/.", "NN VBD RB CD , NNS VBD ."},
			// a measure with no number after it opens no object
			{"the troops killed at least partly by fire were buried .", "DET/DT NOUN/NNS VERB/VBN ADP/IN ADJ/JJS ADV/RB ADP/IN NOUN/NN AUX/VBD VERB/VBN PUNCT/.", "DT NNS VBN IN JJS RB IN NN VBD VBN ."},
		}},
		{"closed-class words", a.closedClassWords, []tagRuleCase{
			{"several thousand teachers", "ADJ/JJ ADP/IN NOUN/NNS", "JJ CD NNS"},
			{"two hundred soldiers", "NUM/CD ADJ/JJ NOUN/NNS", "CD CD NNS"},
			{"thousands of teachers", "NOUN/NNS ADP/IN NOUN/NNS", "NNS IN NNS"},
			{"a message ahead of the elections", "DET/DT NOUN/NN NOUN/NN ADP/IN DET/DT NOUN/NNS", "DT NN IN IN DT NNS"},
			{"went ahead with the plan", "VERB/VBD NOUN/NN ADP/IN DET/DT NOUN/NN", "VBD NN IN DT NN"},
		}},
		{"adjective as noun", a.adjectiveAsNoun, []tagRuleCase{
			// a lower-case adjective after a determiner and a capitalized
			// one, that no noun follows, is a noun
			{"released a British national detained", "VERB/VBD DET/DT ADJ/JJ ADJ/JJ VERB/VBN", "VBD DT JJ NN VBN"},
			{"released a British national hero", "VERB/VBD DET/DT ADJ/JJ ADJ/JJ NOUN/NN", "VBD DT JJ JJ NN"},
		}},
		{"adjective after a possessive", a.adjectiveAfterPossessive, []tagRuleCase{
			// a possessive takes a noun: before a finite verb the
			// adjective is it
			{"Myanmar 's military bombed", "PROPN/NNP PART/POS ADJ/JJ VERB/VBD", "NNP POS NN VBD"},
			{"its military will respond", "PRON/PRP$ ADJ/JJ AUX/MD VERB/VB", "PRP$ NN MD VB"},
			{"Myanmar 's military junta bombed", "PROPN/NNP PART/POS ADJ/JJ NOUN/NN VERB/VBD", "NNP POS JJ NN VBD"},
			{"the military bombed", "DET/DT ADJ/JJ VERB/VBD", "DT JJ VBD"},
		}},
		{"adjective as name", a.adjectiveAsName, []tagRuleCase{
			{"released an American held since", "VERB/VBD DET/DT ADJ/JJ VERB/VBN ADP/IN", "VBD DT NNP VBN IN"},
			{"released an American journalist", "VERB/VBD DET/DT ADJ/JJ NOUN/NN", "VBD DT JJ NN"},
			{"released an american held", "VERB/VBD DET/DT ADJ/JJ VERB/VBN", "VBD DT JJ VBN"},
		}},
	} {
		t.Run(r.name, func(t *testing.T) { checkTagRule(t, a, r.rule, r.cases) })
	}
}

// Irregular past tenses and participles that EWT train never shows are
// verbs all the same, lemmatized to their base forms; capitalized, they
// may be names and are left to the tagger.
func TestIrregularForms(t *testing.T) {
	a := loadTestAnalyzer(t)
	for _, c := range []struct{ text, word, xpos, lemma string }{
		{"The Trump administration froze funding for Harvard University.", "froze", "VBD", "freeze"},
		{"Thousands fled the fighting in Sudan.", "fled", "VBD", "flee"},
		{"The army overthrew the president in 2023.", "overthrew", "VBD", "overthrow"},
		{"Iran withheld cooperation from the inspectors.", "withheld", "VBD", "withhold"},
		{"The ship was sunk by a missile.", "sunk", "VBN", "sink"},
	} {
		found := false
		for _, s := range a.Analyze(c.text) {
			for _, tk := range s.Tokens {
				if tk.Form != c.word {
					continue
				}
				found = true
				if tk.XPOS != c.xpos || tk.Lemma != c.lemma {
					t.Errorf("%q: %s is %s/%s, want %s/%s", c.text, c.word, tk.XPOS, tk.Lemma, c.xpos, c.lemma)
				}
			}
		}
		if !found {
			t.Errorf("%q: no word %q", c.text, c.word)
		}
	}
	tg := a.m.tagger
	if tg.known("froze") == false || tg.known("Froze") {
		t.Errorf("froze known %v, Froze known %v: want only the lower-case form", tg.known("froze"), tg.known("Froze"))
	}
}

// TestLexiconWordInfo checks that the joined lexicon the analyzer looks
// words up in gives the same attributes as the tagger's two maps.
func TestLexiconWordInfo(t *testing.T) {
	tg := loadTestAnalyzer(t).m.tagger
	if tg.lex == nil {
		t.Fatal("the loaded tagger has no lexicon")
	}
	forms := strings.Fields("The Houthis fired 12 ballistic missiles at Eilat , Israel 's army said on Thursday ; Zelenskyy's aides weren't there . qwertyuiop XLVII")
	got, want := tg.wordInfos(forms), makeWordInfo(forms, tg.amb, tg.cands)
	for i := range forms {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("%q: lexicon %+v, maps %+v", forms[i], got[i], want[i])
		}
	}
}

// TestLowerCaseCommon checks that a word written in lower case that
// training saw only as a capitalized name may take another class.
func TestLowerCaseCommon(t *testing.T) {
	a := loadTestAnalyzer(t)
	for text, want := range map[string]string{
		"The ship was laden with grain.":            "laden JJ",
		"Osama bin Laden was killed in Abbottabad.": "Laden NNP",
	} {
		got := ""
		for _, s := range a.Analyze(text) {
			for _, tok := range s.Tokens {
				if strings.EqualFold(tok.Form, "laden") {
					got = tok.Form + " " + tok.XPOS
				}
			}
		}
		if got != want {
			t.Errorf("%q: %q, want %q", text, got, want)
		}
	}
}
