package dict

import (
	"io"
	"strings"
)

// Agent is one agent entry: a phrase (and its plural) for a role such as
// "FOREIGN MINISTER" [~GOVFRM].
type Agent struct {
	Phrase Phrase
	// Code is the agent code without its '~'.
	Code string
	// Prefix is true for codes written "NGO~": they go before the actor
	// code instead of after it.
	Prefix bool
	Pos    Pos
}

// Agents is an agent dictionary.
type Agents struct {
	List     []*Agent
	Index    PhraseIndex[*Agent]
	Warnings []Warning
}

// Read reads an agent file in PETRARCH's format into a.
func (a *Agents) Read(r io.Reader, name string) error {
	lr := newLineReader(r, name)
	subst := map[string][]string{}
	for {
		line, n, ok := lr.next()
		if !ok {
			break
		}
		pos := Pos{name, n}
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "!") && strings.Contains(t, "=") {
			k := strings.IndexByte(t[1:], '!')
			if k < 0 {
				return errorf(pos, "substitution marker %q is not closed with '!'", t)
			}
			marker := t[1 : k+1]
			_, list, _ := strings.Cut(t, "=")
			var items []string
			for _, it := range strings.Split(list, ",") {
				if it = strings.ToUpper(strings.TrimSpace(it)); it != "" {
					items = append(items, it)
				}
			}
			if len(items) == 0 {
				return errorf(pos, "substitution marker !%s! has no values", marker)
			}
			subst[strings.ToUpper(marker)] = items
			continue
		}
		i := strings.IndexByte(t, '[')
		if i < 0 {
			// PETRARCH skips such a line with a warning; so do we.
			a.Warnings = append(a.Warnings, Warning{pos, "agent line " + t + " has no [code]; skipped"})
			continue
		}
		j := strings.IndexByte(t[i:], ']')
		if j < 0 {
			// PETRARCH's own file has "[~LEG}"; accept a closing brace.
			j = strings.IndexByte(t[i:], '}')
			if j < 0 {
				return errorf(pos, "agent line %q: '[' without ']'", t)
			}
		}
		rawCode := strings.TrimSpace(t[i+1 : i+j])
		ag := Agent{Pos: pos}
		switch {
		case strings.HasPrefix(rawCode, "~"):
			ag.Code = rawCode[1:]
		case strings.HasSuffix(rawCode, "~"):
			ag.Code, ag.Prefix = rawCode[:len(rawCode)-1], true
		default:
			return errorf(pos, "agent code %q must start or end with '~'", rawCode)
		}
		if ag.Code == "" {
			return errorf(pos, "empty agent code")
		}
		body := strings.ToUpper(strings.TrimSpace(t[:i]))
		if body == "" {
			return errorf(pos, "agent line %q has no phrase", t)
		}
		if k := strings.IndexByte(body, '!'); k >= 0 {
			e := strings.IndexByte(body[k+1:], '!')
			if e < 0 {
				return errorf(pos, "substitution marker in %q is not closed with '!'", body)
			}
			marker := body[k+1 : k+1+e]
			items, ok := subst[marker]
			if !ok {
				return errorf(pos, "substitution marker !%s! is not defined above", marker)
			}
			for _, it := range items {
				a.add(body[:k]+it+body[k+e+2:], ag)
			}
			continue
		}
		var plural string
		hasPlural := true
		if k := strings.IndexByte(body, '{'); k >= 0 {
			e := strings.IndexByte(body, '}')
			if e < k {
				return errorf(pos, "agent line %q: '{' without '}'", t)
			}
			plural = strings.TrimSpace(body[k+1 : e])
			hasPlural = plural != ""
			body = strings.TrimSpace(body[:k])
		} else {
			plural = nounPlural(body)
		}
		a.add(body, ag)
		if hasPlural {
			a.add(plural, ag)
		}
	}
	if lr.err != nil {
		return lr.err
	}
	a.Index.sort()
	return nil
}

func (a *Agents) add(phrase string, ag Agent) {
	p := parsePhrase(phrase)
	if len(p) == 0 {
		return
	}
	ag.Phrase = p
	x := ag
	a.List = append(a.List, &x)
	a.Index.add(p, &x)
}

// Combine makes the code of a noun phrase from its actor's code ("" when
// it has none) and the agents found in it, in order: each agent's code
// goes after the actor's (before it for "NGO~" agents, which stand alone
// when no actor is named: "aid workers" is NGO), an unnamed actor
// is "---", and combining stops at an agent whose code the result
// already holds (at a multiple of three characters, as CAMEO codes are
// built). A phrase with neither is "---".
func Combine(actor string, agents []*Agent) string {
	if len(agents) == 0 {
		if actor == "" {
			return "---"
		}
		return actor
	}
	if actor == "" {
		actor = "---"
	}
	for _, ag := range agents {
		if holds(actor, ag.Code) {
			return actor
		}
		code := ag.Code
		if !ag.Prefix && len(code) > 3 && len(code)%3 == 0 {
			// an agent of several parts ("defense secretary": GOVMIL)
			// adds only the parts the actor lacks ("Defense Secretary
			// Mark Esper", USAGOV: USAGOVMIL, not USAGOVGOVMIL)
			var add strings.Builder
			for k := 0; k < len(code); k += 3 {
				if !holds(actor, code[k:k+3]) {
					add.WriteString(code[k : k+3])
				}
			}
			code = add.String()
		}
		if ag.Prefix {
			if actor == "---" {
				// an organisation of no state named is the
				// organisation's code alone ("aid workers": NGO,
				// not NGO---)
				actor = code
				continue
			}
			actor = code + actor
		} else {
			actor += code
		}
	}
	return actor
}

// holds reports whether a code holds part at a multiple of three
// characters, as CAMEO codes are built.
func holds(code, part string) bool {
	for k := 0; k+len(part) <= len(code); k += 3 {
		if code[k:k+len(part)] == part {
			return true
		}
	}
	return false
}
