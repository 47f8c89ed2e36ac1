package markup

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/mtcheck/mtcheck/checker"
)

// XLIFF reads an XLIFF 1.2 or 2.0 file (a translation job exchanged between
// translation tools) into the translation it holds, with its original
// attached: the source's Text is the target text of every translation unit,
// Original is the source text of the same units, and Pairs pair them unit by
// unit, each with the unit's id, state and notes (checker.Unit). The file is
// one document; every unit is a paragraph of its own (units are separated by
// a blank line on both sides), so that a finding points at its unit and the
// whole job gets one score.
//
// Units are <trans-unit> in XLIFF 1.2 (the state of its <target>) and
// <unit> in 2.0 (its <segment> and <ignorable> elements joined in order, the
// state of its first segment); units with translate="no", <alt-trans>,
// <seg-source>, <bin-unit>, <originalData> and other metadata are skipped.
// Inline elements insert nothing, as in HTML: their content is kept (<g>,
// <mrk>, <pc>) or, where it is native code, skipped (<ph>, <bpt>, <ept>,
// <it> of 1.2); empty ones (<x/>, <bx/>, <ex/>, <ph/>, <sc/>, <ec/>, <sm/>,
// <em/>) stand for nothing and <cp hex="…"/> for its character. Entities,
// character references and CDATA sections map back to their bytes, so that
// offsets, lines and columns of findings count in the XLIFF file. The file
// must be UTF-8 (as XML without an encoding declaration is); a file that is
// not well-formed XML or holds no unit is an error.
func XLIFF(raw string) (*checker.Source, error) {
	if err := checker.ValidateUTF8(raw); err != nil {
		return nil, err
	}
	x := &xliffReader{raw: raw, dec: xml.NewDecoder(strings.NewReader(raw)),
		target: newUnitWriter(raw), source: newUnitWriter(raw)}
	x.dec.Strict = true
	x.dec.CharsetReader = func(label string, r io.Reader) (io.Reader, error) {
		if l := strings.ToLower(label); l == "utf-8" || l == "utf8" || l == "us-ascii" {
			return r, nil
		}
		return nil, fmt.Errorf("encoding %q is not supported (XLIFF files must be UTF-8)", label)
	}
	if err := x.run(); err != nil {
		return nil, err
	}
	if !x.sawRoot {
		return nil, errors.New("not an XLIFF file: the root element is not <xliff>")
	}
	if len(x.pairs) == 0 {
		return nil, errors.New("XLIFF file has no translation unit")
	}
	ttext, tmap, _ := x.target.w.finish()
	stext, smap, _ := x.source.w.finish()
	orig := &checker.Source{Text: stext, Input: raw, Map: smap, Extracted: true, Layout: checker.LayoutBlocks}
	src := &checker.Source{Text: ttext, Input: raw, Map: tmap, Extracted: true, Layout: checker.LayoutBlocks,
		Original: orig, Pairs: x.pairs}
	return src.Normalize(), nil
}

// unitWriter writes the text of one side of the units, one paragraph each.
type unitWriter struct {
	w     *writer
	start int // text offset where the current unit's text starts, or -1
}

func newUnitWriter(raw string) *unitWriter { return &unitWriter{w: newWriter(raw), start: -1} }

// begin starts a unit: a paragraph of its own.
func (u *unitWriter) begin() {
	u.w.paragraph()
	u.start = -1
}

// text appends text copied from the input at offset at.
func (u *unitWriter) text(s string, at int) {
	if s == "" || at < u.w.b.InputOffset() {
		return
	}
	u.w.flush(at)
	if u.start < 0 {
		u.start = u.w.b.Len()
	}
	u.w.b.Text(s, at)
}

// replace appends s for the markup of span (an entity, a <cp/>).
func (u *unitWriter) replace(span checker.Span, s string) {
	if s == "" || span.Start < u.w.b.InputOffset() {
		return
	}
	u.w.flush(span.Start)
	if u.start < 0 {
		u.start = u.w.b.Len()
	}
	u.w.b.Markup(span, s)
}

// end returns the span of the unit's text (empty when it has none).
func (u *unitWriter) end() checker.Span {
	if u.start < 0 {
		n := u.w.b.Len()
		return checker.Span{Start: n, End: n}
	}
	return checker.Span{Start: u.start, End: u.w.b.Len()}
}

// xliffReader walks an XLIFF file token by token.
type xliffReader struct {
	raw            string
	dec            *xml.Decoder
	target, source *unitWriter
	pairs          []checker.SegmentPair
	sawRoot        bool
	version2       bool

	// the unit being read
	inUnit bool
	unit   *checker.Unit
	// side is the writer of the <source> or <target> being read, or nil.
	side *unitWriter
	// stateSet says the unit's state was taken (2.0: from its first segment).
	stateSet bool
}

// The elements of a unit whose content is native code or metadata: skipped
// with everything inside.
var xliffSkipped = map[string]bool{
	"alt-trans": true, "seg-source": true, "bin-unit": true, "originalData": true, "context-group": true,
	"count-group": true, "prop-group": true, "metadata": true, "header": true, "matches": true, "glossary": true,
	"changeTrack": true, "validation": true, "res": true,
}

// xliffCode are the inline elements of XLIFF 1.2 whose content is native
// code, not text.
var xliffCode = map[string]bool{"ph": true, "bpt": true, "ept": true, "it": true}

// xliffUnit reports whether an element is a translation unit.
func xliffUnit(name string) bool { return name == "trans-unit" || name == "unit" }

func (x *xliffReader) run() error {
	for {
		before := int(x.dec.InputOffset())
		tok, err := x.dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return xliffError(err, x.raw, before)
		}
		after := int(x.dec.InputOffset())
		switch t := tok.(type) {
		case xml.StartElement:
			if err := x.start(t, before, after); err != nil {
				return err
			}
		case xml.EndElement:
			x.end(t.Name.Local)
		case xml.CharData:
			if x.side != nil {
				x.charData(string(t), before, after)
			}
		}
	}
}

// xliffError describes a syntax error of the XML with its byte offset.
func xliffError(err error, raw string, at int) error {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return &checker.InputError{Offset: lineOffset(raw, se.Line), Msg: "malformed XLIFF: " + se.Msg}
	}
	return &checker.InputError{Offset: at, Msg: "malformed XLIFF: " + err.Error()}
}

// lineOffset returns the byte offset of the start of line n (from 1).
func lineOffset(raw string, n int) int {
	off := 0
	for line := 1; line < n; line++ {
		i := strings.IndexByte(raw[off:], '\n')
		if i < 0 {
			return off
		}
		off += i + 1
	}
	return off
}

func attr(t xml.StartElement, name string) (string, bool) {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return a.Value, true
		}
	}
	return "", false
}

func (x *xliffReader) start(t xml.StartElement, before, after int) error {
	name := t.Name.Local
	if !x.sawRoot {
		if name != "xliff" {
			return errors.New("not an XLIFF file: the root element is not <xliff>")
		}
		x.sawRoot = true
		v, _ := attr(t, "version")
		x.version2 = strings.HasPrefix(v, "2")
		return nil
	}
	switch {
	case xliffSkipped[name] || name == "note" && !x.inUnit:
		return x.skip()
	case !x.inUnit && xliffUnit(name):
		if v, _ := attr(t, "translate"); v == "no" {
			return x.skip()
		}
		id, _ := attr(t, "id")
		x.inUnit, x.unit, x.stateSet = true, &checker.Unit{ID: id}, false
		x.target.begin()
		x.source.begin()
	case !x.inUnit:
		// file, body, group, …: containers.
	case x.side == nil && name == "source":
		x.side = x.source
	case x.side == nil && name == "target":
		x.side = x.target
		if s, ok := attr(t, "state"); ok && !x.stateSet {
			x.unit.State, x.stateSet = s, true
		}
	case x.side == nil && name == "segment":
		if s, ok := attr(t, "state"); ok && !x.stateSet {
			x.unit.State, x.stateSet = s, true
		}
	case x.side == nil && name == "note":
		note, err := x.text()
		if err != nil {
			return err
		}
		if note = strings.TrimSpace(note); note != "" {
			x.unit.Notes = append(x.unit.Notes, note)
		}
	case x.side == nil:
		// notes, ignorable and other containers of a unit.
	case name == "cp":
		if r, ok := codePoint(t); ok {
			x.side.replace(checker.Span{Start: before, End: after}, string(r))
		}
	case !x.version2 && xliffCode[name]:
		return x.skip()
	}
	return nil
}

func (x *xliffReader) end(name string) {
	switch {
	case x.side != nil && (name == "source" || name == "target"):
		x.side = nil
	case x.inUnit && x.side == nil && xliffUnit(name):
		x.pairs = append(x.pairs, checker.SegmentPair{Target: x.target.end(), Source: x.source.end(), Unit: x.unit})
		x.inUnit, x.unit = false, nil
	}
}

// skip skips the content of the element just started, up to its end.
func (x *xliffReader) skip() error {
	before := int(x.dec.InputOffset())
	if err := x.dec.Skip(); err != nil {
		return xliffError(err, x.raw, before)
	}
	return nil
}

// text reads the text content of the element just started (a note), up to
// its end.
func (x *xliffReader) text() (string, error) {
	var b strings.Builder
	for depth := 1; depth > 0; {
		before := int(x.dec.InputOffset())
		tok, err := x.dec.Token()
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return "", xliffError(err, x.raw, before)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		case xml.CharData:
			b.Write(t)
		}
	}
	return b.String(), nil
}

// codePoint returns the character of an XLIFF 2.0 <cp hex="…"/>.
func codePoint(t xml.StartElement) (rune, bool) {
	h, ok := attr(t, "hex")
	if !ok {
		return 0, false
	}
	v, err := strconv.ParseUint(h, 16, 32)
	if err != nil || !utf8.ValidRune(rune(v)) {
		return 0, false
	}
	return rune(v), true
}

// charData appends the character data decoded from the input's bytes
// [start, end): text as it is, entities, character references, CDATA
// markers and carriage returns as what they stand for.
func (x *xliffReader) charData(decoded string, start, end int) {
	raw := x.raw[start:end]
	if raw == decoded {
		x.side.text(raw, start)
		return
	}
	var got strings.Builder
	type piece struct {
		span checker.Span
		text string
		copy bool
	}
	var ps []piece
	add := func(p piece) { ps = append(ps, p); got.WriteString(p.text) }
	for i := 0; i < len(raw); {
		switch {
		case strings.HasPrefix(raw[i:], "<![CDATA["):
			closeAt := strings.Index(raw[i+9:], "]]>")
			if closeAt < 0 {
				closeAt = len(raw) - i - 9
			}
			add(piece{span: checker.Span{Start: start + i, End: start + i + 9}})
			add(piece{span: checker.Span{Start: start + i + 9, End: start + i + 9 + closeAt}, text: raw[i+9 : i+9+closeAt], copy: true})
			i += 9 + closeAt + min(3, len(raw)-(i+9+closeAt))
			add(piece{span: checker.Span{Start: start + i - 3, End: start + i}})
		case raw[i] == '&':
			semi := strings.IndexByte(raw[i:], ';')
			if semi < 0 {
				semi = len(raw) - i - 1
			}
			add(piece{span: checker.Span{Start: start + i, End: start + i + semi + 1}, text: xmlEntity(raw[i+1 : i+semi])})
			i += semi + 1
		case raw[i] == '\r':
			n := 1
			if i+1 < len(raw) && raw[i+1] == '\n' {
				n = 2
			}
			add(piece{span: checker.Span{Start: start + i, End: start + i + n}, text: "\n"})
			i += n
		default:
			j := i
			for j < len(raw) && raw[j] != '&' && raw[j] != '\r' && !strings.HasPrefix(raw[j:], "<![CDATA[") {
				j++
			}
			add(piece{span: checker.Span{Start: start + i, End: start + j}, text: raw[i:j], copy: true})
			i = j
		}
	}
	if got.String() != decoded {
		// Not what the decoder read: the whole run stands for its text.
		x.side.replace(checker.Span{Start: start, End: end}, decoded)
		return
	}
	for _, p := range ps {
		switch {
		case p.copy:
			x.side.text(p.text, p.span.Start)
		case p.text != "":
			x.side.replace(p.span, p.text)
		}
	}
}

// xmlEntity decodes the entity or character reference whose name is name
// (between & and ;).
func xmlEntity(name string) string {
	switch name {
	case "lt":
		return "<"
	case "gt":
		return ">"
	case "amp":
		return "&"
	case "quot":
		return "\""
	case "apos":
		return "'"
	}
	if strings.HasPrefix(name, "#") {
		var v uint64
		var err error
		if strings.HasPrefix(name, "#x") || strings.HasPrefix(name, "#X") {
			v, err = strconv.ParseUint(name[2:], 16, 32)
		} else {
			v, err = strconv.ParseUint(name[1:], 10, 32)
		}
		if err == nil && utf8.ValidRune(rune(v)) {
			return string(rune(v))
		}
	}
	return ""
}

// IsXLIFF reports whether the first bytes of a document (after an optional
// byte order mark, the XML declaration, comments and processing
// instructions) open an <xliff> root element.
func IsXLIFF(head []byte) bool {
	s := strings.TrimPrefix(string(head), "\uFEFF")
	for {
		s = strings.TrimLeft(s, " \t\r\n")
		switch {
		case strings.HasPrefix(s, "<?"):
			i := strings.Index(s, "?>")
			if i < 0 {
				return false
			}
			s = s[i+2:]
		case strings.HasPrefix(s, "<!--"):
			i := strings.Index(s[4:], "-->")
			if i < 0 {
				return false
			}
			s = s[4+i+3:]
		default:
			if !strings.HasPrefix(s, "<") {
				return false
			}
			name := s[1:]
			if i := strings.IndexAny(name, " \t\r\n/>"); i >= 0 {
				name = name[:i]
			}
			if c := strings.IndexByte(name, ':'); c >= 0 {
				name = name[c+1:]
			}
			return name == "xliff"
		}
	}
}
