package text

import "strings"

// Reporting clauses ("..., a senior official said on Saturday.") close a
// large share of news sentences but are rare in the web text of EWT, and
// the parser sometimes hangs the reporting verb under a verb of the
// reported clause. UD attaches such a trailing reporting clause to the
// root of the reported clause as parataxis; repairReporting enforces that
// when the pattern is unambiguous: a finite reporting verb after a comma,
// with no other verb between the comma and it (hung elsewhere, or from the
// root as another relation such as advcl).

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
		if !reportingLemmas[t.Lemma] || (t.XPOS != "VBD" && t.XPOS != "VBZ" && t.XPOS != "VBP") || t.Head == root+1 && t.Deprel == "parataxis" {
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
		if under(toks, root, v) {
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
	for v := root + 1; v < len(toks); v++ {
		t := toks[v]
		if t.XPOS != "VBD" && t.XPOS != "VBZ" && t.XPOS != "VBP" {
			continue
		}
		if t.Deprel != "acl" && t.Deprel != "acl:relcl" || hasSubj(v) || !under(toks, v, root) || toks[v-1].Form != "," {
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

// repairDoubleSubject gives a verb one subject where the parser gave it
// two that stand side by side as one nominal ("the news agency WFNA
// said", "the Kremlin spokesman said" with both words subjects): a name
// after a common noun becomes its apposition, as EWT annotates "his
// mother Ismat"; otherwise the first word becomes a compound of the
// second. Of a subject before the verb and one after it, the second
// becomes the object when the verb has none; of two before it, a first
// one with a prepositional phrase and a comma after it is a preposed
// phrase ("Hours before the talks, the FBI launched ..."). Other pairs (a
// coordination the parser missed) are left alone.
func repairDoubleSubject(toks []Token) {
	isSubj := func(i int) bool { return toks[i].Deprel == "nsubj" || toks[i].Deprel == "nsubj:pass" }
	for j := 1; j < len(toks); j++ {
		if !isSubj(j) {
			continue
		}
		h := toks[j].Head
		// the nearest earlier word with the same head and relation
		i := -1
		for k := j - 1; k >= 0; k-- {
			if toks[k].Head == h && isSubj(k) {
				i = k
				break
			}
		}
		if i < 0 {
			continue
		}
		// side by side: every word between them lies under the first
		adjacent := true
		for k := i + 1; k < j && adjacent; k++ {
			if toks[k].UPOS == "PUNCT" || toks[k].UPOS == "CCONJ" || !under(toks, k, i) {
				adjacent = false
			}
		}
		if !adjacent {
			switch {
			case i < h-1 && j > h-1:
				// one before the verb and one after it: the second is
				// the object ("He warned the United States against ...")
				if !hasDep(toks, h, "obj") && nominal(toks[j].UPOS) {
					toks[j].Deprel = "obj"
				}
			case j < h-1 && preposed(toks, i, j):
				// "Hours before Qaani's comments, the FBI launched ...":
				// the first is a preposed phrase of time or place
				toks[i].Deprel = "obl:unmarked"
			}
			continue
		}
		if !nominal(toks[i].UPOS) || !nominal(toks[j].UPOS) {
			continue
		}
		if toks[i].UPOS == "NOUN" && toks[j].UPOS == "PROPN" {
			toks[j].Head, toks[j].Deprel = i+1, "appos"
			continue
		}
		// the first word's dependents go with it
		toks[i].Head, toks[i].Deprel = j+1, "compound"
	}
}

func nominal(upos string) bool { return upos == "NOUN" || upos == "PROPN" }

// preposed reports whether subject i, before subject j, is a phrase set
// off before the clause: a noun with a prepositional phrase of its own,
// followed by a comma, with only j's own words between that comma and j.
func preposed(toks []Token, i, j int) bool {
	if toks[i].UPOS != "NOUN" {
		return false
	}
	comma, prep := -1, false
	for k := i + 1; k < j; k++ {
		switch {
		case under(toks, k, i):
			if toks[k].UPOS == "ADP" && toks[toks[k].Head-1].Head == i+1 {
				prep = true
			}
			if toks[k].Form == "," {
				comma = k
			}
		case toks[k].Form == "," && comma < 0:
			comma = k
		case !under(toks, k, j):
			return false
		}
	}
	if !prep || comma < 0 {
		return false
	}
	for k := comma + 1; k < j; k++ {
		if !under(toks, k, j) {
			return false
		}
	}
	return true
}

// hasDep reports whether word h (1-based) has a dependent with relation rel.
func hasDep(toks []Token, h int, rel string) bool {
	for _, t := range toks {
		if t.Head == h && t.Deprel == rel {
			return true
		}
	}
	return false
}

// under reports whether word k lies in the subtree of word top.
func under(toks []Token, k, top int) bool {
	for steps := 0; k >= 0 && steps <= len(toks); steps++ {
		if k == top {
			return true
		}
		k = toks[k].Head - 1
	}
	return false
}
