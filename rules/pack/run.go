package pack

import (
	"slices"
	"unicode/utf8"

	"github.com/mtcheck/mtcheck/checker"
)

// hit is one finding of one entry.
type hit struct {
	span        checker.Span
	message     string // "" for the rule's default message
	suggestions []string
}

// run matches every entry of the set on d and returns the hits by entry.
// Each token is looked up in the index once; only the patterns filed under
// it are tried there. An entry's hits do not overlap: like a regular
// expression's FindAll, the next match of an entry starts after its previous one.
func (s *set) run(d *checker.Doc) [][]hit { return s.runWith(d, s.index.lookup, nil) }

// runStoppable is run, stopping at the next sentence once stop returns true.
func (s *set) runStoppable(d *checker.Doc, stop func() bool) [][]hit {
	return s.runWith(d, s.index.lookup, stop)
}

// candidatesFunc appends to dst the numbers of the patterns to try at a token
// whose text lower-cased is lower and whose first character is first.
type candidatesFunc func(dst []int32, lower []byte, first rune) []int32

// runWith is run with the candidates of each token given by candidates.
func (s *set) runWith(d *checker.Doc, candidates candidatesFunc, stop func() bool) [][]hit {
	hits := make([][]hit, len(s.entries))
	nextFree := make([]int, len(s.entries))
	lowers := make([]string, len(d.Tokens))
	c, ec := &cursor{d: d, lower: lowers}, &cursor{d: d, lower: lowers}
	var cands []int32
	var lower []byte
	for i := range d.Tokens {
		t := &d.Tokens[i]
		if stop != nil && t.SentenceStart && stop() {
			break
		}
		text := d.Text[t.Start:t.End]
		lower = appendLower(lower[:0], text)
		first, _ := utf8.DecodeRuneInString(text)
		cands = candidates(cands[:0], lower, first)
		if len(cands) == 0 {
			continue
		}
		if len(cands) > 1 {
			slices.Sort(cands)
			cands = slices.Compact(cands)
		}
		para := c.setParagraph(i)
		for _, id := range cands {
			sp := &s.patterns[id]
			e := s.entries[sp.entry]
			start := i - sp.offset
			if start < para.FirstToken || start < nextFree[sp.entry] || !matches(c, e, sp.pat, start, para) {
				continue
			}
			flagged := c.flagged()
			if ec.first, ec.end = c.first, c.end; excepted(ec, e, flagged) {
				continue
			}
			hits[sp.entry] = append(hits[sp.entry], render(c, e, sp.pat))
			nextFree[sp.entry] = c.stop
		}
	}
	return hits
}

// matches reports whether pattern p of entry e matches at token i of
// paragraph para within the entry's scope.
func matches(c *cursor, e *Entry, p *pattern, i int, para *checker.Paragraph) bool {
	switch e.Scope {
	case ScopeHeadline:
		if !para.Headline {
			return false
		}
	case ScopeParagraph:
		if i != para.FirstToken {
			return false
		}
	}
	return c.matchAt(p, i) && (e.Scope != ScopeParagraph || c.stop == para.EndToken)
}

// excepted reports whether an exception of e matches so that its flagged
// tokens overlap the tokens r. ec must be set to the paragraph of r.
func excepted(ec *cursor, e *Entry, r [2]int) bool {
	for _, x := range e.exceptions {
		for start := max(ec.first, r[0]-x.maxLen+1); start < r[1]; start++ {
			if ec.matchAt(x, start) {
				if f := ec.flagged(); f[0] < r[1] && r[0] < f[1] {
					return true
				}
			}
		}
	}
	return false
}

// render builds the hit of the cursor's current match of pattern p of entry e.
func render(c *cursor, e *Entry, p *pattern) hit {
	h := hit{span: c.span(c.flagged())}
	if e.message != nil && !e.message.isStatic() {
		h.message, _ = e.message.render(c, p)
	}
	flagged := c.d.Slice(h.span)
	for _, t := range e.suggestions {
		if s, ok := t.render(c, p); ok && s != flagged && !slices.Contains(h.suggestions, s) {
			h.suggestions = append(h.suggestions, s)
		}
	}
	return h
}
