package rules

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/checker/checkertest"
)

// reportWords adds a words/s metric for b.N checks of a text of words words.
func reportWords(b *testing.B, words int) {
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
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

// BenchmarkCheck is the full pipeline, segmentation and every rule, on 10 MB of
// generated German, with and without the packs (the packs must keep at least
// half the words/s of the pipeline without them).
func BenchmarkCheck(b *testing.B) {
	text := checkertest.GermanText(10<<20, 1)
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
			for b.Loop() {
				if _, err := eng.CheckText(text); err != nil {
					b.Fatal(err)
				}
			}
			reportWords(b, d.Words())
		})
	}
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
