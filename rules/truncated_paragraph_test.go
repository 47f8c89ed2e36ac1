package rules

import (
	"github.com/mtcheck/mtcheck/checker/checkertest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/rules/clause"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

func TestDateWithoutMonth(t *testing.T) {
	tests := []struct {
		text, start string
		ok          bool
	}{
		{"Er kommt ab Dienstag, dem 25.", "Dienstag", true},
		{"Er kommt bis zum 3.", "zum", true},
		{"Er kommt am 12.", "am", true},
		{"Er wurde 25.", "", false},
		{"Er belegte Platz 25.", "", false},
		{"Er kommt ab dem 32.", "", false},
	}
	for _, tt := range tests {
		d := analyze(t, tt.text)
		s := d.Sentences[len(d.Sentences)-1]
		start, ok := dateWithoutMonth(d, s, s.End-1)
		assert.Equal(t, tt.ok, ok, tt.text)
		if ok {
			assert.Equal(t, tt.start, d.TokenText(start), tt.text)
		}
	}
}

func TestOpenSubclause(t *testing.T) {
	tests := []struct {
		text string
		conj string // "" when the last clause is complete
	}{
		{"Er sagte, dass seine Plattform ab Dienstag", "dass"},
		{"Er sagte, dass seine Plattform ab Dienstag schließt", ""},
		{"Er sagte, dass sie expandierten", ""},
		{"Er kommt, wenn", ""}, // too short to tell
		{"Er kam trotz des Regens", ""},
	}
	for _, tt := range tests {
		d := analyze(t, tt.text)
		s := d.Sentences[0]
		i, ok := openSubclause(clause.NewLex(d, lexicon.Default()), s, s.End)
		if tt.conj == "" {
			assert.False(t, ok, tt.text)
			continue
		}
		require.True(t, ok, tt.text)
		assert.Equal(t, tt.conj, d.TokenText(i), tt.text)
	}
}

func TestIsGreeting(t *testing.T) {
	for text, want := range map[string]bool{
		"Liebe Leserinnen und Leser,":     true,
		"Sehr geehrte Damen und Herren,":  true,
		"Viele Grüße aus Berlin,":         true,
		"Hallo zusammen,":                 true,
		"Video erklären,":                 false,
		"Der Minister sagte am Dienstag,": false,
	} {
		d := analyze(t, text)
		assert.Equal(t, want, isGreeting(d, d.Paragraphs[0]), text)
	}
}

func TestTruncatedParagraphCases(t *testing.T) {
	checkertest.Run(t, truncatedParagraph, []checkertest.Case{
		{Text: "Früher das Unternehmen Sagte er zur Kenntnisnahme dass seine Werbeplattform Twitter ab {{Dienstag, dem 25.}}\n\nTwitter-Inhalte zulassen?"}, // seed
		{Text: "{{Video erklären,}}\n\nSehen Sie: Elon Musks Interview in 90 Sekunden"},                                                                     // seed caption
		{Text: "Die Regierung plant,\n\ndie Steuern zu senken."},                                                                                            // continued paragraph
		{Text: "Die nächste Sitzung ist am Dienstag, dem 25."},                                                                                              // complete date sentence
		{Text: "Streit um die Rente und"},                                                                                                                   // short headline
		{Text: "Die Regierung will die Renten erhöhen und die Beiträge senken {{und}}"},                                                                     // long headline-like line
		{Text: "Bundeskanzler Olaf Scholz spricht am Mittwoch im Bundestag in Berlin über den Haushalt und die Folgen"},                                     // caption without full stop
		{Text: "Er gab den Fehler nach langem Zögern vor allen Kollegen und der Presse schließlich zu"},                                                     // separable particle
		{Text: "Die Gewinner sind die folgenden Teilnehmerinnen und Teilnehmer aus allen Regionen:"},                                                        // list intro
	}...)
}
