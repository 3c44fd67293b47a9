package story

import "testing"

func TestFindDateline(t *testing.T) {
	for _, tc := range []struct {
		text, place, agency, rest string
	}{
		{"ROHAN CITY (AP) — The council met on Monday.", "ROHAN CITY", "AP", "The council met on Monday."},
		{"MINAS TIRITH, Gondor (Reuters) - Troops crossed the river.", "MINAS TIRITH, Gondor", "Reuters", "Troops crossed the river."},
		{"EDORAS, Rohan: Four riders were hurt.", "EDORAS, Rohan", "", "Four riders were hurt."},
		{"BREE, March 3 (Xinhua) -- Officials said prices rose.", "BREE", "Xinhua", "Officials said prices rose."},
		{"DALE : Their journey ended.", "DALE", "", "Their journey ended."},
		{"Lake Town – Several hundred fishermen gathered.", "Lake Town", "", "Several hundred fishermen gathered."},
		{"  PELARGIR (AFP) - \"We will stay,\" he said.", "PELARGIR", "AFP", "\"We will stay,\" he said."},
		// CNN writes no separator after the agency
		{"Minas Tirith (CNN Business) A muddled view of the talks weighed on investors.", "Minas Tirith", "CNN Business", "A muddled view of the talks weighed on investors."},
		{"Dale (Reuters) Prices rose.", "Dale", "Reuters", "Prices rose."},
	} {
		d, ok := FindDateline(tc.text)
		if !ok {
			t.Errorf("%q: no dateline", tc.text)
			continue
		}
		if d.Place != tc.place || d.Agency != tc.agency || tc.text[d.Len:] != tc.rest {
			t.Errorf("%q: got place %q agency %q rest %q", tc.text, d.Place, d.Agency, tc.text[d.Len:])
		}
	}
	for _, text := range []string{
		"Gondor attacked Rohan on Monday.",
		"The President — who spoke late — left.",
		"Mr Baggins: a life.",
		"Rohan-based riders said they would stay.",
		"Gondor said: \"We will stay.\"",
		"NATO leaders met in Brussels.",
		"Minas Tirith - the white city - stands.",
		"",
		"ROHAN (AP)",
		// a party label is no agency
		"Frodo Baggins (D) said the ring was lost.",
		"Samwise Gamgee (R-Shire) said he would stay.",
		"Gondor (CNN) said",
	} {
		if d, ok := FindDateline(text); ok {
			t.Errorf("%q: dateline %+v", text, d)
		}
	}
}

// FindDateline never panics, and a dateline it finds is a prefix of the
// text followed by the story.
func FuzzFindDateline(f *testing.F) {
	for _, s := range []string{"ROHAN CITY (AP) — The council met.", "EDORAS, Rohan: Four riders", "BREE, March 3 (Xinhua) -- Officials", "A - b", "X (", "Lake Town – x", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := FindDateline(s)
		if !ok {
			return
		}
		if d.Len <= 0 || d.Len >= len(s) || d.Place == "" {
			t.Fatalf("%q: %+v", s, d)
		}
	})
}
