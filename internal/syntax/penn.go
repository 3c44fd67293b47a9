package syntax

import (
	"fmt"
	"strings"
)

// PennError is a malformed Penn Treebank tree.
type PennError struct {
	Offset int
	Msg    string
}

func (e *PennError) Error() string { return fmt.Sprintf("penn tree: byte %d: %s", e.Offset, e.Msg) }

// ErrUnbalanced is the message for a tree whose parentheses do not
// balance; PETRARCH calls this error "bad_input_parse".
const ErrUnbalanced = "parentheses do not balance"

// ParsePenn reads a Penn Treebank tree such as "(ROOT (S (NP (NNP Arnor))
// (VP (VBZ is) ...)))" and returns its sentence. Words keep their case;
// an unlabelled outer bracket is labelled ROOT.
func ParsePenn(s string) (*Sentence, error) {
	if strings.Count(s, "(") != strings.Count(s, ")") {
		return nil, &PennError{0, ErrUnbalanced}
	}
	p := &pennParser{s: s}
	p.skip()
	if p.i >= len(s) || s[p.i] != '(' {
		return nil, &PennError{p.i, "tree does not start with '('"}
	}
	root, err := p.node()
	if err != nil {
		return nil, err
	}
	p.skip()
	if p.i < len(s) {
		return nil, &PennError{p.i, "text after the end of the tree"}
	}
	if root.Label == "" {
		root.Label = "ROOT"
	}
	if len(p.toks) == 0 {
		return nil, &PennError{0, "tree has no words"}
	}
	return &Sentence{Tokens: p.toks, Root: root}, nil
}

type pennParser struct {
	s    string
	i    int
	toks []Token
}

func (p *pennParser) skip() {
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == '\n' || p.s[p.i] == '\t' || p.s[p.i] == '\r') {
		p.i++
	}
}

func (p *pennParser) atom() string {
	start := p.i
	for p.i < len(p.s) {
		c := p.s[p.i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '(' || c == ')' {
			break
		}
		p.i++
	}
	return p.s[start:p.i]
}

// node reads "(LABEL child...)" or "(TAG word)" at p.i.
func (p *pennParser) node() (*Node, error) {
	start := p.i
	p.i++ // '('
	p.skip()
	n := &Node{Tok: -1}
	if p.i < len(p.s) && p.s[p.i] != '(' && p.s[p.i] != ')' {
		n.Label = strings.ToUpper(p.atom())
	}
	for {
		p.skip()
		if p.i >= len(p.s) {
			return nil, &PennError{start, "bracket opened here is not closed"}
		}
		switch p.s[p.i] {
		case ')':
			p.i++
			if len(n.Children) == 0 {
				return nil, &PennError{start, fmt.Sprintf("(%s) has no word or children", n.Label)}
			}
			return n, nil
		case '(':
			c, err := p.node()
			if err != nil {
				return nil, err
			}
			n.Children = append(n.Children, c)
		default:
			w := p.atom()
			if len(n.Children) > 0 {
				return nil, &PennError{p.i - len(w), fmt.Sprintf("word %q mixed with phrases in (%s ...)", w, n.Label)}
			}
			p.skip()
			if p.i < len(p.s) && p.s[p.i] != ')' {
				return nil, &PennError{p.i, fmt.Sprintf("(%s %s ...) has more than one word", n.Label, w)}
			}
			p.toks = append(p.toks, Token{Text: w, Tag: n.Label, Start: -1, End: -1, Head: -1})
			n.Tok = len(p.toks) - 1
			p.i++ // ')'
			return n, nil
		}
	}
}
