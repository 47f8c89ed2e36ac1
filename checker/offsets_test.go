package checker

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// buildHTMLish extracts the text of a tiny markup language for tests: "<…>"
// is a tag that stands for nothing, "&x;" an entity for "x", and "<p>" a tag
// that stands for a paragraph break.
func buildHTMLish(in string) (string, *OffsetMap) {
	var b MapBuilder
	for i := 0; i < len(in); {
		switch in[i] {
		case '<':
			j := i + 1
			for j < len(in) && in[j] != '>' {
				j++
			}
			j = min(j+1, len(in))
			if in[i:j] == "<p>" {
				b.Markup(Span{i, j}, "\n\n")
			} else {
				b.Markup(Span{i, j}, "")
			}
			i = j
		case '&':
			j := i + 1
			for j < len(in) && in[j] != ';' {
				j++
			}
			if j < len(in) && j > i+1 {
				b.Markup(Span{i, j + 1}, in[i+1:j])
				i = j + 1
				continue
			}
			b.Text(in[i:i+1], i)
			i++
		default:
			_, n := utf8.DecodeRuneInString(in[i:])
			b.Text(in[i:i+n], i)
			i += n
		}
	}
	return b.Finish(len(in))
}

func TestOffsetMapMarkup(t *testing.T) {
	in := "<a>Tweet</a>In der &ä;ra<p>Neu"
	text, m := buildHTMLish(in)
	require.Equal(t, "TweetIn der ära\n\nNeu", text)
	tests := []struct {
		text, want string
	}{
		{"TweetIn", "Tweet</a>In"},
		{"Tweet", "Tweet"},
		{"In", "In"},
		{"ära", "&ä;ra"},
		{"ä", "&ä;"},
		{"ra", "ra"},
		{"Neu", "Neu"},
		{"\n\n", "<p>"},
	}
	for _, tt := range tests {
		at := indexOf(text, tt.text)
		s := m.Span(Span{at, at + len(tt.text)})
		assert.Equal(t, tt.want, in[s.Start:s.End], "text %q", tt.text)
	}
	assert.Equal(t, 3, m.Start(0), "a span at the start of the text starts after the tag")
	assert.Equal(t, 0, m.End(0))
	assert.Equal(t, len(in), m.End(len(text)))
	assert.Equal(t, len(in), m.InputLen())
	assert.Equal(t, len(text), m.TextLen())
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	panic("not found: " + sub)
}

func TestOffsetMapChain(t *testing.T) {
	// An entity that decodes to a combining mark, normalised afterwards:
	// "a&#776;" is "a" + U+0308, which NFC composes to "ä".
	in := "Ka&\u0308;se"
	text, inner := buildHTMLish(in)
	require.Equal(t, "Ka\u0308se", text)
	src := (&Source{Text: text, Input: in, Map: inner, Extracted: true}).Normalize()
	require.Equal(t, "Käse", src.Text)
	s := src.Map.Span(Span{1, 3}) // "ä"
	assert.Equal(t, "a&\u0308;", in[s.Start:s.End], "the composed character covers both of its sources")
	s = src.Map.Span(Span{0, len(src.Text)})
	assert.Equal(t, in, in[s.Start:s.End])
	assert.Nil(t, Chain(nil, nil))
	assert.Same(t, inner, Chain(nil, inner))
}

func TestNilOffsetMapIsIdentity(t *testing.T) {
	var m *OffsetMap
	assert.Equal(t, 7, m.Start(7))
	assert.Equal(t, 9, m.End(9))
	assert.Equal(t, Span{2, 5}, m.Span(Span{2, 5}))
}

func TestMapBuilderRejectsBackwardPieces(t *testing.T) {
	var b MapBuilder
	b.Text("abc", 5)
	assert.Panics(t, func() { b.Text("x", 2) })
}

// checkOffsetMap checks the invariants every map must keep: Start and End
// are monotonic, inside the input, on UTF-8 boundaries of a UTF-8 input,
// and a span never maps to an inverted one.
func checkOffsetMap(t *testing.T, m *OffsetMap, text, input string) {
	t.Helper()
	prevStart, prevEnd := 0, 0
	for i := 0; i <= len(text); i++ {
		s, e := m.Start(i), m.End(i)
		if s < 0 || s > len(input) || e < 0 || e > len(input) {
			t.Fatalf("offset %d maps outside the input: start %d, end %d of %d", i, s, e, len(input))
		}
		if s < prevStart || e < prevEnd {
			t.Fatalf("offset %d: map not monotonic (start %d after %d, end %d after %d)", i, s, prevStart, e, prevEnd)
		}
		if utf8.ValidString(input) && boundary(text, i) && (!boundary(input, s) || !boundary(input, e)) {
			t.Fatalf("offset %d maps inside a UTF-8 character: start %d, end %d", i, s, e)
		}
		if i < len(text) && utf8.RuneStart(text[i]) {
			if span := m.Span(Span{i, i + 1}); span.End < span.Start {
				t.Fatalf("span at %d maps to inverted %v", i, span)
			}
		}
		prevStart, prevEnd = s, e
	}
}

func boundary(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }

func FuzzOffsetMap(f *testing.F) {
	for _, s := range []string{"", "<a>Tweet</a>In", "x&ä;y<p>z", "Ka&\u0308;se", "&;", "<<>>&&;;", "a\u0308\u0301<p>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if !utf8.ValidString(in) {
			return
		}
		text, m := buildHTMLish(in)
		checkOffsetMap(t, m, text, in)
		if m.TextLen() != len(text) || m.InputLen() != len(in) {
			t.Fatalf("lengths %d/%d, want %d/%d", m.TextLen(), m.InputLen(), len(text), len(in))
		}
		if !utf8.ValidString(text) {
			return
		}
		src := (&Source{Text: text, Input: in, Map: m, Extracted: true}).Normalize()
		checkOffsetMap(t, src.Map, src.Text, in)
		// Copied text maps to itself.
		for i := 0; i < len(text); i++ {
			if text[i] == 'q' && m.Span(Span{i, i + 1}).Len() == 1 {
				if s := m.Span(Span{i, i + 1}); in[s.Start] != 'q' {
					t.Fatalf("copied q at %d maps to %q", i, in[s.Start:s.End])
				}
			}
		}
	})
}

func TestNormalizeMapsHeadlines(t *testing.T) {
	text := "Zu\u0308rich heute\n\nDer Text folgt hier, lang und ohne Punkt am Ende, mit mehr als fünfzehn Wörtern in einer einzigen langen Zeile ohne Schluss"
	src := (&Source{Text: text, Input: text, Headlines: []Span{{0, len("Zu\u0308rich heute")}}}).Normalize()
	require.Equal(t, "Zürich heute", src.Text[src.Headlines[0].Start:src.Headlines[0].End])
	d, err := AnalyzeSource(context.Background(), src)
	require.NoError(t, err)
	require.Len(t, d.Paragraphs, 2)
	assert.True(t, d.Paragraphs[0].Headline)
	assert.False(t, d.Paragraphs[1].Headline)
	src.Headlines = append(src.Headlines, d.Paragraphs[1].Span)
	d, err = AnalyzeSource(context.Background(), src)
	require.NoError(t, err)
	assert.True(t, d.Paragraphs[1].Headline, "a paragraph the markup marks as a headline is one, whatever its length")
}

func TestBlocksSourcesKeepTheirParagraphs(t *testing.T) {
	text := "Satz eins.\nSatz zwei.\n– Satz drei mit Strich.\n\nZweiter Block."
	plain, err := AnalyzeSource(context.Background(), &Source{Text: text})
	require.NoError(t, err)
	blocks, err := AnalyzeSource(context.Background(), &Source{Text: text, Layout: LayoutBlocks})
	require.NoError(t, err)
	assert.Len(t, plain.Paragraphs, 3, "plain text: a line starting with a dash is a bullet paragraph")
	assert.Len(t, blocks.Paragraphs, 2, "extracted markup: only blank lines separate paragraphs")
	assert.False(t, blocks.Paragraphs[0].Bullet)
}
