package pipeline

import (
	"testing"

	"github.com/herald-events/herald/internal/dict"
)

// FuzzCodeText: any text goes through herald's own analysis and the coder
// with the built-in dictionaries without a panic, and every event it
// codes has a code, a source and a target, and evidence spans that lie
// within its sentence's tokens.
func FuzzCodeText(f *testing.F) {
	for _, s := range []string{
		"According to Syrian state media, Israeli jets struck targets near Damascus.",
		"Iran launched drones at Israel. Russia launched a massive missile and drone attack on Ukraine's energy infrastructure overnight.",
		"Neither Iran nor Iraq condemned the attack. China does not want to send troops into Hong Kong.",
		"Myanmar's military seized power in a coup and detained Aung San Suu Kyi.",
		"Beijing imposed sanctions on US defence companies, officials said when police clashed with protesters.",
		"France recalled its ambassador from Niger. Ethiopia and Somalia held talks in Ankara.",
		"Police in Bangladesh used tear gas to disperse students.",
		"The country was hit by floods. Washington invaded the country.",
	} {
		f.Add(s)
	}
	sc := storyCoder(f)
	day, _ := dict.ParseDay("20240105")
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 2000 {
			return
		}
		for _, s := range sc.Analysis.Text(text, false) {
			res, err := sc.Coder.Code(s, day)
			if err != nil {
				continue
			}
			n := len(s.Tokens)
			for _, e := range res.Events {
				if e.Code == "" || e.Source == "" || e.Target == "" {
					t.Fatalf("%q: event with an empty field: %+v", text, e)
				}
				for _, sp := range []struct{ Start, End int }{e.VerbSpan, e.SourceSpan, e.TargetSpan} {
					if sp.Start < 0 || sp.End > n || sp.Start > sp.End {
						t.Fatalf("%q: span %v outside the sentence's %d tokens: %+v", text, sp, n, e)
					}
				}
			}
		}
	})
}
