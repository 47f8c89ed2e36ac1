package rules

import (
	"github.com/mtcheck/mtcheck/checker"
)

var chromePhotoCredit = checker.Rule{
	ID:       "chrome-photo-credit",
	Title:    "Photo credit or caption label in an English shape",
	Category: "markup/leftover",
	Severity: checker.Minor,
	Message:  "Bildnachweis oder Bildunterschriften-Etikett der Originalseite in englischer Form: entfernen oder als „Foto: …“ setzen.",
	Doc: `Catches photo credits and caption labels of the scraped page in an English shape, in every ` +
		`punctuation form: the label with a comma ("Foto, Reuters"), with "von" for "by" ("Foto-Illustration ` +
		`von The Verge", "Foto von Jane Doe/AP"), the literal renderings of "Photograph:" and "Credit:" ` +
		`("Fotografie: X/dpa", "Kredit: AP", "Gutschrift: Reuters"), "über" for "via" ("Foto: Getty Images ` +
		`über AFP"), a bare credit without a label ("Mike Blake/Reuters", "Getty Images") and the caption ` +
		`toggles of the page ("Bildunterschrift ausblenden", "Bildunterschrift umschalten", with the credit ` +
		`before them). German credits keep their colon and label ("Foto: Michael Kappeler/dpa", "Bild: ` +
		`Keystone", "Illustration: Anna Berger") and stay clean. Credits in brackets after a caption in the ` +
		`English shape ("(AP Foto/Gregory Bull)", "(Foto von Mario Tama/Getty Images)", "(Matt McClain/The ` +
		`Washington Post)": no colon, a slash, a photographer's name or an agency), credits without a label ` +
		`after a caption ("… in Wolfsburg. Julian Stratenschulte/picture alliance via Getty Images") and a ` +
		`caption that opens ` +
		`with a label and closes with a second label and its credit ("Bild: Passagiere warten … Bild: PA") ` +
		`are flagged; "(Foto: Michael Kappeler/dpa)" and party pairs like "(SPD/Grüne)" stay clean. ` +
		`A control before a caption ("Bild vergrößern / …") and the label "Abgebildet:" for "Pictured:" are flagged.`,
	Bad: []string{
		"{{Fotografie: Hauke-Christian Dittrich/dpa}}",
		"{{Foto-Illustration von The Verge}}",
		"{{Foto: Getty Images über AFP}}",
		"Die Zahl der Bienenvölker sinkt.\n\n{{Mike Blake/Reuters}}",
		"Ein Imker prüft einen Bienenstock. {{Mike Blake/Reuters Bildunterschrift ausblenden}}",
		"{{Kredit: AP}}",
		"{{Foto, Reuters}}",
		"{{Oberes Foto: Justin Setterfield/Getty Images}}",
		"Feuerwehrleute kämpfen gegen die Flammen. {{(AP Foto/Gregory Bull)}}",
		"Ein Löschflugzeug wirft Wasser ab. {{(Foto von Mario Tama/Getty Images)}}",
		"Schüler verstauen ihre Handys. {{(Matt McClain/The Washington Post)}}",
		"{{Bild:}} Passagiere warten im Terminal 2 auf Informationen. Bild: PA",
		"Ein VW ID.3 in einem Autohaus in Wolfsburg. {{Julian Stratenschulte/picture alliance via Getty Images}}",
		"{{Bild vergrößern /}} Die Rakete auf der Startrampe in Kodiak, Alaska.",
		"{{Abgebildet:}} Die Dorfbewohner vor dem Pub am Samstag",
	},
	Good: []string{
		"Foto: Michael Kappeler/dpa",
		"Bild: Keystone",
		"Illustration: Anna Berger",
		"Die Fotografie war ihre große Leidenschaft.",
		"Das Foto von Anna Berger zeigt den Hafen.",
		"Reuters und AP berichteten zuerst darüber.",
		"Der Kredit über 20 Millionen Euro wurde bewilligt.",
		"Die Bildunterschrift war falsch.",
		"Der Minister spricht im Bundestag. (Foto: Michael Kappeler/dpa)",
		"Die Fraktion stimmte geschlossen zu. (SPD/Grüne)",
		"Bild: Michael Kappeler/dpa",
		"Titelfoto: Michael Kappeler/dpa",
		"Oberes Bild zeigt den Hafen.",
		"Der Antrag kam von der Union (CDU/CSU).",
		"Ein VW ID.3 in einem Autohaus. Foto: Julian Stratenschulte/picture alliance/dpa",
		"Die Koalition stimmte zu. CDU/CSU und SPD waren dafür.",
		"Oben: der alte Turm, unten: der neue Keller.",
		"Abgebildet ist der Turm im Jahr 1920.",
	},
	Check: func(pass *checker.Pass) {
		reportChrome(pass, kindPhotoCredit, "Bildnachweis oder Bildunterschriften-Etikett der Originalseite in englischer Form („%s“): entfernen oder als „Foto: …“ setzen.")
	},
}

// packedCaptionLabels are the labels whose comma form the leftovers pack
// flags with its own message (image-source-label).
var packedCaptionLabels = wordSet("bildquelle", "bildnachweis", "bildrechte")

// positionLabels render the place of the photo in English credits ("Top
// photo:", "Main image:") literally; German credits have no such word.
var positionLabels = wordSet("oberes", "oberstes", "unteres", "top", "haupt")

// maxCreditWords is the longest photo credit, in words.
const maxCreditWords = 12

// isPhotoCredit reports whether paragraph p is a photo credit in an English shape.
func (s *chromeScan) isPhotoCredit(p *checker.Paragraph) bool {
	d := s.d
	fw := s.firstWord(p)
	if fw < 0 || p.Words > maxCreditWords || s.hasFinite(p) {
		return false
	}
	lw := s.lower(fw)
	if positionLabels[lw] && isWord(d, fw+1) && captionLabels[s.lower(fw+1)] && tokenIs(d, fw+2, ":") {
		return true // "Oberes Foto: …" for "Top photo: …"
	}
	if captionLabels[lw] && fw+1 < p.EndToken {
		next := d.TokenText(fw + 1)
		switch {
		case next == ",":
			return !packedCaptionLabels[lw]
		case next == "von" && isCapWord(d, fw+2):
			return true
		case mistranslatedCaptionLabels[lw] && (next == ":" || isCapWord(d, fw+1)):
			return true
		}
	}
	return s.viaCredit(p) || s.bareCredit(p, fw)
}

// viaCredit reports whether the credit p names its source with "über" for
// "via": "Getty Images über AFP".
func (s *chromeScan) viaCredit(p *checker.Paragraph) bool {
	d := s.d
	for i := p.FirstToken; i+1 < p.EndToken; i++ {
		if w := s.lower(i); (w == "über" || w == "via") && isWord(d, i+1) && s.class(i+1)&cwAgency != 0 &&
			isCapWord(d, i+1) {
			return true
		}
	}
	return false
}

// bareCredit reports whether p is a credit without a label: names, a
// slash and an agency ("Mike Blake/Reuters", "AFP/Getty Images").
func (s *chromeScan) bareCredit(p *checker.Paragraph, fw int) bool {
	d := s.d
	if p.Words > 6 || captionLabels[s.lower(fw)] {
		return false
	}
	agency, slash := false, false
	for i := p.FirstToken; i < p.EndToken; i++ {
		switch t := d.Tokens[i]; t.Kind {
		case checker.Word:
			switch {
			case s.class(i)&cwAgency != 0 && t.Shape != checker.Lower:
				agency = true
			case isCapWord(d, i), s.lower(i) == "via", s.lower(i) == "über":
			default:
				return false
			}
		case checker.Punct:
			switch d.TokenText(i) {
			case "/":
				slash = true
			case "-", "–", "|":
			default:
				return false
			}
		case checker.Symbol:
			if d.TokenText(i) != "&" {
				return false
			}
		default:
			return false
		}
	}
	return agency && (slash || p.Words <= 2)
}

// captionToggle returns the span of a caption toggle inside paragraph p
// ("Bildunterschrift ausblenden") with the credit right before it.
func (s *chromeScan) captionToggle(p *checker.Paragraph) (checker.Span, bool) {
	d := s.d
	for i := max(p.FirstToken, p.EndToken-maxToggleTokens); i+1 < p.EndToken; i++ {
		if !isWord(d, i) || !captionToggleNouns[s.lower(i)] || !isWord(d, i+1) || !captionToggles[s.lower(i+1)] {
			continue
		}
		start := i
		// the credit before the toggle: capitalised words and slashes, back to the caption's full stop
		for j := i - 1; j > p.FirstToken; j-- {
			if isCapWord(d, j) || tokenIs(d, j, "/") && !d.Tokens[j].SpaceBefore {
				start = j
				continue
			}
			break
		}
		if start < i && !s.hasSlashIn(start, i) {
			start = i
		}
		return spanOf(d, start, i+1), true
	}
	return checker.Span{}, false
}

// hasSlashIn reports whether the tokens [from, end) hold a slash.
func (s *chromeScan) hasSlashIn(from, end int) bool {
	for i := from; i < end; i++ {
		if tokenIs(s.d, i, "/") {
			return true
		}
	}
	return false
}
