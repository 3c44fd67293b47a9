package fetch

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"mime"
	"strings"

	"github.com/herald-events/herald/internal/story"
	"github.com/mmcdole/gofeed"
)

// StoryOptions say how fetched documents become stories.
type StoryOptions struct {
	story.Options
	// Articles fetches each feed item's page and takes its text from the
	// page (falling back to the item's own text when the page fails).
	Articles bool
	// Seen, when not nil, filters feed items already seen (by ID); items
	// read are reported through MarkSeen.
	Seen interface {
		Seen(feed, id string) bool
		MarkSeen(feed, id string)
	}
}

// Result is what one URL gave.
type Result struct {
	URL         string
	Format      story.Format
	NotModified bool
	Stories     []*story.Story
	// Skipped holds errors about single items (an article page that could
	// not be fetched, an item with no text); the rest was read.
	Skipped []error
}

// Stories fetches one URL (a feed or an article page) and returns its
// stories: a feed's new items, or the page's article.
func (c *Client) Stories(ctx context.Context, rawURL string, o StoryOptions) (*Result, error) {
	resp, err := c.Get(ctx, rawURL)
	if err != nil {
		return nil, err
	}
	res := &Result{URL: rawURL, NotModified: resp.NotModified}
	if resp.NotModified {
		return res, nil
	}
	so := o.Options
	so.URL = resp.FinalURL
	so.MaxBytes = int64(len(resp.Body)) + 1
	res.Format = formatOf(resp)
	switch res.Format {
	case story.FormatFeed:
		return res, c.feedStories(ctx, rawURL, resp, o, res)
	case story.FormatHTML:
		s, err := story.FromHTML(ctx, rawURL, resp.Body, so)
		if err != nil {
			return nil, err
		}
		s.Input = rawURL
		res.Stories = append(res.Stories, s)
		return res, nil
	}
	r, err := story.Open(ctx, rawURL, bytes.NewReader(resp.Body), so)
	if err != nil {
		return nil, err
	}
	for {
		s, err := r.Next(ctx)
		if err == io.EOF {
			return res, nil
		}
		if story.IsRecordError(err) {
			res.Skipped = append(res.Skipped, err)
			continue
		}
		if err != nil {
			return res, err
		}
		res.Stories = append(res.Stories, s)
	}
}

func formatOf(r *Response) story.Format {
	mt, _, _ := mime.ParseMediaType(r.ContentType)
	switch {
	case strings.Contains(mt, "rss") || strings.Contains(mt, "atom") || mt == "application/feed+json":
		return story.FormatFeed
	case mt == "text/html" || mt == "application/xhtml+xml":
		return story.FormatHTML
	case mt == "application/warc":
		return story.FormatWARC
	}
	return story.Detect(r.FinalURL, r.Body)
}

func (c *Client) feedStories(ctx context.Context, feedURL string, resp *Response, o StoryOptions, res *Result) error {
	feed, err := parseFeed(resp.Body)
	if err != nil {
		return fmt.Errorf("%s: not a readable RSS, Atom or JSON feed: %w", feedURL, err)
	}
	for i, it := range feed.Items {
		if err := ctx.Err(); err != nil {
			return err
		}
		s := story.FromFeedItem(feed, it, o.Options)
		s.Input = feedURL
		if s.ID == "" {
			s.ID = fmt.Sprintf("%s#%d", feedURL, i+1)
		}
		if o.Seen != nil && o.Seen.Seen(feedURL, s.ID) {
			continue
		}
		if (o.Articles || s.Text == "") && s.URL != "" {
			if page, err := c.article(ctx, s); err != nil {
				res.Skipped = append(res.Skipped, fmt.Errorf("%s: item %q: %w", feedURL, s.ID, err))
			} else {
				s = page
			}
		}
		if s.Text == "" {
			res.Skipped = append(res.Skipped, fmt.Errorf("%s: item %q has no text", feedURL, s.ID))
		} else {
			res.Stories = append(res.Stories, s)
		}
		if o.Seen != nil {
			o.Seen.MarkSeen(feedURL, s.ID)
		}
	}
	return nil
}

// article fetches a feed item's page; the item's title, date and source
// fill what the page lacks.
func (c *Client) article(ctx context.Context, item *story.Story) (*story.Story, error) {
	resp, err := c.Get(ctx, item.URL)
	if err != nil {
		return nil, err
	}
	o := story.Options{URL: resp.FinalURL, MaxBytes: int64(len(resp.Body)) + 1}
	s, err := story.FromHTML(ctx, item.URL, resp.Body, o)
	if err != nil {
		return nil, err
	}
	s.ID, s.Input, s.Format = item.ID, item.Input, story.FormatFeed
	if s.Title == "" {
		s.Title = item.Title
	}
	if item.DateKnown {
		s.Date, s.DateKnown = item.Date, true // the feed's date is the publication date
	}
	if item.Source != "" {
		s.Source = item.Source
	}
	if s.Byline == "" {
		s.Byline = item.Byline
	}
	return s, nil
}

func parseFeed(body []byte) (feed *gofeed.Feed, err error) {
	defer func() {
		if p := recover(); p != nil {
			feed, err = nil, fmt.Errorf("feed parser failed: %v", p)
		}
	}()
	return gofeed.NewParser().Parse(bytes.NewReader(body))
}
