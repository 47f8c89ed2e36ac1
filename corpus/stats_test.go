package corpus

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The expected values below were computed by hand; see the comments.
func TestCorrelations(t *testing.T) {
	tests := []struct {
		name                       string
		x, y                       []float64
		pearson, spearman, kendall float64
		ok                         bool
	}{
		{
			// Pearson: dx=[-2,-1,0,1,2], dy=[-2,0,1,0,1]: 6/√(10·6).
			// Spearman: ranks of y [1,2.5,4.5,2.5,4.5]: 7/√(10·9).
			// Kendall: 7 concordant, 1 discordant, 2 pairs tied in y: 6/√(10·8).
			name: "ties in y", x: []float64{1, 2, 3, 4, 5}, y: []float64{2, 4, 5, 4, 5},
			pearson: 6 / math.Sqrt(60), spearman: 7 / math.Sqrt(90), kendall: 6 / math.Sqrt(80), ok: true,
		},
		{
			name: "perfectly reversed", x: []float64{1, 2, 3}, y: []float64{30, 20, 10},
			pearson: -1, spearman: -1, kendall: -1, ok: true,
		},
		{
			// Monotone but not linear: ranks agree perfectly.
			// Pearson: dx=[-1.5,-0.5,0.5,1.5], y=[1,2,4,100] mean 26.75, dy=[-25.75,-24.75,-22.75,73.25]:
			// sxy=38.625+12.375-11.375+109.875=149.5, sxx=5, syy=663.0625+612.5625+517.5625+5365.5625=7158.75.
			name: "monotone", x: []float64{1, 2, 3, 4}, y: []float64{1, 2, 4, 100},
			pearson: 149.5 / math.Sqrt(5*7158.75), spearman: 1, kendall: 1, ok: true,
		},
		{name: "constant x", x: []float64{3, 3, 3}, y: []float64{1, 2, 3}},
		{name: "one pair", x: []float64{1}, y: []float64{2}},
		{name: "lengths differ", x: []float64{1, 2, 3}, y: []float64{1, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, ok := Pearson(tt.x, tt.y)
			assert.Equal(t, tt.ok, ok)
			assert.InDelta(t, tt.pearson, p, 1e-12)
			s, ok := Spearman(tt.x, tt.y)
			assert.Equal(t, tt.ok, ok)
			assert.InDelta(t, tt.spearman, s, 1e-12)
			k, ok := KendallTauB(tt.x, tt.y)
			assert.Equal(t, tt.ok, ok)
			assert.InDelta(t, tt.kendall, k, 1e-12)
		})
	}
}

func TestKendallTauBTies(t *testing.T) {
	tests := []struct {
		name string
		x, y []float64
		want float64
	}{
		// Pairs: (1,2) tied in x; (2,3) tied in y; the other 4 concordant: 4/√(5·5).
		{"ties in x and in y", []float64{1, 1, 2, 3}, []float64{1, 2, 2, 3}, 0.8},
		// Pair (1,2) tied in both counts in both tie sums: 2/√(2·2).
		{"joint tie", []float64{1, 1, 2}, []float64{1, 1, 3}, 1},
		// 1 concordant (1,3), 1 discordant (2,3), (1,2) tied in x: 0.
		{"balanced", []float64{1, 1, 2}, []float64{1, 3, 2}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := KendallTauB(tt.x, tt.y)
			assert.True(t, ok)
			assert.InDelta(t, tt.want, got, 1e-12)
		})
	}
}

func TestRanksAverageTies(t *testing.T) {
	assert.Equal(t, []float64{2, 4.5, 2, 6, 4.5, 2}, Ranks([]float64{10, 20, 10, 30, 20, 10}))
	assert.Equal(t, []float64{}, Ranks([]float64{}))
}
