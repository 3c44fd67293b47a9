package coder

import (
	"slices"
	"strings"

	"github.com/herald-events/herald/internal/dict"
	"github.com/herald-events/herald/internal/syntax"
)

// occurrence is one coded verb and the events it made, before nesting
// and require_dyad are applied.
type occurrence struct {
	verbAt, vpStart, vpEnd int
	block                  *dict.VerbBlock
	code                   string
	events                 []Event
	// negated: the verb was negated, so what it governs did not happen
	// through it and is not combined with it.
	negated bool
	// negPattern: the verb's pattern names a negation, so a negation
	// above it is already read.
	negPattern bool
	// parent is the index of the coded verb whose verb phrase holds this
	// one, or -1.
	parent int
	// nounAt, when above 0, is the noun phrase a participle modifies (a
	// reduced relative clause): its subject is looked for there.
	nounAt int
	// adverbial: the verb is in an adverbial clause of its parent's
	// ("for helping militants"), opened by marker; it neither combines
	// with the parent nor replaces it.
	adverbial bool
	marker    string
}

// enclosing returns the innermost coded verb whose verb phrase holds
// item i, or -1.
func (w *work) enclosing(i int) int {
	for k := len(w.occs) - 1; k >= 0; k-- {
		if w.occs[k].vpStart < i && i < w.occs[k].vpEnd {
			return k
		}
	}
	return -1
}

// hasClause reports whether a clause (S or SBAR) follows the verb at
// verbAt inside its verb phrase.
func (w *work) hasClause(verbAt, vpEnd int) bool {
	for k := verbAt + 1; k < vpEnd && k < len(w.items); k++ {
		if it := w.items[k]; it.Kind == syntax.Open && (it.Label == "S" || it.Label == "SBAR" || it.Label == "SINV") {
			return true
		}
	}
	return false
}

// bareEvent is the event of a coded verb without a source or target.
func (w *work) bareEvent(d eventDraft) Event {
	code := d.code
	if c1, _, ok := strings.Cut(code, ":"); ok {
		code = c1
	}
	return Event{Source: "---", Target: "---", Code: code, Pattern: d.pattern, PatternPos: d.pos,
		Verb: d.verb, VerbLemma: d.lemma, VerbSpan: d.verbSpan, Passive: d.passive}
}

func (w *work) addOccurrence(d eventDraft, evs []Event) {
	o := w.cur
	o.code = d.code
	o.negated = d.negated
	o.negPattern = d.negPattern
	o.events = evs
	w.occs = append(w.occs, o)
}

// noSource reports whether a verb has no actor at all: no subject, or an
// impersonal one ("it has been noted", "there were reports"). An unknown
// speaker ("he said", "officials said") is still someone.
func noSource(evs []Event) bool {
	for _, e := range evs {
		if e.Source != "" && e.Source != "---" {
			return false
		}
		switch strings.ToUpper(strings.TrimSpace(e.SourceText)) {
		case "", "IT", "THERE", "THIS", "THAT":
		default:
			return false
		}
	}
	return true
}

// resolveNesting turns the coded verbs into the sentence's events. A
// verb whose verb phrase holds another coded verb ("X said Y attacked Z",
// "X wants to attack Z") is resolved by the dictionary's transformations
// (~ lines); failing those, a statement (CAMEO root 01) gives way to
// what it reports, and any other verb keeps its own events and drops the
// nested ones, as PETRARCH does. Then events without a dyad are dropped
// (require_dyad) and duplicates removed.
func (w *work) resolveNesting() {
	keep := make([]bool, len(w.occs))
	for i := range keep {
		keep[i] = true
	}
	out := make([][]Event, len(w.occs))
	for i := range w.occs {
		out[i] = w.occs[i].events
	}
	// Innermost first: children have larger indexes than their parents.
	for i := len(w.occs) - 1; i >= 0; i-- {
		p := w.occs[i].parent
		if p < 0 || !keep[i] || !keep[p] {
			continue
		}
		outer, inner := &w.occs[p], &w.occs[i]
		if inner.adverbial {
			if inner.marker == "BY" && sameRootCovered(out[p], out[i]) {
				// "Pakistan retaliated by shelling Indian positions":
				// the means says what the act was; the act of the
				// same kind, on no one else, is not another event
				keep[p] = false
				w.tracef("  %s by means of %s: the means stands for it", outer.code, inner.code)
				continue
			}
			if subjectControl[inner.marker] {
				// its actor is the main clause's subject, which the
				// source search found: both events stand
				w.tracef("  %s in an adverbial clause (%s) of %s: both stand", inner.code, inner.marker, outer.code)
				continue
			}
			keep[i] = false
			w.tracef("  %s in an adverbial clause of %s without a subject of its own: dropped", inner.code, outer.code)
			continue
		}
		if inner.negated && isNullEventCode(inner.code) {
			// a negated verb with no code of its own has no events,
			// and takes none from its parent
			keep[i] = false
			continue
		}
		if outer.negated && isNullEventCode(outer.code) && !inner.negPattern {
			keep[i] = false
			w.tracef("  %s inside a negated verb with no code of its own dropped", inner.code)
			continue
		}
		if evs, ok := w.transform(outer, out[p], inner, out[i]); ok {
			out[p] = evs
			keep[i] = false
			continue
		}
		if evs, ok := appealToActor(outer, out[p], out[i]); ok {
			out[p] = evs
			keep[i] = false
			w.tracef("  %s names the actor of the %s it governs: an appeal to it, %s", outer.code, inner.code, evs[0].Code)
			continue
		}
		if isNullEventCode(outer.code) {
			// A verb with no event of its own leaves what it governs,
			// which the verb above it governs in turn.
			keep[p] = false
			i = w.reparent(i, p)
			continue
		}
		if outer.negated {
			keep[i] = false
			w.tracef("  %s inside negated %s dropped", inner.code, outer.code)
			continue
		}
		if noSource(out[p]) {
			// "It has been noted that X delayed the meeting": a verb
			// with no actor of its own can lend none to what it
			// governs, which stands on its own.
			keep[p] = false
			w.tracef("  %s has no source: the %s it governs stands alone", outer.code, inner.code)
			i = w.reparent(i, p)
			continue
		}
		if evs, ok := w.picoCombine(outer, out[p], out[i]); ok {
			out[p] = evs
			keep[i] = false
			w.tracef("  %s combined with the %s it governs (PICO): %s", outer.code, inner.code, evs[0].Code)
			continue
		}
		if evs, ok := combine(outer, out[p], out[i]); ok {
			out[p] = evs
			keep[i] = false
			w.tracef("  %s combined with the %s it governs", outer.code, inner.code)
			continue
		}
		if strings.HasPrefix(outer.code, "01") && outer.code != "016" && w.c.opt.RequireDyad && !hasDyad(out[i]) && toldBefore(out[p], out[i]) {
			// What a statement reports names no one on one side and
			// will be dropped: the statement stands ("Netanyahu told
			// US envoy Steve Witkoff that Israel would continue the
			// war" is a statement to the envoy).
			keep[i] = false
			w.tracef("  %s reports a %s with no dyad: the statement stands", outer.code, inner.code)
			continue
		}
		if strings.HasPrefix(outer.code, "01") && outer.code != "016" {
			// A statement gives way to what it reports; a denial (016)
			// does not: what is denied did not happen by its account.
			keep[p] = false
			out[i] = speakerOrgans(out[p], spreadReferent(out[p], out[i]))
			w.tracef("  %s gives way to the %s it reports", outer.code, inner.code)
			continue
		}
		if noTarget(out[p]) && !noTarget(out[i]) && sameSources(out[p], out[i]) && len(outer.code) >= 2 && strings.HasPrefix(inner.code, outer.code[:2]) {
			// "Police used tear gas to disperse students": a verb with
			// no one on its other side gives way to the act of the
			// same kind it governs that names someone, done by the
			// same actor
			keep[p] = false
			w.tracef("  %s with no target gives way to the %s it governs", outer.code, inner.code)
			continue
		}
		if inner.code == outer.code && hasDyad(out[i]) && sameSources(out[p], out[i]) {
			// "Georgian police used tear gas to disperse protesters
			// outside parliament": the act the verb serves, of the same
			// code and actor, says whom it was done to
			keep[p] = false
			w.tracef("  %s serves the %s it governs, which stands for it", outer.code, inner.code)
			continue
		}
		keep[i] = false
		w.tracef("  %s inside %s dropped", inner.code, outer.code)
	}
	for i := range w.occs {
		if !keep[i] {
			continue
		}
		for _, e := range out[i] {
			if e.Code == "" || isNullEventCode(e.Code) {
				continue
			}
			if w.c.opt.RequireDyad && (e.Source == "---" || e.Target == "---") {
				w.tracef("  dropped %s %s %s: no dyad", e.Source, e.Target, e.Code)
				continue
			}
			dup := false
			for _, o := range w.res.Events {
				if o.Source == e.Source && o.Target == e.Target && o.Code == e.Code {
					dup = true
					break
				}
			}
			if dup {
				continue
			}
			w.tracef("  event %s %s %s", e.Source, e.Target, e.Code)
			w.res.Events = append(w.res.Events, e)
		}
	}
}

// sameRootCovered reports whether every event of outer has an event of
// inner with the same root code, source and target.
func sameRootCovered(outer, inner []Event) bool {
	if len(outer) == 0 || len(inner) == 0 {
		return false
	}
	for _, o := range outer {
		if len(o.Code) < 2 || !slices.ContainsFunc(inner, func(e Event) bool {
			return len(e.Code) >= 2 && e.Code[:2] == o.Code[:2] && e.Source == o.Source && e.Target == o.Target
		}) {
			return false
		}
	}
	return true
}

// spreadReferent gives the events a statement reports whose source is a
// pronoun standing for one member of the statement's compound subject
// every member ("France, Britain and Canada said they would recognise a
// Palestinian state": they are all three, not France alone).
func spreadReferent(outer, inner []Event) []Event {
	var srcs []Event // one outer event per source, in order
	for _, e := range outer {
		if named(e.Source) && !slices.ContainsFunc(srcs, func(o Event) bool { return o.Source == e.Source }) {
			srcs = append(srcs, e)
		}
	}
	if len(srcs) < 2 {
		return inner
	}
	var res []Event
	for _, e := range inner {
		if e.SourceRef == nil || !slices.ContainsFunc(srcs, func(o Event) bool { return o.Source == e.Source }) {
			res = append(res, e)
			continue
		}
		for _, o := range srcs {
			if o.Source == e.Target {
				continue
			}
			f := e
			f.Source = o.Source
			f.SourceRef = &Referent{Code: o.Source, Text: o.SourceText, SentenceID: e.SourceRef.SentenceID}
			res = append(res, f)
		}
	}
	return res
}

// speakerOrgans gives the state organs of no state named that act in
// what a statement reports, named with "the" ("Venezuela's defence
// minister said the armed forces were ready to repel any US aggression"),
// the state of the statement's one speaker: a speaker's "the army", "the
// government" is the speaker's own.
func speakerOrgans(outer, inner []Event) []Event {
	state := ""
	for _, e := range outer {
		if len(e.Source) < 3 || !named(e.Source) || e.Source[:3] == "---" || !stateOrRegion(e.Source[:3]) || state != "" && e.Source[:3] != state {
			return inner
		}
		state = e.Source[:3]
	}
	if state == "" {
		return inner
	}
	for k, e := range inner {
		if len(e.Source) <= 3 || e.Source[:3] != "---" || !strings.HasPrefix(e.SourceText, "THE ") || !onlyRoles(e.Source[3:], "MIL", "GOV", "COP", "SPY", "JUD", "LEG") || e.Target != "" && strings.HasPrefix(e.Target, state) {
			continue
		}
		inner[k].Source = state + e.Source[3:]
	}
	return inner
}

// onlyRoles reports whether roles (three letters each) are all of want.
func onlyRoles(roles string, want ...string) bool {
	if len(roles) == 0 || len(roles)%3 != 0 {
		return false
	}
	for k := 0; k < len(roles); k += 3 {
		if !slices.Contains(want, roles[k:k+3]) {
			return false
		}
	}
	return true
}

// reparent hangs occurrence i, whose parent p is dropped, from p's own
// parent ("Russia accused Ukraine of using drones to attack the Kremlin":
// the attack, once "using" is gone, is what the accusation governs) and
// returns the index the resolution loop goes on from: i again when it has
// a new parent to be resolved against.
func (w *work) reparent(i, p int) int {
	g := w.occs[p].parent
	if g < 0 {
		return i
	}
	w.occs[i].parent = g
	return i + 1
}

// toldBefore reports whether a statement of outer made with a verb of
// telling names a target between its verb and what it reports (the one
// told, "told US envoy Steve Witkoff that ..."), not one inside the
// report ("police said the demonstrators had no option": no one told).
func toldBefore(outer, inner []Event) bool {
	start := -1
	for _, e := range inner {
		for _, sp := range []Span{e.SourceSpan, e.VerbSpan} {
			if !sp.Empty() && (start < 0 || sp.Start < start) {
				start = sp.Start
			}
		}
	}
	for _, e := range outer {
		if dyad(e) && !e.TargetSpan.Empty() && tellVerbs[e.VerbLemma] && e.TargetSpan.Start >= e.VerbSpan.End && (start < 0 || e.TargetSpan.End <= start) {
			return true
		}
	}
	return false
}

// named reports whether an event's actor code names someone.
func named(code string) bool { return code != "" && code != "---" }

// dyad reports whether an event names both a source and a target.
func dyad(e Event) bool { return named(e.Source) && named(e.Target) }

// tellVerbs name whom they tell before what: "told X that ...".
var tellVerbs = map[string]bool{"TELL": true, "INFORM": true, "BRIEF": true, "NOTIFY": true, "REMIND": true, "ASSURE": true}

// hasDyad reports whether an event of evs names both a source and a
// target.
func hasDyad(evs []Event) bool { return slices.ContainsFunc(evs, dyad) }

// noTarget reports whether no event of evs names a target.
func noTarget(evs []Event) bool {
	return !slices.ContainsFunc(evs, func(e Event) bool { return named(e.Target) })
}

// sameSources reports whether the events of b are done by the sources of
// the events of a.
func sameSources(a, b []Event) bool {
	src := map[string]bool{}
	for _, e := range a {
		src[e.Source] = true
	}
	for _, e := range b {
		if !src[e.Source] {
			return false
		}
	}
	return len(b) > 0
}

// transform applies the first matching transformation to an outer verb
// and the verb nested in it.
func (w *work) transform(outer *occurrence, oevs []Event, inner *occurrence, ievs []Event) ([]Event, bool) {
	for _, t := range w.c.transforms() {
		if !w.c.verbMatches(t, t.outerVerb, outer, oevs) || (t.innerVerb != "Q" && !w.c.verbMatches(t, t.innerVerb, inner, ievs)) {
			continue
		}
		var res []Event
		for _, oe := range oevs {
			for _, ie := range ievs {
				vars := map[string]string{t.outerSrc: oe.Source}
				isrc := ie.Source
				if isrc == oe.Source && ie.SourceSpan == oe.SourceSpan {
					// "Obama wants to attack": the inner verb has no
					// subject of its own and borrowed the outer one's
					isrc = "---"
				}
				if !bind(vars, t.innerSrc, isrc) || !bind(vars, t.innerTgt, ie.Target) {
					continue
				}
				e := ie
				e.Source = value(vars, t.resSrc, "---")
				e.Target = value(vars, t.resTgt, "---")
				if t.resCode != "Q" {
					e.Code = t.resCode
				}
				e.Pattern = "~ " + t.text
				e.PatternPos = t.pos
				// each side's evidence is the phrase its variable was
				// bound to ("~ a (b . ATTACK) WANT = a b 021": the
				// target is whom a wants to attack, b, not what b
				// attacks)
				e.SourceSpan, e.SourceText, e.SourceRef = t.phrase(t.resSrc, oe, ie)
				e.TargetSpan, e.TargetText, e.TargetRef = t.phrase(t.resTgt, oe, ie)
				res = append(res, e)
			}
		}
		if len(res) > 0 {
			w.tracef("  transformation %s", t.text)
			return res, true
		}
	}
	return nil, false
}

// phrase is the evidence of the phrase a transformation's variable v was
// bound to: the outer event's source, the inner event's source or its
// target; none for a variable bound to nothing.
func (t transformRule) phrase(v string, oe, ie Event) (Span, string, *Referent) {
	switch v {
	case t.outerSrc:
		return oe.SourceSpan, oe.SourceText, oe.SourceRef
	case t.innerSrc:
		return ie.SourceSpan, ie.SourceText, ie.SourceRef
	case t.innerTgt:
		return ie.TargetSpan, ie.TargetText, ie.TargetRef
	}
	return Span{}, "", nil
}

// bind checks a transformation variable against an actor code: "." is
// anything, "_" no actor, a letter binds (or must be its binding or part
// of it: "Israel said its forces attacked" is Israel, ISR, speaking of its
// own, ISRMIL).
func bind(vars map[string]string, v, code string) bool {
	switch v {
	case ".":
		return true
	case "_":
		return code == "---" || code == ""
	}
	if got, ok := vars[v]; ok {
		return got == code || named(got) && len(got) >= 3 && strings.HasPrefix(code, got)
	}
	vars[v] = code
	return true
}

func value(vars map[string]string, v, def string) string {
	if x, ok := vars[v]; ok && x != "" {
		return x
	}
	return def
}

// transformRule is a parsed "~ a (a b ATTACK) SAY = a b 015" line.
type transformRule struct {
	outerSrc                string
	innerSrc, innerTgt      string
	innerVerb, outerVerb    string
	resSrc, resTgt, resCode string
	text                    string
	pos                     dict.Pos
}

func (t transformRule) verbIs(name string, b *dict.VerbBlock) bool {
	if b == nil {
		return false
	}
	return strings.EqualFold(name, b.Name) || strings.EqualFold(name, b.Verb)
}

// verbMatches reports whether a transformation's verb name stands for
// the verb of occurrence o: the name of its block or of the block's first
// verb, the verb itself ("SAY" for "said", whatever block holds it), or a
// verb coded as the named verb is ("ATTACK" for any verb coded 190).
func (c *Coder) verbMatches(t transformRule, name string, o *occurrence, evs []Event) bool {
	if t.verbIs(name, o.block) {
		return true
	}
	for _, e := range evs {
		if strings.EqualFold(e.VerbLemma, name) {
			return true
		}
	}
	if code := c.verbCode(name); named(code) {
		return code == o.code
	}
	return false
}

// verbCode is the code of the verb a transformation names: that of its
// form as a word alone ("ATTACK", 190), not of a phrase ending in it
// ("CYBER ATTACK", 176), whichever block the dictionary lists first.
func (c *Coder) verbCode(name string) string {
	fs := c.d.Verbs.Forms[strings.ToUpper(name)]
	for _, f := range fs {
		if len(f.Before) == 0 && len(f.After) == 0 {
			return f.Code
		}
	}
	if len(fs) > 0 {
		return fs[0].Code
	}
	return ""
}

// transformsUntargeted reports whether a transformation takes a verb
// like o's, coded code, with no target as its inner verb ("~ a (b _
// ATTACK) SAY"): its actor then stays known though it has no dyad.
func (c *Coder) transformsUntargeted(o occurrence, code, lemma string) bool {
	o.code = code
	evs := []Event{{VerbLemma: lemma}}
	for _, t := range c.transforms() {
		if t.innerTgt == "_" && c.verbMatches(t, t.innerVerb, &o, evs) {
			return true
		}
	}
	return false
}

// transformsFrom reports whether a transformation has verbs of block b
// as its outer verb.
func (c *Coder) transformsFrom(b *dict.VerbBlock) bool {
	for _, t := range c.transforms() {
		if t.verbIs(t.outerVerb, b) {
			return true
		}
	}
	return false
}

// transforms parses the verb dictionary's transformations once.
func (c *Coder) transforms() []transformRule {
	c.tOnce.Do(func() {
		for _, t := range c.d.Verbs.Transforms {
			if r, ok := parseTransform(t.Text); ok {
				r.pos = t.Pos
				c.tRules = append(c.tRules, r)
			}
		}
	})
	return c.tRules
}

func parseTransform(s string) (transformRule, bool) {
	lhs, rhs, ok := strings.Cut(s, "=")
	if !ok {
		return transformRule{}, false
	}
	lhs = strings.NewReplacer("(", " ( ", ")", " ) ").Replace(lhs)
	l := strings.Fields(lhs)
	r := strings.Fields(rhs)
	// a ( a b VERB ) VERB
	if len(l) != 7 || l[1] != "(" || l[5] != ")" || len(r) != 3 {
		return transformRule{}, false
	}
	return transformRule{outerSrc: l[0], innerSrc: l[2], innerTgt: l[3], innerVerb: strings.ToUpper(l[4]), outerVerb: strings.ToUpper(l[6]),
		resSrc: r[0], resTgt: r[1], resCode: r[2], text: strings.TrimSpace(s)}, true
}

// cueSuffix gives, for the root of a governed event, the last digit of
// the CAMEO code that appeals for (02x), intends (03x) or demands (10x)
// it: the codebook builds those three categories the same way.
var cueSuffix = map[string]byte{
	"06": '1', // material cooperation
	"05": '2', // diplomatic cooperation
	"07": '3', // aid
	"08": '5', // yielding
	"04": '6', // meeting, negotiating
}

// combine resolves a general appeal, intent or demand ("asked Obama to
// help Iran", "pledged to provide aid", "demanded talks") with the verb
// it governs into the specific code: 020 with a 07x event is 023, 030
// with a 04x event is 036; an intent to use force (030 with 18x–20x) is
// a threat of it, 138. The outer verb's actors stay.
func combine(outer *occurrence, oevs, ievs []Event) ([]Event, bool) {
	if len(oevs) == 0 || len(ievs) == 0 {
		return nil, false
	}
	oc := outer.code
	if len(oc) != 3 || oc[2] != '0' || (oc != "020" && oc != "030" && oc != "100") {
		return nil, false
	}
	ic := ievs[0].Code
	if len(ic) < 2 {
		return nil, false
	}
	code, ok := cued(oc[:2], ic)
	if !ok && oc == "030" && (ic[:2] == "18" || ic[:2] == "19" || ic[:2] == "20") {
		code, ok = "138", true
	}
	if !ok {
		return nil, false
	}
	return recode(oevs, code, ievs[0].Pattern), true
}

// appealToActor reads an intent or a threat (CAMEO roots 03 and 13) whose
// target is the actor of the act it governs as an appeal to that actor:
// "Iran wants Russia to attack Ukraine" is no Iranian threat against
// Russia but a wish that Russia act, as "wants Russia to help" is no
// promise of help to Russia. The code is the appeal for what is governed
// (020 with 07x is 023, as combine builds it), else 020. The actor must
// be the outer verb's object, after it, not a member of its subject
// ("Brazil and the US seek to deepen ties": each wants to, with the other),
// and not the other side of a paired code ("prepared to attend the
// Olympics in Beijing" is no appeal to China to receive a visit).
func appealToActor(outer *occurrence, oevs, ievs []Event) ([]Event, bool) {
	if !strings.HasPrefix(outer.code, "03") && !strings.HasPrefix(outer.code, "13") || len(oevs) == 0 || len(ievs) == 0 {
		return nil, false
	}
	for _, oe := range oevs {
		acts := false
		for _, ie := range ievs {
			if !ie.Symmetric && ie.Source == oe.Target && ie.SourceSpan == oe.TargetSpan && !oe.TargetSpan.Empty() &&
				ie.Source != oe.Source && ie.SourceSpan != oe.SourceSpan && oe.TargetSpan.Start > oe.VerbSpan.Start {
				acts = true
			}
		}
		if !acts {
			return nil, false
		}
	}
	code, ok := cued("02", ievs[0].Code)
	if !ok {
		code = "020"
	}
	return recode(oevs, code, ievs[0].Pattern), true
}

// cued is the code of category root (02 appeal, 03 intent, 10 demand)
// for the act coded ic, when the codebook has one ("02" with 07x is 023),
// down to the codebook's fourth digit where it has one for the act ("02"
// with 063, judicial cooperation, is 0213; with 084, a release, 0253).
func cued(root, ic string) (string, bool) {
	if len(ic) < 2 {
		return "", false
	}
	suf, ok := cueSuffix[ic[:2]]
	if !ok {
		return "", false
	}
	code := root + string(suf)
	if d := subCue(ic); d != 0 {
		code += string(d)
	}
	return code, true
}

// subCue is the fourth digit that the codebook's appeals, intents and
// demands of material cooperation (x1x), aid (x3x) and yielding (x5x)
// give an act's code, or 0 when it has none: 061–064 and 071–074 keep
// their last digit; of the yields, 081 ease administrative sanctions 1,
// 082 ease dissent 2, 084 release 3, 085 ease economic sanctions 4, 086
// allow international involvement 5, 087 de-escalate 6.
func subCue(ic string) byte {
	if len(ic) < 3 {
		return 0
	}
	switch ic[:2] {
	case "06", "07":
		if ic[2] >= '1' && ic[2] <= '4' {
			return ic[2]
		}
	case "08":
		switch ic[:3] {
		case "081":
			return '1'
		case "082":
			return '2'
		case "084":
			return '3'
		case "085":
			return '4'
		case "086":
			return '5'
		case "087":
			return '6'
		}
	}
	return 0
}

// recode gives the outer verb's events the combined code, with the
// inner verb's pattern added to their evidence.
func recode(oevs []Event, code, innerPattern string) []Event {
	out := make([]Event, len(oevs))
	for k, e := range oevs {
		e.Code = code
		e.Pattern = e.Pattern + " + " + innerPattern
		out[k] = e
	}
	return out
}

// picoCombine combines a verb with the verb it governs through
// PETRARCH's internal coding ontology, when one is loaded.
func (w *work) picoCombine(outer *occurrence, oevs, ievs []Event) ([]Event, bool) {
	if w.c.d.PICO == nil || len(oevs) == 0 || len(ievs) == 0 || isNullEventCode(outer.code) {
		return nil, false
	}
	// only an event that stands on its own (a dyad, as require_dyad
	// reads it) changes the code of the verb that governs it: "urged
	// Bree to help win a greater role" is an appeal (023), not the
	// statement its "win" would fold it into, as UniversalPetrarch codes it
	inner := -1
	for k, e := range ievs {
		if e.Source != "---" && e.Source != "" && e.Target != "---" && e.Target != "" {
			inner = k
			break
		}
	}
	if inner < 0 {
		return nil, false
	}
	oc, ic := outer.code, ievs[inner].Code
	if c1, _, ok := strings.Cut(oc, ":"); ok {
		oc = c1
	}
	code, ok := w.c.d.PICO.Combine(oc, ic)
	if !ok || code == oc {
		return nil, false
	}
	return recode(oevs, code, ievs[inner].Pattern), true
}
