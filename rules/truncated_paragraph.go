package rules

import (
	"strconv"
	"strings"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/clause"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

// Limits of the truncated-paragraph rule.
const (
	// minTruncatedWords is the shortest headline-like paragraph (one line, no
	// final punctuation) that is checked for a dangling last word.
	minTruncatedWords = 8
	// maxTrailingSpan is the most words the finding covers before a dangling last word.
	maxTrailingSpan = 6
)

var truncatedParagraph = checker.Rule{
	ID:       "truncated-paragraph",
	Title:    "Paragraph that stops mid-sentence",
	Category: "markup/truncated",
	Severity: checker.Major,
	Message:  "Absatz bricht mitten im Satz ab.",
	Doc: `Catches a body paragraph that stops in the middle of a sentence, as happens when a scraper or a ` +
		`length limit cuts the text: a trailing comma ("Video erklären,"), a last word that needs a ` +
		`continuation (und, oder, dass, zum, des …), an ordinal date without its month after an unfinished ` +
		`clause ("… ab Dienstag, dem 25."), or a subordinate clause without its verb and without final ` +
		`punctuation. Headlines, list items, greetings ("Liebe Leserinnen und Leser,") and paragraphs ending ` +
		`in a colon or an ellipsis are left alone.`,
	Bad: []string{
		"Er sagte, dass die Plattform ab {{Dienstag, dem 25.}}\n\nMehr dazu morgen.",
		"{{Video erklären,}}\n\nSehen Sie das Interview.",
		"Der Minister kündigte an, dass die Regierung die Steuern senken {{und}}",
		"Nach Angaben des Wetterdienstes sollen die Pegel an der Donau frühestens {{in der Nacht zum}}",
		"Das Unternehmen teilte am Montag mit, {{dass seine Werbeplattform ab kommender Woche}}",
		"Er sagte, er werde das Amt niederlegen, {{sobald die Nachfolge geklärt sei,}}",
		"Sie verwies in ihrer langen Rede {{auf die wachsende Verantwortung des}}",
		"Der Bürgermeister sprach am Abend vor dem Rathaus {{über die Zukunft des}}",
	},
	Good: []string{
		"Liebe Leserinnen und Leser,\n\nheute geht es um das Wetter.",
		"Die Sitzung beginnt am Dienstag, dem 25. November.",
		"Er wurde am Dienstag 25.",
		"Die Gewinner sind:\n\n• Anna\n• Ben",
		"Mehr dazu lesen Sie morgen …",
		"Elon Musk droht Microsoft mit Klage",
		"Bundeskanzler Olaf Scholz spricht am Mittwoch im Bundestag in Berlin über den Haushalt und die Folgen des Urteils",
		"Sie fragte, was das solle, und er gab nach.",
		"Wer ist das? Ich weiß es nicht, sagte sie dazu.",
		"Er räumte den Fehler ein",
		"„Wir bleiben dabei“, sagte er. „Auf jeden Fall.“",
		"Lesen Sie dazu auch unseren Kommentar, den die Chefredakteurin geschrieben hat, weil sie das Thema für wichtig hält.",
		"Den Vertrag, über den seit Monaten gestritten wird, unterschrieb der Minister erst am Dienstag, dem 25. November.",
	},
	Check: checkTruncatedParagraph,
}

func checkTruncatedParagraph(pass *checker.Pass) {
	d := pass.Doc
	x := indexOf(pass)
	lx := clause.LexOf(pass)
	for k, p := range pass.Paragraphs() {
		if p.Bullet || p.Words == 0 || p.EndSentence == p.FirstSentence {
			continue
		}
		if k+1 < len(d.Paragraphs) && continuesLowercase(d, d.Paragraphs[k+1]) {
			continue // a sentence broken over two paragraphs is not cut off
		}
		if span, msg, ok := truncation(lx, x, p); ok {
			pass.Report(span, msg)
		}
	}
}

// truncation decides whether paragraph p stops mid-sentence and returns the
// span to flag (within the last sentence) and the message.
func truncation(lx *clause.Lex, x *rangeIndex, p checker.Paragraph) (checker.Span, string, bool) {
	d := lx.Doc()
	s := d.Sentences[p.EndSentence-1]
	last := p.EndToken - 1
	lastText := d.TokenText(last)
	switch {
	case lastText == ",":
		if isGreeting(d, p) || s.End-s.First < 2 {
			return checker.Span{}, "", false
		}
		start := x.stretchStart(last)
		if start >= last {
			return checker.Span{}, "", false
		}
		return spanOf(d, start, last), "Absatz endet mit einem Komma: der Satz bricht ab.", true
	case lastText == "." && d.Tokens[last-1].Kind == checker.Number:
		if start, ok := dateWithoutMonth(d, s, last); ok && unfinishedClause(lx, s, last-1) {
			return spanOf(d, start, last), "Absatz endet mit einem Datum ohne Monat: der Satz bricht ab.", true
		}
		return checker.Span{}, "", false
	case d.Tokens[last].Kind != checker.Word:
		return checker.Span{}, "", false
	}
	if p.Headline && p.Words < minTruncatedWords {
		return checker.Span{}, "", false
	}
	if w := d.TokenText(last); d.Tokens[last].Shape == checker.Lower &&
		(danglingCoordinators[w] || danglingSubordinator(w) || danglingPhraseWords[w]) {
		start := last
		if danglingPhraseWords[w] {
			// Flag the phrase the word belongs to: "in der Nacht zum".
			for j := last - 1; j >= s.First && last-j <= maxTrailingSpan && isWord(d, j); j-- {
				if isLowerWord(d, j) && germanLexicon().IsPreposition(d.TokenText(j)) {
					start = j
					break
				}
			}
		}
		return spanOf(d, start, last), "Absatz endet mit „" + w + "“: der Satz bricht ab.", true
	}
	if conj, ok := openSubclause(lx, s, p.EndToken); ok {
		return spanOf(d, conj, last), "Absatz endet in einem Nebensatz ohne Verb: der Satz bricht ab.", true
	}
	return checker.Span{}, "", false
}

// continuesLowercase reports whether a paragraph starts with a lower-case
// word, continuing the sentence of the paragraph before it.
func continuesLowercase(d *checker.Doc, p checker.Paragraph) bool {
	for j := p.FirstToken; j < p.EndToken; j++ {
		if d.Tokens[j].IsWordLike() {
			return isLowerWord(d, j)
		}
	}
	return false
}

// isGreeting reports whether a paragraph is the salutation of a letter or
// newsletter ("Liebe Leserinnen und Leser,", "Sehr geehrte Damen und Herren,").
func isGreeting(d *checker.Doc, p checker.Paragraph) bool {
	if p.Words > 8 {
		return false
	}
	first := p.FirstToken
	for first < p.EndToken && !d.Tokens[first].IsWordLike() {
		first++
	}
	if first == p.EndToken {
		return false
	}
	if greetingOpeners[lowerTextAt(d, first)] {
		return true
	}
	for j := first; j < p.EndToken; j++ {
		if w := lowerTextAt(d, j); strings.HasPrefix(w, "grüß") || strings.HasPrefix(w, "gruß") {
			return true
		}
	}
	return false
}

// dateWithoutMonth reports whether the sentence ends in an ordinal day
// without its month ("ab Dienstag, dem 25.", "bis zum 3.") and returns the
// first token of the date: the weekday, or the article or preposition.
func dateWithoutMonth(d *checker.Doc, s checker.Sentence, dot int) (int, bool) {
	num := dot - 1
	day, err := strconv.Atoi(d.TokenText(num))
	if err != nil || day < 1 || day > 31 || num-1 < s.First {
		return 0, false
	}
	art := num - 1
	switch lowerTextAt(d, art) {
	case "dem", "den", "zum", "am", "vom":
	default:
		return 0, false
	}
	start := art
	if art-2 >= s.First && tokenIs(d, art-1, ",") && checker.IsWeekday(d.TokenText(art-2)) {
		start = art - 2
	}
	return start, true
}

// unfinishedClause reports whether the sentence s, up to token end, has no
// verb in its last clause: no possible verb at all, or a subordinate clause
// opened after the last finite verb that has none.
func unfinishedClause(lx *clause.Lex, s checker.Sentence, end int) bool {
	if _, ok := openSubclause(lx, s, end); ok {
		return true
	}
	for j := s.First; j < end; j++ {
		if mayBeVerbAt(lx, j) {
			return false
		}
	}
	return true
}

// openSubclause finds the last subordinating conjunction of sentence s before
// token end and reports whether the clause it opens lacks a verb: at least
// two words follow it and none of them can be a verb. It returns the
// conjunction's token.
func openSubclause(lx *clause.Lex, s checker.Sentence, end int) (int, bool) {
	d := lx.Doc()
	conj := -1
	for j := end - 1; j >= s.First; j-- {
		if isLowerWord(d, j) && opensVerbClause(d.TokenText(j)) {
			conj = j
			break
		}
	}
	if conj < 0 || countWordsIn(d, conj+1, end) < 2 {
		return 0, false
	}
	for j := conj + 1; j < end; j++ {
		if mayBeVerbAt(lx, j) {
			return 0, false
		}
	}
	return conj, true
}

// danglingSubordinator reports whether w is a strong subordinating
// conjunction (lexicon.IsStrongSubordinator) that cannot end a sentence:
// all but the ellipticalSubordinators.
func danglingSubordinator(w string) bool {
	return germanLexicon().IsStrongSubordinator(w) && !ellipticalSubordinators[w]
}

// opensVerbClause reports whether w is a subordinating conjunction whose
// clause must end in a verb: a reading the lexicon does not mark as
// uncertain, and no preposition ("während der Sitzung" needs no verb).
func opensVerbClause(w string) bool {
	lx := germanLexicon()
	return lx.Lookup(w).Sure(lexicon.Subordinator) && !lx.Is(w, lexicon.Preposition)
}
