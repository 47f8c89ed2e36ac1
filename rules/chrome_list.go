package rules

import (
	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

var chromeLinkList = checker.Rule{
	ID:       "chrome-link-list",
	Title:    "Tag list or list of related links of the page",
	Category: "markup/leftover",
	Severity: checker.Minor,
	Message:  "Themen- oder Linkliste der Originalseite: entfernen.",
	Doc: `Catches the lists a news page puts around an article, rendered as paragraphs: the labels of ` +
		`tag and link lists ("Themen", "Verwandte Geschichten", "Ähnliches Video", "Am meisten gelesen von …", ` +
		`"Die meistgelesenen von Bloomberg", "Am beliebtesten", "Weitere Geschichten von NPR"), the tags (one ` +
		`per paragraph after such a label or before a "Folgen" button, or one line of tags separated by pipes ` +
		`or bullets, or by commas after a label: "Themen: Klima, Energie, Verkehr"), the headlines listed after ` +
		`a label, and video teasers that end in their running time ("Sehen Sie, wie … 01:45"). A label has no ` +
		`verb and only words of such labels; a short paragraph without a verb counts as a tag only next to a ` +
		`list, so that a closing credit like "Mitarbeit: Lena Hoffmann", a German subheading ("Die Folgen") ` +
		`or a headline of comma-separated nouns stays clean. A call to read more that ends its line with a ` +
		`colon ("Lesen Sie mehr bei Sky News:", the linked headlines on the lines after it), a label "Mehr ` +
		`von …" or "Mehr zu(m/r) …" with a name or topic and no verb, a label with a list word and names or a ` +
		`date ("Fox News Flash Top-Schlagzeilen für den 5. März") and a linked headline in capitals (seven ` +
		`words or more, as German copy sets only datelines, rubrics and short headings in capitals) are lists ` +
		`too. ` +
		`Tags one per line after a label and a colon count as a list, also after a preposition as the label ("In:"); lines without a label (an address) and labels of other lists ("Zutaten:") stay clean.`,
	Bad: []string{
		"Die Zahl der Seehunde steigt seit Jahren, wie die jüngste Zählung zeigt.\n\n{{Themen\n\nWildtiere\n\nMeeresleben\n\nDeutschland}}",
		"{{Verwandte Geschichten}}",
		"{{Die meistgelesenen von Bloomberg}}",
		"{{Am meisten gelesen von Bloomberg Businessweek}}",
		"Die Zahl der Seehunde steigt seit Jahren, wie die jüngste Zählung zeigt.\n\n{{Themen: Wildtiere, Meeresleben, Wattenmeer, Deutschland}}",
		"Die Zahl der Seehunde steigt seit Jahren, wie die jüngste Zählung zeigt.\n\n{{Sehen Sie, wie die Hitze den Asphalt schmilzt 01:45}}",
		"Die Zahl der Seehunde steigt seit Jahren, wie die jüngste Zählung zeigt.\n\n{{Beste Highlights\n\nLeverkusen gegen Bayern – Spielbericht}}",
		"{{Lesen Sie mehr bei Sky News:\nBahnstreik: Was Reisende jetzt wissen müssen}}",
		"{{Mehr von Camille Gijs}}",
		"{{Mehr Geschichten von Business Insider Deutschland}}",
		"Arsenal sucht seit dem Sommer einen Stürmer, wie der Verein bestätigte.\n\n{{GEHEN SIE TIEFER\n\nWarum Arsenal seit zwei Jahren keinen Mittelstürmer findet}}",
		"Arsenal sucht seit dem Sommer einen Stürmer, wie der Verein bestätigte.\n\n{{Lesen Sie auch\n\nDie Transfer-Rangliste: Die 25 besten Spieler}}",
		"Die Zahl der Seehunde steigt seit Jahren, wie die jüngste Zählung zeigt.\n\n{{Mehr zur Bildung in den USA\n\nWie eine Schule in Maine umdenkt}}",
		"{{KALIFORNISCHE FEUERWEHR WARNT VOR EXTREMER BRANDGEFAHR IN DIESEM FRÜHJAHR}}",
		"{{Fox News Flash Top-Schlagzeilen für den 5. März}}",
		"{{Trendige Nachrichten}}",
		"{{In:\nTornado\nOklahoma\nUnwetter}}",
		"{{Verwandt:\nBienen\nUmwelt\nWissenschaft}}",
	},
	Good: []string{
		"Die Zahl der Seehunde steigt seit Jahren, wie die jüngste Zählung zeigt.\n\nMitarbeit: Lena Hoffmann",
		"Die Zahl der Seehunde steigt seit Jahren, wie die jüngste Zählung zeigt.\n\nWie geht es weiter?",
		"Themen des Tages sind Wetter und Verkehr.",
		"Die Themen der Konferenz: Klima, Energie, Verkehr.",
		"Wildtiere in Not\n\nDie Zahl der Seehunde steigt seit Jahren, wie die jüngste Zählung zeigt.",
		"Die Bundesliga, die Champions League und der DFB-Pokal sind die Themen, über die er spricht.",
		"Mehr Geld für Schulen",
		"Mehr als 100 Tote nach Erdbeben",
		"Mehr Geld von Bund und Ländern",
		"Bleiben Sie gesund\n\nDie Grippewelle erreicht in diesem Winter einen neuen Höchststand, sagen Ärzte.",
		"Fragen Sie Ihren Arzt\n\nWas Patienten wissen sollten",
		"STELLT DIE VERANSTALTER ZUR REDE",
		"Lesen Sie mehr über die Pläne der Regierung in unserem Dossier.",
		"Mehr zum Wetter morgen früh.",
		"Zutaten:\nMehl\nZucker\nEier",
		"Stage Theater im Hafen\nNorderelbstraße 6\n20457 Hamburg",
		"Gute Nachrichten",
	},
	Check: func(pass *checker.Pass) {
		reportChrome(pass, kindList, "Themen- oder Linkliste der Originalseite („%s“): entfernen.")
	},
}

// listWords are the other words a list label may hold ("Am meisten gelesen von …").
var listWords = wordSet("am", "meisten", "mehr", "aus", "von", "zum", "zur", "top", "beste", "besten", "neueste",
	"neuesten", "aktuelle", "aktuellen", "alle", "gelesen", "gesehen", "geteilt", "diese", "woche", "heute", "more",
	"from", "most", "read", "popular", "watched", "nachrichten")

// isListLabel reports whether paragraph p labels a tag or link list, or is
// a video teaser ending in its running time.
func (s *chromeScan) isListLabel(p *checker.Paragraph) bool {
	d := s.d
	if p.Headline && p.EndToken-p.FirstToken > 3 {
		if _, ok := s.isTimeCode(p.EndToken-3, p.EndToken); ok && p.Words > 3 {
			return true // a video teaser: "Sehen Sie, wie … 01:45"
		}
	}
	if p.Words == 0 || p.Words > 9 || s.hasFinite(p) {
		return false
	}
	lists, outlet := 0, false
	for i := p.FirstToken; i < p.EndToken; i++ {
		t := d.Tokens[i]
		switch t.Kind {
		case checker.Word:
			c, w := s.class(i), s.lower(i)
			switch {
			case c&cwList != 0:
				lists++
			case w == "von" || w == "aus" || w == "from":
				outlet = true
			case c&(cwGlue|cwUINoun) != 0 || listWords[w]:
			case outlet && isCapWord(d, i):
			case isCapWord(d, i) && s.lx.Classes(i) == 0:
				// a name ("Fox News Flash Top-Schlagzeilen")
			case c&cwMonth != 0 || w == "für":
			default:
				return false
			}
		case checker.Number:
			// a date ("für den 5. März")
		case checker.Punct:
			if !labelPunct[d.TokenText(i)] {
				return false
			}
		default:
			return false
		}
	}
	return lists > 0
}

// isArticleListLabel reports whether p labels a list about the article in
// the English shape, a line without a verb ending in a colon that points at
// "this article" ("Briefe als Antwort auf diesen Artikel:", "Mehr zu
// diesem Thema:").
func (s *chromeScan) isArticleListLabel(p *checker.Paragraph) bool {
	d := s.d
	last := p.EndToken - 1
	if p.Words < 2 || p.Words > 8 || !tokenIs(d, last, ":") || s.hasFinite(p) {
		return false
	}
	for i := p.FirstToken + 1; i < last; i++ {
		if embedDemonstratives[s.lower(i-1)] && s.class(i)&(cwUINoun|cwList) != 0 {
			return true
		}
	}
	return false
}

// isTagList reports whether paragraph p is one line of tags: at least
// three short items separated by pipes or bullets, or by commas after a
// label and a colon ("Themen: Klima, Energie, Verkehr"), with no verb; or
// a label and a colon with the tags on the lines after it ("In:\nTornado\n
// Oklahoma"), where the label may be a preposition ("In:" for "In:" or
// "Filed under"). Lines without a label (an address, a list of
// ingredients after "Zutaten:") are not tags.
func (s *chromeScan) isTagList(p *checker.Paragraph) bool {
	d := s.d
	if p.Words < 3 || p.Words > 24 || s.hasFinite(p) || paragraphEndsSentence(d, *p) {
		return false
	}
	seps, item, labelled, commas, lines := 0, 0, false, false, 0
	for i := p.FirstToken; i < p.EndToken; i++ {
		if i > p.FirstToken+1 && lineBreakBefore(d, i) {
			lines++
			item = 0
		}
		switch t := d.Tokens[i]; {
		case t.Kind == checker.Punct || t.Kind == checker.Symbol:
			switch d.TokenText(i) {
			case "|", "•", "·":
				seps++
				item = 0
			case ",", ";":
				seps++
				item = 0
				commas = true
			case ":":
				if seps > 0 || i != p.FirstToken+1 || !s.isListLabelWord(p.FirstToken) &&
					!(s.lx.Is(p.FirstToken, lexicon.Preposition) && lineBreakBefore(d, i+1)) {
					return false
				}
				labelled = true
				item = 0
			case "-", "–", "&", "/", ".":
			default:
				return false
			}
		case t.Kind == checker.Word || t.Kind == checker.Number:
			item++
			if item > 4 {
				return false
			}
		default:
			return false
		}
	}
	return seps >= 2 && (labelled || !commas) || labelled && lines >= 2 && seps == 0
}

// isListLabelWord reports whether word token i is the label of a list ("Themen").
func (s *chromeScan) isListLabelWord(i int) bool {
	return isWord(s.d, i) && s.class(i)&cwList != 0
}

// isTagItem reports whether p may be one tag of a list, one per paragraph:
// a short paragraph without a verb or sentence punctuation that is not a
// byline. It is chrome only next to a list or before a follow button.
func (s *chromeScan) isTagItem(p *checker.Paragraph) bool {
	return p.Words > 0 && p.Words <= maxWeakWords && !s.hasFinite(p) && !paragraphEndsSentence(s.d, *p) &&
		!s.isByline(p)
}

// isRelatedHeadline reports whether paragraph pi, after a list label, is a
// listed headline: a headline-like paragraph that is not a byline.
func (s *chromeScan) isRelatedHeadline(pi int) bool {
	p := &s.d.Paragraphs[pi]
	return p.Headline && !s.isByline(p)
}
