package checker

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
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
	// Category is an MQM-style "family/kind", e.g. "fluency/duplicate-verb".
	Category string
	// Severity is the default severity of the rule's findings.
	Severity Severity
	// Message is the default German message shown to editors.
	Message string
	// Doc explains in English what the rule catches and why it is a translation artifact.
	Doc string
	// Bad examples must be flagged exactly at their {{…}} spans; Good examples
	// must not be flagged at all. They are the rule's tests.
	Bad, Good []string
	// Pack names the rule pack a data-defined rule comes from ("" for rules written in Go),
	// so that configuration can switch a whole pack on or off.
	Pack string
	// Experimental rules are off unless enabled by configuration.
	Experimental bool
	// Check inspects the document and reports findings.
	Check func(*Pass)
}

// Summary returns the first sentence of the rule's doc, for one-line listings.
func (r *Rule) Summary() string {
	doc := strings.Join(strings.Fields(r.Doc), " ")
	for i := 0; i+2 < len(doc); i++ {
		if doc[i] != '.' || doc[i+1] != ' ' || !unicode.IsUpper(rune(doc[i+2])) {
			continue
		}
		word := doc[strings.LastIndexAny(doc[:i], " \"(“„")+1 : i]
		if len(word) <= 3 && word != "" && unicode.IsUpper(rune(word[0])) {
			continue // "Mr. Musk", "Dr. Meier"
		}
		return doc[:i+1]
	}
	return doc
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
		if _, marks, err := ParseMarked(ex); err != nil {
			problems = append(problems, fmt.Sprintf("bad example %q: %v", ex, err))
		} else if len(marks) == 0 {
			problems = append(problems, fmt.Sprintf("bad example %q has no {{…}} mark", ex))
		}
	}
	for _, ex := range r.Good {
		if _, marks, err := ParseMarked(ex); err != nil || len(marks) > 0 {
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
	Span
	Position
	// Paragraph is the index of the paragraph that contains the finding's start.
	Paragraph int `json:"paragraph"`
	// Text is the document text of the span.
	Text        string   `json:"text"`
	Suggestions []string `json:"suggestions"`
}

// Pass is what a rule sees while checking one document.
type Pass struct {
	Doc  *Doc
	Rule *Rule
	run  *run
}

// Report records a finding at span. An empty message uses the rule's default
// message. Suggestions are replacements for the span's text.
func (p *Pass) Report(span Span, message string, suggestions ...string) {
	if message == "" {
		message = p.Rule.Message
	}
	p.run.report(p.Rule, span, message, suggestions)
}

// Shared returns a per-document value computed once by compute and shared by
// every rule of this check (clause analysis, lexicon tags). Keys should be
// unexported types of the package that owns the value.
func (p *Pass) Shared(key any, compute func(*Doc) any) any {
	if v, ok := p.run.shared[key]; ok {
		return v
	}
	v := compute(p.Doc)
	p.run.shared[key] = v
	return v
}
