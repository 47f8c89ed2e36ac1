package markup

import (
	"bytes"
	"sort"
	"strings"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// Markdown extracts the text of a CommonMark document (with GitHub's tables,
// strikethrough and task lists) for checking. The source's map leads every
// offset of the text back to raw's bytes; see the package documentation for
// what is checked and what is skipped. Invalid UTF-8 is a
// *checker.InputError naming its offset.
func Markdown(raw string) (*checker.Source, error) {
	if err := checker.ValidateUTF8(raw); err != nil {
		return nil, err
	}
	start := 0
	if strings.HasPrefix(raw, "\uFEFF") {
		start = len("\uFEFF")
	}
	start = skipFrontMatter(raw, start)
	body := []byte(raw[start:])
	limitNesting(body, maxNesting)
	md := goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.TaskList))
	root := md.Parser().Parse(text.NewReader(body))
	mw := &mdWalker{raw: raw, base: start}
	_ = ast.Walk(root, mw.visit)
	w := newWriter(raw)
	mw.write(w)
	txt, m, headlines := w.finish()
	src := &checker.Source{Text: txt, Input: raw, Map: m, Encoding: checker.UTF8, Extracted: true, Layout: checker.LayoutBlocks, Headlines: headlines}
	return src.Normalize(), nil
}

// mdWalker collects the checked text of a goldmark tree, block by block.
// Segments of the tree are offsets into raw[base:].
type mdWalker struct {
	raw    string
	base   int
	events []mdEvent // of all units, in the order of the tree
	units  []mdUnit
	cur    mdUnit // the unit being collected
}

// mdUnit is the text of one leaf block (a paragraph, heading, table cell or
// suppression comment), collected as events in input order. goldmark's tree
// is not always in input order (a table made of the end of a paragraph
// comes before a setext heading made of its start), so the units are
// written sorted by where they start.
type mdUnit struct {
	start    int // input offset of the first event
	headline bool
	from, to int // its events in mdWalker.events
}

// mdEvent is a piece of a unit: the span of a text node, a line of a
// suppression comment, white space or a line break.
type mdEvent struct {
	kind uint8
	span checker.Span
}

const (
	evText       = iota // a text node's text, written by writeText
	evCollapsed         // a line written with its white space collapsed
	evWhitespace        // white space between lines
	evLineBreak         // a soft or hard line break
)

// add appends an event to the unit being collected; white space and line
// breaks before its first text are dropped.
func (m *mdWalker) add(kind uint8, span checker.Span) {
	if kind == evWhitespace || kind == evLineBreak {
		if m.cur.from == len(m.events) {
			return // nothing to separate yet
		}
	} else if m.cur.from == len(m.events) {
		m.cur.start = span.Start
	}
	m.events = append(m.events, mdEvent{kind: kind, span: span})
}

// block ends the unit being collected and starts a new one.
func (m *mdWalker) block(headline bool) {
	if m.cur.from < len(m.events) {
		m.cur.to = len(m.events)
		m.units = append(m.units, m.cur)
	}
	m.cur = mdUnit{headline: headline, from: len(m.events)}
}

// write writes the collected units to w, each a paragraph of its own, in
// input order.
func (m *mdWalker) write(w *writer) {
	m.block(false)
	sort.SliceStable(m.units, func(i, j int) bool { return m.units[i].start < m.units[j].start })
	for _, u := range m.units {
		w.paragraph()
		if u.headline {
			w.beginHeadline()
		}
		for _, e := range m.events[u.from:u.to] {
			switch e.kind {
			case evText:
				writeText(w, m.raw[e.span.Start:e.span.End], e.span.Start)
			case evCollapsed:
				collapsed(w, m.raw[e.span.Start:e.span.End], e.span.Start)
			case evWhitespace:
				w.whitespace(e.span)
			case evLineBreak:
				w.lineBreak()
			}
		}
		if u.headline {
			w.endHeadline()
		}
		w.paragraph()
	}
}

// visit is the ast.Walker: every block is a paragraph of its own, headings
// are headlines, text nodes are collected, and what is not checked is
// skipped with its children.
func (m *mdWalker) visit(n ast.Node, entering bool) (ast.WalkStatus, error) {
	if n.Type() == ast.TypeBlock {
		_, heading := n.(*ast.Heading)
		m.block(heading && entering)
	}
	switch n := n.(type) {
	case *ast.Text:
		if entering {
			m.textNode(n)
		}
	case *ast.HTMLBlock:
		if entering {
			m.htmlBlock(n)
		}
		return ast.WalkSkipChildren, nil
	case *ast.RawHTML:
		if entering && m.isBr(n) {
			m.add(evLineBreak, checker.Span{})
		}
		return ast.WalkSkipChildren, nil
	case *ast.CodeBlock, *ast.FencedCodeBlock, *ast.CodeSpan, *ast.Image, *ast.AutoLink, *ast.String,
		*east.TaskCheckBox:
		return ast.WalkSkipChildren, nil
	}
	return ast.WalkContinue, nil
}

// textNode collects a text node and the line break after it.
func (m *mdWalker) textNode(n *ast.Text) {
	if n.Segment.Stop > n.Segment.Start {
		m.add(evText, checker.Span{Start: m.base + n.Segment.Start, End: m.base + n.Segment.Stop})
	}
	if n.SoftLineBreak() || n.HardLineBreak() {
		m.add(evLineBreak, checker.Span{})
	}
}

// writeText writes the text of a text node, s at input offset at: runs of
// white space stand for a single space (as when the Markdown is rendered),
// backslash escapes for the escaped character, entities for theirs, soft
// hyphens for nothing.
func writeText(w *writer, s string, at int) {
	lit := 0
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case isSpaceByte(c):
			w.text(s[lit:i], at+lit)
			j := i + 1
			for j < len(s) && isSpaceByte(s[j]) {
				j++
			}
			w.whitespace(checker.Span{Start: at + i, End: at + j})
			i, lit = j, j
		case c == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]):
			w.text(s[lit:i], at+lit)
			w.replace(checker.Span{Start: at + i, End: at + i + 2}, s[i+1:i+2]) // the escape stands for the character
			i += 2
			lit = i
		case c == '&':
			k, dec := markdownEntity(s[i:])
			if k == 0 {
				i++
				continue
			}
			w.text(s[lit:i], at+lit)
			if dec != shy {
				w.replace(checker.Span{Start: at + i, End: at + i + k}, dec)
			}
			i += k
			lit = i
		case c == shy[0] && strings.HasPrefix(s[i:], shy):
			w.text(s[lit:i], at+lit) // an invisible hyphenation point
			i += len(shy)
			lit = i
		default:
			i++
		}
	}
	w.text(s[lit:], at+lit)
}

// htmlBlock keeps an HTML block that is a suppression comment
// ("<!-- mtcheck-disable … -->") as a paragraph of its own, its lines
// joined by spaces; other HTML blocks are skipped.
func (m *mdWalker) htmlBlock(n *ast.HTMLBlock) {
	var segs []text.Segment
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		segs = append(segs, lines.At(i))
	}
	if n.HasClosure() {
		segs = append(segs, n.ClosureLine)
	}
	var all strings.Builder
	for _, seg := range segs {
		all.WriteString(m.raw[m.base+seg.Start : m.base+seg.Stop])
	}
	if !isSuppression(strings.TrimSpace(all.String())) {
		return
	}
	for _, seg := range segs {
		m.add(evCollapsed, checker.Span{Start: m.base + seg.Start, End: m.base + seg.Stop})
		m.add(evWhitespace, checker.Span{Start: m.base + seg.Stop, End: m.base + seg.Stop})
	}
}

// isBr reports whether inline HTML is a line break tag: <br>, <br/>, <br />.
func (m *mdWalker) isBr(n *ast.RawHTML) bool {
	if n.Segments.Len() != 1 {
		return false
	}
	seg := n.Segments.At(0)
	s := strings.ToLower(m.raw[m.base+seg.Start : m.base+seg.Stop])
	return s == "<br>" || s == "<br/>" || s == "<br />"
}

// maxNesting is the deepest nesting of block quotes and list items that one
// line opens; goldmark's work on a line grows with the square of its nesting.
const maxNesting = 32

// limitNesting blanks the container markers ('>', list markers) of a line
// beyond the first max, so that the parser's work stays linear in the
// input. What follows them becomes the content of the innermost container
// (an indented code block, when four or more columns are left).
// It returns the number of markers blanked.
func limitNesting(src []byte, max int) (blanked int) {
	for pos := 0; pos < len(src); {
		depth := 0
		i := pos
	prefix:
		for i < len(src) {
			marker := i
			switch c := src[i]; {
			case c == ' ' || c == '\t':
				i++
				continue
			case c == '>':
				i++
			case c == '-' || c == '+' || c == '*':
				if i+1 < len(src) && src[i+1] != ' ' && src[i+1] != '\t' {
					break prefix
				}
				i++
			case '0' <= c && c <= '9':
				j := i
				for j < len(src) && j-i < 9 && '0' <= src[j] && src[j] <= '9' {
					j++
				}
				if j+1 >= len(src) || src[j] != '.' && src[j] != ')' || src[j+1] != ' ' && src[j+1] != '\t' {
					break prefix
				}
				i = j + 1
			default:
				break prefix
			}
			depth++
			if depth > max {
				blanked++
				for k := marker; k < i; k++ {
					src[k] = ' '
				}
			}
		}
		next := bytes.IndexByte(src[i:], '\n')
		if next < 0 {
			break
		}
		pos = i + next + 1
	}
	return blanked
}

// skipFrontMatter returns the offset after YAML ("---" … "---" or "...") or
// TOML ("+++" … "+++") front matter that starts at raw[start:], or start if
// there is none.
func skipFrontMatter(raw string, start int) int {
	s := raw[start:]
	first, rest, ok := cutLine(s)
	if !ok {
		return start
	}
	var ends []string
	switch first {
	case "---":
		ends = []string{"---", "..."}
	case "+++":
		ends = []string{"+++"}
	default:
		return start
	}
	pos := len(s) - len(rest)
	for rest != "" {
		var line string
		line, rest, _ = cutLine(rest)
		pos = len(s) - len(rest)
		for _, e := range ends {
			if line == e {
				return start + pos
			}
		}
	}
	return start
}

// cutLine splits off the first line of s, without its line ending and
// trailing blanks; ok is false when s has no line ending.
func cutLine(s string) (line, rest string, ok bool) {
	i := strings.IndexByte(s, '\n')
	if i < 0 {
		return strings.TrimRight(s, " \t\r"), "", false
	}
	return strings.TrimRight(s[:i], " \t\r"), s[i+1:], true
}
