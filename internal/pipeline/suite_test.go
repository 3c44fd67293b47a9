package pipeline

import (
	"context"
	"errors"
	"io"
	"os"
	"testing"

	"github.com/herald-events/herald/internal/coder"
	"github.com/herald-events/herald/internal/petrxml"
	"github.com/herald-events/herald/internal/sharedtest"
)

// codeSuite codes a PETRARCH validation file the way `herald eval` does
// (the file's configuration, each record's, and pronouns of reported
// speech resolved within the sentence).
func codeSuite(t *testing.T, path string, in Input) (Summary, map[string]RecordScore) {
	return codeSuiteVerbs(t, path, "", in)
}

// codeSuiteVerbs is codeSuite with another verb dictionary (`herald eval
// --verbs`) when verbs is not empty.
func codeSuiteVerbs(t *testing.T, path, verbs string, in Input) (Summary, map[string]RecordScore) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rd, err := petrxml.NewReader(f, path)
	if err != nil {
		t.Fatal(err)
	}
	env := rd.Environment()
	files, err := EnvironmentFiles(env, path, "")
	if err != nil {
		t.Fatal(err)
	}
	if verbs != "" {
		files.Verbs = []string{verbs}
	}
	var cache DictCache
	set, err := cache.Load(context.Background(), files)
	if err != nil {
		t.Fatal(err)
	}
	opt := coder.DefaultOptions()
	for _, c := range env.Configs {
		ApplyConfig(&opt, c)
	}
	var sum Summary
	scores := map[string]RecordScore{}
	for {
		rec, err := rd.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range rec.Configs {
			ApplyConfig(&opt, c)
		}
		if !Included(env, rec) || !rec.HasGold {
			sum.Skipped++
			continue
		}
		var res coder.Result
		var cerr error
		day, err := Day(rec.Date)
		if err != nil {
			t.Fatalf("%s: %v", rec.ID, err)
		}
		if s, err := Sentence(rec, in); err != nil {
			cerr = err
		} else {
			cd := coder.New(set, opt)
			res, cerr = cd.CodeContext(s, day, &coder.Context{Tokens: ReportedPronouns(cd, s, day, rec.ID)})
		}
		rs := Score(rec, res, cerr)
		sum.Add(rs)
		scores[rec.ID] = rs
	}
	sum.Finish()
	return sum, scores
}

func TestUnitTestSuitePenn(t *testing.T) {
	path := sharedtest.Path(t, "petrarch2", "PETR.UnitTest.records.dev.xml")
	sum, scores := codeSuite(t, path, InputPenn)
	t.Logf("records %d exact %d (%.1f%%) precision %.1f recall %.1f", sum.Records, sum.RecordsExact, sum.ExactRate, sum.Precision, sum.Recall)
	// 13 records depend on <Config> elements that the dev file lost and
	// one on a commented-out dictionary entry, and PATTERN-29 and
	// PATTERN-31 code an agentless passive ("The Philippines was
	// criticized over its dispute with Eriador") with the subject as the
	// actor, where herald (with the UDPipe and GSR golds) makes it the
	// one acted on (docs/accuracy.md).
	if sum.RecordsExact < 180 {
		t.Errorf("exact records %d, want at least 180", sum.RecordsExact)
	}
	for id, want := range map[string][]Triple{
		"DEMO-00":     {{"ARN", "GON", "064"}},
		"DEMO-03":     {{"ELF", "GON", "032"}, {"GON", "ELF", "033"}},
		"DEMO-05":     {{"OSG", "ERI", "224"}},
		"COMPOUND-09": {{"FORGOV", "ERI", "041"}, {"FORLEG", "ERI", "041"}, {"GONGOV", "ERI", "041"}, {"GONLEG", "ERI", "041"}},
		"COMPOUND-42": {{"ERI", "FRA", "031"}, {"ERI", "PHL", "031"}},
	} {
		rs, ok := scores[id]
		if !ok {
			t.Errorf("%s not coded", id)
			continue
		}
		if !rs.Exact || len(rs.Got) != len(want) {
			t.Errorf("%s: got %v, want %v", id, rs.Got, want)
			continue
		}
		for i := range want {
			if rs.Got[i] != want[i] {
				t.Errorf("%s: got %v, want %v", id, rs.Got, want)
				break
			}
		}
	}
	for _, id := range []string{"ERROR-01", "ERROR-02", "DISCARD-02", "DISCARD-03"} {
		if rs := scores[id]; !rs.Exact || rs.GotError == "" {
			t.Errorf("%s: expected error %q, got %q", id, rs.ExpectedError, rs.GotError)
		}
	}
}

// The UDPipe unit tests from their CoNLL-U parses, with the verbs 2.0
// dictionary: issue 5 asks for event recall of at least 80 %; the exact
// count guards against regressions (docs/accuracy.md lists the rest).
func TestUnitTestSuiteUDPipe(t *testing.T) {
	path := sharedtest.Path(t, "universal-petrarch", "PETR.UnitTest.records.udpipe.dev.xml")
	verbs := sharedtest.Path(t, "universal-petrarch", "dictionaries", "PETR.Validate.verbs.2.0.txt")
	sum, _ := codeSuiteVerbs(t, path, verbs, InputCoNLL)
	t.Logf("records %d exact %d (%.1f%%) precision %.1f recall %.1f", sum.Records, sum.RecordsExact, sum.ExactRate, sum.Precision, sum.Recall)
	if sum.Recall < 80 {
		t.Errorf("event recall %.1f, want at least 80", sum.Recall)
	}
	if sum.RecordsExact < 158 {
		t.Errorf("exact records %d, want at least 158", sum.RecordsExact)
	}
}
