package pipeline

import (
	"context"
	"os"
	"runtime"
	"syscall"
	"testing"

	"github.com/herald-events/herald/internal/coder"
	"github.com/herald-events/herald/internal/dict"
	"github.com/herald-events/herald/internal/petrxml"
	"github.com/herald-events/herald/internal/sharedtest"
	"github.com/herald-events/herald/internal/syntax"
	"github.com/herald-events/herald/internal/text"
)

func phoenix(b *testing.B) *dict.Set {
	b.Helper()
	files, err := dict.FilesInDir(sharedtest.Path(b, "petrarch2", "dictionaries"))
	if err != nil {
		b.Fatal(err)
	}
	set, err := dict.Load(context.Background(), files)
	if err != nil {
		b.Fatal(err)
	}
	return set
}

func gigaword(b *testing.B) []*petrxml.Record {
	b.Helper()
	path := sharedtest.Path(b, "petrarch2", "GigaWord.sample.PETR.xml")
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	_, recs, err := petrxml.ReadAll(f, path)
	if err != nil {
		b.Fatal(err)
	}
	return recs
}

// cpuSeconds is the CPU time the process has used: rates per CPU second
// do not drop when other programs load the machine, as wall time does.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}

// BenchmarkLoadPhoenix reads the full Phoenix dictionaries.
func BenchmarkLoadPhoenix(b *testing.B) {
	files, err := dict.FilesInDir(sharedtest.Path(b, "petrarch2", "dictionaries"))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := dict.Load(context.Background(), files); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCodePenn codes the GigaWord sample from its Penn trees (tree
// reading, clause building and coding) with the Phoenix dictionaries.
func BenchmarkCodePenn(b *testing.B) {
	set := phoenix(b)
	recs := gigaword(b)
	c := coder.New(set, coder.DefaultOptions())
	b.ResetTimer()
	cpu0 := cpuSeconds()
	n := 0
	for b.Loop() {
		for _, rec := range recs {
			s, err := Sentence(rec, InputPenn)
			if err != nil {
				continue
			}
			day, _ := Day(rec.Date)
			if _, err := c.Code(s, day); err != nil && err != syntax.ErrDateline {
				b.Fatal(err)
			}
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(n)/(cpuSeconds()-cpu0), "sentences/cpu-s")
}

// BenchmarkCodeParsed codes already parsed sentences: clause building and
// coding only.
func BenchmarkCodeParsed(b *testing.B) {
	set := phoenix(b)
	var sents []*syntax.Sentence
	var days []dict.Day
	for _, rec := range gigaword(b) {
		s, err := Sentence(rec, InputPenn)
		if err != nil {
			continue
		}
		d, _ := Day(rec.Date)
		sents = append(sents, s)
		days = append(days, d)
	}
	benchCode(b, coder.New(set, coder.DefaultOptions()), sents, days)
}

// benchCode measures c coding sents, each on its day.
func benchCode(b *testing.B, c *coder.Coder, sents []*syntax.Sentence, days []dict.Day) {
	runtime.GC()
	b.ResetTimer()
	cpu0 := cpuSeconds()
	n := 0
	for b.Loop() {
		for i, s := range sents {
			_, _ = c.Code(s, days[i])
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(n)/(cpuSeconds()-cpu0), "sentences/cpu-s")
}

// BenchmarkTextToEvents codes the GigaWord sample's sentences from raw
// text with the Phoenix dictionaries: herald's own analysis, the
// dependency-to-clause conversion and the coder, on one goroutine.
func BenchmarkTextToEvents(b *testing.B) {
	benchTextToEvents(b, func(a *text.Analyzer) *text.Analyzer { return a })
}

// BenchmarkTextToEventsFastGreedy is BenchmarkTextToEvents with one
// tagging pass and greedy parsing (herald code --fast --greedy).
func BenchmarkTextToEventsFastGreedy(b *testing.B) {
	benchTextToEvents(b, func(a *text.Analyzer) *text.Analyzer { return a.Fast().Greedy() })
}

func benchTextToEvents(b *testing.B, mode func(*text.Analyzer) *text.Analyzer) {
	set := phoenix(b)
	an, err := text.Load()
	if err != nil {
		b.Fatal(err)
	}
	var texts []string
	var days []dict.Day
	for _, rec := range gigaword(b) {
		d, _ := Day(rec.Date)
		texts = append(texts, rec.Text)
		days = append(days, d)
	}
	ana := &Analysis{Analyzer: mode(an)}
	c := coder.New(set, coder.DefaultOptions())
	runtime.GC()
	b.ResetTimer()
	cpu0 := cpuSeconds()
	n := 0
	for b.Loop() {
		for i, t := range texts {
			for _, s := range ana.Text(t, false) {
				_, _ = c.Code(s, days[i])
				n++
			}
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(n)/(cpuSeconds()-cpu0), "sentences/cpu-s")
}

// BenchmarkCodeOwnParses codes the GigaWord sample's sentences as herald's
// own analysis gives them, analysed once beforehand: the coder's share of
// BenchmarkTextToEvents.
func BenchmarkCodeOwnParses(b *testing.B) {
	set := phoenix(b)
	an, err := text.Load()
	if err != nil {
		b.Fatal(err)
	}
	ana := &Analysis{Analyzer: an}
	var sents []*syntax.Sentence
	var days []dict.Day
	for _, rec := range gigaword(b) {
		d, _ := Day(rec.Date)
		for _, s := range ana.Text(rec.Text, false) {
			sents = append(sents, s)
			days = append(days, d)
		}
	}
	benchCode(b, coder.New(set, coder.DefaultOptions()), sents, days)
}
