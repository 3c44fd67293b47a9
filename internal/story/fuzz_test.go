package story

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/herald-events/herald/internal/sharedtest"
)

// Fuzz targets: every reader must return stories or errors on any input,
// never panic or loop. Seeds are our own fixtures plus, when present, the
// shared sample page and a few benchmark pages (read at test time, not
// copied into the repository).

func sharedSeeds(f *testing.F, html bool) {
	root, ok := sharedtest.Root()
	if !ok {
		return
	}
	if b, err := os.ReadFile(filepath.Join(root, "raw-news", "scraped-news-two-articles.txt")); err == nil {
		f.Add(b)
	}
	if !html {
		return
	}
	ents, _ := os.ReadDir(filepath.Join(root, "html-news", "html"))
	for i, e := range ents {
		if i >= 3 {
			break
		}
		fh, err := os.Open(filepath.Join(root, "html-news", "html", e.Name()))
		if err != nil {
			continue
		}
		if zr, err := gzip.NewReader(fh); err == nil {
			if b, err := io.ReadAll(io.LimitReader(zr, 64<<10)); err == nil {
				f.Add(b)
			}
		}
		fh.Close()
	}
}

// drain reads r to the end, with a bound on stories so that a reader
// that never ends fails the fuzz run.
func drain(t *testing.T, r Reader, limit int) []*Story {
	ctx := context.Background()
	var out []*Story
	for i := 0; ; i++ {
		if i > limit {
			t.Fatalf("reader did not end after %d calls", limit)
		}
		s, err := r.Next(ctx)
		if err == io.EOF {
			return out
		}
		if err != nil {
			if IsRecordError(err) {
				continue
			}
			return out
		}
		if s == nil {
			t.Fatal("nil story without error")
		}
		out = append(out, s)
	}
}

func FuzzTextReader(f *testing.F) {
	var buf bytes.Buffer
	writeScrapedArticle(&buf, 1)
	writeScrapedArticle(&buf, 2)
	f.Add(buf.Bytes())
	f.Add([]byte("By Jane Doe\nMay 6, 2024\n\nThe minister said on Monday that the talks would resume next\nweek.\n"))
	f.Add([]byte("TT\n20\n\xff\xfe\x00\r\n\r\n"))
	sharedSeeds(f, false)
	f.Fuzz(func(t *testing.T, data []byte) {
		stories := drain(t, NewTextReader("fuzz.txt", bytes.NewReader(data), Options{MaxBytes: 1 << 20}), len(data)+2)
		for _, s := range stories {
			if strings.TrimSpace(s.Text) == "" {
				t.Fatal("story with empty text")
			}
			if !utf8.ValidString(s.Text) || !utf8.ValidString(s.Title) {
				t.Fatal("invalid UTF-8 in a story")
			}
			seen := map[string]bool{}
			for _, p := range s.Paragraphs() {
				if seen[normKey(p)] {
					t.Fatalf("paragraph kept twice: %q", p)
				}
				seen[normKey(p)] = true
			}
		}
	})
}

func FuzzHTMLReader(f *testing.F) {
	f.Add([]byte(articleHTML("Ministers meet in Nerida", "Nerida", 4)))
	f.Add([]byte("<html><body><p>x</p></body></html>"))
	f.Add([]byte("<!DOCTYPE html><html><head><meta charset=\"latin1\"><title>T</title></head><body><article><p>Caf\xe9 society.</p></article>"))
	sharedSeeds(f, true)
	f.Fuzz(func(t *testing.T, data []byte) {
		drain(t, NewHTMLReader("fuzz.html", bytes.NewReader(data), Options{MaxBytes: 1 << 20}), 2)
	})
}

func FuzzFeedReader(f *testing.F) {
	f.Add([]byte(atomFeed))
	f.Add([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>a</title><description>The talks ended.</description></item></channel></rss>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"1","content_text":"Talks resumed."}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		drain(t, NewFeedReader("fuzz.rss", bytes.NewReader(data), Options{MaxBytes: 1 << 20}), len(data)+2)
	})
}

func FuzzWARCReader(f *testing.F) {
	f.Add(makeWARC(2, false))
	f.Add(makeWARC(1, true))
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nHTTP/\r\n\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		drain(t, NewWARCReader("fuzz.warc", bytes.NewReader(data), Options{MaxBytes: 1 << 20}), len(data)+2)
	})
}

func FuzzJSONLReader(f *testing.F) {
	f.Add([]byte(`{"id":"a","date":"2024-05-06","title":"T","text":"The minister resigned."}` + "\n" + `{"id":"b","text":1}` + "\nnot json\n"))
	f.Add([]byte(`{"text":"x","date":null}{"text":"y"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		stories := drain(t, NewJSONLReader("fuzz.jsonl", bytes.NewReader(data), Options{MaxBytes: 1 << 16}), len(data)+2)
		if len(stories) > bytes.Count(data, []byte("\n"))+1 {
			t.Fatalf("%d stories from %d lines", len(stories), bytes.Count(data, []byte("\n"))+1)
		}
	})
}
