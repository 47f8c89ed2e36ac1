package checker

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/segment"
)

// rawSegment is one UAX#29 segment with its byte span.
type rawSegment struct {
	Span
	space bool
}

// splitSegments cuts text into UAX#29 word-boundary segments. White space runs
// are marked; every byte of text belongs to exactly one segment.
func splitSegments(text string) []rawSegment {
	buf := []byte(text)
	segs := make([]rawSegment, 0, len(text)/3+1)
	seg := segment.NewWordSegmenterDirect(buf)
	pos := 0
	for seg.Segment() {
		n := len(seg.Bytes())
		if n == 0 {
			continue
		}
		segs = appendSplitSpace(segs, text, pos, pos+n)
		pos += n
	}
	// The segmenter stops on input its state machine does not accept; cut the
	// rest rune by rune so that no byte is lost.
	for pos < len(text) {
		_, n := utf8.DecodeRuneInString(text[pos:])
		segs = appendSplitSpace(segs, text, pos, pos+n)
		pos += n
	}
	return segs
}

// appendSplitSpace appends text[start:end] as segments, separating white space
// runs from other characters (the segmenter may join a space with a format character).
func appendSplitSpace(segs []rawSegment, text string, start, end int) []rawSegment {
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		space := isSpace(r)
		j := i + n
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(text[j:end])
			if isSpace(r2) != space {
				break
			}
			j += n2
		}
		segs = append(segs, rawSegment{Span: Span{i, j}, space: space})
		i = j
	}
	return segs
}

// linkSpans finds URLs, e-mail addresses, @handles and #hashtags in text by
// looking at each run of non-space characters, with leading opening quotes and
// trailing sentence punctuation removed.
func linkSpans(text string) []Span {
	var spans []Span
	for pos := 0; pos < len(text); {
		r, n := utf8.DecodeRuneInString(text[pos:])
		if isSpace(r) {
			pos += n
			continue
		}
		end := pos
		for end < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[end:])
			if isSpace(r2) {
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

// linkIn returns the link within the non-space run text[start:end], if any.
func linkIn(text string, start, end int) (Span, bool) {
	chunk := text[start:end]
	if !strings.ContainsAny(chunk, ":@#.") {
		return Span{}, false
	}
	lead := len(chunk) - len(strings.TrimLeft(chunk, "(„“\"»‚'"))
	start += lead
	chunk = chunk[lead:]
	lower := strings.ToLower(chunk)
	switch {
	case strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "www."):
		if cut := strings.IndexAny(chunk, "<>\"“”„»«"); cut >= 0 {
			chunk = chunk[:cut]
		}
	case strings.HasPrefix(chunk, "@") || strings.HasPrefix(chunk, "#"):
		n := 1 + len(chunk[1:]) - len(strings.TrimLeftFunc(chunk[1:], isHandleRune))
		if n == 1 {
			return Span{}, false
		}
		return Span{start, start + n}, true
	default:
		at := strings.IndexByte(chunk, '@')
		if at <= 0 || !isEmail(chunk[:at], strings.TrimRight(chunk[at+1:], ".,;:!?)]}'\"“”«")) {
			return Span{}, false
		}
	}
	chunk = strings.TrimRight(chunk, ".,;:!?)]}'\"“”«")
	if len(chunk) < 4 {
		return Span{}, false
	}
	return Span{start, start + len(chunk)}, true
}

func isHandleRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }

// isEmail checks the local part and domain of an e-mail address loosely.
func isEmail(local, domain string) bool {
	for _, r := range local {
		if !isHandleRune(r) && !strings.ContainsRune(".%+-", r) {
			return false
		}
	}
	labels := strings.Split(domain, ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" || strings.IndexFunc(l, func(r rune) bool { return !isHandleRune(r) && r != '-' }) >= 0 {
			return false
		}
	}
	return true
}

// tokenize turns text into tokens: UAX#29 segments, with hyphenated compounds,
// ellipses and links joined into one token each.
func tokenize(text string) []Token {
	segs := splitSegments(text)
	links := linkSpans(text)
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
		toks = append(toks, Token{Span: sg.Span, Kind: classify(text[sg.Start:sg.End]), SpaceBefore: space, NewlineBefore: newline})
		space, newline = false, false
	}
	toks = joinTokens(text, toks)
	for i := range toks {
		if toks[i].Kind == Word {
			toks[i].Shape = wordShape(text[toks[i].Start:toks[i].End])
		}
	}
	return toks
}

// joinTokens merges hyphenated compounds ("Twitter-Daten", "E-Mail", "90-Jährige"),
// truncated compound parts before a conjunction ("Ein- und Ausgang") and runs of
// full stops ("...") in place.
func joinTokens(text string, toks []Token) []Token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch {
		case t.Kind == Word || t.Kind == Number:
			for i+2 < len(toks) && isHyphenToken(text, toks[i+1]) && !toks[i+1].SpaceBefore &&
				!toks[i+2].SpaceBefore && (toks[i+2].Kind == Word || toks[i+2].Kind == Number) {
				t.End = toks[i+2].End
				t.Kind = Word
				i += 2
			}
			if t.Kind == Word && i+2 < len(toks) && isHyphenToken(text, toks[i+1]) && !toks[i+1].SpaceBefore &&
				toks[i+2].SpaceBefore && isCompoundConjunction(text[toks[i+2].Start:toks[i+2].End]) {
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

func isHyphenToken(text string, t Token) bool {
	r, n := utf8.DecodeRuneInString(text[t.Start:t.End])
	return n == t.Len() && IsHyphen(r)
}

func isCompoundConjunction(w string) bool {
	switch w {
	case "und", "oder", "bzw", "sowie", "als", "bis":
		return true
	}
	return false
}
