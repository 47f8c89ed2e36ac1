package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/mtcheck/mtcheck/checker"
)

// maxSubjectWords is the longest subject of a reporting clause the rule looks
// through ("der frühere Minister", "Elon Musk").
const maxSubjectWords = 3

var duplicateReportingVerb = checker.Rule{
	ID:       "duplicate-reporting-verb",
	Category: "fluency/duplicate-verb",
	Severity: checker.Major,
	Message:  "Doppeltes Redeverb: zwei Redeeinleitungen für dieselbe Aussage.",
	Doc: `Catches two reporting clauses stacked on one quote or statement without punctuation or conjunction ` +
		`between them: "„…“, sagte der Milliardär sagte er". English news copy often carries the attribution twice ` +
		`(a source's name and a later "he said" from an edit), and machine translation renders both literally. ` +
		`The rule looks for a finite reporting verb (sagte, erklärte, fügte … hinzu, …) after a quote, a comma or ` +
		`a fronted adverb, a subject of one to three words, a second reporting verb and a pronoun or name.`,
	Bad: []string{
		`„Sie haben unsere Daten genutzt“, {{sagte der Unternehmer sagte er}} in einem Interview.`,
		`„Wir prüfen das“, {{erklärte die Sprecherin sagte sie}} am Montag.`,
		`„Das ist nicht hinnehmbar“, {{schrieb Anna Berger betonte sie}} auf ihrer Website.`,
		`„Die Zahlen stimmen“, {{fügte der neue Finanzchef hinzu sagte er}}.`,
		`„Wir bleiben dabei“, {{sagte er meinte Schmidt}}, bevor er ging.`,
		`„Ende der Debatte“ {{sagt ihr Anwalt sagte Meier}} dazu.`,
		`„Keine Kommentare“, {{teilte das Ministerium mit erklärte es}}.`,
		`„Wir wachsen“, {{sagte die Chefin fügte sie hinzu}}. „Auch im Ausland.“`,
		`Später {{sagte der Trainer sagte er}}, die Mannschaft sei müde gewesen.`,
	},
	Good: []string{
		`„Wir prüfen das“, sagte der Sprecher in einem Interview.`,
		`„Nein“, sagte er und sagte dann nichts mehr.`,
		`Er sagte, sie sagte es ihm schon gestern.`,
		`Sie wiederholte nur, was er sagte.`,
		`„Gut“, sagte er, sagte sie dann später.`,
		`„Das reicht“, sagte er. Sagte sie das wirklich?`,
		`Er meinte die Frau sagte er solle warten.`,
		`„Wir kommen“, sagte der Sprecher, und erklärte er dann noch einmal.`,
		`„Danke“, sagte die Trainerin sagte es ihm aber nicht.`,
		`„Wir fusionieren“, teilte das Unternehmen mit. Der Vorstand sagte Ja.`,
	},
	Check: checkDuplicateReportingVerb,
}

func checkDuplicateReportingVerb(pass *checker.Pass) {
	d := pass.Doc
	for i := range d.Tokens {
		m, ok := matchDuplicateReporting(d, i)
		if !ok {
			continue
		}
		first := d.Text[d.Tokens[i].Start:d.Tokens[m.firstEnd-1].End]
		second := d.Text[d.Tokens[m.secondVerb].Start:d.Tokens[m.end-1].End]
		msg := fmt.Sprintf("Doppeltes Redeverb: „%s“ und „%s“ leiten dieselbe Aussage ein; eine Redeeinleitung streichen.",
			first, second)
		pass.Report(spanOf(d, i, m.end-1), msg, first)
	}
}

// reportingMatch is a stacked pair of reporting clauses starting at a token.
type reportingMatch struct {
	firstEnd   int // end (exclusive) of the first clause: verb, subject and particle
	secondVerb int // index of the second reporting verb
	end        int // end (exclusive) of the second clause's subject and particle
}

// matchDuplicateReporting matches "verb subject [particle] verb subject [particle]"
// starting at token i.
func matchDuplicateReporting(d *checker.Doc, i int) (reportingMatch, bool) {
	particles, ok := reportingVerbAt(d, i)
	if !ok || !reportingClauseCanStart(d, i) {
		return reportingMatch{}, false
	}
	k, ok := firstSubjectEnd(d, i+1)
	if !ok {
		return reportingMatch{}, false
	}
	if k, ok = particleEnd(d, k, particles); !ok {
		return reportingMatch{}, false
	}
	m := reportingMatch{firstEnd: k, secondVerb: k}
	particles, ok = reportingVerbAt(d, k)
	if !ok {
		return reportingMatch{}, false
	}
	e, ok := secondSubjectEnd(d, k+1)
	if !ok {
		return reportingMatch{}, false
	}
	if e, ok = particleEnd(d, e, particles); !ok {
		return reportingMatch{}, false
	}
	for j := i + 1; j < e; j++ {
		if !d.Tokens[j].SpaceBefore || !sameParagraph(d, i, j) {
			return reportingMatch{}, false
		}
	}
	m.end = e
	return m, true
}

// reportingVerbAt reports whether token i is a lowercase finite reporting verb
// and returns the particles it needs.
func reportingVerbAt(d *checker.Doc, i int) ([]string, bool) {
	if !isLowerWord(d, i) {
		return nil, false
	}
	p, ok := reportingVerbs[tokenText(d, i)]
	return p, ok
}

// reportingClauseCanStart reports whether the verb at token i is in the place
// of an inverted reporting clause: after a quote, comma, colon or dash, or
// after a single fronted adverb at the start of a sentence. A verb after its
// own subject ("Er meinte …") is not.
func reportingClauseCanStart(d *checker.Doc, i int) bool {
	if i == 0 || !sameParagraph(d, i-1, i) {
		return false
	}
	prev := d.Tokens[i-1]
	switch {
	case prev.Kind == checker.Punct:
		return true
	case prev.Kind == checker.Word && prev.SentenceStart:
		return frontedAdverbs[tokenText(d, i-1)]
	}
	return false
}

// particleEnd checks the separable particle a verb needs at token k and returns
// the index after it. Verbs without particles need nothing.
func particleEnd(d *checker.Doc, k int, particles []string) (int, bool) {
	if particles == nil {
		return k, true
	}
	if isLowerWord(d, k) && slices.Contains(particles, tokenText(d, k)) {
		return k + 1, true
	}
	return k, false
}

// firstSubjectEnd parses the subject of the first reporting clause starting at
// token j: a personal pronoun, a name of up to three capitalised words, or a
// determiner, optional adjectives and a noun or name. It returns the index after it.
func firstSubjectEnd(d *checker.Doc, j int) (int, bool) {
	if !isWord(d, j) {
		return j, false
	}
	w := tokenText(d, j)
	switch {
	case subjectPronouns[w]:
		return j + 1, true
	case subjectDeterminers[w]:
		n := j + 1
		for n < j+maxSubjectWords-1 && isAdjectiveLike(d, n) {
			n++
		}
		if !isNameWord(d, n) {
			return j, false
		}
		n++
		if n < j+maxSubjectWords && isNameWord(d, n) {
			n++
		}
		return n, true
	case isNameWord(d, j):
		return nameEnd(d, j), true
	}
	return j, false
}

// secondSubjectEnd parses the subject of the second reporting clause: a
// personal pronoun or a name. "es" followed by an object pronoun ("sagte es
// ihm") is an object, not a subject.
func secondSubjectEnd(d *checker.Doc, j int) (int, bool) {
	if !isWord(d, j) {
		return j, false
	}
	w := tokenText(d, j)
	switch {
	case subjectPronouns[w]:
		if w == "es" && isWord(d, j+1) && objectPronouns[tokenText(d, j+1)] {
			return j, false
		}
		return j + 1, true
	case isNameWord(d, j):
		return nameEnd(d, j), true
	}
	return j, false
}

// nameEnd returns the index after a run of up to maxSubjectWords name words starting at j.
func nameEnd(d *checker.Doc, j int) int {
	n := j
	for n < j+maxSubjectWords && isNameWord(d, n) {
		n++
	}
	return n
}

// isNameWord reports whether token i can be a noun or name in a subject: a
// capitalised word that is not a capitalised function word ("Und", "Der").
func isNameWord(d *checker.Doc, i int) bool {
	if !isCapWord(d, i) {
		return false
	}
	low := strings.ToLower(tokenText(d, i))
	return !notSubjectWords[low] && !subjectDeterminers[low] && !subjectPronouns[low]
}

// isAdjectiveLike reports whether token i can be an attributive adjective:
// lowercase, inflected, and not a function word or a reporting verb.
func isAdjectiveLike(d *checker.Doc, i int) bool {
	if !isLowerWord(d, i) {
		return false
	}
	w := tokenText(d, i)
	if notSubjectWords[w] || subjectDeterminers[w] || subjectPronouns[w] {
		return false
	}
	if _, ok := reportingVerbs[w]; ok {
		return false
	}
	for _, e := range adjectiveEndings {
		if strings.HasSuffix(w, e) && len(w) > len(e)+1 {
			return true
		}
	}
	return false
}
