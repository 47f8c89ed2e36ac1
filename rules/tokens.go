package rules

import (
	"unicode"
	"unicode/utf8"

	"github.com/mtcheck/mtcheck/checker"
)

// wordSet builds a read-only lookup set. It is meant for package-level word
// lists that are built once and never modified.
func wordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// isWord reports whether token i exists and is a word token.
func isWord(d *checker.Doc, i int) bool {
	return i >= 0 && i < len(d.Tokens) && d.Tokens[i].Kind == checker.Word
}

// isCapWord reports whether token i is a word that starts with a capital
// letter: capitalised, all capitals ("BBC") or mixed-case starting upper ("McDonald").
func isCapWord(d *checker.Doc, i int) bool {
	if !isWord(d, i) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(d.TokenText(i))
	return unicode.IsUpper(r)
}

// isLowerWord reports whether token i is an all-lowercase word.
func isLowerWord(d *checker.Doc, i int) bool {
	return isWord(d, i) && d.Tokens[i].Shape == checker.Lower
}

// tokenIs reports whether token i exists and its text is s.
func tokenIs(d *checker.Doc, i int, s string) bool {
	return i >= 0 && i < len(d.Tokens) && d.TokenText(i) == s
}

// sameParagraph reports whether tokens i and j exist and lie in the same paragraph.
func sameParagraph(d *checker.Doc, i, j int) bool {
	if i < 0 || j < 0 || i >= len(d.Tokens) || j >= len(d.Tokens) {
		return false
	}
	return d.Sentences[d.Tokens[i].Sentence].Paragraph == d.Sentences[d.Tokens[j].Sentence].Paragraph
}

// spanOf returns the span from the start of token i to the end of token j.
func spanOf(d *checker.Doc, i, j int) checker.Span {
	return d.Tokens[i].Span.To(d.Tokens[j].Span)
}
