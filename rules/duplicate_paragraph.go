package rules

import (
	"fmt"

	"github.com/mtcheck/mtcheck/checker"
)

// minDuplicateWords is the shortest paragraph, in words, whose repetition is
// flagged; shorter repeats are usually labels or headings ("Mehr dazu").
const minDuplicateWords = 3

var duplicateParagraph = checker.Rule{
	ID:       "duplicate-paragraph",
	Title:    "Paragraph repeated word for word",
	Category: "markup/duplicate-paragraph",
	Severity: checker.Minor,
	Message:  "Doppelter Absatz: dieser Absatz steht schon weiter oben.",
	Doc: `Catches a paragraph of three or more words that repeats an earlier paragraph word for word (white ` +
		`space ignored). Scraped and syndicated articles often carry the headline twice (page title and article ` +
		`title) or repeat a teaser; the translation keeps both copies. The repeat is flagged, not the first ` +
		`occurrence. Short repeated labels and headings are left alone.`,
	Bad: []string{
		"Elena Fischer gewinnt das Finale\n\n{{Elena Fischer gewinnt das Finale}}\n\nDie Titelverteidigerin siegte in drei Sätzen.",
		"Die Bahn erhöht die Preise.\n\nAb Dezember wird es teurer.\n\n{{Die Bahn erhöht die Preise.}}",
		"Neue Regeln für Drohnen\n\n{{Neue   Regeln für\nDrohnen}}",
		"• Mehr Geld für Schulen\n{{• Mehr Geld für Schulen}}",
		"Streik am Flughafen\n\n{{Streik am Flughafen}}\n\nText.\n\n{{Streik am Flughafen}}",
		"Der Zug fällt aus, teilte die Bahn mit.\n\n{{Der Zug fällt aus, teilte die Bahn mit.}}",
	},
	Good: []string{
		"Mehr dazu\n\nDer Streik dauert an.\n\nMehr dazu\n\nDie Gespräche laufen.",
		"Elena Fischer gewinnt das Finale\n\nElena Fischer gewinnt das Finale in drei Sätzen.",
		"Die Bahn erhöht die Preise.\n\nDie Bahn erhöht die Preise deutlich.",
		"Video, 1\n\nText.\n\nVideo, 1",
		"Neue Regeln für Drohnen\n\nneue Regeln für Drohnen",
		"Das Wetter bleibt schön. Das Wetter bleibt schön.",
	},
	Check: checkDuplicateParagraph,
}

func checkDuplicateParagraph(pass *checker.Pass) {
	d := pass.Doc
	first := make(map[string]int, len(d.Paragraphs)) // normalised text → paragraph index
	for i, p := range pass.Paragraphs() {
		if p.Words < minDuplicateWords {
			continue
		}
		key := checker.NormalizeSpace(d.Slice(p.Span))
		var related checker.RelatedSpan
		var line int
		if earlier, ok := earlierOccurrence(d, key); ok {
			// A window of a long text: the paragraph occurred in a window before.
			related, line = checker.RelatedSpan{At: &earlier}, earlier.Line
		} else if j, seen := first[key]; seen {
			related.Span = d.Paragraphs[j].Span
			line = d.Position(related.Start).Line
		} else {
			first[key] = i
			continue
		}
		related.Message = fmt.Sprintf("Erstes Vorkommen des Absatzes (Zeile %d)", line)
		pass.ReportDiagnostic(checker.Diagnostic{Span: p.Span,
			Message: fmt.Sprintf("Doppelter Absatz: wiederholt den Absatz aus Zeile %d.", line),
			Related: []checker.RelatedSpan{related}})
	}
}

// earlierOccurrence looks a paragraph up in the windows before the document
// when it is a window of a streamed text.
func earlierOccurrence(d *checker.Doc, key string) (checker.Related, bool) {
	if d.Earlier == nil {
		return checker.Related{}, false
	}
	return d.Earlier.Earlier(key)
}
