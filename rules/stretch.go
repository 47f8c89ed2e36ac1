package rules

import (
	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/clause"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

// rangeIndex answers the questions the sentence-structure rules ask about
// ranges of tokens (is there a finite verb between here and the next comma?)
// in constant time, so that a rule asking them at every token stays linear
// in the length of a sentence. It is computed once per document.
type rangeIndex struct {
	// stretchFirst and stretchEnd delimit, per token, its comma-delimited
	// stretch (see stretchStart and stretchEnd).
	stretchFirst, stretchEnd []int32
	// Prefix counts over tokens: the count in [0, i) is at index i.
	finite, clauseVerb, maybeVerb, comparative []int32
}

// sharedRangeIndex is the document's range index, computed on first use.
var sharedRangeIndex = checker.NewShared(func(p *checker.Pass) *rangeIndex { return newRangeIndex(clause.LexOf(p)) })

// indexOf returns the document's range index.
func indexOf(pass *checker.Pass) *rangeIndex { return sharedRangeIndex.Get(pass) }

func newRangeIndex(lx *clause.Lex) *rangeIndex {
	d := lx.Doc()
	n := len(d.Tokens)
	x := &rangeIndex{stretchFirst: make([]int32, n), stretchEnd: make([]int32, n),
		finite: make([]int32, n+1), clauseVerb: make([]int32, n+1), maybeVerb: make([]int32, n+1),
		comparative: make([]int32, n+1)}
	count := func(c []int32, i int, yes bool) {
		c[i+1] = c[i]
		if yes {
			c[i+1]++
		}
	}
	for i := range d.Tokens {
		known := knownFiniteAt(lx, i)
		count(x.finite, i, known)
		count(x.clauseVerb, i, known && !(tokenIs(d, i-1, "zu") && lx.Is(i, lexicon.Infinitive)))
		count(x.maybeVerb, i, mayBeVerbAt(lx, i))
		count(x.comparative, i, isComparativeAt(lx, i))
	}
	for _, s := range d.Sentences {
		last := s.First - 1
		for i := s.First; i < s.End; i++ {
			x.stretchFirst[i] = int32(last + 1)
			if d.Tokens[i].Kind == checker.Punct && isStretchBoundary(d.TokenText(i)) {
				last = i
			}
		}
		next := s.End
		for i := s.End - 1; i >= s.First; i-- {
			x.stretchEnd[i] = int32(next)
			if t := d.TokenText(i); d.Tokens[i].Kind == checker.Punct && (isStretchBoundary(t) || checker.IsSentenceEnd(t)) {
				next = i
			}
		}
	}
	return x
}

// stretchStart returns the first token of the comma-delimited stretch that
// contains token i: the token after the last comma, semicolon, colon, dash,
// bracket or quotation mark before i in its sentence, or the sentence's first token.
func (x *rangeIndex) stretchStart(i int) int { return int(x.stretchFirst[i]) }

// stretchEndAt returns the end (exclusive) of the stretch that contains token
// i: the next such mark or sentence end mark after i, or the sentence's end.
func (x *rangeIndex) stretchEndAt(i int) int { return int(x.stretchEnd[i]) }

// in returns the count of a prefix-counted property over tokens [first, end).
func in(c []int32, first, end int) int {
	if end <= first {
		return 0
	}
	return int(c[end] - c[first])
}

// hasFiniteIn reports whether a token in [first, end) is a known finite verb (knownFiniteAt).
func (x *rangeIndex) hasFiniteIn(first, end int) bool { return in(x.finite, first, end) > 0 }

// hasClauseVerbIn reports whether [first, end) has a known finite verb that
// is not a zu-infinitive ("… auf der Website zu beachten").
func (x *rangeIndex) hasClauseVerbIn(first, end int) bool { return in(x.clauseVerb, first, end) > 0 }

// hasMaybeVerbIn reports whether a token in [first, end) could be a verb form (mayBeVerbAt).
func (x *rangeIndex) hasMaybeVerbIn(first, end int) bool { return in(x.maybeVerb, first, end) > 0 }

// hasComparativeIn reports whether a comparative adjective ("reicher",
// "größer", "mehr") stands in [first, end): a later "als" may belong to it.
func (x *rangeIndex) hasComparativeIn(first, end int) bool { return in(x.comparative, first, end) > 0 }

// isComparativeAt reports whether token i reads as a comparative: a word of
// comparativeWords, or a lower-case open-class word of more than four letters
// ending in -er.
func isComparativeAt(lx *clause.Lex, i int) bool {
	d := lx.Doc()
	if !isLowerWord(d, i) {
		return false
	}
	w := d.TokenText(i)
	return lx.Ask(i, isComparativeWord) || len(w) > 4 && w[len(w)-2:] == "er" &&
		lx.Classes(i)&(lexicon.Closed|lexicon.Verb) == 0
}

// isComparativeWord asks whether a word is one of the comparativeWords.
var isComparativeWord = clause.NewQuestion(func(w string) bool { return comparativeWords[w] })
