package lexicon

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// hasReading reports whether w has a finite reading of lemma with the given
// tense, mood and person.
func hasReading(w, lemma string, tense Tense, mood Mood, p Persons) bool {
	for _, a := range Default().VerbInfo(w) {
		if a.Lemma == lemma && a.Form == Fin && a.Tense == tense && a.Mood == mood && a.Persons&p != 0 {
			return true
		}
	}
	return false
}

func TestAuxiliaryAndModalParadigms(t *testing.T) {
	tests := []struct {
		form, lemma string
		tense       Tense
		mood        Mood
		person      Persons
	}{
		{"bin", "sein", Present, Indicative, Sg1},
		{"ist", "sein", Present, Indicative, Sg3},
		{"sind", "sein", Present, Indicative, Pl3},
		{"war", "sein", Past, Indicative, Sg3},
		{"waren", "sein", Past, Indicative, Pl1},
		{"sei", "sein", Present, Subjunctive1, Sg3},
		{"seien", "sein", Present, Subjunctive1, Pl3},
		{"wäre", "sein", Past, Subjunctive2, Sg3},
		{"wärst", "sein", Past, Subjunctive2, Sg2},
		{"hat", "haben", Present, Indicative, Sg3},
		{"hatte", "haben", Past, Indicative, Sg3},
		{"habe", "haben", Present, Subjunctive1, Sg3},
		{"hätte", "haben", Past, Subjunctive2, Sg1},
		{"wird", "werden", Present, Indicative, Sg3},
		{"wirst", "werden", Present, Indicative, Sg2},
		{"wurde", "werden", Past, Indicative, Sg3},
		{"werde", "werden", Present, Subjunctive1, Sg3},
		{"würde", "werden", Past, Subjunctive2, Sg3},
		{"würden", "werden", Past, Subjunctive2, Pl3},
		{"kann", "können", Present, Indicative, Sg3},
		{"konnte", "können", Past, Indicative, Sg3},
		{"könne", "können", Present, Subjunctive1, Sg3},
		{"könnte", "können", Past, Subjunctive2, Sg3},
		{"muss", "müssen", Present, Indicative, Sg3},
		{"muß", "müssen", Present, Indicative, Sg3},
		{"müsste", "müssen", Past, Subjunctive2, Sg3},
		{"darf", "dürfen", Present, Indicative, Sg1},
		{"dürfte", "dürfen", Past, Subjunctive2, Sg3},
		{"soll", "sollen", Present, Indicative, Sg3},
		{"sollte", "sollen", Past, Indicative, Sg3},
		{"will", "wollen", Present, Indicative, Sg3},
		{"wollten", "wollen", Past, Indicative, Pl3},
		{"mag", "mögen", Present, Indicative, Sg3},
		{"mochte", "mögen", Past, Indicative, Sg3},
		{"möchte", "mögen", Past, Subjunctive2, Sg1},
		{"möchten", "mögen", Past, Subjunctive2, Pl3},
		{"weiß", "wissen", Present, Indicative, Sg3},
		{"tut", "tun", Present, Indicative, Sg3},
	}
	for _, tt := range tests {
		t.Run(tt.form, func(t *testing.T) {
			assert.True(t, hasReading(tt.form, tt.lemma, tt.tense, tt.mood, tt.person),
				"%s: %v", tt.form, Default().VerbInfo(tt.form))
			assert.True(t, Default().IsFiniteVerb(tt.form))
		})
	}
}

func TestAuxiliaryAndModalClasses(t *testing.T) {
	lx := Default()
	for _, w := range []string{"sein", "gewesen", "haben", "gehabt", "werden", "geworden", "worden", "seid", "habt", "wurdet"} {
		assert.True(t, lx.IsAuxiliary(w), w)
		assert.False(t, lx.IsModal(w), w)
	}
	for _, w := range []string{"können", "gekonnt", "kannst", "müssen", "dürft", "sollen", "wollt", "mögen", "möchtest"} {
		assert.True(t, lx.IsModal(w), w)
		assert.False(t, lx.IsAuxiliary(w), w)
	}
	for _, w := range []string{"sein", "haben", "werden", "können", "wollen"} {
		assert.True(t, lx.IsInfinitive(w), w)
	}
	for _, w := range []string{"gewesen", "gehabt", "geworden", "gekonnt", "gewollt"} {
		assert.True(t, lx.IsParticiple(w), w)
	}
	assert.True(t, lx.IsImperative("sei"))
	assert.True(t, lx.IsImperative("seid"))
	// "vorhaben" is a full verb built on haben: its split forms are not auxiliaries.
	for _, a := range lx.VerbInfo("hat") {
		if a.Lemma == "vorhaben" {
			assert.Equal(t, FullVerb, a.Kind)
			assert.Equal(t, "vor", a.Prefix)
		}
	}
	assert.Contains(t, lx.Lemmas("hat"), "vorhaben")
	assert.True(t, lx.IsAuxiliary("hat"))
}
