package story

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/herald-events/herald/internal/when"
)

// JSONLReader reads JSON Lines, one story per line:
//
//	{"id": "...", "url": "...", "source": "...", "date": "2024-05-06", "title": "...", "text": "..."}
//
// "text" is required; "byline", "captions" and "lang" are read too. A bad
// line gives a *RecordError naming the line and the reader goes on with
// the next line. Blank lines are skipped.
type JSONLReader struct {
	name string
	r    *bufio.Reader
	opts Options
	line int
}

// NewJSONLReader returns a JSON Lines reader named name.
func NewJSONLReader(name string, r io.Reader, opts Options) *JSONLReader {
	return &JSONLReader{name: name, r: bufio.NewReaderSize(r, 64<<10), opts: opts}
}

type jsonStory struct {
	ID       string          `json:"id"`
	URL      string          `json:"url"`
	Source   string          `json:"source"`
	Date     json.RawMessage `json:"date"`
	Title    string          `json:"title"`
	Text     *string         `json:"text"`
	Byline   string          `json:"byline"`
	Captions []string        `json:"captions"`
	Lang     string          `json:"lang"`
}

// Next returns the next story, a *RecordError for a bad line, or io.EOF.
func (j *JSONLReader) Next(ctx context.Context) (*Story, error) {
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		line, tooLong, err := j.readLine()
		if err != nil {
			return nil, err
		}
		j.line++
		if tooLong {
			return nil, &RecordError{Input: j.name, Line: j.line, Err: fmt.Errorf("%w: line over %d bytes", ErrTooLarge, j.opts.maxBytes())}
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		s, err := j.decode(line)
		if err != nil {
			return nil, &RecordError{Input: j.name, Line: j.line, Err: err}
		}
		return s, nil
	}
}

// readLine reads one line, discarding the rest of a line over the cap.
func (j *JSONLReader) readLine() (line []byte, tooLong bool, err error) {
	max := j.opts.maxBytes()
	for {
		chunk, err := j.r.ReadSlice('\n')
		if !tooLong {
			line = append(line, chunk...)
			if int64(len(line)) > max {
				tooLong, line = true, nil
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF {
			if len(line) == 0 && !tooLong {
				return nil, false, io.EOF
			}
			return line, tooLong, nil
		}
		if err != nil {
			return nil, false, fmt.Errorf("%s:%d: %w", j.name, j.line+1, err)
		}
		return line, tooLong, nil
	}
}

func (j *JSONLReader) decode(line []byte) (*Story, error) {
	var js jsonStory
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(&js); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return nil, fmt.Errorf("field %q: want %s, got JSON %s", te.Field, te.Type, te.Value)
		}
		return nil, fmt.Errorf("not a JSON object: %v", err)
	}
	if dec.More() {
		return nil, errors.New("more than one JSON value on the line")
	}
	if js.Text == nil {
		return nil, errors.New(`field "text" is missing`)
	}
	s := &Story{
		ID: js.ID, URL: js.URL, Source: js.Source, Title: strings.TrimSpace(js.Title),
		Byline: js.Byline, Lang: js.Lang, Format: FormatJSONL, Input: j.name,
	}
	if len(js.Date) > 0 && string(js.Date) != "null" {
		var ds string
		if err := json.Unmarshal(js.Date, &ds); err != nil {
			return nil, fmt.Errorf(`field "date": want a string, got %s`, js.Date)
		}
		if strings.TrimSpace(ds) != "" {
			d, ok := when.ParseDate(ds)
			if !ok {
				return nil, fmt.Errorf(`field "date": cannot read %q as a date`, ds)
			}
			s.Date, s.DateKnown = d.Time, true
		}
	}
	if j.opts.NoClean {
		s.Text = *js.Text
		s.Captions = js.Captions
	} else {
		var caps []string
		s.Text, caps = CleanText(*js.Text)
		s.Captions = appendUnique(js.Captions, caps...)
	}
	if s.ID == "" {
		s.ID = fmt.Sprintf("%s#%d", j.name, j.line)
	}
	j.opts.applyDefaults(s)
	return s, nil
}
