// Package story turns raw news input (scraped text, HTML pages, RSS/Atom
// feeds, WARC archives, JSON Lines) into clean stories: a headline, a body
// of paragraphs, captions and metadata, ready to be split into sentences
// and coded.
//
// Every reader streams: it returns one story at a time from Next and never
// holds more than one story (or, for HTML and feeds, one document capped by
// Options.MaxBytes) in memory.
package story

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"
)

// Format names the kind of input a story came from.
type Format string

// Input formats.
const (
	FormatText  Format = "text"
	FormatHTML  Format = "html"
	FormatFeed  Format = "feed"
	FormatWARC  Format = "warc"
	FormatJSONL Format = "jsonl"
)

// Story is one news article.
type Story struct {
	ID     string `json:"id"`
	URL    string `json:"url,omitempty"`
	Source string `json:"source,omitempty"` // site or publisher
	Title  string `json:"title,omitempty"`
	Byline string `json:"byline,omitempty"`
	// Date is the publication date; DateKnown says whether it was found in
	// the input (or given by Options.Date) rather than left zero.
	Date      time.Time `json:"date,omitzero"`
	DateKnown bool      `json:"date_known"`
	// Text is the clean body: paragraphs separated by blank lines. It holds
	// no headline, caption, byline or debris.
	Text     string   `json:"text"`
	Captions []string `json:"captions,omitempty"`
	Lang     string   `json:"lang,omitempty"`
	Format   Format   `json:"format"`
	// Input names the file or URL the story was read from.
	Input string `json:"input,omitempty"`
	// ClusterID groups near-duplicate stories (the same wire story on many
	// sites); it is the ID of the first story of the cluster. DuplicateOf is
	// that ID on every story but the first, and empty on the first.
	ClusterID   string `json:"cluster_id,omitempty"`
	DuplicateOf string `json:"duplicate_of,omitempty"`
}

// Paragraphs returns the body's paragraphs.
func (s *Story) Paragraphs() []string { return splitParagraphs(s.Text) }

// Reader yields stories one at a time. Next returns io.EOF after the last
// story. A *RecordError means one record was bad and skipped: the reader
// can go on. Any other error is fatal for that reader.
type Reader interface {
	Next(ctx context.Context) (*Story, error)
}

// RecordError reports one bad record (a JSONL line, a WARC record, a feed
// item) that was skipped. The reader stays usable.
type RecordError struct {
	Input  string // file name or URL
	Line   int    // 1-based line, when the input is line-oriented
	Offset int64  // byte offset of the record, when known
	Err    error
}

func (e *RecordError) Error() string {
	switch {
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %v", e.Input, e.Line, e.Err)
	case e.Offset > 0:
		return fmt.Sprintf("%s@%d: %v", e.Input, e.Offset, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Input, e.Err)
}

func (e *RecordError) Unwrap() error { return e.Err }

// IsRecordError reports whether err is a skippable per-record error.
func IsRecordError(err error) bool {
	var re *RecordError
	return errors.As(err, &re)
}

// Options configure the readers.
type Options struct {
	// Format forces an input format; empty means detect from name and content.
	Format Format
	// Date, when not zero, is the story date used when the input gives none.
	Date time.Time
	// Source, when set, is used when the input names no site.
	Source string
	// URL is the page's address (for HTML read from a file or a response).
	URL string
	// MaxBytes caps one document (an HTML page, a feed, a WARC payload, a
	// JSONL line, a text story). 0 means DefaultMaxBytes.
	MaxBytes int64
	// NoClean keeps the text of JSONL records as given.
	NoClean bool
}

// DefaultMaxBytes is the default cap on one document.
const DefaultMaxBytes = 32 << 20

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// ReadAll drains a reader, collecting stories and record errors. It stops
// at the first fatal error, returning what it had.
func ReadAll(ctx context.Context, r Reader) ([]*Story, []error, error) {
	var out []*Story
	var skipped []error
	for {
		s, err := r.Next(ctx)
		if err == io.EOF {
			return out, skipped, nil
		}
		if err != nil {
			if IsRecordError(err) {
				skipped = append(skipped, err)
				continue
			}
			return out, skipped, err
		}
		out = append(out, s)
	}
}

// ErrTooLarge is wrapped by errors about documents over Options.MaxBytes.
var ErrTooLarge = errors.New("document larger than the size cap")

func (o Options) applyDefaults(s *Story) {
	if !s.DateKnown && !o.Date.IsZero() {
		s.Date, s.DateKnown = o.Date, true
	}
	if s.Source == "" {
		s.Source = o.Source
	}
}
