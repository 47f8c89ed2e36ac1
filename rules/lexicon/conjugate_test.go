package lexicon

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// formsOf returns the forms of lemma as a set.
func formsOf(lemma string) map[string]bool {
	m := map[string]bool{}
	for _, f := range Default().Forms(lemma) {
		m[f] = true
	}
	return m
}

func TestGeneratedForms(t *testing.T) {
	tests := []struct {
		lemma string
		has   []string
		not   []string
	}{
		{"sagen", []string{"sage", "sagst", "sagt", "sagen", "sagte", "sagtest", "sagten", "sagtet", "gesagt", "sag"},
			[]string{"gesagen", "sagete", "gesaget"}},
		{"arbeiten", []string{"arbeite", "arbeitest", "arbeitet", "arbeitete", "gearbeitet"}, []string{"arbeitt", "gearbeitt"}},
		{"atmen", []string{"atmest", "atmet", "atmete", "geatmet"}, []string{"atmt"}},
		{"rechnen", []string{"rechnet", "rechnete", "gerechnet"}, []string{"rechnt"}},
		{"wohnen", []string{"wohnt", "wohnte", "gewohnt"}, []string{"wohnete", "gewohnet"}},
		{"reisen", []string{"reist", "reiste", "gereist"}, []string{"reisst"}},
		{"handeln", []string{"handle", "handelst", "handelt", "handeln", "handelte", "gehandelt"}, []string{"handelen"}},
		{"ändern", []string{"ändere", "änderst", "ändert", "änderte", "geändert"}, nil},
		{"geben", []string{"gebe", "gibst", "gibt", "gebt", "gab", "gabst", "gaben", "gäbe", "gegeben", "gib"}, []string{"gebst", "gebte", "gegebt"}},
		{"fahren", []string{"fährst", "fährt", "fuhr", "führe", "gefahren", "fahr"}, []string{"fahrst"}},
		{"halten", []string{"hältst", "hält", "hielt", "hielten", "hieltet", "gehalten"}, []string{"haltt"}},
		{"lesen", []string{"liest", "las", "läse", "gelesen", "lies"}, []string{"liesst"}},
		{"laden", []string{"lädst", "lädt", "lud", "geladen"}, nil},
		{"bringen", []string{"brachte", "brachten", "brächte", "gebracht"}, []string{"bringte"}},
		{"kennen", []string{"kannte", "kennte", "gekannt"}, []string{"kennete", "gekennt"}},
		{"stehen", []string{"stand", "standen", "stünde", "stände", "gestanden"}, nil},
		{"verstehen", []string{"verstehe", "versteht", "verstand", "verstünde", "verstanden"}, []string{"geverstanden", "vergestanden"}},
		{"vergehen", []string{"verging", "vergangen"}, []string{"vergegangen"}},
		{"verklagen", []string{"verklage", "verklagt", "verklagte"}, []string{"geverklagt"}},
		{"bestätigen", []string{"bestätigt", "bestätigte"}, []string{"gebestätigt"}},
		{"gehören", []string{"gehört", "gehörte"}, []string{"gegehört"}},
		{"trainieren", []string{"trainiere", "trainiert", "trainierte"}, []string{"getrainiert"}},
		{"übernehmen", []string{"übernimmt", "übernahm", "übernommen"}, []string{"übergenommen"}},
		{"anerkennen", []string{"anerkannt", "anzuerkennen", "erkannte", "anerkennt"}, []string{"angeerkannt"}},
		{"begleiten", []string{"begleitet", "begleitete"}, []string{"beglitt", "begleitten"}},
		{"ernten", []string{"erntet", "erntete", "geerntet"}, []string{"erntt", "geernt"}},
		{"bellen", []string{"bellt", "gebellt"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.lemma, func(t *testing.T) {
			forms := formsOf(tt.lemma)
			require.NotEmpty(t, forms, "verb not in the lexicon")
			for _, f := range tt.has {
				assert.True(t, forms[f], "%s should be a form of %s", f, tt.lemma)
			}
			for _, f := range tt.not {
				assert.False(t, forms[f], "%s should not be a form of %s", f, tt.lemma)
			}
		})
	}
}

func TestSeparableVerbs(t *testing.T) {
	lx := Default()
	assert.Equal(t, "hinzu", lx.SeparablePrefix("hinzufügen"))
	assert.Equal(t, "an", lx.SeparablePrefix("ankündigen"))
	assert.Equal(t, "", lx.SeparablePrefix("verklagen"))
	assert.Equal(t, "", lx.SeparablePrefix("nichtsda"))

	tests := []struct {
		form, lemma, prefix string
		form2               Form
	}{
		{"fügte", "hinzufügen", "hinzu", Fin},
		{"fügt", "hinzufügen", "hinzu", Fin},
		{"hinzufügte", "hinzufügen", "", Fin},
		{"hinzuzufügen", "hinzufügen", "", ZuInf},
		{"hinzugefügt", "hinzufügen", "", Part},
		{"hinzufügen", "hinzufügen", "", Inf},
		{"kündigte", "ankündigen", "an", Fin},
		{"angekündigt", "ankündigen", "", Part},
		{"anzukündigen", "ankündigen", "", ZuInf},
		{"teilte", "mitteilen", "mit", Fin},
		{"gab", "bekanntgeben", "bekannt", Fin},
		{"gab", "zugeben", "zu", Fin},
		{"bekanntgegeben", "bekanntgeben", "", Part},
		{"stellte", "feststellen", "fest", Fin},
		{"fand", "stattfinden", "statt", Fin},
		{"stattgefunden", "stattfinden", "", Part},
		{"nimmt", "teilnehmen", "teil", Fin},
		{"lädt", "einladen", "ein", Fin},
		{"eingeladen", "einladen", "", Part},
		{"hat", "vorhaben", "vor", Fin},
		{"vorzuhaben", "vorhaben", "", ZuInf},
	}
	for _, tt := range tests {
		t.Run(tt.form+"/"+tt.lemma, func(t *testing.T) {
			found := false
			for _, a := range lx.VerbInfo(tt.form) {
				if a.Lemma == tt.lemma && a.Prefix == tt.prefix && a.Form == tt.form2 {
					found = true
				}
			}
			assert.True(t, found, "%s: %v", tt.form, lx.VerbInfo(tt.form))
		})
	}
	assert.True(t, lx.IsZuInfinitive("anzuzeigen"))
	assert.True(t, lx.IsZuInfinitive("hinzuzufügen"))
	assert.False(t, lx.IsZuInfinitive("zusagen"))
	assert.False(t, lx.IsParticiple("hinzufügt"))
}

func TestParticiples(t *testing.T) {
	lx := Default()
	for _, w := range []string{"gesagt", "hinzugefügt", "verklagt", "übernommen", "gegeben", "trainiert",
		"informiert", "angekündigt", "erklärt", "mitgeteilt", "festgestellt", "zurückgetreten", "geworden"} {
		assert.True(t, lx.IsParticiple(w), w)
	}
	for _, w := range []string{"geverklagt", "getrainiert", "übergenommen", "gesagen", "sagte"} {
		assert.False(t, lx.IsParticiple(w), w)
	}
	assert.True(t, lx.Is("gesagten", InflectedParticiple))
	assert.False(t, lx.IsFiniteVerb("gesagten"))
}

func TestInfinitivesAndFinite(t *testing.T) {
	lx := Default()
	for _, w := range []string{"sagen", "erklären", "berichten", "ankündigen", "hinzufügen", "mitteilen", "betonen", "fordern"} {
		assert.True(t, lx.IsInfinitive(w), w)
		assert.True(t, lx.IsFiniteVerb(w), "%s is also 1st/3rd person plural", w)
	}
	for _, w := range []string{"sagte", "erklärte", "berichtete", "kündigte", "fügte", "teilte", "betonte", "forderte"} {
		assert.True(t, lx.IsFiniteVerb(w), w)
		assert.False(t, lx.IsInfinitive(w), w)
	}
	for _, w := range []string{"Haus", "schnell", "und", "der", "gesagt", "Twitter"} {
		assert.False(t, lx.IsFiniteVerb(w), w)
	}
	// Imperatives are separate from the finite indicative/subjunctive forms.
	assert.True(t, lx.IsImperative("sag"))
	assert.False(t, lx.IsFiniteVerb("sag"))
}

func TestOldSpelling(t *testing.T) {
	lx := Default()
	for _, w := range []string{"läßt", "mußte", "wußte", "schloß", "gewußt", "ißt"} {
		assert.True(t, lx.IsFiniteVerb(w) || lx.IsParticiple(w), w)
	}
	assert.Equal(t, "läßt", oldSpelling("lässt"))
	assert.Equal(t, "", oldSpelling("lassen"))
	assert.Equal(t, "schloß", oldSpelling("schloss"))
	assert.Equal(t, "", oldSpelling("sagt"))
}
