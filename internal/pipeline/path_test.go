package pipeline

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/herald-events/herald/internal/cameo"
	"github.com/herald-events/herald/internal/coder"
	"github.com/herald-events/herald/internal/dict"
	"github.com/herald-events/herald/internal/sharedtest"
	"github.com/herald-events/herald/internal/story"
	"github.com/herald-events/herald/internal/text"
)

// The model and built-in dictionaries are loaded once for all tests of
// the package: they take a second and are read-only.
var (
	pathOnce  sync.Once
	pathSet   *dict.Set
	pathModel *text.Analyzer
	pathErr   error
)

func storyCoder(tb testing.TB) *StoryCoder {
	tb.Helper()
	pathOnce.Do(func() {
		if pathSet, pathErr = dict.Builtin(context.Background()); pathErr != nil {
			return
		}
		pathModel, pathErr = text.LoadDefault()
	})
	if pathErr != nil {
		tb.Fatal(pathErr)
	}
	return &StoryCoder{
		Coder:    coder.New(pathSet, coder.DefaultOptions()),
		Analysis: &Analysis{Analyzer: pathModel},
		Onto:     cameo.Default(),
		Today:    time.Date(2024, 5, 6, 0, 0, 0, 0, time.UTC),
	}
}

// newsParagraphs writes article i of a generated news feed: sentences
// with actors and verbs the built-in dictionaries know.
func newsParagraphs(i int) []string {
	return []string{
		fmt.Sprintf("Russia accused Ukraine on Monday of shelling a border village, the Kremlin said in statement number %d.", i),
		"Kremlin spokesman Dmitry Peskov said the attack would not go unanswered.",
		"He also warned the United States against sending more weapons to Kyiv.",
		fmt.Sprintf("Ukrainian officials denied the accusation and said talks with Turkey on grain shipments would continue, report %d said.", i),
		"The European Union condemned the shelling and called for restraint.",
	}
}

func writeJSONLStory(w io.Writer, i int) {
	body := ""
	for k, p := range newsParagraphs(i) {
		if k > 0 {
			body += `\n\n`
		}
		body += p
	}
	fmt.Fprintf(w, `{"id":"gen-%d","date":"2024-05-06","title":"Generated story %d","source":"wire","text":"%s"}`+"\n", i, i, body)
}

func writeWARCStory(w io.Writer, i int) {
	var body bytes.Buffer
	fmt.Fprintf(&body, "<html><head><title>Generated story %d</title></head><body><article><h1>Generated story %d</h1>", i, i)
	for _, p := range newsParagraphs(i) {
		fmt.Fprintf(&body, "<p>%s</p>", p)
	}
	body.WriteString("</article></body></html>")
	resp := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s", body.Len(), body.String())
	zw := gzip.NewWriter(w)
	fmt.Fprintf(zw, "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:%08x-0000-4000-8000-000000000000>\r\nWARC-Date: 2024-05-06T10:00:00Z\r\nWARC-Target-URI: http://news.invalid/%d\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", i, i, len(resp), resp)
	zw.Close()
}

// codeAll codes every story of r and returns stories, events and the
// peak heap in use, sampled as it goes.
func codeAll(tb testing.TB, sc *StoryCoder, r story.Reader) (int, int, uint64) {
	tb.Helper()
	ctx := context.Background()
	runtime.GC()
	var ms runtime.MemStats
	var peak uint64
	stories, events := 0, 0
	for {
		st, err := r.Next(ctx)
		if err == io.EOF {
			return stories, events, peak
		}
		if err != nil {
			tb.Fatal(err)
		}
		events += len(sc.CodeStory(st).Events)
		stories++
		if stories%20 == 0 {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
		}
	}
}

func TestGeneratedNewsCodes(t *testing.T) {
	sc := storyCoder(t)
	r := story.NewJSONLReader("gen.jsonl", &sharedtest.Generated{N: 1, Write: writeJSONLStory}, story.Options{})
	st, err := r.Next(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	res := sc.CodeStory(st)
	found := map[string]bool{}
	for _, e := range res.Events {
		found[e.Source+" "+e.Target+" "+e.Code[:2]] = true
	}
	// "Russia accused Ukraine ... of shelling": an accusation.
	if !found["RUS UKR 11"] {
		t.Errorf("no RUS→UKR accusation among %v", found)
	}
	for _, e := range res.Events {
		switch {
		case e.Source == "RUS" && e.Target == "UKR":
			if e.EventDate != "2024-05-06" {
				t.Errorf("'on Monday' in a story of Monday 2024-05-06 dated %s", e.EventDate)
			}
			// "..., the Kremlin said": reported speech with its speaker.
			if e.Quote == nil || e.Quote.Kind != "reported" || e.Quote.SpeakerCode != "RUSGOV" {
				t.Errorf("accusation quote %+v", e.Quote)
			}
		case e.Target == "USA":
			// "He also warned the United States": he is Peskov.
			if e.Source != "RUSGOV" || e.Evidence.SourceResolved == nil || e.Evidence.SourceResolved.SentenceID != st.ID+"-s2" {
				t.Errorf("pronoun: %s from %+v", e.Source, e.Evidence.SourceResolved)
			}
		}
	}
	if !found["RUSGOV USA 13"] {
		t.Errorf("no warning to the US among %v", found)
	}
}

// TestPathMemoryFlat codes 10× more generated stories and checks that the
// heap does not grow with the input: stories stream through one at a
// time.
func TestPathMemoryFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("codes 2,200 generated stories")
	}
	sc := storyCoder(t)
	n := 200
	s1, e1, p1 := codeAll(t, sc, story.NewJSONLReader("gen.jsonl", &sharedtest.Generated{N: n, Write: writeJSONLStory}, story.Options{}))
	s10, e10, p10 := codeAll(t, sc, story.NewJSONLReader("gen.jsonl", &sharedtest.Generated{N: 10 * n, Write: writeJSONLStory}, story.Options{}))
	t.Logf("%d stories, %d events: peak heap %.1f MB; %d stories, %d events: peak heap %.1f MB", s1, e1, float64(p1)/1e6, s10, e10, float64(p10)/1e6)
	if s1 != n || s10 != 10*n || e10 != 10*e1 {
		t.Errorf("stories %d/%d events %d/%d", s1, s10, e1, e10)
	}
	if p10 > 2*p1+32<<20 {
		t.Errorf("heap grew with the input: %d → %d bytes", p1, p10)
	}
}

// BenchmarkHTMLToEvents measures the whole path on the 181 real pages of
// the html-news benchmark: HTML → article → sentences → events.
func BenchmarkHTMLToEvents(b *testing.B) {
	pages, total := sharedtest.HTMLNewsPages(b)
	sc := storyCoder(b)
	ctx := context.Background()
	b.SetBytes(total)
	b.ResetTimer()
	cpu0 := cpuSeconds()
	stories, events := 0, 0
	for b.Loop() {
		for j, p := range pages {
			st, err := story.FromHTML(ctx, fmt.Sprint(j), p, story.Options{})
			if err != nil {
				continue
			}
			events += len(sc.CodeStory(st).Events)
			stories++
		}
	}
	cpu := cpuSeconds() - cpu0
	b.ReportMetric(float64(stories)/b.Elapsed().Seconds(), "stories/s")
	b.ReportMetric(float64(stories)/cpu, "stories/cpu-s")
	b.ReportMetric(float64(b.N)*float64(total)/cpu/1e6, "MB/cpu-s")
	b.ReportMetric(float64(events)/float64(max(stories, 1)), "events/story")
}

// BenchmarkWARCToEvents measures generated WARC (gzip'd records of news
// pages) → events.
func BenchmarkWARCToEvents(b *testing.B) {
	var buf bytes.Buffer
	for i := 0; i < 200; i++ {
		writeWARCStory(&buf, i)
	}
	data := buf.Bytes()
	sc := storyCoder(b)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	cpu0 := cpuSeconds()
	stories := 0
	for b.Loop() {
		s, _, _ := codeAll(b, sc, story.NewWARCReader("gen.warc.gz", bytes.NewReader(data), story.Options{}))
		stories += s
	}
	cpu := cpuSeconds() - cpu0
	b.ReportMetric(float64(stories)/b.Elapsed().Seconds(), "stories/s")
	b.ReportMetric(float64(stories)/cpu, "stories/cpu-s")
	b.ReportMetric(float64(b.N)*float64(len(data))/cpu/1e6, "MB/cpu-s")
}
