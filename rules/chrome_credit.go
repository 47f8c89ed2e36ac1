package rules

import (
	"strings"

	"github.com/mtcheck/mtcheck/checker"
)

var chromeCreditLine = checker.Rule{
	ID:       "chrome-credit-line",
	Title:    "Credit, contributor or copyright line of the page",
	Category: "markup/leftover",
	Severity: checker.Minor,
	Message:  "Mitarbeiter-, Quellen- oder Rechtevermerk der Originalseite, wörtlich übersetzt: entfernen.",
	Doc: `Catches the credit lines of English news pages rendered literally: contributor notes ("Die ` +
		`Associated Press-Autorin X hat zu diesem Bericht beigetragen", "CNNs X hat zu diesem Bericht ` +
		`beigetragen"), credits in the shape "Reporting by …; Editing by …" ("Berichterstattung von X; ` +
		`Redaktion von Y", "Mit Unterstützung von X"), notes on how a story was made or updated ("Diese ` +
		`Geschichte wurde aus Informationen von Reuters zusammengestellt", "(Aktualisierungen mit …)"), ` +
		`copyright notices ("Urheberrecht 2025 …", "©2025 Bloomberg L.P.", "Alle Rechte vorbehalten"), ` +
		`the credit of a news service ("ESPN-Nachrichtendienste"), a wire credit in the English shape ` +
		`("(Bloomberg) --"), bylines in an English shape (all capitals, "von" in lower case, the outlet after a ` +
		`pipe: "Von Greg Norman | Fox News"), author boxes (a job title with the author's handle: ` +
		`"Verkehrskorrespondentin @sarahcollinssky") and the credit of an audio player ("Gesprochen von ` +
		`künstlicher Intelligenz."), and, next to other chrome, names with the writers' place ("Peggy Hollinger ` +
		`und Jim Pickard in London"). German ` +
		`credits ("Mitarbeit: Lena Hoffmann", "Mit Material von dpa", "Redaktion: Anna Berger") and bylines ` +
		`("Von Anna Berger") stay clean. ` +
		`Also flagged: a byline with the outlet or agency after "für" or "mit" ("Von Harriet Cole für Mailonline", "Von Euronews mit AP"), a credit split by a bullet ("Videoredakteur • Maria Psara"), the author's job title after the outlet's name without hyphens ("BBC Sport Chefreporterin Frauenfußball in Wembley"), next to other chrome the author's bio ("Eric Berger ist der leitende Weltraumredakteur bei Ars Technica …"), and the outlet's name above the headline when the chrome of the page names it again ("Axios Denver").`,
	Bad: []string{
		"{{Die Associated Press-Autorin Charlotte Kramon hat zu diesem Bericht beigetragen.}}",
		"{{Berichterstattung von Thomas Keller in London; Redaktion von Mark Potter}}",
		"{{— Mit Unterstützung von Kristian Siedenburg.}}",
		"{{Urheberrecht 2025 The Associated Press. Alle Rechte vorbehalten.}}",
		"{{ESPN-Nachrichtendienste}}",
		"{{Diese Geschichte wurde aus Informationen von Reuters und der Associated Press zusammengestellt.}}",
		"{{(Bloomberg) --}} Die Europäische Zentralbank hat ihren Leitzins erneut gesenkt.",
		"{{Von JEFF AMY}}",
		"{{Gesprochen von künstlicher Intelligenz.}}",
		"{{Dieser Artikel wurde ursprünglich auf Deutsch veröffentlicht.}}",
		"{{Verkehrskorrespondentin @sarahcollinssky}}",
		"{{Von Greg Norman | Fox News}}",
		"Bleiben Sie mit kostenlosen Updates informiert\n\n{{Peggy Hollinger und Jim Pickard in London}}",
		"{{Von Harriet Cole für Mailonline}}",
		"{{Von Euronews mit AP}}",
		"{{Weitere Quellen • AP, ERT}}",
		"{{Videoredakteur • Maria Psara}}",
		"{{Fotoredakteurin | Ana Ruiz}}",
		"{{Eric Berger berichtet für Ars Technica über Raumfahrt.}}\n\n87 Kommentare",
		"{{BBC Sport Chefreporterin Frauenfußball in Wembley}}",
		"{{Eric Berger ist der leitende Weltraumredakteur bei Ars Technica.}}\n\n87 Kommentare",
		"{{Axios Denver}}\n\nDenver verbietet Laubbläser\n\nMelden Sie sich für Axios Denver an, um mehr solche Geschichten zu bekommen",
	},
	Good: []string{
		"Mitarbeit: Lena Hoffmann",
		"Mit Material von dpa",
		"Von Anna Berger und Jonas Weiß",
		"Redaktion: Anna Berger",
		"Berlin (dpa) – Der Bundestag hat den Haushalt beschlossen.",
		"Zum Bericht der Kommission haben viele Fachleute beigetragen, sagte die Ministerin.",
		"Die Berichterstattung von ARD und ZDF über den Prozess war umstritten.",
		"Gesprochen von vielen, gelesen von wenigen: Das Buch bleibt ein Rätsel.",
		"Von Anna Berger, dpa",
		"Friedrich Merz in Paris\n\nDer Kanzler trifft den Präsidenten am Abend zu einem Gespräch.",
		"Reaktionen von @ZDFheute und @tagesschau",
		"Dieser Artikel wurde 1949 verfasst.",
		"Dieser Artikel wurde von vielen Lesern kritisiert.",
		"Von Anna Berger mit Material von dpa",
		"Anna Berger ist Reporterin für den WDR und lebt in Köln.",
		"Anna Berger berichtet für den WDR aus Köln.",
		"Bayern | München",
		"ARD-Korrespondentin in Washington",
		"Stadtentwicklung\n\nDenver verbietet Laubbläser\n\nDie Stadt will Betrieben helfen.",
	},
	Check: func(pass *checker.Pass) {
		reportChrome(pass, kindCredit, "Mitarbeiter-, Quellen- oder Rechtevermerk der Originalseite („%s“), wörtlich übersetzt: entfernen.")
	},
}

// contributionNouns name what a contributor contributed to ("zu diesem Bericht beigetragen").
var contributionNouns = wordSet("bericht", "berichterstattung", "artikel", "geschichte", "story", "beitrag", "meldung")

// madeVerbs say how a story was made or changed in an editor's note.
var madeVerbs = wordSet("zusammengestellt", "aktualisiert", "korrigiert", "ergänzt", "veröffentlicht", "erstellt",
	"produziert", "verfasst")

// isCreditLine reports whether paragraph p is a credit line of the page.
func (s *chromeScan) isCreditLine(p *checker.Paragraph) bool {
	d := s.d
	if p.Words > 45 {
		return false
	}
	if p.Words <= 20 && strings.HasPrefix(d.TokenText(p.FirstToken), "©") {
		return true // "©2025 Bloomberg L.P."
	}
	fw := s.firstWord(p)
	if fw < 0 {
		return false
	}
	if s.voiceCredit(p, fw) || s.editorNote(p, fw) {
		return true
	}
	if !s.has(cwCredit | cwCopyrightSign) {
		return s.englishByline(p, fw)
	}
	lw := s.lower(fw)
	// "… hat zu diesem Bericht beigetragen", "Diese Geschichte wurde … zusammengestellt"
	var contributed, contribution, made bool
	for i := p.FirstToken; i < p.EndToken; i++ {
		if d.Tokens[i].Kind != checker.Word {
			if strings.HasPrefix(d.TokenText(i), "©") && p.Words <= 20 {
				return true
			}
			continue
		}
		switch w := s.lower(i); {
		case w == "beigetragen" || w == "trug" || w == "trugen":
			contributed = true
		case contributionNouns[w] && s.thisReport(i):
			contribution = true
		case madeVerbs[w]:
			made = true
		}
	}
	if contributed && contribution && p.Words <= 25 && isCapWord(d, fw) {
		return true
	}
	if made && (lw == "diese" || lw == "dieser" || lw == "dieses") && contributionNouns[s.lower(fw+1)] {
		return true
	}
	switch {
	case lw == "copyright" || lw == "urheberrecht":
		return isWord(d, fw+1) || d.Tokens[min(fw+1, len(d.Tokens)-1)].Kind == checker.Number
	case strings.HasSuffix(lw, "nachrichtendienste") || strings.HasSuffix(lw, "nachrichtendienst") ||
		strings.HasSuffix(lw, "nachrichtenagenturen") || strings.HasSuffix(lw, "newsdienste"):
		return p.Words <= 4
	case tokenIs(d, p.FirstToken, "(") && p.Words <= 30 && (lw == "aktualisierungen" || lw == "aktualisiert" ||
		lw == "aktualisierung" || lw == "korrigiert" || lw == "korrektur" || lw == "updates"):
		return true
	}
	if s.creditLead(p, fw) {
		return true
	}
	if hasPhrase(d, p, "alle", "rechte", "vorbehalten") && p.Words <= 40 {
		return true
	}
	return s.englishByline(p, fw)
}

// thisReport reports whether the noun at token i is "this report" of a
// contributor note: "zu diesem Bericht", "zu dieser Geschichte", "zur
// Berichterstattung".
func (s *chromeScan) thisReport(i int) bool {
	if i < 2 || !sameParagraph(s.d, i-2, i) {
		return false
	}
	switch s.lower(i - 1) {
	case "diesem", "dieser":
		return tokenIs(s.d, i-2, "zu")
	case "zur":
		return s.lower(i) == "berichterstattung"
	}
	return false
}

// creditLead reports whether p opens with a credit in the English shape
// "Reporting by …": a credit noun and "von" (or, for reporting, a colon).
func (s *chromeScan) creditLead(p *checker.Paragraph, fw int) bool {
	d := s.d
	k := fw
	if creditLeadAdjectives[s.lower(k)] && isWord(d, k+1) {
		k++
	}
	if !creditLeads[s.lower(k)] || k+1 >= p.EndToken {
		return false
	}
	next := s.lower(k + 1)
	return next == "von" && isCapWord(d, k+2) && s.noFiniteBefore(p, k) ||
		next == ":" && s.lower(k) == "berichterstattung"
}

// noFiniteBefore reports whether no finite verb stands in p before token k.
func (s *chromeScan) noFiniteBefore(p *checker.Paragraph, k int) bool {
	for i := p.FirstToken; i < k; i++ {
		if knownFiniteAt(s.lx, i) {
			return false
		}
	}
	return true
}

// englishByline reports whether p is a byline in an English shape: "Von"
// and a name in capitals ("Von JEFF AMY") or "von" in lower case ("von Jess
// Weatherbed").
func (s *chromeScan) englishByline(p *checker.Paragraph, fw int) bool {
	d := s.d
	if p.Words > 6 || fw != p.FirstToken || s.hasFinite(p) {
		return false
	}
	switch d.TokenText(fw) {
	case "Von", "VON":
		if s.outletAfterByline(p, fw) {
			return true
		}
		caps := 0
		for i := fw + 1; i < p.EndToken; i++ {
			if isWord(d, i) && d.Tokens[i].Shape == checker.Upper && len(d.TokenText(i)) > 2 {
				caps++
			}
		}
		return caps >= 2
	case "von":
		for i := fw + 1; i < p.EndToken; i++ {
			if d.Tokens[i].Kind == checker.Word && !isCapWord(d, i) && s.lower(i) != "und" {
				return false
			}
		}
		return p.Words >= 2
	}
	return false
}

// outletAfterByline reports whether the byline from "Von" at fw names the
// outlet or the agency in the English shape, after "für" or "mit" ("Von
// Harriet Cole für Mailonline", "Von Euronews mit AP"); German bylines put
// the outlet after a comma or leave it out, and "mit Material von dpa"
// goes on in lower case.
func (s *chromeScan) outletAfterByline(p *checker.Paragraph, fw int) bool {
	d := s.d
	k := fw + 1
	for k < p.EndToken && isCapWord(d, k) {
		k++
	}
	if k == fw+1 || k+1 >= p.EndToken || !tokenIs(d, k, "für") && !tokenIs(d, k, "mit") {
		return false
	}
	for j := k + 1; j < p.EndToken; j++ {
		if !isCapWord(d, j) {
			return false
		}
	}
	return true
}

// hasPhrase reports whether the words of p contain the given words in
// lower case, one after the other.
func hasPhrase(d *checker.Doc, p *checker.Paragraph, words ...string) bool {
	for i := p.FirstToken; i+len(words) <= p.EndToken; i++ {
		k := 0
		for k < len(words) && d.TokenLower(i+k) == words[k] {
			k++
		}
		if k == len(words) {
			return true
		}
	}
	return false
}

// wireCredit returns the span of a wire credit in the English shape at the
// start of paragraph p: "(Bloomberg) --", a bracketed name and a dash of
// two hyphens.
func (s *chromeScan) wireCredit(p *checker.Paragraph) (checker.Span, bool) {
	d := s.d
	i := p.FirstToken
	if i+4 >= p.EndToken || !tokenIs(d, i, "(") || !isCapWord(d, i+1) {
		return checker.Span{}, false
	}
	j := i + 2
	for j < p.EndToken && j < i+5 && isCapWord(d, j) {
		j++
	}
	if !tokenIs(d, j, ")") || !tokenIs(d, j+1, "-") || !tokenIs(d, j+2, "-") || d.Tokens[j+2].SpaceBefore {
		return checker.Span{}, false
	}
	return spanOf(d, i, j+2), true
}

// editorNote reports whether p is the note of the page on how the article
// was published or changed, one sentence of a demonstrative, an article
// noun, "wurde" and a participle that ends it ("Dieser Artikel wurde
// ursprünglich auf Deutsch veröffentlicht.", "Dieser Artikel wurde
// aktualisiert"). A number in it makes it a sentence about a law's article
// ("Dieser Artikel wurde 1949 verfasst").
func (s *chromeScan) editorNote(p *checker.Paragraph, fw int) bool {
	d := s.d
	if fw != p.FirstToken || p.Words < 4 || p.Words > 12 || p.EndSentence-p.FirstSentence != 1 ||
		!embedDemonstratives[s.lower(fw)] || !isWord(d, fw+1) || !contributionNouns[s.lower(fw+1)] || !tokenIs(d, fw+2, "wurde") {
		return false
	}
	last := lastWordLikeIn(d, p.FirstToken, p.EndToken)
	for i := fw + 3; i < last; i++ {
		if d.Tokens[i].Kind == checker.Number {
			return false
		}
	}
	return last > fw+2 && madeVerbs[s.lower(last)]
}

// voiceLeads open the credit of the audio player of a page ("Voiced by
// artificial intelligence", "Narrated by …").
var voiceLeads = wordSet("gesprochen", "vorgelesen", "vertont", "eingesprochen", "erzählt")

// voiceCredit reports whether p is the credit of the audio player, a
// participle and "von" with nothing else around ("Gesprochen von
// künstlicher Intelligenz."): a short paragraph without a finite verb.
func (s *chromeScan) voiceCredit(p *checker.Paragraph, fw int) bool {
	return fw == p.FirstToken && p.Words <= 6 && voiceLeads[s.lower(fw)] && tokenIs(s.d, fw+1, "von") &&
		isWord(s.d, fw+2) && !s.hasFinite(p)
}
