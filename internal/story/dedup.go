package story

import (
	"hash/fnv"
	"strings"
	"unicode"
)

// DedupOptions configure near-duplicate detection.
type DedupOptions struct {
	// Threshold is the least estimated Jaccard similarity of two stories'
	// word shingles for them to be duplicates. 0 means 0.5.
	Threshold float64
	// Shingle is the shingle length in words. 0 means 4.
	Shingle int
}

const (
	minhashBands = 16
	minhashRows  = 4
	minhashSize  = minhashBands * minhashRows
)

// Deduper clusters near-duplicate stories (the same wire story on many
// sites) by MinHash signatures of word shingles, with locality-sensitive
// hashing to find candidates. Stories are added one at a time; each is
// put in the cluster of the most similar earlier story, or starts a new
// one. Memory is a 512-byte signature per story.
type Deduper struct {
	threshold float64
	k         int
	seeds     [minhashSize][2]uint64
	sigs      [][minhashSize]uint64
	clusters  []string // cluster ID of each added story
	bands     [minhashBands]map[uint64][]int
}

// NewDeduper returns an empty deduper.
func NewDeduper(o DedupOptions) *Deduper {
	d := &Deduper{threshold: o.Threshold, k: o.Shingle}
	if d.threshold <= 0 {
		d.threshold = 0.5
	}
	if d.k <= 0 {
		d.k = 4
	}
	x := uint64(0x9E3779B97F4A7C15)
	for i := range d.seeds {
		d.seeds[i] = [2]uint64{splitmix(&x) | 1, splitmix(&x)}
	}
	for i := range d.bands {
		d.bands[i] = map[uint64][]int{}
	}
	return d
}

func splitmix(x *uint64) uint64 {
	*x += 0x9E3779B97F4A7C15
	z := *x
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

// signature computes the MinHash signature of text's word shingles.
func (d *Deduper) signature(text string) ([minhashSize]uint64, bool) {
	var sig [minhashSize]uint64
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	toks := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	})
	if len(toks) == 0 {
		return sig, false
	}
	n := max(1, len(toks)-d.k+1)
	h := fnv.New64a()
	for i := 0; i < n; i++ {
		h.Reset()
		for _, t := range toks[i:min(i+d.k, len(toks))] {
			h.Write([]byte(t))
			h.Write([]byte{0})
		}
		v := h.Sum64()
		for j, s := range d.seeds {
			if x := v*s[0] + s[1]; x < sig[j] {
				sig[j] = x
			}
		}
	}
	return sig, true
}

// Similarity estimates the Jaccard similarity of two texts' shingles.
func (d *Deduper) Similarity(a, b string) float64 {
	sa, oka := d.signature(a)
	sb, okb := d.signature(b)
	if !oka || !okb {
		return 0
	}
	return agreement(&sa, &sb)
}

func agreement(a, b *[minhashSize]uint64) float64 {
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / minhashSize
}

// Add puts s in a cluster, setting s.ClusterID and s.DuplicateOf (the
// cluster's first story's ID, empty when s starts a cluster). It returns
// s.DuplicateOf.
func (d *Deduper) Add(s *Story) string {
	idx := len(d.sigs)
	sig, ok := d.signature(s.Title + "\n" + s.Text)
	best, bestSim := -1, 0.0
	if ok {
		tried := map[int]bool{}
		for b := 0; b < minhashBands; b++ {
			key := bandKey(sig[b*minhashRows : (b+1)*minhashRows])
			for _, j := range d.bands[b][key] {
				if tried[j] {
					continue
				}
				tried[j] = true
				if sim := agreement(&sig, &d.sigs[j]); sim >= d.threshold && sim > bestSim {
					best, bestSim = j, sim
				}
			}
			d.bands[b][key] = append(d.bands[b][key], idx)
		}
	}
	d.sigs = append(d.sigs, sig)
	s.DuplicateOf = ""
	if best >= 0 {
		s.ClusterID = d.clusters[best]
		s.DuplicateOf = s.ClusterID
	} else {
		s.ClusterID = s.ID
	}
	d.clusters = append(d.clusters, s.ClusterID)
	return s.DuplicateOf
}

func bandKey(rows []uint64) uint64 {
	var h uint64 = 14695981039346656037
	for _, r := range rows {
		h ^= r
		h *= 1099511628211
	}
	return h
}

// Dedup clusters stories, setting their ClusterID and DuplicateOf, and
// returns the clusters as lists of indices into stories, in input order.
func Dedup(stories []*Story, o DedupOptions) [][]int {
	d := NewDeduper(o)
	pos := map[string]int{}
	var out [][]int
	for i, s := range stories {
		d.Add(s)
		c, ok := pos[s.ClusterID]
		if !ok || s.DuplicateOf == "" {
			pos[s.ClusterID] = len(out)
			out = append(out, []int{i})
			continue
		}
		out[c] = append(out[c], i)
	}
	return out
}
