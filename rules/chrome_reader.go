package rules

import (
	"strings"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

// Detectors of the page-chrome family that look at how a paragraph speaks
// to the reader of the page (a Sie-imperative about a control, a link, a
// player or a channel), at its typography (a paragraph set in capitals like
// a linked headline) and at what stands at its edges (an outlet after a
// byline, a bracketed photo credit after a caption). They are shapes, not
// one site's phrases; the word classes say what a word can be on a page.

// maxReaderCallWords is the longest paragraph that can be a call to the
// reader of the page.
const maxReaderCallWords = 30

// readerCall returns the kind of paragraph p when it is a call to the reader
// of the page: a Sie-imperative, "Sie können jetzt …" or a bare feedback
// request ("Schreiben Sie uns.") whose sentence names a control, a link, a
// player, a platform or something to subscribe to ("Tippen Sie hier",
// "Drücken Sie auf Play, um diesen Artikel anzuhören", "Bitte verwenden Sie
// den Chrome-Browser für einen zugänglicheren Videoplayer", "Folgen Sie
// Sky News auf WhatsApp", "KLICKEN SIE HIER, UM DIE APP ZU ERHALTEN").
// Quoted or reported imperatives ("„Klicken Sie nicht“, warnt die
// Polizei") and instructions without a word of the page stay clean.
func (s *chromeScan) readerCall(p *checker.Paragraph) chromeKind {
	d := s.d
	if p.Words == 0 || p.Words > maxReaderCallWords || s.hasQuote(p) {
		return kindNone
	}
	for si := p.FirstSentence; si < p.EndSentence; si++ {
		st := d.Sentences[si]
		i := s.skipLeadLabel(st.First, st.End)
		if i < 0 {
			continue
		}
		if s.feedbackRequest(i, st.End) && p.Words <= 20 {
			return kindComment
		}
		if !s.addressesReader(i, st.End) || s.reportedSpeech(si) {
			continue
		}
		var page, promo, us bool
		// "Tippen Sie", "KLICKEN SIE": the verb of a control makes "hier" a link
		uiVerb := s.class(i)&cwButton != 0 && s.lower(i+1) == "sie"
		// "Folgen Sie … auf WhatsApp": a platform is promoted only by following it
		follow := followVerbs[s.lower(i)]
		// the words after the verb and "Sie"
		for j := i + 2; j < st.End; j++ {
			switch t := d.Tokens[j]; t.Kind {
			case checker.URL:
				page = true
			case checker.Word:
				c, w := s.class(j), s.lower(j)
				switch {
				case isPromotedThing(w), c&cwPlatform != 0 && w != "e-mail" && w != "mail" && (follow || us):
					promo = true
				case w == "uns":
					us = true
				case c&cwButton != 0 && !s.afterArticle(j), isWebNoun(w), isDomainWord(w), w == "hier" && uiVerb:
					page = true
				}
			}
		}
		switch {
		case promo:
			return kindPromo
		case page:
			return kindButton
		}
	}
	return kindNone
}

// skipLeadLabel returns the first token of a sentence from i, after a
// leading label in capitals ("NEU", "JETZT") or "Bitte", or -1 when the
// sentence does not start with a word.
func (s *chromeScan) skipLeadLabel(i, end int) int {
	d := s.d
	for i < end && !d.Tokens[i].IsWordLike() {
		i++
	}
	if i+1 < end && isWord(d, i) && (d.Tokens[i].Shape == checker.Upper && !strings.EqualFold(d.TokenText(i+1), "sie") &&
		!s.capsParagraphAt(i) || tokenIs(d, i, "Bitte")) {
		i++
	}
	if !isWord(d, i) {
		return -1
	}
	return i
}

// capsParagraphAt reports whether the words after token i go on in capitals
// (a paragraph set in capitals, not a label before a sentence).
func (s *chromeScan) capsParagraphAt(i int) bool {
	return isWord(s.d, i+1) && s.d.Tokens[i+1].Shape == checker.Upper
}

// addressesReader reports whether the words from token i address the
// reader: a Sie-imperative in any case ("Tippen Sie", "KLICKEN SIE") or "Sie
// können (jetzt)" and "Jetzt können Sie".
func (s *chromeScan) addressesReader(i, end int) bool {
	d := s.d
	if i+1 >= end || !(isCapWord(d, i) || tokenIs(d, i-1, "Bitte")) || !isWord(d, i+1) {
		return false
	}
	first, second := s.lower(i), s.lower(i+1)
	switch {
	case second == "sie" && d.TokenText(i+1) != "sie" && !s.lx.IsStrongSubordinator(i) && !s.lx.IsWeakSubordinator(i):
		return d.Tokens[i].Shape == checker.Upper || s.lx.IsFiniteAnyCase(i) || s.class(i)&(cwButton|cwPromoVerb) != 0
	case first == "sie" && second == "können":
		return true
	case first == "jetzt" && second == "können" && tokenIs(d, i+2, "Sie"):
		return true
	}
	return false
}

// feedbackRequest reports whether the sentence from token i to end is a
// bare request to write to the page ("Schreiben Sie uns.", "Kontaktieren
// Sie uns!").
func (s *chromeScan) feedbackRequest(i, end int) bool {
	d := s.d
	switch s.lower(i) {
	case "schreiben", "kontaktieren", "mailen":
	default:
		return false
	}
	if !tokenIs(d, i+1, "Sie") || !tokenIs(d, i+2, "uns") {
		return false
	}
	return i+3 == end || i+4 == end && checker.IsSentenceEnd(d.TokenText(i+3))
}

// hasQuote reports whether paragraph p holds a quotation mark.
func (s *chromeScan) hasQuote(p *checker.Paragraph) bool {
	for i := p.FirstToken; i < p.EndToken; i++ {
		if t := s.d.Tokens[i]; t.Kind == checker.Punct && checker.IsQuoteMark(s.d.TokenText(i)) {
			return true
		}
	}
	return false
}

// minCapsWords is the shortest paragraph in capitals that is a linked
// headline; German copy sets datelines, rubrics and short headings in
// capitals ("STELLT DIE VERANSTALTER ZUR REDE").
const minCapsWords = 7

// isCapsParagraph reports whether paragraph p is set in capitals, as a
// linked headline or a call of the page is ("KALIFORNISCHE FEUERWEHR WARNT
// VOR EXTREMER BRANDGEFAHR IN DIESEM FRÜHJAHR"): at least minCapsWords
// words, all in capitals, three of them longer than three letters (not a
// row of acronyms).
func (s *chromeScan) isCapsParagraph(p *checker.Paragraph) bool {
	d := s.d
	if p.Words < minCapsWords || p.Words > maxChromeWords {
		return false
	}
	long := 0
	for i := p.FirstToken; i < p.EndToken; i++ {
		switch t := d.Tokens[i]; t.Kind {
		case checker.Word:
			if t.Shape != checker.Upper {
				return false
			}
			if len([]rune(d.TokenText(i))) > 3 {
				long++
			}
		case checker.URL:
			return false
		}
	}
	return long >= 3
}

// isLinkCall reports whether paragraph pi is the label of a link in the
// shape of a short Sie-imperative without an object ("Gehen Sie tiefer",
// "GEHEN SIE TIEFER", "Lesen Sie auch") right before a linked headline.
func (s *chromeScan) isLinkCall(pi int) bool {
	d := s.d
	p := &d.Paragraphs[pi]
	if p.Words < 2 || p.Words > 4 || pi+1 >= len(d.Paragraphs) || paragraphEndsSentence(d, *p) ||
		!d.Paragraphs[pi+1].Headline || s.isByline(&d.Paragraphs[pi+1]) {
		return false
	}
	i := p.FirstToken
	if !isWord(d, i) || !isWord(d, i+1) || !strings.EqualFold(d.TokenText(i+1), "sie") || d.TokenText(i+1) == "sie" {
		return false
	}
	if !s.lx.IsFiniteAnyCase(i) && d.Tokens[i].Shape != checker.Upper {
		return false
	}
	for j := i + 2; j < p.EndToken; j++ {
		if !isWord(d, j) || s.lx.Is(j, lexicon.Article|lexicon.PossessivePronoun|lexicon.PersonalPronoun) {
			return false // an object: "Bleiben Sie gesund" has none, but "Fragen Sie Ihren Arzt" has
		}
	}
	return true
}

// isListLead reports whether paragraph p is a link list led by a call to
// read more ("Lesen Sie mehr bei Sky News:", with the linked headlines on
// the lines after it) or a label "Mehr von …", "Mehr zu(m/r) …" ("Mehr von
// Camille Gijs", "Mehr zur Bildung in den USA").
func (s *chromeScan) isListLead(p *checker.Paragraph) bool {
	d := s.d
	fw := s.firstWord(p)
	if fw < 0 || fw+1 >= p.EndToken {
		return false
	}
	switch s.lower(fw) {
	case "lesen", "sehen", "hören":
		if !tokenIs(d, fw+1, "Sie") || !isWord(d, fw+2) {
			return false
		}
		switch s.lower(fw + 2) {
		case "mehr", "auch", "weiter", "dazu":
		default:
			return false
		}
		// the label ends its line with a colon
		for i := fw + 3; i < p.EndToken && i < fw+10; i++ {
			if tokenIs(d, i, ":") {
				return i+1 == p.EndToken || d.Tokens[i+1].Span.Start > 0 &&
					strings.Contains(d.Text[d.Tokens[i].Span.End:d.Tokens[i+1].Span.Start], "\n")
			}
		}
	case "mehr":
		if d.TokenText(fw) != "Mehr" || p.Words > 7 || s.hasFinite(p) || paragraphEndsSentence(d, *p) {
			return false
		}
		k := fw + 1
		if isWord(d, k) && s.class(k)&cwUINoun != 0 && isCapWord(d, k) {
			k++ // "Mehr Geschichten von …"
		}
		if k >= p.EndToken {
			return false
		}
		switch s.lower(k) {
		case "von", "zu", "zum", "zur", "über", "aus":
			return isCapWord(d, k+1)
		}
	}
	return false
}

// isAuthorBox reports whether paragraph p is the author box of the page: a
// job title or a name with the author's @handle, without a verb
// ("Verkehrskorrespondentin @sarahcollinssky").
func (s *chromeScan) isAuthorBox(p *checker.Paragraph) bool {
	d := s.d
	if p.Words < 2 || p.Words > 6 || s.hasFinite(p) {
		return false
	}
	last := lastWordLikeIn(d, p.FirstToken, p.EndToken)
	if last < 0 || d.Tokens[last].Kind != checker.URL || !strings.HasPrefix(d.TokenText(last), "@") {
		return false
	}
	for i := p.FirstToken; i < last; i++ {
		if t := d.Tokens[i]; t.Kind == checker.Word && (!isCapWord(d, i) || tokenIs(d, i, "Sie")) || t.Kind == checker.URL {
			return false
		}
	}
	return true
}

// placeByline reports whether p is a byline in the English shape of a
// name, or two, and the place of the writers without "Von" ("Peggy
// Hollinger und Jim Pickard in London"). A headline can have that shape
// ("Friedrich Merz in Paris"), so it is chrome only next to chrome.
func (s *chromeScan) placeByline(p *checker.Paragraph) bool {
	d := s.d
	if p.Words < 4 || p.Words > 10 || !isCapWord(d, p.FirstToken) || s.hasFinite(p) {
		return false
	}
	run, longest, place := 0, 0, false
	for i := p.FirstToken; i < p.EndToken; i++ {
		switch {
		case place:
			if !isCapWord(d, i) {
				return false
			}
		case isCapWord(d, i):
			run++
			longest = max(longest, run)
		case tokenIs(d, i, "und") || tokenIs(d, i, ","):
			run = 0
		case tokenIs(d, i, "in") && run > 0 && isCapWord(d, i+1):
			place = true
		default:
			return false
		}
	}
	return place && longest >= 2
}

// pipedByline reports whether p is a byline with the outlet after a pipe
// or a bullet ("Von Greg Norman | Fox News"); German bylines put the
// outlet after a comma.
func (s *chromeScan) pipedByline(p *checker.Paragraph) bool {
	d := s.d
	if p.Words > 8 || !tokenIs(d, p.FirstToken, "Von") || !isCapWord(d, p.FirstToken+1) {
		return false
	}
	pipe := false
	for i := p.FirstToken + 1; i < p.EndToken; i++ {
		switch {
		case tokenIs(d, i, "|") || tokenIs(d, i, "•") || tokenIs(d, i, "·"):
			pipe = true
		case isCapWord(d, i), tokenIs(d, i, "und"), tokenIs(d, i, "-"):
		default:
			return false
		}
	}
	return pipe && isCapWord(d, p.EndToken-1)
}

// bracketCredit returns the span of a photo credit in brackets at the end
// of a caption, in the English shape: "(AP Foto/Gregory Bull)", "(Foto von
// Mario Tama/Getty Images)", "(Matt McClain/The Washington Post)". The
// bracket follows a full stop, holds no colon (German writes "(Foto: …)")
// and names a photographer or an agency on a side of its slash.
func (s *chromeScan) bracketCredit(p *checker.Paragraph) (checker.Span, bool) {
	d := s.d
	end := p.EndToken - 1
	if end-p.FirstToken < 5 || !tokenIs(d, end, ")") {
		return checker.Span{}, false
	}
	open := -1
	for i := end - 1; i > p.FirstToken && i >= end-12; i-- {
		if tokenIs(d, i, "(") {
			open = i
			break
		}
	}
	if open < 0 || !checker.IsSentenceEnd(d.TokenText(open-1)) {
		return checker.Span{}, false
	}
	var slash, photo bool
	caps := [2]int{}
	side := 0
	for i := open + 1; i < end; i++ {
		switch t := d.Tokens[i]; {
		case tokenIs(d, i, "/"):
			slash = true
			side = 1
		case t.Kind == checker.Word && (s.lower(i) == "foto" || s.lower(i) == "photo" || s.lower(i) == "bild"):
			photo = true
		case t.Kind == checker.Word && s.class(i)&cwAgency != 0 && isCapWord(d, i):
			photo = true
		case isCapWord(d, i):
			caps[side]++
		case t.Kind == checker.Word && s.lower(i) == "von":
		default:
			return checker.Span{}, false
		}
	}
	if !slash || !(photo || caps[0] >= 2 || caps[1] >= 2) {
		return checker.Span{}, false
	}
	return spanOf(d, open, end), true
}

// labelledCaption returns the span of the label of a caption in the
// English shape: a caption sentence after a label and a colon, closed by a
// second label and the credit ("Bild: Passagiere warten im Terminal. Bild:
// PA"). German sets the credit alone after its label.
func (s *chromeScan) labelledCaption(p *checker.Paragraph) (checker.Span, bool) {
	d := s.d
	fw := s.firstWord(p)
	if fw < 0 || p.Words > 45 || !captionLabels[s.lower(fw)] || !tokenIs(d, fw+1, ":") ||
		!s.hasFiniteIn(fw+2, p.EndToken) {
		return checker.Span{}, false
	}
	for i := p.EndToken - 2; i > fw+2 && i >= p.EndToken-8; i-- {
		if isWord(d, i) && captionLabels[s.lower(i)] && tokenIs(d, i+1, ":") && checker.IsSentenceEnd(d.TokenText(i-1)) {
			return spanOf(d, fw, fw+1), true
		}
	}
	return checker.Span{}, false
}

// iconLabel reports whether p is the text a screen reader gives an icon
// of the page, rendered as a paragraph: words of page furniture and
// "Symbol" or "Icon", or such a word glued to them, and a description
// ("Facebook-Symbol Der Buchstabe F.", "Artikel speichern Symbol Ein
// Lesezeichen", "Link-Symbol Ein Bild eines Kettenglieds. Es symbolisiert
// die URL eines Website-Links.").
func (s *chromeScan) iconLabel(p *checker.Paragraph) bool {
	d := s.d
	if p.Words > maxBoxFill {
		return false
	}
	for i := p.FirstToken; i < p.EndToken && i < p.FirstToken+4; i++ {
		if !isWord(d, i) {
			return false
		}
		w := s.lower(i)
		if k := strings.LastIndexByte(w, '-'); k > 0 && iconWords[w[k+1:]] {
			return chromeClassOf(w[:k])&(cwButton|cwPlatform|cwUINoun) != 0 && s.allChromeWords(p.FirstToken, i)
		}
		if iconWords[w] {
			return i > p.FirstToken && s.allChromeWords(p.FirstToken, i)
		}
	}
	return false
}

// iconWords name an icon in the text a screen reader reads.
var iconWords = wordSet("symbol", "icon", "piktogramm")

// allChromeWords reports whether the tokens [from, end) are words of page
// furniture (buttons, platforms, nouns of the page).
func (s *chromeScan) allChromeWords(from, end int) bool {
	for i := from; i < end; i++ {
		if !isWord(s.d, i) || s.class(i)&(cwButton|cwPlatform|cwUINoun) == 0 {
			return false
		}
	}
	return true
}

// loadingNotice reports whether p is the notice of a page that loads
// ("Etwas wird geladen.", "Wird geladen …", "Video lädt"): a few words, one
// of them a form of loading.
func (s *chromeScan) loadingNotice(p *checker.Paragraph) bool {
	d := s.d
	if p.Words > 4 {
		return false
	}
	loading := false
	for i := p.FirstToken; i < p.EndToken; i++ {
		switch t := d.Tokens[i]; t.Kind {
		case checker.Word:
			switch w := s.lower(i); {
			case w == "geladen" || w == "lädt":
				loading = true
			case w == "etwas" || w == "wird" || w == "werden" || w == "bitte" || w == "warten" ||
				s.class(i)&cwUINoun != 0:
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
	return loading
}

// thanksForSigningUp reports whether p thanks the reader for signing up
// ("Danke für die Anmeldung!", "Vielen Dank für Ihr Abonnement"), the
// state of a newsletter box after the click.
func (s *chromeScan) thanksForSigningUp(p *checker.Paragraph) bool {
	d := s.d
	fw := s.firstWord(p)
	if fw < 0 || p.Words > 6 {
		return false
	}
	if tokenIs(d, fw, "Vielen") {
		fw++
	}
	if !tokenIs(d, fw, "Danke") && !tokenIs(d, fw, "Dank") || !tokenIs(d, fw+1, "für") {
		return false
	}
	for i := fw + 2; i < p.EndToken; i++ {
		if isWord(d, i) && (signUpNouns[s.lower(i)] || s.class(i)&cwPromoNoun != 0) {
			return true
		}
	}
	return false
}

// signUpNouns name signing up to a newsletter or an account.
var signUpNouns = wordSet("anmeldung", "registrierung", "abonnement", "abo", "newsletter-anmeldung")

// trailingCredit returns the span of a photo credit without a label at the
// end of a caption: after the caption's full stop, names with a slash and
// an agency or "via" ("Julian Stratenschulte/picture alliance via Getty
// Images"). German puts "Foto:" before it.
func (s *chromeScan) trailingCredit(p *checker.Paragraph) (checker.Span, bool) {
	d := s.d
	end := p.EndToken - 1
	if end-p.FirstToken < 6 || !isWord(d, end) {
		return checker.Span{}, false
	}
	start := -1
	for i := end; i > p.FirstToken && i >= end-12; i-- {
		if checker.IsSentenceEnd(d.TokenText(i - 1)) {
			start = i
			break
		}
	}
	if start < 0 {
		return checker.Span{}, false
	}
	var slash, agency bool
	for i := start; i <= end; i++ {
		switch w := s.lower(i); {
		case tokenIs(d, i, "/") && !d.Tokens[i].SpaceBefore:
			slash = true
		case isWord(d, i) && (w == "via" || w == "picture" || w == "alliance"):
			agency = true
		case isWord(d, i) && s.class(i)&cwAgency != 0 && isCapWord(d, i):
			agency = true
		case isCapWord(d, i):
		default:
			return checker.Span{}, false
		}
	}
	if !slash || !agency {
		return checker.Span{}, false
	}
	return spanOf(d, start, end), true
}

// isDuration reports whether p is a bare duration ("5 Min.", "12 Minuten"),
// a reading time next to chrome.
func (s *chromeScan) isDuration(p *checker.Paragraph) bool {
	d := s.d
	i := p.FirstToken
	if p.Words != 2 || d.Tokens[i].Kind != checker.Number || !isWord(d, i+1) || s.class(i+1)&cwTimeUnit == 0 {
		return false
	}
	return i+2 == p.EndToken || i+3 == p.EndToken && tokenIs(d, i+2, ".")
}

// promoAddress reports whether p, without a verb, speaks of the reader's
// inbox or feed after a preposition ("jeden Donnerstag in Ihrem
// Posteingang"): the description of a newsletter box. A sentence about
// the reader's e-mail ("Ihre E-Mail-Adresse müssen Nutzer bestätigen") has
// a verb.
func (s *chromeScan) promoAddress(p *checker.Paragraph) bool {
	d := s.d
	if p.Words > maxBoxFill+5 || s.hasQuote(p) || s.hasFinite(p) {
		return false
	}
	for i := p.FirstToken + 2; i < p.EndToken; i++ {
		if isWord(d, i) && s.class(i)&cwPromoNoun != 0 && strings.HasPrefix(d.TokenText(i-1), "Ihr") &&
			s.lx.Is(i-2, lexicon.Preposition) {
			return true
		}
	}
	return false
}

// followVerbs promote a channel of the page on a platform ("Folgen Sie
// Sky News auf WhatsApp", "Abonnieren Sie uns auf YouTube").
var followVerbs = wordSet("folgen", "abonnieren", "besuchen", "finden", "treten")

// promotedThings are what a call to the reader promotes: newsletters,
// apps, podcasts, subscriptions, the inbox; the other promotion nouns
// ("Konto", "E-Mail", "Updates", "Zusammenfassung") are also words of
// service copy ("Prüfen Sie Ihr Konto", "Löschen Sie verdächtige E-Mails").
var promotedThings = wordSet("newsletter", "newsletters", "app", "apps", "podcast", "podcasts", "abo", "abonnement",
	"posteingang", "benachrichtigungen", "push-benachrichtigungen", "e-mail-updates", "briefing", "kanal", "laufenden",
	"feed", "journalismus", "mitgliedschaft")

// isPromotedThing reports whether w, or a tail of the compound w after a
// hyphen, is one of the promotedThings ("Fox-News-App",
// "Headlines-E-Mail").
func isPromotedThing(w string) bool {
	for {
		if promotedThings[w] {
			return true
		}
		k := strings.IndexByte(w, '-')
		if k < 0 {
			return false
		}
		w = w[k+1:]
	}
}

// webNouns name the parts of a web page a call to the reader is about; the
// nouns a speaker or a report may use as well ("Seite", "Bild", "Video")
// are not among them.
var webNouns = wordSet("artikel", "browser", "player", "videoplayer", "audioplayer", "play", "link", "links",
	"website", "webseite", "homepage", "startseite", "schaltfläche")

// isWebNoun reports whether w, or the last part of the compound w, is one
// of the webNouns ("Chrome-Browser", "News-Artikel").
func isWebNoun(w string) bool {
	if k := strings.LastIndexByte(w, '-'); k >= 0 {
		w = w[k+1:]
	}
	return webNouns[w]
}

// isDomainWord reports whether the word w in lower case is a web address
// that the tokenizer kept as a word ("foxnews.com").
func isDomainWord(w string) bool {
	for _, tld := range []string{".com", ".co.uk", ".org", ".net", ".de", ".eu"} {
		if len(w) > len(tld)+1 && strings.HasSuffix(w, tld) {
			return true
		}
	}
	return false
}
