package markup

import (
	"unicode/utf8"

	"github.com/mtcheck/mtcheck/checker"
)

// sep is a separator that markup asks for between two pieces of text. A
// stronger separator replaces a weaker one; none is written before the first
// text or after the last, so paragraphs never start or end with white space.
type sep uint8

const (
	sepNone  sep = iota
	sepSpace     // collapsed white space: " "
	sepLine      // a line break: "\n"
	sepPara      // a paragraph break: "\n\n"
)

// writer builds the extracted text and its offset map on a checker.MapBuilder.
// Offsets are offsets of in, the (UTF-8) input the reader walks. Separators
// are kept pending and written only when the next text comes: a space as the
// first run of white space it stands for (copied when that run is a single
// " "), a line or paragraph break as all the markup between the two texts.
type writer struct {
	in string
	b  checker.MapBuilder

	sep   sep
	space checker.Span // the white space a pending sepSpace stands for
	brs   int          // <br> elements since the last text

	headDepth int // open headline elements
	headStart int // text offset where the open headline's text starts, or -1
	headlines []checker.Span
}

func newWriter(in string) *writer { return &writer{in: in, headStart: -1} }

// flush writes the pending separator before text that starts at input offset at.
func (w *writer) flush(at int) {
	if w.b.Len() > 0 {
		switch w.sep {
		case sepSpace:
			if w.space.Start < w.b.InputOffset() || w.space.End > at || w.space.End < w.space.Start {
				w.space = checker.Span{Start: w.b.InputOffset(), End: w.b.InputOffset()} // out of order: keep the space, not its span
			}
			if w.space.Len() == 1 && w.in[w.space.Start] == ' ' {
				w.b.Text(" ", w.space.Start)
			} else {
				w.b.Markup(w.space, " ")
			}
		case sepLine:
			w.b.Markup(checker.Span{Start: w.b.InputOffset(), End: at}, "\n")
		case sepPara:
			w.b.Markup(checker.Span{Start: w.b.InputOffset(), End: at}, "\n\n")
		}
	}
	w.sep, w.brs = sepNone, 0
	if w.headDepth > 0 && w.headStart < 0 {
		w.headStart = w.b.Len()
	}
}

// text appends s, which is copied from the input at offset at.
func (w *writer) text(s string, at int) {
	if d := w.b.InputOffset() - at; d > 0 {
		// Input that was passed already (a reader that does not go in input
		// order): write only what lies after it.
		for d < len(s) && !utf8.RuneStart(s[d]) {
			d++
		}
		s, at = s[min(d, len(s)):], at+d
	}
	if s == "" {
		return
	}
	w.flush(at)
	w.b.Text(s, at)
}

// replace appends s for the markup of span: an entity for its character.
func (w *writer) replace(span checker.Span, s string) {
	if s == "" || span.Start < w.b.InputOffset() {
		return
	}
	w.flush(span.Start)
	w.b.Markup(span, s)
}

// whitespace records a run of collapsible white space at span.
func (w *writer) whitespace(span checker.Span) {
	if w.sep == sepNone {
		w.sep, w.space = sepSpace, span
	}
}

// lineBreak asks for a line break.
func (w *writer) lineBreak() { w.sep = max(w.sep, sepLine) }

// br records an HTML <br>: a line break, and two or more in a row (nothing but
// white space and inline tags between them) a paragraph break.
func (w *writer) br() {
	w.brs++
	if w.brs > 1 {
		w.paragraph()
	} else {
		w.lineBreak()
	}
}

// paragraph asks for a paragraph break.
func (w *writer) paragraph() { w.sep = sepPara }

// beginHeadline starts a headline element; its text span is recorded from
// the first text inside it to its end.
func (w *writer) beginHeadline() { w.headDepth++ }

// endHeadline ends a headline element started with beginHeadline.
func (w *writer) endHeadline() {
	if w.headDepth == 0 {
		return
	}
	w.headDepth--
	if w.headDepth == 0 && w.headStart >= 0 {
		w.headlines = append(w.headlines, checker.Span{Start: w.headStart, End: w.b.Len()})
		w.headStart = -1
	}
}

// collapsed appends s, copied from the input at offset at, to w with every
// run of white space standing for a single space.
func collapsed(w *writer, s string, at int) {
	start := 0
	for i := 0; i < len(s); {
		if !isSpaceByte(s[i]) {
			i++
			continue
		}
		w.text(s[start:i], at+start)
		j := i
		for j < len(s) && isSpaceByte(s[j]) {
			j++
		}
		w.whitespace(checker.Span{Start: at + i, End: at + j})
		i, start = j, j
	}
	w.text(s[start:], at+start)
}

// finish closes open headlines and returns the text, its map back to the
// input (of length len(w.in)) and the headline spans.
func (w *writer) finish() (string, *checker.OffsetMap, []checker.Span) {
	for w.headDepth > 0 {
		w.endHeadline()
	}
	text, m := w.b.Finish(len(w.in))
	return text, m, w.headlines
}

// shy is the soft hyphen (&shy;), an invisible hyphenation point that both
// readers drop, so that "Bundes&shy;netz&shy;agentur" is one plain word.
const shy = "\u00AD"

// isSpaceByte reports whether c is HTML white space (which Markdown shares):
// space, tab, line feed, form feed, carriage return.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}
