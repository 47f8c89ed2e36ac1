package clause

import (
	"strings"
	"unicode/utf8"

	"github.com/mtcheck/mtcheck/checker"
)

// timeNouns head temporal phrases: "am Montagabend", "im vergangenen Jahr",
// "seit Wochen", "die ganze Nacht". Weekdays and months are the text
// model's (checker.IsWeekday, checker.IsMonthName).
var timeNouns = setOf(
	"Montagabend", "Dienstagabend", "Mittwochabend", "Donnerstagabend", "Freitagabend", "Samstagabend", "Sonntagabend",
	"Montagmorgen", "Freitagmorgen", "Wochenende", "Wochenenden", "Feiertag", "Feiertagen",
	"Tag", "Tage", "Tagen", "Tages", "Woche", "Wochen", "Monat", "Monate", "Monaten", "Monats",
	"Jahr", "Jahre", "Jahren", "Jahres", "Jahrzehnt", "Jahrzehnte", "Jahrzehnten", "Jahrhundert", "Jahrhunderten",
	"Quartal", "Halbjahr", "Saison", "Stunde", "Stunden", "Minute", "Minuten", "Sekunde", "Sekunden",
	"Morgen", "Vormittag", "Mittag", "Nachmittag", "Abend", "Nacht", "Mitternacht", "Uhr",
	"Frühjahr", "Frühling", "Sommer", "Herbst", "Winter", "Ostern", "Pfingsten", "Weihnachten",
	"Anfang", "Mitte", "Ende", "Beginn", "Moment", "Augenblick", "Zeit", "Zeiten", "Vergangenheit", "Zukunft",
	"Vorjahr", "Vorjahres", "Vormonat", "Vorwoche",
)

// temporalDeterminers open temporal noun phrases used as adverbials even
// when the noun is not a time noun: "jeden Tag", "letzte Runde", "nächste Saison".
var temporalDeterminers = setOf("jeden", "jede", "jedes", "letzte", "letzten", "letztes", "nächste", "nächsten",
	"nächstes", "vergangene", "vergangenen", "vergangenes", "kommende", "kommenden", "kommendes")

// IsTimeNoun reports whether w is a noun of time (a weekday, a month, Jahr,
// Woche, Abend …) that heads temporal phrases.
func IsTimeNoun(w string) bool { return timeNouns[w] || checker.IsWeekday(w) || checker.IsMonthName(w) }

// IsTemporalDeterminer reports whether w opens temporal noun phrases
// ("jeden Tag", "letzte Woche").
func IsTemporalDeterminer(w string) bool { return temporalDeterminers[w] }

// IsYear reports whether s is a four-digit year from 1000 to 2999.
func IsYear(s string) bool {
	if len(s) != 4 || s[0] != '1' && s[0] != '2' {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// IsSuperlative reports whether a lower-case word looks like an inflected
// superlative adjective: "beste", "größten", "wichtigster". It is a spelling
// test and also accepts "feste" or "kosten".
func IsSuperlative(w string) bool {
	for _, e := range []string{"te", "ten", "ter", "tes", "tem"} {
		stem, ok := strings.CutSuffix(w, e)
		if ok && (strings.HasSuffix(stem, "s") || strings.HasSuffix(stem, "ß")) && utf8.RuneCountInString(stem) > 2 {
			return true
		}
	}
	return false
}
