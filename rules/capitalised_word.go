package rules

import (
	"fmt"
	"strings"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/clause"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

var capitalisedWord = checker.Rule{
	ID:       "capitalised-verb-adjective",
	Title:    "Verb or adjective capitalised mid-sentence",
	Category: "fluency/capitalization",
	Severity: checker.Minor,
	Message:  "Verben und Adjektive schreibt man mitten im Satz klein.",
	Doc: `Catches verbs and adjectives written with a capital inside a sentence, as English title case and ` +
		`careless translation leave them: a finite verb that cannot be a noun ("der Vertrag Gilt", "das wir ` +
		`Kauften"), an infinitive or participle closing a clause after a modal or auxiliary ("Er wird morgen ` +
		`Kommen", "Sie hat das Auto Gekauft"), an infinitive after "zu" ("ohne zu Zögern" is a noun, "um zu ` +
		`Helfen" is not), and an inflected adjective between a determiner and a noun ("ein Neues Auto"). ` +
		`Capitalised adjectives of names ("die Deutsche Bank", "das Weiße Haus", "der Erste Weltkrieg") ` +
		`are left alone: adjectives in -isch, -lich and -er, ordinals and the usual adjectives of names; so are ` +
		`headlines, titles in quotation marks and words after a colon. midsentence-capital covers function ` +
		`words and verbs that open an inverted clause.`,
	Bad: []string{
		`Der neue Vertrag {{Gilt}} ab dem ersten Mai.`,
		`Das Haus, das wir {{Kauften}}, steht am See.`,
		`Er wird morgen nach Berlin {{Kommen}}.`,
		`Sie hat das Auto gestern {{Gekauft}}.`,
		`Er kam, um zu {{Helfen}}.`,
		`Wir haben ein {{Schönes}} Auto und einen {{Schnellen}} Zug.`,
		`Es gab eine Einweisung bei {{Laufendem}} Motor.`,
	},
	Good: []string{
		`Die Deutsche Bank und das Weiße Haus reagierten.`,
		`Der Erste Weltkrieg und die Europäische Union sind Themen.`,
		`Ohne zu Zögern half er; das Essen war gut.`,
		`Er hat viel Wissen und wenig Können.`,
		`Die Vereinten Nationen und die Grünen tagten im Berliner Rathaus.`,
		`Sie las „Die Neuen Leiden“ im Zug.`,
		`Wir danken Ihnen und bitten Sie um Geduld.`,
		`Er sagte: Gehen wir.`,
		`Die Angehörigen waren Opfer; bei Deutscher Bahn und bei Neuer Zürcher Zeitung schwieg man.`,
		`Zehntausende Menschen kamen zur Cammell Laird Werft, deren Eigenschaften Radio umfassen.`,
	},
	Check: checkCapitalisedWord,
}

func checkCapitalisedWord(pass *checker.Pass) {
	d := pass.Doc
	lx := clause.LexOf(pass)
	var x *rangeIndex
	gx := grammarIndexOf(pass)
	for i := range candidates(pass, gx.capital) {
		t := d.Tokens[i]
		if t.Kind != checker.Word || t.Shape != checker.Capitalized || t.SentenceStart || t.NewlineBefore || i == 0 {
			continue
		}
		if x == nil {
			x = indexOf(pass)
		}
		kind, ok := capitalisedWordAt(lx, x, gx, i)
		if !ok {
			continue
		}
		w := d.TokenText(i)
		low := decapitalizeWord(w)
		pass.ReportDiagnostic(checker.Diagnostic{Span: t.Span, Suggestions: []string{low}, About: []string{w},
			Message: fmt.Sprintf("„%s“ mitten im Satz großgeschrieben: %s schreibt man klein („%s“).", w, kind, low)})
	}
}

// capitalisedWordAt reports whether the capitalised token i (not the first
// of its sentence) is a verb or adjective that needs a small letter, and
// names its class.
func capitalisedWordAt(lx *clause.Lex, x *rangeIndex, gx *grammarIndex, i int) (string, bool) {
	d := lx.Doc()
	w := d.TokenText(i)
	prev := d.Tokens[i-1]
	if isHyphenated(w) || lx.Ask(i, isPoliteForm) || inNameOrTitle(d, i) ||
		!(prev.Kind == checker.Word || tokenIs(d, i-1, ",")) || lx.Is(i, lexicon.Closed) {
		return "", false
	}
	if isCapWord(d, i-1) && i+1 < len(d.Tokens) && isCapWord(d, i+1) && adjacentWords(d, i) {
		return "", false // inside a name: "Melody Spann Cooper"
	}
	end := x.stretchEndAt(i)
	next := i + 1
	closesStretch := next >= end
	switch {
	case lx.IsFinite(i) && !lx.IsNominalisedFinite(i) && !lx.Ask(i, isKnownNoun) && prevAllowsVerb(lx, i) &&
		!(lx.Is(i, lexicon.Participle) && gx.predicativeAfterSein(x.stretchStart(i), i)) &&
		!missingSentenceEnd(lx, x, i, true):
		return "das Verb", true
	case lx.Is(i, lexicon.Infinitive) && tokenIs(d, i-1, "zu") && !lx.Ask(i, isKnownNoun) &&
		(closesStretch || isLowerWord(d, next)) && !(i >= 2 && d.TokenLower(i-2) == "ohne"):
		return "der Infinitiv", true
	case (lx.Is(i, lexicon.Infinitive) || lx.Is(i, lexicon.Participle) && strings.HasPrefix(w, "Ge")) &&
		closesStretch && !lx.Ask(i, isKnownNoun) && !nounContext(lx, i-1) &&
		(isLowerWord(d, i-1) || isCapWord(d, i-1) && !compoundFirstTitles[d.TokenText(i-1)]) &&
		gx.auxiliaryBefore(x.stretchStart(i), i) && !gx.predicativeAfterSein(x.stretchStart(i), i):
		return "das Verb", true
	case adjectiveBeforeNoun(lx, i):
		return "das Adjektiv", true
	}
	return "", false
}

// prevAllowsVerb reports whether the word before token i can precede a
// finite verb: a lower-case word that is no article, preposition or
// adjective (after which the capital makes a noun: "das Gelingen"), or a
// comma.
func prevAllowsVerb(lx *clause.Lex, i int) bool {
	d := lx.Doc()
	if tokenIs(d, i-1, ",") {
		return isLowerWord(d, i+1) || i+1 < len(d.Tokens) && d.Tokens[i+1].Kind == checker.Punct
	}
	if i+1 < len(d.Tokens) && isCapWord(d, i+1) && adjacentWords(d, i) && !lx.Is(i+1, lexicon.Closed) &&
		!lx.Ask(i+1, isKnownNoun) {
		return false // a name: "verwendet Spann Cooper"
	}
	if isCapWord(d, i-1) {
		// "Der Vertrag Gilt", not a name: "Cammell Laird Werft"
		return !compoundFirstTitles[d.TokenText(i-1)] && lx.Ask(i-1, isNounLikeHead)
	}
	if i >= 2 && coordinatorAt(lx, i-1) && isCapWord(d, i-2) {
		return false // "Genossinnen und Genossen": nouns coordinated
	}
	return isLowerWord(d, i-1) && !nounContext(lx, i-1)
}

// adjectiveBeforeNoun reports whether the capitalised token i is an
// inflected adjective between a lower-case determiner and a noun, and not
// an adjective of a name.
func adjectiveBeforeNoun(lx *clause.Lex, i int) bool {
	d := lx.Doc()
	if !isLowerWord(d, i-1) || !isCapWord(d, i+1) || d.Tokens[i+1].Shape != checker.Capitalized ||
		!lx.Ask(i+1, isNounLikeHead) {
		return false
	}
	if !lx.Ask(i, isCapitalisedAdjective) || lx.Is(i, lexicon.Numeral|lexicon.FiniteVerb) {
		return false
	}
	switch {
	case lx.Is(i-1, lexicon.Article|lexicon.PossessivePronoun|lexicon.DemonstrativePronoun):
		return true
	case lx.Is(i-1, lexicon.Preposition) && !lx.Is(i-1, lexicon.Article|lexicon.Pronoun):
		// a strong ending after a preposition: "bei laufendem Motor"
		w := d.TokenText(i)
		return strings.HasSuffix(w, "em") || strings.HasSuffix(w, "es")
	}
	return false
}

// isCapitalisedAdjective asks whether a capitalised word is an inflected
// adjective that is no noun, no number noun and not an adjective of names
// ("Schönes", not "Eigenschaften", "Zehntausende", "Deutsche", "Angehörigen").
var isCapitalisedAdjective = clause.NewQuestion(capitalisedAdjective)

// capitalisedAdjective is what isCapitalisedAdjective asks.
func capitalisedAdjective(w string) bool {
	low := lowerFirstWord(w)
	if headNounShape(w) || numeralNoun(low) || strings.HasSuffix(low, "er") || measureNouns[w] {
		return false
	}
	stem, inflected := lexicon.CutAdjectiveEnding(low)
	if !inflected || len(stem) < 3 || nounLikeHead(germanLexicon(), w) && !commonAdjectives[stem] ||
		nameAdjective(stem) || !isAdjectiveStem(stem) || nominalisedAdjectives[stem] {
		return false
	}
	return germanLexicon().Classes(low)&lexicon.Closed == 0
}

// numeralNoun reports whether a lower-cased word is a plural of a number
// noun: "tausende", "zehntausende", "hunderte", "dutzende", "millionen".
func numeralNoun(w string) bool {
	for _, n := range []string{"tausend", "hundert", "dutzend", "million", "milliard"} {
		if strings.Contains(w, n) {
			return true
		}
	}
	return false
}

// nameAdjective reports whether an adjective stem is one that names capitalise:
// -isch and -lich, ordinals, colours and the usual ones ("Deutsche",
// "Europäische", "Vereinte", "Weiße", "Erste", "Große Koalition").
func nameAdjective(stem string) bool {
	return strings.HasSuffix(stem, "isch") || strings.HasSuffix(stem, "lich") || nameAdjectives[stem]
}

// nominalisedAdjectives are adjectives and participles often used as nouns
// ("ihren Angehörigen Krebs", "den Verletzten Hilfe").
var nominalisedAdjectives = wordSet("angehörig", "beteiligt", "verletzt", "abgeordnet", "angestellt", "beamt",
	"verwandt", "bekannt", "jugendlich", "erwachsen", "krank", "arm", "reich", "tot", "gefangen", "verdächtig",
	"vorsitzend", "reisend", "studierend", "beschäftigt", "betroffen", "geflüchtet", "obdachlos", "arbeitslos",
	"angeklagt", "verstorben", "überlebend", "anwesend", "einheimisch", "selbstständig", "freiwillig",
	"behindert", "infiziert", "geimpft", "erkrankt", "verwundet", "vermisst", "inhaftiert", "berechtigt",
	"bedürftig", "verantwortlich", "zuständig", "interessiert", "gläubig", "geistlich", "vertriebene", "ungeimpft",
	"alleinerziehend", "auszubildend", "heranwachsend", "pflegebedürftig", "schuldig", "unschuldig", "überlebt")

// nameAdjectives are adjective stems common in names.
var nameAdjectives = wordSet("deutsch", "weiß", "rot", "schwarz", "grün", "blau", "gelb", "golden", "neu", "groß",
	"alt", "jung", "heilig", "vereint", "nah", "fern", "hoh", "ober", "oberst", "mittler", "frei", "still", "wild",
	"kalt", "rund", "letzt", "erst", "zweit", "dritt", "viert", "fünft", "nord", "süd", "ost", "west", "link",
	"recht", "international", "national", "sozial", "allgemein", "liberal", "royal", "federal", "zentral", "ganz")

// decapitalizeWord returns w with its first letter in lower case.
func decapitalizeWord(w string) string { return lowerFirstWord(w) }
