package rules

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/checker/checkertest"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

// untranslatedRules are the rule untranslated-english and the rules of the
// pack "untranslated", which together catch English left in German text.
func untranslatedRules(t testing.TB) []checker.Rule {
	t.Helper()
	rs := lexicalRules()
	for _, r := range packRules() {
		if r.Pack == "untranslated" {
			rs = append(rs, r)
		}
	}
	require.Greater(t, len(rs), 1, "the pack untranslated is missing")
	return rs
}

// flagged checks text with rules and returns the flagged texts as "rule: text".
func flagged(t *testing.T, rules []checker.Rule, text string) []string {
	t.Helper()
	eng, err := checker.NewEngine(rules, checker.Config{})
	require.NoError(t, err)
	res, err := eng.CheckText(text)
	require.NoError(t, err)
	var out []string
	for _, f := range res.Findings {
		out = append(out, f.Rule+": "+f.Text)
	}
	return out
}

// TestLexicalExamples runs the examples of the lexical rules that the registry
// does not carry yet; once a rule is in All(), TestExamples covers it.
func TestLexicalExamples(t *testing.T) {
	inRegistry := map[string]bool{}
	for _, r := range All() {
		inRegistry[r.ID] = true
	}
	for _, r := range lexicalRules() {
		t.Run(r.ID, func(t *testing.T) {
			if inRegistry[r.ID] {
				t.Skip("covered by TestExamples")
			}
			require.NoError(t, r.Validate())
			assert.GreaterOrEqual(t, len(r.Bad), 5)
			assert.GreaterOrEqual(t, len(r.Good), 5)
			for _, ex := range append(append([]string{}, r.Bad...), r.Good...) {
				text, marks, err := checker.ParseMarked(ex)
				require.NoError(t, err)
				var want []string
				for _, m := range marks {
					want = append(want, r.ID+": "+text[m.Start:m.End])
				}
				assert.Equal(t, want, flagged(t, []checker.Rule{r}, text), ex)
			}
		})
	}
}

func TestUntranslatedEnglish(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"run between German words", "Die Zahl of the victims stieg.", []string{"of the victims"}},
		{"contraction", "Er sagte, it's not over yet, und ging.", []string{"it's not over yet"}},
		{"homograph inside", "Die Polizei sagte, he was in the office, und schwieg.", []string{"he was in the office"}},
		{"dictionary words", "Sie sprach mit the women and children im Lager.", []string{"the women and children"}},
		{"German edge trimmed", "Er kündigte for the first time neue Zahlen an.", []string{"for the first time"}},
		{"two runs", "Die Zahl of the victims stieg, und the police said nichts.", []string{"of the victims", "the police said"}},
		{"English sentence in German paragraph",
			"Der Iran bestreitet das. The attack was the largest in years. Die Ermittlungen laufen.",
			[]string{"The attack was the largest in years."}},
		{"English paragraph", "The attack was the largest in years. Nobody was hurt.", nil},
		{"English paragraph next to German one", "Der Iran bestreitet das.\n\nThe attack was the largest in years.", nil},
		{"too short", "Er trinkt einen Coffee to go.", nil},
		{"two function words", "Sie nannte es das Ende of the Saison.", nil},
		{"German quotation marks", "Er sagte: „We will fight for every job“, und ging.", nil},
		{"English quotation marks", "Er sagte: “We will fight for every job”, und ging.", nil},
		{"straight quotation marks", `Er sagte "we will fight for every job" und ging.`, nil},
		{"guillemets", "Der Film »The Man Who Knew Too Much« lief.", nil},
		{"brackets", "Der Ausdruck (englisch: the best of both worlds) ist beliebt.", nil},
		{"gloss cue", "Das sogenannte all of the above ist ein Prinzip.", nil},
		{"motto", "Ihr Motto war: think of the children.", nil},
		{"established phrase", "Das ist business as usual für die Bank.", nil},
		{"established phrase at sentence start", "Last but not least dankte sie dem Team.", nil},
		{"names", "Die University of Oxford und die Bank of America kooperieren.", nil},
		{"title in title case", "Er spielte in How to Get Away with Murder mit.", nil},
		{"loanwords", "Das Konzert wird live und online gezeigt, das ist cool.", nil},
		{"connective left to the pack", "Die Verhandlungen dauerten, according to the insiders, zwei Jahre.", nil},
		{"German only", "Die Verhandlungen dauerten nach Angaben von Insidern fast zwei Jahre.", nil},
		{"URL and handle", "Mehr unter www.example.com/the-best-of-it und @the_real_one.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range flagged(t, []checker.Rule{untranslatedEnglish}, tt.text) {
				got = append(got, strings.TrimPrefix(f, untranslatedEnglish.ID+": "))
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestUntranslatedPackAndRule checks that the rule and the pack complement
// each other: each connective the rule leaves to the pack is flagged by the
// pack, and no text is flagged by both.
func TestUntranslatedPackAndRule(t *testing.T) {
	rs := untranslatedRules(t)
	for _, c := range englishConnectives {
		text := fmt.Sprintf("Die Regierung hat %s the new rules entschieden.", c)
		got := flagged(t, rs, text)
		assert.Equal(t, []string{"english-connective: " + c}, got, text)
	}
	for _, text := range []string{
		"Die Zahl of the victims stieg, die Regierung of the United States schwieg.",
		"Musk führte Gebühren für die „Blue Tick“-Verifizierung ein, said the company.",
		"Die Firma will at the same time Laptops as well as Tablets verkaufen.",
	} {
		eng, err := checker.NewEngine(rs, checker.Config{})
		require.NoError(t, err)
		res, err := eng.CheckText(text)
		require.NoError(t, err)
		for i, f := range res.Findings {
			for _, g := range res.Findings[i+1:] {
				assert.False(t, f.Overlaps(g.Span), "%s and %s overlap in %q", f.Rule, g.Rule, text)
			}
		}
	}
}

func TestEnglishWordLists(t *testing.T) {
	lx := lexicon.Default()
	for w := range englishFunctionWords {
		assert.Zero(t, lx.Lookup(w).Class, "function word %q is German too: move it to englishGermanHomographs", w)
		assert.False(t, englishGermanHomographs[w] || englishLoanwords[w], "%q is in two lists", w)
	}
	for _, list := range []map[string]bool{englishFunctionWords, englishGermanHomographs, englishLoanwords} {
		for w := range list {
			assert.Equal(t, strings.ToLower(w), w, "%q must be lower case", w)
			assert.NotContains(t, w, "’", "%q: write ' for ’", w)
		}
	}
	for _, list := range [][]string{englishPhrases, englishConnectives} {
		for _, p := range list {
			assert.Equal(t, strings.ToLower(p), p, "%q must be lower case", p)
			assert.Equal(t, strings.Join(strings.Fields(p), " "), p, "%q: single spaces", p)
		}
	}
}

func TestEnglishDictionary(t *testing.T) {
	for _, w := range []string{"according", "victims", "officials", "women", "children"} {
		assert.True(t, isEnglishDictionaryWord(w), w)
	}
	for _, w := range []string{"the", "of", "Africa", "sagte", "regierung"} {
		assert.False(t, isEnglishDictionaryWord(w), w)
	}
	assert.Greater(t, len(englishDictionary()), 900)
}

func TestShieldedTokens(t *testing.T) {
	tests := []struct{ text, want string }{
		{"a „b c“ d", "b c"},
		{"a “b” d", "b"},
		{`a "b" d "e"`, "b e"},
		{"a »b« (c) d", "b c"},
		{"a «b» d", "b"},
		{"a ‚b‘ d", "b"},
		{"Klaus' Buch „ist gut", "ist gut"},
		{"a (b [c] d) e", "b c d"},
	}
	for _, tt := range tests {
		d, err := checker.Analyze(tt.text)
		require.NoError(t, err)
		p := &d.Paragraphs[0]
		var got []string
		for k, s := range shieldedTokens(d, p) {
			if s && d.Tokens[p.FirstToken+k].Kind == checker.Word {
				got = append(got, d.TokenText(p.FirstToken+k))
			}
		}
		assert.Equal(t, tt.want, strings.Join(got, " "), tt.text)
	}
}

// BenchmarkUntranslatedEnglish runs the rule alone on 1 MB of generated German
// news text, which has no English function words: the quiet path.
func BenchmarkUntranslatedEnglish(b *testing.B) {
	d, err := checker.Analyze(checkertest.GermanText(1<<20, 1))
	require.NoError(b, err)
	eng, err := checker.NewEngine([]checker.Rule{untranslatedEnglish}, checker.Config{})
	require.NoError(b, err)
	b.SetBytes(int64(len(d.Text)))
	for b.Loop() {
		if _, err := eng.Check(d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEnglishDictionaryLoad measures what the first document with a
// candidate run pays once: decoding prose's tag dictionary.
func BenchmarkEnglishDictionaryLoad(b *testing.B) {
	for b.Loop() {
		if len(loadEnglishDictionary()) == 0 {
			b.Fatal("empty dictionary")
		}
	}
}
