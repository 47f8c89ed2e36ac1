package rules

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtcheck/mtcheck/checker"
)

var spacing = checker.Rule{
	ID:       "spacing",
	Title:    "Space before punctuation, none after it, or two spaces",
	Category: "fluency/punctuation",
	Severity: checker.Minor,
	Message:  "Leerzeichenfehler.",
	Doc: `Catches the spacing left by careless editing and by text assembled from pieces: a space before a ` +
		`comma, full stop, semicolon, question or exclamation mark ("Wort ,"), no space after a comma or ` +
		`semicolon between two words ("Wort,Wort") or after a full stop between a sentence and the next ` +
		`("kam.Der"), and two or more spaces between two words of a line. Numbers ("3,5"), abbreviations ` +
		`("z.B."), web addresses and ellipses ("Er sagte ...") are left alone.`,
	Bad: []string{
		`Der Minister kam am Montag{{ ,}} die Kanzlerin am Dienstag.`,
		`Wir wissen es nicht{{ .}}`,
		`Die Preise stiegen{{,die}} Löhne nicht.`,
		`Der Zug fuhr los{{.Die}} Fahrgäste blieben zurück.`,
		`Die Regierung hat{{  }}den Plan gebilligt.`,
		`Kommst du morgen{{ ?}}`,
	},
	Good: []string{
		`Der Minister kam am Montag, die Kanzlerin am Dienstag.`,
		`Die Inflation lag bei 3,5 Prozent, z.B. in Bayern.`,
		`Mehr steht auf web.de und unter www.example.org/a,b.`,
		`Er sagte ... und schwieg.`,
		"Zeile eins\n  eingerückt geht es weiter.",
		`Der Preis: 1.299 Euro; im Vorjahr 1,2 Mio.`,
		`„Komm!“, rief sie. (Siehe oben.)`,
	},
	Check: checkSpacing,
}

func checkSpacing(pass *checker.Pass) {
	d := pass.Doc
	for i := range candidates(pass, grammarIndexOf(pass).spacing) {
		if i == 0 {
			continue
		}
		t, prev := d.Tokens[i], d.Tokens[i-1]
		if t.Sentence != prev.Sentence && !sameParagraph(d, i-1, i) || t.NewlineBefore {
			continue
		}
		switch {
		case t.Kind == checker.Punct && t.SpaceBefore && spaceBeforeMarks[d.TokenText(i)] && prev.Kind == checker.Word &&
			!followedByMark(d, i):
			gap := checker.Span{Start: prev.End, End: t.End}
			pass.Report(gap, fmt.Sprintf("Leerzeichen vor „%s“ streichen.", d.TokenText(i)), d.TokenText(i))
		case t.Kind == checker.Punct && !t.SpaceBefore && (d.TokenText(i) == "," || d.TokenText(i) == ";") &&
			i+1 < len(d.Tokens) && !d.Tokens[i+1].SpaceBefore && isLetterWord(d, i-1) && isLetterWord(d, i+1):
			mark := d.TokenText(i)
			span := checker.Span{Start: t.Start, End: d.Tokens[i+1].End}
			pass.Report(span, fmt.Sprintf("Nach „%s“ fehlt ein Leerzeichen.", mark), mark+" "+d.TokenText(i+1))
		case t.SpaceBefore && t.IsWordLike() && prev.IsWordLike() && doubleSpace(d.Text[prev.End:t.Start]):
			pass.Report(checker.Span{Start: prev.End, End: t.Start}, "Doppeltes Leerzeichen: ein Leerzeichen genügt.", " ")
		}
		if t.Kind == checker.Word && t.Shape == checker.Mixed {
			w := d.TokenText(i)
			if k, ok := missingSpaceAfterStop(w); ok {
				pass.Report(checker.Span{Start: t.Start + k - 1, End: t.End}, "Nach dem Punkt fehlt ein Leerzeichen.",
					". "+w[k:])
			}
		}
	}
}

// spaceBeforeMarks are the marks that follow a word without a space.
var spaceBeforeMarks = map[string]bool{",": true, ".": true, ";": true, "!": true, "?": true}

// followedByMark reports whether the mark at token i is part of a run of
// marks, an emoticon or an ellipsis written as full stops (" ..."), where
// the space may be intended.
func followedByMark(d *checker.Doc, i int) bool {
	// ";-)", "..": an emoticon or a run of marks.
	return i+1 < len(d.Tokens) && !d.Tokens[i+1].SpaceBefore &&
		(d.Tokens[i+1].Kind == checker.Punct || d.Tokens[i+1].Kind == checker.Symbol)
}

// isLetterWord reports whether token i is a word of letters only.
func isLetterWord(d *checker.Doc, i int) bool {
	return isWord(d, i) && checker.IsLetters(d.TokenText(i))
}

// doubleSpace reports whether the gap between two words is two or more
// plain spaces and nothing else.
func doubleSpace(gap string) bool {
	return len(gap) >= 2 && strings.Trim(gap, " ") == ""
}

// missingSpaceAfterStop finds a full stop inside a word token between a
// lower-case word of at least three letters and a capitalised word of at
// least two ("kam.Der") and returns the offset after the stop.
func missingSpaceAfterStop(w string) (int, bool) {
	k := strings.IndexByte(w, '.')
	if k < 3 || strings.Count(w, ".") != 1 || k+1 >= len(w) {
		return 0, false
	}
	before, after := w[:k], w[k+1:]
	if !checker.IsLetters(before) || before != strings.ToLower(before) || !checker.IsLetters(after) ||
		utf8.RuneCountInString(after) < 2 {
		return 0, false
	}
	r, n := utf8.DecodeRuneInString(after)
	if !unicode.IsUpper(r) || after[n:] != strings.ToLower(after[n:]) {
		return 0, false
	}
	return k + 1, true
}
