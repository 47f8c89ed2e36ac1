package pack

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
)

// testEntry returns an entry with the given patterns, compiled, for tests of matching.
func testEntry(t *testing.T, id string, scope Scope, patterns []string, exceptions ...string) *Entry {
	t.Helper()
	e := &Entry{ID: id, Scope: scope, Patterns: patterns, Exceptions: exceptions}
	for _, src := range patterns {
		p, err := parsePattern(src)
		require.NoError(t, err, src)
		e.patterns = append(e.patterns, p)
	}
	for _, src := range exceptions {
		p, err := parsePattern(src)
		require.NoError(t, err, src)
		e.exceptions = append(e.exceptions, p)
	}
	return e
}

// testSet compiles entries into one set.
func testSet(t *testing.T, entries ...*Entry) *set {
	t.Helper()
	s, err := newSet([]*Pack{{Name: "test", Entries: entries}})
	require.NoError(t, err)
	return s
}

// hitSpans returns the flagged spans of each entry of s on text.
func hitSpans(t *testing.T, s *set, text string) [][]checker.Span {
	t.Helper()
	d, err := checker.Analyze(text)
	require.NoError(t, err)
	var out [][]checker.Span
	for _, hs := range s.run(d) {
		var spans []checker.Span
		for _, h := range hs {
			spans = append(spans, h.span)
		}
		out = append(out, spans)
	}
	return out
}

// marked parses a text with {{…}} marks into the plain text and the marked spans.
func marked(t *testing.T, s string) (string, []checker.Span) {
	t.Helper()
	text, marks, err := checker.ParseMarked(s)
	require.NoError(t, err)
	var spans []checker.Span
	for _, m := range marks {
		spans = append(spans, m.Span)
	}
	return text, spans
}

func texts(text string, spans []checker.Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, text[s.Start:s.End])
	}
	return out
}
