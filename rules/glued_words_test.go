package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestGluedCutsFull covers the cuts beyond glued function words: capitalised
// verbs and words glued to nouns with a German noun suffix.
func TestGluedCutsFull(t *testing.T) {
	tests := map[string]string{
		"UnternehmenSagte":          "Unternehmen Sagte",
		"PressemitteilungMinister":  "Pressemitteilung Minister",
		"BerichterstattungAktuelle": "Berichterstattung Aktuelle",
		"FreiheitDer":               "Freiheit Der",
		"StiftungWarentest":         "Stiftung Warentest",
		// left alone
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

func TestIsTitleCase(t *testing.T) {
	assert.True(t, isTitleCase("Minister"))
	assert.True(t, isTitleCase("Über"))
	assert.False(t, isTitleCase("TV"))
	assert.False(t, isTitleCase("minister"))
	assert.False(t, isTitleCase("McDonald"))
	assert.False(t, isTitleCase(""))
}
