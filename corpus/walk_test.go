package corpus

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestExpandWalkRules checks the rules Expand shares with the command's
// directory walk: hidden files and directories are skipped, links to files
// are followed, links to directories are not, and the order is lexical
// within each directory; testdata and "_" directories are the corpus's own.
func TestExpandWalkRules(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "a/b.txt", ".versteckt.txt", ".git/c.txt", "_entwurf/d.txt",
		"testdata/e.txt", "f.jsonl.gz", "g.md"} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte("Text.\n"), 0o644))
	}
	require.NoError(t, os.Symlink(filepath.Join(dir, "a.txt"), filepath.Join(dir, "link.txt")))
	require.NoError(t, os.Symlink(filepath.Join(dir, "a"), filepath.Join(dir, "ordner.txt")))
	files, err := Expand([]string{dir})
	require.NoError(t, err)
	var rel []string
	for _, f := range files {
		r, err := filepath.Rel(dir, f)
		require.NoError(t, err)
		rel = append(rel, filepath.ToSlash(r))
	}
	assert.Equal(t, []string{"a/b.txt", "a.txt", "f.jsonl.gz", "link.txt"}, rel)

	files, err = Expand([]string{filepath.Join(dir, ".versteckt.txt"), filepath.Join(dir, "_entwurf")})
	require.NoError(t, err)
	assert.Equal(t, []string{filepath.Join(dir, ".versteckt.txt"), filepath.Join(dir, "_entwurf", "d.txt")}, files,
		"what is named explicitly is read")
}
