package batch

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeFiles creates files (path → content) below dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
}

func ids(docs []Document) []string {
	out := make([]string, len(docs))
	for i, d := range docs {
		out[i] = d.ID
	}
	return out
}

func TestWalkPicksExtensionsInSortedOrder(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"b.md": "", "a.txt": "", "z/y.txt": "", "z/x/w.md": "", "c.go": "", "d.jsonl": "",
		"m/N.TXT": "", "m/notes": "",
	})
	require.NoError(t, os.Symlink(filepath.Join(dir, "z"), filepath.Join(dir, "link.txt")))
	var got []string
	for p, err := range Walk(dir, TextExts) {
		require.NoError(t, err)
		rel, _ := filepath.Rel(dir, p)
		got = append(got, filepath.ToSlash(rel))
	}
	assert.Equal(t, []string{"a.txt", "b.md", "m/N.TXT", "z/x/w.md", "z/y.txt"}, got,
		"recursive, lexical, by extension, no symlinked directory")

	got = nil
	for p, err := range Walk(dir, JSONLExts) {
		require.NoError(t, err)
		got = append(got, filepath.Base(p))
	}
	assert.Equal(t, []string{"d.jsonl"}, got)
}

func TestWalkSingleFileAndMissing(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"notes.go": "x"})
	var paths []string
	var errs []error
	for p, err := range Walk(filepath.Join(dir, "notes.go"), TextExts) {
		paths, errs = append(paths, p), append(errs, err)
	}
	assert.Equal(t, []string{filepath.Join(dir, "notes.go")}, paths, "an explicit file is taken whatever its extension")
	assert.Equal(t, []error{nil}, errs)

	missing := filepath.Join(dir, "missing.txt")
	paths, errs = nil, nil
	for p, err := range Walk(missing, TextExts) {
		paths, errs = append(paths, p), append(errs, err)
	}
	assert.Equal(t, []string{missing}, paths)
	require.Len(t, errs, 1)
	assert.ErrorContains(t, errs[0], "no such file")
	assert.NotContains(t, errs[0].Error(), missing, "the path is not repeated in the message")
}

func TestInputsTextMode(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"d/2.txt": "zwei", "d/1.md": "eins", "big.txt": strings.Repeat("x", 11)})
	missing := filepath.Join(dir, "missing.txt")
	paths := []string{filepath.Join(dir, "d"), missing, "-", filepath.Join(dir, "big.txt")}
	docs := collect(t, Inputs(paths, strings.NewReader("von stdin"), Options{MaxBytes: 10}))
	require.Len(t, docs, 5)
	assert.Equal(t, []string{filepath.Join(dir, "d", "1.md"), filepath.Join(dir, "d", "2.txt"), missing, "-",
		filepath.Join(dir, "big.txt")}, ids(docs))
	assert.Equal(t, "eins", docs[0].Text)
	assert.Equal(t, "zwei", docs[1].Text)
	assert.Error(t, docs[2].Err)
	assert.Equal(t, Document{ID: "-", Path: "-", Text: "von stdin", Raw: true}, docs[3])
	assert.ErrorContains(t, docs[4].Err, "larger than the limit of 10 bytes")
}

func TestInputsDefaultsToStdin(t *testing.T) {
	docs := collect(t, Inputs(nil, strings.NewReader("Text"), Options{MaxBytes: 100}))
	assert.Equal(t, []Document{{ID: "-", Path: "-", Text: "Text", Raw: true}}, docs)

	docs = collect(t, Inputs(nil, strings.NewReader("123456"), Options{MaxBytes: 5}))
	require.Len(t, docs, 1)
	assert.ErrorContains(t, docs[0].Err, "larger than the limit", "stdin has no size to stat, the read is capped")
}

func TestInputsJSONLMode(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"b.jsonl":     `{"id": "b1", "text": "x"}` + "\n",
		"a.jsonl":     `{"text": "y"}` + "\n" + `{"id": "a2", "text": "z"}`,
		"skip.txt":    "not read",
		"sub/c.jsonl": `{"id": "c1", "text": "w"}`,
	})
	docs := collect(t, Inputs([]string{dir, "-"}, strings.NewReader(`{"id": "s", "text": "v"}`),
		Options{JSONL: true, MaxBytes: 100}))
	assert.Equal(t, []string{"#1", "a2", "b1", "c1", "s"}, ids(docs))
	assert.Equal(t, filepath.Join(dir, "a.jsonl"), docs[0].Path)
	assert.Equal(t, "-", docs[4].Path)
	for _, d := range docs {
		assert.NoError(t, d.Err)
	}
}

func TestInputsStopsWhenConsumerStops(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"1.txt": "a", "2.txt": "b", "3.txt": "c"})
	n := 0
	for range Inputs([]string{dir}, nil, Options{MaxBytes: 10}) {
		n++
		if n == 2 {
			break
		}
	}
	assert.Equal(t, 2, n)
}
