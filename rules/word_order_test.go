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

// maxWordOrderNativePer1000 is the false-alarm budget of the word-order
// family on native German: half of what the issue allows for all structural rules.
const maxWordOrderNativePer1000 = 0.5

// seedText is the article the project started from, with its annotations.
var seedText = filepath.Join("..", "..", "shared", "seeds", "000_1eb09675d5154259.txt")

// wordOrderEngine runs the word-order family alone, experimental rules included.
func wordOrderEngine(t *testing.T) *checker.Engine {
	t.Helper()
	enable := map[string]bool{}
	for _, r := range wordOrderRules() {
		enable[r.ID] = true
	}
	e, err := checker.NewEngine(wordOrderRules(), checker.Config{Enable: enable})
	require.NoError(t, err)
	return e
}

func TestWordOrderSuggestions(t *testing.T) {
	tests := []struct {
		text, rule, flagged, fix string // fix "" when the rule offers none
	}{
		{"Früher das Unternehmen Sagte er zur Kenntnisnahme.", "verb-second", "Früher das Unternehmen Sagte", "Früher sagte das Unternehmen"},
		{"Am 3. März die Regierung kündigte Hilfen an.", "verb-second", "Am 3. März die Regierung kündigte", "Am 3. März kündigte die Regierung"},
		{"Gestern er sagte nichts.", "verb-second", "Gestern er sagte", "Gestern sagte er"},
		{"Er sagte, dass die Preise sind gestiegen.", "verb-final", "sind gestiegen", "gestiegen sind"},
		{"Er sagte, dass er hat gekauft ein Auto.", "verb-final", "hat gekauft", ""},
		{"Er sagte, dass er kaufte ein Auto.", "verb-final", "kaufte", ""},
		{"Er hat gekauft ein Auto.", "infinitive-position", "gekauft ein Auto", "ein Auto gekauft"},
		{"Er hat gekauft ein Auto in Berlin.", "infinitive-position", "gekauft ein Auto", ""},
		{"Er sagte, dass sie zurückkehren werden“ zu Twitter.", "extraposed-object", "werden“ zu Twitter", ""},
	}
	e := wordOrderEngine(t)
	for _, tt := range tests {
		res, err := e.CheckText(tt.text)
		require.NoError(t, err)
		require.Len(t, res.Findings, 1, tt.text)
		f := res.Findings[0]
		assert.Equal(t, tt.rule, f.Rule, tt.text)
		assert.Equal(t, tt.flagged, f.Text, tt.text)
		if tt.fix == "" {
			assert.Empty(t, f.Suggestions, tt.text)
		} else {
			assert.Equal(t, []string{tt.fix}, f.Suggestions, tt.text)
		}
		assert.True(t, strings.HasPrefix(f.Message, "Wortstellung:"), f.Message)
	}
}

// TestWordOrderNative keeps the word-order family within its share of the
// false-alarm budget on native German and logs its figures per rule.
func TestWordOrderNative(t *testing.T) {
	raw, err := os.ReadFile(nativeText)
	if os.IsNotExist(err) {
		t.Skipf("%s not present", nativeText)
	}
	require.NoError(t, err)
	res, err := wordOrderEngine(t).CheckText(string(raw))
	require.NoError(t, err)
	words := res.Doc.Words()
	perRule := map[string]int{}
	for _, f := range res.Findings {
		perRule[f.Rule]++
		t.Logf("%s line %d: %q", f.Rule, f.Line, f.Text)
	}
	for _, r := range wordOrderRules() {
		t.Logf("%-20s %3d findings, %.2f per 1,000 words", r.ID, perRule[r.ID], per1000(perRule[r.ID], words))
	}
	assert.LessOrEqual(t, per1000(len(res.Findings), words), maxWordOrderNativePer1000)
}

// seedAnnotation is one line of the seed's annotation file.
type seedAnnotation struct {
	id, level, quote string
}

// readSeedAnnotations reads the stand-off annotations beside the seed text.
func readSeedAnnotations(t *testing.T, path string) []seedAnnotation {
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var out []seedAnnotation
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		cols := strings.Split(line, "\t")
		require.GreaterOrEqual(t, len(cols), 5, line)
		out = append(out, seedAnnotation{id: cols[0], level: cols[1], quote: strings.ReplaceAll(cols[4], `\n`, "\n")})
	}
	require.NoError(t, sc.Err())
	return out
}

// TestWordOrderSeed checks the family on the seed article: the word-order
// artifacts S08, S15 and S21 are covered, and no finding falls outside the
// annotated quotes.
func TestWordOrderSeed(t *testing.T) {
	raw, err := os.ReadFile(seedText)
	if os.IsNotExist(err) {
		t.Skipf("%s not present", seedText)
	}
	require.NoError(t, err)
	text := string(raw)
	anns := readSeedAnnotations(t, strings.TrimSuffix(seedText, ".txt")+".annotations.tsv")
	spans := map[string]checker.Span{}
	for _, a := range anns {
		at := strings.Index(text, a.quote)
		require.GreaterOrEqual(t, at, 0, a.id)
		spans[a.id] = checker.Span{Start: at, End: at + len(a.quote)}
	}
	res, err := wordOrderEngine(t).CheckText(text)
	require.NoError(t, err)
	covered := map[string]string{}
	for _, f := range res.Findings {
		inside := false
		for id, s := range spans {
			if f.Overlaps(s) {
				covered[id] = f.Rule
				inside = true
			}
		}
		assert.True(t, inside, "false alarm: %s %q", f.Rule, f.Text)
	}
	assert.Equal(t, "verb-second", covered["S08"])
	assert.Equal(t, "infinitive-position", covered["S15"])
	assert.Equal(t, "extraposed-object", covered["S21"])
}
