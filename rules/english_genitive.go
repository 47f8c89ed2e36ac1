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

var englishGenitiveApostrophe = checker.Rule{
	ID:       "english-genitive-apostrophe",
	Title:    "English 's genitive on a name",
	Category: "locale/apostrophe",
	Severity: checker.Minor,
	Message:  "Genitiv mit Apostroph nach englischer Art: im Deutschen ohne Apostroph.",
	Doc: `Catches the English possessive "'s" on a name before a German word: "Musk's Unternehmen", ` +
		`"Twitter's Presse-E-Mail", and the British form on names ending in s ("Adams’s Sprecher"). German adds ` +
		`a plain "s" ("Musks Unternehmen") or, after s, x and z, only the apostrophe ("Adams' Sprecher"). An ` +
		`English possessive inside a proper name is not an error, so the rule decides by context: it stays ` +
		`silent inside quotation marks (titles of works, quoted English: „The King's Speech“), after an English ` +
		`article, pronoun or "St." ("the King's Speech", "St. Patrick's Day"), after an English word ("Queen ` +
		`Mary's"), before an English word or function word (cups, leagues, clubs, places, ships and games: ` +
		`"Women's World Cup", "Newell's Old Boys", "Martha's Vineyard", "Baldur's Gate"), on brand names with ` +
		`an apostrophe ("McDonald's", "Macy's", "Sotheby's", "Levi's"), English plurals ("Children's ` +
		`Hospital"), English contractions ("It's") and German colloquial forms ("Gibt's", "geht's"). A word is ` +
		`English when prose's English dictionary or the list of heads of English names has it and the German ` +
		`lexicon does not, or when its spelling is not German ("Cup", "Speech", "Vineyard").`,
	Bad: []string{
		"{{Musk's}} Unternehmen wächst.",
		"{{Twitter's}} Presse-E-Mail beantwortete die Anfrage nicht.",
		"Das ist {{Microsoft's}} neuer Plan.",
		"{{Musk’s}} Übernahme kostete 44 Milliarden Dollar.",
		"Die Zahl von {{Apple's}} Nutzern stieg.",
		"{{Amazon's}} Umsatz stieg.",
		"{{Adams’s}} Sprecher sagte, die Anträge würden geprüft.",
		"Auf der Rückseite prangt das Logo in {{Fairphone's}} typischem Grün.",
	},
	Good: []string{
		"Musks Unternehmen wächst.",
		"Wie geht's dir?",
		"Gibt's noch Karten?",
		"Wir essen bei McDonald's zu Mittag.",
		"Die alten CD's liegen im Keller.",
		"Der Song „It's My Life“ lief im Radio.",
		"Leider fiel unsere Wahl auf das Müller's.",
		"Thomas' Buch erscheint im Mai.",
		"Das Buch „The Girlfriend's Guide To Closing the Deal“ erscheint im Mai.",
		"Die Volksbefreiungsarmee (People's Liberation Army) übte.",
		"Ein Defekt im Children’s Hospital Los Angeles.",
		"Die Fans feierten den Titel bei der Women's World Cup.",
		"Am St. Patrick's Day ist die Stadt grün.",
		"Das Auktionshaus Sotheby's versteigert das Bild.",
		"Die Queen Mary's Hospital Foundation sammelt Geld.",
		"Das Spiel Baldur's Gate 3 verkaufte sich millionenfach.",
		"Er sah den Film the King's Speech zum dritten Mal.",
		"Der Club Newell's Old Boys gewann.",
		"Sie sagte, dies sei \"für Jo's Kinder nicht hilfreich\".",
	},
	Check: checkEnglishGenitive,
}

func checkEnglishGenitive(pass *checker.Pass) {
	d := pass.Doc
	lx := clause.LexOf(pass)
	for i := range anchors(pass, sharedAnchors.Get(pass).possessive) {
		stem, british := possessiveStem(d.TokenText(i))
		if !englishPossessiveAt(lx, i) {
			continue
		}
		fix := stem + "s"
		if british {
			fix = stem + "'"
		}
		msg := fmt.Sprintf("Genitiv mit Apostroph nach englischer Art: „%s“ – im Deutschen „%s“.", d.TokenText(i), fix)
		pass.ReportDiagnostic(checker.Diagnostic{Span: d.Tokens[i].Span, Message: msg, Suggestions: []string{fix},
			About: []string{d.TokenText(i)}})
	}
}

// isPossessiveForm asks whether a word is a capitalised name with the
// English possessive "'s" that is not a brand, a contraction or a German
// colloquial form (possessiveStem).
var isPossessiveForm = clause.NewQuestion(func(w string) bool {
	stem, _ := possessiveStem(w)
	return stem != ""
})

// possessiveStem returns the name of a possessive "Musk's" ("Musk"), or ""
// when w is none or an exception. british is true for a name ending in s, x
// or z with "'s" ("Adams’s"), whose German possessive is the bare apostrophe.
func possessiveStem(w string) (stem string, british bool) {
	var ok bool
	if stem, ok = strings.CutSuffix(w, "'s"); !ok {
		if stem, ok = strings.CutSuffix(w, "’s"); !ok {
			return "", false
		}
	}
	first, _ := utf8.DecodeRuneInString(stem)
	last, _ := utf8.DecodeLastRuneInString(stem)
	if !unicode.IsUpper(first) || !unicode.IsLower(last) || utf8.RuneCountInString(stem) < 2 ||
		strings.ContainsAny(stem, "'’") || possessiveExceptions[stem] {
		return "", false
	}
	for _, r := range stem {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' {
			return "", false
		}
	}
	return stem, last == 's' || last == 'x' || last == 'z' || last == 'ß'
}

// englishPossessiveAt reports whether the possessive at token i stands in
// German text before a German word, and not in an English name or quotation.
func englishPossessiveAt(lx *clause.Lex, i int) bool {
	d := lx.Doc()
	n := i + 1
	if !sameParagraph(d, i, n) || !d.Tokens[n].SpaceBefore ||
		d.Tokens[n].Kind != checker.Word && d.Tokens[n].Kind != checker.Number {
		return false // nothing follows that it could belong to
	}
	if _, quoted := d.QuoteAt(i); quoted {
		return false
	}
	if p := i - 1; sameParagraph(d, p, i) {
		switch {
		case tokenIs(d, p, ".") && tokenIs(d, p-1, "St"), possessiveDeterminers[strings.ToLower(d.TokenText(p))]:
			return false // "St. Patrick's Day", "the King's Speech"
		case isCapWord(d, p) && !d.Tokens[p].SentenceStart && isEnglishNameWord(lx, p):
			return false // "Queen Mary's"
		}
	}
	if d.Tokens[n].Kind == checker.Word {
		if englishFunctionWords[d.TokenLower(n)] || isCapWord(d, n) && isEnglishNameWord(lx, n) {
			return false // "Jo's and …", "Women's World Cup", "Baldur's Gate"
		}
	}
	return true
}

// isEnglishNameWord reports whether the capitalised word token i is English
// rather than German: a word of prose's English dictionary or of the heads of
// English names that the German lexicon does not know, or a word spelled in
// a way German words are not ("Cup", "Speech", "Vineyard"). In a compound
// the first part counts ("Cross-disziplinäres").
func isEnglishNameWord(lx *clause.Lex, i int) bool {
	return lx.Ask(i, isEnglishCapitalized)
}

// isEnglishCapitalized asks isEnglishNameWord's question about a word.
var isEnglishCapitalized = clause.NewEntryQuestion(func(w string, e *lexicon.Entry) bool {
	if k := strings.IndexFunc(w, checker.IsHyphen); k > 0 {
		w = w[:k]
		first := germanLexicon().Lookup(w)
		e = &first
	}
	low := strings.ToLower(w)
	if e.Class != 0 {
		return false // a German word, also when English has it too ("Bank", "Team", "Park")
	}
	return englishNameHeads[low] || isEnglishDictionaryWord(low) || englishFunctionWords[low] || englishSpelling(low)
})

// englishSpelling reports whether a lower-case word is spelled the English
// way, with letter groups German words do not have: a c not in ch or ck, ee
// before a letter other than r or l, ea, ou, ay, oy, aw, ew, igh, wh, sh not
// in sch, or a final y or th.
func englishSpelling(w string) bool {
	if len(w) > 2 && (strings.HasSuffix(w, "y") || strings.HasSuffix(w, "th")) {
		return true
	}
	if k := strings.Index(w, "ee"); k >= 0 && k+2 < len(w) && w[k+2] != 'r' && w[k+2] != 'l' {
		return true
	}
	for _, g := range englishLetterGroups {
		if strings.Contains(w, g) {
			return true
		}
	}
	for k := 0; k < len(w); k++ {
		switch w[k] {
		case 'c':
			if k+1 < len(w) && (w[k+1] == 'h' || w[k+1] == 'k') {
				continue
			}
			return true
		case 'h':
			if k > 0 && w[k-1] == 's' && (k < 2 || w[k-2] != 'c') {
				return true // "sh", not "sch"
			}
		}
	}
	return false
}

// englishLetterGroups are letter groups of English words that German words lack.
var englishLetterGroups = []string{"ea", "ou", "ay", "oy", "aw", "ew", "igh", "wh"}
