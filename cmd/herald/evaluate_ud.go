package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/herald-events/herald/internal/conllu"
	"github.com/herald-events/herald/internal/text"
)

// runEvaluateUD scores herald's analysis against gold CoNLL-U, with gold
// tokens and from the raw text, using the CoNLL 2018 shared task's
// alignment rules.
func runEvaluateUD(ctx context.Context, env *cliEnv, args []string) error {
	fs := flag.NewFlagSet("evaluate-ud", flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	asJSON := fs.Bool("json", false, "end the output with one JSON line of scores")
	mode := fs.String("mode", "both", "gold (gold tokens), raw (herald's own segmentation of the # text lines) or both")
	var mf modelFlags
	mf.register(fs, "model file (default: the model built into herald)")
	output := fs.String("output", "", "write herald's analysis of the gold tokens to this file as CoNLL-U, for error analysis")
	fs.Usage = func() {
		fmt.Fprintln(env.stderr, "usage: herald evaluate-ud [flags] gold.conllu")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{"one gold CoNLL-U file expected"}
	}
	if *mode != "gold" && *mode != "raw" && *mode != "both" {
		return usageError{"-mode must be gold, raw or both"}
	}
	a, err := mf.load()
	if err != nil {
		return err
	}
	path := fs.Arg(0)
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	gold, err := conllu.ReadAll(f, path)
	f.Close()
	if err != nil {
		return err
	}
	res := map[string]any{"file": path, "sentences": len(gold)}
	pct := func(v float64) float64 { return float64(int(v*100+0.5)) / 100 }
	if *mode != "raw" {
		if err := ctx.Err(); err != nil {
			return err
		}
		start := time.Now()
		sys := make([]text.Sentence, len(gold))
		for i, g := range gold {
			sys[i] = goldTokens(g)
			a.Tag(sys[i].Tokens)
			a.Parse(sys[i].Tokens)
		}
		el := time.Since(start)
		if *output != "" {
			if err := writeAnalysis(*output, gold, sys); err != nil {
				return err
			}
		}
		sc, err := text.EvaluateUD(gold, sys)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.stdout, "gold tokens (%d sentences, %d words, %.0f sentences/s tag+parse)\n", len(gold), sc.Words.Gold, float64(len(gold))/el.Seconds())
		fmt.Fprintf(env.stdout, "  UPOS %6.2f  XPOS %6.2f  Lemma %6.2f  UAS %6.2f  LAS %6.2f  (LAS with subtypes %6.2f)\n",
			sc.UPOS.F1, sc.XPOS.F1, sc.Lemma.F1, sc.UAS.F1, sc.LAS.F1, sc.LASFull.F1)
		res["upos"], res["xpos"], res["lemma"], res["uas"], res["las"] = pct(sc.UPOS.F1), pct(sc.XPOS.F1), pct(sc.Lemma.F1), pct(sc.UAS.F1), pct(sc.LAS.F1)
		res["las_subtypes"] = pct(sc.LASFull.F1)
	}
	if *mode != "gold" {
		if err := ctx.Err(); err != nil {
			return err
		}
		raw := text.RawText(gold)
		start := time.Now()
		sys := a.Analyze(raw)
		el := time.Since(start)
		sc, err := text.EvaluateUD(gold, sys)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.stdout, "raw text (%d bytes, %d sentences found, %.0f sentences/s)\n", len(raw), len(sys), float64(len(sys))/el.Seconds())
		fmt.Fprintf(env.stdout, "  Tokens %6.2f  Sentences %6.2f  Words %6.2f  UPOS %6.2f  XPOS %6.2f  Lemma %6.2f  UAS %6.2f  LAS %6.2f  (F1)\n",
			sc.Tokens.F1, sc.Sentences.F1, sc.Words.F1, sc.UPOS.F1, sc.XPOS.F1, sc.Lemma.F1, sc.UAS.F1, sc.LAS.F1)
		res["tokens_f1"], res["sentences_f1"], res["words_f1"] = pct(sc.Tokens.F1), pct(sc.Sentences.F1), pct(sc.Words.F1)
		res["upos_f1"], res["xpos_f1"], res["lemma_f1"] = pct(sc.UPOS.F1), pct(sc.XPOS.F1), pct(sc.Lemma.F1)
		res["uas_f1"], res["las_f1"] = pct(sc.UAS.F1), pct(sc.LAS.F1)
		if *mode == "raw" {
			res["upos"], res["xpos"], res["lemma"], res["uas"], res["las"] = res["upos_f1"], res["xpos_f1"], res["lemma_f1"], res["uas_f1"], res["las_f1"]
		}
	}
	if *asJSON {
		b, err := json.Marshal(res)
		if err != nil {
			return err
		}
		fmt.Fprintln(env.stdout, string(b))
	}
	return nil
}

// goldTokens turns a gold sentence's words into text tokens (forms and
// multiword-token grouping only).
func goldTokens(g *conllu.Sentence) text.Sentence {
	s := text.Sentence{Text: g.Text}
	for i, t := range g.Tokens {
		joined := false
		if m := g.MultiTokenOf(t.ID); m >= 0 && g.MultiTokens[m].First != t.ID {
			joined = true
		}
		s.Tokens = append(s.Tokens, text.Token{Form: t.Form, Joined: joined, SpaceAfter: g.SpaceAfter(i)})
	}
	return s
}

// writeAnalysis writes the system's analysis of the gold sentences as
// CoNLL-U, each sentence under its gold id and text.
func writeAnalysis(path string, gold []*conllu.Sentence, sys []text.Sentence) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for i, s := range sys {
		c := toCoNLLU(s, gold[i].ID)
		c.Text = gold[i].Text
		if err := conllu.Write(w, c); err != nil {
			f.Close()
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	return f.Close()
}
