package rules

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
)

// nativeText is German text no machine translated (UD German GSD, dev split),
// kept in the shared directory next to the project; absent in a fresh clone.
var nativeText = filepath.Join("..", "..", "shared", "eval", "native-de-gsd-dev.txt")

// maxNativeFindingsPer1000 is the false-positive budget of these rules on native German.
const maxNativeFindingsPer1000 = 1.0

// TestNativeGerman measures findings per 1,000 words on native German text:
// every finding there is a false positive.
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

	perRule := map[string]int{}
	for _, f := range res.Findings {
		perRule[f.Rule]++
		t.Logf("%s line %d: %q %s", f.Rule, f.Line, f.Text, f.Message)
	}
	ids := make([]string, 0, len(All()))
	for _, r := range All() {
		ids = append(ids, r.ID)
	}
	sort.Strings(ids)
	for _, id := range ids {
		t.Logf("%-26s %3d findings, %.2f per 1,000 words", id, perRule[id], per1000(perRule[id], words))
	}
	total := per1000(len(res.Findings), words)
	t.Logf("total: %d findings in %d words, %.2f per 1,000 words", len(res.Findings), words, total)
	assert.LessOrEqual(t, total, maxNativeFindingsPer1000)
}

func per1000(n, words int) float64 { return 1000 * float64(n) / float64(words) }
