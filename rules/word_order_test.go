package rules

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
)

// maxWordOrderNativePer1000 is the false-alarm budget of the word-order
// family on native German: half of what the issue allows for all structural rules.
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
		text, rule, flagged, fix string // fix "" when the rule offers none
	}{
		{"Früher das Unternehmen Sagte er zur Kenntnisnahme.", "verb-second", "Früher das Unternehmen Sagte", "Früher sagte das Unternehmen"},
		{"Am 3. März die Regierung kündigte Hilfen an.", "verb-second", "Am 3. März die Regierung kündigte", "Am 3. März kündigte die Regierung"},
		{"Gestern er sagte nichts.", "verb-second", "Gestern er sagte", "Gestern sagte er"},
		{"Er sagte, dass die Preise sind gestiegen.", "verb-final", "sind gestiegen", "gestiegen sind"},
		{"Er sagte, dass er hat gekauft ein Auto.", "verb-final", "hat gekauft", ""},
		{"Er sagte, dass er kaufte ein Auto.", "verb-final", "kaufte", ""},
		{"Er hat gekauft ein Auto.", "infinitive-position", "gekauft ein Auto", "ein Auto gekauft"},
		{"Er hat gekauft ein Auto in Berlin.", "infinitive-position", "gekauft ein Auto", ""},
		{"Er sagte, dass sie zurückkehren werden“ zu Twitter.", "extraposed-object", "werden“ zu Twitter", ""},
	}
	e := wordOrderEngine(t)
	for _, tt := range tests {
		res, err := e.CheckText(tt.text)
		require.NoError(t, err)
		require.Len(t, res.Findings, 1, tt.text)
		f := res.Findings[0]
		assert.Equal(t, tt.rule, f.Rule, tt.text)
		assert.Equal(t, tt.flagged, f.Text, tt.text)
		if tt.fix == "" {
			assert.Empty(t, f.Suggestions, tt.text)
		} else {
			assert.Equal(t, []string{tt.fix}, f.Suggestions, tt.text)
		}
		assert.True(t, strings.HasPrefix(f.Message, "Wortstellung:"), f.Message)
	}
}
