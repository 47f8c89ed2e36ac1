package checker

import (
	"math"
	"unicode"
)

// AlignParams are the parameters of the length-based alignment (Gale and
// Church 1993, "A program for aligning sentences in bilingual corpora"): the
// length of a translation is normally distributed around Ratio times the
// length of its original, with variance Variance times that length, and the
// kinds of steps have prior probabilities.
type AlignParams struct {
	// Ratio is the expected length of a translation per unit of length of
	// its original (German characters per English character).
	Ratio float64
	// Variance is the variance of a translation's length per unit of length
	// of its original.
	Variance float64
	// Priors are the prior probabilities of the step kinds 1–1, 1–0, 0–1,
	// 2–1 and 1–2 (target–source); they need not sum to 1.
	Priors [5]float64
}

// DefaultAlign are the alignment parameters mtcheck uses. Ratio and Variance
// are fitted on the human translations of the WMT 2020 English→German MQM
// set (newstest2020: 4,236 segment pairs with an original of 20 characters
// or more, lengths counted by Length) with
//
//	mtcheck eval --fit-source ../shared/eval/mqm-ende-newstest2020.jsonl.gz
//
// and the priors are Gale and Church's (1–1 0.89; 1–0 and 0–1 0.0099
// together; 2–1 and 1–2 0.089 together), without their 2–2 steps.
var DefaultAlign = AlignParams{
	Ratio:    fittedLengthRatio,
	Variance: fittedLengthVariance,
	Priors:   [5]float64{0.89, 0.00495, 0.00495, 0.0445, 0.0445},
}

// The fitted length model; see DefaultAlign.
const (
	fittedLengthRatio    = 1.2741
	fittedLengthVariance = 5.1828
)

// StepKind is the shape of one step of an alignment: how many units of the
// translation (target) go with how many units of the original (source).
type StepKind uint8

// Step kinds, named target–source.
const (
	Step11 StepKind = iota // one target unit translates one source unit
	Step10                 // a target unit with no source: an addition
	Step01                 // a source unit with no target: an omission
	Step21                 // two target units translate one source unit
	Step12                 // one target unit translates two source units
)

var stepShapes = [...][2]int{Step11: {1, 1}, Step10: {1, 0}, Step01: {0, 1}, Step21: {2, 1}, Step12: {1, 2}}

// Shape returns how many target and source units the step takes.
func (k StepKind) Shape() (target, source int) { return stepShapes[k][0], stepShapes[k][1] }

// AlignStep is one step of an alignment of two sequences of units
// (paragraphs, sentences): target units [Target, Target+nt) go with source
// units [Source, Source+ns), where (nt, ns) is Kind's shape.
type AlignStep struct {
	Kind           StepKind
	Target, Source int
	// Cost is the step's cost, −log of its probability.
	Cost float64
}

// Length is the length measure of the alignment and of the source-aware
// length rules: the number of characters that are not white space.
func Length(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}

// alignBand is the half-width of the band around the diagonal that
// AlignLengths searches: a unit of one side may be aligned up to this many
// units away from where its position in the text puts it.
const alignBand = 48

// AlignLengths aligns a translation's units with its original's by their
// lengths (target and source, in Length units) by dynamic programming over
// the steps 1–1, 1–0, 0–1, 2–1 and 1–2, and returns the steps in order. The
// steps cover every target and every source unit exactly once, in order.
// A step that matches units costs its prior and the improbability of their
// lengths (−log P(|δ| ≥ |δ observed|)); a unit left alone (1–0, 0–1) costs
// its prior only, so that a paragraph left out of a translation is found as
// such rather than forced onto a neighbour whose length does not fit.
// The search is limited to a band around the diagonal, so that long texts
// cost time and memory in proportion to their length.
func AlignLengths(target, source []int, p AlignParams) []AlignStep {
	n, m := len(target), len(source)
	if n == 0 && m == 0 {
		return nil
	}
	// The band follows the diagonal j = i·m/n; it is wide enough for the
	// source units a target unit must pass (m/n of them) to be reachable by
	// 0–1 steps, so that the work is O(n·alignBand + m).
	band := alignBand + 2*((m+max(n, 1)-1)/max(n, 1))
	// lo and hi bound the source indices j searched for target index i.
	lo := func(i int) int {
		c := 0
		if n > 0 {
			c = i * m / n
		}
		return max(0, c-band)
	}
	hi := func(i int) int {
		c := m
		if n > 0 {
			c = (i*m + n - 1) / n
		}
		return min(m, c+band)
	}
	var prior [5]float64
	for k, pr := range p.Priors {
		prior[k] = -math.Log(math.Max(pr, 1e-12))
	}
	// cost[i] holds row i (j in [lo(i), hi(i)]); back the chosen step.
	inf := math.Inf(1)
	rows := make([][]float64, n+1)
	back := make([][]uint8, n+1)
	for i := 0; i <= n; i++ {
		w := hi(i) - lo(i) + 1
		rows[i] = make([]float64, w)
		back[i] = make([]uint8, w)
		for k := range rows[i] {
			rows[i][k] = inf
		}
	}
	get := func(i, j int) float64 {
		if i < 0 || j < 0 || j < lo(i) || j > hi(i) {
			return inf
		}
		return rows[i][j-lo(i)]
	}
	rows[0][0] = 0
	for i := 0; i <= n; i++ {
		for j := lo(i); j <= hi(i); j++ {
			if i == 0 && j == 0 {
				continue
			}
			best, kind := inf, uint8(0)
			for k := Step11; k <= Step12; k++ {
				nt, ns := k.Shape()
				prev := get(i-nt, j-ns)
				if math.IsInf(prev, 1) {
					continue
				}
				c := prev + prior[k]
				if nt > 0 && ns > 0 {
					c += matchCost(sum(target[i-nt:i]), sum(source[j-ns:j]), p)
				}
				if c < best {
					best, kind = c, uint8(k)
				}
			}
			rows[i][j-lo(i)] = best
			back[i][j-lo(i)] = kind
		}
	}
	var steps []AlignStep
	for i, j := n, m; i > 0 || j > 0; {
		k := StepKind(back[i][j-lo(i)])
		nt, ns := k.Shape()
		steps = append(steps, AlignStep{Kind: k, Target: i - nt, Source: j - ns, Cost: get(i, j) - get(i-nt, j-ns)})
		i, j = i-nt, j-ns
	}
	for a, b := 0, len(steps)-1; a < b; a, b = a+1, b-1 {
		steps[a], steps[b] = steps[b], steps[a]
	}
	return steps
}

// LengthDeviation is Gale and Church's δ: how many standard deviations a
// translation of length target lies from the length expected for an
// original of length source. Negative values mean the translation is
// shorter than expected.
func LengthDeviation(target, source int, p AlignParams) float64 {
	if target == 0 && source == 0 {
		return 0
	}
	mean := (float64(source) + float64(target)/p.Ratio) / 2
	return (float64(target) - float64(source)*p.Ratio) / math.Sqrt(mean*p.Variance)
}

// matchCost is −log of the probability of a deviation at least as large as
// that of a translation of length t for an original of length s.
func matchCost(t, s int, p AlignParams) float64 {
	d := math.Abs(LengthDeviation(t, s, p))
	if pr := math.Erfc(d / math.Sqrt2); pr > 1e-300 {
		return -math.Log(pr)
	}
	x := d / math.Sqrt2 // the tail's asymptote
	return x*x + math.Log(x*math.Sqrt(math.Pi))
}

func sum(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}
