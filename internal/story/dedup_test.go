package story

import (
	"fmt"
	"strings"
	"testing"
)

// wire is a story we wrote for these tests.
const wire = `The foreign ministers of Atlantis and Lemuria met in the port city of Nerida on Tuesday to discuss the disputed maritime border, officials from both governments said.

The talks lasted more than six hours and ended with a joint statement calling for calm along the frontier, where fishing boats from both countries have clashed twice this year.

Both sides agreed to set up a commission of experts who will map the seabed and report back to the two governments within three months, according to the statement.

Opposition leaders in Lemuria criticised the agreement, saying it gave away too much, and called for protests in the capital at the weekend.`

const other = `Heavy rain caused flooding across the northern provinces on Wednesday, forcing thousands of families to leave their homes, the national disaster agency said.

Rescue teams used boats to reach villages cut off by the water, and the army opened schools and sports halls as temporary shelters.

The agency said at least four people had died and that more rain was expected over the coming days, warning residents near rivers to stay alert.`

func TestDedupClustersWireCopies(t *testing.T) {
	edited := strings.Replace(wire, "officials from both governments said", "the two governments said in statements", 1)
	edited = "NERIDA (Wire) - " + edited + "\n\nAdditional reporting by staff."
	trimmed := wire[:strings.LastIndex(wire, "\n\n")] // one paragraph cut
	stories := []*Story{
		{ID: "site-a/1", Title: "Atlantis and Lemuria agree border commission", Text: wire},
		{ID: "site-b/7", Title: "Flooding forces thousands from homes", Text: other},
		{ID: "site-c/3", Title: "Border talks end in joint statement", Text: edited},
		{ID: "site-d/9", Title: "Atlantis, Lemuria set up commission", Text: trimmed},
		{ID: "site-e/2", Title: "Floods in the north", Text: strings.ToUpper(other[:1]) + other[1:]},
		{ID: "site-f/5", Title: "Unrelated", Text: "The central bank left interest rates unchanged on Thursday and said inflation was slowing faster than expected across the economy."},
	}
	clusters := Dedup(stories, DedupOptions{})
	got := fmt.Sprint(clusters)
	if want := "[[0 2 3] [1 4] [5]]"; got != want {
		t.Fatalf("clusters %s, want %s", got, want)
	}
	if stories[2].DuplicateOf != "site-a/1" || stories[0].DuplicateOf != "" || stories[0].ClusterID != "site-a/1" || stories[4].ClusterID != "site-b/7" {
		t.Fatalf("ids: %+v", []string{stories[2].DuplicateOf, stories[0].ClusterID, stories[4].ClusterID})
	}
	d := NewDeduper(DedupOptions{})
	if s := d.Similarity(wire, other); s > 0.1 {
		t.Errorf("different stories similarity %.2f", s)
	}
	if s := d.Similarity(wire, edited); s < 0.6 {
		t.Errorf("edited copy similarity %.2f", s)
	}
}
