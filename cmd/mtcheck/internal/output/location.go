package output

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/mtcheck/mtcheck/checker"
)

// extent is where a span of the input is, in every unit the formats use.
// Lines and columns are 1-based, columns count Unicode code points and end
// exclusive (EndColumn is the column after the last character); character
// offsets count code points from the start of the input, a byte order mark
// not counted. Unknown values are 0, CharOffset -1.
type extent struct {
	StartLine, StartColumn, EndLine, EndColumn int
	ByteOffset, ByteLength                     int
	CharOffset, CharLength                     int
}

// extentOf locates a span of r's input that starts at pos; the end and the
// character offsets need r.Doc.
func extentOf(r *Record, sp checker.Span, pos checker.Position) extent {
	e := extent{StartLine: pos.Line, StartColumn: pos.Column, ByteOffset: sp.Start, ByteLength: sp.Len(),
		CharOffset: -1}
	if r.Doc == nil || r.Doc.Lines == nil {
		return e
	}
	end := r.Doc.Lines.Position(sp.End)
	e.EndLine, e.EndColumn = end.Line, end.Column
	e.CharOffset = r.Doc.Lines.CharOffset(sp.Start)
	e.CharLength = r.Doc.Lines.CharOffset(sp.End) - e.CharOffset
	return e
}

// exactInput reports whether replacing a span of r's input by a suggestion
// is exact: the input is plain UTF-8 text (possibly normalised to NFC), not
// text extracted from markup or decoded from another encoding, where the
// input's bytes of a span may hold tags or another encoding.
func exactInput(r *Record) bool {
	return r.Doc != nil && r.Doc.Source != nil && !r.Doc.Source.Extracted
}

// relPath returns path relative to wd, with forward slashes, and whether it
// is relative (false for a path outside wd, returned absolute).
func relPath(path, wd string) (string, bool) {
	if wd == "" {
		return filepath.ToSlash(path), !filepath.IsAbs(path)
	}
	abs := path
	if !filepath.IsAbs(abs) {
		abs = filepath.Join(wd, abs)
	}
	rel, err := filepath.Rel(wd, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return filepath.ToSlash(abs), false
	}
	return filepath.ToSlash(rel), true
}

// artifactURI returns the URI of a file for SARIF: relative to wd when the
// file is inside it (and relative is true), else an absolute file: URI.
// Every path segment is percent-encoded, colons included, so that a
// relative reference never reads as a scheme.
func artifactURI(path, wd string) (uri string, relative bool) {
	p, rel := relPath(path, wd)
	if rel {
		return escapePath(p, false), true
	}
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive: file:///C:/…
	}
	return "file://" + escapePath(p, true), false
}

// dirURI returns the file: URI of a directory, ending with a slash.
func dirURI(dir string) string {
	p := filepath.ToSlash(dir)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	if !strings.HasSuffix(p, "/") {
		p += "/"
	}
	return "file://" + escapePath(p, true)
}

// escapePath percent-encodes the segments of a slash-separated path; a
// drive letter ("C:") keeps its colon in absolute paths.
func escapePath(p string, abs bool) string {
	segs := strings.Split(p, "/")
	for i, s := range segs {
		if abs && i == 1 && len(s) == 2 && s[1] == ':' {
			continue
		}
		segs[i] = strings.ReplaceAll(url.PathEscape(s), ":", "%3A")
	}
	return strings.Join(segs, "/")
}

// fingerprints computes the partial fingerprints of a record's findings:
// stable across runs and across edits elsewhere in the document, because
// they hash the rule, the finding's text and the text of its paragraph
// (white space collapsed), not its line or offset. The k-th finding with the
// same hash in a record gets ":k" appended.
type fingerprints struct{ seen map[string]int }

func (fp *fingerprints) reset() { clear(fp.seen) }

func (fp *fingerprints) of(r *Record, f *checker.Finding) string {
	if fp.seen == nil {
		fp.seen = map[string]int{}
	}
	h := sha256.New()
	h.Write([]byte(f.Rule))
	h.Write([]byte{0})
	h.Write([]byte(collapse(f.Text)))
	h.Write([]byte{0})
	if para := paragraphText(r, f.Paragraph); para != "" {
		h.Write([]byte(collapse(para)))
	} else {
		h.Write([]byte(f.Message))
	}
	sum := hex.EncodeToString(h.Sum(nil))[:32]
	fp.seen[sum]++
	return sum + ":" + strconv.Itoa(fp.seen[sum])
}

// paragraphText returns the analysed text of paragraph i of r, or "".
func paragraphText(r *Record, i int) string {
	if r.Doc == nil || i < 0 || i >= len(r.Paragraphs) {
		return ""
	}
	sp := r.Paragraphs[i].DocSpan
	if sp.Start < 0 || sp.End > len(r.Doc.Text) || sp.Start > sp.End {
		return ""
	}
	return r.Doc.Text[sp.Start:sp.End]
}

// collapse joins the words of s with single spaces.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }
