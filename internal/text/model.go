package text

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"sync"
)

// Model file format: gzip of a little-endian binary stream starting with
// the magic "HERALDM1". Everything is written in a fixed order (sorted map
// keys, table slot order), so the same training input gives the same bytes.

const (
	modelMagic   = "HERALDM2" // written
	modelMagicV1 = "HERALDM1" // read too: no second tagger pass
)

type model struct {
	tagger *tagger
	lemma  *lemmatizer
	parser *parser
}

type mwriter struct {
	w   *bufio.Writer
	err error
}

func (m *mwriter) u64(v uint64) {
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], v)
	m.bytes(b[:])
}

func (m *mwriter) u32(v uint32) {
	var b [4]byte
	binary.LittleEndian.PutUint32(b[:], v)
	m.bytes(b[:])
}

func (m *mwriter) bytes(b []byte) {
	if m.err == nil {
		_, m.err = m.w.Write(b)
	}
}

func (m *mwriter) str(s string) {
	m.u32(uint32(len(s)))
	if m.err == nil {
		_, m.err = m.w.WriteString(s)
	}
}

func (m *mwriter) strs(ss []string) {
	m.u32(uint32(len(ss)))
	for _, s := range ss {
		m.str(s)
	}
}

func (m *mwriter) uvarint(v uint64) {
	var b [binary.MaxVarintLen64]byte
	m.bytes(b[:binary.PutUvarint(b[:], v)])
}

// sparse writes a model as rows sorted by key: key delta, entry count, then
// per entry the class byte and the weight as IEEE half precision.
func (m *mwriter) sparse(sm *sparseModel) {
	if sm.dense3 != nil && sm.keys3 == nil {
		m.err = errors.New("model: a loaded model has no keys to write")
		return
	}
	m.u32(uint32(sm.nclass))
	type row struct {
		key  uint32
		slot int
	}
	rows := make([]row, 0, sm.numFeatures())
	for i := 0; i < sm.numSlots(); i++ {
		if k := sm.keyAt(i); k != 0 {
			rows = append(rows, row{k, i})
		}
	}
	sort.Slice(rows, func(a, b int) bool { return rows[a].key < rows[b].key })
	m.u32(uint32(len(rows)))
	prev := uint32(0)
	var cls []uint8
	var ws []float32
	for _, rw := range rows {
		cls, ws = sm.rowAt(rw.slot, cls, ws)
		m.uvarint(uint64(rw.key - prev))
		prev = rw.key
		m.uvarint(uint64(len(cls)))
		for j := range cls {
			h := toHalf(ws[j])
			m.bytes([]byte{cls[j], byte(h), byte(h >> 8)})
		}
	}
}

// toHalf converts to IEEE 754 binary16 (round to nearest, flush tiny
// values to zero).
func toHalf(f float32) uint16 {
	b := math.Float32bits(f)
	sign := uint16(b>>16) & 0x8000
	exp := int((b>>23)&0xff) - 127 + 15
	mant := b & 0x7fffff
	switch {
	case exp <= 0:
		return sign
	case exp >= 31:
		return sign | 0x7bff // clamp to the largest finite half
	}
	h := uint32(exp)<<10 | mant>>13
	if mant&0x1000 != 0 { // round half up
		h++
	}
	if h >= 0x7c00 {
		h = 0x7bff
	}
	return sign | uint16(h)
}

func fromHalf(h uint16) float32 {
	sign := uint32(h&0x8000) << 16
	exp := uint32(h>>10) & 0x1f
	mant := uint32(h & 0x3ff)
	if exp == 0 {
		return math.Float32frombits(sign) // zero (subnormals are never written)
	}
	return math.Float32frombits(sign | (exp-15+127)<<23 | mant<<13)
}

// writeModel writes the model in the binary format. The format is already
// compact (delta-coded varint keys, half-precision weights); gzip would
// save little and slow loading down, so it is not used.
func writeModel(w io.Writer, md *model) error {
	bw := bufio.NewWriter(w)
	m := &mwriter{w: bw}
	m.bytes([]byte(modelMagic))
	// tagger
	tg := md.tagger
	m.strs(tg.upos)
	m.strs(tg.xpos)
	keys := make([]string, 0, len(tg.dict))
	for k := range tg.dict {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	m.u32(uint32(len(keys)))
	for _, k := range keys {
		m.str(k)
		m.u32(uint32(tg.dict[k]))
	}
	m.sparse(tg.model)
	if tg.second != nil {
		m.u32(1)
		m.sparse(tg.second)
	} else {
		m.u32(0)
	}
	ak := sortedKeys(tg.amb)
	m.u32(uint32(len(ak)))
	for _, k := range ak {
		m.str(k)
		m.u64(tg.amb[k])
		m.str(string(tg.cands[k]))
	}
	// lemmatizer
	ek := sortedKeys(md.lemma.exact)
	m.u32(uint32(len(ek)))
	for _, k := range ek {
		m.str(k)
		m.str(md.lemma.exact[k])
	}
	rk := sortedKeys(md.lemma.rules)
	m.u32(uint32(len(rk)))
	for _, k := range rk {
		r := md.lemma.rules[k]
		m.str(k)
		lo := uint32(0)
		if r.lower {
			lo = 1
		}
		m.u32(lo)
		m.u32(uint32(r.cut))
		m.str(r.add)
	}
	// parser
	m.strs(md.parser.labels)
	m.u32(uint32(md.parser.root + 1))
	m.sparse(md.parser.model)
	m.sparse(md.parser.lmodel)
	lk := make([]uint64, 0, len(md.parser.lcands))
	for k := range md.parser.lcands {
		lk = append(lk, k)
	}
	sort.Slice(lk, func(a, b int) bool { return lk[a] < lk[b] })
	m.u32(uint32(len(lk)))
	for _, k := range lk {
		m.u64(k)
		m.str(string(md.parser.lcands[k]))
	}
	if m.err != nil {
		return m.err
	}
	return bw.Flush()
}

type mreader struct {
	b   []byte
	off int
	err error
}

func (m *mreader) fail() {
	if m.err == nil {
		m.err = fmt.Errorf("model truncated or corrupt at byte %d", m.off)
	}
}

func (m *mreader) take(n int) []byte {
	if m.err != nil || n < 0 || m.off+n > len(m.b) {
		m.fail()
		return nil
	}
	b := m.b[m.off : m.off+n]
	m.off += n
	return b
}

func (m *mreader) u64() uint64 {
	b := m.take(8)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint64(b)
}

func (m *mreader) u32() uint32 {
	b := m.take(4)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint32(b)
}

func (m *mreader) count() int {
	n := int(m.u32())
	if n > len(m.b)-m.off {
		m.fail()
		return 0
	}
	return n
}

func (m *mreader) str() string { return string(m.take(m.count())) }

func (m *mreader) strs() []string {
	n := m.count()
	out := make([]string, 0, n)
	for i := 0; i < n && m.err == nil; i++ {
		out = append(out, m.str())
	}
	return out
}

func (m *mreader) uvarint() uint64 {
	if m.err != nil {
		return 0
	}
	v, n := binary.Uvarint(m.b[m.off:])
	if n <= 0 {
		m.fail()
		return 0
	}
	m.off += n
	return v
}

// sparse reads one model section. It checks every row and notes how
// much room the tables need, but leaves building them to rows.build
// (which the caller runs while the next section is read): the tables are
// filled straight from the file's bytes, with no copy of the rows in
// between, since a model's first touch of fresh memory is most of its
// load time.
func (m *mreader) sparse() *fileRows {
	r := &fileRows{nclass: int(m.u32())}
	if r.nclass <= 0 || r.nclass > 256 {
		m.fail()
		return nil
	}
	r.n = m.count()
	start := m.off
	key := uint32(0)
	for i := 0; i < r.n && m.err == nil; i++ {
		d := m.uvarint()
		if d > math.MaxUint32 || (i > 0 && d == 0) {
			m.fail()
			return nil
		}
		key += uint32(d)
		if key&1 == 0 {
			m.fail()
			return nil
		}
		c := m.uvarint()
		if c > uint64(r.nclass) {
			m.fail()
			return nil
		}
		raw := m.take(3 * int(c))
		for j := 0; j < int(c) && raw != nil; j++ {
			if int(raw[3*j]) >= r.nclass {
				m.fail()
				return nil
			}
			if r.nclass <= 3 {
				w := entryWeight(raw, j)
				r.maxAbs = max(r.maxAbs, w, -w)
			}
		}
		switch n := int(c); {
		case n >= denseMin:
			r.nDense++
		case n > 1:
			r.nEnts += n
		}
	}
	if m.err != nil {
		return nil
	}
	r.data = m.b[start:m.off]
	return r
}

// fileRows is a checked model section waiting to be built into tables.
type fileRows struct {
	nclass, n     int
	nDense, nEnts int
	maxAbs        float32 // largest weight, for models of three classes
	data          []byte
}

// build fills the tables from the section's bytes (keys in the file are
// distinct, so no full keys are kept to find duplicates; a loaded model
// is not written back).
func (r *fileRows) build() *sparseModel {
	m := newSparseModel(r.nclass, r.n, r.nDense, r.nEnts, r.maxAbs)
	r.each(func(key uint32, raw []byte) {
		m.insert(key, len(raw)/3, func(j int) uint8 { return raw[3*j] }, func(j int) float32 { return entryWeight(raw, j) })
	})
	return m
}

// each calls f with every row of the section: its key and its entries,
// three bytes each (class, then the weight in half precision).
func (r *fileRows) each(f func(key uint32, raw []byte)) {
	rd := &mreader{b: r.data}
	key := uint32(0)
	for range r.n {
		key += uint32(rd.uvarint())
		c := int(rd.uvarint())
		f(key, rd.take(3*c))
	}
}

// entryWeight is the weight of entry j of a row's raw entries.
func entryWeight(raw []byte, j int) float32 {
	return fromHalf(uint16(raw[3*j+1]) | uint16(raw[3*j+2])<<8)
}

// readModel reads a model, gzip-compressed or not.
func readModel(r io.Reader) (*model, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	return parseModel(raw)
}

// parseModel decodes a model held in memory; data is not retained.
func parseModel(data []byte) (*model, error) {
	if len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("model: %w", err)
		}
		var buf bytes.Buffer
		if _, err := io.Copy(&buf, zr); err != nil {
			return nil, fmt.Errorf("model: %w", err)
		}
		data = buf.Bytes()
	}
	m := &mreader{b: data}
	magic := string(m.take(len(modelMagic)))
	if magic != modelMagic && magic != modelMagicV1 {
		return nil, errors.New("model: not a herald model (bad magic)")
	}
	// Each hash table is built in a goroutine of its own as soon as its
	// section is read, while the rest of the file is read.
	var wg sync.WaitGroup
	defer wg.Wait()
	build := func(b *fileRows, dst **sparseModel) {
		if b == nil {
			return
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			*dst = b.build()
		}()
	}
	tg := &tagger{upos: m.strs(), xpos: m.strs(), dict: map[string]int32{}}
	for i, n := 0, m.count(); i < n && m.err == nil; i++ {
		k := m.str()
		c := m.u32()
		if int(c) >= len(tg.upos) {
			m.fail()
		}
		tg.dict[k] = int32(c)
	}
	build(m.sparse(), &tg.model)
	if magic == modelMagic && m.u32() == 1 {
		tg2B := m.sparse()
		if tg2B == nil {
			m.fail()
		}
		build(tg2B, &tg.second)
	}
	tg.amb = map[string]uint64{}
	tg.cands = map[string][]uint8{}
	for i, n := 0, m.count(); i < n && m.err == nil; i++ {
		k := m.str()
		tg.amb[k] = m.u64()
		cs := []uint8(m.str())
		for _, c := range cs {
			if int(c) >= len(tg.upos) {
				m.fail()
			}
		}
		if len(cs) > 0 {
			tg.cands[k] = cs
		}
	}
	tg.lex = lexicon(tg.amb, tg.cands)
	lm := &lemmatizer{exact: map[string]string{}, rules: map[string]lemmaRule{}}
	for i, n := 0, m.count(); i < n && m.err == nil; i++ {
		k := m.str()
		lm.exact[k] = m.str()
	}
	for i, n := 0, m.count(); i < n && m.err == nil; i++ {
		k := m.str()
		r := lemmaRule{lower: m.u32() == 1, cut: int(m.u32())}
		r.add = m.str()
		lm.rules[k] = r
	}
	ps := &parser{labels: m.strs()}
	ps.root = int(m.u32()) - 1
	build(m.sparse(), &ps.model)
	build(m.sparse(), &ps.lmodel)
	ps.lcands = map[uint64][]uint8{}
	for i, n := 0, m.count(); i < n && m.err == nil; i++ {
		k := m.u64()
		cs := []uint8(m.str())
		for _, c := range cs {
			if int(c) >= len(ps.labels) {
				m.fail()
			}
		}
		ps.lcands[k] = cs
	}
	if m.err != nil {
		return nil, m.err
	}
	wg.Wait()
	if tg.second != nil && tg.second.nclass != len(tg.upos) {
		return nil, errors.New("model: inconsistent sizes")
	}
	if len(tg.upos) != len(tg.xpos) || len(tg.upos) == 0 || tg.model == nil || tg.model.nclass != len(tg.upos) ||
		ps.model == nil || ps.model.nclass != 3 || ps.lmodel == nil || ps.lmodel.nclass != len(ps.labels) || ps.root < 0 || ps.root >= len(ps.labels) || len(ps.labels) > 64 {
		return nil, errors.New("model: inconsistent sizes")
	}
	if m.off != len(m.b) {
		return nil, errors.New("model: trailing data")
	}
	return &model{tagger: tg, lemma: lm, parser: ps}, nil
}
