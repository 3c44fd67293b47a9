package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// herald bench with rounds reports each throughput measurement as the
// median round, with the range of the rounds.
func TestBenchRounds(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the model")
	}
	p := filepath.Join(t.TempDir(), "news.txt")
	if err := os.WriteFile(p, []byte("Gondor accused Mordor of shelling the border town on Monday. Rohan sent troops.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runHeraldIn(t, "", "bench", "--text", p, "--seconds", "0.05", "--count", "3", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	var res []benchResult
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &res); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	seen := map[string]bool{}
	for _, r := range res {
		seen[r.Name] = true
		if r.Name == "analyze raw text" || r.Name == "raw text to events" {
			if r.Rounds != 3 || r.Items == 0 || r.MinPerCPUSec > r.PerCPUSec || r.PerCPUSec > r.MaxPerCPUSec {
				t.Errorf("%s: %+v", r.Name, r)
			}
		}
	}
	for _, name := range []string{"model load", "dictionary load", "analyze raw text", "raw text to events"} {
		if !seen[name] {
			t.Errorf("no %q in %s", name, out)
		}
	}
}

func TestMedianRound(t *testing.T) {
	m := median([]benchResult{{PerCPUSec: 30}, {PerCPUSec: 10}, {PerCPUSec: 20}, {PerCPUSec: 40}})
	if m.PerCPUSec != 20 || m.Rounds != 4 || m.MinPerCPUSec != 10 || m.MaxPerCPUSec != 40 {
		t.Errorf("%+v", m)
	}
	if one := median([]benchResult{{PerCPUSec: 7, Note: "x"}}); one.Rounds != 0 || one.Note != "x" {
		t.Errorf("one round: %+v", one)
	}
}
