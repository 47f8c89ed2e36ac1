package rules

import (
	"fmt"
	"strings"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/clause"
)

var englishHonorific = checker.Rule{
	ID:       "english-honorific",
	Title:    "English title of address before a name",
	Category: "locale/honorific",
	Severity: checker.Minor,
	Message:  "Englische Anrede: im Deutschen „Herr“/„Frau“ oder nur den Namen verwenden.",
	Doc: `Catches English titles of address before a name: "Mr. Musk", "Mrs. May", "Ms. Smith", "Mx. Lee" and ` +
		`the British forms without a full stop ("Mr Musk"), and the abbreviated titles of offices and ranks of ` +
		`US news style ("Gov. Brian Kemp", "Lt. Col. Anna Smith", "Det. Sgt. …", "Rev. …") and the British ` +
		`"Cllr". English news style repeats "Mr"/"Ms" with the surname and abbreviates titles before a name; ` +
		`machine translation copies them, while German news copy uses "Herr"/"Frau" or, more often, the bare ` +
		`surname, and writes titles out ("Gouverneur Brian Kemp"). The abbreviations count only with their ` +
		`full stop (British "Cllr" without), before a capitalised name. Names that keep the English title in ` +
		`German (Mr. Bean, Mr. Proper, Ms. Marvel, Dr. Dr. Who) are exceptions.`,
	Bad: []string{
		`{{Mr. Musk}} reagierte damit auf den Plan des Konzerns.`,
		`Die frühere Premierministerin {{Mrs. May}} trat im Juni zurück.`,
		`Laut {{Ms. Smith}} ist der Vertrag gültig.`,
		`{{Mr Johnson}} wollte sich nicht äußern.`,
		`Die Klage gegen {{Mr. Elon}} Musk wurde abgewiesen.`,
		`Das Gespräch mit {{Mrs Thatcher}} dauerte eine Stunde.`,
		`{{Mr. McDonald}} und {{Ms. Lee}} verließen den Saal.`,
		`{{Gov. Brian}} Kemp hatte das Gesetz im Mai unterzeichnet.`,
		`Die Ermittlungen leitet {{Det. Sgt. Laura}} Hughes.`,
		`{{Cllr Jane}} Smith stimmte dagegen.`,
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
		`Gouverneur Brian Kemp hatte das Gesetz unterzeichnet.`,
		`Die Einnahmen stiegen im Gen. Sg. auf …`,
		`Captain America und Ms. Marvel retten die Welt.`,
		`Im Wörterbuch steht „Gen.“ für den Genitiv, „Dat.“ für den Dativ.`,
	},
	Check: checkEnglishHonorific,
}

func checkEnglishHonorific(pass *checker.Pass) {
	d := pass.Doc
	lx := clause.LexOf(pass)
	for i := range anchors(pass, sharedAnchors.Get(pass).honorific) {
		if !isWord(d, i) || isTitlePair(d, i) {
			continue
		}
		if i > 1 && tokenIs(d, i-1, ".") && lx.Ask(i-2, isHonorific) && sameParagraph(d, i-2, i) {
			continue // the second of a chain ("Det. Sgt."): the chain is reported from its first title
		}
		var buf [3]string
		n, words, ok := honorificChain(lx, i, buf[:0])
		if !ok || !isCapWord(d, n) || !d.Tokens[n].SpaceBefore || !sameParagraph(d, i, n) {
			continue
		}
		name := d.TokenText(n)
		if honorificNameExceptions[name] || d.Tokens[n].Shape == checker.Upper ||
			tokenIs(d, n+1, ".") && !d.Tokens[n+1].SpaceBefore && len(name) <= 3 {
			continue // "Gen. Sg.": an abbreviation, not a name
		}
		span := spanOf(d, i, n)
		german := words[0]
		if len(words) > 1 {
			german = strings.Join(words, " ")
		}
		msg := fmt.Sprintf("Englische Anrede: „%s“ – im Deutschen „%s %s“ oder nur „%s“.", d.Slice(span), german, name, name)
		fixes := []string{german + " " + name, name}
		if german == "" {
			msg = fmt.Sprintf("Englische Anrede: „%s“ – im Deutschen nur „%s“.", d.Slice(span), name)
			fixes = []string{name}
		} else if _, title := englishTitleAbbreviations[d.TokenText(i)]; title {
			msg = fmt.Sprintf("Englische Titelabkürzung: „%s“ – im Deutschen ausschreiben: „%s %s“.", d.Slice(span), german, name)
			fixes = fixes[:1]
		}
		pass.ReportDiagnostic(checker.Diagnostic{Span: span, Message: msg, Suggestions: fixes, About: []string{name}})
	}
}

// honorificChain reads the titles starting at token i ("Mr.", "Gov.", "Lt.
// Col.") and returns the index of the token after them, the German words for
// them, and whether they are titles: abbreviations of offices need their
// full stop, "Mr", "Mrs", "Ms" and "Cllr" do not.
func honorificChain(lx *clause.Lex, i int, words []string) (next int, _ []string, ok bool) {
	d := lx.Doc()
	for k := 0; k < 3 && i < len(d.Tokens) && lx.Ask(i, isHonorific) && isWord(d, i); k++ {
		w := d.TokenText(i)
		german, address := englishHonorifics[w]
		if !address {
			german = englishTitleAbbreviations[w]
		}
		dot := tokenIs(d, i+1, ".") && !d.Tokens[i+1].SpaceBefore
		if !dot && !address && w != "Cllr" {
			return 0, nil, false
		}
		if german != "" || len(words) == 0 {
			words = append(words, german)
		}
		ok = true
		i++
		if dot {
			i++
		}
	}
	return i, words, ok
}

// isHonorific asks whether a word is one of the englishHonorifics.
var isHonorific = clause.NewQuestion(func(w string) bool {
	_, ok := englishHonorifics[w]
	_, title := englishTitleAbbreviations[w]
	return ok || title
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
