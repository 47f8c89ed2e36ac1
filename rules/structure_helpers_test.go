package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/clause"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

// analyze builds the document model of text for helper tests.
func analyze(t *testing.T, text string) *checker.Doc {
	t.Helper()
	d, err := checker.Analyze(text)
	require.NoError(t, err)
	return d
}

// tokenIndex returns the index of the n-th (0-based) token with text w.
func tokenIndex(t *testing.T, d *checker.Doc, w string, n int) int {
	t.Helper()
	for i := range d.Tokens {
		if d.TokenText(i) == w {
			if n == 0 {
				return i
			}
			n--
		}
	}
	require.Failf(t, "token not found", "%q", w)
	return -1
}

func TestVerbPredicates(t *testing.T) {
	tests := []struct {
		text, word          string
		mayBeVerb, finite   bool
		attributive, nounLk bool
	}{
		{"Er sagte nichts.", "sagte", true, true, false, false},
		{"Früher das Unternehmen Sagte er.", "Sagte", true, true, false, false},
		{"Das Essen ist fertig.", "Essen", false, false, false, true},
		{"Sie expandierten rasch.", "expandierten", true, true, true, false},
		{"Sie zoomten rasch.", "zoomten", true, false, true, false}, // unknown: a possible verb, and adjective-like by its ending
		{"Die neuen Regeln gelten.", "neuen", true, false, true, false},
		{"Die Würde des Menschen.", "Würde", false, false, false, true},
		{"Meine erste Wahl.", "Meine", true, false, false, false},
		{"Das ist meine Wahl.", "meine", true, false, false, false},
		{"Ein Jupiter-ähnlicher Planet.", "Jupiter-ähnlicher", false, false, true, true},
		{"Nach Angaben der BBC.", "BBC", false, false, false, true},
		{"Er kam zum Bahnhof.", "zum", false, false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			d := analyze(t, tt.text)
			i := tokenIndex(t, d, tt.word, 0)
			lx := clause.NewLex(d, lexicon.Default())
			assert.Equal(t, tt.mayBeVerb, mayBeVerbAt(lx, i), "mayBeVerbAt")
			assert.Equal(t, tt.finite, knownFiniteAt(lx, i), "knownFiniteAt")
			assert.Equal(t, tt.attributive, attributiveAt(lx, i), "attributiveAt")
			assert.Equal(t, tt.nounLk, nounLikeAt(d, i), "nounLikeAt")
		})
	}
}

func TestStretches(t *testing.T) {
	d := analyze(t, `Er sagte, dass sie „heute“ komme; dann ging er.`)
	s := d.Sentences[0]
	x := newRangeIndex(clause.NewLex(d, lexicon.Default()))
	sie := tokenIndex(t, d, "sie", 0)
	assert.Equal(t, tokenIndex(t, d, "dass", 0), x.stretchStart(sie))
	assert.Equal(t, tokenIndex(t, d, "„", 0), x.stretchEndAt(sie))
	dann := tokenIndex(t, d, "dann", 0)
	assert.Equal(t, dann, x.stretchStart(dann+1))
	assert.Equal(t, tokenIndex(t, d, ".", 0), x.stretchEndAt(dann))
	assert.Equal(t, s.First, x.stretchStart(s.First+1))
	assert.True(t, x.hasFiniteIn(0, sie), "sagte")
	assert.False(t, x.hasFiniteIn(sie, sie+1))
	assert.False(t, x.hasFiniteIn(sie, sie), "an empty range")
}

func TestParagraphEndsSentence(t *testing.T) {
	for text, want := range map[string]bool{
		"Er kam.":           true,
		"„Kommst du?“":      true,
		"Er ging (endlich)": false,
		"Mehr dazu …":       true,
		"Titel ohne Punkt":  false,
		"Er sagte,":         false,
	} {
		d := analyze(t, text)
		assert.Equal(t, want, paragraphEndsSentence(d, d.Paragraphs[0]), text)
	}
}
