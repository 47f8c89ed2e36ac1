package rules

import (
	"runtime"
	"strings"
	"testing"

	"github.com/blevesearch/segment"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/checker/checkertest"
)

// reportWords adds a words/s metric for b.N checks of a text of words words.
func reportWords(b *testing.B, words int) {
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// reportPerWord adds words/s and the allocation figures per word (B/word,
// allocs/word) for b.N runs over a text of words words. It reads the
// allocation counters itself, so that the figures are there even without
// -benchmem; b.ReportAllocs must have been called.
func reportPerWord(b *testing.B, words int, before runtime.MemStats) {
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	n := float64(words) * float64(b.N)
	reportWords(b, words)
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/n, "B/word")
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/n, "allocs/word")
}

// BenchmarkFamilies runs each rule family alone over an analysed 1 MB text
// (rules only, no segmentation), and all rules together.
func BenchmarkFamilies(b *testing.B) {
	text := checkertest.GermanText(1<<20, 1)
	d, err := checker.Analyze(text)
	require.NoError(b, err)
	fams := append(Families(), Family{"all", All})
	for _, f := range fams {
		eng, err := checker.NewEngine(f.Rules(), checker.Config{})
		require.NoError(b, err)
		b.Run(f.Name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := eng.Check(d); err != nil {
					b.Fatal(err)
				}
			}
			reportWords(b, d.Words())
		})
	}
}

// checkBenchSize is the size of the generated text of BenchmarkCheck and BenchmarkSegmentation.
const checkBenchSize = 10 << 20

// BenchmarkCheck is the full pipeline, segmentation and every rule, on 10 MB of
// generated German, with and without the packs (the packs must keep at least
// half the words/s of the pipeline without them). It reports words/s, B/word
// and allocs/word; BenchmarkSegmentation runs bare UAX#29 segmentation over
// the same text, so that one run shows how far the check is from it.
func BenchmarkCheck(b *testing.B) {
	text := checkertest.GermanText(checkBenchSize, 1)
	d, err := checker.Analyze(text)
	require.NoError(b, err)
	var goRules []checker.Rule
	for _, r := range All() {
		if r.Pack == "" {
			goRules = append(goRules, r)
		}
	}
	for _, bc := range []struct {
		name  string
		rules []checker.Rule
	}{{"without-packs", goRules}, {"all-rules", All()}} {
		eng, err := checker.NewEngine(bc.rules, checker.Config{})
		require.NoError(b, err)
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			var before runtime.MemStats
			runtime.ReadMemStats(&before)
			for b.Loop() {
				if _, err := eng.CheckText(text); err != nil {
					b.Fatal(err)
				}
			}
			reportPerWord(b, d.Words(), before)
		})
	}
}

// BenchmarkSegmentation is the floor of BenchmarkCheck: bare UAX#29 word
// segmentation (github.com/blevesearch/segment, which the tokenizer builds
// on) over the same text, with words/s counted in the same words.
func BenchmarkSegmentation(b *testing.B) {
	text := checkertest.GermanText(checkBenchSize, 1)
	d, err := checker.Analyze(text)
	require.NoError(b, err)
	buf := []byte(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	segments := 0
	for b.Loop() {
		seg := segment.NewWordSegmenterDirect(buf)
		for seg.Segment() {
			segments++
		}
	}
	require.Positive(b, segments)
	reportPerWord(b, d.Words(), before)
}

// BenchmarkPathological checks texts built to make a rule quadratic (see
// pathologicalTexts) next to ordinary prose: every sub-benchmark's words/s
// should stay within a factor of 3 of the prose's.
func BenchmarkPathological(b *testing.B) {
	eng, err := checker.NewEngine(All(), checker.Config{})
	require.NoError(b, err)
	cases := []struct{ name, text string }{{"prose", checkertest.GermanText(200<<10, 1)}}
	for _, tc := range pathologicalTexts {
		cases = append(cases, struct{ name, text string }{tc.name, strings.Repeat(tc.unit, 20000)})
	}
	for _, tc := range cases {
		d, err := checker.Analyze(tc.text)
		require.NoError(b, err)
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(tc.text)))
			for b.Loop() {
				if _, err := eng.CheckText(tc.text); err != nil {
					b.Fatal(err)
				}
			}
			reportWords(b, d.Words())
		})
	}
}
