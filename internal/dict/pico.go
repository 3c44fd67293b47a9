package dict

import (
	"io"
	"strconv"
	"strings"
)

// PICO is PETRARCH's internal coding ontology (PETR.Internal.Coding.
// Ontology.txt): each CAMEO code as a number whose digits are the
// dimensions of its meaning, so that negating an event ("did not
// clash": minus 0xFFFF) or combining a verb with the verb it governs
// ("asked ... to help") is arithmetic, and the result is read back as a
// CAMEO code. UniversalPetrarch codes with it; herald reads the file
// unchanged when it is given.
type PICO struct {
	byCode  map[string]int
	byValue map[int]string
}

// Read reads a PICO file into p.
func (p *PICO) Read(r io.Reader, name string) error {
	if p.byCode == nil {
		p.byCode, p.byValue = map[string]int{}, map[int]string{}
	}
	lr := newLineReader(r, name)
	for {
		line, n, ok := lr.next()
		if !ok {
			break
		}
		pos := Pos{name, n}
		t := strings.TrimSpace(line)
		code, rest, ok := strings.Cut(t, ":")
		if !ok {
			return errorf(pos, "PICO line %q has no ':'", t)
		}
		code = strings.TrimSpace(code)
		if code == "---" {
			code = "" // the null event, value 0
		} else if code == "" || strings.Trim(code, "0123456789") != "" {
			return errorf(pos, "PICO code %q is not a CAMEO code", code)
		}
		expr, _, _ := strings.Cut(rest, "#")
		v, err := evalHex(strings.TrimSpace(expr))
		if err != "" {
			return errorf(pos, "PICO value %q: %s", expr, err)
		}
		if code == "" {
			continue
		}
		p.byCode[code] = v
		if _, dup := p.byValue[v]; !dup {
			p.byValue[v] = code
		}
	}
	return lr.err
}

// evalHex evaluates sums and differences of hexadecimal or decimal
// numbers: "-0xFFFF+0x2040+0x300".
func evalHex(s string) (int, string) {
	if s == "" {
		return 0, "empty"
	}
	total, sign, i := 0, 1, 0
	for i < len(s) {
		switch s[i] {
		case ' ', '\t':
			i++
			continue
		case '+':
			sign = 1
			i++
			continue
		case '-':
			sign = -1
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] != '+' && s[j] != '-' && s[j] != ' ' {
			j++
		}
		v, err := strconv.ParseInt(s[i:j], 0, 64)
		if err != nil {
			return 0, "bad number " + strconv.Quote(s[i:j])
		}
		total += sign * int(v)
		sign = 1
		i = j
	}
	return total, ""
}

// Value returns a code's PICO value, falling back on its cue category
// ("0873" → "087" → "08").
func (p *PICO) Value(code string) (int, bool) {
	if p == nil {
		return 0, false
	}
	for c := code; len(c) >= 2; c = c[:len(c)-1] {
		if v, ok := p.byCode[c]; ok {
			return v, true
		}
		if len(c) == 3 {
			if v, ok := p.byCode[c[:2]+"0"]; ok {
				return v, true
			}
		}
	}
	return 0, false
}

// Code returns the CAMEO code of a PICO value, if one has it.
func (p *PICO) Code(v int) (string, bool) {
	if p == nil {
		return "", false
	}
	c, ok := p.byValue[v]
	return c, ok
}

// Negate returns the code of the negated event ("not" + code), if the
// ontology has one.
func (p *PICO) Negate(code string) (string, bool) {
	v, ok := p.Value(code)
	if !ok {
		return "", false
	}
	return p.Code(v - 0xFFFF)
}

// Combine returns the code of a verb (outer) acting through the verb it
// governs (inner), as PETRARCH-2 combines them: a negative inner meaning
// is added to the outer; of two high-level meanings (0x1000 and up) the
// inner one stands; a larger inner meaning stands; otherwise the two
// add up.
func (p *PICO) Combine(outer, inner string) (string, bool) {
	a, ok1 := p.Value(outer)
	b, ok2 := p.Value(inner)
	if !ok1 || !ok2 {
		return "", false
	}
	var v int
	switch {
	case b < 0:
		v = b + a
	case a >= 0x1000 && b >= 0x1000:
		v = b
	case b >= a:
		v = b
	default:
		v = a + b
	}
	return p.Code(v)
}
