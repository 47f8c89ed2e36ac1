package checker

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/blevesearch/segment"
)

// tokensOf tokenizes text as one paragraph; slow forces the segmenter.
func tokensOf(text string, slow bool) []Token {
	tz := newTokenizer(text)
	defer tz.release()
	if slow {
		tz.slowParagraph(Span{0, len(text)})
		tz.toks = tz.toks[:len(joinTokens(text, tz.toks))]
		for i := range tz.toks {
			if tz.toks[i].Kind == Word {
				tz.toks[i].Shape = wordShape(text[tz.toks[i].Start:tz.toks[i].End])
			}
		}
	} else {
		tz.paragraph(Span{0, len(text)})
	}
	out := append([]Token(nil), tz.toks...)
	for i := range out {
		out[i].Form = 0
	}
	return out
}

// diffTokens describes how the tokens of text differ from the reference
// tokenizer's, or returns "".
func diffTokens(text string) string {
	want := refTokenize(text)
	for _, slow := range []bool{false, true} {
		got := tokensOf(text, slow)
		if len(got) == len(want) {
			same := true
			for i := range got {
				same = same && got[i] == want[i]
			}
			if same {
				continue
			}
		}
		return fmt.Sprintf("%q (slow %v):\n got  %s\n want %s", text, slow, describeTokens(text, got), describeTokens(text, want))
	}
	return ""
}

func describeTokens(text string, toks []Token) string {
	var b strings.Builder
	for _, t := range toks {
		fmt.Fprintf(&b, "%q/%v/%v/%v/%v ", text[t.Start:t.End], t.Kind, t.Shape, t.SpaceBefore, t.NewlineBefore)
	}
	return b.String()
}

// fastRunes returns every character the fast path handles.
func fastRunes() []rune {
	var out []rune
	for r := rune(0); r < 0x3100; r++ {
		if classOfRune(r) != wbUnknown {
			out = append(out, r)
		}
	}
	return out
}

// contextRunes stand for every class of the fast path and for the
// characters the tokenizer treats specially (hyphens, links, quotes), plus
// some it hands to the segmenter.
var contextRunes = []rune{
	'a', 'Z', 'ä', 'ß', 'é', '1', '0', '_', '.', ':', ',', ';', '\'', '‘', '’', '·', ' ', '\n', '\u00A0',
	'-', '‐', '–', '„', '“', '"', '@', '#', '/', '(', ')', '!', '?', '€', '%', '…',
	'\u00AD', '\u0301', '\u2060', '\uFEFF', '\u200B', '😀', 'ש', 'カ',
}

// TestWordBreakClasses checks the class of every character of the fast
// path against the segmenter: in each context of two context characters,
// the segments must be the same.
func TestWordBreakClasses(t *testing.T) {
	seg := func(s string) []string {
		var out []string
		sg := segment.NewWordSegmenterDirect([]byte(s))
		for sg.Segment() {
			out = append(out, string(sg.Bytes()))
		}
		return out
	}
	fast := func(s string) []string {
		var out []string
		for i := 0; i < len(s); {
			start := i
			c, n := classAt(s, i)
			if c == wbUnknown {
				return nil
			}
			i += n
			if isWordClass(c) {
				prev := c
				for i < len(s) {
					c2, n2 := classAt(s, i)
					if isWordClass(c2) {
						prev = c2
						i += n2
						continue
					}
					if i+n2 < len(s) {
						if c3, n3 := classAt(s, i+n2); joinsAcross(prev, c2, c3) {
							i += n2 + n3
							continue
						}
					}
					break
				}
			} else if c == wbSpace && s[start] == '\r' && i < len(s) && s[i] == '\n' {
				i++ // CR LF is one segment
			}
			out = append(out, s[start:i])
		}
		return out
	}
	var ctx []rune
	for _, r := range contextRunes {
		if classOfRune(r) != wbUnknown {
			ctx = append(ctx, r)
		}
	}
	for _, r := range fastRunes() {
		for _, x := range ctx {
			for _, y := range ctx {
				for _, s := range []string{string([]rune{x, r, y}), string([]rune{x, r, r, y}), string([]rune{r, x, r, y, r})} {
					if got, want := fast(s), seg(s); strings.Join(got, "|") != strings.Join(want, "|") {
						t.Fatalf("U+%04X in %q: fast path %q, segmenter %q", r, s, got, want)
					}
				}
			}
		}
	}
}

// TestTokenizerMatchesReference compares the tokenizer, by its fast path and
// by the segmenter, with the reference tokenizer on every fast-path
// character in a few contexts and on random text.
func TestTokenizerMatchesReference(t *testing.T) {
	for _, text := range fuzzSeeds {
		if d := diffTokens(text); d != "" {
			t.Fatal(d)
		}
	}
	few := []rune{'a', 'Z', '1', '.', '-', '@', ' ', '„', '’', '_', '\u00AD', '😀'}
	for _, r := range fastRunes() {
		for _, x := range few {
			for _, y := range few {
				for _, s := range []string{string([]rune{x, r, y}), string([]rune{r, x, r, y, r})} {
					if d := diffTokens(s); d != "" {
						t.Fatal(d)
					}
				}
			}
		}
	}
	rng := rand.New(rand.NewSource(1))
	pieces := []string{"http://", "https://x.de/a-b?c=1", "www.", "@", "#", ".de", ".", "...", "-", "‐", " - ", "und",
		"oder", "Ein", "E", "Mail", "90", "3,5", "1.000", "z.B.", "Musk's", "„", "“", "»", "«", "(", ")", "'", "’s",
		" ", "  ", "\n", "\r\n", "\u00A0", "\t", "ä", "Ö", "ß", "é", "ł", "_", ":", ",", ";", "!", "?", "…", "€", "·",
		"\u00AD", "\u0301", "\u2060", "\uFEFF", "\u200B", "😀", "ש", "カ", "1", "a", "B", "xY", "info@example.org"}
	n := 200000
	if testing.Short() {
		n = 20000
	}
	for range n {
		var b strings.Builder
		for k := 1 + rng.Intn(8); k > 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		if d := diffTokens(b.String()); d != "" {
			t.Fatal(d)
		}
	}
}

// FuzzTokenizer compares the tokenizer with the reference tokenizer.
func FuzzTokenizer(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		if d := diffTokens(text); d != "" {
			t.Fatal(d)
		}
	})
}
