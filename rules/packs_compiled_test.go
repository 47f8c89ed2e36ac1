package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/rules/pack"
)

// TestCompiledPacksUpToDate checks that the embedded packs.bin is what go
// generate makes of the pack files now. When a pack changes, run
//
//	go generate ./rules
func TestCompiledPacksUpToDate(t *testing.T) {
	packs, err := pack.ParseFS(packFiles, "packs/*.yaml")
	require.NoError(t, err)
	require.True(t, string(pack.WriteSnapshot(packs)) == compiledPacks,
		"packs.bin is out of date with packs/*.yaml: run go generate ./rules")
}

// TestCompiledPacksParseAsTheYAML checks that the built-in packs read from
// packs.bin are the packs parsed from their YAML files, compiled patterns
// and templates included.
func TestCompiledPacksParseAsTheYAML(t *testing.T) {
	fromYAML, err := pack.ParseFS(packFiles, "packs/*.yaml")
	require.NoError(t, err)
	compiled, err := Packs()
	require.NoError(t, err)
	assert.Equal(t, fromYAML, compiled)
}
