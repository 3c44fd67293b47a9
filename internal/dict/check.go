package dict

import (
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"

	"github.com/herald-events/herald/internal/cameo"
)

// Finding is one problem Check found in a dictionary set.
type Finding struct {
	Pos  Pos
	Kind string
	Msg  string
}

func (f Finding) String() string { return fmt.Sprintf("%s: %s: %s", f.Pos, f.Kind, f.Msg) }

// Kinds of findings.
const (
	FindReader          = "reader-warning"    // something a reader skipped
	FindActorDuplicate  = "actor-duplicate"   // the same phrase twice with the same codes
	FindActorConflict   = "actor-conflict"    // the same phrase in entries whose codes differ
	FindActorCode       = "actor-code"        // a code that is not a CAMEO actor code
	FindRoleOverlap     = "role-overlap"      // dated roles with different codes overlapping
	FindRoleShadowed    = "role-shadowed"     // a dated role an earlier one always hides
	FindRoleOpen        = "role-open"         // an open-ended role that should have ended
	FindRoleFuture      = "role-future"       // a role starting after the check date
	FindRoleDefault     = "role-default"      // dated roles with no undated fallback
	FindEventCode       = "event-code"        // an event code not in the CAMEO ontology
	FindPatternDup      = "pattern-duplicate" // a pattern with the words of an earlier one, which it replaces
	FindPatternShadowed = "pattern-shadowed"  // a pattern an earlier, more general one always wins over
	FindPatternMarker   = "pattern-marker"    // source/target markers that cannot all match
	FindPatternNull     = "pattern-null"      // an empty pattern with a null code
	FindVerbDuplicate   = "verb-duplicate"    // a verb form in two blocks
	FindSynsetUnused    = "synset-unused"     // a synset no pattern uses
	FindSynsetUndefined = "synset-undefined"  // a synset member naming no synset
	FindAgentCode       = "agent-code"        // an agent code the actor grammar cannot read
	FindAgentDuplicate  = "agent-duplicate"   // the same agent phrase twice
)

// OpenRoleYears is how long an open-ended role ("[CODE >date]") may have
// run at the check date before Check asks whether it should have ended.
// A role line whose comment says "incumbent" is not flagged.
const OpenRoleYears = 12

// Check looks for problems in a dictionary set as of day now: duplicate
// and conflicting actor phrases, overlapping, hidden or stale roles,
// codes outside the CAMEO ontology, verb patterns that can never match,
// verbs defined twice, unused synsets and bad agent codes. Findings are
// sorted by position.
func Check(s *Set, now Day) []Finding {
	c := checker{now: now, ont: cameo.Default(), src: map[string][]string{}}
	for _, w := range s.Warnings() {
		c.add(w.Pos, FindReader, "%s", w.Msg)
	}
	c.actors(s.Actors)
	c.verbs(s.Verbs)
	c.agents(s.Agents)
	sort.SliceStable(c.out, func(i, j int) bool {
		a, b := c.out[i].Pos, c.out[j].Pos
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Line < b.Line
	})
	return c.out
}

type checker struct {
	now Day
	ont *cameo.Ontology
	out []Finding
	src map[string][]string // file lines, read on demand
}

func (c *checker) add(p Pos, kind, format string, args ...any) {
	c.out = append(c.out, Finding{Pos: p, Kind: kind, Msg: fmt.Sprintf(format, args...)})
}

// comment returns the comment of the line at p ("" if none or unreadable).
func (c *checker) comment(p Pos) string {
	lines, ok := c.src[p.File]
	if !ok {
		var b []byte
		var err error
		if strings.HasPrefix(p.File, BuiltinPrefix) {
			b, err = BuiltinSource(p.File)
		} else {
			b, err = os.ReadFile(p.File)
		}
		if err == nil {
			lines = strings.Split(string(b), "\n")
		}
		c.src[p.File] = lines
	}
	if p.Line < 1 || p.Line > len(lines) {
		return ""
	}
	l := lines[p.Line-1]
	if i := commentStart(l); i >= 0 {
		return l[i+1:]
	}
	return ""
}

// actorCode checks that a code reads as a CAMEO actor code: whole 3-letter
// parts, the first a known state, region or international actor.
func (c *checker) actorCode(code string) string {
	if code == "---" || strings.HasPrefix(code, "---") && len(code)%3 == 0 && len(code) > 3 {
		return ""
	}
	if len(code) == 0 || len(code)%3 != 0 {
		return fmt.Sprintf("code %q: length is not a multiple of 3", code)
	}
	if _, ok := c.ont.ActorPart(code[:3], true); !ok {
		return fmt.Sprintf("code %q: first part %q is not a CAMEO state, region or international actor", code, code[:3])
	}
	return ""
}

func (c *checker) actors(a *Actors) {
	byPhrase := map[string][]*Actor{}
	var order []string
	for _, act := range a.List {
		seen := map[string]bool{}
		for _, p := range act.Phrases {
			k := p.String()
			if seen[k] {
				c.add(act.Pos, FindActorDuplicate, "%s lists the phrase %s twice", act.Name, k)
				continue
			}
			seen[k] = true
			if _, ok := byPhrase[k]; !ok {
				order = append(order, k)
			}
			byPhrase[k] = append(byPhrase[k], act)
		}
		c.roles(act)
	}
	for _, k := range order {
		l := byPhrase[k]
		for j := 1; j < len(l); j++ {
			first, later := l[0], l[j]
			if d, differ := c.codesDiffer(first, later); differ {
				a1, _ := first.CodeOn(d)
				a2, _ := later.CodeOn(d)
				c.add(later.Pos, FindActorConflict, "phrase %s is also in %s (%s): on %s it is %s there and %s here; this later entry wins, as in PETRARCH", k, first.Name, first.Pos, d, a1, a2)
			} else {
				c.add(later.Pos, FindActorDuplicate, "phrase %s is also in %s (%s) with the same codes", k, first.Name, first.Pos)
			}
		}
	}
}

// codesDiffer compares two actors' codes on every day where either's
// roles change, and returns a day where they differ.
func (c *checker) codesDiffer(x, y *Actor) (Day, bool) {
	days := []Day{-36500, 0, c.now} // 1870, 1970 and the check date
	for _, act := range []*Actor{x, y} {
		for _, r := range act.Roles {
			switch r.Kind {
			case Before:
				days = append(days, r.To, r.To+1)
			case After:
				days = append(days, r.From, r.From-1)
			case Between:
				days = append(days, r.From, r.From-1, r.To, r.To+1)
			}
		}
	}
	for _, d := range days {
		a, _ := x.CodeOn(d)
		b, _ := y.CodeOn(d)
		if a != b {
			return d, true
		}
	}
	return 0, false
}

// roleSpan returns the first and last day a role holds.
func roleSpan(r Role) (Day, Day) {
	const lo, hi = Day(-1 << 30), Day(1 << 30)
	switch r.Kind {
	case Before:
		return lo, r.To
	case After:
		return r.From, hi
	case Between:
		return r.From, r.To
	}
	return lo, hi
}

func (c *checker) roles(act *Actor) {
	dated, undated := 0, 0
	for _, r := range act.Roles {
		if msg := c.actorCode(r.Code); msg != "" {
			c.add(r.Pos, FindActorCode, "%s: %s", act.Name, msg)
		}
		if r.Kind == Always {
			undated++
			continue
		}
		dated++
		switch r.Kind {
		case After:
			if r.From > c.now {
				c.add(r.Pos, FindRoleFuture, "%s: role [%s >%s] starts after %s", act.Name, r.Code, r.From, c.now)
			} else if c.now.Time().Sub(r.From.Time()).Hours() > 24*365.25*OpenRoleYears &&
				!strings.Contains(strings.ToLower(c.comment(r.Pos)), "incumbent") {
				c.add(r.Pos, FindRoleOpen, "%s: open-ended role [%s >%s] has run for more than %d years; give it an end date or mark the line '# incumbent'", act.Name, r.Code, r.From, OpenRoleYears)
			}
		case Between:
			if r.From > c.now {
				c.add(r.Pos, FindRoleFuture, "%s: role [%s %s-%s] starts after %s", act.Name, r.Code, r.From, r.To, c.now)
			}
		}
	}
	if dated > 0 && undated == 0 {
		c.add(act.Pos, FindRoleDefault, "%s has dated roles but no undated fallback code; outside them it gets no code", act.Name)
	}
	for j := range act.Roles {
		rj := act.Roles[j]
		if rj.Kind == Always {
			continue
		}
		f2, t2 := roleSpan(rj)
		for i := 0; i < j; i++ {
			ri := act.Roles[i]
			if ri.Kind == Always {
				continue
			}
			f1, t1 := roleSpan(ri)
			if f2 > t1 || f1 > t2 {
				continue
			}
			if f1 <= f2 && t2 <= t1 {
				c.add(rj.Pos, FindRoleShadowed, "%s: role [%s] never applies: the earlier role [%s] (%s) covers all its dates", act.Name, roleText(rj), roleText(ri), ri.Pos)
				break
			}
			if ri.Code != rj.Code {
				lo, hi := max(f1, f2), min(t1, t2)
				c.add(rj.Pos, FindRoleOverlap, "%s: role [%s] overlaps the earlier role [%s] (%s) from %s to %s with a different code; the earlier one wins", act.Name, roleText(rj), roleText(ri), ri.Pos, dayText(lo), dayText(hi))
				break
			}
		}
	}
}

func dayText(d Day) string {
	if d < -1<<29 {
		return "always"
	}
	if d > 1<<29 {
		return "ever after"
	}
	return d.String()
}

func roleText(r Role) string {
	ymd := func(d Day) string { return d.Time().Format("20060102") }
	switch r.Kind {
	case Before:
		return r.Code + " <" + ymd(r.To)
	case After:
		return r.Code + " >" + ymd(r.From)
	case Between:
		return r.Code + " " + ymd(r.From) + "-" + ymd(r.To)
	}
	return r.Code
}

// eventCode checks a verb or pattern code: "---", a CAMEO code, or a pair.
func (c *checker) eventCode(code string) string {
	if isNullCode(code) {
		return ""
	}
	for _, part := range strings.Split(code, ":") {
		part = strings.TrimSpace(part)
		if part == "" || isNullCode(part) {
			continue
		}
		if !c.ont.Valid(part) {
			return fmt.Sprintf("event code %q is not in the CAMEO ontology", part)
		}
	}
	return ""
}

func isNullCode(code string) bool { return strings.HasPrefix(strings.TrimSpace(code), "---") }

func (c *checker) verbs(v *Verbs) {
	used := map[string]bool{}
	for _, b := range v.Blocks {
		if msg := c.eventCode(b.Code); msg != "" {
			c.add(b.Pos, FindEventCode, "block %s: %s", b.Name, msg)
		}
		for j, p := range b.Patterns {
			if msg := c.eventCode(p.Code); msg != "" {
				c.add(p.Pos, FindEventCode, "pattern %s: %s", p.Text, msg)
			}
			c.markers(p)
			for _, side := range [][]Elem{p.Upper, p.Lower} {
				for _, e := range side {
					if e.Kind == ElemSynset {
						used[e.Word] = true
					}
				}
			}
			if p.Size() == 0 && isNullCode(p.Code) {
				c.add(p.Pos, FindPatternNull, "pattern %s matches every use of the verb and codes nothing", p.Text)
			}
			for i := 0; i < j; i++ {
				q := b.Patterns[i]
				if slices.Equal(q.Upper, p.Upper) && slices.Equal(q.Lower, p.Lower) {
					c.add(p.Pos, FindPatternDup, "pattern %s has the same words as %s (%s), which it replaces: the later line stands, as in PETRARCH-2", p.Text, q.Text, q.Pos)
					break
				}
				if subsumes(q.Upper, p.Upper, v.Synsets) && subsumes(q.Lower, p.Lower, v.Synsets) {
					c.add(p.Pos, FindPatternShadowed, "pattern %s can never match: the earlier pattern %s (%s) matches whatever it matches", p.Text, q.Text, q.Pos)
					break
				}
			}
		}
	}
	// Verb codes, and forms defined in more than one block.
	words := make([]string, 0, len(v.Forms))
	for w := range v.Forms {
		words = append(words, w)
	}
	sort.Strings(words)
	codeSeen := map[Pos]bool{}
	dupSeen := map[[2]Pos]bool{}
	for _, w := range words {
		fl := v.Forms[w]
		for i, f := range fl {
			if !codeSeen[f.Pos] {
				codeSeen[f.Pos] = true
				if f.Code != f.Block.Code {
					if msg := c.eventCode(f.Code); msg != "" {
						c.add(f.Pos, FindEventCode, "verb %s: %s", f.Lemma, msg)
					}
				}
			}
			for k := 0; k < i; k++ {
				g := fl[k]
				if g.Block != f.Block && strings.Join(g.Before, " ") == strings.Join(f.Before, " ") &&
					strings.Join(g.After, " ") == strings.Join(f.After, " ") {
					if key := [2]Pos{f.Pos, g.Pos}; !dupSeen[key] {
						dupSeen[key] = true
						c.add(f.Pos, FindVerbDuplicate, "verb %s (block %s) is also in block %s (%s), which wins for %s and the forms it shares", f.Lemma, f.Block.Name, g.Block.Name, g.Pos, formText(f))
					}
					break
				}
			}
		}
	}
	// Synsets: nested members must exist; unused ones are reported.
	names := make([]string, 0, len(v.Synsets))
	for n := range v.Synsets {
		names = append(names, n)
	}
	sort.Strings(names)
	var mark func(n string)
	mark = func(n string) {
		s, ok := v.Synsets[n]
		if !ok {
			return
		}
		for _, p := range s.Phrases {
			if len(p) == 1 && strings.HasPrefix(p[0], "&") && !used[p[0]] {
				used[p[0]] = true
				mark(p[0])
			}
		}
	}
	for _, n := range names {
		if used[n] {
			mark(n)
		}
	}
	for _, n := range names {
		s := v.Synsets[n]
		for _, p := range s.Phrases {
			for _, w := range p {
				if strings.HasPrefix(w, "&") {
					if _, ok := v.Synsets[w]; !ok {
						c.add(s.Pos, FindSynsetUndefined, "synset %s has member %s, which is not defined", n, w)
					}
				}
			}
		}
		if !used[n] {
			c.add(s.Pos, FindSynsetUnused, "synset %s is used by no pattern", n)
		}
	}
}

func formText(f *VerbForm) string {
	parts := append(append(append([]string(nil), f.Before...), "+"+f.Word), f.After...)
	return strings.Join(parts, "_")
}

// markers reports patterns whose '$' and '+' cannot all find a noun
// phrase: more than one of a kind, or two joined with '_' (two noun
// phrases can never be the same words).
func (c *checker) markers(p *Pattern) {
	src, tgt := 0, 0
	for _, side := range [][]Elem{p.Upper, p.Lower} {
		for k, e := range side {
			switch e.Kind {
			case ElemSource:
				src++
			case ElemTarget:
				tgt++
			case ElemCompound:
				src++
				tgt++
			}
			if k > 0 && e.Adjacent && isMarker(e.Kind) && isMarker(side[k-1].Kind) {
				c.add(p.Pos, FindPatternMarker, "pattern %s joins two noun-phrase markers with '_'; it can never match", p.Text)
				return
			}
		}
	}
	if src > 1 || tgt > 1 {
		c.add(p.Pos, FindPatternMarker, "pattern %s has %d source and %d target markers; at most one of each can match", p.Text, src, tgt)
	}
}

func isMarker(k ElemKind) bool { return k == ElemSource || k == ElemTarget || k == ElemCompound }

// subsumes reports whether whatever specific's elements match, general
// matches too: general has no '_' constraints and its elements are a
// subsequence of specific's, where a synonym set stands for itself and
// for any one-word member of it.
func subsumes(general, specific []Elem, syn map[string]*Synset) bool {
	covers := func(g, s Elem) bool {
		if g.Kind == s.Kind && g.Word == s.Word {
			return true
		}
		if g.Kind != ElemSynset || s.Kind != ElemWord {
			return false
		}
		if set := syn[g.Word]; set != nil {
			for _, p := range set.Phrases {
				if len(p) == 1 && p[0] == s.Word {
					return true
				}
			}
		}
		return false
	}
	k := 0
	for _, e := range general {
		if e.Adjacent || e.SamePhrase || e.Kind == ElemSkip {
			// (a constraint the specific pattern may not have: no claim)
			return false
		}
		for k < len(specific) && !covers(e, specific[k]) {
			k++
		}
		if k == len(specific) {
			return false
		}
		k++
	}
	return true
}

func (c *checker) agents(a *Agents) {
	seen := map[string]*Agent{}
	codeSeen := map[Pos]bool{}
	dupSeen := map[[2]Pos]bool{}
	for _, ag := range a.List {
		if !codeSeen[ag.Pos] {
			codeSeen[ag.Pos] = true
			if _, err := c.ont.ParseActor(ag.Code); err != nil {
				c.add(ag.Pos, FindAgentCode, "agent %s: %v", ag.Phrase, err)
			}
		}
		k := ag.Phrase.String()
		prev, ok := seen[k]
		if !ok {
			seen[k] = ag
			continue
		}
		if prev.Pos == ag.Pos || dupSeen[[2]Pos{ag.Pos, prev.Pos}] {
			continue // a substitution set or plural made the same phrase twice
		}
		dupSeen[[2]Pos{ag.Pos, prev.Pos}] = true
		if prev.Code == ag.Code && prev.Prefix == ag.Prefix {
			c.add(ag.Pos, FindAgentDuplicate, "agent phrase %s is also at %s with the same code", k, prev.Pos)
		} else {
			c.add(ag.Pos, FindAgentDuplicate, "agent phrase %s is also at %s with code %s, which wins over %s", k, prev.Pos, agentCodeText(prev), agentCodeText(ag))
		}
	}
}

func agentCodeText(ag *Agent) string {
	if ag.Prefix {
		return ag.Code + "~"
	}
	return "~" + ag.Code
}
