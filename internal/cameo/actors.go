package cameo

import (
	"fmt"
	"strings"
)

// PartKind classifies a 3-character CAMEO actor-code part.
type PartKind string

// Part kinds, as spelled in actors.tsv.
const (
	KindCountry       PartKind = "country"       // ISO 3166-1 alpha-3 state, legacy state code, or the "---" placeholder
	KindRegion        PartKind = "region"        // international region (AFR, MEA, …) or sub-state area (WSB, GZS, …)
	KindInternational PartKind = "international" // IGO, IMG, INT, MNC, NGM, NGO, UIS
	KindRole          PartKind = "role"          // GOV, MIL, REB, …
	KindReligion      PartKind = "religion"      // CHR, MOS, SHI, …
	KindEthnic        PartKind = "ethnic"        // KUR, PAL, … (KEDS) and lower-case CAMEOECS codes (kur, pus, …)
	KindOrganization  PartKind = "organization"  // UNO, AMN, NAT, …
	KindUnknown       PartKind = "unknown"       // not in the ontology (only in parse results)
)

func validKind(k PartKind) bool {
	switch k {
	case KindCountry, KindRegion, KindInternational, KindRole, KindReligion, KindEthnic, KindOrganization:
		return true
	}
	return false
}

// PlaceholderCountry is the part PETRARCH writes when an actor's country is
// not known, as in "---GOV".
const PlaceholderCountry = "---"

// ActorPart is one 3-character part of an actor code.
type ActorPart struct {
	Code string   // e.g. "IRN", "MIL", "kur"
	Kind PartKind // what the part denotes
	Tag  string   // qualifier from actors.tsv: "primary", "iso", "legacy", "level2", … ("" when none)
	Name string   // English name, e.g. "Iran", "Military"
}

// Actor is a parsed CAMEO actor code.
type Actor struct {
	Code  string      // the code as given (trimmed)
	Parts []ActorPart // one per 3-character part, in order
}

// Country returns the first state part's code ("" if there is none or it is
// the "---" placeholder).
func (a Actor) Country() string {
	for _, p := range a.Parts {
		if p.Kind == KindCountry {
			if p.Code == PlaceholderCountry {
				return ""
			}
			return p.Code
		}
	}
	return ""
}

// CodesOf returns the codes of the parts of the given kind, in order.
func (a Actor) CodesOf(k PartKind) []string {
	var out []string
	for _, p := range a.Parts {
		if p.Kind == k {
			out = append(out, p.Code)
		}
	}
	return out
}

// Roles returns the role codes (GOV, MIL, …) in order.
func (a Actor) Roles() []string { return a.CodesOf(KindRole) }

// Name returns the part names joined by " / ", e.g. "Iran / Military".
// Unknown parts appear as their code.
func (a Actor) Name() string {
	names := make([]string, len(a.Parts))
	for i, p := range a.Parts {
		if p.Name != "" {
			names[i] = p.Name
		} else {
			names[i] = p.Code
		}
	}
	return strings.Join(names, " / ")
}

// ActorError reports an actor code that could not be fully parsed.
type ActorError struct {
	Code   string // the whole code
	Index  int    // index of the offending part (-1 when the whole code is at fault)
	Part   string // the offending part ("" when the whole code is at fault)
	Reason string
}

func (e *ActorError) Error() string {
	if e.Index < 0 {
		return fmt.Sprintf("cameo: actor code %q: %s", e.Code, e.Reason)
	}
	return fmt.Sprintf("cameo: actor code %q: part %d %q: %s", e.Code, e.Index+1, e.Part, e.Reason)
}

// Preference orders for codes that have more than one meaning (for example
// SHN: Saint Helena as a state, Shinto as a religion). The first part of a
// code is normally a state, region or international generic; later parts
// are normally roles, organisations or identities.
func kindRank(k PartKind, first bool) int {
	var order []PartKind
	if first {
		order = []PartKind{KindCountry, KindRegion, KindInternational, KindEthnic, KindReligion, KindOrganization, KindRole}
	} else {
		order = []PartKind{KindRole, KindOrganization, KindReligion, KindEthnic, KindCountry, KindRegion, KindInternational}
	}
	for i, o := range order {
		if o == k {
			return i
		}
	}
	return len(order)
}

// part returns the preferred meaning of code at a first or later position.
func (o *Ontology) part(code string, first bool) (ActorPart, bool) {
	idx := o.partsBy[code]
	if len(idx) == 0 {
		return ActorPart{}, false
	}
	best := o.parts[idx[0]]
	for _, i := range idx[1:] {
		if p := o.parts[i]; kindRank(p.Kind, first) < kindRank(best.Kind, first) {
			best = p
		}
	}
	return best, true
}

// lookupPart resolves one 3-character chunk. Lower-case chunks are tried
// first as CAMEOECS ethnic codes and then upper-cased; upper-case chunks
// that are unknown are tried in lower case (for ethnic codes written in
// capitals). Mixed-case chunks are never known.
func (o *Ontology) lookupPart(chunk string, first bool) (ActorPart, bool) {
	if chunk == PlaceholderCountry {
		if !first {
			return ActorPart{}, false
		}
		return o.part(chunk, true)
	}
	if p, ok := o.part(chunk, first); ok {
		return p, true
	}
	switch up, lo := strings.ToUpper(chunk), strings.ToLower(chunk); chunk {
	case lo:
		return o.part(up, first)
	case up:
		return o.part(lo, first)
	}
	return ActorPart{}, false // mixed case
}

// ActorPart returns the meaning of a single 3-character part as it would be
// read at the start of a code (first=true) or after it.
func (o *Ontology) ActorPart(code string, first bool) (ActorPart, bool) {
	if len(code) != 3 {
		return ActorPart{}, false
	}
	return o.lookupPart(code, first)
}

// ActorParts returns every part of the given kind in file order.
func (o *Ontology) ActorParts(k PartKind) []ActorPart {
	var out []ActorPart
	for _, p := range o.parts {
		if p.Kind == k {
			out = append(out, p)
		}
	}
	return out
}

// ParseActor splits a CAMEO actor code into its 3-character parts and names
// each: "IRNMIL" is Iran + military, "IGOUNO" is inter-governmental
// organisation + United Nations, "NGOHRIAMN" is NGO + human rights +
// Amnesty International, "---GOV" is an unspecified country's government.
//
// It returns an *ActorError if the code is empty, its length is not a
// multiple of 3, or a part is not known. In the last case the returned Actor
// still holds every part, the unknown ones with Kind KindUnknown, so callers
// may keep what was understood.
func (o *Ontology) ParseActor(code string) (Actor, error) {
	code = strings.TrimSpace(code)
	a := Actor{Code: code}
	if code == "" {
		return a, &ActorError{Code: code, Index: -1, Reason: "empty code"}
	}
	if len(code)%3 != 0 {
		return a, &ActorError{Code: code, Index: -1, Reason: fmt.Sprintf("length %d is not a multiple of 3", len(code))}
	}
	var firstErr error
	for i := 0; i < len(code); i += 3 {
		chunk := code[i : i+3]
		p, ok := o.lookupPart(chunk, i == 0)
		if !ok {
			p = ActorPart{Code: chunk, Kind: KindUnknown}
			if firstErr == nil {
				reason := "unknown part"
				if chunk == PlaceholderCountry {
					reason = "placeholder --- is only allowed as the first part"
				}
				firstErr = &ActorError{Code: code, Index: i / 3, Part: chunk, Reason: reason}
			}
		}
		a.Parts = append(a.Parts, p)
	}
	return a, firstErr
}

// ParseActor parses code with the Default ontology.
func ParseActor(code string) (Actor, error) { return Default().ParseActor(code) }
