package rules

import (
	"context"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/checker/checkertest"
)

// TestExamplePrefixes checks every rule on every example cut short after
// each of its words and punctuation marks, and with its start cut off
// before each of them: a rule that looks ahead past the end of the
// document ("Mr" as the last token) or back before its start (".Mx") fails
// the check with an error instead of reporting. Bilingual examples are cut
// on both sides.
func TestExamplePrefixes(t *testing.T) {
	if testing.Short() {
		t.Skip("many checks")
	}
	eng, err := checker.NewEngine(All(), checker.Config{})
	require.NoError(t, err)
	ctx := context.Background()
	check := func(text, original string) {
		src, err := checker.TextSource(text)
		require.NoError(t, err)
		if original != "" {
			src.Original, err = checker.TextSource(original)
			require.NoError(t, err)
		}
		_, err = eng.CheckSource(ctx, src)
		require.NoError(t, err, "text %q, original %q", text, original)
	}
	for _, r := range All() {
		for _, ex := range append(append([]string{}, r.Bad...), r.Good...) {
			c := checkertest.Example(r, ex)
			text, _, err := checker.ParseMarked(c.Text)
			require.NoError(t, err)
			original, _, err := checker.ParseMarked(c.Source)
			require.NoError(t, err)
			for _, cut := range tokenEnds(text) {
				check(text[:cut], original)
			}
			for _, cut := range tokenStarts(text) {
				check(text[cut:], original)
			}
			for _, cut := range tokenEnds(original) {
				check(text, original[:cut])
			}
		}
	}
}

// tokenEnds returns the byte offsets in s after each run of letters or
// digits and after each other character that is not white space.
func tokenEnds(s string) []int {
	var ends []int
	for i, r := range s {
		size := utf8.RuneLen(r)
		alnum := unicode.IsLetter(r) || unicode.IsDigit(r)
		if unicode.IsSpace(r) {
			continue
		}
		next, _ := utf8.DecodeRuneInString(s[i+size:])
		if !alnum || i+size == len(s) || !(unicode.IsLetter(next) || unicode.IsDigit(next)) {
			ends = append(ends, i+size)
		}
	}
	return ends
}

// tokenStarts returns the byte offsets in s of each run of letters or
// digits and of each other character that is not white space, except 0.
func tokenStarts(s string) []int {
	var starts []int
	prevAlnum := false
	for i, r := range s {
		alnum := unicode.IsLetter(r) || unicode.IsDigit(r)
		if i > 0 && !unicode.IsSpace(r) && !(alnum && prevAlnum) {
			starts = append(starts, i)
		}
		prevAlnum = alnum
	}
	return starts
}
