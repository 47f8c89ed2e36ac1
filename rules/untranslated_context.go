package rules

import (
	"strings"

	"github.com/mtcheck/mtcheck/checker"
)

// shieldedTokens marks the tokens of paragraph p that stand inside quotation
// marks or brackets: quotations, titles („The Crown“, »Game of Thrones«) and
// glosses ("(englisch: fake news)") keep their English on purpose. The result
// is indexed from p.FirstToken. A quotation mark opens when „ or ‚, or when it
// follows white space (or an opening bracket) and touches the next token; any
// other quotation mark closes the innermost open quotation. An unclosed
// quotation shields the rest of the paragraph.
func shieldedTokens(d *checker.Doc, p *checker.Paragraph) []bool {
	out := make([]bool, p.EndToken-p.FirstToken)
	quotes, brackets := 0, 0
	for i := p.FirstToken; i < p.EndToken; i++ {
		t := d.Tokens[i]
		s := d.TokenText(i)
		if t.Kind == checker.Punct {
			switch {
			case s == "(" || s == "[":
				brackets++
			case s == ")" || s == "]":
				brackets = max(brackets-1, 0)
			case isQuotationMark(s):
				if opensQuotation(d, p, i) {
					quotes++
				} else {
					quotes = max(quotes-1, 0)
				}
			}
		}
		out[i-p.FirstToken] = quotes > 0 || brackets > 0
	}
	return out
}

// opensQuotation decides whether the quotation mark at token i opens a quotation.
func opensQuotation(d *checker.Doc, p *checker.Paragraph, i int) bool {
	s := d.TokenText(i)
	if s == "„" || s == "‚" {
		return true
	}
	after := i+1 < p.EndToken && !d.Tokens[i+1].SpaceBefore
	before := i == p.FirstToken || d.Tokens[i].SpaceBefore || strings.Contains("([–—/", d.TokenText(i-1))
	return before && after
}

// glossCueBefore reports whether one of the up to four tokens before token i
// in its sentence announces a quoted term, a title or a gloss ("sogenannte",
// "Motto:", "auf Englisch").
func glossCueBefore(d *checker.Doc, i int) bool {
	first := d.Sentences[d.Tokens[i].Sentence].First
	for j := i - 1; j >= first && j >= i-4; j-- {
		if d.Tokens[j].Kind != checker.Word {
			continue
		}
		w := strings.ToLower(d.TokenText(j))
		for _, cue := range englishGlossCues {
			if strings.HasPrefix(w, cue) {
				return true
			}
		}
	}
	return false
}
