package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/mtcheck/mtcheck/checker/checkertest"
)

func TestCapitalSubordinator(t *testing.T) {
	for _, w := range []string{"Dass", "Weil", "Obwohl", "Während", "Seitdem", "Solange", "Wohingegen"} {
		e := germanLexicon().Lookup(w)
		assert.True(t, isCapitalSubordinator(w, &e), w)
	}
	for _, w := range []string{"Als", "Wie", "Da", "Damit", "Ehe", "Und", "Dann"} {
		e := germanLexicon().Lookup(w)
		assert.False(t, isCapitalSubordinator(w, &e), w)
	}
}

func TestMidsentenceCapitalCases(t *testing.T) {
	checkertest.Run(t, midsentenceCapital, []checkertest.Case{
		{Text: "Früher das Unternehmen {{Sagte}} er zur Kenntnisnahme dass seine Werbeplattform Twitter ab Dienstag, dem 25."}, // seed verb
		{Text: "Vielleicht möchten Sie Twitter lesen Cookie-Richtlinie {{Und}} Datenschutz-Bestimmungen vor dem Einlass."},     // seed link text
		{Text: "Warum also sind die Menschen so besorgt Ich glaube, dass es hilft."},                                           // missing full stop
		{Text: "Bedenken gegenüber Pelosi äußern Demokraten Während des Treffens machten mehrere Mitglieder Druck."},           // glued headline
		{Text: "Die Staaten, die in der Vergangenheit Verbündete der UdSSR waren, sind nun Partner."},                          // nominalised participle
		{Text: "Bewegung ist auf mehreren Wegen förderlich."},                                                                  // noun after indefinite
		{Text: "Bitte die Hinweise auf der Website {{Und}} in den Amtsblättern zu beachten."},                                  // zu-infinitive after
		{Text: "• Cookie-Richtlinie Und Datenschutz"},                                                                          // bullet label
		{Text: "• Wir bitten um Beachtung der Hinweise {{Und}} Regeln."},                                                       // bullet sentence
		{Text: "Wir danken Ihnen und Ihrer Familie."},                                                                          // polite
		{Text: "Der Film Wenn der Wind weht lief im Kino."},                                                                    // title noun
		{Text: "Die Apotheke Am Markt und das Hotel Zum Löwen öffnen."},                                                        // name after capital
	}...)
}

func TestMidsentenceCapitalSuggestion(t *testing.T) {
	c := checkertest.Fix("Der Minister kam zu spät, {{Weil}} sein Zug ausfiel.", "weil")
	c.Message = "als Konjunktion"
	checkertest.Run(t, midsentenceCapital, c)
}

func TestDecapitalize(t *testing.T) {
	assert.Equal(t, "sagte", lowerFirstWord("Sagte"))
	assert.Equal(t, "über", lowerFirstWord("Über"))
}
