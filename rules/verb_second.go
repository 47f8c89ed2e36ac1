package rules

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/clause"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

// verbSecond flags English subject-verb order after a fronted adverbial.
var verbSecond = checker.Rule{
	ID:       "verb-second",
	Title:    "Finite verb not second after a fronted part",
	Category: "fluency/word-order",
	Severity: checker.Major,
	Message:  "Wortstellung: Im Hauptsatz steht das Verb direkt nach der vorangestellten Angabe, vor dem Subjekt.",
	Doc: `Catches main clauses with the finite verb in third place, after a fronted part and the subject: ` +
		`"Früher das Unternehmen sagte …", "Am Montag die Regierung kündigte … an", "Früher am Tag die Aktie ` +
		`fiel", "In der zweiten Hälfte Leverkusen drängte …", with the English comma after the fronted part ` +
		`("Am Montag, die Regierung kündigte … an") and after a fronted adverbial clause ("Wenn die Nächte ` +
		`nicht abkühlen, der Körper kann sich nicht erholen"). English keeps subject-verb order after a ` +
		`fronted adverb or clause ("Earlier the company said", "When nights stay hot, the body cannot ` +
		`recover"); German puts the verb second ("Früher sagte das Unternehmen", "…, kann sich der Körper ` +
		`nicht erholen"), and literal machine translation keeps the English order. The rule is strict: it ` +
		`looks only at the first clause of a sentence (or after a colon or semicolon, or after the fronted ` +
		`part and its comma), wants a time or sentence adverb from a fixed list, possibly with a time phrase, a ` +
		`short prepositional time phrase ("Am Montag", "Seit Jahren", "In der zweiten Hälfte") or a complete ` +
		`adverbial clause (wenn, als, weil, nachdem …; not ob, dass or a question word, which the main clause ` +
		`may take up: "Ob er kommt, wir wissen es nicht"), then a pronoun, a noun phrase with a determiner or ` +
		`a name, then a finite verb that agrees with that subject. Focus particles that attach to a noun phrase ` +
		`("Auch die Regierung hat …", "Genau das ist …") are not on the list, and a main clause that takes the ` +
		`fronted clause up ("Dass er kommt, das ist klar") stays clean.`,
	Bad: []string{
		`{{Früher das Unternehmen Sagte}} er zur Kenntnisnahme, dass die Plattform schließt.`,
		`{{Am Montag die Regierung kündigte}} ein neues Gesetz an.`,
		`{{Gestern er sagte}}, dass er nicht kommen werde.`,
		`{{Im November Microsoft meldete}} einen Gewinnrückgang.`,
		`{{Seit Jahren die Stadt hat}} kein Geld für neue Schulen.`,
		`„{{Danach wir haben}} lange gewartet“, sagte sie.`,
		`Der Minister erklärte: {{Deshalb die Regierung wird}} das Gesetz ändern.`,
		`{{Im vergangenen Jahr die Bahn verdiente}} deutlich weniger.`,
		`{{Letzte Woche die Polizei verhaftete}} zwei Männer.`,
		`{{Früher am Tag die Aktie fiel}} im nachbörslichen Handel.`,
		`{{In der zweiten Hälfte Leverkusen drängte}} auf den Ausgleich.`,
		`Wenn die Nächte nicht abkühlen, {{der Körper kann}} sich nicht erholen.`,
		`Nachdem die Zinsen gestiegen waren, {{die Banken verdienten}} deutlich mehr.`,
		`Am Montag, {{die Regierung kündigte}} ein neues Gesetz an.`,
	},
	Good: []string{
		`Früher sagte das Unternehmen, die Plattform bleibe offen.`,
		`Früher oder später wird die Regierung handeln müssen.`,
		`Auch die Regierung hat den Plan gelobt.`,
		`Genau das Gegenteil ist der Fall.`,
		`Vielleicht die beste Pizza der Stadt gibt es bei Luigi.`,
		`Am Ende des Tages zählt nur das Ergebnis.`,
		`Im Haus der Eltern wohnt jetzt seine Schwester.`,
		`Am Montag die Regierung zu kritisieren, war ein Fehler.`,
		`Heute Abend spielt die Band im Park.`,
		`Weil die Preise steigen, kaufen die Leute weniger.`,
		`Seit Jahren die Preise erhöhen, das können sie.`,
		`In 2023 Fällen mussten die Bergretter ausrücken.`,
		`Warum die Regierung das tat, bleibt unklar.`,
		`Heute die Schweiz, morgen die ganze Welt`,
		`Jetzt die App herunterladen und sparen!`,
		`Heute Morgen hat die Polizei zwei Männer festgenommen.`,
		`Jetzt Mitglied werden und sparen!`,
		`„Danach haben wir lange gewartet“, sagte sie.`,
		`Gegen 23 Uhr MEZ befand sich das Schiff vor der Küste.`,
		`Sagen Sie: Früher war alles besser?`,
		`Wenn die Nächte nicht abkühlen, kann sich der Körper nicht erholen.`,
		`Dass er kommt, das ist klar.`,
		`Ob er kommt, wir wissen es nicht.`,
		`Wenn es regnet, die Fenster schließen!`,
		`Am Montag, dem 3. März, trat der Minister zurück.`,
		`Wenn die Preise, die Löhne und die Mieten steigen, kaufen die Leute weniger.`,
		`Als er ankam, war die Tür offen, die Nachbarn schliefen schon.`,
		`Nun, jemand muss für die Reisen bezahlen.`,
		`Nachdem die Prüfung Vorwürfe ans Licht brachte, er wäre bestechlich, kam er nicht mehr in Frage.`,
	},
	Check: checkVerbSecond,
}

// frontAdverbs are the adverbs after which a subject before the verb is
// wrong: adverbs of time, cause and attitude that cannot attach to a noun
// phrase. Focus particles (auch, nur, sogar, genau, gerade, erst, schon,
// besonders …) are left out on purpose: "Auch die Regierung hat" is correct.
var frontAdverbs = wordSet(
	"früher", "später", "damals", "heute", "gestern", "vorgestern", "morgen", "inzwischen", "mittlerweile",
	"zuvor", "vorher", "danach", "anschließend", "dann", "bald", "kürzlich", "neulich", "jüngst", "zuletzt",
	"bisher", "bislang", "seither", "deshalb", "daher", "darum", "deswegen", "trotzdem", "dennoch", "außerdem",
	"zudem", "allerdings", "stattdessen", "schließlich", "letztlich", "letztendlich", "erstmals", "vielleicht",
	"möglicherweise", "offenbar", "offensichtlich", "tatsächlich", "gleichzeitig", "jetzt", "nun", "plötzlich",
	"leider", "glücklicherweise", "derzeit", "zurzeit", "momentan", "gegenwärtig", "einst", "ursprünglich",
	"demnach", "folglich", "somit", "infolgedessen", "jedoch", "daraufhin", "hingegen", "dagegen", "wahrscheinlich",
	"vermutlich", "anscheinend", "angeblich", "natürlich", "sicherlich",
)

// timePrepositions open the short prepositional time phrases the rule
// accepts as fronted adverbials.
var timePrepositions = wordSet("am", "im", "seit", "vor", "nach", "in", "ab", "bis", "um", "gegen", "zum", "zur")

// obliqueDeterminers cannot open a nominative subject; after a prepositional
// phrase "der" and "des" are taken for a genitive attribute ("Im Haus der Eltern").
var obliqueDeterminers = wordSet("den", "dem", "des", "einem", "einen", "eines", "diesem", "diesen",
	"seinem", "seinen", "seines", "ihrem", "ihren", "ihres", "unserem", "unseren", "unseres", "jedem", "jeden")

// periodNouns name the periods of a match or a race, which head time
// phrases like the time nouns of package clause ("in der zweiten Hälfte").
var periodNouns = wordSet("Hälfte", "Halbzeit", "Spielhälfte", "Verlängerung", "Nachspielzeit", "Schlussphase",
	"Anfangsphase", "Runde", "Etappe", "Spielzeit")

// adverbialSubordinators open the adverbial clauses after which, fronted,
// the main clause starts with its finite verb ("Wenn es regnet, bleiben wir
// zu Hause"). Clauses with ob, dass or an interrogative may be taken up
// again in the main clause ("Ob er kommt, wir wissen es nicht") and are left out.
var adverbialSubordinators = wordSet("wenn", "als", "weil", "obwohl", "obgleich", "nachdem", "bevor", "ehe",
	"während", "sobald", "solange", "seit", "seitdem", "falls", "sofern", "damit", "indem", "bis", "da")

// subjunctives are the finite forms of reported speech, which may follow a
// fronted clause as the complement of one of its nouns ("Nachdem Vorwürfe
// laut wurden, er sei bestechlich, …").
var subjunctives = wordSet("sei", "seien", "wäre", "wären", "habe", "hätte", "hätten", "werde", "würde", "würden",
	"könne", "könnte", "könnten", "müsse", "müsste", "solle", "sollte", "dürfe")

// resumptives take up a fronted clause as the first word of the main
// clause, before its verb ("Dass er kommt, das ist klar").
var resumptives = wordSet("das", "dies", "der", "die", "den", "so", "dann", "da", "es")

// maxTimePhrase is the longest prepositional time phrase, in tokens.
const maxTimePhrase = 6

// checkVerbSecond reports each match with the verb-second order as suggestion.
func checkVerbSecond(pass *checker.Pass) {
	a := clause.Of(pass)
	d := pass.Doc
	for k := range a.Clauses {
		if pass.Stopped() {
			return
		}
		c := &a.Clauses[k]
		m, ok := matchVerbSecond(a, c)
		if !ok {
			m, ok = matchAfterFronted(a, k)
		}
		if !ok {
			continue
		}
		if m.first == m.subject.First {
			subject := d.Slice(d.Tokens[m.subject.First].Span.To(d.Tokens[m.subject.End-1].Span))
			fix := a.Text(m.verb) + " " + subject
			msg := fmt.Sprintf("Wortstellung: Nach dem vorangestellten Satzteil steht im Hauptsatz das Verb vor dem Subjekt: „%s“.", fix)
			pass.Report(spanOf(d, m.first, m.verb), msg, fix)
			continue
		}
		adverbial := d.Text[d.Tokens[m.first].Start:d.Tokens[m.subject.First-1].End]
		subject := d.Slice(d.Tokens[m.subject.First].Span.To(d.Tokens[m.subject.End-1].Span))
		verb := lowerInitial(a.Text(m.verb))
		fix := adverbial + " " + verb + " " + subject
		msg := fmt.Sprintf("Wortstellung: Nach „%s“ steht im Hauptsatz das Verb vor dem Subjekt: „%s“.", adverbial, fix)
		pass.Report(spanOf(d, m.first, m.verb), msg, fix)
	}
}

// verbSecondMatch is a fronted adverbial, a subject and a finite verb in third place.
type verbSecondMatch struct {
	first   int // first token of the adverbial
	subject clause.Phrase
	verb    int
}

// matchVerbSecond matches "adverbial subject finite-verb" at the start of a
// sentence-initial main clause.
func matchVerbSecond(a *clause.Analysis, c *clause.Clause) (verbSecondMatch, bool) {
	if c.Kind != clause.Main || c.Question || c.VerbFirst || len(c.Finite) == 0 {
		return verbSecondMatch{}, false
	}
	switch c.Boundary {
	case clause.SentenceStart, clause.Colon, clause.Semicolon:
	default:
		return verbSecondMatch{}, false
	}
	fw := c.FirstWord(a.Doc)
	advEnd, pp := frontedAdverbialEnd(a, fw, c.End)
	if advEnd < 0 {
		return verbSecondMatch{}, false
	}
	subj, ok := a.SubjectAt(advEnd, c.End)
	if !ok || !plausibleSubject(a, subj, pp) || pp && subj.Kind == clause.NamePhrase && a.Text(advEnd-1) == "Uhr" {
		// "Gegen 23 Uhr EDT befand sich …": a time zone, not a subject.
		return verbSecondMatch{}, false
	}
	v := subj.End
	if v >= c.End || v != c.Finite[0] || !finiteAfterSubject(a, subj, v, c.End) || a.FinitePersons(v)&subj.Persons == 0 {
		return verbSecondMatch{}, false
	}
	for i := fw + 1; i < v; i++ {
		if t := a.Doc.Tokens[i]; t.Kind == checker.Punct && (a.Text(i) != "." || a.Doc.Tokens[i-1].Kind != checker.Number) {
			return verbSecondMatch{}, false
		}
	}
	return verbSecondMatch{first: fw, subject: subj, verb: v}, true
}

// matchAfterFronted matches clause k, a main clause after a comma that
// follows a fronted part of the sentence, when it starts with its subject
// and then its finite verb: the fronted part is a complete adverbial clause
// ("Wenn die Nächte nicht abkühlen, der Körper kann …") or a fronted
// adverbial set off by an English comma ("Am Montag, die Regierung
// kündigte …"). The match starts at the subject.
func matchAfterFronted(a *clause.Analysis, k int) (verbSecondMatch, bool) {
	c := &a.Clauses[k]
	d := a.Doc
	if k == 0 || c.Boundary != clause.Comma || c.Kind != clause.Main || c.Question || c.VerbFirst ||
		len(c.Finite) == 0 || c.Quoted {
		return verbSecondMatch{}, false
	}
	prev := &a.Clauses[k-1]
	if prev.Sentence != c.Sentence || prev.Boundary != clause.SentenceStart || prev.Quoted {
		return verbSecondMatch{}, false
	}
	switch prev.Kind {
	case clause.Subordinate:
		last := prev.LastWord(d)
		if !prev.Sure || prev.Opener < 0 || !adverbialSubordinators[strings.ToLower(a.Text(prev.Opener))] ||
			len(prev.Finite) == 0 || prev.Finite[len(prev.Finite)-1] != last {
			return verbSecondMatch{}, false // not a complete adverbial clause
		}
	case clause.Fragment:
		// a time phrase with an English comma; a bare adverb with a comma is a
		// discourse marker outside the clause ("Nun, jemand muss zahlen")
		if end, pp := frontedAdverbialEnd(a, prev.FirstWord(d), prev.End); end != prev.End || !pp {
			return verbSecondMatch{}, false
		}
	default:
		return verbSecondMatch{}, false
	}
	fw := c.FirstWord(d)
	subj, ok := a.SubjectAt(fw, c.End)
	if !ok || subj.End-subj.First == 1 && resumptives[strings.ToLower(a.Text(subj.First))] ||
		!plausibleSubject(a, subj, false) {
		return verbSecondMatch{}, false
	}
	v := subj.End
	if v >= c.End || v != c.Finite[0] || a.FinitePersons(v)&subj.Persons == 0 || subjunctives[a.Text(v)] {
		return verbSecondMatch{}, false // "…, er wäre Teil …": reported speech after a noun of the clause
	}
	// a verb that may also be an infinitive counts when more of the clause
	// follows and the sentence is no command ("…, die Fenster schließen!")
	if !finiteAfterSubject(a, subj, v, c.End) && (!a.IsLower(v) || v+1 >= c.End ||
		a.Lexicon().Is(a.Text(v), lexicon.Participle|lexicon.ZuInfinitive) || sentenceEndsWith(d, c.Sentence, "!")) {
		return verbSecondMatch{}, false
	}
	return verbSecondMatch{first: fw, subject: subj, verb: v}, true
}

// sentenceEndsWith reports whether sentence si ends with the mark s.
func sentenceEndsWith(d *checker.Doc, si int, s string) bool {
	st := d.Sentences[si]
	for i := st.End - 1; i >= st.First; i-- {
		t := d.TokenText(i)
		if checker.IsClosingMark(t) {
			continue
		}
		return t == s
	}
	return false
}

// finiteAfterSubject reports whether token v, right after the subject, is a
// finite verb. A word that can only be finite qualifies. A lower-case plural
// that is also an infinitive ("haben", "wollen") qualifies after a plural
// pronoun when the clause goes on: "Danach wir haben lange gewartet", but not
// in "Jetzt sie fragen!" nor after a noun phrase ("Seit Jahren die Preise
// erhöhen, …"), where an infinitive phrase is as likely.
func finiteAfterSubject(a *clause.Analysis, subj clause.Phrase, v, end int) bool {
	lx := a.Lexicon()
	if lx.IsOnlyFinite(a.Text(v)) {
		return true
	}
	if subj.Kind != clause.PronounPhrase || !a.IsLower(v) || v+1 >= end {
		return false
	}
	switch strings.ToLower(a.Text(subj.First)) {
	case "wir", "sie":
	default:
		return false
	}
	return lx.IsFinite(a.Text(v)) && !lx.Is(a.Text(v), lexicon.Participle|lexicon.ZuInfinitive)
}

// frontedAdverbialEnd returns the index after the fronted adverbial starting
// at fw, or -1: one adverb of frontAdverbs, a temporal noun phrase ("Letzte
// Woche") or a prepositional time phrase (pp is then true for both, which
// may be followed by a genitive).
func frontedAdverbialEnd(a *clause.Analysis, fw, end int) (int, bool) {
	if !a.IsWord(fw) {
		return -1, false
	}
	lw := strings.ToLower(a.Text(fw))
	if frontAdverbs[lw] {
		// "Früher am Tag": an adverb with a time phrase after it
		if n := fw + 1; n < end && a.IsLower(n) && timePrepositions[a.Text(n)] {
			if pe := timePhraseEnd(a, n+1, end); pe > 0 {
				return pe, true
			}
		}
		return fw + 1, false
	}
	if clause.IsTemporalDeterminer(lw) && fw+1 < end && clause.IsTimeNoun(a.Text(fw+1)) {
		return fw + 2, true // "Letzte Woche", "Vergangenen Montag"
	}
	if !timePrepositions[lw] {
		return -1, false
	}
	return timePhraseEnd(a, fw+1, end), true
}

// timePhraseEnd parses the rest of a prepositional time phrase from i:
// determiners, adjectives and numbers, then a time noun or a year, then
// perhaps a number ("im Jahr 2020") or a year after a month. It returns the
// index after the phrase or -1.
func timePhraseEnd(a *clause.Analysis, i, end int) int {
	d := a.Doc
	for n := 0; n < maxTimePhrase && i < end; n++ {
		t := d.Tokens[i]
		switch {
		case t.Kind == checker.Number && clause.IsYear(a.Text(i)) && (i+1 >= end || d.Tokens[i+1].Kind != checker.Punct):
			if i+1 < end && d.Tokens[i+1].Shape == checker.Capitalized {
				return -1 // a count before its noun: "In 2023 Fällen mussten …"
			}
			return i + 1
		case t.Kind == checker.Number, t.Kind == checker.Punct && a.Text(i) == "." && i > 0 && d.Tokens[i-1].Kind == checker.Number:
		case a.IsWord(i) && (clause.IsTimeNoun(a.Text(i)) || periodNouns[a.Text(i)]):
			if i+1 < end && d.Tokens[i+1].Kind == checker.Number && clause.IsYear(a.Text(i+1)) {
				return i + 2
			}
			return i + 1
		case a.IsLower(i):
		default:
			return -1
		}
		i++
	}
	return -1
}

// plausibleSubject rejects subjects that are more likely something else:
// time nouns ("Heute Abend"), oblique determiners, "der" or "des" after a
// prepositional phrase (a genitive attribute), and superlative noun phrases
// that an attitude adverb may modify ("Vielleicht die beste Pizza …").
func plausibleSubject(a *clause.Analysis, p clause.Phrase, afterPP bool) bool {
	first := strings.ToLower(a.Text(p.First))
	if obliqueDeterminers[first] || afterPP && (first == "der" || first == "des") {
		return false
	}
	for i := p.First; i < p.End; i++ {
		s := a.Text(i)
		if clause.IsTimeNoun(s) {
			return false
		}
		if a.IsLower(i) && (strings.HasPrefix(s, "einzig") || clause.IsSuperlative(s)) {
			return false
		}
	}
	return true
}

// lowerInitial lower-cases the first letter of s.
func lowerInitial(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}
