package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/herald-events/herald/internal/conllu"
	"github.com/herald-events/herald/internal/text"
)

// runAnalyze reads raw text and writes herald's analysis as CoNLL-U: one
// sentence per block with "# text", words with UPOS, XPOS, lemma, head and
// relation, and each word's byte offsets in the input as TokenRange=start:end
// in MISC (multiword tokens such as "don't" get a range line).
func runAnalyze(ctx context.Context, env *cliEnv, args []string) error {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	var mf modelFlags
	mf.register(fs, "model file (default: the model built into herald)")
	fs.Usage = func() {
		fmt.Fprintln(env.stderr, "usage: herald analyze [flags] [file ...]   (text from stdin when no file is given)")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	a, err := mf.load()
	if err != nil {
		return err
	}
	w := bufio.NewWriter(env.stdout)
	defer w.Flush()
	n := 0
	do := func(name string, r io.Reader) error {
		b, err := io.ReadAll(r)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		for _, s := range a.Analyze(string(b)) {
			if err := ctx.Err(); err != nil {
				return err
			}
			n++
			if err := conllu.Write(w, toCoNLLU(s, strconv.Itoa(n))); err != nil {
				return err
			}
		}
		return nil
	}
	if fs.NArg() == 0 {
		return do("stdin", env.stdin)
	}
	for _, p := range fs.Args() {
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		err = do(p, f)
		f.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

// toCoNLLU converts an analysed sentence; offsets go into MISC.
func toCoNLLU(s text.Sentence, id string) *conllu.Sentence {
	out := &conllu.Sentence{ID: id, Text: s.Text}
	for i := 0; i < len(s.Tokens); i++ {
		t := s.Tokens[i]
		j := i + 1
		for j < len(s.Tokens) && s.Tokens[j].Joined {
			j++
		}
		if j-i > 1 && !t.Joined {
			last := s.Tokens[j-1]
			misc := "TokenRange=" + strconv.Itoa(t.Start) + ":" + strconv.Itoa(last.End)
			if !last.SpaceAfter {
				misc = "SpaceAfter=No|" + misc
			}
			form := ""
			for k := i; k < j; k++ {
				form += s.Tokens[k].Form
			}
			out.MultiTokens = append(out.MultiTokens, conllu.MultiToken{First: i + 1, Last: j, Form: form, Misc: misc})
		}
		misc := "TokenRange=" + strconv.Itoa(t.Start) + ":" + strconv.Itoa(t.End)
		inMulti := j-i > 1 || t.Joined || (i+1 < len(s.Tokens) && s.Tokens[i+1].Joined)
		if !t.SpaceAfter && !inMulti {
			misc = "SpaceAfter=No|" + misc
		}
		out.Tokens = append(out.Tokens, conllu.Token{ID: i + 1, Form: t.Form, Lemma: t.Lemma, UPOS: t.UPOS, XPOS: t.XPOS, Feats: "_",
			Head: t.Head, Deprel: t.Deprel, Deps: "_", Misc: misc})
	}
	return out
}
