// Package cameo holds the CAMEO event and actor ontology as data.
//
// Every CAMEO 1.1b3 event code (the 20 cue categories 01–20 and their 3- and
// 4-digit sub-codes) is described by an EventCode: its name, root, QuadClass,
// Goldstein score and its PLOVER event type, mode and context. The actor-code
// grammar (countries, regions, international generics, roles, religions,
// ethnic groups and organisations, each a 3-character part) is described by
// ActorPart values, and ParseActor splits a code such as "IRNMIL" or
// "NGOHRIAMN" into named parts.
//
// The data lives in three embedded, human-readable files under data/ (see the
// header comment of each): events.tsv, actors.tsv and plover.txt. Default
// parses them once and returns a shared, immutable *Ontology; Parse builds an
// Ontology from other sources and reports malformed lines with their line
// numbers.
//
// Sources: CAMEO Event and Actor Codebook 1.1b3 (Schrodt, Gerner, Yilmaz et
// al., 2012); the CAMEO-to-Goldstein scale as distributed with GDELT; the
// PLOVER manual and CAMEO-to-PLOVER table (Open Event Data Alliance); ISO
// 3166-1, checked against GeoNames (CC BY 4.0). The files are herald's own
// rewriting of these facts.
package cameo

import (
	"embed"
	"sync"
)

//go:embed data/events.tsv data/actors.tsv data/plover.txt
var dataFS embed.FS

// Names of the embedded data files, used in error messages.
const (
	EventsFile = "events.tsv"
	ActorsFile = "actors.tsv"
	PloverFile = "plover.txt"
)

// Ontology is a parsed, immutable CAMEO ontology. All methods are safe for
// concurrent use; values returned are copies the caller may modify.
type Ontology struct {
	events   []EventCode
	byCode   map[string]int   // event code -> index in events
	children map[string][]int // event code -> indices of direct children, in order

	plover   []PloverType
	ploverBy map[string]int
	contexts map[string]bool

	parts   []ActorPart
	partsBy map[string][]int // exact code -> indices in parts, in file order
}

// Sources holds the raw contents of the three data files.
type Sources struct {
	Events []byte // events.tsv
	Actors []byte // actors.tsv
	Plover []byte // plover.txt
}

// EmbeddedSources returns the contents of the data files compiled into the
// binary.
func EmbeddedSources() Sources {
	read := func(name string) []byte {
		b, err := dataFS.ReadFile("data/" + name)
		if err != nil {
			// The files are embedded at compile time; a failure here is a
			// build defect, not a runtime condition.
			panic("cameo: embedded " + name + ": " + err.Error())
		}
		return b
	}
	return Sources{Events: read(EventsFile), Actors: read(ActorsFile), Plover: read(PloverFile)}
}

// defaultCache is the single parse of the embedded data, shared by all
// callers of Default. It is written once under sync.Once and never modified.
var defaultCache struct {
	once sync.Once
	ont  *Ontology
	err  error
}

// Default returns the ontology parsed from the embedded data files. The
// files are parsed on first use only; every call returns the same immutable
// value. It panics if the embedded data is malformed, which the package tests
// rule out.
func Default() *Ontology {
	defaultCache.once.Do(func() {
		defaultCache.ont, defaultCache.err = Parse(EmbeddedSources())
	})
	if defaultCache.err != nil {
		panic("cameo: embedded data: " + defaultCache.err.Error())
	}
	return defaultCache.ont
}
