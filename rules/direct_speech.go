package rules

import (
	"slices"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/clause"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

var directSpeechPunctuation = checker.Rule{
	ID:       "direct-speech-punctuation",
	Title:    "Direct speech punctuated the English way",
	Category: "fluency/punctuation",
	Severity: checker.Minor,
	Message:  "Zeichensetzung der direkten Rede: das Komma steht nach dem schließenden Anführungszeichen.",
	Doc: `Catches the punctuation of direct speech that English imposes on a German translation: the comma ` +
		`inside the closing quotation mark ("„Komm,“ sagte er" for „Komm“, sagte er), a full stop kept ` +
		`before the comma ("„Wir kommen.“, sagte sie"), and no comma at all between the quotation and the ` +
		`reporting clause after it ("„Kommst du?“ fragte sie"). German closes the quotation first and sets ` +
		`the comma after it; a question or exclamation mark stays inside, the full stop of the quoted ` +
		`sentence goes. English quotation marks themselves are the locale pack's.`,
	Bad: []string{
		`„Wir kommen morgen{{,“}} sagte die Ministerin.`,
		`„Das ist ein guter Tag für Europa{{,“}} erklärte er.`,
		`„Wir prüfen den Fall{{.“,}} sagte ein Sprecher.`,
		`„Kommst du morgen?{{“ fragte}} sie.`,
		`„Das bleibt so{{“ sagte}} der Minister am Montag.`,
		`»Wir kommen morgen{{,«}} sagte sie.`,
	},
	Good: []string{
		`„Wir kommen morgen“, sagte die Ministerin.`,
		`„Kommst du morgen?“, fragte sie.`,
		`„Das ist gut“, so der Minister, „und es bleibt so.“`,
		`Er nannte das „Unsinn“ und ging.`,
		`Sie las „Krieg und Frieden“ sagte er nicht.`,
		`„Wir prüfen den Fall, usw.“, sagte er.`,
		`Die Kanzlerin sagte: „Wir schaffen das.“ Dann ging sie.`,
		`»Wir kommen morgen«, sagte sie.`,
		`„The Girlfriend's Guide“ gibt Einblicke in das Geschäft.`,
	},
	Check: checkDirectSpeech,
}

func checkDirectSpeech(pass *checker.Pass) {
	d := pass.Doc
	lx := clause.LexOf(pass)
	for _, q := range d.Quotes {
		if pass.Stopped() {
			return
		}
		if !q.Closed || q.Words < 2 || !isGermanQuotation(d, q) {
			continue
		}
		c := q.Close
		last := c - 1
		next := c + 1
		switch {
		case tokenIs(d, last, ",") && !d.Tokens[c].SpaceBefore && reportingClauseAt(lx, next):
			pass.Report(spanOf(d, last, c), "Das Komma steht im Deutschen nach dem schließenden Anführungszeichen.",
				d.TokenText(c)+",")
		case tokenIs(d, last, ".") && tokenIs(d, next, ",") && !d.Tokens[next].SpaceBefore &&
			!abbreviationBefore(d, last) && reportingClauseAt(lx, next+1):
			pass.Report(spanOf(d, last, next), "Der Schlusspunkt des zitierten Satzes entfällt vor dem Komma.",
				d.TokenText(c)+",")
		case q.Open == sentenceOfToken(d, q.Open).First && next < len(d.Tokens) &&
			d.Tokens[next].SpaceBefore && reportingVerbStarts(lx, next) && !tokenIs(d, last, ":"):
			pass.Report(spanOf(d, c, next), "Komma fehlt zwischen der direkten Rede und dem Begleitsatz.",
				d.TokenText(c)+", "+d.TokenText(next))
		}
	}
}

// isGermanQuotation reports whether a quotation opens with a German mark
// („ or » or ‚), so that its closing mark is the German one.
func isGermanQuotation(d *checker.Doc, q checker.Quote) bool {
	switch d.TokenText(q.Open) {
	case "„", "»", "‚", "›":
		return true
	}
	return false
}

// reportingClauseAt reports whether a reporting clause starts at token i:
// a lower-case word in the same sentence, such as "sagte er" or "so der Minister".
func reportingClauseAt(lx *clause.Lex, i int) bool {
	d := lx.Doc()
	return isLowerWord(d, i) && i > 0 && d.Tokens[i].Sentence == d.Tokens[i-1].Sentence
}

// reportingVerbStarts reports whether token i is a finite reporting verb
// ("sagte", "fragte", "erklärte") or "so" opening a reporting clause.
func reportingVerbStarts(lx *clause.Lex, i int) bool {
	d := lx.Doc()
	if !isLowerWord(d, i) {
		return false
	}
	if particles, ok := reportingVerbAt(lx, i); ok {
		// A separable verb needs its particle later in the sentence
		// ("fügte ein anderer hinzu"; "„…“ gibt Einblicke" is no reporting clause).
		return len(particles) == 0 || particleLater(d, i, particles)
	}
	return d.TokenText(i) == "so" && (isCapWord(d, i+1) || isLowerWord(d, i+1) && lx.Is(i+1, lexicon.Article|lexicon.PossessivePronoun))
}

// particleLater reports whether one of the particles stands after token i
// in its sentence.
func particleLater(d *checker.Doc, i int, particles []string) bool {
	s := sentenceOfToken(d, i)
	for j := i + 1; j < s.End; j++ {
		if slices.Contains(particles, d.TokenText(j)) {
			return true
		}
	}
	return false
}

// abbreviationBefore reports whether the full stop at token i ends an
// abbreviation ("usw.", "Dr.", "z. B."): a word of at most three letters,
// or one of the common longer ones.
func abbreviationBefore(d *checker.Doc, i int) bool {
	if !isWord(d, i-1) || d.Tokens[i].SpaceBefore {
		return false
	}
	w := d.TokenText(i - 1)
	return len([]rune(w)) <= 3 || longAbbreviations[w]
}

// longAbbreviations end in a full stop and have more than three letters.
var longAbbreviations = wordSet("bzw", "Prof", "evtl", "ggf", "inkl", "Abs", "Tel", "vgl", "Jh", "sog", "Mio", "Mrd", "Str")
