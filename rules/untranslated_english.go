package rules

import (
	"fmt"
	"strings"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/clause"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

var untranslatedEnglish = checker.Rule{
	ID:       "untranslated-english",
	Title:    "Untranslated English words in a German sentence",
	Category: "accuracy/untranslated",
	Severity: checker.Minor,
	Message:  "Unübersetztes Englisch: ins Deutsche übersetzen oder als Zitat kennzeichnen.",
	Doc: `Catches English that the machine translation left as it was: a run of English words inside a ` +
		`German sentence ("Die Zahl of the victims stieg") and an English sentence in a paragraph of German ` +
		`ones. A run is a sequence of adjacent lower-case words with at least three English ones, at least ` +
		`two of them English function words ("the", "of", "would") or content words of the English tag ` +
		`dictionary of the prose tagger ("victims", "officials"), one of them a function word. ` +
		`German-English homographs ("in", "was", "will") may stand inside a run; words the German lexicon ` +
		`knows, German endings and capitalised words end it, so names, brands and titles ("Getty Images", ` +
		`"New York Times", "Bank of America") are never flagged. Nor are quotations and titles in quotation ` +
		`marks or brackets, words after a cue such as "sogenannte" or "Motto", established English phrases ` +
		`("last but not least", "business as usual"), loanwords ("online", "live") and the connectives the ` +
		`pack "untranslated" flags ("according to"). A paragraph without a German sentence is left alone: an ` +
		`English paragraph in a German article is usually a quotation, an embedded post or a byline kept on ` +
		`purpose.`,
	Bad: []string{
		`Die Zahl {{of the victims}} stieg am Abend auf zwölf.`,
		`Der Konzern will {{at the same time}} seine Kosten senken.`,
		`Nach dem Urteil {{the company said it would}} Berufung einlegen.`,
		`Die Polizei sucht {{in the wake of the attack}} nach weiteren Verdächtigen.`,
		`Er sagte, dass er {{has not been}} informiert worden sei.`,
		`Die Ministerin kündigte {{for the first time}} konkrete Zahlen an.`,
		`Die Rebellen bekannten sich zu dem Angriff. {{The attack was the largest on the oil industry in years.}} ` +
			`Der Iran bestreitet jede Beteiligung.`,
	},
	Good: []string{
		`Die Verhandlungen dauerten nach Angaben von Insidern fast zwei Jahre.`,
		`„We will fight for every job“, sagte der Gewerkschaftschef.`,
		`Die Serie „The Crown“ und »Game of Thrones« liefen im Herbst.`,
		`Bildquelle: Getty Images`,
		`Er las die New York Times und das Wall Street Journal.`,
		`Last but not least dankte sie ihrem Team für das Meeting.`,
		`Das Motto lautete: work hard, play hard.`,
		`Die Bank of America und die University of Oxford kooperieren.`,
		`Das Team ist online, das Update kommt per Smartphone.`,
		`The company said it would appeal the ruling. It did not say when.`,
	},
	Check: checkUntranslatedEnglish,
}

// englishSentence is what the rule learns about one sentence.
type englishSentence struct {
	runs []checker.Span // reportable runs of English words
	// german says that the sentence is German: two words of sure German and
	// no more English function and dictionary words than other words.
	german bool
}

// checkUntranslatedEnglish looks at the paragraphs that contain an English
// function word at all, so that most documents never load the English
// dictionary. When the paragraph has a German sentence, it reports the runs
// of its German sentences and, as a whole, its other sentences with a run.
func checkUntranslatedEnglish(pass *checker.Pass) {
	d := pass.Doc
	lx := lexicon.Default()
	for pi := range pass.Paragraphs() {
		p := &d.Paragraphs[pi]
		if !hasEnglishFunctionWord(clause.LexOf(pass), p) {
			continue
		}
		shielded := shieldedTokens(d, p)
		sentences := make([]englishSentence, 0, p.EndSentence-p.FirstSentence)
		germanParagraph := false
		for si := p.FirstSentence; si < p.EndSentence; si++ {
			es := analyzeEnglish(d, lx, si, shielded[d.Sentences[si].First-p.FirstToken:])
			germanParagraph = germanParagraph || es.german
			sentences = append(sentences, es)
		}
		for k, es := range sentences {
			switch {
			case len(es.runs) == 0 || !germanParagraph:
			case !es.german:
				span := d.Sentences[p.FirstSentence+k].Span
				pass.ReportDiagnostic(checker.Diagnostic{Span: span, About: []string{d.Slice(span)},
					Message: "Unübersetzter englischer Satz: ins Deutsche übersetzen oder als Zitat kennzeichnen."})
			default:
				for _, span := range es.runs {
					pass.ReportDiagnostic(checker.Diagnostic{Span: span, About: []string{d.Slice(span)}, Message: fmt.Sprintf(
						"Unübersetztes Englisch „%s“: ins Deutsche übersetzen oder als Zitat kennzeichnen.", d.Slice(span))})
				}
			}
		}
	}
}

// hasEnglishFunctionWord is the cheap test that lets most German paragraphs
// pass untouched: whether a word's englishForm is an English function word.
func hasEnglishFunctionWord(lx *clause.Lex, p *checker.Paragraph) bool {
	d := lx.Doc()
	for i := p.FirstToken; i < p.EndToken; i++ {
		t := &d.Tokens[i]
		switch {
		case t.Kind != checker.Word:
		case t.Shape == checker.Lower:
			if lx.Ask(i, isEnglishFunctionWord) {
				return true
			}
		case t.SentenceStart && t.Shape == checker.Capitalized:
			if lx.Ask(i, isCapitalizedEnglishFunctionWord) {
				return true
			}
		}
	}
	return false
}

// isEnglishFunctionWord and isCapitalizedEnglishFunctionWord ask whether a
// word is an English function word in the two forms englishForm knows: in
// lower case, and capitalised at the start of a sentence.
var (
	isEnglishFunctionWord = clause.NewQuestion(func(w string) bool {
		return englishFunctionWords[strings.ReplaceAll(w, "’", "'")]
	})
	isCapitalizedEnglishFunctionWord = clause.NewQuestion(func(w string) bool {
		w = strings.ReplaceAll(w, "’", "'")
		return capitalizedFunctionWords[w] && englishFunctionWords[strings.ToLower(w)]
	})
)

// analyzeEnglish classifies the words of sentence si and finds its
// reportable runs. shielded marks the sentence's tokens in quotations and
// brackets, starting at its first token; they count as neither language.
func analyzeEnglish(d *checker.Doc, lx *lexicon.Lexicon, si int, shielded []bool) englishSentence {
	s := d.Sentences[si]
	classes := make([]englishClass, s.End-s.First)
	var words, evidence, german int
	for i := s.First; i < s.End; i++ {
		if d.Tokens[i].Kind != checker.Word || shielded[i-s.First] {
			continue
		}
		words++
		c := classifyEnglish(d, lx, i)
		classes[i-s.First] = c
		switch {
		case c == englishFunction || c == englishListed:
			evidence++
		case c == notEnglish && isGermanEvidence(d, lx, i):
			german++
		}
	}
	es := englishSentence{german: german >= 2 && 2*evidence <= words}
	if evidence == 0 {
		return es
	}
	markEnglishIn(d, s, classes)
	unmarkEnglishPhrases(d, s, classes)
	for i := s.First; i < s.End; {
		j := runEnd(d, s, classes, i)
		if j == i {
			i++
			continue
		}
		if span, ok := reportableRun(d, s, classes, i, j); ok {
			es.runs = append(es.runs, span)
		}
		i = j
	}
	return es
}

// runEnd returns the end of the run of English words that starts at token i,
// or i when none starts there.
func runEnd(d *checker.Doc, s checker.Sentence, classes []englishClass, i int) int {
	j := i
	for j < s.End && classes[j-s.First] != notEnglish && (j == i || d.Tokens[j].SpaceBefore) {
		j++
	}
	return j
}

// reportableRun leaves runs with a connective to the pack, trims the run
// [i, j) of homographs and German-looking words at its edges and decides
// whether what is left holds enough English to report.
func reportableRun(d *checker.Doc, s checker.Sentence, classes []englishClass, i, j int) (checker.Span, bool) {
	if leftToPack(d, s, i, j) {
		return checker.Span{}, false
	}
	for i < j && (classes[i-s.First] == homograph || isInflectedEdge(d, classes[i-s.First], i, i-1)) {
		i++
	}
	for j > i && (classes[j-1-s.First] == homograph || isInflectedEdge(d, classes[j-1-s.First], j-1, j)) {
		j--
	}
	var function, listed, unknown int
	for k := i; k < j; k++ {
		switch classes[k-s.First] {
		case englishFunction:
			function++
		case englishListed:
			listed++
		case englishUnknown:
			unknown++
		}
	}
	if function == 0 || function+listed+unknown < 3 || function+listed < 2 || glossCueBefore(d, i) {
		return checker.Span{}, false
	}
	return spanOf(d, i, j-1), true
}
