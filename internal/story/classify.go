package story

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The line classes below are general rules about how scraped news pages
// look; none names a particular site or story.

// endsSentence reports whether a line ends like a sentence: ., ! ?, or …,
// possibly followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("\"'”’»)]", r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…。！？", r)
}

// words counts whitespace-separated tokens that contain a letter.
func words(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		if strings.IndexFunc(f, unicode.IsLetter) >= 0 {
			n++
		}
	}
	return n
}

// isDebris reports a line that is no text at all: widget counters, share
// buttons, stray initials. It has fewer than three words and does not end
// like a sentence, or it has no letter at all.
func isDebris(s string) bool {
	if strings.IndexFunc(s, unicode.IsLetter) < 0 {
		return true
	}
	return words(s) < 3 && !endsSentence(s)
}

// maxHeadlineWords bounds a headline's length.
const maxHeadlineWords = 30

// isHeadline reports a line shaped like a headline: three to thirty words,
// not ending like a sentence, not a caption, not a byline.
func isHeadline(s string) bool {
	n := words(s)
	if n < 3 || n > maxHeadlineWords || endsSentence(s) {
		return false
	}
	if strings.HasSuffix(s, ":") || strings.HasSuffix(s, ",") || strings.HasSuffix(s, ";") {
		return false
	}
	return !isCaption(s) && !isByline(s)
}

// smallWords stay lower case in title-case headlines.
var smallWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "but": true, "or": true, "nor": true,
	"for": true, "so": true, "yet": true, "as": true, "at": true, "by": true, "in": true,
	"of": true, "off": true, "on": true, "onto": true, "per": true, "to": true, "up": true,
	"via": true, "with": true, "from": true, "into": true, "over": true, "vs": true,
	"is": true, "its": true, "than": true, "after": true, "about": true,
}

// isTitleCase reports whether most content words of s start upper case.
func isTitleCase(s string) bool {
	content, upper := 0, 0
	for _, f := range strings.Fields(s) {
		w := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w == "" || smallWords[strings.ToLower(w)] {
			continue
		}
		content++
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			upper++
		}
	}
	return content > 0 && upper*5 >= content*4
}

// creditWords are words that mark a photo credit or caption attribution.
const creditWords = `photo|photos|photograph|photographer|image|images|picture|pictures|pic|file|credit|credits|courtesy|handout|getty|afp|ap|reuters|epa|efe|dpa|xinhua|anadolu|shutterstock|alamy|istock|pool|video|screenshot|screengrab|illustration`

var (
	// A trailing parenthesis or bracket holding a credit, e.g.
	// "(file photo: AFP)", "[Getty Images]", "(AFP / Jane Doe)".
	trailingCredit = regexp.MustCompile(`(?i)[(\[]([^()\[\]]*\b(?:` + creditWords + `)\b[^()\[\]]*|[^()\[\]/]{1,40}\s/\s[^()\[\]/]{1,40})[)\]]$`)
	// A leading or trailing "Photo: …", "Image credit: …", "Credit: …".
	creditLabel = regexp.MustCompile(`(?i)^(?:(?:file\s+)?(?:photo|image|picture|pic|credit|caption)(?:\s+credit)?\s*[:|]\s*\S)|(?:(?:photo|image|picture|credit)s?(?:\s+by)?\s*[:|]\s*[^.:|]{1,60}$)`)
	// "Photograph: Jane Doe/Reuters", "Photo by Jane Doe on …".
	photoBy  = regexp.MustCompile(`(?i)\b(?:photograph|photo|picture|image)\s*(?:by|:)\s*\p{Lu}[^.]{0,60}$`)
	bylineRe = regexp.MustCompile(`^(?:By|BY|by)\s+\p{Lu}`)
)

// isCaption reports a photo or video caption: a line that carries a photo
// credit.
func isCaption(s string) bool {
	if words(s) > maxCaptionWords {
		return false
	}
	if endsSentence(s) && !strings.HasSuffix(strings.TrimSpace(s), ")") && !strings.HasSuffix(strings.TrimSpace(s), "]") {
		// A caption may end in a full stop only when a credit follows it.
		return creditLabel.MatchString(s) && strings.Count(s, ". ") == 0 && words(s) <= 12
	}
	return trailingCredit.MatchString(s) || creditLabel.MatchString(s) || photoBy.MatchString(s)
}

// maxCaptionWords bounds a caption's length: a longer line is body text.
const maxCaptionWords = 60

// isByline reports a "By Jane Doe" line.
func isByline(s string) bool {
	return bylineRe.MatchString(s) && words(s) <= 10 && !endsSentence(s)
}
