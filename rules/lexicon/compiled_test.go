package lexicon

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestCompiledLexiconUpToDate checks that the embedded lexicon.bin is what
// go generate makes of the data files now. When a data file changes, run
//
//	go generate ./rules/lexicon
func TestCompiledLexiconUpToDate(t *testing.T) {
	bin, err := Build()
	require.NoError(t, err)
	require.True(t, bytes.Equal(bin, []byte(compiledLexicon)),
		"lexicon.bin is out of date with data/*.txt: run go generate ./rules/lexicon")
}

// TestCompiledLexiconHoldsTheBuiltOne checks the compiled table against the
// lexicon the builder makes: every form with its entry, the verbs, the count
// of strong verbs.
func TestCompiledLexiconHoldsTheBuiltOne(t *testing.T) {
	b, err := buildLexicon(dataFS)
	require.NoError(t, err)
	require.NoError(t, Default().t.sameBuilt(b))
}
