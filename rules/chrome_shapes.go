package rules

import (
	"strings"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

// Detectors of the page-chrome family for shapes that any outlet prints in
// its own words: a Sie-imperative line about a control of the page, a
// label in the shape of a UI verb or an infinitive before a colon, an author's bio and job
// title in the English shape, a credit split by a bullet, a comment
// section's notices and the outlet's name above the headline.

// maxControlLineWords is the longest line that can be a call about a
// control of the page.
const maxControlLineWords = 16

// deliveryTargets are where a promotion delivers to ("direkt auf Ihr Handy").
var deliveryTargets = wordSet("handy", "smartphone", "telefon", "mobiltelefon", "tablet", "posteingang", "gerät")

// separableParticles are the particles of separable verbs a call of the
// page leaves at the end of its clause ("Fügen Sie … hinzu", "Melden Sie
// sich … an").
var separableParticles = wordSet("an", "ab", "auf", "aus", "ein", "hinzu", "herunter", "mit", "nach", "vor", "zu", "weiter")

// controlLine returns the kind of paragraph p when it is one line of the
// page that speaks to the reader about a control, a promotion or the page
// itself: a Sie-imperative without closing punctuation whose verb (with its
// particle) is a verb of buttons ("Fügen Sie CBS News bei Google hinzu"),
// that names a part of the page ("Scrollen Sie nach unten für Video") or
// that promotes a delivery to the reader's device or inbox ("Holen Sie sich
// Nachrichten direkt auf Ihr Handy gesendet"). A German subhead in the
// imperative ends without a word of the page ("Reisen Sie mit der Bahn");
// a warning with a negation ("Klicken Sie nicht auf Links") is copy.
func (s *chromeScan) controlLine(p *checker.Paragraph) chromeKind {
	d := s.d
	if p.Words < 3 || p.Words > maxControlLineWords || p.EndSentence-p.FirstSentence != 1 ||
		paragraphEndsSentence(d, *p) || s.hasQuote(p) {
		return kindNone
	}
	i := p.FirstToken
	if !isCapWord(d, i) || !tokenIs(d, i+1, "Sie") || s.lx.IsStrongSubordinator(i) || s.lx.IsWeakSubordinator(i) ||
		!s.lx.IsFiniteAnyCase(i) && s.class(i)&(cwButton|cwPromoVerb) == 0 {
		return kindNone
	}
	verb := s.lower(i)
	// the clause ends at the first comma; its last word may be the verb's particle
	end := p.EndToken
	for j := i + 2; j < p.EndToken; j++ {
		if tokenIs(d, j, ",") {
			end = j
			break
		}
	}
	composed := verb
	if last := end - 1; last > i+1 && isLowerWord(d, last) && separableParticles[s.lower(last)] {
		composed = s.lower(last) + verb
	}
	promo := promoVerbs[verb] && verb != "lesen" && verb != "hören"
	button := chromeClassOf(composed)&cwButton != 0 && composed != verb
	var page, target bool
	for j := i + 2; j < p.EndToken; j++ {
		if !isWord(d, j) {
			continue
		}
		w := s.lower(j)
		switch {
		case w == "nicht" || w == "nie" || strings.HasPrefix(w, "kein"):
			return kindNone
		case s.class(j)&(cwUINoun|cwPromoNoun) != 0 && !s.afterArticle(j) || isWebNoun(w) || isPromotedThing(w):
			page = true
		case deliveryTargets[w] && strings.HasPrefix(s.lower(j-1), "ihr"):
			target = true
		}
	}
	switch {
	case promo && (page || target || button):
		return kindPromo
	case button, page:
		return kindButton
	}
	return kindNone
}

// leadLabel returns the span of a label in the shape of a UI verb or an
// infinitive before a colon at the start of paragraph p, left by the
// section labels of a page ("Vergrößern: …" for "Zoom in", "Die
// Nachrichten vorantreiben: …" for "Driving the news", "Tiefer gehen: …"
// for "Go deeper"). German labels before a colon are nouns or phrases
// without a bare infinitive ("Zum Vergleich:", "Fazit:"), a subject and
// its verb ("Die Experten warnen:") or a zu-infinitive ("Gut zu wissen:").
func (s *chromeScan) leadLabel(p *checker.Paragraph) (checker.Span, bool) {
	d := s.d
	fw := s.firstWord(p)
	if fw < 0 {
		return checker.Span{}, false
	}
	for c := fw + 1; c <= fw+3 && c+3 < p.EndToken; c++ {
		if !tokenIs(d, c, ":") {
			if !isWord(d, c) {
				return checker.Span{}, false
			}
			continue
		}
		v := c - 1
		for k := fw; k < v; k++ {
			if knownFiniteAt(s.lx, k) || tokenIs(d, k, "zu") {
				return checker.Span{}, false
			}
		}
		switch {
		case v == fw && s.class(v)&cwButton != 0 && d.Tokens[v].Shape == checker.Capitalized && s.lx.Is(v, lexicon.Infinitive):
			// "Vergrößern:", a control's verb as the label
		case v > fw && isLowerWord(d, v) && s.lx.Is(v, lexicon.Infinitive) && !tokenIs(d, v-1, "zu") &&
			s.lx.Lexicon().SeparablePrefix(s.lower(v)) != "":
			// "Die Nachrichten vorantreiben:": a separable verb joined to its
			// particle is no finite verb of a main clause, so not "Die
			// Experten warnen:"
		default:
			return checker.Span{}, false
		}
		if !isWord(d, c+1) && d.Tokens[c+1].Kind != checker.Number {
			return checker.Span{}, false
		}
		return spanOf(d, fw, c), true
	}
	return checker.Span{}, false
}

// jobTitleTails are the ends of the job titles of journalists and of the
// experts a page names in its credits ("Chefreporterin",
// "Weltraumredakteur", "Meteorologe").
var jobTitleTails = []string{"reporter", "reporterin", "korrespondent", "korrespondentin", "redakteur",
	"redakteurin", "kolumnist", "kolumnistin", "journalist", "journalistin", "meteorologe", "meteorologin",
	"moderator", "moderatorin", "kommentator", "kommentatorin", "fotograf", "fotografin", "herausgeber",
	"herausgeberin", "produzent", "produzentin", "editor", "editorin"}

// isJobTitle reports whether the word w in lower case is a job title of
// the press.
func isJobTitle(w string) bool {
	for _, t := range jobTitleTails {
		if strings.HasSuffix(w, t) {
			return true
		}
	}
	return false
}

// authorBio reports whether paragraph p is the author's bio of the page,
// a name, "ist" or "war", a job title of the press and the outlet after
// "bei" or "für" ("Marta Ruiz ist eine Reporterin für CBS News mit Sitz in
// Dallas."), or a name and "berichtet", "schreibt" or "arbeitet" for the
// outlet ("Eric Berger berichtet für Ars Technica über Raumfahrt."). An article can say that of a journalist, so the bio is chrome
// only next to chrome.
func (s *chromeScan) authorBio(p *checker.Paragraph) bool {
	d := s.d
	if p.Words < 6 || p.Words > 45 || s.hasQuote(p) {
		return false
	}
	i := p.FirstToken
	names := 0
	for isCapWord(d, i+names) && names < 3 {
		names++
	}
	v := i + names
	if names < 2 {
		return false
	}
	switch d.TokenText(v) {
	case "berichtet", "schreibt", "arbeitet":
		// "Eric Berger berichtet für Ars Technica über Raumfahrt"
		return (tokenIs(d, v+1, "bei") || tokenIs(d, v+1, "für")) && isCapWord(d, v+2)
	case "ist", "war":
	default:
		return false
	}
	st := d.Sentences[p.FirstSentence]
	title := false
	for j := v + 1; j < st.End && j <= v+5; j++ {
		if !isWord(d, j) {
			return false
		}
		if isCapWord(d, j) {
			title = isJobTitle(s.lower(j))
			if !title {
				return false
			}
			v = j
			break
		}
	}
	if !title {
		return false
	}
	return (tokenIs(d, v+1, "bei") || tokenIs(d, v+1, "für")) && isCapWord(d, v+2)
}

// titleLine reports whether paragraph p is the job title of the author in
// the English shape, the outlet's name before the title without hyphens
// ("BBC Sport Chefreporterin Frauenfußball in Wembley"): German joins them
// ("BBC-Sport-Chefreporterin"). The line has no verb.
func (s *chromeScan) titleLine(p *checker.Paragraph) bool {
	d := s.d
	if p.Words < 3 || p.Words > 8 || paragraphEndsSentence(d, *p) || s.hasFinite(p) {
		return false
	}
	i := p.FirstToken
	if !isCapWord(d, i) || d.Tokens[i].Shape != checker.Upper && s.lx.Classes(i) != 0 {
		return false // the outlet: an acronym or a name the lexicon does not know
	}
	for j := i + 1; j < p.EndToken && j <= i+3; j++ {
		if !isCapWord(d, j) {
			return false
		}
		if isJobTitle(s.lower(j)) {
			return true
		}
	}
	return false
}

// bulletCredit reports whether paragraph p is a credit split by a bullet
// or a pipe, a label or a role and the names ("Weitere Quellen • AP, ERT",
// "Videoredakteur • Maria Psara", "Fotoredakteurin | Ana Ruiz"): no verb,
// no sentence, capitalised words on both sides of the one separator, and a
// job title or a label of credits before it ("Bayern | München" is none).
func (s *chromeScan) bulletCredit(p *checker.Paragraph) bool {
	d := s.d
	if p.Words < 2 || p.Words > 8 || paragraphEndsSentence(d, *p) || s.hasFinite(p) {
		return false
	}
	bullet := -1
	for i := p.FirstToken; i < p.EndToken; i++ {
		switch {
		case tokenIs(d, i, "•") || tokenIs(d, i, "·") || tokenIs(d, i, "|"):
			if bullet >= 0 {
				return false
			}
			bullet = i
		case isCapWord(d, i), tokenIs(d, i, ","), tokenIs(d, i, "und"):
		default:
			return false
		}
	}
	if bullet <= p.FirstToken || bullet >= p.EndToken-1 || bullet-p.FirstToken > 3 {
		return false
	}
	for i := p.FirstToken; i < bullet; i++ {
		if w := s.lower(i); isJobTitle(w) || s.class(i)&(cwCaption|cwCredit) != 0 || w == "quellen" {
			return true // a role or a label of credits before the names
		}
	}
	return false
}

// pagePlaceWords say where on the page something stands ("Die Kommentare
// unten").
var pagePlaceWords = wordSet("unten", "oben", "unterhalb", "darunter")

// commentNotice reports whether paragraph p is a notice of the comment
// section, the comments and where they stand on the page ("Die Kommentare
// unten wurden nicht moderiert.").
func (s *chromeScan) commentNotice(p *checker.Paragraph) bool {
	d := s.d
	if p.Words > 25 || s.hasQuote(p) {
		return false
	}
	for i := p.FirstToken; i+1 < p.EndToken; i++ {
		if isWord(d, i) && s.class(i)&cwComment != 0 && isCapWord(d, i) && pagePlaceWords[s.lower(i+1)] {
			return true
		}
	}
	return false
}

// ourReaders reports whether paragraph p, short and without a quotation,
// speaks of the outlet's readers or users ("Die hier geäußerten Ansichten
// sind die unserer Nutzer"): a notice of a comment section, chrome next to
// chrome.
func (s *chromeScan) ourReaders(p *checker.Paragraph) bool {
	if p.Words > 30 || s.hasQuote(p) {
		return false
	}
	for i := p.FirstToken; i+1 < p.EndToken; i++ {
		switch s.lower(i) {
		case "unserer", "unseren", "unsere":
			switch s.lower(i + 1) {
			case "nutzer", "nutzern", "leser", "lesern", "leserinnen", "nutzerinnen", "community":
				return true
			}
		}
	}
	return false
}

// masthead reports whether paragraph 0 is the outlet's name above the
// headline ("Axios Denver"): a few capitalised words without punctuation
// before a headline, named again in the chrome of the page.
func (s *chromeScan) masthead() bool {
	d := s.d
	if len(d.Paragraphs) < 3 || s.kind[0] != kindNone || !d.Paragraphs[1].Headline {
		return false
	}
	p := &d.Paragraphs[0]
	if p.Words < 1 || p.Words > 3 || p.EndToken-p.FirstToken != p.Words {
		return false
	}
	for i := p.FirstToken; i < p.EndToken; i++ {
		if !isCapWord(d, i) {
			return false
		}
	}
	name := d.Slice(p.Span)
	for pi := 2; pi < len(d.Paragraphs); pi++ {
		if s.kind[pi] != kindNone && strings.Contains(d.Slice(d.Paragraphs[pi].Span), name) {
			return true
		}
	}
	return false
}

// leadCaptionToggle returns the span of a control before a caption at the
// start of paragraph p, with its slash or colon ("Bild vergrößern / Die
// Rakete auf der Startrampe."), or of a caption label German does not use
// ("Abgebildet: Die Dorfbewohner …" for "Pictured:").
func (s *chromeScan) leadCaptionToggle(p *checker.Paragraph) (checker.Span, bool) {
	d := s.d
	fw := s.firstWord(p)
	if fw < 0 || fw+2 >= p.EndToken {
		return checker.Span{}, false
	}
	if englishCaptionLabels[s.lower(fw)] && tokenIs(d, fw+1, ":") && isWord(d, fw+2) {
		return spanOf(d, fw, fw+1), true
	}
	if s.class(fw)&(cwCaption|cwUINoun) == 0 || !isWord(d, fw+1) || !captionToggles[s.lower(fw+1)] {
		return checker.Span{}, false
	}
	if sep := fw + 2; tokenIs(d, sep, "/") || tokenIs(d, sep, "|") || tokenIs(d, sep, ":") {
		return spanOf(d, fw, sep), true
	}
	return checker.Span{}, false
}

// englishCaptionLabels are labels of captions in the English shape,
// rendered literally ("Pictured:"); German captions of several pictures
// use "Oben:" and "Unten:".
var englishCaptionLabels = wordSet("abgebildet", "dargestellt")

// lineBreakBefore reports whether a line break stands between token i-1
// and token i.
func lineBreakBefore(d *checker.Doc, i int) bool {
	return i > 0 && i < len(d.Tokens) && strings.Contains(d.Text[d.Tokens[i-1].End:d.Tokens[i].Start], "\n")
}

// skipLink reports whether paragraph p is a skip link of the page to its
// links or navigation ("Zu den Barrierefreiheitsverknüpfungen springen",
// "Zur Navigation springen"): "Zu", "Zum" or "Zur", a noun of links and
// "springen" or "wechseln", nothing else. The skip link to the content
// ("Zum Inhalt springen") is the leftovers pack's.
func (s *chromeScan) skipLink(p *checker.Paragraph) bool {
	d := s.d
	if p.Words < 3 || p.Words > 5 || p.EndToken-p.FirstToken != p.Words {
		return false
	}
	switch d.TokenText(p.FirstToken) {
	case "Zu", "Zum", "Zur":
	default:
		return false
	}
	switch s.lower(p.EndToken - 1) {
	case "springen", "wechseln":
	default:
		return false
	}
	for i := p.FirstToken + 1; i < p.EndToken-1; i++ {
		if w := s.lower(i); uiCompoundHead(w) != 0 || w == "navigation" || w == "links" {
			return true
		}
	}
	return false
}
