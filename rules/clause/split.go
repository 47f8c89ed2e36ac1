package clause

import (
	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

// Analyze cuts every sentence of d into clauses and classifies them.
func Analyze(d *checker.Doc, lx *lexicon.Lexicon) *Analysis { return analyze(NewLex(d, lx), nil) }

// analyze is Analyze over the tokens of x, stopping between sentences once
// stop (if not nil) returns true; the sentences not reached have no clauses.
func analyze(x *Lex, stop func() bool) *Analysis {
	d, lx := x.d, x.lx
	w := words{d: d, lx: lx, x: x, scratch: &scratch{}}
	quoted, roles := w.markQuoted()
	a := &Analysis{Doc: d, quoted: quoted, lex: lx, x: x, sentence: make([][2]int32, len(d.Sentences)),
		Clauses: make([]Clause, 0, 2*len(d.Sentences))}
	var raw []rawClause
	for si := range d.Sentences {
		if stop != nil && stop() {
			for k := si; k < len(d.Sentences); k++ {
				a.sentence[k] = [2]int32{int32(len(a.Clauses)), int32(len(a.Clauses))}
			}
			break
		}
		from := len(a.Clauses)
		raw = w.split(raw[:0], si, roles)
		for _, r := range raw {
			a.Clauses = append(a.Clauses, w.classify(r, quoted))
		}
		a.sentence[si] = [2]int32{int32(from), int32(len(a.Clauses))}
		w.settle(a.Clauses[from:], si)
	}
	return a
}

// scratch is the working memory of one analysis.
type scratch struct {
	// finite collects the finite verb candidates of a clause; chunk is the
	// rest of the last block of memory the clauses' lists are copied to.
	finite, chunk []int
}

// finiteList returns a copy of the candidates collected in finite (nil for
// none). The copies share blocks of memory, so that the lists of a
// document's clauses cost a few allocations, not one each.
func (sc *scratch) finiteList() []int {
	n := len(sc.finite)
	if n == 0 {
		return nil
	}
	if cap(sc.chunk)-len(sc.chunk) < n {
		sc.chunk = make([]int, 0, max(512, n))
	}
	start := len(sc.chunk)
	sc.chunk = append(sc.chunk, sc.finite...)
	return sc.chunk[start:len(sc.chunk):len(sc.chunk)]
}

// rawClause is a clause range before classification.
type rawClause struct {
	sentence, first, end int
	boundary             Boundary
	boundaryToken        int
}

// punctBoundary returns the boundary a punctuation token makes, if any.
// Terminal marks inside a sentence ("„Kommst du?“, fragte er") cut as well;
// full stops do not (abbreviations, ordinals).
func (w words) punctBoundary(i int, roles []quoteRole) (Boundary, bool) {
	if w.d.Tokens[i].Kind != checker.Punct {
		return 0, false
	}
	switch s := w.text(i); {
	case s == ",":
		return Comma, true
	case s == ";":
		return Semicolon, true
	case s == ":":
		return Colon, true
	case checker.IsDash(s):
		return Dash, true
	case s == "(" || s == ")" || s == "[" || s == "]":
		return Bracket, true
	case roles[i] != notQuote:
		return Quote, true
	case checker.IsSentenceEnd(s) && s != "." || checker.IsEllipsis(s):
		return Terminal, true
	}
	return 0, false
}

// split appends the clause ranges of sentence si to out.
func (w words) split(out []rawClause, si int, roles []quoteRole) []rawClause {
	s := w.d.Sentences[si]
	cur := rawClause{sentence: si, first: s.First, boundary: SentenceStart, boundaryToken: -1}
	wordsIn := 0 // word-like tokens in the current clause
	openerOnly := false
	hasFinite := false // the current clause has a finite verb candidate so far
	lastWord := -1
	cut := func(next rawClause) {
		if wordsIn > 0 {
			cur.end = lastWord + 1
			out = append(out, cur)
		} else if cur.boundary == SentenceStart || !next.boundary.strong() || cur.boundary == Coordinator {
			// Nothing between two boundaries (", „", "?“," or a quote at the
			// start): keep the one that says more about the clause to come.
			next.boundary, next.boundaryToken = cur.boundary, cur.boundaryToken
		}
		cur, wordsIn, openerOnly, hasFinite = next, 0, false, false
	}
	for i := s.First; i < s.End; i++ {
		t := w.d.Tokens[i]
		if b, ok := w.punctBoundary(i, roles); ok {
			if b == Quote && roles[i] == opening && openerOnly {
				continue // "dass „…": the quotation continues the clause
			}
			cut(rawClause{sentence: si, first: i + 1, boundary: b, boundaryToken: i})
			continue
		}
		if !t.IsWordLike() {
			continue
		}
		switch {
		case t.Kind == checker.Word && w.x.Ask(i, isSplitCoordinator) && (wordsIn == 0 || hasFinite):
			cut(rawClause{sentence: si, first: i + 1, boundary: Coordinator, boundaryToken: i})
			continue
		case wordsIn > 0 && w.implicitSubordinator(i):
			cut(rawClause{sentence: si, first: i, boundary: Implicit, boundaryToken: -1})
		}
		hasFinite = hasFinite || w.finiteCandidate(i, wordsIn == 0) && !w.attributive(i) && !w.afterZu(i)
		wordsIn++
		lastWord = i
		openerOnly = wordsIn == 1 && w.canOpen(i) || wordsIn == 2 && openerOnly && w.relativeAfterPreposition(i)
	}
	cut(rawClause{})
	return out
}

// implicitSubordinator reports whether token i is a subordinating
// conjunction that starts a clause even without a comma before it
// ("zur Kenntnisnahme dass …", "so dass").
func (w words) implicitSubordinator(i int) bool {
	return w.d.Tokens[i].Shape == checker.Lower && w.x.IsStrongSubordinator(i)
}

// canOpen reports whether token i can open a verb-final clause on its own
// (a subordinator or relative pronoun) or with a relative pronoun after it
// (a preposition).
func (w words) canOpen(i int) bool {
	lw := w.lower(i)
	e := w.x.Entry(i)
	return e.Is(lexicon.Subordinator|lexicon.Preposition) || relativeForms[lw] || indirectQuestionWords[lw]
}

// relativeAfterPreposition reports whether token i is a relative pronoun
// following a preposition ("mit dem", "in der").
func (w words) relativeAfterPreposition(i int) bool {
	return relativeForms[w.lower(i)] && w.isWord(i-1) && w.x.Entry(i-1).Is(lexicon.Preposition)
}
