package rules

import (
	"strings"

	"github.com/mtcheck/mtcheck/checker"
)

var chromePromoBox = checker.Rule{
	ID:       "chrome-promo-box",
	Title:    "Newsletter, app or subscription promotion of the page",
	Category: "markup/leftover",
	Severity: checker.Minor,
	Message:  "Newsletter-, App-, Abo- oder Spendenwerbung der Originalseite: entfernen.",
	Doc: `Catches the promotion boxes of a news page rendered with the article: calls to sign up for a ` +
		`newsletter, to subscribe, to download the app, to donate or to follow topics, written as ` +
		`Sie-imperatives ("Melden Sie sich für den Newsletter an", "Abonnieren Sie unsere kostenlose ` +
		`Morning-Headlines-E-Mail", "Erhalten Sie die neuesten Nachrichten in Ihrem Posteingang", "Spenden Sie ` +
		`jetzt", "Folgen Sie Themen und Autoren …, um E-Mail-Updates zu erhalten"), their privacy notes ` +
		`("Datenschutzhinweis: …") and the markers around them ("Newsletter-Promotion überspringen", "nach ` +
		`der Newsletter-Werbung"). The imperative needs a verb of signing up, getting or supporting and, ` +
		`unless the verb says it all (abonnieren, registrieren, spenden, "melden … an"), a newsletter, an ` +
		`e-mail, an inbox, an app or an update to promote. A short paragraph between two parts of a box (the ` +
		`newsletter's description) belongs to it. Imperatives in reported instructions ("Die Polizei ` +
		`bittet: Melden Sie verdächtige Pakete") stay clean.`,
	Bad: []string{
		"{{Melden Sie sich für den CNN-Newsletter Wetter an}}",
		"{{Erhalten Sie die neuesten Wetternachrichten jeden Morgen in Ihrem Posteingang.}}",
		"{{Abonnieren Sie unsere kostenlose Morning Headlines-E-Mail}}",
		"{{Spenden Sie jetzt an NPR}}",
		"{{Newsletter-Promotion überspringen}}",
		"{{Datenschutzhinweis: Newsletter können Informationen über Wohltätigkeitsorganisationen enthalten.}}",
		"Die Zahl der Seehunde steigt weiter an, wie die Zählung zeigt.\n\n{{Melden Sie sich für Down to Earth an\n\nDie wichtigsten Umweltgeschichten der Woche\n\nnach der Newsletter-Werbung}}",
	},
	Good: []string{
		"Die Polizei bittet: Melden Sie verdächtige Pakete sofort.",
		"Abonnenten erhalten die Zeitung schon am Vorabend.",
		"Der Newsletter erscheint jeden Morgen um 6 Uhr.",
		"Laden Sie die Akkus vor der Fahrt vollständig.",
		"Bleiben Sie zu Hause, wenn Sie krank sind.",
		"„Melden Sie sich bei mir“, sagte die Ministerin.",
	},
	Check: func(pass *checker.Pass) {
		reportChrome(pass, kindPromo, "Newsletter-, App-, Abo- oder Spendenwerbung der Originalseite („%s“): entfernen.")
	},
}

// isPromo reports whether paragraph p promotes a newsletter, an app, a
// subscription or a donation.
func (s *chromeScan) isPromo(p *checker.Paragraph) bool {
	d := s.d
	if p.Words > maxChromeWords {
		return false
	}
	for i := p.FirstToken; i < p.EndToken; i++ {
		if w := s.lower(i); d.Tokens[i].Kind == checker.Word && strings.HasPrefix(w, "newsletter-") &&
			(strings.HasSuffix(w, "-promotion") || strings.HasSuffix(w, "-werbung") || strings.HasSuffix(w, "-anzeige")) {
			return true
		}
	}
	if fw := s.firstWord(p); fw >= 0 && (s.lower(fw) == "datenschutzhinweis" || s.lower(fw) == "datenschutzhinweise") &&
		tokenIs(d, fw+1, ":") {
		return true
	}
	for si := p.FirstSentence; si < p.EndSentence; si++ {
		st := d.Sentences[si]
		verb, ok := s.sieImperative(st.First)
		if !ok || !promoVerbs[verb] || d.Tokens[st.First].Kind != checker.Word {
			continue
		}
		last := lastWordLikeIn(d, st.First, st.End)
		switch {
		case strongPromoVerbs[verb]:
			return true
		case verb == "melden" && last >= 0 && s.lower(last) == "an" && tokenIs(d, st.First+2, "sich"):
			return true
		case s.sentenceHasClass(si, cwPromoNoun):
			return true
		}
	}
	return false
}
