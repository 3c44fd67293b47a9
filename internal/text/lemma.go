package text

import (
	"strings"
	"unicode/utf8"
)

// The lemmatizer looks a word up by (form, XPOS) in a table learned from
// the training data and otherwise applies the most frequent suffix rule
// learned for the XPOS and the word's longest known ending.

type lemmaRule struct {
	lower bool   // lower-case the form first
	cut   int    // bytes removed from the end
	add   string // appended
}

func (r lemmaRule) apply(form string) string {
	if r.lower {
		form = strings.ToLower(form)
	}
	if r.cut > len(form) {
		return form
	}
	return form[:len(form)-r.cut] + r.add
}

func (r lemmaRule) key() string {
	l := "0"
	if r.lower {
		l = "1"
	}
	return l + "|" + itoa(r.cut) + "|" + r.add
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	// do not cut inside a UTF-8 sequence
	for n > 0 && n < len(a) && !utf8.RuneStart(a[n]) {
		n--
	}
	return n
}

func ruleFor(form, lemma string) lemmaRule {
	p := commonPrefix(form, lemma)
	r := lemmaRule{cut: len(form) - p, add: lemma[p:]}
	lf := strings.ToLower(form)
	if lf != form {
		q := commonPrefix(lf, lemma)
		r2 := lemmaRule{lower: true, cut: len(lf) - q, add: lemma[q:]}
		if r2.cut < r.cut {
			return r2
		}
	}
	return r
}

const maxLemmaSuffix = 6

type lemmatizer struct {
	exact map[string]string    // form + "\t" + xpos -> lemma
	rules map[string]lemmaRule // xpos + "\t" + ending of lower-cased form -> rule
}

func properTag(xpos string) bool { return xpos == "NNP" || xpos == "NNPS" }

// lemmaBase is the form the suffix rules apply to: lower-cased except for
// proper nouns (EWT lemmas are lower-case but for names).
func lemmaBase(form, xpos string) string {
	if properTag(xpos) {
		return form
	}
	return strings.ToLower(form)
}

// key joins two strings with a tab in buf, for map lookups that do not
// allocate (the compiler does not copy a []byte converted for indexing).
func key(buf []byte, a, b string) []byte {
	buf = append(buf[:0], a...)
	buf = append(buf, '\t')
	return append(buf, b...)
}

func (lm *lemmatizer) lemma(form, xpos string) string {
	var kb [96]byte
	if l, ok := lm.exact[string(key(kb[:0], form, xpos))]; ok {
		return l
	}
	lf := strings.ToLower(form)
	if lf != form { // (a form in lower case was looked up above)
		if l, ok := lm.exact[string(key(kb[:0], lf, xpos))]; ok {
			if properTag(xpos) {
				return form
			}
			return l
		}
	}
	if xpos == "NNP" || xpos == "FW" || xpos == "GW" || xpos == "ADD" {
		return form
	}
	base := lemmaBase(form, xpos)
	for n := min(maxLemmaSuffix, utf8.RuneCountInString(lf)); n >= 0; n-- {
		if r, ok := lm.rules[string(key(kb[:0], xpos, suffix(lf, n)))]; ok {
			l := r.apply(base)
			if l == "" {
				return base
			}
			return l
		}
	}
	return base
}

// trainLemmatizer learns the tables; deterministic (ties broken by order).
func trainLemmatizer(forms, xpos, lemmas []string) *lemmatizer {
	type tally struct {
		counts map[string]int
		first  []string
	}
	add := func(m map[string]*tally, k, v string) {
		t := m[k]
		if t == nil {
			t = &tally{counts: map[string]int{}}
			m[k] = t
		}
		if t.counts[v] == 0 {
			t.first = append(t.first, v)
		}
		t.counts[v]++
	}
	best := func(t *tally) string {
		b := ""
		for _, v := range t.first {
			if b == "" || t.counts[v] > t.counts[b] {
				b = v
			}
		}
		return b
	}
	ex := map[string]*tally{}
	rl := map[string]*tally{}
	rules := map[string]lemmaRule{}
	for i, f := range forms {
		if lemmas[i] == "_" || lemmas[i] == "" {
			continue
		}
		add(ex, f+"\t"+xpos[i], lemmas[i])
		lf := strings.ToLower(f)
		if lf != f {
			add(ex, lf+"\t"+xpos[i], lemmas[i])
		}
		r := ruleFor(lemmaBase(f, xpos[i]), lemmas[i])
		rules[r.key()] = r
		nr := utf8.RuneCountInString(lf)
		for n := 0; n <= min(maxLemmaSuffix, nr); n++ {
			// the ending must keep at least one unchanged character
			if len(suffix(lf, n)) > r.cut || r.cut == 0 {
				add(rl, xpos[i]+"\t"+suffix(lf, n), r.key())
			}
		}
	}
	lm := &lemmatizer{exact: map[string]string{}, rules: map[string]lemmaRule{}}
	for k, t := range ex {
		lm.exact[k] = best(t)
	}
	for k, t := range rl {
		lm.rules[k] = rules[best(t)]
	}
	return lm
}
