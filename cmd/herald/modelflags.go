package main

import (
	"flag"

	"github.com/herald-events/herald/internal/text"
)

// modelFlags are the language-analysis options every command that
// analyses raw text takes: which model, and how thoroughly to use it.
type modelFlags struct {
	path   string
	fast   bool
	greedy bool
}

// register adds --model, --fast and --greedy to fs; modelHelp describes
// --model for this command.
func (m *modelFlags) register(fs *flag.FlagSet, modelHelp string) {
	fs.StringVar(&m.path, "model", "", modelHelp)
	fs.BoolVar(&m.fast, "fast", false, "tag in one pass (faster, slightly less accurate)")
	fs.BoolVar(&m.greedy, "greedy", false, "parse greedily instead of with a beam of two (faster, about half a point less accurate)")
}

// load loads the model (the embedded one unless --model names a file)
// and applies --fast and --greedy.
func (m modelFlags) load() (*text.Analyzer, error) {
	var a *text.Analyzer
	var err error
	if m.path != "" {
		a, err = text.LoadFile(m.path)
	} else {
		a, err = text.Load()
	}
	if err != nil {
		return nil, err
	}
	if m.fast {
		a = a.Fast()
	}
	if m.greedy {
		a = a.Greedy()
	}
	return a, nil
}
