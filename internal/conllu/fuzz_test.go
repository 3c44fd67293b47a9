package conllu

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/herald-events/herald/internal/sharedtest"
)

// FuzzConllu checks that any input either reads or fails with a positioned
// *Error, and that what reads survives a write/read round trip.
func FuzzConllu(f *testing.F) {
	f.Add("1\tA\ta\tDET\tDT\t_\t0\troot\t_\t_\n\n")
	f.Add("# text = I don't.\n1\tI\tI\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t2\tadvmod\t_\tSpaceAfter=No\n\n")
	f.Add("1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n1.1\tE\te\tX\tX\t_\t_\t_\t1:dep\t_\n")
	f.Add("3-2\tx\n")
	if root, ok := sharedtest.Root(); ok {
		if b, err := os.ReadFile(root + "/ud-english-ewt/en_ewt-ud-dev.conllu"); err == nil {
			blocks := strings.Split(string(b), "\n\n")
			for i := 0; i < len(blocks) && i < 200; i += 7 {
				f.Add(blocks[i] + "\n\n")
			}
		}
	}
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ParseString(in, "fuzz")
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Line < 1 {
				t.Fatalf("error without position: %v", err)
			}
			return
		}
		var buf bytes.Buffer
		for _, s := range sents {
			if err := Write(&buf, s); err != nil {
				t.Fatal(err)
			}
		}
		back, err := ParseString(buf.String(), "again")
		if err != nil {
			t.Fatalf("written output does not read back: %v\n%s", err, buf.String())
		}
		if len(back) != len(sents) {
			t.Fatalf("%d sentences back, want %d", len(back), len(sents))
		}
		for i := range sents {
			if len(back[i].Tokens) != len(sents[i].Tokens) {
				t.Fatalf("sentence %d: %d words back, want %d", i, len(back[i].Tokens), len(sents[i].Tokens))
			}
		}
	})
}
