package rules

import (
	"github.com/mtcheck/mtcheck/checker/checkertest"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/mtcheck/mtcheck/rules/clause"
	"github.com/mtcheck/mtcheck/rules/lexicon"
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
		end, words, attribute := matchPrepositionalPhrase(clause.NewLex(d, lexicon.Default()), 0, d.Sentences[0].End)
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
	checkertest.Run(t, sentenceFragment, []checkertest.Case{
		{Text: "„Sie haben illegal mit Twitter-Daten trainiert. {{Zum Zeitpunkt der Klage}}“, sagte der Milliardär sagte er in einem Tweet."}, // seed
		{Text: "Er kam. „Zum Zeitpunkt der Klage“, sagte er."},                                                                                // whole quotation
		{Text: "Nach Angaben der Verkehrsbetriebe."},                                                                                          // single-sentence paragraph
		{Text: "Warum? Wegen der Kosten des Projekts."},                                                                                       // answer
		{Text: "Zum Tod des Papstes\n\nDer Papst ist tot."},                                                                                   // headline
		{Text: "• Nach Angaben der Polizei.\n• Zwei Verletzte."},                                                                              // bullet
		{Text: "Er gewann. Nach fünf Jahren des Wartens!"},                                                                                    // exclamation
		{Text: "Die Zahl der Fahrgäste stieg. {{Nach Angaben der Verkehrsbetriebe}}. Die Bahn plant mehr Züge."},                              // running text
	}...)
}
