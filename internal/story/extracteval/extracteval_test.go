package extracteval

import (
	"math"
	"path/filepath"
	"testing"

	"github.com/herald-events/herald/internal/sharedtest"
)

func TestMatchCounts(t *testing.T) {
	p := Match("one two three four five", "one two three four six")
	// gold shingles: [1234, 2345]; pred: [1234, 2346] → TP 1, FP 1, FN 1.
	if math.Abs(p.TP-1.0/3) > 1e-9 || math.Abs(p.FP-1.0/3) > 1e-9 || math.Abs(p.FN-1.0/3) > 1e-9 {
		t.Fatalf("got %+v", p)
	}
	if p := Match("short text", "short text"); p.TP != 1 || p.FP != 0 {
		t.Fatalf("short texts: %+v", p)
	}
	if p := Match("some gold words here", ""); p.TP != 0 || p.FN != 1 {
		t.Fatalf("empty prediction: %+v", p)
	}
	if got := Tokens("Hello, wörld_1 —日本 ok"); len(got) != 4 || got[1] != "wörld_1" {
		t.Fatalf("tokens %q", got)
	}
}

// TestPublishedFigures checks the scorer against the benchmark's published
// figures for the extractors' outputs staged beside the ground truth.
func TestPublishedFigures(t *testing.T) {
	dir := sharedtest.Path(t, "html-news")
	gold, err := LoadBodies(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		file     string
		f1, p, r float64
	}{
		{"go_trafilatura.json", 0.960, 0.940, 0.980},
		{"trafilatura.json", 0.958, 0.938, 0.978},
		{"go_domdistiller.json", 0.927, 0.901, 0.956},
		{"html-text.json", 0.665, 0.500, 0.994},
	} {
		pred, err := LoadBodies(filepath.Join(dir, "output", c.file))
		if err != nil {
			t.Fatal(err)
		}
		res, err := Score(gold, pred)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %v", c.file, res)
		if math.Abs(res.F1-c.f1) > 0.0005 || math.Abs(res.Precision-c.p) > 0.0005 || math.Abs(res.Recall-c.r) > 0.0005 {
			t.Errorf("%s: got %v, published F1 %.3f P %.3f R %.3f", c.file, res, c.f1, c.p, c.r)
		}
	}
}
