package checker

import (
	"fmt"
	"sort"
	"strings"
)

// OffsetMap maps byte offsets of an analysed text (Doc.Text) back to byte
// offsets of the input it was made from: the original file, before Unicode
// normalisation, transcoding or markup extraction. It is a piece table: the
// analysed text and the input are cut into matching pieces, in order, that
// together cover both completely. A piece is either copied (its bytes are the
// input's bytes, so offsets inside it map one to one) or replaced (markup
// interpreted as some text, possibly none, or characters rewritten); a
// replaced piece maps as a whole, so a span never starts or ends inside it.
//
// Maps compose: each stage of preparing an input (extracting the text of
// HTML, decoding UTF-16, normalising to NFC) adds a map, and Start and End go
// through all of them. A nil *OffsetMap is the identity. Maps are immutable
// and safe for concurrent use.
type OffsetMap struct {
	pieces           []piece
	textLen, origLen int
	// inner maps this map's input offsets further back, or is nil.
	inner *OffsetMap
}

// piece is one matching pair of ranges: text [text, text+textLen) stands for
// input [orig, orig+origLen).
type piece struct {
	text, orig       int
	textLen, origLen int
	// scale is the number of input bytes per text byte in a piece whose
	// offsets map linearly: 1 for copied bytes, 2 or 4 for ASCII decoded from
	// UTF-16 or UTF-32. It is 0 for a replaced piece.
	scale int
}

// Start returns the input offset of a span that starts at text offset t: for
// an offset inside a replaced piece, the start of the piece's input.
func (m *OffsetMap) Start(t int) int {
	if m == nil {
		return t
	}
	return m.inner.Start(m.start(t))
}

// End returns the input offset of a span that ends at text offset t: for an
// offset inside a replaced piece, the end of the piece's input.
func (m *OffsetMap) End(t int) int {
	if m == nil {
		return t
	}
	return m.inner.End(m.end(t))
}

// Span maps a span of the text to the span of the input it came from.
func (m *OffsetMap) Span(s Span) Span {
	if m == nil {
		return s
	}
	return Span{Start: m.Start(s.Start), End: max(m.End(s.End), m.Start(s.Start))}
}

// TextLen returns the length of the text the map starts from (-1 for the
// nil identity map, which has no length of its own).
func (m *OffsetMap) TextLen() int {
	if m == nil {
		return -1
	}
	return m.textLen
}

// InputLen returns the length of the input the map leads back to (-1 for
// the nil identity map).
func (m *OffsetMap) InputLen() int {
	if m == nil {
		return -1
	}
	if m.inner != nil {
		return m.inner.InputLen()
	}
	return m.origLen
}

func (m *OffsetMap) start(t int) int {
	if t <= 0 {
		t = 0
	}
	if t >= m.textLen {
		return m.origLen
	}
	// The piece with text in it that contains t.
	k := sort.Search(len(m.pieces), func(k int) bool { return m.pieces[k].text+m.pieces[k].textLen > t })
	p := m.pieces[k]
	return p.orig + (t-p.text)*p.scale
}

func (m *OffsetMap) end(t int) int {
	if t >= m.textLen {
		t = m.textLen
	}
	if t <= 0 {
		return 0
	}
	// The last piece with text in it that starts before t.
	k := sort.Search(len(m.pieces), func(k int) bool { return m.pieces[k].text >= t }) - 1
	for k > 0 && m.pieces[k].textLen == 0 {
		k--
	}
	p := m.pieces[k]
	if p.scale > 0 {
		return p.orig + (t-p.text)*p.scale
	}
	return p.orig + p.origLen
}

// textOffset maps an offset of this map's own input back to its text (the
// inverse of start, ignoring inner maps): an offset inside a replaced piece
// goes to the piece's start.
func (m *OffsetMap) textOffset(o int) int {
	if o >= m.origLen {
		return m.textLen
	}
	k := sort.Search(len(m.pieces), func(k int) bool { return m.pieces[k].orig+m.pieces[k].origLen > o })
	if k == len(m.pieces) {
		return m.textLen
	}
	p := m.pieces[k]
	if p.scale > 0 {
		return p.text + (o-p.orig)/p.scale
	}
	return p.text
}

// Chain returns the map that leads from the text of outer back to the input
// of inner, where outer's input is inner's text (for example NFC
// normalisation applied to text extracted from HTML).
func Chain(outer, inner *OffsetMap) *OffsetMap {
	switch {
	case outer == nil:
		return inner
	case inner == nil:
		return outer
	}
	if outer.origLen != inner.textLen {
		panic(fmt.Sprintf("checker: chained offset maps do not fit: %d input bytes after %d text bytes", outer.origLen, inner.textLen))
	}
	m := *outer
	m.inner = Chain(outer.inner, inner)
	return &m
}

// MapBuilder builds a text together with its OffsetMap, piece by piece, in
// the order of the input, the way LanguageTool builds annotated text: Text
// adds input bytes as they are, Markup adds input bytes that stand for some
// other text (or none). Input bytes that no call names (a jump forward) are
// markup that stands for nothing. The zero value is ready to use.
type MapBuilder struct {
	text   strings.Builder
	pieces []piece
	orig   int // input offset up to which pieces are recorded
}

// Text appends s, which is the input's bytes at [at, at+len(s)).
func (b *MapBuilder) Text(s string, at int) { b.linear(s, at, 1) }

// linear appends s, each byte of which stands for scale input bytes from at on.
func (b *MapBuilder) linear(s string, at, scale int) {
	if s == "" {
		return
	}
	b.skipTo(at)
	if n := len(b.pieces); n > 0 && b.pieces[n-1].scale == scale {
		b.pieces[n-1].textLen += len(s)
		b.pieces[n-1].origLen += len(s) * scale
	} else {
		b.pieces = append(b.pieces, piece{text: b.text.Len(), orig: at, textLen: len(s), origLen: len(s) * scale, scale: scale})
	}
	b.text.WriteString(s)
	b.orig = at + len(s)*scale
}

// Markup appends the text interpretAs (possibly empty) for the input bytes
// of span: a tag, an entity, a line break standing for a paragraph break.
func (b *MapBuilder) Markup(span Span, interpretAs string) {
	b.skipTo(span.Start)
	if span.End < span.Start {
		panic(fmt.Sprintf("checker: MapBuilder.Markup: invalid span [%d,%d)", span.Start, span.End))
	}
	if span.Len() == 0 && interpretAs == "" {
		return
	}
	b.pieces = append(b.pieces, piece{text: b.text.Len(), orig: span.Start, textLen: len(interpretAs), origLen: span.Len()})
	b.text.WriteString(interpretAs)
	b.orig = span.End
}

// Len returns the length of the text built so far.
func (b *MapBuilder) Len() int { return b.text.Len() }

// String returns the text built so far.
func (b *MapBuilder) String() string { return b.text.String() }

// InputOffset returns the input offset up to which the builder has recorded pieces.
func (b *MapBuilder) InputOffset() int { return b.orig }

func (b *MapBuilder) skipTo(at int) {
	if at < b.orig {
		panic(fmt.Sprintf("checker: MapBuilder: input offset %d before %d: pieces must come in input order", at, b.orig))
	}
	if at > b.orig {
		b.pieces = append(b.pieces, piece{text: b.text.Len(), orig: b.orig, origLen: at - b.orig})
		b.orig = at
	}
}

// Finish ends the text at input length inputLen (the rest of the input is
// markup that stands for nothing) and returns the text and its map.
func (b *MapBuilder) Finish(inputLen int) (string, *OffsetMap) {
	b.skipTo(inputLen)
	m := &OffsetMap{pieces: b.pieces, textLen: b.text.Len(), origLen: inputLen}
	return b.text.String(), m
}
