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
	"sort"
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
	// Rounds, with --count above 1, is how many rounds were taken; the
	// result is the median round's, and Min/MaxPerCPUSec the range.
	Rounds       int     `json:"rounds,omitempty"`
	MinPerCPUSec float64 `json:"min_per_cpu_second,omitempty"`
	MaxPerCPUSec float64 `json:"max_per_cpu_second,omitempty"`
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
	var mf modelFlags
	mf.register(fs, "language model file written by herald train (default: the embedded model)")
	count := fs.Int("count", 1, "rounds of the throughput measurements, taken in turn; with more than one the median round is reported, with the range")
	fs.Usage = func() {
		fmt.Fprintln(env.stderr, "usage: herald bench [--dict DIR] [--records FILE] [--text FILE] [--seconds N] [--count N] [--cpu N] [--cpuprofile FILE] [--model FILE] [--fast] [--greedy] [--json]")
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
			printBench(env, r)
		}
	}
	// The language model, measured first: on a heap already holding large
	// dictionaries every collection during the load has more to mark.
	var an *text.Analyzer
	if *records != "" || *textFile != "" {
		start := time.Now()
		a, err := mf.load()
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
	// Raw text.
	if *textFile != "" {
		b, err := os.ReadFile(*textFile)
		if err != nil {
			return err
		}
		texts = []string{string(b)}
	}
	corpus := strings.Join(texts, "\n\n")
	var ana *pipeline.Analysis
	if an != nil {
		ana = &pipeline.Analysis{Analyzer: an}
	}
	// The throughput measurements, taken in turn round after round, so
	// that a machine whose speed drifts (a shared virtual machine) slows
	// them alike.
	type measure struct {
		name, unit string
		run        func() (items int, note string)
	}
	var ms []measure
	if len(sents) > 0 {
		ms = append(ms, measure{name: "code parsed sentences", unit: "sentences", run: func() (int, string) {
			n := 0
			for start := time.Now(); time.Since(start) < dur; {
				for _, s := range sents {
					_, _ = c.Code(s, day)
					n++
				}
			}
			return n, ""
		}})
	}
	if len(texts) > 0 && an != nil {
		ms = append(ms, measure{name: "analyze raw text", unit: "sentences", run: func() (int, string) {
			n := 0
			for start := time.Now(); time.Since(start) < dur || n == 0; {
				n += len(an.Analyze(corpus))
			}
			return n, "tokens, tags, lemmas, dependencies"
		}}, measure{name: "raw text to events", unit: "sentences", run: func() (int, string) {
			n, events := 0, 0
			for start := time.Now(); time.Since(start) < dur || n == 0; {
				for _, s := range ana.Text(corpus, false) {
					r, _ := c.Code(s, day)
					events += len(r.Events)
					n++
				}
			}
			return n, fmt.Sprintf("%d events", events)
		}})
	}
	rounds := make([][]benchResult, len(ms))
	for r := 0; r < max(1, *count); r++ {
		for i, m := range ms {
			if err := ctx.Err(); err != nil {
				return err
			}
			runtime.GC() // start each measurement without the previous one's garbage
			c0, t0 := cpuTime(), time.Now()
			n, note := m.run()
			br := benchResult{Name: m.name, Items: n, Unit: m.unit, Seconds: time.Since(t0).Seconds(), CPUSeconds: (cpuTime() - c0).Seconds(), Note: note}
			if br.Seconds > 0 {
				br.PerSec = float64(n) / br.Seconds
			}
			if br.CPUSeconds > 0 {
				br.PerCPUSec = float64(n) / br.CPUSeconds
			}
			rounds[i] = append(rounds[i], br)
		}
	}
	for _, rs := range rounds {
		results = append(results, median(rs))
		if !*asJSON {
			printBench(env, results[len(results)-1])
		}
	}
	if len(texts) == 0 && !*asJSON {
		fmt.Fprintln(env.stdout, "(give --records or --text to measure coding and analysis)")
	}
	var mem runtime.MemStats
	runtime.ReadMemStats(&mem)
	if !*asJSON {
		fmt.Fprintf(env.stdout, "heap in use %d MB, from the OS %d MB\n", mem.HeapInuse>>20, mem.Sys>>20)
	}
	return printBenchJSON(env, results, *asJSON)
}

func printBench(env *cliEnv, r benchResult) {
	fmt.Fprintf(env.stdout, "%-24s %9.0f %s/s  %9.0f %s per CPU second  (%d in %.2fs, %.2f CPU s)%s\n",
		r.Name, r.PerSec, r.Unit, r.PerCPUSec, r.Unit, r.Items, r.Seconds, r.CPUSeconds, noteSuffix(r.Note))
}

// median returns the round with the median rate per CPU second; with more
// than one round its note also gives the range of the rounds' rates.
func median(rs []benchResult) benchResult {
	sorted := append([]benchResult(nil), rs...)
	sort.SliceStable(sorted, func(a, b int) bool { return sorted[a].PerCPUSec < sorted[b].PerCPUSec })
	m := sorted[(len(sorted)-1)/2]
	if len(sorted) > 1 {
		m.Rounds = len(sorted)
		m.MinPerCPUSec, m.MaxPerCPUSec = sorted[0].PerCPUSec, sorted[len(sorted)-1].PerCPUSec
		m.Note = strings.TrimSpace(fmt.Sprintf("%s; median of %d rounds, %.0f to %.0f per CPU second", m.Note, len(sorted), m.MinPerCPUSec, m.MaxPerCPUSec))
		m.Note = strings.TrimPrefix(m.Note, "; ")
	}
	return m
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
