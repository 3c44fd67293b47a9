package petrxml

import (
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/herald-events/herald/internal/sharedtest"
)

func TestReadValidationFile(t *testing.T) {
	path := sharedtest.Path(t, "petrarch2", "PETR.UnitTest.records.dev.xml")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	env, recs, err := ReadAll(f, path)
	if err != nil {
		t.Fatal(err)
	}
	if env.Verbfile != "PETR.Validate.verbs.txt" || len(env.Actorfiles) != 1 || env.Agentfile != "PETR.Validate.agents.txt" {
		t.Errorf("environment %+v", env)
	}
	if len(env.Include) == 0 || env.Include[0] != "valid" {
		t.Errorf("include %v", env.Include)
	}
	if len(recs) != 200 {
		t.Errorf("%d records, want 200", len(recs))
	}
	r := recs[0]
	if r.ID != "DEMO-00" || r.Date != "19950101" || len(r.Gold) != 1 || r.Gold[0] != (GoldEvent{"ARN", "GON", "064"}) {
		t.Errorf("first record %+v", r)
	}
	if !strings.HasPrefix(r.Text, "Arnor is about to restore full diplomatic ties") || !strings.HasPrefix(r.Parse, "(ROOT") {
		t.Errorf("text %q parse %.20q", r.Text, r.Parse)
	}
	var noEvents, errs, invalid int
	for _, r := range recs {
		if r.HasGold && len(r.Gold) == 0 && r.GoldError == "" {
			noEvents++
		}
		if r.GoldError != "" {
			errs++
		}
		if !r.Valid {
			invalid++
		}
	}
	if noEvents == 0 || errs != 5 || invalid != 4 {
		t.Errorf("noevents %d, error records %d, sentence=false %d", noEvents, errs, invalid)
	}
}

func TestReadGSRLeniently(t *testing.T) {
	path := sharedtest.Path(t, "universal-petrarch", "PETR2_GSR_validation.dev.xml")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	env, recs, err := ReadAll(f, path)
	if err != nil {
		t.Fatal(err)
	}
	if env.Verbfile != "CAMEO.2.0.txt" || len(env.Actorfiles) != 3 {
		t.Errorf("environment %+v", env)
	}
	if len(recs) != 53 {
		t.Errorf("%d records, want 53", len(recs))
	}
	withGold, conll, noted := 0, 0, 0
	for _, r := range recs {
		if len(r.Gold) > 0 {
			withGold++
		}
		if strings.HasPrefix(r.Parse, "1\t") {
			conll++
		}
		if len(r.Notes) > 0 {
			noted++
		}
	}
	if noted < 40 {
		t.Errorf("only %d records noted as read leniently", noted)
	}
	if withGold < 40 || conll != len(recs) {
		t.Errorf("gold in %d records, CoNLL-U parses in %d", withGold, conll)
	}
}

func TestLenientRecords(t *testing.T) {
	src := `<Sentences>
<Sentence date="20080101" id="A-1" category="X" sentence="true">
<EventCoding sourcecode="USA" targetcode="CHN" eventcode="042"/>
<Text>Rock & roll & more</Text>
<Parse>(ROOT (S (NP (NNP A))))</Parse>
<Sentence date="20080101" id="A-2">
<Text>Missing its closing tags
<Parse>(ROOT (S (NP (NNP B))))
</Sentences>`
	_, recs, err := ReadAll(strings.NewReader(src), "x.xml")
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 {
		t.Fatalf("%d records", len(recs))
	}
	if recs[0].Text != "Rock & roll & more" || len(recs[0].Notes) == 0 {
		t.Errorf("record 1: %+v", recs[0])
	}
	if recs[1].Text != "Missing its closing tags" || recs[1].Parse != "(ROOT (S (NP (NNP B))))" {
		t.Errorf("record 2: text %q parse %q", recs[1].Text, recs[1].Parse)
	}
}

func TestMalformedRecords(t *testing.T) {
	cases := []struct {
		name, src string
		line      int
		record    string
	}{
		{"unquoted attribute", "<Sentences>\n<Sentence id=A-1 date=\"20080101\">\n</Sentence>", 2, ""},
		{"no id", "<Sentences>\n\n<Sentence date=\"20080101\">\n</Sentence>", 3, ""},
		{"unclosed tag", "<Sentences>\n<Sentence id=\"A-1\" date=\"20080101\">\n<Text>hi</Text\n<Parse>", 3, "A-1"},
		{"coding without code", "<Sentences>\n<Sentence id=\"B-2\" date=\"20080101\">\n<EventCoding sourcecode=\"A\" targetcode=\"B\"/>\n</Sentence>", 3, "B-2"},
		{"unclosed comment", "<Sentences>\n<!-- never closed\n", 2, ""},
	}
	for _, tc := range cases {
		rd, err := NewReader(strings.NewReader(tc.src), "bad.xml")
		for err == nil {
			_, err = rd.Next()
		}
		var e *Error
		if !errors.As(err, &e) {
			if errors.Is(err, io.EOF) {
				t.Errorf("%s: no error", tc.name)
			} else {
				t.Errorf("%s: %v is not a *petrxml.Error", tc.name, err)
			}
			continue
		}
		if e.File != "bad.xml" || e.Line != tc.line || e.Record != tc.record {
			t.Errorf("%s: %v (line %d record %q), want line %d record %q", tc.name, err, e.Line, e.Record, tc.line, tc.record)
		}
	}
}

func TestStopAndConfig(t *testing.T) {
	src := `<Sentences><Config option="require_dyad" value="false"></Config>
<Sentence id="A" date="20080101"><Text>a</Text></Sentence>
<Stop></Stop>
<Sentence id="B" date="20080101"><Text>b</Text></Sentence></Sentences>`
	_, recs, err := ReadAll(strings.NewReader(src), "x")
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 || recs[0].ID != "A" || len(recs[0].Configs) != 1 || recs[0].Configs[0].Option != "require_dyad" {
		t.Errorf("records %+v", recs)
	}
}

// A coded compound in the gold ("FRO/BIL/SAM") stands for each of its
// codes: one gold event per source and target.
func TestGoldCompoundCodes(t *testing.T) {
	src := `<Sentences>
<Sentence date="19950101" id="C-10" category="COMPOUND" sentence="true">
<EventCoding eventcode="050" sourcecode="FRO/BIL/SAM" targetcode="ELR/GAL" />
<EventCoding eventcode="010" sourcecode="ARN" targetcode="GON" />
<Text>The Shire is about to restore ties with Lorien.</Text>
</Sentence>
</Sentences>`
	_, recs, err := ReadAll(strings.NewReader(src), "x.xml")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, g := range recs[0].Gold {
		got = append(got, g.Source+" "+g.Target+" "+g.Code)
	}
	want := "FRO ELR 050,FRO GAL 050,BIL ELR 050,BIL GAL 050,SAM ELR 050,SAM GAL 050,ARN GON 010"
	if strings.Join(got, ",") != want {
		t.Errorf("gold %v, want %s", got, want)
	}
}
