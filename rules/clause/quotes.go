package clause

// quoteRole says whether a quotation mark opens or closes a quotation.
type quoteRole uint8

const (
	notQuote quoteRole = iota
	opening
	closing
)

// markQuoted returns, for every token of the document, whether it lies
// inside quotation marks, and the role of every paired quotation mark. Both
// come from the text model's quotations (checker.Doc.Quotes): an unclosed
// quotation ends with its paragraph, and a mark that pairs with nothing has
// no role.
func (w words) markQuoted() ([]bool, []quoteRole) {
	quoted := make([]bool, len(w.d.Tokens))
	roles := make([]quoteRole, len(w.d.Tokens))
	for i := range w.d.Tokens {
		switch w.d.QuoteMarkRole(i) {
		case 1:
			roles[i] = opening
		case -1:
			roles[i] = closing
		default:
			_, quoted[i] = w.d.QuoteAt(i)
		}
	}
	return quoted, roles
}
