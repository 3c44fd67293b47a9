package story

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Dateline is the place line that opens a wire story: "WASHINGTON (AP) —",
// "HANOI, Vietnam (AP) —", "GAZA CITY, Palestinian Territories:",
// "BEIJING, Jan. 3 (Xinhua) --", "Indianapolis –".
type Dateline struct {
	// Place is the place as written ("GAZA CITY, Palestinian
	// Territories"), without date or agency.
	Place string
	// Agency is the news agency in brackets, if any ("AP").
	Agency string
	// Len is the byte length of the dateline in the text, with its
	// separator and the spaces after it: the story proper starts there.
	Len int
}

// FindDateline returns the dateline at the start of text, if there is
// one. A dateline is a place (one to four words; the first in capitals,
// or every word capitalised when a dash follows), optionally a region
// after a comma, a date and an agency in brackets, and then a colon or a
// dash. It is not a sentence of its own: a parser reading it as the
// subject ("HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper
// accused China") would make the place the actor.
func FindDateline(text string) (Dateline, bool) {
	const maxLen = 80
	s, i := text, 0
	skipSpace := func() {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
	}
	// word reads one word of letters, apostrophes, dots and hyphens.
	word := func() string {
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) && r != '\'' && r != '.' && r != '-' && r != '’' {
				break
			}
			j += n
		}
		w := s[i:j]
		i = j
		return w
	}
	skipSpace()
	start := i
	first, nPlace := "", 0
	allCaps := true
	for nPlace < 4 {
		save := i
		w := word()
		if w == "" || !startsUpper(w) {
			i = save
			break
		}
		if !isAllCaps(w) {
			allCaps = false
		}
		if nPlace == 0 {
			first = w
		}
		nPlace++
		save2 := i
		skipSpace()
		if i == save2 || i >= len(s) {
			i = save2
			break
		}
	}
	if nPlace == 0 || notPlace[strings.ToLower(first)] {
		return Dateline{}, false
	}
	d := Dateline{Place: strings.TrimRight(s[start:i], " \t")}
	// ", Region" or ", Jan. 3" (a date: a month word and a number)
	for k := 0; k < 2 && i < len(s) && s[i] == ','; k++ {
		save := i
		i++
		skipSpace()
		var words []string
		for len(words) < 4 {
			ws := i
			w := word()
			if w == "" {
				// a day number after a month
				j := i
				for j < len(s) && s[j] >= '0' && s[j] <= '9' {
					j++
				}
				if j == i || len(words) == 0 {
					break
				}
				i = j
				words = append(words, s[ws:j])
			} else if !startsUpper(w) {
				i = ws
				break
			} else {
				words = append(words, w)
			}
			sp := i
			skipSpace()
			if i == sp {
				break
			}
		}
		if len(words) == 0 {
			i = save
			break
		}
		if !isMonth(words[0]) {
			d.Place = strings.TrimRight(s[start:i], " \t")
		}
		skipSpace()
	}
	agency := false
	if i < len(s) && s[i] == '(' {
		j := strings.IndexByte(s[i:], ')')
		if j < 2 || j > 30 {
			return Dateline{}, false
		}
		d.Agency = strings.TrimSpace(s[i+1 : i+j])
		if d.Agency == "" || !startsUpper(d.Agency) {
			return Dateline{}, false
		}
		i += j + 1
		agency = true
		skipSpace()
	}
	// the separator
	sep := ""
	for _, p := range []string{"—", "–", "--", "-", ":"} {
		if strings.HasPrefix(s[i:], p) {
			sep = p
			break
		}
	}
	if sep == "" {
		// CNN writes no separator: "Hong Kong (CNN Business) A muddled
		// view ...". Without one the agency must look like one (an
		// acronym or a wire's name, not a party label such as "(D)"
		// or "(R-Texas)") and the story must go on with a capital.
		if !agency || !agencyName(d.Agency) || i >= len(s) || i == 0 || s[i-1] != ' ' {
			return Dateline{}, false
		}
		if r, _ := utf8.DecodeRuneInString(s[i:]); !unicode.IsUpper(r) && !strings.ContainsRune("\"“‘", r) {
			return Dateline{}, false
		}
		if i > maxLen+start {
			return Dateline{}, false
		}
		d.Len = i
		return d, true
	}
	// A place in mixed case ("Indianapolis –") counts only before a
	// long dash or after an agency: "Mr Smith: ..." is not a dateline.
	if !allCaps && !agency && sep != "—" && sep != "–" && sep != "--" {
		return Dateline{}, false
	}
	// A single hyphen must stand apart ("LONDON - "), not join words.
	if sep == "-" && (i+1 >= len(s) || s[i+1] != ' ') {
		return Dateline{}, false
	}
	i += len(sep)
	if i >= len(s) || s[i] != ' ' && s[i] != '\t' {
		return Dateline{}, false
	}
	skipSpace()
	if i > maxLen+start || i >= len(s) {
		return Dateline{}, false
	}
	// the story goes on with a word, a number or a quote
	if r, _ := utf8.DecodeRuneInString(s[i:]); !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("\"“‘'", r) {
		return Dateline{}, false
	}
	d.Len = i
	return d, true
}

// agencyName reports whether a bracketed name looks like a news agency's:
// its first word an acronym of two or more capitals ("CNN Business",
// "AFP") or a wire's name.
func agencyName(a string) bool {
	first, _, _ := strings.Cut(a, " ")
	if isAllCaps(first) && !strings.ContainsAny(first, "-.") {
		return true
	}
	switch strings.ToLower(first) {
	case "reuters", "xinhua", "bloomberg", "dpa", "interfax", "yonhap", "kyodo", "anadolu":
		return true
	}
	return false
}

// notPlace are words that open sentences, not datelines ("The President
// — who ...", "Mr Smith: ...").
var notPlace = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "but": true, "and": true,
	"it": true, "he": true, "she": true, "we": true, "they": true, "i": true, "this": true, "that": true,
	"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "dr": true, "dr.": true,
	"update": true, "updated": true, "note": true, "editor's": true, "breaking": true, "watch": true,
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isAllCaps reports whether a word has two or more letters, all capitals.
func isAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

func isMonth(w string) bool {
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	switch w {
	case "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
		"jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december":
		return true
	}
	return false
}
