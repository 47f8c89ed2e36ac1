package rules

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
)

// pathologicalTexts repeat a unit without sentence boundaries, so that a
// rule that rescans its sentence at every token turns quadratic.
var pathologicalTexts = []struct {
	name, unit string
}{
	{"nouns", "Haus Baum "},
	{"fronted-adverbial", "Früher das Unternehmen Sagte er "},
	{"conjunctions", "er weiß ob "},
	{"prepositions", "Zum "},
	{"english-and-german", "the Haus "},
	{"unclosed-quotes", "„Haus "},
	{"honorifics", "Mr. Mr. "},
}

// timeCheck returns the fastest of five full checks of text.
func timeCheck(t *testing.T, eng *checker.Engine, text string) time.Duration {
	best := time.Duration(1 << 62)
	for range 5 {
		start := time.Now()
		_, err := eng.CheckText(text)
		require.NoError(t, err)
		best = min(best, time.Since(start))
	}
	return best
}

// TestPathologicalTextsScaleLinearly checks each pathological text at two
// sizes, eight times apart: a linear check takes about 8 times as long, a
// quadratic one 64 times. The bound of 32 leaves room for the noise of a
// loaded machine (garbage collection, other processes).
func TestPathologicalTextsScaleLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("times full checks")
	}
	eng, err := checker.NewEngine(All(), checker.Config{})
	require.NoError(t, err)
	for _, tc := range pathologicalTexts {
		t.Run(tc.name, func(t *testing.T) {
			small := timeCheck(t, eng, strings.Repeat(tc.unit, 1000))
			large := timeCheck(t, eng, strings.Repeat(tc.unit, 8000))
			ratio := float64(large) / float64(max(small, time.Microsecond))
			assert.Less(t, ratio, 32.0, "8 times the text took %.1f times as long (%v vs %v)", ratio, large, small)
		})
	}
}

// TestPathologicalTextsKeepTheirFindings: the repeated fronted adverbial is
// flagged in every sentence, however many there are.
func TestPathologicalTextsKeepTheirFindings(t *testing.T) {
	eng, err := checker.NewEngine(All(), checker.Config{})
	require.NoError(t, err)
	const n = 2000
	res, err := eng.CheckText(strings.Repeat("Früher das Unternehmen Sagte er. ", n))
	require.NoError(t, err)
	count := map[string]int{}
	for _, f := range res.Findings {
		count[f.Rule]++
	}
	assert.Equal(t, n, count["verb-second"])
	assert.Equal(t, n, count["midsentence-capital"])

	res, err = eng.CheckText(strings.Repeat("Früher das Unternehmen Sagte er ", n))
	require.NoError(t, err)
	count = map[string]int{}
	for _, f := range res.Findings {
		count[f.Rule]++
	}
	assert.Equal(t, map[string]int{"verb-second": 1, "midsentence-capital": 1}, count,
		"in one endless sentence only the first capital is mid-sentence; later ones follow a finite verb")
}
