package story

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"path"
	"strings"
)

// Detect guesses the format of an input from its name and its first bytes.
func Detect(name string, head []byte) Format {
	n := strings.ToLower(name)
	n = strings.TrimSuffix(n, ".gz")
	switch path.Ext(n) {
	case ".warc", ".arc":
		return FormatWARC
	case ".jsonl", ".ndjson":
		return FormatJSONL
	case ".rss", ".atom", ".xml":
		return FormatFeed
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	}
	h := bytes.TrimLeft(head, "\xef\xbb\xbf \t\r\n")
	switch {
	case bytes.HasPrefix(h, []byte("WARC/")):
		return FormatWARC
	case len(h) > 1 && h[0] == '{':
		return FormatJSONL
	}
	lh := bytes.ToLower(h)
	if len(lh) > 1024 {
		lh = lh[:1024]
	}
	switch {
	case bytes.HasPrefix(lh, []byte("<?xml")) && (bytes.Contains(lh, []byte("<rss")) || bytes.Contains(lh, []byte("<feed")) || bytes.Contains(lh, []byte("<rdf"))):
		return FormatFeed
	case bytes.HasPrefix(lh, []byte("<rss")) || bytes.HasPrefix(lh, []byte("<feed")) || bytes.HasPrefix(lh, []byte("<rdf:rdf")):
		return FormatFeed
	case bytes.HasPrefix(lh, []byte("<!doctype html")) || bytes.HasPrefix(lh, []byte("<html")) || bytes.Contains(lh, []byte("<body")) || bytes.Contains(lh, []byte("<head")):
		return FormatHTML
	case bytes.HasPrefix(lh, []byte("<?xml")) && bytes.Contains(lh, []byte("<html")):
		return FormatHTML
	}
	return FormatText
}

// Open returns a reader for one input. The format is opts.Format or, when
// empty, detected from the name and the first bytes. Gzip-compressed input
// is decompressed (WARC handles its own per-record gzip).
func Open(ctx context.Context, name string, r io.Reader, opts Options) (Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(2)
	var in io.Reader = br
	if len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		// A WARC file is read record by record by the WARC reader.
		if opts.Format != FormatWARC && Detect(name, nil) != FormatWARC {
			zr, err := newGzip(br)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			br = bufio.NewReaderSize(zr, 64<<10)
			in = br
		} else {
			return NewWARCReader(name, br, opts), nil
		}
	}
	f := opts.Format
	if f == "" {
		head, _ := br.Peek(4096)
		f = Detect(name, head)
	}
	switch f {
	case FormatText:
		return NewTextReader(name, in, opts), nil
	case FormatHTML:
		return NewHTMLReader(name, in, opts), nil
	case FormatFeed:
		return NewFeedReader(name, in, opts), nil
	case FormatWARC:
		return NewWARCReader(name, in, opts), nil
	case FormatJSONL:
		return NewJSONLReader(name, in, opts), nil
	}
	return nil, fmt.Errorf("%s: unknown format %q", name, f)
}
