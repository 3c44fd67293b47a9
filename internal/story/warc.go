package story

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"strings"
	"time"

	warc "github.com/nlnwa/gowarc/v3"
)

// WARCReader reads a WARC file (plain or record-wise gzip'd .warc.gz) and
// yields a story for each response record that holds an HTML page with
// status 200. Other records are passed over. It reads record by record.
type WARCReader struct {
	name string
	opts Options
	wr   *warc.WarcFileReader
	err  error
	done bool
}

// NewWARCReader returns a reader of the WARC file named name.
func NewWARCReader(name string, r io.Reader, opts Options) *WARCReader {
	wr, err := warc.NewWarcFileReaderFromStream(r, 0,
		warc.WithSyntaxErrorPolicy(warc.ErrIgnore),
		warc.WithSpecViolationPolicy(warc.ErrIgnore),
		warc.WithUnknownRecordTypePolicy(warc.ErrIgnore),
		warc.WithBlockErrorPolicy(warc.ErrIgnore),
		warc.WithBufferMaxMemBytes(opts.maxBytes()),
	)
	return &WARCReader{name: name, opts: opts, wr: wr, err: err}
}

// Next returns the next page's story, a *RecordError for a page that could
// not be read, or io.EOF.
func (w *WARCReader) Next(ctx context.Context) (*Story, error) {
	if w.err != nil {
		return nil, fmt.Errorf("%s: %w", w.name, w.err)
	}
	for !w.done {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		s, err := w.next(ctx)
		if s != nil || err != nil {
			return s, err
		}
	}
	return nil, io.EOF
}

func (w *WARCReader) next(ctx context.Context) (s *Story, err error) {
	defer func() {
		if p := recover(); p != nil {
			w.done = true
			s, err = nil, fmt.Errorf("%s: WARC reader failed: %v", w.name, p)
		}
	}()
	rec, err := w.wr.Next()
	if err != nil {
		w.done = true
		if err == io.EOF || errors.Is(err, io.EOF) && rec.Offset == 0 {
			_ = w.wr.Close()
			return nil, nil
		}
		_ = w.wr.Close()
		return nil, fmt.Errorf("%s@%d: bad WARC record: %w", w.name, rec.Offset, err)
	}
	defer rec.Close()
	wr := rec.WarcRecord
	if wr == nil || wr.Type() != warc.Response {
		return nil, nil
	}
	blk, ok := wr.Block().(warc.HttpResponseBlock)
	if !ok || blk.HttpStatusCode() != 200 {
		return nil, nil
	}
	ct := ""
	if h := blk.HttpHeader(); h != nil {
		ct = h.Get("Content-Type")
	}
	if mt, _, _ := mime.ParseMediaType(ct); ct != "" && mt != "text/html" && mt != "application/xhtml+xml" {
		return nil, nil
	}
	uri := wr.WarcHeader().Get(warc.WarcTargetURI)
	fail := func(err error) error {
		return &RecordError{Input: w.name, Offset: rec.Offset, Err: fmt.Errorf("%s: %w", uri, err)}
	}
	pr, err := blk.PayloadBytes()
	if err != nil {
		return nil, fail(err)
	}
	body, err := readCapped(pr, w.opts.maxBytes())
	if err != nil {
		return nil, fail(err)
	}
	if enc := strings.ToLower(blk.HttpHeader().Get("Content-Encoding")); enc == "gzip" {
		zr, err := gzip.NewReader(strings.NewReader(string(body)))
		if err != nil {
			return nil, fail(err)
		}
		if body, err = readCapped(zr, w.opts.maxBytes()); err != nil {
			return nil, fail(err)
		}
	}
	if ct == "" && Detect("", body) != FormatHTML {
		return nil, nil
	}
	o := w.opts
	o.URL = uri
	o.Date = warcDateFallback(w.opts, wr)
	st, err := FromHTML(ctx, w.name, body, o)
	if err != nil {
		return nil, fail(err)
	}
	st.Format = FormatWARC
	if id := wr.RecordId(); st.URL == "" && id != "" {
		st.ID = id
	}
	return st, nil
}

// warcDateFallback is the date used when a page gives none: --date when
// set, else the capture date.
func warcDateFallback(o Options, wr warc.WarcRecord) (t time.Time) {
	if !o.Date.IsZero() {
		return o.Date
	}
	if d, err := wr.Date(); err == nil {
		return d
	}
	return t
}

func newGzip(r *bufio.Reader) (io.Reader, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	return zr, nil
}
