package rules

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestEachNounStem(t *testing.T) {
	stems := func(w string) []string {
		var out []string
		eachNounStem(w, func(s string) bool { out = append(out, s); return true })
		return out
	}
	assert.Equal(t, []string{"Verträge", "Verträg", "Vertrag"}, stems("Verträge"))
	assert.Equal(t, []string{"Konten", "Kont", "Konto", "Kontum", "Konta", "Konte"}, stems("Konten"))
	assert.Equal(t, []string{"Adressen", "Adress", "Adresso", "Adressum", "Adressa", "Adresse"}, stems("Adressen"))
	assert.Equal(t, []string{"Open", "Ope"}, stems("Open"), "no -o, -um, -a for a stem under three letters")
	assert.Equal(t, []string{"Häuser", "Häus", "Haus"}, stems("Häuser"))
	var seen []string
	eachNounStem("Verträge", func(s string) bool { seen = append(seen, s); return len(seen) < 2 })
	assert.Equal(t, []string{"Verträge", "Verträg"}, seen, "stops when yield says so")
}

func TestLowerFirstFrom(t *testing.T) {
	for _, w := range []string{"Schnell", "Über", "McDonald", "BBC-Interview", "İstanbul", "ǅemal", "schnell", "A", "", "Ärger-Test"} {
		assert.Equal(t, lowerFirstWord(w), lowerFirstFrom(w, strings.ToLower(w)), "%q", w)
	}
}
