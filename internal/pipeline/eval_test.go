package pipeline

import (
	"testing"

	"github.com/herald-events/herald/internal/coder"
	"github.com/herald-events/herald/internal/petrxml"
)

func TestScoreRootLevel(t *testing.T) {
	rec := &petrxml.Record{ID: "r", Gold: []petrxml.GoldEvent{
		{Source: "ISR", Target: "PSEGOV", Code: "084"},
		{Source: "IRQGOVMIL", Target: "SYRGOV", Code: "040"},
		{Source: "USA", Target: "IRN", Code: "112"},
	}}
	res := coder.Result{Events: []coder.Event{
		{Source: "ISR", Target: "PSEWSBGOV", Code: "0841"}, // same at root level
		{Source: "IRQGOV", Target: "SYRGOV", Code: "040"},  // same at root level
		{Source: "USA", Target: "IRN", Code: "112"},        // exact
		{Source: "USA", Target: "IRQ", Code: "112"},        // another target country: wrong at both levels
	}}
	rs := Score(rec, res, nil)
	if rs.Correct != 1 || rs.RootCorrect != 3 || rs.Exact {
		t.Fatalf("correct %d root %d exact %v, want 1, 3, false", rs.Correct, rs.RootCorrect, rs.Exact)
	}
	var s Summary
	s.Add(rs)
	s.Finish()
	if s.RootRecall != 100 || s.RootPrecision != 75 || s.Recall < 33.3 || s.Recall > 33.4 {
		t.Errorf("root P %.1f R %.1f, recall %.1f; want 75, 100, 33.3", s.RootPrecision, s.RootRecall, s.Recall)
	}
	// a gold event matches at most one found event at either level
	res.Events = []coder.Event{{Source: "ISR", Target: "PSEGOV", Code: "0841"}, {Source: "ISR", Target: "PSE", Code: "084"}}
	if rs := Score(rec, res, nil); rs.RootCorrect != 1 {
		t.Errorf("root correct %d for two events on one gold event, want 1", rs.RootCorrect)
	}
}
