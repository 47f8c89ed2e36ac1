package rules

import (
	"fmt"
	"slices"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/clause"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

// Limits of the duplicate-reporting-verb rule.
const (
	// maxSubjectWords is the longest subject of a reporting clause the rule
	// looks through ("der frühere Minister", "Elon Musk").
	maxSubjectWords = 3
	// maxReportingGap is the most words between two reporting clauses of one
	// clause ("sagte Musk in einem Interview fügte er hinzu").
	maxReportingGap = 6
)

var duplicateReportingVerb = checker.Rule{
	ID:       "duplicate-reporting-verb",
	Title:    "Two reporting clauses for one quotation",
	Category: "fluency/duplicate-verb",
	Severity: checker.Major,
	Message:  "Doppeltes Redeverb: zwei Redeeinleitungen für dieselbe Aussage.",
	Doc: `Catches two reporting clauses for one quote or statement, in the forms machine translation gives ` +
		`them: stacked ("„…“, sagte der Milliardär sagte er"), a few words apart in one clause ("sagte Musk in ` +
		`einem Interview fügte er hinzu"), separated by a comma at the end of the sentence, with or without ` +
		`words between ("„…“, sagte er, sagte Musk.", "…, schrieb Richter Ellington für die Mehrheit, schrieb ` +
		`er."), the second in English order with a pronoun ("…, sagte ein Arzt in Delhi, er sagte, …", "Ein ` +
		`Sprecher sagte am Montag, er sagte, …"), one before and one after the quotation ("Musk sagte: „…“, ` +
		`fügte er hinzu."), an attribution with "laut" closed by a reporting clause with a pronoun ("Laut ` +
		`Intel sollen die Pläne ruhen, sagte er."), a reporting clause in subject-verb order before indirect ` +
		`speech repeated at the end, inverted or in English order ("Ein Sprecher sagte, man arbeite an einer ` +
		`Lösung, erklärte er.", "Pike sagte, man habe Geld erhalten, sie sagte."), the ` +
		`attribution "so" and a name repeated by a reporting clause ("„…“, so Kommissar Šefčovič, sagte er") ` +
		`and an inverted reporting clause whose subject carries a relative clause ("„…“, sagte Karen Mills, ` +
		`die die Schule leitet, sagte sie"). English news copy often carries the attribution twice (a ` +
		`source's name and a later "he said" from an edit), and machine translation renders both literally. ` +
		`Reporting verbs are lemmas (sagen, erklären, hinzufügen …) whose finite forms come from the German ` +
		`lexicon; separable ones need their particle ("fügte … hinzu"). The first clause must stand where a ` +
		`reporting clause does (after a quote, comma, colon or a fronted adverb, or as subject and verb at the ` +
		`start of the sentence); a conjunction, relative pronoun or another finite verb between the two clauses ` +
		`ends the match, the second clause must end the sentence or go on with a prepositional phrase (or, in ` +
		`English order, end at a comma or colon), and a pronoun in English order must agree with the first ` +
		`subject, so that reported speech inside reported speech ("Sie sagte, er sagte, sie solle kommen") stays ` +
		`clean.`,
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
		`„Wir prüfen das“, {{sagte er, sagte Musk}}.`,
		`„Das ist falsch“, {{sagte Musk in einem Interview fügte er hinzu}}.`,
		`„Kein Kommentar“, {{teilte das Ministerium am Montag mit erklärte es}}.`,
		`„Wir kommen wieder“, {{erklärten die Veranstalter, sagten sie}} in Berlin.`,
		`Das Gesetz sei verfassungswidrig, {{schrieb Richter John Ellington für die Mehrheit, schrieb er}}.`,
		`„Wir haben das nie erlebt“, {{sagte ein Arzt in Delhi, er sagte}}, viele Patienten seien Bauarbeiter.`,
		`{{Ein Sprecher der Kommission sagte am Montag, er sagte}}, der Termin werde gehalten.`,
		`„Er ist genau der Typ, den wir gesucht haben“, {{sagte Arteta am Freitag, er fügte hinzu}}, der Stürmer werde helfen.`,
		`Laut Intel sollen die Pläne nur ruhen, {{sagte er}}.`,
		`Musk sagte: „Wir bleiben in Berlin“, {{fügte er hinzu}}.`,
		`Ein Sprecher des Flughafens sagte, man arbeite „mit Hochdruck“ an einer Lösung, {{erklärte er}}.`,
		`Die Ministerin erklärte, die Lage sei ernst, {{sagte sie}} am Abend.`,
		`Ein Sprecher von Volkswagen teilte mit, man reagiere auf die Nachfrage, {{sagte er}}.`,
		`„Wir sind bereit“, so Handelskommissar Maroš Šefčovič, {{sagte er}} am Dienstag.`,
		`„Die Kinder reden wieder“, sagte Schulleiterin Karen Mills, die die Schule seit 2019 leitet, {{sagte sie}}.`,
		`Pike sagte, man habe auch Geld aus Kanada erhalten, {{sie sagte}}.`,
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
		`„Nein“, sagte Musk in einem Interview, fügte aber hinzu, er prüfe das.`,
		`„Wir prüfen das“, sagte er in einem Interview und erklärte dann die Pläne.`,
		`„Ja“, sagte sie, als er fragte, ob sie komme.`,
		`„Wir warten“, sagte der Sprecher gestern, der Minister meinte dagegen, man handle.`,
		`„Gut“, sagte er am Montag im Sender, der ihn fragte, ob er bleibe.`,
		`Sie sagte am Montag, er sagte, sie solle sofort kommen.`,
		`Laut Polizei war der Fahrer betrunken, sagte ein Sprecher.`,
		`Der Minister sagte: „Wir bleiben.“ Später sagte er, man prüfe alles.`,
		`Er sagte, er sagte nie etwas anderes.`,
		`„Ja“, sagte Musk, er sagte aber nicht, wann.`,
		`„Ja“, sagte Musk, er fügte aber hinzu, das dauere.`,
		`Die Sprecherin sagte am Montag, er sagte das so nicht.`,
		`Der Minister sagte, die Lage sei ernst, erklärte sie am Abend.`,
		`Der Arzt, der sagte, er sei müde, half trotzdem, erzählte sie.`,
		`Die Ministerin sagte, die Lage sei ernst, fragte er dann.`,
		`„Wir sind bereit“, so der Kommissar, und sagte er dann nichts mehr.`,
		`„Gut“, sagte Mills, die das Amt seit 2019 hat, und sie lachte.`,
		`So sagte er, was er dachte, erzählte sie später.`,
		`Die Ministerin sagte, die Lage sei ernst, er sagte.`,
		`Der Trainer sagte, das Team sei müde, sie sagte es auch.`,
	},
	Check: checkDuplicateReportingVerb,
}

func checkDuplicateReportingVerb(pass *checker.Pass) {
	d := pass.Doc
	lx := clause.LexOf(pass)
	for v := range pass.Tokens() {
		if !isLowerWord(d, v) || !lx.Ask(v, hasReportingReading) {
			continue
		}
		i := v // the start of the match
		m, ok := matchDuplicateReporting(lx, i)
		if !ok {
			m, ok = matchCommaReporting(lx, i)
		}
		if !ok {
			i, m, ok = matchSubjectFirstAt(lx, v)
		}
		if !ok {
			if r, ok := matchFramedQuote(lx, v); ok {
				reportSplitReporting(pass, r, "Doppeltes Redeverb: „%s“ vor und „%s“ nach dem Zitat leiten dieselbe Aussage ein; eine Redeeinleitung streichen.")
			} else if r, ok := matchAttributedReporting(lx, v); ok {
				reportSplitReporting(pass, r, "Doppelte Quellenangabe: „%s“ und „%s“ nennen dieselbe Quelle; eine streichen.")
			} else if r, ok := matchRepeatedAttribution(lx, v); ok {
				reportSplitReporting(pass, r, "Doppeltes Redeverb: „%s“ und „%s“ leiten dieselbe Aussage ein; eine Redeeinleitung streichen.")
			}
			continue
		}
		first := d.Text[d.Tokens[i].Start:d.Tokens[m.firstEnd-1].End]
		second := d.Text[d.Tokens[m.secondVerb].Start:d.Tokens[m.end-1].End]
		msg := fmt.Sprintf("Doppeltes Redeverb: „%s“ und „%s“ leiten dieselbe Aussage ein; eine Redeeinleitung streichen.",
			first, second)
		pass.ReportDiagnostic(checker.Diagnostic{Span: spanOf(d, i, m.end-1), Message: msg, Suggestions: []string{first},
			Related: []checker.RelatedSpan{{Span: spanOf(d, i, m.firstEnd-1), Message: "Erste Redeeinleitung: „" + first + "“"}}})
	}
}

// reportingMatch is a pair of reporting clauses for one statement starting at a token.
type reportingMatch struct {
	firstEnd   int // end (exclusive) of what to keep: the first clause and the words after it
	secondVerb int // index of the second reporting verb
	end        int // end (exclusive) of the second clause's subject and particle
}

// matchDuplicateReporting matches a reporting clause starting at token i
// followed by a second one for the same statement: directly ("sagte der
// Milliardär sagte er"), after a comma at the end of the sentence ("sagte er,
// sagte Musk.") or within a few words of the same clause ("sagte Musk in
// einem Interview fügte er hinzu").
func matchDuplicateReporting(lx *clause.Lex, i int) (reportingMatch, bool) {
	d := lx.Doc()
	particles, ok := reportingVerbAt(lx, i)
	if !ok || !reportingClauseCanStart(d, i) {
		return reportingMatch{}, false
	}
	k, ok := firstSubjectEnd(lx, i+1)
	if !ok {
		return reportingMatch{}, false
	}
	if pk, ok := particleEnd(d, k, particles); ok {
		if m, ok := secondReportingClause(lx, i, pk, pk); ok {
			return m, true
		}
		if tokenIs(d, pk, ",") && closesQuote(d, i) {
			if m, ok := secondReportingClause(lx, i, pk, pk+1); ok && endsReportingSentence(d, m.end) {
				return m, true
			}
		}
	}
	return gappedReporting(lx, i, k, particles)
}

// gappedReporting looks for a second reporting clause a few words after the
// subject of the first one ends at token k, within the same clause: no
// punctuation, conjunction, relative pronoun or other finite verb between
// them. A separable first verb needs its particle in the gap.
func gappedReporting(lx *clause.Lex, i, k int, particles []string) (reportingMatch, bool) {
	d := lx.Doc()
	needParticle := particles != nil
	for j := k; j < len(d.Tokens) && j-k <= maxReportingGap && sameParagraph(d, i, j); j++ {
		if !isWord(d, j) || !d.Tokens[j].SpaceBefore {
			break
		}
		if needParticle && isLowerWord(d, j) && slices.Contains(particles, d.TokenText(j)) {
			needParticle = false
			continue
		}
		if !needParticle && j > k {
			if m, ok := secondReportingClause(lx, i, j, j); ok {
				return m, true
			}
		}
		if gapBreaks(d, j) {
			break
		}
	}
	return reportingMatch{}, false
}

// gapBreaks reports whether token j ends the clause of a reporting verb:
// a conjunction, a relative or interrogative pronoun, or a finite verb.
func gapBreaks(d *checker.Doc, j int) bool {
	w := d.TokenText(j)
	if !isLowerWord(d, j) {
		return false
	}
	lx := germanLexicon()
	if lx.Is(w, lexicon.Coordinator|lexicon.Subordinator|lexicon.RelativePronoun|lexicon.Interrogative) &&
		!lx.Is(w, lexicon.Article) {
		return true
	}
	return lx.IsFinite(w)
}

// secondReportingClause matches the second reporting clause at token v: a
// reporting verb, a pronoun or name and the particle the verb needs.
// keep is the end of what to keep of the first clause.
func secondReportingClause(lx *clause.Lex, i, keep, v int) (reportingMatch, bool) {
	d := lx.Doc()
	particles, ok := reportingVerbAt(lx, v)
	if !ok {
		return reportingMatch{}, false
	}
	e, ok := secondSubjectEnd(d, v+1)
	if !ok {
		return reportingMatch{}, false
	}
	if e, ok = particleEnd(d, e, particles); !ok {
		return reportingMatch{}, false
	}
	for j := i + 1; j < e; j++ {
		if !sameParagraph(d, i, j) || !d.Tokens[j].SpaceBefore && !tokenIs(d, j, ",") {
			return reportingMatch{}, false
		}
	}
	return reportingMatch{firstEnd: keep, secondVerb: v, end: e}, true
}

// closesQuote reports whether the reporting verb at token i follows a
// closing quotation mark, directly or after a comma.
func closesQuote(d *checker.Doc, i int) bool {
	j := i - 1
	if tokenIs(d, j, ",") {
		j--
	}
	return j >= 0 && checker.IsQuoteMark(d.TokenText(j))
}

// endsReportingSentence reports whether the second reporting clause ends at
// token e with the sentence, or goes on with a prepositional phrase ("sagte
// er, sagte Musk in einem Tweet"); a new clause ("sagte sie dann später")
// means the two verbs report different things.
func endsReportingSentence(d *checker.Doc, e int) bool {
	if e >= len(d.Tokens) || !sameParagraph(d, e-1, e) {
		return true
	}
	w := d.TokenText(e)
	if checker.IsSentenceEnd(w) {
		return true
	}
	return isLowerWord(d, e) && germanLexicon().Is(w, lexicon.Preposition|lexicon.Contraction)
}

// reportingVerbAt reports whether token i is a lower-case finite form of a
// reporting verb and returns the particles it needs: nil when it stands
// alone ("sagte"), otherwise the particles of its separable readings ("fügte"
// needs "hinzu"). Fused forms of separable verbs ("hinzufügte") belong to
// verb-final clauses and do not count.
func reportingVerbAt(lx *clause.Lex, i int) ([]string, bool) {
	d := lx.Doc()
	if !isLowerWord(d, i) || !lx.Ask(i, hasReportingReading) {
		return nil, false
	}
	var particles []string
	for _, a := range lx.VerbInfo(i) {
		want, ok := reportingVerbs[a.Lemma]
		if !ok || a.Form != lexicon.Fin {
			continue
		}
		switch {
		case len(want) == 0 && a.Prefix == "":
			return nil, true
		case len(want) > 0 && a.Prefix != "" && !slices.Contains(particles, a.Prefix):
			particles = append(particles, a.Prefix)
		}
	}
	return particles, particles != nil
}

// hasReportingReading asks whether a word has a finite reading of a
// reporting verb, which reportingVerbAt needs.
var hasReportingReading = clause.NewEntryQuestion(func(_ string, e *lexicon.Entry) bool {
	for _, a := range e.Verbs {
		if _, ok := reportingVerbs[a.Lemma]; ok && a.Form == lexicon.Fin {
			return true
		}
	}
	return false
})

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
		return frontedAdverbs[d.TokenText(i-1)]
	}
	return false
}

// particleEnd checks the separable particle a verb needs at token k and returns
// the index after it. Verbs without particles need nothing.
func particleEnd(d *checker.Doc, k int, particles []string) (int, bool) {
	if particles == nil {
		return k, true
	}
	if isLowerWord(d, k) && slices.Contains(particles, d.TokenText(k)) {
		return k + 1, true
	}
	return k, false
}

// firstSubjectEnd parses the subject of the first reporting clause starting at
// token j: a personal pronoun, a name of up to three capitalised words, or a
// determiner, optional adjectives and a noun or name. It returns the index after it.
func firstSubjectEnd(lx *clause.Lex, j int) (int, bool) {
	d := lx.Doc()
	if !isWord(d, j) {
		return j, false
	}
	w := d.TokenText(j)
	switch {
	case subjectPronouns[w]:
		return j + 1, true
	case subjectDeterminers[w]:
		n := j + 1
		for n < j+maxSubjectWords-1 && isAdjectiveLike(lx, n) {
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
	w := d.TokenText(j)
	switch {
	case subjectPronouns[w]:
		if w == "es" && isWord(d, j+1) && objectPronouns[d.TokenText(j+1)] {
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
	low := d.TokenLower(i)
	return !notSubjectWords[low] && !subjectDeterminers[low] && !subjectPronouns[low]
}

// isAdjectiveLike reports whether token i can be an attributive adjective:
// lowercase, inflected, and not a function word or a reporting verb.
func isAdjectiveLike(lx *clause.Lex, i int) bool {
	d := lx.Doc()
	if !isLowerWord(d, i) {
		return false
	}
	w := d.TokenText(i)
	if notSubjectWords[w] || subjectDeterminers[w] || subjectPronouns[w] {
		return false
	}
	if _, ok := reportingVerbAt(lx, i); ok {
		return false
	}
	stem, inflected := lexicon.CutAdjectiveEnding(w)
	return inflected && len(stem) > 1
}

// Limits of the forms in English order and around a quotation.
const (
	// maxSubjectFirstWords is the longest subject of a reporting clause at
	// the start of a sentence ("Ein Sprecher der Kommission").
	maxSubjectFirstWords = 6
	// maxFrameWords is the most words between the start of a sentence and the
	// colon before a quotation ("Musk schrieb am Montag auf X:").
	maxFrameWords = 8
)

// matchCommaReporting matches a reporting clause at token i that stands
// where a reporting clause does (after a quotation or a comma), a few words
// after it a comma, and a second reporting clause that ends the sentence:
// "…, schrieb Richter Ellington für die Mehrheit, schrieb er." or, in
// English order, "…, sagte ein Arzt in Delhi, er sagte, …".
func matchCommaReporting(lx *clause.Lex, i int) (reportingMatch, bool) {
	d := lx.Doc()
	particles, ok := reportingVerbAt(lx, i)
	if !ok || i == 0 || !sameParagraph(d, i-1, i) || !tokenIs(d, i-1, ",") && !checker.IsQuoteMark(d.TokenText(i-1)) {
		return reportingMatch{}, false
	}
	k, ok := firstSubjectEnd(lx, i+1)
	if !ok {
		return reportingMatch{}, false
	}
	return commaThenSecond(lx, i, k, particles, subjectPronounOf(d, i+1))
}

// commaThenSecond looks, from the end k of the first clause's subject, over
// a gap of a few words of the same clause (with the particle the first verb
// needs) for a comma and the second reporting clause after it. pronoun is
// the pronoun the first subject takes ("er" for "der Arzt", "" when unknown).
func commaThenSecond(lx *clause.Lex, first, k int, particles []string, pronoun string) (reportingMatch, bool) {
	d := lx.Doc()
	needParticle := particles != nil
	for j := k; j < len(d.Tokens) && j-k <= maxReportingGap+1 && sameParagraph(d, first, j); j++ {
		if tokenIs(d, j, ",") {
			if needParticle {
				return reportingMatch{}, false
			}
			if m, ok := secondReportingClause(lx, first, j, j+1); ok && endsReportingSentence(d, m.end) {
				return m, true
			}
			if m, ok := englishOrderClause(lx, first, j, j+1, pronoun); ok {
				return m, true
			}
			return reportingMatch{}, false
		}
		if !isWord(d, j) || !d.Tokens[j].SpaceBefore {
			return reportingMatch{}, false
		}
		if needParticle && isLowerWord(d, j) && slices.Contains(particles, d.TokenText(j)) {
			needParticle = false
			continue
		}
		if gapBreaks(d, j) {
			return reportingMatch{}, false
		}
	}
	return reportingMatch{}, false
}

// englishOrderClause matches a reporting clause in English order at token v:
// a subject pronoun agreeing with the first subject and a reporting verb,
// followed by a comma, a colon or the end of the sentence ("er sagte,").
// keep is the end of what to keep of the first clause.
func englishOrderClause(lx *clause.Lex, first, keep, v int, pronoun string) (reportingMatch, bool) {
	d := lx.Doc()
	if !isLowerWord(d, v) || !subjectPronouns[d.TokenText(v)] || !sameParagraph(d, first, v+1) {
		return reportingMatch{}, false
	}
	if p := d.TokenText(v); pronoun != "" && p != pronoun && !(pronoun == "sie" && p == "es") {
		return reportingMatch{}, false
	}
	particles, ok := reportingVerbAt(lx, v+1)
	if !ok {
		return reportingMatch{}, false
	}
	e, ok := particleEnd(d, v+2, particles) // "er fügte hinzu,"
	if !ok {
		return reportingMatch{}, false
	}
	if e < len(d.Tokens) && sameParagraph(d, v, e) && !tokenIs(d, e, ",") && !tokenIs(d, e, ":") &&
		!checker.IsSentenceEnd(d.TokenText(e)) {
		return reportingMatch{}, false // "er sagte aber nicht, wann": a clause of its own
	}
	return reportingMatch{firstEnd: keep, secondVerb: v, end: e}, true
}

// matchSubjectFirstAt matches, at the reporting verb v of a second clause
// in English order after a comma (", er sagte"), the reporting clause in
// subject-verb order that opens the sentence (matchSubjectFirstReporting),
// and returns the start of the match: the sentence's first token. Looking
// back from the rare second clause keeps the rule from parsing every
// sentence's start.
func matchSubjectFirstAt(lx *clause.Lex, v int) (int, reportingMatch, bool) {
	d := lx.Doc()
	p := v - 1
	if !tokenIs(d, p-1, ",") || !isLowerWord(d, p) || !subjectPronouns[d.TokenText(p)] {
		return 0, reportingMatch{}, false
	}
	start := d.Sentences[d.Tokens[v].Sentence].First
	if m, ok := matchSubjectFirstReporting(lx, start); ok && m.secondVerb == p {
		return start, m, true
	}
	return 0, reportingMatch{}, false
}

// matchSubjectFirstReporting matches a reporting clause in subject-verb
// order at the start of a sentence, a few words, a comma and a second
// reporting clause in English order: "Ein Sprecher der Kommission sagte am
// Montag, er sagte, …". The match starts at the sentence's first token i.
func matchSubjectFirstReporting(lx *clause.Lex, i int) (reportingMatch, bool) {
	d := lx.Doc()
	t := d.Tokens[i]
	if !t.SentenceStart || !isWord(d, i) {
		return reportingMatch{}, false
	}
	pronoun := subjectPronounOf(d, i)
	if pronoun == "" && !isNameWord(d, i) && !subjectPronouns[d.TokenLower(i)] {
		return reportingMatch{}, false
	}
	for v := i + 1; v < len(d.Tokens) && v-i <= maxSubjectFirstWords && sameParagraph(d, i, v); v++ {
		if !isWord(d, v) {
			return reportingMatch{}, false
		}
		if particles, ok := reportingVerbAt(lx, v); ok {
			m, ok := commaThenSecond(lx, i, v+1, particles, pronoun)
			if !ok || d.Tokens[m.secondVerb].Kind != checker.Word || !subjectPronouns[d.TokenText(m.secondVerb)] {
				return reportingMatch{}, false // only the English-order second clause
			}
			return m, true
		}
		if isLowerWord(d, v) && lx.IsFinite(v) {
			return reportingMatch{}, false
		}
	}
	return reportingMatch{}, false
}

// subjectPronounOf returns the pronoun for the subject starting at token j:
// the pronoun itself, "er", "sie" or "es" after a determiner that shows the
// gender in the nominative, or "" when the subject does not tell (a name, a
// plural).
func subjectPronounOf(d *checker.Doc, j int) string {
	if !isWord(d, j) {
		return ""
	}
	switch w := d.TokenLower(j); w {
	case "er", "sie", "es", "man", "wir", "ich":
		return w
	case "der", "ein", "dieser", "jener", "kein", "sein", "mein", "unser":
		return "er"
	case "die", "eine", "diese", "jene", "keine", "seine", "ihre", "meine", "unsere":
		return "sie"
	case "das", "dieses":
		return "es"
	}
	return ""
}

// splitReporting is a statement with two attributions apart: the first
// (a reporting clause before a quotation, "laut" and a source) and the
// reporting clause that repeats it.
type splitReporting struct {
	first, second checker.Span
}

// reportSplitReporting reports r at its second clause, pointing to the first.
func reportSplitReporting(pass *checker.Pass, r splitReporting, message string) {
	d := pass.Doc
	first, second := d.Slice(r.first), d.Slice(r.second)
	pass.ReportDiagnostic(checker.Diagnostic{Span: r.second, Message: fmt.Sprintf(message, first, second),
		Related: []checker.RelatedSpan{{Span: r.first, Message: "Erste Redeeinleitung: „" + first + "“"}}})
}

// matchFramedQuote matches a reporting clause at token i after a quotation
// that a reporting clause before it already introduces: "Musk sagte: „…“,
// fügte er hinzu." The second clause has a pronoun for its subject (a name
// there is another source: „…“, berichtet People) and ends the sentence.
func matchFramedQuote(lx *clause.Lex, i int) (splitReporting, bool) {
	d := lx.Doc()
	if !closesQuote(d, i) {
		return splitReporting{}, false
	}
	particles, ok := reportingVerbAt(lx, i)
	if !ok {
		return splitReporting{}, false
	}
	// the second subject is a pronoun: "berichtet People" names a new source
	if !isLowerWord(d, i+1) || !subjectPronouns[d.TokenText(i+1)] || d.TokenText(i+1) == "man" {
		return splitReporting{}, false
	}
	e, ok := particleEnd(d, i+2, particles)
	if !ok || !endsReportingSentence(d, e) {
		return splitReporting{}, false
	}
	c := i - 1
	if tokenIs(d, c, ",") {
		c--
	}
	open := -1
	if q, ok := d.QuoteAt(c - 1); ok && q.Closed && q.Close == c {
		open = q.Open
	}
	if open < 2 || !tokenIs(d, open-1, ":") || !sameParagraph(d, open-1, i) {
		return splitReporting{}, false
	}
	// the clause before the colon: a reporting verb within a few words of the sentence start
	start := open - 2
	for start > 0 && sameParagraph(d, start-1, open) && !d.Tokens[start].SentenceStart && open-start <= maxFrameWords {
		start--
	}
	for v := start; v < open-1; v++ {
		if _, ok := reportingVerbAt(lx, v); ok && d.Tokens[v].Sentence == d.Tokens[open-1].Sentence {
			return splitReporting{first: spanOf(d, start, v), second: spanOf(d, i, e-1)}, true
		}
	}
	return splitReporting{}, false
}

// matchAttributedReporting matches a reporting clause with a pronoun at
// token i that closes a sentence opened by "Laut" and a source: "Laut Intel
// sollen die Pläne ruhen, sagte er." The source and the pronoun are the same.
func matchAttributedReporting(lx *clause.Lex, i int) (splitReporting, bool) {
	d := lx.Doc()
	if !tokenIs(d, i-1, ",") {
		return splitReporting{}, false
	}
	if _, ok := reportingVerbAt(lx, i); !ok {
		return splitReporting{}, false
	}
	p := i + 1
	if !isLowerWord(d, p) || !subjectPronouns[d.TokenText(p)] || d.TokenText(p) == "man" ||
		!endsReportingSentence(d, p+1) || p+1 < len(d.Tokens) && sameParagraph(d, p, p+1) && !checker.IsSentenceEnd(d.TokenText(p+1)) {
		return splitReporting{}, false
	}
	st := d.Sentences[d.Tokens[i].Sentence]
	f := st.First
	if !tokenIs(d, f, "Laut") || !isCapWord(d, f+1) {
		return splitReporting{}, false
	}
	return splitReporting{first: spanOf(d, f, nameEnd(d, f+1)-1), second: spanOf(d, i, p)}, true
}

// Limits of the forms that repeat an attribution at the end of a sentence.
const (
	// maxIndirectWords is the longest stretch of indirect speech between a
	// reporting clause in subject-verb order and the clause that repeats it.
	maxIndirectWords = 25
	// maxRelativeWords is the longest relative clause on the subject of the
	// first reporting clause ("Karen Mills, die die Schule seit 2019 leitet").
	maxRelativeWords = 12
)

// matchRepeatedAttribution matches, at the reporting verb v of a clause
// with a pronoun that ends a sentence after a comma (", erklärte er."), an
// attribution of the same statement earlier in the sentence: a reporting
// clause in subject-verb order before indirect speech ("Ein Sprecher sagte,
// man arbeite an einer Lösung, erklärte er."), the attribution "so" and a
// name ("„…“, so Kommissar Šefčovič, sagte er") or an inverted reporting
// clause whose subject carries a relative clause ("„…“, sagte Karen Mills,
// die die Schule leitet, sagte sie"). The pronoun agrees with the first
// subject where the subject shows its gender.
func matchRepeatedAttribution(lx *clause.Lex, v int) (splitReporting, bool) {
	d := lx.Doc()
	c, pron, start := v-1, v+1, v
	if isLowerWord(d, v-1) && tokenIs(d, v-2, ",") {
		// English order at the end of the sentence: "…, sie sagte."
		c, pron, start = v-2, v-1, v-1
	}
	if !tokenIs(d, c, ",") || !isLowerWord(d, pron) {
		return splitReporting{}, false
	}
	pronoun := d.TokenText(pron)
	if pronoun != "er" && pronoun != "sie" {
		return splitReporting{}, false
	}
	particles, ok := reportingVerbAt(lx, v)
	if !ok {
		return splitReporting{}, false
	}
	e, ok := particleEnd(d, max(v+1, pron+1), particles)
	if !ok || !endsReportingSentence(d, e) {
		return splitReporting{}, false
	}
	if start < v && (e >= len(d.Tokens) || !checker.IsSentenceEnd(d.TokenText(e))) {
		return splitReporting{}, false // in English order only as the sentence's last words
	}
	second := spanOf(d, start, e-1)
	st := d.Sentences[d.Tokens[v].Sentence]
	agrees := func(j int) bool {
		p := subjectPronounOf(d, j)
		return p == "" || p == pronoun
	}
	// "„…“, so Kommissar Šefčovič, sagte er" and "„…“, sagte Karen Mills, die … leitet, sagte sie"
	for u := c - 1; u > st.First && c-u <= maxRelativeWords+maxSubjectWords+2; u-- {
		isSo := tokenIs(d, u, "so") && (tokenIs(d, u-1, ",") || checker.IsQuoteMark(d.TokenText(u-1)))
		if !isSo {
			if _, ok := reportingVerbAt(lx, u); !ok || !tokenIs(d, u-1, ",") && !checker.IsQuoteMark(d.TokenText(u-1)) {
				continue
			}
		}
		k, ok := firstSubjectEnd(lx, u+1)
		if !ok || !agrees(u+1) {
			return splitReporting{}, false
		}
		if k == c && isSo || k < c && relativeClauseTo(lx, k, c) {
			return splitReporting{first: spanOf(d, u, k-1), second: second}, true
		}
		return splitReporting{}, false
	}
	// "Ein Sprecher des Flughafens sagte, man arbeite an einer Lösung, erklärte er."
	i := st.First
	if !isWord(d, i) || !agrees(i) || subjectPronounOf(d, i) == "" && !isNameWord(d, i) {
		return splitReporting{}, false
	}
	for u := i + 1; u < c && u-i <= maxSubjectFirstWords; u++ {
		if particles, ok := reportingVerbAt(lx, u); ok {
			k, ok := particleEnd(d, u+1, particles) // "teilte mit, …"
			if !ok || !tokenIs(d, k, ",") || c-u > maxIndirectWords || !lx.IsFinite(k+1) && !hasFiniteBetween(lx, k+1, c) {
				return splitReporting{}, false
			}
			return splitReporting{first: spanOf(d, i, k-1), second: second}, true
		}
		if !isWord(d, u) || isLowerWord(d, u) && lx.IsFinite(u) {
			return splitReporting{}, false
		}
	}
	return splitReporting{}, false
}

// relativeClauseTo reports whether the tokens [k, c) are a comma and a
// relative clause that ends with its finite verb right before c: ", die
// die Schule seit 2019 leitet".
func relativeClauseTo(lx *clause.Lex, k, c int) bool {
	d := lx.Doc()
	if !tokenIs(d, k, ",") || !isLowerWord(d, k+1) || c-k > maxRelativeWords+1 {
		return false
	}
	switch d.TokenText(k + 1) {
	case "der", "die", "das", "dem", "den", "deren", "dessen", "denen", "welcher", "welche":
	default:
		return false
	}
	for j := k + 2; j < c; j++ {
		if !d.Tokens[j].IsWordLike() {
			return false
		}
	}
	return c-1 > k+1 && isLowerWord(d, c-1) && lx.IsFinite(c-1)
}

// hasFiniteBetween reports whether a lower-case finite verb stands in [from, end).
func hasFiniteBetween(lx *clause.Lex, from, end int) bool {
	for j := from; j < end; j++ {
		if isLowerWord(lx.Doc(), j) && lx.IsFinite(j) {
			return true
		}
	}
	return false
}
