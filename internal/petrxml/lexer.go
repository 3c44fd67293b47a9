package petrxml

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

type tokKind uint8

const (
	tokText tokKind = iota
	tokOpen
	tokClose
)

type token struct {
	kind      tokKind
	name      string
	attrs     map[string]string
	selfClose bool
	text      string
	line      int
}

func (t *token) attr(k string) string { return strings.TrimSpace(t.attrs[k]) }

type lexError struct {
	line int
	msg  string
}

func (e *lexError) Error() string { return fmt.Sprintf("line %d: %s", e.line, e.msg) }

// lexer splits a PETRARCH file into tags and text. It skips comments,
// processing instructions and declarations, decodes the five XML entities
// and leaves any other '&' as it is. Text that is neither a tag nor inside
// an element PETRARCH reads (such as '#' banners) is returned as text and
// ignored by the reader.
type lexer struct {
	r    *bufio.Reader
	line int
}

func newLexer(r io.Reader) *lexer {
	return &lexer{r: bufio.NewReaderSize(r, 64*1024), line: 1}
}

func (lx *lexer) readByte() (byte, error) {
	c, err := lx.r.ReadByte()
	if err == nil && c == '\n' {
		lx.line++
	}
	return c, err
}

// maxTag bounds a tag's length so a missing '>' is reported, not read to
// the end of a large file.
const maxTag = 64 * 1024

func (lx *lexer) next() (*token, error) {
	c, err := lx.readByte()
	if err != nil {
		return nil, err
	}
	if c != '<' {
		line := lx.line
		if c == '\n' {
			line--
		}
		var b strings.Builder
		b.WriteByte(c)
		for {
			p, err := lx.r.Peek(1)
			if err != nil || p[0] == '<' {
				break
			}
			c, _ := lx.readByte()
			b.WriteByte(c)
		}
		return &token{kind: tokText, text: decodeEntities(b.String()), line: line}, nil
	}
	line := lx.line
	p, _ := lx.r.Peek(3)
	if len(p) >= 3 && string(p) == "!--" {
		// comment: skip to -->
		var last [2]byte
		for {
			c, err := lx.readByte()
			if err != nil {
				return nil, &lexError{line, "comment '<!--' is not closed with '-->'"}
			}
			if c == '>' && last[0] == '-' && last[1] == '-' {
				return lx.next()
			}
			last[0], last[1] = last[1], c
		}
	}
	var b strings.Builder
	for {
		c, err := lx.readByte()
		if err != nil {
			return nil, &lexError{line, "tag is not closed with '>' before the end of the file"}
		}
		if c == '>' {
			break
		}
		if c == '<' {
			return nil, &lexError{line, fmt.Sprintf("tag %q is not closed with '>'", firstLine(b.String()))}
		}
		b.WriteByte(c)
		if b.Len() > maxTag {
			return nil, &lexError{line, "tag longer than 64 KiB"}
		}
	}
	s := b.String()
	if strings.HasPrefix(s, "?") || strings.HasPrefix(s, "!") {
		return lx.next()
	}
	if strings.HasPrefix(s, "/") {
		return &token{kind: tokClose, name: strings.TrimSpace(s[1:]), line: line}, nil
	}
	t := &token{kind: tokOpen, line: line, attrs: map[string]string{}}
	if strings.HasSuffix(s, "/") {
		t.selfClose = true
		s = s[:len(s)-1]
	}
	name, rest := s, ""
	if i := strings.IndexAny(s, " \t\r\n"); i >= 0 {
		name, rest = s[:i], s[i:]
	}
	if name == "" {
		return nil, &lexError{line, fmt.Sprintf("tag %q has no name", "<"+s+">")}
	}
	t.name = name
	if err := parseAttrs(rest, t.attrs); err != nil {
		return nil, &lexError{line, fmt.Sprintf("<%s>: %v", name, err)}
	}
	return t, nil
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// parseAttrs reads name = "value" pairs, allowing blanks around '=' and
// either quote.
func parseAttrs(s string, into map[string]string) error {
	i := 0
	for {
		for i < len(s) && strings.IndexByte(" \t\r\n", s[i]) >= 0 {
			i++
		}
		if i >= len(s) {
			return nil
		}
		j := i
		for j < len(s) && strings.IndexByte(" \t\r\n=", s[j]) < 0 {
			j++
		}
		name := s[i:j]
		for j < len(s) && strings.IndexByte(" \t\r\n", s[j]) >= 0 {
			j++
		}
		if j >= len(s) || s[j] != '=' {
			return fmt.Errorf("attribute %q has no value", name)
		}
		j++
		for j < len(s) && strings.IndexByte(" \t\r\n", s[j]) >= 0 {
			j++
		}
		if j >= len(s) || (s[j] != '"' && s[j] != '\'') {
			return fmt.Errorf("attribute %q: value is not quoted", name)
		}
		q := s[j]
		k := strings.IndexByte(s[j+1:], q)
		if k < 0 {
			return fmt.Errorf("attribute %q: value is not closed with %c", name, q)
		}
		into[name] = decodeEntities(s[j+1 : j+1+k])
		i = j + 1 + k + 1
	}
}

func decodeEntities(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	r := strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", `"`, "&apos;", "'")
	return r.Replace(s)
}
