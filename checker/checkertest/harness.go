package checkertest

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/mtcheck/mtcheck/checker"
)

// Case is one example of a rule, the way its documentation and its tests
// state it: a text with {{…}} marks where the rule must report a finding
// (marks naming another rule, {{…|other-rule}}, are ignored), and
// optionally what the findings must suggest and say.
//
// A case without marks is a good example: the rule must stay silent on it.
//
// A case with a Source checks a translation against its original, as one
// segment (checker.Segment): Text is the marked translation and Source the
// original, which may carry marks of its own where the findings must point
// in it (their SourceRef), in order.
type Case struct {
	// Text is the marked text.
	Text string
	// Source, when not empty, is the original Text translates.
	Source string
	// Suggest, when not nil, holds the suggestions expected for each mark of
	// the rule, in order; an empty list expects none.
	Suggest [][]string
	// Message, when not empty, must occur in every finding's message.
	Message string
	// Variant, when not empty, is the language variant the case is checked
	// as (the engine's, derived with Engine.WithVariant); "" keeps the
	// engine's own.
	Variant checker.Variant
}

// Fix is a case with one mark and the suggestions expected for it (none
// when suggestions is empty).
func Fix(text string, suggestions ...string) Case {
	if suggestions == nil {
		suggestions = []string{}
	}
	return Case{Text: text, Suggest: [][]string{suggestions}}
}

// Examples returns the bad and the good examples of a rule as cases; the
// examples of a bilingual rule ("original ||| translation") become cases
// with a Source.
func Examples(r checker.Rule) (bad, good []Case) {
	for _, ex := range r.Bad {
		bad = append(bad, Example(r, ex))
	}
	for _, ex := range r.Good {
		good = append(good, Example(r, ex))
	}
	return bad, good
}

// Example returns one example of rule r as a case; a variant tag at its
// start ("[de-CH] …", checker.ExampleVariant) becomes the case's Variant.
func Example(r checker.Rule, ex string) Case {
	v, ex := checker.ExampleVariant(ex)
	if r.Bilingual {
		if source, target, ok := checker.SplitBilingual(ex); ok {
			return Case{Text: target, Source: source, Variant: v}
		}
	}
	return Case{Text: ex, Variant: v}
}

// Problems checks one case of the rule with the given ID on eng (an engine
// that runs the rule) and describes every way the findings differ from the
// case, or returns nil. A finding counts for the rule when it is the rule's
// or lists the rule in Also (the engine merged it with another rule's).
// mustFlag says the case is a bad example, which needs at least one mark.
func Problems(eng *checker.Engine, ruleID string, c Case, mustFlag bool) []string {
	text, marks, err := checker.ParseMarked(c.Text)
	if err != nil {
		return []string{err.Error()}
	}
	var want []checker.Span
	for _, m := range marks {
		if m.Rule == "" || m.Rule == ruleID {
			want = append(want, m.Span)
		}
	}
	if mustFlag && len(want) == 0 {
		return []string{"has no {{…}} mark for this rule"}
	}
	if c.Variant != "" {
		if eng, err = eng.WithVariant(c.Variant); err != nil {
			return []string{err.Error()}
		}
	}
	res, wantSource, err := check(eng, text, c.Source)
	if err != nil {
		return []string{err.Error()}
	}
	var got []checker.Finding
	for _, f := range res.Findings {
		if f.Rule == ruleID || slices.Contains(f.Also, ruleID) {
			got = append(got, f)
		}
	}
	var problems []string
	if spans := spansOf(got); !slices.Equal(want, spans) {
		problems = append(problems, describeSpans(text, want, spans, len(marks) == 0))
		return problems
	}
	for i, f := range got {
		if c.Suggest != nil && i < len(c.Suggest) && !slices.Equal(c.Suggest[i], f.Suggestions) {
			problems = append(problems, fmt.Sprintf("%q: suggestions %q, want %q", f.Text, f.Suggestions, c.Suggest[i]))
		}
		if c.Message != "" && !strings.Contains(f.Message, c.Message) {
			problems = append(problems, fmt.Sprintf("%q: message %q does not say %q", f.Text, f.Message, c.Message))
		}
		if strings.TrimSpace(f.Message) == "" {
			problems = append(problems, fmt.Sprintf("%q: empty message", f.Text))
		}
	}
	if len(wantSource) > 0 {
		var gotSource []checker.Span
		for _, f := range got {
			if f.SourceRef != nil {
				gotSource = append(gotSource, checker.Span{Start: f.SourceStart, End: f.SourceEnd})
			}
		}
		if !slices.Equal(wantSource, gotSource) {
			src, _, _ := checker.ParseMarked(c.Source)
			problems = append(problems, "in the original: "+describeSpans(src, wantSource, gotSource, false))
		}
	}
	if c.Suggest != nil && len(c.Suggest) != len(got) {
		problems = append(problems, fmt.Sprintf("suggestions given for %d marks, the rule reported %d findings", len(c.Suggest), len(got)))
	}
	return problems
}

// check checks text, as the translation of source when source is not
// empty, and returns the spans marked in source.
func check(eng *checker.Engine, text, source string) (*checker.Result, []checker.Span, error) {
	if source == "" {
		res, err := eng.CheckText(text)
		return res, nil, err
	}
	plain, marks, err := checker.ParseMarked(source)
	if err != nil {
		return nil, nil, fmt.Errorf("original: %v", err)
	}
	var spans []checker.Span
	for _, m := range marks {
		spans = append(spans, m.Span)
	}
	tsrc, err := checker.TextSource(text)
	if err != nil {
		return nil, nil, err
	}
	osrc, err := checker.TextSource(plain)
	if err != nil {
		return nil, nil, err
	}
	res, err := eng.CheckSource(context.Background(), checker.Segment(tsrc, osrc))
	return res, spans, err
}

func spansOf(fs []checker.Finding) []checker.Span {
	var out []checker.Span
	for _, f := range fs {
		out = append(out, f.Span)
	}
	return out
}

// describeSpans says how the flagged spans differ from the marked ones.
func describeSpans(text string, want, got []checker.Span, good bool) string {
	quote := func(ss []checker.Span) string {
		var parts []string
		for _, s := range ss {
			parts = append(parts, fmt.Sprintf("%q@%d", text[s.Start:s.End], s.Start))
		}
		return strings.Join(parts, ", ")
	}
	switch {
	case len(got) == 0:
		return fmt.Sprintf("expected %s to be flagged, but nothing is", quote(want))
	case good:
		return fmt.Sprintf("a good example, but %s is flagged", quote(got))
	}
	return fmt.Sprintf("expected %s to be flagged, but %s is", quote(want), quote(got))
}

// Engine returns an engine that runs only rule, enabled even when it is experimental.
func Engine(rule checker.Rule) (*checker.Engine, error) {
	return checker.NewEngine([]checker.Rule{rule}, checker.Config{Enable: map[string]bool{rule.ID: true}})
}

// Run checks cases of rule, each as a subtest: cases with marks must be
// flagged exactly there (with the expected suggestions and message), cases
// without marks not at all. Run(t, rule) checks the rule's own examples.
func Run(t *testing.T, rule checker.Rule, cases ...Case) {
	t.Helper()
	eng, err := Engine(rule)
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) == 0 {
		bad, good := Examples(rule)
		run(t, eng, rule.ID, "bad", bad, true)
		run(t, eng, rule.ID, "good", good, false)
		return
	}
	run(t, eng, rule.ID, "case", cases, false)
}

func run(t *testing.T, eng *checker.Engine, ruleID, kind string, cases []Case, mustFlag bool) {
	t.Helper()
	for i, c := range cases {
		t.Run(fmt.Sprintf("%s/%d", kind, i), func(t *testing.T) {
			for _, p := range Problems(eng, ruleID, c, mustFlag) {
				tag := ""
				if c.Variant != "" {
					tag = "[" + string(c.Variant) + "] "
				}
				if c.Source != "" {
					t.Errorf("%s\n  example: %s%s%s%s", p, tag, c.Source, checker.BilingualSeparator, c.Text)
				} else {
					t.Errorf("%s\n  example: %s%s", p, tag, c.Text)
				}
			}
		})
	}
}
