package story

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"sort"
	"testing"

	"github.com/herald-events/herald/internal/sharedtest"
	"github.com/herald-events/herald/internal/story/extracteval"
)

// TestHTMLNewsBenchmark runs the HTML reader over the 181 pages of the
// article-extraction benchmark and scores the story text against the gold
// bodies with the benchmark's own metric (checked against the published
// figures in extracteval). herald must reach F1 ≥ 0.95.
func TestHTMLNewsBenchmark(t *testing.T) {
	if testing.Short() {
		t.Skip("long: 181 pages")
	}
	dir := sharedtest.Path(t, "html-news")
	gold, err := extracteval.LoadBodies(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	pred := map[string]string{}
	ctx := context.Background()
	for id := range gold {
		s, err := readGzHTML(ctx, filepath.Join(dir, "html", id+".html.gz"))
		switch {
		case errors.Is(err, ErrNoArticle):
			pred[id] = ""
		case err != nil:
			t.Fatalf("%s: %v", id, err)
		default:
			pred[id] = s.Text
		}
	}
	res, err := extracteval.Score(gold, pred)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("herald HTML reader on html-news: %v", res)
	type worst struct {
		id string
		p  extracteval.Page
	}
	var ws []worst
	for id, p := range res.PerPage {
		ws = append(ws, worst{id, p})
	}
	sort.Slice(ws, func(i, j int) bool { return ws[i].p.TP < ws[j].p.TP })
	for _, w := range ws[:5] {
		t.Logf("weakest page %s: %+v", w.id, w.p)
	}
	if res.F1 < 0.95 {
		t.Errorf("F1 %.3f < 0.95", res.F1)
	}
}

func readGzHTML(ctx context.Context, path string) (*Story, error) {
	b, err := sharedtest.ReadGzip(path)
	if err != nil {
		return nil, err
	}
	return NewHTMLReader(filepath.Base(path), bytes.NewReader(b), Options{}).Next(ctx)
}
