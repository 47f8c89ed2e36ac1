package clause

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

// tokenIndex returns the index of the n-th token (0-based) whose text is w.
func tokenIndex(t *testing.T, a *Analysis, w string, n int) int {
	t.Helper()
	for i := range a.Doc.Tokens {
		if a.Text(i) == w {
			if n == 0 {
				return i
			}
			n--
		}
	}
	t.Fatalf("token %q not found in %q", w, a.Doc.Text)
	return -1
}

func TestSubjectAt(t *testing.T) {
	tests := []struct {
		text, from string // the phrase is parsed from the first token from
		want       string // "" when no subject phrase is found
		kind       PhraseKind
		persons    lexicon.Persons
	}{
		{"Früher er sagte", "er", "er", PronounPhrase, lexicon.Sg3},
		{"Heute wir gehen", "wir", "wir", PronounPhrase, lexicon.Pl1},
		{"Dann Sie fragen", "Sie", "Sie", PronounPhrase, lexicon.Pl3},
		{"weil ihr Mann kam", "ihr", "ihr Mann", NounPhrase, lexicon.Sg3 | lexicon.Pl3},
		{"dass das Unternehmen Sagte", "das", "das Unternehmen", NounPhrase, lexicon.Sg3 | lexicon.Pl3},
		{"dass die 25 neuen Mitarbeiter kamen", "die", "die 25 neuen Mitarbeiter", NounPhrase, lexicon.Sg3 | lexicon.Pl3},
		{"dass der Konzern Siemens zahlte", "der", "der Konzern Siemens", NounPhrase, lexicon.Sg3 | lexicon.Pl3},
		{"dass alle Kunden zahlten", "alle", "alle Kunden", NounPhrase, lexicon.Sg3 | lexicon.Pl3},
		{"dass Elon Musk klagt", "Elon", "Elon Musk", NamePhrase, lexicon.Sg3 | lexicon.Pl3},
		{"dass die kamen", "die", "", 0, 0},
		{"Auma, das\nMan befindet sich", "Man", "", 0, 0},
		{"dass sich das lohnt", "sich", "", 0, 0},
		{"dass zuletzt alles stieg", "zuletzt", "", 0, 0},
	}
	for _, tt := range tests {
		a := analyzeText(t, tt.text)
		i := tokenIndex(t, a, tt.from, 0)
		p, ok := a.SubjectAt(i, len(a.Doc.Tokens))
		if tt.want == "" {
			assert.False(t, ok, tt.text)
			continue
		}
		if assert.True(t, ok, tt.text) {
			assert.Equal(t, tt.want, a.Doc.Slice(a.Doc.Tokens[p.First].Span.To(a.Doc.Tokens[p.End-1].Span)), tt.text)
			assert.Equal(t, tt.kind, p.Kind, tt.text)
			assert.Equal(t, tt.persons, p.Persons, tt.text)
		}
	}
}

func TestVerbQuestions(t *testing.T) {
	a := analyzeText(t, "Er hat gesagt, sie kündigte, die Preise sagen viel, Stand verkauft lesen möchte werden sein gelesen.")
	at := func(w string) int { return tokenIndex(t, a, w, 0) }
	assert.Equal(t, "haben", a.Auxiliary(at("hat")))
	assert.Equal(t, "modal", a.Auxiliary(at("möchte")))
	assert.Equal(t, "werden", a.Auxiliary(at("werden")))
	assert.Equal(t, "", a.Auxiliary(at("kündigte")))

	assert.True(t, a.Governs("haben", at("gesagt")))
	assert.False(t, a.Governs("haben", at("lesen")))
	assert.True(t, a.Governs("modal", at("lesen")))
	assert.False(t, a.Governs("modal", at("gesagt")))
	assert.True(t, a.Governs("werden", at("gelesen")))
	assert.True(t, a.Governs("werden", at("lesen")))
	assert.False(t, a.Governs("", at("lesen")))

	assert.Equal(t, lexicon.Sg1|lexicon.Sg3, a.FinitePersons(at("kündigte")))
	assert.Contains(t, a.SeparablePrefixes(at("kündigte")), "an")
	k, ok := a.VerbKind(at("hat"))
	assert.True(t, ok)
	assert.Equal(t, lexicon.AuxVerb, k)
	_, ok = a.VerbKind(at("Er"))
	assert.False(t, ok)
}

func TestLookAlikes(t *testing.T) {
	a := analyzeText(t, "infiziert herausgeklappt deutlich anrührt auszupusten anzurufen zuzug schön gut")
	at := func(w string) int { return tokenIndex(t, a, w, 0) }
	assert.True(t, a.NonFiniteLike(at("infiziert")))
	assert.True(t, a.NonFiniteLike(at("herausgeklappt")))
	assert.False(t, a.NonFiniteLike(at("deutlich")))
	assert.True(t, a.FiniteLike(at("anrührt")))
	assert.False(t, a.FiniteLike(at("deutlich")))
	assert.False(t, a.FiniteLike(at("gut")), "too short")
	assert.True(t, a.ZuInfinitiveLike(at("auszupusten")))
	assert.True(t, a.ZuInfinitiveLike(at("anzurufen")))
	assert.False(t, a.ZuInfinitiveLike(at("zuzug")))
	assert.False(t, a.ZuInfinitiveLike(at("schön")))
}

func TestOpensObject(t *testing.T) {
	a := analyzeText(t, "Er hat gekauft ein Auto ihm jeden Tag Montag neue Maßnahmen schnell Twitter auf")
	at := func(w string) int { return tokenIndex(t, a, w, 0) }
	for _, w := range []string{"ein", "ihm", "neue", "Twitter"} {
		assert.True(t, a.OpensObject(at(w)), w)
	}
	for _, w := range []string{"jeden", "Montag", "schnell", "auf", "Er"} {
		assert.False(t, a.OpensObject(at(w)), w)
	}
	assert.Equal(t, at("Maßnahmen")+1, a.AdjectiveNounEnd(at("neue"), len(a.Doc.Tokens)))
	assert.Equal(t, -1, a.AdjectiveNounEnd(at("schnell"), len(a.Doc.Tokens)))
}

func TestStretchAndVerbs(t *testing.T) {
	a := analyzeText(t, "Wenn Plato sagt die Triebe und Leidenschaften seien stark, hat er recht.")
	sagt := tokenIndex(t, a, "sagt", 0)
	end := a.StretchEnd(sagt)
	assert.Equal(t, ",", a.Text(end))
	assert.True(t, a.HasVerbIn(sagt+1, end), "seien lies beyond the coordinator")
	assert.False(t, a.HasVerbIn(sagt+1, tokenIndex(t, a, "und", 0)))
	words := a.WordsIn(sagt+1, end)
	assert.Equal(t, "die", a.Text(words[0]))
	assert.Len(t, words, 6)
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		text   string
		quoted []string // words inside quotation marks
	}{
		{"Er sagte „Ja“ und ging.", []string{"Ja"}},
		{"He said “yes” and left.", []string{"yes"}},
		{"Er sagte »Nein, danke« und ging.", []string{"Nein", ",", "danke"}},
		{"Il dit «oui» et part.", []string{"oui"}},
		{`Er sagte "vielleicht" und ging.`, []string{"vielleicht"}},
		{"„Wir kommen“, sagte sie, „aber spät.“", []string{"Wir", "kommen", "aber", "spät", "."}},
		{"Ein Zitat „ohne Ende.\n\nNeuer Absatz.", []string{"ohne", "Ende", "."}},
		{"Ein “ einzelnes Zeichen.", nil},
	}
	for _, tt := range tests {
		a := analyzeText(t, tt.text)
		var got []string
		for i := range a.Doc.Tokens {
			if a.Quoted(i) {
				got = append(got, a.Text(i))
			}
		}
		assert.Equal(t, tt.quoted, got, tt.text)
	}
}

func TestTimeWords(t *testing.T) {
	for _, w := range []string{"Montag", "Jahr", "November", "Abend", "Wochenende"} {
		assert.True(t, IsTimeNoun(w), w)
	}
	for _, w := range []string{"Regierung", "montag", "Twitter"} {
		assert.False(t, IsTimeNoun(w), w)
	}
	assert.True(t, IsTemporalDeterminer("letzte"))
	assert.False(t, IsTemporalDeterminer("die"))
	for s, want := range map[string]bool{"2024": true, "1999": true, "0999": false, "24": false, "20x4": false, "3024": false} {
		assert.Equal(t, want, IsYear(s), s)
	}
	for s, want := range map[string]bool{"beste": true, "größten": true, "wichtigster": true, "feste": true, "erste": true,
		"kosten": true, "neue": false, "ste": false, "este": false, "guten": false} {
		assert.Equal(t, want, IsSuperlative(s), s)
	}
}

func TestNames(t *testing.T) {
	assert.Equal(t, "subordinate", Subordinate.String())
	assert.Equal(t, "invalid", Kind(99).String())
	assert.Equal(t, "coordinator", Coordinator.String())
	assert.Equal(t, "invalid", Boundary(99).String())
	assert.True(t, Relative.VerbFinal())
	assert.False(t, Main.VerbFinal())
}

func TestSentenceClausesAndOf(t *testing.T) {
	a := analyzeText(t, "Er kam, als sie ging. Dann regnete es.")
	require := assert.New(t)
	require.Len(a.SentenceClauses(0), 2)
	require.Len(a.SentenceClauses(1), 1)
	c := a.SentenceClauses(0)[1]
	require.Equal("als", a.Text(c.FirstWord(a.Doc)))
	require.Equal("ging", a.Text(c.LastWord(a.Doc)))
	require.Equal([]int{c.First, c.First + 1, c.First + 2}, c.Words(a.Doc))
	require.Same(lexicon.Default(), a.Lexicon())
}

// TestOfIsShared checks that rules of one check share one analysis, and
// that each document gets its own.
func TestOfIsShared(t *testing.T) {
	var seen []*Analysis
	mk := func(id string) checker.Rule {
		return checker.Rule{ID: id, Title: "Test rule", Category: "fluency/word-order", Severity: checker.Minor, Message: "m", Doc: "d",
			Bad: []string{"{{x}}"}, Good: []string{"y"}, Check: func(p *checker.Pass) { seen = append(seen, Of(p)) }}
	}
	e, err := checker.NewEngine([]checker.Rule{mk("first-rule"), mk("second-rule")}, checker.Config{})
	if !assert.NoError(t, err) {
		return
	}
	for _, text := range []string{"Er kam.", "Sie ging, weil es regnete."} {
		_, err := e.CheckText(text)
		assert.NoError(t, err)
	}
	if assert.Len(t, seen, 4) {
		assert.Same(t, seen[0], seen[1])
		assert.Same(t, seen[2], seen[3])
		assert.NotSame(t, seen[0], seen[2])
		assert.Len(t, seen[2].Clauses, 2)
	}
}
