package lexicon

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

// The lexicon the checker uses is compiled ahead of time: go generate runs
// the builder over data/*.txt (the source of truth) and writes the result,
// a compact table, to lexicon.bin, which is embedded. Default answers
// straight from that table, so that starting mtcheck costs no lexicon
// building: class questions read the table in place, and the verb readings
// of a form (Entry.Verbs, Entry.Lemmas) are decoded on its first lookup and
// kept.
// TestCompiledLexiconUpToDate fails when lexicon.bin no longer matches the
// data files.
//
// The table, all integers little-endian:
//
//	header   tableMagic, then the uint32s of tableHeader
//	slots    a hash table of the word forms: uint64 (fingerprint<<32 | record
//	         offset+1), 0 when empty; wordHash, linear probing
//	records  per form, in byte order: class, uncertain, folded, first verb
//	         reading, first lemma, record number (uint32 each), reading
//	         count, lemma count, form length (uint8 each), the form
//	readings per verb reading: lemma and prefix (uint16 string numbers), form
//	         | tense<<3 | mood<<5, persons | kind<<6 (uint8 each)
//	lemmas   the lemma lists of the records (uint16 string numbers)
//	verbs    the listed verbs, by lemma: lemma, separable prefix (uint16 string numbers)
//	strings  the end offset of each string (uint32), then the bytes; string 0 is ""

//go:generate go run ./internal/genlexicon -o lexicon.bin

// tableMagic starts a compiled lexicon.
const tableMagic = "mtcheck-lexicon\x01"

// tableHeader follows tableMagic: the sizes of the sections.
type tableHeader struct {
	Slots, Records, RecordBytes, Readings, Lemmas, Verbs, Strings, StringBytes, StrongCount uint32
}

const (
	headerSize  = len(tableMagic) + 9*4
	recordFixed = 6*4 + 3 // a record before its form
	readingSize = 6
)

// load32 reads four bytes of w from i, little-endian.
func load32[S string | []byte](w S, i int) uint64 {
	return uint64(w[i]) | uint64(w[i+1])<<8 | uint64(w[i+2])<<16 | uint64(w[i+3])<<24
}

// wordHash hashes a word form for the slot table, eight bytes at a time,
// with the finaliser of MurmurHash3. The compiled table depends on it.
func wordHash[S string | []byte](w S) uint64 {
	const m = 0x9E3779B97F4A7C15
	h := uint64(len(w)) * m
	i := 0
	for ; i+8 <= len(w); i += 8 {
		v := uint64(w[i]) | uint64(w[i+1])<<8 | uint64(w[i+2])<<16 | uint64(w[i+3])<<24 |
			uint64(w[i+4])<<32 | uint64(w[i+5])<<40 | uint64(w[i+6])<<48 | uint64(w[i+7])<<56
		h = (h ^ v) * m
		h ^= h >> 29
	}
	// The last 0 to 7 bytes, read as two overlapping halves or three bytes.
	var v uint64
	switch r := len(w) - i; {
	case r >= 4:
		v = load32(w, i)<<32 | load32(w, len(w)-4)
	case r > 0:
		v = uint64(w[i])<<16 | uint64(w[i+r/2])<<8 | uint64(w[len(w)-1])
	}
	h = (h ^ v) * m
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// Build compiles the lexicon from the embedded data files into the table
// that lexicon.bin holds. go generate writes it (see internal/genlexicon).
func Build() ([]byte, error) { return buildFS(dataFS) }

// built is the lexicon as the builder leaves it, before it is compiled.
type built struct {
	index       map[string]int32
	entries     []Entry
	verbs       map[string]string // lemma → separable prefix
	strongCount int
}

// encode compiles a built lexicon into a table.
func (b *built) encode() ([]byte, error) {
	words := make([]string, 0, len(b.index))
	for w := range b.index {
		words = append(words, w)
	}
	sort.Strings(words)

	// Strings: every lemma and prefix, numbered in sorted order after "".
	seen := map[string]bool{"": true}
	var strs []string
	note := func(s string) {
		if !seen[s] {
			seen[s] = true
			strs = append(strs, s)
		}
	}
	for _, e := range b.entries {
		for _, a := range e.Verbs {
			note(a.Lemma)
			note(a.Prefix)
		}
		for _, l := range e.Lemmas {
			note(l)
		}
	}
	for l, p := range b.verbs {
		note(l)
		note(p)
	}
	sort.Strings(strs)
	strs = append([]string{""}, strs...)
	if len(strs) > 1<<16 {
		return nil, fmt.Errorf("lexicon: %d strings do not fit the table", len(strs))
	}
	id := make(map[string]uint16, len(strs))
	for i, s := range strs {
		id[s] = uint16(i)
	}

	var records, readings, lemmas bytes.Buffer
	le := binary.LittleEndian
	offsets := make([]uint32, len(words))
	nReadings, nLemmas := 0, 0
	for i, w := range words {
		e := b.entries[b.index[w]]
		if len(w) > 255 || len(e.Verbs) > 255 || len(e.Lemmas) > 255 || (e.Class|e.Uncertain|e.Folded)>>32 != 0 {
			return nil, fmt.Errorf("lexicon: the entry of %q does not fit the table", w)
		}
		offsets[i] = uint32(records.Len())
		records.Write(le.AppendUint32(nil, uint32(e.Class)))
		records.Write(le.AppendUint32(nil, uint32(e.Uncertain)))
		records.Write(le.AppendUint32(nil, uint32(e.Folded)))
		records.Write(le.AppendUint32(nil, uint32(nReadings)))
		records.Write(le.AppendUint32(nil, uint32(nLemmas)))
		records.Write(le.AppendUint32(nil, uint32(i)))
		records.WriteByte(byte(len(e.Verbs)))
		records.WriteByte(byte(len(e.Lemmas)))
		records.WriteByte(byte(len(w)))
		records.WriteString(w)
		for _, a := range e.Verbs {
			readings.Write(le.AppendUint16(nil, id[a.Lemma]))
			readings.Write(le.AppendUint16(nil, id[a.Prefix]))
			readings.WriteByte(byte(a.Form) | byte(a.Tense)<<3 | byte(a.Mood)<<5)
			readings.WriteByte(byte(a.Persons) | byte(a.Kind)<<6)
		}
		for _, l := range e.Lemmas {
			lemmas.Write(le.AppendUint16(nil, id[l]))
		}
		nReadings += len(e.Verbs)
		nLemmas += len(e.Lemmas)
	}

	nSlots := 1
	for nSlots < 2*len(words) {
		nSlots *= 2
	}
	slots := make([]uint64, nSlots)
	for i, w := range words {
		h := wordHash(w)
		k := h & uint64(nSlots-1)
		for slots[k] != 0 {
			k = (k + 1) & uint64(nSlots-1)
		}
		slots[k] = h>>32<<32 | uint64(offsets[i]+1)
	}

	verbs := make([]string, 0, len(b.verbs))
	for l := range b.verbs {
		verbs = append(verbs, l)
	}
	sort.Strings(verbs)

	var out bytes.Buffer
	out.WriteString(tableMagic)
	var stringBytes int
	for _, s := range strs {
		stringBytes += len(s)
	}
	h := tableHeader{Slots: uint32(nSlots), Records: uint32(len(words)), RecordBytes: uint32(records.Len()),
		Readings: uint32(nReadings), Lemmas: uint32(nLemmas), Verbs: uint32(len(verbs)),
		Strings: uint32(len(strs)), StringBytes: uint32(stringBytes), StrongCount: uint32(b.strongCount)}
	if err := binary.Write(&out, le, h); err != nil {
		return nil, err
	}
	for _, s := range slots {
		out.Write(le.AppendUint64(nil, s))
	}
	out.Write(records.Bytes())
	out.Write(readings.Bytes())
	out.Write(lemmas.Bytes())
	for _, l := range verbs {
		out.Write(le.AppendUint16(nil, id[l]))
		out.Write(le.AppendUint16(nil, id[b.verbs[l]]))
	}
	end := 0
	for _, s := range strs {
		end += len(s)
		out.Write(le.AppendUint32(nil, uint32(end)))
	}
	for _, s := range strs {
		out.WriteString(s)
	}
	return out.Bytes(), nil
}

// compiled is a compiled lexicon, read in place. The Go values of an
// entry's verb readings and lemmas are made on first use and kept.
type compiled struct {
	bin string
	tableHeader
	// Offsets of the sections in bin.
	slots, records, readings, lemmas, verbs, strEnds, strBytes int
	mask                                                       uint64
	// entries holds the decoded readings and lemmas of each record, once
	// made, in blocks of entryBlock records made on first use.
	entries []atomic.Pointer[entryBlock]
	// verbMap is the listed verbs, decoded on first use.
	verbMap func() verbTable
}

// entryBlockSize is the number of records of an entryBlock.
const entryBlockSize = 256

// entryBlock holds the decoded entries of entryBlockSize records.
type entryBlock [entryBlockSize]atomic.Pointer[decodedEntry]

// decodedEntry is the Go values of a record's verb readings and lemmas.
type decodedEntry struct {
	verbs  []Analysis
	lemmas []string
}

// verbTable is the listed verbs.
type verbTable struct {
	prefix map[string]string // lemma → separable prefix
	sorted []string
}

// openTable checks a compiled lexicon and returns it for reading in place.
func openTable(bin string) (*compiled, error) {
	if len(bin) < headerSize || !strings.HasPrefix(bin, tableMagic) {
		return nil, errors.New("lexicon: not a compiled lexicon")
	}
	t := &compiled{bin: bin}
	if err := binary.Read(strings.NewReader(bin[len(tableMagic):]), binary.LittleEndian, &t.tableHeader); err != nil {
		return nil, err
	}
	if t.Slots == 0 || t.Slots&(t.Slots-1) != 0 {
		return nil, errors.New("lexicon: malformed slot table")
	}
	t.mask = uint64(t.Slots - 1)
	t.slots = headerSize
	t.records = t.slots + 8*int(t.Slots)
	t.readings = t.records + int(t.RecordBytes)
	t.lemmas = t.readings + readingSize*int(t.Readings)
	t.verbs = t.lemmas + 2*int(t.Lemmas)
	t.strEnds = t.verbs + 4*int(t.Verbs)
	t.strBytes = t.strEnds + 4*int(t.Strings)
	if t.strBytes+int(t.StringBytes) != len(bin) {
		return nil, errors.New("lexicon: truncated compiled lexicon")
	}
	t.entries = make([]atomic.Pointer[entryBlock], (t.Records+entryBlockSize-1)/entryBlockSize)
	t.verbMap = sync.OnceValue(t.decodeVerbs)
	return t, nil
}

func (t *compiled) u16(off int) uint16 { return uint16(t.bin[off]) | uint16(t.bin[off+1])<<8 }

func (t *compiled) u32(off int) uint32 {
	b := t.bin[off : off+4]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

func (t *compiled) u64(off int) uint64 { return uint64(t.u32(off)) | uint64(t.u32(off+4))<<32 }

// str returns string number i, a part of the table.
func (t *compiled) str(i int) string {
	start := 0
	if i > 0 {
		start = int(t.u32(t.strEnds + 4*(i-1)))
	}
	return t.bin[t.strBytes+start : t.strBytes+int(t.u32(t.strEnds+4*i))]
}

// recordAt is the offset in bin of the record of one word form, or -1.
type recordAt int

// find returns the record of the form w, or -1.
func find[S string | []byte](t *compiled, w S) recordAt {
	h := wordHash(w)
	fp := uint32(h >> 32)
	for k := h & t.mask; ; k = (k + 1) & t.mask {
		s := t.u64(t.slots + 8*int(k))
		if s == 0 {
			return -1
		}
		if uint32(s>>32) == fp {
			if r := recordAt(t.records + int(uint32(s)) - 1); t.form(r) == string(w) {
				return r
			}
		}
	}
}

// form returns the word form of record r.
func (t *compiled) form(r recordAt) string {
	start := int(r) + recordFixed
	return t.bin[start : start+int(t.bin[start-1])]
}

// class returns the classes of record r.
func (t *compiled) class(r recordAt) Class { return Class(t.u32(int(r))) }

// entry returns the entry of record r.
func (t *compiled) entry(r recordAt) Entry {
	off := int(r)
	e := Entry{Class: Class(t.u32(off)), Uncertain: Class(t.u32(off + 4)), Folded: Class(t.u32(off + 8))}
	if t.bin[off+24] == 0 && t.bin[off+25] == 0 {
		return e
	}
	n := int(t.u32(off + 20))
	block := t.entries[n/entryBlockSize].Load()
	if block == nil {
		block = new(entryBlock)
		if !t.entries[n/entryBlockSize].CompareAndSwap(nil, block) {
			block = t.entries[n/entryBlockSize].Load()
		}
	}
	cached := &block[n%entryBlockSize]
	de := cached.Load()
	if de == nil {
		de = t.decodeEntry(off)
		if !cached.CompareAndSwap(nil, de) {
			de = cached.Load()
		}
	}
	e.Verbs, e.Lemmas = de.verbs, de.lemmas
	return e
}

// decodeEntry makes the Go values of the readings and lemmas of the record at off.
func (t *compiled) decodeEntry(off int) *decodedEntry {
	de := &decodedEntry{}
	if n := int(t.bin[off+24]); n > 0 {
		first := int(t.u32(off + 12))
		de.verbs = make([]Analysis, n)
		for i := range de.verbs {
			o := t.readings + readingSize*(first+i)
			a, b := t.bin[o+4], t.bin[o+5]
			de.verbs[i] = Analysis{Lemma: t.str(int(t.u16(o))), Prefix: t.str(int(t.u16(o + 2))), Form: Form(a & 7),
				Tense: Tense(a >> 3 & 3), Mood: Mood(a >> 5 & 3), Persons: Persons(b & 63), Kind: Kind(b >> 6)}
		}
	}
	if n := int(t.bin[off+25]); n > 0 {
		first := int(t.u32(off + 16))
		de.lemmas = make([]string, n)
		for i := range de.lemmas {
			de.lemmas[i] = t.str(int(t.u16(t.lemmas + 2*(first+i))))
		}
	}
	return de
}

// eachRecord calls fn with every record, in byte order of the forms.
func (t *compiled) eachRecord(fn func(recordAt)) {
	for off := t.records; off < t.readings; {
		r := recordAt(off)
		fn(r)
		off += recordFixed + len(t.form(r))
	}
}

// decodeVerbs makes the table of the listed verbs.
func (t *compiled) decodeVerbs() verbTable {
	vt := verbTable{prefix: make(map[string]string, t.Verbs), sorted: make([]string, t.Verbs)}
	for i := range vt.sorted {
		off := t.verbs + 4*i
		vt.sorted[i] = t.str(int(t.u16(off)))
		vt.prefix[vt.sorted[i]] = t.str(int(t.u16(off + 2)))
	}
	return vt
}

// sameBuilt reports whether a table holds exactly the built lexicon b: every
// form with its entry, the verbs and the count of strong verbs. It is for tests.
func (t *compiled) sameBuilt(b *built) error {
	n := 0
	var err error
	t.eachRecord(func(r recordAt) {
		n++
		w := t.form(r)
		i, ok := b.index[w]
		switch {
		case err != nil:
		case !ok:
			err = fmt.Errorf("%q is in the table but not built", w)
		case find(t, w) != r:
			err = fmt.Errorf("%q is not found in the slot table", w)
		default:
			want, got := b.entries[i], t.entry(r)
			if want.Class != got.Class || want.Uncertain != got.Uncertain || want.Folded != got.Folded ||
				!slices.Equal(want.Verbs, got.Verbs) || !slices.Equal(want.Lemmas, got.Lemmas) {
				err = fmt.Errorf("%q: entry %+v, built %+v", w, got, want)
			}
		}
	})
	switch {
	case err != nil:
		return err
	case n != len(b.index):
		return fmt.Errorf("%d forms in the table, %d built", n, len(b.index))
	case int(t.StrongCount) != b.strongCount:
		return fmt.Errorf("%d strong verbs in the table, %d built", t.StrongCount, b.strongCount)
	}
	vt := t.verbMap()
	if len(vt.prefix) != len(b.verbs) {
		return fmt.Errorf("%d verbs in the table, %d built", len(vt.prefix), len(b.verbs))
	}
	for l, p := range b.verbs {
		if q, ok := vt.prefix[l]; !ok || q != p {
			return fmt.Errorf("verb %q: prefix %q in the table, %q built", l, q, p)
		}
	}
	return nil
}
