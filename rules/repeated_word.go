package rules

import (
	"fmt"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/clause"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

var repeatedWord = checker.Rule{
	ID:       "repeated-word",
	Title:    "The same word written twice in a row",
	Category: "fluency/spelling",
	Severity: checker.Minor,
	Message:  "Wortwiederholung: ein Wort steht zweimal hintereinander.",
	Doc: `Catches a word written twice in a row ("hat hat", "der der Vertrag"), a slip of editing or of ` +
		`machine translation joining two segments. Repetitions German allows are left alone: a relative ` +
		`pronoun before an article after a comma or a preposition ("die Frauen, die die Welt verändern", "mit ` +
		`der der Vertrag"), "sie sie", "es es" and "ihr ihr" (subject and object), emphatic doubling ("sehr ` +
		`sehr", "viele viele", "ja ja") and names ("Boutros Boutros-Ghali").`,
	Bad: []string{
		`Der Minister {{hat hat}} den Vertrag unterschrieben.`,
		`Die Firma meldete {{einen einen}} Verlust.`,
		`Wir fahren {{nach nach}} Berlin.`,
		`Er unterschrieb {{den den}} Vertrag am Montag.`,
		`Der {{Vertrag Vertrag}} gilt ab Januar.`,
		`{{Die die}} Regierung plant neue Steuern.`,
	},
	Good: []string{
		`Es sind die Frauen, die die Welt verändern.`,
		`Das ist der Mann, mit dem der Vertrag geschlossen wurde, und das Haus, das das Feuer überstand.`,
		`Ich glaube, dass sie sie nicht kennt, und dass es es nie gab.`,
		`Das war sehr sehr gut, und viele viele Menschen kamen.`,
		`Der frühere UN-Generalsekretär Boutros Boutros-Ghali starb.`,
		`Wer kommt, kommt; was war, war.`,
		`Die Kinder riefen: „Ja, ja!“ und „Nein nein!“`,
		`Ist das das Ende? Ich weiß, dass das das Beste ist.`,
	},
	Check: checkRepeatedWord,
}

func checkRepeatedWord(pass *checker.Pass) {
	d := pass.Doc
	lx := clause.LexOf(pass)
	for i := range candidates(pass, grammarIndexOf(pass).repeated) {
		if !adjacentWords(d, i) || d.TokenLower(i) != d.TokenLower(i+1) || !repeatIsError(lx, i) {
			continue
		}
		w := d.TokenText(i)
		pass.Report(spanOf(d, i, i+1), fmt.Sprintf("„%s“ steht zweimal hintereinander.", w), w)
	}
}

// repeatIsError reports whether the word at token i, repeated at i+1, is
// a slip rather than German that repeats a word on purpose.
func repeatIsError(lx *clause.Lex, i int) bool {
	d := lx.Doc()
	w := d.TokenLower(i)
	if emphaticRepeats[w] || !checker.IsLetters(w) {
		return false
	}
	// A capitalised word mid-sentence that the lexicon does not know is a
	// name ("Boutros Boutros").
	if d.Tokens[i].Shape != checker.Lower && !d.Tokens[i].SentenceStart && lx.Classes(i) == 0 &&
		!lx.Ask(i, isKnownNoun) {
		return false
	}
	if d.Tokens[i].Shape != d.Tokens[i+1].Shape && !d.Tokens[i].SentenceStart {
		return false // "die Die Linke"
	}
	switch {
	case objectRepeats[w]:
		return false
	case relativeRepeats[w]:
		// A relative or demonstrative pronoun before an article: after a
		// comma, a preposition, a conjunction or a form of sein, haben or
		// werden ("ist das das Ende?").
		return !(i > 0 && (tokenIs(d, i-1, ",") || isLowerWord(d, i-1) && lx.Is(i-1, lexicon.Preposition|
			lexicon.Contraction|lexicon.Subordinator|lexicon.Coordinator|lexicon.Auxiliary|lexicon.RelativePronoun) ||
			isWord(d, i-1) && lx.Is(i-1, lexicon.Auxiliary)))
	}
	return true
}

// emphaticRepeats are words German doubles for emphasis.
var emphaticRepeats = wordSet("sehr", "viele", "viel", "ganz", "ja", "nein", "so", "na", "ha", "haha", "bla",
	"immer", "lange", "weit", "hoch", "tief", "nie", "klopf", "tschüss", "hallo", "bitte", "danke", "nur", "mehr")

// objectRepeats are pronouns that can be subject and object side by side
// ("dass sie sie kennt").
var objectRepeats = wordSet("sie", "es", "ihr", "ihnen")

// relativeRepeats are articles that are also relative or demonstrative
// pronouns ("die die Welt", "das das Feuer").
var relativeRepeats = wordSet("der", "die", "das", "den", "dem", "des", "dessen", "deren", "denen")
