package checker

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tokenIndex returns the index of the first token with text w.
func tokenIndex(t *testing.T, d *Doc, w string) int {
	t.Helper()
	for i := range d.Tokens {
		if d.TokenText(i) == w {
			return i
		}
	}
	require.Failf(t, "token not found", "%q", w)
	return -1
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // quoted texts, in the order they open
		closed     []bool
	}{
		{"german", `Er sagte „Ja“ und ging.`, []string{"Ja"}, []bool{true}},
		{"english", `Er sagte “Ja” und ging.`, []string{"Ja"}, []bool{true}},
		{"english single", `Er sagte ‘Ja’ und ging.`, []string{"Ja"}, []bool{true}},
		{"guillemets", `Er sagte »Ja« und ging.`, []string{"Ja"}, []bool{true}},
		{"swiss", `Er sagte «Ja» und ging.`, []string{"Ja"}, []bool{true}},
		{"single guillemets", `Er las ›Faust‹ und ‹Ja› laut.`, []string{"Faust", "Ja"}, []bool{true, true}},
		{"straight", `Er sagte "Ja, gut" und ging.`, []string{"Ja, gut"}, []bool{true}},
		{"latex", "Er sagte ``Ja'' und ging.", []string{"Ja"}, []bool{true}},
		{"nested", `„Er rief ‚Halt‘ und blieb“, sagte sie.`, []string{"Er rief ‚Halt‘ und blieb", "Halt"}, []bool{true, true}},
		{"unclosed", `„Wir kommen. Bald.`, []string{"Wir kommen. Bald."}, []bool{false}},
		{"across sentences", `„Wir kommen. Zum Zeitpunkt der Klage“, sagte er.`, []string{"Wir kommen. Zum Zeitpunkt der Klage"}, []bool{true}},
		{"apostrophe", `Musk's Plan steht.`, nil, nil},
		{"genitive apostrophes", `Hans' Auto und Klaus' Haus stehen.`, nil, nil},
		{"lone backquote", "Er sagte `Ja` und ging.", nil, nil},
		{"per paragraph", "„Offen\n\nZu“ bleibt", []string{"Offen"}, []bool{false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Analyze(tt.text)
			require.NoError(t, err)
			var got []string
			var closed []bool
			for _, q := range d.Quotes {
				end := d.Paragraphs[d.Sentences[d.Tokens[q.Open].Sentence].Paragraph].End
				if q.Closed {
					end = d.Tokens[q.Close].Start
				}
				got = append(got, d.Text[d.Tokens[q.Open].End:end])
				closed = append(closed, q.Closed)
			}
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.closed, closed)
		})
	}
}

func TestQuoteAtNested(t *testing.T) {
	d, err := Analyze(`„Er rief ‚Halt sofort‘ und blieb stehen“, sagte sie.`)
	require.NoError(t, err)
	inner, ok := d.QuoteAt(tokenIndex(t, d, "sofort"))
	require.True(t, ok)
	assert.Equal(t, 2, inner.Words)
	outer, ok := d.QuoteAt(tokenIndex(t, d, "blieb"))
	require.True(t, ok)
	assert.Equal(t, 7, outer.Words)
	_, ok = d.QuoteAt(tokenIndex(t, d, "sagte"))
	assert.False(t, ok)
}

func TestQuoteAtAndMarkRoles(t *testing.T) {
	d, err := Analyze(`Sie las „Krieg und Frieden“ im Urlaub.`)
	require.NoError(t, err)
	q, ok := d.QuoteAt(tokenIndex(t, d, "und"))
	require.True(t, ok)
	assert.Equal(t, 3, q.Words)
	_, ok = d.QuoteAt(tokenIndex(t, d, "Urlaub"))
	assert.False(t, ok)
	open, closing := tokenIndex(t, d, "„"), tokenIndex(t, d, "“")
	_, ok = d.QuoteAt(open)
	assert.False(t, ok, "the marks are not inside")
	assert.Equal(t, 1, d.QuoteMarkRole(open))
	assert.Equal(t, -1, d.QuoteMarkRole(closing))
	assert.Equal(t, 0, d.QuoteMarkRole(tokenIndex(t, d, "las")))
	assert.Equal(t, 0, d.QuoteMarkRole(-1))
}
