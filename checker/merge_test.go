package checker

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// leftoverRule flags every paragraph that starts with word as a leftover.
func leftoverRule(id, word string, sev Severity) Rule {
	r := wordRule(id, word, sev)
	r.Category = LeftoverCategory
	r.Check = func(p *Pass) {
		for _, para := range p.Paragraphs() {
			if strings.HasPrefix(p.Doc.Slice(para.Span), word) {
				p.Report(para.Span, "Rest: "+word)
			}
		}
	}
	return r
}

func TestLeftoverBlocksAreOneFinding(t *testing.T) {
	e, err := NewEngine([]Rule{
		leftoverRule("skip-link", "Überspringen", Major),
		leftoverRule("consent", "Zulassen", Minor),
		leftoverRule("end-marker", "Ende", Major),
		wordRule("inside", "Cookie", Major),
		wordRule("outside", "Artikel", Minor),
	}, Config{})
	require.NoError(t, err)
	text := "Ein Artikel beginnt.\n\nÜberspringen, 1\n\nZulassen? Lesen Sie die Cookie-Regeln.\n\nEnde, 1\n\n" +
		"Der Artikel geht weiter.\n\nZulassen allein."
	res, err := e.CheckText(text)
	require.NoError(t, err)
	var got []string
	for _, f := range res.Findings {
		got = append(got, f.Rule+": "+f.Text)
	}
	assert.Equal(t, []string{
		"outside: Artikel",
		"skip-link: Überspringen, 1\n\nZulassen? Lesen Sie die Cookie-Regeln.\n\nEnde, 1",
		"outside: Artikel",
		"consent: Zulassen allein.",
	}, got, "the box is one finding; the word inside it goes with it; a lone leftover stays as it is")
	box := res.Findings[1]
	assert.Equal(t, Major, box.Severity)
	assert.Equal(t, []string{"consent", "end-marker"}, box.Also)
	require.Len(t, box.Related, 3)
	assert.Equal(t, "Rest: Zulassen", box.Related[1].Message)
	assert.Equal(t, "Zulassen? Lesen Sie die Cookie-Regeln.", text[box.Related[1].Start:box.Related[1].End])
	assert.Equal(t, Position{5, 1}, box.Related[1].Position)
	assert.Contains(t, box.Message, "3 Befunde in 3 Absätzen")
	assert.Equal(t, 1+5+1+1, res.Penalty)
}
