package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/clause"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

// Limits of the english-paragraph rule, in words.
const (
	// maxEnglishParagraphWords is the longest paragraph the rule looks at:
	// headlines, teasers, job titles, a sentence or two.
	maxEnglishParagraphWords = 40
	// minEnglishWords is the least number of English words it needs.
	minEnglishWords = 2
)

var englishParagraph = checker.Rule{
	ID:       "english-paragraph",
	Title:    "Headline, teaser or job title left in English",
	Category: "accuracy/untranslated",
	Severity: checker.Minor,
	Message:  "Unübersetzte englische Zeile (Überschrift, Anreißer oder Berufsbezeichnung): übersetzen oder entfernen.",
	Doc: `Catches short paragraphs left entirely in English in German copy: headlines and teasers of the ` +
		`page ("Oil prices slide as OPEC+ boosts output", "Why the Horn of Africa keeps running out of rain"), ` +
		`job titles under a byline ("Senior Travel Editor") and whole English sentences standing as a ` +
		`paragraph. The rule untranslated-english finds English inside German sentences and leaves paragraphs ` +
		`without a German sentence alone; this rule looks at those, up to 40 words. A paragraph is English when ` +
		`it has no German word (a word of the German lexicon that is not also English, or a word with an ` +
		`umlaut or ß), at least two English words (function words in any case, words of prose's English ` +
		`dictionary and English spellings the German lexicon does not know) making up half of its words, and ` +
		`an English function word, three English words or an English job title at its end. Names stay apart: ` +
		`capitalised words that are neither English nor German count for neither, so "Simon Calder" or ` +
		`"Champions League" alone are not flagged; quoted and bracketed text (titles of works, quoted English) ` +
		`does not count, and paragraphs with a URL, a handle or a hashtag (an embedded post) are left to the ` +
		`chrome rules.`,
	Bad: []string{
		"{{Senior Travel Editor}}",
		"Die Preise fallen.\n\n{{Why the Horn of Africa keeps running out of rain}}",
		"{{Oil prices slide as OPEC+ boosts output}}",
		"{{The company said it would hire more engineers this year.}}",
		"{{Read the full story in our app}}",
		"{{Chief Political Correspondent}}",
	},
	Good: []string{
		"Simon Calder",
		"Champions League",
		"„The King's Speech“ läuft am Freitag im Fernsehen.",
		"„We did it for every girl who was told she couldn't play.“",
		"Die Fans feierten die Women's World Cup in London.",
		"Thank you all! pic.twitter.com/abc123",
		"Mehr zum Thema",
		"Last but not least: Die Bilanz des Jahres",
		"Wall Street schließt im Minus",
		"Manchester United – Real Madrid 2:1",
	},
	Check: checkEnglishParagraph,
}

func checkEnglishParagraph(pass *checker.Pass) {
	d := pass.Doc
	lx := clause.LexOf(pass)
	for pi := range pass.Paragraphs() {
		p := &d.Paragraphs[pi]
		if p.Words < minEnglishWords || p.Words > maxEnglishParagraphWords || !englishParagraphAt(lx, p) {
			continue
		}
		pass.ReportDiagnostic(checker.Diagnostic{Span: p.Span, About: []string{d.Slice(p.Span)}})
	}
}

// englishParagraphAt reports whether paragraph p is written in English.
func englishParagraphAt(lx *clause.Lex, p *checker.Paragraph) bool {
	d := lx.Doc()
	var words, english, function, listed int
	brackets := 0
	lastEnglish := -1
	for i := p.FirstToken; i < p.EndToken; i++ {
		t := d.Tokens[i]
		switch t.Kind {
		case checker.URL:
			return false // an embedded post: @handles, links, hashtags
		case checker.Punct:
			switch d.TokenText(i) {
			case "(", "[":
				brackets++
			case ")", "]":
				brackets = max(brackets-1, 0)
			}
			continue
		case checker.Word:
			if w := d.TokenLower(i); strings.Contains(w, ".com") || strings.HasPrefix(w, "www.") || strings.HasPrefix(w, "pic.") {
				return false // a link of an embedded post ("pic.twitter.com/…")
			}
		default:
			continue
		}
		if _, quoted := d.QuoteAt(i); quoted || brackets > 0 {
			continue
		}
		words++
		switch englishWordClass(lx, i) {
		case wordGerman:
			return false
		case wordEnglishFunction:
			english++
			function++
			lastEnglish = i
		case wordEnglishListed:
			english++
			listed++
			lastEnglish = i
		case wordEnglishSpelled:
			english++
			lastEnglish = i
		}
	}
	if english < minEnglishWords || 2*english < words {
		return false
	}
	return function > 0 || english >= 3 || lastEnglish >= 0 && englishJobTitles[d.TokenLower(lastEnglish)] && listed > 0
}

// wordLanguage is what a word says about the language of its paragraph.
type wordLanguage uint8

const (
	wordNeutral         wordLanguage = iota // a name, a number, a word of both languages
	wordGerman                              // German beyond doubt
	wordEnglishFunction                     // an English function word
	wordEnglishListed                       // a word of prose's English dictionary or of English job titles
	wordEnglishSpelled                      // a word spelled the English way
)

// englishWordClass says what word token i tells about the language.
func englishWordClass(lx *clause.Lex, i int) wordLanguage {
	d := lx.Doc()
	w := d.TokenText(i)
	low := strings.ReplaceAll(d.TokenLower(i), "’", "'")
	switch {
	case englishFunctionWords[low]:
		return wordEnglishFunction
	case englishGermanHomographs[low] || englishLoanwords[low]:
		return wordNeutral
	case strings.ContainsAny(w, "äöüßÄÖÜ"):
		return wordGerman
	case lx.Ask(i, isGermanWordForm):
		return wordGerman
	case isEnglishDictionaryWord(low) || englishJobTitles[low]:
		return wordEnglishListed
	case d.Tokens[i].Shape == checker.Lower && isASCIIWord(low) && !looksGerman(low):
		return wordEnglishSpelled // a lower-case word neither lexicon knows
	case englishSpelling(low):
		return wordEnglishSpelled
	}
	return wordNeutral
}

// isGermanWordForm asks whether a word is known to the German lexicon in
// the case it is written, as a lower-case word or as a noun; a capitalised
// word at the start is looked up in lower case too ("Die", "Mehr").
var isGermanWordForm = clause.NewEntryQuestion(func(w string, e *lexicon.Entry) bool {
	if e.Class != 0 {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		return false
	}
	low := lowerFirstWord(w)
	return germanLexicon().Lookup(low).Class&lexicon.Closed != 0
})

// englishJobTitles are the heads of English job titles under a byline
// ("Senior Travel Editor", "Chief Political Correspondent"), in lower case.
var englishJobTitles = wordSet(
	"editor", "correspondent", "writer", "reporter", "producer", "columnist", "contributor", "analyst",
	"anchor", "presenter", "photographer", "videographer", "strategist", "economist", "researcher", "fellow",
	"editor-at-large", "journalist",
)
