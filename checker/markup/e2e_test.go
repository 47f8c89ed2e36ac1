package markup

import (
	"context"
	"strings"
	"testing"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"
)

// checkSource runs all rules over a source.
func checkSource(t *testing.T, src *checker.Source) []checker.Finding {
	t.Helper()
	eng, err := checker.NewEngine(rules.All(), checker.Config{})
	require.NoError(t, err)
	res, err := eng.CheckSource(context.Background(), src)
	require.NoError(t, err)
	return res.Findings
}

// ruleTexts lists findings as "rule: text", with white space collapsed.
func ruleTexts(fs []checker.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule+": "+strings.Join(strings.Fields(f.Text), " "))
	}
	return out
}

// TestArticleHTML: the HTML page of an article gives the findings of its
// plain text, and every finding's span covers the page bytes its text came
// from.
func TestArticleHTML(t *testing.T) {
	plain, err := checker.DecodeSource(readSeed(t, "testdata/artikel.txt"), nil)
	require.NoError(t, err)
	want := checkSource(t, plain)
	require.GreaterOrEqual(t, len(want), 8, "the article is meant to have findings: %v", ruleTexts(want))

	raw := readSeed(t, "testdata/artikel.html")
	src, err := HTML(raw, HTMLOptions{})
	require.NoError(t, err)
	assert.Equal(t, strings.TrimSpace(plain.Text), src.Text, "the page's text is the plain text")
	assert.Empty(t, invariants(raw, src))
	got := checkSource(t, src)

	require.Equal(t, len(want), len(got), "findings:\n%v\nwant\n%v", ruleTexts(got), ruleTexts(want))
	for i, f := range got {
		assert.Equal(t, want[i].Rule, f.Rule)
		assert.Equal(t, want[i].Text, f.Text, "text of %s", f.Rule)
		assert.Equal(t, 1+strings.Count(raw[:f.Start], "\n"), f.Line, "line of %s", f.Rule)
		// The page bytes of the span hold the finding's text.
		frag, err := HTML(raw[f.Start:f.End], HTMLOptions{})
		require.NoError(t, err)
		assert.Equal(t, strings.Fields(f.Text), strings.Fields(frag.Text), "page bytes of %s: %q", f.Rule, raw[f.Start:f.End])
	}
	spans := map[string]string{
		"glued-words":              "Tweet</a>In",
		"image-source-label":       "Bildquelle, </span>Getty Images",
		"english-date":             "March 3, 2025",
		"duplicate-reporting-verb": "sagte die Managerin sagte sie",
		"english-honorific":        "Mrs. Brenner",
	}
	for _, f := range got {
		if s, ok := spans[f.Rule]; ok {
			assert.Equal(t, s, raw[f.Start:f.End], f.Rule)
			delete(spans, f.Rule)
		}
		if f.Rule == "embed-skip-link" {
			assert.True(t, strings.HasPrefix(raw[f.Start:f.End], "Twitter-Inhalte &uuml;berspringen, 1</a>"), raw[f.Start:f.End])
			assert.True(t, strings.HasSuffix(raw[f.Start:f.End], `class="embed__end">Ende des Twitter-Inhalts, 1`), raw[f.Start:f.End])
		}
	}
	assert.Empty(t, spans, "rules without findings")
}

// TestArticleHTMLWindows1252: the same page in Windows-1252 gives the same
// findings, with spans into its own bytes.
func TestArticleHTMLWindows1252(t *testing.T) {
	utf := readSeed(t, "testdata/artikel.html")
	require.Contains(t, utf, `<meta charset="utf-8">`)
	// Characters instead of entities, so that the page has bytes to decode.
	page := strings.NewReplacer("&auml;", "ä", "&ouml;", "ö", "&uuml;", "ü", "&szlig;", "ß", "&bdquo;", "„",
		"&ldquo;", "“").Replace(utf)
	raw, err := charmap.Windows1252.NewEncoder().String(strings.Replace(page, `<meta charset="utf-8">`, `<meta charset="windows-1252">`, 1))
	require.NoError(t, err)
	require.Contains(t, raw, "Twitter-Inhalte \xfcberspringen")
	require.Contains(t, raw, "\x84Sie haben")

	src, err := HTML(raw, HTMLOptions{})
	require.NoError(t, err)
	assert.Equal(t, checker.Windows1252, src.Encoding)
	assert.Empty(t, invariants(raw, src))
	usrc, err := HTML(page, HTMLOptions{})
	require.NoError(t, err)
	assert.Equal(t, usrc.Text, src.Text)

	want, got := checkSource(t, usrc), checkSource(t, src)
	require.Equal(t, ruleTexts(want), ruleTexts(got))
	dec := charmap.Windows1252.NewDecoder()
	for i, f := range got {
		s, err := dec.String(raw[f.Start:f.End])
		require.NoError(t, err)
		assert.Equal(t, page[want[i].Start:want[i].End], s, f.Rule)
	}
}

// TestArticleMarkdown: the Markdown version of the article gives the
// findings of the plain text.
func TestArticleMarkdown(t *testing.T) {
	plain, err := checker.DecodeSource(readSeed(t, "testdata/artikel.txt"), nil)
	require.NoError(t, err)
	want := checkSource(t, plain)
	raw := readSeed(t, "testdata/artikel.md")
	src, err := Markdown(raw)
	require.NoError(t, err)
	assert.Empty(t, invariants(raw, src))
	got := checkSource(t, src)
	require.Equal(t, ruleTexts(want), ruleTexts(got))
	spans := map[string]string{
		"glued-words":        "Tweet](https://twitter.com/cbrenner/status/1897123456789)In",
		"image-source-label": "Bildquelle, Getty Images",
		"english-date":       "March 3, 2025",
	}
	for _, f := range got {
		if s, ok := spans[f.Rule]; ok {
			assert.Equal(t, s, raw[f.Start:f.End], f.Rule)
		}
		if f.Rule == "embed-skip-link" {
			assert.True(t, strings.HasSuffix(raw[f.Start:f.End], "```\n\nEnde des Twitter-Inhalts, 1"), raw[f.Start:f.End])
		}
	}
}
