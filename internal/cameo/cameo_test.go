package cameo

import (
	"errors"
	"strings"
	"testing"
)

func TestCodebookCount(t *testing.T) {
	// Counts from the CAMEO 1.1b3 codebook (March 2012): the number of 3- and
	// 4-digit codes under each of the 20 cue categories.
	codebookCounts := map[string]int{
		"01": 10, "02": 27, "03": 28, "04": 7, "05": 8, "06": 5, "07": 6, "08": 25, "09": 5, "10": 27,
		"11": 12, "12": 26, "13": 22, "14": 26, "15": 6, "16": 13, "17": 13, "18": 14, "19": 9, "20": 7,
	}
	o := Default()
	total := 0
	perRoot := map[string]int{}
	for _, e := range o.Events() {
		if !e.IsRoot() {
			perRoot[e.Root]++
		}
	}
	for root, want := range codebookCounts {
		total += want
		if got := perRoot[root]; got != want {
			t.Errorf("root %s: %d sub-codes, codebook has %d", root, got, want)
		}
	}
	if got, want := len(o.Events()), total+20; got != want || want != 316 {
		t.Errorf("%d codes, want %d (codebook 1.1b3: 316)", got, want)
	}
	if n := len(o.Roots()); n != 20 {
		t.Errorf("%d roots, want 20", n)
	}
}

func TestEveryRootHasChildrenAndEveryCodeItsAncestors(t *testing.T) {
	o := Default()
	for _, r := range o.Roots() {
		if len(o.Children(r.Code)) == 0 {
			t.Errorf("root %s has no children", r.Code)
		}
	}
	for _, e := range o.Events() {
		root, ok := o.Event(e.Root)
		if !ok || !root.IsRoot() {
			t.Errorf("%s: root %s missing", e.Code, e.Root)
		}
		if e.Level() > 2 {
			p, ok := o.Parent(e.Code)
			if !ok || p.Code != e.Code[:len(e.Code)-1] {
				t.Errorf("%s: parent lookup gave %q, %v", e.Code, p.Code, ok)
			}
			found := false
			for _, c := range o.Children(p.Code) {
				found = found || c.Code == e.Code
			}
			if !found {
				t.Errorf("%s not among the children of %s", e.Code, p.Code)
			}
		}
	}
}

func TestScoresClassesAndPlover(t *testing.T) {
	o := Default()
	for _, e := range o.Events() {
		if e.Goldstein < -10 || e.Goldstein > 10 {
			t.Errorf("%s: Goldstein %v out of range", e.Code, e.Goldstein)
		}
		want, _ := QuadClassOfRoot(e.Root)
		if e.QuadClass != want {
			t.Errorf("%s: QuadClass %v, root %s gives %v", e.Code, e.QuadClass, e.Root, want)
		}
		pt, ok := o.Plover(e.PloverType)
		if !ok {
			t.Errorf("%s: no PLOVER type (%q)", e.Code, e.PloverType)
			continue
		}
		if e.PloverMode != "" {
			ok := false
			for _, m := range pt.Modes {
				ok = ok || m == e.PloverMode
			}
			if !ok {
				t.Errorf("%s: mode %q not a %s mode", e.Code, e.PloverMode, e.PloverType)
			}
		}
		for _, c := range e.Contexts() {
			if !o.IsPloverContext(c) {
				t.Errorf("%s: unknown context %q", e.Code, c)
			}
		}
		if e.Name == "" || e.Description == "" {
			t.Errorf("%s: empty name or description", e.Code)
		}
		if e.PloverDropped() != (e.PloverBasis == BasisHerald && (e.Root == "01" || e.Root == "02")) {
			t.Errorf("%s: PloverDropped %v inconsistent with basis %s", e.Code, e.PloverDropped(), e.PloverBasis)
		}
	}
	if n := len(o.PloverTypes()); n != 16 {
		t.Errorf("%d PLOVER types, want 16", n)
	}
}

func TestKnownValues(t *testing.T) {
	o := Default()
	cases := []struct {
		code, name string
		gold       float64
		quad       QuadClass
		plover     string
		mode       string
	}{
		{"010", "Make statement", 0.0, VerbalCooperation, "CONSULT", ""},
		{"020", "Make an appeal or request", 3.0, VerbalCooperation, "REQUEST", ""},
		{"036", "Express intent to meet or negotiate", 4.0, VerbalCooperation, "AGREE", ""},
		{"042", "Make a visit", 1.9, VerbalCooperation, "CONSULT", "visit"},
		{"043", "Host a visit", 2.8, VerbalCooperation, "CONSULT", "visit"},
		{"057", "Sign formal agreement", 8.0, VerbalCooperation, "SUPPORT", ""},
		{"064", "Share intelligence or information", 7.0, MaterialCooperation, "COOPERATE", ""},
		{"0874", "Retreat or surrender militarily", 10.0, MaterialCooperation, "RETREAT", "disarm"},
		{"09", "INVESTIGATE", -2.0, VerbalConflict, "ACCUSE", "investigate"},
		{"1041", "Demand change in leadership", -5.0, VerbalConflict, "REQUEST", "change"},
		{"130", "Threaten", -4.4, VerbalConflict, "THREATEN", ""},
		{"138", "Threaten with military force", -7.0, VerbalConflict, "THREATEN", "violence"},
		{"145", "Protest violently, riot", -7.5, MaterialConflict, "PROTEST", "riot"},
		{"173", "Arrest, detain, or charge with legal action", -5.0, MaterialConflict, "COERCE", "arrest"},
		{"1823", "Kill by physical assault", -10.0, MaterialConflict, "ASSAULT", "beat"},
		{"1834", "Carry out location bombing", -10.0, MaterialConflict, "ASSAULT", "explosives"},
		{"190", "Use conventional military force", -10.0, MaterialConflict, "ASSAULT", ""},
		{"195", "Employ aerial weapons", -10.0, MaterialConflict, "ASSAULT", "aerial"},
		{"2042", "Detonate nuclear weapons", -10.0, MaterialConflict, "ASSAULT", "unconventional"},
	}
	for _, c := range cases {
		e, ok := o.Event(c.code)
		if !ok {
			t.Errorf("%s missing", c.code)
			continue
		}
		if e.Name != c.name || e.Goldstein != c.gold || e.QuadClass != c.quad || e.PloverType != c.plover || e.PloverMode != c.mode {
			t.Errorf("%s = %+v, want name %q gold %v quad %v plover %s/%s", c.code, e, c.name, c.gold, c.quad, c.plover, c.mode)
		}
	}
	// "10" is the root DEMAND, never a mis-typed "010".
	if e, _ := o.Event("10"); e.Name != "DEMAND" {
		t.Errorf(`Event("10") = %q, want DEMAND`, e.Name)
	}
}

func TestCodeHelpers(t *testing.T) {
	for _, c := range []struct {
		code, root, parent string
		ok                 bool
	}{
		{"01", "01", "", true}, {"010", "01", "01", true}, {"1041", "10", "104", true}, {"20", "20", "", true},
		{"21", "", "", false}, {"00", "", "", false}, {"1", "", "", false}, {"10412", "", "", false}, {"04a", "", "", false}, {"---", "", "", false},
	} {
		r, ok := Root(c.code)
		if ok != c.ok || r != c.root {
			t.Errorf("Root(%q) = %q, %v", c.code, r, ok)
		}
		p, _ := ParentCode(c.code)
		if p != c.parent {
			t.Errorf("ParentCode(%q) = %q, want %q", c.code, p, c.parent)
		}
		if WellFormed(c.code) != c.ok {
			t.Errorf("WellFormed(%q) != %v", c.code, c.ok)
		}
	}
	got := SplitCompound("[042:043]")
	if strings.Join(got, ",") != "042,043" {
		t.Errorf("SplitCompound = %v", got)
	}
	if got := SplitCompound(":190"); len(got) != 1 || got[0] != "190" {
		t.Errorf("SplitCompound(:190) = %v", got)
	}
}

func TestLookupAndResolve(t *testing.T) {
	o := Default()
	evs, err := o.Lookup("042:043")
	if err != nil || len(evs) != 2 || evs[0].Code != "042" || evs[1].Code != "043" {
		t.Fatalf("Lookup(042:043) = %v, %v", evs, err)
	}
	if _, err := o.Lookup("---"); !errors.Is(err, ErrNoEvent) {
		t.Errorf("Lookup(---) err = %v, want ErrNoEvent", err)
	}
	if _, err := o.Lookup(""); !errors.Is(err, ErrNoEvent) {
		t.Errorf("Lookup(\"\") err = %v", err)
	}
	if _, err := o.Lookup("042:999"); err == nil {
		t.Error("Lookup(042:999) succeeded")
	}
	// ICEWS/PETRARCH use 1213, which the 1.1b3 codebook lacks: falls back to 121.
	if o.Valid("1213") {
		t.Error("1213 should not be a codebook code")
	}
	if e, ok := o.Resolve("1213"); !ok || e.Code != "121" {
		t.Errorf("Resolve(1213) = %s, %v", e.Code, ok)
	}
	if e, ok := o.Resolve("0459"); !ok || e.Code != "045" {
		t.Errorf("Resolve(0459) = %s, %v", e.Code, ok)
	}
	if _, ok := o.Resolve("99"); ok {
		t.Error("Resolve(99) succeeded")
	}
	if !o.Valid(" 042 ") || o.Valid("042:043") {
		t.Error("Valid trimming / compound handling wrong")
	}
}

func TestReturnedValuesAreCopies(t *testing.T) {
	o := Default()
	evs := o.Events()
	evs[0].Name = "changed"
	if e, _ := o.Event(evs[0].Code); e.Name == "changed" {
		t.Error("Events exposes internal state")
	}
	pt, _ := o.Plover("ASSAULT")
	pt.Modes[0] = "changed"
	if pt2, _ := o.Plover("ASSAULT"); pt2.Modes[0] == "changed" {
		t.Error("Plover exposes internal state")
	}
	if Default() != o {
		t.Error("Default is not cached")
	}
}

func TestParseActor(t *testing.T) {
	cases := []struct {
		code  string
		kinds []PartKind
		names []string
	}{
		{"IRNMIL", []PartKind{KindCountry, KindRole}, []string{"Iran", "Military"}},
		{"USAGOV", []PartKind{KindCountry, KindRole}, []string{"United States", "Government"}},
		{"IGOUNO", []PartKind{KindInternational, KindOrganization}, []string{"Inter-governmental organization", "United Nations"}},
		{"NGOHRIAMN", []PartKind{KindInternational, KindRole, KindOrganization}, []string{"Non-governmental organization", "Human rights", "Amnesty International"}},
		{"IMGMOSALQ", []PartKind{KindInternational, KindReligion, KindOrganization}, nil},
		{"IGOWSTNAT", []PartKind{KindInternational, KindRegion, KindOrganization}, nil},
		{"ISRGOVPTY", []PartKind{KindCountry, KindRole, KindRole}, nil},
		{"LBNMOSDRZ", []PartKind{KindCountry, KindReligion, KindReligion}, []string{"Lebanon", "Muslim", "Druze"}},
		{"HRVSER", []PartKind{KindCountry, KindEthnic}, []string{"Croatia", "Serbs"}},
		{"IRQkur", []PartKind{KindCountry, KindEthnic}, []string{"Iraq", "Kurds"}},
		{"---GOV", []PartKind{KindCountry, KindRole}, nil},
		{"MEA", []PartKind{KindRegion}, []string{"Middle East"}},
		{"ROMGOV", []PartKind{KindCountry, KindRole}, []string{"Romania", "Government"}},
		{"usagov", []PartKind{KindCountry, KindRole}, []string{"United States", "Government"}},
		// SHN is Saint Helena first and Shinto after a state.
		{"SHN", []PartKind{KindCountry}, []string{"Saint Helena, Ascension and Tristan da Cunha"}},
		{"JPNSHN", []PartKind{KindCountry, KindReligion}, []string{"Japan", "Shinto"}},
		{"IMGSEAMUSJMA", []PartKind{KindInternational, KindRegion, KindReligion, KindOrganization}, []string{"International militarized group", "Southeast Asia", "Muslim (Phoenix spelling of MOS)", "Jemaah Islamiyah"}},
		{"MUS", []PartKind{KindCountry}, []string{"Mauritius"}},
	}
	for _, c := range cases {
		a, err := ParseActor(c.code)
		if err != nil {
			t.Errorf("ParseActor(%q): %v", c.code, err)
			continue
		}
		if len(a.Parts) != len(c.kinds) {
			t.Errorf("ParseActor(%q): %d parts, want %d", c.code, len(a.Parts), len(c.kinds))
			continue
		}
		for i, p := range a.Parts {
			if p.Kind != c.kinds[i] {
				t.Errorf("ParseActor(%q) part %d %s: kind %s, want %s", c.code, i, p.Code, p.Kind, c.kinds[i])
			}
			if c.names != nil && p.Name != c.names[i] {
				t.Errorf("ParseActor(%q) part %d: name %q, want %q", c.code, i, p.Name, c.names[i])
			}
		}
	}
	a, _ := ParseActor("IRNMIL")
	if a.Country() != "IRN" || strings.Join(a.Roles(), ",") != "MIL" || a.Name() != "Iran / Military" {
		t.Errorf("IRNMIL accessors: %q %v %q", a.Country(), a.Roles(), a.Name())
	}
	if a, _ := ParseActor("---GOV"); a.Country() != "" {
		t.Errorf("---GOV country = %q", a.Country())
	}
}

func TestParseActorErrors(t *testing.T) {
	for _, c := range []struct {
		code  string
		index int
	}{
		{"", -1}, {"USAG", -1}, {"QQQ", 0}, {"USAXYZ", 1}, {"USAGOV---", 2}, {"Usa", 0},
	} {
		a, err := ParseActor(c.code)
		var ae *ActorError
		if !errors.As(err, &ae) {
			t.Errorf("ParseActor(%q) err = %v, want *ActorError", c.code, err)
			continue
		}
		if ae.Index != c.index {
			t.Errorf("ParseActor(%q) error index %d, want %d (%v)", c.code, ae.Index, c.index, err)
		}
		if c.index >= 0 && a.Parts[c.index].Kind != KindUnknown {
			t.Errorf("ParseActor(%q) part %d kind %s, want unknown", c.code, c.index, a.Parts[c.index].Kind)
		}
	}
	// The known parts survive an error.
	a, _ := ParseActor("USAXYZ")
	if a.Country() != "USA" {
		t.Errorf("partial parse lost the country: %+v", a)
	}
}

func TestActorTables(t *testing.T) {
	o := Default()
	count := func(k PartKind, tag string) int {
		n := 0
		for _, p := range o.ActorParts(k) {
			if tag == "" || p.Tag == tag {
				n++
			}
		}
		return n
	}
	if n := count(KindCountry, "iso"); n != 249 {
		t.Errorf("%d ISO 3166-1 states, want 249", n)
	}
	for _, code := range []string{"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL", "REF", "ELI", "HLH", "LAB", "LEG", "AGR", "DEV", "ENV", "MOD", "RAD", "UAF", "INS", "SEP", "HRI"} {
		if p, ok := o.ActorPart(code, false); !ok || p.Kind != KindRole {
			t.Errorf("role %s: %+v %v", code, p, ok)
		}
	}
	for _, code := range []string{"CHR", "CTH", "MOS", "SHI", "SUN", "JEW", "HIN", "BUD"} {
		if p, ok := o.ActorPart(code, false); !ok || p.Kind != KindReligion {
			t.Errorf("religion %s: %+v %v", code, p, ok)
		}
	}
	for _, code := range []string{"IGO", "NGO", "MNC", "IMG", "NGM", "UIS", "INT"} {
		if p, ok := o.ActorPart(code, true); !ok || p.Kind != KindInternational {
			t.Errorf("international %s: %+v %v", code, p, ok)
		}
	}
	for _, code := range []string{"EUR", "AFR", "ASA", "MEA", "WSB", "BLK"} {
		if p, ok := o.ActorPart(code, true); !ok || p.Kind != KindRegion {
			t.Errorf("region %s: %+v %v", code, p, ok)
		}
	}
}

// Minimal valid sources, for loader tests.
const (
	miniPlover = "type\tAGREE\t1\t-\ntype\tASSAULT\t4\tbeat,firearms\ncontext\tmilitary\n"
	miniEvents = "# header\n03\tEXPRESS INTENT TO COOPERATE\t4.0\t1\tAGREE\t-\t-\tspec\tx\n" +
		"030\tExpress intent to cooperate\t4.0\t1\tAGREE\t-\tmilitary\tspec\tx\n"
	miniActors = "USA\tcountry\tiso\tUnited States\nGOV\trole\tprimary\tGovernment\n"
)

func mini() Sources {
	return Sources{Events: []byte(miniEvents), Actors: []byte(miniActors), Plover: []byte(miniPlover)}
}

func TestParseMini(t *testing.T) {
	o, err := Parse(mini())
	if err != nil {
		t.Fatal(err)
	}
	if len(o.Events()) != 2 || !o.Valid("030") {
		t.Errorf("mini ontology: %v", o.Events())
	}
	if a, err := o.ParseActor("USAGOV"); err != nil || a.Name() != "United States / Government" {
		t.Errorf("mini actor: %v %v", a, err)
	}
}

func TestParseErrorsCarryLineNumbers(t *testing.T) {
	cases := []struct {
		name  string
		edit  func(*Sources)
		file  string
		line  int
		inMsg string
	}{
		{"too few fields", func(s *Sources) { s.Events = append(s.Events, "031\tName\t5.2\t1\tAGREE\n"...) }, EventsFile, 4, "fields"},
		{"bad goldstein", func(s *Sources) { s.Events = append(s.Events, "031\tName\tabc\t1\tAGREE\t-\t-\tspec\tx\n"...) }, EventsFile, 4, "Goldstein"},
		{"goldstein range", func(s *Sources) { s.Events = append(s.Events, "031\tName\t11\t1\tAGREE\t-\t-\tspec\tx\n"...) }, EventsFile, 4, "Goldstein"},
		{"quad mismatch", func(s *Sources) { s.Events = append(s.Events, "031\tName\t5.2\t3\tAGREE\t-\t-\tspec\tx\n"...) }, EventsFile, 4, "QuadClass"},
		{"orphan", func(s *Sources) { s.Events = append(s.Events, "0411\tName\t1\t1\tAGREE\t-\t-\tspec\tx\n"...) }, EventsFile, 4, "parent"},
		{"duplicate", func(s *Sources) { s.Events = append(s.Events, "030\tName\t4\t1\tAGREE\t-\t-\tspec\tx\n"...) }, EventsFile, 4, "duplicate"},
		{"bad code", func(s *Sources) { s.Events = append(s.Events, "21\tName\t4\t1\tAGREE\t-\t-\tspec\tx\n"...) }, EventsFile, 4, "malformed"},
		{"plover type", func(s *Sources) { s.Events = append(s.Events, "031\tName\t4\t1\tDISCUSS\t-\t-\tspec\tx\n"...) }, EventsFile, 4, "PLOVER type"},
		{"plover mode", func(s *Sources) { s.Events = append(s.Events, "031\tName\t4\t1\tAGREE\tbeat\t-\tspec\tx\n"...) }, EventsFile, 4, "mode"},
		{"plover context", func(s *Sources) { s.Events = append(s.Events, "031\tName\t4\t1\tAGREE\t-\tnaval\tspec\tx\n"...) }, EventsFile, 4, "context"},
		{"basis", func(s *Sources) { s.Events = append(s.Events, "031\tName\t4\t1\tAGREE\t-\t-\tguess\tx\n"...) }, EventsFile, 4, "basis"},
		{"actor kind", func(s *Sources) { s.Actors = append(s.Actors, "\n# c\nMIL\tarmy\tprimary\tMilitary\n"...) }, ActorsFile, 5, "kind"},
		{"actor code", func(s *Sources) { s.Actors = append(s.Actors, "MILI\trole\tprimary\tMilitary\n"...) }, ActorsFile, 3, "upper-case"},
		{"actor dup", func(s *Sources) { s.Actors = append(s.Actors, "GOV\trole\tprimary\tGovt\n"...) }, ActorsFile, 3, "duplicate"},
		{"lower non-ethnic", func(s *Sources) { s.Actors = append(s.Actors, "gov\trole\tprimary\tGovt\n"...) }, ActorsFile, 3, "upper-case"},
		{"plover record", func(s *Sources) { s.Plover = append(s.Plover, "mode\tx\n"...) }, PloverFile, 4, "unknown record"},
		{"plover quad", func(s *Sources) { s.Plover = append(s.Plover, "type\tAID\t7\t-\n"...) }, PloverFile, 4, "quad"},
		{"empty events", func(s *Sources) { s.Events = nil }, EventsFile, 0, "empty"},
	}
	for _, c := range cases {
		src := mini()
		c.edit(&src)
		_, err := Parse(src)
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Errorf("%s: err = %v, want *ParseError", c.name, err)
			continue
		}
		if pe.File != c.file || pe.Line != c.line || !strings.Contains(pe.Msg, c.inMsg) {
			t.Errorf("%s: got %v, want %s:%d containing %q", c.name, err, c.file, c.line, c.inMsg)
		}
	}
}

func TestQuadClassOfRoot(t *testing.T) {
	want := map[string]QuadClass{"01": 1, "05": 1, "06": 2, "08": 2, "09": 3, "13": 3, "14": 4, "20": 4}
	for r, q := range want {
		if got, ok := QuadClassOfRoot(r); !ok || got != q {
			t.Errorf("QuadClassOfRoot(%s) = %v, %v", r, got, ok)
		}
	}
	for _, bad := range []string{"00", "21", "010", "x"} {
		if _, ok := QuadClassOfRoot(bad); ok {
			t.Errorf("QuadClassOfRoot(%q) ok", bad)
		}
	}
	if VerbalConflict.String() != "verbal conflict" {
		t.Error(VerbalConflict.String())
	}
}
