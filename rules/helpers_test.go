package rules

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/clause"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

func TestFormatGermanDate(t *testing.T) {
	tests := []struct {
		day, month, year int
		want             string
	}{
		{23, 11, 2024, "23. November 2024"},
		{3, 3, 0, "3. März"},
		{1, 1, 1999, "1. Januar 1999"},
		{31, 12, 0, "31. Dezember"},
		{5, 5, 2020, "5. Mai 2020"},
		{14, 7, 1789, "14. Juli 1789"},
		{2, 10, 2030, "2. Oktober 2030"},
		{0, 5, 2024, "Mai 2024"},
		{0, 5, 0, "Mai"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, formatDate(tt.day, checker.GermanMonth(tt.month), tt.year))
	}
}

func TestParseDay(t *testing.T) {
	tests := []struct {
		in      string
		day     int
		ordinal bool
		ok      bool
	}{
		{"23", 23, false, true},
		{"5th", 5, true, true},
		{"1st", 1, true, true},
		{"22nd", 22, true, true},
		{"03", 3, false, true},
		{"31", 31, false, true},
		{"0", 0, false, false},
		{"32", 0, false, false},
		{"2024", 0, false, false},
		{"th", 0, false, false},
		{"5a", 0, false, false},
		{"", 0, false, false},
		{"23,5", 0, false, false},
	}
	for _, tt := range tests {
		day, ordinal, ok := parseDay(tt.in)
		assert.Equal(t, tt.ok, ok, tt.in)
		if tt.ok {
			assert.Equal(t, tt.day, day, tt.in)
			assert.Equal(t, tt.ordinal, ordinal, tt.in)
		}
	}
}

func TestParseYear(t *testing.T) {
	for in, want := range map[string]int{"2024": 2024, "1999": 1999} {
		got, ok := parseYear(in)
		assert.True(t, ok, in)
		assert.Equal(t, want, got)
	}
	for _, in := range []string{"24", "0999", "20245", "2O24", ""} {
		_, ok := parseYear(in)
		assert.False(t, ok, in)
	}
}

func TestGluedCuts(t *testing.T) {
	tests := map[string]string{
		"TweetIn":                 "Tweet In",
		"BerichtDie":              "Bericht Die",
		"TweetInDer":              "Tweet In Der",
		"Twitter-BeitragVon":      "Twitter-Beitrag Von",
		"Twitter-TweetIn-Debatte": "Twitter-Tweet In-Debatte",
		"MontagAm":                "Montag Am",
		"ÜbersichtÜber":           "Übersicht Über",
		// not glued
		"LinkedIn":        "",
		"LinkedIn-Profil": "",
		"iPhone":          "",
		"YouTube":         "",
		"McDonald":        "",
		"PayPal":          "",
		"LehrerIn":        "",
		"StudentIn":       "",
		"BürgerInnen":     "",
		"ProSieben":       "",
		"BioNTech":        "",
		"AbIn":            "",
		"PacMan":          "",
		"GmbH":            "",
		// capitalised verbs and words after a German noun suffix
		"UnternehmenSagte":          "Unternehmen Sagte",
		"PressemitteilungMinister":  "Pressemitteilung Minister",
		"BerichterstattungAktuelle": "Berichterstattung Aktuelle",
		"FreiheitDer":               "Freiheit Der",
		"StiftungWarentest":         "Stiftung Warentest",
		// left alone, too
		"WhatsApp":         "",
		"PlayStation":      "",
		"eBay":             "",
		"WirtschaftsWoche": "",
		"DaimlerChrysler":  "",
		"ThyssenKrupp":     "",
		"SamsungPay":       "",
		"LehrerInnen":      "",
		"MitarbeiterInnen": "",
		"HafenCity":        "",
		"BahnCard":         "",
		"ZeitungsEssen":    "", // "Essen" may be a noun
		"GemeinschaftTV":   "", // all capitals: an acronym, not a word
		"IchSagte":         "", // too short a stem for a verb
	}
	for word, want := range tests {
		cuts := gluedCuts(word)
		if want == "" {
			assert.Empty(t, cuts, word)
			continue
		}
		assert.Equal(t, want, splitAt(word, cuts), word)
	}
}

func TestCamelSegments(t *testing.T) {
	assert.Equal(t, []int{0}, camelSegments("Tweet"))
	assert.Equal(t, []int{0, 5}, camelSegments("TweetIn"))
	assert.Equal(t, []int{0, 1}, camelSegments("iPhone"))
	assert.Equal(t, []int{0, 4}, camelSegments("FürÜber")) // byte offsets, not runes
}

// TestDuplicateReportingMatch checks the parts of a match, which the example
// table cannot see: where the first clause ends (the suggestion).
func TestDuplicateReportingMatch(t *testing.T) {
	tests := []struct {
		text, first, second string
	}{
		{"„Ja“, sagte der Milliardär sagte er.", "sagte der Milliardär", "sagte er"},
		{"„Ja“, fügte der neue Chef hinzu sagte er.", "fügte der neue Chef hinzu", "sagte er"},
		{"„Ja“, sagte Elon Musk fügte er hinzu.", "sagte Elon Musk", "fügte er hinzu"},
		{"„Ja“, gab sie zu erklärte Meier.", "gab sie zu", "erklärte Meier"},
	}
	for _, tt := range tests {
		d, err := checker.Analyze(tt.text)
		require.NoError(t, err)
		var found bool
		for i := range d.Tokens {
			m, ok := matchDuplicateReporting(clause.NewLex(d, lexicon.Default()), i)
			if !ok {
				continue
			}
			found = true
			assert.Equal(t, tt.first, d.Text[d.Tokens[i].Start:d.Tokens[m.firstEnd-1].End], tt.text)
			assert.Equal(t, tt.second, d.Text[d.Tokens[m.secondVerb].Start:d.Tokens[m.end-1].End], tt.text)
		}
		assert.True(t, found, tt.text)
	}
}

// TestWordLists checks the data files for slips that would silently disable an entry.
func TestWordLists(t *testing.T) {
	lx := germanLexicon()
	for w := range commaSubordinators {
		assert.True(t, lx.IsSubordinator(w), "%q must be a subordinator of the lexicon", w)
	}
	for w := range ellipticalSubordinators {
		assert.True(t, lx.IsStrongSubordinator(w), "%q must be a strong subordinator of the lexicon", w)
	}
	for form, particles := range reportingVerbs {
		assert.Equal(t, strings.ToLower(form), form, "reporting verb %q must be lowercase", form)
		for _, p := range particles {
			assert.Equal(t, strings.ToLower(p), p, "particle %q of %q must be lowercase", p, form)
		}
	}
	for w := range gluedFunctionWords {
		r, n := utf8.DecodeRuneInString(w)
		assert.True(t, unicode.IsUpper(r) && utf8.RuneCountInString(w) >= 2, w)
		assert.Equal(t, strings.ToLower(w[n:]), w[n:], "%q must be capitalised, not all caps", w)
	}
	for w := range gluedExceptions {
		assert.Equal(t, strings.ToLower(w), w, "exception %q must be lowercase", w)
	}
	for h := range englishHonorifics {
		assert.False(t, strings.HasSuffix(h, "."), "honorific %q without its full stop", h)
	}
}

// splitAt writes word with a space at each cut, to show where gluedCuts cuts.
func splitAt(word string, cuts []int) string {
	var b strings.Builder
	last := 0
	for _, c := range cuts {
		b.WriteString(word[last:c])
		b.WriteByte(' ')
		last = c
	}
	b.WriteString(word[last:])
	return b.String()
}

func TestGluedSuggestions(t *testing.T) {
	tests := map[string][]string{
		"TweetIn":                  {"Tweet. In", "Tweet in"},
		"BerichtDie":               {"Bericht. Die", "Bericht die"},
		"TweetInDer":               {"Tweet in der"},
		"UnternehmenSagte":         {"Unternehmen sagte"},
		"PressemitteilungMinister": {"Pressemitteilung Minister"},
		"Twitter-BeitragVon":       {"Twitter-Beitrag. Von", "Twitter-Beitrag von"},
	}
	for word, want := range tests {
		cuts := gluedCuts(word)
		assert.NotEmpty(t, cuts, word)
		assert.Equal(t, want, gluedSuggestions(word, cuts), word)
	}
}
