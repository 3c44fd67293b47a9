package pipeline

import (
	"errors"
	"sort"
	"strings"

	"github.com/herald-events/herald/internal/coder"
	"github.com/herald-events/herald/internal/petrxml"
	"github.com/herald-events/herald/internal/syntax"
)

// Triple is an event reduced to what gold codings hold.
type Triple struct{ Source, Target, Code string }

func (t Triple) String() string { return t.Source + " " + t.Target + " " + t.Code }

// Root is t at the level event-data comparisons often stop at: the first
// three characters of each actor code (the country, IGO or "---" that
// leads it) and the event code's root, its first two digits. Codings that
// differ only in roles ("IRQGOV" for "IRQGOVMIL") or in how specific the
// code is ("0841" for "084") agree at this level.
func (t Triple) Root() Triple {
	cut := func(s string, n int) string {
		if len(s) > n {
			return s[:n]
		}
		return s
	}
	return Triple{cut(t.Source, 3), cut(t.Target, 3), cut(t.Code, 2)}
}

// RecordScore is how one record's coding compares with its gold.
type RecordScore struct {
	ID       string
	Category string
	Text     string
	Expected []Triple
	Got      []Triple
	// ExpectedError and GotError are error kinds ("dateline",
	// "bad_input_parse", "sentencediscard", "storydiscard").
	ExpectedError, GotError string
	Correct                 int // events in both
	RootCorrect             int // events in both at the level of Triple.Root
	Exact                   bool
	Err                     error // a failure to code at all
}

// Summary totals a run over record files.
type Summary struct {
	Records      int     `json:"records"`
	RecordsExact int     `json:"records_exact"`
	Skipped      int     `json:"skipped"`
	GoldEvents   int     `json:"gold_events"`
	FoundEvents  int     `json:"found_events"`
	Correct      int     `json:"correct_events"`
	Precision    float64 `json:"precision"`
	Recall       float64 `json:"recall"`
	F1           float64 `json:"f1"`
	// The same at the level of Triple.Root (lead actor codes and the
	// event's root code).
	RootCorrect   int     `json:"root_correct_events"`
	RootPrecision float64 `json:"root_precision"`
	RootRecall    float64 `json:"root_recall"`
	ExactRate     float64 `json:"records_exact_rate"`
	Input         string  `json:"input"`
}

// Add counts one record.
func (s *Summary) Add(r RecordScore) {
	s.Records++
	if r.Exact {
		s.RecordsExact++
	}
	s.GoldEvents += len(r.Expected)
	s.FoundEvents += len(r.Got)
	s.Correct += r.Correct
	s.RootCorrect += r.RootCorrect
}

// Finish computes the rates.
func (s *Summary) Finish() {
	if s.FoundEvents > 0 {
		s.Precision = 100 * float64(s.Correct) / float64(s.FoundEvents)
	}
	if s.GoldEvents > 0 {
		s.Recall = 100 * float64(s.Correct) / float64(s.GoldEvents)
	}
	if s.FoundEvents > 0 {
		s.RootPrecision = 100 * float64(s.RootCorrect) / float64(s.FoundEvents)
	}
	if s.GoldEvents > 0 {
		s.RootRecall = 100 * float64(s.RootCorrect) / float64(s.GoldEvents)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	if s.Records > 0 {
		s.ExactRate = 100 * float64(s.RecordsExact) / float64(s.Records)
	}
}

// ErrorKind names a coding error the way PETRARCH's records do.
func ErrorKind(err error) string {
	var pe *syntax.PennError
	switch {
	case errors.Is(err, syntax.ErrDateline):
		return "dateline"
	case errors.As(err, &pe) && pe.Msg == syntax.ErrUnbalanced:
		return "bad_input_parse"
	case err != nil:
		return "error"
	}
	return ""
}

// Score compares a record's coding with its gold.
func Score(rec *petrxml.Record, res coder.Result, codeErr error) RecordScore {
	rs := RecordScore{ID: rec.ID, Category: rec.Category, Text: rec.Text, ExpectedError: rec.GoldError}
	for _, g := range rec.Gold {
		rs.Expected = append(rs.Expected, Triple{g.Source, g.Target, g.Code})
	}
	switch {
	case codeErr != nil:
		rs.GotError = ErrorKind(codeErr)
		if rs.GotError == "error" {
			rs.Err = codeErr
		}
	case res.Discard != "" && res.StoryDiscard:
		rs.GotError = "storydiscard"
	case res.Discard != "":
		rs.GotError = "sentencediscard"
	}
	if rs.GotError == "" {
		for _, e := range res.Events {
			rs.Got = append(rs.Got, Triple{e.Source, e.Target, e.Code})
		}
	}
	rs.Correct = common(rs.Expected, rs.Got, Triple.self)
	rs.RootCorrect = common(rs.Expected, rs.Got, Triple.Root)
	// A discarded sentence has no events: when the gold expects none
	// (and no particular error), that is what it says.
	if rs.ExpectedError == "" && len(rs.Expected) == 0 && strings.HasSuffix(rs.GotError, "discard") {
		rs.GotError = ""
	}
	rs.Exact = rs.ExpectedError == rs.GotError && rs.Correct == len(rs.Expected) && rs.Correct == len(rs.Got)
	sort.Slice(rs.Expected, func(i, j int) bool { return rs.Expected[i].String() < rs.Expected[j].String() })
	sort.Slice(rs.Got, func(i, j int) bool { return rs.Got[i].String() < rs.Got[j].String() })
	return rs
}

func (t Triple) self() Triple { return t }

// common is the size of the multiset intersection of a and b, each triple
// seen through key.
func common(a, b []Triple, key func(Triple) Triple) int {
	left := map[Triple]int{}
	for _, t := range a {
		left[key(t)]++
	}
	n := 0
	for _, t := range b {
		if k := key(t); left[k] > 0 {
			left[k]--
			n++
		}
	}
	return n
}

// Included applies a validation file's <Include>/<Exclude> lists the way
// PETRARCH does: "valid" in <Include> skips records marked
// sentence="false"; other words are categories.
func Included(env petrxml.Environment, rec *petrxml.Record) bool {
	if rec.Skip {
		return false
	}
	cats := []string{}
	validOnly := false
	for _, c := range env.Include {
		if strings.EqualFold(c, "valid") {
			validOnly = true
			continue
		}
		cats = append(cats, c)
	}
	if validOnly && !rec.Valid {
		return false
	}
	if len(cats) > 0 && rec.Category != "" {
		in := false
		for _, c := range cats {
			if c == rec.Category {
				in = true
			}
		}
		if !in {
			return false
		}
	}
	for _, c := range env.Exclude {
		if c == rec.Category {
			return false
		}
	}
	return true
}
