package clause

import (
	"testing"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/checker/checkertest"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

// BenchmarkAnalyze measures the clause analysis alone on 1 MB of German.
func BenchmarkAnalyze(b *testing.B) {
	text := checkertest.GermanText(1<<20, 1)
	d, err := checker.Analyze(text)
	if err != nil {
		b.Fatal(err)
	}
	lx := lexicon.Default()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Analyze(d, lx)
	}
	b.ReportMetric(float64(d.Words())*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
