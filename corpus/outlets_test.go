package corpus_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/corpus"
)

// TestHeldOutOutlets measures the held-out outlet texts (outlets/_heldout),
// which the rules were not tuned on and the corpus gate skips: it reports
// recall, precision and the findings on the clean controls, and fails only
// when the texts cannot be loaded. Misses there are measurements, not bugs;
// run with -v to see the figures and `mtcheck eval --show missed,false
// corpus/outlets/_heldout` to see the cases.
func TestHeldOutOutlets(t *testing.T) {
	dir := filepath.Join("outlets", "_heldout")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("%s not present", dir)
	}
	f := evaluate(t, dir)
	require.NotNil(t, f.Annotated)
	total := f.Annotated.Total
	t.Logf("held-out: %d documents, must found %d, missed %d, should found %d, gaps %d, hits %d, false alarms %d",
		f.Annotated.Documents, total.Found, total.Missed, total.ShouldFound, total.Gaps, total.Hits, total.FalseAlarms)
	if f.Native != nil {
		t.Logf("held-out clean controls: %d documents, %d words, %d findings",
			f.Native.Documents, f.Native.Words, f.Native.Findings)
	}
	for _, c := range f.Cases {
		if c.Kind == corpus.CaseMissed || c.Kind == corpus.CaseFalse {
			t.Logf("%s", describe(c))
		}
	}
}
