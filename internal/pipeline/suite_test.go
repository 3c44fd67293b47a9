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

// codeSuite codes a PETRARCH validation file the way `herald eval` does.
func codeSuite(t *testing.T, path string, in Input) (Summary, map[string]RecordScore) {
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
	var cache DictCache
	set, err := cache.Load(context.Background(), files)
	if err != nil {
		t.Fatal(err)
	}
	opt := coder.DefaultOptions()
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
			res, cerr = coder.New(set, opt).Code(s, day)
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
