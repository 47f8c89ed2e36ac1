package rules

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

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
		key := normalizeSpace(d.Slice(p.Span))
		j, seen := first[key]
		if !seen {
			first[key] = i
			continue
		}
		orig := d.Paragraphs[j].Span
		line := d.Position(orig.Start).Line
		pass.ReportDiagnostic(checker.Diagnostic{Span: p.Span,
			Message: fmt.Sprintf("Doppelter Absatz: wiederholt den Absatz aus Zeile %d.", line),
			Related: []checker.RelatedSpan{{Span: orig, Message: fmt.Sprintf("Erstes Vorkommen des Absatzes (Zeile %d)", line)}}})
	}
}

// normalizeSpace collapses every run of white space to one space and trims
// the ends: strings.Join(strings.Fields(s), " "), without allocating when s
// is already so.
func normalizeSpace(s string) string {
	if singleSpaced(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for f := range strings.FieldsSeq(s) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(f)
	}
	return b.String()
}

// singleSpaced reports whether the only white space of s (unicode.IsSpace)
// is single spaces between other characters.
func singleSpaced(s string) bool {
	for i := 0; i < len(s); i++ {
		switch byteKinds[s[i]] {
		case plainByte:
		case spaceByte:
			if i == 0 || i == len(s)-1 || s[i+1] == ' ' {
				return false
			}
		case controlSpaceByte:
			return false
		default: // the first byte of a multi-byte character
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += n - 1
		}
	}
	return true
}

// byteKinds sorts the bytes of UTF-8 text for singleSpaced.
var byteKinds = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c == ' ':
			t[c] = spaceByte
		case c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			t[c] = controlSpaceByte
		case c >= utf8.RuneSelf:
			t[c] = multiByte
		}
	}
	return t
}()

const (
	plainByte = iota
	spaceByte
	controlSpaceByte
	multiByte
)
