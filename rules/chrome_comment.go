package rules

import (
	"github.com/mtcheck/mtcheck/checker"
)

var chromeCommentPrompt = checker.Rule{
	ID:       "chrome-comment-prompt",
	Title:    "Comment prompt or comment counter of the page",
	Category: "markup/leftover",
	Severity: checker.Minor,
	Message:  "Kommentar-Aufforderung oder Kommentarzähler der Originalseite: entfernen.",
	Doc: `Catches the comment section of a news page rendered with the article: the counter or link ` +
		`("Kommentare", "Kommentare (34)", "Kommentar hinzufügen"), the call to join ("Treten Sie der ` +
		`Unterhaltung bei", "Beteiligen Sie sich an den Gesprächen, folgen Sie anderen Lesern", "Schreiben ` +
		`Sie einen Kommentar") and the notice that comments are closed. The call is a Sie-imperative of ` +
		`joining, commenting or discussing with a word of the comment section; "Kommentar" alone, which ` +
		`labels an opinion piece in German, counts only next to other chrome. A short paragraph that ends ` +
		`with a bare request to write to the page ("Vermissen wir etwas? Schreiben Sie uns.") is a feedback ` +
		`prompt. ` +
		`A notice on the comments and where they stand ("Die Kommentare unten wurden nicht moderiert.") is flagged, and next to it a short paragraph on the views of "unserer Nutzer" or "unserer Leser".`,
	Bad: []string{
		"{{Kommentare}}",
		"{{Treten Sie der Unterhaltung bei}}",
		"{{Beteiligen Sie sich an den zum Nachdenken anregenden Gesprächen, folgen Sie anderen Lesern und sehen Sie deren Antworten}}",
		"{{Kommentare (34)}}",
		"{{Kommentar hinzufügen}}",
		"{{Die Kommentare sind für diesen Artikel geschlossen.}}",
		"{{Diese Liste wird fortlaufend aktualisiert. Vermissen wir etwas? Schreiben Sie uns.}}",
		"{{Die Kommentare unten wurden nicht moderiert.}}",
		"{{Die Kommentare unten wurden nicht moderiert.\n\nDie hier geäußerten Ansichten sind die unserer Nutzer.}}",
	},
	Good: []string{
		"Kommentar",
		"Ein Kommentar von Anna Berger",
		"Die Kommentare der Leser waren überwiegend freundlich.",
		"Treten Sie bitte zur Seite, sagte der Polizist.",
		"Die Diskussion im Bundestag dauerte vier Stunden.",
		"Schreiben Sie uns, was Sie denken, bat die Bürgermeisterin die Anwohner.",
		"„Schreiben Sie uns.“ Das stand auf dem Plakat der Initiative.",
		"Die Kommentare der Leser waren überwiegend freundlich.",
		"Unsere Leser haben abgestimmt: Der Park bleibt.",
	},
	Check: func(pass *checker.Pass) {
		reportChrome(pass, kindComment, "Kommentar-Aufforderung oder Kommentarzähler der Originalseite („%s“): entfernen.")
	},
}

// isCommentPrompt reports whether paragraph p belongs to the comment section.
func (s *chromeScan) isCommentPrompt(p *checker.Paragraph) bool {
	d := s.d
	if p.Words <= 5 {
		comments, strong, ok := 0, false, true
		for i := p.FirstToken; i < p.EndToken && ok; i++ {
			switch t := d.Tokens[i]; t.Kind {
			case checker.Word:
				c, w := s.class(i), s.lower(i)
				switch {
				case c&cwComment != 0:
					comments++
					strong = strong || w == "kommentare" || w == "kommentieren" || w == "comments"
				case c&cwButton != 0:
					strong = true
				case c&(cwGlue|cwUINoun) != 0:
				default:
					ok = false
				}
			case checker.Number:
				strong = true
			case checker.Punct:
				ok = labelPunct[d.TokenText(i)]
			default:
				ok = false
			}
		}
		if ok && comments > 0 && strong {
			return true
		}
	}
	if p.Words > 40 {
		return false
	}
	if p.Words <= 12 && hasAnyWord(d, p, "kommentare", "kommentarfunktion", "kommentarbereich") &&
		hasAnyWord(d, p, "geschlossen", "deaktiviert", "gesperrt") {
		return true
	}
	for si := p.FirstSentence; si < p.EndSentence; si++ {
		if verb, ok := s.sieImperative(d.Sentences[si].First); ok && commentVerbs[verb] &&
			s.sentenceHasClass(si, cwComment) && !s.reportedSpeech(si) {
			return true
		}
	}
	return false
}

// weakComment returns kindComment for "Kommentar" or "Diskussion" alone,
// which are chrome next to chrome.
func (s *chromeScan) weakComment(p *checker.Paragraph) chromeKind {
	if p.Words == 1 && isWord(s.d, p.FirstToken) && s.class(p.FirstToken)&cwComment != 0 {
		return kindComment
	}
	return kindNone
}

// reportedSpeech reports whether sentence si goes on with a reporting
// clause after a comma ("…, bat die Bürgermeisterin", but not a second
// imperative "…, folgen Sie …"): the imperative is then quoted, not a call
// of the page.
func (s *chromeScan) reportedSpeech(si int) bool {
	d := s.d
	st := d.Sentences[si]
	for i := st.First; i+1 < st.End; i++ {
		if tokenIs(d, i, ",") && isLowerWord(d, i+1) && knownFiniteAt(s.lx, i+1) && !tokenIs(d, i+2, "Sie") {
			return true
		}
	}
	return false
}

// hasAnyWord reports whether p has one of the words, in lower case.
func hasAnyWord(d *checker.Doc, p *checker.Paragraph, words ...string) bool {
	for i := p.FirstToken; i < p.EndToken; i++ {
		if d.Tokens[i].Kind != checker.Word {
			continue
		}
		w := d.TokenLower(i)
		for _, x := range words {
			if w == x {
				return true
			}
		}
	}
	return false
}
