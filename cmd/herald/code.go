package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/herald-events/herald/internal/cameo"
	"github.com/herald-events/herald/internal/coder"
	"github.com/herald-events/herald/internal/dict"
	"github.com/herald-events/herald/internal/petrxml"
	"github.com/herald-events/herald/internal/pipeline"
	"github.com/herald-events/herald/internal/syntax"
)

type codeFlags struct {
	dictDir string
	input   pipeline.Input
	explain bool
	out     string
}

func runCode(ctx context.Context, env *cliEnv, args []string) error {
	fs := flag.NewFlagSet("code", flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	var cf codeFlags
	fs.StringVar(&cf.dictDir, "dict", "", "dictionary directory (PETRARCH format: a PETR_config.ini or CAMEO.*/*.verbs, *.actors, *agents, *discards, *Issue* files); record files default to the dictionaries their <Environment> names")
	inFlag := fs.String("input", "", "what to code from in record files: penn, conllu or text (default: detect from each <Parse>)")
	fs.BoolVar(&cf.explain, "explain", false, "print to stderr, per sentence, the clause structure and why each event fired or did not")
	fs.StringVar(&cf.out, "o", "", "write events to this file instead of standard output")
	fs.Usage = func() {
		fmt.Fprintln(env.stderr, "usage: herald code [--dict DIR] [--input penn|conllu|text] [--explain] [-o FILE] FILE...")
		fmt.Fprintln(env.stderr, "Codes events and writes them as JSON Lines, one event per line.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	in, err := pipeline.ParseInput(*inFlag)
	if err != nil {
		return usageError{err.Error()}
	}
	cf.input = in
	if fs.NArg() == 0 {
		fs.Usage()
		return usageError{"no input file given"}
	}
	var w io.Writer = env.stdout
	if cf.out != "" {
		f, err := os.Create(cf.out)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriterSize(w, 256*1024)
	defer bw.Flush()
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	cache := &pipeline.DictCache{}
	for _, file := range fs.Args() {
		if err := codeRecordFile(ctx, env, file, cf, cache, enc); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// codeRecordFile codes a PETRARCH XML record file.
func codeRecordFile(ctx context.Context, env *cliEnv, file string, cf codeFlags, cache *pipeline.DictCache, enc *json.Encoder) error {
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
	var files dict.Files
	if cf.dictDir != "" {
		files, err = dict.FilesInDir(cf.dictDir)
	} else if envr.Present {
		files, err = pipeline.EnvironmentFiles(envr, file, "")
	} else {
		err = fmt.Errorf("%s names no dictionaries; give --dict DIR", file)
	}
	if err != nil {
		return err
	}
	set, err := cache.Load(ctx, files)
	if err != nil {
		return err
	}
	opt := coder.DefaultOptions()
	for _, c := range envr.Configs {
		pipeline.ApplyConfig(&opt, c)
	}
	opt.Explain = cf.explain
	onto := cameo.Default()
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, err := rd.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		for _, c := range rec.Configs {
			pipeline.ApplyConfig(&opt, c)
		}
		day, err := pipeline.Day(rec.Date)
		if err != nil {
			env.logger.Warn("record skipped", "file", file, "line", rec.Line, "record", rec.ID, "error", err)
			continue
		}
		s, err := pipeline.Sentence(rec, cf.input)
		if err != nil {
			env.logger.Warn("record skipped", "file", file, "line", rec.Line, "record", rec.ID, "error", err)
			continue
		}
		res, err := coder.New(set, opt).Code(s, day)
		if cf.explain {
			explainSentence(env.stderr, rec.ID, s, res, err)
		}
		if err != nil {
			env.logger.Warn("sentence not coded", "file", file, "record", rec.ID, "error", err)
			continue
		}
		storyID, _ := splitSentenceID(rec.ID)
		meta := pipeline.SentenceMeta{StoryID: storyID, SentenceID: rec.ID, StoryDate: day, EventDate: day, Input: cf.input}
		if meta.Input == pipeline.InputAuto {
			meta.Input = pipeline.Detect(rec.Parse)
		}
		for _, r := range pipeline.MakeRecords(s, res, meta, onto) {
			if err := enc.Encode(r); err != nil {
				return err
			}
		}
	}
}

// splitSentenceID splits a PETRARCH sentence id such as
// "AFP0808020625_4" into its story id and sentence number.
func splitSentenceID(id string) (story, sent string) {
	if i := strings.LastIndexAny(id, "_"); i > 0 {
		return id[:i], id[i+1:]
	}
	return id, ""
}

func explainSentence(w io.Writer, id string, s *syntax.Sentence, res coder.Result, err error) {
	fmt.Fprintf(w, "== %s: %s\n", id, s.Text)
	if err != nil {
		fmt.Fprintf(w, "   not coded: %v\n", err)
		return
	}
	if res.Discard != "" {
		kind := "sentence"
		if res.StoryDiscard {
			kind = "story"
		}
		fmt.Fprintf(w, "   %s discarded: %q\n", kind, res.Discard)
	}
	for _, t := range res.Trace {
		fmt.Fprintf(w, "   %s\n", t)
	}
	if len(res.Events) == 0 {
		fmt.Fprintln(w, "   no events")
	}
}
