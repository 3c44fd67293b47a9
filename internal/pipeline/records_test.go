package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/herald-events/herald/internal/petrxml"
)

func TestEnvironmentFiles(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"v.txt", "a.txt", "pico.txt"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("# empty\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	file := filepath.Join(dir, "records.xml")
	env := petrxml.Environment{Verbfile: "v.txt", Actorfiles: []string{"a.txt"}, PICOfile: "pico.txt"}
	f, err := EnvironmentFiles(env, file, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Verbs) != 1 || len(f.Actors) != 1 || len(f.PICO) != 1 || !strings.HasSuffix(f.PICO[0], "pico.txt") {
		t.Fatalf("files %+v", f)
	}
	// A PICO file the records name but that is not there is an error, not
	// a silent change of how negation and combination are coded.
	env.PICOfile = "missing-pico.txt"
	if _, err := EnvironmentFiles(env, file, ""); err == nil || !strings.Contains(err.Error(), `"missing-pico.txt" named in <Environment> not found`) {
		t.Errorf("missing PICO: %v", err)
	}
	// Unnamed, it is optional.
	env.PICOfile = ""
	if _, err := EnvironmentFiles(env, file, ""); err != nil {
		t.Errorf("no PICO named: %v", err)
	}
}
