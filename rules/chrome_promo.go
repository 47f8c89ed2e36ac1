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
		`bittet: Melden Sie verdächtige Pakete") stay clean. Calls that name a platform, a podcast or an ` +
		`app in any case ("Folgen Sie Sky News auf WhatsApp", "KLICKEN SIE HIER, UM DIE APP ZU ` +
		`ERHALTEN"), a description that speaks of the reader's inbox ("jeden Donnerstag ` +
		`in Ihrem Posteingang") and a button with the thing promoted ("Demo anfordern") and the thanks for signing up ("Danke für die ` +
		`Anmeldung!") are promotions too; ` +
		`the lines without a closing full stop above such a box, after a paragraph of the article, are its ` +
		`head ("Dieser Artikel ist Teil von POLITICO Pro", "Exklusive Scoops und Einblicke"). ` +
		`A line without closing punctuation with a promoting Sie-imperative that delivers to the reader's device or inbox ("Holen Sie sich Nachrichten direkt auf Ihr Handy gesendet") or names the page ("… um mehr solche Geschichten zu bekommen") is a promotion.`,
	Bad: []string{
		"{{Melden Sie sich für den CNN-Newsletter Wetter an}}",
		"{{Erhalten Sie die neuesten Wetternachrichten jeden Morgen in Ihrem Posteingang.}}",
		"{{Abonnieren Sie unsere kostenlose Morning Headlines-E-Mail}}",
		"{{Spenden Sie jetzt an NPR}}",
		"{{Newsletter-Promotion überspringen}}",
		"{{Datenschutzhinweis: Newsletter können Informationen über Wohltätigkeitsorganisationen enthalten.}}",
		"Die Zahl der Seehunde steigt weiter an, wie die Zählung zeigt.\n\n{{Melden Sie sich für Down to Earth an\n\nDie wichtigsten Umweltgeschichten der Woche\n\nnach der Newsletter-Werbung}}",
		"{{Folgen Sie Sky News auf WhatsApp}}",
		"{{KLICKEN SIE HIER, UM DIE FOX NEWS APP ZU ERHALTEN}}",
		"{{Hören Sie sich den Sky News Daily an, wo immer Sie Ihre Podcasts bekommen}}",
		"{{Demo anfordern}}",
		"{{Danke für die Anmeldung!}}",
		"{{Bleiben Sie mit kostenlosen Updates informiert}}",
		"{{Die wichtigsten Geschichten über Schulen, jeden Donnerstag in Ihrem Posteingang.}}",
		"Die Zahl der Seehunde steigt weiter an, wie die Zählung zeigt.\n\n{{Dieser Artikel ist Teil von POLITICO Pro\n\nExklusive Scoops und Einblicke\n\nDemo anfordern}}",
		"{{Holen Sie sich Frauenfußball-Nachrichten direkt auf Ihr Handy gesendet}}",
		"{{Melden Sie sich für Axios Denver an, um mehr solche Geschichten zu bekommen}}",
	},
	Good: []string{
		"Die Polizei bittet: Melden Sie verdächtige Pakete sofort.",
		"Abonnenten erhalten die Zeitung schon am Vorabend.",
		"Der Newsletter erscheint jeden Morgen um 6 Uhr.",
		"Laden Sie die Akkus vor der Fahrt vollständig.",
		"Bleiben Sie zu Hause, wenn Sie krank sind.",
		"„Melden Sie sich bei mir“, sagte die Ministerin.",
		"Folgen Sie der Spur des Geldes.",
		"Prüfen Sie Ihr Konto regelmäßig auf unbekannte Abbuchungen.",
		"Melden Sie verdächtige Profile auf Instagram der Polizei.",
		"Lesen Sie die Zusammenfassung des Berichts.",
		"Löschen Sie verdächtige E-Mails sofort.",
		"Installieren Sie die Updates für Ihr Smartphone.",
		"Bleiben Sie bei Hitze im Haus und trinken Sie viel.",
		"Sie können jetzt wieder ins Freibad gehen.",
		"Die Mails landeten in ihrem Posteingang, sagte die Ermittlerin.",
		"Danke für die Einladung!",
		"Die Firma will die Konten schützen. Ihre E-Mail-Adresse müssen Nutzer künftig zweimal bestätigen.",
		"Alle Rechnungen landen in Ihrem Posteingang, wenn Sie das Konto verknüpfen.",
		"Holen Sie sich den Frühling ins Haus",
		"Schützen Sie Ihr Handy vor Betrügern",
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
	if s.promoAddress(p) || s.promoButton(p) {
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
		case s.sentenceHasPromotedThing(si):
			return true
		case verb == "bleiben" && (hasWordIn(d, st.First, st.End, "informiert") || hasWordIn(d, st.First, st.End, "laufenden")):
			return true // "Bleiben Sie mit kostenlosen Updates informiert"
		}
	}
	return false
}

// hasWordIn reports whether the tokens [from, end) hold the word w, in lower case.
func hasWordIn(d *checker.Doc, from, end int, w string) bool {
	for i := from; i < end; i++ {
		if d.Tokens[i].Kind == checker.Word && d.TokenLower(i) == w {
			return true
		}
	}
	return false
}

// sentenceHasPromotedThing reports whether sentence si names something a
// promotion sells (isPromotedThing: a newsletter, an app, the inbox), not
// only a noun that service copy uses too ("Lesen Sie die Zusammenfassung").
func (s *chromeScan) sentenceHasPromotedThing(si int) bool {
	st := s.d.Sentences[si]
	for i := st.First; i < st.End; i++ {
		if s.d.Tokens[i].Kind == checker.Word && s.class(i)&cwPromoNoun != 0 && isPromotedThing(s.lower(i)) {
			return true
		}
	}
	return false
}

// promoButton reports whether p is the button of a promotion box: a
// button verb and the thing promoted, nothing else ("Demo anfordern",
// "Newsletter abonnieren", "App herunterladen").
func (s *chromeScan) promoButton(p *checker.Paragraph) bool {
	d := s.d
	if p.Words != 2 {
		return false
	}
	var button, promo bool
	for i := p.FirstToken; i < p.EndToken; i++ {
		if !isWord(d, i) {
			continue
		}
		c := s.class(i)
		switch {
		case c&cwPromoNoun != 0 && isCapWord(d, i):
			promo = true
		case c&cwButton != 0 && d.Tokens[i].Shape == checker.Lower:
			button = true
		}
	}
	return button && promo
}
