package story

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
)

// Fixtures below are written for these tests.

func articleHTML(title, place string, n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="en"><head><title>%[1]s | Test Wire</title>
<meta property="og:title" content="%[1]s"><meta property="og:site_name" content="Test Wire">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-05-06T09:00:00Z"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>%[1]s</h1><figure><img src="a.jpg"><figcaption>Delegates arrive in %[2]s. (Photo: Test Wire)</figcaption></figure>`, title, place)
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "<p>Paragraph %d: the delegations from the two countries met again in %s to discuss trade, security and the border, and officials said the talks had been constructive and would go on.</p>\n", i+1, place)
	}
	b.WriteString(`</article><aside><h3>Most read</h3><ul><li><a href="/x">Celebrity news item</a></li></ul></aside><footer>Copyright Test Wire. All rights reserved.</footer></body></html>`)
	return b.String()
}

func readAll(t *testing.T, name string, data []byte, opts Options) ([]*Story, []error) {
	t.Helper()
	r, err := Open(context.Background(), name, bytes.NewReader(data), opts)
	if err != nil {
		t.Fatal(err)
	}
	st, skipped, err := ReadAll(context.Background(), r)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return st, skipped
}

func TestHTMLReader(t *testing.T) {
	st, _ := readAll(t, "page.html", []byte(articleHTML("Ministers meet in Nerida", "Nerida", 6)), Options{})
	if len(st) != 1 {
		t.Fatalf("%d stories", len(st))
	}
	s := st[0]
	if s.Title != "Ministers meet in Nerida" || s.Source != "Test Wire" || s.Byline != "Jane Doe" || !s.DateKnown || s.Date.Format("2006-01-02") != "2024-05-06" {
		t.Errorf("metadata: %+v", s)
	}
	if n := len(s.Paragraphs()); n != 6 || strings.Contains(s.Text, "Most read") || strings.Contains(s.Text, "Copyright") {
		t.Errorf("body (%d paragraphs): %q", n, s.Text)
	}
	if len(s.Captions) != 1 || !strings.Contains(s.Captions[0], "Delegates arrive") || strings.Contains(s.Text, "Delegates arrive") {
		t.Errorf("captions %q", s.Captions)
	}
	// Too large a page is refused with a clear error.
	r := NewHTMLReader("big.html", strings.NewReader(articleHTML("T", "P", 50)), Options{MaxBytes: 1000})
	if _, err := r.Next(context.Background()); !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "big.html") {
		t.Errorf("size cap: %v", err)
	}
	// A page with no article.
	r = NewHTMLReader("empty.html", strings.NewReader("<html><body><nav>Home</nav></body></html>"), Options{})
	if _, err := r.Next(context.Background()); !errors.Is(err, ErrNoArticle) {
		t.Errorf("empty page: %v", err)
	}
}

func TestJSONLReader(t *testing.T) {
	in := `{"id":"a","url":"http://x/a","source":"Wire","date":"2024-05-06","title":"T1","text":"The minister resigned on Friday.\n\nThe minister resigned on Friday.\n\nTT"}

{"id":"b","text": 42}
{broken
{"id":"c","title":"no text"}
{"id":"d","date":"someday","text":"x y z."}
{"id":"e","text":"Talks resumed on Monday, officials said.","captions":["A caption"]}
{"id":"f","text":"Last line without newline."}`
	st, skipped := readAll(t, "in.jsonl", []byte(in), Options{})
	if len(st) != 3 || st[0].ID != "a" || st[1].ID != "e" || st[2].ID != "f" {
		t.Fatalf("stories %d %+v", len(st), st)
	}
	if st[0].Text != "The minister resigned on Friday." || !st[0].DateKnown || st[0].Source != "Wire" {
		t.Errorf("cleaned record: %+v", st[0])
	}
	want := []string{"in.jsonl:3: field \"text\"", "in.jsonl:4: not a JSON object", "in.jsonl:5: field \"text\" is missing", "in.jsonl:6: field \"date\""}
	if len(skipped) != len(want) {
		t.Fatalf("skipped %v", skipped)
	}
	for i, w := range want {
		if !strings.Contains(skipped[i].Error(), w) {
			t.Errorf("error %d = %q, want %q", i, skipped[i], w)
		}
	}
	// An over-long line is skipped, and the next one read.
	long := `{"id":"big","text":"` + strings.Repeat("word ", 400) + `"}` + "\n" + `{"id":"ok","text":"Fine."}` + "\n"
	r := NewJSONLReader("l.jsonl", strings.NewReader(long), Options{MaxBytes: 500})
	st, skipped, err := ReadAll(context.Background(), r)
	if err != nil || len(st) != 1 || st[0].ID != "ok" || len(skipped) != 1 || !errors.Is(skipped[0], ErrTooLarge) {
		t.Fatalf("long line: %v %v %v", st, skipped, err)
	}
}

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<entry><id>urn:1</id><title>Border talks resume</title><link href="http://example.invalid/1"/>
<updated>2024-05-07T08:00:00Z</updated><author><name>John Roe</name></author>
<content type="html">&lt;p&gt;Negotiators from both countries returned to the table on Tuesday.&lt;/p&gt;&lt;figure&gt;&lt;figcaption&gt;The negotiators (Photo: Atom Wire)&lt;/figcaption&gt;&lt;/figure&gt;&lt;p&gt;The talks are expected to last a week.&lt;/p&gt;&lt;script&gt;track()&lt;/script&gt;</content></entry>
<entry><id>urn:2</id><title>Empty</title></entry>
</feed>`

func TestFeedReader(t *testing.T) {
	st, skipped := readAll(t, "wire.atom", []byte(atomFeed), Options{})
	if len(st) != 1 || len(skipped) != 1 {
		t.Fatalf("stories %v skipped %v", st, skipped)
	}
	s := st[0]
	if s.ID != "urn:1" || s.Title != "Border talks resume" || s.Source != "Atom Wire" || s.Byline != "John Roe" || s.Date.Format("2006-01-02") != "2024-05-07" {
		t.Errorf("metadata %+v", s)
	}
	if len(s.Paragraphs()) != 2 || strings.Contains(s.Text, "track()") || len(s.Captions) != 1 {
		t.Errorf("text %q captions %q", s.Text, s.Captions)
	}
	// Malformed feed: a clear error, not a panic.
	r := NewFeedReader("bad.rss", strings.NewReader("<rss><channel><item><title>x"), Options{})
	if _, err := r.Next(context.Background()); err == nil || !strings.Contains(err.Error(), "bad.rss: not a readable") {
		t.Errorf("malformed feed: %v", err)
	}
}

// warcRecord writes one WARC record.
func warcRecord(w io.Writer, typ, uri, contentType string, block string) {
	fmt.Fprintf(w, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%08x-0000-4000-8000-000000000000>\r\nWARC-Date: 2024-05-06T10:00:00Z\r\n", typ, len(block)+len(uri))
	if uri != "" {
		fmt.Fprintf(w, "WARC-Target-URI: %s\r\n", uri)
	}
	fmt.Fprintf(w, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", contentType, len(block), block)
}

func httpResponse(status, contentType, body string) string {
	return fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", status, contentType, len(body), body)
}

// makeWARC builds a WARC file with n article pages among other records;
// gz compresses each record as its own gzip member.
func makeWARC(n int, gz bool) []byte {
	var out bytes.Buffer
	add := func(f func(w io.Writer)) {
		if !gz {
			f(&out)
			return
		}
		zw := gzip.NewWriter(&out)
		f(zw)
		zw.Close()
	}
	add(func(w io.Writer) {
		warcRecord(w, "warcinfo", "", "application/warc-fields", "software: herald-test\r\n")
	})
	for i := 0; i < n; i++ {
		uri := fmt.Sprintf("http://example.invalid/news/%d", i)
		add(func(w io.Writer) {
			warcRecord(w, "request", uri, "application/http;msgtype=request", "GET /news HTTP/1.1\r\nHost: example.invalid\r\n\r\n")
		})
		add(func(w io.Writer) {
			page := articleHTML(fmt.Sprintf("Story number %d from the wire", i), fmt.Sprintf("City%d", i), 5)
			warcRecord(w, "response", uri, "application/http;msgtype=response", httpResponse("200 OK", "text/html; charset=utf-8", page))
		})
		if i%3 == 0 {
			add(func(w io.Writer) {
				warcRecord(w, "response", uri+".png", "application/http;msgtype=response", httpResponse("200 OK", "image/png", "\x89PNG...."))
			})
			add(func(w io.Writer) {
				warcRecord(w, "response", uri+"/gone", "application/http;msgtype=response", httpResponse("404 Not Found", "text/html", "<html>gone</html>"))
			})
		}
	}
	return out.Bytes()
}

func TestWARCReader(t *testing.T) {
	for _, gz := range []bool{false, true} {
		name := "crawl.warc"
		if gz {
			name += ".gz"
		}
		st, skipped := readAll(t, name, makeWARC(4, gz), Options{})
		if len(st) != 4 || len(skipped) != 0 {
			t.Fatalf("%s: %d stories, skipped %v", name, len(st), skipped)
		}
		for i, s := range st {
			if s.URL != fmt.Sprintf("http://example.invalid/news/%d", i) || s.Format != FormatWARC || !strings.HasPrefix(s.Title, "Story number") || len(s.Paragraphs()) != 5 {
				t.Errorf("%s story %d: %+v", name, i, s)
			}
		}
	}
	// Detected by content, without the name.
	st, _ := readAll(t, "-", makeWARC(1, false), Options{})
	if len(st) != 1 {
		t.Fatalf("content detection: %d", len(st))
	}
	// A truncated file: the stories before the cut are kept, then a clear error.
	data := makeWARC(3, false)
	r, _ := Open(context.Background(), "cut.warc", bytes.NewReader(data[:len(data)*2/3]), Options{})
	got, _, err := ReadAll(context.Background(), r)
	if len(got) == 0 {
		t.Errorf("truncated WARC: no story kept (err %v)", err)
	}
}

func TestTextReaderEdgeCases(t *testing.T) {
	// No headline, hard-wrapped paragraphs, a byline and a dateline.
	in := "By Jane Doe\nMay 6, 2024\n\nThe minister said on Monday that the talks would resume next\nweek after a pause of several months.\n\nOfficials from both sides welcomed the news.\n"
	st, _ := readAll(t, "a.txt", []byte(in), Options{})
	if len(st) != 1 || st[0].Byline != "Jane Doe" || !st[0].DateKnown || st[0].Date.Format("2006-01-02") != "2024-05-06" {
		t.Fatalf("got %+v", st)
	}
	if p := st[0].Paragraphs(); len(p) != 2 || !strings.Contains(p[0], "resume next week after") {
		t.Errorf("paragraphs %q", p)
	}
	// A subheading inside the body does not split the story.
	in = "Ministers Meet to Discuss the Border\n\nThe ministers met on Monday.\n\nWhat happens next\n\nThey will meet again next month, officials said.\n"
	st, _ = readAll(t, "b.txt", []byte(in), Options{})
	if len(st) != 1 || len(st[0].Paragraphs()) != 3 {
		t.Fatalf("subheading split the story: %d stories", len(st))
	}
	// Two articles separated by blank lines, each with a title-case headline.
	in = "Ministers Meet to Discuss the Border\n\nThe ministers met on Monday.\n\n\n\nFloods Force Thousands From Their Homes\n\nHeavy rain fell for a week.\n"
	st, _ = readAll(t, "c.txt", []byte(in), Options{})
	if len(st) != 2 || st[1].Title != "Floods Force Thousands From Their Homes" {
		t.Fatalf("got %d stories", len(st))
	}
	// A lone headline (one line piped in, no full stop) is a story whose
	// text is the headline, not nothing.
	st, _ = readAll(t, "e.txt", []byte("Russia attacked Ukraine\n"), Options{})
	if len(st) != 1 || st[0].Text != "Russia attacked Ukraine" {
		t.Fatalf("lone headline: %+v", st)
	}
	// Only debris: no story.
	st, _ = readAll(t, "d.txt", []byte("TT\n20\n\n|\n"), Options{})
	if len(st) != 0 {
		t.Fatalf("debris gave %d stories", len(st))
	}
}

type failingReader struct {
	data []byte
	err  error
}

func (f *failingReader) Read(p []byte) (int, error) {
	if len(f.data) == 0 {
		return 0, f.err
	}
	n := copy(p, f.data)
	f.data = f.data[n:]
	return n, nil
}

func TestTextReaderKeepsStoryBeforeReadError(t *testing.T) {
	boom := errors.New("disk on fire")
	r := NewTextReader("t.txt", &failingReader{data: []byte("The ministers met on Monday.\n\nThey agreed to meet again.\n"), err: boom}, Options{})
	s, err := r.Next(context.Background())
	if err != nil || s == nil || len(s.Paragraphs()) != 2 {
		t.Fatalf("got %v, %v", s, err)
	}
	if _, err := r.Next(context.Background()); !errors.Is(err, boom) || !strings.Contains(err.Error(), "t.txt") {
		t.Fatalf("then %v", err)
	}
}
