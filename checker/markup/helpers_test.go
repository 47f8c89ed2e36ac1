package markup

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// extractCase is one table case of a reader: the input, the extracted text,
// and pieces of that text with the input bytes their span must map to.
type extractCase struct {
	name string
	in   string
	text string
	// spans maps a piece of text (its first occurrence) to the input bytes
	// its span maps to.
	spans map[string]string
	// headlines are the texts of the source's headline spans.
	headlines []string
}

// checkCase runs a reader on one case and checks text, spans, headlines and
// the invariants of the source.
func checkCase(t *testing.T, tc extractCase, read func(string) (*checker.Source, error)) *checker.Source {
	t.Helper()
	src, err := read(tc.in)
	require.NoError(t, err)
	assert.Equal(t, tc.text, src.Text)
	for piece, want := range tc.spans {
		i := strings.Index(src.Text, piece)
		if !assert.GreaterOrEqual(t, i, 0, "piece %q not in the text", piece) {
			continue
		}
		s := src.Map.Span(checker.Span{Start: i, End: i + len(piece)})
		assert.Equal(t, want, tc.in[s.Start:s.End], "input of %q", piece)
	}
	if tc.headlines != nil {
		var got []string
		for _, h := range src.Headlines {
			got = append(got, src.Text[h.Start:h.End])
		}
		assert.Equal(t, tc.headlines, got, "headlines")
	}
	for _, problem := range invariants(tc.in, src) {
		t.Error(problem)
	}
	return src
}

// invariants returns what is wrong with a source read from raw: the text is
// valid UTF-8 with no stray white space (only single spaces, line and
// paragraph breaks between pieces of text); the map is monotonic, within the input, on UTF-8 boundaries
// of UTF-8 input; copied letters map to the same byte; headlines lie inside
// the text.
func invariants(raw string, src *checker.Source) []string {
	var problems []string
	add := func(format string, args ...any) {
		if len(problems) < 10 {
			problems = append(problems, fmt.Sprintf(format, args...))
		}
	}
	text := src.Text
	if !utf8.ValidString(text) {
		add("text is not valid UTF-8: %q", text)
	}
	for _, bad := range []string{"\t", "\r", "\f", "  ", " \n", "\n ", "\n\n\n"} {
		if strings.Contains(text, bad) {
			add("text contains %q: %q", bad, text)
		}
	}
	if strings.Trim(text, " \n") != text {
		add("text starts or ends with white space: %q", text)
	}
	if src.Input != raw {
		add("Input is not the raw input")
	}
	if !src.Extracted {
		add("Extracted is false")
	}
	if src.Map != nil && src.Map.InputLen() != len(raw) {
		add("map leads back to %d bytes, input has %d", src.Map.InputLen(), len(raw))
	}
	utf8Input := src.Encoding == checker.UTF8 && utf8.ValidString(raw)
	prevStart, prevEnd := 0, 0
	for t := 0; t <= len(text); t++ {
		if t < len(text) && !utf8.RuneStart(text[t]) {
			continue
		}
		s, e := src.Map.Start(t), src.Map.End(t)
		if s < prevStart || e < prevEnd {
			add("map not monotonic at text offset %d: start %d after %d, end %d after %d", t, s, prevStart, e, prevEnd)
		}
		if s < 0 || s > len(raw) || e < 0 || e > len(raw) {
			add("text offset %d maps outside the input: %d, %d", t, s, e)
			continue
		}
		if utf8Input && (s < len(raw) && !utf8.RuneStart(raw[s]) || e < len(raw) && !utf8.RuneStart(raw[e])) {
			add("text offset %d maps inside a UTF-8 sequence: %d, %d", t, s, e)
		}
		prevStart, prevEnd = s, e
		if t < len(text) && isLetter(text[t]) {
			sp := src.Map.Span(checker.Span{Start: t, End: t + 1})
			if sp.Len() == 1 && raw[sp.Start] != text[t] {
				add("text byte %q at %d maps to input byte %q at %d", text[t], t, raw[sp.Start], sp.Start)
			}
		}
	}
	for _, h := range src.Headlines {
		if h.Start < 0 || h.End > len(text) || h.Start > h.End {
			add("headline %v outside the text of %d bytes", h, len(text))
		}
	}
	return problems
}

// readSeed returns the content of a test file.
func readSeed(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
