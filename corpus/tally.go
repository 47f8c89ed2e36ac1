package corpus

import "github.com/mtcheck/mtcheck/checker"

// Options say which rules ran and which exist, so that expectations can be
// sorted into applicable, out of scope and pending.
type Options struct {
	// Ran are the rules that checked the documents (Engine.Rules()), in registry order.
	Ran []checker.Rule
	// Known are every rule that exists, running or not (rules.All()). An
	// expectation naming neither the ID nor the pack of a rule in Known or Ran is pending.
	Known []checker.Rule
	// Only, when set, says the run was restricted to this one rule: unnamed
	// expectations then apply only when their category is the rule's category.
	Only string
	// Threshold is the score a paragraph needs to pass; 0 means checker.DefaultThreshold.
	Threshold float64
	// GroupPacks reports the rules of a pack in one row named after the pack
	// instead of one row per entry.
	GroupPacks bool
	// WithSource checks each MQM segment that has a source twice: alone, as
	// always, and against its source (MQMFigures.WithSource).
	WithSource bool
}

// Run is one checked document.
type Run struct {
	Doc    *Document
	Result *checker.Result
}

// Compute returns the figures of checked documents. It is Tally's batch form.
func Compute(opts Options, runs []Run) Figures {
	t := NewTally(opts)
	for _, r := range runs {
		t.Add(r.Doc, r.Result)
	}
	return t.Figures()
}

// Tally accumulates figures one checked document at a time, so that a stream
// of documents need not be held in memory. It is not safe for concurrent use.
type Tally struct {
	opts      Options
	ran       map[string]bool // IDs and pack names of the rules that ran
	known     map[string]bool // IDs and pack names of all rules
	packOf    map[string]string
	units     []unit // the rows of the per-rule tables, in registry order
	threshold float64

	ann    *annotatedTally
	native *nativeTally
	mqm    []*mqmDataset
	cases  []Case
}

// NewTally returns an empty tally.
func NewTally(opts Options) *Tally {
	t := &Tally{opts: opts, ran: map[string]bool{}, known: map[string]bool{}, packOf: map[string]string{},
		threshold: opts.Threshold}
	if t.threshold == 0 {
		t.threshold = checker.DefaultThreshold
	}
	for _, r := range opts.Ran {
		t.ran[r.ID], t.ran[r.Pack] = true, true
	}
	for _, r := range append(opts.Known, opts.Ran...) {
		t.known[r.ID], t.known[r.Pack] = true, true
		if r.Pack != "" {
			t.packOf[r.ID] = r.Pack
		}
	}
	delete(t.ran, "")
	delete(t.known, "")
	index := map[string]int{}
	for _, r := range opts.Ran {
		k := t.key(r.ID)
		i, ok := index[k]
		if !ok {
			i = len(t.units)
			index[k] = i
			t.units = append(t.units, unit{key: k, categories: map[string]bool{}})
		}
		t.units[i].categories[r.Category] = true
	}
	return t
}

// unit is one row of the per-rule tables: a rule, or a whole pack when packs are grouped.
type unit struct {
	key        string
	categories map[string]bool
}

// key returns the row a rule's findings count in: its pack's name when packs
// are grouped and it belongs to one, else its ID.
func (t *Tally) key(ruleID string) string {
	if p := t.packOf[ruleID]; p != "" && t.opts.GroupPacks {
		return p
	}
	return ruleID
}

// unitKeys returns the row names in registry order.
func (t *Tally) unitKeys() []string {
	keys := make([]string, len(t.units))
	for i, u := range t.units {
		keys[i] = u.key
	}
	return keys
}

// Add counts one checked document; res must be the engine's result for d.Text.
func (t *Tally) Add(d *Document, res *checker.Result) {
	var cases []Case
	switch d.Kind {
	case Annotated:
		if t.ann == nil {
			t.ann = newAnnotatedTally(t.unitKeys())
		}
		cases = t.ann.add(t, d, res)
	case Native:
		if t.native == nil {
			t.native = newNativeTally(t.unitKeys())
		}
		cases = t.native.add(d, res, t.threshold, t.key)
	case MQM:
		cases = t.mqmDataset(d).add(d, res)
	}
	sortCases(cases)
	t.cases = append(t.cases, cases...)
}

// AddWithSource counts one MQM segment checked alone (without, as Add) and
// against its source (with).
func (t *Tally) AddWithSource(d *Document, without, with *checker.Result) {
	t.Add(d, without)
	if d.Kind == MQM {
		cases := t.mqmDataset(d).addWithSource(d, without, with)
		sortCases(cases)
		t.cases = append(t.cases, cases...)
	}
}

// Figures returns the figures of everything added so far.
func (t *Tally) Figures() Figures {
	f := Figures{Threshold: t.threshold, Only: t.opts.Only, Cases: append([]Case(nil), t.cases...)}
	if t.ann != nil {
		f.Annotated = t.ann.figures()
	}
	if t.native != nil {
		f.Native = t.native.figures(t.threshold)
	}
	for _, ds := range t.mqm {
		f.MQM = append(f.MQM, ds.figures())
	}
	return f
}

// scope is how an expectation takes part in the evaluation.
type scope uint8

const (
	applicable scope = iota // counts as found, missed or gap
	outOfScope              // its rule exists but did not run, or the run is restricted to another rule
	pending                 // its rule does not exist yet
)

// scopeOf classifies a must or should expectation.
func (t *Tally) scopeOf(e Expectation) scope {
	if e.Rule != "" {
		switch {
		case t.ran[e.Rule]:
			return applicable
		case t.known[e.Rule]:
			return outOfScope
		}
		return pending
	}
	if t.opts.Only == "" {
		return applicable
	}
	for _, r := range t.opts.Ran {
		if e.Category != "" && r.Category == e.Category {
			return applicable
		}
	}
	return outOfScope
}
