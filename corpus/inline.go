package corpus

import (
	"errors"
	"fmt"

	"github.com/mtcheck/mtcheck/checker"
)

// ParseInline reads an inline-annotated text: every {{…}} marks text that some
// rule must flag, every {{…|rule-id}} text that the named rule must flag, and
// all unmarked text must stay clean. The marks are stripped; the document's
// offsets refer to the stripped text and its Position maps them back.
func ParseInline(path, src string) (*Document, error) {
	if err := checker.ValidateUTF8(src); err != nil {
		return nil, utf8Error(path, src, err)
	}
	text, marks, err := checker.ParseMarked(src)
	if err != nil {
		at := markErrorOffset(src)
		line := 0
		if at >= 0 {
			line = checker.NewLineIndex(src).Position(at).Line
		}
		return nil, loadErrorf(path, line, "%v", err)
	}
	d := &Document{ID: path, Path: path, Kind: Annotated, Text: text, Line: 1, source: src, marks: marks}
	for i, m := range marks {
		d.Expected = append(d.Expected, Expectation{
			Span: m.Span, ID: fmt.Sprintf("M%d", i+1), Rule: m.Rule, Level: Must,
		})
		d.Expected[i].Line = d.Position(m.Start).Line
	}
	return d, nil
}

// markErrorOffset returns the offset of the first malformed mark of src, or -1:
// a }} without {{, a {{ inside a mark, an unclosed {{, or an empty mark.
func markErrorOffset(src string) int {
	open := -1
	for i := 0; i+1 < len(src); i++ {
		switch src[i : i+2] {
		case "{{":
			if open >= 0 {
				return i
			}
			open = i
			i++
		case "}}":
			if open < 0 {
				return i
			}
			if _, _, err := checker.ParseMarked(src[open : i+2]); err != nil {
				return open // empty mark
			}
			open = -1
			i++
		}
	}
	return open
}

// utf8Error turns a checker.InputError into a checker.FileError with the line.
func utf8Error(path, src string, err error) error {
	var ie *checker.InputError
	if errors.As(err, &ie) && ie.Offset >= 0 {
		return loadErrorf(path, checker.NewLineIndex(src).Position(ie.Offset).Line, "%s", ie.Msg)
	}
	return loadErrorf(path, 0, "%v", err)
}
