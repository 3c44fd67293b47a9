// Package extracteval scores article-body extraction the way the
// Scrapinghub/Zyte article-extraction benchmark does: word 4-gram shingles
// of \w+ tokens, per-page TP/FP/FN normalised by their sum, precision and
// recall averaged over pages, F1 from the mean precision and recall, and
// accuracy as the share of pages whose token sequence is exactly right.
package extracteval

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"unicode"
)

// Tokens splits text into \w+ tokens as Python's re does with UNICODE:
// runs of letters, numbers and underscores, case kept.
func Tokens(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_')
	})
}

// shingles counts the contiguous n-token shingles of text; a text with
// fewer than n tokens gives one shorter shingle, an empty one none.
func shingles(tokens []string, n int) map[string]int {
	out := map[string]int{}
	last := len(tokens) - n + 1
	if last < 1 {
		last = 1
	}
	for i := 0; i < last; i++ {
		end := min(i+n, len(tokens))
		if end <= i {
			continue
		}
		out[strings.Join(tokens[i:end], "\x00")]++
	}
	return out
}

// Page is one page's normalised counts.
type Page struct{ TP, FP, FN float64 }

// Match compares a gold and a predicted body.
func Match(gold, pred string) Page {
	g, p := shingles(Tokens(gold), 4), shingles(Tokens(pred), 4)
	var pg Page
	for k, gc := range g {
		pc := p[k]
		pg.TP += float64(min(gc, pc))
		pg.FN += float64(max(0, gc-pc))
	}
	for k, pc := range p {
		pg.FP += float64(max(0, pc-g[k]))
	}
	if s := pg.TP + pg.FP + pg.FN; s > 0 {
		pg.TP, pg.FP, pg.FN = pg.TP/s, pg.FP/s, pg.FN/s
	}
	return pg
}

func (p Page) precision() float64 {
	switch {
	case p.FP == 0 && p.FN == 0:
		return 1
	case p.TP == 0 && p.FP == 0:
		return 0
	}
	return p.TP / (p.TP + p.FP)
}

func (p Page) recall() float64 {
	switch {
	case p.FP == 0 && p.FN == 0:
		return 1
	case p.TP == 0 && p.FN == 0:
		return 0
	}
	return p.TP / (p.TP + p.FN)
}

// Result is a benchmark score.
type Result struct {
	F1, Precision, Recall, Accuracy float64
	Pages                           int
	// PerPage holds each page's counts, by id.
	PerPage map[string]Page
}

func (r Result) String() string {
	return fmt.Sprintf("F1=%.3f P=%.3f R=%.3f acc=%.3f pages=%d", r.F1, r.Precision, r.Recall, r.Accuracy, r.Pages)
}

// Score scores predictions against gold bodies, both by page id. Every
// gold id must have a prediction (an empty string for a page where the
// extractor found nothing).
func Score(gold, pred map[string]string) (Result, error) {
	r := Result{PerPage: map[string]Page{}}
	var sp, sr float64
	var np, nr, exact int
	for id, g := range gold {
		p, ok := pred[id]
		if !ok {
			return Result{}, fmt.Errorf("no prediction for page %s", id)
		}
		pg := Match(g, p)
		r.PerPage[id] = pg
		if pg.TP+pg.FP > 0 {
			sp += pg.precision()
			np++
		}
		if pg.TP+pg.FN > 0 {
			sr += pg.recall()
			nr++
		}
		if strings.Join(Tokens(g), " ") == strings.Join(Tokens(p), " ") {
			exact++
		}
	}
	if len(pred) != len(gold) {
		return Result{}, fmt.Errorf("%d predictions for %d gold pages", len(pred), len(gold))
	}
	if np > 0 {
		r.Precision = sp / float64(np)
	}
	if nr > 0 {
		r.Recall = sr / float64(nr)
	}
	if r.Precision+r.Recall > 0 {
		r.F1 = 2 * r.Precision * r.Recall / (r.Precision + r.Recall)
	}
	r.Pages = len(gold)
	if r.Pages > 0 {
		r.Accuracy = float64(exact) / float64(r.Pages)
	}
	return r, nil
}

// LoadBodies reads a ground-truth or prediction file: {id: {"articleBody":
// …}}, possibly wrapped as {"version": …, "output": {…}}.
func LoadBodies(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var wrapped struct {
		Output map[string]struct {
			ArticleBody string `json:"articleBody"`
		} `json:"output"`
	}
	if err := json.Unmarshal(b, &wrapped); err == nil && wrapped.Output != nil {
		out := map[string]string{}
		for k, v := range wrapped.Output {
			out[k] = v.ArticleBody
		}
		return out, nil
	}
	var plain map[string]json.RawMessage
	if err := json.Unmarshal(b, &plain); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out := map[string]string{}
	for k, v := range plain {
		var e struct {
			ArticleBody string `json:"articleBody"`
		}
		if err := json.Unmarshal(v, &e); err != nil {
			return nil, fmt.Errorf("%s: page %s: %w", path, k, err)
		}
		out[k] = e.ArticleBody
	}
	return out, nil
}
