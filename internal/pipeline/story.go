package pipeline

import (
	"fmt"
	"strings"
	"time"

	"github.com/herald-events/herald/internal/cameo"
	"github.com/herald-events/herald/internal/coder"
	"github.com/herald-events/herald/internal/dict"
	"github.com/herald-events/herald/internal/story"
	"github.com/herald-events/herald/internal/syntax"
	"github.com/herald-events/herald/internal/when"
)

// Quote says that an event was reported by someone: inside their direct
// quotation, or in a clause reporting their words ("X said that ...").
type Quote struct {
	Kind        string `json:"kind"` // "direct" or "reported"
	Speaker     string `json:"speaker,omitempty"`
	SpeakerCode string `json:"speaker_code,omitempty"`
}

// StoryCoder codes whole stories: sentences, dates, quotes and pronouns.
type StoryCoder struct {
	Coder    *coder.Coder
	Analysis *Analysis
	Onto     *cameo.Ontology
	// Today is the date for stories that give none.
	Today time.Time
}

// StoryResult is what coding one story produced.
type StoryResult struct {
	Story     *story.Story
	Sentences int
	Events    []EventRecord
	// Discarded names the discard phrase that stopped the whole story.
	Discarded string
	// Trace explains each sentence's coding when the coder explains.
	Trace []string
}

// speechVerbs introduce direct or reported speech.
var speechVerbs = map[string]bool{
	"say": true, "tell": true, "add": true, "state": true, "claim": true, "announce": true, "declare": true,
	"insist": true, "stress": true, "assert": true, "note": true, "report": true, "write": true,
	"explain": true, "reply": true, "respond": true, "argue": true, "allege": true, "confirm": true,
	"deny": true, "warn": true, "comment": true, "remark": true, "suggest": true, "indicate": true,
}

// speechForms are inflected speech verbs, for sentences whose words have
// no lemmas.
var speechForms = map[string]bool{"said": true, "says": true, "saying": true, "told": true, "tells": true,
	"added": true, "adds": true, "stated": true, "claimed": true, "announced": true, "declared": true,
	"insisted": true, "stressed": true, "warned": true, "noted": true, "reported": true, "wrote": true}

// isSpeech reports whether a word is a verb of saying.
func isSpeech(t syntax.Token) bool {
	return speechVerbs[strings.ToLower(t.Lemma)] || speechForms[strings.ToLower(t.Text)]
}

// CodeStory codes one story.
func (sc *StoryCoder) CodeStory(st *story.Story) StoryResult {
	res := StoryResult{Story: st}
	ref := st.Date
	if !st.DateKnown || ref.IsZero() {
		ref = sc.Today
	}
	storyDay := dict.DayOf(ref)
	dl, _ := story.FindDateline(st.Text)
	home := sc.datelineState(dl.Place, storyDay)
	sents := sc.Analysis.textAfter(st.Text, dl.Len, false)
	res.Sentences = len(sents)
	cx := &coder.Context{}
	inQuote := false // a direct quotation running over sentences
	var quoteSpeaker *Quote
	for i, s := range sents {
		sid := fmt.Sprintf("%s-s%d", st.ID, i+1)
		s.ID = sid
		// The event date: a time expression in the sentence, else the
		// story's date.
		eventDay := storyDay
		if exprs := when.Find(s.Text, ref); len(exprs) > 0 {
			eventDay = dict.DayOf(exprs[0].Date.Time)
		}
		quotes := quoteSpans(s.Text, inQuote)
		inQuote = quotes.openAtEnd
		speaker := sc.speakerOf(s, eventDay)
		if speaker != nil && speaker.SpeakerCode != "---" {
			quoteSpeaker = speaker
		} else if len(quotes.spans) > 0 && !quotes.contains(0) {
			// A new quotation with no speaker named in its sentence.
			quoteSpeaker = nil
		}
		cx.Tokens = sc.pronounRefs(s, quotes, quoteSpeaker, eventDay, sid)
		unknown := sc.unknownNameSubject(s, eventDay)
		if unknown {
			// "Webb confessed to the crime and the jury found him
			// guilty": the sentence is about someone the dictionaries
			// do not know, whom its "he" and "him" mean
			cx.Referent = nil
		}
		r, err := sc.Coder.CodeContext(s, eventDay, cx)
		cx.Advance(r)
		if sc.Coder.Options().Explain {
			res.Trace = append(res.Trace, fmt.Sprintf("-- %s (%s): %s", sid, eventDay, s.Text))
			if err != nil {
				res.Trace = append(res.Trace, "   not coded: "+err.Error())
			}
			for _, t := range r.Trace {
				res.Trace = append(res.Trace, "   "+t)
			}
		}
		if err != nil {
			continue
		}
		if r.StoryDiscard {
			res.Discarded = r.Discard
			res.Events = nil
			return res
		}
		meta := SentenceMeta{StoryID: st.ID, StoryTitle: st.Title, SentenceID: sid, StoryDate: storyDay, EventDate: eventDay, Input: InputText}
		localInstitutions(r.Events, home)
		recs := MakeRecords(s, r, meta, sc.Onto)
		for k := range recs {
			e := r.Events[k]
			recs[k].StoryURL = st.URL
			recs[k].StorySource = st.Source
			recs[k].StoryDateline = dl.Place
			if e.SourceRef != nil {
				recs[k].Evidence.SourceResolved = e.SourceRef
			}
			if e.SourceDateline {
				recs[k].Evidence.SourceDateline = dl.Place
			}
			if e.TargetDateline {
				recs[k].Evidence.TargetDateline = dl.Place
			}
			if e.TargetRef != nil {
				recs[k].Evidence.TargetResolved = e.TargetRef
			}
			vs := recs[k].Evidence.Verb.Start
			switch {
			case vs >= 0 && quotes.contains(vs):
				q := Quote{Kind: "direct"}
				if speaker != nil {
					q.Speaker, q.SpeakerCode = speaker.Speaker, speaker.SpeakerCode
				} else if quoteSpeaker != nil {
					q.Speaker, q.SpeakerCode = quoteSpeaker.Speaker, quoteSpeaker.SpeakerCode
				}
				recs[k].Quote = &q
			default:
				if q := sc.reportedBy(s, e, eventDay); q != nil {
					recs[k].Quote = q
				}
			}
		}
		res.Events = append(res.Events, recs...)
		// Who the sentence was about, for the next sentence's pronouns:
		// the subject of its main verb if that is a known actor, else the
		// source of its first event.
		if subj := sc.subjectActor(s, eventDay); subj != nil {
			subj.SentenceID = sid
			cx.Referent = subj
		} else if unknown {
			cx.Referent = nil // (and of the sentences after it)
		} else if len(r.Events) > 0 {
			e := r.Events[0]
			if e.Passive && e.TargetRef == nil {
				cx.Referent = &coder.Referent{Code: e.Target, Text: e.TargetText, SentenceID: sid}
			} else if !e.Passive && e.SourceRef == nil {
				cx.Referent = &coder.Referent{Code: e.Source, Text: e.SourceText, SentenceID: sid}
			}
		}
	}
	return res
}

// quoteSet holds the byte spans of direct quotations in a sentence.
type quoteSet struct {
	spans     [][2]int
	openAtEnd bool
}

func (q quoteSet) contains(off int) bool {
	for _, s := range q.spans {
		if off >= s[0] && off < s[1] {
			return true
		}
	}
	return false
}

// quoteSpans finds the quoted stretches of a sentence: between straight
// double quotes or curly ones. open says a quotation began in an earlier
// sentence and is still running.
func quoteSpans(s string, open bool) quoteSet {
	var q quoteSet
	start := -1
	if open {
		start = 0
	}
	for i, r := range s {
		switch r {
		case '“':
			start = i
		case '”':
			if start >= 0 {
				q.spans = append(q.spans, [2]int{start, i})
			}
			start = -1
		case '"':
			if start >= 0 {
				q.spans = append(q.spans, [2]int{start, i})
				start = -1
			} else {
				start = i
			}
		}
	}
	if start >= 0 {
		q.spans = append(q.spans, [2]int{start, len(s)})
		q.openAtEnd = true
	}
	return q
}

// firstPerson and thirdPerson are the pronouns resolved inside a
// sentence: "we" in a quotation is its speaker, "it" or "they" after
// "Wagner said" is Wagner.
var (
	firstPerson = map[string]bool{"i": true, "we": true, "me": true, "us": true}
	thirdPerson = map[string]bool{"it": true, "they": true, "he": true, "she": true, "them": true, "him": true, "her": true}
)

// pronounRefs resolves the pronouns of a sentence that its own words
// explain: first-person pronouns in a quotation take the quotation's
// speaker, and a subject pronoun of a reported clause ("Wagner said it
// was leaving") takes the reporting verb's subject.
func (sc *StoryCoder) pronounRefs(s *syntax.Sentence, quotes quoteSet, speaker *Quote, day dict.Day, sid string) map[int]*coder.Referent {
	var refs map[int]*coder.Referent
	set := func(i int, r *coder.Referent) {
		if refs == nil {
			refs = map[int]*coder.Referent{}
		}
		refs[i] = r
	}
	for i, t := range s.Tokens {
		low := strings.ToLower(t.Text)
		switch {
		case firstPerson[low] && speaker != nil && speaker.SpeakerCode != "" && speaker.SpeakerCode != "---" && t.Start >= 0 && quotes.contains(t.Start):
			set(i, &coder.Referent{Code: speaker.SpeakerCode, Text: speaker.Speaker, SentenceID: sid})
		default:
			if r := reportedSubjectRef(sc.Coder, s, i, day, sid); r != nil {
				set(i, r)
			}
		}
	}
	return refs
}

// ReportedPronouns resolves, within one sentence, each subject pronoun of
// a clause reported by a speech verb to that verb's subject: in "Obama
// said he would not provide support to Israel", "he" is Obama. It needs
// dependency relations (CoNLL-U or herald's own analysis); for a sentence
// without them it returns nil.
func ReportedPronouns(cd *coder.Coder, s *syntax.Sentence, day dict.Day, sid string) map[int]*coder.Referent {
	var refs map[int]*coder.Referent
	for i := range s.Tokens {
		if r := reportedSubjectRef(cd, s, i, day, sid); r != nil {
			if refs == nil {
				refs = map[int]*coder.Referent{}
			}
			refs[i] = r
		}
	}
	return refs
}

// reportedSubjectRef returns what token i stands for when it is a
// third-person subject pronoun of a clause reported by a speech verb
// ("Wagner said it was leaving": it is Wagner), else nil.
//
// An object pronoun of the reported clause's own verb is the speaker too
// ("Arnor said a rocket was fired at it", "Russia said Ukraine
// attacked them"): were it the clause's subject, it would read "itself".
func reportedSubjectRef(cd *coder.Coder, s *syntax.Sentence, i int, day dict.Day, sid string) *coder.Referent {
	t := s.Tokens[i]
	if !thirdPerson[strings.ToLower(t.Text)] || t.Head <= 0 || t.Head > len(s.Tokens) {
		return nil
	}
	switch {
	case strings.HasPrefix(t.Deprel, "nsubj"):
	case t.Deprel == "obj" || t.Deprel == "iobj" || strings.HasPrefix(t.Deprel, "obl"):
		if subj := subjectOf(s, t.Head-1); subj >= 0 && thirdPerson[strings.ToLower(s.Tokens[subj].Text)] {
			return nil // "he said they attacked him": whose?
		}
	default:
		return nil
	}
	v := s.Tokens[t.Head-1]
	if (v.Deprel != "ccomp" && v.Deprel != "parataxis") || v.Head <= 0 || v.Head > len(s.Tokens) || !isSpeech(s.Tokens[v.Head-1]) {
		return nil
	}
	subj := subjectOf(s, v.Head-1)
	if subj < 0 || subj == i {
		return nil
	}
	words := subtreeWords(s, subj)
	c := phraseCode(cd, s, words, day)
	if c == "---" {
		return nil
	}
	return &coder.Referent{Code: c, Text: phraseText(s, words), SentenceID: sid}
}

// speakerOf finds who is speaking in a sentence: the subject of a speech
// verb ("said Peskov", "Kremlin spokesman Dmitry Peskov said").
func (sc *StoryCoder) speakerOf(s *syntax.Sentence, day dict.Day) *Quote {
	for i, t := range s.Tokens {
		if t.Head < 0 || !isSpeech(t) || !strings.HasPrefix(t.Tag, "VB") {
			continue
		}
		if subj := subjectOf(s, i); subj >= 0 {
			words := subtreeWords(s, subj)
			return &Quote{Speaker: phraseText(s, words), SpeakerCode: phraseCode(sc.Coder, s, words, day)}
		}
	}
	return nil
}

// reportedBy says whether an event sits in a clause reporting someone's
// words: its verb hangs (through complement clauses) from a speech verb,
// or a clause it heads has a speech verb hung from it as parataxis
// ("Russia accused Ukraine ..., the Kremlin said").
func (sc *StoryCoder) reportedBy(s *syntax.Sentence, e coder.Event, day dict.Day) *Quote {
	if e.VerbSpan.Empty() {
		return nil
	}
	reported := func(h int) *Quote {
		if subj := subjectOf(s, h); subj >= 0 {
			words := subtreeWords(s, subj)
			return &Quote{Kind: "reported", Speaker: phraseText(s, words), SpeakerCode: phraseCode(sc.Coder, s, words, day)}
		}
		return &Quote{Kind: "reported"}
	}
	v := e.VerbSpan.Start
	for steps := 0; steps < 8; steps++ {
		for d := range s.Tokens {
			// (a reporting clause after the verb, or set off before it:
			// "Israel, a senior official said, attacked Gaza")
			if dt := s.Tokens[d]; d != v && dt.Head == v+1 && dt.Deprel == "parataxis" && isSpeech(dt) {
				return reported(d)
			}
		}
		t := s.Tokens[v]
		if t.Head <= 0 {
			return nil
		}
		h := t.Head - 1
		ht := s.Tokens[h]
		if (t.Deprel == "ccomp" || t.Deprel == "parataxis") && isSpeech(ht) {
			return reported(h)
		}
		v = h
	}
	return nil
}

// datelineState is the state a story's dateline place names ("KHARTOUM,
// Sudan" is Sudan, "WASHINGTON" the United States), read from its last
// part first; "" when the dictionaries know none.
func (sc *StoryCoder) datelineState(place string, day dict.Day) string {
	parts := strings.Split(place, ",")
	for i := len(parts) - 1; i >= 0; i-- {
		var words []string
		for _, w := range strings.Fields(parts[i]) {
			words = append(words, syntax.UpperWord(w))
		}
		if len(words) == 0 {
			continue
		}
		c := sc.Coder.PhraseCode(words, day)
		if len(c) >= 3 && c[0] != '-' && c[:3] != "IGO" && c[:3] != "NGO" && c[:3] != "MNC" && c[:3] != "IMG" {
			return c[:3]
		}
	}
	return ""
}

// localInstitutions gives the police, courts and parliament of no state
// named (---COP, ---JUD, ---LEG) the state of the story's dateline, home,
// when the sentence names no other state: such institutions act where
// they are ("NAIROBI, Kenya — Police arrested dozens of protesters" is
// Kenya's police). Agents that act abroad (forces, officials, envoys)
// are left alone.
func localInstitutions(evs []coder.Event, home string) {
	if home == "" {
		return
	}
	for _, e := range evs {
		for _, c := range []string{e.Source, e.Target} {
			if len(c) >= 3 && c[0] != '-' && c[:3] != home {
				return // another state is named: whose institution is unclear
			}
		}
	}
	local := func(c string) bool { return c == "---COP" || c == "---JUD" || c == "---LEG" }
	for k := range evs {
		e := &evs[k]
		if local(e.Source) && e.Target[:min(3, len(e.Target))] != home {
			e.Source, e.SourceDateline = home+e.Source[3:], true
		}
		if local(e.Target) && e.Source[:min(3, len(e.Source))] != home {
			e.Target, e.TargetDateline = home+e.Target[3:], true
		}
		if e.SourceDateline && coder.Coercive(e.Code) && coder.HomeOrgans(e.Target) {
			// and the dissidents, press and organs of no state named
			// that they arrest, sentence or repress are theirs, as the
			// coder reads them for a state named
			e.Target, e.TargetDateline = home+e.Target[3:], true
		}
	}
}

// subjectActor returns the coded subject of the sentence's main verb.
func (sc *StoryCoder) subjectActor(s *syntax.Sentence, day dict.Day) *coder.Referent {
	for i, t := range s.Tokens {
		if t.Head != 0 {
			continue
		}
		if subj := subjectOf(s, i); subj >= 0 {
			words := subtreeWords(s, subj)
			if c := phraseCode(sc.Coder, s, words, day); c != "---" {
				return &coder.Referent{Code: c, Text: phraseText(s, words)}
			}
		}
	}
	return nil
}

// unknownNameSubject reports whether the subject of the sentence's main
// verb is a name (proper nouns only, "Webb", "Jane Smith") that codes to
// no actor.
func (sc *StoryCoder) unknownNameSubject(s *syntax.Sentence, day dict.Day) bool {
	for i, t := range s.Tokens {
		if t.Head != 0 {
			continue
		}
		subj := subjectOf(s, i)
		if subj < 0 || s.Tokens[subj].UPOS != "PROPN" {
			return false
		}
		words := subtreeWords(s, subj)
		for _, k := range words {
			if s.Tokens[k].UPOS != "PROPN" {
				return false
			}
		}
		return phraseCode(sc.Coder, s, words, day) == "---"
	}
	return false
}

func subjectOf(s *syntax.Sentence, h int) int {
	for i, t := range s.Tokens {
		if t.Head == h+1 && strings.HasPrefix(t.Deprel, "nsubj") {
			return i
		}
	}
	return -1
}

// subtreeWords returns the token indexes of the phrase headed by h,
// without clauses hanging from it.
func subtreeWords(s *syntax.Sentence, h int) []int {
	in := map[int]bool{h: true}
	for changed := true; changed; {
		changed = false
		for i, t := range s.Tokens {
			if in[i] || t.Head <= 0 || !in[t.Head-1] {
				continue
			}
			switch t.Deprel {
			case "acl:relcl", "ccomp", "advcl", "parataxis", "punct":
				continue
			}
			in[i] = true
			changed = true
		}
	}
	var out []int
	for i := range s.Tokens {
		if in[i] {
			out = append(out, i)
		}
	}
	return out
}

func phraseText(s *syntax.Sentence, idx []int) string {
	if len(idx) == 0 {
		return ""
	}
	a, b := s.Tokens[idx[0]], s.Tokens[idx[len(idx)-1]]
	if a.Start >= 0 && b.End >= a.Start && b.End <= len(s.Text) {
		return s.Text[a.Start:b.End]
	}
	var w []string
	for _, i := range idx {
		w = append(w, s.Tokens[i].Text)
	}
	return strings.Join(w, " ")
}

// phraseCode codes the words idx of s as a noun phrase.
func phraseCode(cd *coder.Coder, s *syntax.Sentence, idx []int, day dict.Day) string {
	w := make([]string, len(idx))
	for k, i := range idx {
		w[k] = syntax.UpperWord(s.Tokens[i].Text)
	}
	return cd.PhraseCode(w, day)
}
