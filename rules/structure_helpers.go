package rules

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

// Helpers shared by the sentence-structure rules (midsentence-capital,
// sentence-fragment, truncated-paragraph, comma-before-subclause): quotations,
// verb tests and clause segments.

// germanLexicon returns the shared German lexicon.
func germanLexicon() *lexicon.Lexicon { return lexicon.Default() }

// quoteSpan is one quoted stretch of a paragraph: the token indices of its
// opening and closing marks. An unclosed quotation runs to the paragraph's end;
// its close is then the paragraph's end token.
type quoteSpan struct {
	open, close int
	closed      bool
	words       int // word-like tokens between the marks
}

// quoteIndex holds the quotations of a document and, per token, the innermost
// quotation that contains it (marks excluded), or -1.
type quoteIndex struct {
	quotes []quoteSpan
	within []int32
}

// quoteIndexKey is the Pass.Shared key of a document's quotations.
type quoteIndexKey struct{}

// quotesOfPass returns the quotations of the pass's document, computed once per check.
func quotesOfPass(pass *checker.Pass) *quoteIndex {
	return pass.Shared(quoteIndexKey{}, func(d *checker.Doc) any { return indexQuotes(d) }).(*quoteIndex)
}

// inside returns the innermost quotation containing token i, if any.
func (q *quoteIndex) inside(i int) (quoteSpan, bool) {
	if i < 0 || i >= len(q.within) || q.within[i] < 0 {
		return quoteSpan{}, false
	}
	return q.quotes[q.within[i]], true
}

// indexQuotes pairs the quotation marks of every paragraph of d.
func indexQuotes(d *checker.Doc) *quoteIndex {
	q := &quoteIndex{within: make([]int32, len(d.Tokens))}
	for i := range q.within {
		q.within[i] = -1
	}
	for _, p := range d.Paragraphs {
		q.pairParagraph(d, p.FirstToken, p.EndToken)
	}
	// Quotations close inner first; sorted by their opening marks, outer
	// ones come first and inner ones overwrite them.
	sort.Slice(q.quotes, func(a, b int) bool { return q.quotes[a].open < q.quotes[b].open })
	for qi, qt := range q.quotes {
		for i := qt.open + 1; i < qt.close; i++ {
			q.within[i] = int32(qi)
		}
	}
	return q
}

// openQuoteMark is an opening mark on the stack: its token and its text.
type openQuoteMark struct {
	tok  int
	text string
}

// pairParagraph pairs the marks of the tokens [first, end) with a stack.
// German „…“, ‚…‘ and »…«, Swiss «…», English “…”, ‘…’ and straight "…" marks are
// told apart by their neighbours: an opening mark is preceded by a space and
// followed by a word without one. The LaTeX style (two backquotes, two
// apostrophes) of some corpora is recognised as well.
func (q *quoteIndex) pairParagraph(d *checker.Doc, first, end int) {
	var stack []openQuoteMark
	closeTop := func(i int) {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		q.quotes = append(q.quotes, quoteSpan{open: top.tok, close: i, closed: true})
	}
	for i := first; i < end; i++ {
		s := tokenText(d, i)
		top := ""
		if len(stack) > 0 {
			top = stack[len(stack)-1].text
		}
		opens := quoteOpensAt(d, i, first, end)
		switch s {
		case "„", "‚":
			stack = append(stack, openQuoteMark{i, s})
		case "“":
			if top == "„" || top == "“" && !opens {
				closeTop(i)
			} else if opens {
				stack = append(stack, openQuoteMark{i, s})
			}
		case "‘":
			if top == "‚" && !opens {
				closeTop(i)
			} else if opens {
				stack = append(stack, openQuoteMark{i, s})
			}
		case "’":
			if (top == "‚" || top == "‘") && !opens {
				closeTop(i)
			}
		case "”":
			if top != "" && !opens {
				closeTop(i)
			} else if opens {
				stack = append(stack, openQuoteMark{i, s})
			}
		case "»", "«":
			if top == mirrorGuillemet(s) {
				closeTop(i)
			} else if opens {
				stack = append(stack, openQuoteMark{i, s})
			}
		case "\"":
			if top == "\"" {
				closeTop(i)
			} else if opens {
				stack = append(stack, openQuoteMark{i, s})
			}
		case "`":
			if i+1 < end && tokenText(d, i+1) == "`" && !d.Tokens[i+1].SpaceBefore {
				stack = append(stack, openQuoteMark{i + 1, "``"})
				i++
			}
		case "'":
			if top == "``" && i+1 < end && tokenText(d, i+1) == "'" && !d.Tokens[i+1].SpaceBefore {
				closeTop(i)
				i++
			}
		}
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		q.quotes = append(q.quotes, quoteSpan{open: top.tok, close: end})
	}
	for k := range q.quotes {
		qt := &q.quotes[k]
		if qt.words == 0 && qt.open >= first && qt.open < end {
			for i := qt.open + 1; i < qt.close; i++ {
				if d.Tokens[i].IsWordLike() {
					qt.words++
				}
			}
		}
	}
}

// mirrorGuillemet returns the guillemet that closes a quotation opened by g.
func mirrorGuillemet(g string) string {
	if g == "»" {
		return "«"
	}
	return "»"
}

// quoteOpensAt reports whether the mark at token i stands where a quotation opens:
// at the paragraph's start or after a space or opening bracket, and directly
// before a word, number or another mark.
func quoteOpensAt(d *checker.Doc, i, first, end int) bool {
	if i+1 >= end || d.Tokens[i+1].SpaceBefore {
		return false
	}
	return i == first || d.Tokens[i].SpaceBefore || strings.ContainsAny(tokenText(d, i-1), "([{–—-/")
}

// isQuotationMark reports whether s is a quotation mark token.
func isQuotationMark(s string) bool {
	switch s {
	case "„", "“", "”", "‚", "‘", "’", "»", "«", "\"", "'", "`", "‹", "›":
		return true
	}
	return false
}

// isSentenceEndMark reports whether s ends a sentence: . ! ? and their combinations.
func isSentenceEndMark(s string) bool {
	switch s {
	case ".", "!", "?", "?!", "!?":
		return true
	}
	return false
}

// lowerTextAt returns the text of word token i in lower case.
func lowerTextAt(d *checker.Doc, i int) string { return strings.ToLower(tokenText(d, i)) }

// isHyphenated reports whether a word token is a hyphenated compound ("Cookie-Richtlinie").
func isHyphenated(w string) bool { return strings.IndexFunc(w, isHyphen) >= 0 }

// verbLikeEndings are endings of lower-case words the lexicon does not know
// that may still be verb forms ("twitterte", "expandierten"); unknown words
// with them count as possible verbs, which keeps fragment and truncation
// checks silent.
var verbLikeEndings = []string{"t", "te", "ten", "tet", "en", "st", "ern", "eln"}

// mayBeVerbAt reports whether word token i could be a verb form of any kind:
// a lexicon verb reading (finite, infinitive, participle, imperative), or an
// unknown lower-case word with a verb-like ending. Capitalised words count
// when they are not nouns, or at the start of a sentence (imperatives and
// questions: "Sagte er das?"). It errs towards yes.
func mayBeVerbAt(d *checker.Doc, i int) bool {
	if !isWord(d, i) {
		return false
	}
	w := tokenText(d, i)
	t := d.Tokens[i]
	lx := germanLexicon()
	cls := lx.Classes(w)
	if t.Shape == checker.Lower {
		if cls&lexicon.Verb != 0 {
			return true
		}
		if cls != 0 {
			return false
		}
		return hasAnySuffix(w, verbLikeEndings)
	}
	if cls&lexicon.Verb == 0 || nounHomographs[w] {
		return false
	}
	return t.SentenceStart || t.Shape == checker.Upper || !lx.MaybeNoun(w)
}

// knownFiniteAt reports whether word token i is, by the lexicon, a finite verb:
// a lower-case finite form, or a capitalised one that cannot be a noun
// ("Sagte", but not "Essen"). Unknown words and readings the lexicon marks
// as uncertain ("meine") give false.
func knownFiniteAt(d *checker.Doc, i int) bool {
	if !isWord(d, i) {
		return false
	}
	w := tokenText(d, i)
	lx := germanLexicon()
	if !lx.Lookup(w).Sure(lexicon.FiniteVerb) {
		return false
	}
	if d.Tokens[i].Shape == checker.Lower {
		return true
	}
	return d.Tokens[i].Shape == checker.Capitalized && !lx.MaybeNoun(w) && !nounHomographs[w]
}

// adjectiveEndingsStructure are the endings of attributive adjectives.
var adjectiveEndingsStructure = []string{"e", "en", "er", "es", "em"}

// attributiveAt reports whether word token i can be an attributive adjective:
// inflected, not a closed-class word and not a known finite verb ("der
// neuen", "des geplanten"). In a hyphenated compound the last part counts
// ("ein Jupiter-ähnlicher Planet").
func attributiveAt(d *checker.Doc, i int) bool {
	if !isWord(d, i) {
		return false
	}
	w := tokenText(d, i)
	if k := strings.LastIndexFunc(w, isHyphen); k >= 0 {
		_, n := utf8.DecodeRuneInString(w[k:])
		w = w[k+n:]
	} else if d.Tokens[i].Shape != checker.Lower {
		return false
	}
	if w == "" || w != strings.ToLower(w) {
		return false
	}
	cls := germanLexicon().Classes(w)
	if cls&(lexicon.Closed&^lexicon.Numeral) != 0 || cls&lexicon.FiniteVerb != 0 && cls&lexicon.InflectedParticiple == 0 {
		return false
	}
	return utf8.RuneCountInString(w) > 3 && hasAnySuffix(w, adjectiveEndingsStructure)
}

// nounLikeAt reports whether word token i reads as a noun or name: a
// capitalised or all-capitals word that is not a closed-class word and that
// the lexicon accepts as a noun (unknown words are nouns).
func nounLikeAt(d *checker.Doc, i int) bool {
	if !isWord(d, i) {
		return false
	}
	t := d.Tokens[i]
	w := tokenText(d, i)
	switch t.Shape {
	case checker.Upper:
		return germanLexicon().Classes(w)&lexicon.Closed == 0
	case checker.Capitalized, checker.Mixed:
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		e := germanLexicon().Lookup(w)
		if e.Class&lexicon.Noun != 0 || nounHomographs[w] {
			return true
		}
		if e.Class&lexicon.Closed != 0 {
			return false
		}
		return germanLexicon().MaybeNoun(w)
	}
	return false
}

// determinerAt reports whether word token i opens a noun phrase: an article,
// possessive, demonstrative or numeral, or a number.
func determinerAt(d *checker.Doc, i int) bool {
	if i < 0 || i >= len(d.Tokens) {
		return false
	}
	if d.Tokens[i].Kind == checker.Number {
		return true
	}
	if !isWord(d, i) {
		return false
	}
	return germanLexicon().Is(tokenText(d, i), lexicon.Article|lexicon.PossessivePronoun|lexicon.DemonstrativePronoun|lexicon.Numeral)
}

// stretchStart returns the first token of the comma-delimited stretch of
// sentence s that contains token i: the token after the last comma,
// semicolon, colon, dash or quotation mark before i, or the sentence's first token.
func stretchStart(d *checker.Doc, s checker.Sentence, i int) int {
	for j := i - 1; j >= s.First; j-- {
		if d.Tokens[j].Kind == checker.Punct && isStretchBoundary(tokenText(d, j)) {
			return j + 1
		}
	}
	return s.First
}

// stretchEnd returns the end (exclusive) of the comma-delimited stretch of
// sentence s that contains token i.
func stretchEnd(d *checker.Doc, s checker.Sentence, i int) int {
	for j := i + 1; j < s.End; j++ {
		if d.Tokens[j].Kind == checker.Punct && (isStretchBoundary(tokenText(d, j)) || isSentenceEndMark(tokenText(d, j))) {
			return j
		}
	}
	return s.End
}

// isStretchBoundary reports punctuation that closes a comma-delimited stretch.
func isStretchBoundary(s string) bool {
	return s == "," || s == ";" || s == ":" || s == "–" || s == "—" || s == "(" || s == ")" || isQuotationMark(s)
}

// sentenceOfToken returns the sentence of token i.
func sentenceOfToken(d *checker.Doc, i int) checker.Sentence {
	return d.Sentences[d.Tokens[i].Sentence]
}

// lastWordLikeIn returns the last word, number or URL token in [first, end), or -1.
func lastWordLikeIn(d *checker.Doc, first, end int) int {
	for j := end - 1; j >= first; j-- {
		if d.Tokens[j].IsWordLike() {
			return j
		}
	}
	return -1
}

// countWordsIn counts the word-like tokens in [first, end).
func countWordsIn(d *checker.Doc, first, end int) int {
	n := 0
	for j := first; j < end; j++ {
		if d.Tokens[j].IsWordLike() {
			n++
		}
	}
	return n
}
