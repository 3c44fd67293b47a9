package when

import (
	"testing"
	"time"
)

// ref is a Wednesday.
var ref = time.Date(2024, 5, 8, 15, 30, 0, 0, time.UTC)

func TestFind(t *testing.T) {
	for _, c := range []struct {
		sentence string
		text     string // the expression found first
		want     string // its resolved date
	}{
		{"The Kremlin said on Monday it would expand ties.", "on Monday", "2024-05-06"},
		{"The minister resigned on Wednesday.", "on Wednesday", "2024-05-08"},
		{"The minister will travel to Paris on Friday.", "on Friday", "2024-05-10"},
		{"Rebels attacked the town last Friday.", "last Friday", "2024-05-03"},
		{"Talks resume next Tuesday.", "next Tuesday", "2024-05-14"},
		{"Wagner said last week it was leaving Mali.", "last week", "2024-W18"},
		{"Police arrested two men yesterday.", "yesterday", "2024-05-07"},
		{"The vote takes place tomorrow.", "tomorrow", "2024-05-09"},
		{"The group was founded in June 2023.", "in June 2023", "2023-06"},
		{"Protests began in March.", "in March", "2024-03"},
		{"Elections are due in June.", "in June", "2024-06"},
		{"The talks collapsed in September.", "in September", "2023-09"},
		{"The treaty was signed on 5 January.", "on 5 January", "2024-01-05"},
		{"The treaty was signed on Jan. 5, 2021.", "on Jan. 5, 2021", "2021-01-05"},
		{"Troops withdrew on December 12.", "on December 12", "2023-12-12"},
		{"Prices rose earlier this month.", "earlier this month", "2024-05"},
		{"Turnout will be higher next year.", "next year", "2025"},
		{"He was killed in an ambush last year.", "last year", "2023"},
		{"The plant closed two weeks ago.", "two weeks ago", "2024-W17"},
		{"Border clashes erupted three days ago.", "three days ago", "2024-05-05"},
		{"The accord was reached in 2019.", "in 2019", "2019"},
		{"The report, published 2024-04-30, said so.", "2024-04-30", "2024-04-30"},
		{"He met the envoy this morning.", "this morning", "2024-05-08"},
	} {
		es := Find(c.sentence, ref)
		if len(es) == 0 {
			t.Errorf("%q: nothing found", c.sentence)
			continue
		}
		if es[0].Text != c.text || es[0].Date.String() != c.want {
			t.Errorf("%q: got %q → %s, want %q → %s", c.sentence, es[0].Text, es[0].Date, c.text, c.want)
		}
		if c.sentence[es[0].Start:es[0].End] != es[0].Text {
			t.Errorf("%q: span does not match text", c.sentence)
		}
	}
}

func TestAnchoredExpressions(t *testing.T) {
	s := "Prigozhin led a failed mutiny in June 2023 and was killed two months later in a plane crash."
	es := Find(s, ref)
	if len(es) != 2 || es[1].Text != "two months later" || es[1].Date.String() != "2023-08" {
		t.Fatalf("got %+v", es)
	}
	es = Find("The ceasefire began on 3 March 2022 and collapsed the next day.", ref)
	if len(es) != 2 || es[1].Date.String() != "2022-03-04" {
		t.Fatalf("got %+v", es)
	}
	// "later" with nothing before it to be later than is left alone.
	if es := Find("Two months later the town fell.", ref); len(es) != 0 {
		t.Fatalf("unanchored 'later' resolved: %+v", es)
	}
}

func TestNoFalseMonths(t *testing.T) {
	for _, s := range []string{
		"The government may decide to march on.",
		"Officials said the talks may resume, and protesters will march in the city.",
		"He scored 2019 points over his career.",
		"The Monday Club met.",
	} {
		for _, e := range Find(s, ref) {
			if e.Text != "Monday" { // a weekday name is still a weekday
				t.Errorf("%q: found %q", s, e.Text)
			}
		}
	}
}

func TestParseDate(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2024-05-06T10:00:00Z", "2024-05-06"},
		{"2024-05-06T10:00:00+02:00", "2024-05-06"},
		{"Mon, 06 May 2024 10:00:00 GMT", "2024-05-06"},
		{"Mon, 6 May 2024 10:00:00 +0000", "2024-05-06"},
		{"May 6, 2024", "2024-05-06"},
		{"Published: 6 May 2024", "2024-05-06"},
		{"Updated on January 2, 2021", "2021-01-02"},
		{"Tuesday, 7 May 2024", "2024-05-07"},
		{"2024-05-06", "2024-05-06"},
		{"20240506", "2024-05-06"},
	} {
		d, ok := ParseDate(c.in)
		if !ok || d.String() != c.want {
			t.Errorf("ParseDate(%q) = %v %v, want %s", c.in, d, ok, c.want)
		}
	}
	for _, bad := range []string{"", "yesterday", "not a date", "the 5th", "2024-13-45", "Security Ties in June"} {
		if d, ok := ParseDate(bad); ok {
			t.Errorf("ParseDate(%q) = %v, want no date", bad, d)
		}
	}
}

func FuzzFind(f *testing.F) {
	f.Add("Prigozhin led a failed mutiny in June 2023 and was killed two months later.")
	f.Add("The treaty was signed on Jan. 5, 2021, and the next day talks resumed on Monday.")
	f.Add("Published: 6 May 2024")
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, e := range Find(s, ref) {
			if e.Start < last || e.End > len(s) || e.Start >= e.End || s[e.Start:e.End] != e.Text {
				t.Fatalf("bad span %+v in %q", e, s)
			}
			last = e.End
		}
		ParseDate(s)
	})
}
