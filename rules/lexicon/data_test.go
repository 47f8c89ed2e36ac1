package lexicon

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// verbSpecs returns every verb spec of the embedded verb lists.
func verbSpecs(t *testing.T) []verbSpec {
	t.Helper()
	files, err := dataFS.ReadDir("data")
	require.NoError(t, err)
	var out []verbSpec
	for _, f := range files {
		if !strings.HasPrefix(f.Name(), "verbs_") {
			continue
		}
		text, err := dataFS.ReadFile("data/" + f.Name())
		require.NoError(t, err)
		for _, l := range splitLines(f.Name(), string(text)) {
			for _, s := range l.fields {
				v, ok := parseVerbSpec(s)
				require.True(t, ok, "%s:%d: %s", l.file, l.num, s)
				out = append(out, v)
			}
		}
	}
	return out
}

// TestDataLoads guards the embedded data: Default must not panic.
func TestDataLoads(t *testing.T) {
	l, err := Load()
	require.NoError(t, err)
	assert.GreaterOrEqual(t, l.VerbCount(), 1500)
	assert.GreaterOrEqual(t, l.StrongCount(), 180)
	assert.Same(t, Default(), Default())
}

// TestAmbiguousPrefixesMarked: über-, unter-, durch-, um-, wider-, hinter-,
// voll- and wieder- can be separable or not, so the lists must say which.
func TestAmbiguousPrefixesMarked(t *testing.T) {
	for _, v := range verbSpecs(t) {
		if v.sep != "" || strings.Contains(v.stem, "+") {
			continue
		}
		for _, p := range []string{"über", "unter", "durch", "um", "wider", "hinter", "voll", "wieder"} {
			if strings.HasPrefix(v.lemma, p) && len(v.lemma) > len(p)+3 {
				t.Errorf("%s: mark the prefix %s- as separable (|) or inseparable (+)", v.lemma, p)
			}
		}
	}
}
