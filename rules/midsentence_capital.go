package rules

import (
	"fmt"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/clause"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

// maxTitleWords is the longest quotation whose capitals are left alone as a
// possible title of a work („Krieg und Frieden“).
const maxTitleWords = 10

var midsentenceCapital = checker.Rule{
	ID:       "midsentence-capital",
	Title:    "Function word or verb capitalised mid-sentence",
	Category: "fluency/capitalization",
	Severity: checker.Minor,
	Message:  "Großschreibung mitten im Satz: dieses Wort wird kleingeschrieben.",
	Doc: `Catches a verb, conjunction, oblique article, personal pronoun or preposition written with a capital ` +
		`letter inside a sentence: "Früher das Unternehmen Sagte er", "Cookie-Richtlinie Und ` +
		`Datenschutz-Bestimmungen", and the adverbs of split link text ("finden Sie Hier", "hat Bereits ` +
		`begonnen"). Such capitals are left over from link text of the scraped page or from English title ` +
		`case. Adverbs count after a lower-case word that is no article or preposition, or after a polite ` +
		`"Sie", and before a lower-case word, a comma or the end of the sentence; adverbs that are never nouns ` +
		`("Bereits", "Nicht") count also after a number or a name ("seit 2018 Nicht mehr", "wie POLITICO ` +
		`Bereits berichtete"), and a contraction that opens a time adverbial counts inside a clause ("hatte ` +
		`der Betreiber Am Morgen mitgeteilt"); "das Heute" and "im Hier und ` +
		`Jetzt" are nouns. Capitalised adjectives are the rule capitalised-verb-adjective's. The rule stays silent at the start of a sentence or line, after a colon, quotation ` +
		`mark, bracket or dash, in headlines and list labels, in short quotations (titles of works), on polite ` +
		`pronouns (Sie, Ihnen, Dir), on nouns spelled like verbs (das Essen, die Macht, das Sagen) and after ` +
		`nouns that introduce names (Hotel Zum Löwen, der Film …).`,
	Bad: []string{
		`Früher das Unternehmen {{Sagte}} er, die Plattform werde eingestellt.`,
		`Lesen Sie unsere Cookie-Richtlinie {{Und}} Datenschutz-Bestimmungen vor dem Einlass.`,
		`Der Minister kam zu spät, {{Weil}} sein Zug ausgefallen war.`,
		`Die Polizei bestätigte, {{Dass}} zwei Menschen verletzt wurden.`,
		`Mehr Informationen gibt es {{Auf}} unserer Website.`,
		`Die Zahl der Anfragen stieg, {{Erklärte}} die Behörde am Montag.`,
		`Am Abend {{Traf}} er den Kanzler in Berlin.`,
		`Sie fragte, ob {{Er}} morgen komme.`,
		`Die Regel gilt für Kinder {{Oder}} Jugendliche, {{Aber}} nicht für Erwachsene.`,
		`Er fuhr gestern mit {{Dem}} neuen Auto zur Arbeit.`,
		`Aktuelle Hinweise finden Sie {{Hier}}.`,
		`Das Verfahren hat {{Bereits}} begonnen.`,
		`Die Zahlen stiegen {{Deutlich}}, sagte die Behörde.`,
		"Die Feuerwehr konnte die Flammen seit 2018 {{Nicht}} mehr so schwer eindämmen.",
		"Wie POLITICO {{Bereits}} berichtete, drängen Deutschland und Ungarn auf eine Lösung.",
		"Wie die FT {{Zuvor}} berichtete, hatte das Ministerium Berater beauftragt.",
		"Der Betrieb soll wieder aufgenommen werden, hatte der Betreiber {{Am}} Morgen mitgeteilt.",
		"Die Ministerin will {{Im}} Mai entscheiden, sagte ein Sprecher.",
	},
	Good: []string{
		`Die Grenze verläuft entlang der Oder und der Neiße.`,
		`Wir bitten Sie um Erlaubnis, bevor Sie etwas hochladen, und danken Ihnen.`,
		`Er sagte: „Und dann kam alles anders.“`,
		`Sie las den Roman „Krieg Und Frieden“ im Urlaub.`,
		`Das Essen war gut, das Treffen lang und die Macht der Gewohnheit groß.`,
		`Die Partei Die Linke und die Zeitung Die Welt berichteten darüber.`,
		`Für das Sagen in der Firma ist der Vorstand zuständig.`,
		`Das Hotel Zum Löwen und die Apotheke Am Markt bleiben geöffnet.`,
		`Ohne Wenn und Aber stimmte der Rat zu.`,
		`Die Konferenz in Den Haag beginnt am Montag.`,
		`Musk droht Microsoft Und Apple mit Klage`,
		`Kommen Sie morgen? Dann sagen wir es Ihnen. Gibt es Fragen?`,
		"„Was denken Sie?“, fragte er.\nUnd sie antwortete nicht.",
		`Sagte er das wirklich? Ja – Und zwar laut.`,
		`Die Würde des Menschen ist unantastbar, sagte er mit Würde und Ernst.`,
		"Lesen Sie den Bericht, den der Minister am Montag vorgelegt hat.",
		"Den Vertrag unterschrieb der Minister erst am Abend.",
		"• Mehr Geld Für Schulen",
		"Das Heute zählt mehr als das Gestern.",
		"Sie lebt ganz im Hier und Jetzt, sagte ihre Schwester.",
		"Die Sendung Hier und Heute lief am Abend.",
		"Das Album Noch einmal mit Gefühl erschien 2019.",
		"Die Band spielte den Song Nur noch kurz die Welt retten.",
		"Die Firma Bosch Nicht erreichbar: Der Server fiel aus.",
		"Die Apotheke Am Markt bleibt am Samstag geschlossen.",
		"Er las den Roman Am Montag fängt alles an im Urlaub.",
		"Das Hotel Zum Sommer und die Pension Am Abendberg sind ausgebucht.",
		"Die Partei Die PARTEI Nur für Satire bekannt, sagte er.",
	},
	Check: checkMidsentenceCapital,
}

func checkMidsentenceCapital(pass *checker.Pass) {
	d := pass.Doc
	x := indexOf(pass)
	lx := clause.LexOf(pass)
	for _, p := range pass.Paragraphs() {
		if p.Headline || p.Bullet && !paragraphEndsSentence(d, p) {
			continue
		}
		for i := p.FirstToken + 1; i < p.EndToken; i++ {
			if t := &d.Tokens[i]; t.Kind != checker.Word || t.Shape != checker.Capitalized {
				continue // capitalInSentence's first test, here for speed
			}
			kind, ok := capitalInSentence(lx, x, i, p.EndToken)
			if !ok {
				continue
			}
			w := d.TokenText(i)
			low := lowerFirstWord(w)
			msg := fmt.Sprintf("„%s“ mitten im Satz großgeschrieben: %s schreibt man klein („%s“); vermutlich Rest eines Link-Texts.",
				w, kind, low)
			pass.ReportDiagnostic(checker.Diagnostic{Span: d.Tokens[i].Span, Message: msg, Suggestions: []string{low}, About: []string{w}})
		}
	}
}

// capitalInSentence reports whether token i (not the paragraph's first) is a
// wrongly capitalised function word or verb, and names its word class.
func capitalInSentence(lx *clause.Lex, x *rangeIndex, i, end int) (string, bool) {
	d := lx.Doc()
	t := &d.Tokens[i]
	w := d.TokenText(i)
	if t.Kind != checker.Word || t.Shape != checker.Capitalized || t.SentenceStart || t.NewlineBefore ||
		isHyphenated(w) || lx.Ask(i, isPoliteForm) {
		return "", false
	}
	prev := d.Tokens[i-1]
	if strictCapitalAdverbs[w] && capitalAdverbAfterName(lx, i, end) {
		return "als Adverb", true
	}
	if capitalTimePrepositionAt(lx, i, end) {
		return "als Präposition", true
	}
	if !(prev.Kind == checker.Word || tokenIs(d, i-1, ",")) {
		return "", false // after a colon, quotation mark, bracket, dash or number
	}
	if qt, ok := d.QuoteAt(i); ok && qt.Words <= maxTitleWords {
		return "", false
	}
	if capitalAdverbs[w] && capitalAdverbAt(lx, i, end) {
		return "als Adverb", true
	}
	if prev.Kind == checker.Word && (titleNouns.match(lowerTextAt(d, i-1)) || pairedNominal(lx, i) ||
		!capitalArticles[w] && nounContext(lx, i-1)) {
		return "", false
	}
	// A capitalised finite verb, or (weak) one that may be a nominalised
	// participle: "Erklärte".
	weakVerb := lx.IsNominalisedFinite(i)
	verb := weakVerb || lx.IsCommonFinite(i)
	if missingSentenceEnd(lx, x, i, verb) {
		return "", false
	}
	prevLower := isLowerWord(d, i-1)
	nextLower := i+1 < end && isLowerWord(d, i+1)
	switch {
	case capitalCoordinators[w], isCapitalSubordinator(w, lx.Entry(i)):
		return "als Konjunktion", true
	case capitalPronouns[w]:
		return "als Pronomen", true
	case capitalPrepositions[w]:
		return "als Präposition", prevLower && nextLower
	case capitalArticles[w]:
		return "als Artikel", prevLower && nextLower && attributiveAt(lx, i+1) && isCapWord(d, i+2)
	}
	switch {
	case !verb || coordinatorAt(lx, i-1) || !nextLower || !opensInvertedClause(lx, i+1):
		return "", false
	case weakVerb:
		// "Erklärte" may be a nominalised participle ("Verbündete der UdSSR
		// waren"): only after a comma or a noun, before a subject, and with no
		// other finite verb in the clause.
		return "als Verb", (!prevLower || tokenIs(d, i-1, ",")) &&
			lx.Is(i+1, lexicon.PersonalPronoun|lexicon.Article|lexicon.IndefinitePronoun) &&
			!x.hasFiniteIn(i+1, x.stretchEndAt(i))
	}
	return "als Verb", true
}

// capitalAdverbAt reports whether the capitalised adverb at token i stands
// where link text does: after a lower-case word or a polite pronoun that
// is no article ("finden Sie Hier", "hat Bereits"), before a lower-case word,
// a comma or the end of the sentence.
func capitalAdverbAt(lx *clause.Lex, i, end int) bool {
	d := lx.Doc()
	prevOK := isLowerWord(d, i-1) && !lx.Is(i-1, lexicon.Article|lexicon.Preposition|lexicon.Contraction|
		lexicon.PossessivePronoun|lexicon.DemonstrativePronoun) || tokenIs(d, i-1, "Sie") && !d.Tokens[i-1].SentenceStart
	if !prevOK || pairedNominal(lx, i) {
		return false // "im Hier und Jetzt"
	}
	if i+1 >= end {
		return true
	}
	n := d.TokenText(i + 1)
	return isLowerWord(d, i+1) || n == "," || checker.IsSentenceEnd(n)
}

// strictCapitalAdverbs are the capitalAdverbs that are never nouns or names
// ("Bereits", "Nicht"; not "Heute", "Live", "Mehr").
var strictCapitalAdverbs = wordSet("Bereits", "Schon", "Noch", "Nicht", "Nur", "Sehr", "Deutlich", "Dort",
	"Hierzu", "Dazu", "Zuvor", "Erneut", "Inzwischen", "Kürzlich", "Zunächst", "Ebenfalls", "Bislang", "Bisher")

// capitalAdverbAfterName reports whether the capitalised adverb at token i
// follows a number or a name and comes before a lower-case word, where link
// text leaves it ("seit 2018 Nicht mehr", "wie POLITICO Bereits
// berichtete"); a noun that introduces a title ("das Album Noch einmal")
// keeps its capital.
func capitalAdverbAfterName(lx *clause.Lex, i, end int) bool {
	d := lx.Doc()
	if i+1 >= end || !isLowerWord(d, i+1) || !sameParagraph(d, i-1, i) {
		return false
	}
	prev := d.Tokens[i-1]
	switch {
	case prev.Kind == checker.Number:
		return !tokenIs(d, i-2, ".") && !tokenIs(d, i-2, ":")
	case prev.Kind == checker.Word && !prev.SentenceStart && (prev.Shape == checker.Upper || prev.Shape == checker.Capitalized):
		return !titleNouns.match(lowerTextAt(d, i-1)) && (prev.Shape == checker.Upper || !lx.MaybeNoun(i-1))
	}
	return false
}

// capitalTimeContractions are the contractions that open a time adverbial ("am
// Morgen", "im Mai"); capitalTimeNouns are the times after them.
var (
	capitalTimeContractions = wordSet("Am", "Im", "Zum", "Beim", "Vom")
	capitalTimeNouns        = wordSet("Morgen", "Vormittag", "Mittag", "Nachmittag", "Abend", "Wochenende", "Montag",
		"Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Januar", "Februar", "März", "April",
		"Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember", "Frühjahr", "Sommer",
		"Herbst", "Winter")
)

// capitalTimePrepositionAt reports whether token i is a capitalised
// contraction that opens a time adverbial inside a clause, after a word of
// the clause and before a lower-case word ("hatte der Betreiber Am Morgen
// mitgeteilt"); names of places and venues ("Apotheke Am Markt") have no
// time noun, and a noun that introduces a title keeps the capital.
func capitalTimePrepositionAt(lx *clause.Lex, i, end int) bool {
	d := lx.Doc()
	w := d.TokenText(i)
	if !capitalTimeContractions[w] || i+2 >= end || !capitalTimeNouns[d.TokenText(i+1)] || !isLowerWord(d, i+2) ||
		!isWord(d, i-1) || d.Tokens[i-1].SentenceStart || !sameParagraph(d, i-1, i) {
		return false
	}
	return !titleNouns.match(lowerTextAt(d, i-1))
}

// missingSentenceEnd reports whether the capital at token i more likely
// starts a new sentence whose full stop is missing than sits inside one:
// "… so besorgt Ich glaube, dass …", "… gegenüber Pelosi Während des
// Treffens machten …". That is the case after a word that can end a
// sentence when the text after the capital has a finite verb of its own
// (for a capitalised verb, verb: when the text before it has one).
func missingSentenceEnd(lx *clause.Lex, x *rangeIndex, i int, verb bool) bool {
	d := lx.Doc()
	if !isWord(d, i-1) || isLowerWord(d, i-1) &&
		lx.Is(i-1, lexicon.Coordinator|lexicon.Subordinator|lexicon.Article|
			lexicon.Preposition|lexicon.Contraction) {
		return false // after a comma, or a word that cannot end a sentence ("ob Er")
	}
	if verb {
		return x.hasClauseVerbIn(x.stretchStart(i), i)
	}
	return x.hasClauseVerbIn(i+1, sentenceOfToken(d, i).End)
}

// isPoliteForm asks whether a word is one of the politeForms.
var isPoliteForm = clause.NewQuestion(func(w string) bool { return politeForms[w] })

// isCapitalSubordinator reports whether a capitalised w, whose lexicon
// entry is e, is a subordinating conjunction by the lexicon, leaving out
// the readings it marks as uncertain ("Als", "Wie", "Da"), which are often
// right with a capital, and the noun "Ehe".
func isCapitalSubordinator(w string, e *lexicon.Entry) bool {
	return w != "Ehe" && e.Sure(lexicon.Subordinator)
}

// nounContext reports whether word token i makes the next word a noun: an
// article, preposition, possessive, demonstrative, indefinite ("mehreren"),
// numeral or attributive adjective ("das Essen", "ohne Wenn", "die Oder"), in lower case or
// capitalised at the start of the sentence.
func nounContext(lx *clause.Lex, i int) bool {
	d := lx.Doc()
	if !isLowerWord(d, i) && !(isWord(d, i) && d.Tokens[i].SentenceStart) {
		return false
	}
	if lx.Is(i, lexicon.Article|lexicon.Preposition|lexicon.Contraction|
		lexicon.PossessivePronoun|lexicon.DemonstrativePronoun|lexicon.IndefinitePronoun|lexicon.Numeral) {
		return true
	}
	return attributiveAt(lx, i)
}

// pairedNominal reports whether token i is the second of a nominalised pair
// of function words ("Wenn und Aber", "Auf und Ab").
func pairedNominal(lx *clause.Lex, i int) bool {
	return i >= 2 && coordinatorAt(lx, i-1) && isCapWord(lx.Doc(), i-2) && lx.Is(i-2, lexicon.Closed)
}

// coordinatorAt reports whether token i is a lower-case "und", "oder" or
// another coordinating conjunction.
func coordinatorAt(lx *clause.Lex, i int) bool {
	return isLowerWord(lx.Doc(), i) && lx.Entry(i).Sure(lexicon.Coordinator)
}

// opensInvertedClause reports whether token i can follow a fronted finite
// verb: a personal or indefinite pronoun, an article or determiner, a
// negation, adverb or particle ("Sagte er", "Erklärte die Behörde"), but no
// word that can be a preposition or a coordinator ("Gebaren zu").
func opensInvertedClause(lx *clause.Lex, i int) bool {
	cls := lx.Classes(i)
	if cls&lexicon.Verb != 0 && cls&lexicon.Closed == 0 || cls&(lexicon.Preposition|lexicon.Coordinator) != 0 {
		return false
	}
	return cls&(lexicon.PersonalPronoun|lexicon.IndefinitePronoun|lexicon.Article|lexicon.PossessivePronoun|
		lexicon.DemonstrativePronoun|lexicon.Negation|lexicon.Adverb|lexicon.Particle) != 0
}

// paragraphEndsSentence reports whether a paragraph's last token, looking
// through closing quotation marks and brackets, ends a sentence or is an
// ellipsis.
func paragraphEndsSentence(d *checker.Doc, p checker.Paragraph) bool {
	for i := p.EndToken - 1; i >= p.FirstToken; i-- {
		s := d.TokenText(i)
		if checker.IsClosingMark(s) {
			continue
		}
		return checker.IsSentenceEnd(s) || checker.IsEllipsis(s)
	}
	return false
}
