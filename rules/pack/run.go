package pack

import (
	"slices"
	"sync"
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
// Each distinct word of d is looked up in the index once; the patterns filed
// under it are tried only where it stands as their key token. An entry's
// hits do not overlap: like a regular expression's FindAll, the next match
// of an entry starts after its previous one.
func (s *set) run(d *checker.Doc) [][]hit { return s.runWith(d, s.candidates, nil) }

// runStoppable is run, stopping at the next sentence once stop returns true.
func (s *set) runStoppable(d *checker.Doc, stop func() bool) [][]hit {
	return s.runWith(d, s.candidates, stop)
}

// candidatesFunc appends to dst the numbers of the patterns whose key token
// may be a token whose text is text (lower-cased: lower).
type candidatesFunc func(dst []int32, text, lower string) []int32

// candidates is the candidatesFunc of the set's index: the patterns filed
// under the text whose key token's text test (setPattern.filter) it passes.
func (s *set) candidates(dst []int32, text, lower string) []int32 {
	first, _ := utf8.DecodeRuneInString(text)
	start := len(dst)
	dst = s.index.lookup(dst, lower, first)
	out := dst[:start]
	for _, id := range dst[start:] {
		if f := s.patterns[id].filter; f == nil || f.matchText(text, lower) {
			out = append(out, id)
		}
	}
	return out
}

// scratch is the working memory of one run, kept between runs in scratchPool.
type scratch struct {
	// formCands[f] delimits in cands the candidates of form f, computed on
	// first use (end < 0: not yet).
	formCands []candRange
	cands     []int32
	// attempts are the matches to try, as token<<32 | pattern number.
	attempts []uint64
}

type candRange struct{ start, end int32 }

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// runWith is run with the candidates of each distinct token text given by
// candidates. It first collects the attempts (a pattern at a start token)
// that the key tokens allow, then tries them in the order a scan of the
// tokens by the patterns' first tokens would: by the token at the pattern's
// offset from the start, then by pattern number. Attempts the key tokens
// rule out cannot match, so the hits are those of trying every pattern at
// every token in that order.
func (s *set) runWith(d *checker.Doc, candidates candidatesFunc, stop func() bool) [][]hit {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.formCands = sc.formCands[:0]
	for range d.Forms {
		sc.formCands = append(sc.formCands, candRange{end: -1})
	}
	sc.cands, sc.attempts = sc.cands[:0], sc.attempts[:0]
	hits := make([][]hit, len(s.entries))
	for i := range d.Tokens {
		t := &d.Tokens[i]
		if stop != nil && t.SentenceStart && stop() {
			return hits
		}
		r := &sc.formCands[t.Form]
		if r.end < 0 {
			f := &d.Forms[t.Form]
			r.start = int32(len(sc.cands))
			sc.cands = candidates(sc.cands, f.Text, f.Lower)
			if cs := sc.cands[r.start:]; len(cs) > 1 {
				slices.Sort(cs)
				sc.cands = sc.cands[:int(r.start)+len(slices.Compact(cs))]
			}
			r.end = int32(len(sc.cands))
		}
		for _, id := range sc.cands[r.start:r.end] {
			sp := &s.patterns[id]
			for k := sp.keyFirst; k <= sp.keyLast; k++ {
				start := i - k
				if at := start + sp.offset; start >= 0 && at < len(d.Tokens) {
					sc.attempts = append(sc.attempts, uint64(at)<<32|uint64(id))
				}
			}
		}
	}
	// An attempt can come from several key tokens; trying it once is enough.
	slices.Sort(sc.attempts)
	sc.attempts = slices.Compact(sc.attempts)

	nextFree := make([]int, len(s.entries))
	c, ec := &cursor{d: d}, &cursor{d: d}
	sentence := -1
	for _, a := range sc.attempts {
		i, id := int(a>>32), int32(a)
		if stop != nil && d.Tokens[i].Sentence != sentence {
			if sentence = d.Tokens[i].Sentence; stop() {
				return hits
			}
		}
		sp := &s.patterns[id]
		e := s.entries[sp.entry]
		start := i - sp.offset
		para := c.setParagraph(i)
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
