package pack

import (
	"github.com/mtcheck/mtcheck/checker"
)

// clausePunct are the punctuation marks a clause-scoped gap does not cross.
var clausePunct = map[string]bool{
	",": true, ";": true, ":": true, ".": true, "!": true, "?": true, "?!": true, "!?": true,
	"…": true, "–": true, "—": true, "-": true, "(": true, ")": true, "[": true, "]": true,
}

// cursor matches patterns inside one paragraph of a document. It keeps
// scratch space between attempts and is never shared between goroutines.
type cursor struct {
	d           *checker.Doc
	first, end  int      // token range of the current paragraph
	caps        [][2]int // token range taken by each element of the current attempt
	mark        [2]int   // tokens between { and }, or {-1,-1}
	start, stop int      // token range of the whole match
}

// setParagraph points the cursor at the paragraph of token i and returns it.
func (c *cursor) setParagraph(i int) *checker.Paragraph {
	p := &c.d.Paragraphs[c.d.Sentences[c.d.Tokens[i].Sentence].Paragraph]
	c.first, c.end = p.FirstToken, p.EndToken
	return p
}

// matchAt reports whether p matches with its first token at i, which must lie in
// the cursor's paragraph. On success the cursor holds the match's ranges.
func (c *cursor) matchAt(p *pattern, i int) bool {
	if cap(c.caps) < len(p.elems) {
		c.caps = make([][2]int, len(p.elems))
	}
	c.caps = c.caps[:len(p.elems)]
	c.mark = [2]int{-1, -1}
	if !c.step(p, 0, i) {
		return false
	}
	c.start, c.stop = -1, -1
	for k, e := range p.elems {
		if e.consumes() && c.caps[k][0] < c.caps[k][1] {
			if c.start < 0 {
				c.start = c.caps[k][0]
			}
			c.stop = c.caps[k][1]
		}
	}
	return c.start == i
}

// step matches the elements from e on with the next token at pos, trying
// optional tokens before skipping them and shorter gaps before longer ones.
func (c *cursor) step(p *pattern, e, pos int) bool {
	if e == len(p.elems) {
		return true
	}
	el := &p.elems[e]
	switch el.kind {
	case elemParaStart:
		return pos == c.first && c.step(p, e+1, pos)
	case elemParaEnd:
		return pos == c.end && c.step(p, e+1, pos)
	case elemMarkOpen:
		c.mark[0] = pos
		return c.step(p, e+1, pos)
	case elemMarkClose:
		c.mark[1] = pos
		return c.step(p, e+1, pos)
	case elemGap:
		return c.gap(p, e, pos)
	}
	if pos < c.end && c.tokenMatches(el, pos) {
		c.caps[e] = [2]int{pos, pos + 1}
		if c.step(p, e+1, pos+1) {
			return true
		}
	}
	if el.optional {
		c.caps[e] = [2]int{pos, pos}
		return c.step(p, e+1, pos)
	}
	return false
}

func (c *cursor) tokenMatches(el *element, pos int) bool {
	t := &c.d.Tokens[pos]
	if el.glued && (t.SpaceBefore || pos == c.first) {
		return false
	}
	if el.test.caseless() {
		return el.test.matchWords(c.d.Forms[t.Form].Lower)
	}
	return el.test.match(t, c.d.Forms[t.Form].Text)
}

// gap tries the gap element e at pos with 0, 1, … gapMax tokens.
func (c *cursor) gap(p *pattern, e, pos int) bool {
	el := &p.elems[e]
	sentence := -1
	if el.gapScope != gapParagraph && pos > c.first {
		sentence = c.d.Tokens[pos-1].Sentence
	}
	for n := 0; n <= el.gapMax; n++ {
		if n > 0 {
			t := pos + n - 1
			if t >= c.end || !c.inGap(t, sentence, el.gapScope) {
				return false
			}
			// The token after a non-empty gap must stay in the gap's sentence too.
			if next := pos + n; next < c.end && sentence >= 0 && c.d.Tokens[next].Sentence != sentence {
				return false
			}
		}
		c.caps[e] = [2]int{pos, pos + n}
		if c.step(p, e+1, pos+n) {
			return true
		}
	}
	return false
}

// inGap reports whether token t may lie inside a gap of the given scope whose
// preceding token lies in sentence (-1: no constraint).
func (c *cursor) inGap(t, sentence int, scope gapScope) bool {
	tok := &c.d.Tokens[t]
	if sentence >= 0 && tok.Sentence != sentence {
		return false
	}
	return scope != gapClause || tok.Kind != checker.Punct || !clausePunct[c.d.Text[tok.Start:tok.End]] &&
		!isEllipsis(c.d.Text[tok.Start:tok.End])
}

func isEllipsis(s string) bool { return len(s) >= 2 && s[0] == '.' && s[1] == '.' }

// flagged returns the token range to report for the current match: the marked
// range when the pattern has one, else the whole match.
func (c *cursor) flagged() [2]int {
	if c.mark[0] >= 0 && c.mark[0] < c.mark[1] {
		return c.mark
	}
	return [2]int{c.start, c.stop}
}

// span returns the byte span of the token range r.
func (c *cursor) span(r [2]int) checker.Span {
	return checker.Span{Start: c.d.Tokens[r[0]].Start, End: c.d.Tokens[r[1]-1].End}
}
