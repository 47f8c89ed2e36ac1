package rules

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/clause"
)

// The page-chrome family finds what a scraped news page puts around an
// article (buttons, counters, timestamps, credit lines, embed and consent
// boxes, promotions, advertisement labels, comment prompts, tag and link
// lists) by the shape of a paragraph and its place on the page, not by one
// site's phrases: a paragraph is chrome when all its words are words of page
// furniture, when it is a Sie-imperative to subscribe or comment, a credit
// in the English shape, a timestamp with a relative time or a time zone, a
// call to the reader about a control, a link or a channel of the page
// (chrome_reader.go), a linked headline set in capitals.
// Short paragraphs that could be chrome or copy ("Facebook", "214", a tag
// word at the end) count only next to chrome. One analysis per document
// classifies every paragraph; each rule of the family reports the
// paragraphs of its kind. Their category is markup/leftover, so the engine
// merges neighbouring findings into one block per box.

// chromeKind is what a paragraph of page chrome is.
type chromeKind uint8

const (
	kindNone chromeKind = iota
	kindEmbed
	kindPromo
	kindComment
	kindAd
	kindCredit
	kindPhotoCredit
	kindTimestamp
	kindButton
	kindList
)

// Limits of the chrome analysis, in words.
const (
	// maxChromeWords is the longest paragraph the analysis looks at.
	maxChromeWords = 60
	// maxLabelWords is the longest label paragraph (buttons, lists, ads).
	maxLabelWords = 14
	// maxWeakWords is the longest paragraph that counts as chrome only next to chrome.
	maxWeakWords = 4
	// maxToggleTokens is how many tokens at the end of a long paragraph
	// may hold a caption toggle with its credit.
	maxToggleTokens = 16
	// maxBoxFill is the longest paragraph between two parts of one promotion
	// or embed box that counts as part of the box.
	maxBoxFill = 25
)

// chromeHit is a span of page chrome found by the analysis.
type chromeHit struct {
	kind chromeKind
	span checker.Span
}

// chromePage is the chrome analysis of a document: the hits in text order.
type chromePage struct {
	hits []chromeHit
}

// sharedChrome is the document's chrome analysis, computed on first use.
var sharedChrome = checker.NewShared(func(p *checker.Pass) *chromePage { return analyzeChrome(p) })

// reportChrome reports the hits of kind as findings of the pass's rule,
// with message (a format with one %s, the hit's text, shortened).
func reportChrome(pass *checker.Pass, kind chromeKind, message string) {
	for _, h := range sharedChrome.Get(pass).hits {
		if h.kind == kind {
			pass.Report(h.span, fmt.Sprintf(message, shortQuote(pass.Doc.Slice(h.span))))
		}
	}
}

// shortQuote returns s on one line, cut to about 60 characters.
func shortQuote(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= 60 {
		return s
	}
	n := 0
	for i := range s {
		if n == 57 {
			return strings.TrimSpace(s[:i]) + " …"
		}
		n++
	}
	return s
}

// chromeScan holds what the analysis needs while it looks at a document.
type chromeScan struct {
	d  *checker.Doc
	lx *clause.Lex
	// classes caches chromeClassOf per form, with classKnown set once computed.
	classes []chromeClass
	// kind and weak are per paragraph: the chrome found, and what a short
	// paragraph would be when it stands next to chrome.
	kind []chromeKind
	weak []chromeKind
	// extra are hits inside paragraphs that are not chrome as a whole.
	extra []chromeHit
	// union holds the classes of the words of the paragraph being looked
	// at, so that a detector whose words are not there is not tried.
	union chromeClass
}

func analyzeChrome(pass *checker.Pass) *chromePage {
	d := pass.Doc
	s := &chromeScan{d: d, lx: clause.LexOf(pass), classes: make([]chromeClass, len(d.Forms)),
		kind: make([]chromeKind, len(d.Paragraphs)),
		weak: make([]chromeKind, len(d.Paragraphs))}
	for pi := range pass.Paragraphs() {
		p := &d.Paragraphs[pi]
		if p.Words > maxChromeWords {
			// only its start (a wire credit) and its end (a caption toggle) can be chrome
			s.union = s.classesIn(max(p.FirstToken, p.EndToken-maxToggleTokens), p.EndToken)
			s.findInside(p)
			continue
		}
		s.union = s.classesIn(p.FirstToken, p.EndToken)
		s.kind[pi], s.weak[pi] = s.classify(pi)
	}
	s.propagate()
	page := &chromePage{}
	ei := 0
	for pi, k := range s.kind {
		para := d.Paragraphs[pi]
		for ei < len(s.extra) && s.extra[ei].span.Start < para.End {
			if k == kindNone {
				page.hits = append(page.hits, s.extra[ei]) // a hit inside a paragraph that is not chrome as a whole
			}
			ei++
		}
		if k != kindNone {
			page.hits = append(page.hits, chromeHit{kind: k, span: para.Span})
		}
	}
	return page
}

// classesIn returns the union of the classes of the words of the tokens
// [from, end), with cwHandle for an @handle and cwCopyrightSign for a
// copyright sign.
func (s *chromeScan) classesIn(from, end int) chromeClass {
	var u chromeClass
	for i := from; i < end; i++ {
		switch t := &s.d.Tokens[i]; t.Kind {
		case checker.Word:
			u |= s.class(i)
		case checker.URL:
			if strings.HasPrefix(s.d.TokenText(i), "@") {
				u |= cwHandle
			}
		case checker.Number, checker.Symbol:
			if strings.HasPrefix(s.d.TokenText(i), "©") {
				u |= cwCopyrightSign
			}
		}
	}
	return u
}

// has reports whether the paragraph being looked at has a word of the classes c.
func (s *chromeScan) has(c chromeClass) bool { return s.union&c != 0 }

// classify returns the chrome kind of paragraph pi, or what it would be next
// to chrome. The detectors are tried from the most specific to the most
// general.
func (s *chromeScan) classify(pi int) (chromeKind, chromeKind) {
	p := &s.d.Paragraphs[pi]
	switch {
	case s.has(cwEmbedVerb|cwConsent|cwHandle|cwPlatform) && s.isEmbed(p):
		return kindEmbed, kindNone
	case s.has(cwPromoNoun|cwPromoVerb) && s.isPromo(p):
		return kindPromo, kindNone
	case s.has(cwComment) && s.isCommentPrompt(p):
		return kindComment, kindNone
	case s.has(cwAd|cwAffiliate) && s.isAdLabel(p):
		return kindAd, kindNone
	case s.isCreditLine(p):
		return kindCredit, kindNone
	case s.has(cwCaption|cwAgency) && s.isPhotoCredit(p):
		return kindPhotoCredit, kindNone
	case s.has(cwTimeLabel|cwReading|cwZone|cwTimeUnit|cwDay|cwMonth) && s.isTimestamp(p):
		return kindTimestamp, kindNone
	case s.isListLabel(p), s.isListLead(p), s.isArticleListLabel(p), s.isLinkCall(pi):
		return kindList, kindNone
	case s.isAuthorBox(p), s.pipedByline(p), s.titleLine(p), s.bulletCredit(p):
		return kindCredit, kindNone
	case s.has(cwComment) && s.commentNotice(p):
		return kindComment, kindNone
	}
	if k := s.controlLine(p); k != kindNone {
		return k, kindNone
	}
	if k := s.readerCall(p); k != kindNone {
		return k, kindNone
	}
	if s.iconLabel(p) || s.loadingNotice(p) || s.skipLink(p) {
		return kindButton, kindNone
	}
	if s.thanksForSigningUp(p) {
		return kindPromo, kindNone
	}
	if s.isCapsParagraph(p) {
		return kindList, kindNone
	}
	if s.isDuration(p) {
		return kindNone, kindTimestamp
	}
	if s.placeByline(p) || s.authorBio(p) {
		return kindNone, kindCredit
	}
	if s.ourReaders(p) {
		return kindNone, kindComment
	}
	if strong, weak := s.buttonShape(p); strong {
		return kindButton, kindNone
	} else if weak {
		return kindNone, kindButton
	}
	if k := s.weakComment(p); k != kindNone {
		return kindNone, k
	}
	if s.isTagList(p) {
		return kindList, kindNone
	}
	if s.isTagItem(p) {
		return kindNone, kindList
	}
	s.findInside(p)
	return kindNone, kindNone
}

// findInside records the chrome inside paragraph p that is not chrome as a
// whole: a wire credit at its start, a caption toggle with its credit.
func (s *chromeScan) findInside(p *checker.Paragraph) {
	if sp, ok := s.wireCredit(p); ok {
		s.extra = append(s.extra, chromeHit{kind: kindCredit, span: sp})
	}
	if sp, ok := s.bracketCredit(p); ok {
		s.extra = append(s.extra, chromeHit{kind: kindPhotoCredit, span: sp})
	} else if sp, ok := s.trailingCredit(p); ok {
		s.extra = append(s.extra, chromeHit{kind: kindPhotoCredit, span: sp})
	}
	if sp, ok := s.leadLabel(p); ok {
		s.extra = append(s.extra, chromeHit{kind: kindButton, span: sp})
	}
	if sp, ok := s.leadCaptionToggle(p); ok {
		s.extra = append(s.extra, chromeHit{kind: kindPhotoCredit, span: sp})
	}
	if !s.has(cwCaption) {
		return
	}
	if sp, ok := s.labelledCaption(p); ok {
		s.extra = append(s.extra, chromeHit{kind: kindPhotoCredit, span: sp})
	}
	if sp, ok := s.captionToggle(p); ok {
		s.extra = append(s.extra, chromeHit{kind: kindPhotoCredit, span: sp})
	}
}

// propagate marks the short paragraphs that are chrome next to chrome (a
// platform name in a row of share buttons, a counter, a tag word after
// "Themen", a related headline after "Ähnliches Video", a name or topic
// before its "Folgen" button), going forward and then backward so that runs
// are marked whole, and the paragraphs enclosed by two parts of one box.
// Only neighbours count, never the place in the document, so that a text
// checked window by window (checker.Engine.CheckStream) gives the same
// findings as checked whole, except for a short paragraph whose chrome
// neighbour lies in the window before.
func (s *chromeScan) propagate() {
	n := len(s.kind)
	for pi := 1; pi < n; pi++ {
		if s.kind[pi] == kindNone && s.kind[pi-1] != kindNone && s.attaches(pi, pi-1) {
			s.kind[pi] = s.weakKind(pi, pi-1)
		}
	}
	for pi := n - 2; pi >= 0; pi-- {
		if s.kind[pi] == kindNone && s.kind[pi+1] != kindNone && s.attaches(pi, pi+1) {
			s.kind[pi] = s.weakKind(pi, pi+1)
		}
	}
	for pi := 1; pi+1 < n; pi++ {
		if s.kind[pi] == kindNone && s.kind[pi-1] != kindNone && s.kind[pi+1] != kindNone {
			switch {
			case s.fillsBox(pi):
				s.kind[pi] = s.kind[pi-1]
			case s.readerLink(pi):
				s.kind[pi] = kindButton
			}
		}
	}
	for pi := n - 2; pi > 0; pi-- {
		if s.kind[pi+1] == kindPromo && s.kind[pi] == kindNone {
			s.headPromoBox(pi)
		}
	}
	if s.masthead() {
		s.kind[0] = kindCredit
	}
}

// headPromoBox marks the head of a promotion box that ends before paragraph
// pi+1: the run of paragraphs without a closing full stop (its title and
// selling points: "Dieser Artikel ist Teil von POLITICO Pro", "Exklusive
// Scoops und Einblicke") between the promotion and a paragraph of the
// article that ends a sentence. A run at the top of the document (the
// article's headline and teaser) is never a box.
func (s *chromeScan) headPromoBox(pi int) {
	r := pi
	for r > 0 && s.kind[r] == kindNone && s.boxHeadLine(r) {
		r--
	}
	if r == pi || s.kind[r] != kindNone || !paragraphEndsSentence(s.d, s.d.Paragraphs[r]) {
		return
	}
	for k := r + 1; k <= pi; k++ {
		s.kind[k] = kindPromo
	}
}

// boxHeadLine reports whether paragraph pi can be a line of the head of a
// box: short, no closing full stop, no byline.
func (s *chromeScan) boxHeadLine(pi int) bool {
	p := &s.d.Paragraphs[pi]
	return p.Words > 0 && p.Words <= maxBoxFill && !paragraphEndsSentence(s.d, *p) && !s.isByline(p) && !s.hasQuote(p)
}

// attaches reports whether the unmarked paragraph pi joins the chrome of
// its neighbour nb: a short paragraph of chrome words next to any chrome, a
// tag next to a list or before a follow button, a headline after a list
// label or another related headline.
func (s *chromeScan) attaches(pi, nb int) bool {
	switch s.weak[pi] {
	case kindNone:
		return s.kind[nb] == kindList && nb < pi && s.isRelatedHeadline(pi)
	case kindList:
		return s.kind[nb] == kindList || nb == pi+1 && s.isFollowButton(nb)
	}
	return true
}

// isFollowButton reports whether paragraph pi is a follow button ("Folgen",
// "Abonnieren"): the name or topic before it is part of its box.
func (s *chromeScan) isFollowButton(pi int) bool {
	p := &s.d.Paragraphs[pi]
	if s.kind[pi] != kindButton || p.Words > 2 {
		return false
	}
	for i := p.FirstToken; i < p.EndToken; i++ {
		switch s.lower(i) {
		case "folgen", "abonnieren", "follow", "subscribe":
			return true
		}
	}
	return false
}

// weakKind is the kind a paragraph pi takes next to chrome of paragraph nb.
func (s *chromeScan) weakKind(pi, nb int) chromeKind {
	if k := s.weak[pi]; k != kindNone && k != kindButton {
		return k
	}
	if s.weak[pi] == kindButton {
		return kindButton
	}
	return s.kind[nb]
}

// fillsBox reports whether paragraph pi, enclosed by two parts of a
// promotion, embed or comment box, belongs to it: a paragraph without a verb
// (the description of a newsletter, a name), never a byline.
func (s *chromeScan) fillsBox(pi int) bool {
	p := &s.d.Paragraphs[pi]
	if s.isByline(p) || p.Words > maxBoxFill || s.hasFinite(p) {
		return false
	}
	box := func(k chromeKind) bool { return k == kindPromo || k == kindEmbed || k == kindComment }
	return box(s.kind[pi-1]) && box(s.kind[pi+1])
}

// readerLink reports whether paragraph pi, between two paragraphs of
// chrome, is a link of the page that speaks to the reader: a short line
// without closing punctuation with "Sie" or "Ihr…" inside ("Warum Sie Sky
// News vertrauen können").
func (s *chromeScan) readerLink(pi int) bool {
	p := &s.d.Paragraphs[pi]
	if !p.Headline || p.Words > 8 {
		return false
	}
	for i := p.FirstToken + 1; i < p.EndToken; i++ {
		if w := s.d.TokenText(i); w == "Sie" || w == "Ihnen" || strings.HasPrefix(w, "Ihr") {
			return true
		}
	}
	return false
}

// classKnown marks a computed entry of chromeScan.classes.
const classKnown chromeClass = 1 << 31

// class returns the chrome classes of word token i.
func (s *chromeScan) class(i int) chromeClass {
	f := s.d.Tokens[i].Form
	c := s.classes[f]
	if c&classKnown == 0 {
		c = chromeClassOf(s.d.Forms[f].Lower) | classKnown
		s.classes[f] = c
	}
	return c &^ classKnown
}

// lower returns the lower-case text of token i.
func (s *chromeScan) lower(i int) string { return s.d.TokenLower(i) }

// hasFinite reports whether paragraph p has a word that is a finite verb by
// the lexicon.
func (s *chromeScan) hasFinite(p *checker.Paragraph) bool {
	for i := p.FirstToken; i < p.EndToken; i++ {
		if knownFiniteAt(s.lx, i) {
			return true
		}
	}
	return false
}

// isByline reports whether p is a byline in the German shape: "Von" and a name.
func (s *chromeScan) isByline(p *checker.Paragraph) bool {
	return p.Words <= 8 && tokenIs(s.d, p.FirstToken, "Von") && isCapWord(s.d, p.FirstToken+1)
}

// firstWord returns the index of the first word-like token of p at or after
// its first token, skipping leading dashes and brackets, or -1.
func (s *chromeScan) firstWord(p *checker.Paragraph) int {
	for i := p.FirstToken; i < p.EndToken; i++ {
		if s.d.Tokens[i].IsWordLike() {
			return i
		}
		if t := s.d.TokenText(i); !checker.IsDash(t) && t != "(" && t != "-" && t != "–" && t != "—" {
			return -1
		}
	}
	return -1
}

// sieImperative reports whether the sentence starting at token i opens with
// a Sie-imperative ("Abonnieren Sie", "Melden Sie sich … an") and returns
// the verb in lower case.
func (s *chromeScan) sieImperative(i int) (string, bool) {
	if !isCapWord(s.d, i) || !tokenIs(s.d, i+1, "Sie") || !sameParagraph(s.d, i, i+1) {
		return "", false
	}
	return s.lower(i), true
}

// sentenceHasClass reports whether a word of sentence si has one of the classes c.
func (s *chromeScan) sentenceHasClass(si int, c chromeClass) bool {
	st := s.d.Sentences[si]
	for i := st.First; i < st.End; i++ {
		if s.d.Tokens[i].Kind == checker.Word && s.class(i)&c != 0 {
			return true
		}
	}
	return false
}

// isTimeCode reports whether the tokens from i are a clock time or a
// duration written with a colon or a full stop ("4:12", "14.32"), and
// returns the index after it.
func (s *chromeScan) isTimeCode(i, end int) (int, bool) {
	d := s.d
	if i+2 >= end || d.Tokens[i].Kind != checker.Number || d.Tokens[i+2].Kind != checker.Number ||
		d.Tokens[i+1].SpaceBefore || d.Tokens[i+2].SpaceBefore {
		return i, false
	}
	if sep := d.TokenText(i + 1); sep != ":" {
		return i, false
	}
	a, b := d.TokenText(i), d.TokenText(i+2)
	if len(a) > 2 || len(b) != 2 || !allDigits(a) || !allDigits(b) || b[0] > '5' {
		return i, false
	}
	return i + 3, true
}

// clockTime reports whether the number token i is a clock time with a colon
// or a full stop inside it or after it ("14.32" is one token, "14:32"
// three) and returns the index after it.
func (s *chromeScan) clockTime(i, end int) (int, bool) {
	if j, ok := s.isTimeCode(i, end); ok {
		return j, true
	}
	t := s.d.TokenText(i)
	if s.d.Tokens[i].Kind != checker.Number {
		return i, false
	}
	if h, m, ok := strings.Cut(t, "."); ok && len(h) <= 2 && len(m) == 2 && allDigits(h) && allDigits(m) &&
		(h[0] < '2' || len(h) == 1 || h[0] == '2' && h[1] <= '3') && m[0] <= '5' {
		return i + 1, true
	}
	return i, false
}

// labelPunct are the punctuation marks that may stand in a label paragraph.
var labelPunct = wordSet(",", ":", "·", "|", "•", "/", "(", ")", "-", "–", "—", "!", ".", "›", "»", "«", "→", "…")
