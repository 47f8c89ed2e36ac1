package corpus

import (
	"strings"
	"unicode/utf8"

	"github.com/mtcheck/mtcheck/checker"
)

// Position returns where a byte offset of Text lies in the file the document
// was read from, so that a report points at the line and column an author edits:
// inline marks removed from the text are counted back in, and JSON-lines
// documents report the record's line and the column inside the segment text.
func (d *Document) Position(offset int) checker.Position {
	src := d.source
	if src == "" {
		src = d.Text
	}
	p := checker.NewLineIndex(src).Position(d.sourceOffset(offset))
	if d.Line > 1 {
		p.Line += d.Line - 1
	}
	return p
}

// sourceOffset maps an offset of Text to the offset of the same byte in the
// marked source: every {{ at or before it and every closing marker before it
// are added back.
func (d *Document) sourceOffset(offset int) int {
	shift := 0
	for _, m := range d.marks {
		if m.Start > offset {
			break
		}
		shift += len("{{")
		if m.End <= offset {
			shift += closingLen(m)
		}
	}
	return offset + shift
}

// closingLen is the length of a mark's closing marker: "}}" or "|rule-id}}".
func closingLen(m checker.Mark) int {
	if m.Rule == "" {
		return len("}}")
	}
	return len("|}}") + len(m.Rule)
}

// contextRadius is how many characters Context shows on each side of a span.
const contextRadius = 40

// Context returns the span's text with up to contextRadius characters on each
// side, the span in [[…]], line breaks shown as ⏎.
func (d *Document) Context(s checker.Span) string {
	before := d.Text[:s.Start]
	for i := 0; i < contextRadius && before != ""; i++ {
		_, n := utf8.DecodeLastRuneInString(before)
		before = before[:len(before)-n]
	}
	after := d.Text[s.End:]
	cut := 0
	for i := 0; i < contextRadius && cut < len(after); i++ {
		_, n := utf8.DecodeRuneInString(after[cut:])
		cut += n
	}
	var b strings.Builder
	if before != "" {
		b.WriteString("…")
	}
	b.WriteString(d.Text[len(before):s.Start])
	b.WriteString("[[")
	b.WriteString(d.Text[s.Start:s.End])
	b.WriteString("]]")
	b.WriteString(after[:cut])
	if cut < len(after) {
		b.WriteString("…")
	}
	return strings.ReplaceAll(b.String(), "\n", "⏎")
}
