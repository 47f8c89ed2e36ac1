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
		`Helfen" is not), an inflected adjective between a determiner and a noun ("ein Neues Auto"), after a ` +
		`preposition with a strong ending ("mit Tollen Ideen") or after an adjective of the same ending ` +
		`("nette und Kompetente Beratung"), and an uninflected adjective after a degree word ("sehr ` +
		`Freundlich", "ganz Nett"), before an adjective it grades ("Total gehetzt") or coordinated with a ` +
		`lower-case one ("ist Freundlich und kompetent"). Capitalised adjectives of names ("die Deutsche ` +
		`Bank", "das Weiße Haus", "der Erste Weltkrieg") are left alone: adjectives in -isch, -lich and -er, ` +
		`ordinals and the usual adjectives of names after a definite article; after an indefinite article or a ` +
		`possessive ("ein Großes Lob", "meine Erste Wahl", "ein Einzigartiger Abend") only colours and ` +
		`"deutsch" are. Nouns after the degree words that precede nouns too ("ganz Europa", "zu Recht"), ` +
		`names that end like loan adjectives ("so Craig", "der Michelle Obama") and a predicative alone ` +
		`after "sein" ("Centro ist Wunderbar", which may name a brand) are left alone as well; so are ` +
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
		`Der Empfang war sehr {{Freundlich}} und die Lage ganz {{Zentral}}.`,
		`Das Personal ist {{Freundlich}} und kompetent.`,
		`Die Lage ist äußerst {{Ruhig}}.`,
		`Er war {{Total}} gehetzt, sie {{Echt}} begeistert.`,
		`Wir hatten ein {{Großes}} Problem und einen {{Kleinen}} Hund.`,
		`Es war ein {{Einzigartiger}} Abend.`,
		`Es gab nette und {{Kompetente}} Beratung mit {{Tollen}} Ideen.`,
		`Das ist so {{Nett}} von dir.`,
		`Sehr {{Gutes}} Essen, äußerst {{Freundlicher}} Service.`,
		`Ich {{Bin}} begeistert, wir {{Kommen}} wieder.`,
		`Es {{Ist}} unbeschreiblich, und ich {{Würde}} es empfehlen.`,
		`Das Video konnte nicht {{Gekauft}} werden, weil es schon {{Geliefert}} war.`,
		`Wir kamen zum {{Ersten}} Mal, es war meine {{Erste}} Wahl.`,
		`Es geht um den {{Größten}} Markt der Stadt und zwei {{Kleine}} Kinder.`,
		`Wir kaufen bei {{Erfahrenen}} Händlern und freuen uns auf den nächsten Besuch.`,
		`Es gab knusprige {{Leckere}} Gerichte in einer {{Idyllischen}} Landschaft.`,
	},
	Good: []string{
		"Das hier ist der Gefleckte Aronstab, eine Giftpflanze.",
		"Nach dem Vortrag können wir Fragen stellen.",
		"Heute haben wir Sorgen, morgen haben wir Pläne.",
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
		`Hier ist der Gast wirklich König, das Lokal gut besucht.`,
		`Er wurde in Danzig geboren und ist in Ludwig verliebt.`,
		`Man muss zwischen Gut und Böse unterscheiden, sagte Craig.`,
		`Das sei wichtig, so Hanell; die Verteidigung sagte, dass Haskell krank sei.`,
		`Er hat etwas Gutes getan und nichts Neues gesagt.`,
		`Der Fall liegt beim spanischen Obersten Gerichtshof.`,
		`Er sah die Rote Karte, sie bekam eine Gelbe Karte.`,
		`Ganz Europa schaute zu, und zu Recht war man zufrieden.`,
		`Centro ist Wunderbar, sagt die Werbung der Kette Wunderbar.`,
		`Sie bauen einen Europäischen Druckwasserreaktor (EPR).`,
		`Der Erste Weltkrieg endete, die Ersten Bürgermeister tagten.`,
		`Das Vereinigte Königreich und die Vereinigten Staaten verhandeln mit den Vereinten Nationen.`,
		`Er bekam die Rote Karte und den Goldenen Schuh.`,
		`Sehr geehrte Damen und Herren, wir danken für Ihren Besuch.`,
		`Wir Deutschen lieben das, als sie Anrufe bekam, ging sie.`,
		`Sie sagt, es Lohne sich, und ihr Kinder freut euch.`,
		`Der Gesandte wird kommen, die Verletzten werden versorgt, das Gesagte ist wahr.`,
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
		low := lowerFirstWord(w)
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
		!(prev.Kind == checker.Word || tokenIs(d, i-1, ",")) {
		return "", false
	}
	if lx.Is(i, lexicon.Closed) {
		// An adverb or particle that is an adjective as well ("Ruhig",
		// "Schnell") may still be one graded or predicative, and an
		// ordinal one before its noun ("zum Ersten Mal").
		if lx.Is(i, lexicon.Numeral) && ordinalForm(d.TokenLower(i)) && adjectiveBeforeNoun(lx, i) {
			return "das Adjektiv", true
		}
		if lx.Is(i, lexicon.Closed&^(lexicon.Adverb|lexicon.Particle)) || !plainAdjectiveAt(lx, i) {
			return "", false
		}
		return "das Adjektiv", true
	}
	if isCapWord(d, i-1) && i+1 < len(d.Tokens) && isCapWord(d, i+1) && adjacentWords(d, i) &&
		!(d.Tokens[i-1].SentenceStart && (strongDegreeWords[d.TokenLower(i-1)] || indefiniteBefore(lx, i))) {
		return "", false // inside a name: "Melody Spann Cooper"
	}
	end := x.stretchEndAt(i)
	next := i + 1
	closesStretch := next >= end
	switch {
	case agreesWithPronounBefore(lx, i), participleBeforeAuxiliary(lx, i):
		return "das Verb", true
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
	case adjectiveBeforeNoun(lx, i), plainAdjectiveAt(lx, i):
		return "das Adjektiv", true
	}
	return "", false
}

// agreesWithPronounBefore reports whether the capitalised token i is a
// finite verb form that agrees with the subject pronoun right before it
// ("ich Bin", "Wir Kommen", "es Ist"): after a pronoun in the nominative a
// word with a finite indicative or past subjunctive reading for its person
// is the verb, even where the word could be a noun elsewhere ("das
// Kommen"). A noun in apposition ("wir Deutschen", "ihr Kinder") has no
// such reading, and a noun that is a verb form as well is the verb after a
// pronoun that is only nominative ("ich Würde"); after "sie" and "es",
// which are accusatives as well, a word that may be a noun is left alone.
func agreesWithPronounBefore(lx *clause.Lex, i int) bool {
	d := lx.Doc()
	if !isWord(d, i-1) || !isLowerWord(d, i-1) && !d.Tokens[i-1].SentenceStart {
		return false
	}
	p := d.TokenLower(i - 1)
	want, ok := pronounPersons[p]
	if !ok || !lx.IsFiniteAnyCase(i) {
		return false
	}
	if (p == "sie" || p == "es") && (lx.MaybeNoun(i) || lx.Ask(i, isKnownNoun)) {
		return false // "sie" and "es" are accusatives as well: "als sie Anrufe bekam"
	}
	if i >= 2 && isLowerWord(d, i-2) && lx.IsFinite(i-2) && (lx.MaybeNoun(i) || lx.Ask(i, isKnownNoun)) {
		return false // the verb came before the subject: "können wir Fragen stellen"
	}
	if i+1 < len(d.Tokens) && isCapWord(d, i+1) && adjacentWords(d, i) && !lx.Is(i+1, lexicon.Closed) &&
		!lx.Ask(i+1, isKnownNoun) {
		return false // a name: "es Bin Laden"
	}
	for _, a := range lx.Entry(i).Verbs {
		if a.Form == lexicon.Fin && a.Prefix == "" && a.Persons&want != 0 &&
			a.Mood != lexicon.Subjunctive1 {
			return true
		}
	}
	return false
}

// participleBeforeAuxiliary reports whether the capitalised token i is a
// past participle (and nothing else) before the auxiliary or modal that
// closes its clause ("nicht Storniert werden", "so Geliefert wird", "Gekauft
// hat"), after a word that opens no noun phrase.
func participleBeforeAuxiliary(lx *clause.Lex, i int) bool {
	d := lx.Doc()
	if !lx.Is(i, lexicon.Participle) || lx.Is(i, lexicon.FiniteVerb|lexicon.Infinitive|lexicon.Closed) ||
		lx.Ask(i, isKnownNoun) || !isLowerWord(d, i-1) || nounContext(lx, i-1) || !adjacentWords(d, i) ||
		!isLowerWord(d, i+1) || !lx.Is(i+1, lexicon.Auxiliary|lexicon.Modal) {
		return false
	}
	return !lx.Is(i+1, lexicon.Closed)
}

// pronounPersons are the subject pronouns and the persons a finite verb
// after them takes ("sie" is 3sg or 3pl, "Sie" of formal address 3pl).
var pronounPersons = map[string]lexicon.Persons{
	"ich": lexicon.Sg1, "du": lexicon.Sg2, "er": lexicon.Sg3, "es": lexicon.Sg3, "man": lexicon.Sg3,
	"wir": lexicon.Pl1, "sie": lexicon.Sg3 | lexicon.Pl3,
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
	if !isCapWord(d, i+1) || d.Tokens[i+1].Shape != checker.Capitalized || !adjacentWords(d, i) ||
		lx.Is(i, lexicon.FiniteVerb) {
		return false
	}
	w := d.TokenText(i)
	if lx.Is(i, lexicon.Numeral) {
		// An ordinal is an adjective of names ("der Erste Weltkrieg") but
		// not before "Mal" or after a possessive ("zum Ersten Mal", "meine
		// Erste Wahl").
		return isLowerWord(d, i-1) && ordinalForm(d.TokenLower(i)) &&
			(d.TokenText(i+1) == "Mal" || lx.Is(i-1, lexicon.PossessivePronoun) && lx.Ask(i+1, isNounLikeHead))
	}
	prevLower := isLowerWord(d, i-1)
	strong := isWord(d, i-1) && strongDegreeWords[d.TokenLower(i-1)]
	indefinite := indefiniteBefore(lx, i)
	if !prevLower && !strong && !indefinite {
		return false
	}
	// After a determiner, a degree word or an adjective of the same
	// ending any capitalised word that is no function word, verb or
	// adjective is the noun ("ein Einzigartiger Parfümeur", "Sehr Gutes
	// Restaurant"); elsewhere the lexicon must know it as a noun.
	determiner := indefinite || prevLower && lx.Is(i-1, lexicon.Article|lexicon.PossessivePronoun|
		lexicon.DemonstrativePronoun|lexicon.Contraction|lexicon.Numeral) || i > 0 && d.Tokens[i-1].Kind == checker.Number
	sameEnding := sameEndingBefore(lx, i)
	// Names take the definite article ("der Gefleckte Aronstab", "die
	// Allgemeine Relativitätstheorie"): after it, and after an adjective
	// that follows it, the noun must be one the lexicon lists.
	unlistedAfterDefinite := (definiteBefore(lx, i) || sameEnding && i >= 2 && definiteBefore(lx, i-1)) &&
		!lx.Ask(i+1, isKnownNoun)
	if !lx.Ask(i+1, isNounLikeHead) && (unlistedAfterDefinite || !((determiner || strong || sameEnding) && plainNounAt(lx, i+1) && !loanAdjective(w))) {
		return false
	}
	if acronymAfter(d, i+2) {
		return false // a name introduced with its acronym: "einen Europäischen Druckwasserreaktor (EPR)"
	}
	if strong {
		// Degree words grade no names: "sehr Gutes Restaurant", "äußerst
		// Freundlicher Service".
		return lx.Ask(i, isCapitalisedAdjective) || lx.Ask(i, isUnmarkedAdjective) || lx.Ask(i, isSuffixAdjective)
	}
	if !lx.Ask(i, isCapitalisedAdjective) {
		return (indefinite || sameEnding) && lx.Ask(i, isUnmarkedAdjective) || indefinite && lx.Ask(i, isSuffixAdjective) ||
			prepositionBefore(lx, i) && strongEnding(w) && lx.Ask(i, isUnmarkedAdjective) && !nameAdjectiveForm(w)
	}
	switch {
	case determiner:
		return true
	case prepositionBefore(lx, i):
		// a strong ending after a preposition: "bei laufendem Motor", "mit
		// tollen Ideen"
		return strongEnding(w)
	}
	return sameEnding
}

// acronymAfter reports whether tokens j and j+1 are an opening
// parenthesis and a word in capitals, which introduce the acronym of the
// name before them.
func acronymAfter(d *checker.Doc, j int) bool {
	return tokenIs(d, j, "(") && j+1 < len(d.Tokens) && isWord(d, j+1) && d.Tokens[j+1].Shape == checker.Upper
}

// prepositionBefore reports whether token i follows a lower-case
// preposition that is no article or pronoun.
func prepositionBefore(lx *clause.Lex, i int) bool {
	return isLowerWord(lx.Doc(), i-1) && lx.Is(i-1, lexicon.Preposition) && !lx.Is(i-1, lexicon.Article|lexicon.Pronoun)
}

// strongEnding reports whether an adjective has the ending of a strong
// dative or genitive after a bare preposition ("laufendem", "tollen").
func strongEnding(w string) bool {
	return strings.HasSuffix(w, "em") || strings.HasSuffix(w, "es") || strings.HasSuffix(w, "en")
}

// nameAdjectiveForm reports whether a capitalised inflected adjective is
// one that names use (nameAdjective).
func nameAdjectiveForm(w string) bool {
	stem, _ := lexicon.CutAdjectiveEnding(lowerFirstWord(w))
	return nameAdjective(stem)
}

// loanAdjective reports whether a capitalised inflected adjective has a
// loan suffix (-ell, -al, -iv) and is no common adjective: first names end
// like it ("Michelle", "Daniela").
func loanAdjective(w string) bool {
	stem, _ := lexicon.CutAdjectiveEnding(lowerFirstWord(w))
	return !commonAdjectives[stem] &&
		(strings.HasSuffix(stem, "ell") || strings.HasSuffix(stem, "al") || strings.HasSuffix(stem, "iv"))
}

// plainNounAt reports whether the capitalised token j can be a noun the
// lexicon does not know: a word of letters that is no function word, verb
// form or inflected adjective.
func plainNounAt(lx *clause.Lex, j int) bool {
	d := lx.Doc()
	return checker.IsLetters(d.TokenText(j)) && lx.Classes(j)&^lexicon.Imperative == 0 && !lx.Ask(j, isAdjectiveForm) &&
		!lx.Ask(j, isEnglishWordAnyCase)
}

// ordinalForm reports whether a lower-case numeral is an inflected ordinal
// ("erste", "zweiten", "dritter").
func ordinalForm(w string) bool {
	for _, e := range []string{"te", "ten", "ter", "tes", "tem"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// indefiniteBefore reports whether token i follows an indefinite article
// or a possessive.
func indefiniteBefore(lx *clause.Lex, i int) bool {
	d := lx.Doc()
	if !isLowerWord(d, i-1) && !(isWord(d, i-1) && d.Tokens[i-1].SentenceStart) {
		return false
	}
	p := d.TokenLower(i - 1)
	return lx.Is(i-1, lexicon.PossessivePronoun) || strings.HasPrefix(p, "ein") && lx.Is(i-1, lexicon.Article) ||
		strings.HasPrefix(p, "kein")
}

// isSuffixAdjective asks whether a capitalised word is an inflected
// adjective in -isch or -lich ("Idyllischen", "Persönliche"), which names
// capitalise after a definite article ("die Europäische Union") but rarely
// after an indefinite one or a possessive.
var isSuffixAdjective = clause.NewQuestion(func(w string) bool { return suffixAdjective(w, lowerFirstWord(w)) })

// suffixAdjective is what isSuffixAdjective asks.
func suffixAdjective(w, low string) bool {
	stem, inflected := lexicon.CutAdjectiveEnding(low)
	return inflected && (strings.HasSuffix(stem, "isch") || strings.HasSuffix(stem, "lich")) && len(stem) > 6 &&
		!strings.HasSuffix(stem, "deutsch") && !nominalisedAdjectives[stem] && germanLexicon().Classes(low) == 0
}

// sameEndingBefore reports whether the adjective at token i follows a
// lower-case adjective with the same ending, directly or across "und",
// "oder" or a comma: "ein anderer Kleiner Roller", "nette und Kompetente
// Beratung". Adjectives in a row agree; a noun after an adjective does not
// end like it.
func sameEndingBefore(lx *clause.Lex, i int) bool {
	d := lx.Doc()
	j := i - 1
	if coordinatorAt(lx, j) || tokenIs(d, j, ",") {
		j--
	}
	if !isWord(d, j) || !(isLowerWord(d, j) || d.Tokens[j].SentenceStart) || lx.Is(j, lexicon.Closed) {
		return false
	}
	a, b := d.TokenLower(j), d.TokenLower(i)
	sa, ok := lexicon.CutAdjectiveEnding(a)
	sb, _ := lexicon.CutAdjectiveEnding(b)
	// After an adjective of names the pair is a name: "des spanischen
	// Obersten Gerichtshofs".
	return ok && isAdjectiveStem(sa) && !nameAdjective(sa) && a[len(sa):] == b[len(sb):] &&
		!lx.Is(j, lexicon.FiniteVerb)
}

// isUnmarkedAdjective asks whether a capitalised word is an inflected
// adjective that capitalisedAdjective leaves out because names use it or
// because it ends in -er ("Kleiner", "Großes", "Erste"), or an inflected
// participle ("Vereinbarte"): after an indefinite article or a possessive,
// or after an adjective of the same ending, names rarely take it.
var isUnmarkedAdjective = clause.NewQuestion(func(w string) bool { return unmarkedAdjective(w, lowerFirstWord(w)) })

// unmarkedAdjective is what isUnmarkedAdjective asks.
func unmarkedAdjective(w, low string) bool {
	if headNounShape(w) || numeralNoun(low) || measureNouns[w] || strings.HasSuffix(low, "isch") {
		return false
	}
	stem, inflected := lexicon.CutAdjectiveEnding(low)
	if !inflected || len(stem) < 3 || nominalisedAdjectives[stem] || colourAdjectives[stem] || stem == "deutsch" {
		return false
	}
	if commonAdjectives[stem] {
		return germanLexicon().Classes(low)&lexicon.Closed == 0
	}
	cls := germanLexicon().Classes(low)
	if cls&lexicon.Closed != 0 || !(nameAdjectives[stem] || isAdjectiveStem(stem) && !nameAdjective(stem) &&
		!loanAdjective(w) || cls&lexicon.InflectedParticiple != 0 || superlativeStem(stem)) {
		return false
	}
	return !nounLikeHead(germanLexicon(), w) // the costly test last
}

// colourAdjectives name teams, parties and cards ("die Roten", "die Grünen",
// "die Rote Karte") even after an indefinite article.
var colourAdjectives = wordSet("rot", "schwarz", "grün", "blau", "gelb", "weiß", "golden", "braun", "silbern")

// unmarkedAdjectiveContext reports whether the determiner before token i
// makes a capitalised isUnmarkedAdjective no part of a name: an indefinite
// article or a possessive ("ein Großes Lob", "meine Erste Wahl"), or an
// adjective of the same ending.
func unmarkedAdjectiveContext(lx *clause.Lex, i int) bool {
	return indefiniteBefore(lx, i) || sameEndingBefore(lx, i)
}

// plainAdjectiveAt reports whether the capitalised token i is an
// uninflected adjective that the words around make an adverb or a
// predicative: after a degree word ("sehr Freundlich", "ganz Nett"), as the
// predicative closing a clause after a form of sein, werden or bleiben
// ("Der Empfang war Freundlich."), or before an adjective or participle it
// modifies ("Absolut ruhig", "Total gehetzt"). Nouns are left alone except
// after the degree words that never precede one ("sehr Gut"), and so are
// adjectives of names ("ist Kurz" may be a name only before a verb).
func plainAdjectiveAt(lx *clause.Lex, i int) bool {
	d := lx.Doc()
	w := d.TokenText(i)
	low := lowerFirstAt(d, i)
	// Closed words only as adverbs or particles that are adjectives too ("ruhig", "schnell").
	if !isAdjectiveStem(low) || lx.Is(i, lexicon.Closed&^(lexicon.Adverb|lexicon.Particle)|lexicon.FiniteVerb) ||
		!isLowerWord(d, i-1) && !(isWord(d, i-1) && d.Tokens[i-1].SentenceStart && strongDegreeWords[d.TokenLower(i-1)]) ||
		adjacentWords(d, i) && isCapWord(d, i+1) {
		return false
	}
	prev := d.TokenLower(i - 1)
	switch {
	case headNounShape(w):
		return false
	case strongDegreeWords[prev]:
		return commonAdjectives[low] || !lx.Ask(i, isNounLikeHead)
	case lx.Ask(i, isNounLikeHead) || nounContext(lx, i-1) ||
		i >= 2 && coordinatorAt(lx, i-1) && isCapWord(d, i-2): // "zwischen Gut und Böse"
		return false
	case degreeWords[prev]:
		return prev != "so" || germanAdjective(low) // "so Hanell", a name after "so" quoting
	}
	// Coordinated with an uninflected lower-case adjective ("ist
	// Freundlich und kompetent", "sehr nett und Freundlich", "reichhaltig,
	// Frisch und lecker"); alone after a copula ("ist Wunderbar!") it is
	// left to the degree words, as a name may stand there.
	if germanAdjective(low) && ((coordinatorAt(lx, i+1) || tokenIs(d, i+1, ",")) && plainLowerAdjectiveAt(lx, i+2) ||
		(coordinatorAt(lx, i-1) || tokenIs(d, i-1, ",")) && plainLowerAdjectiveAt(lx, i-2)) {
		return true
	}
	// Before a lower-case adjective or participle it modifies; names of
	// people end like loan adjectives ("dass Haskell wahnsinnig sei").
	if !adjacentWords(d, i) || !isLowerWord(d, i+1) || nameAdjective(low) || !germanAdjective(low) {
		return false
	}
	if lx.Is(i+1, lexicon.Closed|lexicon.FiniteVerb) && !lx.Is(i+1, lexicon.Participle) {
		return false
	}
	return lowerAdjectiveAt(lx, i+1)
}

// germanAdjective reports whether an uninflected word is a common
// adjective or ends in a suffix that only German adjectives have: not the
// loan suffixes ("-ell", "-al", "-iv") and "-ig" that names share ("Haskell",
// "Craig", "Ludwig").
func germanAdjective(low string) bool {
	if commonAdjectives[low] {
		return true
	}
	for _, s := range []string{"lich", "isch", "bar", "sam", "haft", "los", "voll", "frei"} {
		if strings.HasSuffix(low, s) && len(low) > len(s)+2 {
			return true
		}
	}
	return false
}

// lowerAdjectiveAt reports whether token j is a lower-case adjective,
// inflected or not, or a participle.
func lowerAdjectiveAt(lx *clause.Lex, j int) bool {
	d := lx.Doc()
	if !isLowerWord(d, j) {
		return false
	}
	w := d.TokenText(j)
	stem, _ := lexicon.CutAdjectiveEnding(w)
	return isAdjectiveStem(w) || isAdjectiveStem(stem) || lx.Is(j, lexicon.Participle|lexicon.InflectedParticiple)
}

// plainLowerAdjectiveAt reports whether token j is an uninflected
// lower-case adjective ("lecker", "freundlich"), which coordinates only
// with another adjective or adverb.
func plainLowerAdjectiveAt(lx *clause.Lex, j int) bool {
	d := lx.Doc()
	return isLowerWord(d, j) && germanAdjective(d.TokenText(j)) && !lx.Is(j, lexicon.Closed&^(lexicon.Adverb|lexicon.Particle))
}

// strongDegreeWords grade adjectives and adverbs and never precede a noun:
// a capital after them is wrong even on a word that is a noun as well
// ("sehr Gut", "äußerst Freundlich").
var strongDegreeWords = wordSet("sehr", "äußerst", "äusserst", "ziemlich", "überaus", "höchst", "extrem",
	"besonders", "absolut", "total", "völlig", "wahnsinnig", "unglaublich", "relativ", "ausgesprochen",
	"außerordentlich", "zutiefst")

// degreeWords grade adjectives but may precede a noun as well ("ganz
// Europa", "zu Recht", "so Gott will"): only an adjective that is no noun
// counts after them.
var degreeWords = wordSet("ganz", "so", "zu", "allzu", "genauso", "ebenso", "gleich", "nicht", "auch", "noch",
	"wirklich", "echt", "richtig", "super", "eher", "recht", "weniger", "mehr")

// copulaForms are finite forms of sein, werden, bleiben and the verbs of
// seeming, whose predicative adjective may close the clause.
var copulaForms = wordSet("bin", "bist", "ist", "sind", "seid", "war", "warst", "waren", "wart", "sei", "seien",
	"wäre", "wären", "wird", "werden", "wurde", "wurden", "würde", "würden", "bleibt", "bleiben", "blieb",
	"blieben", "wirkt", "wirken", "wirkte", "wirkten", "scheint", "scheinen", "schien")

// isCapitalisedAdjective asks whether a capitalised word is an inflected
// adjective that is no noun, no number noun and not an adjective of names
// ("Schönes", not "Eigenschaften", "Zehntausende", "Deutsche", "Angehörigen").
var isCapitalisedAdjective = clause.NewQuestion(func(w string) bool { return capitalisedAdjective(w, lowerFirstWord(w)) })

// capitalisedAdjective is what isCapitalisedAdjective asks.
func capitalisedAdjective(w, low string) bool {
	if headNounShape(w) || numeralNoun(low) || strings.HasSuffix(low, "er") || measureNouns[w] {
		return false
	}
	stem, inflected := lexicon.CutAdjectiveEnding(low)
	if !inflected || len(stem) < 3 || nounLikeHead(germanLexicon(), w) && !commonAdjectives[stem] ||
		nameAdjective(stem) || !isAdjectiveStem(stem) && !superlativeStem(stem) || nominalisedAdjectives[stem] {
		return false
	}
	return germanLexicon().Classes(low)&lexicon.Closed == 0
}

// superlativeStem reports whether an adjective stem is the superlative of
// a common adjective ("größt", "neuest", "schönst"), with the umlaut of
// the superlative undone; adjectives of names ("oberst") are not.
func superlativeStem(stem string) bool {
	base, ok := strings.CutSuffix(stem, "st")
	if !ok {
		base, ok = strings.CutSuffix(stem, "ßt") // "größt"
		base += "ß"
	}
	if !ok || nameAdjectives[stem] {
		return false
	}
	base = strings.TrimSuffix(base, "e")
	if commonAdjectives[base] {
		return true
	}
	plain := strings.NewReplacer("ä", "a", "ö", "o", "ü", "u").Replace(base)
	return plain != base && commonAdjectives[plain]
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

// definiteBefore reports whether the word before token i is a definite
// article or a preposition joined with one ("der", "im", "zum").
func definiteBefore(lx *clause.Lex, i int) bool {
	d := lx.Doc()
	return isLowerWord(d, i-1) && lx.Is(i-1, lexicon.Article|lexicon.Contraction) &&
		!strings.HasPrefix(d.TokenLower(i-1), "ein")
}
