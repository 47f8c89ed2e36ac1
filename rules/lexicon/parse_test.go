package lexicon

import (
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseVerbSpec(t *testing.T) {
	tests := []struct {
		in               string
		lemma, sep, stem string
		noAuto, weak, ok bool
		part             string
	}{
		{in: "sagen", lemma: "sagen", stem: "sagen", ok: true},
		{in: "hinzu|fügen", lemma: "hinzufügen", sep: "hinzu", stem: "fügen", ok: true},
		{in: "über+nehmen", lemma: "übernehmen", stem: "über+nehmen", ok: true},
		{in: "an|er+kennen", lemma: "anerkennen", sep: "an", stem: "er+kennen", ok: true},
		{in: "!beugen", lemma: "beugen", stem: "beugen", noAuto: true, ok: true},
		{in: "~zu|bereiten", lemma: "zubereiten", sep: "zu", stem: "bereiten", weak: true, ok: true},
		{in: "prophezeien=prophezeit", lemma: "prophezeien", stem: "prophezeien", part: "prophezeit", ok: true},
		{in: "a|b|en", ok: false},
		{in: "|fügen", ok: false},
		{in: "über++nehmen", ok: false},
		{in: "+nehmen", ok: false},
		{in: "Sagen", ok: false},
		{in: "sagenx", ok: false},
		{in: "sagen=", ok: false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			v, ok := parseVerbSpec(tt.in)
			require.Equal(t, tt.ok, ok)
			if !ok {
				return
			}
			assert.Equal(t, verbSpec{lemma: tt.lemma, sep: tt.sep, stem: tt.stem, noAuto: tt.noAuto, weak: tt.weak,
				part: tt.part}, v)
		})
	}
}

func TestAutoPrefix(t *testing.T) {
	tests := []struct{ in, prefix, rest string }{
		{"verklagen", "ver", "klagen"},
		{"bestätigen", "be", "stätigen"},
		{"gehören", "ge", "hören"},
		{"erinnern", "er", "innern"},
		{"missverstehen", "miss", "verstehen"},
		{"zerstören", "zer", "stören"},
		{"beten", "", ""},  // rest too short
		{"bellen", "", ""}, // doubled letter
		{"ernten", "", ""}, // "nt" cannot start a stem
		{"sagen", "", ""},  // no prefix
		{"gerben", "", ""}, // "rb" cannot start a stem
		{"betten", "", ""}, // doubled letter
		{"erben", "", ""},  // rest too short
		{"entern", "", ""}, // rest too short
	}
	for _, tt := range tests {
		p, r, ok := splitAutoPrefix(tt.in)
		assert.Equal(t, tt.prefix != "", ok, tt.in)
		assert.Equal(t, tt.prefix, p, tt.in)
		assert.Equal(t, tt.rest, r, tt.in)
	}
}

func TestWeakStemRules(t *testing.T) {
	for stem, want := range map[string]bool{
		"arbeit": true, "red": true, "atm": true, "rechn": true, "öffn": true, "zeichn": true,
		"lern": false, "wohn": false, "komm": false, "sag": false, "film": false, "nenn": false,
	} {
		assert.Equal(t, want, needsLinkingE(stem), stem)
	}
	assert.True(t, foreignIeren("trainieren"))
	assert.False(t, foreignIeren("frieren"))
	assert.False(t, foreignIeren("schmieren"))
	assert.False(t, foreignIeren("sagen"))
	assert.Equal(t, "gäb", umlautLast("gab"))
	assert.Equal(t, "läuf", umlautLast("lauf"))
	assert.Equal(t, "ging", umlautLast("ging"))
}

func TestExpandBraces(t *testing.T) {
	w, ok := expandBraces("dies{er,e,es}")
	assert.True(t, ok)
	assert.Equal(t, []string{"dieser", "diese", "dieses"}, w)
	w, ok = expandBraces("mein{,e}")
	assert.True(t, ok)
	assert.Equal(t, []string{"mein", "meine"}, w)
	for _, bad := range []string{"a}b", "a{b", "a{b}{c}", "{}", "a,b"} {
		_, ok := expandBraces(bad)
		assert.False(t, ok, bad)
	}
}

// minimalData is a tiny but complete data set for the loader tests.
func minimalData(over map[string]string) fstest.MapFS {
	files := map[string]string{
		"closed.txt":       "[article]\nder die das\n[subordinator]\nweil wie?\n",
		"nouns.txt":        "[noun]\nStand\n",
		"nouns_common.txt": "[noun]\nHaus\n",
		"paradigms.txt":    "verb sein aux\npres bin bist ist sind seid sind\npart gewesen\n",
		"strong.txt":       "stehen = stand gestanden stünde\n",
		"verbs_a.txt":      "sagen ver+stehen auf|stehen\n",
	}
	for k, v := range over {
		files[k] = v
	}
	fsys := fstest.MapFS{}
	for k, v := range files {
		fsys["data/"+k] = &fstest.MapFile{Data: []byte(v)}
	}
	return fsys
}

func TestLoadMinimal(t *testing.T) {
	l, err := loadFS(minimalData(nil))
	require.NoError(t, err)
	assert.Equal(t, []string{"aufstehen", "sagen", "sein", "verstehen"}, l.Verbs())
	assert.True(t, l.IsFiniteVerb("verstand"))
	assert.True(t, l.IsParticiple("aufgestanden"))
	assert.True(t, l.Lookup("Stand").Is(Noun|FiniteVerb))
	assert.False(t, l.Lookup("wie").Sure(Subordinator))
}

func TestLoadErrors(t *testing.T) {
	tests := map[string]map[string]string{
		"unknown class":        {"closed.txt": "[nonsense]\nx\n"},
		"words before section": {"closed.txt": "der\n"},
		"upper-case closed":    {"closed.txt": "[article]\nDer\n"},
		"bad braces":           {"closed.txt": "[article]\nd{er\n"},
		"verb section":         {"closed.txt": "[finite]\nsagt\n"},
		"bad paradigm kind":    {"paradigms.txt": "verb sein helper\n"},
		"paradigm slot count":  {"paradigms.txt": "verb sein aux\npres bin bist\npart gewesen\n"},
		"line before verb":     {"paradigms.txt": "pres bin bist ist sind seid sind\n"},
		"unknown line":         {"paradigms.txt": "verb sein aux\nfuture x\n"},
		"incomplete paradigm":  {"paradigms.txt": "verb sein aux\npart gewesen\n"},
		"duplicate paradigm":   {"paradigms.txt": "verb sein aux\npres a b c d e f\npart g\nverb sein aux\n"},
		"strong fields":        {"strong.txt": "stehen stand\n"},
		"strong infinitive":    {"strong.txt": "steh = stand gestanden\n"},
		"duplicate strong":     {"strong.txt": "stehen = stand gestanden\nstehen = stand gestanden\n"},
		"malformed verb":       {"verbs_a.txt": "a|b|en\n"},
		"duplicate verb":       {"verbs_a.txt": "sagen sagen\n"},
		"verb twice in tables": {"verbs_a.txt": "sein\n"},
	}
	for name, over := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := loadFS(minimalData(over))
			assert.Error(t, err)
		})
	}
	missing := minimalData(nil)
	delete(missing, "data/strong.txt")
	_, err := loadFS(missing)
	assert.Error(t, err)
}
