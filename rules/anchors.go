package rules

import (
	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/clause"
)

// anchorIndex lists, from one pass over the tokens, the tokens where the
// rules that look for rare marks can start a match: English honorifics,
// possessives, clock marks and time zones, currency signs and amounts. Each
// of these rules then visits its few candidates instead of every token of
// the document; the tests here are the rules' own quick tests, so a rule
// sees exactly the tokens it would have stopped at.
type anchorIndex struct {
	honorific  []int // a word that is an English title ("Mr", "Gov")
	possessive []int // a word ending in 's or ’s
	clock      []int // a short upper-case word (a time zone) or an am/pm mark
	currency   []int // a currency sign, "US" or an amount with a scale ("44bn")
}

var sharedAnchors = checker.NewShared(newAnchorIndex)

func newAnchorIndex(pass *checker.Pass) *anchorIndex {
	d := pass.Doc
	lx := clause.LexOf(pass)
	x := &anchorIndex{}
	for i := range pass.Tokens() {
		t := &d.Tokens[i]
		switch t.Kind {
		case checker.Symbol:
			if lx.Ask(i, isCurrencyStart) {
				x.currency = append(x.currency, i)
			}
			continue
		case checker.Word:
		default:
			continue
		}
		n := t.End - t.Start
		digit := isDigitByte(d.Text[t.Start])
		if lx.Ask(i, isHonorific) {
			x.honorific = append(x.honorific, i)
		}
		if n >= 4 && d.Text[t.End-1] == 's' && (d.Text[t.End-2] == '\'' || d.Text[t.End-2] == 0x99) &&
			lx.Ask(i, isPossessiveForm) {
			x.possessive = append(x.possessive, i) // ’ ends in the byte 0x99
		}
		if t.Shape == checker.Upper && n <= 4 || (digit || n <= 3) && lx.Ask(i, isClockSuffix) {
			x.clock = append(x.clock, i)
		}
		if (digit || n == 2 && d.Text[t.Start] == 'U') && lx.Ask(i, isCurrencyStart) {
			x.currency = append(x.currency, i)
		}
	}
	return x
}

// anchors yields the tokens of list in order, stopping early when the
// check is stopped.
func anchors(pass *checker.Pass, list []int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for _, i := range list {
			if pass.Stopped() || !yield(i) {
				return
			}
		}
	}
}
