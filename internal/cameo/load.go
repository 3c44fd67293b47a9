package cameo

import (
	"bufio"
	"bytes"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// ParseError reports a malformed line in a data file.
type ParseError struct {
	File string // EventsFile, ActorsFile or PloverFile
	Line int    // 1-based line number (0 when the error concerns the whole file)
	Msg  string
}

func (e *ParseError) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

// Parse builds an Ontology from the three data files and checks them:
// fields are well formed, codes are unique, every code's parent is listed
// before it, QuadClass matches the root, Goldstein lies in [-10, 10], and
// PLOVER types, modes and contexts belong to the PLOVER vocabulary. The
// first problem is returned as a *ParseError carrying the file and line.
func Parse(src Sources) (*Ontology, error) {
	o := &Ontology{
		byCode:   map[string]int{},
		children: map[string][]int{},
		ploverBy: map[string]int{},
		contexts: map[string]bool{},
		partsBy:  map[string][]int{},
	}
	if err := o.parsePlover(src.Plover); err != nil {
		return nil, err
	}
	if err := o.parseEvents(src.Events); err != nil {
		return nil, err
	}
	if err := o.parseActors(src.Actors); err != nil {
		return nil, err
	}
	return o, nil
}

// dataLines calls fn for every non-blank, non-comment line with its 1-based
// number and its tab-separated fields (a trailing CR is dropped).
func dataLines(file string, data []byte, fn func(line int, f []string) error) error {
	if len(data) == 0 {
		return &ParseError{File: file, Msg: "empty file"}
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	n := 0
	for sc.Scan() {
		n++
		text := strings.TrimSuffix(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		if err := fn(n, strings.Split(text, "\t")); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return &ParseError{File: file, Line: n + 1, Msg: err.Error()}
	}
	return nil
}

// dash maps the "-" placeholder to "".
func dash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

func (o *Ontology) parsePlover(data []byte) error {
	err := dataLines(PloverFile, data, func(line int, f []string) error {
		bad := func(format string, a ...any) error {
			return &ParseError{File: PloverFile, Line: line, Msg: fmt.Sprintf(format, a...)}
		}
		switch f[0] {
		case "type":
			if len(f) != 4 {
				return bad("type line needs 4 tab-separated fields, has %d", len(f))
			}
			name := f[1]
			if name == "" || strings.ToUpper(name) != name {
				return bad("type name %q must be non-empty upper case", name)
			}
			if _, dup := o.ploverBy[name]; dup {
				return bad("duplicate type %s", name)
			}
			q, err := strconv.Atoi(f[2])
			if err != nil || q < 1 || q > 4 {
				return bad("quad %q must be 1-4", f[2])
			}
			t := PloverType{Name: name, QuadClass: QuadClass(q)}
			if m := dash(f[3]); m != "" {
				seen := map[string]bool{}
				for _, mode := range strings.Split(m, ",") {
					if mode == "" || seen[mode] {
						return bad("empty or repeated mode in %q", f[3])
					}
					seen[mode] = true
					t.Modes = append(t.Modes, mode)
				}
			}
			o.ploverBy[name] = len(o.plover)
			o.plover = append(o.plover, t)
		case "context":
			if len(f) != 2 || f[1] == "" {
				return bad("context line needs 2 tab-separated fields")
			}
			if o.contexts[f[1]] {
				return bad("duplicate context %s", f[1])
			}
			o.contexts[f[1]] = true
		default:
			return bad("unknown record %q (want type or context)", f[0])
		}
		return nil
	})
	if err != nil {
		return err
	}
	if len(o.plover) == 0 {
		return &ParseError{File: PloverFile, Msg: "no PLOVER types"}
	}
	return nil
}

func (o *Ontology) parseEvents(data []byte) error {
	const nFields = 9
	err := dataLines(EventsFile, data, func(line int, f []string) error {
		bad := func(format string, a ...any) error {
			return &ParseError{File: EventsFile, Line: line, Msg: fmt.Sprintf(format, a...)}
		}
		if len(f) != nFields {
			return bad("want %d tab-separated fields, have %d", nFields, len(f))
		}
		code := f[0]
		if !WellFormed(code) {
			return bad("malformed event code %q", code)
		}
		if _, dup := o.byCode[code]; dup {
			return bad("duplicate event code %s", code)
		}
		e := EventCode{Code: code, Name: f[1], Root: code[:2], Description: f[8]}
		if e.Name == "" {
			return bad("code %s: empty name", code)
		}
		if parent, ok := ParentCode(code); ok {
			if _, known := o.byCode[parent]; !known {
				return bad("code %s: parent %s is not listed before it", code, parent)
			}
			o.children[parent] = append(o.children[parent], len(o.events))
		}
		g, err := strconv.ParseFloat(f[2], 64)
		if err != nil || math.IsNaN(g) || g < -10 || g > 10 {
			return bad("code %s: Goldstein %q must be a number in [-10, 10]", code, f[2])
		}
		e.Goldstein = g
		q, err := strconv.Atoi(f[3])
		if err != nil {
			return bad("code %s: QuadClass %q is not a number", code, f[3])
		}
		want, _ := QuadClassOfRoot(e.Root)
		if QuadClass(q) != want {
			return bad("code %s: QuadClass %d, root %s has %d", code, q, e.Root, want)
		}
		e.QuadClass = want
		ti, ok := o.ploverBy[f[4]]
		if !ok {
			return bad("code %s: unknown PLOVER type %q", code, f[4])
		}
		e.PloverType = f[4]
		if m := dash(f[5]); m != "" {
			allowed := false
			for _, am := range o.plover[ti].Modes {
				allowed = allowed || am == m
			}
			if !allowed {
				return bad("code %s: %q is not a mode of PLOVER type %s", code, m, e.PloverType)
			}
			e.PloverMode = m
		}
		if c := dash(f[6]); c != "" {
			for _, ctx := range strings.Split(c, ";") {
				if !o.contexts[ctx] {
					return bad("code %s: unknown PLOVER context %q", code, ctx)
				}
			}
			e.PloverContext = c
		}
		switch f[7] {
		case BasisSpec, BasisHerald:
			e.PloverBasis = f[7]
		default:
			return bad("code %s: basis %q must be %s or %s", code, f[7], BasisSpec, BasisHerald)
		}
		o.byCode[code] = len(o.events)
		o.events = append(o.events, e)
		return nil
	})
	if err != nil {
		return err
	}
	if len(o.events) == 0 {
		return &ParseError{File: EventsFile, Msg: "no event codes"}
	}
	return nil
}

func (o *Ontology) parseActors(data []byte) error {
	return dataLines(ActorsFile, data, func(line int, f []string) error {
		bad := func(format string, a ...any) error {
			return &ParseError{File: ActorsFile, Line: line, Msg: fmt.Sprintf(format, a...)}
		}
		if len(f) != 4 {
			return bad("want 4 tab-separated fields, have %d", len(f))
		}
		p := ActorPart{Code: f[0], Kind: PartKind(f[1]), Tag: dash(f[2]), Name: f[3]}
		if !validKind(p.Kind) {
			return bad("part %s: unknown kind %q", p.Code, f[1])
		}
		if p.Name == "" {
			return bad("part %s: empty name", p.Code)
		}
		if !validPartCode(p) {
			return bad("part %q: want 3 upper-case letters (lower case for ethnic groups)", p.Code)
		}
		for _, i := range o.partsBy[p.Code] {
			if o.parts[i].Kind == p.Kind {
				return bad("duplicate %s part %s", p.Kind, p.Code)
			}
		}
		o.partsBy[p.Code] = append(o.partsBy[p.Code], len(o.parts))
		o.parts = append(o.parts, p)
		return nil
	})
}

func validPartCode(p ActorPart) bool {
	if p.Code == PlaceholderCountry {
		return p.Kind == KindCountry
	}
	if len(p.Code) != 3 {
		return false
	}
	lower := p.Code[0] >= 'a' && p.Code[0] <= 'z'
	if lower && p.Kind != KindEthnic {
		return false
	}
	for i := 0; i < 3; i++ {
		c := p.Code[i]
		if lower && (c < 'a' || c > 'z') || !lower && (c < 'A' || c > 'Z') {
			return false
		}
	}
	return true
}
