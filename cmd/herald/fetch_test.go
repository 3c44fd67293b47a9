package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// These tests talk only to httptest servers on 127.0.0.1.

const testFeed = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Test Wire</title>
<item><guid>%[1]s-1</guid><title>Ministers meet in the capital</title><link>http://example.invalid/1</link>
<pubDate>Mon, 06 May 2024 10:00:00 GMT</pubDate>
<description>The foreign ministers of two neighbouring countries met on Monday to discuss the border.</description></item>
%[2]s
</channel></rss>`

func runHerald(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &cliEnv{stdin: strings.NewReader(""), stdout: &out, stderr: &errb,
		logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	code := run(context.Background(), env, args)
	return code, out.String(), errb.String()
}

func decodeStories(t *testing.T, s string) []map[string]any {
	t.Helper()
	var out []map[string]any
	dec := json.NewDecoder(strings.NewReader(s))
	for dec.More() {
		var m map[string]any
		if err := dec.Decode(&m); err != nil {
			t.Fatalf("bad JSONL output: %v", err)
		}
		out = append(out, m)
	}
	return out
}

func TestFetchCommand(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		switch r.URL.Path {
		case "/good.rss":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, testFeed, "good", "")
		case "/bad.rss":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, "<rss><channel><item><title>broken")
		case "/loop":
			http.Redirect(w, r, "/loop", http.StatusFound)
		}
	}))
	defer srv.Close()
	code, out, errs := runHerald(t, "fetch", "--allow-private", "--rate", "-1", srv.URL+"/bad.rss", srv.URL+"/loop", srv.URL+"/good.rss")
	if code != 1 {
		t.Fatalf("exit %d, want 1 (two URLs failed); stderr %s", code, errs)
	}
	if !strings.Contains(errs, "bad.rss: not a readable RSS") || !strings.Contains(errs, "redirect loop") || !strings.Contains(errs, "2 of 3 URLs failed") {
		t.Errorf("stderr: %s", errs)
	}
	st := decodeStories(t, out)
	if len(st) != 1 || st[0]["title"] != "Ministers meet in the capital" || st[0]["date"] != "2024-05-06T10:00:00Z" {
		t.Fatalf("stories: %v", st)
	}
	// Without --allow-private the loopback server is refused and never reached.
	before := hits.Load()
	code, out, errs = runHerald(t, "fetch", srv.URL+"/good.rss")
	if code != 1 || out != "" || !strings.Contains(errs, "address not allowed") || hits.Load() != before {
		t.Fatalf("refusal: exit %d, out %q, err %q, hits %d→%d", code, out, errs, before, hits.Load())
	}
	if code, _, _ := runHerald(t, "fetch", "--allow", "not-an-ip", srv.URL); code != 2 {
		t.Errorf("bad --allow: exit %d", code)
	}
}

func TestWatchCommand(t *testing.T) {
	var polls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := polls.Add(1)
		extra := ""
		if n >= 2 { // a new item appears on the second poll
			extra = `<item><guid>w-2</guid><title>Talks end without a deal</title><link>http://example.invalid/2</link>
<description>Negotiators left the talks on Tuesday without an agreement, officials said.</description></item>`
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, testFeed, "w", extra)
	}))
	defer srv.Close()
	dir := t.TempDir()
	state := filepath.Join(dir, "state.json")
	outFile := filepath.Join(dir, "stories.jsonl")
	args := []string{"watch", "--allow-private", "--rate", "-1", "--interval", "1ms", "--polls", "3", "--state", state, "-o", outFile, srv.URL + "/feed"}
	if code, _, errs := runHerald(t, args...); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	b, err := os.ReadFile(outFile)
	if err != nil {
		t.Fatal(err)
	}
	st := decodeStories(t, string(b))
	if len(st) != 2 || st[0]["id"] != "w-1" || st[1]["id"] != "w-2" {
		t.Fatalf("three polls gave %d stories: %v", len(st), st)
	}
	// A new run with the same state file writes nothing already seen.
	args[7] = "1"
	if code, _, errs := runHerald(t, args...); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	b, _ = os.ReadFile(outFile)
	if n := len(decodeStories(t, string(b))); n != 2 {
		t.Fatalf("after a restart the file has %d stories", n)
	}
}

func TestStoriesCommand(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	os.WriteFile(in, []byte(`{"id":"x1","title":"A","date":"2024-05-06","text":"The minister resigned on Friday."}
not json
{"id":"x2","text":"The minister resigned on Friday, officials said."}
`), 0o644)
	code, out, errs := runHerald(t, "stories", in)
	if code != 0 || !strings.Contains(errs, "1 bad records skipped") {
		t.Fatalf("exit %d, stderr %s", code, errs)
	}
	if st := decodeStories(t, out); len(st) != 2 || st[1]["id"] != "x2" {
		t.Fatalf("stories %v", st)
	}
}
