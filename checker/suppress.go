package checker

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// DirectiveKind says what an inline suppression does.
type DirectiveKind uint8

// Directive kinds.
const (
	// DisableNextParagraph silences rules for the paragraph after the directive.
	DisableNextParagraph DirectiveKind = iota + 1
	// Disable silences rules from the directive to the end of the document or a matching Enable.
	Disable
	// Enable ends an earlier Disable.
	Enable
)

// Directive is an inline suppression in the checked text, a paragraph of its own:
//
//	<!-- mtcheck-disable rule-id[, rule-id …]: reason -->
//	<!-- mtcheck-enable rule-id[, …] -->
//	<!-- mtcheck-disable-next-paragraph rule-id[, …]: reason -->
//	mtcheck-disable-next-paragraph rule-id[, …]: reason
//
// The comment form suits Markdown and HTML; the bare form suits plain text. A
// rule may be named by its ID or by its pack's name. Directive paragraphs are
// not part of the text model: they have no tokens and no words.
type Directive struct {
	Span
	Kind   DirectiveKind
	Rules  []string
	Reason string
}

var directivePattern = regexp.MustCompile(
	`^(?:<!--\s*)?mtcheck-(disable-next-paragraph|disable|enable)(?:\s+([^:]*?))?\s*(?::\s*(.*?))?\s*(?:-->)?$`)

// parseDirective recognises a directive paragraph.
func parseDirective(text string, span Span) (Directive, bool) {
	s := text[span.Start:span.End]
	if !strings.Contains(s, "mtcheck-") || strings.Contains(s, "\n") {
		return Directive{}, false
	}
	m := directivePattern.FindStringSubmatch(s)
	if m == nil || strings.HasPrefix(s, "<!--") != strings.HasSuffix(s, "-->") {
		return Directive{}, false
	}
	d := Directive{Span: span, Reason: strings.TrimSpace(m[3])}
	switch m[1] {
	case "disable-next-paragraph":
		d.Kind = DisableNextParagraph
	case "disable":
		d.Kind = Disable
	default:
		d.Kind = Enable
	}
	d.Rules = strings.FieldsFunc(m[2], func(r rune) bool { return r == ',' || r == ' ' || r == '\t' })
	return d, true
}

// suppressionRule is the engine's own rule for problems with directives:
// a missing reason, an unknown rule name, or a suppression that silenced nothing.
var suppressionRule = Rule{
	ID:       "suppression",
	Title:    "Faulty inline suppression",
	Category: "markup/suppression",
	Severity: Minor,
	Message:  "Unterdrückung ohne Wirkung.",
	Doc: `Reports inline suppressions (mtcheck-disable…) that have no reason, name an unknown rule, ` +
		`or silence nothing. A suppression must say why, and a stale one hides future problems.`,
}

// SuppressionRule returns the engine's built-in rule that reports faulty
// suppressions, for listings and documentation.
func SuppressionRule() Rule { return suppressionRule }

// scope is one (directive, rule name) pair and the paragraphs it covers.
type scope struct {
	dir        int
	name       string
	from, to   int // paragraph indices [from, to)
	used       bool
	knownName  bool
	hasReason  bool
	enableOnly bool
}

// applySuppressions drops the findings that directives silence and returns
// them together with findings for faulty directives.
func (e *Engine) applySuppressions(d *Doc, fs []Finding) []Finding {
	if len(d.Directives) == 0 {
		return fs
	}
	known := e.known
	var scopes []*scope
	open := map[string]*scope{}
	for di, dir := range d.Directives {
		next := d.nextParagraph(dir.End)
		for _, name := range dir.Rules {
			switch dir.Kind {
			case DisableNextParagraph:
				scopes = append(scopes, &scope{dir: di, name: name, from: next, to: next + 1,
					knownName: known[name], hasReason: dir.Reason != ""})
			case Disable:
				s := &scope{dir: di, name: name, from: next, to: len(d.Paragraphs),
					knownName: known[name], hasReason: dir.Reason != ""}
				scopes = append(scopes, s)
				open[name] = s
			case Enable:
				if s, ok := open[name]; ok {
					s.to = next
					delete(open, name)
				} else {
					scopes = append(scopes, &scope{dir: di, name: name, from: next, to: next,
						knownName: known[name], hasReason: true, enableOnly: true})
				}
			}
		}
	}
	byName := map[string][]*scope{}
	for _, s := range scopes {
		if !s.enableOnly {
			byName[s.name] = append(byName[s.name], s)
		}
	}
	out := fs[:0]
	for _, f := range fs {
		silenced := false
		for _, name := range [2]string{f.Rule, e.packOf[f.Rule]} {
			for _, s := range byName[name] {
				if name != "" && f.Paragraph >= s.from && f.Paragraph < s.to {
					s.used, silenced = true, true
				}
			}
		}
		if !silenced {
			out = append(out, f)
		}
	}
	for _, s := range scopes {
		dir := d.Directives[s.dir]
		var msg string
		switch {
		case !s.knownName:
			msg = fmt.Sprintf("Unterdrückung nennt die unbekannte Regel „%s“.", s.name)
		case s.enableOnly:
			msg = fmt.Sprintf("„mtcheck-enable %s“ beendet keine Unterdrückung.", s.name)
		case !s.hasReason:
			msg = fmt.Sprintf("Unterdrückung von „%s“ ohne Begründung: nach „%s:“ den Grund angeben.", s.name, s.name)
		case !s.used && e.enabled[s.name]:
			msg = fmt.Sprintf("Unterdrückung von „%s“ ist wirkungslos: die Regel meldet hier nichts.", s.name)
		default:
			continue
		}
		para := s.from
		if para >= len(d.Paragraphs) {
			para = len(d.Paragraphs) - 1
		}
		out = append(out, Finding{
			Rule: suppressionRule.ID, Category: suppressionRule.Category, Severity: suppressionRule.Severity,
			Message: msg, DocSpan: dir.Span, Paragraph: para, Suggestions: []string{},
		})
	}
	return out
}

// nextParagraph returns the index of the first paragraph starting at or after offset.
func (d *Doc) nextParagraph(offset int) int {
	return sort.Search(len(d.Paragraphs), func(i int) bool { return d.Paragraphs[i].Start >= offset })
}
