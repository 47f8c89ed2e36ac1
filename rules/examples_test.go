package rules

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
)

// registryOrder is the fixed order of the rules written in Go, which come
// first in the registry; changing it changes the order findings of equal spans
// are reported in. Pack rules follow them in pack file and entry order.
var registryOrder = []string{
	"duplicate-reporting-verb",
	"english-date",
	"english-honorific",
	"duplicate-paragraph",
	"glued-words",
	"verb-second",
	"verb-final",
	"infinitive-position",
	"extraposed-object",
	"midsentence-capital",
	"sentence-fragment",
	"truncated-paragraph",
	"comma-before-subclause",
	"untranslated-english",
}

func TestRegistry(t *testing.T) {
	var ids, goIDs []string
	seen := map[string]bool{}
	for _, r := range All() {
		require.NoError(t, r.Validate())
		assert.False(t, seen[r.ID], "duplicate rule ID %q", r.ID)
		seen[r.ID] = true
		ids = append(ids, r.ID)
		if r.Pack == "" {
			assert.Len(t, goIDs, len(ids)-1, "rule %q written in Go must come before the pack rules", r.ID)
			goIDs = append(goIDs, r.ID)
		}
		assert.GreaterOrEqual(t, len(r.Bad), 5, "rule %q needs at least 5 bad examples", r.ID)
		assert.GreaterOrEqual(t, len(r.Good), 5, "rule %q needs at least 5 good examples", r.ID)
	}
	assert.Equal(t, registryOrder, goIDs, "registry order")
	for range 3 {
		var again []string
		for _, r := range All() {
			again = append(again, r.ID)
		}
		assert.Equal(t, ids, again, "registry order must be stable across calls")
	}
	_, err := checker.NewEngine(All(), checker.Config{})
	require.NoError(t, err)
}

// TestExamples runs every rule, alone, on its own examples: each bad example
// must be flagged exactly at its marked spans, each good example not at all.
func TestExamples(t *testing.T) {
	for _, rule := range All() {
		t.Run(rule.ID, func(t *testing.T) {
			require.NoError(t, rule.Validate())
			eng, err := checker.NewEngine([]checker.Rule{rule}, checker.Config{Enable: map[string]bool{rule.ID: true}})
			require.NoError(t, err)
			type example struct {
				text string
				bad  bool
			}
			var examples []example
			for _, ex := range rule.Bad {
				examples = append(examples, example{ex, true})
			}
			for _, ex := range rule.Good {
				examples = append(examples, example{ex, false})
			}
			for i, ex := range examples {
				name := fmt.Sprintf("good/%d", i-len(rule.Bad))
				if ex.bad {
					name = fmt.Sprintf("bad/%d", i)
				}
				t.Run(name, func(t *testing.T) {
					text, marks, err := checker.ParseMarked(ex.text)
					require.NoError(t, err)
					res, err := eng.CheckText(text)
					require.NoError(t, err)
					var got []checker.Span
					for _, f := range res.Findings {
						if f.Rule == rule.ID {
							got = append(got, f.Span)
							assert.NotEmpty(t, f.Message)
						}
					}
					var want []checker.Span
					for _, m := range marks {
						if m.Rule == "" || m.Rule == rule.ID {
							want = append(want, m.Span)
						}
					}
					if ex.bad {
						require.NotEmpty(t, want, "bad example has no mark for this rule")
					}
					assert.Equal(t, want, got, "example %q\nflagged: %q", ex.text, texts(text, got))
				})
			}
		})
	}
}

func texts(text string, spans []checker.Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, text[s.Start:s.End])
	}
	return out
}
