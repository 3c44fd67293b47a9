package story

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
)

// FeedReader reads an RSS, Atom or JSON feed and yields its items as
// stories. The feed document itself is read whole (capped by
// Options.MaxBytes); items are turned into stories one at a time.
type FeedReader struct {
	name   string
	r      io.Reader
	opts   Options
	feed   *gofeed.Feed
	next   int
	parsed bool
}

// NewFeedReader returns a reader of the feed named name.
func NewFeedReader(name string, r io.Reader, opts Options) *FeedReader {
	return &FeedReader{name: name, r: r, opts: opts}
}

// Feed returns the parsed feed after the first call to Next, or nil.
func (f *FeedReader) Feed() *gofeed.Feed { return f.feed }

// Next returns the next item's story, a *RecordError for an item without
// text, or io.EOF.
func (f *FeedReader) Next(ctx context.Context) (*Story, error) {
	if !f.parsed {
		f.parsed = true
		body, err := readCapped(f.r, f.opts.maxBytes())
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.name, err)
		}
		feed, err := parseFeed(ctx, body)
		if err != nil {
			return nil, fmt.Errorf("%s: not a readable RSS, Atom or JSON feed: %w", f.name, err)
		}
		f.feed = feed
	}
	if f.feed == nil || f.next >= len(f.feed.Items) {
		return nil, io.EOF
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	i := f.next
	f.next++
	s := FromFeedItem(f.feed, f.feed.Items[i], f.opts)
	s.Input = f.name
	if s.ID == "" {
		s.ID = fmt.Sprintf("%s#%d", f.name, i+1)
	}
	if s.Text == "" {
		return nil, &RecordError{Input: f.name, Err: fmt.Errorf("item %d (%q): no text", i+1, s.Title)}
	}
	return s, nil
}

// parseFeed runs gofeed, turning a panic inside it into an error.
func parseFeed(ctx context.Context, body []byte) (feed *gofeed.Feed, err error) {
	defer func() {
		if p := recover(); p != nil {
			feed, err = nil, fmt.Errorf("feed parser failed: %v", p)
		}
	}()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return gofeed.NewParser().Parse(bytes.NewReader(body))
}

// FromFeedItem turns one feed item into a story: its content (or else its
// description) as text, HTML stripped and cleaned. The text may be empty
// when the item has neither; callers that fetch pages can then fetch the
// item's link.
func FromFeedItem(feed *gofeed.Feed, it *gofeed.Item, opts Options) *Story {
	s := &Story{
		ID:     firstNonEmpty(it.GUID, it.Link),
		URL:    it.Link,
		Title:  strings.TrimSpace(HTMLText(it.Title)),
		Format: FormatFeed,
	}
	if feed != nil {
		s.Source = strings.TrimSpace(feed.Title)
		s.Lang = feed.Language
	}
	if len(it.Authors) > 0 && it.Authors[0] != nil {
		s.Byline = it.Authors[0].Name
	}
	switch {
	case it.PublishedParsed != nil:
		s.Date, s.DateKnown = *it.PublishedParsed, true
	case it.UpdatedParsed != nil:
		s.Date, s.DateKnown = *it.UpdatedParsed, true
	}
	raw := it.Content
	if strings.TrimSpace(HTMLText(raw)) == "" {
		raw = it.Description
	}
	s.Text, s.Captions = CleanText(HTMLText(raw))
	opts.applyDefaults(s)
	return s
}

// blockTags end a paragraph in HTMLText.
var blockTags = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "blockquote": true, "tr": true, "section": true, "article": true,
	"figure": true, "figcaption": true, "ul": true, "ol": true, "table": true, "hr": true, "pre": true,
}

// HTMLText is a light HTML-to-text conversion for snippets (feed item
// bodies): text of the elements, block elements as paragraphs separated
// by blank lines, script and style dropped, entities decoded. Plain text
// passes through.
func HTMLText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return s
	}
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return strings.TrimSpace(collapseBlank(b.String()))
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			n := string(name)
			if n == "script" || n == "style" || n == "noscript" {
				skip++
			}
			if blockTags[n] {
				b.WriteString("\n\n")
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			n := string(name)
			if (n == "script" || n == "style" || n == "noscript") && skip > 0 {
				skip--
			}
			if blockTags[n] {
				b.WriteString("\n\n")
			}
		}
	}
}

// collapseBlank joins the lines of each paragraph and keeps one blank line
// between paragraphs.
func collapseBlank(s string) string {
	var paras []string
	for _, p := range strings.Split(s, "\n\n") {
		p = strings.Join(strings.Fields(p), " ")
		if p != "" {
			paras = append(paras, p)
		}
	}
	return strings.Join(paras, "\n\n")
}
