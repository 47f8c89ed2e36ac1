package checker

import (
	"fmt"
	"iter"
	"regexp"
	"strings"
	"unicode/utf8"
)

// Severity is the weight class of a finding, after MQM.
type Severity uint8

// Severities. The zero value is invalid so that a forgotten severity is caught.
const (
	Minor Severity = iota + 1
	Major
	Critical
)

// Weight returns the MQM penalty weight: minor 1, major 5, critical 25.
func (s Severity) Weight() int {
	switch s {
	case Minor:
		return 1
	case Major:
		return 5
	case Critical:
		return 25
	}
	return 0
}

func (s Severity) String() string {
	switch s {
	case Minor:
		return "minor"
	case Major:
		return "major"
	case Critical:
		return "critical"
	}
	return "invalid"
}

// ParseSeverity parses "minor", "major" or "critical".
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "minor":
		return Minor, nil
	case "major":
		return Major, nil
	case "critical":
		return Critical, nil
	}
	return 0, fmt.Errorf("unknown severity %q (want minor, major or critical)", s)
}

// MarshalText implements encoding.TextMarshaler.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// Rule is one check. Rules are values: the engine runs each rule's Check once per
// document, in registry order, and the rule reports findings through its Pass.
type Rule struct {
	// ID is a stable kebab-case name, e.g. "duplicate-reporting-verb".
	ID string
	// Title names the rule in one line, in English: a few words, no final
	// period, at most MaxTitleLen characters ("Two reporting clauses for one
	// quotation"). Listings, SARIF and the LanguageTool API show it.
	Title string
	// Category is an MQM-style "family/kind", e.g. "fluency/duplicate-verb".
	Category string
	// Severity is the default severity of the rule's findings.
	Severity Severity
	// Message is the default German message shown to editors.
	Message string
	// Doc explains in English what the rule catches and why it is a translation artifact.
	Doc string
	// Bad examples must be flagged exactly at their {{…}} spans; Good examples
	// must not be flagged at all. They are the rule's tests. An example that
	// starts with a variant tag ("[de-CH] ", see ExampleVariant) is checked
	// as text of that variant, the others as the default variant.
	Bad, Good []string
	// Pack names the rule pack a data-defined rule comes from ("" for rules written in Go),
	// so that configuration can switch a whole pack on or off.
	Pack string
	// Experimental rules are off unless enabled by configuration.
	Experimental bool
	// Bilingual rules compare a translation with its original
	// (Doc.Original): the engine runs them only for documents that have
	// one. Each of their examples is the original and the translation,
	// separated by BilingualSeparator ("The minister did not come. |||
	// Der Minister kam."); the {{…}} marks of the translation are where
	// findings must be, and marks in the original, when it has any, where
	// the findings must point in it (their SourceRef), in order.
	Bilingual bool
	// Check inspects the document and reports findings.
	Check func(*Pass)

	// configured says the configuration set Severity, which then beats the
	// severities of the rule's diagnostics.
	configured bool
}

// splitExample splits an example of the rule into original and
// translation: for a rule that is not bilingual the original is empty and
// the translation is the whole example.
func (r *Rule) splitExample(ex string) (source, target string, ok bool) {
	_, ex = ExampleVariant(ex)
	if !r.Bilingual {
		return "", ex, true
	}
	return SplitBilingual(ex)
}

// MaxTitleLen is the longest a rule's title may be, in characters.
const MaxTitleLen = 60

// ValidTitle reports what is wrong with a rule title, or "".
func ValidTitle(t string) string {
	switch n := utf8.RuneCountInString(t); {
	case strings.TrimSpace(t) == "":
		return "title is empty"
	case n > MaxTitleLen:
		return fmt.Sprintf("title %q is %d characters long, more than %d", t, n, MaxTitleLen)
	case strings.TrimSpace(t) != t || strings.ContainsAny(t, "\n\t"):
		return fmt.Sprintf("title %q has white space at its ends or a line break", t)
	case strings.HasSuffix(t, "."):
		return fmt.Sprintf("title %q ends with a period", t)
	}
	return ""
}

var (
	ruleIDPattern   = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)
	categoryPattern = regexp.MustCompile(`^(accuracy|fluency|style|locale|markup)/[a-z]+(-[a-z]+)*$`)
)

// ValidRuleID reports whether id is a kebab-case rule ID.
func ValidRuleID(id string) bool { return ruleIDPattern.MatchString(id) }

// ValidCategory reports whether c is an MQM-style "family/kind" with a known family
// (accuracy, fluency, style, locale, markup).
func ValidCategory(c string) bool { return categoryPattern.MatchString(c) }

// Validate reports what is missing or malformed in a rule definition.
func (r *Rule) Validate() error {
	var problems []string
	if !ValidRuleID(r.ID) {
		problems = append(problems, fmt.Sprintf("ID %q is not kebab-case", r.ID))
	}
	if !ValidCategory(r.Category) {
		problems = append(problems, fmt.Sprintf("category %q is not family/kind with a known family", r.Category))
	}
	if r.Severity.Weight() == 0 {
		problems = append(problems, "severity is not set")
	}
	if p := ValidTitle(r.Title); p != "" {
		problems = append(problems, p)
	}
	if strings.TrimSpace(r.Message) == "" {
		problems = append(problems, "message is empty")
	}
	if strings.TrimSpace(r.Doc) == "" {
		problems = append(problems, "doc is empty")
	}
	if len(r.Bad) == 0 || len(r.Good) == 0 {
		problems = append(problems, "needs at least one bad and one good example")
	}
	for _, ex := range r.Bad {
		source, target, ok := r.splitExample(ex)
		if !ok {
			problems = append(problems, fmt.Sprintf("bad example %q of a bilingual rule has no %q between original and translation", ex, BilingualSeparator))
			continue
		}
		if _, _, err := ParseMarked(source); err != nil {
			problems = append(problems, fmt.Sprintf("bad example %q: original: %v", ex, err))
		}
		if _, marks, err := ParseMarked(target); err != nil {
			problems = append(problems, fmt.Sprintf("bad example %q: %v", ex, err))
		} else if len(marks) == 0 {
			problems = append(problems, fmt.Sprintf("bad example %q has no {{…}} mark", ex))
		}
	}
	for _, ex := range r.Good {
		source, target, ok := r.splitExample(ex)
		if !ok {
			problems = append(problems, fmt.Sprintf("good example %q of a bilingual rule has no %q between original and translation", ex, BilingualSeparator))
			continue
		}
		_, smarks, serr := ParseMarked(source)
		if _, marks, err := ParseMarked(target); err != nil || serr != nil || len(marks)+len(smarks) > 0 {
			problems = append(problems, fmt.Sprintf("good example %q must not contain {{…}} marks", ex))
		}
	}
	if r.Check == nil {
		problems = append(problems, "check function is nil")
	}
	if len(problems) > 0 {
		return fmt.Errorf("rule %q: %s", r.ID, strings.Join(problems, "; "))
	}
	return nil
}

// Finding is one problem found in a document.
type Finding struct {
	Rule     string   `json:"rule"`
	Category string   `json:"category"`
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`
	// Span is the finding's byte range in the input as given (the original
	// file's bytes, before decoding, normalisation or markup extraction).
	Span
	// Position is the line and column of the span's start in the input.
	Position
	// Paragraph is the index of the paragraph that contains the finding's start.
	Paragraph int `json:"paragraph"`
	// Text is the text of the finding: the input's bytes of Span for plain
	// UTF-8 input, the analysed text for extracted or decoded input.
	Text        string   `json:"text"`
	Suggestions []string `json:"suggestions"`
	// About names the words or names the finding is about, for the accept list.
	About []string `json:"about,omitempty"`
	// Related are other places the finding refers to, such as the first
	// occurrence of a repeated paragraph.
	Related []Related `json:"related,omitempty"`
	// Also lists the other rules that flagged the same problem: the same
	// span, or leftovers merged into this block.
	Also []string `json:"also,omitempty"`
	// SourceRef, for a finding that refers to the document's original (a
	// number of the original missing in the translation, an untranslated
	// copy), says where in the original: written as "source_start",
	// "source_end" and "source_text" beside the finding's own fields. Nil
	// for the findings of monolingual rules.
	*SourceRef

	// DocSpan is the finding's span in the analysed text (Doc.Text).
	DocSpan Span `json:"-"`
}

// Related is another place a finding refers to, with a message saying how.
type Related struct {
	// Span is the place in the input, as Finding.Span.
	Span
	// Position is the line and column of its start in the input.
	Position
	Message string `json:"message"`
	// DocSpan is the span in the analysed text (Doc.Text).
	DocSpan Span `json:"-"`
	// outside marks a place outside the analysed text (an earlier window of
	// a streamed document), located already.
	outside bool
}

// RelatedSpan is a related place as a rule reports it: a span of Doc.Text
// and a message, or a place located already (At, as ParagraphMemory gives it).
type RelatedSpan struct {
	Span
	Message string
	At      *Related
}

// Diagnostic is what a rule reports: a span of Doc.Text, a German message
// ("" for the rule's default), replacements for the span's text, and the
// words or names the finding is about.
type Diagnostic struct {
	Span
	Message     string
	Suggestions []string
	// About names what the finding is about when that is a word or name: the
	// name after an honorific, an untranslated word or phrase, a capitalised
	// or glued token. The accept list drops a finding only when one of these
	// is on it; findings about a construction (word order, duplicates,
	// leftovers, truncation) leave About empty and are never dropped by it.
	About []string
	// Related are other places of Doc.Text the finding refers to.
	Related []RelatedSpan
	// SourceSpan, when not nil, is the span of the original
	// (Doc.Original.Text) the finding refers to; only a document with an
	// original can have it.
	SourceSpan *Span
	// Severity, when not zero, is the severity of this finding where it
	// depends on the size of the problem (a translation a third shorter
	// than expected is minor, half as long major); zero is the rule's.
	// A severity the configuration sets for the rule beats it.
	Severity Severity
}

// Pass is what a rule sees while checking one document.
type Pass struct {
	Doc  *Doc
	Rule *Rule
	run  *run
}

// Report records a finding about a construction at span. An empty message
// uses the rule's default message. Suggestions are replacements for the
// span's text.
func (p *Pass) Report(span Span, message string, suggestions ...string) {
	p.run.report(p.Rule, Diagnostic{Span: span, Message: message, Suggestions: suggestions})
}

// ReportDiagnostic records a finding described in full.
func (p *Pass) ReportDiagnostic(d Diagnostic) { p.run.report(p.Rule, d) }

// Variant returns the variety of German the document is checked as (the
// engine's Config.Variant): DeDE, DeAT or DeCH, never "". Only rules whose
// findings depend on the variant ask it.
func (p *Pass) Variant() Variant { return p.run.variant }

// Stopped reports whether the check's time is up or it was cancelled. Rules
// that walk the document by hand ask it at least once per sentence and
// return when it is true; Paragraphs and Sentences do it for them.
func (p *Pass) Stopped() bool { return p.run.stopped() }

// Paragraphs yields the document's paragraphs with their indices, stopping
// early when the check is stopped.
func (p *Pass) Paragraphs() iter.Seq2[int, Paragraph] {
	return func(yield func(int, Paragraph) bool) {
		for i, para := range p.Doc.Paragraphs {
			if p.Stopped() || !yield(i, para) {
				return
			}
		}
	}
}

// Tokens yields the indices of the document's tokens, stopping early (at
// the start of a sentence) when the check is stopped.
func (p *Pass) Tokens() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range p.Doc.Tokens {
			if p.Doc.Tokens[i].SentenceStart && p.Stopped() || !yield(i) {
				return
			}
		}
	}
}

// Sentences yields the document's sentences with their indices, stopping
// early when the check is stopped.
func (p *Pass) Sentences() iter.Seq2[int, Sentence] {
	return func(yield func(int, Sentence) bool) {
		for i, s := range p.Doc.Sentences {
			if p.Stopped() || !yield(i, s) {
				return
			}
		}
	}
}

// SharedOf is a per-document result that several rules use, such as a
// clause analysis: computed once per check, on first use, and shared by every
// rule of that check (like ResultOf in golang.org/x/tools/go/analysis).
// Declare one per kind of result, as a package-level value; it holds no
// state of its own.
type SharedOf[T any] struct {
	compute func(*Pass) T
}

// NewShared returns the shared result that compute computes from the pass's
// document. compute asks Pass.Stopped between sentences and may return a
// partial result once it is true; the engine then abandons the check.
func NewShared[T any](compute func(*Pass) T) *SharedOf[T] {
	return &SharedOf[T]{compute: compute}
}

// Get returns the result for the pass's document, computing it on first use.
func (s *SharedOf[T]) Get(p *Pass) T {
	if v, ok := p.run.shared[s]; ok {
		return v.(T)
	}
	v := s.compute(p)
	p.run.shared[s] = v
	return v
}
