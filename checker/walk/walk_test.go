package walk

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeFiles creates files (slash path → content) below dir.
func writeFiles(t *testing.T, dir string, names ...string) {
	t.Helper()
	for _, name := range names {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(name), 0o644))
	}
}

// walked returns the paths of a walk relative to dir, slash-separated, with
// the errors rendered as "path: ERROR".
func walked(t *testing.T, dir, root string, opt Options) []string {
	t.Helper()
	var out []string
	for p, err := range Walk(root, opt) {
		rel, relErr := filepath.Rel(dir, p)
		require.NoError(t, relErr)
		rel = filepath.ToSlash(rel)
		if err != nil {
			rel += ": ERROR"
		}
		out = append(out, rel)
	}
	return out
}

func TestWalk(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, "b.md", "a.txt", "a/z.txt", "z/y.txt", "z/x/w.md", ".hidden.txt", ".git/config.txt",
		"_draft/d.txt", "sub/testdata/t.txt", "m/N.TXT", "m/notes")
	require.NoError(t, os.Symlink(filepath.Join(dir, "z"), filepath.Join(dir, "dirlink.txt")))
	require.NoError(t, os.Symlink(filepath.Join(dir, "a.txt"), filepath.Join(dir, "filelink.txt")))
	require.NoError(t, os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(dir, "dangling.txt")))

	tests := []struct {
		name    string
		root    string
		opt     Options
		want    []string
		skipped []string
	}{
		{
			name: "defaults",
			root: ".",
			want: []string{"_draft/d.txt", "a/z.txt", "a.txt", "b.md", "dangling.txt: ERROR", "filelink.txt", "m/N.TXT",
				"m/notes", "sub/testdata/t.txt", "z/x/w.md", "z/y.txt"},
			skipped: []string{".git hidden", ".hidden.txt hidden", "dirlink.txt symbolic link to a directory"},
		},
		{
			name: "keep and skip directories",
			root: ".",
			opt: Options{
				Keep: func(p string) bool { return strings.HasSuffix(p, ".txt") },
				SkipDir: func(_, name string) bool {
					return name == "testdata" || strings.HasPrefix(name, "_")
				},
			},
			want:    []string{"a/z.txt", "a.txt", "dangling.txt: ERROR", "filelink.txt", "z/y.txt"},
			skipped: []string{".git hidden", ".hidden.txt hidden", "_draft directory skipped", "dirlink.txt symbolic link to a directory", "sub/testdata directory skipped"},
		},
		{
			name: "hidden entries on request",
			root: ".",
			opt:  Options{Hidden: true, Keep: func(p string) bool { return strings.HasSuffix(p, ".txt") }},
			want: []string{".git/config.txt", ".hidden.txt", "_draft/d.txt", "a/z.txt", "a.txt", "dangling.txt: ERROR",
				"filelink.txt", "sub/testdata/t.txt", "z/y.txt"},
		},
		{
			name: "a hidden root is walked",
			root: ".git",
			want: []string{".git/config.txt"},
		},
		{
			name: "a file root is taken whatever Keep says",
			root: "m/notes",
			opt:  Options{Keep: func(string) bool { return false }},
			want: []string{"m/notes"},
		},
		{
			name: "a hidden file root",
			root: ".hidden.txt",
			want: []string{".hidden.txt"},
		},
		{
			name: "a link to a directory as root is followed",
			root: "dirlink.txt",
			want: []string{"dirlink.txt/x/w.md", "dirlink.txt/y.txt"},
		},
		{
			name: "a missing root",
			root: "missing",
			want: []string{"missing: ERROR"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var skipped []string
			opt := tc.opt
			opt.Skipped = func(p, reason string) {
				rel, err := filepath.Rel(dir, p)
				require.NoError(t, err)
				skipped = append(skipped, filepath.ToSlash(rel)+" "+reason)
			}
			got := walked(t, dir, filepath.Join(dir, tc.root), opt)
			assert.Equal(t, tc.want, got)
			if tc.skipped != nil {
				assert.Equal(t, tc.skipped, skipped)
			}
		})
	}
}

func TestWalkErrorsNameThePath(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing")
	for p, err := range Walk(missing, Options{}) {
		assert.Equal(t, missing, p)
		assert.ErrorIs(t, err, os.ErrNotExist)
		assert.ErrorContains(t, err, missing)
	}
}

func TestWalkUnreadableDirectory(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads every directory")
	}
	dir := t.TempDir()
	writeFiles(t, dir, "a.txt", "locked/b.txt", "z.txt")
	locked := filepath.Join(dir, "locked")
	require.NoError(t, os.Chmod(locked, 0o000))
	t.Cleanup(func() { _ = os.Chmod(locked, 0o755) })
	assert.Equal(t, []string{"a.txt", "locked: ERROR", "z.txt"}, walked(t, dir, dir, Options{}))
}

func TestWalkStopsWhenConsumerStops(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, "1.txt", "2.txt", "3.txt")
	n := 0
	for range Walk(dir, Options{}) {
		n++
		if n == 2 {
			break
		}
	}
	assert.Equal(t, 2, n)
}
