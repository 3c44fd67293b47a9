package dict

import (
	"bytes"
	"context"
	"embed"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"strings"
)

// builtinFS holds herald's own dictionaries, written by the herald authors
// from public facts in PETRARCH's formats. It is immutable.
//
//go:embed builtin/*.txt
var builtinFS embed.FS

// BuiltinPrefix starts the names of the built-in files in positions and
// errors: "builtin/people.actors.txt:120".
const BuiltinPrefix = "builtin/"

// BuiltinFiles lists the built-in dictionary files by kind, named as in
// positions ("builtin/verbs.txt", ...).
func BuiltinFiles() Files {
	var f Files
	entries, err := fs.ReadDir(builtinFS, "builtin")
	if err != nil {
		return f
	}
	for _, e := range entries {
		n := e.Name()
		p := BuiltinPrefix + n
		switch kindOf(n) {
		case "verbs":
			f.Verbs = append(f.Verbs, p)
		case "actors":
			f.Actors = append(f.Actors, p)
		case "agents":
			f.Agents = append(f.Agents, p)
		case "discards":
			f.Discards = append(f.Discards, p)
		case "issues":
			f.Issues = append(f.Issues, p)
		}
	}
	return f
}

// kindOf classifies a dictionary file by its name, as FilesInDir does.
func kindOf(name string) string {
	ln := strings.ToLower(name)
	switch {
	case !strings.HasSuffix(ln, ".txt"):
		return ""
	case strings.Contains(ln, "verbs") || strings.HasPrefix(ln, "cameo."):
		return "verbs"
	case strings.Contains(ln, "actors"):
		return "actors"
	case strings.Contains(ln, "agents"):
		return "agents"
	case strings.Contains(ln, "discards"):
		return "discards"
	case strings.Contains(ln, "issue"):
		return "issues"
	}
	return ""
}

// BuiltinSource returns the text of a built-in file named as in positions
// ("builtin/verbs.txt").
func BuiltinSource(name string) ([]byte, error) {
	if !strings.HasPrefix(name, BuiltinPrefix) {
		return nil, fmt.Errorf("dictionary: %s is not a built-in file", name)
	}
	return builtinFS.ReadFile(name)
}

// Builtin reads herald's built-in dictionaries: verbs, countries,
// international organisations, non-state groups, people with dated roles,
// agents and discards. Call it once per process and share the result.
func Builtin(ctx context.Context) (*Set, error) {
	s := NewSet()
	f := BuiltinFiles()
	type job struct {
		paths []string
		read  func(*bytes.Reader, string) error
	}
	for _, j := range []job{
		{f.Verbs, func(r *bytes.Reader, n string) error { return s.Verbs.Read(r, n) }},
		{f.Actors, func(r *bytes.Reader, n string) error { return s.Actors.Read(r, n) }},
		{f.Agents, func(r *bytes.Reader, n string) error { return s.Agents.Read(r, n) }},
		{f.Discards, func(r *bytes.Reader, n string) error { return s.Discards.Read(r, n) }},
		{f.Issues, func(r *bytes.Reader, n string) error { return s.Issues.Read(r, n) }},
	} {
		for _, p := range j.paths {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			b, err := builtinFS.ReadFile(p)
			if err != nil {
				return nil, fmt.Errorf("dictionary: %w", err)
			}
			if err := j.read(bytes.NewReader(b), p); err != nil {
				return nil, err
			}
			s.Files = append(s.Files, p)
		}
	}
	if len(s.Verbs.Blocks) == 0 || len(s.Actors.List) == 0 {
		return nil, fmt.Errorf("dictionary: built-in dictionaries are missing")
	}
	s.Verbs.AddPlurals()
	return s, nil
}

// Open returns the dictionaries a command codes with: the built-ins when
// dir is "", the built-ins with dir's dictionaries merged over them (see
// AddDir), or, when only is set, dir's dictionaries alone (FilesInDir).
func Open(ctx context.Context, dir string, only bool) (*Set, error) {
	if only {
		if dir == "" {
			return nil, fmt.Errorf("dictionary: only a user directory was asked for, but none was given")
		}
		f, err := FilesInDir(dir)
		if err != nil {
			return nil, err
		}
		return Load(ctx, f)
	}
	s, err := Builtin(ctx)
	if err != nil {
		return nil, err
	}
	if dir != "" {
		if err := s.AddDir(ctx, dir); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// AddDir merges the dictionary files found in dir over s. Verb files are
// read after s's, so a block that starts with a verb s already has takes
// that verb over, and patterns may use s's synsets. Actor and agent
// phrases from dir win over s's phrases of the same length, so a user's
// entry overrides a built-in one. Discards and issues are added. Unlike
// FilesInDir, dir need not hold every kind: a directory with just an
// actor file extends the actors.
func (s *Set) AddDir(ctx context.Context, dir string) error {
	f, err := FilesInDir(dir)
	if err != nil && len(f.Verbs)+len(f.Actors)+len(f.Agents)+len(f.Discards)+len(f.Issues) == 0 {
		if _, statErr := os.Stat(dir); statErr != nil {
			return fmt.Errorf("dictionary directory: %w", statErr)
		}
		return fmt.Errorf("dictionary directory %s: no dictionary files (*verbs*.txt, *actors*.txt, *agents*.txt, *discards*.txt, *issue*.txt)", dir)
	}
	if err := s.Add(ctx, Files{Verbs: f.Verbs, Discards: f.Discards, Issues: f.Issues}); err != nil {
		return err
	}
	user := NewSet()
	if err := user.Add(ctx, Files{Actors: f.Actors, Agents: f.Agents}); err != nil {
		return err
	}
	s.Actors.List = append(s.Actors.List, user.Actors.List...)
	s.Actors.Warnings = append(s.Actors.Warnings, user.Actors.Warnings...)
	s.Actors.Index.mergeFront(&user.Actors.Index)
	s.Agents.List = append(s.Agents.List, user.Agents.List...)
	s.Agents.Warnings = append(s.Agents.Warnings, user.Agents.Warnings...)
	s.Agents.Index.mergeFront(&user.Agents.Index)
	s.Files = append(s.Files, user.Files...)
	return nil
}

// mergeFront adds o's phrases to ix ahead of ix's own phrases of the same
// length, keeping the longest-first order.
func (ix *PhraseIndex[T]) mergeFront(o *PhraseIndex[T]) {
	if o.n == 0 {
		return
	}
	if ix.byFirst == nil {
		ix.byFirst = map[string][]PhraseEntry[T]{}
	}
	for k, l := range o.byFirst {
		merged := make([]PhraseEntry[T], 0, len(l)+len(ix.byFirst[k]))
		merged = append(merged, l...)
		merged = append(merged, ix.byFirst[k]...)
		sort.SliceStable(merged, func(i, j int) bool { return len(merged[i].Phrase) > len(merged[j].Phrase) })
		ix.byFirst[k] = merged
	}
	ix.n += o.n
}
