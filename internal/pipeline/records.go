// Package pipeline connects herald's stages: it turns inputs (PETRARCH
// record files, and later stories) into sentences for the coder, finds
// the dictionaries a record file names, and scores codings against gold.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/herald-events/herald/internal/coder"
	"github.com/herald-events/herald/internal/conllu"
	"github.com/herald-events/herald/internal/dict"
	"github.com/herald-events/herald/internal/petrxml"
	"github.com/herald-events/herald/internal/story"
	"github.com/herald-events/herald/internal/syntax"
	"github.com/herald-events/herald/internal/text"
)

// Input says which analysis of a record to code from.
type Input string

// Inputs.
const (
	InputAuto  Input = ""
	InputPenn  Input = "penn"
	InputCoNLL Input = "conllu"
	InputText  Input = "text"
)

// ParseInput reads an --input flag value.
func ParseInput(s string) (Input, error) {
	switch Input(strings.ToLower(s)) {
	case InputAuto, "auto", "detect":
		return InputAuto, nil
	case InputPenn, "tree", "ptb":
		return InputPenn, nil
	case InputCoNLL, "conll":
		return InputCoNLL, nil
	case InputText, "raw":
		return InputText, nil
	}
	return "", fmt.Errorf("unknown input %q (want penn, conllu or text)", s)
}

// Detect says what a record's <Parse> holds.
func Detect(parse string) Input {
	t := strings.TrimSpace(parse)
	switch {
	case t == "":
		return InputText
	case strings.HasPrefix(t, "("):
		return InputPenn
	case len(t) > 0 && t[0] >= '0' && t[0] <= '9', strings.HasPrefix(t, "#"):
		return InputCoNLL
	}
	return InputText
}

// ErrNoParser is returned for inputs this build cannot analyse.
var ErrNoParser = errors.New("no analysis available for this input")

// Sentence builds the sentence to code from a record, without herald's
// own analysis (records with a Penn or CoNLL-U parse).
func Sentence(rec *petrxml.Record, in Input) (*syntax.Sentence, error) {
	return (*Analysis)(nil).Sentence(rec, in)
}

// Analysis builds sentences, with herald's own language analysis for
// raw text when it has an analyzer.
type Analysis struct {
	Analyzer *text.Analyzer
}

// Sentence builds the sentence to code from a record: from its Penn or
// CoNLL-U parse, or, for InputText, from herald's analysis of its text.
func (a *Analysis) Sentence(rec *petrxml.Record, in Input) (*syntax.Sentence, error) {
	if in == InputAuto {
		in = Detect(rec.Parse)
	}
	switch in {
	case InputPenn:
		s, err := syntax.ParsePenn(rec.Parse)
		if err != nil {
			return nil, err
		}
		s.ID = rec.ID
		s.Text = rec.Text
		syntax.Align(s.Text, s.Tokens)
		return s, nil
	case InputCoNLL:
		return conllSentence(rec)
	case InputText:
		if a == nil || a.Analyzer == nil {
			return nil, fmt.Errorf("%w: %s", ErrNoParser, in)
		}
		txt := rec.Text
		if strings.TrimSpace(txt) == "" {
			// a record whose <Text> is empty (the GSR file has one)
			// still has its words in its parse: herald analyses those,
			// not the parse
			txt = ParseText(rec.Parse)
		}
		ss := a.Text(txt, true)
		if len(ss) == 0 {
			return nil, fmt.Errorf("record %s: no words in <Text> or <Parse>", rec.ID)
		}
		ss[0].ID = rec.ID
		return ss[0], nil
	}
	return nil, fmt.Errorf("%w: %s", ErrNoParser, in)
}

// ParseText rebuilds the words of a sentence from its parse, for a record
// with no <Text>: CoNLL-U's "# text" line, else its words (multiword
// tokens as written) with the spacing SpaceAfter gives; a Penn tree's
// leaves, brackets and quotes as written. It is "" when the parse cannot
// be read.
func ParseText(parse string) string {
	var b strings.Builder
	switch Detect(parse) {
	case InputCoNLL:
		sents, err := conllu.ParseString(parse+"\n", "<Parse>")
		if err != nil {
			return ""
		}
		for _, s := range sents {
			if s.Text != "" {
				b.WriteString(s.Text)
				b.WriteByte(' ')
				continue
			}
			for i := 0; i < len(s.Tokens); i++ {
				form := s.Tokens[i].Form
				if m := s.MultiTokenOf(i + 1); m >= 0 {
					form = s.MultiTokens[m].Form
					i = s.MultiTokens[m].Last - 1
				}
				b.WriteString(form)
				if s.SpaceAfter(i) {
					b.WriteByte(' ')
				}
			}
		}
	case InputPenn:
		s, err := syntax.ParsePenn(parse)
		if err != nil {
			return ""
		}
		for _, t := range s.Tokens {
			b.WriteString(pennSurface(t.Text))
			b.WriteByte(' ')
		}
	}
	return strings.TrimSpace(b.String())
}

// pennSurface is the written form of a Penn Treebank leaf.
func pennSurface(t string) string {
	switch t {
	case "-LRB-", "-lrb-":
		return "("
	case "-RRB-", "-rrb-":
		return ")"
	case "-LCB-", "-lcb-":
		return "{"
	case "-RCB-", "-rcb-":
		return "}"
	case "-LSB-", "-lsb-":
		return "["
	case "-RSB-", "-rsb-":
		return "]"
	case "``", "''":
		return "\""
	}
	return t
}

// conllSentence builds a sentence from a record whose <Parse> holds
// CoNLL-U (UniversalPetrarch's files).
func conllSentence(rec *petrxml.Record) (*syntax.Sentence, error) {
	sents, err := conllu.ParseString(rec.Parse+"\n", fmt.Sprintf("record %s <Parse>", rec.ID))
	if err != nil {
		return nil, err
	}
	if len(sents) == 0 {
		return nil, fmt.Errorf("record %s: <Parse> holds no CoNLL-U sentence", rec.ID)
	}
	var deps []syntax.DepToken
	for _, cs := range sents {
		base := len(deps)
		for _, t := range cs.Tokens {
			head := t.Head
			if head > 0 {
				head += base
			}
			deps = append(deps, syntax.DepToken{Form: t.Form, Lemma: t.Lemma, UPOS: t.UPOS, XPOS: t.XPOS, Feats: t.Feats, Head: head, Deprel: t.Deprel, Start: -1, End: -1})
		}
	}
	// Several sentences in one <Parse>: the later roots hang from the first.
	rootSeen := false
	for i := range deps {
		if deps[i].Head == 0 {
			if rootSeen {
				deps[i].Deprel = "parataxis"
				deps[i].Head = firstRoot(deps)
			}
			rootSeen = true
		}
	}
	toks := make([]syntax.Token, len(deps))
	for i, d := range deps {
		toks[i].Text = d.Form
	}
	syntax.Align(rec.Text, toks)
	for i := range deps {
		deps[i].Start, deps[i].End = toks[i].Start, toks[i].End
	}
	deps = dropDateline(rec.Text, deps)
	repairDeps(deps)
	s, err := syntax.FromOwnDependencies(rec.Text, deps)
	if err != nil {
		return nil, fmt.Errorf("record %s: %w", rec.ID, err)
	}
	s.ID = rec.ID
	return s, nil
}

// repairDeps applies to a given dependency parse the repairs herald makes
// to its own (text.RepairParse): UDPipe trips on news sentences as
// herald's parser does ("came as the leader prepared to leave" with "as
// the leader" an oblique of "came"), and the coder should not code
// the error. The repairs only move heads and relations, and set a
// repaired marker's UPOS or a past tense read as a participle's XPOS.
func repairDeps(deps []syntax.DepToken) {
	if syntax.CheckTree(deps) != nil {
		return // syntax.FromDependencies says what is wrong
	}
	toks := make([]text.Token, len(deps))
	for i, d := range deps {
		toks[i] = text.Token{Form: d.Form, UPOS: d.UPOS, XPOS: d.XPOS, Lemma: d.Lemma, Head: d.Head, Deprel: d.Deprel}
	}
	text.RepairParse(toks)
	for i := range deps {
		deps[i].Head, deps[i].Deprel, deps[i].UPOS, deps[i].XPOS = toks[i].Head, toks[i].Deprel, toks[i].UPOS, toks[i].XPOS
	}
}

func firstRoot(deps []syntax.DepToken) int {
	for i, d := range deps {
		if d.Head == 0 {
			return i + 1
		}
	}
	return 0
}

// Day reads a record's date (YYYYMMDD or YYMMDD).
func Day(s string) (dict.Day, error) {
	s = strings.TrimSpace(s)
	d, ok := dict.ParseDay(s)
	if !ok || (len(s) != 8 && len(s) != 6) {
		return 0, fmt.Errorf("bad date %q (want YYYYMMDD)", s)
	}
	return d, nil
}

// ApplyConfig applies a <Config option value> to coder options, as
// PETRARCH does; it returns false for options it does not know.
func ApplyConfig(o *coder.Options, c petrxml.Config) bool {
	v := strings.ToLower(strings.TrimSpace(c.Value))
	atoi := func() (int, bool) {
		var n int
		_, err := fmt.Sscanf(v, "%d", &n)
		return n, err == nil
	}
	switch c.Option {
	case "require_dyad":
		o.RequireDyad = !strings.Contains(v, "false")
	case "new_actor_length":
		if n, ok := atoi(); ok {
			o.NewActorLength = n
		}
	case "stop_on_error":
	case "comma_min", "comma_max", "comma_bmin", "comma_bmax", "comma_emin", "comma_emax":
		n, ok := atoi()
		if !ok {
			return false
		}
		switch c.Option {
		case "comma_min":
			o.Commas.Min = n
		case "comma_max":
			o.Commas.Max = n
		case "comma_bmin":
			o.Commas.BMin = n
		case "comma_bmax":
			o.Commas.BMax = n
		case "comma_emin":
			o.Commas.EMin = n
		case "comma_emax":
			o.Commas.EMax = n
		}
	default:
		return false
	}
	return true
}

// DictCache loads each distinct dictionary set once.
type DictCache struct {
	mu   sync.Mutex
	sets map[string]*dict.Set
}

// Load returns the set for files, reading it the first time.
func (c *DictCache) Load(ctx context.Context, f dict.Files) (*dict.Set, error) {
	return c.get(fmt.Sprint(f), func() (*dict.Set, error) { return dict.Load(ctx, f) })
}

// Open returns dict.Open(ctx, dir, only), reading it the first time.
func (c *DictCache) Open(ctx context.Context, dir string, only bool) (*dict.Set, error) {
	return c.get(fmt.Sprintf("open %q %v", dir, only), func() (*dict.Set, error) { return dict.Open(ctx, dir, only) })
}

// get returns the set cached under key, reading it with read the first
// time.
func (c *DictCache) get(key string, read func() (*dict.Set, error)) (*dict.Set, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if s, ok := c.sets[key]; ok {
		return s, nil
	}
	s, err := read()
	if err != nil {
		return nil, err
	}
	if c.sets == nil {
		c.sets = map[string]*dict.Set{}
	}
	c.sets[key] = s
	return s, nil
}

// Environment returns the dictionaries a record file's <Environment>
// names (see EnvironmentFiles), with verbs, when given, in place of its
// verb file.
func (c *DictCache) Environment(ctx context.Context, env petrxml.Environment, file, dictDir, verbs string) (*dict.Set, error) {
	files, err := EnvironmentFiles(env, file, dictDir)
	if err != nil {
		return nil, err
	}
	if verbs != "" {
		files.Verbs = []string{verbs}
	}
	return c.Load(ctx, files)
}

// EnvironmentFiles finds the dictionaries a record file's <Environment>
// names: in dictDir if given, else beside the file and in its
// dictionaries/ folder.
func EnvironmentFiles(env petrxml.Environment, file, dictDir string) (dict.Files, error) {
	var dirs []string
	if dictDir != "" {
		dirs = []string{dictDir}
	} else {
		d := filepath.Dir(file)
		dirs = []string{d, filepath.Join(d, "dictionaries")}
	}
	find := func(name string) (string, error) {
		for _, d := range dirs {
			p := filepath.Join(d, name)
			if _, err := os.Stat(p); err == nil {
				return p, nil
			}
		}
		return "", fmt.Errorf("%s: dictionary %q named in <Environment> not found in %s", file, name, strings.Join(dirs, " or "))
	}
	var f dict.Files
	one := func(name string, into *[]string) error {
		if name == "" {
			return nil
		}
		for _, n := range strings.Split(name, ",") {
			if n = strings.TrimSpace(n); n == "" {
				continue
			}
			p, err := find(n)
			if err != nil {
				return err
			}
			*into = append(*into, p)
		}
		return nil
	}
	if err := one(env.Verbfile, &f.Verbs); err != nil {
		return f, err
	}
	for _, a := range env.Actorfiles {
		if err := one(a, &f.Actors); err != nil {
			return f, err
		}
	}
	if err := one(env.Agentfile, &f.Agents); err != nil {
		return f, err
	}
	if err := one(env.Discardfile, &f.Discards); err != nil {
		return f, err
	}
	if err := one(env.Issuefile, &f.Issues); err != nil {
		return f, err
	}
	if len(f.Verbs) == 0 || len(f.Actors) == 0 {
		return f, fmt.Errorf("%s: <Environment> names no verb or actor dictionary", file)
	}
	// PETRARCH's internal coding ontology is optional: the one the file
	// names, else the usual file, in DIR or beside the record file.
	pico := env.PICOfile
	if pico == "" {
		pico = "PETR.Internal.Coding.Ontology.txt"
	}
	d := filepath.Dir(file)
	for _, dir := range append(dirs, d, filepath.Join(d, "dictionaries")) {
		p := filepath.Join(dir, pico)
		if _, err := os.Stat(p); err == nil {
			f.PICO = []string{p}
			break
		}
	}
	if f.PICO == nil && env.PICOfile != "" {
		// Named but absent: coding without it silently changes negation
		// and verb combination, so say so as for any named dictionary.
		return f, fmt.Errorf("%s: dictionary %q named in <Environment> not found in %s", file, pico, strings.Join(append(dirs, d, filepath.Join(d, "dictionaries")), " or "))
	}
	return f, nil
}

// dropDateline takes the words of a wire dateline ("GAZA CITY,
// Palestinian Territories:") out of a dependency tree, as the analysis of
// raw text leaves them out: their dependents hang from the nearest kept
// word above them, and if the dateline held the root, the first verb
// among the new top words (else the first of them) becomes the root.
func dropDateline(text string, deps []syntax.DepToken) []syntax.DepToken {
	d, ok := story.FindDateline(text)
	if !ok {
		return deps
	}
	drop := make([]bool, len(deps)+1)
	n := 0
	for i, t := range deps {
		if t.Start >= 0 && t.End <= d.Len {
			drop[i+1] = true
			n++
		}
	}
	if n == 0 || n == len(deps) {
		return deps
	}
	newIdx := make([]int, len(deps)+1)
	k := 0
	for i := 1; i <= len(deps); i++ {
		if !drop[i] {
			k++
			newIdx[i] = k
		}
	}
	out := make([]syntax.DepToken, 0, len(deps)-n)
	var tops []int // new indices of words left without a head
	for i, t := range deps {
		if drop[i+1] {
			continue
		}
		h := t.Head
		for h > 0 && drop[h] {
			h = deps[h-1].Head
		}
		if h == 0 {
			tops = append(tops, len(out)+1)
			t.Head = 0
		} else {
			t.Head = newIdx[h]
		}
		out = append(out, t)
	}
	root := tops[0]
	for _, r := range tops {
		if out[r-1].UPOS == "VERB" {
			root = r
			break
		}
	}
	for _, r := range tops {
		if r == root {
			out[r-1].Deprel = "root"
		} else {
			out[r-1].Head, out[r-1].Deprel = root, "parataxis"
		}
	}
	return out
}
