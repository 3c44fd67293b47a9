package dict

import (
	"bufio"
	"io"
	"strings"
	"unicode/utf8"
)

// lineReader yields the meaningful lines of a dictionary file the way
// PETRARCH's reader does: lines starting with '#' or '<!' and blank lines
// are skipped, '#' starts a comment anywhere, and XML comments (one-line or
// spanning lines) are removed. Each line keeps its leading whitespace,
// which is significant in actor files (a tab starts a date restriction).
type lineReader struct {
	sc   *bufio.Scanner
	file string
	n    int // number of the line last read
	err  error
}

func newLineReader(r io.Reader, file string) *lineReader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 4*1024*1024)
	return &lineReader{sc: sc, file: file}
}

func (lr *lineReader) raw() (string, bool) {
	if !lr.sc.Scan() {
		if err := lr.sc.Err(); err != nil && lr.err == nil {
			lr.err = errorf(Pos{lr.file, lr.n + 1}, "reading: %v", err)
		}
		return "", false
	}
	lr.n++
	s := lr.sc.Text()
	if lr.n == 1 {
		s = strings.TrimPrefix(s, "\ufeff")
	}
	if !utf8.ValidString(s) {
		// Dictionaries are ASCII in practice; Latin-1 bytes are kept
		// as their runes so nothing is lost.
		s = latin1(s)
	}
	return strings.TrimRight(s, "\r"), true
}

func latin1(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteRune(rune(s[i]))
			i++
			continue
		}
		b.WriteString(s[i : i+size])
		i += size
	}
	return b.String()
}

// next returns the next meaningful line and its number, or ok=false at the
// end of the file (check lr.err).
func (lr *lineReader) next() (line string, n int, ok bool) {
	for {
		s, ok := lr.raw()
		if !ok {
			return "", 0, false
		}
		n := lr.n
		t := strings.TrimSpace(s)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if i := strings.Index(s, "<!--"); i >= 0 {
			if j := strings.Index(s[i:], "-->"); j >= 0 {
				s = s[:i] + s[i+j+3:]
			} else {
				// A comment running over several lines: skip to its end.
				s = s[:i]
				for {
					c, ok := lr.raw()
					if !ok {
						return "", 0, false
					}
					if j := strings.Index(c, "-->"); j >= 0 {
						s += c[j+3:]
						break
					}
				}
			}
		}
		if strings.HasPrefix(strings.TrimSpace(s), "<!") {
			continue
		}
		if i := commentStart(s); i >= 0 {
			s = s[:i]
		}
		if strings.TrimSpace(s) == "" {
			continue
		}
		return s, n, true
	}
}

// commentStart finds the '#' that starts a comment. A '#' inside a
// bracketed code, as in TABARI's discard code "[###]", is not one.
func commentStart(s string) int {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			depth++
		case ']':
			if depth > 0 {
				depth--
			}
		case '#':
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}
