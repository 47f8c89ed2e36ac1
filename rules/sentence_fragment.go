package rules

import (
	"fmt"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/clause"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

// Limits of the sentence-fragment rule.
const (
	// minFragmentWords is the shortest fragment flagged; shorter verbless
	// sentences are mostly idiomatic ("Zum Glück.", "Mit Erfolg.").
	minFragmentWords = 4
	// minAttributionWords is the shortest attribution fragment ("Laut einem Sprecher.").
	minAttributionWords = 3
	// maxNameWords is the longest run of capitalised words read as one noun or name.
	maxNameWords = 3
)

var sentenceFragment = checker.Rule{
	ID:       "sentence-fragment",
	Title:    "Prepositional phrase standing as a sentence",
	Category: "fluency/fragment",
	Severity: checker.Minor,
	Message:  "Satzfragment ohne Verb.",
	Doc: `Catches a sentence in running text that is nothing but a prepositional phrase with a genitive ` +
		`attribute, such as "Zum Zeitpunkt der Klage." or "Nach Angaben der Verkehrsbetriebe.": a short English ` +
		`phrase ("At the time of the lawsuit.", "According to the transit authority.") translated as a sentence ` +
		`of its own. German attaches such phrases to a clause. Only this narrow shape is flagged, because news ` +
		`German has many legitimate verbless sentences. The rule skips headlines, list items, paragraphs of a ` +
		`single sentence (captions, teasers), whole quotations ("„Auf keinen Fall.“"), answers after a ` +
		`question, parentheses, exclamations, phrases of fewer than four words ("Zum Glück.") and evaluative ` +
		`phrases used as stylistic fragments ("Zum Ärger der Anwohner.").`,
	Bad: []string{
		`Die Zahl der Fahrgäste hat sich verdoppelt. {{Nach Angaben der Verkehrsbetriebe}}.`,
		`„Sie haben illegal mit unseren Daten trainiert. {{Zum Zeitpunkt der Klage}}“, sagte er.`,
		`Die Preise steigen weiter. {{Laut einem Sprecher des Ministeriums}}. Eine Entscheidung fällt im Mai.`,
		`Der Zug blieb stehen. {{Wegen eines Defekts der Klimaanlage}}. Die Fahrgäste warteten zwei Stunden.`,
		`Das Museum bleibt geschlossen. {{Bis zum Ende der Sanierung}}.`,
		`Er trat zurück. {{Nach Angaben von Elon Musk}}.`,
	},
	Good: []string{
		`Zum Zeitpunkt der Klage war er nicht im Land.`,
		`Nach Angaben der Verkehrsbetriebe.`,
		`Warum stieg der Preis? Wegen der hohen Kosten des Projekts.`,
		`„Zum Zeitpunkt der Klage“, sagte er, „war ich in Berlin.“`,
		`Er ging. Zum Glück.`,
		`Die Wahl ist vorbei. Ein Überblick über die Ergebnisse der Parteien.`,
		`Sie kam zu spät. (Wegen eines Defekts der Bahn.)`,
		`Er gewann. Nach fünf Jahren des Wartens!`,
		`Zum Tod des Papstes`,
		`Wir danken allen. Mit freundlichen Grüßen der Vorstand.`,
		`Er sprach lange. Nach Angaben der Polizei kamen 300 Menschen.`,
		"• Nach Angaben der Polizei.\n• Zwei Verletzte.",
		"Lesen Sie mehr. Zum Beispiel den Kommentar der Chefredaktion!",
		"Den Preis bekam sie. Zum Erstaunen der Jury.",
	},
	Check: checkSentenceFragment,
}

func checkSentenceFragment(pass *checker.Pass) {
	d := pass.Doc
	lx := clause.LexOf(pass)
	for _, p := range pass.Paragraphs() {
		if p.Headline || p.Bullet || p.EndSentence-p.FirstSentence < 2 {
			continue
		}
		for si := p.FirstSentence; si < p.EndSentence; si++ {
			first, end, ok := fragmentCandidate(lx, si)
			if !ok {
				continue
			}
			span := spanOf(d, first, end-1)
			msg := fmt.Sprintf("Satzfragment ohne Verb: „%s“ steht als eigener Satz; an den Satz davor anschließen oder ein Verb ergänzen.",
				d.Slice(span))
			pass.Report(span, msg)
		}
	}
}

// fragmentCandidate returns the tokens [first, end) of sentence si when they
// form a verbless prepositional phrase that stands as a sentence of its own:
// the whole sentence, or the rest of a quotation that opened in an earlier
// sentence („…. Zum Zeitpunkt der Klage“, sagte er).
func fragmentCandidate(lx *clause.Lex, si int) (int, int, bool) {
	d := lx.Doc()
	s := d.Sentences[si]
	first := s.First
	if !isCapWord(d, first) || answersQuestion(d, si) {
		return 0, 0, false // opens with a quotation mark or bracket, or answers a question
	}
	stop := s.End
	if qt, ok := d.QuoteAt(first); ok && qt.Open < first {
		if !qt.Closed || qt.Close >= s.End {
			return 0, 0, false
		}
		stop = qt.Close
	}
	end, words, attribute := matchPrepositionalPhrase(lx, first, stop)
	if end == first || !fragmentEnds(d, end, stop, s.End) {
		return 0, 0, false
	}
	prep := lowerTextAt(d, first)
	switch {
	case words >= minFragmentWords && attribute:
	case words >= minAttributionWords && attributionPrepositions[prep]:
	default:
		return 0, 0, false
	}
	return first, end, true
}

// fragmentEnds reports whether the phrase ending at token end fills its unit:
// a full stop closes the sentence, or the quotation closes at stop.
func fragmentEnds(d *checker.Doc, end, stop, sentenceEnd int) bool {
	if end == stop && stop < sentenceEnd {
		return true // the closing quotation mark
	}
	return end < sentenceEnd && tokenIs(d, end, ".")
}

// answersQuestion reports whether the sentence before si in the same
// paragraph ends in a question mark (the fragment is then an answer).
func answersQuestion(d *checker.Doc, si int) bool {
	s := d.Sentences[si]
	if si == 0 || d.Sentences[si-1].Paragraph != s.Paragraph {
		return false
	}
	prev := d.Sentences[si-1]
	for j := prev.End - 1; j >= prev.First; j-- {
		t := d.TokenText(j)
		if checker.IsClosingMark(t) {
			continue
		}
		return checker.IsQuestionEnd(t)
	}
	return false
}

// matchPrepositionalPhrase matches a preposition and a noun phrase with
// optional genitive attributes from token first, before token stop:
// "Zum Zeitpunkt der Klage", "Nach Angaben der örtlichen Behörden",
// "Laut einem Sprecher". Evaluative phrases, which German uses as stylistic
// fragments ("Zum Ärger der Anwohner."), do not match. It returns the end of the match (first when there
// is none), its word count and whether it has an attribute (a genitive, or
// "von" with a name after "Angaben").
func matchPrepositionalPhrase(lx *clause.Lex, first, stop int) (end, words int, attribute bool) {
	d := lx.Doc()
	prep := lowerTextAt(d, first)
	if !fragmentPrepositions[prep] {
		return first, 0, false
	}
	start := first + 1
	if prep == "bis" && isLowerWord(d, start) && germanLexicon().Is(d.TokenText(start), lexicon.Contraction) {
		start++ // "Bis zum Ende der Sanierung"
	}
	j, ok := matchNounPhrase(lx, start, stop, false)
	if !ok || evaluativeNouns[d.TokenText(j-1)] {
		return first, 0, false // no phrase, or a stylistic one ("Zum Erstaunen der Jury.")
	}
	for {
		k, ok := matchNounPhrase(lx, j, stop, true)
		if !ok && tokenIs(d, j, "von") && lowerTextAt(d, j-1) == "angaben" {
			k, ok = matchNounPhrase(lx, j+1, stop, false)
		}
		if !ok {
			break
		}
		j, attribute = k, true
	}
	return j, countWordsIn(d, first, j), attribute
}

// matchNounPhrase matches a noun phrase from token i before stop: an optional
// determiner (a genitive one when genitive is set, which is then required),
// attributive adjectives and one to maxNameWords nouns or names. It returns
// the index after the phrase.
func matchNounPhrase(lx *clause.Lex, i, stop int, genitive bool) (int, bool) {
	d := lx.Doc()
	switch {
	case genitive:
		if i >= stop || !isLowerWord(d, i) || !genitiveDeterminers[d.TokenText(i)] {
			return i, false
		}
		i++
	case i < stop && determinerAt(d, i) && !nounLikeAt(d, i):
		i++
	}
	for i < stop && attributiveAt(lx, i) {
		i++
	}
	n := 0
	for i < stop && n < maxNameWords && d.Tokens[i].Kind == checker.Word && nounLikeAt(d, i) {
		i++
		n++
	}
	return i, n > 0
}
