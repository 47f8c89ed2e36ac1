package rules

import (
	"fmt"
	"strings"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/clause"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

// extraposedObject flags a short prepositional phrase after the closing verbs
// of a verb-final clause.
var extraposedObject = checker.Rule{
	ID:       "extraposed-object",
	Title:    "Prepositional phrase after the closing verbs",
	Category: "fluency/word-order",
	Severity: checker.Minor,
	Message:  "Wortstellung: Die Ergänzung gehört vor das Verb am Ende des Nebensatzes.",
	Doc: `Catches a short prepositional phrase left after the closing verbs of a subordinate clause, in ` +
		`English order: "…, dass sie zurückkehren werden“ zu Twitter." (English "that they will return to ` +
		`Twitter"). German puts it before the verbs: "dass sie zu Twitter zurückkehren werden". The rule needs a ` +
		`clause opened by a subordinating conjunction or a relative pronoun, with a subject, that ends in an ` +
		`infinitive or participle followed by the finite auxiliary or modal governing it, and after that (and ` +
		`perhaps a closing quote) a preposition and at most two words that end the sentence. Spoken German ` +
		`moves prepositional phrases behind the verb too ("weil er gewartet hat auf den Bus"); in written news copy ` +
		`that order is a translation trace as well, and the rule raised no finding on the native test texts.`,
	Bad: []string{
		`Er sagte, dass sie zurückkehren {{werden“ zu Twitter}}.`,
		`Sie hofft, dass die Kunden zurückkommen {{werden zu uns}}.`,
		`Er glaubt, dass der Konzern investieren {{wird in Europa}}.`,
		`Wir wissen, dass sie gesprochen {{haben mit dem Minister}}.`,
		`Es ist klar, dass die Firma umziehen {{muss nach Berlin}}.`,
	},
	Good: []string{
		`Er sagte, dass sie zu Twitter zurückkehren werden.`,
		`Er sagte, dass sie zurückkehren werden, zu Twitter und zu Facebook.`,
		`Er sagte, dass sie zurückkehren werden, um zu helfen.`,
		`Sie hat gesagt, sie werde zurückkehren zu Twitter.`,
		`Er bleibt, bis die Gäste gegangen sind zu später Stunde und das Licht ausgeht.`,
		`„Wir werden zurückkehren“, sagte er zu Twitter.`,
		`Dass sie zurückkehren werden, sagte er gestern zu uns.`,
		`Er fragte, ob sie kommen werden zu zweit oder zu dritt.`,
	},
	Check: checkExtraposedObject,
}

// maxExtraposedWords is the longest phrase after the preposition. Native
// writers move long prepositional phrases behind the verbs now and then
// ("die hochgespült werden auf der rechten Seite"); short ones stay put.
const maxExtraposedWords = 2

// checkExtraposedObject reports the closing finite verb and the phrase after it.
func checkExtraposedObject(pass *checker.Pass) {
	a := clause.Of(pass)
	d := pass.Doc
	for k := range a.Clauses {
		if pass.Stopped() {
			return
		}
		f, end, ok := matchExtraposedObject(a, &a.Clauses[k])
		if !ok {
			continue
		}
		pp := d.Slice(d.Tokens[f+1].Span.To(d.Tokens[end-1].Span))
		msg := fmt.Sprintf("Wortstellung: „%s“ gehört vor die Verben am Ende des Nebensatzes.", strings.TrimLeft(pp, "“”\"«»’ "))
		pass.Report(spanOf(d, f, end-1), msg)
	}
}

// matchExtraposedObject finds the finite verb closing a verb-final clause
// with a prepositional phrase after it that ends the sentence. It returns
// the finite verb and the index after the phrase.
func matchExtraposedObject(a *clause.Analysis, c *clause.Clause) (f, end int, ok bool) {
	if !c.Kind.VerbFinal() || !c.Sure || c.Question || len(c.Finite) == 0 {
		return 0, 0, false
	}
	if _, found := a.SubjectAt(c.OpenerEnd, c.End); !found {
		return 0, 0, false
	}
	for _, f := range c.Finite {
		aux := a.Auxiliary(f)
		if aux == "" || !a.IsLower(f) || !a.Governs(aux, f-1) {
			continue
		}
		if end, ok := sentenceFinalPhrase(a, f+1); ok {
			return f, end, true
		}
	}
	return 0, 0, false
}

// sentenceFinalPhrase parses, from token i, optional closing quotes, a
// preposition and one to maxExtraposedWords words that are no verbs, and
// requires the sentence or the stretch to end after them: only punctuation
// may follow, up to the end of the sentence or a comma or semicolon.
func sentenceFinalPhrase(a *clause.Analysis, i int) (int, bool) {
	d := a.Doc
	s := d.Sentences[d.Tokens[i-1].Sentence]
	for i < s.End && d.Tokens[i].Kind == checker.Punct && checker.IsQuoteMark(a.Text(i)) {
		i++
	}
	if i >= s.End || !a.IsLower(i) || !a.Is(i, lexicon.Preposition|lexicon.Contraction) ||
		a.Is(i, lexicon.Subordinator|lexicon.Comparative) {
		return 0, false
	}
	n := 0
	k := i + 1
	for ; k < s.End && d.Tokens[k].IsWordLike(); k++ {
		n++
		if n > maxExtraposedWords || a.HasVerbIn(k, k+1) || a.Is(k, lexicon.Coordinator|lexicon.Preposition) {
			return 0, false
		}
	}
	if n == 0 || !a.IsNoun(k-1) && !a.IsName(k-1) && !a.Is(k-1, lexicon.Pronoun) {
		return 0, false
	}
	for j := k; j < s.End; j++ {
		switch t := a.Text(j); {
		case d.Tokens[j].Kind != checker.Punct:
			return 0, false
		case t == "," || t == ";":
			return k, true // „…“ zu uns, sagte sie.
		case !checker.IsSentenceEnd(t) && !checker.IsEllipsis(t) && !checker.IsClosingMark(t):
			return 0, false // only end marks and closing quotes or brackets may follow
		}
	}
	return k, true
}
