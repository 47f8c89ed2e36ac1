package checker

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tokenTexts returns the texts of all tokens of an analysed text.
func tokenTexts(t *testing.T, text string) []string {
	t.Helper()
	d, err := Analyze(text)
	require.NoError(t, err)
	out := make([]string, len(d.Tokens))
	for i := range d.Tokens {
		out[i] = d.TokenText(i)
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"hyphenated compounds", "Twitter-Daten per E-Mail an die Social-Media-Plattform",
			[]string{"Twitter-Daten", "per", "E-Mail", "an", "die", "Social-Media-Plattform"}},
		{"number compound", "die 90-Jährige", []string{"die", "90-Jährige"}},
		{"truncated compound", "Ein- und Ausgang", []string{"Ein-", "und", "Ausgang"}},
		{"dash is punctuation", "Musk – der Chef", []string{"Musk", "–", "der", "Chef"}},
		{"spaced hyphen", "Musk - der Chef", []string{"Musk", "-", "der", "Chef"}},
		{"ordinal date", "am 25. November", []string{"am", "25", ".", "November"}},
		{"german quotes", "„Ja“, sagte er.", []string{"„", "Ja", "“", ",", "sagte", "er", "."}},
		{"ellipsis joined", "Er wartete... und ging", []string{"Er", "wartete", "...", "und", "ging"}},
		{"apostrophe genitive", "Musk's Plan", []string{"Musk's", "Plan"}},
		{"url", "Mehr unter https://example.org/a-b?x=1. Danke", []string{"Mehr", "unter", "https://example.org/a-b?x=1", ".", "Danke"}},
		{"email and handle", "Schreiben Sie an presse@example.de oder @elonmusk", []string{"Schreiben", "Sie", "an", "presse@example.de", "oder", "@elonmusk"}},
		{"glued words stay one token", "einem TweetIn der", []string{"einem", "TweetIn", "der"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tokenTexts(t, tt.text))
		})
	}
}

func TestDecimalsAreOneToken(t *testing.T) {
	assert.Equal(t, []string{"35,4", "Milliarden", "und", "1.000", "Menschen"}, tokenTexts(t, "35,4 Milliarden und 1.000 Menschen"))
}

func TestTokenKindsAndShapes(t *testing.T) {
	d, err := Analyze("„TweetIn“ BBC iPhone sagte Twitter-Daten BBC-Interview 2024 € • https://x.org")
	require.NoError(t, err)
	type ks struct {
		text  string
		kind  TokenKind
		shape Shape
	}
	var got []ks
	for i, tk := range d.Tokens {
		got = append(got, ks{d.TokenText(i), tk.Kind, tk.Shape})
	}
	assert.Equal(t, []ks{
		{"„", Punct, NoLetters}, {"TweetIn", Word, Mixed}, {"“", Punct, NoLetters}, {"BBC", Word, Upper},
		{"iPhone", Word, Mixed}, {"sagte", Word, Lower}, {"Twitter-Daten", Word, Capitalized},
		{"BBC-Interview", Word, Capitalized}, {"2024", Number, NoLetters}, {"€", Symbol, NoLetters},
		{"•", Punct, NoLetters}, {"https://x.org", URL, NoLetters},
	}, got)
}

func TestTokenSpacing(t *testing.T) {
	d, err := Analyze("Ein Satz,\nzwei")
	require.NoError(t, err)
	require.Len(t, d.Tokens, 4)
	assert.True(t, d.Tokens[0].SpaceBefore, "first token counts as preceded by space")
	assert.False(t, d.Tokens[2].SpaceBefore, "comma is attached")
	assert.True(t, d.Tokens[3].SpaceBefore)
	assert.True(t, d.Tokens[3].NewlineBefore)
	assert.False(t, d.Tokens[1].NewlineBefore)
}

func TestTokenSpansCoverText(t *testing.T) {
	text := "  Früher das Unternehmen Sagte er zur Kenntnisnahme dass … 25. \u00a0Ende\r\n"
	d, err := Analyze(text)
	require.NoError(t, err)
	prev := 0
	for i, tk := range d.Tokens {
		require.GreaterOrEqual(t, tk.Start, prev, "token %d overlaps its predecessor", i)
		require.Greater(t, tk.End, tk.Start)
		gap := text[prev:tk.Start]
		for _, r := range gap {
			assert.True(t, isSpace(r), "only white space between tokens, got %q", gap)
		}
		prev = tk.End
	}
}
