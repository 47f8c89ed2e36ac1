package rules

import (
	"fmt"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/clause"
)

var englishHonorific = checker.Rule{
	ID:       "english-honorific",
	Title:    "English title of address before a name",
	Category: "locale/honorific",
	Severity: checker.Minor,
	Message:  "Englische Anrede: im Deutschen „Herr“/„Frau“ oder nur den Namen verwenden.",
	Doc: `Catches English titles of address before a name: "Mr. Musk", "Mrs. May", "Ms. Smith" and the ` +
		`British forms without a full stop ("Mr Musk"). English news style repeats "Mr"/"Ms" with the surname; ` +
		`machine translation copies the title, while German news copy uses "Herr"/"Frau" or, more often, the ` +
		`bare surname. Names that keep the English title in German (Mr. Bean, Mr. Proper) are exceptions.`,
	Bad: []string{
		`{{Mr. Musk}} reagierte damit auf den Plan des Konzerns.`,
		`Die frühere Premierministerin {{Mrs. May}} trat im Juni zurück.`,
		`Laut {{Ms. Smith}} ist der Vertrag gültig.`,
		`{{Mr Johnson}} wollte sich nicht äußern.`,
		`Die Klage gegen {{Mr. Elon}} Musk wurde abgewiesen.`,
		`Das Gespräch mit {{Mrs Thatcher}} dauerte eine Stunde.`,
		`{{Mr. McDonald}} und {{Ms. Lee}} verließen den Saal.`,
	},
	Good: []string{
		`Herr Musk reagierte damit auf den Plan des Konzerns.`,
		`Musk reagierte damit auf den Plan des Konzerns.`,
		`Am Abend lief wieder Mr. Bean im Fernsehen.`,
		`Sie putzt nur mit Mr. Proper.`,
		`Die Messung dauerte 30 ms länger als geplant.`,
		`Der Film „Mr. & Mrs. Smith“ lief im Kino.`,
		`Miss Marple löst den Fall.`,
		`Frau May trat im Juni zurück.`,
	},
	Check: checkEnglishHonorific,
}

func checkEnglishHonorific(pass *checker.Pass) {
	d := pass.Doc
	lx := clause.LexOf(pass)
	for i := range pass.Tokens() {
		if !lx.Ask(i, isHonorific) || !isWord(d, i) || isTitlePair(d, i) {
			continue
		}
		german := englishHonorifics[d.TokenText(i)]
		n := i + 1
		if tokenIs(d, n, ".") && !d.Tokens[n].SpaceBefore {
			n++
		}
		if !isCapWord(d, n) || !d.Tokens[n].SpaceBefore || !sameParagraph(d, i, n) {
			continue
		}
		name := d.TokenText(n)
		if honorificNameExceptions[name] || d.Tokens[n].Shape == checker.Upper {
			continue
		}
		span := spanOf(d, i, n)
		msg := fmt.Sprintf("Englische Anrede: „%s“ – im Deutschen „%s %s“ oder nur „%s“.", d.Slice(span), german, name, name)
		pass.ReportDiagnostic(checker.Diagnostic{Span: span, Message: msg,
			Suggestions: []string{german + " " + name, name}, About: []string{name}})
	}
}

// isHonorific asks whether a word is one of the englishHonorifics.
var isHonorific = clause.NewQuestion(func(w string) bool {
	_, ok := englishHonorifics[w]
	return ok
})

// isTitlePair reports whether the honorific at token i is the second of a
// fixed pair such as the film title "Mr. & Mrs. Smith".
func isTitlePair(d *checker.Doc, i int) bool {
	p := i - 1
	if !tokenIs(d, p, "&") {
		return false
	}
	p--
	if tokenIs(d, p, ".") {
		p--
	}
	_, ok := englishHonorifics[d.TokenText(max(p, 0))]
	return p >= 0 && ok && sameParagraph(d, p, i)
}
