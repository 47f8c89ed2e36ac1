package rules

import (
	"context"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/checker/checkertest"
)

// valuesOf reads the quantities of a text as English or German, as the
// number rule does, and returns their values and whether each is optional.
func valuesOf(t *testing.T, text string, german bool) (vals [][]float64, optional []bool) {
	t.Helper()
	d, err := checker.Analyze(text)
	require.NoError(t, err)
	for _, q := range quantities(d, 0, len(d.Tokens), german) {
		vals = append(vals, q.values)
		optional = append(optional, q.optional)
	}
	return vals, optional
}

func TestQuantities(t *testing.T) {
	for _, tc := range []struct {
		text     string
		german   bool
		vals     [][]float64
		optional []bool
	}{
		{"1,200.5 and 4.5%", false, [][]float64{{1200.5}, {4.5}}, []bool{false, false}},
		{"$4.5bn", false, [][]float64{{4.5e9}}, []bool{false}},
		{"4.5 billion", false, [][]float64{{4.5e9, 4.5}}, []bool{false}},
		{"at 6:19 p.m.", false, [][]float64{{6.19, 18.19}}, []bool{false}},
		{"the 21st and the 1990s", false, [][]float64{{21}, {1990}}, []bool{false, false}},
		{"seventy-four and three and one", false, [][]float64{{74}, {3}, {1}}, []bool{false, false, true}},
		{"20 miles in May", false, [][]float64{{20}, {5}}, []bool{true, true}},
		{"a 236-174 vote", false, [][]float64{{236}, {174}}, []bool{false, false}},
		{"1.200,5 und 4,5 Milliarden", true, [][]float64{{1200.5}, {4.5e9}}, []bool{false, false}},
		{"um 18.19 Uhr", true, [][]float64{{18.19}}, []bool{false}},
		{"1,200 Menschen", true, [][]float64{{1.2, 1200}}, []bool{false}},
		{"am 31.10. und am 5.8.2019", true, [][]float64{{31}, {10}, {5}, {8}, {2019}}, []bool{false, true, true, true, false}},
		{"vierundsiebzig Dreijährige", true, [][]float64{{74}, {3}}, []bool{true, true}},
		{"32 Kilometer", true, [][]float64{{32}}, []bool{true}},
	} {
		vals, optional := valuesOf(t, tc.text, tc.german)
		assert.Equal(t, tc.vals, vals, tc.text)
		assert.Equal(t, tc.optional, optional, tc.text)
	}
}

func TestParseNumber(t *testing.T) {
	for _, tc := range []struct {
		in      string
		th, dec byte
		want    float64
	}{
		{"1,200.5", ',', '.', 1200.5}, {"1.200,5", '.', ',', 1200.5}, {"2019", ',', '.', 2019},
		{"18.19", '.', ',', 18.19}, {"1,20,0", ',', '.', -1}, {"1.2.3", ',', '.', -1},
	} {
		assert.Equal(t, tc.want, parseNumber(tc.in, tc.th, tc.dec), tc.in)
	}
}

func TestMatchNumbers(t *testing.T) {
	q := func(digits, optional bool, vs ...float64) quantity {
		return quantity{values: vs, digits: digits, optional: optional}
	}
	// Matched by some reading; an optional number need not be matched.
	assert.Empty(t, matchNumbers([]quantity{q(true, false, 6.19, 18.19), q(false, true, 1)}, []quantity{q(true, false, 18.19)}))
	// A changed number pairs the two sides.
	m := matchNumbers([]quantity{q(true, false, 328)}, []quantity{q(true, false, 382)})
	require.Len(t, m, 1)
	assert.NotNil(t, m[0].src)
	assert.NotNil(t, m[0].tgt)
	// Written-out numbers of the translation are never additions.
	assert.Empty(t, matchNumbers(nil, []quantity{q(false, true, 3)}))
}

func TestSourceNames(t *testing.T) {
	d, err := checker.Analyze("Officials at the FAA in Munich said Ruben Jones of California Highway Patrol met U.S. envoys on Monday. Then he left.")
	require.NoError(t, err)
	var texts []string
	for _, u := range sourceNames(d, 0, len(d.Tokens)) {
		texts = append(texts, u.text)
	}
	assert.Equal(t, []string{"FAA", "Munich", "Ruben Jones", "California Highway Patrol", "U.S", "Monday"}, texts)
	assert.Equal(t, "Diana", trimPossessive("Diana's"))
	assert.True(t, isAcronymPlural("MPs"))
	assert.False(t, isAcronymPlural("Mps"))
	assert.Equal(t, "zurich", foldLower("Zürich"))
	assert.True(t, isStockCode("UBER.N"))
	assert.False(t, isStockCode("U.S"))
	assert.True(t, isCommonEnglishWord("dog") && isCommonEnglishWord("category"), "the casing model is loaded")
	assert.False(t, isCommonEnglishWord("kansas"))
}

func TestSourceNamesHyphenated(t *testing.T) {
	d, err := checker.Analyze("The Kansas-based firm and ex-Tory MPs met in mid-August on COVID-19 and UK-SA ties (D-Calif.).")
	require.NoError(t, err)
	var texts []string
	for _, u := range sourceNames(d, 0, len(d.Tokens)) {
		texts = append(texts, u.text)
	}
	assert.Equal(t, []string{"Kansas", "Tory", "MPs", "August", "COVID-19", "UK-SA"}, texts)
}

func TestNegationCounts(t *testing.T) {
	en, err := checker.Analyze("He didn't come, and no-deal is not whether or not.")
	require.NoError(t, err)
	n := englishNegations(en, 0, len(en.Tokens))
	assert.Equal(t, 2, n.count, "didn't, not; not after 'or' and the compound no-deal do not count")
	de, err := checker.Analyze("Er kam nicht, keiner wusste es, niemand fehlte.")
	require.NoError(t, err)
	g := germanNegations(de, 0, len(de.Tokens))
	assert.Equal(t, 3, g.count)
	assert.True(t, g.implicit, "fehlte negates by its meaning")
}

// TestSourceRulesNeedASource runs every source-aware rule on the bad
// examples' translations alone: without an original they must stay silent.
func TestSourceRulesNeedASource(t *testing.T) {
	for _, r := range sourceRules() {
		require.True(t, r.Bilingual, r.ID)
		eng, err := checkertest.Engine(r)
		require.NoError(t, err)
		for _, ex := range r.Bad {
			c := checkertest.Example(r, ex)
			text, _, err := checker.ParseMarked(c.Text)
			require.NoError(t, err)
			res, err := eng.CheckSource(context.Background(), mustSource(t, text))
			require.NoError(t, err)
			assert.Empty(t, res.Findings, "%s on %q without its original", r.ID, text)
		}
	}
}

func mustSource(t *testing.T, text string) *checker.Source {
	t.Helper()
	s, err := checker.TextSource(text)
	require.NoError(t, err)
	return s
}

// TestSourceRulesPointIntoTheOriginal checks that every finding of the
// source-aware rules on their bad examples that names a place in the
// original names one inside it.
func TestSourceRulesPointIntoTheOriginal(t *testing.T) {
	for _, r := range sourceRules() {
		eng, err := checkertest.Engine(r)
		require.NoError(t, err)
		for _, ex := range r.Bad {
			c := checkertest.Example(r, ex)
			text, _, _ := checker.ParseMarked(c.Text)
			orig, _, _ := checker.ParseMarked(c.Source)
			res, err := eng.CheckSource(context.Background(), checker.Segment(mustSource(t, text), mustSource(t, orig)))
			require.NoError(t, err)
			require.NotEmpty(t, res.Findings, "%s: %s", r.ID, ex)
			for _, f := range res.Findings {
				if f.SourceRef != nil {
					assert.Equal(t, orig[f.SourceStart:f.SourceEnd], f.SourceText, "%s: %s", r.ID, ex)
				}
				assert.True(t, slices.Contains([]checker.Severity{checker.Minor, checker.Major, checker.Critical}, f.Severity))
			}
		}
	}
}
