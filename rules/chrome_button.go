package rules

import (
	"github.com/mtcheck/mtcheck/checker"
)

var chromeButton = checker.Rule{
	ID:       "chrome-button",
	Title:    "Share, save or follow button of the scraped page",
	Category: "markup/leftover",
	Severity: checker.Minor,
	Message:  "Bedienelement der Originalseite (Teilen-, Speichern-, Folgen-Knopf, Zähler): entfernen.",
	Doc: `Catches the buttons, links and counters of a scraped news page that the machine translation ` +
		`rendered as paragraphs of the article: "Teilen", "Speichern", "Folgen", "Abonnieren", "Drucken", ` +
		`"Link kopiert!", "Alle anzeigen", "Playlist hinzufügen", the literal "Aktie" for the button "Share", ` +
		`rows of share targets ("Facebook X E-Mail"), a button with the name of its target ("Zu myFT ` +
		`hinzufügen"), the text a screen reader gives an icon ("Facebook-Symbol Der Buchstabe F.", "Artikel ` +
		`speichern Symbol Ein Lesezeichen"), loading notices ("Etwas wird geladen."), counters ("Bild 2 von 7", "teilen2") and link labels of ` +
		`screen readers (", öffnet neuen Tab"). A paragraph is flagged when every word is a word of page ` +
		`furniture (a button verb or noun, a platform, a function word of a label, a number) and one of them ` +
		`is a button or two are platforms. A single platform name, a number or a word like "Link" is flagged ` +
		`only next to other chrome. A button word after an article is a noun ("Die Folgen", "Die Aktie"), so ` +
		`headlines and German sentences that use these words stay clean. A Sie-imperative that names a ` +
		`control, a link, a player or a web address ("Tippen Sie hier", "Drücken Sie auf Play, um diesen ` +
		`Artikel anzuhören", "Bitte verwenden Sie den Chrome-Browser für einen zugänglicheren Videoplayer", ` +
		`"Schauen Sie sich an, was auf Foxnews.com angeklickt wird", "Sie können jetzt Artikel anhören!") is ` +
		`the page talking to its reader; ` +
		`quoted or reported imperatives ("…, warnt die Polizei") stay clean. A short line with "Sie" between ` +
		`two parts of chrome is a link of the page ("Warum Sie Sky News vertrauen können"). ` +
		`A line without closing punctuation that is a Sie-imperative about the page is a control too: its verb with the particle is a button verb ("Fügen Sie CBS News bei Google hinzu") or it names a part of the page ("Scrollen Sie nach unten für Video"); a closing full stop makes it copy ("Melden Sie sich bis Freitag beim Bürgeramt an."). A label before a colon at the start of a paragraph that is a control's verb ("Vergrößern:" for "Zoom in") or a separable verb joined to its particle ("Die Nachrichten vorantreiben:" for "Driving the news") is a section label of the page; a subject and its verb ("Die Experten warnen:") is not. A skip link to the links of the page ("Zu den Barrierefreiheitsverknüpfungen springen") is flagged, and a compound ending in "-link" or "-verknüpfung" counts as a noun of the page.`,
	Bad: []string{
		"Der Konzern verschiebt den Bau.\n\n{{Aktie}}",
		"Der Konzern verschiebt den Bau.\n\n{{Teilen\n\nSpeichern}}",
		"{{Teilen Sie diesen Artikel erneut}}\n\nDie Zahl der Seehunde steigt.",
		"Die Zahl der Seehunde steigt.\n\n{{Facebook\n\nX\n\nE-Mail\n\nDrucken}}",
		"{{Erwerben Sie Lizenzrechte, öffnet neuen Tab}}",
		"Die Zahl der Seehunde steigt.\n\n{{Bild 2 von 7}}",
		"{{Link kopiert!}}",
		"{{Playlist hinzufügen\n\nHerunterladen\n\nEinbetten}}",
		"{{Tippen Sie hier}}",
		"{{Zu myFT hinzufügen}}",
		"{{Facebook-Symbol Der Buchstabe F.}}",
		"{{Link-Symbol Ein Bild eines Kettenglieds. Es symbolisiert die URL eines Website-Links.}}",
		"{{Artikel speichern Symbol Ein Lesezeichen}}",
		"{{Etwas wird geladen.}}",
		"{{Als Nächstes lesen}}",
		"{{NEU Sie können jetzt Fox News-Artikel anhören!}}",
		"{{Drücken Sie auf Play, um diesen Artikel anzuhören}}",
		"{{Bitte verwenden Sie den Chrome-Browser für einen zugänglicheren Videoplayer}}",
		"{{Die Top-Schlagzeilen sind da. Schauen Sie sich an, was auf Foxnews.com angeklickt wird.}}",
		"{{Fügen Sie CBS News bei Google hinzu}}",
		"{{Scrollen Sie nach unten für Video}}",
		"{{Vergrößern:}} Laubbläser stoßen an einem Sommertag mehr Schadstoffe aus als alle Autos.",
		"{{Die Nachrichten vorantreiben:}} Der Stadtrat stimmte am Montag für die Verordnung.",
		"{{Zu den Barrierefreiheitsverknüpfungen springen}}",
		"{{Kopieren/Einfügen des Artikel-Video-Einbettungslinks: Kopiert}}",
	},
	Good: []string{
		"Die Folgen",
		"Die Aktie\n\nDer Kurs fiel am Dienstag um 3 Prozent.",
		"Teilen statt besitzen: Wie Carsharing die Städte verändert",
		"Facebook\n\nDer Konzern meldete am Mittwoch einen Rekordgewinn.",
		"Sie teilen sich eine Wohnung in Berlin.",
		"Folgen der Dürre",
		"2025",
		"Zurück in die Zukunft",
		"Drücken Sie die Daumen für unsere Mannschaft!",
		"Teilen Merz und Scholz",
		"Speichern im Xyzzy Quux",
		"„Klicken Sie nicht auf den Link“, warnt die Polizei.",
		"Klicken Sie nicht auf unbekannte Links, warnt die Polizei.",
		"Prüfen Sie vor der Abfahrt den Status Ihres Fluges.",
		"Sie können auf der linken Seite ein kleines Boot sehen.",
		"Sie können hier sehen, wie das Boot zu rollen beginnt.",
		"Schauen Sie sich diese Grafik an.",
		"Das Facebook-Symbol ist seit Jahren blau.",
		"Symbol der Freiheit",
		"Die Seite wird geladen, sagte der Techniker.",
		"Der Lkw wird geladen.",
		"Reisen Sie möglichst mit Bus und Bahn an",
		"Melden Sie sich bis Freitag beim Bürgeramt an.",
		"Die Experten warnen: Die Lage ist ernst.",
		"Gut zu wissen: Die Hotline ist kostenlos.",
		"Zum Vergleich: 2023 waren es 400 Fälle.",
		"Zum Inhalt springen wir später, sagte der Moderator.",
	},
	Check: func(pass *checker.Pass) {
		reportChrome(pass, kindButton, "Bedienelement der Originalseite („%s“: Knopf, Link oder Zähler), mitübersetzt: entfernen.")
	},
}

// buttonShape reports whether paragraph p is a label of buttons (strong) or
// a short paragraph that is chrome next to chrome (weak): every word a word
// of page furniture, a number or a counter.
func (s *chromeScan) buttonShape(p *checker.Paragraph) (strong, weak bool) {
	d := s.d
	if p.Words == 0 || p.Words > maxLabelWords {
		return false, false
	}
	if s.endsWithNewTab(p) {
		return true, false
	}
	var buttons, platforms, nouns, numbers, counters, names int
	for i := p.FirstToken; i < p.EndToken; i++ {
		t := d.Tokens[i]
		switch t.Kind {
		case checker.Word:
			c := s.class(i)
			switch {
			case c&cwButton != 0 && !s.afterArticle(i):
				buttons++
			case c&cwPlatform != 0:
				platforms++
			case c&(cwUINoun|cwComment) != 0:
				nouns++
			case c&cwGlue != 0:
			case t.Shape != checker.Lower && s.lx.Classes(i) == 0:
				names++ // the target of a button: "Zu myFT hinzufügen"
			default:
				return false, false
			}
		case checker.Number:
			numbers++
			if s.counterAt(i, p.EndToken) {
				counters++
			}
		case checker.Punct:
			if !labelPunct[d.TokenText(i)] {
				return false, false
			}
		case checker.URL:
			return false, false
		}
	}
	if names > 1 || names > 0 && buttons == 0 {
		return false, false
	}
	strong = buttons > 0 || platforms >= 2 || counters > 0 && numbers == 2 && numbers+nouns == p.Words-s.glueCount(p)
	weak = !strong && p.Words <= maxWeakWords && platforms+nouns+numbers > 0
	return strong, weak
}

// afterArticle reports whether word token i follows an article or
// determiner, which makes a button word a noun ("die Folgen", "die Aktie").
func (s *chromeScan) afterArticle(i int) bool {
	if i == 0 || !isWord(s.d, i-1) || !sameParagraph(s.d, i-1, i) {
		return false
	}
	switch s.lower(i - 1) {
	case "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen",
		"ihre", "seine", "unsere", "keine", "deren", "dessen":
		return true
	}
	return false
}

// counterAt reports whether the number token i starts a counter "2 von 7"
// or "2/7".
func (s *chromeScan) counterAt(i, end int) bool {
	d := s.d
	return i+2 < end && (tokenIs(d, i+1, "von") || tokenIs(d, i+1, "/") && !d.Tokens[i+1].SpaceBefore) &&
		d.Tokens[i+2].Kind == checker.Number
}

// glueCount counts the function words of a label paragraph.
func (s *chromeScan) glueCount(p *checker.Paragraph) int {
	n := 0
	for i := p.FirstToken; i < p.EndToken; i++ {
		if s.d.Tokens[i].Kind == checker.Word && s.class(i)&(cwButton|cwPlatform|cwUINoun|cwComment) == 0 {
			n++
		}
	}
	return n
}

// endsWithNewTab reports whether a short paragraph ends in the label a
// screen reader gives a link: ", öffnet neuen Tab" or "… Fenster".
func (s *chromeScan) endsWithNewTab(p *checker.Paragraph) bool {
	d := s.d
	e := p.EndToken
	if p.Words > maxLabelWords || e-p.FirstToken < 3 {
		return false
	}
	last := s.lower(e - 1)
	return (last == "tab" || last == "fenster") && (s.lower(e-2) == "neuen" || s.lower(e-2) == "neuem") &&
		(s.lower(e-3) == "öffnet" || s.lower(e-3) == "in") && isWord(d, e-1)
}
