package pipeline

import (
	"github.com/herald-events/herald/internal/story"
	"github.com/herald-events/herald/internal/syntax"
	"github.com/herald-events/herald/internal/text"
)

// Text analyses raw text into coder sentences. With one set, the whole
// text is taken as one sentence even if the analyzer splits it (a
// record's <Text> is one sentence by definition). A dateline that opens
// the text ("HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper
// accused China ...") is left out: a place that heads the story is not
// the subject of its first sentence.
func (a *Analysis) Text(txt string, one bool) []*syntax.Sentence {
	d, _ := story.FindDateline(txt)
	return a.textAfter(txt, d.Len, one)
}

// textAfter is Text for a text whose first skip bytes are a dateline.
func (a *Analysis) textAfter(txt string, skip int, one bool) []*syntax.Sentence {
	sents := a.analyze(txt, skip)
	if len(sents) == 0 {
		return nil
	}
	if one && len(sents) > 1 {
		merged := text.Sentence{Text: txt[sents[0].Start:sents[len(sents)-1].End], Start: sents[0].Start, End: sents[len(sents)-1].End}
		root := 0
		for _, s := range sents {
			base := len(merged.Tokens)
			for _, t := range s.Tokens {
				if t.Head > 0 {
					t.Head += base
				} else if root == 0 {
					root = base + 1 + indexOfRoot(s)
				} else {
					t.Head, t.Deprel = root, "parataxis"
				}
				merged.Tokens = append(merged.Tokens, t)
			}
		}
		sents = []text.Sentence{merged}
	}
	out := make([]*syntax.Sentence, 0, len(sents))
	for _, s := range sents {
		if ss := FromText(s); ss != nil {
			out = append(out, ss)
		}
	}
	return out
}

func indexOfRoot(s text.Sentence) int {
	for i, t := range s.Tokens {
		if t.Head == 0 {
			return i
		}
	}
	return 0
}

// FromText converts one analysed sentence; offsets become relative to
// the sentence text.
func FromText(s text.Sentence) *syntax.Sentence {
	deps := make([]syntax.DepToken, len(s.Tokens))
	for i, t := range s.Tokens {
		deps[i] = syntax.DepToken{Form: t.Form, Lemma: t.Lemma, UPOS: t.UPOS, XPOS: t.XPOS, Head: t.Head, Deprel: t.Deprel,
			Start: t.Start - s.Start, End: t.End - s.Start}
	}
	ss, err := syntax.FromOwnDependencies(s.Text, deps)
	if err != nil {
		return nil
	}
	return ss
}

// analyze analyses txt from byte skip on; offsets still index txt.
func (a *Analysis) analyze(txt string, skip int) []text.Sentence {
	if skip == 0 {
		return a.Analyzer.Analyze(txt)
	}
	sents := a.Analyzer.Analyze(txt[skip:])
	for i := range sents {
		s := &sents[i]
		s.Start += skip
		s.End += skip
		for k := range s.Tokens {
			s.Tokens[k].Start += skip
			s.Tokens[k].End += skip
		}
	}
	return sents
}
