package clause

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

// splitCoordinators start a new clause wherever they stand. "aber", "denn"
// and "doch" are left out: in mid-clause they are mostly particles ("das ist
// aber schön"), and after a comma the comma already cuts.
var splitCoordinators = setOf("und", "oder", "sowie", "sondern", "beziehungsweise", "bzw")

// isSplitCoordinator asks whether a word, lower-cased, is one of the splitCoordinators.
var isSplitCoordinator = NewQuestion(func(w string) bool { return splitCoordinators[strings.ToLower(w)] })

// nonOpeners are weak subordinators of the lexicon
// (lexicon.IsWeakSubordinator) that the analysis never takes for the opener
// of a verb-final clause: comparisons ("wie die meisten"), and conjunctions
// that also take main-clause order ("außer Sie möchten …", colloquial
// "wobei ich muss sagen"). The other weak subordinators open a clause when
// what follows confirms it (weakOpenerHolds).
var nonOpeners = setOf("wie", "außer", "ausser", "je", "soviel", "sowie", "insofern", "insoweit", "wogegen", "wobei")

// genitiveDeterminers can open the genitive object of während, or a dative
// after seit, bis and the like: after them a weak opener is a preposition.
var genitiveDeterminers = setOf("der", "des", "dem", "den", "dieses", "dieser", "diesem", "diesen",
	"eines", "einer", "einem", "seines", "seiner", "seinem", "ihres", "ihrer", "ihrem", "unseres", "unserer",
	"jenes", "jener", "jedes", "jeder", "jedem", "aller", "allen", "vieler", "vielen")

// infinitiveConjunctions open an infinitival clause ("um … zu").
var infinitiveConjunctions = setOf("um", "ohne", "statt", "anstatt")

// relativeForms are the relative pronouns that can open a relative clause
// after a comma, alone or after a preposition.
var relativeForms = setOf("der", "die", "das", "dem", "den", "dessen", "deren", "denen",
	"welcher", "welche", "welches", "welchem", "welchen")

// genitiveRelatives are followed by the noun they determine ("dessen Frau").
var genitiveRelatives = setOf("dessen", "deren")

// indirectQuestionWords open an indirect question or a free relative after
// a comma ("…, warum er ging"). "wie" is left out (comparisons).
var indirectQuestionWords = setOf("was", "wer", "wen", "wem", "wessen", "wo", "wann", "warum", "weshalb",
	"wieso", "weswegen", "woher", "wohin", "wofür", "womit", "wovon", "worüber", "worauf", "wodurch", "inwiefern")

// NominativePronouns are the personal and indefinite pronouns that can be a
// clause's subject on their own.
var NominativePronouns = setOf("ich", "du", "er", "sie", "es", "wir", "ihr", "man", "jemand", "niemand")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// words bundles the document and the lexicon for token-level questions;
// x asks the lexicon about tokens, once per word form.
type words struct {
	d  *checker.Doc
	lx *lexicon.Lexicon
	x  *Lex
	// scratch is the working memory of the clause analysis (nil outside it).
	scratch *scratch
}

func (w words) text(i int) string { return w.d.TokenText(i) }

// lower returns the lower-case text of token i.
func (w words) lower(i int) string { return w.d.TokenLower(i) }

func (w words) isWord(i int) bool {
	return i >= 0 && i < len(w.d.Tokens) && w.d.Tokens[i].Kind == checker.Word
}

// capitalised reports whether token i is a word starting with a capital letter.
func (w words) capitalised(i int) bool {
	if !w.isWord(i) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w.text(i))
	return unicode.IsUpper(r)
}

// finiteCandidate reports whether token i can be a finite verb where it
// stands (lexicon.IsFinite). The first word of a clause also counts when it
// could be a noun but a subject pronoun follows ("Lesen Sie", "Sagen wir").
func (w words) finiteCandidate(i int, clauseInitial bool) bool {
	if !w.isWord(i) {
		return false
	}
	return w.x.IsFinite(i) || clauseInitial && w.x.IsFiniteAnyCase(i) && w.pronounFollows(i)
}

// pronounFollows reports whether a subject pronoun follows token i, as in
// verb-first clauses ("Lesen Sie", "Sagen wir").
func (w words) pronounFollows(i int) bool {
	return w.isWord(i+1) && NominativePronouns[w.lower(i+1)] && w.d.Tokens[i+1].Sentence == w.d.Tokens[i].Sentence
}
