// Package when finds time expressions in news sentences ("on Monday",
// "last week", "two months later", "in June 2023") and resolves them
// against a reference date, usually the story's publication date. It also
// parses publication dates from metadata strings.
package when

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Granularity is how precise a resolved date is.
type Granularity int

// Granularities, finest first.
const (
	Day Granularity = iota
	Week
	Month
	Year
)

func (g Granularity) String() string {
	return [...]string{"day", "week", "month", "year"}[g]
}

// Date is a resolved date: Time is the first day of the period (midnight
// UTC; for a week, its Monday) and Gran says how precise it is.
type Date struct {
	Time time.Time
	Gran Granularity
}

// String formats d as 2023-06-05, 2023-W23, 2023-06 or 2023.
func (d Date) String() string {
	switch d.Gran {
	case Week:
		y, w := d.Time.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case Month:
		return d.Time.Format("2006-01")
	case Year:
		return d.Time.Format("2006")
	}
	return d.Time.Format("2006-01-02")
}

// Expr is one time expression found in a sentence.
type Expr struct {
	Start, End int    // byte span in the sentence
	Text       string // the sentence[Start:End]
	Date       Date
	// Relative is true when the expression was resolved against the
	// reference date or an earlier expression rather than read as is.
	Relative bool
}

// Find returns the time expressions of sentence, in order, resolved
// against ref (the story date). Expressions relative to another event
// ("two months later", "the next day") are resolved against the nearest
// earlier expression in the same sentence and left out when there is none.
func Find(sentence string, ref time.Time) []Expr {
	if !mayHaveTime(sentence) {
		return nil
	}
	ref = midnight(ref)
	type cand struct {
		start, end int
		p          *pattern
		m          []int
	}
	var cands []cand
	for i := range patterns {
		p := &patterns[i]
		for _, m := range p.re.FindAllStringSubmatchIndex(sentence, -1) {
			if !boundaryOK(sentence, m[0], m[1]) {
				continue
			}
			cands = append(cands, cand{m[0], m[1], p, m})
		}
	}
	// Longest match wins; among equals, the earlier pattern.
	sort.SliceStable(cands, func(i, j int) bool {
		li, lj := cands[i].end-cands[i].start, cands[j].end-cands[j].start
		if li != lj {
			return li > lj
		}
		return cands[i].start < cands[j].start
	})
	var kept []cand
	for _, c := range cands {
		overlap := false
		for _, k := range kept {
			if c.start < k.end && k.start < c.end {
				overlap = true
				break
			}
		}
		if !overlap {
			kept = append(kept, c)
		}
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].start < kept[j].start })
	var out []Expr
	var anchor *Date
	for _, c := range kept {
		x := ctx{s: sentence, m: c.m, ref: ref, anchor: anchor, future: isFuture(sentence, c.start)}
		d, rel, ok := c.p.resolve(x)
		if !ok {
			continue
		}
		e := Expr{Start: c.start, End: c.end, Text: sentence[c.start:c.end], Date: d, Relative: rel}
		out = append(out, e)
		dd := d
		anchor = &dd
	}
	return out
}

// timeWords are substrings every pattern needs one of (besides a digit
// or a capitalised month): a cheap test that spares most sentences the
// regular expressions.
var timeWords = []string{"day", "week", "month", "year", "night", "morning", "afternoon", "evening", "tomorrow"}

var monthPrefixes = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// mayHaveTime reports whether a sentence could hold a time expression.
func mayHaveTime(s string) bool {
	if strings.ContainsAny(s, "0123456789") {
		return true
	}
	for _, m := range monthPrefixes {
		if strings.Contains(s, m) {
			return true
		}
	}
	l := strings.ToLower(s)
	for _, w := range timeWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// Resolve returns the date of the first time expression in sentence, or
// false when it has none.
func Resolve(sentence string, ref time.Time) (Date, bool) {
	es := Find(sentence, ref)
	if len(es) == 0 {
		return Date{}, false
	}
	return es[0].Date, true
}

func boundaryOK(s string, start, end int) bool {
	if start > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:start])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if end < len(s) {
		r, _ := utf8.DecodeRuneInString(s[end:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// ctx is what a resolver sees.
type ctx struct {
	s      string
	m      []int
	ref    time.Time
	anchor *Date
	future bool
}

func (c ctx) group(i int) string {
	if 2*i+1 >= len(c.m) || c.m[2*i] < 0 {
		return ""
	}
	return c.s[c.m[2*i]:c.m[2*i+1]]
}

type pattern struct {
	re      *regexp.Regexp
	resolve func(c ctx) (d Date, relative, ok bool)
}

const monthRe = `(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`
const weekdayRe = `(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`
const numRe = `(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|a few|several)`

var patterns = []pattern{
	{regexp.MustCompile(`(\d{4})-(\d{2})-(\d{2})`), func(c ctx) (Date, bool, bool) {
		return ymd(c.group(1), c.group(2), c.group(3))
	}},
	// 5 January 2020, 5th of January, on 5 January
	{regexp.MustCompile(`(?:(?i:on)\s+)?(?:(?i:the)\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:(?i:of)\s+)?` + monthRe + `(?:,?\s+(\d{4}))?`), func(c ctx) (Date, bool, bool) {
		return dayMonth(c, c.group(1), c.group(2), c.group(3))
	}},
	// January 5, 2020; Jan. 5
	{regexp.MustCompile(`(?:(?i:on)\s+)?` + monthRe + `\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?`), func(c ctx) (Date, bool, bool) {
		return dayMonth(c, c.group(2), c.group(1), c.group(3))
	}},
	// in June 2023, June 2023
	{regexp.MustCompile(`(?:(?i:in|during|since|until|by|early|late|mid-?|from)\s+)?` + monthRe + `,?\s+(\d{4})`), func(c ctx) (Date, bool, bool) {
		mo, ok := monthNum(c.group(1))
		y, _ := strconv.Atoi(c.group(2))
		if !ok || y < 1000 {
			return Date{}, false, false
		}
		return Date{time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC), Month}, false, true
	}},
	// in June, last June, next March
	{regexp.MustCompile(`(?i:(in|during|since|until|by|early|late|mid-?|last|next|this|this past|past|of|from))\s+` + monthRe), func(c ctx) (Date, bool, bool) {
		mo, ok := monthNum(c.group(2))
		if !ok {
			return Date{}, false, false
		}
		y := c.ref.Year()
		switch strings.ToLower(c.group(1)) {
		case "last", "this past", "past":
			if mo >= c.ref.Month() {
				y--
			}
		case "next":
			if mo <= c.ref.Month() {
				y++
			}
		case "this":
		default:
			if c.future && mo < c.ref.Month() {
				y++
			} else if !c.future && mo > c.ref.Month() {
				y--
			}
		}
		return Date{time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC), Month}, true, true
	}},
	// in 2019
	{regexp.MustCompile(`(?i:in|during|since|until|by|early|late|mid-?|of|from)\s+((?:19|20)\d{2})`), func(c ctx) (Date, bool, bool) {
		y, _ := strconv.Atoi(c.group(1))
		return Date{time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), Year}, false, true
	}},
	// on Monday, last Friday, next Tuesday, Monday evening
	{regexp.MustCompile(`(?:(?i:(last|next|this|this coming|this past|coming|past|on|since|until|by))\s+)?` + weekdayRe), func(c ctx) (Date, bool, bool) {
		wd := weekdayNum(c.group(2))
		ref := c.ref
		back := int(ref.Weekday()-wd+7) % 7 // days since the most recent such day (0 = today)
		fwd := int(wd-ref.Weekday()+7) % 7  // days to the next such day (0 = today)
		var t time.Time
		switch strings.ToLower(c.group(1)) {
		case "last", "this past", "past":
			if back == 0 {
				back = 7
			}
			t = ref.AddDate(0, 0, -back)
		case "next", "this coming", "coming":
			if fwd == 0 {
				fwd = 7
			}
			t = ref.AddDate(0, 0, fwd)
		case "this":
			t = ref.AddDate(0, 0, -int((ref.Weekday()+6)%7)+int((wd+6)%7))
		default:
			if c.future {
				if fwd == 0 {
					fwd = 7
				}
				t = ref.AddDate(0, 0, fwd)
			} else {
				t = ref.AddDate(0, 0, -back)
			}
		}
		return Date{t, Day}, true, true
	}},
	{regexp.MustCompile(`(?i:the\s+day\s+before\s+yesterday|yesterday|last\s+night|today|tonight|this\s+(?:morning|afternoon|evening)|earlier\s+today|tomorrow|the\s+day\s+after\s+tomorrow)`), func(c ctx) (Date, bool, bool) {
		w := strings.ToLower(strings.Join(strings.Fields(c.group(0)), " "))
		off := 0
		switch w {
		case "the day before yesterday":
			off = -2
		case "yesterday", "last night":
			off = -1
		case "tomorrow":
			off = 1
		case "the day after tomorrow":
			off = 2
		}
		return Date{c.ref.AddDate(0, 0, off), Day}, true, true
	}},
	// last week, earlier this month, late next year
	{regexp.MustCompile(`(?i:(?:(earlier|later|early|late|mid-?|the end of|the start of|the beginning of)\s+)?(last|this|next|past|previous|coming)\s+(week(?:end)?|month|year))`), func(c ctx) (Date, bool, bool) {
		which := strings.ToLower(c.group(2))
		unit := strings.ToLower(c.group(3))
		n := 0
		switch which {
		case "last", "past", "previous":
			n = -1
		case "next", "coming":
			n = 1
		}
		return shift(c.ref, unit, n), true, true
	}},
	// two weeks ago
	{regexp.MustCompile(`(?i:` + numRe + `\s+(day|week|month|year)s?\s+ago)`), func(c ctx) (Date, bool, bool) {
		n, ok := number(c.group(1))
		if !ok {
			return Date{}, false, false
		}
		return shift(c.ref, strings.ToLower(c.group(2)), -n), true, true
	}},
	// two months later, a week earlier: relative to an earlier expression
	{regexp.MustCompile(`(?i:` + numRe + `\s+(day|week|month|year)s?\s+(later|afterwards|earlier|before that|after that))`), func(c ctx) (Date, bool, bool) {
		n, ok := number(c.group(1))
		if !ok {
			return Date{}, false, false
		}
		dir := strings.ToLower(c.group(3))
		if dir == "earlier" || dir == "before that" {
			n = -n
		}
		unit := strings.ToLower(c.group(2))
		if c.anchor == nil {
			if n > 0 {
				return Date{}, false, false // "later" than what?
			}
			return shift(c.ref, unit, n), true, true
		}
		return shiftFrom(*c.anchor, unit, n), true, true
	}},
	// the next day, the following week, the previous month
	{regexp.MustCompile(`(?i:the\s+(next|following|previous|preceding)\s+(day|week|month|year)|the\s+day\s+(before|after))`), func(c ctx) (Date, bool, bool) {
		if c.anchor == nil {
			return Date{}, false, false
		}
		w := strings.ToLower(c.group(1) + c.group(3))
		unit := strings.ToLower(c.group(2))
		if unit == "" {
			unit = "day"
		}
		n := 1
		if w == "previous" || w == "preceding" || w == "before" {
			n = -1
		}
		return shiftFrom(*c.anchor, unit, n), true, true
	}},
}

// shift moves ref by n units and truncates to the unit's granularity.
func shift(ref time.Time, unit string, n int) Date {
	switch unit {
	case "day":
		return Date{ref.AddDate(0, 0, n), Day}
	case "week", "weekend":
		t := ref.AddDate(0, 0, 7*n)
		return Date{t.AddDate(0, 0, -int((t.Weekday()+6)%7)), Week}
	case "month":
		t := time.Date(ref.Year(), ref.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, n, 0)
		return Date{t, Month}
	}
	return Date{time.Date(ref.Year()+n, 1, 1, 0, 0, 0, 0, time.UTC), Year}
}

// shiftFrom moves an anchor date by n units, keeping the coarser of the
// anchor's and the unit's granularity.
func shiftFrom(a Date, unit string, n int) Date {
	d := shift(a.Time, unit, n)
	if a.Gran > d.Gran {
		switch a.Gran {
		case Month:
			d.Time = time.Date(d.Time.Year(), d.Time.Month(), 1, 0, 0, 0, 0, time.UTC)
		case Year:
			d.Time = time.Date(d.Time.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
		}
		d.Gran = a.Gran
	}
	return d
}

func ymd(ys, ms, ds string) (Date, bool, bool) {
	y, _ := strconv.Atoi(ys)
	m, _ := strconv.Atoi(ms)
	d, _ := strconv.Atoi(ds)
	if !validDay(y, time.Month(m), d) {
		return Date{}, false, false
	}
	return Date{time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), Day}, false, true
}

func validDay(y int, m time.Month, d int) bool {
	if y < 1000 || m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Day() == d
}

func dayMonth(c ctx, ds, ms, ys string) (Date, bool, bool) {
	mo, ok := monthNum(ms)
	if !ok {
		return Date{}, false, false
	}
	d, _ := strconv.Atoi(ds)
	if ys != "" {
		y, _ := strconv.Atoi(ys)
		if !validDay(y, mo, d) {
			return Date{}, false, false
		}
		return Date{time.Date(y, mo, d, 0, 0, 0, 0, time.UTC), Day}, false, true
	}
	if c.ref.IsZero() {
		return Date{}, false, false
	}
	y := c.ref.Year()
	if !validDay(2000, mo, d) { // 2000 is a leap year: 29 February is fine
		return Date{}, false, false
	}
	t := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
	if c.future && t.Before(c.ref) {
		t = time.Date(y+1, mo, d, 0, 0, 0, 0, time.UTC)
	} else if !c.future && t.After(c.ref) {
		t = time.Date(y-1, mo, d, 0, 0, 0, 0, time.UTC)
	}
	return Date{t, Day}, true, true
}

// monthNum reads a month name; the name must be capitalised, so that the
// verbs "may" and "march" are not months.
func monthNum(s string) (time.Month, bool) {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return 0, false
	}
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	if len(s) < 3 {
		return 0, false
	}
	for m := time.January; m <= time.December; m++ {
		if strings.HasPrefix(strings.ToLower(m.String()), s[:3]) {
			return m, true
		}
	}
	return 0, false
}

func weekdayNum(s string) time.Weekday {
	s = strings.ToLower(s)
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.ToLower(d.String()) == s {
			return d
		}
	}
	return time.Sunday
}

var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"a couple of": 2, "a few": 3, "several": 3,
}

func number(s string) (int, bool) {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	if n, ok := numberWords[s]; ok {
		return n, true
	}
	n, err := strconv.Atoi(s)
	return n, err == nil && n > 0
}

// futureRe marks a clause about the future.
var futureRe = regexp.MustCompile(`(?i)\b(?:will|shall|won't|'ll|’ll|going to|is to|are to|is due|are due|plans? to|planning to|expected to|scheduled|set to)\b`)

// isFuture reports whether the clause before position i speaks of the
// future. The clause runs back to the last comma or stop, so in "Russia
// plans to step up cooperation, the Kremlin said on Monday" the Monday
// is read with "the Kremlin said", in the past.
func isFuture(s string, i int) bool {
	start := strings.LastIndexAny(s[:i], ".;!?,")
	return futureRe.MatchString(s[start+1 : i])
}

func midnight(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}
