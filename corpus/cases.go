package corpus

import (
	"sort"

	"github.com/mtcheck/mtcheck/checker"
)

// CaseKind says why a case is listed.
type CaseKind string

// Case kinds.
const (
	// CaseMissed is a must expectation no finding covers.
	CaseMissed CaseKind = "missed"
	// CaseGap is a should expectation no finding covers.
	CaseGap CaseKind = "gap"
	// CasePending is an expectation naming a rule that does not exist yet.
	CasePending CaseKind = "pending"
	// CaseFalse is a finding that counts as a false alarm: on annotated text
	// outside every expectation, on native text anywhere, on MQM segments
	// outside every expert-marked error span.
	CaseFalse CaseKind = "false"
)

// Case is one missed expectation or false alarm, with what a rule author
// needs to find and judge it.
type Case struct {
	Kind    CaseKind `json:"kind"`
	DocKind Kind     `json:"doc_kind"`
	Doc     string   `json:"doc"`
	Path    string   `json:"path"`
	// Position is the line and column in Path (see Document.Position).
	checker.Position
	// Rule is the rule that reported the finding, or the rule the expectation names.
	Rule     string `json:"rule,omitempty"`
	Category string `json:"category,omitempty"`
	// Expectation is the ID of the expectation (TSV id or inline mark number).
	Expectation string `json:"expectation,omitempty"`
	// Message is the finding's message, or the annotation's note.
	Message string `json:"message,omitempty"`
	// Text is the text of the span; Context shows it with its surroundings.
	Text    string `json:"text"`
	Context string `json:"context"`
	// SourceText is the text of the original a finding points to, for a
	// finding of a check against the source.
	SourceText string `json:"source_text,omitempty"`

	start int
}

// expectationCase describes an expectation that was not covered.
func expectationCase(kind CaseKind, d *Document, e Expectation) Case {
	return Case{Kind: kind, DocKind: d.Kind, Doc: d.ID, Path: d.Path, Position: d.Position(e.Start),
		Rule: e.Rule, Category: e.Category, Expectation: e.ID, Message: e.Note,
		Text: d.Text[e.Start:e.End], Context: d.Context(e.Span), start: e.Start}
}

// findingCase describes a finding that counts as a false alarm.
func findingCase(d *Document, f checker.Finding) Case {
	c := Case{Kind: CaseFalse, DocKind: d.Kind, Doc: d.ID, Path: d.Path, Position: d.Position(f.Start),
		Rule: f.Rule, Category: f.Category, Message: f.Message, Text: f.Text, Context: d.Context(f.Span), start: f.Start}
	if f.SourceRef != nil {
		c.SourceText = f.SourceText
	}
	return c
}

// sortCases orders the cases of one document by offset.
func sortCases(cs []Case) {
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].start < cs[j].start })
}

// Violations returns the cases that fail a strict evaluation: missed must
// expectations, and false alarms on annotated or native text. Native text
// counts here as annotated text without marks. Gaps, pending expectations
// and findings on MQM segments never fail it.
func (f *Figures) Violations() []Case {
	var out []Case
	for _, c := range f.Cases {
		if c.Kind == CaseMissed || c.Kind == CaseFalse && c.DocKind != MQM {
			out = append(out, c)
		}
	}
	return out
}
