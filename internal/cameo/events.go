package cameo

import (
	"fmt"
	"strings"
)

// QuadClass is the four-way grouping of CAMEO events used by GDELT and
// PLOVER.
type QuadClass int

// QuadClass values. herald follows the GDELT convention: roots 01–05 are
// verbal cooperation, 06–08 material cooperation, 09–13 verbal conflict and
// 14–20 material conflict. (Root 09, INVESTIGATE, is verbal conflict, as is
// its PLOVER type ACCUSE. Phoenix-style data sometimes puts 01–02 in a
// separate "neutral" class 0; herald does not.)
const (
	VerbalCooperation   QuadClass = 1
	MaterialCooperation QuadClass = 2
	VerbalConflict      QuadClass = 3
	MaterialConflict    QuadClass = 4
)

// String returns the English name of the class.
func (q QuadClass) String() string {
	switch q {
	case VerbalCooperation:
		return "verbal cooperation"
	case MaterialCooperation:
		return "material cooperation"
	case VerbalConflict:
		return "verbal conflict"
	case MaterialConflict:
		return "material conflict"
	}
	return fmt.Sprintf("QuadClass(%d)", int(q))
}

// QuadClassOfRoot returns the QuadClass of a 2-digit root code ("01"–"20"),
// or false if root is not one.
func QuadClassOfRoot(root string) (QuadClass, bool) {
	n, ok := rootNumber(root)
	if !ok || len(root) != 2 {
		return 0, false
	}
	switch {
	case n <= 5:
		return VerbalCooperation, true
	case n <= 8:
		return MaterialCooperation, true
	case n <= 13:
		return VerbalConflict, true
	default:
		return MaterialConflict, true
	}
}

// PLOVER type-mapping bases (EventCode.PloverBasis).
const (
	// BasisSpec: the PLOVER type follows the PLOVER translation of CAMEO.
	BasisSpec = "spec"
	// BasisHerald: herald's own choice, for codes PLOVER drops (roots 01
	// and 02) or where herald follows the PLOVER manual's text rather than
	// its translation table (116, 163).
	BasisHerald = "herald"
)

// EventCode describes one CAMEO event code.
type EventCode struct {
	Code          string    // "04", "042", "1041"
	Name          string    // short CAMEO name, e.g. "Make a visit"
	Root          string    // 2-digit cue category, e.g. "04"
	QuadClass     QuadClass // 1–4
	Goldstein     float64   // conflict–cooperation score in [-10, 10]
	PloverType    string    // PLOVER event type, e.g. "CONSULT"
	PloverMode    string    // PLOVER mode, "" when none
	PloverContext string    // PLOVER contexts separated by ";", "" when none
	PloverBasis   string    // BasisSpec or BasisHerald
	Description   string    // one-line gloss
}

// Level is the number of digits of the code: 2 for a root, 3 for a base
// code, 4 for a sub-code.
func (e EventCode) Level() int { return len(e.Code) }

// IsRoot reports whether the code is one of the 20 cue categories.
func (e EventCode) IsRoot() bool { return len(e.Code) == 2 }

// Contexts returns the PLOVER contexts as a fresh slice (nil when none).
func (e EventCode) Contexts() []string {
	if e.PloverContext == "" {
		return nil
	}
	return strings.Split(e.PloverContext, ";")
}

// PloverDropped reports whether PLOVER itself has no equivalent for the code
// (CAMEO roots 01 MAKE PUBLIC STATEMENT and 02 APPEAL); herald's PLOVER
// fields for such codes are its own nearest-type assignment.
func (e EventCode) PloverDropped() bool { return e.Root == "01" || e.Root == "02" }

// NoEvent is the PETRARCH placeholder for "no event".
const NoEvent = "---"

// Error is the type of the package's constant sentinel errors.
type Error string

func (e Error) Error() string { return string(e) }

// ErrNoEvent is returned by Lookup for the PETRARCH "---" placeholder and
// for empty input.
const ErrNoEvent Error = "cameo: no event code"

// rootNumber parses the first two characters of code as a root number 1–20.
func rootNumber(code string) (int, bool) {
	if len(code) < 2 {
		return 0, false
	}
	for i := 0; i < len(code); i++ {
		if code[i] < '0' || code[i] > '9' {
			return 0, false
		}
	}
	n := int(code[0]-'0')*10 + int(code[1]-'0')
	return n, n >= 1 && n <= 20
}

// WellFormed reports whether code has the shape of a CAMEO event code: 2, 3
// or 4 decimal digits whose first two name a root 01–20. It does not check
// that the code exists; see Ontology.Valid.
func WellFormed(code string) bool {
	if len(code) < 2 || len(code) > 4 {
		return false
	}
	_, ok := rootNumber(code)
	return ok
}

// Root returns the 2-digit root of a well-formed code: Root("1041") and
// Root("104") are "10", Root("10") is "10".
func Root(code string) (string, bool) {
	if !WellFormed(code) {
		return "", false
	}
	return code[:2], true
}

// ParentCode returns the code one level up: "1041" → "104", "104" → "10".
// A root has no parent.
func ParentCode(code string) (string, bool) {
	if !WellFormed(code) || len(code) == 2 {
		return "", false
	}
	return code[:len(code)-1], true
}

// SplitCompound splits a PETRARCH-style compound coding such as "042:043"
// (an event and its reciprocal) into its non-empty parts. Surrounding
// brackets and spaces are ignored, so "[:190]" gives ["190"] and "---"
// gives ["---"].
func SplitCompound(s string) []string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "[")
	s = strings.TrimSuffix(s, "]")
	var out []string
	for _, p := range strings.Split(s, ":") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// Event returns the exact code's description. Leading and trailing spaces
// are ignored; nothing else is normalised (so "10" is DEMAND, never "010").
func (o *Ontology) Event(code string) (EventCode, bool) {
	i, ok := o.byCode[strings.TrimSpace(code)]
	if !ok {
		return EventCode{}, false
	}
	return o.events[i], true
}

// Valid reports whether code is a CAMEO event code in the ontology.
func (o *Ontology) Valid(code string) bool {
	_, ok := o.Event(code)
	return ok
}

// Resolve is Event with fallback: when a well-formed code is not in the
// ontology (for example ICEWS's 1213, or a dictionary's private sub-code)
// the nearest ancestor that is known is returned instead. The bool is false
// only if no ancestor is known either.
func (o *Ontology) Resolve(code string) (EventCode, bool) {
	code = strings.TrimSpace(code)
	for WellFormed(code) {
		if e, ok := o.Event(code); ok {
			return e, true
		}
		p, ok := ParentCode(code)
		if !ok {
			break
		}
		code = p
	}
	return EventCode{}, false
}

// Lookup resolves a coder's event field, which may be a single code, a
// PETRARCH compound such as "042:043", or the "---" placeholder. Each
// component is resolved as by Resolve. It returns ErrNoEvent for "---" or
// empty input, and an error naming the first component that is neither
// known nor well formed.
func (o *Ontology) Lookup(s string) ([]EventCode, error) {
	parts := SplitCompound(s)
	if len(parts) == 0 || (len(parts) == 1 && parts[0] == NoEvent) {
		return nil, ErrNoEvent
	}
	out := make([]EventCode, 0, len(parts))
	for _, p := range parts {
		e, ok := o.Resolve(p)
		if !ok {
			return nil, fmt.Errorf("cameo: unknown event code %q in %q", p, s)
		}
		out = append(out, e)
	}
	return out, nil
}

// Parent returns the description of the code one level up (4-digit →
// 3-digit → root).
func (o *Ontology) Parent(code string) (EventCode, bool) {
	p, ok := ParentCode(strings.TrimSpace(code))
	if !ok {
		return EventCode{}, false
	}
	return o.Event(p)
}

// Children returns the direct children of code in codebook order: the
// 3-digit codes of a root, or the 4-digit codes of a 3-digit code.
func (o *Ontology) Children(code string) []EventCode {
	idx := o.children[strings.TrimSpace(code)]
	if len(idx) == 0 {
		return nil
	}
	out := make([]EventCode, len(idx))
	for k, i := range idx {
		out[k] = o.events[i]
	}
	return out
}

// Events returns every event code in codebook order (each root followed by
// its descendants).
func (o *Ontology) Events() []EventCode {
	out := make([]EventCode, len(o.events))
	copy(out, o.events)
	return out
}

// Roots returns the 20 cue categories in order.
func (o *Ontology) Roots() []EventCode {
	var out []EventCode
	for _, e := range o.events {
		if e.IsRoot() {
			out = append(out, e)
		}
	}
	return out
}

// PloverType describes a PLOVER event type.
type PloverType struct {
	Name      string    // e.g. "ASSAULT"
	QuadClass QuadClass // the type's own quad category
	Modes     []string  // allowed modes, in manual order
}

// PloverTypes returns the PLOVER event types in manual order.
func (o *Ontology) PloverTypes() []PloverType {
	out := make([]PloverType, len(o.plover))
	for i, t := range o.plover {
		t.Modes = append([]string(nil), t.Modes...)
		out[i] = t
	}
	return out
}

// Plover returns the named PLOVER event type.
func (o *Ontology) Plover(name string) (PloverType, bool) {
	i, ok := o.ploverBy[name]
	if !ok {
		return PloverType{}, false
	}
	t := o.plover[i]
	t.Modes = append([]string(nil), t.Modes...)
	return t, true
}

// IsPloverContext reports whether name is one of PLOVER's general contexts.
func (o *Ontology) IsPloverContext(name string) bool { return o.contexts[name] }
