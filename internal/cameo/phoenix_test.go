package cameo

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/herald-events/herald/internal/sharedtest"
)

// TestPhoenixDictionaryCoverage parses every actor code in the Phoenix
// (PETRARCH 2) actor and agent dictionaries, the codes a PETRARCH-style coder
// emits, and requires the grammar to know nearly all of them.
func TestPhoenixDictionaryCoverage(t *testing.T) {
	dir := sharedtest.Path(t, "petrarch2", "dictionaries")
	files := []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt"}
	code := regexp.MustCompile(`\[~?([A-Za-z-]{3,})\]`)
	total, failed := 0, 0
	unknown := map[string]int{}
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range code.FindAllStringSubmatch(string(b), -1) {
			if len(m[1])%3 != 0 {
				continue // a handful of typos in the dictionaries
			}
			total++
			a, err := ParseActor(m[1])
			if err != nil {
				failed++
				for _, p := range a.Parts {
					if p.Kind == KindUnknown {
						unknown[p.Code]++
					}
				}
			}
		}
	}
	if total < 10000 {
		t.Fatalf("only %d codes found; dictionary format changed?", total)
	}
	// The remaining failures are one-off codes (editors' initials such as
	// KKL, private group codes); allow 0.5%.
	if float64(failed) > 0.005*float64(total) {
		t.Errorf("%d of %d dictionary actor codes do not parse; unknown parts: %v", failed, total, unknown)
	}
	t.Logf("%d of %d codes parse; unknown parts: %v", total-failed, total, unknown)
}

// TestISOCountriesMatchGeoNames checks the ISO 3166-1 alpha-3 table against
// the GeoNames country list (GeoNames also lists the withdrawn ANT and SCG
// and the user-assigned XKX, which herald keeps as legacy codes).
func TestISOCountriesMatchGeoNames(t *testing.T) {
	b, err := os.ReadFile(sharedtest.Path(t, "geonames", "countryInfo.txt"))
	if err != nil {
		t.Fatal(err)
	}
	o := Default()
	geo := map[string]bool{}
	for _, line := range regexp.MustCompile(`\r?\n`).Split(string(b), -1) {
		if line == "" || line[0] == '#' {
			continue
		}
		f := regexp.MustCompile(`\t`).Split(line, 3)
		if len(f) < 2 {
			continue
		}
		iso3 := f[1]
		geo[iso3] = true
		p, ok := o.ActorPart(iso3, true)
		if !ok || p.Kind != KindCountry {
			t.Errorf("GeoNames country %s is not a country part (%+v)", iso3, p)
		}
	}
	for _, p := range o.ActorParts(KindCountry) {
		if p.Tag == "iso" && !geo[p.Code] {
			t.Errorf("%s (%s) is tagged iso but not in GeoNames", p.Code, p.Name)
		}
	}
}
