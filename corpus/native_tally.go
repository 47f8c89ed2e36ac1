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

func newNativeTally(ran []checker.Rule) *nativeTally {
	n := &nativeTally{perRule: map[string]int{}}
	for _, r := range ran {
		n.order = append(n.order, r.ID)
	}
	return n
}

func (n *nativeTally) add(d *Document, res *checker.Result, threshold float64) []Case {
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
		if _, seen := n.perRule[f.Rule]; !seen && !slices.Contains(n.order, f.Rule) {
			n.order = append(n.order, f.Rule)
		}
		n.perRule[f.Rule]++
		cases = append(cases, findingCase(d, f))
	}
	return cases
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
