package rules

import (
	"fmt"
	"slices"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/clause"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

// verbFinal flags finite verbs in main-clause position inside verb-final clauses.
var verbFinal = checker.Rule{
	ID:       "verb-final",
	Title:    "Main-clause word order in a subordinate clause",
	Category: "fluency/word-order",
	Severity: checker.Major,
	Message:  "Wortstellung: Im Nebensatz steht das finite Verb am Ende.",
	Doc: `Catches subordinate and relative clauses in English main-clause order, with the finite verb right ` +
		`after the subject instead of at the end: "…, dass er hat gesagt", "weil die Preise sind gestiegen", ` +
		`"…, weil er kaufte ein Auto". Machine translation often keeps the English order inside clauses opened ` +
		`by dass, weil, ob, wenn, obwohl, nachdem or a relative pronoun. The rule needs a clause opener, a subject ` +
		`(pronoun, noun phrase or name) and then one of three patterns: an auxiliary or modal followed by the ` +
		`participle or infinitive it governs ("hat gesagt", flagged together); a verb that can only be finite ` +
		`directly after the subject and followed by an object; or a split separable verb whose particle closes ` +
		`the clause ("weil er gab auf"). Ambiguous openers (als, da, während, seit, bis) count only before a ` +
		`pronoun or an article; a verb complex of two infinitives ("dass er hat kommen können") is correct German.`,
	Bad: []string{
		`Er sagte, dass er {{hat gesagt}}, die Zahlen stimmten.`,
		`Die Mieten steigen, weil die Preise {{sind gestiegen}}.`,
		`Er räumte ein, dass die Kosten zuletzt deutlich {{sind gestiegen}}.`,
		`Wir wissen nicht, ob der Vorstand {{wird zustimmen}}.`,
		`Das ist der Wagen, den sie gestern {{hat gekauft}}.`,
		`Sie ging, weil er {{kaufte}} ein Auto.`,
		`Der Kunde beschwerte sich, nachdem die Firma {{lieferte}} die falsche Ware.`,
		`Man weiß nicht, ob er {{gab}} auf.`,
		`Als er {{hat gewonnen}}, jubelten alle.`,
		`Es ist unklar, warum sie {{hat gelogen}}.`,
		`Er sagte, dass die Regierung {{wird}} das Gesetz ändern.`,
	},
	Good: []string{
		`Er sagte, dass er gekommen ist, um zu helfen.`,
		`Die Mieten steigen, weil die Preise gestiegen sind.`,
		`Er wusste, dass er das hat kommen sehen.`,
		`Sie sagte, dass er hätte kommen sollen.`,
		`Als Chef hat er viel erreicht.`,
		`Während der Sitzung wird gegessen.`,
		`Da ist er gekommen.`,
		`Es regnete, das ist gewiss.`,
		`Es regnete, die Preise sind gestiegen.`,
		`Er wirkte, als hätte er gewonnen.`,
		`Sie lief schneller, als er gedacht hatte.`,
		`Ich frage mich, was ist das?`,
		`Der Mann, der kam, war mein Onkel.`,
		`Er sagte, dass er kommt und sie geht.`,
		`Dass er „Nein“ gesagt hat, wundert keinen.`,
		`Wenn es regnet wird gefeiert.`,
		`Er fragte, ob sie sich hat beraten lassen.`,
		`Er weiß, dass sie das hat kommen sehen.`,
		`Was er hat, ist wenig.`,
		`Wir wissen nicht, ob sie kommen wird.`,
		`Es ist klar, dass sie infiziert werden können.`,
		`Das geht nicht, außer Sie zahlen mehr.`,
	},
	Check: checkVerbFinal,
}

// checkVerbFinal reports each misplaced finite verb; "hat gesagt" at the end of
// its clause gets "gesagt hat" as suggestion.
func checkVerbFinal(pass *checker.Pass) {
	a := clause.Of(pass)
	d := pass.Doc
	for k := range a.Clauses {
		if pass.Stopped() {
			return
		}
		m, ok := matchVerbFinal(a, &a.Clauses[k])
		if !ok {
			continue
		}
		span := spanOf(d, m.finite, m.last)
		var fixes []string
		msg := fmt.Sprintf("Wortstellung: Im Nebensatz gehört „%s“ ans Ende.", a.Text(m.finite))
		if m.last != m.finite {
			fix := a.Text(m.last) + " " + a.Text(m.finite)
			if m.atEnd {
				fixes = append(fixes, fix)
			}
			msg = fmt.Sprintf("Wortstellung: Im Nebensatz steht das finite Verb am Ende: „%s“ statt „%s“.", fix, d.Slice(span))
		}
		pass.Report(span, msg, fixes...)
	}
}

// verbFinalMatch is a misplaced finite verb, with the infinitive or
// participle after it when they are flagged together.
type verbFinalMatch struct {
	finite, last int
	atEnd        bool // the flagged words end the clause
}

// matchVerbFinal looks for a finite verb in main-clause position in a
// verb-final clause.
func matchVerbFinal(a *clause.Analysis, c *clause.Clause) (verbFinalMatch, bool) {
	if !c.Kind.VerbFinal() || c.Question || len(c.Finite) == 0 {
		return verbFinalMatch{}, false
	}
	subjEnd, persons, hasSubject, ok := verbFinalSubject(a, c)
	if !ok {
		return verbFinalMatch{}, false
	}
	f := c.Finite[0]
	if f < subjEnd || !a.IsLower(f) {
		return verbFinalMatch{}, false
	}
	for i := subjEnd; i < f; i++ {
		if a.NonFiniteLike(i) || a.ZuInfinitiveLike(i) || a.FiniteLike(i) {
			// "dass er gekommen ist gestern": the verb complex is already closed;
			// "Wer die Minibar anrührt wird …": a verb unknown to the lexicon.
			return verbFinalMatch{}, false
		}
	}
	if persons != 0 && a.FinitePersons(f)&persons == 0 {
		return verbFinalMatch{}, false
	}
	rest := a.WordsIn(f+1, c.End)
	if len(rest) == 0 {
		return verbFinalMatch{}, false
	}
	if aux := a.Auxiliary(f); aux != "" {
		return auxiliaryMisplaced(a, c, f, aux, rest, persons, hasSubject && f == subjEnd)
	}
	if f != subjEnd || !hasSubject || !c.Sure || !a.Lexicon().IsOnlyFinite(a.Text(f)) || a.HasVerb(c, rest) ||
		a.HasVerbIn(f+1, a.StretchEnd(f)) {
		return verbFinalMatch{}, false
	}
	last := rest[len(rest)-1]
	if a.IsLower(last) && slices.Contains(a.SeparablePrefixes(f), a.Text(last)) {
		return verbFinalMatch{finite: f, last: f}, true // "weil er gab auf"
	}
	if !a.OpensObject(rest[0]) {
		return verbFinalMatch{}, false
	}
	return verbFinalMatch{finite: f, last: f}, true
}

// auxiliaryMisplaced checks an auxiliary or modal f followed by the rest of
// its clause. Right before the infinitive or participle it governs, the two
// are flagged together ("dass er hat gesagt"); directly after the subject
// and with that verb closing the clause, f alone is ("dass die Regierung wird
// das Gesetz ändern"). A second verb form in the rest ("hat kommen können")
// is correct German and clears it.
func auxiliaryMisplaced(a *clause.Analysis, c *clause.Clause, f int, aux string, rest []int,
	persons lexicon.Persons, afterSubject bool) (verbFinalMatch, bool) {
	if a.Governs(aux, rest[0]) {
		if a.HasVerb(c, rest[1:]) || mayBeFiniteToo(a, c, f, rest[0], persons) {
			return verbFinalMatch{}, false
		}
		return verbFinalMatch{finite: f, last: rest[0], atEnd: len(rest) == 1}, true
	}
	last := rest[len(rest)-1]
	if !afterSubject || len(rest) < 2 || !a.Governs(aux, last) || a.HasVerb(c, rest[:len(rest)-1]) ||
		mayBeFiniteToo(a, c, f, last, persons) || !a.OpensObject(rest[0]) && !a.Is(rest[0], lexicon.Adverb|lexicon.Negation) {
		return verbFinalMatch{}, false
	}
	return verbFinalMatch{finite: f, last: f}, true
}

// verbFinalSubject parses what stands between the opener of a verb-final
// clause and its verb: the subject's end, the verb slots it agrees with (0
// when the relative pronoun itself may be the subject), and whether there is
// a subject of its own. Weak openers (als, da, während …) need a pronoun or a
// noun phrase; relative clauses without a subject of their own need at least
// one word before the verb ("…, der gestern ist gekommen") and a sure reading.
func verbFinalSubject(a *clause.Analysis, c *clause.Clause) (end int, persons lexicon.Persons, own, ok bool) {
	subj, found := a.SubjectAt(c.OpenerEnd, c.End)
	switch {
	case found && (c.Sure || subj.Kind != clause.NamePhrase):
		return subj.End, subj.Persons, true, true
	case c.Kind == clause.Relative && c.Sure && c.Finite[0] > c.OpenerEnd:
		return c.OpenerEnd, 0, false, true
	}
	return 0, 0, false, false
}

// mayBeFiniteToo reports whether the verb v after the auxiliary f may itself
// be the clause's finite verb, f being an infinitive, with v agreeing with
// the subject as well as f does: in "…, dass sie infiziert werden können"
// the clause ends in the modal, while in "ob der Vorstand wird zustimmen"
// the singular subject rules out the plural reading of "zustimmen".
func mayBeFiniteToo(a *clause.Analysis, c *clause.Clause, f, v int, persons lexicon.Persons) bool {
	if !slices.Contains(c.Finite, v) || !a.Is(f, lexicon.Infinitive) {
		return false // "hat" can only be finite, so "veröffentlicht" after it is the participle
	}
	agree := a.FinitePersons(f)
	if persons != 0 {
		agree &= persons
	}
	return a.FinitePersons(v)&agree != 0
}
