package output

import (
	"cmp"
	"slices"
	"unicode/utf8"
)

// piece is one step of rendering a text with highlighted findings: a text
// run, the opening of a mark, or the closing of the innermost open mark.
// Templates turn pieces into HTML; the text is escaped there.
type piece struct {
	Open, Close bool
	// Text is the text of a text run.
	Text string
	// Finding is the index of the finding an opening belongs to; First says
	// it opens the finding's first (or only) mark.
	Finding int
	First   bool
}

// markSpan is a finding's span of the text to render.
type markSpan struct {
	start, end int
	finding    int
}

// marker renders spans of one text into pieces with properly nested marks.
// Findings may overlap in any way: a mark that must close while marks
// opened inside it are still running closes them too and reopens them after
// it as continuations, so every finding gets exactly one first mark and as
// many continuation marks as the nesting needs. Every cut is on a UTF-8
// character boundary.
type marker struct {
	text    string
	started []bool // per finding: its first mark is out
	pieces  []piece
	stack   []markSpan
	spans   []markSpan
}

func newMarker(text string, findings int) *marker {
	return &marker{text: text, started: make([]bool, findings)}
}

// snap moves an offset into the text and back to the start of the
// character it is in.
func (m *marker) snap(p int) int {
	p = max(0, min(p, len(m.text)))
	for p > 0 && p < len(m.text) && !utf8.RuneStart(m.text[p]) {
		p--
	}
	return p
}

// snapEnd moves an end offset into the text and forward to the end of the
// character it is in.
func (m *marker) snapEnd(p int) int {
	p = max(0, min(p, len(m.text)))
	for p < len(m.text) && !utf8.RuneStart(m.text[p]) {
		p++
	}
	return p
}

// render returns the pieces of text[from:to] with the parts of spans that
// lie in it marked. The result is valid until the next call.
func (m *marker) render(from, to int, spans []markSpan) []piece {
	from, to = m.snap(from), m.snapEnd(to)
	m.pieces, m.stack, m.spans = m.pieces[:0], m.stack[:0], m.spans[:0]
	for _, s := range spans {
		s.start, s.end = m.snap(max(s.start, from)), min(m.snapEnd(s.end), to)
		if s.start < s.end {
			m.spans = append(m.spans, s)
		}
	}
	slices.SortFunc(m.spans, func(a, b markSpan) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end), cmp.Compare(a.finding, b.finding))
	})
	pos, i := from, 0
	for {
		next := to
		if i < len(m.spans) {
			next = min(next, m.spans[i].start)
		}
		for _, s := range m.stack {
			next = min(next, s.end)
		}
		m.textRun(pos, next)
		pos = next
		m.closeAt(pos)
		for i < len(m.spans) && m.spans[i].start == pos {
			m.open(m.spans[i])
			i++
		}
		if pos >= to && len(m.stack) == 0 {
			break
		}
	}
	return m.pieces
}

func (m *marker) textRun(from, to int) {
	if from < to {
		m.pieces = append(m.pieces, piece{Text: m.text[from:to]})
	}
}

func (m *marker) open(s markSpan) {
	first := !m.started[s.finding]
	m.started[s.finding] = true
	m.pieces = append(m.pieces, piece{Open: true, Finding: s.finding, First: first})
	m.stack = append(m.stack, s)
}

// closeAt closes the marks that end at pos: the outermost of them and
// everything opened inside it, then reopens those that go on.
func (m *marker) closeAt(pos int) {
	outer := slices.IndexFunc(m.stack, func(s markSpan) bool { return s.end <= pos })
	if outer < 0 {
		return
	}
	for range m.stack[outer:] {
		m.pieces = append(m.pieces, piece{Close: true})
	}
	var reopen []markSpan
	for _, s := range m.stack[outer:] {
		if s.end > pos {
			reopen = append(reopen, s)
		}
	}
	m.stack = m.stack[:outer]
	for _, s := range reopen {
		m.open(s)
	}
}

// unstarted returns the findings that have no mark yet.
func (m *marker) unstarted() []int {
	var out []int
	for i, ok := range m.started {
		if !ok {
			out = append(out, i)
		}
	}
	return out
}
