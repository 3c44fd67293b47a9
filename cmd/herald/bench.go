package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"

	"github.com/herald-events/herald/internal/coder"
	"github.com/herald-events/herald/internal/dict"
	"github.com/herald-events/herald/internal/petrxml"
	"github.com/herald-events/herald/internal/pipeline"
	"github.com/herald-events/herald/internal/syntax"
	"github.com/herald-events/herald/internal/text"
)

// benchResult is one measurement of `herald bench`.
type benchResult struct {
	Name    string  `json:"name"`
	Items   int     `json:"items"`
	Unit    string  `json:"unit"`
	Seconds float64 `json:"seconds"`
	PerSec  float64 `json:"per_second"`
	// CPUSeconds is the process's CPU time (user and system) for the
	// measurement, and PerCPUSec the rate per CPU second: unlike wall
	// time it does not drop when other programs load the machine.
	CPUSeconds float64 `json:"cpu_seconds"`
	PerCPUSec  float64 `json:"per_cpu_second"`
	Note       string  `json:"note,omitempty"`
}

// cpuTime returns the CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func runBench(ctx context.Context, env *cliEnv, args []string) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	dictDir := fs.String("dict", "", "PETRARCH dictionary directory to load and code with (default: the built-in dictionaries)")
	records := fs.String("records", "", "PETRARCH record file with Penn parses: measure coding parsed sentences")
	textFile := fs.String("text", "", "plain text file: measure analysis and coding from raw text (default: the records' sentences)")
	seconds := fs.Float64("seconds", 3, "run each measurement for at least this long")
	cpus := fs.Int("cpu", 1, "GOMAXPROCS for the run (the figures are per core with 1)")
	asJSON := fs.Bool("json", false, "print results as JSON")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the whole run to this file (read it with go tool pprof)")
	fs.Usage = func() {
		fmt.Fprintln(env.stderr, "usage: herald bench [--dict DIR] [--records FILE] [--text FILE] [--seconds N] [--cpu N] [--cpuprofile FILE] [--json]")
		fmt.Fprintln(env.stderr, "Measures dictionary loading, model loading, coding parsed sentences, analysis and raw text to events.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("cpu profile: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	prev := runtime.GOMAXPROCS(*cpus)
	defer runtime.GOMAXPROCS(prev)
	dur := time.Duration(*seconds * float64(time.Second))
	var results []benchResult
	cpu0 := cpuTime()
	report := func(r benchResult) {
		if r.Seconds > 0 {
			r.PerSec = float64(r.Items) / r.Seconds
		}
		now := cpuTime()
		r.CPUSeconds = (now - cpu0).Seconds()
		cpu0 = now
		if r.CPUSeconds > 0 {
			r.PerCPUSec = float64(r.Items) / r.CPUSeconds
		}
		results = append(results, r)
		if !*asJSON {
			fmt.Fprintf(env.stdout, "%-24s %9.0f %s/s  %9.0f %s per CPU second  (%d in %.2fs, %.2f CPU s)%s\n",
				r.Name, r.PerSec, r.Unit, r.PerCPUSec, r.Unit, r.Items, r.Seconds, r.CPUSeconds, noteSuffix(r.Note))
		}
	}
	// The language model, measured first: on a heap already holding large
	// dictionaries every collection during the load has more to mark.
	var an *text.Analyzer
	if *records != "" || *textFile != "" {
		start := time.Now()
		a, err := text.Load()
		if err != nil {
			return err
		}
		an = a
		report(benchResult{Name: "model load", Items: 1, Unit: "loads", Seconds: time.Since(start).Seconds(), Note: fmt.Sprintf("%.0f ms", 1000*time.Since(start).Seconds())})
	}
	// Dictionaries.
	var set *dict.Set
	cpu0 = cpuTime()
	start := time.Now()
	n := 0
	for time.Since(start) < dur || n == 0 {
		s, err := dict.Open(ctx, *dictDir, *dictDir != "")
		if err != nil {
			return err
		}
		set = s
		n++
	}
	el := time.Since(start).Seconds()
	report(benchResult{Name: "dictionary load", Items: n, Unit: "loads", Seconds: el, Note: fmt.Sprintf("%.0f ms each", 1000*el/float64(n))})

	// Parsed sentences.
	var sents []*syntax.Sentence
	var texts []string
	if *records != "" {
		f, err := os.Open(*records)
		if err != nil {
			return err
		}
		_, recs, err := petrxml.ReadAll(bufio.NewReader(f), *records)
		f.Close()
		if err != nil {
			return err
		}
		for _, rec := range recs {
			texts = append(texts, rec.Text)
			if s, err := pipeline.Sentence(rec, pipeline.InputAuto); err == nil {
				sents = append(sents, s)
			}
		}
	}
	c := coder.New(set, coder.DefaultOptions())
	day := dict.DayOf(time.Now())
	if len(sents) > 0 {
		runtime.GC() // start each measurement without the previous one's garbage
		start, n = time.Now(), 0
		cpu0 = cpuTime()
		for time.Since(start) < dur {
			for _, s := range sents {
				_, _ = c.Code(s, day)
				n++
			}
		}
		report(benchResult{Name: "code parsed sentences", Items: n, Unit: "sentences", Seconds: time.Since(start).Seconds()})
	}
	// Raw text.
	if *textFile != "" {
		b, err := os.ReadFile(*textFile)
		if err != nil {
			return err
		}
		texts = []string{string(b)}
	}
	if len(texts) == 0 {
		if !*asJSON {
			fmt.Fprintln(env.stdout, "(give --records or --text to measure coding and analysis)")
		}
		return printBenchJSON(env, results, *asJSON)
	}
	corpus := strings.Join(texts, "\n\n")
	ana := &pipeline.Analysis{Analyzer: an}
	runtime.GC()
	start, n = time.Now(), 0
	cpu0 = cpuTime()
	for time.Since(start) < dur || n == 0 {
		n += len(an.Analyze(corpus))
	}
	report(benchResult{Name: "analyze raw text", Items: n, Unit: "sentences", Seconds: time.Since(start).Seconds(), Note: "tokens, tags, lemmas, dependencies"})
	runtime.GC()
	start, n = time.Now(), 0
	cpu0 = cpuTime()
	events := 0
	for time.Since(start) < dur || n == 0 {
		for _, s := range ana.Text(corpus, false) {
			r, _ := c.Code(s, day)
			events += len(r.Events)
			n++
		}
	}
	report(benchResult{Name: "raw text to events", Items: n, Unit: "sentences", Seconds: time.Since(start).Seconds(), Note: fmt.Sprintf("%d events", events)})
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	if !*asJSON {
		fmt.Fprintf(env.stdout, "heap in use %d MB, from the OS %d MB\n", ms.HeapInuse>>20, ms.Sys>>20)
	}
	return printBenchJSON(env, results, *asJSON)
}

func noteSuffix(s string) string {
	if s == "" {
		return ""
	}
	return "  " + s
}

func printBenchJSON(env *cliEnv, results []benchResult, asJSON bool) error {
	if !asJSON {
		return nil
	}
	b, err := json.Marshal(results)
	if err != nil {
		return err
	}
	fmt.Fprintln(env.stdout, string(b))
	return nil
}
