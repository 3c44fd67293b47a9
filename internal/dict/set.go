package dict

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Set is everything the coder needs: verbs, actors, agents, and
// optionally discards and issues.
type Set struct {
	Verbs    *Verbs
	Actors   *Actors
	Agents   *Agents
	Discards *Discards
	Issues   *Issues
	// PICO, when not nil, is PETRARCH's internal coding ontology, used
	// for negation and verb combination as UniversalPetrarch uses it.
	PICO *PICO
	// Files lists what was read, in order.
	Files []string
}

// NewSet returns an empty set.
func NewSet() *Set {
	return &Set{Verbs: NewVerbs(), Actors: &Actors{}, Agents: &Agents{}, Discards: &Discards{}, Issues: &Issues{}}
}

// Warnings returns what the readers skipped.
func (s *Set) Warnings() []Warning {
	w := append([]Warning(nil), s.Verbs.Warnings...)
	w = append(w, s.Actors.Warnings...)
	w = append(w, s.Agents.Warnings...)
	return append(w, s.Issues.Warnings...)
}

// Files names the dictionary files of a set.
type Files struct {
	Verbs    []string
	Actors   []string
	Agents   []string
	Discards []string
	Issues   []string
	PICO     []string
}

// Load reads the named files into a new Set.
func Load(ctx context.Context, f Files) (*Set, error) {
	s := NewSet()
	if err := s.Add(ctx, f); err != nil {
		return nil, err
	}
	return s, nil
}

// Add reads the named files into s, on top of what it holds.
func (s *Set) Add(ctx context.Context, f Files) error {
	type job struct {
		paths []string
		read  func(io.Reader, string) error
	}
	for _, j := range []job{
		{f.Verbs, s.Verbs.Read},
		{f.Actors, s.Actors.Read},
		{f.Agents, s.Agents.Read},
		{f.Discards, s.Discards.Read},
		{f.Issues, s.Issues.Read},
		{f.PICO, s.readPICO},
	} {
		for _, p := range j.paths {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := readFile(p, j.read); err != nil {
				return err
			}
			s.Files = append(s.Files, p)
		}
	}
	return nil
}

func (s *Set) readPICO(r io.Reader, name string) error {
	if s.PICO == nil {
		s.PICO = &PICO{}
	}
	return s.PICO.Read(r, name)
}

func readFile(path string, read func(io.Reader, string) error) error {
	fh, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("dictionary: %w", err)
	}
	defer fh.Close()
	return read(bufio.NewReaderSize(fh, 256*1024), path)
}

// FilesInDir finds a dictionary set in dir: the [Dictionaries] section of
// a PETR_config.ini there if one names existing files, otherwise the
// usual file names (CAMEO.2.0.txt or *.verbs.txt, *.actors.txt,
// *agents.txt, *discards.txt, *Issue*.txt).
func FilesInDir(dir string) (Files, error) {
	var f Files
	for _, cfg := range []string{filepath.Join(dir, "PETR_config.ini"), filepath.Join(dir, "..", "PETR_config.ini")} {
		if c, err := readConfigDicts(cfg, dir); err == nil && len(c.Verbs) > 0 {
			return c, nil
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return f, fmt.Errorf("dictionary directory: %w", err)
	}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		n := e.Name()
		p := filepath.Join(dir, n)
		ln := strings.ToLower(n)
		switch {
		case !strings.HasSuffix(ln, ".txt"):
		case strings.Contains(ln, "verbs") || strings.HasPrefix(ln, "cameo."):
			f.Verbs = append(f.Verbs, p)
		case strings.Contains(ln, "actors"):
			f.Actors = append(f.Actors, p)
		case strings.Contains(ln, "agents"):
			f.Agents = append(f.Agents, p)
		case strings.Contains(ln, "discards"):
			f.Discards = append(f.Discards, p)
		case strings.Contains(ln, "issue"):
			f.Issues = append(f.Issues, p)
		case strings.Contains(ln, "coding.ontology"):
			f.PICO = append(f.PICO, p)
		}
	}
	if len(f.Verbs) > 1 {
		// Prefer the operational file over the validation ones.
		for _, v := range f.Verbs {
			if strings.HasPrefix(strings.ToLower(filepath.Base(v)), "cameo.") {
				f.Verbs = []string{v}
				break
			}
		}
	}
	if len(f.Verbs) == 0 || len(f.Actors) == 0 {
		return f, fmt.Errorf("dictionary directory %s: no verb or actor files found", dir)
	}
	return f, nil
}

// readConfigDicts reads the [Dictionaries] section of a PETRARCH config.
func readConfigDicts(path, dir string) (Files, error) {
	var f Files
	fh, err := os.Open(path)
	if err != nil {
		return f, err
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	section := ""
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") || strings.HasPrefix(l, ";") {
			continue
		}
		if strings.HasPrefix(l, "[") {
			section = strings.Trim(l, "[]")
			continue
		}
		if section != "Dictionaries" {
			continue
		}
		k, v, ok := strings.Cut(l, "=")
		if !ok {
			continue
		}
		var names []string
		for _, n := range strings.Split(v, ",") {
			if n = strings.TrimSpace(n); n != "" {
				p := filepath.Join(dir, n)
				if _, err := os.Stat(p); err != nil {
					return Files{}, err
				}
				names = append(names, p)
			}
		}
		switch strings.TrimSpace(k) {
		case "verbfile_name":
			f.Verbs = names
		case "actorfile_list":
			f.Actors = names
		case "agentfile_name":
			f.Agents = names
		case "discardfile_name":
			f.Discards = names
		case "issuefile_name":
			f.Issues = names
		}
	}
	return f, sc.Err()
}

// Reading is how a noun phrase reads through the dictionaries: its first
// actor and its agents, and the code they make together.
type Reading struct {
	Actor     *Actor
	Role      *Role  // the actor's role on the day, if a dated one applies
	ActorCode string // "" without an actor
	// ActorFrom and ActorTo delimit the actor's words in the phrase.
	ActorFrom, ActorTo int
	Agents             []*Agent
	// AgentSpans holds each agent's [from, to) words.
	AgentSpans [][2]int
	Code       string // dict.Combine of the actor code and the agents
}

// Read reads a noun phrase of upper-case words as the coder does: the
// first actor found in it, then every agent phrase outside the actor's own
// name ("People's Liberation Army" has no PEOPLE or ARMY agent), reading on
// after the words of each agent found, so "main opposition group" is MOP
// and not also the OPP of "opposition group".
func (s *Set) Read(words []string, day Day) Reading {
	return s.ReadMarked(words, Marks{}, day)
}

// Marks says what the upper-case words of a phrase no longer show about
// how the text wrote them. Either slice may be nil; otherwise it has one
// entry per word.
type Marks struct {
	// PossBefore[k]: a possessive ending ("'s") stood right before
	// words[k] and was left out of the words, as the coder leaves it out
	// of its noun phrases. A phrase that still holds its "'S" words needs
	// none.
	PossBefore []bool
	// Lower[k]: words[k] was written in lower case in a sentence that
	// uses capitals (the coder leaves plurals unmarked: "Western allies",
	// "Gulf states" are names written so). An actor name of several
	// words after an indefinite article is not taken when its last word
	// was: "a strict Islamic state" is no Islamic State, but "the Biden
	// administration" and "the Quds force" are theirs, and "the Islamic
	// State group" still is the Islamic State, through "Islamic State".
	Lower []bool
	// Name[k]: words[k] was written as a name (a proper noun, not an
	// abbreviation of up to three capitals such as "US"). A state or
	// region named right before a noun of expertise is what the expert
	// studies, not who they are ("a China scholar", "Russia analysts";
	// "Chinese scholars", "US analysts", "IAEA experts" still are
	// Chinese, American, the agency's).
	Name []bool
	// Verb[k]: words[k] was tagged a verb's base form. An infinitive
	// inside a phrase ("the government's decision to suspend EU
	// accession talks") names what is to be done: its words give the
	// phrase no agent, nor an actor when the words before it name an
	// agent.
	Verb []bool
}

// militaryActs are the nouns of acts and means that "military" describes
// as an adjective: "a military offensive in Nagorno-Karabakh" is aimed at
// the place, not at its army. (The people and bodies it describes, "military
// officials", "military forces", "the military junta", and the targets,
// "military bases", keep the agent.)
var militaryActs = map[string]bool{
	"OFFENSIVE": true, "OFFENSIVES": true, "OPERATION": true, "OPERATIONS": true,
	"ACTION": true, "ACTIONS": true, "STRIKE": true, "STRIKES": true,
	"CAMPAIGN": true, "CAMPAIGNS": true, "INTERVENTION": true, "INTERVENTIONS": true,
	"EXERCISE": true, "EXERCISES": true, "DRILL": true, "DRILLS": true,
	"ESCALATION": true, "BUILDUP": true, "PRESSURE": true, "AID": true,
	"ASSISTANCE": true, "SUPPORT": true, "COOPERATION": true, "TIES": true,
	"PACT": true, "ASSAULT": true, "ATTACK": true, "ATTACKS": true,
	"RAID": true, "RAIDS": true, "INCURSION": true, "INCURSIONS": true,
	"INVASION": true, "PRESENCE": true, "THREAT": true, "THREATS": true,
	"RESPONSE": true, "RETALIATION": true, "CONFLICT": true, "CONFRONTATION": true,
	"EQUIPMENT": true, "HARDWARE": true, "SPENDING": true, "BUDGET": true,
}

// phraseBreaks end the part of a noun phrase that names one actor: a
// preposition or a conjunction starts another.
var phraseBreaks = map[string]bool{
	"IN": true, "OF": true, "TO": true, "FROM": true, "WITH": true, "AGAINST": true, "BY": true, "FOR": true,
	"ON": true, "AT": true, "AND": true, "OR": true, "NEAR": true, "INTO": true, "OVER": true, ",": true,
}

// topicBreaks open what a phrase is about, or when: the words after them
// name no agent of the phrase. "Against" and "on" open whom a phrase is
// against or on: the words after them name no agent of an actor named
// before them ("Trump's threat of military action against drug cartels",
// "a Russian strike on a children's hospital"), but may name the phrase's
// only one ("a strike against the government").
var topicBreaks = map[string]bool{
	"OVER": true, "ABOUT": true, "REGARDING": true, "CONCERNING": true, "DESPITE": true, "DURING": true,
	"AFTER": true, "BEFORE": true, "AMID": true, "SINCE": true, "UNTIL": true, "FOLLOWING": true,
}

// besideWords place what a phrase names beside something else: the words
// after them name no agent of an actor or agent named before them ("riot
// police outside the parliament building" are police, not legislators).
var besideWords = map[string]bool{"OUTSIDE": true, "NEAR": true, "BESIDE": true, "OPPOSITE": true, "AROUND": true, "ALONGSIDE": true}

// ledBy returns, for a word that names who leads, backs or runs
// something ("Saudi-led", "Iranian-backed"), who does ("Saudi"); ok is
// false for any other word.
func ledBy(w string) (leader string, ok bool) {
	i := strings.LastIndexByte(w, '-')
	if i > 0 && controlSuffixes[w[i+1:]] {
		return w[:i], true
	}
	return "", false
}

// agentBreak reports whether word k of a phrase ends the words that may
// add agents to its reading r so far: what the phrase is about or when
// (topicBreaks); whom it is against or on, once it has named an actor;
// what it is beside, once it has named an actor or agent.
func agentBreak(words []string, k int, r Reading) bool {
	if r.Actor != nil && k <= r.ActorFrom {
		return false
	}
	w := words[k]
	named := r.Actor != nil || len(r.Agents) > 0
	return topicBreaks[w] || named && (w == "AGAINST" || w == "ON" && r.Actor != nil || besideWords[w])
}

// agentIn reports whether an agent phrase occurs in words.
func (s *Set) agentIn(words []string) bool {
	for k := range words {
		if e, _ := s.Agents.Index.MatchAt(words[k:]); e != nil {
			return true
		}
	}
	return false
}

// infinitiveAt reports whether words[k] is the "to" of an infinitive
// after the phrase's first word.
func (m Marks) infinitiveAt(words []string, k int) bool {
	return k > 0 && words[k] == "TO" && k+1 < len(m.Verb) && m.Verb[k+1]
}

// destinationStart is where the words that may add agents to a reading
// start: past a "to", "into", "near", "around", "off" ... before a place
// the phrase names, since what is sent to a place, or is near it, is not
// its own ("warships to the Caribbean" are no Caribbean forces, "military
// exercises around Taiwan" no Taiwanese ones): the place alone is read,
// where what the phrase names first went or was.
func destinationStart(words []string, r Reading) int {
	if r.Actor == nil || r.Actor.dated() || len(r.ActorCode) != 3 {
		return 0
	}
	for k := r.ActorFrom - 1; k > 0; k-- {
		if placeWords[words[k]] {
			return k + 1
		}
	}
	return 0
}

// placeWords open where something went or was, not whose it is.
var placeWords = map[string]bool{
	"TO": true, "INTO": true, "TOWARD": true, "TOWARDS": true, "NEAR": true, "AROUND": true,
	"OUTSIDE": true, "BESIDE": true, "OPPOSITE": true, "OFF": true,
}

// controlSuffixes end a hyphenated word that names who leads, backs or
// runs something ("Saudi-led coalition"). Not "-held", "-occupied",
// "-controlled": "the Israeli-occupied West Bank" and "Russian-held
// Crimea" are the places they name; nor "Russian-made", which names no
// one.
var controlSuffixes = map[string]bool{
	"LED": true, "BACKED": true, "RUN": true, "FLAGGED": true, "OWNED": true,
	"FUNDED": true, "SPONSORED": true, "ALLIED": true, "ALIGNED": true,
	"ARMED": true, "TRAINED": true, "SUPPORTED": true,
}

// expertNouns name people by what they study or watch.
var expertNouns = map[string]bool{
	"EXPERT": true, "EXPERTS": true, "SCHOLAR": true, "SCHOLARS": true, "ANALYST": true, "ANALYSTS": true,
	"SPECIALIST": true, "SPECIALISTS": true, "WATCHER": true, "WATCHERS": true, "HAWK": true, "HAWKS": true,
}

// envoyNouns name people by where they are sent or what they answer for:
// the actor right after their "to" or "for" is not whose they are
// ("Special Envoy for Syria Geir Pedersen", "director for the Middle East
// at Amnesty International").
var envoyNouns = map[string]bool{
	"AMBASSADOR": true, "AMBASSADORS": true, "ENVOY": true, "ENVOYS": true, "EMISSARY": true, "EMISSARIES": true,
	"REPRESENTATIVE": true, "REPRESENTATIVES": true, "COORDINATOR": true, "RAPPORTEUR": true,
	"NUNCIO": true, "COMMISSIONER": true, "DIRECTOR": true,
}

// sentTo reports whether the actor at words[k] comes right after an
// envoy's "to" or "for" (past a "the"). ReadMarked reads past it when
// the phrase goes on after it.
func sentTo(words []string, k int) bool {
	if k > 0 && words[k-1] == "THE" {
		k--
	}
	return k >= 2 && (words[k-1] == "TO" || words[k-1] == "FOR") && envoyNouns[words[k-2]]
}

// postedIn reports whether the actor at words[k] is where the
// peacekeepers the phrase names before it serve ("peacekeepers in
// southern Lebanon" are no Lebanese force): after a place's preposition,
// past a "the" and compass adjectives.
func postedIn(words []string, k int) bool {
	j := k - 1
	for j >= 0 && (words[j] == "THE" || compassWords[words[j]]) {
		j--
	}
	if j < 1 || !placePrepositions[words[j]] {
		return false
	}
	for ; j >= 0; j-- {
		switch words[j] {
		case "PEACEKEEPER", "PEACEKEEPERS", "PEACEKEEPING":
			return true
		}
	}
	return false
}

// placePrepositions open where someone is.
var placePrepositions = map[string]bool{"IN": true, "AT": true, "ON": true, "NEAR": true, "ALONG": true, "ACROSS": true, "INSIDE": true}

// compassWords modify a place with a part of it.
var compassWords = map[string]bool{
	"NORTHERN": true, "SOUTHERN": true, "EASTERN": true, "WESTERN": true, "CENTRAL": true,
	"NORTHEASTERN": true, "NORTHWESTERN": true, "SOUTHEASTERN": true, "SOUTHWESTERN": true,
	"NORTH": true, "SOUTH": true, "EAST": true, "WEST": true,
}

// lowercasePronoun are pronouns spelled as abbreviations a dictionary may
// hold in capitals (US, IT).
var lowercasePronoun = map[string]bool{"US": true, "IT": true, "WE": true, "ME": true, "HIM": true, "HER": true}

// ReadMarked is Read for a phrase with Marks.
func (s *Set) ReadMarked(words []string, m Marks, day Day) Reading {
	var r Reading
	possBefore := m.PossBefore
	var accept func(n int) bool // of a match of n words at word at
	at := 0
	rejected := false // accept turned down a match of the current word
	if m.Lower != nil {
		accept = func(n int) bool {
			k := at
			if n < 2 || k+n-1 >= len(m.Lower) || !m.Lower[k+n-1] {
				return true
			}
			// only after an indefinite article, past lower-case
			// modifiers: "a strict Islamic state" ("the Biden
			// administration", "the Quds force" are names written so)
			for j := k - 1; j >= 0; j-- {
				if words[j] == "A" || words[j] == "AN" {
					rejected = true
					return false
				}
				if !m.Lower[j] {
					break
				}
			}
			return true
		}
	}
	match := func(k int) (*PhraseEntry[*Actor], int) {
		var e *PhraseEntry[*Actor]
		var n int
		if accept == nil {
			e, n = s.Actors.Index.MatchAt(words[k:])
		} else {
			rejected, at = false, k
			e, n = s.Actors.Index.MatchAtIf(words[k:], accept)
			if rejected {
				// a phrase that names no one ("a hostage deal", "a third
				// party": [---]) blocks its words however it is written
				if be, bn := s.Actors.Index.MatchAt(words[k:]); be != nil && bn > n {
					if code, _ := be.Item.CodeOn(day); code == "---" {
						e, n = be, bn
					}
				}
			}
		}
		if e != nil && n == 1 && k < len(m.Lower) && m.Lower[k] && lowercasePronoun[words[k]] {
			// "Google tells us": a pronoun written in lower case is no
			// "US"
			e, n = nil, 0
		}
		if e != nil && k+n+1 < len(words) && words[k+n] == "-" && e.Item.dated() {
			// a person's name that goes on past a hyphen is someone
			// else's: "Park Jin - young" is not Park Jin, "Lee Jun -
			// seok" not Lee Jun
			e, n = nil, 0
		}
		if e == nil {
			// "Saudi-led", "Iranian-backed", "Serbian-run": the actor
			// that leads, backs or runs
			if leader, ok := ledBy(words[k]); ok {
				if e, _ = s.Actors.Index.MatchAt([]string{leader}); e != nil {
					n = 1
				}
			}
		}
		return e, n
	}
	for k := 0; k < len(words); k++ {
		if m.infinitiveAt(words, k) && s.agentIn(words[:k]) {
			// "the government's decision to suspend EU accession
			// talks" is the government's; "a deal to purchase Boeing's
			// jets", naming no one before, is read on
			break
		}
		e, n := match(k)
		if _, led := ledBy(words[k]); e != nil && n == 1 && led {
			// "Russia-led CSTO troops": who leads or backs gives way to
			// an actor the phrase goes on to name before a break
			for j := k + 1; j < len(words) && !phraseBreaks[words[j]]; j++ {
				if _, led := ledBy(words[j]); led {
					continue
				}
				if je, jn := match(j); je != nil {
					k, e, n = j, je, jn
					break
				}
			}
		}
		if e == nil {
			// an agent phrase that holds an actor's name after its
			// first word is the agent's: "National Security Council
			// official" is no UN Security Council's
			if ae, m := s.Agents.Index.MatchAt(words[k:]); ae != nil && m > 1 {
				k += m - 1
			}
			continue
		}
		if k+n < len(words) && expertNouns[words[k+n]] && k+n-1 < len(m.Name) && m.Name[k+n-1] {
			// "a China scholar": a state or region studied, read on
			// past it ("IAEA experts" are the agency's own)
			if code, _ := e.Item.CodeOn(day); len(code) == 3 {
				k += n - 1
				continue
			}
		}
		if postedIn(words, k) || sentTo(words, k) && k+n < len(words) {
			// where peacekeepers serve, for others, or where an envoy
			// is sent, whose envoy it is or its name coming later: read
			// on ("its ambassador to Algeria", ending there, stays the
			// host's, whom recalling or expelling an ambassador concerns)
			k += n - 1
			continue
		}
		r.Actor = e.Item
		r.ActorCode, r.Role = e.Item.CodeOn(day)
		r.ActorFrom, r.ActorTo = k, k+n
		break
	}
	next := -1 // the word after the actor's possessive
	personOnly := false
	switch {
	case r.Actor == nil || r.ActorTo >= len(words):
	case words[r.ActorTo] == "'S":
		next = r.ActorTo + 1
	case r.ActorTo < len(possBefore) && possBefore[r.ActorTo]:
		next = r.ActorTo
	case len(r.ActorCode) == 3:
		// a state's name or adjective before a title and a person:
		// "North Korean leader Kim Jong Un" (not past a preposition:
		// "Russian troops in ..." is about the troops; and only a
		// person with dated roles: "the US State Department" stays
		// the state, as PETRARCH's first-actor rule reads it)
		next, personOnly = r.ActorTo, true
	}
	if next >= 0 && len(r.ActorCode) >= 3 && !strings.HasPrefix(r.ActorCode, "---") {
		// "Egypt's Muslim Brotherhood", "Russia's Wagner group": an
		// actor of the possessor's own that the phrase goes on to
		// name is the more specific one
		for k := next; k < len(words); k++ {
			if phraseBreaks[words[k]] {
				break
			}
			e, n := match(k)
			if e == nil {
				continue
			}
			if personOnly && !e.Item.dated() {
				break
			}
			if code, role := e.Item.CodeOn(day); strings.HasPrefix(code, r.ActorCode) && len(code) > len(r.ActorCode) {
				r.Actor, r.ActorCode, r.Role = e.Item, code, role
				r.ActorFrom, r.ActorTo = k, k+n
			}
			break
		}
	}
	former := false // a "former" or "ex" came before
	from := destinationStart(words, r)
	for k := from; k < len(words); k++ {
		if r.Actor != nil && k == r.ActorFrom {
			k = r.ActorTo - 1
			continue
		}
		if agentBreak(words, k, r) || m.infinitiveAt(words, k) {
			// "the US ambassador over the drone incident": what a
			// phrase is about or when adds no agent to whom it names
			break
		}
		if words[k] == "FORMER" || words[k] == "EX" {
			former = true
		}
		if e, n := s.Agents.Index.MatchAt(words[k:]); e != nil {
			if k+n+1 < len(words) && words[k+n] == "-" && controlSuffixes[words[k+n+1]] {
				// "the Kurdish - led SDF", as the tokenizer splits
				// "Kurdish-led": who leads or backs is no agent of it
				k += n + 1
				continue
			}
			if n == 1 && k+1 < len(words) && words[k] == "MILITARY" && militaryActs[words[k+1]] {
				// "a military offensive in Gaza", "military aid":
				// an adjective of the act, no agent
				continue
			}
			ag := e.Item
			if former && (ag.Code == "GOV" || ag.Code == "LEG" || ag.Code == "JUD") {
				// "former Japanese Prime Minister Shinzo Abe": a
				// former office holder is one of the elite, as
				// FORMER_!OFFICE! reads when nothing comes between
				ag = &Agent{Phrase: ag.Phrase, Code: "ELI", Pos: ag.Pos}
			}
			r.Agents = append(r.Agents, ag)
			r.AgentSpans = append(r.AgentSpans, [2]int{k, k + n})
			k += n - 1
		}
	}
	r.Code = Combine(r.ActorCode, r.Agents)
	return r
}
