// Package dict reads CAMEO coding dictionaries in the formats PETRARCH and
// TABARI use, unchanged: verb pattern files (PETR.Validate.verbs.txt,
// CAMEO.2.0.txt), actor files with dated roles, agent files, discard lists
// and issue lists. It also holds herald's own built-in dictionaries, written
// in the same formats.
//
// Reading is strict where the format is unambiguous: a line the format
// cannot mean is an error naming the file and line. Where PETRARCH
// documents that it skips something (a pattern using an undefined synset, a
// TABARI-only construction), the reader skips it too and records a Warning
// with the file and line, so nothing is dropped silently.
package dict

import (
	"fmt"
)

// Pos names a place in a dictionary file.
type Pos struct {
	File string
	Line int
}

func (p Pos) String() string { return fmt.Sprintf("%s:%d", p.File, p.Line) }

// Error is a problem reading a dictionary, with where it happened.
type Error struct {
	Pos
	Msg string
}

func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

func errorf(p Pos, format string, args ...any) error {
	return &Error{Pos: p, Msg: fmt.Sprintf(format, args...)}
}

// Warning is something a reader skipped the way PETRARCH does.
type Warning struct {
	Pos
	Msg string
}

func (w Warning) String() string { return w.Pos.String() + ": " + w.Msg }
