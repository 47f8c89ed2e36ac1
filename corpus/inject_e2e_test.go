package corpus_test

import (
	"bytes"
	"flag"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/corpus"
	"github.com/mtcheck/mtcheck/rules"
)

// showInjection lists the missed injected errors and the false alarms in
// TestInjectionEndToEnd's log.
var showInjection = flag.Bool("show", false, "log missed injected errors and false alarms (TestInjectionEndToEnd)")

// TestInjectionEndToEnd injects errors into the gold treebank of ../shared
// with the default seed, checks them with the default rules and logs recall
// per category and the false alarms on the untouched sentences, for both
// halves. It holds the share of untouched sentences flagged to 2 %.
// go test ./corpus -run InjectionEndToEnd -v prints the figures; -show adds
// the missed errors and false alarms.
func TestInjectionEndToEnd(t *testing.T) {
	shared := sharedDir(t)
	if shared == "" {
		t.Skip("../shared is not there")
	}
	eng, err := checker.NewEngine(rules.All(), checker.Config{})
	require.NoError(t, err)
	path := filepath.Join(shared, "eval", "de_gsd-ud-dev.conllu")
	f, err := corpus.EvaluateInjection(eng, path, corpus.InjectOptions{Seed: corpus.DefaultInjectSeed})
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, corpus.WriteInjectionText(&b, f, *showInjection))
	t.Log("\n" + b.String())
	require.Len(t, f.Halves, 3)
	for _, h := range f.Halves {
		assert.Positive(t, h.Injected, h.Name)
		assert.LessOrEqual(t, h.Clean.FlaggedShare, 0.02, "%s: share of untouched sentences flagged", h.Name)
	}
}
