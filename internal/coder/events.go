package coder

import (
	"slices"
	"strings"

	"github.com/herald-events/herald/internal/dict"
	"github.com/herald-events/herald/internal/syntax"
)

type eventDraft struct {
	code     string
	pattern  string
	pos      dict.Pos
	verb     string
	lemma    string
	verbSpan Span
	passive  bool
	// negated is set when negation changed the code.
	negated bool
	// base is set when no pattern matched: the code is the verb's own.
	base bool
	// negPattern: the pattern names a negation itself, so its code is
	// already what the negated verb means.
	negPattern bool
	// notTarget is the item opening a member of the target compound
	// that is no target (the means the pattern names); 0 for none
	notTarget int
}

// actorRef is one code of a source or target with the phrase it came
// from.
type actorRef struct {
	code string
	span Span
	text string
	ref  *Referent
	item int // the item opening its noun phrase
}

// seq is the sequence l points into.
func (l loc) seq(upper, lower []seqItem) []seqItem {
	if l.upper {
		return upper
	}
	return lower
}

// refs returns the codes at l with their phrases, compounds expanded and
// codes written "AAA/BBB" split.
func (w *work) refs(l loc, upper, lower []seqItem) []actorRef {
	seq := l.seq(upper, lower)
	it := seq[l.at]
	var out []actorRef
	add := func(i int) {
		c := w.neCode(i)
		if c == "" {
			return
		}
		sp := w.span(i)
		text := strings.Join(w.neWords(i), " ")
		var ref *Referent
		for k, r := range w.resolved {
			if r == i {
				ref = w.referents[k]
			}
		}
		for _, part := range strings.Split(c, "/") {
			out = append(out, actorRef{part, sp, text, ref, i})
		}
	}
	if it.kind == seqNECOpen {
		i := it.at
		for k := i + 1; k < w.items[i].end; k++ {
			if w.items[k].Kind == syntax.Open && w.items[k].Label == syntax.LabelNE {
				add(k)
				k = w.items[k].end
			}
		}
	} else {
		add(it.at)
	}
	if len(out) == 0 {
		sp := w.span(it.at)
		out = append(out, actorRef{"---", sp, strings.Join(w.neWords(it.at), " "), nil, it.at})
	}
	return out
}

// makeEvents makes the events of one verb: every source with every
// target (except an actor with itself), both directions for a paired
// code, source and target swapped for a passive verb.
func (w *work) makeEvents(d eventDraft, upper, lower []seqItem, src, tgt loc) {
	srcs := w.refs(src, upper, lower)
	tgts := w.refs(tgt, upper, lower)
	if d.notTarget > 0 {
		tgts = slices.DeleteFunc(tgts, func(r actorRef) bool { return r.item == d.notTarget })
	}
	var evs []Event
	// the verb's lemma as the word sets list it, and whether the
	// pattern is herald's own
	lemma := strings.TrimPrefix(strings.ToUpper(d.lemma), "+")
	builtin := strings.HasPrefix(d.pos.File, "builtin/")
	mk := func(from, to []actorRef, code string, sym bool) {
		for _, s := range from {
			for _, t := range to {
				if s.code == t.code {
					continue
				}
				if (d.base && strings.HasPrefix(code, "01") || strings.HasPrefix(code, "13")) && len(s.code) > 3 && t.code == s.code[:3] {
					// "Iran's defence minister said Iran has
					// evidence", "warned of an Iranian response": a
					// statement about, or a threat of, the speaker's
					// own country is not an event between two actors.
					continue
				}
				a, b := s, t
				if d.passive {
					a, b = b, a
				}
				if d.passive && byAgentAt(lower, tgt) && Coercive(code) && builtin && HomeOrgans(b.code) && !strings.HasSuffix(b.code, "MED") && len(a.code) >= 3 && !isNull(a.code) && stateOrRegion(a.code[:3]) {
					// "Dozens of protesters were arrested by Turkish
					// police": as for the active voice, the dissidents
					// and organs of no state named that a state named in
					// the "by" phrase coerces are its own (not the press:
					// journalists detained or freed are often foreign;
					// nor when the state is only where it happened, "were
					// arrested in Moscow")
					b.code = a.code[:3] + b.code[3:]
				}
				if ownWeapons(code, a, b) {
					// "Russia launched one of its largest drone and
					// missile attacks on Ukraine": what "its" names in
					// an attack is the attacker's, not whom it hit
					continue
				}
				c := code
				if c == "145" && fighter(a.code) {
					// states, their forces and armed groups that clash
					// with soldiers or police fight them, and what they
					// loot they seize; rioting is for civilians
					c = "190"
					if lootVerbs[lemma] {
						c = "1711"
					}
				} else if (c == "087" || c == "0356") && strings.HasPrefix(b.code, "IGO") && leaveVerbs[lemma] && builtin {
					// leaving an international organisation reduces
					// relations with it: "Hungary withdrew from the
					// International Criminal Court" is no military
					// withdrawal, and one announced ("would withdraw")
					// no intent to de-escalate (herald's own verbs)
					c = "160"
				} else if strings.HasPrefix(c, "141") && len(a.code) > 3 && a.code[3:] == "GOV" && lemma == "PROTEST" && builtin {
					// a government that protests complains officially:
					// "Iran's foreign ministry protested to Britain"
					// (rallies are for crowds)
					c = "114"
				} else if c == "181" && seizeVerbs[lemma] && builtin && stateForce(a.code) {
					// people a state's forces, police or courts seize
					// they detain: "Israeli forces seized activists
					// aboard the flotilla" (armed groups abduct: "The
					// Houthis seized United Nations staff", 181)
					c = "173"
				} else if (c == "190" || c == "1712") && crowd(a.text) {
					// protesters who storm, attack or set fire riot:
					// "Protesters stormed the parliament", "set fire to the
					// parliament building" (the codebook's 145 is
					// civilians' violence)
					c = "145"
				}
				evs = append(evs, Event{
					Source: a.code, Target: b.code, Code: c,
					Pattern: d.pattern, PatternPos: d.pos,
					Verb: d.verb, VerbLemma: d.lemma, VerbSpan: d.verbSpan,
					SourceSpan: a.span, TargetSpan: b.span,
					SourceText: a.text, TargetText: b.text,
					Passive: d.passive, Symmetric: sym,
					SourceRef: a.ref, TargetRef: b.ref,
				})
			}
		}
	}
	if c1, c2, ok := strings.Cut(d.code, ":"); ok {
		// With one side unknown there is no pair: "such a step enjoyed
		// support from Moscow and Beijing" ([:050]) is no event between
		// Moscow and Beijing. (A compound that acts on its own members
		// is the reciprocal rule's, in codeVerb.)
		mk(srcs, tgts, c1, true)
		mk(tgts, srcs, c2, true)
	} else {
		mk(srcs, tgts, d.code, false)
	}
	w.addOccurrence(d, evs)
}

// byAgentAt reports whether the phrase at l is a passive's "by" phrase.
func byAgentAt(lower []seqItem, l loc) bool {
	return l.ok && !l.upper && l.at > 0 && l.at < len(lower) && lower[l.at-1].kind == seqWord && lower[l.at-1].word == "BY"
}

// ownWeapons reports whether an act of force (root 18-20) by a is aimed
// at b, a's own agents named only through a possessive pronoun that
// stands for a ("its drones", "their forces").
func ownWeapons(code string, a, b actorRef) bool {
	if len(code) < 2 || code[:2] < "18" || code[:2] > "20" || b.ref == nil || len(a.code) < 3 || len(b.code) <= 3 {
		return false
	}
	w := strings.Fields(b.text)
	return len(w) > 0 && possessives[w[0]] && b.code[:3] == a.code[:3] && (strings.HasPrefix(a.code, b.ref.Code) || strings.HasPrefix(b.ref.Code, a.code))
}

// fighter reports whether an actor code names a state, its government or
// forces, or an armed group: a bare state code, or GOV, MIL, REB, INS, SEP
// or UAF among its roles.
func fighter(code string) bool {
	if len(code) == 3 {
		return named(code)
	}
	return len(code) > 3 && hasRole(code[3:], "GOV", "MIL", "REB", "INS", "SEP", "UAF")
}

// leaveVerbs leave a place, a pact or an organisation.
var leaveVerbs = map[string]bool{"WITHDRAW": true, "PULL_OUT": true, "QUIT": true, "EXIT": true, "LEAVE": true}

// lootVerbs take property by force.
var lootVerbs = map[string]bool{"LOOT": true, "PLUNDER": true, "PILLAGE": true}

// seizeVerbs take hold of people or things by force.
var seizeVerbs = map[string]bool{"SEIZE": true, "GRAB": true, "SNATCH": true}

// stateForce reports whether an actor code names a state, or its
// government, forces, police, courts or intelligence, and no armed group
// or opposition.
func stateForce(code string) bool {
	if len(code) < 3 || !stateOrRegion(code[:3]) || hasRole(code[3:], "REB", "INS", "OPP", "SEP", "CRM", "UAF") {
		return false
	}
	return len(code) == 3 || hasRole(code[3:], "GOV", "MIL", "COP", "JUD", "SPY")
}

// crowdWords name a crowd of civilians.
var crowdWords = map[string]bool{
	"PROTESTER": true, "PROTESTERS": true, "DEMONSTRATOR": true, "DEMONSTRATORS": true,
	"RIOTER": true, "RIOTERS": true, "MOB": true, "MOBS": true, "CROWD": true, "CROWDS": true,
}

// crowd reports whether an actor's phrase names protesters or a crowd.
func crowd(text string) bool {
	for _, w := range strings.Fields(text) {
		if crowdWords[strings.ToUpper(w)] {
			return true
		}
	}
	return false
}
