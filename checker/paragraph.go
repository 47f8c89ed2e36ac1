package checker

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Paragraph is a block of text between blank lines, or one bullet line.
type Paragraph struct {
	Span
	// FirstSentence and EndSentence delimit the paragraph's sentences in Doc.Sentences (end exclusive).
	FirstSentence, EndSentence int
	// FirstToken and EndToken delimit its tokens in Doc.Tokens (end exclusive).
	FirstToken, EndToken int
	// Words counts word-like tokens (words, numbers, URLs).
	Words int
	// Headline marks a short single-line paragraph without closing punctuation:
	// titles, datelines, captions, labels.
	Headline bool
	// Bullet marks a list item ("•", "-", "*" or "–" followed by a space).
	Bullet bool
}

// headlineMaxWords is the longest paragraph that can be headline-like.
const headlineMaxWords = 15

// splitParagraphs returns the spans of the paragraphs of text: runs of
// non-blank lines, where each bullet line is a paragraph of its own. Spans
// exclude surrounding white space. In the one-paragraph-per-line layout every
// line is a paragraph; text extracted from markup (LayoutBlocks) has its
// paragraphs marked by blank lines only, with no bullet lines.
func splitParagraphs(text string, layout Layout) (spans []Span, bullets []bool) {
	if layout == LayoutAuto {
		layout = DetectLayout(text[:min(len(text), layoutSample)], len(text) <= layoutSample)
	}
	blocks, perLine := layout == LayoutBlocks, layout == LayoutLines
	cur := Span{-1, -1}
	flush := func(bullet bool) {
		if cur.Start >= 0 {
			spans = append(spans, cur)
			bullets = append(bullets, bullet)
		}
		cur = Span{-1, -1}
	}
	curBullet := false
	for pos := 0; pos < len(text); {
		end := strings.IndexByte(text[pos:], '\n')
		next := len(text)
		if end < 0 {
			end = len(text)
		} else {
			end += pos
			next = end + 1
		}
		s, e := trimSpace(text, pos, end)
		switch {
		case s == e: // blank line
			flush(curBullet)
		case !blocks && isBulletLine(text[s:e]):
			flush(curBullet)
			cur, curBullet = Span{s, e}, true
			flush(true)
			curBullet = false
		default:
			if perLine {
				flush(curBullet)
			}
			if cur.Start < 0 {
				cur.Start = s
			}
			cur.End = e
		}
		pos = next
	}
	flush(curBullet)
	return spans, bullets
}

// layoutSample is how much of a text lineParagraphs looks at.
const layoutSample = 64 << 10

// lineParagraphsOf reports whether a text whose first bytes are sample (the
// whole text when whole is set) puts one paragraph on each line with no blank
// lines between them, as many CMS exports and copied web pages do: its first
// 64 KiB have at least three lines, no blank line, and most lines end like a
// sentence. Hard-wrapped prose breaks lines inside sentences and so keeps
// blank-line paragraphs.
func lineParagraphsOf(sample string, whole bool) bool {
	sample = sample[:min(len(sample), layoutSample)]
	if i := strings.LastIndexByte(sample, '\n'); i >= 0 && !whole {
		sample = sample[:i] // only whole lines
	}
	lines, ends := 0, 0
	for line := range strings.Lines(strings.TrimSpace(sample)) {
		s, e := trimSpace(line, 0, len(line))
		if s == e {
			return false // a blank line: paragraphs are separated by blank lines
		}
		lines++
		if endsLikeSentence(line[s:e]) {
			ends++
		}
	}
	return lines >= 3 && ends*2 > lines
}

// endsLikeSentence reports whether a line ends with sentence punctuation,
// looking through closing quotation marks and brackets.
func endsLikeSentence(line string) bool {
	for line != "" {
		r, n := utf8.DecodeLastRuneInString(line)
		switch {
		case strings.ContainsRune(".!?…:", r):
			return true
		case IsClosingMark(line[len(line)-n:]):
			line = line[:len(line)-n]
		default:
			return false
		}
	}
	return false
}

// trimSpace returns the bounds of text[start:end] without leading and trailing white space.
func trimSpace(text string, start, end int) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !isSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !isSpace(r) {
			break
		}
		end -= n
	}
	return start, end
}

// isBulletLine reports whether a trimmed line starts with a list marker and a space.
func isBulletLine(line string) bool {
	r, n := utf8.DecodeRuneInString(line)
	if !strings.ContainsRune("•-*–·▪◦‣", r) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(line[n:])
	return unicode.IsSpace(next)
}

// isHeadlineLike reports whether a paragraph looks like a title or label:
// one line, at most headlineMaxWords words, not ending in punctuation that closes
// or continues a sentence (closing quotes and brackets are looked through).
func isHeadlineLike(d *Doc, p *Paragraph) bool {
	if p.Bullet || p.Words == 0 || p.Words > headlineMaxWords ||
		strings.ContainsRune(d.Text[p.Start:p.End], '\n') {
		return false
	}
	for i := p.EndToken - 1; i >= p.FirstToken; i-- {
		t := d.Tokens[i]
		s := d.Text[t.Start:t.End]
		if IsClosingMark(s) {
			continue
		}
		return t.Kind != Punct || !strings.ContainsAny(s, ".!?…:,;")
	}
	return false
}
