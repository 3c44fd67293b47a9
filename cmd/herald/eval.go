package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/herald-events/herald/internal/coder"
	"github.com/herald-events/herald/internal/dict"
	"github.com/herald-events/herald/internal/petrxml"
	"github.com/herald-events/herald/internal/pipeline"
)

func runEval(ctx context.Context, env *cliEnv, args []string) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	dictDir := fs.String("dict", "", "directory holding the dictionaries named in each file's <Environment> (default: beside the file and in its dictionaries/ folder)")
	asJSON := fs.Bool("json", false, "end with one JSON summary line")
	inFlag := fs.String("input", "", "what to code from: penn, conllu or text (default: detect from each <Parse>)")
	all := fs.Bool("all", false, "list every record, not only failures")
	explain := fs.Bool("explain", false, "print how each listed record was coded")
	verbs := fs.String("verbs", "", "use this verb dictionary instead of the one each file's <Environment> names")
	builtin := fs.Bool("builtin", false, "code with herald's built-in dictionaries (with --dict DIR merged over them) instead of those each file's <Environment> names")
	var mf modelFlags
	mf.register(fs, "with --input text: a language model file written by herald train (default: the embedded model)")
	fs.Usage = func() {
		fmt.Fprintln(env.stderr, "usage: herald eval [--dict DIR] [--input penn|conllu|text] [--fast] [--greedy] [--json] FILE...")
		fmt.Fprintln(env.stderr, "Codes PETRARCH record files and compares each record's events with its <EventCoding> gold.")
		fs.PrintDefaults()
	}
	files, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		fs.Usage()
		return usageError{"no record file given"}
	}
	in, err := pipeline.ParseInput(*inFlag)
	if err != nil {
		return usageError{err.Error()}
	}
	out := bufio.NewWriter(env.stdout)
	defer out.Flush()
	var sum pipeline.Summary
	sum.Input = string(in)
	if in == pipeline.InputAuto {
		sum.Input = "auto"
	}
	cache := &pipeline.DictCache{}
	an := &pipeline.Analysis{}
	if in == pipeline.InputText {
		a, err := mf.load()
		if err != nil {
			return err
		}
		an.Analyzer = a
	}
	for _, file := range files {
		if err := evalFile(an, ctx, file, *dictDir, *verbs, *builtin, in, cache, &sum, out, *all, *explain); err != nil {
			return err
		}
	}
	sum.Finish()
	fmt.Fprintf(out, "records %d, exact %d (%.1f%%), skipped %d; events: gold %d, found %d, correct %d; precision %.1f%%, recall %.1f%%, F1 %.1f%%; at root level (lead actor codes, root event code) correct %d, precision %.1f%%, recall %.1f%%\n",
		sum.Records, sum.RecordsExact, sum.ExactRate, sum.Skipped, sum.GoldEvents, sum.FoundEvents, sum.Correct, sum.Precision, sum.Recall, sum.F1, sum.RootCorrect, sum.RootPrecision, sum.RootRecall)
	if *asJSON {
		b, _ := json.Marshal(sum)
		fmt.Fprintln(out, string(b))
	}
	return nil
}

func evalFile(an *pipeline.Analysis, ctx context.Context, file, dictDir, verbs string, builtin bool, in pipeline.Input, cache *pipeline.DictCache, sum *pipeline.Summary, out *bufio.Writer, all, explain bool) error {
	fh, err := os.Open(file)
	if err != nil {
		return err
	}
	defer fh.Close()
	rd, err := petrxml.NewReader(bufio.NewReader(fh), file)
	if err != nil {
		return err
	}
	envr := rd.Environment()
	var set *dict.Set
	if builtin {
		set, err = cache.Open(ctx, dictDir, false)
	} else {
		set, err = cache.Environment(ctx, envr, file, dictDir, verbs)
	}
	if err != nil {
		return err
	}
	opt := coder.DefaultOptions()
	for _, c := range envr.Configs {
		pipeline.ApplyConfig(&opt, c)
	}
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, err := rd.Next()
		if err != nil {
			if err.Error() == "EOF" {
				break
			}
			return err
		}
		for _, c := range rec.Configs {
			pipeline.ApplyConfig(&opt, c)
		}
		if !pipeline.Included(envr, rec) || !rec.HasGold {
			sum.Skipped++
			continue
		}
		o := opt
		o.Explain = explain
		cd := coder.New(set, o)
		var res coder.Result
		var codeErr error
		day, err := pipeline.Day(rec.Date)
		if err != nil {
			codeErr = fmt.Errorf("%s:%d: record %s: %w", file, rec.Line, rec.ID, err)
		} else if s, err := an.Sentence(rec, in); err != nil {
			codeErr = err
		} else {
			res, codeErr = cd.CodeContext(s, day, &coder.Context{Tokens: pipeline.ReportedPronouns(cd, s, day, rec.ID)})
		}
		rs := pipeline.Score(rec, res, codeErr)
		sum.Add(rs)
		if !rs.Exact || all {
			status := "FAIL"
			if rs.Exact {
				status = "ok"
			}
			fmt.Fprintf(out, "%s %s [%s]: expected %s got %s", status, rs.ID, rs.Category, fmtTriples(rs.Expected, rs.ExpectedError), fmtTriples(rs.Got, rs.GotError))
			if rs.Err != nil {
				fmt.Fprintf(out, " (%v)", rs.Err)
			}
			fmt.Fprintln(out)
			if explain {
				fmt.Fprintf(out, "  text: %s\n", rec.Text)
				for _, t := range res.Trace {
					fmt.Fprintf(out, "  %s\n", t)
				}
			}
		}
	}
	return nil
}

func fmtTriples(ts []pipeline.Triple, errKind string) string {
	if errKind != "" {
		return "error " + errKind
	}
	if len(ts) == 0 {
		return "{}"
	}
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = "(" + t.String() + ")"
	}
	return "{" + strings.Join(parts, " ") + "}"
}
