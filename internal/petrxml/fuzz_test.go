package petrxml

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/herald-events/herald/internal/sharedtest"
)

func FuzzRecords(f *testing.F) {
	f.Add(`<Validation><Environment><Verbfile>v.txt</Verbfile><Include>valid A</Include></Environment><Sentences>
<Config option="require_dyad" value="false"></Config>
<Sentence date="20080101" id="A-1" category="A" sentence="true"><EventCoding sourcecode="X" targetcode="Y" eventcode="010"/>
<Text>a & b</Text><Parse>(ROOT (S (NP (NNP A))))</Parse></Sentence><Stop></Stop></Sentences></Validation>`)
	f.Add(`<Sentence id="B" date="1"/><Text>x<Parse>1	x	x	X	X	_	0	root	_	_`)
	if root, ok := sharedtest.Root(); ok {
		for _, p := range []string{"petrarch2/PETR.UnitTest.records.dev.xml", "petrarch2/GigaWord.sample.PETR.xml", "universal-petrarch/PETR2_GSR_validation.dev.xml"} {
			b, err := os.ReadFile(filepath.Join(root, p))
			if err != nil {
				continue
			}
			for off := 0; off < len(b); off += len(b)/6 + 1 {
				f.Add(string(b[off:min(off+4000, len(b))]))
			}
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		rd, err := NewReader(strings.NewReader(s), "fuzz.xml")
		for n := 0; err == nil && n < 10000; n++ {
			var rec *Record
			rec, err = rd.Next()
			if err == nil && rec.ID == "" {
				t.Fatal("record without id")
			}
		}
		if err == nil || errors.Is(err, io.EOF) {
			return
		}
		var e *Error
		if !errors.As(err, &e) || e.File != "fuzz.xml" || e.Line < 1 {
			t.Fatalf("error without file and line: %v", err)
		}
	})
}
