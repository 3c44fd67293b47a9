package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/herald-events/herald/internal/cameo"
	"github.com/herald-events/herald/internal/coder"
	"github.com/herald-events/herald/internal/dict"
	"github.com/herald-events/herald/internal/petrxml"
	"github.com/herald-events/herald/internal/pipeline"
	"github.com/herald-events/herald/internal/syntax"
)

type codeFlags struct {
	dictDir string
	only    bool
	builtin bool
	input   pipeline.Input
	explain bool
	out     string
	format  string
	date    time.Time
	merge   bool
	noDedup bool
	quiet   bool
	model   modelFlags
}

func runCode(ctx context.Context, env *cliEnv, args []string) error {
	fs := flag.NewFlagSet("code", flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	var cf codeFlags
	fs.StringVar(&cf.dictDir, "dict", "", "dictionary directory in PETRARCH format (a PETR_config.ini, or CAMEO.*/*verbs*, *actors*, *agents*, *discards*, *Issue* files), merged over the built-in dictionaries; record files default to the dictionaries their <Environment> names")
	fs.BoolVar(&cf.only, "only", false, "with --dict: use only that directory's dictionaries, not the built-ins")
	fs.BoolVar(&cf.builtin, "builtin", false, "record files: code with the built-in dictionaries (with --dict DIR merged over them) instead of those the file's <Environment> names")
	inFlag := fs.String("input", "", "record files: code from the penn or conllu parse, or from the text (default: detect from each <Parse>)")
	fs.BoolVar(&cf.explain, "explain", false, "print to stderr, per sentence, the clause structure and why each event fired or did not")
	fs.StringVar(&cf.out, "o", "", "write events to this file instead of standard output")
	fs.StringVar(&cf.format, "format", "jsonl", "output: jsonl (one event per line) or gdelt (GDELT 2.0 Events tab-separated rows, merged)")
	dateFlag := fs.String("date", "", "story date (YYYY-MM-DD) for stories that give none (default: today)")
	fs.BoolVar(&cf.merge, "merge", false, "merge the events of near-duplicate stories, with mention, source and article counts (implied by --format gdelt)")
	fs.BoolVar(&cf.noDedup, "no-dedup", false, "do not cluster near-duplicate stories")
	fs.BoolVar(&cf.quiet, "quiet", false, "no progress bar or summary on stderr")
	cf.model.register(fs, "language model file written by herald train (default: the embedded model)")
	fs.Usage = func() {
		fmt.Fprintln(env.stderr, "usage: herald code [--dict DIR [--only]] [--builtin] [--date YYYY-MM-DD] [--format jsonl|gdelt] [--merge] [--explain] [-o FILE] [FILE...]")
		fmt.Fprintln(env.stderr, "Codes events from news (text, scraped pages, HTML, RSS/Atom, WARC, JSON Lines; standard input when no FILE)")
		fmt.Fprintln(env.stderr, "or from PETRARCH record files, and writes them as JSON Lines, one event per line.")
		fs.PrintDefaults()
	}
	files, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	in, err := pipeline.ParseInput(*inFlag)
	if err != nil {
		return usageError{err.Error()}
	}
	cf.input = in
	switch cf.format {
	case "jsonl", "json":
		cf.format = "jsonl"
	case "gdelt":
		cf.merge = true
	default:
		return usageError{fmt.Sprintf("unknown --format %q (want jsonl or gdelt)", cf.format)}
	}
	if cf.only && cf.dictDir == "" {
		return usageError{"--only needs --dict DIR"}
	}
	if *dateFlag != "" {
		d, err := time.Parse("2006-01-02", *dateFlag)
		if err != nil {
			return usageError{fmt.Sprintf("--date %q: want YYYY-MM-DD", *dateFlag)}
		}
		cf.date = d
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
	sink := newEventSink(bw, cf)
	cache := &pipeline.DictCache{}
	if len(files) == 0 {
		files = []string{"-"}
	}
	var sc *storyCoding
	an := &pipeline.Analysis{}
	for _, file := range files {
		if isRecordFile(file) {
			if cf.input == pipeline.InputText && an.Analyzer == nil {
				// --input text: the records' <Text> is analysed by herald.
				a, err := cf.model.load()
				if err != nil {
					return err
				}
				an.Analyzer = a
			}
			if err := codeRecordFile(ctx, env, file, cf, cache, an, sink); err != nil {
				return err
			}
			continue
		}
		if sc == nil {
			if sc, err = newStoryCoding(ctx, env, cf); err != nil {
				return err
			}
		}
		if err := sc.codeFile(ctx, file, sink); err != nil {
			return err
		}
	}
	if sc != nil {
		sc.finish()
	}
	if err := sink.close(); err != nil {
		return err
	}
	return bw.Flush()
}

// isRecordFile reports whether a file is a PETRARCH XML record file.
func isRecordFile(name string) bool {
	if name == "-" || !strings.HasSuffix(strings.ToLower(name), ".xml") {
		return false
	}
	f, err := os.Open(name)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 8192)
	n, _ := io.ReadFull(f, head)
	h := string(head[:n])
	return strings.Contains(h, "<Sentence ") || strings.Contains(h, "<Validation") || strings.Contains(h, "<Sentences>")
}

// codeRecordFile codes a PETRARCH XML record file.
func codeRecordFile(ctx context.Context, env *cliEnv, file string, cf codeFlags, cache *pipeline.DictCache, an *pipeline.Analysis, sink *eventSink) error {
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
	// The dictionaries: those the file's <Environment> names; else
	// --dict DIR's alone with --only; else the built-ins with --dict DIR's
	// merged over them.
	var set *dict.Set
	if envr.Present && !cf.only && !cf.builtin {
		// A validation file: the dictionaries it names, looked for in
		// --dict DIR if given.
		set, err = cache.Environment(ctx, envr, file, cf.dictDir, "")
	} else {
		set, err = cache.Open(ctx, cf.dictDir, cf.only)
	}
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
		s, err := an.Sentence(rec, cf.input)
		if err != nil {
			env.logger.Warn("record skipped", "file", file, "line", rec.Line, "record", rec.ID, "error", err)
			continue
		}
		cd := coder.New(set, opt)
		res, err := cd.CodeContext(s, day, &coder.Context{Tokens: pipeline.ReportedPronouns(cd, s, day, rec.ID)})
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
			if err := sink.add(r); err != nil {
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
