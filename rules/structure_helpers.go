package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/clause"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

// Helpers shared by the sentence-structure rules (midsentence-capital,
// sentence-fragment, truncated-paragraph, comma-before-subclause): quotations,
// verb tests and clause segments.

// germanLexicon returns the shared German lexicon.
func germanLexicon() *lexicon.Lexicon { return lexicon.Default() }

// lowerTextAt returns the text of word token i in lower case.
func lowerTextAt(d *checker.Doc, i int) string { return d.TokenLower(i) }

// isHyphenated reports whether a word token is a hyphenated compound ("Cookie-Richtlinie").
func isHyphenated(w string) bool { return strings.IndexFunc(w, checker.IsHyphen) >= 0 }

// verbLikeEndings are endings of lower-case words the lexicon does not know
// that may still be verb forms ("twitterte", "expandierten"); unknown words
// with them count as possible verbs, which keeps fragment and truncation
// checks silent.
var verbLikeEndings = []string{"t", "te", "ten", "tet", "en", "st", "ern", "eln"}

// mayBeVerbAt reports whether word token i could be a verb form of any kind:
// a lexicon verb reading (finite, infinitive, participle, imperative), or an
// unknown lower-case word with a verb-like ending. Capitalised words count
// when they are not nouns, or at the start of a sentence (imperatives and
// questions: "Sagte er das?"). It errs towards yes.
func mayBeVerbAt(lx *clause.Lex, i int) bool {
	d := lx.Doc()
	if !isWord(d, i) {
		return false
	}
	w := d.TokenText(i)
	t := d.Tokens[i]
	cls := lx.Classes(i)
	if t.Shape == checker.Lower {
		if cls&lexicon.Verb != 0 {
			return true
		}
		if cls != 0 {
			return false
		}
		return hasAnySuffix(w, verbLikeEndings)
	}
	if cls&lexicon.Verb == 0 {
		return false
	}
	return t.SentenceStart || t.Shape == checker.Upper || !lx.MaybeNoun(i)
}

// knownFiniteAt reports whether word token i, in lower case or capitalised,
// is a finite verb by the lexicon (lexicon.IsFinite: "sagte", "Sagte", but
// not "Essen" or "meine"). Words in capitals only ("SAGTE", acronyms) and
// mixed case give false, as do unknown words.
func knownFiniteAt(lx *clause.Lex, i int) bool {
	d := lx.Doc()
	if !isWord(d, i) {
		return false
	}
	shape := d.Tokens[i].Shape
	return (shape == checker.Lower || shape == checker.Capitalized) && lx.IsFinite(i)
}

// attributiveAt reports whether word token i can be an attributive adjective:
// inflected, not a closed-class word and not a known finite verb ("der
// neuen", "des geplanten"). In a hyphenated compound the last part counts
// ("ein Jupiter-ähnlicher Planet").
func attributiveAt(lx *clause.Lex, i int) bool {
	d := lx.Doc()
	if !isWord(d, i) {
		return false
	}
	w := d.TokenText(i)
	if k := strings.LastIndexFunc(w, checker.IsHyphen); k >= 0 {
		_, n := utf8.DecodeRuneInString(w[k:])
		w = w[k+n:]
	} else if d.Tokens[i].Shape != checker.Lower {
		return false
	}
	if w == "" || w != strings.ToLower(w) {
		return false
	}
	var cls lexicon.Class
	if w == d.TokenText(i) {
		cls = lx.Classes(i)
	} else {
		cls = lx.Lexicon().Classes(w)
	}
	if cls&(lexicon.Closed&^lexicon.Numeral) != 0 || cls&lexicon.FiniteVerb != 0 && cls&lexicon.InflectedParticiple == 0 {
		return false
	}
	_, inflected := lexicon.CutAdjectiveEnding(w)
	return inflected && utf8.RuneCountInString(w) > 3
}

// nounLikeAt reports whether word token i reads as a noun or name: a
// capitalised or all-capitals word that is not a closed-class word and that
// the lexicon accepts as a noun (unknown words are nouns).
func nounLikeAt(d *checker.Doc, i int) bool {
	if !isWord(d, i) {
		return false
	}
	t := d.Tokens[i]
	w := d.TokenText(i)
	switch t.Shape {
	case checker.Upper:
		return germanLexicon().Classes(w)&lexicon.Closed == 0
	case checker.Capitalized, checker.Mixed:
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		e := germanLexicon().Lookup(w)
		if e.Class&lexicon.Noun != 0 {
			return true
		}
		if e.Class&lexicon.Closed != 0 {
			return false
		}
		return germanLexicon().MaybeNoun(w)
	}
	return false
}

// determinerAt reports whether word token i opens a noun phrase: an article,
// possessive, demonstrative or numeral, or a number.
func determinerAt(d *checker.Doc, i int) bool {
	if i < 0 || i >= len(d.Tokens) {
		return false
	}
	if d.Tokens[i].Kind == checker.Number {
		return true
	}
	if !isWord(d, i) {
		return false
	}
	return germanLexicon().Is(d.TokenText(i), lexicon.Article|lexicon.PossessivePronoun|lexicon.DemonstrativePronoun|lexicon.Numeral)
}

// isStretchBoundary reports punctuation that closes a comma-delimited
// stretch: a comma, semicolon, colon, round bracket, dash or quotation mark.
func isStretchBoundary(s string) bool {
	return s == "," || s == ";" || s == ":" || s == "(" || s == ")" || checker.IsDash(s) || checker.IsQuoteMark(s)
}

// sentenceOfToken returns the sentence of token i.
func sentenceOfToken(d *checker.Doc, i int) checker.Sentence {
	return d.Sentences[d.Tokens[i].Sentence]
}

// lastWordLikeIn returns the last word, number or URL token in [first, end), or -1.
func lastWordLikeIn(d *checker.Doc, first, end int) int {
	for j := end - 1; j >= first; j-- {
		if d.Tokens[j].IsWordLike() {
			return j
		}
	}
	return -1
}

// countWordsIn counts the word-like tokens in [first, end).
func countWordsIn(d *checker.Doc, first, end int) int {
	n := 0
	for j := first; j < end; j++ {
		if d.Tokens[j].IsWordLike() {
			n++
		}
	}
	return n
}
