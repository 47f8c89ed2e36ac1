package rules

import (
	"strings"

	"github.com/mtcheck/mtcheck/checker"
)

// shieldedTokens marks the tokens of paragraph p that stand inside quotation
// marks or brackets: quotations, titles („The Crown“, »Game of Thrones«) and
// glosses ("(englisch: fake news)") keep their English on purpose. The result
// is indexed from p.FirstToken. Quotations are the text model's (Doc.QuoteAt);
// an unclosed quotation shields the rest of the paragraph.
func shieldedTokens(d *checker.Doc, p *checker.Paragraph) []bool {
	out := make([]bool, p.EndToken-p.FirstToken)
	brackets := 0
	for i := p.FirstToken; i < p.EndToken; i++ {
		if d.Tokens[i].Kind == checker.Punct {
			switch d.TokenText(i) {
			case "(", "[":
				brackets++
			case ")", "]":
				brackets = max(brackets-1, 0)
			}
		}
		_, quoted := d.QuoteAt(i)
		out[i-p.FirstToken] = quoted || brackets > 0
	}
	return out
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
