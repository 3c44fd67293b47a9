// Package syntax holds herald's one parse-agnostic sentence structure:
// a constituent tree over the sentence's tokens, whatever produced it
// (Penn Treebank trees from CoreNLP, CoNLL-U dependency parses, or
// herald's own analysis), and the flat "clause sequence" the coder reads:
// noun phrases collapsed into actor candidates (NE), compounds (NEC),
// verb phrases and clause boundaries, each word keeping its token index
// so evidence can be quoted with byte offsets.
package syntax

import (
	"strings"
)

// Token is one word of a sentence.
type Token struct {
	Text string
	// Tag is the Penn part-of-speech tag.
	Tag   string
	Lemma string
	// Start and End are byte offsets into Sentence.Text; both are -1 when
	// the token could not be found in the text.
	Start, End int
	// Head (1-based, 0 for the root) and Deprel are the word's dependency
	// when the sentence came from a dependency parse; Head is -1 otherwise.
	Head   int
	Deprel string
	UPOS   string
}

// Node is a constituent: a phrase with children, or a word (Tok >= 0).
type Node struct {
	Label    string
	Children []*Node
	// Tok is the index of the word in Sentence.Tokens, or -1 for a phrase.
	Tok int
}

// IsWord reports whether the node is a word.
func (n *Node) IsWord() bool { return n.Tok >= 0 }

// Sentence is a parsed sentence.
type Sentence struct {
	ID     string
	Text   string
	Tokens []Token
	Root   *Node
}

// Words appends the token indexes under n, in order.
func (n *Node) Words(dst []int) []int {
	if n.IsWord() {
		return append(dst, n.Tok)
	}
	for _, c := range n.Children {
		dst = c.Words(dst)
	}
	return dst
}

// Walk calls f on n and its descendants in document order; f returning
// false skips a node's children.
func (n *Node) Walk(f func(*Node) bool) {
	if !f(n) {
		return
	}
	for _, c := range n.Children {
		c.Walk(f)
	}
}

// HasDescendant reports whether a node strictly below n satisfies f.
func (n *Node) HasDescendant(f func(*Node) bool) bool {
	for _, c := range n.Children {
		if f(c) || c.HasDescendant(f) {
			return true
		}
	}
	return false
}

// Align sets the byte offsets of tokens in text, matching them in order
// and tolerating the parser's rewritten forms (-LRB-, “, ” and so on).
// Tokens that cannot be found keep -1.
func Align(text string, toks []Token) {
	pos := 0
	lower := asciiLower(text)
	for i := range toks {
		toks[i].Start, toks[i].End = -1, -1
		for _, form := range surfaceForms(toks[i].Text) {
			f := asciiLower(form)
			k := strings.Index(lower[pos:], f)
			if k < 0 {
				continue
			}
			// Do not jump far ahead: a token is expected soon after the
			// previous one.
			if strings.TrimSpace(text[pos:pos+k]) != "" && k > 40 {
				continue
			}
			toks[i].Start = pos + k
			toks[i].End = pos + k + len(form)
			pos = toks[i].End
			break
		}
	}
}

// asciiLower lowers ASCII letters only, so byte offsets are kept.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func surfaceForms(t string) []string {
	switch t {
	case "-LRB-", "-lrb-":
		return []string{"(", "[", "{"}
	case "-RRB-", "-rrb-":
		return []string{")", "]", "}"}
	case "-LCB-", "-lcb-":
		return []string{"{"}
	case "-RCB-", "-rcb-":
		return []string{"}"}
	case "-LSB-", "-lsb-":
		return []string{"["}
	case "-RSB-", "-rsb-":
		return []string{"]"}
	case "``":
		return []string{"``", "\"", "“", "'"}
	case "''":
		return []string{"''", "\"", "”", "'"}
	case "`":
		return []string{"`", "'", "‘"}
	case "'":
		return []string{"'", "’"}
	case "--":
		return []string{"--", "—", "–", "-"}
	case "n't":
		return []string{"n't", "n’t"}
	case "'s":
		return []string{"'s", "’s"}
	}
	if strings.Contains(t, "'") {
		return []string{t, strings.ReplaceAll(t, "'", "’")}
	}
	return []string{t}
}

// Bracketed renders the tree under n in Penn Treebank style with the
// words of s.
func (s *Sentence) Bracketed(n *Node) string {
	var b strings.Builder
	var walk func(n *Node)
	walk = func(n *Node) {
		if n.IsWord() {
			if n.Label == "" {
				b.WriteString(s.Tokens[n.Tok].Text)
				return
			}
			b.WriteString("(" + n.Label + " " + s.Tokens[n.Tok].Text + ")")
			return
		}
		b.WriteString("(" + n.Label)
		for _, c := range n.Children {
			b.WriteByte(' ')
			walk(c)
		}
		b.WriteByte(')')
	}
	walk(n)
	return b.String()
}
