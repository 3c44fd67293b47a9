package story

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/go-shiori/dom"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// HTMLReader reads one HTML page and yields its article as one story.
type HTMLReader struct {
	name string
	r    io.Reader
	opts Options
	done bool
}

// NewHTMLReader returns a reader of one HTML page named name.
func NewHTMLReader(name string, r io.Reader, opts Options) *HTMLReader {
	return &HTMLReader{name: name, r: r, opts: opts}
}

// Next returns the page's story, then io.EOF.
func (h *HTMLReader) Next(ctx context.Context) (*Story, error) {
	if h.done {
		return nil, io.EOF
	}
	h.done = true
	body, err := readCapped(h.r, h.opts.maxBytes())
	if err != nil {
		return nil, fmt.Errorf("%s: %w", h.name, err)
	}
	s, err := FromHTML(ctx, h.name, body, h.opts)
	if err != nil {
		return nil, err
	}
	return s, nil
}

// readCapped reads r whole, failing with ErrTooLarge past max bytes.
func readCapped(r io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%w (%d bytes)", ErrTooLarge, max)
	}
	return b, nil
}

// ErrNoArticle is wrapped by errors about pages with no article text.
var ErrNoArticle = fmt.Errorf("no article text found")

// extractOptions are the go-trafilatura settings herald uses: the
// readability and DOM-distiller fallbacks on, comments off, and the
// publication date looked for in the page's metadata and text.
func extractOptions(pageURL string) trafilatura.Options {
	o := trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		Focus:           trafilatura.Balanced,
		HtmlDateMode:    trafilatura.Fast,
	}
	if u, err := url.Parse(pageURL); err == nil && u.Scheme != "" && u.Host != "" {
		o.OriginalURL = u
	}
	return o
}

// FromHTML extracts the article of one HTML page: body text (paragraphs
// separated by blank lines), title, byline, date, site, language and the
// page's figure captions. name names the page in errors and the story ID
// when the page gives no URL.
func FromHTML(ctx context.Context, name string, page []byte, opts Options) (*Story, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	doc, err := dom.Parse(bytes.NewReader(page))
	if err != nil {
		// The charset sniffer can fail on odd pages; parse them as UTF-8.
		if doc, err = html.Parse(bytes.NewReader(page)); err != nil {
			return nil, fmt.Errorf("%s: parsing HTML: %w", name, err)
		}
	}
	captions := figCaptions(doc)
	res, err := extract(doc, extractOptions(opts.URL))
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %v", name, ErrNoArticle, err)
	}
	md := res.Metadata
	paras := nodeParagraphs(res.ContentNode)
	if len(paras) == 0 {
		paras = []string{res.ContentText}
	}
	// The extractor keeps the article's own headline as its first block;
	// it is the story's title, not body text.
	if len(paras) > 1 && md.Title != "" && normKey(paras[0]) == normKey(strings.Join(strings.Fields(md.Title), " ")) {
		paras = paras[1:]
	}
	text, extra := cleanText(strings.Join(paras, "\n\n"), true)
	if words(text) < 3 {
		return nil, fmt.Errorf("%s: %w", name, ErrNoArticle)
	}
	s := &Story{
		URL:      firstNonEmpty(opts.URL, md.URL),
		Source:   firstNonEmpty(md.Sitename, md.Hostname),
		Title:    strings.TrimSpace(md.Title),
		Byline:   strings.TrimSpace(md.Author),
		Text:     text,
		Captions: appendUnique(captions, extra...),
		Lang:     md.Language,
		Format:   FormatHTML,
		Input:    name,
	}
	if !md.Date.IsZero() {
		s.Date, s.DateKnown = md.Date, true
	}
	s.ID = firstNonEmpty(s.URL, name)
	opts.applyDefaults(s)
	return s, nil
}

// extract runs go-trafilatura, turning a panic inside it into an error so
// that one odd page cannot stop a run.
func extract(doc *html.Node, o trafilatura.Options) (res *trafilatura.ExtractResult, err error) {
	defer func() {
		if p := recover(); p != nil {
			res, err = nil, fmt.Errorf("extractor failed: %v", p)
		}
	}()
	res, err = trafilatura.ExtractDocument(doc, o)
	if err == nil && res == nil {
		err = ErrNoArticle
	}
	return res, err
}

// blockElements start a new paragraph in extracted content.
var blockElements = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "head": true, "blockquote": true, "tr": true, "section": true, "article": true,
	"figure": true, "figcaption": true, "ul": true, "ol": true, "table": true, "hr": true, "pre": true,
	"dd": true, "dt": true, "quote": true, "list": true, "item": true, "row": true, "lb": true,
}

// nodeParagraphs returns the text of an extracted content tree, one
// paragraph per block element.
func nodeParagraphs(root *html.Node) []string {
	if root == nil {
		return nil
	}
	var paras []string
	var cur strings.Builder
	flush := func() {
		if p := strings.Join(strings.Fields(cur.String()), " "); p != "" {
			paras = append(paras, p)
		}
		cur.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			if n.Data == "script" || n.Data == "style" {
				return
			}
		}
		block := n.Type == html.ElementNode && blockElements[n.Data]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		} else if n.Type == html.ElementNode {
			cur.WriteByte(' ')
		}
	}
	walk(root)
	flush()
	return paras
}

// figCaptions returns the text of the page's <figcaption> elements.
func figCaptions(doc *html.Node) []string {
	var out []string
	for _, n := range dom.GetElementsByTagName(doc, "figcaption") {
		t := strings.Join(strings.Fields(dom.TextContent(n)), " ")
		if t != "" {
			out = appendUnique(out, t)
		}
	}
	return out
}

func appendUnique(list []string, more ...string) []string {
	for _, m := range more {
		dup := false
		for _, l := range list {
			if l == m {
				dup = true
				break
			}
		}
		if !dup {
			list = append(list, m)
		}
	}
	return list
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}
