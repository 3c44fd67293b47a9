package pipeline

import (
	"fmt"

	"github.com/herald-events/herald/internal/cameo"
	"github.com/herald-events/herald/internal/coder"
	"github.com/herald-events/herald/internal/dict"
	"github.com/herald-events/herald/internal/syntax"
)

// Span is a byte range of the sentence text with the text it covers.
// Start and End are -1 when the words could not be found in the text.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Evidence is why an event was coded.
type Evidence struct {
	Sentence string `json:"sentence"`
	// Pattern is the dictionary pattern (or verb) that fired and
	// PatternAt where it is ("file:line").
	Pattern   string `json:"pattern"`
	PatternAt string `json:"pattern_at"`
	Source    Span   `json:"source"`
	Verb      Span   `json:"verb"`
	Target    Span   `json:"target"`
	Passive   bool   `json:"passive,omitempty"`
	Symmetric bool   `json:"symmetric,omitempty"`
	// Input says which analysis the event was coded from: penn,
	// conllu or text.
	Input string `json:"input,omitempty"`
	// SourceResolved and TargetResolved are set when the actor was a
	// pronoun ("he") taken to mean an earlier sentence's actor.
	SourceResolved *coder.Referent `json:"source_resolved,omitempty"`
	TargetResolved *coder.Referent `json:"target_resolved,omitempty"`
	// SourceDateline and TargetDateline name the story's dateline place
	// when a domestic institution of no state named (police, courts,
	// parliament: ---COP, ---JUD, ---LEG) was taken to be that place's
	// state's.
	SourceDateline string `json:"source_dateline,omitempty"`
	TargetDateline string `json:"target_dateline,omitempty"`
}

// EventRecord is one line of `herald code` output. The field names are
// a public interface: add fields, never rename them.
type EventRecord struct {
	ID         string  `json:"id"`
	StoryID    string  `json:"story_id"`
	StoryTitle string  `json:"story_title"`
	SentenceID string  `json:"sentence_id"`
	Source     string  `json:"source"`
	Target     string  `json:"target"`
	Code       string  `json:"code"`
	EventName  string  `json:"event_name,omitempty"`
	Root       string  `json:"root"`
	QuadClass  int     `json:"quad_class"`
	Goldstein  float64 `json:"goldstein"`
	PloverType string  `json:"plover_type"`
	PloverMode string  `json:"plover_mode,omitempty"`
	EventDate  string  `json:"event_date"`
	StoryDate  string  `json:"story_date"`
	// SourceName and TargetName are the noun phrases the codes came from.
	SourceName string            `json:"source_text,omitempty"`
	TargetName string            `json:"target_text,omitempty"`
	Issues     []dict.IssueCount `json:"issues,omitempty"`
	// StoryURL and StorySource say where the story came from.
	StoryURL    string `json:"story_url,omitempty"`
	StorySource string `json:"story_source,omitempty"`
	// StoryDateline is the place of the story's wire dateline
	// ("GAZA CITY, Palestinian Territories"), when it has one.
	StoryDateline string `json:"story_dateline,omitempty"`
	// Quote is set for events reported inside someone's words.
	Quote    *Quote   `json:"quote,omitempty"`
	Evidence Evidence `json:"evidence"`
	// ClusterID groups events of near-duplicate stories; Mentions,
	// Sources and Articles count them when events are merged.
	ClusterID string `json:"cluster_id,omitempty"`
	Mentions  int    `json:"mentions,omitempty"`
	Sources   int    `json:"sources,omitempty"`
	Articles  int    `json:"articles,omitempty"`
}

// SentenceMeta is what a record needs besides the event itself.
type SentenceMeta struct {
	StoryID, StoryTitle, SentenceID string
	StoryDate, EventDate            dict.Day
	Input                           Input
}

// MakeRecords turns a sentence's events into output records.
func MakeRecords(s *syntax.Sentence, res coder.Result, m SentenceMeta, onto *cameo.Ontology) []EventRecord {
	out := make([]EventRecord, 0, len(res.Events))
	for i, e := range res.Events {
		r := EventRecord{
			ID:         fmt.Sprintf("%s-e%d", m.SentenceID, i+1),
			StoryID:    m.StoryID,
			StoryTitle: m.StoryTitle,
			SentenceID: m.SentenceID,
			Source:     e.Source,
			Target:     e.Target,
			Code:       e.Code,
			EventDate:  m.EventDate.String(),
			StoryDate:  m.StoryDate.String(),
			SourceName: e.SourceText,
			TargetName: e.TargetText,
			Issues:     res.Issues,
			Evidence: Evidence{
				Sentence:  s.Text,
				Pattern:   e.Pattern,
				PatternAt: e.PatternPos.String(),
				Source:    byteSpan(s, e.SourceSpan),
				Verb:      byteSpan(s, e.VerbSpan),
				Target:    byteSpan(s, e.TargetSpan),
				Passive:   e.Passive,
				Symmetric: e.Symmetric,
				Input:     string(m.Input),
			},
		}
		if onto != nil {
			if ec, ok := onto.Resolve(e.Code); ok {
				r.EventName = ec.Name
				r.Root = ec.Root
				r.QuadClass = int(ec.QuadClass)
				r.Goldstein = ec.Goldstein
				r.PloverType = ec.PloverType
				r.PloverMode = ec.PloverMode
			} else if root, ok := cameo.Root(e.Code); ok {
				r.Root = root
			}
		}
		out = append(out, r)
	}
	return out
}

// byteSpan converts a token span to a byte span of the sentence text.
func byteSpan(s *syntax.Sentence, sp coder.Span) Span {
	if sp.Empty() || sp.End > len(s.Tokens) {
		return Span{Start: -1, End: -1}
	}
	a, b := s.Tokens[sp.Start], s.Tokens[sp.End-1]
	if a.Start < 0 || b.End < 0 || b.End < a.Start || b.End > len(s.Text) {
		txt := ""
		for k := sp.Start; k < sp.End; k++ {
			if k > sp.Start {
				txt += " "
			}
			txt += s.Tokens[k].Text
		}
		return Span{Start: -1, End: -1, Text: txt}
	}
	return Span{Start: a.Start, End: b.End, Text: s.Text[a.Start:b.End]}
}
