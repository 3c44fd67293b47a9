package coder

import (
	"slices"
	"strings"

	"github.com/herald-events/herald/internal/dict"
	"github.com/herald-events/herald/internal/syntax"
)

// loc is where a source or target phrase is: an index into the upper or
// lower sequence.
type loc struct {
	at    int
	upper bool
	ok    bool
}

// checkVerbs codes every verb phrase whose verb is in the dictionary.
func (w *work) checkVerbs() {
	lastPassive := -1
	for k := w.start; k+2 < len(w.items); k++ {
		it := w.items[k]
		if it.Kind != syntax.Open || !strings.HasPrefix(it.Label, "VP") {
			continue
		}
		if nx := w.items[k+1]; nx.Kind != syntax.Open || !strings.HasPrefix(nx.Label, "VB") {
			continue
		}
		vpStart := k
		vpEnd := it.end
		if vpEnd < 0 {
			vpEnd = len(w.items) - 1
		}
		verbAt := k + 2
		passive, agentless := false, false
		if pv, by := w.passiveVerb(k); pv > 0 {
			verbAt, passive, agentless = pv, true, !by
		}
		if w.items[verbAt].Kind != syntax.Word || verbAt == lastPassive {
			// (the participle's own verb phrase, already coded as
			// the passive of the phrase around it)
			continue
		}
		if passive {
			lastPassive = verbAt
		}
		if !passive && w.items[k+1].Label == "VBN" && w.actsOnWhom(verbAt) && w.barePassive(k) {
			// "Sudan's RSF accused of genocide in Darfur": a headline's
			// participle after its subject, with no object, is passive
			passive, agentless = true, !w.wordIn(verbAt+1, vpEnd, "BY")
		}
		nounAt := 0
		if !passive && w.items[k+1].Label == "VBN" && w.parentIsNoun(k) {
			// A participle modifying a noun ("two men sought in the
			// killing", "the convoy attacked by rebels", "soldiers
			// killed in Arnor raids") is passive: the noun is what is
			// acted on.
			passive, agentless, nounAt = true, !w.wordIn(verbAt+1, vpEnd, "BY"), w.parent(k)
		}
		parent, adverbial, marker := w.enclosing(verbAt), false, ""
		if parent >= 0 {
			if sb, m := w.adverbialClause(w.occs[parent].verbAt, verbAt); sb >= 0 {
				marker = m
				// "attacked after talks failed", "jailed him for helping
				// militants": a verb in an adverbial clause is not what
				// the outer verb governs. With a subject of its own it
				// stands on its own; without one its actor is unknown
				// and it only must not change the outer verb's event.
				adverbial = true
				if w.clauseStart(verbAt) > sb {
					parent = -1
				}
			}
		}
		w.cur = occurrence{verbAt: verbAt, vpStart: vpStart, vpEnd: vpEnd, parent: parent, nounAt: nounAt, adverbial: adverbial, marker: marker}
		if w.codeVerb(vpStart, vpEnd, verbAt, passive, agentless) {
			// Resume after the verb phrase, unless it holds a clause
			// whose verbs may make events of their own ("said Y
			// attacked Z"); resolveNesting decides between them.
			if !w.hasClause(verbAt, vpEnd) {
				k = vpEnd
			}
		}
	}
}

// barePassive reports whether the verb phrase opening at vp, whose verb is
// a participle, is a clause's predicate after its subject with no object
// right after the participle: a passive whose "was" a headline dropped.
func (w *work) barePassive(vp int) bool {
	s := w.parent(vp)
	if s < 0 || w.items[s].Label != "S" {
		return false
	}
	subject := false
	for j := s + 1; j < vp; j++ {
		if it := w.items[j]; it.Kind == syntax.Open && (it.Label == syntax.LabelNE || it.Label == syntax.LabelNEC) && w.parent(j) == s {
			subject = true
		}
	}
	if !subject {
		return false
	}
	// after the participle's word and its close, past a particle or an
	// adverb ("broken down a treaty"), no object
	k := vp + 4
	for k < len(w.items) && w.items[k].Kind == syntax.Open && (w.items[k].Label == "PRT" || w.items[k].Label == "ADVP") && w.items[k].end > k {
		k = w.items[k].end + 1
	}
	if k+3 < len(w.items) && w.items[k].Label == "PP" && w.items[k+1].Kind == syntax.Open && particles[w.items[k+2].Word] {
		// a particle read as a preposition: "broken (down a treaty)"
		k += 4
	}
	if k < len(w.items) && w.items[k].Kind == syntax.Open && (w.items[k].Label == syntax.LabelNE || w.items[k].Label == syntax.LabelNEC || w.items[k].Label == "NP") {
		return false
	}
	return true
}

// actsOnWhom reports whether the word at item i is a form of a verb that
// always names whom it acts on (accuse, arrest, kill ...): only such a
// participle after its subject, with no object, is surely a headline's
// passive; another may be a past tense the tagger misread ("Turkish forces
// moved into northern Syria").
func (w *work) actsOnWhom(i int) bool {
	if w.items[i].Kind != syntax.Word {
		return false
	}
	for _, f := range w.c.d.Verbs.Forms[w.items[i].Word] {
		if transitiveOnly[f.Lemma] {
			return true
		}
	}
	return false
}

// transitiveOnly are verbs of accusing, sentencing and violence whose
// active always has an object.
var transitiveOnly = map[string]bool{
	"ACCUSE": true, "CHARGE": true, "SUSPECT": true, "CONVICT": true, "ACQUIT": true, "INDICT": true,
	"SENTENCE": true, "JAIL": true, "IMPRISON": true, "ARREST": true, "DETAIN": true, "KILL": true,
	"INJURE": true, "WOUND": true, "ABDUCT": true, "KIDNAP": true, "DEPORT": true, "EXPEL": true,
	"CAPTURE": true, "EXECUTE": true, "ASSASSINATE": true, "SANCTION": true, "BAN": true, "BLAME": true,
	"CONDEMN": true, "CRITICIZE": true, "CRITICISE": true, "SUMMON": true, "RELEASE": true, "FREE": true,
}

// particles are the words of phrasal verbs that a parse may take for
// prepositions.
var particles = map[string]bool{"DOWN": true, "UP": true, "OFF": true, "OUT": true, "BACK": true, "AWAY": true}

// adverbialMarkers introduce adverbial clauses: time, cause, condition,
// concession, means and purpose of the act, not its content.
var adverbialMarkers = map[string]bool{
	"AFTER": true, "BEFORE": true, "BECAUSE": true, "SINCE": true, "WHILE": true, "ALTHOUGH": true,
	"THOUGH": true, "IF": true, "UNLESS": true, "UNTIL": true, "WHEN": true, "WHENEVER": true,
	"ONCE": true, "FOR": true, "BY": true, "DESPITE": true, "WITHOUT": true, "DURING": true, "AS": true,
}

// adverbialClause returns where the adverbial clause (an SBAR opened by
// an adverbial marker) holding the verb at inner starts, when it lies
// after the verb at outer, and the marker; else -1.
func (w *work) adverbialClause(outer, inner int) (int, string) {
	for j := outer + 1; j < inner; j++ {
		it := w.items[j]
		if it.Kind != syntax.Open || it.Label != "SBAR" || it.end >= 0 && it.end < inner {
			continue
		}
		for k := j + 1; k < inner; k++ {
			if w.items[k].Kind == syntax.Word {
				if adverbialMarkers[w.items[k].Word] {
					return j, w.items[k].Word
				}
				break
			}
		}
	}
	return -1, ""
}

// subjectControl are the adverbial markers whose subjectless clause has
// the main clause's subject for its actor ("left Mali after helping the
// rebels": the one who left helped). "For" is not among them: in "jailed
// him for helping the rebels" the one jailed helped.
var subjectControl = map[string]bool{
	"AFTER": true, "BEFORE": true, "WHILE": true, "WHEN": true, "SINCE": true, "UNTIL": true,
	"BY": true, "WITHOUT": true, "DESPITE": true, "ONCE": true,
}

// parentIsNoun reports whether the constituent opening at k sits directly
// in a noun phrase that is an object (inside a verb or prepositional
// phrase) or the subject of a clause with a verb of its own. A noun phrase
// with a participle that is the subject of a clause with no other verb is
// more often a parser's error ("Rohan police arrested students" with
// "arrested" read as a participle) than a headline-style fragment.
func (w *work) parentIsNoun(k int) bool {
	np := w.parent(k)
	if np < 0 || !strings.HasPrefix(w.items[np].Label, "NP") {
		return false
	}
	for up := w.parent(np); up >= 0; up = w.parent(up) {
		l := w.items[up].Label
		if strings.HasPrefix(l, "VP") || strings.HasPrefix(l, "PP") {
			return true
		}
		if l == "ROOT" {
			// a headline that is a noun phrase ("Two journalists
			// arrested in Moscow"): the participle is its passive
			return true
		}
		if l == "S" || l == "SINV" {
			// The subject of a clause with a verb of its own ("the
			// soldiers killed in the raid were buried", "there were
			// soldiers killed"); without one the participle is more
			// likely the clause's verb, mistagged.
			return w.hasVerbPhrase(up, k)
		}
		if !strings.HasPrefix(l, "NP") && !strings.HasPrefix(l, "NE") {
			return false
		}
	}
	return false
}

// hasVerbPhrase reports whether the constituent opening at s holds a
// verb phrase outside the one opening at vp.
func (w *work) hasVerbPhrase(s, vp int) bool {
	end, vpEnd := w.items[s].end, w.items[vp].end
	if end < 0 || vpEnd < 0 {
		return false
	}
	for j := s + 1; j < end; j++ {
		if j == vp {
			j = vpEnd
			continue
		}
		if it := w.items[j]; it.Kind == syntax.Open && strings.HasPrefix(it.Label, "VP") && j+1 < end && w.items[j+1].Kind == syntax.Open && strings.HasPrefix(w.items[j+1].Label, "VB") {
			return true
		}
	}
	return false
}

// parent returns the index of the constituent directly enclosing the one
// opening at k, or -1.
func (w *work) parent(k int) int {
	end := w.items[k].end
	for j := k - 1; j >= 0; j-- {
		it := w.items[j]
		if it.Kind == syntax.Open && (it.end < 0 || end >= 0 && it.end > end) {
			return j
		}
	}
	return -1
}

// inClause reports whether item i lies in a clause (S, SBAR, SINV)
// that opens after item from.
func (w *work) inClause(i, from int) bool {
	for j := w.parent(i); j > from; j = w.parent(j) {
		switch w.items[j].Label {
		case "S", "SBAR", "SINV":
			return true
		}
	}
	return false
}

// openAround returns item i when it opens a constituent, else the
// constituent that holds it (a word's phrase).
func (w *work) openAround(i int) int {
	if w.items[i].Kind == syntax.Open {
		return i
	}
	for j := i - 1; j >= 0; j-- {
		if it := w.items[j]; it.Kind == syntax.Open && it.end > i {
			return j
		}
	}
	return i
}

// inGerundClause reports whether item i lies in a clause with no subject
// of its own that a gerund opens ("denied supporting the M23 rebels"),
// the nearest clause around it below the verb at from.
func (w *work) inGerundClause(i, from int) bool {
	for j := w.parent(i); j > from; j = w.parent(j) {
		if w.items[j].Label != "S" {
			continue
		}
		// (S (VP (VBG ...
		return j+2 < len(w.items) && w.items[j+1].Kind == syntax.Open && strings.HasPrefix(w.items[j+1].Label, "VP") &&
			w.items[j+2].Kind == syntax.Open && w.items[j+2].Label == "VBG"
	}
	return false
}

// inAdverbialClause reports whether item i lies in a clause that a
// preposition or subordinating conjunction opens ("for helping ...",
// "after talks failed"), not a complement ("that", "whether", "if"),
// below the verb at from.
func (w *work) inAdverbialClause(i, from int) bool {
	for j := w.parent(i); j > from; j = w.parent(j) {
		if w.items[j].Label == "SBAR" && j+2 < len(w.items) && w.items[j+1].Kind == syntax.Open && w.items[j+1].Label == "IN" {
			switch w.items[j+2].Word {
			case "THAT", "WHETHER", "IF":
				// a complement clause ("said on Friday that ...")
			default:
				return true
			}
		}
	}
	return false
}

// clauseVerb reports whether the word at item i is a verb of a
// subordinate clause, below the verb at from, that has a subject of its
// own.
func (w *work) clauseVerb(i, from int) bool {
	if i < 0 || i >= len(w.items) || w.items[i].Tok < 0 || w.items[i].Tok >= len(w.s.Tokens) || !strings.HasPrefix(w.s.Tokens[w.items[i].Tok].Tag, "VB") {
		return false
	}
	for j := w.parent(w.openAround(i)); j > from; j = w.parent(j) {
		if w.items[j].Label != "S" || w.parent(j) < 0 || w.items[w.parent(j)].Label != "SBAR" {
			// (a clause of its own, under a "that" or a
			// subordinator: "offered Syria help", parsed as a small
			// clause, keeps its noun)
			continue
		}
		for k := j + 1; k < w.items[j].end; k++ {
			it := w.items[k]
			if it.Kind != syntax.Open || w.parent(k) != j {
				continue
			}
			if it.Label == syntax.LabelNE || it.Label == syntax.LabelNEC {
				return true
			}
			if strings.HasPrefix(it.Label, "VP") {
				break
			}
		}
	}
	return false
}

// inPP reports whether the word at item i heads into a prepositional
// phrase ("to" of "handed to X", not of "said to be").
func (w *work) inPP(i int) bool {
	for j := w.parent(i - 1); j >= 0 && j >= i-3; j = w.parent(j) {
		if strings.HasPrefix(w.items[j].Label, "PP") {
			return true
		}
	}
	return false
}

// wordIn reports whether word occurs among the items from..to.
func (w *work) wordIn(from, to int, word string) bool {
	for j := from; j <= to && j < len(w.items); j++ {
		if w.items[j].Kind == syntax.Word && w.items[j].Word == word {
			return true
		}
	}
	return false
}

// locative reports whether the phrase at k of a lower sequence is the
// object of a preposition of place or time ("in Kabul", "at a rally").
func locative(lower []seqItem, k int) bool {
	if k == 0 || lower[k-1].kind != seqWord {
		return false
	}
	switch lower[k-1].word {
	case "IN", "AT", "NEAR", "INSIDE", "OUTSIDE", "DURING", "BEFORE", "AFTER", "SINCE", "UNTIL", "FROM", "ACROSS", "THROUGHOUT":
		return true
	}
	return false
}

// forceCode reports whether an event code is coercion, assault, fighting
// or mass violence (roots 17 to 20).
func forceCode(code string) bool {
	return len(code) >= 2 && code[0] == '1' && code[1] >= '7' || strings.HasPrefix(code, "20")
}

// measures are nouns for what governments decide and markets do, which
// "hit", "hurt" or "strike" without force.
var measures = map[string]bool{
	"TARIFF": true, "TARIFFS": true, "SANCTION": true, "SANCTIONS": true, "EMBARGO": true, "EMBARGOES": true,
	"DUTY": true, "DUTIES": true, "LEVY": true, "LEVIES": true, "TAX": true, "TAXES": true, "PRICE": true,
	"PRICES": true, "INFLATION": true, "RECESSION": true, "SLOWDOWN": true, "DOWNTURN": true, "POLICY": true,
	"POLICIES": true, "MEASURE": true, "MEASURES": true, "RESTRICTIONS": true, "REGULATIONS": true, "CUTS": true,
	"COSTS": true, "RATES": true, "BAN": true, "BANS": true, "PACKAGE": true, "PACKAGES": true,
}

// measureParticiple reports whether the verb at item v is a participle in
// -ing right after a noun phrase headed by a measure.
func (w *work) measureParticiple(upper []seqItem, v int) bool {
	if v < 0 || v >= len(w.items) || w.items[v].Label != "VBG" && !(w.items[v].Tok >= 0 && w.items[v].Tok < len(w.s.Tokens) && w.s.Tokens[w.items[v].Tok].Tag == "VBG") {
		return false
	}
	k := findNE(upper, 0, true)
	if k <= 0 || k >= len(upper) || upper[k].kind != seqNEOpen {
		return false
	}
	// (read backwards: the phrase's close comes first; a word before
	// it stands between the phrase and the verb)
	for j := 0; j < k && upper[j].kind != seqNEClose; j++ {
		if upper[j].kind == seqWord {
			return false
		}
	}
	return w.measureNoun(upper, loc{k, true, true})
}

// measureNoun reports whether the phrase at seq[l.at] is headed by a
// measure ("retaliatory Chinese tariffs"): its last word before any
// phrase of its own.
func (w *work) measureNoun(seq []seqItem, l loc) bool {
	if !l.ok || l.at >= len(seq) || seq[l.at].kind != seqNEOpen {
		return false
	}
	words := w.neWords(seq[l.at].at)
	for k, wd := range words {
		switch wd {
		case "OF", "BY", "ON", "AGAINST", "FROM", "IN", "WITH", "FOR":
			return k > 0 && measures[words[k-1]]
		}
	}
	return len(words) > 0 && measures[words[len(words)-1]]
}

// prepositionalTarget reports whether a pattern's target follows a
// preposition of the pattern ("- * AT + [190]").
func prepositionalTarget(p *dict.Pattern) bool {
	for i, e := range p.Lower {
		if e.Kind == dict.ElemTarget && i > 0 && p.Lower[i-1].Kind == dict.ElemWord {
			switch p.Lower[i-1].Word {
			case "AT", "AGAINST", "ON", "ONTO", "UPON", "TOWARD", "TOWARDS", "INTO":
				return true
			}
		}
	}
	return false
}

// aimedAt is the coded phrase after "at", "on", "against", "into" or
// "toward" among the verb's own words ("fired at Kyiv").
func aimedAt(lower []seqItem) loc {
	for k := 1; k < len(lower); k++ {
		if lower[k-1].kind != seqWord || !coded(lower[k]) {
			continue
		}
		switch lower[k-1].word {
		case "AT", "ON", "AGAINST", "INTO", "TOWARD", "TOWARDS":
			return loc{k, false, true}
		}
	}
	return loc{}
}

// originPhrase is the coded phrase after "from" among the verb's own
// words ("fired at it from the Gaza Strip"), where something came from.
func originPhrase(lower []seqItem) loc {
	for k := 1; k < len(lower); k++ {
		if lower[k-1].kind == seqWord && lower[k-1].word == "FROM" && coded(lower[k]) {
			return loc{k, false, true}
		}
	}
	return loc{}
}

// venue reports whether the target at t is only where something was done:
// a place name after "in" or "at" ("Ethiopia and Somalia held talks in
// Ankara"). With herald's own verb dictionary the members of a compound
// subject then meet each other, not the place; PETRARCH's files code the
// place, as PETRARCH does (the GSR's "will meet in Zurich").
func (w *work) venue(lower []seqItem, t loc) bool {
	if !t.ok || t.upper || lower[t.at].kind != seqNEOpen {
		return false
	}
	ne := lower[t.at].at
	if t.at > 0 && lower[t.at-1].kind == seqWord && venuePrepositions[lower[t.at-1].word] {
		return w.placeName(ne)
	}
	// "held talks in Ankara" read as one phrase: no actor before the
	// preposition, a place after it
	words := w.neWords(ne)
	for p, wd := range words {
		if !venuePrepositions[wd] {
			continue
		}
		if rd := w.c.d.ReadMarked(words[:p], dict.Marks{}, w.day); rd.Actor != nil {
			return false
		}
		return w.placeWordsName(words[p+1:], dict.Marks{})
	}
	return false
}

// topicVerbs take what they are about for their object: "discussed
// Ukraine" is no meeting with Ukraine.
var topicVerbs = map[string]bool{"DISCUSS": true, "DEBATE": true}

// eachOther reports whether the target phrase at t is "each other" or
// "one another" (or their possessive).
func (w *work) eachOther(lower []seqItem, t loc) bool {
	if !t.ok || t.upper || t.at >= len(lower) || lower[t.at].kind != seqNEOpen {
		return false
	}
	words := w.neWords(lower[t.at].at)
	return len(words) >= 2 && (words[0] == "EACH" && words[1] == "OTHER" || words[0] == "ONE" && words[1] == "ANOTHER")
}

// eachOtherFirst reports whether the verb's object is "each other" or
// "one another" as words of no noun phrase of their own ("accused each
// other of provocations", parsed with "other" an adjective).
func eachOtherFirst(lower []seqItem) bool {
	var words []string
	for _, it := range lower {
		if it.kind != seqWord || len(words) == 2 {
			break
		}
		words = append(words, it.word)
	}
	return len(words) == 2 && (words[0] == "EACH" && words[1] == "OTHER" || words[0] == "ONE" && words[1] == "ANOTHER")
}

// afterOwnVerb reports whether the target phrase at t comes after a verb
// of its own in the lower sequence, the verb of a clause that modifies
// the object: "Washington and the Taliban had been holding talks pursuing
// an agreement for US troops to leave" — what the talks pursue, not a
// party to them.
func (w *work) afterOwnVerb(lower []seqItem, t loc) bool {
	if !t.ok || t.upper {
		return false
	}
	for _, it := range lower[:t.at] {
		if it.kind != seqWord || it.at < 1 {
			continue
		}
		// a word's tag opens right before it
		switch tag := w.items[it.at-1]; {
		case tag.Kind != syntax.Open:
		case tag.Label == "VBG", tag.Label == "VBN", tag.Label == "TO":
			return true
		}
	}
	return false
}

// venuePrepositions open where something was done: "in Ankara", "at the
// UN", "drills near Taiwan", "off the coast of Somalia".
var venuePrepositions = map[string]bool{"IN": true, "AT": true, "NEAR": true, "OFF": true}

// placeWord reports whether the phrase at lower[k] follows a
// preposition of place or time.
func placeWord(lower []seqItem, k int) bool {
	if locative(lower, k) {
		return true
	}
	if k == 0 || lower[k-1].kind != seqWord {
		return false
	}
	switch lower[k-1].word {
	case "OVER", "ABOVE", "BELOW", "ON", "OFF", "ALONG", "OUTSIDE", "WITHIN":
		return true
	}
	return false
}

// modifierByAgent moves a passive's "by" phrase with no actor of its own
// to the agent of the participle that modifies it ("was blown up by a
// missile believed to be fired by rebels": the rebels).
func (w *work) modifierByAgent(lower []seqItem, l loc) loc {
	if !bareNE(lower, l) || l.at == 0 || lower[l.at-1].kind != seqWord || lower[l.at-1].word != "BY" {
		return l
	}
	np := w.parent(lower[l.at].at)
	if np < 0 || !strings.HasPrefix(w.items[np].Label, "NP") {
		return l
	}
	end := w.items[np].end
	for k := neClose(lower, l.at) + 1; k+1 < len(lower) && lower[k].at < end; k++ {
		if lower[k].kind == seqNEOpen || lower[k].kind == seqNECOpen {
			if !coded(lower[k]) || lower[k-1].kind != seqWord || lower[k-1].word != "BY" {
				return l // another phrase comes first
			}
			if k >= 2 && lower[k-2].kind == seqWord && lower[k-2].at >= 1 && w.items[lower[k-2].at-1].Label == "VBN" {
				return loc{k, false, true}
			}
			return l
		}
	}
	return l
}

// passiveActor checks the phrase found for the actor of an agentless
// passive verb (tgt: it becomes the source) and, when it cannot be one,
// takes the next phrase after the verb that can. None can inside the
// clause the verb governs ("it was proposed that X meet Y") or past it,
// none that placeNotActor rules out, and not the subject's own country
// ("the army could be deployed in Beijing": where it happened).
func (w *work) passiveActor(upper, lower []seqItem, src, tgt loc, verbAt int) loc {
	if !tgt.ok {
		return tgt
	}
	own := ""
	if src.ok {
		if cs := w.locCodes(src, upper, lower); len(cs) == 1 && len(cs[0]) >= 3 && !isNull(cs[0]) {
			own = cs[0][:3]
		}
	}
	canAct := func(k int) bool {
		return !w.placeNotActor(lower, k) && !(own != "" && lower[k].kind == seqNEOpen && lower[k].code == own)
	}
	if !tgt.upper && !w.inClause(lower[tgt.at].at, verbAt) && canAct(tgt.at) {
		return tgt
	}
	for k := range lower {
		if coded(lower[k]) {
			if w.inClause(lower[k].at, verbAt) {
				break
			}
			if canAct(k) {
				return loc{k, false, true}
			}
		}
	}
	return loc{}
}

// placeNotActor reports whether the phrase at k of a lower sequence is
// the one something was done to or for rather than who did it: the object
// of a preposition of direction ("were handed over to US forces"), of
// "of" or "for" ("convicted of criminal mischief"), or a
// phrase owned by a pronoun ("was shot down in his jet"). Other
// phrases after an agentless passive are taken for its actor, as
// PETRARCH-2 and UniversalPetrarch take them ("were killed in Israeli
// shelling", "soldiers killed in Ukraine").
func (w *work) placeNotActor(lower []seqItem, k int) bool {
	if k+1 < len(lower) && lower[k+1].kind == seqWord {
		switch lower[k+1].word {
		case "HIS", "HER", "ITS", "THEIR", "OUR", "MY", "YOUR":
			// "was shot down in his jet": the subject's own, unless
			// an actor follows in the phrase ("its dispute with X")
			own := true
			for j := k + 2; j < len(lower) && lower[j].kind == seqWord; j++ {
				switch lower[j].word {
				case "WITH", "OF", "AGAINST", "BY", "FROM", "OVER", "IN", "ON", "AT", "TO":
					own = false
				}
			}
			if own {
				return true
			}
		}
	}
	if k == 0 || lower[k-1].kind != seqWord {
		return false
	}
	switch lower[k-1].word {
	case "TO", "INTO", "ONTO", "TOWARD", "TOWARDS":
		return true
	case "OF", "FOR":
		// what someone was accused, convicted or arrested of or for
		// ("was convicted of criminal mischief", "jailed for
		// helping X"), never who did it
		return true
	case "IN", "AT", "ON", "ABOARD", "INSIDE", "NEAR":
		// Where it happened is taken for who did it only when the
		// phrase is a place and nothing more ("killed in Ukraine"),
		// or names an attack ("in Israeli shelling"); not "in a
		// helicopter crash in Afghanistan", "on a Bay Area train".
		var words []string
		comma := false
		j := k + 1
		for ; j < len(lower) && lower[j].kind == seqWord; j++ {
			if attackNouns[lower[j].word] {
				return false
			}
			// an apposition after the place describes it ("in
			// Osgiliath, the state's fiercest foe")
			comma = comma || lower[j].word == ","
			if !comma {
				words = append(words, lower[j].word)
			}
		}
		if j+1 < len(lower) && lower[j+1].kind == seqWord && attackNouns[lower[j+1].word] {
			return false // "in Israeli tank | shelling"
		}
		r := w.c.d.Read(words, w.day)
		if r.Actor == nil {
			return false
		}
		for i, x := range words {
			if (i < r.ActorFrom || i >= r.ActorTo) && x != "THE" {
				return true
			}
		}
	}
	return false
}

// attackNouns name an attack whose author a phrase of place may give
// ("killed in an Israeli air strike").
var attackNouns = map[string]bool{
	"ATTACK": true, "ATTACKS": true, "STRIKE": true, "STRIKES": true, "AIRSTRIKE": true, "AIRSTRIKES": true,
	"RAID": true, "RAIDS": true, "SHELLING": true, "BOMBARDMENT": true, "BOMBING": true, "BOMBINGS": true,
	"FIRE": true, "GUNFIRE": true, "AMBUSH": true, "OFFENSIVE": true, "ASSAULT": true, "SHOOTING": true,
	"FIGHTING": true, "CLASHES": true, "CRACKDOWN": true, "BARRAGE": true, "SHELLFIRE": true,
}

// raisingVerbs report or judge what their passive subject does or is
// ("is said to", "believed linked to", "was reported killed").
var raisingVerbs = map[string]bool{
	"SAY": true, "BELIEVE": true, "THINK": true, "REPORT": true, "EXPECT": true,
	"CONSIDER": true, "KNOW": true, "RUMOR": true, "RUMOUR": true, "SUPPOSE": true,
	"ALLEGE": true, "CLAIM": true, "PRESUME": true, "ESTIMATE": true, "UNDERSTAND": true,
	"SEE": true, "FEAR": true, "DEEM": true,
}

// raising reports whether a participle is a form of a verb that reports
// or judges (raisingVerbs), or of no verb the dictionary knows.
func (w *work) raising(word string) bool {
	fs := w.c.d.Verbs.Forms[word]
	if len(fs) == 0 || raisingParticiples[word] {
		return true
	}
	for _, f := range fs {
		if raisingVerbs[f.Lemma] {
			return true
		}
	}
	return false
}

// raisingParticiples are the participles of raisingVerbs, which a
// dictionary may list as verbs of their own ("SAID").
var raisingParticiples = map[string]bool{
	"SAID": true, "BELIEVED": true, "THOUGHT": true, "REPORTED": true, "EXPECTED": true,
	"CONSIDERED": true, "KNOWN": true, "RUMORED": true, "RUMOURED": true, "SUPPOSED": true,
	"ALLEGED": true, "CLAIMED": true, "PRESUMED": true, "ESTIMATED": true, "UNDERSTOOD": true,
	"SEEN": true, "FEARED": true, "DEEMED": true,
}

// voicedPattern reports whether a pattern says itself who acts on whom:
// it places the source ("- + * FROM $") or puts the target before the
// verb. Other patterns are written for the active voice ("- * OF
// &WARCRIME"): a passive verb swaps their actors.
func voicedPattern(p *dict.Pattern) bool {
	for _, e := range p.Upper {
		if e.Kind == dict.ElemSource || e.Kind == dict.ElemTarget {
			return true
		}
	}
	for _, e := range p.Lower {
		if e.Kind == dict.ElemSource {
			return true
		}
	}
	return false
}

// passiveVerb returns the index of the participle of a passive verb
// phrase ("was attacked by X", "were killed in shelling") starting at
// vp, or 0, and whether a "by" phrase follows the participle.
func (w *work) passiveVerb(vp int) (int, bool) {
	end := w.items[vp].end
	if end < 0 {
		return 0, false
	}
	vbn := -1
	for j := vp + 3; j < end; j++ {
		if w.items[j].Kind == syntax.Open && w.items[j].Label == "VBN" && (j+1 >= len(w.items) || w.items[j+1].Word != "BEEN") {
			// ("have not been permitted": "been" is the auxiliary)
			vbn = j
			break
		}
	}
	if vbn < 0 {
		return 0, false
	}
	closeVBN := -1
	for j := vbn + 1; j < len(w.items); j++ {
		if w.items[j].Kind == syntax.Close && w.items[j].Label == "VBN" {
			closeVBN = j
			break
		}
	}
	if closeVBN < 0 {
		return 0, false
	}
	by := false
	for j := closeVBN + 3; j < end; j++ {
		if w.items[j].Kind == syntax.Word && w.items[j].Word == "BY" {
			by = true
			break
		}
	}
	if !by && w.raising(w.items[vbn+1].Word) {
		if k, ok := w.wordsAfter(closeVBN, []string{"TO"}); ok && k < end && !w.inPP(k) {
			// "is said to", "was seen to": the subject is the
			// infinitive's, which the dictionary's patterns code.
			return 0, false
		}
	}
	for j := closeVBN - 3; j > vp; j-- {
		if w.items[j].Kind == syntax.Close && strings.HasPrefix(w.items[j].Label, "VB") {
			// The verb before the participle must be a form of "be".
			switch w.items[j-1].Word {
			case "WAS", "IS", "BEEN", "WERE":
				if by || j-1 == vp+2 {
					return closeVBN - 1, by
				}
			case "BE", "ARE", "BEING", "AM":
				// ("could be deployed", "are killed"): only as the
				// phrase's own verb, or "to be allowed ... by X"
				// would make the verb phrase around it passive
				if j-1 == vp+2 {
					return closeVBN - 1, by
				}
			}
			if !by {
				// Without an agent, only the phrase's own "be" makes
				// the participle passive.
				return 0, false
			}
		}
	}
	return 0, false
}

// wordsAfter checks that the words after item i (skipping brackets) are
// want, consecutively; it returns the index of the last one.
func (w *work) wordsAfter(i int, want []string) (int, bool) {
	k := i
	for _, x := range want {
		k++
		for k < len(w.items) && w.items[k].Kind != syntax.Word {
			k++
		}
		if k >= len(w.items) || w.items[k].Word != x {
			return 0, false
		}
	}
	return k, true
}

func (w *work) wordsBefore(i int, want []string) (int, bool) {
	k := i
	for j := len(want) - 1; j >= 0; j-- {
		k--
		for k >= 0 && w.items[k].Kind != syntax.Word {
			k--
		}
		if k < 0 || w.items[k].Word != want[j] {
			return 0, false
		}
	}
	return k, true
}

// codeVerb tries the verb at verbAt; it reports whether the verb produced
// a code (whether or not an event could be made of it).
func (w *work) codeVerb(vpStart, vpEnd, verbAt int, passive, agentless bool) bool {
	word := w.items[verbAt].Word
	forms := w.c.d.Verbs.Forms[word]
	if len(forms) == 0 {
		return false
	}
	var form *dict.VerbForm
	vStart, vEnd := verbAt, verbAt
	for _, f := range forms {
		if len(f.Before) == 0 && len(f.After) == 0 {
			continue
		}
		if len(f.After) > 0 {
			if e, ok := w.wordsAfter(verbAt, f.After); ok {
				form, vEnd = f, e
				break
			}
		} else if b, ok := w.wordsBefore(verbAt, f.Before); ok {
			form, vStart = f, b
			break
		}
	}
	if form == nil {
		for _, f := range forms {
			if len(f.Before) == 0 && len(f.After) == 0 {
				form = f
				break
			}
		}
	}
	if form == nil {
		w.tracef("verb %s: only multi-word forms, none present", word)
		return false
	}
	w.cur.block = form.Block
	upper := w.upperSeq(vStart - 1)
	lower := w.lowerSeq(vEnd+1, vpEnd)
	if k := w.openedInside(verbAt, vEnd); k >= 0 {
		// A multi-word verb that ends inside a noun phrase ("vowed
		// revenge | against Israel", one phrase in the parse) leaves
		// the rest of that phrase its own: it stays a phrase.
		if x, ok := seqOf(w.items[k], k); ok {
			lower = append([]seqItem{x}, lower...)
		}
	}
	if w.c.opt.Explain {
		w.tracef("verb %s (%s, block %s [%s])", word, form.Lemma, form.Block.Name, form.Code)
		w.tracef("  upper: %s", renderSeq(upper))
		w.tracef("  lower: %s", renderSeq(lower))
	}

	var (
		code     string
		pat      *dict.Pattern
		src, tgt loc
		reach    = -1 // furthest item the pattern matched before the verb
	)
	pats := w.c.patternsFor(form.Block)
	present := w.sentenceWords()
	first, tgtNE := -1, -1
	nullTarget := false // the pattern chosen names a target with no actor
	for _, p := range pats {
		if p.LitMask&^w.wordMask != 0 || !hasWords(p, present) {
			continue
		}
		m := matcher{w: w, syn: w.c.d.Verbs.Synsets, reach: -1, first: -1, prepTo: builtinEntry(form, p), tgtNE: -1}
		if pat != nil && (p.Size() < pat.Size() || first < 0 && !nullTarget) {
			break
		}
		if !m.match(p.Upper, upper, true) {
			continue
		}
		if !m.match(p.Lower, lower, false) {
			continue
		}
		if pat != nil && (m.first < 0 || m.first >= first) && !(nullTarget && builtinEntry(form, p) && m.tgt.ok && !w.isNullLoc(m.tgt, upper, lower)) {
			// (of herald's own patterns equally specific, one whose
			// target names an actor wins over one whose target names
			// none: "triggered the snapback mechanism to restore UN
			// sanctions on Iran" triggers sanctions on Iran, not on a
			// mechanism)
			continue
		}
		if m.first >= 0 && m.first < len(lower) && builtinEntry(form, p) && w.clauseVerb(lower[m.first].at, verbAt) {
			// a pattern's word that is the verb of a clause with a subject
			// of its own ("announced that France would recognise the
			// State of Palestine") is that clause's, which codes it
			continue
		}
		if m.first >= 0 && m.first < len(lower) && builtinEntry(form, p) && w.inAdverbialClause(w.openAround(lower[m.first].at), verbAt) {
			// a pattern's words found in an adverbial clause of the
			// verb's own ("returned home broke ... after being deported
			// for violating visa norms") are that clause's, not the
			// verb's object (herald's own patterns)
			continue
		}
		if m.first >= 0 && m.first < len(lower) && builtinEntry(form, p) && !circumstanceWords[lower[m.first].word] && w.circumstance(lower[m.first].at, verbAt) {
			// nor are words found in a phrase of when or despite what
			// the verb happened ("suspended the treaty with Pakistan
			// after the attack in Kashmir" suspended no attack), unless
			// the pattern names the preposition ("under arrest")
			continue
		}
		// Of patterns equally specific, the one whose words come
		// first after the verb — in its object rather than in a phrase
		// after it — wins ("launched attacks during a campaign").
		code, pat, src, tgt, reach, first, tgtNE = p.Code, p, m.src, m.tgt, m.reach, m.first, m.tgtNE
		nullTarget = builtinEntry(form, p) && tgt.ok && w.isNullLoc(tgt, upper, lower)
	}
	casualtyState := "" // the state a main clause's act of force struck, for its participle
	theme := false      // the passive's subject is what was used, not whom
	if pat == nil && passive && !raisingVerbs[form.Lemma] {
		// A passive's subject is what the verb acts on: the patterns
		// that name only the object ("- * PRISONERS", "- * &PEOPLE")
		// match it there ("The civilians were released", as "released
		// the civilians"), as PETRARCH-2 matches a passive's patterns
		// against its subject.
		if subj := w.subjectSeq(upper, vStart); len(subj) > 0 {
			for _, p := range pats {
				if len(p.Upper) > 0 || !nounPattern(p) || p.LitMask&^w.wordMask != 0 || !hasWords(p, present) {
					continue
				}
				m := matcher{w: w, syn: w.c.d.Verbs.Synsets, reach: -1}
				if m.match(p.Lower, subj, false) {
					code, pat = p.Code, p
					w.tracef("  the passive's subject matches the pattern's object")
					if forceCode(code) {
						if t := aimedAt(lower); t.ok {
							// "Missiles were launched at Kyiv by
							// Russia": what was launched is the
							// subject, whom at is the target
							theme, passive, tgt = true, false, t
							if src = byAgent(lower); !src.ok {
								src = originPhrase(lower)
							}
							w.tracef("  force with the subject what was used: the target is whom it was aimed at")
						}
					} else if form.Code == "---" && (strings.HasPrefix(code, "14") || strings.HasPrefix(code, "04")) && !byAgent(lower).ok {
						// "Teacher protests were held in West
						// Virginia", "talks were held in Doha": a
						// verb with no meaning of its own whose
						// subject is the act names no one acted on;
						// the act's own actor ("teacher") did it,
						// where or with whom is the target
						passive = false
						w.tracef("  the passive's subject is the act: its own actor did it")
					}
					break
				}
			}
		}
	}
	if pat != nil {
		w.tracef("  pattern %s: %s [%s]", pat.Pos, pat.Text, pat.Code)
		if agentless && voicedPattern(pat) {
			passive = false
		}
		if passive && !voicedPattern(pat) && tgt.ok && !tgt.upper && prepositionalTarget(pat) {
			// "a mortar bomb was fired at Israel from the Gaza Strip",
			// "girls supplied to him by Epstein": the pattern's target
			// has a preposition of its own, so the subject is what was
			// fired or supplied, not at or to whom; the actor is the
			// "by" phrase, else where it came from, if the sentence says
			passive, theme = false, true
			if src = byAgent(lower); !src.ok || agentless {
				src = originPhrase(lower)
			}
			w.tracef("  passive with the pattern's target after its preposition: the subject is what was used")
		}
	}
	if agentless && passive && raisingVerbs[form.Lemma] {
		// "a woman believed linked to X", "is said to": no one is
		// acted on; the patterns read the verb as written.
		passive = false
	}
	if agentless && passive {
		w.tracef("  passive without agent: the subject is acted on")
	}
	if pat != nil && isNullEventCode(code) {
		// a pattern with the null code keeps the phrase from being
		// coded at all (TABARI's and PETRARCH's null code), rather than
		// leaving the verb's own code in place
		w.tracef("  the pattern's null code: no event")
		return false
	}
	if pat == nil {
		if form.Code == "---" {
			w.tracef("  no pattern matched and the verb has no code of its own")
			if w.negated(vpStart, verbAt) || w.neitherSubject(upper, vStart) || notDoneVerbs[strings.TrimPrefix(form.Lemma, "+")] {
				// "China does not want to send troops": what a negated
				// verb governs is not done, coded or not; nor is what
				// is declined, failed, refrained from or avoided ("China
				// declined to condemn Russia's invasion")
				w.tracef("  negated: what it governs is not done")
				w.addOccurrence(eventDraft{code: "---", negated: true, verbSpan: w.tokSpan(vStart, vEnd), verb: word, lemma: form.Lemma}, nil)
				return false
			}
			if w.c.transformsFrom(form.Block) {
				// It may still transform what it governs ("claimed
				// that X attacked"): keep who did it.
				d := eventDraft{code: "---", verb: word, lemma: form.Lemma, verbSpan: w.tokSpan(vStart, vEnd), pattern: form.Lemma, pos: form.Pos}
				e := w.bareEvent(d)
				if src := w.findSource(upper, w.clauseStart(vStart), vStart); src.ok {
					r := w.refs(src, upper, lower)[0]
					e.Source, e.SourceSpan, e.SourceText = r.code, r.span, r.text
				}
				w.addOccurrence(d, []Event{e})
			}
			return false
		}
		code = form.Code
	}
	negated := false
	if neg := w.negated(vpStart, verbAt) || w.neitherSubject(upper, vStart); neg && (pat == nil || !mentionsNegation(pat)) {
		if nc, ok := w.c.d.PICO.Negate(code); ok {
			w.tracef("  negated: %s becomes %s (PICO)", code, nc)
			code, negated = nc, true
		} else if nc, ok := negatedCode(code); ok {
			w.tracef("  negated: %s becomes %s", code, nc)
			code, negated = nc, true
		} else {
			// "Russia did not attack Kyiv": not doing what the code
			// names is no event, and no code says what it is; what it
			// governs is not done either ("would not ask Russia to help
			// Israel" is no help)
			w.tracef("  negated: no code for not doing %s", code)
			w.addOccurrence(eventDraft{code: code, negated: true, verbSpan: w.tokSpan(vStart, vEnd), verb: word, lemma: form.Lemma}, nil)
			return true
		}
	}
	if !negated && !(passive && agentless) && builtinEntry(form, pat) && (w.futureModal(verbAt) || w.readyTo(verbAt)) {
		// "Obama said he will attack Iraq", "Trump would raise tariffs
		// if no deal is reached": a hostile act announced is a threat of
		// it, not the act. This is herald's convention, for its own verb
		// dictionary; PETRARCH's files were written for PETRARCH, which
		// ignores modality, and are read as it reads them. A passive
		// with no agent names no one who threatens ("hoped the officials
		// would be indicted").
		if tc, ok := threatCode(code); ok {
			w.tracef("  future: %s becomes the threat %s", code, tc)
			code = tc
		} else if ic, ok := intentCode(code); ok {
			// "France would send troops to Ukraine", "Modi will meet
			// Biden": cooperation announced is the intent to cooperate
			w.tracef("  future: %s becomes the intent %s", code, ic)
			code = ic
		}
	}
	ev := eventDraft{code: code, passive: passive, verbSpan: w.tokSpan(vStart, vEnd), verb: word, lemma: form.Lemma, negated: negated}
	if pat != nil {
		ev.pattern, ev.pos = pat.Text, pat.Pos
		ev.negPattern = mentionsNegation(pat)
	} else {
		ev.pattern, ev.pos, ev.base = form.Lemma+" ["+form.Code+"]", form.Pos, true
	}
	if !src.ok && !theme {
		from := w.clauseStart(vStart)
		if w.cur.nounAt > 0 {
			from = w.cur.nounAt
		}
		if reach >= 0 && reach < from {
			// The pattern reached back past the clause ("NOTED + *"):
			// so does the source.
			from = 0
		}
		src = w.findSource(upper, from, vStart)
		if forceCode(code) && (w.measureNoun(upper, src) || w.measureParticiple(upper, vStart)) {
			// "tariffs imposed by China have hurt farmers": a measure
			// does no violence, whoever took it; nor does one a
			// participle follows ("adopted its own package targeting
			// Russian liquefied natural gas")
			w.tracef("  %s: the subject is a measure, not a force", code)
			w.addOccurrence(ev, []Event{w.bareEvent(ev)})
			return true
		}
		if t := w.throughModifier(upper, src); t != src {
			w.tracef("  source is the actor of the participle that modifies it")
			src = t
		}
	}
	if !src.ok && !theme && !passive {
		if subj := w.participleSubject(vpStart); subj >= 0 {
			// "Iran condemned the attack, warning Israel against
			// retaliation": a participle clause set off after the
			// sentence is an act of the sentence's subject
			upper = w.upperSeqAcross(vStart-1, subj)
			src = w.findSource(upper, subj, vStart)
			if src.ok {
				w.tracef("  source is the subject of the sentence the participle clause follows")
				casualtyState = w.mainObjectState(subj)
			}
		}
	}
	if !src.ok {
		w.tracef("  no source")
		w.addOccurrence(ev, []Event{w.bareEvent(ev)})
		return true
	}
	if passive && !agentless && (!tgt.ok || !tgt.upper && w.namesNoActor(tgt, upper, lower)) {
		// A passive verb's actor is its "by" phrase; it becomes the
		// source when the two are swapped. A pattern's target that
		// names no actor ("were released yesterday by Putin": the
		// time) gives way to it.
		if by := byAgent(lower); by.ok || !tgt.ok {
			tgt = by
		}
	} else if passive && !agentless && tgt.ok && !tgt.upper && placeWord(lower, tgt.at) {
		// "was blown up over Eastern Ukraine by a missile": where it
		// was done is not who did it when a "by" phrase says who
		if by := byAgent(lower); by.ok && by.at > tgt.at {
			w.tracef("  a place before the passive's \"by\" phrase is not its actor")
			tgt = by
		}
	}
	if passive && !agentless && tgt.ok && !tgt.upper && forceCode(code) && w.measureNoun(lower, tgt) {
		// "farmers hit by Chinese tariffs"
		w.tracef("  %s: the agent is a measure, not a force", code)
		w.addOccurrence(ev, []Event{w.bareEvent(ev)})
		return true
	}
	if passive && !agentless && tgt.ok && !tgt.upper {
		if t := w.modifierByAgent(lower, tgt); t != tgt {
			w.tracef("  the passive's agent is the actor of the participle that modifies it")
			tgt = t
		}
	}
	if !tgt.ok && theme {
		// only after the verb: before it is what was used
		tgt = w.findTarget(nil, lower, src, vStart)
	}
	if !tgt.ok {
		tgt = w.findTarget(upper, lower, src, vStart)
		if pat == nil && strings.HasPrefix(code, "01") && tgt.ok && !tgt.upper && locative(lower, tgt.at) {
			// "said at a rally in Louisiana": where a statement was
			// made is not whom it concerns.
			w.tracef("  a place is not the statement's target")
			tgt = loc{}
		}
		if pat == nil && strings.HasPrefix(code, "01") && builtinEntry(form, pat) && tgt.ok && !tgt.upper && lower[tgt.at].kind != seqWord && w.inClause(lower[tgt.at].at, verbAt) &&
			!(code == "016" && w.inGerundClause(lower[tgt.at].at, verbAt)) {
			// (what a denial's gerund names is what it denies doing to:
			// "Rwanda denied supporting the M23 rebels")
			// "said she hoped French officials would be indicted": with
			// herald's own verbs, a statement is not made to whoever its
			// report names (the reported act, if coded, stands for it)
			w.tracef("  the statement's report is no target of it")
			tgt = loc{}
		}
	}
	if passive && agentless {
		if tgt = w.passiveActor(upper, lower, src, tgt, verbAt); !tgt.ok {
			// (none: "it was proposed that X meet Y")
			w.tracef("  no actor for the passive")
			w.addOccurrence(ev, []Event{w.bareEvent(ev)})
			return true
		}
	}
	if tgt.ok && !tgt.upper && (cooperative(code) || builtinEntry(form, pat) && strings.HasPrefix(code, "02")) && opensWith(lower, tgt.at, "AGAINST") && (pat == nil || !strings.Contains(" "+pat.Text+" ", " AGAINST ")) {
		// "provide protection to civilians against Russian
		// airstrikes": help, consultation or cooperation "against"
		// someone is not given to them, nor, with herald's own verbs,
		// is an appeal made to them ("urged allies to act against
		// Russia")
		w.tracef("  a phrase after \"against\" is no target of cooperation or an appeal")
		tgt = loc{}
	}
	if tgt.ok && !tgt.upper && asRole(lower, tgt.at) && (pat == nil || !strings.Contains(" "+pat.Text+" ", " AS ")) {
		// "Biden took over as point man": what someone acts as is a
		// role, not whom the act is aimed at (a pattern that wants
		// the phrase names "AS" itself)
		w.tracef("  a phrase after \"as\" is a role, not a target")
		tgt = loc{}
	}
	// with herald's own verbs, what a meeting is about is no party to it,
	// nor what cooperation or an agreement is on ("agreed to share
	// intelligence on North Korean missile launches")
	meeting := builtinEntry(form, pat) && (strings.HasPrefix(code, "04") || code == "036")
	cooperation := builtinEntry(form, pat) && (strings.HasPrefix(code, "031") || code == "057" || strings.HasPrefix(code, "06"))
	if !passive && cooperation {
		if t, ok := w.topicTarget(lower, tgt, code); ok {
			w.tracef("  what cooperation is on is no party to it")
			tgt = t
		}
	}
	if !passive && meeting {
		if t, ok := w.topicTarget(lower, tgt, code); ok {
			w.tracef("  what a meeting is about is no party to it")
			tgt = t
		} else if topicVerbs[form.Lemma] && tgt.ok && !tgt.upper && tgt.at == 0 && lower[0].kind == seqNEOpen {
			// "Putin and Trump discussed Ukraine": what is discussed
			// is the topic; whom with is a "with" phrase, also one the
			// parse kept inside the topic's ("discussed Ukraine with
			// Trump")
			w.tracef("  what is discussed is no party to it")
			if c := w.partyAfter(w.neWords(lower[0].at), 1, false); c != "" && !isNull(c) {
				w.items[lower[0].at].code = c
			} else {
				tgt = loc{}
			}
		}
	}
	if !passive && w.isCompound(src, upper, lower) && (w.eachOther(lower, tgt) || eachOtherFirst(lower)) {
		// "India and Pakistan expelled each other's diplomats": the
		// members act on each other, whatever the act
		w.tracef("  compound subject acting on each other")
		w.makeEvents(ev, upper, lower, src, src)
		return true
	}
	if !passive && (reciprocal(code) || exchangeVerbs[form.Lemma]) && w.isCompound(src, upper, lower) && (!tgt.ok || w.isNullLoc(tgt, upper, lower) || w.modifierAgent(lower, tgt) || builtinEntry(form, pat) && (w.venue(lower, tgt) || meeting && w.afterOwnVerb(lower, tgt))) {
		// "Pakistan and India exchanged fire", "Armenia and Azerbaijan
		// signed a peace agreement": each member acts on the others.
		// (a phrase after "brokered by", "mediated by" is whoever helped
		// the members agree, not a party: "the army and the RSF agreed
		// to a ceasefire brokered by Saudi Arabia"; where they did it
		// stays the target, as PETRARCH codes a meeting's place)
		w.tracef("  compound subject of a reciprocal act: each member with the others")
		w.makeEvents(ev, upper, lower, src, src)
		return true
	}
	if pat != nil && armedCode(code) {
		if t, ok := w.usedNotTargeted(pat, lower, tgt, first); ok {
			w.tracef("  the pattern's word in the target names what was used, not whom")
			tgt = t
		}
	} else if pat != nil && !strings.HasPrefix(code, "084") && w.patternWordNotTarget(pat, lower, tgt, first) {
		// (whom a release hands people over to is not whom it
		// concerns: "handed over four Israeli hostages to the Red
		// Cross" releases Israelis)
		w.tracef("  the pattern's word before its target's preposition is no part of the target")
	} else if pat != nil && builtinEntry(form, pat) && w.prepositionWithin(pat, lower, tgt) {
		w.tracef("  the target is what the pattern's preposition names inside its phrase")
	}
	if !tgt.ok {
		w.tracef("  no target")
		// a statement's maker stays known: what it reports may take it
		// ("Iran told us that Israel attacked Syria" accuses Israel
		// through PETRARCH's transformation); so does the actor of a
		// verb a transformation takes with no target ("Iran said Israel
		// had attacked": "~ a (b _ ATTACK) SAY")
		var evs []Event
		if strings.HasPrefix(ev.code, "01") || w.c.transformsUntargeted(w.cur, ev.code, ev.lemma) {
			for _, r := range w.refs(src, upper, lower) {
				e := w.bareEvent(ev)
				e.Source, e.SourceSpan, e.SourceText = r.code, r.span, r.text
				evs = append(evs, e)
			}
		}
		if len(evs) == 0 {
			evs = []Event{w.bareEvent(ev)}
		}
		w.addOccurrence(ev, evs)
		return true
	}
	if !tgt.upper {
		counted := false // the target was a quantity, now what it counts
		if t := throughPartitive(lower, tgt); t != tgt {
			w.tracef("  target is what the quantity counts")
			tgt, counted = t, true
		}
		if w.sentBy(lower, tgt) {
			w.tracef("  the target's agents are of whoever sent them")
		} else if strings.HasPrefix(code, "16") && builtinEntry(form, pat) && w.sanctionedWithin(lower, tgt) {
			w.tracef("  the target is whom the measure it names is on")
		} else if counted {
			// (what the quantity counts is read as it stands)
		} else if t := w.throughAgent(lower, tgt); t != tgt {
			w.tracef("  target is who did what the target names")
			tgt = t
		} else if t := w.throughPlace(lower, tgt); t != tgt {
			w.tracef("  target is where the target lies")
			tgt = t
		} else if w.placeAgents(lower, tgt) {
			w.tracef("  target's people are of the place right after them")
		} else if t := throughRecipient(lower, tgt, hostile(code)); t != tgt {
			w.tracef("  target is whom the target is given to or aimed at")
			tgt = t
		} else if t := throughOf(lower, tgt, strings.HasPrefix(code, "171")); t != tgt {
			w.tracef("  target is whose the target is")
			tgt = t
		}
		if meeting {
			// (again, for a target one of the rules above moved to; the
			// reading changes the phrase's code, so only for meetings)
			if t, ok := w.topicTarget(lower, tgt, code); ok {
				w.tracef("  what a meeting is about is no party to it")
				if tgt = t; !tgt.ok {
					w.addOccurrence(ev, []Event{w.bareEvent(ev)})
					return true
				}
			}
		}
	}
	if strings.HasPrefix(ev.code, "173") && !passive && builtinEntry(form, pat) && tgt.ok && !tgt.upper && placeWord(lower, tgt.at) && w.stateOnly(upper, lower, tgt) {
		// "French police detained the Telegram founder at an airport
		// near Paris": where someone was arrested is not whom (where a
		// curfew or emergency rule is imposed is)
		w.tracef("  the place of an arrest is not its target")
		tgt = loc{}
	}
	taken := tgt // what was captured: a passive's subject, else the target
	if passive {
		taken = src
	} else if tgt.ok && !tgt.upper && placeWord(lower, tgt.at) {
		taken = loc{} // where, not what ("arrested in Moscow")
	}
	if (ev.code == "173" || ev.code == "171") && builtinEntry(form, pat) && w.placeTarget(upper, lower, taken) {
		// "M23 rebels captured Goma": a place captured or seized is
		// territory taken (192), not a person arrested or property
		// taken
		w.tracef("  a place captured is territory taken: 192")
		ev.code = "192"
	}
	if strings.HasPrefix(ev.code, "14") && ev.code != "145" && builtinEntry(form, pat) && w.stateActor(src, upper, lower) && protestedTo(lower, tgt) {
		// "The Philippines protested China's use of water cannon": a
		// state protests by complaining officially (114), it does not
		// take to the streets (herald's convention, as for threats); a
		// state that clashes with soldiers fights them (makeEvents)
		w.tracef("  a state's protest is an official complaint: 114")
		ev.code = "114"
	}
	if strings.HasPrefix(ev.code, "14") && !passive && builtinEntry(form, pat) && w.protestPlace(upper, lower, src) {
		// "Thousands protested in Tbilisi against the government's
		// decision": a crowd of no state named that protests in a
		// state's place is that state's
		w.tracef("  the protesters are of the place they protest in")
	}
	if strings.HasPrefix(ev.code, "14") && !passive && builtinEntry(form, pat) && w.protestHome(upper, lower, src, tgt) {
		w.tracef("  protesters protest against their own state's organs")
	}
	if Coercive(ev.code) && !passive && builtinEntry(form, pat) && w.opposesHome(lower, tgt) && w.protestHome(upper, lower, src, tgt) {
		// "Belarus released 52 political prisoners", "Iran arrested
		// protesters", "Senegal's president dissolved parliament", "A
		// Russian court sentenced opposition politician Ilya Yashin": a
		// state's dissidents, protesters, political prisoners and
		// organs of no state named are its own
		w.tracef("  a state's dissidents or organs of no state named are its own")
	}
	if (strings.HasPrefix(ev.code, "18") || strings.HasPrefix(ev.code, "19")) && !passive && builtinEntry(form, pat) && w.policeSource(upper, lower, src) && w.opposesHome(lower, tgt) && w.protestHome(upper, lower, src, tgt) {
		// "Mozambican police killed dozens of protesters": the
		// dissidents of no state named whom a state's police assault or
		// kill are its own (police act at home; armies abroad too)
		w.tracef("  the protesters a state's police assault are its own")
	}
	if strings.HasPrefix(ev.code, "10") && !passive && builtinEntry(form, pat) && w.organSource(upper, lower, src) && w.opposesHome(lower, tgt) && w.protestHome(upper, lower, src, tgt) {
		// "Israel's Supreme Court ordered the government to ...": what
		// a state's organ demands of an organ of no state named, it
		// demands of its own
		w.tracef("  a state organ's demand of an organ of no state is of its own")
	}
	if strings.HasPrefix(ev.code, "172") && !passive && builtinEntry(form, pat) && w.ownState(upper, lower, src, tgt) {
		// "The Ethiopian government declared a state of emergency",
		// "The Hungarian government banned Pride marches": a curfew,
		// emergency rule or ban imposed on no one named is imposed on
		// the state's own
		w.tracef("  imposed on the state's own")
	}
	if strings.HasPrefix(ev.code, "172") && !passive && builtinEntry(form, pat) && w.organSource(upper, lower, src) && w.ownPeople(upper, lower, src, tgt) {
		// "The Taliban banned women from studying at universities": the
		// people of no state named on whom a state's government, courts
		// or police impose a ban or a curfew are its own
		w.tracef("  imposed on the state's own people")
	}
	if passive && src.upper && w.passivePlace(upper, lower, src, tgt, verbAt) {
		w.tracef("  the passive's subject's people are of the place it names")
	}
	if casualtyState != "" && (strings.HasPrefix(ev.code, "18") || strings.HasPrefix(ev.code, "19") || strings.HasPrefix(ev.code, "20")) && tgt.ok && !tgt.upper && lower[tgt.at].kind == seqNEOpen {
		// "Ukraine struck a Russian ammunition depot in Kursk, killing
		// several soldiers": those the attack killed, of no state named,
		// are of the state it struck
		if i := lower[tgt.at].at; strings.HasPrefix(w.items[i].code, "---") && len(w.items[i].code) > 3 {
			w.items[i].code = casualtyState + w.items[i].code[3:]
			w.tracef("  the casualties are of the state the main clause struck")
		}
	}
	if k := meansMember(lower, tgt, first, tgtNE); k >= 0 {
		// "Russia fired more than 400 drones and 40 missiles at
		// Ukraine": the member of the target compound that holds the
		// pattern's own words is what was used, not whom it was used on
		w.tracef("  %s is the means, no target", strings.Join(w.neWords(lower[k].at), " "))
		ev.notTarget = lower[k].at
	}
	w.makeEvents(ev, upper, lower, src, tgt)
	return true
}

// meansMember returns the lower sequence item opening the member of the
// target compound at tgt that holds the pattern's first word after the
// verb (at first), when the target itself matched in another member
// (tgtNE); -1 for none.
func meansMember(lower []seqItem, tgt loc, first, tgtNE int) int {
	if !tgt.ok || tgt.upper || tgt.at >= len(lower) || lower[tgt.at].kind != seqNECOpen || first <= tgt.at || first >= len(lower) || tgtNE < 0 {
		return -1
	}
	k := findNE(lower, first, false)
	if k <= tgt.at || k == tgtNE || lower[k].kind != seqNEOpen {
		return -1
	}
	return k
}

// aimPrepositions say at whom something was aimed.
var aimPrepositions = map[string]bool{"AT": true, "ON": true, "AGAINST": true, "INTO": true, "TOWARD": true, "TOWARDS": true, "NEAR": true}

// armedCode reports whether a code is a show or use of force, armed
// assault or mass violence (roots 15, 18, 19, 20): acts done with
// weapons.
func armedCode(code string) bool {
	if len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "15", "18", "19", "20":
		return true
	}
	return false
}

// usedNotTargeted reads an armed pattern's target phrase whose first word
// the pattern's first element after the verb matched as what was used,
// not whom at:
// with a preposition of aim after that word in the phrase ("launched
// drones at Israel", read as one phrase), the word's agent is dropped
// from the phrase's code (Israel, not Israel's military); a phrase that
// is only that word ("launched drones at ships") gives the target to the
// coded phrase of aim after it, if any, else leaves none. It returns the
// target and whether it changed anything.
func (w *work) usedNotTargeted(pat *dict.Pattern, lower []seqItem, tgt loc, first int) (loc, bool) {
	if !tgt.ok || tgt.upper || first <= tgt.at || first >= len(lower) || lower[first].kind != seqWord {
		return tgt, false
	}
	if lower[tgt.at].kind == seqNECOpen {
		// "a massive missile and drone attack on Ukraine's energy
		// infrastructure", read as a compound: each member that aims
		// at someone is who it aims at
		nec, changed := lower[tgt.at].at, false
		if wi := lower[first].at; wi <= nec || wi >= w.items[nec].end {
			return tgt, false // the arms named are not in the compound
		}
		for k := nec + 1; k < w.items[nec].end; k++ {
			if w.items[k].Kind != syntax.Open || w.items[k].Label != syntax.LabelNE {
				continue
			}
			if w.aimedCode(k, 1) {
				changed = true
			} else if w.armsOnly(k, pat) {
				// "fired 45 missiles and more than 450 drones": a
				// member that is only more of the arms used is no one
				w.items[k].code = ""
				changed = true
			}
			k = w.items[k].end
		}
		return tgt, changed
	}
	ne, words, pos, ok := w.matchedInTarget(lower, tgt, first)
	if !ok {
		return tgt, false
	}
	rd := w.c.d.ReadMarked(words, w.marks(ne, len(words)), w.day)
	used := agentAt(rd, pos) // the agent the matched word gave
	if used >= 0 && rd.Agents[used].Code == "MIL" && rd.ActorCode == "" && len(rd.Agents) == 1 {
		// the phrase is the arms used (only arms read as a military:
		// "drones", "warships"): whom they were aimed at, if said
		t := aimedAt(lower[tgt.at+1:])
		if t.ok {
			t.at += tgt.at + 1
		}
		return t, true
	}
	// "drones at Israel": the target is what follows the preposition
	// of aim
	return tgt, w.aimedCode(ne, pos+1)
}

// matchedInTarget finds the word that the pattern's first element after
// the verb matched (at lower[first]) inside the target's phrase: it
// returns the phrase's item, its words and the word's place among them.
func (w *work) matchedInTarget(lower []seqItem, tgt loc, first int) (ne int, words []string, pos int, ok bool) {
	if !tgt.ok || tgt.upper || first <= tgt.at || first >= len(lower) || lower[tgt.at].kind != seqNEOpen || lower[first].kind != seqWord {
		return 0, nil, 0, false
	}
	ne = lower[tgt.at].at
	if wi := lower[first].at; wi <= ne || wi >= w.items[ne].end {
		return 0, nil, 0, false
	}
	words = w.neWords(ne)
	pos = slices.Index(words, lower[first].word)
	return ne, words, pos, pos >= 0
}

// aimedCode gives the NE at item ne the code of its words after the first
// preposition of aim at or after word from, when they name an actor; it
// reports whether the code changed.
func (w *work) aimedCode(ne, from int) bool { return w.codeAfter(ne, from, aimPrepositions) }

// codeAfter gives the NE at item ne the code of its words after the first
// of preps at or after word from, when they name an actor; it reports
// whether the code changed.
func (w *work) codeAfter(ne, from int, preps map[string]bool) bool {
	words := w.neWords(ne)
	for p := from; p < len(words); p++ {
		if !preps[words[p]] {
			continue
		}
		if words[p] == "TO" && p+1 < len(words) && w.neVerb(ne, words[p+1]) {
			// an infinitive, no preposition: "Trump's plan to
			// relocate Gazans" is no plan given to Gaza
			return false
		}
		rd := w.c.d.ReadMarked(words[p+1:], dict.Marks{}, w.day)
		if rd.ActorCode == "" || rd.Code == w.items[ne].code {
			return false
		}
		w.items[ne].code = rd.Code
		return true
	}
	return false
}

// armsOnly reports whether the NE at ne reads as a military only through
// arms one of armsSynsets names ("more than 450 drones"), when the pattern
// names arms too.
func (w *work) armsOnly(ne int, pat *dict.Pattern) bool {
	words := w.neWords(ne)
	rd := w.c.d.ReadMarked(words, w.marks(ne, len(words)), w.day)
	if rd.ActorCode != "" || len(rd.Agents) != 1 || rd.Agents[0].Code != "MIL" {
		return false
	}
	if !slices.ContainsFunc(pat.Lower, func(e dict.Elem) bool { return e.Kind == dict.ElemSynset && armsSynsets[e.Word] }) {
		return false // the pattern names no arms
	}
	for name := range armsSynsets {
		if w.synsetIn(name, words) {
			return true
		}
	}
	return false
}

// armsSynsets are herald's synsets of arms (a dictionary without them
// names none).
var armsSynsets = map[string]bool{
	"&AIRSTRIKE": true, "&DRONE": true, "&ROCKETRY": true, "&ARTILLERY": true, "&PRECISION": true, "&SMALLARMS": true, "&WEAPON": true,
}

// synsetIn reports whether a phrase of the verb dictionary's synset name
// occurs in words.
func (w *work) synsetIn(name string, words []string) bool {
	set := w.c.d.Verbs.Synsets[name]
	if set == nil {
		return false
	}
	for p := range words {
		phrases, _ := set.Starting(words[p], false)
		for _, ph := range phrases {
			if p+len(ph) <= len(words) && slices.Equal(words[p:p+len(ph)], ph) {
				return true
			}
		}
	}
	return false
}

// neVerb reports whether word, in the NE at ne, is tagged a verb.
func (w *work) neVerb(ne int, word string) bool {
	for k := ne + 1; k < len(w.items) && k < w.items[ne].end; k++ {
		it := w.items[k]
		if it.Kind == syntax.Word && it.Word == word && it.Tok >= 0 && it.Tok < len(w.s.Tokens) {
			return strings.HasPrefix(w.s.Tokens[it.Tok].Tag, "VB")
		}
	}
	return false
}

// patternWordNotTarget drops from the target phrase the agent of the
// word the pattern's first element after the verb matched in it, when
// the pattern puts a preposition between that word and its target and the
// phrase holds that preposition after the word: "- * &ENVOYS FROM +"
// reading "recalled its ambassador from Niger" as one phrase targets
// Niger, not Niger's government (the ambassador is the recalling
// state's). It reports whether it changed the code.
func (w *work) patternWordNotTarget(pat *dict.Pattern, lower []seqItem, tgt loc, first int) bool {
	prep := ""
	for k := 1; k+1 < len(pat.Lower); k++ {
		if e := pat.Lower[k]; e.Kind == dict.ElemWord && pat.Lower[k+1].Kind == dict.ElemTarget && pat.Lower[0].Kind != dict.ElemTarget {
			prep = e.Word
		}
	}
	if prep == "" {
		// a pattern that names no target of its own ("- * &MILT &AID")
		// whose words begin the target's phrase: the target is whom the
		// phrase's preposition names ("pledged more military aid to
		// Ukraine" is aid to Ukraine, not to Ukraine's military)
		for _, e := range pat.Lower {
			if e.Kind == dict.ElemTarget || e.Kind == dict.ElemSource {
				return false
			}
		}
		ne, words, pos, ok := w.matchedInTarget(lower, tgt, first)
		preps := concernedPrepositions
		if cooperative(pat.Code) {
			// what is welcomed or supported "against" someone is not
			// given to them ("welcomed the ICJ's ruling against
			// Israel" endorses the court)
			preps = supportPrepositions
			if ok && pos > 0 && w.c.d.ReadMarked(words[:pos], dict.Marks{}, w.day).ActorCode != "" {
				// nor is what it is "on" or "for" when its author is
				// named: "welcomed the Security Council's resolution on
				// Gaza" endorses the Council
				return false
			}
		}
		return ok && w.codeAfter(ne, pos+1, preps)
	}
	ne, words, pos, ok := w.matchedInTarget(lower, tgt, first)
	if !ok || !slices.Contains(words[pos+1:], prep) {
		return false
	}
	rd := w.c.d.ReadMarked(words, w.marks(ne, len(words)), w.day)
	used := agentAt(rd, pos)
	if rd.ActorCode == "" || rd.ActorFrom <= pos || used < 0 {
		return false
	}
	keep := append(append([]*dict.Agent(nil), rd.Agents[:used]...), rd.Agents[used+1:]...)
	w.items[ne].code = dict.Combine(rd.ActorCode, keep)
	return true
}

// agentAt returns the index of the agent a reading found at word pos, or
// -1.
func agentAt(rd dict.Reading, pos int) int {
	for j, sp := range rd.AgentSpans {
		if pos >= sp[0] && pos < sp[1] {
			return j
		}
	}
	return -1
}

// topicPrepositions say what something is about.
var topicPrepositions = map[string]bool{"ON": true, "ABOUT": true, "OVER": true, "REGARDING": true, "CONCERNING": true}

// topicTarget reads a meeting's target phrase that says what the meeting
// is about ("talks on Ukraine", "a summit on Iran"): the party met is the
// actor of a "with" phrase after the topic ("talks on Syria with
// Blinken"), and for a visit the place of an "in" or "at" phrase after
// it ("a conference on Gaza in Cairo"); else there is none. It returns
// the target and whether the phrase was a topic.
func (w *work) topicTarget(lower []seqItem, t loc, code string) (loc, bool) {
	if !t.ok || t.upper || lower[t.at].kind != seqNEOpen {
		return t, false
	}
	ne := lower[t.at].at
	words := w.neWords(ne)
	start := -1
	if t.at > 0 && lower[t.at-1].kind == seqWord && topicPrepositions[lower[t.at-1].word] {
		start = 0 // "talks on (Ukraine in Riyadh)"
	} else {
		for p, wd := range words {
			if !topicPrepositions[wd] {
				continue
			}
			if rd := w.c.d.ReadMarked(words[:p], dict.Marks{}, w.day); rd.Actor == nil {
				start = p + 1 // "(a summit on Iran)": no actor before the topic
			}
			break
		}
	}
	if start < 0 {
		return t, false
	}
	if c := w.partyAfter(words, start, code == "042" || code == "043"); c != "" {
		w.items[ne].code = c
		return t, true
	}
	return loc{}, true
}

// partyAfter returns the code of the actor that a "with" phrase among
// words from word from names ("talks on Syria with Blinken", "the war
// with Zelensky"), or for a visit an "in" or "at" phrase ("a conference
// on Gaza in Cairo"); "" when none does.
func (w *work) partyAfter(words []string, from int, visit bool) string {
	for q := from; q < len(words); q++ {
		if words[q] != "WITH" && !(visit && (words[q] == "IN" || words[q] == "AT")) {
			continue
		}
		if rd := w.c.d.ReadMarked(words[q+1:], dict.Marks{}, w.day); rd.ActorCode != "" {
			return rd.Code
		}
	}
	return ""
}

// protestHome gives a protest's target that names organs of no state
// ("protested against the government's decision": ---GOV) the state of
// the protesters, when they have one ("Thousands of Georgians protested
// outside parliament against the government's decision": GEO): people
// protest against their own government, parliament or police. It
// reports whether it did.
func (w *work) protestHome(upper, lower []seqItem, src, tgt loc) bool {
	if !tgt.ok || tgt.upper || lower[tgt.at].kind != seqNEOpen {
		return false
	}
	i := lower[tgt.at].at
	code := w.items[i].code
	if len(code) <= 3 || code[:3] != "---" || len(code)%3 != 0 {
		return false
	}
	if slices.ContainsFunc(w.neWords(i), func(x string) bool { return x == "FOREIGN" || x == "INTERNATIONAL" }) {
		return false // "barred foreign journalists": not its own
	}
	home := ""
	for _, c := range w.locCodes(src, upper, lower) {
		if len(c) < 3 || isNull(c) || !stateOrRegion(c[:3]) || home != "" && c[:3] != home {
			return false
		}
		home = c[:3]
	}
	if home == "" {
		return false
	}
	w.items[i].code = home + code[3:]
	return true
}

// ownState gives a target phrase with no actor or agent at all the state
// of the source, when the source has one; it reports whether it did.
func (w *work) ownState(upper, lower []seqItem, src, tgt loc) bool {
	if !tgt.ok || tgt.upper || lower[tgt.at].kind != seqNEOpen || lower[tgt.at].code != "---" {
		return false
	}
	cs := w.locCodes(src, upper, lower)
	if len(cs) != 1 || len(cs[0]) < 3 || isNull(cs[0]) || !stateOrRegion(cs[0][:3]) {
		return false
	}
	w.items[lower[tgt.at].at].code = cs[0][:3]
	return true
}

// ownPeople gives a target phrase that names civilians or people of no
// state the state of the source (one code, a state's: organSource); it
// reports whether it did.
func (w *work) ownPeople(upper, lower []seqItem, src, tgt loc) bool {
	if !tgt.ok || tgt.upper || lower[tgt.at].kind != seqNEOpen {
		return false
	}
	code := lower[tgt.at].code
	if code != "---CVL" && code != "---PPL" {
		return false
	}
	cs := w.locCodes(src, upper, lower)
	w.items[lower[tgt.at].at].code = cs[0][:3] + code[3:]
	return true
}

// organSource reports whether the source names an organ of a state: its
// government, parliament, courts or police.
func (w *work) organSource(upper, lower []seqItem, src loc) bool {
	cs := w.locCodes(src, upper, lower)
	if len(cs) != 1 || len(cs[0]) <= 3 || isNull(cs[0]) || !stateOrRegion(cs[0][:3]) {
		return false
	}
	return hasRole(cs[0][3:], "GOV", "LEG", "JUD", "COP")
}

// opposesHome reports whether the target phrase at t names the opposition
// (dissidents, protesters, political prisoners: ---OPP), an organ of a
// state (government, parliament, courts, parties, police) or its press of
// no state:
// what a state coerces, arrests or releases of those is its own
// ("Senegal's president dissolved parliament").
func (w *work) opposesHome(lower []seqItem, t loc) bool {
	if !t.ok || t.upper || t.at >= len(lower) || lower[t.at].kind != seqNEOpen {
		return false
	}
	return HomeOrgans(w.items[lower[t.at].at].code)
}

// protestPlace gives the subject at src, when it names no state, the
// state of the place the verb's "in" phrase names; it reports whether it
// did.
func (w *work) protestPlace(upper, lower []seqItem, src loc) bool {
	if !src.ok || !src.upper || src.at >= len(upper) || upper[src.at].kind != seqNEOpen {
		return false
	}
	i := upper[src.at].at
	code := w.items[i].code
	if !strings.HasPrefix(code, "---") || len(code)%3 != 0 {
		return false
	}
	for k := 0; k+1 < len(lower); k++ {
		if lower[k].kind == seqWord && lower[k].word == "IN" && lower[k+1].kind == seqNEOpen {
			pc := w.items[lower[k+1].at].code
			if len(pc) != 3 || isNull(pc) || !stateOrRegion(pc) {
				return false
			}
			w.items[i].code = pc + code[3:]
			return true
		}
		if lower[k].kind == seqNEOpen || lower[k].kind == seqNECOpen {
			return false // the place must come before any other phrase
		}
	}
	return false
}

// policeSource reports whether every code at src is a state's police.
func (w *work) policeSource(upper, lower []seqItem, src loc) bool {
	cs := w.locCodes(src, upper, lower)
	for _, c := range cs {
		if len(c) < 6 || isNull(c) || !stateOrRegion(c[:3]) || !hasRole(c[3:], "COP") {
			return false
		}
	}
	return len(cs) > 0
}

// HomeOrgans reports whether code names, with no state, only dissidents,
// parties, the press or a state's organs (---OPP, ---GOV, ---MED; also
// combined: "opposition politician", ---OPPPTY): those a state coerces,
// tries or releases are its own.
func HomeOrgans(code string) bool {
	return len(code) > 3 && code[:3] == "---" && onlyRoles(code[3:], "OPP", "GOV", "LEG", "JUD", "PTY", "COP", "MED", "ELI")
}

// Coercive reports an act a state does to its own people and organs:
// coercion (17), releasing (084) or finding guilty (116).
func Coercive(code string) bool {
	return strings.HasPrefix(code, "17") || strings.HasPrefix(code, "084") || code == "116"
}

// stateOnly reports whether the phrase at t names a state or a region of
// one and no agent ("an airport near Paris": FRA).
func (w *work) stateOnly(upper, lower []seqItem, t loc) bool {
	seq := t.seq(upper, lower)
	if seq[t.at].kind != seqNEOpen {
		return false
	}
	c := w.items[seq[t.at].at].code
	return len(c) >= 3 && !isNull(c) && len(c)%3 == 0 && stateOrRegion(c)
}

// placeTarget reports whether the phrase at t (a target, or a passive's
// subject) is the name of a place and nothing else: a state or a region
// of one, with no agent.
func (w *work) placeTarget(upper, lower []seqItem, t loc) bool {
	return t.ok && w.stateOnly(upper, lower, t) && w.placeName(t.seq(upper, lower)[t.at].at)
}

// passivePlace gives a passive's subject that names people with no state
// of their own ("Four children were killed in Gaza") the state or region
// of the first phrase after the verb, in its clause, that names only a
// place, unless that phrase was taken for the actor; it reports whether
// it did.
func (w *work) passivePlace(upper, lower []seqItem, subj, actor loc, verbAt int) bool {
	var items []int
	if it := upper[subj.at]; it.kind == seqNEOpen {
		items = []int{it.at}
	} else if it.kind == seqNECOpen {
		for k := it.at + 1; k < w.items[it.at].end; k++ {
			if w.items[k].Kind == syntax.Open && w.items[k].Label == syntax.LabelNE {
				items = append(items, k)
				k = w.items[k].end
			}
		}
	}
	people := false
	for _, i := range items {
		if c := w.items[i].code; len(c) > 3 && c[:3] == "---" && localAgent(c[3:]) {
			people = true
		}
	}
	if !people {
		return false
	}
	for k := 1; k < len(lower); k++ {
		if lower[k].kind != seqNEOpen || lower[k-1].kind != seqWord {
			continue
		}
		if !placePrepositions[lower[k-1].word] && !(lower[k-1].word == "ON" && actor.ok && !actor.upper && k >= 2 && neClose(lower, actor.at) == k-2) {
			// (a place "on" which the act it was done with was aimed:
			// "killed in Russian strikes on Kharkiv")
			continue
		}
		if w.inClause(lower[k].at, verbAt) {
			return false
		}
		if actor.ok && !actor.upper && actor.at == k {
			if w.placeName(lower[k].at) {
				// (where it was done, taken for who did it, is not
				// also whose the people are)
				return false
			}
			// what it was done with ("killed in Israeli shelling in
			// Gaza"): a place may follow, in the phrase or after it
			if place := w.placeInside(lower[k].at); place != "" {
				w.placePeople(items, place)
				return true
			}
			continue
		}
		place := w.items[lower[k].at].code
		if len(place) < 3 || isNull(place) || len(place)%3 != 0 || !stateOrRegion(place) || !w.placeName(lower[k].at) {
			continue
		}
		w.placePeople(items, place)
		return true
	}
	return false
}

// placePeople gives the people phrases among items the state or region
// place.
func (w *work) placePeople(items []int, place string) {
	for _, i := range items {
		if c := w.items[i].code; len(c) > 3 && c[:3] == "---" && localAgent(c[3:]) {
			w.items[i].code = place + c[3:]
		}
	}
}

// placeInside returns the code of the place that a place preposition
// inside the NE at i names ("Israeli shelling | in | Gaza"), or "".
func (w *work) placeInside(i int) string {
	words := w.neWords(i)
	for p := 1; p+1 < len(words); p++ {
		if !placePrepositions[words[p]] && words[p] != "ON" {
			// ("Russian strikes on Kharkiv": what an attack is on is a
			// place too)
			continue
		}
		rest := words[p+1:] // "the east of the Gaza Strip": placeWords before the name
		if !w.placeWordsName(rest, dict.Marks{}) {
			continue
		}
		c := w.c.d.ReadMarked(rest, dict.Marks{}, w.day).Code
		if len(c) >= 3 && !isNull(c) && len(c)%3 == 0 && stateOrRegion(c) {
			return c
		}
	}
	return ""
}

// protestedTo reports whether a protest's target is what or whom it was
// addressed to: the verb's object, or a phrase after "to", "with",
// "against" or "over" ("protested outside the embassy" is a place:
// people in the street).
func protestedTo(lower []seqItem, t loc) bool {
	if !t.ok || t.upper {
		return false
	}
	if t.at == 0 || lower[t.at-1].kind != seqWord {
		return true
	}
	switch lower[t.at-1].word {
	case "TO", "WITH", "AGAINST", "OVER":
		return true
	}
	return false
}

// stateActor reports whether the phrase at l names only states or their
// governments (a country code, alone or with GOV), as a state's organs
// act.
func (w *work) stateActor(l loc, upper, lower []seqItem) bool {
	if !l.ok {
		return false
	}
	seq := l.seq(upper, lower)
	if it := seq[l.at]; it.kind == seqNEOpen {
		if ws := w.neWords(it.at); len(ws) > 0 && quantityWords[ws[0]] && ws[0] != "A" {
			return false // "thousands of Filipinos": people, not the state
		}
	}
	codes := w.locCodes(l, upper, lower)
	for _, c := range codes {
		if len(c) < 3 || isNull(c) || !stateOrRegion(c[:3]) || c[3:] != "" && c[3:] != "GOV" {
			return false
		}
	}
	return len(codes) > 0
}

// circumstanceWords open a phrase of when, under what or despite what
// something was done.
var circumstanceWords = map[string]bool{
	"UNDER": true, "DURING": true, "AMID": true, "AMIDST": true, "DESPITE": true, "AFTER": true,
	"BEFORE": true, "SINCE": true, "UNTIL": true, "FOLLOWING": true, "AHEAD": true,
}

// circumstance reports whether item i lies in a prepositional phrase,
// after the verb at verbAt, that circumstanceWords (or "as part of") open.
func (w *work) circumstance(i, verbAt int) bool {
	for j := i - 1; j > verbAt; j-- {
		it := w.items[j]
		if it.Kind != syntax.Open || it.end < i || !strings.HasPrefix(it.Label, "PP") {
			continue
		}
		for k := j + 1; k < i; k++ {
			if w.items[k].Kind == syntax.Word {
				if circumstanceWords[w.items[k].Word] || w.items[k].Word == "AS" && w.nextWord(k) == "PART" || w.onBehalf(k) {
					// ("released 553 prisoners as part of a deal with
					// the United States", "struck coup plotters at the
					// request of Benin's government")
					return true
				}
				break
			}
		}
	}
	return false
}

// onBehalf reports whether the preposition at item k opens a phrase of
// whose request, invitation or orders something was done ("at the
// request of", "on the orders of"): who asked is no one it was done to.
func (w *work) onBehalf(k int) bool {
	switch w.items[k].Word {
	case "AT", "ON", "UPON", "BY":
	default:
		return false
	}
	// the noun may follow a determiner, a possessive or the name of
	// who issued it: "on an ICC warrant", "on Trump's orders"
	for j, n := k+1, 0; j < len(w.items) && n < 4; j++ {
		if w.items[j].Kind != syntax.Word {
			continue
		}
		wd := w.items[j].Word
		if behalfNouns[wd] {
			return true
		}
		if n > 0 && (prepositions[wd] || wd == "IN" || wd == "AT" || wd == "AND" || wd == ",") {
			return false
		}
		n++
	}
	return false
}

// behalfNouns name the asking or ordering that an act was done upon.
var behalfNouns = map[string]bool{
	"REQUEST": true, "BEHEST": true, "INVITATION": true, "URGING": true, "INSISTENCE": true,
	"ORDER": true, "ORDERS": true, "COMMAND": true, "INSTRUCTION": true, "INSTRUCTIONS": true,
	"WARRANT": true,
}

// nextWord returns the word after item k, or "".
func (w *work) nextWord(k int) string {
	for j := k + 1; j < len(w.items); j++ {
		if w.items[j].Kind == syntax.Word {
			return w.items[j].Word
		}
	}
	return ""
}

// reportedClauseStart returns where the complement clause that holds
// the verb at verbAt begins when a verb of saying governs it ("He says
// [the man died]"), else 0.
func (w *work) reportedClauseStart(verbAt int) int {
	// the brackets around the verb, innermost first
	var around []int
	for j := verbAt - 1; j >= 0; j-- {
		if it := w.items[j]; it.Kind == syntax.Open && it.end > verbAt {
			around = append(around, j)
		}
	}
	for n, j := range around {
		if l := w.items[j].Label; l != "S" && l != "SBAR" {
			continue
		}
		// the clause's governing verb: the VP it hangs in
		if n+1 >= len(around) || !strings.HasPrefix(w.items[around[n+1]].Label, "VP") {
			return 0
		}
		for k := around[n+1] + 1; k < j; k++ {
			if w.items[k].Kind == syntax.Word && reportingLemma(w, k) {
				return j
			}
		}
		return 0
	}
	return 0
}

// reportVerbs say or think what the clause they govern holds.
var reportVerbs = map[string]bool{
	"SAY": true, "TELL": true, "CLAIM": true, "REPORT": true, "ANNOUNCE": true, "STATE": true,
	"ADD": true, "INSIST": true, "ALLEGE": true, "DECLARE": true, "WRITE": true, "NOTE": true,
	"EXPLAIN": true, "ARGUE": true, "CONFIRM": true, "ACKNOWLEDGE": true, "ADMIT": true,
	"BELIEVE": true, "THINK": true, "ASSERT": true, "MAINTAIN": true, "SUGGEST": true,
}

// reportingLemma reports whether the word at item k is a verb of saying
// or thinking (reportVerbs), by its token's lemma or the dictionary's.
func reportingLemma(w *work, k int) bool {
	it := w.items[k]
	if it.Tok >= 0 && it.Tok < len(w.s.Tokens) && reportVerbs[strings.ToUpper(w.s.Tokens[it.Tok].Lemma)] {
		return true
	}
	for _, f := range w.c.d.Verbs.Forms[it.Word] {
		if reportVerbs[f.Lemma] {
			return true
		}
	}
	return false
}

// groupNouns name people by the group they lead, belong to or stand for,
// or things by what holds them.
var groupNouns = map[string]bool{
	"LEADER": true, "LEADERS": true, "HEAD": true, "HEADS": true, "PEOPLE": true, "CITIZENS": true,
	"RESIDENTS": true, "MEMBER": true, "MEMBERS": true, "REPRESENTATIVE": true, "REPRESENTATIVES": true,
	"DELEGATES": true, "DELEGATION": true, "FAMILIES": true, "RELATIVES": true, "SUPPORTERS": true,
	"NATIONALS": true, "POPULATION": true, "CHIEF": true, "CHIEFS": true,
	// and what holds or carries them: "seized a shipment of Iranian
	// weapons", "a group of Afghan refugees"
	"SHIPMENT": true, "SHIPMENTS": true, "CARGO": true, "CONSIGNMENT": true, "STOCKPILE": true,
	"CACHE": true, "BATCH": true, "CONVOY": true, "GROUP": true, "GROUPS": true, "UNIT": true,
	"UNITS": true, "TEAM": true, "CONTINGENT": true, "CREW": true, "BAND": true,
}

// throughOf moves a target with no actor of its own that names people by
// their group (groupNouns) to the coded phrase of its "of" phrase ("met
// the leaders of Poland and Lithuania"): they are that group's. When the
// act seizes or destroys property, whatever the target names is the
// property of its "of" phrase ("demolished the homes of two Palestinian
// attackers").
func throughOf(seq []seqItem, l loc, property bool) loc {
	if !bareNE(seq, l) {
		return l
	}
	k := neClose(seq, l.at) + 1
	if k < 2 || seq[k-2].kind != seqWord || !groupNouns[seq[k-2].word] && !property {
		return l // "released the transcript of his call with Zelensky"
	}
	if k+1 >= len(seq) || seq[k].kind != seqWord || seq[k].word != "OF" || !coded(seq[k+1]) {
		return l
	}
	return loc{k + 1, false, true}
}

// quantityWords make up a noun phrase that only counts what its "of"
// phrase names ("dozens of protesters", "a number of officials").
var quantityWords = map[string]bool{
	"A": true, "DOZEN": true, "DOZENS": true, "HUNDREDS": true, "THOUSANDS": true,
	"MILLIONS": true, "SCORES": true, "TENS": true, "MANY": true, "SOME": true,
	"SEVERAL": true, "NUMBER": true, "HANDFUL": true, "MOST": true, "ALL": true,
	"TWO": true, "THREE": true, "FOUR": true, "FIVE": true, "SIX": true, "SEVEN": true,
	"EIGHT": true, "NINE": true, "TEN": true,
}

// throughPartitive moves a target that is only a quantity with no actor
// of its own ("dozens" in "arrested dozens of Palestinian protesters")
// to the coded phrase of its "of" phrase.
func throughPartitive(seq []seqItem, l loc) loc {
	if !bareNE(seq, l) {
		return l
	}
	k, n := l.at+1, 0
	for ; k < len(seq) && seq[k].kind == seqWord; k++ {
		w := seq[k].word
		if !quantityWords[w] && strings.Trim(w, "0123456789,.") != "" {
			return l
		}
		n++
	}
	if n == 0 || k+2 >= len(seq) || seq[k].kind != seqNEClose || seq[k+1].kind != seqWord || seq[k+1].word != "OF" ||
		!coded(seq[k+2]) && !(seq[k+2].kind == seqNEOpen && seq[k+2].code != "---") {
		// (an agent alone will do: "dozens of opposition activists")
		return l
	}
	return loc{k + 2, false, true}
}

// bareNE reports whether l is a noun phrase with no actor or agent.
func bareNE(seq []seqItem, l loc) bool {
	return l.ok && l.at < len(seq) && seq[l.at].kind == seqNEOpen && seq[l.at].code == "---"
}

// coded reports whether a sequence item opens a compound or a phrase with
// a known actor.
func coded(it seqItem) bool {
	return it.kind == seqNECOpen || it.kind == seqNEOpen && !isNull(it.code)
}

// neClose returns the index of the close of the NE opened at seq[at].
func neClose(seq []seqItem, at int) int {
	k := at + 1
	for k < len(seq) && seq[k].kind != seqNEClose {
		k++
	}
	return k
}

// throughPlace moves a target with no actor of its own that a phrase of
// place right after it locates ("struck targets in southern Lebanon",
// "shelled villages near Idlib") to that place, as PETRARCH codes a noun
// phrase by the actor found anywhere in it — whether the parser hung the
// phrase from the noun or from the verb, which the words do not decide.
func (w *work) throughPlace(seq []seqItem, l loc) loc {
	if !bareNE(seq, l) {
		return l
	}
	k := neClose(seq, l.at)
	if k+2 >= len(seq) || seq[k+1].kind != seqWord || !placePrepositions[seq[k+1].word] || !coded(seq[k+2]) {
		return l
	}
	return loc{k + 2, false, true}
}

// nounPattern reports whether a pattern's words after the verb are only
// words and synsets (no source, target, skip or compound marks).
func nounPattern(p *dict.Pattern) bool {
	if len(p.Lower) == 0 {
		return false
	}
	for _, e := range p.Lower {
		if e.Kind != dict.ElemWord && e.Kind != dict.ElemSynset {
			return false
		}
	}
	return true
}

// subjectSeq returns, in text order, the phrase the verb's own clause has
// as its subject (the one findSource takes), or nil.
func (w *work) subjectSeq(upper []seqItem, vStart int) []seqItem {
	l := w.findSource(upper, w.clauseStart(vStart), vStart)
	if !l.ok || upper[l.at].kind != seqNEOpen {
		return nil
	}
	var out []seqItem
	for k := l.at; k >= 0; k-- {
		out = append(out, upper[k])
		if upper[k].kind == seqNEClose {
			return out
		}
	}
	return nil
}

// asRole reports whether the phrase opening at seq[at] follows "as".
func asRole(seq []seqItem, at int) bool { return opensWith(seq, at, "AS") }

// opensWith reports whether the phrase opening at seq[at] follows word.
func opensWith(seq []seqItem, at int, word string) bool {
	return at >= 1 && seq[at-1].kind == seqWord && seq[at-1].word == word
}

// cooperative reports whether an event code is an intent to cooperate,
// consultation, cooperation, aid or yielding (roots 03 to 08).
func cooperative(code string) bool {
	return len(code) >= 2 && code[0] == '0' && code[1] >= '3' && code[1] <= '8'
}

// placeAgents gives a target that names people with no state of their
// own ("---CVL": "killed four civilians in the West Bank") the state or
// region of the phrase of place right after it, as PETRARCH reads a noun
// phrase with its place ("four civilians in the West Bank": PSEWSBCVL);
// it reports whether it did.
func (w *work) placeAgents(seq []seqItem, l loc) bool {
	if !l.ok || l.at >= len(seq) || seq[l.at].kind != seqNEOpen {
		return false
	}
	i := seq[l.at].at
	code := w.items[i].code
	if len(code) <= 3 || code[:3] != "---" {
		return false
	}
	k := neClose(seq, l.at)
	if k+2 >= len(seq) || seq[k+1].kind != seqWord || !placePrepositions[seq[k+1].word] && seq[k+1].word != "AT" || seq[k+2].kind != seqNEOpen || !localAgent(code[3:]) {
		return false
	}
	pi := seq[k+2].at
	place := w.items[pi].code
	if len(place) < 3 || isNull(place) || len(place)%3 != 0 || !stateOrRegion(place) || !w.placeName(pi) {
		// "15 people at a mosque in Peshawar": the place named in the
		// phrase of where they were
		if place = w.placeInside(pi); place == "" {
			return false
		}
	} else if seq[k+1].word == "AT" {
		return false // ("at the UN" is an actor more often than a place)
	}
	w.items[i].code = place + code[3:]
	return true
}

// placeWords may come before a place's name in a phrase that names only
// the place ("the east of the Gaza Strip", "northern Syria").
var placeWords = map[string]bool{
	"THE": true, "OF": true, "NORTH": true, "SOUTH": true, "EAST": true, "WEST": true,
	"NORTHERN": true, "SOUTHERN": true, "EASTERN": true, "WESTERN": true, "CENTRAL": true,
	"NORTHEASTERN": true, "NORTHWESTERN": true, "SOUTHEASTERN": true, "SOUTHWESTERN": true,
	"NORTHEAST": true, "NORTHWEST": true, "SOUTHEAST": true, "SOUTHWEST": true, "CENTRE": true,
	"CENTER": true, "OUTSKIRTS": true, "HEART": true, "OCCUPIED": true, "BESIEGED": true, "RURAL": true,
}

// subPlaceNouns name the parts a state is divided into.
var subPlaceNouns = map[string]bool{
	"COUNTY": true, "PROVINCE": true, "REGION": true, "DISTRICT": true, "STATE": true,
	"GOVERNORATE": true, "OBLAST": true, "PREFECTURE": true, "MUNICIPALITY": true,
	"DEPARTMENT": true, "CANTON": true, "TERRITORY": true,
}

// placeName reports whether the NE at item i names a place and nothing
// else: its actor's name ends it, with only words of direction before it
// ("a raid in South Waziristan" is a raid), or is followed by the name of
// one of its parts ("Kenya's Mandera county", with no agent read in it).
func (w *work) placeName(i int) bool {
	words := w.neWords(i)
	return w.placeWordsName(words, w.marks(i, len(words)))
}

// placeWordsName is placeName for a phrase's words.
func (w *work) placeWordsName(words []string, marks dict.Marks) bool {
	if len(words) == 0 {
		return false
	}
	rd := w.c.d.ReadMarked(words, marks, w.day)
	if rd.Actor == nil {
		return false
	}
	if rd.ActorTo != len(words) && (len(rd.Agents) > 0 || !subPlaceNouns[words[len(words)-1]] || len(words)-rd.ActorTo < 2) {
		return false
	}
	for _, wd := range words[:rd.ActorFrom] {
		if !placeWords[wd] {
			return false
		}
	}
	return true
}

// localAgent reports whether people of an agent code are, with no state
// named, of the place they are in: not soldiers, mercenaries,
// peacekeepers or aid workers, who are often foreign ("the attack on
// peacekeepers in Lebanon").
func localAgent(agent string) bool { return !hasRole(agent, "MIL", "UAF", "PKO", "NGO", "IGO", "SPY") }

// stateOrRegion reports whether a code names a state or a region of one
// and nothing else (no agent: "Russian troops" is not a place).
func stateOrRegion(code string) bool {
	switch code[:3] {
	case "IGO", "NGO", "IMG", "MNC", "NGM", "---":
		return false
	}
	for k := 3; k+3 <= len(code); k += 3 {
		switch code[k : k+3] {
		case "GOV", "MIL", "REB", "INS", "OPP", "COP", "JUD", "LEG", "BUS", "MED", "CVL", "PPL", "SPY", "UAF", "SEP", "PTY", "EDU", "REF", "HLH", "CRM", "AGR", "LAB", "ELI", "MUS", "CHR", "JEW", "HRI", "ENV", "DEV", "REL", "SET":
			return false
		}
	}
	return true
}

// placePrepositions open a phrase that says where something is.
var placePrepositions = map[string]bool{"IN": true, "INSIDE": true, "NEAR": true, "AROUND": true, "ACROSS": true, "ALONG": true, "THROUGHOUT": true}

// throughModifier moves a source with no actor of its own that a
// participle modifies to the actor that participle names: "a report
// released in the Rwandan capital alleged", "a statement issued by the
// Kremlin said" are Rwanda's and the Kremlin's, as PETRARCH reads the
// whole noun phrase.
func (w *work) throughModifier(upper []seqItem, l loc) loc {
	if !l.ok || !l.upper || !bareNE(upper, l) {
		return l
	}
	i := upper[l.at].at // the phrase's open item
	np, e := w.parent(i), w.items[i].end
	if np < 0 || !strings.HasPrefix(w.items[np].Label, "NP") || e < 0 || e+2 >= len(w.items) {
		return l
	}
	vp := w.items[e+1]
	if vp.Kind != syntax.Open || !strings.HasPrefix(vp.Label, "VP") || w.items[e+2].Label != "VBN" || vp.end > w.items[np].end {
		return l
	}
	// upper runs from the verb back to the start: the modifier's first
	// actor is the last one listed inside it
	for k := len(upper) - 1; k >= 0; k-- {
		if at := upper[k].at; at > e+1 && at < vp.end && coded(upper[k]) {
			return loc{k, true, true}
		}
	}
	return l
}

// throughRecipient moves a target with no actor of its own that a
// pattern's "+" took ("provide support | to Israel", "launched attacks |
// against Kurdish fighters", "signed a deal | with Iran") to the phrase
// right after it that names whom it is given to, aimed at or shared
// with.
func throughRecipient(seq []seqItem, l loc, hostile bool) loc {
	if !bareNE(seq, l) {
		return l
	}
	k := neClose(seq, l.at) + 1
	if k+1 >= len(seq) || seq[k].kind != seqWord || !recipientPrepositions[seq[k].word] {
		return l
	}
	if !coded(seq[k+1]) {
		// an agent alone will do for whom something is given to or
		// meant for ("froze funding | for the university"), and for
		// whom a hostile act is aimed at ("declared war | on drug
		// gangs")
		agent := seq[k+1].kind == seqNEOpen && seq[k+1].code != "---"
		w := seq[k].word
		if !agent || !(w == "TO" || w == "FOR" || hostile && (w == "ON" || w == "AGAINST")) {
			return l
		}
	}
	if k == l.at+3 && seq[l.at+1].kind == seqWord && personalPronouns[seq[l.at+1].word] {
		return l // "sent me to Mexico": a person, not a thing given
	}
	return loc{k + 1, false, true}
}

// hostile reports whether an event code is conflictual: a demand,
// disapproval, rejection, threat, protest or force (roots 10 to 20).
func hostile(code string) bool {
	return len(code) >= 2 && (code[0] == '1' || code[:2] == "20")
}

// personalPronouns stand for people, who are not what is given or done.
var personalPronouns = map[string]bool{"ME": true, "US": true, "YOU": true, "HIM": true, "HER": true, "THEM": true, "IT": true}

// recipientPrepositions open a phrase naming whom something is given
// to, aimed at or done with.
var recipientPrepositions = map[string]bool{"TO": true, "FOR": true, "AGAINST": true, "ON": true, "AT": true, "WITH": true, "BETWEEN": true}

// concernedPrepositions open a phrase, inside what a pattern names,
// naming whom it concerns: those it is given to, aimed at or done with,
// and those it is withheld or taken from ("withheld military aid from
// Ukraine" concerns Ukraine, not Ukraine's military).
var concernedPrepositions = map[string]bool{"TO": true, "FOR": true, "AGAINST": true, "ON": true, "AT": true, "WITH": true, "FROM": true}

// supportPrepositions are concernedPrepositions without "against".
var supportPrepositions = without(concernedPrepositions, "AGAINST")

// without returns a copy of set without word.
func without(set map[string]bool, word string) map[string]bool {
	out := make(map[string]bool, len(set))
	for w := range set {
		if w != word {
			out[w] = true
		}
	}
	return out
}

// modifierAgent reports whether the phrase at l of a lower sequence is
// the agent of a participle ("a ceasefire brokered | by Qatar").
func (w *work) modifierAgent(seq []seqItem, l loc) bool {
	if !l.ok || l.upper || l.at < 2 || seq[l.at-1].kind != seqWord || seq[l.at-1].word != "BY" || seq[l.at-2].kind != seqWord {
		return false
	}
	at := seq[l.at-2].at
	return at >= 1 && w.items[at-1].Label == "VBN"
}

// throughAgent moves a target with no actor of its own that a participle
// with an agent modifies ("condemned the move announced by Pompeo",
// "welcomed the offer made by Iran") to the agent: what someone did is
// aimed at them.
func (w *work) throughAgent(seq []seqItem, l loc) loc {
	if !bareNE(seq, l) {
		return l
	}
	// the phrase after the participle and "by" right after the target
	// (who brokered it is a third party: "a truce brokered by Egypt")
	if t := (loc{neClose(seq, l.at) + 3, false, true}); t.at < len(seq) && coded(seq[t.at]) && w.modifierAgent(seq, t) && !w.mediatedBy(seq[t.at].at) {
		return t
	}
	// or the place it was sent or launched from: "intercepted a missile
	// launched from Yemen"
	if t := (loc{neClose(seq, l.at) + 3, false, true}); t.at < len(seq) && coded(seq[t.at]) && w.sentFrom(seq, t) {
		return t
	}
	return l
}

// sentFrom reports whether the phrase at l follows a participle of
// sending or launching and "from" ("launched from Yemen").
func (w *work) sentFrom(seq []seqItem, l loc) bool {
	if !l.ok || l.upper || l.at < 2 || seq[l.at-1].kind != seqWord || seq[l.at-1].word != "FROM" || seq[l.at-2].kind != seqWord {
		return false
	}
	at := seq[l.at-2].at
	if at < 1 || w.items[at-1].Label != "VBN" {
		return false
	}
	tok := w.items[at].Tok
	return tok >= 0 && tok < len(w.s.Tokens) && sendingVerbs[strings.ToUpper(w.s.Tokens[tok].Lemma)]
}

// sentBy gives a target that names agents of no state ("---MIL": "the 60
// drones launched by Russia", "troops sent by Moscow") the state of the
// agent of the participle of sending or launching that modifies it, as
// their own; it reports whether it did.
func (w *work) sentBy(seq []seqItem, l loc) bool {
	if !l.ok || l.upper || l.at >= len(seq) || seq[l.at].kind != seqNEOpen {
		return false
	}
	code := seq[l.at].code
	if len(code) <= 3 || code[:3] != "---" {
		return false
	}
	t := loc{neClose(seq, l.at) + 3, false, true}
	if t.at >= len(seq) || seq[t.at].kind != seqNEOpen || !w.modifierAgent(seq, t) {
		// or a later conjunct's participle: "266 of the 298 drones and
		// 45 of the 69 missiles fired by Russia"
		if t = laterConjunctAgent(seq, neClose(seq, l.at)); !t.ok || !w.modifierAgent(seq, t) {
			return false
		}
	}
	if tok := w.items[seq[t.at-2].at].Tok; tok < 0 || tok >= len(w.s.Tokens) || !sendingVerbs[strings.ToUpper(w.s.Tokens[tok].Lemma)] {
		return false // (rebels "backed by Turkey" are not Turkey's)
	}
	by := seq[t.at].code
	if len(by) != 3 || isNull(by) || !stateOrRegion(by) {
		return false
	}
	w.items[seq[l.at].at].code = by + code[3:]
	return true
}

// prepositionWithin gives a target phrase that holds the preposition a
// pattern puts right before its target ("- * AGAINST +" reading "rallied
// in Belgrade against President Aleksandar Vucic", one phrase in the
// parse, whose first actor is Belgrade) the code of the actor named after
// that preposition, "against" or "on"; it reports whether it did.
func (w *work) prepositionWithin(pat *dict.Pattern, seq []seqItem, l loc) bool {
	if !l.ok || l.upper || l.at >= len(seq) || seq[l.at].kind != seqNEOpen {
		return false
	}
	prep := ""
	for k := 0; k+1 < len(pat.Lower); k++ {
		if pat.Lower[k].Kind == dict.ElemWord && pat.Lower[k+1].Kind == dict.ElemTarget {
			prep = pat.Lower[k].Word
		}
	}
	if prep != "AGAINST" && prep != "ON" {
		// (only what an act is aimed against or on: whom something is
		// handed over "to" is not what is handed over)
		return false
	}
	return w.readAfterWithin(seq[l.at].at, prep)
}

// sanctionedWithin gives a target phrase that names a measure of one
// actor on another ("the snapback of UN sanctions on Iran") the code of
// the actor after its last "on" or "against", the one the measure is
// on; it reports whether it did.
func (w *work) sanctionedWithin(seq []seqItem, l loc) bool {
	if !l.ok || l.upper || l.at >= len(seq) || seq[l.at].kind != seqNEOpen {
		return false
	}
	return w.readAfterWithin(seq[l.at].at, "ON", "AGAINST")
}

// readAfterWithin gives the noun phrase at item at the code of the actor
// its words name after the last of preps inside it, when that names one
// other than the phrase's own code; it reports whether it did.
func (w *work) readAfterWithin(at int, preps ...string) bool {
	words := w.neWords(at)
	for k := len(words) - 2; k > 0; k-- {
		if !slices.Contains(preps, words[k]) {
			continue
		}
		c := w.c.d.Read(words[k+1:], w.day).Code
		if isNull(c) || c == w.items[at].code {
			return false
		}
		w.items[at].code = c
		return true
	}
	return false
}

// laterConjunctAgent finds, after the close of a noun phrase at c, the
// agent phrase of a participle ("fired by Russia") that follows a later
// conjunct of the same coordination, past nothing but "and", commas, "of"
// and phrases that name no one ("and 45 of the 69 missiles").
func laterConjunctAgent(seq []seqItem, c int) loc {
	and := false
	for k := c + 1; k+2 < len(seq) && k <= c+12; k++ {
		it := seq[k]
		switch {
		case it.kind == seqWord && (it.word == "AND" || it.word == ","):
			and = and || it.word == "AND"
		case it.kind == seqWord && it.word == "OF":
		case it.kind == seqNEOpen && it.code == "---":
			k = neClose(seq, k)
		case it.kind == seqWord && and && seq[k-1].kind == seqNEClose && seq[k+1].kind == seqWord && seq[k+1].word == "BY" && seq[k+2].kind == seqNEOpen:
			return loc{k + 2, false, true}
		default:
			return loc{}
		}
	}
	return loc{}
}

// notDoneVerbs say that what they govern was not done.
var notDoneVerbs = map[string]bool{"DECLINE": true, "FAIL": true, "REFRAIN": true, "AVOID": true, "NEGLECT": true}

// sendingVerbs send out or command what is theirs.
var sendingVerbs = map[string]bool{"LAUNCH": true, "FIRE": true, "SEND": true, "DEPLOY": true, "DISPATCH": true, "OPERATE": true, "FLY": true, "COMMAND": true}

// tokSpan is the token span of items a..b.
func (w *work) tokSpan(a, b int) Span {
	sp := Span{-1, -1}
	for k := a; k <= b; k++ {
		if w.items[k].Kind == syntax.Word && w.items[k].Tok >= 0 {
			if sp.Start < 0 {
				sp.Start = w.items[k].Tok
			}
			sp.End = w.items[k].Tok + 1
		}
	}
	if sp.Start < 0 {
		return Span{}
	}
	return sp
}

// patternsFor returns a block's patterns in the order they are tried:
// the most specific (most elements to match) first, in file order among
// equals.
func (c *Coder) patternsFor(b *dict.VerbBlock) []*dict.Pattern {
	return b.BySize()
}

// sentenceWords returns the set of the sentence's words, built once per
// sentence: a pattern whose literal words are not all there cannot match.
func (w *work) sentenceWords() map[string]bool {
	if w.words == nil {
		w.words = make(map[string]bool, 64)
	}
	if !w.wordsBuilt {
		clear(w.words)
		w.wordMask = 0
		for _, it := range w.items {
			if it.Kind == syntax.Word {
				w.words[it.Word] = true
				w.wordMask |= dict.WordMask(it.Word)
			}
		}
		w.wordsBuilt = true
	}
	return w.words
}

// hasWords reports whether every literal word of p is in present.
func hasWords(p *dict.Pattern, present map[string]bool) bool {
	for _, w := range p.Lits {
		if !present[w] {
			return false
		}
	}
	return true
}

// seqOf is the sequence element an item of the clause sequence gives, if
// any: words, and the brackets of noun phrases and compounds.
func seqOf(it citem, k int) (seqItem, bool) {
	switch it.Kind {
	case syntax.Word:
		return seqItem{kind: seqWord, word: it.Word, at: k}, true
	case syntax.Open:
		switch it.Label {
		case syntax.LabelNE:
			return seqItem{kind: seqNEOpen, at: k, code: it.code}, true
		case syntax.LabelNEC:
			return seqItem{kind: seqNECOpen, at: k}, true
		}
	case syntax.Close:
		switch it.Label {
		case syntax.LabelNE:
			return seqItem{kind: seqNEClose, at: k}, true
		case syntax.LabelNEC:
			return seqItem{kind: seqNECClose, at: k}, true
		}
	}
	return seqItem{}, false
}

// upperSeq collects, nearest the verb first, the words and noun phrases
// before the verb, back to the start of the sentence or a comma.
func (w *work) upperSeq(from int) []seqItem { return w.upperItems(from, w.start, true) }

// upperItems is the sequence of items from item from back to item to (and
// the clause sequence's start), stopping at a comma when commas is set.
func (w *work) upperItems(from, to int, commas bool) []seqItem {
	out := w.upBuf[:0]
	for k := from; k >= to && k >= w.start; k-- {
		it := w.items[k]
		if commas && it.Kind == syntax.Close && it.Label == "," {
			break
		}
		if x, ok := seqOf(it, k); ok {
			out = append(out, x)
		}
	}
	w.upBuf = out[:0]
	return out
}

// participleSubject returns, for a verb phrase of a present participle
// that opens a clause of its own set off by a comma after a sentence's
// verb phrase ("..., warning Israel against retaliation"), the item of
// that sentence's subject; else -1.
func (w *work) participleSubject(vp int) int {
	if vp+1 >= len(w.items) || w.items[vp+1].Label != "VBG" {
		return -1
	}
	s := w.parent(vp)
	if s < 0 || w.items[s].Label != "S" {
		return -1
	}
	for j := s + 1; j < vp; j++ {
		if it := w.items[j]; it.Kind == syntax.Open && it.Label != "," && w.parent(j) == s {
			return -1 // a subject or more of its own
		}
	}
	if j := s + 1; j >= vp || w.items[j].Label != "," {
		return -1
	}
	top := w.parent(s)
	if top < 0 || w.items[top].Label != "S" {
		return -1
	}
	verb := false
	for j := top + 1; j < s; j++ {
		it := w.items[j]
		if it.Kind != syntax.Open || w.parent(j) != top {
			continue
		}
		if strings.HasPrefix(it.Label, "VP") {
			verb = true
		}
	}
	if !verb {
		return -1
	}
	for j := top + 1; j < s; j++ {
		if it := w.items[j]; it.Kind == syntax.Open && (it.Label == syntax.LabelNE || it.Label == syntax.LabelNEC) && w.parent(j) == top {
			return j
		}
	}
	return -1
}

// mainObjectState returns the state of the first noun phrase after the
// verb of the clause whose subject is at subj, when it names one and the
// clause's act is one of force; "" otherwise.
func (w *work) mainObjectState(subj int) string {
	top := w.parent(subj)
	if top < 0 {
		return ""
	}
	for j := subj + 1; j < w.items[top].end; j++ {
		it := w.items[j]
		if it.Kind != syntax.Open || w.parent(j) != top || !strings.HasPrefix(it.Label, "VP") {
			continue
		}
		for k := j + 1; k < it.end; k++ {
			if w.items[k].Kind == syntax.Open && w.items[k].Label == syntax.LabelNE {
				c := w.items[k].code
				if len(c) >= 3 && !isNull(c[:3]) && stateOrRegion(c[:3]) {
					return c[:3]
				}
				return ""
			}
		}
		return ""
	}
	return ""
}

// upperSeqAcross is upperSeq that goes on past commas down to item to.
func (w *work) upperSeqAcross(from, to int) []seqItem { return w.upperItems(from, to, false) }

// openedInside returns the item of the NE that opens after the verb's
// first word (at from) and before its last (at to) and closes after it;
// -1 if there is none.
func (w *work) openedInside(from, to int) int {
	for k := from + 1; k <= to && k < len(w.items); k++ {
		if it := w.items[k]; it.Kind == syntax.Open && it.Label == syntax.LabelNE && it.end > to {
			return k
		}
	}
	return -1
}

// lowerSeq collects the words and noun phrases after the verb, to the end
// of its verb phrase.
func (w *work) lowerSeq(from, end int) []seqItem {
	out := w.lowBuf[:0]
	for k := from; k < end && k < len(w.items); k++ {
		if x, ok := seqOf(w.items[k], k); ok {
			out = append(out, x)
		}
	}
	w.lowBuf = out[:0]
	return out
}

func renderSeq(seq []seqItem) string {
	var b strings.Builder
	for i, s := range seq {
		if i > 0 {
			b.WriteByte(' ')
		}
		switch s.kind {
		case seqWord:
			b.WriteString(s.word)
		case seqNEOpen:
			b.WriteString("(NE[" + s.code + "]")
		case seqNEClose:
			b.WriteString("~NE")
		case seqNECOpen:
			b.WriteString("(NEC")
		case seqNECClose:
			b.WriteString("~NEC")
		}
	}
	return b.String()
}

// matcher matches one pattern side against a sequence.
type matcher struct {
	w        *work
	syn      map[string]*dict.Synset
	src, tgt loc
	reach    int // in the upper sequence: the clause item of the last element matched
	// first is where in the lower sequence the pattern's first word
	// after the verb matched (-1: none yet, or not a word)
	first int
	// prepTo: a pattern's "TO" before its target ("- * TO +") is the
	// preposition only, not an infinitive's marker (herald's own
	// patterns; PETRARCH's files are read as PETRARCH reads them)
	prepTo bool
	// tgtNE is the lower sequence item opening the noun phrase the
	// target matched in, when that phrase is a member of a compound
	// (-1: none)
	tgtNE int
}

// match reports whether elems match seq. Each element must match the
// next word of the sequence, or, unless it is joined to the previous one
// with '_', a later word. $ and + mark the noun phrase they fall in as
// source and target, ^ skips to the end of that phrase, % marks a
// compound as both.
func (m *matcher) match(elems []dict.Elem, seq []seqItem, upper bool) bool {
	if len(elems) == 0 {
		return true
	}
	if len(seq) == 0 {
		return false
	}
	return m.matchFrom(elems, seq, upper, 0, 0, false, false, -1)
}

// matchFrom matches elems[kp:] against seq[ks:], inside a noun phrase or
// compound as the flags say. A word found further on may be the wrong
// one ("Eriador's death toll and injury toll has risen" read backwards
// for "DEATH_TOLL *" meets "injury toll" first): when the rest of the
// pattern fails after it, the search goes on past it. prevTok is the
// token the previous element matched (-1 for none): an element joined to
// it with '_' must be the word next to it in the sentence, not only next
// in the sequence, where a shared noun copied to each coordinated
// modifier ("death and injury total" read as "death total" and "injury
// total") would make words look adjacent that are not.
func (m *matcher) matchFrom(elems []dict.Elem, seq []seqItem, upper bool, kp, ks int, inNE, inNEC bool, prevTok int) bool {
	// rest tries the elements after kp from sequence item next; it
	// restores the matcher's findings when they fail.
	// rest is called with at the last item the element matched and from
	// its first ("austrian gold florin" for a synset)
	rest := func(at, next, from int) bool {
		saved := *m
		if upper {
			m.reach = seq[at].at
		} else if kp == 0 && m.first < 0 {
			m.first = from
		}
		if kp+1 >= len(elems) {
			return true
		}
		if next < len(seq) && m.matchFrom(elems, seq, upper, kp+1, next, inNE, inNEC, m.tokAt(seq, at)) {
			return true
		}
		*m = saved
		return false
	}
	// joined reports whether the word at k may follow the previous
	// element's word
	joined := func(k int) bool {
		if !elems[kp].Adjacent || prevTok < 0 {
			return true
		}
		t := m.tokAt(seq, k)
		return t < 0 || t == prevTok+1 || t == prevTok-1
	}
	advance := func() (done, fail bool) {
		if upper && ks < len(seq) {
			m.reach = seq[ks].at
		}
		kp++
		if kp >= len(elems) {
			return true, false
		}
		ks++
		return false, ks >= len(seq)
	}
	skip := func() bool { // returns false when the pattern fails
		if elems[kp].Adjacent {
			return false
		}
		ks++
		return ks < len(seq)
	}
	for kp < len(elems) {
		it := seq[ks]
		if it.isMarker() {
			if kp > 0 && elems[kp].SamePhrase && (it.kind == seqNEOpen || it.kind == seqNEClose) {
				return false // a {...} group's words stand in one noun phrase
			}
			if it.kind == seqNECOpen || it.kind == seqNECClose {
				inNEC = !inNEC
			} else {
				inNE = !inNE
			}
			ks++
			if ks >= len(seq) {
				return false
			}
			continue
		}
		e := elems[kp]
		switch e.Kind {
		case dict.ElemSource, dict.ElemTarget, dict.ElemSkip, dict.ElemCompound:
			if !inNE && !inNEC {
				if !skip() {
					return false
				}
				continue
			}
			if e.Kind == dict.ElemCompound {
				// % needs a compound: it is both source and target.
				at := findNEC(seq, ks, upper)
				if !inNEC || at < 0 {
					if !skip() {
						return false
					}
					continue
				}
				// Before the verb ("% MET *") the members act on each
				// other: the compound is source and target. After it
				// ("* WITH %") the compound is the target.
				m.tgt = loc{at, upper, true}
				if upper {
					m.src = m.tgt
				}
			} else if inNE {
				// an actor of a compound is the compound: "attacked
				// Ukraine and Georgia" acts on both
				at := findNE(seq, ks, upper)
				if inNEC {
					if c := findNEC(seq, ks, upper); c >= 0 {
						at = c
					}
				}
				switch e.Kind {
				case dict.ElemSource:
					m.src = loc{at, upper, true}
				case dict.ElemTarget:
					m.tgt = loc{at, upper, true}
					m.tgtNE = -1
					if !upper && at != findNE(seq, ks, upper) {
						m.tgtNE = findNE(seq, ks, upper)
					}
				case dict.ElemSkip:
					for ks < len(seq)-1 && seq[ks].kind != seqNEClose && seq[ks].kind != seqNEOpen {
						ks++
					}
					inNE = false
				}
			}
			done, fail := advance()
			if done {
				return true
			}
			if fail {
				return false
			}
		case dict.ElemSynset:
			if n := m.synsetAt(e.Word, seq, ks, upper, 0); n > 0 && joined(ks) && rest(ks+n-1, ks+n, ks) {
				return true
			} else if !skip() {
				return false
			}
		default:
			if it.word == e.Word && joined(ks) && !(e.Word == "TO" && m.prepTo && kp+1 < len(elems) && elems[kp+1].Kind == dict.ElemTarget && m.infinitive(seq, ks)) && !m.behalf(elems, kp, it) && rest(ks, ks+1, ks) {
				return true
			} else if !skip() {
				return false
			}
		}
	}
	return true
}

// behalf reports whether the preposition it, matched by element kp
// before the target, opens a phrase of whose request or orders the act
// was done ("struck coup plotters at the request of Benin's government"
// did not strike Benin's government).
func (m *matcher) behalf(elems []dict.Elem, kp int, it seqItem) bool {
	return kp+1 < len(elems) && elems[kp+1].Kind == dict.ElemTarget && m.w != nil && it.at >= 0 && it.at < len(m.w.items) && m.w.onBehalf(it.at)
}

// infinitive reports whether the "to" at sequence item k marks an
// infinitive (a base-form verb right after it), not a preposition: "visited
// Libya to discuss migration" does not visit migration.
func (m *matcher) infinitive(seq []seqItem, k int) bool {
	if k+1 >= len(seq) || seq[k+1].isMarker() {
		return false
	}
	t := m.tokAt(seq, k+1)
	return t >= 0 && t < len(m.w.s.Tokens) && m.w.s.Tokens[t].Tag == "VB"
}

// tokAt is the sentence token of sequence item k (-1 for none).
func (m *matcher) tokAt(seq []seqItem, k int) int {
	if k < 0 || k >= len(seq) || m.w == nil {
		return -1
	}
	at := seq[k].at
	if at < 0 || at >= len(m.w.items) {
		return -1
	}
	return m.w.items[at].Tok
}

// synsetAt returns how many sequence items a phrase of the synset spans
// starting at ks (read backwards in the upper sequence), or 0.
func (m *matcher) synsetAt(name string, seq []seqItem, ks int, upper bool, depth int) int {
	set := m.syn[name]
	if set == nil || depth > 4 || ks >= len(seq) || seq[ks].isMarker() {
		return 0
	}
	phrases, nested := set.Starting(seq[ks].word, upper)
	best := 0
	for _, ph := range phrases {
		n := 0
		ok := true
		for j := range ph {
			w := ph[j]
			if upper {
				w = ph[len(ph)-1-j]
			}
			if ks+n >= len(seq) || seq[ks+n].isMarker() || seq[ks+n].word != w {
				ok = false
				break
			}
			n++
		}
		if ok && n > best {
			best = n
		}
	}
	for _, sub := range nested {
		if n := m.synsetAt(sub, seq, ks, upper, depth+1); n > best {
			best = n
		}
	}
	return best
}

// findNE finds the start of the noun phrase containing seq[ks].
func findNE(seq []seqItem, ks int, upper bool) int {
	if upper {
		for k := ks; k < len(seq); k++ {
			if seq[k].kind == seqNEOpen || seq[k].kind == seqNECOpen {
				return k
			}
		}
		return len(seq) - 1
	}
	for k := ks; k >= 0; k-- {
		if seq[k].kind == seqNEOpen || seq[k].kind == seqNECOpen {
			return k
		}
	}
	return 0
}

func findNEC(seq []seqItem, ks int, upper bool) int {
	if upper {
		for k := ks; k < len(seq); k++ {
			if seq[k].kind == seqNECOpen {
				return k
			}
		}
		return -1
	}
	for k := ks; k >= 0; k-- {
		if seq[k].kind == seqNECOpen {
			return k
		}
	}
	return -1
}

// negation words that make a verb phrase negative.
var negations = map[string]bool{"NOT": true, "N'T": true, "NEVER": true, "NO": false}

// negated reports whether the verb at verbAt is negated: "not", "n't"
// or "never" among the words of the verb phrases around it, before it
// and after the clause's subject.
func (w *work) negated(vpStart, verbAt int) bool {
	return w.inVerbGroup(verbAt, func(word string, _ int) bool { return negations[word] }) || w.noPlanTo(verbAt)
}

// neitherSubject reports whether the verb's subject opens with "neither"
// ("Neither Russia nor Ukraine accepted the proposal": none of them did).
func (w *work) neitherSubject(upper []seqItem, vStart int) bool {
	if !slices.Contains(w.upper, "NEITHER") {
		return false // (most sentences: no source search for every verb)
	}
	l := w.findSource(upper, w.clauseStart(vStart), vStart)
	if !l.ok {
		return false
	}
	it := upper[l.at]
	if it.kind != seqNEOpen && it.kind != seqNECOpen {
		return false
	}
	for k := it.at + 1; k < w.items[it.at].end; k++ {
		if w.items[k].Kind == syntax.Word {
			return w.items[k].Word == "NEITHER"
		}
	}
	return false
}

// planNouns say what someone means to do ("no plans to meet").
var planNouns = map[string]bool{
	"PLAN": true, "PLANS": true, "INTENTION": true, "INTENTIONS": true, "INTENT": true,
	"DESIRE": true, "WISH": true, "INTEREST": true, "REASON": true, "NEED": true, "DECISION": true,
}

// noPlanTo reports whether the verb at verbAt is the infinitive of a plan
// that a "no" denies ("Putin had no plans to meet Zelensky").
func (w *work) noPlanTo(verbAt int) bool {
	if !slices.Contains(w.upper, "NO") {
		return false // (most sentences)
	}
	words := w.wordsUpTo(verbAt, 6)
	if len(words) < 3 || words[0] != "TO" || !planNouns[words[1]] {
		return false
	}
	return slices.Contains(words[2:], "NO")
}

// wordsUpTo returns at most n words before the verb at verbAt, nearest
// first, up to the first noun phrase met.
func (w *work) wordsUpTo(verbAt, n int) []string {
	var words []string
	for k := verbAt - 1; k >= w.start && len(words) < n; k-- {
		it := w.items[k]
		if it.Kind == syntax.Word {
			words = append(words, it.Word)
			continue
		}
		if it.Kind == syntax.Open && it.Label == syntax.LabelNE {
			break
		}
	}
	return words
}

// inVerbGroup reports whether a word before the verb at verbAt, within
// its verb group (auxiliaries, modals, adverbs; not past a noun phrase or
// a clause), satisfies match.
func (w *work) inVerbGroup(verbAt int, match func(word string, k int) bool) bool {
	for k := verbAt - 1; k >= w.start; k-- {
		it := w.items[k]
		switch it.Kind {
		case syntax.Word:
			if match(it.Word, k) {
				return true
			}
		case syntax.Open:
			if !strings.HasPrefix(it.Label, "VP") && !strings.HasPrefix(it.Label, "VB") && it.Label != "MD" && it.Label != "RB" && it.Label != "ADVP" {
				return false
			}
		case syntax.Close:
			if it.Label == syntax.LabelNE || it.Label == syntax.LabelNEC || it.Label == "S" || it.Label == "SBAR" {
				return false
			}
		}
	}
	return false
}

// builtinEntry reports whether a verb's code comes from herald's built-in
// verb dictionary (its pattern's, or else the verb's own).
func builtinEntry(form *dict.VerbForm, pat *dict.Pattern) bool {
	if pat != nil {
		return strings.HasPrefix(pat.Pos.File, "builtin/")
	}
	return strings.HasPrefix(form.Pos.File, "builtin/")
}

// futureModal reports whether the verb at verbAt has "will", "would" or
// "shall" in its own verb phrase ("will attack", "would not have
// raised" is negated first).
func (w *work) futureModal(verbAt int) bool {
	return w.inVerbGroup(verbAt, func(word string, k int) bool {
		switch word {
		case "WILL", "WOULD", "SHALL", "'LL":
			return k > 0 && w.items[k-1].Kind == syntax.Open && w.items[k-1].Label == "MD"
		}
		return false
	})
}

// intentCode is the CAMEO intent (03x) of a cooperative act announced for
// the future (meeting, diplomatic and material cooperation, aid,
// yielding: roots 04 to 08): the intent the act cues, as an appeal or a
// demand is cued ("will provide tanks" 072 → 0332), save that the intent
// to mediate is 039 and to reform 034.
func intentCode(c string) (string, bool) {
	if len(c) < 3 || len(c) > 4 || c < "04" || c >= "09" {
		return "", false
	}
	switch c[:3] {
	case "045":
		return "039", true
	case "083":
		return "034", true
	}
	return cued("03", c)
}

// readyAdjectives say that someone means to act: "ready to", "willing
// to", "determined to" ("prepared to", also a verb, "as the leader
// prepared to attend", is left out).
var readyAdjectives = map[string]bool{
	"READY": true, "WILLING": true, "EAGER": true, "KEEN": true,
	"DETERMINED": true, "POISED": true, "SET": true,
}

// readyTo reports whether the verb at verbAt is the infinitive of an
// adjective of readiness ("Putin said he was ready to talk"): like
// "will", it announces the act.
func (w *work) readyTo(verbAt int) bool {
	words := w.wordsUpTo(verbAt, 2)
	return len(words) == 2 && words[0] == "TO" && readyAdjectives[words[1]]
}

// threatCode is the CAMEO threat (13x) of a hostile act announced for the
// future: protest → 133, reducing relations, aid or trade → 131 (1311 aid,
// 1312 sanctions, 1313 relations), administrative sanctions → 132,
// other coercion → 137, violence → 138 (1383 unconventional, 1384
// conventional).
func threatCode(c string) (string, bool) {
	if len(c) < 2 {
		return "", false
	}
	switch {
	case c[:2] == "14":
		return "133", true
	case c == "161":
		return "1313", true
	case c == "162":
		return "1311", true
	case c == "163":
		return "1312", true
	case c[:2] == "16":
		return "131", true
	case c == "172":
		return "132", true
	case c[:2] == "17":
		return "137", true
	case c[:2] == "18":
		return "1383", true
	case c[:2] == "19":
		return "1384", true
	case c[:2] == "20":
		return "138", true
	}
	return "", false
}

// mentionsNegation reports whether a pattern itself speaks of negation
// ("- NOT * TIES [112]"), so its code already says what the negation
// means.
func mentionsNegation(p *dict.Pattern) bool {
	for _, e := range p.Upper {
		if negations[e.Word] || e.Word == "NEITHER" || strings.Contains(e.Word, "NEG") {
			return true
		}
	}
	for _, e := range p.Lower {
		if negations[e.Word] || strings.Contains(e.Word, "NEG") {
			return true
		}
	}
	return false
}

// negatedCode is the code of a negated cooperative act: not meeting,
// not cooperating, not helping and not yielding are the CAMEO "reject"
// events (125, 120, 121, 124). Other codes are left as they are.
func negatedCode(c string) (string, bool) {
	if len(c) < 2 {
		return "", false
	}
	switch c[:2] {
	case "04":
		return "125", true
	case "05":
		return "120", true
	case "06", "07":
		return "121", true
	case "08":
		return "124", true
	}
	return "", false
}

// byAgent finds the noun phrase right after "BY" in the lower sequence.
func byAgent(lower []seqItem) loc {
	for k := 0; k+1 < len(lower); k++ {
		if lower[k].kind == seqWord && lower[k].word == "BY" && (lower[k+1].kind == seqNEOpen || lower[k+1].kind == seqNECOpen) {
			return loc{k + 1, false, true}
		}
	}
	return loc{}
}

// findSource takes the first compound or coded noun phrase from the start
// of the upper sequence (in sentence order), else the first noun phrase,
// of the verb at verbAt. Phrases before from are not candidates, nor, when
// from is a subject, are those inside a verb phrase, prepositional phrase
// or subordinate clause between it and the verb: "The group praised the
// US strike and later attacked Israel" does not make the US the attacker.
func (w *work) findSource(upper []seqItem, from, verbAt int) loc {
	skip := func(at int) bool {
		if from <= 0 {
			return false
		}
		for j := from; j < at; j++ {
			if w.closedBefore(j, verbAt) {
				if at <= w.items[j].end {
					return true
				}
				j = w.items[j].end
			}
		}
		return false
	}
	for k := len(upper) - 1; k >= 0; k-- {
		if upper[k].at < from || skip(upper[k].at) {
			continue
		}
		if coded(upper[k]) {
			return loc{titledName(upper, k, -1), true, true}
		}
	}
	for k := len(upper) - 1; k >= 0; k-- {
		if upper[k].at < from || skip(upper[k].at) {
			continue
		}
		if upper[k].kind == seqNEOpen {
			if j := w.partitiveOf(upper[k].at); j >= 0 {
				// "Tens of thousands of Israelis protested": a
				// quantity's actor is whom its "of" phrase names
				for q := range upper {
					if upper[q].at == j {
						return loc{q, true, true}
					}
				}
			}
			return loc{k, true, true}
		}
	}
	return loc{}
}

// partitiveOf returns, for a noun phrase at item i that only counts ("tens",
// "dozens", "a number"), the coded phrase its "of" phrase names, reading
// on through further counts ("tens of thousands of Israelis"), or -1.
func (w *work) partitiveOf(i int) int {
	for depth := 0; depth < 3; depth++ {
		it := w.items[i]
		if it.Kind != syntax.Open || it.Label != syntax.LabelNE || it.end < 0 {
			return -1
		}
		if depth > 0 && it.code != "---" {
			return i // an actor, or an agent alone ("tens of thousands of protesters")
		}
		n := 0
		for _, wd := range w.neWords(i) {
			if wd == "OF" {
				break
			}
			if !quantityWords[wd] && strings.Trim(wd, "0123456789,.") != "" {
				return -1
			}
			n++
		}
		if n == 0 {
			return -1
		}
		// the next phrase after "of"
		j := it.end + 1
		for j < len(w.items) && w.items[j].Kind != syntax.Word {
			j++
		}
		if j >= len(w.items) || w.items[j].Word != "OF" {
			return -1
		}
		for j++; j < len(w.items) && w.items[j].Kind == syntax.Close; j++ {
		}
		for j < len(w.items) && w.items[j].Kind == syntax.Open && w.items[j].Label != syntax.LabelNE {
			j++
		}
		if j >= len(w.items) || w.items[j].Kind != syntax.Open {
			return -1
		}
		i = j
	}
	return -1
}

// closedBefore reports whether item j opens a verb phrase, prepositional
// phrase or subordinate clause that closes before verbAt.
func (w *work) closedBefore(j, verbAt int) bool {
	it := w.items[j]
	return it.Kind == syntax.Open && (strings.HasPrefix(it.Label, "VP") || strings.HasPrefix(it.Label, "PP") || it.Label == "SBAR" || it.Label == "S") && it.end >= 0 && it.end < verbAt
}

// clauseStart returns where the source of the verb at verbAt is looked
// for: the subject of the innermost clause (S) around the verb that has
// one before the verb — the first noun phrase of the clause outside the
// verb phrases, prepositional phrases and subordinate clauses that come
// before the verb — or 0. "Rohan said Arnor attacked Gondor" codes Arnor,
// not Rohan, as the attacker; "Arnor is about to attack" looks past the
// subjectless "to attack" clause.
func (w *work) clauseStart(verbAt int) int {
	for j := verbAt - 1; j >= w.start; j-- {
		it := w.items[j]
		if it.Kind != syntax.Open || it.end < verbAt {
			continue
		}
		if it.Label != "S" && it.Label != "SINV" && it.Label != "SQ" {
			continue
		}
		// A noun phrase inside an earlier verb phrase ("to give a speech
		// on US relations and meet ...") is an object, and one in a
		// preposed phrase or clause ("On Gondor's health centres, he
		// said ...") is not the subject either.
		if k := w.firstPhraseIn(j+1, verbAt, verbAt); k >= 0 {
			return k
		}
		if k := j + 1; k < verbAt && w.items[k].Kind == syntax.Open && w.items[k].Label == "S" && w.closedBefore(k, verbAt) {
			// "The civilians imprisoned for acting against Moscow were
			// released": a subject that a participle modifies can be
			// read as a clause of its own, whose noun phrase is the
			// subject when none follows the clause
			if k := w.firstPhraseIn(k+1, w.items[k].end, verbAt); k >= 0 {
				return k
			}
		}
	}
	return 0
}

// firstPhraseIn returns the first noun phrase in items [from, end) that is
// not inside a phrase or clause closing before verbAt, or -1.
func (w *work) firstPhraseIn(from, end, verbAt int) int {
	for k := from; k < end; k++ {
		it := w.items[k]
		if w.closedBefore(k, verbAt) {
			k = it.end
			continue
		}
		if it.Kind == syntax.Open && (it.Label == syntax.LabelNE || it.Label == syntax.LabelNEC) {
			return k
		}
	}
	return -1
}

// findTarget takes the first coded noun phrase after the verb that is not
// the source, else the first uncoded one after the verb, else the nearest
// coded one before the verb, else an uncoded one before it.
func (w *work) findTarget(upper, lower []seqItem, src loc, verbAt int) loc {
	codes := w.locCodes(src, upper, lower)
	srcCode := "\x00"
	if len(codes) == 1 {
		srcCode = codes[0]
	}
	differs := func(it seqItem) bool { return !strings.HasPrefix(it.code, srcCode) && !w.accordingTo(it.at) }
	// after the verb, a state's rebels or opposition are not the state
	// ("Colombia suspended talks with the ELN": COLREB is no part of COL)
	differsAfter := func(it seqItem) bool {
		return differs(it) || len(srcCode) == 3 && opposesState(it.code[3:]) && !w.accordingTo(it.at)
	}
	object := false // a phrase of the verb's own clause met before
	skipTo := -1    // the end of a compound of third parties skipped
	for k, it := range lower {
		if it.at < skipTo {
			continue
		}
		if object && w.inAdverbialClause(it.at, verbAt) {
			// past the verb's own object, an adverbial clause ("jailed a
			// man for helping militants join a group in Lebanon") names
			// no target of the verb; a purpose or a modifier does
			// ("signed an accord to supply Gondor")
			continue
		}
		if (it.kind == seqNECOpen || it.kind == seqNEOpen) && w.mediatedBy(it.at) {
			// "agreed to a ceasefire after talks mediated by Qatar and
			// Turkey": who brokered or hosted something is a third
			// party, not whom the act is done to
			skipTo = w.items[it.at].end
			continue
		}
		if (it.kind == seqNECOpen || it.kind == seqNEOpen) && w.circumstance(it.at, verbAt) {
			// "freed political prisoners under a deal with the
			// Vatican": when or under what an act was done names no one
			// it was done to
			continue
		}
		if it.kind == seqNECOpen && !w.bareCompound(loc{k, false, true}, upper, lower) && !w.accordingTo(it.at) {
			return loc{k, false, true}
		}
		if it.kind == seqNEOpen && !isNull(it.code) && differsAfter(it) {
			return loc{titledName(lower, k, 1), false, true}
		}
		if it.kind == seqNEOpen && !object {
			// the verb's object: a phrase right under its verb phrase
			// (not "on Friday")
			p := w.parent(it.at)
			object = p >= 0 && strings.HasPrefix(w.items[p].Label, "VP")
		}
	}
	for k, it := range lower {
		if it.kind == seqNEOpen && isNull(it.code) && !w.accordingTo(it.at) {
			return loc{k, false, true}
		}
	}
	// before the verb, not inside a clause of its own that closes before
	// it ("Pakistani forces killed six militants ..., the army said" is
	// no statement about Pakistan)
	// ("He says the man died": the reporter, before the reported
	// clause, is no one the man acted on)
	from := w.reportedClauseStart(verbAt)
	own := func(it seqItem) bool { return !w.inClosedClause(it.at, verbAt) && it.at >= from }
	for k, it := range upper {
		if (it.kind == seqNECOpen || it.kind == seqNEOpen && !isNull(it.code) && differs(it)) && own(it) {
			return loc{k, true, true}
		}
	}
	for k, it := range upper {
		if it.kind == seqNEOpen && isNull(it.code) && !(src.upper && k == src.at) && own(it) {
			return loc{k, true, true}
		}
	}
	return loc{}
}

// opposesState reports whether the role codes after a state's code name
// those who fight or oppose it: rebels, insurgents, separatists, armed
// groups, the opposition.
func opposesState(roles string) bool { return hasRole(roles, "REB", "INS", "SEP", "UAF", "OPP") }

// hasRole reports whether a string of three-letter role codes holds one of
// want.
func hasRole(roles string, want ...string) bool {
	for k := 0; k+3 <= len(roles); k += 3 {
		if slices.Contains(want, roles[k:k+3]) {
			return true
		}
	}
	return false
}

// titledName returns, for the phrase opened at seq[k], the phrase right
// after it in the sentence when that one names a more specific actor of
// the same state: a title and the name of the person holding it, which the
// parse keeps as two phrases ("North Korean leader | Kim Jong Un": PRK,
// PRKGOV). dir is the direction of the sentence in seq (1 for the words
// after the verb, -1 for those before it, nearest first). It returns k
// when there is no such phrase.
func titledName(seq []seqItem, k, dir int) int {
	j := k + dir
	for j >= 0 && j < len(seq) && seq[j].kind != seqNEClose {
		if seq[j].kind == seqNEOpen || seq[j].kind == seqNECOpen {
			return k
		}
		j += dir
	}
	n := j + dir
	if j < 0 || j >= len(seq) || n < 0 || n >= len(seq) || seq[n].kind != seqNEOpen || seq[n].at != seq[j].at+1 {
		return k
	}
	if c := seq[k].code; len(c) >= 3 && !strings.HasPrefix(c, "---") && strings.HasPrefix(seq[n].code, c) && len(seq[n].code) > len(c) {
		return n
	}
	return k
}

// accordingTo reports whether the phrase opened at item at follows
// "according to": it names whom a report is from ("killed three soldiers,
// according to the Syrian Observatory"), never whom the act is aimed at.
func (w *work) accordingTo(at int) bool {
	var prev [2]string
	n := 0
	for j := at - 1; j >= 0 && n < 2; j-- {
		if w.items[j].Kind == syntax.Word {
			prev[n] = w.items[j].Word
			n++
		}
	}
	return n == 2 && prev[0] == "TO" && prev[1] == "ACCORDING"
}

// mediatedBy reports whether the phrase opened at item at is the agent of
// a participle of mediating, brokering or hosting ("talks mediated by
// Qatar", "a truce brokered by Egypt").
func (w *work) mediatedBy(at int) bool {
	var prev [2]syntax.Item
	n := 0
	for j := at - 1; j >= 0 && n < 2; j-- {
		if w.items[j].Kind == syntax.Word {
			prev[n] = w.items[j].Item
			n++
		}
	}
	if n < 2 || prev[0].Word != "BY" || prev[1].Tok < 0 || prev[1].Tok >= len(w.s.Tokens) {
		return false
	}
	t := w.s.Tokens[prev[1].Tok]
	return (t.Tag == "VBN" || t.Tag == "VBD") && mediationVerbs[strings.ToUpper(t.Lemma)]
}

// mediationVerbs bring others together without being a party.
var mediationVerbs = map[string]bool{"MEDIATE": true, "BROKER": true, "HOST": true, "FACILITATE": true, "SPONSOR": true, "ARRANGE": true}

// inClosedClause reports whether item at lies inside a clause (S, SBAR)
// that closes before verbAt.
func (w *work) inClosedClause(at, verbAt int) bool {
	for j := at - 1; j >= 0; j-- {
		it := w.items[j]
		if it.Kind == syntax.Open && (it.Label == "S" || it.Label == "SBAR") && it.end >= at && it.end < verbAt {
			return true
		}
	}
	return false
}

// bareCompound reports whether every member of the compound at l is a
// phrase with no actor or agent at all ("a new bombing and shelling
// offensive"): a coded phrase after it is the better target.
func (w *work) bareCompound(l loc, upper, lower []seqItem) bool {
	for _, c := range w.locCodes(l, upper, lower) {
		if c != "---" {
			return false
		}
	}
	return true
}

// locCodes returns the codes of the phrase at l: one code, or one per
// member of a compound.
func (w *work) locCodes(l loc, upper, lower []seqItem) []string {
	seq := l.seq(upper, lower)
	it := seq[l.at]
	var codes []string
	if it.kind == seqNECOpen {
		i := it.at
		for k := i + 1; k < w.items[i].end; k++ {
			if w.items[k].Kind == syntax.Open && w.items[k].Label == syntax.LabelNE {
				if c := w.neCode(k); c != "" {
					codes = append(codes, c)
				}
				k = w.items[k].end
			}
		}
	} else if c := w.neCode(it.at); c != "" {
		codes = append(codes, c)
	}
	if len(codes) == 0 {
		codes = []string{"---"}
	}
	return codes
}

// neCode is the code an NE contributes: its code, or its words in quotes
// when new actors are allowed, or "" for an uncoded phrase.
func (w *work) neCode(i int) string {
	c := w.items[i].code
	if c != "---" {
		return c
	}
	if n := w.c.opt.NewActorLength; n > 0 {
		words := w.neWords(i)
		if len(words) > 0 && len(words)-1 < n {
			return `"` + strings.Join(words, " ") + `"`
		}
	}
	return ""
}

// isNullEventCode reports codes that make no event: "---", and TABARI's
// discard code "###" and null "+++".
func isNullEventCode(c string) bool {
	return c == "" || strings.Trim(c, "-#+") == ""
}

// reciprocal reports whether an event code names an act that members of
// a compound subject do to each other when no target is named: intending
// to cooperate (03: "Arnor and Gondor seek to deepen their partnership"),
// meeting and negotiating (04), signing an agreement
// (057), declaring a truce (0871: "the government and the rebels agreed to
// a ceasefire"), de-escalating ("Chinese and Indian troops disengaged"),
// cooperating (06), fighting (19).
// exchangeVerbs make whatever they code reciprocal: "Russia and Ukraine
// exchanged prisoners" is each releasing the other's, "Ethiopia and Eritrea
// traded accusations" each accusing the other.
var exchangeVerbs = map[string]bool{"EXCHANGE": true, "SWAP": true, "TRADE": true}

func reciprocal(code string) bool {
	if code == "045" || code == "039" {
		// mediating, or meaning to, is done between others: members
		// of a compound subject mediate together ("The United States
		// and Saudi Arabia tried to broker a ceasefire")
		return false
	}
	return strings.HasPrefix(code, "03") || strings.HasPrefix(code, "04") || code == "054" || code == "057" || code == "0871" || code == "087" || strings.HasPrefix(code, "06") || strings.HasPrefix(code, "19")
}

// isCompound reports whether the phrase at l is a compound of two or
// more known actors with different codes.
func (w *work) isCompound(l loc, upper, lower []seqItem) bool {
	if !l.ok {
		return false
	}
	seq := l.seq(upper, lower)
	if seq[l.at].kind != seqNECOpen {
		return false
	}
	seen := map[string]bool{}
	refs := w.refs(l, upper, lower)
	for _, r := range refs {
		if len(r.code) < 3 || r.code[:3] == "---" {
			return false // a member with no known actor
		}
		seen[r.code] = true
	}
	if len(seen) < 2 {
		return false
	}
	// Members of one actor that share their first words are parts of
	// one name ("South Korea's Ministry of Trade, Industry and Energy",
	// read as three ministries), not actors of their own.
	lead, first := refs[0].code[:3], strings.Fields(refs[0].text)
	shared := len(first)
	for _, r := range refs[1:] {
		if r.code[:3] != lead {
			return true
		}
		ws := strings.Fields(r.text)
		k := 0
		for k < shared && k < len(ws) && ws[k] == first[k] {
			k++
		}
		shared = k
	}
	return shared < 2
}

// isNullLoc reports whether no actor is known in the phrase at l.
// namesNoActor reports whether the phrase at l has no code at all, not
// even an agent's ("yesterday", not "rebels", ---REB).
func (w *work) namesNoActor(l loc, upper, lower []seqItem) bool {
	return w.everyRef(l, upper, lower, func(code string) bool { return code == "" || code == "---" })
}

func (w *work) isNullLoc(l loc, upper, lower []seqItem) bool {
	return w.everyRef(l, upper, lower, isNull)
}

// everyRef reports whether ok holds for the code of every actor the
// phrase at l refers to.
func (w *work) everyRef(l loc, upper, lower []seqItem, ok func(code string) bool) bool {
	for _, r := range w.refs(l, upper, lower) {
		if !ok(r.code) {
			return false
		}
	}
	return true
}
