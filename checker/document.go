package checker

import (
	"context"
	"fmt"
	"sort"
	"unicode/utf8"
)

// Doc is the analysed form of one input text. All spans are byte offsets into Text.
type Doc struct {
	Text   string
	Tokens []Token
	// Forms are the distinct texts of the tokens, in order of first
	// occurrence; Token.Form indexes them.
	Forms      []Form
	Sentences  []Sentence
	Paragraphs []Paragraph
	// Quotes are the quotations of all paragraphs, ordered by opening mark.
	Quotes []Quote
	// Directives are the inline suppressions; their paragraphs are not in Paragraphs.
	Directives []Directive
	// Lines indexes the lines of the input (Source.Input), for positions.
	Lines *LineIndex
	// Source is the prepared input the document was analysed from.
	Source *Source
	// Earlier remembers the paragraphs of the windows before this one when
	// the document is one window of a streamed text (CheckStream); nil
	// otherwise.
	Earlier ParagraphMemory
	// Original is the analysed original when the document has one
	// (Source.Original): the English text, analysed with the same text
	// model. Nil otherwise.
	Original *Doc
	// Alignment pairs the document's paragraphs with the original's, in
	// order, every paragraph of either side in exactly one pair; nil
	// without an original.
	Alignment []ParagraphPair

	pairOf    []int32 // per paragraph: its pair in Alignment, or -1
	quoteOf   []int32 // per token: index of the innermost quotation containing it, or -1
	quoteRole []int8  // per token: +1 opening mark, -1 closing mark, 0 otherwise
}

// InputError reports text that cannot be checked, such as invalid UTF-8.
type InputError struct {
	Offset int // byte offset of the problem, or -1
	Msg    string
	// Hint suggests a remedy, or is empty.
	Hint string
}

func (e *InputError) Error() string {
	msg := e.Msg
	if e.Offset >= 0 {
		msg = fmt.Sprintf("%s at byte offset %d", e.Msg, e.Offset)
	}
	if e.Hint != "" {
		msg += " (" + e.Hint + ")"
	}
	return msg
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

// Analyze builds the document model of a UTF-8 text: paragraphs,
// sentences, tokens and a line index. The text is normalised to NFC first
// (Doc.Text is then the normalised text; Doc.Source maps back). It fails
// only on invalid UTF-8.
func Analyze(text string) (*Doc, error) {
	src, err := TextSource(text)
	if err != nil {
		return nil, err
	}
	return AnalyzeSource(context.Background(), src)
}

// AnalyzeSource builds the document model of a prepared input. It checks ctx
// between sentences and fails with ctx's error once it is done.
func AnalyzeSource(ctx context.Context, src *Source) (*Doc, error) {
	text := src.Text
	d := &Doc{Text: text, Source: src, Lines: newLineIndex(src.input(), src.Encoding)}
	paraSpans, bullets := splitParagraphs(text, src.Layout)
	tz := newTokenizer(text)
	defer tz.release()
	d.Paragraphs = make([]Paragraph, 0, len(paraSpans))
	for i, ps := range paraSpans {
		if dir, ok := parseDirective(text, ps); ok {
			d.Directives = append(d.Directives, dir)
			continue
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		first := len(tz.toks)
		tz.paragraph(ps)
		d.Paragraphs = append(d.Paragraphs, Paragraph{Span: ps, FirstToken: first, EndToken: len(tz.toks),
			Bullet: bullets[i]})
	}
	d.Tokens = tz.toks
	// The forms are copied out of the tokenizer's scratch space, so that the
	// document holds exactly what it needs; so are the sentences, once all
	// paragraphs are split.
	d.Forms = append(make([]Form, 0, len(tz.forms)), tz.forms...)
	for pi := range d.Paragraphs {
		p := &d.Paragraphs[pi]
		p.FirstSentence = len(tz.sentences)
		tz.sentences = splitSentences(tz.sentences, text, d.Tokens, p.FirstToken, p.EndToken)
		p.EndSentence = len(tz.sentences)
		for _, t := range d.Tokens[p.FirstToken:p.EndToken] {
			if t.IsWordLike() {
				p.Words++
			}
		}
		p.Headline = isHeadlineLike(d, p) || inAny(src.Headlines, p.Span)
	}
	d.Sentences = make([]Sentence, 0, len(tz.sentences))
	for pi := range d.Paragraphs {
		p := &d.Paragraphs[pi]
		for _, r := range tz.sentences[p.FirstSentence:p.EndSentence] {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			d.addSentence(r[0], r[1], pi)
		}
	}
	d.pairQuotes()
	if src.Original != nil {
		if err := d.analyzeOriginal(ctx, src); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// inAny reports whether s lies inside one of spans.
func inAny(spans []Span, s Span) bool {
	for _, h := range spans {
		if h.Contains(s) {
			return true
		}
	}
	return false
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

// TokenLower returns the text of token i lower-cased (strings.ToLower).
func (d *Doc) TokenLower(i int) string { return d.Forms[d.Tokens[i].Form].Lower }

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

// Position returns the line and column in the input of a byte offset of Text.
func (d *Doc) Position(offset int) Position {
	p := d.Lines.Position(d.Source.Map.Start(offset))
	p.Line += d.Source.LineBase
	return p
}

// InputSpan maps a span of Text to the span of the input it came from.
func (d *Doc) InputSpan(s Span) Span {
	in := d.Source.Map.Span(s)
	return Span{in.Start + d.Source.Base, in.End + d.Source.Base}
}

// Quote returns the text to show for a span of Text: the input's bytes for
// plain UTF-8 input, else the analysed text.
func (d *Doc) Quote(s Span) string {
	if d.Source.Extracted {
		return d.Text[s.Start:s.End]
	}
	in := d.Source.Map.Span(s)
	return d.Source.input()[in.Start:in.End]
}
