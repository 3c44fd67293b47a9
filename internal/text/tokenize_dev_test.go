package text

import (
	"os"
	"testing"

	"github.com/herald-events/herald/internal/conllu"
	"github.com/herald-events/herald/internal/sharedtest"
)

// TestSegmentationEWTDev segments the raw text of the EWT dev set and scores
// tokens and sentences with the CoNLL 2018 alignment.
func TestSegmentationEWTDev(t *testing.T) {
	p := sharedtest.Path(t, "ud-english-ewt", "en_ewt-ud-dev.conllu")
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := conllu.ReadAll(f, p)
	if err != nil {
		t.Fatal(err)
	}
	sys := Tokenize(RawText(gold))
	sc, err := EvaluateUD(gold, sys)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("tokens F1 %.2f, sentences F1 %.2f, words F1 %.2f", sc.Tokens.F1, sc.Sentences.F1, sc.Words.F1)
	if sc.Tokens.F1 < 98 {
		t.Errorf("tokens F1 %.2f < 98", sc.Tokens.F1)
	}
	if sc.Sentences.F1 < 80 {
		t.Errorf("sentences F1 %.2f < 80", sc.Sentences.F1)
	}
}
