package corpus

import (
	"slices"

	"github.com/mtcheck/mtcheck/checker"
)

// nativeTally accumulates the false-alarm figures of native text.
type nativeTally struct {
	docs, words, paragraphs, below, findings int
	perRule                                  map[string]int
	order                                    []string
}

func newNativeTally(rows []string) *nativeTally {
	return &nativeTally{perRule: map[string]int{}, order: append([]string(nil), rows...)}
}

// add counts one native document; key names the row of a rule's findings.
func (n *nativeTally) add(d *Document, res *checker.Result, threshold float64, key func(string) string) []Case {
	n.docs++
	n.words += res.Words
	n.paragraphs += len(res.Paragraphs)
	for _, p := range res.Paragraphs {
		if p.Score < threshold {
			n.below++
		}
	}
	cases := make([]Case, 0, len(res.Findings))
	for _, f := range res.Findings {
		n.findings++
		n.order = countRow(n.perRule, n.order, key(f.Rule))
		cases = append(cases, findingCase(d, f))
	}
	return cases
}

// countRow counts one finding in row k of counts and returns order with k
// appended when the row is new, so that rows keep the order they first appear in.
func countRow(counts map[string]int, order []string, k string) []string {
	if _, seen := counts[k]; !seen && !slices.Contains(order, k) {
		order = append(order, k)
	}
	counts[k]++
	return order
}

func (n *nativeTally) figures(threshold float64) *NativeFigures {
	f := &NativeFigures{Documents: n.docs, Words: n.words, Paragraphs: n.paragraphs,
		ParagraphsBelow: n.below, BelowShare: ratio(n.below, n.paragraphs),
		Findings: n.findings, Per1000: per1000(n.findings, n.words)}
	for _, id := range n.order {
		f.Rules = append(f.Rules, NativeRule{Rule: id, Findings: n.perRule[id], Per1000: per1000(n.perRule[id], n.words)})
	}
	return f
}
