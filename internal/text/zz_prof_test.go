package text

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

func BenchmarkZZProf(b *testing.B) {
	a, err := LoadFile(os.Getenv("HM"))
	if err != nil {
		b.Fatal(err)
	}
	raw, _ := os.ReadFile("../../../shared/data/petrarch2/GigaWord.sample.PETR.xml")
	re := regexp.MustCompile(`(?s)<Text>(.*?)</Text>`)
	var texts []string
	for _, m := range re.FindAllStringSubmatch(string(raw), -1) {
		texts = append(texts, strings.TrimSpace(m[1]))
	}
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			n += len(a.Analyze(t))
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sent/s")
}
