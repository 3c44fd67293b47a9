package text

import "strings"

// Reporting clauses ("..., a senior official said on Saturday.") close a
// large share of news sentences but are rare in the web text of EWT, and
// the parser sometimes hangs the reporting verb under a verb of the
// reported clause. UD attaches such a trailing reporting clause to the
// root of the reported clause as parataxis; repairReporting enforces that
// when the pattern is unambiguous: a finite reporting verb after a comma,
// with no other verb between the comma and it.

var reportingLemmas = map[string]bool{
	"say": true, "tell": true, "add": true, "state": true, "report": true, "announce": true, "confirm": true,
	"claim": true, "warn": true, "note": true, "insist": true, "explain": true, "write": true, "declare": true,
	"allege": true, "argue": true, "assert": true, "acknowledge": true, "admit": true, "reply": true, "quote": true,
}

func repairReporting(toks []Token) {
	root := -1
	for i, t := range toks {
		if t.Head == 0 {
			root = i
		}
	}
	if root < 0 {
		return
	}
	for v := root + 1; v < len(toks); v++ {
		t := toks[v]
		if !reportingLemmas[t.Lemma] || (t.XPOS != "VBD" && t.XPOS != "VBZ" && t.XPOS != "VBP") || t.Head == root+1 {
			continue
		}
		comma := -1
		for c := v - 1; c > root; c-- {
			if toks[c].Form == "," {
				comma = c
				break
			}
			if u := toks[c].UPOS; u == "VERB" || u == "AUX" || u == "SCONJ" || toks[c].Form == "that" {
				break
			}
		}
		if comma < 0 || comma == v-1 {
			continue
		}
		// the root must not lie under the reporting verb
		under := false
		for k, steps := root, 0; k >= 0 && steps <= len(toks); steps++ {
			if k == v {
				under = true
				break
			}
			k = toks[k].Head - 1
		}
		if under {
			continue
		}
		toks[v].Head = root + 1
		toks[v].Deprel = "parataxis"
		// the comma before the reporting clause belongs to it
		if toks[comma].Deprel == "punct" {
			toks[comma].Head = v + 1
		}
		return
	}
}

// repairNounRoot re-roots a sentence the parser hung from a noun when a
// finite verb without a subject of its own hangs from that noun or below
// it ("Russia, which denies the charge, attacked Ukraine" parsed with
// Russia as the root and "attacked" as a clause modifying "charge"): the
// verb becomes the root and the noun its subject.
func repairNounRoot(toks []Token) {
	root := -1
	for i, t := range toks {
		if t.Head == 0 {
			root = i
			break
		}
	}
	if root < 0 {
		return
	}
	switch toks[root].UPOS {
	case "NOUN", "PROPN", "PRON":
	default:
		return
	}
	hasSubj := func(v int) bool {
		for _, t := range toks {
			if t.Head == v+1 && (strings.HasPrefix(t.Deprel, "nsubj") || strings.HasPrefix(t.Deprel, "csubj") || t.Deprel == "expl") {
				return true
			}
		}
		return false
	}
	under := func(k, top int) bool {
		for steps := 0; k >= 0 && steps <= len(toks); steps++ {
			if k == top {
				return true
			}
			k = toks[k].Head - 1
		}
		return false
	}
	for v := root + 1; v < len(toks); v++ {
		t := toks[v]
		if t.XPOS != "VBD" && t.XPOS != "VBZ" && t.XPOS != "VBP" {
			continue
		}
		if t.Deprel != "acl" && t.Deprel != "acl:relcl" || hasSubj(v) || !under(v, root) || toks[v-1].Form != "," {
			continue
		}
		toks[v].Head, toks[v].Deprel = 0, "root"
		toks[root].Head, toks[root].Deprel = v+1, "nsubj"
		// the final punctuation and the verb's own comma go to the verb
		for k := range toks {
			if toks[k].Deprel == "punct" && toks[k].Head == root+1 && k > v {
				toks[k].Head = v + 1
			}
		}
		return
	}
}
