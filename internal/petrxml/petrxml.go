// Package petrxml reads PETRARCH's XML record files: validation files
// (<Validation> with an <Environment> and <Sentences>), plain input files
// (<Sentences>) and UniversalPetrarch's files, whose <Parse> holds
// CoNLL-U and whose GSR file is not well-formed XML (records written as
// <Sentence .../> followed by their elements, stray '&', missing closing
// tags).
//
// The reader is lenient exactly where PETRARCH's files need it and strict
// elsewhere: an unterminated tag or a bad attribute is an error naming the
// file, line and record id. It streams: records are returned one at a time.
package petrxml

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// GoldEvent is one <EventCoding> of a record.
type GoldEvent struct {
	Source, Target, Code string
}

// Config is a <Config option value> element.
type Config struct {
	Option, Value string
	Line          int
}

// Record is one <Sentence>.
type Record struct {
	ID       string
	Date     string // as written, usually YYYYMMDD
	Category string
	Source   string
	// Valid is false for records marked sentence="false" or
	// evaluate="false" (features the peers never implemented).
	Valid bool
	Text  string
	Parse string
	// ParseLine is the line the parse starts on, for errors.
	ParseLine int
	Line      int
	Gold      []GoldEvent
	// HasGold is set when the record has any <EventCoding>.
	HasGold bool
	// GoldError is the error the record is meant to trigger
	// (<EventCoding error="...">), such as "dateline".
	GoldError string
	// Configs are the <Config> elements met since the previous record.
	Configs []Config
	// Skip is set by a <Skip> element inside the record.
	Skip bool
	// Notes says what was read leniently.
	Notes []string
}

// Environment is a validation file's <Environment>.
type Environment struct {
	Verbfile    string
	Actorfiles  []string
	Agentfile   string
	Discardfile string
	Issuefile   string
	// PICOfile names PETRARCH's internal coding ontology
	// (UniversalPetrarch's files).
	PICOfile string
	Include  []string
	Exclude  []string
	Pause    string
	Configs  []Config
	Present  bool
}

// Error is a problem in a record file.
type Error struct {
	File   string
	Line   int
	Record string
	Msg    string
}

func (e *Error) Error() string {
	if e.Record != "" {
		return fmt.Sprintf("%s:%d: record %s: %s", e.File, e.Line, e.Record, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

// Reader reads records from a PETRARCH XML file.
type Reader struct {
	lx      *lexer
	name    string
	env     Environment
	pending *token
	configs []Config
	stopped bool
	// Notes collects what was read leniently outside records.
	Notes []string
}

// NewReader returns a reader. name is used in errors. The <Environment>,
// if any, is read at once; Environment returns it.
func NewReader(r io.Reader, name string) (*Reader, error) {
	rd := &Reader{lx: newLexer(r), name: name}
	if err := rd.readHead(); err != nil {
		return nil, err
	}
	return rd, nil
}

// Environment returns the file's <Environment> (Present is false if it
// has none).
func (rd *Reader) Environment() Environment { return rd.env }

func (rd *Reader) errf(line int, rec, format string, args ...any) error {
	return &Error{File: rd.name, Line: line, Record: rec, Msg: fmt.Sprintf(format, args...)}
}

func (rd *Reader) next() (*token, error) {
	if rd.pending != nil {
		t := rd.pending
		rd.pending = nil
		return t, nil
	}
	t, err := rd.lx.next()
	if err != nil {
		var le *lexError
		if errors.As(err, &le) {
			return nil, rd.errf(le.line, "", "%s", le.msg)
		}
		return nil, err
	}
	return t, nil
}

func (rd *Reader) unread(t *token) { rd.pending = t }

// readHead reads up to the first <Sentence>, taking in the Environment.
func (rd *Reader) readHead() error {
	for {
		t, err := rd.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if t.kind == tokOpen && t.name == "Sentence" {
			rd.unread(t)
			return nil
		}
		if t.kind == tokOpen && t.name == "Environment" && !t.selfClose {
			if err := rd.readEnvironment(); err != nil {
				return err
			}
		}
		if t.kind == tokOpen && t.name == "Config" {
			rd.configs = append(rd.configs, Config{t.attr("option"), t.attr("value"), t.line})
		}
		if t.kind == tokOpen && t.name == "Stop" {
			rd.stopped = true
			return nil
		}
	}
}

func (rd *Reader) readEnvironment() error {
	rd.env.Present = true
	for {
		t, err := rd.next()
		if err == io.EOF {
			rd.Notes = append(rd.Notes, "<Environment> not closed before the end of the file")
			return nil
		}
		if err != nil {
			return err
		}
		if t.kind == tokClose && t.name == "Environment" {
			return nil
		}
		if t.kind == tokOpen && t.name == "Sentences" || t.kind == tokOpen && t.name == "Sentence" {
			rd.Notes = append(rd.Notes, fmt.Sprintf("line %d: <Environment> not closed", t.line))
			rd.unread(t)
			return nil
		}
		if t.kind != tokOpen {
			continue
		}
		if t.name == "Config" {
			rd.env.Configs = append(rd.env.Configs, Config{t.attr("option"), t.attr("value"), t.line})
			continue
		}
		if t.selfClose {
			continue
		}
		text, err := rd.elementText(t.name, "")
		if err != nil {
			return err
		}
		text = strings.TrimSpace(text)
		switch t.name {
		case "Verbfile":
			rd.env.Verbfile = text
		case "Actorfile":
			for _, f := range strings.Split(text, ",") {
				if f = strings.TrimSpace(f); f != "" {
					rd.env.Actorfiles = append(rd.env.Actorfiles, f)
				}
			}
		case "Agentfile":
			rd.env.Agentfile = text
		case "Discardfile":
			rd.env.Discardfile = text
		case "Issuefile":
			rd.env.Issuefile = text
		case "PICOfile":
			rd.env.PICOfile = text
		case "Include":
			rd.env.Include = strings.Fields(text)
		case "Exclude":
			rd.env.Exclude = strings.Fields(text)
		case "Pause":
			rd.env.Pause = text
		}
	}
}

// elementText reads character data up to </name>. A missing closing tag
// ends the text at the next tag, noted in *notes via the returned text's
// record.
func (rd *Reader) elementText(name, rec string) (string, error) {
	var b strings.Builder
	for {
		t, err := rd.next()
		if err == io.EOF {
			return b.String(), nil
		}
		if err != nil {
			return "", err
		}
		switch t.kind {
		case tokText:
			b.WriteString(t.text)
		case tokClose:
			if t.name == name {
				return b.String(), nil
			}
			rd.unread(t)
			return b.String(), nil
		default:
			rd.unread(t)
			return b.String(), nil
		}
	}
}

// Next returns the next record, or io.EOF at the end of the file or at a
// <Stop> element.
func (rd *Reader) Next() (*Record, error) {
	if rd.stopped {
		return nil, io.EOF
	}
	for {
		t, err := rd.next()
		if err != nil {
			return nil, err
		}
		if t.kind != tokOpen {
			continue
		}
		switch t.name {
		case "Stop":
			rd.stopped = true
			return nil, io.EOF
		case "Config":
			rd.configs = append(rd.configs, Config{t.attr("option"), t.attr("value"), t.line})
		case "Sentence":
			return rd.readRecord(t)
		}
	}
}

func (rd *Reader) readRecord(start *token) (*Record, error) {
	rec, err := rd.readRecordBody(start)
	var e *Error
	if err != nil && errors.As(err, &e) && e.Record == "" && rec != nil {
		e.Record = rec.ID
	}
	return rec, err
}

func (rd *Reader) readRecordBody(start *token) (*Record, error) {
	rec := &Record{Line: start.line, Valid: true, Configs: rd.configs}
	rd.configs = nil
	rec.ID = start.attr("id")
	rec.Date = start.attr("date")
	rec.Category = start.attr("category")
	rec.Source = start.attr("source")
	for _, a := range []string{"sentence", "evaluate"} {
		if v, ok := start.attrs[a]; ok && strings.EqualFold(strings.TrimSpace(v), "false") {
			rec.Valid = false
		}
	}
	if rec.ID == "" {
		return nil, rd.errf(start.line, "", "<Sentence> has no id attribute")
	}
	if start.selfClose {
		rec.Notes = append(rec.Notes, "<Sentence .../> is self-closed; its elements were read up to the next record")
	}
	for {
		t, err := rd.next()
		if err == io.EOF {
			if !start.selfClose {
				rec.Notes = append(rec.Notes, "record not closed before the end of the file")
			}
			return rec, nil
		}
		if err != nil {
			return rec, err
		}
		switch t.kind {
		case tokClose:
			if t.name == "Sentence" {
				return rec, nil
			}
			if t.name == "Sentences" {
				rd.unread(t)
				return rec, nil
			}
		case tokOpen:
			switch t.name {
			case "Sentence", "Stop", "Config":
				if !start.selfClose {
					rec.Notes = append(rec.Notes, fmt.Sprintf("line %d: record not closed before the next element", t.line))
				}
				rd.unread(t)
				return rec, nil
			case "EventCoding":
				rec.HasGold = true
				if _, ok := t.attrs["noevents"]; ok {
					continue
				}
				if e, ok := t.attrs["error"]; ok {
					rec.GoldError = e
					continue
				}
				g := GoldEvent{t.attr("sourcecode"), t.attr("targetcode"), t.attr("eventcode")}
				if g.Code == "" {
					return rec, rd.errf(t.line, rec.ID, "<EventCoding> has no eventcode")
				}
				// A coded compound, "FRO/BIL/SAM", stands for each of its
				// codes, as PETRARCH expands such codes from its
				// dictionaries: one event for each source and target.
				for _, src := range strings.Split(g.Source, "/") {
					for _, tgt := range strings.Split(g.Target, "/") {
						rec.Gold = append(rec.Gold, GoldEvent{src, tgt, g.Code})
					}
				}
			case "Skip":
				rec.Skip = true
			case "Text":
				if t.selfClose {
					continue
				}
				s, err := rd.elementText("Text", rec.ID)
				if err != nil {
					return rec, err
				}
				rec.Text = normalizeSpace(s)
			case "Parse":
				if t.selfClose {
					continue
				}
				rec.ParseLine = t.line
				s, err := rd.elementText("Parse", rec.ID)
				if err != nil {
					return rec, err
				}
				rec.Parse = strings.TrimSpace(s)
			}
		}
	}
}

// normalizeSpace joins the lines of a <Text> with single blanks.
func normalizeSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// ReadAll reads every record of a file.
func ReadAll(r io.Reader, name string) (Environment, []*Record, error) {
	rd, err := NewReader(bufio.NewReader(r), name)
	if err != nil {
		return Environment{}, nil, err
	}
	var out []*Record
	for {
		rec, err := rd.Next()
		if err == io.EOF {
			return rd.Environment(), out, nil
		}
		if err != nil {
			return rd.Environment(), out, err
		}
		out = append(out, rec)
	}
}
