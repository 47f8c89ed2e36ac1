package checker

import (
	"sort"
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

// LineIndex converts byte offsets of one text into line and column positions.
type LineIndex struct {
	text   string
	starts []int // byte offset of the first byte of every line
}

// NewLineIndex indexes the line starts of text. Lines end at '\n'.
func NewLineIndex(text string) *LineIndex {
	starts := []int{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &LineIndex{text: text, starts: starts}
}

// Position returns the line and column of a byte offset. Offsets past the end
// of the text are clamped to the end.
func (li *LineIndex) Position(offset int) Position {
	if offset < 0 {
		offset = 0
	}
	if offset > len(li.text) {
		offset = len(li.text)
	}
	line := sort.Search(len(li.starts), func(i int) bool { return li.starts[i] > offset }) - 1
	col := utf8.RuneCountInString(li.text[li.starts[line]:offset]) + 1
	return Position{Line: line + 1, Column: col}
}

// Lines returns the number of lines in the text.
func (li *LineIndex) Lines() int { return len(li.starts) }
