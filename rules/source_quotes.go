package rules

import (
	"fmt"

	"github.com/mtcheck/mtcheck/checker"
)

// quoteMinWords is the least number of words of a quotation that
// source-quotes counts: a quoted word or two ("so-called") is a scare quote
// German often drops.
const quoteMinWords = 3

var sourceQuotes = checker.Rule{
	ID:        "source-quotes",
	Title:     "Quotation or parenthesis of the original lost",
	Category:  "fluency/punctuation",
	Severity:  checker.Minor,
	Bilingual: true,
	Message:   "Anführungszeichen oder Klammern des Originals fehlen in der Übersetzung.",
	Doc: `Counts, in each pair of the alignment, the quotation marks (“ ” " „ » « ‘ ’, and the apostrophe where it
stands alone; marks written twice, as "" in some exports, count once) and the opening parentheses of both sides.
When the translation has two quotation marks fewer than its original, a quotation of three words or more has
lost its marks, and the reader can no longer tell who said what; when it has fewer parentheses, an aside has
lost its brackets or was dropped. Added marks are not reported: German copy often sets the titles of
programmes and campaigns in quotation marks where English does not, and a quotation that runs on into the next
segment leaves one side with a single mark.`,
	Bad: []string{
		"He said {{“we will not give up on this”}} and left. ||| {{Er sagte, man werde nicht aufgeben, und ging.}}",
		"The senator {{(a Democrat from Ohio)}} voted no. ||| {{Der Senator stimmte mit Nein.}}",
		"“We have to act now,” she said. {{“There is no time to lose.”}} ||| „Wir müssen jetzt handeln“, sagte sie. {{Es gebe keine Zeit zu verlieren.}}",
		"The report {{(published on Monday)}} was clear. ||| {{Der am Montag veröffentlichte Bericht war eindeutig.}}",
		"She wrote: {{\"\"I will come back soon.\"\"}} ||| {{Sie schrieb, sie komme bald wieder.}}",
	},
	Good: []string{
		"He said “we will not give up” and left. ||| Er sagte „wir werden nicht aufgeben“ und ging.",
		"The senator (a Democrat from Ohio) voted no. ||| Der Senator (ein Demokrat aus Ohio) stimmte mit Nein.",
		"The so-called “deal” failed. ||| Der sogenannte Deal scheiterte.",
		"She wrote: \"\"I will come back soon.\"\" ||| Sie schrieb: »Ich komme bald wieder.«",
		"The United against Rabies 2030 strategy works. ||| Die Strategie „United against Rabies 2030“ wirkt.",
		"The man told the girl: \"Don't scream. ||| Der Mann sagte zu dem Mädchen: „Schrei nicht.“",
	},
	Check: checkSourceQuotes,
}

func checkSourceQuotes(pass *checker.Pass) {
	bt := sharedBitext.Get(pass)
	for bp := range bt.alignedPairs(pass) {
		smarks, tmarks := quoteMarks(bt.o, bp.sFirst, bp.sEnd), quoteMarks(bt.d, bp.tFirst, bp.tEnd)
		if len(smarks)-len(tmarks) >= 2 {
			// The quotations of the original in order of their marks; the
			// first one beyond the translation's is taken for the lost one.
			for q := len(tmarks) / 2; 2*q+1 < len(smarks); q++ {
				open, close := smarks[2*q], smarks[2*q+1]
				if wordsBetween(bt.o, open[1], close[0]) < quoteMinWords {
					continue
				}
				lost := bt.o.Tokens[open[0]].To(bt.o.Tokens[close[1]].Span)
				reportLost(pass, bt, bp, lost, fmt.Sprintf(
					"Anführungszeichen des Originals fehlen in der Übersetzung (%d im Original, %d hier).", len(smarks), len(tmarks)))
				break
			}
		}
		sb, tb := parentheses(bt.o, bp.sFirst, bp.sEnd), parentheses(bt.d, bp.tFirst, bp.tEnd)
		if len(sb) > len(tb) {
			reportLost(pass, bt, bp, sb[len(tb)], fmt.Sprintf(
				"Klammern des Originals fehlen in der Übersetzung (%d im Original, %d hier).", len(sb), len(tb)))
		}
	}
}

// reportLost reports a quotation or parenthesis of the original (lost)
// at the sentences that translate it.
func reportLost(pass *checker.Pass, bt *bitext, bp *bipair, lost checker.Span, message string) {
	at, ok := bt.targetFor(bp, lost.Start)
	if !ok {
		return
	}
	pass.ReportDiagnostic(checker.Diagnostic{Span: at, SourceSpan: &lost, Message: message})
}

// quoteMarks returns the quotation marks among tokens [first, end) of d,
// each as its first and last token: the tokens that are quotation marks
// (checker.IsQuoteMark) or a lone apostrophe, marks that follow each other
// with no space between counting as one ("").
func quoteMarks(d *checker.Doc, first, end int) [][2]int {
	var out [][2]int
	for i := first; i < end; i++ {
		t := d.TokenText(i)
		if d.Tokens[i].Kind != checker.Punct || !checker.IsQuoteMark(t) && t != "'" {
			continue
		}
		if n := len(out); n > 0 && out[n-1][1] == i-1 && !d.Tokens[i].SpaceBefore {
			out[n-1][1] = i
			continue
		}
		out = append(out, [2]int{i, i})
	}
	return out
}

// wordsBetween counts the word-like tokens between tokens a and b.
func wordsBetween(d *checker.Doc, a, b int) int {
	n := 0
	for i := a + 1; i < b; i++ {
		if d.Tokens[i].IsWordLike() {
			n++
		}
	}
	return n
}

// parentheses returns the spans of the parenthesised stretches among tokens
// [first, end) of d: from an opening parenthesis to its closing one (or to
// the end of the sentence).
func parentheses(d *checker.Doc, first, end int) []checker.Span {
	var out []checker.Span
	for i := first; i < end; i++ {
		if d.Tokens[i].Kind != checker.Punct || d.TokenText(i) != "(" {
			continue
		}
		j := i + 1
		for j < end && d.TokenText(j) != ")" && d.Tokens[j].Sentence == d.Tokens[i].Sentence {
			j++
		}
		if j >= end || d.TokenText(j) != ")" {
			j--
		}
		out = append(out, d.Tokens[i].To(d.Tokens[max(j, i)].Span))
	}
	return out
}
