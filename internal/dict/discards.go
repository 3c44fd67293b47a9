package dict

import (
	"io"
	"sort"
	"strings"
)

// Discard is a phrase whose presence stops a sentence (or, with Story
// set, a whole story) from being coded: sports results, chronologies...
type Discard struct {
	Words []string
	// Exact means the last word must match whole (the phrase ended in
	// '_'); otherwise it is a stem ("BASEBALL" matches "BASEBALLS").
	Exact bool
	Story bool
	Pos   Pos
}

// Discards is a discard list.
type Discards struct {
	List []Discard
	// byFirst indexes phrases by their first word; stems holds the
	// one-word stems, which can match a longer word.
	byFirst map[string][]int
	stems   map[string][]int
	// stemLens are the lengths of the one-word stems, shortest first.
	stemLens []int
}

func (d *Discards) index() {
	d.byFirst = map[string][]int{}
	d.stems = map[string][]int{}
	lens := map[int]bool{}
	d.stemLens = d.stemLens[:0]
	for i, dc := range d.List {
		if len(dc.Words) == 1 && !dc.Exact {
			d.stems[dc.Words[0]] = append(d.stems[dc.Words[0]], i)
			if n := len(dc.Words[0]); !lens[n] {
				lens[n] = true
				d.stemLens = append(d.stemLens, n)
			}
			continue
		}
		d.byFirst[dc.Words[0]] = append(d.byFirst[dc.Words[0]], i)
	}
	sort.Ints(d.stemLens)
}

// Read reads a discard file in PETRARCH's format into d.
func (d *Discards) Read(r io.Reader, name string) error {
	lr := newLineReader(r, name)
	for {
		line, n, ok := lr.next()
		if !ok {
			break
		}
		if i := strings.IndexByte(line, ';'); i >= 0 {
			line = line[:i]
		}
		t := strings.ToUpper(strings.TrimSpace(line))
		if t == "" {
			continue
		}
		dc := Discard{Pos: Pos{name, n}}
		if strings.HasPrefix(t, "+") {
			dc.Story = true
			t = strings.TrimSpace(t[1:])
		}
		if strings.HasSuffix(t, "_") {
			dc.Exact = true
		}
		dc.Words = splitWords(t)
		if len(dc.Words) == 0 {
			return errorf(dc.Pos, "empty discard phrase")
		}
		d.List = append(d.List, dc)
	}
	d.index()
	return lr.err
}

// Match reports a discard phrase found in words (upper case, punctuation
// already split off), preferring story discards.
func (d *Discards) Match(words []string) (*Discard, bool) { return d.MatchWhole(words, nil) }

// MatchWhole is Match where a phrase must also cover whole words of the
// text as whitespace separates them: whole(i) reports whether words[i]
// stands alone between spaces. PETRARCH-2 matches its discard phrases
// against the sentence split at spaces, so "three years ago, a police
// officer said" has "AGO," and no "YEARS AGO"; whole nil accepts any word.
func (d *Discards) MatchWhole(words []string, whole func(i int) bool) (*Discard, bool) {
	if len(d.List) == 0 {
		return nil, false
	}
	if d.byFirst == nil {
		d.index()
	}
	var sentence *Discard
	consider := func(i, at int) bool {
		dc := &d.List[i]
		if (sentence != nil && !dc.Story) || !dc.matchAt(words, at) {
			return false
		}
		if whole != nil {
			for k := range dc.Words {
				if !whole(at + k) {
					return false
				}
			}
		}
		if dc.Story {
			sentence = dc
			return true
		}
		sentence = dc
		return false
	}
	for at, w := range words {
		for _, i := range d.byFirst[w] {
			if consider(i, at) {
				return sentence, true
			}
		}
		for _, n := range d.stemLens {
			if n > len(w) {
				continue
			}
			for _, i := range d.stems[w[:n]] {
				if consider(i, at) {
					return sentence, true
				}
			}
		}
	}
	return sentence, sentence != nil
}

func (dc *Discard) matchAt(words []string, i int) bool {
	n := len(dc.Words)
	if i+n > len(words) {
		return false
	}
	for k, w := range dc.Words {
		tw := words[i+k]
		if k == n-1 && !dc.Exact {
			if !strings.HasPrefix(tw, w) {
				return false
			}
		} else if tw != w {
			return false
		}
	}
	return true
}
