package dict

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/herald-events/herald/internal/sharedtest"
)

func TestLoadPhoenix(t *testing.T) {
	dir := sharedtest.Path(t, "petrarch2", "dictionaries")
	f, err := FilesInDir(filepath.Dir(dir))
	if err != nil {
		f, err = FilesInDir(dir)
	}
	if err != nil {
		t.Fatal(err)
	}
	s, err := Load(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("files %v", s.Files)
	t.Logf("verb forms %d blocks %d synsets %d actors %d phrases %d agents %d discards %d issues %d warnings %d",
		len(s.Verbs.Forms), len(s.Verbs.Blocks), len(s.Verbs.Synsets), len(s.Actors.List), s.Actors.Index.Len(), len(s.Agents.List), len(s.Discards.List), len(s.Issues.List), len(s.Warnings()))
	for i, w := range s.Warnings() {
		if i > 10 {
			break
		}
		t.Log(w)
	}
}
