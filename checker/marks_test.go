package checker

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIsHyphen(t *testing.T) {
	for _, tt := range []struct {
		r    rune
		want bool
	}{
		{'-', true}, {'\u2010', true}, {'\u2011', true},
		{'–', false}, {'—', false}, {'‒', false}, {'/', false}, {'a', false},
	} {
		assert.Equal(t, tt.want, IsHyphen(tt.r), "%q", tt.r)
	}
}

func TestIsDash(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"–", true}, {"—", true}, {"‒", true}, {"―", true}, {"-", true},
		{"\u2010", false}, {"--", false}, {",", false}, {"E-Mail", false},
	} {
		assert.Equal(t, tt.want, IsDash(tt.s), "%q", tt.s)
	}
}

// quoteMarkTests list every mark the text model may meet and whether it is a
// quotation mark and a closing mark.
var quoteMarkTests = []struct {
	s              string
	quote, closing bool
}{
	{"„", true, false}, {"‚", true, false}, // German openers
	{"“", true, true}, {"‘", true, true}, // German closers, English openers
	{"”", true, true}, {"’", true, true}, // English closers
	{"»", true, true}, {"«", true, true}, {"›", true, true}, {"‹", true, true}, // guillemets, both directions
	{"\"", true, true},
	{"'", false, true}, // an apostrophe, or a closing ASCII single quote after a full stop
	{"`", false, false},
	{")", false, true}, {"]", false, true}, {"}", false, true},
	{"(", false, false}, {".", false, false}, {"-", false, false}, {"''", false, false},
}

func TestIsQuoteMark(t *testing.T) {
	for _, tt := range quoteMarkTests {
		assert.Equal(t, tt.quote, IsQuoteMark(tt.s), "IsQuoteMark(%q)", tt.s)
		assert.Equal(t, tt.closing, IsClosingMark(tt.s), "IsClosingMark(%q)", tt.s)
	}
}

func TestSentenceEndMarks(t *testing.T) {
	for _, tt := range []struct {
		s                       string
		end, question, ellipsis bool
	}{
		{".", true, false, false},
		{"!", true, false, false},
		{"?", true, true, false},
		{"?!", true, true, false},
		{"!?", true, true, false},
		{"…", false, false, true},
		{"...", false, false, true},
		{"..", false, false, true},
		{",", false, false, false},
		{":", false, false, false},
		{"“", false, false, false},
	} {
		assert.Equal(t, tt.end, IsSentenceEnd(tt.s), "IsSentenceEnd(%q)", tt.s)
		assert.Equal(t, tt.question, IsQuestionEnd(tt.s), "IsQuestionEnd(%q)", tt.s)
		assert.Equal(t, tt.ellipsis, IsEllipsis(tt.s), "IsEllipsis(%q)", tt.s)
	}
}
