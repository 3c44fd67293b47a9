package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/herald-events/herald/internal/petrxml"
)

func TestEnvironmentFiles(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"v.txt", "a.txt", "pico.txt"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("# empty\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	file := filepath.Join(dir, "records.xml")
	env := petrxml.Environment{Verbfile: "v.txt", Actorfiles: []string{"a.txt"}, PICOfile: "pico.txt"}
	f, err := EnvironmentFiles(env, file, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Verbs) != 1 || len(f.Actors) != 1 || len(f.PICO) != 1 || !strings.HasSuffix(f.PICO[0], "pico.txt") {
		t.Fatalf("files %+v", f)
	}
	// A PICO file the records name but that is not there is an error, not
	// a silent change of how negation and combination are coded.
	env.PICOfile = "missing-pico.txt"
	if _, err := EnvironmentFiles(env, file, ""); err == nil || !strings.Contains(err.Error(), `"missing-pico.txt" named in <Environment> not found`) {
		t.Errorf("missing PICO: %v", err)
	}
	// Unnamed, it is optional.
	env.PICOfile = ""
	if _, err := EnvironmentFiles(env, file, ""); err != nil {
		t.Errorf("no PICO named: %v", err)
	}
}

func TestParseText(t *testing.T) {
	conll := "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n" +
		"2\tUS\tUS\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n" +
		"3-4\twon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"3\two\twill\tAUX\tMD\t_\t5\taux\t_\t_\n" +
		"4\tn't\tnot\tPART\tRB\t_\t5\tadvmod\t_\t_\n" +
		"5\tattack\tattack\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n" +
		"6\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_"
	for _, tc := range []struct{ parse, want string }{
		{conll, "The US won't attack."},
		{"# text = The US will not attack.\n" + conll, "The US will not attack."},
		{"(ROOT (S (NP (NNP Iran)) (VP (VBD said) (PRN (-LRB- -LRB-) (NP (NNP AFP)) (-RRB- -RRB-))) (. .)))", "Iran said ( AFP ) ."},
		{"", ""},
	} {
		if got := ParseText(tc.parse); got != tc.want {
			t.Errorf("ParseText: %q, want %q", got, tc.want)
		}
	}
}

// A record whose <Text> is empty is analysed from its parse's words.
func TestEmptyTextFromParse(t *testing.T) {
	sc := storyCoder(t)
	rec := &petrxml.Record{ID: "r1", Parse: "(ROOT (S (NP (NNP Russia)) (VP (VBD attacked) (NP (NNP Ukraine))) (. .)))"}
	s, err := sc.Analysis.Sentence(rec, InputText)
	if err != nil {
		t.Fatal(err)
	}
	if s.Text != "Russia attacked Ukraine ." || len(s.Tokens) != 4 {
		t.Errorf("text %q, %d tokens", s.Text, len(s.Tokens))
	}
	if _, err := sc.Analysis.Sentence(&petrxml.Record{ID: "r2"}, InputText); err == nil {
		t.Error("no text and no parse: no error")
	}
}
