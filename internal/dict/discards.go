package dict

import (
	"io"
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
	return lr.err
}

// Match reports the first discard phrase found in words (upper case,
// punctuation already split off), story discards first.
func (d *Discards) Match(words []string) (*Discard, bool) {
	var sentence *Discard
	for i := range d.List {
		dc := &d.List[i]
		if sentence != nil && !dc.Story {
			continue
		}
		if dc.matches(words) {
			if dc.Story {
				return dc, true
			}
			sentence = dc
		}
	}
	return sentence, sentence != nil
}

func (dc *Discard) matches(words []string) bool {
	n := len(dc.Words)
outer:
	for i := 0; i+n <= len(words); i++ {
		for k, w := range dc.Words {
			tw := words[i+k]
			if k == n-1 && !dc.Exact {
				if !strings.HasPrefix(tw, w) {
					continue outer
				}
			} else if tw != w {
				continue outer
			}
		}
		return true
	}
	return false
}
