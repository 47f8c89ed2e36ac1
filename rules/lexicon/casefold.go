package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldBufSize is the size of the stack buffer used to lower-case a word
// without allocating. Lower-casing can lengthen a rune by half (Ⱥ → ⱥ), so
// words longer than maxFoldLen fall back to strings.ToLower.
const (
	foldBufSize = 64
	maxFoldLen  = foldBufSize * 2 / 3
)

// hasUpper reports whether s contains an upper-case letter. ASCII is checked
// byte by byte; other runes go through unicode.IsUpper.
func hasUpper(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsUpper(r) {
			return true
		}
		i += n
	}
	return false
}

// appendLower appends the lower-case form of s to dst. Given a slice of a
// stack array with enough capacity it does not allocate.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += n
	}
	return dst
}

// toLower lower-cases s for building tables (allocation is fine there).
func toLower(s string) string { return strings.ToLower(s) }
