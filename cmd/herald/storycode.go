package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/herald-events/herald/internal/cameo"
	"github.com/herald-events/herald/internal/coder"
	"github.com/herald-events/herald/internal/dict"
	"github.com/herald-events/herald/internal/pipeline"
	"github.com/herald-events/herald/internal/story"
)

// storyCoding codes stories from any news input.
type storyCoding struct {
	env     *cliEnv
	cf      codeFlags
	sc      *pipeline.StoryCoder
	dedup   *story.Deduper
	bar     *progressbar.ProgressBar
	stories int
	events  int
	skipped int
}

func newStoryCoding(ctx context.Context, env *cliEnv, cf codeFlags) (*storyCoding, error) {
	set, err := dict.Open(ctx, cf.dictDir, cf.only)
	if err != nil {
		return nil, err
	}
	an, err := cf.model.load()
	if err != nil {
		return nil, err
	}
	opt := coder.DefaultOptions()
	opt.Explain = cf.explain
	today := cf.date
	if today.IsZero() {
		today = time.Now().UTC()
	}
	s := &storyCoding{env: env, cf: cf, sc: &pipeline.StoryCoder{
		Coder:    coder.New(set, opt),
		Analysis: &pipeline.Analysis{Analyzer: an},
		Onto:     cameo.Default(),
		Today:    today,
	}}
	if !cf.noDedup {
		s.dedup = story.NewDeduper(story.DedupOptions{})
	}
	if !cf.quiet && isTerminal(env.stderr) {
		s.bar = progressbar.NewOptions(-1,
			progressbar.OptionSetWriter(env.stderr),
			progressbar.OptionSetDescription("coding"),
			progressbar.OptionShowCount(),
			progressbar.OptionSetItsString("stories"),
			progressbar.OptionShowIts(),
			progressbar.OptionClearOnFinish())
	}
	return s, nil
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func (s *storyCoding) codeFile(ctx context.Context, name string, sink *eventSink) error {
	var r io.Reader
	if name == "-" {
		r = s.env.stdin
		name = "stdin"
	} else {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	rd, err := story.Open(ctx, name, r, story.Options{Date: s.cf.date})
	if err != nil {
		return err
	}
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		st, err := rd.Next(ctx)
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			if story.IsRecordError(err) {
				s.skipped++
				s.env.logger.Warn("story skipped", "error", err)
				continue
			}
			return err
		}
		if s.dedup != nil {
			st.ClusterID = s.dedup.Add(st)
		}
		res := s.sc.CodeStory(st)
		s.stories++
		if s.cf.explain {
			fmt.Fprintf(s.env.stderr, "== story %s: %q (%d sentences, %d events)\n", st.ID, st.Title, res.Sentences, len(res.Events))
			if res.Discarded != "" {
				fmt.Fprintf(s.env.stderr, "   story discarded: %q\n", res.Discarded)
			}
			for _, t := range res.Trace {
				fmt.Fprintln(s.env.stderr, t)
			}
		}
		for _, ev := range res.Events {
			ev.ClusterID = st.ClusterID
			if err := sink.add(ev); err != nil {
				return err
			}
			s.events++
		}
		if s.bar != nil {
			_ = s.bar.Add(1)
		}
	}
}

func (s *storyCoding) finish() {
	if s.bar != nil {
		_ = s.bar.Finish()
	}
	if !s.cf.quiet {
		fmt.Fprintf(s.env.stderr, "herald code: %d stories, %d events", s.stories, s.events)
		if s.skipped > 0 {
			fmt.Fprintf(s.env.stderr, ", %d records skipped", s.skipped)
		}
		fmt.Fprintln(s.env.stderr)
	}
}
