package pack

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtcheck/mtcheck/checker"
)

// pred is a token-kind or word-shape test written <name> in a pattern.
type pred uint16

const (
	predWord pred = 1 << iota
	predNumber
	predPunct
	predSymbol
	predURL
	predCap   // a word whose first character is a capital letter
	predLower // a word in lower case only
	predUpper // a word in capitals only ("BBC")
	predAny
)

// predNames maps the names usable in <…> to their tests.
var predNames = map[string]pred{
	"word": predWord, "number": predNumber, "punct": predPunct, "symbol": predSymbol, "url": predURL,
	"cap": predCap, "lower": predLower, "upper": predUpper, "any": predAny,
}

// holds reports whether token t with text s passes the test p.
func (p pred) holds(t *checker.Token, s string) bool {
	switch p {
	case predWord:
		return t.Kind == checker.Word
	case predNumber:
		return t.Kind == checker.Number
	case predPunct:
		return t.Kind == checker.Punct
	case predSymbol:
		return t.Kind == checker.Symbol
	case predURL:
		return t.Kind == checker.URL
	case predCap:
		r, _ := utf8.DecodeRuneInString(s)
		return t.Kind == checker.Word && unicode.IsUpper(r)
	case predLower:
		return t.Kind == checker.Word && t.Shape == checker.Lower
	case predUpper:
		return t.Kind == checker.Word && t.Shape == checker.Upper
	case predAny:
		return true
	}
	return false
}

// glob is one word alternative split at its unescaped '*' wildcards: a literal
// has one part, "mach*" has the parts "mach" and "". Parts are lower-cased
// unless the test is exact.
type glob []string

// match reports whether s (already lower-cased unless exact) matches the glob.
func (g glob) match(s string) bool {
	if len(g) == 1 {
		return s == g[0]
	}
	first, last := g[0], g[len(g)-1]
	if len(s) < len(first)+len(last) || !strings.HasPrefix(s, first) || !strings.HasSuffix(s, last) {
		return false
	}
	s = s[len(first) : len(s)-len(last)]
	for _, part := range g[1 : len(g)-1] {
		i := strings.Index(s, part)
		if i < 0 {
			return false
		}
		s = s[i+len(part):]
	}
	return true
}

// tokenTest decides whether one token matches a pattern element. Exactly one
// of alts, re and preds is set.
type tokenTest struct {
	exact bool           // alts compare case-sensitively
	alts  []glob         // word alternatives
	re    *regexp.Regexp // anchored to the whole token text
	preds []pred         // kind or shape tests, any of which may hold
}

// caseless reports whether the test compares words ignoring case, so that it
// can be given the token's text lower-cased (see matchWords).
func (tt *tokenTest) caseless() bool { return tt.re == nil && len(tt.preds) == 0 && !tt.exact }

// matchWords reports whether s is one of the word alternatives; s must be
// lower-cased for a caseless test.
func (tt *tokenTest) matchWords(lower string) bool {
	for _, g := range tt.alts {
		if g.match(lower) {
			return true
		}
	}
	return false
}

// matchText reports whether a token whose text is text (lower-cased: lower)
// can pass the test: kind and shape tests, which look at more than the
// text, always can.
func (tt *tokenTest) matchText(text, lower string) bool {
	switch {
	case tt.re != nil:
		return tt.re.MatchString(text)
	case len(tt.preds) > 0:
		return true
	case tt.exact:
		return tt.matchWords(text)
	}
	return tt.matchWords(lower)
}

// match reports whether token t, whose text is s, passes the test.
func (tt *tokenTest) match(t *checker.Token, s string) bool {
	switch {
	case tt.re != nil:
		return tt.re.MatchString(s)
	case len(tt.preds) > 0:
		for _, p := range tt.preds {
			if p.holds(t, s) {
				return true
			}
		}
		return false
	}
	if !tt.exact {
		return tt.matchWords(strings.ToLower(s))
	}
	return tt.matchWords(s)
}
