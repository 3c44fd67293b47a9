package text

import (
	"bytes"
	_ "embed"
	"errors"
	"io"
	"os"
	"strings"
)

// embeddedModel is the model trained on UD English EWT (CC BY-SA 4.0),
// built by `herald train`. It is read-only.
//
//go:embed model/en_ewt.model.gz
var embeddedModel []byte

// Analyzer tags, lemmatizes and parses English text. It is read-only after
// loading and safe for concurrent use.
type Analyzer struct {
	m *model
}

// Load returns an Analyzer over the model embedded in the binary. Each call
// decodes the model again; load once and share the result.
func Load() (*Analyzer, error) {
	if len(embeddedModel) == 0 {
		return nil, errors.New("text: no embedded model (run herald train)")
	}
	return LoadModel(bytes.NewReader(embeddedModel))
}

// LoadDefault is Load.
func LoadDefault() (*Analyzer, error) { return Load() }

// LoadModel reads a model written by Train.
func LoadModel(r io.Reader) (*Analyzer, error) {
	m, err := readModel(r)
	if err != nil {
		return nil, err
	}
	return &Analyzer{m: m}, nil
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
		a.Tag(sents[i].Tokens)
		a.Parse(sents[i].Tokens)
	}
	return sents
}

// Tag sets UPOS, XPOS and Lemma of each token from its Form.
func (a *Analyzer) Tag(toks []Token) {
	if len(toks) == 0 {
		return
	}
	forms := make([]string, len(toks))
	for i := range toks {
		forms[i] = toks[i].Form
	}
	tg := a.m.tagger
	classes := tg.tag(forms, nil)
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
	tg := a.m.tagger
	for i := range toks {
		forms[i] = toks[i].Form
		tags[i] = -1
		for c := range tg.upos {
			if tg.upos[c] == toks[i].UPOS && tg.xpos[c] == toks[i].XPOS {
				tags[i] = c
				break
			}
		}
	}
	heads, labels := a.m.parser.parse(forms, tags)
	for i := range toks {
		toks[i].Head = heads[i]
		toks[i].Deprel = a.m.parser.labels[labels[i]]
	}
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
