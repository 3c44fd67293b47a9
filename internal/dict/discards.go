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
	// stems indexes the one-word stems by their first stemKey bytes (the
	// shortest stem's length), shortest stem first, then in list order.
	stems   map[string][]int
	stemKey int
}

func (d *Discards) index() {
	d.byFirst = map[string][]int{}
	d.stems = map[string][]int{}
	var stems []int
	for i, dc := range d.List {
		if len(dc.Words) == 1 && !dc.Exact {
			stems = append(stems, i)
			continue
		}
		d.byFirst[dc.Words[0]] = append(d.byFirst[dc.Words[0]], i)
	}
	// One lookup per word finds every stem it may start with: the stems
	// sharing its first stemKey bytes, shortest first as PETRARCH tries
	// them.
	sort.SliceStable(stems, func(a, b int) bool { return len(d.List[stems[a]].Words[0]) < len(d.List[stems[b]].Words[0]) })
	d.stemKey = 0
	if len(stems) > 0 {
		d.stemKey = len(d.List[stems[0]].Words[0])
	}
	for _, i := range stems {
		k := d.List[i].Words[0][:d.stemKey]
		d.stems[k] = append(d.stems[k], i)
	}
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
		if len(w) < d.stemKey || len(d.stems) == 0 {
			continue
		}
		for _, i := range d.stems[w[:d.stemKey]] {
			if consider(i, at) { // (matchAt checks the whole stem)
				return sentence, true
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
