package rules

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/checker/checkertest"
)

// maxWordOrderNativePer1000 is the false-alarm budget of the word-order
// family on native German: half of the 1.0 per 1,000 words that all rules together may have.
const maxWordOrderNativePer1000 = 0.5

// wordOrderEngine runs the word-order family alone, experimental rules included.
func wordOrderEngine(t *testing.T) *checker.Engine {
	t.Helper()
	enable := map[string]bool{}
	for _, r := range wordOrderRules() {
		enable[r.ID] = true
	}
	e, err := checker.NewEngine(wordOrderRules(), checker.Config{Enable: enable})
	require.NoError(t, err)
	return e
}

func TestWordOrderSuggestions(t *testing.T) {
	tests := []struct {
		rule checker.Rule
		c    checkertest.Case
	}{
		{verbSecond, checkertest.Fix("{{Früher das Unternehmen Sagte}} er zur Kenntnisnahme.", "Früher sagte das Unternehmen")},
		{verbSecond, checkertest.Fix("{{Am 3. März die Regierung kündigte}} Hilfen an.", "Am 3. März kündigte die Regierung")},
		{verbSecond, checkertest.Fix("{{Gestern er sagte}} nichts.", "Gestern sagte er")},
		{verbFinal, checkertest.Fix("Er sagte, dass die Preise {{sind gestiegen}}.", "gestiegen sind")},
		{verbFinal, checkertest.Fix("Er sagte, dass er {{hat gekauft}} ein Auto.")},
		{verbFinal, checkertest.Fix("Er sagte, dass er {{kaufte}} ein Auto.")},
		{infinitivePosition, checkertest.Fix("Er hat {{gekauft ein Auto}}.", "ein Auto gekauft")},
		{infinitivePosition, checkertest.Fix("Er hat {{gekauft ein Auto}} in Berlin.")},
		{extraposedObject, checkertest.Fix("Er sagte, dass sie zurückkehren {{werden“ zu Twitter}}.")},
	}
	for _, tt := range tests {
		tt.c.Message = "Wortstellung:"
		checkertest.Run(t, tt.rule, tt.c)
	}
}
