package rules

import (
	"fmt"
	"strings"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/clause"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

var relativeClauseComma = checker.Rule{
	ID:           "relative-clause-comma",
	Title:        "Missing comma before a relative clause",
	Category:     "fluency/punctuation",
	Severity:     checker.Minor,
	Message:      "Komma fehlt vor dem Relativsatz.",
	Experimental: true,
	Doc: `Catches a missing comma between a noun and the relative clause that follows it: "die Frau die ich ` +
		`kenne", "das Haus in dem wir wohnen", "die Firma deren Chef zurücktrat". English sets no comma before ` +
		`a restrictive relative clause, and literal translation keeps it that way. The pronoun counts as ` +
		`relative only when the word after it cannot follow an article (a personal pronoun, a determiner, an ` +
		`adverb or a preposition; a noun after "dessen" or "deren") and the stretch ends in a finite verb; ` +
		`extended attributes ("die in Berlin getroffene Entscheidung") and "die eine Hälfte" are left alone, and ` +
		`so are "dessen" and "deren" right after a noun and "das" before an adverb, which are as often ` +
		`demonstratives ("als Wissenschaftler deren Struktur entdeckten", "wenn die Regierung das nicht ` +
		`schafft"). Experimental: on native reviews it finds real missing commas at a rate above the budget ` +
		`of a default rule.`,
	Bad: []string{
		`Die {{Frau die}} ich gestern traf, ist Ärztin.`,
		`Das ist das {{Haus in}} dem wir früher wohnten.`,
		`Er kritisierte die {{Firma bei}} deren Chef alles hängt.`,
		`Wir suchen {{Leute die}} gern im Team arbeiten.`,
		`Der {{Vertrag den}} die Minister unterzeichneten, gilt ab Mai.`,
		`Das {{Auto das}} wir kauften, steht vor dem Haus.`,
	},
	Good: []string{
		`Die Frau, die ich gestern traf, ist Ärztin.`,
		`Er gab dem Mann die Hand.`,
		`Sie kritisierte die in Berlin getroffene Entscheidung.`,
		`Ich weiß, dass die Regierung die sehr hohen Kosten bedauert.`,
		`Ich weiß, dass sie dem Mann die eine Hälfte gab.`,
		`Der Chef der Firma trägt die Kosten.`,
		`Heute die Welt, morgen das All.`,
		`Er wohnt in dem Haus in dem Wald.`,
	},
	Check: checkRelativeClauseComma,
}

func checkRelativeClauseComma(pass *checker.Pass) {
	d := pass.Doc
	lx := clause.LexOf(pass)
	var x *rangeIndex
	for i := range pass.Tokens() {
		if !isLowerWord(d, i) || !lx.Ask(i, isRelativeForm) && !lx.Is(i, lexicon.Preposition) {
			continue
		}
		if x == nil {
			x = indexOf(pass)
		}
		n, ok := missingRelativeComma(lx, x, i)
		if !ok {
			continue
		}
		fixed := d.TokenText(n) + ", " + d.TokenText(n+1)
		pass.Report(spanOf(d, n, n+1), fmt.Sprintf("Komma fehlt vor dem Relativsatz: „%s“.", fixed), fixed)
	}
}

// relativeForms are the relative pronouns a clause can open with.
var relativeForms = wordSet("der", "die", "das", "dem", "den", "denen", "dessen", "deren", "welcher", "welche",
	"welches", "welchem", "welchen")

// isRelativeForm asks whether a word is one of the relativeForms.
var isRelativeForm = clause.NewQuestion(func(w string) bool { return relativeForms[w] })

// missingRelativeComma reports whether token i opens a relative clause
// right after a noun, without a comma: the relative pronoun itself, or a
// preposition before it. It returns the noun's token.
func missingRelativeComma(lx *clause.Lex, x *rangeIndex, i int) (int, bool) {
	d := lx.Doc()
	r := i
	if !lx.Ask(i, isRelativeForm) {
		// "in dem wir wohnen": a preposition before an oblique relative pronoun.
		if !isLowerWord(d, i+1) || !obliqueRelatives[d.TokenText(i+1)] {
			return 0, false
		}
		r = i + 1
	}
	n := i - 1
	if !adjacentWords(d, n) || !nounBeforeRelative(lx, n) || !adjacentWords(d, r) {
		return 0, false
	}
	a := r + 1
	end := x.stretchEndAt(r)
	if !relativeClauseStarts(lx, r, a) || extendedAttribute(lx, a, end) {
		return 0, false
	}
	if !endsInFiniteVerb(d, a, end) && !endsInVerbCluster(lx, a, end) && !pluralVerbEnds(lx, r, a, end) {
		return 0, false
	}
	return n, true
}

// pluralVerbEnds reports whether a plural relative clause ("die gern im Team
// arbeiten") ends in a verb that is finite and also an infinitive.
func pluralVerbEnds(lx *clause.Lex, r, a, end int) bool {
	d := lx.Doc()
	if w := d.TokenText(r); w != "die" && w != "denen" && w != "welche" {
		return false
	}
	j := lastWordLikeIn(d, a, end)
	return j > a && isLowerWord(d, j) && lx.IsFiniteAnyCase(j)
}

// obliqueRelatives are the relative pronouns that follow a preposition.
var obliqueRelatives = wordSet("dem", "der", "den", "denen", "dessen", "deren", "welchem", "welcher", "welchen", "welche")

// nounBeforeRelative reports whether token n is a noun or name a relative
// clause can refer to: capitalised mid-sentence, not a closed-class word or
// a finite verb.
func nounBeforeRelative(lx *clause.Lex, n int) bool {
	d := lx.Doc()
	t := d.Tokens[n]
	if t.Kind != checker.Word || t.Shape == checker.Lower || t.Shape == checker.NoLetters || isHyphenated(d.TokenText(n)) && t.Shape != checker.Capitalized {
		return false
	}
	if lx.Is(n, lexicon.Closed) || knownFiniteAt(lx, n) || t.SentenceStart && !lx.Ask(n, isKnownNoun) {
		return false
	}
	return !inNameOrTitle(d, n)
}

// relativeClauseStarts reports whether the word at token a, after the
// pronoun at r, shows that r is a relative pronoun and not an article: a
// personal pronoun, a determiner (not "ein", which follows articles: "die
// eine Hälfte"), an adverb, negation or preposition; after "dessen" and
// "deren", a noun.
func relativeClauseStarts(lx *clause.Lex, r, a int) bool {
	d := lx.Doc()
	if a >= len(d.Tokens) || !isWord(d, a) || d.Tokens[a].Sentence != d.Tokens[r].Sentence {
		return false
	}
	pw := d.TokenText(r)
	if pw == "dessen" || pw == "deren" {
		// Right after a noun, "dessen" and "deren" are as often
		// demonstratives: only after a preposition ("in dessen Haus").
		return r > 0 && isLowerWord(d, r-1) && lx.Is(r-1, lexicon.Preposition) && (isCapWord(d, a) || attributiveAt(lx, a))
	}
	if !isLowerWord(d, a) {
		return false
	}
	w := d.TokenText(a)
	if strings.HasPrefix(w, "ein") && lx.Is(a, lexicon.Article) || attributiveAt(lx, a) && !lx.Is(a, lexicon.Closed) {
		return false
	}
	if lx.Classes(a) == 0 {
		return checker.IsLetters(w) // an adverb the lexicon does not know ("gern"): no article precedes it
	}
	if pw == "das" && !subjectPronouns[w] && lx.Is(a, lexicon.Adverb|lexicon.Negation|lexicon.Particle) {
		return false // "wenn die Regierung das nicht schafft"
	}
	return subjectPronouns[w] || lx.Is(a, lexicon.PersonalPronoun|lexicon.Article|lexicon.PossessivePronoun|
		lexicon.DemonstrativePronoun|lexicon.Adverb|lexicon.Negation|lexicon.Preposition|lexicon.Contraction|lexicon.Particle)
}

// extendedAttribute reports whether an inflected adjective or participle
// stands before a noun in [first, end): "die in Berlin getroffene
// Entscheidung", an article with a long attribute, not a relative clause.
func extendedAttribute(lx *clause.Lex, first, end int) bool {
	d := lx.Doc()
	for j := first; j+1 < end; j++ {
		if !attributiveAt(lx, j) || lx.Is(j, lexicon.Closed) {
			continue
		}
		// The noun may follow after numbers and their adverbs ("der dort
		// stationierten rund 30 000 US-Soldaten").
		k := j + 1
		for k < end && k < j+5 && (d.Tokens[k].Kind == checker.Number || isLowerWord(d, k) && lx.Is(k, lexicon.Adverb|lexicon.Numeral) || tokenIs(d, k, "rund")) {
			k++
		}
		if k < end && isCapWord(d, k) {
			return true
		}
	}
	return false
}
