package text

import (
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/herald-events/herald/internal/sharedtest"
)

func forms(ss []Sentence) [][]string {
	var out [][]string
	for _, s := range ss {
		var f []string
		for _, t := range s.Tokens {
			f = append(f, t.Form)
		}
		out = append(out, f)
	}
	return out
}

func TestTokenizeNews(t *testing.T) {
	cases := []struct {
		in   string
		want string // sentences separated by " || ", words by " "
	}{
		{"Gen. Smith met U.S. officials on Jan. 5 in Washington. They talked.",
			"Gen. Smith met U.S. officials on Jan. 5 in Washington . || They talked ."},
		{"“We won’t stop,” he said. Israel's army didn't comment.",
			"“ We wo n’t stop , ” he said . || Israel 's army did n't comment ."},
		{"The 1,200-strong force (a U.N.-backed unit) cost $3.5 million -- 12% more.",
			"The 1,200 - strong force ( a U.N. - backed unit ) cost $ 3.5 million -- 12 % more ."},
		{"See http://www.example.com/a-b?x=1, or mail info@example.org.",
			"See http://www.example.com/a-b?x=1 , or mail info@example.org ."},
		{"He said \"no.\" Then he left!! Why?",
			"He said \" no . \" || Then he left !! || Why ?"},
		{"The parents' decision was pre-war policy.\n\nNew paragraph here",
			"The parents ' decision was pre-war policy . || New paragraph here"},
		{"Arnor is about to restore ties with Gondor almost \nfive years after the war.",
			"Arnor is about to restore ties with Gondor almost five years after the war ."},
		{"I cannot go, I'm gonna stay.", "I can not go , I 'm gon na stay ."},
		{"We won the cup. :) Great game! :P see you soon.", "We won the cup . :) || Great game ! :P || see you soon ."},
	}
	for _, c := range cases {
		var got []string
		for _, s := range forms(Tokenize(c.in)) {
			got = append(got, strings.Join(s, " "))
		}
		if g := strings.Join(got, " || "); g != c.want {
			t.Errorf("Tokenize(%q)\n got %s\nwant %s", c.in, g, c.want)
		}
	}
}

func TestTokenizeOffsetsAndJoins(t *testing.T) {
	in := "  Bush's aides don't know.\tThe end"
	ss := Tokenize(in)
	for _, s := range ss {
		if in[s.Start:s.End] != s.Text {
			t.Errorf("sentence text %q != input[%d:%d]", s.Text, s.Start, s.End)
		}
		for _, tk := range s.Tokens {
			if in[tk.Start:tk.End] != tk.Form {
				t.Errorf("token %q != input[%d:%d]", tk.Form, tk.Start, tk.End)
			}
		}
	}
	toks := ss[0].Tokens
	joined := map[string]bool{}
	for _, tk := range toks {
		joined[tk.Form] = tk.Joined
	}
	if !joined["'s"] || !joined["n't"] || joined["Bush"] || joined["aides"] {
		t.Errorf("joined flags wrong: %v", joined)
	}
	if toks[1].SpaceAfter == false && toks[1].Form == "'s" {
		// "'s" is followed by a space
	} else if toks[1].Form == "'s" && !toks[1].SpaceAfter {
		t.Errorf("SpaceAfter of 's should be true")
	}
	if toks[0].SpaceAfter {
		t.Errorf("Bush is not followed by a space")
	}
}

// checkTokens asserts the invariants every tokenization must keep.
func checkTokens(t *testing.T, in string, ss []Sentence) {
	t.Helper()
	prevEnd := 0
	covered := make([]bool, len(in))
	for _, s := range ss {
		if len(s.Tokens) == 0 {
			t.Fatalf("empty sentence")
		}
		if s.Start < prevEnd || s.End > len(in) || s.Start > s.End || in[s.Start:s.End] != s.Text {
			t.Fatalf("bad sentence span %d:%d", s.Start, s.End)
		}
		for _, tk := range s.Tokens {
			if tk.Start < prevEnd || tk.End <= tk.Start || tk.End > len(in) {
				t.Fatalf("bad token span %d:%d after %d in %q", tk.Start, tk.End, prevEnd, in)
			}
			if in[tk.Start:tk.End] != tk.Form {
				t.Fatalf("form %q is not the input at %d:%d", tk.Form, tk.Start, tk.End)
			}
			for i := tk.Start; i < tk.End; i++ {
				covered[i] = true
			}
			prevEnd = tk.End
		}
	}
	// every byte outside tokens is whitespace
	for i := 0; i < len(in); {
		r, sz := utf8.DecodeRuneInString(in[i:])
		if !covered[i] && !(unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff') {
			t.Fatalf("byte %d (%q) of %q is in no token", i, r, in)
		}
		i += sz
	}
}

func TestTokenizeInvariantsOnRealText(t *testing.T) {
	p := sharedtest.Path(t, "raw-news", "scraped-news-two-articles.txt")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	ss := Tokenize(string(b))
	checkTokens(t, string(b), ss)
	if len(ss) < 20 {
		t.Errorf("only %d sentences in two news articles", len(ss))
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"Gen. Smith met U.S. officials on Jan. 5.", "“We won’t,” he said.", "a--b — c", "$5 5% e-mail x/y",
		"http://x.com/a.b.", "\"Hi.\" \"Bye.\"", "don't can't won't 'em 'S", "...!?", "\xff\xfe", "A.\n\nB", "'", "s'",
	} {
		f.Add(s)
	}
	if root, ok := sharedtest.Root(); ok {
		if b, err := os.ReadFile(root + "/raw-news/scraped-news-two-articles.txt"); err == nil {
			for _, para := range strings.Split(string(b), "\n\n") {
				f.Add(para)
			}
		}
		if b, err := os.ReadFile(root + "/ud-english-ewt/en_ewt-ud-dev.conllu"); err == nil {
			n := 0
			for _, l := range strings.Split(string(b), "\n") {
				if strings.HasPrefix(l, "# text = ") && n < 300 {
					n++
					if n%3 == 0 {
						f.Add(strings.TrimPrefix(l, "# text = "))
					}
				}
			}
		}
	}
	f.Fuzz(func(t *testing.T, in string) {
		checkTokens(t, in, Tokenize(in))
	})
}
