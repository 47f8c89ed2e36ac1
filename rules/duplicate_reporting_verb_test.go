package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
		particles, ok := reportingVerbAt(d, 0)
		assert.Equal(t, tt.ok, ok, tt.word)
		assert.Equal(t, tt.particles, particles, tt.word)
	}
	d := analyze(t, "gab")
	particles, ok := reportingVerbAt(d, 0)
	require.True(t, ok)
	assert.ElementsMatch(t, []string{"an", "zu", "bekannt"}, particles)
}

func TestDuplicateReportingSuggestion(t *testing.T) {
	tests := []struct {
		text, flagged, suggestion string
	}{
		{"„Ja“, sagte er, sagte Musk.", "sagte er, sagte Musk", "sagte er"},
		{"„Ja“, sagte Musk in einem Interview fügte er hinzu.", "sagte Musk in einem Interview fügte er hinzu", "sagte Musk in einem Interview"},
		{"„Nein“, teilte das Amt am Montag mit erklärte es.", "teilte das Amt am Montag mit erklärte es", "teilte das Amt am Montag mit"},
	}
	for _, tt := range tests {
		fs := findingsOf(t, duplicateReportingVerb, tt.text)
		require.Len(t, fs, 1, tt.text)
		assert.Equal(t, tt.flagged, fs[0].Text)
		assert.Equal(t, []string{tt.suggestion}, fs[0].Suggestions)
	}
}

func TestDuplicateReportingSilent(t *testing.T) {
	for _, text := range []string{
		"„Ja“, sagte er, sagte sie dann später.",
		"„Ja“, sagte er in Berlin und fügte hinzu, er bleibe.",
		"„Ja“, sagte er, der gestern erklärte, er bleibe.",
		"„Ja“, sagte Musk, als er gefragt wurde, was er meine.",
		"Er sagte, sie erklärte es ihm.",
		"„Ja“, sagte er dem Sender, dass er bleibe, sagte sie.",
	} {
		assert.Empty(t, findingsOf(t, duplicateReportingVerb, text), text)
	}
}
