package corpus

import (
	"sort"

	"github.com/mtcheck/mtcheck/checker"
)

// annotatedTally accumulates the figures of annotated documents.
//
// Attribution: a finding covers an expectation when their spans intersect.
// An expectation naming a rule is found only when a finding of that rule
// covers it, and counts for that rule alone. An unnamed expectation is found
// when a finding of any rule covers it; per rule, it counts as found for every
// rule whose findings cover it and as missed (or a gap) for every other rule
// that ran and has the expectation's category. A finding that covers a must
// or should expectation is a hit for its rule, whichever rule the expectation
// names; one that covers none of them but touches a clean-ish, pending or
// out-of-scope span is neutral; any other finding is a false alarm.
type annotatedTally struct {
	docs       int
	total      Counts
	rows       map[string]*Counts
	order      []string
	pending    map[string]int
	outOfScope int
}

func newAnnotatedTally(rows []string) *annotatedTally {
	a := &annotatedTally{rows: map[string]*Counts{}, pending: map[string]int{}}
	for _, k := range rows {
		a.row(k)
	}
	return a
}

// row returns the counts of a rule, adding a row for a rule not seen before.
func (a *annotatedTally) row(id string) *Counts {
	c := a.rows[id]
	if c == nil {
		c = &Counts{}
		a.rows[id] = c
		a.order = append(a.order, id)
	}
	return c
}

// count records whether an expectation of a level was covered.
func (c *Counts) count(l Level, covered bool) {
	switch {
	case l == Must && covered:
		c.Found++
	case l == Must:
		c.Missed++
	case covered:
		c.ShouldFound++
	default:
		c.Gaps++
	}
}

func (a *annotatedTally) add(t *Tally, d *Document, res *checker.Result) []Case {
	a.docs++
	var cases []Case
	var expected, neutral []checker.Span
	for _, e := range d.Expected {
		if e.Level == CleanIsh {
			neutral = append(neutral, e.Span)
			continue
		}
		switch t.scopeOf(e) {
		case pending:
			a.pending[e.Rule]++
			cases = append(cases, expectationCase(CasePending, d, e))
			neutral = append(neutral, e.Span)
			continue
		case outOfScope:
			a.outOfScope++
			neutral = append(neutral, e.Span)
			continue
		}
		expected = append(expected, e.Span)
		covering := coveringRules(e.Span, res.Findings, t.packOf)
		covered := covering[e.Rule]
		if e.Rule == "" {
			covered = len(covering) > 0
		}
		a.total.count(e.Level, covered)
		a.attribute(t, e, covering, covered)
		if !covered {
			kind := CaseMissed
			if e.Level == Should {
				kind = CaseGap
			}
			cases = append(cases, expectationCase(kind, d, e))
		}
	}
	for _, f := range res.Findings {
		row := a.row(t.key(f.Rule))
		switch {
		case overlapsAny(f.Span, expected):
			a.total.Hits++
			row.Hits++
		case overlapsAny(f.Span, neutral):
			a.total.Neutral++
			row.Neutral++
		default:
			a.total.FalseAlarms++
			row.FalseAlarms++
			cases = append(cases, findingCase(d, f))
		}
	}
	return cases
}

// attribute counts an applicable expectation in the per-rule rows.
func (a *annotatedTally) attribute(t *Tally, e Expectation, covering map[string]bool, covered bool) {
	if e.Rule != "" {
		a.row(t.key(e.Rule)).count(e.Level, covered)
		return
	}
	for _, u := range t.units {
		switch {
		case covering[u.key]:
			a.row(u.key).count(e.Level, true)
		case e.Category != "" && u.categories[e.Category]:
			a.row(u.key).count(e.Level, false)
		}
	}
}

// coveringRules returns the IDs, and the pack names, of the rules whose
// findings intersect s: a mark may name a rule or a whole pack.
func coveringRules(s checker.Span, fs []checker.Finding, packOf map[string]string) map[string]bool {
	set := map[string]bool{}
	for _, f := range fs {
		if f.Overlaps(s) {
			set[f.Rule] = true
			if p := packOf[f.Rule]; p != "" {
				set[p] = true
			}
		}
	}
	return set
}

func overlapsAny(s checker.Span, spans []checker.Span) bool {
	for _, o := range spans {
		if s.Overlaps(o) {
			return true
		}
	}
	return false
}

func (a *annotatedTally) figures() *AnnotatedFigures {
	f := &AnnotatedFigures{Documents: a.docs, Total: a.total.withRatios(), OutOfScope: a.outOfScope}
	for _, id := range a.order {
		f.Rules = append(f.Rules, RuleCounts{Rule: id, Counts: a.rows[id].withRatios()})
	}
	for id, n := range a.pending {
		f.Pending = append(f.Pending, Pending{Rule: id, Expectations: n})
	}
	sort.Slice(f.Pending, func(i, j int) bool { return f.Pending[i].Rule < f.Pending[j].Rule })
	return f
}

// withRatios returns the counts with precision and recall filled in.
func (c Counts) withRatios() Counts {
	c.Precision = ratio(c.Hits, c.Hits+c.FalseAlarms)
	c.Recall = ratio(c.Found, c.Found+c.Missed)
	return c
}
