package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/mtcheck/mtcheck/checker"
)

// annotatedText is LanguageTool's "data" parameter: a document as a list of
// text and markup parts,
//
//	{"annotation": [{"text": "Ein "}, {"markup": "<b>"}, {"text": "Test"},
//	                {"markup": "</b>"}, {"markup": "<p>", "interpretAs": "\n\n"}]}
//
// Text parts are checked; markup parts are not, and stand for their
// interpretAs (nothing when it is absent). Offsets in the answer refer to
// the original document: every part's text or markup, concatenated.
type annotatedText struct {
	Annotation []annotationPart `json:"annotation"`
}

type annotationPart struct {
	Text        *string `json:"text"`
	Markup      *string `json:"markup"`
	InterpretAs *string `json:"interpretAs"`
}

// errBadData is the start of every message about an unusable "data" parameter.
var errBadData = errors.New("invalid 'data' parameter")

// parseAnnotated reads the "data" parameter into the source the engine
// checks. As in LanguageTool, each part has either "text" or "markup"
// (with an optional "interpretAs"); other keys are ignored.
func parseAnnotated(data string) (*checker.Source, error) {
	if !utf8.ValidString(data) {
		return nil, fmt.Errorf("%w: %v", errBadData, checker.ValidateUTF8(data))
	}
	var at annotatedText
	if err := json.Unmarshal([]byte(data), &at); err != nil {
		return nil, fmt.Errorf("%w: not the JSON object {\"annotation\": [...]}: %v", errBadData, err)
	}
	if at.Annotation == nil {
		return nil, fmt.Errorf("%w: no 'annotation' list", errBadData)
	}
	var b checker.MapBuilder
	var input strings.Builder
	for i, p := range at.Annotation {
		switch {
		case p.Text != nil && p.Markup != nil:
			return nil, fmt.Errorf("%w: annotation[%d] has both 'text' and 'markup'; give one of them", errBadData, i)
		case p.Text != nil:
			b.Text(*p.Text, input.Len())
			input.WriteString(*p.Text)
		case p.Markup != nil:
			interpretAs := ""
			if p.InterpretAs != nil {
				interpretAs = *p.InterpretAs
			}
			pos := input.Len()
			input.WriteString(*p.Markup)
			b.Markup(checker.Span{Start: pos, End: input.Len()}, interpretAs)
		default:
			return nil, fmt.Errorf("%w: annotation[%d] has neither 'text' nor 'markup'", errBadData, i)
		}
	}
	in := input.String()
	text, m := b.Finish(len(in))
	src := &checker.Source{Text: text, Input: in, Map: m, Extracted: true}
	return src.Normalize(), nil
}
