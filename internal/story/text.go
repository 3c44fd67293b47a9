package story

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/herald-events/herald/internal/when"
)

// maxLineBytes caps one physical line of a text input.
const maxLineBytes = 4 << 20

// TextReader reads plain text or a scraped page: it cleans it (repeated
// lines kept once, captions to Story.Captions, debris dropped) and splits
// concatenated articles into separate stories, each with its own headline.
// It holds one story and a few lines of look-ahead at a time.
type TextReader struct {
	name string
	opts Options
	src  *lineSource
	n    int // stories emitted
	// pending is the headline that ended the previous story and opens the next.
	pending *logicalLine
	done    bool
	err     error // a read error, returned after the story read before it
}

// NewTextReader returns a reader of scraped text named name (used in story
// IDs and errors).
func NewTextReader(name string, r io.Reader, opts Options) *TextReader {
	return &TextReader{name: name, opts: opts, src: newLineSource(r)}
}

// Next returns the next story, or io.EOF.
func (t *TextReader) Next(ctx context.Context) (*Story, error) {
	if t.err != nil {
		return nil, t.err
	}
	for !t.done {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		b := newBuilder(t.opts.maxBytes())
		if t.pending != nil {
			b.title = t.pending.text
			b.remember(t.pending.text)
			t.pending = nil
		}
		if err := t.fill(ctx, b); err != nil {
			// Keep what was read before the error: the story so far
			// comes first, the error on the next call.
			t.err, t.done = fmt.Errorf("%s: %w", t.name, err), true
			if b.story() == nil {
				return nil, t.err
			}
		}
		if s := b.story(); s != nil {
			t.n++
			s.ID = fmt.Sprintf("%s#%d", t.name, t.n)
			s.Format = FormatText
			s.Input = t.name
			s.URL = t.opts.URL
			t.opts.applyDefaults(s)
			return s, nil
		}
	}
	return nil, io.EOF
}

// fill feeds lines to b until a new story starts, the story reaches the
// size cap, or the input ends.
func (t *TextReader) fill(ctx context.Context, b *builder) error {
	for i := 0; ; i++ {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		l, err := t.src.next()
		if err == io.EOF {
			t.done = true
			return nil
		}
		if err != nil {
			return err
		}
		if b.inBody() && isHeadline(l.text) && t.startsStory(l) {
			t.pending = &l
			return nil
		}
		b.add(l.text, t.src)
		if b.size >= b.max {
			return nil
		}
	}
}

// startsStory reports whether headline l, met inside a story's body, opens
// a new article rather than being a subheading: the headline is printed
// again a few lines on, or is followed by a caption or a byline, or it
// stands after two or more blank lines and is in title case.
func (t *TextReader) startsStory(l logicalLine) bool {
	key := normKey(l.text)
	first := true
	for i := 0; i < lookahead; i++ {
		nl, ok := t.src.peek(i)
		if !ok {
			break
		}
		if normKey(nl.text) == key {
			return true
		}
		if isDebris(nl.text) {
			continue
		}
		if first && (isCaption(nl.text) || isByline(nl.text)) {
			return true
		}
		first = false
	}
	return l.blanksBefore >= 2 && isTitleCase(l.text)
}

// lookahead is how many lines ahead a repeated headline or caption is
// looked for.
const lookahead = 12

// builder accumulates one story.
type builder struct {
	// keepShort keeps short lines (extractor output has no widget debris
	// left, and its short lines are list items and subheadings).
	keepShort bool
	// adjacentOnly drops a line only when it repeats the line just before
	// (extractor output, where a repeated paragraph is often real text).
	adjacentOnly  bool
	last          string
	title, byline string
	date          when.Date
	dateKnown     bool
	captions      []string
	paras         []string
	seen          map[string]bool
	size, max     int64
}

func newBuilder(max int64) *builder {
	return &builder{seen: map[string]bool{}, max: max}
}

func (b *builder) inBody() bool { return len(b.paras) > 0 }

func (b *builder) remember(s string) { b.seen[normKey(s)] = true }

// add classifies one logical line. src, when not nil, is used to look
// ahead for repeats.
func (b *builder) add(line string, src *lineSource) {
	if !b.inBody() && !b.dateKnown && len(line) <= 64 {
		if d, ok := when.ParseDate(line); ok {
			b.date, b.dateKnown = d, true
			return
		}
	}
	if isDebris(line) && !(b.keepShort && strings.IndexFunc(line, unicode.IsLetter) >= 0) {
		return
	}
	key := normKey(line)
	if b.adjacentOnly {
		if key == b.last {
			return
		}
		b.last = key
	} else if b.seen[key] {
		return // repeated line or block: kept once
	}
	b.seen[key] = true
	if isCaption(line) || (!b.inBody() && b.title != "" && !endsSentence(line) && src != nil && src.repeatsSoon(key)) {
		b.captions = append(b.captions, line)
		return
	}
	if !b.inBody() {
		switch {
		case b.title == "" && isHeadline(line):
			b.title = line
			return
		case b.byline == "" && isByline(line):
			b.byline = strings.TrimSpace(line[2:])
			return
		}
	}
	b.paras = append(b.paras, line)
	b.size += int64(len(line) + 2)
}

func (b *builder) story() *Story {
	paras := b.paras
	if len(paras) == 0 {
		// A headline with nothing under it (one line piped in, a wire
		// flash) is still news: its text is the headline.
		if b.title == "" || b.title == "\x00" {
			return nil
		}
		paras = []string{b.title}
	}
	s := &Story{Title: b.title, Byline: b.byline, Captions: b.captions, Text: strings.Join(paras, "\n\n")}
	if b.dateKnown {
		s.Date, s.DateKnown = b.date.Time, true
	}
	return s
}

// CleanText cleans the body of one story that is already known to be one
// article (a feed item, a JSONL record): repeated lines are kept once,
// captions are returned apart, debris lines are dropped. It never splits.
func CleanText(text string) (body string, captions []string) {
	return cleanText(text, false)
}

// cleanText with extracted set is for extractor output: short lines are
// kept and only adjacent repeats dropped.
func cleanText(text string, extracted bool) (body string, captions []string) {
	b := newBuilder(1 << 62)
	b.keepShort, b.adjacentOnly = extracted, extracted
	b.title = "\x00" // no headline detection inside a known body
	src := newLineSource(strings.NewReader(text))
	for {
		l, err := src.next()
		if err != nil {
			break
		}
		b.add(l.text, src)
	}
	return strings.Join(b.paras, "\n\n"), b.captions
}

// logicalLine is a line after hard-wrapped continuation lines were joined.
type logicalLine struct {
	text         string
	blanksBefore int
	no           int // 1-based physical line number where it starts
}

// lineSource reads logical lines with look-ahead.
type lineSource struct {
	r       *bufio.Reader
	buf     []logicalLine
	phys    *string // pushed-back physical line
	physNo  int
	err     error
	started bool
}

func newLineSource(r io.Reader) *lineSource {
	return &lineSource{r: bufio.NewReaderSize(r, 64<<10)}
}

// readPhys returns the next physical line, cleaned of control characters.
func (s *lineSource) readPhys() (string, error) {
	if s.phys != nil {
		l := *s.phys
		s.phys = nil
		s.physNo++
		return l, nil
	}
	var sb []byte
	for {
		chunk, err := s.r.ReadSlice('\n')
		sb = append(sb, chunk...)
		if len(sb) > maxLineBytes {
			return "", fmt.Errorf("line %d longer than %d bytes", s.physNo+1, maxLineBytes)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil && (err != io.EOF || len(sb) == 0) {
			return "", err
		}
		break
	}
	s.physNo++
	line := normalizeLine(sb, !s.started)
	s.started = true
	return line, nil
}

// readLogical reads the next non-blank logical line.
func (s *lineSource) readLogical() (logicalLine, error) {
	blanks := 0
	for {
		l, err := s.readPhys()
		if err != nil {
			return logicalLine{}, err
		}
		if l == "" {
			blanks++
			continue
		}
		ll := logicalLine{text: l, blanksBefore: blanks, no: s.physNo}
		// Join hard-wrapped continuation lines: the line does not end a
		// sentence and the next line goes on in lower case.
		for len(ll.text) > 30 && !endsSentence(ll.text) {
			nx, err := s.readPhys()
			if err != nil {
				break
			}
			r, _ := utf8.DecodeRuneInString(nx)
			if nx == "" || !unicode.IsLower(r) {
				s.phys = &nx
				s.physNo--
				break
			}
			ll.text += " " + nx
		}
		return ll, nil
	}
}

func (s *lineSource) fillTo(n int) bool {
	for len(s.buf) <= n {
		if s.err != nil {
			return false
		}
		l, err := s.readLogical()
		if err != nil {
			s.err = err
			return false
		}
		s.buf = append(s.buf, l)
	}
	return true
}

func (s *lineSource) next() (logicalLine, error) {
	if !s.fillTo(0) {
		return logicalLine{}, s.err
	}
	l := s.buf[0]
	s.buf = s.buf[1:]
	return l, nil
}

// peek returns the i-th line ahead (0 = the next one).
func (s *lineSource) peek(i int) (logicalLine, bool) {
	if !s.fillTo(i) {
		return logicalLine{}, false
	}
	return s.buf[i], true
}

// repeatsSoon reports whether a line with this key comes again within the
// next few lines.
func (s *lineSource) repeatsSoon(key string) bool {
	for i := 0; i < 4; i++ {
		l, ok := s.peek(i)
		if !ok {
			return false
		}
		if normKey(l.text) == key {
			return true
		}
	}
	return false
}

// normalizeLine trims a physical line, drops control characters and a
// leading byte-order mark, maps odd spaces to plain spaces and collapses
// runs of spaces. Invalid UTF-8 becomes U+FFFD.
func normalizeLine(b []byte, first bool) string {
	s := string(b)
	if first {
		s = strings.TrimPrefix(s, "\uFEFF")
	}
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '\u00AD' || r == '\u200B' || r == '\uFEFF':
			continue
		case unicode.IsSpace(r) || r == '\u00A0':
			space = true
			continue
		case unicode.IsControl(r):
			continue
		}
		if space && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		space = false
		sb.WriteRune(r)
	}
	return sb.String()
}

func normKey(s string) string { return strings.ToLower(s) }

func splitParagraphs(text string) []string {
	var out []string
	for _, p := range strings.Split(text, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
