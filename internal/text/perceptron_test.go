package text

import (
	"math"
	"math/rand/v2"
	"testing"
	"unsafe"
)

// trainToy trains a perceptron on random feature sets whose class is
// decided by a few of their features, in an order set by seed.
func trainToy(nclass int, seed uint64) *trainer {
	rng := rand.New(rand.NewPCG(seed, 3))
	tr := newTrainer(nclass)
	scores := make([]float64, nclass)
	for i := 0; i < 3000; i++ {
		feats := make([]uint64, 6)
		for k := range feats {
			feats[k] = f1(uint64(k+1), rng.Uint64N(40))
		}
		gold := int(feats[0]%uint64(nclass)+feats[1]%2) % nclass
		clear(scores)
		tr.score(feats, scores)
		pred := 0
		for c := range scores {
			if scores[c] > scores[pred] {
				pred = c
			}
		}
		tr.step(feats, gold, pred)
	}
	return tr
}

// TestFreezeSumAddsScores checks that a merged model scores every feature
// set as the sum of its parts' scores, for the three-class layout and the
// large one.
func TestFreezeSumAddsScores(t *testing.T) {
	for _, nclass := range []int{3, 20} {
		parts := []*trainer{trainToy(nclass, 1), trainToy(nclass, 2), trainToy(nclass, 3)}
		sum := freezeSum(parts, 0, 0)
		single := make([]*sparseModel, len(parts))
		for i, p := range parts {
			single[i] = p.freeze(0, 0)
		}
		rng := rand.New(rand.NewPCG(9, 9))
		for n := 0; n < 200; n++ {
			feats := make([]uint64, 6)
			for k := range feats {
				feats[k] = f1(uint64(k+1), rng.Uint64N(45)) // some never seen
			}
			got, want := scoreAll(sum, feats, nclass), make([]float32, nclass)
			for _, m := range single {
				for c, v := range scoreAll(m, feats, nclass) {
					want[c] += v
				}
			}
			// three-class models keep weights in 16-bit fixed point
			tol := float32(1e-4)
			if nclass <= 3 {
				tol = 0.01
			}
			for c := range want {
				if d := got[c] - want[c]; d > tol || d < -tol {
					t.Fatalf("%d classes: class %d scored %v, parts add to %v", nclass, c, got[c], want[c])
				}
			}
		}
		if sum.numFeatures() < single[0].numFeatures() {
			t.Errorf("%d classes: merged model has %d features, a part %d", nclass, sum.numFeatures(), single[0].numFeatures())
		}
	}
}

// TestFreezeSumOfOneIsFreeze: merging a single trainer changes nothing.
func TestFreezeSumOfOneIsFreeze(t *testing.T) {
	tr := trainToy(20, 5)
	a, b := tr.freeze(0.01, 0.05), freezeSum([]*trainer{tr}, 0.01, 0.05)
	if a.numFeatures() != b.numFeatures() {
		t.Fatalf("%d features, merged %d", a.numFeatures(), b.numFeatures())
	}
	rng := rand.New(rand.NewPCG(4, 4))
	for n := 0; n < 200; n++ {
		feats := []uint64{f1(1, rng.Uint64N(40)), f1(2, rng.Uint64N(40)), f1(3, rng.Uint64N(40))}
		x, y := scoreAll(a, feats, 20), scoreAll(b, feats, 20)
		for c := range x {
			if math.Abs(float64(x[c]-y[c])) > 1e-6 {
				t.Fatalf("class %d: %v and %v", c, x[c], y[c])
			}
		}
	}
}

func scoreAll(m *sparseModel, feats []uint64, nclass int) []float32 {
	if nclass <= 3 {
		var s [3]float32
		m.score3(feats, &s)
		return s[:nclass]
	}
	var s [256]float32
	m.score(feats, &s, nil)
	return s[:nclass]
}

// TestScoreManyFeatures: a feature set longer than one sweep of lookups
// (maxFeats) scores as the sum of its features scored one by one.
func TestScoreManyFeatures(t *testing.T) {
	for _, nclass := range []int{3, 20} {
		m := trainToy(nclass, 4).freeze(0, 0)
		rng := rand.New(rand.NewPCG(5, 5))
		feats := make([]uint64, 3*maxFeats+7)
		for k := range feats {
			feats[k] = f1(uint64(k%6+1), rng.Uint64N(45))
		}
		got, want := scoreAll(m, feats, nclass), make([]float32, nclass)
		for _, f := range feats {
			for c, v := range scoreAll(m, []uint64{f}, nclass) {
				want[c] += v
			}
		}
		for c := range want {
			if d := got[c] - want[c]; d > 0.05 || d < -0.05 {
				t.Fatalf("%d classes: class %d scored %v, features one by one %v", nclass, c, got[c], want[c])
			}
		}
	}
}

// The prefetches address slots by shifting their index: the slot types
// must stay powers of two in size.
func TestSlotSizesArePowersOfTwo(t *testing.T) {
	for _, n := range []uintptr{unsafe.Sizeof(denseSlot{}), unsafe.Sizeof(slot{})} {
		if n&(n-1) != 0 {
			t.Errorf("slot of %d bytes", n)
		}
	}
}
