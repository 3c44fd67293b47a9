package text

import (
	_ "embed"
	"errors"
	"io"
	"os"
	"strings"
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
}

// Fast returns an Analyzer sharing a's model that tags in one pass: about a
// fifth faster, about 0.1 point less accurate in tagging.
func (a *Analyzer) Fast() *Analyzer {
	f := *a
	f.onePass = true
	return &f
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
	a := &Analyzer{m: m, classOf: map[[2]string]int{}}
	for c := range m.tagger.upos {
		a.classOf[[2]string{m.tagger.upos[c], m.tagger.xpos[c]}] = c
	}
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
	forms := make([]string, n)
	for i := range toks {
		forms[i] = modelForm(toks[i].Form)
	}
	tg := a.m.tagger
	ws := makeWordInfo(forms, tg.amb, tg.cands)
	classes := tg.tagWords(ws, forms, make([]int, 0, n), a.onePass)
	xpos := make([]string, n)
	for i, c := range classes {
		toks[i].UPOS = tg.upos[c]
		toks[i].XPOS = tg.xpos[c]
		toks[i].Lemma = a.m.lemma.lemma(toks[i].Form, toks[i].XPOS)
		xpos[i] = tg.xpos[c]
	}
	heads, labels := a.m.parser.parseInput(pinputFromWords(ws, classes, xpos), n)
	for i := range toks {
		toks[i].Head = heads[i]
		toks[i].Deprel = a.m.parser.labels[labels[i]]
	}
	repairReporting(toks)
}

// Tag sets UPOS, XPOS and Lemma of each token from its Form.
func (a *Analyzer) Tag(toks []Token) {
	if len(toks) == 0 {
		return
	}
	forms := make([]string, len(toks))
	for i := range toks {
		forms[i] = modelForm(toks[i].Form)
	}
	tg := a.m.tagger
	classes := tg.tagWords(makeWordInfo(forms, tg.amb, tg.cands), forms, nil, a.onePass)
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
	heads, labels := a.m.parser.parse(forms, tags, xpos)
	for i := range toks {
		toks[i].Head = heads[i]
		toks[i].Deprel = a.m.parser.labels[labels[i]]
	}
	repairReporting(toks)
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
