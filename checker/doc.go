package checker

import (
	"fmt"
	"sort"
	"unicode/utf8"
)

// Doc is the analysed form of one input text. All spans are byte offsets into Text.
type Doc struct {
	Text       string
	Tokens     []Token
	Sentences  []Sentence
	Paragraphs []Paragraph
	// Quotes are the quotations of all paragraphs, ordered by opening mark.
	Quotes []Quote
	// Directives are the inline suppressions; their paragraphs are not in Paragraphs.
	Directives []Directive
	Lines      *LineIndex

	quoteOf   []int32 // per token: index of the innermost quotation containing it, or -1
	quoteRole []int8  // per token: +1 opening mark, -1 closing mark, 0 otherwise
}

// InputError reports text that cannot be checked, such as invalid UTF-8.
type InputError struct {
	Offset int // byte offset of the problem, or -1
	Msg    string
}

func (e *InputError) Error() string {
	if e.Offset >= 0 {
		return fmt.Sprintf("%s at byte offset %d", e.Msg, e.Offset)
	}
	return e.Msg
}

// ValidateUTF8 returns an *InputError naming the offset of the first invalid UTF-8 byte, or nil.
func ValidateUTF8(text string) error {
	if utf8.ValidString(text) {
		return nil
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && n == 1 {
			return &InputError{Offset: i, Msg: "invalid UTF-8"}
		}
		i += n
	}
	return nil
}

// Analyze builds the document model of text: paragraphs, sentences, tokens and
// a line index. It fails only on invalid UTF-8.
func Analyze(text string) (*Doc, error) {
	if err := ValidateUTF8(text); err != nil {
		return nil, err
	}
	d := &Doc{Text: text, Lines: NewLineIndex(text)}
	paraSpans, bullets := splitParagraphs(text)
	d.Tokens = make([]Token, 0, len(text)/5+1)
	d.Paragraphs = make([]Paragraph, 0, len(paraSpans))
	for i, ps := range paraSpans {
		if dir, ok := parseDirective(text, ps); ok {
			d.Directives = append(d.Directives, dir)
			continue
		}
		pi := len(d.Paragraphs)
		first := len(d.Tokens)
		for _, t := range tokenize(text[ps.Start:ps.End]) {
			t.Start += ps.Start
			t.End += ps.Start
			d.Tokens = append(d.Tokens, t)
		}
		p := Paragraph{Span: ps, FirstToken: first, EndToken: len(d.Tokens), Bullet: bullets[i],
			FirstSentence: len(d.Sentences)}
		for _, r := range splitSentences(text, d.Tokens, first, p.EndToken) {
			d.addSentence(r[0], r[1], pi)
		}
		p.EndSentence = len(d.Sentences)
		for _, t := range d.Tokens[first:p.EndToken] {
			if t.IsWordLike() {
				p.Words++
			}
		}
		p.Headline = isHeadlineLike(d, &p)
		d.Paragraphs = append(d.Paragraphs, p)
	}
	d.pairQuotes()
	return d, nil
}

func (d *Doc) addSentence(first, end, para int) {
	si := len(d.Sentences)
	d.Sentences = append(d.Sentences, Sentence{
		Span: Span{d.Tokens[first].Start, d.Tokens[end-1].End}, First: first, End: end, Paragraph: para,
	})
	started := false
	for i := first; i < end; i++ {
		d.Tokens[i].Sentence = si
		if !started && d.Tokens[i].IsWordLike() {
			d.Tokens[i].SentenceStart = true
			started = true
		}
	}
}

// Slice returns the text of a span.
func (d *Doc) Slice(s Span) string { return d.Text[s.Start:s.End] }

// TokenText returns the text of token i.
func (d *Doc) TokenText(i int) string { return d.Text[d.Tokens[i].Start:d.Tokens[i].End] }

// SentenceTokens returns the tokens of sentence i (a view into Doc.Tokens).
func (d *Doc) SentenceTokens(i int) []Token {
	s := d.Sentences[i]
	return d.Tokens[s.First:s.End]
}

// Words counts the word-like tokens of the whole document.
func (d *Doc) Words() int {
	n := 0
	for _, p := range d.Paragraphs {
		n += p.Words
	}
	return n
}

// ParagraphAt returns the index of the paragraph containing offset, or of the
// nearest paragraph before it; -1 when the offset precedes every paragraph.
func (d *Doc) ParagraphAt(offset int) int {
	return sort.Search(len(d.Paragraphs), func(i int) bool { return d.Paragraphs[i].Start > offset }) - 1
}

// Position returns the line and column of a byte offset.
func (d *Doc) Position(offset int) Position { return d.Lines.Position(offset) }
