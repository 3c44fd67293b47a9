package main

import (
	"context"
	"flag"
	"fmt"
	"time"

	"github.com/herald-events/herald/internal/fetch"
)

// runWatch polls feeds and writes stories for items not seen before.
func runWatch(ctx context.Context, env *cliEnv, args []string) error {
	fs := flag.NewFlagSet("watch", flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	var nf netFlags
	nf.register(fs)
	fs.StringVar(&nf.state, "state", "herald-watch.json", "JSON file remembering seen items and ETag/Last-Modified per feed")
	interval := fs.Duration("interval", 10*time.Minute, "time between polls of each feed")
	polls := fs.Int("polls", 0, "stop after this many polls (0: run until interrupted)")
	fs.Usage = func() {
		fmt.Fprintln(env.stderr, "usage: herald watch [flags] FEED...\n\nPolls feeds and writes stories for new items as JSON Lines (appended to -o FILE).")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{"no feed URL given"}
	}
	if *interval <= 0 {
		return usageError{"--interval must be positive"}
	}
	so, err := nf.storyOptions()
	if err != nil {
		return err
	}
	st, err := fetch.LoadState(nf.state)
	if err != nil {
		return err
	}
	c, err := nf.client(st)
	if err != nil {
		return err
	}
	defer c.CloseIdle()
	out, closeOut, err := openOutput(env, nf.output, true)
	if err != nil {
		return err
	}
	defer closeOut()
	sw := newStoryWriter(out)
	for poll := 1; ; poll++ {
		newStories, failed := 0, 0
		for _, feed := range fs.Args() {
			if ctx.Err() != nil {
				break
			}
			res, err := c.Stories(ctx, feed, fetch.StoryOptions{Options: so, Articles: nf.articles, Seen: st})
			if err != nil {
				failed++
				fmt.Fprintf(env.stderr, "herald watch: %v\n", err)
				continue
			}
			for _, e := range res.Skipped {
				env.logger.Warn("item skipped", "err", e)
			}
			for _, s := range res.Stories {
				if err := sw.write(s); err != nil {
					return err
				}
				newStories++
			}
		}
		if err := sw.flush(); err != nil {
			return err
		}
		// State is saved after the stories are written: a crash between the
		// two repeats items rather than losing them.
		if err := st.Save(nf.state); err != nil {
			return err
		}
		env.logger.Info("poll done", "poll", poll, "new", newStories, "failed", failed)
		if *polls > 0 && poll >= *polls {
			return nil
		}
		t := time.NewTimer(*interval)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
	}
}
