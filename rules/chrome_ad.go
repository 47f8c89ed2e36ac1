package rules

import (
	"strings"

	"github.com/mtcheck/mtcheck/checker"
)

var chromeAdLabel = checker.Rule{
	ID:       "chrome-ad-label",
	Title:    "Advertisement or sponsor label of the page",
	Category: "markup/leftover",
	Severity: checker.Minor,
	Message:  "Werbe- oder Sponsorenhinweis der Originalseite: entfernen.",
	Doc: `Catches the advertisement and sponsor labels of a news page rendered as paragraphs of the ` +
		`article: "Werbung", "Anzeige", "Gesponserte Inhalte", "Sponsormeldung", "Anzeigen-Feedback", ` +
		`"Werbung überspringen", "Die Geschichte wird unter der Werbung fortgesetzt", and their English ` +
		`originals left untranslated ("Advertisement", "Sponsored Headlines"). Every word of the paragraph ` +
		`must be a word of such labels and one an advertisement or sponsor word; sentences about ` +
		`advertising ("Die Werbung wirkt") stay clean.`,
	Bad: []string{
		"{{Anzeigen-Feedback}}",
		"{{Die Geschichte wird unter der Werbung fortgesetzt}}",
		"{{Gesponserte Inhalte}}",
		"{{Sponsormeldung}}",
		"{{Werbung überspringen}}",
		"{{Sponsored Headlines}}",
	},
	Good: []string{
		"Die Werbung wirkt.",
		"Werbung für Zigaretten bleibt verboten",
		"Der Sponsor des Vereins zieht sich zurück.",
		"Alle anzeigen",
		"Anzeige gegen Unbekannt",
		"Gesponsert wurde die Reise von der Regierung.",
	},
	Check: func(pass *checker.Pass) {
		reportChrome(pass, kindAd, "Werbe- oder Sponsorenhinweis der Originalseite („%s“): entfernen.")
	},
}

// adWords are the other words an advertisement label may hold ("Die
// Geschichte wird unter der Werbung fortgesetzt").
var adWords = wordSet("fortgesetzt", "weiter", "geht", "unten", "scrollen", "weiterlesen", "überspringen",
	"feedback", "lesen", "nachricht", "meldung", "headlines", "content", "partner", "partnern", "unseren")

// isAdLabel reports whether paragraph p is an advertisement or sponsor
// label, or the disclosure of affiliate links.
func (s *chromeScan) isAdLabel(p *checker.Paragraph) bool {
	d := s.d
	if p.Words > 9 {
		return p.Words <= 40 && s.affiliateDisclosure(p)
	}
	if p.Words == 0 {
		return false
	}
	ads := 0
	for i := p.FirstToken; i < p.EndToken; i++ {
		t := d.Tokens[i]
		switch t.Kind {
		case checker.Word:
			c, w := s.class(i), s.lower(i)
			switch {
			case c&cwAd != 0 && !(w == "anzeigen" && t.Shape == checker.Lower):
				ads++
			case c&(cwGlue|cwUINoun) != 0, adWords[w]:
			default:
				return false
			}
		case checker.Punct:
			if !labelPunct[d.TokenText(i)] {
				return false
			}
		default:
			return false
		}
	}
	return ads > 0
}

// affiliateDisclosure reports whether p discloses affiliate links: a link,
// a purchase and a commission ("Wenn Sie etwas über einen Link kaufen,
// erhalten wir eine Provision").
func (s *chromeScan) affiliateDisclosure(p *checker.Paragraph) bool {
	var link, buy, commission bool
	for i := p.FirstToken; i < p.EndToken; i++ {
		if s.d.Tokens[i].Kind != checker.Word {
			continue
		}
		w := s.lower(i)
		switch {
		case w == "link" || w == "links" || strings.HasSuffix(w, "-link") || strings.HasSuffix(w, "-links") ||
			strings.HasPrefix(w, "partnerlink") || strings.HasPrefix(w, "affiliate"):
			link = true
		case strings.HasPrefix(w, "kauf") || strings.HasPrefix(w, "einkäuf") || strings.HasPrefix(w, "gekauft"):
			buy = true
		case strings.HasPrefix(w, "provision") || strings.HasPrefix(w, "vergütung") || strings.HasPrefix(w, "kommission"):
			commission = true
		}
	}
	return link && buy && commission
}
