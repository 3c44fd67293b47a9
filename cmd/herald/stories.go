package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/herald-events/herald/internal/story"
	"github.com/herald-events/herald/internal/when"
	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// runStories reads inputs of any format and writes their clean stories.
func runStories(ctx context.Context, env *cliEnv, args []string) error {
	fs := flag.NewFlagSet("stories", flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	format := fs.String("format", "", "input format: text, html, feed, warc, jsonl (default: detect from name and content)")
	date := fs.String("date", "", "story date to use when a story gives none (e.g. 2024-05-06)")
	dedup := fs.Bool("dedup", false, "cluster near-duplicate stories (sets cluster_id and duplicate_of)")
	output := fs.String("o", "", "write stories (JSON Lines) to this file instead of standard output")
	fs.Usage = func() {
		fmt.Fprintln(env.stderr, "usage: herald stories [flags] FILE...  (- for standard input)\n\nReads scraped text, HTML, RSS/Atom, WARC or JSON Lines and writes the clean stories as JSON Lines.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{"no input given"}
	}
	opts := story.Options{Format: story.Format(*format)}
	if *date != "" {
		d, ok := when.ParseDate(*date)
		if !ok {
			return usageError{fmt.Sprintf("--date: cannot read %q as a date", *date)}
		}
		opts.Date = d.Time
	}
	out, closeOut, err := openOutput(env, *output, false)
	if err != nil {
		return err
	}
	sw := newStoryWriter(out)
	var dd *story.Deduper
	if *dedup {
		dd = story.NewDeduper(story.DedupOptions{})
	}
	bar := newProgress(env, fs.Args())
	skipped := 0
	for _, name := range fs.Args() {
		var in io.Reader = env.stdin
		if name != "-" {
			f, err := os.Open(name)
			if err != nil {
				return err
			}
			defer f.Close()
			in = f
		}
		if bar != nil {
			pr := progressbar.NewReader(in, bar)
			in = &pr
		}
		r, err := story.Open(ctx, name, in, opts)
		if err != nil {
			return err
		}
		for {
			s, err := r.Next(ctx)
			if err == io.EOF {
				break
			}
			if story.IsRecordError(err) {
				skipped++
				env.logger.Warn("record skipped", "err", err)
				continue
			}
			if err != nil {
				_ = sw.flush()
				return err
			}
			if dd != nil {
				dd.Add(s)
			}
			if err := sw.write(s); err != nil {
				return err
			}
		}
	}
	if bar != nil {
		_ = bar.Finish()
	}
	if err := sw.flush(); err != nil {
		return err
	}
	if skipped > 0 {
		fmt.Fprintf(env.stderr, "herald stories: %d bad records skipped (see warnings)\n", skipped)
	}
	return closeOut()
}

// newProgress returns a progress bar over the inputs' total size on
// standard error, or nil when standard error is not a terminal or the
// size is unknown.
func newProgress(env *cliEnv, names []string) *progressbar.ProgressBar {
	f, ok := env.stderr.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	var total int64
	for _, n := range names {
		st, err := os.Stat(n)
		if n == "-" || err != nil {
			return nil
		}
		total += st.Size()
	}
	return progressbar.DefaultBytes(total, "reading")
}
