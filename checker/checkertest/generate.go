// Package checkertest has helpers for tests and benchmarks of mtcheck's engine and rules.
package checkertest

import (
	"math/rand"
	"strings"
)

// sentences are the building blocks of generated text: ordinary German news
// prose with a few machine-translation artifacts mixed in, so that benchmarks
// exercise both the quiet and the reporting paths of rules.
var sentences = []string{
	"Die Regierung hat am Montag neue Regeln für den Datenschutz vorgestellt.",
	"Nach Angaben des Ministeriums sollen die Maßnahmen ab dem 1. März 2025 gelten.",
	"„Wir müssen schneller handeln“, sagte die Ministerin in Berlin.",
	"Kritiker werfen dem Unternehmen vor, Daten ohne Erlaubnis verwendet zu haben.",
	"Der Umsatz stieg im dritten Quartal um 4,5 Prozent auf 35,4 Milliarden Euro.",
	"Ob die Pläne umgesetzt werden, ist noch unklar.",
	"Weil die Preise steigen, sparen viele Haushalte beim Einkauf.",
	"Am Abend demonstrierten rund 2.000 Menschen vor dem Rathaus.",
	"Die Opposition forderte, dass der Bericht vollständig veröffentlicht wird.",
	"Dr. Meier, die das Projekt seit 2019 leitet, zeigte sich zufrieden.",
	"Das Gericht wies die Klage z. B. wegen formaler Mängel ab.",
	"Im Interview erklärte der Trainer, er habe keine Angst vor dem Abstieg.",
	"Mr. Musk reagierte damit auf den Plan des Konzerns.",
	"„Das ist keine Lösung“, sagte der Milliardär sagte er in einem Tweet.",
	"Die Zahlen wurden am November 23, 2024 veröffentlicht.",
	"In einem separaten TweetIn der Debatte äußerte er sich erneut.",
	"Seit dem Kauf hat das Unternehmen seine Belegschaft um rund 80 Prozent reduziert.",
	"Wie viele Menschen betroffen sind, konnte die Polizei zunächst nicht sagen.",
}

var headlines = []string{
	"Regierung stellt neue Regeln vor",
	"Streit um Daten geht weiter",
	"Bildquelle, Getty Images",
}

// GermanText returns about size bytes of deterministic German news text in
// paragraphs separated by blank lines. The same seed gives the same text.
func GermanText(size int, seed int64) string {
	rng := rand.New(rand.NewSource(seed))
	var b strings.Builder
	b.Grow(size + 512)
	for b.Len() < size {
		if rng.Intn(6) == 0 {
			b.WriteString(headlines[rng.Intn(len(headlines))])
			b.WriteString("\n\n")
		}
		n := 2 + rng.Intn(5)
		for i := 0; i < n; i++ {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(sentences[rng.Intn(len(sentences))])
		}
		b.WriteString("\n\n")
	}
	return b.String()
}
