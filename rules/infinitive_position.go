package rules

import (
	"fmt"
	"strings"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/clause"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

// infinitivePosition flags an infinitive or participle placed before its object.
var infinitivePosition = checker.Rule{
	ID:       "infinitive-position",
	Title:    "Infinitive before its object",
	Category: "fluency/word-order",
	Severity: checker.Major,
	Message:  "Wortstellung: Infinitiv oder Partizip steht am Satzende, nach dem Objekt.",
	Doc: `Catches an infinitive or participle placed before its object, English style, after a modal or ` +
		`auxiliary in a main clause: "Vielleicht möchten Sie Twitter lesen Cookie-Richtlinie", "Er hat gekauft ` +
		`ein Auto". German closes the clause with the non-finite verb ("Er hat ein Auto gekauft"). The rule ` +
		`flags the verb and the noun phrase after it when the verb is governed by the clause's finite ` +
		`auxiliary or modal and the noun phrase is followed by no other verb. It stays silent before a comma or ` +
		`"und" (a new clause), a zu-infinitive ("Es ist geplant, eine Halle zu bauen" without its optional ` +
		`comma), a second verb of the verb complex ("kaufen wollen"), a prepositional phrase ("Er hat gewartet ` +
		`auf den Bus" is colloquial, not a translation artifact for sure), temporal noun phrases ("jeden Tag") ` +
		`and quoted titles.`,
	Bad: []string{
		`Vielleicht möchten Sie Twitter {{lesen Cookie-Richtlinie}} und Datenschutz vor dem Einlass.`,
		`Er hat {{gekauft ein Auto}}.`,
		`Die Regierung will {{senken die Steuern}} für Familien.`,
		`Wir haben {{gesehen einen Film}}, der uns gefiel.`,
		`Die Firma wird {{eröffnen eine neue Filiale}} in Hamburg.`,
		`Kann ich {{haben ein Glas Wasser}}?`,
		`Sie hat ihm {{gegeben das Buch}}.`,
	},
	Good: []string{
		`Er hat ein Auto gekauft.`,
		`Er hat gekauft, was er brauchte.`,
		`Er hat gekauft und verkauft.`,
		`Es ist geplant eine neue Halle zu bauen.`,
		`Er hat versucht das Auto zu reparieren.`,
		`Sie wird das Haus kaufen wollen.`,
		`Er hat gewartet auf den Bus.`,
		`Das Museum ist geöffnet jeden Tag außer montags.`,
		`Er hat gelesen „Die Blechtrommel“.`,
		`Ich habe gehört die Kinder singen.`,
		`Sie hat das Auto reparieren lassen.`,
		`Lesen Sie den Bericht.`,
		`Dass er kommen will, freut uns.`,
		`Ebenso gut könnte ich versuchen eine Glühbirne auszupusten.`,
		`Er war wie gewohnt Moderator der Sendung.`,
		`Sie hat, ehrlich gesagt, keine Ahnung.`,
		`Gewalt ist der Zwilling des Materialismus gewesen der Grund für vieles.`,
		`Er hat gesagt: „Nein.“`,
		`Sie wollte zu einer lichten Flammen werden.`,
	},
	Check: checkInfinitivePosition,
}

// checkInfinitivePosition reports each match; when the object ends the clause,
// the suggestion puts the verb behind it.
func checkInfinitivePosition(pass *checker.Pass) {
	a := clause.Of(pass)
	d := pass.Doc
	for k := range a.Clauses {
		if pass.Stopped() {
			return
		}
		m, ok := matchInfinitivePosition(a, &a.Clauses[k])
		if !ok {
			continue
		}
		verb := a.Text(m.verb)
		object := d.Slice(d.Tokens[m.verb+1].Span.To(d.Tokens[m.objectEnd-1].Span))
		fix := object + " " + verb
		msg := fmt.Sprintf("Wortstellung: „%s“ gehört ans Ende, hinter „%s“: „%s“.", verb, object, fix)
		var fixes []string
		if m.objectEnd == a.Clauses[k].End {
			fixes = append(fixes, fix)
		}
		pass.Report(spanOf(d, m.verb, m.objectEnd-1), msg, fixes...)
	}
}

// infinitiveMatch is a non-finite verb and the noun phrase after it.
type infinitiveMatch struct {
	verb, objectEnd int
}

// matchInfinitivePosition looks in a main clause for the first infinitive
// or participle governed by the finite auxiliary or modal, directly followed
// by a noun phrase and then by no other verb.
func matchInfinitivePosition(a *clause.Analysis, c *clause.Clause) (infinitiveMatch, bool) {
	if c.Kind != clause.Main || len(c.Finite) == 0 {
		return infinitiveMatch{}, false
	}
	f := c.Finite[0]
	aux := a.Auxiliary(f)
	if aux == "" {
		return infinitiveMatch{}, false
	}
	v := -1
	for i := f + 1; i < c.End && i <= f+maxMiddleField+1; i++ {
		if a.Governs(aux, i) {
			v = i
			break
		}
		if a.NonFiniteLike(i) || a.ZuInfinitiveLike(i) || !middleFieldWord(a, i) {
			return infinitiveMatch{}, false
		}
	}
	if v < 0 || v+1 >= c.End || !a.Doc.Tokens[v+1].IsWordLike() || !a.OpensObject(v+1) || !verbStandsAlone(a, v) {
		return infinitiveMatch{}, false
	}
	end, ok := objectPhraseEnd(a, v+1, c.End)
	stretch := a.StretchEnd(v + 1)
	if !ok || a.HasVerb(c, a.WordsIn(v+1, c.End)) || a.HasVerbIn(v+1, stretch) || hasZu(a, v+1, stretch) {
		return infinitiveMatch{}, false
	}
	return infinitiveMatch{verb: v, objectEnd: end}, true
}

// maxMiddleField is the number of words the rule accepts between the finite
// auxiliary and the infinitive or participle. A longer middle field holds
// the verb's objects already, and what follows the verb is more likely an
// apposition with a missing comma than a misplaced object.
const maxMiddleField = 3

// middleFieldWord reports whether token i may stand between the auxiliary
// and the verb: a word that is not a determiner of a noun phrase or a
// preposition, which would show that the clause's objects and adverbials
// precede the verb as they should ("… ist der Zwilling des X gewesen der Y").
func middleFieldWord(a *clause.Analysis, i int) bool {
	if !a.Doc.Tokens[i].IsWordLike() {
		return false
	}
	if !a.IsLower(i) {
		return true
	}
	if a.Is(i, lexicon.Article|lexicon.DemonstrativePronoun|lexicon.Preposition|lexicon.Contraction) {
		return false
	}
	return !a.Is(i, lexicon.PossessivePronoun) || !a.IsNoun(i+1)
}

// fixedParticiples form set phrases with the adverb before them ("ehrlich
// gesagt", "genau genommen", "so gesehen"), which stand apart from the clause.
var fixedParticiples = wordSet("gesagt", "genommen", "gesehen", "ausgedrückt", "gerechnet", "betrachtet", "formuliert")

// verbStandsAlone rejects verbs that belong to something else than the
// verb complex: a zu-infinitive ("zu geben"), an attributive adjective
// ("zu einer lichten Flammen"), a comparison ("wie gewohnt") or a set phrase
// ("ehrlich gesagt").
func verbStandsAlone(a *clause.Analysis, v int) bool {
	p := v - 1
	if !a.IsWord(p) {
		return true
	}
	switch strings.ToLower(a.Text(p)) {
	case "zu", "wie", "als":
		return false
	}
	if a.Is(p, lexicon.Article|lexicon.PossessivePronoun|lexicon.DemonstrativePronoun|lexicon.Preposition|lexicon.Contraction) &&
		a.IsLower(p) {
		return false
	}
	return !fixedParticiples[a.Text(v)] || !a.IsLower(p) || a.Is(p, lexicon.Pronoun|lexicon.Verb|lexicon.Auxiliary|lexicon.Modal)
}

// objectPhraseEnd parses the object noun phrase at i: a pronoun, a name or
// noun, a determiner with its noun, or adjectives and a noun. It returns the
// index after it; phrases headed by a time noun ("die ganze Nacht") fail.
func objectPhraseEnd(a *clause.Analysis, i, end int) (int, bool) {
	p, ok := a.SubjectAt(i, end)
	switch {
	case ok:
	case a.AdjectiveNounEnd(i, end) > 0:
		p = clause.Phrase{First: i, End: a.AdjectiveNounEnd(i, end)}
	case a.IsLower(i) && !a.Is(i, lexicon.Article|lexicon.PossessivePronoun|lexicon.DemonstrativePronoun):
		return i + 1, true // an object pronoun
	default:
		return 0, false
	}
	for k := p.First; k < p.End; k++ {
		if clause.IsTimeNoun(a.Text(k)) {
			return 0, false
		}
	}
	return p.End, true
}

// hasZu reports whether "zu" occurs in [from, end): an infinitive clause
// without its optional comma.
func hasZu(a *clause.Analysis, from, end int) bool {
	for i := from; i < end; i++ {
		if a.IsLower(i) && a.Text(i) == "zu" {
			return true
		}
	}
	return false
}
