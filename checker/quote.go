package checker

import "slices"

// Quote is one quotation of a paragraph: the token indices of its opening and
// closing marks. An unclosed quotation runs to the end of its paragraph; Close
// is then the paragraph's end token and Closed is false.
type Quote struct {
	Open, Close int
	Closed      bool
	// Words counts the word-like tokens between the marks.
	Words int
}

// QuoteAt returns the innermost quotation that contains token i (its marks
// excluded), if any.
func (d *Doc) QuoteAt(i int) (Quote, bool) {
	if i < 0 || i >= len(d.quoteOf) || d.quoteOf[i] < 0 {
		return Quote{}, false
	}
	return d.Quotes[d.quoteOf[i]], true
}

// QuoteMarkRole says whether token i opens a quotation (+1), closes one (-1)
// or is not a paired quotation mark (0).
func (d *Doc) QuoteMarkRole(i int) int {
	if i < 0 || i >= len(d.quoteRole) {
		return 0
	}
	return int(d.quoteRole[i])
}

// pairQuotes pairs the quotation marks of every paragraph and records, per
// token, the innermost quotation containing it.
func (d *Doc) pairQuotes() {
	d.Quotes = nil
	for _, p := range d.Paragraphs {
		n := len(d.Quotes)
		d.pairParagraphQuotes(p.FirstToken, p.EndToken)
		// Sorted by opening mark, outer quotations come first and inner
		// ones overwrite them in quoteOf. The paragraphs come in order, so
		// sorting each paragraph's quotations sorts them all.
		slices.SortFunc(d.Quotes[n:], func(a, b Quote) int { return a.Open - b.Open })
	}
	d.quoteOf = make([]int32, len(d.Tokens))
	d.quoteRole = make([]int8, len(d.Tokens))
	// Quotations nest (the marks are paired with a stack, and an unclosed one
	// runs to the end of its paragraph around everything opened after it), so
	// one sweep with a stack of open quotations finds the innermost one of
	// every token, and prefix counts give each quotation's words.
	var words []int32
	if len(d.Quotes) > 0 {
		words = make([]int32, len(d.Tokens)+1)
	}
	var open []int32
	next, count := 0, int32(0)
	for i := range d.Tokens {
		if words != nil {
			if d.Tokens[i].IsWordLike() {
				count++
			}
			words[i+1] = count
		}
		for len(open) > 0 && d.Quotes[open[len(open)-1]].Close <= i {
			open = open[:len(open)-1]
		}
		d.quoteOf[i] = -1
		if len(open) > 0 {
			d.quoteOf[i] = open[len(open)-1]
		}
		for next < len(d.Quotes) && d.Quotes[next].Open == i {
			open = append(open, int32(next))
			next++
		}
	}
	for qi := range d.Quotes {
		q := &d.Quotes[qi]
		d.quoteRole[q.Open] = 1
		if q.Closed {
			d.quoteRole[q.Close] = -1
		}
		q.Words = int(words[q.Close] - words[q.Open+1])
	}
}

// openMark is an opening quotation mark on the stack: its token and its text.
type openMark struct {
	tok  int
	text string
}

// pairParagraphQuotes pairs the marks of the tokens [first, end) with a stack.
// Every quotation mark of IsQuoteMark pairs: German „…“, ‚…‘, »…« and ›…‹,
// Swiss and French «…» and ‹…›, English “…”, ‘…’ and straight "…". Marks that
// can open and close are told apart by their neighbours: an opening mark is
// preceded by a space (or starts the paragraph) and is followed by a word
// without one. The ASCII apostrophe and the backquote, which are no
// quotation marks, pair only in the LaTeX style of some corpora (two
// backquotes open, two apostrophes close).
func (d *Doc) pairParagraphQuotes(first, end int) {
	var stack []openMark
	closeTop := func(i int) {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		d.Quotes = append(d.Quotes, Quote{Open: top.tok, Close: i, Closed: true})
	}
	for i := first; i < end; i++ {
		if k := d.Tokens[i].Kind; k != Punct && k != Symbol {
			continue // no mark (the backquote is a symbol)
		}
		s := d.TokenText(i)
		top := ""
		if len(stack) > 0 {
			top = stack[len(stack)-1].text
		}
		opens := d.quoteOpensAt(i, first, end)
		switch s {
		case "„", "‚":
			stack = append(stack, openMark{i, s})
		case "“":
			if top == "„" || top == "“" && !opens {
				closeTop(i)
			} else if opens {
				stack = append(stack, openMark{i, s})
			}
		case "‘":
			if top == "‚" && !opens {
				closeTop(i)
			} else if opens {
				stack = append(stack, openMark{i, s})
			}
		case "’":
			if (top == "‚" || top == "‘") && !opens {
				closeTop(i)
			}
		case "”":
			if top != "" && !opens {
				closeTop(i)
			} else if opens {
				stack = append(stack, openMark{i, s})
			}
		case "»", "«", "›", "‹":
			if top == mirrorGuillemet(s) {
				closeTop(i)
			} else if opens {
				stack = append(stack, openMark{i, s})
			}
		case "\"":
			if top == "\"" {
				closeTop(i)
			} else if opens {
				stack = append(stack, openMark{i, s})
			}
		case "`":
			if i+1 < end && d.TokenText(i+1) == "`" && !d.Tokens[i+1].SpaceBefore {
				stack = append(stack, openMark{i + 1, "``"})
				i++
			}
		case "'":
			if top == "``" && i+1 < end && d.TokenText(i+1) == "'" && !d.Tokens[i+1].SpaceBefore {
				closeTop(i)
				i++
			}
		}
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		d.Quotes = append(d.Quotes, Quote{Open: top.tok, Close: end})
	}
}

// mirrorGuillemet returns the guillemet that closes a quotation opened by g.
func mirrorGuillemet(g string) string {
	switch g {
	case "»":
		return "«"
	case "«":
		return "»"
	case "›":
		return "‹"
	}
	return "›"
}

// quoteOpensAt reports whether the mark at token i stands where a quotation
// opens: at the paragraph's start or after a space, an opening bracket, a
// dash or a slash, and directly before a word, number or another mark.
func (d *Doc) quoteOpensAt(i, first, end int) bool {
	if i+1 >= end || d.Tokens[i+1].SpaceBefore {
		return false
	}
	if i == first || d.Tokens[i].SpaceBefore {
		return true
	}
	switch prev := d.TokenText(i - 1); prev {
	case "(", "[", "{", "/":
		return true
	default:
		return IsDash(prev)
	}
}
