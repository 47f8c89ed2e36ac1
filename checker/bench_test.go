package checker_test

import (
	"testing"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/checker/checkertest"
)

// benchSize is the size of the generated input of the large benchmarks.
const benchSize = 10 << 20

// reportWords adds a words/s metric for n iterations over a text of words words.
func reportWords(b *testing.B, words int) {
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkAnalyze measures segmentation alone (paragraphs, sentences, tokens) on 10 MB of German.
func BenchmarkAnalyze(b *testing.B) { benchAnalyze(b, checkertest.GermanText(benchSize, 1)) }

// BenchmarkAnalyzeArticle measures segmentation of one article-sized text (4 KB),
// the common case of a feed audit.
func BenchmarkAnalyzeArticle(b *testing.B) { benchAnalyze(b, checkertest.GermanText(4<<10, 2)) }

func benchAnalyze(b *testing.B, text string) {
	d, err := checker.Analyze(text)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := checker.Analyze(text); err != nil {
			b.Fatal(err)
		}
	}
	reportWords(b, d.Words())
}
