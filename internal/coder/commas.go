package coder

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/herald-events/herald/internal/syntax"
)

// Comma-clause limits, in words. A clause set off by commas whose length
// falls within a range is dropped before coding, so "X, a senior
// official said on Saturday, attacked Y" codes as "X attacked Y". Zero
// maxima switch a rule off. These are PETRARCH's options and defaults.
type Commas struct {
	Min, Max   int // internal clauses
	BMin, BMax int // an initial clause
	EMin, EMax int // a terminal clause
}

// DefaultCommas are PETRARCH's (and TABARI's) defaults.
var DefaultCommas = Commas{Min: 2, Max: 8, BMin: 0, BMax: 0, EMin: 2, EMax: 8}

func isComma(it syntax.Item) bool { return it.Kind == syntax.Open && it.Label == "," }

// countWords counts the words starting with a letter in items[lo:hi].
func countWords(items []syntax.Item, lo, hi int) int {
	n := 0
	for k := lo; k < hi && k < len(items); k++ {
		if items[k].Kind == syntax.Word {
			r, _ := utf8.DecodeRuneInString(items[k].Word)
			if unicode.IsLetter(r) {
				n++
			}
		}
	}
	return n
}

// findEnd returns the index just before the last item that is not a
// Close: the bracket of the final punctuation.
func findEnd(items []syntax.Item) int {
	k := len(items) - 1
	for k >= 2 && items[k].Kind == syntax.Close {
		k--
	}
	return k - 1
}

// deletePhrases removes every complete constituent inside items[lo:hi],
// leaving brackets whose partner lies outside.
func deletePhrases(items []syntax.Item, lo, hi int) []syntax.Item {
	var stack []string
	for k := hi - 1; k >= lo; k-- {
		if k >= len(items) {
			continue
		}
		it := items[k]
		switch {
		case it.Kind == syntax.Close:
			stack = append(stack, it.Label)
		case it.Kind == syntax.Open && len(stack) > 0 && it.Label == stack[len(stack)-1]:
			end := -1
			for j := k + 1; j < len(items); j++ {
				if items[j].Kind == syntax.Close && items[j].Label == it.Label {
					end = j
					break
				}
			}
			if end < 0 {
				continue
			}
			items = append(items[:k], items[end+1:]...)
			stack = stack[:len(stack)-1]
		}
	}
	return items
}

// verbOutside reports whether a verb is left outside items[lo:hi]: a
// comma clause holding every verb of the sentence ("On Monday, Israel
// attacked Gaza.", where the terminal rule would take "Israel attacked
// Gaza") is the sentence itself, not an aside, and is kept. Only finite
// verbs count, and not one that opens a prepositional phrase ("According
// to officials, Israeli jets struck ...": a preposition there), nor one
// of a subordinate clause ("A day after Israel struck Iran, Tehran fired
// hundreds of missiles at Israeli cities": the clause after the comma is
// the sentence's own).
func verbOutside(items []syntax.Item, lo, hi int) bool {
	var open []string
	for k, it := range items {
		switch it.Kind {
		case syntax.Open:
			if (k < lo || k >= hi) && finiteLabel(it.Label) && (len(open) == 0 || open[len(open)-1] != "PP") && !slices.Contains(open, "SBAR") {
				return true
			}
			open = append(open, it.Label)
		case syntax.Close:
			if len(open) > 0 {
				open = open[:len(open)-1]
			}
		}
	}
	return false
}

// coordinatedClause reports whether the items from k open with a
// coordinating conjunction and a clause of its own (", and Israel struck
// back"): a second main clause, no aside.
func coordinatedClause(items []syntax.Item, k int) bool {
	if k+3 >= len(items) || items[k].Kind != syntax.Open || (items[k].Label != "CC" && items[k].Label != "CCP") {
		return false
	}
	for j := k + 1; j < len(items); j++ {
		if items[j].Kind == syntax.Open {
			if items[j].Label == items[k].Label {
				continue
			}
			return items[j].Label == "S"
		}
	}
	return false
}

// predicateInside reports whether items[lo:hi] holds the predicate of
// the sentence's subject: the top clause's own verb phrase, when the
// clause's subject lies before lo ("Israel, a senior official said on
// Saturday, attacked Gaza": the terminal rule would take "attacked
// Gaza"). In "Israel attacked Gaza, a senior official said", as Penn
// trees give it, the top clause's subject is the official, inside the
// span, and the reporting clause goes as before.
func predicateInside(items []syntax.Item, lo, hi int) bool {
	top := -1
	for k, it := range items {
		if it.Kind == syntax.Open && (it.Label == "S" || it.Label == "SINV") {
			top = k
			break
		}
	}
	if top < 0 {
		return false
	}
	subject := false // a subject closed before lo
	open := -1       // the top clause's noun phrase being read
	depth := 0
	for k := top + 1; k < len(items); k++ {
		it := items[k]
		switch it.Kind {
		case syntax.Open:
			if depth == 0 {
				switch {
				case it.Label == syntax.LabelNE || it.Label == syntax.LabelNEC || it.Label == "NP":
					open = k
				case strings.HasPrefix(it.Label, "VP"):
					return subject && k >= lo && k < hi
				}
			}
			depth++
		case syntax.Close:
			if depth == 0 {
				return false // the top clause closed
			}
			depth--
			if depth == 0 && open >= 0 {
				subject = k < lo
				open = -1
			}
		}
	}
	return false
}

// finiteLabel reports whether a word's label is a finite verb's: a verb
// form that can carry a clause of its own. Participles, gerunds and
// infinitives ("After meeting Zelensky in Kyiv, Macron pledged ...",
// "Speaking in Brussels, Rutte warned ...") head no sentence: a comma
// clause after them is the sentence, not an aside.
func finiteLabel(l string) bool {
	switch l {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// participleClause reports whether the constituents from k open with a
// verb phrase whose verb is a present participle with an object of its
// own: ", killing two people", ", warning Israel against an attack" is
// an act of the sentence's subject, not an aside like ", a senior
// official said".
func participleClause(items []syntax.Item, k int) bool {
	for ; k < len(items) && items[k].Kind == syntax.Close; k++ {
	}
	if k+4 >= len(items) || items[k].Kind != syntax.Open || !strings.HasPrefix(items[k].Label, "VP") ||
		items[k+1].Kind != syntax.Open || items[k+1].Label != "VBG" {
		return false
	}
	nx := items[k+4]
	return nx.Kind == syntax.Open && (nx.Label == syntax.LabelNE || nx.Label == syntax.LabelNEC || nx.Label == "NP")
}

// adverbialAct reports whether items[lo:hi] hold an adverbial clause of
// time whose verb acts on a noun phrase ("Trump said after meeting Putin
// in Alaska"): a reporting clause that says what its speaker did besides
// speaking is no mere attribution.
func adverbialAct(items []syntax.Item, lo, hi int) bool {
	for k := lo; k+6 < hi && k+6 < len(items); k++ {
		if items[k].Kind != syntax.Open || items[k].Label != "SBAR" || items[k+1].Kind != syntax.Open || items[k+1].Label != "IN" {
			continue
		}
		switch items[k+2].Word {
		case "AFTER", "BEFORE", "WHILE", "SINCE", "UPON":
		default:
			continue
		}
		for j := k + 3; j+4 < hi && j+4 < len(items); j++ {
			if items[j].Kind == syntax.Open && strings.HasPrefix(items[j].Label, "VP") && items[j+1].Kind == syntax.Open && items[j+1].Label == "VBG" {
				nx := items[j+4]
				return nx.Kind == syntax.Open && (nx.Label == syntax.LabelNE || nx.Label == syntax.LabelNEC || nx.Label == "NP")
			}
		}
	}
	return false
}

// nextOpenIsVP reports whether the first constituent opening at or after
// k is a verb phrase.
func nextOpenIsVP(items []syntax.Item, k int) bool {
	for ; k < len(items); k++ {
		if items[k].Kind == syntax.Open {
			return strings.HasPrefix(items[k].Label, "VP")
		}
	}
	return false
}

func firstComma(items []syntax.Item, from int) int {
	for k := from; k < len(items); k++ {
		if isComma(items[k]) {
			return k
		}
	}
	return -1
}

// dropCommaClauses removes comma-delimited clauses within the limits:
// the initial one, then the terminal one, then internal ones.
//
// An internal aside that names who the noun phrase before it only
// describes is kept, without its commas (keep reports it): "The army chief, Abdel Fattah
// al-Burhan, rejected any truce" keeps the name, which PETRARCH's rule
// would drop, leaving "the army chief" of no state.
func dropCommaClauses(items []syntax.Item, c Commas, keep func(items []syntax.Item, lo, hi int) bool) []syntax.Item {
	if firstComma(items, 0) < 0 {
		return items
	}
	// items is the coder's own buffer: edited in place.
	if c.BMax != 0 {
		hi := firstComma(items, 0)
		if n := countWords(items, 2, hi); n >= c.BMin && n <= c.BMax && verbOutside(items, 2, hi) {
			items = deletePhrases(items, 2, hi)
		}
	}
	if c.EMax != 0 {
		kend := findEnd(items)
		ka := kend - 1
		for ka >= 2 && !isComma(items[ka]) {
			ka--
		}
		if ka >= 0 && isComma(items[ka]) {
			if n := countWords(items, ka, len(items)); n >= c.EMin && n <= c.EMax && verbOutside(items, ka+3, kend) && !participleClause(items, ka+3) && !predicateInside(items, ka+3, kend) && !coordinatedClause(items, ka+3) && !adverbialAct(items, ka+3, kend) {
				items = deletePhrases(items, ka+3, kend)
			}
		}
	}
	if c.Max != 0 {
		ka := firstComma(items, 0)
		for ka >= 0 {
			kb := firstComma(items, ka+1)
			if kb < 0 {
				break
			}
			if keep != nil && keep(items, ka, kb) {
				// the name stays, its commas go: it joins the noun
				// phrase it names
				items = append(items[:kb], items[kb+3:]...)
				items = append(items[:ka], items[ka+3:]...)
				ka = firstComma(items, ka)
				continue
			}
			if n := countWords(items, ka+2, kb); n >= c.Min && n <= c.Max && verbOutside(items, ka, kb) {
				// an aside between a subject and its verb goes with both
				// its commas: a comma left behind would cut the verb off
				// from its subject
				end := kb
				if nextOpenIsVP(items, kb+3) {
					end = kb + 3
				}
				items = deletePhrases(items, ka, end)
			}
			// Like PETRARCH, carry on from the old position of the second
			// comma even when the deletion moved it.
			ka = kb
		}
	}
	// A comma left dangling at either end goes too.
	if ka := firstComma(items, 0); ka >= 0 && countWords(items, 2, ka) == 0 {
		items = append(items[:ka], items[ka+3:]...)
	}
	kend := findEnd(items)
	ka := kend - 1
	for ka >= 2 && !isComma(items[ka]) {
		ka--
	}
	if ka >= 0 && ka+3 <= len(items) && isComma(items[ka]) && countWords(items, ka+1, kend) == 0 {
		items = append(items[:ka], items[ka+3:]...)
	}
	return items
}
