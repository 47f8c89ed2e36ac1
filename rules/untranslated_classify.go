package rules

import (
	"strings"
	"sync"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

// englishClass is what a token can contribute to a run of English words.
type englishClass uint8

const (
	notEnglish      englishClass = iota // German, a name, a number, punctuation: ends a run
	homograph                           // German and English alike: may stand inside a run
	englishFunction                     // an English function word
	englishListed                       // a content word of prose's English dictionary
	englishUnknown                      // a lower-case word no German list knows
)

// englishForm returns the text of word token i as the English lists spell it:
// lower case with ’ as ', or "" for a capitalised word (a German noun or a
// name) unless it is an English function word starting its sentence.
func englishForm(d *checker.Doc, i int) string {
	t := d.Tokens[i]
	w := strings.ReplaceAll(d.TokenText(i), "’", "'")
	switch {
	case t.Shape == checker.Lower:
		return w
	case t.SentenceStart && t.Shape == checker.Capitalized && capitalizedFunctionWords[w]:
		return strings.ToLower(w)
	}
	return ""
}

// capitalizedFunctionWords are the English function words with a capital
// initial, as they start a sentence ("The", "According").
var capitalizedFunctionWords = func() map[string]bool {
	m := make(map[string]bool, len(englishFunctionWords))
	for w := range englishFunctionWords {
		m[strings.ToUpper(w[:1])+w[1:]] = true
	}
	return m
}()

// classifyEnglish says what word token i contributes to a run of English words.
func classifyEnglish(d *checker.Doc, lx *lexicon.Lexicon, i int) englishClass {
	w := englishForm(d, i)
	switch {
	case w == "" || englishLoanwords[w]:
		return notEnglish
	case englishFunctionWords[w]:
		return englishFunction
	case englishGermanHomographs[w]:
		return homograph
	case lx.Lookup(w).Class != 0 || !isASCIIWord(w):
		return notEnglish
	case isEnglishDictionaryWord(w):
		return englishListed
	case looksGerman(w):
		return notEnglish
	}
	return englishUnknown
}

// isGermanEvidence reports whether word token i is German beyond doubt: a
// word of the German lexicon that is not also English, or a word with an
// umlaut or ß.
func isGermanEvidence(d *checker.Doc, lx *lexicon.Lexicon, i int) bool {
	w := d.TokenText(i)
	if strings.ContainsAny(w, "äöüßÄÖÜ") {
		return true
	}
	lw := strings.ToLower(w)
	return !englishGermanHomographs[lw] && !englishFunctionWords[lw] && lx.Lookup(w).Class != 0
}

// isASCIIWord reports whether w consists of the letters a–z and apostrophes.
func isASCIIWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c < 'a' || c > 'z') && c != '\'' {
			return false
		}
	}
	return w != ""
}

// germanEndings are endings of German words the lexicon does not list
// (adjectives, adverbs, nouns written in lower case).
var germanEndings = []string{
	"lich", "liche", "lichen", "licher", "liches", "lichem", "ig", "ige", "igen", "iger", "iges", "igem",
	"isch", "ische", "ischen", "ischer", "isches", "ischem", "ung", "ungen", "heit", "keit", "schaft",
	"bar", "bare", "baren", "barer", "bares", "sam", "same", "samen", "haft", "hafte", "haften", "weise",
	"en", "em", "ern", "eln", "nis",
}

// looksGerman reports whether a lower-case word the lexicon does not know has
// a German ending or a German participle form ("gecancelt").
func looksGerman(w string) bool {
	if strings.Contains(w, "tz") || len(w) >= 5 && strings.HasPrefix(w, "ge") && strings.HasSuffix(w, "t") {
		return true
	}
	for _, e := range germanEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// unmarkEnglishPhrases sets the tokens of established English phrases
// (englishPhrases) in sentence s to notEnglish.
func unmarkEnglishPhrases(d *checker.Doc, s checker.Sentence, classes []englishClass) {
	for i := s.First; i < s.End; i++ {
		if d.Tokens[i].Kind != checker.Word {
			continue
		}
		for _, phrase := range englishPhraseWords()[englishKey(d, i)] {
			if n := matchWords(d, s, i, phrase); n > 0 {
				for k := i; k < i+n; k++ {
					classes[k-s.First] = notEnglish
				}
			}
		}
	}
}

// englishKey returns the text of token i as the phrase lists spell it:
// lower case with ’ as '.
func englishKey(d *checker.Doc, i int) string { return strings.ReplaceAll(d.TokenLower(i), "’", "'") }

// matchWords returns the number of tokens from token i on that spell the
// words of phrase, compared in lower case, or 0.
func matchWords(d *checker.Doc, s checker.Sentence, i int, phrase []string) int {
	if i+len(phrase) > s.End {
		return 0
	}
	for k, w := range phrase {
		t := d.Tokens[i+k]
		if t.Kind != checker.Word || k > 0 && !t.SpaceBefore || englishKey(d, i+k) != w {
			return 0
		}
	}
	return len(phrase)
}

// phrasesByFirstWord splits space-separated phrases into their words and
// files them, in list order, under their first word.
func phrasesByFirstWord(phrases []string) map[string][][]string {
	out := map[string][][]string{}
	for _, p := range phrases {
		words := strings.Fields(p)
		out[words[0]] = append(out[words[0]], words)
	}
	return out
}

var (
	englishPhraseWords     = sync.OnceValue(func() map[string][][]string { return phrasesByFirstWord(englishPhrases) })
	englishConnectiveWords = sync.OnceValue(func() map[string][][]string { return phrasesByFirstWord(englishConnectives) })
)

// leftToPack reports whether an English connective that the pack
// "untranslated" flags (englishConnectives) overlaps the tokens [i, j) of
// sentence s.
func leftToPack(d *checker.Doc, s checker.Sentence, i, j int) bool {
	for k := max(i-2, s.First); k < j; k++ {
		for _, c := range englishConnectiveWords()[englishKey(d, k)] {
			if n := matchWords(d, s, k, c); n > 0 && k+n > i {
				return true
			}
		}
	}
	return false
}

// isInflectedEdge reports whether token i, of class c, at the edge of a run
// is a word the lists do not know with the ending of an inflected German
// adjective ("konkrete", "neuer") next to a German noun or determiner, the
// token next, outside the run: "for the first time konkrete Zahlen". Such a
// word rather belongs to the German text around the run.
func isInflectedEdge(d *checker.Doc, c englishClass, i, next int) bool {
	if c != englishUnknown || next < 0 || next >= len(d.Tokens) || d.Tokens[next].Kind != checker.Word {
		return false
	}
	w := d.TokenText(i)
	if !strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "er") && !strings.HasSuffix(w, "es") {
		return false
	}
	if next > i {
		return d.Tokens[next].Shape == checker.Capitalized
	}
	return lexicon.Default().IsArticle(d.TokenText(next)) || lexicon.Default().IsPronoun(d.TokenText(next))
}

// markEnglishIn makes the homograph "in" an English function word where an
// English determiner follows it ("in the first place", "in their view"):
// German has no "in the".
func markEnglishIn(d *checker.Doc, s checker.Sentence, classes []englishClass) {
	for i := s.First; i+1 < s.End; i++ {
		if classes[i-s.First] == homograph && englishForm(d, i) == "in" &&
			classes[i+1-s.First] == englishFunction && englishDeterminers[englishForm(d, i+1)] {
			classes[i-s.First] = englishFunction
		}
	}
}
