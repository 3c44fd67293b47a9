package story

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/herald-events/herald/internal/sharedtest"
)

// BenchmarkHTMLStories measures HTML page → story on the html-news pages
// (one core: run with -cpu 1). It reports stories/s; MB/s is of raw HTML.
func BenchmarkHTMLStories(b *testing.B) {
	pages, total := sharedtest.HTMLNewsPages(b)
	ctx := context.Background()
	b.SetBytes(total)
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		for j, p := range pages {
			if _, err := FromHTML(ctx, fmt.Sprint(j), p, Options{}); err == nil {
				n++
			}
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "stories/s")
}

// BenchmarkWARCStories measures a gzip'd WARC file (generated: 200 pages
// among request, image and 404 records) → stories.
func BenchmarkWARCStories(b *testing.B) {
	data := makeWARC(200, true)
	ctx := context.Background()
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		r := NewWARCReader("bench.warc.gz", bytes.NewReader(data), Options{})
		n += countStories(b, ctx, r)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "stories/s")
}

// BenchmarkTextStories measures scraped text (generated concatenated
// articles with repeated headlines, captions and debris) → stories.
func BenchmarkTextStories(b *testing.B) {
	var buf bytes.Buffer
	for i := 0; i < 200; i++ {
		writeScrapedArticle(&buf, i)
	}
	data := buf.Bytes()
	ctx := context.Background()
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		r := NewTextReader("bench.txt", bytes.NewReader(data), Options{})
		n += countStories(b, ctx, r)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "stories/s")
}

// writeScrapedArticle writes one article the way scraped pages print it:
// headline and caption twice, widget debris, then the body.
func writeScrapedArticle(w io.Writer, i int) {
	head := fmt.Sprintf("Delegations From Country %d Meet to Discuss Border Number %d", i, i)
	cap := fmt.Sprintf("Delegates arrive for talks in City %d, May 6, 2024. (Test Wire / Jane Doe)", i)
	fmt.Fprintf(w, "%s\n\n%s\n%s\nTT\n20\n\n%s\n\n%s\n%s\n\n", head, cap, cap, head, cap, cap)
	for p := 0; p < 8; p++ {
		fmt.Fprintf(w, "Paragraph %d of article %d: the delegations met on Monday in City %d to discuss trade, security and the border, and officials said the talks had been constructive.\n\n", p, i, i)
	}
	io.WriteString(w, "\n\n")
}

// peakHeap reads every story of r, sampling the heap in use, and returns
// the story count and the peak.
func peakHeap(t testing.TB, r Reader) (int, uint64) {
	ctx := context.Background()
	var ms runtime.MemStats
	runtime.GC()
	var peak uint64
	n := 0
	for {
		_, err := r.Next(ctx)
		if err == io.EOF {
			return n, peak
		}
		if err != nil {
			t.Fatal(err)
		}
		n++
		if n%25 == 0 {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
		}
	}
}

func streamingInputs() map[string]func(n int) Reader {
	return map[string]func(n int) Reader{
		"text": func(n int) Reader {
			return NewTextReader("gen.txt", &sharedtest.Generated{N: n, Write: writeScrapedArticle}, Options{})
		},
		"jsonl": func(n int) Reader {
			return NewJSONLReader("gen.jsonl", &sharedtest.Generated{N: n, Write: func(w io.Writer, i int) {
				fmt.Fprintf(w, `{"id":"s%d","date":"2024-05-06","title":"Story %d","text":"%s"}`+"\n", i, i, strings.Repeat(fmt.Sprintf("Sentence %d of a generated story about talks. ", i), 40))
			}}, Options{})
		},
		"warc": func(n int) Reader {
			return NewWARCReader("gen.warc.gz", &sharedtest.Generated{N: n, Write: func(w io.Writer, i int) {
				zw := gzip.NewWriter(w)
				uri := fmt.Sprintf("http://example.invalid/%d", i)
				warcRecord(zw, "response", uri, "application/http;msgtype=response",
					httpResponse("200 OK", "text/html", articleHTML(fmt.Sprintf("Story %d of the generated crawl", i), "Nerida", 8)))
				zw.Close()
			}}, Options{})
		},
	}
}

// TestStreamingMemoryFlat reads generated inputs of n and 10n stories and
// checks that the heap in use does not grow with the input: the readers
// hold one story at a time.
func TestStreamingMemoryFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("reads ~40 MB of generated input")
	}
	sizes := map[string]int{"text": 500, "jsonl": 500, "warc": 150}
	for name, mk := range streamingInputs() {
		n := sizes[name]
		got1, peak1 := peakHeap(t, mk(n))
		got10, peak10 := peakHeap(t, mk(10*n))
		t.Logf("%s: %d stories peak heap %.1f MB; %d stories peak heap %.1f MB", name, got1, float64(peak1)/1e6, got10, float64(peak10)/1e6)
		if got1 != n || got10 != 10*n {
			t.Errorf("%s: read %d and %d stories, want %d and %d", name, got1, got10, n, 10*n)
		}
		if peak10 > 2*peak1+16<<20 {
			t.Errorf("%s: heap grew with the input: %d → %d bytes", name, peak1, peak10)
		}
	}
}

// BenchmarkStreamingMemory reports the peak heap in use while reading
// generated inputs of 1× and 10× size.
func BenchmarkStreamingMemory(b *testing.B) {
	for name, mk := range streamingInputs() {
		for _, mult := range []int{1, 10} {
			b.Run(fmt.Sprintf("%s/%dx", name, mult), func(b *testing.B) {
				var peak uint64
				for i := 0; i < b.N; i++ {
					_, p := peakHeap(b, mk(100*mult))
					peak = max(peak, p)
				}
				b.ReportMetric(float64(peak)/1e6, "peak-heap-MB")
			})
		}
	}
}

// countStories reads every story of r and returns how many there were.
func countStories(b *testing.B, ctx context.Context, r Reader) int {
	n := 0
	for {
		_, err := r.Next(ctx)
		if err == io.EOF {
			return n
		}
		if err != nil {
			b.Fatal(err)
		}
		n++
	}
}
