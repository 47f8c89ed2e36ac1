package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
	tests := []struct {
		name, text string
		want       []string
	}{
		{"seed", "Früher das Unternehmen Sagte er zur Kenntnisnahme dass seine Werbeplattform Twitter ab Dienstag, dem 25.", []string{"Kenntnisnahme dass"}},
		{"no clause before", "Die Tatsache dass er kam, freute uns.", nil},
		{"open subclause before", "Sie lachten, bevor sie sie während der Pause sahen.", nil},
		{"während genitive", "Er schlief während der Sitzung ein, sagte sie.", nil},
		{"während clause", "Er las während sie schlief.", []string{"las während"}},
		{"damit adverb", "Er will damit die Leute begeistern.", nil},
		{"damit clause", "Sie spart damit ihr Sohn studieren kann.", []string{"spart damit"}},
		{"als comparative at distance", "Er weiß, um wie viel reicher die oberen 20 Prozent als die unteren sind.", nil},
		{"als temporal", "Es regnete als er ging.", []string{"regnete als"}},
		{"ob place name", "Er wohnt in Rothenburg ob der Tauber.", nil},
		{"wenn nötig", "Sie setzt ihre Ideen wenn nötig allein durch.", nil},
		{"after quote", "„Wir kommen“ dass es regnet, stört nicht.", nil},
		{"sodass", "Es regnete stark sodass die Straße überflutet war.", []string{"stark sodass"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, flaggedTexts(t, commaBeforeSubclause, tt.text))
		})
	}
}

func TestCommaBeforeSubclauseSuggestion(t *testing.T) {
	fs := findingsOf(t, commaBeforeSubclause, "Er sagte zur Kenntnisnahme dass er gehe.")
	require.Len(t, fs, 1)
	assert.Equal(t, []string{"Kenntnisnahme, dass"}, fs[0].Suggestions)
}
