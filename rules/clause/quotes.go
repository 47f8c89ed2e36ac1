package clause

import "github.com/mtcheck/mtcheck/checker"

// quoteRole says whether a quotation mark opens or closes a quotation.
type quoteRole uint8

const (
	notQuote quoteRole = iota
	opening
	closing
)

// quoteRoleAt decides whether the quotation mark at token i opens or closes
// a quotation. „ and ‚ always open. The other marks are told apart by their
// spacing, which works for German („…“, »…«), English (“…”) and French
// («…») usage alike: an opening mark is preceded by space or starts the
// paragraph and is attached to the next token; a closing mark is attached to
// the token before it.
func (w words) quoteRoleAt(i, paraFirst, paraEnd int) quoteRole {
	if !w.isQuote(i) {
		return notQuote
	}
	s := w.text(i)
	if s == "„" || s == "‚" {
		return opening
	}
	t := w.d.Tokens[i]
	attachedNext := i+1 < paraEnd && !w.d.Tokens[i+1].SpaceBefore
	freeBefore := i == paraFirst || t.SpaceBefore || w.isOpeningBracket(i-1)
	if freeBefore && attachedNext {
		return opening
	}
	if !freeBefore {
		return closing
	}
	return notQuote // a free-standing mark: leave the state alone
}

// isOpeningBracket reports whether token i is an opening bracket.
func (w words) isOpeningBracket(i int) bool {
	if i < 0 || w.d.Tokens[i].Kind != checker.Punct {
		return false
	}
	switch w.text(i) {
	case "(", "[", "{":
		return true
	}
	return false
}

// markQuoted returns, for every token of the document, whether it lies
// inside quotation marks, and the role of every quotation mark. The state is
// kept per paragraph: an unclosed quotation ends with its paragraph. Nested
// quotations count as one level each; a closing mark without an opening one
// is ignored.
func (w words) markQuoted() ([]bool, []quoteRole) {
	quoted := make([]bool, len(w.d.Tokens))
	roles := make([]quoteRole, len(w.d.Tokens))
	for _, p := range w.d.Paragraphs {
		depth := 0
		for i := p.FirstToken; i < p.EndToken; i++ {
			r := w.quoteRoleAt(i, p.FirstToken, p.EndToken)
			roles[i] = r
			switch r {
			case opening:
				depth++
			case closing:
				if depth > 0 {
					depth--
				}
			default:
				quoted[i] = depth > 0
			}
		}
	}
	return quoted, roles
}
