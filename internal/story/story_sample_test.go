package story

import (
	"context"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/herald-events/herald/internal/sharedtest"
)

func readSample(t *testing.T) (string, []*Story) {
	t.Helper()
	p := sharedtest.Path(t, "raw-news", "scraped-news-two-articles.txt")
	raw, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := Open(context.Background(), p, f, Options{})
	if err != nil {
		t.Fatal(err)
	}
	stories, skipped, err := ReadAll(context.Background(), r)
	if err != nil || len(skipped) > 0 {
		t.Fatalf("reading sample: %v %v", err, skipped)
	}
	return string(raw), stories
}

// sentenceSplit is the test's own naive splitter: a sentence ends at ., !
// or ? (optionally followed by a closing quote) before a space.
var sentenceEnd = regexp.MustCompile(`[.!?]["”’']?\s+`)

func sentences(par string) []string {
	var out []string
	last := 0
	for _, m := range sentenceEnd.FindAllStringIndex(par, -1) {
		out = append(out, strings.TrimSpace(par[last:m[1]]))
		last = m[1]
	}
	if s := strings.TrimSpace(par[last:]); s != "" {
		out = append(out, s)
	}
	return out
}

func TestSamplePage(t *testing.T) {
	raw, stories := readSample(t)
	if len(stories) != 2 {
		for _, s := range stories {
			t.Logf("story %q", s.Title)
		}
		t.Fatalf("got %d stories, want 2", len(stories))
	}
	// The right headlines: each story's title is the first line of its
	// article in the page (the page prints it again a few lines on).
	if !strings.HasPrefix(stories[0].Title, "Quds Force Commander") || !strings.HasPrefix(stories[1].Title, "Russia Says Plan") {
		t.Errorf("headlines %q, %q", stories[0].Title, stories[1].Title)
	}
	lines := strings.Split(raw, "\n")
	count := map[string]int{}
	for _, l := range lines {
		count[strings.TrimSpace(l)]++
	}
	for i, s := range stories {
		// Headline neither repeated in the body nor lost.
		if strings.Contains(s.Text, s.Title) {
			t.Errorf("story %d: headline inside the body", i)
		}
		if count[s.Title] < 1 {
			t.Errorf("story %d: headline %q is not a line of the page", i, s.Title)
		}
		// Captions are metadata: each holds a photo credit, and none is in the body.
		if len(s.Captions) == 0 {
			t.Errorf("story %d: no caption found", i)
		}
		for _, c := range s.Captions {
			if strings.Contains(s.Text, c) {
				t.Errorf("story %d: caption %q also in the body", i, c)
			}
		}
		// No debris: every body paragraph has at least three words.
		for _, p := range s.Paragraphs() {
			if len(strings.Fields(p)) < 3 {
				t.Errorf("story %d: debris paragraph %q", i, p)
			}
		}
		// No duplicated sentence inside or across stories.
	}
	seen := map[string]int{}
	for _, s := range stories {
		for _, p := range s.Paragraphs() {
			for _, sen := range sentences(p) {
				seen[sen]++
			}
		}
	}
	for sen, n := range seen {
		if n > 1 {
			t.Errorf("sentence repeated %d times: %q", n, sen)
		}
	}
	// Every body sentence of the page survives exactly once. A body line
	// is, by this test's own rule, a line of at least six words that ends
	// like a sentence and occurs once in the page (headlines and captions
	// are printed twice on this page).
	all := stories[0].Text + "\n\n" + stories[1].Text
	nBody := 0
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if len(strings.Fields(l)) < 6 || count[l] != 1 || !regexp.MustCompile(`[.!?]["”’']?$`).MatchString(l) {
			continue
		}
		for _, sen := range sentences(l) {
			nBody++
			if n := strings.Count(all, sen); n != 1 {
				t.Errorf("body sentence found %d times: %q", n, sen)
			}
		}
	}
	if nBody < 30 {
		t.Errorf("only %d body sentences found in the page; the test's rule is off", nBody)
	}
	// Each story's body is in the right story: the first article's text
	// comes before the second headline in the page.
	cut := strings.Index(raw, stories[1].Title)
	for _, p := range stories[0].Paragraphs() {
		if i := strings.Index(raw, p); i < 0 || i > cut {
			t.Errorf("story 1 paragraph not from the first article: %q", p)
		}
	}
	for _, p := range stories[1].Paragraphs() {
		if i := strings.Index(raw, p); i < cut {
			t.Errorf("story 2 paragraph not from the second article: %q", p)
		}
	}
	for _, s := range stories {
		t.Logf("%s: %q captions=%q paragraphs=%d", s.ID, s.Title, s.Captions, len(s.Paragraphs()))
	}
}
