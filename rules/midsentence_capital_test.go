package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
)

// findingsOf runs one rule on text and returns its findings.
func findingsOf(t *testing.T, rule checker.Rule, text string) []checker.Finding {
	t.Helper()
	eng, err := checker.NewEngine([]checker.Rule{rule}, checker.Config{Enable: map[string]bool{rule.ID: true}})
	require.NoError(t, err)
	res, err := eng.CheckText(text)
	require.NoError(t, err)
	return res.Findings
}

// flaggedTexts returns the texts of a rule's findings on text.
func flaggedTexts(t *testing.T, rule checker.Rule, text string) []string {
	t.Helper()
	var out []string
	for _, f := range findingsOf(t, rule, text) {
		out = append(out, f.Text)
	}
	return out
}

func TestCapitalSubordinator(t *testing.T) {
	for _, w := range []string{"Dass", "Weil", "Obwohl", "Während", "Seitdem", "Solange", "Wohingegen"} {
		assert.True(t, isCapitalSubordinator(w), w)
	}
	for _, w := range []string{"Als", "Wie", "Da", "Damit", "Ehe", "Und", "Dann"} {
		assert.False(t, isCapitalSubordinator(w), w)
	}
}

func TestMidsentenceCapitalCases(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"seed verb", "Früher das Unternehmen Sagte er zur Kenntnisnahme dass seine Werbeplattform Twitter ab Dienstag, dem 25.", []string{"Sagte"}},
		{"seed link text", "Vielleicht möchten Sie Twitter lesen Cookie-Richtlinie Und Datenschutz-Bestimmungen vor dem Einlass.", []string{"Und"}},
		{"missing full stop", "Warum also sind die Menschen so besorgt Ich glaube, dass es hilft.", nil},
		{"glued headline", "Bedenken gegenüber Pelosi äußern Demokraten Während des Treffens machten mehrere Mitglieder Druck.", nil},
		{"nominalised participle", "Die Staaten, die in der Vergangenheit Verbündete der UdSSR waren, sind nun Partner.", nil},
		{"noun after indefinite", "Bewegung ist auf mehreren Wegen förderlich.", nil},
		{"zu-infinitive after", "Bitte die Hinweise auf der Website Und in den Amtsblättern zu beachten.", []string{"Und"}},
		{"bullet label", "• Cookie-Richtlinie Und Datenschutz", nil},
		{"bullet sentence", "• Wir bitten um Beachtung der Hinweise Und Regeln.", []string{"Und"}},
		{"polite", "Wir danken Ihnen und Ihrer Familie.", nil},
		{"title noun", "Der Film Wenn der Wind weht lief im Kino.", nil},
		{"name after capital", "Die Apotheke Am Markt und das Hotel Zum Löwen öffnen.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, flaggedTexts(t, midsentenceCapital, tt.text))
		})
	}
}

func TestMidsentenceCapitalSuggestion(t *testing.T) {
	fs := findingsOf(t, midsentenceCapital, "Der Minister kam zu spät, Weil sein Zug ausfiel.")
	require.Len(t, fs, 1)
	assert.Equal(t, []string{"weil"}, fs[0].Suggestions)
	assert.Contains(t, fs[0].Message, "als Konjunktion")
}

func TestDecapitalize(t *testing.T) {
	assert.Equal(t, "sagte", decapitalize("Sagte"))
	assert.Equal(t, "über", decapitalize("Über"))
}
