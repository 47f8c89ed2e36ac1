package main

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLexiconCommand(t *testing.T) {
	tiny, err := filepath.Abs(filepath.Join("testdata", "tiny.conllu"))
	assert.NoError(t, err)
	res := runWith(t, nil, "lexicon", tiny)
	assert.Equal(t, exitOK, res.code, res.stderr)
	assert.Contains(t, res.stdout, tiny+":\n")
	assert.Contains(t, res.stdout, "finite verbs: recall 100.0% (2/2), precision 100.0%")
	assert.Contains(t, res.stdout, "subordinators (KOUS): recall 100.0%, precision 100.0% (tp 1, fp 0, fn 0)")

	res = runWith(t, nil, "lexicon", filepath.Join(t.TempDir(), "missing.conllu"), tiny)
	assert.Equal(t, exitTrouble, res.code)
	assert.Contains(t, res.stderr, "missing.conllu: error:")
	assert.Contains(t, res.stdout, "finite verbs: recall 100.0%", "the readable file is still measured")

	res = runWith(t, nil, "lexicon")
	assert.Equal(t, exitTrouble, res.code, "a file is required")
}
