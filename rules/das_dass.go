package rules

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/clause"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

var dasDass = checker.Rule{
	ID:       "das-dass",
	Title:    "Das written for dass, or dass for das",
	Category: "fluency/grammar",
	Severity: checker.Major,
	Message:  "Verwechslung von „das“ und „dass“.",
	Doc: `Catches the confusion of the conjunction "dass" with the article or pronoun "das", by the shape of ` +
		`the clause. "das" is taken for "dass" after a comma that follows a verb, adjective or adverb (not a ` +
		`noun or pronoun a relative "das" could refer to) when a subject pronoun follows and the clause ends ` +
		`in its finite verb: "Er sagte, das er kommt"; a noun before the comma that a determiner shows to be ` +
		`feminine, masculine or plural ("die Monteure haben nicht gemurrt, das der Aufbau …") cannot be what a ` +
		`relative "das" refers to. Without the comma, "das" is taken for "dass" between a verb, a participle or ` +
		`a predicative adjective and a subject pronoun when a finite verb closes the stretch ("Ich glaube das ` +
		`er kommt", "Es ist wichtig das wir helfen"), where neither a relative nor a demonstrative "das" can ` +
		`stand. "dass" is taken for "das" before the end of a sentence ("Wir prüfen dass."), when a finite ` +
		`verb follows it at once ("Ich weiß, dass ist richtig"), and after a comma that follows a noun with the neuter article ` +
		`"das" when the clause has no subject of its own before its verb ("das Auto, dass mir gehört"); nouns ` +
		`that take a dass clause (das Gefühl, das Risiko, das Problem …) are left alone.`,
	Bad: []string{
		`Er sagte, {{das}} er morgen kommt.`,
		`Ich hoffe, {{das}} wir uns bald sehen.`,
		`Es ist klar, {{das}} sie recht hat.`,
		`Ich weiß, {{dass}} ist nicht einfach.`,
		`{{Dass}} war ein großer Fehler.`,
		`Das Auto, {{dass}} vor dem Haus steht, gehört ihr.`,
		`Es stellte sich heraus, {{das}} die Qualität schlecht war.`,
		`Ich bin der Meinung, {{das}} niemand dort kaufen sollte.`,
		`Es regnete, so {{das}} wir zu Hause blieben.`,
		`Soweit ich {{dass}} beurteilen kann, stimmt es.`,
		`Ich glaube {{das}} er morgen kommt.`,
		`Es ist wichtig {{das}} wir helfen, und ich bin sicher {{das}} er kommt.`,
		`Er hat gesagt {{das}} er kommt.`,
		`Wir wissen {{das}} wir helfen müssen.`,
		`Wir prüfen {{dass}}.`,
		`Das ist schwierig, ich weiß {{dass}}!`,
		`Auch gefallen hat uns {{das}} es dort ruhig war.`,
		`Die Monteure waren freundlich und haben nicht gemurrt, {{das}} der Aufbau länger dauerte.`,
		`Den Kunden fiel auf, {{das}} die Lieferung zu spät kam.`,
	},
	Good: []string{
		`Er sagte, dass er morgen kommt.`,
		`Das Haus, das er gekauft hat, steht am See.`,
		`Es gibt etwas, das wir klären müssen.`,
		`Ich weiß, das ist nicht einfach.`,
		`Er sagte, das Auto sei kaputt.`,
		`Sie hatte das Gefühl, dass niemand zuhörte.`,
		`Das Problem, dass die Kosten steigen, bleibt.`,
		`Dass er kommt, freut uns.`,
		`Wir wissen, dass das schwierig wird.`,
		`Er hat ein Buch geschrieben, das die Kritik lobte.`,
		`Er wollte Filme mit Sony drehen, das die Rechte hat.`,
		`Das ist das Haus, das die Firma kaufte, und das Kind, das sie sah.`,
		`Ich glaube, dass ich das beurteilen kann.`,
		`Man muss aufpassen, dass man das nicht vergisst, und das Essen, das er kocht, loben.`,
		`Ich glaube das nicht, er kommt morgen.`,
		`Weißt du das, ich komme morgen?`,
		`Wir haben mit Sony gesprochen, das die Rechte hält.`,
		`Sie kaufte ein Haus mit einem Garten, das ihr gefiel.`,
		`Macht das er oder sie?`,
		`Man muss aufpassen, und gesagt hat das niemand.`,
		`Ich glaube, dass, wenn er kommt, alles gut wird.`,
	},
	Check: checkDasDass,
}

func checkDasDass(pass *checker.Pass) {
	d := pass.Doc
	lx := clause.LexOf(pass)
	var x *rangeIndex
	for i := range candidates(pass, grammarIndexOf(pass).dasDass) {
		w := d.TokenLower(i)
		if w != "das" && w != "dass" || !isWord(d, i) {
			continue
		}
		if x == nil {
			x = indexOf(pass)
		}
		if w == "das" && dasForDass(lx, x, i) {
			pass.Report(d.Tokens[i].Span, fmt.Sprintf("Hier ist die Konjunktion gemeint: „%s“.", matchCase(d.TokenText(i), "dass")),
				matchCase(d.TokenText(i), "dass"))
		} else if w == "dass" && dassForDas(lx, x, i) {
			pass.Report(d.Tokens[i].Span, fmt.Sprintf("Hier ist das Pronomen gemeint: „%s“.", matchCase(d.TokenText(i), "das")),
				matchCase(d.TokenText(i), "das"))
		}
	}
}

// matchCase returns w with the capital of like ("Das" → "Dass").
func matchCase(like, w string) string {
	if isCapitalised(like) {
		return capitalize(w)
	}
	return w
}

// isCapitalised reports whether s starts with an upper-case letter.
func isCapitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// dasForDass reports whether the "das" at token i opens a dass clause: after
// a comma that follows a verb, adjective or adverb, before a subject pronoun,
// in a stretch that ends in a finite verb.
func dasForDass(lx *clause.Lex, x *rangeIndex, i int) bool {
	d := lx.Doc()
	if !isLowerWord(d, i) || i < 2 || !isLowerWord(d, i+1) || !clauseSubjectAt(lx, i+1) {
		return false
	}
	comma := i - 1
	if tokenIs(d, i-1, "so") && tokenIs(d, i-2, ",") {
		comma = i - 2 // ", so das wir …"
	}
	if !tokenIs(d, comma, ",") {
		return commalessDasForDass(lx, x, i)
	}
	if comma < 1 {
		return false
	}
	a := comma - 1 // the word before the comma
	switch {
	case comma != i-1:
	case isCapWord(d, a) && !d.Tokens[a].SentenceStart:
		// A relative "das" refers to a neuter noun; after a noun that is
		// not neuter and takes a dass clause, "das" is wrong.
		if !dassNounsNotNeuter[d.TokenText(a)] {
			return false
		}
	case !isLowerWord(d, a):
		return false
	case lx.Is(a, lexicon.Pronoun|lexicon.Article|lexicon.Numeral) || dassAntecedents[d.TokenText(a)] ||
		neuterPhraseIn(d, x.stretchStart(a), comma):
		// A relative "das" refers to "etwas", "alles", "nichts" or to a
		// neuter noun phrase before the verb ("Er hat ein Buch geschrieben, das …").
		return false
	case !subjectPronouns[d.TokenText(i+1)] && neuterAntecedentIn(lx, x.stretchStart(a), comma):
		// Before a noun phrase ("das die Filmrechte hat"), a noun or name
		// before the verb may be what a relative "das" refers to ("mit Sony wollte").
		return false
	}
	end := x.stretchEndAt(i)
	if endsInFiniteVerb(d, i+1, end) || endsInVerbCluster(lx, i+1, end) {
		return true
	}
	// "das wir uns bald sehen": a plural verb is also an infinitive.
	j := lastWordLikeIn(d, i+2, end)
	return (d.TokenText(i+1) == "wir" || d.TokenText(i+1) == "sie") && j > i+1 && isLowerWord(d, j) && lx.IsFiniteAnyCase(j)
}

// clauseSubjectAt reports whether token j opens the subject of a clause
// and cannot follow an article: a subject pronoun, an indefinite pronoun
// ("niemand", "man") or a determiner ("die Qualität", "der Betreiber").
func clauseSubjectAt(lx *clause.Lex, j int) bool {
	d := lx.Doc()
	w := d.TokenText(j)
	return subjectPronouns[w] || indefiniteSubjects[w] ||
		lx.Is(j, lexicon.Article|lexicon.PossessivePronoun|lexicon.DemonstrativePronoun) && !lx.Is(j, lexicon.PersonalPronoun)
}

// indefiniteSubjects are indefinite pronouns that can be a clause's subject.
var indefiniteSubjects = wordSet("niemand", "jemand", "alle", "viele", "einige", "keiner", "jeder", "nichts", "etwas")

// dassNounsNotNeuter are feminine and masculine nouns that take a dass
// clause: a "das" after them and a comma cannot be a relative pronoun.
var dassNounsNotNeuter = wordSet("Meinung", "Ansicht", "Überzeugung", "Hoffnung", "Tatsache", "Befürchtung",
	"Angst", "Sorge", "Eindruck", "Glaube", "Gedanke", "Hinweis", "Beweis", "Behauptung", "Vermutung", "Annahme",
	"Erkenntnis", "Nachricht", "Meldung", "Information", "Mitteilung", "Forderung", "Bedingung", "Idee", "Chance",
	"Gefahr", "Möglichkeit", "Wahrscheinlichkeit", "Garantie", "Erwartung", "Vorstellung", "Kritik", "Vorwurf",
	"Verdacht", "Umstand", "Auffassung", "Einsicht", "Entscheidung", "Bedeutung", "Erklärung", "Zusage")

// endsInVerbCluster reports whether the stretch [first, end) ends in a verb
// cluster of a subordinate clause: an infinitive or participle followed by
// a finite auxiliary or modal ("kommen kann", "gesagt hat").
func endsInVerbCluster(lx *clause.Lex, first, end int) bool {
	d := lx.Doc()
	j := lastWordLikeIn(d, first, end)
	return j > first && isLowerWord(d, j) && lx.Is(j, lexicon.Auxiliary|lexicon.Modal) && lx.Is(j, lexicon.FiniteVerb)
}

// neuterPhraseIn reports whether a determiner that can open a neuter noun
// phrase stands in [first, end): a relative "das" after the verb may refer
// to it ("Er hat ein Buch geschrieben, das …").
func neuterPhraseIn(d *checker.Doc, first, end int) bool {
	for j := first; j < end; j++ {
		if neuterDeterminers[d.TokenLower(j)] && isWord(d, j) {
			return true
		}
	}
	return false
}

// neuterAntecedentIn reports whether a capitalised word that does not start
// the sentence and may be a neuter singular stands in [first, end): a name
// ("mit Sony drehen, das …") or a noun after a determiner that can be
// neuter. A noun after "die", "der", "den", "eine", "einen" … is feminine,
// masculine or plural, and a relative "das" cannot refer to it ("die
// Monteure haben nicht gemurrt, das der Aufbau …").
func neuterAntecedentIn(lx *clause.Lex, first, end int) bool {
	d := lx.Doc()
	for j := first; j < end; j++ {
		if isCapWord(d, j) && !d.Tokens[j].SentenceStart && !nonNeuterNounAt(lx, j) {
			return true
		}
	}
	return false
}

// nonNeuterNounAt reports whether the capitalised word at token j follows,
// across attributive adjectives, a determiner that is never neuter
// singular.
func nonNeuterNounAt(lx *clause.Lex, j int) bool {
	d := lx.Doc()
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		if !isLowerWord(d, k) && !(isWord(d, k) && d.Tokens[k].SentenceStart) {
			return false
		}
		if nonNeuterDeterminers[d.TokenLower(k)] {
			return true
		}
		if !attributiveAt(lx, k) {
			return false
		}
	}
	return false
}

// nonNeuterDeterminers open no neuter singular noun phrase.
var nonNeuterDeterminers = wordSet("die", "der", "den", "eine", "einer", "einen", "keine", "keiner", "keinen",
	"diese", "dieser", "diesen", "jene", "jener", "jenen", "meine", "meiner", "meinen", "deine", "deiner", "deinen",
	"seine", "seiner", "seinen", "ihre", "ihrer", "ihren", "unsere", "unserer", "unseren", "eure", "eurer", "euren",
	"alle", "beide", "viele", "einige", "mehrere", "wenige")

// commalessDassHead reports whether the word at token a can take a dass
// clause right after it: a finite verb ("glaube"), a participle ("gesagt"),
// or an adjective after a copula ("ist wichtig", "bin sicher"). A finite
// form that is also an infinitive counts only after its subject ("Wir
// wissen"); after a modal it closes a clause of its own ("muss aufpassen
// das …" is left to the comma rules).
func commalessDassHead(lx *clause.Lex, a int) bool {
	d := lx.Doc()
	if !isLowerWord(d, a) || lx.Is(a, lexicon.Closed&^(lexicon.Adverb|lexicon.Particle)) {
		return false
	}
	switch {
	case lx.Is(a, lexicon.Participle) && !lx.Is(a, lexicon.FiniteVerb|lexicon.Infinitive):
		return true
	case knownFiniteAt(lx, a) && !lx.Is(a, lexicon.Closed):
		return !lx.Is(a, lexicon.Infinitive) || a > 0 && isWord(d, a-1) && subjectPronouns[d.TokenLower(a-1)]
	case germanAdjective(d.TokenText(a)) || lx.Is(a, lexicon.Adverb|lexicon.Particle) && commonAdjectives[d.TokenText(a)]:
		return a > 0 && isLowerWord(d, a-1) && copulaForms[d.TokenText(a-1)]
	}
	return false
}

// commalessDasForDass reports whether the "das" at token i, written without
// the comma before it, opens a dass clause: it follows a finite verb or a
// pronoun object of one ("Ich glaube das er kommt", "hat uns das es …"),
// a subject pronoun follows it, and the stretch ends in a finite verb. A
// relative "das" needs its comma and a demonstrative "das" no subject
// pronoun after it.
func commalessDasForDass(lx *clause.Lex, x *rangeIndex, i int) bool {
	d := lx.Doc()
	a := i - 1
	if !isLowerWord(d, a) || !subjectPronouns[d.TokenText(i+1)] || d.TokenText(i+1) == "sie" {
		return false
	}
	if lx.Is(a, lexicon.PersonalPronoun|lexicon.ReflexivePronoun) && !subjectPronouns[d.TokenText(a)] && a > 0 &&
		isLowerWord(d, a-1) && knownFiniteAt(lx, a-1) {
		a-- // "hat uns das es …"
	}
	if !commalessDassHead(lx, a) {
		return false
	}
	end := x.stretchEndAt(i)
	j := lastWordLikeIn(d, i+2, end)
	if j <= i+1 {
		return false
	}
	// "das wir helfen": a plural verb is also an infinitive.
	return endsInFiniteVerb(d, i+1, end) || endsInVerbCluster(lx, i+1, end) ||
		d.TokenText(i+1) == "wir" && isLowerWord(d, j) && lx.IsFiniteAnyCase(j)
}

// neuterDeterminers can open a neuter noun phrase in the nominative or accusative.
var neuterDeterminers = wordSet("das", "ein", "kein", "dieses", "jenes", "jedes", "welches", "mein", "dein",
	"sein", "ihr", "unser", "euer", "manches", "solches", "irgendein", "eines", "des", "dem", "einem", "diesem",
	"jenem", "jedem", "keinem", "keines", "meinem", "meines", "deinem", "deines", "seinem", "seines", "ihrem",
	"ihres", "unserem", "unseres", "eurem", "eures", "welchem")

// dassAntecedents are the words a relative "das" or "was" refers to.
var dassAntecedents = wordSet("etwas", "alles", "nichts", "vieles", "weniges", "manches", "einiges", "dasselbe", "jenes")

// dassForDas reports whether the "dass" at token i stands for the pronoun
// "das": a finite verb follows at once, or it follows "das" + noun and a
// comma and its clause lacks a subject before the verb.
func dassForDas(lx *clause.Lex, x *rangeIndex, i int) bool {
	d := lx.Doc()
	if i > 0 && i+1 < len(d.Tokens) && clauseEndMark(d, i+1) && isWord(d, i-1) {
		return true // "Wir prüfen dass.": a conjunction never closes a clause
	}
	if i+1 >= len(d.Tokens) || !isLowerWord(d, i+1) {
		return false
	}
	if knownFiniteAt(lx, i+1) && !lx.Is(i+1, lexicon.Infinitive|lexicon.Participle|lexicon.Closed) &&
		d.Tokens[i+1].Sentence == d.Tokens[i].Sentence {
		return true // "dass ist", "Dass war"
	}
	if i > 0 && isLowerWord(d, i-1) && subjectPronouns[d.TokenText(i-1)] && !tokenIs(d, i-2, ",") &&
		lx.Is(i+1, lexicon.Infinitive|lexicon.Participle) && !lx.Is(i+1, lexicon.Closed) &&
		endsInVerbCluster(lx, i+1, x.stretchEndAt(i)) {
		return true // "soweit ich dass beurteilen kann": an object
	}
	if i < 3 || !tokenIs(d, i-1, ",") || !isCapWord(d, i-2) || !lx.Ask(i-2, isKnownNoun) ||
		dassComplementNouns[d.TokenText(i-2)] || !precededByNeuterArticle(d, i-2) {
		return false
	}
	// The clause must lack a subject: the next word is a preposition,
	// adverb or negation, and a finite verb closes the stretch.
	end := x.stretchEndAt(i)
	return lx.Is(i+1, lexicon.Preposition|lexicon.Contraction|lexicon.Adverb|lexicon.Negation) &&
		!lx.Is(i+1, lexicon.Pronoun|lexicon.Article) && endsInFiniteVerb(d, i+1, end) &&
		!x.hasFiniteIn(i+1, lastWordLikeIn(d, i+1, end))
}

// clauseEndMark reports whether token j is a full stop, question or
// exclamation mark or a semicolon (not a comma: "dass, wenn er kommt, …").
func clauseEndMark(d *checker.Doc, j int) bool {
	if d.Tokens[j].Kind != checker.Punct {
		return false
	}
	switch d.TokenText(j) {
	case ".", "!", "?", ";", "…":
		return true
	}
	return false
}

// precededByNeuterArticle reports whether the noun at token n follows "das",
// "dieses" or "jenes", with adjectives between.
func precededByNeuterArticle(d *checker.Doc, n int) bool {
	for j := n - 1; j >= 0 && j >= n-4; j-- {
		switch d.TokenLower(j) {
		case "das", "dieses", "jenes", "welches":
			return true
		}
		if !isLowerWord(d, j) {
			return false
		}
	}
	return false
}

// dassComplementNouns take a dass clause ("das Gefühl, dass …").
var dassComplementNouns = wordSet("Gefühl", "Problem", "Risiko", "Ziel", "Argument", "Zeichen", "Signal", "Glück",
	"Pech", "Recht", "Versprechen", "Prinzip", "Wissen", "Bewusstsein", "Gerücht", "Ergebnis", "Fazit",
	"Urteil", "Faktum", "Phänomen", "Indiz", "Beispiel", "Vertrauen", "Verständnis", "Anliegen", "Interesse",
	"Missverständnis", "Erstaunen", "Entsetzen", "Bedauern", "Verlangen", "Gebot", "Verbot", "Dilemma",
	"Paradox", "Szenario", "Angebot", "Argument", "Detail", "Privileg", "Wunder", "Verdienst")

// nounIn reports whether a capitalised word that does not start the
// sentence stands in [first, end).
func nounIn(d *checker.Doc, first, end int) bool {
	for j := first; j < end; j++ {
		if isCapWord(d, j) && !d.Tokens[j].SentenceStart {
			return true
		}
	}
	return false
}
