package conllu

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/herald-events/herald/internal/sharedtest"
)

func readFile(t testing.TB, p string) []*Sentence {
	t.Helper()
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := ReadAll(f, p)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestReadEWT reads the EWT dev set and checks the counts against an
// independent line count of the same file.
func TestReadEWT(t *testing.T) {
	p := sharedtest.Path(t, "ud-english-ewt", "en_ewt-ud-dev.conllu")
	sents := readFile(t, p)
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	words, ranges, empties, texts := 0, 0, 0, 0
	wordRE := regexp.MustCompile(`^\d+\t`)
	rangeRE := regexp.MustCompile(`^\d+-\d+\t`)
	emptyRE := regexp.MustCompile(`^\d+\.\d+\t`)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		switch {
		case wordRE.MatchString(l):
			words++
		case rangeRE.MatchString(l):
			ranges++
		case emptyRE.MatchString(l):
			empties++
		case strings.HasPrefix(l, "# text = "):
			texts++
		}
	}
	gotW, gotR, gotE := 0, 0, 0
	for _, s := range sents {
		gotW += len(s.Tokens)
		gotR += len(s.MultiTokens)
		gotE += len(s.EmptyNodes)
		if s.Text == "" || s.ID == "" {
			t.Errorf("sentence at line %d lacks text or sent_id", s.Line)
		}
	}
	if len(sents) != texts || gotW != words || gotR != ranges || gotE != empties {
		t.Errorf("read %d sentences, %d words, %d ranges, %d empty nodes; file has %d, %d, %d, %d",
			len(sents), gotW, gotR, gotE, texts, words, ranges, empties)
	}
	if ranges == 0 || empties == 0 {
		t.Errorf("expected multiword tokens and empty nodes in EWT dev")
	}
	// a known sentence, checked field by field
	s := sents[1]
	if s.Text != "President Bush on Tuesday nominated two individuals to replace retiring jurists on federal courts in the Washington area." {
		t.Fatalf("second sentence text %q", s.Text)
	}
	if tk := s.Tokens[4]; tk.Form != "nominated" || tk.Lemma != "nominate" || tk.UPOS != "VERB" || tk.XPOS != "VBD" || tk.Head != 0 || tk.Deprel != "root" {
		t.Errorf("token 5: %+v", tk)
	}
	if tk := s.Tokens[1]; tk.Head != 5 || tk.Deprel != "nsubj" {
		t.Errorf("token 2: %+v", tk)
	}
}

// TestRoundTrip writes every dev sentence and reads it back.
func TestRoundTrip(t *testing.T) {
	p := sharedtest.Path(t, "ud-english-ewt", "en_ewt-ud-dev.conllu")
	sents := readFile(t, p)
	var buf bytes.Buffer
	for _, s := range sents {
		if err := Write(&buf, s); err != nil {
			t.Fatal(err)
		}
	}
	back, err := Parse(&buf, "roundtrip")
	if err != nil {
		t.Fatal(err)
	}
	if len(back) != len(sents) {
		t.Fatalf("%d sentences back, want %d", len(back), len(sents))
	}
	for i := range sents {
		a, b := *sents[i], *back[i]
		a.Line, b.Line = 0, 0
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("sentence %s differs after a round trip", sents[i].ID)
		}
	}
}

func TestSpaceAfterAndMultiwords(t *testing.T) {
	in := "# sent_id = x1\n# text = I don't know.\n1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n"
	ss, err := ParseString(in, "inline")
	if err != nil {
		t.Fatal(err)
	}
	s := ss[0]
	if s.ID != "x1" || s.Text != "I don't know." || len(s.Tokens) != 5 || len(s.MultiTokens) != 1 {
		t.Fatalf("%+v", s)
	}
	want := []bool{true, false, true, false, true}
	for i, w := range want {
		if s.SpaceAfter(i) != w {
			t.Errorf("SpaceAfter(%d) = %v", i, !w)
		}
	}
	if s.MultiTokenOf(3) != 0 || s.MultiTokenOf(4) != -1 {
		t.Errorf("MultiTokenOf wrong")
	}
}

func TestMalformed(t *testing.T) {
	ok := "1\tA\ta\tDET\tDT\t_\t0\troot\t_\t_\n"
	cases := []struct {
		name, in string
		line     int
	}{
		{"nine columns", "1\tA\ta\tDET\tDT\t_\t0\troot\t_\n", 1},
		{"bad id", "# c\nx\tA\ta\tDET\tDT\t_\t0\troot\t_\t_\n", 2},
		{"out of order", ok + "3\tB\tb\tX\tX\t_\t1\tdep\t_\t_\n", 2},
		{"bad head", ok + "2\tB\tb\tX\tX\t_\tq\tdep\t_\t_\n", 2},
		{"head beyond sentence", "1\tA\ta\tDET\tDT\t_\t7\troot\t_\t_\n", 1},
		{"bad range", ok + "3-2\tB\t_\t_\t_\t_\t_\t_\t_\t_\n", 2},
		{"range not at next word", ok + "3-4\tB\t_\t_\t_\t_\t_\t_\t_\t_\n", 2},
		{"range beyond sentence", ok + "2-3\tBC\t_\t_\t_\t_\t_\t_\t_\t_\n2\tB\tb\tX\tX\t_\t1\tdep\t_\t_\n\n", 1},
		{"comment inside", ok + "# late\n", 2},
		{"empty column", ok + "2\t\tb\tX\tX\t_\t1\tdep\t_\t_\n", 2},
		{"whitespace line", ok + " \n", 2},
		{"bad utf8", ok + "2\tB\xff\tb\tX\tX\t_\t1\tdep\t_\t_\n", 2},
		{"no words", "# only a comment\n\n", 1},
		{"bad empty node", ok + "1.x\tE\t_\t_\t_\t_\t_\t_\t_\t_\n", 2},
	}
	for _, c := range cases {
		_, err := ParseString(c.in, "bad.conllu")
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("%s: got %v, want a *conllu.Error", c.name, err)
			continue
		}
		if e.Name != "bad.conllu" || e.Line != c.line {
			t.Errorf("%s: error %q at line %d, want line %d", c.name, err, e.Line, c.line)
		}
	}
}

func TestStreaming(t *testing.T) {
	in := "1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n\n\n1\tB\tb\tX\tX\t_\t0\troot\t_\t_\n"
	r := NewReader(strings.NewReader(in), "s")
	for i, want := range []string{"A", "B"} {
		s, err := r.Next()
		if err != nil || s.Tokens[0].Form != want {
			t.Fatalf("sentence %d: %v %v", i, s, err)
		}
	}
	if _, err := r.Next(); err != io.EOF {
		t.Fatalf("want EOF, got %v", err)
	}
}
