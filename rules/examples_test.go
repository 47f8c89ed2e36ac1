package rules

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/checker/checkertest"
)

// updateRegistry rewrites testdata/registry.golden from the registry.
var updateRegistry = flag.Bool("update", false, "rewrite testdata/registry.golden (TestRegistryOrder)")

// registryGolden holds the registry: one rule per line, in the order the
// engine runs the rules, with its pack ("-" for a rule written in Go).
const registryGolden = "testdata/registry.golden"

// registryLines returns the lines of registryGolden for rs.
func registryLines(rs []checker.Rule) string {
	var b strings.Builder
	b.WriteString("# The registry (rules.All) in the order the engine runs it: rule ID and pack, \"-\" for a rule written in Go.\n")
	b.WriteString("# Changing the order changes the order of findings with equal spans and which rule a merged finding names.\n")
	b.WriteString("# Rewrite with: go test ./rules -run TestRegistryOrder -update\n")
	for _, r := range rs {
		p := r.Pack
		if p == "" {
			p = "-"
		}
		fmt.Fprintf(&b, "%s\t%s\n", r.ID, p)
	}
	return b.String()
}

// TestRegistryOrder holds the registry to testdata/registry.golden, so that
// adding, removing or moving a rule shows in the change as a changed line.
func TestRegistryOrder(t *testing.T) {
	got := registryLines(All())
	if *updateRegistry {
		require.NoError(t, os.MkdirAll(filepath.Dir(registryGolden), 0o755))
		require.NoError(t, os.WriteFile(registryGolden, []byte(got), 0o644))
	}
	want, err := os.ReadFile(registryGolden)
	require.NoError(t, err, "write it with -update")
	assert.Equal(t, string(want), got, "the registry changed; if that is intended, rewrite %s with -update", registryGolden)
}

func TestRegistry(t *testing.T) {
	var ids []string
	goRules := 0
	seen := map[string]bool{}
	for _, r := range All() {
		require.NoError(t, r.Validate())
		assert.False(t, seen[r.ID], "duplicate rule ID %q", r.ID)
		seen[r.ID] = true
		ids = append(ids, r.ID)
		if r.Pack == "" {
			assert.Equal(t, goRules, len(ids)-1, "rule %q written in Go must come before the pack rules", r.ID)
			goRules++
		}
		assert.GreaterOrEqual(t, len(r.Bad), 5, "rule %q needs at least 5 bad examples", r.ID)
		assert.GreaterOrEqual(t, len(r.Good), 5, "rule %q needs at least 5 good examples", r.ID)
	}
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
			checkertest.Run(t, rule)
		})
	}
}
