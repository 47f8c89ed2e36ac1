package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMatchPrepositionalPhrase(t *testing.T) {
	tests := []struct {
		text      string
		match     string // "" when nothing matches
		words     int
		attribute bool
	}{
		{"Zum Zeitpunkt der Klage.", "Zum Zeitpunkt der Klage", 4, true},
		{"Nach Angaben der örtlichen Behörden.", "Nach Angaben der örtlichen Behörden", 5, true},
		{"Nach Angaben von Elon Musk.", "Nach Angaben von Elon Musk", 5, true},
		{"Laut einem Sprecher.", "Laut einem Sprecher", 3, false},
		{"Bis zum Ende der Sanierung.", "Bis zum Ende der Sanierung", 5, true},
		{"Wegen eines Defekts der Bahn des Landes.", "Wegen eines Defekts der Bahn des Landes", 7, true},
		{"Zum Zeitpunkt der Klage war er weg.", "Zum Zeitpunkt der Klage", 4, true},
		{"Von Anna Berger.", "", 0, false},
		{"Für mich die beste Wahl.", "", 0, false},
		{"Zum Glück.", "", 0, false}, // evaluative
		{"Zum Ärger der Anwohner.", "", 0, false},
		{"Zum Ende der Saison.", "Zum Ende der Saison", 4, true},
		{"Nach Sagte er.", "", 0, false},
	}
	for _, tt := range tests {
		d := analyze(t, tt.text)
		end, words, attribute := matchPrepositionalPhrase(d, 0, d.Sentences[0].End)
		if tt.match == "" {
			assert.Equal(t, 0, end, tt.text)
			continue
		}
		assert.Equal(t, tt.match, d.Text[d.Tokens[0].Start:d.Tokens[end-1].End], tt.text)
		assert.Equal(t, tt.words, words, tt.text)
		assert.Equal(t, tt.attribute, attribute, tt.text)
	}
}

func TestSentenceFragmentCases(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"seed", "„Sie haben illegal mit Twitter-Daten trainiert. Zum Zeitpunkt der Klage“, sagte der Milliardär sagte er in einem Tweet.", []string{"Zum Zeitpunkt der Klage"}},
		{"whole quotation", "Er kam. „Zum Zeitpunkt der Klage“, sagte er.", nil},
		{"single-sentence paragraph", "Nach Angaben der Verkehrsbetriebe.", nil},
		{"answer", "Warum? Wegen der Kosten des Projekts.", nil},
		{"headline", "Zum Tod des Papstes\n\nDer Papst ist tot.", nil},
		{"bullet", "• Nach Angaben der Polizei.\n• Zwei Verletzte.", nil},
		{"exclamation", "Er gewann. Nach fünf Jahren des Wartens!", nil},
		{"running text", "Die Zahl der Fahrgäste stieg. Nach Angaben der Verkehrsbetriebe. Die Bahn plant mehr Züge.", []string{"Nach Angaben der Verkehrsbetriebe"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, flaggedTexts(t, sentenceFragment, tt.text))
		})
	}
}
