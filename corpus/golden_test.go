package corpus_test

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/corpus"
	"github.com/mtcheck/mtcheck/rules"
)

var update = flag.Bool("update", false, "rewrite the golden files of TestGoldenFindings")

// goldenSets are the texts whose findings are frozen in testdata/golden: the
// project's corpus and, when ../shared is there, the seed and the dev sets.
// A refactoring must leave them unchanged; a change of behaviour rewrites
// them with -update in a commit of its own that says why.
func goldenSets(t *testing.T) map[string]string {
	sets := map[string]string{"corpus": "."}
	if shared := sharedDir(t); shared != "" {
		sets["seed"] = filepath.Join(shared, "seeds", "000_1eb09675d5154259.txt")
		sets["native"] = filepath.Join(shared, "eval", "native-de-gsd-dev.txt")
		sets["mqm-newstest2020"] = filepath.Join(shared, "eval", "mqm-ende-newstest2020.jsonl.gz")
		sets["mqm-ted2021"] = filepath.Join(shared, "eval", "mqm-ende-ted2021.jsonl.gz")
	}
	return sets
}

// goldenLines checks every document of path with the registry and returns
// one line per finding: document, span, position, rule, severity, the other
// rules that saw the problem, the related locations, and a hash of message
// and suggestions (the golden
// files quote no text, since the shared sets may not be copied).
func goldenLines(t *testing.T, e *checker.Engine, path string) []string {
	files, err := corpus.Expand([]string{path})
	require.NoError(t, err)
	var lines []string
	for _, file := range files {
		require.NoError(t, corpus.LoadFile(file, func(d *corpus.Document) error {
			res, err := e.CheckText(d.Text)
			if err != nil {
				return err
			}
			id := strings.TrimPrefix(d.ID, filepath.Dir(filepath.Clean(path))+string(filepath.Separator))
			for _, f := range res.Findings {
				h := sha256.Sum256([]byte(f.Message + "\x00" + strings.Join(f.Suggestions, "\x00")))
				line := fmt.Sprintf("%s %d-%d %d:%d %s %s %s", id, f.Start, f.End, f.Line, f.Column,
					f.Rule, f.Severity, hex.EncodeToString(h[:4]))
				if len(f.Also) > 0 {
					line += " also=" + strings.Join(f.Also, ",")
				}
				for _, r := range f.Related {
					line += fmt.Sprintf(" related=%d-%d", r.Start, r.End)
				}
				lines = append(lines, line)
			}
			return nil
		}))
	}
	return lines
}

// TestGoldenFindings compares the findings on the golden sets with the
// frozen ones. go test ./corpus -run TestGoldenFindings -update rewrites them.
func TestGoldenFindings(t *testing.T) {
	e, err := checker.NewEngine(rules.All(), checker.Config{})
	require.NoError(t, err)
	for name, path := range goldenSets(t) {
		t.Run(name, func(t *testing.T) {
			got := strings.Join(goldenLines(t, e, path), "\n") + "\n"
			file := filepath.Join("testdata", "golden", name+".golden")
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(file), 0o755))
				require.NoError(t, os.WriteFile(file, []byte(got), 0o644))
				return
			}
			want, err := os.ReadFile(file)
			require.NoError(t, err, "run go test ./corpus -run TestGoldenFindings -update to create it")
			assert.Equal(t, string(want), got, "findings on %s changed; if that is intended, rewrite with -update", name)
		})
	}
}
