package dict

import (
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Word is one word of an actor or agent phrase.
type Word struct {
	Text string
	// Next is true when the following word must come right after this
	// one ('_'); otherwise other words may come between (' ').
	Next bool
}

// Phrase is a dictionary phrase: its words, upper case.
type Phrase []Word

func (p Phrase) String() string {
	var b strings.Builder
	for i, w := range p {
		b.WriteString(w.Text)
		if i < len(p)-1 {
			if w.Next {
				b.WriteByte('_')
			} else {
				b.WriteByte(' ')
			}
		}
	}
	return b.String()
}

// Day is a calendar date as a count of days, comparable with < and >.
type Day int32

// DayOf returns the Day of a time.
func DayOf(t time.Time) Day {
	y, m, d := t.Date()
	return Day(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// Time returns the Day as a UTC midnight.
func (d Day) Time() time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

func (d Day) String() string { return d.Time().Format("2006-01-02") }

// ParseDay reads a dictionary date: YYYYMMDD, or YYMMDD where YY up to 30
// is 20YY and otherwise 19YY (the KEDS/TABARI convention). Dates are
// checked against the calendar. Like PETRARCH, a string of more than 7
// characters is read as YYYYMMDD and a shorter one as YYMMDD, ignoring
// anything after; use parseDayStrict to know whether that happened.
func ParseDay(s string) (Day, bool) {
	d, ok, _ := parseDayLenient(s)
	return d, ok
}

// parseDayLenient is ParseDay that also reports trailing characters.
func parseDayLenient(s string) (Day, bool, bool) {
	junk := false
	switch {
	case len(s) > 8:
		s, junk = s[:8], true
	case len(s) == 7:
		s, junk = s[:6], true
	}
	d, ok := parseDay(s)
	return d, ok, junk
}

func parseDay(s string) (Day, bool) {
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, false
		}
	}
	var y, m, d int
	var err error
	switch len(s) {
	case 8:
		y, err = strconv.Atoi(s[:4])
		if err == nil {
			m, err = strconv.Atoi(s[4:6])
		}
		if err == nil {
			d, err = strconv.Atoi(s[6:8])
		}
	case 6:
		y, err = strconv.Atoi(s[:2])
		if err == nil {
			m, err = strconv.Atoi(s[2:4])
		}
		if err == nil {
			d, err = strconv.Atoi(s[4:6])
		}
		if y <= 30 {
			y += 2000
		} else {
			y += 1900
		}
	default:
		return 0, false
	}
	if err != nil || m < 1 || m > 12 || d < 1 {
		return 0, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return 0, false
	}
	return DayOf(t), true
}

// RoleKind is how a dated role restricts time.
type RoleKind uint8

const (
	// Always applies whatever the date (a default code).
	Always RoleKind = iota
	// Before applies on or before To.
	Before
	// After applies on or after From.
	After
	// Between applies from From to To, both included.
	Between
)

// Role is one code of an actor, possibly limited in time.
type Role struct {
	Code     string
	Kind     RoleKind
	From, To Day
	Pos      Pos
	warn     string
	skip     bool
}

// Applies reports whether the role holds on day d.
func (r Role) Applies(d Day) bool {
	switch r.Kind {
	case Before:
		return d <= r.To
	case After:
		return d >= r.From
	case Between:
		return d >= r.From && d <= r.To
	}
	return true
}

// Actor is one actor entry: a primary phrase, its synonyms, and its codes.
type Actor struct {
	Name     string // the primary phrase as written
	Phrases  []Phrase
	Roles    []Role
	Pos      Pos
	Comments string
}

// dated reports whether the actor has a role with dates (a person in an
// office, as opposed to a state or an institution).
func (a *Actor) dated() bool {
	for _, r := range a.Roles {
		if r.Kind != Always {
			return true
		}
	}
	return false
}

// Person reports whether the actor is a person with dated roles, not a
// state or an institution.
func (a *Actor) Person() bool { return a.dated() }

// CodeOn returns the actor's code on day d: the first dated role that
// holds, else the undated default, else "---". The role is returned too.
func (a *Actor) CodeOn(d Day) (string, *Role) {
	for i := range a.Roles {
		r := &a.Roles[i]
		if r.Kind != Always && r.Applies(d) {
			return r.Code, r
		}
	}
	for i := len(a.Roles) - 1; i >= 0; i-- {
		if a.Roles[i].Kind == Always {
			return a.Roles[i].Code, &a.Roles[i]
		}
	}
	return "---", nil
}

// PhraseEntry is an index entry: a phrase and what it stands for.
type PhraseEntry[T any] struct {
	Phrase Phrase
	Item   T
	Order  int // reading order, to keep sorting stable
}

// PhraseIndex finds dictionary phrases by their first word.
type PhraseIndex[T any] struct {
	byFirst map[string][]PhraseEntry[T]
	n       int
}

func (ix *PhraseIndex[T]) add(p Phrase, item T) {
	if ix.byFirst == nil {
		ix.byFirst = map[string][]PhraseEntry[T]{}
	}
	ix.n++
	ix.byFirst[p[0].Text] = append(ix.byFirst[p[0].Text], PhraseEntry[T]{p, item, ix.n})
}

// sort puts the longest phrases first, so the most specific one wins;
// among phrases of the same length the one read last wins, as in PETRARCH,
// whose dictionary tree keeps the last code given for a phrase (the
// Phoenix files give some phrases to two people, "PRESIDENT BUSH" among
// them, and rely on the later entry).
func (ix *PhraseIndex[T]) sort() {
	for _, l := range ix.byFirst {
		sort.SliceStable(l, func(i, j int) bool {
			if len(l[i].Phrase) != len(l[j].Phrase) {
				return len(l[i].Phrase) > len(l[j].Phrase)
			}
			return l[i].Order > l[j].Order
		})
	}
}

// Len is the number of phrases.
func (ix *PhraseIndex[T]) Len() int { return ix.n }

// MatchAt tries the phrases starting with words[0] against words and
// returns the first (longest) that matches, with how many words it spans.
func (ix *PhraseIndex[T]) MatchAt(words []string) (e *PhraseEntry[T], span int) {
	return ix.MatchAtIf(words, nil)
}

// MatchAtIf is MatchAt taking only a match that accept (given the number
// of words it spans) allows; a phrase it refuses gives way to the next
// longest.
func (ix *PhraseIndex[T]) MatchAtIf(words []string, accept func(span int) bool) (e *PhraseEntry[T], span int) {
	if len(words) == 0 {
		return nil, 0
	}
	l := ix.byFirst[words[0]]
	for i := range l {
		if len(l[i].Phrase) > len(words) {
			continue
		}
		if n := matchPhrase(l[i].Phrase, words); n > 0 && (accept == nil || accept(n)) {
			return &l[i], n
		}
	}
	return nil, 0
}

// All calls f for every phrase.
func (ix *PhraseIndex[T]) All(f func(PhraseEntry[T])) {
	keys := make([]string, 0, len(ix.byFirst))
	for k := range ix.byFirst {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, e := range ix.byFirst[k] {
			f(e)
		}
	}
}

// matchPhrase matches p against the start of words: each following word
// must come next if joined by '_', or later if joined by ' '. It returns
// the number of words spanned, or 0.
func matchPhrase(p Phrase, words []string) int {
	if len(words) == 0 || words[0] != p[0].Text {
		return 0
	}
	k := 1
	for i := 1; i < len(p); i++ {
		adjacent := p[i-1].Next
		for {
			if k >= len(words) {
				return 0
			}
			if words[k] == p[i].Text {
				k++
				break
			}
			if adjacent {
				return 0
			}
			k++
		}
	}
	return k
}

// parsePhrase reads a phrase of words joined by ' ' or '_'.
func parsePhrase(s string) Phrase {
	s = strings.ToUpper(strings.TrimSpace(s))
	var p Phrase
	start := 0
	for k := 0; k <= len(s); k++ {
		if k == len(s) || s[k] == ' ' || s[k] == '_' || s[k] == '\t' {
			if k > start {
				p = append(p, Word{Text: s[start:k], Next: k < len(s) && s[k] == '_'})
			} else if k < len(s) && s[k] == '_' && len(p) > 0 {
				p[len(p)-1].Next = true
			}
			start = k + 1
		}
	}
	return p
}

// Actors is an actor dictionary (one or more files).
type Actors struct {
	List     []*Actor
	Index    PhraseIndex[*Actor]
	Warnings []Warning
}

// index adds a phrase of an actor to the index, and the phrase without its
// possessive ("PEOPLE'S LIBERATION ARMY" also as "PEOPLE LIBERATION ARMY"):
// noun phrases lose their possessive "'s" on the way to the coder, as in
// PETRARCH ("Ithilen's palace guard" is ITHILEN PALACE GUARD).
func (a *Actors) index(p Phrase, cur *Actor) {
	a.Index.add(p, cur)
	if q := withoutPossessive(p); len(q) >= 2 && !slices.Equal(p, q) {
		a.Index.add(q, cur)
	}
}

// withoutPossessive returns p without "'S" words and "'S" endings.
func withoutPossessive(p Phrase) Phrase {
	var q Phrase
	for _, w := range p {
		switch {
		case w.Text == "'S" || w.Text == "'":
			if len(q) > 0 {
				q[len(q)-1].Next = q[len(q)-1].Next && w.Next
			}
			continue
		case len(w.Text) > 2 && strings.HasSuffix(w.Text, "'S"):
			w.Text = strings.TrimSuffix(w.Text, "'S")
		}
		q = append(q, w)
	}
	return q
}

// Read reads an actor file in PETRARCH's format into a.
func (a *Actors) Read(r io.Reader, name string) error {
	lr := newLineReader(r, name)
	var cur *Actor
	for {
		line, n, ok := lr.next()
		if !ok {
			break
		}
		pos := Pos{name, n}
		if strings.Contains(line, "---STOP---") {
			break
		}
		// KEDS/TABARI comments start with ';'.
		if i := strings.IndexByte(line, ';'); i >= 0 {
			line = line[:i]
			if strings.TrimSpace(line) == "" {
				continue
			}
		}
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "[") {
			if cur == nil {
				return errorf(pos, "date restriction %q before any actor", t)
			}
			role, err := parseRole(t, pos)
			if err != nil {
				return err
			}
			if role.warn != "" {
				a.Warnings = append(a.Warnings, Warning{pos, role.warn})
			}
			if !role.skip {
				cur.Roles = append(cur.Roles, role)
			}
			continue
		}
		if strings.HasPrefix(t, "+") {
			if cur == nil {
				return errorf(pos, "synonym %q before any actor", t)
			}
			body := strings.TrimSpace(t[1:])
			if i := strings.IndexByte(body, '['); i >= 0 {
				// A code on a synonym line applies to the whole entry.
				role, err := parseRole(body[i:], pos)
				if err != nil {
					return err
				}
				cur.Roles = append(cur.Roles, role)
				body = body[:i]
			}
			p := parsePhrase(body)
			if len(p) == 0 {
				return errorf(pos, "empty synonym")
			}
			cur.Phrases = append(cur.Phrases, p)
			a.index(p, cur)
			continue
		}
		body := t
		cur = &Actor{Pos: pos}
		if i := strings.IndexByte(t, '['); i >= 0 {
			role, err := parseRole(t[i:], pos)
			if err != nil {
				return err
			}
			cur.Roles = append(cur.Roles, role)
			body = t[:i]
		}
		p := parsePhrase(body)
		if len(p) == 0 {
			return errorf(pos, "actor line %q has no phrase", t)
		}
		cur.Name = strings.TrimSpace(body)
		cur.Phrases = append(cur.Phrases, p)
		a.List = append(a.List, cur)
		a.index(p, cur)
	}
	if lr.err != nil {
		return lr.err
	}
	a.Index.sort()
	return nil
}

// parseRole reads "[CODE]", "[CODE >date]", "[CODE <date]" or
// "[CODE date-date]".
func parseRole(s string, pos Pos) (Role, error) {
	if !strings.HasPrefix(s, "[") {
		return Role{}, errorf(pos, "expected '[' in %q", s)
	}
	j := strings.IndexByte(s, ']')
	if j < 0 {
		return Role{}, errorf(pos, "code %q: '[' without ']'", s)
	}
	f := strings.Fields(s[1:j])
	if len(f) == 0 {
		return Role{}, errorf(pos, "empty code %q", s)
	}
	r := Role{Code: f[0], Pos: pos}
	rest := strings.Join(f[1:], "")
	switch {
	case rest == "":
		r.Kind = Always
	case rest[0] == '<' || rest[0] == '>':
		d, ok, junk := parseDayLenient(strings.TrimLeft(rest[1:], "=<> "))
		if junk {
			r.warn = "date in " + s[:j+1] + " has extra digits; read as PETRARCH does"
		}
		if !ok {
			return Role{}, errorf(pos, "bad date in restriction %q (want YYYYMMDD or YYMMDD)", s[:j+1])
		}
		if rest[0] == '<' {
			r.Kind, r.To = Before, d
		} else {
			r.Kind, r.From = After, d
		}
	default:
		a, b, ok := strings.Cut(rest, "-")
		if !ok {
			if _, isDate, _ := parseDayLenient(rest); isDate {
				// PETRARCH reads a lone date as an undated default code.
				r.Kind = Always
				r.warn = "restriction " + s[:j+1] + " has a date but no <, > or range; read as an undated code as PETRARCH does"
				return r, nil
			}
			return Role{}, errorf(pos, "bad date restriction %q (want <date, >date or date-date)", s[:j+1])
		}
		d1, ok1, junk1 := parseDayLenient(a)
		d2, ok2, junk2 := parseDayLenient(b)
		if junk1 || junk2 {
			r.warn = "date in " + s[:j+1] + " has extra digits; read as PETRARCH does"
		}
		if !ok1 || !ok2 {
			return Role{}, errorf(pos, "bad date in restriction %q (want YYYYMMDD or YYMMDD)", s[:j+1])
		}
		if d2 < d1 {
			// PETRARCH skips such a line with a warning; so do we.
			r.warn, r.skip = "restriction "+s[:j+1]+" ends before it starts; skipped as PETRARCH does", true
		}
		r.Kind, r.From, r.To = Between, d1, d2
	}
	return r, nil
}
