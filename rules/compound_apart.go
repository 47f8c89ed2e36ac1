package rules

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/clause"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

var compoundApart = checker.Rule{
	ID:       "compound-apart",
	Title:    "Compound noun written as two words",
	Category: "fluency/spelling",
	Severity: checker.Minor,
	Message:  "Zusammensetzungen schreibt man im Deutschen zusammen oder mit Bindestrich.",
	Doc: `Catches a compound noun written apart the English way: "das Twitter Konto", "die Social Media ` +
		`Kanäle", "die EU Kommission", "der Regierungs Sprecher", "Die Kunden Daten wurden gestohlen", and mixed ` +
		`forms ("die Social-Media Kanäle", "die E-Mail Adresse"). German joins the parts ("Kundendaten") or, ` +
		`after names, acronyms and English words, links them with hyphens ("Twitter-Konto", ` +
		`"Social-Media-Kanäle"). The second part must be a noun of the lexicon; the first a brand, an English ` +
		`word, an acronym or a hyphenated compound after an article, preposition or adjective, a noun with a ` +
		`linking element ("Regierungs") or a bare verb stem ("Stell Plätze", "Straf Sache"), or a noun when ` +
		`both stand together before the verb of a main clause (where two noun phrases cannot; a genitive or a ` +
		`prepositional phrase may follow: "Der Grund Riss unseres Hauses ist …") or when the determiner ` +
		`cannot take the first noun, only the second ("das Hunde Zentrum", "ein Kinder Buch", "am Wochen ` +
		`Ende"; a weak noun after a dative, "dem Kunden Geld", and a genitive, "Anfang dieses Jahres ` +
		`Schlagzeilen", are left alone). Titles and names ("Präsident Biden", "die Zeitung Welt"), measures ` +
		`("drei Jahre Haft", "ein Glas Wasser"), dates ("Anfang Mai") and two objects ("gab dem Mann Geld") ` +
		`are left alone.`,
	Bad: []string{
		`Sein {{Twitter Konto}} wurde gesperrt.`,
		`Wir posten auf allen {{Social Media Kanälen}}.`,
		`Die {{EU Kommission}} legte einen Plan vor.`,
		`Ein {{Regierungs Sprecher}} bestätigte den Bericht.`,
		`Die {{Kunden Daten}} wurden gestohlen.`,
		`Bitte geben Sie Ihre {{E-Mail Adresse}} an.`,
		`Die {{Social-Media Kanäle}} des Ministeriums schweigen.`,
		`Wir lösten den {{Geburtstags Gutschein}} ein.`,
		`Die Reaktion des {{Panzer Fahrers}} war unfreundlich.`,
		`Wir besuchten das {{Hunde Zentrum}} am Stadtrand.`,
		`Sie las in einem {{Kinder Buch}}, wir trafen uns im {{Hunde Zentrum}}.`,
		`Er kaufte ein {{Kinder Buch}} und kam am {{Wochen Ende}} zurück.`,
		`Das {{iPhone Modell}} ist neu.`,
		`Am Bahnhof gibt es genug {{Stell Plätze}}.`,
		`Der {{Grund Riss}} unseres Hauses ist kompliziert.`,
		`Sie folgt dem {{Twitter Konto}} des Kanzlers.`,
	},
	Good: []string{
		`Sein Twitter-Konto wurde gesperrt, die EU-Kommission schwieg.`,
		`Präsident Biden und Kanzler Scholz trafen Minister Habeck.`,
		`Er bekam drei Jahre Haft und trank ein Glas Wasser.`,
		`Die Ausstellung beginnt Anfang Mai, Ende Juni ist Schluss.`,
		`Er gab dem Mann Geld, sie schenkte der Frau Blumen.`,
		`Ich weiß, dass die Regierung Maßnahmen ergreift.`,
		`Die Zeitung Welt und die Partei Linke berichteten.`,
		`Heute sammelt Facebook Daten, morgen Google.`,
		`Laut Polizei kam niemand zu Schaden.`,
		`Er fuhr mit zwei Autos Kolonne, die Zahl des Jahres Ende Mai stand fest.`,
		`Er gab dem Kunden Geld und dem Jungen Bücher.`,
		`Er handelte im Sinne Gottes, und sie las im Urlaub Bücher.`,
		`Es ist ein Spiel, das Kinder Freude macht.`,
		`Die US Open beginnen, und das Kind trägt Zeitungen aus.`,
		`Er machte Anfang dieses Jahres Schlagzeilen, am Ende des Tages Überstunden.`,
		`Der Name Gottes und der Wille Gottes stehen im Text.`,
	},
	Check: checkCompoundApart,
}

func checkCompoundApart(pass *checker.Pass) {
	d := pass.Doc
	lx := clause.LexOf(pass)
	var ca *clause.Analysis
	for i := range candidates(pass, grammarIndexOf(pass).compound) {
		if !adjacentWords(d, i) || !isCapWord(d, i+1) || d.Tokens[i+1].Shape != checker.Capitalized ||
			!isCapWord(d, i) && !isHyphenated(d.TokenText(i)) && !compoundBrands[d.TokenText(i)] {
			continue
		}
		if !lx.Ask(i+1, isKnownNoun) || inNameOrTitle(d, i) {
			continue
		}
		kind, first := compoundKindAt(lx, i)
		if kind == compoundGerman && !genitiveMismatch(lx, i) && !determinerMismatch(lx, i) {
			if ca == nil {
				ca = clause.Of(pass)
			}
			if !(finiteAfter(lx, i+2) || attributeAfter(lx, i+2)) || !inVorfeld(ca, d, i) ||
				!onlyDeterminersBefore(lx, i) {
				kind = compoundNone
			}
		}
		if kind == compoundNone {
			continue
		}
		a, b := d.Slice(spanOf(d, first, i)), d.TokenText(i+1)
		hyphened := strings.ReplaceAll(strings.TrimRight(a, "-"), " ", "-") + "-" + b
		suggestions := []string{hyphened}
		if kind == compoundGerman || kind == compoundLinked {
			suggestions = []string{a + lowerFirstWord(b), hyphened}
		}
		pass.Report(spanOf(d, first, i+1), fmt.Sprintf("Getrennt geschriebene Zusammensetzung: „%s“.", suggestions[0]),
			suggestions...)
	}
}

// compoundKind is the kind of first part of a compound written apart.
type compoundKind uint8

const (
	compoundNone    compoundKind = iota
	compoundForeign              // a brand, an English word, an acronym or a hyphenated compound: Twitter Konto
	compoundLinked               // a noun with a linking element: Regierungs Sprecher
	compoundGerman               // a noun: Kunden Daten (only before the verb of a main clause)
)

// compoundKindAt says what kind of first part of a compound written apart
// token i is, when token i+1 is a known noun, and returns the first token of
// the first part: "Social Media" is one first part of two words.
func compoundKindAt(lx *clause.Lex, i int) (compoundKind, int) {
	d := lx.Doc()
	// A first noun that its determiner cannot take measures nothing and
	// dates nothing: "am Wochen Ende", "ein Stunden Lohn".
	if determinerMismatch(lx, i) && !compoundFirstTitles[d.TokenText(i)] &&
		!titleNouns.match(strings.ToLower(d.TokenText(i))) {
		return compoundGerman, i
	}
	if compoundFirstExcluded(lx, i) || lx.Ask(i+1, isExcludedSecond) {
		return compoundNone, i
	}
	switch {
	case lx.Ask(i, isLinkedFirst) && d.Tokens[i].Shape == checker.Capitalized:
		return compoundLinked, i
	case genitiveMismatch(lx, i):
		return compoundGerman, i
	case verbStemFirst(lx, i):
		return compoundLinked, i
	case foreignFirstPart(lx, i):
		first := i
		for first > 0 && adjacentWords(d, first-1) && englishFirstPart(lx, first-1) && !d.Tokens[first].SentenceStart {
			first--
		}
		if foreignHead(lx, i+1) || !foreignCompoundContext(lx, first, d.Tokens[first].Shape == checker.Upper) {
			return compoundNone, i
		}
		return compoundForeign, first
	case d.Tokens[i].Shape == checker.Capitalized && lx.Ask(i, isKnownNoun) && !lx.Ask(i, isAdjectiveForm):
		return compoundGerman, i
	}
	return compoundNone, i
}

// verbStemFirst reports whether the capitalised token i is the stem of a
// verb and nothing else: an imperative that is no finite form and no noun
// ("Stell", "Straf", "Wohn"). Inside a sentence, before a noun, it can only
// be the first part of a compound: "Stell Plätze", "Straf Sache".
func verbStemFirst(lx *clause.Lex, i int) bool {
	d := lx.Doc()
	return d.Tokens[i].Shape == checker.Capitalized && !d.Tokens[i].SentenceStart &&
		utf8.RuneCountInString(d.TokenText(i)) >= 4 && lx.Is(i, lexicon.Imperative) &&
		!lx.Is(i, lexicon.FiniteVerb|lexicon.Closed|lexicon.Infinitive|lexicon.Participle) && !lx.Ask(i, isKnownNoun) &&
		!lx.Ask(i, isEnglishWordAnyCase)
}

// isExcludedSecond asks whether a word cannot be the second part of a
// compound written apart: a date or measure noun that follows a noun as a
// phrase of its own ("Ende Juni"), or an inflected adjective.
var isExcludedSecond = clause.NewQuestion(func(w string) bool { return compoundSecondExcluded[w] || adjectiveForm(w) })

// isAdjectiveForm asks adjectiveForm of a capitalised word.
var isAdjectiveForm = clause.NewQuestion(adjectiveForm)

// isLinkedFirst asks whether a capitalised word is a first part with a
// linking element: a feminine noun ending in -s ("Regierungs") or a listed
// noun with a linking "s" (linkingS).
var isLinkedFirst = clause.NewQuestion(func(w string) bool { return linkedFirstPart(w) || linkingS(w) })

// isCompoundFirstTitle asks whether a word introduces a name or measures
// what follows ("Präsident", "Zeitung", "Glas", "Jahre").
var isCompoundFirstTitle = clause.NewQuestion(func(w string) bool {
	if titleNouns.match(strings.ToLower(w)) || compoundFirstTitles[w] || measureNouns[w] {
		return true
	}
	measure := false
	eachNounStem(w, func(s string) bool {
		measure = measureNouns[s]
		return !measure
	})
	return measure
})

// linkingS reports whether the capitalised token i is a listed noun with a
// linking "s" ("Geburtstags", "Arbeits"): outside names, German puts no
// genitive before its noun, so the pair is a compound. Plurals in -s
// ("Autos", "Hotels") are left alone: the noun must end in a consonant and
// not be an English loan.
func linkingS(a string) bool {
	stem, ok := strings.CutSuffix(a, "s")
	if !ok || !isCapitalised(a) || utf8.RuneCountInString(stem) < 4 || strings.HasSuffix(stem, "s") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(stem)
	if strings.ContainsRune("aeiouäöüy", last) || isEnglishDictionaryWord(strings.ToLower(stem)) ||
		lowercaseHomographs[strings.ToLower(stem)] {
		return false
	}
	e := germanLexicon().Lookup(stem)
	return e.Class&lexicon.Noun != 0 && e.Folded&lexicon.Noun == 0
}

// genitiveMismatch reports whether nouns at tokens i and i+1 follow a
// genitive determiner ("des", "eines", "seines" …, with adjectives between)
// and only the second has the genitive ending: "des begleitenden Panzer
// Fahrers" is one noun, "Panzerfahrers".
func genitiveMismatch(lx *clause.Lex, i int) bool {
	d := lx.Doc()
	a, b := d.TokenText(i), d.TokenText(i+1)
	if strings.HasSuffix(a, "s") || strings.HasSuffix(a, "n") || strings.HasSuffix(a, "e") && !strings.HasSuffix(a, "ee") ||
		!strings.HasSuffix(b, "s") || strings.HasSuffix(b, "ss") || !lx.Ask(i, isKnownNoun) {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if !isLowerWord(d, j) {
			return false
		}
		if masculineGenitives[d.TokenText(j)] {
			return true
		}
		if !attributiveAt(lx, j) {
			return false
		}
	}
	return false
}

// determinerMismatch reports whether the first noun at token i is an
// inflected form (a plural: "Hunde", "Küchen") that the determiner before
// it cannot take, so that only the second noun is its head: "das Hunde
// Zentrum", "ein Küchen Studio", "im Hunde Zentrum". A determiner without
// ending ("das", "ein", "mein") takes only the bare noun; one of the
// dative singular ("dem", "einem", "im") no plural in -e or -er. A weak
// noun after a dative ("dem Kunden Geld geben") and a genitive after the
// second noun ("im Sinne Gottes") are left alone.
func determinerMismatch(lx *clause.Lex, i int) bool {
	d := lx.Doc()
	a, b := d.TokenText(i), d.TokenText(i+1)
	if d.Tokens[i].Shape != checker.Capitalized {
		return false
	}
	// The determiner first, the lexicon only when there is one.
	lemma, looked := "", false
	inflected := func() bool {
		if !looked {
			looked = true
			l, ok := listedNounForm(lx.Lexicon(), a)
			if !ok || l == a || lx.Ask(i, isAdjectiveForm) || lx.Ask(i+1, isAdjectiveForm) {
				return false
			}
			lemma = l
		}
		return lemma != ""
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if !isLowerWord(d, j) && !(isWord(d, j) && d.Tokens[j].SentenceStart) {
			return false
		}
		w := d.TokenLower(j)
		switch {
		case bareDeterminers[w]:
			// A relative "das" opens a clause: "ein Spiel, das Kinder
			// Freude macht"; "dieses" and "jenes" are genitives as well:
			// "Anfang dieses Jahres Schlagzeilen machen".
			return !(w == "das" && tokenIs(d, j-1, ",")) && !strings.HasSuffix(a, "s") && inflected()
		case dativeSingularDeterminers[w] || w == "einen":
			// A plural in -e or -er, or in -n of a noun in -e that is no
			// weak masculine ("dem Kunden", "einen Namen").
			if strings.HasSuffix(b, "s") || !inflected() {
				return false
			}
			if strings.HasSuffix(a, "n") {
				return a == lemma+"n" && strings.HasSuffix(lemma, "e") && !weakMasculines[lemma]
			}
			return true
		case attributiveAt(lx, j) || d.Tokens[j].SentenceStart && lx.Ask(j, isAdjectiveForm):
		default:
			return false
		}
	}
	return false
}

// weakMasculines are masculine nouns in -e that end in -n in the singular
// outside the nominative ("dem Kunden", "einen Namen"): after a singular
// determiner their -n form is no plural.
var weakMasculines = wordSet("Kunde", "Junge", "Kollege", "Experte", "Zeuge", "Bote", "Erbe", "Affe", "Löwe", "Hase",
	"Rabe", "Name", "Gedanke", "Glaube", "Wille", "Friede", "Buchstabe", "Funke", "Same", "Haufe", "Franzose",
	"Brite", "Grieche", "Türke", "Russe", "Pole", "Schwede", "Däne", "Chinese", "Laie", "Neffe", "Sklave", "Riese",
	"Knabe", "Gatte", "Jude", "Genosse", "Gefährte", "Hirte", "Drache", "Falke", "Ochse", "Kommilitone", "Insasse",
	"Biologe", "Psychologe", "Soziologe", "Pädagoge", "Geologe", "Kunde", "Matrose", "Gehilfe", "Lotse", "Recke")

// bareDeterminers take a noun without ending: neuter nominative and
// accusative, masculine nominative ("das Haus", "ein Kunde", "mein Hund").
var bareDeterminers = wordSet("das", "dieses", "jenes", "ein", "kein", "mein", "dein")

// dativeSingularDeterminers open only a dative singular ("dem Haus", "im
// Garten"): a plural needs "den".
var dativeSingularDeterminers = wordSet("dem", "einem", "diesem", "jenem", "jedem", "keinem", "meinem", "deinem",
	"seinem", "ihrem", "unserem", "welchem", "im", "am", "vom", "zum", "beim")

// masculineGenitives are the determiners of a masculine or neuter genitive.
var masculineGenitives = wordSet("des", "eines", "keines", "dieses", "jenes", "jedes", "meines", "deines", "seines",
	"ihres", "unseres", "eures", "welches")

// foreignFirstPart reports whether token i is a first part that German
// links with a hyphen: a hyphenated compound, an acronym, a brand or a
// capitalised English word the lexicon does not know.
func foreignFirstPart(lx *clause.Lex, i int) bool {
	d := lx.Doc()
	a, t := d.TokenText(i), d.Tokens[i]
	switch {
	case isHyphenated(a):
		// A modifier in itself ("Social-Media", "E-Mail"), not a compound
		// with a German head ("WikiLeaks-Aktivitäten") or an adjective
		// ("HIV-positiven").
		k := strings.LastIndexFunc(a, checker.IsHyphen)
		_, n := utf8.DecodeRuneInString(a[k:])
		last := a[k+n:]
		if letterPrefixed(a) {
			return true // "E-Mail Adresse"
		}
		return t.Shape != checker.Lower && checker.IsLetters(last) && isCapitalised(last) &&
			!isListedNoun(lx.Lexicon(), last) && !germanNounShape(last) && !strings.HasSuffix(a, "s")
	case t.Shape == checker.Upper:
		n := utf8.RuneCountInString(a)
		return n >= 2 && n <= 5 && !lx.Is(i, lexicon.Closed) && checker.IsLetters(a)
	}
	return englishFirstPart(lx, i)
}

// letterPrefixed reports whether w is a noun of one capital letter, a hyphen
// and a word ("E-Mail", "E-Auto"), which compounds link with another hyphen.
func letterPrefixed(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || len(w) <= n+2 || w[n] != '-' {
		return false
	}
	rest := w[n+1:]
	return checker.IsLetters(rest) && isCapitalised(rest) && !strings.ContainsRune(rest, '-')
}

// englishFirstPart reports whether token i is a brand or a capitalised
// English word the lexicon does not know ("Twitter", "Social", "Media").
func englishFirstPart(lx *clause.Lex, i int) bool {
	d := lx.Doc()
	a, t := d.TokenText(i), d.Tokens[i]
	if compoundBrands[a] {
		return true
	}
	return t.Shape == checker.Capitalized && !lx.Ask(i, isKnownNoun) && lx.Classes(i) == 0 && lx.Ask(i, isEnglishWordAnyCase)
}

// isEnglishWordAnyCase asks whether a word, lower-cased, is a content word
// of the English dictionary.
var isEnglishWordAnyCase = clause.NewQuestion(func(w string) bool { return isEnglishDictionaryWord(strings.ToLower(w)) })

// foreignHead reports whether the noun at token j is English, or followed
// by another capitalised word of a name: "CNN Business", "Energy
// Information Administration", "Tesla Motors".
func foreignHead(lx *clause.Lex, j int) bool {
	d := lx.Doc()
	b := d.TokenText(j)
	if lx.Ask(j, isEnglishWordAnyCase) || strings.HasSuffix(b, "ies") || compoundBrands[b] || nameHeads[b] {
		return true
	}
	return adjacentWords(d, j) && isCapWord(d, j+1) && !lx.Is(j+1, lexicon.Closed) && !lx.Ask(j+1, isKnownNoun)
}

// nameHeads end names of English companies and media ("WWL Radio", "CNN
// Business", "Tesla Motors"), not German compounds.
var nameHeads = wordSet("Radio", "News", "TV", "Television", "Business", "Magazine", "Group", "Service", "Services",
	"Motors", "Media", "Airlines", "Airways", "Records", "Studios", "Pictures", "Entertainment", "Network",
	"Foundation", "Institute", "Center", "Centre", "Agency", "Administration", "Company", "Bank", "Times", "Post",
	"Journal", "Press", "Capital", "Partners", "Holding", "Holdings", "Technologies", "Systems", "Labs", "Club")

// headNounSuffixes end German nouns, also in the plural ("Aktivitäten", "Regierungen").
var headNounSuffixes = []string{"ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tät",
	"täten", "tion", "tionen", "ismus", "nis", "nisse", "ling", "linge", "chen", "ment", "ments"}

// germanNounShape reports whether a capitalised word ends like a German noun.
func germanNounShape(w string) bool { return headNounShape(w) }

// headNounShape reports whether a capitalised word ends like a German noun.
func headNounShape(w string) bool {
	for _, s := range headNounSuffixes {
		if strings.HasSuffix(w, s) && utf8.RuneCountInString(w) > utf8.RuneCountInString(s)+2 {
			return true
		}
	}
	return false
}

// adjectiveForm reports whether a capitalised word is an inflected
// adjective ("Weiße", "Junge", "Neuen"): a noun part of a compound is not.
func adjectiveForm(w string) bool {
	stem, inflected := lexicon.CutAdjectiveEnding(lowerFirstWord(w))
	return inflected && (isAdjectiveStem(stem) || nameAdjectives[stem])
}

// foreignCompoundContext reports whether the first part at token i stands
// where a noun phrase begins (after an article, possessive, number or
// adjective, an acronym also after a preposition, or at the start of the
// sentence) and not as a bare subject or object ("dass Facebook Daten
// sammelt", "auf Twitter Bilder veröffentlichen").
func foreignCompoundContext(lx *clause.Lex, i int, acronym bool) bool {
	d := lx.Doc()
	if d.Tokens[i].SentenceStart {
		return true
	}
	j := i - 1
	if j < 0 {
		return false
	}
	if d.Tokens[j].Kind == checker.Number {
		return true
	}
	if d.Tokens[j].Kind == checker.Word && (isLowerWord(d, j) || d.Tokens[j].SentenceStart || lx.Ask(j, isPoliteForm)) &&
		(lx.Is(j, lexicon.Article|lexicon.PossessivePronoun|lexicon.DemonstrativePronoun|lexicon.Contraction|
			lexicon.IndefinitePronoun|lexicon.Numeral) || acronym && lx.Is(j, lexicon.Preposition) || attributiveAt(lx, j)) &&
		!lx.Is(j, lexicon.PersonalPronoun|lexicon.Subordinator|lexicon.Coordinator) {
		return true
	}
	return false
}

// linkedFirstPart reports whether a capitalised word ends in a linking "s"
// that only the first part of a compound has: a feminine noun ending
// ("Regierungs", "Gesundheits", "Wirtschafts", "Informations").
func linkedFirstPart(w string) bool {
	for _, s := range []string{"ungs", "heits", "keits", "schafts", "tions", "täts", "sions"} {
		if strings.HasSuffix(w, s) && utf8.RuneCountInString(w) > len(s)+2 {
			return true
		}
	}
	return false
}

// compoundFirstExcluded reports whether the first part at token i is a
// title, a measure or a time noun, or stands after a number or in a
// genitive, where two nouns side by side are German.
func compoundFirstExcluded(lx *clause.Lex, i int) bool {
	d := lx.Doc()
	if lx.Ask(i, isCompoundFirstTitle) {
		return true
	}
	if i > 0 && (d.Tokens[i-1].Kind == checker.Number || isLowerWord(d, i-1) && lx.Is(i-1, lexicon.Numeral)) &&
		d.Tokens[i].Shape == checker.Capitalized && lx.Ask(i, isKnownNoun) {
		return true // "drei Jahre Haft"
	}
	return false
}

// compoundFirstTitles are nouns that introduce a name or a second noun
// phrase rather than a compound.
var compoundFirstTitles = wordSet("Herr", "Herrn", "Frau", "Präsident", "Präsidentin", "Kanzler", "Kanzlerin",
	"Minister", "Ministerin", "König", "Königin", "Papst", "Prinz", "Prinzessin", "Doktor", "Professor",
	"Professorin", "Firma", "Stadt", "Gemeinde", "Land", "Bundesland", "Staat", "Kaiser", "General", "Trainer",
	"Trainerin", "Kollege", "Kollegin", "Fraktion", "Familie", "Sankt", "Onkel", "Tante", "Bruder", "Schwester",
	"Polizei", "Laut", "Dank", "Kraft", "Mitte", "Anfang", "Ende", "Beginn", "Chef", "Chefin", "Autor", "Autorin",
	"Regisseur", "Sänger", "Sängerin", "Schauspieler", "Schauspielerin", "Kapitän", "Bischof", "Pfarrer")

// measureNouns measure or count what the next noun names ("ein Glas
// Wasser", "eine Menge Geld", "zwei Jahre Haft").
var measureNouns = wordSet("Jahr", "Monat", "Woche", "Tag", "Stunde", "Minute", "Sekunde", "Glas", "Tasse",
	"Flasche", "Stück", "Paar", "Menge", "Reihe", "Art", "Sorte", "Gruppe", "Handvoll", "Dutzend", "Kilo",
	"Kilogramm", "Gramm", "Liter", "Meter", "Kilometer", "Tonne", "Prozent", "Euro", "Dollar", "Pfund", "Franken",
	"Million", "Milliarde", "Zahl", "Anzahl", "Teil", "Hälfte", "Drittel", "Viertel", "Mehrheit", "Masse",
	"Portion", "Scheibe", "Kiste", "Packung", "Sack", "Eimer", "Schachtel", "Dose", "Korb", "Becher", "Tüte",
	"Mal", "Stunden", "Tage", "Jahre", "Wochen", "Monate", "Zeit", "Lebensjahr")

// compoundSecondExcluded are nouns that follow another noun as a phrase of
// their own: dates and measures ("Ende Juni", "Anfang 2020").
var compoundSecondExcluded = wordSet("Anfang", "Ende", "Mitte", "Beginn", "Zeit", "Jahr", "Jahre", "Jahren", "Richtung",
	"Tag", "Tage", "Tagen", "Abend", "Morgen", "Nacht", "Uhr")

// inVorfeld reports whether tokens i and i+1 lie in the fronted part of a
// main clause that starts its sentence, before its finite verb
// (clause.Clause.Fronted), where only one noun phrase can stand.
func inVorfeld(a *clause.Analysis, d *checker.Doc, i int) bool {
	cs := a.SentenceClauses(d.Tokens[i].Sentence)
	k := sort.Search(len(cs), func(k int) bool { return cs[k].End > i })
	if k == len(cs) || cs[k].First > i {
		return false
	}
	c := &cs[k]
	if !c.Sure || c.Boundary != clause.SentenceStart {
		return false
	}
	first, end, ok := c.Fronted(d)
	return ok && first <= i && i+1 < end
}

// onlyDeterminersBefore reports whether the words from the start of the
// sentence to token i are prepositions, determiners, numbers and
// adjectives: the fronted part is one noun phrase ("Die neuen Kunden
// Daten"), not a question word and its phrase ("wie viele Männer").
func onlyDeterminersBefore(lx *clause.Lex, i int) bool {
	d := lx.Doc()
	for j := sentenceOfToken(d, i).First; j < i; j++ {
		t := d.Tokens[j]
		switch {
		case t.Kind == checker.Punct && checker.IsQuoteMark(d.TokenText(j)), t.Kind == checker.Number:
		case t.Kind == checker.Word && lx.Is(j, lexicon.Article|lexicon.PossessivePronoun|lexicon.DemonstrativePronoun|
			lexicon.Preposition|lexicon.Contraction|lexicon.Numeral) && !lx.Is(j, lexicon.Interrogative|lexicon.PersonalPronoun):
		case attributiveAt(lx, j):
		default:
			return false
		}
	}
	return true
}

// attributeAfter reports whether token j opens an attribute of the noun
// before it, a genitive or a prepositional phrase ("Der Grund Riss unseres
// Hauses ist …", "Die Grund Untersuchung bei unserem Hund war …"), which
// the fronted part may hold after its noun.
func attributeAfter(lx *clause.Lex, j int) bool {
	d := lx.Doc()
	if !isLowerWord(d, j) {
		return false
	}
	return genitiveDeterminers[d.TokenText(j)] ||
		lx.Is(j, lexicon.Preposition|lexicon.Contraction) && !lx.Is(j, lexicon.Adverb|lexicon.Subordinator|lexicon.Coordinator)
}

// finiteAfter reports whether token j is a lower-case finite verb: the verb
// right after the fronted part.
func finiteAfter(lx *clause.Lex, j int) bool {
	return j < len(lx.Doc().Tokens) && isLowerWord(lx.Doc(), j) && knownFiniteAt(lx, j)
}

// compoundBrands are names of platforms and companies that head-first
// compounds in the news ("Twitter-Konto", "Apple-Chef"); German links them
// with a hyphen.
var compoundBrands = wordSet("Twitter", "Facebook", "Instagram", "YouTube", "Youtube", "TikTok", "WhatsApp",
	"Google", "Apple", "Amazon", "Netflix", "Microsoft", "Tesla", "SpaceX", "Meta", "Telegram", "Snapchat",
	"LinkedIn", "Spotify", "Uber", "Airbnb", "Samsung", "Huawei", "Corona", "Covid", "iPhone", "Android",
	"Bitcoin", "Internet", "Online", "Social", "Media", "Smartphone", "Cyber", "Start-up", "Startup")
