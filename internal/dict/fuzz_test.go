package dict

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/herald-events/herald/internal/sharedtest"
)

// addSharedSeeds adds pieces of the shared dictionaries as seeds, when
// they are there.
func addSharedSeeds(f *testing.F, names ...string) {
	root, ok := sharedtest.Root()
	if !ok {
		return
	}
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join(root, "petrarch2", "dictionaries", n))
		if err != nil {
			continue
		}
		for off := 0; off < len(b); off += len(b)/8 + 1 {
			end := min(off+3000, len(b))
			f.Add(string(b[off:end]))
		}
	}
}

// checkErr fails unless err is nil or a *Error with a file and line.
func checkErr(t *testing.T, err error) {
	t.Helper()
	if err == nil {
		return
	}
	var de *Error
	if !errors.As(err, &de) || de.File == "" || de.Line < 1 {
		t.Fatalf("error without file and line: %v", err)
	}
}

func FuzzVerbs(f *testing.F) {
	f.Add("&SYN\n+A_B\n--- X [010] ---\nX {Y Z}\n+P_Q\n- A * B_&SYN [011]\n~ a (a b Q) SAY = a b Q\n")
	f.Add("--- X ---\n- * [010\n")
	addSharedSeeds(f, "PETR.Validate.verbs.txt", "CAMEO.2.0.txt")
	f.Fuzz(func(t *testing.T, s string) {
		v := NewVerbs()
		checkErr(t, v.Read(strings.NewReader(s), "fuzz.verbs"))
	})
}

func FuzzActors(f *testing.F) {
	f.Add("GONDOR_ [GON]\n+MINAS_TIRITH\n\t[GONGOV 19500101-20010101]\n\t[GONELI >010102]\n")
	f.Add("\t[X <99]\n")
	addSharedSeeds(f, "PETR.Validate.actors.txt", "Phoenix.Countries.actors.txt")
	f.Fuzz(func(t *testing.T, s string) {
		var a Actors
		err := a.Read(strings.NewReader(s), "fuzz.actors")
		checkErr(t, err)
		if err == nil {
			for _, ac := range a.List {
				ac.CodeOn(0)
			}
			a.Index.MatchAt(strings.Fields(strings.ToUpper(s)))
		}
	})
}

func FuzzAgents(f *testing.F) {
	f.Add("!P! = MAN, MEN\nCONGRESS!P! [~LEG]\nX {} [NGO~]\n")
	addSharedSeeds(f, "PETR.Validate.agents.txt", "Phoenix.agents.txt")
	f.Fuzz(func(t *testing.T, s string) {
		var a Agents
		checkErr(t, a.Read(strings.NewReader(s), "fuzz.agents"))
	})
}

func FuzzDiscardsIssues(f *testing.F) {
	f.Add("+A B\nC_\n<ISSUE CATEGORY=\"X\">\nn:war [W]\n~~x\n</ISSUE>\n")
	addSharedSeeds(f, "Phoenix.discards.txt", "Phoenix.IssueCoding.txt")
	f.Fuzz(func(t *testing.T, s string) {
		var d Discards
		if err := d.Read(strings.NewReader(s), "fuzz.discards"); err == nil {
			d.Match(strings.Fields(strings.ToUpper(s)))
		} else {
			checkErr(t, err)
		}
		var is Issues
		if err := is.Read(strings.NewReader(s), "fuzz.issues"); err == nil {
			is.Match(strings.Fields(s))
		} else {
			checkErr(t, err)
		}
	})
}
