package markup

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// htmlEntity decodes the character reference at the start of s (s[0] ==
// '&') the way HTML decodes text: named references with or without the
// semicolon, including the legacy names that may be followed by more
// letters ("&notit;" is "¬it;"), and numeric references. It returns the
// length of the reference and the text it stands for; n is 0 when s does
// not start with one.
func htmlEntity(s string) (n int, decoded string) {
	if len(s) < 2 || s[0] != '&' {
		return 0, ""
	}
	if s[1] == '#' {
		i := 2
		hex := i < len(s) && (s[i] == 'x' || s[i] == 'X')
		if hex {
			i++
		}
		j := i
		for j < len(s) && isDigit(s[j], hex) {
			j++
		}
		if j == i {
			return 0, ""
		}
		if j < len(s) && s[j] == ';' {
			j++
		}
		return j, html.UnescapeString(s[:j])
	}
	j := 1
	for j < len(s) && isAlnum(s[j]) {
		j++
	}
	if j == 1 {
		return 0, ""
	}
	if j < len(s) && s[j] == ';' {
		j++
	}
	cand := s[:j]
	r := html.UnescapeString(cand)
	if r == cand {
		return 0, ""
	}
	// html.UnescapeString decoded the longest name it knows that is a prefix
	// of cand and copied the rest. Find that length: the whole of cand, or
	// for a legacy name without semicolon 2 to 6 letters after the '&'.
	for c := len(cand); c >= 3; {
		rest := len(cand) - c
		if len(r) > rest && r[len(r)-rest:] == cand[c:] && utf8.RuneCountInString(r[:len(r)-rest]) == 1 {
			return c, r[:len(r)-rest]
		}
		if c == len(cand) {
			c = min(len(cand)-1, 7)
		} else {
			c--
		}
	}
	// Two characters for the whole name ("&fjlig;").
	return len(cand), r
}

// markdownEntity decodes an entity or numeric character reference at the
// start of s as CommonMark does: only complete references ending in ';'
// ("&auml;", "&#228;", "&#xE4;"); n is 0 when s does not start with one.
func markdownEntity(s string) (n int, decoded string) {
	if len(s) < 3 || s[0] != '&' {
		return 0, ""
	}
	if s[1] == '#' {
		i := 2
		hex := s[i] == 'x' || s[i] == 'X'
		limit := 7
		if hex {
			i++
			limit = 6
		}
		j := i
		for j < len(s) && j-i < limit && isDigit(s[j], hex) {
			j++
		}
		if j == i || j >= len(s) || s[j] != ';' {
			return 0, ""
		}
		return j + 1, string(validRune(numericValue(s[i:j], hex)))
	}
	j := 1
	for j < len(s) && j <= 32 && isAlnum(s[j]) {
		j++
	}
	if j == 1 || j >= len(s) || s[j] != ';' || !isLetter(s[1]) {
		return 0, ""
	}
	if m, dec := htmlEntity(s[:j+1]); m == j+1 {
		return m, dec
	}
	return 0, ""
}

// numericValue returns the value of decimal or hexadecimal digits (at most 7).
func numericValue(digits string, hex bool) rune {
	var v rune
	base := rune(10)
	if hex {
		base = 16
	}
	for i := 0; i < len(digits); i++ {
		v = v*base + digitValue(digits[i])
	}
	return v
}

// validRune returns r, or U+FFFD for NUL, surrogates and values beyond Unicode.
func validRune(r rune) rune {
	if r == 0 || !utf8.ValidRune(r) {
		return utf8.RuneError
	}
	return r
}

func digitValue(c byte) rune {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0')
	case 'a' <= c && c <= 'f':
		return rune(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return rune(c-'A') + 10
	}
	return 0
}

func isDigit(c byte, hex bool) bool {
	return '0' <= c && c <= '9' || hex && ('a' <= c && c <= 'f' || 'A' <= c && c <= 'F')
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isAlnum(c byte) bool { return isLetter(c) || '0' <= c && c <= '9' }

// isASCIIPunct reports whether c is ASCII punctuation, which a backslash
// escapes in Markdown.
func isASCIIPunct(c byte) bool {
	return c < utf8.RuneSelf && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) >= 0
}
