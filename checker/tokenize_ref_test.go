package checker

// This file keeps the tokenizer as it was before its fast path, as the
// reference that TestTokenizerMatchesReference and FuzzTokenizer compare the
// tokenizer with: every token, its span, kind, shape and spacing must agree.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/segment"
)

// refRawSegment is one UAX#29 segment with its byte span.
type refRawSegment struct {
	Span
	space bool
}

// refSplitSegments cuts text into UAX#29 word-boundary segments. White space runs
// are marked; every byte of text belongs to exactly one segment.
func refSplitSegments(text string) []refRawSegment {
	buf := []byte(text)
	segs := make([]refRawSegment, 0, len(text)/3+1)
	seg := segment.NewWordSegmenterDirect(buf)
	pos := 0
	for seg.Segment() {
		n := len(seg.Bytes())
		if n == 0 {
			continue
		}
		segs = refAppendSplitSpace(segs, text, pos, pos+n)
		pos += n
	}
	// The segmenter stops on input its state machine does not accept; cut the
	// rest rune by rune so that no byte is lost.
	for pos < len(text) {
		_, n := utf8.DecodeRuneInString(text[pos:])
		segs = refAppendSplitSpace(segs, text, pos, pos+n)
		pos += n
	}
	return segs
}

// refAppendSplitSpace appends text[start:end] as segments, separating white space
// runs from other characters (the segmenter may join a space with a format character).
func refAppendSplitSpace(segs []refRawSegment, text string, start, end int) []refRawSegment {
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		space := refIsSpace(r)
		j := i + n
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(text[j:end])
			if refIsSpace(r2) != space {
				break
			}
			j += n2
		}
		segs = append(segs, refRawSegment{Span: Span{i, j}, space: space})
		i = j
	}
	return segs
}

// refLinkSpans finds URLs, e-mail addresses, @handles and #hashtags in text by
// looking at each run of non-space characters, with leading opening quotes and
// trailing sentence punctuation removed.
func refLinkSpans(text string) []Span {
	var spans []Span
	for pos := 0; pos < len(text); {
		r, n := utf8.DecodeRuneInString(text[pos:])
		if refIsSpace(r) {
			pos += n
			continue
		}
		end := pos
		for end < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[end:])
			if refIsSpace(r2) {
				break
			}
			end += n2
		}
		if s, ok := linkIn(text, pos, end); ok {
			spans = append(spans, s)
		}
		pos = end
	}
	return spans
}

// refTokenize turns text into tokens: UAX#29 segments, with hyphenated compounds,
// ellipses and links joined into one token each.
func refTokenize(text string) []Token {
	segs := refSplitSegments(text)
	links := refLinkSpans(text)
	toks := make([]Token, 0, len(segs)/2+1)
	space, newline := true, false
	li := 0
	for k := 0; k < len(segs); k++ {
		sg := segs[k]
		if sg.space {
			space = true
			newline = newline || strings.ContainsAny(text[sg.Start:sg.End], "\n\r\u2028\u2029")
			continue
		}
		for li < len(links) && links[li].End <= sg.Start {
			li++
		}
		if li < len(links) && links[li].Start <= sg.Start {
			// The whole link becomes one token; skip the segments inside it.
			l := links[li]
			for k+1 < len(segs) && segs[k+1].End <= l.End {
				k++
			}
			toks = append(toks, Token{Span: l, Kind: URL, SpaceBefore: space, NewlineBefore: newline})
			space, newline = false, false
			li++
			continue
		}
		if n := len(toks); n > 0 && sg.Start < toks[n-1].End {
			// A segment that a link ends inside ("#A'A0": the handle stops
			// at the apostrophe) keeps only its part after the link.
			if sg.End <= toks[n-1].End {
				continue
			}
			sg.Start = toks[n-1].End
		}
		toks = append(toks, Token{Span: sg.Span, Kind: refClassify(text[sg.Start:sg.End]), SpaceBefore: space, NewlineBefore: newline})
		space, newline = false, false
	}
	toks = refJoinTokens(text, toks)
	for i := range toks {
		if toks[i].Kind == Word {
			toks[i].Shape = refWordShape(text[toks[i].Start:toks[i].End])
		}
	}
	return toks
}

// refJoinTokens merges hyphenated compounds ("Twitter-Daten", "E-Mail", "90-Jährige"),
// truncated compound parts before a conjunction ("Ein- und Ausgang") and runs of
// full stops ("...") in place.
func refJoinTokens(text string, toks []Token) []Token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch {
		case t.Kind == Word || t.Kind == Number:
			for i+2 < len(toks) && refIsHyphenToken(text, toks[i+1]) && !toks[i+1].SpaceBefore &&
				!toks[i+2].SpaceBefore && (toks[i+2].Kind == Word || toks[i+2].Kind == Number) {
				t.End = toks[i+2].End
				t.Kind = Word
				i += 2
			}
			if t.Kind == Word && i+2 < len(toks) && refIsHyphenToken(text, toks[i+1]) && !toks[i+1].SpaceBefore &&
				toks[i+2].SpaceBefore && refIsCompoundConjunction(text[toks[i+2].Start:toks[i+2].End]) {
				t.End = toks[i+1].End
				i++
			}
		case text[t.Start:t.End] == ".":
			for i+1 < len(toks) && !toks[i+1].SpaceBefore && text[toks[i+1].Start:toks[i+1].End] == "." {
				t.End = toks[i+1].End
				i++
			}
		}
		out = append(out, t)
	}
	return out
}

func refIsHyphenToken(text string, t Token) bool {
	r, n := utf8.DecodeRuneInString(text[t.Start:t.End])
	return n == t.Len() && IsHyphen(r)
}

func refIsCompoundConjunction(w string) bool {
	switch w {
	case "und", "oder", "bzw", "sowie", "als", "bis":
		return true
	}
	return false
}

// refWordShape computes the case shape of a word. Hyphen-separated parts that are
// all capitals (acronyms) do not make a word mixed: "BBC-Interview" is Capitalized.
func refWordShape(s string) Shape {
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
		if refPartMixed(part) {
			return Mixed
		}
	}
	return Capitalized
}

// refPartMixed reports whether a hyphen-free part has a capital after its first
// letter while not being all capitals.
func refPartMixed(part string) bool {
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

// refClassify returns the kind of a non-space segment by its content.
func refClassify(s string) TokenKind {
	hasDigit := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			return Word
		}
		if unicode.IsDigit(r) {
			hasDigit = true
		}
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

// refIsSpace reports whether r separates tokens (white space, BOM and zero-width characters).
func refIsSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\uFEFF' || r == '\u200B' || r == '\u2060'
}
