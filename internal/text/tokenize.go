package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one syntactic word of analysed text.
type Token struct {
	Form       string // the word as written: Text[Start:End] of the input
	Start, End int    // byte offsets into the original text
	UPOS       string // Universal POS tag
	XPOS       string // Penn Treebank tag
	Lemma      string
	Head       int    // 1-based index of the head word in the sentence; 0 = root
	Deprel     string // UD dependency relation
	SpaceAfter bool   // whitespace (or the end of the text) follows the word
	// Joined is true when the word is written together with the previous
	// word as one orthographic token, as with do|n't or Bush|'s (a CoNLL-U
	// multiword token).
	Joined bool
}

// Sentence is one sentence of analysed text.
type Sentence struct {
	Text       string // the sentence as written
	Start, End int    // byte offsets into the original text
	Tokens     []Token
}

// Segment splits text into sentences of tokens (no tags or parses).
// It is Tokenize under another name, kept for readability at call sites.
func Segment(text string) []Sentence { return Tokenize(text) }

// Tokenize splits raw English text into sentences and words. Every word
// keeps its byte offsets into text. A blank line always ends a sentence; a
// single line break does not (news text is often hard-wrapped).
func Tokenize(text string) []Sentence {
	toks := make([]Token, 0, len(text)/5+4)
	paraBefore := make([]bool, 0, len(text)/5+4) // paragraph break before token i
	i := 0
	para := false
	for i < len(text) {
		r, sz := utf8.DecodeRuneInString(text[i:])
		if isSpace(r) {
			if r == '\n' {
				// blank line: another newline with only spaces between
				j := i + sz
				for j < len(text) {
					r2, s2 := utf8.DecodeRuneInString(text[j:])
					if r2 == '\n' {
						para = true
						break
					}
					if !isSpace(r2) {
						break
					}
					j += s2
				}
			}
			i += sz
			continue
		}
		j := i
		for j < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if isSpace(r2) {
				break
			}
			j += s2
		}
		n0 := len(toks)
		toks = splitChunk(text, i, j, toks)
		for k := n0; k < len(toks); k++ {
			paraBefore = append(paraBefore, para && k == n0)
			toks[k].SpaceAfter = k == len(toks)-1 || toks[k].End < toks[k+1].Start
		}
		para = false
		i = j
	}
	for k := range toks {
		if k+1 < len(toks) {
			toks[k].SpaceAfter = toks[k].End < toks[k+1].Start
		} else {
			toks[k].SpaceAfter = true
		}
		toks[k].Form = text[toks[k].Start:toks[k].End]
	}
	return splitSentences(text, toks, paraBefore)
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

var emoticons = []string{":-)", ":-(", ":)", ":(", ";)", ";-)", ":D", ":P", ":p", ":-D", ":-P", ":/", "<3", "^_^", ":'("}

// splitChunk splits one whitespace-free chunk text[a:b] into words.
func splitChunk(text string, a, b int, out []Token) []Token {
	// emoticons and runs of one symbol ("***", "$$$", "====") are words
	for _, e := range emoticons {
		if strings.HasPrefix(text[a:b], e) {
			out = append(out, Token{Start: a, End: a + len(e)})
			if a+len(e) < b {
				return splitChunk(text, a+len(e), b, out)
			}
			return out
		}
	}
	if c := text[a]; c == '*' || c == '=' || c == '$' || c == '#' || c == '~' || c == '_' || c == '>' || c == '<' || c == '+' {
		k := a
		for k < b && text[k] == c {
			k++
		}
		if k-a >= 2 || k == b {
			out = append(out, Token{Start: a, End: k})
			if k < b {
				return splitChunk(text, k, b, out)
			}
			return out
		}
	}
	// Leading punctuation.
	for a < b {
		r, sz := utf8.DecodeRuneInString(text[a:b])
		if isOpenPunct(r) && a+sz < b {
			// keep "'s", "'90s", "'em" style tokens whole when they are the chunk
			if (r == '\'' || r == '’') && isClitic(text[a:b]) {
				break
			}
			out = append(out, Token{Start: a, End: a + sz})
			a += sz
			continue
		}
		break
	}
	if a >= b {
		return out
	}
	if looksLikeURL(text[a:b]) {
		// trailing punctuation still comes off
		e := b
		for e > a {
			r, sz := utf8.DecodeLastRuneInString(text[a:e])
			if strings.ContainsRune(".,;:!?)]}>\"'”’", r) {
				e -= sz
				continue
			}
			break
		}
		out = append(out, Token{Start: a, End: e})
		return splitTrailing(text, e, b, out)
	}
	// Trailing punctuation, peeled from the right, emitted in order.
	var tail []Token
	e := b
	for e > a {
		core := text[a:e]
		r, sz := utf8.DecodeLastRuneInString(core)
		switch {
		case r == '.' || r == '!' || r == '?':
			// a run of sentence punctuation is one token ("...", "?!")
			k := e
			for k > a {
				r2, s2 := utf8.DecodeLastRuneInString(text[a:k])
				if r2 == '.' || r2 == '!' || r2 == '?' {
					k -= s2
					continue
				}
				break
			}
			if k == a {
				// the whole core is punctuation
				tail = append(tail, Token{Start: a, End: e})
				e = a
				continue
			}
			if r == '.' && e-k == 1 && keepPeriod(text[a:e]) {
				goto inner
			}
			tail = append(tail, Token{Start: k, End: e})
			e = k
		case isClosePunct(r) || r == ',' || r == ';' || r == ':' || r == '…':
			if r == ':' && e-a > 1 && isDigitByte(text, e) {
				goto inner
			}
			// a run of the same character ("''", "))") is one token
			k := e - sz
			for k > a {
				r2, s2 := utf8.DecodeLastRuneInString(text[a:k])
				if r2 == r && (r == '\'' || r == '"' || r == ':') {
					k -= s2
					continue
				}
				break
			}
			if (r == '\'' || r == '’') && k > a {
				// plural possessive "parents'" : joined word
				prev, _ := utf8.DecodeLastRuneInString(text[a:k])
				if (prev == 's' || prev == 'S') && e-k == sz && !hasOpenQuote(text[a:k]) {
					tail = append(tail, Token{Start: k, End: e, Joined: true})
					e = k
					goto inner
				}
			}
			tail = append(tail, Token{Start: k, End: e})
			e = k
		default:
			goto inner
		}
	}
inner:
	out = splitInner(text, a, e, out)
	for k := len(tail) - 1; k >= 0; k-- {
		out = append(out, tail[k])
	}
	return out
}

func isDigitByte(text string, e int) bool { return e < len(text) && text[e] >= '0' && text[e] <= '9' }

func hasOpenQuote(s string) bool { return strings.HasPrefix(s, "'") || strings.HasPrefix(s, "‘") }

func splitTrailing(text string, a, b int, out []Token) []Token {
	for a < b {
		_, sz := utf8.DecodeRuneInString(text[a:b])
		out = append(out, Token{Start: a, End: a + sz})
		a += sz
	}
	return out
}

func isOpenPunct(r rune) bool {
	switch r {
	case '"', '\'', '`', '“', '‘', '(', '[', '{', '<', '«', '*', '„', '¿', '¡':
		return true
	}
	return false
}

func isClosePunct(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '}', '>', '»', '*':
		return true
	}
	return false
}

func looksLikeURL(s string) bool {
	if !strings.ContainsAny(s, ".:@") {
		return false // every form below has one of these
	}
	l := strings.ToLower(s)
	if strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "www.") || strings.HasPrefix(l, "ftp://") || strings.HasPrefix(l, "mailto:") {
		return true
	}
	if at := strings.IndexByte(l, '@'); at > 0 && strings.Contains(l[at:], ".") && !strings.ContainsAny(l, "()\"") {
		return true
	}
	for _, tld := range []string{".com", ".org", ".net", ".gov", ".edu", ".html", ".htm"} {
		if k := strings.Index(l, tld); k > 0 && (k+len(tld) == len(l) || strings.ContainsRune("/.,;:!?)", rune(l[k+len(tld)]))) && !strings.ContainsAny(l[:k], "()\"") {
			return true
		}
	}
	return false
}

// keepPeriod reports whether the final "." of w belongs to it (an
// abbreviation or initial).
func keepPeriod(w string) bool {
	core := w[:len(w)-1]
	if core == "" {
		return false
	}
	// strip leading punctuation already handled; check known abbreviations
	if abbreviations[core] || abbreviations[strings.ToLower(core)] {
		return true
	}
	// single letter initial: "J."
	if r, sz := utf8.DecodeRuneInString(core); sz == len(core) && unicode.IsLetter(r) {
		return true
	}
	// dotted acronyms: "U.S", "a.m", "e.g", "Ph.D"
	if strings.Contains(core, ".") {
		parts := strings.Split(core, ".")
		ok := true
		for _, p := range parts {
			if p == "" || len(p) > 3 {
				ok = false
				break
			}
			for _, r := range p {
				if !unicode.IsLetter(r) {
					ok = false
				}
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// abbreviations that keep their period (lower-cased or exact spelling,
// without the final period).
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "sr": true, "jr": true,
	"gen": true, "lt": true, "col": true, "maj": true, "capt": true, "cpt": true, "sgt": true, "cmdr": true, "adm": true, "brig": true, "cpl": true, "pvt": true, "lieut": true,
	"gov": true, "sen": true, "rep": true, "reps": true, "sens": true, "pres": true, "rev": true, "hon": true, "amb": true, "supt": true, "insp": true, "atty": true, "messrs": true, "mme": true, "mlle": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "bros": true, "dept": true, "univ": true, "assn": true, "est": true, "intl": true,
	"vs": true, "etc": true, "approx": true, "no": false, "nos": true, "vol": true, "vols": true, "pp": true, "fig": true, "ed": true, "eds": true, "cf": true, "al": true,
	"ave": true, "blvd": true, "rd": true, "mt": true, "ft": true, "mi": true, "km": true, "lb": true, "lbs": true, "oz": true, "hr": true, "hrs": true, "min": true, "mins": true, "sec": true,
	"ala": true, "ariz": true, "ark": true, "calif": true, "colo": true, "conn": true, "del": true, "fla": true, "ga": true, "ill": true, "ind": true, "kan": true, "kans": true, "ky": true, "la": true,
	"md": true, "mass": true, "mich": true, "minn": true, "miss": true, "mo": true, "mont": true, "neb": true, "nev": true, "okla": true, "ore": true, "pa": true, "tenn": true, "tex": true, "va": true,
	"vt": true, "wash": true, "wis": true, "wyo": true,
	"u.s": true, "u.k": true, "u.n": true, "e.g": true, "i.e": true, "a.m": true, "p.m": true,
}

// sentence-final abbreviations that may also end a sentence
var canEndSentence = map[string]bool{
	"inc.": true, "corp.": true, "co.": true, "ltd.": true, "etc.": true, "u.s.": true, "u.k.": true, "u.n.": true, "a.m.": true, "p.m.": true, "jr.": true, "sr.": true, "bros.": true,
}

var clitics = []string{"n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m", "'S", "'RE", "'VE", "'LL", "'D", "'M", "N'T"}

// cliticSuffixes are the clitics in lower case, matched against a
// lower-cased word.
var cliticSuffixes = []string{"n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m"}

func isClitic(s string) bool {
	for _, c := range clitics {
		if s == c {
			return true
		}
	}
	return false
}

// whole-word contractions written without apostrophe, split as in EWT
var bareContractions = map[string]int{
	"cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3, "dont": 2, "didnt": 3, "doesnt": 4, "cant": 2, "wont": 2,
	"isnt": 2, "wasnt": 3, "arent": 3, "werent": 4, "couldnt": 5, "wouldnt": 5, "shouldnt": 6, "havent": 4, "hasnt": 3, "hadnt": 3,
}

// splitInner splits the punctuation-free core of a chunk: clitics, hyphens,
// currency, per cent, slashes and dashes.
func splitInner(text string, a, b int, out []Token) []Token {
	if a >= b {
		return out
	}
	w := text[a:b]
	// dashes inside a word: "word--word", "word—word"
	for _, d := range []string{"--", "—", "–"} {
		if k := strings.Index(w, d); k >= 0 && !(d == "–" && isNumberish(w)) {
			out = splitInner(text, a, a+k, out)
			e := a + k + len(d)
			for d == "--" && e < b && text[e] == '-' {
				e++
			}
			out = append(out, Token{Start: a + k, End: e})
			return splitInner(text, e, b, out)
		}
	}
	// "service.There", "house...is": sentence punctuation glued between words
	if k := strings.Index(w, "..."); k > 0 && k+3 < len(w) && hasLetter(w[:k]) && hasLetter(w[k+3:]) && !looksLikeURL(w) {
		e := k + 3
		for e < len(w) && w[e] == '.' {
			e++
		}
		out = splitInner(text, a, a+k, out)
		out = append(out, Token{Start: a + k, End: a + e})
		return splitInner(text, a+e, b, out)
	}
	if k := strings.IndexByte(w, '.'); k >= 2 && k+2 < len(w) && isLowerWord(w[:k]) && isCapWord(w[k+1:]) && !looksLikeURL(w) {
		out = splitInner(text, a, a+k, out)
		out = append(out, Token{Start: a + k, End: a + k + 1})
		return splitInner(text, a+k+1, b, out)
	}
	// currency symbols in front of numbers
	if r, sz := utf8.DecodeRuneInString(w); (r == '$' || r == '£' || r == '€' || r == '¥' || r == '#') && sz < len(w) {
		out = append(out, Token{Start: a, End: a + sz})
		return splitInner(text, a+sz, b, out)
	}
	if strings.HasSuffix(w, "%") && len(w) > 1 {
		out = splitInner(text, a, b-1, out)
		return append(out, Token{Start: b - 1, End: b})
	}
	// clitics at the end
	lw := strings.ToLower(w)
	for _, c := range cliticSuffixes {
		if len(w) > len(c) && strings.HasSuffix(lw, c) {
			k := b - len(c)
			out = splitInner(text, a, k, out)
			return append(out, Token{Start: k, End: b, Joined: true})
		}
	}
	if n, ok := bareContractions[lw]; ok {
		out = append(out, Token{Start: a, End: a + n})
		return append(out, Token{Start: a + n, End: b, Joined: true})
	}
	// hyphens between letters, unless the first part is a prefix
	if k := strings.IndexByte(w, '-'); k > 0 && k < len(w)-1 && !isNumberish(w) && !strings.ContainsAny(w, "@#_") {
		left := strings.ToLower(w[:k])
		if !hyphenPrefixes[left] && !(len(left) == 1) && (hasLetter(w[:k]) || hasLetter(w[k+1:])) {
			out = splitInner(text, a, a+k, out)
			out = append(out, Token{Start: a + k, End: a + k + 1})
			return splitInner(text, a+k+1, b, out)
		}
	}
	// slash between words: "and/or" -> and / or (not dates or fractions)
	if k := strings.IndexByte(w, '/'); k > 0 && k < len(w)-1 && !isNumberish(w) && hasLetter(w[:k]) && hasLetter(w[k+1:]) && len(w) > 4 {
		out = splitInner(text, a, a+k, out)
		out = append(out, Token{Start: a + k, End: a + k + 1})
		return splitInner(text, a+k+1, b, out)
	}
	// comma or semicolon glued between words: "this,that"
	if k := strings.IndexAny(w, ",;"); k > 0 && k < len(w)-1 && hasLetter(w[:k]) && hasLetter(w[k+1:]) {
		out = splitInner(text, a, a+k, out)
		out = append(out, Token{Start: a + k, End: a + k + 1})
		return splitInner(text, a+k+1, b, out)
	}
	return append(out, Token{Start: a, End: b})
}

var hyphenPrefixes = map[string]bool{
	"e": true, "non": true, "pre": true, "post": true, "co": true, "re": true, "mid": true, "multi": true, "semi": true, "pro": true,
	"anti": true, "ex": true, "sub": true, "inter": true, "intra": true, "counter": true, "neo": true, "pseudo": true, "quasi": true, "un": true, "bi": true, "tri": true,
	"mini": true, "micro": true, "macro": true, "mega": true, "over": true, "under": true, "cross": true, "trans": true, "ultra": true, "vice": true, "self": false, "x": true,
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// isNumberish: mostly digits (phone numbers, dates, times, scores)
func isNumberish(s string) bool {
	d, o := 0, 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			d++
		} else {
			o++
		}
	}
	return d > 0 && d >= o
}

// splitSentences groups tokens into sentences.
func splitSentences(text string, toks []Token, paraBefore []bool) []Sentence {
	var out []Sentence
	start := 0
	emit := func(end int) {
		if end <= start {
			return
		}
		ts := toks[start:end:end]
		s := Sentence{Start: ts[0].Start, End: ts[len(ts)-1].End, Tokens: ts}
		s.Text = text[s.Start:s.End]
		out = append(out, s)
		start = end
	}
	quotes := 0 // straight double quotes seen in the current sentence
	for i := 0; i < len(toks); i++ {
		if i > start && paraBefore[i] {
			emit(i)
			quotes = 0
		}
		if toks[i].Form == "\"" {
			quotes++
		}
		if !endsSentence(toks, i) {
			continue
		}
		// closing quotes and brackets belong to the sentence they close, and
		// so does an emoticon after its final punctuation ("I love her. :)");
		// a straight quote closes only when one is open
		j := i + 1
		q := quotes
		for j < len(toks) && (isClosingToken(toks[j].Form) || isEmoticon(toks[j].Form)) && !paraBefore[j] {
			if toks[j].Form == "\"" {
				if q%2 == 0 {
					break
				}
				q++
			}
			j++
		}
		if j >= len(toks) {
			continue
		}
		if paraBefore[j] || startsSentence(toks, j) || strings.Trim(toks[i].Form, "!?") == "" || toks[i].Form == "." {
			emit(j)
			quotes = 0
			i = j - 1
		}
	}
	emit(len(toks))
	return out
}

func endsSentence(toks []Token, i int) bool {
	f := toks[i].Form
	if f == "" {
		return false
	}
	switch f[len(f)-1] {
	case '.', '!', '?':
	default:
		return false
	}
	if strings.Trim(f, ".!?") == "" {
		return true
	}
	// a word with its own period: only sentence-ending abbreviations
	// followed by a space
	return canEndSentence[strings.ToLower(f)] && toks[i].SpaceAfter
}

func isEmoticon(f string) bool {
	for _, e := range emoticons {
		if f == e {
			return true
		}
	}
	return false
}

func isClosingToken(f string) bool {
	switch f {
	case "\"", "'", "”", "’", ")", "]", "}", "''", "»":
		return true
	}
	return false
}

func startsSentence(toks []Token, j int) bool {
	f := toks[j].Form
	r, _ := utf8.DecodeRuneInString(f)
	if unicode.IsUpper(r) || unicode.IsDigit(r) {
		// after an abbreviation that can end a sentence, demand a typical
		// sentence opener
		p := toks[j-1].Form
		if strings.Trim(p, ".!?") != "" && canEndSentence[strings.ToLower(p)] {
			return sentenceOpeners[strings.ToLower(f)]
		}
		return true
	}
	switch r {
	case '"', '“', '\'', '‘', '(', '[', '-', '*', '<':
		return true
	}
	return false
}

var sentenceOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true, "but": true, "and": true, "in": true,
	"this": true, "that": true, "there": true, "his": true, "her": true, "their": true, "its": true, "on": true, "at": true, "for": true, "if": true, "when": true, "as": true,
	"some": true, "many": true, "officials": true, "police": true, "meanwhile": true, "however": true, "also": true, "our": true, "my": true,
}

func isLowerWord(s string) bool {
	for _, r := range s {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return s != ""
}

func isCapWord(s string) bool {
	for i, r := range s {
		if i == 0 && !unicode.IsUpper(r) || i > 0 && !unicode.IsLower(r) {
			return false
		}
	}
	return len(s) >= 2
}
