package checker

import (
	"fmt"
	"sort"
	"unicode/utf8"
)

// Config adjusts an engine. The zero value runs every non-experimental rule
// with its default severity and the default threshold.
type Config struct {
	// Threshold is the score a document needs to pass; 0 means DefaultThreshold.
	Threshold float64
	// Disable turns rules off by ID.
	Disable map[string]bool
	// Enable turns experimental rules on by ID.
	Enable map[string]bool
	// Severity overrides rules' default severities by ID.
	Severity map[string]Severity
	// Accept lists words and names never to flag (case-sensitive): a finding is
	// dropped when its text equals an entry or one of the tokens it covers does.
	Accept []string
}

// Engine runs a fixed, ordered set of rules over documents. It holds no mutable
// state and is safe for concurrent use.
type Engine struct {
	rules     []Rule
	threshold float64
	// known holds the IDs and pack names of every rule given to NewEngine,
	// enabled those of the rules that run; packOf maps rule IDs to pack names.
	known, enabled map[string]bool
	packOf         map[string]string
	order          map[string]int
	accept         map[string]bool
}

// NewEngine validates the rules and returns an engine that runs the enabled
// ones in the given order. Rule IDs must be unique; configuration must name
// only known rules.
func NewEngine(rules []Rule, cfg Config) (*Engine, error) {
	known := make(map[string]bool, len(rules))
	for i := range rules {
		if err := rules[i].Validate(); err != nil {
			return nil, err
		}
		if known[rules[i].ID] {
			return nil, fmt.Errorf("duplicate rule ID %q", rules[i].ID)
		}
		known[rules[i].ID] = true
	}
	for _, m := range []map[string]bool{cfg.Disable, cfg.Enable} {
		for id := range m {
			if !known[id] {
				return nil, fmt.Errorf("unknown rule %q in configuration", id)
			}
		}
	}
	e := &Engine{threshold: cfg.Threshold, known: map[string]bool{}, enabled: map[string]bool{},
		packOf: map[string]string{}, order: map[string]int{}, accept: map[string]bool{}}
	for _, w := range cfg.Accept {
		e.accept[w] = true
	}
	for _, r := range rules {
		e.known[r.ID] = true
		if r.Pack != "" {
			e.known[r.Pack] = true
			e.packOf[r.ID] = r.Pack
		}
	}
	if e.threshold == 0 {
		e.threshold = DefaultThreshold
	}
	for _, r := range rules {
		if cfg.Disable[r.ID] || r.Experimental && !cfg.Enable[r.ID] {
			continue
		}
		if s, ok := cfg.Severity[r.ID]; ok {
			if s.Weight() == 0 {
				return nil, fmt.Errorf("invalid severity override for rule %q", r.ID)
			}
			r.Severity = s
		}
		e.order[r.ID] = len(e.rules)
		e.enabled[r.ID] = true
		if r.Pack != "" {
			e.enabled[r.Pack] = true
		}
		e.rules = append(e.rules, r)
	}
	e.order[suppressionRule.ID] = len(e.rules)
	for id := range cfg.Severity {
		if !known[id] {
			return nil, fmt.Errorf("unknown rule %q in configuration", id)
		}
	}
	return e, nil
}

// Rules returns the engine's enabled rules in the order they run.
func (e *Engine) Rules() []Rule { return append([]Rule(nil), e.rules...) }

// Threshold returns the score a document needs to pass.
func (e *Engine) Threshold() float64 { return e.threshold }

// Result is the outcome of checking one document.
type Result struct {
	Doc        *Doc
	Findings   []Finding
	Paragraphs []ParagraphScore
	DocScore
}

// CheckText analyses text and checks it. It fails on invalid UTF-8 or when a rule misbehaves.
func (e *Engine) CheckText(text string) (*Result, error) {
	d, err := Analyze(text)
	if err != nil {
		return nil, err
	}
	return e.Check(d)
}

// Check runs every enabled rule over an analysed document and scores it.
// A rule that panics or reports an invalid span makes Check fail with an error
// naming the rule, rather than crash the caller.
func (e *Engine) Check(d *Doc) (res *Result, err error) {
	r := &run{doc: d, shared: map[any]any{}}
	for i := range e.rules {
		rule := &e.rules[i]
		if err := r.runRule(rule); err != nil {
			return nil, err
		}
	}
	if r.err != nil {
		return nil, r.err
	}
	findings := e.applySuppressions(d, e.dropAccepted(d, r.findings))
	sort.SliceStable(findings, func(i, j int) bool {
		a, b := findings[i], findings[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End < b.End
		}
		return e.order[a.Rule] < e.order[b.Rule]
	})
	res = &Result{Doc: d, Findings: dedupe(findings)}
	res.DocScore, res.Paragraphs = scoreDoc(d, res.Findings, e.threshold)
	return res, nil
}

// run is the state of one Check call; it is never shared between documents.
type run struct {
	doc      *Doc
	shared   map[any]any
	findings []Finding
	err      error
}

func (r *run) runRule(rule *Rule) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("rule %q failed: %v", rule.ID, p)
		}
	}()
	rule.Check(&Pass{Doc: r.doc, Rule: rule, run: r})
	return r.err
}

func (r *run) report(rule *Rule, s Span, message string, suggestions []string) {
	text := r.doc.Text
	if s.Start < 0 || s.End > len(text) || s.Start >= s.End ||
		!utf8.RuneStart(text[s.Start]) || s.End < len(text) && !utf8.RuneStart(text[s.End]) {
		if r.err == nil {
			r.err = fmt.Errorf("rule %q reported invalid span [%d,%d) in a text of %d bytes", rule.ID, s.Start, s.End, len(text))
		}
		return
	}
	r.findings = append(r.findings, Finding{
		Rule: rule.ID, Category: rule.Category, Severity: rule.Severity, Message: message,
		Span: s, Position: r.doc.Position(s.Start), Paragraph: r.doc.ParagraphAt(s.Start),
		Text: text[s.Start:s.End], Suggestions: append([]string{}, suggestions...),
	})
}

// dropAccepted removes findings on words of the accept list.
func (e *Engine) dropAccepted(d *Doc, fs []Finding) []Finding {
	if len(e.accept) == 0 {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		if !e.accept[f.Text] && !e.coversAccepted(d, f.Span) {
			out = append(out, f)
		}
	}
	return out
}

// coversAccepted reports whether a token inside span is on the accept list.
func (e *Engine) coversAccepted(d *Doc, span Span) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > span.Start })
	for ; i < len(d.Tokens) && d.Tokens[i].Start < span.End; i++ {
		if span.Contains(d.Tokens[i].Span) && e.accept[d.TokenText(i)] {
			return true
		}
	}
	return false
}

// dedupe drops repeated findings of one rule at one span from sorted findings.
func dedupe(fs []Finding) []Finding {
	out := fs[:0]
	for _, f := range fs {
		if n := len(out); n > 0 && f.Rule == out[n-1].Rule && f.Span == out[n-1].Span {
			continue
		}
		out = append(out, f)
	}
	return out
}
