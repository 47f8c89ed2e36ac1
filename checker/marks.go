package checker

import (
	"strings"
	"unicode"
)

// What the punctuation tokens of the text model are. Rules and the clause
// analysis ask these predicates instead of keeping lists of their own. Each
// takes the text of one token (or one rune).

// IsHyphen reports whether r is a hyphen: the hyphen-minus "-", U+2010
// HYPHEN or U+2011 NON-BREAKING HYPHEN. Hyphens join compounds into one word
// token ("Twitter-Daten"); dashes do not (see IsDash).
func IsHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

// IsDash reports whether s is a dash token: an en dash "–", an em dash "—",
// a figure dash "‒", a horizontal bar "―", or a hyphen-minus "-" standing
// alone, as plain text writes a dash ("Berlin - Die Regierung").
func IsDash(s string) bool {
	switch s {
	case "–", "—", "‒", "―", "-":
		return true
	}
	return false
}

// IsQuoteMark reports whether s is a quotation mark. By mark:
//
//   - „ “ and ‚ ‘: German double and single quotes, “ and ‘ also open
//     English ones;
//   - ” and ’: English closing quotes (’ standing alone; inside a word it is
//     an apostrophe and part of the word token: "Musk’s");
//   - » « and › ‹: guillemets, German (»…«, ›…‹) or Swiss and French («…»,
//     ‹…›);
//   - ": the straight double quote.
//
// The ASCII apostrophe ' is not a quotation mark: standing alone it is
// mostly the apostrophe of a genitive ("Hans' Auto"). Neither is the
// backquote `. The quotation pairing (Doc.Quotes) reads both only in the
// LaTeX pairs of some corpora: two backquotes open, two apostrophes close.
func IsQuoteMark(s string) bool {
	switch s {
	case "„", "“", "”", "‚", "‘", "’", "»", "«", "›", "‹", "\"":
		return true
	}
	return false
}

// IsClosingMark reports whether s can close a quotation or bracket after the
// last word or the full stop of a sentence: every quotation mark except the
// German openers „ and ‚, the ASCII apostrophe of single-quoted ASCII text,
// and ) ] }. Such marks are looked through when asking how a sentence ends.
func IsClosingMark(s string) bool {
	switch s {
	case "„", "‚":
		return false
	case "'", ")", "]", "}":
		return true
	}
	return IsQuoteMark(s)
}

// IsSentenceEnd reports whether s ends a sentence: ".", "!", "?", "?!" or "!?".
// An ellipsis does not (see IsEllipsis).
func IsSentenceEnd(s string) bool { return s == "." || s == "!" || IsQuestionEnd(s) }

// IsQuestionEnd reports whether s ends a question: "?", "?!" or "!?".
func IsQuestionEnd(s string) bool { return s == "?" || s == "?!" || s == "!?" }

// IsEllipsis reports whether s is an ellipsis: "…" or a run of two or more
// full stops ("...").
func IsEllipsis(s string) bool { return s == "…" || strings.HasPrefix(s, "..") }

// IsLetters reports whether w is non-empty and consists of letters only.
func IsLetters(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}
