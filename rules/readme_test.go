package rules

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestREADMEListsEveryRule keeps the README's rule tables in step with the
// registry: every rule written in Go and every built-in pack has a row.
func TestREADMEListsEveryRule(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "README.md"))
	require.NoError(t, err)
	readme := string(raw)
	for _, r := range All() {
		if r.Pack == "" {
			assert.Contains(t, readme, "| `"+r.ID+"` | "+r.Category+" | "+r.Severity.String()+" |",
				"README has no row for rule %s with its category and severity", r.ID)
		}
	}
	packs, err := Packs()
	require.NoError(t, err)
	for _, p := range packs {
		assert.Contains(t, readme, "| `"+p.Name+"` | ", "README has no row for pack %s", p.Name)
	}
}
