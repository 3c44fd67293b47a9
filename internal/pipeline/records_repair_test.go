package pipeline

import (
	"testing"

	"github.com/herald-events/herald/internal/petrxml"
	"github.com/herald-events/herald/internal/syntax"
)

// A given CoNLL-U parse gets the repairs herald's own parses get: UDPipe
// hangs "as the leader" from "came" as an oblique and leaves "prepared"
// without its subject, as herald's parser does.
func TestRepairDepsOnGivenParse(t *testing.T) {
	deps := []syntax.DepToken{
		{Form: "Talks", UPOS: "NOUN", XPOS: "NNS", Lemma: "talk", Head: 2, Deprel: "nsubj"},
		{Form: "ended", UPOS: "VERB", XPOS: "VBD", Lemma: "end", Head: 0, Deprel: "root"},
		{Form: "as", UPOS: "ADP", XPOS: "IN", Lemma: "as", Head: 5, Deprel: "case"},
		{Form: "the", UPOS: "DET", XPOS: "DT", Lemma: "the", Head: 5, Deprel: "det"},
		{Form: "leader", UPOS: "NOUN", XPOS: "NN", Lemma: "leader", Head: 2, Deprel: "obl"},
		{Form: "prepared", UPOS: "VERB", XPOS: "VBD", Lemma: "prepare", Head: 2, Deprel: "advcl"},
		{Form: ".", UPOS: "PUNCT", XPOS: ".", Lemma: ".", Head: 2, Deprel: "punct"},
	}
	repairDeps(deps)
	if d := deps[4]; d.Head != 6 || d.Deprel != "nsubj" {
		t.Errorf("leader: head %d %s, want the subject of prepared", d.Head, d.Deprel)
	}
	if d := deps[2]; d.Head != 6 || d.Deprel != "mark" || d.UPOS != "SCONJ" {
		t.Errorf("as: head %d %s %s, want the marker of prepared", d.Head, d.Deprel, d.UPOS)
	}
}

// A malformed parse is left to syntax.FromDependencies to report: the
// repairs never see a head out of range or a cycle.
func TestRepairDepsLeavesMalformedParse(t *testing.T) {
	for _, deps := range [][]syntax.DepToken{
		{{Form: "a", Head: 2, Deprel: "dep"}, {Form: "b", Head: 1, Deprel: "dep"}, {Form: "c", Head: 0, Deprel: "root"}},
		{{Form: "a", Head: 5, Deprel: "dep"}, {Form: "b", Head: 0, Deprel: "root"}},
		{{Form: "a", Head: 1, Deprel: "dep"}},
	} {
		before := append([]syntax.DepToken(nil), deps...)
		repairDeps(deps)
		for i := range deps {
			if deps[i] != before[i] {
				t.Errorf("malformed parse changed: %v -> %v", before, deps)
				break
			}
		}
	}
}

// FuzzConllSentence: any <Parse> text gives a sentence or an error, never a
// panic or a hang, through the CoNLL-U reader, the repairs and syntax.
func FuzzConllSentence(f *testing.F) {
	f.Add("Talks ended as the leader prepared.", "1\tTalks\ttalk\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n2\tended\tend\tVERB\tVBD\t_\t0\troot\t_\t_\n3\tas\tas\tADP\tIN\t_\t5\tcase\t_\t_\n4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n5\tleader\tleader\tNOUN\tNN\t_\t2\tobl\t_\t_\n6\tprepared\tprepare\tVERB\tVBD\t_\t2\tadvcl\t_\t_\n7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n")
	f.Add("a b", "1\ta\ta\tX\tX\t_\t2\tdep\t_\t_\n2\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n")
	f.Fuzz(func(t *testing.T, text, parse string) {
		_, _ = conllSentence(&petrxml.Record{ID: "fuzz", Text: text, Parse: parse})
	})
}
