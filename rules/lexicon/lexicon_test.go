package lexicon

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestClosedClasses(t *testing.T) {
	lx := Default()
	tests := []struct {
		name  string
		is    func(string) bool
		words []string
		not   []string
	}{
		{"article", lx.IsArticle, []string{"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen", "kein", "keinen"}, []string{"und", "haus"}},
		{"pronoun", lx.IsPronoun, []string{"ich", "du", "er", "sie", "es", "wir", "ihr", "ihnen", "mich", "sich", "einander", "mein", "unseren", "eure", "dieser", "jene", "derselbe", "solche", "man", "jemand", "niemandem", "etwas", "nichts", "alle", "jeder", "einige", "manche", "viele", "deren"}, []string{"und", "weil", "sagte"}},
		{"relative", lx.IsRelativePronoun, []string{"der", "die", "das", "dem", "den", "dessen", "deren", "denen", "welcher", "welche", "welches", "welchem", "welchen"}, []string{"des", "ein", "weil"}},
		{"interrogative", lx.IsInterrogative, []string{"wer", "wen", "wem", "wessen", "was", "wann", "wo", "warum", "wie", "welche", "wohin", "woher", "weshalb", "wieso", "womit", "worüber"}, []string{"dass"}},
		{"preposition", lx.IsPreposition, []string{"an", "auf", "aus", "bei", "mit", "nach", "seit", "von", "zu", "für", "gegen", "ohne", "um", "durch", "wegen", "trotz", "während", "gegenüber", "laut", "am", "im", "zum", "zur", "beim", "vom", "ins", "ans", "aufs"}, []string{"und", "dass"}},
		{"coordinator", lx.IsCoordinator, []string{"und", "oder", "aber", "denn", "sondern", "doch", "sowie", "beziehungsweise"}, []string{"weil", "dass"}},
		{"subordinator", lx.IsSubordinator, []string{"dass", "daß", "weil", "ob", "wenn", "als", "obwohl", "nachdem", "bevor", "damit", "sodass", "während", "da", "falls", "seit", "seitdem", "bis", "ehe", "indem", "sobald", "solange", "sofern", "wie"}, []string{"und", "denn", "deshalb"}},
		{"adverb", lx.IsAdverb, []string{"früher", "heute", "gestern", "morgen", "dann", "danach", "zuvor", "inzwischen", "deshalb", "daher", "trotzdem", "außerdem", "zudem", "jedoch", "allerdings", "dennoch", "später", "bereits", "schon", "nun", "jetzt", "damals", "zunächst", "schließlich", "vielleicht"}, []string{"und", "der"}},
		{"negation", lx.IsNegation, []string{"nicht", "nie", "niemals", "kein", "keine", "nichts"}, []string{"noch"}},
		{"numeral", lx.IsNumeral, []string{"eins", "zwei", "drei", "zehn", "zwölf", "zwanzig", "hundert", "tausend", "erste", "zweiten", "dritter"}, []string{"einsam"}},
		{"function word", lx.IsFunctionWord, []string{"der", "und", "weil", "nicht", "ist", "kann", "mit", "sich"}, []string{"sagte", "heute", "Haus"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, w := range tt.words {
				assert.True(t, tt.is(w), "%s should be %s", w, tt.name)
			}
			for _, w := range tt.not {
				assert.False(t, tt.is(w), "%s should not be %s", w, tt.name)
			}
		})
	}
}

func TestAmbiguityMarks(t *testing.T) {
	lx := Default()
	die := lx.Lookup("die")
	assert.True(t, die.Is(Article))
	assert.True(t, die.Is(RelativePronoun))
	assert.True(t, die.Is(DemonstrativePronoun))

	wie := lx.Lookup("wie")
	assert.True(t, wie.Is(Subordinator))
	assert.False(t, wie.Sure(Subordinator), "wie is an uncertain subordinator")
	assert.True(t, wie.Sure(Comparative))
	assert.True(t, lx.Lookup("weil").Sure(Subordinator))
	assert.True(t, lx.Lookup("als").Is(Subordinator|Comparative))

	meine := lx.Lookup("meine")
	assert.True(t, meine.Is(FiniteVerb))
	assert.False(t, meine.Sure(FiniteVerb), "the verb reading of a possessive is uncertain")
	assert.True(t, meine.Sure(PossessivePronoun))

	assert.True(t, lx.Is("während", Preposition|Subordinator))
	assert.Equal(t, 3, (Article | RelativePronoun | Noun).Len())
}

func TestCaseHandling(t *testing.T) {
	lx := Default()
	assert.True(t, lx.IsArticle("Die"))
	assert.True(t, lx.IsArticle("DIE"))
	assert.True(t, lx.IsSubordinator("Weil"))
	assert.True(t, lx.IsFiniteVerb("Sagte"))
	assert.True(t, lx.IsFiniteVerb("ÄNDERTE"))

	e := lx.Lookup("Sagte")
	assert.Equal(t, e.Class, e.Folded, "every reading of a capitalised verb form comes from folding")
	assert.Zero(t, lx.Lookup("sagte").Folded)

	stand := lx.Lookup("Stand")
	assert.True(t, stand.Is(Noun))
	assert.True(t, stand.Is(FiniteVerb))
	assert.False(t, stand.Folded.Has(Noun))
	assert.True(t, stand.Folded.Has(FiniteVerb))
	assert.False(t, lx.Is("stand", Noun), "the noun is stored capitalised only")

	long := "Donaudampfschifffahrtsgesellschaftskapitänsmützen"
	assert.False(t, lx.IsFiniteVerb(long))
	assert.Equal(t, Entry{}, lx.Lookup(""))
}

func TestMaybeNoun(t *testing.T) {
	lx := Default()
	for _, w := range []string{"Essen", "Leben", "Frage", "Folgen", "Macht", "Stand", "Waren", "Verfahren",
		"Beschäftigten", "Angaben", "Zustand", "Kauf", "Haus", "Twitter"} {
		assert.True(t, lx.MaybeNoun(w), w)
	}
	for _, w := range []string{"Sagte", "Erklärt", "Fügte", "Ist", "Hat", "Gibt", "Die", "Weil", "sagte", "essen"} {
		assert.False(t, lx.MaybeNoun(w), w)
	}
}

func TestVerbList(t *testing.T) {
	lx := Default()
	verbs := lx.Verbs()
	assert.Len(t, verbs, lx.VerbCount())
	assert.GreaterOrEqual(t, len(verbs), 1500)
	assert.IsNonDecreasing(t, verbs)
	for _, v := range []string{"sagen", "erklären", "berichten", "ankündigen", "hinzufügen", "mitteilen",
		"betonen", "fordern", "sein", "haben", "werden", "können", "mögen"} {
		assert.True(t, lx.HasVerb(v), v)
	}
	verbs[0] = "changed"
	assert.NotEqual(t, "changed", lx.Verbs()[0], "Verbs returns a copy")
}

func TestClassString(t *testing.T) {
	assert.Equal(t, "article|relative", (Article | RelativePronoun).String())
	assert.Equal(t, "none", Class(0).String())
	c, ok := classByName("subordinator")
	assert.True(t, ok)
	assert.Equal(t, Subordinator, c)
	_, ok = classByName("nonsense")
	assert.False(t, ok)
}

func TestAnalysisString(t *testing.T) {
	a := Analysis{Lemma: "hinzufügen", Prefix: "hinzu", Form: Fin, Tense: Past, Mood: Indicative, Persons: Sg1 | Sg3}
	assert.Equal(t, "hinzufügen:Fin.Past.Ind.1sg,3sg+hinzu", a.String())
	assert.Equal(t, "sagen:Part", Analysis{Lemma: "sagen", Form: Part}.String())
}

func TestConcurrentUse(t *testing.T) {
	done := make(chan bool)
	for i := 0; i < 8; i++ {
		go func() {
			lx := Default()
			ok := lx.IsFiniteVerb("sagte") && lx.IsArticle("Die") && !lx.IsFiniteVerb("Haus")
			_ = lx.VerbInfo("Kündigte")
			done <- ok
		}()
	}
	for i := 0; i < 8; i++ {
		assert.True(t, <-done)
	}
}

// TestWordsRulesMissed keeps words whose absence once caused false alarms in
// the word-order and capitalisation rules.
func TestWordsRulesMissed(t *testing.T) {
	l := Default()
	assert.True(t, l.IsParticiple("infiziert"), "infizieren")
	assert.True(t, l.IsFiniteVerb("anrührt"), "anrühren")
	assert.True(t, l.IsParticiple("herausgeklappt"), "herausklappen")
	assert.True(t, l.IsZuInfinitive("auszupusten"), "auspusten")
	for _, w := range []string{"Morgen", "Würde", "Planet", "Muss", "Soll", "Gebaren"} {
		assert.True(t, l.MaybeNoun(w), w)
	}
}

func TestFiniteQuestions(t *testing.T) {
	lx := Default()
	// The answers of IsFiniteVerb, IsFiniteAnyCase, IsFinite, IsCommonFinite,
	// IsOnlyFinite and IsNominalisedFinite.
	tests := []struct {
		word string
		want [6]bool
	}{
		{"sagte", [6]bool{true, true, true, true, true, false}},
		{"Sagte", [6]bool{true, true, true, true, true, false}},
		{"kündigte", [6]bool{true, true, true, true, true, false}},
		{"hat", [6]bool{true, true, true, true, true, false}},
		{"Traf", [6]bool{true, true, true, true, true, false}},
		{"sagen", [6]bool{true, true, true, true, false, false}},    // also an infinitive
		{"verkauft", [6]bool{true, true, true, true, false, false}}, // also a participle
		{"stand", [6]bool{true, true, true, true, true, false}},
		{"Stand", [6]bool{true, true, false, false, false, false}}, // a noun
		{"Essen", [6]bool{true, true, false, false, false, false}}, // a nominalised infinitive
		{"Würde", [6]bool{true, true, false, false, false, false}},
		{"meine", [6]bool{true, false, false, false, false, false}}, // a possessive
		{"sein", [6]bool{false, false, false, false, false, false}},
		{"sorget", [6]bool{true, true, true, false, true, false}}, // only a second-person subjunctive I
		{"Klagest", [6]bool{true, true, true, false, true, false}},
		{"Planet", [6]bool{true, true, false, false, false, false}},  // a noun
		{"Erklärte", [6]bool{true, true, false, false, false, true}}, // also "die Erklärte"
		{"Verbündete", [6]bool{true, true, false, false, false, true}},
		{"erklärte", [6]bool{true, true, true, true, true, false}},
		{"Zeitpunkt", [6]bool{}},
		{"Und", [6]bool{}},
	}
	for _, tt := range tests {
		got := [6]bool{lx.IsFiniteVerb(tt.word), lx.IsFiniteAnyCase(tt.word), lx.IsFinite(tt.word),
			lx.IsCommonFinite(tt.word), lx.IsOnlyFinite(tt.word), lx.IsNominalisedFinite(tt.word)}
		assert.Equal(t, tt.want, got, tt.word)
	}
}

// TestFiniteIsSure checks that IsFiniteAnyCase is the finite reading the
// data does not mark as uncertain: the verb readings of function words are
// the uncertain ones, on every word of the lexicon.
func TestFiniteIsSure(t *testing.T) {
	lx := Default()
	lx.words(func(w string, e Entry) {
		assert.Equal(t, e.Sure(FiniteVerb), lx.IsFiniteAnyCase(w), w)
	})
}

func TestSubordinatorStrength(t *testing.T) {
	lx := Default()
	for _, w := range []string{"dass", "daß", "weil", "ob", "wenn", "obwohl", "nachdem", "bevor", "sodass", "falls", "indem", "Weil"} {
		assert.True(t, lx.IsStrongSubordinator(w), w)
		assert.False(t, lx.IsWeakSubordinator(w), w)
	}
	for _, w := range []string{"als", "da", "damit", "seit", "bis", "während", "seitdem", "soweit", "solange", "wie", "wobei", "Während"} {
		assert.True(t, lx.IsWeakSubordinator(w), w)
		assert.False(t, lx.IsStrongSubordinator(w), w)
	}
	for _, w := range []string{"und", "denn", "deshalb", "Haus"} {
		assert.False(t, lx.IsStrongSubordinator(w) || lx.IsWeakSubordinator(w), w)
	}
}

func TestCutAdjectiveEnding(t *testing.T) {
	for w, want := range map[string]string{"neue": "neu", "neuen": "neu", "früheren": "früher", "neuer": "neu", "neues": "neu", "neuem": "neu"} {
		stem, ok := CutAdjectiveEnding(w)
		assert.True(t, ok, w)
		assert.Equal(t, want, stem, w)
	}
	for _, w := range []string{"neu", "gut"} {
		stem, ok := CutAdjectiveEnding(w)
		assert.False(t, ok, w)
		assert.Equal(t, w, stem, w)
	}
}
