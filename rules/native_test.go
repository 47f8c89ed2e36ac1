package rules

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
)

// nativeText is German text no machine translated (UD German GSD, dev split),
// kept in the shared directory next to the project; absent in a fresh clone.
var nativeText = filepath.Join("..", "..", "shared", "eval", "native-de-gsd-dev.txt")

// nativeBudget is the false-alarm budget on native German, in findings per
// 1,000 words, of each family and of all rules together. Every finding on
// native text is a false alarm.
var nativeBudget = map[string]float64{
	"core":       0.3,
	"word-order": 0.5,
	"structure":  0.5,
	"lexical":    0.2,
	"chrome":     0.1,
	"grammar":    0.5,
	"source":     0.0, // bilingual rules: native text has no original
	"packs":      0.5,
	"total":      1.0,
}

// TestNativeGerman checks all rules on native German text once and holds every
// family, and the whole registry, to its false-alarm budget. It logs each
// finding and the rate of every rule, family and pack.
func TestNativeGerman(t *testing.T) {
	raw, err := os.ReadFile(nativeText)
	if os.IsNotExist(err) {
		t.Skipf("%s not present", nativeText)
	}
	require.NoError(t, err)
	eng, err := checker.NewEngine(All(), checker.Config{})
	require.NoError(t, err)
	res, err := eng.CheckText(string(raw))
	require.NoError(t, err)
	words := res.Doc.Words()
	require.Positive(t, words)

	familyOf, packOf := map[string]string{}, map[string]string{}
	for _, f := range Families() {
		require.Contains(t, nativeBudget, f.Name, "every family needs a budget")
		for _, r := range f.Rules() {
			familyOf[r.ID], packOf[r.ID] = f.Name, r.Pack
		}
	}
	perRule, perFamily, perPack := map[string]int{}, map[string]int{}, map[string]int{}
	for _, f := range res.Findings {
		perRule[f.Rule]++
		perFamily[familyOf[f.Rule]]++
		if p := packOf[f.Rule]; p != "" {
			perPack[p]++
		}
		t.Logf("%s line %d: %q %s", f.Rule, f.Line, f.Text, f.Message)
	}
	for _, r := range All() {
		if perRule[r.ID] > 0 || r.Pack == "" {
			t.Logf("%-28s %3d findings, %.2f per 1,000 words", r.ID, perRule[r.ID], per1000(perRule[r.ID], words))
		}
	}
	packs, err := Packs()
	require.NoError(t, err)
	for _, p := range packs {
		t.Logf("pack %-23s %3d findings, %.2f per 1,000 words", p.Name, perPack[p.Name], per1000(perPack[p.Name], words))
	}
	for _, f := range Families() {
		rate := per1000(perFamily[f.Name], words)
		t.Logf("family %-21s %3d findings, %.2f per 1,000 words", f.Name, perFamily[f.Name], rate)
		assert.LessOrEqual(t, rate, nativeBudget[f.Name], "family %s over its native budget", f.Name)
	}
	total := per1000(len(res.Findings), words)
	t.Logf("total: %d findings in %d words, %.2f per 1,000 words", len(res.Findings), words, total)
	assert.LessOrEqual(t, total, nativeBudget["total"])
}

func per1000(n, words int) float64 { return 1000 * float64(n) / float64(words) }
