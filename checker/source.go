package checker

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// Encoding is the character encoding of an input.
type Encoding uint8

// Encodings mtcheck reads. UTF-16 and UTF-32 are recognised by their byte
// order mark or by the pattern of NUL bytes; Windows-1252 (a superset of
// Latin-1 in the printable range) only when the user names it.
const (
	UTF8 Encoding = iota
	UTF16LE
	UTF16BE
	UTF32LE
	UTF32BE
	// Windows1252 is Windows-1252 when decoding; for counting lines and
	// columns it stands for any single-byte encoding.
	Windows1252
)

var encodingNames = [...]string{UTF8: "UTF-8", UTF16LE: "UTF-16LE", UTF16BE: "UTF-16BE", UTF32LE: "UTF-32LE",
	UTF32BE: "UTF-32BE", Windows1252: "Windows-1252"}

func (e Encoding) String() string {
	if int(e) < len(encodingNames) {
		return encodingNames[e]
	}
	return "unknown"
}

// unit returns the number of bytes of one code unit.
func (e Encoding) unit() int {
	switch e {
	case UTF16LE, UTF16BE:
		return 2
	case UTF32LE, UTF32BE:
		return 4
	}
	return 1
}

// ParseEncoding parses an encoding name as users write it: "utf-8",
// "utf-16le", "windows-1252", "cp1252", "latin-1", "iso-8859-1" …
func ParseEncoding(name string) (Encoding, error) {
	n := strings.NewReplacer("-", "", "_", "", " ", "").Replace(strings.ToLower(name))
	switch n {
	case "utf8":
		return UTF8, nil
	case "utf16le":
		return UTF16LE, nil
	case "utf16be":
		return UTF16BE, nil
	case "utf32le":
		return UTF32LE, nil
	case "utf32be":
		return UTF32BE, nil
	case "windows1252", "cp1252", "latin1", "iso88591", "l1":
		return Windows1252, nil
	}
	return 0, fmt.Errorf("unknown encoding %q (want utf-8, utf-16le, utf-16be, utf-32le, utf-32be or windows-1252)", name)
}

// Layout is how a text is cut into paragraphs.
type Layout uint8

// Layouts.
const (
	// LayoutAuto guesses from the text's first 64 KiB: one paragraph per line
	// when it has no blank line and most lines end like a sentence, else
	// LayoutBlankLines.
	LayoutAuto Layout = iota
	// LayoutBlankLines separates paragraphs by blank lines; a bullet line is a
	// paragraph of its own.
	LayoutBlankLines
	// LayoutLines makes every line a paragraph.
	LayoutLines
	// LayoutBlocks is text extracted from markup: its paragraphs are exactly
	// its blocks between blank lines, with no bullet lines.
	LayoutBlocks
)

// DetectLayout returns the layout LayoutAuto chooses for a text that starts
// with head (the first 64 KiB are enough; head may be cut anywhere).
func DetectLayout(head string, whole bool) Layout {
	if lineParagraphsOf(head, whole) {
		return LayoutLines
	}
	return LayoutBlankLines
}

// Source is one input prepared for analysis: the text the rules see and the
// way back from its offsets to the input's bytes.
type Source struct {
	// Text is what is analysed: valid UTF-8 in Unicode normalisation form C,
	// without byte order mark and without markup.
	Text string
	// Input is the input as given, in its own encoding; Map leads from Text
	// back to it. An empty Input with a nil Map means Text is the input.
	Input string
	// Map leads from offsets of Text to offsets of Input; nil is the identity.
	Map *OffsetMap
	// Encoding is the encoding of Input; line and column are counted in it.
	Encoding Encoding
	// Extracted says the text of a finding is to be quoted from Text (text
	// extracted from markup, decoded from another encoding) rather than from
	// Input (plain UTF-8 text, where Input[start:end] is the finding's text).
	Extracted bool
	// Base and LineBase place Input in a longer input it is a window of (see
	// CheckStream): the byte offset of its start and the lines before it.
	// Reported spans and lines count in the longer input.
	Base, LineBase int
	// Layout says how Text is cut into paragraphs (LayoutAuto: guessed from
	// its first 64 KiB).
	Layout Layout
	// Headlines are spans of Text that the markup marks as headlines (HTML
	// h1–h6, Markdown headings): the paragraphs inside them are headlines,
	// whatever their shape.
	Headlines []Span
	// Original is the text this one translates (the English source),
	// prepared the same way, with its own Input, Map and Encoding; nil for a
	// document without one. Source-aware rules run only when it is set.
	Original *Source
	// Pairs are the stretches of Text and Original.Text that the input says
	// correspond (a JSON Lines record, the units of an XLIFF file), in
	// order; nil aligns the paragraphs by their lengths (see Doc.Alignment).
	Pairs []SegmentPair
}

// input returns the input the source's offsets refer to.
func (s *Source) input() string {
	if s.Input == "" && s.Map == nil {
		return s.Text
	}
	return s.Input
}

// TextSource returns the source of a UTF-8 text: validated, with a byte order
// mark skipped and normalised to NFC. Offsets still refer to text.
func TextSource(text string) (*Source, error) {
	if err := ValidateUTF8(text); err != nil {
		return nil, err
	}
	if strings.HasPrefix(text, bom) || !norm.NFC.IsNormalString(text) {
		var b MapBuilder
		start := 0
		if strings.HasPrefix(text, bom) {
			start = len(bom)
		}
		b.skipTo(start)
		appendNFC(&b, text[start:], start)
		t, m := b.Finish(len(text))
		return &Source{Text: t, Input: text, Map: m}, nil
	}
	return &Source{Text: text}, nil
}

// bom is the byte order mark in UTF-8.
const bom = "\uFEFF"

// appendNFC appends s, which is the input at offset at, in NFC.
func appendNFC(b *MapBuilder, s string, at int) {
	if norm.NFC.IsNormalString(s) {
		b.Text(s, at)
		return
	}
	var it norm.Iter
	it.InitString(norm.NFC, s)
	for !it.Done() {
		from := it.Pos()
		seg := it.Next()
		to := it.Pos()
		if string(seg) == s[from:to] {
			b.Text(s[from:to], at+from)
		} else {
			b.Markup(Span{at + from, at + to}, string(seg))
		}
	}
}

// Normalize returns the source with its text in NFC, chaining the map of the
// normalisation to the source's own. Markup readers call it last. The
// original of a bilingual source is normalised too, and the spans of Pairs
// and Headlines follow.
func (s *Source) Normalize() *Source {
	out, m := s.normalize()
	if s.Original == nil {
		return out
	}
	orig, om := s.Original.normalize()
	if m == nil && om == nil {
		return s
	}
	if out == s {
		c := *s
		out = &c
	}
	out.Original = orig
	out.Pairs = slices.Clone(s.Pairs)
	for i := range out.Pairs {
		p := &out.Pairs[i]
		if m != nil {
			p.Target = Span{m.textOffset(p.Target.Start), m.textOffset(p.Target.End)}
		}
		if om != nil {
			p.Source = Span{om.textOffset(p.Source.Start), om.textOffset(p.Source.End)}
		}
	}
	return out
}

// normalize returns the source with its text in NFC and the map of the
// normalisation (nil when the text is in NFC already and s is returned).
func (s *Source) normalize() (*Source, *OffsetMap) {
	if norm.NFC.IsNormalString(s.Text) {
		return s, nil
	}
	var b MapBuilder
	appendNFC(&b, s.Text, 0)
	t, m := b.Finish(len(s.Text))
	out := *s
	out.Input = s.input()
	out.Text, out.Map = t, Chain(m, s.Map)
	out.Headlines = nil
	for _, h := range s.Headlines {
		out.Headlines = append(out.Headlines, Span{m.textOffset(h.Start), m.textOffset(h.End)})
	}
	return &out, m
}

// DecodeSource prepares raw input bytes for analysis. With enc nil the
// encoding is detected: a byte order mark of UTF-8, UTF-16 or UTF-32, else
// the pattern of NUL bytes that UTF-16 and UTF-32 text without a byte order
// mark shows, else UTF-8. Invalid UTF-8 is an *InputError naming its offset.
// Offsets, lines and columns of the result refer to raw.
func DecodeSource(raw string, enc *Encoding) (*Source, error) {
	e, bomLen := UTF8, 0
	if enc != nil {
		e = *enc
		if sniffed, n := sniffBOM(raw); sniffed == e {
			bomLen = n
		}
	} else {
		e, bomLen = DetectEncoding(raw)
	}
	switch e {
	case UTF8:
		src, err := TextSource(raw)
		if err != nil && strings.IndexByte(raw, 0) < 0 {
			if ie, ok := err.(*InputError); ok && looksLikeWindows1252(raw) {
				ie.Hint = "the text looks like Windows-1252 or Latin-1: try --encoding windows-1252"
			}
		}
		return src, err
	case Windows1252:
		return decodeSingleByte(raw), nil
	}
	return decodeWide(raw, e, bomLen)
}

// DetectEncoding returns the encoding of raw input and the length of its byte
// order mark: from the mark if there is one, else from the pattern of NUL
// bytes in its first 4 KiB, else UTF-8.
func DetectEncoding(raw string) (Encoding, int) {
	if e, n := sniffBOM(raw); n > 0 {
		return e, n
	}
	sample := raw[:min(len(raw), 4096)]
	if strings.IndexByte(sample, 0) < 0 || len(sample) < 4 {
		return UTF8, 0
	}
	// Count NUL bytes by position modulo 4 over whole 4-byte groups.
	var zeros [4]int
	groups := len(sample) / 4
	for i := 0; i < groups*4; i++ {
		if sample[i] == 0 {
			zeros[i%4]++
		}
	}
	most := func(n int) bool { return n*10 >= groups*9 }
	few := func(n int) bool { return n*10 <= groups }
	switch {
	case most(zeros[1]) && most(zeros[2]) && most(zeros[3]) && few(zeros[0]):
		return UTF32LE, 0
	case most(zeros[0]) && most(zeros[1]) && most(zeros[2]) && few(zeros[3]):
		return UTF32BE, 0
	case zeros[1]+zeros[3] >= groups && few(zeros[0]+zeros[2]):
		return UTF16LE, 0
	case zeros[0]+zeros[2] >= groups && few(zeros[1]+zeros[3]):
		return UTF16BE, 0
	}
	return UTF8, 0
}

// sniffBOM returns the encoding a byte order mark at the start of raw names,
// and the mark's length (0 when there is none).
func sniffBOM(raw string) (Encoding, int) {
	switch {
	case strings.HasPrefix(raw, "\xFF\xFE\x00\x00"):
		return UTF32LE, 4
	case strings.HasPrefix(raw, "\x00\x00\xFE\xFF"):
		return UTF32BE, 4
	case strings.HasPrefix(raw, "\xFF\xFE"):
		return UTF16LE, 2
	case strings.HasPrefix(raw, "\xFE\xFF"):
		return UTF16BE, 2
	case strings.HasPrefix(raw, bom):
		return UTF8, 3
	}
	return UTF8, 0
}

// decodeWide decodes UTF-16 or UTF-32 input after a byte order mark of
// bomLen bytes. ASCII runs map linearly; other characters one by one.
func decodeWide(raw string, e Encoding, bomLen int) (*Source, error) {
	unit := e.unit()
	if (len(raw)-bomLen)%unit != 0 {
		return nil, &InputError{Offset: len(raw) - (len(raw)-bomLen)%unit,
			Msg: fmt.Sprintf("invalid %s: the input ends inside a character", e)}
	}
	var b MapBuilder
	b.skipTo(bomLen)
	var ascii []byte
	asciiAt := bomLen
	flush := func() {
		b.linear(string(ascii), asciiAt, unit)
		ascii = ascii[:0]
	}
	for pos := bomLen; pos < len(raw); {
		r, n := decodeUnit(raw, pos, e)
		if r < 0 {
			return nil, &InputError{Offset: pos, Msg: "invalid " + e.String()}
		}
		if r < utf8.RuneSelf {
			if len(ascii) == 0 {
				asciiAt = pos
			}
			ascii = append(ascii, byte(r))
		} else {
			flush()
			b.Markup(Span{pos, pos + n}, string(r))
		}
		pos += n
	}
	flush()
	text, m := b.Finish(len(raw))
	src := &Source{Text: text, Input: raw, Map: m, Encoding: e, Extracted: true}
	return src.Normalize(), nil
}

// decodeUnit decodes the character at pos; r is -1 when it is invalid.
func decodeUnit(raw string, pos int, e Encoding) (r rune, n int) {
	u16 := func(i int) rune {
		if e == UTF16LE {
			return rune(raw[i]) | rune(raw[i+1])<<8
		}
		return rune(raw[i])<<8 | rune(raw[i+1])
	}
	switch e {
	case UTF16LE, UTF16BE:
		c := u16(pos)
		if !utf16.IsSurrogate(c) {
			return c, 2
		}
		if pos+4 > len(raw) {
			return -1, 2
		}
		if r := utf16.DecodeRune(c, u16(pos+2)); r != utf8.RuneError {
			return r, 4
		}
		return -1, 2
	case UTF32LE:
		r = rune(raw[pos]) | rune(raw[pos+1])<<8 | rune(raw[pos+2])<<16 | rune(raw[pos+3])<<24
	default:
		r = rune(raw[pos])<<24 | rune(raw[pos+1])<<16 | rune(raw[pos+2])<<8 | rune(raw[pos+3])
	}
	if !utf8.ValidRune(r) {
		return -1, 4
	}
	return r, 4
}

// decodeSingleByte decodes Windows-1252 input into a source.
func decodeSingleByte(raw string) *Source {
	text, m := DecodeSingleByte(raw, charmap.Windows1252)
	src := &Source{Text: text, Input: raw, Map: m, Encoding: Windows1252, Extracted: true}
	return src.Normalize()
}

// DecodeSingleByte decodes input in a single-byte encoding (Windows-1252,
// ISO-8859-1, ISO-8859-15 …) into UTF-8 with the map back to the input's
// bytes: bytes that stand for themselves (ASCII) are copied, the others
// replaced by their character. A source of such input counts lines and
// columns as Windows1252 does (one byte, one character), whatever the
// single-byte encoding.
func DecodeSingleByte(raw string, cm *charmap.Charmap) (string, *OffsetMap) {
	var table [256]string
	var same [256]bool // the byte is the character itself
	for c := range table {
		r := cm.DecodeByte(byte(c))
		table[c] = string(r)
		same[c] = r == rune(c) && r < utf8.RuneSelf
	}
	var b MapBuilder
	for pos := 0; pos < len(raw); {
		end := pos
		for end < len(raw) && same[raw[end]] {
			end++
		}
		b.Text(raw[pos:end], pos)
		if end < len(raw) {
			b.Markup(Span{end, end + 1}, table[raw[end]])
			end++
		}
		pos = end
	}
	return b.Finish(len(raw))
}

// looksLikeWindows1252 reports whether invalid UTF-8 reads as Windows-1252
// German: most non-ASCII bytes are umlauts, ß or typographic quotes.
func looksLikeWindows1252(raw string) bool {
	var high, german int
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if c < utf8.RuneSelf {
			continue
		}
		high++
		switch c {
		case 0xE4, 0xF6, 0xFC, 0xC4, 0xD6, 0xDC, 0xDF, 0x84, 0x93, 0x94, 0x96, 0x97, 0xE9, 0xA0, 0x80:
			german++
		}
	}
	return high > 0 && german*2 >= high
}
