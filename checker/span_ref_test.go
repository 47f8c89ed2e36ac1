package checker

import (
	"math/rand"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// refNewLineIndex is newLineIndex without its fast path: it indexes text in the encoding enc.
func refNewLineIndex(text string, enc Encoding) *LineIndex {
	li := &LineIndex{text: text, enc: enc}
	_, first := sniffBOM(text)
	if e, _ := sniffBOM(text); e != enc {
		first = 0
	}
	li.starts = append(li.starts, first)
	li.chars = append(li.chars, 0)
	unit := enc.unit()
	col, lineStart, chars := 1, first, 0
	for i := first; i+unit <= len(text); {
		c, n := li.codePoint(i)
		chars++
		if c == '\n' {
			li.starts = append(li.starts, i+n)
			li.chars = append(li.chars, chars)
			col, lineStart = 1, i+n
		} else {
			col++
			if i+n-lineStart >= checkEvery && (len(li.checks) == 0 || i+n-li.checks[len(li.checks)-1].offset >= checkEvery) {
				li.checks = append(li.checks, lineCheck{i + n, col})
			}
		}
		i += n
	}
	return li
}

// refPosition is Position without its fast path: it returns the line and column of a byte offset. Offsets past the end
// of the text are clamped to the end.
func (li *LineIndex) refPosition(offset int) Position {
	offset = max(0, min(offset, len(li.text)))
	line := sort.Search(len(li.starts), func(i int) bool { return li.starts[i] > offset }) - 1
	if line < 0 {
		return Position{Line: 1, Column: 1} // inside the byte order mark
	}
	from, col := li.starts[line], 1
	if k := sort.Search(len(li.checks), func(k int) bool { return li.checks[k].offset > offset }) - 1; k >= 0 && li.checks[k].offset > from {
		from, col = li.checks[k].offset, li.checks[k].column
	}
	for i := from; i < offset; {
		if i+li.enc.unit() > len(li.text) {
			break
		}
		_, n := li.codePoint(i)
		i += n
		col++
	}
	return Position{Line: line + 1, Column: col}
}

// TestLineIndexMatchesReference compares the line index with the one built
// code point by code point, on lines short and long, in every encoding.
func TestLineIndexMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	pieces := []string{"a", "ä", "\n", "\r\n", " ", "😀", "\xff", "\x00", "\uFEFF", strings.Repeat("x", 700)}
	for range 2000 {
		var b strings.Builder
		if rng.Intn(4) == 0 {
			b.WriteString("\uFEFF")
		}
		for k := rng.Intn(40); k > 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		for _, enc := range []Encoding{UTF8, UTF16LE, UTF16BE, UTF32LE, UTF32BE, Windows1252} {
			got, want := newLineIndex(b.String(), enc), refNewLineIndex(b.String(), enc)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%q in %v: line index\n%+v, want\n%+v", b.String(), enc, got, want)
			}
			for off := 0; off <= len(b.String())+1; off += 1 + rng.Intn(40) {
				if p, q := got.Position(off), got.refPosition(off); p != q {
					t.Fatalf("%q in %v: position of %d is %v, want %v", b.String(), enc, off, p, q)
				}
			}
		}
	}
}
