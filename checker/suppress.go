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
	name       string
	from, to   int // global paragraph indices [from, to); to is openEnd while a Disable waits for its Enable
	used       bool
	knownName  bool
	hasReason  bool
	enableOnly bool
	// at is the finding a fault of the directive is reported as, located
	// when the directive was read.
	at Finding
}

// openEnd is the end of a Disable scope whose Enable has not come (yet).
const openEnd = int(^uint(0) >> 1)

// suppressor applies the inline suppressions of a document, which may come
// in several windows: directives are added as their paragraphs are read,
// findings are filtered by the scopes known so far, and the faults of the
// directives are reported once the scopes are complete.
type suppressor struct {
	e      *Engine
	scopes []*scope
	open   map[string]*scope
	byName map[string][]*scope
}

func newSuppressor(e *Engine) *suppressor {
	return &suppressor{e: e, open: map[string]*scope{}, byName: map[string][]*scope{}}
}

// add registers the directives of d, whose paragraphs are the document's
// from paraBase on; place locates a directive's span for the report.
func (sp *suppressor) add(d *Doc, paraBase int, place func(Span) Finding) {
	for _, dir := range d.Directives {
		next := paraBase + d.nextParagraph(dir.End)
		at := place(dir.Span)
		for _, name := range dir.Rules {
			sc := &scope{name: name, from: next, to: next + 1, knownName: sp.e.known[name],
				hasReason: dir.Reason != "", at: at}
			switch dir.Kind {
			case Disable:
				sc.to = openEnd
				sp.open[name] = sc
			case Enable:
				if o, ok := sp.open[name]; ok {
					o.to = next
					delete(sp.open, name)
					continue
				}
				sc.to, sc.hasReason, sc.enableOnly = next, true, true
			}
			sp.scopes = append(sp.scopes, sc)
			if !sc.enableOnly {
				sp.byName[name] = append(sp.byName[name], sc)
			}
		}
	}
}

// filter drops the findings the scopes silence; their Paragraph is global.
func (sp *suppressor) filter(fs []Finding) []Finding {
	if len(sp.byName) == 0 {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		silenced := false
		for _, name := range [2]string{f.Rule, sp.e.packOf[f.Rule]} {
			for _, s := range sp.byName[name] {
				if name != "" && f.Paragraph >= s.from && f.Paragraph < s.to {
					s.used, silenced = true, true
				}
			}
		}
		if !silenced {
			out = append(out, f)
		}
	}
	return out
}

// faults returns the findings of faulty directives: a missing reason, an
// unknown rule, an Enable without Disable, a suppression that silenced
// nothing. paragraphs is the number of paragraphs of the whole document,
// which ends the scopes still open.
func (sp *suppressor) faults(paragraphs int) []Finding {
	var out []Finding
	for _, s := range sp.scopes {
		var msg string
		switch {
		case !s.knownName:
			msg = fmt.Sprintf("Unterdrückung nennt die unbekannte Regel „%s“.", s.name)
		case s.enableOnly:
			msg = fmt.Sprintf("„mtcheck-enable %s“ beendet keine Unterdrückung.", s.name)
		case !s.hasReason:
			msg = fmt.Sprintf("Unterdrückung von „%s“ ohne Begründung: nach „%s:“ den Grund angeben.", s.name, s.name)
		case !s.used && sp.e.enabled[s.name]:
			msg = fmt.Sprintf("Unterdrückung von „%s“ ist wirkungslos: die Regel meldet hier nichts.", s.name)
		default:
			continue
		}
		f := s.at
		f.Message = msg
		f.Paragraph = min(s.from, paragraphs-1)
		out = append(out, f)
	}
	return out
}

// directiveFinding is the finding of the suppression rule at a directive's
// span of d (its message is set by faults).
func directiveFinding(d *Doc, span Span) Finding {
	f := Finding{Rule: suppressionRule.ID, Category: suppressionRule.Category, Severity: suppressionRule.Severity,
		DocSpan: span, Suggestions: []string{}}
	locate(d, &f)
	return f
}

// nextParagraph returns the index of the first paragraph starting at or after offset.
func (d *Doc) nextParagraph(offset int) int {
	return sort.Search(len(d.Paragraphs), func(i int) bool { return d.Paragraphs[i].Start >= offset })
}
