package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/herald-events/herald/internal/conllu"
	"github.com/herald-events/herald/internal/text"
)

// runTrain trains the tagger, lemmatizer and parser from CoNLL-U and writes
// the compressed model.
func runTrain(ctx context.Context, env *cliEnv, args []string) error {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	out := fs.String("o", filepath.Join("internal", "text", "model", "en_ewt.model"), "where to write the model")
	tagIters := fs.Int("tagger-iters", 8, "tagger training passes")
	parseIters := fs.Int("parser-iters", 12, "parser training passes")
	folds := fs.Int("folds", 4, "jackknife folds for the parser's training tags (1 = gold tags)")
	ensemble := fs.Int("ensemble", 3, "parsers trained in different orders and summed into one model")
	parserDrop := fs.Float64("parser-dropout", 0, "word dropout for the parser: a word seen c times is hidden with probability d/(d+c) (0: none)")
	taggerDrop := fs.Float64("tagger-dropout", 0, "word dropout for the tagger, as --parser-dropout")
	seed := fs.Uint64("seed", 1, "shuffling seed")
	quiet := fs.Bool("q", false, "no progress messages")
	devPath := fs.String("dev", "", "CoNLL-U file to score after every parser pass (progress only)")
	fs.Usage = func() {
		fmt.Fprintln(env.stderr, "usage: herald train [flags] [train.conllu]")
		fmt.Fprintln(env.stderr, "Trains on UD English EWT (default ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu).")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	in := filepath.Join("..", "shared", "data", "ud-english-ewt", "en_ewt-ud-train.conllu")
	switch fs.NArg() {
	case 0:
	case 1:
		in = fs.Arg(0)
	default:
		return usageError{"at most one input file"}
	}
	level := slog.LevelInfo
	if *quiet {
		level = slog.LevelWarn
	}
	log := slog.New(slog.NewTextHandler(env.stderr, &slog.HandlerOptions{Level: level}))
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	sents, err := conllu.ReadAll(f, in)
	f.Close()
	if err != nil {
		return err
	}
	var dev []*conllu.Sentence
	if *devPath != "" {
		df, err := os.Open(*devPath)
		if err != nil {
			return err
		}
		dev, err = conllu.ReadAll(df, *devPath)
		df.Close()
		if err != nil {
			return err
		}
	}
	start := time.Now()
	log.Info("training", "input", in, "sentences", len(sents))
	var buf bytes.Buffer
	opt := text.TrainOptions{TaggerIters: *tagIters, ParserIters: *parseIters, Folds: *folds, Ensemble: *ensemble, Seed: *seed, Logger: log, Dev: dev,
		ParserDropout: *parserDrop, TaggerDropout: *taggerDrop}
	if err := text.Train(ctx, sents, opt, &buf); err != nil {
		return err
	}
	tmp := *out + ".tmp"
	if err := os.WriteFile(tmp, buf.Bytes(), 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, *out); err != nil {
		return err
	}
	log.Info("wrote model", "path", *out, "bytes", buf.Len(), "elapsed", time.Since(start).Round(time.Second))
	return nil
}
