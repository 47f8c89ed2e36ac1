package checker

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/segment"
)

// The tokenizer cuts a paragraph into UAX#29 word-boundary segments, as
// github.com/blevesearch/segment does, and then joins hyphenated compounds,
// ellipses and links into one token each.
//
// Most paragraphs of German text consist of characters whose word-break
// properties are simple: Latin letters, digits, white space and common
// punctuation. For those the tokenizer segments the text itself, in one
// pass (the fast path, fastParagraph); a paragraph with any other character
// (an emoji, a combining mark, a format character, another script) is
// handed to the segmenter (slowParagraph). Both give the same tokens, which
// TestTokenizerMatchesReference and FuzzTokenizer check against the
// segmenter on every character the fast path accepts.

// wbClass is the UAX#29 word-break class of a character, as far as the fast
// path of the tokenizer knows it (Unicode 8.0, the version of the segmenter).
type wbClass uint8

const (
	wbUnknown      wbClass = iota // not handled by the fast path
	wbSpace                       // white space (isSpace): between runs, never part of a segment
	wbOther                       // a segment of its own: punctuation, symbols
	wbLetter                      // ALetter
	wbDigit                       // Numeric
	wbExtendNumLet                // "_": joins letters and digits
	wbMidLetter                   // ":" "·" "‧": joins two letters
	wbMidNum                      // "," ";": joins two digits
	wbMidNumLet                   // "." "'" "‘" "’" "․": joins two letters or two digits
)

// latinLimit bounds the characters classified by table (Basic Latin to Latin Extended-B).
const latinLimit = 0x250

// latinClasses holds the class of every character below latinLimit.
var latinClasses = func() (t [latinLimit]wbClass) {
	for r := rune(0); r < latinLimit; r++ {
		switch {
		case r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r' || r == ' ' || r == '\u0085' || r == '\u00A0':
			t[r] = wbSpace
		case r < 0x20 || 0x7F <= r && r < 0xA0 || r == '\u00AD': // controls; the soft hyphen is a format character
			t[r] = wbUnknown
		case 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r >= 0xA0 && unicode.IsLetter(r):
			t[r] = wbLetter
		case '0' <= r && r <= '9':
			t[r] = wbDigit
		case r == '_':
			t[r] = wbExtendNumLet
		case r == ':' || r == '\u00B7':
			t[r] = wbMidLetter
		case r == ',' || r == ';':
			t[r] = wbMidNum
		case r == '.' || r == '\'':
			t[r] = wbMidNumLet
		default:
			t[r] = wbOther
		}
	}
	return t
}()

// classOfRune returns the word-break class of r for the fast path.
func classOfRune(r rune) wbClass {
	if r < latinLimit {
		return latinClasses[r]
	}
	switch {
	case r == '\u2018' || r == '\u2019' || r == '\u2024':
		return wbMidNumLet
	case r == '\u2027':
		return wbMidLetter
	case r >= '\u2000' && r <= '\u200A' || r == '\u2028' || r == '\u2029' || r == '\u205F' || r == '\u3000':
		return wbSpace
	case r >= '\u2010' && r <= '\u2026' || r >= '\u2030' && r <= '\u203E' ||
		r == '€' || r == '™' || r == '−' || r == '□' || r == '■' || r == '●' || r == '►' || r == '▶' || r == '★':
		return wbOther
	}
	return wbUnknown
}

// classAt returns the class of the character at text[i] and its length in bytes.
func classAt(text string, i int) (wbClass, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return latinClasses[c], 1
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	return classOfRune(r), n
}

// isWordClass reports whether a character of class c starts or continues a word segment.
func isWordClass(c wbClass) bool { return c == wbLetter || c == wbDigit || c == wbExtendNumLet }

// joinsAcross reports whether the middle character mid joins the characters
// of classes prev and next around it into one segment (UAX#29 WB6, WB7,
// WB11, WB12).
func joinsAcross(prev, mid, next wbClass) bool {
	switch {
	case prev != next:
		return false
	case prev == wbLetter:
		return mid == wbMidLetter || mid == wbMidNumLet
	case prev == wbDigit:
		return mid == wbMidNum || mid == wbMidNumLet
	}
	return false
}

// rawSegment is one UAX#29 segment with its byte span.
type rawSegment struct {
	Span
	space bool
}

// tokenizer turns the paragraphs of one document into tokens. It keeps
// scratch space between paragraphs and, through tokenizerPool, between
// documents; nothing of it is shared with a Doc.
type tokenizer struct {
	text string
	toks []Token
	// space and newline say whether white space, and a line break in it,
	// precede the next token.
	space, newline bool
	// joinable is false when the paragraph has neither a hyphen nor two
	// full stops in a row, so that joinTokens would join nothing.
	joinable bool
	// links are the links of the current paragraph found so far, in text
	// order; links[li] is the first that may still hold a segment.
	links []Span
	li    int
	// runSegs are the segments of a run of the fast path; segs and buf are
	// the slow path's segments and the paragraph's bytes.
	runSegs []Span
	segs    []rawSegment
	buf     []byte
	// forms interns token texts (byteForms those of one ASCII character, by
	// the character, plus one); shapes caches the shape of each form.
	forms     []Form
	formIDs   map[string]int32
	byteForms [utf8.RuneSelf]int32
	shapes    []Shape
	// sentences is splitSentences' scratch space.
	sentences [][2]int
}

// shapeUnset marks a form whose shape is not computed yet.
const shapeUnset Shape = 255

// maxPooledForms bounds the form table a pooled tokenizer keeps: clearing a
// map costs its capacity, which one huge document should not leave behind.
const maxPooledForms = 1 << 14

var tokenizerPool = sync.Pool{New: func() any { return &tokenizer{formIDs: map[string]int32{}} }}

// newTokenizer returns a tokenizer for text, from the pool. Its tokens go
// to a new slice, sized for the usual five or more bytes of German text per
// token, which the document keeps.
func newTokenizer(text string) *tokenizer {
	tz := tokenizerPool.Get().(*tokenizer)
	tz.text = text
	tz.toks = make([]Token, 0, len(text)/5+16)
	return tz
}

// release returns the tokenizer to the pool.
func (tz *tokenizer) release() {
	if len(tz.formIDs) > maxPooledForms {
		return
	}
	clear(tz.formIDs)
	clear(tz.byteForms[:])
	tz.sentences = tz.sentences[:0]
	tz.text, tz.toks, tz.links, tz.segs, tz.forms, tz.shapes =
		"", nil, tz.links[:0], tz.segs[:0], tz.forms[:0], tz.shapes[:0]
	tokenizerPool.Put(tz)
}

// paragraph appends the tokens of the paragraph at span ps to tz.toks.
func (tz *tokenizer) paragraph(ps Span) {
	first := len(tz.toks)
	if !tz.fastParagraph(ps) {
		tz.toks = tz.toks[:first]
		tz.slowParagraph(ps)
	}
	if tz.joinable {
		tz.toks = tz.toks[:first+len(joinTokens(tz.text, tz.toks[first:]))]
	}
	for i := first; i < len(tz.toks); i++ {
		t := &tz.toks[i]
		t.Form = tz.intern(tz.text[t.Start:t.End])
		if t.Kind == Word {
			t.Shape = tz.shape(t.Form)
		}
	}
}

// intern returns the form of the token text s, adding it to the table when it is new.
func (tz *tokenizer) intern(s string) int32 {
	if len(s) == 1 && s[0] < utf8.RuneSelf {
		// Punctuation, mostly: a table by byte saves hashing.
		if id := tz.byteForms[s[0]]; id > 0 {
			return id - 1
		}
		id := tz.addForm(s)
		tz.byteForms[s[0]] = id + 1
		return id
	}
	if id, ok := tz.formIDs[s]; ok {
		return id
	}
	id := tz.addForm(s)
	tz.formIDs[s] = id
	return id
}

// addForm adds the token text s to the forms and returns its form.
func (tz *tokenizer) addForm(s string) int32 {
	id := int32(len(tz.forms))
	tz.forms = append(tz.forms, Form{Text: s, Lower: strings.ToLower(s)})
	tz.shapes = append(tz.shapes, shapeUnset)
	return id
}

// shape returns the word shape of form id, computing it on first use.
func (tz *tokenizer) shape(id int32) Shape {
	if tz.shapes[id] == shapeUnset {
		tz.shapes[id] = wordShape(tz.forms[id].Text)
	}
	return tz.shapes[id]
}

// reset prepares the token state for a new paragraph.
func (tz *tokenizer) reset() {
	tz.space, tz.newline, tz.joinable = true, false, false
	tz.links, tz.li = tz.links[:0], 0
}

// fastParagraph tokenizes the paragraph at ps by the fast path and reports
// whether it could: false when the paragraph has a character the fast path
// does not handle, leaving tz.toks with garbage after the paragraph's start.
func (tz *tokenizer) fastParagraph(ps Span) bool {
	tz.reset()
	text := tz.text
	for i := ps.Start; i < ps.End; {
		c, n := classAt(text, i)
		switch c {
		case wbUnknown:
			return false
		case wbSpace:
			tz.space = true
			if b := text[i]; b == '\n' || b == '\r' || n == 3 && (text[i:i+3] == "\u2028" || text[i:i+3] == "\u2029") {
				tz.newline = true
			}
			i += n
			continue
		}
		// A run of non-space characters: its segments, then its link.
		end, linkChars, ok := tz.segmentRun(i, ps.End)
		if !ok {
			return false
		}
		if linkChars {
			if l, ok := linkIn(text, i, end); ok {
				tz.links = append(tz.links, l)
			}
		}
		for _, sg := range tz.runSegs {
			tz.segment(sg)
		}
		i = end
	}
	return true
}

// segmentRun cuts the run of non-space characters that starts at text[start]
// and ends before limit or the next white space into UAX#29 segments, which
// it leaves in tz.runSegs. It returns the run's end and whether the run has
// a character a link needs (: @ # .); ok is false when the run has a
// character the fast path does not handle. Hyphens and two full stops in a
// row make the paragraph joinable.
func (tz *tokenizer) segmentRun(start, limit int) (end int, linkChars, ok bool) {
	text := tz.text
	tz.runSegs = tz.runSegs[:0]
	// A word segment runs from word to the character before i; prev is the
	// class of its last word character, and mid, when >= 0, the position of
	// a character after it that may join it to a next word character.
	word, mid := -1, -1
	var prev, midClass wbClass
	i := start
	for i < limit {
		c, n := classAt(text, i)
		if c == wbUnknown {
			return 0, false, false
		}
		if c == wbSpace {
			break
		}
		switch b := text[i]; {
		case b == ':' || b == '@' || b == '#':
			linkChars = true
		case b == '.':
			linkChars = true
			tz.joinable = tz.joinable || i > start && text[i-1] == '.'
		case b == '-' || n == 3 && (text[i:i+3] == "\u2010" || text[i:i+3] == "\u2011"):
			tz.joinable = true
		}
		if word >= 0 {
			switch {
			case mid >= 0 && isWordClass(c) && joinsAcross(prev, midClass, c):
				mid = -1 // the middle character joins: the word goes on
				i += n
				continue
			case mid >= 0:
				tz.runSegs = append(tz.runSegs, Span{word, mid}, Span{mid, i})
				word, mid = -1, -1
			case isWordClass(c):
				prev = c
				i += n
				continue
			case c >= wbMidLetter:
				mid, midClass = i, c
				i += n
				continue
			default:
				tz.runSegs = append(tz.runSegs, Span{word, i})
				word = -1
			}
		}
		if isWordClass(c) {
			word, prev = i, c
		} else {
			tz.runSegs = append(tz.runSegs, Span{i, i + n})
		}
		i += n
	}
	switch {
	case mid >= 0:
		tz.runSegs = append(tz.runSegs, Span{word, mid}, Span{mid, i})
	case word >= 0:
		tz.runSegs = append(tz.runSegs, Span{word, i})
	}
	return i, linkChars, true
}

// slowParagraph tokenizes the paragraph at ps with the UAX#29 segmenter.
func (tz *tokenizer) slowParagraph(ps Span) {
	tz.reset()
	tz.joinable = true
	tz.buf = append(tz.buf[:0], tz.text[ps.Start:ps.End]...)
	tz.segs = splitSegments(tz.segs[:0], tz.buf, tz.text, ps.Start)
	tz.links = appendLinkSpans(tz.links, tz.text, ps)
	for _, sg := range tz.segs {
		if sg.space {
			tz.space = true
			tz.newline = tz.newline || strings.ContainsAny(tz.text[sg.Start:sg.End], "\n\r\u2028\u2029")
			continue
		}
		tz.segment(sg.Span)
	}
}

// segment adds the non-space segment sg as a token, or the link that starts
// at it; segments inside a link are dropped, and one that a link ends
// inside keeps its part after the link ("#A'A0": the handle stops at the
// apostrophe).
func (tz *tokenizer) segment(sg Span) {
	for tz.li < len(tz.links) && tz.links[tz.li].End <= sg.Start {
		tz.li++
	}
	if tz.li < len(tz.links) && tz.links[tz.li].Start <= sg.Start {
		tz.add(tz.links[tz.li], URL)
		tz.li++
		return
	}
	if n := len(tz.toks); n > 0 && sg.Start < tz.toks[n-1].End {
		if sg.End <= tz.toks[n-1].End {
			return
		}
		sg.Start = tz.toks[n-1].End
	}
	tz.add(sg, classify(tz.text[sg.Start:sg.End]))
}

// add appends a token with the pending white space flags and clears them.
func (tz *tokenizer) add(s Span, kind TokenKind) {
	tz.toks = append(tz.toks, Token{Span: s, Kind: kind, SpaceBefore: tz.space, NewlineBefore: tz.newline})
	tz.space, tz.newline = false, false
}

// splitSegments appends the UAX#29 word-boundary segments of the paragraph
// buf (the bytes of text from offset base) to segs, with spans into text.
// White space runs are marked; every byte belongs to exactly one segment.
func splitSegments(segs []rawSegment, buf []byte, text string, base int) []rawSegment {
	seg := segment.NewWordSegmenterDirect(buf)
	pos := base
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
	for end := base + len(buf); pos < end; {
		_, n := utf8.DecodeRuneInString(text[pos:end])
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

// appendLinkSpans appends the URLs, e-mail addresses, @handles and #hashtags
// of the paragraph at ps to spans, looking at each run of non-space
// characters, with leading opening quotes and trailing sentence punctuation
// removed.
func appendLinkSpans(spans []Span, text string, ps Span) []Span {
	for pos := ps.Start; pos < ps.End; {
		r, n := utf8.DecodeRuneInString(text[pos:ps.End])
		if isSpace(r) {
			pos += n
			continue
		}
		end := pos
		for end < ps.End {
			r2, n2 := utf8.DecodeRuneInString(text[end:ps.End])
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

// joinTokens merges hyphenated compounds ("Twitter-Daten", "E-Mail", "90-Jährige"),
// truncated compound parts before a conjunction ("Ein- und Ausgang") and runs of
// full stops ("...") in place, and returns the tokens left.
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
		case t.Len() == 1 && text[t.Start] == '.':
			for i+1 < len(toks) && !toks[i+1].SpaceBefore && toks[i+1].Len() == 1 && text[toks[i+1].Start] == '.' {
				t.End = toks[i+1].End
				i++
			}
		}
		out = append(out, t)
	}
	return out
}

// isHyphenToken reports whether t is a hyphen (IsHyphen) standing alone.
func isHyphenToken(text string, t Token) bool {
	if t.Len() == 1 {
		return text[t.Start] == '-'
	}
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
