package server

import (
	"strings"
	"unicode/utf8"
)

// utf16Index converts byte offsets of a UTF-8 string into offsets in UTF-16
// code units, the string indices of Java and JavaScript that LanguageTool
// clients and the editor page count in. A character takes one unit, or two
// when it lies outside the Basic Multilingual Plane (emoji). Conversions
// cost at most utf16Step bytes of counting.
type utf16Index struct {
	s string
	// marks[k] is the number of units before byte k*utf16Step.
	marks []int
}

const utf16Step = 256

func newUTF16Index(s string) *utf16Index {
	x := &utf16Index{s: s, marks: make([]int, 0, len(s)/utf16Step+1)}
	n := 0
	for i := 0; i < len(s); i++ {
		if i%utf16Step == 0 {
			x.marks = append(x.marks, n)
		}
		n += unitsOfByte(s[i])
	}
	if len(s)%utf16Step == 0 {
		x.marks = append(x.marks, n)
	}
	return x
}

// unitsOfByte is the UTF-16 units a byte of valid UTF-8 adds: one for the
// first byte of a character, two for the first byte of a four-byte
// character, none for a continuation byte.
func unitsOfByte(c byte) int {
	switch {
	case c < 0x80:
		return 1
	case c < 0xC0:
		return 0
	case c < 0xF0:
		return 1
	}
	return 2
}

// at returns the number of UTF-16 units before byte offset b (clamped to
// the string). An offset inside a character counts that character.
func (x *utf16Index) at(b int) int {
	b = max(0, min(b, len(x.s)))
	k := b / utf16Step
	n := x.marks[k]
	for i := k * utf16Step; i < b; i++ {
		n += unitsOfByte(x.s[i])
	}
	return n
}

// len returns the length of the string in UTF-16 units.
func (x *utf16Index) len() int { return x.at(len(x.s)) }

// utf16Len returns the length of s in UTF-16 units.
func utf16Len(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n += unitsOfByte(s[i])
	}
	return n
}

// contextSize is how many UTF-16 units of text a LanguageTool context shows
// on each side of a match, as LanguageTool's own server does.
const contextSize = 40

// matchContext returns LanguageTool's context of the match [start, end)
// (byte offsets of s): up to contextSize units before and after it, "..."
// where the text is cut, and line breaks shown as spaces; offset and length
// are the match's place in the context, in UTF-16 units.
func matchContext(s string, start, end int) (text string, offset, length int) {
	from, units := start, 0
	for from > 0 && units < contextSize {
		r, n := utf8.DecodeLastRuneInString(s[:from])
		units += utf16Units(r)
		from -= n
	}
	to, units := end, 0
	for to < len(s) && units < contextSize {
		r, n := utf8.DecodeRuneInString(s[to:])
		units += utf16Units(r)
		to += n
	}
	var b strings.Builder
	if from > 0 {
		b.WriteString("...")
	}
	offset = utf16Len(b.String()) + utf16Len(s[from:start])
	b.WriteString(s[from:to])
	if to < len(s) {
		b.WriteString("...")
	}
	return strings.NewReplacer("\r", " ", "\n", " ").Replace(b.String()), offset, utf16Len(s[start:end])
}

func utf16Units(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}
