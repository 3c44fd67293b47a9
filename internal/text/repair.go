package text

import (
	"strings"
	"unicode"
)

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
	root := rootOf(toks)
	if root < 0 {
		return
	}
	for v := root + 1; v < len(toks); v++ {
		t := toks[v]
		if !reportingLemmas[t.Lemma] || !finiteVerb(t.XPOS) || t.Head == root+1 && t.Deprel == "parataxis" {
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

// repairMedialReporting reads a reporting clause set off by commas between
// a subject and its verb ("Israel, a senior official said on Saturday,
// attacked Gaza"; "Russia, officials said, launched a massive attack on
// Kyiv"), which wire copy writes often and EWT's web text rarely: the
// parser roots such a sentence in the reporting verb, with the noun phrase
// before the first comma a second subject of it (or a vocative) and the
// verb after the second comma its conjunct or complement with no subject
// of its own. That verb becomes the root, the noun phrase its subject and
// the reporting verb its parataxis, as UD annotates a reporting clause.
func repairMedialReporting(toks []Token) {
	r := rootOf(toks)
	if r < 3 || !reportingLemmas[toks[r].Lemma] || !finiteVerb(toks[r].XPOS) {
		return
	}
	c1 := -1
	for k := 1; k < r; k++ {
		if toks[k].Form == "," {
			c1 = k
			break
		}
	}
	if c1 < 1 || !hasSubjectBetween(toks, r, c1) {
		return
	}
	// the subject before the first comma: a noun phrase from the start
	// hung from the reporting verb
	x := -1
	for k := 0; k < c1; k++ {
		if toks[k].Head == r+1 && nominal(toks[k].UPOS) {
			x = k
			break
		}
	}
	if x < 0 || !spanUnder(toks, 0, c1, x) {
		return
	}
	switch toks[x].Deprel {
	case "nsubj", "vocative", "dep", "appos", "obl", "nmod", "obj":
	default:
		return
	}
	c2 := -1
	for k := r + 1; k < len(toks); k++ {
		if toks[k].Form == "," {
			c2 = k
			break
		}
		if u := toks[k].UPOS; u == "VERB" || u == "AUX" || u == "SCONJ" || u == "CCONJ" {
			return
		}
	}
	if c2 < 0 || c2+1 >= len(toks) {
		return
	}
	v := c2 + 1
	for v < len(toks) && toks[v].UPOS == "ADV" {
		v++
	}
	if v >= len(toks) || !finiteVerb(toks[v].XPOS) || toks[v].Head != r+1 || hasSubject(toks, v) {
		return
	}
	switch toks[v].Deprel {
	case "conj", "ccomp", "parataxis", "advcl", "xcomp":
	default:
		return
	}
	promoteRoot(toks, r, v)
	toks[r].Head, toks[r].Deprel = v+1, "parataxis"
	toks[x].Head, toks[x].Deprel = v+1, "nsubj"
	toks[c1].Head, toks[c1].Deprel = r+1, "punct"
	toks[c2].Head, toks[c2].Deprel = r+1, "punct"
}

// promoteRoot makes word v the root in place of word old, which keeps
// its dependents before v; those after v go to v.
func promoteRoot(toks []Token, old, v int) {
	for k := range toks {
		if toks[k].Head == old+1 && k > v {
			toks[k].Head = v + 1
		}
	}
	toks[v].Head, toks[v].Deprel = 0, "root"
}

// repairReportedClause keeps together a report that ends in its reporting
// clause ("A court has jailed a student for helping militants, his lawyer
// said"): EWT roots such sentences in the reporting verb with the report
// its ccomp, and the parser hangs some of the report's own words from the
// reporting verb ("for helping ..." from "said"), which leaves the coder a
// verb with no clause around it. The reporting verb's dependents before
// the comma that opens its clause go to the report.
func repairReportedClause(toks []Token) {
	r := rootOf(toks)
	if r < 2 || !reportingLemmas[toks[r].Lemma] || !finiteVerb(toks[r].XPOS) {
		return
	}
	// the comma that opens the reporting clause, with only its subject
	// (and adverbs) between it and the verb
	k := -1
	for j := r - 1; j >= 0; j-- {
		if toks[j].Form == "," {
			k = j
			break
		}
		if !under(toks, j, r) || toks[j].Head == r+1 && toks[j].Deprel != "advmod" && toks[j].Deprel != "punct" && !strings.HasPrefix(toks[j].Deprel, "nsubj") {
			return
		}
	}
	if k < 1 || !hasSubjectBetween(toks, r, k) {
		return
	}
	c := -1
	for j := 0; j < k; j++ {
		if toks[j].Head == r+1 && toks[j].Deprel == "ccomp" {
			c = j
			break
		}
	}
	if c < 0 {
		return
	}
	for j := 0; j < k; j++ {
		if toks[j].Head == r+1 && j != c && toks[j].Deprel != "punct" {
			toks[j].Head = c + 1
		}
	}
}

// repairOfComplement hangs the "of" phrase of a verb such as "accuse" from
// the verb when the parser hung it from the verb's object, a name: "accused
// the United States of war crimes" (no "United States of war crimes"). A
// name seldom takes an "of" phrase that is not part of it, and those that
// do are names too ("the Bank of England").
func repairOfComplement(toks []Token) {
	for n := range toks {
		if toks[n].Deprel != "nmod" || toks[n].UPOS != "NOUN" {
			continue
		}
		o := toks[n].Head - 1
		if o < 0 || toks[o].UPOS != "PROPN" || toks[o].Deprel != "obj" {
			continue
		}
		v := toks[o].Head - 1
		if v < 0 || !ofComplementVerbs[toks[v].Lemma] {
			continue
		}
		of := false
		for _, t := range toks {
			of = of || t.Head == n+1 && t.Deprel == "case" && strings.EqualFold(t.Form, "of")
		}
		if of {
			toks[n].Head, toks[n].Deprel = v+1, "obl"
		}
	}
	// "accused the army of bombing civilians" with "bombing" a compound
	// (or an adjective) of "civilians" and the phrase hung from "army":
	// the gerund is a clause of the verb, with its object
	for f := range toks {
		if !strings.EqualFold(toks[f].Form, "of") || toks[f].Deprel != "case" || f+2 >= len(toks) {
			continue
		}
		g, n := f+1, toks[f].Head-1
		if n <= g || toks[g].Head != n+1 || toks[g].Deprel != "compound" && toks[g].Deprel != "amod" || !strings.HasSuffix(strings.ToLower(toks[g].Form), "ing") || toks[n].Deprel != "nmod" {
			continue
		}
		// the phrase hangs from the verb's object, or from a passive's
		// agent ("accused by Ukraine of deporting children")
		o := toks[n].Head - 1
		if o < 0 || o >= f || toks[o].Deprel != "obj" && toks[o].Deprel != "obl:agent" || toks[o].UPOS != "NOUN" && toks[o].UPOS != "PROPN" {
			continue
		}
		v := toks[o].Head - 1
		if v < 0 || !ofComplementVerbs[toks[v].Lemma] {
			continue
		}
		toks[g].Head, toks[g].Deprel, toks[g].UPOS, toks[g].XPOS = v+1, "advcl", "VERB", "VBG"
		toks[f].Head, toks[f].Deprel, toks[f].UPOS = g+1, "mark", "SCONJ"
		toks[n].Head, toks[n].Deprel = g+1, "obj"
	}
}

// ofComplementVerbs take an object and an "of" phrase of their own.
var ofComplementVerbs = map[string]bool{
	"accuse": true, "convict": true, "suspect": true, "acquit": true, "clear": true, "absolve": true,
	"warn": true, "remind": true, "inform": true, "notify": true, "assure": true, "convince": true,
	"rob": true, "deprive": true, "strip": true, "rid": true, "relieve": true, "free": true,
}

// repairStrayAdjective hangs an adjective that the parser made an amod of
// a verb (which UD never has) from the noun it stands before: "Chinese
// President Xi Jinping met ..." with "Chinese" under "met" loses the
// president's country.
func repairStrayAdjective(toks []Token) {
	for i := range toks {
		if toks[i].Deprel != "amod" || toks[i].Head < 1 || toks[toks[i].Head-1].UPOS != "VERB" {
			continue
		}
		for k := i + 1; k < len(toks); k++ {
			if u := toks[k].UPOS; u == "NOUN" || u == "PROPN" {
				if !under(toks, k, i) {
					toks[i].Head = k + 1
				}
				break
			}
			if u := toks[k].UPOS; u != "ADJ" && u != "ADV" && u != "PUNCT" {
				break
			}
		}
	}
}

// rootOf returns the index of the first word hung from the root, or -1.
func rootOf(toks []Token) int {
	for i, t := range toks {
		if t.Head == 0 {
			return i
		}
	}
	return -1
}

// hasSubjectBetween reports whether verb v has a subject after word k.
func hasSubjectBetween(toks []Token, v, k int) bool {
	for j := k + 1; j < v; j++ {
		if toks[j].Head == v+1 && strings.HasPrefix(toks[j].Deprel, "nsubj") {
			return true
		}
	}
	return false
}

// repairNounRoot re-roots a sentence the parser hung from a noun when a
// finite verb without a subject of its own hangs from that noun or below
// it ("Russia, which denies the charge, attacked Ukraine" parsed with
// Russia as the root and "attacked" as a clause modifying "charge"): the
// verb becomes the root and the noun its subject.
func repairNounRoot(toks []Token) {
	root := rootOf(toks)
	if root < 0 {
		return
	}
	switch toks[root].UPOS {
	case "NOUN", "PROPN", "PRON":
	default:
		return
	}
	for v := 0; v < root; v++ {
		// a finite verb with a subject of its own, hung as a modifier
		// of the noun after it ("Chinese warships conducted exercises
		// near Taiwan", rooted in "exercises"): the verb and its object
		if t := toks[v]; finiteVerb(t.XPOS) && t.Deprel == "amod" && t.Head == root+1 && hasSubject(toks, v) {
			reroot(toks, root, v, "obj")
			return
		}
	}
	for v := root + 1; v < len(toks); v++ {
		t := toks[v]
		if !finiteVerb(t.XPOS) {
			continue
		}
		if t.Deprel == "conj" && toks[v-1].Form == "," && !hasDep(toks, v+1, "cc") && !hasSubject(toks, v) {
			// the sentence's verb taken for a second verb of the
			// relative clause before it ("Germany's chancellor, who
			// visited Kyiv last week, pledged more aid": no "and")
			if h := t.Head - 1; h >= 0 && toks[h].Deprel == "acl:relcl" && toks[h].Head == root+1 {
				reroot(toks, root, v, "nsubj")
				return
			}
		}
		if t.Deprel != "acl" && t.Deprel != "acl:relcl" || hasSubject(toks, v) || !under(toks, v, root) {
			continue
		}
		// after a comma ("Russia, which denies the charge, attacked"), or
		// hung from the root noun itself, or from a conjunct of it, with
		// no relative word of its own ("Some consumers who sought help
		// reported long waits", "Colombia's government and the ELN rebels
		// agreed to a ceasefire")
		h := t.Head - 1
		fromRoot := h == root || toks[h].Deprel == "conj" && toks[h].Head == root+1
		if toks[v-1].Form != "," && (!fromRoot || hasRelativeWord(toks, v)) {
			continue
		}
		reroot(toks, root, v, "nsubj")
		return
	}
}

// reroot makes word v the root and the old root its dependent with
// relation rel; the punctuation after v that hung from the old root (the
// final period) goes to v.
func reroot(toks []Token, root, v int, rel string) {
	toks[v].Head, toks[v].Deprel = 0, "root"
	toks[root].Head, toks[root].Deprel = v+1, rel
	for k := v + 1; k < len(toks); k++ {
		if toks[k].Deprel == "punct" && toks[k].Head == root+1 {
			toks[k].Head = v + 1
		}
	}
}

// repairPrepositionRoot re-roots a sentence the parser rooted in the noun
// of a sentence-opening prepositional phrase ("In that case you pay only
// $12.99", "In my opinion, the Crystal is the best looking" rooted in
// "case" and "opinion", the clause hung from it): the head of a finite
// clause with a subject of its own, hung from that noun after it, becomes
// the root and the phrase its oblique.
func repairPrepositionRoot(toks []Token) {
	if len(toks) < 4 || toks[0].Deprel != "case" {
		return
	}
	root := toks[0].Head - 1
	if root < 0 || toks[root].Head != 0 || !nominal(toks[root].UPOS) {
		return
	}
	for v := root + 1; v < len(toks); v++ {
		t := toks[v]
		if t.Head != root+1 || !finiteClause(toks, v) || !hasSubject(toks, v) || hasRelativeWord(toks, v) {
			continue
		}
		reroot(toks, root, v, "obl")
		return
	}
}

// hasRelativeWord reports whether word v (0-based) has a relative or
// wh-word, or a "that" with no comma before it, among its dependents ("In
// the short term, that seems plausible": that "that" is a subject).
func hasRelativeWord(toks []Token, v int) bool {
	for k, t := range toks {
		if t.Head != v+1 {
			continue
		}
		if strings.HasPrefix(t.XPOS, "W") || strings.EqualFold(t.Form, "that") && (k == 0 || toks[k-1].Form != ",") {
			return true
		}
	}
	return false
}

// finiteClause reports whether word v (0-based) heads a finite clause: a
// finite verb, or a predicate with a finite auxiliary or copula ("the
// Crystal is the best looking").
func finiteClause(toks []Token, v int) bool {
	if finiteTag(toks[v].XPOS) {
		return true
	}
	for _, t := range toks {
		if t.Head == v+1 && (t.Deprel == "cop" || strings.HasPrefix(t.Deprel, "aux")) && finiteTag(t.XPOS) {
			return true
		}
	}
	return false
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
			case j < h-1:
				// "The US, Russia, and Switzerland met": the last of a
				// list the parser gave the verb as a second subject, with
				// the conjunction, is a conjunct of the first
				joinConjunct(toks, i, j)
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

// joinConjunct makes subject j a conjunct of subject i when a
// coordinating conjunction (hung from either or from their verb) stands
// right before j's phrase and the words between i's phrase and it are a
// comma at most; the conjunction and the comma go to j.
func joinConjunct(toks []Token, i, j int) {
	// the conjunction: the first word before j's own words
	c := -1
	for k := j - 1; k > i; k-- {
		if toks[k].UPOS == "CCONJ" {
			c = k
			break
		}
		if !under(toks, k, j) {
			return
		}
	}
	if c < 0 || toks[c].Head != toks[j].Head && toks[c].Head != j+1 && toks[c].Head != i+1 {
		return
	}
	// between i's words and the conjunction, commas at most
	end := i
	for k := i + 1; k < c; k++ {
		if under(toks, k, i) && toks[k].Form != "," {
			end = k
		}
	}
	for k := end + 1; k < c; k++ {
		if toks[k].Form != "," {
			return
		}
	}
	toks[j].Head, toks[j].Deprel = i+1, "conj"
	toks[c].Head, toks[c].Deprel = j+1, "cc"
	for k := c - 1; k > i && toks[k].Form == ","; k-- {
		// the comma before the conjunction (UD hangs it from the
		// conjunct after it), whichever word the parser gave it to
		toks[k].Head, toks[k].Deprel = j+1, "punct"
	}
}

// repairSubordinateSubject gives a subordinate clause back the subject
// the parser took for a prepositional phrase: "came as the leader
// prepared to leave" parsed with "as the leader" an oblique of "came"
// and "prepared" a clause of its own with no subject. When a finite verb
// without a subject follows a nominal that hangs from the same word, opens
// with a word that can introduce a clause ("as", "after", "before",
// "since", "until") and ends right before the verb, the nominal becomes
// the verb's subject, that word the clause's marker and the clause an
// adverbial clause.
func repairSubordinateSubject(toks []Token) {
	for v := 2; v < len(toks); v++ {
		t := toks[v]
		if !finiteVerb(t.XPOS) || hasSubject(toks, v) {
			continue
		}
		// a clause of the word the nominal hangs from; a conjunct only
		// with no conjunction of its own ("withdrew after the army
		// shelled" parsed with "shelled" a conjunct of "withdrew")
		if !clauseRel[t.Deprel] && !(t.Deprel == "conj" && !hasDep(toks, v+1, "cc")) {
			continue
		}
		// the nominal whose phrase ends right before the verb
		n := v - 1
		for n >= 0 && toks[n].Head != t.Head {
			n = toks[n].Head - 1
			if n >= v {
				n = -1
			}
		}
		if n < 0 || !nominal(toks[n].UPOS) && toks[n].UPOS != "PRON" {
			continue
		}
		c := firstUnder(toks, n)
		if toks[c].Head != n+1 || toks[c].Deprel != "case" || !clauseOpener[strings.ToLower(toks[c].Form)] || !spanUnder(toks, c, v, n) {
			continue
		}
		toks[n].Head, toks[n].Deprel = v+1, "nsubj"
		toks[v].Deprel = "advcl"
		toks[c].Head, toks[c].Deprel, toks[c].UPOS = v+1, "mark", "SCONJ"
	}
}

// repairComplementClause gives a verb of saying or thinking back the
// clause it governs when the parser took the clause's subject for the
// verb's object and hung the clause's finite verb from that noun
// ("Officials said such a move enjoyed support" with "move" the object
// (or, wrongly, the ccomp) of "said" and "enjoyed" its acl): a finite
// verb, with no subject of its own, that modifies the noun right before
// it becomes the complement (ccomp) of the reporting verb and the noun
// its subject.
func repairComplementClause(toks []Token) {
	for v := 1; v < len(toks); v++ {
		t := toks[v]
		if !finiteVerb(t.XPOS) || t.Deprel != "acl" || hasSubject(toks, v) {
			continue
		}
		n := t.Head - 1
		if n < 0 || n >= v || toks[n].Deprel != "obj" && toks[n].Deprel != "ccomp" || !nominal(toks[n].UPOS) {
			continue
		}
		r := toks[n].Head - 1
		if !spanUnder(toks, n+1, v, n) || r < 0 || r > n || !reportingLemmas[toks[r].Lemma] && !thinkingLemmas[toks[r].Lemma] {
			continue
		}
		toks[v].Head, toks[v].Deprel = r+1, "ccomp"
		toks[n].Head, toks[n].Deprel = v+1, "nsubj"
	}
}

// repairObjectSubject gives a finite complement clause back its subject
// when the parser took that subject for the object of the verb before it:
// "Kenya hoped Somalia would arrest the rebels" parsed with "Somalia" the
// object of "hoped" and "would arrest" a ccomp with no subject (the coder
// then makes Kenya the one arresting). A clause whose first word is a
// modal or a finite auxiliary has a subject; when it has none of its own,
// and the verb's object ends right before that auxiliary, the object is
// it. An object pronoun ("told them would ...") is left alone.
func repairObjectSubject(toks []Token) {
	for c := range toks {
		if toks[c].Deprel != "ccomp" || hasSubject(toks, c) {
			continue
		}
		v := toks[c].Head - 1
		a := firstUnder(toks, c)
		if v < 0 || v >= a || a >= c || toks[a].Head != c+1 || !strings.HasPrefix(toks[a].Deprel, "aux") || !finiteTag(toks[a].XPOS) {
			continue
		}
		o := -1
		for k := v + 1; k < a; k++ {
			if toks[k].Head == v+1 && toks[k].Deprel == "obj" {
				o = k
			}
		}
		if o < 0 || !nominal(toks[o].UPOS) && toks[o].UPOS != "PRON" || objectPronouns[strings.ToLower(toks[o].Form)] || !spanUnder(toks, o, a, o) || firstUnder(toks, o) <= v {
			continue
		}
		rel := "nsubj"
		if hasDep(toks, c+1, "aux:pass") {
			rel = "nsubj:pass"
		}
		toks[o].Head, toks[o].Deprel = c+1, rel
	}
}

// objectPronouns are the pronouns that cannot be a subject.
var objectPronouns = map[string]bool{"me": true, "him": true, "us": true, "them": true, "whom": true}

// repairOpeningSubject gives a finite clause with no subject the noun
// phrase that the parser made a conjunct of its opening phrase: "On
// October 18, more than 300 Indians were deported" parsed with "Indians" a
// conjunct of "18" (with no conjunction) and "deported" left without a
// subject. A conjunct with no coordinating word of its own, set off by a
// comma, whose phrase ends right before the verb (or its auxiliaries), is
// the subject.
func repairOpeningSubject(toks []Token) {
	for v := range toks {
		if toks[v].UPOS != "VERB" && toks[v].UPOS != "AUX" || hasSubject(toks, v) || !finiteClause(toks, v) {
			continue
		}
		for o := 0; o < v; o++ {
			if toks[o].Head != v+1 || !strings.HasPrefix(toks[o].Deprel, "obl") {
				continue
			}
			c := -1
			for k := o + 1; k < v; k++ {
				if toks[k].Head == o+1 && toks[k].Deprel == "conj" {
					c = k
				}
			}
			if c < 0 || !nominal(toks[c].UPOS) && toks[c].UPOS != "PRON" || hasDep(toks, c+1, "cc") {
				continue
			}
			first := firstUnder(toks, c)
			if first == 0 || toks[first].Form != "," && toks[first-1].Form != "," {
				continue
			}
			end := c
			for k := c + 1; k < v && under(toks, k, c); k++ {
				end = k
			}
			ok := true
			for k := end + 1; k < v; k++ {
				if toks[k].Head != v+1 || !strings.HasPrefix(toks[k].Deprel, "aux") && toks[k].Deprel != "cop" && toks[k].Deprel != "advmod" {
					ok = false
				}
			}
			if !ok {
				continue
			}
			rel := "nsubj"
			if hasDep(toks, v+1, "aux:pass") {
				rel = "nsubj:pass"
			}
			toks[c].Head, toks[c].Deprel = v+1, rel
			break
		}
	}
}

// repairAccordingTo hangs an "according to" phrase from the clause it
// attributes when the parser hung it inside a noun phrase ("conducted
// investigations on people exposed to the patients, according to the
// Times" with "Times" under "patients", or under "exposed"): the coder
// would take the source of the report for part of the target. The phrase
// goes to the nearest verb above it that heads a clause of its own (not a
// relative clause or a participle modifying a noun), as an oblique.
func repairAccordingTo(toks []Token) {
	for a := range toks {
		if toks[a].Deprel != "case" || !strings.EqualFold(toks[a].Form, "according") {
			continue
		}
		x := toks[a].Head - 1
		if x < 0 || x >= len(toks) {
			continue
		}
		h := toks[x].Head - 1
		if h < 0 {
			continue
		}
		v := h
		for steps := 0; v >= 0 && steps < len(toks); steps++ {
			if toks[v].UPOS == "VERB" && !strings.HasPrefix(toks[v].Deprel, "acl") {
				break
			}
			v = toks[v].Head - 1
		}
		if v < 0 || v == h || under(toks, v, x) {
			continue
		}
		toks[x].Head, toks[x].Deprel = v+1, "obl"
	}
}

// repairClauseCoordination gives a conjunction that opens a coordinated
// clause back to that clause: "China remained mum and Russia's UN
// ambassador said ..." parsed with "and" under "ambassador" (a noun that is
// no conjunct) and "said" an adverbial clause of "remained". A "cc" that
// is the first word of a subject's phrase, when the subject is no conjunct
// itself, goes to the subject's verb, and that verb, hung from another
// verb as a clause with no marker of its own, becomes its conjunct.
func repairClauseCoordination(toks []Token) {
	for c := range toks {
		if toks[c].Deprel != "cc" {
			continue
		}
		// the subject whose phrase the conjunction sits in
		n := toks[c].Head - 1
		for steps := 0; n > c && !strings.HasPrefix(toks[n].Deprel, "nsubj") && steps < len(toks); steps++ {
			n = toks[n].Head - 1
		}
		if n <= c || !strings.HasPrefix(toks[n].Deprel, "nsubj") {
			continue
		}
		v := toks[n].Head - 1
		if firstUnder(toks, n) != c || v < 0 || toks[v].UPOS != "VERB" || !clauseRel[toks[v].Deprel] || hasDep(toks, v+1, "mark") {
			continue
		}
		if h := toks[v].Head - 1; h < 0 || h > c || toks[h].UPOS != "VERB" && toks[h].UPOS != "AUX" {
			continue
		}
		toks[c].Head = v + 1
		toks[v].Deprel = "conj"
	}
}

// clauseRel holds the relations the parser gives such a clause.
var clauseRel = map[string]bool{"advcl": true, "parataxis": true, "dep": true}

// clauseOpener holds the prepositions that also introduce clauses.
var clauseOpener = map[string]bool{"as": true, "after": true, "before": true, "since": true, "until": true}

// hasSubject reports whether word v (0-based) has a subject.
func hasSubject(toks []Token, v int) bool {
	for _, t := range toks {
		if t.Head == v+1 && (strings.HasPrefix(t.Deprel, "nsubj") || strings.HasPrefix(t.Deprel, "csubj") || t.Deprel == "expl") {
			return true
		}
	}
	return false
}

func nominal(upos string) bool { return upos == "NOUN" || upos == "PROPN" }

// finiteVerb reports a Penn tag of a finite verb form; finiteTag also
// counts a modal.
func finiteVerb(xpos string) bool { return xpos == "VBD" || xpos == "VBZ" || xpos == "VBP" }

func finiteTag(xpos string) bool { return finiteVerb(xpos) || xpos == "MD" }

// spanUnder reports whether every word from a to b (exclusive) lies under
// word top.
func spanUnder(toks []Token, a, b, top int) bool {
	for k := a; k < b; k++ {
		if !under(toks, k, top) {
			return false
		}
	}
	return true
}

// firstUnder returns the first word of top's subtree.
func firstUnder(toks []Token, top int) int {
	for k := 0; k < top; k++ {
		if under(toks, k, top) {
			return k
		}
	}
	return top
}

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
	return spanUnder(toks, comma+1, j, j)
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

// repairReducedRelative reads a subject modified by a participle as the
// subject of the finite verb after it: "The men arrested in the raid were
// released by the court" parsed with "arrested" an adverbial clause of
// "released" that has "the men" as its subject, and "released" left with
// no subject. A participle with no auxiliary, marker or copula of its own
// cannot head a clause with a subject before it; when the verb it hangs
// from, after it, is finite and has no subject, the noun is that verb's
// subject and the participle a clause modifying the noun (acl), as UD
// annotates reduced relatives.
func repairReducedRelative(toks []Token) {
	for v, t := range toks {
		h := t.Head - 1
		if t.XPOS != "VBN" || t.Deprel != "advcl" || h <= v || !finiteClause(toks, h) {
			continue
		}
		n, ok := participleSubject(toks, v)
		if n < 0 || !ok || !nominal(toks[n].UPOS) || hasSubject(toks, h) || hasDep(toks, h+1, "mark") {
			continue
		}
		// the finite verb, no clause's own ("... claim that X exceeded"),
		// is the next verb after the participle's words
		// ("The authors of the research published in X argued that ...
		// concern": not "concern")
		for k := v + 1; k < h && ok; k++ {
			if u := toks[k].UPOS; (u == "VERB" || u == "AUX") && !under(toks, k, v) && toks[k].Head != h+1 {
				ok = false
			}
		}
		// and the noun starts its phrase: in "an entity Neumann
		// controlled sold ..." the clause with its subject modifies the
		// noun before it
		first := firstUnder(toks, n)
		for k := first; k < n; k++ {
			if name := toks[n].Form; name != "" && name[:1] != strings.ToLower(name[:1]) && toks[k].UPOS == "NOUN" && toks[k].Form == strings.ToLower(toks[k].Form) {
				ok = false // "an entity Neumann controlled", one phrase
			}
		}
		if first > 0 {
			if u := toks[first-1].UPOS; nominal(u) || u == "PRON" {
				ok = false
			}
		}
		if !ok {
			continue
		}
		toks[n].Head = h + 1
		toks[n].Deprel = "nsubj"
		if hasDep(toks, h+1, "aux:pass") {
			toks[n].Deprel = "nsubj:pass"
		}
		toks[v].Head = n + 1
		toks[v].Deprel = "acl"
	}
}

// participleSubject returns the subject the parser gave participle v
// before it (-1: none), and whether the participle has no dependent that
// makes it a clause of its own (an auxiliary, a marker, a copula, an
// expletive) or an active verb with an object ("China improved its
// detection, writes the AP"): only such a participle can be a reduced
// relative.
func participleSubject(toks []Token, v int) (n int, ok bool) {
	n, ok = -1, true
	for k, d := range toks {
		if d.Head != v+1 {
			continue
		}
		rel := d.Deprel
		switch {
		case strings.HasPrefix(rel, "nsubj") && k < v:
			n = k
		case strings.HasPrefix(rel, "aux") || rel == "mark" || rel == "cop" || strings.HasPrefix(rel, "expl"),
			rel == "obj" || rel == "iobj" || rel == "ccomp":
			ok = false
		}
	}
	return n, ok
}

// repairRootParticiple reads the same reduced relative when the parser
// made the participle the root and the finite verb its conjunct with no
// conjunction between them: "Somali forces backed by US airstrikes
// recaptured the town" parsed with "backed" the root and "recaptured" a
// second predicate of the forces. The finite verb becomes the root with
// the noun its subject, and the participle a clause modifying the noun;
// what followed the finite verb under the participle (the final period)
// goes with it.
func repairRootParticiple(toks []Token) {
	for v, t := range toks {
		if t.XPOS != "VBN" || t.Head != 0 {
			continue
		}
		n, ok := participleSubject(toks, v)
		h := -1
		for k, d := range toks {
			if d.Head == v+1 && d.Deprel == "conj" && k > v && finiteVerb(d.XPOS) {
				h = k
				break
			}
		}
		if !ok || n < 0 || h < 0 || !nominal(toks[n].UPOS) || hasSubject(toks, h) || hasDep(toks, h+1, "cc") || hasDep(toks, h+1, "mark") {
			continue
		}
		promoteRoot(toks, v, h)
		toks[n].Head, toks[n].Deprel = h+1, "nsubj"
		if hasDep(toks, h+1, "aux:pass") {
			toks[n].Deprel = "nsubj:pass"
		}
		toks[v].Head, toks[v].Deprel = n+1, "acl"
		return
	}
}

// repairHyphenName joins the two pieces of a hyphenated name that the
// tokenizer split, as EWT splits them, and the parser hung side by side
// from one head ("from al-Shabaab" with "al" and "Shabaab" two modifiers
// of the noun before them): the first piece is a compound of the second,
// which takes the first's place and its dependents ("from").
func repairHyphenName(toks []Token) {
	for i := 0; i+2 < len(toks); i++ {
		a, hy, b := &toks[i], &toks[i+1], &toks[i+2]
		if hy.XPOS != "HYPH" || a.SpaceAfter || hy.SpaceAfter || !nominal(a.UPOS) || !nominal(b.UPOS) || a.Head != b.Head || a.Head == 0 ||
			a.Deprel == "flat" || b.Deprel == "flat" {
			// (the pieces of a name whose head comes before them stay
			// flat: "Muqtada al-Sadr")
			continue
		}
		for k := range toks {
			if toks[k].Head == i+1 && k != i+1 {
				toks[k].Head = i + 3
			}
		}
		b.Deprel = a.Deprel
		a.Head, a.Deprel = i+3, "compound"
		hy.Head, hy.Deprel = i+3, "punct"
	}
}

// repairParticipleConjunct reads a past form between a subject and a
// second finite verb joined to it with no conjunction as a participle
// modifying the subject: "A report released Tuesday in Kigali alleged
// that ..." parsed with "released" the root and "alleged" its conjunct.
// Two verbs of one subject are joined by "and" or a comma; without
// either, and with no object of its own, the first is a reduced relative
// clause (acl of the noun, as UD annotates it) and the second the verb of
// the clause. Only a regular past form ("-ed"), which is also the
// participle, is read so.
func repairParticipleConjunct(toks []Token) {
	for c, t := range toks {
		v := t.Head - 1
		if t.Deprel != "conj" || v < 0 || v >= c || !finiteVerb(t.XPOS) || !finiteVerb(toks[v].XPOS) ||
			toks[v].XPOS != "VBD" || !strings.HasSuffix(strings.ToLower(toks[v].Form), "ed") || hasSubject(toks, c) {
			continue
		}
		n, ok := -1, true
		for k, d := range toks {
			switch {
			case d.Head == v+1 && strings.HasPrefix(d.Deprel, "nsubj") && k < v:
				n = k
			case d.Head == v+1 && (d.Deprel == "obj" || d.Deprel == "iobj" || d.Deprel == "ccomp" || d.Deprel == "xcomp" || strings.HasPrefix(d.Deprel, "aux") || d.Deprel == "mark"),
				d.Head == c+1 && (d.Deprel == "cc" || d.Deprel == "mark"),
				k > v && k < c && (d.UPOS == "PUNCT" || d.UPOS == "CCONJ" || d.XPOS == "CC" || !under(toks, k, v)):
				// joined by a conjunction or a mark, or not adjacent:
				// every word between the two is the participle's own
				ok = false
			}
		}
		if !ok || n < 0 || toks[n].UPOS != "NOUN" {
			// (a name is seldom modified so: "Apple cancelled the
			// project first announced in 2017")
			continue
		}
		toks[c].Head, toks[c].Deprel = toks[v].Head, toks[v].Deprel
		toks[v].Head, toks[v].Deprel, toks[v].XPOS = n+1, "acl", "VBN"
		toks[n].Head = c + 1
		for k := range toks {
			if toks[k].Deprel == "punct" && toks[k].Head == v+1 && k > c {
				toks[k].Head = c + 1
			}
		}
		return
	}
}

// repairCompoundList undoes a compound made across a comma: "The US,
// Russia, and Switzerland met" parsed with "US" a compound of "Russia"
// (and "Russia" the subject, "Switzerland" its conjunct). UD compounds
// never span punctuation; when the would-be head has conjuncts of its own,
// the first word is the list's first conjunct: it takes the head's place
// and the head and the head's conjuncts become its conjuncts.
//
// So is a compound with a determiner of its own and a conjunct before its
// head: "The Congolese government and M23 rebels signed" parsed with
// "government" a compound of "rebels" (and "M23" its conjunct) is two noun
// phrases, "the Congolese government" and "M23 rebels" (in EWT train no
// compound with a determiner has a conjunct), when the head is plural or
// the conjunct a name.
func repairCompoundList(toks []Token) {
	for x := range toks {
		if toks[x].Deprel != "compound" || !nominal(toks[x].UPOS) {
			continue
		}
		y := toks[x].Head - 1
		if y > x && nominal(toks[y].UPOS) && splitCompoundPhrase(toks, x, y) {
			continue
		}
		if y <= x+1 || !nominal(toks[y].UPOS) || !hasDep(toks, y+1, "conj") {
			continue
		}
		comma := -1
		for k := x + 1; k < y; k++ {
			if toks[k].Form == "," {
				comma = k
			}
		}
		if comma < 0 {
			continue
		}
		toks[x].Head, toks[x].Deprel = toks[y].Head, toks[y].Deprel
		for k := range toks {
			if toks[k].Head == y+1 && toks[k].Deprel == "conj" && k != x {
				toks[k].Head = x + 1
			}
		}
		toks[y].Head, toks[y].Deprel = x+1, "conj"
		toks[comma].Head, toks[comma].Deprel = y+1, "punct"
	}
}

// repairModifierCoordination makes the second of two coordinated
// modifiers of one noun the first one's conjunct, as UD has them: in
// "Israeli and Hamas negotiators" parsed with "Hamas" a compound of
// "negotiators" beside "Israeli" (and "and" hung from either), "Hamas"
// is the conjunct of "Israeli" and "and" its cc. In EWT train, of the 223
// amod or compound modifiers followed by a cc and another modifier of the
// same noun, every one has the second modifier its conjunct.
func repairModifierCoordination(toks []Token) {
	mod := func(d string) bool { return d == "amod" || d == "compound" }
	for i := 0; i+2 < len(toks); i++ {
		m1, c, m2 := &toks[i], &toks[i+1], &toks[i+2]
		h := m1.Head
		if !mod(m1.Deprel) || h <= i+3 || c.Deprel != "cc" || (c.Head != h && c.Head != i+3) || !mod(m2.Deprel) || m2.Head != h || quantifyingAdjectives[strings.ToLower(m2.Form)] {
			continue
		}
		m2.Head, m2.Deprel = i+1, "conj"
		c.Head = i + 3
	}
}

// quantifyingAdjectives modify the noun of a list's last member, not
// the member before them: "Samarra and other cities".
var quantifyingAdjectives = map[string]bool{
	"other": true, "another": true, "such": true, "several": true, "many": true, "more": true,
	"most": true, "various": true, "similar": true, "numerous": true, "few": true,
}

// splitCompoundPhrase makes compound x of y, when x has a determiner and
// a conjunct c before y, the first of two noun phrases: x takes y's place,
// y becomes x's conjunct and c a compound of y (see repairCompoundList).
func splitCompoundPhrase(toks []Token, x, y int) bool {
	det, c := false, -1
	for k := 0; k < y; k++ {
		if toks[k].Head != x+1 {
			continue
		}
		switch {
		case toks[k].Deprel == "det" && k < x:
			det = true
		case toks[k].Deprel == "conj" && k > x && nominal(toks[k].UPOS):
			c = k
		}
	}
	// (a singular head after a lower-case conjunct is one thing both
	// describe: "a male and female cockatiel")
	if !det || c < 0 || !hasDep(toks, c+1, "cc") || !strings.HasPrefix(toks[y].XPOS, "NNS") && !strings.HasPrefix(toks[y].XPOS, "NNPS") && !upperFirst(toks[c].Form) {
		return false
	}
	toks[x].Head, toks[x].Deprel = toks[y].Head, toks[y].Deprel
	for k := 0; k < x; k++ {
		if toks[k].Head == y+1 {
			toks[k].Head = x + 1
		}
	}
	toks[y].Head, toks[y].Deprel = x+1, "conj"
	toks[c].Head, toks[c].Deprel = y+1, "compound"
	for k := x + 1; k < c; k++ {
		if toks[k].Head == c+1 && toks[k].Deprel == "cc" {
			toks[k].Head = y + 1
		}
	}
	return true
}

// repairPerfectParticiple makes "have" before a past participle its
// auxiliary when the parser read the participle as an adjective of the
// noun after it and "have" as the verb ("Police have laid siege to a
// university": "laid" an amod of "siege", the object of "have"). In EWT
// train 65 of 68 "have" + participle + noun sequences are perfect tenses;
// the participles of the other three ("have limited options", "fixed",
// "used") are left alone.
// The participle takes the place of "have", whose other dependents (its
// subject, obliques, punctuation) go with it; the noun is its object.
var adjectivalParticiples = map[string]bool{"limit": true, "fix": true, "use": true}

func repairPerfectParticiple(toks []Token) {
	for h := 0; h+2 < len(toks); h++ {
		if toks[h].Lemma != "have" || !finiteTag(toks[h].XPOS) {
			continue
		}
		p := h + 1
		for p < len(toks) && toks[p].XPOS == "RB" && toks[p].Head == h+1 {
			p++ // "have not", "have already"
		}
		if p+1 >= len(toks) || toks[p].XPOS != "VBN" || toks[p].Deprel != "amod" || adjectivalParticiples[toks[p].Lemma] {
			continue
		}
		n := toks[p].Head - 1
		if n <= p || toks[n].Head != h+1 || toks[n].Deprel != "obj" || !nominal(toks[n].UPOS) {
			continue
		}
		toks[p].Head, toks[p].Deprel = toks[h].Head, toks[h].Deprel
		for k := range toks {
			if toks[k].Head == h+1 && k != p {
				toks[k].Head = p + 1
			}
		}
		toks[h].Head, toks[h].Deprel = p+1, "aux"
		toks[n].Head, toks[n].Deprel = p+1, "obj"
	}
}

// repairExistentialParticiple reads "There were 10 soldiers killed in
// Ukraine" as EWT annotates it: the noun is the subject of "be" and the
// participle a clause modifying it (acl), the soldiers the ones killed.
// UDPipe's parses of news make the participle a past tense with the noun
// as its subject, hung from "be" (as csubj, ccomp ...): an active killing
// by the soldiers.
func repairExistentialParticiple(toks []Token) {
	for e := range toks {
		if toks[e].Lemma != "be" || !hasExpl(toks, e) {
			continue
		}
		for v := e + 2; v < len(toks); v++ {
			if toks[v].Head != e+1 || (toks[v].XPOS != "VBD" && toks[v].XPOS != "VBN") || toks[v].Deprel == "conj" || toks[v].Deprel == "parataxis" {
				continue
			}
			n := -1
			for k := e + 1; k < v; k++ {
				if toks[k].Head == v+1 && strings.HasPrefix(toks[k].Deprel, "nsubj") && nominal(toks[k].UPOS) {
					n = k
				}
			}
			if n < 0 || !regularPast(toks[v]) && toks[v].XPOS != "VBN" {
				continue
			}
			// only the noun's own words lie between it and the participle
			if !spanUnder(toks, n+1, v, n) {
				continue
			}
			toks[n].Head, toks[n].Deprel = e+1, "nsubj"
			toks[v].Head, toks[v].Deprel, toks[v].XPOS = n+1, "acl", "VBN"
		}
	}
}

// hasExpl reports whether word e has an expletive "there".
func hasExpl(toks []Token, e int) bool {
	for k := range toks {
		if toks[k].Head == e+1 && toks[k].Deprel == "expl" && strings.EqualFold(toks[k].Form, "there") {
			return true
		}
	}
	return false
}

// regularPast reports whether a past form is also its participle (or ends
// in -ed): "killed", "arrested"; not "took", "fell".
func regularPast(t Token) bool {
	return strings.HasSuffix(strings.ToLower(t.Form), "ed") || strings.HasSuffix(strings.ToLower(t.Form), "en")
}

// repairModifierClause gives a subordinate clause that the parser hung
// from an adjective modifying a noun ("may morph into something bigger
// if Trump agrees to ...": "agrees" an adverbial clause of "bigger") to
// the verb whose phrase holds that noun: a clause opened by "if",
// "when", "because" ... modifies a clause, not a noun's adjective.
func repairModifierClause(toks []Token) {
	for v := range toks {
		if toks[v].Deprel != "advcl" || toks[v].UPOS != "VERB" || !hasMark(toks, v) {
			continue
		}
		a := toks[v].Head - 1
		if a < 0 || toks[a].UPOS != "ADJ" || toks[a].Deprel != "amod" {
			continue
		}
		// the nearest verb above the adjective's noun
		h := toks[a].Head - 1
		for h >= 0 && toks[h].UPOS != "VERB" && toks[h].UPOS != "AUX" {
			h = toks[h].Head - 1
		}
		if h < 0 || under(toks, h, v) {
			continue
		}
		toks[v].Head = h + 1
	}
}

// hasMark reports whether word v has a marker that opens a clause
// modifying another clause (not "than", "as" or a preposition, which
// complete an adjective: "cheaper than getting", "worried about doing").
func hasMark(toks []Token, v int) bool {
	for k := range toks {
		if toks[k].Head == v+1 && toks[k].Deprel == "mark" && clauseMarkers[strings.ToLower(toks[k].Form)] {
			return true
		}
	}
	return false
}

var clauseMarkers = map[string]bool{
	"if": true, "when": true, "whenever": true, "because": true, "although": true, "though": true, "while": true,
	"unless": true, "whereas": true, "so": true, "after": true, "before": true, "until": true, "once": true,
}

// repairMarkedSubject reads a subject that the parser gave a preposition
// ("This comes as China has denounced ...": "as" a case of "China", the
// subject of "denounced") as a clause opened by that word: "as", "after",
// "before" ... marks the verb's clause, which modifies the verb above it.
func repairMarkedSubject(toks []Token) {
	for n := range toks {
		if !strings.HasPrefix(toks[n].Deprel, "nsubj") {
			continue
		}
		v := toks[n].Head - 1
		c := firstUnder(toks, n)
		if v <= n || c >= n || toks[c].Head != n+1 || toks[c].Deprel != "case" || !clauseOpener[strings.ToLower(toks[c].Form)] {
			continue
		}
		toks[c].Head, toks[c].Deprel, toks[c].UPOS = v+1, "mark", "SCONJ"
		if toks[v].Deprel == "ccomp" || toks[v].Deprel == "xcomp" {
			toks[v].Deprel = "advcl"
		}
	}
}

// repairRelativeClause reads "Russia, which Ukraine attacked last year,
// demanded talks" as a relative clause: the parser gave "attacked" two
// subjects (Russia and Ukraine) with "which" its object, and made
// "demanded" its conjunct. A verb with a relative word between its two
// subjects is a relative clause of the first (acl:relcl), and the verb it
// was coordinated with, after a comma, takes its place with the first
// subject as its own.
func repairRelativeClause(toks []Token) {
	for v := range toks {
		n1, n2, w := -1, -1, -1
		for k := 0; k < v; k++ {
			if toks[k].Head != v+1 {
				continue
			}
			switch {
			case strings.HasPrefix(toks[k].Deprel, "nsubj") && n1 < 0:
				n1 = k
			case strings.HasPrefix(toks[k].Deprel, "nsubj"):
				n2 = k
			case (toks[k].XPOS == "WDT" || toks[k].XPOS == "WP") && n1 >= 0 && n2 < 0:
				w = k
			}
		}
		if n1 < 0 || n2 < 0 || w < 0 || w > n2 || n1+1 >= len(toks) || toks[n1+1].Form != "," {
			continue
		}
		v2 := -1
		for k := v + 1; k < len(toks); k++ {
			if toks[k].Head == v+1 && toks[k].Deprel == "conj" && toks[k].UPOS == "VERB" && !hasSubject(toks, k) && toks[k-1].Form == "," {
				v2 = k
				break
			}
		}
		if v2 < 0 {
			continue
		}
		toks[v2].Head, toks[v2].Deprel = toks[v].Head, toks[v].Deprel
		toks[n1].Head = v2 + 1
		toks[v].Head, toks[v].Deprel = n1+1, "acl:relcl"
		for k := v2 + 1; k < len(toks); k++ {
			if toks[k].Head == v+1 && toks[k].Deprel == "punct" {
				toks[k].Head = v2 + 1
			}
		}
	}
}

// repairHeadlineList joins a headline's subjects listed with a comma
// ("Israel, Hamas agree to ceasefire", "US, China reach trade deal"):
// a name the parser made a vocative or a second subject of the verb, a
// comma, and a name that is the verb's subject are the subject and its
// conjunct, the comma their coordinator.
func repairHeadlineList(toks []Token) {
	for a := 0; a+2 < len(toks); a++ {
		if toks[a].Deprel != "vocative" && !strings.HasPrefix(toks[a].Deprel, "nsubj") || toks[a].UPOS != "PROPN" || toks[a+1].Form != "," {
			continue
		}
		b := a + 2
		for b+1 < len(toks) && toks[b].UPOS == "PROPN" && toks[b].Head == b+2 && (toks[b].Deprel == "compound" || toks[b].Deprel == "flat") {
			b++ // the second name's head word
		}
		if toks[b].UPOS != "PROPN" || !strings.HasPrefix(toks[b].Deprel, "nsubj") || toks[b].Head != toks[a].Head {
			continue
		}
		toks[a].Deprel = toks[b].Deprel
		toks[b].Head, toks[b].Deprel = a+1, "conj"
		// the comma stands for "and": read as the coordinator it is
		toks[a+1].Head, toks[a+1].Deprel, toks[a+1].UPOS, toks[a+1].XPOS = b+1, "cc", "CCONJ", "CC"
	}
}

// repairRelativeSubject re-roots a sentence whose subject's relative
// clause took the main verb as its own conjunct ("The Houthis, who
// control much of Yemen, attacked a US warship" with "attacked" a
// conjunct of "control" and the sentence rooted in "Houthis"): the
// finite verb after the clause's closing comma, with no subject of its
// own, is the root, and the noun its subject.
func repairRelativeSubject(toks []Token) {
	for v := range toks {
		if toks[v].Deprel != "acl:relcl" {
			continue
		}
		w := -1 // the relative pronoun, the clause's subject
		for k := 0; k < v; k++ {
			if toks[k].Head == v+1 && strings.HasPrefix(toks[k].Deprel, "nsubj") && (toks[k].XPOS == "WP" || toks[k].XPOS == "WDT") {
				w = k
			}
		}
		if w < 2 || toks[w-1].Form != "," {
			continue
		}
		n := w - 2 // the noun before the comma, the sentence's root
		if toks[n].Deprel != "root" || toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" {
			continue
		}
		v2 := -1
		for k := v + 1; k < len(toks); k++ {
			if toks[k].Head == v+1 && toks[k].Deprel == "conj" && toks[k].UPOS == "VERB" && finiteVerb(toks[k].XPOS) && !hasSubject(toks, k) && toks[k-1].Form == "," {
				v2 = k
				break
			}
		}
		if v2 < 0 {
			continue
		}
		toks[v2].Head, toks[v2].Deprel = toks[n].Head, toks[n].Deprel
		toks[n].Head, toks[n].Deprel = v2+1, "nsubj"
		toks[v].Head, toks[v].Deprel = n+1, "acl:relcl"
		for k := v2 + 1; k < len(toks); k++ {
			if toks[k].Head == n+1 {
				toks[k].Head = v2 + 1
			}
		}
		return
	}
}

// repairPassiveAgent moves a "by" phrase that the parser hung from a name
// or pronoun after a passive verb to the verb, as its agent ("Missiles
// were launched at Kyiv by Russia" with "by Russia" a modifier of Kyiv,
// "Four children were killed in Gaza by Israeli shelling"): a name takes
// no "by" phrase of its own, and a passive with none has its agent there.
func repairPassiveAgent(toks []Token) {
	for b := range toks {
		if toks[b].Deprel != "case" || strings.ToLower(toks[b].Form) != "by" {
			continue
		}
		n := toks[b].Head - 1
		if n < 0 || !strings.HasPrefix(toks[n].Deprel, "nmod") || strings.HasPrefix(toks[n].Deprel, "nmod:poss") {
			continue
		}
		g := toks[n].Head - 1
		if g < 0 || g > n || toks[g].UPOS != "PROPN" && toks[g].UPOS != "PRON" {
			continue
		}
		if r := toks[g].Deprel; r != "obl" && r != "obj" {
			continue
		}
		v := toks[g].Head - 1
		if v < 0 || v > g || toks[v].XPOS != "VBN" || !hasDep(toks, v+1, "aux:pass") && !hasDep(toks, v+1, "nsubj:pass") || hasAgent(toks, v) {
			continue
		}
		toks[n].Head, toks[n].Deprel = v+1, "obl:agent"
	}
}

// repairBarePassive makes the subject of a participle with no auxiliary
// its passive subject: a headline drops the "was" ("Sudan's RSF accused of
// genocide in Darfur", "Three soldiers killed in Gaza"), and in EWT train
// such a subject is a passive's 32 times in 34.
func repairBarePassive(toks []Token) {
	for i := range toks {
		if toks[i].Deprel != "nsubj" {
			continue
		}
		v := toks[i].Head - 1
		if v < 0 || toks[v].XPOS != "VBN" || hasDep(toks, v+1, "aux") || hasDep(toks, v+1, "aux:pass") || hasDep(toks, v+1, "cop") {
			continue
		}
		toks[i].Deprel = "nsubj:pass"
	}
}

// repairNounComplement makes a noun that the parser hung from a verb as a
// clausal complement, with no subject and no copula of its own, the verb's
// object when it has none: "strikes killed at least 20 people" had
// "people" a ccomp, and the coder no one killed. (A noun is a clausal
// complement only as a copular clause's head: "said it was a mistake".)
func repairNounComplement(toks []Token) {
	for i := range toks {
		if toks[i].Deprel != "ccomp" {
			continue
		}
		switch toks[i].UPOS {
		case "NOUN", "PROPN":
		default:
			continue
		}
		if hasDep(toks, i+1, "cop") || hasDep(toks, i+1, "nsubj") || hasDep(toks, i+1, "nsubj:pass") || hasDep(toks, i+1, "aux") || hasDep(toks, i+1, "mark") {
			continue
		}
		v := toks[i].Head - 1
		if v < 0 || v > i || toks[v].UPOS != "VERB" || hasDep(toks, v+1, "obj") {
			continue
		}
		toks[i].Deprel = "obj"
	}
}

// hasAgent reports whether the verb at v has a "by" phrase of its own.
func hasAgent(toks []Token, v int) bool {
	for k := range toks {
		if toks[k].Head == v+1 && toks[k].Deprel == "obl:agent" {
			return true
		}
	}
	return false
}

// repairSplitName joins a name that the parser split into two, hanging
// its second part from the first as a list item or apposition with no
// punctuation between ("Aung San Suu Kyi" with "Kyi" a list item of
// "Aung"): words of one name written together are one flat name.
func repairSplitName(toks []Token) {
	for k := range toks {
		switch toks[k].Deprel {
		case "list", "dep", "parataxis":
		default:
			continue
		}
		h := toks[k].Head - 1
		if h < 0 || h >= k || toks[k].UPOS != "PROPN" || toks[h].UPOS != "PROPN" || !nameWord(toks[k].Form) || !nameWord(toks[h].Form) {
			continue
		}
		ok := true
		for j := h + 1; j < k; j++ {
			if toks[j].UPOS != "PROPN" || toks[j].Head != h+1 && toks[j].Head != k+1 {
				ok = false
			}
		}
		if !ok {
			continue
		}
		for j := h + 1; j < k; j++ {
			if toks[j].Head == k+1 {
				toks[j].Head, toks[j].Deprel = h+1, "flat"
			}
		}
		toks[k].Head, toks[k].Deprel = h+1, "flat"
	}
}

// repairPossessor hangs a possessor that the parser attached elsewhere
// ("Myanmar's military seized power" with "Myanmar" a vocative of
// "seized", which split the subject) from the noun its possessive marker
// introduces, as nmod:poss: the noun phrase that follows the marker,
// its head the first of its words whose head lies outside it.
func repairPossessor(toks []Token) {
	n := len(toks)
	for m := 1; m+1 < n; m++ {
		if toks[m].XPOS != "POS" || toks[m].Head != m {
			continue // the marker, hanging from the word before it
		}
		p := m - 1
		if toks[p].Deprel == "nmod:poss" || toks[p].UPOS != "PROPN" && toks[p].UPOS != "NOUN" {
			continue
		}
		switch toks[m+1].UPOS {
		case "NOUN", "PROPN", "ADJ", "NUM":
		default:
			continue
		}
		// the possessed phrase's head: follow heads rightwards from the
		// word after the marker while they stay in the noun phrase
		j := m + 1
		for steps := 0; steps < n; steps++ {
			h := toks[j].Head - 1
			if h <= j || h >= n {
				break
			}
			if u := toks[h].UPOS; u != "NOUN" && u != "PROPN" {
				break
			}
			j = h
		}
		if u := toks[j].UPOS; u != "NOUN" && u != "PROPN" || j <= m {
			continue
		}
		if toks[j].Head == p+1 {
			// the possessed noun hung from its possessor: it takes the
			// possessor's place
			toks[j].Head, toks[j].Deprel = toks[p].Head, toks[p].Deprel
		}
		if under(toks, j, p) {
			continue // (a cycle would follow)
		}
		toks[p].Head, toks[p].Deprel = j+1, "nmod:poss"
	}
}

// nameWord reports whether a word is written as a name: a capital and
// then letters.
func nameWord(w string) bool {
	for i, r := range w {
		if i == 0 && !unicode.IsUpper(r) || !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// upperFirst reports whether a word begins with a capital ("M23").
func upperFirst(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}
