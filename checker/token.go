package checker

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// TokenKind classifies a token.
type TokenKind uint8

// Token kinds.
const (
	Word   TokenKind = iota // letters, possibly with digits, hyphens or apostrophes: "Twitter-Daten", "Musk's", "3pm"
	Number                  // digits with optional separators: "2024", "35,4", "1.000"
	Punct                   // punctuation: . , ; : ! ? … quotes, brackets, dashes
	Symbol                  // anything else that is not space: • € $ % & emoji
	URL                     // URL, e-mail address, @handle or #hashtag
)

var kindNames = [...]string{Word: "word", Number: "number", Punct: "punct", Symbol: "symbol", URL: "url"}

func (k TokenKind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Shape describes the letter case of a word token.
type Shape uint8

// Word shapes. Tokens without letters have the shape NoLetters.
const (
	NoLetters   Shape = iota
	Lower             // "sagte", "e-mail"
	Capitalized       // "Sagte", "Twitter-Daten", "BBC-Interview", "E-Mail"
	Upper             // "BBC", "USA"
	Mixed             // "TweetIn", "iPhone", "McDonald"
)

var shapeNames = [...]string{NoLetters: "none", Lower: "lower", Capitalized: "capitalized", Upper: "upper", Mixed: "mixed"}

func (s Shape) String() string {
	if int(s) < len(shapeNames) {
		return shapeNames[s]
	}
	return "unknown"
}

// Token is one word, number, punctuation mark, symbol or URL of a document.
type Token struct {
	Span
	Kind  TokenKind
	Shape Shape
	// SpaceBefore is true when white space separates the token from the previous one
	// (or the token starts the text).
	SpaceBefore bool
	// NewlineBefore is true when that white space contains a line break.
	NewlineBefore bool
	// SentenceStart is true for the first word, number or URL of a sentence.
	SentenceStart bool
	// Sentence is the index of the token's sentence in Doc.Sentences.
	Sentence int
	// Form is the index of the token's text in Doc.Forms: tokens with the
	// same text have the same form.
	Form int32
}

// Form is one distinct token text of a document. Rules that look words up
// (in a lexicon, an index of patterns) keep per-form tables, indexed by
// Token.Form, so that each word of a document is looked up once, not once
// per occurrence.
type Form struct {
	// Text is the token text as written.
	Text string
	// Lower is Text lower-cased (strings.ToLower).
	Lower string
}

// IsWordLike reports whether the token counts as a word for scoring (words, numbers, URLs).
func (t Token) IsWordLike() bool { return t.Kind == Word || t.Kind == Number || t.Kind == URL }

// wordShape computes the case shape of a word. Hyphen-separated parts that are
// all capitals (acronyms) do not make a word mixed: "BBC-Interview" is Capitalized.
func wordShape(s string) Shape {
	var letters, upper int
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	switch {
	case letters == 0:
		return NoLetters
	case upper == 0:
		return Lower
	case upper == letters && letters > 1:
		return Upper
	}
	first, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }))
	if !unicode.IsUpper(first) {
		return Mixed
	}
	for _, part := range strings.FieldsFunc(s, IsHyphen) {
		if partMixed(part) {
			return Mixed
		}
	}
	return Capitalized
}

// partMixed reports whether a hyphen-free part has a capital after its first
// letter while not being all capitals.
func partMixed(part string) bool {
	var letters, upper int
	innerUpper := false
	for i, r := range part {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.IsUpper(r) {
			upper++
			if i > 0 {
				innerUpper = true
			}
		}
	}
	return innerUpper && upper != letters
}

// classify returns the kind of a non-space segment by its content.
func classify(s string) TokenKind {
	hasDigit := false
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
				return Word
			case '0' <= c && c <= '9':
				hasDigit = true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) {
			return Word
		}
		if unicode.IsDigit(r) {
			hasDigit = true
		}
		i += n
	}
	if hasDigit {
		return Number
	}
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsPunct(r) {
		return Punct
	}
	return Symbol
}

// isSpace reports whether r separates tokens (white space, BOM and zero-width characters).
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\uFEFF' || r == '\u200B' || r == '\u2060'
}
