package checker

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLineIndexPosition(t *testing.T) {
	text := "äb\nc„d\n\nx"
	li := NewLineIndex(text)
	tests := []struct {
		offset int
		want   Position
	}{
		{0, Position{1, 1}},
		{2, Position{1, 2}}, // after the two-byte ä
		{3, Position{1, 3}}, // the newline itself
		{4, Position{2, 1}},
		{5, Position{2, 2}}, // „ is three bytes
		{8, Position{2, 3}},
		{10, Position{3, 1}},
		{11, Position{4, 1}},
		{12, Position{4, 2}}, // end of text
		{99, Position{4, 2}}, // clamped
		{-5, Position{1, 1}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, li.Position(tt.offset), "offset %d", tt.offset)
	}
	assert.Equal(t, 4, li.Lines())
}

func TestSpanRelations(t *testing.T) {
	a := Span{2, 5}
	assert.True(t, a.Overlaps(Span{4, 9}))
	assert.False(t, a.Overlaps(Span{5, 9}), "end is exclusive")
	assert.False(t, a.Overlaps(Span{0, 2}))
	assert.True(t, a.Contains(Span{2, 5}))
	assert.False(t, a.Contains(Span{1, 5}))
	assert.Equal(t, Span{2, 9}, a.To(Span{7, 9}))
	assert.Equal(t, 3, a.Len())
}

func TestParseMarked(t *testing.T) {
	text, marks, err := ParseMarked("Er {{sagte sagte|duplicate-reporting-verb}} es {{Mr. Musk}}.")
	assert.NoError(t, err)
	assert.Equal(t, "Er sagte sagte es Mr. Musk.", text)
	assert.Equal(t, []Mark{{Span{3, 14}, "duplicate-reporting-verb"}, {Span{18, 26}, ""}}, marks)
	assert.Equal(t, "sagte sagte", text[marks[0].Start:marks[0].End])

	text, marks, err = ParseMarked("a {{b|c d}} e")
	assert.NoError(t, err)
	assert.Equal(t, "a b|c d e", text, "a bar not followed by a rule ID is text")
	assert.Equal(t, []Mark{{Span{2, 7}, ""}}, marks)

	for _, bad := range []string{"a {{b", "a }} b", "{{a {{b}} c}}", "x {{}} y", "a }}{{b}}"} {
		_, _, err := ParseMarked(bad)
		assert.Error(t, err, bad)
	}
}

func TestCharOffset(t *testing.T) {
	text := "\uFEFFäb\nc😀d\n\nx"
	li := NewLineIndex(text)
	for off, want := range map[int]int{0: 0, 3: 0, 5: 1, 6: 2, 7: 3, 8: 4, 12: 5, 13: 6, 14: 7, 15: 8, 16: 9} {
		assert.Equal(t, want, li.CharOffset(off), "offset %d", off)
	}
}
