package rules

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
)

// structureFamily are the rules of the sentence-structure issue, measured together.
var structureFamily = map[string]bool{
	"midsentence-capital": true, "sentence-fragment": true, "truncated-paragraph": true,
	"comma-before-subclause": true, "duplicate-reporting-verb": true, "glued-words": true,
}

// maxStructurePer1000 is the false-positive budget of the structure family on native German.
const maxStructurePer1000 = 0.5

// structureSeedDir holds the seed article and its stand-off annotations; absent in a fresh clone.
var structureSeedDir = filepath.Join("..", "..", "shared", "seeds")

// seedQuote is one annotated quote of the seed: its id and byte span.
type seedQuote struct {
	id   string
	span checker.Span
}

// readSeed loads the seed text and the spans of its annotated quotes, or skips the test.
func readSeed(t *testing.T) (string, []seedQuote) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(structureSeedDir, "000_1eb09675d5154259.txt"))
	if os.IsNotExist(err) {
		t.Skip("seed not present")
	}
	require.NoError(t, err)
	f, err := os.Open(filepath.Join(structureSeedDir, "000_1eb09675d5154259.annotations.tsv"))
	require.NoError(t, err)
	defer f.Close()
	text := string(raw)
	var quotes []seedQuote
	unescape := strings.NewReplacer(`\n`, "\n", `\t`, "\t", `\\`, `\`)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 5 || strings.HasPrefix(cols[0], "#") {
			continue
		}
		q := unescape.Replace(cols[4])
		at := strings.Index(text, q)
		require.GreaterOrEqual(t, at, 0, "quote %s", cols[0])
		quotes = append(quotes, seedQuote{cols[0], checker.Span{Start: at, End: at + len(q)}})
	}
	require.NoError(t, sc.Err())
	return text, quotes
}

// TestStructureSeed checks the family on the seed article: the annotated
// artifacts it is responsible for are covered, and no finding falls outside
// the annotated quotes.
func TestStructureSeed(t *testing.T) {
	text, quotes := readSeed(t)
	eng, err := checker.NewEngine(All(), checker.Config{})
	require.NoError(t, err)
	res, err := eng.CheckText(text)
	require.NoError(t, err)
	covered := map[string]map[string]bool{} // quote id → rules
	for _, f := range res.Findings {
		if !structureFamily[f.Rule] {
			continue
		}
		hit := false
		for _, q := range quotes {
			if f.Overlaps(q.span) {
				hit = true
				if covered[q.id] == nil {
					covered[q.id] = map[string]bool{}
				}
				covered[q.id][f.Rule] = true
			}
		}
		assert.True(t, hit, "false alarm of %s on %q", f.Rule, f.Text)
	}
	for id, rule := range map[string]string{
		"S05": "sentence-fragment", "S06": "duplicate-reporting-verb", "S09": "midsentence-capital",
		"S10": "comma-before-subclause", "S11": "truncated-paragraph", "S16": "midsentence-capital",
		"S19": "glued-words", "S22": "truncated-paragraph",
	} {
		assert.True(t, covered[id][rule], "%s not covered by %s", id, rule)
	}
}

// TestStructureNative keeps the family within its share of the false-positive
// budget on native German (nativeText, see native_test.go).
func TestStructureNative(t *testing.T) {
	raw, err := os.ReadFile(nativeText)
	if os.IsNotExist(err) {
		t.Skipf("%s not present", nativeText)
	}
	require.NoError(t, err)
	eng, err := checker.NewEngine(All(), checker.Config{})
	require.NoError(t, err)
	res, err := eng.CheckText(string(raw))
	require.NoError(t, err)
	n := 0
	for _, f := range res.Findings {
		if structureFamily[f.Rule] {
			n++
			t.Logf("%s line %d: %q", f.Rule, f.Line, f.Text)
		}
	}
	rate := per1000(n, res.Doc.Words())
	t.Logf("structure family: %d findings, %.2f per 1,000 words", n, rate)
	assert.LessOrEqual(t, rate, maxStructurePer1000)
}
