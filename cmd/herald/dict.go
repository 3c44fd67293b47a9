package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/herald-events/herald/internal/dict"
)

// runDict runs "herald dict lookup" and "herald dict check".
func runDict(ctx context.Context, env *cliEnv, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		dictUsage(env.stderr)
		if len(args) == 0 {
			return usageError{"missing subcommand: lookup or check"}
		}
		return flag.ErrHelp
	}
	switch args[0] {
	case "lookup":
		return runDictLookup(ctx, env, args[1:])
	case "check":
		return runDictCheck(ctx, env, args[1:])
	}
	dictUsage(env.stderr)
	return usageError{fmt.Sprintf("unknown subcommand %q: want lookup or check", args[0])}
}

func dictUsage(w io.Writer) {
	fmt.Fprintln(w, `usage:
  herald dict lookup [--dict DIR] [--only] [--date YYYY-MM-DD] [--json] PHRASE...
      which actor entry and agents a phrase matches and the code it gets on a date
  herald dict check [--dict DIR] [--only] [--date YYYY-MM-DD] [--json]
      duplicate or conflicting entries, overlapping or stale roles, patterns that can
      never match, unknown codes; exits 1 if anything is found

The built-in dictionaries are used unless --only is given; --dict DIR merges the
PETRARCH-format dictionaries in DIR over them (or, with --only, uses DIR alone).`)
}

// dictFlags are the flags both subcommands share.
type dictFlags struct {
	dir  string
	only bool
	date string
	json bool
}

func (f *dictFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.dir, "dict", "", "directory of PETRARCH-format dictionaries to merge over the built-ins")
	fs.BoolVar(&f.only, "only", false, "use only the --dict directory, not the built-ins")
	fs.StringVar(&f.date, "date", "", "date to code on, YYYY-MM-DD or YYYYMMDD (default today)")
	fs.BoolVar(&f.json, "json", false, "print JSON")
}

// day reads the --date flag; empty means today.
func (f *dictFlags) day() (dict.Day, error) {
	if f.date == "" {
		return dict.DayOf(time.Now()), nil
	}
	for _, layout := range []string{"2006-01-02", "20060102"} {
		if t, err := time.Parse(layout, f.date); err == nil {
			return dict.DayOf(t), nil
		}
	}
	return 0, usageError{fmt.Sprintf("bad --date %q: want YYYY-MM-DD", f.date)}
}

func openDict(ctx context.Context, f *dictFlags) (*dict.Set, error) {
	if f.only && f.dir == "" {
		return nil, usageError{"--only needs --dict DIR"}
	}
	return dict.Open(ctx, f.dir, f.only)
}

// lookupRole is one role of an actor entry in lookup output.
type lookupRole struct {
	Role string `json:"role"`
	From string `json:"from,omitempty"`
	To   string `json:"to,omitempty"`
	Pos  string `json:"pos"`
}

type lookupAgent struct {
	Phrase string `json:"phrase"`
	Code   string `json:"code"`
	Pos    string `json:"pos"`
}

type lookupResult struct {
	Phrase  string        `json:"phrase"`
	Date    string        `json:"date"`
	Code    string        `json:"code"`
	Entry   string        `json:"entry,omitempty"`
	Matched string        `json:"matched,omitempty"`
	Pos     string        `json:"pos,omitempty"`
	Actor   string        `json:"actor_code,omitempty"`
	Applied *lookupRole   `json:"applied_role,omitempty"`
	Roles   []lookupRole  `json:"roles,omitempty"`
	Agents  []lookupAgent `json:"agents,omitempty"`
}

func runDictLookup(ctx context.Context, env *cliEnv, args []string) error {
	fs := flag.NewFlagSet("dict lookup", flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	var f dictFlags
	f.register(fs)
	phrases, err := parseFlags(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err.Error()}
	}
	if len(phrases) == 0 {
		return usageError{"dict lookup needs at least one PHRASE"}
	}
	day, err := f.day()
	if err != nil {
		return err
	}
	s, err := openDict(ctx, &f)
	if err != nil {
		return err
	}
	var results []lookupResult
	for _, p := range phrases {
		results = append(results, lookup(s, p, day))
	}
	if f.json {
		enc := json.NewEncoder(env.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(results)
	}
	for i, r := range results {
		if i > 0 {
			fmt.Fprintln(env.stdout)
		}
		printLookup(env.stdout, r)
	}
	return nil
}

// lookupWords splits a phrase into upper-case words the way dictionary
// phrases are matched: on blanks and underscores, with a possessive 's
// split off.
func lookupWords(p string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToUpper(p), func(r rune) bool { return r == ' ' || r == '_' || r == '\t' }) {
		for _, c := range []string{"'S", "’S"} {
			if len(w) > len(c) && strings.HasSuffix(w, c) {
				out = append(out, w[:len(w)-len(c)], "'S")
				w = ""
				break
			}
		}
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

func roleInfo(r *dict.Role) lookupRole {
	lr := lookupRole{Pos: r.Pos.String()}
	ymd := func(d dict.Day) string { return d.Time().Format("20060102") }
	switch r.Kind {
	case dict.Always:
		lr.Role = "[" + r.Code + "]"
	case dict.Before:
		lr.Role, lr.To = "["+r.Code+" <"+ymd(r.To)+"]", r.To.String()
	case dict.After:
		lr.Role, lr.From = "["+r.Code+" >"+ymd(r.From)+"]", r.From.String()
	case dict.Between:
		lr.Role, lr.From, lr.To = "["+r.Code+" "+ymd(r.From)+"-"+ymd(r.To)+"]", r.From.String(), r.To.String()
	}
	return lr
}

// lookup codes a phrase as the coder codes a noun phrase (dict.Set.Read):
// agent codes are appended ("NGO~" ones put in front), stopping at one the
// code already holds.
func lookup(s *dict.Set, phrase string, day dict.Day) lookupResult {
	words := lookupWords(phrase)
	r := lookupResult{Phrase: phrase, Date: day.String()}
	rd := s.Read(words, day)
	if a := rd.Actor; a != nil {
		r.Entry, r.Pos, r.Actor = a.Name, a.Pos.String(), rd.ActorCode
		r.Matched = strings.Join(words[rd.ActorFrom:rd.ActorTo], " ")
		if rd.Role != nil {
			ri := roleInfo(rd.Role)
			r.Applied = &ri
		}
		for i := range a.Roles {
			r.Roles = append(r.Roles, roleInfo(&a.Roles[i]))
		}
	}
	for i, ag := range rd.Agents {
		sp := rd.AgentSpans[i]
		r.Agents = append(r.Agents, lookupAgent{Phrase: strings.Join(words[sp[0]:sp[1]], " "), Code: agentCode(ag), Pos: ag.Pos.String()})
	}
	r.Code = rd.Code
	return r
}

func agentCode(ag *dict.Agent) string {
	if ag.Prefix {
		return ag.Code + "~"
	}
	return "~" + ag.Code
}

func printLookup(w io.Writer, r lookupResult) {
	fmt.Fprintf(w, "%s on %s: %s\n", r.Phrase, r.Date, r.Code)
	if r.Entry == "" {
		fmt.Fprintln(w, "  actor: none found")
	} else {
		fmt.Fprintf(w, "  actor: %s (%s), matched %q: %s", r.Entry, r.Pos, r.Matched, r.Actor)
		if r.Applied != nil {
			fmt.Fprintf(w, " from role %s (%s)", r.Applied.Role, r.Applied.Pos)
		}
		fmt.Fprintln(w)
		fmt.Fprintln(w, "  roles:")
		for _, ro := range r.Roles {
			fmt.Fprintf(w, "    %-30s %s\n", ro.Role, ro.Pos)
		}
	}
	if len(r.Agents) == 0 {
		fmt.Fprintln(w, "  agents: none")
		return
	}
	fmt.Fprintln(w, "  agents:")
	for _, a := range r.Agents {
		fmt.Fprintf(w, "    %-30s %-8s %s\n", a.Phrase, a.Code, a.Pos)
	}
}

func runDictCheck(ctx context.Context, env *cliEnv, args []string) error {
	fs := flag.NewFlagSet("dict check", flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	var f dictFlags
	f.register(fs)
	rest, err := parseFlags(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err.Error()}
	}
	if len(rest) > 0 {
		return usageError{fmt.Sprintf("dict check takes no arguments, got %q", rest)}
	}
	day, err := f.day()
	if err != nil {
		return err
	}
	s, err := openDict(ctx, &f)
	if err != nil {
		return err
	}
	findings := dict.Check(s, day)
	if f.json {
		type jf struct {
			Pos  string `json:"pos"`
			Kind string `json:"kind"`
			Msg  string `json:"msg"`
		}
		out := make([]jf, 0, len(findings))
		for _, x := range findings {
			out = append(out, jf{x.Pos.String(), x.Kind, x.Msg})
		}
		enc := json.NewEncoder(env.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			return err
		}
	} else {
		for _, x := range findings {
			fmt.Fprintln(env.stdout, x)
		}
		fmt.Fprintf(env.stdout, "%d files, %d verb blocks, %d actors, %d agent phrases: %d findings\n",
			len(s.Files), len(s.Verbs.Blocks), len(s.Actors.List), len(s.Agents.List), len(findings))
	}
	if len(findings) > 0 {
		return fmt.Errorf("%d findings", len(findings))
	}
	return nil
}
