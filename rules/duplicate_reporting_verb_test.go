package rules

import (
	"github.com/mtcheck/mtcheck/checker/checkertest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/rules/clause"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

// TestReportingLemmasInLexicon keeps the lemma table in step with the
// lexicon: every lemma must be a listed verb with the listed particle.
func TestReportingLemmasInLexicon(t *testing.T) {
	lx := germanLexicon()
	for lemma, particles := range reportingVerbs {
		require.True(t, lx.HasVerb(lemma), "reporting verb %q is not in the lexicon", lemma)
		want := ""
		if len(particles) > 0 {
			require.Len(t, particles, 1, lemma)
			want = particles[0]
		}
		assert.Equal(t, want, lx.SeparablePrefix(lemma), "particle of %q", lemma)
	}
}

func TestReportingVerbAt(t *testing.T) {
	tests := []struct {
		word      string
		ok        bool
		particles []string
	}{
		{"sagte", true, nil},
		{"sagen", true, nil},
		{"erklärten", true, nil},
		{"schrieb", true, nil},
		{"fügte", true, []string{"hinzu"}},
		{"teilte", true, []string{"mit"}},
		{"hob", true, []string{"hervor"}},
		{"hinzufügte", false, nil}, // fused form of a verb-final clause
		{"Sagte", false, nil},
		{"ging", false, nil},
		{"gesagt", false, nil},
	}
	for _, tt := range tests {
		d := analyze(t, tt.word)
		particles, ok := reportingVerbAt(clause.NewLex(d, lexicon.Default()), 0)
		assert.Equal(t, tt.ok, ok, tt.word)
		assert.Equal(t, tt.particles, particles, tt.word)
	}
	d := analyze(t, "gab")
	particles, ok := reportingVerbAt(clause.NewLex(d, lexicon.Default()), 0)
	require.True(t, ok)
	assert.ElementsMatch(t, []string{"an", "zu", "bekannt"}, particles)
}

func TestDuplicateReportingSuggestion(t *testing.T) {
	checkertest.Run(t, duplicateReportingVerb,
		checkertest.Fix("„Ja“, {{sagte er, sagte Musk}}.", "sagte er"),
		checkertest.Fix("„Ja“, {{sagte Musk in einem Interview fügte er hinzu}}.", "sagte Musk in einem Interview"),
		checkertest.Fix("„Nein“, {{teilte das Amt am Montag mit erklärte es}}.", "teilte das Amt am Montag mit"),
	)
}

func TestDuplicateReportingSilent(t *testing.T) {
	checkertest.Run(t, duplicateReportingVerb, []checkertest.Case{
		{Text: "„Ja“, sagte er, sagte sie dann später."},
		{Text: "„Ja“, sagte er in Berlin und fügte hinzu, er bleibe."},
		{Text: "„Ja“, sagte er, der gestern erklärte, er bleibe."},
		{Text: "„Ja“, sagte Musk, als er gefragt wurde, was er meine."},
		{Text: "Er sagte, sie erklärte es ihm."},
		{Text: "„Ja“, sagte er dem Sender, dass er bleibe, sagte sie."},
	}...)
}
