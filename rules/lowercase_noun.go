package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/clause"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

var lowercaseNoun = checker.Rule{
	ID:           "lowercase-noun",
	Title:        "Noun or nominalised adjective written in lower case",
	Category:     "fluency/capitalization",
	Severity:     checker.Minor,
	Message:      "Substantive schreibt man groß.",
	Experimental: true,
	Doc: `Catches nouns written in lower case after an article, a determiner, a preposition, a possessive, ` +
		`an inflected quantifier or a cardinal, or an adjective after one ("die frau", "mit freunden", "die neuen ` +
		`verträge", "ein anderer arzt", "zwei wochen"), and adjectives made nouns by "etwas", "nichts", "viel", ` +
		`"wenig" or "alles" ("etwas neues", "alles gute"; not "etwas anderes", where lower case is right, nor ` +
		`"etwas neues Geld"). A noun counts when the lexicon lists it (or an inflection of it) and its lower-case ` +
		`form is no other word ("arm", "recht", "leid", "teil" and the like are left alone), or when a word the ` +
		`lexicon does not know ends in a noun suffix or in a listed noun ("geschäftsleitung", "hundezentrum") ` +
		`without an adjective ending. An inflected word right before a noun is its adjective ("die zentrale ` +
		`Verwaltungsstelle", "ein weißes Rauschen"), a word in -n closing a clause after "zu" an infinitive ` +
		`("Urteile zu fällen, ob"); English text and sentences typed without capitals are left alone. ` +
		`Experimental: every finding on the native dev reviews is a real slip ("Am telefon", "etwas besseres", ` +
		`"nichts gutes", "alles erforderliche"), but 4 in 10,586 words (0.38 per 1,000) is above the budget of ` +
		`a default rule (0.1); none on the human translations of newstest2020.`,
	Bad: []string{
		`Die {{frau}} kam gestern aus Berlin.`,
		`Wir treffen uns mit {{freunden}} in der Stadt.`,
		`Die neuen {{verträge}} gelten ab Mai.`,
		`Er hat das {{auto}} verkauft.`,
		`Am {{telefon}} klang sie müde.`,
		`Wir wünschen Ihnen {{alles gute}} zum Geburtstag.`,
		`Es gibt {{nichts neues}} aus Berlin.`,
		`Die {{geschäftsleitung}} bot uns einen Rabatt an.`,
		`Wir waren mit dem Hund im {{hundezentrum}} am See.`,
		`Wir fuhren mit Freunden zur {{kinderbetreuung}} im Ort.`,
		`Ich gehe gern mit meiner {{familie}} ins Hotel.`,
		`Jedes Mal war ein anderer {{arzt}} da.`,
		`Ich war vor zwei {{wochen}} dort.`,
	},
	Good: []string{
		`Die Frau kam gestern aus Berlin.`,
		`Es tut mir leid, er ist schuld und hat recht.`,
		`Er nimmt morgen teil, das Fest findet statt.`,
		`Wir arbeiten im Team, the team is great.`,
		`Die zentralen Fragen sind gerade geklärt.`,
		`bei meinem ersten besuch war ich über das hotel erstaunt.`,
		`Er sagte etwas anderes und nichts weiter; alles andere ist gut.`,
		`Wir haben etwas neues Geld und viel gutes Essen.`,
		`Laut Quellen hat die zentrale Verwaltungsstelle entschieden.`,
		`Es gibt vier zentrale Faktoren und ein weißes Rauschen.`,
		`Es ist schwer, darüber ein Urteil zu fällen, ob er lügt.`,
		`Wir sahen die spektakulären, kaum bekannten Nordlichter.`,
		`Die Preise sind für die kompakten Modelle angemessen.`,
		`Er war mit seinem Hund unterwegs, als es regnete.`,
		`Wir haben zwei kleine Hunde, viele gute Freunde und etwas neues Geld.`,
		`Wenn ihr morgen kommt, gedenkt meiner und aller anderen.`,
	},
	Check: checkLowercaseNoun,
}

var nominalisationCasing = checker.Rule{
	ID:       "nominalisation-casing",
	Title:    "Nominalised verb or adjective written in lower case",
	Category: "fluency/capitalization",
	Severity: checker.Minor,
	Message:  "Substantivierungen schreibt man groß.",
	Doc: `Catches verbs and adjectives used as nouns but written in lower case, and fixed phrases whose ` +
		`capitals English-minded translation gets wrong: infinitives after "beim", "zum", "vom", "im", "ins" ` +
		`and "am" ("beim fahren", "zum lesen"), an infinitive after "Das" at the start of a sentence before its ` +
		`verb ("Das lesen macht Spaß", but not "Das lesen wir"), and phrases such as "im allgemeinen", "des ` +
		`weiteren", "heute abend", "zu hause", "am Besten" (where the superlative is lower case).`,
	Bad: []string{
		`Er verletzte sich beim {{fahren}}.`,
		`{{Das lesen}} macht mir Spaß.`,
		`{{Im allgemeinen}} ist das kein Problem.`,
		`Am Abend sind wir {{am Besten}} zu erreichen.`,
		`Wir fahren am Wochenende {{zu hause}} vorbei.`,
	},
	Good: []string{
		`Das lesen wir morgen.`,
		`Er kann das lesen, wenn er will.`,
		`Am besten kommen Sie heute Abend, im Allgemeinen passt das.`,
		`Die meisten kamen zum Essen, beim Fahren war es still.`,
		`Die Beschreibung des weiteren Trainings kam als erstes weibliches Baby zur Welt.`,
	},
	Check: checkNominalisationCasing,
}

func checkNominalisationCasing(pass *checker.Pass) {
	d := pass.Doc
	lx := clause.LexOf(pass)
	gx := grammarIndexOf(pass)
	for i := range candidates(pass, gx.casing) {
		if n, fixed, ok := casingPhraseAt(lx, i); ok {
			pass.Report(spanOf(d, i, i+n-1), fmt.Sprintf("Groß- und Kleinschreibung: „%s“.", fixed), fixed)
		}
	}
	for i := range candidates(pass, gx.nominal) {
		t := d.Tokens[i]
		if t.Shape != checker.Lower || t.SentenceStart {
			continue
		}
		switch {
		case inNameOrTitle(d, i):
		case nominalisedInfinitiveAt(lx, i) && !casingPhraseContains(lx, i):
			w := capitalize(d.TokenText(i))
			pass.ReportDiagnostic(checker.Diagnostic{Span: t.Span, Suggestions: []string{w}, About: []string{d.TokenText(i)},
				Message: fmt.Sprintf("Substantiviertes Verb: „%s %s“.", d.TokenText(i-1), w)})
		case i >= 1 && d.Tokens[i-1].SentenceStart && sentenceNominalisedInfinitive(lx, i) && !casingPhraseContains(lx, i):
			w := capitalize(d.TokenText(i))
			pass.ReportDiagnostic(checker.Diagnostic{Span: spanOf(d, i-1, i), Suggestions: []string{d.TokenText(i-1) + " " + w},
				About: []string{d.TokenText(i)}, Message: fmt.Sprintf("Substantiviertes Verb: „%s %s“.", d.TokenText(i-1), w)})
		}
	}
}

// nominalisingQuantifiers turn the adjective after them into a noun
// ("etwas Neues", "nichts Gutes", "alles Gute").
var nominalisingQuantifiers = wordSet("etwas", "nichts", "viel", "wenig", "allerlei", "genug", "alles")

// nominalisedAdjectiveAt reports whether the lower-case token i is an
// adjective made a noun by "etwas", "nichts", "viel", "wenig" or "alles"
// before it: "-es" after the first ones, "-e" after "alles"; not "ander-"
// (lower case is right there), not before a noun ("etwas neues Geld").
func nominalisedAdjectiveAt(lx *clause.Lex, i int) bool {
	d := lx.Doc()
	if i == 0 || !isLowerWord(d, i-1) || !nominalisingQuantifiers[d.TokenText(i-1)] || !adjacentWords(d, i-1) {
		return false
	}
	w := d.TokenText(i)
	want := "es"
	if d.TokenText(i-1) == "alles" {
		want = "e"
	}
	if !strings.HasSuffix(w, want) || strings.HasPrefix(w, "ander") || len(w) < 4 || lx.Is(i, lexicon.Closed|lexicon.Verb) ||
		!checker.IsLetters(w) {
		return false
	}
	if stem, ok := lexicon.CutAdjectiveEnding(w); !ok || !isAdjectiveStem(stem) && !lx.Is(i, lexicon.InflectedParticiple) {
		return false
	}
	next := i + 1
	return !(next < len(d.Tokens) && d.Tokens[next].Sentence == d.Tokens[i].Sentence && isWord(d, next) &&
		(isCapWord(d, next) || attributiveAt(lx, next) && isCapWord(d, next+1)))
}

func checkLowercaseNoun(pass *checker.Pass) {
	d := pass.Doc
	lx := clause.LexOf(pass)
	for i := range pass.Tokens() {
		t := d.Tokens[i]
		if t.Kind != checker.Word || t.Shape != checker.Lower || t.SentenceStart || inNameOrTitle(d, i) {
			continue
		}
		switch {
		case lowercaseNounAt(lx, i) && !(i > 0 && casingPhraseContains(lx, i)):
			w := capitalize(d.TokenText(i))
			pass.ReportDiagnostic(checker.Diagnostic{Span: t.Span, Suggestions: []string{w}, About: []string{d.TokenText(i)},
				Message: fmt.Sprintf("Substantiv kleingeschrieben: „%s“.", w)})
		case nominalisedAdjectiveAt(lx, i):
			w := capitalize(d.TokenText(i))
			pass.ReportDiagnostic(checker.Diagnostic{Span: spanOf(d, i-1, i), Suggestions: []string{d.TokenText(i-1) + " " + w},
				About: []string{d.TokenText(i)}, Message: fmt.Sprintf("Substantiviertes Adjektiv: „%s %s“.", d.TokenText(i-1), w)})
		}
	}
}

// casingPhraseContains reports whether token i ends a fixed phrase of
// nominalisation-casing ("zu hause"), which that rule reports.
func casingPhraseContains(lx *clause.Lex, i int) bool {
	for j := max(0, i-3); j < i; j++ {
		if n, _, ok := casingPhraseAt(lx, j); ok && j+n-1 >= i {
			return true
		}
	}
	return false
}

// nominalisingContractions turn the infinitive after them into a noun ("beim Fahren").
var nominalisingContractions = wordSet("beim", "zum", "vom", "im", "ins", "am")

// nominalisedInfinitiveAt reports whether the lower-case token i is an
// infinitive after beim, zum, vom, im, ins or am, not followed by a noun
// (which would make it an adjective).
func nominalisedInfinitiveAt(lx *clause.Lex, i int) bool {
	d := lx.Doc()
	if i == 0 || !isLowerWord(d, i-1) || !nominalisingContractions[d.TokenText(i-1)] || !adjacentWords(d, i-1) {
		return false
	}
	if !lx.Is(i, lexicon.Infinitive) || lx.Is(i, lexicon.Closed) || !strings.HasSuffix(d.TokenText(i), "n") {
		return false
	}
	return !(isWord(d, i+1) && d.Tokens[i+1].Shape == checker.Capitalized && d.Tokens[i+1].Sentence == d.Tokens[i].Sentence)
}

// sentenceNominalisedInfinitive reports whether token i is an infinitive
// after a sentence-initial "Das", "Dem" or "Beim" and before a finite verb
// that is no pronoun's: "Das lesen macht Spaß" (but "Das lesen wir").
func sentenceNominalisedInfinitive(lx *clause.Lex, i int) bool {
	d := lx.Doc()
	switch d.TokenText(i - 1) {
	case "Das", "Dem", "Beim", "Zum":
	default:
		return false
	}
	if !adjacentWords(d, i-1) || !lx.Is(i, lexicon.Infinitive) || lx.Is(i, lexicon.Closed) || !isLowerWord(d, i+1) {
		return false
	}
	if d.TokenText(i-1) == "Beim" || d.TokenText(i-1) == "Zum" {
		return true
	}
	return knownFiniteAt(lx, i+1) && !lx.Is(i+1, lexicon.Infinitive|lexicon.Participle|lexicon.Closed)
}

// lowercaseNounAt reports whether the lower-case token i is a listed noun
// written in lower case where a noun stands: after an article, determiner,
// preposition or number, or after an inflected adjective that follows one.
func lowercaseNounAt(lx *clause.Lex, i int) bool {
	d := lx.Doc()
	w := d.TokenText(i)
	if len(w) < 3 || lx.Classes(i) != 0 || !(nounSlot(lx, i-1) || i >= 2 && attributiveAt(lx, i-1) && nounSlot(lx, i-2)) {
		return false
	}
	if !(lx.Ask(i, isKnownNounLower) || lx.Ask(i, isCompoundNounLower)) || lx.Ask(i, isHomographForm) ||
		!checker.IsLetters(w) || englishAround(d, i) || lowercaseSentence(d, i) {
		return false
	}
	if i+1 < len(d.Tokens) && isCapWord(d, i+1) && d.Tokens[i+1].Sentence == d.Tokens[i].Sentence &&
		(lx.Ask(i+1, isKnownNoun) || attributiveAt(lx, i) && nounLikeAt(d, i+1)) {
		// "die deutsch Bank" is something else, and an inflected word
		// before a noun is its adjective: "die zentrale Verwaltungsstelle",
		// "ein weißes Rauschen".
		return false
	}
	return !zuInfinitiveAt(lx, i) // "ihre Urteile darüber zu fällen, ob …"
}

// zuInfinitiveAt reports whether the lower-case token i reads as an
// infinitive after "zu": it ends in -n and closes its clause (punctuation
// or the end of the sentence follows), as in "Urteile zu fällen, ob".
func zuInfinitiveAt(lx *clause.Lex, i int) bool {
	d := lx.Doc()
	if !tokenIs(d, i-1, "zu") || !strings.HasSuffix(d.TokenText(i), "n") {
		return false
	}
	next := i + 1
	return next >= len(d.Tokens) || d.Tokens[next].Sentence != d.Tokens[i].Sentence || d.Tokens[next].Kind == checker.Punct
}

// nounSlot reports whether token j makes the word after it a noun: a
// lower-case article, possessive, demonstrative, preposition or contraction,
// or a number.
func nounSlot(lx *clause.Lex, j int) bool {
	d := lx.Doc()
	if j < 0 || j+1 >= len(d.Tokens) || d.Tokens[j].Sentence != d.Tokens[j+1].Sentence {
		return false
	}
	if d.Tokens[j].Kind == checker.Number {
		return !strings.ContainsAny(d.TokenText(j), ":")
	}
	if !isWord(d, j) || !(isLowerWord(d, j) || d.Tokens[j].SentenceStart) {
		return false
	}
	if lx.Is(j, lexicon.Subordinator|lexicon.Coordinator) {
		return false
	}
	if lx.Is(j, lexicon.PersonalPronoun) {
		// "meiner", "unser" are possessives here and personal pronouns only
		// in the rare genitive; "ihr" is also a subject ("ihr fahrt").
		return lx.Is(j, lexicon.PossessivePronoun) && d.TokenLower(j) != "ihr"
	}
	if lx.Is(j, lexicon.IndefinitePronoun|lexicon.Numeral) && !lx.Is(j, lexicon.Article) {
		// An inflected quantifier ("ein anderer arzt", "viele leute") or a
		// cardinal ("zwei wochen"), not "etwas", "man" or "erste".
		w := d.TokenLower(j)
		_, inflected := lexicon.CutAdjectiveEnding(w)
		return inflected && lx.Is(j, lexicon.IndefinitePronoun) || lx.Is(j, lexicon.Numeral) && !inflected
	}
	return lx.Is(j, lexicon.Article|lexicon.PossessivePronoun|lexicon.DemonstrativePronoun|lexicon.Preposition|
		lexicon.Contraction)
}

// englishAround reports whether a neighbour of token i is an English word,
// so that the lower-case word belongs to English text ("in team meetings").
func englishAround(d *checker.Doc, i int) bool {
	for _, j := range []int{i - 1, i + 1} {
		if isLowerWord(d, j) && (englishFunctionWords[d.TokenText(j)] || isEnglishDictionaryWord(d.TokenText(j)) &&
			!germanLexicon().Is(d.TokenText(j), lexicon.Closed|lexicon.Verb)) {
			return true
		}
	}
	return false
}

// isHomographForm asks whether a lower-case word is one of the
// lowercaseHomographs or an inflection of one ("gute", "jungen").
var isHomographForm = clause.NewQuestion(isHomographLower)

// isHomographLower answers isHomographForm.
func isHomographLower(w string) bool {
	if lowercaseHomographs[w] {
		return true
	}
	stem, inflected := lexicon.CutAdjectiveEnding(w)
	return inflected && (lowercaseHomographs[stem] || commonAdjectives[stem])
}

// lowercaseSentence reports whether the sentence of token i starts with a
// lower-case letter: text typed without capitals, not a slip in one word.
func lowercaseSentence(d *checker.Doc, i int) bool {
	s := sentenceOfToken(d, i)
	for j := s.First; j < s.End; j++ {
		if d.Tokens[j].Kind == checker.Word {
			return d.Tokens[j].Shape == checker.Lower
		}
	}
	return false
}

// lowercaseHomographs are listed nouns whose lower-case form is a word of
// another class: adjectives, adverbs, prepositions, separable particles
// ("es tut mir leid", "er nimmt teil", "dank", "laut").
var lowercaseHomographs = wordSet("arm", "reich", "gut", "recht", "unrecht", "ernst", "wert", "weg", "fest", "still",
	"laut", "leid", "schuld", "angst", "pleite", "spitze", "klasse", "weise", "morgen", "abend", "mittag", "nacht",
	"ende", "teil", "mitte", "kraft", "dank", "statt", "trotz", "zeit", "namens", "heim", "hoch", "frei", "tot",
	"preis", "acht", "halt", "stand", "rund", "wohl", "los", "platz", "kurz", "lang", "nahe", "super", "online",
	"live", "bad", "fan", "star", "post", "art", "boss", "job", "deal", "show", "team", "link", "feed", "chat",
	"shop", "service", "design", "update", "software", "hardware", "internet", "ticket", "image", "trend",
	"like", "support", "management", "marketing", "business", "event", "meeting", "tablet", "browser",
	"plus", "minus", "gas", "grund", "seite", "stelle", "anfang", "beginn", "folge", "zuge", "kosten", "lauf",
	"ort", "hand", "bezug", "dienst", "fall", "sitz", "rat", "ruhe", "reihe", "mal", "stück", "paar", "bisschen",
	"zusammenhang", "wegen", "bange", "gang", "rande")

// casingPhrases are fixed phrases whose capitals are often wrong, written
// wrongly (lower case) and rightly.
var casingPhrases = map[string]string{
	"im allgemeinen": "im Allgemeinen", "im übrigen": "im Übrigen", "des weiteren": "des Weiteren",
	"im voraus": "im Voraus", "im nachhinein": "im Nachhinein", "bis auf weiteres": "bis auf Weiteres",
	"im großen und ganzen": "im Großen und Ganzen", "als erstes": "als Erstes", "als nächstes": "als Nächstes",
	"als letztes": "als Letztes", "jedes mal": "jedes Mal", "zum ersten mal": "zum ersten Mal",
	"zum zweiten mal": "zum zweiten Mal", "zum letzten mal": "zum letzten Mal", "beim ersten mal": "beim ersten Mal",
	"dieses mal": "dieses Mal", "heute abend": "heute Abend", "gestern abend": "gestern Abend",
	"morgen abend": "morgen Abend", "heute morgen": "heute Morgen", "gestern morgen": "gestern Morgen",
	"heute nacht": "heute Nacht", "gestern nacht": "gestern Nacht", "heute mittag": "heute Mittag",
	"heute nachmittag": "heute Nachmittag", "gestern nachmittag": "gestern Nachmittag", "in bezug auf": "in Bezug auf",
	"mit bezug auf": "mit Bezug auf", "auf deutsch": "auf Deutsch", "auf englisch": "auf Englisch",
	"im folgenden": "im Folgenden", "im wesentlichen": "im Wesentlichen", "im einzelnen": "im Einzelnen",
	"im klaren": "im Klaren", "aufs neue": "aufs Neue", "zu hause": "zu Hause",
	"nach hause": "nach Hause", "angst haben": "Angst haben", "im stande": "imstande", "rad fahren": "Rad fahren",
	"auto fahren": "Auto fahren",
}

// casingPhraseAt reports whether a fixed phrase written with the wrong
// capitals starts at token i, and returns its length in tokens and the
// right spelling. "am Besten", "am Meisten" (a superlative after "am" with a
// capital) counts too.
func casingPhraseAt(lx *clause.Lex, i int) (int, string, bool) {
	d := lx.Doc()
	if d.Tokens[i].Kind != checker.Word || i+1 >= len(d.Tokens) {
		return 0, "", false
	}
	phrases, ok := casingPhraseTable[d.TokenLower(i)]
	if !ok || !adjacentWords(d, i) {
		return 0, "", false
	}
	if d.TokenLower(i) == "am" {
		w := d.TokenLower(i + 1)
		if d.Tokens[i+1].Shape == checker.Capitalized && strings.HasSuffix(w, "sten") && len(w) > 5 &&
			!lx.Ask(i+1, isKnownNoun) && lx.Classes(i+1)&(lexicon.Verb|lexicon.Noun) == 0 {
			return 2, d.TokenText(i) + " " + w, true
		}
		return 0, "", false
	}
	if d.Tokens[i].Shape != checker.Lower && !d.Tokens[i].SentenceStart {
		return 0, "", false // a capital mid-sentence is some other problem
	}
	for _, p := range phrases {
		n := len(p.wrong)
		if i+n > len(d.Tokens) || !matchesPhrase(d, i, p.wrong) {
			continue
		}
		if next := i + n; next < len(d.Tokens) && d.Tokens[next].Sentence == d.Tokens[i].Sentence &&
			(isCapWord(d, next) || isLowerWord(d, next) && isCapWord(d, next+1)) {
			return 0, "", false // "des weiteren Trainings", "als erstes weibliches Baby": an adjective
		}
		right := p.right
		if d.Tokens[i].SentenceStart {
			right = capitalize(right)
		}
		return n, right, true
	}
	return 0, "", false
}

// matchesPhrase reports whether the tokens from i on are the words of a
// phrase, one word per token on one line, the first compared in lower case.
func matchesPhrase(d *checker.Doc, i int, words []string) bool {
	for k, w := range words {
		j := i + k
		if k > 0 && !adjacentWords(d, j-1) {
			return false
		}
		if k == 0 && d.TokenLower(j) != w || k > 0 && d.TokenText(j) != w {
			return false
		}
	}
	return true
}

// casingPhrase is an entry of casingPhrases split into words.
type casingPhrase struct {
	wrong []string
	right string
}

// casingPhraseSeconds are the second words of the casingPhrases.
var casingPhraseSeconds = func() map[string]bool {
	m := map[string]bool{}
	for wrong := range casingPhrases {
		m[strings.Fields(wrong)[1]] = true
	}
	return m
}()

// casingPhraseTable indexes casingPhrases by their first word; "am" stands
// for the superlatives ("am Besten").
var casingPhraseTable = func() map[string][]casingPhrase {
	m := map[string][]casingPhrase{"am": nil}
	for wrong, right := range casingPhrases {
		words := strings.Fields(wrong)
		m[words[0]] = append(m[words[0]], casingPhrase{wrong: words, right: right})
	}
	for _, ps := range m {
		slices.SortFunc(ps, func(a, b casingPhrase) int { return len(b.wrong) - len(a.wrong) })
	}
	return m
}()
