package syntax

import (
	"strings"
	"testing"
)

func FuzzPenn(f *testing.F) {
	f.Add("(ROOT (S (NP (NNP Arnor) (CC and) (NNP Gondor)) (VP (VBD met) (PP (IN with) (NP (NP (NNS officials)) (PP (IN of) (NP (NNP Rohan)))))) (. .)))")
	f.Add("( (S (NP (NP (NNP A) (POS 's)) (NN b)) (VP (VBZ is))))")
	f.Add("(ROOT (NP (NP (NNP X)) (NP (NP (NNP Y) (CC and) (NNP Z)) (SBAR (S (VP (VBD v)))))))")
	f.Fuzz(func(t *testing.T, s string) {
		sent, err := ParsePenn(s)
		if err != nil {
			return
		}
		sent.Text = s
		Align(s, sent.Tokens)
		items, err := Clauses(sent)
		if err != nil {
			return
		}
		checkItems(t, items, len(sent.Tokens))
	})
}

// checkItems fails unless a clause sequence is balanced and every word's
// token is one of the sentence's n.
func checkItems(t *testing.T, items []Item, n int) {
	t.Helper()
	depth := 0
	for _, it := range items {
		switch it.Kind {
		case Open:
			depth++
		case Close:
			depth--
		case Word:
			if it.Tok < 0 || it.Tok >= n {
				t.Fatalf("word %q with token %d of %d", it.Word, it.Tok, n)
			}
		}
		if depth < 0 {
			t.Fatal("unbalanced clause sequence")
		}
	}
	if depth != 0 {
		t.Fatal("unbalanced clause sequence")
	}
}

// FuzzDependencies builds dependency trees of up to 24 words from the
// fuzzer's bytes (three bytes a word: head, relation, part of speech) —
// cycles, several roots, words hung from punctuation — and checks that
// conversion neither panics nor loops, refuses no well-formed tree, and
// either reports an error or gives a balanced clause sequence of the
// sentence's words. (Words may
// repeat: a compound's members share the words around it.)
func FuzzDependencies(f *testing.F) {
	f.Add([]byte{2, 0, 0, 0, 1, 1, 2, 2, 2})
	f.Add([]byte{3, 4, 2, 3, 5, 3, 0, 1, 1, 3, 2, 2, 3, 7, 4, 3, 6, 0})
	rels := []string{"nsubj", "root", "obj", "conj", "cc", "case", "nmod", "amod", "compound", "flat", "punct", "appos",
		"acl", "acl:relcl", "advcl", "ccomp", "xcomp", "aux", "aux:pass", "cop", "mark", "det", "nmod:poss", "obl",
		"parataxis", "cc:preconj", "nummod", "advmod", "nsubj:pass", "expl", "fixed", "dobj"}
	pos := []struct{ upos, xpos, form string }{
		{"PROPN", "NNP", "Arnor"}, {"VERB", "VBD", "attacked"}, {"NOUN", "NNS", "rebels"}, {"ADP", "IN", "in"},
		{"PUNCT", ",", ","}, {"CCONJ", "CC", "and"}, {"DET", "DT", "the"}, {"ADJ", "JJ", "new"}, {"AUX", "VBZ", "is"},
		{"PART", "POS", "'s"}, {"PRON", "PRP", "he"}, {"VERB", "VBN", "seen"}, {"PUNCT", ".", "."}, {"ADV", "RB", "not"},
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		n := min(len(b)/3, 24)
		if n == 0 {
			return
		}
		toks := make([]DepToken, n)
		var words []string
		off := 0
		for i := range toks {
			p := pos[int(b[3*i+2])%len(pos)]
			toks[i] = DepToken{Form: p.form, UPOS: p.upos, XPOS: p.xpos, Head: int(b[3*i]) % (n + 1),
				Deprel: rels[int(b[3*i+1])%len(rels)], Start: off, End: off + len(p.form)}
			words = append(words, p.form)
			off += len(p.form) + 1
		}
		valid := CheckTree(append([]DepToken(nil), toks...)) == nil
		s, err := FromDependencies(strings.Join(words, " "), toks)
		if err != nil {
			if valid {
				// the repairs must keep a well-formed tree one: a
				// sentence refused here is lost
				t.Fatalf("a well-formed tree was refused: %v", err)
			}
			return
		}
		items, err := Clauses(s)
		if err != nil {
			return
		}
		checkItems(t, items, len(s.Tokens))
	})
}
