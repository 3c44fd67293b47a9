// Package conllu reads and writes CoNLL-U, the Universal Dependencies file
// format (https://universaldependencies.org/format.html).
//
// The reader is streaming and strict: every malformed line is reported as an
// error naming the file and the line number; it never panics on bad input.
// Multiword-token ranges ("3-4") and empty nodes ("5.1") are kept apart from
// the ordinary words so that Tokens always holds the syntactic words 1..n.
package conllu

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Token is one syntactic word (an integer ID line).
type Token struct {
	ID     int // 1-based position in the sentence
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int // 0 is the root; -1 when the file has "_"
	Deprel string
	Deps   string
	Misc   string
}

// MultiToken is a multiword-token range line such as "3-4 don't".
type MultiToken struct {
	First, Last int // IDs of the first and last word it covers
	Form        string
	Misc        string
}

// EmptyNode is an enhanced-dependency empty node line such as "5.1".
type EmptyNode struct {
	After int // the word it follows (5 in "5.1")
	Sub   int // 1 in "5.1"
	Form  string
	Lemma string
	UPOS  string
	XPOS  string
	Feats string
	Deps  string
	Misc  string
}

// Sentence is one CoNLL-U sentence.
type Sentence struct {
	Comments    []string // comment lines without the leading "#" and one space
	ID          string   // value of "# sent_id = ..."
	Text        string   // value of "# text = ..."
	Tokens      []Token  // the words, IDs 1..len(Tokens)
	MultiTokens []MultiToken
	EmptyNodes  []EmptyNode
	Line        int // line number of the sentence's first line
}

// SpaceAfter reports whether the word with index i (0-based) is followed by
// a space, following SpaceAfter=No in its MISC or in the MISC of the
// multiword token that ends with it.
func (s *Sentence) SpaceAfter(i int) bool {
	id := i + 1
	for _, m := range s.MultiTokens {
		if id >= m.First && id <= m.Last {
			if id < m.Last {
				return false
			}
			return !HasMisc(m.Misc, "SpaceAfter", "No")
		}
	}
	return !HasMisc(s.Tokens[i].Misc, "SpaceAfter", "No")
}

// MultiTokenOf returns the index into MultiTokens of the range covering word
// ID id, or -1.
func (s *Sentence) MultiTokenOf(id int) int {
	for i, m := range s.MultiTokens {
		if id >= m.First && id <= m.Last {
			return i
		}
	}
	return -1
}

// HasMisc reports whether a MISC column contains key=value.
func HasMisc(misc, key, value string) bool {
	v, ok := MiscValue(misc, key)
	return ok && v == value
}

// MiscValue returns the value of key in a MISC column ("A=1|B=2").
func MiscValue(misc, key string) (string, bool) {
	if misc == "_" || misc == "" {
		return "", false
	}
	for _, p := range strings.Split(misc, "|") {
		k, v, ok := strings.Cut(p, "=")
		if ok && k == key {
			return v, true
		}
	}
	return "", false
}

// Error is a malformed-input error with its position.
type Error struct {
	Name string // file name (or other source name)
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.Name, e.Line, e.Msg) }

// Reader reads sentences one at a time.
type Reader struct {
	sc   *bufio.Scanner
	name string
	line int
	err  error
}

// NewReader returns a reader; name is used in error messages.
func NewReader(r io.Reader, name string) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	return &Reader{sc: sc, name: name}
}

func (r *Reader) errorf(format string, args ...any) error {
	return &Error{Name: r.name, Line: r.line, Msg: fmt.Sprintf(format, args...)}
}

// Next returns the next sentence, or io.EOF after the last one.
func (r *Reader) Next() (*Sentence, error) {
	if r.err != nil {
		return nil, r.err
	}
	var s *Sentence
	for r.sc.Scan() {
		r.line++
		raw := r.sc.Bytes()
		if !utf8Valid(raw) {
			r.err = r.errorf("invalid UTF-8")
			return nil, r.err
		}
		line := strings.TrimRight(string(raw), "\r")
		if strings.TrimSpace(line) == "" {
			if line != "" {
				r.err = r.errorf("blank line contains whitespace")
				return nil, r.err
			}
			if s != nil {
				if err := r.finish(s); err != nil {
					r.err = err
					return nil, err
				}
				return s, nil
			}
			continue
		}
		if s == nil {
			s = &Sentence{Line: r.line}
		}
		if line[0] == '#' {
			if len(s.Tokens) > 0 || len(s.MultiTokens) > 0 || len(s.EmptyNodes) > 0 {
				r.err = r.errorf("comment line after the sentence's first token")
				return nil, r.err
			}
			c := strings.TrimPrefix(strings.TrimPrefix(line, "#"), " ")
			s.Comments = append(s.Comments, c)
			if k, v, ok := strings.Cut(c, "="); ok {
				switch strings.TrimSpace(k) {
				case "text":
					s.Text = strings.TrimPrefix(v, " ")
				case "sent_id":
					s.ID = strings.TrimSpace(v)
				}
			}
			continue
		}
		if err := r.token(s, line); err != nil {
			r.err = err
			return nil, err
		}
	}
	if err := r.sc.Err(); err != nil {
		r.err = r.errorf("%v", err)
		return nil, r.err
	}
	if s != nil {
		if err := r.finish(s); err != nil {
			r.err = err
			return nil, err
		}
		r.err = io.EOF
		return s, nil
	}
	r.err = io.EOF
	return nil, io.EOF
}

func utf8Valid(b []byte) bool {
	return bytes.IndexByte(b, 0) < 0 && validUTF8(b)
}

func (r *Reader) token(s *Sentence, line string) error {
	f := strings.Split(line, "\t")
	if len(f) != 10 {
		return r.errorf("expected 10 tab-separated columns, found %d", len(f))
	}
	for i, c := range f {
		if c == "" {
			return r.errorf("column %d is empty", i+1)
		}
	}
	id := f[0]
	switch {
	case strings.Contains(id, "-"):
		a, b, _ := strings.Cut(id, "-")
		first, err1 := strconv.Atoi(a)
		last, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || first < 1 || last <= first {
			return r.errorf("bad multiword token range %q", id)
		}
		if first != len(s.Tokens)+1 {
			return r.errorf("multiword token range %q does not start at the next word (%d)", id, len(s.Tokens)+1)
		}
		if n := len(s.MultiTokens); n > 0 && s.MultiTokens[n-1].Last >= first {
			return r.errorf("overlapping multiword token range %q", id)
		}
		s.MultiTokens = append(s.MultiTokens, MultiToken{First: first, Last: last, Form: f[1], Misc: f[9]})
		return nil
	case strings.Contains(id, "."):
		a, b, _ := strings.Cut(id, ".")
		after, err1 := strconv.Atoi(a)
		sub, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || after < 0 || sub < 1 {
			return r.errorf("bad empty node ID %q", id)
		}
		if after != len(s.Tokens) {
			return r.errorf("empty node %q is not after word %d", id, len(s.Tokens))
		}
		s.EmptyNodes = append(s.EmptyNodes, EmptyNode{After: after, Sub: sub, Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Feats: f[5], Deps: f[8], Misc: f[9]})
		return nil
	}
	n, err := strconv.Atoi(id)
	if err != nil || n < 1 {
		return r.errorf("bad word ID %q", id)
	}
	if n != len(s.Tokens)+1 {
		return r.errorf("word ID %d out of sequence (expected %d)", n, len(s.Tokens)+1)
	}
	head := -1
	if f[6] != "_" {
		h, err := strconv.Atoi(f[6])
		if err != nil || h < 0 {
			return r.errorf("bad HEAD %q", f[6])
		}
		head = h
	}
	s.Tokens = append(s.Tokens, Token{ID: n, Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Feats: f[5], Head: head, Deprel: f[7], Deps: f[8], Misc: f[9]})
	return nil
}

func (r *Reader) finish(s *Sentence) error {
	n := len(s.Tokens)
	if n == 0 {
		return &Error{Name: r.name, Line: s.Line, Msg: "sentence has no words"}
	}
	for _, t := range s.Tokens {
		if t.Head > n {
			return &Error{Name: r.name, Line: s.Line + len(s.Comments) + t.ID - 1, Msg: fmt.Sprintf("HEAD %d of word %d is beyond the sentence's %d words", t.Head, t.ID, n)}
		}
	}
	for _, m := range s.MultiTokens {
		if m.Last > n {
			return &Error{Name: r.name, Line: s.Line, Msg: fmt.Sprintf("multiword token %d-%d goes beyond the sentence's %d words", m.First, m.Last, n)}
		}
	}
	return nil
}

// ReadAll reads every sentence.
func ReadAll(r io.Reader, name string) ([]*Sentence, error) {
	rd := NewReader(r, name)
	var out []*Sentence
	for {
		s, err := rd.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, s)
	}
}

// Parse reads all sentences from r (for example a strings.Reader over CoNLL-U
// embedded in another document); name is used in error messages.
func Parse(r io.Reader, name string) ([]*Sentence, error) { return ReadAll(r, name) }

// ParseString is Parse over an in-memory string.
func ParseString(s, name string) ([]*Sentence, error) {
	return ReadAll(strings.NewReader(s), name)
}

// Write writes one sentence in CoNLL-U followed by a blank line. Comments
// are written as given; Text and ID are written only when no comment
// already carries them.
func Write(w io.Writer, s *Sentence) error {
	bw := bufio.NewWriter(w)
	hasText, hasID := false, false
	for _, c := range s.Comments {
		k, _, ok := strings.Cut(c, "=")
		if ok && strings.TrimSpace(k) == "text" {
			hasText = true
		}
		if ok && strings.TrimSpace(k) == "sent_id" {
			hasID = true
		}
	}
	if s.ID != "" && !hasID {
		fmt.Fprintf(bw, "# sent_id = %s\n", s.ID)
	}
	for _, c := range s.Comments {
		fmt.Fprintf(bw, "# %s\n", c)
	}
	if s.Text != "" && !hasText {
		fmt.Fprintf(bw, "# text = %s\n", s.Text)
	}
	mi, ei := 0, 0
	for _, e := range s.EmptyNodes {
		if e.After == 0 {
			writeEmpty(bw, e)
			ei++
		}
	}
	for _, t := range s.Tokens {
		for mi < len(s.MultiTokens) && s.MultiTokens[mi].First == t.ID {
			m := s.MultiTokens[mi]
			fmt.Fprintf(bw, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", m.First, m.Last, field(m.Form), field(m.Misc))
			mi++
		}
		head := "_"
		if t.Head >= 0 {
			head = strconv.Itoa(t.Head)
		}
		fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", t.ID, field(t.Form), field(t.Lemma), field(t.UPOS), field(t.XPOS), field(t.Feats), head, field(t.Deprel), field(t.Deps), field(t.Misc))
		for ei < len(s.EmptyNodes) && s.EmptyNodes[ei].After == t.ID {
			writeEmpty(bw, s.EmptyNodes[ei])
			ei++
		}
	}
	bw.WriteString("\n")
	return bw.Flush()
}

func writeEmpty(w io.Writer, e EmptyNode) {
	fmt.Fprintf(w, "%d.%d\t%s\t%s\t%s\t%s\t%s\t_\t_\t%s\t%s\n", e.After, e.Sub, field(e.Form), field(e.Lemma), field(e.UPOS), field(e.XPOS), field(e.Feats), field(e.Deps), field(e.Misc))
}

// field makes a value safe for one CoNLL-U column: empty becomes "_", tabs
// and newlines become spaces.
func field(s string) string {
	if s == "" {
		return "_"
	}
	if strings.ContainsAny(s, "\t\n\r") {
		s = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s)
	}
	return s
}
