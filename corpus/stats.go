package corpus

import (
	"math"
	"sort"
)

// Pearson returns the Pearson correlation of x and y. ok is false when the
// slices differ in length, hold fewer than two pairs, or one of them is constant.
func Pearson(x, y []float64) (r float64, ok bool) {
	n := len(x)
	if n != len(y) || n < 2 {
		return 0, false
	}
	mx, my := mean(x), mean(y)
	var sxy, sxx, syy float64
	for i := range x {
		dx, dy := x[i]-mx, y[i]-my
		sxy += dx * dy
		sxx += dx * dx
		syy += dy * dy
	}
	if sxx == 0 || syy == 0 {
		return 0, false
	}
	return sxy / math.Sqrt(sxx*syy), true
}

// Spearman returns Spearman's rank correlation of x and y: the Pearson
// correlation of their ranks, tied values getting the average of their ranks.
func Spearman(x, y []float64) (rho float64, ok bool) {
	if len(x) != len(y) {
		return 0, false
	}
	return Pearson(Ranks(x), Ranks(y))
}

// Ranks returns the 1-based ranks of v in ascending order; tied values share
// the average of the ranks they span.
func Ranks(v []float64) []float64 {
	idx := make([]int, len(v))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return v[idx[a]] < v[idx[b]] })
	ranks := make([]float64, len(v))
	for i := 0; i < len(idx); {
		j := i + 1
		for j < len(idx) && v[idx[j]] == v[idx[i]] {
			j++
		}
		avg := float64(i+1+j) / 2 // mean of the ranks i+1 … j
		for k := i; k < j; k++ {
			ranks[idx[k]] = avg
		}
		i = j
	}
	return ranks
}

// KendallTauB returns Kendall's tau-b of x and y, which corrects for ties:
//
//	tau-b = (concordant − discordant) / √((n0 − tiesX) · (n0 − tiesY)),  n0 = n(n−1)/2
//
// where tiesX counts the pairs tied in x (tied in both included), likewise tiesY.
// ok is false when the lengths differ, or when x or y is constant.
func KendallTauB(x, y []float64) (tau float64, ok bool) {
	n := len(x)
	if n != len(y) || n < 2 {
		return 0, false
	}
	var conc, disc, tiesX, tiesY int
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			sx, sy := sign(x[i]-x[j]), sign(y[i]-y[j])
			switch {
			case sx == 0 || sy == 0:
				if sx == 0 {
					tiesX++
				}
				if sy == 0 {
					tiesY++
				}
			case sx == sy:
				conc++
			default:
				disc++
			}
		}
	}
	n0 := n * (n - 1) / 2
	den := math.Sqrt(float64(n0-tiesX) * float64(n0-tiesY))
	if den == 0 {
		return 0, false
	}
	return float64(conc-disc) / den, true
}

func sign(v float64) int {
	switch {
	case v > 0:
		return 1
	case v < 0:
		return -1
	}
	return 0
}

func mean(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := 0.0
	for _, x := range v {
		s += x
	}
	return s / float64(len(v))
}
