package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/herald-events/herald/internal/fetch"
	"github.com/herald-events/herald/internal/story"
	"github.com/herald-events/herald/internal/when"
)

// netFlags are the flags fetch and watch share.
type netFlags struct {
	allowPrivate bool
	allow        string
	timeout      time.Duration
	maxBytes     int64
	rate         float64
	state        string
	articles     bool
	output       string
	date         string
}

func (n *netFlags) register(fs *flag.FlagSet) {
	fs.BoolVar(&n.allowPrivate, "allow-private", false, "allow private, loopback, link-local and other non-public addresses (refused by default)")
	fs.StringVar(&n.allow, "allow", "", "comma-separated addresses or CIDR ranges to allow even without --allow-private")
	fs.DurationVar(&n.timeout, "timeout", fetch.DefaultTimeout, "timeout for one request, body included")
	fs.Int64Var(&n.maxBytes, "max-bytes", fetch.DefaultMaxBytes, "largest response body accepted")
	fs.Float64Var(&n.rate, "rate", fetch.DefaultRate, "most requests per second to one host (negative: no limit)")
	fs.BoolVar(&n.articles, "articles", false, "fetch each feed item's page for its full text")
	fs.StringVar(&n.output, "o", "", "write stories (JSON Lines) to this file instead of standard output")
	fs.StringVar(&n.date, "date", "", "story date to use when a story gives none (e.g. 2024-05-06)")
}

func (n *netFlags) client(st fetch.Store) (*fetch.Client, error) {
	allow, err := fetch.ParsePrefixes(n.allow)
	if err != nil {
		return nil, usageError{"--allow: " + err.Error()}
	}
	return fetch.New(fetch.Options{
		Timeout: n.timeout, MaxBytes: n.maxBytes, Rate: n.rate,
		AllowPrivate: n.allowPrivate, Allow: allow,
	}, st), nil
}

func (n *netFlags) storyOptions() (story.Options, error) {
	var o story.Options
	if n.date != "" {
		d, ok := when.ParseDate(n.date)
		if !ok {
			return o, usageError{fmt.Sprintf("--date: cannot read %q as a date", n.date)}
		}
		o.Date = d.Time
	}
	return o, nil
}

// openOutput returns where stories go; appendMode appends to a file.
func openOutput(env *cliEnv, path string, appendMode bool) (io.Writer, func() error, error) {
	if path == "" || path == "-" {
		return env.stdout, func() error { return nil }, nil
	}
	flags := os.O_CREATE | os.O_WRONLY | os.O_TRUNC
	if appendMode {
		flags = os.O_CREATE | os.O_WRONLY | os.O_APPEND
	}
	f, err := os.OpenFile(path, flags, 0o644)
	if err != nil {
		return nil, nil, err
	}
	return f, f.Close, nil
}

// storyWriter writes stories as JSON Lines.
type storyWriter struct {
	w   *bufio.Writer
	enc *json.Encoder
	n   int
}

func newStoryWriter(w io.Writer) *storyWriter {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &storyWriter{w: bw, enc: enc}
}

func (s *storyWriter) write(st *story.Story) error {
	s.n++
	return s.enc.Encode(st)
}

func (s *storyWriter) flush() error { return s.w.Flush() }

// runFetch fetches feeds and article pages and writes their stories.
func runFetch(ctx context.Context, env *cliEnv, args []string) error {
	fs := flag.NewFlagSet("fetch", flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	var nf netFlags
	nf.register(fs)
	fs.StringVar(&nf.state, "state", "", "JSON file remembering ETag/Last-Modified per URL (conditional GET)")
	fs.Usage = func() {
		fmt.Fprintln(env.stderr, "usage: herald fetch [flags] URL...\n\nFetches feeds (RSS, Atom, JSON Feed) and article pages and writes their stories as JSON Lines.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{"no URL given"}
	}
	so, err := nf.storyOptions()
	if err != nil {
		return err
	}
	st := fetch.NewState()
	if nf.state != "" {
		if st, err = fetch.LoadState(nf.state); err != nil {
			return err
		}
	}
	c, err := nf.client(st)
	if err != nil {
		return err
	}
	defer c.CloseIdle()
	out, closeOut, err := openOutput(env, nf.output, false)
	if err != nil {
		return err
	}
	sw := newStoryWriter(out)
	failed := 0
	for _, u := range fs.Args() {
		if err := ctx.Err(); err != nil {
			break
		}
		res, err := c.Stories(ctx, u, fetch.StoryOptions{Options: so, Articles: nf.articles})
		if err != nil {
			failed++
			env.logger.Error("fetch failed", "url", u, "err", err)
			fmt.Fprintf(env.stderr, "herald fetch: %v\n", err)
			continue
		}
		for _, e := range res.Skipped {
			env.logger.Warn("item skipped", "err", e)
		}
		if res.NotModified {
			env.logger.Info("not modified", "url", u)
		}
		for _, s := range res.Stories {
			if err := sw.write(s); err != nil {
				return err
			}
		}
	}
	if err := sw.flush(); err != nil {
		return err
	}
	if err := closeOut(); err != nil {
		return err
	}
	if nf.state != "" {
		if err := st.Save(nf.state); err != nil {
			return err
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d URLs failed (%d stories written)", failed, fs.NArg(), sw.n)
	}
	return nil
}
