package checker

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func sentenceTexts(t *testing.T, text string) []string {
	t.Helper()
	d, err := Analyze(text)
	require.NoError(t, err)
	var out []string
	for _, s := range d.Sentences {
		out = append(out, d.Slice(s.Span))
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"two sentences", "Er kam. Sie ging.", []string{"Er kam.", "Sie ging."}},
		{"abbreviations", "Das gilt z. B. für Dr. Meier bzw. Prof. Schulz. Dann nicht.",
			[]string{"Das gilt z. B. für Dr. Meier bzw. Prof. Schulz.", "Dann nicht."}},
		{"abbreviation without spaces", "Das gilt z.B. für alle. Ende.", []string{"Das gilt z.B. für alle.", "Ende."}},
		{"ordinal date", "Am 25. November 2024 kam er. Dann ging er.", []string{"Am 25. November 2024 kam er.", "Dann ging er."}},
		{"ordinal noun", "Das war im 19. Jahrhundert so. Heute nicht.", []string{"Das war im 19. Jahrhundert so.", "Heute nicht."}},
		{"number at sentence end", "Er wurde 1990 geboren. Sie 1992.", []string{"Er wurde 1990 geboren.", "Sie 1992."}},
		{"decimal", "Es kostete 35,4 Mio. Euro. Zu viel.", []string{"Es kostete 35,4 Mio. Euro.", "Zu viel."}},
		{"quote closes after stop", "„Wir kommen.“ Dann ging er.", []string{"„Wir kommen.“", "Dann ging er."}},
		{"quote then comma continues", "„Kommt ihr?“, fragte sie. Niemand antwortete.",
			[]string{"„Kommt ihr?“, fragte sie.", "Niemand antwortete."}},
		{"guillemets", "»Nein!« Er lachte.", []string{"»Nein!«", "Er lachte."}},
		{"swiss guillemets", "«Nein!» Er lachte.", []string{"«Nein!»", "Er lachte."}},
		{"bracket after stop", "(Das ist alt.) Neu ist das.", []string{"(Das ist alt.)", "Neu ist das."}},
		{"lowercase continues", "Er sagte ca. drei Worte.", []string{"Er sagte ca. drei Worte."}},
		{"ellipsis does not split", "Er zögerte … Dann kam sie.", []string{"Er zögerte … Dann kam sie."}},
		{"question and exclamation", "Wer? Wir! Gut.", []string{"Wer?", "Wir!", "Gut."}},
		{"honorific", "Mr. Musk reagierte. Gut.", []string{"Mr. Musk reagierte.", "Gut."}},
		{"domain", "Das Lübecker HL-1.tv sendet.", []string{"Das Lübecker HL-1.tv sendet."}},
		{"initials", "Der Autor J. K. Rowling schrieb. Gut.", []string{"Der Autor J. K. Rowling schrieb.", "Gut."}},
		{"english month abbreviation", "Am Oct. 5 kam er. Gut.", []string{"Am Oct. 5 kam er.", "Gut."}},
		{"no final punctuation", "Elon Musk droht", []string{"Elon Musk droht"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, sentenceTexts(t, tt.text))
		})
	}
}

func TestSentenceStartAndIndex(t *testing.T) {
	d, err := Analyze("„Ja“, sagte er. (Dann) ging sie.")
	require.NoError(t, err)
	require.Len(t, d.Sentences, 2)
	var starts []string
	for i, tk := range d.Tokens {
		if tk.SentenceStart {
			starts = append(starts, d.TokenText(i))
		}
		s := d.Sentences[tk.Sentence]
		assert.True(t, s.Contains(tk.Span), "token %q lies in its sentence", d.TokenText(i))
	}
	assert.Equal(t, []string{"Ja", "Dann"}, starts)
}

func TestParagraphs(t *testing.T) {
	text := "Titel ohne Punkt\n\n  • von Anna\n  • Reporterin\n\nErster Satz. Zweiter\nSatz auf zwei Zeilen.\n\n\nVideo erklären,\n\n- Punkt eins\nweiter"
	d, err := Analyze(text)
	require.NoError(t, err)
	type para struct {
		text             string
		headline, bullet bool
		words            int
	}
	var got []para
	for _, p := range d.Paragraphs {
		got = append(got, para{d.Slice(p.Span), p.Headline, p.Bullet, p.Words})
	}
	assert.Equal(t, []para{
		{"Titel ohne Punkt", true, false, 3},
		{"• von Anna", false, true, 2},
		{"• Reporterin", false, true, 1},
		{"Erster Satz. Zweiter\nSatz auf zwei Zeilen.", false, false, 7},
		{"Video erklären,", false, false, 2},
		{"- Punkt eins", false, true, 2},
		{"weiter", true, false, 1},
	}, got)
	for pi, p := range d.Paragraphs {
		for si := p.FirstSentence; si < p.EndSentence; si++ {
			assert.Equal(t, pi, d.Sentences[si].Paragraph)
			assert.True(t, p.Contains(d.Sentences[si].Span))
		}
		assert.Equal(t, pi, d.ParagraphAt(p.Start))
		assert.Equal(t, pi, d.ParagraphAt(p.End-1))
	}
	assert.Equal(t, 18, d.Words())
}

func TestHeadlineNeedsShortSingleLine(t *testing.T) {
	d, err := Analyze("Eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn\n\nZeile eins\nZeile zwei\n\nSatz mit Doppelpunkt:")
	require.NoError(t, err)
	require.Len(t, d.Paragraphs, 3)
	for _, p := range d.Paragraphs {
		assert.False(t, p.Headline, d.Slice(p.Span))
	}
}

func TestInvalidUTF8(t *testing.T) {
	_, err := Analyze("gut\n\nkaputt \xff hier")
	require.Error(t, err)
	var ie *InputError
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, 12, ie.Offset)
	assert.Equal(t, "invalid UTF-8 at byte offset 12", err.Error())
	assert.NoError(t, ValidateUTF8("Grüße"))
}

func TestEmptyAndBlankText(t *testing.T) {
	for _, text := range []string{"", "   \n\n \t\n"} {
		d, err := Analyze(text)
		require.NoError(t, err)
		assert.Empty(t, d.Paragraphs)
		assert.Empty(t, d.Tokens)
		assert.Equal(t, 0, d.Words())
	}
}

func TestParagraphsAtSingleLineBreaks(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"one paragraph per line", "Titel der Meldung\nDer erste Absatz endet hier.\nDer zweite auch.\n„Ein Zitat“, sagte er.",
			[]string{"Titel der Meldung", "Der erste Absatz endet hier.", "Der zweite auch.", "„Ein Zitat“, sagte er."}},
		{"hard-wrapped prose keeps its paragraphs", "Der erste Absatz ist lang und\nwird hier umbrochen, weil er\nsehr lang ist.\n\nZweiter Absatz.",
			[]string{"Der erste Absatz ist lang und\nwird hier umbrochen, weil er\nsehr lang ist.", "Zweiter Absatz."}},
		{"a blank line means blank-line paragraphs", "Satz eins.\nSatz zwei.\nSatz drei.\n\nSatz vier.",
			[]string{"Satz eins.\nSatz zwei.\nSatz drei.", "Satz vier."}},
		{"two lines are too few to tell", "Satz eins.\nSatz zwei.", []string{"Satz eins.\nSatz zwei."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Analyze(tt.text)
			require.NoError(t, err)
			var got []string
			for _, p := range d.Paragraphs {
				got = append(got, d.Slice(p.Span))
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestMonthOf(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want MonthName
		ok   bool
	}{
		{"November", MonthName{Month: 11}, true},
		{"Jänner", MonthName{Month: 1}, true},
		{"March", MonthName{Month: 3, English: true}, true},
		{"April", MonthName{Month: 4}, true},
		{"Oct", MonthName{Month: 10, English: true, Abbrev: true}, true},
		{"Okt", MonthName{Month: 10, Abbrev: true}, true},
		{"Sept", MonthName{Month: 9, Abbrev: true}, true},
		{"november", MonthName{}, false},
		{"Montag", MonthName{}, false},
	} {
		got, ok := MonthOf(tt.w)
		assert.Equal(t, tt.ok, ok, tt.w)
		assert.Equal(t, tt.want, got, tt.w)
		assert.Equal(t, tt.ok && !tt.want.Abbrev, IsMonthName(tt.w), "IsMonthName(%q)", tt.w)
	}
}

// TestMonthTable checks that every month has its German name and that every
// entry names a month.
func TestMonthTable(t *testing.T) {
	seen := map[int]bool{}
	for name, m := range monthNames {
		assert.True(t, m.Month >= 1 && m.Month <= 12, name)
		seen[m.Month] = true
		if m.Abbrev {
			assert.True(t, abbreviations[name], "%q: its full stop ends no sentence", name)
		}
	}
	assert.Len(t, seen, 12)
	for m := 1; m <= 12; m++ {
		got, ok := MonthOf(GermanMonth(m))
		assert.True(t, ok && got.Month == m && !got.English && !got.Abbrev, "GermanMonth(%d)", m)
	}
}

func TestIsWeekday(t *testing.T) {
	for _, w := range []string{"Montag", "Sonnabend", "Sonntag"} {
		assert.True(t, IsWeekday(w), w)
	}
	for _, w := range []string{"montag", "Montagabend", "Mo", "Monday", "November"} {
		assert.False(t, IsWeekday(w), w)
	}
}
