package corpus

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func injected(t *testing.T, cat string) map[string]InjectedSentence {
	t.Helper()
	out, err := Inject("testdata/conllu/mini.conllu", InjectOptions{Seed: 1, Categories: []string{cat}})
	require.NoError(t, err)
	m := map[string]InjectedSentence{}
	for _, s := range out {
		assert.Equal(t, cat, s.Category)
		assert.NotEqual(t, s.Original, s.Text)
		m[s.SentID] = s
	}
	return m
}

func spanText(s InjectedSentence) string { return s.Text[s.Span.Start:s.Span.End] }

func TestReadTreebank(t *testing.T) {
	sents, err := ReadTreebankFile("testdata/conllu/mini.conllu")
	require.NoError(t, err)
	require.Len(t, sents, 3)
	assert.Equal(t, []string{"t-1", "t-2", "t-3"}, []string{sents[0].ID, sents[1].ID, sents[2].ID}, "sent_id order")
	assert.Equal(t, "Das Haus, das wir kauften, hat einen Garten.", sents[0].Text())
	assert.Equal(t, "Sie sagte, dass die Kaufverträge am 4. März 2024 um 14 Uhr 3,5 Prozent teurer wurden.", sents[1].Text())
	assert.Equal(t, "am", sents[1].Tokens[sents[1].Words[6].Token].Form, "multiword token")
	assert.Equal(t, "Dem,Rel", sents[0].Words[3].Feat("PronType"))

	_, err = ReadTreebank(strings.NewReader("1\tDas\n"), "bad.conllu")
	assert.ErrorContains(t, err, "bad.conllu:1")
}

func TestInjectCategories(t *testing.T) {
	tests := []struct {
		cat, id, text, span string
	}{
		{InjectCommaRelative, "t-1", "Das Haus das wir kauften, hat einen Garten.", "Haus das"},
		{InjectCommaSubclause, "t-2", "Sie sagte dass die Kaufverträge am 4. März 2024 um 14 Uhr 3,5 Prozent teurer wurden.", "sagte dass"},
		{InjectDasDass, "t-1", "Das Haus, dass wir kauften, hat einen Garten.", "dass"},
		{InjectCompound, "t-2", "Sie sagte, dass die Kauf Verträge am 4. März 2024 um 14 Uhr 3,5 Prozent teurer wurden.", "Kauf Verträge"},
	}
	for _, tt := range tests {
		got := injected(t, tt.cat)[tt.id]
		assert.Equal(t, tt.text, got.Text, tt.cat)
		assert.Equal(t, tt.span, spanText(got), tt.cat)
		assert.Equal(t, 1, got.Half, "first half")
	}
	assert.Equal(t, 2, injected(t, InjectNounLower)["t-3"].Half, "second half")
}

func TestInjectEveryCategoryChangesOneSpan(t *testing.T) {
	for _, cat := range InjectCategories() {
		for id, s := range injected(t, cat) {
			assert.True(t, s.Span.Start < s.Span.End && s.Span.End <= len(s.Text), "%s %s: span %v", cat, id, s.Span)
			prefix := s.Text[:s.Span.Start]
			if cat != InjectDirectSpeech {
				assert.True(t, strings.HasPrefix(s.Original, prefix), "%s %s: text before the span unchanged", cat, id)
			}
			t.Logf("%s %s/%s: %s «%s»", cat, id, s.Detail, s.Text, spanText(s))
		}
	}
}

func TestInjectIsReproducible(t *testing.T) {
	a, err := Inject("testdata/conllu/mini.conllu", InjectOptions{Seed: 7})
	require.NoError(t, err)
	b, err := Inject("testdata/conllu/mini.conllu", InjectOptions{Seed: 7})
	require.NoError(t, err)
	assert.Equal(t, a, b)
	one, err := Inject("testdata/conllu/mini.conllu", InjectOptions{Seed: 7, Categories: []string{InjectNumber}})
	require.NoError(t, err)
	for _, s := range a {
		if s.Category == InjectNumber {
			assert.Contains(t, one, s, "a category's choices do not depend on the other categories")
		}
	}
}

func TestEnglishForms(t *testing.T) {
	assert.Equal(t, []string{"2", "pm"}, englishTime(14, ""))
	assert.Equal(t, []string{"5:45", "pm"}, englishTime(17, "45"))
	assert.Equal(t, []string{"12", "am"}, englishTime(0, "00"))
	for n, want := range map[int]string{1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th", 21: "21st", 22: "22nd"} {
		assert.Equal(t, want, englishOrdinal(n))
	}
	assert.Equal(t, []string{"Verträge", "Verträg", "Vertrage", "Vertrag"}, nounStems("Verträge"))
}
