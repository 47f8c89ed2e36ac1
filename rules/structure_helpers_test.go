package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
)

// analyze builds the document model of text for helper tests.
func analyze(t *testing.T, text string) *checker.Doc {
	t.Helper()
	d, err := checker.Analyze(text)
	require.NoError(t, err)
	return d
}

// tokenIndex returns the index of the n-th (0-based) token with text w.
func tokenIndex(t *testing.T, d *checker.Doc, w string, n int) int {
	t.Helper()
	for i := range d.Tokens {
		if tokenText(d, i) == w {
			if n == 0 {
				return i
			}
			n--
		}
	}
	require.Failf(t, "token not found", "%q", w)
	return -1
}

func TestIndexQuotes(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // quoted texts, in the order they open
		closed     []bool
	}{
		{"german", `Er sagte „Ja“ und ging.`, []string{"Ja"}, []bool{true}},
		{"english", `Er sagte “Ja” und ging.`, []string{"Ja"}, []bool{true}},
		{"guillemets", `Er sagte »Ja« und ging.`, []string{"Ja"}, []bool{true}},
		{"swiss", `Er sagte «Ja» und ging.`, []string{"Ja"}, []bool{true}},
		{"straight", `Er sagte "Ja, gut" und ging.`, []string{"Ja, gut"}, []bool{true}},
		{"latex", "Er sagte ``Ja'' und ging.", []string{"Ja"}, []bool{true}},
		{"nested", `„Er rief ‚Halt‘ und blieb“, sagte sie.`, []string{"Er rief ‚Halt‘ und blieb", "Halt"}, []bool{true, true}},
		{"unclosed", `„Wir kommen. Bald.`, []string{"Wir kommen. Bald."}, []bool{false}},
		{"two sentences", `„Wir kommen. Zum Zeitpunkt der Klage“, sagte er.`, []string{"Wir kommen. Zum Zeitpunkt der Klage"}, []bool{true}},
		{"apostrophe", `Musk's Plan steht.`, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyze(t, tt.text)
			q := indexQuotes(d)
			var got []string
			var closed []bool
			for _, qt := range q.quotes {
				end := len(d.Text)
				if qt.close < len(d.Tokens) {
					end = d.Tokens[qt.close].Start
				}
				got = append(got, d.Text[d.Tokens[qt.open].End:end])
				closed = append(closed, qt.closed)
			}
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.closed, closed)
		})
	}
}

func TestQuoteIndexInsideNested(t *testing.T) {
	d := analyze(t, `„Er rief ‚Halt sofort‘ und blieb stehen“, sagte sie.`)
	q := indexQuotes(d)
	inner, ok := q.inside(tokenIndex(t, d, "sofort", 0))
	require.True(t, ok)
	assert.Equal(t, 2, inner.words)
	outer, ok := q.inside(tokenIndex(t, d, "blieb", 0))
	require.True(t, ok)
	assert.Equal(t, 7, outer.words)
}

func TestQuoteIndexInside(t *testing.T) {
	d := analyze(t, `Sie las „Krieg und Frieden“ im Urlaub.`)
	q := indexQuotes(d)
	qt, ok := q.inside(tokenIndex(t, d, "und", 0))
	require.True(t, ok)
	assert.Equal(t, 3, qt.words)
	_, ok = q.inside(tokenIndex(t, d, "Urlaub", 0))
	assert.False(t, ok)
	_, ok = q.inside(tokenIndex(t, d, "„", 0))
	assert.False(t, ok, "the marks are not inside")
}

func TestVerbPredicates(t *testing.T) {
	tests := []struct {
		text, word          string
		mayBeVerb, finite   bool
		attributive, nounLk bool
	}{
		{"Er sagte nichts.", "sagte", true, true, false, false},
		{"Früher das Unternehmen Sagte er.", "Sagte", true, true, false, false},
		{"Das Essen ist fertig.", "Essen", false, false, false, true},
		{"Sie expandierten rasch.", "expandierten", true, true, true, false},
		{"Sie zoomten rasch.", "zoomten", true, false, true, false}, // unknown: a possible verb, and adjective-like by its ending
		{"Die neuen Regeln gelten.", "neuen", true, false, true, false},
		{"Die Würde des Menschen.", "Würde", false, false, false, true},
		{"Meine erste Wahl.", "Meine", true, false, false, false},
		{"Das ist meine Wahl.", "meine", true, false, false, false},
		{"Ein Jupiter-ähnlicher Planet.", "Jupiter-ähnlicher", false, false, true, true},
		{"Nach Angaben der BBC.", "BBC", false, false, false, true},
		{"Er kam zum Bahnhof.", "zum", false, false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			d := analyze(t, tt.text)
			i := tokenIndex(t, d, tt.word, 0)
			assert.Equal(t, tt.mayBeVerb, mayBeVerbAt(d, i), "mayBeVerbAt")
			assert.Equal(t, tt.finite, knownFiniteAt(d, i), "knownFiniteAt")
			assert.Equal(t, tt.attributive, attributiveAt(d, i), "attributiveAt")
			assert.Equal(t, tt.nounLk, nounLikeAt(d, i), "nounLikeAt")
		})
	}
}

func TestStretches(t *testing.T) {
	d := analyze(t, `Er sagte, dass sie „heute“ komme; dann ging er.`)
	s := d.Sentences[0]
	sie := tokenIndex(t, d, "sie", 0)
	assert.Equal(t, tokenIndex(t, d, "dass", 0), stretchStart(d, s, sie))
	assert.Equal(t, tokenIndex(t, d, "„", 0), stretchEnd(d, s, sie))
	dann := tokenIndex(t, d, "dann", 0)
	assert.Equal(t, dann, stretchStart(d, s, dann+1))
	assert.Equal(t, tokenIndex(t, d, ".", 0), stretchEnd(d, s, dann))
	assert.Equal(t, s.First, stretchStart(d, s, s.First+1))
}

func TestParagraphEndsSentence(t *testing.T) {
	for text, want := range map[string]bool{
		"Er kam.":           true,
		"„Kommst du?“":      true,
		"Er ging (endlich)": false,
		"Mehr dazu …":       true,
		"Titel ohne Punkt":  false,
		"Er sagte,":         false,
	} {
		d := analyze(t, text)
		assert.Equal(t, want, paragraphEndsSentence(d, d.Paragraphs[0]), text)
	}
}
