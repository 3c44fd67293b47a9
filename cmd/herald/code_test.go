package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/herald-events/herald/internal/sharedtest"
)

func runHeraldIn(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &cliEnv{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb,
		logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	code := run(context.Background(), env, args)
	return code, out.String(), errb.String()
}

// TestCodeStdinBuiltins is the README's run command: a story on standard
// input, the built-in dictionaries, herald's own analysis.
func TestCodeStdinBuiltins(t *testing.T) {
	story := "Iran's foreign minister accused the United States of war crimes on Monday.\n\n" +
		"He also warned Washington against new sanctions.\n"
	code, out, errs := runHeraldIn(t, story, "code", "--date", "2021-01-05")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	evs := decodeStories(t, out)
	if len(evs) == 0 {
		t.Fatalf("no events; stderr: %s", errs)
	}
	first := evs[0]
	for _, f := range []string{"id", "story_id", "story_title", "sentence_id", "source", "target", "code", "root", "quad_class", "goldstein", "plover_type", "event_date", "story_date", "evidence"} {
		if _, ok := first[f]; !ok {
			t.Errorf("event lacks field %q", f)
		}
	}
	if first["source"] != "IRNGOV" || first["target"] != "USA" || !strings.HasPrefix(first["code"].(string), "112") {
		t.Errorf("first event %v %v %v", first["source"], first["target"], first["code"])
	}
	if first["event_date"] != "2021-01-04" || first["story_date"] != "2021-01-05" {
		t.Errorf("dates %v %v", first["event_date"], first["story_date"])
	}
	ev := first["evidence"].(map[string]any)
	sent := ev["sentence"].(string)
	for _, part := range []string{"source", "verb", "target"} {
		sp := ev[part].(map[string]any)
		s, e := int(sp["start"].(float64)), int(sp["end"].(float64))
		if s < 0 || e > len(sent) || sent[s:e] != sp["text"] {
			t.Errorf("%s span %d-%d does not cut %q out of the sentence", part, s, e, sp["text"])
		}
	}
	if ev["verb"].(map[string]any)["text"] != "accused" {
		t.Errorf("verb %v", ev["verb"])
	}
	// The second sentence's "He" is the minister.
	resolved := false
	for _, e := range evs[1:] {
		if r, ok := e["evidence"].(map[string]any)["source_resolved"]; ok && e["source"] == "IRNGOV" {
			resolved = r != nil
		}
	}
	if !resolved {
		t.Errorf("pronoun not resolved: %v", evs)
	}
}

func TestCodeGDELTAndMerge(t *testing.T) {
	dir := t.TempDir()
	story := "Russia accused Ukraine of shelling a border village on Monday."
	lines := ""
	for i, src := range []string{"wire-a", "wire-b", "wire-c"} {
		b, _ := json.Marshal(map[string]string{"id": "s" + string(rune('1'+i)), "source": src, "date": "2024-05-07", "title": "Shelling", "text": story})
		lines += string(b) + "\n"
	}
	in := filepath.Join(dir, "stories.jsonl")
	if err := os.WriteFile(in, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runHeraldIn(t, "", "code", "--format", "gdelt", in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	rows := strings.Split(strings.TrimSpace(out), "\n")
	if len(rows) != 1 {
		t.Fatalf("want one merged row for three copies of one story, got %d:\n%s", len(rows), out)
	}
	cols := strings.Split(rows[0], "\t")
	if len(cols) != 61 {
		t.Fatalf("%d columns, want GDELT's 61", len(cols))
	}
	if cols[1] != "20240506" || cols[5] != "RUS" || cols[15] != "UKR" || cols[28] != "11" || cols[31] != "3" || cols[32] != "3" || cols[33] != "3" {
		t.Errorf("row %q", cols)
	}
}

func TestCodeAndEvalRecords(t *testing.T) {
	file := sharedtest.Path(t, "petrarch2", "PETR.UnitTest.records.dev.xml")
	code, out, errs := runHeraldIn(t, "", "eval", file, "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	var sum map[string]any
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &sum); err != nil {
		t.Fatalf("last line is not JSON: %v", err)
	}
	for _, k := range []string{"records", "records_exact", "gold_events", "found_events", "correct_events"} {
		if _, ok := sum[k]; !ok {
			t.Errorf("summary lacks %q", k)
		}
	}
	if sum["records"].(float64) != 196 || sum["records_exact"].(float64) < 180 {
		t.Errorf("summary %v", sum)
	}
	if !strings.Contains(out, "FAIL COMPOUND-35") {
		t.Error("failing records are not listed")
	}
	code, out, errs = runHeraldIn(t, "", "code", file)
	if code != 0 {
		t.Fatalf("code exit %d: %s", code, errs)
	}
	evs := decodeStories(t, out)
	if len(evs) < 200 || evs[0]["sentence_id"] != "DEMO-00" || evs[0]["code"] != "064" {
		t.Errorf("%d events, first %v", len(evs), evs[0])
	}
	// From the records' text, analysed by herald, with the built-in
	// dictionaries instead of those the file names: every event is
	// coded from text and from built-in entries.
	code, out, errs = runHeraldIn(t, "", "code", "--input", "text", "--builtin", file)
	if code != 0 {
		t.Fatalf("code --input text --builtin exit %d: %s", code, errs)
	}
	evs = decodeStories(t, out)
	if len(evs) == 0 {
		t.Fatal("no events from text with the built-ins")
	}
	for _, e := range evs {
		ev := e["evidence"].(map[string]any)
		if ev["input"] != "text" || !strings.HasPrefix(ev["pattern_at"].(string), "builtin/") && ev["pattern_at"] != "" {
			t.Errorf("event not from text and built-ins: %v", e)
			break
		}
	}
}

func TestCodeUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"code", "--format", "xml"},
		{"code", "--only"},
		{"code", "--date", "May 5"},
		{"eval"},
		{"eval", "--input", "latin", "x.xml"},
	} {
		if code, _, _ := runHeraldIn(t, "", args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	if code, _, errs := runHeraldIn(t, "", "code", "/nonexistent/file.txt"); code != 1 || !strings.Contains(errs, "nonexistent") {
		t.Errorf("missing file: exit %d %q", code, errs)
	}
}

// The seed page's first article (early January 2021) codes with the
// built-ins to what a reader would say happened: the Quds Force commander
// threatens the United States, Iran accuses Israel over the scientist's
// assassination, and no statement is coded as made to the speaker's own
// country.
func TestSeedPageEvents(t *testing.T) {
	page := sharedtest.Path(t, "raw-news", "scraped-news-two-articles.txt")
	code, out, errs := runHeraldIn(t, "", "code", "--date", "2021-01-05", page)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	evs := decodeStories(t, out)
	has := func(src, tgt, root string) bool {
		for _, e := range evs {
			if e["source"] == src && e["target"] == tgt && e["root"] == root {
				return true
			}
		}
		return false
	}
	if !has("IRNMIL", "USA", "13") {
		t.Error("no threat of the Quds Force against the United States")
	}
	if !has("IRN", "ISR", "11") {
		t.Error("no accusation of Israel by Iran")
	}
	for _, e := range evs {
		src, tgt := e["source"].(string), e["target"].(string)
		if e["root"] == "01" && len(src) > 3 && src[:3] == tgt {
			t.Errorf("statement to the speaker's own country: %v %v %v", src, tgt, e["code"])
		}
	}
}
