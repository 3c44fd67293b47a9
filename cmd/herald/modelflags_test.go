package main

import (
	"flag"
	"io"
	"strings"
	"testing"
)

// TestModelFlags checks that --fast and --greedy reach the analyzer that
// code, eval and bench use: on a sentence whose greedy parse differs from
// the beam's, the loaded analyzers parse it differently, and every
// command that analyses raw text takes the flags.
func TestModelFlags(t *testing.T) {
	const s = "A missile fired by Russia hit Kyiv."
	heads := func(mf modelFlags) []int {
		a, err := mf.load()
		if err != nil {
			t.Fatal(err)
		}
		var hs []int
		for _, st := range a.Analyze(s) {
			for _, tk := range st.Tokens {
				hs = append(hs, tk.Head)
			}
		}
		return hs
	}
	beam, greedy := heads(modelFlags{}), heads(modelFlags{greedy: true})
	if len(beam) != len(greedy) || len(beam) == 0 {
		t.Fatalf("token counts differ: %v %v", beam, greedy)
	}
	same := true
	for i := range beam {
		same = same && beam[i] == greedy[i]
	}
	if same {
		t.Errorf("greedy parse equals the beam's (%v): --greedy did not reach the parser", beam)
	}
	var mf modelFlags
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	mf.register(fs, "model")
	if err := fs.Parse([]string{"--fast", "--greedy", "--model", "m.model"}); err != nil {
		t.Fatal(err)
	}
	if !mf.fast || !mf.greedy || mf.path != "m.model" {
		t.Errorf("flags not set: %+v", mf)
	}
	story := "Iran's foreign minister accused the United States of war crimes on Monday.\n"
	for _, args := range [][]string{
		{"code", "--fast", "--greedy", "--date", "2021-01-05"},
		{"bench", "--fast", "--greedy", "--help"},
		{"eval", "--fast", "--greedy", "--help"},
	} {
		code, out, errs := runHeraldIn(t, story, args...)
		if args[0] == "code" {
			if code != 0 {
				t.Fatalf("%v: exit %d: %s", args, code, errs)
			}
			evs := decodeStories(t, out)
			if len(evs) == 0 || evs[0]["source"] != "IRNGOV" || evs[0]["target"] != "USA" {
				t.Errorf("%v: events %v", args, evs)
			}
			continue
		}
		if code != 0 || !strings.Contains(errs, "-greedy") || strings.Contains(errs, "flag provided but not defined") {
			t.Errorf("%v: exit %d, usage %q", args, code, errs)
		}
	}
}
