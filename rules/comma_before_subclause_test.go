package rules

import (
	"github.com/mtcheck/mtcheck/checker/checkertest"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNoCommaBefore(t *testing.T) {
	tests := []struct {
		prev, conj string
		want       bool
	}{
		{"und", "dass", true},
		{"ohne", "dass", true},
		{"statt", "dass", true},
		{"auch", "wenn", true},
		{"selbst", "wenn", true},
		{"erst", "wenn", true},
		{"nur", "weil", true},
		{"gerade", "weil", true},
		{"allem", "weil", true}, // vor allem weil
		{"als", "ob", true},
		{"oder", "ob", true},
		{"egal", "ob", true},
		{"kurz", "nachdem", true},
		{"tage", "nachdem", true},
		{"mehr", "als", true},
		{"schneller", "als", true},
		{"anders", "als", true},
		{"kenntnisnahme", "dass", false},
		{"mit", "dass", false}, // separable particle: "teilte mit dass"
		{"sagte", "dass", false},
		{"heftig", "als", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, noCommaBefore(tt.prev, tt.conj), "%s %s", tt.prev, tt.conj)
	}
}

func TestSubjectOpensAt(t *testing.T) {
	tests := map[string]bool{
		"er": true, "sie": true, "man": true, "die": true, "das": true, "ein": true, "seine": true,
		"der": false, "des": false, "dem": false, "einer": false, "ihrer": false, "einem": false, "Arzt": false,
	}
	for w, want := range tests {
		d := analyze(t, "während "+w)
		assert.Equal(t, want, subjectOpensAt(d, 1), w)
	}
}

func TestCommaBeforeSubclauseCases(t *testing.T) {
	checkertest.Run(t, commaBeforeSubclause, []checkertest.Case{
		{Text: "Früher das Unternehmen Sagte er zur {{Kenntnisnahme dass}} seine Werbeplattform Twitter ab Dienstag, dem 25."}, // seed
		{Text: "Die Tatsache dass er kam, freute uns."},                                    // no clause before
		{Text: "Sie lachten, bevor sie sie während der Pause sahen."},                      // open subclause before
		{Text: "Er schlief während der Sitzung ein, sagte sie."},                           // während genitive
		{Text: "Er {{las während}} sie schlief."},                                          // während clause
		{Text: "Er will damit die Leute begeistern."},                                      // damit adverb
		{Text: "Sie {{spart damit}} ihr Sohn studieren kann."},                             // damit clause
		{Text: "Er weiß, um wie viel reicher die oberen 20 Prozent als die unteren sind."}, // als comparative at distance
		{Text: "Es {{regnete als}} er ging."},                                              // als temporal
		{Text: "Er wohnt in Rothenburg ob der Tauber."},                                    // ob place name
		{Text: "Sie setzt ihre Ideen wenn nötig allein durch."},                            // wenn nötig
		{Text: "„Wir kommen“ dass es regnet, stört nicht."},                                // after quote
		{Text: "Es regnete {{stark sodass}} die Straße überflutet war."},                   // sodass
	}...)
}

func TestCommaBeforeSubclauseSuggestion(t *testing.T) {
	checkertest.Run(t, commaBeforeSubclause, checkertest.Fix("Er sagte zur {{Kenntnisnahme dass}} er gehe.", "Kenntnisnahme, dass"))
}
