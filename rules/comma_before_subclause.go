package rules

import (
	"fmt"
	"strings"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/clause"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

var commaBeforeSubclause = checker.Rule{
	ID:       "comma-before-subclause",
	Title:    "Missing comma before a subordinate clause",
	Category: "fluency/punctuation",
	Severity: checker.Minor,
	Message:  "Komma fehlt vor dem Nebensatz.",
	Doc: `Catches a missing comma before a subordinate clause opened by dass, weil, ob, obwohl, nachdem, ` +
		`sodass, wenn, bevor, falls, sobald, obgleich, sofern or indem, and by als, während, damit, da or ` +
		`solange when they clearly open a clause (a subject follows and the clause ends in a finite verb): ` +
		`"zur Kenntnisnahme dass seine Plattform …", "führt dazu dass …". English sets no comma ` +
		`there and literal translation keeps it that way. The rule needs a finite verb earlier in the sentence ` +
		`(a clause precedes) and stays silent after a comma, a conjunction, an adverb or particle ("auch wenn", ` +
		`"nur weil", "erst wenn", "so dass", "als ob", "ohne dass"), after comparatives ("mehr als") and ` +
		`when the word after the conjunction shows no clause.`,
	Bad: []string{
		`Er sagte zur {{Kenntnisnahme dass}} seine Plattform ab Dienstag gesperrt werde.`,
		`Die Firma teilte {{mit dass}} sie keine Stellungnahme abgeben werde.`,
		`Der Zug fiel {{aus weil}} ein Baum auf den Gleisen lag.`,
		`Die Polizei prüft {{derzeit ob}} es weitere Opfer gibt.`,
		`Sie kam zur {{Arbeit obwohl}} sie krank war.`,
		`Es regnete {{heftig als}} er das Haus verließ.`,
		`Er las die {{Zeitung während}} sie das Frühstück machte.`,
		`Sie sparte jeden {{Cent damit}} ihr Sohn studieren kann.`,
		`Er kehrte nach Hause {{zurück nachdem}} er den Vertrag unterschrieben hatte.`,
		`Das führt {{dazu dass}} niemand mehr kommt.`,
		`Ich bin oft {{hier da}} es mir hier gefällt.`,
	},
	Good: []string{
		`Er sagte zur Kenntnisnahme, dass seine Plattform ab Dienstag gesperrt werde.`,
		`Sie kommt auch wenn es regnet.`,
		`Er ging nur weil sie es wollte.`,
		`Er tat so als ob nichts geschehen wäre.`,
		`Die Firma wuchs schneller als die Konkurrenz erwartet hatte.`,
		`Er arbeitet als Arzt in Berlin.`,
		`Er schlief während der Sitzung ein.`,
		`Sie hat damit die Firma gerettet.`,
		`Er kam, ohne dass jemand ihn bemerkte, und ging wieder.`,
		`Dass er kommt, freut uns.`,
		`Die Frage ob er kommt bleibt offen.`,
		`Wir wohnen in Rothenburg ob der Tauber.`,
		`Er verdient mehr als die Hälfte seiner Kollegen bekommt.`,
		`„Wir prüfen“ – dass es dauert, wusste er.`,
		`Er regte sich so auf dass man es im Flur hörte.`,
		"Weißt du, ob er kommt?",
		"Sag mir Bescheid, wenn du ankommst.",
		"Den Vertrag hat er unterschrieben, weil er musste.",
		"Warum Musk droht, wenn Twitter verliert",
		"Er blieb, bis es dunkel wurde, und kam erst da an.",
		"Er wartete solange es ging und fuhr dann.",
		"Da er krank war, blieb er zu Hause.",
	},
	Check: checkCommaBeforeSubclause,
}

func checkCommaBeforeSubclause(pass *checker.Pass) {
	d := pass.Doc
	lx := clause.LexOf(pass)
	var x *rangeIndex
	for i := range candidates(pass, grammarIndexOf(pass).subordinator) {
		if !commaSubordinatorAt(lx, i) {
			continue
		}
		if x == nil {
			if pass.Stopped() {
				return
			}
			x = indexOf(pass)
		}
		if !missingSubclauseComma(lx, x, i) {
			continue
		}
		prev, conj := d.TokenText(i-1), d.TokenText(i)
		fixed := prev + ", " + conj
		msg := fmt.Sprintf("Komma fehlt vor „%s“: Der Nebensatz wird durch Komma abgetrennt („%s“).", conj, fixed)
		pass.Report(spanOf(d, i-1, i), msg, fixed)
	}
}

// commaSubordinatorAt reports whether token i is a lower-case subordinating
// conjunction the rule checks (commaSubordinators).
func commaSubordinatorAt(lx *clause.Lex, i int) bool {
	return isLowerWord(lx.Doc(), i) && lx.Ask(i, isCommaSubordinator)
}

// isCommaSubordinator asks whether a word is one of the commaSubordinators
// and a subordinator by the lexicon.
var isCommaSubordinator = clause.NewEntryQuestion(func(w string, e *lexicon.Entry) bool {
	return commaSubordinators[w] && e.Is(lexicon.Subordinator)
})

// missingSubclauseComma reports whether token i is a subordinating
// conjunction that opens a clause without the comma it needs.
func missingSubclauseComma(lx *clause.Lex, x *rangeIndex, i int) bool {
	d := lx.Doc()
	if !commaSubordinatorAt(lx, i) || d.Tokens[i].SentenceStart ||
		!isWord(d, i-1) || d.Tokens[i-1].Sentence != d.Tokens[i].Sentence {
		return false
	}
	conj, prev := d.TokenText(i), lowerTextAt(d, i-1)
	if noCommaBefore(prev, conj) {
		return false
	}
	start := x.stretchStart(i)
	if !x.hasFiniteIn(start, i) {
		// No clause with its verb precedes in this stretch: "Die Tatsache dass",
		// or a subordinate clause still waiting for its verb ("bevor sie sie
		// während der Pause abschnitten").
		return false
	}
	if conj == "als" && x.hasComparativeIn(start, i) {
		return false // "um wie viel reicher die oberen 20 Prozent als die unteren sind"
	}
	end := x.stretchEndAt(i)
	if end-i < 2 || ellipticalAfterConjunction[lowerTextAt(d, i+1)] {
		return false
	}
	switch {
	case conj == "dass" || conj == "daß":
		return true
	case germanLexicon().IsWeakSubordinator(conj):
		return subjectOpensAt(d, i+1) && (endsInFiniteVerb(d, i+1, end) || endsInVerbCluster(lx, i+1, end))
	}
	return x.hasMaybeVerbIn(i+1, end)
}

// noCommaBefore reports whether the comma, if any, belongs before the word
// prev rather than between prev and the conjunction: after a conjunction,
// adverb or particle ("und dass", "auch wenn", "nur weil", "als ob"), in
// fixed phrases ("ohne dass", "statt dass"), after a comparative ("mehr
// als", "schneller als") and after a span of time ("zwei Tage nachdem").
// Other prepositions before a conjunction are separable particles that close
// the main clause ("teilte mit dass") and do not stop the rule.
func noCommaBefore(prev, conj string) bool {
	if commaCorrelates[prev] && (conj == "dass" || conj == "daß" || conj == "ob" || conj == "wenn" || conj == "weil") {
		return false // "führt dazu, dass", "deshalb, weil"
	}
	if conj == "da" && germanLexicon().Is(prev, lexicon.Adverb) && !germanLexicon().Is(prev, lexicon.Particle|
		lexicon.Coordinator|lexicon.Subordinator) && !commaFocusWords[prev] {
		return false // "Ich bin oft hier, da es mir gefällt"
	}
	if germanLexicon().Is(prev, lexicon.Coordinator|lexicon.Subordinator|lexicon.Comparative|lexicon.Adverb|
		lexicon.Particle|lexicon.Negation|lexicon.Contraction) || commaFocusWords[prev] {
		return true
	}
	switch conj {
	case "als":
		return strings.HasSuffix(prev, "er") || comparativeWords[prev] || strings.HasPrefix(prev, "ander") ||
			strings.HasPrefix(prev, "kein")
	case "nachdem", "bevor", "wenn", "während":
		return timeSpanNouns[prev]
	}
	return false
}

// subjectOpensAt reports whether token i can only open the subject of a
// clause, not a genitive or dative after the preposition "während" or a noun
// phrase after "als": a personal pronoun, or a determiner that can be
// nominative but not genitive or dative ("die", "das", "ein", "seine", but
// not "der", "des", "dem", "einer", "ihrer").
func subjectOpensAt(d *checker.Doc, i int) bool {
	if !isLowerWord(d, i) {
		return false
	}
	w := d.TokenText(i)
	if subjectPronouns[w] {
		return true
	}
	if !germanLexicon().Is(w, lexicon.Article|lexicon.PossessivePronoun|lexicon.DemonstrativePronoun) {
		return false
	}
	return strings.HasSuffix(w, "e") || nominativeDeterminers[w]
}

// endsInFiniteVerb reports whether the stretch [first, end) ends in a finite verb
// that is not also an infinitive or participle ("kam", "machte", "kann"):
// the verb-final position of a subordinate clause.
func endsInFiniteVerb(d *checker.Doc, first, end int) bool {
	j := lastWordLikeIn(d, first, end)
	if j < 0 || !isLowerWord(d, j) {
		return false
	}
	w := d.TokenText(j)
	return germanLexicon().IsFinite(w) && !germanLexicon().Is(w, lexicon.Infinitive|lexicon.Participle)
}
