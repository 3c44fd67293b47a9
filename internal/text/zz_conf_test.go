package text

import (
	"os"
	"sort"
	"testing"

	"github.com/herald-events/herald/internal/conllu"
)

func TestZZConfusion2(t *testing.T) {
	f, err := os.Open("../../../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	sents, _ := conllu.ReadAll(f, "dev")
	a, _ := Load()
	conf := map[string]int{}
	for _, s := range sents {
		var toks []Token
		for i, tk := range s.Tokens {
			toks = append(toks, Token{Form: tk.Form, SpaceAfter: s.SpaceAfter(i)})
		}
		a.Tag(toks)
		for i, tk := range s.Tokens {
			if toks[i].XPOS != tk.XPOS {
				conf[tk.Form+" "+tk.XPOS+">"+toks[i].XPOS]++
			}
		}
	}
	var ks []string
	for k := range conf {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return conf[ks[i]] > conf[ks[j]] })
	for _, k := range ks[:40] {
		t.Logf("%-30s %d", k, conf[k])
	}
}
