package when

import (
	"regexp"
	"strings"
	"time"
)

// layouts are the date formats met in page metadata, feeds and datelines.
var layouts = []string{
	time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05",
	"2006-01-02T15:04", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05",
	"2006-01-02 15:04", "2006-01-02", "2006/01/02", "20060102",
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 02 Jan 2006 15:04 -0700", "Mon, 2 Jan 2006", time.RFC822Z, time.RFC822, time.RFC850, time.ANSIC,
	"2 Jan 2006 15:04:05 -0700", "2 Jan 2006",
	"January 2, 2006 3:04 PM", "January 2, 2006 15:04", "January 2, 2006", "Jan 2, 2006", "Jan. 2, 2006",
	"Monday, January 2, 2006", "Mon, January 2, 2006", "Monday, 2 January 2006", "2 January 2006",
	"02 January 2006", "January 2 2006", "Jan 2 2006",
}

var dateLabel = regexp.MustCompile(`(?i)^(?:published|updated|posted|last updated|date|first published)(?:\s+on)?\s*[:|-]?\s*`)

// ParseDate parses a publication date as written in metadata, a feed or a
// dateline ("2024-05-06T10:00:00Z", "Mon, 06 May 2024 10:00:00 GMT",
// "May 6, 2024", "Published: 6 May 2024"). Times keep their zone; a date
// alone is midnight UTC. It reports false when s is not a date.
func ParseDate(s string) (Date, bool) {
	s = strings.TrimSpace(dateLabel.ReplaceAllString(strings.TrimSpace(s), ""))
	s = strings.Join(strings.Fields(s), " ")
	if s == "" || len(s) > 64 {
		return Date{}, false
	}
	for _, l := range layouts {
		if t, err := time.Parse(l, s); err == nil && t.Year() >= 1000 {
			return Date{t, Day}, true
		}
	}
	// A dateline made of one absolute day expression and nothing more.
	es := Find(s, time.Time{})
	if len(es) == 1 && !es[0].Relative && es[0].Date.Gran == Day {
		rest := strings.Trim(s[:es[0].Start]+s[es[0].End:], " ,.|-")
		if rest == "" || weekdayOnly(rest) {
			return es[0].Date, true
		}
	}
	return Date{}, false
}

var weekdayOnlyRe = regexp.MustCompile(`^(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$`)

func weekdayOnly(s string) bool { return weekdayOnlyRe.MatchString(s) }
