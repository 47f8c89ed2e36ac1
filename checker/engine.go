package checker

import (
	"context"
	"errors"
	"fmt"
	"slices"
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
	// Accept lists words and names never to flag (case-sensitive): a finding
	// is dropped when one of the words or names it is about (Finding.About)
	// is on the list. Findings about a construction are never dropped.
	Accept []string
	// Variant is the variety of German the documents are written in; ""
	// is DeDE. Rules read it through Pass.Variant.
	Variant Variant
}

// Engine runs a fixed, ordered set of rules over documents. It holds no mutable
// state and is safe for concurrent use.
//
// An engine checks for one language variant (Config.Variant), which every
// rule sees through Pass.Variant. The variant is a setting of the engine
// like the others, not an argument of each check, so that every driver
// (configuration file, command line, server request) sets it the one way
// it sets everything else; WithVariant derives the engine of another
// variant from a built one for the price of one small allocation, sharing
// the rules and every table, so a server keeps one engine per variant
// (config.Setup does) instead of building one per request.
type Engine struct {
	rules     []Rule
	threshold float64
	variant   Variant
	// known holds the IDs and pack names of every rule given to NewEngine,
	// enabled those of the rules that run; packOf maps rule IDs to pack names.
	known, enabled map[string]bool
	packOf         map[string]string
	order          map[string]int
	accept         map[string]bool
	// bilingual holds the IDs of the enabled bilingual rules.
	bilingual map[string]bool
	// memo keeps the answers of FormMemo functions across documents; the
	// copies WithVariant makes share it (the answers depend on text alone).
	memo *memoStore
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
	variant, err := cfg.Variant.resolve()
	if err != nil {
		return nil, err
	}
	e := &Engine{memo: &memoStore{}, threshold: cfg.Threshold, variant: variant, known: map[string]bool{}, enabled: map[string]bool{},
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
			r.configured = true
		}
		e.order[r.ID] = len(e.rules)
		e.enabled[r.ID] = true
		if r.Bilingual {
			if e.bilingual == nil {
				e.bilingual = map[string]bool{}
			}
			e.bilingual[r.ID] = true
		}
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

// Variant returns the language variant the engine checks for: DeDE, DeAT or DeCH.
func (e *Engine) Variant() Variant { return e.variant }

// WithVariant returns an engine that runs the same rules with the same
// settings for the variant v ("" is DeDE), or e itself when it checks for v
// already. The two engines share their rules and tables (an engine is
// immutable), so this costs one small allocation and no validation.
func (e *Engine) WithVariant(v Variant) (*Engine, error) {
	v, err := v.resolve()
	if err != nil {
		return nil, err
	}
	if v == e.variant {
		return e, nil
	}
	c := *e
	c.variant = v
	return &c, nil
}

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

// CheckSource analyses a prepared input and checks it within ctx: once ctx is
// done, analysis and rules stop at the next sentence and the error names the
// rule that was running.
func (e *Engine) CheckSource(ctx context.Context, src *Source) (*Result, error) {
	d, err := AnalyzeSource(ctx, src)
	if err != nil {
		return nil, stopped(ctx, err, "the analysis of the text")
	}
	return e.CheckContext(ctx, d)
}

// Check runs every enabled rule over an analysed document and scores it.
// A rule that panics or reports an invalid span makes Check fail with an error
// naming the rule, rather than crash the caller.
func (e *Engine) Check(d *Doc) (*Result, error) { return e.CheckContext(context.Background(), d) }

// CheckContext is Check within ctx: once ctx is done, the running rule stops
// at its next sentence and CheckContext fails with an error naming it.
func (e *Engine) CheckContext(ctx context.Context, d *Doc) (*Result, error) {
	fs, err := e.runRules(ctx, d)
	if err != nil {
		return nil, err
	}
	if len(d.Directives) > 0 {
		sp := newSuppressor(e)
		sp.add(d, 0, func(s Span) Finding { return directiveFinding(d, s) })
		fs = append(sp.filter(fs), sp.faults(len(d.Paragraphs))...)
	}
	fs = mergeFindings(e.sortFindings(fs), e.order)
	if d.Original != nil {
		fs = e.mergeBilingual(fs)
	}
	res := &Result{Doc: d, Findings: fs}
	for i := range res.Findings {
		locate(d, &res.Findings[i])
	}
	res.DocScore, res.Paragraphs = scoreDoc(d, res.Findings, e.threshold)
	return res, nil
}

// runRules runs every enabled rule over d and returns their findings, not
// yet sorted, merged or located, without those the accept list drops.
func (e *Engine) runRules(ctx context.Context, d *Doc) ([]Finding, error) {
	r := &run{doc: d, variant: e.variant, shared: map[any]any{}, memo: e.memo, done: ctx.Done()}
	for i := range e.rules {
		rule := &e.rules[i]
		if rule.Bilingual && d.Original == nil {
			continue
		}
		if err := r.runRule(rule); err != nil {
			return nil, err
		}
		if r.stopped() {
			return nil, stopped(ctx, ctx.Err(), fmt.Sprintf("rule %q", rule.ID))
		}
	}
	return e.dropAccepted(r.findings), nil
}

// sortFindings orders findings by span and then by the registry order of
// their rules. Findings are large, so an index is sorted and the findings
// are moved once.
func (e *Engine) sortFindings(fs []Finding) []Finding {
	idx := make([]int32, len(fs))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortStableFunc(idx, func(i, j int32) int {
		a, b := &fs[i], &fs[j]
		if a.DocSpan.Start != b.DocSpan.Start {
			return a.DocSpan.Start - b.DocSpan.Start
		}
		if a.DocSpan.End != b.DocSpan.End {
			return a.DocSpan.End - b.DocSpan.End
		}
		return e.order[a.Rule] - e.order[b.Rule]
	})
	out := make([]Finding, len(fs))
	for k, i := range idx {
		out[k] = fs[i]
	}
	return out
}

// locate fills in where a finding is in the input: its span, position and text.
func locate(d *Doc, f *Finding) {
	f.Span = d.InputSpan(f.DocSpan)
	f.Position = d.Position(f.DocSpan.Start)
	f.Text = d.Quote(f.DocSpan)
	if f.SourceRef != nil && d.Original != nil {
		o := d.Original
		in := o.InputSpan(f.OriginalSpan)
		f.SourceStart, f.SourceEnd, f.SourceText = in.Start, in.End, o.Quote(f.OriginalSpan)
	}
	for i := range f.Related {
		rel := &f.Related[i]
		if rel.outside {
			continue
		}
		rel.Span = d.InputSpan(rel.DocSpan)
		rel.Position = d.Position(rel.DocSpan.Start)
	}
}

// stopped explains that ctx ended a check while what was running.
func stopped(ctx context.Context, err error, what string) error {
	if ctx.Err() == nil {
		return err
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return fmt.Errorf("checking took longer than its time budget (--timeout) and was stopped during %s", what)
	}
	return fmt.Errorf("checking was cancelled during %s", what)
}

// run is the state of one Check call; it is never shared between documents.
type run struct {
	doc      *Doc
	variant  Variant
	shared   map[any]any
	memo     *memoStore
	findings []Finding
	err      error
	// done is closed once the check's context is done (nil: never).
	done <-chan struct{}
}

// stopped reports whether the check's context is done.
func (r *run) stopped() bool {
	select {
	case <-r.done:
		return true
	default:
		return false
	}
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

func (r *run) report(rule *Rule, dg Diagnostic) {
	if !r.validSpan(rule, dg.Span) {
		return
	}
	if dg.Message == "" {
		dg.Message = rule.Message
	}
	sev := rule.Severity
	if dg.Severity.Weight() > 0 && !rule.configured {
		sev = dg.Severity
	}
	f := Finding{
		Rule: rule.ID, Category: rule.Category, Severity: sev, Message: dg.Message,
		DocSpan: dg.Span, Paragraph: r.doc.ParagraphAt(dg.Start),
		Suggestions: append([]string{}, dg.Suggestions...), About: slices.Clone(dg.About),
	}
	if dg.SourceSpan != nil {
		if !r.validOriginalSpan(rule, *dg.SourceSpan) {
			return
		}
		f.SourceRef = &SourceRef{OriginalSpan: *dg.SourceSpan}
	}
	for _, rel := range dg.Related {
		if rel.At != nil {
			at := *rel.At
			at.Message, at.outside = rel.Message, true
			f.Related = append(f.Related, at)
			continue
		}
		if !r.validSpan(rule, rel.Span) {
			return
		}
		f.Related = append(f.Related, Related{DocSpan: rel.Span, Message: rel.Message})
	}
	r.findings = append(r.findings, f)
}

// validSpan reports whether s is a non-empty span of the document's text on
// UTF-8 boundaries; if not, the check fails with an error naming the rule.
func (r *run) validSpan(rule *Rule, s Span) bool {
	text := r.doc.Text
	if s.Start < 0 || s.End > len(text) || s.Start >= s.End ||
		!utf8.RuneStart(text[s.Start]) || s.End < len(text) && !utf8.RuneStart(text[s.End]) {
		if r.err == nil {
			r.err = fmt.Errorf("rule %q reported invalid span [%d,%d) in a text of %d bytes", rule.ID, s.Start, s.End, len(text))
		}
		return false
	}
	return true
}

// validOriginalSpan is validSpan for a span of the document's original.
func (r *run) validOriginalSpan(rule *Rule, s Span) bool {
	o := r.doc.Original
	if o == nil || s.Start < 0 || s.End > len(o.Text) || s.Start >= s.End ||
		!utf8.RuneStart(o.Text[s.Start]) || s.End < len(o.Text) && !utf8.RuneStart(o.Text[s.End]) {
		if r.err == nil {
			r.err = fmt.Errorf("rule %q reported invalid source span [%d,%d)", rule.ID, s.Start, s.End)
		}
		return false
	}
	return true
}

// dropAccepted removes the findings about a word or name of the accept list.
func (e *Engine) dropAccepted(fs []Finding) []Finding {
	if len(e.accept) == 0 {
		return fs
	}
	return slices.DeleteFunc(fs, func(f Finding) bool {
		return slices.ContainsFunc(f.About, func(w string) bool { return e.accept[w] })
	})
}
