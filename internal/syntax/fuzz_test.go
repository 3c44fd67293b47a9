package syntax

import (
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
		depth := 0
		for _, it := range items {
			switch it.Kind {
			case Open:
				depth++
			case Close:
				depth--
			case Word:
				if it.Tok < 0 || it.Tok >= len(sent.Tokens) {
					t.Fatalf("word %q with token %d of %d", it.Word, it.Tok, len(sent.Tokens))
				}
			}
			if depth < 0 {
				t.Fatal("unbalanced clause sequence")
			}
		}
		if depth != 0 {
			t.Fatal("unbalanced clause sequence")
		}
	})
}
