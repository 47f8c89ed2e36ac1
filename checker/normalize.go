package checker

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// NormalizeSpace collapses every run of white space of s to one space and
// trims the ends: the form in which two paragraphs are the same paragraph.
// It is strings.Join(strings.Fields(s), " "), without allocating when s is
// already so.
func NormalizeSpace(s string) string {
	if singleSpaced(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for f := range strings.FieldsSeq(s) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(f)
	}
	return b.String()
}

// singleSpaced reports whether the only white space of s (unicode.IsSpace)
// is single spaces between other characters.
func singleSpaced(s string) bool {
	for i := 0; i < len(s); i++ {
		switch byteKinds[s[i]] {
		case plainByte:
		case spaceByte:
			if i == 0 || i == len(s)-1 || s[i+1] == ' ' {
				return false
			}
		case controlSpaceByte:
			return false
		default: // the first byte of a multi-byte character
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += n - 1
		}
	}
	return true
}

// byteKinds sorts the bytes of UTF-8 text for singleSpaced.
var byteKinds = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c == ' ':
			t[c] = spaceByte
		case c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			t[c] = controlSpaceByte
		case c >= utf8.RuneSelf:
			t[c] = multiByte
		}
	}
	return t
}()

const (
	plainByte = iota
	spaceByte
	controlSpaceByte
	multiByte
)
