package checker

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) into a document's original text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes in the span.
func (s Span) Len() int { return s.End - s.Start }

// Overlaps reports whether two spans share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Contains reports whether o lies completely inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// To returns the span from the start of s to the end of o.
func (s Span) To(o Span) Span { return Span{Start: s.Start, End: o.End} }

// Position is a 1-based line and column; the column counts Unicode code points.
type Position struct {
	Line   int `json:"line"`
	Column int `json:"column"`
}

// LineIndex converts byte offsets of one input into line and column
// positions. It counts in the input's own encoding: lines end at a line feed
// code unit, columns count Unicode code points, and a byte order mark at the
// start is not counted (the character after it is in column 1). Positions
// cost O(log n) plus at most a checkpoint interval of counting, however long
// a line is.
type LineIndex struct {
	text   string
	enc    Encoding
	starts []int // byte offset of the first byte of every line
	// chars counts the code points before every line start (after a byte
	// order mark), for CharOffset.
	chars []int
	// checks are column checkpoints inside long lines, in offset order.
	checks []lineCheck
}

// lineCheck records the column of a byte offset inside a long line.
type lineCheck struct{ offset, column int }

// checkEvery is the distance in bytes between column checkpoints.
const checkEvery = 256

// NewLineIndex indexes the line starts of a UTF-8 text. Lines end at '\n'.
func NewLineIndex(text string) *LineIndex { return newLineIndex(text, UTF8) }

// newLineIndex indexes text in the encoding enc.
func newLineIndex(text string, enc Encoding) *LineIndex {
	li := &LineIndex{text: text, enc: enc}
	_, first := sniffBOM(text)
	if e, _ := sniffBOM(text); e != enc {
		first = 0
	}
	li.starts = append(li.starts, first)
	li.chars = append(li.chars, 0)
	unit := enc.unit()
	col, lineStart, chars := 1, first, 0
	for i := first; i+unit <= len(text); {
		if enc == UTF8 && i == lineStart {
			// A line of UTF-8 shorter than a checkpoint interval needs no
			// checkpoint: count its characters at once.
			end := strings.IndexByte(text[i:], '\n')
			if end < 0 {
				end = len(text) - i
			}
			if end < checkEvery {
				chars += utf8.RuneCountInString(text[i : i+end])
				i += end
				if i < len(text) {
					chars++
					i++
					li.starts = append(li.starts, i)
					li.chars = append(li.chars, chars)
					lineStart = i
				}
				continue
			}
		}
		c, n := li.codePoint(i)
		chars++
		if c == '\n' {
			li.starts = append(li.starts, i+n)
			li.chars = append(li.chars, chars)
			col, lineStart = 1, i+n
		} else {
			col++
			if i+n-lineStart >= checkEvery && (len(li.checks) == 0 || i+n-li.checks[len(li.checks)-1].offset >= checkEvery) {
				li.checks = append(li.checks, lineCheck{i + n, col})
			}
		}
		i += n
	}
	return li
}

// codePoint returns whether the character at byte i is a line feed ('\n'
// or 0 for any other) and its length in bytes. Invalid bytes count as one
// character each.
func (li *LineIndex) codePoint(i int) (rune, int) {
	switch li.enc {
	case UTF8:
		c := li.text[i]
		if c < utf8.RuneSelf {
			return rune(c), 1
		}
		_, n := utf8.DecodeRuneInString(li.text[i:])
		return 0, n
	case Windows1252:
		return rune(li.text[i]), 1
	}
	r, n := decodeUnit(li.text, i, li.enc)
	if r < 0 {
		n = li.enc.unit()
	}
	return r, n
}

// Position returns the line and column of a byte offset. Offsets past the end
// of the text are clamped to the end.
func (li *LineIndex) Position(offset int) Position {
	offset = max(0, min(offset, len(li.text)))
	line := sort.Search(len(li.starts), func(i int) bool { return li.starts[i] > offset }) - 1
	if line < 0 {
		return Position{Line: 1, Column: 1} // inside the byte order mark
	}
	from, col := li.starts[line], 1
	if k := sort.Search(len(li.checks), func(k int) bool { return li.checks[k].offset > offset }) - 1; k >= 0 && li.checks[k].offset > from {
		from, col = li.checks[k].offset, li.checks[k].column
	}
	if li.enc == UTF8 && (offset == len(li.text) || utf8.RuneStart(li.text[offset])) {
		// Counting the code points at once gives what the loop below gives
		// when offset starts a character.
		return Position{Line: line + 1, Column: col + utf8.RuneCountInString(li.text[from:offset])}
	}
	for i := from; i < offset; {
		if i+li.enc.unit() > len(li.text) {
			break
		}
		_, n := li.codePoint(i)
		i += n
		col++
	}
	return Position{Line: line + 1, Column: col}
}

// CharOffset returns the number of Unicode code points before a byte offset
// of the input, not counting a byte order mark: the character offset that
// SARIF and editors count in.
func (li *LineIndex) CharOffset(offset int) int {
	p := li.Position(offset)
	return li.chars[p.Line-1] + p.Column - 1
}

// Lines returns the number of lines in the text.
func (li *LineIndex) Lines() int { return len(li.starts) }
